"""A Linux host's network devices: the kernel's netdevs as net-tools, bridge-utils, the bonding
driver and the 802.1Q module see them (linux-obp.md §2-5).

Kinds: the loopback, physical Ethernet NICs, bonds (their slaves take the bond's MAC), VLAN
devices over another device, and bridges (ports, STP timers, the forwarding table). Each
device that moves frames has a port on the world's layer-2 graph; a bridge is a segment there.
Statistics stay zero until the data plane moves traffic. Addresses are IPv4 with a label, so
an alias (`vlan100:1`) is an address of its device, as the kernel keeps it.

Refusals are `NetError` with the errno the kernel returns; the tools turn them into words."""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from vshell.model.errors import ModelError
from vshell.model.l2 import int_to_mac, mac_to_int

ZERO_MAC = "00:00:00:00:00:00"

# bonding modes: number -> the names BONDING_OPTS and sysfs accept (bonding.txt)
BOND_MODES = ("balance-rr", "active-backup", "balance-xor", "broadcast", "802.3ad",
              "balance-tlb", "balance-alb")
XMIT_HASH = ("layer2", "layer3+4", "layer2+3")

# bridge defaults (the kernel's br_dev_setup), in seconds
BRIDGE_DEFAULTS = {"hello": 2.0, "max_age": 20.0, "forward_delay": 15.0, "ageing": 300.0}


class NetError(ModelError):
    """code: an errno name ('ENODEV', 'EEXIST', 'EBUSY', 'ENXIO', 'ELOOP', 'EINVAL', 'EPERM',
    'EOPNOTSUPP', 'ERANGE'); info names the device(s)."""


@dataclass
class Addr:
    address: str
    prefix: int
    broadcast: str
    label: str                       # the device's name, or an alias name like vlan100:1

    @property
    def netmask(self) -> str:
        return str(ipaddress.IPv4Network(f"0.0.0.0/{self.prefix}").netmask)


@dataclass
class Stats:
    rx_packets: int = 0
    rx_bytes: int = 0
    rx_errors: int = 0
    rx_dropped: int = 0
    rx_overruns: int = 0
    rx_frame: int = 0
    tx_packets: int = 0
    tx_bytes: int = 0
    tx_errors: int = 0
    tx_dropped: int = 0
    tx_overruns: int = 0
    tx_carrier: int = 0
    collisions: int = 0

    def count(self, tx: bool, nbytes: int) -> None:
        if tx:
            self.tx_packets += 1
            self.tx_bytes += nbytes
        else:
            self.rx_packets += 1
            self.rx_bytes += nbytes


@dataclass
class Bond:
    mode: int = 0
    miimon: int = 0
    updelay: int = 0
    downdelay: int = 0
    lacp_rate: int = 0                   # 0 slow, 1 fast
    xmit_hash_policy: int = 0
    primary: str = ""
    arp_interval: int = 0
    arp_ip_target: list[str] = field(default_factory=list)
    slaves: list[str] = field(default_factory=list)
    active: str = ""                     # the active slave (modes 1, 5, 6)
    failures: dict[str, int] = field(default_factory=dict)


@dataclass
class BridgePort:
    no: int
    priority: int = 0x20                 # 0x8000 >> BR_PORT_BITS: the port id is 0x8000 | no
    cost: int = 100
    hairpin: bool = False
    since: float = 0.0                   # when it was enabled (its STP state runs from there)
    enabled: bool = False


@dataclass
class Bridge:
    priority: int = 0x8000
    stp: bool = False
    hello: float = 2.0
    max_age: float = 20.0
    forward_delay: float = 15.0
    ageing: float = 300.0
    ports: dict[str, BridgePort] = field(default_factory=dict)
    segment: str = ""
    up_since: float | None = None


@dataclass
class NetDev:
    name: str
    kind: str                            # loopback | ether | bond | vlan | bridge
    ifindex: int
    mac: str = ZERO_MAC
    perm_mac: str = ZERO_MAC
    mtu: int = 1500
    txqueuelen: int = 0
    up: bool = False
    cable: bool = True                   # a NIC's link partner is there (the world says)
    master: str = ""                     # the bond or bridge it is enslaved to
    addrs: list[Addr] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    irq: int | None = None
    memory: tuple[int, int] | None = None
    speed: int = 0                       # Mb/s (NICs)
    port: str = ""                       # its port on the layer-2 graph
    flag_bits: set[str] = field(default_factory=set)   # flags copied at creation (old VLAN devices)
    bond: Bond | None = None
    vid: int = 0
    lower: str = ""
    bridge: Bridge | None = None


class NetDevs:
    def __init__(self, host: str, l2, clock, release):
        self.host = host
        self.l2 = l2
        self.clock = clock
        self.release = release             # its OS release (the kernel's behaviours)
        self.devs: dict[str, NetDev] = {}
        self._next_index = 1
        self.bonding_loaded = False
        self.vlan_loaded = False
        self.max_bonds = 1                 # the bonding module's max_bonds (default one)
        self.lacp_partner: dict | None = None   # the switch's LACP partner, when the world has one
        self.vlan_name_type = "DEV_PLUS_VID_NO_PAD"   # how new VLAN devices are named (vconfig set_name_type)
        self.neigh: dict[str, tuple[str, str]] = {}   # the ARP table the data plane fills: ip -> (dev, MAC)

    # lookup ----------------------------------------------------------------------------------
    def get(self, name: str) -> NetDev:
        dev = self.devs.get(name)
        if dev is None:
            raise NetError("ENODEV", dev=name)
        return dev

    def ordered(self) -> list[NetDev]:
        """In ifindex order (/proc/net/dev, `ip link`)."""
        return sorted(self.devs.values(), key=lambda d: d.ifindex)

    def of_kind(self, kind: str) -> list[NetDev]:
        return [d for d in self.ordered() if d.kind == kind]

    def _new(self, name: str, kind: str, **kw) -> NetDev:
        if name in self.devs:
            raise NetError("EEXIST", dev=name)
        if not name or len(name) > 15 or "/" in name or name in (".", "..") or any(c.isspace() for c in name):
            raise NetError("EINVAL", dev=name)
        dev = NetDev(name, kind, self._next_index, **kw)
        self._next_index += 1
        self.devs[name] = dev
        return dev

    # the devices ---------------------------------------------------------------------------
    def add_loopback(self) -> NetDev:
        return self._new("lo", "loopback", mtu=int(self.release.get("lo_mtu", 16436)))

    def add_nic(self, name: str, mac: str, speed: int = 1000, irq: int | None = None,
                memory: tuple[int, int] | None = None, cable: bool = True) -> NetDev:
        dev = self._new(name, "ether", mac=mac.lower(), perm_mac=mac.lower(), txqueuelen=1000,
                        speed=speed, irq=irq, memory=memory, cable=cable)
        dev.port = self.l2.add_port(self.host, f"nd:{name}", mac).id
        return dev

    def add_bond(self, name: str) -> NetDev:
        dev = self._new(name, "bond", bond=Bond())
        self.bonding_loaded = True
        return dev

    def add_vlan(self, lower: str, vid: int, name: str = "") -> NetDev:
        low = self.get(lower)
        if not 0 <= vid <= 4094:
            raise NetError("ERANGE", dev=lower, vid=vid)
        if low.kind == "loopback":
            raise NetError("EOPNOTSUPP", dev=lower)
        if any(d.kind == "vlan" and d.lower == lower and d.vid == vid for d in self.devs.values()):
            raise NetError("EEXIST", dev=name or f"{lower}.{vid}", vid=vid, lower=lower)
        name = name or f"{lower}.{vid}"
        # 2.6.18 copied the real device's flags (MASTER included) into the new one
        copied = set(self.flags(low)) - {"UP", "RUNNING"} if self.release.get("vlan_copies_flags") else set()
        dev = self._new(name, "vlan", mac=low.mac, perm_mac=low.mac, mtu=low.mtu, vid=vid,
                        lower=lower, flag_bits=copied)
        dev.port = self.l2.add_port(self.host, f"nd:{name}", "", pvid=vid).id
        self.vlan_loaded = True
        return dev

    def add_bridge(self, name: str) -> NetDev:
        dev = self._new(name, "bridge", bridge=Bridge())
        dev.bridge.segment = f"bridge:{self.host}/{name}"
        self.l2.add_segment(dev.bridge.segment, "bridge", self.host, name)
        return dev

    def delete(self, name: str) -> None:
        """unregister_netdevice: a bridge must be down (brctl delbr checks that first), the
        rest come down and leave their master."""
        dev = self.get(name)
        if dev.kind == "loopback":
            raise NetError("EPERM", dev=name)
        if dev.kind == "ether":
            raise NetError("EOPNOTSUPP", dev=name)
        if dev.master:
            self._leave_master(dev)
        for upper in [d for d in self.devs.values() if d.kind == "vlan" and d.lower == name]:
            self.delete(upper.name)
        if dev.kind == "bond":
            for s in list(dev.bond.slaves):
                self.release_slave(name, s)
        if dev.kind == "bridge":
            for p in list(dev.bridge.ports):
                self.bridge_delif(name, p)
            self.l2.remove_segment(dev.bridge.segment)
        if dev.port:
            self.l2.remove_port(dev.port)
        del self.devs[name]

    def delete_bridge(self, name: str) -> None:
        dev = self.devs.get(name)
        if dev is None:
            raise NetError("ENXIO", dev=name)
        if dev.kind != "bridge":
            raise NetError("EPERM", dev=name)
        if dev.up:
            raise NetError("EBUSY", dev=name)
        self.delete(name)

    def reset(self) -> None:
        """What a reboot leaves: the loopback and the NICs, down, unconfigured, wearing their
        burned-in MACs; no modules loaded, so no bonds, VLAN devices or bridges."""
        for dev in sorted(self.devs.values(), key=lambda d: -d.ifindex):
            if dev.kind in ("bridge", "vlan", "bond") and dev.name in self.devs:
                dev.up = False
                self.delete(dev.name)
        for dev in self.devs.values():
            dev.up, dev.master = False, ""
            dev.addrs.clear()
            if dev.kind == "ether":
                self._set_mac(dev, dev.perm_mac)
        self.bonding_loaded = self.vlan_loaded = False
        self.max_bonds = 1
        self.neigh.clear()

    # flags and state ----------------------------------------------------------------------
    def carrier(self, dev: NetDev) -> bool:
        if not dev.up:
            return False
        if dev.kind in ("loopback",):
            return True
        if dev.kind == "ether":
            return dev.cable
        if dev.kind == "bond":
            return any(self.carrier(self.devs[s]) for s in dev.bond.slaves if s in self.devs)
        if dev.kind == "vlan":
            low = self.devs.get(dev.lower)
            return low is not None and self.carrier(low)
        if dev.kind == "bridge":
            if self.release.get("bridge_carrier", "always") == "always":
                return True
            return any(self.port_state(dev, p) == "forwarding" for p in dev.bridge.ports)
        return False

    def flags(self, dev: NetDev) -> list[str]:
        """IFF_* names as SIOCGIFFLAGS reports them, in net-tools' order. Promiscuity the kernel
        sets for bridge ports is not reported (dev_get_flags shows only what a user set)."""
        have = set(dev.flag_bits)
        if dev.up:
            have.add("UP")
        if self.carrier(dev):
            have.add("RUNNING")
        if dev.kind == "loopback":
            have.add("LOOPBACK")
        else:
            have |= {"BROADCAST", "MULTICAST"}
        if dev.kind == "bond":
            have.add("MASTER")
        if dev.master and self.devs.get(dev.master) and self.devs[dev.master].kind == "bond":
            have.add("SLAVE")
        order = ("UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT", "NOTRAILERS", "RUNNING",
                 "NOARP", "PROMISC", "ALLMULTI", "SLAVE", "MASTER", "MULTICAST", "DYNAMIC")
        return [f for f in order if f in have]

    def set_up(self, name: str, up: bool = True) -> None:
        dev = self.get(name)
        if dev.up == up:
            return
        if up and dev.kind == "vlan" and not self.devs[dev.lower].up:
            raise NetError("ENETDOWN", dev=name)
        dev.up = up
        if dev.kind == "bridge":
            dev.bridge.up_since = self.clock.now if up else None
        if not up and dev.kind != "vlan":
            # the kernel takes the VLAN devices over it down with it (vlan_device_event)
            for upper in self.devs.values():
                if upper.kind == "vlan" and upper.lower == name:
                    upper.up = False
        self._ports_changed()

    def set_mtu(self, name: str, mtu: int) -> None:
        dev = self.get(name)
        if not 68 <= mtu <= 65535 or (dev.kind == "ether" and mtu > 9000):
            raise NetError("EINVAL", dev=name)
        if dev.kind == "vlan" and mtu > self.devs[dev.lower].mtu:
            raise NetError("ERANGE", dev=name)
        dev.mtu = mtu

    def set_mac(self, name: str, mac: str) -> None:
        dev = self.get(name)
        if dev.kind == "loopback":
            raise NetError("EOPNOTSUPP", dev=name)
        if mac_to_int(mac) >> 40 & 1:
            raise NetError("EADDRNOTAVAIL", dev=name)      # a multicast address
        if dev.kind == "ether" and dev.up:
            raise NetError("EBUSY", dev=name)
        self._set_mac(dev, mac.lower())

    def _set_mac(self, dev: NetDev, mac: str) -> None:
        old = dev.mac
        dev.mac = mac
        if dev.port:
            # the wire sees the address it wears; the burned-in one stays this NIC's
            self.l2.ports[dev.port].mac = mac
        # VLAN devices that wore the old address follow it (vlan_device_event CHANGEADDR)
        for upper in self.devs.values():
            if upper.kind == "vlan" and upper.lower == dev.name and upper.mac == old:
                self._set_mac(upper, mac)
        if dev.master and self.devs.get(dev.master) and self.devs[dev.master].kind == "bridge":
            self._bridge_mac(self.devs[dev.master])

    # addresses -----------------------------------------------------------------------------
    def set_addr(self, label: str, address: str, prefix: int | None = None,
                 broadcast: str | None = None) -> Addr:
        """SIOCSIFADDR on `label` (a device or an alias of one): the address replaces the
        label's address, with the class netmask unless one is given."""
        devname = label.split(":")[0]
        dev = self.get(devname)
        ip = ipaddress.IPv4Address(address)
        if prefix is None:
            first = int(ip) >> 24
            prefix = 8 if first < 128 else 16 if first < 192 else 24
        net = ipaddress.IPv4Network(f"{ip}/{prefix}", strict=False)
        bcast = broadcast or (str(net.broadcast_address) if prefix < 31 else "0.0.0.0")
        existing = next((a for a in dev.addrs if a.label == label), None)
        if existing is not None:
            existing.address, existing.prefix, existing.broadcast = str(ip), prefix, bcast
            return existing
        addr = Addr(str(ip), prefix, bcast, label)
        dev.addrs.append(addr)
        return addr

    def addr_of(self, label: str) -> Addr | None:
        dev = self.devs.get(label.split(":")[0])
        if dev is None:
            return None
        return next((a for a in dev.addrs if a.label == label), None)

    def del_addr(self, label: str) -> None:
        dev = self.get(label.split(":")[0])
        dev.addrs = [a for a in dev.addrs if a.label != label]

    def aliases(self, dev: NetDev) -> list[Addr]:
        return [a for a in dev.addrs if a.label != dev.name]

    # bonding ---------------------------------------------------------------------------------
    def bond_set(self, name: str, **opts) -> None:
        """Bonding parameters (sysfs or module options); mode only while the bond is down and
        has no slaves, as the driver insists."""
        dev = self.get(name)
        if dev.kind != "bond":
            raise NetError("ENODEV", dev=name)
        b = dev.bond
        if "mode" in opts and opts["mode"] != b.mode:
            if dev.up or b.slaves:
                raise NetError("EPERM", dev=name, option="mode")
            b.mode = opts.pop("mode")
        for k, v in opts.items():
            setattr(b, k, v)

    def bond_param(self, name: str, key: str, value: str) -> None:
        """One bonding parameter as the driver takes it through sysfs or module options: the
        text written (a mode by name or number, `fast`, `layer3+4`, `+10.0.0.1` ...)."""
        ints = {"miimon", "updelay", "downdelay", "arp_interval"}
        if key == "mode":
            v = value.split()[0] if value.split() else ""
            mode = int(v) if v.isdigit() and int(v) < len(BOND_MODES) else \
                BOND_MODES.index(v) if v in BOND_MODES else None
            if mode is None:
                raise NetError("EINVAL", dev=name, option=key, value=value)
            self.bond_set(name, mode=mode)
        elif key in ints:
            if not value.isdigit():
                raise NetError("EINVAL", dev=name, option=key, value=value)
            self.bond_set(name, **{key: int(value)})
        elif key == "lacp_rate":
            rates = {"slow": 0, "fast": 1, "0": 0, "1": 1}
            if value not in rates:
                raise NetError("EINVAL", dev=name, option=key, value=value)
            self.bond_set(name, lacp_rate=rates[value])
        elif key == "xmit_hash_policy":
            v = XMIT_HASH.index(value) if value in XMIT_HASH else int(value) if value.isdigit() else -1
            if not 0 <= v < len(XMIT_HASH):
                raise NetError("EINVAL", dev=name, option=key, value=value)
            self.bond_set(name, xmit_hash_policy=v)
        elif key == "primary":
            self.bond_set(name, primary=value)
        elif key == "arp_ip_target":
            targets = [t for t in value.split(",") if t]
            for t in targets:
                ipaddress.IPv4Address(t.lstrip("+"))
            self.bond_set(name, arp_ip_target=[t.lstrip("+") for t in targets])
        else:
            raise NetError("ENOENT", dev=name, option=key)

    def enslave(self, bond: str, slave: str) -> None:
        master, dev = self.get(bond), self.get(slave)
        if master.kind != "bond":
            raise NetError("EOPNOTSUPP", dev=bond)
        if dev.kind not in ("ether", "vlan", "bond") or dev is master:
            raise NetError("EPERM", dev=slave)
        if dev.master:
            raise NetError("EBUSY", dev=slave)
        b = master.bond
        dev.master = bond
        b.slaves.append(slave)
        b.failures.setdefault(slave, 0)
        if master.mac == ZERO_MAC:
            self._set_mac(master, dev.perm_mac)
        if b.mode not in (5, 6):
            self._set_mac(dev, master.mac)
        if not b.active and b.mode in (1, 5, 6):
            b.active = slave
        dev.up = True                     # the driver opens the slave
        self._ports_changed()

    def release_slave(self, bond: str, slave: str) -> None:
        master, dev = self.get(bond), self.get(slave)
        if master.kind != "bond":
            raise NetError("EOPNOTSUPP", dev=bond)
        if dev.master != bond:
            raise NetError("EINVAL", dev=slave)
        master.bond.slaves.remove(slave)
        dev.master = ""
        dev.up = False                    # the driver closes the slave it lets go
        self._set_mac(dev, dev.perm_mac)
        if master.bond.active == slave:
            master.bond.active = master.bond.slaves[0] if master.bond.slaves else ""
        if not master.bond.slaves:
            self._set_mac(master, ZERO_MAC)
        self._ports_changed()

    def _leave_master(self, dev: NetDev) -> None:
        m = self.devs.get(dev.master)
        if m is None:
            dev.master = ""
        elif m.kind == "bond":
            self.release_slave(m.name, dev.name)
        else:
            self.bridge_delif(m.name, dev.name)

    # bridges -----------------------------------------------------------------------------------
    def _port_and_bridge(self, bridge: str, ifname: str) -> tuple[NetDev, NetDev]:
        """SIOCBRADDIF/DELIF's lookups: the interface, then the bridge (ENODEV either way;
        brctl tells them apart by asking which one exists)."""
        dev = self.devs.get(ifname)
        if dev is None:
            raise NetError("ENODEV", dev=ifname, missing="interface")
        return dev, self._bridge(bridge)

    def bridge_addif(self, bridge: str, ifname: str) -> None:
        dev, br = self._port_and_bridge(bridge, ifname)
        if dev.kind == "loopback":
            raise NetError("EINVAL", dev=ifname)
        if dev.kind == "bridge":
            raise NetError("ELOOP", dev=ifname)
        if dev.master:
            raise NetError("EBUSY", dev=ifname)
        used = {p.no for p in br.bridge.ports.values()}
        no = next(n for n in range(1, 1025) if n not in used)
        br.bridge.ports[ifname] = BridgePort(no, cost=self._path_cost(dev))
        dev.master = bridge
        if dev.port:
            self.l2.attach(self.l2.ports[dev.port], br.bridge.segment)
        self._bridge_mac(br)
        self._ports_changed()

    def bridge_delif(self, bridge: str, ifname: str) -> None:
        dev, br = self._port_and_bridge(bridge, ifname)
        if ifname not in br.bridge.ports:
            raise NetError("EINVAL", dev=ifname, bridge=bridge)
        del br.bridge.ports[ifname]
        dev.master = ""
        if dev.port:
            self.l2.detach(self.l2.ports[dev.port])
        self._bridge_mac(br)

    def _path_cost(self, dev: NetDev) -> int:
        # br_if.c port_cost(): from the link speed where ethtool gives one, else 100 (the
        # "old 10Mbps" guess) -- VLAN and bond devices of 2.6.18 give none
        speed = dev.speed if dev.kind == "ether" else 0
        return {10000: 2, 1000: 4, 100: 19, 10: 100}.get(speed, 100)

    def _bridge_mac(self, br: NetDev) -> None:
        """A bridge wears the lowest MAC among its ports (br_stp_recalculate_bridge_id)."""
        macs = [self.devs[p].mac for p in br.bridge.ports if p in self.devs]
        br.mac = min(macs, key=mac_to_int) if macs else ZERO_MAC

    def bridge_id(self, br: NetDev) -> str:
        return f"{br.bridge.priority:04x}." + br.mac.replace(":", "")

    def port_state(self, br: NetDev, ifname: str) -> str:
        """STP port state: disabled while the bridge or the port is down; forwarding at once
        without STP; with STP, listening and learning for a forward delay each on the clock."""
        p = br.bridge.ports[ifname]
        dev = self.devs.get(ifname)
        if not br.up or dev is None or not self.carrier(dev):
            return "disabled"
        if not br.bridge.stp:
            return "forwarding"
        start = max(p.since, br.bridge.up_since or 0.0)
        waited = self.clock.now - start
        fd = br.bridge.forward_delay
        return "listening" if waited < fd else "learning" if waited < 2 * fd else "forwarding"

    def set_stp(self, bridge: str, on: bool) -> None:
        br = self._bridge(bridge)
        if on and not br.bridge.stp:
            for p in br.bridge.ports.values():
                p.since = self.clock.now
        br.bridge.stp = on

    def set_bridge_param(self, bridge: str, what: str, value) -> None:
        br = self._bridge(bridge)
        setattr(br.bridge, what, value)

    def set_port_param(self, bridge: str, port: str, what: str, value) -> None:
        br = self._bridge(bridge)
        if port not in self.devs:
            raise NetError("ENODEV", dev=port, missing="interface")
        if port not in br.bridge.ports:
            raise NetError("EINVAL", dev=port, bridge=bridge)
        if what == "priority" and not 0 <= value < 1 << 6:
            raise NetError("ERANGE", dev=port)      # 6 bits above the 10 of the port number
        setattr(br.bridge.ports[port], what, value)

    def _bridge(self, name: str) -> NetDev:
        br = self.devs.get(name)
        if br is None:
            raise NetError("ENODEV", dev=name, missing="bridge")
        if br.kind != "bridge":
            raise NetError("EOPNOTSUPP", dev=name)
        return br

    def fdb(self, br: NetDev) -> list[tuple[int, str, bool, float]]:
        """(port no, MAC, local?, ageing timer): each port's own MAC as a local entry, then what
        traffic taught the bridge's segment (the data plane learns it), oldest ageing first."""
        rows: dict[str, tuple[int, str, bool, float]] = {}
        for name, p in br.bridge.ports.items():
            dev = self.devs.get(name)
            if dev is not None and dev.mac != ZERO_MAC and dev.mac not in rows:
                rows[dev.mac] = (p.no, dev.mac, True, 0.0)
        self.l2.age(br.bridge.segment, self.clock.now, br.bridge.ageing)
        seg = self.l2.segments.get(br.bridge.segment)
        if seg is not None:
            for (vlan, mac), pid in seg.fdb.items():
                port = next((p for n, p in br.bridge.ports.items()
                             if self.devs.get(n) and self.devs[n].port == pid), None)
                if port is not None and mac not in rows:
                    at = seg.seen.get((vlan, mac))
                    rows[mac] = (port.no, mac, False, self.clock.now - at if at is not None else 0.0)
        return sorted(rows.values(), key=lambda r: mac_to_int(r[1]))

    def _ports_changed(self) -> None:
        # a port that comes up under STP starts listening from now
        for br in self.of_kind("bridge"):
            for name, p in br.bridge.ports.items():
                dev = self.devs.get(name)
                live = br.up and dev is not None and self.carrier(dev)
                if live and not p.enabled:
                    p.since = self.clock.now
                p.enabled = live


def nic_mac(streams, host: str, index: int, oui: int = 0x00144F) -> str:
    """A NIC's burned-in MAC from the seed, in a vendor's block (Sun's by default)."""
    r = streams.fixed("linux-nic-mac", f"{host}/{index}")
    return int_to_mac(oui << 24 | r.randrange(1 << 24))
