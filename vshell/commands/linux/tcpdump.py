"""tcpdump on the Linux hosts: the frames the data plane carries over a netdev, one line each, in
the format of the release's tcpdump (`tcpdump` and `tcpdump_style` in state/releases.toml:
3.9.4 on RHEL5/OVM 2, 4.1 on OL6/OVM 3, 4.3.0 on Debian 7; docs/facts/capture.md).

- tcpdump.c: `verbose output suppressed, use -v or -vv for full protocol decode` and `listening
  on %s, link-type %s (%s), capture size %u bytes` on stderr (3.9's default snaplen 96, 4.x's
  65535); `reading from file %s, link-type ...` for -r; at the end (SIGINT, SIGTERM or -c)
  info(): `N packets captured`, `N packets received by filter`, `N packets dropped by kernel`.
- print-arp.c: 4.x `ARP, Request who-has A tell B, length 28` / `ARP, Reply A is-at M, length
  28`; 3.9 `arp who-has A tell B` / `arp reply A is-at M`. print-icmp.c `ICMP echo request, id
  %u, seq %u, length %u`. print-tcp.c: 4.x `Flags [S.], seq %u, ack %u, win %u, length %u`
  (relative numbers after the handshake unless -S); 3.9 `S 1:1(0) ack 1 win 5840`.
- print-ether.c -e: `SRC > DST, ethertype IPv4 (0x0800), length N: `, and for a tagged frame
  `ethertype 802.1Q (0x8100), length N: vlan V, p 0, ethertype IPv4, `; without -n a MAC
  is followed by its OUI's name (`(oui Unknown)`) and ff:ff:ff:ff:ff:ff is `Broadcast`."""
from __future__ import annotations

import datetime as dt

from vshell.commands import capturing
from vshell.commands.getopt import OptError, getopt
from vshell.model import packets

OPTSTRING = "aAbc:C:dDeE:fF:G:i:IKlLm:M:nNOpqr:Rs:StT:uUvw:W:xXy:z:Z:"
NOT_SIMULATED = ("-v", "-x", "-X", "-A", "-d", "-D", "-L", "-F", "-C", "-G", "-W", "-E", "-M",
                 "-T", "-y", "-z", "-Z", "-m", "-I", "-K", "-N", "-O", "-R", "-U", "-u", "-b", "-f")


class Exit(Exception):
    def __init__(self, status: int):
        self.status = status


def usage(ctx) -> int:
    rel = ctx.host.release
    ctx.err(f"tcpdump version {rel.get('tcpdump', '4.1.1')}\n"
            f"libpcap version {rel.get('libpcap', '1.0.0')}\n" + rel.get("tcpdump_usage", ""))
    return 1


def main(ctx) -> int:
    try:
        opts, words = getopt(ctx.argv, OPTSTRING, gnu=True)
    except OptError as e:
        ctx.err(e.text + "\n")
        return usage(ctx)
    o: dict[str, str | None] = {}
    nflag = 0
    for k, v in opts:
        if k == "-n":
            nflag += 1
        o[k] = v
    for k in NOT_SIMULATED:
        if k in o:
            from vshell.commands import not_simulated
            return not_simulated(ctx, f"tcpdump {k}")
    tool = Tcpdump(ctx, o, nflag)
    try:
        return tool.run(words)
    except Exit as e:
        return e.status


class Tcpdump(capturing.Live):
    magic = capturing.PCAP_MAGIC

    def __init__(self, ctx, o, nflag: int):
        self.ctx, self.o, self.nflag = ctx, o, nflag
        self.session, self.world = ctx.session, ctx.world
        self.shell = ctx.shell
        rel = ctx.host.release
        self.old = rel.get("tcpdump_style", "4") == "3.9"
        self.plural = not self.old
        self.names = capturing.namer(ctx)
        self.count = 0
        self.maxcount = int(o["-c"]) if o.get("-c", "").isdigit() else 0
        self.status = 0
        self.cap = None
        self.frame = None
        self.job = None
        self.conv: dict = {}
        self.stamp = capturing.Stamper(self.world, f"tcpdump/{ctx.host.name}")

    def fail(self, text: str):
        self.ctx.err(f"tcpdump: {text}\n")
        raise Exit(1)

    def run(self, words) -> int:
        ctx, o = self.ctx, self.o
        if "-c" in o and not o["-c"].isdigit() or "-c" in o and int(o["-c"]) <= 0:
            self.fail("invalid packet count " + o["-c"])
        if "-r" in o:
            return self.read(o["-r"], words)
        dev = o.get("-i") or self.default_dev()
        # libpcap's live open makes its PF_PACKET socket first (refused without CAP_NET_RAW),
        # then asks for the device  # unverified: the words per libpcap version
        if ctx.user.uid != 0 and not ctx.as_root:
            self.fail(ctx.host.release.get("tcpdump_perm", "socket: Operation not permitted")
                      .format(dev=dev))
        if dev not in [d.name for d in ctx.host.netdevs.ordered()]:
            self.fail(ctx.host.release.get("tcpdump_nodev", "SIOCGIFHWADDR: No such device")
                      .format(dev=dev))
        self.keep = self.compile(words)
        snap = int(o["-s"]) if o.get("-s", "").isdigit() and int(o["-s"]) else \
            int(ctx.host.release.get("tcpdump_snaplen", 65535))
        if "-w" in o:
            path = ctx.path(o["-w"])
            try:
                ctx.fs.write(path, capturing.PCAP_MAGIC + "\n", owner=ctx.user.name, group=ctx.user.group)
            except Exception as e:
                from vshell.commands.errno import glibc
                self.fail(f"{o['-w']}: {glibc(getattr(e, 'code', 'eacces'))}")
            self.path = path
            ctx.err("tcpdump: ")
        else:
            ctx.err("tcpdump: verbose output suppressed, use -v or -vv for full protocol decode\n")
        ctx.err(f"listening on {dev}, link-type EN10MB (Ethernet), capture size {snap} bytes\n")
        self.dev = dev
        self.cap = self.world.taps.open(ctx.host.name, dev, "", self.world.clock.now,
                                        keep=self.keep, listener=self.seen)
        self.attach(ctx.shell)
        return 0

    def default_dev(self) -> str:
        """pcap_lookupdev: the first interface that is up and not the loopback."""
        for d in self.ctx.host.netdevs.ordered():
            if d.kind != "loopback" and getattr(d, "up", True):
                return d.name
        self.fail("no suitable device found")

    def compile(self, words):
        def resolve(text):
            from vshell.commands import ipcommon
            return ipcommon.resolve(self.ctx, text, 4)
        try:
            return capturing.compile_filter(words, resolve, implicit_and=False)
        except capturing.FilterError as e:
            if e.kind == "resolve":
                self.fail(f"can't parse filter expression: syntax error" if not e.token else
                          f"unknown host '{e.token}'")
            if e.kind == "port":
                self.fail(f"unknown port '{e.token}'")  # unverified wording
            self.fail("syntax error")

    # frames ------------------------------------------------------------------------------------------
    def seen(self, wire) -> None:
        self.count += 1
        t = self.stamp(wire)
        if "-w" in self.o:
            self.save(wire, t)
        else:
            self.session.notify("stdout", self.render(wire, t))
        self.counted()

    def finish(self) -> None:
        self.session.notify("stderr", self.stats())

    def stats(self) -> str:
        def n(k, what):
            return f"{k} packet{'s' if k != 1 or not self.plural else ''} {what}\n"
        return n(self.count, "captured") + n(self.count, "received by filter") + n(0, "dropped by kernel")

    def stop(self, out, err, sig: int = 2) -> None:
        self.close()
        if sig != 9:
            err(self.stats())

    def read(self, name: str, words) -> int:
        ctx = self.ctx
        from vshell.commands.errno import glibc
        frames = self.saved(name, lambda code: f"{name}: {glibc(code)}", "bad dump file format")
        keep = self.compile(words)
        ctx.err(f"reading from file {name}, link-type EN10MB (Ethernet)\n")
        n = 0
        for wire, t in frames:
            if keep is not None and not keep(wire):
                continue
            ctx.out(self.render(wire, t))
            n += 1
            if self.maxcount and n >= self.maxcount:
                break
        return 0

    # rendering ---------------------------------------------------------------------------------------
    def host(self, addr) -> str:
        if self.nflag:
            return str(addr)
        return self.names(addr) or str(addr)

    def port(self, port: int) -> str:
        if self.nflag < 2:
            for name, number in capturing.SERVICES.items():
                if number == port and name not in ("www", "domain") or (number == port and port == 53):
                    return name
        return str(port)

    def mac(self, mac: str) -> str:
        mac = ":".join(f"{int(x, 16):02x}" for x in mac.split(":"))
        if self.nflag:
            return mac
        if mac == "ff:ff:ff:ff:ff:ff":
            return "Broadcast"
        return f"{mac} (oui Unknown)"

    def render(self, wire, t: float) -> str:
        line = ""
        if "-t" not in self.o:
            d = dt.datetime.fromtimestamp(t, dt.timezone.utc)
            line = f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}.{d.microsecond:06d} "
        b = wire.body
        is_arp = isinstance(b, packets.Arp)
        if "-e" in self.o:
            kind = "ARP (0x0806)" if is_arp else "IPv4 (0x0800)"
            if wire.vlan:
                line += (f"{self.mac(wire.src_mac)} > {self.mac(wire.dst_mac)}, ethertype 802.1Q "
                         f"(0x8100), length {wire.size}: vlan {wire.vlan}, p 0, ethertype "
                         f"{'ARP' if is_arp else 'IPv4'}, ")
            else:
                line += (f"{self.mac(wire.src_mac)} > {self.mac(wire.dst_mac)}, ethertype {kind}, "
                         f"length {wire.size}: ")
        if is_arp:
            return line + self.arp(b, "-e" in self.o) + "\n"
        return line + self.ip(b) + "\n"

    def arp(self, b, eflag: bool) -> str:
        if self.old:
            if b.op == 1:
                return f"arp who-has {self.host(b.target_ip)} tell {self.host(b.sender_ip)}"
            return f"arp reply {self.host(b.sender_ip)} is-at {self.mac(b.sender_mac)}"
        head = "" if eflag else "ARP, "
        if b.op == 1:
            return f"{head}Request who-has {self.host(b.target_ip)} tell {self.host(b.sender_ip)}, length 28"
        return f"{head}Reply {self.host(b.sender_ip)} is-at {self.mac(b.sender_mac)}, length 28"

    def ip(self, b) -> str:
        if b.proto == packets.ICMP:
            head = f"IP {self.host(b.src)} > {self.host(b.dst)}: "
            icmp_len = packets.ICMP_HEADER + b.payload
            if b.echo:
                what = "request" if b.icmp_type == packets.ECHO_REQUEST else "reply"
                return head + f"ICMP echo {what}, id {b.sport}, seq {b.seq}, length {icmp_len}"
            if b.icmp_type == packets.UNREACHABLE:
                what = {0: "net", 1: "host"}.get(b.icmp_code, "host")
                return head + f"ICMP {self.host(b.dst)} {what} unreachable, length {icmp_len}"
            if b.icmp_type == packets.TIME_EXCEEDED:
                return head + f"ICMP time exceeded in-transit, length {icmp_len}"
            return head + f"ICMP type-#{b.icmp_type}, length {icmp_len}"
        ends = (f"IP {self.host(b.src)}.{self.port(b.sport)} > "
                f"{self.host(b.dst)}.{self.port(b.dport)}: ")
        if b.proto == packets.UDP:
            return ends + f"UDP, length {b.payload}"
        return ends + self.tcp(b)

    def tcp(self, b) -> str:
        seq, ack = b.seq, b.ack
        letters = b.flags
        if "-S" not in self.o and "." in letters:
            key = (b.src, b.sport, b.dst, b.dport)
            rev = (b.dst, b.dport, b.src, b.sport)
            if "S" in letters or (key not in self.conv and rev not in self.conv):
                self.conv[key] = (seq, ack - 1)
                self.conv[rev] = (ack - 1, seq)
            else:
                base_seq, base_ack = self.conv.get(key) or self.conv[rev][::-1]
                seq, ack = seq - base_seq, ack - base_ack
        length = b.payload
        if self.old:
            flags = "".join(c for c in letters if c != ".") or "."
            out = flags
            if length > 0 or any(c in letters for c in "SFR"):
                out += f" {seq}:{seq + length}({length})"
            if "." in letters:
                out += f" ack {ack}"
            return out + f" win {b.window}"
        out = f"Flags [{letters}]"
        if length > 0 or any(c in letters for c in "SFR"):
            out += f", seq {seq}" + (f":{seq + length}" if length > 0 else "")
        if "." in letters:
            out += f", ack {ack}"
        return out + f", win {b.window}, length {length}"
