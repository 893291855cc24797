"""zonecfg on the zones model: random command streams drawn from the catalogue (every dialect,
command line and interactive) never break vshell, never commit a configuration that does not
verify, and are mostly accepted; a refusal changes nothing; export replays to the same info;
the lexer's and the scopes' refusals word themselves as illumos zonecfg.c does."""
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vshell.model import zones as zmodel
from vshell.session import Session
from vshell.worlds import build, load_decl

WORLDS = ["s114-x86", "omnios", "t5120-ldoms12", "crossbow-2008", "opensolaris"]
_BUILT: dict = {}


def _session(world="omnios"):
    return Session(build(load_decl(world)))


def _host(s):
    return s.world.hosts[s.world.start_host]


def _zones(s):
    return _host(s).zones


# values: (valid..., invalid...) per property; the first ones are what a careful admin types
GLOBAL_VALUES = {
    "zonepath": (["/zones/z1", "/export/zones/z1"], ["rel/path", "/"]),
    "autoboot": (["true", "false"], ["maybe"]),
    "ip-type": (["shared", "exclusive"], ["bogus"]),
    "pool": (["pool1"], ["SUNWtmp"]),
    "bootargs": (['"-m verbose"'], []),
    "limitpriv": (["default,proc_priocntl"], []),
    "scheduling-class": (["FSS"], []),
    "hostid": (["80f0c086"], []),
    "fs-allowed": (["ufs,pcfs"], []),
    "autoshutdown": (["shutdown", "halt"], []),
    "file-mac-profile": (["none"], []),
    "tenant": (["t1"], []),
    "max-lwps": (["500"], ["5"]),
    "cpu-shares": (["10"], ["x"]),
    "max-shm-memory": (["4G"], []),
}

RESOURCE_VALUES = {
    "fs": {"dir": "/mnt", "special": "/export/data", "raw": "/dev/rdsk/c0t0d0s0", "type": "lofs"},
    "inherit-pkg-dir": {"dir": "/opt"},
    "net": {"physical": "net0", "address": "10.0.0.5/24", "allowed-address": "10.0.0.6/24",
            "defrouter": "10.0.0.1"},
    "anet": {"linkname": "net1", "lower-link": "auto", "mac-address": "random", "vlan-id": "5",
             "mtu": "1500", "configure-allowed-address": "true"},
    "device": {"match": "/dev/dsk/c0t1d0s0"},
    "rctl": {"name": "zone.max-locked-memory"},
    "attr": {"name": "comment", "type": "string", "value": '"a zone"'},
    "dataset": {"name": "tank/z1"},
    "dedicated-cpu": {"ncpus": "1-2", "importance": "5"},
    "capped-cpu": {"ncpus": "1.5"},
    "capped-memory": {"physical": "1G", "swap": "2G", "locked": "512M"},
    "admin": {"user": "root", "auths": "login,manage"},
}
BAD_RESOURCE_VALUES = {"fs": ("dir", "rel"), "net": ("address", "10.0.0.999"),
                       "capped-memory": ("physical", "12"), "dedicated-cpu": ("ncpus", "x"),
                       "capped-cpu": ("ncpus", "-1"), "attr": ("type", "float")}
FILTERS = {"fs": "dir=/mnt", "net": "physical=net0", "anet": "linkname=net1",
           "device": "match=/dev/dsk/c0t1d0s0", "attr": "name=comment", "dataset": "name=tank/z1",
           "rctl": "name=zone.max-locked-memory", "admin": "user=root", "inherit-pkg-dir": "dir=/opt"}
JUNK = ["foo", "set foo=bar", "end", "cancel", "add", "info bogus", "select", "clear zonepath",
        "remove nosuch", "help set", "help syntax", "verify x"]


def _stream(choose, dia, size):
    """A list of zonecfg commands (one a line) for the dialect `dia`; choose(seq) picks one."""
    cat = zmodel.catalogue()
    globals_ = [p for p in dia["globals"] if p in GLOBAL_VALUES] + \
        [a for a in cat["globals"]["aliased_rctls"] if a in GLOBAL_VALUES]
    cmds = [choose(["create", "create", "create -b", "create -F"])]
    if choose([True, True, True, False]):
        cmds.append("set zonepath=/zones/z1")
    while len(cmds) < size:
        kind = choose(["set", "set", "add", "add", "add", "remove", "select", "check", "info",
                       "junk"])
        if kind == "set":
            p = choose(globals_)
            good, bad = GLOBAL_VALUES[p]
            cmds.append(f"set {p}={choose(good * 4 + bad)}")
        elif kind == "add":
            rt = choose(dia["resources"])
            block = [f"add {rt}"]
            props = [p for p in RESOURCE_VALUES[rt] if p in _props(cat, dia, rt)]
            for p in props:
                if choose([True, True, True, False]):
                    block.append(f"set {p}={RESOURCE_VALUES[rt][p]}")
            if rt in BAD_RESOURCE_VALUES and choose([False, False, False, True]):
                p, v = BAD_RESOURCE_VALUES[rt]
                block.append(f"set {p}={v}")
            if rt == "fs" and choose([True, False]):
                block.append(choose(["add options ro", "add options [ro,nodevices]",
                                     'add options "retry=5"']))
            if rt == "rctl" and choose([True, True, False]):
                block.append("add value (priv=privileged,limit=1048576,action=deny)")
            if choose([True, False]):
                block.append("info")
            block.append(choose(["end", "end", "end", "cancel"]))
            cmds += block
        elif kind in ("remove", "select"):
            rt = choose(dia["resources"])
            flt = FILTERS.get(rt, "")
            line = f"{kind} {rt} {flt}".rstrip() if choose([True, True, False]) else f"{kind} {rt}"
            cmds.append(line)
            if kind == "select":
                cmds.append(choose(["end", "cancel", "info"]))
                cmds.append("end")
        elif kind == "check":
            cmds.append(choose(["verify", "commit", "revert -F", "export"]))
        elif kind == "info":
            cmds.append(choose(["info", "info net", "info zonepath", "info fs dir=/mnt"]))
        else:
            cmds.append(choose(JUNK))
    cmds.append(choose(["commit", "exit", "verify"]))
    return cmds


def _props(cat, dia, rt):
    return dia["net_props"] if rt == "net" else cat["resource"][rt]["props"]


def _assert_committed_verify(s):
    zones = _zones(s)
    for z in zones.zones.values():
        assert zmodel.verify(z.config, zones.dia) == [], (z.name, z.config)


def _interactive(s, cmds):
    """Feeds the commands to the zonecfg frame, answering its questions; -> (accepted, total)."""
    r = s.execute("zonecfg -z z1")
    assert not r.internal_error, r.text
    accepted = total = 0
    for line in cmds:
        if not r.prompt.startswith("zonecfg:"):
            break
        r = s.execute(line)
        total += 1
        assert not r.internal_error and "vshell: internal error" not in r.text, (line, r.text)
        accepted += not r.stderr
        while r.prompt.endswith("(y/[n])? "):
            r = s.execute("yn"[total % 2])
            assert not r.internal_error, r.text
    if r.prompt.startswith("zonecfg:"):
        r = s.eof()
        assert not r.internal_error, r.text
        while r.prompt.endswith("(y/[n])? "):
            r = s.execute("y")
            assert not r.internal_error, r.text
    assert not r.prompt.startswith("zonecfg:") and not r.prompt.endswith("? "), r.prompt
    return accepted, total


def _cmdline(s, cmds):
    r = s.execute("zonecfg -z z1 '" + "; ".join(cmds) + "'")
    assert not r.internal_error and "vshell: internal error" not in r.text, r.text


def _world(name):
    if name not in _BUILT:
        _BUILT[name] = load_decl(name)
    return build(_BUILT[name])


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(WORLDS), st.data())
def test_random_streams_never_break_and_commit_only_what_verifies(world, data):
    s = Session(_world(world))
    dia = _zones(s).dia
    size = data.draw(st.integers(3, 25))
    cmds = _stream(lambda seq: data.draw(st.sampled_from(list(seq))), dia, size)
    if data.draw(st.booleans()):
        _cmdline(s, cmds)
    else:
        _interactive(s, cmds)
    _assert_committed_verify(s)
    # a second session on the committed zone (select, remove, clear on what exists)
    more = _stream(lambda seq: data.draw(st.sampled_from(list(seq))), dia, 8)[1:]
    _cmdline(s, more)
    _assert_committed_verify(s)


def test_most_generated_commands_are_accepted():
    rnd = random.Random(4242)
    accepted = total = committed = 0
    for i in range(40):
        world = WORLDS[i % len(WORLDS)]
        s = Session(_world(world))
        a, t = _interactive(s, _stream(rnd.choice, _zones(s).dia, rnd.randint(5, 25)))
        accepted, total = accepted + a, total + t
        committed += bool(_zones(s).zones)
        _assert_committed_verify(s)
    assert total > 200 and accepted * 2 >= total, (accepted, total)
    assert committed >= 10                 # the streams do reach configurations that verify


# --- unit tests -----------------------------------------------------------------------------

GOOD = ("create; set zonepath=/zones/z1; add net; set physical=e1000g0; set address=10.0.0.5/24; "
        "end; add fs; set dir=/mnt; set special=/export/x; set type=lofs; add options [ro,nodevices]; "
        "end; set max-lwps=500; add attr; set name=comment; set type=string; set value=\"a b\"; end; "
        "add capped-memory; set physical=1G; end; add dedicated-cpu; set ncpus=1-2; end; commit")


def test_a_failed_commit_changes_nothing():
    s = _session("omnios")
    r = s.execute(f"zonecfg -z z1 '{GOOD}'")
    assert r.status == 0 and not r.stderr, r.text
    before = _zones(s).zones["z1"].config.copy()
    info = s.execute("zonecfg -z z1 info").stdout
    for bad in ["add net; set physical=e1000g1; end; commit",          # shared-IP needs an address
                "set ip-type=exclusive; commit",                       # the net has an address
                "add fs; set dir=/x; end",                             # end refused, auto-commit fails
                "remove fs; add device; commit"]:
        r = s.execute(f"zonecfg -z z1 '{bad}'")
        assert r.status == 1 and r.stderr, (bad, r.text)
        assert _zones(s).zones["z1"].config == before, bad
        assert s.execute("zonecfg -z z1 info").stdout == info, bad
    r = s.execute("zonecfg -z z1 'set ip-type=exclusive; commit'")
    assert r.stderr.splitlines()[:3] == ["net: address cannot be specified for an exclusive IP type",
                                         "Zone z1 failed to verify", "z1: Invalid argument"]
    assert r.stderr.endswith("z1: Invalid argument\nConfiguration not saved.\n")


def test_a_fresh_zone_fails_to_commit_for_its_zonepath():
    s = _session("omnios")
    r = s.execute("zonecfg -z z1 'create; commit'")
    assert r.stderr == ("zonepath cannot be empty.\nZone z1 failed to verify\n"
                        "z1: Required resource missing\n"
                        "zonepath cannot be empty.\nZone z1 failed to verify\n"
                        "z1: Required resource missing\nConfiguration not saved.\n")
    assert r.status == 1 and "z1" not in _zones(s).zones


def test_export_replays_to_the_same_info():
    for world in WORLDS:
        s = _session(world)
        r = s.execute(f"zonecfg -z z1 '{GOOD.replace('set address=10.0.0.5/24; ', '')}'"
                      if world == "s114-x86" else f"zonecfg -z z1 '{GOOD}'")
        assert not r.stderr, (world, r.text)
        assert s.execute("zonecfg -z z1 export -f /tmp/z1.cfg").status == 0
        r = s.execute("zonecfg -z z2 -f /tmp/z1.cfg")
        assert r.status == 0 and not r.stderr, (world, r.text)
        one = s.execute("zonecfg -z z1 info").stdout.replace("zonename: z1", "zonename: z2")
        two = s.execute("zonecfg -z z2 info").stdout
        assert one == two, world
        assert "[max-lwps: 500]" in one and "\tname: zone.max-lwps" in one
        assert s.execute("zonecfg -z z1 export").stdout == s.execute("zonecfg -z z2 export").stdout


def test_scope_errors():
    s = _session("omnios")
    r = s.execute("zonecfg -z z1 'create; end; cancel; add net; select net physical=x; commit; "
                  "export; revert'")
    assert r.stderr.splitlines()[:6] == [
        "The end command only makes sense in the resource scope.",
        "The cancel command only makes sense in the resource scope.",
        "The select command only makes sense in the global scope.",
        "The commit command only makes sense in the global scope.",
        "The export command only makes sense in the global scope.",
        "You can only use revert in the global scope."]


def _commands_list(text):
    lines = text.splitlines()
    return lines[1:3] == ["Commands:", ""] and lines[-1] == "verify"


def test_syntax_errors():
    s = _session("omnios")
    s.execute("zonecfg -z z1")
    r = s.execute("foo")
    assert r.stderr.startswith("syntax error at 'f'\nCommands:\n\nadd <resource-type>\n")
    assert _commands_list(r.stderr) and not r.stdout
    r = s.execute("set foo=bar")
    assert r.stderr.startswith("syntax error at '='\n") and _commands_list(r.stderr)
    r = s.execute("help net")
    assert r.stderr.startswith("syntax error at 'net'\n")
    r = s.execute("set zonepath=")
    assert r.stderr.startswith("syntax error at '\\n'\n")
    r = s.execute("create; set zonepath=/x # comment")
    assert r.stderr.startswith("syntax error at '#'\n")
    assert s.execute("# a comment alone").text == ""


def test_syntax_error_in_a_command_file_stops_it():
    s = _session("omnios")
    s.execute("echo 'create' > /tmp/c.cfg")
    s.execute("echo 'set zonepath=/zones/z1' >> /tmp/c.cfg")
    s.execute("echo 'frob' >> /tmp/c.cfg")
    s.execute("echo 'set autoboot=true' >> /tmp/c.cfg")
    r = s.execute("zonecfg -z z1 -f /tmp/c.cfg")
    assert r.stderr.startswith("syntax error on line 3 at 'f'\nCommands:\n")
    assert r.status == 1
    # what came before the error is committed at the end (cleanup), what came after never ran
    assert _zones(s).zones["z1"].config.get("autoboot") is None
    s.execute("echo 'create' > /tmp/d.cfg; echo 'set zonepath=rel' >> /tmp/d.cfg")
    r = s.execute("zonecfg -z z3 -f /tmp/d.cfg")
    assert r.stderr.startswith("On line 2 of /tmp/d.cfg:\nrel is not an absolute path.\n")


def test_end_with_missing_properties():
    s = _session("omnios")
    s.execute("zonecfg -z z1")
    s.execute("create")
    cases = {"net": ["physical not specified"],
             "fs": ["dir not specified", "special not specified", "type not specified"],
             "attr": ["name not specified", "type not specified", "value not specified",
                      "Invalid attr name : must start with an alpha-numeric character.",
                      "invalid attr type ''"],
             "capped-memory": ["No property was specified.  One of physical, swap or locked is required."],
             "dataset": ["name not specified"], "device": ["match not specified"],
             "rctl": ["name not specified", "no value specified"],
             "dedicated-cpu": ["ncpus not specified"]}
    for rt, lines in cases.items():
        s.execute(f"add {rt}")
        r = s.execute("end")
        assert r.stderr.splitlines() == lines, rt
        assert r.prompt == f"zonecfg:z1:{rt}> "          # still in the scope
        assert s.execute("cancel").prompt == "zonecfg:z1> "


def test_anet_numbering_interactive_vs_command_line():
    s = _session("s114-x86")
    assert s.execute("zonecfg -z web 'create; set zonepath=/zones/web'").status == 0
    r = s.execute("zonecfg -z web info")
    assert "anet:\n\tlinkname: net0\n" in r.stdout and "anet 0:" not in r.stdout
    s.execute("zonecfg -z web")
    r = s.execute("info")
    assert "anet 0:\n\tlinkname: net0\n" in r.stdout
    r = s.execute("select anet 0")
    assert r.prompt == "zonecfg:web:anet> " and not r.stderr
    s.execute("end")
    assert s.execute("remove anet 0").stderr == ""
    assert "anet" not in s.execute("info").stdout


def test_set_validation_messages():
    s = _session("omnios")
    s.execute("zonecfg -z z1")
    s.execute("create")
    for line, msg in [("set zonepath=rel", "rel is not an absolute path."),
                      ("set zonepath=/", "/ is not allowed as a zonepath."),
                      ("set autoboot=yes", "autoboot value must be 'true' or 'false'."),
                      ("set ip-type=both", "ip-type value must be 'shared' or 'exclusive'."),
                      ("set pool=SUNWx", "pool names starting with SUNW are reserved."),
                      ("set max-lwps=5", "max-lwps property is out of range."),
                      ("set physical=net0", "Cannot set a resource-specific property from the global scope."),
                      ("clear zonepath", "zonepath: Clearing this property is not allowed")]:
        r = s.execute(line)
        assert r.stderr == msg + "\n", line
    assert "zonepath: \n" in s.execute("info").stdout


def test_zfs_dataset_names():
    """verify's zfs_name_valid(name, ZFS_TYPE_FILESYSTEM): components of [A-Za-z0-9_-.: ], none
    empty, no snapshot, the pool's name starting with a letter."""
    good = ["tank", "tank/z1", "rpool/export/zone-1.data", "tank/a b:c"]
    bad = ["/tank/z1", "tank/", "tank//z1", "tank/z1@snap", "1tank/z1", "tank/z%1", ""]
    assert all(zmodel.zfs_name_valid(n) for n in good)
    assert not any(zmodel.zfs_name_valid(n) for n in bad)


def test_aliases_per_release():
    """Solaris 10 and Nevada 2008 have six aliased rctls; max-processes came later."""
    for world in ("s10-x86", "crossbow-2008"):
        s = _session(world)
        r = s.execute("zonecfg -z z1 'create; set zonepath=/zones/z1; set max-processes=500'")
        assert r.stderr.startswith("syntax error at '='\n"), world
        r = s.execute("zonecfg -z z1 'create -F; set zonepath=/zones/z1; set max-lwps=500; info max-lwps'")
        assert r.stdout == "[max-lwps: 500]\n", world
    s = _session("omnios")
    r = s.execute("zonecfg -z z1 'create; set zonepath=/zones/z1; set max-processes=500; info max-processes'")
    assert r.stdout == "[max-processes: 500]\n"


def test_capped_memory_round_trip_through_rctls():
    """export writes swap and locked as rctls; replaying the export gives the same info."""
    s = _session("omnios")
    s.execute("zonecfg -z z1 'create; set zonepath=/zones/z1; add capped-memory; set physical=512M; "
              "set swap=1G; end; add capped-cpu; set ncpus=0.5; end; commit'")
    info = s.execute("zonecfg -z z1 info").stdout
    exported = s.execute("zonecfg -z z1 export -f /tmp/z1.cfg")
    assert exported.status == 0
    text = s.execute("cat /tmp/z1.cfg").stdout
    assert "add rctl\nset name=zone.max-swap\n" in text and "set swap" not in text
    assert "add rctl\nset name=zone.cpu-cap\nadd value (priv=privileged,limit=50,action=deny)\n" in text
    assert s.execute("zonecfg -z z2 -f /tmp/z1.cfg").status == 0
    assert s.execute("zonecfg -z z2 info").stdout.replace("z2", "z1", 1) == info


def test_publishers_of_an_image():
    """The release's default publisher, a world's declared one, a Solaris 11 zone's syspub."""
    from vshell.model.zones import image_publishers
    s = _session("s114-x86")
    pubs = image_publishers(_host(s))
    assert [(p.name, p.origins) for p in pubs] == [("solaris", ["http://pkg.oracle.com/solaris/release/"])]
    s = _session("s114-web-console")
    host = _host(s)
    assert [(p.name, p.origins, p.syspub) for p in image_publishers(host)] == \
        [("solaris", ["file:///repo/solaris/"], False)]
    zone_os = host.zones.zones["web"].os
    assert [(p.name, p.syspub) for p in image_publishers(zone_os)] == [("solaris", True)]
    assert _session("s10-x86").execute("pkg publisher").status == 127     # no IPS before 11
