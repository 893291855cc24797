---
world: two-hosts
---
root@primary:~# # Solaris 11.4's OpenSSH client: the same failures exit 255
root@primary:~# ssh backup
Password: 
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@backup:~# svcadm disable svc:/network/ssh:default
root@backup:~# exit
logout
Connection to backup closed.
root@primary:~# ssh backup
ssh: connect to host backup port 22: Connection refused
[255]
root@primary:~# ssh nobody@primary
Password: 
Permission denied, please try again.
Password: 
Permission denied, please try again.
Password: 
nobody@primary: Permission denied (publickey,password,keyboard-interactive).
[255]
root@primary:~# # 10.10.0.99 is on the management network but nobody has it: Solaris retries until it gives up
root@primary:~# date
Thu Jan 15 09:00:12 UTC 2026
root@primary:~# ssh 10.10.0.99
ssh: connect to host 10.10.0.99 port 22: Connection timed out
[255]
root@primary:~# date
Thu Jan 15 09:03:14 UTC 2026
root@primary:~# ssh -p 0 backup
Bad port '0'
[255]
root@primary:~# ssh primary true
Password: 
root@primary:~# ssh primary 'exit 3'
Password: 
[3]
