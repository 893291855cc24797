"""hostname, uname, date, sleep, clear: the host's identity and the world's virtual clock.
Solaris words from illumos usr/src/cmd/{hostname,uname,date,sleep}; GNU (coreutils, net-tools)
words from vshell/messages.py. Nothing here reads the real machine or its clock."""
from __future__ import annotations

from vshell import messages
from vshell.commands.errno import strerror
from vshell.commands.getopt import OptError, getopt
from vshell.commands.timefmt import strftime
from vshell.model.userland import platform_name


def _gnu_fail(ctx, text: str | None = None) -> int:
    if text:
        ctx.err(text + "\n")
    ctx.err(messages.text("gnu.try-help", cmd=ctx.argv[0]) + "\n")
    return 1


def _may_set_name(ctx) -> bool:
    return ctx.user.uid == 0


# hostname ----------------------------------------------------------------------------------

def hostname(ctx) -> int:
    args = ctx.argv[1:]
    if ctx.dialect == "gnu":
        return _gnu_hostname(ctx, args)
    # hostname.c: getopt with no options (any one is a usage error), at most one operand
    if any(a.startswith("-") and a != "-" for a in args[:1]) or len(args) > 1:
        ctx.err("usage: hostname [system_name]\n")
        return 1
    if not args:
        ctx.out(ctx.host.node + "\n")
        return 0
    if not _may_set_name(ctx):
        ctx.err(f"hostname: error in setting name: {strerror('eperm', 'solaris')}\n")
        return 1
    ctx.host.nodename = args[0]
    return 0


def _gnu_hostname(ctx, args: list[str]) -> int:
    short = "-s" in args or "--short" in args
    names = [a for a in args if not a.startswith("-")]
    if not names:
        ctx.out((ctx.host.node.split(".")[0] if short else ctx.host.node) + "\n")
        return 0
    if not _may_set_name(ctx):
        ctx.err(messages.text("hostname.gnu-not-root") + "\n")
        return 1
    ctx.host.nodename = names[0]
    return 0


# uname -------------------------------------------------------------------------------------

def _identity(host) -> dict[str, str]:
    rel, caps = host.release, host.userland
    if rel.family == "linux":
        machine, proc, plat = caps.machine, caps.processor, caps.hardware_platform
        version = caps.kernel_version
    elif host.kind == "sun4v":
        machine, proc = "sun4v", "sparc"
        plat = platform_name(host.platform.key) if host.platform else "sun4v"
        version = rel.uname_version
    else:
        machine, proc, plat, version = "i86pc", "i386", "i86pc", rel.uname_version
    return {"s": rel.uname_sysname, "n": host.node, "r": rel.uname_release, "v": version,
            "m": machine, "p": proc, "i": plat}


def uname(ctx) -> int:
    gnu = ctx.dialect == "gnu"
    ident = _identity(ctx.host)
    try:
        opts, operands = getopt(ctx.argv, "asnrvmpio" if gnu else "asnrpvmiS:X", gnu,
                                {"all": False, "kernel-name": False, "nodename": False,
                                 "kernel-release": False, "kernel-version": False, "machine": False,
                                 "processor": False, "hardware-platform": False,
                                 "operating-system": False})
    except OptError as e:
        if gnu:
            return _gnu_fail(ctx, e.text)
        ctx.err(e.text + "\n")
        return _uname_usage(ctx)
    letters = [{"--all": "a", "--kernel-name": "s", "--nodename": "n", "--kernel-release": "r",
                "--kernel-version": "v", "--machine": "m", "--processor": "p",
                "--hardware-platform": "i", "--operating-system": "o"}.get(o, o[1:]) for o, _ in opts]
    if operands:
        if gnu:
            return _gnu_fail(ctx, messages.text("uname.gnu-extra-operand", word=operands[0]))
        return _uname_usage(ctx)
    if not gnu and "S" in letters:
        if len(letters) > 1:
            return _uname_usage(ctx)
        if not _may_set_name(ctx):
            ctx.err(f"uname: error in setting name: {strerror('eperm', 'solaris')}\n")
            return 1
        ctx.host.nodename = dict(opts)["-S"]
        return 0
    order = "snrvmpio" if gnu else "snrvmpi"
    if "a" in letters:
        letters += list(order)
    if not gnu and "X" in letters:
        return _uname_x(ctx, ident, [c for c in letters if c != "X"])
    wanted = [c for c in order if c in letters] or ["s"]
    ident["o"] = "GNU/Linux"
    ctx.out(" ".join(ident[c] for c in wanted) + "\n")
    return 0


def _uname_usage(ctx) -> int:
    ctx.err("usage:\tuname [-snrvmapiX]\n\tuname [-S system_name]\n")     # uname.c usage()
    return 1


def _uname_x(ctx, ident: dict, others: list[str]) -> int:
    wanted = [c for c in "snrvmpi" if c in others]
    if wanted:
        ctx.out(" ".join(ident[c] for c in wanted))
    plat = ctx.host.platform
    ctx.out(f"System = {ident['s']}\nNode = {ident['n']}\nRelease = {ident['r']}\n"
            f"KernelID = {ident['v']}\nMachine = {ident['m']}\nBusType = <unknown>\n"
            f"Serial = <unknown>\nUsers = <unknown>\nOEM# = 0\nOrigin# = 1\n"
            f"NumCPU = {plat.strands if plat else 1}\n\n")
    return 0


# date --------------------------------------------------------------------------------------

def date(ctx) -> int:
    gnu = ctx.dialect == "gnu"
    try:
        opts, operands = getopt(ctx.argv, "uR" if gnu else "u", gnu, {"utc": False, "universal": False})
    except OptError as e:
        if gnu:
            return _gnu_fail(ctx, e.text)
        ctx.err(e.text + "\n" + messages.text("date.usage") + "\n")
        return 2
    fmt = ctx.host.userland.date_format
    if operands and operands[0].startswith("+") and len(operands) == 1:
        fmt = operands[0][1:]
    elif operands:
        # setting the clock: the virtual clock only moves forward, by what the world does
        if gnu:
            return _gnu_fail(ctx, messages.text("date.gnu-invalid", word=operands[0]))
        ctx.err(messages.text("date.usage") + "\n")
        return 2
    now = ctx.world.clock.datetime()
    ctx.out(strftime(fmt, now, ctx.host.userland.timezone) + "\n")
    return 0


# sleep -------------------------------------------------------------------------------------

_GNU_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def sleep(ctx) -> int:
    """Advances the world's virtual clock; no real time passes."""
    args = ctx.argv[1:]
    if ctx.dialect == "gnu":
        if not args:
            return _gnu_fail(ctx, messages.text("gnu.missing-operand", cmd="sleep"))
        total = 0.0
        for a in args:
            unit = a[-1] if a and a[-1] in "smhd" else ""
            try:
                value = float(a[:-1] if unit else a)
                if value < 0 or value != value:
                    raise ValueError
            except ValueError:
                return _gnu_fail(ctx, messages.text("sleep.gnu-invalid", word=a))
            total += value * _GNU_UNITS[unit]
        ctx.world.clock.advance(total)
        return 0
    if args and args[0] != "--" and args[0].startswith("-") and len(args[0]) > 1:
        ctx.err(f"sleep: illegal option -- {args[0][1]}\nusage: sleep time\n")
        return 2
    args = args[1:] if args[:1] == ["--"] else args
    if not args:
        ctx.err("usage: sleep time\n")
        return 2
    if args[0] and (not args[0].isdigit() or not args[0].isascii()):
        ctx.err("sleep: bad character in argument\n")
        return 2
    ctx.world.clock.advance(int(args[0] or 0))        # sleep.c: no digits, no time
    return 0


# clear -------------------------------------------------------------------------------------

def clear(ctx) -> int:
    ctx.out(messages.text("clear.sequence"))
    return 0


def zonename(ctx) -> int:
    """zonename: the zone this shell runs in."""
    if len(ctx.argv) > 1:
        ctx.err("usage: zonename\n")           # unverified: zonename(1) takes no operands
        return 1
    ctx.out(ctx.host.zone + "\n")
    return 0
