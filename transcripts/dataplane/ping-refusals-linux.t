---
world: ovm3-bonding
---
[root@ovs1 ~]# ping
Usage: ping [-LRUbdfnqrvVaA] [-c count] [-i interval] [-w deadline]
            [-p pattern] [-s packetsize] [-t ttl] [-I interface or address]
            [-M mtu discovery hint] [-S sndbuf]
            [ -T timestamp option ] [ -Q tos ] [hop1 ...] destination
[2]
[root@ovs1 ~]# ping -c x 10.1.1.1
ping: bad number of packets to transmit.
[2]
[root@ovs1 ~]# ping foo
ping: unknown host foo
[2]
[root@ovs1 ~]# ping -c 2 10.9.9.9
connect: Network is unreachable
[2]
[root@ovs1 ~]# ping -c 3 10.1.1.99
PING 10.1.1.99 (10.1.1.99) 56(84) bytes of data.
From 10.1.1.102 icmp_seq=1 Destination Host Unreachable
From 10.1.1.102 icmp_seq=2 Destination Host Unreachable
From 10.1.1.102 icmp_seq=3 Destination Host Unreachable

--- 10.1.1.99 ping statistics ---
3 packets transmitted, 0 received, +3 errors, 100% packet loss, time 2004ms

[1]
