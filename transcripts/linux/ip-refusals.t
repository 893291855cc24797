---
world: ovm2-bonding
---
[root@virtual4 ~]# ip link show eth9
Device "eth9" does not exist.
[1]
[root@virtual4 ~]# ip addr show dev eth9
Device "eth9" does not exist.
[1]
[root@virtual4 ~]# ip link set dev eth9 up
SIOCGIFFLAGS: No such device
[255]
[root@virtual4 ~]# ip link set eth9 mtu 1400
SIOCSIFMTU: No such device
[255]
[root@virtual4 ~]# ip link set eth0 mtu lots
Error: argument "lots" is wrong: Invalid "mtu" value

[255]
[root@virtual4 ~]# ip link set eth0 eth1
Error: either "dev" is duplicate, or "eth1" is a garbage.
[255]
[root@virtual4 ~]# ip link set up
Not enough information: "dev" argument is required.
[255]
[root@virtual4 ~]# ip link add link eth0 name eth0.5 type vlan id 5
Command "add" is unknown, try "ip link help".
[255]
[root@virtual4 ~]# ip link delete eth0
Command "delete" is unknown, try "ip link help".
[255]
[root@virtual4 ~]# ip link frob
Command "frob" is unknown, try "ip link help".
[255]
[root@virtual4 ~]# ip addr add 10.1.1.101/24 dev eth0
RTNETLINK answers: File exists
[2]
[root@virtual4 ~]# ip addr add 10.1.1.200/24 dev eth9
Cannot find device "eth9"
[1]
[root@virtual4 ~]# ip addr add 10.1.1.200/24 dev eth0 label eth1:5
"dev" (eth0) must match "label" (eth1:5).
[1]
[root@virtual4 ~]# ip addr add 10.1.1.300/24 dev eth0
Error: an inet prefix is expected rather than "10.1.1.300/24".
[1]
[root@virtual4 ~]# ip addr add 10.1.1.200/24
Not enough information: "dev" argument is required.
[255]
[root@virtual4 ~]# ip addr del 10.9.9.9/24 dev eth0
RTNETLINK answers: Cannot assign requested address
[2]
[root@virtual4 ~]# ip addr flush
Flush requires arguments.
[1]
[root@virtual4 ~]# ip addr frob
Command "frob" is unknown, try "ip addr help".
[255]
[root@virtual4 ~]# ip frob
Object "frob" is unknown, try "ip help".
[255]
[root@virtual4 ~]# ip
Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] [-batch filename
where  OBJECT := { link | addr | route | rule | neigh | ntable | tunnel |
                   maddr | mroute | monitor | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -r[esolve] |
                    -f[amily] { inet | inet6 | ipx | dnet | link } |
                    -o[neline] | -t[imestamp] }
[255]
