---
world: two-hosts
---
root@primary:~# ping
usage: ping host [timeout]
usage: ping -s [-l | -U] [-abdDLnRrv] [-A addr_family] [-c traffic_class]
\t[-g gateway [-g gateway ...]] [-N nexthop] [-F flow_label] [-I interval] (esc)
\t[-i interface] [-P tos] [-p port] [-t ttl] host [data_size] [npackets] (esc)
[1]
root@primary:~# ping -z backup
ping: illegal option -- z
usage: ping host [timeout]
usage: ping -s [-l | -U] [-abdDLnRrv] [-A addr_family] [-c traffic_class]
\t[-g gateway [-g gateway ...]] [-N nexthop] [-F flow_label] [-I interval] (esc)
\t[-i interface] [-P tos] [-p port] [-t ttl] host [data_size] [npackets] (esc)
[1]
root@primary:~# ping foo
ping: unknown host foo
[1]
root@primary:~# ping backup x
ping: bad timeout: x
[1]
root@primary:~# ping 10.20.0.1
ping: sendto No route to host
[1]
root@primary:~# ping 10.10.0.99 2
no answer from 10.10.0.99
[1]
root@primary:~# ping -s 10.10.0.99 56 3
PING 10.10.0.99: 56 data bytes

----10.10.0.99 PING Statistics----
3 packets transmitted, 0 packets received, 100% packet loss
[1]
root@primary:~# ping backup
backup is alive
