"""Completion in two stages, as pgcli does it: the grammar says what kind of word comes next
(a subcommand, a flag, a property, a domain name ...), then the live model gives candidates of
that kind. No front-end library here: the REPL wraps it for prompt_toolkit."""
from __future__ import annotations

import re

from vshell import commands

_SPLIT = re.compile(r"(?:;|&&|\|\||\|)")
SHELL_WORDS = ("exit", "logout", "sudo", "pfexec")
GRAMMAR_TOOLS = ("ldm", "dladm")
PATH_TOOLS = ("ls", "cat", "cd", "mkdir", "rmdir", "rm", "chmod", "echo")


def _kind_candidates(session, frame, kind: str) -> list[str]:
    """Stage two: the live model's objects of one kind."""
    host = getattr(frame, "host", None)
    if host is None:
        return []
    if kind == "domain" and host.ldm is not None:
        return list(host.ldm.domains)
    if kind == "spconfig" and host.ldm is not None:
        return list(host.ldm.spconfigs)
    if host.ldm is not None and kind in ("vcc", "vds", "vsw", "volume", "vnet", "vdisk"):
        vio = host.ldm.vio
        return {"vcc": lambda: list(vio.vccs), "vds": lambda: list(vio.vdss),
                "vsw": lambda: list(vio.vsws),
                "volume": lambda: [f"{v}@{s.name}" for s in vio.vdss.values() for v in s.volumes],
                # a device name is asked before its domain: every domain's are offered
                "vnet": lambda: sorted({n for _, n in vio.vnets}),
                "vdisk": lambda: sorted({n for _, n in vio.vdisks})}[kind]()
    if kind == "hostname":
        return sorted(session.world.hosts)
    return []


def complete(session, text: str) -> list[tuple[str, int]]:
    """Candidates for the word being typed at the end of `text`: (completion, start) where
    start is the negative offset of the word it replaces."""
    frame = session.frame
    if frame is None or not hasattr(frame, "host"):
        return []
    segment = _SPLIT.split(text)[-1]
    words = segment.split()
    current = "" if segment.endswith((" ", "\t")) or not segment else words.pop()
    while words and words[0] in ("sudo", "pfexec"):
        words.pop(0)
    if not words:
        names = sorted(set(commands.available(frame.host)) | set(SHELL_WORDS))
        return [(n, -len(current)) for n in names if n.startswith(current)]
    tool = words[0]
    if tool in PATH_TOOLS and not current.startswith("-"):
        return [(p, -len(current)) for p in paths(frame, current, dirs_only=tool == "cd")]
    if tool == "man":
        return [(t, -len(current)) for t in GRAMMAR_TOOLS if t.startswith(current)]
    if tool == "ssh":
        return [(h, -len(current)) for h in sorted(session.world.hosts) if h.startswith(current)]
    if tool not in GRAMMAR_TOOLS or commands.lookup(tool, frame.host) is None:
        return []
    from vshell import grammar

    g = grammar.load(tool)
    args = words[1:]
    if "=" in current and args:
        prop, _, partial = current.partition("=")
        command = g.resolve(args[0])
        values = g.prop_values(command, prop) if command else []
        return [(f"{prop}={v}", -len(current)) for v in values if v.startswith(partial)]
    out: list[str] = []
    for kind, value in g.expect(args):
        if kind in ("literal", "flag", "prop"):
            out.append(value)
        else:
            out.extend(_kind_candidates(session, frame, value))
    seen: list[str] = []
    for c in out:
        if c.startswith(current) and c not in seen and (current.startswith("-") or not c.startswith("-")):
            seen.append(c)
    return [(c, -len(current)) for c in seen]


def paths(frame, partial: str, dirs_only: bool = False) -> list[str]:
    """Names in the directory `partial` points into, as the user may see them; directories end
    in "/" so the next Tab goes on inside them. Dot files only when asked for."""
    from vshell.model.vfs import FsError

    fs, cred = frame.host.fs, frame.user.cred
    head, slash, stem = partial.rpartition("/")
    where = fs.join(frame.cwd, head or "/") if slash else frame.cwd
    prefix = head + slash
    try:
        names = fs.listdir(where, cred)
    except FsError:
        return []
    out = []
    for name in sorted(names):
        if not name.startswith(stem) or (name.startswith(".") and not stem.startswith(".")):
            continue
        node = fs.lookup(where.rstrip("/") + "/" + name)
        if dirs_only and not node.is_dir:
            continue
        out.append(prefix + name + ("/" if node.is_dir else ""))
    return out
