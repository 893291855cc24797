---
world: lab-perms
host: dom0
user: oracle
---
[oracle@dom0 ~]$ ifconfig eth0 down
SIOCSIFFLAGS: Permission denied
[1]
[oracle@dom0 ~]$ ifconfig eth0 10.1.1.9
SIOCSIFADDR: Permission denied
SIOCSIFFLAGS: Permission denied
[1]
[oracle@dom0 ~]$ ifconfig eth0 mtu 1400
SIOCSIFMTU: Operation not permitted
[1]
[oracle@dom0 ~]$ ifconfig eth0 hw ether 00:11:22:33:44:55
SIOCSIFHWADDR: Operation not permitted
[1]
[oracle@dom0 ~]$ ifconfig eth0 netmask 255.255.0.0
SIOCSIFNETMASK: Permission denied
[1]
[oracle@dom0 ~]$ ip link set eth0 down
RTNETLINK answers: Operation not permitted
[2]
[oracle@dom0 ~]$ ip addr add 10.9.9.9/24 dev eth0
RTNETLINK answers: Operation not permitted
[2]
[oracle@dom0 ~]$ vconfig add eth0 5
WARNING:  Could not open /proc/net/vlan/config.  Maybe you need to load the 8021q module, or maybe you are not using PROCFS??
ERROR: trying to add VLAN #5 to IF -:eth0:-  error: Operation not permitted
[oracle@dom0 ~]$ ifenslave bond0 eth0
Master 'bond0': Error: handshake with driver failed. Aborting
[1]
