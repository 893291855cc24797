---
world: lab-perms
---
root@primary:~# ssh oracle@dom0
oracle@dom0's password: 
[oracle@dom0 ~]$ ifup eth1
Users cannot control this device.
[1]
[oracle@dom0 ~]$ ifdown eth0
Users cannot control this device.
[1]
[oracle@dom0 ~]$ service network restart
[4]
[oracle@dom0 ~]$ echo $?
4
[oracle@dom0 ~]$ service network status
Configured devices:
lo eth0 eth1
Currently active devices:
lo eth0
[oracle@dom0 ~]$ modprobe bonding
FATAL: Error inserting bonding: Operation not permitted
[1]
[oracle@dom0 ~]$ exit
logout
Connection to dom0 closed.
[1]
