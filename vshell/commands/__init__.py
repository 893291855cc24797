"""The commands a host's shell can run: one module per tool, imported only when used (start-up
of `vshell run` stays lean). Each entry says which hosts have the command."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field


@dataclass
class Ctx:
    """What a command sees: its host, its session and shell, its input, where it writes."""

    session: object
    shell: object                     # the ShellFrame running it
    host: object
    argv: list[str]
    stdin: str | None = None
    chunks: list[tuple[str, str]] = field(default_factory=list)
    tty: bool = True                  # stdout is the terminal (ls lays out columns)
    as_root: bool = False             # run through sudo: root's credential

    @property
    def world(self):
        return self.session.world

    @property
    def user(self):
        return self.host.user("root") if self.as_root else self.shell.user

    @property
    def cred(self):
        """The credential file operations are checked against."""
        return self.user.cred

    @property
    def fs(self):
        return self.host.fs

    @property
    def dialect(self) -> str:
        """Which family of everyday tools the host has: "solaris" or "gnu"."""
        return self.host.userland.dialect

    @property
    def columns(self) -> int:
        return self.host.userland.tty_columns

    def path(self, name: str) -> str:
        """An operand as an absolute path from the shell's current directory."""
        return self.fs.join(self.shell.cwd, name)

    def out(self, text: str) -> None:
        if text:
            self.chunks.append(("stdout", text))

    def err(self, text: str) -> None:
        if text:
            self.chunks.append(("stderr", text))


NOT_SIMULATED = 69      # EX_UNAVAILABLE: something vshell does not simulate yet (never a tool answer)


def not_simulated(ctx, what: str) -> int:
    """Say plainly that a part of a command is not built yet, with a status no tool uses."""
    ctx.err(f"vshell: {what}: not simulated yet\n")
    return NOT_SIMULATED


def _always(host) -> bool:
    return True


def _sun4v_ldm(host) -> bool:
    return host.ldm is not None


def _solaris(host) -> bool:
    return host.release.family != "linux"


def _datalinks(host) -> bool:
    return host.has_links


def _ip(host) -> bool:
    return host.has_ip


def _ipadm(host) -> bool:
    """ipadm: an IP stack whose release's IP dialect has it (not 2008 nor Solaris 10)."""
    if not host.has_ip:
        return False
    from vshell.model.releases import ip_dialect
    return bool(ip_dialect(host.release.ip_dialect).ipadm)


def _zones(host) -> bool:
    return bool(host.release.get("zones"))


def _ips(host) -> bool:
    return bool(host.release.get("ips"))


def _net(host) -> bool:
    """A host with an IP stack of either family."""
    return host.has_ip or host.has_netdevs


def _ipfilter(host) -> bool:
    """IP Filter's tools: Solaris 10 to 11.3 and illumos (11.4 has PF instead)."""
    return host.has_ip and bool(host.release.get("ipfilter"))


def _linux(host) -> bool:
    return host.release.family == "linux"


def _has_smf(host) -> bool:
    return host.services_factory is not None or host._services is not None


# name -> (module:function, which hosts have it), or a list of them: the first whose hosts
# include this one (a tool Solaris and Linux both have, in two different implementations)
REGISTRY: dict[str, tuple[str, object] | list[tuple[str, object]]] = {
    "ldm": ("vshell.commands.ldm:main", _sun4v_ldm),
    "dladm": ("vshell.commands.dladm:main", _datalinks),
    "ipadm": ("vshell.commands.ipadm:main", _ipadm),
    "route": ("vshell.commands.route:main", _ip),
    "netstat": ("vshell.commands.netstat:main", _ip),
    "arp": [("vshell.commands.arp:main", _ip), ("vshell.commands.linux.arp:main", _linux)],
    "ping": [("vshell.commands.ping:main", _ip), ("vshell.commands.linux.ping:main", _linux)],
    "traceroute": [("vshell.commands.traceroute:main", _ip), ("vshell.commands.linux.traceroute:main", _linux)],
    "vshtrace": ("vshell.commands.vshtrace:main", _net),
    "snoop": ("vshell.commands.snoop:main", _datalinks),
    "tcpdump": ("vshell.commands.linux.tcpdump:main", _linux),
    "jobs": ("vshell.commands.jobs:jobs", _always),
    "kill": ("vshell.commands.jobs:kill", _always),
    "fg": ("vshell.commands.jobs:fg", _always),
    "routeadm": ("vshell.commands.routeadm:main", _ip),
    "ipnat": ("vshell.commands.ipnat:main", _ipfilter),
    "svcs": ("vshell.commands.svcs:svcs", _has_smf),
    "svcadm": ("vshell.commands.svcs:svcadm", _has_smf),
    "ifconfig": [("vshell.commands.ifconfig:main", _ip), ("vshell.commands.linux.ifconfig:main", _linux)],
    "brctl": ("vshell.commands.linux.brctl:main", _linux),
    "ip": ("vshell.commands.linux.ip:main", _linux),
    "vconfig": ("vshell.commands.linux.vconfig:main", _linux),
    "ifenslave": ("vshell.commands.linux.ifenslave:main", _linux),
    "ifup": ("vshell.commands.linux.netscripts:ifup", _linux),
    "ifdown": ("vshell.commands.linux.netscripts:ifdown", _linux),
    "service": ("vshell.commands.linux.netscripts:service", _linux),
    "modprobe": ("vshell.commands.linux.netscripts:modprobe", _linux),
    "zonecfg": ("vshell.commands.zonecfg:main", _zones),
    "zoneadm": ("vshell.commands.zoneadm:main", _zones),
    "zlogin": ("vshell.commands.zlogin:main", _zones),
    "zonename": ("vshell.commands.system:zonename", _zones),
    "pkg": ("vshell.commands.pkg:main", _ips),
    "ssh": ("vshell.commands.ssh:main", _always),
    "echo": ("vshell.commands.builtins:echo", _always),
    "pwd": ("vshell.commands.builtins:pwd", _always),
    "cd": ("vshell.commands.builtins:cd", _always),
    "true": ("vshell.commands.builtins:true", _always),
    "false": ("vshell.commands.builtins:false", _always),
    "help": ("vshell.commands.bashhelp:main", _always),
    "pfbash": ("vshell.commands.builtins:pfbash", _solaris),
    "cat": ("vshell.commands.files:cat", _always),
    "mkdir": ("vshell.commands.files:mkdir", _always),
    "chmod": ("vshell.commands.files:chmod", _always),
    "rm": ("vshell.commands.files:rm", _always),
    "rmdir": ("vshell.commands.files:rmdir", _always),
    "ls": ("vshell.commands.ls:main", _always),
    "hostname": ("vshell.commands.system:hostname", _always),
    "uname": ("vshell.commands.system:uname", _always),
    "date": ("vshell.commands.system:date", _always),
    "sleep": ("vshell.commands.system:sleep", _always),
    "clear": ("vshell.commands.system:clear", _always),
    "man": ("vshell.commands.man:main", _always),
    "reboot": ("vshell.commands.power:reboot", _always),
    "init": ("vshell.commands.power:init", _always),
    "shutdown": ("vshell.commands.power:shutdown", _always),
}


def _entry(name: str, host) -> str | None:
    entry = REGISTRY.get(name)
    for target, where in ([entry] if isinstance(entry, tuple) else entry or []):
        if where(host):
            return target
    return None


def lookup(name: str, host):
    target = _entry(name, host)
    if target is None:
        return None
    modname, func = target.split(":")
    return getattr(importlib.import_module(modname), func)


def available(host) -> list[str]:
    return sorted(n for n in REGISTRY if _entry(n, host) is not None)
