"""Worlds and saved state: one versioned schema.

A world file (TOML, in state/worlds/ or anywhere) declares hosts, releases, networks, users,
the clock's epoch, the start host and facts, and may list `setup` commands: real command lines
that build its starting state. Saved state (JSON) is the same declaration plus the journal of
every line typed since: loading it rebuilds the world and replays the journal, so the model
never needs a second, hand-written serialisation."""
from __future__ import annotations

import json
import os

from vshell.data import data_dir
from vshell.model.world import SCHEMA, World

DEFAULT_WORLD = "t5-2"


class WorldError(Exception):
    pass


def world_files() -> dict[str, str]:
    d = os.path.join(data_dir("state"), "worlds")
    return {f[:-5]: os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".toml")}


def list_worlds() -> list[tuple[str, str]]:
    out = []
    for name, path in world_files().items():
        decl = _read_toml(path)
        out.append((name, decl.get("description", "")))
    return out


def _read_toml(path: str) -> dict:
    from vshell.data import read_toml_bytes

    try:
        with open(path, "rb") as f:
            raw = f.read()
        return read_toml_bytes(raw, "world")
    except (OSError, ValueError) as e:          # tomllib.TOMLDecodeError is a ValueError
        raise WorldError(f"cannot read world {path}: {e}") from None


def load_decl(spec: str | None) -> dict:
    """A world by name (state/worlds/NAME.toml) or by path to a .toml or saved .json file."""
    spec = spec or DEFAULT_WORLD
    files = world_files()
    if spec in files:
        decl = _read_toml(files[spec])
    elif os.path.isfile(spec):
        decl = _read_toml(spec) if not spec.endswith(".json") else read_state(spec)["world"]
    else:
        raise WorldError(f"no world named {spec!r} (try `vshell worlds`)")
    check_schema(decl, spec)
    return decl


def check_schema(decl, where: str) -> None:
    if not isinstance(decl, dict):
        raise WorldError(f"{where}: a world is a table of settings, not {type(decl).__name__}")
    version = decl.get("schema", SCHEMA)
    if not isinstance(version, int) or version > SCHEMA:
        raise WorldError(f"{where}: schema {version} is newer than this vshell understands "
                         f"(up to {SCHEMA}); upgrade vshell")
    if version < 1:
        raise WorldError(f"{where}: schema {version} is not supported")


_PROBLEMS = {
    "no-hosts": "declares no hosts",
    "start-host": "its start host {host!r} is not one of its hosts",
    "duplicate-host": "declares host {host!r} twice",
    "duration": "{value!r} is not a duration (like '9m' or '45d 8h 6m')",
    "userland": "release {release!r} has no userland in state/userland.toml",
    "mode": "{value!r} is not an octal mode (like '0640')",
    "file": "a file must be a table with an absolute `path`: {value!r}",
}


def _validate(decl: dict) -> None:
    name = decl.get("name", "?")
    hosts = decl.get("hosts")
    if not isinstance(hosts, list) or not all(isinstance(h, dict) and isinstance(h.get("name"), str)
                                              for h in hosts):
        raise WorldError(f"world {name}: `hosts` must be a list of tables, each with a name")
    for key in ("networks", "setup"):
        if key in decl and not isinstance(decl[key], list):
            raise WorldError(f"world {name}: `{key}` must be a list")
    for h in hosts:
        if not isinstance(h.get("users", {}), dict) or not all(
                isinstance(u, dict) for u in h.get("users", {}).values()):
            raise WorldError(f"world {name}: host {h['name']}: `users` must be a table of tables")
        if not isinstance(h.get("files", []), list):
            raise WorldError(f"world {name}: host {h['name']}: `files` must be a list of tables")
    try:
        int(decl.get("seed", 1))
    except (TypeError, ValueError):
        raise WorldError(f"world {name}: seed {decl.get('seed')!r} is not a number") from None


def build(decl: dict, seed: int | None = None) -> World:
    """A world from its declaration, with its setup commands run."""
    from vshell.model.errors import ModelError
    from vshell.model.userland import provision
    from vshell.session import Session

    check_schema(decl, "world")
    decl = dict(decl)
    if seed is not None:
        decl["seed"] = seed
    _validate(decl)
    try:
        world = World(decl)
        for h in decl["hosts"]:
            provision(world.hosts[h["name"]], h)
        world.boot()
        for host in world.hosts.values():
            if host.has_netdevs:
                from vshell.commands.linux import procfs
                procfs.mount(host)
    except ModelError as e:
        problem = _PROBLEMS.get(e.code, e.code).format(**e.info)
        raise WorldError(f"world {decl.get('name', '?')}: {problem}") from None
    except KeyError as e:
        raise WorldError(f"world {decl.get('name', '?')}: {e.args[0]}") from None
    except (ValueError, TypeError) as e:
        raise WorldError(f"world {decl.get('name', '?')}: {e}") from None
    setup = decl.get("setup") or []
    if setup:
        s = Session(world)
        for line in setup:
            r = s.execute(line)
            if r.internal_error or r.status != 0 and not decl.get("setup_may_fail"):
                raise WorldError(f"world {world.name}: setup line {line!r} failed: {r.text.strip()}")
        if decl.get("setup_takes_no_time", True):
            world.rewind_setup()
        world.journal.clear()
    return world


# saved state -----------------------------------------------------------------------------

def read_state(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise WorldError(f"cannot read saved state {path}: {e}") from None
    if not isinstance(data, dict) or "world" not in data:
        raise WorldError(f"{path}: not a vshell saved state (no 'world')")
    check_schema(data, path)
    return data


def save_state(path: str, world: World) -> None:
    """Atomically: write a temporary file beside it, then rename."""
    import tempfile

    data = {"schema": SCHEMA, "world": world.decl,
            "journal": [list(e) for e in world.journal]}
    d = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".vshell-state-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def restore(path: str):
    """-> (world, sessions by id) rebuilt from saved state by replaying its journal."""
    from vshell.session import Session

    data = read_state(path)
    world = build(data["world"])
    journal = data.get("journal", [])
    if not isinstance(journal, list) or not all(
            isinstance(e, list) and len(e) == 3 and isinstance(e[0], int)
            and e[1] in ("line", "interrupt", "eof") and isinstance(e[2], str) for e in journal):
        raise WorldError(f"{path}: the journal is damaged (want [session, kind, line] entries)")
    sessions: dict[int, Session] = {}
    for sid, kind, line in journal:
        s = sessions.get(sid)
        if s is None:
            s = sessions[sid] = Session(world)
        if kind == "line":
            s.execute(line)
        elif kind == "interrupt":
            s.interrupt()
        elif kind == "eof":
            s.eof()
    return world, sessions
