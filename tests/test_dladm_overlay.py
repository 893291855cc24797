"""dladm's overlay devices through the command line and the model: what create-overlay builds,
that every refusal changes nothing, the target cache, the files plugin's parsing."""
import pytest

from vshell.model import overlays
from vshell.model.datalinks import Overlay
from vshell.session import Session
from vshell.worlds import build, load_decl
from helpers import ok

FILES = ("dladm create-overlay -v 23 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 "
         "-p files/config=/var/tmp/hosts.json overlay0")
DIRECT = ("dladm create-overlay -v 42 -e vxlan -s direct -p vxlan/listen_ip=10.88.88.69,"
          "direct/dest_ip=10.88.88.70,direct/dest_port=4789 tun0")


@pytest.fixture
def world():
    return build(load_decl("smartos-overlay"))


def _links(world, host="zlan"):
    return world.hosts[host].links


def _state(world):
    links = _links(world)
    return (links.snapshot(), repr({k: getattr(v, "__dict__", {}).get("_ovl")
                                     for k, v in links.links.items()}),
            repr({k: getattr(v, "targets", None) for k, v in links.links.items()}))


def test_files_overlay_is_built(world):
    s = Session(world)
    ok(s, FILES)
    link = _links(world).links["overlay0"]
    assert isinstance(link, Overlay)
    assert (link.encap, link.search, link.vnetid, link.mtu, link.state) == ("vxlan", "files", 23, 1400, "up")
    assert overlays.varpd_id(link) == 1
    values = dict((p.name, v) for p, v in overlays.props_of(link))
    assert values["vxlan/listen_ip"] == "10.88.88.69"
    assert values["vxlan/listen_port"] == "4789"
    assert values["files/config"] == "/var/tmp/hosts.json"
    assert values["search"] == "files"
    # the target cache starts empty and fills as the kernel asks varpd (the files plugin)
    assert overlays.targets(link) == []
    assert overlays.lookup(link, "de:ad:be:ef:00:01") == "10.88.88.70:4789"
    assert overlays.lookup(link, "de:ad:be:ef:00:09") is None
    assert overlays.targets(link) == [("de:ad:be:ef:00:01", "10.88.88.70:4789")]


def test_vnic_over_overlay_and_busy_delete(world):
    s = Session(world)
    ok(s, FILES)
    ok(s, "dladm create-vnic -m de:ad:be:ef:00:00 -l overlay0 foo0")
    vnic = _links(world).links["foo0"]
    assert vnic.over == ["overlay0"] and vnic.mtu == 1400
    before = _state(world)
    r = s.execute("dladm delete-overlay overlay0")
    assert r.status == 1 and "link busy" in r.stderr
    assert _state(world) == before
    ok(s, "dladm delete-vnic foo0")
    ok(s, "dladm delete-overlay overlay0")
    assert "overlay0" not in _links(world).links


REFUSED = [
    "dladm create-overlay",
    "dladm create-overlay -v 23",
    "dladm create-overlay -v 23 -e vxlan",
    "dladm create-overlay -v 23 -s direct",
    "dladm create-overlay -v 23x -e vxlan -s files overlay1",
    "dladm create-overlay -v 23 -e vxlan -s files bad",
    "dladm create-overlay -v 23 -e nvgre -s files overlay1",
    "dladm create-overlay -v 16777216 -e vxlan -s files overlay1",
    "dladm create-overlay -v 24 -e vxlan -s files -p vxlan/listen_ip=224.0.0.1 overlay1",
    "dladm create-overlay -v 24 -e vxlan -s files -p colour=blue overlay1",
    "dladm create-overlay -v 24 -e vxlan -s dns -p vxlan/listen_ip=10.88.88.69 overlay1",
    "dladm create-overlay -v 24 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 overlay1",
    "dladm create-overlay -v 24 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 -p files/config=/nope overlay1",
    "dladm create-overlay -v 24 -e vxlan -s files -p files/config=/var/tmp/hosts.json overlay1",
    "dladm create-overlay -v 24 -e vxlan -s direct -p vxlan/listen_ip=10.88.88.69,direct/dest_ip=1.2.3.4 t1",
    FILES,                                                   # the name is taken
    FILES.replace("overlay0", "overlay1"),                   # (vxlan, 23) is taken
    "dladm delete-overlay overlay9",
    "dladm delete-overlay e1000g0",
    "dladm modify-overlay overlay0",
    "dladm modify-overlay -f tun0",
    "dladm modify-overlay -d de:ad:be:ef:0:7 overlay0",
    "dladm modify-overlay -s de:ad:be:ef:0:7=10.0.0.1:0 overlay0",
    "dladm modify-overlay -s de:ad:be:ef:0:7 overlay0",
    "dladm show-overlay -p",
]


@pytest.mark.parametrize("line", REFUSED)
def test_refusals_change_nothing(world, line):
    s = Session(world)
    ok(s, FILES)
    ok(s, DIRECT)
    before = _state(world)
    r = s.execute(line)
    assert r.status != 0, line
    assert _state(world) == before, line


def test_failed_creates_draw_varpd_ids_only(world):
    s = Session(world)
    s.execute("dladm create-overlay -v 24 -e vxlan -s files -p vxlan/listen_ip=10.88.88.69 overlay1")
    assert "overlay1" not in _links(world).links
    ok(s, FILES)
    # varpd gave id 1 to the failed instance and does not hand it out again at once
    assert overlays.varpd_id(_links(world).links["overlay0"]) == 2


def test_target_cache(world):
    s = Session(world)
    ok(s, FILES)
    ok(s, DIRECT)
    ok(s, "dladm modify-overlay -s de:ad:be:ef:0:1=10.88.88.70:4789 overlay0")
    ok(s, "dladm modify-overlay -s de:ad:be:ef:0:0=10.88.88.69:4789 overlay0")
    link = _links(world).links["overlay0"]
    assert overlays.targets(link) == [("de:ad:be:ef:00:00", "10.88.88.69:4789"),
                                      ("de:ad:be:ef:00:01", "10.88.88.70:4789")]
    out = ok(s, "dladm show-overlay -t -p -o target,destination").stdout
    assert out.splitlines()[0] == r"de\:ad\:be\:ef\:0\:0:10.88.88.69\:4789"
    ok(s, "dladm modify-overlay -d de:ad:be:ef:0:0 overlay0")
    assert [m for m, _ in overlays.targets(link)] == ["de:ad:be:ef:00:01"]
    ok(s, "dladm modify-overlay -f overlay0")
    assert overlays.targets(link) == []
    # libdladm returns success without a port after the address, and sets nothing
    ok(s, "dladm modify-overlay -s de:ad:be:ef:0:1=10.88.88.70 overlay0")
    assert overlays.targets(link) == []
    tun = _links(world).links["tun0"]
    assert overlays.targets(tun) == [(None, "10.88.88.70:4789")]


def test_files_json_parsing():
    table, err = overlays.parse_files_json('{"DE:AD:BE:EF:0:1": {"ip": "10.1.1.1", "port": 4789}}')
    assert err == "" and list(table) == ["de:ad:be:ef:00:01"]
    assert overlays.files_destination(table, "de:ad:be:ef:00:01") == "10.1.1.1:4789"
    assert overlays.parse_files_json("not json") == (None, "-1")
    assert overlays.parse_files_json('{"zz": {}}') == (None, "EINVAL")
    assert overlays.parse_files_json('{"de:ad:be:ef:0:1": 5}') == (None, "EINVAL")
    # an entry without a port, or with a bad address, is dropped at lookup time, not at start
    table, err = overlays.parse_files_json('{"de:ad:be:ef:0:1": {"ip": "x"}}')
    assert err == "" and overlays.files_destination(table, "de:ad:be:ef:00:01") is None


def test_show_overlay_wraps_possible(world):
    s = Session(world)
    ok(s, FILES)
    lines = ok(s, "dladm show-overlay overlay0").stdout.splitlines()
    i = next(n for n, line in enumerate(lines) if " search " in line)
    assert lines[i].endswith("direct,")
    assert lines[i + 1] == " " * 68 + "files,svp"


def test_not_root_is_refused(world):
    s = Session(world)
    s.execute("ssh jill@zlan")
    s.execute("smartos")
    before = _state(world)
    r = s.execute(DIRECT)
    assert r.status == 1 and "permission denied" in r.stderr
    assert _state(world) == before
