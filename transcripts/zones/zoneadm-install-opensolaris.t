---
world: opensolaris
---
opensolaris# # OpenSolaris: the 2010 pkg client's table (PUBLISHER, TYPE, STATUS, URI; the preferred publisher marked)
opensolaris# pkg publisher
PUBLISHER                             TYPE     STATUS   URI
opensolaris.org          (preferred)  origin   online   http://pkg.opensolaris.org/release/
opensolaris# pkg frob
pkg: unknown subcommand 'frob'
Try `pkg --help or -?' for more information.
[2]
opensolaris# zonecfg -z web 'create; set zonepath=/zones/web; add net; set physical=rtls0; set address=192.168.125.50/24; end; commit'
opensolaris# zoneadm -z web install
A ZFS file system has been created for this zone.
   Publisher: Using opensolaris.org (http://pkg.opensolaris.org/release/).
       Image: Preparing at /zones/web/root.
       Cache: Using /var/pkg/download.
Sanity Check: Looking for 'entire' incorporation.
  Installing: Core System (output follows)
DOWNLOAD                                    PKGS       FILES     XFER (MB)
Completed                                  20/20   3021/3021   42.55/42.55

PHASE                                        ACTIONS
Install Phase                              5747/5747
  Installing: Additional Packages (output follows)
DOWNLOAD                                    PKGS       FILES     XFER (MB)
Completed                                  37/37   5598/5598   32.52/32.52

PHASE                                        ACTIONS
Install Phase                              7329/7329

        Note: Man pages can be obtained by installing SUNWman
 Postinstall: Copying SMF seed repository ... done.
 Postinstall: Applying workarounds.
        Done: Installation completed in 1982.453 seconds.

  Next Steps: Boot the zone, then log into the zone console (zlogin -C)
              to complete the configuration process.
opensolaris# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              native   shared
   - web              installed  /zones/web                     ipkg     shared
opensolaris# zoneadm -z web boot
opensolaris# zlogin web pkg publisher
PUBLISHER                             TYPE     STATUS   URI
opensolaris.org          (preferred)  origin   online   http://pkg.opensolaris.org/release/
