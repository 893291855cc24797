---
world: lab-perms
user: alice
---
alice@primary:~$ # an ordinary user may look at the tables, not change them: each tool's own words
alice@primary:~$ route get 10.0.0.10
   route to: primary
destination: 10.0.0.0
       mask: 255.255.255.0
  interface: net0
      flags: <UP,DONE>
 recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
       0         0         0         0         0         0      1500         0 
alice@primary:~$ route add default 10.0.0.1
add net default: gateway 10.0.0.1: insufficient privileges
[1]
alice@primary:~$ route delete default 10.0.0.1
delete net default: gateway 10.0.0.1: insufficient privileges
[1]
alice@primary:~$ route flush
route: flush: insufficient privileges
[13]
alice@primary:~$ route -p add default 10.0.0.1
add net default: gateway 10.0.0.1: insufficient privileges
[1]
alice@primary:~$ netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.0.0.0             10.0.0.10            U         2          0 net0      
127.0.0.1            127.0.0.1            UH        2          0 lo0       
alice@primary:~$ arp -a
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   primary              255.255.255.255 SPLA     00:21:28:c6:7b:02
net0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
alice@primary:~$ arp -s 10.0.0.7 0:14:4f:1:2:3
10.0.0.7: Not owner
[1]
alice@primary:~$ arp -d 10.0.0.10
10.0.0.10 (10.0.0.10) -- no entry
[1]
alice@primary:~$ routeadm -u -e ipv4-forwarding
routeadm: unexpected libscf error: Permission denied.
[1]
alice@primary:~$ routeadm -p ipv4-forwarding
ipv4-forwarding persistent=disabled default=disabled current=disabled
alice@primary:~$ svcs ssh ipv4-forwarding
STATE          STIME    FMRI
disabled       Jan_12   svc:/network/ipv4-forwarding:default
online         Jan_12   svc:/network/ssh:default
alice@primary:~$ svcadm enable ipfilter
svcadm: Pattern 'ipfilter' doesn't match any instances
[1]
alice@primary:~$ svcadm disable ssh
svcadm: svc:/network/ssh:default: Permission denied.
[1]
alice@primary:~$ svcadm restart ssh
svcadm: svc:/network/ssh:default: Permission denied.
[1]
alice@primary:~$ svcs ssh
STATE          STIME    FMRI
online         Jan_12   svc:/network/ssh:default
