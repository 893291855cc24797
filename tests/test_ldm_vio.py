"""ldm virtual I/O: random add/remove of switches and vnets never leaves a MAC held twice or a
vnet on a missing switch; the switch's MAC table follows the bound vnets; each rule behind the
transcripts, through the command line."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vshell.session import Session
from vshell.worlds import build, load_decl
from helpers import ok

DECL = {"schema": 1, "name": "vio", "seed": 5, "epoch": "2026-01-15T09:00:00Z", "start": "primary",
        "hosts": [{"name": "primary", "kind": "sun4v", "platform": "T2000", "release": "solaris-11.4",
                   "ldm": "3.6", "memory": "16G"}],
        "setup": ["ldm set-vcpu 8 primary", "ldm set-memory 4224M primary",
                  "ldm add-vcc port-range=5000-5001 primary-vcc0 primary",
                  "ldm add-domain ldg1", "ldm add-vcpu 4 ldg1", "ldm add-memory 1G ldg1",
                  "ldm add-domain ldg2", "ldm add-vcpu 4 ldg2", "ldm add-memory 1G ldg2"]}

SWITCHES = ["vsw0", "vsw1"]
DOMAINS = ["ldg1", "ldg2", "primary"]
VNETS = ["vnet0", "vnet1"]
MANUAL = ["00:14:4f:fc:00:01", "00:14:4f:fc:00:02"]


def _cmd(kind, sw, dom, vn, mac):
    return {
        "add-vsw": f"ldm add-vsw {sw} primary",
        "add-vsw-mac": f"ldm add-vsw mac-addr={mac} {sw} primary",
        "rm-vsw": f"ldm remove-vsw {sw}",
        "add-vnet": f"ldm add-vnet {vn} {sw} {dom}",
        "add-vnet-alt": f"ldm add-vnet alt-mac-addrs=auto,{mac} {vn} {sw} {dom}",
        "alt+": f"ldm set-vnet alt-mac-addrs=+auto {vn} {dom}",
        "move": f"ldm set-vnet vswitch={sw} {vn} {dom}",
        "rm-vnet": f"ldm remove-vnet {vn} {dom}",
        "bind": f"ldm bind {dom}",
        "unbind": f"ldm unbind {dom}",
        "rm-dom": f"ldm remove-domain {dom}",
        "add-dom": f"ldm add-domain mac-addr={mac} {dom}",
    }[kind]


KINDS = ["add-vsw", "add-vsw-mac", "rm-vsw", "add-vnet", "add-vnet", "add-vnet-alt", "alt+", "alt+",
         "move", "move", "rm-vnet", "rm-vnet", "bind", "unbind", "rm-dom", "add-dom"]
# the random sequences start with both switches and a vnet in each domain, so removals and
# moves have something to act on from the first command
RANDOM_DECL = dict(DECL, setup=DECL["setup"] + [
    "ldm add-vsw vsw0 primary", "ldm add-vsw vsw1 primary", "ldm add-vnet vnet0 vsw0 ldg1",
    "ldm add-vnet vnet1 vsw1 ldg2", "ldm add-vnet vnet0 vsw1 primary", "ldm bind ldg2"])
command = st.builds(_cmd, st.sampled_from(KINDS), st.sampled_from(SWITCHES),
                    st.sampled_from(DOMAINS), st.sampled_from(VNETS), st.sampled_from(MANUAL))


def _invariants(world):
    ldm = world.hosts["primary"].ldm
    vio, l2 = ldm.vio, world.l2
    held = []
    held += [d.mac for d in ldm.domains.values()]
    held += [s.mac for s in vio.vsws.values()]
    for v in vio.vnets.values():
        held += [v.mac, *v.alt_macs]
    assert len(held) == len(set(held)), sorted(m for m in held if held.count(m) > 1)
    # the graph claims exactly the MACs the model holds (and the machine's own: the system MAC
    # and its NICs'), no leftovers
    nics = {k.mac for k in world.hosts["primary"].links.links.values() if k.cls == "phys"}
    assert l2.macs() == set(held) | {l2.ports["primary/sysmac"].mac} | nics
    ports = {p for p in l2.ports if p.startswith("primary/ldm:")}
    assert ports == {f"primary/ldm:primary:{n}" for n in vio.vsws} | \
        {f"primary/ldm:{d}:{n}" for d, n in vio.vnets}
    for (dom, name), v in vio.vnets.items():
        assert v.service in vio.vsws, (name, v.service)
        assert dom in ldm.domains
        port = l2.ports[f"primary/ldm:{dom}:{name}"]
        assert port.segment == vio.vsws[v.service].segment
        assert [port.mac, *port.alt_macs] == [v.mac, *v.alt_macs]
    for s in vio.vsws.values():
        fdb = vio.fdb(s.name)
        want = {(1, s.mac)} | {(1, m) for v in vio.vnets_on(s.name) if ldm.domains[v.domain].bound
                               for m in (v.mac, *v.alt_macs)}
        assert set(fdb) == want, s.name
        assert all(p in l2.ports for p in fdb.values())


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(command, min_size=5, max_size=30))
def test_random_vio_keeps_macs_unique_and_vnets_on_switches(lines):
    world = build(RANDOM_DECL)
    s = Session(world)
    accepted = 0
    for line in lines:
        before = world.hosts["primary"].ldm.snapshot()
        r = s.execute(line)
        assert not r.internal_error, (line, r.text)
        if r.status == 0:
            accepted += 1
        else:
            assert r.status == 1 and r.stderr, (line, r.text)
            assert world.hosts["primary"].ldm.snapshot() == before, f"refused {line!r} changed the world"
        _invariants(world)


@pytest.fixture
def s():
    return Session(build(DECL))


def refused(s, line, words):
    r = s.execute(line)
    assert r.status == 1 and words in r.stderr, (line, r.text)
    return r


def test_vsw_mac_table_holds_the_vnets_of_bound_domains_only(s):
    ldm = s.world.hosts["primary"].ldm
    ok(s, "ldm add-vsw primary-vsw0 primary")
    ok(s, "ldm add-vnet alt-mac-addrs=auto vnet0 primary-vsw0 ldg1")
    v = ldm.vio.vnets[("ldg1", "vnet0")]
    assert set(ldm.vio.fdb("primary-vsw0")) == {(1, ldm.vio.vsws["primary-vsw0"].mac)}
    ok(s, "ldm bind ldg1")
    fdb = ldm.vio.fdb("primary-vsw0")
    assert fdb[(1, v.mac)] == fdb[(1, v.alt_macs[0])] == "primary/ldm:ldg1:vnet0"
    ok(s, "ldm unbind ldg1")
    assert (1, v.mac) not in ldm.vio.fdb("primary-vsw0")


def test_auto_macs_come_from_the_automatic_range_and_freed_ones_return_first(s):
    ldm = s.world.hosts["primary"].ldm
    ok(s, "ldm add-vsw primary-vsw0 primary")
    ok(s, "ldm add-vnet vnet0 primary-vsw0 ldg1")
    mac = ldm.vio.vnets[("ldg1", "vnet0")].mac
    assert 0x00144FF80000 <= int(mac.replace(":", ""), 16) < 0x00144FFC0000
    ok(s, "ldm remove-vnet vnet0 ldg1")
    ok(s, "ldm add-vnet vnet1 primary-vsw0 ldg2")
    assert ldm.vio.vnets[("ldg2", "vnet1")].mac == mac


def test_manual_mac_in_use_anywhere_is_refused(s):
    ok(s, "ldm add-vsw mac-addr=00:14:4f:fc:00:01 primary-vsw0 primary")
    refused(s, "ldm add-vnet mac-addr=00:14:4f:fc:00:01 vnet0 primary-vsw0 ldg1", "already in use")
    dom_mac = s.world.hosts["primary"].ldm.domains["ldg2"].mac
    refused(s, f"ldm add-vnet alt-mac-addrs={dom_mac} vnet0 primary-vsw0 ldg1", "already in use")
    refused(s, "ldm add-vnet alt-mac-addrs=00:14:4f:fc:00:09,00:14:4f:fc:00:09 vnet0 primary-vsw0 ldg1",
            "already in use")
    r = s.execute("ldm add-vnet mac-addr=00:14:4f:zz:00:01 vnet0 primary-vsw0 ldg1")
    assert r.status == 1 and "Usage:" in r.stderr


def test_console_ports_come_from_the_vcc_range_until_it_is_exhausted():
    decl = dict(DECL, setup=DECL["setup"] + ["ldm add-domain ldg3", "ldm add-vcpu 1 ldg3",
                                              "ldm add-memory 256M ldg3"])
    s = Session(build(decl))
    ok(s, "ldm bind ldg1")
    ok(s, "ldm bind ldg2")
    assert [s.world.hosts["primary"].ldm.domains[d].cons_port for d in ("ldg1", "ldg2")] == [5000, 5001]
    refused(s, "ldm bind ldg3", "No free console port")
    assert s.world.hosts["primary"].ldm.domains["ldg3"].state == "inactive"


def test_removing_a_domain_takes_its_devices_and_frees_its_macs(s):
    ldm = s.world.hosts["primary"].ldm
    ok(s, "ldm add-vsw primary-vsw0 primary")
    ok(s, "ldm add-vnet alt-mac-addrs=auto,auto vnet0 primary-vsw0 ldg1")
    macs = [ldm.vio.vnets[("ldg1", "vnet0")].mac, *ldm.vio.vnets[("ldg1", "vnet0")].alt_macs]
    ok(s, "ldm remove-domain ldg1")
    assert not ldm.vio.vnets_of("ldg1")
    assert not any(s.world.l2.mac_in_use(m) for m in macs)
    ok(s, "ldm remove-vsw primary-vsw0")


def test_service_domain_flag_follows_its_services(s):
    assert "-n-cv-" in ok(s, "ldm list primary").stdout        # the setup's vcc
    ok(s, "ldm remove-vcc primary-vcc0")
    assert "-n-c--" in ok(s, "ldm list primary").stdout
    ok(s, "ldm add-vds primary-vds0 primary")
    assert "-n-cv-" in ok(s, "ldm list primary").stdout
    ok(s, "ldm remove-vds primary-vds0")
    assert "-n-c--" in ok(s, "ldm list primary").stdout


def test_1_0_walkthrough_world_has_its_guests_on_5000_and_5001():
    s = Session(build(load_decl("t2000-ldoms10")))
    out = ok(s, "ldm list-domain").stdout
    assert "ldg1             active   -t---   5000" in out
    assert "ldg2             active   -t---   5001" in out


def test_completion_offers_the_live_services_and_volumes():
    from vshell.completion import complete
    s = Session(build(load_decl("t2000-ldoms10")))
    assert complete(s, "ldm rm-vsw pr") == [("primary-vsw0", -2)]
    assert complete(s, "ldm add-vdisk d vo") == [("vol0@primary-vds0", -2), ("vol1@primary-vds0", -2)]
    ok(s, "ldm add-vsw net-dev=e1000g1 backup-vsw0 primary")
    assert ("backup-vsw0", 0) in complete(s, "ldm add-vnet vnet9 ")
