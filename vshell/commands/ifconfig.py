"""ifconfig on Solaris and illumos: the IP interfaces of the host's IP instance (vshell/model/ip.py).

The language is illumos ifconfig.c's: an interface name (or -a with its letters), an optional
address family, then keywords from grammar/ifconfig.keywords.toml and addresses, each acted on
in turn for the current logical interface (addif moves to the new one). What it prints on a
refusal follows the source (Perror0/Perror2, ipadmerr_exit); the release's dialect
(state/releases.toml [ip.*]) says what `ifconfig` alone does and which generation of error
texts the plumbing speaks."""
from __future__ import annotations

import ipaddress
import tomllib

from vshell.commands.clib import atoi as _atoi
from vshell import messages
from vshell.commands import not_simulated
from vshell.commands.ipcommon import Exit
from vshell.data import data_path
from vshell.model import releases
from vshell.model.datalinks import link_ntoa, parse_mac
from vshell.model.ip import IFF, LIFNAMSIZ, AF, IpError, classful_prefix

FAMILY = {"inet": 4, "inet6": 6}
# bits that belong to the interface (the kernel's IFF_PHYINT_FLAGS and IFF_PHYINTINST_FLAGS):
# the rest belong to one logical interface
INTERFACE_BITS = {"NOTRAILERS", "NOARP", "NONUD", "FAILED", "STANDBY", "INACTIVE", "OFFLINE",
                  "PROMISC", "ALLMULTI", "DEBUG", "NORTEXCH", "XRESOLV", "FIXEDMTU"}
# if_flags_tbl[]'s order (crossbow.md §3), Solaris 11's PHYSRUNNING last (solaris11.md §3)
FLAG_ORDER = ["UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT", "NOTRAILERS", "RUNNING",
              "NOARP", "PROMISC", "ALLMULTI", "INTELLIGENT", "MULTICAST", "MULTI_BCAST",
              "UNNUMBERED", "DHCP", "PRIVATE", "NOXMIT", "NOLOCAL", "DEPRECATED", "ADDRCONF",
              "ROUTER", "NONUD", "ANYCAST", "NORTEXCH", "IPv4", "IPv6", "NOFAILOVER", "FAILED",
              "STANDBY", "INACTIVE", "OFFLINE", "XRESOLV", "CoS", "PREFERRED", "TEMPORARY",
              "FIXEDMTU", "VIRTUAL", "DUPLICATE", "IPMP", "VRRP", "NOACCEPT", "L3PROTECT",
              "PHYSRUNNING"]
DHCP_EXIT = {"success": 0, "failure": 2, "badargs": 3, "timeout": 4}   # dhcpagent_ipc.h  # unverified values
DHCP_WAIT = 30                       # seconds ifconfig waits without `wait` (ifconfig(1M))
DHCP_OPS = ("start", "drop", "ping", "release", "status", "inform", "extend")

_TABLE: dict | None = None


def table() -> dict:
    global _TABLE
    if _TABLE is None:
        with open(data_path("grammar", "ifconfig.keywords.toml"), "rb") as f:
            _TABLE = tomllib.load(f)
    return _TABLE


def flag_names(value: int) -> str:
    names = [n for n in FLAG_ORDER if value & IFF[n]]
    return f"flags={value:x}" + (f"<{','.join(names)}>" if names else "")


def die(text: str, status: int = 1) -> Exit:
    return Exit(status, text + "\n")


def no_such(cmd: str, name: str) -> Exit:
    """Perror0/Perror2 for ENXIO."""
    return die(f"ifconfig: {cmd}: {name}: no such interface")


def main(ctx) -> int:
    stack = ctx.host.ip
    d = releases.ip_dialect(ctx.host.release.ip_dialect)
    run = Run(ctx, stack, d)
    try:
        run.main(ctx.argv[1:])
        return 0
    except Exit as e:
        ctx.err(e.text)
        return e.status


class Run:
    """One ifconfig command line."""

    def __init__(self, ctx, stack, dialect):
        self.ctx, self.stack, self.d = ctx, stack, dialect
        self.af: int | None = None          # afp: the family the line names, None if it names none
        self.all = False

    # the command line ----------------------------------------------------------------------
    def main(self, args: list[str]) -> None:
        if not args:
            if self.d.ifconfig_bare != "all":
                raise Exit(1, table()["usage"])
            args = ["-a"]
        name, rest = args[0], args[1:]
        if len(name) > LIFNAMSIZ - 1:
            raise die(f"{name}: interface name too long")
        if rest and rest[0] in FAMILY:
            self.af, rest = FAMILY[rest[0]], rest[1:]
        elif rest:
            self.af = 4                     # afp defaults to inet once there is more to read
        if not name.startswith("-"):
            self.one(name, self.af or 4, rest)
            return
        on, off = self.letters(name)
        if not self.all:
            raise die(f"ifconfig: {name}: no such interface")
        if rest and rest[0] == "plumb":
            if on or off:
                raise die("ifconfig: invalid syntax used to plumb all interfaces.")
            for link in self.stack.links.ordered() if self.stack.links is not None else []:
                if link.cls not in ("etherstub", "bridge", "overlay") and link.zone == self.stack.zone:
                    self.one(link.name, self.af or 4, rest)
            return
        for iface, lif in self.stack.lifs():
            if lif.disabled or self.shared_view and lif.zone != self.viewer:
                continue
            flags = self.stack.flags(iface, lif)
            if (flags & on) != on or (~flags & off) != off:
                continue
            self.one(iface.lifname(lif.lun), iface.family, rest, listing=True)

    @property
    def viewer(self) -> str:
        """The zone ifconfig runs in."""
        return getattr(self.ctx.host, "zone", "global")

    @property
    def shared_view(self) -> bool:
        """A shared-IP zone sees only its own logical interfaces of the global zone's stack."""
        return self.viewer != self.stack.zone

    def letters(self, word: str) -> tuple[int, int]:
        on = off = 0
        for c in word[1:]:
            if c == "a":
                self.all = True
            elif c == "u":
                on |= IFF["UP"]
            elif c == "d":
                off |= IFF["UP"]
            elif c == "D":
                off |= IFF["DHCP"]
            elif c == "4":
                on |= IFF["IPv4"]
            elif c == "6":
                on |= IFF["IPv6"]
            elif c in "XZv":
                pass
            else:
                text = table()["usage"] if c == "h" else f"ifconfig: illegal option -- {c}\n" + table()["usage"]
                raise Exit(1, text)
        return on, off

    # one interface ------------------------------------------------------------------------
    def one(self, name: str, family: int, args: list[str], listing: bool = False) -> None:
        """ifconfig(): the words for one (logical) interface; none: its status."""
        if not args:
            self.status(name, family, listing)
            return
        if args[0] in ("dhcp", "auto-dhcp"):
            status = self.dhcp(name, args[1:])
            if status:
                raise Exit(status)
            return
        keywords = {k["name"]: k for k in table()["keywords"]}
        af = AF[family]
        netmask = self.prescan(args) if family == 4 else None
        pending = None                      # the source address waiting for a destination
        done = False
        i = 0
        while i < len(args):
            word = args[i]
            kw = keywords.get(word)
            if kw is not None and kw.get("af", af) != af:
                raise die(f"ifconfig: Operation {word} not supported for {af}")
            if pending is not None:
                if kw is None:
                    self.create(name, family, pending, dest=word)
                    pending, done = None, True
                    i += 1
                    continue
                self.create(name, family, pending)
                pending, done = None, True
            if kw is None or kw["do"] == "address":
                if kw is not None:
                    i += 1
                    if i >= len(args):
                        raise die(f"ifconfig: no argument for {word}")
                    word = args[i]
                if done:
                    raise die("ifconfig: cannot configure more than two addresses in one command")
                pending = self.source(name, family, word, netmask)
                i += 1
                continue
            arg = None
            if kw.get("arg") in ("next", "optional"):
                i += 1
                if i < len(args):
                    arg = args[i]
                elif kw["arg"] == "next":
                    raise die(f"ifconfig: no argument for {word}")
            i += 1
            result = self.keyword(kw, name, family, arg, netmask)
            if isinstance(result, tuple):    # addif: the new lif and its address
                name, pending = result
            elif result is False:
                return
        if pending is not None:
            self.create(name, family, pending)

    def keyword(self, kw: dict, name: str, family: int, arg: str | None, netmask):
        do = kw["do"]
        if do == "ignore":
            return None
        if do == "unsimulated":
            raise Exit(not_simulated(self.ctx, f"ifconfig {kw['name']}"))
        return getattr(self, "do_" + do)(kw, name, family, arg, netmask)

    # status --------------------------------------------------------------------------------
    def status(self, name: str, family: int, listing: bool = False) -> None:
        found = self.find(name, family)
        if found is None:
            raise no_such("status: SIOCGLIFFLAGS", name)
        iface, lif = found
        if self.af is not None and self.af != family:
            return
        out = self.header(iface, lif) + self.address(iface, lif)
        if self.af is None:                 # an address family named: no ether line
            out += self.ether(iface, lif)
        self.ctx.out(out)

    def header(self, iface, lif) -> str:
        st = self.stack
        text = f"{iface.lifname(lif.lun)}: {flag_names(st.flags(iface, lif))}"
        if iface.metric:
            text += f" metric {iface.metric}"
        text += f" mtu {iface.mtu} index {iface.index}"
        if lif.zone not in (st.zone, "global", self.viewer):
            text += "\n\tall-zones" if lif.zone == "all-zones" else f"\n\tzone {lif.zone}"
        return text + "\n"

    def address(self, iface, lif) -> str:
        st = self.stack
        flags = st.flags(iface, lif)
        addr = lif.addr if lif.addr is not None else st.unset(iface.family)
        if iface.family == 6:
            text = "\tinet6 " if flags & IFF["NOLOCAL"] else f"\tinet6 {addr}/{lif.prefixlen} "
            if flags & IFF["POINTOPOINT"] and lif.dest is not None:
                text += f"--> {lif.dest} "
        else:
            text = "\tinet " if flags & IFF["NOLOCAL"] else f"\tinet {addr} "
            if flags & IFF["POINTOPOINT"]:
                text += f"--> {lif.dest or '0.0.0.0'} "
            mask = (0xFFFFFFFF << (32 - lif.prefixlen)) & 0xFFFFFFFF if lif.prefixlen else 0
            text += f"netmask {mask:x} "
            if flags & IFF["BROADCAST"]:
                b = st.broadcast(iface, lif)
                if b is not None and int(b):
                    text += f"broadcast {b}"
        if lif.lun == 0 and iface.group:
            text += f"\n\tgroupname {iface.group}"
        return text + "\n"

    def ether(self, iface, lif) -> str:
        """print_ifether(): a link's address, for a privileged caller (dlpi_open needs it), not for
        a logical interface's name (no such link), lo0 (VIRTUAL) or an IPMP interface."""
        if lif.lun or iface.loopback or iface.group == iface.name or not self.privileged or self.shared_view:
            return ""
        mac = self.stack.mac(iface)
        return f"\tether {link_ntoa(mac)}\n" if mac else ""

    # addresses -----------------------------------------------------------------------------
    def find(self, name: str, family: int):
        try:
            base, lun = self.stack.split(name)
        except IpError:
            return None
        iface = self.stack.find(base, family)
        if iface is None or lun not in iface.lifs:
            return None
        return iface, iface.lifs[lun]

    def parse_addr(self, word: str, family: int, slash: bool = True):
        """in_getaddr/in6_getaddr: -> (address, prefix or None)."""
        text, prefix = word, None
        if "/" in word:
            if not slash:
                raise die(f"ifconfig: {word}: unexpected '/'")
            text, _, plen = word.partition("/")
            top = 32 if family == 4 else 128
            if not plen.lstrip("-").isdigit() or not 0 <= int(plen) <= top:
                raise die(f"ifconfig: Bad prefix length in {word}")
            prefix = int(plen)
        addr = self.resolve(text, family)
        if addr is None:
            raise die(f"ifconfig: {word}: bad address")
        return addr, prefix

    def resolve(self, text: str, family: int):
        """getipnodebyname: a literal, or a name in the host's /etc/hosts (/etc/inet/hosts)."""
        try:
            a = ipaddress.ip_address(text)
            return a if a.version == family else None
        except ValueError:
            pass
        if family == 4 and text.lower().startswith("0x"):
            try:
                return ipaddress.IPv4Address(int(text, 16))
            except ValueError:
                return None
        for parts in self.table_file("/etc/inet/hosts", "/etc/hosts"):
            if len(parts) > 1 and text in parts[1:]:
                try:
                    a = ipaddress.ip_address(parts[0])
                except ValueError:
                    continue
                if a.version == family:
                    return a
        return None

    def table_file(self, *paths: str) -> list[list[str]]:
        """The words of each line of the first of `paths` the host has (comments dropped)."""
        fs = self.ctx.fs
        for path in paths:
            if fs.exists(path):
                try:
                    text = fs.read(path)
                except Exception:
                    return []
                return [w for w in (line.split("#", 1)[0].split() for line in text.splitlines()) if w]
        return []

    def prescan(self, args: list[str]):
        """ifconfig()'s netmask "hack": the last netmask on the line is the one an address gets.
        -> None, "+" or a prefix length."""
        found = None
        for i, w in enumerate(args):
            if w == "netmask" and i + 1 < len(args):
                found = "+" if args[i + 1] == "+" else self.mask_prefix(args[i + 1])
        return found

    def mask_prefix(self, word: str) -> int:
        mask = self.parse_addr(word, 4, slash=False)[0]
        return bin(int(mask)).count("1")

    def source(self, name: str, family: int, word: str, netmask):
        """setifaddr(): the address to set, its prefix settled as the source settles it."""
        if word.startswith("/"):
            self.set_prefix(name, family, word)
            return None
        addr, prefix = self.parse_addr(word, family)
        if prefix is None:
            if netmask == "+" or netmask is None:
                prefix = self.netmasks(addr) if netmask == "+" else None
            else:
                prefix = netmask
        return addr, prefix

    def set_prefix(self, name: str, family: int, word: str) -> None:
        plen = word[1:]
        top = 32 if family == 4 else 128
        if not plen.isdigit() or int(plen) > top:
            raise die(f"ifconfig: Bad prefix length in {word}")
        iface, lif = self.need(name, family, "SIOCSLIFNETMASK")
        self.privilege("SIOCSLIFNETMASK", name)
        self.stack.set_prefix(iface, lif, int(plen))

    def netmasks(self, addr) -> int | None:
        """getnetmaskbyaddr(): /etc/inet/netmasks, if the host has one with the network."""
        natural = ipaddress.IPv4Network(f"{addr}/{classful_prefix(addr)}", strict=False).network_address
        for parts in self.table_file("/etc/inet/netmasks", "/etc/netmasks"):
            try:
                network, mask = ipaddress.IPv4Address(parts[0]), ipaddress.IPv4Address(parts[1])
            except (ValueError, IndexError):
                continue
            if network == natural:
                return bin(int(mask)).count("1")
        return None

    def create(self, name: str, family: int, pending, dest: str | None = None) -> None:
        """ipadm_create_addr() with IPH_LEGACY: the address lands on the named logical interface."""
        if pending is None:
            return
        addr, prefix = pending
        found = self.find(name, family)
        if found is None:
            raise self.unplumbed(name)
        iface, lif = found
        self.privilege("SIOCSLIFADDR", name)
        dst = None
        if dest is not None:
            dst = self.parse_addr(dest, family, slash=False)[0]
        if prefix is None:
            prefix = classful_prefix(addr) if family == 4 else 64
        try:
            self.stack.set_addr(iface, lif, addr, prefix)
        except IpError:
            raise die(messages.text("ifconfig.create-failed", status="Address already in use")) from None
        lif.dest = dst

    def unplumbed(self, name: str) -> Exit:
        """Setting an address on an interface that is not there."""
        if self.d.ifconfig_lib == "libipadm":
            return no_such("error", name)           # ifconfig_use_libipadm's Perror0_exit("error")
        return no_such("SIOCGLIFNETMASK", name)

    def need(self, name: str, family: int, cmd: str):
        found = self.find(name, family)
        if found is None:
            raise no_such(cmd, name)
        return found

    # privileges ----------------------------------------------------------------------------
    @property
    def privileged(self) -> bool:
        return self.ctx.user.uid == 0 or self.ctx.as_root

    def privilege(self, cmd: str, name: str) -> None:
        if not self.privileged:
            raise die(f"ifconfig: {cmd}: {name}: permission denied")

    # keywords ------------------------------------------------------------------------------
    def do_flags(self, kw, name, family, arg, netmask):
        flag = kw["flag"]
        clear = flag.startswith("-")
        bit = flag.lstrip("-")
        iface, lif = self.need(name, family, "setifflags: SIOCGLIFFLAGS")
        self.privilege("setifflags: SIOCSLIFFLAGS", name)
        if bit == "ROUTER":
            iface.router = not clear
            return None
        if bit == "UP":
            try:
                self.stack.set_up(iface, lif, not clear)
            except IpError:
                raise die(f"ifconfig: setifflags: SIOCSLIFFLAGS: {name}: Address already in use") from None
            return None
        self.stack.set_flag(iface, None if bit in INTERFACE_BITS else lif, bit, not clear)
        return None

    def do_netmask(self, kw, name, family, arg, netmask):
        if arg == "+":
            found = self.find(name, family)
            addr = found[1].addr if found else None
            plen = self.netmasks(addr) if addr is not None else None
            if plen is None:
                return None
            mask = ipaddress.IPv4Address((0xFFFFFFFF << (32 - plen)) & 0xFFFFFFFF)
            self.ctx.out(f"Setting netmask of {name} to {mask}\n")
        else:
            plen = self.mask_prefix(arg)
        iface, lif = self.need(name, family, "SIOCSLIFNETMASK")
        self.privilege("SIOCSLIFNETMASK", name)
        self.stack.set_prefix(iface, lif, plen)
        return None

    def do_broadcast(self, kw, name, family, arg, netmask):
        iface, lif = self.need(name, family, "SIOCGLIFADDR" if arg == "+" else "SIOCSLIFBRDADDR")
        self.privilege("SIOCSLIFBRDADDR", name)
        if arg == "+":
            lif.broadcast = None            # setting the address again resets the broadcast
            return None
        lif.broadcast = self.parse_addr(arg, 4, slash=False)[0]
        return None

    def do_metric(self, kw, name, family, arg, netmask):
        iface, lif = self.need(name, family, "setifmetric: SIOCSLIFMETRIC")
        self.privilege("setifmetric: SIOCSLIFMETRIC", name)
        iface.metric = _atoi(arg)
        return None

    def do_mtu(self, kw, name, family, arg, netmask):
        iface, lif = self.need(name, family, "setifmtu: SIOCSLIFMTU")
        self.privilege("setifmtu: SIOCSLIFMTU", name)
        mtu = _atoi(arg)
        link = self.stack.link_of(iface)
        top = link.mtu if link is not None else iface.mtu
        if not (68 if family == 4 else 1280) <= mtu <= top:
            raise die(f"ifconfig: setifmtu: SIOCSLIFMTU: {name}: Invalid argument")
        iface.mtu = mtu
        return None

    def do_index(self, kw, name, family, arg, netmask):
        iface, lif = self.need(name, family, "setifindex: SIOCSLIFINDEX")
        self.privilege("setifindex: SIOCSLIFINDEX", name)
        index = _atoi(arg)
        st = self.stack
        if index <= 0:
            raise die(f"ifconfig: setifindex: SIOCSLIFINDEX: {name}: Invalid argument")
        if index in st.phyint.values() and st.phyint.get(iface.name) != index:
            raise die(f"ifconfig: setifindex: SIOCSLIFINDEX: {name}: already exists")
        st.phyint[iface.name] = index
        for other in (st.find(iface.name, 4), st.find(iface.name, 6)):
            if other is not None:
                other.index = index
        return None

    def do_plumb(self, kw, name, family, arg, netmask):
        st = self.stack
        lib = self.d.ifconfig_lib == "libipadm"
        try:
            base, lun = st.split(name)
        except IpError:
            raise die(f"ifconfig: cannot plumb {name}: Invalid argument provided") from None
        if not self.privileged:
            if lib:
                raise die(f"ifconfig: cannot plumb {name}: {messages.text('ifconfig.plumb-denied')}")
            raise die(f"ifconfig: plumb: {name}: permission denied")
        try:
            if lun:
                iface = st.find(base, family)
                if iface is None:
                    raise IpError("ENXIO")
                st.add_lif(iface, lun=lun)
            else:
                st.plumb(base, family)
        except IpError as e:
            if e.code == "IF_EXISTS":
                if lib:                     # said, and the line goes on (inetplumb)
                    self.ctx.err(f"ifconfig: cannot plumb {name}: Interface already exists\n")
                    return None
                raise die(messages.text("ifconfig.plumb-exists-ioctl", name=name)) from None
            if e.code == "ENXIO":
                raise die(f"ifconfig: cannot plumb {name}: Interface does not exist") from None
            if lib:
                raise die(f"ifconfig: cannot plumb {name}: {messages.text('ifconfig.plumb-no-link')}") from None
            raise die(messages.text("ifconfig.plumb-no-link-ioctl", name=name)) from None
        return None

    def do_unplumb(self, kw, name, family, arg, netmask):
        st = self.stack
        found = self.find(name, family)
        if found is None:
            raise die(f"ifconfig: cannot unplumb {name}: Interface does not exist")
        self.privilege("SIOCLIFREMOVEIF" if ":" in name else "unplumb", name)
        iface, lif = found
        if lif.lun:
            del iface.lifs[lif.lun]
        else:
            st.unplumb(iface.name, family)
        return False                        # nothing is left to act on

    def do_addif(self, kw, name, family, arg, netmask):
        base = name.split(":")[0] if ":" not in name else name
        if ":" in name:
            raise die(f"ifconfig: addif: bad physical interface name {name}")
        addr, prefix = self.parse_addr(arg, family)
        iface = self.stack.find(base, family)
        if iface is None:
            raise no_such("addif: SIOCLIFADDIF", base)
        self.privilege("addif: SIOCLIFADDIF", base)
        if prefix is None and isinstance(netmask, int):
            prefix = netmask
        elif prefix is None and netmask == "+":
            prefix = self.netmasks(addr)
        if self.stack.find_addr(addr) is not None:
            # the unit is made, the address refused, the unit removed again (createfailed)
            self.ctx.out(f"Created new logical interface {iface.name}:{self._next_lun(iface)}\n")
            raise die(messages.text("ifconfig.create-failed", status="Address already in use"))
        lif = self.stack.add_lif(iface)
        new = iface.lifname(lif.lun)
        self.ctx.out(f"Created new logical interface {new}\n")
        return new, (addr, prefix)

    @staticmethod
    def _next_lun(iface) -> int:
        return next(n for n in range(1, len(iface.lifs) + 2) if n not in iface.lifs)

    def do_removeif(self, kw, name, family, arg, netmask):
        if ":" in name:
            raise die(f"ifconfig: removeif: bad physical interface name {name}")
        addr = self.parse_addr(arg, family, slash=False)[0]
        iface = self.stack.find(name, family)
        if iface is None:
            raise no_such("error", name)
        self.privilege("removeif: SIOCLIFREMOVEIF", name)
        for lif in list(iface.lifs.values()):
            if lif.addr == addr:
                if lif.lun == 0:
                    raise die(f"ifconfig: removeif: cannot remove interface: {name}")
                self.stack.remove_lif(iface, lif)
                return None
        raise die(messages.text("ifconfig.removeif-missing", name=name))

    def do_destination(self, kw, name, family, arg, netmask):
        iface, lif = self.need(name, family, "setifdstaddr: SIOCSLIFDSTADDR")
        self.privilege("setifdstaddr: SIOCSLIFDSTADDR", name)
        lif.dest = self.parse_addr(arg, family, slash=False)[0]
        return None

    def do_zone(self, kw, name, family, arg, netmask):
        if kw["name"] == "zone":
            zones = getattr(self.ctx.host, "zone_names", lambda: ())()
            if arg != "global" and arg not in zones:
                raise die(f"ifconfig: unknown zone '{arg}'")
            zone = arg
        else:
            zone = "all-zones" if kw["name"] == "all-zones" else "global"
        iface, lif = self.need(name, family, "SIOCSLIFZONE")
        self.privilege("SIOCSLIFZONE", name)
        lif.zone = zone
        return None

    def do_ether(self, kw, name, family, arg, netmask):
        if arg is None:
            iface, lif = self.need(name, family, "status: SIOCGLIFFLAGS")
            self.ctx.out(self.header(iface, lif) + self.ether(iface, lif))
            return None
        if ":" in name:
            raise die("ifconfig: cannot change ethernet address of a logical interface")
        try:
            parse_mac(arg)
        except Exception:
            raise die("ifconfig: bad ethernet address") from None
        raise Exit(not_simulated(self.ctx, "ifconfig ether (changing a link's MAC address)"))

    # dhcp ----------------------------------------------------------------------------------
    def dhcp(self, name: str, args: list[str]) -> int:
        """setifdhcp(): ask the world's DHCP server (the leases a world declares)."""
        wait, op = DHCP_WAIT, "start"
        i = 0
        while i < len(args):
            w = args[i]
            if w == "primary":
                pass
            elif w == "wait":
                i += 1
                if i >= len(args):
                    self.ctx.err(table()["usage"])
                    return DHCP_EXIT["badargs"]
                if args[i] == "forever":
                    wait = None
                elif args[i].lstrip("-").isdigit() and int(args[i]) >= 0:
                    wait = int(args[i])
                else:
                    self.ctx.err(table()["usage"])
                    return DHCP_EXIT["badargs"]
            elif w in DHCP_OPS:
                op = w
            else:
                self.ctx.err(table()["usage"])
                return DHCP_EXIT["badargs"]
            i += 1
        if op in ("status", "inform", "extend"):
            return not_simulated(self.ctx, f"ifconfig dhcp {op}")
        if not self.privileged:
            self.ctx.err(messages.text("ifconfig.dhcp-unknown-if", name=name) + "\n")
            return DHCP_EXIT["failure"]
        family = self.af or 4
        found = self.find(name, family)
        if found is None or family != 4:
            self.ctx.err(messages.text("ifconfig.dhcp-unknown-if", name=name) + "\n")
            return DHCP_EXIT["failure"]
        iface, lif = found
        managed = bool(lif.flags & IFF["DHCP"])
        if op in ("release", "drop", "ping"):
            if not managed:
                if op == "ping":
                    return DHCP_EXIT["failure"]
                self.ctx.err(messages.text("ifconfig.dhcp-not-controlled", name=name) + "\n")
                return DHCP_EXIT["failure"]
            if op != "ping":
                lif.flags &= ~(IFF["DHCP"] | IFF["UP"])
                lif.addr, lif.prefixlen = None, 0
            return DHCP_EXIT["success"]
        if managed:
            self.ctx.err(messages.text("ifconfig.dhcp-running", name=name) + "\n")
            return DHCP_EXIT["failure"]
        if self.stack.dhcp(iface, lif):
            return DHCP_EXIT["success"]
        if wait == 0:
            return DHCP_EXIT["success"]
        # no server answers: dhcpagent goes on trying; ifconfig gives up after the wait
        self.ctx.world.clock.advance(wait if wait is not None else 3600)
        self.ctx.err(messages.text("ifconfig.dhcp-timeout", name=name) + "\n")
        return DHCP_EXIT["timeout"]
