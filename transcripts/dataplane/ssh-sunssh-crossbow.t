---
world: crossbow-2008
---
crossbow# # SunSSH on the 2008 Crossbow host: eri0's default router (uplink) leads to 129.146.0.0/16
crossbow# netstat -rn

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
crossbow# ssh someuser@129.146.17.55
Password: 
Last login: Tue Feb 12 13:35:03 2008 from somehost
Sun Microsystems Inc.\tSunOS 5.10\tGeneric\tJanuary 2005 (esc)
sunsrv$ hostname
sunsrv
sunsrv$ uname -a
SunOS sunsrv 5.10 Generic i86pc i386 i86pc
sunsrv$ echo $HOME
/export/home/someuser
sunsrv$ exit
logout
Connection to 129.146.17.55 closed.
crossbow# ssh someuser@129.146.17.55
Password: 
Last login: Tue Feb 12 13:00:04 2008 from 192.168.84.24
Sun Microsystems Inc.\tSunOS 5.10\tGeneric\tJanuary 2005 (esc)
sunsrv$ exit
logout
Connection to 129.146.17.55 closed.
crossbow# # a command: its output and its status, no "closed" line without a terminal
crossbow# ssh someuser@129.146.17.55 uname -sr
Password: 
SunOS 5.10
crossbow# ssh -l someuser 129.146.17.55 false
Password: 
[1]
crossbow# # no such account: PAM asks three times, then the server's methods
crossbow# ssh admin@129.146.17.55
Password: 
Password: 
Password: 
Permission denied (gssapi-keyex,gssapi-with-mic,publickey,password,keyboard-interactive).
[255]
crossbow# # nothing answers ARP for .99 behind the router: the kernel gives up after 3 minutes
crossbow# date
Tue Feb 12 13:00:23 UTC 2008
crossbow# ssh 129.146.17.99
ssh: connect to host 129.146.17.99 port 22: Connection timed out
[1]
crossbow# date
Tue Feb 12 13:03:25 UTC 2008
crossbow# # the router has no route to 10/8 and says so
crossbow# ssh 10.1.2.3
ssh: connect to host 10.1.2.3 port 22: No route to host
[1]
crossbow# # nothing listens on 2222
crossbow# ssh -p 2222 someuser@129.146.17.55
ssh: connect to host 129.146.17.55 port 2222: Connection refused
[1]
crossbow# ssh nosuchhost
ssh: nosuchhost: node name or service name not known
[255]
crossbow# ssh -z 129.146.17.55
ssh: illegal option -- z
Usage: ssh [options] host [command]
Options:
  -l user     Log in using this user name.
  -n          Redirect input from /dev/null.
  -F config   Config file (default: ~/.ssh/config).
  -A          Enable authentication agent forwarding.
  -a          Disable authentication agent forwarding (default).
  -X          Enable X11 connection forwarding.
  -x          Disable X11 connection forwarding (default).
  -i file     Identity for public key authentication (default: ~/.ssh/identity)
  -t          Tty; allocate a tty even if command is given.
  -T          Do not allocate a tty.
  -v          Verbose; display verbose debugging messages.
              Multiple -v increases verbosity.
  -V          Display version number only.
  -q          Quiet; don't display any warning messages.
  -f          Fork into background after authentication.
  -e char     Set escape character; ``none'' = disable (default: ~).
  -c cipher   Select encryption algorithm
  -m macs     Specify MAC algorithms for protocol version 2.
  -p port     Connect to this port.  Server must be on the same port.
  -L listen-port:host:port   Forward local port to remote address
  -R listen-port:host:port   Forward remote port to local address
              These cause ssh to listen for connections on a port, and
              forward them to the other side by connecting to host:port.
  -D port     Enable dynamic application-level port forwarding.
  -C          Enable compression.
  -N          Do not execute a shell or command.
  -g          Allow remote hosts to connect to forwarded ports.
  -1          Force protocol version 1.
  -2          Force protocol version 2.
  -4          Use IPv4 only.
  -6          Use IPv6 only.
  -o 'option' Process the option as if it was read from a configuration file.
  -s          Invoke command (mandatory) as SSH2 subsystem.
  -b addr     Local IP address.
[1]
crossbow# ssh -p x 129.146.17.55
Bad port 'x'
[1]
crossbow# route delete default 192.168.84.1
delete net default: gateway 192.168.84.1
crossbow# ssh someuser@129.146.17.55
ssh: connect to host 129.146.17.55 port 22: Network is unreachable
[1]
