"""The machine behind a declared external ([[externals]] in a world): when someone logs in to
it (ssh), it is a minimal host of its own: the release `external` (state/releases.toml: a
Solaris 10 server by default; the external's `os = { ... }` table may change its uname words,
prompt and motd), the users the world gives it, the skeleton file system every host has, and
only the commands every host has (echo, ls, cat, hostname, uname, date, exit ...)."""
from __future__ import annotations

from types import MappingProxyType

from vshell.model import releases
from vshell.model.host import Host
from vshell.model.releases import Capabilities
from vshell.model.vfs import FileSystem

RELEASE = "external"
OVERRIDABLE = ("uname_sysname", "uname_release", "uname_version", "prompt", "motd", "ssh_dialect",
               "tcp_connect_timeout")


def external_host(world, name: str) -> Host | None:
    made = world.__dict__.setdefault("_external_hosts", {})
    if name in made:
        return made[name]
    decl = next((e for e in world.decl.get("externals") or [] if e.get("name") == name), None)
    if decl is None:
        return None
    table = dict(releases.os_release(RELEASE).table)
    table.update({k: v for k, v in (decl.get("os") or {}).items() if k in OVERRIDABLE})
    clock = world.clock
    host = Host(name=name, kind="external", release=Capabilities(RELEASE, MappingProxyType(table)),
                fs=FileSystem(lambda: clock.unix), facts=dict(decl.get("facts", {})))
    host.boot_time = -float(world.streams.fixed("uptime", name).randrange(600, 40 * 86400))
    world._add_users(host, decl)
    world._skeleton_fs(host, decl)
    from vshell.model.userland import provision
    provision(host, {"users": decl.get("users") or {}, "files": decl.get("files") or []})
    made[name] = host
    return host
