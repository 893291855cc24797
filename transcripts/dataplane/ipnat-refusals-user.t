---
world: nat-lab
user: alice
---
alice@gw:~$ # an ordinary user cannot open IP Filter's device; the options are checked first
alice@gw:~$ ipnat -l
open device: Permission denied
User/kernel version check failed
[1]
alice@gw:~$ ipnat -CF -f /etc/ipf/ipnat.conf
open device: Permission denied
User/kernel version check failed
[1]
alice@gw:~$ ipnat -q
ipnat: illegal option -- q
Usage: ipnat [-CdFhlnrRsv] [-f filename] [-G|-z zonename]
[1]
