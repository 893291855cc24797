---
world: crossbow-2008
---
crossbow# # arp on the 2008 snapshot
crossbow# arp -a
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
eri0   crossbow             255.255.255.255 SPLA     00:03:ba:94:65:f8
eri0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
crossbow# arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
eri0   192.168.84.24        255.255.255.255 SPLA     00:03:ba:94:65:f8
eri0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
crossbow# arp -s 192.168.84.5 0:14:4f:1:2:3
crossbow# arp -s 192.168.84.6 0:14:4f:1:2:4 pub permanent
crossbow# arp -s 192.168.84.7 0:14:4f:1:2:5 temp
crossbow# arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
eri0   192.168.84.5         255.255.255.255 S        00:14:4f:01:02:03
eri0   192.168.84.6         255.255.255.255 SPA      00:14:4f:01:02:04
eri0   192.168.84.7         255.255.255.255          00:14:4f:01:02:05
eri0   192.168.84.24        255.255.255.255 SPLA     00:03:ba:94:65:f8
eri0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
crossbow# arp 192.168.84.5
192.168.84.5 (192.168.84.5) at 0:14:4f:1:2:3
crossbow# arp 192.168.84.6
192.168.84.6 (192.168.84.6) at 0:14:4f:1:2:4 pub permanent
crossbow# arp 192.168.84.7
192.168.84.7 (192.168.84.7) at 0:14:4f:1:2:5 temp
crossbow# arp 192.168.84.10
192.168.84.10 (192.168.84.10) -- no entry
[1]
crossbow# arp -d 192.168.84.5
192.168.84.5 (192.168.84.5) deleted
crossbow# arp -d 192.168.84.5
192.168.84.5 (192.168.84.5) -- no entry
[1]
crossbow# arp 192.168.84.5
192.168.84.5 (192.168.84.5) -- no entry
[1]
crossbow# arp -s 192.0.2.1 1:2:3:4:5:6
192.0.2.1: No such device or address
[1]
crossbow# arp -s 192.168.84.8 zz
arp: invalid link layer address 'zz'
[1]
crossbow# arp -s 192.168.84.8 1:2:3:4:5:6 bogus
arp: unknown keyword 'bogus'
[1]
crossbow# arp -s 192.168.84.8 1:2:3:4:5:6 temp permanent
arp: 'temp' and 'permanent' flags are not usable together.
[1]
crossbow# arp nosuchhost
arp: nosuchhost: unknown host
[1]
crossbow# arp
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[1]
crossbow# arp -n
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[1]
crossbow# arp -x
arp: illegal option -- x
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[1]
crossbow# arp -d
Usage: arp hostname
       arp -a [-n]
       arp -d hostname
       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]
       arp -f filename
[1]
crossbow# arp -an
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
eri0   192.168.84.6         255.255.255.255 SPA      00:14:4f:01:02:04
eri0   192.168.84.7         255.255.255.255          00:14:4f:01:02:05
eri0   192.168.84.24        255.255.255.255 SPLA     00:03:ba:94:65:f8
eri0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
