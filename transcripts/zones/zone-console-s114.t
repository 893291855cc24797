---
world: s114-x86
---
root@scorpion:~# zonecfg -z z1 'create; set zonepath=/zones/z1; commit'
create: Using system default template 'SYSdefault'
root@scorpion:~# zonecfg -z z1 'set zonename=z2'
root@scorpion:~# zoneadm list -cv
  ID NAME             STATUS      PATH                         BRAND      IP
   0 global           running     /                            solaris    shared
   - z2               configured  /zones/z1                    solaris    excl
root@scorpion:~# zoneadm -z z2 install
The following ZFS file system(s) have been created:
    zones/z1
Progress being logged to /var/log/zones/zoneadm.20210501T194004Z.z2.install
       Image: Preparing at /zones/z1/root.

 Install Log: /system/volatile/install.21265/install_log
 AI Manifest: /tmp/manifest.xml.kjamQ7
  SC Profile: /usr/share/auto_install/sc_profiles/enable_sci.xml
    Zonename: z2
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

        Done: Installation completed in 487.729 seconds.

  Next Steps: Boot the zone, then log into the zone console (zlogin -C)
              to complete the configuration process.

Log saved in non-global zone as /zones/z1/root/var/log/zones/zoneadm.20210501T194004Z.z2.install
root@scorpion:~# zoneadm -z z2 boot
root@scorpion:~# zlogin -C z2
[Connected to zone 'z2' console]

z2 console login: root
Password: 
May  1 19:48:16 z2 login: ROOT LOGIN /dev/console
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@z2:~# zonename
z2
root@z2:~# exit
logout
z2 console login: 
z2 console login: root
Password: 
Last login: Sat May  1 19:48:16 2021 on console
May  1 19:48:21 z2 login: ROOT LOGIN /dev/console
Oracle Corporation      SunOS 5.11      11.4    August 2018
root@z2:~# ~.
[Connection to zone 'z2' console closed]
root@scorpion:~# zlogin z2 'zonename; exit 3'
z2
[3]
root@scorpion:~# zoneadm -z z2 reboot
root@scorpion:~# zoneadm list -v
  ID NAME             STATUS      PATH                         BRAND      IP
   0 global           running     /                            solaris    shared
   2 z2               running     /zones/z1                    solaris    excl
root@scorpion:~# zoneadm -z z2 shutdown
root@scorpion:~# zlogin -C z2
[Connected to zone 'z2' console]
~.
[Connection to zone 'z2' console closed]
