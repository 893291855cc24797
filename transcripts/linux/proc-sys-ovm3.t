---
world: ovm3-bonding
---
[root@ovs1 ~]# cat /sys/class/net/bonding_masters
cat: /sys/class/net/bonding_masters: No such file or directory
[1]
[root@ovs1 ~]# ls /proc/net
dev
[root@ovs1 ~]# modprobe bonding
[root@ovs1 ~]# cat /sys/class/net/bonding_masters
bond0
[root@ovs1 ~]# echo +bond1 > /sys/class/net/bonding_masters
[root@ovs1 ~]# echo +bond1 > /sys/class/net/bonding_masters
-bash: echo: write error: File exists
[1]
[root@ovs1 ~]# cat /sys/class/net/bonding_masters
bond0 bond1
[root@ovs1 ~]# echo 802.3ad > /sys/class/net/bond1/bonding/mode
[root@ovs1 ~]# echo 100 > /sys/class/net/bond1/bonding/miimon
[root@ovs1 ~]# echo fast > /sys/class/net/bond1/bonding/lacp_rate
[root@ovs1 ~]# echo layer3+4 > /sys/class/net/bond1/bonding/xmit_hash_policy
[root@ovs1 ~]# echo sideways > /sys/class/net/bond1/bonding/mode
-bash: echo: write error: Invalid argument
[1]
[root@ovs1 ~]# cat /sys/class/net/bond1/bonding/mode /sys/class/net/bond1/bonding/lacp_rate
802.3ad 4
fast 1
[root@ovs1 ~]# cat /proc/net/bonding/bond1
Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)

Bonding Mode: IEEE 802.3ad Dynamic link aggregation
Transmit Hash Policy: layer3+4 (1)
MII Status: down
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0

802.3ad info
LACP rate: fast
Aggregator selection policy (ad_select): stable
bond bond1 has no active aggregator
[root@ovs1 ~]# echo +eth1 > /sys/class/net/bond1/bonding/slaves
[root@ovs1 ~]# cat /sys/class/net/bond1/bonding/slaves
eth1
[root@ovs1 ~]# echo 1 > /sys/class/net/bond1/bonding/mode
-bash: echo: write error: Operation not permitted
[1]
[root@ovs1 ~]# cat /proc/net/bonding/bond1
Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)

Bonding Mode: IEEE 802.3ad Dynamic link aggregation
Transmit Hash Policy: layer3+4 (1)
MII Status: down
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0

802.3ad info
LACP rate: fast
Aggregator selection policy (ad_select): stable
bond bond1 has no active aggregator

Slave Interface: eth1
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 00:14:4f:96:38:29
Aggregator ID: 1
Slave queue ID: 0
[root@ovs1 ~]# echo -eth1 > /sys/class/net/bond1/bonding/slaves
[root@ovs1 ~]# echo -bond1 > /sys/class/net/bonding_masters
[root@ovs1 ~]# cat /sys/class/net/bonding_masters
bond0
[root@ovs1 ~]# cat /sys/class/net/eth1/carrier
cat: /sys/class/net/eth1/carrier: Invalid argument
[1]
[root@ovs1 ~]# cat /sys/class/net/eth0/address /sys/class/net/eth0/mtu /sys/class/net/eth0/operstate
00:14:4f:dc:8f:a1
1500
up
[root@ovs1 ~]# cat /proc/net/dev
Inter-|   Receive                                                |  Transmit
 face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
    lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
  eth0:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
  eth1:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
 bond0:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
[root@ovs1 ~]# modprobe -r bonding
[root@ovs1 ~]# cat /proc/net/bonding/bond0
cat: /proc/net/bonding/bond0: No such file or directory
[1]
