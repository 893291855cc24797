"""zlogin [-CE] [-e c] [-l user] zone [command]: a shell in a running zone, a command run in
it, or its console. Texts: zlogin.c (zones.md §3; Solaris 11 and illumos sources agree on the
messages); the console dialogue of solaris11.md §6.4."""
from __future__ import annotations

from vshell import messages
from vshell.commands.timefmt import ctime
from vshell.frames import Frame
from vshell.frames.shell import ShellFrame
from vshell.model import zones as zmodel

Z_ERR, Z_USAGE = 1, 2
USAGE = {   # by zones dialect family: the usage line of its zlogin.c
    "solaris11": "usage: zlogin [ -dCES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]",
    "illumos": "usage: zlogin [-dinCEINQS] [-e cmdchar] [-l user] zonename [command [args ...] ]",
}
USAGE_OLD = "usage: zlogin [ -CES ] [ -e cmdchar ] [-l user] zonename [command [args ...] ]"  # unverified (S10 lacks -d)


def _usage(zones) -> str:
    return USAGE.get(zones.dia_key, USAGE_OLD) + "\n"


def main(ctx) -> int:
    host = ctx.host
    if host.zone != "global" or host.zones is None:
        ctx.err("zlogin: 'zlogin' may only be used from the global zone\n")
        return Z_ERR
    zones = host.zones
    args = ctx.argv[1:]
    console, escape, user = False, "~", "root"
    while args and args[0].startswith("-") and len(args[0]) > 1:
        opt = args.pop(0)
        i = 1
        while i < len(opt):
            c = opt[i]
            if c in "el":
                val = opt[i + 1:] or (args.pop(0) if args else None)
                if val is None:
                    ctx.err(f"zlogin: option requires an argument -- {c}\n" + _usage(zones))
                    return Z_USAGE
                if c == "e":
                    escape = val[:1]          # only the first character counts
                else:
                    user = val
                break
            if c == "C":
                console = True
            elif c == "E":
                escape = ""
            elif c not in "dSQ":
                ctx.err(f"zlogin: illegal option -- {c}\n" + _usage(zones))
                return Z_USAGE
            i += 1
    if not args:
        ctx.err(_usage(zones))
        return Z_USAGE
    name, command = args[0], args[1:]
    if console and command:
        ctx.err("zlogin: Commands may not be specified for console login.\n" + _usage(zones))
        return Z_USAGE
    if console and user != "root":
        ctx.err("zlogin: -l may not be specified for console login\n" + _usage(zones))
        return Z_USAGE
    if name == "global":
        ctx.err("zlogin: 'zlogin' not applicable to the global zone\n")
        return Z_ERR
    z = zones.zones.get(name)
    if z is None:
        ctx.err(f"zlogin: zone '{name}' unknown\n")
        return Z_ERR
    if z.state in ("configured", "incomplete"):
        ctx.err(f"zlogin: cannot login to a zone which is '{z.state}'\n")
        return Z_ERR
    if ctx.user.uid != 0:
        ctx.err("zlogin: You lack sufficient privilege to run this command (all privs required)\n")
        return Z_ERR
    if console:
        ctx.out(f"[Connected to zone '{name}' console]\n")
        ctx.session.push(ZoneConsole(ctx.session, ctx.shell, zones, z, escape))
        return 0
    if z.state != "running":
        ctx.err(f"zlogin: login allowed only to running zones ({name} is '{z.state}').\n")
        return Z_ERR
    os_ = z.os
    if os_.user(user) is None:
        ctx.err(f"zlogin: user {user} unknown in zone {name}\n")   # unverified wording
        return Z_ERR
    if command:
        shell = ShellFrame(ctx.session, os_, user, login=False)
        from vshell.session import Output
        out = Output()
        status = shell.run_command(" ".join(command), out)
        for s, t in out.chunks:
            (ctx.out if s == "stdout" else ctx.err)(t)
        return status
    tty = _take_pts(zones)
    ctx.out(f"[Connected to zone '{name}' {tty}]\n")
    ctx.out(_login_banner(zones, z, tty))
    shell = ShellFrame(ctx.session, os_, user, login=True)
    shell.farewell = f"\n[Connection to zone '{name}' {tty} closed]\n"
    shell.on_close = lambda: zones.ptys.discard(tty)
    ctx.session.push(shell)
    return 0


def _take_pts(zones) -> str:
    """The kernel's lowest free pseudo-terminal; pts/1 is the global zone's administrator's."""
    n = 2
    while f"pts/{n}" in zones.ptys:
        n += 1
    zones.ptys.add(f"pts/{n}")
    return f"pts/{n}"


def _login_banner(zones, z, tty: str, notice: str = "") -> str:
    """login(1)'s lines: the last login, if any; the fault manager's note when the system holds
    active defects; a console root login's syslog notice; then the zone's /etc/motd. This login
    becomes the last one."""
    os_ = z.os
    when = zones.world.clock.datetime()
    text = ""
    last = getattr(os_, "last_login", None)
    if last is not None:
        text += f"Last login: {ctime(last[0])} on {last[1]}\n"
    os_.last_login = (when, tty)
    defects = int(os_.facts.get("active_defects", 0))
    if defects == 1:        # a published 11.4 console login (solaris11.md §6.4)
        text += "NOTE: system has 1 active defect; run 'fmadm list' for details.\n"
    elif defects:
        text += messages.text("zlogin.fma-defects", n=defects) + "\n"
    text += notice
    motd = os_.fs.read("/etc/motd") if os_.fs.exists("/etc/motd") else ""
    return text + motd + ("\n" if motd and not motd.endswith("\n") else "")


class ZoneConsole(Frame):
    """A zone's console: the login prompt once a line is typed, then a shell; `~.` (or the -e
    character and `.`) at the start of a line disconnects."""

    context = "zone console"

    def __init__(self, session, shell, zones, z, escape: str):
        super().__init__(session)
        self.shell, self.zones, self.z, self.escape = shell, zones, z, escape
        self.state = "idle"
        self.inner: ShellFrame | None = None
        self.user = ""

    @property
    def echo(self) -> bool:
        return self.state != "password"

    def prompt(self) -> str:
        if self.state == "shell" and self.inner is not None:
            return self.inner.prompt()
        if self.state == "login":
            return f"{self.z.name} console login: "
        if self.state == "password":
            return "Password: "
        return ""

    def handle(self, line: str, out) -> None:
        if self.escape and line.startswith(self.escape + "."):
            self.close(out)
            return
        if self.z.state != "running":
            return                      # nothing answers until the zone boots
        if self.state == "idle":
            self.state = "login"
            if line.strip():
                self._login_name(line.strip())
            return
        if self.state == "login":
            if line.strip():
                self._login_name(line.strip())
            return
        if self.state == "password":
            account = self.z.os.user(self.user)
            if account is None or (account.password is not None and line != account.password):
                out.out("Login incorrect\n")
                self.state = "login"
                return
            notice = ""
            if self.user == "root":
                now = self.zones.world.clock.datetime()      # syslog's stamp: "%b %e %T"
                notice = f"{now:%b} {now.day:2d} {now:%H:%M:%S} {self.z.name} login: ROOT LOGIN /dev/console\n"
            out.out(_login_banner(self.zones, self.z, "console", notice))
            self.inner = ShellFrame(self.session, self.z.os, self.user, login=True)
            self.state = "shell"
            return
        depth = len(self.session.stack)
        self.session.stack.append(self.inner)
        try:
            self.inner.handle(line, out)
        finally:
            if self.inner in self.session.stack[:depth + 1]:
                self.session.stack.remove(self.inner)
            else:                                            # the shell logged out
                self.inner = None
                self.state = "login"

    def _login_name(self, name: str) -> None:
        self.user = name
        self.state = "password"

    def close(self, out) -> None:
        # zlogin prints "\n[Connection to zone '%s' console closed]\n"; the escape it read was never
        # echoed (the terminal is raw), so that first newline is the end of the typed line here
        out.out(f"[Connection to zone '{self.z.name}' console closed]\n")
        self.session.pop(self)
        out.status = self.shell.last_status = 0

    def interrupt(self, out) -> None:
        if self.state == "shell" and self.inner is not None:
            self.inner.interrupt(out)

    def eof(self, out) -> None:
        if self.state == "shell" and self.inner is not None:
            self.inner = None
            self.state = "login"
