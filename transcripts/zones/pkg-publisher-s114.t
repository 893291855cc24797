---
world: s114-web-console
---
root@scorpion:~# # pkg publisher: the image's publishers (this host's local repository, a declared fact), pkg5's columns
root@scorpion:~# pkg publisher
PUBLISHER                   TYPE     STATUS P LOCATION
solaris                     origin   online F file:///repo/solaris/
root@scorpion:~# pkg publisher -H
solaris                     origin   online F file:///repo/solaris/
root@scorpion:~# pkg publisher -P
PUBLISHER                   TYPE     STATUS P LOCATION
solaris                     origin   online F file:///repo/solaris/
root@scorpion:~# pkg publisher -F tsv
PUBLISHER\tSTICKY\tSYSPUB\tENABLED\tTYPE\tSTATUS\tURI\tPROXY (esc)
solaris\ttrue\tfalse\ttrue\torigin\tonline\tfile:///repo/solaris/\t- (esc)
root@scorpion:~# pkg publisher -x
pkg publisher: illegal option -- x
Usage:
        pkg publisher [-HPn] [-F format] [publisher ...]
[2]
root@scorpion:~# pkg publisher -F yaml
pkg publisher: Unrecognized format yaml. Supported formats: default, tsv, json, json-formatted
Usage:
        pkg publisher [-HPn] [-F format] [publisher ...]
[2]
root@scorpion:~# # a zone's image reaches its global zone's publishers through the system repository
root@scorpion:~# zlogin web pkg publisher
PUBLISHER                   TYPE     STATUS P LOCATION
solaris        (syspub)     origin   online T <system-repository>
root@scorpion:~# # pkg's usage refusals (exit 2) and its table of subcommands
root@scorpion:~# pkg
pkg: no subcommand specified
Usage:    pkg [options] command [cmd_options] [operands]
The following commands are supported:

Package Information  : list           search         info      contents
Package Transitions  : update         install        uninstall
                       history        exact-install
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
root@scorpion:~# pkg frob
pkg: unknown subcommand 'frob'
For a full list of subcommands, run: pkg help
[2]
root@scorpion:~# pkg help
Usage:    pkg [options] command [cmd_options] [operands]
The following commands are supported:

Package Information  : list           search         info      contents
Package Transitions  : update         install        uninstall
                       history        exact-install
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
root@scorpion:~# pkg install web/server/apache-24
vshell: pkg install: not simulated yet
[69]
root@scorpion:~# pkg publisher --help
Usage:
        pkg publisher [-HPn] [-F format] [publisher ...]
root@scorpion:~# pkg help publisher
Usage:
        pkg publisher [-HPn] [-F format] [publisher ...]
