"""VLAN links: create-, modify-, delete- and show-vlan (dladm.c do_create_vlan, crossbow.md 1.5)."""
from __future__ import annotations

from vshell import grammar, messages
from vshell.commands.dladm.common import Env, die, die_dlerr
from vshell.model.datalinks import MAXLINKNAMELEN, DlError, valid_link_name


def _vid(text: str) -> int:
    try:
        vid = int(text, 10)
    except ValueError:
        vid = 0
    if not 1 <= vid <= 4094:
        raise die(f"invalid VLAN identifier '{text}'")
    return vid


def create_vlan(env: Env) -> int:
    p = env.p
    lower, vid = None, None
    for flag, values in p.flags.items():
        if flag == "-l":
            lower = values[-1]
            if len(lower) >= MAXLINKNAMELEN:
                raise die("link name too long")
        elif flag == "-v":
            vid = _vid(values[-1].split(",")[0])
    if lower is None or vid is None:
        raise grammar.UsageError("operands", "create-vlan")
    low = env.links.links.get(lower)
    if low is None or not env.visible(low):
        raise die(f"invalid link name '{lower}'")
    name = p.operand("link")
    if name is not None:
        if len(name) >= MAXLINKNAMELEN:
            raise die(f"vlan name too long '{name}'")
    else:
        name = env.links.vlan_default_name(lower, vid)
        if name is None:
            raise die_dlerr("BADARG", "create operation failed")      # ppa >= 1000  # unverified
    if not valid_link_name(name):
        raise die(f"invalid link name '{name}'")
    try:
        env.need_privilege()
        env.links.create_vlan(name, lower, vid, force=p.flag("-f"), temporary=p.flag("-t"))
    except DlError as e:
        if e.code == "LINKBUSY-default-tag":
            raise die(f"VLAN over '{lower}' may not use default_tag ID (see dladm({env.d.man_section}))") from None
        raise die_dlerr(e.code if e.code.isupper() else "BADARG", "create operation failed") from None
    return 0


def modify_vlan(env: Env) -> int:
    """Solaris 11: a new VLAN ID for a VLAN link."""
    p = env.p
    vid = _vid(p.value("-v").split(",")[0])
    name = p.args[-1]
    try:
        env.need_privilege()
        link = env.links.links.get(name)
        if link is None or not env.visible(link):
            raise DlError("NOTFOUND")
        if link.cls != "vlan":
            raise DlError("BADARG")
        for other in env.links.clients(link.over[0]):
            if other is not link and other.cls == "vlan" and other.vid == vid:
                raise DlError("EXIST")
        link.vid = vid
        port = env.links.l2.ports.get(link.port)
        if port is not None:
            port.pvid, port.vids = vid, [vid]
    except DlError as e:
        raise die_dlerr(e.code, messages.text("dladm.modify-vlan-failed")) from None
    return 0


def delete_vlan(env: Env) -> int:
    name = env.p.args[-1]
    try:
        link = env.links.links.get(name)
        if link is None or not env.visible(link):
            raise DlError("NOTFOUND")
        if link.cls != "vlan":
            raise DlError("BADARG")
        env.need_privilege()
        env.links.delete(name, "vlan")
    except DlError as e:
        raise die_dlerr(e.code if e.code.isupper() else "BADARG", "delete operation failed") from None
    return 0


def show_vlan(env: Env) -> int:
    name = env.p.operand("link")
    links = env.visible_links("vlan")
    if name is not None:
        link = env.link_or_die(name, "link {name} is not valid")
        if link.cls != "vlan":
            raise die_dlerr("BADARG", f"failed to show vlan {name}")     # status not traced (errors.md)
        links = [link]
    if env.p.flag("-P"):
        links = [k for k in links if not k.temporary]
    rows = [{"link": env.shown(k.name), "zone": k.zone, "vid": str(k.vid), "over": env.over_name(k.over[0]),
             "flags": ("f" if k.forced else "-") + "----"} for k in links]
    env.listing("show_vlan", rows)
    return 0
