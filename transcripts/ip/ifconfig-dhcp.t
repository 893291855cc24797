---
world: opensolaris
---
opensolaris# # DHCP against the lease the world declares: release gives it back, dhcp takes it again
opensolaris# ifconfig rtls0 dhcp release
opensolaris# ifconfig rtls0
rtls0: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 3
\tinet 0.0.0.0 netmask 0  (esc)
\tether 0:20:91:83:45:82 (esc)
opensolaris# ifconfig rtls0 dhcp
opensolaris# ifconfig rtls0
rtls0: flags=1004843<UP,BROADCAST,RUNNING,MULTICAST,DHCP,IPv4> mtu 1500 index 3
\tinet 192.168.125.125 netmask ffffff00 broadcast 192.168.125.255 (esc)
\tether 0:20:91:83:45:82 (esc)
opensolaris# ifconfig rtls0 dhcp
ifconfig: rtls0: DHCP is already running
[2]
opensolaris# ifconfig rtls0 dhcp ping
opensolaris# # ether alone prints the interface line and its address; a broadcast address, an index
opensolaris# ifconfig rtls0 ether
rtls0: flags=1004843<UP,BROADCAST,RUNNING,MULTICAST,DHCP,IPv4> mtu 1500 index 3
\tether 0:20:91:83:45:82 (esc)
opensolaris# ifconfig rtls0 broadcast 192.168.125.127
opensolaris# ifconfig rtls0
rtls0: flags=1004843<UP,BROADCAST,RUNNING,MULTICAST,DHCP,IPv4> mtu 1500 index 3
\tinet 192.168.125.125 netmask ffffff00 broadcast 192.168.125.127 (esc)
\tether 0:20:91:83:45:82 (esc)
opensolaris# ifconfig rtls0 broadcast +
opensolaris# ifconfig rtls0 index 7
opensolaris# ifconfig -a
lo0: flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL> mtu 8232 index 1
\tinet 127.0.0.1 netmask ff000000  (esc)
rtls0: flags=1004843<UP,BROADCAST,RUNNING,MULTICAST,DHCP,IPv4> mtu 1500 index 7
\tinet 192.168.125.125 netmask ffffff00 broadcast 192.168.125.255 (esc)
\tether 0:20:91:83:45:82 (esc)
opensolaris# # no server answers on a link without a lease: the wait runs out on the virtual clock
opensolaris# dladm create-vnic -l rtls0 vnic0
opensolaris# ifconfig vnic0 plumb
opensolaris# date
Wed Nov 16 12:00:18 UTC 2016
opensolaris# ifconfig vnic0 dhcp wait 10
ifconfig: vnic0: wait timed out, operation still pending...
[4]
opensolaris# date
Wed Nov 16 12:00:30 UTC 2016
opensolaris# ifconfig vnic0
vnic0: flags=1004842<BROADCAST,RUNNING,MULTICAST,DHCP,IPv4> mtu 1500 index 4
\tinet 0.0.0.0 netmask 0  (esc)
\tether 2:8:20:a4:9e:94 (esc)
