"""A minimal iproute2 `ip` of the RHEL5/6 era on the netdevs model: `ip link` and `ip addr`.

Layout from iproute2's ipaddress.c of that era: `N: name[@lower]: <FLAGS> mtu M qdisc Q
[master B] [state S] [qlen L]`, then `    link/ether MAC brd ff:ff:ff:ff:ff:ff`, then one
`    inet A/P [brd B] scope global|host [secondary] LABEL` per address (no lifetime line for
IPv4 in these kernels; the model has no IPv6). iproute 2.6.18 (OVM 2) sets links through ioctls
and has no `ip link add/delete`; 2.6.32 (a RHEL6 userland) talks rtnetlink, prints `state`,
and makes and deletes VLAN devices."""
from __future__ import annotations

import ipaddress

from vshell.commands.linux.nettools_common import is_root, iproute_version, mac_ok, strerror
from vshell.messages import text
from vshell.model.netdevs import NetError

FLAG_ORDER = ("LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP", "ALLMULTI", "PROMISC",
              "NOTRAILERS", "DEBUG", "DYNAMIC", "MASTER", "SLAVE", "UP", "LOWER_UP")


class Fail(Exception):
    def __init__(self, status: int):
        self.status = status


def matches(word: str, full: str) -> bool:
    """iproute's matches(): a non-empty prefix of the keyword."""
    return bool(word) and full.startswith(word)


class Ip:
    def __init__(self, ctx):
        self.ctx = ctx
        self.nd = ctx.host.netdevs
        self.ver = iproute_version(ctx)
        self.rtnl = self.ver != "2.6.18"

    # --- output -------------------------------------------------------------------------
    def flags(self, dev) -> str:
        have = set(self.nd.flags(dev))
        words = []
        if "UP" in have and "RUNNING" not in have:
            words.append("NO-CARRIER")
        if "RUNNING" in have:
            have.add("LOWER_UP")
        words += [f for f in FLAG_ORDER if f in have]
        return "<" + ",".join(words) + ">"

    def qdisc(self, dev) -> str:
        if not dev.up:
            return "noop"
        return "pfifo_fast" if dev.txqueuelen else "noqueue"

    def operstate(self, dev) -> str:
        if dev.kind == "loopback" or dev.kind == "bridge":
            return "UNKNOWN" if dev.up else "DOWN"
        return "UP" if self.nd.carrier(dev) else "DOWN"

    def link_lines(self, dev) -> str:
        name = dev.name + (f"@{dev.lower}" if dev.kind == "vlan" and dev.lower else "")
        s = f"{dev.ifindex}: {name}: {self.flags(dev)} mtu {dev.mtu} qdisc {self.qdisc(dev)} "
        if dev.master:
            s += f"master {dev.master} "
        if self.rtnl:
            s += f"state {self.operstate(dev)} "
        if dev.txqueuelen:
            s += f"qlen {dev.txqueuelen}"
        s += "\n"
        if dev.kind == "loopback":
            s += "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n"
        else:
            s += f"    link/ether {dev.mac} brd ff:ff:ff:ff:ff:ff\n"
        return s

    def addr_lines(self, dev, label_filter: str | None = None) -> str:
        out = []
        primaries: list[ipaddress.IPv4Network] = []
        for a in dev.addrs:
            net = ipaddress.IPv4Network(f"{a.address}/{a.prefix}", strict=False)
            secondary = any(p.prefixlen == net.prefixlen and net.network_address == p.network_address
                            for p in primaries)
            if not secondary:
                primaries.append(net)
            if label_filter is not None and a.label != label_filter:
                continue
            s = f"    inet {a.address}/{a.prefix} "
            if dev.kind != "loopback" and a.broadcast and a.broadcast != "0.0.0.0":
                s += f"brd {a.broadcast} "
            s += "scope host " if net.network_address.is_loopback else "scope global "
            if secondary:
                s += "secondary "
            s += a.label
            out.append(s + "\n")
        return "".join(out)

    # --- errors ---------------------------------------------------------------------------
    def err(self, s: str) -> None:
        self.ctx.err(s)

    def rtnl_answer(self, code: str) -> None:
        self.err(f"RTNETLINK answers: {strerror(code)}\n")
        raise Fail(2)

    def no_device(self, name: str) -> None:
        self.err(f"Cannot find device \"{name}\"\n")
        raise Fail(1)

    def usage(self, key: str) -> None:
        self.err(text(key) + "\n")
        raise Fail(255)

    # --- ip link ----------------------------------------------------------------------------
    def link(self, args: list[str]) -> int:
        if not args or matches(args[0], "show") or matches(args[0], "list") or args[0] == "lst":
            return self.show(args[1:], addresses=False)
        cmd = args[0]
        if matches(cmd, "set"):
            return self.link_set(args[1:])
        if cmd == "help":
            self.usage("nettools.ip-link-usage-rtnl" if self.rtnl else "nettools.ip-link-usage")
        if self.rtnl and matches(cmd, "add"):
            return self.link_add(args[1:])
        if self.rtnl and (matches(cmd, "delete")):
            return self.link_delete(args[1:])
        self.err(text("nettools.ip-unknown-command", cmd=cmd, obj="link") + "\n")
        raise Fail(255)

    def show(self, args: list[str], addresses: bool) -> int:
        dev_name = None
        label = None
        i = 0
        while i < len(args):
            w = args[i]
            if w == "dev":
                i += 1
                if i >= len(args):
                    self.err("Command line is not complete. Try option \"help\"\n")
                    raise Fail(255)
                dev_name = args[i]
            elif addresses and w == "label":
                i += 1
                label = args[i] if i < len(args) else None
            elif w in ("up",):
                pass
            elif w == "help":
                self.usage("nettools.ip-addr-usage" if addresses else "nettools.ip-link-usage")
            else:
                if dev_name is not None:
                    self.err(text("nettools.ip-garbage", what="dev", arg=w) + "\n")
                    raise Fail(255)
                dev_name = w
            i += 1
        if dev_name is not None and dev_name not in self.nd.devs:
            self.err(f"Device \"{dev_name}\" does not exist.\n")
            raise Fail(1)
        out = []
        for dev in self.nd.ordered():
            if dev_name is not None and dev.name != dev_name:
                continue
            if "up" in args and not dev.up:
                continue
            if addresses:
                lines = self.addr_lines(dev, label)
                if label is not None and not lines:
                    continue
                out.append(self.link_lines(dev) + lines)
            else:
                out.append(self.link_lines(dev))
        self.ctx.out("".join(out))
        return 0

    def link_set(self, args: list[str]) -> int:
        dev = None
        ops = []
        i = 0
        while i < len(args):
            w = args[i]
            if w in ("up", "down"):
                ops.append((w, None))
            elif w in ("mtu", "address", "txqueuelen", "txqlen", "qlen", "name", "broadcast",
                       "brd", "arp", "dynamic", "multicast", "allmulticast", "promisc", "trailers"):
                i += 1
                if i >= len(args):
                    self.err("Command line is not complete. Try option \"help\"\n")
                    raise Fail(255)
                if w == "mtu":
                    if not args[i].isdigit():
                        self.err(text("nettools.ip-invarg", arg=args[i], what="Invalid \"mtu\" value\n"))
                        raise Fail(255)
                    ops.append(("mtu", int(args[i])))
                elif w == "address":
                    ops.append(("address", args[i]))
                else:
                    ops.append((w, args[i]))
            else:
                if w == "dev":
                    i += 1
                    if i >= len(args):
                        self.err("Command line is not complete. Try option \"help\"\n")
                        raise Fail(255)
                    w = args[i]
                elif w == "help":
                    self.usage("nettools.ip-link-usage-rtnl" if self.rtnl else "nettools.ip-link-usage")
                if dev is not None:
                    self.err(text("nettools.ip-garbage", what="dev", arg=w) + "\n")
                    raise Fail(255)
                dev = w
            i += 1
        if dev is None:
            self.err(text("nettools.ip-dev-required") + "\n")
            raise Fail(255)
        if self.rtnl:
            return self._set_rtnl(dev, ops)
        return self._set_ioctl(dev, ops)

    def _apply(self, dev: str, op: str, val) -> None:
        if op in ("up", "down"):
            self.nd.set_up(dev, op == "up")
        elif op == "mtu":
            self.nd.set_mtu(dev, val)
        elif op == "address":
            mac = mac_ok(val)
            if mac is None:
                raise NetError("EINVAL", dev=dev)
            self.nd.set_mac(dev, mac)

    def _set_rtnl(self, dev: str, ops) -> int:
        if dev not in self.nd.devs:
            self.no_device(dev)
        for op, val in ops:
            if op == "address" and mac_ok(val) is None:
                self.err(f"\"{val}\" is invalid lladdr.\n")
                raise Fail(1)
        if not is_root(self.ctx) and ops:
            self.rtnl_answer("EPERM")
        # the link's address and MTU go before the flags (do_setlink's order)
        for op, val in sorted(ops, key=lambda o: o[0] in ("up", "down")):
            if op not in ("up", "down", "mtu", "address"):
                continue
            try:
                self._apply(dev, op, val)
            except NetError as e:
                self.rtnl_answer(e.code)
        return 0

    def _set_ioctl(self, dev: str, ops) -> int:
        """iproute 2.6.18 do_set: address (SIOCGIFINDEX then SIOCSIFHWADDR), mtu (SIOCSIFMTU),
        then the flags (SIOCGIFFLAGS, SIOCSIFFLAGS), each perror()ed and fatal."""
        exists = dev in self.nd.devs
        order = {"address": 0, "mtu": 1}
        for op, val in sorted(ops, key=lambda o: order.get(o[0], 2)):
            if op == "address":
                if not exists:
                    self._ioctl_fail("SIOCGIFINDEX", "ENODEV")
                if mac_ok(val) is None:
                    self.err(f"\"{val}\" is invalid lladdr.\n")
                    raise Fail(1)
                what = "SIOCSIFHWADDR"
            elif op == "mtu":
                what = "SIOCSIFMTU"
            elif op in ("up", "down"):
                if not exists:
                    self._ioctl_fail("SIOCGIFFLAGS", "ENODEV")
                what = "SIOCSIFFLAGS"
            else:
                continue
            if not exists:
                self._ioctl_fail(what, "ENODEV")
            if not is_root(self.ctx):
                self._ioctl_fail(what, "EPERM")
            try:
                self._apply(dev, op, val)
            except NetError as e:
                self._ioctl_fail(what, e.code)
        return 0

    def _ioctl_fail(self, what: str, code: str) -> None:
        self.err(text("nettools.ip-ioctl-error", ioctl=what, error=strerror(code)) + "\n")
        raise Fail(255)

    def link_add(self, args: list[str]) -> int:
        link = name = kind = None
        vid = None
        i = 0
        while i < len(args):
            w = args[i]
            nxt = args[i + 1] if i + 1 < len(args) else None
            if w in ("link", "name", "type", "id") and nxt is None:
                self.err("Command line is not complete. Try option \"help\"\n")
                raise Fail(255)
            if w == "link":
                link = nxt
                i += 1
            elif w == "name":
                name = nxt
                i += 1
            elif w == "type":
                kind = nxt
                i += 1
                rest = args[i + 1:]
                j = 0
                while j < len(rest):
                    if rest[j] == "id" and j + 1 < len(rest):
                        if not rest[j + 1].isdigit():
                            self.err(text("nettools.ip-invarg", arg=rest[j + 1], what="id is invalid"))
                            raise Fail(255)
                        vid = int(rest[j + 1])
                        j += 2
                    else:
                        self.err(f"vlan: what is \"{rest[j]}\"?\n")
                        raise Fail(255)
                break
            else:
                if name is not None:
                    self.err(text("nettools.ip-garbage", what="name", arg=w) + "\n")
                    raise Fail(255)
                name = w
            i += 1
        if name is None:
            self.err("Not enough information: \"dev\" argument is required.\n")
            raise Fail(255)
        if link is not None and link not in self.nd.devs:
            self.no_device(link)
        if not is_root(self.ctx):
            self.rtnl_answer("EPERM")
        if kind != "vlan":
            self.rtnl_answer("EOPNOTSUPP")
        if name in self.nd.devs:
            self.rtnl_answer("EEXIST")
        if link is None or vid is None:
            self.rtnl_answer("EINVAL")
        try:
            self.nd.add_vlan(link, vid, name)
        except NetError as e:
            self.rtnl_answer(e.code)
        return 0

    def link_delete(self, args: list[str]) -> int:
        args = [a for a in args if a != "dev"]
        if not args:
            self.err(text("nettools.ip-dev-required") + "\n")
            raise Fail(255)
        name = args[0]
        if name not in self.nd.devs:
            self.no_device(name)
        if not is_root(self.ctx):
            self.rtnl_answer("EPERM")
        dev = self.nd.devs[name]
        if dev.kind in ("loopback", "ether"):
            self.rtnl_answer("EOPNOTSUPP")
        try:
            self.nd.delete(name)
        except NetError as e:
            self.rtnl_answer(e.code)
        return 0

    # --- ip addr ----------------------------------------------------------------------------
    def addr(self, args: list[str]) -> int:
        if not args or matches(args[0], "show") or matches(args[0], "list") or args[0] == "lst":
            return self.show(args[1:], addresses=True)
        cmd = args[0]
        if matches(cmd, "add"):
            return self.addr_modify(args[1:], add=True)
        if matches(cmd, "delete"):
            return self.addr_modify(args[1:], add=False)
        if matches(cmd, "flush"):
            return self.addr_flush(args[1:])
        if cmd == "help":
            self.usage("nettools.ip-addr-usage")
        self.err(text("nettools.ip-unknown-command", cmd=cmd, obj="addr") + "\n")
        raise Fail(255)

    def _prefix(self, arg: str):
        try:
            if "/" in arg:
                a, _, p = arg.partition("/")
                if not p.isdigit() or int(p) > 32:
                    raise ValueError
                return str(ipaddress.IPv4Address(a)), int(p)
            return str(ipaddress.IPv4Address(arg)), 32
        except ValueError:
            self.err(f"Error: an inet prefix is expected rather than \"{arg}\".\n")
            raise Fail(1)

    def addr_modify(self, args: list[str], add: bool) -> int:
        local = dev = label = brd = None
        i = 0
        while i < len(args):
            w = args[i]
            nxt = args[i + 1] if i + 1 < len(args) else None
            if w in ("dev", "label", "broadcast", "brd", "scope", "peer", "anycast") and nxt is None:
                self.err("Command line is not complete. Try option \"help\"\n")
                raise Fail(255)
            if w == "dev":
                dev = nxt
                i += 1
            elif w == "label":
                label = nxt
                i += 1
            elif matches(w, "broadcast") or w == "brd":
                brd = nxt
                if brd not in ("+", "-"):
                    try:
                        ipaddress.IPv4Address(brd)
                    except ValueError:
                        self.err(f"Error: an inet address is expected rather than \"{brd}\".\n")
                        raise Fail(1)
                i += 1
            elif w == "scope":
                i += 1
            else:
                if w == "local":
                    i += 1
                    w = nxt
                if local is not None:
                    self.err(text("nettools.ip-garbage", what="local", arg=w) + "\n")
                    raise Fail(255)
                local = self._prefix(w)
            i += 1
        if dev is None:
            self.err(text("nettools.ip-dev-required") + "\n")
            raise Fail(255)
        if label is not None and not label.startswith(dev):
            self.err(text("nettools.ip-label-mismatch", dev=dev, label=label) + "\n")
            raise Fail(1)
        if local is None:
            if add:
                self.rtnl_answer("EINVAL")
        if dev not in self.nd.devs:
            self.no_device(dev)
        if not is_root(self.ctx):
            self.rtnl_answer("EPERM")
        d = self.nd.devs[dev]
        if add:
            address, prefix = local
            if any(a.address == address and a.prefix == prefix for a in d.addrs):
                self.rtnl_answer("EEXIST")
            lbl = label or dev
            if self.nd.addr_of(lbl) is not None:
                # the model keeps one address per label: a second one is not simulated
                from vshell.commands import not_simulated
                raise Fail(not_simulated(self.ctx, "a second address with the same label"))
            net = ipaddress.IPv4Network(f"{address}/{prefix}", strict=False)
            if brd == "+":
                bcast = str(net.broadcast_address) if prefix < 31 else "0.0.0.0"
            elif brd == "-":
                bcast = str(net.network_address)
            else:
                bcast = brd or "0.0.0.0"
            self.nd.set_addr(lbl, address, prefix, bcast)
            return 0
        # delete: the first address matching what was given
        for a in d.addrs:
            if local is not None and (a.address != local[0] or
                                      ("/" in " ".join(args) and a.prefix != local[1])):
                continue
            if label is not None and a.label != label:
                continue
            self.nd.del_addr(a.label)
            return 0
        self.rtnl_answer("EADDRNOTAVAIL")
        return 2

    def addr_flush(self, args: list[str]) -> int:
        if not args:
            self.err(text("nettools.ip-flush-args") + "\n")
            raise Fail(1)
        args = [a for a in args if a != "dev"]
        name = args[0]
        if name not in self.nd.devs:
            self.err(f"Device \"{name}\" does not exist.\n")
            raise Fail(1)
        dev = self.nd.devs[name]
        if dev.addrs and not is_root(self.ctx):
            self.err("Failed to send flush request: Operation not permitted\n")
            raise Fail(1)
        for a in list(dev.addrs):
            self.nd.del_addr(a.label)
        return 0


OBJECTS = ("link", "address", "addr", "route", "rule", "neighbour", "neighbor", "ntable", "tunnel",
           "maddress", "mroute", "monitor", "xfrm")


def main(ctx) -> int:
    ip = Ip(ctx)
    args = list(ctx.argv[1:])
    try:
        while args and args[0].startswith("-"):
            o = args.pop(0)
            if o in ("-h", "-help", "--help"):
                ip.usage("nettools.ip-usage")
            if o in ("-V", "-Version"):
                ctx.out(text("nettools.ip-version-2618" if ip.ver == "2.6.18" else "nettools.ip-version-2632") + "\n")
                return 0
            if o not in ("-s", "-stats", "-statistics", "-r", "-resolve", "-o", "-oneline",
                         "-f", "-family", "-4", "-0"):
                ctx.err(f"Option \"{o}\" is unknown, try \"ip -help\".\n")
                return 255
            if o in ("-f", "-family"):
                if not args:
                    ip.usage("nettools.ip-usage")
                fam = args.pop(0)
                if fam not in ("inet", "link"):
                    from vshell.commands import not_simulated
                    return not_simulated(ctx, f"ip -f {fam}")
        if not args or args[0] == "help":
            ip.usage("nettools.ip-usage")
        obj = args[0]
        if matches(obj, "link"):
            return ip.link(args[1:])
        if matches(obj, "address"):
            return ip.addr(args[1:])
        if any(matches(obj, o) for o in OBJECTS):
            from vshell.commands import not_simulated
            return not_simulated(ctx, f"ip {obj}")
        ctx.err(f"Object \"{obj}\" is unknown, try \"ip help\".\n")
        return 255
    except Fail as f:
        return f.status
