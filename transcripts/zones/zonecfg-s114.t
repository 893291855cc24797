---
world: s114-x86
---
root@scorpion:~# zonecfg -z z1
Use 'create' to begin configuring a new zone.
zonecfg:z1> create
create: Using system default template 'SYSdefault'
zonecfg:z1> info
zonename: z1
brand: solaris
anet 0:
\tlinkname: net0 (esc)
\tconfigure-allowed-address: true (esc)
zonecfg:z1> export
create -b
set brand=solaris
add anet
set linkname=net0
set configure-allowed-address=true
end
zonecfg:z1> add net
zonecfg:z1:net> info
net:
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
zonecfg:z1:net> set physical=net1
zonecfg:z1:net> set allowed-address=10.0.0.5/24
zonecfg:z1:net> end
zonecfg:z1> verify
zonecfg:z1> info
zonename: z1
zonepath: /zones/z1
brand: solaris
fs 0:
\tdir: /mnt (esc)
\tspecial: /export/data (esc)
\ttype: lofs (esc)
\toptions: [ro,nodevices] (esc)
net 0:
\tallowed-address: 10.0.0.5/24 (esc)
\tphysical: net1 (esc)
anet 0:
\tlinkname: net0 (esc)
\tconfigure-allowed-address: true (esc)
zonecfg:z1> exit
[1]
root@scorpion:~# zonecfg -z z1 info
zonename: z1
zonepath: /zones/z1
brand: solaris
fs:
\tdir: /mnt (esc)
\tspecial: /export/data (esc)
\ttype: lofs (esc)
\toptions: [ro,nodevices] (esc)
net:
\tallowed-address: 10.0.0.5/24 (esc)
\tphysical: net1 (esc)
anet:
\tlinkname: net0 (esc)
\tconfigure-allowed-address: true (esc)
root@scorpion:~# zonecfg -z z1 export
create -b
set brand=solaris
set zonepath=/zones/z1
add fs
set dir=/mnt
set special=/export/data
set type=lofs
add options ro
add options nodevices
end
add net
set allowed-address=10.0.0.5/24
set physical=net1
end
add anet
set linkname=net0
set configure-allowed-address=true
end
root@scorpion:~# zonecfg -z z1 'add net; set physical=net1; end; commit'
A net resource with the physical 'net1', and allowed-address '' already exists.
The commit command only makes sense in the global scope.
Resource incomplete.
[1]
root@scorpion:~# zonecfg -z z1 'select fs dir=/mnt; set raw=/dev/rdsk/c0t0d0s0; end; info fs'
fs:
\tdir: /mnt (esc)
\tspecial: /export/data (esc)
\traw: /dev/rdsk/c0t0d0s0 (esc)
\ttype: lofs (esc)
\toptions: [ro,nodevices] (esc)
root@scorpion:~# zonecfg -z z1
zonecfg:z1> info
zonename: z1
zonepath: /zones/z1
brand: solaris
fs 0:
\tdir: /mnt (esc)
\tspecial: /export/data (esc)
\traw: /dev/rdsk/c0t0d0s0 (esc)
\ttype: lofs (esc)
\toptions: [ro,nodevices] (esc)
net 0:
\tallowed-address: 10.0.0.5/24 (esc)
\tphysical: net1 (esc)
anet 0:
\tlinkname: net0 (esc)
\tconfigure-allowed-address: true (esc)
zonecfg:z1> select anet 0
zonecfg:z1:anet> end
zonecfg:z1> remove anet 0
zonecfg:z1> info
zonename: z1
zonepath: /zones/z1
brand: solaris
fs 0:
\tdir: /mnt (esc)
\tspecial: /export/data (esc)
\traw: /dev/rdsk/c0t0d0s0 (esc)
\ttype: lofs (esc)
\toptions: [ro,nodevices] (esc)
net 0:
\tallowed-address: 10.0.0.5/24 (esc)
\tphysical: net1 (esc)
zonecfg:z1> revert -F
zonecfg:z1> info
zonename: z1
zonepath: /zones/z1
brand: solaris
fs 0:
\tdir: /mnt (esc)
\tspecial: /export/data (esc)
\traw: /dev/rdsk/c0t0d0s0 (esc)
\ttype: lofs (esc)
\toptions: [ro,nodevices] (esc)
net 0:
\tallowed-address: 10.0.0.5/24 (esc)
\tphysical: net1 (esc)
anet 0:
\tlinkname: net0 (esc)
\tconfigure-allowed-address: true (esc)
zonecfg:z1> exit
