---
world: nat-lab
---
root@gw:~# # IP Filter NAT on illumos (OmniOS): gw hides the LAN behind its outside address, forwards
root@gw:~# # port 2222 of it to the client's sshd, and maps the client one-to-one onto a second address
root@gw:~# ifconfig e1000g0 plumb 203.0.113.2/24 up
root@gw:~# ifconfig e1000g0 addif 203.0.113.10/24 up
Created new logical interface e1000g0:1
root@gw:~# routeadm -u -e ipv4-forwarding
root@gw:~# cat > /etc/ipf/ipnat.conf <<EOT
> map e1000g0 192.168.1.0/24 -> 0/32 portmap tcp/udp auto
> map e1000g0 192.168.1.0/24 -> 0/32
> rdr e1000g0 203.0.113.2/32 port 2222 -> 192.168.1.10 port 22
> bimap e1000g0 192.168.1.20/32 -> 203.0.113.10/32
> EOT
root@gw:~# ipnat -l
ioctl(SIOCGNATS): I/O error
[1]
root@gw:~# svcadm enable network/ipfilter
root@gw:~# ipnat -l
List of active MAP/Redirect filters:
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32 portmap tcp/udp auto
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32
rdr e1000g0 203.0.113.2/32 port 2222 -> 192.168.1.10 port 22 tcp
bimap e1000g0 192.168.1.20/32 -> 203.0.113.10/32

List of active sessions:
root@gw:~# # a MAP session: the client logs in to the server outside
root@gw:~# ssh client
root@client's password: 
root@client:~# route add default 192.168.1.1
add net default: gateway 192.168.1.1
root@client:~# ssh root@203.0.113.50
Password: 
Sun Microsystems Inc.\tSunOS 5.10\tGeneric\tJanuary 2005 (esc)
server# exit
logout
Connection to 203.0.113.50 closed.
root@client:~# exit
logout
Connection to client closed.
root@gw:~# ipnat -l
List of active MAP/Redirect filters:
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32 portmap tcp/udp auto
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32
rdr e1000g0 203.0.113.2/32 port 2222 -> 192.168.1.10 port 22 tcp
bimap e1000g0 192.168.1.20/32 -> 203.0.113.10/32

List of active sessions:
MAP 192.168.1.10    36673 <- -> 203.0.113.2     3677  [203.0.113.50 22]
root@gw:~# # an RDR session: a machine outside logs in to the client through gw's port 2222
root@gw:~# ssh outside
root@outside's password: 
root@outside:~# ssh -p 2222 203.0.113.2
root@203.0.113.2's password: 
Last login: Wed Jan  1 00:00:17 2020 from 10.0.0.10
root@client:~# hostname
client
root@client:~# exit
logout
Connection to 203.0.113.2 closed.
root@outside:~# exit
logout
Connection to outside closed.
root@gw:~# ipnat -l
List of active MAP/Redirect filters:
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32 portmap tcp/udp auto
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32
rdr e1000g0 203.0.113.2/32 port 2222 -> 192.168.1.10 port 22 tcp
bimap e1000g0 192.168.1.20/32 -> 203.0.113.10/32

List of active sessions:
RDR 192.168.1.10    22    <- -> 203.0.113.2     2222  [203.0.113.7 56952]
MAP 192.168.1.10    36673 <- -> 203.0.113.2     3677  [203.0.113.50 22]
root@gw:~# ipnat -lv
List of active MAP/Redirect filters:
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32 portmap tcp/udp auto
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32
rdr e1000g0 203.0.113.2/32 port 2222 -> 192.168.1.10 port 22 tcp
bimap e1000g0 192.168.1.20/32 -> 203.0.113.10/32

List of active sessions:
RDR 192.168.1.10    22    <- -> 203.0.113.2     2222  [203.0.113.7 56952]
\tage 274 use 0 sumd 0x82e8/0x82e8 pr 6 bkt 407/763 flags 1 (esc)
\tifp @,@ bytes 160/80 pkts 4/2 ipsumd 7a50 (esc)
MAP 192.168.1.10    36673 <- -> 203.0.113.2     3677  [203.0.113.50 22]
\tage 256 use 0 sumd 0xf96b/0xf96b pr 6 bkt 641/600 flags 1 (esc)
\tifp @,@ bytes 80/160 pkts 2/4 ipsumd 7a50 (esc)

List of active host mappings:
192.168.1.10,203.0.113.50 -> 203.0.113.2 (use = 1 hv = 0)
root@gw:~# ipnat -hl
List of active MAP/Redirect filters:
1 map e1000g0 192.168.1.0/24 -> 0.0.0.0/32 portmap tcp/udp auto
0 map e1000g0 192.168.1.0/24 -> 0.0.0.0/32
1 rdr e1000g0 203.0.113.2/32 port 2222 -> 192.168.1.10 port 22 tcp
0 bimap e1000g0 192.168.1.20/32 -> 203.0.113.10/32

List of active sessions:
RDR 192.168.1.10    22    <- -> 203.0.113.2     2222  [203.0.113.7 56952]
MAP 192.168.1.10    36673 <- -> 203.0.113.2     3677  [203.0.113.50 22]
root@gw:~# ipnat -s
mapped\tin\t6\tout\t6 (esc)
added\t2\texpired\t0 (esc)
no memory\t0\tbad nat\t0 (esc)
inuse\t2 (esc)
orphans\t0 (esc)
rules\t4 (esc)
wilds\t0 (esc)
root@gw:~# # the same line twice is refused by the kernel, and -r removes by content
root@gw:~# echo 'map e1000g0 192.168.1.0/24 -> 0/32' | ipnat -f -
1:ioctl(add/insert nat rule): File exists
root@gw:~# echo 'bimap e1000g0 192.168.1.20/32 -> 203.0.113.10/32' | ipnat -r -f -
root@gw:~# sleep 121
root@gw:~# ipnat -l
List of active MAP/Redirect filters:
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32 portmap tcp/udp auto
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32
rdr e1000g0 203.0.113.2/32 port 2222 -> 192.168.1.10 port 22 tcp

List of active sessions:
root@gw:~# ipnat -F
0 entries flushed from NAT table
root@gw:~# ipnat -C
4 entries flushed from NAT list
root@gw:~# ipnat -l
List of active MAP/Redirect filters:

List of active sessions:
root@gw:~# svcadm disable network/ipfilter
root@gw:~# ipnat -l
ioctl(SIOCGNATS): I/O error
[1]
