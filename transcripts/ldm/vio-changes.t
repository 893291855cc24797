---
world: t5-2
---
root@primary:~# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
root@primary:~# ldm set-vcc port-range=6000-6010 primary-vcc0
root@primary:~# ldm add-vds primary-vds0 primary
root@primary:~# ldm add-vdsdev /dev/dsk/c0t1d0s2 vol1@primary-vds0
root@primary:~# ldm add-vdsdev -q /ldoms/ldg1-data.img vol2@primary-vds0
root@primary:~# ldm set-vdsdev options=ro,excl mpgroup=mp1 vol2@primary-vds0
root@primary:~# ldm add-vsw net-dev=net0 primary-vsw0 primary
root@primary:~# ldm add-vsw -q net-dev=aggr1 mtu=9000 primary-vsw1 primary
root@primary:~# ldm set-vsw pvid=10 vid=20,30 linkprop=phys-state mode=sc inter-vnet-link=off primary-vsw0
root@primary:~# ldm set-vsw vid=+40,50 primary-vsw0
root@primary:~# ldm set-vsw vid=-20 primary-vsw0
root@primary:~# ldm set-vsw mac-addr=00:14:4f:fc:00:20 primary-vsw1
root@primary:~# ldm list-services
VCC
    NAME             LDOM             PORT-RANGE
    primary-vcc0     primary          6000-6010

VSW
    NAME             LDOM             MAC               NET-DEV   ID   DEVICE     LINKPROP   DEFAULT-VLAN-ID PVID VID                  MTU   MODE   INTER-VNET-LINK
    primary-vsw0     primary          00:14:4f:fb:69:fb net0      0    switch@0   phys-state 1               10   30,40,50             1500  sc     off
    primary-vsw1     primary          00:14:4f:fc:00:20 aggr1     1    switch@1              1               1                         9000         on

VDS
    NAME             LDOM             VOLUME         OPTIONS          MPGROUP        DEVICE
    primary-vds0     primary          vol1                                           /dev/dsk/c0t1d0s2
                                      vol2           ro,excl          mp1            /ldoms/ldg1-data.img
root@primary:~# ldm list-services -p
VERSION 1.11
VDS|name=primary-vds0
|vol=vol1|opts=|dev=/dev/dsk/c0t1d0s2|mpgroup=
|vol=vol2|opts=ro,excl|dev=/ldoms/ldg1-data.img|mpgroup=mp1
VCC|name=primary-vcc0|port-range=6000-6010
VSW|name=primary-vsw0|mac-addr=00:14:4f:fb:69:fb|net-dev=net0|dev=switch@0|default-vlan-id=1|pvid=10|vid=30,40,50|mtu=1500|mode=sc|id=0
VSW|name=primary-vsw1|mac-addr=00:14:4f:fc:00:20|net-dev=aggr1|dev=switch@1|default-vlan-id=1|pvid=1|vid=|mtu=9000|mode=|id=1
root@primary:~# ldm set-vcpu 16 primary
root@primary:~# ldm set-memory 16G primary
root@primary:~# ldm add-domain ldg1
root@primary:~# ldm add-vcpu 8 ldg1
root@primary:~# ldm add-memory 4G ldg1
root@primary:~# ldm add-vnet pvid=10 vid=30 vnet0 primary-vsw0 ldg1
root@primary:~# ldm add-vnet vnet1 primary-vsw1 ldg1
root@primary:~# ldm set-vnet vswitch=primary-vsw0 mtu=9000 linkprop=phys-state vnet1 ldg1
root@primary:~# ldm set-vnet pvid= vnet0 ldg1
root@primary:~# ldm add-vdisk timeout=30 vdisk0 vol1@primary-vds0 ldg1
root@primary:~# ldm add-vdisk vdisk1 vol2@primary-vds0 ldg1
root@primary:~# ldm set-vdisk timeout=60 vdisk0 ldg1
root@primary:~# ldm set-vcons port=6005 group=guests log=off ldg1
root@primary:~# ldm list-constraints ldg1
DOMAIN
ldg1

UUID
    ab5dc9ed-6346-0f95-6f70-0d9db929ae8c

MAC
    00:14:4f:f9:df:ca

HOSTID
    0x84f9dfca

CONTROL
    failure-policy=ignore

DEPENDENCY
    master=

VCPU
    COUNT
    8

MEMORY
    SIZE
    4G

NETWORK
    NAME             SERVICE                     ID   DEVICE     MAC               MODE   PVID VID                  MTU   LINKPROP
    vnet0            primary-vsw0@primary        0    network@0  00:14:4f:fa:bf:12        1    30                   1500
    vnet1            primary-vsw0@primary        1    network@1  00:14:4f:f9:aa:e5        1                         9000  phys-state

DISK
    NAME             VOLUME                      TOUT DEVICE  SERVER         MPGROUP
    vdisk0           vol1@primary-vds0           60   disk@0  primary
    vdisk1           vol2@primary-vds0                disk@1  primary        mp1
root@primary:~# ldm bind ldg1
root@primary:~# ldm list -o network,disk,console ldg1
NETWORK
    NAME    SERVICE              MACADDRESS        PVID|PVLAN|VIDs
    ----    -------              ----------        ---------------
    vnet0   primary-vsw0@primary 00:14:4f:fa:bf:12 1|--|30
    vnet1   primary-vsw0@primary 00:14:4f:f9:aa:e5 1|--|--

DISK
    NAME             VOLUME                      TOUT DEVICE  SERVER         MPGROUP
    vdisk0           vol1@primary-vds0           60   disk@0  primary
    vdisk1           vol2@primary-vds0                disk@1  primary        mp1

VCONS
    NAME             SERVICE                     PORT   LOG
    guests           primary-vcc0@primary        6005   off
root@primary:~# ldm list-bindings -p ldg1
VERSION 1.11
DOMAIN|name=ldg1|state=bound|flags=|cons=6005|ncpu=8|mem=4294967296|util=|uptime=|norm_util=
UUID|uuid=ab5dc9ed-6346-0f95-6f70-0d9db929ae8c
MAC|mac-addr=00:14:4f:f9:df:ca
HOSTID|hostid=0x84f9dfca
CONTROL|failure-policy=ignore
DEPENDENCY|master=
CORE
|cid=2|cpuset=16,17,18,19,20,21,22,23
VCPU
|vid=0|pid=16|cid=2|util=|strand=100
|vid=1|pid=17|cid=2|util=|strand=100
|vid=2|pid=18|cid=2|util=|strand=100
|vid=3|pid=19|cid=2|util=|strand=100
|vid=4|pid=20|cid=2|util=|strand=100
|vid=5|pid=21|cid=2|util=|strand=100
|vid=6|pid=22|cid=2|util=|strand=100
|vid=7|pid=23|cid=2|util=|strand=100
MEMORY
|ra=0x10000000|pa=0x40000000|size=4294967296
VNET|name=vnet0|dev=network@0|service=primary-vsw0|mac-addr=00:14:4f:fa:bf:12|pvid=1|vid=30|mtu=1500|id=0
VNET|name=vnet1|dev=network@1|service=primary-vsw0|mac-addr=00:14:4f:f9:aa:e5|pvid=1|vid=|mtu=9000|id=1
VDISK|name=vdisk0|vol=vol1@primary-vds0|server=primary|dev=disk@0|timeout=60|id=0
VDISK|name=vdisk1|vol=vol2@primary-vds0|server=primary|dev=disk@1|timeout=|id=1
VCONS|group=guests|service=primary-vcc0|port=6005
root@primary:~# ldm unbind ldg1
root@primary:~# ldm rm-vdisk vdisk1 ldg1
root@primary:~# ldm rm-vnet vnet1 ldg1
root@primary:~# ldm rm-vdsdev vol2@primary-vds0
root@primary:~# ldm rm-vsw primary-vsw1
root@primary:~# ldm remove-domain ldg1
root@primary:~# ldm rm-vdsdev vol1@primary-vds0
root@primary:~# ldm rm-vds primary-vds0
root@primary:~# ldm rm-vcc primary-vcc0
root@primary:~# ldm list-services
VSW
    NAME             LDOM             MAC               NET-DEV   ID   DEVICE     LINKPROP   DEFAULT-VLAN-ID PVID VID                  MTU   MODE   INTER-VNET-LINK
    primary-vsw0     primary          00:14:4f:fb:69:fb net0      0    switch@0   phys-state 1               10   30,40,50             1500  sc     off
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-cv-  SP      16    16G      2.1%  2.1%  24d 10h 50m
