---
world: s10-x86
---
sol10# # zonecfg's usage, help and syntax-error refusals (mirrors zonecfg-illumos.t), and which aliased rctls this release's zonecfg has
sol10# zonecfg
usage:\tzonecfg help (esc)
\tzonecfg -z <zone>\t\t\t(interactive) (esc)
\tzonecfg -z <zone> <command> (esc)
\tzonecfg -z <zone> -f <command-file> (esc)
Commands:

add <resource-type>
\t(global scope) (esc)
add <property-name> <property-value>
\t(resource scope) (esc)
cancel
clear <property-name>
commit
create [-F] [ -a <path> | -b | -t <template> ]
delete [-F]
end
exit [-F]
export [-f output-file]
help [commands] [syntax] [usage] [<command-name>]
info [<resource-type> [property-name=property-value]*]
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
\t(global scope) (esc)
remove <property-name> <property-value>
\t(resource scope) (esc)
revert [-F]
select <resource-type> { <property-name>=<property-value> }
set <property-name>=<property-value>
verify
[2]
sol10# zonecfg -x
zonecfg: illegal option -- x
usage:\tzonecfg help (esc)
\tzonecfg -z <zone>\t\t\t(interactive) (esc)
\tzonecfg -z <zone> <command> (esc)
\tzonecfg -z <zone> -f <command-file> (esc)
[2]
sol10# zonecfg -z 0bad!
0bad!: Bogus zone name

<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
\t(except the reserved words 'global' and anything starting with 'SUNW') (esc)
\tName must be less than 64 characters. (esc)
[2]
sol10# zonecfg -z z1
z1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:z1> create
zonecfg:z1> foo
syntax error at 'f'
Commands:

add <resource-type>
\t(global scope) (esc)
add <property-name> <property-value>
\t(resource scope) (esc)
cancel
clear <property-name>
commit
create [-F] [ -a <path> | -b | -t <template> ]
delete [-F]
end
exit [-F]
export [-f output-file]
help [commands] [syntax] [usage] [<command-name>]
info [<resource-type> [property-name=property-value]*]
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
\t(global scope) (esc)
remove <property-name> <property-value>
\t(resource scope) (esc)
revert [-F]
select <resource-type> { <property-name>=<property-value> }
set <property-name>=<property-value>
verify
zonecfg:z1> set foo=bar
syntax error at '='
Commands:

add <resource-type>
\t(global scope) (esc)
add <property-name> <property-value>
\t(resource scope) (esc)
cancel
clear <property-name>
commit
create [-F] [ -a <path> | -b | -t <template> ]
delete [-F]
end
exit [-F]
export [-f output-file]
help [commands] [syntax] [usage] [<command-name>]
info [<resource-type> [property-name=property-value]*]
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
\t(global scope) (esc)
remove <property-name> <property-value>
\t(resource scope) (esc)
revert [-F]
select <resource-type> { <property-name>=<property-value> }
set <property-name>=<property-value>
verify
zonecfg:z1> help
Commands:

add <resource-type>
\t(global scope) (esc)
add <property-name> <property-value>
\t(resource scope) (esc)
\tAdd specified resource to configuration. (esc)

cancel
\tCancels resource/property specification. (esc)

clear <property-name>
\tClears property values. (esc)

commit
\tCommits current configuration.  Configuration must be committed to (esc)
\tbe used by zoneadm.  Until the configuration is committed, changes  (esc)
\tcan be removed with the revert command.  This operation is (esc)
\tattempted automatically upon completion of a zonecfg session. (esc)

create [-F] [ -a <path> | -b | -t <template> ]
\tCreates a configuration for the specified zone.  create should be (esc)
\tused to begin configuring a new zone.  If overwriting an existing (esc)
\tconfiguration, the -F flag can be used to force the action.  If (esc)
\t-t template is given, creates a configuration identical to the (esc)
\tspecified template, except that the zone name is changed from (esc)
\ttemplate to zonename.  'create -a' creates a configuration from a (esc)
\tdetached zonepath.  'create -b' results in a blank configuration. (esc)
\t'create' with no arguments applies the Sun default settings. (esc)

delete [-F]
\tDeletes the specified zone.  The -F flag can be used to force the (esc)
\taction. (esc)

end
\tEnds resource/property specification. (esc)

exit [-F]
\tExits the program.  The -F flag can be used to force the action. (esc)

export [-f output-file]
\tPrints configuration to standard output, or to output-file if (esc)
\tspecified, in a form suitable for use in a command-file. (esc)

help [commands] [syntax] [usage] [<command-name>]
\tPrints help message. (esc)

info [<resource-type> [property-name=property-value]*]
\tDisplays information about the current configuration.  If resource (esc)
\ttype is specified, displays only information about resources of (esc)
\tthe relevant type.  If resource id is specified, displays only (esc)
\tinformation about that resource. (esc)

remove [-F] <resource-type> [ <property-name>=<property-value> ]*
\t(global scope) (esc)
remove <property-name> <property-value>
\t(resource scope) (esc)
\tRemove specified resource from configuration.  The -F flag can be used (esc)
\tto force the action. (esc)

revert [-F]
\tReverts configuration back to the last committed state.  The -F flag (esc)
\tcan be used to force the action. (esc)

select <resource-type> { <property-name>=<property-value> }
\tSelects a resource to modify.  Resource modification is completed (esc)
\twith the command "end".  The property name/value pairs must uniquely (esc)
\tidentify a resource.  Note that the curly braces ('{', '}') mean one (esc)
\tor more of whatever is between them. (esc)

set <property-name>=<property-value>
\tSets property values. (esc)

verify
\tVerifies current configuration for correctness (some resource types (esc)
\thave required properties). (esc)

zonecfg:z1> help set
usage:
set <property-name>=<property-value>
\tSets property values. (esc)

For resource type ... there are property types ...:
\t(global)\tzonename (esc)
\t(global)\tzonepath (esc)
\t(global)\tbrand (esc)
\t(global)\tautoboot (esc)
\t(global)\tbootargs (esc)
\t(global)\tpool (esc)
\t(global)\tlimitpriv (esc)
\t(global)\tscheduling-class (esc)
\t(global)\tip-type (esc)
\t(global)\tmax-lwps (esc)
\t(global)\tmax-shm-memory (esc)
\t(global)\tmax-shm-ids (esc)
\t(global)\tmax-msg-ids (esc)
\t(global)\tmax-sem-ids (esc)
\t(global)\tcpu-shares (esc)
\tfs\t\tdir, special, raw, type (esc)
\tinherit-pkg-dir\tdir (esc)
\tnet\t\taddress, physical, defrouter (esc)
\tdevice\t\tmatch (esc)
\trctl\t\tname, value (esc)
\tattr\t\tname, type, value (esc)
\tdataset\t\tname (esc)
\tdedicated-cpu\tncpus, importance (esc)
\tcapped-cpu\tncpus (esc)
\tcapped-memory\tphysical, swap, locked (esc)
zonecfg:z1> help syntax
<zone> := [A-Za-z0-9][A-Za-z0-9_.-]*
\t(except the reserved words 'global' and anything starting with 'SUNW') (esc)
\tName must be less than 64 characters. (esc)

<resource type> := fs | inherit-pkg-dir | net | device | rctl | attr |
\tdataset | dedicated-cpu | capped-cpu | capped-memory (esc)

For resource type ... there are property types ...:
\t(global)\tzonename (esc)
\t(global)\tzonepath (esc)
\t(global)\tbrand (esc)
\t(global)\tautoboot (esc)
\t(global)\tbootargs (esc)
\t(global)\tpool (esc)
\t(global)\tlimitpriv (esc)
\t(global)\tscheduling-class (esc)
\t(global)\tip-type (esc)
\t(global)\tmax-lwps (esc)
\t(global)\tmax-shm-memory (esc)
\t(global)\tmax-shm-ids (esc)
\t(global)\tmax-msg-ids (esc)
\t(global)\tmax-sem-ids (esc)
\t(global)\tcpu-shares (esc)
\tfs\t\tdir, special, raw, type (esc)
\tinherit-pkg-dir\tdir (esc)
\tnet\t\taddress, physical, defrouter (esc)
\tdevice\t\tmatch (esc)
\trctl\t\tname, value (esc)
\tattr\t\tname, type, value (esc)
\tdataset\t\tname (esc)
\tdedicated-cpu\tncpus, importance (esc)
\tcapped-cpu\tncpus (esc)
\tcapped-memory\tphysical, swap, locked (esc)
zonecfg:z1> help usage
usage:\tzonecfg help (esc)
\tzonecfg -z <zone>\t\t\t(interactive) (esc)
\tzonecfg -z <zone> <command> (esc)
\tzonecfg -z <zone> -f <command-file> (esc)
zonecfg:z1> help frob
Unknown help subject frob.  More help is available for the following:

\tcommands ('help commands') (esc)
\tsyntax ('help syntax') (esc)
\tusage ('help usage') (esc)

You may also obtain help on any command by typing 'help <command-name>.'
zonecfg:z1> add net
zonecfg:z1:net> help
The 'net' resource scope is used to configure a network interface.
Valid commands:
\tset address=<IP-address> (esc)
\tset physical=<interface> (esc)
See ifconfig(1M) for details of the <interface> string.
\tset defrouter=<IP-address> (esc)
set address and set defrouter are valid if the ip-type property is set to shared, otherwise they must not be set.
And from any resource scope, you can:
\tend\t(to conclude this operation) (esc)
\tcancel\t(to cancel this operation) (esc)
\texit\t(to exit the zonecfg utility) (esc)
zonecfg:z1:net> end
physical not specified
zonecfg:z1:net> cancel
zonecfg:z1> set max-lwps=500
zonecfg:z1> set max-processes=500
syntax error at '='
Commands:

add <resource-type>
\t(global scope) (esc)
add <property-name> <property-value>
\t(resource scope) (esc)
cancel
clear <property-name>
commit
create [-F] [ -a <path> | -b | -t <template> ]
delete [-F]
end
exit [-F]
export [-f output-file]
help [commands] [syntax] [usage] [<command-name>]
info [<resource-type> [property-name=property-value]*]
remove [-F] <resource-type> [ <property-name>=<property-value> ]*
\t(global scope) (esc)
remove <property-name> <property-value>
\t(resource scope) (esc)
revert [-F]
select <resource-type> { <property-name>=<property-value> }
set <property-name>=<property-value>
verify
zonecfg:z1> info max-lwps
[max-lwps: 500]
zonecfg:z1> exit
zonepath cannot be empty.
Zone z1 failed to verify
z1: Required resource missing
Configuration not saved; really quit (y/[n])? y
[1]
