"""ping on Linux hosts: iputils, as each release ships it (state/releases.toml `iputils`):
20020927 (RHEL5, OVM 2), 20071127 (RHEL6, OVM 3), 20101006 (Debian 7, whose reply lines say
icmp_req). Formats from iputils ping.c/ping_common.c: the header `PING h (ip) 56(84) bytes of
data.`, replies counted from 1 with the sender's TTL and a time whose decimals shrink as it
grows, `From <own address> icmp_seq=N Destination Host Unreachable` when ARP gets no answer,
then the statistics. Every probe is one walk of the data plane (vshell/model/walk.py)."""
from __future__ import annotations

import ipaddress
import math

from vshell.commands.clib import atoi as _atoi
from vshell.commands import dataplane
from vshell.commands.getopt import OptError, getopt

USAGE = ("Usage: ping [-LRUbdfnqrvVaA] [-c count] [-i interval] [-w deadline]\n"
         "            [-p pattern] [-s packetsize] [-t ttl] [-I interface or address]\n"
         "            [-M mtu discovery hint] [-S sndbuf]\n"
         "            [ -T timestamp option ] [ -Q tos ] [hop1 ...] destination\n")
OPTSTRING = "LRUbdfnqrvVaAhc:i:w:W:p:s:t:I:M:S:T:Q:"
MAX_WAIT = 10                    # ping_common.c MAXWAIT: how long it waits for a late reply
TTL = {"linux": 64, "external": 64, "solaris": 255}   # each kernel's default TTL  # unverified for 11.4


def main(ctx) -> int:
    try:
        opts, operands = getopt(ctx.argv, OPTSTRING, gnu=True)
    except OptError as e:
        ctx.err(e.text + "\n" + USAGE)
        return 2
    values = dict(opts)
    if "-h" in values or not operands:
        ctx.err(USAGE)
        return 2
    count = None
    if "-c" in values:
        text = values["-c"]
        if _atoi(text) <= 0:
            ctx.err("ping: bad number of packets to transmit.\n")
            return 2
        count = _atoi(text)
    datalen = 56
    if "-s" in values:
        datalen = _atoi(values["-s"])            # ping.c: atoi(optarg), so "abc" is 0
        if datalen < 0:
            ctx.err(f"ping: illegal negative packet size {datalen}.\n")
            return 2
    target = operands[-1]
    addr, status = dataplane.target(ctx, target, f"ping: unknown host {target}\n", 2)
    if addr is None:
        return status
    if count is None:
        from vshell.commands import not_simulated
        return not_simulated(ctx, "ping without -c (until interrupted)")
    numeric = _literal(target) or "-n" in values
    p = dataplane.plane(ctx)
    me = dataplane.source(ctx, p)
    route = me.route(addr) if me is not None else None
    if route is None and not (me is not None and me.owns(addr)):
        ctx.err("connect: Network is unreachable\n")
        return 2
    src = route[2] if route else addr
    ctx.out(f"PING {target} ({addr}) {datalen}({datalen + 28}) bytes of data.\n")
    seq_word = "icmp_req" if str(ctx.host.release.get("iputils", "20071127")) >= "20101006" else "icmp_seq"
    quiet = "-q" in values
    times, errors = [], 0
    pid = dataplane.ident(ctx)
    for seq in range(1, count + 1):
        there, back = p.ping(me, addr, ident=pid, seq=seq)
        if back is not None and back.delivered:
            ms = dataplane.rtt(ctx, there, back, seq)
            times.append(ms)
            ttl = TTL.get(there.reached.kind, 64) - len(back.routers)
            who = str(addr) if numeric else _name(ctx, addr)
            if not quiet:
                ctx.out(f"{datalen + 8} bytes from {who}: {seq_word}={seq} ttl={ttl} time={_t(ms)} ms\n")
        elif there.verdict == "NO_ARP_REPLY" and not there.routers:
            errors += 1
            if not quiet:
                ctx.out(f"From {src} icmp_seq={seq} Destination Host Unreachable\n")
        if seq < count:
            ctx.world.clock.advance(1.0)
    ctx.world.clock.advance(MAX_WAIT if not times else 0.0)
    took = (count - 1) * 1000 + int(sum(times)) + (count - 1) * 2     # the send loop's own few ms  # unverified
    loss = (count - len(times)) * 100 // count
    ctx.out(f"\n--- {target} ping statistics ---\n")
    extra = f", +{errors} errors" if errors else ""
    ctx.out(f"{count} packets transmitted, {len(times)} received{extra}, {loss}% packet loss, time {took}ms\n")
    if times:
        n = len(times)
        mean = sum(times) / n
        mdev = math.sqrt(max(0.0, sum(t * t for t in times) / n - mean * mean))
        ctx.out(f"rtt min/avg/max/mdev = {min(times):.3f}/{mean:.3f}/{max(times):.3f}/{mdev:.3f} ms\n")
        return 0
    ctx.out("\n")                 # no rtt line: finish() still ends the statistics with a newline
    return 1


def _literal(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


def _name(ctx, addr) -> str:
    """pr_addr: `name (ip)` when the resolver knows the address (this host's own), else the ip."""
    if addr.is_loopback:
        return f"localhost.localdomain ({addr})"       # RHEL's /etc/hosts first name  # unverified for Debian
    from vshell.model.nodes import LinuxNode
    return f"{ctx.host.node} ({addr})" if LinuxNode(ctx.world, ctx.host).owns(addr) else str(addr)


def _t(ms: float) -> str:
    """ping_common.c: three decimals under 1 ms, two under 10, one under 100, then none;
    truncated, not rounded."""
    for limit, places in ((1, 3), (10, 2), (100, 1)):
        if ms < limit:
            scale = 10 ** places
            return f"{math.floor(ms * scale) / scale:.{places}f}"
    return str(int(ms))
