"""Overlay devices (illumos overlay(7)): the rules of create-overlay's libdladm/kernel/varpd
path, the properties each piece owns, the target cache and the files plugin, as functions over
one OS instance's Datalinks.

Facts (read in illumos-gate, see each note): the kernel device owns mtu, vnetid, encap and
varpd/id plus its encapsulation plugin's properties (overlay.c, overlay_vxlan.c); varpd owns
`search` and its search plugin's properties (libvarpd_prop.c, libvarpd_{direct,files,svp}.c).
libdloverlay.c dladm_overlay_create: the datalink id, then the kernel device, then every
property not prefixed `<search>/` on the device, then a varpd instance and its properties, then
varpd activation (the plugin's start), then the device's activation (its required properties).
A failure undoes everything and leaves notes (dladm's errlist) and a libdladm status.

The target cache is the kernel's: a point-to-point (direct) overlay has one default entry; a
dynamic one (files, svp) fills on demand as the kernel asks varpd (`lookup`), or by
modify-overlay -s. Nothing here formats text for a person: errno names stand for strerror()."""
from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass

from vshell.model.datalinks import Datalinks, DlError, Overlay, parse_mac

MTU_MIN, MTU_DEF, MTU_MAX = 576, 1400, 8900          # overlay.c OVERLAY_MTU_*
VXLAN_PORT = 4789                                    # overlay_vxlan.c vxlan_defport (IPPORT_VXLAN)
SVP_PORT, SVP_UPORT = 1296, 1339                     # libvarpd_svp.c svp_defport/svp_defuport  # unverified values
PROPSTR_MAX = 256                                    # DLADM_STRSIZE
NAMELEN = 32                                         # MAXLINKNAMELEN (with its NUL)

# dladm_errno2status (illumos libdladm.c): errno -> libdladm status
ERRNO_STATUS = {"EINVAL": "BADARG", "EEXIST": "EXIST", "ENOENT": "NOTFOUND", "ENOTSUP": "NOTSUP",
                "EPERM": "DENIED", "EACCES": "DENIED", "EBUSY": "LINKBUSY", "EAGAIN": "TRYAGAIN",
                "EIO": "IOERR", "ENOMEM": "NOMEM"}


def errno_status(errno: str) -> str:
    return ERRNO_STATUS.get(errno, "FAILED")


@dataclass(frozen=True)
class Prop:
    name: str
    type: str                        # int uint ip string
    perm: str = "rw"                 # rw | r-
    req: bool = False
    default: str | None = None       # None: no default (prints --)
    possible: str | None = None      # the range or list, as dladm_range2strs joins it


# the device's own properties, in their id order (overlay.c overlay_dev_props)
KERNEL = (Prop("mtu", "uint", default=str(MTU_DEF), possible=f"{MTU_MIN}-{MTU_MAX}"),
          Prop("vnetid", "uint"),
          Prop("encap", "string", perm="r-"),
          Prop("varpd/id", "uint", perm="r-"))

# encapsulation plugins (kernel modules): id size in bytes and their properties
ENCAPS = {
    "vxlan": (3, (Prop("vxlan/listen_ip", "ip", req=True),
                  Prop("vxlan/listen_port", "uint", req=True, default=str(VXLAN_PORT),
                       possible="1-65535"))),
}

# search plugins (varpd): target mode and properties; libvarpd keeps them in an AVL by name
SEARCH = {
    "direct": ("point", (Prop("direct/dest_ip", "ip", req=True),
                         Prop("direct/dest_port", "uint", req=True, possible="1-65535"))),
    "files": ("dynamic", (Prop("files/config", "string", req=True),)),
    "svp": ("dynamic", (Prop("svp/host", "string", req=True),
                        Prop("svp/port", "uint", req=True, default=str(SVP_PORT), possible="1-65535"),
                        Prop("svp/underlay_ip", "ip", req=True),
                        Prop("svp/underlay_port", "uint", req=True, default=str(SVP_UPORT),
                             possible="1-65535"))),
}
SEARCH_PROP = Prop("search", "string", perm="r-", possible=",".join(sorted(SEARCH)))


class OverlayError(DlError):
    """code: a libdladm status; notes: dladm's errlist (each printed as a warning first), as
    (kind, args) pairs the command words."""

    def __init__(self, code: str, notes: list[tuple] | None = None, **info):
        super().__init__(code, **info)
        self.notes = list(notes or [])


# values ------------------------------------------------------------------------------------------
def _strtol(text: str) -> int | None:
    """strtol(3) without an end check (libdloverlay dladm_overlay_parse_prop): the leading
    number; None when no digits convert (errno EINVAL)."""
    s = text.lstrip()
    sign = 1
    if s[:1] in "+-" and s[:1]:
        sign, s = (-1 if s[0] == "-" else 1), s[1:]
    digits = ""
    for ch in s:
        if not ch.isdigit():
            break
        digits += ch
    if not digits:
        return None
    return sign * int(digits)


def parse_ip(text: str) -> ipaddress.IPv6Address | None:
    """inet_pton(AF_INET6), else inet_pton(AF_INET) mapped into IPv6."""
    try:
        return ipaddress.IPv6Address(text)
    except ValueError:
        pass
    try:
        return ipaddress.IPv6Address("::ffff:" + str(ipaddress.IPv4Address(text)))
    except ValueError:
        return None


def ip_text(addr: ipaddress.IPv6Address) -> str:
    """inet_ntop of a v4-mapped address as IPv4, else as IPv6."""
    return str(addr.ipv4_mapped) if addr.ipv4_mapped is not None else str(addr)


def parse_value(prop: Prop, text: str):
    """-> the stored value, or raise BADARG (dladm_overlay_parse_prop)."""
    if prop.type in ("int", "uint"):
        v = _strtol(text)
        if v is None:
            raise OverlayError("BADARG")
        return v % (1 << 64) if prop.type == "uint" else v
    if prop.type == "ip":
        v = parse_ip(text)
        if v is None:
            raise OverlayError("BADARG")
        return v
    if len(text) >= 256:                     # OVERLAY_PROP_SIZEMAX
        raise OverlayError("BADARG")
    return text


def _bad_listen(addr: ipaddress.IPv6Address, multicast: bool = True) -> bool:
    """IN6_IS_ADDR_V4COMPAT, _MULTICAST, _6TO4, and a mapped IPv4 multicast."""
    packed = addr.packed
    v4compat = packed[:12] == bytes(12) and int.from_bytes(packed[12:], "big") > 1
    sixto4 = packed[:2] == b"\x20\x02"
    mcast = multicast and (addr.is_multicast or
                           (addr.ipv4_mapped is not None and addr.ipv4_mapped.is_multicast))
    return v4compat or sixto4 or mcast


def check_value(prop: Prop, value, id_bytes: int = 3) -> None:
    """The owner's setprop checks: EINVAL -> BADARG, EPERM -> DENIED."""
    n = prop.name
    if n in ("encap", "varpd/id"):
        raise OverlayError("DENIED")                           # overlay_i_setprop EPERM
    if n == "mtu" and not MTU_MIN <= value % (1 << 32) <= MTU_MAX:
        raise OverlayError("BADARG")                           # overlay_m_setprop
    if n == "vnetid" and value >= (1 << (8 * id_bytes)) - 1:
        raise OverlayError("BADARG")                           # overlay_i_setprop maxid
    if prop.type == "uint" and n.endswith("port") and not 1 <= value <= 0xFFFF:
        raise OverlayError("BADARG")
    if n in ("vxlan/listen_ip", "svp/underlay_ip") and _bad_listen(value):
        raise OverlayError("BADARG")
    if n == "direct/dest_ip" and _bad_listen(value, multicast=False):
        raise OverlayError("BADARG")


def parse_proplist(text: str) -> list[tuple[str, list[str]]] | None:
    """dladm_parse_link_props(propstr, B_FALSE): name=value[,value...][,name=value...]; None
    when it refuses (a name without a value)."""
    out: list[tuple[str, list[str]]] = []
    for item in text.split(","):
        if not item:
            continue
        key, eq, val = item.partition("=")
        if eq and key:
            out.append((key, [val] if val else []))
        elif out and not eq:
            out[-1][1].append(item)
        else:
            return None
    if any(not vals for _, vals in out):
        return None                          # "a=" has no value  # unverified
    return out


# the files plugin ---------------------------------------------------------------------------------
def parse_files_json(text: str) -> tuple[dict | None, str]:
    """varpd_files_start: the JSON object of MAC -> entry, keys normalized as ether_ntoa prints
    them; -> (table, errno) with errno "" on success. A syntax error is nvlist_parse_json's -1
    (errno "-1"); a value that is not an object, or a key that is not a MAC, is EINVAL."""
    try:
        data = json.loads(text)
    except ValueError:
        return None, "-1"
    if not isinstance(data, dict):
        return None, "-1"                    # the top level must be an object  # unverified
    table = {}
    for key, entry in data.items():
        if not isinstance(entry, dict):
            return None, "EINVAL"
        try:
            mac = parse_mac(key)
        except DlError:
            return None, "EINVAL"
        table[mac] = entry
    return table, ""


def files_destination(table: dict, mac: str) -> str | None:
    """varpd_files_lookup for a unicast destination: "ip:port", or None (VARPD_LOOKUP_DROP)."""
    entry = table.get(mac)
    if entry is None:
        return None
    port = entry.get("port")
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port <= 0xFFFF:
        return None
    ip = entry.get("ip")
    addr = parse_ip(ip) if isinstance(ip, str) else None
    if addr is None:
        return None
    return f"{ip_text(addr)}:{port}"


def varpd_id(link: Overlay) -> int:
    return link.varpd_id


def degraded(link: Overlay) -> str:
    """The FMA message when the device is degraded, else ""."""
    return link.degraded


def _next_varpd_id(links: Datalinks) -> int:
    # libidspace id_alloc in varpd: ids from 1, not reused at once (next fit)  # unverified policy
    links.varpd_next += 1
    return links.varpd_next - 1


def mode(link: Overlay) -> str:
    return SEARCH[link.search][0]


def props_of(link: Overlay) -> list[tuple[Prop, str | None]]:
    """Every property show-overlay walks, in order, with its value text (None: unset)."""
    vals = link.values
    out: list[tuple[Prop, str | None]] = []
    kernel = {"mtu": str(link.mtu), "vnetid": str(link.vnetid), "encap": link.encap,
              "varpd/id": str(link.varpd_id)}
    for p in KERNEL:
        out.append((p, kernel[p.name]))
    for p in ENCAPS[link.encap][1] + (SEARCH_PROP,) + SEARCH[link.search][1]:
        if p is SEARCH_PROP:
            out.append((p, link.search))
            continue
        v = vals.get(p.name)
        if v is None and p.default is not None:
            v = int(p.default)
        out.append((p, _text(p, v)))
    return out


def _text(p: Prop, v) -> str | None:
    if v is None:
        return None
    if p.type == "ip":
        return ip_text(v)
    return str(v)


def possible(p: Prop) -> str | None:
    if p.name == "encap":
        return ",".join(sorted(ENCAPS))
    return p.possible


# create ----------------------------------------------------------------------------------------------
def create(links: Datalinks, name: str, encap: str, search: str, vnetid: int,
           props: list[tuple[str, list[str]]], temporary: bool = False,
           read_file=None, local=None) -> Overlay:
    """dladm_overlay_create. read_file(path) -> (text, errno) is how varpd opens a file on this
    host; local(address) says whether the host's IP has the address (the device binds its
    listen address when it activates). Everything is checked before anything changes; only
    the varpd id is drawn."""
    if len(name) >= NAMELEN or len(encap) >= NAMELEN or len(search) >= NAMELEN:
        raise OverlayError("BADARG")
    if name in links.links or name in links.bridges:
        raise OverlayError("EXIST")                      # dladm_create_datalink_id
    # the kernel device (overlay_i_create)
    if not encap or "/" in encap:
        raise OverlayError("BADARG")
    if encap not in ENCAPS:
        raise OverlayError("NOTFOUND")
    id_bytes, encap_props = ENCAPS[encap]
    if vnetid > (1 << (8 * id_bytes)) - 1:
        raise OverlayError("BADARG")
    if any(isinstance(k, Overlay) and k.encap == encap and k.vnetid == vnetid
           for k in links.links.values()):
        raise OverlayError("EXIST")
    mtu, values = MTU_DEF, {}
    slen = len(search)
    kernel_names = {p.name: p for p in KERNEL + encap_props}
    for pname, vals in props:
        if pname[:slen] == search and pname[slen:slen + 1] == "/":
            continue
        p = kernel_names.get(pname)
        if p is None:
            raise OverlayError("NOTFOUND", [("set-prop", pname)])
        if len(vals) != 1:
            raise OverlayError("BADARG", [("set-prop", pname)])
        try:
            v = parse_value(p, vals[0])
            check_value(p, v, id_bytes)
        except OverlayError as e:
            raise OverlayError(e.code, [("set-prop", pname)]) from None
        if p.name == "mtu":
            mtu = v % (1 << 32)
        elif p.name == "vnetid":
            vnetid = v
        else:
            values[p.name] = v
    # the varpd instance (libvarpd_instance_create): the plugin, then its properties
    if search not in SEARCH:
        raise OverlayError("NOTFOUND", [("varpd-create", "ENOENT")])
    vid = _next_varpd_id(links)
    search_props = {p.name: p for p in SEARCH[search][1]}
    for pname, vals in props:
        if not (pname[:slen] == search and pname[slen:slen + 1] == "/"):
            continue
        p = search_props.get(pname)
        if p is None:
            raise OverlayError("BADARG", [("varpd-prop", pname)])   # info_fill_by_name  # unverified errno
        try:
            v = parse_value(p, vals[0])
            check_value(p, v)
        except OverlayError as e:
            raise OverlayError(e.code, [("varpd-prop", pname)]) from None
        values[p.name] = v
    # varpd activation: the plugin's start
    unset = [p.name for p in SEARCH[search][1] if p.req and values.get(p.name) is None
             and p.default is None]
    files = None
    err = ""
    if unset:
        err = "EAGAIN"
    elif search == "files":
        text, err = read_file(values["files/config"]) if read_file else ("", "ENOENT")
        if not err:
            files, err = parse_files_json(text)
    if err:
        notes = [("varpd-activate", err)] + [("unset", n) for n in unset]
        raise OverlayError(errno_status(err) if err != "-1" else "FAILED", notes)
    # the device's activation: its plugin's required properties
    unset = [p.name for p in encap_props if p.req and values.get(p.name) is None
             and p.default is None]
    if unset:
        notes = [("device-activate", "EINVAL")] + [("unset", n) for n in unset]
        notes.append(("varpd-props", name))
        raise OverlayError("BADARG", notes)
    listen = values.get("vxlan/listen_ip")
    if listen is not None and local is not None and not listen.is_unspecified:
        addr = listen.ipv4_mapped or listen
        if not addr.is_unspecified and not local(addr):
            # overlay_mux_open's ksocket_bind of an address the host does not have
            raise OverlayError(errno_status("EADDRNOTAVAIL"),
                               [("device-activate", "EADDRNOTAVAIL"), ("varpd-props", name)])
    link = links.create_overlay(name, encap, search, vnetid, {}, temporary=temporary)
    link.mtu = mtu
    link.varpd_id, link.values, link.files = vid, values, files
    if mode(link) == "point":
        link.targets = {}
    return link


def delete(links: Datalinks, name: str) -> None:
    """dladm_overlay_delete: the device goes only when nothing sits on it (EBUSY)."""
    link = links.links.get(name)
    if link is None:
        raise OverlayError("NOTFOUND")
    if not isinstance(link, Overlay):
        raise OverlayError("BADARG")
    if links.busy(link):
        raise OverlayError("LINKBUSY")
    links.delete(name, "overlay")


# the target cache -------------------------------------------------------------------------------
def targets(link: Overlay) -> list[tuple[str | None, str]]:
    """(mac, destination) rows in the kernel's order (MAC order); mac None is a point-to-point
    overlay's default entry ("drop" destinations stay "drop")."""
    if mode(link) == "point":
        vals = link.values
        return [(None, f"{ip_text(vals['direct/dest_ip'])}:{vals['direct/dest_port']}")]
    return sorted(link.targets.items(), key=lambda kv: kv[0])


def lookup(link: Overlay, mac: str) -> str | None:
    """The kernel asks varpd where `mac` lives: the answer enters the cache (files plugin)."""
    if mode(link) == "point":
        return targets(link)[0][1]
    if mac in link.targets:
        return link.targets[mac]
    files = link.files
    dest = files_destination(files, mac) if files is not None else None
    if dest is not None:
        link.targets[mac] = dest
    return dest


def _instance(links: Datalinks, name: str) -> Overlay:
    link = links.links.get(name)
    if not isinstance(link, Overlay):
        raise OverlayError("NOTFOUND")       # libvarpd_c_instance_lookup: ENOENT
    return link


def cache_flush(links: Datalinks, name: str) -> None:
    link = _instance(links, name)
    if mode(link) != "dynamic":
        raise OverlayError("NOTSUP")
    link.targets.clear()


def cache_delete(links: Datalinks, name: str, mac: str) -> None:
    link = _instance(links, name)
    if mode(link) != "dynamic":
        raise OverlayError("NOTSUP")
    if mac not in link.targets:
        raise OverlayError("NOTFOUND")
    del link.targets[mac]


def cache_set(links: Datalinks, name: str, mac: str, dest: str) -> bool:
    """dladm_overlay_cache_set with a destination of ip:port (vxlan). -> False when libdladm
    returns success without setting anything (no ':' in dest, or no IP address before it:
    it returns errno2status(0))."""
    link = _instance(links, name)
    if mode(link) != "dynamic":
        raise OverlayError("NOTSUP")
    if dest.lower() == "drop":
        link.targets[mac] = "drop"
        return True
    ip, colon, port = dest.partition(":")
    if not colon:
        return False
    addr = parse_ip(ip)
    if addr is None:
        return False
    if not port.isdigit() or not 0 < int(port) <= 0xFFFF:
        raise OverlayError("BADARG")
    link.targets[mac] = f"{ip_text(addr)}:{int(port)}"
    return True
