"""The nettools texts no stored source shows: part of the registry of unverified messages
(vshell/messages.py merges them). ifconfig (net-tools 1.60), ip (iproute of RHEL5/6),
vconfig (vlan 1.x) and ifenslave (1.1.0) of the Oracle VM Server dom0s."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("nettools.ifconfig-hw-list",
            "    loop (Local Loopback) slip (Serial Line IP) cslip (VJ Serial Line IP) \n"
            "    slip6 (6-bit Serial Line IP) cslip6 (VJ 6-bit Serial Line IP) adaptive (Adaptive Serial Line IP) \n"
            "    strip (Metricom Starmode IP) ash (Ash) ether (Ethernet) \n"
            "    tr (16/4 Mbps Token Ring) tr (16/4 Mbps Token Ring (New)) ax25 (AMPR AX.25) \n"
            "    netrom (AMPR NET/ROM) rose (AMPR ROSE) tunnel (IPIP Tunnel) \n"
            "    ppp (Point-to-Point Protocol) hdlc ((Cisco)-HDLC) lapb (LAPB) \n"
            "    arcnet (ARCnet) dlci (Frame Relay DLCI) frad (Frame Relay Access Device) \n"
            "    sit (IPv6-in-IPv4) fddi (Fiber Distributed Data Interface) hippi (HIPPI) \n"
            "    irda (IrLAP) ec (Econet) x25 (generic X.25) \n"
            "    infiniband (InfiniBand) ",
            "ifconfig usage's print_hwlist(0): lib/hw.c prints `%s (%s) ` three to a line; which "
            "hardware types Red Hat's build compiles in is recalled, not read"),
    Message("nettools.ifconfig-af-list",
            "    unix (UNIX Domain) inet (DARPA Internet) inet6 (IPv6) \n"
            "    ax25 (AMPR AX.25) netrom (AMPR NET/ROM) rose (AMPR ROSE) \n"
            "    ipx (Novell IPX) ddp (Appletalk DDP) ec (Econet) \n"
            "    ash (Ash) x25 (CCITT X.25) ",
            "ifconfig usage's print_aflist(0) (lib/af.c): the families of Red Hat's build are "
            "recalled, not read"),
    Message("nettools.ifconfig-version",
            "net-tools 1.60\nifconfig 1.42 (2001-04-13)",
            "ifconfig -V prints the RELEASE string of version.h to stderr and exits E_VERSION (5); "
            "the ifconfig.c revision and date in it are recalled"),
    Message("nettools.ip-usage",
            "Usage: ip [ OPTIONS ] OBJECT {{ COMMAND | help }}\n"
            "       ip [ -force ] [-batch filename\n"
            "where  OBJECT := {{ link | addr | route | rule | neigh | ntable | tunnel |\n"
            "                   maddr | mroute | monitor | xfrm }}\n"
            "       OPTIONS := {{ -V[ersion] | -s[tatistics] | -r[esolve] |\n"
            "                    -f[amily] {{ inet | inet6 | ipx | dnet | link }} |\n"
            "                    -o[neline] | -t[imestamp] }}",
            "ip.c usage() of iproute 2.6.18 (stderr, exit 255): recalled, the object list of "
            "that release not read"),
    Message("nettools.ip-link-usage",
            "Usage: ip link set DEVICE {{ up | down |\n"
            "\t                     arp {{ on | off }} |\n"
            "\t                     dynamic {{ on | off }} |\n"
            "\t                     multicast {{ on | off }} |\n"
            "\t                     allmulticast {{ on | off }} |\n"
            "\t                     promisc {{ on | off }} |\n"
            "\t                     trailers {{ on | off }} |\n"
            "\t                     txqueuelen PACKETS |\n"
            "\t                     name NEWNAME |\n"
            "\t                     address LLADDR | broadcast LLADDR |\n"
            "\t                     mtu MTU }}\n"
            "       ip link show [ DEVICE ]",
            "iplink.c usage() of iproute 2.6.18 (no add/delete yet): recalled"),
    Message("nettools.ip-link-usage-rtnl",
            "Usage: ip link add link DEV [ name ] NAME\n"
            "                   [ txqueuelen PACKETS ]\n"
            "                   [ address LLADDR ]\n"
            "                   [ broadcast LLADDR ]\n"
            "                   [ mtu MTU ]\n"
            "                   type TYPE [ ARGS ]\n"
            "       ip link delete DEV type TYPE [ ARGS ]\n"
            "\n"
            "       ip link set DEVICE [ {{ up | down }} ]\n"
            "\t                  [ arp {{ on | off }} ]\n"
            "\t                  [ dynamic {{ on | off }} ]\n"
            "\t                  [ multicast {{ on | off }} ]\n"
            "\t                  [ allmulticast {{ on | off }} ]\n"
            "\t                  [ promisc {{ on | off }} ]\n"
            "\t                  [ trailers {{ on | off }} ]\n"
            "\t                  [ txqueuelen PACKETS ]\n"
            "\t                  [ name NEWNAME ]\n"
            "\t                  [ address LLADDR ]\n"
            "\t                  [ broadcast LLADDR ]\n"
            "\t                  [ mtu MTU ]\n"
            "\t                  [ netns PID ]\n"
            "       ip link show [ DEVICE ]\n"
            "\n"
            "TYPE := {{ vlan | veth | vcan | dummy | ifb | macvlan | can }}",
            "iplink.c usage() of iproute 2.6.32 (RTM_NEWLINK era): recalled"),
    Message("nettools.ip-addr-usage",
            "Usage: ip addr {{add|del}} IFADDR dev STRING\n"
            "       ip addr {{show|flush}} [ dev STRING ] [ scope SCOPE-ID ]\n"
            "                            [ to PREFIX ] [ FLAG-LIST ] [ label PATTERN ]\n"
            "IFADDR := PREFIX | ADDR peer PREFIX\n"
            "          [ broadcast ADDR ] [ anycast ADDR ]\n"
            "          [ label STRING ] [ scope SCOPE-ID ]\n"
            "SCOPE-ID := [ host | link | global | NUMBER ]\n"
            "FLAG-LIST := [ FLAG-LIST ] FLAG\n"
            "FLAG  := [ permanent | dynamic | secondary | primary |\n"
            "           tentative | deprecated ]",
            "ipaddress.c usage() of iproute 2.6.18: recalled"),
    Message("nettools.ip-unknown-command",
            "Command \"{cmd}\" is unknown, try \"ip {obj} help\".",
            "iplink.c/ipaddress.c do_* for a verb they lack (exit 255); recalled"),
    Message("nettools.ip-ioctl-error",
            "{ioctl}: {error}",
            "iproute 2.6.18's `ip link set` works through ioctls and perror()s their names "
            "(do_chflags SIOCGIFFLAGS/SIOCSIFFLAGS, set_mtu SIOCSIFMTU, get_address SIOCGIFINDEX, "
            "set_address SIOCSIFHWADDR); the sequence is recalled, not read"),
    Message("nettools.ip-invarg",
            "Error: argument \"{arg}\" is wrong: {what}\n",
            "utils.c invarg() with iplink.c's messages, which end in their own newline (so a "
            "blank line follows); recalled"),
    Message("nettools.ip-garbage",
            "Error: either \"{what}\" is duplicate, or \"{arg}\" is a garbage.",
            "utils.c duparg2(): recalled"),
    Message("nettools.ip-dev-required",
            "Not enough information: \"dev\" argument is required.",
            "ipaddress.c ipaddr_modify()/iplink.c without a device (exit 255): recalled"),
    Message("nettools.ip-label-mismatch",
            "\"dev\" ({dev}) must match \"label\" ({label}).",
            "ipaddress.c ipaddr_modify() when the label does not start with the device name "
            "(exit 1): recalled"),
    Message("nettools.ip-flush-args",
            "Flush requires arguments.",
            "ipaddress.c ipaddr_list_or_flush() for a bare `ip addr flush` (exit 1): recalled"),
    Message("nettools.ip-version-2618", "ip utility, iproute2-ss061002",
            "ip -V of RHEL5's iproute-2.6.18: the snapshot date is recalled"),
    Message("nettools.ip-version-2632", "ip utility, iproute2-ss091226",
            "ip -V of an iproute-2.6.32: the snapshot date is recalled"),
]
