---
world: omnios
---
root@omnios:~# # verify_func's checks across resources, with zonecfg.c's words and the final zonecfg_strerror
root@omnios:~# zonecfg -z z1 'create; set zonepath=/zones/z1; add dedicated-cpu; set ncpus=2; end; set cpu-shares=10; verify'
rctl zone.cpu-shares and dedicated-cpu are incompatible.
z1: Incompatible settings
rctl zone.cpu-shares and dedicated-cpu are incompatible.
Zone z1 failed to verify
z1: Incompatible settings
Configuration not saved.
[1]
root@omnios:~# zonecfg -z z1 'create; set zonepath=/zones/z1; add dedicated-cpu; set ncpus=2; end; add rctl; set name=zone.cpu-cap; add value (priv=privileged,limit=150,action=deny); end; verify'
rctl zone.cpu-cap and the dedicated-cpu are incompatible.
z1: Incompatible settings
rctl zone.cpu-cap and the dedicated-cpu are incompatible.
Zone z1 failed to verify
z1: Incompatible settings
Configuration not saved.
[1]
root@omnios:~# zonecfg -z z1 'create; set zonepath=/zones/z1; set cpu-shares=10; set scheduling-class=RT; verify'
WARNING: rctl zone.cpu-shares and scheduling-class=RT are incompatible
z1: Incompatible settings
WARNING: rctl zone.cpu-shares and scheduling-class=RT are incompatible
Zone z1 failed to verify
z1: Incompatible settings
Configuration not saved.
[1]
root@omnios:~# zonecfg -z z1 'create; set zonepath=/zones/z1; add dataset; set name=tank//z1; end; verify'
dataset: name invalid
z1: Bad document property
dataset: name invalid
Zone z1 failed to verify
z1: Bad document property
Configuration not saved.
[1]
root@omnios:~# zonecfg -z z1 'create; set zonepath=/zones/z1; add dataset; set name=/tank/z1; end; commit'
dataset: name invalid
Zone z1 failed to verify
z1: Bad document property
dataset: name invalid
Zone z1 failed to verify
z1: Bad document property
Configuration not saved.
[1]
root@omnios:~# zonecfg -z z1 'create; set zonepath=/zones/z1; add admin; set user=nosuchuser; set auths=login; end; verify'
user nosuchuser is not a valid username
z1: Bad document property
user nosuchuser is not a valid username
Zone z1 failed to verify
z1: Bad document property
Configuration not saved.
[1]
root@omnios:~# # capped-cpu and capped-memory's swap and locked are resource controls: info shows them both ways, export
root@omnios:~# # writes them as rctls; before the first commit export has no brand line (zone_get_brand finds no zone)
root@omnios:~# zonecfg -z z1 'create; set zonepath=/zones/z1; add capped-memory; set physical=1024M; set swap=2G; set locked=512M; end; add capped-cpu; set ncpus=1.5; end; export'
create -b
set zonepath=/zones/z1
set autoboot=false
set ip-type=shared
add capped-memory
set physical=1G
end
add rctl
set name=zone.max-swap
add value (priv=privileged,limit=2147483648,action=deny)
end
add rctl
set name=zone.max-locked-memory
add value (priv=privileged,limit=536870912,action=deny)
end
add rctl
set name=zone.cpu-cap
add value (priv=privileged,limit=150,action=deny)
end
root@omnios:~# zonecfg -z z1 info
zonename: z1
zonepath: /zones/z1
brand: ipkg
autoboot: false
bootargs: 
pool: 
limitpriv: 
scheduling-class: 
ip-type: shared
hostid: 
fs-allowed: 
capped-cpu:
\t[ncpus: 1.50] (esc)
capped-memory:
\tphysical: 1G (esc)
\t[swap: 2G] (esc)
\t[locked: 512M] (esc)
rctl:
\tname: zone.max-swap (esc)
\tvalue: (priv=privileged,limit=2147483648,action=deny) (esc)
rctl:
\tname: zone.max-locked-memory (esc)
\tvalue: (priv=privileged,limit=536870912,action=deny) (esc)
rctl:
\tname: zone.cpu-cap (esc)
\tvalue: (priv=privileged,limit=150,action=deny) (esc)
root@omnios:~# zonecfg -z z1 export
create -b
set zonepath=/zones/z1
set brand=ipkg
set autoboot=false
set ip-type=shared
add capped-memory
set physical=1G
end
add rctl
set name=zone.max-swap
add value (priv=privileged,limit=2147483648,action=deny)
end
add rctl
set name=zone.max-locked-memory
add value (priv=privileged,limit=536870912,action=deny)
end
add rctl
set name=zone.cpu-cap
add value (priv=privileged,limit=150,action=deny)
end
root@omnios:~# zonecfg -z z1 'add dedicated-cpu'
The capped-cpu resource already exists.
[1]
root@omnios:~# zonecfg -z z1 'add capped-memory'
The capped-memory resource or a related resource control already exists.
[1]
root@omnios:~# zonecfg -z z1 'select capped-memory; set locked=4G; end'
The locked cap must be less than or equal to the physical cap.
Resource incomplete.
[1]
root@omnios:~# zonecfg -z z1 'select capped-memory; clear swap; end; remove capped-cpu; info capped-memory; info capped-cpu; info rctl'
capped-memory:
\tphysical: 1G (esc)
\t[locked: 512M] (esc)
rctl:
\tname: zone.max-locked-memory (esc)
\tvalue: (priv=privileged,limit=536870912,action=deny) (esc)
root@omnios:~# # a command file on standard input is read as interactive input: no bail-out, each error says its line
root@omnios:~# zonecfg -z z2 -f - <<EOF2
> info
> create
> set zonepath=/zones/z2
> set autoboot=maybe
> foo
> set ip-type=exclusive
> commit
> EOF2
On line 1:
z2: No such zone configured
Use 'create' to begin configuring a new zone.
On line 4:
autoboot value must be 'true' or 'false'.
syntax error on line 5 at 'f'
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
root@omnios:~# zonecfg -z z2 info autoboot
autoboot: false
root@omnios:~# # standard input that is not a terminal, without -f: interactive, with no prompts and no questions
root@omnios:~# zonecfg -z z3 <<EOF2
> create
> set zonepath=/zones/z3
> add net
> EOF2
z3: No such zone configured
Use 'create' to begin configuring a new zone.
Resource incomplete.
[1]
root@omnios:~# zonecfg -z z3 info
z3: No such zone configured
[1]
