---
world: t5-2
---
root@primary:~# # dladm's refusals for VNICs, etherstubs, VLANs and links; each leaves everything as it was
root@primary:~# dladm create-etherstub stub0
root@primary:~# dladm create-vnic -l stub0 vnic0
root@primary:~# dladm create-vnic -l stub0 -m 2:8:20:0:0:1 vnic9
root@primary:~# dladm create-vnic -l net0 vnic
dladm: invalid link name 'vnic'
[1]
root@primary:~# dladm create-vnic -l net0 0vnic
dladm: invalid link name '0vnic'
[1]
root@primary:~# dladm create-vnic -l net0 vnic01
dladm: invalid link name 'vnic01'
[1]
root@primary:~# dladm create-vnic -l net0 abcdefghijklmnopqrstuvwxyz0123456
dladm: link name too long 'abcdefghijklmnopqrstuvwxyz0123456'
[1]
root@primary:~# dladm create-vnic -l abcdefghijklmnopqrstuvwxyz0123456 vnic1
dladm: link name too long
[1]
root@primary:~# dladm create-vnic -l nosuch0 vnic1
dladm: invalid link name 'nosuch0'
[1]
root@primary:~# dladm create-vnic -l net0 vnic0
dladm: vnic creation over net0 failed: object already exists
[1]
root@primary:~# dladm create-vnic -l net0 -m fixed vnic1
dladm: 'fixed' is not a valid MAC address
[1]
root@primary:~# dladm create-vnic -l net0 -m zz:zz vnic1
dladm: invalid MAC address
[1]
root@primary:~# dladm create-vnic -l net0 -m random -m auto vnic1
dladm: cannot specify -m option twice
[1]
root@primary:~# dladm create-vnic -l net0 -m factory -n abc vnic1
dladm: invalid slot number
[1]
root@primary:~# dladm create-vnic -l net0 -m factory vnic1
dladm: vnic creation over net0 failed: factory MAC address slots not supported
[1]
root@primary:~# dladm create-vnic -l net0 -n 1 vnic1
dladm: usage:     create-vnic      [-t] -l <link> [-m <value> | auto |
\t\t     {factory [-n <slot-id>]} | {random [-r <prefix>]} | (esc)
\t\t     {vrrp -V <vrid> -A {inet | inet6}} [-v <vid> [-f]] (esc)
\t\t     [-p <prop>=<value>[,...]] <vnic-link> (esc)
[1]
root@primary:~# dladm create-vnic -l net0 -v 0 vnic1
dladm: invalid VLAN identifier '0'
[1]
root@primary:~# dladm create-vnic -l net0 -v 5000 vnic1
dladm: invalid VLAN identifier '5000'
[1]
root@primary:~# dladm create-vnic -l net0 -v 3 -v 4 vnic1
dladm: the option -v cannot be specified more than once
[1]
root@primary:~# dladm create-vnic -l net0 -f vnic1
dladm: -f option can only be used with -v
[1]
root@primary:~# dladm create-vnic -l net0 -m vrrp -V 300 -A inet vnic1
dladm: invalid VRRP identifier '300'
[1]
root@primary:~# dladm create-vnic -l net0 -m vrrp -V 3 -A ipx vnic1
dladm: invalid address family 'ipx'
[1]
root@primary:~# dladm create-vnic -l net0 -m vrrp -V 3 vnic1
dladm: usage:     create-vnic      [-t] -l <link> [-m <value> | auto |
\t\t     {factory [-n <slot-id>]} | {random [-r <prefix>]} | (esc)
\t\t     {vrrp -V <vrid> -A {inet | inet6}} [-v <vid> [-f]] (esc)
\t\t     [-p <prop>=<value>[,...]] <vnic-link> (esc)
[1]
root@primary:~# dladm create-vnic -l net0 -m factory -r 2:8:20 vnic1
dladm: usage:     create-vnic      [-t] -l <link> [-m <value> | auto |
\t\t     {factory [-n <slot-id>]} | {random [-r <prefix>]} | (esc)
\t\t     {vrrp -V <vrid> -A {inet | inet6}} [-v <vid> [-f]] (esc)
\t\t     [-p <prop>=<value>[,...]] <vnic-link> (esc)
[1]
root@primary:~# dladm create-vnic -l net0 -r 2:8:zz vnic1
dladm: invalid MAC address
[1]
root@primary:~# dladm create-vnic -l net0 -p maxbw vnic1
dladm: invalid vnic property
[1]
root@primary:~# dladm create-vnic -l net0 -m 0:21:28:8b:3:1d vnic1
dladm: vnic creation over net0 failed: MAC address reserved for use by underlying data-link
[1]
root@primary:~# dladm create-vnic -l net0 -m 2:8:20:0:0:1 vnic1
dladm: vnic creation over net0 failed: MAC address is already in use
[1]
root@primary:~# dladm create-vnic -l net0 -x vnic1
dladm: unrecognized option '-x'
usage:     create-vnic      [-t] -l <link> [-m <value> | auto |
\t\t     {factory [-n <slot-id>]} | {random [-r <prefix>]} | (esc)
\t\t     {vrrp -V <vrid> -A {inet | inet6}} [-v <vid> [-f]] (esc)
\t\t     [-p <prop>=<value>[,...]] <vnic-link> (esc)
[1]
root@primary:~# dladm create-vnic -l net0
dladm: usage:     create-vnic      [-t] -l <link> [-m <value> | auto |
\t\t     {factory [-n <slot-id>]} | {random [-r <prefix>]} | (esc)
\t\t     {vrrp -V <vrid> -A {inet | inet6}} [-v <vid> [-f]] (esc)
\t\t     [-p <prop>=<value>[,...]] <vnic-link> (esc)
[1]
root@primary:~# dladm delete-vnic nosuch0
dladm: invalid link name 'nosuch0'
[1]
root@primary:~# dladm delete-vnic stub0
dladm: 'stub0' is not a vnic
[1]
root@primary:~# dladm delete-etherstub vnic0
dladm: 'vnic0' is not an etherstub
[1]
root@primary:~# dladm delete-etherstub stub0
dladm: vnic deletion failed: link busy
[1]
root@primary:~# dladm create-etherstub stub0
dladm: etherstub creation failed: object already exists
[1]
root@primary:~# dladm create-etherstub stub
dladm: invalid link name 'stub'
[1]
root@primary:~# dladm create-etherstub abcdefghijklmnopqrstuvwxyz0123456
dladm: link name too long 'abcdefghijklmnopqrstuvwxyz0123456'
[1]
root@primary:~# dladm show-vnic nosuch0
dladm: invalid vnic name 'nosuch0': object not found
[1]
root@primary:~# dladm show-vnic -l nosuch0
dladm: invalid link name 'nosuch0': object not found
[1]
root@primary:~# dladm show-vnic -i 5
dladm: the option -i can be used only with -s
[1]
root@primary:~# dladm show-vnic -p
dladm: -p requires -o
[1]
root@primary:~# dladm show-vnic -p -o all
dladm: "-o all" is invalid with -p
[1]
root@primary:~# dladm show-vnic -o link,bogus
dladm: warning: ignoring unknown output field: `bogus'
LINK
vnic0
vnic9
root@primary:~# dladm show-phys nosuch0
dladm: link nosuch0 is not valid: object not found
[1]
root@primary:~# dladm show-phys vnic0
dladm: failed to show physical link vnic0: invalid argument
[1]
root@primary:~# dladm show-phys -m -L
dladm: -m, -H and -L cannot combine
[1]
root@primary:~# dladm show-phys -m -P
dladm: -m not compatible with -P
[1]
root@primary:~# dladm show-link nosuch0
dladm: link nosuch0 is not valid: object not found
[1]
root@primary:~# dladm create-vlan -l net0 -v 4095
dladm: invalid VLAN identifier '4095'
[1]
root@primary:~# dladm create-vlan -l net0 -v abc
dladm: invalid VLAN identifier 'abc'
[1]
root@primary:~# dladm create-vlan -l nosuch0 -v 10
dladm: invalid link name 'nosuch0'
[1]
root@primary:~# dladm create-vlan -l net0 -v 10 vlan
dladm: invalid link name 'vlan'
[1]
root@primary:~# dladm create-vlan -l net0 -v 10 web10
root@primary:~# dladm create-vlan -l net0 -v 10 web11
dladm: create operation failed: object already exists
[1]
root@primary:~# dladm create-vlan -l net0 web12
dladm: usage:     create-vlan      [-ft] -l <link> -v <vid> [link]
[1]
root@primary:~# dladm delete-vlan nosuch0
dladm: delete operation failed: object not found
[1]
root@primary:~# dladm delete-vlan vnic0
dladm: delete operation failed: invalid argument
[1]
root@primary:~# dladm show-vlan net0
dladm: failed to show vlan net0: invalid argument
[1]
root@primary:~# dladm rename-link nosuch0 new0
dladm: rename operation failed: object not found
[1]
root@primary:~# dladm rename-link vnic0 stub0
dladm: rename operation failed: object already exists
[1]
root@primary:~# dladm delete-phys nosuch0
dladm: cannot delete 'nosuch0': object not found
[1]
root@primary:~# dladm delete-phys net1
dladm: cannot delete 'net1': link busy
[1]
root@primary:~# dladm frob
dladm: unknown subcommand 'frob'
usage:  dladm <subcommand> <args> ...
    rename-link      <oldlink> <newlink>
    show-link        [-PZ] [[-p] -o <field>,...] [-s [-i <interval>]]
\t\t     [-z <zone>,...] [<link>] (esc)

    create-aggr      [-t] [-P <policy>] [-L <mode>] [-T <time>] [-u <address>]
\t\t     -l <link> [-l <link>...] <link> (esc)
    delete-aggr      [-t] <link>
    add-aggr         [-t] -l <link> [-l <link>...] <link>
    remove-aggr      [-t] -l <link> [-l <link>...] <link>
    modify-aggr      [-t] [-P <policy>] [-L <mode>] [-T <time>] [-u <address>]
\t\t     <link> (esc)
    show-aggr        [-PLZx] [[-p] -o <field>,...] [-s [-i <interval>]]
\t\t     [-z <zone>,...] [<link>] (esc)

    scan-wifi        [[-p] -o <field>,...] [<link>]
    connect-wifi     [-e <essid>] [-i <bssid>] [-k <key>,...] [-s wep|wpa]
\t\t     [-a open|shared] [-b bss|ibss] [-c] [-m a|b|g] [-T <time>] (esc)
\t\t     [<link>] (esc)
    disconnect-wifi  [-a] [<link>]
    show-wifi        [-Z] [[-p] -o <field>,...] [-z <zone>,...] [<link>]

    set-linkprop     [-t] -p <prop>=<value>[,...] <name>
    reset-linkprop   [-t] [-p <prop>,...] <name>
    show-linkprop    [-PZ] [[-c] -o <field>,...] [-p <prop>,...] [-z <zone>,...]
\t\t      <name> (esc)

    show-ether       [-xZ] [[-p] -o <field>,...] [-z <zone>,...] [<link>]

    create-secobj    [-t] [-f <file>] -c <class> <secobj>
    delete-secobj    [-t] <secobj>[,...]
    show-secobj      [-P] [[-p] -o <field>,...] [<secobj>,...]

    create-vlan      [-ft] -l <link> -v <vid> [link]
    delete-vlan      [-t] <link>
    show-vlan        [-PZ] [[-p] -o <field>,...] [-z <zone>,...] [<link>]

    create-iptun     [-t] -T <type> [-a {local|remote}=<addr>,...] <link>]
    delete-iptun     [-t] <link>
    modify-iptun     [-t] -a {local|remote}=<addr>,... <link>
    show-iptun       [-PZ] [[-p] -o <field>,...] [-z <zone>,...] [<link>]

    delete-phys      <link>
    show-phys        [-PHLZm] [[-p] -o <field>,...] [-z <zone>,...] [<link>]

    create-vnic      [-t] -l <link> [-m <value> | auto |
\t\t     {factory [-n <slot-id>]} | {random [-r <prefix>]} | (esc)
\t\t     {vrrp -V <vrid> -A {inet | inet6}} [-v <vid> [-f]] (esc)
\t\t     [-p <prop>=<value>[,...]] <vnic-link> (esc)
    delete-vnic      [-t] <vnic-link>
    show-vnic        [-PZ] [[-p] -o <field>,...] [-l <link>]
\t\t     [-s [-i <interval>]] [-z <zone>,...] [<link>] (esc)

    create-part      [-t] [-f] -l <link> [-P <pkey>]
\t\t     [-R <root-dir>] <part-link> (esc)
    delete-part      [-t] [-R <root-dir>] <part-link>
    show-part        [-P] [[-p] -o <field>,...] [-l <linkover>]
\t\t     [<part-link>] (esc)
    show-ib          [[-p] -o <field>,...] [<link>]

    create-etherstub [-t] <link>
    delete-etherstub [-t] <link>
    show-etherstub   [-tZ] [[-p] -o <field>,...] [-z <zone>,...] [<link>]

    create-bridge    [-R <root-dir>] [-P <protect>] [-p <priority>]
\t\t     [-m <max-age>] [-h <hello-time>] [-d <forward-delay>] (esc)
\t\t     [-f <force-protocol>] [-l <link>]... <bridge> (esc)
    modify-bridge    [-R <root-dir>] [-P <protect>] [-p <priority>]
\t\t     [-m <max-age>] [-h <hello-time>] [-d <forward-delay>] (esc)
\t\t     [-f <force-protocol>] <bridge> (esc)
    delete-bridge    [-R <root-dir>] <bridge>
    add-bridge       [-R <root-dir>] -l <link> [-l <link>]... <bridge>
    remove-bridge    [-R <root-dir>] -l <link> [-l <link>]... <bridge>
    show-bridge      [[-p] -o <field>,...] [-s [-i <interval>]] [<bridge>]
    show-bridge      -l [[-p] -o <field>,...] [-s [-i <interval>]] <bridge>
    show-bridge      -f [[-p] -o <field>,...] [-s [-i <interval>]] <bridge>
    show-bridge      -t [[-p] -o <field>,...] [-s [-i <interval>]] <bridge>

    show-usage       [-a] [-d | -F <format>] [-s <DD/MM/YYYY,HH:MM:SS>]
\t\t     [-e <DD/MM/YYYY,HH:MM:SS>] -f <logfile> [<link>] (esc)
[1]
root@primary:~# dladm show-vnic
LINK            OVER           SPEED  MACADDRESS        MACADDRTYPE IDS
vnic0           stub0          0      2:8:20:1c:10:a7   random      VID:0
vnic9           stub0          0      2:8:20:0:0:1      fixed       VID:0
root@primary:~# dladm show-link
LINK                CLASS     MTU    STATE    OVER
net0                phys      1500   up       --
net1                phys      1500   up       --
net2                phys      1500   up       --
net3                phys      1500   up       --
stub0               etherstub 9000   up       --
vnic0               vnic      9000   up       stub0
vnic9               vnic      9000   up       stub0
web10               vlan      1500   up       net0
