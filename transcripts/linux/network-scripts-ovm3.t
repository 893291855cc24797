---
world: ovm3-bonding
---
[root@ovs1 ~]# cd /etc/sysconfig/network-scripts
[root@ovs1 network-scripts]# cat > ifcfg-bond0 <<'X'
> DEVICE=bond0
> BOOTPROTO=none
> ONBOOT=yes
> BONDING_OPTS="mode=active-backup miimon=100 primary=eth1"
> X
[root@ovs1 network-scripts]# cat > ifcfg-eth1 <<'X'
> DEVICE=eth1
> ONBOOT=yes
> MASTER=bond0
> SLAVE=yes
> X
[root@ovs1 network-scripts]# cat > ifcfg-br0 <<'X'
> DEVICE=br0
> TYPE=Bridge
> ONBOOT=yes
> STP=on
> DELAY=4
> X
[root@ovs1 network-scripts]# cat > ifcfg-bond0.20 <<'X'
> DEVICE=bond0.20
> VLAN=yes
> ONBOOT=yes
> BRIDGE=br0
> X
[root@ovs1 network-scripts]# ifup bond0
[root@ovs1 network-scripts]# cat /proc/net/bonding/bond0
Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)

Bonding Mode: fault-tolerance (active-backup)
Primary Slave: eth1
Currently Active Slave: eth1
MII Status: up
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0

Slave Interface: eth1
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 00:14:4f:96:38:29
Slave queue ID: 0
[root@ovs1 network-scripts]# ifup bond0.20
Added VLAN with VID == 20 to IF -:bond0:-
[root@ovs1 network-scripts]# ifup br0
[root@ovs1 network-scripts]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
br0\t\t8000.00144f963829\tyes\t\tbond0.20 (esc)
[root@ovs1 network-scripts]# ifdown bond0.20
bridge br0 is still up; can't delete it
Removed VLAN -:bond0.20:-
[root@ovs1 network-scripts]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
br0\t\t8000.000000000000\tyes\t\t (esc)
[root@ovs1 network-scripts]# cat > ifcfg-eth2 <<'X'
> DEVICE=eth2
> BOOTPROTO=dhcp
> ONBOOT=yes
> X
[root@ovs1 network-scripts]# ifup eth2
Device eth2 does not seem to be present, delaying initialization.
[1]
[root@ovs1 network-scripts]# service network stop
Shutting down interface br0:                               [  OK  ]
Shutting down interface bond0:                             [  OK  ]
Shutting down interface eth0:                              [  OK  ]
Shutting down loopback interface:                          [  OK  ]
[root@ovs1 network-scripts]# service network status
Configured devices:
lo bond0 bond0.20 br0 eth0 eth1 eth2
Currently active devices:

[root@ovs1 network-scripts]# service network start
Bringing up loopback interface:                            [  OK  ]
Bringing up interface bond0:                               [  OK  ]
Bringing up interface eth0:                                [  OK  ]
Bringing up interface eth2:  Device eth2 does not seem to be present, delaying initialization.
                                                           [FAILED]
Bringing up interface bond0.20:  Added VLAN with VID == 20 to IF -:bond0:-
                                                           [  OK  ]
Bringing up interface br0:                                 [  OK  ]
[1]
[root@ovs1 network-scripts]# service network status
Configured devices:
lo bond0 bond0.20 br0 eth0 eth1 eth2
Currently active devices:
lo eth0 eth1 bond0 br0 bond0.20@bond0
