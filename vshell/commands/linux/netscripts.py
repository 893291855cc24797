"""ifup, ifdown, `service network ...` and modprobe on a RHEL-based dom0: the words of
initscripts 8.45 (RHEL5) and 9.03 (RHEL6) around vshell.model.netscripts, which does the work.

The network service's `action` prints its message and a space, runs the script (whose own
words follow on the same line), then moves to column 60 and prints `[  OK  ]` or
`[FAILED]` (/etc/init.d/functions, RES_COL=60). A terminal shows that move as spaces; that
is what is written here (no escape sequences, no colours)."""
from __future__ import annotations

from vshell import messages
from vshell.commands.errno import glibc
from vshell.commands.linux import brctl
from vshell.model.netdevs import NetError
from vshell.model.netscripts import Scripts

RES_COL = 60


def _say(note, port_words: bool = False) -> str:
    """One note of the scripts in their words."""
    i = note.info
    k = note.kind
    if k == "no-config":
        return f"/sbin/ifup: configuration for {i['name']} not found.\nUsage: ifup <device name>\n"
    if k == "users-cannot":
        return "Users cannot control this device.\n"
    if k == "ifdown-usage":
        return "usage: ifdown <device name>\n"
    if k == "not-present":
        who = f"{i['alias']} device" if i.get("alias") else "Device"
        return f"{who} {i['dev']} does not seem to be present, delaying initialization.\n"
    if k == "different-mac":
        return f"Device {i['dev']} has different MAC address than expected, ignoring.\n"
    if k == "vlan-added":
        return f"Added VLAN with VID == {i['vid']} to IF -:{i['phys']}:-\n"
    if k == "vlan-removed":
        return f"Removed VLAN -:{i['dev']}:-\n"
    if k == "vconfig-error":
        return (f"ERROR: trying to add VLAN #{i['vid']} to IF -:{i['phys']}:-  error: "
                f"{glibc(i['code'])}\n")
    if k == "vlan-add-failed":
        return f"ERROR: could not add vlan {i['vid']} as {i['dev']} on dev {i['phys']}\n"
    if k == "command-not-found":
        return f"{i['path']}: line {i['line']}: {i['word']}: command not found\n"
    if k == "syntax-error":
        return (f"{i['path']}: line {i['line']}: syntax error near unexpected token `{i['token']}'\n"
                f"{i['path']}: line {i['line']}: `{i['text']}'\n")
    if k == "syntax-eof":
        return messages.text("netscripts.source-eof", path=i["path"], line=i["line"]) + "\n"
    if k == "sysfs-write":
        return messages.text("netscripts.sysfs-write", reason=glibc(i["code"])) + "\n"
    if k == "dhcp":
        return f"\nDetermining IP information for {i['dev']}... failed.\n"
    if k == "bad-address":
        return f"Error adding address {i['address']} for {i['dev']}.\n"
    if k == "delbr-busy":
        return brctl.delbr_words("EBUSY", i["bridge"], "") + "\n"
    if k == "brctl-addif":
        return brctl.addif_words(i.get("code"), i["dev"], i["bridge"], port_words,
                                 i.get("missing") != "interface", glibc(i.get("code") or "EINVAL")) + "\n"
    if k == "kernel":
        return messages.text("netscripts.kernel", reason=glibc(i.get("code") or "EINVAL")) + "\n"
    return ""


def _emit(ctx, res) -> None:
    for note in res.notes:
        text = _say(note, brctl.port_wording(ctx.host.release))
        (ctx.err if note.stream == "stderr" else ctx.out)(text)


def _action(ctx, label: str, res, column: list[int]) -> None:
    """`action LABEL cmd`: the label and a space, the command's words, then the verdict at
    column 60 of whatever line the cursor is on."""
    ctx.out(label + " ")
    column[0] = len(label) + 1
    for note in res.notes:
        text = _say(note, brctl.port_wording(ctx.host.release))
        if note.stream == "stderr":
            ctx.err(text)
        else:
            ctx.out(text)
        if text:
            column[0] = len(text.rsplit("\n", 1)[-1]) if "\n" in text else column[0] + len(text)
    pad = max(RES_COL - 1 - column[0], 0)
    ctx.out(" " * pad + ("[  OK  ]" if res.status == 0 else "[FAILED]") + "\n")


# ifup / ifdown --------------------------------------------------------------------------------
def ifup(ctx) -> int:
    return _updown(ctx, "ifup")


def ifdown(ctx) -> int:
    return _updown(ctx, "ifdown")


def _updown(ctx, which: str) -> int:
    args = ctx.argv[1:]
    if not args:
        ctx.err("Usage: ifup <device name>\n" if which == "ifup" else "usage: ifdown <device name>\n")
        return 1
    scripts = Scripts(ctx.host)
    res = (scripts.ifup if which == "ifup" else scripts.ifdown)(args[0], user=ctx.user)
    _emit(ctx, res)
    return res.status


# service ----------------------------------------------------------------------------------------
SERVICES = ("network",)


def service(ctx) -> int:
    args = ctx.argv[1:]
    if not args or args[0].startswith("-") and args[0] != "--status-all":
        ctx.err(messages.text("netscripts.service-usage") + "\n")
        return 1
    name = args[0]
    if name not in SERVICES:
        ctx.err(f"{name}: unrecognized service\n")
        return 1
    return network(ctx, args[1:])


def network(ctx, args: list[str]) -> int:
    scripts = Scripts(ctx.host)
    rhel6 = scripts.style == "rhel6"
    verb = args[0] if args else ""
    verbs = ("start", "stop", "status", "restart", "reload", "force-reload") if rhel6 else \
            ("start", "stop", "restart", "reload", "status")
    if verb not in verbs:
        if rhel6:
            ctx.out("Usage: /etc/init.d/network {start|stop|status|restart|reload|force-reload}\n")
            return 2
        ctx.out("Usage: /etc/init.d/network {start|stop|restart|reload|status}\n")
        return 1
    if verb == "status":
        ctx.out("Configured devices:\n" + " ".join(scripts.configured()) + "\n")
        ctx.out("Currently active devices:\n" + " ".join(_active(scripts)) + "\n")
        return 0
    if ctx.user.uid != 0:
        return 4            # 9.03: [ "$EUID" != "0" ] && exit 4  # unverified for 8.45
    status = 0
    if verb in ("stop", "restart", "reload", "force-reload"):
        status |= _run_steps(ctx, scripts.stop())
    if verb in ("start", "restart", "reload", "force-reload"):
        status |= _run_steps(ctx, scripts.start())
    return 1 if status and rhel6 else 0


def _active(scripts) -> list[str]:
    # `ip -o link show up | awk -F ": " '{ print $2 }'`: a VLAN device as name@parent
    out = []
    for d in scripts.nd.ordered():
        if d.up:
            out.append(f"{d.name}@{d.lower}" if d.kind == "vlan" else d.name)
    return out


def _run_steps(ctx, steps) -> int:
    column = [0]
    failed = 0
    for action, iface, res in steps:
        # the network script's strings end in a space; action adds one more
        label = {"up-lo": "Bringing up loopback interface: ", "down-lo": "Shutting down loopback interface: ",
                 "up": f"Bringing up interface {iface}: ", "down": f"Shutting down interface {iface}: "}[action]
        _action(ctx, label, res, column)
        failed |= res.status != 0
    return failed


# modprobe ---------------------------------------------------------------------------------------
# the modules a dom0 has that vshell models; others exist on the machine but do nothing here
KNOWN_MODULES = {"bonding", "8021q", "bridge", "bnx2", "e1000", "e1000e", "tg3", "igb", "ixgbe", "loop"}


def modprobe(ctx) -> int:
    args = ctx.argv[1:]
    remove = False
    while args and args[0].startswith("-"):
        if args[0] in ("-r", "--remove"):
            remove = True
        elif args[0] not in ("-v", "-q", "--verbose", "--quiet"):
            ctx.err(messages.text("netscripts.modprobe-usage") + "\n")
            return 1
        args = args[1:]
    if not args:
        ctx.err(messages.text("netscripts.modprobe-usage") + "\n")
        return 1
    if ctx.user.uid != 0:
        ctx.err(messages.text("netscripts.modprobe-denied", module=args[0]) + "\n")
        return 1
    from vshell.model.netscripts import modprobe as conf
    aliases, options = conf(ctx.fs)
    names = args if remove else args[:1]
    nd = ctx.host.netdevs
    for name in names:
        module = aliases.get(name, name)
        if module not in KNOWN_MODULES:
            ctx.err(f"FATAL: Module {name} not found.\n")
            return 1
        if remove:
            if module == "bonding":
                for b in nd.of_kind("bond"):
                    try:
                        nd.delete(b.name)
                    except NetError:
                        pass
                nd.bonding_loaded = False
            elif module == "8021q":
                if nd.of_kind("vlan"):
                    ctx.err("FATAL: Module 8021q is in use.\n")
                    return 1
                nd.vlan_loaded = False
            continue
        params = dict(options.get(module, {}))
        for p in args[1:]:
            k, _, v = p.partition("=")
            params[k] = v
        if module == "bonding":
            Scripts(ctx.host).load_bonding(params)
        elif module == "8021q":
            nd.vlan_loaded = True
    return 0
