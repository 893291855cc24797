---
world: t5-2
---
root@primary:~# ldm set-vcpu 16 primary
root@primary:~# ldm set-crypto 2 primary
root@primary:~# ldm set-memory 16G primary
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  24d 10h 50m
root@primary:~# ldm add-domain ldg1
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  24d 10h 50m
ldg1             inactive   ------
root@primary:~# ldm add-vcpu 8 ldg1
root@primary:~# ldm add-memory 4G ldg1
root@primary:~# ldm add-crypto 1 ldg1
root@primary:~# ldm list ldg1
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
ldg1             inactive   ------          8     4G
root@primary:~# ldm list-constraints ldg1
DOMAIN
ldg1

UUID
    ab5dc9ed-6346-0f95-6f70-0d9db929ae8c

MAC
    00:14:4f:fb:69:fb

HOSTID
    0x84fb69fb

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

VCPU
    COUNT
    8

MAU
    COUNT
    1

MEMORY
    SIZE
    4G
root@primary:~# ldm bind-domain ldg1
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  24d 10h 50m
ldg1             bound      ------  5000    8     4G
root@primary:~# ldm list -l ldg1
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
ldg1             bound      ------  5000    8     4G

UUID
    ab5dc9ed-6346-0f95-6f70-0d9db929ae8c

MAC
    00:14:4f:fb:69:fb

HOSTID
    0x84fb69fb

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

CORE
    CID    CPUSET
    2      (16, 17, 18, 19, 20, 21, 22, 23)

VCPU
    VID    PID    CID    UTIL STRAND
    0      16     2             100%
    1      17     2             100%
    2      18     2             100%
    3      19     2             100%
    4      20     2             100%
    5      21     2             100%
    6      22     2             100%
    7      23     2             100%

MAU
    ID     CPUSET
    2      (16, 17, 18, 19, 20, 21, 22, 23)

MEMORY
    RA               PA               SIZE
    0x10000000       0x40000000       4G
root@primary:~# ldm start-domain ldg1
LDom ldg1 started
root@primary:~# sleep 125
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  24d 10h 52m
ldg1             active     -t----  5000    8     4G       5.2%  5.2%  2m
root@primary:~# ldm list -p
VERSION 1.11
DOMAIN|name=primary|state=active|flags=-n-c--|cons=SP|ncpu=16|mem=17179869184|util=2.1|uptime=2112758|norm_util=2.1
DOMAIN|name=ldg1|state=active|flags=-t----|cons=5000|ncpu=8|mem=4294967296|util=5.2|uptime=128|norm_util=5.2
root@primary:~# ldm list -l -p ldg1
VERSION 1.11
DOMAIN|name=ldg1|state=active|flags=transition|cons=5000|ncpu=8|mem=4294967296|util=5.2|uptime=129|norm_util=5.2
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
MAU
|id=2|cpuset=16,17,18,19,20,21,22,23
MEMORY
|ra=0x10000000|pa=0x40000000|size=4294967296
root@primary:~# ldm list -o cpu,memory ldg1
VCPU
    VID    PID    CID    UTIL STRAND
    0      16     2      1.0%   100%
    1      17     2      1.7%   100%
    2      18     2      7.4%   100%
    3      19     2      13.3%   100%
    4      20     2      7.5%   100%
    5      21     2      4.8%   100%
    6      22     2      26.5%   100%
    7      23     2      3.1%   100%

MEMORY
    RA               PA               SIZE
    0x10000000       0x40000000       4G
root@primary:~# ldm list -o crypto,resmgmt ldg1
MAU
    ID     CPUSET
    2      (16, 17, 18, 19, 20, 21, 22, 23)

CONSTRAINT
root@primary:~# ldm list -e ldg1
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
ldg1             active     -t----  5000    8     4G       5.2%  5.2%  2m

SOFTSTATE
OpenBoot Running

UUID
    ab5dc9ed-6346-0f95-6f70-0d9db929ae8c

MAC
    00:14:4f:fb:69:fb

HOSTID
    0x84fb69fb

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

CORE
    CID    CPUSET
    2      (16, 17, 18, 19, 20, 21, 22, 23)

VCPU
    VID    PID    CID    UTIL STRAND
    0      16     2      1.0%   100%
    1      17     2      1.7%   100%
    2      18     2      7.4%   100%
    3      19     2      13.3%   100%
    4      20     2      7.5%   100%
    5      21     2      4.8%   100%
    6      22     2      26.5%   100%
    7      23     2      3.1%   100%

MAU
    ID     CPUSET
    2      (16, 17, 18, 19, 20, 21, 22, 23)

MEMORY
    RA               PA               SIZE
    0x10000000       0x40000000       4G
root@primary:~# ldm list-bindings ldg1
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
ldg1             active     -t----  5000    8     4G       5.2%  5.2%  2m

UUID
    ab5dc9ed-6346-0f95-6f70-0d9db929ae8c

MAC
    00:14:4f:fb:69:fb

HOSTID
    0x84fb69fb

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

CORE
    CID    CPUSET
    2      (16, 17, 18, 19, 20, 21, 22, 23)

VCPU
    VID    PID    CID    UTIL STRAND
    0      16     2      1.0%   100%
    1      17     2      1.7%   100%
    2      18     2      7.4%   100%
    3      19     2      13.3%   100%
    4      20     2      7.5%   100%
    5      21     2      4.8%   100%
    6      22     2      26.5%   100%
    7      23     2      3.1%   100%

MAU
    ID     CPUSET
    2      (16, 17, 18, 19, 20, 21, 22, 23)

MEMORY
    RA               PA               SIZE
    0x10000000       0x40000000       4G
root@primary:~# ldm list-devices core memory
CORE
    ID      %FREE   CPUSET
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
    
MEMORY
    PA                   SIZE            BOUND
    0x140000000          235G
root@primary:~# ldm list-devices -a crypto
MAU
    ID      CPUSET                                  BOUND
    0       (0, 1, 2, 3, 4, 5, 6, 7)                primary
    1       (8, 9, 10, 11, 12, 13, 14, 15)          primary
    2       (16, 17, 18, 19, 20, 21, 22, 23)        ldg1
    3       (24, 25, 26, 27, 28, 29, 30, 31)
    4       (32, 33, 34, 35, 36, 37, 38, 39)
    5       (40, 41, 42, 43, 44, 45, 46, 47)
    6       (48, 49, 50, 51, 52, 53, 54, 55)
    7       (56, 57, 58, 59, 60, 61, 62, 63)
    8       (64, 65, 66, 67, 68, 69, 70, 71)
    9       (72, 73, 74, 75, 76, 77, 78, 79)
    10      (80, 81, 82, 83, 84, 85, 86, 87)
    11      (88, 89, 90, 91, 92, 93, 94, 95)
    12      (96, 97, 98, 99, 100, 101, 102, 103)
    13      (104, 105, 106, 107, 108, 109, 110, 111)
    14      (112, 113, 114, 115, 116, 117, 118, 119)
    15      (120, 121, 122, 123, 124, 125, 126, 127)
    16      (128, 129, 130, 131, 132, 133, 134, 135)
    17      (136, 137, 138, 139, 140, 141, 142, 143)
    18      (144, 145, 146, 147, 148, 149, 150, 151)
    19      (152, 153, 154, 155, 156, 157, 158, 159)
    20      (160, 161, 162, 163, 164, 165, 166, 167)
    21      (168, 169, 170, 171, 172, 173, 174, 175)
    22      (176, 177, 178, 179, 180, 181, 182, 183)
    23      (184, 185, 186, 187, 188, 189, 190, 191)
    24      (192, 193, 194, 195, 196, 197, 198, 199)
    25      (200, 201, 202, 203, 204, 205, 206, 207)
    26      (208, 209, 210, 211, 212, 213, 214, 215)
    27      (216, 217, 218, 219, 220, 221, 222, 223)
    28      (224, 225, 226, 227, 228, 229, 230, 231)
    29      (232, 233, 234, 235, 236, 237, 238, 239)
    30      (240, 241, 242, 243, 244, 245, 246, 247)
    31      (248, 249, 250, 251, 252, 253, 254, 255)
root@primary:~# ldm stop-domain ldg1
LDom ldg1 stopped
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  24d 10h 52m
ldg1             bound      ------  5000    8     4G
root@primary:~# ldm unbind-domain ldg1
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  24d 10h 52m
ldg1             inactive   ------          8     4G
root@primary:~# ldm remove-domain ldg1
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      16    16G      2.1%  2.1%  24d 10h 52m
