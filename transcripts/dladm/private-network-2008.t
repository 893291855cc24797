---
world: crossbow-2008
---
crossbow# dladm create-etherstub etherstub0
crossbow# dladm create-vnic -d etherstub0 vnic0
crossbow# dladm create-vnic -d etherstub0 vnic1
crossbow# dladm create-vnic -d etherstub0 vnic2
crossbow# dladm show-vnic
LINK         OVER         SPEED  MACADDRESS           MACADDRTYPE
vnic0        etherstub0   0 Mbps 2:8:20:2d:c1:3d      random
vnic1        etherstub0   0 Mbps 2:8:20:1e:d3:1d      random
vnic2        etherstub0   0 Mbps 2:8:20:d8:59:b4      random
crossbow# dladm show-etherstub
LINK
etherstub0
crossbow# dladm show-link
LINK        CLASS    MTU    STATE    OVER
eri0        phys     1500   up       --
etherstub0  etherstub 9000  up       --
vnic0       vnic     9000   up       etherstub0
vnic1       vnic     9000   up       etherstub0
vnic2       vnic     9000   up       etherstub0
crossbow# dladm show-phys
LINK         MEDIA                STATE      SPEED DUPLEX   DEVICE
eri0         Ethernet             up         100  full      eri0
