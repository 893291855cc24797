---
world: omnios
---
root@omnios:~# # zonecfg on illumos (OmniOS): the SUNWdefault template, every refusal, info and export
root@omnios:~# zonecfg -z z1 info
z1: No such zone configured
[1]
root@omnios:~# zonecfg -z z1
z1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:z1> create
zonecfg:z1> info
zonename: z1
zonepath: 
brand: ipkg
autoboot: false
bootargs: 
pool: 
limitpriv: 
scheduling-class: 
ip-type: shared
hostid: 
fs-allowed: 
zonecfg:z1> end
The end command only makes sense in the resource scope.
zonecfg:z1> cancel
The cancel command only makes sense in the resource scope.
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
zonecfg:z1> set zonepath=zones/z1
zones/z1 is not an absolute path.
zonecfg:z1> set zonepath=/
/ is not allowed as a zonepath.
zonecfg:z1> set autoboot=yes
autoboot value must be 'true' or 'false'.
zonecfg:z1> set ip-type=both
ip-type value must be 'shared' or 'exclusive'.
zonecfg:z1> set pool=SUNWtmp
pool names starting with SUNW are reserved.
zonecfg:z1> set physical=net0
Cannot set a resource-specific property from the global scope.
zonecfg:z1> clear zonepath
zonepath: Clearing this property is not allowed
zonecfg:z1> verify
zonepath cannot be empty.
z1: Required resource missing
zonecfg:z1> commit
zonepath cannot be empty.
Zone z1 failed to verify
z1: Required resource missing
zonecfg:z1> set zonepath=/zones/z1
zonecfg:z1> add net
zonecfg:z1:net> select net physical=net0
The select command only makes sense in the global scope.
zonecfg:z1:net> help
The 'net' resource scope is used to configure a network interface.
Valid commands:
\tset address=<IP-address> (esc)
\tset allowed-address=<IP-address> (esc)
\tset physical=<interface> (esc)
See ifconfig(1M) for details of the <interface> string.
set address is valid if the ip-type property is set to shared, otherwise it must not be set.
set allowed-address is valid if the ip-type property is set to exclusive, otherwise it must not be set.
\tset defrouter=<IP-address> (esc)
set defrouter is valid if the address or allowed-address property is set, otherwise it must not be set
And from any resource scope, you can:
\tend\t(to conclude this operation) (esc)
\tcancel\t(to cancel this operation) (esc)
\texit\t(to exit the zonecfg utility) (esc)
zonecfg:z1:net> info
net:
\taddress not specified (esc)
\tallowed-address not specified (esc)
\tphysical not specified (esc)
\tdefrouter not specified (esc)
zonecfg:z1:net> end
physical not specified
zonecfg:z1:net> set physical=net0
zonecfg:z1:net> end
zonecfg:z1> add net
zonecfg:z1:net> set physical=net0
zonecfg:z1:net> end
A net resource with the physical 'net0', and allowed-address '' already exists.
zonecfg:z1:net> add fs
usage:
add <resource-type>
\t(global scope) (esc)
add <property-name> <property-value>
\t(resource scope) (esc)
\tAdd specified resource to configuration. (esc)
zonecfg:z1:net> end
A net resource with the physical 'net0', and allowed-address '' already exists.
zonecfg:z1:net> cancel
zonecfg:z1> add attr
zonecfg:z1:attr> end
name not specified
type not specified
value not specified
Invalid attr name : must start with an alpha-numeric character.
invalid attr type ''
zonecfg:z1:attr> cancel
zonecfg:z1> add capped-memory
zonecfg:z1:capped-memory> end
No property was specified.  One of physical, swap or locked is required.
zonecfg:z1:capped-memory> set physical=512M
zonecfg:z1:capped-memory> end
zonecfg:z1> add dedicated-cpu
zonecfg:z1:dedicated-cpu> set ncpus=1-2
zonecfg:z1:dedicated-cpu> end
zonecfg:z1> add dedicated-cpu
The dedicated-cpu resource already exists.
zonecfg:z1> remove net physical=net9
remove net: No such resource with that id
zonecfg:z1> select net physical=net9
select net: No such resource with that id
zonecfg:z1> remove fs
remove fs: No such entry
zonecfg:z1> verify
net: address not specified
z1: Required property missing
zonecfg:z1> commit
net: address not specified
Zone z1 failed to verify
z1: Required property missing
zonecfg:z1> set ip-type=exclusive
zonecfg:z1> verify
zonecfg:z1> set ip-type=shared
zonecfg:z1> add net
zonecfg:z1:net> set physical=net1
zonecfg:z1:net> set address=10.0.0.7/24
zonecfg:z1:net> end
zonecfg:z1> select net
usage:
select <resource-type> { <property-name>=<property-value> }
zonecfg:z1> remove net
Are you sure you want to remove ALL 'net' resources (y/[n])? n
zonecfg:z1> remove net physical=net0
zonecfg:z1> set max-lwps=500
zonecfg:z1> info
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
[max-lwps: 500]
net:
\taddress: 10.0.0.7/24 (esc)
\tallowed-address not specified (esc)
\tphysical: net1 (esc)
\tdefrouter not specified (esc)
dedicated-cpu:
\tncpus: 1-2 (esc)
capped-memory:
\tphysical: 512M (esc)
rctl:
\tname: zone.max-lwps (esc)
\tvalue: (priv=privileged,limit=500,action=deny) (esc)
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
\t(global)\thostid (esc)
\t(global)\tfs-allowed (esc)
\t(global)\tmax-lwps (esc)
\t(global)\tmax-processes (esc)
\t(global)\tmax-shm-memory (esc)
\t(global)\tmax-shm-ids (esc)
\t(global)\tmax-msg-ids (esc)
\t(global)\tmax-sem-ids (esc)
\t(global)\tcpu-shares (esc)
\tfs\t\tdir, special, raw, type, options (esc)
\tnet\t\taddress, allowed-address, physical|defrouter (esc)
\tdevice\t\tmatch (esc)
\trctl\t\tname, value (esc)
\tattr\t\tname, type, value (esc)
\tdataset\t\tname (esc)
\tdedicated-cpu\tncpus, importance (esc)
\tcapped-cpu\tncpus (esc)
\tcapped-memory\tphysical, swap, locked (esc)
\tadmin\t\tuser, auths (esc)
zonecfg:z1> help frob
Unknown help subject frob.  More help is available for the following:

\tcommands ('help commands') (esc)
\tsyntax ('help syntax') (esc)
\tusage ('help usage') (esc)

You may also obtain help on any command by typing 'help <command-name>.'
zonecfg:z1> export
create -b
set zonepath=/zones/z1
set autoboot=false
set ip-type=shared
add net
set address=10.0.0.7/24
set physical=net1
end
add capped-memory
set physical=512M
end
add rctl
set name=zone.max-lwps
add value (priv=privileged,limit=500,action=deny)
end
add dedicated-cpu
set ncpus=1-2
end
zonecfg:z1> commit
zonecfg:z1> exit
[1]
root@omnios:~# zonecfg -z z1 'select net physical=net1; set address=10.0.0.8/24; end; info net'
net:
\taddress: 10.0.0.8/24 (esc)
\tallowed-address not specified (esc)
\tphysical: net1 (esc)
\tdefrouter not specified (esc)
root@omnios:~# zonecfg -z z1 export -f /tmp/z1.cfg
root@omnios:~# cat /tmp/z1.cfg
create -b
set zonepath=/zones/z1
set brand=ipkg
set autoboot=false
set ip-type=shared
add net
set address=10.0.0.8/24
set physical=net1
end
add capped-memory
set physical=512M
end
add rctl
set name=zone.max-lwps
add value (priv=privileged,limit=500,action=deny)
end
add dedicated-cpu
set ncpus=1-2
end
root@omnios:~# zonecfg -z z2 -f /tmp/z1.cfg
root@omnios:~# zoneadm list -cv
  ID NAME             STATUS     PATH                           BRAND    IP    
   0 global           running    /                              ipkg     shared
   - z1               configured /zones/z1                      ipkg     shared
   - z2               configured /zones/z1                      ipkg     shared
root@omnios:~# echo 'create' > /tmp/bad.cfg
root@omnios:~# echo 'set zonepath=/zones/z3' >> /tmp/bad.cfg
root@omnios:~# echo 'set autoboot=maybe' >> /tmp/bad.cfg
root@omnios:~# echo 'set bootargs=-v' >> /tmp/bad.cfg
root@omnios:~# zonecfg -z z3 -f /tmp/bad.cfg
On line 3 of /tmp/bad.cfg:
autoboot value must be 'true' or 'false'.
[1]
root@omnios:~# zonecfg -z z3 info bootargs
bootargs: 
root@omnios:~# zonecfg -z z4
z4: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:z4> create
zonecfg:z4> set zonepath=/zones/z4
zonecfg:z4> revert
z4: no such saved zone to revert to.
zonecfg:z4> info zonepath
zonepath: /zones/z4
zonecfg:z4> exit
[1]
root@omnios:~# zonecfg -z z2
zonecfg:z2> delete
Are you sure you want to delete zone z2 (y/[n])? y
root@omnios:~# zonecfg -z z1
zonecfg:z1> add net
zonecfg:z1:net> set physical=net2
zonecfg:z1:net> end
zonecfg:z1> exit
net: address not specified
Zone z1 failed to verify
z1: Required property missing
Configuration not saved; really quit (y/[n])? n
zonecfg:z1> exit
net: address not specified
Zone z1 failed to verify
z1: Required property missing
Configuration not saved; really quit (y/[n])? y
[1]
