"""dladm bridges and simnets on an illumos host: the model's state after each command, and
refusals that leave every link and bridge as they were."""
import pytest

from vshell.model import bridges
from vshell.session import Session
from vshell.worlds import build, load_decl
from helpers import ok


@pytest.fixture
def s():
    return Session(build(dict(load_decl("omnios"))))


def links(s):
    return s.world.hosts["omnios"].links


def refused(s, line, text=None):
    before = links(s).snapshot()
    r = s.execute(line)
    assert r.status == 1 and r.stderr and "Traceback" not in r.text, (line, r.text)
    assert links(s).snapshot() == before, line          # a refused command changes nothing
    if text is not None:
        assert r.stderr.strip().splitlines()[-1] == text, r.stderr
    return r.stderr


def test_create_bridge_makes_members_and_its_own_link(s):
    ok(s, "dladm create-bridge -l e1000g1 -l e1000g2 tonowhere")
    dl = links(s)
    br = dl.bridges["tonowhere"]
    assert (br.protect, br.priority, br.max_age, br.hello_time, br.forward_delay,
            br.force_protocol) == ("stp", 32768, 20, 2, 15, 2)
    assert [k.name for k in dl.bridge_links("tonowhere")] == ["e1000g1", "e1000g2"]
    assert br.segment in dl.l2.segments
    out = ok(s, "dladm show-link").stdout
    assert "bridge" in out and "e1000g1 e1000g2" in out
    assert bridges.bridge_id(dl, "tonowhere") == "32768/8:0:27:3e:2:7b"   # the lowest port MAC


def test_modify_add_remove_delete(s):
    ok(s, "dladm create-bridge -l e1000g1 br")
    ok(s, "dladm modify-bridge -p 4097 -m 30 -d 20 -P trill br")
    br = links(s).bridges["br"]
    assert (br.priority, br.max_age, br.forward_delay, br.protect) == (4096, 30, 20, "trill")
    ok(s, "dladm add-bridge -l e1000g0 br")
    assert links(s).links["e1000g0"].bridge == "br"
    ok(s, "dladm remove-bridge -l e1000g0 -l e1000g1 br")
    assert not links(s).bridge_links("br")
    ok(s, "dladm delete-bridge br")
    assert "br" not in links(s).bridges


def test_add_bridge_to_a_bridge_not_yet_created_waits_for_it(s):
    # libdlbridge records the link's bridge; with no daemon to tell, that is not an error
    ok(s, "dladm add-bridge -l e1000g2 later")
    assert links(s).links["e1000g2"].bridge == "later"
    refused(s, "dladm delete-bridge later", "dladm: delete operation failed: invalid argument")
    ok(s, "dladm create-bridge later")
    assert [k.name for k in links(s).bridge_links("later")] == ["e1000g2"]


@pytest.mark.parametrize("line,text", [
    ("dladm create-bridge br1", "dladm: invalid bridge name 'br1'"),
    ("dladm create-bridge default", "dladm: invalid bridge name 'default'"),
    ("dladm create-bridge -P rstp br", "dladm: protection rstp: invalid argument"),
    ("dladm create-bridge -p 61441 br", "dladm: incorrect priority"),
    ("dladm create-bridge -d 15 -d 16 br", "dladm: forwarding delay set more than once"),
    ("dladm create-bridge -h 10 -d 10 br",
     "dladm: no max age possible: need forward delay >= 12 or hello time <= 8"),
    ("dladm create-bridge -l nosuch0 br", "dladm: invalid link name 'nosuch0'"),
    ("dladm create-bridge -l e1000g0 -l e1000g0 br",
     "dladm: unable to add link e1000g0 to bridge br: object already exists"),
    ("dladm delete-bridge nosuch", "dladm: delete operation failed: invalid argument"),
    ("dladm show-bridge -l", "dladm: bridge name required for -l, -f, or -t"),
])
def test_refusals_change_nothing(s, line, text):
    refused(s, line, text)


def test_member_refusals(s):
    ok(s, "dladm create-vnic -l e1000g0 vnic0")
    ok(s, "dladm create-simnet -m wifi wifi0")
    ok(s, "dladm create-bridge -l e1000g1 br")
    refused(s, "dladm create-bridge -l vnic0 brx", "dladm: vnic vnic0 cannot be bridged")
    refused(s, "dladm create-bridge -l wifi0 brx", "dladm: WiFi interface wifi0 cannot be bridged")
    refused(s, "dladm create-bridge -l e1000g1 brx",
            "dladm: unable to add link e1000g1 to bridge brx: object already exists")
    refused(s, "dladm create-bridge br", "dladm: create operation failed: object already exists")
    refused(s, "dladm delete-bridge br", "dladm: delete operation failed: link busy")
    refused(s, "dladm remove-bridge -l e1000g2 br", "dladm: link e1000g2 is not on bridge br")
    refused(s, "dladm modify-bridge -h 10 br",
            "dladm: max age too small: need age >= 22 and <= 28 or hello time <= 9")
    refused(s, "dladm show-bridge -t br", "dladm: bridge br is not running TRILL")
    assert "brx" not in links(s).bridges


def test_timer_hints_follow_stp_in_h():
    assert bridges.check_config(20, 2, 15) is None
    assert bridges.check_config(40, 2, 15).hint == "max age too large: need age <= 28 or forward delay >= 21"
    assert bridges.check_config(20, 10, 15).hint == \
        "max age too small: need age >= 22 and <= 28 or hello time <= 9"


def test_simnets_connect_and_part(s):
    ok(s, "dladm create-simnet simnet0")
    ok(s, "dladm create-simnet simnet1")
    dl = links(s)
    a, b = dl.links["simnet0"], dl.links["simnet1"]
    assert a.state == b.state == "up" and a.media == "Ethernet"
    assert int(a.mac.split(":")[0], 16) & 3 == 2                 # unicast, locally administered
    ok(s, "dladm modify-simnet -p simnet1 simnet0")
    assert (a.peer, b.peer) == ("simnet1", "simnet0")
    assert dl.l2.ports[a.port].segment == dl.l2.ports[b.port].segment is not None
    ok(s, "dladm modify-simnet -p none simnet0")
    assert (a.peer, b.peer) == ("", "")
    assert dl.l2.ports[a.port].segment is None
    ok(s, "dladm modify-simnet -p simnet0 simnet1")
    ok(s, "dladm delete-simnet simnet0")
    assert "simnet0" not in dl.links and b.peer == "" and b.state == "up"


def test_simnet_refusals(s):
    ok(s, "dladm create-simnet simnet0")
    refused(s, "dladm create-simnet -m wifi0x simnet1", "dladm: media type 'wifi0x' is not supported")
    refused(s, "dladm modify-simnet -p nosuch0 simnet0", "dladm: invalid peer link name 'nosuch0'")
    refused(s, "dladm modify-simnet -p e1000g0 simnet0",
            "dladm: simnet modification failed: invalid argument")
    refused(s, "dladm delete-simnet nosuch0", "dladm: simnet 'nosuch0' not found")
    refused(s, "dladm create-simnet simnet0", "dladm: simnet creation failed: object already exists")


def test_dialects_without_bridges_do_not_know_them():
    s = Session(build(dict(load_decl("crossbow-2008"))))
    r = s.execute("dladm show-bridge")
    assert r.status == 1 and "unknown subcommand 'show-bridge'" in r.stderr
