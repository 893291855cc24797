---
world: lab-perms
user: oracle
host: dom0
---
[oracle@dom0 ~]$ tcpdump -i eth0
tcpdump: eth0: You don't have permission to capture on that device
(socket: Operation not permitted)
[1]
[oracle@dom0 ~]$ tcpdump -i eth7
tcpdump: eth7: You don't have permission to capture on that device
(socket: Operation not permitted)
[1]
[oracle@dom0 ~]$ tcpdump -c x
tcpdump: invalid packet count x
[1]
[oracle@dom0 ~]$ tcpdump -r /nothing
tcpdump: /nothing: No such file or directory
[1]
[oracle@dom0 ~]$ tcpdump -Q
tcpdump: invalid option -- Q
tcpdump version 4.1-PRE-CVS_2010_02_01
libpcap version 1.0.0
Usage: tcpdump [-aAdDefIKlLnNOpqRStuUvxX] [ -B size ] [ -c count ]
\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ] (esc)
\t\t[ -i interface ] [ -M secret ] [ -r file ] (esc)
\t\t[ -s snaplen ] [ -T type ] [ -w file ] [ -W filecount ] (esc)
\t\t[ -y datalinktype ] [ -z command ] [ -Z user ] (esc)
\t\t[ expression ] (esc)
[1]
