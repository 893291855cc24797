---
world: dataplane-lab
---
root@primary:~# ssh ovs1
root@ovs1's password: 
[root@ovs1 ~]# ifconfig eth0 192.168.50.30 netmask 255.255.255.0 up
[root@ovs1 ~]# traceroute 192.168.50.20
traceroute to 192.168.50.20 (192.168.50.20), 30 hops max, 60 byte packets
 1  192.168.50.20 (192.168.50.20)  0.104 ms  0.123 ms  0.075 ms
[root@ovs1 ~]# traceroute -n 192.168.50.30
traceroute to 192.168.50.30 (192.168.50.30), 30 hops max, 60 byte packets
 1  192.168.50.30  0.037 ms  0.023 ms  0.038 ms
[root@ovs1 ~]# traceroute 192.168.50.99
traceroute to 192.168.50.99 (192.168.50.99), 30 hops max, 60 byte packets
 1  ovs1 (192.168.50.30)  3000.043 ms !H  3000.038 ms !H  3000.025 ms !H
[root@ovs1 ~]# traceroute 10.10.0.11
traceroute to 10.10.0.11 (10.10.0.11), 30 hops max, 60 byte packets
connect: Network is unreachable
[1]
[root@ovs1 ~]# traceroute foo
foo: Name or service not known
Cannot handle "host" cmdline arg `foo' on position 1 (argc 1)
[2]
[root@ovs1 ~]# traceroute -Y 192.168.50.20
Bad option `-Y' (argc 1)
[2]
[root@ovs1 ~]# traceroute -m x 192.168.50.20
Cannot handle `-m' option with arg `x' (argc 1)
[2]
[root@ovs1 ~]# traceroute -m 300 192.168.50.20
max hops cannot be more than 255
[2]
[root@ovs1 ~]# traceroute -q 11 192.168.50.20
no more than 10 probes per hop
[2]
[root@ovs1 ~]# traceroute -m
Option `-m' (argc 1) requires an argument: `-m max_ttl'
[2]
[root@ovs1 ~]# traceroute 192.168.50.20 64 1
Extra arg `1' (position 3, argc 3)
[2]
