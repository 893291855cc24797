---
world: t5-2
---
root@primary:~# # The private-network seed's virtual network on Oracle Solaris 11.4: an etherstub, three VNICs
root@primary:~# dladm create-etherstub etherstub0
root@primary:~# dladm create-vnic -l etherstub0 vnic0
root@primary:~# dladm create-vnic -l etherstub0 vnic1
root@primary:~# dladm create-vnic -l etherstub0 vnic2
root@primary:~# dladm show-vnic
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
vnic0           etherstub0     0      2:8:20:1c:10:a7   random      VID:0
vnic1           etherstub0     0      2:8:20:77:17:91   random      VID:0
vnic2           etherstub0     0      2:8:20:8f:18:fa   random      VID:0
root@primary:~# dladm show-etherstub
LINK
etherstub0
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
etherstub0          etherstub 9000   up       --
vnic0               vnic      9000   up       etherstub0
vnic1               vnic      9000   up       etherstub0
vnic2               vnic      9000   up       etherstub0
root@primary:~# dladm show-vnic -p -o link,over,macaddress
vnic0:etherstub0:2\:8\:20\:1c\:10\:a7
vnic1:etherstub0:2\:8\:20\:77\:17\:91
vnic2:etherstub0:2\:8\:20\:8f\:18\:fa
root@primary:~# dladm show-vnic -p -o macaddress vnic1
2:8:20:77:17:91
root@primary:~# dladm show-vnic -l etherstub0 -o link,speed
LINK            SPEED
vnic0           0
vnic1           0
vnic2           0
root@primary:~# # a VNIC on the physical link, on VLAN 10, and one with an address of our choosing
root@primary:~# dladm create-vnic -l net0 -v 10 web0
root@primary:~# dladm create-vnic -l net0 -m 2:8:20:aa:bb:cc db0
root@primary:~# dladm create-vnic -l net0 -m random -r 2:8:21 app0
root@primary:~# dladm show-vnic -l net0
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
web0            net0           10000  2:8:20:dd:d8:d9   random      VID:10
db0             net0           10000  2:8:20:aa:bb:cc   fixed       VID:0
app0            net0           10000  2:8:21:32:e:c5    random      VID:0
root@primary:~# dladm modify-vnic -m 2:8:20:aa:bb:cd db0
root@primary:~# dladm modify-vnic -m random app0
root@primary:~# dladm show-vnic -l net0
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
web0            net0           10000  2:8:20:dd:d8:d9   random      VID:10
db0             net0           10000  2:8:20:aa:bb:cd   fixed       VID:0
app0            net0           10000  2:8:20:dd:47:40   random      VID:0
root@primary:~# dladm rename-link web0 web1
root@primary:~# dladm show-link web1
LINK                CLASS     MTU    STATE    OVER
web1                vnic      1500   up       net0
root@primary:~# dladm show-phys -m
LINK                SLOT     ADDRESS            INUSE CLIENT
net0                primary  0:21:28:8b:3:1d    yes   net0
net1                primary  0:21:28:8b:3:1e    no    --
net2                primary  0:21:28:8b:3:1f    no    --
net3                primary  0:21:28:8b:3:20    no    --
root@primary:~# dladm delete-vnic db0
root@primary:~# dladm delete-vnic app0
root@primary:~# dladm delete-vnic web1
root@primary:~# dladm delete-vnic vnic2
root@primary:~# dladm delete-vnic vnic1
root@primary:~# dladm delete-vnic vnic0
root@primary:~# dladm delete-etherstub etherstub0
root@primary:~# dladm show-vnic
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
