"""vshtrace: vshell's own path tracer (no real tool has this name or these words).

    vshtrace DEST            walk an echo request from this OS instance to DEST and its reply,
                             hop by hop, each ending in a named verdict (DELIVERED, NO_ROUTE ...)
    vshtrace -m SWITCH       a switch's MAC table: a virtual switch of this host's Logical
                             Domains, a bridge, an etherstub, or a network of the world
    vshtrace -v              the verdicts and what each means

It calls the same walk as ping (vshell/model/walk.py) without leaving traffic's traces (no
neighbour entries, no learnt MACs, no counters), so it never disagrees with ping and never
changes what it looks at. Exit status: 0 when the reply came back, 1 when not, 2 for bad usage."""
from __future__ import annotations

from vshell.commands import dataplane
from vshell.commands.getopt import OptError, getopt
from vshell.model.walk import VERDICTS

USAGE = ("usage: vshtrace destination\n"
         "       vshtrace -m switch\n"
         "       vshtrace -v\n")


def main(ctx) -> int:
    try:
        opts, operands = getopt(ctx.argv, "m:v")
    except OptError as e:
        ctx.err(e.text + "\n" + USAGE)
        return 2
    flags = dict(opts)
    if "-v" in flags:
        if operands or len(flags) > 1:
            ctx.err(USAGE)
            return 2
        for name, what in VERDICTS.items():
            ctx.out(f"{name:<20}{what}\n")
        return 0
    if "-m" in flags:
        if operands:
            ctx.err(USAGE)
            return 2
        return _table(ctx, flags["-m"])
    if len(operands) != 1:
        ctx.err(USAGE)
        return 2
    addr = dataplane.resolve(ctx, operands[0])
    if addr is None:
        ctx.err(f"vshtrace: unknown host {operands[0]}\n")
        return 2
    p = dataplane.plane(ctx, effects=False)
    me = dataplane.source(ctx, p)
    if me is None:
        ctx.err("vshtrace: this system has no IP stack\n")
        return 2
    there, back = p.ping(me, addr)
    ctx.out(f"request {there.source} -> {addr}\n" if there.source else f"request -> {addr}\n")
    _hops(ctx, there)
    if back is None:
        return 1
    ctx.out(f"reply {addr} -> {there.source}\n")
    _hops(ctx, back)
    return 0 if back.delivered else 1


def _hops(ctx, walk) -> None:
    for h in walk.hops:
        pad = "    " * h.depth
        host = h.host or "-"
        if h.kind in ("link", "segment") and " " not in h.detail:
            text = f"{h.name} ({h.detail})"
        elif h.kind == "drop":
            continue
        else:
            text = h.detail
        ctx.out(f"  {pad}{host:<14} {h.kind:<8} {text}\n")
    line = walk.verdict + (f": {walk.detail}" if walk.detail else "")
    ctx.out(f"  {line}\n")


# MAC tables ---------------------------------------------------------------------------------------
def _table(ctx, name: str) -> int:
    rows = _vswitch(ctx, name) or _bridge(ctx, name) or _network(ctx, name)
    if rows is None:
        ctx.err(f"vshtrace: {name}: no such switch on this system\n")
        return 1
    title, entries = rows
    ctx.out(title + "\n")
    ctx.out(f"{'VLAN':<6}{'MAC ADDRESS':<19}{'PORT':<22}ENTRY\n")
    for vlan, mac, port, what in entries:
        ctx.out(f"{vlan:<6}{mac:<19}{port:<22}{what}\n")
    return 0


def _vswitch(ctx, name: str):
    host = ctx.host
    ldm = getattr(host, "ldm", None)
    if ldm is None or name not in ldm.vio.vsws:
        return None
    vio = ldm.vio
    vsw = vio.vsws[name]
    users = _slot_users(ctx.world, host)
    out = []
    fdb = vio.fdb(name)
    own = vio._port_id(vsw.domain, vsw.name)
    for (vlan, mac), pid in sorted(fdb.items()):
        if pid == own:
            out.append((vlan, mac, vsw.name, "switch"))
    for v in vio.vnets_on(name):
        pid = vio._port_id(v.domain, v.name)
        port = f"{v.name}@{v.domain}"
        for vlan in sorted({vlan for (vlan, _), p in fdb.items() if p == pid}):
            out.append((vlan, v.mac, port, "vnet MAC"))
            for slot, mac in enumerate(v.alt_macs, 1):
                if fdb.get((vlan, mac)) == pid:
                    client = users.get((v.domain, v.name, slot))
                    out.append((vlan, mac, port, f"alt MAC {slot}, " + (f"in use by {client}" if client else "free")))
    title = f"{name}: virtual switch in {vsw.domain}" + (f" over {vsw.net_dev}" if vsw.net_dev else "")
    return title, out


def _slot_users(world, ctl) -> dict:
    """(domain, vnet, slot) -> the guest's link that holds that alternate MAC."""
    out = {}
    vio = ctl.ldm.vio
    for h in world.hosts.values():
        if h.guest_of is None or h.guest_of[0] != ctl.name or not h.has_links or h._links is None:
            continue
        for link in h.links.links.values():
            if link.cls != "phys" or not link.slot_users:
                continue
            v = next((v for v in vio.vnets.values() if vio._port_id(v.domain, v.name) == link.port), None)
            if v is not None:
                for slot, client in link.slot_users.items():
                    out[(v.domain, v.name, slot)] = f"{client} in {h.name}"
    return out


def _bridge(ctx, name: str):
    host = ctx.host
    if host.has_netdevs:
        dev = host.netdevs.devs.get(name)
        if dev is None or dev.kind != "bridge":
            return None
        out = []
        for no, mac, local, age in host.netdevs.fdb(dev):
            port = next((n for n, p in dev.bridge.ports.items() if p.no == no), str(no))
            out.append((1, mac, port, "local" if local else f"learnt, {age:.0f}s ago"))
        return f"{name}: bridge", out
    if not host.has_links:
        return None
    links = host.links
    seg = None
    if name in links.bridges:
        seg = links.bridges[name].segment
        title = f"{name}: bridge"
    else:
        link = links.links.get(name)
        if link is None or link.cls != "etherstub":
            return None
        seg, title = link.segment, f"{name}: etherstub"
    return title, _segment_rows(ctx.world, seg)


def _network(ctx, name: str):
    net = ctx.world.networks.get(name)
    if net is None:
        return None
    return f"{name}: network {net.subnet}", _segment_rows(ctx.world, f"net:{name}")


def _segment_rows(world, sid: str) -> list:
    seg = world.l2.segments.get(sid)
    if seg is None:
        return []
    now = world.clock.now
    rows = []
    for (vlan, mac), pid in sorted(seg.fdb.items()):
        pname = _port_label(world, pid)
        at = seg.seen.get((vlan, mac))
        rows.append((vlan, mac, pname, "programmed" if at is None else f"learnt, {now - at:.0f}s ago"))
    return rows


def _port_label(world, pid: str) -> str:
    """host/link for a port of the graph: a datalink, a netdev, a vnet or vswitch of a domain."""
    port = world.l2.ports.get(pid)
    if port is None:
        return pid
    kind, _, rest = port.name.partition(":")
    if kind == "nd":
        return f"{port.host}/{rest}"
    if kind == "ldm":
        dom, _, dev = rest.partition(":")
        return f"{dev}@{dom}"
    host = world.hosts.get(port.host)
    if kind == "dl" and host is not None and host._links is not None:
        link = next((k for k in host.links.links.values() if k.port == pid), None)
        if link is not None:
            return f"{port.host}/{link.name}"
    return pid
