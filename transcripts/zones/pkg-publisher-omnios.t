---
world: omnios-2018
---
root@omniosce:~# # OmniOS's pkg5: the same publisher columns; its table of subcommands has apply-hot-fix
root@omniosce:~# pkg publisher
PUBLISHER                   TYPE     STATUS P LOCATION
omnios                      origin   online F https://pkg.omniosce.org/r151026/core/
root@omniosce:~# pkg
pkg: no subcommand specified
Usage:    pkg [options] command [cmd_options] [operands]
The following commands are supported:

Package Information  : list           search         info      contents
Package Transitions  : update         install        uninstall
                       history        exact-install  apply-hot-fix
Package Maintenance  : verify         fix            revert
Publishers           : publisher      set-publisher  unset-publisher
Package Configuration: mediator       set-mediator   unset-mediator
                       facet          change-facet
                       variant        change-variant
Image Constraints    : avoid          unavoid        freeze    unfreeze
Image Configuration  : refresh        rebuild-index  purge-history
                       property       set-property   add-property-value
                       unset-property remove-property-value
Miscellaneous        : image-create   dehydrate      rehydrate
For more info, run: pkg help <command>
[2]
root@omniosce:~# zonecfg -z z1 'create; set zonepath=/zones/z1; commit'
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
Completed                            186/186     1448/1448      4.8/4.8  231k/s

PHASE                                          ITEMS
Installing new actions                     5497/5497
Updating package state database                 Done
Updating package cache                           0/0
Updating image state                            Done
Creating fast lookup database                   Done
 Postinstall: Copying SMF seed repository ... done.
        Done: Installation completed in 70.916 seconds.
