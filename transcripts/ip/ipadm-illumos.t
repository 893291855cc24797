---
world: omnios-2019
---
root@Trixie:~# # illumos (OmniOS): `ipadm` alone is show-addr; create-if and create-ip are one subcommand
root@Trixie:~# ipadm
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
e1000g0/v4        static   ok           10.0.0.10/24
lo0/v6            static   ok           ::1/128
root@Trixie:~# ipadm show-if
IFNAME     STATE    CURRENT      PERSISTENT
lo0        ok       -m-v------46 ---
e1000g0    ok       bm--------4- -4-
root@Trixie:~# ipadm create-if vnic0
root@Trixie:~# ipadm create-ip vnic1
root@Trixie:~# ipadm show-if
IFNAME     STATE    CURRENT      PERSISTENT
lo0        ok       -m-v------46 ---
e1000g0    ok       bm--------4- -4-
vnic0      down     bm--------46 -46
vnic1      down     bm--------46 -46
root@Trixie:~# ipadm create-addr -T static -a 192.168.10.1/24 vnic0/v4
root@Trixie:~# ipadm create-addr -T addrconf vnic0/v6
root@Trixie:~# ipadm create-addr -T static -a fd00:1122:3344:101::1/64 vnic0/omicron
root@Trixie:~# ipadm create-addr -T static -a 192.168.20.1 vnic1/v4
root@Trixie:~# # an address object on an interface plumbed for IPv4 only plumbs IPv6 with it
root@Trixie:~# ipadm create-addr -T addrconf e1000g0/v6
root@Trixie:~# ipadm
ADDROBJ           TYPE     STATE        ADDR
lo0/v4            static   ok           127.0.0.1/8
e1000g0/v4        static   ok           10.0.0.10/24
vnic0/v4          static   ok           192.168.10.1/24
vnic1/v4          static   ok           192.168.20.1/24
lo0/v6            static   ok           ::1/128
e1000g0/v6        addrconf ok           fe80::a00:27ff:fe6e:1f3c/10
vnic0/v6          addrconf ok           fe80::8:20ff:fe29:26da/10
vnic0/omicron     static   ok           fd00:1122:3344:101::1/64
root@Trixie:~# ipadm show-addr vnic0/
ADDROBJ           TYPE     STATE        ADDR
vnic0/v4          static   ok           192.168.10.1/24
vnic0/v6          addrconf ok           fe80::8:20ff:fe29:26da/10
vnic0/omicron     static   ok           fd00:1122:3344:101::1/64
root@Trixie:~# ipadm show-addr vnic0/omicron
ADDROBJ           TYPE     STATE        ADDR
vnic0/omicron     static   ok           fd00:1122:3344:101::1/64
root@Trixie:~# ipadm show-if
IFNAME     STATE    CURRENT      PERSISTENT
lo0        ok       -m-v------46 ---
e1000g0    ok       bm--------46 -46
vnic0      ok       bm--------46 -46
vnic1      ok       bm--------46 -46
root@Trixie:~# ipadm show-if -p -o ifname,current,persistent
lo0:-m-v------46:---
e1000g0:bm--------46:-46
vnic0:bm--------46:-46
vnic1:bm--------46:-46
root@Trixie:~# ipadm show-addr -p -o addrobj,addr
lo0/v4:127.0.0.1/8
e1000g0/v4:10.0.0.10/24
vnic0/v4:192.168.10.1/24
vnic1/v4:192.168.20.1/24
lo0/v6:\:\:1/128
e1000g0/v6:fe80\:\:a00\:27ff\:fe6e\:1f3c/10
vnic0/v6:fe80\:\:8\:20ff\:fe29\:26da/10
vnic0/omicron:fd00\:1122\:3344\:101\:\:1/64
root@Trixie:~# ipadm show-addr -o all
ADDROBJ           TYPE     STATE        CURRENT PERSISTENT ADDR
lo0/v4            static   ok           U----   U--        127.0.0.1/8
e1000g0/v4        static   ok           U----   U--        10.0.0.10/24
vnic0/v4          static   ok           U----   U--        192.168.10.1/24
vnic1/v4          static   ok           U----   U--        192.168.20.1/24
lo0/v6            static   ok           U----   U--        ::1/128
e1000g0/v6        addrconf ok           U----   U--        fe80::a00:27ff:fe6e:1f3c/10
vnic0/v6          addrconf ok           U----   U--        fe80::8:20ff:fe29:26da/10
vnic0/omicron     static   ok           U----   U--        fd00:1122:3344:101::1/64
root@Trixie:~# ipadm down-addr vnic1/v4
root@Trixie:~# ipadm show-addr vnic1/v4
ADDROBJ           TYPE     STATE        ADDR
vnic1/v4          static   down         192.168.20.1/24
root@Trixie:~# ipadm up-addr -t vnic1/v4
root@Trixie:~# ipadm disable-addr -t vnic0/v4
root@Trixie:~# ipadm show-addr vnic0/v4
ADDROBJ           TYPE     STATE        ADDR
vnic0/v4          static   disabled     192.168.10.1/24
root@Trixie:~# ipadm enable-addr -t vnic0/v4
root@Trixie:~# ipadm delete-addr vnic0/omicron
root@Trixie:~# ipadm delete-if vnic1
root@Trixie:~# ipadm delete-ip vnic0
root@Trixie:~# ipadm show-if
IFNAME     STATE    CURRENT      PERSISTENT
lo0        ok       -m-v------46 ---
e1000g0    ok       bm--------46 -46
root@Trixie:~# ipadm help
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
