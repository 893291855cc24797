"""pkg(1), the Image Packaging System client: `pkg publisher` from the image's publishers
(vshell.model.zones.image_publishers); `pkg`, `pkg help` and unknown subcommands with pkg's
usage texts; the other subcommands are not simulated yet.

Texts: pkg5's client.py (usage(), main_func(), publisher_list) as the solaris-ips gate has it
(CLIENT_API_VERSION 83, the 11.4 era) and as OmniOS's pkg5 has it; the 2010 client.py for
OpenSolaris (its `%-24s %-12s %-8s %-8s %s` table). The column layout of `pkg publisher` is
confirmed by a published Solaris 11.4 session (solaris11/03). Which text a release prints is
its zones dialect's `pkg_usage` and `pkg_publisher` (state/zones.toml)."""
from __future__ import annotations

from vshell import messages
from vshell.commands import not_simulated
from vshell.model.zones import dialect, image_publishers

EXIT_OK, EXIT_OOPS, EXIT_BADOPT = 0, 1, 2
SYSREPO_HIDDEN_URI = "<system-repository>"

# The subcommands pkg knows (main_func's cmds table); only `publisher` and `help` are simulated.
SUBCOMMANDS = {
    "add-property-value", "attach-linked", "avoid", "audit-linked", "authority", "change-facet",
    "change-variant", "contents", "copy-publishers-from", "detach-linked", "dehydrate",
    "exact-install", "facet", "fix", "freeze", "help", "history", "image-create", "info", "install",
    "list", "list-linked", "list-uuids", "mediator", "property", "property-linked", "pubcheck-linked",
    "publisher", "purge-history", "rebuild-index", "refresh", "rehydrate", "remote",
    "remove-property-value", "revert", "search", "set-authority", "set-mediator", "set-property",
    "set-property-linked", "set-publisher", "sync-linked", "unavoid", "unfreeze", "uninstall",
    "unset-authority", "unset-property", "unset-mediator", "unset-publisher", "update",
    "update-format", "variant", "verify", "version", "image-update",
}

# usage(full=True): the short table of subcommands (solaris-ips; OmniOS adds apply-hot-fix)
_TABLE = """\
Usage:    pkg [options] command [cmd_options] [operands]
The following commands are supported:

Package Information  : list           search         info      contents
Package Transitions  : update         install        uninstall
                       history        exact-install{hotfix}
Package Maintenance  : verify         fix            revert
Publishers           : publisher      set-publisher  unset-publisher
Package Configuration: mediator       set-mediator   unset-mediator
                       facet          change-facet
                       variant        change-variant
Image Constraints    : avoid          unavoid        freeze    unfreeze
Image Configuration  : refresh        rebuild-index  purge-history
                       property       set-property   add-property-value
                       unset-property remove-property-value
Miscellaneous        : image-create   dehydrate      rehydrate
For more info, run: pkg help <command>
"""
FULL_USAGE = {
    "solaris": _TABLE.format(hotfix=""),
    "omnios": _TABLE.format(hotfix="  apply-hot-fix"),
}
PUBLISHER_USAGE = {
    "solaris": "[-HPn] [-F format] [publisher ...]",
    "omnios": "[-HPn] [-F format] [publisher ...]",
    "2010": "[-HPn] [publisher ...]",
}
FORMATS = ("default", "tsv", "json", "json-formatted")


def _style(host) -> tuple[str, str]:
    """(usage style, publisher table style) of the host's release."""
    key = host.release.get("zones_dialect")
    dia = dialect(key) if key else {}
    return dia.get("pkg_usage", "solaris"), dia.get("pkg_publisher", "modern")


def _full_usage(ctx, style: str) -> None:
    if style == "2010":
        ctx.err(messages.text("pkg.try-help") + "\n")
    else:
        ctx.err(FULL_USAGE[style])


def _usage_error(ctx, style: str, text: str, cmd: str | None = None, full: bool = False) -> int:
    """usage(): the error line (`pkg: ...`, or `pkg CMD: ...`), then the usage asked for."""
    ctx.err((f"pkg {cmd}: " if cmd else "pkg: ") + text + "\n")
    if cmd:
        ctx.err("Usage:\n" + f"        pkg {cmd} {PUBLISHER_USAGE[style]}\n")
    elif full or style == "2010":
        _full_usage(ctx, style)
    else:
        ctx.err("For a full list of subcommands, run: pkg help\n")
    return EXIT_BADOPT


def main(ctx) -> int:
    style, table = _style(ctx.host)
    if table == "2010":
        style = "2010"
    args = list(ctx.argv[1:])
    show_usage = False
    while args and args[0].startswith("-") and args[0] != "-":
        opt = args.pop(0)
        if opt in ("-?", "--help"):
            show_usage = True
        elif opt == "-R" or opt in ("-D", "--debug", "--runid"):
            if not args:
                return _usage_error(ctx, style, f"option requires an argument -- {opt.lstrip('-')[:1]}")
            args.pop(0)
        elif opt.startswith(("-R", "-D", "--debug=", "--runid=")) or opt in ("--notes", "--no-network-cache"):
            continue
        else:
            return _usage_error(ctx, style, f"illegal global option -- {opt.lstrip('-')[:1]}")
    sub = args.pop(0) if args else None
    if sub == "help":
        if args and args[0] == "publisher":
            ctx.err("Usage:\n" + f"        pkg publisher {PUBLISHER_USAGE[style]}\n")
            return EXIT_OK
        if args and args[0] not in SUBCOMMANDS:
            return _usage_error(ctx, style, f"unknown subcommand '{args[0]}'")
        if args:
            return not_simulated(ctx, f"pkg help {args[0]}")
        _full_usage(ctx, style)
        return EXIT_OK
    if sub is not None and sub not in SUBCOMMANDS:
        return _usage_error(ctx, style, f"unknown subcommand '{sub}'")
    if show_usage:
        if sub == "publisher":
            ctx.err("Usage:\n" + f"        pkg publisher {PUBLISHER_USAGE[style]}\n")
        elif sub is None:
            _full_usage(ctx, style)
        else:
            return not_simulated(ctx, f"pkg {sub} --help")
        return EXIT_OK
    if sub is None:
        return _usage_error(ctx, style, "no subcommand specified", full=True)
    if "--help" in args or "-?" in args:          # main_func: that subcommand's usage, status 0
        if sub not in ("publisher", "authority"):
            return not_simulated(ctx, f"pkg {sub} --help")
        ctx.err("Usage:\n" + f"        pkg publisher {PUBLISHER_USAGE[style]}\n")
        return EXIT_OK
    if sub in ("publisher", "authority"):
        return publisher(ctx, args, style, table)
    return not_simulated(ctx, f"pkg {sub}")


def publisher(ctx, args: list[str], style: str, table: str) -> int:
    """pkg publisher [-HPn] [-F format] [publisher ...]: the image's publishers, one row per
    origin and mirror (client_api._publisher_list; client.py publisher_list's format)."""
    omit_headers = preferred_only = False
    inc_disabled = True
    fmt = "default"
    letters = "HPn" if style == "2010" else "HPnF"
    operands = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            operands += args[i + 1:]
            break
        if a.startswith("-") and len(a) > 1 and not operands:
            j = 1
            while j < len(a):
                c = a[j]
                if c not in letters:
                    return _usage_error(ctx, style, f"illegal option -- {c}", cmd="publisher")
                if c == "F":
                    val = a[j + 1:] or (args[i + 1] if i + 1 < len(args) else None)
                    if val is None:
                        return _usage_error(ctx, style, "option requires an argument -- F", cmd="publisher")
                    if not a[j + 1:]:
                        i += 1
                    fmt = val
                    break
                omit_headers |= c == "H"
                preferred_only |= c == "P"
                inc_disabled &= c != "n"
                j += 1
            i += 1
            continue
        operands.append(a)
        i += 1
    if fmt not in FORMATS:
        return _usage_error(ctx, style, messages.text("pkg.bad-format", value=fmt, valid=", ".join(FORMATS)),
                            cmd="publisher")
    if fmt.startswith("json"):
        return not_simulated(ctx, f"pkg publisher -F {fmt}")
    if operands:
        return not_simulated(ctx, "pkg publisher NAME (a publisher's details)")
    pubs = image_publishers(ctx.host)
    if preferred_only:
        pubs = pubs[:1]
    elif not inc_disabled:
        pubs = [p for p in pubs if not p.disabled]
    if table == "2010":
        ctx.out(_table_2010(pubs, omit_headers, preferred_only))
    elif fmt == "tsv":
        ctx.out(_table_tsv(pubs, omit_headers))
    else:
        ctx.out(_table(pubs, omit_headers))
    return EXIT_OK


def _rows(p):
    """(type, status, location, proxied, uri) for each origin, then each mirror."""
    for uri in sorted(p.origins):
        where = SYSREPO_HIDDEN_URI if p.syspub else uri
        yield "origin", "disabled" if p.disabled else "online", where, "T" if p.syspub else "F", uri
    for uri in p.mirrors:
        yield "mirror", "online", SYSREPO_HIDDEN_URI if p.syspub else uri, "T" if p.syspub else "F", uri


def _attrs(p) -> str:
    flags = ([] if p.sticky else ["non-sticky"]) + (["disabled"] if p.disabled else []) + \
        (["syspub"] if p.syspub else [])
    return f"({', '.join(flags)})" if flags else ""


def _table(pubs, omit_headers: bool) -> str:
    fmt = "{0:14} {1:12} {2:8} {3:2} {4} {5}\n"
    out = "" if omit_headers else fmt.format("PUBLISHER", "", "TYPE", "STATUS", "P", "LOCATION")
    for p in pubs:
        rows = list(_rows(p)) or [("", "", "", "", "")]
        for typ, status, where, proxied, _ in rows:
            out += fmt.format(p.name, _attrs(p), typ, status, proxied, where)
    return out


def _table_tsv(pubs, omit_headers: bool) -> str:
    out = "" if omit_headers else "PUBLISHER\tSTICKY\tSYSPUB\tENABLED\tTYPE\tSTATUS\tURI\tPROXY\n"
    for p in pubs:
        common = [p.name, str(p.sticky).lower(), str(p.syspub).lower()]
        rows = list(_rows(p))
        if not rows:
            out += "\t".join(common + [str(not p.disabled).lower(), "", "", "", ""]) + "\n"
        for typ, status, _, _, uri in rows:
            enabled = "false" if status == "disabled" else "true"
            out += "\t".join(common + [enabled, typ, status, uri, "-"]) + "\n"
    return out


def _table_2010(pubs, omit_headers: bool, preferred_only: bool) -> str:
    """The 2010 client.py: `%-24s %-12s %-8s %-8s %s` over PUBLISHER, attrs, TYPE, STATUS, URI;
    the first publisher is the preferred one."""
    fmt = "%-24s %-12s %-8s %-8s %s\n"
    out = "" if omit_headers else fmt % ("PUBLISHER", "", "TYPE", "STATUS", "URI")
    for n, p in enumerate(pubs):
        flags = ([] if p.sticky else ["non-sticky"]) + \
            (["preferred"] if n == 0 and not preferred_only else []) + (["disabled"] if p.disabled else [])
        attrs = f"({', '.join(flags)})" if flags else ""
        for uri in p.origins:
            out += fmt % (p.name, attrs, "origin", "online", uri)
        for uri in p.mirrors:
            out += fmt % (p.name, attrs, "mirror", "online", uri)
    return out
