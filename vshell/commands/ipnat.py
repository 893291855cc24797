"""ipnat(1M): load, remove, flush and list IP Filter's NAT rules and sessions in this IP
instance (vshell/model/ipfilter.py). The order of work and every text are ipnat.c's and the IPF
library's printers (docs/facts/ipfilter.md §1-2): -F, then -C, then -f (each rule as it is read,
echoed with -v), then -s, then -l."""
from __future__ import annotations

from vshell.commands import ipcommon
from vshell.commands.getopt import OptError, getopt
from vshell.model import ipfilter, ipnat_conf
from vshell.model.ipfilter import NatError
from vshell.model.packets import TCP, UDP

OPTSTRING = {"2007": "CdFf:hlM:N:nrRsv", "zones": "CdFf:G:hlM:N:nrRsvz:"}
USAGE = {"2007": "Usage: {prog} [-CdFhlnrRsv] [-f filename]\n",
         "zones": "Usage: {prog} [-CdFhlnrRsv] [-f filename] [-G|-z zonename]\n"}
STRERROR = {"EXISTS": "File exists", "ESRCH": "No such process", "EINVAL": "Invalid argument",
            "EPERM": "Not owner"}
TICK = 0.5                                 # IP Filter's clock: half-second ticks


def main(ctx) -> int:
    dia = ipcommon.dialect(ctx)
    build = dia.get("ipnat_build", "2007")
    prog = ctx.argv[0]
    try:
        opts, _ = getopt(ctx.argv, OPTSTRING[build])
    except OptError as e:
        ctx.err(e.text + "\n" + USAGE[build].format(prog=prog))
        return 1
    flags = {o for o, _ in opts}
    files = [v for o, v in opts if o == "-f"]
    if not ipcommon.privileged(ctx):
        # checkrev opens /dev/ipl, which only root may  # unverified device mode
        ctx.err("open device: Permission denied\nUser/kernel version check failed\n")
        return 1
    if flags & {"-G", "-z"}:
        from vshell.commands import not_simulated
        return not_simulated(ctx, "ipnat -G/-z (another zone's IP Filter)")
    if flags & {"-M", "-N"}:
        from vshell.commands import not_simulated
        return not_simulated(ctx, "ipnat -M/-N (a kernel core file)")
    dry = "-n" in flags
    read_only = bool(flags & {"-l", "-s", "-n"})    # ipnat opens the device O_RDONLY for these
    table = ipfilter.table(ctx.host.ip)
    now = ctx.world.clock.now
    if not dry and not table.enabled:
        ctx.err("ioctl(SIOCGNATS): I/O error\n")
        return 1
    table.expire(now)
    if "-F" in flags:
        if dry:
            ctx.out("0 entries flushed from NAT table\n")   # the request's own value  # unverified
        elif read_only:
            ctx.err("ioctl(SIOCFLNAT): Not owner\n")
        else:
            ctx.out(f"{table.flush_sessions(now)} entries flushed from NAT table\n")
    if "-C" in flags:
        if dry:
            ctx.out("0 entries flushed from NAT list\n")    # unverified
        elif read_only:
            ctx.err("ioctl(SIOCCNATL): Not owner\n")
        else:
            n = table.flush_rules()
            ctx.out(f"{4 if dia.get('ipnat_clearlist') == '4' else n} entries flushed from NAT list\n")
    for name in files:
        status = _load(ctx, table, name, remove="-r" in flags, verbose=bool(flags & {"-v", "-d"}),
                       dry=dry, read_only=read_only and not dry)
        if status:
            return status
    if "-s" in flags:
        _stats(ctx, table, dia, verbose="-v" in flags)
    if "-l" in flags:
        _list(ctx, table, hits="-h" in flags, verbose="-v" in flags, dry=dry)
    return 0


# loading ------------------------------------------------------------------------------------
def _load(ctx, table, name: str, remove: bool, verbose: bool, dry: bool, read_only: bool) -> int:
    if name == "-":
        text = ctx.stdin or ""
    else:
        from vshell.commands.errno import strerror
        from vshell.model.vfs import FsError
        try:
            text = ctx.fs.read(ctx.path(name), ctx.cred)
        except FsError as e:
            ctx.err(f"fopen({name}) failed: {strerror(e.code, ctx.dialect)}\n")
            return 0                        # main ignores ipnat_parsefile's -1
    try:
        for rule, line in ipnat_conf.parse(text):
            for w in rule.warnings:
                ctx.err(w + "\n")
            if verbose:
                ctx.out(printnat(rule))
            if dry:
                continue
            what = "delete nat rule" if remove else "add/insert nat rule"
            try:
                if read_only:
                    raise NatError("EPERM")
                if remove:
                    table.remove(rule)
                else:
                    table.add(rule)
            except NatError as e:
                ctx.err(f"{line}:ioctl({what}): {STRERROR[e.code]}\n")
    except ipnat_conf.NatSyntax as e:
        ctx.err(str(e) + "\n")
        return 1
    return 0


# the listing ---------------------------------------------------------------------------------
def _mask(net) -> str:
    return f"{net.network_address}/{net.prefixlen}"


def _proto(rule) -> str:
    return rule.proto or "ip"


def _portcmp(cmp) -> str:
    if cmp is None:
        return ""
    op, n = cmp
    return f" port {op} {n}"


def printnat(rule) -> str:
    """One rule as printnat() shows it."""
    text = f"{rule.kind} {rule.ifname} "
    if rule.kind == "rdr":
        if rule.filter:
            text += ("! " if rule.not_from else "") + f"from {_hostmask(rule.from_)}{_portcmp(rule.sport)}"
            text += f" to {_hostmask(rule.src)}{_portcmp(rule.dport)}"
        else:
            text += _mask(rule.src)
            if rule.pmin:
                text += f" port {rule.pmin}" + (f"-{rule.pmax}" if rule.pmax != rule.pmin else "")
        text += " -> " + ",".join(str(t) for t in rule.targets)
        if rule.dip_mask is not None:
            text += f"/{rule.dip_mask}"
        if rule.pto:
            text += f" port = {rule.pto}" if rule.fixed else f" port {rule.pto}"
        text += " " + _proto(rule)
        text += " round-robin" if rule.round_robin else ""
        text += " frag" if rule.frag else ""
        text += f" age {rule.age[0]}/{rule.age[1]}" if rule.age else ""
        text += " sticky" if rule.sticky else ""
        text += f" mssclamp {rule.mssclamp}" if rule.mssclamp else ""
        text += f" proxy {rule.proxy[1]}" if rule.proxy else ""
        text += f" tag {rule.tag}" if rule.tag else ""
        return text + "\n"
    if rule.filter:
        text += f"from {_hostmask(rule.src)}{_portcmp(rule.sport)}" + (" !" if rule.not_to else "")
        text += f" to {_hostmask(rule.to)}{_portcmp(rule.dport)}"
    else:
        text += _mask(rule.src)
    text += " -> "
    text += f"range {rule.range[0]}-{rule.range[1]}" if rule.range else _mask(rule.dst)
    if rule.proxy:
        port, label, proto = rule.proxy
        text += f" proxy port {port} {label}/{proto}"
    elif rule.kind == "map-block":
        text += " ports auto" if rule.auto else f" ports {rule.ports}"
    elif rule.portmap:
        text += f" portmap {rule.proto} " + ("auto" if rule.auto else f"{rule.pmin}:{rule.pmax}")
    elif rule.icmpidmap:
        text += f" icmpidmap icmp {rule.icmpidmap[0]}:{rule.icmpidmap[1]}"
    elif rule.proto:
        text += " " + rule.proto
    text += " frag" if rule.frag else ""
    text += f" age {rule.age[0]}/{rule.age[1]}" if rule.age else ""
    text += f" mssclamp {rule.mssclamp}" if rule.mssclamp else ""
    text += f" tag {rule.tag}" if rule.tag else ""
    text += " sequential" if rule.sequential else ""
    return text + "\n"


def _hostmask(net) -> str:
    if net is None or (net.prefixlen == 0 and int(net.network_address) == 0):
        return "any"
    return _mask(net)


def printactivenat(s, table, verbose: bool) -> str:
    ports = s.proto in (TCP, UDP)

    def end(addr, port):
        return f" {str(addr):<15}" + (f" {port:<5}" if ports else "")
    text = s.kind + end(*s.inside) + " <- -> " + f"{str(s.outside[0]):<15}"
    text += f" {s.outside[1]:<5}" if ports else ""
    text += f" [{s.remote[0]}" + (f" {s.remote[1]}" if ports else "") + "]"
    if verbose:
        age = int((s.expires - table.enabled_at) / TICK)     # the tick it dies at (tqe_die)
        sumd = _sumd(s)
        proto = {TCP: 6, UDP: 17}.get(s.proto, 1)
        flags = {TCP: 1, UDP: 2}.get(s.proto, 8)
        text += (f"\n\tage {age} use 0 sumd {sumd}/{sumd} pr {proto} bkt {_bucket(s, 0)}/{_bucket(s, 1)}"
                 f" flags {flags:x}\n\tifp @,@ bytes {s.bytes[0]}/{s.bytes[1]} pkts {s.pkts[0]}/{s.pkts[1]}"
                 f" ipsumd {_delta(s, False):x}")
    return text + "\n"


def _fold(v: int) -> int:
    while v > 0xFFFF:
        v = (v & 0xFFFF) + (v >> 16)
    return v


def _sum(addr, port: int) -> int:
    a = int(addr)
    return (a >> 16) + (a & 0xFFFF) + port


def _delta(s, ports: bool) -> int:
    """The checksum adjustment of a translation (CALC_SUMD): of address and port, or of the
    address alone (ipsumd)."""
    s1 = _fold(_sum(s.inside[0], s.inside[1] if ports else 0))
    s2 = _fold(_sum(s.outside[0], s.outside[1] if ports else 0))
    if s1 > s2:
        s2 -= 1
    return _fold((s2 - s1) & 0xFFFFFFFF)


def _sumd(s) -> str:
    """As getsumd prints it ("%#0x": no 0x for zero)."""
    d = _delta(s, s.proto in (TCP, UDP))
    return f"{d:#x}" if d else "0"


def _h(k: int, l: int, m: int) -> int:
    return (k + (k >> 12) + l) % m


def _bucket(s, which: int) -> int:
    """nat_insert's hash buckets, on a big-endian (SPARC) machine's values  # unverified"""
    addr, port = (s.inside if which == 0 else s.outside)
    ports = s.proto in (TCP, UDP)
    inner = _h(int(addr), port if ports else 0, 0xFFFFFFFF)
    return _h(int(s.remote[0]), inner + (s.remote[1] if ports else 0), 2047)


def _list(ctx, table, hits: bool, verbose: bool, dry: bool) -> None:
    ctx.out("List of active MAP/Redirect filters:\n")
    if not dry:
        for rule in table.rules:
            ctx.out((f"{rule.hits} " if hits else "") + printnat(rule))
    ctx.out("\nList of active sessions:\n")
    if dry:
        return
    for s in reversed(table.sessions):
        ctx.out(printactivenat(s, table, verbose))
    if verbose:
        ctx.out("\nList of active host mappings:\n")
        maps = [s for s in table.sessions if s.kind != "RDR"]
        if maps:
            # the kernel's iterator follows the wrong link and shows the newest mapping  # unverified
            s = maps[-1]
            use = sum(1 for o in maps if (o.inside[0], o.remote[0], o.rule) == (s.inside[0], s.remote[0], s.rule))
            ctx.out(f"{s.inside[0]},{s.remote[0]} -> {s.outside[0]} (use = {use} hv = 0)\n")


def _stats(ctx, table, dia, verbose: bool) -> None:
    st = table.stats
    text = (f"mapped\tin\t{st.mapped_in}\tout\t{st.mapped_out}\n"
            f"added\t{st.added}\texpired\t{st.expired}\n"
            f"no memory\t{st.nomem}\tbad nat\t{st.badnat}\n"
            f"inuse\t{len(table.sessions)}\n")
    if dia.get("ipnat_orphans"):
        text += "orphans\t0\n"
    text += f"rules\t{len(table.rules)}\nwilds\t0\n"
    ctx.out(text)
    if verbose:
        ctx.out("table 0 list 0\n")                 # kernel pointers  # unverified rendering

