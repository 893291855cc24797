"""ldm OBP variables and SP configurations: the rules behind transcripts/ldm/variables-spconfig.t."""
import random

import pytest

from vshell.commands.ldm import variables as listing
from vshell.messages_ldm_config import LDM_CONFIG
from vshell.model import spconfig
from vshell.session import INTERNAL_ERROR, Session
from vshell.worlds import build, load_decl
from helpers import ok


@pytest.fixture
def s():
    return Session(build(load_decl("t5-2")))


def refused(s, line, text):
    r = s.execute(line)
    assert (r.status, r.stderr, r.stdout) == (1, text + "\n", ""), (line, r.chunks)


def ldm(s, host="primary"):
    return s.world.hosts[host].ldm


def configs(s):
    return ok(s, "ldm ls-spconfig").stdout.splitlines()


def guest(s):
    for line in ("ldm set-vcpu 16 primary", "ldm set-memory 16G primary", "ldm add-domain ldg1",
                 "ldm add-vcpu 8 ldg1", "ldm add-memory 4G ldg1"):
        ok(s, line)


# --- variables ------------------------------------------------------------------------------

def test_set_creates_and_replaces_in_place_and_values_are_kept_as_given(s):
    ok(s, "ldm add-domain ldg1")
    ok(s, "ldm set-var auto-boot?=false boot-device=vdisk1 ldg1")
    ok(s, "ldm set-var 'nvramrc=devalias vd0 /virtual-devices@100/disk@0\nvd0' ldg1")
    ok(s, "ldm set-var auto-boot?=true boot-file= ldg1")
    assert list(ldm(s).domains["ldg1"].variables.items()) == [
        ("auto-boot?", "true"), ("boot-device", "vdisk1"),
        ("nvramrc", "devalias vd0 /virtual-devices@100/disk@0\nvd0"), ("boot-file", "")]
    assert ok(s, "ldm list-var ldg1").stdout == (
        "auto-boot?=true\nboot-device=vdisk1\nnvramrc=devalias vd0 /virtual-devices@100/disk@0\nvd0\n"
        "boot-file=\n")
    assert ok(s, "ldm ls-var boot-file auto-boot? ldg1").stdout == "boot-file=\nauto-boot?=true\n"


def test_add_and_remove_are_all_or_nothing(s):
    ok(s, "ldm add-domain ldg1")
    ok(s, "ldm add-var auto-boot?=false ldg1")
    refused(s, "ldm add-var boot-device=disk auto-boot?=true ldg1",
            "Variable auto-boot? already exists in domain ldg1")
    refused(s, "ldm add-var a=1 a=2 ldg1", "Variable a already exists in domain ldg1")
    refused(s, "ldm rm-var auto-boot? nvramrc ldg1", "Variable nvramrc not found in domain ldg1")
    assert ldm(s).domains["ldg1"].variables == {"auto-boot?": "false"}
    ok(s, "ldm rm-var auto-boot? ldg1")
    assert ldm(s).domains["ldg1"].variables == {}
    assert ok(s, "ldm list-var ldg1").stdout == ""


def test_list_names_what_is_missing_after_what_it_found(s):
    ok(s, "ldm add-domain ldg1")
    ok(s, "ldm add-var auto-boot?=false ldg1")
    r = s.execute("ldm list-var nvramrc auto-boot? ldg1")
    assert r.status == 1 and r.chunks == [("stdout", "auto-boot?=false\n"),
                                          ("stderr", "Variable nvramrc not found in domain ldg1\n")]


def test_variable_refusals(s):
    ok(s, "ldm add-domain ldg1")
    refused(s, "ldm set-var auto-boot?=true ldgX", "Domain ldgX not found")
    refused(s, "ldm list-var ldgX", "Domain ldgX not found")
    refused(s, "ldm set-var ?x=1 ldg1", "Invalid variable name: ?x")
    refused(s, "ldm set-var 'a b=1' ldg1", "Invalid variable name: a b")
    for line in ("ldm set-var auto-boot? ldg1", "ldm add-var =true ldg1"):
        r = s.execute(line)
        assert r.status == 1 and r.stderr.startswith("Usage:\n"), line
    ok(s, "ldm set-var /boot=x ldg1")               # "/" may start a name (Admin Guide)
    assert ldm(s).domains["ldg1"].variables == {"/boot": "x"}


def test_delayed_reconfiguration_freezes_other_domains_variables(s):
    ok(s, "ldm add-domain ldg1")
    ok(s, "ldm start-reconf primary")
    r = s.execute("ldm set-var auto-boot?=false ldg1")
    assert r.status == 1 and r.stderr.endswith("Delayed reconfiguration of LDom ldg1 is not permitted\n")
    assert ldm(s).domains["ldg1"].variables == {}
    ok(s, "ldm set-var auto-boot?=false primary")
    assert ldm(s).domains["primary"].variables == {"auto-boot?": "false"}


def test_listing_sections(s):
    ok(s, "ldm add-domain ldg1")
    d = ldm(s).domains["ldg1"]
    assert listing.section(d, "") == [] and listing.parseable(d) == []
    ok(s, "ldm set-var auto-boot?=false 'nvramrc=a\nb' ldg1")
    assert listing.section(d, " ") == [" ", "VARIABLES", "    auto-boot?=false", "    nvramrc=a", "b"]
    assert listing.parseable(d) == ["VARIABLES", "|auto-boot?=false", "|nvramrc=a", "b"]


def test_variable_events_name_the_host_and_domain(s):
    heard = []
    ldm(s).events.subscribe(heard.append)
    ok(s, "ldm add-domain ldg1")
    ok(s, "ldm set-var auto-boot?=false ldg1")
    ev = heard[-1]
    assert (ev.kind, ev.host, ev.subject) == ("domain.changed", "primary", "ldg1")


# --- SP configurations -------------------------------------------------------------------

def test_a_new_machine_runs_factory_default(s):
    assert configs(s) == ["factory-default [current]"]
    assert ldm(s).spconfigs == ["factory-default"]


def test_a_change_before_the_first_listing_is_noticed(s):
    ok(s, "ldm add-domain ldg1")
    assert configs(s) == ["factory-default [next poweron]"]


def test_saving_makes_current_and_any_reconfiguration_makes_next_poweron(s):
    ok(s, "ldm add-domain ldg1")
    ok(s, "ldm add-spconfig initial")
    assert configs(s) == ["factory-default", "initial [current]"]
    assert ldm(s).current_spconfig == "initial"
    ok(s, "ldm set-var auto-boot?=false ldg1")
    assert configs(s) == ["factory-default", "initial [next poweron]"]
    ok(s, "ldm add-config second")           # the 1.x name, one behaviour
    assert configs(s) == ["factory-default", "initial", "second [current]"]
    ok(s, "ldm rm-domain ldg1")
    assert configs(s) == ["factory-default", "initial", "second [next poweron]"]


def test_bind_and_unbind_reconfigure_start_and_stop_do_not(s):
    guest(s)
    ok(s, "ldm add-spconfig a")
    ok(s, "ldm bind ldg1")
    assert configs(s)[-1] == "a [next poweron]"
    ok(s, "ldm add-spconfig b")
    ok(s, "ldm start ldg1")
    ok(s, "ldm stop ldg1")
    assert configs(s)[-1] == "b [current]"
    ok(s, "ldm unbind ldg1")
    assert configs(s)[-1] == "b [next poweron]"


def test_saved_in_delayed_reconfiguration_is_current_after_the_reboot(s):
    ok(s, "ldm start-reconf primary")
    s.execute("ldm set-vcpu 16 primary")
    ok(s, "ldm add-spconfig initial")
    ok(s, "reboot")
    assert configs(s) == ["factory-default", "initial [current]"]
    assert len(ldm(s).domains["primary"].strands) == 16


def test_set_selects_the_next_poweron_and_the_booted_one_stays_current(s):
    ok(s, "ldm add-spconfig initial")
    ok(s, "ldm set-spconfig factory-default")
    assert configs(s) == ["factory-default [next poweron]", "initial [current]"]
    ok(s, "ldm set-config initial")
    assert configs(s) == ["factory-default", "initial [current]"]


def test_removing_the_selected_configuration_falls_back_to_factory_default(s):
    ok(s, "ldm add-spconfig initial")
    ok(s, "ldm add-spconfig other")
    ok(s, "ldm rm-config other")
    assert configs(s) == ["factory-default [next poweron]", "initial"]
    assert ldm(s).spconfigs == ["factory-default", "initial"]


def test_names_are_listed_after_factory_default_in_order(s):
    for name in ("zeta", "alpha", "Mid"):
        ok(s, f"ldm add-spconfig {name}")
    assert configs(s) == ["factory-default", "Mid [current]", "alpha", "zeta"]


def test_spconfig_refusals_change_nothing(s):
    ok(s, "ldm add-spconfig initial")
    before = ldm(s).snapshot(), configs(s)
    refused(s, "ldm add-spconfig initial", "A configuration named initial already exists")
    refused(s, "ldm set-spconfig nosuch", "Configuration nosuch not found")
    refused(s, "ldm rm-spconfig nosuch", "Configuration nosuch not found")
    refused(s, "ldm rm-spconfig factory-default", "The factory-default configuration cannot be removed")
    refused(s, "ldm add-spconfig " + "x" * 70,
            "Error: Operation failed because an invalid configuration name was given")
    assert (ldm(s).snapshot(), configs(s)) == before
    ok(s, "ldm add-spconfig " + "x" * spconfig.NAME_MAX)


def test_the_sp_holds_eight_configurations(s):
    for i in range(spconfig.MAX_CONFIGS - 1):
        ok(s, f"ldm add-spconfig c{i}")
    refused(s, "ldm add-spconfig one-more", "The maximum number of configurations (8) has been reached")
    assert len(ldm(s).spconfigs) == 8
    ok(s, "ldm rm-spconfig c0")
    ok(s, "ldm add-spconfig one-more")


def test_autosave_forms_are_not_simulated(s):
    for line in ("ldm list-spconfig -r", "ldm add-spconfig -r a", "ldm rm-spconfig -r a"):
        r = s.execute(line)
        assert r.status == 69 and "not simulated" in r.stderr, line


def test_another_hosts_changes_leave_this_one_current():
    s = Session(build(load_decl("two-hosts")))
    assert configs(s) == ["factory-default [current]"]
    ldm(s, "backup").add_domain("other")
    assert configs(s) == ["factory-default [current]"]
    assert spconfig.configs(ldm(s, "backup")).changed


def test_subscribed_once_per_manager(s):
    m = ldm(s)
    assert spconfig.configs(m) is spconfig.configs(m)
    before = len(m.events._listeners)
    configs(s)
    configs(s)
    assert len(m.events._listeners) == before


def test_every_guessed_message_is_unique_and_formats():
    keys = [m.key for m in LDM_CONFIG]
    assert len(keys) == len(set(keys)) and all(k.startswith("ldm.") for k in keys)
    for m in LDM_CONFIG:
        assert m.text.format(name="n", domain="d", limit=8) and m.why


def test_random_config_lines_never_break(s):
    words = ("ldm add-var set-var rm-var list-var add-spconfig set-spconfig rm-config ls-spconfig "
             "list-config -r ldg1 primary nosuch auto-boot?=false auto-boot? a= =b '' x initial "
             "factory-default 'n=a b'").split()
    ok(s, "ldm add-domain ldg1")
    rnd = random.Random(5)
    for _ in range(600):
        line = "ldm " + " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 5)))
        r = s.execute(line)
        assert not r.internal_error and r.status != INTERNAL_ERROR and "Traceback" not in r.text, line
