---
world: lab-perms
user: bob
---
bob@primary:~$ cat /export/project/plan.txt
1. wire the vswitch
2. carve the guests
bob@primary:~$ ls /export/project
plan.txt
bob@primary:~$ ls -l /export/shared
total 1
-rw-r--r--   1 bob      staff         18 Jan 15 09:00 bobs-notes
bob@primary:~$ echo "bob was here" >> /export/shared/bobs-notes
bob@primary:~$ rm /export/shared/bobs-notes
bob@primary:~$ ls /export/shared
bob@primary:~$ cd /export/home/alice
bob@primary:/export/home/alice$ ls -la
total 6
drwxr-xr-x   2 alice    staff          2 Jan 15 09:00 .
drwxr-xr-x   4 root     root           4 Jan 15 09:00 ..
bob@primary:/export/home/alice$ mkdir /export/home/alice/intruder
mkdir: Failed to make directory "/export/home/alice/intruder"; Permission denied
[2]
bob@primary:/export/home/alice$ pfbash
bob@primary:/export/home/alice$ cat /etc/secret
cat: cannot open /etc/secret: Permission denied
[2]
bob@primary:/export/home/alice$ exit
exit
[2]
