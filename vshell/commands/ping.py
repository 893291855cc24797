"""ping on Solaris and illumos: `ping host [timeout]` says `is alive` or `no answer from`;
`ping -s host [data_size [npackets]]` prints each reply and the statistics. Words and formats
from illumos usr/src/cmd/cmd-inet/usr.sbin/ping (ping.c, ping_aux.c, ping.h): the host is shown
as typed; the reply's sender by its name when the host's files know one; icmp_seq counts from 0
with a dot; times are `%#.3f` (Solaris 10's older ping.h: `%#.3g`). Every probe is one walk of
the data plane (vshell/model/walk.py)."""
from __future__ import annotations

import math

from vshell.commands import dataplane
from vshell.commands.getopt import OptError, getopt
from vshell.commands.ipcommon import dialect, host_name

TIMEOUT = 20                   # ping.c TIMEOUT: plain mode's seconds (one probe a second)
MAX_WAIT = 10                  # ping.c MAX_WAIT: -s mode's wait after the last probe when none answered
DATALEN = 56
USAGE = ("usage: ping host [timeout]\n"
         "usage: ping -s [-l | -U] [-abdDLnRrv] [-A addr_family] [-c traffic_class]\n"
         "\t[-g gateway [-g gateway ...]] [-N nexthop] [-F flow_label] [-I interval]\n"
         "\t[-i interface] [-P tos] [-p port] [-t ttl] host [data_size] [npackets]\n")
OPTSTRING = "aA:bc:dDF:G:g:I:i:LlnN:P:p:rRsSt:UvX:x:"


def main(ctx) -> int:
    prog = ctx.argv[0]
    try:
        opts, operands = getopt(ctx.argv, OPTSTRING)
    except OptError as e:
        ctx.err(e.text + "\n" + USAGE)
        return 1
    flags = {o for o, _ in opts}
    values = dict(opts)
    if not operands:
        ctx.err(USAGE)
        return 1
    target = operands[0]
    stats = "-s" in flags
    if not stats and len(operands) > 2 or stats and len(operands) > 3:
        ctx.err(USAGE)
        return 1
    nums = []
    for what, text in zip(("timeout",) if not stats else ("data size", "npackets"), operands[1:]):
        if not text.isdigit():
            ctx.err(f"{prog}: bad {what}: {text}\n")
            return 1
        nums.append(int(text))
    addr, status = dataplane.target(ctx, target, f"{prog}: unknown host {target}\n", 1)
    if addr is None:
        return status
    p = dataplane.plane(ctx)
    me = dataplane.source(ctx, p)
    if me is None or (me.route(addr) is None and not me.owns(addr) and not addr.is_loopback):
        ctx.err(f"{prog}: sendto No route to host\n")
        return 1
    if not stats:
        return _plain(ctx, p, me, target, addr, nums[0] if nums else TIMEOUT)
    datalen = nums[0] if nums else DATALEN
    count = nums[1] if len(nums) > 1 else None
    if count is None:
        from vshell.commands import not_simulated
        return not_simulated(ctx, "ping -s without npackets (until interrupted)")
    return _stats(ctx, p, me, target, addr, datalen, count, numeric="-n" in flags, interval=values.get("-I"))


def _plain(ctx, p, me, target, addr, timeout: int) -> int:
    there, back = p.ping(me, addr, ident=dataplane.ident(ctx))
    if back is not None and back.delivered:
        ctx.out(f"{target} is alive\n")
        ctx.world.clock.advance(dataplane.rtt(ctx, there, back) / 1000)
        return 0
    _icmp_error(ctx, p, me, there, addr)
    ctx.world.clock.advance(timeout)
    ctx.out(f"no answer from {target}\n")
    return 1


def _stats(ctx, p, me, target, addr, datalen: int, count: int, numeric: bool, interval) -> int:
    ctx.out(f"PING {target}: {datalen} data bytes\n")
    fmt = dialect(ctx).get("ping_time", "f")
    times = []
    step = 1.0
    if interval is not None:
        try:
            step = float(interval)
        except ValueError:
            step = 1.0
    pid = dataplane.ident(ctx)
    for seq in range(count):
        there, back = p.ping(me, addr, ident=pid, seq=seq)
        if back is not None and back.delivered:
            ms = dataplane.rtt(ctx, there, back, seq)
            times.append(ms)
            shown = str(addr) if numeric else _pr_name(ctx, addr)
            ctx.out(f"{datalen + 8} bytes from {shown}: icmp_seq={seq}. time={_t(ms, fmt)} ms\n")
        else:
            _icmp_error(ctx, p, me, there, addr)
        if seq < count - 1:
            ctx.world.clock.advance(step)
    ctx.world.clock.advance(MAX_WAIT if not times else max(1.0, 2 * max(times) / 1000))
    ctx.out(f"\n----{target} PING Statistics----\n")
    loss = (count - len(times)) * 100 // count if count else 0
    ctx.out(f"{count} packets transmitted, {len(times)} packets received, {loss}% packet loss\n")
    if times:
        n = len(times)
        mean = sum(times) / n
        if n > 1:
            sd = math.sqrt(max(0.0, (sum(t * t for t in times) / n - mean * mean) * n / (n - 1)))
            sd_text = _t(sd, fmt, prec=_prec(n) - 1)
        else:
            sd_text = "NaN"
        ctx.out(f"round-trip (ms)  min/avg/max/stddev = {_t(min(times), fmt)}/{_t(mean, fmt, prec=_prec(n))}"
                f"/{_t(max(times), fmt)}/{sd_text}\n")
    return 0 if times else 1


def _prec(n: int) -> int:
    """ping.c finish(): more digits for the average as the sample grows."""
    return 3 if n < 10 else 4 if n < 100 else 5


def _t(ms: float, fmt: str, prec: int = 3) -> str:
    if fmt == "g":
        return f"{ms:#.{prec}g}"
    return f"{ms:.3f}"


def _pr_name(ctx, addr) -> str:
    name = host_name(ctx, addr) if ctx.host.has_ip else str(addr)
    return f"{name} ({addr})" if name != str(addr) else str(addr)


def _icmp_error(ctx, p, me, there, addr) -> None:
    """A router on the way that cannot deliver sends back ICMP Host (or Net) Unreachable;
    ping prints it when it comes back (ping_aux.c check_reply)."""
    if not there.routers or there.delivered:
        return
    router, ingress = there.routers[-1]
    if ingress is None:
        return
    # a Solaris router answers a packet it has no route for with host unreachable, as
    # traceroute's !H does; Linux and other routers say net unreachable  # unverified
    no_route = there.verdict == "NO_ROUTE" and getattr(router, "kind", "") != "solaris"
    what = "Net Unreachable" if no_route else "Host Unreachable"
    back = p.send(router, there.source, ingress)
    if not back.delivered:
        return
    ctx.out(f"ICMP {what} from gateway {_pr_name(ctx, ingress)}\n for icmp from {_pr_name(ctx, there.source)}"
            f" to {_pr_name(ctx, addr)}\n")
