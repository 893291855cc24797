---
world: t5-2
---
root@primary:~# ldm set-vcpu 16 primary
root@primary:~# ldm set-memory 16G primary
root@primary:~# ldm add-domain ldg1
root@primary:~# ldm add-core 2 ldg1
root@primary:~# ldm add-memory 4G ldg1
root@primary:~# ldm list-constraints -p ldg1
VERSION 1.11
DOMAIN|name=ldg1
UUID|uuid=ab5dc9ed-6346-0f95-6f70-0d9db929ae8c
MAC|mac-addr=00:14:4f:fb:69:fb
HOSTID|hostid=0x84fb69fb
CONTROL|failure-policy=ignore
DEPENDENCY|master=
CORE|count=2
VCPU|count=16
MEMORY|size=4294967296
root@primary:~# ldm bind ldg1
root@primary:~# ldm list -o core,resmgmt ldg1
CORE
    CID    PCPUSET
    2      (16, 17, 18, 19, 20, 21, 22, 23)
    3      (24, 25, 26, 27, 28, 29, 30, 31)

CONSTRAINT
   whole-core
root@primary:~# ldm add-vcpu 4 ldg1
Domain ldg1 is whole-core constrained; use the -c option or the core commands
[1]
root@primary:~# ldm add-vcpu -c 1 ldg1
root@primary:~# ldm set-domain max-cores=3 ldg1
root@primary:~# ldm add-core 1 ldg1
The request exceeds the max-cores=3 constraint of domain ldg1
[1]
root@primary:~# ldm list -o resmgmt ldg1
CONSTRAINT
   whole-core
   max-cores=3
root@primary:~# ldm set-domain max-cores=unlimited ldg1
root@primary:~# ldm remove-core 1 ldg1
root@primary:~# ldm set-core cid=10,11 ldg1
root@primary:~# ldm add-core cid=11 ldg1
Core 11 is already assigned to domain ldg1
[1]
root@primary:~# ldm remove-core cid=12 ldg1
Core 12 is not assigned to domain ldg1
[1]
root@primary:~# ldm list -o core ldg1
CORE
    CID    PCPUSET
    10     (80, 81, 82, 83, 84, 85, 86, 87)
    11     (88, 89, 90, 91, 92, 93, 94, 95)
root@primary:~# ldm add-domain ldg2
root@primary:~# ldm add-core cid=11 ldg2
root@primary:~# ldm add-memory mblock=0x2000000000:2G ldg2
root@primary:~# ldm bind ldg2
Core 11 is not available
[1]
root@primary:~# ldm remove-core cid=11 ldg1
root@primary:~# ldm bind ldg2
root@primary:~# ldm list -l ldg2
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
ldg2             bound      ------  5001    8     2G

UUID
    3b866219-fcb2-596f-4967-dc879ff075d9

MAC
    00:14:4f:f9:df:ca

HOSTID
    0x84f9dfca

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

CORE
    CID    CPUSET
    11     (88, 89, 90, 91, 92, 93, 94, 95)

VCPU
    VID    PID    CID    UTIL STRAND
    0      88     11            100%
    1      89     11            100%
    2      90     11            100%
    3      91     11            100%
    4      92     11            100%
    5      93     11            100%
    6      94     11            100%
    7      95     11            100%

MEMORY
    RA               PA               SIZE
    0x10000000       0x2000000000     2G
root@primary:~# ldm start ldg1
LDom ldg1 started
root@primary:~# ldm add-memory --auto-adj 300M ldg1
Adjusting request size to 512M.
The ldg1 domain has been allocated 212M more memory
than requested because of memory alignment constraints.
root@primary:~# ldm remove-memory --auto-adj 300M ldg1
Adjusting request size to 256M.
root@primary:~# ldm list ldg1
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
ldg1             active     -t----  5000    8     4352M    5.2%  5.2%  3s
root@primary:~# ldm list-devices -a memory
MEMORY
    PA                   SIZE            BOUND
    0x0                  512K            _sys_
    0x80000              1536K           _sys_
    0x200000             94M             _sys_
    0x6000000            32M             _sys_
    0x8000000            896M            _sys_
    0x40000000           256M
    0x50000000           4352M           ldg1
    0x160000000          125440M
    0x2000000000         2G              ldg2
    0x2080000000         110G
    0x3c00000000         16G             primary
