"""One layer-2 graph under the Solaris datalinks and the Linux netdevs.

Ports carry MAC addresses (a primary one and alternates), a port VLAN id and tagged VLAN ids;
segments (virtual switches, etherstubs, bridges, physical wires, networks) join ports and keep
a forwarding table. The data plane walks this one graph, whatever family built the pieces."""
from __future__ import annotations

from dataclasses import dataclass, field

from vshell.model.errors import Exists, NotFound

SEGMENT_KINDS = ("vswitch", "etherstub", "bridge", "wire", "network", "nic")   # nic: a MAC layer among a link's clients


def mac_to_int(mac: str) -> int:
    parts = mac.split(":")
    if len(parts) != 6:
        raise ValueError(mac)
    value = 0
    for p in parts:
        octet = int(p, 16)
        if not 0 <= octet <= 255:
            raise ValueError(mac)
        value = value << 8 | octet
    return value


def int_to_mac(value: int) -> str:
    return ":".join(f"{(value >> s) & 0xFF:02x}" for s in range(40, -8, -8))


@dataclass
class Port:
    id: str                      # unique in the world: "<host>/<name>"
    host: str
    name: str
    mac: str = ""
    alt_macs: list[str] = field(default_factory=list)
    pvid: int = 1
    vids: list[int] = field(default_factory=list)
    segment: str | None = None


@dataclass
class Segment:
    id: str
    kind: str
    host: str = ""
    name: str = ""
    ports: list[str] = field(default_factory=list)
    fdb: dict[tuple[int, str], str] = field(default_factory=dict)   # (vlan, mac) -> port id
    seen: dict[tuple[int, str], float] = field(default_factory=dict)  # when traffic last taught an entry


class L2Graph:
    def __init__(self):
        self.ports: dict[str, Port] = {}
        self.segments: dict[str, Segment] = {}
        self._mac_owner: dict[str, str] = {}      # MAC -> port id: MACs are unique in a world
        self._deferred: list = []                 # claims still to make (links made on first use)

    def defer(self, fn) -> None:
        """Run `fn` (which claims MACs) before the graph next answers about or takes a MAC."""
        self._deferred.append(fn)

    def _settle(self) -> None:
        while self._deferred:
            self._deferred.pop(0)()

    # MACs ---------------------------------------------------------------------------------
    def mac_in_use(self, mac: str) -> bool:
        self._settle()
        return mac.lower() in self._mac_owner

    def mac_owner(self, mac: str) -> str | None:
        self._settle()
        return self._mac_owner.get(mac.lower())

    def macs(self) -> set[str]:
        self._settle()
        return set(self._mac_owner)

    def claim_mac(self, mac: str, port_id: str) -> None:
        self._settle()
        mac = mac.lower()
        owner = self._mac_owner.get(mac)
        if owner is not None and owner != port_id:
            raise Exists("mac-in-use", mac=mac, owner=owner)
        self._mac_owner[mac] = port_id

    def release_mac(self, mac: str) -> None:
        self._mac_owner.pop(mac.lower(), None)

    # ports and segments --------------------------------------------------------------------
    def add_port(self, host: str, name: str, mac: str = "", **kw) -> Port:
        pid = f"{host}/{name}"
        if pid in self.ports:
            raise Exists("port-exists", port=pid)
        if mac:
            self.claim_mac(mac, pid)
        port = Port(pid, host, name, mac.lower(), **kw)
        for alt in port.alt_macs:
            self.claim_mac(alt, pid)
        self.ports[pid] = port
        return port

    def remove_port(self, pid: str) -> None:
        port = self.ports.pop(pid, None)
        if port is None:
            raise NotFound("port", port=pid)
        self.detach(port)
        for mac in [port.mac, *port.alt_macs]:
            if mac:
                self.release_mac(mac)

    def add_segment(self, sid: str, kind: str, host: str = "", name: str = "") -> Segment:
        if kind not in SEGMENT_KINDS:
            raise ValueError(kind)
        if sid in self.segments:
            raise Exists("segment-exists", segment=sid)
        seg = Segment(sid, kind, host, name or sid)
        self.segments[sid] = seg
        return seg

    def remove_segment(self, sid: str) -> None:
        seg = self.segments.pop(sid)
        for pid in seg.ports:
            self.ports[pid].segment = None

    def attach(self, port: Port, sid: str) -> None:
        self.detach(port)
        seg = self.segments[sid]
        seg.ports.append(port.id)
        port.segment = sid

    def detach(self, port: Port) -> None:
        if port.segment is not None:
            seg = self.segments.get(port.segment)
            if seg is not None:
                seg.ports.remove(port.id)
                for key in [k for k, v in seg.fdb.items() if v == port.id]:
                    del seg.fdb[key]
                    seg.seen.pop(key, None)
            port.segment = None

    def learn(self, sid: str, vlan: int, mac: str, pid: str, at: float | None = None) -> None:
        """An entry of the segment's table: programmed by a tool (`at` None), or taught by a
        frame that came in on port `pid` at time `at` (it ages from then)."""
        seg = self.segments[sid]
        key = (vlan, mac.lower())
        seg.fdb[key] = pid
        if at is not None:
            seg.seen[key] = at
        else:
            seg.seen.pop(key, None)

    def age(self, sid: str, now: float, limit: float) -> None:
        """Forget what traffic taught longer than `limit` seconds ago."""
        seg = self.segments.get(sid)
        if seg is None:
            return
        for key in [k for k, t in seg.seen.items() if now - t > limit]:
            seg.fdb.pop(key, None)
            del seg.seen[key]

    def neighbours(self, port: Port) -> list[Port]:
        if port.segment is None:
            return []
        return [self.ports[p] for p in self.segments[port.segment].ports if p != port.id]
