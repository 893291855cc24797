"""netstat on Solaris and illumos: the routing tables (-r) and the IPv4 net-to-media table (-p,
which `arp -a` runs). Formats from illumos netstat.c (research-ip.md §2, §3; solaris11.md 4.1;
crossbow.md §5); the IPv4 header's spacing is the dialect's era. Other modes say they are not
simulated."""
from __future__ import annotations

import ipaddress

from vshell import messages
from vshell.commands import not_simulated
from vshell.commands.getopt import OptError, getopt
from vshell.commands.ipcommon import Exit, guarded, dialect, host_name, mac_colons

OPTSTRING = "acdgimMnpqrsuvxDRf:I:P:T:"       # illumos netstat.c's getopt letters
SIMULATED = {"-r", "-n", "-p", "-f"}

# netstat.c usage() of illumos after 2020 (research-ip.md 2.1)
USAGE_2020 = (
    "usage: {cmd} [-anuv] [-f address_family] [-T d|u]\n"
    "       {cmd} [-n] [-f address_family] [-P protocol] [-T d|u] [-g | -p | -s [interval [count]]]\n"
    "       {cmd} -m [-v] [-T d|u] [interval [count]]\n"
    "       {cmd} -i [-I interface] [-an] [-f address_family] [-T d|u] [interval [count]]\n"
    "       {cmd} -r [-anv] [-f address_family|filter] [-T d|u]\n"
    "       {cmd} -M [-ns] [-f address_family] [-T d|u]\n"
    "       {cmd} -D [-I interface] [-f address_family] [-T d|u]\n")

V4_TITLE = "\nRouting Table: IPv4\n"
V6_TITLE = "\nRouting Table: IPv6\n"
V4_HEADER = {
    # "%s" after Interface is the -R security column: empty, so both lines end in a blank
    "2009": "  Destination           Gateway           Flags  Ref     Use     Interface \n",
    "2020": "  Destination            Gateway          Flags  Ref     Use     Interface \n",
}
V4_DASHES = "-------------------- -------------------- ----- ----- ---------- --------- \n"
V6_HEADER = "  Destination/Mask            Gateway                   Flags Ref   Use    If   \n"
V6_DASHES = "--------------------------- --------------------------- ----- --- ------- ----- \n"

ARP_TITLE = "Net to Media Table: IPv4\n"
ARP_HEADER = "Device   IP Address               Mask      Flags      Phys Addr\n"
ARP_DASHES = "------ -------------------- --------------- -------- ---------------\n"
MCAST = (ipaddress.ip_address("224.0.0.0"), "240.0.0.0", "SM", "01:00:5e:00:00:00")

FAMILIES = {"inet": 4, "inet6": 6, "unix": 0}
FILTER_KEYS = ("af", "outif", "dst", "flags")


def usage_text(ctx) -> str:
    cmd = ctx.argv[0]
    if dialect(ctx).netstat_usage == "2020":
        return USAGE_2020.format(cmd=cmd)
    return messages.text("netstat.usage-old", cmd=cmd) + "\n"


def run(ctx) -> int:
    try:
        opts, operands = getopt(ctx.argv, OPTSTRING)
    except OptError as e:
        raise Exit(1, e.text + "\n" + usage_text(ctx))
    flags = {o for o, _ in opts}
    family = None
    for o, v in opts:
        if o == "-f":
            family = parse_family(ctx, v)
    if operands:
        if not all(x.isdigit() for x in operands):
            raise Exit(1, f"{ctx.argv[0]}: extra arguments\n" + usage_text(ctx))
        return not_simulated(ctx, "netstat with an interval")
    extra = flags - SIMULATED
    if "-r" in flags and not extra:
        ctx.out(routes(ctx, family, numeric="-n" in flags))
        return 0
    if "-p" in flags and not extra - {"-n"} and "-r" not in flags:
        if family != 4:
            return not_simulated(ctx, "netstat -p for IPv6 (the NDP table)")
        ctx.out(net_to_media(ctx, numeric="-n" in flags))
        return 0
    shown = " ".join(a for a in ctx.argv[1:]) or "without options"
    return not_simulated(ctx, f"netstat {shown}")


def parse_family(ctx, value: str) -> int | None:
    if ":" in value:
        key = value.split(":", 1)[0]
        if key not in FILTER_KEYS:
            raise Exit(1, f"{value}: unknown filter keyword\n")
        if key == "af" and value.split(":", 1)[1] in FAMILIES:
            return FAMILIES[value.split(":", 1)[1]]
        raise Exit(not_simulated(ctx, f"netstat -f {key}: filters"))
    if value not in FAMILIES:
        raise Exit(1, f"{value}: unknown address family.\n")
    return FAMILIES[value]


# -r -------------------------------------------------------------------------------------------
def routes(ctx, family: int | None, numeric: bool) -> str:
    stack = ctx.host.ip
    d = dialect(ctx)
    out = []
    for fam in (4, 6):
        if family is not None and family != fam:
            continue
        rows = [route_row(ctx, r, numeric) for r in stack.routes(fam)]
        if not rows:
            continue                  # the title and header come with the first row
        if fam == 4:
            out.append(V4_TITLE + V4_HEADER[d.netstat_header] + V4_DASHES)
        else:
            out.append(V6_TITLE + V6_HEADER + V6_DASHES)
        out.extend(rows)
    return "".join(out)


def route_dest(ctx, r, numeric: bool) -> str:
    if r.dest.prefixlen == 0:
        return "default"
    if r.dest.prefixlen == r.dest.max_prefixlen:
        a = r.dest.network_address
        return str(a) if numeric else host_name(ctx, a)
    if r.family == 6:
        return str(r.dest)
    return str(r.dest.network_address)


def route_row(ctx, r, numeric: bool) -> str:
    ref, use = ctx.host.ip.route_counts(r)
    gw = str(r.gateway) if numeric else host_name(ctx, r.gateway)
    ifname = r.ifname.split(":", 1)[0] if dialect(ctx).route_ifname == "ill" else r.ifname
    if r.family == 4:
        return f"{route_dest(ctx, r, numeric):<20} {gw:<20} {r.flags:<5}  {ref:4d} {use:10d} {ifname:<9} \n"
    return f"{route_dest(ctx, r, numeric):<27} {gw:<27} {r.flags:<5} {ref:3d} {use:7d} {ifname:<5} \n"


# -p -f inet (arp -a) --------------------------------------------------------------------------
def net_to_media(ctx, numeric: bool) -> str:
    stack = ctx.host.ip
    rows = []
    for iface in stack.ordered(4):
        if iface.loopback:
            continue
        mac = stack.mac(iface)
        entries = []
        for lif in iface.lifs.values():
            if lif.up and lif.addr is not None and not lif.addr.is_unspecified:
                entries.append((lif.addr, "255.255.255.255", "SPLA", mac))
        for n in stack.neighbours.values():
            if n.family == 4 and n.ifname == iface.name:
                fl = ("S" if n.static else "") + ("P" if n.published else "") + \
                     ("A" if getattr(n, "authority", False) else "")
                entries.append((n.addr, "255.255.255.255", fl, n.mac))
        if not entries:
            continue
        entries.append(MCAST)
        for addr, mask, fl, m in sorted(entries, key=lambda e: int(e[0])):
            name = str(addr) if numeric else host_name(ctx, addr)
            rows.append(f"{iface.name:<6} {name:<20} {mask:<15} {fl:<8} {mac_colons(m, True) if m else ''}\n")
    return ARP_TITLE + ARP_HEADER + ARP_DASHES + "".join(rows)


main = guarded(run)
