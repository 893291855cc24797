"""Bridges of one OS instance as dladm and the bridge daemon see them: the name rule, the STP
parameters and their limits, membership, and the state `show-bridge` reads back (the bridge
identifier, each port's STP state and uptime, the forwarding table, TRILL nicknames).

Functions over a Datalinks (vshell/model/datalinks.py keeps the Bridge objects and each link's
`.bridge`); what the model keeps beside them (when a port joined, the TRILL nickname) lives in
a small table on the Datalinks, `bridge_state`.

Sources: illumos-gate usr/src/cmd/dladm/dladm.c @01c0cb1c create_modify_add_bridge,
do_remove_bridge, do_show_bridge; usr/src/lib/libdladm/common/libdlbridge.c @0663b557
(dladm_valid_bridgename, dladm_bridge_setlink: no direct move between bridges -> EXIST,
dladm_bridge_delete: persistent members -> LINKBUSY); librstp stp_in.h (limits, defaults,
CHECK_BRIDGE_CONFIG and the hint macros), stpm.c STP_compute_bridge_id (the lowest port MAC).

Everything checks before it changes anything, so a refused command changes nothing."""
from __future__ import annotations

from dataclasses import dataclass

from vshell.model.datalinks import MAXLINKNAMELEN, Datalinks, DlError, Link

# librstp stp_in.h
DEF_BR_PRIO, MIN_BR_PRIO, MAX_BR_PRIO = 32768, 0, 61440
DEF_BR_HELLOT, MIN_BR_HELLOT, MAX_BR_HELLOT = 2, 1, 10
DEF_BR_MAXAGE, MIN_BR_MAXAGE, MAX_BR_MAXAGE = 20, 6, 40
DEF_BR_FWDELAY, MIN_BR_FWDELAY, MAX_BR_FWDELAY = 15, 4, 30
DEF_FORCE_VERS = 2                     # NORMAL_RSTP
PROTECTIONS = ("stp", "trill")         # dladm_bridge_str2prot: exact, case-sensitive
BRIDGEABLE = ("phys", "aggr", "etherstub", "simnet")   # dladm.c: PHYS|AGGR|ETHERSTUB|SIMNET
ETHERNET_MEDIA = ("Ethernet",)


def defaults() -> dict:
    return {"protect": "stp", "priority": DEF_BR_PRIO, "max_age": DEF_BR_MAXAGE,
            "hello_time": DEF_BR_HELLOT, "forward_delay": DEF_BR_FWDELAY,
            "force_protocol": DEF_FORCE_VERS}


def valid_bridge_name(name: str) -> bool:
    """libdladm dladm_valid_bridgename: under 32 characters, no digit first or last, only
    letters, digits and `_`. The manual also reserves `default` and names starting `SUNW`;
    the library does not check them, the simulator refuses them the same way  # unverified"""
    if not name or len(name) >= MAXLINKNAMELEN:
        return False
    if name[0].isdigit() or name[-1].isdigit():
        return False
    if not all(c.isascii() and (c.isalnum() or c == "_") for c in name):
        return False
    return name != "default" and not name.startswith("SUNW")


@dataclass
class ConfigError:
    """The bridge timers do not fit together: the warning and the hint dladm prints."""

    hint: str


def check_config(max_age: int, hello_time: int, forward_delay: int) -> ConfigError | None:
    """CHECK_BRIDGE_CONFIG and the hint macros of stp_in.h, as dladm.c words them."""
    fd, ma, ht = forward_delay, max_age, hello_time
    if 2 * (fd - 1) >= ma and ma >= 2 * (ht + 1):
        return None
    min_maxage = MIN_BR_MAXAGE if ht < (MIN_BR_MAXAGE // 2 - 1) else 2 * (ht + 1)
    max_maxage = MAX_BR_MAXAGE if fd > (MAX_BR_MAXAGE // 2 + 1) else 2 * (fd - 1)
    max_hello = MAX_BR_HELLOT if ma > 2 * (MAX_BR_HELLOT + 1) else ma // 2 - 1
    min_fwd = ma // 2 + 1
    if (fd - 1) < (ht + 1):                                     # NO_MAXAGE
        min_fwd_nom = MIN_BR_FWDELAY if ht < MIN_BR_FWDELAY - 2 else ht + 2
        max_hello_nom = MAX_BR_HELLOT if fd > MAX_BR_HELLOT + 2 else fd - 2
        return ConfigError(f"no max age possible: need forward delay >= {min_fwd_nom} or "
                           f"hello time <= {max_hello_nom}")
    if ma < 2 * (ht + 1):                                       # SMALL_MAXAGE
        if fd < (MAX_BR_MAXAGE // 2 + 1):                        # CAPPED_MAXAGE
            return ConfigError(f"max age too small: need age >= {min_maxage} and <= {max_maxage} "
                               f"or hello time <= {max_hello}")
        return ConfigError(f"max age too small: need age >= {min_maxage} or hello time <= {max_hello}")
    if ht > (MIN_BR_MAXAGE // 2 - 1):                            # FLOORED_MAXAGE
        return ConfigError(f"max age too large: need age >= {min_maxage} and <= {max_maxage} or "
                           f"forward delay >= {min_fwd}")
    return ConfigError(f"max age too large: need age <= {max_maxage} or forward delay >= {min_fwd}")


def current(links: Datalinks, name: str) -> dict:
    """A bridge's configuration, or the defaults when there is none (as SMF answers)."""
    br = links.bridges.get(name)
    if br is None:
        return defaults()
    return {"protect": br.protect, "priority": br.priority, "max_age": br.max_age,
            "hello_time": br.hello_time, "forward_delay": br.forward_delay,
            "force_protocol": br.force_protocol}


# the model's side table ---------------------------------------------------------------------
def _state(links: Datalinks) -> dict:
    return links.bridge_state


def bridge_link_name(links: Datalinks, name: str) -> str | None:
    """The bridge whose observability link (`<bridge>0`) is called `name`, if any."""
    if name.endswith("0") and name[:-1] in links.bridges:
        return name[:-1]
    return None


def name_taken(links: Datalinks, name: str) -> bool:
    """A datalink name in use: a link, or a bridge's own `<bridge>0`."""
    return name in links.links or bridge_link_name(links, name) is not None


# membership -----------------------------------------------------------------------------------
def member_problem(links: Datalinks, name: str) -> tuple[str, str] | None:
    """Why dladm refuses `-l name` before touching anything: ("invalid", name),
    ("class", cls) or ("media", media); None if it may be bridged."""
    bname = bridge_link_name(links, name)
    if bname is not None:
        return ("class", "bridge")
    link = links.links.get(name)
    if link is None:
        return ("invalid", name)
    if link.cls not in BRIDGEABLE:
        return ("class", link.cls)
    media = getattr(link, "media", "Ethernet")
    if media not in ETHERNET_MEDIA:
        return ("media", media)
    return None


def create(links: Datalinks, name: str, members: list[str], now: float, **params) -> None:
    """create-bridge: the bridge's link `<name>0` must be free; then each member joins in turn
    (a member already on a bridge, this one included: EXIST, and the whole bridge goes)."""
    if name in links.bridges or name_taken(links, f"{name}0"):
        raise DlError("EXIST", bridge=name)
    failed = _first_refused(links, members, name)
    if failed is not None:
        raise DlError("EXIST", link=failed, bridge=name, stage="add")
    cfg = defaults()
    cfg.update({k: v for k, v in params.items() if v is not None})
    links.create_bridge(name, **cfg)
    _join(links, name, members, now)
    if name not in _state(links)["nicks"]:
        r = links.streams.fixed("trill-nick", f"{links.host}/{name}")
        _state(links)["nicks"][name] = r.randrange(1, 0xFFC0)   # RBRIDGE_NICKNAME_MAX  # unverified range


def modify(links: Datalinks, name: str, **params) -> None:
    if name not in links.bridges:
        raise DlError("NOTFOUND", bridge=name)
    links.modify_bridge(name, **params)


def add(links: Datalinks, name: str, members: list[str], now: float) -> None:
    """add-bridge: dladm configures no bridge here, it only records each link's bridge, so a
    bridge that does not exist yet is accepted (libdlbridge bridge_refresh: no daemon, no error);
    the links wait in it until create-bridge."""
    failed = _first_refused(links, members, name)
    if failed is not None:
        raise DlError("EXIST", link=failed, bridge=name, stage="add")
    _join(links, name, members, now)


def remove(links: Datalinks, name: str, members: list[str]) -> None:
    for m in members:
        link = links.links.get(m)
        if link is None:
            raise DlError("invalid", link=m)
        if link.bridge != name:
            raise DlError("not-member", link=m, bridge=name)
    for m in members:
        links.links[m].bridge = ""
        _state(links)["joined"].pop(m, None)
    if name in links.bridges:
        links._emit("bridge.changed", name)


def delete_refusal(links: Datalinks, name: str) -> str | None:
    """libdlbridge dladm_bridge_delete: a bad name is LINKINVAL, no bridge BADARG, members
    LINKBUSY (the library walks the links' configuration for the bridge's name)."""
    if not valid_bridge_name(name):
        return "LINKINVAL"
    if name not in links.bridges:
        return "BADARG"
    if any(k.bridge == name for k in links.links.values()):
        return "LINKBUSY"
    return None


def delete(links: Datalinks, name: str) -> None:
    code = delete_refusal(links, name)
    if code is not None:
        raise DlError(code, bridge=name)
    links.delete_bridge(name)
    _state(links)["nicks"].pop(name, None)


def _first_refused(links: Datalinks, members: list[str], name: str) -> str | None:
    seen = set()
    for m in members:
        if links.links[m].bridge or m in seen:
            return m
        seen.add(m)
    return None


def _join(links: Datalinks, name: str, members: list[str], now: float) -> None:
    for m in members:
        links.links[m].bridge = name
        _state(links)["joined"][m] = now
    if members and name in links.bridges:
        links._emit("bridge.changed", name)


# what show-bridge reads -----------------------------------------------------------------------
def ports(links: Datalinks, name: str) -> list[Link]:
    return [k for k in sorted(links.links.values(), key=lambda k: k.linkid) if k.bridge == name]


def bridge_id(links: Datalinks, name: str) -> str:
    """`<priority>/<mac>`: the lowest MAC of the bridge's ports (STP_compute_bridge_id); with no
    port yet the daemon has none to take  # unverified: zeros"""
    br = links.bridges[name]
    macs = [links.mac_of(k) for k in ports(links, name) if links.mac_of(k)]
    mac = min(macs, key=lambda m: bytes(int(x, 16) for x in m.split(":"))) if macs else "0:0:0:0:0:0"
    return f"{br.priority}/" + ":".join(f"{int(x, 16):x}" for x in mac.split(":"))


def port_state(link: Link) -> str:
    """STP_IN_state2str: a port whose link is up forwards at once (RSTP, edge by default);
    one whose link is down is disabled  # unverified: no capture of show-bridge -l"""
    return "forwarding" if link.state == "up" else "disabled"


def port_uptime(links: Datalinks, link: Link, now: float) -> int:
    joined = _state(links)["joined"].get(link.name, now)
    return max(0, int(now - joined))


def trill_nick(links: Datalinks, name: str) -> int:
    return _state(links)["nicks"].get(name, 0)


def fdb(links: Datalinks, name: str) -> list[tuple[str, str]]:
    """(MAC, output link) learned on the bridge's segment, in MAC order: empty until frames
    cross the bridge."""
    br = links.bridges[name]
    seg = links.l2.segments.get(br.segment)
    if seg is None:
        return []
    by_port = {k.port: k.name for k in links.links.values() if k.port}
    rows = []
    for (_vlan, mac), pid in sorted(seg.fdb.items(), key=lambda kv: kv[0][1]):
        port = links.l2.ports.get(pid)
        rows.append((mac, by_port.get(pid, port.name if port else pid)))
    return rows
