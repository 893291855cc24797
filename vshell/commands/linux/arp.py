"""arp on Linux hosts: net-tools 1.60 (arp.c). It reads /proc/net/arp, here the netdevs'
neighbour table (NetDevs.neigh: ip -> (dev, mac[, flags]), filled by the data plane's walks).
`arp`, `arp -n`, `arp -e`: arp_disp_2's table (the title before the first row only);
`arp -a`: arp_disp's BSD lines (`? (ip) at mac [ether] on dev`, `?` where no name is known);
`arp host`: that entry or `host (ip) -- no entry`; `arp -s host hwaddr [temp] [pub]` and
`arp -d host` for root. A name nobody resolves gets herror's `host: Unknown host` and status
255 (return -1 from main); a bad option glibc's getopt line and the usage (exit E_USAGE 4)."""
from __future__ import annotations

import re

from vshell.commands import dataplane
from vshell.commands.getopt import OptError, getopt
from vshell.commands.linux.nettools_common import is_root
from vshell.messages import text

USAGE = ("Usage:\n  arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache\n"
         "  arp [-v]          [-i <if>] -d  <hostname> [pub][nopub]    <-Delete ARP entry\n"
         "  arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]              <-Add entry from file\n"
         "  arp [-v]   [<HW>] [-i <if>] -s  <hostname> <hwaddr> [temp][nopub] <-Add entry\n"
         "  arp [-v]   [<HW>] [-i <if>] -s  <hostname> <hwaddr> [netmask <nm>] pub  <-''-\n"
         "  arp [-v]   [<HW>] [-i <if>] -Ds <hostname> <if> [netmask <nm>] pub      <-''-\n\n"
         "        -a                       display (all) hosts in alternative (BSD) style\n"
         "        -s, --set                set a new ARP entry\n"
         "        -d, --delete             delete a specified entry\n"
         "        -v, --verbose            be verbose\n"
         "        -n, --numeric            don't resolve names\n"
         "        -i, --device             specify network interface (e.g. eth0)\n"
         "        -D, --use-device         read <hwaddr> from given device\n"
         "        -A, -p, --protocol       specify protocol family\n"
         "        -f, --file               read new entries from file or from /etc/ethers\n\n"
         "  <HW>=Use '-H <hw>' to specify hardware address type. Default: ether\n"
         "  List of possible hardware types (which support ARP):\n")
# print_hwlist(1) lists the types with an address length: the ifconfig list (registered as
# unverified) less those without one  # unverified which ones Red Hat's build has
ARPABLE = ("ash", "ether", "tr", "ax25", "netrom", "rose", "arcnet", "dlci", "fddi", "hippi", "irda",
           "x25", "infiniband")
LONGOPTS = {"verbose": False, "all": False, "delete": False, "file": False, "numeric": False,
            "set": False, "protocol": True, "hw-type": True, "device": True, "help": False,
            "use-device": False, "symbolic": False}
ATF_COM, ATF_PERM, ATF_PUBL = 0x02, 0x04, 0x08
E_USAGE = 4
_MAC = re.compile(r"^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$")


def hwlist() -> str:
    """The ARP-capable entries of lib/hw.c's list, three a line as print_hwlist lays them out."""
    items = re.findall(r"(\S+ \((?:[^()]|\([^()]*\))*\)) ", text("nettools.ifconfig-hw-list"))
    keep = [it for it in items if it.split(" ", 1)[0] in ARPABLE]
    lines = ["    " + "".join(f"{it} " for it in keep[k:k + 3]) for k in range(0, len(keep), 3)]
    return "\n".join(lines) + "\n"


def usage(ctx) -> int:
    ctx.err(USAGE + hwlist())
    return E_USAGE


def main(ctx) -> int:
    try:
        opts, operands = getopt(ctx.argv, "A:H:adfp:nsei:t:vh?DNV", gnu=True, longopts=LONGOPTS)
    except OptError as e:
        ctx.err(e.text + "\n")
        return usage(ctx)
    what, numeric, device, bsd, verbose = 0, False, None, False, False
    for opt, val in opts:
        if opt in ("-a", "--all"):
            what, bsd = 1, True
        elif opt in ("-f", "--file"):
            what = 2
        elif opt in ("-d", "--delete"):
            what = 3
        elif opt in ("-s", "--set"):
            what = 4
        elif opt in ("-n", "--numeric"):
            numeric = True
        elif opt in ("-i", "--device"):
            device = val
        elif opt in ("-v", "--verbose"):
            verbose = True
        elif opt in ("-H", "-t", "--hw-type"):
            if val != "ether":
                from vshell.commands import not_simulated
                return not_simulated(ctx, f"arp -H {val}")
        elif opt in ("-h", "-?", "--help"):
            return usage(ctx)
        elif opt in ("-D", "-N", "-V", "-A", "-p", "--protocol", "--use-device", "--symbolic"):
            from vshell.commands import not_simulated
            return not_simulated(ctx, f"arp {opt}")
    if what in (0, 1):
        return show(ctx, operands[0] if operands else None, bsd, numeric, device, verbose)
    if what == 2:
        from vshell.commands import not_simulated
        return not_simulated(ctx, "arp -f")
    if what == 3:
        return delete(ctx, operands)
    return set_entry(ctx, operands, device)


def _resolve(ctx, host: str):
    addr = dataplane.resolve(ctx, host)
    if addr is None:
        ctx.err(f"{host}: Unknown host\n")          # lib/inet.c INET_reserror: herror()
    return addr


def _entries(ctx):
    """/proc/net/arp's rows: (ip, flags, mac, dev)."""
    for ip, entry in ctx.host.netdevs.neigh.items():
        dev, mac = entry[0], entry[1]
        flags = entry[2] if len(entry) > 2 else ATF_COM
        yield ip, flags, mac.lower(), dev


def _hostname(ctx, ip: str, numeric: bool) -> str:
    """arp_show(): `?` unless the resolver names the address (only the host's own here)."""
    if numeric:
        return "?"
    own = any(a.address == ip for d in ctx.host.netdevs.ordered() for a in d.addrs)
    return ctx.host.node if own else "?"


def show(ctx, name, bsd: bool, numeric: bool, device, verbose: bool) -> int:
    host = None
    if name is not None:
        addr = _resolve(ctx, name)
        if addr is None:
            return 255
        host = str(addr)
    entries = showed = 0
    title = False
    for ip, flags, mac, dev in list(_entries(ctx)):
        entries += 1
        if host and ip != host:
            continue
        if device and dev != device:
            continue
        showed += 1
        hn = _hostname(ctx, ip, numeric)
        if bsd:
            line = f"{hn} ({ip}) at "
            line += f"{mac} [ether] " if flags & ATF_COM else ("* " if flags & ATF_PUBL else "<incomplete> ")
            line += "PERM " if flags & ATF_PERM else ""
            line += "PUP " if flags & ATF_PUBL else ""
            ctx.out(line + f"on {dev}\n")
        else:
            if not title:
                ctx.out("Address                  HWtype  HWaddress           Flags Mask            Iface\n")
                title = True
            fl = ("C" if flags & ATF_COM else "") + ("M" if flags & ATF_PERM else "") + ("P" if flags & ATF_PUBL else "")
            shown = ip if hn == "?" else hn
            hw = ("ether", mac) if flags & ATF_COM else (("*", "*") if flags & ATF_PUBL else ("", "(incomplete)"))
            ctx.out(f"{shown[:23]:<23}  {hw[0][:8]:<8}{hw[1][:20]:<20}{fl:<6}{'':<15} {dev}\n")
    if verbose:
        ctx.out(f"Entries: {entries}\tSkipped: {entries - showed}\tFound: {showed}\n")
    if not showed:
        if host and not bsd:
            ctx.out(f"{name} ({host}) -- no entry\n")
        elif host or device:
            ctx.out(f"arp: in {entries} entries no match found.\n")
    return 0


def set_entry(ctx, args: list[str], device) -> int:
    if not args:
        ctx.err("arp: need host name\n")
        return 255
    addr = _resolve(ctx, args[0])
    if addr is None:
        return 255
    if len(args) < 2:
        ctx.err("arp: need hardware address\n")
        return 255
    if not _MAC.match(args[1]):
        ctx.err("arp: invalid hardware address\n")
        return 255
    flags = ATF_PERM | ATF_COM
    for w in args[2:]:
        if w == "temp":
            flags &= ~ATF_PERM
        elif w == "pub":
            flags |= ATF_PUBL
        elif w == "priv":
            flags &= ~ATF_PUBL
        else:
            return usage(ctx)
    if not is_root(ctx):
        ctx.err("SIOCSARP: Operation not permitted\n")
        return 255
    dev = device or _onlink(ctx, addr)
    if dev is None:
        ctx.err("SIOCSARP: Network is unreachable\n")
        return 255
    mac = ":".join(f"{int(x, 16):02x}" for x in args[1].split(":"))
    ctx.host.netdevs.neigh[str(addr)] = (dev, mac, flags)
    return 0


def _onlink(ctx, addr):
    """The device of the connected network `addr` is on (the kernel's route), or None."""
    from vshell.model.nodes import LinuxNode
    route = LinuxNode(ctx.world, ctx.host).route(addr)
    return route[0] if route is not None else None


def delete(ctx, args: list[str]) -> int:
    if not args:
        ctx.err("arp: need host name\n")
        return 255
    addr = _resolve(ctx, args[0])
    if addr is None:
        return 255
    if not is_root(ctx):
        ctx.err("SIOCDARP(priv): Operation not permitted\n")
        return 255
    if ctx.host.netdevs.neigh.pop(str(addr), None) is None:
        ctx.out(f"No ARP entry for {args[0]}\n")
        return 255
    return 0
