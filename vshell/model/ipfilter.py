"""IP Filter NAT in one IP instance: the loaded rules (map, bimap, map-block, rdr), the active
sessions they made, and the kernel's counters, on the virtual clock.

The walk (walk.py) hands every packet that leaves or enters an interface of a stack whose
IP Filter runs to `outbound`/`inbound`; they return the packet as NAT leaves it. A session holds
three address/port pairs: `inside` (the private end), `outside` (what the world sees) and
`remote` (the far end). Leaving, a packet from inside to remote gets the outside source;
arriving, a packet from remote to outside gets the inside destination. rdr sessions are the
same three pairs made by an arriving packet.

Semantics follow IP Filter 4.1 as in illumos (ip_nat.c); docs/facts/ipfilter.md has the
sources. Rule text (ipnat.conf) is read by ipnat_conf.py, and printed by the ipnat command."""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from vshell.model.errors import ModelError
from vshell.model.packets import ICMP, TCP, UDP, Packet

FMRI = "svc:/network/ipfilter:default"
BLOCK_PORTS = 64512                   # ports 1024-65535 that auto portmap and map-block share out
MAPBLOCK_MIN = 1024                   # their first port (MAPBLK_MINPORT)
IPNAT_CONF = "/etc/ipf/ipnat.conf"
IPF_CONF = "/etc/ipf/ipf.conf"

# Session timeouts in seconds, from the kernel's queues (half-second ticks; docs/facts/ipfilter.md
# §4.5-4.6): a new TCP session waits on LISTEN's 120 s, an established one five days, one side
# closing (FIN_WAIT_1, CLOSE_WAIT) two hours, and after an orderly close or a reset LAST_ACK's or
# CLOSED's 120 s, so a closed connection lingers two minutes in `ipnat -l`.
TCP_IDLE = 432000
TCP_HALF_OPEN = 120
TCP_CLOSING = 7200
TCP_CLOSED = 120
UDP_TIMEOUT = 600                     # fr_defnatage
ICMP_TIMEOUT = 3                      # fr_defnaticmpage


class NatError(ModelError):
    """code: EXISTS (the rule is loaded already), ESRCH (no such rule to remove)."""


@dataclass(eq=False)
class NatRule:
    kind: str                          # map bimap map-block rdr
    ifname: str
    src: object                        # map*: the inside network; rdr: the destination it takes
    dst: object = None                 # map*: the outside network (0/32: the interface's address)
    targets: tuple = ()                # rdr: the inside addresses it sends to
    proto: str = ""                    # tcp udp tcp/udp, or "" (any)
    pmin: int = 0                      # map: portmap range; rdr: the ports it takes
    pmax: int = 0
    pto: int = 0                       # rdr: the inside port
    auto: bool = False                 # portmap auto / ports auto
    ports: int = 0                     # map-block: ports per inside address
    portmap: bool = False
    proxy: tuple | None = None         # (port, label, proto)
    icmpidmap: tuple | None = None     # (lo, hi)
    round_robin: bool = False
    sequential: bool = False           # portmap: ports in turn rather than at random
    range: tuple | None = None         # map: `-> range a-b`
    filter: bool = False               # written with from/to
    to: object = None                  # map from/to: the destinations it takes
    not_to: bool = False
    from_: object = None               # rdr from/to: the sources it takes
    not_from: bool = False
    sport: tuple | None = None         # from ... port OP N
    dport: tuple | None = None         # to ... port OP N
    dip_mask: int | None = None        # rdr -> 0/32 or 0/0
    fixed: bool = False                # rdr `port = N`
    frag: bool = False
    sticky: bool = False
    mssclamp: int = 0
    tag: str = ""
    age: tuple | None = None           # `age n[/m]` in seconds: (forward, reverse)
    warnings: list = field(default_factory=list)
    line: int = 0
    hits: int = 0
    next_port: int = 0                 # in_pnext: the next port to try
    next_ip: int = 0                   # in_nip: the next outside address to try
    rr: int = 0                        # rdr round-robin position

    def key(self) -> tuple:
        """What makes two rules the same rule (ipnat -r removes by content)."""
        return (self.kind, self.ifname, self.src, self.dst, self.targets, self.proto, self.pmin, self.pmax,
                self.pto, self.auto, self.ports, self.portmap, self.proxy, self.icmpidmap, self.round_robin,
                self.sequential, self.range, self.to, self.not_to, self.from_, self.not_from, self.sport,
                self.dport, self.dip_mask, self.fixed, self.frag, self.sticky, self.mssclamp, self.tag, self.age)

    @property
    def tcpudp(self) -> bool:
        return self.proto in ("tcp", "udp", "tcp/udp")

    def takes_proto(self, proto: str) -> bool:
        """A rule that names tcp/udp (portmap, rdr's protocol) takes only those."""
        if not self.proto:
            return True
        if self.proto == "tcp/udp":
            return proto in (TCP, UDP)
        return proto == self.proto


@dataclass(eq=False)
class Session:
    kind: str                          # MAP RDR BIMAP MAP-BLOCK
    rule: NatRule
    proto: str
    ifname: str
    inside: tuple                      # (address, port)
    outside: tuple
    remote: tuple
    created: float
    expires: float
    state: tuple = (0, 0)              # TCP: (state seen from inside, from outside), see _tcp
    use: int = 1
    bytes: list = field(default_factory=lambda: [0, 0])   # [in, out]
    pkts: list = field(default_factory=lambda: [0, 0])


@dataclass
class Stats:
    mapped_in: int = 0
    mapped_out: int = 0
    added: int = 0
    expired: int = 0
    nomem: int = 0
    badnat: int = 0


class NatTable:
    def __init__(self):
        self.rules: list[NatRule] = []
        self.sessions: list[Session] = []     # oldest first; ipnat lists them newest first
        self.stats = Stats()
        self.enabled = False                  # IP Filter is running in this stack (ipf -E)
        self.enabled_at = 0.0                 # the clock when it started: its tick counter's zero
        self.rng = None                       # random portmap ports: a stream of the world's seed

    # rules ----------------------------------------------------------------------------------
    def find(self, rule: NatRule) -> NatRule | None:
        k = rule.key()
        return next((r for r in self.rules if r.key() == k), None)

    def add(self, rule: NatRule) -> None:
        if self.find(rule) is not None:
            raise NatError("EXISTS")
        if rule.kind != "rdr" and rule.portmap and rule.pmax < rule.pmin:
            raise NatError("EINVAL")
        rule.next_port = rule.pmin
        self.rules.append(rule)

    def remove(self, rule: NatRule) -> None:
        found = self.find(rule)
        if found is None:
            raise NatError("ESRCH")
        self.rules.remove(found)
        for s in [s for s in self.sessions if s.rule is found]:
            s.rule = None                  # sessions outlive their rule, as in the kernel

    def flush_rules(self) -> int:
        n = len(self.rules)
        self.rules.clear()
        return n

    def flush_sessions(self, now: float) -> int:
        self.expire(now)
        n = len(self.sessions)
        self.sessions.clear()
        return n

    def clear(self) -> None:
        """IP Filter disabled: nothing stays loaded."""
        self.rules.clear()
        self.sessions.clear()

    # sessions -------------------------------------------------------------------------------
    def expire(self, now: float) -> None:
        keep = [s for s in self.sessions if s.expires > now]
        self.stats.expired += len(self.sessions) - len(keep)
        self.sessions = keep

    def live(self, now: float) -> list[Session]:
        self.expire(now)
        return list(self.sessions)

    def outbound(self, ifname: str, own, pkt: Packet, now: float, effects: bool) -> Packet:
        """A packet leaving through `ifname` (whose address is `own`)."""
        if not (pkt.proto in (TCP, UDP) or pkt.echo):
            return pkt                     # ICMP errors, other protocols: not simulated
        self.expire(now)
        for s in self.sessions:
            if s.ifname == ifname and s.proto == pkt.proto and s.inside == (pkt.src, pkt.sport) \
                    and s.remote == (pkt.dst, _port(pkt)):
                return self._through(s, pkt, now, effects, out=True)
        for rule in self._map_rules(ifname, pkt):
            with _trial(self, effects):
                made = self._new_map(rule, ifname, own, pkt, now)
            if made is not None:
                return self._begin(made, pkt, now, effects, out=True)
        return pkt

    def inbound(self, ifname: str, pkt: Packet, now: float, effects: bool) -> Packet:
        """A packet arriving on `ifname`."""
        if not (pkt.proto in (TCP, UDP) or pkt.echo):
            return pkt
        self.expire(now)
        for s in self.sessions:
            if s.ifname == ifname and s.proto == pkt.proto and s.outside == (pkt.dst, _port(pkt)) \
                    and s.remote == (pkt.src, pkt.sport):
                return self._through(s, pkt, now, effects, out=False)
        for rule in self.rules:
            if rule.ifname != ifname:
                continue
            made = None
            if rule.kind == "rdr":
                with _trial(self, effects):
                    made = self._new_rdr(rule, ifname, pkt, now)
            elif rule.kind == "bimap" and pkt.dst in rule.dst:
                inside = _host_in(rule.src, int(pkt.dst) - int(rule.dst.network_address))
                made = Session("BIMAP", rule, pkt.proto, ifname, (inside, _port(pkt)), (pkt.dst, _port(pkt)),
                               (pkt.src, pkt.sport), now, now)
            if made is not None:
                return self._begin(made, pkt, now, effects, out=False)
        return pkt

    def _begin(self, made: Session, pkt: Packet, now: float, effects: bool, out: bool) -> Packet:
        """A rule made a session for this packet: the kernel keeps it (a look without effects
        only learns how the packet would leave)."""
        if effects:
            made.rule.hits += 1
            self.sessions.append(made)
            self.stats.added += 1
        return self._through(made, pkt, now, effects, out)

    def _map_rules(self, ifname: str, pkt: Packet):
        """The outbound rules that may take this packet, most specific source first (the kernel
        looks its map rules up by source mask, longest first), in load order within a mask."""
        cands = [r for r in self.rules if r.kind != "rdr" and r.ifname == ifname
                 and pkt.src in r.src and r.takes_proto(pkt.proto)]
        return sorted(cands, key=lambda r: -r.src.prefixlen)

    def _taken(self, proto: str, addr, port: int) -> bool:
        """An outside address and port in use: vshell never gives one to two sessions (the
        kernel's own test also looks at the remote end; this is the stricter one)."""
        return any(s.proto == proto and s.outside == (addr, port) for s in self.sessions)

    def _new_map(self, rule: NatRule, ifname: str, own, pkt: Packet, now: float) -> Session | None:
        if rule.kind == "map-block":
            return self._new_block(rule, ifname, pkt, now)
        if rule.filter and rule.to is not None and (pkt.dst in rule.to) == rule.not_to:
            return None
        kind = {"map": "MAP", "bimap": "BIMAP"}[rule.kind]
        sport = pkt.sport
        if rule.range is not None:
            lo, hi = (int(a) for a in rule.range)
            out_ip = type(pkt.src)(lo + rule.next_ip % (hi - lo + 1))
            rule.next_ip += 1
        elif rule.dst.prefixlen == 32 and int(rule.dst.network_address) == 0:
            if own is None:
                return None
            out_ip = own                   # 0/32: the outgoing interface's own address
        elif rule.dst.prefixlen == 0:
            out_ip = pkt.src               # 0/0: the source is kept
        elif rule.kind == "bimap" or rule.dst.prefixlen == rule.src.prefixlen:
            out_ip = _host_in(rule.dst, int(pkt.src) - int(rule.src.network_address))
        else:
            out_ip = self._next_address(rule)
        tcpudp = pkt.proto in (TCP, UDP)
        if rule.portmap and tcpudp:
            port = self._auto_port(rule, pkt, out_ip) if rule.auto else self._range_port(rule, pkt.proto, out_ip)
            if port is None:
                self.stats.badnat += 1
                return None
            sport = port
        elif tcpudp and self._taken(pkt.proto, out_ip, sport):
            self.stats.badnat += 1
            return None
        return Session(kind, rule, pkt.proto, ifname, (pkt.src, pkt.sport), (out_ip, sport),
                       (pkt.dst, _port(pkt)), now, now)

    def _next_address(self, rule: NatRule):
        """map onto a network: its host addresses in turn (in_nip)."""
        net = rule.dst
        if net.prefixlen >= 31:
            return net.network_address
        hosts = net.num_addresses - 2
        addr = net.network_address + 1 + (rule.next_ip % hosts)
        rule.next_ip += 1
        return addr

    def _range_port(self, rule: NatRule, proto: str, out_ip) -> int | None:
        """portmap LO:HI: a random port of the range, or the next in turn with `sequential`."""
        lo, hi = rule.pmin, rule.pmax
        span = hi - lo + 1
        for _ in range(span):
            if rule.sequential:
                port = rule.next_port if lo <= rule.next_port <= hi else lo
            else:
                port = lo + self.rng.randrange(span)
            rule.next_port = rule.next_port + 1 if rule.next_port < hi else lo
            if not self._taken(proto, out_ip, port):
                return port
        return None

    def _auto_port(self, rule: NatRule, pkt: Packet, out_ip) -> int | None:
        """portmap auto: each inside address owns a block of ports (nat_setgroupmap), and the
        port is the original one folded into that block:
        ((sport + try) % ports-per-address) + ports-per-address * (src % addresses-per-IP) + 1024."""
        ippip, ppip = _groupmap(rule)
        for attempt in range(ppip):
            port = (pkt.sport + attempt) % ppip + ppip * (int(pkt.src) % ippip) + MAPBLOCK_MIN
            if not self._taken(pkt.proto, out_ip, port):
                return port
        return None

    def _new_block(self, rule: NatRule, ifname: str, pkt: Packet, now: float) -> Session | None:
        """map-block: each inside address owns `ports` ports of one outside address."""
        ippip, ppip = _groupmap(rule)
        offset = int(pkt.src) & ~int(rule.src.netmask) & 0xFFFFFFFF
        out_ip = rule.dst.network_address + ((offset // ippip) & ~int(rule.dst.netmask) & 0xFFFFFFFF)
        port = pkt.sport
        if pkt.proto in (TCP, UDP):
            for attempt in range(ppip):
                port = (pkt.sport + attempt) % ppip + ppip * (offset % ippip) + MAPBLOCK_MIN
                if not self._taken(pkt.proto, out_ip, port):
                    break
            else:
                self.stats.badnat += 1
                return None
        return Session("MAP-BLOCK", rule, pkt.proto, ifname, (pkt.src, pkt.sport), (out_ip, port),
                       (pkt.dst, _port(pkt)), now, now)

    def _new_rdr(self, rule: NatRule, ifname: str, pkt: Packet, now: float) -> Session | None:
        if pkt.dst not in rule.src or not rule.takes_proto(pkt.proto):
            return None
        if rule.filter and rule.from_ is not None and (pkt.src in rule.from_) == rule.not_from:
            return None
        if rule.pmin and not (pkt.proto in (TCP, UDP) and rule.pmin <= pkt.dport <= rule.pmax):
            return None
        if rule.dip_mask is not None:
            return None                    # -> 0/32, 0/0: not simulated  # unverified use
        target = rule.targets[rule.rr % len(rule.targets)]
        rule.rr += 1                       # a,b alternate; round-robin rules take turns
        port = pkt.dport
        if rule.pto and pkt.proto in (TCP, UDP):
            port = rule.pto if rule.fixed or rule.pmin == rule.pmax else pkt.dport - rule.pmin + rule.pto
        if pkt.proto in (TCP, UDP) and any(s.proto == pkt.proto and s.inside == (target, port)
                                           and s.remote == (pkt.src, pkt.sport) for s in self.sessions):
            self.stats.badnat += 1
            return None
        return Session("RDR", rule, pkt.proto, ifname, (target, port), (pkt.dst, pkt.dport),
                       (pkt.src, pkt.sport), now, now)

    def _through(self, s: Session, pkt: Packet, now: float, effects: bool, out: bool) -> Packet:
        if effects:
            side = 1 if out else 0
            s.pkts[side] += 1
            s.bytes[side] += pkt.length
            if out:
                self.stats.mapped_out += 1
            else:
                self.stats.mapped_in += 1
            s.state = _tcp(s.state, pkt, out) if pkt.proto == TCP else s.state
            s.expires = now + _timeout(s, pkt)
        if out:
            return pkt.replace(src=s.outside[0], sport=s.outside[1])
        if pkt.echo:
            return pkt.replace(dst=s.inside[0])
        return pkt.replace(dst=s.inside[0], dport=s.inside[1])

    def snapshot(self) -> tuple:
        return (tuple(r.key() for r in self.rules), tuple((s.kind, s.inside, s.outside, s.remote) for s in self.sessions),
                repr(self.stats), self.enabled)


# TCP states as IP Filter keeps them per direction (ip_state.c's IPF_TCPS_*, abridged)
LISTEN, SYN_SENT, ESTABLISHED, FIN_WAIT, CLOSED = 0, 2, 4, 6, 10


def _tcp(state: tuple, pkt: Packet, out: bool) -> tuple:
    mine, theirs = state if out else (state[1], state[0])
    f = pkt.flags
    if "R" in f:
        mine = theirs = CLOSED
    elif "F" in f:
        mine = CLOSED if theirs >= FIN_WAIT else FIN_WAIT
        if theirs >= FIN_WAIT:
            theirs = CLOSED
    elif "S" in f:
        mine = max(mine, SYN_SENT)
        if "." in f:
            mine = theirs = max(theirs, ESTABLISHED) if theirs >= SYN_SENT else SYN_SENT
    elif mine < ESTABLISHED and theirs >= SYN_SENT:
        mine = theirs = ESTABLISHED
    return (mine, theirs) if out else (theirs, mine)


def _timeout(s: Session, pkt: Packet) -> float:
    age = s.rule.age if s.rule is not None and s.rule.age else None
    if s.proto == UDP:
        return age[1] if age else UDP_TIMEOUT
    if s.proto == ICMP:
        return age[1] if age else ICMP_TIMEOUT
    low = min(s.state)
    high = max(s.state)
    if low >= CLOSED:
        return TCP_CLOSED
    if high >= FIN_WAIT:
        return TCP_CLOSING
    if low >= ESTABLISHED:
        return age[0] if age else TCP_IDLE
    return TCP_HALF_OPEN


@contextlib.contextmanager
def _trial(table: NatTable, effects: bool):
    """A look without effects (the path tracer) leaves the rules' turn counters and the port
    generator as they were."""
    if effects:
        yield
        return
    saved = [(r, r.next_port, r.next_ip, r.rr) for r in table.rules]
    rng_state = table.rng.getstate() if table.rng is not None else None
    try:
        yield
    finally:
        for r, a, b, c in saved:
            r.next_port, r.next_ip, r.rr = a, b, c
        if rng_state is not None:
            table.rng.setstate(rng_state)


def _port(pkt: Packet) -> int:
    """The destination's port as a session keeps it: an echo's identifier names both ends."""
    return pkt.sport if pkt.echo else pkt.dport


def _groupmap(rule: NatRule) -> tuple[int, int]:
    """(inside addresses per outside address, ports per inside address), as nat_setgroupmap
    shares 64512 ports out: map-block `ports N` gives N each; otherwise the inside network is
    folded onto the outside one."""
    inside = (~int(rule.src.netmask)) & 0xFFFFFFFF
    outside = (~int(rule.dst.netmask)) & 0xFFFFFFFF
    if rule.kind == "map-block" and rule.ports:
        ppip = rule.ports
        return max(1, BLOCK_PORTS // ppip), ppip
    if rule.src.netmask == rule.dst.netmask:
        return 1, BLOCK_PORTS
    ippip = inside // (outside + 1) + 1
    return ippip, max(1, BLOCK_PORTS // ippip)


def _host_in(net, offset: int):
    return net.network_address + (offset % net.num_addresses)


# which stacks run it --------------------------------------------------------------------------
def table(stack, create: bool = True) -> NatTable | None:
    t = getattr(stack, "_nat", None)
    if t is None and create:
        t = stack._nat = NatTable()
    return t


def active(node) -> NatTable | None:
    """The NAT table the walk must consult at `node`, or None (IP Filter not running there, or
    nothing loaded: the kernel then skips NAT)."""
    stack = getattr(node, "stack", None)
    t = getattr(stack, "_nat", None) if stack is not None else None
    if t is None or not t.enabled or not (t.rules or t.sessions):
        return None
    return t


def start(os_host, clock, streams) -> str | None:
    """The ipfilter service's start method (/lib/svc/method/ipfilter): with neither ipf.conf nor
    ipnat.conf it exits without enabling IP Filter; otherwise IP Filter starts (ipf -E), NAT is
    flushed (ipnat -CF) and ipnat.conf loaded. -> None, or the parse error that puts the
    service in maintenance (the rules above it stay loaded)."""
    from vshell.model import ipnat_conf
    fs = os_host.fs
    if not fs.exists(IPF_CONF) and not fs.exists(IPNAT_CONF):
        return None
    t = table(os_host.ip)
    t.enabled, t.enabled_at = True, clock.now
    t.rng = streams.stream("nat-port", f"{os_host.name}/{os_host.zone}") if streams is not None else None
    t.rules.clear()
    t.sessions.clear()
    if not fs.exists(IPNAT_CONF):
        return None
    try:
        for rule, _ in ipnat_conf.parse(fs.read(IPNAT_CONF)):
            try:
                t.add(rule)
            except NatError:
                pass                       # the method's ipnat prints it to the SMF log
    except ipnat_conf.NatSyntax as e:
        return str(e)
    return None


def stop(os_host) -> None:
    """ipf -D: IP Filter stops and its NAT rules and sessions go."""
    t = table(os_host.ip, create=False) if os_host.ip is not None else None
    if t is not None:
        t.enabled = False
        t.clear()


def describe(way: str, old: Packet, new: Packet) -> str:
    """The path tracer's words for a translation."""
    def ap(a, p, proto):
        return f"{a}:{p}" if proto in (TCP, UDP) else str(a)
    if way == "out":
        return f"NAT source {ap(old.src, old.sport, old.proto)} -> {ap(new.src, new.sport, new.proto)}"
    return f"NAT destination {ap(old.dst, old.dport, old.proto)} -> {ap(new.dst, new.dport, new.proto)}"
