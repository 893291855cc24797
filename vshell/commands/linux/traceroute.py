"""traceroute on Linux hosts: Dmitry Butskoy's traceroute 2.x (RHEL5, RHEL6, Debian 7). Formats
from its traceroute.c: print_header() writes `traceroute to %s (%s), %u hops max, %zu byte
packets` on stdout without a newline, print_probe() starts each hop with `\\n%2u `, prints
` name (ip)` for the first answer of a hop and whenever the sender changes (the name falls back
to the number), `  %.3f ms`, ` *`, and the ICMP error string (`!H`, `!N`); a final answer
(the destination's port unreachable, or an unreachable) ends the trace after its hop. Errors
through ex_error (exit 2) and error(): a newline, then perror (exit 1). The packet size of the
header is the release's `traceroute_packet` (60 on 2.0.14, 40 on RHEL5's 2.0.x). The hops are
the Solaris tool's (vshell/commands/traceroute.py answer())."""
from __future__ import annotations

from vshell.commands import dataplane, not_simulated
from vshell.commands.linux.ping import _name
from vshell.commands.traceroute import answer

MAX_HOPS = 255
MAX_PROBES = 10
SIM_PROBES = 16                 # DEF_SIM_PROBES: probes in flight at once
HEADER_LEN = 20 + 8             # IPv4 + UDP
WITH_ARG = {"f": "first_ttl", "g": "gate", "i": "device", "m": "max_ttl", "N": "squeries",
            "p": "port", "t": "tos", "l": "flow_label", "w": "waittime", "q": "nqueries",
            "s": "src_addr", "z": "sendwait", "M": "name", "O": "OPTS", "P": "prot"}
FLAGS = set("46dFITnreAUDV")


class _Exit(Exception):
    def __init__(self, status: int):
        self.status = status


def main(ctx) -> int:
    try:
        return _main(ctx)
    except _Exit as e:
        return e.status


def _uint(ctx, opt, val, argc) -> int:
    try:
        n = int(val, 0)
    except ValueError:
        n = -1
    if n < 0:
        ctx.err(f"Cannot handle `-{opt}' option with arg `{val}' (argc {argc})\n")
        raise _Exit(2)
    return n


def _main(ctx) -> int:
    argv = ctx.argv
    if len(argv) == 1:
        return not_simulated(ctx, "traceroute without arguments (its full help)")
    o = {"m": 30, "q": 3, "f": 1, "w": 5.0, "n": False}
    operands: list[tuple[int, str]] = []
    i = 1
    while i < len(argv):
        a = argv[i]
        if a.startswith("--"):
            if a in ("--help",):
                return not_simulated(ctx, "traceroute --help")
            ctx.err(f"Bad option `{a}' (argc {i})\n")
            return 2
        if a.startswith("-") and len(a) > 1:
            j = 1
            while j < len(a):
                c = a[j]
                j += 1
                if c in WITH_ARG:
                    argc = i
                    if j < len(a):
                        val = a[j:]
                    elif i + 1 < len(argv):
                        i += 1
                        val = argv[i]
                    else:
                        ctx.err(f"Option `-{c}' (argc {i}) requires an argument: `-{c} {WITH_ARG[c]}'\n")
                        return 2
                    if c in "mqfNtpl":
                        o[c] = _uint(ctx, c, val, argc)
                    elif c == "w":
                        try:
                            o["w"] = float(val)
                        except ValueError:
                            ctx.err(f"Cannot handle `-w' option with arg `{val}' (argc {argc})\n")
                            return 2
                    elif c in "gsiMOP":
                        return not_simulated(ctx, f"traceroute -{c}")
                    break
                if c not in FLAGS:
                    ctx.err(f"Bad option `-{c}' (argc {i})\n")
                    return 2
                if c == "n":
                    o["n"] = True
                elif c in "6TIUDAV":
                    return not_simulated(ctx, f"traceroute -{c}")
        else:
            operands.append((i, a))
            if len(operands) == 1:
                addr = dataplane.resolve(ctx, a)
                if addr is None:
                    ctx.err(f"{a}: Name or service not known\n"
                            f"Cannot handle \"host\" cmdline arg `{a}' on position 1 (argc {i})\n")
                    return 2
            elif len(operands) == 2:
                try:
                    int(a, 0)
                except ValueError:
                    ctx.err(f"Cannot handle \"packetlen\" cmdline arg `{a}' on position 2 (argc {i})\n")
                    return 2
            else:
                ctx.err(f"Extra arg `{a}' (position {len(operands)}, argc {i})\n")
                return 2
        i += 1
    if not operands:
        return not_simulated(ctx, "traceroute without a host (its full help)")
    if not o["f"] or o["f"] > o["m"]:
        ctx.err("first hop out of range\n")
        return 2
    if o["m"] > MAX_HOPS:
        ctx.err(f"max hops cannot be more than {MAX_HOPS}\n")
        return 2
    if not o["q"] or o["q"] > MAX_PROBES:
        ctx.err(f"no more than {MAX_PROBES} probes per hop\n")
        return 2
    if o["w"] < 0:
        ctx.err(f"bad wait specifications `{o['w']:g},3,10' used\n")    # 2.1's wording; 2.0's unverified
        return 2
    host = operands[0][1]
    addr = dataplane.resolve(ctx, host)
    size = int(ctx.host.release.get("traceroute_packet", 60))
    if len(operands) > 1:
        want = int(operands[1][1], 0)
        size = max(want, HEADER_LEN) if want >= 0 else size
    p = dataplane.plane(ctx)
    me = dataplane.source(ctx, p)
    ctx.out(f"traceroute to {host} ({addr}), {o['m']} hops max, {size} byte packets")
    route = me.route(addr) if me is not None else None
    if route is None and not (me is not None and (me.owns(addr) or addr.is_loopback)):
        ctx.err("\nconnect: Network is unreachable\n")      # error("connect"): udp_send_probe's connect()
        return 1
    src = route[2] if route else addr
    stars = 0
    for ttl in range(o["f"], o["m"] + 1):
        ctx.out(f"\n{ttl:2d} ")
        last = None
        final = False
        for _ in range(o["q"]):
            got = answer(ctx, p, me, addr, src, ttl, local_unreach=True)
            if got is None:
                ctx.out(" *")
                stars += 1
                if stars % SIM_PROBES == 1:
                    ctx.world.clock.advance(o["w"])     # the probes in flight wait together
                continue
            ctx.world.clock.advance(got.ms / 1000)
            if got.addr != last:
                ctx.out(f" {got.addr}" if o["n"] else " " + _shown(ctx, got.addr))
                last = got.addr
            ctx.out(f"  {got.ms:.3f} ms")
            if got.mark:
                ctx.out(" " + got.mark)
            if got.final or got.mark:
                final = True
        if final:
            break
    ctx.out("\n")
    return 0


def _shown(ctx, addr) -> str:
    """print_addr(): getnameinfo without NI_NAMEREQD, so a number stands in for a missing name."""
    shown = _name(ctx, addr)
    return shown if "(" in shown else f"{addr} ({addr})"
