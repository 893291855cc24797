"""Bridges: create-, modify-, delete-, add-, remove- and show-bridge.

Checks and words follow illumos dladm.c (illumos-gate @01c0cb1c): create_modify_add_bridge
(options in the order typed, then the name, then the timers together, then each -l link),
do_delete_bridge, do_remove_bridge, do_show_bridge; statuses from libdlbridge.c. The rules and
the state shown live in vshell/model/bridges.py."""
from __future__ import annotations

import re

from vshell.commands import not_simulated
from vshell.commands import ofmt
from vshell.commands.dladm.common import Die, Env, die, die_dlerr
from vshell.model import bridges
from vshell.model.datalinks import DlError, link_ntoa

MAXPORT = 256

# -option: (parameter, what the messages call it, low, high)
_TIMERS = {
    "-d": ("forward_delay", "forwarding delay", bridges.MIN_BR_FWDELAY, bridges.MAX_BR_FWDELAY),
    "-h": ("hello_time", "hello time", bridges.MIN_BR_HELLOT, bridges.MAX_BR_HELLOT),
    "-m": ("max_age", "max age", bridges.MIN_BR_MAXAGE, bridges.MAX_BR_MAXAGE),
    "-p": ("priority", "priority", bridges.MIN_BR_PRIO, bridges.MAX_BR_PRIO),
    "-f": ("force_protocol", "force protocol", 0, None),
}
_INT = re.compile(r"\s*[+-]?[0-9]+")


def str2int(text: str) -> int | None:
    """dladm.c str2int: strtol base 10, nothing may follow the digits."""
    if not _INT.fullmatch(text):
        return None
    value = int(text)
    return value if -(1 << 63) <= value < (1 << 63) else None


def _now(env: Env) -> float:
    return float(env.ctx.world.clock.now)


# create, modify, add -------------------------------------------------------------------------
def _parse(env: Env, func: str) -> tuple[dict, list[str], str]:
    params: dict = {}
    members: list[str] = []
    for flag, values in env.p.flags.items():
        for v in values:
            if flag == "-P":
                if v not in bridges.PROTECTIONS:
                    raise die_dlerr("BADARG", f"protection {v}")
                params["protect"] = v
            elif flag in _TIMERS:
                key, what, low, high = _TIMERS[flag]
                if key in params:
                    raise die(f"{what} set more than once")
                n = str2int(v)
                if n is None or n < low or (high is not None and n > high):
                    raise die(f"incorrect {what}")
                params[key] = n & 0xF000 if key == "priority" else n
            elif flag == "-l":
                if len(members) >= MAXPORT:
                    raise die("too many links specified")
                members.append(v)
    name = env.p.operand("bridge") or env.p.args[-1]
    if not bridges.valid_bridge_name(name):
        raise die(f"invalid bridge name '{name}'")
    # the timers are checked together, with the bridge's present values for those not given
    cfg = bridges.current(env.links, name)
    cfg.update(params)
    bad = bridges.check_config(cfg["max_age"], cfg["hello_time"], cfg["forward_delay"])
    if bad is not None:
        raise Die("dladm: warning: illegal forward delay / max age / hello time combination\n"
                  f"dladm: {bad.hint}")
    for m in members:
        problem = bridges.member_problem(env.links, m)
        if problem is None:
            continue
        kind, what = problem
        if kind == "invalid":
            raise die(f"invalid link name '{m}'")
        if kind == "class":
            raise die(f"{what} {m} cannot be bridged")
        raise die(f"{what} interface {m} cannot be bridged")
    return params, members, name


def _apply(env: Env, func: str) -> int:
    params, members, name = _parse(env, func)
    if env.p.flag("-R"):
        return not_simulated(env.ctx, "dladm -R (an alternate root's upgrade script)")
    try:
        env.need_privilege()
        if func == "create":
            bridges.create(env.links, name, members, _now(env), **params)
        elif func == "modify":
            bridges.modify(env.links, name, **params)
        else:
            bridges.add(env.links, name, members, _now(env))
    except DlError as e:
        if e.info.get("stage") == "add" or (func == "add" and e.code == "DENIED"):
            link = e.info.get("link") or members[0]
            raise die_dlerr(e.code, f"unable to add link {link} to bridge {name}") from None
        # dladm.c words a failed modify as it words a failed create
        raise die_dlerr(e.code, "create operation failed") from None
    return 0


def create_bridge(env: Env) -> int:
    return _apply(env, "create")


def modify_bridge(env: Env) -> int:
    return _apply(env, "modify")


def add_bridge(env: Env) -> int:
    return _apply(env, "add")


def delete_bridge(env: Env) -> int:
    name = env.p.operand("bridge") or env.p.args[-1]
    if env.p.flag("-R"):
        return not_simulated(env.ctx, "dladm -R (an alternate root's upgrade script)")
    code = bridges.delete_refusal(env.links, name)
    try:
        if code is not None:
            raise DlError(code, bridge=name)
        env.need_privilege()
        bridges.delete(env.links, name)
    except DlError as e:
        raise die_dlerr(e.code, "delete operation failed") from None
    return 0


def remove_bridge(env: Env) -> int:
    name = env.p.operand("bridge") or env.p.args[-1]
    members = list(env.p.flags.get("-l", []))
    if len(members) > MAXPORT:
        raise die("too many links specified")
    if env.p.flag("-R"):
        return not_simulated(env.ctx, "dladm -R (an alternate root's upgrade script)")
    for m in members:
        link = env.links.links.get(m)
        if link is None:
            raise die(f"invalid link name '{m}'")
        if link.bridge != name:
            raise die(f"link {m} is not on bridge {name}")
    if not env.privileged:
        # each link's configuration refuses in turn; dladm warns for each, then gives up
        for m in members:
            env.ctx.err(f"dladm: warning: cannot remove link {m} from bridge {name}: "
                        f"{_words('DENIED')}\n")
        raise die(f"unable to remove any links from bridge {name}")
    bridges.remove(env.links, name, members)
    return 0


def _words(code: str) -> str:
    from vshell.commands.dladm.status import words
    return words(code)


# show-bridge -----------------------------------------------------------------------------------
def show_bridge(env: Env) -> int:
    p = env.p
    mode, interval = "bridge", 0
    for flag, values in p.flags.items():
        if flag in ("-p", "-s", "-i") and len(values) > 1:
            raise die(f"the option {flag} cannot be specified more than once")
        if flag == "-f":
            if mode not in ("bridge", "fwd"):
                raise die("-f is incompatible with -l or -t")
            mode = "fwd"
        elif flag == "-l":
            if mode not in ("bridge", "link"):
                raise die("-l is incompatible with -f or -t")
            mode = "link"
        elif flag == "-t":
            if mode not in ("bridge", "trill"):
                raise die("-t is incompatible with -f or -l")
            mode = "trill"
        elif flag == "-i":
            n = str2int(values[0])
            if n is None or n == 0:
                raise die(f"invalid interval value '{values[0]}'")
            interval = n
    stats = p.flag("-s")
    if interval and not stats:
        raise die("the -i option can be used only with -s")
    if mode in ("fwd", "trill") and stats:
        raise die("the -f/-t and -s options cannot be used together")
    name = p.operand("bridge")
    if name is not None:
        if name not in env.links.bridges:
            if f"{name}0" in env.links.links:
                raise die(f"{name} is not a bridge")
            raise die_dlerr("NOTFOUND", f"bridge {name} is not valid")
    elif mode != "bridge":
        raise die("bridge name required for -l, -f, or -t")
    if interval:
        return not_simulated(env.ctx, "dladm show-bridge -i (repeating statistics)")
    if stats and mode == "link":
        return not_simulated(env.ctx, "dladm show-bridge -l -s (port statistics)")
    spec = {"bridge": "show_bridge_stats" if stats else "show_bridge", "link": "show_bridge_link",
            "fwd": "show_bridge_fwd", "trill": "show_bridge_trill"}[mode]
    parseable = p.flag("-p")
    chosen = _fields(env, spec, parseable)
    if mode == "bridge":
        names = [name] if name else [b.name for b in sorted(env.links.bridges.values(),
                                                               key=lambda b: b.linkid)]
        rows = [_stats_row(n) if stats else _bridge_row(env, n) for n in names]
    elif mode == "link":
        rows = _link_rows(env, name)
    elif mode == "fwd":
        rows = [{"dest": link_ntoa(mac), "age": " 0.000", "flags": "", "output": out}   # unverified age
                for mac, out in bridges.fdb(env.links, name)]
    else:
        br = env.links.bridges[name]
        if br.protect != "trill":
            raise die(f"bridge {name} is not running TRILL")
        rows = [{"nick": str(bridges.trill_nick(env.links, name)), "flags": "L", "link": "",
                 "nexthop": ""}]
    if rows:
        env.out(env.render(chosen, rows, parseable))
    return 0


def _fields(env: Env, spec: str, parseable: bool) -> list:
    # do_show_bridge has no "-p requires -o" check: without -o it opens its default fields
    wanted = env.p.value("-o") or ",".join(
        f.name for f in ofmt.fields(env.d.get(spec) or "") if f.default)
    return env.open_fields(spec, wanted, parseable)


def _bridge_row(env: Env, name: str) -> dict:
    br = env.links.bridges[name]
    bid = bridges.bridge_id(env.links, name)
    return {"bridge": name, "protect": br.protect, "address": bid, "priority": str(br.priority),
            "bmaxage": str(br.max_age), "bhellotime": str(br.hello_time),
            "bfwddelay": str(br.forward_delay), "forceproto": str(br.force_protocol),
            # the root of a network with one bridge is that bridge; no topology change yet
            "tctime": "0", "tccount": "0", "tchange": "0",                     # unverified
            "desroot": bid, "rootcost": "0", "rootport": "0",
            "maxage": str(br.max_age), "hellotime": str(br.hello_time),
            "fwddelay": str(br.forward_delay), "holdtime": "1"}                # unverified hold time


def _stats_row(name: str) -> dict:
    # counters move only with traffic; until frames cross the bridge they are zero
    return {"bridge": name, **{f: "0" for f in ("drops", "forwards", "mbcast", "unknown", "recv", "sent")}}


def _link_rows(env: Env, name: str) -> list[dict]:
    bid = bridges.bridge_id(env.links, name)
    now = _now(env)
    rows = []
    for index, k in enumerate(bridges.ports(env.links, name), start=1):
        rows.append({"link": k.name, "index": str(index), "state": bridges.port_state(k),
                     "uptime": str(bridges.port_uptime(env.links, k, now)),
                     # RSTP defaults for a 1 Gb/s full-duplex edge port of the root bridge  # unverified
                     "opercost": "20000", "operp2p": "yes", "operedge": "yes",
                     "desroot": bid, "descost": "0", "desbridge": bid,
                     "desport": str((128 << 8) + index), "tcack": "no"})
    return rows
