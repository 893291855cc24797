"""net-tools 1.60 `ifconfig` as RHEL5/6 and the Oracle VM Server dom0s ship it, on the netdevs
model (linux-obp.md §3).

Sources: net-tools ifconfig.c and lib/interface.c of the 1.60 era (ecki/net-tools, the 2001
interface.c v1.16; set_flag's `unknown interface` wording of 1.60), lib/inet.c (herror's
`Unknown host`), lib/util.c nstrcmp of 1.60; the kernel's devinet_ioctl/dev_ioctl for which
errno each request earns. The byte units are the seed's (`0.0 b`, `KiB`, `MiB`, `GiB`).
The model has no IPv6, so no `inet6 addr:` lines are printed."""
from __future__ import annotations

import ipaddress

from vshell.commands.clib import atoi as _atoi
from vshell.commands.linux.nettools_common import (inet_aton, is_root, mac_ok, mask_to_prefix,
                                                  nstrcmp, ntoa, strerror)
from vshell.commands import not_simulated
from vshell.messages import text
from vshell.model.netdevs import NetError

E_USAGE = 4          # net-tools lib/net-support.h

USAGE_HEAD = (
    "Usage:\n  ifconfig [-a] [-i] [-v] [-s] <interface> [[<AF>] <address>]\n"
    "  [add <address>[/<prefixlen>]]\n"
    "  [del <address>[/<prefixlen>]]\n"
    "  [[-]broadcast [<address>]]  [[-]pointopoint [<address>]]\n"
    "  [netmask <address>]  [dstaddr <address>]  [tunnel <address>]\n"
    "  [outfill <NN>] [keepalive <NN>]\n"
    "  [hw <HW> <address>]  [metric <NN>]  [mtu <NN>]\n"
    "  [[-]trailers]  [[-]arp]  [[-]allmulti]\n"
    "  [multicast]  [[-]promisc]\n"
    "  [mem_start <NN>]  [io_addr <NN>]  [irq <NN>]  [media <type>]\n"
    "  [txqueuelen <NN>]\n"
    "  [[-]dynamic]\n"
    "  [up|down] ...\n\n"
    "  <HW>=Hardware Type.\n"
    "  List of possible hardware types:\n")

AF_NAMES = ("unix", "inet", "inet6", "ax25", "netrom", "rose", "ipx", "ddp", "ec", "ash", "x25")
HW_NAMES = ("loop", "slip", "cslip", "slip6", "cslip6", "adaptive", "strip", "ash", "ether",
            "tr", "ax25", "netrom", "rose", "tunnel", "ppp", "hdlc", "lapb", "arcnet", "dlci",
            "frad", "sit", "fddi", "hippi", "irda", "ec", "x25", "infiniband")


class Usage(Exception):
    pass


class Exit(Exception):
    def __init__(self, status: int):
        self.status = status


def usage_text() -> str:
    return (USAGE_HEAD + text("nettools.ifconfig-hw-list") + "\n"
            + "  <AF>=Address family. Default: inet\n"
            + "  List of possible address families:\n" + text("nettools.ifconfig-af-list") + "\n")


# --- the listing ---------------------------------------------------------------------------

def units(n: int) -> str:
    """RX/TX bytes in ife_print_long's scaled form, one decimal, truncated."""
    short = n * 10
    unit = "b"
    for limit, name in ((1 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")):
        if n > limit:
            short //= limit
            unit = name
            break
    return f"{short // 10}.{short % 10} {unit}"


def interface_names(nd) -> list[str]:
    """The names ifconfig's list holds, in its order: /proc/net/dev (the devices in ifindex
    order) then SIOCGIFCONF (each address's label), each put in place by add_interface, which
    walks back from the tail with nstrcmp."""
    names: list[str] = []

    def add(name: str) -> None:
        i = len(names) - 1
        while i >= 0:
            n = nstrcmp(names[i], name)
            if n == 0:
                return
            if n < 0:
                break
            i -= 1
        names.insert(i + 1, name)

    for dev in nd.ordered():
        add(dev.name)
    for dev in nd.ordered():
        for a in dev.addrs:
            add(a.label)
    return names


def block(nd, name: str) -> str | None:
    """One interface as ife_print_long lays it out; None where SIOCGIFFLAGS fails."""
    devname = name.split(":")[0]
    dev = nd.devs.get(devname)
    if dev is None:
        return None
    alias = name != devname
    flags = nd.flags(dev)
    lines = []
    if dev.kind == "loopback":
        head = f"{name[:9]:<9} Link encap:Local Loopback  "
    else:
        head = f"{name[:9]:<9} Link encap:Ethernet  HWaddr {dev.mac.upper()}  "
    lines.append(head)
    addr = nd.addr_of(name)
    if addr is not None:
        s = f"          inet addr:{addr.address} "
        if "BROADCAST" in flags:
            s += f" Bcast:{addr.broadcast} "
        s += f" Mask:{addr.netmask}"
        lines.append(s)
    fl = "".join(f + " " for f in flags) if flags else "[NO FLAGS] "
    lines.append(f"          {fl} MTU:{dev.mtu}  Metric:1")
    if not alias:
        st = dev.stats
        lines.append(f"          RX packets:{st.rx_packets} errors:{st.rx_errors} "
                     f"dropped:{st.rx_dropped} overruns:{st.rx_overruns} frame:{st.rx_frame}")
        lines.append(f"          TX packets:{st.tx_packets} errors:{st.tx_errors} "
                     f"dropped:{st.tx_dropped} overruns:{st.tx_overruns} carrier:{st.tx_carrier}")
        lines.append(f"          collisions:{st.collisions} txqueuelen:{dev.txqueuelen} ")
        lines.append(f"          RX bytes:{st.rx_bytes} ({units(st.rx_bytes)})  "
                     f"TX bytes:{st.tx_bytes} ({units(st.tx_bytes)})")
    if dev.irq or dev.memory:
        s = "          "
        if dev.irq:
            s += f"Interrupt:{dev.irq} "
        if dev.memory:
            s += f"Memory:{dev.memory[0]:x}-{dev.memory[1]:x} "
        lines.append(s)
    return "\n".join(lines) + "\n\n"


def fetch_error(ctx, name: str) -> None:
    ctx.err(f"{name}: error fetching interface information: Device not found\n")


def show(ctx, nd, name: str | None, all_: bool) -> int:
    if name is None:
        for n in interface_names(nd):
            devname = n.split(":")[0]
            dev = nd.devs.get(devname)
            if dev is None:
                continue
            if n != devname and nd.addr_of(n) is None:
                continue
            if dev.up or all_:
                ctx.out(block(nd, n))
        return 0
    out = block(nd, name[:15])
    if out is None:
        fetch_error(ctx, name[:15])
        return 1
    ctx.out(out)
    return 0


# --- setting ---------------------------------------------------------------------------------

class Setter:
    """The requests ifconfig's main loop makes, each answered as the kernel would."""

    def __init__(self, ctx, nd, name: str):
        self.ctx, self.nd, self.name = ctx, nd, name
        self.devname = name.split(":")[0]
        self.alias = ":" in name

    def err(self, s: str) -> None:
        self.ctx.err(s)

    def dev(self):
        return self.nd.devs.get(self.devname)

    def perror(self, what: str, code: str) -> int:
        self.err(f"{what}: {strerror(code)}\n")
        return 1

    # SIOCGIFFLAGS then SIOCSIFFLAGS (set_flag / clr_flag)
    def flag(self, up: bool | None, name: str = "") -> int:
        if self.dev() is None:
            self.err(f"{self.name}: unknown interface: {strerror('ENODEV')}\n")
            return 1
        if not is_root(self.ctx):
            return self.perror("SIOCSIFFLAGS", "EACCES")
        if self.alias:
            if self.nd.addr_of(self.name) is None:
                return self.perror("SIOCSIFFLAGS", "EADDRNOTAVAIL")
            if up is False:
                self.nd.del_addr(self.name)
            return 0
        if up is None:                      # a flag the model does not keep: accepted
            return 0
        try:
            self.nd.set_up(self.devname, up)
        except NetError as e:
            return self.perror("SIOCSIFFLAGS", e.code)
        return 0

    def mtu(self, arg: str) -> int:
        if self.dev() is None:
            return self.perror("SIOCSIFMTU", "ENODEV")
        if not is_root(self.ctx):
            return self.perror("SIOCSIFMTU", "EPERM")
        value = _atoi(arg)
        try:
            self.nd.set_mtu(self.devname, value)
        except NetError as e:
            return self.perror("SIOCSIFMTU", e.code)
        return 0

    def hw(self, mac: str) -> int:
        if self.dev() is None:
            return self.perror("SIOCSIFHWADDR", "ENODEV")
        if not is_root(self.ctx):
            return self.perror("SIOCSIFHWADDR", "EPERM")
        try:
            self.nd.set_mac(self.devname, mac)
        except NetError as e:
            return self.perror("SIOCSIFHWADDR", e.code)
        return 0

    def _inet_check(self, what: str, need_addr: bool) -> str | None:
        if not is_root(self.ctx):
            return "EACCES"
        if self.dev() is None:
            return "ENODEV"
        if need_addr and self.nd.addr_of(self.name) is None:
            return "EADDRNOTAVAIL"
        return None

    def address(self, ip: int) -> int:
        code = self._inet_check("SIOCSIFADDR", False)
        if code:
            return self.perror("SIOCSIFADDR", code)
        if ip == 0:                         # 0.0.0.0 takes the address away
            self.nd.del_addr(self.name)
            return 0
        old = self.nd.addr_of(self.name)
        if old is not None and old.address == ntoa(ip):
            return 0
        first = ip >> 24
        prefix = 8 if first < 128 else 16 if first < 192 else 24
        net = ipaddress.IPv4Network(f"{ntoa(ip)}/{prefix}", strict=False)
        self.nd.set_addr(self.name, ntoa(ip), prefix, str(net.broadcast_address))
        return 0

    def netmask(self, mask: int) -> int:
        code = self._inet_check("SIOCSIFNETMASK", True)
        if code:
            return self.perror("SIOCSIFNETMASK", code)
        prefix = mask_to_prefix(mask)
        if prefix is None:
            return self.perror("SIOCSIFNETMASK", "EINVAL")
        a = self.nd.addr_of(self.name)
        old_net = ipaddress.IPv4Network(f"{a.address}/{a.prefix}", strict=False)
        recompute = a.broadcast == str(old_net.broadcast_address)
        a.prefix = prefix
        if recompute:
            net = ipaddress.IPv4Network(f"{a.address}/{prefix}", strict=False)
            a.broadcast = str(net.broadcast_address) if prefix < 31 else "0.0.0.0"
        return 0

    def broadcast(self, ip: int) -> int:
        code = self._inet_check("SIOCSIFBRDADDR", True)
        if code:
            return self.perror("SIOCSIFBRDADDR", code)
        self.nd.addr_of(self.name).broadcast = ntoa(ip)
        return 0


def resolve(arg: str) -> int | None:
    """INET_resolve: `default` is 0.0.0.0, then inet_aton; names resolve nowhere here."""
    if arg == "default":
        return 0
    return inet_aton(arg)


def unknown_host(ctx, host: str) -> None:
    ctx.err(f"{host}: Unknown host\n")


def configure(ctx, nd, name: str, args: list[str]) -> int:
    s = Setter(ctx, nd, name)
    goterr = 0
    didnetmask = False
    i = 0
    if args and args[0] == "inet":
        i = 1
    elif args and args[0] in AF_NAMES:
        raise Exit(not_simulated(ctx, f"ifconfig address family {args[0]}"))

    def nxt() -> str:
        nonlocal i
        i += 1
        if i >= len(args):
            raise Usage()
        return args[i]

    while i < len(args):
        w = args[i]
        if w in ("up", "down"):
            goterr |= s.flag(w == "up")
        elif w in ("arp", "-arp", "trailers", "-trailers", "promisc", "-promisc", "multicast",
                   "-multicast", "allmulti", "-allmulti", "dynamic", "-dynamic", "-pointopoint",
                   "-broadcast"):
            goterr |= s.flag(None)
        elif w == "mtu":
            goterr |= s.mtu(nxt())
        elif w in ("metric", "txqueuelen", "keepalive", "outfill", "mem_start", "io_addr", "irq",
                   "media", "port", "dstaddr", "tunnel", "add", "del"):
            nxt()
            raise Exit(not_simulated(ctx, f"ifconfig {w}"))
        elif w == "netmask":
            arg = nxt()
            if didnetmask:
                raise Usage()
            ip = resolve(arg)
            if ip is None:
                unknown_host(ctx, arg)
                goterr = 1
            else:
                didnetmask = True
                goterr |= s.netmask(ip)
        elif w == "broadcast":
            if i + 1 < len(args):
                i += 1
                ip = resolve(args[i])
                if ip is None:
                    unknown_host(ctx, args[i])
                    goterr = 1
                    i += 1
                    continue
                goterr |= s.broadcast(ip)
            goterr |= s.flag(None)
        elif w == "pointopoint":
            raise Exit(not_simulated(ctx, "ifconfig pointopoint"))
        elif w == "hw":
            kind = nxt()
            if kind not in HW_NAMES:
                raise Usage()
            if kind != "ether":
                raise Exit(not_simulated(ctx, f"ifconfig hw {kind}"))
            else:
                arg = nxt()
                mac = mac_ok(arg)
                if mac is None:
                    ctx.err(f"{arg}: invalid ether address.\n")
                    goterr = 1
                else:
                    goterr |= s.hw(mac)
        else:
            host, mask = w, None
            if "/" in w:                   # INET_getnetmask: address/prefix
                host, _, pl = w.partition("/")
                if not pl.isdigit() or int(pl) > 32:
                    raise Usage()
                if didnetmask:
                    raise Usage()
                mask = (0xFFFFFFFF << (32 - int(pl))) & 0xFFFFFFFF
            ip = resolve(host)
            if ip is None:
                unknown_host(ctx, host)
                ctx.err("ifconfig: `--help' gives usage information.\n")
                raise Exit(1)
            goterr |= s.address(ip)
            if mask is not None:
                goterr |= s.netmask(mask)
                didnetmask = True
            goterr |= s.flag(True)
        i += 1
    return 1 if goterr else 0


def main(ctx) -> int:
    nd = ctx.host.netdevs
    args = list(ctx.argv[1:])
    all_ = False
    try:
        while args and args[0].startswith("-"):
            o = args.pop(0)
            if o == "-a":
                all_ = True
            elif o in ("-s", "-v", "-i"):
                if o == "-s":
                    return not_simulated(ctx, "ifconfig -s")
            elif o in ("-V", "-version", "--version"):
                ctx.err(text("nettools.ifconfig-version") + "\n")
                return 5
            elif o in ("-?", "-h", "-help", "--help"):
                raise Usage()
            else:
                ctx.err(f"ifconfig: option `{o}' not recognised.\n"
                        "ifconfig: `--help' gives usage information.\n")
                return 1
        if not args:
            return show(ctx, nd, None, all_)
        name = args[0][:15]
        if len(args) == 1:
            return show(ctx, nd, name, all_)
        return configure(ctx, nd, name, args[1:])
    except Usage:
        ctx.err(usage_text())
        return E_USAGE
    except Exit as e:
        return e.status
