"""bash's `help` builtin: the header with the host's bash version, then its list of builtins.
The list is a recorded bash 4.1 listing at 80 columns (vshell/messages.py: bash.help-list),
used for every release until each release's own listing is found."""
from __future__ import annotations

from vshell import messages

_HEADER = ("GNU bash, version {version} ({machtype})\n"
           "These shell commands are defined internally.  Type `help' to see this list.\n"
           "Type `help name' to find out more about the function `name'.\n"
           "Use `info bash' to find out more about the shell in general.\n"
           "Use `man -k' or `info' to find out more about commands not in this list.\n"
           "\n"
           "A star (*) next to a name means that the command is disabled.\n"
           "\n")


def main(ctx) -> int:
    caps = ctx.host.userland
    listing = messages.text("bash.help-list")
    topics = [a for a in ctx.argv[1:] if not a.startswith("-")]
    if not topics:
        ctx.out(_HEADER.format(version=caps.bash, machtype=caps.machtype) + listing)
        return 0
    status = 0
    for topic in topics:
        synopses = [cell.strip() for row in listing.splitlines()
                    for cell in (row[:40], row[40:]) if cell.strip().split(" ")[0] == topic]
        if synopses:
            ctx.out("".join(f"{topic}: {s}\n" for s in synopses))
            ctx.out(messages.text("bash.help-no-long-text", topic=topic) + "\n")
        else:
            ctx.err(f"{ctx.shell.name}: help: no help topics match `{topic}'.  Try `help help' "
                    f"or `man -k {topic}' or `info {topic}'.\n")
            status = 1
    return status
