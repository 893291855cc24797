"""Link aggregations: create-, delete-, add-, remove-, modify- and show-aggr.

Checks follow dladm.c do_create_aggr, do_delete_aggr, do_add_aggr, do_remove_aggr,
do_modify_aggr and do_show_aggr of Solaris 11.0 (Arquivotheca/solaris11 @766b42f8; the illumos
functions are the same, crossbow.md 1.5): options are checked as getopt meets them, then the
aggregation's name or key, then the ports' names, and only then does libdladm answer with a
status. Texts here are from that source; guesses are in vshell/messages_dladm_aggr.py or marked
`# unverified`. The operations are vshell/model/aggregations.py."""
from __future__ import annotations

from vshell import grammar, messages
from vshell.commands.dladm.common import Die, Env, die, die_dlerr
from vshell.model import aggregations as ag
from vshell.model.datalinks import MAXLINKNAMELEN, DlError, valid_link_name

MAXPORT = 256


def _code(e: DlError) -> str:
    return e.code if e.code.isupper() else "BADARG"


def _str2int(text: str) -> int | None:
    """dladm.c str2int: a decimal number and nothing else."""
    return int(text) if text.isdigit() else None


def _ports(env: Env, values: dict[str, list[str]], dev_msg: str, link_msg: str) -> list[str]:
    """-d devices then -l links (dladm.c resolves them in that order) -> link names."""
    out = []
    for dev in values.get("-d", []):
        link = next((k for k in env.visible_links("phys") if k.device == dev), None)
        if link is None:
            raise die_dlerr("NOTFOUND", dev_msg.format(dev))
        out.append(link.name)
    for name in values.get("-l", []):
        link = env.links.links.get(name)
        if link is None or not env.visible(link):
            raise die_dlerr("NOTFOUND", link_msg.format(name))
        out.append(name)
    return out


def _count(n: int) -> None:
    if n >= MAXPORT:
        raise die("too many ports specified")


def _aggr_of(env: Env, arg: str):
    """i_dladm_aggr_get_linkid: a key (a number) or a name -> the link; DlError if neither."""
    key = _str2int(arg)
    if key is None:
        link = env.links.links.get(arg)
        if link is None or not env.visible(link):
            raise DlError("NOTFOUND", link=arg)
        return link
    if key == 0:
        raise DlError("LINKINVAL", link=arg)
    aggr = ag.by_key(env.links, key)
    if aggr is None or not env.visible(aggr):
        raise DlError("NOTFOUND", link=arg)
    return aggr


# create-aggr ----------------------------------------------------------------------------------
def create_aggr(env: Env) -> int:
    p = env.p
    policy, lacp_mode, lacp_timer, unicast, mode = "L4", "off", "short", "", "trunk"
    given: set[str] = set()
    names: dict[str, list[str]] = {"-d": [], "-l": []}
    for flag, values in p.flags.items():
        for v in values:
            if flag == "-d":
                _count(len(names["-d"]) + len(names["-l"]))
                names["-d"].append(v)
            elif flag == "-l" and v[-1:].isdigit():
                _count(len(names["-d"]) + len(names["-l"]))
                names["-l"].append(v)
            elif flag in ("-l", "-L"):
                # a -l value not ending in a digit is the old spelling of -L (getopt falls through)
                if "-L" in given:
                    raise env.usage_die("duplicate-option", flag)
                given.add("-L")
                lacp_mode = ag.parse_lacp_mode(v)
                if lacp_mode is None:
                    raise die(f"invalid LACP mode '{v}'")
            elif flag == "-P":
                given.add(flag)
                policy = ag.parse_policy(v)
                if policy is None:
                    raise die(f"invalid policy '{v}'")
            elif flag == "-u":
                unicast = ag.parse_unicast(v)
                if unicast is None:
                    raise die(f"invalid MAC address '{v}'")
            elif flag == "-T":
                given.add(flag)
                lacp_timer = ag.parse_lacp_timer(v)
                if lacp_timer is None:
                    raise die(f"invalid LACP timer value '{v}'")
            elif flag == "-m":
                if not env.d.aggr_mode:
                    raise env.usage_die("unknown-option", "-m")
                if v not in ag.MODES:
                    raise die(messages.text("dladm.aggr-bad-mode", mode=v))
                mode = v
    if not names["-d"] and not names["-l"]:
        raise grammar.UsageError("operands", "create-aggr")
    arg = p.args[-1]
    key = _str2int(arg)
    if key is None:
        key, name = 0, arg
        if len(name) >= MAXLINKNAMELEN:
            raise die(f"link name too long '{name}'")
        if not valid_link_name(name):
            raise die(f"invalid link name '{name}'")
    else:
        name = f"aggr{key}"
    ports = _ports(env, names, "invalid dev name '{}'", "invalid link name '{}'")
    try:
        env.need_privilege()
        if mode == "dlmp" and given & {"-P", "-L", "-T"}:
            # policy and LACP apply to trunk aggregations only (11.4 guide E60990 gmsbi)
            raise DlError("NOTSUP", link=name)          # unverified: the status 11.4 answers
        ag.create(env.links, name, ports, policy=policy, lacp_mode=lacp_mode,
                  lacp_timer=lacp_timer, unicast=unicast, mode=mode, force=p.flag("-f"),
                  temporary=p.flag("-t"), key=key)
    except DlError as e:
        raise die_dlerr(_code(e), "create operation failed") from None
    return 0


# delete-, add-, remove-aggr ------------------------------------------------------------------------
def delete_aggr(env: Env) -> int:
    try:
        link = _aggr_of(env, env.p.args[-1])
        env.need_privilege()
        ag.delete(env.links, link.name)
    except DlError as e:
        raise die_dlerr(_code(e), "delete operation failed") from None
    return 0


def _port_names(env: Env) -> dict[str, list[str]]:
    names = {"-d": list(env.p.flags.get("-d", [])), "-l": list(env.p.flags.get("-l", []))}
    _count(len(names["-d"]) + len(names["-l"]) - 1)
    if not names["-d"] and not names["-l"]:
        raise grammar.UsageError("operands", env.p.command)
    return names


def add_aggr(env: Env) -> int:
    names = _port_names(env)
    try:
        aggr = _aggr_of(env, env.p.args[-1])
    except DlError as e:
        raise die_dlerr(_code(e), "add operation failed") from None
    ports = _ports(env, names, "invalid <dev> '{}'", "invalid <link> '{}'")
    try:
        env.need_privilege()
        ag.add_ports(env.links, aggr.name, ports, force=env.p.flag("-f"))
    except DlError as e:
        if e.code == "NOTSUP":
            raise die("add operation failed: link capabilities don't match") from None
        raise die_dlerr(_code(e), "add operation failed") from None
    return 0


def remove_aggr(env: Env) -> int:
    names = _port_names(env)
    try:
        aggr = _aggr_of(env, env.p.args[-1])
    except DlError as e:
        raise die_dlerr(_code(e), "remove operation failed") from None
    ports = _ports(env, names, "invalid <dev> '{}'", "invalid <link> '{}'")
    try:
        env.need_privilege()
        ag.remove_ports(env.links, aggr.name, ports)
    except DlError as e:
        raise die_dlerr(_code(e), "remove operation failed") from None
    return 0


# modify-aggr ----------------------------------------------------------------------------------------
def modify_aggr(env: Env) -> int:
    changes: dict[str, str] = {}
    for flag, values in env.p.flags.items():
        for v in values:
            if flag in ("-l", "-L"):
                if "lacp_mode" in changes:                 # -l and -L set the same mask bit
                    raise env.usage_die("duplicate-option", flag)
                changes["lacp_mode"] = ag.parse_lacp_mode(v)
                if changes["lacp_mode"] is None:
                    raise die(f"invalid LACP mode '{v}'")
            elif flag == "-P":
                changes["policy"] = ag.parse_policy(v)
                if changes["policy"] is None:
                    raise die(f"invalid policy '{v}'")
            elif flag == "-u":
                changes["unicast"] = ag.parse_unicast(v)
                if changes["unicast"] is None:
                    raise die(f"invalid MAC address '{v}'")
            elif flag == "-T":
                changes["lacp_timer"] = ag.parse_lacp_timer(v)
                if changes["lacp_timer"] is None:
                    raise die(f"invalid LACP timer value '{v}'")
    if not changes:
        raise die("at least one of the -PulT options must be specified")
    try:
        aggr = _aggr_of(env, env.p.args[-1])
        env.need_privilege()
        if getattr(aggr, "mode", "trunk") == "dlmp" and changes.keys() & {"policy", "lacp_mode", "lacp_timer"}:
            raise DlError("NOTSUP", link=aggr.name)     # trunk-only attributes (E60990 gmsbi)  # unverified status
        ag.modify(env.links, aggr.name, **changes)
    except DlError as e:
        raise die_dlerr(_code(e), "modify operation failed") from None
    return 0


# show-aggr -------------------------------------------------------------------------------------------
def show_aggr(env: Env) -> int:
    p = env.p
    lacp, ext, stats, persistent = p.flag("-L"), p.flag("-x"), p.flag("-s"), p.flag("-P")
    parseable = p.flag("-p")
    env.check_parseable(parseable, p.value("-o"))
    if p.flag("-i") and not stats:
        raise die("the option -i can be used only with -s")
    if stats and (lacp or parseable or ext or persistent):
        c = "L" if lacp else "p" if parseable else "x" if ext else "P"
        raise die(f"the option -{c} cannot be used with -s")
    if lacp and persistent:
        raise die("the option -P cannot be used with -L")
    if ext and (lacp or persistent):
        raise die(f"the option -{'L' if lacp else 'P'} cannot be used with -x")
    links = [k for k in ag.aggregations(env.links) if env.visible(k)]
    arg = p.operand("link")
    if arg is not None:
        key = _str2int(arg)
        if key is not None:
            aggr = ag.by_key(env.links, key)
            if aggr is None or not env.visible(aggr):
                raise die(f"non-existent aggregation '{arg}'")
        else:
            aggr = env.links.links.get(arg)
            if aggr is None or not env.visible(aggr):
                raise die_dlerr("NOTFOUND", f"link {arg} is not valid")     # as show-link  # unverified for 11.x
            if aggr.cls != "aggr":
                raise die_dlerr("BADARG", f"failed to show aggr {arg}")    # status unverified
        links = [aggr]
    if stats:
        from vshell.commands import not_simulated
        return not_simulated(env.ctx, "dladm show-aggr -s (statistics)")
    if persistent:
        links = [k for k in links if not k.temporary]
    if lacp:
        rows = [r for k in links for r in _lacp_rows(env, k)]
        env.listing("show_aggr_lacp", rows)
    elif ext:
        rows = [r for k in links for r in _ext_rows(env, k, parseable)]
        env.listing("show_aggr_ext", rows)
    else:
        env.listing("show_aggr", [_row(env, k) for k in links])
    return 0


def _row(env: Env, k) -> dict:
    """print_aggr_info: ADDRPOLICY `auto` or `fixed (<mac>)`, FLAGS `f----` when forced."""
    row = {"link": k.name, "zone": k.zone, "mode": k.mode, "policy": k.policy,
           "addrpolicy": f"fixed ({env.mac(k.unicast)})" if k.unicast else "auto",
           "lacpactivity": k.lacp_mode, "lacptimer": k.lacp_timer,
           "flags": ("f" if k.forced else "-") + "----"}
    if k.mode == "dlmp":
        # a DLMP aggregation has no load-balancing policy or LACP  # unverified: printed as `--`
        row.update(policy=None, addrpolicy=None, lacpactivity=None, lacptimer=None)
    return row


def _yn(flag: bool) -> str:
    return "yes" if flag else "no"


def _lacp_rows(env: Env, k) -> list[dict]:
    """print_lacp_cb: one row per port; LINK only on the first (the others print `--`)."""
    rows = []
    for i, port in enumerate(k.over):
        st = ag.lacp_state(env.links, k, port)
        rows.append({"link": k.name if i == 0 else None, "port": port,
                     **{f: _yn(st[f]) for f in ("aggregatable", "sync", "coll", "dist",
                                                "defaulted", "expired")}})
    return rows


def _ext_rows(env: Env, k, parseable: bool) -> list[dict]:
    """print_xaggr_cb: the aggregation, then its ports with a blank LINK (the name again when
    parseable); SPEED `%uMb`; PORT and PORTSTATE empty on the aggregation's row."""
    dl = env.links
    rows = [{"link": k.name, "port": None, "speed": f"{dl.speed_of(k)}Mb",
             "duplex": "full" if k.state == "up" else "unknown",      # unverified when down
             "state": k.state, "address": env.mac(ag.mac(dl, k)), "portstate": None}]
    for port in k.over:
        link = dl.links[port]
        up = link.state == "up"
        rows.append({"link": k.name if parseable else " ", "port": port,
                     "speed": f"{dl.speed_of(link)}Mb",
                     "duplex": getattr(link, "duplex", "full") if up else "unknown",   # unverified when down
                     "state": link.state, "address": env.mac(getattr(link, "mac", "")),
                     "portstate": "attached" if ag.port_attached(dl, k, port) else "standby"})
    return rows
