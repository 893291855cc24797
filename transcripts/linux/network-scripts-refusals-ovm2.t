---
world: ovm2-bonding
---
[root@virtual4 ~]# cd /etc/sysconfig/network-scripts
[root@virtual4 network-scripts]# ifup
Usage: ifup <device name>
[1]
[root@virtual4 network-scripts]# ifdown
usage: ifdown <device name>
[1]
[root@virtual4 network-scripts]# ifup eth5
/sbin/ifup: configuration for eth5 not found.
Usage: ifup <device name>
[1]
[root@virtual4 network-scripts]# ifdown eth5
usage: ifdown <device name>
[1]
[root@virtual4 network-scripts]# service
Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]
[1]
[root@virtual4 network-scripts]# service xend2 start
xend2: unrecognized service
[1]
[root@virtual4 network-scripts]# service network bogus
Usage: /etc/init.d/network {start|stop|restart|reload|status}
[1]
[root@virtual4 network-scripts]# modprobe
Usage: modprobe [-v] [-V] [-C config-file] [-n] [-i] [-q] [-b] [-o <modname>] [ --dump-modversions ] <modname> [parameters...]
modprobe -r [-n] [-i] [-v] <modulename> ...
modprobe -l -t <dirname> [ -a <modulename> ...]
[1]
[root@virtual4 network-scripts]# modprobe nosuchmod
FATAL: Module nosuchmod not found.
[1]
[root@virtual4 network-scripts]# cat /proc/net/bonding/bond0
cat: /proc/net/bonding/bond0: No such file or directory
[1]
[root@virtual4 network-scripts]# cat > ifcfg-eth1 <<'X'
> DEVICE=eth1
> BOOTPROTO=none
> HWADDR=00:14:5E:00:00:01
> ONBOOT=yes
> X
[root@virtual4 network-scripts]# ifup eth1
Device eth1 has different MAC address than expected, ignoring.
[1]
[root@virtual4 network-scripts]# cat > ifcfg-eth1 <<'X'
> DEVICE=eth1
> BOOTPROTO=none
> HWADDR=<INTERFACE MAC ADDRESS>
> TYPE=Ethernet
> ONBOOT=yes
> MASTER=bond0
> SLAVE=yes
> X
[root@virtual4 network-scripts]# ifup eth1
/etc/sysconfig/network-scripts/ifcfg-eth1: line 3: syntax error near unexpected token `newline'
/etc/sysconfig/network-scripts/ifcfg-eth1: line 3: `HWADDR=<INTERFACE MAC ADDRESS>'
[root@virtual4 network-scripts]# cat > ifcfg-bond1 <<'X'
> DEVICE=bond1
> BOOTPROTO=none
> ONBOOT=yes
> BONDING_OPTS="mode=1 miimon=100"
> X
[root@virtual4 network-scripts]# ifup bond1
Device bond1 does not seem to be present, delaying initialization.
[1]
[root@virtual4 network-scripts]# cat > ifcfg-eth1 <<'X'
> DEVICE=eth1
> BOOTPROTO=none
> ONBOOT=yes
> MASTER=bond1
> SLAVE=yes
> sleep5
> X
[root@virtual4 network-scripts]# echo "alias bond1 bonding" >> /etc/modprobe.conf
[root@virtual4 network-scripts]# ifup bond1
bonding device bond1 does not seem to be present, delaying initialization.
[1]
[root@virtual4 network-scripts]# cat /proc/net/bonding/bond1
cat: /proc/net/bonding/bond1: No such file or directory
[1]
[root@virtual4 network-scripts]# echo 4 > /sys/class/net/bond1/bonding/mode
-bash: /sys/class/net/bond1/bonding/mode: No such file or directory
[1]
[root@virtual4 network-scripts]# echo +bond1 > /sys/class/net/bonding_masters
[root@virtual4 network-scripts]# echo junk > /proc/net/bonding/bond1
-bash: echo: write error: Input/output error
[1]
[root@virtual4 network-scripts]# cat /sys/class/net/bonding_masters
bond0 bond1
[root@virtual4 network-scripts]# cat > ifcfg-bond0.7 <<'X'
> DEVICE=bond0.7
> VLAN=yes
> ONBOOT=yes
> X
[root@virtual4 network-scripts]# ifup bond0.7
Added VLAN with VID == 7 to IF -:bond0:-
[root@virtual4 network-scripts]# ifdown bond1
/etc/sysconfig/network-scripts/ifcfg-eth1: line 6: sleep5: command not found
[root@virtual4 network-scripts]# cat /proc/net/bonding/bond1
Ethernet Channel Bonding Driver: v3.0.3 (March 23, 2006)

Bonding Mode: load balancing (round-robin)
MII Status: down
MII Polling Interval (ms): 0
Up Delay (ms): 0
Down Delay (ms): 0
