---
world: crossbow-2008
---
crossbow# zonecfg -z z1
z1: No such zone configured
Use 'create' to begin configuring a new zone.
zonecfg:z1> create
zonecfg:z1> info
zonename: z1
zonepath: 
brand: native
autoboot: false
bootargs: 
pool: 
limitpriv: 
scheduling-class: 
ip-type: shared
inherit-pkg-dir:
\tdir: /lib (esc)
inherit-pkg-dir:
\tdir: /platform (esc)
inherit-pkg-dir:
\tdir: /sbin (esc)
inherit-pkg-dir:
\tdir: /usr (esc)
zonecfg:z1> export
create -b
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
zonecfg:z1> add net
zonecfg:z1:net> info
net:
\taddress not specified (esc)
\tphysical not specified (esc)
\tdefrouter not specified (esc)
zonecfg:z1:net> end
physical not specified
zonecfg:z1:net> cancel
zonecfg:z1> set zonepath=/zones/z1
zonecfg:z1> add fs
zonecfg:z1:fs> set dir=/mnt
zonecfg:z1:fs> set special=/export/data
zonecfg:z1:fs> set type=lofs
zonecfg:z1:fs> add options [ro,nodevices]
zonecfg:z1:fs> end
zonecfg:z1> add net
zonecfg:z1:net> set physical=eri0
zonecfg:z1:net> set address=10.0.0.5/24
zonecfg:z1:net> end
zonecfg:z1> verify
zonecfg:z1> info
zonename: z1
zonepath: /zones/z1
brand: native
autoboot: false
bootargs: 
pool: 
limitpriv: 
scheduling-class: 
ip-type: shared
inherit-pkg-dir:
\tdir: /lib (esc)
inherit-pkg-dir:
\tdir: /platform (esc)
inherit-pkg-dir:
\tdir: /sbin (esc)
inherit-pkg-dir:
\tdir: /usr (esc)
fs:
\tdir: /mnt (esc)
\tspecial: /export/data (esc)
\traw not specified (esc)
\ttype: lofs (esc)
\toptions: [ro,nodevices] (esc)
net:
\taddress: 10.0.0.5/24 (esc)
\tphysical: eri0 (esc)
\tdefrouter not specified (esc)
zonecfg:z1> exit
[1]
crossbow# zonecfg -z z1 info
zonename: z1
zonepath: /zones/z1
brand: native
autoboot: false
bootargs: 
pool: 
limitpriv: 
scheduling-class: 
ip-type: shared
inherit-pkg-dir:
\tdir: /lib (esc)
inherit-pkg-dir:
\tdir: /platform (esc)
inherit-pkg-dir:
\tdir: /sbin (esc)
inherit-pkg-dir:
\tdir: /usr (esc)
fs:
\tdir: /mnt (esc)
\tspecial: /export/data (esc)
\traw not specified (esc)
\ttype: lofs (esc)
\toptions: [ro,nodevices] (esc)
net:
\taddress: 10.0.0.5/24 (esc)
\tphysical: eri0 (esc)
\tdefrouter not specified (esc)
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
add fs
set dir=/mnt
set special=/export/data
set type=lofs
add options ro
add options nodevices
end
add net
set address=10.0.0.5/24
set physical=eri0
end
crossbow# zonecfg -z z1 'add net; set physical=eri0; end; commit'
net: address not specified
Zone z1 failed to verify
z1: Required property missing
net: address not specified
Zone z1 failed to verify
z1: Required property missing
Configuration not saved.
[1]
crossbow# zonecfg -z z1 'select fs dir=/mnt; set raw=/dev/rdsk/c0t0d0s0; end; info fs'
fs:
\tdir: /mnt (esc)
\tspecial: /export/data (esc)
\traw: /dev/rdsk/c0t0d0s0 (esc)
\ttype: lofs (esc)
\toptions: [ro,nodevices] (esc)
