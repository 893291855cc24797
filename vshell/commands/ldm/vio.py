"""ldm's virtual I/O commands: add/set/remove of vcc, vds, vdsdev, vsw, vnet, vdisk and
set-vcons. This module reads the command line; the model (vshell/model/vio.py) decides. On
success ldm prints nothing, except the devalias warning for a long device name (errors.md §7)
and the notice of a domain in delayed reconfiguration (ldm.md §3.4)."""
from __future__ import annotations

import re

from vshell.commands.ldm import refusals, values
from vshell.commands.ldm.domains import refuse
from vshell.model.errors import ModelError, NotFound

_VDSDEV_OPTIONS = ("ro", "slice", "excl")      # vds_volume vol_opts {ro,slice,excl} (XML interface)
_VSW_MODES = ("", "sc")
_VNET_MODES = ("", "hybrid")
_LINKPROPS = ("", "phys-state")
_INTER_VNET = ("auto", "on", "off")
_RELAY = ("local", "remote")


def _run(ctx, parsed, action, domain: str | None = None) -> int:
    try:
        done = action()
    except ModelError as e:
        return refuse(ctx, e, parsed.command)
    for name in done.warnings:
        # errors.md §7: a published session (`ldm add-vds primary-vds0123... primary`)
        ctx.out(f"Warning: Device name {name} is too long to create devalias\n")
    if done.delayed and domain is not None:
        ctx.out(refusals.reconf_notice(ctx.host.ldm_release, domain))
    return 0


def _vio(ctx):
    return ctx.host.ldm.vio


def _at(parsed, placeholder: str) -> tuple[str, str]:
    """volume-name@service-name"""
    text = parsed.operand(placeholder) or ""
    vol, sep, svc = text.rpartition("@")
    if not sep or not vol or not svc:
        raise values.bad(parsed, placeholder, text)
    return vol, svc


def _choice(parsed, word: str, choices) -> str | None:
    if word not in parsed.props:
        return None
    v = parsed.props[word]
    if v not in choices:
        raise values.bad(parsed, word, v)
    return v


def _int(parsed, word: str, empty=None):
    if word not in parsed.props:
        return None
    v = parsed.props[word]
    if v == "":
        return empty
    return values.number(parsed, word, v)


def _vids(parsed, word: str = "vid", current: tuple[int, ...] = ()) -> tuple[int, ...] | None:
    """vid=1,2,3; set-vsw also takes +ID,... and -ID,... to add or take away (3.5.0.2 notes)."""
    if word not in parsed.props:
        return None
    text = parsed.props[word]
    if text == "":
        return ()
    sign = text[0] if text[0] in "+-" else ""
    ids = [values.number(parsed, word, p) for p in text.lstrip("+-").split(",")]
    if sign == "+":
        return tuple(dict.fromkeys([*current, *ids]))
    if sign == "-":
        return tuple(v for v in current if v not in ids)
    return tuple(dict.fromkeys(ids))


def _port_range(parsed) -> tuple[int, int]:
    text = parsed.props.get("port-range", "")
    m = re.match(r"^([0-9]+)-([0-9]+)$", text)
    if not m:
        raise values.bad(parsed, "port-range", text)
    return int(m.group(1)), int(m.group(2))


# vcc ------------------------------------------------------------------------------------------
def add_vcc(ctx, parsed) -> int:
    lo, hi = _port_range(parsed)
    name, dom = parsed.operand("vcc-name"), parsed.operand("ldom")
    return _run(ctx, parsed, lambda: _vio(ctx).add_vcc(name, dom, lo, hi), dom)


def set_vcc(ctx, parsed) -> int:
    lo, hi = _port_range(parsed)
    return _run(ctx, parsed, lambda: _vio(ctx).set_vcc(parsed.operand("vcc-name"), lo, hi))


def remove_vcc(ctx, parsed) -> int:
    return _run(ctx, parsed, lambda: _vio(ctx).remove_vcc(parsed.operand("vcc-name")))


def set_vcons(ctx, parsed) -> int:
    port = _int(parsed, "port")
    log = _choice(parsed, "log", ("", "on", "off"))
    group = parsed.props.get("group")
    service = parsed.props.get("service")
    dom = parsed.operand("ldom")
    return _run(ctx, parsed, lambda: _vio(ctx).set_vcons(
        dom, port=port, group=group, service=service, log=(log or "on") if log is not None else None,
        clear_port=parsed.props.get("port") == ""), dom)


# vds and volumes ------------------------------------------------------------------------------
def add_vds(ctx, parsed) -> int:
    name, dom = parsed.operand("service-name"), parsed.operand("ldom")
    return _run(ctx, parsed, lambda: _vio(ctx).add_vds(name, dom), dom)


def remove_vds(ctx, parsed) -> int:
    return _run(ctx, parsed, lambda: _vio(ctx).remove_vds(parsed.operand("service-name")))


def _options(parsed) -> tuple[str, ...] | None:
    if "options" not in parsed.props:
        return None
    opts = tuple(o for o in parsed.props["options"].split(",") if o)
    for o in opts:
        if o not in _VDSDEV_OPTIONS:
            raise values.bad(parsed, "options", parsed.props["options"])
    return opts


def add_vdsdev(ctx, parsed) -> int:
    vol, svc = _at(parsed, "volume-name@service-name")
    backend = parsed.operand("backend")
    opts = _options(parsed) or ()
    vio = _vio(ctx)
    check = None
    if not parsed.flag("-q"):
        check = _backend_check(ctx, svc)
    return _run(ctx, parsed, lambda: vio.add_vdsdev(
        svc, vol, backend, opts, parsed.props.get("mpgroup", ""), force=parsed.flag("-f"),
        backend_exists=check))


def _backend_check(ctx, service: str):
    """The back end must exist in the service domain (-q skips the check). Only the control
    domain has a file system here, so a guest service domain's back ends are taken on trust."""
    vds = _vio(ctx).vdss.get(service)
    if vds is None or not ctx.host.ldm.domains[vds.domain].control:
        return None
    return lambda path: path.startswith("/") and ctx.fs.exists(path)


def set_vdsdev(ctx, parsed) -> int:
    vol, svc = _at(parsed, "volume-name@service-name")
    opts = _options(parsed)
    mp = parsed.props.get("mpgroup")
    return _run(ctx, parsed, lambda: _vio(ctx).set_vdsdev(svc, vol, options=opts, mpgroup=mp))


def remove_vdsdev(ctx, parsed) -> int:
    vol, svc = _at(parsed, "volume-name@service-name")
    return _run(ctx, parsed, lambda: _vio(ctx).remove_vdsdev(svc, vol))


# vdisk ----------------------------------------------------------------------------------------
def add_vdisk(ctx, parsed) -> int:
    vol, svc = _at(parsed, "volume-name@service-name")
    name, dom = parsed.operand("disk-name"), parsed.operand("ldom")
    timeout = _int(parsed, "timeout")
    dev_id = _int(parsed, "id")
    return _run(ctx, parsed, lambda: _vio(ctx).add_vdisk(name, vol, svc, dom, timeout, dev_id), dom)


def set_vdisk(ctx, parsed) -> int:
    name, dom = parsed.operand("disk-name"), parsed.operand("ldom")
    volume = None
    if "volume" in parsed.props:
        vol, _, svc = parsed.props["volume"].rpartition("@")
        if not vol or not svc:
            raise values.bad(parsed, "volume", parsed.props["volume"])
        volume = (vol, svc)
    timeout = _int(parsed, "timeout", empty=0)
    return _run(ctx, parsed, lambda: _vio(ctx).set_vdisk(name, dom, volume, timeout), dom)


def remove_vdisk(ctx, parsed) -> int:
    name, dom = parsed.operand("disk-name"), parsed.operand("ldom")
    return _run(ctx, parsed, lambda: _vio(ctx).remove_vdisk(name, dom), dom)


# vsw ------------------------------------------------------------------------------------------
def _vsw_props(parsed, current=None) -> dict:
    p = parsed.props
    out = {
        "default_vlan_id": _int(parsed, "default-vlan-id", empty=1),
        "pvid": _int(parsed, "pvid", empty=1),
        "vids": _vids(parsed, current=current.vids if current else ()),
        "mtu": _int(parsed, "mtu", empty=1500),
        "net_dev": p.get("net-dev"),
        "linkprop": _choice(parsed, "linkprop", _LINKPROPS),
        "mode": _choice(parsed, "mode", _VSW_MODES),
        "inter_vnet_link": _choice(parsed, "inter-vnet-link", _INTER_VNET),
        "relay_mode": _choice(parsed, "vsw-relay-mode", _RELAY),
    }
    if "id" in p:
        out["id"] = values.number(parsed, "id", p["id"])
    return out


def _check_net_dev(ctx, parsed, net_dev: str | None, domain: str) -> None:
    """net-dev must name a network device of the service domain (-q skips the check); the
    control domain's are the platform's NICs, by vanity name or instance name."""
    if not net_dev or parsed.flag("-q"):
        return
    d = ctx.host.ldm.domains.get(domain)
    if d is None or not d.control:
        return
    names = {n.name for n in ctx.host.platform.nics} | {n.instance for n in ctx.host.platform.nics}
    if net_dev not in names:
        raise NotFound("no-net-dev", net_dev=net_dev, domain=domain)


def add_vsw(ctx, parsed) -> int:
    name, dom = parsed.operand("vswitch-name"), parsed.operand("ldom")
    props = _vsw_props(parsed)
    mac = values.mac(parsed, parsed.props["mac-addr"]) if parsed.props.get("mac-addr") else ""

    def action():
        _check_net_dev(ctx, parsed, props.get("net_dev"), dom)
        return _vio(ctx).add_vsw(name, dom, mac, **props)
    return _run(ctx, parsed, action, dom)


def set_vsw(ctx, parsed) -> int:
    name = parsed.operand("vswitch-name")
    vsw = _vio(ctx).vsws.get(name)
    props = _vsw_props(parsed, vsw)
    mac = values.mac(parsed, parsed.props["mac-addr"]) if parsed.props.get("mac-addr") else None

    def action():
        if vsw is None:
            raise NotFound("no-vsw", name=name)
        _check_net_dev(ctx, parsed, props.get("net_dev"), vsw.domain)
        return _vio(ctx).set_vsw(name, mac, **props)
    return _run(ctx, parsed, action, vsw.domain if vsw else None)


def remove_vsw(ctx, parsed) -> int:
    return _run(ctx, parsed, lambda: _vio(ctx).remove_vsw(parsed.operand("vswitch-name")))


# vnet -----------------------------------------------------------------------------------------
def _alt_macs(parsed) -> tuple[tuple[str, ...] | None, int]:
    """alt-mac-addrs=auto|MAC[,...] (the list), or +auto[,...] (that many more, dynamic);
    auto-alt-mac-addrs=N or +N (ldm.md §1.2, [AGcur] dynamically-updating-alternate-mac-addresses)."""
    p = parsed.props
    alts, add = None, 0
    if "alt-mac-addrs" in p:
        text = p["alt-mac-addrs"]
        if text.startswith("+"):
            words = text[1:].split(",")
            if any(w != "auto" for w in words):
                raise values.bad(parsed, "alt-mac-addrs", text)
            add += len(words)
        else:
            alts = tuple("auto" if w == "auto" else values.mac(parsed, w)
                         for w in text.split(",") if w)
    if "auto-alt-mac-addrs" in p:
        text = p["auto-alt-mac-addrs"]
        n = values.count(parsed, text.lstrip("+") or "0")
        if text.startswith("+"):
            add += n
        else:
            alts = (*(alts or ()), *("auto",) * n)
    return alts, add


def _vnet_props(parsed, current=None) -> dict:
    p = parsed.props
    out = {"vids": _vids(parsed, current=current.vids if current else ()),
           "linkprop": _choice(parsed, "linkprop", _LINKPROPS),
           "mode": _choice(parsed, "mode", _VNET_MODES)}
    if "pvid" in p:
        out["pvid"] = _int(parsed, "pvid")
    if "mtu" in p:
        out["mtu"] = _int(parsed, "mtu")
    if "id" in p:                    # add-vnet only: set-vnet's synopsis has no id=
        out["id"] = values.number(parsed, "id", p["id"])
    return out


def add_vnet(ctx, parsed) -> int:
    name, vsw, dom = parsed.operand("if-name"), parsed.operand("vswitch-name"), parsed.operand("ldom")
    mac = values.mac(parsed, parsed.props["mac-addr"]) if parsed.props.get("mac-addr") else ""
    alts, add = _alt_macs(parsed)
    alts = (*(alts or ()), *("auto",) * add)
    props = _vnet_props(parsed)
    return _run(ctx, parsed, lambda: _vio(ctx).add_vnet(name, vsw, dom, mac, alts, **props), dom)


def set_vnet(ctx, parsed) -> int:
    name, dom = parsed.operand("if-name"), parsed.operand("ldom")
    vnet = _vio(ctx).vnets.get((dom, name))
    mac = values.mac(parsed, parsed.props["mac-addr"]) if parsed.props.get("mac-addr") else None
    alts, add = _alt_macs(parsed)
    props = _vnet_props(parsed, vnet)
    vswitch = parsed.props.get("vswitch") or None
    return _run(ctx, parsed, lambda: _vio(ctx).set_vnet(
        name, dom, mac=mac, vswitch=vswitch, alt_macs=alts, alt_add=add, **props), dom)


def remove_vnet(ctx, parsed) -> int:
    name, dom = parsed.operand("if-name"), parsed.operand("ldom")
    return _run(ctx, parsed, lambda: _vio(ctx).remove_vnet(name, dom), dom)
