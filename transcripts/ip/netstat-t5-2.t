---
world: t5-2
---
root@primary:~# # netstat -r on Solaris 11.4: both tables, one family, names without -n, the refusals
root@primary:~# netstat -nr

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.0.0.0             10.0.0.10            U         2          0 net0      
127.0.0.1            127.0.0.1            UH        2          0 lo0       

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
::1                         ::1                         UH      2       0 lo0   
fe80::/10                   fe80::221:28ff:fe8b:31d     U       2       0 net0  
root@primary:~# netstat -rn -f inet

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.0.0.0             10.0.0.10            U         2          0 net0      
127.0.0.1            127.0.0.1            UH        2          0 lo0       
root@primary:~# netstat -r -n -f inet6

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
::1                         ::1                         UH      2       0 lo0   
fe80::/10                   fe80::221:28ff:fe8b:31d     U       2       0 net0  
root@primary:~# netstat -r

Routing Table: IPv4
  Destination           Gateway           Flags  Ref     Use     Interface 
-------------------- -------------------- ----- ----- ---------- --------- 
10.0.0.0             primary              U         2          0 net0      
localhost            localhost            UH        2          0 lo0       

Routing Table: IPv6
  Destination/Mask            Gateway                   Flags Ref   Use    If   
--------------------------- --------------------------- ----- --- ------- ----- 
localhost                   localhost                   UH      2       0 lo0   
fe80::/10                   fe80::221:28ff:fe8b:31d     U       2       0 net0  
root@primary:~# netstat -rn -f foo
foo: unknown address family.
[1]
root@primary:~# netstat -rn -f bogus:x
bogus:x: unknown filter keyword
[1]
root@primary:~# netstat -rn extra
netstat: extra arguments
usage: netstat [-anv] [-f address_family]
       netstat [-n] [-f address_family] [-P protocol] [-g | -p | -s [interval [count]]]
       netstat -m [-v] [interval [count]]
       netstat -i [-I interface] [-an] [-f address_family] [interval [count]]
       netstat -r [-anv] [-f address_family|filter]
       netstat -M [-ns] [-f address_family]
       netstat -D [-I interface] [-f address_family]
[1]
root@primary:~# netstat -y
netstat: illegal option -- y
usage: netstat [-anv] [-f address_family]
       netstat [-n] [-f address_family] [-P protocol] [-g | -p | -s [interval [count]]]
       netstat -m [-v] [interval [count]]
       netstat -i [-I interface] [-an] [-f address_family] [interval [count]]
       netstat -r [-anv] [-f address_family|filter]
       netstat -M [-ns] [-f address_family]
       netstat -D [-I interface] [-f address_family]
[1]
