---
world: s114-x86
---
root@scorpion:~# # ifconfig on Oracle Solaris 11.4: the interfaces the host came up with (PHYSRUNNING on each link that is up)
root@scorpion:~# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
\tinet 127.0.0.1 netmask ff000000  (esc)
net0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 2
\tinet 10.0.0.10 netmask ffffff00 broadcast 10.0.0.255 (esc)
\tether 8:0:27:1a:2b:3c (esc)
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
\tinet6 ::1/128  (esc)
net0: flags=100002080841<UP,RUNNING,MULTICAST,ADDRCONF,IPv6,PHYSRUNNING> mtu 1500 index 2
\tinet6 fe80::a00:27ff:fe1a:2b3c/10  (esc)
\tether 8:0:27:1a:2b:3c (esc)
root@scorpion:~# ifconfig net0
net0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 2
\tinet 10.0.0.10 netmask ffffff00 broadcast 10.0.0.255 (esc)
\tether 8:0:27:1a:2b:3c (esc)
root@scorpion:~# ifconfig net0 inet6
net0: flags=100002080841<UP,RUNNING,MULTICAST,ADDRCONF,IPv6,PHYSRUNNING> mtu 1500 index 2
\tinet6 fe80::a00:27ff:fe1a:2b3c/10  (esc)
root@scorpion:~# # the private-network seed's steps: an etherstub, a VNIC, a static address (classful netmask)
root@scorpion:~# dladm create-etherstub etherstub0
root@scorpion:~# dladm create-vnic -l etherstub0 vnic0
root@scorpion:~# ifconfig vnic0 plumb
root@scorpion:~# ifconfig vnic0
vnic0: flags=100001000842<BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 9000 index 3
\tinet 0.0.0.0 netmask 0  (esc)
\tether 2:8:20:3b:d8:cf (esc)
root@scorpion:~# ifconfig vnic0 inet 192.168.0.1 up
root@scorpion:~# ifconfig vnic0
vnic0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 9000 index 3
\tinet 192.168.0.1 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:3b:d8:cf (esc)
root@scorpion:~# # a logical interface with a prefix, and one with a netmask
root@scorpion:~# ifconfig vnic0 addif 192.168.0.2/25 up
Created new logical interface vnic0:1
root@scorpion:~# ifconfig vnic0 addif 192.168.0.3 netmask 255.255.255.240 broadcast + up
Created new logical interface vnic0:2
root@scorpion:~# ifconfig -a4
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
\tinet 127.0.0.1 netmask ff000000  (esc)
net0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 2
\tinet 10.0.0.10 netmask ffffff00 broadcast 10.0.0.255 (esc)
\tether 8:0:27:1a:2b:3c (esc)
vnic0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 9000 index 3
\tinet 192.168.0.1 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:3b:d8:cf (esc)
vnic0:1: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 9000 index 3
\tinet 192.168.0.2 netmask ffffff80 broadcast 192.168.0.127 (esc)
vnic0:2: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 9000 index 3
\tinet 192.168.0.3 netmask fffffff0 broadcast 192.168.0.15 (esc)
root@scorpion:~# ifconfig vnic0:2 down
root@scorpion:~# ifconfig vnic0:2
vnic0:2: flags=100001000842<BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 9000 index 3
\tinet 192.168.0.3 netmask fffffff0 broadcast 192.168.0.15 (esc)
root@scorpion:~# ifconfig vnic0 removeif 192.168.0.3
root@scorpion:~# ifconfig vnic0 removeif 192.168.0.2
root@scorpion:~# # flags: -arp sets NOARP (0x80) on the interface, deprecated (0x40000) on one address
root@scorpion:~# ifconfig vnic0 -arp
root@scorpion:~# ifconfig vnic0
vnic0: flags=1000010008c3<UP,BROADCAST,RUNNING,NOARP,MULTICAST,IPv4,PHYSRUNNING> mtu 9000 index 3
\tinet 192.168.0.1 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:3b:d8:cf (esc)
root@scorpion:~# ifconfig vnic0 arp deprecated
root@scorpion:~# ifconfig vnic0
vnic0: flags=100001040843<UP,BROADCAST,RUNNING,MULTICAST,DEPRECATED,IPv4,PHYSRUNNING> mtu 9000 index 3
\tinet 192.168.0.1 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:3b:d8:cf (esc)
root@scorpion:~# ifconfig vnic0 -deprecated mtu 1500 metric 2
root@scorpion:~# ifconfig vnic0
vnic0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> metric 2 mtu 1500 index 3
\tinet 192.168.0.1 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:3b:d8:cf (esc)
root@scorpion:~# # IPv6 on the VNIC: the link-local address comes from its MAC
root@scorpion:~# ifconfig vnic0 inet6 plumb up
root@scorpion:~# ifconfig vnic0 inet6 addif 2001:db8::1 up
Created new logical interface vnic0:1
root@scorpion:~# ifconfig -a6
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
\tinet6 ::1/128  (esc)
net0: flags=100002080841<UP,RUNNING,MULTICAST,ADDRCONF,IPv6,PHYSRUNNING> mtu 1500 index 2
\tinet6 fe80::a00:27ff:fe1a:2b3c/10  (esc)
\tether 8:0:27:1a:2b:3c (esc)
vnic0: flags=100002000841<UP,RUNNING,MULTICAST,IPv6,PHYSRUNNING> mtu 9000 index 3
\tinet6 fe80::8:20ff:fe3b:d8cf/10  (esc)
\tether 2:8:20:3b:d8:cf (esc)
vnic0:1: flags=100002000841<UP,RUNNING,MULTICAST,IPv6,PHYSRUNNING> mtu 9000 index 3
\tinet6 2001:db8::1/64  (esc)
root@scorpion:~# ifconfig vnic0 inet6 unplumb
root@scorpion:~# ifconfig -au
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
\tinet 127.0.0.1 netmask ff000000  (esc)
net0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> mtu 1500 index 2
\tinet 10.0.0.10 netmask ffffff00 broadcast 10.0.0.255 (esc)
\tether 8:0:27:1a:2b:3c (esc)
vnic0: flags=100001000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4,PHYSRUNNING> metric 2 mtu 1500 index 3
\tinet 192.168.0.1 netmask ffffff00 broadcast 192.168.0.255 (esc)
\tether 2:8:20:3b:d8:cf (esc)
lo0: flags=2002000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv6,VIRTUAL> mtu 8252 index 1
\tinet6 ::1/128  (esc)
net0: flags=100002080841<UP,RUNNING,MULTICAST,ADDRCONF,IPv6,PHYSRUNNING> mtu 1500 index 2
\tinet6 fe80::a00:27ff:fe1a:2b3c/10  (esc)
\tether 8:0:27:1a:2b:3c (esc)
root@scorpion:~# # a link IP holds cannot go away
root@scorpion:~# dladm delete-vnic vnic0
dladm: vnic deletion failed: link busy
[1]
root@scorpion:~# ifconfig vnic0 unplumb
root@scorpion:~# dladm delete-vnic vnic0
