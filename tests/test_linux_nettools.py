"""ifconfig, ip, vconfig and ifenslave on the netdevs model: the net-tools order and layout,
the seed's bonded-and-trunked dom0 rebuilt with the tools, refusals that change nothing, and
random command lines that never end in an internal error."""
import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vshell.commands.linux.ifconfig import interface_names, units
from vshell.commands.linux.nettools_common import inet_aton, nstrcmp
from vshell.session import Session
from vshell.worlds import build, load_decl
from helpers import ok


def _session(world="ovm2-bonding"):
    return Session(build(load_decl(world)))


def _nd(s):
    return s.world.hosts[s.world.start_host].netdevs


def test_nstrcmp_orders_like_the_seed():
    names = ["vlan100:1", "eth1", "bond0.100", "lo", "vlan50", "bond0", "vlan100", "bond0.51",
             "eth0", "bond0.50", "vlan51"]
    import functools
    got = sorted(names, key=functools.cmp_to_key(nstrcmp))
    assert got == ["bond0", "bond0.50", "bond0.51", "bond0.100", "eth0", "eth1", "lo", "vlan50",
                   "vlan51", "vlan100", "vlan100:1"]


def test_units_follow_the_seed():
    assert units(0) == "0.0 b"
    assert units(4023299390) == "3.7 GiB"
    assert units(1022184796) == "974.8 MiB"
    assert units(59276) == "57.8 KiB"
    assert units(1024) == "1024.0 b"


def test_inet_aton_forms():
    assert inet_aton("10.1.1.101") == 0x0A010165
    assert inet_aton("10.257") == 0x0A000101
    assert inet_aton("0x0a.1.1.1") == 0x0A010101
    assert inet_aton("10.1.1.256") is None
    assert inet_aton("foo") is None


def _seed(s):
    """The seed's interfaces, made as an admin would: bond, VLANs, bridges, the alias."""
    for line in ["modprobe bonding", "ifconfig eth0 0.0.0.0", "ifconfig bond0 up",
                 "ifenslave bond0 eth0 eth1",
                 "modprobe 8021q", "vconfig add bond0 50", "vconfig add bond0 51", "vconfig add bond0 100",
                 "ifconfig bond0.50 up", "ifconfig bond0.51 up", "ifconfig bond0.100 up"]:
        s.execute(line)
    nd = _nd(s)
    for br in ("vlan50", "vlan51", "vlan100"):
        nd.add_bridge(br)
        nd.set_up(br, True)
    ok(s, "ifconfig vlan100:1 10.1.1.101 netmask 255.255.255.0")


def test_the_seed_comes_out_in_the_seeds_order_and_flags():
    s = _session()
    _seed(s)
    out = ok(s, "ifconfig").stdout
    heads = [l.split()[0] for l in out.splitlines() if l and not l.startswith(" ")]
    assert heads == ["bond0", "bond0.50", "bond0.51", "bond0.100", "eth0", "eth1", "lo",
                     "vlan50", "vlan51", "vlan100", "vlan100:1"]
    assert "bond0.100 Link encap:Ethernet  HWaddr 00:14:5E:C0:FF:EE  \n" in out
    assert "          UP BROADCAST RUNNING MASTER MULTICAST  MTU:1500  Metric:1\n" in out
    assert "          UP BROADCAST RUNNING SLAVE MULTICAST  MTU:1500  Metric:1\n" in out
    alias = out.split("vlan100:1 ")[1]
    assert alias.splitlines()[1] == "          inet addr:10.1.1.101  Bcast:10.1.1.255  Mask:255.255.255.0"
    assert len(alias.rstrip("\n").splitlines()) == 3          # inet and flags lines only


def test_interface_names_include_aliases_once():
    s = _session()
    ok(s, "ifconfig eth0:1 10.1.1.150")
    names = interface_names(_nd(s))
    assert names.count("eth0") == 1 and names.index("eth0:1") == names.index("eth0") + 1


def test_vlan_flags_copy_only_on_ovm2():
    for world, master in (("ovm2-bonding", True), ("ovm3-bonding", False)):
        s = _session(world)
        s.execute("modprobe bonding")
        ok(s, "ifconfig bond0 up")
        s.execute("modprobe 8021q")
        assert s.execute("vconfig add bond0 50").status == 0
        assert ("MASTER" in _nd(s).flags(_nd(s).get("bond0.50"))) is master


def test_ip_link_shows_master_and_vlan_lower():
    s = _session("ovm3-bonding")
    s.execute("modprobe bonding")
    ok(s, "ifconfig bond0 up")
    ok(s, "ifenslave bond0 eth1")
    ok(s, "ip link add link bond0 name bond0.50 type vlan id 50")
    out = ok(s, "ip link").stdout
    assert "master bond0 state" in out and "bond0.50@bond0: <BROADCAST,MULTICAST,MASTER>" not in out
    assert "bond0.50@bond0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN \n" in out


REFUSALS = [
    ("ovm2-bonding", "ifconfig eth9 up"), ("ovm2-bonding", "ifconfig eth9 1.2.3.4"),
    ("ovm2-bonding", "ifconfig eth0 nosuchhost"), ("ovm2-bonding", "ifconfig eth0:3 down"),
    ("ovm2-bonding", "ifconfig eth0 mtu 40"), ("ovm2-bonding", "ifconfig eth0 hw ether 00:11:22:33:44:55"),
    ("ovm2-bonding", "ifconfig eth1 netmask 255.255.255.0"), ("ovm2-bonding", "ifconfig -q"),
    ("ovm2-bonding", "ip link set dev eth9 up"), ("ovm2-bonding", "ip link add link eth0 name x type vlan id 5"),
    ("ovm2-bonding", "ip addr add 10.1.1.101/24 dev eth0"), ("ovm2-bonding", "ip addr del 10.9.9.9/24 dev eth0"),
    ("ovm3-bonding", "ip link add link eth9 name eth9.5 type vlan id 5"),
    ("ovm3-bonding", "ip link add link eth0 name eth0.5000 type vlan id 5000"),
    ("ovm3-bonding", "ip link delete eth0"), ("ovm3-bonding", "ip link delete lo"),
    ("ovm2-bonding", "vconfig add eth9 5"), ("ovm3-bonding", "vconfig add eth9 5"),
    ("ovm2-bonding", "vconfig add eth0 4095"), ("ovm3-bonding", "vconfig rem eth0"),
    ("ovm2-bonding", "ifenslave eth0 eth1"), ("ovm2-bonding", "ifenslave bond9 eth1"),
]


def test_refusals_change_nothing():
    for world, line in REFUSALS:
        s = _session(world)
        before = copy.deepcopy({n: (d.up, d.mtu, d.mac, [(a.label, a.address, a.prefix) for a in d.addrs])
                                for n, d in _nd(s).devs.items()})
        r = s.execute(line)
        assert r.status != 0 or r.stderr, (world, line, r.text)
        after = {n: (d.up, d.mtu, d.mac, [(a.label, a.address, a.prefix) for a in d.addrs])
                 for n, d in _nd(s).devs.items()}
        assert before == after, (world, line)


def test_non_root_is_refused_with_the_kernels_words():
    s = Session(build(load_decl("lab-perms")), host="dom0", user="oracle")
    r = s.execute("ifconfig eth0 down")
    assert r.stderr == "SIOCSIFFLAGS: Permission denied\n" and r.status == 1
    r = s.execute("ifconfig eth0 mtu 1400")
    assert r.stderr == "SIOCSIFMTU: Operation not permitted\n"
    assert s.execute("ifconfig -a").status == 0


def test_ifenslave_clears_the_slave_and_takes_its_mac():
    s = _session()
    s.execute("modprobe bonding")
    ok(s, "ifconfig bond0 up")
    ok(s, "ifenslave bond0 eth0")
    nd = _nd(s)
    assert nd.get("eth0").addrs == [] and nd.get("bond0").mac == "00:14:5e:c0:ff:ee"
    ok(s, "ifenslave -d bond0 eth0")
    assert nd.get("eth0").master == ""


WORDS = ["ifconfig", "ip", "vconfig", "ifenslave"]
ARGS = ["-a", "-d", "-c", "-z", "--help", "eth0", "eth1", "eth9", "eth0:1", "bond0", "bond0.50",
        "lo", "up", "down", "mtu", "1400", "hw", "ether", "00:11:22:33:44:55", "netmask",
        "255.255.255.0", "broadcast", "10.1.1.255", "10.1.1.7", "10.1.1.7/24", "0.0.0.0", "link",
        "addr", "add", "del", "delete", "flush", "show", "set", "dev", "name", "type", "vlan",
        "id", "50", "4095", "-1", "rem", "set_flag", "set_name_type", "VLAN_PLUS_VID", "label",
        "brd", "+", "x", "", "1"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.lists(st.sampled_from(ARGS), max_size=7)),
                min_size=1, max_size=4),
       st.sampled_from(["ovm2-bonding", "ovm3-bonding"]))
def test_random_command_lines_never_break(cmds, world):
    s = _session(world)
    s.execute("modprobe bonding")
    for tool, args in cmds:
        line = " ".join([tool] + [a if a else "''" for a in args])
        r = s.execute(line)
        assert "internal error" not in r.text, (line, r.text)
        assert r.status != 70, (line, r.text)
