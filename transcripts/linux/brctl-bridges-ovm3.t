---
world: ovm3-bonding
---
[root@ovs1 ~]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
[root@ovs1 ~]# brctl addbr br0
[root@ovs1 ~]# brctl addif br0 eth1
[root@ovs1 ~]# brctl addbr xenbr1
[root@ovs1 ~]# brctl addbr br2
[root@ovs1 ~]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
br0\t\t8000.00144f963829\tno\t\teth1 (esc)
br2\t\t8000.000000000000\tno\t\t (esc)
xenbr1\t\t8000.000000000000\tno\t\t (esc)
[root@ovs1 ~]# ifconfig eth1 up
[root@ovs1 ~]# ifconfig br0 up
[root@ovs1 ~]# brctl showmacs br0
port no\tmac addr\t\tis local?\tageing timer (esc)
  1\t00:14:4f:96:38:29\tyes\t\t   0.00 (esc)
[root@ovs1 ~]# brctl showstp br0
br0
 bridge id\t\t8000.00144f963829 (esc)
 designated root\t8000.00144f963829 (esc)
 root port\t\t   0\t\t\tpath cost\t\t   0 (esc)
 max age\t\t  20.00\t\t\tbridge max age\t\t  20.00 (esc)
 hello time\t\t   2.00\t\t\tbridge hello time\t   2.00 (esc)
 forward delay\t\t  15.00\t\t\tbridge forward delay\t  15.00 (esc)
 ageing time\t\t 300.00 (esc)
 hello timer\t\t   0.00\t\t\ttcn timer\t\t   0.00 (esc)
 topology change timer\t   0.00\t\t\tgc timer\t\t   0.10 (esc)
 flags\t\t\t (esc)


eth1 (1)
 port id\t\t8001\t\t\tstate\t\t     forwarding (esc)
 designated root\t8000.00144f963829\tpath cost\t\t   4 (esc)
 designated bridge\t8000.00144f963829\tmessage age timer\t   0.00 (esc)
 designated port\t8001\t\t\tforward delay timer\t   0.00 (esc)
 designated cost\t   0\t\t\thold timer\t\t   0.00 (esc)
 flags\t\t\t (esc)

[root@ovs1 ~]# brctl stp br0 on
[root@ovs1 ~]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
br0\t\t8000.00144f963829\tyes\t\teth1 (esc)
br2\t\t8000.000000000000\tno\t\t (esc)
xenbr1\t\t8000.000000000000\tno\t\t (esc)
[root@ovs1 ~]# brctl showstp br0
br0
 bridge id\t\t8000.00144f963829 (esc)
 designated root\t8000.00144f963829 (esc)
 root port\t\t   0\t\t\tpath cost\t\t   0 (esc)
 max age\t\t  20.00\t\t\tbridge max age\t\t  20.00 (esc)
 hello time\t\t   2.00\t\t\tbridge hello time\t   2.00 (esc)
 forward delay\t\t  15.00\t\t\tbridge forward delay\t  15.00 (esc)
 ageing time\t\t 300.00 (esc)
 hello timer\t\t   1.00\t\t\ttcn timer\t\t   0.00 (esc)
 topology change timer\t   0.00\t\t\tgc timer\t\t   0.10 (esc)
 flags\t\t\t (esc)


eth1 (1)
 port id\t\t8001\t\t\tstate\t\t      listening (esc)
 designated root\t8000.00144f963829\tpath cost\t\t   4 (esc)
 designated bridge\t8000.00144f963829\tmessage age timer\t   0.00 (esc)
 designated port\t8001\t\t\tforward delay timer\t  13.00 (esc)
 designated cost\t   0\t\t\thold timer\t\t   0.00 (esc)
 flags\t\t\t (esc)

[root@ovs1 ~]# sleep 15
[root@ovs1 ~]# brctl showstp br0
br0
 bridge id\t\t8000.00144f963829 (esc)
 designated root\t8000.00144f963829 (esc)
 root port\t\t   0\t\t\tpath cost\t\t   0 (esc)
 max age\t\t  20.00\t\t\tbridge max age\t\t  20.00 (esc)
 hello time\t\t   2.00\t\t\tbridge hello time\t   2.00 (esc)
 forward delay\t\t  15.00\t\t\tbridge forward delay\t  15.00 (esc)
 ageing time\t\t 300.00 (esc)
 hello timer\t\t   2.00\t\t\ttcn timer\t\t   0.00 (esc)
 topology change timer\t   0.00\t\t\tgc timer\t\t   0.10 (esc)
 flags\t\t\t (esc)


eth1 (1)
 port id\t\t8001\t\t\tstate\t\t       learning (esc)
 designated root\t8000.00144f963829\tpath cost\t\t   4 (esc)
 designated bridge\t8000.00144f963829\tmessage age timer\t   0.00 (esc)
 designated port\t8001\t\t\tforward delay timer\t  11.00 (esc)
 designated cost\t   0\t\t\thold timer\t\t   0.00 (esc)
 flags\t\t\t (esc)

[root@ovs1 ~]# sleep 15
[root@ovs1 ~]# brctl showstp br0
br0
 bridge id\t\t8000.00144f963829 (esc)
 designated root\t8000.00144f963829 (esc)
 root port\t\t   0\t\t\tpath cost\t\t   0 (esc)
 max age\t\t  20.00\t\t\tbridge max age\t\t  20.00 (esc)
 hello time\t\t   2.00\t\t\tbridge hello time\t   2.00 (esc)
 forward delay\t\t  15.00\t\t\tbridge forward delay\t  15.00 (esc)
 ageing time\t\t 300.00 (esc)
 hello timer\t\t   1.00\t\t\ttcn timer\t\t   0.00 (esc)
 topology change timer\t  29.00\t\t\tgc timer\t\t   0.10 (esc)
 flags\t\t\tTOPOLOGY_CHANGE TOPOLOGY_CHANGE_DETECTED  (esc)


eth1 (1)
 port id\t\t8001\t\t\tstate\t\t     forwarding (esc)
 designated root\t8000.00144f963829\tpath cost\t\t   4 (esc)
 designated bridge\t8000.00144f963829\tmessage age timer\t   0.00 (esc)
 designated port\t8001\t\t\tforward delay timer\t   0.00 (esc)
 designated cost\t   0\t\t\thold timer\t\t   0.00 (esc)
 flags\t\t\t (esc)

[root@ovs1 ~]# sleep 40
[root@ovs1 ~]# brctl setageing br0 60
[root@ovs1 ~]# brctl setfd br0 4.5
[root@ovs1 ~]# brctl sethello br0 1
[root@ovs1 ~]# brctl setmaxage br0 10
[root@ovs1 ~]# brctl setbridgeprio br0 4096
[root@ovs1 ~]# brctl setpathcost br0 eth1 10
[root@ovs1 ~]# brctl setportprio br0 eth1 16
[root@ovs1 ~]# brctl showstp br0
br0
 bridge id\t\t1000.00144f963829 (esc)
 designated root\t1000.00144f963829 (esc)
 root port\t\t   0\t\t\tpath cost\t\t   0 (esc)
 max age\t\t  10.00\t\t\tbridge max age\t\t  10.00 (esc)
 hello time\t\t   1.00\t\t\tbridge hello time\t   1.00 (esc)
 forward delay\t\t   4.50\t\t\tbridge forward delay\t   4.50 (esc)
 ageing time\t\t  60.00 (esc)
 hello timer\t\t   1.00\t\t\ttcn timer\t\t   0.00 (esc)
 topology change timer\t   0.00\t\t\tgc timer\t\t   0.10 (esc)
 flags\t\t\t (esc)


eth1 (1)
 port id\t\t4001\t\t\tstate\t\t     forwarding (esc)
 designated root\t1000.00144f963829\tpath cost\t\t  10 (esc)
 designated bridge\t1000.00144f963829\tmessage age timer\t   0.00 (esc)
 designated port\t4001\t\t\tforward delay timer\t   0.00 (esc)
 designated cost\t   0\t\t\thold timer\t\t   0.00 (esc)
 flags\t\t\t (esc)

[root@ovs1 ~]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
br0\t\t1000.00144f963829\tyes\t\teth1 (esc)
br2\t\t8000.000000000000\tno\t\t (esc)
xenbr1\t\t8000.000000000000\tno\t\t (esc)
[root@ovs1 ~]# brctl delbr br0
bridge br0 is still up; can't delete it
[1]
[root@ovs1 ~]# brctl delif br0 eth1
[root@ovs1 ~]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
br0\t\t1000.000000000000\tyes\t\t (esc)
br2\t\t8000.000000000000\tno\t\t (esc)
xenbr1\t\t8000.000000000000\tno\t\t (esc)
[root@ovs1 ~]# ifconfig br0 down
[root@ovs1 ~]# brctl delbr br0
[root@ovs1 ~]# brctl delbr br2
[root@ovs1 ~]# brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
xenbr1\t\t8000.000000000000\tno\t\t (esc)
