---
world: lab-perms
---
root@primary:~# ssh dom0
root@dom0's password: 
[root@dom0 ~]# brctl addbr xenbr0
[root@dom0 ~]# brctl addif xenbr0 eth1
[root@dom0 ~]# exit
logout
Connection to dom0 closed.
root@primary:~# ssh oracle@dom0
oracle@dom0's password: 
[oracle@dom0 ~]$ brctl show
bridge name\tbridge id\t\tSTP enabled\tinterfaces (esc)
xenbr0\t\t8000.00144ffecd2f\tno\t\teth1 (esc)
[oracle@dom0 ~]$ brctl showmacs xenbr0
port no\tmac addr\t\tis local?\tageing timer (esc)
  1\t00:14:4f:fe:cd:2f\tyes\t\t   0.00 (esc)
[oracle@dom0 ~]$ brctl addbr br0
add bridge failed: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl delbr xenbr0
can't delete bridge xenbr0: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl delbr br9
can't delete bridge br9: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl addif xenbr0 eth0
can't add eth0 to bridge xenbr0: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl addif xenbr0 eth9
interface eth9 does not exist!
[1]
[oracle@dom0 ~]$ brctl delif xenbr0 eth1
can't delete eth1 from xenbr0: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl stp xenbr0 on
set stp status failed: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl setageing xenbr0 60
set ageing time failed: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl setfd xenbr0 4
set forward delay failed: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl sethello xenbr0 1
set hello timer failed: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl setmaxage xenbr0 10
set max age failed: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl setbridgeprio xenbr0 100
set bridge priority failed: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl setpathcost xenbr0 eth1 10
set path cost failed: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl setportprio xenbr0 eth1 10
set port priority failed: Operation not permitted
[1]
[oracle@dom0 ~]$ brctl showmacs eth0
read of forward table failed: Operation not supported
[1]
[oracle@dom0 ~]$ brctl showstp br9
br9: can't get info No such device
[1]
