---
world: t2000-ldoms10
prompt: "primary# "
---
primary# # The Austin user group's LDoms 1.0 demo (seed 002): ldg1 and ldg2 run already
primary# ldm list-domain
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv           4     4G       7.8%  3d 2h 11m
ldg1             active   -t---   5000    4     1G       5.9%  3s
ldg2             active   -t---   5001    4     1G       0.8%  2s
primary# ldm list-domain -p
VERSION 1.0
DOMAIN|name=primary|state=active|flags=-n-cv|cons=|ncpu=4|mem=4294967296|util=7.8|uptime=267063
DOMAIN|name=ldg1|state=active|flags=-t---|cons=5000|ncpu=4|mem=1073741824|util=5.9|uptime=4
DOMAIN|name=ldg2|state=active|flags=-t---|cons=5001|ncpu=4|mem=1073741824|util=0.8|uptime=3
primary# ldm list-domain -l primary
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv           4     4G       7.8%  3d 2h 11m
 
MAC
    00:21:28:ab:bd:7c
 
HOSTID
    0x85abbd7c
 
CONTROL
    failure-policy=ignore
 
DEPENDENCY
    master=
 
VCPU
    VID    PID    UTIL STRAND
    0      0      1.0%   100%
    1      1      31.1%   100%
    2      2      0.9%   100%
    3      3      23.6%   100%
 
MAU
    ID     CPUSET
    0      (0, 1, 2, 3)
 
MEMORY
    RA               PA               SIZE
    0x300000000      0x300000000      4G
 
IO
    DEVICE           PSEUDONYM        OPTIONS
    pci@780          bus_a
    pci@7c0          bus_b
 
VCC
    NAME             PORT-RANGE
    primary-vcc0     5000-5100
 
VSW
    NAME             MAC               NET-DEV   DEVICE    MODE
    primary-vsw0     00:14:4f:fb:6d:6b e1000g0   switch@0  prog,promisc
 
VDS
    NAME             VOLUME         OPTIONS          DEVICE
    primary-vds0     vol0                            /dev/dsk/c0t1d0s2
                     vol1                            /dev/dsk/c0t2d0s2
primary# # Creating a logical domain
primary# ldm add-domain ldg3
primary# ldm add-vcpu 4 ldg3
primary# ldm add-memory 1024m ldg3
primary# ldm add-vnet vnet3 primary-vsw0 ldg3
primary# ldm add-vdsdev /dev/dsk/c0t3d0s2 vol2@primary-vds0
primary# # the notes' line as written: no domain, and vo23 for vol2
primary# ldm add-vdisk vdisk1 vo23@primary-vds0
Usage:
    ldm add-vdisk [timeout=seconds] [id=disk-id] disk-name volume-name@service-name ldom
[1]
primary# ldm add-vdisk vdisk1 vo23@primary-vds0 ldg3
Volume vo23 not found in service primary-vds0
[1]
primary# ldm add-vdisk vdisk1 vol2@primary-vds0 ldg3
primary# ldm set-var auto-boot?=true ldg3
primary# ldm set-var boot-device=vdisk1 ldg3
primary# ldm bind-domain ldg3
primary# ldm start-domain ldg3
LDom ldg3 started
primary# ldm list-domain
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv           4     4G       7.8%  3d 2h 11m
ldg1             active   -t---   5000    4     1G       5.9%  20s
ldg2             active   -t---   5001    4     1G       0.8%  19s
ldg3             active   -t---   5002    4     1G       3.6%  1s
primary# ldm list-bindings ldg3
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
ldg3             active   -t---   5002    4     1G       3.6%  2s
 
MAC
    00:14:4f:fa:f5:86
 
HOSTID
    0x84faf586
 
CONTROL
    failure-policy=ignore
 
DEPENDENCY
    master=
 
VCPU
    VID    PID    UTIL STRAND
    0      12     0.1%   100%
    1      13     12.7%   100%
    2      14     1.1%   100%
    3      15     1.9%   100%
 
MEMORY
    RA               PA               SIZE
    0x10000000       0x88000000       1G
 
VARIABLES
    auto-boot?=true
    boot-device=vdisk1
 
NETWORK
    NAME             SERVICE                   DEVICE     MAC
    vnet3            primary-vsw0@primary      network@0  00:14:4f:f8:95:74
        PEER                        MAC
        primary-vsw0@primary        00:14:4f:fb:6d:6b
        vnet1@ldg1                  00:14:4f:f8:43:5a
        vnet1@ldg2                  00:14:4f:f9:5f:5f
 
DISK
    NAME             VOLUME                      DEVICE     SERVER
    vdisk1           vol2@primary-vds0           disk@0     primary
 
VCONS
    NAME             SERVICE                     PORT
    ldg3             primary-vcc0@primary        5002
primary# ldm list-services
VCC
    NAME             LDOM             PORT-RANGE
    primary-vcc0     primary          5000-5100
 
VSW
    NAME             LDOM             MAC               NET-DEV   DEVICE    MODE
    primary-vsw0     primary          00:14:4f:fb:6d:6b e1000g0   switch@0  prog,promisc
 
VDS
    NAME             LDOM             VOLUME         OPTIONS          DEVICE
    primary-vds0     primary          vol0                            /dev/dsk/c0t1d0s2
                                      vol1                            /dev/dsk/c0t2d0s2
                                      vol2                            /dev/dsk/c0t3d0s2
