---
world: lab-perms
host: dom0
---
[root@dom0 ~]# ls /
bin   dev  export  lib\t  misc\topt   root  selinux  sys  usr  zones (esc)
boot  etc  home    media  mnt\tproc  sbin  srv      tmp  var (esc)
[root@dom0 ~]# ls -l /etc
total 16
-rw-r--r-- 1 root root    5 Jan 15 09:00 hostname
drwxr-xr-x 2 root root 4096 Jan 15 09:00 modprobe.d
drwxr-xr-x 2 root root 4096 Jan 15 09:00 ovs-agent
drwxr-xr-x 3 root root 4096 Jan 15 09:00 sysconfig
[root@dom0 ~]# ls -la /etc/ovs-agent
total 12
drwxr-xr-x 2 root root 4096 Jan 15 09:00 .
drwxr-xr-x 5 root root 4096 Jan 15 09:00 ..
-rw------- 1 root root    9 Jan 15 09:00 agent.ini
[root@dom0 ~]# ls | cat
[root@dom0 ~]# ls -z
ls: invalid option -- z
Try `ls --help' for more information.
[2]
[root@dom0 ~]# ls --bogus
ls: unrecognized option `--bogus'
Try `ls --help' for more information.
[2]
[root@dom0 ~]# ls /nope /etc
ls: /nope: No such file or directory
/etc:
hostname  modprobe.d  ovs-agent  sysconfig
[2]
[root@dom0 ~]# mkdir /tmp/d /tmp/d
mkdir: cannot create directory `/tmp/d': File exists
[1]
[root@dom0 ~]# mkdir
mkdir: missing operand
Try `mkdir --help' for more information.
[1]
[root@dom0 ~]# mkdir -m zz /tmp/e
mkdir: invalid mode `zz'
[1]
[root@dom0 ~]# rm /tmp/d
rm: cannot remove `/tmp/d': Is a directory
[1]
[root@dom0 ~]# rm /nope
rm: cannot remove `/nope': No such file or directory
[1]
[root@dom0 ~]# rm -r /tmp/d
[root@dom0 ~]# rmdir /etc
rmdir: `/etc': Directory not empty
[1]
[root@dom0 ~]# chmod zz /etc/hostname
chmod: invalid mode: `zz'
Try `chmod --help' for more information.
[1]
[root@dom0 ~]# chmod 600 /nope
chmod: cannot access `/nope': No such file or directory
[1]
[root@dom0 ~]# cat /nope /tmp
cat: /nope: No such file or directory
cat: /tmp: Is a directory
[1]
[root@dom0 ~]# uname -a
Linux dom0 2.6.39-400.215.10.el5uek #1 SMP Tue Dec 3 12:04:29 PST 2013 x86_64 x86_64 x86_64 GNU/Linux
[root@dom0 ~]# uname -srm
Linux 2.6.39-400.215.10.el5uek x86_64
[root@dom0 ~]# uname -x
uname: invalid option -- x
Try `uname --help' for more information.
[1]
[root@dom0 ~]# date
Thu Jan 15 09:00:21 UTC 2026
[root@dom0 ~]# date +%s
1768467622
[root@dom0 ~]# sleep 1m
[root@dom0 ~]# date
Thu Jan 15 09:01:24 UTC 2026
[root@dom0 ~]# sleep x
sleep: invalid time interval `x'
Try `sleep --help' for more information.
[1]
[root@dom0 ~]# sleep
sleep: missing operand
Try `sleep --help' for more information.
[1]
[root@dom0 ~]# hostname
dom0
[root@dom0 ~]# hostname dom0-b
[root@dom0-b ~]# man ls
No manual entry for ls
[16]
[root@dom0-b ~]# man ldm
No manual entry for ldm
[16]
[root@dom0-b ~]# pfbash
-bash: pfbash: command not found
[127]
[root@dom0-b ~]# help
GNU bash, version 3.2.25(1)-release (x86_64-redhat-linux-gnu)
These shell commands are defined internally.  Type `help' to see this list.
Type `help name' to find out more about the function `name'.
Use `info bash' to find out more about the shell in general.
Use `man -k' or `info' to find out more about commands not in this list.

A star (*) next to a name means that the command is disabled.

 job_spec [&]                            history [-c] [-d offset] [n] or hist>
...
