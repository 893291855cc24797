"""man TOOL: the NAME and SYNOPSIS sections of a tool whose language is declared in
grammar/<tool>.toml, rendered from that declaration (never a hand-written copy). Other tools
have no manual entry here (Solaris 11.4 ships man pages only with pkg:/system/manual)."""
from __future__ import annotations

import os
import textwrap

from vshell import commands, messages
from vshell.data import data_path
from vshell.model.userland import man_entry

WIDTH = 78            # nroff's line length on an 80-column terminal
INDENT = " " * 7


def _has_page(tool: str, host) -> bool:
    if not os.path.exists(data_path("grammar", f"{tool}.toml")) or man_entry(tool) is None:
        return False
    # a tool the host runs, or (dladm, zonecfg ...) a Solaris tool whose command is not simulated yet
    return commands.lookup(tool, host) is not None or (
        tool not in commands.REGISTRY and host.release.family != "linux")


def main(ctx) -> int:
    names = []
    args = ctx.argv[1:]
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-s", "-S") and i + 1 < len(args):
            i += 2                               # a section: every page here has one
            continue
        if a.startswith("-") or a.isdigit():
            i += 1
            continue
        names.append(a)
        i += 1
    gnu = ctx.dialect == "gnu"
    if not names:
        ctx.err(messages.text("man.gnu-usage" if gnu else "man.usage") + "\n")
        return 1
    status = 0
    for name in names:
        if _has_page(name, ctx.host):
            ctx.out(render(name))
        else:
            ctx.err(messages.text("man.gnu-no-entry" if gnu else "man.no-entry", name=name) + "\n")
            status = 16 if gnu else 1
    return status


def render(tool: str) -> str:
    from vshell import grammar

    entry = man_entry(tool)
    g = grammar.load(tool)
    tag = f"{tool}({entry['section']})"
    title = entry["title"]
    start = (WIDTH - len(title) + 1) // 2
    head = tag + " " * (start - len(tag)) + title
    head += " " * (WIDTH - len(head) - len(tag)) + tag
    out = [head, "", "", "", "NAME", INDENT + entry["name"], "", "SYNOPSIS"]
    blocks = []
    for command in (n for n, c in g.commands.items() if not c["hidden"]):
        lines = []
        for form in g.synopsis(command):
            lines += textwrap.wrap(form, WIDTH - len(INDENT), initial_indent="",
                                   subsequent_indent="    ", break_on_hyphens=False,
                                   break_long_words=False)
        blocks.append("\n".join(INDENT + ln for ln in lines))
    out.append("\n\n".join(blocks))
    return "\n".join(out) + "\n\n"
