---
world: omnios
---
root@omnios:~# # illumos (OmniOS): dladm alone is show-link, with a BRIDGE column; links keep their driver names
root@omnios:~# dladm
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
e1000g1     phys      1500   up       --         --
e1000g2     phys      1500   up       --         --
root@omnios:~# dladm show-phys
LINK         MEDIA                STATE      SPEED    DUPLEX   DEVICE
e1000g0      Ethernet             up         1000     full     e1000g0
e1000g1      Ethernet             up         1000     full     e1000g1
e1000g2      Ethernet             up         1000     full     e1000g2
root@omnios:~# dladm show-phys -m
LINK         SLOT     ADDRESS            INUSE CLIENT
e1000g0      primary  8:0:27:a1:5c:10    yes  e1000g0
e1000g1      primary  8:0:27:3e:2:7b     no   --
e1000g2      primary  8:0:27:c4:91:e6    no   --
root@omnios:~# dladm show-ether
LINK            PTYPE    STATE    AUTO  SPEED-DUPLEX                    PAUSE
e1000g0         current  up       yes   1G-f                            bi
e1000g1         current  up       yes   1G-f                            bi
e1000g2         current  up       yes   1G-f                            bi
root@omnios:~# dladm create-etherstub stub0
root@omnios:~# dladm create-vnic -l stub0 vnic0
root@omnios:~# dladm create-vnic -d e1000g1 -v 12 vnic1
root@omnios:~# dladm create-vlan -l e1000g2 -v 3
root@omnios:~# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
e1000g1     phys      1500   up       --         --
e1000g2     phys      1500   up       --         --
stub0       etherstub 9000   up       --         --
vnic0       vnic      9000   up       --         stub0
vnic1       vnic      1500   up       --         e1000g1
e1000g3002  vlan      1500   up       --         e1000g2
root@omnios:~# dladm show-vnic
LINK         OVER         SPEED    MACADDRESS        MACADDRTYPE         VID
vnic0        stub0        0        2:8:20:48:5e:21   random              0
vnic1        e1000g1      1000     2:8:20:90:60:1e   random              12
root@omnios:~# dladm show-vlan
LINK            VID      OVER         FLAGS
e1000g3002      3        e1000g2      -----
root@omnios:~# dladm show-etherstub
LINK
stub0
root@omnios:~# # Solaris 11's options and subcommands are not illumos's
root@omnios:~# dladm show-phys -L
dladm: unrecognized option '-L'
[1]
root@omnios:~# dladm show-link -Z
dladm: unrecognized option '-Z'
[1]
root@omnios:~# dladm modify-vlan -v 4 e1000g3002
dladm: unknown subcommand 'modify-vlan'
usage:  dladm <subcommand> <args> ...
    show-link        [-pP] [-o <field>,..] [-s [-i <interval>]] [<link>]
    rename-link      [-z zonename] <oldlink> <newlink>
    create-aggr      [-t] [-P <policy>] [-L <mode>] [-T <time>] [-u <address>]
\t\t     -l <link> [-l <link>...] <link> (esc)
    delete-aggr      [-t] <link>
    add-aggr         [-t] -l <link> [-l <link>...] <link>
    remove-aggr      [-t] -l <link> [-l <link>...] <link>
    modify-aggr      [-t] [-P <policy>] [-L <mode>] [-T <time>] [-u <address>]
\t\t     <link> (esc)
    show-aggr        [-pPLx] [-o <field>,..] [-s [-i <interval>]] [<link>]
    set-linkprop     [-t] [-z zonename] -p <prop>=<value>[,...] <name>
    reset-linkprop   [-t] [-z zonename] [-p <prop>,...] <name>
    show-linkprop    [-cP] [-o <field>,...] [-z zonename] [-p <prop>,...] <name>
    show-ether       [-px][-o <field>,...] <link>
    create-vlan      [-ft] -l <link> -v <vid> [link]
    delete-vlan      [-t] <link>
    show-vlan        [-pP] [-o <field>,..] [<link>]
    delete-phys      <link>
    show-phys        [-pP] [-o <field>,..] [-H] [<link>]
    create-vnic      [-t] -l <link> [-m <value> | auto |
\t\t     {factory [-n <slot-id>]} | {random [-r <prefix>]} | (esc)
\t\t     {vrrp -V <vrid> -A {inet | inet6}} [-v <vid> [-f]] (esc)
\t\t     [-p <prop>=<value>[,...]] <vnic-link> (esc)
    delete-vnic      [-t] [-z zonename] <vnic-link>
    show-vnic        [-pP] [-l <link>] [-z zonename] [-s [-i <interval>]] [<link>]
    create-etherstub [-t] <link>
    delete-etherstub [-t] <link>
    show-etherstub   [-t] [<link>]
    create-bridge    [-R <root-dir>] [-P <protect>] [-p <priority>]
\t\t     [-m <max-age>] [-h <hello-time>] [-d <forward-delay>] (esc)
\t\t     [-f <force-protocol>] [-l <link>]... <bridge> (esc)
    modify-bridge    [-R <root-dir>] [-P <protect>] [-p <priority>]
\t\t     [-m <max-age>] [-h <hello-time>] [-d <forward-delay>] (esc)
\t\t     [-f <force-protocol>] <bridge> (esc)
    delete-bridge    [-R <root-dir>] <bridge>
    add-bridge       [-R <root-dir>] -l <link> [-l <link>]... <bridge>
    remove-bridge    [-R <root-dir>] -l <link> [-l <link>]... <bridge>
    show-bridge      [-p] [-o <field>,...] [-s [-i <interval>]] [<bridge>]
    show-bridge      -l [-p] [-o <field>,...] [-s [-i <interval>]] <bridge>
    show-bridge      -f [-p] [-o <field>,...] [-s [-i <interval>]] <bridge>
    show-bridge      -t [-p] [-o <field>,...] [-s [-i <interval>]] <bridge>
    create-overlay   [-t] -e <encap> -s <search> -v <vnetid>
\t\t     [ -p <prop>=<value>[,...]] <overlay> (esc)
    delete-overlay   [-t] <overlay>
    modify-overlay   -d mac | -f | -s mac=ip:port <overlay>
    show-overlay     [-f | -t] [[-p] -o <field>,...] [<overlay>]
[1]
root@omnios:~# dladm show-phys -m -H
dladm: -m cannot combine with -H
[1]
