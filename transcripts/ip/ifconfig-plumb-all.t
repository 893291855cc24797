---
world: omnios-2019
---
root@Trixie:~# # -a plumb plumbs every link that is not plumbed yet (etherstubs have no IP) and says so for those that are
root@Trixie:~# dladm create-etherstub stub9
root@Trixie:~# dladm create-vnic -l stub9 vnic8
root@Trixie:~# dladm create-vnic -l stub9 vnic9
root@Trixie:~# ifconfig -a plumb
ifconfig: cannot plumb e1000g0: Interface already exists
root@Trixie:~# ifconfig -a4u
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
\tinet 127.0.0.1 netmask ff000000  (esc)
e1000g0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2
\tinet 10.0.0.10 netmask ffffff00 broadcast 10.0.0.255 (esc)
\tether 8:0:27:6e:1f:3c (esc)
root@Trixie:~# ifconfig -a4d
vnic1: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
\tinet 0.0.0.0 netmask 0  (esc)
\tether 2:8:20:46:d4:ba (esc)
vnic0: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 4
\tinet 0.0.0.0 netmask 0  (esc)
\tether 2:8:20:29:26:da (esc)
vnic8: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 9000 index 5
\tinet 0.0.0.0 netmask 0  (esc)
\tether 2:8:20:81:f5:e2 (esc)
vnic9: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 9000 index 6
\tinet 0.0.0.0 netmask 0  (esc)
\tether 2:8:20:ac:8c:81 (esc)
root@Trixie:~# ifconfig vnic8 10.9.0.1/16 destination 10.9.0.2 up
root@Trixie:~# ifconfig vnic8
vnic8: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 9000 index 5
\tinet 10.9.0.1 netmask ffff0000 broadcast 10.9.255.255 (esc)
\tether 2:8:20:81:f5:e2 (esc)
