---
world: ovm2-bonding
---
[root@virtual4 ~]# ip link
1: lo: <LOOPBACK,UP,LOWER_UP> mtu 16436 qdisc noqueue 
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast qlen 1000
    link/ether 00:14:5e:c0:ff:ee brd ff:ff:ff:ff:ff:ff
3: eth1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop qlen 1000
    link/ether 00:14:5e:c0:ff:ef brd ff:ff:ff:ff:ff:ff
[root@virtual4 ~]# ip addr
1: lo: <LOOPBACK,UP,LOWER_UP> mtu 16436 qdisc noqueue 
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
    inet 127.0.0.1/8 scope host lo
2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast qlen 1000
    link/ether 00:14:5e:c0:ff:ee brd ff:ff:ff:ff:ff:ff
    inet 10.1.1.101/24 brd 10.1.1.255 scope global eth0
3: eth1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop qlen 1000
    link/ether 00:14:5e:c0:ff:ef brd ff:ff:ff:ff:ff:ff
[root@virtual4 ~]# ip a show dev eth0
2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast qlen 1000
    link/ether 00:14:5e:c0:ff:ee brd ff:ff:ff:ff:ff:ff
    inet 10.1.1.101/24 brd 10.1.1.255 scope global eth0
[root@virtual4 ~]# ip link set eth1 up
[root@virtual4 ~]# ip link set dev eth1 mtu 9000
[root@virtual4 ~]# ip addr add 10.3.3.3/24 brd + dev eth1
[root@virtual4 ~]# ip addr add 10.3.3.4/24 brd + dev eth1 label eth1:0
[root@virtual4 ~]# ip addr show eth1
3: eth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9000 qdisc pfifo_fast qlen 1000
    link/ether 00:14:5e:c0:ff:ef brd ff:ff:ff:ff:ff:ff
    inet 10.3.3.3/24 brd 10.3.3.255 scope global eth1
    inet 10.3.3.4/24 brd 10.3.3.255 scope global secondary eth1:0
[root@virtual4 ~]# ifconfig eth1:0
eth1:0    Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EF  
          inet addr:10.3.3.4  Bcast:10.3.3.255  Mask:255.255.255.0
          UP BROADCAST RUNNING MULTICAST  MTU:9000  Metric:1
          Interrupt:16 Memory:ca000000-ca011100 

[root@virtual4 ~]# ip addr del 10.3.3.4/24 dev eth1
[root@virtual4 ~]# ip addr flush dev eth1
[root@virtual4 ~]# ip link set eth1 down
[root@virtual4 ~]# ip link show eth1
3: eth1: <BROADCAST,MULTICAST> mtu 9000 qdisc noop qlen 1000
    link/ether 00:14:5e:c0:ff:ef brd ff:ff:ff:ff:ff:ff
[root@virtual4 ~]# modprobe bonding
[root@virtual4 ~]# ip link set bond0 up
[root@virtual4 ~]# ifenslave bond0 eth1
[root@virtual4 ~]# modprobe 8021q
[root@virtual4 ~]# vconfig add bond0 50
Added VLAN with VID == 50 to IF -:bond0:-
[root@virtual4 ~]# ip link
1: lo: <LOOPBACK,UP,LOWER_UP> mtu 16436 qdisc noqueue 
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast qlen 1000
    link/ether 00:14:5e:c0:ff:ee brd ff:ff:ff:ff:ff:ff
3: eth1: <BROADCAST,MULTICAST,SLAVE,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast master bond0 qlen 1000
    link/ether 00:14:5e:c0:ff:ef brd ff:ff:ff:ff:ff:ff
4: bond0: <BROADCAST,MULTICAST,MASTER,UP,LOWER_UP> mtu 1500 qdisc noqueue 
    link/ether 00:14:5e:c0:ff:ef brd ff:ff:ff:ff:ff:ff
5: bond0.50@bond0: <BROADCAST,MULTICAST,MASTER> mtu 1500 qdisc noop 
    link/ether 00:14:5e:c0:ff:ef brd ff:ff:ff:ff:ff:ff
