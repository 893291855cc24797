---
world: omnios-2018
---
root@omniosce:~# zoneadm -z nosuch boot
zoneadm: nosuch: No such zone configured
[1]
root@omniosce:~# zoneadm boot
zoneadm: no zone specified
[1]
root@omniosce:~# zoneadm
usage:\tzoneadm help (esc)
\tzoneadm [-z <zone>] [-u <uuid-match>] list (esc)
\tzoneadm {-z <zone>|-u <uuid-match>} <subcommand> (esc)

Subcommands:

help
boot [-- boot_arguments]
halt
ready
shutdown [-r [-- boot_arguments]]
reboot [-- boot_arguments]
list [-cipv]
verify
install [brand-specific args]
uninstall [-F] [brand-specific args]
clone [-m method] [-s <ZFS snapshot>] [brand-specific args] zonename
move zonepath
detach [-n] [brand-specific args]
attach [-F] [-n <path>] [brand-specific args]
mark incomplete

[2]
root@omniosce:~# zonecfg -z z1 'create; set zonepath=/zones/z1; commit'
root@omniosce:~# zoneadm -z z1 boot
zoneadm: zone 'z1': must be installed before boot.
[1]
root@omniosce:~# zoneadm -z z1 ready
zoneadm: zone 'z1': must be installed before ready.
[1]
root@omniosce:~# zoneadm -z z1 reboot
zoneadm: zone 'z1': not running
[1]
root@omniosce:~# zoneadm -z z1 uninstall -F
zoneadm: zone 'z1': is already in state 'configured'.
[1]
root@omniosce:~# zoneadm -z z1 halt
zone 'z1': halt operation is invalid for zones in state 'configured'
[1]
root@omniosce:~# zoneadm -z z1 mark incomplete
zoneadm: zone 'z1': must be installed before mark.
[1]
root@omniosce:~# zlogin z1
zlogin: cannot login to a zone which is 'configured'
[1]
root@omniosce:~# zlogin nosuch
zlogin: zone 'nosuch' unknown
[1]
root@omniosce:~# zlogin global
zlogin: 'zlogin' not applicable to the global zone
[1]
root@omniosce:~# zlogin
usage: zlogin [-dinCEINQS] [-e cmdchar] [-l user] zonename [command [args ...] ]
[2]
root@omniosce:~# zoneadm -z z1 install
A ZFS file system has been created for this zone.

       Image: Preparing at /zones/z1/root.
Sanity Check: Looking for 'entire' incorporation.
   Publisher: Using omnios (https://pkg.omniosce.org/r151026/core/).
       Cache: Using /var/pkg/publisher.
  Installing: Packages (output follows)
Packages to install: 186
Mediators to change:   2
 Services to change:   5

DOWNLOAD                                PKGS         FILES    XFER (MB)   SPEED
Completed                            186/186     1448/1448      4.8/4.8  291k/s

PHASE                                          ITEMS
Installing new actions                     5497/5497
Updating package state database                 Done
Updating package cache                           0/0
Updating image state                            Done
Creating fast lookup database                   Done
 Postinstall: Copying SMF seed repository ... done.
        Done: Installation completed in 56.316 seconds.
root@omniosce:~# zoneadm -z z1 install
zoneadm: zone 'z1': is already installed.
[1]
root@omniosce:~# zlogin z1
zlogin: login allowed only to running zones (z1 is 'installed').
[1]
root@omniosce:~# zoneadm -z z1 halt
zone 'z1': zone is already halted
root@omniosce:~# zoneadm -z z1 boot
root@omniosce:~# zoneadm -z z1 boot
zone 'z1': zone is already booted
root@omniosce:~# zoneadm -z z1 uninstall
zoneadm: zone 'z1': uninstall operation is invalid for running zones.
[1]
root@omniosce:~# zoneadm -z z1 install -q
usage:\tinstall [brand-specific args] (esc)
\tInstall the configuration on to the system.  The -x nodataset option (esc)
\tcan be used to prevent the creation of a new ZFS file system for the (esc)
\tzone (assuming the zonepath is within a ZFS file system). (esc)
\tAll other arguments are passed to the brand installation function; (esc)
\tsee brands(5) for more information. (esc)
[2]
root@omniosce:~# zoneadm list -p -v
zoneadm: list -p and -v are mutually exclusive.
[1]
root@omniosce:~# zoneadm -z z1 list -c
usage:\tlist [-cipv] (esc)
\tLists the current zones, or a specific zone if indicated.  By default, (esc)
\tall running zones are listed, though this can be expanded to all (esc)
\tinstalled zones with the -i option or all configured zones with the (esc)
\t-c option.  When used with the general -z <zone> and/or -u <uuid-match> (esc)
\toptions, lists only the specified matching zone, but lists it (esc)
\tregardless of its state, and the -i and -c options are disallowed.  The (esc)
\t-v option can be used to display verbose information: zone name, id, (esc)
\tcurrent state, root directory and options.  The -p option can be used (esc)
\tto request machine-parsable output.  The -v and -p options are mutually (esc)
\texclusive.  If neither -v nor -p is used, just the zone name is listed. (esc)
[2]
root@omniosce:~# zlogin z1 zonename
z1
root@omniosce:~# zlogin -C z1
[Connected to zone 'z1' console]
~.
[Connection to zone 'z1' console closed]
root@omniosce:~# zoneadm -z z1 halt
root@omniosce:~# zoneadm -z z1 mark incomplete
root@omniosce:~# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              ipkg     shared
   - z1               incomplete /zones/z1                      ipkg     shared
root@omniosce:~# zoneadm -z z1 boot
zoneadm: zone 'z1': must be installed before boot.
[1]
root@omniosce:~# zoneadm -z z1 install
zoneadm: zone 'z1': zone is incomplete; uninstall required.
[1]
root@omniosce:~# zoneadm -z z1 uninstall -F
root@omniosce:~# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              ipkg     shared
   - z1               configured /zones/z1                      ipkg     shared
