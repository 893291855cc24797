"""ipadm on Oracle Solaris 11.4 and illumos, through the command line: random command
sequences keep address objects and addresses unique, never a traceback, and a refusal
changes nothing; every refusal of the transcripts leaves the stack as it was; the grammar's
examples parse; set-prop forwarding is routeadm's switch."""
import os
import shlex

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import ok
from vshell import grammar
from vshell.commands.ipadm import usage_texts
from vshell.session import Session
from vshell.worlds import build, load_decl

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WORLDS = {"s114-x86": "scorpion", "omnios-2019": "Trixie"}
IFACES = ["net0", "net1", "net2", "e1000g0", "vnic0", "vnic1", "nosuch0"]
USERS = ["v4", "v4a", "v6", "a", "b", "dh"]
ADDRS = ["192.168.1.1/24", "192.168.1.1", "192.168.1.2/24", "10.0.0.10/24", "fd00::1/64", "fd00::1",
         "bogus", "10.1.1.1/40"]


def _line(choose) -> str:
    i, u, a = choose(IFACES), choose(USERS), choose(ADDRS)
    aobj = choose([f"{i}/{u}", f"{i}/{u}", i])
    return choose([
        f"ipadm create-ip {i}", f"ipadm create-if {i}", f"ipadm delete-ip {i}",
        f"ipadm create-addr -T static -a {a} {aobj}", f"ipadm create-addr -a {a} -d {aobj}",
        f"ipadm create-addr -t -T static -a {a} {aobj}", f"ipadm create-addr -T addrconf {aobj}",
        f"ipadm create-addr -T dhcp {aobj}", f"ipadm delete-addr {aobj}", f"ipadm up-addr {aobj}",
        f"ipadm down-addr {aobj}", f"ipadm disable-addr -t {aobj}", f"ipadm enable-addr -t {aobj}",
        f"ipadm set-prop -p forwarding={choose(['on', 'off', 'x'])} {choose(['ipv4', 'ipv6', 'tcp'])}",
        "ipadm show-addr", "ipadm show-if", "ipadm",
    ])


def _invariants(stack):
    aobjs = [lif.aobj for _, lif in stack.lifs() if lif.aobj]
    assert len(aobjs) == len(set(aobjs)), aobjs
    addrs = [lif.addr for _, lif in stack.lifs() if lif.addr is not None and not lif.addr.is_link_local]
    assert len(addrs) == len(set(addrs)), addrs
    for (name, fam), iface in stack.interfaces.items():
        assert iface.index == stack.phyint[name]
        for lif in iface.lifs.values():
            assert lif.addr is None or lif.addr.version == fam


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_ipadm_keeps_names_unique_and_refusals_change_nothing(data):
    wname = data.draw(st.sampled_from(sorted(WORLDS)))
    world = build(load_decl(wname))
    s = Session(world)
    stack = world.hosts[WORLDS[wname]].ip
    for _ in range(data.draw(st.integers(1, 25))):
        line = _line(lambda seq: data.draw(st.sampled_from(list(seq))))
        before = stack.snapshot()
        r = s.execute(line)
        assert not r.internal_error, (line, r.text)
        if r.status != 0:
            assert stack.snapshot() == before, line
        _invariants(stack)


def _typed(path: str):
    """Each typed line of a transcript with whether the transcript says it failed."""
    lines = open(path).read().split("\n")
    out = []
    for k, line in enumerate(lines):
        for prompt in ("# ", "$ "):
            head, sep, cmd = line.partition(prompt)
            if sep and head.endswith(("~", ":~")) and cmd.startswith(("ipadm", "routeadm")):
                failed = False
                for nxt in lines[k + 1:]:
                    if nxt.startswith(("root@", "alice@")):
                        break
                    failed = failed or nxt == "[1]"
                out.append((cmd, failed))
                break
    return out


def test_every_transcript_refusal_leaves_the_stack_as_it_was():
    for name, world, host in (("ipadm-s114-refusals", "s114-x86", "scorpion"),
                              ("ipadm-illumos-refusals", "omnios-2019", "Trixie"),
                              ("ipadm-forwarding", "t5-2", "primary"),
                              ("ipadm-not-root", "lab-perms", "primary")):
        typed = _typed(os.path.join(ROOT, "transcripts", "ip", f"{name}.t"))
        assert sum(f for _, f in typed) > 10, name
        w = build(load_decl(world))
        s = Session(w, user="alice" if name == "ipadm-not-root" else "root")
        stack = w.hosts[host].ip
        for cmd, failed in typed:
            before = stack.snapshot()
            r = s.execute(cmd)
            assert (r.status != 0) == failed, (cmd, r.text)
            if failed:
                assert r.stderr.startswith("ipadm: ") or "?" in r.stdout, (cmd, r.text)
                assert stack.snapshot() == before, cmd


def test_grammar_examples_parse():
    g = grammar.load("ipadm")
    for name, c in g.commands.items():
        assert c["examples"], name
        for ex in c["examples"]:
            assert g.parse(shlex.split(ex)[1:]).command == name


def test_each_dialect_knows_what_its_usage_block_names():
    _, ill = usage_texts("illumos")
    _, sol = usage_texts("solaris11")
    assert "create-if" in ill and "create-ip" in ill and "create-if" not in sol
    assert ill["show-if"].endswith("\n") and not ill["create-ip"].endswith("\n")
    assert sol["create-addr"].count("\tcreate-addr\t") == 3


def test_set_prop_forwarding_is_routeadms_switch():
    w = build(load_decl("t5-2"))
    s = Session(w)
    stack = w.hosts["primary"].ip
    ok(s, "ipadm set-prop -p forwarding=on ipv4")
    assert stack.forwarding[4] and stack.forward_conf[4] == "enabled"
    ok(s, "ipadm set-prop -t -p forwarding=on ipv6")
    assert stack.forwarding[6] and stack.forward_conf[6] == "disabled"
    ok(s, "ipadm reset-prop -p forwarding ipv4")
    assert not stack.forwarding[4] and stack.forward_conf[4] == "disabled"


def test_create_ip_leaves_ipv6_without_link_local_until_addrconf():
    w = build(load_decl("s114-x86"))
    s = Session(w)
    stack = w.hosts["scorpion"].ip
    ok(s, "ipadm create-ip net1")
    assert stack.find("net1", 6).lifs[0].addr is None
    r = ok(s, "ipadm create-addr -T addrconf net1")
    assert r.stdout == "net1/v6\n"
    assert stack.find("net1", 6).lifs[0].addr.is_link_local


def test_ipadm_is_absent_where_the_release_has_none():
    s = Session(build(load_decl("crossbow-2008")))
    r = s.execute("ipadm show-addr")
    assert r.status == 127 and "command not found" in r.stderr
