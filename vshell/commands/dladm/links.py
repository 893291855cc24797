"""show-link, rename-link, delete-phys: what every class of link shares."""
from __future__ import annotations

from vshell.commands import not_simulated
from vshell.commands.dladm.common import Env, die, die_dlerr
from vshell.model.datalinks import DlError


def over_text(env: Env, link) -> str | None:
    """OVER of show-link: the lower link, an aggregation's ports, a bridge's members."""
    if link.cls in ("vnic", "vlan"):
        return env.over_name(link.over[0]) if link.over else None
    if link.cls == "aggr":
        return env.d.over_separator.join(env.over_name(p) for p in link.over) or None
    return None


def link_rows(env: Env, links, persistent: bool = False) -> list[dict]:
    rows = []
    for k in links:
        name = env.shown(k.name) if env.zone != "global" or k.zone == "global" or not env.p.flag("-Z") \
            else f"{k.zone}/{k.name}"
        rows.append({
            "link": name, "zone": k.zone, "class": k.cls,
            "mtu": None if persistent else str(k.mtu),
            "state": None if persistent else k.state,
            "bridge": k.bridge or None, "over": over_text(env, k),
        })
    for br in sorted(env.links.bridges.values(), key=lambda b: b.linkid):
        if env.zone != "global":
            continue
        members = [k.name for k in env.links.bridge_links(br.name)]
        rows.append({"link": f"{br.name}0", "zone": "global", "class": "bridge",
                     "mtu": None if persistent else "1500", "state": None if persistent else "unknown",
                     "bridge": None, "over": env.d.over_separator.join(members) or None,
                     "_id": br.linkid})
    return sorted(rows, key=lambda r: r.get("_id", 0) or _id(env, r["link"]))


def _id(env: Env, name: str) -> int:
    k = env.links.links.get(name.split("/")[-1])
    return k.linkid if k is not None else 0


def show_link(env: Env) -> int:
    p = env.p
    if p.flag("-i") and not p.flag("-s"):
        raise die("the option -i can be used only with -s")
    if p.flag("-s"):
        if p.flag("-i"):
            return not_simulated(env.ctx, "dladm show-link -i (repeating statistics)")
        return _show_link_stats(env)
    name = p.operand("link")
    persistent = p.flag("-P")
    if name is not None:
        link = env.links.links.get(name)
        if link is not None and env.visible(link):
            links = [link]
        elif env.zone == "global" and name[-1:] == "0" and name[:-1] in env.links.bridges:
            links = []                               # a bridge's own link: its row comes below
        else:
            raise die_dlerr("NOTFOUND", f"link {name} is not valid")
    else:
        links = env.visible_links()
        zone = p.value("-z")
        if zone:
            links = [k for k in links if k.zone == zone]
    if persistent:
        links = [k for k in links if not k.temporary]
    spec = "show_link_persistent" if persistent else ("show_link_zone" if p.flag("-Z") else "show_link")
    rows = link_rows(env, links, persistent)
    if name is not None:
        rows = [r for r in rows if r["link"].split("/")[-1] == name]
    env.listing(spec, rows)
    return 0


def _show_link_stats(env: Env) -> int:
    # counters move only with traffic (the data plane); until frames flow they are all zero
    name = env.p.operand("link")
    links = [env.link_or_die(name, "link {name} is not valid")] if name else env.visible_links()
    rows = [{"link": env.shown(k.name), **{f: str(getattr(k, "stats", {}).get(f, 0)) for f in
             ("ipackets", "rbytes", "ierrors", "opackets", "obytes", "oerrors")}} for k in links]
    env.listing("show_link_stats", rows)
    return 0


def rename_link(env: Env) -> int:
    old, new = env.p.args[-2], env.p.args[-1]
    try:
        env.need_privilege()
        link = env.links.links.get(old)
        if link is None or not env.visible(link):
            raise DlError("NOTFOUND")
        env.links.rename(old, new)
    except DlError as e:
        code = e.code if e.code in ("NOTFOUND", "EXIST", "LINKBUSY", "DENIED") else "BADARG"  # unverified for a bad name
        raise die_dlerr(code, "rename operation failed") from None
    return 0


def delete_phys(env: Env) -> int:
    name = env.p.args[-1]
    link = env.links.links.get(name)
    if link is None:
        raise die_dlerr("NOTFOUND", f"cannot delete '{name}'")
    if link.cls != "phys":
        raise die_dlerr("BADARG", f"cannot delete '{name}'")        # unverified status
    # a present device cannot be forgotten; only the configuration of a removed one can
    raise die_dlerr("LINKBUSY", f"cannot delete '{name}'")          # unverified status
