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
    """An address literal, or a name the host knows (its own, a host of the world on a network
    it shares) -> ip_address, or None."""
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
    if text == ctx.host.node or text == ctx.host.name:
        addrs = ctx.host.ip.addresses(4) if ctx.host.ip is not None else []
        own = [x for x in addrs if not x.is_loopback]
        if own:
            return own[0]
    world = ctx.world
    for net in world.networks.values():
        if ctx.host.name in net.members and text in net.members:
            return ipaddress.ip_address(net.members[text])
    return None


def mac_colons(mac: str, zeros: bool) -> str:
    """A MAC as xx:xx:.. (netstat -p) or without leading zeros (arp's _link_ntoa)."""
    parts = [int(x, 16) for x in mac.split(":")]
    return ":".join(f"{p:02x}" if zeros else f"{p:x}" for p in parts)
