"""Simnets (illumos simulated network links) of one OS instance: functions over a Datalinks.

The simnet driver (illumos-gate usr/src/uts/common/io/simnet/simnet.c) draws a random unicast,
locally administered address for a new simnet (`(byte0 & ~1) | 2`, the other bytes random) and
reports the link up at once; a peer joins two simnets like a wire. libdladm libdlsim.c
dladm_simnet_modify: the link and its peer must both be simnets with the same persistence
(else BADARG); dladm_simnet_delete: not a simnet, BADARG."""
from __future__ import annotations

from vshell.model import bridges
from vshell.model.datalinks import Datalinks, DlError, Simnet

MEDIA = ("Ethernet", "WiFi")             # libdladm media_type_table names; dladm_str2media ignores case


def media_name(text: str) -> str | None:
    """dladm_str2media, kept to the two media a simnet may have."""
    for m in MEDIA:
        if m.lower() == text.lower():
            return m
    return None


def create(links: Datalinks, name: str, media: str = "Ethernet", temporary: bool = False) -> Simnet:
    if bridges.name_taken(links, name):
        raise DlError("EXIST", link=name)
    links._check_new_name(name)
    mac = _random_mac(links)
    link = Simnet(name, "simnet", links._new_id(), temporary=temporary, media=media,
                  state="up", created=links._tick())
    links._add_port(link, mac, "", 0)
    link.mac = mac
    links.links[name] = link
    links._emit("link.added", name)
    return link


def set_peer(links: Datalinks, name: str, peer: str | None) -> None:
    """modify-simnet -p peer|none."""
    link = links.links.get(name)
    if link is None or link.cls != "simnet":
        raise DlError("BADARG", link=name)
    if peer is not None:
        other = links.links.get(peer)
        if other is None or other.cls != "simnet" or other.temporary != link.temporary:
            raise DlError("BADARG", link=peer)
        if other is link:
            raise DlError("BADARG", link=peer)       # unverified: the driver's answer to itself
        _disconnect(links, link)
        _disconnect(links, other)
        links.connect_simnets(name, peer)
    else:
        _disconnect(links, link)
    links._emit("link.changed", name)


def delete(links: Datalinks, name: str) -> None:
    link = links.links.get(name)
    if link is None or link.cls != "simnet":
        raise DlError("BADARG", link=name)
    why = links.busy(link)
    if why:
        raise DlError("LINKBUSY", link=name, why=why)   # a bridge member, a VNIC over it
    _disconnect(links, link)                            # its peer stays up, alone
    links.delete(name, "simnet")


def _disconnect(links: Datalinks, link: Simnet) -> None:
    if not link.peer:
        return
    other = links.links.get(link.peer)
    port = links.l2.ports.get(link.port)
    if port is not None and port.segment is not None:
        sid = port.segment
        for s in (link, other):
            if s is not None and s.port in links.l2.ports:
                links.l2.detach(links.l2.ports[s.port])
        if sid in links.l2.segments and not links.l2.segments[sid].ports:
            links.l2.remove_segment(sid)
    if other is not None:
        other.peer = ""
        other.state = "up"
    link.peer = ""
    link.state = "up"


def _random_mac(links: Datalinks) -> str:
    """The seed's draw for this instance's n-th simnet; redrawn while the world holds it."""
    st = links.simnet_draws
    for _ in range(64):
        st += 1
        b = links.streams.digest("simnet-mac", f"{links.host}#{st}")[:6]
        mac = ":".join(f"{x:02x}" for x in ((b[0] & ~1 & 0xFF) | 2, *b[1:]))
        if not links.l2.mac_in_use(mac):
            links.simnet_draws = st
            return mac
    raise DlError("INVALIDMACADDRINUSE", mac="")
