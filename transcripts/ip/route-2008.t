---
world: crossbow-2008
---
crossbow# # route on the 2008 Crossbow snapshot: the hash-ordered table, Ref 1
crossbow# # the DHCP lease's default router goes, and comes back by hand
crossbow# route delete default 192.168.84.1
delete net default: gateway 192.168.84.1
crossbow# route add default 192.168.84.1
add net default: gateway 192.168.84.1
crossbow# netstat -nr

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.84.1         UG        1          0 eri0      
192.168.84.0         192.168.84.24        U         1          0 eri0      
127.0.0.1            127.0.0.1            UH        1          0 lo0       

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
::1                         ::1                         UH      1       0 lo0   
crossbow# route get default
   route to: default
destination: default
       mask: default
    gateway: 192.168.84.1
  interface: eri0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
crossbow# route add default 192.168.84.1
add net default: gateway 192.168.84.1: entry exists
[17]
crossbow# route add default 10.9.9.9
add net default: gateway 10.9.9.9: Network is unreachable
[128]
crossbow# route delete net 192.168.0.0/24 192.168.84.1
delete net 192.168.0.0/24: gateway 192.168.84.1: not in table
[3]
crossbow# route -p add default 192.168.84.1
add net default: gateway 192.168.84.1: entry exists
add persistent net default: gateway 192.168.84.1
crossbow# route -p show
persistent: route add default 192.168.84.1
crossbow# route flush
default              192.168.84.1         done
crossbow# netstat -nr -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
192.168.84.0         192.168.84.24        U         1          0 eri0      
127.0.0.1            127.0.0.1            UH        1          0 lo0       
