"""What the data plane carries: an IP packet (with its transport header) and a frame as it
crosses one datalink, for the walk (walk.py), NAT (ipfilter.py) and capture (capture.py).

A packet is a value: NAT makes a rewritten copy (`replace`), so the original a command sent is
still there to compare with what arrived."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

ICMP, TCP, UDP = "icmp", "tcp", "udp"
PROTO_NUMBERS = {ICMP: 1, TCP: 6, UDP: 17}
ECHO_REQUEST, ECHO_REPLY, UNREACHABLE, TIME_EXCEEDED = 8, 0, 3, 11

ETH_HEADER = 14
IP_HEADER = 20
TCP_HEADER = 20                     # without options
UDP_HEADER = 8
ICMP_HEADER = 8


@dataclass(frozen=True)
class Packet:
    proto: str                      # icmp tcp udp
    src: object                     # ipaddress.IPv4Address
    dst: object
    sport: int = 0                  # TCP/UDP ports; for ICMP echo, sport is the identifier
    dport: int = 0
    ttl: int = 64
    payload: int = 56               # bytes of data after the transport header
    icmp_type: int = ECHO_REQUEST
    icmp_code: int = 0
    seq: int = 0                    # ICMP echo sequence; TCP sequence number
    ack: int = 0                    # TCP acknowledgement number
    flags: str = ""                 # TCP flags, tcpdump's letters: S, S., ., P., F., R
    window: int = 0
    ident: int = 0                  # the IP header's identification

    def replace(self, **changes) -> "Packet":
        return dataclasses.replace(self, **changes)

    @property
    def transport(self) -> int:
        return {TCP: TCP_HEADER, UDP: UDP_HEADER}.get(self.proto, ICMP_HEADER)

    @property
    def length(self) -> int:
        """The IP datagram's total length."""
        return IP_HEADER + self.transport + self.payload

    @property
    def frame_size(self) -> int:
        return ETH_HEADER + self.length

    @property
    def echo(self) -> bool:
        return self.proto == ICMP and self.icmp_type in (ECHO_REQUEST, ECHO_REPLY)

    def reply(self, **changes) -> "Packet":
        """The answer's header: addresses and ports swapped (an echo reply for an echo)."""
        base = dict(src=self.dst, dst=self.src, sport=self.dport, dport=self.sport, ident=0)
        if self.echo:
            base.update(sport=self.sport, dport=self.dport, icmp_type=ECHO_REPLY)
        base.update(changes)
        return self.replace(**base)


def echo(src, dst, ident: int = 0, seq: int = 0, payload: int = 56, ttl: int = 64) -> Packet:
    return Packet(ICMP, src, dst, sport=ident, seq=seq, payload=payload, ttl=ttl)


@dataclass(frozen=True)
class Arp:
    op: int                         # 1 request, 2 reply
    sender_ip: object
    sender_mac: str
    target_ip: object
    target_mac: str = "00:00:00:00:00:00"

    @property
    def frame_size(self) -> int:
        return 42


@dataclass(frozen=True)
class Wire:
    """One frame seen on one datalink: what snoop or tcpdump on that link prints."""
    when: float                     # virtual clock seconds
    host: str                       # the machine (global zone's host) the link is on
    link: str                       # the datalink or netdev name there
    src_mac: str
    dst_mac: str
    body: object                    # Packet or Arp
    vlan: int | None = None         # the 802.1Q tag on this link, None when untagged
    zone: str = ""                  # the zone the link belongs to, "" for the global zone

    @property
    def size(self) -> int:
        return self.body.frame_size + (4 if self.vlan else 0)
