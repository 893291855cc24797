---
world: t5-2
---
root@primary:~# ldm list-spconfig
factory-default [current]
root@primary:~# ldm add-domain ldg1
root@primary:~# ldm add-vcpu 8 ldg1
root@primary:~# ldm add-memory 4G ldg1
root@primary:~# ldm ls-spconfig
factory-default [next poweron]
root@primary:~# ldm add-spconfig initial
root@primary:~# ldm ls-spconfig
factory-default
initial [current]
root@primary:~# ldm add-variable auto-boot?=false boot-device=vdisk1 ldg1
root@primary:~# ldm list-variable ldg1
auto-boot?=false
boot-device=vdisk1
root@primary:~# ldm ls-spconfig
factory-default
initial [next poweron]
root@primary:~# ldm set-variable auto-boot?=true ldg1
root@primary:~# ldm set-var diag-switch?=true ldg1
root@primary:~# ldm list-var ldg1
auto-boot?=true
boot-device=vdisk1
diag-switch?=true
root@primary:~# ldm list-var boot-device ldg1
boot-device=vdisk1
root@primary:~# ldm set-var "nvramrc=devalias vd0 /virtual-devices@100/channel-devices@200/disk@0" ldg1
root@primary:~# ldm list-var nvramrc ldg1
nvramrc=devalias vd0 /virtual-devices@100/channel-devices@200/disk@0
root@primary:~# ldm rm-var diag-switch? nvramrc ldg1
root@primary:~# ldm list-var ldg1
auto-boot?=true
boot-device=vdisk1
root@primary:~# ldm add-var auto-boot?=false ldg1
Variable auto-boot? already exists in domain ldg1
[1]
root@primary:~# ldm add-var use-nvramrc?=true auto-boot?=false ldg1
Variable auto-boot? already exists in domain ldg1
[1]
root@primary:~# ldm list-var use-nvramrc? ldg1
Variable use-nvramrc? not found in domain ldg1
[1]
root@primary:~# ldm rm-var nvramrc ldg1
Variable nvramrc not found in domain ldg1
[1]
root@primary:~# ldm list-var auto-boot? nvramrc ldg1
auto-boot?=true
Variable nvramrc not found in domain ldg1
[1]
root@primary:~# ldm set-var ?boot=disk ldg1
Invalid variable name: ?boot
[1]
root@primary:~# ldm set-var auto-boot? ldg1
Usage:
    ldm set-variable <var-name>=[<value>]... ldom
[1]
root@primary:~# ldm add-var boot-file=-v ldgX
Domain ldgX not found
[1]
root@primary:~# ldm list-var ldgX
Domain ldgX not found
[1]
root@primary:~# ldm start-reconf primary
Initiating a delayed reconfiguration operation on the primary domain.
All configuration changes for other domains are disabled until the
primary domain reboots, at which time the new configuration for the
primary domain also takes effect.
root@primary:~# ldm set-var auto-boot?=false ldg1
------------------------------------------------------------------------------
Notice: The primary domain is in the process of a delayed reconfiguration.
Any changes made to the primary domain will only take effect after it reboots.
------------------------------------------------------------------------------
Delayed reconfiguration of LDom ldg1 is not permitted
[1]
root@primary:~# ldm cancel-reconf primary
root@primary:~# ldm add-spconfig initial
A configuration named initial already exists
[1]
root@primary:~# ldm add-spconfig test567890123456789212345678931234567894123456789512345678961234567897
Error: Operation failed because an invalid configuration name was given
[1]
root@primary:~# ldm add-spconfig test56789012345678921234567893123456789412345678951234567896123456789
root@primary:~# ldm rm-config test56789012345678921234567893123456789412345678951234567896123456789
root@primary:~# ldm add-config two
root@primary:~# ldm set-spconfig initial
root@primary:~# ldm list-config
factory-default
initial [next poweron]
two [current]
root@primary:~# ldm set-spconfig nosuch
Configuration nosuch not found
[1]
root@primary:~# ldm remove-spconfig nosuch
Configuration nosuch not found
[1]
root@primary:~# ldm remove-spconfig factory-default
The factory-default configuration cannot be removed
[1]
root@primary:~# ldm start-reconf primary
Initiating a delayed reconfiguration operation on the primary domain.
All configuration changes for other domains are disabled until the
primary domain reboots, at which time the new configuration for the
primary domain also takes effect.
root@primary:~# ldm set-vcpu 16 primary
------------------------------------------------------------------------------
Notice: The primary domain is in the process of a delayed reconfiguration.
Any changes made to the primary domain will only take effect after it reboots.
------------------------------------------------------------------------------
root@primary:~# ldm add-spconfig split
root@primary:~# ldm ls-spconfig
factory-default
initial
split [current]
two
root@primary:~# reboot
root@primary:~# ldm ls-spconfig
factory-default
initial
split [current]
two
root@primary:~# ldm add-spconfig c3
root@primary:~# ldm add-spconfig c4
root@primary:~# ldm add-spconfig c5
root@primary:~# ldm add-spconfig c6
root@primary:~# ldm add-spconfig c7
The maximum number of configurations (8) has been reached
[1]
root@primary:~# ldm ls-spconfig
factory-default
c3
c4
c5
c6 [current]
initial
split
two
root@primary:~# ldm set-config c3
root@primary:~# ldm rm-spconfig c3
root@primary:~# ldm ls-spconfig
factory-default [next poweron]
c4
c5
c6 [current]
initial
split
two
root@primary:~# ldm add-spconfig -r initial
vshell: ldm add-spconfig -r (autosave configurations): not simulated yet
[69]
root@primary:~# ldm remove-spconfig -r initial
vshell: ldm remove-spconfig -r (autosave configurations): not simulated yet
[69]
root@primary:~# ldm list-spconfig -r
vshell: ldm list-spconfig -r (autosave configurations): not simulated yet
[69]
