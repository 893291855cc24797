"""What snoop and tcpdump share: the names a capture prints for addresses, the filter
expressions both languages build on (primitives and and/or/not), the capture file kept in the
virtual file system, and the foreground frame a live capture runs in until Ctrl-C or its count.

A capture is a tap of the world (vshell/model/capture.py): the walk shows it every frame that
crosses its link. The tool renders each one as it arrives, in the foreground frame or, for a
background job (`snoop -d eri0 &`, vshell/commands/jobs.py), through Session.notify, so the
lines fall among the output of the commands that caused them."""
from __future__ import annotations

import ipaddress
import json

from vshell.frames import Frame
from vshell.model import packets

# a capture file is the tool's magic, then one JSON record a line: not the real bytes, but
# `cat` shows something and -i/-r read it back
SNOOP_MAGIC = "snoop\0\0\0\0\0\0\x02\0\0\0\x04"      # "snoop\0\0\0", version 2, DL_ETHER (snoop_capture.c)
PCAP_MAGIC = "\xd4\xc3\xb2\xa1\x02\0\x04\0"        # pcap's little-endian magic, version 2.4


# names ---------------------------------------------------------------------------------------------
def namer(ctx):
    """addr -> the name the host's resolver gives it (its own addresses are its node name, the
    world's hosts and machines on networks it shares by their names), or None."""
    table: dict[str, str] = {}
    host = ctx.host
    machine = host.global_host or host
    world = ctx.world
    mine = [n for n in world.networks.values() if machine.name in n.members]
    for net in mine:
        for name, addr in net.members.items():
            table.setdefault(str(addr).split("/")[0], name)
    try:
        from vshell.model.nodes import externals
        for e in externals(world):
            if any(n.name == e.network for n in mine):
                table.setdefault(str(e.address.ip), e.name)
    except Exception:                                        # a world without externals
        pass
    own = _own_addresses(host)

    def name(addr) -> str | None:
        if addr.is_loopback:
            return "localhost"
        if str(addr) in own:
            return host.node
        return table.get(str(addr))
    return name


def _own_addresses(host) -> set[str]:
    out: set[str] = set()
    if host.has_netdevs:
        for d in host.netdevs.ordered():
            out.update(a.address.split("/")[0] for a in d.addrs)
    elif host.has_ip and host.ip is not None:
        out.update(str(a) for a in host.ip.addresses(4))
    return out


# filters -------------------------------------------------------------------------------------------
class FilterError(Exception):
    def __init__(self, kind: str, token: str = ""):
        self.kind, self.token = kind, token
        super().__init__(kind)


PROTOS = {"icmp": packets.ICMP, "tcp": packets.TCP, "udp": packets.UDP}
SERVICES = {"ssh": 22, "telnet": 23, "ftp": 21, "smtp": 25, "domain": 53, "http": 80, "www": 80,
            "ntp": 123, "https": 443, "sunrpc": 111, "bootps": 67, "bootpc": 68, "tftp": 69}


def compile_filter(words: list[str], resolve, implicit_and: bool, host_ip_only: bool = False):
    """A filter expression -> predicate(Wire) or None for no expression. `resolve(name)` gives
    an address or None. snoop's `host` matches IP packets only (snoop_filter.c ipaddr_match
    checks the IP ethertype); tcpdump's matches ARP's addresses too. Raises FilterError(kind, token): 'resolve' (an unknown host),
    'port' (an unknown port name), 'syntax'."""
    tokens: list[str] = []
    for w in words:
        for part in w.replace("(", " ( ").replace(")", " ) ").replace("!", " ! ").split():
            tokens.append(part)
    if not tokens:
        return None
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def take():
        t = peek()
        pos[0] += 1
        return t

    def expr():
        left = conj()
        while peek() in ("or", "||", ","):
            take()
            right = conj()
            left = (lambda a, b: lambda w: a(w) or b(w))(left, right)
        return left

    def conj():
        left = unary()
        while True:
            t = peek()
            if t in ("and", "&&"):
                take()
            elif not (implicit_and and t is not None and t not in ("or", "||", ",", ")")):
                return left
            right = unary()
            left = (lambda a, b: lambda w: a(w) and b(w))(left, right)

    def unary():
        t = peek()
        if t in ("not", "!"):
            take()
            inner = unary()
            return lambda w: not inner(w)
        if t == "(":
            take()
            inner = expr()
            if take() != ")":
                raise FilterError("paren", peek() or "")
            return inner
        return primitive()

    def primitive():
        t = take()
        if t is None:
            raise FilterError("syntax", "")
        way = "any"
        if t in ("src", "from", "dst", "to"):
            way = "src" if t in ("src", "from") else "dst"
            t = take()
            if t is None:
                raise FilterError("syntax", "")
        if t in PROTOS:
            proto = PROTOS[t]
            return lambda w: isinstance(w.body, packets.Packet) and w.body.proto == proto
        if t == "arp":
            return lambda w: isinstance(w.body, packets.Arp)
        if t == "ip":
            return lambda w: isinstance(w.body, packets.Packet)
        if t == "broadcast":
            return lambda w: w.dst_mac.lower() == "ff:ff:ff:ff:ff:ff"
        if t in ("port", "srcport", "dstport"):
            if t != "port":
                way = "src" if t == "srcport" else "dst"
            name = take()
            if name is None:
                raise FilterError("syntax", "")
            port = int(name) if name.isdigit() else SERVICES.get(name)
            if port is None:
                raise FilterError("port", name)
            return _port(port, way)
        if t == "net":
            text = take() or ""
            try:
                net = ipaddress.ip_network(text if "/" in text else _classful(text), strict=False)
            except ValueError:
                raise FilterError("resolve", text) from None
            return _addr(lambda a: a in net, way, host_ip_only)
        if t == "host":
            t = take()
            if t is None:
                raise FilterError("syntax", "")
        addr = resolve(t)
        if addr is None:
            raise FilterError("resolve", t)
        return _addr(lambda a: a == addr, way, host_ip_only)

    pred = expr()
    if peek() is not None:
        raise FilterError("syntax", peek())
    return pred


def _classful(text: str) -> str:
    parts = [p for p in text.split(".") if p]
    return ".".join(parts + ["0"] * (4 - len(parts))) + "/" + str(8 * len(parts))


def _addr(match, way: str, ip_only: bool = False):
    def pred(w) -> bool:
        b = w.body
        if isinstance(b, packets.Packet):
            src, dst = b.src, b.dst
        elif ip_only:
            return False
        else:
            src, dst = b.sender_ip, b.target_ip
        return (way != "dst" and match(src)) or (way != "src" and match(dst))
    return pred


def _port(port: int, way: str):
    def pred(w) -> bool:
        b = w.body
        if not isinstance(b, packets.Packet) or b.proto not in (packets.TCP, packets.UDP):
            return False
        return (way != "dst" and b.sport == port) or (way != "src" and b.dport == port)
    return pred


# capture files -------------------------------------------------------------------------------------
def dump(magic: str, frames, stamps) -> str:
    lines = [magic]
    for w, t in zip(frames, stamps):
        lines.append(json.dumps(_record(w, t), sort_keys=True))
    return "\n".join(lines) + "\n"


def append(magic: str, existing: str, wire, stamp) -> str:
    if not existing:
        existing = magic + "\n"
    return existing + json.dumps(_record(wire, stamp), sort_keys=True) + "\n"


def load(magic: str, text: str):
    """-> [(Wire, stamp)] or None when the text is not such a file."""
    if not text.startswith(magic + "\n"):
        return None
    out = []
    for line in text[len(magic) + 1:].splitlines():
        if not line.strip():
            continue
        try:
            out.append(_wire(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            return None
    return out


def _record(w, stamp: float) -> dict:
    b = w.body
    rec = {"t": stamp, "host": w.host, "link": w.link, "src": w.src_mac, "dst": w.dst_mac,
           "vlan": w.vlan, "zone": w.zone}
    if isinstance(b, packets.Arp):
        rec["arp"] = [b.op, str(b.sender_ip), b.sender_mac, str(b.target_ip), b.target_mac]
    else:
        rec["ip"] = [b.proto, str(b.src), str(b.dst), b.sport, b.dport, b.ttl, b.payload,
                     b.icmp_type, b.icmp_code, b.seq, b.ack, b.flags, b.window, b.ident]
    return rec


def _wire(rec: dict):
    ip = ipaddress.ip_address
    if "arp" in rec:
        op, sip, smac, tip, tmac = rec["arp"]
        body = packets.Arp(op, ip(sip), smac, ip(tip), tmac)
    else:
        (proto, src, dst, sport, dport, ttl, payload, itype, icode, seq, ack, flags, win,
         ident) = rec["ip"]
        body = packets.Packet(proto, ip(src), ip(dst), sport, dport, ttl, payload, itype, icode,
                              seq, ack, flags, win, ident)
    w = packets.Wire(rec["t"], rec["host"], rec["link"], rec["src"], rec["dst"], body,
                     rec.get("vlan"), rec.get("zone", ""))
    return w, rec["t"]


# timestamps ----------------------------------------------------------------------------------------
class Stamper:
    """Wall-clock seconds for each frame: the world's epoch plus the frame's virtual time; frames
    of one instant (a walk takes no virtual time) are spread by a few tens of microseconds drawn
    from the seed, so the times read as a real trace does and replay the same."""

    def __init__(self, world, key: str):
        self.world, self.key = world, key
        self.last: float | None = None

    def __call__(self, wire) -> float:
        base = self.world.clock.epoch + wire.when
        if self.last is not None and base <= self.last:
            r = self.world.streams.stream("capture", self.key)
            base = self.last + r.randint(18, 95) / 1e6
        self.last = base
        return round(base, 6)


# a live capture ------------------------------------------------------------------------------------
class Live:
    """What snoop and tcpdump share while their tap is open: where it runs (the foreground frame
    or a background job), saving a frame to the capture file, closing, and ending at the count
    (`finish` prints what the tool says then)."""

    magic = ""
    cap = frame = job = None
    count = maxcount = 0
    status = 0

    def saved(self, name: str, why, bad: str):
        """The frames of a capture file (-i / -r), or the tool's refusal through `fail`:
        `why(errno code)` when it cannot be read, `bad` when it is not the tool's format."""
        from vshell.model.vfs import FsError
        ctx = self.ctx
        try:
            text = ctx.fs.read(ctx.path(name), ctx.cred)
        except FsError as e:
            self.fail(why(e.code))
        frames = load(self.magic, text)
        if frames is None:
            self.fail(bad)
        return frames

    def attach(self, shell) -> None:
        self.job = shell.background
        if self.job is not None:
            self.job.runner = self
        else:
            self.foreground(shell)

    def foreground(self, shell) -> None:
        self.job = None
        self.frame = CaptureFrame(self.session, shell, self)
        self.session.push(self.frame)

    def save(self, wire, stamp: float) -> None:
        fs = self.ctx.fs
        try:
            old = fs.read(self.path)
        except Exception:               # removed while the capture writes it: start again
            old = ""
        fs.write(self.path, append(self.magic, old, wire, stamp))

    def close(self) -> None:
        if self.cap is not None:
            self.world.taps.close(self.cap)
            self.cap = None

    def counted(self) -> None:
        """After each frame: at the count the capture ends, as if it had exited."""
        if not (self.maxcount and self.count >= self.maxcount):
            return
        self.close()
        self.finish()
        if self.frame is not None:
            self.frame.end()
            self.frame.shell.last_status = 0
        elif self.job is not None:
            from vshell.commands import jobs
            jobs.finished(self.job_shell, self.job)

    @property
    def job_shell(self):
        return self.ctx.shell

    def finish(self) -> None:
        raise NotImplementedError


# the foreground ------------------------------------------------------------------------------------
class CaptureFrame(Frame):
    """A capture in the foreground: no prompt; each frame it sees is printed as it arrives; Ctrl-C
    ends it (the tool's `finish` says what it prints then), and so does reaching its count."""

    context = "capture"

    def __init__(self, session, shell, tool):
        super().__init__(session)
        self.shell, self.tool = shell, tool

    def prompt(self) -> str:
        return ""

    def handle(self, line: str, out) -> None:
        """A line typed while the capture runs goes to the tool, which does not read it."""
        out.status = 0

    def interrupt(self, out) -> None:
        self.tool.stop(out.out, out.err)
        self.end()
        out.status = self.shell.last_status = self.tool.status

    def eof(self, out) -> None:
        out.status = 0                    # the capture does not read its input

    def end(self) -> None:
        self.session.pop(self)
