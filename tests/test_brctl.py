"""brctl (bridge-utils 1.1, 1.2, 1.5): the front end's words and streams per version, the
layouts from brctl_disp.c, the C parsers of its values, and a property: no argv ever makes an
internal error or leaves the bridges inconsistent."""
import shlex

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vshell.commands.linux import brctl
from vshell.session import Session
from vshell.worlds import build, load_decl


def _session(world="ovm2-bonding", user="root"):
    w = build(load_decl(world))
    return Session(w, user=user)


def test_usage_lists_the_version_table():
    s = _session()
    r = s.execute("brctl")
    assert r.status == 1 and r.stderr == ""
    lines = r.stdout.splitlines()
    assert lines[:2] == ["Usage: brctl [commands]", "commands:"]
    assert lines[2] == "\taddbr     \t<bridge>\t\tadd bridge"
    assert "\tshow      \t\t\t\tshow a list of bridges" in lines
    assert not any("hairpin" in ln for ln in lines)              # 1.5 on
    r5 = _session("debian7-kvm").execute("brctl -h")
    assert r5.status == 0
    assert "\thairpin   \t<bridge> <port> {on|off}\tturn hairpin on/off" in r5.stdout
    assert "\tshow      \t[ <bridge> ]\t\tshow a list of bridges" in r5.stdout


def test_unknown_command_prints_the_next_word_before_1_6():
    s = _session()
    assert s.execute("brctl frob").stderr == "never heard of command [(null)]\n"
    r = s.execute("brctl frob br0")
    assert r.stderr == "never heard of command [br0]\n" and r.stdout.startswith("Usage: brctl")
    assert r.chunks[0][0] == "stderr"                              # the complaint comes first


def test_arity_goes_to_stdout_and_extra_words_are_ignored():
    s = _session()
    r = s.execute("brctl addif br0")
    assert (r.status, r.stderr) == (1, "")
    assert r.stdout == ("Incorrect number of arguments for command\n"
                        "Usage: brctl addif <bridge> <device>\tadd interface to bridge\n")
    assert s.execute("brctl addbr br0 extra words").status == 0


def test_version_and_options():
    assert _session().execute("brctl -V").stdout == "bridge-utils, 1.1\n"
    assert _session("ovm3-bonding").execute("brctl --vers").stdout == "bridge-utils, 1.2\n"
    r = _session().execute("brctl show -x")
    assert r.stderr == "brctl: invalid option -- x\nUnknown option '?'\n" and r.status == 1
    assert _session().execute("brctl show -h").status == 0         # getopt permutes


def test_show_layout_and_order():
    s = _session()
    for line in ("brctl addbr zz", "brctl addbr br0", "brctl addif br0 eth1 eth0"):
        assert s.execute(line).status == 0
    out = s.execute("brctl show").stdout
    assert out.splitlines() == [
        "bridge name\tbridge id\t\tSTP enabled\tinterfaces",
        "br0\t\t8000.00145ec0ffee\tno\t\teth0",
        "\t\t\t\t\t\t\teth1",
        "zz\t\t8000.000000000000\tno\t\t",
    ]


def test_show_names_only_from_1_5():
    r = _session("ovm3-bonding").execute("brctl show nosuchdev")
    assert r.stdout == "bridge name\tbridge id\t\tSTP enabled\tinterfaces\n" and r.stderr == ""
    r = _session("debian7-kvm").execute("brctl show nosuchdev")
    assert r.chunks == [("stdout", "bridge name\tbridge id\t\tSTP enabled\tinterfaces\nnosuchdev\t\t"),
                        ("stderr", "can't get info No such device\n")]


def test_showmacs_rows():
    s = _session("debian7-kvm")
    s.execute("brctl addbr br0")
    s.execute("brctl addif br0 eth2 eth1")
    assert s.execute("brctl showmacs br0").stdout == (
        "port no\tmac addr\t\tis local?\tageing timer\n"
        "  2\t00:1b:21:4c:9e:50\tyes\t\t   0.00\n"
        "  1\t00:1b:21:4c:9e:51\tyes\t\t   0.00\n")


def test_stp_runs_on_the_clock():
    s = _session()
    for line in ("brctl addbr br0", "brctl addif br0 eth1", "ifconfig eth1 up", "ifconfig br0 up",
                 "brctl stp br0 on"):
        assert s.execute(line).status == 0, line
    states = []
    for _ in range(3):
        out = s.execute("brctl showstp br0").stdout
        states.append(next(ln.split()[-1] for ln in out.splitlines() if "state" in ln))
        s.execute("sleep 15")
    assert states == ["listening", "learning", "forwarding"]


def test_non_root_may_look_not_change():
    s = _session("lab-perms", user="root")
    s.execute("ssh dom0")
    assert s.execute("solaris11").status == 0
    s.execute("brctl addbr br0")
    s.execute("exit")
    s.execute("ssh oracle@dom0")
    s.execute("solaris11")
    assert s.execute("brctl show").status == 0
    assert s.execute("brctl addbr br1").stderr == "add bridge failed: Operation not permitted\n"
    assert s.execute("brctl stp br0 on").stderr == "set stp status failed: Operation not permitted\n"


def test_c_parsers():
    assert brctl.sscanf_i("0x10") == 16 and brctl.sscanf_i("010") == 8 and brctl.sscanf_i(" 7z") == 7
    assert brctl.sscanf_i("z") is None and brctl.sscanf_i("-1") == -1
    assert brctl.sscanf_lf("2.5s") == 2.5 and brctl.sscanf_lf("x") is None and brctl.sscanf_lf(".5") == 0.5
    assert brctl.to_centiseconds(4.567) == 456
    assert brctl.timer(300) == " 300.00" and brctl.timer(0.1) == "   0.10"


WORDS = ["addbr", "delbr", "addif", "delif", "hairpin", "setageing", "setbridgeprio", "setfd",
         "sethello", "setmaxage", "setpathcost", "setportprio", "show", "showmacs", "showstp", "stp",
         "br0", "br1", "eth0", "eth1", "eth2", "lo", "nosuch", "on", "off", "1", "-1", "0x20", "63",
         "64", "2.5", "-V", "-h", "--", "x" * 20, "a/b", ""]


def _consistent(nd):
    for d in nd.devs.values():
        if d.kind == "bridge":
            for p, bp in d.bridge.ports.items():
                assert p in nd.devs and nd.devs[p].master == d.name
            assert len({bp.no for bp in d.bridge.ports.values()}) == len(d.bridge.ports)
        if d.master:
            m = nd.devs.get(d.master)
            assert m is not None
            if m.kind == "bridge":
                assert d.name in m.bridge.ports


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(world=st.sampled_from(["ovm2-bonding", "ovm3-bonding", "debian7-kvm"]),
       lines=st.lists(st.lists(st.sampled_from(WORDS), max_size=5), min_size=1, max_size=8))
def test_random_argv_never_breaks(world, lines):
    s = _session(world)
    nd = s.world.hosts[s.world.start_host].netdevs
    for words in lines:
        r = s.execute("brctl " + " ".join(shlex.quote(w) for w in words))
        assert not r.internal_error, words
        assert r.status in (0, 1)
        _consistent(nd)
