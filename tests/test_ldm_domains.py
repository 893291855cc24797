"""ldm domains and resources through the command line: the rules behind the transcripts."""
import pytest

from vshell.model.units import G, M
from vshell.session import Session
from vshell.worlds import build, load_decl
from helpers import ok


@pytest.fixture
def s():
    return Session(build(load_decl("t5-2")))


def ldm(s):
    return s.world.hosts["primary"].ldm


def test_guest_walks_inactive_bound_active_and_back(s):
    for line in ("ldm set-vcpu 8 primary", "ldm set-memory 8G primary", "ldm add-domain ldg1",
                 "ldm add-vcpu 8 ldg1", "ldm add-memory 2G ldg1"):
        ok(s, line)
    d = ldm(s).domains["ldg1"]
    assert d.state == "inactive" and not d.strands
    ok(s, "ldm bind ldg1")
    assert d.state == "bound" and len(d.strands) == 8 and d.bound_memory == 2 * G
    assert ok(s, "ldm start ldg1").stdout == "LDom ldg1 started\n"
    assert d.state == "active"
    ok(s, "ldm stop ldg1")
    ok(s, "ldm unbind ldg1")
    assert d.state == "inactive" and not d.strands and not d.mem
    assert all(ldm(s).strand_owner(x) is None for x in range(8, 16))
    ok(s, "ldm rm-dom ldg1")
    assert "ldg1" not in ldm(s).domains


def test_delayed_reconfiguration_waits_for_the_reboot(s):
    ok(s, "ldm start-reconf primary")
    s.execute("ldm set-core 2 primary")
    s.execute("ldm set-memory 16G primary")
    p = ldm(s).domains["primary"]
    assert len(p.strands) == 256 and p.delayed_reconf          # nothing moved yet
    assert s.execute("ldm add-domain ldg1").status == 1         # other domains are frozen
    ok(s, "reboot")
    assert len(p.strands) == 16 and p.bound_memory == 16 * G and not p.delayed_reconf
    assert p.want.whole_core


def test_cancel_reconf_forgets_the_changes(s):
    ok(s, "ldm start-reconf primary")
    s.execute("ldm set-vcpu 8 primary")
    ok(s, "ldm cancel-reconf primary")
    ok(s, "reboot")
    assert len(ldm(s).domains["primary"].strands) == 256


def test_set_memory_removal_must_be_aligned_and_says_how(s):
    # 255G now; 4G would remove 251G = 257024M, a multiple of 256M: accepted
    ok(s, "ldm set-memory 4G primary")
    r = s.execute("ldm set-memory 1000M primary")
    assert r.status == 1
    assert r.stderr == ("A ldm set-mem 1000M command would remove 3096MB, which is not a\n"
                        "multiple of 256MB. Instead, run ldm set-mem 1024M primary\n"
                        "to ensure a 256MB alignment.\n")
    assert ldm(s).domains["primary"].bound_memory == 4 * G


def test_auto_adj_rounds_up_and_says_by_how_much(s):
    ok(s, "ldm set-memory 16G primary")
    for line in ("ldm set-vcpu 8 primary", "ldm add-domain ldg1", "ldm add-vcpu 4 ldg1",
                 "ldm add-memory 1G ldg1", "ldm bind ldg1", "ldm start ldg1"):
        assert s.execute(line).status == 0, line
    r = ok(s, "ldm add-memory --auto-adj 200M ldg1")
    assert r.stdout == ("Adjusting request size to 256M.\nThe ldg1 domain has been allocated 56M more "
                        "memory\nthan requested because of memory alignment constraints.\n")
    assert ldm(s).domains["ldg1"].bound_memory == 1 * G + 256 * M


def test_refusals_change_nothing(s):
    before = ldm(s).snapshot()
    for line in ("ldm bind nosuch", "ldm add-vcpu 1 primary", "ldm remove-domain primary",
                 "ldm add-memory 1T primary", "ldm set-crypto 99 primary", "ldm set-vcpu x primary",
                 "ldm stop primary"):
        assert s.execute(line).status != 0, line
    assert ldm(s).snapshot() == before


def test_whole_core_domain_gets_whole_cores_and_crypto_follows_the_core(s):
    ok(s, "ldm set-vcpu 12 primary")
    ok(s, "ldm set-memory 16G primary")
    p = ldm(s).domains["primary"]
    assert len(p.strands) == 12 and len(p.maus) == 2      # cores 0 and 1 kept, with their units
    ok(s, "ldm add-domain ldg1")
    ok(s, "ldm add-core 2 ldg1")
    ok(s, "ldm add-memory 1G ldg1")
    ok(s, "ldm bind ldg1")
    d = ldm(s).domains["ldg1"]
    plat = ldm(s).platform
    cores = {plat.core_of(x) for x in d.strands}
    assert len(cores) == 2 and 1 not in cores            # core 1 is half primary's
    assert len(d.strands) == 16


def test_ldoms_1x_memory_change_on_primary_enters_delayed_reconfiguration():
    s = Session(build(load_decl("t5120-ldoms12")))
    r = ok(s, "ldm set-memory 4G primary")
    assert r.stdout.startswith("Initiating delayed reconfigure operation on LDom primary.")
    assert ldm(s).domains["primary"].delayed_reconf


def test_delayed_change_that_could_not_bind_is_refused_when_typed(s):
    """Accepted then failing at the reboot would lose it: the check is the reboot's own."""
    ok(s, "ldm start-reconf primary")
    s.execute("ldm set-core 1 primary")
    r = s.execute("ldm set-crypto 4 primary")       # one core has one crypto unit
    assert r.status == 1 and "crypto" in r.stderr
    ok(s, "reboot")
    p = ldm(s).domains["primary"]
    assert len(p.strands) == 8 and not p.delayed_reconf


def test_a_bound_domain_keeps_some_memory(s):
    for line in ("ldm set-memory 4G primary", "ldm set-vcpu 8 primary", "ldm add-domain g1",
                 "ldm add-vcpu 8 g1", "ldm add-memory mblock=0x2000000000:2G g1", "ldm bind g1"):
        ok(s, line)
    assert s.execute("ldm set-memory mblock= g1").status == 1
    assert s.execute("ldm remove-memory mblock=0x2000000000:2G g1").status == 1
    assert ldm(s).domains["g1"].bound_memory == 2 * G


@pytest.mark.parametrize("line", ["ldm add-vcpu ² primary", "ldm add-vcpu ٣ primary",
                                  "ldm add-domain hostid=0x1ffffffff g2", "ldm bind", "ldm start",
                                  "ldm stop"])
def test_bad_values_and_missing_names_get_the_usage(s, line):
    r = s.execute(line)
    assert r.status == 1 and r.stderr.startswith("Usage:"), (line, r.text)


def test_remove_all_takes_dependents_first(s):
    ok(s, "ldm add-domain a b c")
    ok(s, "ldm set-domain master=a c")
    ok(s, "ldm remove-domain -a")
    assert list(ldm(s).domains) == ["primary"]
