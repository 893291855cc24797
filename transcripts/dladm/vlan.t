---
world: t5-2
---
root@primary:~# # VLANs on Oracle Solaris 11.4: by name, by the default name, forced, temporary
root@primary:~# dladm create-vlan -l net1 -v 20
root@primary:~# dladm create-vlan -l net1 -v 30 web30
root@primary:~# dladm create-vlan -f -t -l net2 -v 40 db40
root@primary:~# dladm show-vlan
LINK                VID      OVER                FLAGS
net20001            20       net1                -----
web30               30       net1                -----
db40                40       net2                f----
root@primary:~# dladm show-vlan -p -o link,vid,over
net20001:20:net1
web30:30:net1
db40:40:net2
root@primary:~# dladm show-vlan -P
LINK                VID      OVER                FLAGS
net20001            20       net1                -----
web30               30       net1                -----
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
net20001            vlan      1500   up       net1
web30               vlan      1500   up       net1
db40                vlan      1500   up       net2
root@primary:~# dladm show-link -P
LINK        CLASS     OVER
net0        phys      --
net1        phys      --
net2        phys      --
net3        phys      --
net20001    vlan      net1
web30       vlan      net1
root@primary:~# # a tagged VNIC on the same physical link and VLAN ID: another client of net1
root@primary:~# dladm create-vnic -l net1 -v 20 vnic20
root@primary:~# dladm show-vnic
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
vnic20          net1           10000  2:8:20:1c:10:a7   random      VID:20
root@primary:~# # a new VLAN ID for web30
root@primary:~# dladm modify-vlan -v 31 web30
root@primary:~# dladm modify-vlan -v 20 web30
dladm: modify operation failed: object already exists
[1]
root@primary:~# dladm show-vlan web30
LINK                VID      OVER                FLAGS
web30               31       net1                -----
root@primary:~# dladm show-ether
LINK              PTYPE    STATE    AUTO  SPEED-DUPLEX                    PAUSE
net0              current  up       yes   10G-f                           bi
net1              current  up       yes   10G-f                           bi
net2              current  up       yes   10G-f                           bi
net3              current  up       yes   10G-f                           bi
root@primary:~# dladm show-ether -o link,speed-duplex net1
LINK              SPEED-DUPLEX
net1              10G-f
root@primary:~# dladm show-link -s net1
LINK           IPACKETS  RBYTES  IERRORS   OPACKETS    OBYTES      OERRORS
net1           0         0       0         0           0           0
root@primary:~# dladm show-link -Z
LINK                ZONE      CLASS     MTU    STATE    OVER
net0                global    phys      1500   up       --
net1                global    phys      1500   up       --
net2                global    phys      1500   up       --
net3                global    phys      1500   up       --
net20001            global    vlan      1500   up       net1
web30               global    vlan      1500   up       net1
db40                global    vlan      1500   up       net2
vnic20              global    vnic      1500   up       net1
root@primary:~# dladm delete-vnic vnic20
root@primary:~# dladm delete-vlan net20001
root@primary:~# dladm delete-vlan web30
root@primary:~# dladm delete-vlan db40
root@primary:~# dladm show-vlan
