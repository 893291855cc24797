---
world: dataplane-lab
---
root@primary:~# ssh gw
Password: 
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@gw:~# ipadm create-ip net1
root@gw:~# ipadm create-addr -T static -a 192.168.50.1/24 net1/v4
root@gw:~# ipadm show-addr net1/v4
ADDROBJ           TYPE     STATE        ADDR
net1/v4           static   ok           192.168.50.1/24
root@gw:~# traceroute 192.168.50.20
traceroute: Warning: Multiple interfaces found; using 192.168.50.1 @ net1
traceroute to 192.168.50.20 (192.168.50.20), 30 hops max, 40 byte packets
 1  192.168.50.20 (192.168.50.20)  0.111 ms  0.067 ms  0.073 ms
root@gw:~# exit
logout
Connection to gw closed.
root@primary:~# route add default 10.10.0.1
add net default: gateway 10.10.0.1
root@primary:~# traceroute 192.168.50.20
traceroute to 192.168.50.20 (192.168.50.20), 30 hops max, 40 byte packets
 1  * * *
 2  * * *
 3  * * *
 4  * * *
 5  * * *
 6  * * *
 7  * * *
 8  * * *
 9  * * *
10  * * *
11  * * *
12  * * *
13  * * *
14  * * *
15  * * *
16  * * *
17  * * *
18  * * *
19  * * *
20  * * *
21  * * *
22  * * *
23  * * *
24  * * *
25  * * *
26  * * *
27  * * *
28  * * *
29  * * *
30  * * *
root@primary:~# ssh gw
Password: 
Last login: Mon Feb  2 10:00:02 2026 from 10.10.0.11
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@gw:~# ipadm set-prop -p forwarding=on ipv4
root@gw:~# exit
logout
Connection to gw closed.
root@primary:~# traceroute 192.168.50.20
traceroute to 192.168.50.20 (192.168.50.20), 30 hops max, 40 byte packets
 1  10.10.0.1 (10.10.0.1)  0.349 ms  0.250 ms  0.258 ms
 2  192.168.50.20 (192.168.50.20)  0.531 ms  0.437 ms  0.754 ms
root@primary:~# traceroute -n 192.168.50.99
traceroute to 192.168.50.99 (192.168.50.99), 30 hops max, 40 byte packets
 1  10.10.0.1  0.319 ms  0.423 ms  0.299 ms
 2  10.10.0.1  3000.197 ms !H  3000.297 ms !H  3000.310 ms !H
root@primary:~# traceroute -m 4 172.16.0.1
traceroute to 172.16.0.1 (172.16.0.1), 4 hops max, 40 byte packets
 1  10.10.0.1 (10.10.0.1)  0.370 ms !H  0.241 ms !H  0.258 ms !H
root@primary:~# traceroute -l gw
traceroute to gw (10.10.0.1), 30 hops max, 40 byte packets
 1  10.10.0.1 (10.10.0.1)  0.098 ms (ttl=255)  0.096 ms (ttl=255)  0.110 ms (ttl=255)
