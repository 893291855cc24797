"""The virtual I/O of one Logical Domains Manager: the services a domain provides (console
concentrators, disk servers and their volumes, virtual switches) and the devices a domain uses
(virtual network devices, virtual disks, its console).

A virtual switch is a segment of the world's layer-2 graph; each vnet on it is a port that owns
its MAC addresses (primary and alternates), and the switch's forwarding table holds the MACs of
every vnet of a bound domain: the table the data plane, zones and the TUI read. MAC addresses
are unique in the world: every one is claimed in the graph before it is used.

Every operation checks all it needs before it changes anything; random draws (MACs) come last,
so a refused command moves no stream of the seed."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from vshell.model.errors import BadState, Exists, Insufficient, Invalid, NotFound
from vshell.model.l2 import L2Graph, Port, int_to_mac, mac_to_int

# The LDoms Manager's automatic MAC range (ldm.md §3.6): the lower 256K addresses of
# 00:14:4F:F8:00:00 - 00:14:4F:FF:FF:FF; the upper half is for addresses set by hand.
AUTO_MAC_FIRST = 0x00144FF80000
AUTO_MAC_COUNT = 0x40000
AUTO_MAC_TRIES = 64          # stands for "retry until unique or 30 s elapse" (ldm.md §3.6)
DEVALIAS_MAX = 31            # longer device names get no devalias (errors.md §7)
MTU_RANGE = (1500, 16000)    # ldm.md §1.2 (1.3 task pages)
VLAN_RANGE = (1, 4094)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_+#.:;~()-]{0,255}$")   # errors.md §7 naming rule


@dataclass
class Vcc:
    name: str
    domain: str
    port_min: int
    port_max: int


@dataclass
class Volume:
    name: str
    backend: str
    options: tuple[str, ...] = ()
    mpgroup: str = ""


@dataclass
class Vds:
    name: str
    domain: str
    volumes: dict[str, Volume] = field(default_factory=dict)


@dataclass
class Vsw:
    name: str
    domain: str
    mac: str
    auto_mac: bool
    dev_id: int                          # switch@N in its domain
    net_dev: str = ""
    default_vlan_id: int = 1
    pvid: int = 1
    vids: tuple[int, ...] = ()
    mtu: int = 1500
    linkprop: str = ""
    mode: str = ""
    inter_vnet_link: str = "on"
    relay_mode: str = "local"

    @property
    def segment(self) -> str:
        return f"vsw:{self.domain}/{self.name}"


@dataclass
class Vnet:
    name: str
    domain: str
    service: str                         # the vsw's name
    mac: str
    auto_mac: bool
    dev_id: int                          # network@N in its domain
    alt_macs: list[str] = field(default_factory=list)
    auto_alt: list[bool] = field(default_factory=list)
    pvid: int | None = None              # None: the switch's default-vlan-id
    vids: tuple[int, ...] = ()
    mtu: int | None = None               # None: the switch's mtu
    linkprop: str = ""
    mode: str = ""


@dataclass
class Vdisk:
    name: str
    domain: str
    volume: str
    service: str
    dev_id: int                          # disk@N in its domain
    timeout: int | None = None


@dataclass
class Vcons:
    """A domain's console: the group and vcc it asks for, and the port it holds once bound."""

    group: str = ""
    service: str = ""
    port: int | None = None              # asked for with set-vcons port=
    log: str = "on"


@dataclass
class Done:
    """What a virtual I/O command did, for the command to report."""

    warnings: list[str] = field(default_factory=list)     # device names too long for a devalias
    delayed: bool = False                                   # the domain is in delayed reconfiguration


class VirtualIO:
    """Services and devices of one manager. `ldm` is the LDomsManager (domains, their states);
    `l2` the world's layer-2 graph, shared by every host."""

    def __init__(self, ldm, l2: L2Graph | None = None):
        self.ldm = ldm
        self.l2 = l2 if l2 is not None else L2Graph()
        self.vccs: dict[str, Vcc] = {}
        self.vdss: dict[str, Vds] = {}
        self.vsws: dict[str, Vsw] = {}
        self.vnets: dict[tuple[str, str], Vnet] = {}
        self.vdisks: dict[tuple[str, str], Vdisk] = {}
        self.vcons: dict[str, Vcons] = {}
        self.freed_macs: list[str] = []        # auto MACs given back, reused first (ldm.md §3.6)

    # queries ----------------------------------------------------------------------------------
    def provides_services(self, domain: str) -> bool:
        return any(s.domain == domain for s in (*self.vccs.values(), *self.vdss.values(),
                                                *self.vsws.values()))

    def services_of(self, domain: str) -> tuple[list[Vcc], list[Vsw], list[Vds]]:
        return ([s for s in self.vccs.values() if s.domain == domain],
                [s for s in self.vsws.values() if s.domain == domain],
                [s for s in self.vdss.values() if s.domain == domain])

    def vnets_of(self, domain: str) -> list[Vnet]:
        return sorted((v for (d, _), v in self.vnets.items() if d == domain), key=lambda v: v.dev_id)

    def vdisks_of(self, domain: str) -> list[Vdisk]:
        return sorted((v for (d, _), v in self.vdisks.items() if d == domain), key=lambda v: v.dev_id)

    def vnets_on(self, vsw: str) -> list[Vnet]:
        return [v for v in self.vnets.values() if v.service == vsw]

    def volume_users(self, vds: str, volume: str) -> list[Vdisk]:
        return [v for v in self.vdisks.values() if v.service == vds and v.volume == volume]

    def console(self, domain: str) -> Vcons:
        return self.vcons.setdefault(domain, Vcons())

    def console_service(self, domain: str) -> Vcc | None:
        """The vcc a domain's console uses: the one it names, else the first one made."""
        want = self.vcons.get(domain, Vcons()).service
        if want:
            return self.vccs.get(want)
        return next(iter(self.vccs.values()), None)

    def console_group(self, domain: str) -> str:
        # each guest's default console group is its own name (ldm.md §3.7)
        return self.vcons.get(domain, Vcons()).group or domain

    def pvid_of(self, v: Vnet) -> int:
        return v.pvid if v.pvid is not None else self.vsws[v.service].default_vlan_id

    def mtu_of(self, v: Vnet) -> int:
        return v.mtu if v.mtu is not None else self.vsws[v.service].mtu

    def fdb(self, vsw: str) -> dict[tuple[int, str], str]:
        """The switch's MAC table: (VLAN, MAC) -> the port (vnet or the switch) that owns it."""
        return dict(self.l2.segments[self.vsws[vsw].segment].fdb)

    def snapshot(self) -> tuple:
        return tuple(repr(sorted(t.items())) for t in (self.vccs, self.vdss, self.vsws, self.vnets,
                                                      self.vdisks, self.vcons)) + (tuple(self.freed_macs),)

    # MAC addresses ----------------------------------------------------------------------------
    def auto_mac(self, stream: str = "ldoms-mac") -> str:
        """A free address of the automatic range: a recently freed one first, else one drawn
        from the seed, retried while it is held anywhere in the world (ldm.md §3.6)."""
        while self.freed_macs:
            mac = self.freed_macs.pop(0)
            if not self.l2.mac_in_use(mac):
                return mac
        r = self.ldm.streams.stream(stream, self.ldm.host)
        for _ in range(AUTO_MAC_TRIES):
            mac = int_to_mac(AUTO_MAC_FIRST + r.randrange(AUTO_MAC_COUNT))
            if not self.l2.mac_in_use(mac):
                return mac
        raise Insufficient("auto-mac-failed")

    def check_manual_mac(self, mac: str, owner: str = "") -> None:
        value = mac_to_int(mac)
        # Zero and broadcast are refused. A multicast address is not: the 1.2 Admin Guide's
        # list-constraints -x shows a vnet holding 01:14:4f:fa:0f:55  # unverified which ldm refuses
        if value in (0, (1 << 48) - 1):
            raise Invalid("bad-mac", mac=mac)
        held = self.l2.mac_owner(mac)
        if held is not None and held != owner:
            raise Exists("mac-in-use", mac=mac)

    def claim(self, mac: str, owner: str) -> None:
        self.l2.claim_mac(mac, owner)

    def release(self, mac: str, auto: bool) -> None:
        self.l2.release_mac(mac)
        if auto and mac not in self.freed_macs:
            self.freed_macs.append(mac)

    def _port_id(self, domain: str, name: str) -> str:
        return f"{self.ldm.host}/ldm:{domain}:{name}"

    # services ---------------------------------------------------------------------------------
    def add_vcc(self, name: str, domain: str, port_min: int, port_max: int) -> Done:
        self._check_domain_change(domain)
        self._check_name(name, self.vccs, "vcc-exists")
        if not (0 < port_min <= port_max <= 65535):
            raise Invalid("bad-port-range", min=port_min, max=port_max)
        for other in self.vccs.values():
            if port_min <= other.port_max and other.port_min <= port_max:
                raise Exists("port-range-overlap", vcc=other.name, min=port_min, max=port_max)
        self.vccs[name] = Vcc(name, domain, port_min, port_max)
        return self._done(domain, name)

    def set_vcc(self, name: str, port_min: int, port_max: int) -> Done:
        vcc = self._get(self.vccs, name, "no-vcc")
        self._check_domain_change(vcc.domain)
        if not (0 < port_min <= port_max <= 65535):
            raise Invalid("bad-port-range", min=port_min, max=port_max)
        for other in self.vccs.values():
            if other is not vcc and port_min <= other.port_max and other.port_min <= port_max:
                raise Exists("port-range-overlap", vcc=other.name, min=port_min, max=port_max)
        for dom in self._console_users(name):
            port = self.ldm.domains[dom].cons_port
            if not port_min <= port <= port_max:
                raise BadState("vcc-port-in-use", vcc=name, port=port, domain=dom)
        vcc.port_min, vcc.port_max = port_min, port_max
        self._refresh_service(vcc.domain)
        return Done()

    def remove_vcc(self, name: str) -> Done:
        vcc = self._get(self.vccs, name, "no-vcc")
        self._check_domain_change(vcc.domain)
        users = self._console_users(name)
        if users:
            raise BadState("vcc-in-use", vcc=name, domain=users[0])
        del self.vccs[name]
        self._refresh_service(vcc.domain)
        return Done()

    def add_vds(self, name: str, domain: str) -> Done:
        self._check_domain_change(domain)
        self._check_name(name, self.vdss, "vds-exists")
        self.vdss[name] = Vds(name, domain)
        return self._done(domain, name)

    def remove_vds(self, name: str) -> Done:
        vds = self._get(self.vdss, name, "no-vds")
        self._check_domain_change(vds.domain)
        used = [v for v in self.vdisks.values() if v.service == name]
        if used:
            raise BadState("vds-in-use", vds=name, disk=used[0].name, domain=used[0].domain)
        if vds.volumes:
            raise BadState("vds-has-volumes", vds=name, volume=next(iter(vds.volumes)))
        del self.vdss[name]
        self._refresh_service(vds.domain)
        return Done()

    def add_vdsdev(self, vds_name: str, volume: str, backend: str, options=(), mpgroup: str = "",
                   force: bool = False, backend_exists=None) -> Done:
        vds = self._get(self.vdss, vds_name, "no-vds")
        self._check_domain_change(vds.domain)
        if not _NAME.match(volume):
            raise Invalid("bad-device-name", name=volume)
        if volume in vds.volumes:
            raise Exists("volume-exists", volume=volume, vds=vds_name)
        if backend_exists is not None and not backend_exists(backend):
            raise NotFound("backend-missing", backend=backend, domain=vds.domain)
        if not force and not mpgroup:
            for other in vds.volumes.values():
                if other.backend == backend:
                    raise Exists("backend-exported", backend=backend, volume=other.name, vds=vds_name)
        vds.volumes[volume] = Volume(volume, backend, tuple(options), mpgroup)
        return self._done(vds.domain, volume)

    def set_vdsdev(self, vds_name: str, volume: str, options=None, mpgroup=None) -> Done:
        vol = self._volume(vds_name, volume)
        self._check_domain_change(self.vdss[vds_name].domain)
        if options is not None:
            vol.options = tuple(options)
        if mpgroup is not None:
            vol.mpgroup = mpgroup
        return self._done(self.vdss[vds_name].domain, volume, warn=False)

    def remove_vdsdev(self, vds_name: str, volume: str) -> Done:
        self._volume(vds_name, volume)
        vds = self.vdss[vds_name]
        self._check_domain_change(vds.domain)
        users = self.volume_users(vds_name, volume)
        if users:
            raise BadState("volume-in-use", volume=volume, vds=vds_name, disk=users[0].name,
                           domain=users[0].domain)
        del vds.volumes[volume]
        return self._done(vds.domain, volume, warn=False)

    def add_vsw(self, name: str, domain: str, mac: str = "", **props) -> Done:
        self._check_domain_change(domain)
        self._check_name(name, self.vsws, "vsw-exists")
        props = self._check_vsw_props(props)
        if mac:
            self.check_manual_mac(mac)
        used = {s.dev_id for s in self.vsws.values() if s.domain == domain}
        dev_id = props.pop("id", None)
        if dev_id is not None and dev_id in used:
            raise Exists("device-id-in-use", id=dev_id, kind="switch", domain=domain)
        if dev_id is None:
            dev_id = _lowest_free(used)
        auto = not mac
        mac = mac or self.auto_mac()
        vsw = Vsw(name, domain, mac, auto, dev_id, **props)
        self.l2.add_segment(vsw.segment, "vswitch", self.ldm.host, name)
        port = self.l2.add_port(self.ldm.host, f"ldm:{domain}:{name}", mac)
        self.l2.attach(port, vsw.segment)
        self.vsws[name] = vsw
        self._sync_fdb(vsw)
        return self._done(domain, name)

    def set_vsw(self, name: str, mac: str | None = None, **props) -> Done:
        vsw = self._get(self.vsws, name, "no-vsw")
        self._check_domain_change(vsw.domain)
        props = self._check_vsw_props(props)
        pid = self._port_id(vsw.domain, name)
        if mac is not None:
            self.check_manual_mac(mac, owner=pid)
        if mac is not None and mac != vsw.mac:
            self.release(vsw.mac, vsw.auto_mac)
            self.claim(mac, pid)
            self.l2.ports[pid].mac = mac
            vsw.mac, vsw.auto_mac = mac, False
        for k, v in props.items():
            setattr(vsw, k, v)
        self._sync_fdb(vsw)
        return self._done(vsw.domain, name, warn=False)

    def remove_vsw(self, name: str) -> Done:
        vsw = self._get(self.vsws, name, "no-vsw")
        self._check_domain_change(vsw.domain)
        users = self.vnets_on(name)
        if users:
            raise BadState("vsw-in-use", vsw=name, vnet=users[0].name, domain=users[0].domain)
        self.l2.remove_port(self._port_id(vsw.domain, name))
        self.l2.remove_segment(vsw.segment)
        if vsw.auto_mac:
            self.freed_macs.append(vsw.mac)
        del self.vsws[name]
        self._refresh_service(vsw.domain)
        return Done()

    # devices ----------------------------------------------------------------------------------
    def add_vnet(self, name: str, vsw_name: str, domain: str, mac: str = "",
                 alt_macs: tuple[str, ...] = (), **props) -> Done:
        self._check_domain_change(domain)
        if not _NAME.match(name):
            raise Invalid("bad-device-name", name=name)
        if (domain, name) in self.vnets:
            raise Exists("vnet-exists", vnet=name, domain=domain)
        self._get(self.vsws, vsw_name, "no-vsw")
        props = self._check_vnet_props(props)
        pid = self._port_id(domain, name)
        manual = [m for m in ([mac] if mac else []) + [a for a in alt_macs if a != "auto"]]
        if len(set(manual)) != len(manual):
            raise Exists("mac-in-use", mac=next(m for m in manual if manual.count(m) > 1))
        for m in manual:
            self.check_manual_mac(m)
        used = {v.dev_id for v in self.vnets_of(domain)}
        dev_id = props.pop("id", None)
        if dev_id is not None and dev_id in used:
            raise Exists("device-id-in-use", id=dev_id, kind="network", domain=domain)
        if dev_id is None:
            dev_id = _lowest_free(used)
        # the draws: claimed one by one, so two autos in one command never coincide
        claimed = []
        try:
            primary = mac or self._claim_auto(pid, claimed)
            if mac:
                self.claim(mac, pid)
                claimed.append(mac)
            alts, autos = [], []
            for a in alt_macs:
                if a == "auto":
                    alts.append(self._claim_auto(pid, claimed))
                    autos.append(True)
                else:
                    self.claim(a, pid)
                    claimed.append(a)
                    alts.append(a)
                    autos.append(False)
        except Exception:
            for m in claimed:
                self.l2.release_mac(m)
            raise
        vnet = Vnet(name, domain, vsw_name, primary, not mac, dev_id, alts, autos, **props)
        self.l2.ports[pid] = Port(pid, self.ldm.host, f"ldm:{domain}:{name}", primary, list(alts))
        self.l2.attach(self.l2.ports[pid], self.vsws[vsw_name].segment)
        self.vnets[(domain, name)] = vnet
        self._sync_fdb(self.vsws[vsw_name])
        return self._done(domain, name)

    def set_vnet(self, name: str, domain: str, mac: str | None = None, vswitch: str | None = None,
                 alt_macs: tuple[str, ...] | None = None, alt_add: int = 0, **props) -> Done:
        """set-vnet; `alt_macs` replaces the alternates, `alt_add` adds that many auto ones
        (alt-mac-addrs=+auto, auto-alt-mac-addrs=+N: dynamic, ldm.md §1.2)."""
        vnet = self._get(self.vnets, (domain, name), "no-vnet", vnet=name, domain=domain)
        self._check_domain_change(domain)
        props = self._check_vnet_props(props)
        pid = self._port_id(domain, name)
        d = self.ldm.domains[domain]
        if vswitch is not None:
            self._get(self.vsws, vswitch, "no-vsw")
        if mac is not None:
            self.check_manual_mac(mac, owner=pid)
            if d.state == "active" and mac != vnet.mac:
                raise BadState("vnet-mac-active", vnet=name, domain=domain)
        if alt_macs is not None:
            if d.state == "active" and len(alt_macs) <= len(vnet.alt_macs):
                raise BadState("alt-mac-active", vnet=name, domain=domain)
            for a in alt_macs:
                if a != "auto":
                    self.check_manual_mac(a, owner=pid)
        # commit
        if mac is not None and mac != vnet.mac:
            self.release(vnet.mac, vnet.auto_mac)
            self.claim(mac, pid)
            vnet.mac, vnet.auto_mac = mac, False
        if alt_macs is not None:
            keep = [(m, a) for m, a in zip(vnet.alt_macs, vnet.auto_alt) if m in alt_macs]
            for m, a in zip(vnet.alt_macs, vnet.auto_alt):
                if m not in alt_macs:
                    self.release(m, a)
            new_alts, new_auto = [], []
            kept = dict(keep)
            for a in alt_macs:
                if a == "auto":
                    new_alts.append(self._claim_auto(pid, []))
                    new_auto.append(True)
                elif a in kept:
                    new_alts.append(a)
                    new_auto.append(kept[a])
                else:
                    self.claim(a, pid)
                    new_alts.append(a)
                    new_auto.append(False)
            vnet.alt_macs, vnet.auto_alt = new_alts, new_auto
        for _ in range(alt_add):
            vnet.alt_macs.append(self._claim_auto(pid, []))
            vnet.auto_alt.append(True)
        old_vsw = vnet.service
        if vswitch is not None:
            vnet.service = vswitch
            self.l2.attach(self.l2.ports[pid], self.vsws[vswitch].segment)
        for k, v in props.items():
            setattr(vnet, k, v)
        port = self.l2.ports[pid]
        port.mac, port.alt_macs = vnet.mac, list(vnet.alt_macs)
        self._sync_fdb(self.vsws[old_vsw])
        self._sync_fdb(self.vsws[vnet.service])
        return self._done(domain, name, warn=False)

    def remove_vnet(self, name: str, domain: str) -> Done:
        vnet = self._get(self.vnets, (domain, name), "no-vnet", vnet=name, domain=domain)
        self._check_domain_change(domain)
        self._drop_vnet(vnet)
        return self._done(domain, name, warn=False)

    def add_vdisk(self, name: str, volume: str, vds_name: str, domain: str,
                  timeout: int | None = None, dev_id: int | None = None) -> Done:
        self._check_domain_change(domain)
        if not _NAME.match(name):
            raise Invalid("bad-device-name", name=name)
        if (domain, name) in self.vdisks:
            raise Exists("vdisk-exists", vdisk=name, domain=domain)
        vol = self._volume(vds_name, volume)
        users = self.volume_users(vds_name, volume)
        if users and not vol.mpgroup:
            raise BadState("volume-in-use", volume=volume, vds=vds_name, disk=users[0].name,
                           domain=users[0].domain)
        used = {v.dev_id for v in self.vdisks_of(domain)}
        if dev_id is not None and dev_id in used:
            raise Exists("device-id-in-use", id=dev_id, kind="disk", domain=domain)
        if dev_id is None:
            dev_id = _lowest_free(used)
        self.vdisks[(domain, name)] = Vdisk(name, domain, volume, vds_name, dev_id, timeout)
        return self._done(domain, name)

    def set_vdisk(self, name: str, domain: str, volume: tuple[str, str] | None = None,
                  timeout: int | None = None) -> Done:
        disk = self._get(self.vdisks, (domain, name), "no-vdisk", vdisk=name, domain=domain)
        self._check_domain_change(domain)
        if volume is not None:
            vol_name, vds_name = volume
            self._volume(vds_name, vol_name)
            users = [u for u in self.volume_users(vds_name, vol_name) if u is not disk]
            if users:
                raise BadState("volume-in-use", volume=vol_name, vds=vds_name, disk=users[0].name,
                               domain=users[0].domain)
            disk.volume, disk.service = vol_name, vds_name
        if timeout is not None:
            disk.timeout = timeout or None
        return self._done(domain, name, warn=False)

    def remove_vdisk(self, name: str, domain: str) -> Done:
        self._get(self.vdisks, (domain, name), "no-vdisk", vdisk=name, domain=domain)
        self._check_domain_change(domain)
        del self.vdisks[(domain, name)]
        return self._done(domain, name, warn=False)

    def set_vcons(self, domain: str, port: int | None = None, group: str | None = None,
                  service: str | None = None, log: str | None = None,
                  clear_port: bool = False) -> Done:
        d = self.ldm.get(domain)
        if d.control:
            raise BadState("vcons-control", domain=domain)
        if d.state != "inactive":
            raise BadState("vcons-bound", domain=domain)
        self._check_domain_change(domain)
        if service is not None:
            self._get(self.vccs, service, "no-vcc")
        cons = self.console(domain)
        vcc = self.vccs.get(service) if service else self.console_service(domain)
        if port is not None:
            if vcc is not None and not vcc.port_min <= port <= vcc.port_max:
                raise Invalid("port-out-of-range", port=port, vcc=vcc.name,
                              min=vcc.port_min, max=vcc.port_max)
            taken = [n for n, c in self.vcons.items() if n != domain and c.port == port]
            taken += [d.name for d in self.ldm.domains.values() if d.name != domain and d.cons_port == port]
            if taken:
                raise Exists("port-in-use", port=port, domain=taken[0])
        if service is not None:
            cons.service = service
        if group is not None:
            cons.group = group
        if port is not None or clear_port:
            cons.port = port
        if log is not None:
            cons.log = log
        return self._done(domain, "", warn=False)

    # hooks from the manager -------------------------------------------------------------------
    def bind_console(self, domain: str) -> int:
        """The console port a domain takes when it binds: the one it asked for, or the lowest
        free one of its vcc. With no vcc at all the port numbering of the examples (5000 up)
        is kept  # unverified: what ldm does without any vcc was not found."""
        cons = self.vcons.get(domain, Vcons())
        used = {d.cons_port for d in self.ldm.domains.values() if d.cons_port and d.name != domain}
        if cons.port is not None:
            if cons.port in used:
                raise Exists("port-in-use", port=cons.port,
                             domain=next(d.name for d in self.ldm.domains.values() if d.cons_port == cons.port))
            return cons.port
        vcc = self.console_service(domain)
        lo, hi = (vcc.port_min, vcc.port_max) if vcc else (5000, 65535)
        # a port another domain asked for by name is kept for it
        used |= {c.port for n, c in self.vcons.items() if n != domain and c.port is not None}
        for port in range(lo, hi + 1):
            if port not in used:
                return port
        raise Insufficient("port-range-exhausted", vcc=vcc.name if vcc else "", domain=domain)

    def check_bind(self, domain: str) -> None:
        """A domain's devices must point at services that exist (they always do: a service in
        use cannot be removed) and their volumes must be there."""
        for v in self.vdisks_of(domain):
            self._volume(v.service, v.volume)

    def after_state_change(self, domain: str) -> None:
        for vsw in {v.service for v in self.vnets_of(domain)}:
            self._sync_fdb(self.vsws[vsw])

    def check_remove_domain(self, domain: str) -> None:
        vccs, vsws, vdss = self.services_of(domain)
        for vsw in vsws:
            users = [v for v in self.vnets_on(vsw.name) if v.domain != domain]
            if users:
                raise BadState("vsw-in-use", vsw=vsw.name, vnet=users[0].name, domain=users[0].domain)
        for vds in vdss:
            users = [v for v in self.vdisks.values() if v.service == vds.name and v.domain != domain]
            if users:
                raise BadState("vds-in-use", vds=vds.name, disk=users[0].name, domain=users[0].domain)
        for vcc in vccs:
            users = [n for n in self._console_users(vcc.name) if n != domain]
            if users:
                raise BadState("vcc-in-use", vcc=vcc.name, domain=users[0])

    def drop_domain(self, domain: str) -> None:
        """A removed domain takes its devices and services with it."""
        for v in self.vnets_of(domain):
            self._drop_vnet(v)
        for key in [k for k in self.vdisks if k[0] == domain]:
            del self.vdisks[key]
        self.vcons.pop(domain, None)
        vccs, vsws, vdss = self.services_of(domain)
        for s in vsws:
            self.remove_vsw(s.name)
        for s in vdss:
            del self.vdss[s.name]
        for s in vccs:
            del self.vccs[s.name]

    # internals --------------------------------------------------------------------------------
    def _claim_auto(self, pid: str, claimed: list) -> str:
        mac = self.auto_mac()
        self.claim(mac, pid)
        claimed.append(mac)
        return mac

    def _drop_vnet(self, vnet: Vnet) -> None:
        pid = self._port_id(vnet.domain, vnet.name)
        self.l2.remove_port(pid)
        for m, a in [(vnet.mac, vnet.auto_mac), *zip(vnet.alt_macs, vnet.auto_alt)]:
            if a:
                self.freed_macs.append(m)
        del self.vnets[(vnet.domain, vnet.name)]
        self._sync_fdb(self.vsws[vnet.service])

    def _sync_fdb(self, vsw: Vsw) -> None:
        """The switch knows its own MAC and every MAC of each vnet of a bound domain on it, in
        the vnet's port VLAN and its tagged VLANs (LDoms programs them; nothing is learned)."""
        seg = self.l2.segments[vsw.segment]
        seg.fdb.clear()
        own = self._port_id(vsw.domain, vsw.name)
        for vlan in (vsw.pvid, *vsw.vids):
            seg.fdb[(vlan, vsw.mac)] = own
        for v in self.vnets_on(vsw.name):
            d = self.ldm.domains.get(v.domain)
            if d is None or not d.bound:
                continue
            pid = self._port_id(v.domain, v.name)
            for vlan in (self.pvid_of(v), *v.vids):
                for m in (v.mac, *v.alt_macs):
                    seg.fdb[(vlan, m)] = pid

    def _console_users(self, vcc: str) -> list[str]:
        out = []
        for d in self.ldm.domains.values():
            if d.control or not d.bound:
                continue
            svc = self.console_service(d.name)
            if svc is not None and svc.name == vcc:
                out.append(d.name)
        return out

    def _check_domain_change(self, domain: str) -> None:
        self.ldm.get(domain)
        self.ldm._check_others_allowed(domain)

    def _check_name(self, name: str, table: dict, code: str) -> None:
        if not _NAME.match(name):
            raise Invalid("bad-device-name", name=name)
        if name in table:
            raise Exists(code, name=name, domain=table[name].domain)

    def _refresh_service(self, domain: str) -> None:
        """After every change: the flag v follows the services, and views hear of it."""
        d = self.ldm.domains.get(domain)
        if d is not None:
            d.service = self.provides_services(domain)
        self.ldm.events.emit("vio.changed", self.ldm.host, domain)

    def _done(self, domain: str, name: str, warn: bool = True) -> Done:
        self._refresh_service(domain)
        done = Done(delayed=self.ldm.domains[domain].pending is not None)
        if warn and len(name) > DEVALIAS_MAX:
            done.warnings.append(name)
        return done

    @staticmethod
    def _get(table: dict, key, code: str, **info):
        try:
            return table[key]
        except KeyError:
            raise NotFound(code, name=key if isinstance(key, str) else key[1], **info) from None

    def _volume(self, vds_name: str, volume: str) -> Volume:
        vds = self._get(self.vdss, vds_name, "no-vds")
        try:
            return vds.volumes[volume]
        except KeyError:
            raise NotFound("no-volume", volume=volume, vds=vds_name) from None

    def _check_vsw_props(self, props: dict) -> dict:
        out = {k: v for k, v in props.items() if v is not None}
        _check_vlans_mtu(out)
        return out

    def _check_vnet_props(self, props: dict) -> dict:
        # pvid=/mtu= emptied on a vnet mean "the switch's" (None), so they are kept
        out = {k: v for k, v in props.items() if v is not None or k in ("pvid", "mtu")}
        _check_vlans_mtu(out)
        return out


def _check_vlans_mtu(props: dict) -> None:
    for key in ("default_vlan_id", "pvid"):
        if props.get(key) is not None and not VLAN_RANGE[0] <= props[key] <= VLAN_RANGE[1]:
            raise Invalid("bad-vlan-id", value=props[key])
    for vid in props.get("vids") or ():
        if not VLAN_RANGE[0] <= vid <= VLAN_RANGE[1]:
            raise Invalid("bad-vlan-id", value=vid)
    if props.get("mtu") is not None and not MTU_RANGE[0] <= props["mtu"] <= MTU_RANGE[1]:
        raise Invalid("bad-mtu", value=props["mtu"])


def _lowest_free(used: set[int]) -> int:
    n = 0
    while n in used:
        n += 1
    return n
