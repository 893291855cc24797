"""ifconfig on the IP model: flags are one bit set (the hex and the names come from it), a
refusal changes nothing, and random ifconfig lines keep addresses unique among the addresses
that are up and never leave a link IP holds deletable."""
import ipaddress

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vshell.commands.ifconfig import FLAG_ORDER, flag_names
from vshell.model.ip import IFF
from vshell.session import Session
from vshell.worlds import build, load_decl
from helpers import ok


def _session(world="s114-x86"):
    return Session(build(load_decl(world)))


def _stack(s):
    return s.world.hosts[s.world.start_host].ip


def test_flag_names_follow_the_bits():
    assert flag_names(0x2001000849) == "flags=2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL>"
    assert flag_names(0x100001004843) == "flags=100001004843<UP,BROADCAST,RUNNING,MULTICAST,DHCP,IPv4,PHYSRUNNING>"
    assert flag_names(0) == "flags=0"
    assert set(FLAG_ORDER) <= set(IFF)


def test_flipping_one_bit_changes_the_hex_and_the_name_together():
    s = _session()
    before = ok(s, "ifconfig net0").stdout.splitlines()[0]
    stack = _stack(s)
    iface = stack.get("net0", 4)
    stack.set_flag(iface, iface.lifs[0], "PRIVATE", True)
    after = ok(s, "ifconfig net0").stdout.splitlines()[0]
    old = int(before.split("=")[1].split("<")[0], 16)
    new = int(after.split("=")[1].split("<")[0], 16)
    assert new == old | IFF["PRIVATE"]
    assert "PRIVATE" not in before and ",PRIVATE," in after
    # the system's bits follow the model too: forwarding sets ROUTER on every interface
    stack.set_forwarding(4, True)
    routed = ok(s, "ifconfig net0").stdout.splitlines()[0]
    assert int(routed.split("=")[1].split("<")[0], 16) == new | IFF["ROUTER"] and "ROUTER" in routed


def test_the_link_going_down_clears_running_and_physrunning():
    s = _session()
    ok(s, "dladm create-etherstub stub0")
    ok(s, "dladm create-vnic -l net1 vnic0")
    ok(s, "ifconfig vnic0 plumb 10.9.9.9/24 up")
    s.world.hosts["scorpion"].links.get("net1").state = "down"
    line = ok(s, "ifconfig vnic0").stdout.splitlines()[0]
    assert "RUNNING" not in line and "PHYSRUNNING" not in line


REFUSALS = [
    "ifconfig nosuch0 up", "ifconfig nosuch0 plumb", "ifconfig nosuch0 10.1.1.1",
    "ifconfig net0 10.0.0.1/40", "ifconfig net0 bogus", "ifconfig net0 inet6 arp",
    "ifconfig net0 mtu 99999", "ifconfig net0 index 1", "ifconfig net0:1 addif 1.2.3.4",
    "ifconfig net0 removeif 10.0.0.10", "ifconfig net0 removeif 10.9.9.9", "ifconfig net0 zone z1",
    "ifconfig -u", "ifconfig -a4 plumb", "ifconfig net0 netmask", "ifconfig net0 addif 10.0.0.10",
    "ifconfig net0 dhcp release", "ifconfig net0 dhcp wait x", "ifconfig net0 ether 1:2:3",
]


def test_a_refusal_changes_nothing():
    s = _session()
    stack = _stack(s)
    for line in REFUSALS:
        before = stack.snapshot()
        r = s.execute(line)
        assert r.status != 0, line
        assert "Traceback" not in r.text, line
        if line != "ifconfig net0 addif 10.0.0.10":       # the unit is made and removed again
            assert stack.snapshot() == before, line
        else:
            assert stack.snapshot() == before


def test_a_user_without_privileges_may_look_but_not_touch():
    s = Session(build(load_decl("omnios-2019")), user="cneira")
    out = ok(s, "ifconfig e1000g0").stdout
    assert "ether" not in out                        # dlpi_open needs privileges
    r = s.execute("ifconfig e1000g0 down")
    assert r.status == 1 and r.stderr == "ifconfig: setifflags: SIOCSLIFFLAGS: e1000g0: permission denied\n"
    assert ok(s, "pfexec ifconfig e1000g0").stdout.count("ether") == 1


WORDS = ["plumb", "unplumb", "up", "down", "10.1.1.1", "10.1.1.2/24", "addif 10.1.1.3",
         "removeif 10.1.1.3", "-arp", "netmask 255.255.0.0", "mtu 1400", "inet6 plumb up",
         "inet6 unplumb", "10.0.0.10"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["net1", "vnic0", "vnic0:1", "net0"]),
                          st.sampled_from(WORDS)), min_size=1, max_size=25))
def test_random_lines_keep_the_model_whole(steps):
    s = _session()
    ok(s, "dladm create-vnic -l net1 vnic0")
    stack = _stack(s)
    for name, words in steps:
        r = s.execute(f"ifconfig {name} {words}")
        assert "Traceback" not in r.text
        up = [lif.addr for i, lif in stack.lifs() if lif.up and lif.addr is not None]
        assert len(up) == len(set(up)), up                # an address is up once
        for (name_, fam), iface in stack.interfaces.items():
            assert iface.index == stack.phyint[name_]     # v4 and v6 share the index
            assert 0 in iface.lifs
            for lif in iface.lifs.values():
                assert lif.addr is None or lif.addr.version == fam
        for link in s.world.hosts["scorpion"].links.links.values():
            assert link.opened == stack.plumbed(link.name) or link.cls == "phys"
    if stack.plumbed("vnic0"):
        assert s.execute("dladm delete-vnic vnic0").status == 1
    assert all(isinstance(a, (ipaddress.IPv4Address, ipaddress.IPv6Address))
               for a in stack.addresses(up=False))
