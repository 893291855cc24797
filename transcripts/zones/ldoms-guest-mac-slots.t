---
world: t5-2-zones
---
root@primary:~# ssh ldg1
Password: 
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@ldg1:~# dladm show-phys -m
LINK                SLOT     ADDRESS            INUSE CLIENT
net0                primary  0:14:4f:fb:82:ee   yes   net0
root@ldg1:~# zonecfg -z zone1 'create; set zonepath=/zones/zone1; select anet linkname=net0; set mac-address=random; end; commit'
create: Using system default template 'SYSdefault'
root@ldg1:~# zoneadm -z zone1 install
The following ZFS file system(s) have been created:
    zones/zone1
Progress being logged to /var/log/zones/zoneadm.20260115T090005Z.zone1.install
       Image: Preparing at /zones/zone1/root.

 Install Log: /system/volatile/install.17074/install_log
 AI Manifest: /tmp/manifest.xml.byUkHN
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

        Done: Installation completed in 467.303 seconds.

  Next Steps: Boot the zone, then log into the zone console (zlogin -C)
              to complete the configuration process.

Log saved in non-global zone as /zones/zone1/root/var/log/zones/zoneadm.20260115T090005Z.zone1.install
root@ldg1:~# zoneadm -z zone1 boot
zone 'zone1': error: failed to create vnic for net0: operation not supported
zoneadm: zone 'zone1': call to zoneadmd failed
[1]
root@ldg1:~# zoneadm list -cv
  ID NAME             STATUS      PATH                         BRAND      IP
   0 global           running     /                            solaris    shared
   - zone1            installed   /zones/zone1                 solaris    excl
root@ldg1:~# zonecfg -z zone1 'select anet linkname=net0; set mac-address=auto; end'
root@ldg1:~# zoneadm -z zone1 boot
zone 'zone1': error: failed to create vnic for net0: operation not supported
zoneadm: zone 'zone1': call to zoneadmd failed
[1]
root@ldg1:~# exit
logout
Connection to ldg1 closed.
[1]
root@primary:~# ldm set-vnet alt-mac-addrs=+auto vnet0 ldg1
root@primary:~# ldm list -o network ldg1
NETWORK
    NAME    SERVICE              MACADDRESS        PVID|PVLAN|VIDs
    ----    -------              ----------        ---------------
    vnet0   primary-vsw0@primary 00:14:4f:fb:82:ee 1|--|--
                                 00:14:4f:f8:de:69
root@primary:~# ssh ldg1
Password: 
Last login: Thu Jan 15 09:00:02 2026 from 10.0.0.10
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@ldg1:~# dladm show-phys -m
LINK                SLOT     ADDRESS            INUSE CLIENT
net0                primary  0:14:4f:fb:82:ee   yes   net0
                    1        0:14:4f:f8:de:69   no    --
root@ldg1:~# zoneadm -z zone1 boot
root@ldg1:~# zoneadm list -cv
  ID NAME             STATUS      PATH                         BRAND      IP
   0 global           running     /                            solaris    shared
   1 zone1            running     /zones/zone1                 solaris    excl
root@ldg1:~# dladm show-vnic
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
zone1/net0      net0           0      0:14:4f:f8:de:69  factory, slot 1 VID:0
root@ldg1:~# dladm show-phys -m
LINK                SLOT     ADDRESS            INUSE CLIENT
net0                primary  0:14:4f:fb:82:ee   yes   net0
                    1        0:14:4f:f8:de:69   yes   zone1/net0
root@ldg1:~# exit
logout
Connection to ldg1 closed.
root@primary:~# ldm list -o network ldg1
NETWORK
    NAME    SERVICE              MACADDRESS        PVID|PVLAN|VIDs
    ----    -------              ----------        ---------------
    vnet0   primary-vsw0@primary 00:14:4f:fb:82:ee 1|--|--
                                 00:14:4f:f8:de:69
