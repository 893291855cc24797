---
world: nat-lab
---
root@gw:~# # A BIMAP session: gw maps the client one-to-one onto its second outside address, and a machine
root@gw:~# # outside pings that address (the ICMP session lives 3 seconds)
root@gw:~# ifconfig e1000g0 plumb 203.0.113.2/24 up
root@gw:~# ifconfig e1000g0 addif 203.0.113.10/24 up
Created new logical interface e1000g0:1
root@gw:~# routeadm -u -e ipv4-forwarding
root@gw:~# echo 'bimap e1000g0 192.168.1.10/32 -> 203.0.113.10/32' > /etc/ipf/ipnat.conf
root@gw:~# svcadm enable network/ipfilter
root@gw:~# ssh client
root@client's password: 
root@client:~# route add default 192.168.1.1
add net default: gateway 192.168.1.1
root@client:~# exit
logout
Connection to client closed.
root@gw:~# ssh outside
root@outside's password: 
root@outside:~# ping 203.0.113.10
203.0.113.10 is alive
root@outside:~# exit
logout
Connection to outside closed.
root@gw:~# ipnat -l
List of active MAP/Redirect filters:
bimap e1000g0 192.168.1.10/32 -> 203.0.113.10/32

List of active sessions:
BIMAP 192.168.1.10    <- -> 203.0.113.10    [203.0.113.7]
root@gw:~# ipnat -hl
List of active MAP/Redirect filters:
1 bimap e1000g0 192.168.1.10/32 -> 203.0.113.10/32

List of active sessions:
root@gw:~# sleep 3
root@gw:~# ipnat -l
List of active MAP/Redirect filters:
bimap e1000g0 192.168.1.10/32 -> 203.0.113.10/32

List of active sessions:
