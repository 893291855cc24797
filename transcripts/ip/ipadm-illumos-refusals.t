---
world: omnios-2019
---
root@Trixie:~# # Every refusal of illumos ipadm, in ipadm.c's words (errors.md 2.3); nothing changes
root@Trixie:~# ipadm create-if e1000g0
ipadm: Could not create e1000g0 : Interface already exists
[1]
root@Trixie:~# ipadm create-if nosuch0
ipadm: Could not create nosuch0 : Could not open DLPI link
[1]
root@Trixie:~# ipadm create-if
ipadm: usage: \tcreate-if\t[-t] <interface> (esc)
[1]
root@Trixie:~# ipadm create-ip a b
ipadm: usage: \tcreate-ip\t[-t] <interface> (esc)
[1]
root@Trixie:~# ipadm create-if -x vnic0
ipadm: unrecognized option '-x'
usage: \tcreate-if\t[-t] <interface> (esc)
[1]
root@Trixie:~# ipadm delete-if nosuch0
ipadm: Could not delete nosuch0: Interface does not exist
[1]
root@Trixie:~# ipadm delete-if -t vnic0
ipadm: Usage: \tdelete-if\t<interface> (esc)

[1]
root@Trixie:~# ipadm frobnicate
ipadm: unknown subcommand 'frobnicate'
usage:  ipadm <subcommand> <args> ...
\tcreate-if\t[-t] <interface> (esc)
\tcreate-ip\t[-t] <interface> (esc)
\tdelete-if\t<interface> (esc)

\tdelete-ip\t<interface> (esc)

\tcreate-ipmp\t[-t] [-i <interface>[,<interface>]...] <ipmp-interface> (esc)
\tdelete-ipmp\t<ipmp-interface> (esc)
\tadd-ipmp\t[-t] -i <interface>[,<interface>]... <ipmp-interface> (esc)
\tremove-ipmp\t[-t] -i <interface>[,<interface>]... <ipmp-interface> (esc)

\tdisable-if\t-t <interface> (esc)
\tenable-if\t-t <interface> (esc)
\tshow-if\t\t[[-p] -o <field>,...] [<interface>] (esc)

\tset-ifprop\t[-t] -p <prop>=<value[,...]> -m <protocol> <interface> (esc)
\treset-ifprop\t[-t] -p <prop> -m <protocol> <interface> (esc)
\tshow-ifprop\t[[-c] -o <field>,...] [-p <prop>,...] (esc)
\t\t\t[-m <protocol>] [interface] (esc)

\tcreate-addr\t[-t] -T static [-d] -a{local|remote}=addr[/prefixlen] (esc)
\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] (esc)
\t\t\t[-1] [-h <hostname>] <addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i interface-id] (esc)
\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
\tdelete-addr\t[-r] <addrobj> (esc)
\tshow-addr\t[[-p] -o <field>,...] [<addrobj>] (esc)
\trefresh-addr\t[-i] <addrobj> (esc)
\tdown-addr\t[-t] <addrobj> (esc)
\tup-addr\t\t[-t] <addrobj> (esc)
\tdisable-addr\t-t <addrobj> (esc)
\tenable-addr\t-t <addrobj> (esc)

\tset-addrprop\t[-t] -p <prop>=<value[,...]> <addrobj> (esc)
\treset-addrprop\t[-t] -p <prop> <addrobj> (esc)
\tshow-addrprop\t[[-c] -o <field>,...] [-p <prop>,...] <addrobj> (esc)

\tset-prop\t[-t] -p <prop>[+|-]=<value[,...]> <protocol> (esc)
\treset-prop\t[-t] -p <prop> <protocol> (esc)
\tshow-prop\t[[-c] -o <field>,...] [-p <prop>,...] [protocol] (esc)
[1]
root@Trixie:~# ipadm show-if nosuch0
ipadm: Could not get interface(s): Interface does not exist
[1]
root@Trixie:~# ipadm show-if -p
ipadm: output fields must be specified in parsable mode
[1]
root@Trixie:~# ipadm show-if -o
ipadm: unrecognized option '-o'
usage: \tshow-if\t\t[[-p] -o <field>,...] [<interface>] (esc)

[1]
root@Trixie:~# ipadm create-addr vnic0/v4
ipadm: Invalid arguments
usage: \tcreate-addr\t[-t] -T static [-d] -a{local|remote}=addr[/prefixlen] (esc)
\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] (esc)
\t\t\t[-1] [-h <hostname>] <addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i interface-id] (esc)
\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@Trixie:~# ipadm create-addr -T static -a 10.1.1.1 vnic0
ipadm: invalid address object name: vnic0
usage: \tcreate-addr\t[-t] -T static [-d] -a{local|remote}=addr[/prefixlen] (esc)
\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] (esc)
\t\t\t[-1] [-h <hostname>] <addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i interface-id] (esc)
\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@Trixie:~# ipadm create-addr -T static -a 10.1.1.1 vnic0/
ipadm: invalid address object name: vnic0/
usage: \tcreate-addr\t[-t] -T static [-d] -a{local|remote}=addr[/prefixlen] (esc)
\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] (esc)
\t\t\t[-1] [-h <hostname>] <addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i interface-id] (esc)
\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@Trixie:~# ipadm create-addr -T static vnic0/v4
ipadm: Invalid arguments for type static
usage: \tcreate-addr\t[-t] -T static [-d] -a{local|remote}=addr[/prefixlen] (esc)
\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] (esc)
\t\t\t[-1] [-h <hostname>] <addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i interface-id] (esc)
\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@Trixie:~# ipadm create-addr -T foo vnic0/v4
ipadm: Invalid address type foo
[1]
root@Trixie:~# ipadm create-addr -T static -a local=10.1.1.1,local=10.1.1.2 vnic0/v4
ipadm: Multiple local addresses provided
[1]
root@Trixie:~# ipadm create-addr -T static -a remote=10.1.1.2 vnic0/v4
ipadm: Missing local address
usage: \tcreate-addr\t[-t] -T static [-d] -a{local|remote}=addr[/prefixlen] (esc)
\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] (esc)
\t\t\t[-1] [-h <hostname>] <addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i interface-id] (esc)
\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@Trixie:~# ipadm create-addr -T static -a 10.1.1.1 -i 5 vnic0/v4
ipadm: Invalid arguments for type static
usage: \tcreate-addr\t[-t] -T static [-d] -a{local|remote}=addr[/prefixlen] (esc)
\t\t\t<addrobj> (esc)
\tcreate-addr\t[-t] -T dhcp [-w <seconds> | forever] (esc)
\t\t\t[-1] [-h <hostname>] <addrobj> (esc)
\tcreate-addr\t[-t] -T addrconf [-i interface-id] (esc)
\t\t\t[-p {stateful|stateless}={yes|no}] <addrobj> (esc)
[1]
root@Trixie:~# ipadm create-addr -T dhcp -w abc vnic0/v4
ipadm: Invalid argument
[1]
root@Trixie:~# ipadm create-addr -T addrconf -p stateful=maybe vnic0/v6
ipadm: Invalid argument
[1]
root@Trixie:~# ipadm create-addr -T static -a bogus vnic0/v4
ipadm: Error in setting local address: Invalid address
[1]
root@Trixie:~# ipadm create-addr -T static -a 10.1.1.1 vnic0/v4
ipadm: Could not create address: Interface does not exist
[1]
root@Trixie:~# ipadm create-addr -T static -a 10.0.0.10/24 e1000g0/again
ipadm: Could not create address: Address already in use
[1]
root@Trixie:~# ipadm create-addr -T static -a 10.1.1.1/24 e1000g0/v4
ipadm: Could not create address: Address object already exists
[1]
root@Trixie:~# ipadm create-addr -T static -a 10.1.1.1/24 e1000g0/4x
ipadm: Error in creating address object: Invalid argument provided
[1]
root@Trixie:~# ipadm delete-addr vnic0/v4
ipadm: could not delete address: Object not found
[1]
root@Trixie:~# ipadm delete-addr -x vnic0/v4
ipadm: unrecognized option '-x'
usage: \tdelete-addr\t[-r] <addrobj> (esc)
[1]
root@Trixie:~# ipadm up-addr e1000g0/nope
ipadm: Could not mark the address up: Object not found
[1]
root@Trixie:~# ipadm down-addr
ipadm: Usage: \tdown-addr\t[-t] <addrobj> (esc)
[1]
root@Trixie:~# ipadm enable-addr e1000g0/v4
ipadm: persistent operation not supported for enable-addr
[1]
root@Trixie:~# ipadm disable-addr e1000g0/v4
ipadm: persistent operation not supported for disable-addr
[1]
root@Trixie:~# ipadm show-addr e1000g0
ipadm: Invalid address object name provided
[1]
root@Trixie:~# ipadm show-addr e1000g0/nope
ipadm: Address object not found
[1]
root@Trixie:~# ipadm show-addr nosuch0/
ipadm: Could not get address: Interface does not exist
[1]
root@Trixie:~# ipadm show-addr -p
ipadm: -p requires -o
[1]
root@Trixie:~# ipadm show-addr -d
ipadm: unrecognized option '-d'
usage: \tshow-addr\t[[-p] -o <field>,...] [<addrobj>] (esc)
[1]
root@Trixie:~# ipadm show-addr -o addrobj,bogus
ipadm: warning: ignoring unknown output field: `bogus'
ADDROBJ
lo0/v4
e1000g0/v4
lo0/v6
root@Trixie:~# ipadm show-addr -p -o addrobj,bogus
ipadm: unknown output field: `bogus'
[1]
root@Trixie:~# ipadm
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
e1000g0/v4        static   ok           10.0.0.10/24
lo0/v6            static   ok           ::1/128
