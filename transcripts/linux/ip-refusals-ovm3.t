---
world: ovm3-bonding
---
[root@ovs1 ~]# ip link set dev eth9 up
Cannot find device "eth9"
[1]
[root@ovs1 ~]# ip link add link eth9 name eth9.5 type vlan id 5
Cannot find device "eth9"
[1]
[root@ovs1 ~]# ip link add link eth0 name eth0.5000 type vlan id 5000
RTNETLINK answers: Numerical result out of range
[2]
[root@ovs1 ~]# ip link add link eth0 name eth0.5 type vlan id 5
[root@ovs1 ~]# ip link add link eth0 name eth0.5 type vlan id 5
RTNETLINK answers: File exists
[2]
[root@ovs1 ~]# ip link add link eth0 name eth0.6 type vlan
RTNETLINK answers: Invalid argument
[2]
[root@ovs1 ~]# ip link add link eth0 name eth0.7 type bogus
RTNETLINK answers: Operation not supported
[2]
[root@ovs1 ~]# ip link delete eth0
RTNETLINK answers: Operation not supported
[2]
[root@ovs1 ~]# ip link delete lo
RTNETLINK answers: Operation not supported
[2]
[root@ovs1 ~]# ip link delete eth9
Cannot find device "eth9"
[1]
