"""snoop on Solaris and illumos: the frames the data plane carries over a datalink, one summary
line each, as illumos usr/src/cmd/cmd-inet/usr.sbin/snoop prints them (docs/facts/capture.md).

- snoop.c show_pktinfo: `%12s -> %-12s ` (source and destination names) before the summary;
  -t a|r|d put the time first, -i reading a file numbers each frame (`%3d `) and times it;
  -V prints every layer's summary under a line of 32 underscores; -v is not simulated.
- snoop_arp.c `ARP C Who is %s ?` / `ARP R %s is %s` (printip: `addr, name`; the MAC as
  _link_ntoa writes it, without leading zeros); snoop_ether.c `(broadcast)`; snoop_icmp.c
  `ICMP Echo request (ID: %d Sequence number: %d)`; snoop_tcp.c `TCP D=%d S=%d` with the flags,
  `Ack=`, `Seq= Len=`, `Win=`; snoop_udp.c `UDP D=%d S=%d LEN=%d`; snoop_ip.c for -V.
- snoop_capture.c: `Using device %s (promiscuous mode)` on stderr, `cannot open "%s": %s`
  (libdlpi's words), `%d packets captured` when -c is reached; -o counts `\\r%d ` on stderr.
- SIGINT and SIGTERM end it quietly with status 0."""
from __future__ import annotations

from vshell.commands import capturing
from vshell.commands.getopt import OptError, getopt
from vshell.model import packets

OPTSTRING = "at:CPDSi:O:o:Nn:s:d:I:vVp:fc:x:U?rqz:Z"
USAGE_LINES = [
    ("", "\t[ -a ]                       # Listen to packets on audio"),
    ("", "\t[ -d link ]                  # Listen on named link"),
    ("", "\t[ -s snaplen ]               # Truncate packets"),
    ("I", "\t[ -I IP interface ]          # Listen on named IP interface"),
    ("", "\t[ -c count ]                 # Quit after count packets"),
    ("", "\t[ -P ]                       # Turn OFF promiscuous mode"),
    ("", "\t[ -D ]                       # Report dropped packets"),
    ("", "\t[ -S ]                       # Report packet size"),
    ("", "\t[ -i file ]                  # Read previously captured packets"),
    ("O", "\t[ -O prefix:count:size ]     # Capture packets in files"),
    ("", "\t[ -o file ]                  # Capture packets in file"),
    ("", "\t[ -n file ]                  # Load addr-to-name table from file"),
    ("", "\t[ -N ]                       # Create addr-to-name table"),
    ("", "\t[ -t  r|a|d ]                # Time: Relative, Absolute or Delta"),
    ("", "\t[ -v ]                       # Verbose packet display"),
    ("", "\t[ -V ]                       # Show all summary lines"),
    ("", "\t[ -p first[,last] ]          # Select packet(s) to display"),
    ("", "\t[ -x offset[,length] ]       # Hex dump from offset for length"),
    ("", "\t[ -C ]                       # Print packet filter code"),
    ("", "\t[ -q ]                       # Suppress printing packet count"),
    ("", "\t[ -r ]                       # Do not resolve address to name"),
    ("z", "\t[ -z zone ]\t\t# Open links from named zone"),
]
TCP_FLAGS = (("S", "Syn"), ("F", "Fin"), ("R", "Rst"), ("P", "Push"))


class Exit(Exception):
    def __init__(self, status: int):
        self.status = status


def usage(ctx) -> int:
    have = set(ctx.host.release.get("snoop_options") or "")
    lines = ["", "Usage:  snoop"] + [t for opt, t in USAGE_LINES if not opt or opt in have]
    lines += ["", "\t[ filter expression ]", "", "Example:", "\tsnoop -o saved  host fred", "",
              "\tsnoop -i saved -tr -v -p19"]
    ctx.err("\n".join(lines) + "\n")
    return 1


def main(ctx) -> int:
    try:
        opts, words = getopt(ctx.argv, OPTSTRING)
    except OptError as e:
        ctx.err(e.text + "\n")
        return usage(ctx)
    o: dict[str, str | None] = {}
    for k, v in opts:
        if k in ("-?", "-U", "-Z") or (k == "-z" and "z" not in (ctx.host.release.get("snoop_options") or "")):
            return usage(ctx)
        if (k == "-o" and "-o" in o) or (k in ("-d", "-I") and ("-d" in o or "-I" in o)):
            return usage(ctx)
        if k == "-t" and (v or " ")[0] not in "rad":
            return usage(ctx)
        o[k] = v
    for k in ("-a", "-O", "-I", "-x", "-C", "-N", "-n", "-z", "-v"):
        if k in o:
            from vshell.commands import not_simulated
            return not_simulated(ctx, f"snoop {k}")
    tool = Snoop(ctx, o)
    try:
        return tool.run(words)
    except Exit as e:
        return e.status


class Snoop(capturing.Live):
    magic = capturing.SNOOP_MAGIC

    def __init__(self, ctx, o):
        self.ctx, self.o = ctx, o
        self.session, self.shell, self.world = ctx.session, ctx.shell, ctx.world
        self.resolve = not ("-r" in o)
        self.names = capturing.namer(ctx)
        self.count = 0
        self.maxcount = _atoi(o.get("-c") or "0")
        self.status = 0
        self.cap = None
        self.frame = None
        self.job = None
        self.prev = None            # the previous frame's time (-t d), the first one's (-t r)
        self.first = None
        self.stamp = capturing.Stamper(self.world, f"snoop/{ctx.host.name}")
        self.tcp_all = ctx.host.release.get("snoop_tcp_flags", "all") == "all"

    # errors ------------------------------------------------------------------------------------------
    def fail(self, text: str):
        self.ctx.err(f"snoop: {text}\n")
        raise Exit(1)

    # the run -----------------------------------------------------------------------------------------
    def run(self, words) -> int:
        ctx, o = self.ctx, self.o
        if "-i" in o:
            return self.read(o["-i"], words)
        link = o.get("-d") or self.default_link()
        if not self.known_link(link):
            self.fail(f'cannot open "{link}": DLPI link does not exist')
        if ctx.user.uid != 0 and not ctx.as_root:
            # dlpi_open of a raw link needs net_rawaccess: DL_SYSERR, errno EACCES
            self.fail(f'cannot open "{link}": Permission denied')  # unverified: EACCES vs EPERM
        self.keep = self.compile(words)
        if "-o" in o:
            path = ctx.path(o["-o"])
            try:
                ctx.fs.write(path, capturing.SNOOP_MAGIC + "\n", owner=ctx.user.name, group=ctx.user.group)
            except Exception as e:
                from vshell.commands.errno import strerror
                self.fail(f"{o['-o']}: {strerror(getattr(e, 'code', 'eacces'), 'solaris')}")
            self.path = path
        shown = link if ctx.host.release.get("snoop_device", "link") == "link" else f"/dev/{link.rstrip('0123456789')}"
        ctx.err(f"Using device {shown} (promiscuous mode)\n")
        if "-o" in o and "-q" not in o:
            ctx.err("\r0 ")
        self.link = link
        host = ctx.host.global_host or ctx.host
        zone = "" if ctx.host.zone == "global" else ctx.host.zone
        self.cap = self.world.taps.open(host.name, link, zone, self.world.clock.now,
                                        keep=self.keep, listener=self.seen)
        self.attach(ctx.shell)
        return 0

    def default_link(self) -> str:
        """open_datalink: the first link plumbed for IP, else the first link."""
        host = self.ctx.host
        links = self._links()
        ip = host.ip if host.has_ip else None
        for name in links:
            if ip is not None and any(i.partition(":")[0] == name for i in _ifnames(ip)):
                return name
        if not links:
            self.fail("no datalinks found")
        self.ctx.err("snoop: WARNING: no datalinks plumbed for IP traffic\n")
        return links[0]

    def _links(self) -> list[str]:
        host = self.ctx.host
        if not host.has_links:
            return []
        zone = host.zone
        out = []
        for k in host.links.ordered():
            if k.zone == zone:
                out.append(k.name.rpartition("/")[2] if zone != "global" else k.name)
        return out

    def known_link(self, name: str) -> bool:
        return name in self._links()

    def compile(self, words):
        if not words:
            return None

        def resolve(text):
            from vshell.commands import ipcommon
            return ipcommon.resolve(self.ctx, text, 4)
        try:
            return capturing.compile_filter(words, resolve, implicit_and=True, host_ip_only=True)
        except capturing.FilterError as e:
            if e.kind == "resolve":
                self.fail(f"could not resolve {e.token}" if not _dotted(e.token) else f"couldn't resolve {e.token}")
            if e.kind == "port":
                self.fail(f"invalid port number or name: {e.token}")
            if e.kind == "paren":
                self.fail("right paren expected")
            self.fail("invalid expression")

    # frames ------------------------------------------------------------------------------------------
    def seen(self, wire) -> None:
        self.count += 1
        t = self.stamp(wire)
        if "-o" in self.o:
            self.save(wire, t)
            if "-q" not in self.o:
                self.session.notify("stderr", f"\r{self.count} ")
        else:
            self.session.notify("stdout", self.render(wire, t))
        self.counted()

    def finish(self) -> None:
        self.session.notify("stderr", f"{self.count} packets captured\n")

    def stop(self, out, err, sig: int = 2) -> None:
        self.close()
        if sig != 9 and "-o" in self.o:
            out("\n")              # main(): a capture to a file ends its count line

    def read(self, name: str, words) -> int:
        ctx = self.ctx
        from vshell.commands.errno import strerror
        frames = self.saved(name, lambda code: f"couldn't open {name}: {strerror(code, 'solaris')}",
                            f"not a capture file: {name}")
        keep = self.compile(words)
        first, last = 1, 0x7fffffff
        if self.o.get("-p"):
            a, _, b = self.o["-p"].replace(":", ",").replace("-", ",").partition(",")
            first = _atoi(a)
            last = _atoi(b) if b else first
        n = 0
        self.o.setdefault("-t", "d")
        for wire, t in frames:
            if keep is not None and not keep(wire):
                continue
            n += 1
            if n >= first:
                ctx.out(self.render(wire, t, number=n))
            if n >= last:
                break
            if self.maxcount and n >= self.maxcount:
                ctx.err(f"{n} packets captured\n")
                return 0
        return 0

    # rendering ---------------------------------------------------------------------------------------
    def name(self, addr) -> str:
        if not self.resolve:
            return str(addr)
        return self.names(addr) or str(addr)

    def render(self, wire, t: float, number: int | None = None) -> str:
        src, dst, lines = self.summary(wire)
        head = f"{number:3d} " if number is not None else ""
        mode = self.o.get("-t")
        if mode:
            if mode[0] == "a":
                import datetime as dt
                d = dt.datetime.fromtimestamp(t, dt.timezone.utc)
                head += f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}.{d.microsecond // 10:05d} "
            else:
                if self.first is None:
                    self.first = t
                ref = self.first if mode[0] == "r" else (self.prev if self.prev is not None else t)
                delta = max(0.0, t - ref)
                sec = int(delta)
                usec = int(round((delta - sec) * 1e6))
                head += f"{sec:3d}.{usec // 10:05d} "
        self.prev = t
        if wire.vlan and "-V" not in self.o:
            head += f"VLAN#{wire.vlan}: "
        head += f"{src:>12} -> {dst:<12} "
        if "-S" in self.o:
            head = head + f"length: {wire.size:4d}  "
        if "-V" in self.o:
            return "________________________________\n" + "".join(f"{head}{s}\n" for s in lines)
        return f"{head}{lines[-1]}\n"

    def summary(self, wire):
        """-> (source name, destination name, every layer's summary line, the last is the one
        printed without -V)."""
        b = wire.body
        dst = "(broadcast)" if wire.dst_mac.lower() == "ff:ff:ff:ff:ff:ff" else "*"
        ether = "ETHER Type=%04X (%s), %ssize=%d bytes" % (
            0x0806 if isinstance(b, packets.Arp) else 0x0800,
            "ARP" if isinstance(b, packets.Arp) else "IP",
            f"VLAN ID={wire.vlan}, " if wire.vlan else "", wire.size)
        if isinstance(b, packets.Arp):
            src = self.name(b.sender_ip)
            if b.op == 1:
                line = f"ARP C Who is {self.printip(b.target_ip)} ?"
            else:
                line = f"ARP R {self.printip(b.sender_ip)} is {_link_ntoa(b.sender_mac)}"
                dst = self.name(b.target_ip)
            return src, dst, [ether, line]
        src, dst = self.name(b.src), self.name(b.dst)
        ip = (f"IP  D={b.dst} S={b.src} LEN={b.length}, ID={b.ident}, TOS=0x0, TTL={b.ttl}")
        return src, dst, [ether, ip, self.transport(b)]

    def printip(self, addr) -> str:
        return f"{addr}, {self.name(addr)}"

    def transport(self, b) -> str:
        if b.proto == packets.ICMP:
            what = {packets.ECHO_REQUEST: "Echo request", packets.ECHO_REPLY: "Echo reply",
                    packets.UNREACHABLE: "Destination unreachable",
                    packets.TIME_EXCEEDED: "Time exceeded"}.get(b.icmp_type, "Unknown")
            if b.echo:
                return f"ICMP {what} (ID: {b.sport} Sequence number: {b.seq})"
            if b.icmp_type == packets.UNREACHABLE:
                code = {0: "Net %s unreachable", 1: "Host %s unreachable"}.get(b.icmp_code)
                return f"ICMP {what} ({code % self.name(b.dst)})" if code else f"ICMP {what}"
            if b.icmp_type == packets.TIME_EXCEEDED:
                return f"ICMP {what} (in transit)"
            return f"ICMP {what}"
        if b.proto == packets.UDP:
            return f"UDP D={b.dport} S={b.sport} LEN={b.payload + packets.UDP_HEADER}"
        line = f"TCP D={b.dport} S={b.sport}"
        letters = b.flags.replace(".", "")
        if self.tcp_all:
            line += "".join(f" {name}" for ch, name in TCP_FLAGS if ch in letters)
        else:
            shown = [name for ch, name in TCP_FLAGS[:3] if ch in letters]
            line += f" {shown[-1]}" if shown else "    "
        if "." in b.flags:
            line += f" Ack={b.ack}"
        if b.seq:
            line += f" Seq={b.seq} Len={b.payload}"
        return line + f" Win={b.window}"


def _link_ntoa(mac: str) -> str:
    return ":".join(f"{int(x, 16):x}" for x in mac.split(":"))


def _atoi(text: str) -> int:
    digits = ""
    for ch in text.strip():
        if ch.isdigit() or (not digits and ch in "+-"):
            digits += ch
        else:
            break
    try:
        return int(digits)
    except ValueError:
        return 0


def _dotted(text: str) -> bool:
    return all(p.isdigit() for p in text.split(".")) and text.count(".") == 3


def _ifnames(ip) -> list[str]:
    return [name for name, family in ip.interfaces if family == 4 and name != "lo0"]
