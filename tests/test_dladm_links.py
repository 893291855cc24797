"""dladm's datalinks, through the command line: random create/delete/rename keeps link names
and MAC addresses unique and never leaves a link over a missing one; a refusal changes
nothing; the rules behind the transcripts."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vshell.session import Session
from vshell.worlds import build, load_decl
from vshell.model.datalinks import link_ntoa, valid_link_name
from helpers import ok

STUBS = ["stub0", "stub1"]
VNICS = ["vnic0", "vnic1", "vnic2", "vnic3", "db0", "db1"]
VLANS = ["web10", "web11", "web12"]
MACS = ["2:8:20:0:0:1", "2:8:20:0:0:2", "0:21:28:8b:3:1d"]
KINDS = ["stub", "vnic", "vnic", "vnic", "vnic-mac", "vnic-vid", "vlan", "vlan", "del-vnic",
         "del-vnic", "del-stub", "del-vlan", "rename", "modify"]


def _line(choose, links) -> str:
    """One command; `choose(seq)` picks an item. Names are mostly ones the command can use
    (a free name to create, an existing one to delete) and sometimes any, so refusals come too."""
    have = set(links)

    def name(pool, free):
        fit = [n for n in pool if (n not in have) == free]
        return choose(fit if fit and choose([True] * 7 + [False]) else pool)
    lower = choose(["net0", "net1", "net2", "net0", "net1", *[n for n in STUBS if n in have], "nosuch0"])
    kind = choose(KINDS)
    mac, vid = choose(MACS), choose([10, 20, 30, 4095])
    return {
        "stub": lambda: f"dladm create-etherstub {name(STUBS, True)}",
        "vnic": lambda: f"dladm create-vnic -l {lower} {name(VNICS, True)}",
        "vnic-mac": lambda: f"dladm create-vnic -l {lower} -m {mac} {name(VNICS, True)}",
        "vnic-vid": lambda: f"dladm create-vnic -l {lower} -v {vid} {name(VNICS, True)}",
        "vlan": lambda: f"dladm create-vlan -l {lower} -v {vid} {name(VLANS, True)}",
        "del-vnic": lambda: f"dladm delete-vnic {name(VNICS, False)}",
        "del-stub": lambda: f"dladm delete-etherstub {name(STUBS, False)}",
        "del-vlan": lambda: f"dladm delete-vlan {name(VLANS, False)}",
        "rename": lambda: f"dladm rename-link {name(VNICS, False)} {name(VNICS, True)}",
        "modify": lambda: f"dladm modify-vnic -m {choose(['random', 'random', mac])} {name(VNICS, False)}",
    }[kind]()


def _invariants(world):
    links = world.hosts["primary"].links
    l2 = world.l2
    macs = [links.mac_of(k) for k in links.links.values() if k.cls in ("phys", "vnic")]
    assert len(macs) == len(set(macs)), macs
    for k in links.links.values():
        assert k.name == next(n for n, v in links.links.items() if v is k)
        for low in k.over:
            assert low in links.links, (k.name, low)          # nothing sits on a missing link
        if k.cls == "vnic" and k.slot is None:
            assert l2.mac_owner(k.mac) == k.port              # its address is claimed for it
        assert valid_link_name(k.name)
    # every claimed MAC belongs to a live port
    for mac in l2.macs():
        assert l2.mac_owner(mac) in l2.ports


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_links_keep_names_and_macs_unique(data):
    world = build(load_decl("t5-2"))
    s = Session(world)
    links = world.hosts["primary"].links
    for _ in range(data.draw(st.integers(1, 30))):
        line = _line(lambda seq: data.draw(st.sampled_from(list(seq))), links.links)
        before = links.snapshot()
        r = s.execute(line)
        assert not r.internal_error, (line, r.text)
        if r.status != 0:
            assert links.snapshot() == before, line          # refused: nothing changed
        _invariants(world)


def test_generated_commands_are_mostly_accepted():
    """The generator above is worth its salt: over a fixed sample at least half succeed."""
    import random
    rnd = random.Random(6)
    world = build(load_decl("t5-2"))
    s = Session(world)
    results = [s.execute(_line(lambda seq: rnd.choice(list(seq)), world.hosts["primary"].links.links)).status
               for _ in range(400)]
    assert results.count(0) * 2 >= len(results), results.count(0)


def test_random_vnic_macs_have_the_sun_prefix_and_come_from_the_seed():
    a, b = Session(build(load_decl("t5-2"))), Session(build(load_decl("t5-2")))
    for s in (a, b):
        ok(s, "dladm create-vnic -l net0 vnic0")
    mac_a = a.world.hosts["primary"].links.links["vnic0"].mac
    assert mac_a == b.world.hosts["primary"].links.links["vnic0"].mac
    assert link_ntoa(mac_a).startswith("2:8:20:")
    c = Session(build(load_decl("t5-2"), seed=99))
    ok(c, "dladm create-vnic -l net0 vnic0")
    assert c.world.hosts["primary"].links.links["vnic0"].mac != mac_a


def test_a_link_with_clients_cannot_go_and_says_link_busy():
    s = Session(build(load_decl("t5-2")))
    ok(s, "dladm create-etherstub stub0")
    ok(s, "dladm create-vnic -l stub0 vnic0")
    r = s.execute("dladm delete-etherstub stub0")
    assert r.status == 1 and r.stderr == "dladm: vnic deletion failed: link busy\n"
    ok(s, "dladm delete-vnic vnic0")
    ok(s, "dladm delete-etherstub stub0")
    assert set(s.world.hosts["primary"].links.links) == {"net0", "net1", "net2", "net3"}


def test_a_mac_is_unique_across_the_world_not_only_the_host():
    s = Session(build(load_decl("two-hosts")))
    ok(s, "dladm create-vnic -l net0 -m 2:8:20:0:0:1 vnic0")
    r = s.execute("ssh backup")
    r = s.execute("solaris11")
    r = s.execute("dladm create-vnic -l net0 -m 2:8:20:0:0:1 vnic0")
    assert r.stderr == "dladm: vnic creation over net0 failed: MAC address is already in use\n"


def test_rename_keeps_what_sits_on_the_link():
    s = Session(build(load_decl("t5-2")))
    ok(s, "dladm create-etherstub stub0")
    ok(s, "dladm create-vnic -l stub0 vnic0")
    ok(s, "dladm rename-link stub0 switch0")
    assert s.world.hosts["primary"].links.links["vnic0"].over == ["switch0"]
    assert "switch0" in ok(s, "dladm show-vnic").stdout


def test_guest_vnet_slots_follow_the_managers_alternate_macs():
    s = Session(build(load_decl("t5-2-guest")))
    vnet = s.world.hosts["primary"].ldm.vio.vnets[("ldg1", "vnet0")]
    ok(s, "ldm set-vnet alt-mac-addrs=+auto vnet0 ldg1")
    guest = s.world.hosts["ldg1"].links
    guest.sync_phys()
    assert guest.links["net0"].factory == vnet.alt_macs and len(vnet.alt_macs) == 3
    # and the control domain shows the vnet's switch port as a VNIC over net-dev
    out = ok(s, "dladm show-vnic -p -o link,over,macaddress").stdout
    assert out == f"ldoms-vsw0.vport0:net0:{link_ntoa(vnet.mac).replace(':', chr(92) + ':')}\n"
