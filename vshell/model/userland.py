"""A host's userland: which dialect its everyday tools speak (state/userland.toml), and the
accounts, groups and files a world declares on top of the skeleton every host has.

Applied once when a world is built (vshell/worlds.py), after the hosts exist."""
from __future__ import annotations

from types import MappingProxyType

from vshell.data import load_toml
from vshell.model.errors import Invalid
from vshell.model.releases import Capabilities


def userland(release_key: str) -> Capabilities:
    """The release's userland facts merged over its dialect's."""
    table = load_toml("state", "userland.toml")
    rel = table["releases"].get(release_key)
    if rel is None:
        raise Invalid("userland", release=release_key)
    merged = {**table["dialects"][rel["dialect"]], **rel}
    return Capabilities(release_key, MappingProxyType(merged))


def platform_name(platform_key: str) -> str:
    """uname -i of a sun4v platform."""
    return load_toml("state", "userland.toml")["platform_names"].get(platform_key, "sun4v")


def man_entry(tool: str) -> dict | None:
    return load_toml("state", "userland.toml").get("man", {}).get(tool)


def provision(host, decl: dict) -> None:
    """Dialect, file system type, groups of the declared users, the dialect's skeleton
    directories and the files and directories the world declares (mode, owner, group)."""
    caps = host.userland = userland(host.release.key)
    fs = host.fs
    fs.fstype = caps.fstype
    when = fs._now() + host.boot_time          # installed before the OS last booted
    for d in caps.get("skeleton", ()):
        fs.mkdir("/" + d, 0o755, parents=True).mtime = when
    for node in fs.root.children.values():
        node.mtime = min(node.mtime, when)
    declared = decl.get("users") or {}
    for user in host.users.values():
        u = declared.get(user.name) or {}
        default = caps.root_group if user.uid == 0 else (caps.user_group or user.name)
        user.group = str(u.get("group", default))
        user.groups = tuple(str(g) for g in u.get("groups", ()))
        if user.uid != 0 and "home" not in u and not user.home.startswith(caps.home_base + "/"):
            user.home = f"{caps.home_base}/{user.name}"
            fs.mkdir(user.home, _mode(caps.home_mode, 0o755), parents=True)
            fs.remove(user.home.replace(caps.home_base, "/export/home", 1), recursive=True)
        try:
            home = fs.lookup(user.home)
        except Exception:
            continue
        home.owner, home.group = user.name, user.group
    for f in decl.get("files") or []:
        _declare_file(host, f)


def _mode(value, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, int):
        return value
    try:
        return int(str(value), 8)
    except ValueError:
        raise Invalid("mode", value=value) from None


def _declare_file(host, f: dict) -> None:
    if not isinstance(f, dict) or not isinstance(f.get("path"), str) or not f["path"].startswith("/"):
        raise Invalid("file", value=f)
    fs = host.fs
    owner = str(f.get("owner", "root"))
    user = host.user(owner)
    group = str(f.get("group", user.group if user else host.userland.root_group))
    if f.get("type", "file") == "dir":
        node = fs.mkdir(f["path"], 0o755, parents=True)
        node.mode = _mode(f.get("mode"), 0o755)
    else:
        parent = f["path"].rsplit("/", 1)[0] or "/"
        fs.mkdir(parent, 0o755, parents=True)
        node = fs.write(f["path"], str(f.get("content", "")))
        node.mode = _mode(f.get("mode"), 0o644)
    node.owner, node.group = owner, group
