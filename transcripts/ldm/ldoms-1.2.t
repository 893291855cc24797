---
world: t5120-ldoms12
---
primary# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-c-           64    32640M    12%  17d 12h 27m
primary# ldm add-domain ldg1
primary# ldm add-vcpu 8 ldg1
primary# ldm add-memory 1024m ldg1
primary# ldm set-vcpu 8 primary
primary# ldm set-memory 4G primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
primary# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -ndc-           8     32640M    12%  17d 12h 28m
ldg1             inactive -----           8     1G
primary# ldm bind ldg1
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
Delayed reconfiguration of LDom ldg1 is not permitted
[1]
primary# ldm set-crypto 1 primary
Notice: LDom primary is in the process of a delayed
reconfiguration. Any changes made to this LDom will only take
effect after it reboots.
primary# ldm cancel-operation reconf primary
primary# ldm set-memory 4G primary
Initiating delayed reconfigure operation on LDom primary. All
configuration changes for other LDoms are disabled until the
LDom reboots, at which time the new configuration for LDom
primary will also take effect.
primary# reboot
primary# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-c-           8     4G        12%  3m
ldg1             inactive -----           8     1G
primary# ldm bind ldg1
primary# ldm start ldg1
LDom ldg1 started
primary# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-c-           8     4G        12%  3m
ldg1             active   -t---   5000    8     1G       2.8%  1s
primary# ldm add-memory 256M ldg1
Domain ldg1 is active; stop it before changing this resource
[1]
primary# ldm list-devices -a crypto memory
MAU
    CPUSET                                  BOUND
    (0, 1, 2, 3, 4, 5, 6, 7)                primary
    (8, 9, 10, 11, 12, 13, 14, 15)
    (16, 17, 18, 19, 20, 21, 22, 23)
    (24, 25, 26, 27, 28, 29, 30, 31)
    (32, 33, 34, 35, 36, 37, 38, 39)
    (40, 41, 42, 43, 44, 45, 46, 47)
    (48, 49, 50, 51, 52, 53, 54, 55)
    (56, 57, 58, 59, 60, 61, 62, 63)
 
MEMORY
    PA                   SIZE            BOUND
    0x0                  512K            _sys_
    0x80000              1536K           _sys_
    0x200000             94M             _sys_
    0x6000000            32M             _sys_
    0x8000000            1G              ldg1
    0x48000000           27520M
    0x700000000          4G              primary
