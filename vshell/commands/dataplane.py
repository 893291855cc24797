"""What ping, traceroute and the path tracer share: the data plane for this command's world,
the IP instance the shell sends from, names for addresses, and round-trip times.

Round-trip times are not measured: they come from the walk (how many links, tunnels and routers
the packets crossed) and a jitter drawn from the world's seed, so a transcript replays byte for
byte."""
from __future__ import annotations

import ipaddress

from vshell.model.walk import Plane


def plane(ctx, effects: bool = True) -> Plane:
    return Plane(ctx.world, effects)


def source(ctx, p: Plane):
    return p.node_of(ctx.host)


def resolve(ctx, text: str):
    """An IPv4 literal or a name this host can look up (itself, localhost, the hosts and the
    external machines of the networks it is on) -> ip_address, or None."""
    try:
        a = ipaddress.ip_address(text)
        return a if a.version == 4 else None
    except ValueError:
        pass
    if text in ("localhost", "loghost"):
        return ipaddress.ip_address("127.0.0.1")
    world = ctx.world
    if text in (ctx.host.node, ctx.host.name):
        own = _own(ctx)
        if own is not None:
            return own
    mine = [n for n in world.networks.values() if _on(ctx, n)]
    for net in mine:
        if text in net.members:
            return ipaddress.ip_address(net.members[text])
    from vshell.model.nodes import externals
    for e in externals(world):
        if e.name == text and any(n.name == e.network for n in mine):
            return e.address.ip
    return None


def _on(ctx, net) -> bool:
    h = ctx.host.global_host or ctx.host
    return h.name in net.members


def _own(ctx):
    if ctx.host.has_netdevs:
        for dev in ctx.host.netdevs.ordered():
            for a in dev.addrs:
                if dev.kind != "loopback":
                    return ipaddress.ip_address(a.address)
        return None
    if ctx.host.has_ip and ctx.host.ip is not None:
        own = [x for x in ctx.host.ip.addresses(4) if not x.is_loopback]
        return own[0] if own else None
    return None


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
