"""Link aggregations of one OS instance: functions over its Datalinks (vshell/model/datalinks.py
holds the Aggr class; these are the operations, in the order libdladm and the aggr driver make
their checks).

An aggregation is a link: CLASS aggr, OVER its ports, its MTU the first port's, up while one
port is. Its MAC address is the first port's (ADDRPOLICY auto) unless fixed with -u. It is a
segment of the layer-2 graph, like a NIC's MAC layer, so VNICs over it are switched there; a
fixed address is claimed by a port of its own, so it stays unique in the world.

Sources: Solaris 11.0 libdlaggr.c and dladm.c (Arquivotheca/solaris11 @766b42f8, research-dladm
SRC-S11) for the checks and their statuses; the aggr driver's answers (EBUSY for a port in use)
are marked where guessed. Every refusal is a DlError whose code is a libdladm status name, raised
before anything changes."""
from __future__ import annotations

from vshell.model.datalinks import Aggr, Datalinks, DlError, Link, Phys

AGGR_MAX_KEY = 65535
POLICIES = ("L2", "L3", "L4")              # libdlaggr.c policies[] (print order)
LACP_MODES = ("off", "active", "passive")  # lacp_modes[]
LACP_TIMERS = ("short", "long")            # lacp_timers[]
MODES = ("trunk", "dlmp")                  # Solaris 11.1+ create-aggr -m


# parsing (libdlaggr.c) ---------------------------------------------------------------------------
def parse_policy(text: str) -> str | None:
    """dladm_aggr_str2policy: comma-separated L2/L3/L4, any case -> the canonical string
    (printed in L2,L3,L4 order, as dladm_aggr_policy2str does); None if a word is unknown."""
    words = [w for w in text.split(",") if w]          # strtok_r skips empty tokens
    chosen = set()
    for w in words:
        match = next((p for p in POLICIES if p.lower() == w.lower()), None)
        if match is None:
            return None
        chosen.add(match)
    return ",".join(p for p in POLICIES if p in chosen)


def _prefix(text: str, choices: tuple[str, ...]) -> str | None:
    # strncasecmp(str, name, strlen(name)): the word must start with the name ("ACTIVE", "longer")
    return next((c for c in choices if text.lower().startswith(c)), None)


def parse_lacp_mode(text: str) -> str | None:
    return _prefix(text, LACP_MODES)


def parse_lacp_timer(text: str) -> str | None:
    return _prefix(text, LACP_TIMERS)


def parse_unicast(text: str) -> str | None:
    """dladm_aggr_str2macaddr: `auto` -> "" (the first port's); else six octets, neither all
    zero nor multicast -> aa:bb:..; None if invalid."""
    if text == "auto":
        return ""
    parts = text.split(":")
    if len(parts) != 6 or not all(1 <= len(p) <= 2 for p in parts):
        return None
    try:
        octets = [int(p, 16) for p in parts]
    except ValueError:
        return None
    if not any(octets) or octets[0] & 1:
        return None
    return ":".join(f"{o:02x}" for o in octets)


# queries ---------------------------------------------------------------------------------------------
def aggregations(dl: Datalinks) -> list[Aggr]:
    return [k for k in dl.ordered("aggr") if isinstance(k, Aggr)]


def aggr_of_port(dl: Datalinks, port: str) -> Aggr | None:
    return next((a for a in aggregations(dl) if port in a.over), None)


def by_key(dl: Datalinks, key: int) -> Aggr | None:
    """dladm_key2linkid: the aggregation created with this key (a number as its name)."""
    if key > AGGR_MAX_KEY:
        return None
    return next((a for a in aggregations(dl) if a.key == key), None)


def mac(dl: Datalinks, aggr: Aggr) -> str:
    return aggr.unicast or _first_port_mac(dl, aggr)


def port_attached(dl: Datalinks, aggr: Aggr, port: str) -> bool:
    """PORTSTATE: attached while the port's link is up (the partner is taken to answer LACP),
    standby otherwise  # unverified: the aggr driver's attach rules are simplified."""
    link = dl.links.get(port)
    return link is not None and link.state == "up"


def lacp_state(dl: Datalinks, aggr: Aggr, port: str) -> dict[str, bool]:
    """The actor state bits show-aggr -L prints for a port. With LACP active or passive and the
    port up: aggregatable, in sync, collecting, distributing (smartos-live #800 shows
    `yes yes yes yes no no` for an active aggregation). Off, or the port down: no exchange, so
    only aggregatable, and defaulted while down  # unverified."""
    up = port_attached(dl, aggr, port)
    on = aggr.lacp_mode != "off" and up
    return {"aggregatable": True, "sync": on, "coll": on, "dist": on,
            "defaulted": not up, "expired": False}


# changes ----------------------------------------------------------------------------------------------
def create(dl: Datalinks, name: str, ports: list[str], policy: str = "L4", lacp_mode: str = "off",
           lacp_timer: str = "short", unicast: str = "", mode: str = "trunk", force: bool = False,
           temporary: bool = False, key: int = 0) -> Aggr:
    """dladm_aggr_create, then the driver's LAIOC_CREATE. `ports` are existing link names."""
    key &= 0xFFFF                      # dladm.c passes its int key to a uint16_t parameter
    if not ports:
        raise DlError("BADARG", link=name)
    for p in ports:
        _check_port_class(dl, p)
    dl._check_new_name(name)           # dladm_create_datalink_id: EXIST for a name in use
    _check_ports_free(dl, ports)
    _check_unicast_free(dl, unicast, ports)
    first = dl.links[ports[0]]
    for p in ports[1:]:
        if dl.links[p].mtu != first.mtu:
            raise DlError("NOTSUP", link=p)     # capabilities differ  # unverified condition
    link = Aggr(name, "aggr", dl._new_id(), over=list(ports), mtu=first.mtu,
                temporary=temporary, key=key, policy=policy, lacp_mode=lacp_mode,
                lacp_timer=lacp_timer, unicast=unicast, mode=mode, forced=force,
                created=dl._tick())
    link.segment = f"mac:{dl.host}/{link.linkid}"
    dl.l2.add_segment(link.segment, "nic", dl.host, name)
    dl._add_port(link, unicast, link.segment, 0)
    dl.links[name] = link
    _refresh(dl, link)
    dl._emit("link.added", name)
    return link


def delete(dl: Datalinks, name: str) -> Link:
    """dladm_aggr_delete: BADARG for a link that is no aggregation; LINKBUSY while a VNIC,
    VLAN or IP sits on it (the driver's EBUSY)."""
    link = dl.get(name)
    if link.cls != "aggr":
        raise DlError("BADARG", link=name)
    return dl.delete(name, "aggr")


def add_ports(dl: Datalinks, name: str, ports: list[str], force: bool = False) -> None:
    """dladm_aggr_add: each port a physical Ethernet link (BADARG), free (LINKBUSY), with the
    aggregation's MTU (NOTSUP: `link capabilities don't match`)."""
    aggr = _get_aggr(dl, name)
    for p in ports:
        _check_port_class(dl, p)
    _check_ports_free(dl, ports)
    for p in ports:
        if dl.links[p].mtu != aggr.mtu:
            raise DlError("NOTSUP", link=p)     # unverified condition
    aggr.over.extend(ports)
    aggr.forced = aggr.forced or force
    _refresh(dl, aggr)
    dl._emit("link.changed", name)


def remove_ports(dl: Datalinks, name: str, ports: list[str]) -> None:
    """i_dladm_aggr_add_rmv(LAIOC_REMOVE): each port a physical link (BADARG); one port must
    stay (BADARG when as many or more are named as there are); a named port that is not a
    member makes the count differ (LINKINVAL)."""
    aggr = _get_aggr(dl, name)
    for p in ports:
        _check_port_class(dl, p)
    if len(aggr.over) <= len(ports):
        raise DlError("BADARG", link=name)
    if sum(1 for p in aggr.over if p in ports) != len(ports):
        raise DlError("LINKINVAL", link=name)
    aggr.over = [p for p in aggr.over if p not in ports]
    _refresh(dl, aggr)
    dl._emit("link.changed", name)


def modify(dl: Datalinks, name: str, policy: str | None = None, lacp_mode: str | None = None,
           lacp_timer: str | None = None, unicast: str | None = None,
           mode: str | None = None) -> None:
    """dladm_aggr_modify: only what was given changes; unicast "" is back to auto."""
    aggr = _get_aggr(dl, name)
    if unicast:
        _check_unicast_free(dl, unicast, aggr.over, aggr)
    if unicast is not None and unicast != aggr.unicast:
        port = dl.l2.ports.get(aggr.port)
        if port is not None:
            if port.mac:
                dl.l2.release_mac(port.mac)
            if unicast:
                dl.l2.claim_mac(unicast, port.id)
                dl.l2.learn(aggr.segment, 1, unicast, port.id)
            port.mac = unicast
        aggr.unicast = unicast
    for attr, value in (("policy", policy), ("lacp_mode", lacp_mode),
                        ("lacp_timer", lacp_timer), ("mode", mode)):
        if value is not None:
            setattr(aggr, attr, value)
    dl._emit("link.changed", name)


# helpers ----------------------------------------------------------------------------------------------
def _get_aggr(dl: Datalinks, name: str) -> Aggr:
    link = dl.get(name)
    if not isinstance(link, Aggr):
        raise DlError("BADARG", link=name)      # the persistent conf has no port list  # unverified status
    return link


def _check_port_class(dl: Datalinks, p: str) -> None:
    """libdlaggr.c: ports are physical links or simnets of Ethernet media, else BADARG."""
    port = dl.get(p)
    if port.cls not in ("phys", "simnet") or getattr(port, "media", "Ethernet") != "Ethernet":
        raise DlError("BADARG", link=p)


def _check_ports_free(dl: Datalinks, ports: list[str]) -> None:
    """The driver opens each port exclusively: a port already aggregated, with clients (VNICs,
    VLANs), bridged, held by another layer, plumbed for IP, or named twice answers EBUSY,
    which libdladm reports as LINKBUSY  # unverified: errno of each case."""
    seen = set()
    for p in ports:
        port = dl.links[p]
        if p in seen or aggr_of_port(dl, p) is not None or port.opened or dl.busy(port):
            raise DlError("LINKBUSY", link=p)
        seen.add(p)


def _check_unicast_free(dl: Datalinks, unicast: str, ports: list[str], aggr: Aggr | None = None) -> None:
    if not unicast or not dl.l2.mac_in_use(unicast):
        return
    if aggr is not None and dl.l2.mac_owner(unicast) == aggr.port:
        return
    if any(isinstance(dl.links.get(p), Phys) and dl.links[p].mac == unicast for p in ports):
        return                                  # one of its own ports' addresses
    raise DlError("INVALIDMACADDRINUSE", mac=unicast)   # unverified: the driver's answer


def _first_port_mac(dl: Datalinks, aggr: Aggr) -> str:
    first = dl.links.get(aggr.over[0]) if aggr.over else None
    return getattr(first, "mac", "") if first is not None else ""


def _refresh(dl: Datalinks, aggr: Aggr) -> None:
    """State and MTU follow the ports: up while one port is up."""
    ports = [dl.links[p] for p in aggr.over if p in dl.links]
    aggr.state = "up" if any(p.state == "up" for p in ports) else "down"
    if ports:
        aggr.mtu = ports[0].mtu
