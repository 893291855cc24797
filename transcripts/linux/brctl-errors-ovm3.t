---
world: ovm3-bonding
---
[root@ovs1 ~]# brctl
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t\t\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
[root@ovs1 ~]# brctl -h
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t\t\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[root@ovs1 ~]# brctl --version
bridge-utils, 1.2
[root@ovs1 ~]# brctl -x
brctl: invalid option -- x
Unknown option '?'
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t\t\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
[root@ovs1 ~]# brctl --frob
brctl: unrecognized option `--frob'
Unknown option '?'
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t\t\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
[root@ovs1 ~]# brctl frob
never heard of command [(null)]
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t\t\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
[root@ovs1 ~]# brctl frob br0
never heard of command [br0]
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t\t\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
[root@ovs1 ~]# brctl hairpin br0 eth1 on
never heard of command [br0]
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t\t\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
[root@ovs1 ~]# brctl addbr
Incorrect number of arguments for command
Usage: brctl addbr <bridge>\t\tadd bridge (esc)
[1]
[root@ovs1 ~]# brctl addbr br0
[root@ovs1 ~]# brctl addbr br0
device br0 already exists; can't create bridge with the same name
[1]
[root@ovs1 ~]# brctl addbr eth0
device eth0 already exists; can't create bridge with the same name
[1]
[root@ovs1 ~]# brctl addbr bad/name
add bridge failed: Invalid argument
[1]
[root@ovs1 ~]# brctl delbr
Incorrect number of arguments for command
Usage: brctl delbr <bridge>\t\tdelete bridge (esc)
[1]
[root@ovs1 ~]# brctl delbr br9
bridge br9 doesn't exist; can't delete it
[1]
[root@ovs1 ~]# brctl delbr eth0
can't delete bridge eth0: Operation not permitted
[1]
[root@ovs1 ~]# brctl addif br0
Incorrect number of arguments for command
Usage: brctl addif <bridge> <device>\tadd interface to bridge (esc)
[1]
[root@ovs1 ~]# brctl addif br0 eth9
interface eth9 does not exist!
[1]
[root@ovs1 ~]# brctl addif br9 eth1
bridge br9 does not exist!
[1]
[root@ovs1 ~]# brctl addif eth0 eth1
can't add eth1 to bridge eth0: Operation not supported
[1]
[root@ovs1 ~]# brctl addif br0 lo
can't add lo to bridge br0: Invalid argument
[1]
[root@ovs1 ~]# brctl addbr br1
[root@ovs1 ~]# brctl addif br0 br1
device br1 is a bridge device itself; can't enslave a bridge device to a bridge device.
[1]
[root@ovs1 ~]# brctl addif br0 eth1
[root@ovs1 ~]# brctl addif br1 eth1
device eth1 is already a member of a bridge; can't enslave it to bridge br1.
[1]
[root@ovs1 ~]# brctl addif br1 eth0 eth9 eth1
interface eth9 does not exist!
[1]
[root@ovs1 ~]# brctl delif br0
Incorrect number of arguments for command
Usage: brctl delif <bridge> <device>\tdelete interface from bridge (esc)
[1]
[root@ovs1 ~]# brctl delif br0 eth9
interface eth9 does not exist!
[1]
[root@ovs1 ~]# brctl delif br9 eth1
bridge br9 does not exist!
[1]
[root@ovs1 ~]# brctl delif br1 eth1
device eth1 is not a slave of br1
[1]
[root@ovs1 ~]# brctl setageing br0
Incorrect number of arguments for command
Usage: brctl setageing <bridge> <time>\t\tset ageing time (esc)
[1]
[root@ovs1 ~]# brctl setageing br0 soon
bad ageing time value
[1]
[root@ovs1 ~]# brctl setageing br9 10
set ageing time failed: No such device
[1]
[root@ovs1 ~]# brctl setageing eth0 10
set ageing time failed: Operation not supported
[1]
[root@ovs1 ~]# brctl setageing br0 -1
brctl: invalid option -- 1
Unknown option '?'
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t\t\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
[root@ovs1 ~]# brctl setageing -- br0 -1
set ageing time failed: Invalid argument
[1]
[root@ovs1 ~]# brctl setfd br0 x
bad forward delay value
[1]
[root@ovs1 ~]# brctl setfd br9 4
set forward delay failed: No such device
[1]
[root@ovs1 ~]# brctl sethello br0 x
bad hello timer value
[1]
[root@ovs1 ~]# brctl sethello br9 1
set hello timer failed: No such device
[1]
[root@ovs1 ~]# brctl setmaxage br0 x
bad max age value
[1]
[root@ovs1 ~]# brctl setmaxage br9 10
set max age failed: No such device
[1]
[root@ovs1 ~]# brctl setbridgeprio br0
Incorrect number of arguments for command
Usage: brctl setbridgeprio <bridge> <prio>\t\tset bridge priority (esc)
[1]
[root@ovs1 ~]# brctl setbridgeprio br0 high
bad priority
[1]
[root@ovs1 ~]# brctl setbridgeprio br9 100
set bridge priority failed: No such device
[1]
[root@ovs1 ~]# brctl setpathcost br0 eth1
Incorrect number of arguments for command
Usage: brctl setpathcost <bridge> <port> <cost>\tset path cost (esc)
[1]
[root@ovs1 ~]# brctl setpathcost br0 eth1 cheap
bad path cost value
[1]
[root@ovs1 ~]# brctl setpathcost br0 eth1 -5
brctl: invalid option -- 5
Unknown option '?'
Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge (esc)
\tdelbr     \t<bridge>\t\tdelete bridge (esc)
\taddif     \t<bridge> <device>\tadd interface to bridge (esc)
\tdelif     \t<bridge> <device>\tdelete interface from bridge (esc)
\tsetageing \t<bridge> <time>\t\tset ageing time (esc)
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority (esc)
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay (esc)
\tsethello  \t<bridge> <time>\t\tset hello time (esc)
\tsetmaxage \t<bridge> <time>\t\tset max message age (esc)
\tsetpathcost\t<bridge> <port> <cost>\tset path cost (esc)
\tsetportprio\t<bridge> <port> <prio>\tset port priority (esc)
\tshow      \t\t\t\tshow a list of bridges (esc)
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs (esc)
\tshowstp   \t<bridge>\t\tshow bridge stp info (esc)
\tstp       \t<bridge> {on|off}\tturn stp on/off (esc)
[1]
[root@ovs1 ~]# brctl setpathcost br0 eth9 10
set path cost failed: No such device
[1]
[root@ovs1 ~]# brctl setpathcost br9 eth1 10
set path cost failed: No such device
[1]
[root@ovs1 ~]# brctl setpathcost br1 eth1 10
set path cost failed: Invalid argument
[1]
[root@ovs1 ~]# brctl setportprio br0 eth1 x
bad path priority value
[1]
[root@ovs1 ~]# brctl setportprio br0 eth1 64
set port priority failed: Numerical result out of range
[1]
[root@ovs1 ~]# brctl setportprio br1 eth1 3
set port priority failed: Invalid argument
[1]
[root@ovs1 ~]# brctl stp br0
Incorrect number of arguments for command
Usage: brctl stp <bridge> {on|off}\tturn stp on/off (esc)
[1]
[root@ovs1 ~]# brctl stp br0 maybe
expect on/off for argument
[1]
[root@ovs1 ~]# brctl stp br9 on
set stp status failed: No such device
[1]
[root@ovs1 ~]# brctl showmacs
Incorrect number of arguments for command
Usage: brctl showmacs <bridge>\t\tshow a list of mac addrs (esc)
[1]
[root@ovs1 ~]# brctl showmacs br9
read of forward table failed: No such device
[1]
[root@ovs1 ~]# brctl showmacs eth0
read of forward table failed: Operation not supported
[1]
[root@ovs1 ~]# brctl showstp
Incorrect number of arguments for command
Usage: brctl showstp <bridge>\t\tshow bridge stp info (esc)
[1]
[root@ovs1 ~]# brctl showstp br9
br9: can't get info No such device
[1]
[root@ovs1 ~]# brctl showstp eth0
eth0: can't get info Operation not supported
[1]
[root@ovs1 ~]# brctl show br9
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
br0\t\t8000.00144f963829\tno\t\teth1 (esc)
br1\t\t8000.00144fdc8fa1\tno\t\teth0 (esc)
