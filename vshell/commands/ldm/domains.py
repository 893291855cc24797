"""ldm's domain commands: add/set/remove-domain, bind/unbind, start/stop, panic and the
delayed-reconfiguration commands. Each names domains; each refusal is ldm's (refusals.py)."""
from __future__ import annotations

from vshell.commands import not_simulated
from vshell.commands.ldm import refusals, values
from vshell.model.errors import ModelError

# property word on the command line -> (model keyword, how to read its value)
_PROPS = {
    "mac-addr": "mac", "hostid": "hostid", "uuid": "uuid", "failure-policy": "failure_policy",
    "master": "master", "max-cores": "max_cores", "cpu-arch": "cpu_arch",
    "boot-policy": "boot_policy", "extended-mapin-space": "extended_mapin_space",
    "shutdown-group": "shutdown_group", "rc-add-policy": "rc_add_policy",
    "perf-counters": "perf_counters",
}
# what an emptied property (`failure-policy=`) returns to: the add-domain defaults
_DEFAULTS = {"failure_policy": "ignore", "cpu_arch": "native", "boot_policy": "warning",
             "extended_mapin_space": "on", "shutdown_group": 15, "rc_add_policy": "",
             "perf_counters": "", "master": [], "max_cores": None}


def _names(parsed) -> list[str]:
    names = parsed.operands.get("ldom") or []
    if not names and not parsed.flag("-a") and not parsed.flag("-i"):
        from vshell.grammar import UsageError
        raise UsageError("operands", parsed.command)
    return names


def _props(parsed) -> dict:
    out = {}
    for word, value in parsed.props.items():
        key = _PROPS[word]
        if value == "" and key in _DEFAULTS:
            out[key] = _DEFAULTS[key]
        elif key == "mac":
            out[key] = values.mac(parsed, value)
        elif key == "hostid":
            out[key] = values.number(parsed, word, value)
        elif key == "shutdown_group":
            out[key] = values.number(parsed, word, value)
        elif key == "max_cores":
            out[key] = None if value == "unlimited" else values.number(parsed, word, value)
        elif key == "master":
            out[key] = [m for m in value.split(",") if m]
        else:
            out[key] = value
    return out


def refuse(ctx, err: ModelError, command: str = "") -> int:
    ctx.err(refusals.text(err, ctx.host.ldm_release, command))
    return 1


def _each(ctx, names, action) -> int:
    """Run `action` on each named domain in turn, as ldm does; any refusal makes it fail."""
    status = 0
    for name in names:
        try:
            action(name)
        except ModelError as e:
            status = refuse(ctx, e)
    return status


def add_domain(ctx, parsed) -> int:
    if parsed.flag("-i"):
        return not_simulated(ctx, "ldm add-domain -i (XML constraints)")
    props = _props(parsed)
    ldm = ctx.host.ldm
    return _each(ctx, _names(parsed), lambda n: ldm.add_domain(n, **dict(props)))


def set_domain(ctx, parsed) -> int:
    if parsed.flag("-i"):
        return not_simulated(ctx, "ldm set-domain -i (XML constraints)")
    props = _props(parsed)
    ldm = ctx.host.ldm
    return _each(ctx, _names(parsed), lambda n: ldm.set_domain(n, **dict(props)))


def remove_domain(ctx, parsed) -> int:
    ldm = ctx.host.ldm
    if not parsed.flag("-a"):
        return _each(ctx, _names(parsed), ldm.remove_domain)
    # -a: a domain that is another's master goes after the domains that depend on it
    left = [d.name for d in ldm.domains.values() if not d.control]
    while True:
        removable = [n for n in left if not any(n in ldm.domains[o].master for o in left if o != n)]
        progress = False
        for n in removable:
            try:
                ldm.remove_domain(n)
                left.remove(n)
                progress = True
            except ModelError:
                pass
        if not progress:
            break
    return _each(ctx, left, ldm.remove_domain)


def bind_domain(ctx, parsed) -> int:
    if parsed.flag("-i"):
        return not_simulated(ctx, "ldm bind-domain -i (XML constraints)")
    return _each(ctx, _names(parsed), ctx.host.ldm.bind)


def unbind_domain(ctx, parsed) -> int:
    return _each(ctx, _names(parsed), ctx.host.ldm.unbind)


def start_domain(ctx, parsed) -> int:
    if parsed.flag("-i"):
        return not_simulated(ctx, "ldm start-domain -i (XML constraints)")
    ldm = ctx.host.ldm
    if parsed.flag("-a"):
        names = [d.name for d in ldm.domains.values() if d.state == "bound"]
    else:
        names = _names(parsed)

    def start(name):
        ldm.start(name)
        # "LDom ldom01 started": a published guide's session (ldm.md §3.2)
        ctx.out(f"LDom {name} started\n")
    blocked = _blocked(ctx, names)
    return blocked if blocked is not None else _each(ctx, names, start)


def stop_domain(ctx, parsed) -> int:
    ldm = ctx.host.ldm
    if parsed.flag("-a"):
        names = [d.name for d in ldm.domains.values() if d.state == "active" and not d.control]
    else:
        names = _names(parsed)
    force = parsed.flag("-f")

    def stop(name):
        ldm.stop(name, force=force)
        from vshell import messages
        ctx.out(messages.text("ldm.stopped", domain=name) + "\n")
    blocked = _blocked(ctx, names)
    return blocked if blocked is not None else _each(ctx, names, stop)


def _blocked(ctx, names):
    """Starting and stopping other domains waits for the control domain's delayed
    reconfiguration too: the Fujitsu guide's session refuses `ldm stop-domain -a` once."""
    from vshell.model.errors import BadState
    p = ctx.host.ldm.in_delayed_reconf()
    if p is None:
        return None
    others = [n for n in names if n != p.name and n in ctx.host.ldm.domains]
    if not others:
        return None
    return refuse(ctx, BadState("reconf-blocks-others", domain=others[0], primary=p.name))


def panic_domain(ctx, parsed) -> int:
    return _each(ctx, _names(parsed), ctx.host.ldm.panic)


def start_reconf(ctx, parsed) -> int:
    ldm = ctx.host.ldm

    def start(name):
        ldm.start_reconf(name)
        ctx.out(refusals.reconf_started(ctx.host.ldm_release, name))
    return _each(ctx, _names(parsed), start)


def cancel_reconf(ctx, parsed) -> int:
    return _each(ctx, _names(parsed), ctx.host.ldm.cancel_reconf)


def cancel_operation(ctx, parsed) -> int:
    what = parsed.args[0] if parsed.args else ""
    if what != "reconf":
        return not_simulated(ctx, f"ldm cancel-operation {what}")
    return cancel_reconf(ctx, parsed)
