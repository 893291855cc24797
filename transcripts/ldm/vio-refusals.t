---
world: t5-2
---
root@primary:~# ldm add-vcc port-range=5000-5001 primary-vcc0 primary
root@primary:~# ldm add-vcc port-range=5000-5001 primary-vcc0 primary
A vcc named primary-vcc0 already exists in domain primary
[1]
root@primary:~# ldm add-vcc port-range=5001-5100 primary-vcc1 primary
Port range 5001-5100 overlaps that of service primary-vcc0
[1]
root@primary:~# ldm add-vcc port-range=5100-5000 primary-vcc1 primary
Invalid port range: 5100-5000
[1]
root@primary:~# ldm add-vcc port-range=five primary-vcc1 primary
Usage:
    ldm add-vcc port-range=x-y vcc-name ldom
[1]
root@primary:~# ldm add-vcc port-range=6000-6100 primary-vcc1 nosuch
Domain nosuch not found
[1]
root@primary:~# ldm add-vds primary-vds0 primary
root@primary:~# ldm add-vds primary-vds0 primary
A vds named primary-vds0 already exists in domain primary
[1]
root@primary:~# ldm add-vds primary-vds012345678901234567890 primary
Warning: Device name primary-vds012345678901234567890 is too long to create devalias
root@primary:~# ldm rm-vds primary-vds012345678901234567890
root@primary:~# ldm add-vsw net-dev=net9 primary-vsw0 primary
Network device net9 not found in domain primary
[1]
root@primary:~# ldm add-vsw -q net-dev=net9 primary-vsw9 primary
root@primary:~# ldm add-vsw net-dev=net0 mtu=900 primary-vsw0 primary
Invalid MTU: 900 (the range is 1500-16000)
[1]
root@primary:~# ldm add-vsw net-dev=net0 pvid=5000 primary-vsw0 primary
Invalid VLAN ID: 5000
[1]
root@primary:~# ldm add-vsw net-dev=net0 mode=fast primary-vsw0 primary
Usage:
    ldm add-vsw [-q] [default-vlan-id=vlan-id] [pvid=port-vlan-id] [vid=vlan-id1,vlan-id2,...] [linkprop=phys-state] [mac-addr=MAC-address] [net-dev=net-device] [mode=sc] [mtu=size] [id=switch-id] [inter-vnet-link=auto|on|off] [vsw-relay-mode=local|remote] vswitch-name ldom
[1]
root@primary:~# ldm add-vsw net-dev=net0 mac-addr=ff:ff:ff:ff:ff:ff primary-vsw0 primary
Invalid MAC address: ff:ff:ff:ff:ff:ff
[1]
root@primary:~# ldm add-vsw net-dev=net0 primary-vsw0 primary
root@primary:~# ldm add-vsw net-dev=net1 primary-vsw0 primary
A vsw named primary-vsw0 already exists in domain primary
[1]
root@primary:~# ldm set-vsw net-dev=net2 nosuch-vsw
Service nosuch-vsw not found
[1]
root@primary:~# ldm add-vdsdev /ldoms/nosuch.img vol1@primary-vds0
Path /ldoms/nosuch.img is not valid on service domain primary
[1]
root@primary:~# ldm add-vdsdev /dev/dsk/c0t1d0s2 vol1@primary-vds0
root@primary:~# ldm add-vdsdev /dev/dsk/c0t1d0s2 vol1@primary-vds0
Volume vol1 already exists in service primary-vds0
[1]
root@primary:~# ldm add-vdsdev /dev/dsk/c0t1d0s2 vol2@primary-vds0
Backend /dev/dsk/c0t1d0s2 is already exported as volume vol1@primary-vds0; use -f to export it again
[1]
root@primary:~# ldm add-vdsdev options=fast /dev/dsk/c0t2d0s2 vol2@primary-vds0
Usage:
    ldm add-vdsdev [-f] [-q] [options=vdsdev-options] [mpgroup=mpgroup] backend volume-name@service-name
[1]
root@primary:~# ldm add-vdsdev /dev/dsk/c0t2d0s2 vol2@nosuch-vds
Service nosuch-vds not found
[1]
root@primary:~# ldm add-vdsdev /dev/dsk/c0t2d0s2 vol2
Usage:
    ldm add-vdsdev [-f] [-q] [options=vdsdev-options] [mpgroup=mpgroup] backend volume-name@service-name
[1]
root@primary:~# ldm set-vcpu 16 primary
root@primary:~# ldm set-memory 16G primary
root@primary:~# ldm add-domain ldg1 ldg2 ldg3
root@primary:~# ldm add-vcpu 8 ldg1
root@primary:~# ldm add-vcpu 8 ldg2
root@primary:~# ldm add-vcpu 8 ldg3
root@primary:~# ldm add-memory 2G ldg1
root@primary:~# ldm add-memory 2G ldg2
root@primary:~# ldm add-memory 2G ldg3
root@primary:~# ldm add-vnet vnet0 nosuch-vsw ldg1
Service nosuch-vsw not found
[1]
root@primary:~# ldm add-vnet vnet0 primary-vsw0 nosuch
Domain nosuch not found
[1]
root@primary:~# ldm add-vnet mac-addr=00:14:4f:zz:00:01 vnet0 primary-vsw0 ldg1
Usage:
    ldm add-vnet [mac-addr=MAC-address] [mode=hybrid] [pvid=port-vlan-id] [pvlan=secondary-vid,pvlan-type] [protection=protection-type[,protection-type,...]] [allowed-ips=IP-address[,IP-address,...]] [allowed-dhcp-cids=dhcp-cid[,dhcp-cid,...]] [priority=high|medium|low] [cos=0-7] [alt-mac-addrs=auto|MAC-address[,...]] [auto-alt-mac-addrs=num] [vid=vlan-id1,vlan-id2,...] [linkprop=phys-state] [id=network-id] [mtu=size] [maxbw=value] [custom=enable|disable] [custom/max-vlans=num] [custom/max-mac-addrs=num] if-name vswitch-name ldom
[1]
root@primary:~# ldm add-vnet pvid=0 vnet0 primary-vsw0 ldg1
Invalid VLAN ID: 0
[1]
root@primary:~# ldm add-vnet mac-addr=00:14:4f:fc:00:01 vnet0 primary-vsw0 ldg1
root@primary:~# ldm add-vnet vnet0 primary-vsw0 ldg1
A vnet named vnet0 already exists in domain ldg1
[1]
root@primary:~# ldm add-vnet mac-addr=00:14:4f:fc:00:01 vnet1 primary-vsw0 ldg2
MAC address 00:14:4f:fc:00:01 is already in use
[1]
root@primary:~# ldm add-vnet id=0 vnet1 primary-vsw0 ldg1
Device network@0 already exists in domain ldg1
[1]
root@primary:~# ldm add-vdisk vdisk0 vol1@primary-vds0 ldg1
root@primary:~# ldm add-vdisk vdisk0 vol1@primary-vds0 ldg1
A vdisk named vdisk0 already exists in domain ldg1
[1]
root@primary:~# ldm add-vdisk vdisk1 vol1@primary-vds0 ldg2
Volume vol1@primary-vds0 is in use by virtual disk vdisk0 of domain ldg1
[1]
root@primary:~# ldm add-vdisk vdisk1 vol9@primary-vds0 ldg2
Volume vol9 not found in service primary-vds0
[1]
root@primary:~# ldm rm-vdisk vdisk9 ldg1
Virtual disk vdisk9 not found in domain ldg1
[1]
root@primary:~# ldm rm-vnet vnet9 ldg1
Virtual network vnet9 not found in domain ldg1
[1]
root@primary:~# ldm set-vcons port=6000 ldg1
Port 6000 is outside the port range 5000-5001 of service primary-vcc0
[1]
root@primary:~# ldm set-vcons port=5001 ldg3
root@primary:~# ldm bind ldg1
root@primary:~# ldm bind ldg2
No free console port in service primary-vcc0 for domain ldg2
[1]
root@primary:~# ldm set-vcons port=5000 ldg2
Port 5000 is already in use by domain ldg1
[1]
root@primary:~# ldm bind ldg3
root@primary:~# ldm set-vcons port=5001 ldg1
Domain ldg1 must be inactive to change its console
[1]
root@primary:~# ldm set-vcons port=5001 primary
The console of the primary domain cannot be changed
[1]
root@primary:~# ldm start ldg1
LDom ldg1 started
root@primary:~# ldm set-vnet mac-addr=00:14:4f:fc:00:02 vnet0 ldg1
The MAC address of virtual network vnet0 cannot be changed while domain ldg1 is active
[1]
root@primary:~# ldm set-vnet id=3 vnet0 ldg1
Usage:
    ldm set-vnet [mac-addr=MAC-address] [vswitch=vswitch-name] [mode=[hybrid]] [pvid=[port-vlan-id]] [pvlan=[secondary-vid,pvlan-type]] [protection=[protection-type[,protection-type,...]]] [allowed-ips=[IP-address[,IP-address,...]]] [allowed-dhcp-cids=[dhcp-cid[,dhcp-cid,...]]] [priority=[high|medium|low]] [cos=[0-7]] [alt-mac-addrs=[auto|MAC-address[,...]]] [auto-alt-mac-addrs=[num]] [vid=[vlan-id1,vlan-id2,...]] [linkprop=[phys-state]] [mtu=[size]] [maxbw=[value]] [custom=enable|disable] [custom/max-vlans=num] [custom/max-mac-addrs=num] if-name ldom
[1]
root@primary:~# ldm rm-vsw primary-vsw0
Service primary-vsw0 is in use by virtual network vnet0 of domain ldg1
[1]
root@primary:~# ldm rm-vdsdev vol1@primary-vds0
Volume vol1@primary-vds0 is in use by virtual disk vdisk0 of domain ldg1
[1]
root@primary:~# ldm rm-vds primary-vds0
Service primary-vds0 is in use by virtual disk vdisk0 of domain ldg1
[1]
root@primary:~# ldm rm-vcc primary-vcc0
Service primary-vcc0 is in use by the console of domain ldg1
[1]
root@primary:~# ldm set-vcc port-range=5001-5100 primary-vcc0
Port 5000 of service primary-vcc0 is in use by domain ldg1
[1]
root@primary:~# ldm list-services
VCC
    NAME             LDOM             PORT-RANGE
    primary-vcc0     primary          5000-5001

VSW
    NAME             LDOM             MAC               NET-DEV   ID   DEVICE     LINKPROP   DEFAULT-VLAN-ID PVID VID                  MTU   MODE   INTER-VNET-LINK
    primary-vsw9     primary          00:14:4f:fb:69:fb net9      0    switch@0              1               1                         1500         on
    primary-vsw0     primary          00:14:4f:f9:df:ca net0      1    switch@1              1               1                         1500         on

VDS
    NAME             LDOM             VOLUME         OPTIONS          MPGROUP        DEVICE
    primary-vds0     primary          vol1                                           /dev/dsk/c0t1d0s2
