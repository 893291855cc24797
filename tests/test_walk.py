"""The data plane's verdicts, each from a small world, and what traffic leaves behind."""
from __future__ import annotations

import ipaddress

from vshell import worlds
from vshell.model.walk import Plane
from vshell.session import Session


def _session(name: str) -> Session:
    return Session(worlds.build(worlds.load_decl(name)))


def _run(s: Session, *lines: str) -> str:
    out = ""
    for line in lines:
        out += s.execute(line).text
    return out


def _ping(s: Session, host: str, dst: str):
    world = s.world
    p = Plane(world, effects=False)
    return p.ping(p.node_of(world.hosts[host]), ipaddress.ip_address(dst))


def test_two_hosts_deliver_both_ways():
    s = _session("two-hosts")
    there, back = _ping(s, "primary", "10.10.0.12")
    assert there.verdict == "DELIVERED" and back.verdict == "DELIVERED"
    assert there.reached.name == "backup" and str(there.source) == "10.10.0.11"


def test_no_address_is_no_arp_reply_and_no_route_is_no_route():
    s = _session("two-hosts")
    assert _ping(s, "primary", "10.10.0.99")[0].verdict == "NO_ARP_REPLY"
    assert _ping(s, "primary", "192.0.2.1")[0].verdict == "NO_ROUTE"


def test_a_down_interface_has_no_route_and_a_down_link_on_the_way_is_link_down():
    s = _session("two-hosts")
    _run(s, "ifconfig net0 down")
    assert _ping(s, "primary", "10.10.0.12")[0].verdict == "NO_ROUTE"     # its interface route went with it
    _run(s, "ifconfig net0 up")
    p = Plane(s.world, effects=False)
    src = p.topo.endpoint(p.node_of(s.world.hosts["primary"]), "net0")
    dst = p.topo.endpoint(p.node_of(s.world.hosts["backup"]), "net0")
    assert p.unicast(src, dst.mac).target is dst
    edge = next(e for e in p.topo.edges if e.host == "backup")
    edge.up, edge.why = False, "cable pulled"
    frame = p.unicast(src, dst.mac)
    assert frame.target is None and frame.verdict == "LINK_DOWN" and "cable pulled" in frame.detail


def test_the_tracer_leaves_no_traces_and_ping_does():
    s = _session("two-hosts")
    stack = s.world.hosts["primary"].ip
    out = _run(s, "vshtrace 10.10.0.12")
    assert "DELIVERED" in out and not stack.neighbours
    assert _run(s, "ping 10.10.0.12") == "10.10.0.12 is alive\n"
    assert (4, "10.10.0.12") in stack.neighbours


def test_ping_status_and_words():
    s = _session("two-hosts")
    r = s.execute("ping 10.10.0.99 2")
    assert r.text == "no answer from 10.10.0.99\n" and r.status == 1
    r = s.execute("ping nosuchhost")
    assert r.text == "ping: unknown host nosuchhost\n" and r.status == 1
    r = s.execute("ping 192.0.2.1")
    assert r.text == "ping: sendto No route to host\n" and r.status == 1


def test_vlan_mismatch_and_learning_on_the_ovm_seed_world():
    s = _session("ovm2-bonding")
    # at boot eth0 carries the management address untagged; the router is on VLAN 100
    there, _ = _ping(s, "virtual4", "10.1.1.1")
    assert there.verdict == "VLAN_MISMATCH", there.detail


def test_overlay_unknown_mac_is_mac_unknown():
    s = _session("smartos-overlay")
    _run(s, "dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 "
            "-p files/config=/var/tmp/hosts.json overlay0",
         "dladm create-vnic -m de:ad:be:ef:00:00 -l overlay0 foo0",
         "ifconfig foo0 plumb up 10.55.55.2/24",
         "arp -s 10.55.55.9 de:ad:be:ef:00:09")
    there, _ = _ping(s, "zlan", "10.55.55.9")
    assert there.verdict == "MAC_UNKNOWN"
    there, _ = _ping(s, "zlan", "10.55.55.3")     # in the map, but zlan2 has no overlay yet
    assert there.verdict == "NO_TUNNEL_ENDPOINT"


def test_clock_moves_with_ping():
    s = _session("two-hosts")
    before = s.world.clock.now
    s.execute("ping 10.10.0.99 5")
    assert s.world.clock.now - before >= 5
