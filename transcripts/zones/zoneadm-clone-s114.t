---
world: s114-x86
---
root@scorpion:~# # zoneadm clone on Oracle Solaris 11.4: the brand's clone script logs its progress and copies the log into the new zone
root@scorpion:~# zonecfg -z z1 'create; set zonepath=/zones/z1; commit'
create: Using system default template 'SYSdefault'
root@scorpion:~# zoneadm -z z1 install
The following ZFS file system(s) have been created:
    zones/z1
Progress being logged to /var/log/zones/zoneadm.20210501T194003Z.z1.install
       Image: Preparing at /zones/z1/root.

 Install Log: /system/volatile/install.3458/install_log
 AI Manifest: /tmp/manifest.xml.BSrbsf
  SC Profile: /usr/share/auto_install/sc_profiles/enable_sci.xml
    Zonename: z1
Installation: Starting ...

        Creating IPS image
Startup linked: 1/1 done
        Installing packages from:
            solaris
                origin:  http://pkg.oracle.com/solaris/release/
DOWNLOAD                                PKGS         FILES    XFER (MB)   SPEED
Completed                            341/341   66217/66217  283.2/283.2  1.1M/s

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

        Done: Installation completed in 423.544 seconds.

  Next Steps: Boot the zone, then log into the zone console (zlogin -C)
              to complete the configuration process.

Log saved in non-global zone as /zones/z1/root/var/log/zones/zoneadm.20210501T194003Z.z1.install
root@scorpion:~# zonecfg -z z2 'create -t z1; set zonepath=/zones/z2'
root@scorpion:~# zoneadm -z z2 clone nosuch
zoneadm: nosuch: No such zone configured
[1]
root@scorpion:~# zoneadm -z z2 clone z1
The following ZFS file system(s) have been created:
    zones/z2
Progress being logged to /var/log/zones/zoneadm.20210501T194709Z.z2.clone
Log saved in non-global zone as /zones/z2/root/var/log/zones/zoneadm.20210501T194709Z.z2.clone
root@scorpion:~# zoneadm -z z2 clone z1
zoneadm: zone 'z2': is already installed.
[1]
root@scorpion:~# zoneadm -z z1 boot
root@scorpion:~# zonecfg -z z3 'create -t z1; set zonepath=/zones/z3'
root@scorpion:~# zoneadm -z z3 clone z1
zoneadm: zone 'z3': clone operation is invalid for running zones.
[1]
root@scorpion:~# zoneadm list -cv
  ID NAME             STATUS      PATH                         BRAND      IP
   0 global           running     /                            solaris    shared
   1 z1               running     /zones/z1                    solaris    excl
   - z2               installed   /zones/z2                    solaris    excl
   - z3               configured  /zones/z3                    solaris    excl
root@scorpion:~# zonecfg -z z4 'create -t z1; set zonepath=/zones/z4'
root@scorpion:~# zoneadm -z z4 clone z3
zoneadm: zone z3 is configured; installed is required.
[1]
root@scorpion:~# zoneadm -z z1 halt
root@scorpion:~# zoneadm -z z3 clone z1
The following ZFS file system(s) have been created:
    zones/z3
Progress being logged to /var/log/zones/zoneadm.20210501T194745Z.z3.clone
Log saved in non-global zone as /zones/z3/root/var/log/zones/zoneadm.20210501T194745Z.z3.clone
