---
world: t5-2
---
root@primary:~# # arp on Solaris 11.4: the net-to-media table, static entries, refusals
root@primary:~# arp -a
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   primary              255.255.255.255 SPLA     00:21:28:8b:03:1d
net0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
root@primary:~# arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   10.0.0.10            255.255.255.255 SPLA     00:21:28:8b:03:1d
net0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
root@primary:~# arp -s 10.0.0.5 0:14:4f:1:2:3
root@primary:~# arp -s 10.0.0.6 0:14:4f:1:2:4 pub permanent
root@primary:~# arp -s 10.0.0.7 0:14:4f:1:2:5 temp
root@primary:~# arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   10.0.0.5             255.255.255.255 S        00:14:4f:01:02:03
net0   10.0.0.6             255.255.255.255 SPA      00:14:4f:01:02:04
net0   10.0.0.7             255.255.255.255          00:14:4f:01:02:05
net0   10.0.0.10            255.255.255.255 SPLA     00:21:28:8b:03:1d
net0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
root@primary:~# arp 10.0.0.5
10.0.0.5 (10.0.0.5) at 0:14:4f:1:2:3
root@primary:~# arp 10.0.0.6
10.0.0.6 (10.0.0.6) at 0:14:4f:1:2:4 pub permanent
root@primary:~# arp 10.0.0.7
10.0.0.7 (10.0.0.7) at 0:14:4f:1:2:5 temp
root@primary:~# arp 10.0.0.10
10.0.0.10 (10.0.0.10) at 0:21:28:8b:3:1d pub permanent
root@primary:~# arp -d 10.0.0.5
10.0.0.5 (10.0.0.5) deleted
root@primary:~# arp -d 10.0.0.5
10.0.0.5 (10.0.0.5) -- no entry
[1]
root@primary:~# arp 10.0.0.5
10.0.0.5 (10.0.0.5) -- no entry
[1]
root@primary:~# arp -s 192.0.2.1 1:2:3:4:5:6
192.0.2.1: No such device or address
[1]
root@primary:~# arp -s 10.0.0.8 zz
arp: invalid link layer address 'zz'
[1]
root@primary:~# arp -s 10.0.0.8 1:2:3:4:5:6 bogus
arp: unknown keyword 'bogus'
[1]
root@primary:~# arp -s 10.0.0.8 1:2:3:4:5:6 temp permanent
arp: 'temp' and 'permanent' flags are not usable together.
[1]
root@primary:~# arp nosuchhost
arp: nosuchhost: unknown host
[1]
root@primary:~# arp
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[1]
root@primary:~# arp -n
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[1]
root@primary:~# arp -x
arp: illegal option -- x
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[1]
root@primary:~# arp -d
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[1]
root@primary:~# arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   10.0.0.6             255.255.255.255 SPA      00:14:4f:01:02:04
net0   10.0.0.7             255.255.255.255          00:14:4f:01:02:05
net0   10.0.0.10            255.255.255.255 SPLA     00:21:28:8b:03:1d
net0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
