---
world: nat-lab
---
root@gw:~# # ipnat's parser: yacc's "syntax error" and the grammar's own messages, with the token and line;
root@gw:~# # the rules read before an error stay loaded, and a rule that is there already (or not there to
root@gw:~# # remove) is an ioctl error that does not stop the file
root@gw:~# ipnat -l
ioctl(SIOCGNATS): I/O error
[1]
root@gw:~# echo 'map e1000g0 192.168.1.0/24 -> 0/32' > /tmp/ok.conf
root@gw:~# svcadm enable network/ipfilter
root@gw:~# ipnat -l
List of active MAP/Redirect filters:

List of active sessions:
root@gw:~# cat > /tmp/bad1.conf <<EOF
> map e1000g0 192.168.1.0/24 -> 0/32
> rdr e1000g0 203.0.113.2/32 port 80 -> 192.168.1.10/24 port 8080
> EOF
root@gw:~# ipnat -f /tmp/bad1.conf
Invalid mask for dip error at "port", line 2
[1]
root@gw:~# echo $?
1
root@gw:~# ipnat -l
List of active MAP/Redirect filters:
map e1000g0 192.168.1.0/24 -> 0.0.0.0/32

List of active sessions:
root@gw:~# echo 'map e1000g0 10.1.0.0/16 ->' | ipnat -f -
syntax error error at "->", line 1
[1]
root@gw:~# echo 'map e1000g0 10.1.0.0/16 -> 0/32 portmap tcp 1000:70000' | ipnat -f -
invalid port number error at "70000", line 1
[1]
root@gw:~# echo 'map e1000g0 10.1.0.0/40 -> 0/32' | ipnat -f -
invalid mask error at "40", line 1
[1]
root@gw:~# echo 'mapp e1000g0 10.0.0.0/8 -> 0/32' | ipnat -f -
syntax error error at "mapp", line 1
[1]
root@gw:~# echo 'map e1000g0 10.1.0.0/16 -> 0/32 icmpidmap tcp 1:100' | ipnat -f -
icmpidmap not followed by icmp error at "tcp", line 1
[1]
root@gw:~# echo 'map e1000g0 10.1.0.0/16 -> 0/32 tcp udp' | ipnat -f -
syntax error error at "udp", line 1
[1]
root@gw:~# echo 'map e1000g0 10.1.0.256/16 -> 0/32' | ipnat -f -
Invalid octet string for IP address error at "10.1.0.256", line 1
[1]
root@gw:~# cat > /tmp/two.conf <<EOF
> # the same rule again, and one that is not loaded
> 
> map e1000g0 192.168.1.0/24 -> 0/32
> 
> map e1000g0 10.9.0.0/16 -> 0/32
> EOF
root@gw:~# ipnat -f /tmp/two.conf
5:ioctl(add/insert nat rule): File exists
root@gw:~# ipnat -r -f /tmp/two.conf
root@gw:~# ipnat -r -f /tmp/two.conf
5:ioctl(delete nat rule): No such process
1:ioctl(delete nat rule): No such process
root@gw:~# ipnat -l
List of active MAP/Redirect filters:
map e1000g0 10.1.0.0/16 -> 0.0.0.0/32 tcp

List of active sessions:
root@gw:~# ipnat -f /etc/ipf/nosuch.conf
fopen(/etc/ipf/nosuch.conf) failed: No such file or directory
root@gw:~# echo $?
0
root@gw:~# ipnat -l -f /tmp/ok.conf
1:ioctl(add/insert nat rule): Not owner
List of active MAP/Redirect filters:
map e1000g0 10.1.0.0/16 -> 0.0.0.0/32 tcp

List of active sessions:
root@gw:~# ipnat -CF -l
ioctl(SIOCFLNAT): Not owner
ioctl(SIOCCNATL): Not owner
List of active MAP/Redirect filters:
map e1000g0 10.1.0.0/16 -> 0.0.0.0/32 tcp

List of active sessions:
root@gw:~# ipnat -y
ipnat: illegal option -- y
Usage: ipnat [-CdFhlnrRsv] [-f filename] [-G|-z zonename]
[1]
root@gw:~# ipnat -z
ipnat: option requires an argument -- z
Usage: ipnat [-CdFhlnrRsv] [-f filename] [-G|-z zonename]
[1]
