"""dladm set-/reset-/show-linkprop: values land where show-link and -P see them, refusals
change nothing, and every property of the table behaves as its row says."""
import pytest

from helpers import ok
from vshell.commands.dladm.linkprop import parse_props
from vshell.model import linkprops as lp
from vshell.model import releases
from vshell.session import Session
from vshell.worlds import build, load_decl

START = {"t5-2": "primary", "omnios": "omnios"}


def session(world="t5-2"):
    s = Session(build(load_decl(world)))
    s.world_name = world
    return s


def host(s):
    return s.world.hosts[START[s.world_name]]


def links(s):
    return host(s).links


def snapshot(s):
    return links(s).snapshot()


def lines(s, line):
    return s.execute(line).stdout.splitlines()


def test_published_max_bw_row():
    s = session()
    ok(s, "dladm create-vnic -l net1 vnet1")
    out = ok(s, "dladm show-linkprop -p max-bw vnet1").stdout
    assert out == ("LINK     PROPERTY        PERM VALUE        EFFECTIVE    DEFAULT   POSSIBLE\n"
                   "vnet1    max-bw          rw   --           --           --        -- \n")


def test_mtu_follows_into_show_link_and_vnic_default():
    s = session()
    ok(s, "dladm set-linkprop -p mtu=9000 net2")
    assert "net2                phys      9000" in ok(s, "dladm show-link net2").stdout
    ok(s, "dladm create-vnic -l net2 vnic0")
    assert "vnic0               vnic      9000" in ok(s, "dladm show-link vnic0").stdout
    ok(s, "dladm set-linkprop -p mtu=1500 vnic0")
    assert "vnic0               vnic      1500" in ok(s, "dladm show-link vnic0").stdout
    ok(s, "dladm reset-linkprop -p mtu vnic0")
    assert "vnic0               vnic      9000" in ok(s, "dladm show-link vnic0").stdout


def test_temporary_leaves_persistent_value():
    s = session()
    ok(s, "dladm create-vnic -l net2 vnic0")
    ok(s, "dladm set-linkprop -p priority=low vnic0")
    ok(s, "dladm set-linkprop -t -p priority=medium vnic0")
    cur = ok(s, "dladm show-linkprop -c -o value -p priority vnic0").stdout
    per = ok(s, "dladm show-linkprop -P -c -o value -p priority vnic0").stdout
    assert (cur, per) == ("medium\n", "low\n")


def test_maxbw_printing_and_minimum():
    assert lp.bw2str(100_000_000) == "  100"
    assert lp.bw2str(1_500_000) == "    1.500"
    assert lp.bw2str(431_000) == "0.431"
    s = session()
    ok(s, "dladm create-vnic -l net2 vnic0")
    r = s.execute("dladm set-linkprop -p max-bw=1K vnic0")
    assert r.status == 1 and "minimum value for maxbw is 1200K" in r.stderr


@pytest.mark.parametrize("line,words", [
    ("dladm set-linkprop -p foo=1 net1", "invalid link property 'foo'"),
    ("dladm set-linkprop -p priority=urgent net1", "must be one of: low,medium,high"),
    ("dladm set-linkprop -p mtu=99999 net2", "invalid argument"),
    ("dladm set-linkprop -p mtu=9000 net0", "link busy"),
    ("dladm set-linkprop -p state=down net1", "read-only property"),
    ("dladm set-linkprop -p zone=z1 net1", "change cannot be persistent"),
    ("dladm set-linkprop -p cpus=9999 net1", "non-existent processor ID"),
    ("dladm set-linkprop -p mtu=1500 nosuch0", "link nosuch0 is not valid: object not found"),
    ("dladm reset-linkprop -p state net1", "cannot reset link property 'state'"),
    ("dladm set-linkprop -p mtu=9000 vnic0", "invalid argument"),
])
def test_refusals_change_nothing(line, words):
    s = session()
    ok(s, "dladm create-vnic -l net2 vnic0")
    before = snapshot(s)
    r = s.execute(line)
    assert r.status == 1 and words in r.stderr
    assert snapshot(s) == before


def test_status_is_the_last_propertys():
    s = session()
    ok(s, "dladm create-vnic -l net2 vnic0")
    assert s.execute("dladm set-linkprop -p foo=1,priority=low vnic0").status == 0
    assert s.execute("dladm set-linkprop -p priority=low,foo=1 vnic0").status == 1


def test_unknown_property_row_prints_question_marks():
    s = session()
    r = s.execute("dladm show-linkprop -p foo net1")
    assert r.status == 1
    assert "net1     foo             ?    ?            ?            ?         ?\n" in r.stdout


def test_possible_wraps_under_its_column():
    out = lines(session("omnios"), "dladm show-linkprop -p protection e1000g0")
    assert out[1].endswith("mac-nospoof,")
    assert out[2] == " " * 64 + "restricted,"
    assert out[4] == " " * 64 + "dhcp-nospoof "


def test_parse_props():
    assert parse_props("a=1,2,b=3,", False) == [("a", ["1", "2"]), ("b", ["3"])]
    assert parse_props("a=1,a=2,", False) is None
    assert parse_props("a,", False) is None
    assert parse_props("a,b,", True) == [("a", []), ("b", [])]


def test_dialect_names_agree_with_releases():
    for d in lp.dialects():
        maxbw = releases.dladm_dialect(d).maxbw_name
        assert lp.lookup(d, maxbw) is not None and lp.lookup(d, maxbw).key == "maxbw", d


# table-driven: every settable property of every class accepts its own default or first
# possible value, and refuses nonsense, on both dialects; read-only ones always refuse
CASES = {"t5-2": ("net2", "vnic0", "stub0"), "omnios": ("e1000g1", "vnic0", "stub0")}


@pytest.mark.parametrize("world", sorted(CASES))
def test_every_property_of_the_table(world):
    s = session(world)
    ok(s, f"dladm create-vnic -l {CASES[world][0]} vnic0")
    ok(s, "dladm create-etherstub stub0")
    dialect = host(s).release.dladm_dialect
    dl = links(s)
    for name in CASES[world]:
        link = dl.links[name]
        for pd in lp.properties_of(dialect, dl, link):
            before = snapshot(s)
            if pd.check != "cids":                # a DHCP client id may be any text
                r = s.execute(f"dladm set-linkprop -p {pd.name}=@@bogus@@ {name}")
                assert r.status == 1 and r.stderr.startswith("dladm: warning: "), (name, pd.name, r.text)
                assert snapshot(s) == before, (name, pd.name)
            if pd.perm != "rw" or pd.temponly or pd.check in ("pool", "zone", "rings"):
                continue
            good = [v for v in lp.possible(dl, link, pd) if v and "-" not in v[1:]] or \
                [v for v in lp.default(dl, link, pd) if v]
            if pd.check == "mtu":
                good = [str(link.mtu)]
            if not good:
                continue
            r = s.execute(f"dladm set-linkprop -p {pd.name}={good[0]} {name}")
            assert r.status == 0 and not r.stderr, (name, pd.name, r.text)
            shown = lines(s, f"dladm show-linkprop -c -o property -p {pd.name} {name}")
            assert shown == [pd.name]
            ok(s, f"dladm reset-linkprop -p {pd.name} {name}")
