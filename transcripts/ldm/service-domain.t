---
world: t5-2
---
root@primary:~# ldm add-vds primary-vds0 primary
root@primary:~# ldm add-vcc port-range=5000-5100 primary-vcc0 primary
root@primary:~# ldm add-vsw net-dev=net0 primary-vsw0 primary
root@primary:~# ldm list-services
VCC
    NAME             LDOM             PORT-RANGE
    primary-vcc0     primary          5000-5100

VSW
    NAME             LDOM             MAC               NET-DEV   ID   DEVICE     LINKPROP   DEFAULT-VLAN-ID PVID VID                  MTU   MODE   INTER-VNET-LINK
    primary-vsw0     primary          00:14:4f:fb:69:fb net0      0    switch@0              1               1                         1500         on

VDS
    NAME             LDOM             VOLUME         OPTIONS          MPGROUP        DEVICE
    primary-vds0     primary
root@primary:~# ldm set-vcpu 16 primary
root@primary:~# ldm start-reconf primary
Initiating a delayed reconfiguration operation on the primary domain.
All configuration changes for other domains are disabled until the
primary domain reboots, at which time the new configuration for the
primary domain also takes effect.
root@primary:~# ldm set-memory 16G primary
------------------------------------------------------------------------------
Notice: The primary domain is in the process of a delayed reconfiguration.
Any changes made to the primary domain will only take effect after it reboots.
------------------------------------------------------------------------------
root@primary:~# ldm add-spconfig initial
root@primary:~# ldm list-spconfig
factory-default
initial [current]
root@primary:~# reboot
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-cv-  SP      16    16G      2.1%  2.1%  2m
root@primary:~# ldm list-bindings primary
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-cv-  SP      16    16G      2.1%  2.1%  2m

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
    CID    CPUSET
    0      (0, 1, 2, 3, 4, 5, 6, 7)
    1      (8, 9, 10, 11, 12, 13, 14, 15)

VCPU
    VID    PID    CID    UTIL STRAND
    0      0      0      0.6%   100%
    1      1      0      0.4%   100%
    2      2      0      4.3%   100%
    3      3      0      5.5%   100%
    4      4      0      2.2%   100%
    5      5      0      0.8%   100%
    6      6      0      1.7%   100%
    7      7      0      0.7%   100%
    8      8      1      1.8%   100%
    9      9      1      0.6%   100%
    10     10     1      0.6%   100%
    11     11     1      2.7%   100%
    12     12     1      4.3%   100%
    13     13     1      1.6%   100%
    14     14     1      1.5%   100%
    15     15     1      4.7%   100%

MAU
    ID     CPUSET
    0      (0, 1, 2, 3, 4, 5, 6, 7)
    1      (8, 9, 10, 11, 12, 13, 14, 15)

MEMORY
    RA               PA               SIZE
    0x3c00000000     0x3c00000000     16G

IO
    DEVICE           PSEUDONYM        OPTIONS
    pci@300          pci_0
    pci@340          pci_1
    pci@380          pci_2
    pci@3c0          pci_3

VCC
    NAME             PORT-RANGE
    primary-vcc0     5000-5100

VSW
    NAME             MAC               NET-DEV   ID   DEVICE     LINKPROP   DEFAULT-VLAN-ID PVID VID                  MTU   MODE   INTER-VNET-LINK
    primary-vsw0     00:14:4f:fb:69:fb net0      0    switch@0              1               1                         1500         on

VDS
    NAME             VOLUME         OPTIONS          MPGROUP        DEVICE
    primary-vds0

VCONS
    NAME             SERVICE                     PORT
    SP
root@primary:~# ldm add-vdsdev /dev/dsk/c0t1d0s2 vol1@primary-vds0
root@primary:~# ldm add-domain ldg1
root@primary:~# ldm add-vcpu 8 ldg1
root@primary:~# ldm add-memory 8G ldg1
root@primary:~# ldm add-vnet vnet0 primary-vsw0 ldg1
root@primary:~# ldm add-vdisk vdisk0 vol1@primary-vds0 ldg1
root@primary:~# ldm set-var auto-boot?=false ldg1
root@primary:~# ldm set-var boot-device=vdisk0 ldg1
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
    8G

VARIABLES
    auto-boot?=false
    boot-device=vdisk0

NETWORK
    NAME             SERVICE                     ID   DEVICE     MAC               MODE   PVID VID                  MTU   LINKPROP
    vnet0            primary-vsw0@primary        0    network@0  00:14:4f:fa:bf:12        1                         1500

DISK
    NAME             VOLUME                      TOUT DEVICE  SERVER         MPGROUP
    vdisk0           vol1@primary-vds0                disk@0  primary
root@primary:~# ldm bind-domain ldg1
root@primary:~# ldm start-domain ldg1
LDom ldg1 started
root@primary:~# ldm list
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
primary          active     -n-cv-  SP      16    16G      2.1%  2.1%  2m
ldg1             active     -t----  5000    8     8G       5.2%  5.2%  1s
root@primary:~# ldm list-bindings ldg1
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
ldg1             active     -t----  5000    8     8G       5.2%  5.2%  2s

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

MEMORY
    RA               PA               SIZE
    0x10000000       0x40000000       8G

VARIABLES
    auto-boot?=false
    boot-device=vdisk0

NETWORK
    NAME             SERVICE                     ID   DEVICE     MAC               MODE   PVID VID                  MTU   LINKPROP
    vnet0            primary-vsw0@primary        0    network@0  00:14:4f:fa:bf:12        1                         1500
        PEER                        MAC               MODE   PVID VID                  MTU   LINKPROP
        primary-vsw0@primary        00:14:4f:fb:69:fb        1                         1500

DISK
    NAME             VOLUME                      TOUT DEVICE  SERVER         MPGROUP
    vdisk0           vol1@primary-vds0                disk@0  primary

VCONS
    NAME             SERVICE                     PORT   LOG
    ldg1             primary-vcc0@primary        5000   on
root@primary:~# ldm list -o network,disk,console ldg1
NETWORK
    NAME    SERVICE              MACADDRESS        PVID|PVLAN|VIDs
    ----    -------              ----------        ---------------
    vnet0   primary-vsw0@primary 00:14:4f:fa:bf:12 1|--|--

DISK
    NAME             VOLUME                      TOUT DEVICE  SERVER         MPGROUP
    vdisk0           vol1@primary-vds0                disk@0  primary

VCONS
    NAME             SERVICE                     PORT   LOG
    ldg1             primary-vcc0@primary        5000   on
root@primary:~# ldm list-bindings -p ldg1
VERSION 1.11
DOMAIN|name=ldg1|state=active|flags=transition|cons=5000|ncpu=8|mem=8589934592|util=5.2|uptime=4|norm_util=5.2
UUID|uuid=ab5dc9ed-6346-0f95-6f70-0d9db929ae8c
MAC|mac-addr=00:14:4f:f9:df:ca
HOSTID|hostid=0x84f9dfca
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
|ra=0x10000000|pa=0x40000000|size=8589934592
VNET|name=vnet0|dev=network@0|service=primary-vsw0|mac-addr=00:14:4f:fa:bf:12|pvid=1|vid=|mtu=1500|id=0
VDISK|name=vdisk0|vol=vol1@primary-vds0|server=primary|dev=disk@0|timeout=|id=0
VCONS|group=ldg1|service=primary-vcc0|port=5000
root@primary:~# ldm list-constraints -p ldg1
VERSION 1.11
DOMAIN|name=ldg1
UUID|uuid=ab5dc9ed-6346-0f95-6f70-0d9db929ae8c
MAC|mac-addr=00:14:4f:f9:df:ca
HOSTID|hostid=0x84f9dfca
CONTROL|failure-policy=ignore
DEPENDENCY|master=
VCPU|count=8
MEMORY|size=8589934592
VARIABLES
|auto-boot?=false
|boot-device=vdisk0
VNET|name=vnet0|dev=network@0|service=primary-vsw0|mac-addr=00:14:4f:fa:bf:12|pvid=1|vid=|mtu=1500|id=0
VDISK|name=vdisk0|vol=vol1@primary-vds0|server=primary|dev=disk@0|timeout=|id=0
VCONS|group=ldg1|service=primary-vcc0|port=5000
root@primary:~# ldm list-constraints -x ldg1
<?xml version="1.0"?>
<LDM_interface version="1.0">
  <data version="2.0">
    <ldom>
      <ldom_info>
        <ldom_name>ldg1</ldom_name>
      </ldom_info>
      <cpu>
        <number>8</number>
      </cpu>
      <memory>
        <size>8G</size>
      </memory>
      <network>
        <vnet_name>vnet0</vnet_name>
        <service_name>primary-vsw0</service_name>
        <mac_address>00:14:4f:fa:bf:12</mac_address>
      </network>
      <disk>
        <vdisk_name>vdisk0</vdisk_name>
        <service_name>primary-vds0</service_name>
        <vol_name>vol1</vol_name>
      </disk>
      <var>
        <name>auto-boot?</name>
        <value>false</value>
      </var>
      <var>
        <name>boot-device</name>
        <value>vdisk0</value>
      </var>
    </ldom>
  </data>
</LDM_interface>
root@primary:~# ldm add-spconfig ldg1-running
root@primary:~# ldm ls-spconfig
factory-default
initial
ldg1-running [current]
