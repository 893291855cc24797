---
world: crossbow-2008
---
crossbow# # the 2008 zonecfg.c's export: inherit-pkg-dir, fs, net, device, rctl (the aliases and capped-memory's
crossbow# # swap among them), attr, dataset, dedicated-cpu, then capped-memory with only its physical cap
crossbow# zonecfg -z z1 'create; set zonepath=/zones/z1; set max-lwps=300; add capped-memory; set physical=512M; set swap=1G; end; add dataset; set name=tank/z1; end; add dedicated-cpu; set ncpus=1-2; end; commit'
crossbow# zonecfg -z z1 export
create -b
set zonepath=/zones/z1
set autoboot=false
set ip-type=shared
add inherit-pkg-dir
set dir=/lib
end
add inherit-pkg-dir
set dir=/platform
end
add inherit-pkg-dir
set dir=/sbin
end
add inherit-pkg-dir
set dir=/usr
end
add rctl
set name=zone.max-lwps
add value (priv=privileged,limit=300,action=deny)
end
add rctl
set name=zone.max-swap
add value (priv=privileged,limit=1073741824,action=deny)
end
add dataset
set name=tank/z1
end
add dedicated-cpu
set ncpus=1-2
end
add capped-memory
set physical=512M
end
crossbow# zonecfg -z z1 info capped-memory
capped-memory:
\tphysical: 512M (esc)
\t[swap: 1G] (esc)
crossbow# # its zonecfg has no max-processes alias (the lexer does not know the word)
crossbow# zonecfg -z z1 'set max-processes=400'
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
[1]
crossbow# zonecfg -z z1 'info max-processes'
usage:
info [<resource-type> [property-name=property-value]*]

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
[1]
