---
world: smartos-overlay
---
[root@zlan ~]# # create-overlay: dladm's own checks
[root@zlan ~]# dladm create-overlay -v 23x -e vxlan -s files overlay0
dladm: couldn't parse virtual networkd id: 23x
[1]
[root@zlan ~]# dladm create-overlay -v 99999999999999999999 -e vxlan -s files overlay0
dladm: virtual networkd id too large: 99999999999999999999
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files overlay0 overlay1
dladm: missing device name
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files averyveryveryverylongoverlayname0
dladm: link name too long 'averyveryveryverylongoverlayname0'
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files overlay
dladm: invalid link name 'overlay'
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e averyveryveryverylongencapsulation -s files overlay0
dladm: encapsulation plugin name too long 'averyveryveryverylongencapsulation'
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s averyveryveryverylongsearchplugin overlay0
dladm: search plugin name too long 'vxlan'
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip overlay0
dladm: invalid overlay property
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p files/config=/var/tmp/hosts.json -p files/config=/var/tmp/hosts.json -p files/config=/var/tmp/hosts.json -p files/config=/var/tmp/hosts.json -p files/config=/var/tmp/hosts.json -p files/config=/var/tmp/hosts.json -p files/config=/var/tmp/hosts.json -p files/config=/var/tmp/hosts.json overlay0
dladm: property list too long 'files/config=/var/tmp/hosts.json,files/config=/var/tmp/hosts.json,files/config=/var/tmp/hosts.json,files/config=/var/tmp/hosts.json,files/config=/var/tmp/hosts.json,files/config=/var/tmp/hosts.json,files/config=/var/tmp/hosts.json,files/config=/var/tmp/ho'
[1]
[root@zlan ~]# dladm create-overlay -v
dladm: option '-v' requires a value
[1]
[root@zlan ~]# dladm create-overlay -x -v 23 -e vxlan -s files overlay0
dladm: unrecognized option '-x'
[1]
[root@zlan ~]# # the kernel device
[root@zlan ~]# dladm create-overlay -v 23 -e nvgre -s files overlay0
dladm: overlay creation failed: object not found
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vx/lan -s files overlay0
dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# dladm create-overlay -v 16777216 -e vxlan -s files overlay0
dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p colour=blue overlay0
dladm: warning: failed to set property colour
dladm: overlay creation failed: object not found
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.300 overlay0
dladm: warning: failed to set property vxlan/listen_ip
dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=224.0.0.5 overlay0
dladm: warning: failed to set property vxlan/listen_ip
dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p vxlan/listen_port=0 overlay0
dladm: warning: failed to set property vxlan/listen_port
dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p mtu=9000 overlay0
dladm: warning: failed to set property mtu
dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p encap=vxlan overlay0
dladm: warning: failed to set property encap
dladm: overlay creation failed: permission denied
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69,10.88.88.70 overlay0
dladm: warning: failed to set property vxlan/listen_ip
dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# # varpd: the search plugin and its properties
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s dns -p vxlan/listen_ip=10.88.88.69 overlay0
dladm: warning: failed to create varpd instance: No such file or directory
dladm: overlay creation failed: object not found
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/path=/var/tmp/hosts.json overlay0
dladm: warning: failed to set varpd prop: files/path

dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 overlay0
dladm: warning: failed to activate varpd instance: Resource temporarily unavailable
dladm: warning: unset required property: files/config
dladm: overlay creation failed: try again later
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/config=/var/tmp/nowhere.json overlay0
dladm: warning: failed to activate varpd instance: No such file or directory
dladm: overlay creation failed: object not found
[1]
[root@zlan ~]# echo 'not json' > /var/tmp/bad.json
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/config=/var/tmp/bad.json overlay0
dladm: warning: failed to activate varpd instance: Unknown error
dladm: overlay creation failed: operation failed
[1]
[root@zlan ~]# echo '{"de:ad:be:ef:00:zz": {"ip": "10.88.88.70", "port": 4789}}' > /var/tmp/badmac.json
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/config=/var/tmp/badmac.json overlay0
dladm: warning: failed to activate varpd instance: Invalid argument
dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# dladm create-overlay -v 42 -e vxlan -s direct -p vxlan/listen_ip=10.88.88.69,direct/dest_ip=10.88.88.70 tun0
dladm: warning: failed to activate varpd instance: Resource temporarily unavailable
dladm: warning: unset required property: direct/dest_port
dladm: overlay creation failed: try again later
[1]
[root@zlan ~]# dladm create-overlay -v 42 -e vxlan -s direct -p direct/dest_ip=10.88.88.70,direct/dest_port=4789 tun0
dladm: warning: failed to activate device: Invalid argument
dladm: warning: unset required property: vxlan/listen_ip
dladm: warning: failed to get varpd props for overlay tun0, varpd id 0: ok
dladm: overlay creation failed: invalid argument
[1]
[root@zlan ~]# # the device binds its listen address when it activates: one this host's IP does not have is refused
[root@zlan ~]# dladm create-overlay -v 42 -e vxlan -s direct -p vxlan/listen_ip=10.88.88.99,direct/dest_ip=10.88.88.70,direct/dest_port=4789 tun0
dladm: warning: failed to activate device: Cannot assign requested address
dladm: warning: failed to get varpd props for overlay tun0, varpd id 0: ok
dladm: overlay creation failed: operation failed
[1]
[root@zlan ~]# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
[root@zlan ~]# # the device exists once: its name and its (encap, vnetid) pair are taken
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/config=/var/tmp/hosts.json overlay0
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/config=/var/tmp/hosts.json overlay0
dladm: overlay creation failed: object already exists
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/config=/var/tmp/hosts.json overlay1
dladm: overlay creation failed: object already exists
[1]
[root@zlan ~]# dladm create-overlay -v 42 -e vxlan -s direct -p vxlan/listen_ip=10.88.88.69,direct/dest_ip=10.88.88.70,direct/dest_port=4789 tun0
[root@zlan ~]# dladm show-overlay tun0
LINK               PROPERTY           PERM REQ VALUE      DEFAULT   POSSIBLE
tun0               mtu                rw   -   1400       1400      576-8900
tun0               vnetid             rw   -   42         --        --
tun0               encap              r-   -   vxlan      --        vxlan
tun0               varpd/id           r-   -   10         --        --
tun0               vxlan/listen_ip    rw   y   10.88.88.69 --       --
tun0               vxlan/listen_port  rw   y   4789       4789      1-65535
tun0               search             r-   -   direct     --        direct,
                                                                    files,svp
tun0               direct/dest_ip     rw   y   10.88.88.70 --       --
tun0               direct/dest_port   rw   y   4789       --        1-65535
[root@zlan ~]# dladm show-overlay -t
LINK                TARGET            DESTINATION
tun0                *:*:*:*:*:*       10.88.88.70:4789
[root@zlan ~]# # delete-overlay
[root@zlan ~]# dladm create-vnic -l overlay0 foo0
[root@zlan ~]# dladm delete-overlay overlay0
dladm: failed to delete overlay0: link busy
[1]
[root@zlan ~]# dladm delete-overlay overlay9
dladm: failed to delete overlay9: object not found
[1]
[root@zlan ~]# dladm delete-overlay e1000g0
dladm: failed to delete e1000g0: invalid argument
[1]
[root@zlan ~]# dladm delete-overlay
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
[root@zlan ~]# # modify-overlay
[root@zlan ~]# dladm modify-overlay overlay0
dladm: need to specify one of -d, -f, or -s
[1]
[root@zlan ~]# dladm modify-overlay -f -d de:ad:be:ef:0:0 overlay0
dladm: only one of -d, -f, or -s may be used
[1]
[root@zlan ~]# dladm modify-overlay -f -f overlay0
dladm: the option -f cannot be specified more than once
[1]
[root@zlan ~]# dladm modify-overlay -d de:ad:be:ef:0 overlay0
dladm: invalid mac address: de:ad:be:ef:0

[1]
[root@zlan ~]# dladm modify-overlay -s de:ad:be:ef:0=10.88.88.69:4789 overlay0
dladm: invalid mac address: de:ad:be:ef:0

[1]
[root@zlan ~]# dladm modify-overlay -f
dladm: missing required overlay device

[1]
[root@zlan ~]# dladm modify-overlay -f overlay0 tun0
dladm: only one overlay device may be specified

[1]
[root@zlan ~]# dladm modify-overlay -f overlay9
dladm: failed to find overlay overlay9: object not found
[1]
[root@zlan ~]# dladm modify-overlay -f e1000g0
dladm: failed to flush target cache for overlay e1000g0: object not found
[1]
[root@zlan ~]# dladm modify-overlay -f tun0
dladm: failed to flush target cache for overlay tun0: operation not supported
[1]
[root@zlan ~]# dladm modify-overlay -s de:ad:be:ef:0:1=10.88.88.70:4789 tun0
dladm: failed to set target de:ad:be:ef:0:1 for overlay target cache tun0: operation not supported
[1]
[root@zlan ~]# dladm modify-overlay -d de:ad:be:ef:0:2 overlay0
dladm: failed to flush target de:ad:be:ef:0:2 from overlay target cache overlay0: object not found
[1]
[root@zlan ~]# dladm modify-overlay -s de:ad:be:ef:0:1=10.88.88.70:0 overlay0
dladm: failed to set target de:ad:be:ef:0:1 for overlay target cache overlay0: invalid argument
[1]
[root@zlan ~]# dladm modify-overlay -s de:ad:be:ef:0:1=10.88.88.70 overlay0
[root@zlan ~]# dladm show-overlay -t overlay0
[root@zlan ~]# dladm modify-overlay -s de:ad:be:ef:0:1 overlay0
Segmentation Fault (core dumped)
[139]
[root@zlan ~]# # show-overlay
[root@zlan ~]# dladm show-overlay -o link,property overlay9 tun0
dladm: warning: failed to find overlay9: object not found
LINK               PROPERTY
tun0               mtu
tun0               vnetid
tun0               encap
tun0               varpd/id
tun0               vxlan/listen_ip
tun0               vxlan/listen_port
tun0               search
tun0               direct/dest_ip
tun0               direct/dest_port
[1]
[root@zlan ~]# dladm show-overlay -t e1000g0
dladm: warning: e1000g0 is not an overlay
[1]
[root@zlan ~]# dladm show-overlay -f e1000g0
dladm: datalink e1000g0 is not an overlay device

[1]
[root@zlan ~]# dladm show-overlay -p
dladm: output fields must be specified in parsable mode
[1]
[root@zlan ~]# dladm show-overlay -p -o all
dladm: output fields must be specified in parsable mode
[1]
[root@zlan ~]# dladm show-overlay -o link,colour tun0
dladm: warning: ignoring unknown output field: `colour'
LINK
tun0
tun0
tun0
tun0
tun0
tun0
tun0
tun0
tun0
[root@zlan ~]# dladm show-overlay -p -o link,colour tun0
dladm: unknown output field: `colour'
[1]
[root@zlan ~]# dladm show-overlay -o colour
dladm: no valid output fields
[1]
[root@zlan ~]# # only root configures datalinks
[root@zlan ~]# ssh jill@zlan
jill@zlan's password: 
[jill@zlan ~]$ dladm create-overlay -v 5 -e vxlan -s direct -p vxlan/listen_ip=10.88.88.69,direct/dest_ip=10.88.88.70,direct/dest_port=4789 tun1
dladm: overlay creation failed: permission denied
[1]
[jill@zlan ~]$ dladm delete-overlay tun0
dladm: failed to delete tun0: permission denied
[1]
[jill@zlan ~]$ dladm modify-overlay -s de:ad:be:ef:0:1=10.88.88.70:4789 overlay0
dladm: failed to set target de:ad:be:ef:0:1 for overlay target cache overlay0: permission denied
[1]
[jill@zlan ~]$ dladm show-overlay -t
LINK                TARGET            DESTINATION
tun0                *:*:*:*:*:*       10.88.88.70:4789
[jill@zlan ~]$ exit
logout
Connection to zlan closed.
[root@zlan ~]# dladm show-overlay -f
LINK                STATUS  DETAILS
overlay0            ONLINE  -
tun0                ONLINE  -
