"""What ping, traceroute and the path tracer share: the data plane for this command's world,
the IP instance the shell sends from, names for addresses, and round-trip times.

Round-trip times are not measured: they come from the walk (how many links, tunnels and routers
the packets crossed) and a jitter drawn from the world's seed, so a transcript replays byte for
byte."""
from __future__ import annotations

from vshell.commands import ipcommon
from vshell.model.walk import Plane


def plane(ctx, effects: bool = True) -> Plane:
    return Plane(ctx.world, effects)


def source(ctx, p: Plane):
    return p.node_of(ctx.host)


def resolve(ctx, text: str):
    """An IPv4 literal or a name this host can look up (vshell/commands/ipcommon.resolve)."""
    return ipcommon.resolve(ctx, text, 4)


def target(ctx, text: str, unknown: str, status: int):
    """The address to send to, or the exit status after saying why there is none: an IPv6
    address is not simulated; a name nobody knows is the tool's `unknown` line."""
    addr = resolve(ctx, text)
    if addr is not None:
        return addr, None
    if ":" in text:
        from vshell.commands import not_simulated
        return None, not_simulated(ctx, f"{ctx.argv[0]} over IPv6")
    ctx.err(unknown)
    return None, status


def rtt(ctx, there, back=None, probe: int = 0) -> float:
    """Milliseconds for one probe: a base for each link, tunnel and router crossed, times a
    jitter drawn from the seed for this host's n-th probe."""
    links = tunnels = routers = 0
    for w in (there, back):
        if w is None:
            continue
        for h in w.hops:
            if h.kind == "link":
                links += 1
            elif h.kind == "tunnel":
                tunnels += 1
        routers += len(w.routers)
    base = 0.025 + 0.018 * links + 0.09 * tunnels + 0.12 * routers
    r = ctx.world.streams.stream("rtt", ctx.host.name)
    return base * r.uniform(0.9, 2.2)


def ident(ctx) -> int:
    """An echo's identifier: ping puts its process id there; vshell draws one per run from the
    seed (a run is a new process)."""
    return ctx.world.streams.stream("ping-pid", ctx.host.name).randrange(1000, 30000)
