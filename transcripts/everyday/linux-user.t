---
world: lab-perms
host: dom0
user: oracle
---
[oracle@dom0 ~]$ cat /etc/ovs-agent/agent.ini
cat: /etc/ovs-agent/agent.ini: Permission denied
[1]
[oracle@dom0 ~]$ ls /etc/ovs-agent
agent.ini
[oracle@dom0 ~]$ hostname dom0-b
hostname: you must be root to change the host name
[1]
[oracle@dom0 ~]$ rm /etc/hostname
rm: cannot remove `/etc/hostname': Permission denied
[1]
[oracle@dom0 ~]$ chmod 777 /etc/hostname
chmod: changing permissions of `/etc/hostname': Operation not permitted
[1]
[oracle@dom0 ~]$ mkdir /etc/x
mkdir: cannot create directory `/etc/x': Permission denied
[1]
[oracle@dom0 ~]$ echo x > /etc/x
-bash: /etc/x: Permission denied
[1]
