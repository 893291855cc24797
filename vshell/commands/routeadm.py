"""routeadm on Solaris and illumos: the forwarding and routing configuration (-e, -d, -r), its
application to the running system (-u), the report and its parseable form (-p). The persistent
values are the IP stack's forward_conf/routing_conf, the current ones its forwarding/routing,
which the bound SMF instances follow (model/services.py). Formats from illumos routeadm.c
(research-ip.md §5, solaris11.md 4.2); the daemon list's order is the dialect's."""
from __future__ import annotations

from vshell import messages
from vshell.commands import not_simulated
from vshell.commands.ipcommon import Exit, guarded, dialect, privileged

OPTIONS = {                         # name -> (report label, kind, family)
    "ipv4-routing": ("IPv4 routing", "routing", 4),
    "ipv6-routing": ("IPv6 routing", "routing", 6),
    "ipv4-forwarding": ("IPv4 forwarding", "forwarding", 4),
    "ipv6-forwarding": ("IPv6 forwarding", "forwarding", 6),
}
VARIABLES = ("ipv4-routing-daemon", "ipv4-routing-daemon-args", "ipv4-routing-stop-cmd",
             "ipv6-routing-daemon", "ipv6-routing-daemon-args", "ipv6-routing-stop-cmd",
             "routing-svcs")
VAR_DEFAULT = {"routing-svcs": "route:default ripng:default"}
VAR_LABEL = {"routing-svcs": "Routing services"}    # the others' labels are in the registry

USAGE = """usage: {me} [-p] [-R <root-dir>]
       {me} [-e <option>] [-d <option>] [-r <option>]
           [-l <FMRI>] [-m <FMRI> key=value [...]]
           [-s <var>=<val>] [-R <root-dir>]
       {me} -u

       <option> is one of:
       ipv4-forwarding
       ipv4-routing
       ipv6-forwarding
       ipv6-routing

       <var> is one of:
       ipv4-routing-daemon
       ipv4-routing-daemon-args
       ipv4-routing-stop-cmd
       ipv6-routing-daemon
       ipv6-routing-daemon-args
       ipv6-routing-stop-cmd
       routing-svcs
"""


def _usage(ctx, first: str = "") -> Exit:
    return Exit(1, first + USAGE.format(me=ctx.argv[0]))


def run(ctx) -> int:
    me = ctx.argv[0]
    args = ctx.argv[1:]
    changes: list[tuple[str, str]] = []        # (-e|-d|-r, option)
    sets: list[tuple[str, str]] = []
    update = False
    show: list[str | None] = []
    modify_letters = set()
    i = 0
    # getopt(argc, argv, ":d:e:l:m:p:r:R:s:u"): the leading ':' lets routeadm word a missing argument
    while i < len(args):
        a = args[i]
        if not a.startswith("-") or a == "-":
            break
        if a == "--":
            i += 1
            break
        i += 1
        j = 1
        while j < len(a):
            c = a[j]
            j += 1
            if c not in "delmprRsu":
                raise _usage(ctx)
            if c == "u":
                update = True
                modify_letters.add(c)
                continue
            if j < len(a):
                value = a[j:]
            elif i < len(args):
                value, i = args[i], i + 1
            else:
                if c == "p":
                    show.append(None)
                    break
                raise _usage(ctx, f"{me}: option requires an argument -{a}\n")
            if c == "p":
                show.append(value)
            elif c in "edr":
                if value not in OPTIONS:
                    if value in VARIABLES:
                        raise _usage(ctx)
                    raise _usage(ctx, f"{me}: invalid option: {value}\n")
                changes.append(("-" + c, value))
                modify_letters.add(c)
            elif c == "s":
                var, eq, _ = value.partition("=")
                if not eq:
                    raise _usage(ctx)
                if var not in VARIABLES:
                    raise _usage(ctx, f"{me}: invalid variable: {value}\n")
                sets.append((var, value.partition("=")[2]))
                modify_letters.add(c)
            elif c == "R":
                return not_simulated(ctx, "routeadm -R (an alternate root)")
            elif c in "lm":
                return not_simulated(ctx, f"routeadm -{c} (routing daemon properties)")
            break
    if i < len(args):
        raise _usage(ctx)
    if show and modify_letters:
        raise _usage(ctx, f"{me}: the -p option cannot be used with any of -demrsu\n")
    svc = ctx.host.services
    stack = ctx.host.ip
    if show:
        return parseable(ctx, svc, stack, show)
    if not changes and not sets and not update:
        ctx.out(report(ctx, svc, stack))
        return 0
    if not privileged(ctx):
        raise Exit(1, messages.text("routeadm.denied") + "\n")
    for flag, opt in changes:
        _, kind, fam = OPTIONS[opt]
        conf = stack.forward_conf if kind == "forwarding" else stack.routing_conf
        if flag == "-r":
            conf[fam] = "disabled"
            svc.explicit.discard(opt)
        else:
            conf[fam] = "enabled" if flag == "-e" else "disabled"
            svc.explicit.add(opt)
    for var, value in sets:
        svc.props[var] = value
    if update:
        for opt, (_, kind, fam) in OPTIONS.items():
            conf = stack.forward_conf if kind == "forwarding" else stack.routing_conf
            svc.apply_ip(kind, fam, conf[fam] == "enabled")
    return 0


def _conf(svc, stack, opt: str) -> tuple[str, str]:
    """(persistent, current) as the report words them."""
    _, kind, fam = OPTIONS[opt]
    conf = stack.forward_conf if kind == "forwarding" else stack.routing_conf
    cur = stack.forwarding if kind == "forwarding" else stack.routing
    return conf[fam], "enabled" if cur[fam] else "disabled"


def report(ctx, svc, stack) -> str:
    d = dialect(ctx)
    out = ["              Configuration   Current              Current\n",
           "                     Option   Configuration        System State\n",
           "-" * 63 + "\n"]
    for opt, (label, _, _) in OPTIONS.items():
        persistent, current = _conf(svc, stack, opt)
        if d.routeadm_default_form and opt not in svc.explicit and persistent == "disabled":
            persistent = f"default ({persistent})"
        out.append(f"{label:>27}   {persistent:<21}{current}\n")
    out.append("\n")
    for var in VARIABLES:
        value = svc.props.get(var, VAR_DEFAULT.get(var, ""))
        if value:
            label = VAR_LABEL.get(var) or messages.text(f"routeadm.label-{var}")
            out.append(f'{label:>27}   "{value}"\n')
    out.append("\nRouting daemons:\n")
    out.append(f"\n                      {'STATE'}   {'FMRI'}\n")
    for fmri in d.routeadm_daemons:
        inst = svc.get(fmri)
        if inst is not None:
            out.append(f"{svc.state(inst):>27}   {fmri}\n")
    return "".join(out)


def parseable(ctx, svc, stack, show: list) -> int:
    want = show[-1]
    if want is not None and want not in OPTIONS and want not in VARIABLES:
        raise Exit(1, f"{ctx.argv[0]}: no such option/variable {want}\n")
    for opt in OPTIONS:
        if want in (None, opt):
            persistent, current = _conf(svc, stack, opt)
            ctx.out(f"{opt} persistent={persistent} default=disabled current={current}\n")
    for var in VARIABLES:
        if want in (None, var):
            value = svc.props.get(var, VAR_DEFAULT.get(var, ""))
            ctx.out(f'{var} persistent="{value}" default="{VAR_DEFAULT.get(var, "")}" \n')
    return 0


main = guarded(run)
