"""zoneadm [-z zone] subcommand: list zones and move them along zoneadmd's state machine.
Texts: illumos zoneadm.c (usage, sanity_check, zone_print), zoneadmd's replies, the brands'
install output (install.py). Facts: zones.md §2, solaris11.md §6.1-6.2."""
from __future__ import annotations

from vshell import messages
from vshell.commands.dladm.status import words as dlstatus
from vshell.commands.zoneadm import install as inst
from vshell.frames import LineQuestion
from vshell.model import zones as zmodel
from vshell.model.zones import ZoneError

Z_OK, Z_ERR, Z_USAGE = 0, 1, 2
LONG = {
    "help": "Print usage message.",
    "boot": "Activates (boots) specified zone.  See zoneadm(1m) for valid boot\n\targuments.",
    "halt": "Halts specified zone, bypassing shutdown scripts and removing runtime\n\tresources of the zone.",
    "ready": "Prepares a zone for running applications but does not start any user\n\tprocesses in the zone.",
    "shutdown": "Gracefully shutdown the zone or reboot if the '-r' option is specified.\n\t"
                "See zoneadm(1m) for valid boot arguments.",
    "reboot": "Restarts the zone (equivalent to a halt / boot sequence).\n\tFails if the zone is not active.  "
              "See zoneadm(1m) for valid boot\n\targuments.",
    "list": "Lists the current zones, or a specific zone if indicated.  By default,\n\tall running zones are "
            "listed, though this can be expanded to all\n\tinstalled zones with the -i option or all "
            "configured zones with the\n\t-c option.  When used with the general -z <zone> and/or -u "
            "<uuid-match>\n\toptions, lists only the specified matching zone, but lists it\n\tregardless of "
            "its state, and the -i and -c options are disallowed.  The\n\t-v option can be used to display "
            "verbose information: zone name, id,\n\tcurrent state, root directory and options.  The -p "
            "option can be used\n\tto request machine-parsable output.  The -v and -p options are "
            "mutually\n\texclusive.  If neither -v nor -p is used, just the zone name is listed.",
    "verify": "Check to make sure the configuration can safely be instantiated\n\ton the machine: physical "
              "network interfaces exist, etc.",
    "install": "Install the configuration on to the system.  The -x nodataset option\n\tcan be used to "
               "prevent the creation of a new ZFS file system for the\n\tzone (assuming the zonepath is "
               "within a ZFS file system).\n\tAll other arguments are passed to the brand installation "
               "function;\n\tsee brands(5) for more information.",
    "uninstall": "Uninstall the configuration from the system.  The -F flag can be used\n\tto force the "
                 "action.  All other arguments are passed to the brand\n\tuninstall function; see "
                 "brands(5) for more information.",
    "clone": "Clone the installation of another zone.  The -m option can be used to\n\tspecify 'copy' which "
             "forces a copy of the source zone.  The -s option\n\tcan be used to specify the name of a ZFS "
             "snapshot that was taken from\n\ta previous clone command.  The snapshot will be used as the "
             "source\n\tinstead of creating a new ZFS snapshot.  All other arguments are passed\n\tto the "
             "brand clone function; see brands(5) for more information.",
    "move": "Move the zone to a new zonepath.",
    "detach": "Detach the zone from the system. The zone state is changed to\n\t'configured' (but the files "
              "under the zonepath are untouched).\n\tThe zone can subsequently be attached, or can be moved "
              "to another\n\tsystem and attached there.  The -n option can be used to specify\n\t'no-execute' "
              "mode.  When -n is used, the information needed to attach\n\tthe zone is sent to standard "
              "output but the zone is not actually\n\tdetached.  All other arguments are passed to the "
              "brand detach function;\n\tsee brands(5) for more information.",
    "attach": "Attach the zone to the system.  The zone state must be 'configured'\n\tprior to attach; upon "
              "successful completion, the zone state will be\n\t'installed'.  The system software on the "
              "current system must be\n\tcompatible with the software on the zone's original system.\n\t"
              "Specify -F to force the attach and skip software compatibility tests.\n\tThe -n option can be "
              "used to specify 'no-execute' mode.  When -n is\n\tused, the information needed to attach the "
              "zone is read from the\n\tspecified path and the configuration is only validated.  The path "
              "can\n\tbe '-' to specify standard input.  The -F and -n options are mutually\n\texclusive.  "
              "All other arguments are passed to the brand attach\n\tfunction; see brands(5) for more "
              "information.",
    "mark": "Set the state of the zone.  This can be used to force the zone\n\tstate to 'incomplete' "
            "administratively if some activity has rendered\n\tthe zone permanently unusable.  The only "
            "valid state that may be\n\tspecified is 'incomplete'.",
}
UNSAFE_WHEN_RUNNING = {"install", "uninstall", "clone", "move", "detach", "attach", "mark"}


class Cmd:
    def __init__(self, ctx, zones, zone_name):
        self.ctx, self.zones, self.zone_name = ctx, zones, zone_name
        self.dia = zones.dia

    def zerror(self, text: str) -> int:
        prefix = f"zoneadm: zone '{self.zone_name}': " if self.zone_name else "zoneadm: "
        self.ctx.err(prefix + text + "\n")
        return Z_ERR

    def short(self, sub: str) -> str:
        return next(u for u in self.dia["usage"] if u.split()[0] == sub)

    def usage(self, explicit: bool) -> int:
        text = "usage:\tzoneadm help\n\tzoneadm [-z <zone>] [-u <uuid-match>] list\n" \
               "\tzoneadm {-z <zone>|-u <uuid-match>} <subcommand>\n\nSubcommands:\n\n"
        for u in self.dia["usage"]:
            text += u + "\n"
            if explicit:
                text += "\t" + LONG[u.split()[0]] + "\n\n"
        if not explicit:
            text += "\n"
        (self.ctx.out if explicit else self.ctx.err)(text)
        return Z_USAGE

    def sub_usage(self, sub: str) -> int:
        self.ctx.err(f"usage:\t{self.short(sub)}\n\t{LONG[sub]}\n")
        return Z_USAGE


def main(ctx) -> int:
    host = ctx.host
    zones = host.zones if host.zone == "global" else (host.global_host.zones if host.global_host else None)
    if zones is None:
        ctx.err(f"{ctx.argv[0]}: not simulated on this host\n")
        return Z_ERR
    args = ctx.argv[1:]
    zone_name = None
    while args and args[0].startswith("-"):
        opt = args.pop(0)
        if opt[:2] in ("-z", "-u", "-R"):
            val = opt[2:] or (args.pop(0) if args else None)
            if val is None:
                return Cmd(ctx, zones, None).usage(False)
            if opt[1] == "z":
                zone_name = val
            continue
        if opt == "-?":
            return Cmd(ctx, zones, None).usage(True)
        return Cmd(ctx, zones, None).usage(False)
    c = Cmd(ctx, zones, zone_name)
    if not args:
        return c.usage(False)
    if zone_name is not None and zone_name != "global" and zone_name not in zones.zones:
        ctx.err(f"zoneadm: {zone_name}: No such zone configured\n")
        return Z_ERR
    sub, rest = args[0], args[1:]
    if sub == "help":
        if rest and any(u.split()[0] == rest[0] for u in c.dia["usage"]):
            ctx.err(f"usage:\t{c.short(rest[0])}\n\t{LONG[rest[0]]}\n")
            return Z_OK
        return c.usage(True) and Z_OK
    names = {u.split()[0] for u in c.dia["usage"]}
    if sub not in names:
        return c.usage(False)
    if sub == "list":
        return do_list(c, rest)
    if host.zone != "global":
        if sub in ("halt", "reboot"):
            return c.zerror(f"use {sub}(1M) to {sub} this zone.")
        return c.zerror(f"must be in the global zone to {sub} a zone.")
    if ctx.user.uid != 0:
        return c.zerror(f"only a privileged user may {sub} a zone.")
    if zone_name is None:
        if sub in ("install", "clone"):
            return c.sub_usage(sub)
        return c.zerror("no zone specified")
    if zone_name == "global":
        return c.zerror(f"{sub} operation is invalid for the global zone.")
    return globals()["do_" + sub](c, rest)


def _check(c: Cmd, op: str) -> int | None:
    """sanity_check()'s state rules, worded as zoneadm words them."""
    z = c.zones.get(c.zone_name)
    s = z.state
    if op in UNSAFE_WHEN_RUNNING and s in ("ready", "running"):
        return c.zerror(f"{op} operation is invalid for {s} zones.")
    if op == "uninstall" and s in ("configured",):
        return c.zerror(f"is already in state '{s}'.")
    if op in ("install", "clone", "attach") and s in zmodel.INSTALLED:
        return c.zerror("is already installed.")
    if op in ("install", "clone", "verify") and s == "incomplete" or op == "attach" and s == "incomplete":
        return c.zerror("zone is incomplete; uninstall required.")
    if op in ("boot", "ready", "detach", "move") and s in ("configured", "incomplete"):
        return c.zerror(f"must be installed before {op}.")
    if op in ("reboot", "shutdown") and s != "running":
        return c.zerror("not running")
    return None


def _zoneadmd(c: Cmd, text: str) -> None:
    """A line zoneadmd sent back, as the release prints it."""
    c.ctx.err(c.dia["zoneadmd_prefix"] % c.zone_name + text + "\n")


def _fail_boot(c: Cmd, e: ZoneError) -> int:
    info = e.info
    if e.code == "anet-failed":
        _zoneadmd(c, messages.text("zoneadm.anet-failed", link=info["link"], why=dlstatus(info["why"])))
    elif e.code == "no-lower":
        _zoneadmd(c, f"Unable to find an Ethernet lower link for anet {info.get('link', 'net0')}")
    elif e.code == "link-busy":
        _zoneadmd(c, messages.text("zoneadm.link-busy", link=info["link"]))
    elif e.code == "no-link":
        _zoneadmd(c, messages.text("zoneadm.no-link", link=info["link"]))
    elif e.code == "ip-failed":
        why = {"ADDR_INUSE": "Address already in use"}.get(info["why"], "Invalid argument")
        _zoneadmd(c, messages.text("zoneadm.ip-failed", link=info["link"], addr=info["addr"], why=why))
    else:
        _zoneadmd(c, str(e.code))
    return c.zerror("call to zoneadmd failed")


def _no_operands(c: Cmd, rest: list[str], sub: str) -> int | None:
    if rest and not (rest[0] == "--"):
        return c.sub_usage(sub)
    return None


def do_boot(c: Cmd, rest) -> int:
    bad = _no_operands(c, rest, "boot") or _check(c, "boot")
    if bad is not None:
        return bad
    try:
        if not c.zones.boot(c.zone_name):
            _zoneadmd(c, messages.text("zoneadm.already-booted"))
    except ZoneError as e:
        return _fail_boot(c, e)
    return Z_OK


def do_ready(c: Cmd, rest) -> int:
    bad = _no_operands(c, rest, "ready") or _check(c, "ready")
    if bad is not None:
        return bad
    z = c.zones.get(c.zone_name)
    if z.state == "running":
        _zoneadmd(c, f"ready operation is invalid for zones in state '{z.state}'")
        return c.zerror("call to zoneadmd failed")
    try:
        if not c.zones.ready(c.zone_name):
            _zoneadmd(c, "zone is already ready")
    except ZoneError as e:
        return _fail_boot(c, e)
    return Z_OK


def do_halt(c: Cmd, rest) -> int:
    if rest:
        return c.sub_usage("halt")
    z = c.zones.get(c.zone_name)
    if z.state in ("configured", "incomplete"):
        _zoneadmd(c, f"halt operation is invalid for zones in state '{z.state}'")
        return Z_ERR
    if not c.zones.halt(c.zone_name):
        _zoneadmd(c, messages.text("zoneadm.already-halted"))
    return Z_OK


def do_reboot(c: Cmd, rest) -> int:
    bad = _no_operands(c, rest, "reboot") or _check(c, "reboot")
    if bad is not None:
        return bad
    try:
        c.zones.reboot(c.zone_name)
    except ZoneError as e:
        return _fail_boot(c, e)
    return Z_OK


def do_shutdown(c: Cmd, rest) -> int:
    reboot = False
    if rest and rest[0] == "-r":
        reboot, rest = True, rest[1:]
    bad = _no_operands(c, rest, "shutdown") or _check(c, "shutdown")
    if bad is not None:
        return bad
    if reboot:
        return do_reboot(c, [])
    c.zones.halt(c.zone_name)
    return Z_OK


def do_verify(c: Cmd, rest) -> int:
    if rest:
        return c.sub_usage("verify")
    bad = _check(c, "verify")
    if bad is not None:
        return bad
    z = c.zones.get(c.zone_name)
    problems = _verify_links(c, z)
    for p in problems:
        c.ctx.err(p + "\n")
    if problems:
        c.ctx.err(f"zoneadm: zone {c.zone_name} failed to verify\n")
        return Z_ERR
    return Z_OK


def _verify_links(c: Cmd, z) -> list[str]:
    links = c.zones.host.links
    out = []
    excl = z.config.iptype(c.dia) == "exclusive"
    for r in z.config.of("net"):
        name = r.get("physical")
        if name not in links.links:
            out.append(messages.text("zoneadm.no-link", link=name))
        elif excl and links.links[name].zone not in ("global", z.name):
            out.append(f"WARNING: skipping network interface '{name}' which is used by the non-global "
                       f"zone '{links.links[name].zone}'.")
    return out


def do_install(c: Cmd, rest) -> int:
    opts = [a for a in rest if a.startswith("-")]
    if any(a not in ("-x", "nodataset") for a in rest) or (opts and "nodataset" not in rest):
        return c.sub_usage("install")
    bad = _check(c, "install")
    if bad is not None:
        return bad
    z = c.zones.get(c.zone_name)
    problems = _verify_links(c, z)
    if problems:
        for p in problems:
            c.ctx.err(p + "\n")
        c.ctx.err(f"zoneadm: zone {c.zone_name} failed to verify\n")
        return Z_ERR
    declared = (c.zones.host.facts.get("zone_install") or {}).get(z.name, {})
    text, secs = inst.install(c.zones, z)
    if declared:
        text = _declared(text, secs, declared)
        secs = float(declared.get("seconds", secs))
    if "nodataset" in rest:
        text = text.replace("A ZFS file system has been created for this zone.\n", "", 1)
    c.ctx.out(text)
    c.zones.install(c.zone_name)
    c.zones.world.clock.advance(secs)
    return Z_OK


def _declared(text: str, secs: float, declared: dict) -> str:
    """A world may declare what an install took (a published session's numbers)."""
    if "seconds" in declared:
        text = text.replace(f"completed in {secs:.3f} seconds", f"completed in {declared['seconds']} seconds")
    if "speed" in declared:
        import re
        text = re.sub(r"(?m)^(Completed .*?)\s+\S+/s$", lambda m: m.group(1) + f"{declared['speed']:>8}", text)
    return text


def do_uninstall(c: Cmd, rest) -> int:
    force = "-F" in rest
    if any(a != "-F" for a in rest):
        return c.sub_usage("uninstall")
    bad = _check(c, "uninstall")
    if bad is not None:
        return bad
    if force:
        c.zones.uninstall(c.zone_name)
        return Z_OK
    if not c.ctx.tty or c.ctx.stdin is not None:
        return c.zerror("Input not from terminal and -F not specified: uninstall not done.")
    session = c.ctx.session
    shell = c.ctx.shell

    def answered(text: str, out) -> None:
        if text.strip()[:1] in ("y", "Y"):
            c.zones.uninstall(c.zone_name)
            out.status = shell.last_status = Z_OK
        else:
            out.status = shell.last_status = Z_OK
    session.push(LineQuestion(session, f"Are you sure you want to uninstall zone {c.zone_name} (y/[n])? ",
                              answered))
    return Z_OK


def do_clone(c: Cmd, rest) -> int:
    args = [a for a in rest]
    method = None
    while args and args[0].startswith("-"):
        if args[0] in ("-m", "-s") and len(args) > 1:
            if args[0] == "-m":
                method = args[1]
            args = args[2:]
            continue
        return c.sub_usage("clone")
    if len(args) != 1:
        return c.sub_usage("clone")
    source = args[0]
    bad = _check(c, "clone")
    if bad is not None:
        return bad
    src = c.zones.zones.get(source)
    if src is None:
        c.ctx.err(f"zoneadm: {source}: No such zone configured\n")
        return Z_ERR
    if src.state in ("ready", "running"):
        return c.zerror(f"clone operation is invalid for {src.state} zones.")
    if src.state != "installed":                  # clone_func: the source must be installed
        c.ctx.err(f"zoneadm: zone {source} is {src.state}; installed is required.\n")
        return Z_ERR
    z = c.zones.get(c.zone_name)
    if method == "copy":
        text, secs = f"Copying {inst.zonepath(c.zones, src)}...\n", 1.0
    else:
        text, secs = inst.clone(c.zones, src, z)
    c.ctx.out(text)
    c.zones.clone(source, c.zone_name)
    c.zones.world.clock.advance(secs)
    return Z_OK


def do_move(c: Cmd, rest) -> int:
    if len(rest) != 1:
        return c.sub_usage("move")
    bad = _check(c, "move")
    if bad is not None:
        return bad
    if not rest[0].startswith("/"):
        return c.zerror(f"{rest[0]} is not an absolute path.")
    c.zones.move(c.zone_name, rest[0])
    return Z_OK


def do_detach(c: Cmd, rest) -> int:
    if any(a != "-n" for a in rest):
        return c.sub_usage("detach")
    bad = _check(c, "detach")
    if bad is not None:
        return bad
    if "-n" in rest:
        return Z_OK
    c.zones.detach(c.zone_name)
    return Z_OK


def do_attach(c: Cmd, rest) -> int:
    if "-F" in rest and "-n" in rest:
        return c.zerror("-F and -n flags are mutually exclusive")
    if any(a not in ("-F", "-u") for a in rest):
        return c.sub_usage("attach")
    bad = _check(c, "attach")
    if bad is not None:
        return bad
    try:
        c.zones.attach(c.zone_name)
    except ZoneError:
        return c.zerror(f"{inst.zonepath(c.zones, c.zones.get(c.zone_name))} is not a detached zone.")
    return Z_OK


def do_mark(c: Cmd, rest) -> int:
    if rest != ["incomplete"]:
        return Z_USAGE                  # mark_func returns Z_USAGE with nothing printed
    z = c.zones.get(c.zone_name)
    if z.state in ("ready", "running"):
        return c.zerror(f"mark operation is invalid for {z.state} zones.")
    if z.state == "configured":
        return c.zerror("must be installed before mark.")
    c.zones.mark_incomplete(c.zone_name)
    return Z_OK


# list ---------------------------------------------------------------------------------------
def do_list(c: Cmd, rest) -> int:
    flags = set()
    for a in rest:
        if not a.startswith("-") or any(ch not in "cipv" for ch in a[1:]):
            return c.sub_usage("list")
        flags |= set(a[1:])
    if "p" in flags and "v" in flags:
        return c.zerror("list -p and -v are mutually exclusive.")
    if c.zone_name is not None and flags & {"c", "i"}:
        return c.sub_usage("list")
    host = c.ctx.host
    rows = []
    if host.zone != "global":
        z = c.zones.get(host.zone)
        rows = [_row_zone(c, z)]
    elif c.zone_name is not None:
        rows = [_row_global(c)] if c.zone_name == "global" else [_row_zone(c, c.zones.get(c.zone_name))]
    else:
        rows = [_row_global(c)]
        floor = "configured" if "c" in flags else "installed" if "i" in flags else "running"
        rank = {s: i for i, s in enumerate(zmodel.STATES)}
        for z in c.zones.ordered():
            if rank[z.state] >= rank[floor]:
                rows.append(_row_zone(c, z))
    if "p" in flags:
        c.ctx.out("".join(_parseable(c, r) for r in rows))
    elif "v" in flags:
        c.ctx.out(_verbose_head(c) + "".join(_verbose(c, r) for r in rows))
    else:
        c.ctx.out("".join(r["name"] + "\n" for r in rows))
    return Z_OK


def _row_global(c: Cmd) -> dict:
    return {"id": 0, "name": "global", "state": "running", "path": "/", "uuid": "",
            "brand": c.dia["global_brand"], "ip": "shared", "global": True}


def _row_zone(c: Cmd, z) -> dict:
    ip = "excl" if z.config.iptype(c.dia) == "exclusive" else "shared"
    return {"id": z.id, "name": z.name, "state": z.state, "path": inst.zonepath(c.zones, z),
            "uuid": z.uuid if z.state in zmodel.INSTALLED else "", "brand": z.config.brand(c.dia),
            "ip": ip, "global": False, "macprofile": z.config.get("file-mac-profile", "")}


def _verbose_head(c: Cmd) -> str:
    if c.dia["list"] == "wide":
        return f"{'ID':>4} {'NAME':<16} {'STATUS':<11} {'PATH':<28} {'BRAND':<10} IP\n"
    return f"{'ID':>4} {'NAME':<16} {'STATUS':<10} {'PATH':<30} {'BRAND':<8} {'IP':<6}\n"


def _verbose(c: Cmd, r: dict) -> str:
    zid = "-" if r["id"] is None else str(r["id"])
    if c.dia["list"] == "wide":
        return f"{zid:>4} {r['name']:<16} {r['state']:<11} {r['path']:<28} {r['brand']:<10} {r['ip']}\n"
    return f"{zid:>4} {r['name']:<16} {r['state']:<10} {r['path']:<30} {r['brand']:<8} {r['ip']:<6}\n"


def _parseable(c: Cmd, r: dict) -> str:
    zid = "-" if r["id"] is None else str(r["id"])
    path = r["path"].replace(":", "\\:")
    base = f"{zid}:{r['name']}:{r['state']}:{path}:{r['uuid']}:{r['brand']}:{r['ip']}"
    kind = c.dia["list_p"]
    if kind == "illumos":
        return base + ":\n"
    if kind == "solaris11":
        ro = "-"
        prof = "none" if r["global"] else r.get("macprofile", "")
        return base + f":{ro}:{prof}\n"
    return base + "\n"
