---
world: crossbow-2008
---
crossbow# # no ipadm before Solaris 11: the 2008 Crossbow snapshot has ifconfig only
crossbow# ipadm
-bash: ipadm: command not found
[127]
crossbow# ipadm show-addr
-bash: ipadm: command not found
[127]
