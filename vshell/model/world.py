"""A world: hosts, the networks between them, a seed, a virtual clock, declared facts.

A world is built from a declaration (a world file, or the `world` part of saved state: one
schema, see vshell/worlds.py). Every random-looking value comes from the seed's streams."""
from __future__ import annotations

import datetime as _dt
import ipaddress

from vshell.model import platforms, releases, spconfig
from vshell.model.clock import VirtualClock
from vshell.model.errors import Invalid, NotFound
from vshell.model.events import EventBus
from vshell.model.host import Host, User
from vshell.model.l2 import L2Graph, int_to_mac
from vshell.model.ldoms import LDomsManager
from vshell.model.rng import Streams
from vshell.model.units import parse_size
from vshell.model.vfs import FileSystem

SCHEMA = 1
MGMT = "mgmt"

_UPTIME_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> int:
    """'45d 8h 6m' / '9m' / '3600' -> seconds."""
    total = 0
    for part in str(text).split():
        if part.isdigit():
            total += int(part)
        elif part[:-1].isdigit() and part[-1] in _UPTIME_UNITS:
            total += int(part[:-1]) * _UPTIME_UNITS[part[-1]]
        else:
            raise Invalid("duration", value=text)
    return total


def _attach_links(world, host, decl):
    from vshell.model import linkproviders
    return linkproviders.attach(world, host, decl)


def _attach_ip(world, host, decl):
    from vshell.model import ip
    host.links.sync_phys()            # a guest's vnets may have come since its links were made
    stack = ip.IpStack(host.name, host.links, releases.ip_dialect(host.release.ip_dialect), world.events)
    ip.boot(stack, decl, _boot_address(world, host))
    return stack


def _attach_services(world, host):
    from vshell.model import services
    catalogue = releases.ip_dialect(host.release.ip_dialect).get("services", host.release.ip_dialect)
    return services.Services.make(host, catalogue, world.clock, world.streams, world.events)


def _attach_zones(world, host):
    from vshell.model import zones
    return zones.Zones(host, world, host.release.zones_dialect)


def _linux_nics(world, host, decl) -> list[dict]:
    """The NICs a Linux host has: the world's `nics`, else two onboard ones (eth0, eth1) with
    burned-in MACs, IRQs and register windows from the seed (a Broadcom NetXtreme II's
    window size, as in the seed's ifconfig)."""
    from vshell.model.netdevs import nic_mac
    declared = decl.get("nics")
    out = []
    for i, n in enumerate(declared if declared is not None else [{}, {}]):
        r = world.streams.fixed("linux-nic", f"{host.name}/{i}")
        mem = n.get("memory")
        if mem is None:
            base = 0xC8000000 + r.randrange(16) * 0x2000000
            mem = (base, base + 0x11100)
        elif isinstance(mem, str):
            lo, hi = mem.split("-")
            mem = (int(lo, 16), int(hi, 16))
        out.append({"name": n.get("name", f"eth{i}"), "mac": n.get("mac") or nic_mac(world.streams, host.name, i),
                    "speed": int(n.get("speed", 1000)), "irq": n.get("irq", r.choice((16, 17, 18, 19, 23, 24))),
                    "memory": mem, "cable": bool(n.get("cable", True)), "driver": n.get("driver", "bnx2"),
                    "model": n.get("model", "Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet")})
    return out


def _linux_boot_files(world, host, nics) -> None:
    """What the installer left in /etc for the network: ifcfg-lo, an ifcfg file per NIC (the
    first one static on the host's management address, the others off), /etc/sysconfig/network
    and the driver aliases (modprobe.conf on RHEL5, modprobe.d on RHEL6). The world's own files
    are written over these.  # unverified: anaconda's exact key order is from memory"""
    fs = host.fs
    d = "/etc/sysconfig/network-scripts"
    fs.mkdir(d, parents=True)
    fs.write(f"{d}/ifcfg-lo", "DEVICE=lo\nIPADDR=127.0.0.1\nNETMASK=255.0.0.0\nNETWORK=127.0.0.0\n"
             "# If you're having problems with gated making 127.0.0.0/8 a martian,\n"
             "# you can change this to something else (255.255.255.255, for example)\n"
             "BROADCAST=127.255.255.255\nONBOOT=yes\nNAME=loopback\n")
    mgmt = next((n for n in world.networks.values() if n.management), None)
    for i, n in enumerate(nics):
        lines = [f"# {n['model']}", f"DEVICE={n['name']}"]
        addr = host.addresses.get(mgmt.name) if mgmt is not None and i == 0 else None
        if addr:
            net = mgmt.subnet
            lines += ["BOOTPROTO=static", f"BROADCAST={net.broadcast_address}", f"HWADDR={n['mac'].upper()}",
                      f"IPADDR={addr}", f"NETMASK={net.netmask}", f"NETWORK={net.network_address}", "ONBOOT=yes"]
        else:
            lines += ["BOOTPROTO=dhcp", f"HWADDR={n['mac'].upper()}", "ONBOOT=no"]
        fs.write(f"{d}/ifcfg-{n['name']}", "\n".join(lines) + "\n")
    fs.write("/etc/sysconfig/network", f"NETWORKING=yes\nNETWORKING_IPV6=no\nHOSTNAME={host.name}\n")
    aliases = "".join(f"alias {n['name']} {n['driver']}\n" for n in nics)
    if host.release.get("modprobe_conf", True):
        fs.write("/etc/modprobe.conf", aliases)
    else:
        fs.mkdir("/etc/modprobe.d", parents=True)


def _attach_netdevs(world, host, nics, decl):
    from vshell.model.netdevs import NetDevs
    nd = NetDevs(host.name, world.l2, world.clock, host.release)
    nd.add_loopback()
    for n in nics:
        nd.add_nic(n["name"], n["mac"], n["speed"], n["irq"], n["memory"], n["cable"])
    nd.lacp_partner = decl.get("lacp_partner")
    return nd


def _boot_address(world, host) -> tuple[str, str] | None:
    """(address/prefix, link): the host's address on its first network that is not the
    management one (else the management one), on the link it is reached by."""
    links = host.links
    first = next((k for k in links.ordered("phys") if k.opened), None) or next(iter(links.ordered("phys")), None)
    if first is None:
        return None
    nets = sorted(world.networks.values(), key=lambda n: n.management)
    for n in nets:
        if n.name in host.addresses:
            # on the NIC cabled to that network, when the world says which one it is
            cabled = next((k for k in links.ordered("phys")
                           if host.cables.get(k.device) == n.name or host.cables.get(k.name) == n.name), first)
            return f"{host.addresses[n.name]}/{n.subnet.prefixlen}", cabled.name
    return None


class Network:
    def __init__(self, name: str, subnet: str, management: bool = False):
        self.name = name
        self.subnet = ipaddress.ip_network(subnet)
        self.management = management
        self.members: dict[str, str] = {}       # hostname -> address


class World:
    def __init__(self, decl: dict):
        self.decl = decl
        self.name = decl.get("name", "world")
        self.seed = int(decl.get("seed", 1))
        self.streams = Streams(self.seed)
        self.clock = VirtualClock(decl.get("epoch", "2026-01-15T09:00:00Z"))
        self.events = EventBus()
        self.l2 = L2Graph()
        self._taps = None
        self.hosts: dict[str, Host] = {}
        self.networks: dict[str, Network] = {}
        self.facts: dict = dict(decl.get("facts", {}))
        self.default_password: str | None = decl.get("password")
        self.journal: list[tuple[int, str, str]] = []    # (session, kind, line): what was typed
        self._build()

    @property
    def taps(self):
        """The open packet captures (vshell/model/capture.py), made when first wanted so a
        session that never walks a packet does not import them."""
        if self._taps is None:
            from vshell.model.capture import Taps
            self._taps = Taps()
        return self._taps

    # construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        decl = self.decl
        nets = decl.get("networks") or []
        if not any(n.get("management") or n["name"] == MGMT for n in nets):
            nets = [{"name": MGMT, "subnet": "10.0.0.0/24", "management": True}, *nets]
        for n in nets:
            net = Network(n["name"], n.get("subnet", "10.0.0.0/24"), bool(n.get("management") or n["name"] == MGMT))
            self.networks[net.name] = net
            self.l2.add_segment(f"net:{net.name}", "network", name=net.name)
        hosts = decl.get("hosts") or []
        if not hosts:
            raise Invalid("no-hosts")
        for i, h in enumerate(hosts):
            self._add_host(i, h)
        start = decl.get("start", hosts[0]["name"])
        if start not in self.hosts:
            raise Invalid("start-host", host=start)
        self.start_host = start

    def _add_host(self, index: int, h: dict) -> Host:
        name = h["name"]
        if name in self.hosts:
            raise Invalid("duplicate-host", host=name)
        kind = h.get("kind", "sun4v")
        rel = releases.os_release(h.get("release", "solaris-11.4" if kind != "linux" else "ovm-3"))
        clock = self.clock
        host = Host(name=name, kind=kind, release=rel, fs=FileSystem(lambda: clock.unix),
                    prompt=h.get("prompt", ""), facts=dict(h.get("facts", {})))
        uptime = h.get("uptime")
        host.boot_time = -float(parse_duration(uptime) if uptime is not None
                                else self.streams.fixed("uptime", name).randrange(600, 40 * 86400))
        host.declared_uptime = -host.boot_time if uptime is not None else None
        self._add_users(host, h)
        self._skeleton_fs(host, h)
        if kind == "sun4v" and h.get("guest_of"):
            # a guest domain's OS instance: its machine is its control domain's, its devices
            # the ones that domain's manager gives it
            host.platform = platforms.platform(h.get("platform", "T5-2"))
        elif kind == "sun4v":
            plat = platforms.platform(h.get("platform", "T5-2"))
            host.platform = plat
            memory = parse_size(h["memory"]) if "memory" in h else plat.memory
            mac = h.get("mac") or self._system_mac(name)
            host.ldm_release = releases.ldm_release(str(h.get("ldm", "3.6")))
            dynamic = host.ldm_release.get("dynamic_memory", True)
            host.ldm = LDomsManager(name, plat, memory, self.streams, self.clock, self.events,
                                    dynamic_memory=dynamic, dynamic_crypto=dynamic, l2=self.l2)
            host.ldm.declared_uuids = dict(h.get("ldm_uuids") or {})
            host.ldm.declared_loads = dict(h.get("ldm_loads") or {})
            host.ldm.declared_os = dict(h.get("ldm_os") or {})
            host.ldm.factory_default(host.boot_time, mac)
            if "primary" in host.ldm.declared_os:
                host.ldm.domains["primary"].os = host.ldm.declared_os["primary"]
            spconfig.configs(host.ldm)       # tracks changes from the first one on
            self.l2.add_port(name, "sysmac", mac)
        if h.get("guest_of"):
            host.guest_of = (h["guest_of"], h.get("domain", name))
        if rel.family != "linux":
            host.links_factory = lambda: _attach_links(self, host, h)
            self.l2.defer(lambda: host.links)    # its NICs' MACs are claimed before any MAC is judged
            host.ip_factory = lambda: _attach_ip(self, host, h)
            host.services_factory = lambda: _attach_services(self, host)
            if rel.get("zones"):
                host.zones_factory = lambda: _attach_zones(self, host)
        else:
            nics = _linux_nics(self, host, h)
            host.netdevs_factory = lambda: _attach_netdevs(self, host, nics, h)
        self.hosts[name] = host
        # every host is on the management network
        for net in self.networks.values():
            addr = (h.get("addresses") or {}).get(net.name)
            if addr is None and net.management:
                addr = str(net.subnet.network_address + 10 + index)
            if addr is not None:
                net.members[name] = addr
                host.addresses[net.name] = addr
        host.cables = self._cables(host, h, nics if rel.family == "linux" else None)
        if rel.family == "linux":
            _linux_boot_files(self, host, nics)
        self.events.emit("host.added", name)
        return host

    def _cables(self, host: Host, h: dict, linux_nics: list[dict] | None) -> dict[str, str]:
        """Which network each NIC is cabled to: the world's `network` for a NIC, else the first
        NIC is on the network the host's address is brought up on (a guest's vnets are on their
        virtual switch instead)."""
        if host.guest_of is not None:
            return {}
        mgmt = next((n.name for n in self.networks.values() if n.management), None)
        if linux_nics is not None:
            boot = mgmt                           # ifcfg-eth0 holds the management address
            nics = [(n["name"], n["name"], n.get("network")) for n in linux_nics]
            declared = {n.get("name", f"eth{i}"): n.get("network") for i, n in enumerate(h.get("nics") or [])}
            nics = [(d, nm, declared.get(nm)) for d, nm, _ in nics]
        else:
            nets = sorted(self.networks.values(), key=lambda n: n.management)
            boot = next((n.name for n in nets if n.name in host.addresses), None)
            declared = h.get("nics")
            if declared:
                nics = []
                for i, n in enumerate(declared):
                    dev = n.get("device", n.get("name", f"e1000g{i}"))
                    nics.append((dev, n.get("name", dev), n.get("network")))
            elif host.platform is not None and host.platform.nics:
                first = host.platform.nics[0]
                nics = [(first.instance, first.name, None)]
            else:
                nics = [("e1000g0", "net0", None)]
        out = {}
        for i, (dev, name, net) in enumerate(nics):
            net = net or (boot if i == 0 else None)
            if net:
                out[dev] = out[name] = net
        return out

    def _add_users(self, host: Host, h: dict) -> None:
        users = {"root": {"uid": 0, "home": "/root"}}
        users.update(h.get("users") or {})
        for uname, u in users.items():
            uid = int(u.get("uid", 100 + len(host.users)))
            home = u.get("home", "/root" if uid == 0 else f"/export/home/{uname}")
            host.users[uname] = User(uname, uid, home, u.get("password", self.default_password),
                                     profiles=tuple(u.get("profiles", ())))
            if u.get("last_login"):
                # a login before the world began: sshd's "Last login: ... from ..." line
                when = _dt.datetime.fromisoformat(str(u["last_login"]).replace("Z", "+00:00"))
                host.lastlog[uname] = (when.replace(tzinfo=when.tzinfo or _dt.timezone.utc),
                                       str(u.get("last_from", "")))

    def _skeleton_fs(self, host: Host, h: dict) -> None:
        fs = host.fs
        for d in ("/etc", "/tmp", "/var", "/usr", "/opt", "/export/home", "/dev", "/zones"):
            fs.mkdir(d, parents=True)
        fs.lookup("/tmp").mode = 0o1777
        for u in host.users.values():
            node = fs.mkdir(u.home, 0o700 if u.uid == 0 else 0o755, parents=True)
            node.owner = node.group = u.name
        fs.write("/etc/hostname" if host.kind == "linux" else "/etc/nodename", host.name + "\n")
        if host.release.get("ipfilter"):
            # IP Filter's directory, with the commented ipf.conf the package installs  # unverified text
            fs.mkdir("/etc/ipf", parents=True)
            fs.write("/etc/ipf/ipf.conf", "#\n# ipf.conf\n#\n# IP Filter rules to be loaded during startup\n#\n"
                                          "# See ipf(4) manpage for more information on\n# IP Filter rules syntax.\n")
        if host.kind == "sun4v":
            # disk device nodes, for vdsdev back ends: a world names its disks; the default
            # four internal disks are a guess  # unverified per platform
            for disk in h.get("disks", ["c0t0d0", "c0t1d0", "c0t2d0", "c0t3d0"]):
                for kind in ("dsk", "rdsk"):
                    fs.mkdir(f"/dev/{kind}", parents=True)
                    for slice_ in range(8):
                        fs.write(f"/dev/{kind}/{disk}s{slice_}", "", mode=0o640)

    def boot(self) -> None:
        """Bring each Linux host's network up as its init scripts do at boot, once the world's
        files are in place (vshell/worlds.py calls this after provisioning)."""
        for host in self.hosts.values():
            if host.netdevs_factory is not None:
                from vshell.model import netscripts
                netscripts.boot(host)

    def _system_mac(self, name: str) -> str:
        # A burned-in system MAC in Oracle's 00:21:28 block, drawn from the seed.
        r = self.streams.fixed("system-mac", name)
        return int_to_mac(0x002128000000 + r.randrange(1 << 24))

    def rewind_setup(self) -> None:
        """A world's setup commands happened before the world began: the clock goes back to
        its start and so do the times they recorded, except that a host's declared uptime
        still holds for its control domain (a reboot in the setup is part of that history)."""
        elapsed, self.clock.now = self.clock.now, 0.0
        for h in self.hosts.values():
            if h.ldm is None:
                continue
            h.boot_time = -h.declared_uptime if h.declared_uptime is not None else h.boot_time - elapsed
            for d in h.ldm.domains.values():
                if d.started_at is not None:
                    d.started_at = h.boot_time if d.control else d.started_at - elapsed

    def external_host(self, name: str) -> Host | None:
        """The machine a declared external is, to log in to (ssh): made on first use."""
        from vshell.model.exthost import external_host
        return external_host(self, name)

    # queries -------------------------------------------------------------------------------
    def host(self, name: str) -> Host:
        try:
            return self.hosts[name]
        except KeyError:
            raise NotFound("host", host=name) from None

    def resolve(self, from_host: str, target: str) -> Host:
        """Find the host reachable as `target` (a hostname or an address) from `from_host` over
        a network both are on."""
        src = self.host(from_host)
        for net in self.networks.values():
            if from_host not in net.members:
                continue
            for hname, addr in net.members.items():
                if target in (hname, addr) and hname in self.hosts:
                    return self.hosts[hname]
        raise NotFound("route", host=target, source=src.name)
