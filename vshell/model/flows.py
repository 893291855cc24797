"""TCP conversations over the walk (walk.py): a connection's handshake, a little data, and its
close, each segment a packet that walks the world, so NAT sessions (ipfilter.py), MAC tables,
counters and captures see what a real connection leaves.

How a failed connect ends is what the client's kernel tells it: no route of its own is
"unreachable" at once; a router's ICMP host unreachable, or no ARP answer on the sender's own
network (Linux), is "host unreachable"; silence is "timeout" after the OS's connect timeout;
a host that is there but has no listener answers with a reset, "refused"."""
from __future__ import annotations

from dataclasses import dataclass, field

from vshell.model import packets
from vshell.model.packets import TCP, Packet

OPEN, REFUSED, TIMEOUT, HOST_UNREACH, NET_UNREACH = "open", "refused", "timeout", "host-unreachable", "net-unreachable"
SSH_FMRI = "svc:/network/ssh:default"
WINDOW = {"solaris": 49640, "linux": 5840, "external": 65535}     # first SYN's window  # unverified


@dataclass
class Conn:
    result: str
    client: object                     # the node that connected
    server: object = None              # the node that answered (OPEN, REFUSED)
    syn: Packet | None = None          # the client's first segment, as it left
    seen: Packet | None = None         # that segment as the server took it in (after NAT)
    walks: list = field(default_factory=list)
    closed: bool = False

    @property
    def remote(self):
        """The peer's address and port as the server sees the client (after NAT)."""
        return (self.seen.src, self.seen.sport) if self.seen is not None else None


def listening(node, port: int) -> bool:
    """A TCP server behind this port on this node."""
    if node.kind == "external":
        return port in node.listen
    if port != 22:
        return False
    if node.kind == "linux":
        return True                       # sshd runs on every Linux host as installed  # unverified
    svc = node.os.services
    # an instance without an SMF model of its own (a zone) runs sshd as installed  # unverified
    return svc is None or svc.online(SSH_FMRI)


def ephemeral(world, node) -> int:
    """The client's source port: Solaris draws from 32768-65535 at random
    (tcp_smallest_anon_port), Linux from 32768-61000 (ip_local_port_range)."""
    r = world.streams.stream("ephemeral", f"{node.host}/{node.name}")
    return r.randrange(32768, 61001 if node.kind == "linux" else 65536)


def connect(plane, node, dst, dport: int) -> Conn:
    world = plane.world
    r = node.route(dst) if not node.owns(dst) else None
    if r is None and not node.owns(dst):
        return Conn(NET_UNREACH, node)
    own = r[2] if r is not None else dst
    isn = world.streams.stream("tcp-isn", node.name).randrange(1 << 32)
    syn = Packet(TCP, own, dst, ephemeral(world, node), dport, flags="S", payload=0, seq=isn,
                 window=WINDOW.get(node.kind, 65535))
    conn = Conn(TIMEOUT, node, syn=syn)
    there = plane.send(node, dst, packet=syn)
    conn.walks.append(there)
    if not there.delivered:
        if there.verdict == "NO_ARP_REPLY" and not there.routers and node.kind == "linux":
            conn.result = HOST_UNREACH
        elif there.verdict == "NO_ROUTE" and there.routers:
            router, ingress = there.routers[-1]
            err = Packet(packets.ICMP, ingress, there.packet.src, icmp_type=packets.UNREACHABLE,
                         icmp_code=1, payload=28)
            if ingress is not None and plane.send(router, err.dst, packet=err).delivered:
                conn.result = HOST_UNREACH
        return conn
    server, seen = there.reached, there.packet
    conn.server, conn.seen = server, seen
    if not listening(server, seen.dport):
        rst = seen.reply(flags="R.", seq=0, ack=seen.seq + 1, payload=0, window=0)
        if plane.send(server, rst.dst, packet=rst).delivered:
            conn.result = REFUSED
        return conn
    sisn = world.streams.stream("tcp-isn", server.name).randrange(1 << 32)
    synack = seen.reply(flags="S.", seq=sisn, ack=seen.seq + 1, payload=0, window=WINDOW.get(server.kind, 65535))
    back = plane.send(server, synack.dst, packet=synack)
    conn.walks.append(back)
    if not back.delivered:
        return conn
    conn.result = OPEN
    _segment(plane, conn, client=True, flags=".", length=0)
    return conn


def again(plane, node):
    """The same IP instance in another snapshot: a declared external is the same object in
    every snapshot; a Solaris or Linux instance is found by its OS host."""
    if node is None or node.kind == "external":
        return node
    return plane.node_of(node.os)


def _segment(plane, conn: Conn, client: bool, flags: str, length: int) -> bool:
    """One more segment of an open connection, from the client or the server."""
    base = conn.syn if client else conn.seen.reply()
    pkt = base.replace(flags=flags, payload=length, seq=base.seq + 1, ack=1)
    node = conn.client if client else conn.server
    return plane.send(node, pkt.dst, packet=pkt).delivered


def talk(plane, conn: Conn, exchanges) -> None:
    """Data both ways: (from_client, bytes) pairs, each acknowledged."""
    for from_client, length in exchanges:
        _segment(plane, conn, from_client, "P.", length)
        _segment(plane, conn, not from_client, ".", 0)


def close(plane, conn: Conn) -> None:
    """The client closes first, the server answers with its own FIN, the client acknowledges.
    `plane` may be a later snapshot than the one the connection was made in: both ends are
    found again in it (an end whose IP instance is gone sends nothing)."""
    if conn.result != OPEN or conn.closed:
        return
    conn.closed = True
    conn.client, conn.server = again(plane, conn.client), again(plane, conn.server)
    if conn.client is None or conn.server is None:
        return
    _segment(plane, conn, True, "F.", 0)
    _segment(plane, conn, False, "F.", 0)
    _segment(plane, conn, True, ".", 0)
