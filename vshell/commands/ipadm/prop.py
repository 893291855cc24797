"""ipadm set-prop, reset-prop, show-prop: protocol properties. The IP model holds one of them,
`forwarding` of ipv4 and ipv6 (routeadm's "IPv4/IPv6 forwarding": the kernel's value in
stack.forwarding, the persistent one in stack.forward_conf); the others ipadm(8) lists answer
"not simulated", and a name no protocol has is libipadm's "Unknown property"."""
from __future__ import annotations

from vshell.commands import not_simulated, ofmt
from vshell.commands.ipadm.common import Env

PROTOCOLS = ("ip", "ipv4", "ipv6", "icmp", "tcp", "udp", "sctp")      # ipadm_str2proto
MODPROP_FIELDS = "PROTO:6 PROPERTY:22 PERM:5 CURRENT:13 PERSISTENT:13 DEFAULT:13 POSSIBLE:15"
# the public properties of ipadm(8) (private ones start with "_"): known, not modelled
KNOWN = {
    "ipv4": {"forwarding", "ttl", "send_redirects", "hostmodel"},
    "ipv6": {"forwarding", "hoplimit", "send_redirects", "hostmodel"},
    "ip": {"arp_publish_count", "arp_publish_interval", "ndp_unsolicit_count", "ndp_unsolicit_interval"},
    "icmp": {"max_buf", "recv_buf", "send_buf"},
    "tcp": {"ecn", "extra_priv_ports", "largest_anon_port", "max_buf", "recv_buf", "sack", "send_buf",
            "smallest_anon_port", "smallest_nonpriv_port", "congestion_control", "cong_default",
            "cong_enabled"},
    "udp": {"extra_priv_ports", "largest_anon_port", "max_buf", "recv_buf", "send_buf",
            "smallest_anon_port", "smallest_nonpriv_port"},
    "sctp": {"extra_priv_ports", "largest_anon_port", "max_buf", "recv_buf", "send_buf",
             "smallest_anon_port", "smallest_nonpriv_port"},
}
_FAMILY = {"ipv4": 4, "ipv6": 6}


class _NotSimulated(Exception):
    pass


def _known(name: str, proto: str) -> bool:
    if name.startswith("_"):
        return True
    if proto == "ip":
        return any(name in KNOWN[p] for p in ("ip", "ipv4", "ipv6"))
    return name in KNOWN[proto]


def _check_propstr(env: Env, pstr: str, reset: bool) -> None:
    """ipadm_check_propstr"""
    eq = pstr.find("=")
    if reset:
        if eq >= 0:
            raise env.die("reset_syntax")
        return
    if eq < 0 or eq == len(pstr) - 1:
        raise env.die("value_needed")
    if "=" in pstr[eq + 1:]:
        raise env.die("one_propval")


def _set(env: Env, args: list[str], reset: bool) -> int:
    """set_prop(): getopt ":p:t", -p once, one protocol operand, then ipadm_set_prop."""
    opts, ops = env.getopt(args)
    nv, temporary = None, False
    for c, v in opts:
        if c == "p":
            if nv is not None:
                raise env.die("p_once")
            _check_propstr(env, v, reset)
            nv = v
        elif c == "t":
            temporary = True
    if nv is None or len(ops) != 1:
        raise env.die("arity")
    if nv.startswith("="):
        raise env.die("bad_propval")
    name, _, value = nv.partition("=")
    modifier = name[-1:] if name[-1:] in "+-" and value else ""
    if modifier:
        name = name[:-1]
    proto = ops[0]
    if proto not in PROTOCOLS:
        raise env.die("bad_proto", proto=proto)
    key = "reset_prop" if reset else "set_prop"
    env.need_auth(key, prop=name)
    if proto in _FAMILY and name == "forwarding":
        if not reset and (modifier or value not in ("on", "off")):
            raise env.fail(key, "INVALID_ARG", prop=name)
        on = not reset and value == "on"
        fam = _FAMILY[proto]
        env.stack.set_forwarding(fam, on)
        if not temporary:
            env.stack.forward_conf[fam] = "enabled" if on else "disabled"
        return 0
    if not _known(name, proto):
        raise env.fail(key, "PROP_UNKNOWN", prop=name)
    return not_simulated(env.ctx, f"ipadm {env.command} of {proto} property {name}")


def set_prop(env: Env, args: list[str]) -> int:
    return _set(env, args, reset=False)


def reset_prop(env: Env, args: list[str]) -> int:
    return _set(env, args, reset=True)


def _row(env: Env, proto: str, name: str):
    """One show_property() line: None values are fields whose callback failed (`?`)."""
    if proto in _FAMILY and name == "forwarding":
        fam = _FAMILY[proto]
        current = "on" if env.stack.forwarding[fam] else "off"
        persistent = "on" if env.stack.forward_conf[fam] == "enabled" else ""
        return [proto, name, "rw", current, persistent, "off", "on,off"], True
    if _known(name, proto):
        raise _NotSimulated(f"ipadm show-prop of {proto} property {name}")
    return [proto, name, None, None, None, None, None], False


def show_prop(env: Env, args: list[str]) -> int:
    """do_show_prop: getopt ":p:co:", -p once, an optional protocol (required with -p); the
    listing wraps comma lists (OFMT_WRAP) unless -c."""
    opts, ops = env.getopt(args)
    props, parseable, fields = None, False, None
    for c, v in opts:
        if c == "p":
            if props is not None:
                raise env.die("p_once")
            props = [p for p in v.split(",") if p]
            if not props:
                raise env.die("bad_proplist")
        elif c == "c":
            parseable = True
        elif c == "o":
            fields = v
    if len(ops) == 1:
        proto = ops[0]
        if proto not in PROTOCOLS:
            raise env.die("bad_proto", proto=proto)
    elif len(ops) > 1:
        raise env.die("arity")
    else:
        if props is not None:
            raise env.die("proto_needed")
        return not_simulated(env.ctx, "ipadm show-prop of every protocol")
    chosen = env.open_fields(MODPROP_FIELDS, fields, parseable)
    if props is None:
        return not_simulated(env.ctx, f"ipadm show-prop of every {proto} property")
    protos = ("ipv4", "ipv6") if proto == "ip" and props == ["forwarding"] else (proto,)
    printer = ofmt.Printer(chosen, parseable, wrap=not parseable)
    status = 0
    try:
        for name in props:
            for p in protos:
                values, ok = _row(env, p, name)
                by = dict(zip(("proto", "property", "perm", "current", "persistent", "default",
                               "possible"), values))
                env.out(printer.row([by[f.name.lower()] for f in chosen]))
                if not ok:
                    status = 1
    except _NotSimulated as e:
        return not_simulated(env.ctx, str(e))
    return status
