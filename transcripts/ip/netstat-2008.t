---
world: crossbow-2008
---
crossbow# # netstat -r on the 2008 snapshot: Ref 1, the hash walk
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
crossbow# netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.84.1         UG        1          0 eri0      
192.168.84.0         192.168.84.24        U         1          0 eri0      
127.0.0.1            127.0.0.1            UH        1          0 lo0       
crossbow# netstat -r -n -f inet6

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
::1                         ::1                         UH      1       0 lo0   
crossbow# netstat -r

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
default              192.168.84.1         UG        1          0 eri0      
192.168.84.0         crossbow             U         1          0 eri0      
localhost            localhost            UH        1          0 lo0       

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
localhost                   localhost                   UH      1       0 lo0   
crossbow# netstat -rn -f foo
foo: unknown address family.
[1]
crossbow# netstat -rn -f bogus:x
bogus:x: unknown filter keyword
[1]
crossbow# netstat -rn extra
netstat: extra arguments
usage: netstat [-anv] [-f address_family]
       netstat [-n] [-f address_family] [-P protocol] [-g | -p | -s [interval [count]]]
       netstat -m [-v] [interval [count]]
       netstat -i [-I interface] [-an] [-f address_family] [interval [count]]
       netstat -r [-anv] [-f address_family|filter]
       netstat -M [-ns] [-f address_family]
       netstat -D [-I interface] [-f address_family]
[1]
crossbow# netstat -y
netstat: illegal option -- y
usage: netstat [-anv] [-f address_family]
       netstat [-n] [-f address_family] [-P protocol] [-g | -p | -s [interval [count]]]
       netstat -m [-v] [interval [count]]
       netstat -i [-I interface] [-an] [-f address_family] [interval [count]]
       netstat -r [-anv] [-f address_family|filter]
       netstat -M [-ns] [-f address_family]
       netstat -D [-I interface] [-f address_family]
[1]
