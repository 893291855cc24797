---
world: two-hosts
---
root@primary:~# traceroute
Usage: traceroute [-adFIlnSvx] [-A address_family] [-c traffic_class]
\t[-f first_hop] [-g gateway [-g gateway ...]| -r] [-i iface] (esc)
\t[-L flow_label] [-m max_hop] [-P pause_sec] [-p port] [-Q max_timeout] (esc)
\t[-q nqueries] [-s src_addr] [-t tos] [-w wait_time] host [packetlen] (esc)
[1]
root@primary:~# traceroute -z backup
Usage: traceroute [-adFIlnSvx] [-A address_family] [-c traffic_class]
\t[-f first_hop] [-g gateway [-g gateway ...]| -r] [-i iface] (esc)
\t[-L flow_label] [-m max_hop] [-P pause_sec] [-p port] [-Q max_timeout] (esc)
\t[-q nqueries] [-s src_addr] [-t tos] [-w wait_time] host [packetlen] (esc)
[1]
root@primary:~# traceroute foo
traceroute: unknown host foo
[1]
root@primary:~# traceroute -m 0 backup
traceroute: max ttl(hop limit) must be > 0
[1]
root@primary:~# traceroute -m x backup
traceroute: "x" bad value for max ttl(hop limit) 
[1]
root@primary:~# traceroute -w 1 backup
traceroute: wait time must be > 1
[1]
root@primary:~# traceroute -f 5 -m 3 backup
traceroute: first ttl(hop limit) (5) may not be greater than max ttl(hop limit) (3)
[1]
root@primary:~# traceroute backup 20
traceroute: IPv4 packet size must be >= 40 and <= 65535
[1]
root@primary:~# traceroute backup
traceroute to backup (10.10.0.12), 30 hops max, 40 byte packets
 1  10.10.0.12 (10.10.0.12)  0.184 ms  0.172 ms  0.118 ms
root@primary:~# traceroute -n -q 2 backup
traceroute to backup (10.10.0.12), 30 hops max, 40 byte packets
 1  10.10.0.12  0.142 ms  0.090 ms
root@primary:~# traceroute -S backup
traceroute to backup (10.10.0.12), 30 hops max, 40 byte packets
 1  10.10.0.12 (10.10.0.12)  0.099/0.144/0.190 (0.037) ms  3/3 pkts (0% loss)
root@primary:~# traceroute -m 3 10.10.0.99
traceroute to 10.10.0.99 (10.10.0.99), 3 hops max, 40 byte packets
 1  * * *
 2  * * *
 3  * * *
root@primary:~# traceroute -m 2 10.20.0.1
traceroute to 10.20.0.1 (10.20.0.1), 2 hops max, 40 byte packets
 1 traceroute: sendto: No route to host
traceroute: wrote 10.20.0.1 40 chars, ret=-1
 *traceroute: sendto: No route to host
traceroute: wrote 10.20.0.1 40 chars, ret=-1
 *traceroute: sendto: No route to host
traceroute: wrote 10.20.0.1 40 chars, ret=-1
 *
 2 traceroute: sendto: No route to host
traceroute: wrote 10.20.0.1 40 chars, ret=-1
 *traceroute: sendto: No route to host
traceroute: wrote 10.20.0.1 40 chars, ret=-1
 *traceroute: sendto: No route to host
traceroute: wrote 10.20.0.1 40 chars, ret=-1
 *
