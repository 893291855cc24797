"""IP Filter NAT: the ipnat.conf reader, the kernel's translation (vshell/model/ipfilter.py),
and ipnat's listings and refusals."""
from __future__ import annotations

import ipaddress
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vshell.model import ipfilter, ipnat_conf
from vshell.model.ipfilter import NatTable
from vshell.model.packets import ICMP, TCP, UDP, Packet, echo
from vshell.session import Session
from vshell.worlds import build, load_decl

A = ipaddress.ip_address
OWN = A("192.168.84.24")
SEED_RULES = "map eri0 192.168.0.0/24 -> 0/32 portmap tcp/udp auto\nmap eri0 192.168.0.0/24 -> 0/32\n"


def table(text: str) -> NatTable:
    t = NatTable()
    t.enabled = True
    t.rng = random.Random(1)
    for rule, _ in ipnat_conf.parse(text):
        t.add(rule)
    return t


def test_auto_portmap_is_the_seeds_port():
    """The private-network seed's session: 192.168.0.100 37153 became 192.168.84.24 26333."""
    t = table(SEED_RULES)
    out = t.outbound("eri0", OWN, Packet(TCP, A("192.168.0.100"), A("129.146.17.55"), 37153, 22, flags="S"), 0, True)
    assert (out.src, out.sport) == (OWN, 26333)
    assert [s.kind for s in t.sessions] == ["MAP"]


def test_icmp_takes_the_second_rule_and_keeps_its_id():
    t = table(SEED_RULES)
    out = t.outbound("eri0", OWN, echo(A("192.168.0.100"), A("129.146.17.55"), ident=77), 0, True)
    assert (out.src, out.sport) == (OWN, 77)
    assert t.sessions[0].rule is t.rules[1]
    assert t.rules[1].hits == 1 and t.rules[0].hits == 0


def test_reply_is_translated_back_and_sessions_expire_on_the_clock():
    t = table(SEED_RULES)
    syn = Packet(TCP, A("192.168.0.100"), A("129.146.17.55"), 40000, 22, flags="S")
    out = t.outbound("eri0", OWN, syn, 0, True)
    back = t.inbound("eri0", out.reply(flags="S."), 1, True)
    assert (back.dst, back.dport) == (A("192.168.0.100"), 40000)
    t.outbound("eri0", OWN, syn.replace(flags="."), 2, True)
    assert t.live(1000)                                         # established: five days
    for when, pkt, way in ((3000, syn.replace(flags="F."), "out"), (3001, out.reply(flags="F."), "in"),
                           (3002, syn.replace(flags="."), "out")):
        (t.outbound("eri0", OWN, pkt, when, True) if way == "out" else t.inbound("eri0", pkt, when, True))
    assert t.live(3002 + 119), "a closed connection lingers"
    assert not t.live(3002 + 121)
    assert t.stats.expired == 1


def test_rdr_and_bimap_sessions():
    t = table("rdr e1000g0 203.0.113.2/32 port 2222 -> 192.168.1.10 port 22\n"
              "bimap e1000g0 192.168.1.20/32 -> 203.0.113.20/32\n")
    got = t.inbound("e1000g0", Packet(TCP, A("198.51.100.7"), A("203.0.113.2"), 51234, 2222, flags="S"), 0, True)
    assert (got.dst, got.dport) == (A("192.168.1.10"), 22)
    got = t.inbound("e1000g0", echo(A("198.51.100.7"), A("203.0.113.20")), 0, True)
    assert got.dst == A("192.168.1.20")
    assert [s.kind for s in t.sessions] == ["RDR", "BIMAP"]
    out = t.outbound("e1000g0", None, echo(A("198.51.100.7"), A("192.168.1.20")).reply(), 0, True)
    assert out.src == A("203.0.113.20")


def test_parse_errors_name_the_token_and_line():
    cases = {
        "map e1000g0 10.0.0.0/8 ->": ('syntax error', '->', 1),
        "map a 10.0.0.0/8 -> 0/32 portmap tcp 1:70000\n": ('invalid port number', '70000', 1),
        "\n\nrdr a 1.2.3.4/32 port 80 -> 10.0.0.1/24 port 80\n": ('Invalid mask for dip', 'port', 3),
        "map a 10.0.0.0/8 -> 0/32 icmpidmap tcp 1:2\n": ('icmpidmap not followed by icmp', 'tcp', 1),
    }
    for text, want in cases.items():
        with pytest.raises(ipnat_conf.NatSyntax) as e:
            list(ipnat_conf.parse(text))
        assert (e.value.message, e.value.token, e.value.line) == want, text


def test_variables_and_comments():
    rules = [r for r, _ in ipnat_conf.parse("ext = e1000g0;\n# comment\nmap $ext 10.0.0.0/8 -> 0/32 ; \n")]
    assert rules[0].ifname == "e1000g0"


# properties ---------------------------------------------------------------------------------
RULESETS = [
    SEED_RULES,
    "map eri0 192.168.0.0/24 -> 0/32 portmap tcp/udp 40000:40100\nmap eri0 192.168.0.0/24 -> 0/32\n",
    "map eri0 192.168.0.0/24 -> 0/32 portmap tcp/udp 40000:40100 sequential\n",
    "map-block eri0 192.168.0.0/24 -> 203.0.113.0/28 ports 64\n",
    "map eri0 192.168.0.0/24 -> 203.0.113.0/29 portmap tcp/udp auto\n",
]

packets_ = st.lists(st.tuples(st.integers(1, 254), st.integers(1024, 65535), st.sampled_from([TCP, UDP, ICMP]),
                              st.integers(1, 4), st.sampled_from([22, 53, 80])), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(RULESETS), packets_)
def test_sessions_never_share_a_translated_port_and_leaving_packets_carry_it(rules, flows):
    t = table(rules)
    inside = ipaddress.ip_network("192.168.0.0/24")
    for i, (host, sport, proto, remote, dport) in enumerate(flows):
        src = A(f"192.168.0.{host}")
        dst = A(f"198.51.100.{remote}")
        pkt = echo(src, dst, ident=sport) if proto == ICMP else Packet(proto, src, dst, sport, dport, flags="S")
        out = t.outbound("eri0", OWN, pkt, i, True)
        session = next((s for s in t.sessions if s.inside == (src, pkt.sport) and s.remote == (dst, pkt.sport if proto == ICMP else pkt.dport)
                        and s.proto == proto), None)
        if session is None:
            assert out == pkt                 # nothing took it: it leaves as it came
            continue
        # a packet that leaves through a map rule carries the translated address and port
        assert (out.src, out.sport) == session.outside
        assert out.src not in inside
        if session.rule.dst.prefixlen == 32 and int(session.rule.dst.network_address) == 0:
            assert out.src == OWN
        else:
            assert out.src in session.rule.dst
        if session.rule.portmap and proto != ICMP:
            assert session.rule.pmin <= out.sport <= session.rule.pmax
        live = [s for s in t.sessions if s.proto in (TCP, UDP)]
        seen = [(s.proto, s.outside) for s in live]
        assert len(seen) == len(set(seen)), "two sessions share an outside address and port"


def _run(session, line):
    return session.execute(line)


def test_ipnat_on_a_world_walk_translates_every_leaving_packet():
    """Through the walk: the frames a capture on gw's outside NIC sees from the client all carry
    gw's address, and ipnat -l lists the session in the real format."""
    world = build(load_decl("nat-lab"), None)
    s = Session(world)
    for line in ("ifconfig e1000g0 plumb 203.0.113.2/24 up", "routeadm -u -e ipv4-forwarding",
                 "echo 'map e1000g0 192.168.1.0/24 -> 0/32' > /etc/ipf/ipnat.conf",
                 "svcadm enable network/ipfilter"):
        assert _run(s, line).status == 0, line
    cap = world.taps.open("gw", "e1000g0")
    c = Session(world, host="client")
    assert _run(c, "route add default 192.168.1.1").status == 0
    assert _run(c, "ping -s 203.0.113.50 56 3").status == 0
    ips = [w.body for w in cap.frames if hasattr(w.body, "proto")]
    assert ips and all(p.src == A("203.0.113.2") for p in ips if p.dst == A("203.0.113.50"))
    assert all(p.dst == A("203.0.113.2") for p in ips if p.src == A("203.0.113.50"))
    listing = _run(s, "ipnat -l").stdout
    assert "MAP 192.168.1.10    <- -> 203.0.113.2     [203.0.113.50]\n" in listing


def test_ipnat_refusals_change_nothing():
    world = build(load_decl("nat-lab"), None)
    s = Session(world)
    r = _run(s, "ipnat -l")
    assert (r.status, r.stderr) == (1, "ioctl(SIOCGNATS): I/O error\n")
    _run(s, "echo 'map e1000g0 192.168.1.0/24 -> 0/32' > /etc/ipf/ipnat.conf")
    _run(s, "svcadm enable network/ipfilter")
    t = ipfilter.table(world.hosts["gw"].ip)
    before = t.snapshot()
    for line, status in (("ipnat -q", 1), ("echo 'map x 1.2.3.0/24 ->' | ipnat -f -", 1),
                         ("ipnat -f /etc/ipf/ipnat.conf", 0), ("ipnat -l -C", 0), ("ipnat -r -f /nonexistent", 0)):
        r = _run(s, line)
        assert r.status == status and "Traceback" not in r.text, line
        assert t.snapshot() == before, line
    # a broken ipnat.conf puts the service in maintenance, the rules above the error loaded
    _run(s, "svcadm disable network/ipfilter")
    _run(s, "echo 'map e1000g0 10.0.0.0/8 -> 0/32 portmap tcp 9:8:7' >> /etc/ipf/ipnat.conf")
    _run(s, "svcadm enable network/ipfilter")
    assert "maintenance" in _run(s, "svcs network/ipfilter").stdout
    assert len(t.rules) == 1
