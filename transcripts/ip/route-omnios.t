---
world: omnios-2019
---
root@Trixie:~# # route on OmniOS r151028
root@Trixie:~# route add default 10.0.0.1
add net default: gateway 10.0.0.1
root@Trixie:~# route add net 192.168.5.0/24 10.0.0.2
add net 192.168.5.0/24: gateway 10.0.0.2
root@Trixie:~# route get 192.168.5.1
   route to: 192.168.5.1
destination: 192.168.5.0
       mask: 255.255.255.0
    gateway: 10.0.0.2
  interface: e1000g0
      flags: <UP,GATEWAY,DONE,STATIC>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
root@Trixie:~# netstat -rn

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              10.0.0.1             UG        2          0 e1000g0   
10.0.0.0             10.0.0.10            U         2          0 e1000g0   
127.0.0.1            127.0.0.1            UH        2          0 lo0       
192.168.5.0          10.0.0.2             UG        2          0 e1000g0   

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
::1                         ::1                         UH      2       0 lo0   
root@Trixie:~# route add default 10.0.0.1
add net default: gateway 10.0.0.1: entry exists
[17]
root@Trixie:~# route add default 192.0.2.1
add net default: gateway 192.0.2.1: Network is unreachable
[128]
root@Trixie:~# route delete default 10.0.0.2
delete net default: gateway 10.0.0.2: not in table
[3]
root@Trixie:~# route delete default 10.0.0.1
delete net default: gateway 10.0.0.1
root@Trixie:~# route -n get 8.8.8.8
 8.8.8.8: not in table
[3]
root@Trixie:~# route -q flush
root@Trixie:~# netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.0.0.0             10.0.0.10            U         2          0 e1000g0   
127.0.0.1            127.0.0.1            UH        2          0 lo0       
