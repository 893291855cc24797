"""arp on Solaris and illumos: `arp -a` is netstat's net-to-media table, `arp host` one entry,
`arp -s` and `arp -d` the static entries of the IP stack's neighbour table. Words from illumos
arp.c (research-ip.md §3)."""
from __future__ import annotations

import re

from vshell import messages
from vshell.commands import not_simulated
from vshell.commands import netstat
from vshell.commands.getopt import OptError, getopt
from vshell.commands.ipcommon import mac_colons, privileged, resolve
from vshell.model.ip import IpError

USAGE = ("Usage: arp hostname\n"
         "       arp -a [-n]\n"
         "       arp -d hostname\n"
         "       arp -s hostname ether_addr [temp] [pub] [trail] [permanent]\n"
         "       arp -f filename\n")
KEYWORDS = ("temp", "pub", "trail", "permanent")
_MAC = re.compile(r"^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$")


def usage(ctx) -> int:
    ctx.out(USAGE)          # arp.c prints its usage on stdout
    return 1


def main(ctx) -> int:
    argv = ctx.argv
    if len(argv) < 2:
        return usage(ctx)
    try:
        opts, operands = getopt(argv, "nadsf")
    except OptError as e:
        ctx.err(e.text + "\n")
        return usage(ctx)
    flags = [o for o, _ in opts]
    for f in flags:
        if f == "-d":
            return delete(ctx, argv[2]) if len(argv) == 3 else usage(ctx)
        if f == "-s":
            return set_entry(ctx, argv[2:]) if 4 <= len(argv) <= 8 else usage(ctx)
        if f == "-f":
            return not_simulated(ctx, "arp -f") if len(argv) == 3 else usage(ctx)
    if "-a" in flags:
        ctx.out(netstat.net_to_media(ctx, numeric="-n" in flags))
        return 0
    if flags or len(argv) != 2:
        return usage(ctx)
    return get(ctx, argv[1])


def _addr(ctx, host: str):
    a = resolve(ctx, host, 4)
    if a is None:
        ctx.err(f"arp: {host}: unknown host\n")
    return a


def _entry(ctx, addr):
    """(mac, static, published, authority) of the entry for addr, or None."""
    stack = ctx.host.ip
    n = stack.neighbours.get((4, str(addr)))
    if n is not None:
        return n.mac, n.static, n.published, getattr(n, "authority", False)
    found = stack.find_addr(addr)
    if found is not None and found[1].up and not found[0].loopback:
        return stack.mac(found[0]), True, True, True
    return None


def get(ctx, host: str) -> int:
    addr = _addr(ctx, host)
    if addr is None:
        return 1
    e = _entry(ctx, addr)
    if e is None:
        ctx.out(f"{host} ({addr}) -- no entry\n")
        return 1
    mac, static, pub, auth = e
    line = messages.text("arp.entry", host=host, addr=addr, mac=mac_colons(mac, False))
    line += ("" if static else " temp") + (" pub" if pub else "") + (" permanent" if auth else "")
    ctx.out(line + "\n")
    return 0


def delete(ctx, host: str) -> int:
    addr = _addr(ctx, host)
    if addr is None:
        return 1
    stack = ctx.host.ip
    if (4, str(addr)) not in stack.neighbours:
        ctx.out(f"{host} ({addr}) -- no entry\n")
        return 1
    if not privileged(ctx):
        ctx.err(messages.text("arp.denied", host=host) + "\n")
        return 1
    del stack.neighbours[(4, str(addr))]
    ctx.out(f"{host} ({addr}) deleted\n")
    return 0


def set_entry(ctx, args: list[str]) -> int:
    host, mac, words = args[0], args[1], args[2:]
    addr = _addr(ctx, host)
    if addr is None:
        return 1
    if not _MAC.match(mac):
        ctx.err(f"arp: invalid link layer address '{mac}'\n")
        return 1
    for w in words:
        if w not in KEYWORDS:
            ctx.err(f"arp: unknown keyword '{w}'\n")
            return 1
    if "temp" in words and "permanent" in words:
        ctx.err("arp: 'temp' and 'permanent' flags are not usable together.\n")
        return 1
    if not privileged(ctx):
        ctx.err(messages.text("arp.denied", host=host) + "\n")
        return 1
    stack = ctx.host.ip
    try:
        n = stack.add_neighbour(4, addr, mac_colons(mac, False), static="temp" not in words,
                                published="pub" in words)
    except IpError:
        ctx.err(messages.text("arp.set-not-local", host=host) + "\n")
        return 1
    if "permanent" in words and hasattr(n, "authority"):
        n.authority = True
    return 0
