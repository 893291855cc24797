---
world: t5-2-zones
---
root@primary:~# # a zone in guest ldg1 reaches a server beyond the control domain's virtual switch
root@primary:~# ping 10.0.0.50
10.0.0.50 is alive
root@primary:~# vshtrace -m primary-vsw0
primary-vsw0: virtual switch in primary over net0
VLAN  MAC ADDRESS        PORT                  ENTRY
1     00:14:4f:f9:87:81  primary-vsw0          switch
1     00:14:4f:fb:82:ee  vnet0@ldg1            vnet MAC
root@primary:~# ssh ldg1
Password: 
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@ldg1:~# ping 10.0.0.50
10.0.0.50 is alive
root@ldg1:~# zonecfg -z zone1 'create; set zonepath=/zones/zone1; select anet linkname=net0; set mac-address=auto; end; commit'
create: Using system default template 'SYSdefault'
root@ldg1:~# zoneadm -z zone1 install
The following ZFS file system(s) have been created:
    zones/zone1
Progress being logged to /var/log/zones/zoneadm.20260115T090008Z.zone1.install
       Image: Preparing at /zones/zone1/root.

 Install Log: /system/volatile/install.11222/install_log
 AI Manifest: /tmp/manifest.xml.WH87eA
  SC Profile: /usr/share/auto_install/sc_profiles/enable_sci.xml
    Zonename: zone1
Installation: Starting ...

        Creating IPS image
Startup linked: 1/1 done
        Installing packages from:
            solaris
                origin:  http://pkg.oracle.com/solaris/release/
DOWNLOAD                                PKGS         FILES    XFER (MB)   SPEED
Completed                            341/341   66217/66217  283.2/283.2  1.0M/s

PHASE                                          ITEMS
Installing new actions                   90412/90412
Updating package state database                 Done
Updating package cache                           0/0
Updating image state                            Done
Creating fast lookup database                   Done
Updating package cache                           1/1
Installation: Succeeded

        Note: Man pages can be obtained by installing pkg:/system/manual

 done.

        Done: Installation completed in 464.620 seconds.

  Next Steps: Boot the zone, then log into the zone console (zlogin -C)
              to complete the configuration process.

Log saved in non-global zone as /zones/zone1/root/var/log/zones/zoneadm.20260115T090008Z.zone1.install
root@ldg1:~# zoneadm -z zone1 boot
zone 'zone1': error: failed to create vnic for net0: operation not supported
zoneadm: zone 'zone1': call to zoneadmd failed
[1]
root@ldg1:~# exit
logout
Connection to ldg1 closed.
[1]
root@primary:~# ldm set-vnet alt-mac-addrs=+auto vnet0 ldg1
root@primary:~# vshtrace -m primary-vsw0
primary-vsw0: virtual switch in primary over net0
VLAN  MAC ADDRESS        PORT                  ENTRY
1     00:14:4f:f9:87:81  primary-vsw0          switch
1     00:14:4f:fb:82:ee  vnet0@ldg1            vnet MAC
1     00:14:4f:f8:de:69  vnet0@ldg1            alt MAC 1, free
root@primary:~# ssh ldg1
Password: 
Last login: Thu Jan 15 09:00:05 2026 from 10.0.0.10
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@ldg1:~# zoneadm -z zone1 boot
root@ldg1:~# zlogin zone1
[Connected to zone 'zone1' pts/2]
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@zone1:~# ipadm create-ip net0
root@zone1:~# ipadm create-addr -T static -a 10.0.0.21/24 net0/v4
root@zone1:~# ping 10.0.0.50
10.0.0.50 is alive
root@zone1:~# ping -s 10.0.0.10 56 2
PING 10.0.0.10: 56 data bytes
64 bytes from 10.0.0.10: icmp_seq=0. time=0.183 ms
64 bytes from 10.0.0.10: icmp_seq=1. time=0.149 ms

----10.0.0.10 PING Statistics----
2 packets transmitted, 2 packets received, 0% packet loss
round-trip (ms)  min/avg/max/stddev = 0.149/0.166/0.183/0.024
root@zone1:~# vshtrace 10.0.0.50
request 10.0.0.21 -> 10.0.0.50
  ldg1/zone1     route    10.0.0.50 via net0
  ldg1/zone1     send     net0 (vnic, 00:14:4f:f8:de:69) -> 00:1b:21:70:6f:c0
  ldg1           link     net0 (vnet)
  primary        segment  primary-vsw0 (vswitch)
  primary        link     primary-vsw0 (uplink)
  primary        link     net0 (phys)
  -              segment  mgmt (wire)
  labsrv         segment  eth0 (external) takes 00:1b:21:70:6f:c0
  labsrv         receive  10.0.0.50 on eth0
  DELIVERED
reply 10.0.0.50 -> 10.0.0.21
  labsrv         route    10.0.0.21 via eth0
  labsrv         send     eth0 (external, 00:1b:21:70:6f:c0) -> 00:14:4f:f8:de:69
  primary        link     net0 (phys)
  primary        link     primary-vsw0 (uplink)
  primary        segment  primary-vsw0 (vswitch)
  ldg1           link     net0 (vnet)
  ldg1/zone1     segment  net0 (vnic) takes 00:14:4f:f8:de:69
  ldg1/zone1     receive  10.0.0.21 on net0
  DELIVERED
root@zone1:~# arp -a
Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------
net0   10.0.0.10            255.255.255.255          00:21:28:13:2c:58
net0   zone1                255.255.255.255 SPLA     00:14:4f:f8:de:69
net0   10.0.0.50            255.255.255.255          00:1b:21:70:6f:c0
net0   224.0.0.0            240.0.0.0       SM       01:00:5e:00:00:00
root@zone1:~# exit
logout

[Connection to zone 'zone1' pts/2 closed]
root@ldg1:~# dladm show-link -s
LINK           IPACKETS  RBYTES  IERRORS   OPACKETS    OBYTES      OERRORS
net0           14        884     0         11          722         0
zone1/net0     5         378     0         5           378         0
root@ldg1:~# exit
logout
Connection to ldg1 closed.
root@primary:~# vshtrace -m primary-vsw0
primary-vsw0: virtual switch in primary over net0
VLAN  MAC ADDRESS        PORT                  ENTRY
1     00:14:4f:f9:87:81  primary-vsw0          switch
1     00:14:4f:fb:82:ee  vnet0@ldg1            vnet MAC
1     00:14:4f:f8:de:69  vnet0@ldg1            alt MAC 1, in use by zone1/net0 in ldg1
root@primary:~# vshtrace -m mgmt
mgmt: network 10.0.0.0/24
VLAN  MAC ADDRESS        PORT                  ENTRY
1     00:14:4f:f8:de:69  primary/net0          learnt, 10s ago
1     00:14:4f:fb:82:ee  primary/net0          learnt, 488s ago
1     00:1b:21:70:6f:c0  labsrv/eth0           learnt, 10s ago
1     00:21:28:13:2c:58  primary/net0          learnt, 492s ago
root@primary:~# dladm show-link -s net0
LINK           IPACKETS  RBYTES  IERRORS   OPACKETS    OBYTES      OERRORS
net0           14        916     0         18          1132        0
