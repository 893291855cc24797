---
world: smartos-overlay
---
[root@zlan ~]# # seed 003 (illumos overlay networks, dev preview 02): three hosts share /var/tmp/hosts.json
[root@zlan ~]# # first, create-overlay's own checks, in the order dladm makes them
[root@zlan ~]# dladm create-overlay
dladm: missing required virtual network id
[1]
[root@zlan ~]# dladm create-overlay -v 23
dladm: missing required encapsulation plugin
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan
dladm: missing required search plugin
[1]
[root@zlan ~]# dladm create-overlay -v 23 -s direct
dladm: missing required encapsulation plugin
[1]
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s direct
dladm: missing device name
[1]
[root@zlan ~]# cat /var/tmp/hosts.json
{

        "de:ad:be:ef:00:00": {
                "arp": "10.55.55.2",
                "ip": "10.88.88.69",
                "ndp": "fe80::3",
                "port": 4789
        }, "de:ad:be:ef:00:01": {
                "arp": "10.55.55.3",
                "dhcp-proxy": "de:ad:be:ef:00:00",
                "ip": "10.88.88.70",
                "ndp": "fe80::4",
                "port": 4789
        }, "de:ad:be:ef:00:02": {
                "arp": "10.55.55.4",
                "ip": "10.88.88.71",
                "ndp": "fe80::5",
                "port": 4789
        }
}
[root@zlan ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/config=/var/tmp/hosts.json overlay0
[root@zlan ~]# dladm create-vnic -m de:ad:be:ef:00:00 -l overlay0 foo0
[root@zlan ~]# # (ifconfig foo0 plumb up 10.55.55.2/24 and the inet6 lines come with ifconfig, issue 7)
[root@zlan ~]# dladm show-overlay
LINK               PROPERTY           PERM REQ VALUE      DEFAULT   POSSIBLE
overlay0           mtu                rw   -   1400       1400      576-8900
overlay0           vnetid             rw   -   23         --        --
overlay0           encap              r-   -   vxlan      --        vxlan
overlay0           varpd/id           r-   -   1          --        --
overlay0           vxlan/listen_ip    rw   y   10.88.88.69 --       --
overlay0           vxlan/listen_port  rw   y   4789       4789      1-65535
overlay0           search             r-   -   files      --        direct,
                                                                    files,svp
overlay0           files/config       rw   y   /var/tmp/hosts.json -- --
[root@zlan ~]# dladm show-overlay -t
[root@zlan ~]# dladm show-overlay -f
LINK                STATUS  DETAILS
overlay0            ONLINE  -
[root@zlan ~]# dladm show-vnic
LINK         OVER         SPEED    MACADDRESS        MACADDRTYPE         VID
foo0         overlay0     0        de:ad:be:ef:0:0   fixed               0
[root@zlan ~]# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
overlay0    overlay   1400   up       --         --
foo0        vnic      1400   up       --         overlay0
[root@zlan ~]# ssh zlan2
root@zlan2's password: 
[root@zlan2 ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.70 -p files/config=/var/tmp/hosts.json overlay0
[root@zlan2 ~]# # the seed creates foo0 here but then plumbs bar0 (ifconfig bar0 ...): the VNIC it meant is bar0
[root@zlan2 ~]# dladm create-vnic -m de:ad:be:ef:00:01 -l overlay0 bar0
[root@zlan2 ~]# dladm show-overlay -o link,property,value
LINK               PROPERTY           VALUE
overlay0           mtu                1400
overlay0           vnetid             23
overlay0           encap              vxlan
overlay0           varpd/id           1
overlay0           vxlan/listen_ip    10.88.88.70
overlay0           vxlan/listen_port  4789
overlay0           search             files
overlay0           files/config       /var/tmp/hosts.json
[root@zlan2 ~]# dladm show-vnic
LINK         OVER         SPEED    MACADDRESS        MACADDRTYPE         VID
bar0         overlay0     0        de:ad:be:ef:0:1   fixed               0
[root@zlan2 ~]# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
overlay0    overlay   1400   up       --         --
bar0        vnic      1400   up       --         overlay0
[root@zlan2 ~]# exit
logout
Connection to zlan2 closed.
[root@zlan ~]# ssh zlan3
root@zlan3's password: 
[root@zlan3 ~]# dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.71 -p files/config=/var/tmp/hosts.json overlay0
[root@zlan3 ~]# dladm create-vnic -m de:ad:be:ef:00:02 -l overlay0 baz0
[root@zlan3 ~]# dladm show-overlay -p -o property,value overlay0
mtu:1400
vnetid:23
encap:vxlan
varpd/id:1
vxlan/listen_ip:10.88.88.71
vxlan/listen_port:4789
search:files
files/config:/var/tmp/hosts.json
[root@zlan3 ~]# dladm show-vnic
LINK         OVER         SPEED    MACADDRESS        MACADDRTYPE         VID
baz0         overlay0     0        de:ad:be:ef:0:2   fixed               0
[root@zlan3 ~]# dladm show-link
LINK        CLASS     MTU    STATE    BRIDGE     OVER
e1000g0     phys      1500   up       --         --
overlay0    overlay   1400   up       --         --
baz0        vnic      1400   up       --         overlay0
[root@zlan3 ~]# # the target table fills as the kernel asks varpd where a MAC lives; an entry can also be set by hand
[root@zlan3 ~]# dladm modify-overlay -s de:ad:be:ef:0:0=10.88.88.69:4789 overlay0
[root@zlan3 ~]# dladm modify-overlay -s de:ad:be:ef:0:1=10.88.88.70:4789 overlay0
[root@zlan3 ~]# dladm show-overlay -t
LINK                TARGET            DESTINATION
overlay0            de:ad:be:ef:0:0   10.88.88.69:4789
overlay0            de:ad:be:ef:0:1   10.88.88.70:4789
[root@zlan3 ~]# dladm show-overlay -t -p -o target,destination
de\:ad\:be\:ef\:0\:0:10.88.88.69\:4789
de\:ad\:be\:ef\:0\:1:10.88.88.70\:4789
[root@zlan3 ~]# dladm modify-overlay -d de:ad:be:ef:0:0 overlay0
[root@zlan3 ~]# dladm show-overlay -t
LINK                TARGET            DESTINATION
overlay0            de:ad:be:ef:0:1   10.88.88.70:4789
[root@zlan3 ~]# dladm modify-overlay -f overlay0
[root@zlan3 ~]# dladm show-overlay -t
[root@zlan3 ~]# exit
logout
Connection to zlan3 closed.
[root@zlan ~]# dladm show-overlay -f -o link,status
LINK                STATUS
overlay0            ONLINE
