"""svcs and svcadm over the OS instance's SMF instances (vshell/model/services.py). Layouts,
sort order, STIME rules and words from illumos svcs.c, svcadm.c and libscf
(research-ip.md §4, solaris11.md §5)."""
from __future__ import annotations

import datetime as _dt

from vshell import messages
from vshell.commands import not_simulated
from vshell.commands.getopt import OptError, getopt
from vshell.commands.ipcommon import dialect, privileged
from vshell.model.services import STATE_ORDER

SVCS_OPTSTRING = "aHpvno:R:s:S:dDlLxZz:"
SVCS_SIMULATED = {"-a", "-H"}
SVCS_USAGE = (
    "Usage: svcs [-aHpv] [-o col[,col ... ]] [-R restarter] [-sS col] [-Z | -z zone ]\n"
    "            [<service> ...]\n"
    "       svcs -d | -D [-Hpv] [-o col[,col ... ]] [-sS col] [-Z | -z zone ]\n"
    "            [<service> ...]\n"
    "       svcs [-l | -L] [-Z | -z zone] <service> ...\n"
    "       svcs -x [-v] [-Z | -z zone] [<service> ...]\n"
    "       svcs -?\n")
SVCADM_USAGE_2005 = (
    "Usage: svcadm [-v] [cmd [args ... ]]\n\n"
    "\tsvcadm enable [-rst] <service> ...\t- enable and online service(s)\n"
    "\tsvcadm disable [-st] <service> ...\t- disable and offline service(s)\n"
    "\tsvcadm restart <service> ...\t\t- restart specified service(s)\n"
    "\tsvcadm refresh <service> ...\t\t- re-read service configuration\n"
    "\tsvcadm mark [-It] <state> <service> ...\t- set maintenance state\n"
    "\tsvcadm clear <service> ...\t\t- clear maintenance state\n"
    "\tsvcadm milestone [-d] <milestone>\t- advance to a service milestone\n\n"
    "\tServices can be specified using an FMRI, abbreviation, or fnmatch(5)\n"
    "\tpattern, as shown in these examples for svc:/network/smtp:sendmail\n\n"
    "\tsvcadm <cmd> svc:/network/smtp:sendmail\n"
    "\tsvcadm <cmd> network/smtp:sendmail\n"
    "\tsvcadm <cmd> network/*mail\n"
    "\tsvcadm <cmd> network/smtp\n"
    "\tsvcadm <cmd> smtp:sendmail\n"
    "\tsvcadm <cmd> smtp\n"
    "\tsvcadm <cmd> sendmail\n")
HEADER = "STATE          STIME    FMRI\n"


def _svcs_usage(ctx) -> str:
    return SVCS_USAGE if dialect(ctx).svcs_zones else messages.text("svcs.usage-2008") + "\n"


def stime_text(ctx, t: float) -> str:
    """STIME: the time within a day, the date within about a year, else the year."""
    clock = ctx.world.clock
    when = _dt.datetime.fromtimestamp(clock.epoch + t, _dt.timezone.utc)
    age = clock.now - t
    if age < 86400:
        return f"{when.hour:2d}:{when.minute:02d}:{when.second:02d}"
    if age < 360 * 86400:
        return f"{when.strftime('%b')}_{when.day:02d}"
    return str(when.year)


def svcs(ctx) -> int:
    try:
        opts, operands = getopt(ctx.argv, SVCS_OPTSTRING)
    except OptError as e:
        ctx.err(e.text + "\n" + _svcs_usage(ctx))
        return 2
    flags = {o for o, _ in opts}
    if flags - SVCS_SIMULATED:
        return not_simulated(ctx, "svcs " + " ".join(sorted(flags - SVCS_SIMULATED)))
    svc = ctx.host.services
    status = 0
    if operands:
        if "-a" in flags:
            ctx.err("svcs: -a ignored when used with arguments.\n")
        chosen = {}
        for pat in operands:
            found = svc.match(pat)
            if not found:
                ctx.err(f"svcs: Pattern '{pat}' doesn't match any instances\n")
                status = 1
            for inst in found:
                chosen[inst.fmri] = inst
        insts = list(chosen.values())
    elif "-a" in flags:
        insts = svc.all()
    else:
        insts = [i for i in svc.all() if svc.is_enabled(i)]
    insts.sort(key=lambda i: (STATE_ORDER.get(svc.state(i), 7), svc.stime(i), i.fmri))
    out = [] if "-H" in flags else [HEADER]
    for i in insts:
        out.append(f"{svc.state(i):<15}{stime_text(ctx, svc.stime(i)):<9}{i.fmri}\n")
    ctx.out("".join(out))
    return status


# svcadm ---------------------------------------------------------------------------------------
def _svcadm_usage(ctx) -> str:
    if dialect(ctx).svcadm_usage == "2005":
        return SVCADM_USAGE_2005
    # the same block under a first line that names the zone options
    return messages.text("svcadm.usage-modern") + "\n" + SVCADM_USAGE_2005.split("\n", 1)[1]


SUB_OPTS = {"enable": "rst", "disable": "st", "restart": "", "refresh": "", "clear": ""}


def svcadm(ctx) -> int:
    try:
        opts, rest = getopt(ctx.argv, "v" if dialect(ctx).svcadm_usage == "2005" else "vZz:")
    except OptError as e:
        ctx.err(e.text + "\n" + _svcadm_usage(ctx))
        return 2
    gflags = {o for o, _ in opts}
    if gflags & {"-Z", "-z"}:
        return not_simulated(ctx, "svcadm in other zones")
    verbose = "-v" in gflags
    if not rest:
        ctx.err(_svcadm_usage(ctx))
        return 2
    sub, args = rest[0], rest[1:]
    if sub in ("mark", "milestone"):
        return not_simulated(ctx, f"svcadm {sub}")
    if sub not in SUB_OPTS:
        ctx.err(_svcadm_usage(ctx))
        return 2
    try:
        sopts, operands = getopt([ctx.argv[0], *args], SUB_OPTS[sub])
    except OptError as e:
        ctx.err(e.text + "\n" + _svcadm_usage(ctx))
        return 2
    if not operands:
        ctx.err(_svcadm_usage(ctx))
        return 2
    sflags = {o for o, _ in sopts}
    temporary = "-t" in sflags
    svc = ctx.host.services
    status = 0
    for pat in operands:
        found = svc.match(pat)
        if not found:
            ctx.err(f"svcadm: Pattern '{pat}' doesn't match any instances\n")
            status = 1
            continue
        if len(found) > 1:
            ctx.err(f"svcadm: Pattern '{pat}' matches multiple instances:\n"
                    + "".join(f"    {i.fmri}\n" for i in found))
            status = 1
            continue
        inst = found[0]
        if not privileged(ctx):
            ctx.err(f"svcadm: {inst.fmri}: Permission denied.\n")
            status = 1
            continue
        if sub in ("enable", "disable"):
            on = sub == "enable"
            svc.enable(inst, on, temporary)
            if verbose:
                ctx.out(f"{inst.fmri} {'temporarily ' if temporary else ''}{sub}d.\n")
        elif sub == "restart":
            svc.restart(inst)
            if verbose:
                ctx.out(messages.text("svcadm.verbose-action", action="restart", fmri=inst.fmri) + "\n")
        elif sub == "refresh":
            if verbose:
                ctx.out(messages.text("svcadm.verbose-action", action="refresh", fmri=inst.fmri) + "\n")
        elif sub == "clear":
            from vshell.model.services import SvcError
            try:
                svc.clear(inst)
            except SvcError:
                ctx.err(f'svcadm: Instance "{inst.fmri}" is not in a maintenance or degraded state.\n')
                status = 1
                continue
            if verbose:
                ctx.out(messages.text("svcadm.verbose-action", action="maint_off", fmri=inst.fmri) + "\n")
    return status
