"""Packet capture: the taps snoop and tcpdump open on a datalink, and the frames the walk
(walk.py) shows them as they cross it. A capture outlives the command that reads it (a
background `snoop -o` or `tcpdump -w`), so it lives in the world, not in a session."""
from __future__ import annotations

from dataclasses import dataclass, field

from typing import TYPE_CHECKING

if TYPE_CHECKING:                      # the packets module is not needed until a frame is seen
    from vshell.model.packets import Wire


@dataclass(eq=False)
class Capture:
    host: str                          # the machine the link is on (a zone's global host)
    link: str                          # a datalink (Solaris) or netdev (Linux); "" = every link
    zone: str = ""                     # the zone that opened it ("" = the global zone)
    started: float = 0.0
    frames: list[Wire] = field(default_factory=list)
    keep: object = None                # a filter: Wire -> bool (the tool's expression), or None
    listener: object = None            # called with each kept Wire (live output), or None
    limit: int | None = None           # stop after this many frames (-c)
    received: int = 0                  # frames the filter passed (tcpdump's "received by filter")
    _last: dict = field(default_factory=dict)   # (host, link) -> the body last seen there

    def fresh(self, wire: Wire) -> bool:
        """The walk may show one frame twice on one link (the sender's link and the NIC edge
        under it share a name): a frame is its body object, so the second sighting is the same
        frame and is not captured again."""
        key = (wire.host, wire.link, wire.vlan)
        if self._last.get(key) is wire.body:
            return False
        self._last[key] = wire.body
        return True

    def wants(self, wire: Wire) -> bool:
        if wire.host != self.host or (self.link and wire.link != self.link):
            return False
        if self.zone and wire.zone != self.zone:
            return False                  # a zone sees only its own links
        if self.limit is not None and len(self.frames) >= self.limit:
            return False
        return self.keep is None or bool(self.keep(wire))


class Taps:
    def __init__(self):
        self.captures: list[Capture] = []

    def __bool__(self) -> bool:
        return bool(self.captures)

    def open(self, host: str, link: str, zone: str = "", now: float = 0.0, **kw) -> Capture:
        cap = Capture(host, link, zone, now, **kw)
        self.captures.append(cap)
        return cap

    def close(self, cap: Capture) -> None:
        if cap in self.captures:
            self.captures.remove(cap)

    def see(self, wire: Wire) -> None:
        for cap in list(self.captures):
            if cap.wants(wire) and cap.fresh(wire):
                cap.received += 1
                cap.frames.append(wire)
                if cap.listener is not None:
                    cap.listener(wire)
