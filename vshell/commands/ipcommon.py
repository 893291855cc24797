"""What route, netstat, arp and routeadm share: the host's IP dialect, whether the caller holds
the privilege the kernel asks for, and the names the resolver gives addresses (files only: the
host's own addresses are its name, the loopback is localhost)."""
from __future__ import annotations

import ipaddress

from vshell.model import releases


class Exit(Exception):
    """The tool printed `text` on stderr and exited with `status`."""

    def __init__(self, status: int, text: str = ""):
        self.status, self.text = status, text
        super().__init__(text)


def guarded(run):
    """main(ctx) for a tool whose run(ctx) raises Exit to end."""
    def main(ctx) -> int:
        try:
            return run(ctx)
        except Exit as e:
            ctx.err(e.text)
            return e.status
    return main


def dialect(ctx):
    return releases.ip_dialect(ctx.host.release.ip_dialect)


def privileged(ctx) -> bool:
    return ctx.user.uid == 0 or ctx.as_root


def host_name(ctx, addr) -> str:
    """gethostbyaddr through /etc/inet/hosts as an install writes it: localhost for the
    loopback, the node name for the host's own addresses, else the number."""
    if addr.is_loopback:
        return "localhost"
    ip = ctx.host.ip
    if addr.version == 4 and ip is not None and ip.find_addr(addr) is not None:
        return ctx.host.node
    return str(addr)


def resolve(ctx, text: str, family: int | None = None):
    """An address literal, or a name the host knows (its own, a host of the world or a machine
    the world declares on a network it shares; a zone looks through its global zone) ->
    ip_address, or None."""
    try:
        a = ipaddress.ip_address(text)
    except ValueError:
        a = None
    if a is not None:
        return a if family is None or a.version == family else None
    if family == 6:
        return None
    if text in ("localhost", "loghost"):
        return ipaddress.ip_address("127.0.0.1")
    host = ctx.host
    if text == host.node or text == host.name:
        own = _own_address(host)
        if own is not None:
            return own
    world = ctx.world
    machine = (host.global_host or host).name
    mine = [n for n in world.networks.values() if machine in n.members]
    for net in mine:
        if text in net.members:
            return ipaddress.ip_address(net.members[text])
    from vshell.model.nodes import externals
    for e in externals(world):
        if e.name == text and any(n.name == e.network for n in mine):
            return e.address.ip
    return None


def _own_address(host):
    """The first address of the host that is not the loopback, of either family of tools."""
    if host.has_netdevs:
        return next((ipaddress.ip_address(a.address) for d in host.netdevs.ordered()
                     if d.kind != "loopback" for a in d.addrs), None)
    if host.has_ip and host.ip is not None:
        return next((x for x in host.ip.addresses(4) if not x.is_loopback), None)
    return None


def mac_colons(mac: str, zeros: bool) -> str:
    """A MAC as xx:xx:.. (netstat -p) or without leading zeros (arp's _link_ntoa)."""
    parts = [int(x, 16) for x in mac.split(":")]
    return ":".join(f"{p:02x}" if zeros else f"{p:x}" for p in parts)
