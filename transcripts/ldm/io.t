---
world: t5-2
---
root@primary:~# ldm list-io
NAME                                      TYPE   BUS      DOMAIN   STATUS   
----                                      ----   ---      ------   ------   
pci_0                                     BUS    pci_0    primary  IOV      
pci_1                                     BUS    pci_1    primary  IOV      
pci_2                                     BUS    pci_2    primary  IOV      
pci_3                                     BUS    pci_3    primary  IOV      
/SYS/MB/PCIE1                             PCIE   pci_0    primary  OCC      
/SYS/MB/SASHBA0                           PCIE   pci_0    primary  OCC      
/SYS/MB/NET0                              PCIE   pci_0    primary  OCC      
/SYS/MB/PCIE5                             PCIE   pci_1    primary  OCC      
/SYS/MB/PCIE6                             PCIE   pci_1    primary  OCC      
/SYS/MB/PCIE7                             PCIE   pci_1    primary  OCC      
/SYS/MB/PCIE2                             PCIE   pci_2    primary  OCC      
/SYS/MB/PCIE3                             PCIE   pci_2    primary  OCC      
/SYS/MB/PCIE4                             PCIE   pci_2    primary  OCC      
/SYS/MB/PCIE8                             PCIE   pci_3    primary  OCC      
/SYS/MB/SASHBA1                           PCIE   pci_3    primary  OCC      
/SYS/MB/NET2                              PCIE   pci_3    primary  OCC      
root@primary:~# ldm list-devices -a io
IO
    DEVICE           PSEUDONYM        BOUND   OPTIONS
    pci@300          pci_0            yes
    pci@340          pci_1            yes
    pci@380          pci_2            yes
    pci@3c0          pci_3            yes
root@primary:~# ldm set-vcpu 16 primary
root@primary:~# ldm set-memory 16G primary
root@primary:~# ldm add-domain ldg1
root@primary:~# ldm add-vcpu 8 ldg1
root@primary:~# ldm add-memory 4G ldg1
root@primary:~# ldm remove-io pci_0 primary
I/O device pci_0 holds the boot disk of domain primary and cannot be removed
[1]
root@primary:~# ldm remove-io /SYS/MB/SASHBA0 primary
I/O device /SYS/MB/SASHBA0 holds the boot disk of domain primary and cannot be removed
[1]
root@primary:~# ldm remove-io pci_9 primary
Invalid I/O device: pci_9
[1]
root@primary:~# ldm remove-io pci_1 ldg1
I/O device pci_1 is not assigned to domain ldg1
[1]
root@primary:~# ldm remove-io pci_1 primary
Initiating a delayed reconfiguration operation on the primary domain.
All configuration changes for other domains are disabled until the
primary domain reboots, at which time the new configuration for the
primary domain also takes effect.
root@primary:~# ldm rm-io /SYS/MB/PCIE2 primary
------------------------------------------------------------------------------
Notice: The primary domain is in the process of a delayed reconfiguration.
Any changes made to the primary domain will only take effect after it reboots.
------------------------------------------------------------------------------
root@primary:~# ldm remove-io pci_1 primary
I/O device pci_1 is not assigned to domain primary
[1]
root@primary:~# ldm add-io pci_1 ldg1
------------------------------------------------------------------------------
Notice: The primary domain is in the process of a delayed reconfiguration.
Any changes made to the primary domain will only take effect after it reboots.
------------------------------------------------------------------------------
Delayed reconfiguration of LDom ldg1 is not permitted
[1]
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -ndc--  SP      16    16G      2.1%  2.1%  24d 10h 50m
ldg1             inactive   ------          8     4G
root@primary:~# ldm list-io pci_1
NAME                                      TYPE   BUS      DOMAIN   STATUS   
----                                      ----   ---      ------   ------   
pci_1                                     BUS    pci_1    primary  IOV      
/SYS/MB/PCIE5                             PCIE   pci_1    primary  OCC      
/SYS/MB/PCIE6                             PCIE   pci_1    primary  OCC      
/SYS/MB/PCIE7                             PCIE   pci_1    primary  OCC      
root@primary:~# reboot
root@primary:~# ldm list-io
NAME                                      TYPE   BUS      DOMAIN   STATUS   
----                                      ----   ---      ------   ------   
pci_0                                     BUS    pci_0    primary  IOV      
pci_1                                     BUS    pci_1
pci_2                                     BUS    pci_2    primary  IOV      
pci_3                                     BUS    pci_3    primary  IOV      
/SYS/MB/PCIE1                             PCIE   pci_0    primary  OCC      
/SYS/MB/SASHBA0                           PCIE   pci_0    primary  OCC      
/SYS/MB/NET0                              PCIE   pci_0    primary  OCC      
/SYS/MB/PCIE5                             PCIE   pci_1             UNK      
/SYS/MB/PCIE6                             PCIE   pci_1             UNK      
/SYS/MB/PCIE7                             PCIE   pci_1             UNK      
/SYS/MB/PCIE2                             PCIE   pci_2             OCC      
/SYS/MB/PCIE3                             PCIE   pci_2    primary  OCC      
/SYS/MB/PCIE4                             PCIE   pci_2    primary  OCC      
/SYS/MB/PCIE8                             PCIE   pci_3    primary  OCC      
/SYS/MB/SASHBA1                           PCIE   pci_3    primary  OCC      
/SYS/MB/NET2                              PCIE   pci_3    primary  OCC      
root@primary:~# ldm list-devices io
IO
    DEVICE           PSEUDONYM        BOUND   OPTIONS
    pci@340          pci_1            no
root@primary:~# ldm add-io pci_1 ldg1
root@primary:~# ldm add-io pci_1 ldg1
I/O device pci_1 is already assigned to domain ldg1
[1]
root@primary:~# ldm add-io pci_2 ldg1
I/O device pci_2 is already assigned to domain primary
[1]
root@primary:~# ldm add-io /SYS/MB/PCIE2 ldg1
root@primary:~# ldm bind ldg1
root@primary:~# ldm start ldg1
LDom ldg1 started
root@primary:~# ldm list -o physio ldg1
IO
    DEVICE           PSEUDONYM        OPTIONS
    pci@340          pci_1
    pci@380/pci@1/pci@0/pci@0 /SYS/MB/PCIE2
root@primary:~# ldm list-bindings -p ldg1
VERSION 1.11
DOMAIN|name=ldg1|state=active|flags=transition|cons=5000|ncpu=8|mem=4294967296|util=5.2|uptime=2|norm_util=5.2
UUID|uuid=ab5dc9ed-6346-0f95-6f70-0d9db929ae8c
MAC|mac-addr=00:14:4f:fb:69:fb
HOSTID|hostid=0x84fb69fb
CONTROL|failure-policy=ignore
DEPENDENCY|master=
CORE
|cid=2|cpuset=16,17,18,19,20,21,22,23
VCPU
|vid=0|pid=16|cid=2|util=1.0%|strand=100
|vid=1|pid=17|cid=2|util=1.7%|strand=100
|vid=2|pid=18|cid=2|util=7.4%|strand=100
|vid=3|pid=19|cid=2|util=13.3%|strand=100
|vid=4|pid=20|cid=2|util=7.5%|strand=100
|vid=5|pid=21|cid=2|util=4.8%|strand=100
|vid=6|pid=22|cid=2|util=26.5%|strand=100
|vid=7|pid=23|cid=2|util=3.1%|strand=100
MEMORY
|ra=0x10000000|pa=0x40000000|size=4294967296
IO
|dev=pci@340|alias=pci_1
|dev=pci@380/pci@1/pci@0/pci@0|alias=/SYS/MB/PCIE2
root@primary:~# ldm ls-io pci_1
NAME                                      TYPE   BUS      DOMAIN   STATUS   
----                                      ----   ---      ------   ------   
pci_1                                     BUS    pci_1    ldg1     IOV      
/SYS/MB/PCIE5                             PCIE   pci_1    ldg1     OCC      
/SYS/MB/PCIE6                             PCIE   pci_1    ldg1     OCC      
/SYS/MB/PCIE7                             PCIE   pci_1    ldg1     OCC      
root@primary:~# ldm remove-io /SYS/MB/PCIE7 ldg1
Dynamic I/O operations on PCIe slots are not supported.
Use start-reconf command to trigger delayed reconfiguration and make I/O
changes statically.
[1]
root@primary:~# ldm remove-io pci_1 ldg1
Dynamic I/O operations on PCIe buses are not supported.
Use start-reconf command to trigger delayed reconfiguration and make I/O
changes statically.
[1]
root@primary:~# ldm add-io /SYS/MB/PCIE3 ldg1
I/O device /SYS/MB/PCIE3 is already assigned to domain primary
[1]
root@primary:~# ldm start-reconf ldg1
Initiating a delayed reconfiguration operation on the ldg1 domain.
All configuration changes for other domains are disabled until the ldg1
domain reboots, at which time the new configuration for the ldg1 domain
will also take effect.
root@primary:~# ldm remove-io /SYS/MB/PCIE7 ldg1
------------------------------------------------------------------------------
Notice: The ldg1 domain is in the process of a delayed reconfiguration.
Any changes made to the ldg1 domain will only take effect after it reboots.
------------------------------------------------------------------------------
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  2m
ldg1             active     -td---  5000    8     4G       5.2%  5.2%  9s
root@primary:~# ldm add-vcpu 8 primary
------------------------------------------------------------------------------
Notice: The ldg1 domain is in the process of a delayed reconfiguration.
Any changes made to the ldg1 domain will only take effect after it reboots.
------------------------------------------------------------------------------
Delayed reconfiguration of LDom primary is not permitted
[1]
root@primary:~# ldm stop ldg1
LDom ldg1 stopped
root@primary:~# ldm ls-io pci_1
NAME                                      TYPE   BUS      DOMAIN   STATUS   
----                                      ----   ---      ------   ------   
pci_1                                     BUS    pci_1    ldg1     IOV      
/SYS/MB/PCIE5                             PCIE   pci_1    ldg1     UNK      
/SYS/MB/PCIE6                             PCIE   pci_1    ldg1     UNK      
/SYS/MB/PCIE7                             PCIE   pci_1             UNK      
root@primary:~# ldm remove-io -n pci_1 ldg1
root@primary:~# ldm unbind ldg1
root@primary:~# ldm start-reconf ldg1
Domain ldg1 is not active
[1]
root@primary:~# ldm remove-io /SYS/MB/PCIE2 ldg1
root@primary:~# ldm add-io /SYS/MB/PCIE5 ldg1
I/O device /SYS/MB/PCIE5 is already assigned to domain ldg1
[1]
root@primary:~# ldm remove-io pci_1 ldg1
root@primary:~# ldm set-io iov=off pci_1
root@primary:~# ldm list-io pci_1
NAME                                      TYPE   BUS      DOMAIN   STATUS   
----                                      ----   ---      ------   ------   
pci_1                                     BUS    pci_1
/SYS/MB/PCIE5                             PCIE   pci_1             UNK      
/SYS/MB/PCIE6                             PCIE   pci_1             UNK      
/SYS/MB/PCIE7                             PCIE   pci_1             UNK      
root@primary:~# ldm add-io /SYS/MB/PCIE7 ldg1
I/O virtualization is not enabled on bus pci_1; use ldm set-io iov=on pci_1
[1]
root@primary:~# ldm add-io iov=on pci_1 primary
Initiating a delayed reconfiguration operation on the primary domain.
All configuration changes for other domains are disabled until the
primary domain reboots, at which time the new configuration for the
primary domain also takes effect.
root@primary:~# ldm list-io -p pci_1
VERSION 1.11
IO|name=pci_1|type=BUS|bus=pci_1|domain=|status=
IO|name=/SYS/MB/PCIE5|type=PCIE|bus=pci_1|domain=|status=UNK
IO|name=/SYS/MB/PCIE6|type=PCIE|bus=pci_1|domain=|status=UNK
IO|name=/SYS/MB/PCIE7|type=PCIE|bus=pci_1|domain=|status=UNK
root@primary:~# reboot
root@primary:~# ldm list-io -p pci_1
VERSION 1.11
IO|name=pci_1|type=BUS|bus=pci_1|domain=primary|status=IOV
IO|name=/SYS/MB/PCIE5|type=PCIE|bus=pci_1|domain=primary|status=OCC
IO|name=/SYS/MB/PCIE6|type=PCIE|bus=pci_1|domain=primary|status=OCC
IO|name=/SYS/MB/PCIE7|type=PCIE|bus=pci_1|domain=|status=OCC
root@primary:~# ldm add-io /SYS/MB/PCIE7 ldg1
root@primary:~# ldm remove-domain ldg1
root@primary:~# ldm add-io /SYS/MB/PCIE7 primary
Initiating a delayed reconfiguration operation on the primary domain.
All configuration changes for other domains are disabled until the
primary domain reboots, at which time the new configuration for the
primary domain also takes effect.
root@primary:~# ldm cancel-reconf primary
root@primary:~# ldm list-io pci_1
NAME                                      TYPE   BUS      DOMAIN   STATUS   
----                                      ----   ---      ------   ------   
pci_1                                     BUS    pci_1    primary  IOV      
/SYS/MB/PCIE5                             PCIE   pci_1    primary  OCC      
/SYS/MB/PCIE6                             PCIE   pci_1    primary  OCC      
/SYS/MB/PCIE7                             PCIE   pci_1             OCC      
root@primary:~# ldm list-io nosuch
Invalid I/O device: nosuch
[1]
root@primary:~# ldm set-io iov=on /SYS/MB/PCIE5
Invalid I/O device: /SYS/MB/PCIE5
[1]
root@primary:~# ldm add-io iov=on /SYS/MB/PCIE5 primary
Usage:
    ldm add-io [iov=on|off] bus ldom
    ldm add-io (device | vf-name) ldom
[1]
root@primary:~# ldm list-io -l
vshell: ldm list-io -l: not simulated yet
[69]
root@primary:~# ldm set-io mtu=9000 /SYS/MB/NET0/IOVNET.PF0.VF0
vshell: ldm set-io of SR-IOV virtual functions: not simulated yet
[69]
