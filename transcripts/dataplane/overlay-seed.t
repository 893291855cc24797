---
world: smartos-overlay
---
[root@zlan ~]# # seed 003 end to end: three hosts, one VXLAN network (vnetid 23) mapped by /var/tmp/hosts.json
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/config=/var/tmp/hosts.json overlay0
[root@zlan ~]# dladm create-vnic -m de:ad:be:ef:00:00 -l overlay0 foo0
[root@zlan ~]# ifconfig foo0 plumb up 10.55.55.2/24
[root@zlan ~]# ifconfig foo0 inet6 plumb up
[root@zlan ~]# ifconfig foo0 inet6 fe80::3
[root@zlan ~]# ssh zlan2
root@zlan2's password: 
[root@zlan2 ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.70 -p files/config=/var/tmp/hosts.json overlay0
[root@zlan2 ~]# # the seed creates foo0 here and then plumbs bar0: this is what it gets
[root@zlan2 ~]# dladm create-vnic -m de:ad:be:ef:00:01 -l overlay0 foo0
[root@zlan2 ~]# ifconfig bar0 plumb up 10.55.55.3/24
ifconfig: cannot plumb bar0: Could not open DLPI link
[1]
[root@zlan2 ~]# dladm delete-vnic foo0
[root@zlan2 ~]# dladm create-vnic -m de:ad:be:ef:00:01 -l overlay0 bar0
[root@zlan2 ~]# ifconfig bar0 plumb up 10.55.55.3/24
[root@zlan2 ~]# ifconfig bar0 inet6 plumb up
[root@zlan2 ~]# ifconfig bar0 inet6 fe80::4
[root@zlan2 ~]# # zlan3 is not set up yet: the map sends its MAC to 10.88.88.71, where nothing listens
[root@zlan2 ~]# ping 10.55.55.4
no answer from 10.55.55.4
[1]
[root@zlan2 ~]# vshtrace 10.55.55.4
request 10.55.55.3 -> 10.55.55.4
  zlan2          route    10.55.55.4 via bar0
  zlan2          arp      who has 10.55.55.4? tell 10.55.55.3
  zlan2          arp      10.55.55.4 is at de:ad:be:ef:00:02 (proxy answer from /var/tmp/hosts.json)
  zlan2          send     bar0 (vnic, de:ad:be:ef:00:01) -> de:ad:be:ef:00:02
  zlan2          tunnel   vxlan vnetid 23: de:ad:be:ef:00:02 -> 10.88.88.71:4789
      zlan2          route    10.88.88.71 via e1000g0
      zlan2          send     e1000g0 (phys, 00:0c:29:0b:77:d2) -> 00:0c:29:c4:3e:18
      zlan2          link     e1000g0 (phys)
      -              segment  underlay (wire)
      zlan3          link     e1000g0 (phys)
      zlan3          segment  e1000g0 (phys) takes 00:0c:29:c4:3e:18
      zlan3          receive  10.88.88.71 on e1000g0
  NO_TUNNEL_ENDPOINT: zlan3 has no vxlan overlay with vnetid 23 on 10.88.88.71:4789
[1]
[root@zlan2 ~]# exit
logout
Connection to zlan2 closed.
[1]
[root@zlan ~]# ssh zlan3
root@zlan3's password: 
[root@zlan3 ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.71 -p files/config=/var/tmp/hosts.json overlay0
[root@zlan3 ~]# dladm create-vnic -m de:ad:be:ef:00:02 -l overlay0 baz0
[root@zlan3 ~]# ifconfig baz0 plumb up 10.55.55.4/24
[root@zlan3 ~]# ifconfig baz0 inet6 plumb up
[root@zlan3 ~]# ifconfig baz0 inet6 fe80::5
[root@zlan3 ~]# # all three ping each other
[root@zlan3 ~]# ping 10.55.55.2
10.55.55.2 is alive
[root@zlan3 ~]# ping -s 10.55.55.3 56 3
PING 10.55.55.3: 56 data bytes
64 bytes from 10.55.55.3: icmp_seq=0. time=0.707 ms
64 bytes from 10.55.55.3: icmp_seq=1. time=0.426 ms
64 bytes from 10.55.55.3: icmp_seq=2. time=0.937 ms

----10.55.55.3 PING Statistics----
3 packets transmitted, 3 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.426/0.690/0.937/0.256
[root@zlan3 ~]# arp -a
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
e1000g0 10.88.88.69          255.255.255.255          00:0c:29:5e:1a:45
e1000g0 10.88.88.70          255.255.255.255          00:0c:29:0b:77:d2
e1000g0 zlan3                255.255.255.255 SPLA     00:0c:29:c4:3e:18
e1000g0 224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
baz0   10.55.55.2           255.255.255.255          de:ad:be:ef:00:00
baz0   10.55.55.3           255.255.255.255          de:ad:be:ef:00:01
baz0   zlan3                255.255.255.255 SPLA     de:ad:be:ef:00:02
baz0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
[root@zlan3 ~]# dladm show-overlay -t
LINK                TARGET            DESTINATION
overlay0            de:ad:be:ef:0:0   10.88.88.69:4789
overlay0            de:ad:be:ef:0:1   10.88.88.70:4789
[root@zlan3 ~]# exit
logout
Connection to zlan3 closed.
[root@zlan ~]# ping 10.55.55.3
10.55.55.3 is alive
[root@zlan ~]# ping 10.55.55.4
10.55.55.4 is alive
[root@zlan ~]# ping -s 10.55.55.4 56 2
PING 10.55.55.4: 56 data bytes
64 bytes from 10.55.55.4: icmp_seq=0. time=0.977 ms
64 bytes from 10.55.55.4: icmp_seq=1. time=0.599 ms

----10.55.55.4 PING Statistics----
2 packets transmitted, 2 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.599/0.788/0.977/0.267
[root@zlan ~]# dladm show-overlay -t
LINK                TARGET            DESTINATION
overlay0            de:ad:be:ef:0:1   10.88.88.70:4789
overlay0            de:ad:be:ef:0:2   10.88.88.71:4789
[root@zlan ~]# vshtrace 10.55.55.4
request 10.55.55.2 -> 10.55.55.4
  zlan           route    10.55.55.4 via foo0
  zlan           send     foo0 (vnic, de:ad:be:ef:00:00) -> de:ad:be:ef:00:02
  zlan           tunnel   vxlan vnetid 23: de:ad:be:ef:00:02 -> 10.88.88.71:4789
      zlan           route    10.88.88.71 via e1000g0
      zlan           send     e1000g0 (phys, 00:0c:29:5e:1a:45) -> 00:0c:29:c4:3e:18
      zlan           link     e1000g0 (phys)
      -              segment  underlay (wire)
      zlan3          link     e1000g0 (phys)
      zlan3          segment  e1000g0 (phys) takes 00:0c:29:c4:3e:18
      zlan3          receive  10.88.88.71 on e1000g0
  zlan3          tunnel   decapsulated, vnetid 23
  zlan3          segment  baz0 (vnic) takes de:ad:be:ef:00:02
  zlan3          receive  10.55.55.4 on baz0
  DELIVERED
reply 10.55.55.4 -> 10.55.55.2
  zlan3          route    10.55.55.2 via baz0
  zlan3          send     baz0 (vnic, de:ad:be:ef:00:02) -> de:ad:be:ef:00:00
  zlan3          tunnel   vxlan vnetid 23: de:ad:be:ef:00:00 -> 10.88.88.69:4789
      zlan3          route    10.88.88.69 via e1000g0
      zlan3          send     e1000g0 (phys, 00:0c:29:c4:3e:18) -> 00:0c:29:5e:1a:45
      zlan3          link     e1000g0 (phys)
      -              segment  underlay (wire)
      zlan           link     e1000g0 (phys)
      zlan           segment  e1000g0 (phys) takes 00:0c:29:5e:1a:45
      zlan           receive  10.88.88.69 on e1000g0
  zlan           tunnel   decapsulated, vnetid 23
  zlan           segment  foo0 (vnic) takes de:ad:be:ef:00:00
  zlan           receive  10.55.55.2 on foo0
  DELIVERED
[root@zlan ~]# # a VNIC whose MAC the file does not have: ARP is not answered, and the tracer says why
[root@zlan ~]# ssh zlan3
root@zlan3's password: 
Last login: Tue Sep 23 09:00:43 2014 from 10.88.88.69
[root@zlan3 ~]# dladm create-vnic -m de:ad:be:ef:00:03 -l overlay0 qux0
[root@zlan3 ~]# ifconfig qux0 plumb up 10.55.55.5/24
[root@zlan3 ~]# exit
logout
Connection to zlan3 closed.
[root@zlan ~]# ping 10.55.55.5 3
no answer from 10.55.55.5
[1]
[root@zlan ~]# vshtrace 10.55.55.5
request 10.55.55.2 -> 10.55.55.5
  zlan           route    10.55.55.5 via foo0
  zlan           arp      who has 10.55.55.5? tell 10.55.55.2
  MAC_UNKNOWN: overlay0 (vnetid 23): /var/tmp/hosts.json has no entry for de:ad:be:ef:00:03
[1]
[root@zlan ~]# # a static ARP entry gets past ARP; the overlay still has nowhere to send the frame
[root@zlan ~]# arp -s 10.55.55.5 de:ad:be:ef:00:03
[root@zlan ~]# ping 10.55.55.5 3
no answer from 10.55.55.5
[1]
[root@zlan ~]# vshtrace 10.55.55.5
request 10.55.55.2 -> 10.55.55.5
  zlan           route    10.55.55.5 via foo0
  zlan           send     foo0 (vnic, de:ad:be:ef:00:00) -> de:ad:be:ef:00:03
  MAC_UNKNOWN: overlay0 (vnetid 23): /var/tmp/hosts.json has no entry for de:ad:be:ef:00:03
[1]
[root@zlan ~]# dladm show-link -s
LINK           IPACKETS  RBYTES  IERRORS   OPACKETS    OBYTES      OERRORS
e1000g0        13        1148    0         19          1472        0
overlay0       5         490     0         5           490         0
foo0           5         490     0         5           490         0
