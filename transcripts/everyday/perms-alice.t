---
world: lab-perms
user: alice
---
alice@primary:~$ cat /etc/secret
cat: cannot open /etc/secret: Permission denied
[2]
alice@primary:~$ ls -l /etc/secret
-rw-------   1 root     root          30 Jan 15 09:00 /etc/secret
alice@primary:~$ ls /opt/locked
/opt/locked: Permission denied
[2]
alice@primary:~$ ls -ld /opt/locked
drwx------   2 root     root           2 Jan 15 09:00 /opt/locked
alice@primary:~$ cd /opt/locked
-bash: cd: /opt/locked: Permission denied
[1]
alice@primary:~$ ls -l /export
total 9
drwxr-xr-x   4 root     root           4 Jan 15 09:00 home
drwxr-x---   2 alice    dev            3 Jan 15 09:00 project
drwxrwxrwt   2 root     root           3 Jan 15 09:00 shared
alice@primary:~$ ls -l /export/project
total 1
-rw-r-----   1 alice    dev           40 Jan 15 09:00 plan.txt
alice@primary:~$ cat /export/project/plan.txt
1. wire the vswitch
2. carve the guests
alice@primary:~$ echo "3. test" >> /export/project/plan.txt
alice@primary:~$ echo hi > /etc/mine
-bash: /etc/mine: Permission denied
[1]
alice@primary:~$ cat < /etc/secret
-bash: /etc/secret: Permission denied
[1]
alice@primary:~$ mkdir /etc/mine
mkdir: Failed to make directory "/etc/mine"; Permission denied
[2]
alice@primary:~$ mkdir -p /opt/locked/sub
mkdir: "/opt/locked/sub": Permission denied
[2]
alice@primary:~$ echo hi > /tmp/mine
alice@primary:~$ ls -l /tmp
total 1
-rw-r--r--   1 alice    staff          3 Jan 15 09:00 mine
alice@primary:~$ chmod 600 /tmp/mine
alice@primary:~$ chmod 777 /etc/secret
chmod: WARNING: can't change /etc/secret
[1]
alice@primary:~$ chmod -R 700 /export/shared
chmod: WARNING: can't change /export/shared
chmod: WARNING: can't change /export/shared/bobs-notes
[1]
alice@primary:~$ rm /export/shared/bobs-notes
rm: /export/shared/bobs-notes not removed: Permission denied
[2]
alice@primary:~$ rm /etc/nodename
rm: /etc/nodename not removed: Permission denied
[2]
alice@primary:~$ rm -r /opt/locked
rm: cannot read directory /opt/locked: Permission denied
[2]
alice@primary:~$ rmdir /opt/locked
rmdir: directory "/opt/locked": Search or write permission needed
[2]
alice@primary:~$ hostname newname
hostname: error in setting name: Not owner
[1]
alice@primary:~$ uname -S x
uname: error in setting name: Not owner
[1]
alice@primary:~$ sudo cat /etc/secret
the root password is not here
alice@primary:~$ sudo mkdir /etc/mine
alice@primary:~$ ls -ld /etc/mine
drwxr-xr-x   2 root     root           2 Jan 15 09:00 /etc/mine
alice@primary:~$ cd
alice@primary:~$ pwd
/export/home/alice
alice@primary:~$ mkdir notes; ls -ld notes
drwxr-xr-x   2 alice    staff          2 Jan 15 09:00 notes
alice@primary:~$ echo $USER $HOME
alice /export/home/alice
