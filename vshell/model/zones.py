"""Zones of one OS instance (its global zone): each zone's committed configuration, its state
on zoneadmd's state machine, and what a booted zone is — an OS instance of its own (a Host
whose links are the global zone's links given to it, and whose IP is its own stack when
exclusive-IP, or logical interfaces on the global zone's stack when shared-IP).

A configuration is global properties plus resources, as libzonecfg keeps them; the catalogue
(grammar/zonecfg.toml) says which properties and resource types a dialect has. Refusals are
ZoneError with a code the command layer words (zonecfg_strerror names, zoneadm situations)."""
from __future__ import annotations

import copy
import ipaddress
import re
from dataclasses import dataclass, field

from vshell.data import load_toml
from vshell.model.errors import ModelError
from vshell.model.ip import IpError, classful_prefix

NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
ZONENAME_MAX = 64
GLOBAL = "global"

# zoneadmd's states (zone_state_str), in the order libzonecfg ranks them
STATES = ("configured", "incomplete", "installed", "ready", "mounted", "running",
          "shutting_down", "down")
INSTALLED = {"installed", "ready", "mounted", "running", "shutting_down", "down"}
BOOTED = {"ready", "running"}


class ZoneError(ModelError):
    """code: NO_ZONE, BOGUS_ZONE_NAME, state situations (zoneadm), boot failures ..."""


def catalogue() -> dict:
    return load_toml("grammar", "zonecfg.toml")


def dialect(key: str) -> dict:
    """A dialect's table; `base` names one it differs from (only the differences are written)."""
    table = load_toml("state", "zones.toml")["dialect"]
    if key not in table:
        raise KeyError(f"unknown zones dialect {key!r}; known: {', '.join(sorted(table))}")
    own = table[key]
    return {**dialect(own["base"]), **own} if "base" in own else own


def valid_name(name: str) -> bool:
    return (bool(NAME_RE.match(name)) and len(name) < ZONENAME_MAX and name != GLOBAL
            and not name.startswith("SUNW"))


@dataclass
class Resource:
    type: str
    props: dict = field(default_factory=dict)     # name -> str | list[str]
    children: list = field(default_factory=list)  # nested resources (11.4 anet's mac)

    def get(self, name: str, default=None):
        return self.props.get(name, default)

    def matches(self, filters: dict) -> bool:
        return all(self._eq(self.props.get(k), v) for k, v in filters.items())

    @staticmethod
    def _eq(have, want) -> bool:
        if isinstance(have, list):
            return isinstance(want, list) and have == want or have == [want]
        return have == want


@dataclass
class Config:
    """One zone's configuration (what `commit` saves, what zonecfg edits a copy of)."""

    name: str
    props: dict = field(default_factory=dict)      # global properties that are set
    resources: list[Resource] = field(default_factory=list)

    def copy(self) -> "Config":
        return copy.deepcopy(self)

    def of(self, rtype: str) -> list[Resource]:
        return [r for r in self.resources if r.type == rtype]

    def get(self, name: str, default=None):
        return self.props.get(name, default)

    def iptype(self, dia: dict) -> str:
        return self.props.get("ip-type", dia["default_iptype"])

    def brand(self, dia: dict) -> str:
        return self.props.get("brand", dia["default_brand"])


@dataclass
class Zone:
    name: str
    config: Config
    state: str = "configured"
    index: int = 0                    # configuration order (zoneadm list's order for non-running)
    id: int | None = None             # the kernel's zone id while ready or running
    uuid: str = ""
    os: object = None                 # the zone's OS instance (a Host) once installed
    booted_at: float | None = None
    applied: list = field(default_factory=list)   # what boot did, to undo at halt


# verify_func's order: each resource type in turn, then the checks across them
VERIFY_ORDER = ["inherit-pkg-dir", "fs", "net", "anet", "device", "rctl", "attr", "dataset",
                "dedicated-cpu", "capped-cpu", "capped-memory", "admin"]
ZFS_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.: ")


def zfs_name_valid(name: str) -> bool:
    """libzfs zfs_name_valid(name, ZFS_TYPE_FILESYSTEM), as zfs_namecheck.c's dataset_namecheck
    words its rules: components of [A-Za-z0-9_-.: ] split by '/', none empty, no snapshot '@',
    and the pool's name starts with a letter."""
    if not name or name.startswith("/") or name.endswith("/") or not name[0].isalpha():
        return False
    parts = name.split("/")
    return all(p and p not in (".", "..") and set(p) <= ZFS_NAME_CHARS for p in parts)


def verify(cfg: Config, dia: dict, users=None) -> list[tuple]:
    """What is wrong with a configuration, as (code, info) pairs in zonecfg's order. Empty: it
    verifies. What verify_func checks: zonepath; each resource's required properties; net's
    ip-type rules; zone.cpu-shares and zone.cpu-cap against dedicated-cpu (and cpu-shares
    against a scheduling class other than FSS); dataset names; admin users (`users`: the names
    getpwnam would find, None to skip). An info may carry `status`: the zonecfg_strerror code
    the check sets, and `override` when it replaces an earlier one."""
    problems: list[tuple] = []
    if dia.get("zonepath_required", True) and not cfg.get("zonepath"):
        problems.append(("zonepath-missing", {}))
    cat = catalogue()["resource"]
    exclusive = cfg.iptype(dia) == "exclusive"
    since_2014 = "allowed-address" in dia.get("net_props", [])
    rctls = {r.get("name") for r in cfg.of("rctl")}
    for rt in VERIFY_ORDER + [t for t in cat if t not in VERIFY_ORDER]:
        for r in cfg.of(rt):
            for p in cat[rt]["required"]:
                if r.get(p) in (None, "", []):
                    problems.append(("prop-missing", {"rt": rt, "prop": p}))
            if rt == "net":
                if not exclusive and not r.get("address") and dia.get("shared_needs_address", True):
                    problems.append(("prop-missing", {"rt": "net", "prop": "address"}))
                if not exclusive and r.get("allowed-address"):
                    problems.append(("net-allowed-shared", {}))
                if exclusive and r.get("address"):
                    problems.append(("net-address-excl", {}))
                elif exclusive and r.get("defrouter") and not since_2014:
                    problems.append(("net-defrouter-excl", {}))
            if rt == "anet" and not exclusive:
                problems.append(("anet-shared", {}))
            if rt == "dataset" and r.get("name") and not zfs_name_valid(r.get("name")):
                problems.append(("dataset-invalid", {"status": "BAD_PROPERTY"}))
            if rt == "admin" and users is not None and not problems and r.get("user") not in users:
                # checked only while nothing else has failed (ret_val == Z_OK)
                problems.append(("admin-user", {"user": r.get("user"), "status": "BAD_PROPERTY"}))
        if rt == "net" and exclusive and since_2014:
            for r in cfg.of("net"):
                if r.get("defrouter") and not r.get("allowed-address"):
                    problems.append(("net-defrouter-no-allowed",
                                     {"link": r.get("physical") or "", "status": "INVAL", "override": True}))
        if rt == "rctl":
            dcpu = bool(cfg.of("dedicated-cpu"))
            sched = cfg.get("scheduling-class")
            if dcpu and "zone.cpu-shares" in rctls:
                problems.append(("cpu-shares-dcpu", {"status": "INCOMPATIBLE"}))
            if "zone.cpu-shares" in rctls and sched and sched != "FSS":
                problems.append(("cpu-shares-sched", {"sched": sched, "status": "INCOMPATIBLE"}))
            if dcpu and "zone.cpu-cap" in rctls:
                problems.append(("cpu-cap-dcpu", {"status": "INCOMPATIBLE"}))
    return problems


# the IPS image's publishers ------------------------------------------------------------------
# What `pkg publisher` lists and where a zone install's packages come from. A world may declare
# them (host facts: `publishers = [{ name = "solaris", origin = "file:///repo/solaris/" }]`);
# otherwise the release's zones dialect names its default one (`publisher`, `publisher_origin`).

@dataclass
class Publisher:
    name: str
    origins: list = field(default_factory=list)
    mirrors: list = field(default_factory=list)
    sticky: bool = True
    disabled: bool = False
    syspub: bool = False              # a non-global zone's publisher served by the system repository


def _default_origin(host, dia: dict) -> str:
    """The dialect's default origin; an illumos one names the release (OmniOS r151026 ...)."""
    found = re.search(r"r\d{6}", host.release.get("uname_version", ""))
    return dia.get("publisher_origin", "").format(version=found.group(0) if found else "bloody")


def image_publishers(host) -> list[Publisher]:
    """The publishers of an OS instance's image, in search order. A non-global zone of a release
    whose zones use the system repository (Solaris 11) sees its global zone's, as syspub."""
    g = getattr(host, "global_host", None)
    if g is not None:
        dia = dialect(g.release.zones_dialect)
        pubs = image_publishers(g)
        if dia.get("zone_syspub"):
            return [Publisher(p.name, list(p.origins), list(p.mirrors), p.sticky, p.disabled, True)
                    for p in pubs]
        return pubs
    declared = host.facts.get("publishers")
    if declared is not None:
        out = []
        for d in declared:
            origins = d.get("origin", [])
            mirrors = d.get("mirror", [])
            out.append(Publisher(d["name"], [origins] if isinstance(origins, str) else list(origins),
                                 [mirrors] if isinstance(mirrors, str) else list(mirrors),
                                 sticky=bool(d.get("sticky", True)), disabled=not d.get("enabled", True)))
        return out
    key = host.release.get("zones_dialect")
    dia = dialect(key) if key else {}
    if not dia.get("publisher"):
        return []
    return [Publisher(dia["publisher"], [_default_origin(host, dia)])]


class Zones:
    """The zones of one global zone. `host` is that OS instance (its links, ip, fs); `world`
    gives streams, clock and events; `dia` is the release's zones dialect."""

    def __init__(self, host, world, dia_key: str):
        self.host = host
        self.world = world
        self.dia_key = dia_key
        self.dia = dialect(dia_key)
        self.zones: dict[str, Zone] = {}
        self.next_id = 1                  # zone ids are handed out next-fit: a reboot gets a new one
        self.ptys: set[str] = set()       # pseudo-terminals zlogin sessions hold
        self._index = 0

    # queries -----------------------------------------------------------------------------
    def get(self, name: str) -> Zone:
        z = self.zones.get(name)
        if z is None:
            raise ZoneError("NO_ZONE", zone=name)
        return z

    def names(self, states=None) -> list[str]:
        return [z.name for z in self.ordered() if states is None or z.state in states]

    def ordered(self) -> list[Zone]:
        """zoneadm list's order: running zones by id, then the others as configured."""
        running = sorted((z for z in self.zones.values() if z.id is not None), key=lambda z: z.id)
        rest = sorted((z for z in self.zones.values() if z.id is None), key=lambda z: z.index)
        return running + rest

    def template(self, name: str) -> Config | None:
        t = self.dia["templates"].get(name)
        if t is None:
            return None
        cfg = Config("", dict(t.get("props", {})))
        for r in t.get("resources", []):
            props = {k: v for k, v in r.items() if k != "type"}
            cfg.resources.append(Resource(r["type"], props))
        return cfg

    # configuration -------------------------------------------------------------------------
    def commit(self, cfg: Config) -> Zone:
        """Save a configuration that verifies (the caller verified it)."""
        z = self.zones.get(cfg.name)
        if z is None:
            self._index += 1
            z = Zone(cfg.name, cfg.copy(), index=self._index,
                     uuid=self.world.streams.uuid("zone-uuid", f"{self.host.name}/{cfg.name}"))
            self.zones[cfg.name] = z
            self._emit("zone.added", cfg.name)
        else:
            z.config = cfg.copy()
            self._emit("zone.changed", cfg.name)
        return z

    def rename(self, old: str, new: str) -> None:
        z = self.get(old)
        if z.state != "configured":
            raise ZoneError("rename-installed", zone=old)
        del self.zones[old]
        z.name = z.config.name = new
        self.zones[new] = z

    def delete(self, name: str, force: bool = False) -> None:
        z = self.get(name)
        if z.state != "configured" and not force:
            raise ZoneError("delete-not-configured", zone=name)
        if z.state in BOOTED:
            self._halt(z)
        del self.zones[name]
        self._emit("zone.removed", name)

    # the state machine ------------------------------------------------------------------------
    def require(self, z: Zone, op: str) -> None:
        """zoneadm's sanity_check and zoneadmd's refusals, as codes."""
        s = z.state
        if op in ("install", "clone-target"):
            if s == "incomplete":
                raise ZoneError("incomplete", zone=z.name)
            if s != "configured":
                raise ZoneError("already-installed", zone=z.name)
        elif op in ("boot", "ready", "move", "detach", "clone-source", "verify-installed"):
            if s in ("configured", "incomplete"):
                raise ZoneError("must-be-installed", zone=z.name, op=op.split("-")[0])
        elif op == "uninstall":
            if s == "configured":
                raise ZoneError("already-configured", zone=z.name)
            if s in BOOTED or s == "shutting_down":
                raise ZoneError("invalid-for-state", zone=z.name, op=op, state=s)
        elif op in ("reboot", "shutdown"):
            if s != "running":
                raise ZoneError("not-running", zone=z.name)
        elif op == "halt":
            if s in ("configured", "incomplete"):
                raise ZoneError("invalid-in-state", zone=z.name, op=op, state=s)
        elif op == "attach":
            if s != "configured":
                raise ZoneError("already-installed", zone=z.name)
        elif op == "mark":
            if s != "installed":
                raise ZoneError("must-be-installed", zone=z.name, op=op)
        if op in ("move", "detach", "clone-source") and s in BOOTED:
            raise ZoneError("invalid-for-state", zone=z.name, op=op.split("-")[0], state=s)

    def install(self, name: str) -> Zone:
        z = self.get(name)
        self.require(z, "install")
        self._make_os(z)
        self._set(z, "installed")
        return z

    def uninstall(self, name: str) -> None:
        z = self.get(name)
        self.require(z, "uninstall")
        z.os = None
        self._set(z, "configured")

    def clone(self, source: str, target: str) -> Zone:
        src, dst = self.get(source), self.get(target)
        self.require(dst, "clone-target")
        self.require(src, "clone-source")
        self._make_os(dst)
        self._set(dst, "installed")
        return dst

    def move(self, name: str, path: str) -> None:
        z = self.get(name)
        self.require(z, "move")
        z.config.props["zonepath"] = path

    def detach(self, name: str) -> None:
        z = self.get(name)
        self.require(z, "detach")
        self._set(z, "configured")
        z.detached = True                   # the zonepath keeps its contents

    def attach(self, name: str) -> None:
        z = self.get(name)
        self.require(z, "attach")
        if not getattr(z, "detached", False):
            raise ZoneError("attach-not-detached", zone=name)
        z.detached = False
        if z.os is None:
            self._make_os(z)
        self._set(z, "installed")

    def mark_incomplete(self, name: str) -> None:
        z = self.get(name)
        self.require(z, "mark")
        self._set(z, "incomplete")

    def ready(self, name: str) -> bool:
        """-> False when it was ready already (zoneadmd: `zone is already ready`)."""
        z = self.get(name)
        self.require(z, "ready")
        if z.state == "ready":
            return False
        if z.state == "running":
            raise ZoneError("invalid-for-state", zone=name, op="ready", state=z.state)
        self._ready(z)
        return True

    def boot(self, name: str) -> bool:
        """-> False when it was running already (zoneadmd: `zone is already booted`)."""
        z = self.get(name)
        self.require(z, "boot")
        if z.state == "running":
            return False
        if z.state != "ready":
            self._ready(z)
        self._set(z, "running")
        z.booted_at = self.world.clock.now
        return True

    def halt(self, name: str) -> bool:
        """-> False when it was not booted (zoneadmd: `zone is already halted`)."""
        z = self.get(name)
        self.require(z, "halt")
        if z.state not in BOOTED:
            return False
        self._halt(z)
        return True

    def reboot(self, name: str) -> None:
        z = self.get(name)
        self.require(z, "reboot")
        self._halt(z)
        self.boot(name)

    def zone_of(self, name: str):
        """The OS instance of a booted zone."""
        z = self.get(name)
        return z.os

    # what boot and halt do ---------------------------------------------------------------------
    def _ready(self, z: Zone) -> None:
        """Ready: the zone gets its id and its network (zoneadmd's vplat_bringup). A refusal
        undoes what was done and leaves the zone installed."""
        z.applied = []
        try:
            self._bring_up_network(z)
        except Exception:
            self._tear_down(z)
            raise
        z.id = self.next_id
        self.next_id += 1
        self._set(z, "ready")

    def _halt(self, z: Zone) -> None:
        if z.os is not None and z.os._ip is not None and z.os._ip is not self.host._ip:
            z.os._ip.shut_down()
        self._tear_down(z)
        z.id = None
        z.booted_at = None
        if z.os is not None:
            z.os._ip = None
            z.os.ip_factory = self._ip_factory(z)
        self._set(z, "installed")

    def _bring_up_network(self, z: Zone) -> None:
        links = self.host.links
        links.sync_phys()           # a guest's vnet may have new alternate addresses
        cfg = z.config
        exclusive = cfg.iptype(self.dia) == "exclusive"
        from vshell.model.datalinks import DlError
        for r in cfg.resources:
            if r.type == "net" and exclusive:
                link = links.links.get(r.get("physical"))
                if link is None:
                    raise ZoneError("no-link", zone=z.name, link=r.get("physical"))
                if link.zone != GLOBAL or link.opened or links.busy(link) == "ip":
                    raise ZoneError("link-busy", zone=z.name, link=link.name)
                link.zone = z.name
                z.applied.append(("moved", link.name))
            elif r.type == "anet":
                lower = r.get("lower-link") or "auto"
                if lower == "auto":
                    lower = self._auto_lower(links)
                kind = r.get("mac-address") or self.dia.get("anet_mac_default", "auto")
                mac = ""
                if kind not in ("auto", "random", "factory", "vrrp"):
                    mac, kind = kind, "fixed"
                name = f"{z.name}/{r.get('linkname') or 'net0'}"
                try:
                    links.create_vnic(name, lower, mac_kind=kind, mac=mac, temporary=True, zone=z.name,
                                      vid=int(r.get("vlan-id") or 0))
                except DlError as e:
                    raise ZoneError("anet-failed", zone=z.name, link=r.get("linkname") or "net0",
                                    lower=lower, why=e.code) from None
                z.applied.append(("anet", name))
            elif r.type == "net":
                self._shared_address(z, r)
        if not exclusive:
            self._shared_loopback(z)
        if z.os is not None:
            if z.os._ip is not None and z.os._ip is not self.host._ip:
                z.os._ip.shut_down()
            z.os._ip = None
            z.os.ip_factory = self._ip_factory(z)
            if exclusive:
                self._configure_exclusive(z)

    def _auto_lower(self, links) -> str:
        """lower-link=auto: the first physical link that is up (libdladm's choice)  # unverified"""
        phys = links.ordered("phys", zone=GLOBAL)
        up = [k for k in phys if k.state == "up"] or phys
        if not up:
            raise ZoneError("no-lower", lower="auto")
        return up[0].name

    def _shared_address(self, z: Zone, r: Resource) -> None:
        stack = self.host.ip
        phys = r.get("physical")
        iface = stack.find(phys, 4)
        if iface is None:
            iface = stack.plumb(phys, 4)
            z.applied.append(("plumbed", phys))
        text = r.get("address")
        a = ipaddress.ip_interface(text if "/" in text else f"{text}/{classful_prefix(ipaddress.ip_address(text))}")
        try:
            lif = stack.add_lif(iface, a.ip, a.network.prefixlen)
        except IpError as e:
            raise ZoneError("ip-failed", zone=z.name, link=phys, addr=text, why=e.code) from None
        lif.zone = z.name
        stack.set_up(iface, lif, True)
        z.applied.append(("lif", phys, lif.lun))

    def _shared_loopback(self, z: Zone) -> None:
        """A shared-IP zone's own loopback address: a logical interface of lo0 (lo0:1 ...)."""
        stack = self.host.ip
        for fam, addr, plen in ((4, "127.0.0.1", 8), (6, "::1", 128)):
            iface = stack.find("lo0", fam)
            if iface is None:
                continue
            lif = stack.add_lif(iface)          # each zone has its own 127.0.0.1 (no in-use check)
            lif.addr, lif.prefixlen, lif.zone = ipaddress.ip_address(addr), plen, z.name
            stack.set_up(iface, lif, True)
            z.applied.append(("lif", "lo0", lif.lun, fam))

    def _configure_exclusive(self, z: Zone) -> None:
        """An exclusive-IP zone's own configuration at boot: allowed-address (illumos, 11.x
        configure-allowed-address) on each of its links, and defrouter as its default route."""
        stack = z.os.ip
        for r in z.config.resources:
            if r.type not in ("net", "anet"):
                continue
            inside = r.get("physical") if r.type == "net" else (r.get("linkname") or "net0")
            allowed = r.get("allowed-address")
            if not allowed or r.get("configure-allowed-address") == "false":
                continue
            a = ipaddress.ip_interface(allowed.split(",")[0])
            aobj = self.dia.get("from_gz_aobj", "{link}/_a").format(link=inside)
            stack.create_addr(aobj, 4, "from-gz", a.ip, a.network.prefixlen, plumb=True)
            if r.get("defrouter"):
                stack.add_route(4, ipaddress.ip_network("0.0.0.0/0"),
                                ipaddress.ip_address(r.get("defrouter")))

    def _tear_down(self, z: Zone) -> None:
        links = self.host.links
        for item in reversed(z.applied):
            if item[0] == "moved" and item[1] in links.links:
                k = links.links[item[1]]
                k.zone, k.opened = GLOBAL, False
            elif item[0] == "anet" and item[1] in links.links:
                links.links[item[1]].opened = False
                links.delete(item[1])
            elif item[0] == "lif":
                stack = self.host.ip
                iface = stack.find(item[1], item[3] if len(item) > 3 else 4)
                if iface is not None and item[2] in iface.lifs:
                    stack.remove_lif(iface, iface.lifs[item[2]])
            elif item[0] == "plumbed":
                stack = self.host.ip
                if stack.find(item[1], 4) is not None:
                    stack.unplumb(item[1], 4)
        z.applied = []

    # the zone's OS instance ------------------------------------------------------------------------
    def _make_os(self, z: Zone) -> None:
        from vshell.model.host import Host, User
        from vshell.model.vfs import FileSystem

        g = self.host
        clock = self.world.clock
        os_ = Host(name=z.name, kind=g.kind, release=g.release, fs=FileSystem(lambda: clock.unix),
                   prompt=g.prompt, userland=g.userland, nodename=z.name)
        os_.zone = z.name
        os_.global_host = g
        os_.users["root"] = User("root", 0, "/root", g.user("root").password if g.user("root") else None)
        for d in ("/etc", "/tmp", "/var", "/usr", "/opt", "/root", "/dev", "/export/home"):
            os_.fs.mkdir(d, parents=True)
        os_.fs.write("/etc/nodename", z.name + "\n")
        # the zone's /etc/motd comes from the same packages as its global zone's
        motd = g.fs.read("/etc/motd") if g.fs.exists("/etc/motd") else g.release.get("motd", "")
        if motd:
            os_.fs.write("/etc/motd", motd)
        self._declared_os_facts(z, os_)
        os_.links_factory = lambda: g.links
        os_.ip_factory = self._ip_factory(z)
        os_.boot_time = clock.now
        z.os = os_

    def _declared_os_facts(self, z: Zone, os_) -> None:
        """What a world declares about a zone's installed system that no command here makes: its
        last login (wtmpx) and the faults its fault manager holds (host facts `zone_os`)."""
        import datetime as _dt
        decl = (self.host.facts.get("zone_os") or {}).get(z.name) or {}
        os_.last_login = None
        if decl.get("last_login"):
            when = _dt.datetime.fromisoformat(str(decl["last_login"]).replace("Z", "+00:00"))
            if when.tzinfo is None:
                when = when.replace(tzinfo=_dt.timezone.utc)
            os_.last_login = (when, decl.get("last_tty", "console"))
        os_.facts["active_defects"] = int(decl.get("active_defects", 0))

    def _ip_factory(self, z: Zone):
        g = self.host
        if z.config.iptype(self.dia) != "exclusive":
            return lambda: g.ip            # a shared-IP zone uses the global zone's stack

        def make():
            from vshell.model import ip
            from vshell.model.releases import ip_dialect
            stack = ip.IpStack(f"{g.name}/{z.name}", g.links, ip_dialect(g.release.ip_dialect),
                               self.world.events, zone=z.name)
            ip.boot(stack, {"interfaces": []}, None)
            return stack
        return make

    def _set(self, z: Zone, state: str) -> None:
        z.state = state
        self._emit("zone.state", z.name, state=state)

    def _emit(self, kind: str, subject: str, **data) -> None:
        events = getattr(self.world, "events", None)
        if events is not None:
            events.emit(kind, self.host.name, subject, **data)
