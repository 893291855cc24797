---
world: two-hosts
---
root@primary:~# hostname
primary
root@primary:~# ssh backup
Password: 
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@backup:~# hostname
backup
root@backup:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      256   127G     8.1%  8.1%  23d 12h 11m
root@backup:~# exit
logout
Connection to backup closed.
root@primary:~# ssh root@10.10.0.12 hostname
Password: 
backup
root@primary:~# ssh nosuchhost
ssh: Could not resolve hostname nosuchhost: node name or service name not known
[255]
root@primary:~# ssh
usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]
           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]
           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]
           [-J destination] [-L address] [-l login_name] [-m mac_spec]
           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]
           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]
           destination [command [argument ...]]
[255]
root@primary:~# hostname
primary
