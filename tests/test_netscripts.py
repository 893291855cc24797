"""The Linux netdevs and RHEL's network scripts: the network service's order, bash's sourcing
of ifcfg files, bonds made as each release makes them, VLAN devices, bridge ports, and the
kernel files (/proc/net, /sys/class/net) rendered from the model."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vshell.model import netscripts
from vshell.model.netscripts import Result, Scripts, source
from vshell.session import Session
from vshell.worlds import build, load_decl

D = netscripts.SCRIPTS


def _host(world="ovm2-bonding"):
    w = build(load_decl(world))
    return w, w.hosts[w.start_host]


def _write(host, name, text):
    host.fs.write(f"{D}/ifcfg-{name}", text)


def _seed(host, modprobe=True):
    """The bonded-and-trunked seed's files."""
    if modprobe:
        host.fs.write("/etc/modprobe.conf", "alias bond0 bonding\nalias bond1 bonding\noptions bonding max_bonds=2\n",
                      append=True)
    _write(host, "bond0", 'DEVICE=bond0\nBOOTPROTO=none\nONBOOT=yes\nBONDING_OPTS="mode=4 miimon=100"\n')
    for i, nic in enumerate(("eth0", "eth1")):
        mac = host.netdevs.devs[nic].perm_mac.upper()
        _write(host, nic, f"DEVICE={nic}\nBOOTPROTO=static\nHWADDR={mac}\nTYPE=Ethernet\nONBOOT=yes\n"
                          "MASTER=bond0\nSLAVE=yes\n")
    for v in (50, 51, 100):
        _write(host, f"vlan{v}", f"DEVICE=vlan{v}\nBOOTPROTO=none\nONBOOT=yes\nTYPE=Bridge\n")
        _write(host, f"bond0.{v}", f"DEVICE=bond0.{v}\nONBOOT=yes\nBOOTPROTO=none\nVLAN=yes\nTYPE=Ethernet\n"
                                   f"BRIDGE=vlan{v}\n")
    _write(host, "vlan100:1", "DEVICE=vlan100:1\nBOOTPROTO=static\nONBOOT=yes\nIPADDR=10.1.1.101\n"
                              "NETMASK=255.255.255.0\n")


def test_interfaces_sort_as_the_network_script_does():
    w, h = _host()
    for n in ("bond0", "bond0.50", "bond0.51", "bond0.100", "vlan50", "vlan100", "vlan51", "eth10",
              "eth0:1", "eth0-range0", "eth2.rpmsave", "eth3~"):
        _write(h, n, "ONBOOT=no\n")
    assert netscripts.interfaces(h.fs) == ["bond0", "bond0.100", "bond0.50", "bond0.51", "eth0", "eth1",
                                           "eth10", "vlan50", "vlan51", "vlan100"]


def test_sourcing_follows_bash():
    res = Result()
    env = source('A=1\n# c\nB="two words" C=3\nD=4 cmd arg\nsleep5\nE=5\n', "/f", res)
    assert env == {"A": "1", "B": "two words", "C": "3", "E": "5"}
    assert [(n.kind, n.info["line"], n.info["word"]) for n in res.notes] == [
        ("command-not-found", 4, "cmd"), ("command-not-found", 5, "sleep5")]
    res = Result()
    env = source("A=1\nHWADDR=<INTERFACE MAC ADDRESS>\nB=2\n", "/f", res)
    assert env == {"A": "1"} and res.notes[0].kind == "syntax-error"       # the rest is never read


def test_onboot_is_the_scripts_regex():
    w, h = _host()
    s = Scripts(h)
    for text, up in (("ONBOOT=no\n", False), ("ONBOOT='NO'\n", False), ("ONBOOT=yes\n", True),
                     ("X=1\n", True), (" ONBOOT=no\n", True)):
        _write(h, "eth1", text)
        assert s.onboot(f"{D}/ifcfg-eth1") is up, text


def test_the_seed_comes_up_in_order_and_wires_the_bridges():
    w, h = _host()
    _seed(h)
    s = Scripts(h)
    stop = [(a, i) for a, i, _ in s.stop()]
    assert stop == [("down", "eth0"), ("down-lo", "lo")]
    steps = s.start()
    assert [(a, i, r.status) for a, i, r in steps] == [
        ("up-lo", "lo", 0), ("up", "bond0", 0), ("up", "bond0.100", 0), ("up", "bond0.50", 0),
        ("up", "bond0.51", 0), ("up", "vlan50", 0), ("up", "vlan51", 0), ("up", "vlan100", 0)]
    assert [n.kind for n in steps[2][2].notes] == ["vlan-added"]
    nd = h.netdevs
    assert nd.devs["bond0"].bond.slaves == ["eth0", "eth1"] and nd.devs["bond0"].bond.mode == 4
    assert nd.devs["eth1"].mac == nd.devs["eth0"].perm_mac                   # slaves wear the bond's MAC
    assert nd.flags(nd.devs["bond0.50"]) == ["UP", "BROADCAST", "RUNNING", "MASTER", "MULTICAST"]   # 2.6.18
    assert list(nd.devs["vlan100"].bridge.ports) == ["bond0.100"]
    assert [a.label for a in nd.devs["vlan100"].addrs] == ["vlan100:1"]
    assert "bond1" in nd.devs and not nd.devs["bond1"].up                     # max_bonds=2
    # a restart takes it all down in the script's order and brings it back the same
    assert [i for a, i, _ in s.stop()] == ["vlan50", "vlan51", "vlan100", "bond0.100", "bond0.50", "bond0.51",
                                           "bond0", "lo"]
    s.start()
    assert nd.devs["vlan50"].up and nd.devs["bond0"].bond.slaves == ["eth0", "eth1"]


def test_without_the_modprobe_alias_the_bond_is_not_there():
    w, h = _host()
    _seed(h, modprobe=False)
    res = Scripts(h).ifup("bond0")
    assert res.status == 1 and res.notes[0].kind == "not-present" and res.notes[0].info["alias"] == ""


def test_rhel6_makes_bonds_through_bonding_masters_and_removes_vlans_on_ifdown():
    w, h = _host("ovm3-bonding")
    _seed(h, modprobe=False)
    s = Scripts(h)
    s.stop()
    s.start()
    nd = h.netdevs
    assert nd.devs["bond0"].up and "bond1" not in nd.devs
    assert nd.flags(nd.devs["bond0.50"]) == ["UP", "BROADCAST", "RUNNING", "MULTICAST"]
    res = s.ifdown("bond0.50")
    assert [n.kind for n in res.notes] == ["delbr-busy", "vlan-removed"]   # its bridge is still up
    assert "bond0.50" not in nd.devs and "vlan50" in nd.devs
    s.ifdown("vlan51")
    s.ifdown("bond0.51")
    assert "vlan51" not in nd.devs                                          # down, its last port left


def test_hwaddr_mismatch_and_missing_device():
    w, h = _host()
    _write(h, "eth1", "DEVICE=eth1\nHWADDR=00:00:00:00:00:01\n")
    assert Scripts(h).ifup("eth1").notes[0].kind == "different-mac"
    _write(h, "eth7", "DEVICE=eth7\n")
    assert Scripts(h).ifup("eth7").notes[0].info == {"dev": "eth7", "alias": ""}
    _write(h, "vlan9", "BOOTPROTO=none\n")                 # no DEVICE=: ifup names no device
    assert Scripts(h).ifup("vlan9").notes[0].info["dev"] == ""


def test_reboot_brings_back_only_what_the_files_say():
    w, h = _host()
    _seed(h)
    s = Session(w)
    r = s.execute("reboot")
    assert r.status == 0
    nd = h.netdevs
    assert nd.devs["bond0"].bond.slaves == ["eth0", "eth1"] and nd.devs["vlan51"].up


def test_proc_and_sys_render_the_model():
    w, h = _host()
    _seed(h)
    Scripts(h).start()
    s = Session(w)
    bond = s.execute("cat /proc/net/bonding/bond0").stdout
    assert bond.startswith("Ethernet Channel Bonding Driver: v3.0.3 (March 23, 2006)\n\nBonding Mode: IEEE 802.3ad")
    assert "\tPartner Key: 101\n\tPartner Mac Address: c0:ff:ee:25:60:00\n" in bond
    assert "Speed:" not in bond and "\nAggregator ID: 1\n" in bond
    assert s.execute("cat /proc/net/vlan/config").stdout == (
        "VLAN Dev name\t | VLAN ID\nName-Type: VLAN_NAME_TYPE_RAW_PLUS_VID_NO_PAD\n"
        "bond0.100      | 100  | bond0\nbond0.50       | 50  | bond0\nbond0.51       | 51  | bond0\n")
    assert s.execute("cat /sys/class/net/bonding_masters").stdout == "bond0 bond1\n"
    assert s.execute("cat /sys/class/net/bond0/bonding/mode").stdout == "802.3ad 4\n"
    r = s.execute("echo 1 > /sys/class/net/bond0/bonding/mode")           # a bond with slaves keeps its mode
    assert r.status == 1 and "write error: Operation not permitted" in r.stderr
    r = s.execute("echo +eth9 > /sys/class/net/bond1/bonding/slaves")     # bond1 is down (2.6.18 refuses)
    assert r.status == 1
    assert s.execute("ls /sys/class/net/vlan100/brif").stdout == "bond0.100\n"


def test_uek_bonding_has_speed_and_ad_select():
    w, h = _host("ovm3-bonding")
    _seed(h, modprobe=False)
    Scripts(h).start()
    bond = Session(w).execute("cat /proc/net/bonding/bond0").stdout
    assert "Aggregator selection policy (ad_select): stable\n" in bond
    assert "Speed: 1000 Mbps\nDuplex: full\n" in bond and bond.count("Slave queue ID: 0\n") == 2


def test_stp_states_run_on_the_clock():
    w, h = _host()
    nd = h.netdevs
    nd.add_bridge("br0")
    nd.set_up("eth1")
    nd.bridge_addif("br0", "eth1")
    nd.set_stp("br0", True)
    nd.set_up("br0")
    br = nd.devs["br0"]
    states = []
    for _ in range(4):
        states.append(nd.port_state(br, "eth1"))
        w.clock.advance(10)
    assert states == ["listening", "listening", "learning", "forwarding"]
    assert nd.bridge_id(br) == "8000." + nd.devs["eth1"].mac.replace(":", "")


ACTIONS = st.lists(st.tuples(st.sampled_from(["ifup", "ifdown", "service network restart", "service network stop",
                                               "service network start", "modprobe bonding", "modprobe -r bonding"]),
                             st.sampled_from(["bond0", "bond1", "eth0", "eth1", "bond0.50", "vlan50", "vlan100",
                                              "vlan100:1", "lo", "eth9"])), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ACTIONS, st.sampled_from(["ovm2-bonding", "ovm3-bonding"]))
def test_random_script_runs_keep_the_model_whole(actions, world):
    w, h = _host(world)
    _seed(h)
    s = Session(w)
    for verb, dev in actions:
        line = f"{verb} {dev}" if verb in ("ifup", "ifdown") else verb
        r = s.execute(line)
        assert not r.internal_error, (line, r.text)
    nd = h.netdevs
    for d in nd.devs.values():
        if d.master:
            m = nd.devs[d.master]
            assert d.name in (m.bond.slaves if m.kind == "bond" else m.bridge.ports)
        if d.kind == "vlan":
            assert d.lower in nd.devs
