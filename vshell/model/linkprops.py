"""Link properties of an OS instance's datalinks (dladm set-/reset-/show-linkprop): the property
table (state/linkprops.toml) seen through one dladm dialect, the checks a value goes through
(libdladm linkprop.c: pd_check, then the kernel's range checks), and where values live.

A link's active values are in `link.props[key]` (what the system uses now); its persistent ones
(what a reboot would bring back) in `link.props["_p." + key]`. A property with neither is at its
default. Refusals are DlError with a libdladm status code (errors.md §1.2); no text here."""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field

from vshell.data import load_toml
from vshell.model.datalinks import DlError, Etherstub, Phys, Vnic, parse_mac

PERSIST = "_p."
VNIC_MTU_MIN = 576                 # unverified: the VNIC driver's lower bound
MAXBW_MIN = 1200000                # MRP_MAXBW_MINVAL (mac_flow.h)


@dataclass(frozen=True)
class PropDef:
    key: str                       # canonical (illumos) name: the key in link.props
    name: str                      # the name in this dialect
    perm: str
    value: str
    default: str
    possible: object               # list[str] | str
    check: str
    classes: tuple[str, ...] = ("all",)
    temponly: bool = False
    afterperm: bool = False
    effective: str = "value"
    cap: str = ""                  # adv_/en_ capability: the speed ("1000fdx")
    raw: dict = field(default_factory=dict, compare=False, hash=False)

    def applies(self, cls: str) -> bool:
        for c in self.classes:
            if c == "all" or c == cls or (c.startswith("!") and c[1:] != cls):
                return True
        return False


_UINT_MAX = {"uint32": 0xFFFFFFFF, "uint16-tag": 4094, "stp-priority": 255}

def _data() -> dict:
    return load_toml("state", "linkprops.toml")


def dialects() -> list[str]:
    return list(_data()["dialects"])


def property_width_all(dialect: str) -> int | None:
    return _data().get("layout", {}).get(dialect, {}).get("property_width_all")


def table(dialect: str) -> list[PropDef]:
    """Every property of the dialect, in table order (the capability pair expanded)."""
    data = _data()
    out: list[PropDef] = []
    for p in data["prop"]:
        if dialect not in p.get("dialects", data["dialects"]):
            continue
        common = dict(perm=p["perm"], value=p["value"], default=p["default"],
                      possible=p["possible"], check=p["check"],
                      classes=tuple(p.get("classes", ["all"])), temponly=p.get("temponly", False),
                      afterperm=p.get("afterperm", False), effective=p.get("effective", "value"),
                      raw=p)
        if p["key"] == "caps":
            for s in data["cap_speeds"]:
                out.append(PropDef(**{**common, "perm": "r-"}, key=f"adv_{s}_cap",
                                   name=f"adv_{s}_cap", cap=s))
                out.append(PropDef(**common, key=f"en_{s}_cap", name=f"en_{s}_cap", cap=s))
            continue
        out.append(PropDef(**common, key=p["key"], name=p.get("names", {}).get(dialect, p["key"])))
    return out


def lookup(dialect: str, name: str) -> PropDef | None:
    """A property by the name a user typed (libdladm compares with strcasecmp)."""
    low = name.lower()
    return next((pd for pd in table(dialect) if pd.name.lower() == low), None)


def driver(link) -> dict:
    drivers = _data()["drivers"]
    dev = getattr(link, "device", "") or ""
    return drivers.get(re.sub(r"\d+$", "", dev), drivers["default"])


def supported(links, link, pd: PropDef) -> bool:
    """Whether the link answers for the property (show-linkprop lists it)."""
    if not pd.applies(link.cls):
        return False
    if pd.cap:
        return pd.cap in driver(link)["caps"]
    if pd.check == "speed-duplex":
        return driver(link)["speed_duplex"] != "--"
    return True


def properties_of(dialect: str, links, link) -> list[PropDef]:
    return [pd for pd in table(dialect) if supported(links, link, pd)]


# values ------------------------------------------------------------------------------------
def mtu_range(links, link) -> tuple[int, int]:
    if isinstance(link, Vnic) or link.cls == "vlan":
        low = links.links.get(link.over[0]) if link.over else None
        return VNIC_MTU_MIN, (low.mtu if low is not None else link.mtu)
    lo, _, hi = driver(link)["mtu_range"].partition("-")
    return int(lo), int(hi or lo)


def default_mtu(links, link) -> int:
    if isinstance(link, Etherstub):
        return 9000
    if link.cls in ("vnic", "vlan") and link.over and link.over[0] in links.links:
        return links.links[link.over[0]].mtu
    return 1500


def bw2str(bps: int) -> str:
    """libdladm dladm_bw2str: whole Mb/s in %5u, or Mb/s with three decimals."""
    kbps, mbps = (bps % 1000000) // 1000, bps // 1000000
    if kbps:
        return f"0.{kbps:03d}" if mbps == 0 else f"{mbps:5d}.{kbps:03d}"
    return f"{mbps:5d}"


def _display(pd: PropDef, stored: str) -> list[str]:
    if pd.check == "bandwidth":
        return [bw2str(int(stored))]
    return stored.split(",")


def current(links, link, pd: PropDef) -> list[str]:
    """The VALUE column: the values in force ("" = none, printed `--`)."""
    if pd.key in link.props and pd.key != "mtu":
        return _display(pd, link.props[pd.key])
    kind = pd.value
    if kind == "mtu":
        return [str(link.mtu)]
    if kind == "state":
        return [link.state if link.state in ("up", "down") else "unknown"]
    if kind == "speed":
        return [str(links.speed_of(link))]
    if kind == "duplex":
        return [getattr(link, "duplex", "full")]
    if kind == "zone":
        return ["" if link.zone == "global" else link.zone]
    if kind == "cap":
        return ["1"]
    if kind == "count0":
        return ["0"]                      # unverified: NICs without rings to hand out
    if kind == "flowctrl":
        return [driver(link)["flowctrl"]]
    if kind == "speed-duplex":
        return driver(link)["speed_duplex"].split(",")
    if kind == "mac":
        return [":".join(f"{int(b, 16):x}" for b in link.mac.split(":"))] if getattr(link, "mac", "") else [""]
    return [] if pd.default == "--" else [pd.default]


def persistent(link, pd: PropDef) -> list[str]:
    stored = link.props.get(PERSIST + pd.key)
    return _display(pd, stored) if stored is not None else [""]


def default(links, link, pd: PropDef) -> list[str]:
    if pd.default == "mtu":
        return [str(default_mtu(links, link))]
    if pd.default == "flowctrl":
        return [driver(link)["flowctrl"]]
    if pd.default == "speed-duplex":
        return driver(link)["speed_duplex"].split(",")
    return [""] if pd.default == "--" else [pd.default]


def possible(links, link, pd: PropDef) -> list[str]:
    if pd.possible == "mtu-range":
        lo, hi = mtu_range(links, link)
        return [f"{lo}-{hi}" if lo != hi else str(lo)]
    if pd.possible == "speed-duplex":
        return driver(link)["speed_duplex"].split(",")
    if isinstance(pd.possible, list):
        return list(pd.possible)
    return [""]


def effective(links, link, pd: PropDef) -> list[str]:
    return current(links, link, pd) if pd.effective == "value" else [""]


# checks ------------------------------------------------------------------------------------
def _uint(text: str) -> int | None:
    """strtoul(s, &end, 0) with nothing left over: hex, octal or decimal."""
    if re.fullmatch(r"0[xX][0-9a-fA-F]+", text):
        return int(text, 16)
    if re.fullmatch(r"0[0-7]*", text):
        return int(text, 8)
    if re.fullmatch(r"[1-9][0-9]*", text):
        return int(text)
    return None


def str2bw(text: str) -> int:
    """libdladm dladm_str2bw: digits and one unit letter (K, M or G; M when none)."""
    m = re.match(r"^[0-9]*", text)
    digits, rest = m.group(0), text[m.end():]
    if len(rest) > 1:
        raise DlError("BADARG")
    n = int(digits) if digits else 0
    mult = {"k": 1000, "m": 1000000, "": 1000000, "g": 1000000000}.get(rest.lower())
    if rest == "%":
        raise DlError("NOTSUP")
    if mult is None:
        raise DlError("BADVAL")
    return n * mult


def ncpus(host) -> int:
    """The processors of the OS instance: the control domain's vCPUs on a sun4v host, else the
    world's `ncpus` fact (4 when none: unverified)."""
    ldm = getattr(host, "ldm", None)
    if ldm is not None and not host.guest_of:
        ctl = ldm.domains.get("primary")
        if ctl is not None:
            n = ctl.vcpus() if callable(ctl.vcpus) else ctl.vcpus
            if n:
                return int(n)
    return int(host.facts.get("ncpus", 4))


def _cpu_list(text: str) -> list[int]:
    out = []
    for part in text.split(","):
        m = re.match(r"^(\d+)(?:-(\d+))?$", part)
        if not m:
            raise DlError("BADVAL")
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if hi < lo:
            raise DlError("BADVAL")
        out.extend(range(lo, hi + 1))
    return out


def check(dialect: str, links, link, pd: PropDef, values: list[str], *, cls: str | None = None,
          lower=None, cpus: int = 4, temporary: bool = False) -> str:
    """The value to store (canonical text), or DlError in libdladm's order of checks:
    class, temporary-only, read-only, the property's check, then the kernel's limits.
    `link` may be None for a link about to be created (cls and lower say what it will be)."""
    cls = cls or link.cls
    if not pd.applies(cls):
        raise DlError("BADARG")
    if pd.temponly and not temporary:
        raise DlError("TEMPONLY")
    if pd.perm != "rw":
        raise DlError("PROPRDONLY")
    if link is not None and pd.cap and pd.cap not in driver(link)["caps"]:
        raise DlError("NOTSUP")
    kind = pd.check
    single = kind not in ("enum-multi", "cpus", "macs", "ips", "cids", "speed-duplex", "autopush")
    if single and len(values) != 1:
        raise DlError("BADVALCNT")
    v = values[0]
    if kind in ("enum", "enum-multi", "speed-duplex"):
        opts = possible(links, link, pd) if kind == "speed-duplex" else list(pd.possible)
        out = []
        for val in values:
            hit = next((o for o in opts if o.lower() == val.lower()), None)
            if hit is None:
                raise DlError("BADVAL")
            out.append(hit)
        return ",".join(out)
    if kind in _UINT_MAX:                 # a plain number up to a bound
        n = _uint(v)
        if n is None or n > _UINT_MAX[kind]:
            raise DlError("BADVAL")
        return str(n)
    if kind == "mtu":
        n = _uint(v)
        if n is None or n > 0xFFFFFFFF:
            raise DlError("BADVAL")
        if link is None:
            low = links.links.get(lower) if lower else None
            hi = low.mtu if low is not None else 1500
            lo = VNIC_MTU_MIN
        else:
            lo, hi = mtu_range(links, link)
        if not lo <= n <= hi:
            raise DlError("BADARG")              # EINVAL from the MAC layer (crossbow T09)
        if link is not None and cls in ("phys", "aggr", "etherstub") and n != link.mtu and (
                link.opened or links.clients(link.name)):
            raise DlError("LINKBUSY")            # EBUSY: IP or a VNIC holds the link  # unverified trigger
        return str(n)
    if kind == "bandwidth":
        bps = str2bw(v)
        if 0 < bps < MAXBW_MIN:
            raise DlError("MINMAXBW")
        return str(bps)
    if kind == "cpus":
        ids = _cpu_list(",".join(values))
        if any(i >= cpus for i in ids):
            raise DlError("BADCPUID")
        if link is not None and link.props.get("pool"):
            raise DlError("POOLCPU")
        return ",".join(str(i) for i in ids)
    if kind == "pool":
        raise DlError("BADVAL")                   # no resource pools in the model  # unverified status
    if kind == "zone":
        raise DlError("BADVAL")                   # zones come later  # unverified status
    if kind == "macs":
        try:
            return ",".join(parse_mac(m) for m in values)
        except DlError:
            raise DlError("INVALIDMACADDR") from None
    if kind == "ips":
        for val in values:
            try:
                ipaddress.ip_network(val, strict=False)
            except ValueError:
                raise DlError("INVALID_IP") from None
        return ",".join(values)
    if kind == "cids":
        return ",".join(values)
    if kind == "rings":
        if v.lower() == "sw":
            return "sw"
        raise DlError("NOTSUP")                   # no NIC rings in the model  # unverified
    if kind == "autopush":
        if not all(re.match(r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$", val) for val in values):
            raise DlError("BADVAL")
        return ",".join(values)
    if kind == "stp-cost":
        if v.lower() == "auto":
            return "auto"
        n = _uint(v)
        if n is None or not 1 <= n <= 65535:
            raise DlError("BADVAL")
        return str(n)
    raise DlError("PROPRDONLY")


# changes -----------------------------------------------------------------------------------
def apply(links, link, pd: PropDef, stored: str | None, temporary: bool) -> None:
    """Set (stored) or reset (None) one property: active unless it waits for the persistent
    store (afterperm), persistent unless -t."""
    if pd.afterperm and temporary:
        raise DlError("PERMONLY")
    if not pd.afterperm:
        if stored is None:
            if pd.key in link.props or pd.key == "mtu":
                links.reset_prop(link.name, pd.key)
        else:
            links.set_prop(link.name, pd.key, stored)
    if not temporary:
        if stored is None:
            link.props.pop(PERSIST + pd.key, None)
        else:
            link.props[PERSIST + pd.key] = stored


def check_reset(links, link, pd: PropDef, temporary: bool) -> None:
    """What resetting refuses (i_dladm_set_single_prop with no value)."""
    if not pd.applies(link.cls):
        raise DlError("BADARG")
    if pd.temponly and not temporary:
        raise DlError("TEMPONLY")
    if pd.perm != "rw":
        raise DlError("PROPRDONLY")
    if pd.cap and pd.cap not in driver(link)["caps"]:
        raise DlError("NOTSUP")
    if pd.key == "mtu":
        n = default_mtu(links, link)
        if link.cls in ("phys", "aggr", "etherstub") and n != link.mtu and (
                link.opened or links.clients(link.name)):
            raise DlError("LINKBUSY")
