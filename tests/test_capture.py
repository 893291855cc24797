"""Packet capture: snoop and tcpdump formats for each kind of frame, filters, counts, capture
files, background jobs and the refusals (docs/facts/capture.md)."""
from __future__ import annotations

import ipaddress

import pytest

from vshell.commands import capturing
from vshell.model import packets
from vshell.transcript.replay import new_session

A, B = ipaddress.ip_address("192.168.0.1"), ipaddress.ip_address("192.168.0.100")
MA, MB = "02:08:20:2d:c1:3d", "02:08:20:1e:d3:1d"


def wire(body, src=MA, dst=MB, vlan=None, when=1.0):
    return packets.Wire(when, "h", "vnic0", src, dst, body, vlan)


def arp_req():
    return wire(packets.Arp(1, A, MA, B), dst="ff:ff:ff:ff:ff:ff")


def arp_rep():
    return wire(packets.Arp(2, B, MB, A, MA), src=MB, dst=MA)


def echo_req():
    return wire(packets.echo(A, B, ident=4321, seq=3))


def syn():
    return wire(packets.Packet(packets.TCP, A, B, 37153, 22, seq=1000, flags="S", window=5840, payload=0))


def synack():
    return wire(packets.Packet(packets.TCP, B, A, 22, 37153, seq=5000, ack=1001, flags="S.", window=5792,
                               payload=0), src=MB, dst=MA)


def ack():
    return wire(packets.Packet(packets.TCP, A, B, 37153, 22, seq=1001, ack=5001, flags=".", window=46,
                               payload=0))


def push():
    return wire(packets.Packet(packets.TCP, A, B, 37153, 22, seq=1001, ack=5001, flags="P.", window=46,
                               payload=21))


def udp():
    return wire(packets.Packet(packets.UDP, A, B, 4789, 4789, payload=50))


# snoop ----------------------------------------------------------------------------------------------
class _Ctx:
    """Enough of a command context for the renderers."""

    def __init__(self, session):
        self.session, self.shell = session, session.frame
        self.host, self.world = session.frame.host, session.world
        self.argv = ["x"]


@pytest.fixture
def snoop():
    from vshell.commands.snoop import Snoop
    s = new_session({"world": "crossbow-2008"})
    return lambda **o: Snoop(_Ctx(s), {("-" + k): v for k, v in o.items()})


def test_snoop_summaries(snoop):
    sn = snoop(r=None)
    line = lambda w: sn.render(w, 1.0)
    assert line(arp_req()) == " 192.168.0.1 -> (broadcast)  ARP C Who is 192.168.0.100, 192.168.0.100 ?\n"
    assert line(arp_rep()) == "192.168.0.100 -> 192.168.0.1  ARP R 192.168.0.100, 192.168.0.100 is 2:8:20:1e:d3:1d\n"
    assert line(echo_req()).endswith("ICMP Echo request (ID: 4321 Sequence number: 3)\n")
    assert line(udp()).endswith("UDP D=4789 S=4789 LEN=58\n")


def test_snoop_tcp_flag_styles(snoop):
    sn = snoop(r=None)
    sn.tcp_all = True
    assert sn.render(syn(), 1.0).endswith("TCP D=22 S=37153 Syn Seq=1000 Len=0 Win=5840\n")
    assert sn.render(push(), 1.0).endswith("TCP D=22 S=37153 Push Ack=5001 Seq=1001 Len=21 Win=46\n")
    sn.tcp_all = False
    assert sn.render(push(), 1.0).endswith("TCP D=22 S=37153     Ack=5001 Seq=1001 Len=21 Win=46\n")
    assert sn.render(synack(), 1.0).endswith("TCP D=37153 S=22 Syn Ack=1001 Seq=5000 Len=0 Win=5792\n")


def test_snoop_all_layers_and_vlan(snoop):
    sn = snoop(r=None, V=None)
    text = sn.render(wire(echo_req().body, vlan=100), 1.0)
    assert text.splitlines() == [
        "________________________________",
        " 192.168.0.1 -> 192.168.0.100 ETHER Type=0800 (IP), VLAN ID=100, size=102 bytes",
        " 192.168.0.1 -> 192.168.0.100 IP  D=192.168.0.100 S=192.168.0.1 LEN=84, ID=0, TOS=0x0, TTL=64",
        " 192.168.0.1 -> 192.168.0.100 ICMP Echo request (ID: 4321 Sequence number: 3)"]
    assert snoop(r=None).render(wire(echo_req().body, vlan=100), 1.0).startswith("VLAN#100:  192.168.0.1 ->")


def test_snoop_times(snoop):
    sn = snoop(r=None, t="a")
    assert sn.render(echo_req(), 1202821261.123456).startswith("13:01:01.12345 ")
    sn = snoop(r=None, t="d")
    sn.render(echo_req(), 100.0)
    assert sn.render(echo_req(), 101.5).startswith("  1.50000 ")


# tcpdump --------------------------------------------------------------------------------------------
@pytest.fixture
def tcpdump():
    from vshell.commands.linux.tcpdump import Tcpdump

    def make(world="ovm3-bonding", nflag=1, **o):
        s = new_session({"world": world})
        return Tcpdump(_Ctx(s), {("-" + k): v for k, v in o.items()}, nflag)
    return make


def _body(text: str) -> str:
    return text.split(" ", 1)[1]


def test_tcpdump_4_lines(tcpdump):
    td = tcpdump()
    assert _body(td.render(arp_req(), 1.0)) == "ARP, Request who-has 192.168.0.100 tell 192.168.0.1, length 28\n"
    assert _body(td.render(arp_rep(), 1.0)) == "ARP, Reply 192.168.0.100 is-at 02:08:20:1e:d3:1d, length 28\n"
    assert _body(td.render(echo_req(), 1.0)) == ("IP 192.168.0.1 > 192.168.0.100: ICMP echo request, id 4321, "
                                                 "seq 3, length 64\n")
    assert _body(td.render(syn(), 1.0)) == "IP 192.168.0.1.ssh > 192.168.0.100.ssh: Flags [S], seq 1000, win 5840, length 0\n".replace(
        "192.168.0.1.ssh", "192.168.0.1.37153")
    assert _body(td.render(synack(), 1.0)).endswith("Flags [S.], seq 5000, ack 1001, win 5792, length 0\n")
    assert _body(td.render(ack(), 1.0)).endswith("Flags [.], ack 1, win 46, length 0\n")
    assert _body(td.render(push(), 1.0)).endswith("Flags [P.], seq 1:22, ack 1, win 46, length 21\n")
    assert _body(td.render(udp(), 1.0)) == "IP 192.168.0.1.4789 > 192.168.0.100.4789: UDP, length 50\n"
    assert "192.168.0.100.22:" in tcpdump(nflag=2).render(syn(), 1.0)


def test_tcpdump_39_lines(tcpdump):
    td = tcpdump(world="ovm2-bonding")
    assert _body(td.render(arp_req(), 1.0)) == "arp who-has 192.168.0.100 tell 192.168.0.1\n"
    assert _body(td.render(syn(), 1.0)).endswith(": S 1000:1000(0) win 5840\n")
    td.render(synack(), 1.0)
    assert _body(td.render(push(), 1.0)).endswith(": P 1:22(21) ack 1 win 46\n")


def test_tcpdump_link_header(tcpdump):
    td = tcpdump(nflag=0, e=None)
    text = td.render(wire(arp_req().body, dst="ff:ff:ff:ff:ff:ff", vlan=100), 0.0)
    assert _body(text) == ("02:08:20:2d:c1:3d (oui Unknown) > Broadcast, ethertype 802.1Q (0x8100), length 46: "
                           "vlan 100, p 0, ethertype ARP, Request who-has 192.168.0.100 tell 192.168.0.1, "
                           "length 28\n")
    td = tcpdump(nflag=1, e=None)
    assert "02:08:20:2d:c1:3d > 02:08:20:1e:d3:1d, ethertype IPv4 (0x0800), length 98: IP " in td.render(echo_req(), 0.0)


# filters --------------------------------------------------------------------------------------------
def _pred(words, implicit=True, ip_only=False):
    names = {"alpha": A}
    return capturing.compile_filter(words, lambda t: names.get(t) or _lit(t), implicit, ip_only)


def _lit(t):
    try:
        return ipaddress.ip_address(t)
    except ValueError:
        return None


@pytest.mark.parametrize("expr,kept", [
    ("icmp", [2]), ("arp", [0, 1]), ("tcp", [3]), ("udp", [4]), ("port 22", [3]), ("port ssh", [3]),
    ("host alpha", [0, 1, 2, 3, 4]), ("not arp", [2, 3, 4]), ("icmp or udp", [2, 4]),
    ("dst host 192.168.0.100 and not icmp", [0, 3, 4]), ("( tcp or arp ) and src alpha", [0, 3]),
    ("broadcast", [0]), ("net 192.168.0", [0, 1, 2, 3, 4]),
])
def test_filters(expr, kept):
    frames = [arp_req(), arp_rep(), echo_req(), syn(), udp()]
    pred = _pred(expr.split(), implicit=False)
    assert [i for i, w in enumerate(frames) if pred(w)] == kept


def test_snoop_host_is_ip_only_and_implicit_and():
    frames = [arp_req(), echo_req(), syn()]
    pred = _pred(["alpha", "tcp"], implicit=True, ip_only=True)
    assert [i for i, w in enumerate(frames) if pred(w)] == [2]
    pred = _pred(["host", "alpha"], ip_only=True)
    assert [i for i, w in enumerate(frames) if pred(w)] == [1, 2]


@pytest.mark.parametrize("words,kind", [(["host", "nobody"], "resolve"), (["port", "frob"], "port"),
                                        (["(", "icmp"], "paren"), (["icmp", "and"], "syntax")])
def test_filter_errors(words, kind):
    with pytest.raises(capturing.FilterError) as e:
        _pred(words)
    assert e.value.kind == kind


# sessions: live, background, files, refusals -------------------------------------------------------
def _run(session, *lines):
    return [session.execute(ln) if ln != "^C" else session.interrupt() for ln in lines]


def test_background_snoop_interleaves_and_ends_done():
    s = new_session({"world": "two-hosts"})
    r = _run(s, "snoop -r -d net0 &", "ping backup", "jobs", "kill %1", "jobs")
    assert r[0].stderr == "[1] 1201\nUsing device net0 (promiscuous mode)\n"
    assert r[1].stdout.splitlines() == [
        "  10.10.0.11 -> (broadcast)  ARP C Who is 10.10.0.12, 10.10.0.12 ?",
        "  10.10.0.12 -> 10.10.0.11   ARP R 10.10.0.12, 10.10.0.12 is 0:21:28:da:16:92",
        "  10.10.0.11 -> 10.10.0.12   ICMP Echo request (ID: 17814 Sequence number: 0)",
        "  10.10.0.12 -> 10.10.0.11   ICMP Echo reply (ID: 17814 Sequence number: 0)",
        "backup is alive"]
    assert r[2].stdout == "[1]+  Running                 snoop -r -d net0 &\n"
    assert r[3].stderr == "[1]+  Done                    snoop -r -d net0\n"
    assert r[4].text == "" and not s.world.taps


def test_count_ends_a_background_capture():
    s = new_session({"world": "two-hosts"})
    r = _run(s, "snoop -c 3 -d net0 &", "ping backup", "ping backup")
    assert "3 packets captured\n" in r[1].stderr
    assert r[1].stderr.endswith("[1]+  Done                    snoop -c 3 -d net0\n")
    assert r[2].stdout == "backup is alive\n" and not s.world.taps


def test_capture_file_round_trip_and_cat():
    s = new_session({"world": "two-hosts"})
    r = _run(s, "snoop -o /tmp/c -d net0 &", "ping backup", "kill %1", "snoop -i /tmp/c icmp", "cat /tmp/c")
    assert "\r4 " in r[1].stderr
    assert r[2].stdout == "\n"
    lines = r[3].stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("  1   0.00000 ") and "Echo request" in lines[0]
    assert r[4].status == 0 and r[4].text.startswith("snoop")


def test_foreground_capture_sees_another_session_and_ctrl_c():
    s = new_session({"world": "two-hosts"})
    other = type(s)(s.world)
    r = s.execute("snoop -d net0")
    assert s.prompt == "" and r.stderr == "Using device net0 (promiscuous mode)\n"
    other.execute("ping backup")
    r = s.interrupt()
    assert "ICMP Echo request" in r.stdout and r.status == 0
    assert s.prompt.endswith("# ") and not s.world.taps


def test_fg_brings_a_capture_back():
    s = new_session({"world": "two-hosts"})
    r = _run(s, "snoop -d net0 &", "fg", "^C", "jobs")
    assert r[1].stdout == "snoop -d net0\n" and s.prompt.endswith("# ")
    assert r[3].text == "" and not s.world.taps


def test_tcpdump_background_kill_prints_statistics():
    s = new_session({"world": "ovm3-bonding"})
    r = _run(s, "tcpdump -n -i eth0 &", "kill %1")
    assert r[0].stderr.startswith("[1] 1201\ntcpdump: verbose output suppressed")
    assert r[1].stderr == ("0 packets captured\n0 packets received by filter\n0 packets dropped by kernel\n"
                           "[1]+  Done                    tcpdump -n -i eth0\n")


@pytest.mark.parametrize("world,line,err,status", [
    ("two-hosts", "snoop -d net9", 'snoop: cannot open "net9": DLPI link does not exist\n', 1),
    ("two-hosts", "snoop -d net0 host nobody", "snoop: could not resolve nobody\n", 1),
    ("two-hosts", "snoop -i /nowhere", "snoop: couldn't open /nowhere: No such file or directory\n", 1),
    ("ovm3-bonding", "tcpdump -i eth9", "tcpdump: SIOCGIFHWADDR: No such device\n", 1),
    ("ovm2-bonding", "tcpdump -r /etc/modprobe.conf", "tcpdump: bad dump file format\n", 1),
    ("ovm2-bonding", "tcpdump -i eth9", "tcpdump: ioctl: No such device\n", 1),
])
def test_refusals(world, line, err, status):
    s = new_session({"world": world})
    r = s.execute(line)
    assert (r.stderr, r.status) == (err, status)


def test_bad_options_print_usage():
    s = new_session({"world": "two-hosts"})
    r = s.execute("snoop -k")
    assert r.status == 1 and r.stderr.startswith("snoop: illegal option -- k\n\nUsage:  snoop\n")
    s = new_session({"world": "ovm3-bonding"})
    r = s.execute("tcpdump -Q")
    assert r.status == 1 and "Usage: tcpdump [-aAdDefIKlLnNOpqRStuUvxX]" in r.stderr


def test_not_root():
    s = new_session({"world": "lab-perms", "user": "alice"})
    assert s.execute("snoop -d net0").stderr == 'snoop: cannot open "net0": Permission denied\n'
    s = new_session({"world": "lab-perms", "user": "oracle", "host": "dom0"})
    assert s.execute("tcpdump -i eth0").stderr.startswith(
        "tcpdump: eth0: You don't have permission to capture on that device\n")


def test_bourne_shell_prints_only_the_pid():
    s = new_session({"world": "s10-x86"})
    r = s.execute("sleep 5 &")
    assert r.stderr == "1201\n"
