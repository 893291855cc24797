---
world: omnios
---
root@omnios:~# # Every refusal of the bridge subcommands (dladm.c create_modify_add_bridge, do_delete_bridge,
root@omnios:~# # do_remove_bridge, do_show_bridge; libdlbridge.c); a refused command changes nothing.
root@omnios:~# dladm create-simnet -m WiFi wifisim0
root@omnios:~# dladm create-vnic -l e1000g0 vnic0
root@omnios:~# dladm create-bridge -l e1000g1 br
root@omnios:~# # names: no digit first or last, letters, digits and _ only, under 32 characters
root@omnios:~# dladm create-bridge br1
dladm: invalid bridge name 'br1'
[1]
root@omnios:~# dladm create-bridge 1br
dladm: invalid bridge name '1br'
[1]
root@omnios:~# dladm create-bridge br-x
dladm: invalid bridge name 'br-x'
[1]
root@omnios:~# dladm create-bridge abcdefghijabcdefghijabcdefghijab
dladm: invalid bridge name 'abcdefghijabcdefghijabcdefghijab'
[1]
root@omnios:~# dladm create-bridge default
dladm: invalid bridge name 'default'
[1]
root@omnios:~# dladm create-bridge SUNWbr
dladm: invalid bridge name 'SUNWbr'
[1]
root@omnios:~# # parameters and their ranges
root@omnios:~# dladm create-bridge -P rstp br2x
dladm: protection rstp: invalid argument
[1]
root@omnios:~# dladm create-bridge -p 61441 brx
dladm: incorrect priority
[1]
root@omnios:~# dladm create-bridge -p -1 brx
dladm: incorrect priority
[1]
root@omnios:~# dladm create-bridge -p 4096 -p 8192 brx
dladm: priority set more than once
[1]
root@omnios:~# dladm create-bridge -m 5 brx
dladm: incorrect max age
[1]
root@omnios:~# dladm create-bridge -m 41 brx
dladm: incorrect max age
[1]
root@omnios:~# dladm create-bridge -m 20 -m 30 brx
dladm: max age set more than once
[1]
root@omnios:~# dladm create-bridge -h 0 brx
dladm: incorrect hello time
[1]
root@omnios:~# dladm create-bridge -h 11 brx
dladm: incorrect hello time
[1]
root@omnios:~# dladm create-bridge -h 2 -h 3 brx
dladm: hello time set more than once
[1]
root@omnios:~# dladm create-bridge -d 3 brx
dladm: incorrect forwarding delay
[1]
root@omnios:~# dladm create-bridge -d 31 brx
dladm: incorrect forwarding delay
[1]
root@omnios:~# dladm create-bridge -d 15x brx
dladm: incorrect forwarding delay
[1]
root@omnios:~# dladm create-bridge -d 15 -d 16 brx
dladm: forwarding delay set more than once
[1]
root@omnios:~# dladm create-bridge -f -1 brx
dladm: incorrect force protocol
[1]
root@omnios:~# dladm create-bridge -f 2 -f 3 brx
dladm: force protocol set more than once
[1]
root@omnios:~# # timers that do not fit together
root@omnios:~# dladm create-bridge -m 40 brx
dladm: warning: illegal forward delay / max age / hello time combination
dladm: max age too large: need age <= 28 or forward delay >= 21
[1]
root@omnios:~# dladm create-bridge -h 10 brx
dladm: warning: illegal forward delay / max age / hello time combination
dladm: max age too small: need age >= 22 and <= 28 or hello time <= 9
[1]
root@omnios:~# dladm create-bridge -h 10 -d 10 brx
dladm: warning: illegal forward delay / max age / hello time combination
dladm: no max age possible: need forward delay >= 12 or hello time <= 8
[1]
root@omnios:~# dladm create-bridge -m 6 -d 30 -h 4 brx
dladm: warning: illegal forward delay / max age / hello time combination
dladm: max age too small: need age >= 10 or hello time <= 2
[1]
root@omnios:~# dladm create-bridge -h 4 -d 8 brx
dladm: warning: illegal forward delay / max age / hello time combination
dladm: max age too large: need age >= 10 and <= 14 or forward delay >= 11
[1]
root@omnios:~# dladm modify-bridge -m 6 -h 3 br
dladm: warning: illegal forward delay / max age / hello time combination
dladm: max age too small: need age >= 8 and <= 28 or hello time <= 2
[1]
root@omnios:~# dladm modify-bridge -h 10 br
dladm: warning: illegal forward delay / max age / hello time combination
dladm: max age too small: need age >= 22 and <= 28 or hello time <= 9
[1]
root@omnios:~# # links
root@omnios:~# dladm create-bridge -l nosuch0 brx
dladm: invalid link name 'nosuch0'
[1]
root@omnios:~# dladm create-bridge -l vnic0 brx
dladm: vnic vnic0 cannot be bridged
[1]
root@omnios:~# dladm create-bridge -l br0 brx
dladm: bridge br0 cannot be bridged
[1]
root@omnios:~# dladm create-bridge -l wifisim0 brx
dladm: WiFi interface wifisim0 cannot be bridged
[1]
root@omnios:~# dladm create-bridge -l e1000g1 brx
dladm: unable to add link e1000g1 to bridge brx: object already exists
[1]
root@omnios:~# dladm create-bridge -l e1000g0 -l e1000g0 brx
dladm: unable to add link e1000g0 to bridge brx: object already exists
[1]
root@omnios:~# dladm create-bridge br
dladm: create operation failed: object already exists
[1]
root@omnios:~# dladm add-bridge -l e1000g1 br
dladm: unable to add link e1000g1 to bridge br: object already exists
[1]
root@omnios:~# dladm add-bridge -l vnic0 br
dladm: vnic vnic0 cannot be bridged
[1]
root@omnios:~# dladm add-bridge -p 4096 br
dladm: unrecognized option '-p'
[1]
root@omnios:~# dladm modify-bridge -l e1000g0 br
dladm: unrecognized option '-l'
[1]
root@omnios:~# dladm modify-bridge -p 4096 nosuch
dladm: create operation failed: object not found
[1]
root@omnios:~# dladm remove-bridge -l nosuch0 br
dladm: invalid link name 'nosuch0'
[1]
root@omnios:~# dladm remove-bridge -l e1000g2 br
dladm: link e1000g2 is not on bridge br
[1]
root@omnios:~# dladm remove-bridge -l e1000g1 other
dladm: link e1000g1 is not on bridge other
[1]
root@omnios:~# # delete
root@omnios:~# dladm delete-bridge br
dladm: delete operation failed: link busy
[1]
root@omnios:~# dladm delete-bridge nosuch
dladm: delete operation failed: invalid argument
[1]
root@omnios:~# dladm delete-bridge 9x
dladm: delete operation failed: invalid link
[1]
root@omnios:~# # show
root@omnios:~# dladm show-bridge nosuch
dladm: bridge nosuch is not valid: object not found
[1]
root@omnios:~# dladm show-bridge e1000g
dladm: e1000g is not a bridge
[1]
root@omnios:~# dladm show-bridge -l
dladm: bridge name required for -l, -f, or -t
[1]
root@omnios:~# dladm show-bridge -f
dladm: bridge name required for -l, -f, or -t
[1]
root@omnios:~# dladm show-bridge -l -f br
dladm: -f is incompatible with -l or -t
[1]
root@omnios:~# dladm show-bridge -f -t br
dladm: -t is incompatible with -f or -l
[1]
root@omnios:~# dladm show-bridge -t -l br
dladm: -l is incompatible with -f or -t
[1]
root@omnios:~# dladm show-bridge -t br
dladm: bridge br is not running TRILL
[1]
root@omnios:~# dladm show-bridge -p -p
dladm: the option -p cannot be specified more than once
[1]
root@omnios:~# dladm show-bridge -s -s
dladm: the option -s cannot be specified more than once
[1]
root@omnios:~# dladm show-bridge -i 2 br
dladm: the -i option can be used only with -s
[1]
root@omnios:~# dladm show-bridge -s -i 0 br
dladm: invalid interval value '0'
[1]
root@omnios:~# dladm show-bridge -s -i x br
dladm: invalid interval value 'x'
[1]
root@omnios:~# dladm show-bridge -f -s br
dladm: the -f/-t and -s options cannot be used together
[1]
root@omnios:~# dladm show-bridge -o bridge,nosuch
dladm: warning: ignoring unknown output field: `nosuch'
BRIDGE
br
root@omnios:~# dladm show-bridge -s -i 1 br
vshell: dladm show-bridge -i (repeating statistics): not simulated yet
[69]
root@omnios:~# dladm show-bridge -l -s br
vshell: dladm show-bridge -l -s (port statistics): not simulated yet
[69]
root@omnios:~# dladm create-bridge -R /a brx
vshell: dladm -R (an alternate root's upgrade script): not simulated yet
[69]
root@omnios:~# dladm create-bridge
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
root@omnios:~# # a user without privileges may look, not change
root@omnios:~# ssh alice@omnios
alice@omnios's password: 
alice@omnios:~$ dladm show-bridge -l br
LINK        STATE       UPTIME  DESROOT
e1000g1     forwarding  76      32768/8:0:27:3e:2:7b
alice@omnios:~$ dladm create-bridge brx
dladm: create operation failed: permission denied
[1]
alice@omnios:~$ dladm add-bridge -l e1000g0 br
dladm: unable to add link e1000g0 to bridge br: permission denied
[1]
alice@omnios:~$ dladm remove-bridge -l e1000g1 br
dladm: warning: cannot remove link e1000g1 from bridge br: permission denied
dladm: unable to remove any links from bridge br
[1]
alice@omnios:~$ dladm modify-bridge -p 4096 br
dladm: create operation failed: permission denied
[1]
alice@omnios:~$ dladm delete-bridge br
dladm: delete operation failed: link busy
[1]
alice@omnios:~$ exit
logout
Connection to omnios closed.
[1]
root@omnios:~# dladm show-bridge
BRIDGE      PROTECT ADDRESS            PRIORITY DESROOT
br          stp     32768/8:0:27:3e:2:7b 32768  32768/8:0:27:3e:2:7b
root@omnios:~# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
e1000g1     phys      1500   up       br         --
e1000g2     phys      1500   up       --         --
wifisim0    simnet    1500   up       --         --
vnic0       vnic      1500   up       --         e1000g0
br0         bridge    1500   unknown  --         e1000g1
