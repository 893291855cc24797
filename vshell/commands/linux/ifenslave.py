"""ifenslave 1.1.0 (December 1, 2003), as RHEL5's iputils ships it, on the netdevs model:
enslave, `-d` release, `-c` change the active slave, the one-interface dump, usage and help.

Source: ifenslave.c v1.1.0 (usage_msg, help_msg, version, every fprintf, exit statuses: 2 for
usage, 1 for the illegal operations, the errno itself where get settings fails). The bonding
driver's ABI (2 for the 3.x drivers of these kernels) makes ifenslave clear the slave's
address and set it down before SIOCBONDENSLAVE; the driver then opens it."""
from __future__ import annotations

from vshell.commands.linux.nettools_common import is_root, strerror
from vshell.messages import text
from vshell.model.netdevs import NetError

ERRNO = {"ENODEV": 19, "EPERM": 1, "EACCES": 13}

VERSION = ("ifenslave.c:v1.1.0 (December 1, 2003)\n"
           "o Donald Becker (becker@cesdis.gsfc.nasa.gov).\n"
           "o Detach support added on 2000/10/02 by Willy Tarreau (willy at meta-x.org).\n"
           "o 2.4 kernel support added on 2001/02/16 by Chad N. Tindel\n"
           "  (ctindel at ieee dot org).\n")

USAGE = ("Usage: ifenslave [-f] <master-if> <slave-if> [<slave-if>...]\n"
         "       ifenslave -d   <master-if> <slave-if> [<slave-if>...]\n"
         "       ifenslave -c   <master-if> <slave-if>\n"
         "       ifenslave --help\n")

HELP = ("\n"
        "       To create a bond device, simply follow these three steps :\n"
        "       - ensure that the required drivers are properly loaded :\n"
        "         # modprobe bonding ; modprobe <3c59x|eepro100|pcnet32|tulip|...>\n"
        "       - assign an IP address to the bond device :\n"
        "         # ifconfig bond0 <addr> netmask <mask> broadcast <bcast>\n"
        "       - attach all the interfaces you need to the bond device :\n"
        "         # ifenslave [{-f|--force}] bond0 eth0 [eth1 [eth2]...]\n"
        "         If bond0 didn't have a MAC address, it will take eth0's. Then, all\n"
        "         interfaces attached AFTER this assignment will get the same MAC addr.\n"
        "         (except for ALB/TLB modes)\n"
        "\n"
        "       To set the bond device down and automatically release all the slaves :\n"
        "         # ifconfig bond0 down\n"
        "\n"
        "       To detach a dead interface without setting the bond device down :\n"
        "         # ifenslave {-d|--detach} bond0 eth0 [eth1 [eth2]...]\n"
        "\n"
        "       To change active slave :\n"
        "         # ifenslave {-c|--change-active} bond0 eth0\n"
        "\n"
        "       To show master interface info\n"
        "         # ifenslave bond0\n"
        "\n"
        "       To show all interfaces info\n"
        "       # ifenslave {-a|--all-interfaces}\n"
        "\n"
        "       To be more verbose\n"
        "       # ifenslave {-v|--verbose} ...\n"
        "\n"
        "       # ifenslave {-u|--usage}   Show usage\n"
        "       # ifenslave {-V|--version} Show version\n"
        "       # ifenslave {-h|--help}    This message\n"
        "\n")

LONG = {"all-interfaces": "a", "change-active": "c", "detach": "d", "force": "f", "help": "h",
        "usage": "u", "verbose": "v", "version": "V"}

IFF_BITS = {"UP": 0x1, "BROADCAST": 0x2, "DEBUG": 0x4, "LOOPBACK": 0x8, "POINTOPOINT": 0x10,
            "NOTRAILERS": 0x20, "RUNNING": 0x40, "NOARP": 0x80, "PROMISC": 0x100,
            "ALLMULTI": 0x200, "MASTER": 0x400, "SLAVE": 0x800, "MULTICAST": 0x1000,
            "DYNAMIC": 0x8000}


class Usage(Exception):
    pass


def parse(ctx, argv: list[str]):
    """glibc getopt_long with "acdfhuvV" (permuting: operands may come first)."""
    opts: list[str] = []
    operands: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            operands += argv[i + 1:]
            break
        if a.startswith("--"):
            word = a[2:]
            hits = [k for k in LONG if k.startswith(word)] if word else []
            if word in LONG:
                hits = [word]
            if len(hits) == 1:
                opts.append(LONG[hits[0]])
            elif hits:
                ctx.err(text("getopt.gnu-ambiguous", cmd="ifenslave", opt=a) + "\n")
                raise Usage()
            else:
                ctx.err(text("getopt.gnu-unrecognized", cmd="ifenslave", opt=a) + "\n")
                raise Usage()
        elif a.startswith("-") and len(a) > 1:
            for c in a[1:]:
                if c not in "acdfhuvV":
                    ctx.err(text("getopt.gnu-illegal", cmd="ifenslave", opt=c) + "\n")
                    raise Usage()
                opts.append(c)
        else:
            operands.append(a)
        i += 1
    return opts, operands


def flags_word(nd, dev) -> int:
    return sum(IFF_BITS.get(f, 0) for f in nd.flags(dev))


def if_print(ctx, nd, name: str) -> None:
    """if_getconfig(): the SIOCGIFFLAGS, SIOCGIFADDR (sa_data[0..3]: the port's two bytes,
    then the address's first two) and SIOCGIFHWADDR results."""
    dev = nd.devs.get(name.split(":")[0])
    if dev is None:
        ctx.err(f"{name}: unknown interface.\n")
        return
    ctx.out(f"The result of SIOCGIFFLAGS on {name} is {flags_word(nd, dev):x}.\n")
    addr = nd.addr_of(name)
    if addr is None:
        ctx.err(f"{name}: unknown interface.\n")
        return
    octets = [int(x) for x in addr.address.split(".")]
    data = [0, 0, octets[0], octets[1]]
    # a signed char promoted to int prints as ffffff80 and up
    shown = ".".join(f"{b:02x}" if b < 0x80 else f"{0xFFFFFF00 | b:x}" for b in data)
    ctx.out(f"The result of SIOCGIFADDR is {shown}.\n")
    hwtype = 772 if dev.kind == "loopback" else 1
    ctx.out(f"The result of SIOCGIFHWADDR is type {hwtype}  {dev.mac}.\n")


def main(ctx) -> int:
    nd = ctx.host.netdevs
    try:
        opts, operands = parse(ctx, ctx.argv[1:])
    except Usage:
        ctx.err(USAGE)
        return 2
    exclusive = sum(1 for o in opts if o != "v")
    if exclusive > 1:
        ctx.err(USAGE)
        return 2
    has = set(opts)
    if "v" in has or "V" in has:
        ctx.out(VERSION)
        if "V" in has:
            return 0
    if "u" in has:
        ctx.out(USAGE)
        return 0
    if "h" in has:
        ctx.out(USAGE + HELP)
        return 0
    if "a" in has:
        if operands:
            ctx.err(USAGE)
            return 2
        for dev in nd.ordered():
            for a in dev.addrs:
                if dev.up:
                    if_print(ctx, nd, a.label)
        return 0
    if not operands:
        ctx.err(USAGE)
        return 2
    master_name, slaves = operands[0], operands[1:]
    master = nd.devs.get(master_name)
    # get_drv_info(): ETHTOOL_GDRVINFO answers ENODEV for a missing device and a NIC driver's
    # firmware string (no number) fails the ABI handshake; VLAN devices and bridges have no
    # ethtool here (EOPNOTSUPP, tolerated)  # unverified: what each driver answers
    if master is None or master.kind in ("ether", "loopback"):
        ctx.err(f"Master '{master_name}': Error: handshake with driver failed. Aborting\n")
        return 1
    if not slaves:
        if "d" in has or "c" in has:
            ctx.err(USAGE)
            return 2
        if_print(ctx, nd, master_name)
        return 0
    mflags = nd.flags(master)
    if "MASTER" not in mflags:
        ctx.err(f"Illegal operation; the specified interface '{master_name}' is not a master. "
                "Aborting\n")
        return 1
    if "UP" not in mflags:
        ctx.err(f"Illegal operation; the specified master interface '{master_name}' is not up.\n")
        return 1
    if "c" in has:
        slave_name = slaves[0]
        slave = nd.devs.get(slave_name)
        if slave is None:
            ctx.err(f"Slave '{slave_name}': Error: get flags failed. Aborting\n")
            return 255
        if "SLAVE" not in nd.flags(slave):
            ctx.err(f"Illegal operation: The specified slave interface '{slave_name}' "
                    "is not a slave\n")
            ctx.err(f"Master '{master_name}', Slave '{slave_name}': Error: Change active failed\n")
            return 1
        ok = (is_root(ctx) and master.kind == "bond" and slave.master == master_name
              and master.bond.mode in (1, 5, 6) and nd.carrier(slave))
        if not ok:
            ctx.err(f"Master '{master_name}', Slave '{slave_name}': Error: Change active failed\n")
            return 1
        master.bond.active = slave_name     # the model should offer bond_change_active
        return 0
    res = 0
    for slave_name in slaves:
        slave = nd.devs.get(slave_name)
        if "d" in has:
            if slave is None:
                ctx.err(f"Slave '{slave_name}': Error: get flags failed. Skipping\n")
                res = 255
                continue
            if "SLAVE" not in nd.flags(slave):
                ctx.err(f"Illegal operation: The specified slave interface '{slave_name}' "
                        "is not a slave\n")
                ctx.err(f"Master '{master_name}', Slave '{slave_name}': Error: Release failed\n")
                res = 1
                continue
            try:
                if not is_root(ctx):
                    raise NetError("EPERM")
                nd.release_slave(master_name, slave_name)
            except NetError:
                ctx.err(f"Master '{master_name}', Slave '{slave_name}': Error: Release failed\n")
                res = 1
                continue
            _set_mtu(nd, slave_name, 1500)
            continue
        if slave is None:
            ctx.err(f"Slave '{slave_name}': Error: get settings failed: {strerror('ENODEV')}. "
                    "Skipping\n")
            res = ERRNO["ENODEV"]
            continue
        if "SLAVE" in nd.flags(slave):
            ctx.err(f"Illegal operation: The specified slave interface '{slave_name}' "
                    "is already a slave\n")
            ctx.err(f"Master '{master_name}', Slave '{slave_name}': Error: Enslave failed\n")
            res = 1
            continue
        if not is_root(ctx):
            ctx.err(f"Slave '{slave_name}': Error: bring interface down failed\n")
            ctx.err(f"Master '{master_name}', Slave '{slave_name}': Error: Enslave failed\n")
            res = 255
            continue
        # set_if_down, clear_if_addr (ABI 2), the master's MTU; then SIOCBONDENSLAVE
        old_mtu = slave.mtu
        nd.set_up(slave_name, False)
        for a in list(slave.addrs):
            nd.del_addr(a.label)
        if slave.mtu != master.mtu:
            _set_mtu(nd, slave_name, master.mtu)
        try:
            if master.kind != "bond":
                raise NetError("EOPNOTSUPP", dev=master_name)
            nd.enslave(master_name, slave_name)
        except NetError:
            _set_mtu(nd, slave_name, old_mtu)
            ctx.err(f"Master '{master_name}', Slave '{slave_name}': Error: Enslave failed\n")
            res = 1
    return res


def _set_mtu(nd, name: str, mtu: int) -> None:
    try:
        nd.set_mtu(name, mtu)
    except NetError:
        pass
