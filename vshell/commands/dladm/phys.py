"""show-phys (-m MAC slots, -L locations) and show-ether."""
from __future__ import annotations

from vshell.commands import not_simulated
from vshell.commands.dladm.common import Env, die, die_dlerr


def _phys_links(env: Env) -> list:
    name = env.p.operand("link")
    if name is None:
        return env.visible_links("phys")
    link = env.link_or_die(name, "link {name} is not valid")
    if link.cls != "phys":
        raise die_dlerr("BADARG", f"failed to show physical link {name}")
    return [link]


def show_phys(env: Env) -> int:
    p = env.p
    modes = [f for f in ("-m", "-H", "-L") if p.flag(f)]
    if len(modes) > 1:
        if env.d.show_phys_loc:
            raise die("-m, -H and -L cannot combine")
        raise die("-m cannot combine with -H")
    if p.flag("-m") and p.flag("-P"):
        raise die("-m not compatible with -P")
    if p.flag("-L") and p.flag("-P"):
        raise die("-L not compatible with -P")
    if p.flag("-H"):
        return not_simulated(env.ctx, "dladm show-phys -H (hardware rings)")
    if p.flag("-P"):
        return not_simulated(env.ctx, "dladm show-phys -P")
    links = _phys_links(env)
    if p.flag("-m"):
        rows = []
        for k in links:
            rows.append({"link": env.shown(k.name), "slot": "primary", "address": env.mac(k.mac),
                         "inuse": "yes" if k.opened else "no", "client": k.name if k.opened else None})
            for slot, mac in enumerate(k.factory, 1):
                user = k.slot_users.get(slot)
                rows.append({"link": "", "slot": str(slot), "address": env.mac(mac),
                             "inuse": "yes" if user else "no", "client": user})
        env.listing("show_phys_mac", rows)
        return 0
    if p.flag("-L"):
        rows = [{"link": env.shown(k.name), "device": k.device, "loc": k.loc or None} for k in links]
        env.listing("show_phys_loc", rows)
        return 0
    rows = [{"link": env.shown(k.name), "zone": k.zone, "media": k.media, "state": k.state,
             "speed": env.speed(env.links.speed_of(k)), "duplex": k.duplex if k.state == "up" else "unknown",
             "device": k.device, "flags": "-----", "loc": k.loc or None} for k in links]
    env.listing("show_phys", rows)
    return 0


def _speed_duplex(mbps: int, duplex: str) -> str:
    # "%d%c-%c": 1000 -> 1G-f, 100 -> 100M-f (research Q1b, dladm.c print_ether)
    if mbps >= 1000 and mbps % 1000 == 0:
        size = f"{mbps // 1000}G"
    else:
        size = f"{mbps}M"
    return f"{size}-{duplex[:1] or 'u'}"


def show_ether(env: Env) -> int:
    if env.p.flag("-x"):
        return not_simulated(env.ctx, "dladm show-ether -x")
    links = [k for k in _phys_links(env) if k.media == "Ethernet"]
    rows = [{"link": env.shown(k.name), "ptype": "current", "state": k.state, "auto": "yes",
             "speed-duplex": _speed_duplex(k.speed, k.duplex) if k.state == "up" else "0M",
             "pause": "bi", "rem_fault": "none"} for k in links]
    env.listing("show_ether", rows)
    return 0
