"""VNICs and etherstubs: create-, modify-, delete- and show-vnic, create-, delete- and
show-etherstub. Checks follow dladm.c do_create_vnic's order (errors.md §1.3)."""
from __future__ import annotations

from vshell import grammar, messages
from vshell.commands.dladm import linkprop
from vshell.commands.dladm.common import Env, die, die_dlerr
from vshell.model.datalinks import MAXLINKNAMELEN, DlError, parse_mac, valid_link_name

MAC_KINDS = ("auto", "factory", "random", "vrrp")


def _int(text: str) -> int | None:
    try:
        return int(text, 10)
    except ValueError:
        return None


def parse_prefix(text: str) -> tuple[int, ...]:
    parts = text.split(":")
    if not 1 <= len(parts) <= 5 or not all(1 <= len(p) <= 2 for p in parts):
        raise die("invalid MAC address")
    try:
        return tuple(int(p, 16) for p in parts)
    except ValueError:
        raise die("invalid MAC address") from None


def create_vnic(env: Env) -> int:
    p = env.p
    kind, mac, slot, prefix, vid, vrid, family, props = "random", "", None, None, 0, 0, "", {}
    propstr = ""
    for flag, values in p.flags.items():
        v = values[-1]
        if flag in ("-l", "-d") and len(v) >= MAXLINKNAMELEN:
            raise die("link name too long")
        if flag == "-m":
            if v in MAC_KINDS:
                kind = v
            elif v == "fixed":
                raise die("'fixed' is not a valid MAC address")
            else:
                try:
                    mac, kind = parse_mac(v), "fixed"
                except DlError:
                    raise die("invalid MAC address") from None
        elif flag == "-n":
            slot = _int(v)
            if slot is None:
                raise die("invalid slot number")
        elif flag == "-p":
            propstr = linkprop.joined_props(env)
        elif flag == "-r":
            prefix = parse_prefix(v)
        elif flag == "-v":
            vid = _int(v)
            if vid is None or not 1 <= vid <= 4094:
                raise die(f"invalid VLAN identifier '{v}'")
        elif flag == "-V":
            vrid = _int(v)
            if vrid is None or not 1 <= vrid <= 255:
                raise die(f"invalid VRRP identifier '{v}'")
        elif flag == "-A":
            if v not in ("inet", "inet6"):
                raise die(f"invalid address family '{v}'")
            family = v
    if kind == "vrrp" and not (vrid and family) or (vrid or family) and kind != "vrrp":
        raise grammar.UsageError("operands", "create-vnic")
    if p.flag("-f") and not vid:
        raise die("-f option can only be used with -v")
    if prefix is not None and kind not in ("random", "fixed"):
        raise grammar.UsageError("operands", "create-vnic")
    if slot is not None and kind != "factory":
        raise grammar.UsageError("operands", "create-vnic")
    lower = p.value("-l") or p.value("-d")
    if lower is None:
        raise grammar.UsageError("operands", "create-vnic")
    name = p.args[-1]
    if len(name) >= MAXLINKNAMELEN:
        raise die(f"link name too long '{name}'")
    if not valid_link_name(name):
        raise die(f"invalid link name '{name}'")
    low = env.links.links.get(lower)
    if low is None or not env.visible(low):
        raise die(f"invalid link name '{lower}'")
    if p.flag("-p"):
        parsed = linkprop.parse_props(propstr, novalues=False)      # libdladm dladm_parse_args
        if parsed is None:
            raise die("invalid vnic property")
        props = {name: ",".join(values) for name, values in parsed}
    try:
        env.need_privilege()
        checked = linkprop.check_for_create(env, "vnic", props)
        env.links.create_vnic(name, lower, kind, mac=mac, slot=slot, prefix=prefix, vid=vid,
                              props=checked, temporary=p.flag("-t"), vrid=vrid, family=family,
                              zone=env.zone)
    except DlError as e:
        if e.code == "LINKBUSY-default-tag":
            raise die(f"VLAN over '{lower}' may not use default_tag ID (see dladm({env.d.man_section}))") from None
        code = e.code if e.code.isupper() else "BADARG"
        raise die_dlerr(code, f"vnic creation over {lower} failed") from None
    return 0


def modify_vnic(env: Env) -> int:
    """Solaris 11: a new MAC for one VNIC, or for every VNIC over -L link."""
    p = env.p
    value = p.value("-m")
    if value is None:
        raise grammar.UsageError("operands", "modify-vnic")
    kind, mac = "random", ""
    if value not in ("random", "auto"):
        try:
            mac, kind = parse_mac(value), "fixed"
        except DlError:
            raise die("invalid MAC address") from None
    over = p.value("-L")
    name = p.operand("vnic-link")
    if (over is None) == (name is None):
        raise grammar.UsageError("operands", "modify-vnic")
    if over is not None:
        env.link_or_die(over, "invalid link name '{name}'")
        targets = [k.name for k in env.links.clients(over) if k.cls == "vnic" and not k.system]
        if kind == "fixed" and len(targets) > 1:
            raise die_dlerr("BADARG", messages.text("dladm.modify-vnic-failed"))
    else:
        link = env.links.links.get(name)
        if link is None or not env.visible(link):
            raise die(f"invalid link name '{name}'")
        if link.cls != "vnic":
            raise die(f"'{name}' is not a vnic")
        targets = [name]
    try:
        env.need_privilege()
        for t in targets:
            env.links.modify_vnic_mac(t, kind, mac)
    except DlError as e:
        code = e.code if e.code.isupper() else "BADARG"
        raise die_dlerr(code, messages.text("dladm.modify-vnic-failed")) from None
    return 0


def _delete(env: Env, cls: str, what: str) -> int:
    name = env.p.args[-1]
    link = env.links.links.get(name)
    if link is None or not env.visible(link):
        raise die(f"invalid link name '{name}'")
    if link.cls != cls:
        raise die(f"'{name}' is not {what}")
    try:
        env.need_privilege()
        env.links.delete(name, cls)
    except DlError as e:
        code = e.code if e.code.isupper() else "BADARG"
        # the etherstub path shares vnic deletion's function and words (errors.md §1.3)
        raise die_dlerr(code, "vnic deletion failed") from None
    return 0


def delete_vnic(env: Env) -> int:
    return _delete(env, "vnic", "a vnic")


def delete_etherstub(env: Env) -> int:
    return _delete(env, "etherstub", "an etherstub")


def create_etherstub(env: Env) -> int:
    name = env.p.args[-1]
    if len(name) >= MAXLINKNAMELEN:
        raise die(f"link name too long '{name}'")
    if not valid_link_name(name):
        raise die(f"invalid link name '{name}'")
    try:
        env.need_privilege()
        env.links.create_etherstub(name, env.p.flag("-t"))
    except DlError as e:
        raise die_dlerr(e.code if e.code.isupper() else "BADARG", "etherstub creation failed") from None
    return 0


def mac_type(env: Env, link) -> str:
    if link.mac_type == "factory":
        return env.d.factory_type.format(slot=link.slot)
    return link.mac_type


def vnic_row(env: Env, k) -> dict:
    vids = [v for v in k.props.get("_vids", "").split(",") if v]
    if env.d.vnic_ids == "ids":
        ids = "VID:" + ",".join([str(k.vid), *vids])
    else:
        ids = str(k.vid)
    return {"link": env.shown(k.name), "zone": k.zone, "over": env.over_name(k.over[0]),
            "speed": env.speed(env.links.speed_of(k), vnic=True), "macaddress": env.mac(k.mac),
            "macaddrtype": mac_type(env, k), "vid": str(k.vid), "ids": ids, "vids": ids}


def show_vnic(env: Env) -> int:
    p = env.p
    if p.flag("-i") and not p.flag("-s"):
        raise die("the option -i can be used only with -s")
    if p.flag("-s"):
        from vshell.commands import not_simulated
        return not_simulated(env.ctx, "dladm show-vnic -s (statistics)")
    over = p.value("-l")
    if over is not None:
        env.link_or_die(over, "invalid link name '{name}'")
    name = p.operand("link")
    if name is not None:                  # one link: no walk over every link
        link = env.link_or_die(name, "invalid vnic name '{name}'")
        links = [link] if link.cls == "vnic" else []
    else:
        links = env.visible_links("vnic")
    if over is not None:
        links = [k for k in links if k.over and k.over[0] == over]
    zone = p.value("-z")
    if zone:
        links = [k for k in links if k.zone == zone]
    env.listing("show_vnic", [vnic_row(env, k) for k in links])
    return 0


def show_etherstub(env: Env) -> int:
    name = env.p.operand("link")
    if name is not None:
        link = env.link_or_die(name, "invalid vnic name '{name}'")
        links = [link] if link.cls == "etherstub" else []
    else:
        links = env.visible_links("etherstub")
    env.listing("show_etherstub", [{"link": env.shown(k.name), "zone": k.zone} for k in links],
                fields_opt=None, parseable=False)
    return 0
