---
world: ovm2-bonding
---
[root@virtual4 ~]# ifenslave
Usage: ifenslave [-f] <master-if> <slave-if> [<slave-if>...]
       ifenslave -d   <master-if> <slave-if> [<slave-if>...]
       ifenslave -c   <master-if> <slave-if>
       ifenslave --help
[2]
[root@virtual4 ~]# ifenslave -z bond0 eth0
ifenslave: invalid option -- z
Usage: ifenslave [-f] <master-if> <slave-if> [<slave-if>...]
       ifenslave -d   <master-if> <slave-if> [<slave-if>...]
       ifenslave -c   <master-if> <slave-if>
       ifenslave --help
[2]
[root@virtual4 ~]# ifenslave -d -c bond0 eth0
Usage: ifenslave [-f] <master-if> <slave-if> [<slave-if>...]
       ifenslave -d   <master-if> <slave-if> [<slave-if>...]
       ifenslave -c   <master-if> <slave-if>
       ifenslave --help
[2]
[root@virtual4 ~]# ifenslave bond0 eth1
Master 'bond0': Error: handshake with driver failed. Aborting
[1]
[root@virtual4 ~]# modprobe bonding
[root@virtual4 ~]# ifenslave bond0 eth1
Illegal operation; the specified master interface 'bond0' is not up.
[1]
[root@virtual4 ~]# ifconfig bond0 up
[root@virtual4 ~]# ifenslave eth0 eth1
Master 'eth0': Error: handshake with driver failed. Aborting
[1]
[root@virtual4 ~]# ifenslave bond0 eth9
Slave 'eth9': Error: get settings failed: No such device. Skipping
[19]
[root@virtual4 ~]# ifenslave bond0 eth1
[root@virtual4 ~]# ifenslave bond0 eth1
Illegal operation: The specified slave interface 'eth1' is already a slave
Master 'bond0', Slave 'eth1': Error: Enslave failed
[1]
[root@virtual4 ~]# ifenslave -d bond0 eth0
Illegal operation: The specified slave interface 'eth0' is not a slave
Master 'bond0', Slave 'eth0': Error: Release failed
[1]
[root@virtual4 ~]# ifenslave -d bond0 eth9
Slave 'eth9': Error: get flags failed. Skipping
[255]
[root@virtual4 ~]# ifenslave -c bond0 eth0
Illegal operation: The specified slave interface 'eth0' is not a slave
Master 'bond0', Slave 'eth0': Error: Change active failed
[1]
[root@virtual4 ~]# ifenslave -c bond0 eth1
Master 'bond0', Slave 'eth1': Error: Change active failed
[1]
[root@virtual4 ~]# ifenslave -d bond0
Usage: ifenslave [-f] <master-if> <slave-if> [<slave-if>...]
       ifenslave -d   <master-if> <slave-if> [<slave-if>...]
       ifenslave -c   <master-if> <slave-if>
       ifenslave --help
[2]
