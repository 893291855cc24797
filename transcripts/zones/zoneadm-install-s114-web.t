---
world: s114-web
---
root@scorpion:~# # the blog's next step after solaris11/03: the zone installs from the local repository its global zone has as publisher
root@scorpion:~# zoneadm -z web install
The following ZFS file system(s) have been created:
    zones/web
Progress being logged to /var/log/zones/zoneadm.20210501T194002Z.web.install
       Image: Preparing at /zones/web/root.

 Install Log: /system/volatile/install.21031/install_log
 AI Manifest: /tmp/manifest.xml.71qdTd
  SC Profile: /usr/share/auto_install/sc_profiles/enable_sci.xml
    Zonename: web
Installation: Starting ...

        Creating IPS image
Startup linked: 1/1 done
        Installing packages from:
            solaris
                origin:  file:///repo/solaris/
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

        Done: Installation completed in 451.653 seconds.

  Next Steps: Boot the zone, then log into the zone console (zlogin -C)
              to complete the configuration process.

Log saved in non-global zone as /zones/web/root/var/log/zones/zoneadm.20210501T194002Z.web.install
root@scorpion:~# zoneadm list -cv
  ID NAME             STATUS      PATH                         BRAND      IP
   0 global           running     /                            solaris    shared
   - web              installed   /zones/web                   solaris    excl
