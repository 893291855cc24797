"""The one walk of a packet through the world (DESIGN.md: the data plane).

An IP instance routes the packet (its forwarding table, its default routers), resolves the next
hop with ARP (a broadcast through the layer-2 domain, or a proxy answer from an overlay's files
map), and sends a frame that crosses segments and edges (vshell/model/topology.py) to the owner
of the destination MAC; a router passes it on when it forwards IPv4. VXLAN overlays carry the
frame inside a UDP packet that itself walks the underlay. The walk ends with a named verdict.

`ping`, `traceroute`, `arp` and the path tracer all call `send`/`ping` here, so they cannot
disagree. With `effects`, the walk leaves what real traffic leaves: neighbour entries, learnt
MAC tables (timed on the virtual clock), overlay target caches, interface counters, route use."""
from __future__ import annotations

import ipaddress
from collections import deque
from dataclasses import dataclass, field

from vshell.model import ipfilter, overlays, packets, topology
from vshell.model.l2 import int_to_mac, mac_to_int
from vshell.model.packets import Packet, Wire
from vshell.model.topology import Endpoint, Topology

DELIVERED = "DELIVERED"
VERDICTS = {
    "DELIVERED": "the packet reached the destination's IP stack",
    "NO_ROUTE": "no route to the destination in an IP stack on the way",
    "LINK_DOWN": "a link on the only path is down",
    "VLAN_MISMATCH": "the destination is on the path, but in another VLAN",
    "MAC_UNKNOWN": "no port on the path owns the destination MAC address",
    "NO_ARP_REPLY": "nobody answered the ARP request for the next hop",
    "NOT_FORWARDING": "a router on the way does not forward IPv4",
    "NO_TUNNEL_ENDPOINT": "the underlay delivered the overlay packet where no overlay listens",
    "TTL_EXCEEDED": "the packet ran out of hops",
}
BROADCAST = "ff:ff:ff:ff:ff:ff"
ICMP_FRAME = 98                      # 56 data bytes + ICMP 8 + IP 20 + Ethernet 14
ARP_FRAME = 42
MAX_TTL = 64


@dataclass
class Hop:
    kind: str                        # send link segment tunnel arp route receive drop
    host: str
    name: str
    detail: str = ""
    depth: int = 0                   # nesting: an overlay's underlay hops are one deeper


@dataclass
class Walk:
    verdict: str
    detail: str = ""
    hops: list[Hop] = field(default_factory=list)
    reached: object = None           # the node that took the packet in (DELIVERED)
    source: object = None            # the source address the packet carried when it arrived
    packet: object = None            # the packet as the last node saw it (after any NAT)
    seen: list = field(default_factory=list)       # the packet as each router took it in
    routers: list[tuple[object, object]] = field(default_factory=list)   # (node, ingress address)

    @property
    def delivered(self) -> bool:
        return self.verdict == DELIVERED


@dataclass
class Frame:
    """A layer-2 result: the endpoint reached and the edges crossed, or why not."""
    target: Endpoint | None
    path: list[tuple[topology.Edge, bool]] = field(default_factory=list)
    verdict: str = DELIVERED
    detail: str = ""
    hops: list[Hop] = field(default_factory=list)


class Plane:
    """One snapshot of the world's network and the walks over it."""

    def __init__(self, world, effects: bool = True):
        self.world = world
        self.effects = effects
        self.topo: Topology = topology.build(world)

    # nodes -------------------------------------------------------------------------------------
    def node_of(self, os_host):
        """The IP instance a shell in `os_host` (a host, a guest, a zone) sends from."""
        key = os_host.netdevs if os_host.has_netdevs else (os_host.ip if os_host.has_ip else None)
        return next((n for n in self.topo.nodes if n.key is key), None)

    def owner(self, addr):
        """(node, interface) that holds `addr` up, anywhere in the world."""
        for n in self.topo.nodes:
            for ifname, a in n.addresses():
                if a == addr:
                    return n, ifname
        return None

    # the IP walk -------------------------------------------------------------------------------------
    def send(self, node, dst, src=None, ttl: int = MAX_TTL, depth: int = 0, size: int = ICMP_FRAME,
             packet: Packet | None = None, ident: int = 0, seq: int = 0) -> Walk:
        """Walk one packet from `node` towards `dst`. Without a `packet`, an echo request of
        `size` bytes on the wire, from `src` or the outgoing interface's address. IP Filter NAT
        rewrites the packet where a stack's rules say (ipfilter.py): leaving an interface, the
        source; arriving for a translated address, the destination, and the walk goes on."""
        walk = Walk("TTL_EXCEEDED", "the packet ran out of hops")
        first = node
        pkt = packet
        if pkt is not None:
            dst, src, size = pkt.dst, pkt.src, pkt.frame_size
        for _ in range(ttl):
            if node.owns(dst) or (dst.is_loopback and node is first):
                walk.verdict, walk.detail, walk.reached = DELIVERED, "", node
                walk.hops.append(Hop("receive", _who(node), node.name, str(dst), depth))
                walk.source = walk.source or src or dst
                walk.packet = pkt or packets.echo(walk.source, dst, ident, seq, size - ICMP_FRAME + 56)
                return walk
            r = node.route(dst)
            if r is None:
                return self._end(walk, "NO_ROUTE", f"{node.name} has no route to {dst}", node, depth)
            ifname, nexthop, own = r
            if walk.source is None:
                walk.source = src or own
            if pkt is None:
                pkt = packets.echo(walk.source, dst, ident, seq, size - ICMP_FRAME + 56)
            ep = self.topo.endpoint(node, ifname)
            if ep is None or not ep.up:
                return self._end(walk, "LINK_DOWN", f"{node.name}: {ifname} is down", node, depth)
            out = self._nat(node, "out", ifname, pkt, own, walk, depth)
            walk.hops.append(Hop("route", _who(node), node.name,
                                 f"{dst} via {ifname}" + (f", router {nexthop}" if nexthop != dst else ""), depth))
            if self.effects:
                node.routed(dst)
            known = node.neighbour(nexthop)
            frame = None
            if known is not None:
                frame = self.unicast(ep, known[0], depth, size, body=out)
                if frame.target is None and not known[1]:
                    frame = None               # a stale dynamic entry: ask again
            if frame is None:
                answer = self.arp(ep, nexthop, own, depth)
                walk.hops.extend(answer.hops)
                if answer.target is None and answer.verdict != DELIVERED:
                    return self._end(walk, answer.verdict, answer.detail, node, depth)
                mac = answer.detail if answer.target is None else answer.target.mac
                frame = self.unicast(ep, mac, depth, size, body=out)
            walk.hops.extend(frame.hops)
            if frame.target is None:
                return self._end(walk, frame.verdict, frame.detail, node, depth)
            walk.packet = out
            nxt = frame.target.node
            pkt = self._nat(nxt, "in", frame.target.ifname, out, None, walk, depth)
            dst = pkt.dst
            if nxt.owns(dst):
                walk.verdict, walk.detail, walk.reached = DELIVERED, "", nxt
                walk.hops.append(Hop("receive", _who(nxt), nxt.name, f"{dst} on {frame.target.ifname}", depth))
                walk.packet = pkt
                return walk
            if not nxt.forwarding:
                return self._end(walk, "NOT_FORWARDING", f"{nxt.name} does not forward IPv4", nxt, depth)
            ingress = next((a for i, a in nxt.addresses() if i == frame.target.ifname), None)
            walk.routers.append((nxt, ingress))
            walk.seen.append(pkt)
            node = nxt
            pkt = pkt.replace(ttl=pkt.ttl - 1)
        return self._end(walk, "TTL_EXCEEDED", f"no delivery within {ttl} hops", node, depth)

    def ping(self, node, dst, src=None, ident: int = 0, seq: int = 0):
        """An echo request and its reply: (request walk, reply walk or None)."""
        there = self.send(node, dst, src, ident=ident, seq=seq)
        if not there.delivered:
            return there, None
        back = self.send(there.reached, there.packet.src, dst, packet=there.packet.reply())
        return there, back

    def _nat(self, node, way: str, ifname: str, pkt: Packet, own, walk: Walk, depth: int) -> Packet:
        """The packet as IP Filter on `node` leaves it: `way` "out" through `ifname` (whose
        address is `own`), or "in" from it."""
        table = ipfilter.active(node)
        if table is None:
            return pkt
        now = self.world.clock.now
        if way == "out":
            new = table.outbound(ifname, own, pkt, now, self.effects)
        else:
            new = table.inbound(ifname, pkt, now, self.effects)
        if new is not pkt and new != pkt:
            walk.hops.append(Hop("nat", _who(node), node.name, ipfilter.describe(way, pkt, new), depth))
        return new

    @staticmethod
    def _end(walk: Walk, verdict: str, detail: str, node, depth: int) -> Walk:
        walk.verdict, walk.detail = verdict, detail
        walk.hops.append(Hop("drop", _who(node), node.name, f"{verdict}: {detail}", depth))
        return walk

    # ARP ------------------------------------------------------------------------------------------------
    def arp(self, ep: Endpoint, addr, own, depth: int = 0) -> Frame:
        """Who has `addr`? -> Frame(target=the endpoint that answered), or a proxy answer
        (target None, verdict DELIVERED, detail = the MAC), or why nobody answered."""
        hops = [Hop("arp", _who(ep.node), ep.node.name, f"who has {addr}? tell {own}", depth)]
        seen, order = self._flood(ep)
        if self.effects and self.world.taps:
            self._tap_flood(ep, seen, packets.Arp(1, own, ep.mac, addr))
        for state in order:
            for other in self.topo.eps_by_seg.get(state[0], ()):
                if other is ep or other.vlan != state[1] or not other.up:
                    continue
                if any(i == other.ifname and a == addr for i, a in other.node.addresses()):
                    if self.effects:
                        self._learn_path(ep, seen, state)
                        other.node.learn(other.ifname, own, ep.mac)
                        ep.node.learn(ep.ifname, addr, other.mac)
                        path = _path(seen, state)
                        self._count(ep, path, other, ARP_FRAME)            # the request
                        back = [(e, not b) for e, b in reversed(path)]
                        self._count(other, back, ep, ARP_FRAME)   # the answer
                        if self.world.taps:
                            self._tap(other, back, ep, other.mac, ep.mac,
                                      packets.Arp(2, addr, other.mac, own, ep.mac))
                    hops.append(Hop("arp", _who(other.node), other.node.name,
                                    f"{addr} is at {other.mac} ({other.ifname})", depth))
                    return Frame(other, hops=hops)
            seg = self.topo.segs[state[0]]
            if seg.overlay is not None:
                mac = _proxy_arp(seg.overlay[1], addr)
                if mac:
                    if self.effects:
                        ep.node.learn(ep.ifname, addr, mac)
                    hops.append(Hop("arp", seg.host, seg.name,
                                    f"{addr} is at {mac} (proxy answer from {_files_path(seg.overlay[1])})", depth))
                    return Frame(None, verdict=DELIVERED, detail=mac, hops=hops)
        found = self.owner(addr)
        if found is None:
            return Frame(None, verdict="NO_ARP_REPLY", detail=f"no host on the network has {addr}", hops=hops)
        owner_ep = self.topo.endpoint(*found)
        if owner_ep is None:
            return Frame(None, verdict="NO_ARP_REPLY", detail=f"{addr} is not on any link", hops=hops)
        probe = Plane.__new__(Plane)
        probe.world, probe.effects, probe.topo = self.world, False, self.topo
        why = probe.unicast(ep, owner_ep.mac, depth)
        if why.target is not None:
            verdict, detail = "NO_ARP_REPLY", f"{addr} ({owner_ep.mac}) is reachable but its ARP is not answered here"
        else:
            verdict, detail = why.verdict, why.detail
        return Frame(None, verdict=verdict, detail=detail, hops=hops)

    def _flood(self, ep: Endpoint):
        """Every (segment, VLAN) a broadcast from `ep` reaches, in breadth-first order, with the
        way it came (for learning)."""
        return _reach(self.topo, ep, use_down=False, use_vlan=True)

    # frames ----------------------------------------------------------------------------------------------
    def unicast(self, ep: Endpoint, mac: str, depth: int = 0, size: int = ICMP_FRAME, tunnels: int = 2,
                body=None) -> Frame:
        mac = _norm(mac)
        hops = [Hop("send", _who(ep.node), ep.node.name, f"{ep.ifname} ({ep.kind}, {ep.mac}) -> {mac}", depth)]
        seen, order = self._flood(ep)
        for state in order:
            for other in self.topo.eps_by_seg.get(state[0], ()):
                if other is ep or other.mac.lower() != mac or other.vlan != state[1]:
                    continue
                path = _path(seen, state)
                hops.extend(_hops(self.topo, path, depth))
                if not other.up:
                    return Frame(None, path, "LINK_DOWN", f"{other.node.name}: {other.why}", hops)
                if self.effects:
                    self._learn_path(ep, seen, state)
                    self._count(ep, path, other, size)
                    if body is not None:
                        self._tap(ep, path, other, ep.mac, mac, body)
                hops.append(Hop("segment", _who(other.node), other.node.name,
                                f"{other.ifname} ({other.kind}) takes {mac}", depth))
                return Frame(other, path, hops=hops)
        # over an overlay: the kernel asks varpd where the MAC lives
        if tunnels:
            for state in order:
                seg = self.topo.segs[state[0]]
                if seg.overlay is not None:
                    frame = self._tunnel(ep, seen, state, mac, depth, size, tunnels, body)
                    frame.hops[:0] = hops + _hops(self.topo, _path(seen, state), depth)
                    return frame
        verdict, detail = self._why_not(ep, mac)
        return Frame(None, [], verdict, detail, hops)

    def _why_not(self, ep: Endpoint, mac: str) -> tuple[str, str]:
        """The named reason a MAC is not reached: a down link on the way, another VLAN, or no
        such port anywhere the frame can go."""
        owners = self.topo.by_mac.get(mac, [])
        if not owners:
            return "MAC_UNKNOWN", f"no port in the world owns {mac}"
        reach, _ = _reach(self.topo, ep, use_down=True, use_vlan=True)
        for o in owners:
            if (o.seg, o.vlan) in reach:
                down = next((e for e, _ in _path(reach, (o.seg, o.vlan)) if not e.up), None)
                if down is not None:
                    return "LINK_DOWN", f"{down.host} {down.name}: {down.why}"
        loose, _ = _reach(self.topo, ep, use_down=True, use_vlan=False)
        for o in owners:
            if (o.seg, 0) in loose:
                there = sorted({v for s, v in reach if s == o.seg})
                how = f"in VLAN {', '.join(map(str, there))}" if there else "in no VLAN"
                return "VLAN_MISMATCH", (f"{mac} ({o.node.name} {o.ifname}) is in VLAN {o.vlan};"
                                         f" frames from {ep.node.name} {ep.ifname} reach it {how}")
        o = owners[0]
        return "MAC_UNKNOWN", f"{mac} ({o.node.name} {o.ifname}) is not on any path from {ep.node.name} {ep.ifname}"

    def _tunnel(self, ep, seen, state, mac, depth, size, tunnels, body=None) -> Frame:
        seg = self.topo.segs[state[0]]
        host, link = seg.overlay
        where = f"{link.name} (vnetid {link.vnetid})"
        dest = overlays.lookup(link, mac) if self.effects else _peek(link, mac)
        if dest is None or dest == "drop":
            return Frame(None, [], "MAC_UNKNOWN",
                         f"{where}: {_files_path(link) or 'varpd'} has no entry for {mac}", [])
        ip_text, _, port = dest.rpartition(":")
        dst_ip = ipaddress.ip_address(ip_text)
        src_ip = link.values.get("vxlan/listen_ip")
        under = self._node_of_host(host)
        hops = [Hop("tunnel", host, link.name, f"{link.encap} vnetid {link.vnetid}: {mac} -> {dest}", depth)]
        if under is None:
            return Frame(None, [], "NO_ROUTE", f"{host} has no IP stack for the underlay", hops)
        src = ipaddress.ip_address(overlays.ip_text(src_ip)) if src_ip is not None else None
        carried = self.send(under, dst_ip, src, depth=depth + 1, size=size + 50,
                            packet=None if src is None else packets.Packet(
                                packets.UDP, src, dst_ip, 4789, int(port), payload=size + 8))
        hops.extend(carried.hops)
        if not carried.delivered:
            return Frame(None, [], carried.verdict, f"underlay: {carried.detail}", hops)
        remote = _listener(carried.reached, link, dst_ip, int(port))
        if remote is None:
            return Frame(None, [], "NO_TUNNEL_ENDPOINT",
                         f"{carried.reached.name} has no {link.encap} overlay with vnetid {link.vnetid} on {dest}", hops)
        rseg = remote.segment
        for other in self.topo.eps_by_seg.get(rseg, ()):
            if other.mac.lower() == mac and other.vlan == state[1]:
                hops.append(Hop("tunnel", carried.reached.host, remote.name, f"decapsulated, vnetid {link.vnetid}", depth))
                if not other.up:
                    return Frame(None, [], "LINK_DOWN", f"{other.node.name}: {other.why}", hops)
                if self.effects:
                    self._count(ep, _path(seen, state), other, size)
                    link.stats.count(True, size)
                    remote.stats.count(False, size)
                    if body is not None:
                        self._tap(ep, _path(seen, state), None, ep.mac, mac, body)
                        self._tap(other, [], None, ep.mac, mac, body)
                hops.append(Hop("segment", _who(other.node), other.node.name,
                                f"{other.ifname} ({other.kind}) takes {mac}", depth))
                return Frame(other, [], hops=hops)
        return Frame(None, [], "MAC_UNKNOWN",
                     f"{carried.reached.name} {remote.name}: no VNIC has {mac}", hops)

    def _node_of_host(self, hostname: str):
        host = self.world.hosts.get(hostname)
        return self.node_of(host) if host is not None else None

    # what traffic leaves behind --------------------------------------------------------------------
    def _tap(self, ep: Endpoint, path, other: Endpoint | None, src_mac: str, dst_mac: str, body) -> None:
        """Show a frame to the captures on every link it crosses: the sender's, each edge's
        devices (with the VLAN tag on that side), the receiver's."""
        taps = self.world.taps
        if not taps:
            return
        now = self.world.clock.now
        taps.see(Wire(now, ep.node.host, _link(ep.ifname), src_mac, dst_mac, body, None, _zone(ep.node)))
        vlan = ep.vlan
        for edge, to_b in path:
            before, vlan = vlan, edge.cross(vlan, to_b)
            self._tap_edge(edge, to_b, before, vlan, src_mac, dst_mac, body)
        if other is not None:
            taps.see(Wire(now, other.node.host, _link(other.ifname), src_mac, dst_mac, body, None, _zone(other.node)))

    def _tap_flood(self, ep: Endpoint, seen, body) -> None:
        """A broadcast: every link the flood crossed, and every receiver on the way."""
        self._tap(ep, [], None, ep.mac, BROADCAST, body)
        for state, how in seen.items():
            if how is not None:
                prev, edge, to_b = how
                self._tap_edge(edge, to_b, prev[1], state[1], ep.mac, BROADCAST, body)
            for other in self.topo.eps_by_seg.get(state[0], ()):
                if other is not ep and other.vlan == state[1] and other.up:
                    self.world.taps.see(Wire(self.world.clock.now, other.node.host, _link(other.ifname),
                                             ep.mac, BROADCAST, body, None, _zone(other.node)))

    def _tap_edge(self, edge, to_b: bool, before: int, after: int, src_mac, dst_mac, body) -> None:
        """The devices that join an edge see the frame with the tag of their side: a NIC,
        aggregation member or bridge port the wire's (side b), a vnet, VLAN device or vswitch
        uplink the stack's (side a)."""
        a_side, b_side = (before, after) if to_b else (after, before)
        tag = a_side if edge.kind in ("vnet", "vlan", "uplink") else b_side
        for name in edge.name.split(" via "):
            self.world.taps.see(Wire(self.world.clock.now, edge.host, name, src_mac, dst_mac, body,
                                     tag if tag and tag != 1 else None))

    def _learn_path(self, ep: Endpoint, seen, state) -> None:
        now = self.world.clock.now
        path = _path(seen, state)
        seg, vlan = ep.seg, ep.vlan
        first = self.topo.segs[seg]
        if ep.port and first.learns and first.l2 in self.world.l2.segments:
            self.world.l2.learn(first.l2, vlan, ep.mac, ep.port, at=now)
        for edge, to_b in path:
            vlan = edge.cross(vlan, to_b)
            seg = edge.b if to_b else edge.a
            s = self.topo.segs[seg]
            port = edge.port_b if to_b else edge.port_a
            if s.learns and s.l2 in self.world.l2.segments and port:
                self.world.l2.learn(s.l2, vlan, ep.mac, port, at=now)

    @staticmethod
    def _count(src: Endpoint, path, dst: Endpoint, size: int) -> None:
        tx, rx = set(), set()
        for st in src.stats:
            if id(st) not in tx:
                tx.add(id(st))
                st.count(True, size)
        for edge, to_b in path:
            for st in edge.stats:
                bucket = tx if to_b else rx
                if id(st) not in bucket:
                    bucket.add(id(st))
                    st.count(to_b, size)
        for st in dst.stats:
            if id(st) not in rx:
                rx.add(id(st))
                st.count(False, size)


def _link(ifname: str) -> str:
    """The datalink under an IP interface (eri0:1 is on eri0)."""
    return ifname.partition(":")[0]


def _zone(node) -> str:
    os_host = getattr(node, "os", None)
    zone = getattr(os_host, "zone", "global") if os_host is not None else "global"
    return "" if zone == "global" else zone


def _who(node) -> str:
    """A node as the tracer names it: its machine, and the zone when it is one (host/zone)."""
    return node.host if node.name == node.host else f"{node.host}/{node.name}"


def _norm(mac: str) -> str:
    """aa:b:c:... as written by a person -> the graph's zero-padded lower-case form."""
    try:
        return int_to_mac(mac_to_int(mac))
    except ValueError:
        return mac.lower()


def _path(seen, state) -> list[tuple[topology.Edge, bool]]:
    path = []
    while seen.get(state) is not None:
        prev, edge, to_b = seen[state]
        path.append((edge, to_b))
        state = prev
    path.reverse()
    return path


def _hops(topo: Topology, path, depth: int) -> list[Hop]:
    out = []
    for edge, to_b in path:
        out.append(Hop("link", edge.host, edge.name, edge.kind, depth))
        seg = topo.segs[edge.b if to_b else edge.a]
        if seg.kind in ("wire", "vswitch", "bridge", "etherstub"):
            out.append(Hop("segment", seg.host, seg.name, seg.kind, depth))
    return out


def _reach(topo: Topology, ep: Endpoint, use_down: bool, use_vlan: bool):
    """-> ({(segment, VLAN): (previous state, edge, towards b) or None}, states in BFS order).
    use_down: cross links that are down too; use_vlan False: ignore VLANs (the VLAN is 0)."""
    start = (ep.seg, ep.vlan if use_vlan else 0)
    seen = {start: None}
    order = [start]
    queue = deque([start])
    while queue:
        seg, vlan = queue.popleft()
        for edge in topo.by_seg.get(seg, ()):
            if not edge.up and not use_down:
                continue
            to_b = edge.a == seg
            v2 = edge.cross(vlan, to_b) if use_vlan else 0
            if v2 is None:
                continue
            nxt = (edge.b if to_b else edge.a, v2)
            if nxt not in seen:
                seen[nxt] = ((seg, vlan), edge, to_b)
                order.append(nxt)
                queue.append(nxt)
    return seen, order


def _files_path(link) -> str:
    return str(link.values.get("files/config", "")) if link.search == "files" else ""


def _proxy_arp(link, addr) -> str | None:
    """The files plugin answers ARP itself, from the `arp` member of an entry."""
    if link.search != "files" or not isinstance(link.files, dict):
        return None
    for mac, entry in link.files.items():
        if isinstance(entry, dict) and entry.get("arp") == str(addr):
            return mac
    return None


def _peek(link, mac: str) -> str | None:
    """Where varpd would send `mac`, without filling the kernel's cache."""
    if overlays.mode(link) == "point":
        return overlays.targets(link)[0][1]
    if mac in link.targets:
        return link.targets[mac]
    return overlays.files_destination(link.files, mac) if link.files is not None else None


def _listener(node, link, ip, port: int):
    """The overlay on the receiving host that takes this VXLAN packet: same encapsulation and
    virtual network id, listening on the address and port it was sent to."""
    os_host = getattr(node, "os", None)
    if os_host is None or not os_host.has_links:
        return None
    for other in os_host.links.links.values():
        if other.cls != "overlay" or other.encap != link.encap or other.vnetid != link.vnetid:
            continue
        lip = other.values.get("vxlan/listen_ip")
        lport = int(other.values.get("vxlan/listen_port", overlays.VXLAN_PORT))
        if lip is not None and overlays.ip_text(lip) == str(ip) and lport == port:
            return other
    return None
