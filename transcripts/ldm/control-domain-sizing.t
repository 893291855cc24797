---
world: t5-2
---
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      256   255G     2.1%  2.1%  24d 10h 50m
root@primary:~# ldm start-reconf primary
Initiating a delayed reconfiguration operation on the primary domain.
All configuration changes for other domains are disabled until the
primary domain reboots, at which time the new configuration for the
primary domain also takes effect.
root@primary:~# ldm set-core 2 primary
------------------------------------------------------------------------------
Notice: The primary domain is in the process of a delayed reconfiguration.
Any changes made to the primary domain will only take effect after it reboots.
------------------------------------------------------------------------------
root@primary:~# ldm set-memory 16G primary
------------------------------------------------------------------------------
Notice: The primary domain is in the process of a delayed reconfiguration.
Any changes made to the primary domain will only take effect after it reboots.
------------------------------------------------------------------------------
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -ndc--  SP      256   255G     2.1%  2.1%  24d 10h 50m
root@primary:~# ldm list -o resmgmt primary
CONSTRAINT
   whole-core
root@primary:~# ldm list-constraints primary
DOMAIN
primary

UUID
    26c995b9-4bc8-5f69-6330-ae326c08e289

MAC
    00:21:28:8b:03:1c

HOSTID
    0x858b031c

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

CORE
    COUNT
    2

VCPU
    COUNT
    16

MAU
    COUNT
    32

MEMORY
    SIZE
    16G

CONSTRAINT
    whole-core

IO
    DEVICE           PSEUDONYM
    pci@300          pci_0
    pci@340          pci_1
    pci@380          pci_2
    pci@3c0          pci_3
root@primary:~# ldm add-domain ldg1
------------------------------------------------------------------------------
Notice: The primary domain is in the process of a delayed reconfiguration.
Any changes made to the primary domain will only take effect after it reboots.
------------------------------------------------------------------------------
Delayed reconfiguration of LDom ldg1 is not permitted
[1]
root@primary:~# ldm start-reconf primary
Domain primary is already in delayed reconfiguration
[1]
root@primary:~# shutdown -i6 -g0 -y

Shutdown started.    Thu Jan 15 09:00:10 UTC 2026

Changing to init state 6 - please wait
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  2m
root@primary:~# ldm list -o core,memory primary
CORE
    CID    PCPUSET
    0      (0, 1, 2, 3, 4, 5, 6, 7)
    1      (8, 9, 10, 11, 12, 13, 14, 15)

MEMORY
    RA               PA               SIZE
    0x3c00000000     0x3c00000000     16G
root@primary:~# ldm list-devices core
CORE
    ID      %FREE   CPUSET
    2       100     (16, 17, 18, 19, 20, 21, 22, 23)
    3       100     (24, 25, 26, 27, 28, 29, 30, 31)
    4       100     (32, 33, 34, 35, 36, 37, 38, 39)
    5       100     (40, 41, 42, 43, 44, 45, 46, 47)
    6       100     (48, 49, 50, 51, 52, 53, 54, 55)
    7       100     (56, 57, 58, 59, 60, 61, 62, 63)
    8       100     (64, 65, 66, 67, 68, 69, 70, 71)
    9       100     (72, 73, 74, 75, 76, 77, 78, 79)
    10      100     (80, 81, 82, 83, 84, 85, 86, 87)
    11      100     (88, 89, 90, 91, 92, 93, 94, 95)
    12      100     (96, 97, 98, 99, 100, 101, 102, 103)
    13      100     (104, 105, 106, 107, 108, 109, 110, 111)
    14      100     (112, 113, 114, 115, 116, 117, 118, 119)
    15      100     (120, 121, 122, 123, 124, 125, 126, 127)
    16      100     (128, 129, 130, 131, 132, 133, 134, 135)
    17      100     (136, 137, 138, 139, 140, 141, 142, 143)
    18      100     (144, 145, 146, 147, 148, 149, 150, 151)
    19      100     (152, 153, 154, 155, 156, 157, 158, 159)
    20      100     (160, 161, 162, 163, 164, 165, 166, 167)
    21      100     (168, 169, 170, 171, 172, 173, 174, 175)
    22      100     (176, 177, 178, 179, 180, 181, 182, 183)
    23      100     (184, 185, 186, 187, 188, 189, 190, 191)
    24      100     (192, 193, 194, 195, 196, 197, 198, 199)
    25      100     (200, 201, 202, 203, 204, 205, 206, 207)
    26      100     (208, 209, 210, 211, 212, 213, 214, 215)
    27      100     (216, 217, 218, 219, 220, 221, 222, 223)
    28      100     (224, 225, 226, 227, 228, 229, 230, 231)
    29      100     (232, 233, 234, 235, 236, 237, 238, 239)
    30      100     (240, 241, 242, 243, 244, 245, 246, 247)
    31      100     (248, 249, 250, 251, 252, 253, 254, 255)
root@primary:~# ldm add-domain ldg1
root@primary:~# ldm start-reconf primary
Initiating a delayed reconfiguration operation on the primary domain.
All configuration changes for other domains are disabled until the
primary domain reboots, at which time the new configuration for the
primary domain also takes effect.
root@primary:~# ldm set-memory 8G primary
------------------------------------------------------------------------------
Notice: The primary domain is in the process of a delayed reconfiguration.
Any changes made to the primary domain will only take effect after it reboots.
------------------------------------------------------------------------------
root@primary:~# ldm cancel-reconf primary
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  2m
ldg1             inactive   ------
root@primary:~# init 6
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  2m
ldg1             inactive   ------
root@primary:~# reboot
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  3m
ldg1             inactive   ------
