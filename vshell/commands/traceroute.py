"""traceroute on Solaris and illumos (/usr/sbin/traceroute, the LBL tool as Sun reworked it).
Words and formats from illumos usr/src/cmd/cmd-inet/usr.sbin/traceroute (traceroute.c,
traceroute_aux.c): the header on stderr, `Warning: Multiple interfaces found` when the kernel
picks the source and more than one IPv4 interface is up, one line a hop (`%2d `, then for each
probe ` name (ip)` when the sender changes, `  %.3f ms`, or ` *` after the wait), `!N`/`!H` for
unreachables (the trace stops when nprobes-1 came back), `sendto: ...` and `wrote ... ret=-1`
when the kernel has no route. Every probe is one walk of the data plane (vshell/model/walk.py):
the n-th router of the walk answers a probe of TTL n with time exceeded when its answer can come
back, the destination with port unreachable. The Linux traceroute reuses `answer()`."""
from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from vshell.commands import dataplane, not_simulated
from vshell.commands.getopt import OptError, getopt
from vshell.commands.ipcommon import host_name

OPTSTRING = "adFIlnrSvxA:c:f:g:i:L:m:P:p:Q:q:s:t:w:"
USAGE = ("Usage: {prog} [-adFIlnSvx] [-A address_family] [-c traffic_class]\n"
         "\t[-f first_hop] [-g gateway [-g gateway ...]| -r] [-i iface]\n"
         "\t[-L flow_label] [-m max_hop] [-P pause_sec] [-p port] [-Q max_timeout]\n"
         "\t[-q nqueries] [-s src_addr] [-t tos] [-w wait_time] host [packetlen]\n")
MAXTTL = 255
MAX_PORT = 65535
IP_MAXPACKET = 65535
PACKLEN = 20 + 8 + 12          # IP + UDP (or ICMP) header + struct outdata of a 32-bit build
INITIAL_TTL = {"solaris": 255, "linux": 64, "external": 64}   # what each kernel's ICMP errors start with
# what a router without a route answers: Linux ip_error() ENETUNREACH -> net unreachable; illumos
# ire_recv_noroute_v4() -> host unreachable  # unverified: recalled, not read
NO_ROUTE_MARK = {"solaris": "!H", "linux": "!N", "external": "!N"}
ARP_WAIT_MS = 3000.0           # a router gives up resolving the next hop  # unverified: Linux's 3 probes a second


class Exit(Exception):
    def __init__(self, status: int):
        self.status = status


@dataclass
class Answer:
    """What came back for one probe."""
    addr: object                 # the sender of the reply
    ms: float
    mark: str = ""               # "!N", "!H" (an unreachable), "" (time exceeded, port unreachable)
    final: bool = False          # the destination itself answered
    ttl: int = 0                 # the reply's TTL as it arrived


def partial(walk, k: int):
    """The request walk as far as its k-th router (for its round-trip time)."""
    marks = [i for i, h in enumerate(walk.hops) if h.depth == 0 and h.kind in ("route", "drop", "receive")]
    cut = marks[k] if k < len(marks) else len(walk.hops)
    return SimpleNamespace(hops=walk.hops[:cut], routers=walk.routers[:k])


def answer(ctx, p, me, addr, src, ttl: int, local_unreach: bool = False) -> Answer | None:
    """One probe with this TTL: who answers, and after how long; None when nothing comes back.
    local_unreach: the sender's own kernel reports a failed ARP for the first hop (Linux's
    IP_RECVERR) as host unreachable from its own address."""
    walk = p.send(me, addr, src)
    n = len(walk.routers)
    if ttl <= n:
        router, ingress = walk.routers[ttl - 1]
        mark = NO_ROUTE_MARK.get(router.kind, "!N") if ttl == n and walk.verdict == "NO_ROUTE" else ""
        return _back(ctx, p, router, ingress, walk, partial(walk, ttl), mark)
    if ttl != n + 1:
        return None
    if walk.delivered:
        got = _back(ctx, p, walk.reached, addr, walk, walk, "")
        if got is not None:
            got.final = True
        return got
    if walk.verdict == "NO_ARP_REPLY":
        if n:
            router, ingress = walk.routers[-1]
            got = _back(ctx, p, router, ingress, walk, walk, "!H")
        elif local_unreach and walk.source is not None:
            got = Answer(walk.source, ARP_WAIT_MS + dataplane.rtt(ctx, walk), "!H")
        else:
            return None
        if got is not None and n:
            got.ms += ARP_WAIT_MS
        return got
    return None


def _back(ctx, p, node, sender, walk, there, mark) -> Answer | None:
    if sender is None or walk.source is None:
        return None
    back = p.send(node, walk.source, sender)
    if not back.delivered:
        return None
    ttl = INITIAL_TTL.get(node.kind, 64) - len(back.routers)
    return Answer(sender, dataplane.rtt(ctx, there, back), mark, ttl=ttl)


# the Solaris tool ------------------------------------------------------------------------------
def _str2int(prog, text, what, mi, ma) -> int:
    try:
        val = int(text[2:], 16) if text[:2].lower() == "0x" else int(text, 10)
    except ValueError:
        val = None
    if val is None or text.strip() != text:
        raise _fail(f'{prog}: "{text}" bad value for {what} \n')
    if val < mi and mi >= 0:
        raise _fail(f"{prog}: {what} must be >= {mi}\n" if mi == 0 else f"{prog}: {what} must be > {mi - 1}\n")
    if val > ma >= 0:
        raise _fail(f"{prog}: {what} must be <= {ma}\n")
    return val


def _str2dbl(prog, text, what, mi, ma) -> float:
    try:
        val = float(text)
    except ValueError:
        raise _fail(f'{prog}: "{text}" bad value for {what} \n') from None
    if val < mi and mi >= 0:
        raise _fail(f"{prog}: {what} must be >= {mi:f}\n")
    if val > ma >= 0:
        raise _fail(f"{prog}: {what} must be <= {ma:f}\n")
    return val


class _Fail(Exception):
    def __init__(self, text: str):
        self.text = text


def _fail(text: str) -> _Fail:
    return _Fail(text)


def main(ctx) -> int:
    prog = ctx.argv[0].rsplit("/", 1)[-1]
    try:
        return _main(ctx, prog)
    except _Fail as f:
        ctx.err(f.text)
        return 1


def _main(ctx, prog: str) -> int:
    usage = USAGE.format(prog=prog)
    try:
        opts, operands = getopt(ctx.argv, OPTSTRING)
    except OptError:
        ctx.err(usage)                  # opterr = 0: getopt says nothing, usage() says it all
        return 1
    o = SimpleNamespace(first=1, max_ttl=30, nprobes=3, wait=5, pause=0.0, max_timeout=5,
                        numeric=False, stat=False, showttl=False, device=None, source=None, icmp=False)
    flags = set()
    for opt, val in opts:
        flags.add(opt)
        if opt == "-A":
            if val == "inet6":
                return not_simulated(ctx, "traceroute -A inet6")
            if val != "inet":
                raise _fail(f"{prog}: unknown address family {val}\n")
        elif opt == "-c":
            _str2int(prog, val, "traffic class", 0, 255)
        elif opt == "-f":
            o.first = _str2int(prog, val, "first ttl", 1, MAXTTL)
        elif opt == "-g":
            return not_simulated(ctx, "traceroute -g (loose source routes)")
        elif opt == "-i":
            o.device = val
        elif opt == "-L":
            _str2int(prog, val, "flow label", 0, 0xFFFFF)
        elif opt == "-m":
            o.max_ttl = _str2int(prog, val, "max ttl(hop limit)", 1, MAXTTL)
        elif opt == "-P":
            o.pause = _str2dbl(prog, val, "pause", 0, 2147483647)
        elif opt == "-p":
            _str2int(prog, val, "port", 1, MAX_PORT)
        elif opt == "-Q":
            o.max_timeout = _str2int(prog, val, "max timeout", 1, -1)
        elif opt == "-q":
            o.nprobes = _str2int(prog, val, "nprobes", 1, -1)
        elif opt == "-s":
            o.source = val
        elif opt == "-t":
            _str2int(prog, val, "tos", 0, 255)
        elif opt == "-w":
            o.wait = _str2int(prog, val, "wait time", 2, -1)
        elif opt == "-n":
            o.numeric = True
        elif opt == "-S":
            o.stat = True
        elif opt == "-l":
            o.showttl = True
        elif opt == "-I":
            o.icmp = True
        elif opt == "-v":
            return not_simulated(ctx, "traceroute -v (the received packets' dumps)")
        elif opt == "-r":
            return not_simulated(ctx, "traceroute -r")
    if o.device is not None and not _lif(ctx, o.device, any_state=True):
        raise _fail(f"{prog}: interface {o.device} doesn't match any actual interfaces\n")
    if len(operands) not in (1, 2):
        ctx.err(usage)
        return 1
    hostname = operands[0]
    packlen_in = _str2int(prog, operands[1], "packet length", 0, -1) if len(operands) == 2 else 0
    if o.first > o.max_ttl:
        raise _fail(f"{prog}: first ttl(hop limit) ({o.first}) may not be greater than"
                    f" max ttl(hop limit) ({o.max_ttl})\n")
    addr = dataplane.resolve(ctx, hostname)
    if addr is None:
        raise _fail(f"{prog}: unknown host {hostname}\n")
    if "-x" in flags:
        ctx.err(f"{prog}: Warning: checksums disabled\n")
    packlen = packlen_in or PACKLEN
    if packlen_in and not PACKLEN <= packlen_in <= IP_MAXPACKET:
        raise _fail(f"{prog}: IPv4 packet size must be >= {PACKLEN} and <= {IP_MAXPACKET}\n")
    p = dataplane.plane(ctx)
    me = dataplane.source(ctx, p)
    ups = _lifs(ctx)
    if me is None or not ups:
        ctx.err(f"{prog}: can't find any IPv4 network interfaces\n")
        return 1
    src = None
    shown_source = None
    if o.device is not None:
        lif = next((x for x in ups if x[0] == o.device), None)
        if lif is None:
            raise _fail(f"{prog}: {o.device} (index {_index(ctx, o.device)}) is an invalid IPv4 interface\n")
        src = lif[1]
    if o.source is not None:
        want = dataplane.resolve(ctx, o.source)
        if want is None:
            raise _fail(f"{prog}: {o.source} is an invalid IPv4 source address\n")
        if not any(a == want for _, a in ups):
            raise _fail(f"{prog}: {want} is not a local IPv4 address\n")
        if src is not None and src != want:
            raise _fail(f"{prog}: {o.source} is not on interface {o.device}\n")
        src = want
        shown_source = o.source
    route = me.route(addr)
    if src is None:                      # pick_src: what the kernel would choose
        kernel = route[2] if route else None
        if me.owns(addr) or addr.is_loopback:
            kernel = addr
        if len(ups) > 1:
            dev = next((name for name, a in ups if a == kernel), "?")
            ctx.err(f"{prog}: Warning: Multiple interfaces found; using {kernel or '0.0.0.0'} @ {dev}\n")
        src = kernel
    ctx.err(f"{prog} to {hostname} ({addr})" + (f" from {shown_source}" if shown_source else "")
            + f", {o.max_ttl} hops max, {packlen} byte packets\n")
    unroutable = route is None and not me.owns(addr) and not addr.is_loopback
    first_pkt = True
    for ttl in range(o.first, o.max_ttl + 1):
        ctx.out(f"{ttl:2d} ")
        last = None
        timeouts = unreachable = 0
        got_there = False
        times = []
        probe = 0
        while probe < o.nprobes and timeouts < o.max_timeout:
            if not first_pkt and o.pause:
                ctx.world.clock.advance(o.pause)
            first_pkt = False
            probe += 1
            if unroutable:
                ctx.err(f"{prog}: sendto: No route to host\n")
                ctx.out(f"{prog}: wrote {hostname} {packlen} chars, ret=-1\n")
                got = None
            else:
                got = answer(ctx, p, me, addr, src, ttl)
            if got is None:
                ctx.world.clock.advance(o.wait)
                ctx.out(" *")
                timeouts += 1
                continue
            timeouts = 0
            ctx.world.clock.advance(got.ms / 1000)
            if got.addr != last:
                ctx.out(f" {got.addr}" if o.numeric else f" {_name(ctx, got.addr)} ({got.addr})")
                last = got.addr
            if o.stat:
                times.append(got.ms)
            else:
                ctx.out(f"  {got.ms:.3f} ms")
            if got.final:
                got_there = True
            if not o.stat and o.showttl:
                ctx.out(f" (ttl={got.ttl})")
            if got.mark:
                ctx.out(" " + got.mark)
                unreachable += 1
        if o.stat:
            ctx.out(_stats(probe, times))
        ctx.out("\n")
        if got_there or (unreachable > 0 and unreachable >= o.nprobes - 1):
            break
    return 0


def _stats(sent: int, times: list[float]) -> str:
    """print_stats(): min/avg/max (deviation) and the loss of one hop's probes."""
    out = ""
    n = len(times)
    if sent <= 0 or sent < n:
        return out
    if n:
        s = sum(times)
        avg = s / n
        var = (sum(t * t for t in times) - avg * s) / n
        out += f"  {min(times):.3f}/{avg:.3f}/{max(times):.3f} ({max(var, 0.0) ** 0.5:.3f}) ms "
    out += f" {n}/{sent} pkts"
    loss = 100 * (sent - n) / sent
    return out + (" (100% loss)" if n == 0 else f" ({_g2(loss)}% loss)")


def _g2(x: float) -> str:
    return f"{x:.2g}"


def _name(ctx, addr) -> str:
    """inet_name(): getnameinfo with NI_NAMEREQD, else the number."""
    return host_name(ctx, addr) if ctx.host.has_ip else str(addr)


def _lifs(ctx) -> list[tuple[str, object]]:
    """ifaddrlist(): the IPv4 logical interfaces that are up and not the loopback."""
    stack = ctx.host.ip if ctx.host.has_ip else None
    if stack is None:
        return []
    return [(i.lifname(lif.lun), lif.addr) for i, lif in stack.lifs(4)
            if lif.up and not i.loopback]


def _lif(ctx, name: str, any_state: bool = False) -> bool:
    stack = ctx.host.ip if ctx.host.has_ip else None
    if stack is None:
        return False
    return any(i.lifname(lif.lun) == name for i, lif in stack.lifs(4))


def _index(ctx, name: str) -> int:
    stack = ctx.host.ip
    base = name.partition(":")[0]
    iface = stack.find(base, 4) if stack is not None else None
    return iface.index if iface is not None else 0
