"""Properties of the data plane (vshell/model/walk.py) over random worlds.

Each world is two OmniOS hosts, a and b, on two networks (lan, the management one, and lan2),
with an external machine on each; etherstubs, VNICs (tagged or not, over a stub or a NIC),
exclusive-IP zones holding them, addresses up or down, default routes and IPv4 forwarding are
drawn at random and made with the real commands (dladm, zonecfg, zoneadm, zlogin, ifconfig,
route, ipadm). The properties:

- ping and vshtrace never disagree, and vshtrace prints the verdicts of the walk itself;
- a frame is only ever delivered to the owner of its destination MAC, over edges that are up
  and carry its VLAN (and when it is not delivered, no such owner is within reach);
- taking one link away drops exactly the flows whose walk used it, and changes no other;
- the same world and the same commands print the same bytes."""
from __future__ import annotations

import ipaddress
import re
from collections import deque

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vshell.model.walk import VERDICTS, Plane
from vshell.session import Session
from vshell.worlds import build

HOSTS = ("a", "b")
SUBNETS = ("192.168.0", "192.168.1", "10.0.0", "10.1.0")
HOSTPARTS = (1, 2, 3, 20, 21, 50)        # .1 is ext2's gateway, .50 ext1's address
FIXED = {"10.0.0.11", "10.0.0.12", "10.0.0.50", "10.1.0.60"}
ABSENT = "192.168.0.99"
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# worlds --------------------------------------------------------------------------------------------
def _decl(sc) -> dict:
    return {
        "schema": 1, "name": "dataplane", "seed": sc["seed"], "epoch": "2026-01-15T09:00:00Z",
        "start": "a", "password": "omnios",
        "networks": [{"name": "lan", "subnet": "10.0.0.0/24", "management": True},
                     {"name": "lan2", "subnet": "10.1.0.0/24"}],
        "hosts": [{"name": h, "kind": "x86", "release": "omnios", "addresses": {"lan": f"10.0.0.{11 + i}"},
                   "nics": [{"name": "e1000g0", "device": "e1000g0", "network": "lan", "mac": f"8:0:27:0:{i}:0"},
                            {"name": "e1000g1", "device": "e1000g1", "network": "lan2", "mac": f"8:0:27:0:{i}:1",
                             "state": sc["nic1"][i]}]}
                  for i, h in enumerate(HOSTS)],
        "externals": [{"name": "ext1", "network": "lan", "address": "10.0.0.50/24", "gateway": "10.0.0.12"},
                      {"name": "ext2", "network": "lan2", "address": "10.1.0.60/24", "vlan": sc["ext2_vlan"],
                       "gateway": "10.1.0.1"}],
    }


VNIC = st.tuples(st.sampled_from(HOSTS),
                 st.sampled_from(["stub0", "stub1", "e1000g0", "e1000g1"]),
                 st.sampled_from([0, 0, 5, 7]),
                 st.integers(0, 3),                       # 0: the global zone, else zone N of that host
                 st.sampled_from(SUBNETS),
                 st.sampled_from(HOSTPARTS),
                 st.sampled_from([True, True, True, False]))   # up (mostly)


@st.composite
def scenarios(draw, simple: bool = False):
    sc = {
        "seed": draw(st.integers(0, 50)),
        "nic1": [draw(st.sampled_from(["up", "up", "down"])) for _ in HOSTS],
        "ext2_vlan": draw(st.sampled_from([1, 5])),
        "stubs": {h: draw(st.integers(0, 2)) for h in HOSTS},
        "forwarding": {h: (not simple) and draw(st.booleans()) for h in HOSTS},
        "vnics": [],
        "routes": {},
        "nets": [],
    }
    used_addr, used_net = set(FIXED), {(h, 0, "10.0.0") for h in HOSTS}
    for n, (h, over, vid, zone, net, part, up) in enumerate(draw(st.lists(VNIC, min_size=1, max_size=7))):
        if over.startswith("stub") and int(over[-1]) >= sc["stubs"][h]:
            over = "e1000g0"
        addr = f"{net}.{part}"
        if simple:
            if addr in used_addr or (h, zone, net) in used_net:
                continue
            used_addr.add(addr)
            used_net.add((h, zone, net))
        sc["vnics"].append((h, f"v{n}", over, vid, zone, addr, up))
    if not simple and draw(st.booleans()):
        # a router in a's global zone between two stubs, a zone behind it, and b's way back:
        # the rest of the draw perturbs it
        sc["stubs"]["a"], sc["forwarding"]["a"] = 2, True
        sc["vnics"] += [("a", "r0", "stub0", 0, 0, "192.168.0.1", True),
                        ("a", "r1", "stub1", 0, 0, "192.168.1.1", True),
                        ("a", "r2", "stub1", 0, 3, "192.168.1.5", True)]
        sc["routes"][("a", 3)] = "192.168.1.1"
        sc["nets"].append(("b", "192.168.1.0/24", "10.0.0.11"))
    if not simple:
        pool = sorted({v[5] for v in sc["vnics"]} | FIXED)
        for h, _, _, _, zone, addr, _ in sc["vnics"]:
            if (h, zone) not in sc["routes"]:
                # most often a router on one of its own subnets, that is another node's address
                near = sorted(a for a in pool if a.rsplit(".", 1)[0] == addr.rsplit(".", 1)[0] and a != addr)
                pick = st.sampled_from(near) if near else st.sampled_from(pool)
                sc["routes"][(h, zone)] = draw(st.none() | pick | pick | st.sampled_from(pool))
        for h in HOSTS:                  # the global zones: a route to each private subnet, or none
            for net in SUBNETS[:2]:
                gw = draw(st.none() | st.sampled_from([a for a in pool if not a.startswith(net)]))
                if gw is not None:
                    sc["nets"].append((h, f"{net}.0/24", gw))
    return sc


def zname(h: str, zone: int) -> str:
    return f"{h}z{zone}"


def make(sc):
    """The world of a scenario, made with commands; -> (world, {host: Session})."""
    world = build(_decl(sc))
    sessions = {h: Session(world, host=h) for h in HOSTS}

    def run(h, line):
        r = sessions[h].execute(line)
        assert r.status == 0, (h, line, r.text)

    for h in HOSTS:
        for i in range(sc["stubs"][h]):
            run(h, f"dladm create-etherstub stub{i}")
    for h, name, over, vid, _, _, _ in sc["vnics"]:
        run(h, f"dladm create-vnic -l {over}" + (f" -v {vid}" if vid else "") + f" {name}")
    zones: dict[tuple, list] = {}
    for h, name, _, _, zone, _, _ in sc["vnics"]:
        if zone:
            zones.setdefault((h, zone), []).append(name)
    for (h, zone), names in sorted(zones.items()):
        z = zname(h, zone)
        nets = "".join(f"; add net; set physical={n}; end" for n in names)
        run(h, f"zonecfg -z {z} 'create; set zonepath=/zones/{z}; set ip-type=exclusive{nets}'")
        run(h, f"zoneadm -z {z} install")
        run(h, f"zoneadm -z {z} boot")
    for h, name, _, _, zone, addr, up in sc["vnics"]:
        pre = f"zlogin {zname(h, zone)} " if zone else ""
        sessions[h].execute(f"{pre}ifconfig {name} plumb {addr}/24" + (" up" if up else ""))
    for (h, zone), gw in sorted(sc["routes"].items()):
        if gw is not None:
            sessions[h].execute((f"zlogin {zname(h, zone)} " if zone else "") + f"route add default {gw}")
    for h, net, gw in sc["nets"]:
        sessions[h].execute(f"route add -net {net} {gw}")
    for h in HOSTS:
        if sc["forwarding"][h]:
            run(h, "ipadm set-prop -p forwarding=on ipv4")
    return world, sessions


def sources(world, sc):
    """(host, zone or None, the OS instance, the command prefix) for each IP instance we can type in."""
    out = [(h, None, world.hosts[h], "") for h in HOSTS]
    for h, zone in sorted({(v[0], v[4]) for v in sc["vnics"] if v[4]}):
        z = zname(h, zone)
        out.append((h, z, world.hosts[h].zones.get(z).os, f"zlogin {z} "))
    return out


def destinations(sc) -> list[str]:
    return sorted({v[5] for v in sc["vnics"]} | FIXED | {ABSENT})


VERDICT_LINE = re.compile(r"^  ([A-Z_]+)(?:: (.*))?$")


def printed_verdicts(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        m = VERDICT_LINE.match(line)
        if m and m.group(1) in VERDICTS:
            out.append(line.strip())
    return out


def walk_verdicts(there, back) -> list[str]:
    return [w.verdict + (f": {w.detail}" if w.detail else "") for w in (there, back) if w is not None]


# a. ping and vshtrace ------------------------------------------------------------------------------
@settings(max_examples=40, **SETTINGS)
@given(scenarios(), st.data())
def test_ping_and_vshtrace_never_disagree(sc, data):
    world, sessions = make(sc)
    srcs = sources(world, sc)
    dsts = destinations(sc)
    pairs = data.draw(st.lists(st.tuples(st.sampled_from(srcs), st.sampled_from(dsts)), min_size=1, max_size=8))
    for (h, z, os_host, pre), dst in pairs:
        for _round in ("cold", "warm"):
            s = sessions[h]
            tr = s.execute(f"{pre}vshtrace {dst}")
            p = Plane(world, effects=False)
            there, back = p.ping(p.node_of(os_host), ipaddress.ip_address(dst))
            assert tr.status in (0, 1), tr.text
            assert printed_verdicts(tr.stdout) == walk_verdicts(there, back), (h, z, dst, tr.text)
            assert (tr.status == 0) == (back is not None and back.delivered)
            assert there.verdict in VERDICTS and (back is None or back.verdict in VERDICTS)
            pg = s.execute(f"{pre}ping {dst}")
            alive = pg.status == 0
            assert alive == (pg.stdout == f"{dst} is alive\n"), pg.text
            assert alive == (tr.status == 0), (_round, h, z, dst, pg.text, tr.text)


# b. frames go only where their MAC is -------------------------------------------------------------
def _reachable(topo, ep):
    """(segment, VLAN) states a frame from ep can reach over edges that are up."""
    start = (ep.seg, ep.vlan)
    seen = {start}
    queue = deque([start])
    while queue:
        seg, vlan = queue.popleft()
        for edge in topo.by_seg.get(seg, ()):
            if not edge.up:
                continue
            to_b = edge.a == seg
            v2 = edge.cross(vlan, to_b)
            if v2 is not None:
                nxt = (edge.b if to_b else edge.a, v2)
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
    return seen


@settings(max_examples=40, **SETTINGS)
@given(scenarios(), st.data())
def test_frames_reach_only_the_owner_of_their_mac(sc, data):
    world, _ = make(sc)
    p = Plane(world, effects=False)
    topo = p.topo
    eps = topo.endpoints
    macs = sorted({e.mac.lower() for e in topo.endpoints} | {"02:08:20:00:00:01"})
    for _ in range(data.draw(st.integers(1, 10))):
        ep = data.draw(st.sampled_from(eps))
        mac = data.draw(st.sampled_from(macs))
        if data.draw(st.booleans()):
            mac = mac.upper()
        frame = p.unicast(ep, mac)
        assert frame.verdict in VERDICTS
        if frame.target is not None:
            t = frame.target
            assert frame.verdict == "DELIVERED"
            assert t.mac.lower() == mac.lower() and t is not ep and t.up
            state = (ep.seg, ep.vlan)
            for edge, to_b in frame.path:
                assert edge.up, (edge, frame.hops)
                assert (edge.a if to_b else edge.b) == state[0], (edge, state)
                v2 = edge.cross(state[1], to_b)
                assert v2 is not None, (edge, state, "the edge does not carry the frame's VLAN")
                state = (edge.b if to_b else edge.a, v2)
            assert state == (t.seg, t.vlan), (state, t)
        else:
            assert frame.verdict != "DELIVERED"
            reach = _reachable(topo, ep)
            owners = [o for o in topo.by_mac.get(mac.lower(), [])
                      if o is not ep and o.up and (o.seg, o.vlan) in reach]
            assert not owners, (mac, frame.verdict, frame.detail, owners)


# c. taking a link away ------------------------------------------------------------------------------
class Recorder(Plane):
    """A plane that notes every endpoint a frame left or reached and every edge it crossed."""

    def __init__(self, world):
        super().__init__(world, effects=False)
        self.used: set = set()

    def unicast(self, ep, mac, *args, **kw):
        frame = super().unicast(ep, mac, *args, **kw)
        self.used.add(_ep_key(ep))
        if frame.target is not None:
            self.used.add(_ep_key(frame.target))
            self.used.update(_edge_key(e) for e, _ in frame.path)
        return frame


def _ep_key(ep):
    return ("ep", ep.node.host, ep.node.name, ep.ifname)


def _edge_key(edge):
    return ("edge", edge.host, edge.name, edge.a, edge.b)


def _live(topo) -> set:
    """What a walk can use: endpoints and edges that are up, and the addresses nodes hold up."""
    return ({_ep_key(e) for e in topo.endpoints if e.up} | {_edge_key(e) for e in topo.edges if e.up}
            | {("addr", n.host, n.name, i, str(a)) for n in topo.nodes for i, a in n.addresses()})


def flows(world, sc):
    """{(source, destination): (delivered, what the walks used, their verdicts and hops)}."""
    out = {}
    for h, z, os_host, _ in sources(world, sc):
        for dst in destinations(sc):
            r = Recorder(world)
            there, back = r.ping(r.node_of(os_host), ipaddress.ip_address(dst))
            ok = back is not None and back.delivered
            for w, to in ((there, dst), (back, there.source)):
                if w is not None and w.delivered:       # the interface the address is on ends the walk
                    r.used.update(("addr", w.reached.host, w.reached.name, i, str(a))
                                  for i, a in w.reached.addresses() if str(a) == str(to))
            shape = [(w.verdict, w.detail, [(x.kind, x.host, x.name, x.detail) for x in w.hops])
                     for w in (there, back) if w is not None]
            out[(h, z, dst)] = (ok, frozenset(r.used), shape)
    return out


REMOVALS = st.sampled_from(["unplumb", "delete", "down", "nic"])


@settings(max_examples=40, **SETTINGS)
@given(st.booleans().flatmap(lambda simple: st.tuples(st.just(simple), scenarios(simple=simple))),
       REMOVALS, st.data())
def test_removing_a_link_drops_exactly_the_flows_that_used_it(simple_sc, how, data):
    simple, sc = simple_sc
    world, sessions = make(sc)
    before = flows(world, sc)
    live_before = _live(Plane(world, effects=False).topo)
    if how == "nic" or not sc["vnics"]:
        h = data.draw(st.sampled_from(HOSTS))
        nic = data.draw(st.sampled_from(["e1000g0", "e1000g1"]))
        world.hosts[h].links.links[nic].state = "down"        # the cable is pulled
    else:
        h, name, _, _, zone, _, _ = data.draw(st.sampled_from(sc["vnics"]))
        pre = f"zlogin {zname(h, zone)} " if zone else ""
        if how == "down":
            sessions[h].execute(f"{pre}ifconfig {name} down")
        else:
            sessions[h].execute(f"{pre}ifconfig {name} unplumb")
            if how == "delete" and not zone:
                r = sessions[h].execute(f"dladm delete-vnic {name}")
                assert r.status == 0, r.text
    gone = live_before - _live(Plane(world, effects=False).topo)
    after = flows(world, sc)
    assert before.keys() == after.keys()
    for pair, (ok, used, shape) in before.items():
        ok2, _, shape2 = after[pair]
        touched = bool(used & gone)
        if ok and not touched:
            assert ok2 and shape2 == shape, (pair, gone, shape, shape2)
        if ok and not ok2:
            assert touched, (pair, gone, used)
        if simple:
            assert ok2 == (ok and not touched), (pair, gone, ok, ok2, shape2)


# d. determinism --------------------------------------------------------------------------------------
def _transcript(sc, lines):
    world, sessions = make(sc)
    out = []
    for h, line in lines:
        r = sessions[h].execute(line)
        out.append((h, line, r.status, tuple(r.chunks)))
    return out


@settings(max_examples=30, **SETTINGS)
@given(scenarios(), st.data())
def test_the_same_world_and_commands_print_the_same_bytes(sc, data):
    world, _ = make(sc)
    srcs = [(h, pre) for h, _, _, pre in sources(world, sc)]
    cmds = st.sampled_from(["ping {}", "ping -s {} 56 3", "ping -sn {} 64 2", "vshtrace {}", "arp -an", "netstat -rn"])
    lines = []
    for (h, pre), dst, cmd in data.draw(st.lists(st.tuples(st.sampled_from(srcs), st.sampled_from(destinations(sc)),
                                                           cmds), min_size=1, max_size=8)):
        lines.append((h, pre + cmd.format(dst)))
    lines.append(("a", "vshtrace -m lan"))
    first, second = _transcript(sc, lines), _transcript(sc, lines)
    assert first == second
