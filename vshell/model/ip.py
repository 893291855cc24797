"""The IP layer of one OS instance (a global zone, a guest domain; later an exclusive-IP zone):
IP interfaces plumbed on datalinks, their logical interfaces and addresses, ipadm's address
objects, the routing table, forwarding and the neighbour (ARP/NDP) table.

The model follows the illumos kernel's shape: an interface (ill) exists per name and address
family and owns logical interfaces (ipifs) 0..n, each with one address; the interface index is
the phyint's, shared by the v4 and v6 interfaces of a name. Flags are one bit set (IFF_* of
sys/net/if.h, crossbow.md §3): what a person set is stored, what the system implies (RUNNING
from the link, ROUTER from forwarding, IPv4/IPv6, PHYSRUNNING on Solaris 11) is added when the
flags are read, so one value gives both the hex and the names. Interface routes follow the
addresses that are up; static routes are stored. Refusals are IpError with a code the command
layer words (libipadm statuses, errnos)."""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from vshell.model.errors import ModelError

# IFF_* bits (illumos sys/net/if.h; PHYSRUNNING is Oracle Solaris 11's: solaris11.md §3)
IFF = {
    "UP": 0x1, "BROADCAST": 0x2, "DEBUG": 0x4, "LOOPBACK": 0x8, "POINTOPOINT": 0x10,
    "NOTRAILERS": 0x20, "RUNNING": 0x40, "NOARP": 0x80, "PROMISC": 0x100, "ALLMULTI": 0x200,
    "INTELLIGENT": 0x400, "MULTICAST": 0x800, "MULTI_BCAST": 0x1000, "UNNUMBERED": 0x2000,
    "DHCP": 0x4000, "PRIVATE": 0x8000, "NOXMIT": 0x10000, "NOLOCAL": 0x20000,
    "DEPRECATED": 0x40000, "ADDRCONF": 0x80000, "ROUTER": 0x100000, "NONUD": 0x200000,
    "ANYCAST": 0x400000, "NORTEXCH": 0x800000, "IPv4": 0x1000000, "IPv6": 0x2000000,
    "NOACCEPT": 0x4000000, "NOFAILOVER": 0x8000000, "FAILED": 0x10000000,
    "STANDBY": 0x20000000, "INACTIVE": 0x40000000, "OFFLINE": 0x80000000,
    "XRESOLV": 0x100000000, "CoS": 0x200000000, "PREFERRED": 0x400000000,
    "TEMPORARY": 0x800000000, "FIXEDMTU": 0x1000000000, "VIRTUAL": 0x2000000000,
    "DUPLICATE": 0x4000000000, "IPMP": 0x8000000000, "VRRP": 0x10000000000,
    "NOLINKLOCAL": 0x20000000000, "L3PROTECT": 0x40000000000, "PHYSRUNNING": 0x100000000000,
}
# the bits the system decides: a person's `ifconfig` cannot set them
SYSTEM_BITS = (IFF["BROADCAST"] | IFF["LOOPBACK"] | IFF["RUNNING"] | IFF["MULTICAST"]
               | IFF["IPv4"] | IFF["IPv6"] | IFF["VIRTUAL"] | IFF["CoS"] | IFF["PHYSRUNNING"])

LOOPBACK = "lo0"
LOOPBACK_MTU = {4: 8232, 6: 8252}          # crossbow.md §3 (T05, T06)
LIFNAMSIZ = 32
MAX_LUN = 8191                             # ip_addrs_per_if's ceiling: logical units 1..8191  # unverified
AF = {4: "inet", 6: "inet6"}


class IpError(ModelError):
    """code: a libipadm status (IF_EXISTS, ENXIO, ADDROBJ_EXISTS, ...) or an errno name."""


def net(family: int):
    return ipaddress.IPv4Network if family == 4 else ipaddress.IPv6Network


def parse_addr(text: str, family: int | None = None):
    """An address literal -> ip_address, or None. The family, when given, must match."""
    try:
        a = ipaddress.ip_address(text)
    except ValueError:
        return None
    if family is not None and a.version != family:
        return None
    return a


def classful_prefix(addr) -> int:
    """The netmask ifconfig and ipadm give a v4 address without one (class A/B/C)."""
    first = int(addr) >> 24
    return 8 if first < 128 else 16 if first < 192 else 24


def link_local(mac: str):
    """fe80::/10's address for a MAC: the EUI-64 token with the universal/local bit flipped."""
    b = [int(x, 16) for x in mac.split(":")]
    eui = [b[0] ^ 0x02, b[1], b[2], 0xFF, 0xFE, b[3], b[4], b[5]]
    return ipaddress.IPv6Address(bytes([0xFE, 0x80, 0, 0, 0, 0, 0, 0] + eui))


@dataclass
class Lif:
    """A logical interface: one address on an interface (`net0` is lun 0, `net0:1` lun 1)."""

    lun: int
    addr: object = None               # ip_address; None: unset (0.0.0.0 / ::)
    prefixlen: int = 0
    broadcast: object = None          # v4: set explicitly, else derived when BROADCAST
    dest: object = None               # point-to-point peer
    flags: int = 0                    # the bits set on this address (UP, DHCP, ADDRCONF, ...)
    zone: str = "global"
    aobj: str = ""                    # ipadm address object ("net0/v4"); "" for ifconfig's
    atype: str = ""                   # static | dhcp | addrconf
    persistent: bool = False
    disabled: bool = False            # ipadm disable-addr: kept in the configuration, not in the kernel

    @property
    def up(self) -> bool:
        return bool(self.flags & IFF["UP"])


@dataclass
class Interface:
    """An IP interface of one family on a datalink (or the loopback)."""

    name: str
    family: int
    index: int
    mtu: int
    flags: int = 0                    # interface-wide bits a person set (NOARP, ROUTER override ...)
    lifs: dict[int, Lif] = field(default_factory=dict)
    persistent: bool = False          # ipadm create-ip without -t
    router: bool | None = None        # `ifconfig router`/`-router`: None follows forwarding
    group: str = ""                   # IPMP group
    metric: int = 0                   # ifconfig metric (RIP's hop-count bias)

    @property
    def loopback(self) -> bool:
        return self.name == LOOPBACK

    def lifname(self, lun: int) -> str:
        return self.name if lun == 0 else f"{self.name}:{lun}"


@dataclass
class Route:
    family: int
    dest: object                      # ip_network; 0.0.0.0/0 is the default route
    gateway: object                   # ip_address
    ifname: str                       # the outgoing (logical) interface
    flags: str                        # netstat's letters: U G H D S ...
    static: bool = False
    persistent: bool = False

    @property
    def key(self) -> tuple:
        return (self.family, str(self.dest), str(self.gateway), self.ifname)


@dataclass
class Neighbour:
    """An ARP/NDP entry: the data plane adds the dynamic ones, `arp -s` the static ones."""

    family: int
    addr: object
    ifname: str
    mac: str
    static: bool = False
    published: bool = False
    authority: bool = False           # arp -s ... permanent: the entry answers for the address (A)


class IpStack:
    """The IP instance of one OS instance. `links` is its Datalinks (None for a stack without
    links); `caps` the release's IP facts (state/releases.toml [ip.*])."""

    def __init__(self, host: str, links, caps, events=None, zone: str = "global"):
        self.host = host
        self.links = links
        self.caps = caps
        self.events = events
        self.zone = zone
        self.interfaces: dict[tuple[str, int], Interface] = {}
        self.phyint: dict[str, int] = {}          # name -> interface index (v4 and v6 share it)
        self.next_index = 1
        self.static_routes: list[Route] = []
        self.forwarding = {4: False, 6: False}    # the kernel's (routeadm "Current System State")
        self.forward_conf = {4: "disabled", 6: "disabled"}   # routeadm's configuration
        self.routing = {4: False, 6: False}
        self.routing_conf = {4: "disabled", 6: "disabled"}
        self.neighbours: dict[tuple[int, str], Neighbour] = {}
        self.counters: dict[str, list[int]] = {}  # route destination -> [extra refs, use]
        self.leases: dict[str, str] = {}          # interface -> the address its DHCP server offers
        if links is not None:
            links.holds.append(self._hold)

    # queries -------------------------------------------------------------------------------
    def get(self, name: str, family: int) -> Interface:
        iface = self.interfaces.get((name, family))
        if iface is None:
            raise IpError("ENXIO", name=name)
        return iface

    def find(self, name: str, family: int) -> Interface | None:
        return self.interfaces.get((name, family))

    def ordered(self, family: int | None = None) -> list[Interface]:
        """v4 interfaces then v6, each family in index order (the kernel's walk)."""
        fams = (4, 6) if family is None else (family,)
        return [i for f in fams for i in sorted((x for x in self.interfaces.values() if x.family == f),
                                                key=lambda x: x.index)]

    def plumbed(self, name: str) -> bool:
        return (name, 4) in self.interfaces or (name, 6) in self.interfaces

    def split(self, lifname: str) -> tuple[str, int]:
        """'net0:2' -> ('net0', 2). A bad unit is IpError('bad-lun')."""
        name, sep, lun = lifname.partition(":")
        if not sep:
            return name, 0
        if not lun.isdigit() or int(lun) > MAX_LUN:
            raise IpError("ERANGE", name=lifname)
        return name, int(lun)

    def link_of(self, iface: Interface):
        if iface.loopback or self.links is None:
            return None
        return self.link(iface.name)

    def link(self, name: str):
        """The datalink `name` names in this instance: a zone's anet is `zone/net0` to the
        global zone and `net0` inside."""
        if self.links is None:
            return None
        if self.zone != "global":
            inside = self.links.links.get(f"{self.zone}/{name}")
            if inside is not None:
                return inside
        return self.links.links.get(name)

    def mac(self, iface: Interface) -> str:
        link = self.link_of(iface)
        return self.links.mac_of(link) if link is not None else ""

    def link_up(self, iface: Interface) -> bool:
        if iface.loopback:
            return True
        link, seen = self.link_of(iface), set()
        while link is not None and link.name not in seen:
            # a VNIC or VLAN runs while the link under it does
            if link.state != "up":
                return False
            seen.add(link.name)
            if not link.over or link.cls in ("aggr", "bridge"):
                return True
            link = self.links.links.get(link.over[0])
        return link is not None

    def flags(self, iface: Interface, lif: Lif) -> int:
        """The lif's flags as SIOCGLIFFLAGS answers: set bits plus what the system implies."""
        f = iface.flags | lif.flags | IFF["IPv4" if iface.family == 4 else "IPv6"] | IFF["MULTICAST"]
        if iface.loopback:
            return f | IFF["LOOPBACK"] | IFF["VIRTUAL"] | IFF["RUNNING"]
        if iface.family == 4 and not f & IFF["POINTOPOINT"]:
            f |= IFF["BROADCAST"]
        if self.link_up(iface):
            f |= IFF["RUNNING"]
            if self.caps.get("physrunning"):
                f |= IFF["PHYSRUNNING"]
        if self.caps.get("cos") and iface.family == 4:
            f |= IFF["CoS"]
        router = self.forwarding[iface.family] if iface.router is None else iface.router
        if router:
            f |= IFF["ROUTER"]
        return f

    def broadcast(self, iface: Interface, lif: Lif):
        if iface.family != 4 or lif.addr is None:
            return None
        if lif.broadcast is not None:
            return lif.broadcast
        return ipaddress.IPv4Network(f"{lif.addr}/{lif.prefixlen}", strict=False).broadcast_address

    def unset(self, family: int):
        return ipaddress.ip_address("0.0.0.0" if family == 4 else "::")

    def lifs(self, family: int | None = None) -> list[tuple[Interface, Lif]]:
        return [(i, lif) for i in self.ordered(family) for _, lif in sorted(i.lifs.items())]

    def aobjs(self) -> dict[str, tuple[Interface, Lif]]:
        return {lif.aobj: (i, lif) for i, lif in self.lifs() if lif.aobj}

    def addresses(self, family: int | None = None, up: bool = True) -> list:
        return [lif.addr for i, lif in self.lifs(family) if lif.addr is not None and (lif.up or not up)]

    # plumbing ------------------------------------------------------------------------------
    def plumb(self, name: str, family: int, persistent: bool = False,
              linklocal: bool = True) -> Interface:
        """linklocal: an IPv6 interface gets its link-local address now (ifconfig's legacy
        plumb); libipadm plumbs with IFF_NOLINKLOCAL and leaves :: until create-addr -T addrconf."""
        if (name, family) in self.interfaces:
            raise IpError("IF_EXISTS", name=name)
        if len(name) >= LIFNAMSIZ:
            raise IpError("ENAMETOOLONG", name=name)
        if ":" in name:
            raise IpError("INVALID_IFNAME", name=name)
        link = None
        if name != LOOPBACK:
            link = self.link(name)
            if link is None or link.zone != self.zone:
                raise IpError("NO_LINK", name=name)
            if getattr(link, "cls", "") == "etherstub":
                raise IpError("INVALID_ARG", name=name)   # no MAC client on an etherstub
        index = self.phyint.get(name)
        if index is None:
            index = self.phyint[name] = self.next_index
            self.next_index += 1
        mtu = LOOPBACK_MTU[family] if link is None else link.mtu
        iface = Interface(name, family, index, mtu, persistent=persistent)
        lif0 = iface.lifs[0] = Lif(0, zone=self.zone)
        if family == 6 and link is not None and linklocal:
            lif0.addr, lif0.prefixlen = link_local(self.links.mac_of(link) or "0:0:0:0:0:0"), 10
        self.interfaces[(name, family)] = iface
        if link is not None:
            link.opened = True
        self._emit("ip.plumbed", name, family=family)
        return iface

    def unplumb(self, name: str, family: int) -> None:
        iface = self.get(name, family)
        del self.interfaces[(name, family)]
        self.static_routes = [r for r in self.static_routes
                              if not (r.family == family and self._ifname_base(r.ifname) == name)]
        self.neighbours = {k: n for k, n in self.neighbours.items()
                           if not (n.family == family and n.ifname == name)}
        if not self.plumbed(name):
            del self.phyint[name]
            link = self.link_of(iface)
            if link is not None:
                link.opened = False
        self._emit("ip.unplumbed", name, family=family)

    def _hold(self, link) -> str | None:
        return "ip" if self.plumbed(link.name) or (self.zone != "global" and link.name.startswith(self.zone + "/")
                                                   and self.plumbed(link.name.split("/", 1)[1])) else None

    def shut_down(self) -> None:
        """The instance stops (a zone halts): its interfaces go, and its hold on the links."""
        for iface in list(self.interfaces.values()):
            link = self.link_of(iface)
            if link is not None:
                link.opened = False
        self.interfaces.clear()
        if self.links is not None and self._hold in self.links.holds:
            self.links.holds.remove(self._hold)

    # addresses -----------------------------------------------------------------------------
    def lif(self, name: str, family: int, lun: int = 0) -> tuple[Interface, Lif]:
        iface = self.get(name, family)
        lif = iface.lifs.get(lun)
        if lif is None:
            raise IpError("ENXIO", name=iface.lifname(lun))
        return iface, lif

    def set_addr(self, iface: Interface, lif: Lif, addr, prefixlen: int | None = None) -> None:
        """ifconfig's address: the netmask stays unless given (classful for a v4 address set
        on an interface that had none)."""
        if addr.version != iface.family:
            raise IpError("BADADDR", addr=str(addr))
        if prefixlen is None:
            prefixlen = lif.prefixlen if lif.addr is not None and lif.prefixlen else (
                classful_prefix(addr) if iface.family == 4 else 64 if lif.lun else lif.prefixlen or 64)
        self._check_in_use(addr, (iface, lif))
        lif.addr, lif.prefixlen = addr, prefixlen
        lif.broadcast = None
        self._emit("ip.addr", iface.lifname(lif.lun))

    def set_prefix(self, iface: Interface, lif: Lif, prefixlen: int) -> None:
        lif.prefixlen = prefixlen
        lif.broadcast = None

    def set_up(self, iface: Interface, lif: Lif, up: bool) -> None:
        if up and lif.addr is not None and lif.zone == self.zone:
            self._check_in_use(lif.addr, (iface, lif), up_only=True)
        lif.flags = lif.flags | IFF["UP"] if up else lif.flags & ~IFF["UP"]
        self._emit("ip.addr", iface.lifname(lif.lun))

    def set_flag(self, iface: Interface, lif: Lif | None, name: str, on: bool) -> None:
        bit = IFF[name]
        if lif is None:
            iface.flags = iface.flags | bit if on else iface.flags & ~bit
        else:
            lif.flags = lif.flags | bit if on else lif.flags & ~bit

    def add_lif(self, iface: Interface, addr=None, prefixlen: int | None = None, up: bool = False,
                aobj: str = "", atype: str = "", persistent: bool = False,
                lun: int | None = None) -> Lif:
        """A new logical interface on the lowest free unit (ifconfig addif, ipadm create-addr),
        or on the unit asked for (`ifconfig net0:3 plumb`)."""
        if addr is not None:
            self._check_in_use(addr, None)
        if lun is None:
            lun = next(n for n in range(1, MAX_LUN + 2) if n not in iface.lifs)
        elif lun in iface.lifs:
            raise IpError("IF_EXISTS", name=iface.lifname(lun))
        if lun > MAX_LUN:
            raise IpError("ERANGE", name=iface.name)
        lif = Lif(lun, aobj=aobj, atype=atype, persistent=persistent, zone=self.zone)
        iface.lifs[lun] = lif
        if addr is not None:
            lif.addr = addr
            lif.prefixlen = prefixlen if prefixlen is not None else (
                classful_prefix(addr) if iface.family == 4 else 64)
        if up:
            lif.flags |= IFF["UP"]
        self._emit("ip.addr", iface.lifname(lun))
        return lif

    def remove_lif(self, iface: Interface, lif: Lif) -> None:
        if lif.lun == 0:
            # the :0 address stays with the interface; it loses its address
            lif.addr = None if iface.family == 4 else lif.addr
            lif.flags &= ~IFF["UP"]
            lif.aobj = lif.atype = ""
            lif.broadcast = None
            if iface.family == 4:
                lif.prefixlen = 0
        else:
            del iface.lifs[lif.lun]
        self._emit("ip.addr", iface.lifname(lif.lun))

    def find_addr(self, addr) -> tuple[Interface, Lif] | None:
        for iface, lif in self.lifs(addr.version):
            if lif.addr == addr:
                return iface, lif
        return None

    def _check_in_use(self, addr, mine, up_only: bool = False) -> None:
        if addr.is_unspecified:
            return
        for iface, lif in self.lifs(addr.version):
            if (iface, lif) == mine or lif.addr != addr:
                continue
            if not up_only or lif.up:
                raise IpError("ADDR_INUSE", addr=str(addr))

    # ipadm's address objects -------------------------------------------------------------------
    def next_aobj(self, name: str, family: int) -> str:
        """The name ipadm gives an address created on an interface: net0/v4, net0/v4a, ..."""
        base = f"{name}/v{family}"
        taken = self.aobjs()
        if base not in taken:
            return base
        for c in "abcdefghijklmnopqrstuvwxyz":
            if base + c not in taken:
                return base + c
        raise IpError("ADDROBJ_EXISTS", aobj=base)

    def create_addr(self, aobj: str, family: int, atype: str, addr=None, prefixlen: int | None = None,
                    down: bool = False, persistent: bool = True, plumb: bool = False) -> Lif:
        """ipadm create-addr: the :0 address if it is free, else a new logical unit."""
        name = aobj.split("/", 1)[0]
        if aobj in self.aobjs():
            raise IpError("ADDROBJ_EXISTS", aobj=aobj)
        iface = self.find(name, family)
        if iface is None and not plumb:
            raise IpError("ENXIO", name=name)
        if addr is not None and atype != "addrconf":
            if addr.version != family:
                raise IpError("BAD_FAMILY")
            self._check_in_use(addr, None)           # before the interface is made for it
        if iface is None:
            iface = self.plumb(name, family, persistent=persistent)
        if atype == "addrconf":
            if family != 6:
                raise IpError("BAD_FAMILY")
            lif = iface.lifs[0]
            if lif.aobj:
                raise IpError("ADDRCONF_EXISTS", aobj=lif.aobj)
            link = self.link_of(iface)
            if lif.addr is None and link is not None:     # plumbed by ipadm: in.ndpd makes it now
                lif.addr, lif.prefixlen = link_local(self.links.mac_of(link) or "0:0:0:0:0:0"), 10
            lif.aobj, lif.atype, lif.persistent = aobj, atype, persistent
            lif.flags |= IFF["UP"] | IFF["ADDRCONF"]
            self._emit("ip.addr", iface.name)
            return lif
        if addr is not None:
            if addr.version != family:
                raise IpError("BAD_FAMILY")
            self._check_in_use(addr, None)
        lif0 = iface.lifs[0]
        free0 = family == 4 and lif0.addr is None and not lif0.aobj
        if free0:
            lif = lif0
            lif.aobj, lif.atype, lif.persistent = aobj, atype, persistent
            if addr is not None:
                lif.addr = addr
                lif.prefixlen = prefixlen if prefixlen is not None else classful_prefix(addr)
        else:
            lif = self.add_lif(iface, addr, prefixlen, aobj=aobj, atype=atype, persistent=persistent)
        if atype == "dhcp":
            lif.flags |= IFF["DHCP"]
            self.dhcp(iface, lif)
        elif not down:
            lif.flags |= IFF["UP"]
        self._emit("ip.addr", iface.name)
        return lif

    def dhcp(self, iface: Interface, lif: Lif) -> bool:
        """Ask the network for a lease: the world declares what its DHCP server offers this
        interface. -> whether one came (the lif is up with it)."""
        lif.flags |= IFF["DHCP"]
        offer = self.leases.get(iface.name) if iface.family == 4 else None
        if offer is None:
            return False
        a = ipaddress.ip_interface(offer)
        self._check_in_use(a.ip, (iface, lif))
        lif.addr, lif.prefixlen = a.ip, a.network.prefixlen
        lif.flags |= IFF["UP"]
        self._emit("ip.addr", iface.name)
        return True

    def delete_addr(self, aobj: str) -> None:
        found = self.aobjs().get(aobj)
        if found is None:
            raise IpError("NOTFOUND", aobj=aobj)
        iface, lif = found
        if lif.atype == "addrconf":
            lif.aobj = lif.atype = ""
            lif.flags &= ~(IFF["UP"] | IFF["ADDRCONF"])
            return
        lif.flags &= ~IFF["DHCP"]
        self.remove_lif(iface, lif)

    # routes -----------------------------------------------------------------------------------
    def routes(self, family: int) -> list[Route]:
        """The forwarding table: the interface routes of the addresses that are up, then the
        static ones, ordered as the dialect's kernel walks them."""
        out: list[Route] = []
        seen = set()
        for iface, lif in self.lifs(family):
            if not lif.up or lif.addr is None or lif.addr.is_unspecified or lif.zone != self.zone:
                continue
            host = iface.loopback or lif.prefixlen == lif.addr.max_prefixlen or lif.dest is not None
            if host:
                dest = net(family)(f"{lif.dest or lif.addr}/{lif.addr.max_prefixlen}")
            else:
                dest = net(family)(f"{lif.addr}/{lif.prefixlen}", strict=False)
            if (dest, iface.name) in seen:
                continue
            seen.add((dest, iface.name))
            out.append(Route(family, dest, lif.addr, iface.lifname(lif.lun), "UH" if host else "U"))
        out.extend(r for r in self.static_routes if r.family == family)
        if self.caps.get("route_order") == "hash":
            # the 2008 kernel's hash walk (one published zone: default, network, loopback)
            return sorted(out, key=lambda r: (r.static is False, r.ifname.startswith(LOOPBACK)))
        return sorted(out, key=lambda r: (int(r.dest.network_address), r.dest.prefixlen))

    def route_for(self, family: int, addr) -> Route | None:
        """The longest-prefix match for `addr`."""
        best = None
        for r in self.routes(family):
            if addr in r.dest and (best is None or r.dest.prefixlen > best.dest.prefixlen):
                best = r
        return best

    def direct(self, family: int, gateway) -> Route | None:
        """The interface route a gateway is reached by (it must be on a local network)."""
        for r in self.routes(family):
            if not r.static and gateway in r.dest:
                return r
        return None

    def add_route(self, family: int, dest, gateway, persistent: bool = False) -> Route:
        for r in self.static_routes:
            if r.family == family and r.dest == dest and r.gateway == gateway:
                raise IpError("EEXIST")
        via = self.direct(family, gateway)
        if via is None:
            raise IpError("ENETUNREACH")
        host = dest.prefixlen == dest.max_prefixlen
        route = Route(family, dest, gateway, via.ifname, "UGH" if host else "UG", static=True,
                      persistent=persistent)
        self.static_routes.append(route)
        self._emit("ip.route", str(dest))
        return route

    def delete_route(self, family: int, dest, gateway=None) -> Route:
        for r in self.static_routes:
            if r.family == family and r.dest == dest and (gateway is None or r.gateway == gateway):
                self.static_routes.remove(r)
                self._emit("ip.route", str(dest))
                return r
        raise IpError("ESRCH")

    def route_counts(self, route: Route) -> tuple[int, int]:
        """(Ref, Use) as netstat -r shows them: the dialect's base references plus what the
        world declares the machine had built up; Use grows with the traffic routed."""
        extra, use = self.counters.get(str(route.dest) if route.dest.prefixlen else "default", (0, 0))
        return self.caps.get("route_ref", 2) + extra, use

    # forwarding -------------------------------------------------------------------------------
    def set_forwarding(self, family: int, on: bool) -> None:
        self.forwarding[family] = on
        self._emit("ip.forwarding", AF[family], on=on)

    # neighbours -------------------------------------------------------------------------------
    def add_neighbour(self, family: int, addr, mac: str, static: bool = False,
                      published: bool = False) -> Neighbour:
        via = self.direct(family, addr)
        if via is None:
            raise IpError("ENETUNREACH")
        n = Neighbour(family, addr, self._ifname_base(via.ifname), mac, static, published)
        self.neighbours[(family, str(addr))] = n
        return n

    # housekeeping -------------------------------------------------------------------------------
    @staticmethod
    def _ifname_base(lifname: str) -> str:
        return lifname.split(":", 1)[0]

    def snapshot(self) -> tuple:
        return (repr(sorted((k, repr(v)) for k, v in self.interfaces.items())), repr(self.phyint),
                self.next_index, repr(self.static_routes), repr(self.forwarding),
                repr(self.forward_conf), repr(self.routing), repr(self.routing_conf),
                repr(sorted(self.neighbours.items())))

    def _emit(self, kind: str, subject: str, **data) -> None:
        if self.events is not None:
            self.events.emit(kind, self.host, subject, **data)


def boot(stack: IpStack, decl: dict, fallback: tuple[str, str] | None) -> None:
    """The configuration the OS instance comes up with: lo0, then the interfaces the world
    declares (`interfaces`), else the link the host is reached by with its address on its
    first network (`fallback`: (address/prefix, link) or None)."""
    for fam in (4, 6) if decl.get("ipv6", True) else (4,):
        lo = stack.plumb(LOOPBACK, fam, persistent=True)
        lif = lo.lifs[0]
        lif.addr = ipaddress.ip_address("127.0.0.1" if fam == 4 else "::1")
        lif.prefixlen = 8 if fam == 4 else 128
        lif.flags |= IFF["UP"]
        lif.aobj, lif.atype, lif.persistent = f"lo0/v{fam}", "static", True
    declared = decl.get("interfaces")
    if declared is None:
        declared = []
        if fallback is not None:
            declared.append({"name": fallback[1], "addr": fallback[0]})
    for d in declared:
        name = d["name"]
        if "index" in d:
            stack.next_index = max(stack.next_index, int(d["index"]))
        iface = stack.plumb(name, 4, persistent=True)
        lif = iface.lifs[0]
        kind = d.get("type", "static")
        if kind == "dhcp":
            stack.leases.setdefault(name, d["addr"])
            stack.dhcp(iface, lif)
            if stack.caps.get("boot_aobjs"):
                lif.aobj, lif.atype, lif.persistent = d.get("aobj", f"{name}/v4"), "dhcp", True
        elif "addr" in d:
            a = ipaddress.ip_interface(d["addr"])
            lif.addr, lif.prefixlen = a.ip, a.network.prefixlen
            lif.flags |= IFF["UP"]
            if stack.caps.get("boot_aobjs"):
                lif.aobj, lif.atype, lif.persistent = d.get("aobj", f"{name}/v4"), "static", True
        if d.get("v6", stack.caps.get("boot_v6")) and decl.get("ipv6", True):
            v6 = stack.plumb(name, 6, persistent=True)
            if stack.caps.get("boot_aobjs"):
                stack.create_addr(f"{name}/v6", 6, "addrconf")
            else:
                stack.set_up(v6, v6.lifs[0], True)
    for r in decl.get("routes") or []:
        dest = r.get("dest", "default")
        fam = 6 if ":" in r["gateway"] else 4
        network = net(fam)("0.0.0.0/0" if dest == "default" and fam == 4 else "::/0" if dest == "default" else dest)
        stack.add_route(fam, network, ipaddress.ip_address(r["gateway"]), persistent=r.get("persistent", True))
    for dest, (ref, use) in (decl.get("route_counters") or {}).items():
        stack.counters[dest] = [int(ref), int(use)]
    stack.leases.update(decl.get("dhcp") or {})
    if decl.get("forwarding"):
        for fam in (4, 6):
            if f"ipv{fam}" in decl["forwarding"]:
                stack.forwarding[fam] = True
                stack.forward_conf[fam] = "enabled"
