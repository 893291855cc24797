"""The IP instances a packet can leave or reach, seen the one way the data plane needs them:
their addresses, the route to a destination, whether they forward, their neighbour tables.

- SolarisNode: a global zone, a guest domain, an exclusive-IP zone (vshell/model/ip.py).
- LinuxNode: a Linux host's netdevs (connected routes only: GATEWAY= is not simulated).
- ExternalNode: a machine the world declares on one of its networks ([[externals]]): it
  answers ARP and echo requests, and sends replies off its subnet through its gateway.

Also where a host's NICs are cabled: the world's `nics` may name a network; otherwise the
first NIC is on the network the host boots its address on."""
from __future__ import annotations

import functools

import ipaddress
from dataclasses import dataclass, field

from vshell.model.l2 import int_to_mac


def cable(world, host, device: str, name: str) -> str | None:
    return host.cables.get(device) or host.cables.get(name)


class SolarisNode:
    kind = "solaris"

    def __init__(self, world, os_host, stack):
        self.os = os_host
        self.key = stack
        self.stack = stack
        self.name = os_host.node
        self.host = (os_host.global_host or os_host).name

    @property
    def forwarding(self) -> bool:
        return bool(self.stack.forwarding.get(4))

    def owns(self, addr) -> bool:
        found = self.stack.find_addr(addr)
        return found is not None and found[1].up

    def addresses(self) -> list[tuple[str, object]]:
        return [(i.name, lif.addr) for i, lif in self.stack.lifs(4)
                if lif.up and lif.addr is not None and not i.loopback]

    def route(self, addr):
        """(interface, next hop, source address) or None."""
        r = self.stack.route_for(4, addr)
        if r is None:
            return None
        name, _, lun = r.ifname.partition(":")
        iface = self.stack.find(name, 4)
        lif = iface.lifs.get(int(lun or 0)) if iface is not None else None
        src = lif.addr if lif is not None else None
        nexthop = r.gateway if "G" in r.flags else addr
        return name, nexthop, src

    def neighbour(self, addr) -> tuple[str, bool] | None:
        """(MAC, static?) of the neighbour entry for addr."""
        n = self.stack.neighbours.get((4, str(addr)))
        return (n.mac, n.static) if n is not None else None

    def learn(self, ifname: str, addr, mac: str) -> None:
        from vshell.model.ip import Neighbour
        key = (4, str(addr))
        n = self.stack.neighbours.get(key)
        if n is None or not n.static:
            self.stack.neighbours[key] = Neighbour(4, addr, ifname, mac)

    def routed(self, addr) -> None:
        """netstat -r's Use count of the route taken."""
        r = self.stack.route_for(4, addr)
        if r is not None:
            key = str(r.dest) if r.dest.prefixlen else "default"
            extra, use = self.stack.counters.get(key, (0, 0))
            self.stack.counters[key] = [extra, use + 1]


class LinuxNode:
    kind = "linux"
    forwarding = False                 # net.ipv4.ip_forward is 0 as installed

    def __init__(self, world, host):
        self.os = host
        self.nd = host.netdevs
        self.key = self.nd
        self.name = host.node
        self.host = host.name

    def _addrs(self):
        for dev in self.nd.ordered():
            if dev.kind == "loopback" or not dev.up:
                continue
            for a in dev.addrs:
                yield dev, ipaddress.ip_interface(f"{a.address}/{a.prefix}")

    def owns(self, addr) -> bool:
        if addr.is_loopback:
            return True
        return any(i.ip == addr for _, i in self._addrs())

    def addresses(self) -> list[tuple[str, object]]:
        return [(d.name, i.ip) for d, i in self._addrs()]

    def route(self, addr):
        best = None
        for dev, i in self._addrs():
            if addr in i.network and (best is None or i.network.prefixlen > best[1].network.prefixlen):
                best = (dev, i)
        if best is None:
            return None
        return best[0].name, addr, best[1].ip

    def neighbour(self, addr) -> tuple[str, bool] | None:
        n = self.nd.neigh.get(str(addr))
        return (n[1], False) if n is not None else None

    def learn(self, ifname: str, addr, mac: str) -> None:
        old = self.nd.neigh.get(str(addr))
        if old is not None and len(old) > 2 and old[2]:
            return                     # a static entry (arp -s) stays as it was set
        self.nd.neigh[str(addr)] = (ifname, mac)

    def routed(self, addr) -> None:
        pass


@dataclass
class ExternalLeg:
    ifname: str
    network: str
    address: object                    # ip_interface
    mac: str
    vlan: int = 1


@dataclass
class ExternalNode:
    """A machine outside the simulated hosts: a router, a server on a switch port. It may have
    more interfaces (`legs`: a router between two of the world's networks), forward between
    them, and listen on TCP ports (an ssh server on 22)."""
    name: str
    network: str
    address: object                    # ip_interface
    mac: str
    vlan: int = 1
    gateway: object = None
    ifname: str = "eth0"
    kind: str = "external"
    forwarding: bool = False
    neigh: dict = field(default_factory=dict)
    legs: list = field(default_factory=list)       # more interfaces: ExternalLeg
    listen: tuple = ()                 # TCP ports with a server behind them

    @property
    def host(self) -> str:
        return self.name

    @property
    def key(self):
        return self

    @functools.cached_property
    def _all_legs(self) -> list:
        return [ExternalLeg(self.ifname, self.network, self.address, self.mac, self.vlan), *self.legs]

    def interfaces(self) -> list:
        """Every interface, the declared address's first (the walk asks on every hop: made
        once, after externals() has added the legs)."""
        return self._all_legs

    def owns(self, addr) -> bool:
        return any(addr == leg.address.ip for leg in self.interfaces())

    def addresses(self):
        return [(leg.ifname, leg.address.ip) for leg in self.interfaces()]

    def route(self, addr):
        for leg in self.interfaces():
            if addr in leg.address.network:
                return leg.ifname, addr, leg.address.ip
        if self.gateway is not None:
            leg = next((g for g in self.interfaces() if self.gateway in g.address.network), self.interfaces()[0])
            return leg.ifname, self.gateway, leg.address.ip
        return None

    def neighbour(self, addr) -> tuple[str, bool] | None:
        mac = self.neigh.get(str(addr))
        return (mac, False) if mac else None

    def learn(self, ifname: str, addr, mac: str) -> None:
        self.neigh[str(addr)] = mac

    def routed(self, addr) -> None:
        pass


def externals(world) -> list[ExternalNode]:
    made = getattr(world, "_externals", None)
    if made is None:
        made = []
        for e in world.decl.get("externals") or []:
            gw = e.get("gateway")
            node = ExternalNode(e["name"], e["network"], ipaddress.ip_interface(e["address"]),
                                _external_mac(world, e, e["name"]), int(e.get("vlan", 1)),
                                ipaddress.ip_address(gw) if gw else None,
                                forwarding=bool(e.get("forwarding", False)),
                                listen=tuple(int(p) for p in e.get("listen", ())))
            for i, leg in enumerate(e.get("interfaces") or [], start=1):
                node.legs.append(ExternalLeg(leg.get("name", f"eth{i}"), leg["network"],
                                             ipaddress.ip_interface(leg["address"]),
                                             _external_mac(world, leg, f"{e['name']}/{i}"), int(leg.get("vlan", 1))))
            made.append(node)
        world._externals = made
    return made


def _external_mac(world, decl: dict, key: str) -> str:
    mac = decl.get("mac")
    if not mac:
        r = world.streams.fixed("external-mac", key)
        mac = int_to_mac(0x001B21000000 + r.randrange(1 << 24))   # an Intel block  # unverified choice
    return mac.lower()
