---
world: two-hosts
---
root@primary:~# # vshell's own path tracer: its usage and refusals, the verdict list, and the table forms
root@primary:~# vshtrace
usage: vshtrace destination
       vshtrace -m switch
       vshtrace -v
[2]
root@primary:~# vshtrace -x 10.10.0.12
vshtrace: illegal option -- x
usage: vshtrace destination
       vshtrace -m switch
       vshtrace -v
[2]
root@primary:~# vshtrace 10.10.0.12 10.10.0.11
usage: vshtrace destination
       vshtrace -m switch
       vshtrace -v
[2]
root@primary:~# vshtrace nosuchhost
vshtrace: unknown host nosuchhost
[2]
root@primary:~# vshtrace -m nosuchswitch
vshtrace: nosuchswitch: no such switch on this system
[1]
root@primary:~# vshtrace -m mgmt extra
usage: vshtrace destination
       vshtrace -m switch
       vshtrace -v
[2]
root@primary:~# vshtrace -v
DELIVERED           the packet reached the destination's IP stack
NO_ROUTE            no route to the destination in an IP stack on the way
LINK_DOWN           a link on the only path is down
VLAN_MISMATCH       the destination is on the path, but in another VLAN
MAC_UNKNOWN         no port on the path owns the destination MAC address
NO_ARP_REPLY        nobody answered the ARP request for the next hop
NOT_FORWARDING      a router on the way does not forward IPv4
NO_TUNNEL_ENDPOINT  the underlay delivered the overlay packet where no overlay listens
TTL_EXCEEDED        the packet ran out of hops
root@primary:~# vshtrace -v 10.10.0.12
usage: vshtrace destination
       vshtrace -m switch
       vshtrace -v
[2]
root@primary:~# vshtrace 192.0.2.7
request -> 192.0.2.7
  NO_ROUTE: primary has no route to 192.0.2.7
[1]
root@primary:~# vshtrace 10.10.0.99
request 10.10.0.11 -> 10.10.0.99
  primary        route    10.10.0.99 via net0
  primary        arp      who has 10.10.0.99? tell 10.10.0.11
  NO_ARP_REPLY: no host on the network has 10.10.0.99
[1]
root@primary:~# vshtrace backup
request 10.10.0.11 -> 10.10.0.12
  primary        route    10.10.0.12 via net0
  primary        arp      who has 10.10.0.12? tell 10.10.0.11
  backup         arp      10.10.0.12 is at 00:21:28:da:16:92 (net0)
  primary        send     net0 (phys, 00:21:28:13:2c:58) -> 00:21:28:da:16:92
  primary        link     net0 (phys)
  -              segment  mgmt (wire)
  backup         link     net0 (phys)
  backup         segment  net0 (phys) takes 00:21:28:da:16:92
  backup         receive  10.10.0.12 on net0
  DELIVERED
reply 10.10.0.12 -> 10.10.0.11
  backup         route    10.10.0.11 via net0
  backup         arp      who has 10.10.0.11? tell 10.10.0.12
  primary        arp      10.10.0.11 is at 00:21:28:13:2c:58 (net0)
  backup         send     net0 (phys, 00:21:28:da:16:92) -> 00:21:28:13:2c:58
  backup         link     net0 (phys)
  -              segment  mgmt (wire)
  primary        link     net0 (phys)
  primary        segment  net0 (phys) takes 00:21:28:13:2c:58
  primary        receive  10.10.0.11 on net0
  DELIVERED
root@primary:~# vshtrace -m mgmt
mgmt: network 10.10.0.0/24
VLAN  MAC ADDRESS        PORT                  ENTRY
root@primary:~# ping 10.10.0.12
10.10.0.12 is alive
root@primary:~# vshtrace -m mgmt
mgmt: network 10.10.0.0/24
VLAN  MAC ADDRESS        PORT                  ENTRY
1     00:21:28:13:2c:58  primary/net0          learnt, 1s ago
1     00:21:28:da:16:92  backup/net0           learnt, 1s ago
root@primary:~# ping fe80::1
vshell: ping over IPv6: not simulated yet
[69]
