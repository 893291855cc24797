---
world: t5-2
---
root@primary:~# ldm set-vcpu 8 primary
root@primary:~# ldm set-memory 8G primary
root@primary:~# ldm add-domain ldg1 ldg2 ldg3
root@primary:~# ldm set-domain failure-policy=reset master=ldg1 ldg2
root@primary:~# ldm set-domain failure-policy= ldg2
Usage:
    ldm set-domain -i file
    ldm set-domain [cpu-arch=generic|native|migration-class1|sparc64-class1] [hostid=num] [mac-addr=MAC-address] [failure-policy=ignore|panic|reset|stop] [extended-mapin-space=[on|off]] [boot-policy=enforce|none|warning] [master=[master-ldom1,...,master-ldom4]] [max-cores=[num|unlimited]] [shutdown-group=num] [rc-add-policy=[iov]] [perf-counters=[counter-set]] ldom
[1]
root@primary:~# ldm set-domain hostid=0x84123456 mac-addr=00:14:4f:fc:12:34 ldg3
root@primary:~# ldm add-vcpu 8 ldg1
root@primary:~# ldm add-vcpu 8 ldg2
root@primary:~# ldm add-memory 1G ldg1
root@primary:~# ldm add-memory 1G ldg2
root@primary:~# ldm bind ldg1
root@primary:~# ldm bind ldg2
root@primary:~# ldm start -a
LDom ldg1 started
LDom ldg2 started
root@primary:~# ldm list -o domain,status ldg2
UUID
    3b866219-fcb2-596f-4967-dc879ff075d9

MAC
    00:14:4f:f9:df:ca

HOSTID
    0x84f9dfca

CONTROL
    failure-policy=reset

DEPENDENCY
    master=ldg1

NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
ldg2             active     -t----  5001    8     1G       3.6%  3.6%  1s
root@primary:~# ldm list-bindings -p ldg2
VERSION 1.11
DOMAIN|name=ldg2|state=active|flags=transition|cons=5001|ncpu=8|mem=1073741824|util=3.6|uptime=2|norm_util=3.6
UUID|uuid=3b866219-fcb2-596f-4967-dc879ff075d9
MAC|mac-addr=00:14:4f:f9:df:ca
HOSTID|hostid=0x84f9dfca
CONTROL|failure-policy=reset
DEPENDENCY|master=ldg1
CORE
|cid=2|cpuset=16,17,18,19,20,21,22,23
VCPU
|vid=0|pid=16|cid=2|util=2.9%|strand=100
|vid=1|pid=17|cid=2|util=1.0%|strand=100
|vid=2|pid=18|cid=2|util=0.5%|strand=100
|vid=3|pid=19|cid=2|util=0.4%|strand=100
|vid=4|pid=20|cid=2|util=0.6%|strand=100
|vid=5|pid=21|cid=2|util=0.1%|strand=100
|vid=6|pid=22|cid=2|util=3.3%|strand=100
|vid=7|pid=23|cid=2|util=1.8%|strand=100
MEMORY
|ra=0x10000000|pa=0x80000000|size=1073741824
root@primary:~# ldm list-devices -p core memory
VERSION 1.11
CORE
|cid=3|free=100|cpuset=24,25,26,27,28,29,30,31
|cid=4|free=100|cpuset=32,33,34,35,36,37,38,39
|cid=5|free=100|cpuset=40,41,42,43,44,45,46,47
|cid=6|free=100|cpuset=48,49,50,51,52,53,54,55
|cid=7|free=100|cpuset=56,57,58,59,60,61,62,63
|cid=8|free=100|cpuset=64,65,66,67,68,69,70,71
|cid=9|free=100|cpuset=72,73,74,75,76,77,78,79
|cid=10|free=100|cpuset=80,81,82,83,84,85,86,87
|cid=11|free=100|cpuset=88,89,90,91,92,93,94,95
|cid=12|free=100|cpuset=96,97,98,99,100,101,102,103
|cid=13|free=100|cpuset=104,105,106,107,108,109,110,111
|cid=14|free=100|cpuset=112,113,114,115,116,117,118,119
|cid=15|free=100|cpuset=120,121,122,123,124,125,126,127
|cid=16|free=100|cpuset=128,129,130,131,132,133,134,135
|cid=17|free=100|cpuset=136,137,138,139,140,141,142,143
|cid=18|free=100|cpuset=144,145,146,147,148,149,150,151
|cid=19|free=100|cpuset=152,153,154,155,156,157,158,159
|cid=20|free=100|cpuset=160,161,162,163,164,165,166,167
|cid=21|free=100|cpuset=168,169,170,171,172,173,174,175
|cid=22|free=100|cpuset=176,177,178,179,180,181,182,183
|cid=23|free=100|cpuset=184,185,186,187,188,189,190,191
|cid=24|free=100|cpuset=192,193,194,195,196,197,198,199
|cid=25|free=100|cpuset=200,201,202,203,204,205,206,207
|cid=26|free=100|cpuset=208,209,210,211,212,213,214,215
|cid=27|free=100|cpuset=216,217,218,219,220,221,222,223
|cid=28|free=100|cpuset=224,225,226,227,228,229,230,231
|cid=29|free=100|cpuset=232,233,234,235,236,237,238,239
|cid=30|free=100|cpuset=240,241,242,243,244,245,246,247
|cid=31|free=100|cpuset=248,249,250,251,252,253,254,255
MEMORY
|pa=0xc0000000|size=263066746880|bound=
root@primary:~# ldm list-devices -a -p io
VERSION 1.11
IO
|dev=pci@300|alias=pci_0|bound=yes
|dev=pci@340|alias=pci_1|bound=yes
|dev=pci@380|alias=pci_2|bound=yes
|dev=pci@3c0|alias=pci_3|bound=yes
root@primary:~# ldm stop -f ldg2
LDom ldg2 stopped
root@primary:~# ldm stop -a
LDom ldg1 stopped
root@primary:~# ldm unbind ldg1
root@primary:~# ldm unbind ldg2
root@primary:~# ldm rm-dom -a
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-c--  SP      8     8G       2.1%  2.1%  24d 10h 50m
root@primary:~# init 5
vshell: init 5 (powering off): not simulated yet
[69]
root@primary:~# shutdown -i0 -g0 -y
vshell: shutdown -i0 (only -i6, reboot, is): not simulated yet
[69]
