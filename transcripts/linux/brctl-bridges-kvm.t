---
world: debian7-kvm
---
root@kvm1:~# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
root@kvm1:~# brctl addbr br0
root@kvm1:~# brctl addif br0 eth2 eth1
root@kvm1:~# brctl addbr virbr1
root@kvm1:~# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
br0\t\t8000.001b214c9e50\tno\t\teth1 (esc)
\t\t\t\t\t\t\teth2 (esc)
virbr1\t\t8000.000000000000\tno\t\t (esc)
root@kvm1:~# brctl show br0
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
br0\t\t8000.001b214c9e50\tno\t\teth1 (esc)
\t\t\t\t\t\t\teth2 (esc)
root@kvm1:~# brctl show virbr1 nosuchdev eth0 br0
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
virbr1\t\t8000.000000000000\tno\t\t (esc)
nosuchdev\t\tcan't get info No such device (esc)
eth0\t\tcan't get info Operation not supported (esc)
br0\t\t8000.001b214c9e50\tno\t\teth1 (esc)
\t\t\t\t\t\t\teth2 (esc)
root@kvm1:~# brctl showmacs br0
port no\tmac addr\t\tis local?\tageing timer (esc)
  2\t00:1b:21:4c:9e:50\tyes\t\t   0.00 (esc)
  1\t00:1b:21:4c:9e:51\tyes\t\t   0.00 (esc)
root@kvm1:~# ifconfig eth1 up
root@kvm1:~# ifconfig eth2 up
root@kvm1:~# ifconfig br0 up
root@kvm1:~# brctl hairpin br0 eth2 on
root@kvm1:~# brctl hairpin br0 eth9 on
interface eth9 does not exist!
[1]
root@kvm1:~# brctl hairpin br9 eth2 on
bridge br9 does not exist!
[1]
root@kvm1:~# brctl hairpin br0 eth0 on
can't set eth0 to hairpin on bridge br0: Invalid argument
[1]
root@kvm1:~# brctl hairpin br0 eth2 maybe
expect on/off for argument
[1]
root@kvm1:~# brctl showstp br0
br0
 bridge id\t\t8000.001b214c9e50 (esc)
 designated root\t8000.001b214c9e50 (esc)
 root port\t\t   0\t\t\tpath cost\t\t   0 (esc)
 max age\t\t  20.00\t\t\tbridge max age\t\t  20.00 (esc)
 hello time\t\t   2.00\t\t\tbridge hello time\t   2.00 (esc)
 forward delay\t\t  15.00\t\t\tbridge forward delay\t  15.00 (esc)
 ageing time\t\t 300.00 (esc)
 hello timer\t\t   0.00\t\t\ttcn timer\t\t   0.00 (esc)
 topology change timer\t   0.00\t\t\tgc timer\t\t   0.10 (esc)
 flags\t\t\t (esc)


eth1 (2)
 port id\t\t8002\t\t\tstate\t\t     forwarding (esc)
 designated root\t8000.001b214c9e50\tpath cost\t\t   4 (esc)
 designated bridge\t8000.001b214c9e50\tmessage age timer\t   0.00 (esc)
 designated port\t8002\t\t\tforward delay timer\t   0.00 (esc)
 designated cost\t   0\t\t\thold timer\t\t   0.00 (esc)
 flags\t\t\t (esc)

eth2 (1)
 port id\t\t8001\t\t\tstate\t\t     forwarding (esc)
 designated root\t8000.001b214c9e50\tpath cost\t\t   4 (esc)
 designated bridge\t8000.001b214c9e50\tmessage age timer\t   0.00 (esc)
 designated port\t8001\t\t\tforward delay timer\t   0.00 (esc)
 designated cost\t   0\t\t\thold timer\t\t   0.00 (esc)
 flags\t\t\t (esc)
 hairpin mode\t\t   1 (esc)

root@kvm1:~# brctl showstp nosuchdev
nosuchdev: can't get info No such device
[1]
root@kvm1:~# brctl foo
never heard of command [(null)]
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\thairpin   \t<bridge> <port> {on|off}\tturn hairpin on/off (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t[ <bridge> ]\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
root@kvm1:~# brctl foo bar
never heard of command [bar]
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\thairpin   \t<bridge> <port> {on|off}\tturn hairpin on/off (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t[ <bridge> ]\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
root@kvm1:~# brctl delif br0 eth0
device eth0 is not a slave of br0
[1]
root@kvm1:~# brctl addif virbr1 eth1
device eth1 is already a member of a bridge; can't enslave it to bridge virbr1.
[1]
