"""The world model: platforms, allocation, releases, random streams, clock, events, state."""
import json

import pytest
from conftest import run

from vshell.model import platforms, releases
from vshell.model.errors import Exists, Insufficient
from vshell.model.rng import Streams
from vshell.session import Session
from vshell.worlds import WorldError, build, list_worlds, load_decl, restore, save_state

REQUIRED = ["T2000", "T5240", "T4-2", "T5-2", "T5-8", "S7-2"]


@pytest.mark.parametrize("key", REQUIRED)
def test_platform_catalog(key):
    p = platforms.platform(key)
    assert p.strands == p.chips * p.cores_per_chip * p.threads_per_core
    assert p.pcie and p.nics and p.memory > p.memory_base
    assert all(n.root in {r.device for r in p.pcie} for n in p.nics)


def test_platform_topology_numbers():
    assert platforms.platform("T5-2").strands == 256
    assert platforms.platform("T5-8").strands == 1024
    assert platforms.platform("T2000").strands == 32


def test_factory_default_primary_owns_everything(world):
    ldm = world.hosts["primary"].ldm
    primary = ldm.domains["primary"]
    assert primary.state == "active" and primary.control
    assert len(primary.strands) == 256 and ldm.free_strands() == []
    assert ldm.free_memory() == []
    assert primary.io == [r.device for r in world.hosts["primary"].platform.pcie]


def test_strands_belong_to_one_domain(world):
    ldm = world.hosts["primary"].ldm
    ldm.change_vcpus("primary", "set", 8)
    ldm.change_memory("primary", "set", 16 << 30)
    ldm.add_domain("ldg1")
    ldm.change_vcpus("ldg1", "add", 8)
    ldm.change_memory("ldg1", "add", 4 << 30)
    primary = ldm.domains["primary"]
    ldm.bind("ldg1")
    ldg1 = ldm.domains["ldg1"]
    assert set(ldg1.strands).isdisjoint(primary.strands)
    assert all(ldm.strand_owner(s) == "ldg1" for s in ldg1.strands)
    with pytest.raises(Exists):
        ldm._assign(ldg1, [primary.strands[0]])
    ldm.add_domain("ldg2")
    ldm.change_vcpus("ldg2", "add", 250)
    ldm.change_memory("ldg2", "add", 1 << 30)
    with pytest.raises(Insufficient):
        ldm.bind("ldg2")
    assert ldm.domains["ldg2"].state == "inactive" and not ldm.domains["ldg2"].strands


def test_macs_unique_and_in_ldoms_range(world):
    ldm = world.hosts["primary"].ldm
    macs = {ldm.add_domain(f"g{i}").mac for i in range(120)}
    assert len(macs) == 120
    assert all(m.startswith(("00:14:4f:f8", "00:14:4f:f9", "00:14:4f:fa", "00:14:4f:fb")) for m in macs)


def test_vertical_slice_model_change_changes_table(session, world):
    before = run(session, "ldm list").stdout
    world.hosts["primary"].ldm.change_vcpus("primary", "set", 64)
    after = run(session, "ldm list").stdout
    assert before != after
    assert after.splitlines()[1].split()[4] == "64"
    assert "ncpu=64|" in run(session, "ldm list -p").stdout


def test_t5_8_renders_with_no_new_code():
    s = Session(build(load_decl("t5-8")))
    out = s.execute("ldm list").stdout.splitlines()
    assert out[1].split()[:5] == ["primary", "active", "-n-c--", "SP", "1024"]


def test_ldm_list_format(session):
    out = run(session, "ldm list").stdout.splitlines()
    assert out[0] == "NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME"
    row = out[1]
    assert row[:17] == "primary          " and row[17:28] == "active     " and row[28:36] == "-n-c--  "
    assert row[36:44] == "SP      " and row[44:50] == "256   "


def test_streams_are_independent_per_purpose():
    a, b = Streams(5), Streams(5)
    a.stream("vnic-mac", "x").random()               # a new consumer ...
    assert a.stream("ldoms-mac", "h").random() == b.stream("ldoms-mac", "h").random()  # ... shifts nothing
    assert Streams(5).uuid("u", "x") == Streams(5).uuid("u", "x") != Streams(6).uuid("u", "x")


def test_clock_moves_per_command_and_uptime_follows(session, world):
    t0 = world.clock.now
    run(session, "true")
    assert world.clock.now == t0 + 1


def test_same_seed_same_world_values():
    w1, w2, w3 = build(load_decl("t5-2")), build(load_decl("t5-2")), build(load_decl("t5-2"), seed=99)
    d = lambda w: w.hosts["primary"].ldm.domains["primary"]
    assert (d(w1).mac, d(w1).uuid) == (d(w2).mac, d(w2).uuid)
    assert d(w1).mac != d(w3).mac


def test_events_are_emitted(world):
    seen = []
    world.events.subscribe(seen.append)
    world.hosts["primary"].ldm.add_domain("ldg1")
    assert [(e.kind, e.subject) for e in seen] == [("domain.added", "ldg1")]


def test_releases_are_data():
    assert releases.os_release("solaris-11.4").ipfilter is False
    assert releases.os_release("omnios").overlay is True
    assert releases.ldm_release("1.2").flag_columns == 5
    with pytest.raises(KeyError):
        releases.os_release("solaris-12")


def test_worlds_listed():
    names = [n for n, _ in list_worlds()]
    assert {"t5-2", "t5-8", "two-hosts"} <= set(names)


def test_state_saved_atomically_and_restored(tmp_path):
    world = build(load_decl("t5-2"))
    s = Session(world)
    world.hosts["primary"].ldm  # noqa: B018
    run(s, "echo kept > /tmp/note")
    path = tmp_path / "state.json"
    save_state(str(path), world)
    assert not [p for p in tmp_path.iterdir() if p.name != "state.json"]     # no temp file left
    data = json.loads(path.read_text())
    assert data["schema"] == 1 and data["world"]["name"] == "t5-2"
    world2, sessions = restore(str(path))
    assert world2.hosts["primary"].fs.read("/tmp/note") == "kept\n"
    assert world2.clock.now == world.clock.now


def test_newer_schema_refused(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"schema": 99, "world": {}}))
    with pytest.raises(WorldError, match="newer"):
        restore(str(path))


def test_world_setup_commands_build_state(tmp_path):
    p = tmp_path / "w.toml"
    p.write_text('schema = 1\nname = "w"\nsetup = ["echo ready > /tmp/ready"]\n'
                 '[[hosts]]\nname = "h1"\nplatform = "T2000"\nrelease = "solaris-10"\nldm = "1.0"\n')
    w = build(load_decl(str(p)))
    assert w.hosts["h1"].fs.read("/tmp/ready") == "ready\n"
    assert w.journal == [] and w.clock.now == 0


def test_a_linux_host_can_be_declared_and_reached(tmp_path):
    p = tmp_path / "mixed.toml"
    p.write_text('schema = 1\nname = "mixed"\n[[hosts]]\nname = "primary"\nplatform = "T5-2"\n'
                 '[[hosts]]\nname = "ovs1"\nkind = "linux"\nrelease = "ovm-2"\n')
    s = Session(build(load_decl(str(p))))
    assert run(s, "ssh ovs1").prompt == "root@ovs1's password: "
    assert run(s, "any").prompt == "[root@ovs1 ~]# "
    assert run(s, "ldm list").stderr == "-bash: ldm: command not found\n"
    assert s.world.hosts["ovs1"].ldm is None
