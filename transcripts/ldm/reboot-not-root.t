---
world: lab-perms
user: alice
---
alice@primary:~$ reboot
reboot: permission denied
[1]
alice@primary:~$ init 6
init: permission denied
[1]
alice@primary:~$ init
Usage: init [0123456SsQqabc]
[1]
