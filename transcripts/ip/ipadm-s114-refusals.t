---
world: s114-x86
---
root@scorpion:~# # Every refusal of Oracle Solaris 11's ipadm, in its ipadm.c's words; nothing changes
root@scorpion:~# ipadm create-ip net0
ipadm: cannot create interface net0: Interface already exists
[1]
root@scorpion:~# ipadm create-ip nosuch0
ipadm: cannot create interface nosuch0: Datalink does not exist
[1]
root@scorpion:~# ipadm create-ip bad:name
ipadm: cannot create interface bad:name: Invalid interface name
[1]
root@scorpion:~# ipadm create-ip
ipadm: usage: \tcreate-ip\t[-t] <IP-interface> (esc)
[1]
root@scorpion:~# ipadm create-ip -x net1
ipadm: unrecognized option '-x'
usage: \tcreate-ip\t[-t] <IP-interface> (esc)
[1]
root@scorpion:~# ipadm create-if net1
ipadm: unknown subcommand 'create-if'
usage:  ipadm <subcommand> <args> ...
\tcreate-ip\t[-t] <IP-interface> (esc)
\tdelete-ip\t<IP-interface> (esc)
\tcreate-vni\t[-t] <VNI-interface> (esc)
\tdelete-vni\t<VNI-interface> (esc)
\tcreate-ipmp\t[-t] [-i <under-interface>[,...]] ... <IPMP-interface> (esc)
\tdelete-ipmp\t[-f] <IPMP-interface> (esc)
\tadd-ipmp\t[-t] -i <under-interface>[,...] [-i interface,[...] ...] <IPMP-interface> (esc)
\tremove-ipmp\t[-t] -i <under-interface>[,...] [-i interface,[...] ...] <IPMP-interface> (esc)
\tdisable-if\t-t <interface> (esc)
\tenable-if\t-t <interface> (esc)
\tshow-if\t\t[[-p] -o <field>,...] [<interface>] (esc)

\tset-ifprop\t[-t] -p <prop>=<value[,...]> -m <protocol> <interface> (esc)
\treset-ifprop\t[-t] -p <prop> -m <protocol> <interface> (esc)
\tshow-ifprop\t[[-c] -o <field>,...] [-p <prop>,...] (esc)
\t\t\t[-m <protocol>] [<interface>] (esc)

\tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
\tdown-addr\t[-t] <addrobj> (esc)
\tup-addr\t\t[-t] <addrobj> (esc)
\tdisable-addr\t-t <addrobj> (esc)
\tenable-addr\t-t <addrobj> (esc)
\trefresh-addr\t[-i] <addrobj> (esc)
\tdelete-addr\t[-r] <addrobj> (esc)
\tshow-addr\t[[-p] -o <field>,...] [<addrobj>] (esc)

\tset-addrprop\t[-t] -p <prop>=<value[,...]> <addrobj> (esc)
\treset-addrprop\t[-t] -p <prop> <addrobj> (esc)
\tshow-addrprop\t[[-c] -o <field>,...] [-p <prop>,...] [<addrobj>] (esc)

\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol> (esc)
\treset-prop\t[-t] -p <prop> <protocol> (esc)
\tshow-prop\t[[-c] -o <field>,...] (esc)
\t\t\t[-p <prop>,... <protocol> | <protocol>] (esc)
[1]
root@scorpion:~# ipadm delete-ip net9
ipadm: cannot delete interface net9: No such interface
[1]
root@scorpion:~# ipadm delete-ip
ipadm: usage: \tdelete-ip\t<IP-interface> (esc)
[1]
root@scorpion:~# ipadm help
ipadm: unknown subcommand 'help'
usage:  ipadm <subcommand> <args> ...
\tcreate-ip\t[-t] <IP-interface> (esc)
\tdelete-ip\t<IP-interface> (esc)
\tcreate-vni\t[-t] <VNI-interface> (esc)
\tdelete-vni\t<VNI-interface> (esc)
\tcreate-ipmp\t[-t] [-i <under-interface>[,...]] ... <IPMP-interface> (esc)
\tdelete-ipmp\t[-f] <IPMP-interface> (esc)
\tadd-ipmp\t[-t] -i <under-interface>[,...] [-i interface,[...] ...] <IPMP-interface> (esc)
\tremove-ipmp\t[-t] -i <under-interface>[,...] [-i interface,[...] ...] <IPMP-interface> (esc)
\tdisable-if\t-t <interface> (esc)
\tenable-if\t-t <interface> (esc)
\tshow-if\t\t[[-p] -o <field>,...] [<interface>] (esc)

\tset-ifprop\t[-t] -p <prop>=<value[,...]> -m <protocol> <interface> (esc)
\treset-ifprop\t[-t] -p <prop> -m <protocol> <interface> (esc)
\tshow-ifprop\t[[-c] -o <field>,...] [-p <prop>,...] (esc)
\t\t\t[-m <protocol>] [<interface>] (esc)

\tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
\tdown-addr\t[-t] <addrobj> (esc)
\tup-addr\t\t[-t] <addrobj> (esc)
\tdisable-addr\t-t <addrobj> (esc)
\tenable-addr\t-t <addrobj> (esc)
\trefresh-addr\t[-i] <addrobj> (esc)
\tdelete-addr\t[-r] <addrobj> (esc)
\tshow-addr\t[[-p] -o <field>,...] [<addrobj>] (esc)

\tset-addrprop\t[-t] -p <prop>=<value[,...]> <addrobj> (esc)
\treset-addrprop\t[-t] -p <prop> <addrobj> (esc)
\tshow-addrprop\t[[-c] -o <field>,...] [-p <prop>,...] [<addrobj>] (esc)

\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol> (esc)
\treset-prop\t[-t] -p <prop> <protocol> (esc)
\tshow-prop\t[[-c] -o <field>,...] (esc)
\t\t\t[-p <prop>,... <protocol> | <protocol>] (esc)
[1]
root@scorpion:~# ipadm frobnicate
ipadm: unknown subcommand 'frobnicate'
usage:  ipadm <subcommand> <args> ...
\tcreate-ip\t[-t] <IP-interface> (esc)
\tdelete-ip\t<IP-interface> (esc)
\tcreate-vni\t[-t] <VNI-interface> (esc)
\tdelete-vni\t<VNI-interface> (esc)
\tcreate-ipmp\t[-t] [-i <under-interface>[,...]] ... <IPMP-interface> (esc)
\tdelete-ipmp\t[-f] <IPMP-interface> (esc)
\tadd-ipmp\t[-t] -i <under-interface>[,...] [-i interface,[...] ...] <IPMP-interface> (esc)
\tremove-ipmp\t[-t] -i <under-interface>[,...] [-i interface,[...] ...] <IPMP-interface> (esc)
\tdisable-if\t-t <interface> (esc)
\tenable-if\t-t <interface> (esc)
\tshow-if\t\t[[-p] -o <field>,...] [<interface>] (esc)

\tset-ifprop\t[-t] -p <prop>=<value[,...]> -m <protocol> <interface> (esc)
\treset-ifprop\t[-t] -p <prop> -m <protocol> <interface> (esc)
\tshow-ifprop\t[[-c] -o <field>,...] [-p <prop>,...] (esc)
\t\t\t[-m <protocol>] [<interface>] (esc)

\tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
\tdown-addr\t[-t] <addrobj> (esc)
\tup-addr\t\t[-t] <addrobj> (esc)
\tdisable-addr\t-t <addrobj> (esc)
\tenable-addr\t-t <addrobj> (esc)
\trefresh-addr\t[-i] <addrobj> (esc)
\tdelete-addr\t[-r] <addrobj> (esc)
\tshow-addr\t[[-p] -o <field>,...] [<addrobj>] (esc)

\tset-addrprop\t[-t] -p <prop>=<value[,...]> <addrobj> (esc)
\treset-addrprop\t[-t] -p <prop> <addrobj> (esc)
\tshow-addrprop\t[[-c] -o <field>,...] [-p <prop>,...] [<addrobj>] (esc)

\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol> (esc)
\treset-prop\t[-t] -p <prop> <protocol> (esc)
\tshow-prop\t[[-c] -o <field>,...] (esc)
\t\t\t[-p <prop>,... <protocol> | <protocol>] (esc)
[1]
root@scorpion:~# ipadm show-if nosuch0
ipadm: cannot get information for interface(s): No such interface
[1]
root@scorpion:~# ipadm show-if -p
ipadm: -p requires -o
[1]
root@scorpion:~# ipadm show-if -o
ipadm: unrecognized option '-o'
usage: \tshow-if\t\t[[-p] -o <field>,...] [<interface>] (esc)

[1]
root@scorpion:~# ipadm show-if -o ifname,bogus
ipadm: warning: ignoring unknown output field: `bogus'
IFNAME
lo0
net0
root@scorpion:~# ipadm show-if -p -o ifname,bogus
ipadm: unknown output field: `bogus'
[1]
root@scorpion:~# ipadm show-if net0 net1
ipadm: usage: \tshow-if\t\t[[-p] -o <field>,...] [<interface>] (esc)

[1]
root@scorpion:~# ipadm create-addr net0/v9
ipadm: invalid arguments
usage: \tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@scorpion:~# ipadm create-addr -T static net0/v9
ipadm: invalid arguments for type static
usage: \tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@scorpion:~# ipadm create-addr -T static -a 10.9.9.9/24 net0/
ipadm: invalid address object name: net0/
usage: \tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@scorpion:~# ipadm create-addr -T bogus net0/x
ipadm: invalid address type bogus
[1]
root@scorpion:~# ipadm create-addr -T static -a local=10.1.1.1,local=10.1.1.2 net0/x
ipadm: multiple local addresses provided
[1]
root@scorpion:~# ipadm create-addr -T static -a remote=10.1.1.2 net0/x
ipadm: missing local address
usage: \tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@scorpion:~# ipadm create-addr -T static -a 10.1.1.1,10.1.1.2 net0/x
ipadm: invalid address provided
usage: \tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@scorpion:~# ipadm create-addr -T static -a 10.1.1.1 -w 5 net0/x
ipadm: invalid arguments for type static
usage: \tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@scorpion:~# ipadm create-addr -T dhcp -d net0/x
ipadm: invalid arguments for type dhcp
usage: \tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@scorpion:~# ipadm create-addr -T dhcp -w soon net0/x
ipadm: invalid argument
[1]
root@scorpion:~# ipadm create-addr -T addrconf -a 10.1.1.1 net0/x
ipadm: invalid arguments for type addrconf
usage: \tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@scorpion:~# ipadm create-addr -T static -a not-an-address net0/x
ipadm: cannot set local address: Invalid address
[1]
root@scorpion:~# ipadm create-addr -T static -a 10.1.1.1/40 net0/x
ipadm: cannot set local address: Invalid argument provided
[1]
root@scorpion:~# ipadm create-addr -T static -a 10.1.1.1 net0/9x
ipadm: cannot create address object: Invalid argument provided
[1]
root@scorpion:~# ipadm create-addr -T static -a 10.1.1.1 net0/v4
ipadm: cannot create address: Address object already exists
[1]
root@scorpion:~# ipadm create-addr -T static -a 10.0.0.10 net0/again
ipadm: cannot create address: Address already in use
[1]
root@scorpion:~# ipadm create-addr -T static -a 10.1.1.1 nosuch0/v4
ipadm: cannot create address: Datalink does not exist
[1]
root@scorpion:~# ipadm create-addr -T addrconf net0/v6b
ipadm: cannot create address: Addrconf already in progress
[1]
root@scorpion:~# ipadm create-addr -T static -a 10.1.1.1
ipadm: invalid arguments
usage: \tcreate-addr\t[-t] -T static [-d] -a {local|remote}=addr[/prefixlen] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] [-h <hostname>] (esc)
\t\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i {local|remote}=interface-id] (esc)
\t\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@scorpion:~# ipadm delete-addr net0/v9
ipadm: cannot delete address: Object not found
[1]
root@scorpion:~# ipadm delete-addr
ipadm: usage: \tdelete-addr\t[-r] <addrobj> (esc)
[1]
root@scorpion:~# ipadm up-addr net0/v9
ipadm: cannot mark the address up: Object not found
[1]
root@scorpion:~# ipadm down-addr net0/v9 net0/v4
ipadm: usage: \tdown-addr\t[-t] <addrobj> (esc)
[1]
root@scorpion:~# ipadm disable-addr net0/v4
ipadm: persistent operation not supported for disable-addr
[1]
root@scorpion:~# ipadm enable-addr net0/v4
ipadm: persistent operation not supported for enable-addr
[1]
root@scorpion:~# ipadm enable-addr -t net0/v4
ipadm: cannot enable address: Address object already exists
[1]
root@scorpion:~# ipadm disable-addr -t net0/v4
root@scorpion:~# ipadm disable-addr -t net0/v4
ipadm: cannot disable address: Operation not supported on disabled object
[1]
root@scorpion:~# ipadm up-addr net0/v4
ipadm: cannot mark the address up: Operation not supported on disabled object
[1]
root@scorpion:~# ipadm enable-addr -t net0/v4
root@scorpion:~# ipadm show-addr net0
ipadm: invalid address object name provided
[1]
root@scorpion:~# ipadm show-addr net0/v9
ipadm: address object not found
[1]
root@scorpion:~# ipadm show-addr nosuch0/
ipadm: cannot get address information: No such interface
[1]
root@scorpion:~# ipadm show-addr -p
ipadm: -p requires -o
[1]
root@scorpion:~# ipadm show-addr -d -o addrobj
ipadm: -d cannot be used with -o
[1]
root@scorpion:~# ipadm show-addr -p -d
ipadm: -p cannot be used with -d
[1]
root@scorpion:~# ipadm show-addr a/b c/d
ipadm: usage: \tshow-addr\t[[-p] -o <field>,...] [<addrobj>] (esc)

[1]
root@scorpion:~# ipadm
NAME              CLASS/TYPE STATE        UNDER      ADDR
lo0               loopback   ok           --         --
   lo0/v4         static     ok           --         127.0.0.1/8
   lo0/v6         static     ok           --         ::1/128
net0              ip         ok           --         --
   net0/v4        static     ok           --         10.0.0.10/24
   net0/v6        addrconf   ok           --         fe80::a00:27ff:fe1a:2b3c/10
