---
world: t5-2-guest
---
root@primary:~# # The control domain: the virtual switch's port for ldg1's vnet is a VNIC over net0
root@primary:~# dladm show-vnic
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
ldoms-vsw0.vport0 net0         10000  0:14:4f:f8:34:b6  fixed       VID:0
root@primary:~# ldm list -o network ldg1
NETWORK
    NAME    SERVICE              MACADDRESS        PVID|PVLAN|VIDs
    ----    -------              ----------        ---------------
    vnet0   primary-vsw0@primary 00:14:4f:f8:34:b6 1|--|--
                                 00:14:4f:f8:f0:38
                                 00:14:4f:fa:b8:38
root@primary:~# ssh ldg1
Password: 
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@ldg1:~# dladm show-phys
LINK              MEDIA                STATE      SPEED  DUPLEX    DEVICE
net0              Ethernet             up         0      unknown   vnet0
root@ldg1:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
root@ldg1:~# # the vnet's two alternate MAC addresses are its factory slots
root@ldg1:~# dladm show-phys -m
LINK                SLOT     ADDRESS            INUSE CLIENT
net0                primary  0:14:4f:f8:34:b6   yes   net0
                    1        0:14:4f:f8:f0:38   no    --
                    2        0:14:4f:fa:b8:38   no    --
root@ldg1:~# # a VNIC needs one of them: a random address is not one the switch knows
root@ldg1:~# dladm create-vnic -l net0 vnic0
dladm: vnic creation over net0 failed: operation not supported
[1]
root@ldg1:~# dladm create-vnic -l net0 -m auto vnic0
root@ldg1:~# dladm create-vnic -l net0 -m factory -n 2 vnic1
root@ldg1:~# dladm create-vnic -l net0 -m auto vnic2
dladm: vnic creation over net0 failed: operation not supported
[1]
root@ldg1:~# dladm show-phys -m
LINK                SLOT     ADDRESS            INUSE CLIENT
net0                primary  0:14:4f:f8:34:b6   yes   net0
                    1        0:14:4f:f8:f0:38   yes   vnic0
                    2        0:14:4f:fa:b8:38   yes   vnic1
root@ldg1:~# dladm show-vnic
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
vnic0           net0           0      0:14:4f:f8:f0:38  factory, slot 1 VID:0
vnic1           net0           0      0:14:4f:fa:b8:38  factory, slot 2 VID:0
root@ldg1:~# exit
logout
Connection to ldg1 closed.
root@primary:~# # one more alternate address, added to the running guest
root@primary:~# ldm set-vnet alt-mac-addrs=+auto vnet0 ldg1
root@primary:~# ssh ldg1
Password: 
Last login: Thu Jan 15 09:00:05 2026 from 10.0.0.10
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@ldg1:~# dladm show-phys -m
LINK                SLOT     ADDRESS            INUSE CLIENT
net0                primary  0:14:4f:f8:34:b6   yes   net0
                    1        0:14:4f:f8:f0:38   yes   vnic0
                    2        0:14:4f:fa:b8:38   yes   vnic1
                    3        0:14:4f:f9:cc:6f   no    --
root@ldg1:~# dladm create-vnic -l net0 -m auto vnic2
root@ldg1:~# dladm show-vnic
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
vnic0           net0           0      0:14:4f:f8:f0:38  factory, slot 1 VID:0
vnic1           net0           0      0:14:4f:fa:b8:38  factory, slot 2 VID:0
vnic2           net0           0      0:14:4f:f9:cc:6f  factory, slot 3 VID:0
root@ldg1:~# dladm delete-vnic vnic0
root@ldg1:~# dladm show-phys -m
LINK                SLOT     ADDRESS            INUSE CLIENT
net0                primary  0:14:4f:f8:34:b6   yes   net0
                    1        0:14:4f:f8:f0:38   no    --
                    2        0:14:4f:fa:b8:38   yes   vnic1
                    3        0:14:4f:f9:cc:6f   yes   vnic2
root@ldg1:~# exit
logout
Connection to ldg1 closed.
