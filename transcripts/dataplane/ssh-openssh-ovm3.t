---
world: dataplane-lab
---
root@primary:~# # the OVM 3 dom0 (RHEL5's OpenSSH 4.3p2) on the lab network
root@primary:~# ssh ovs1
root@ovs1's password: 
[root@ovs1 ~]# ifconfig eth0 192.168.50.30 netmask 255.255.255.0 up
[root@ovs1 ~]# # nobody has .99: three ARP probes, then the kernel reports the host unreachable
[root@ovs1 ~]# date
Mon Feb  2 10:00:06 UTC 2026
[root@ovs1 ~]# ssh 192.168.50.99
ssh: connect to host 192.168.50.99 port 22: No route to host
[255]
[root@ovs1 ~]# date
Mon Feb  2 10:00:11 UTC 2026
[root@ovs1 ~]# # the web server listens on no ssh port
[root@ovs1 ~]# ssh 192.168.50.20
ssh: connect to host 192.168.50.20 port 22: Connection refused
[255]
[root@ovs1 ~]# # no route off the lab network (Linux hosts here have only their connected routes)
[root@ovs1 ~]# ssh 172.16.0.1
ssh: connect to host 172.16.0.1 port 22: Network is unreachable
[255]
[root@ovs1 ~]# ssh foo
ssh: foo: Name or service not known
[255]
[root@ovs1 ~]# ssh -z
ssh: illegal option -- z
usage: ssh [-1246AaCfgKkMNnqsTtVvXxY] [-b bind_address] [-c cipher_spec]
           [-D [bind_address:]port] [-e escape_char] [-F configfile]
           [-i identity_file] [-L [bind_address:]port:host:hostport]
           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]
           [-R [bind_address:]port:host:hostport] [-S ctl_path]
           [-w tunnel:tunnel] [user@]hostname [command]
[255]
[root@ovs1 ~]# # to itself: RHEL's sshd asks with the password method; there is no account oracle here
[root@ovs1 ~]# ssh oracle@192.168.50.30
oracle@192.168.50.30's password: 
Permission denied, please try again.
oracle@192.168.50.30's password: 
Permission denied, please try again.
oracle@192.168.50.30's password: 
Permission denied (publickey,gssapi-with-mic,password).
[255]
[root@ovs1 ~]# ssh 192.168.50.30
root@192.168.50.30's password: 
Last login: Mon Feb  2 10:00:03 2026 from 10.10.0.11
[root@ovs1 ~]# exit
logout
Connection to 192.168.50.30 closed.
