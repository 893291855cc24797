"""Link aggregations through the command line: the model after each command (ports, policy,
LACP, address, key, the L2 graph), and every refusal leaves the links as they were."""
import pytest

from vshell.model import aggregations as ag
from vshell.model.datalinks import Aggr
from vshell.session import Session
from vshell.worlds import build, load_decl
from helpers import ok


@pytest.fixture
def s():
    return Session(build(load_decl("t5-2")))


def _host(s):
    return s.world.hosts["primary"]


def refused(s, line, text):
    before = _host(s).links.snapshot()
    macs = set(_host(s).links.l2.macs())
    r = s.execute(line)
    assert r.status == 1, (line, r.text)
    assert r.stderr == text + "\n", (line, r.stderr)
    assert _host(s).links.snapshot() == before
    assert set(_host(s).links.l2.macs()) == macs


def aggr(s, name="aggr0") -> Aggr:
    k = _host(s).links.links[name]
    assert isinstance(k, Aggr)
    return k


def test_create_defaults_and_options(s):
    ok(s, "dladm create-aggr -L active -l net1 -l net2 aggr0")
    a = aggr(s)
    assert (a.cls, a.over, a.policy, a.lacp_mode, a.lacp_timer, a.unicast, a.key, a.mode) == \
        ("aggr", ["net1", "net2"], "L4", "active", "short", "", 0, "trunk")
    links = _host(s).links
    assert ag.mac(links, a) == links.links["net1"].mac          # the first port's address
    assert a.state == "up" and a.mtu == 1500
    assert links.speed_of(a) == 20000
    assert links.busy(links.links["net1"])                      # a port is held by its aggregation
    assert "aggr0 " in ok(s, "dladm show-link").stdout and "net1 net2" in ok(s, "dladm show-link").stdout


def test_numeric_name_is_the_key(s):
    ok(s, "dladm create-aggr -f -P l3,L2 -T LONG -l net1 7")
    a = aggr(s, "aggr7")
    assert (a.key, a.policy, a.lacp_timer, a.forced) == (7, "L2,L3", "long", True)
    assert ok(s, "dladm show-aggr -p -o link,policy,flags 7").stdout == "aggr7:L2,L3:f----\n"
    ok(s, "dladm delete-aggr 7")
    assert "aggr7" not in _host(s).links.links


def test_add_remove_modify(s):
    ok(s, "dladm create-aggr -l net1 -l net2 aggr0")
    ok(s, "dladm add-aggr -l net3 aggr0")
    assert aggr(s).over == ["net1", "net2", "net3"]
    ok(s, "dladm remove-aggr -l net1 aggr0")
    assert aggr(s).over == ["net2", "net3"]
    links = _host(s).links
    assert ag.mac(links, aggr(s)) == links.links["net2"].mac   # the new first port's
    assert not links.busy(links.links["net1"])
    ok(s, "dladm modify-aggr -P L2 -l passive -u 0:14:4f:fb:0:1 aggr0")
    a = aggr(s)
    assert (a.policy, a.lacp_mode, a.unicast) == ("L2", "passive", "00:14:4f:fb:00:01")
    assert links.l2.mac_owner("00:14:4f:fb:00:01") == a.port
    ok(s, "dladm modify-aggr -u auto aggr0")
    assert aggr(s).unicast == "" and not links.l2.mac_in_use("00:14:4f:fb:00:01")


def test_vnic_over_aggregation_holds_it(s):
    ok(s, "dladm create-aggr -l net1 -l net2 aggr0")
    ok(s, "dladm create-vnic -l aggr0 vnic0")
    links = _host(s).links
    assert links.links["vnic0"].over == ["aggr0"]
    port = links.l2.ports[links.links["vnic0"].port]
    assert port.segment == aggr(s).segment                      # switched on the aggregation
    refused(s, "dladm delete-aggr aggr0", "dladm: delete operation failed: link busy")
    ok(s, "dladm delete-vnic vnic0")
    ok(s, "dladm delete-aggr aggr0")
    assert "aggr0" not in links.links and aggr_segment_gone(links)


def aggr_segment_gone(links):
    return not any(seg.name == "aggr0" for seg in links.l2.segments.values())


@pytest.mark.parametrize("line,text", [
    ("dladm create-aggr -P L5 -l net3 aggr1", "dladm: invalid policy 'L5'"),
    ("dladm create-aggr -P L2,L7 -l net3 aggr1", "dladm: invalid policy 'L2,L7'"),
    ("dladm create-aggr -L sometimes -l net3 aggr1", "dladm: invalid LACP mode 'sometimes'"),
    ("dladm create-aggr -l maybe -l net3 aggr1", "dladm: invalid LACP mode 'maybe'"),
    ("dladm create-aggr -T medium -l net3 aggr1", "dladm: invalid LACP timer value 'medium'"),
    ("dladm create-aggr -u 1:0:5e:0:0:1 -l net3 aggr1", "dladm: invalid MAC address '1:0:5e:0:0:1'"),
    ("dladm create-aggr -u 0:0:0:0:0:0 -l net3 aggr1", "dladm: invalid MAC address '0:0:0:0:0:0'"),
    ("dladm create-aggr -l net3 1aggr", "dladm: invalid link name '1aggr'"),
    ("dladm create-aggr -l net9 aggr1", "dladm: invalid link name 'net9': object not found"),
    ("dladm create-aggr -d ixgbe9 aggr1", "dladm: invalid dev name 'ixgbe9': object not found"),
    ("dladm create-aggr -l aggr0 aggr1", "dladm: create operation failed: invalid argument"),
    ("dladm create-aggr -l net1 -l net3 aggr1", "dladm: create operation failed: link busy"),
    ("dladm create-aggr -l net3 -l net3 aggr1", "dladm: create operation failed: link busy"),
    ("dladm create-aggr -l net0 aggr1", "dladm: create operation failed: link busy"),
    ("dladm create-aggr -l net3 aggr0", "dladm: create operation failed: object already exists"),
    ("dladm create-aggr -m dlmp -L active -l net3 aggr1",
     "dladm: create operation failed: operation not supported"),
    ("dladm modify-aggr aggr0", "dladm: at least one of the -PulT options must be specified"),
    ("dladm modify-aggr -P L2 aggr9", "dladm: modify operation failed: object not found"),
    ("dladm modify-aggr -P L2 net1", "dladm: modify operation failed: invalid argument"),
    ("dladm add-aggr -l net3 aggr9", "dladm: add operation failed: object not found"),
    ("dladm add-aggr -l net9 aggr0", "dladm: invalid <link> 'net9': object not found"),
    ("dladm add-aggr -l net1 aggr0", "dladm: add operation failed: link busy"),
    ("dladm remove-aggr -l net3 aggr0", "dladm: remove operation failed: invalid link"),
    ("dladm remove-aggr -l net1 -l net2 aggr0", "dladm: remove operation failed: invalid argument"),
    ("dladm delete-aggr aggr9", "dladm: delete operation failed: object not found"),
    ("dladm delete-aggr net1", "dladm: delete operation failed: invalid argument"),
    ("dladm delete-aggr 0", "dladm: delete operation failed: invalid link"),
    ("dladm show-aggr 9", "dladm: non-existent aggregation '9'"),
    ("dladm show-aggr -L -x", "dladm: the option -L cannot be used with -x"),
])
def test_refusals_change_nothing(s, line, text):
    ok(s, "dladm create-aggr -L active -l net1 -l net2 aggr0")
    refused(s, line, text)


def test_port_with_a_vnic_is_busy(s):
    ok(s, "dladm create-vnic -l net3 vnic3")
    refused(s, "dladm create-aggr -l net3 aggr1", "dladm: create operation failed: link busy")


def test_no_port_prints_the_usage(s):
    r = s.execute("dladm create-aggr -P L2 aggr1")
    assert r.status == 1 and "create-aggr" in r.stderr and "aggr1" not in _host(s).links.links


def test_mode_needs_solaris11():
    s = Session(build(load_decl("omnios-2019")))
    r = s.execute("dladm create-aggr -m dlmp -l e1000g0 aggr1")
    assert (r.status, r.stderr) == (1, "dladm: unrecognized option '-m'\n")


def test_lacp_rows_name_the_aggregation_once(s):
    ok(s, "dladm create-aggr -L active -l net1 -l net2 aggr0")
    out = ok(s, "dladm show-aggr -L").stdout.splitlines()
    assert out[1].split() == ["aggr0", "net1", "yes", "yes", "yes", "yes", "no", "no"]
    assert out[2].startswith("--                  net2")
    assert ok(s, "dladm show-aggr -L -p -o link,port").stdout == "aggr0:net1\n:net2\n"


def test_show_aggr_extended_rows(s):
    ok(s, "dladm create-aggr -l net1 -l net2 aggr0")
    out = ok(s, "dladm show-aggr -x").stdout.splitlines()
    assert out[1].startswith("aggr0      --             20000Mb full")
    assert out[2].startswith("           net1           10000Mb") and out[2].endswith("attached")
    assert ok(s, "dladm show-aggr -x -p -o link,port,portstate").stdout == \
        "aggr0::\naggr0:net1:attached\naggr0:net2:attached\n"


def test_parsers():
    assert ag.parse_policy("l4,L2") == "L2,L4" and ag.parse_policy("L2,,L3") == "L2,L3"
    assert ag.parse_policy("L2,X") is None
    assert ag.parse_lacp_mode("ACTIVE") == "active" and ag.parse_lacp_mode("act") is None
    assert ag.parse_lacp_timer("longer") == "long"
    assert ag.parse_unicast("auto") == "" and ag.parse_unicast("0:14:4f:1:2:3") == "00:14:4f:01:02:03"
    assert ag.parse_unicast("3:0:0:0:0:1") is None
