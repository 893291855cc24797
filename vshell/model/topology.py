"""The world's network as the data plane walks it: switching segments joined by edges, and the
endpoints where IP instances sit on them.

The layer-2 graph (vshell/model/l2.py) holds what the tools make: virtual switches, etherstubs,
bridges, wires, MAC layers, and the ports of vnets and VNICs on them. What stacks one device on
another inside a host (a VNIC's MAC layer cabled out through its NIC, a VLAN device over a bond,
a vswitch over its net-dev, a bond over its slaves, a NIC's cable to a world network) lives with
each family's devices; this module reads both into one snapshot, made afresh for a walk, so the
walk never sees a stale copy and the families never learn of each other.

A frame carries a VLAN id (1: untagged). An edge joins side a (nearer the IP stack) to side b
(nearer the wire): untagged frames of a travel as `pvid` on b, and the VLANs of `trunk` pass
unchanged (None: every VLAN)."""
from __future__ import annotations

from dataclasses import dataclass, field

from vshell.model import nodes as nodes_mod

ALL = None


@dataclass
class Seg:
    id: str
    kind: str                          # wire mac etherstub vswitch bridge overlay device
    host: str = ""
    name: str = ""
    learns: bool = False               # a learning switch (a Linux or Solaris bridge, a wire)
    l2: str = ""                       # the L2Graph segment whose table it keeps
    overlay: object = None             # (host name, Overlay link): a VXLAN overlay's MAC layer


@dataclass
class Edge:
    a: str
    b: str
    host: str
    name: str                          # the device that joins them (net0, bond0.100, vnet0 ...)
    kind: str                          # phys vnet uplink member vlan slave port simnet
    up: bool = True
    why: str = ""                      # what is down, for the tracer
    pvid: int = 1
    trunk: frozenset | None = ALL
    port_a: str = ""                   # L2 port ids, for learning on a learning segment
    port_b: str = ""
    stats: tuple = ()                  # counters that move as frames cross (tx going to b)

    def cross(self, vlan: int, to_b: bool) -> int | None:
        """The VLAN on the far side, or None when the edge does not carry this one."""
        if to_b:
            if vlan == 1:
                return self.pvid
            return vlan if self.trunk is ALL or vlan in self.trunk else None
        if vlan == self.pvid:
            return 1
        return vlan if self.trunk is ALL or vlan in self.trunk else None


@dataclass
class Endpoint:
    seg: str
    vlan: int
    mac: str
    node: object                       # the IP instance (vshell/model/nodes.py)
    ifname: str
    kind: str                          # the link's class, for the tracer
    up: bool = True
    why: str = ""
    stats: tuple = ()                  # the counters of the link or device it sits on
    port: str = ""                     # its own port on a learning segment (an external machine's)


@dataclass
class Topology:
    segs: dict[str, Seg] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    endpoints: list[Endpoint] = field(default_factory=list)
    nodes: list = field(default_factory=list)
    by_seg: dict[str, list[Edge]] = field(default_factory=dict)
    eps_by_seg: dict[str, list[Endpoint]] = field(default_factory=dict)
    by_mac: dict[str, list[Endpoint]] = field(default_factory=dict)
    by_node: dict[tuple[int, str], Endpoint] = field(default_factory=dict)

    def seg(self, sid: str, kind: str, host: str = "", name: str = "", **kw) -> Seg:
        s = self.segs.get(sid)
        if s is None:
            s = self.segs[sid] = Seg(sid, kind, host, name or sid, **kw)
        return s

    def join(self, edge: Edge) -> None:
        if edge.a not in self.segs or edge.b not in self.segs:
            return
        self.edges.append(edge)
        self.by_seg.setdefault(edge.a, []).append(edge)
        self.by_seg.setdefault(edge.b, []).append(edge)

    def place(self, ep: Endpoint) -> None:
        if ep.seg not in self.segs or not ep.mac:
            return
        self.endpoints.append(ep)
        self.eps_by_seg.setdefault(ep.seg, []).append(ep)
        self.by_mac.setdefault(ep.mac.lower(), []).append(ep)
        self.by_node.setdefault((id(ep.node), ep.ifname), ep)

    def endpoint(self, node, ifname: str) -> Endpoint | None:
        return self.by_node.get((id(node), ifname))

    def eps_by_node(self, node) -> list[Endpoint]:
        return [e for e in self.endpoints if e.node is node]


def build(world) -> Topology:
    topo = Topology()
    for net in world.networks.values():
        topo.seg(f"net:{net.name}", "wire", name=net.name, learns=True, l2=f"net:{net.name}")
    for host in world.hosts.values():
        if host.has_links:
            _solaris(world, topo, host)
        elif host.has_netdevs:
            _linux(world, topo, host)
    for host in world.hosts.values():
        if host.ldm is not None:
            _vswitches(world, topo, host)
    for ext in nodes_mod.externals(world):
        topo.nodes.append(ext)
        for leg in ext.interfaces():
            topo.place(Endpoint(f"net:{leg.network}", leg.vlan, leg.mac, ext, leg.ifname, "external",
                                port=f"{ext.name}/{leg.ifname}"))
    return topo


# Solaris and illumos ------------------------------------------------------------------------------
def _running(world, host) -> bool:
    """A guest domain's OS instance runs while its domain is active."""
    if host.guest_of is None:
        return True
    ctl = world.hosts.get(host.guest_of[0])
    d = ctl.ldm.domains.get(host.guest_of[1]) if ctl is not None and ctl.ldm is not None else None
    return d is not None and d.state == "active"


def _solaris(world, topo: Topology, host) -> None:
    if not _running(world, host):
        return
    links = host.links
    if host.guest_of is not None:
        links.sync_phys()              # its vnets as its domain's manager holds them now
    l2 = world.l2
    h = host.name
    members: dict[str, str] = {}           # phys link -> its aggregation
    for link in links.links.values():
        if link.cls == "aggr":
            for m in link.over:
                members[m] = link.name
    for link in links.links.values():
        cls = link.cls
        if cls == "phys":
            seg = topo.seg(link.segment, "mac", h, link.name)
            port = l2.ports.get(link.port)
            if host.guest_of is not None and port is not None and port.segment:
                continue                   # a vnet: joined to its vswitch with the switches
            if link.name in members:
                continue
            net = nodes_mod.cable(world, host, link.device, link.name)
            if net:
                topo.join(Edge(seg.id, f"net:{net}", h, link.name, "phys", up=link.state == "up",
                               why="link down" if link.state != "up" else "",
                               port_a="", port_b=link.port, stats=(links.counter(link.name),)))
        elif cls in ("etherstub", "overlay", "aggr"):
            kind = {"etherstub": "etherstub", "overlay": "overlay", "aggr": "mac"}[cls]
            seg = topo.seg(link.segment, kind, h, link.name,
                           overlay=(h, link) if cls == "overlay" else None)
            if cls == "aggr":
                for m in link.over:
                    phys = links.links.get(m)
                    net = phys and nodes_mod.cable(world, host, phys.device, phys.name)
                    if net:
                        topo.join(Edge(seg.id, f"net:{net}", h, f"{link.name} via {m}", "member",
                                       up=phys.state == "up", why=f"{m} down",
                                       stats=(links.counter(link.name), links.counter(m))))
        elif cls == "simnet":
            seg = topo.seg(f"simnet:{link.port}", "mac", h, link.name)
            port = l2.ports.get(link.port)
            if port is not None and port.segment:
                topo.seg(port.segment, "wire", h, port.segment, learns=True, l2=port.segment)
                topo.join(Edge(seg.id, port.segment, h, link.name, "simnet",
                               stats=(links.counter(link.name),)))
    for name, br in links.bridges.items():
        seg = topo.seg(br.segment, "bridge", h, name, learns=True, l2=br.segment)
        for link in links.links.values():
            if link.bridge == name:
                inner = _inner_seg(links, link)
                if inner:
                    topo.join(Edge(inner, seg.id, h, link.name, "member", port_b=link.port))
    _solaris_nodes(world, topo, host)


def _inner_seg(links, link) -> str:
    if link.cls == "simnet":
        return f"simnet:{link.port}"
    return getattr(link, "segment", "") or ""


def _solaris_nodes(world, topo: Topology, host) -> None:
    stacks = [(host, host.ip)]
    if host.has_ip and (host._zones is not None or host.zones_factory is not None) and host.zones is not None:
        zones = host.zones
        for z in zones.ordered():
            if z.state != "running" or z.os is None:
                continue
            if z.config.iptype(zones.dia) == "exclusive":
                stacks.append((z.os, z.os.ip))
    for os_, stack in stacks:
        if stack is None:
            continue
        node = nodes_mod.SolarisNode(world, os_, stack)
        topo.nodes.append(node)
        for iface in stack.ordered(4):
            if iface.loopback:
                continue
            link = stack.link_of(iface)
            if link is None:
                continue
            seg, vlan = _link_place(world.l2, stack.links, link)
            up = stack.link_up(iface) and any(l.up for l in iface.lifs.values())
            topo.place(Endpoint(seg, vlan, stack.links.mac_of(link), node, iface.name, link.cls,
                                up=up, why="" if up else f"{iface.name} down",
                                stats=(link.stats,)))


def _link_place(l2, links, link) -> tuple[str, int]:
    """(segment, VLAN) where an IP interface on this link sends and receives."""
    if link.cls in ("phys", "aggr", "overlay", "etherstub"):
        return getattr(link, "segment", ""), 1
    if link.cls == "simnet":
        return f"simnet:{link.port}", 1
    if link.cls == "vlan":
        low = links.links.get(link.over[0])
        return (_link_place(l2, links, low)[0] if low else ""), link.vid or 1
    port = l2.ports.get(link.port)
    return (port.segment if port is not None and port.segment else ""), getattr(link, "vid", 0) or 1


# Logical Domains virtual switches ---------------------------------------------------------------
def _service_os(world, ctl, domain: str):
    if domain == "primary":
        return ctl
    return next((h for h in world.hosts.values() if h.guest_of == (ctl.name, domain)), None)


def _vswitches(world, topo: Topology, ctl) -> None:
    ldm = ctl.ldm
    vio = ldm.vio
    for vsw in vio.vsws.values():
        d = ldm.domains.get(vsw.domain)
        if d is None or d.state != "active":
            continue
        seg = topo.seg(vsw.segment, "vswitch", ctl.name, vsw.name, l2=vsw.segment)
        svc = _service_os(world, ctl, vsw.domain)
        if vsw.net_dev and svc is not None and svc.has_links:
            low = svc.links.links.get(vsw.net_dev) or next(
                (k for k in svc.links.links.values() if getattr(k, "device", "") == vsw.net_dev), None)
            inner = _inner_seg(svc.links, low) if low is not None else ""
            if inner in topo.segs:
                topo.join(Edge(seg.id, inner, svc.name, vsw.name, "uplink",
                               up=low.state == "up", why=f"{low.name} down",
                               port_a=vio._port_id(vsw.domain, vsw.name)))
        for v in vio.vnets_on(vsw.name):
            guest = _service_os(world, ctl, v.domain)
            gd = ldm.domains.get(v.domain)
            if guest is None or not guest.has_links or gd is None or gd.state != "active":
                continue
            pid = vio._port_id(v.domain, v.name)
            link = next((k for k in guest.links.links.values() if k.cls == "phys" and k.port == pid), None)
            if link is None:
                continue
            topo.join(Edge(link.segment, seg.id, guest.name, link.name, "vnet",
                           up=link.state == "up", why=f"{link.name} down",
                           pvid=vio.pvid_of(v), trunk=frozenset(v.vids), port_b=pid,
                           stats=(guest.links.counter(link.name),)))


# Linux ------------------------------------------------------------------------------------------
def _linux(world, topo: Topology, host) -> None:
    nd = host.netdevs
    h = host.name
    node = nodes_mod.LinuxNode(world, host)
    topo.nodes.append(node)
    for dev in nd.ordered():
        if dev.kind == "loopback":
            continue
        sid = f"nd:{h}/{dev.name}"
        if dev.kind == "bridge":
            sid = dev.bridge.segment
            topo.seg(sid, "bridge", h, dev.name, learns=True, l2=sid)
        else:
            topo.seg(sid, "device", h, dev.name)
    for index, dev in enumerate(nd.ordered()):
        if dev.kind == "loopback":
            continue
        sid = dev.bridge.segment if dev.kind == "bridge" else f"nd:{h}/{dev.name}"
        master = nd.devs.get(dev.master) if dev.master else None
        if dev.kind == "ether" and (master is None or master.kind != "bond"):
            net = nodes_mod.cable(world, host, dev.name, dev.name)
            if net:
                topo.join(Edge(sid, f"net:{net}", h, dev.name, "phys", up=nd.carrier(dev),
                               why=f"{dev.name} down" if not dev.up else f"{dev.name}: no carrier",
                               port_b=dev.port, stats=(dev.stats,)))
        elif dev.kind == "bond":
            for s in _bond_active(nd, dev):
                slave = nd.devs[s]
                net = nodes_mod.cable(world, host, slave.name, slave.name)
                if net:
                    topo.join(Edge(sid, f"net:{net}", h, f"{dev.name} via {s}", "slave",
                                   up=nd.carrier(slave), why=f"{s}: no carrier",
                                   port_b=slave.port, stats=(dev.stats, slave.stats)))
        elif dev.kind == "vlan":
            topo.join(Edge(sid, f"nd:{h}/{dev.lower}", h, dev.name, "vlan", up=dev.up,
                           why=f"{dev.name} down", pvid=dev.vid, trunk=frozenset(),
                           stats=(dev.stats, nd.devs[dev.lower].stats) if dev.lower in nd.devs else (dev.stats,)))
        elif dev.kind == "bridge":
            for pname in dev.bridge.ports:
                pdev = nd.devs.get(pname)
                if pdev is None:
                    continue
                state = nd.port_state(dev, pname)
                up = dev.up and nd.carrier(pdev) and state == "forwarding"
                topo.join(Edge(sid, f"nd:{h}/{pname}", h, pname, "port", up=up,
                               why=f"{pname} {state}" if state != "forwarding" else f"{pname} down",
                               port_a=pdev.port, stats=(pdev.stats,)))
        if dev.addrs and not dev.master:
            topo.place(Endpoint(sid, 1, dev.mac, node, dev.name, dev.kind, up=nd.carrier(dev),
                                why=f"{dev.name} down", stats=(dev.stats,)))


def _bond_active(nd, bond) -> list[str]:
    """The slaves a bond sends on: the active one in active-backup (1), else every one."""
    slaves = [s for s in bond.bond.slaves if s in nd.devs]
    if bond.bond.mode == 1:
        active = bond.bond.active or next((s for s in slaves if nd.carrier(nd.devs[s])), "")
        return [active] if active else []
    return slaves
