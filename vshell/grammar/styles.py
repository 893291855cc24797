"""How each tool words a usage error: the same UsageError kinds, each tool's real words.

Texts that are facts (illumos dladm.c) are written here; guesses come from the registry of
unverified messages."""
from __future__ import annotations

from vshell import messages
from vshell.grammar.matcher import Grammar, UsageError


def usage_error(g: Grammar, err: UsageError) -> tuple[str, int]:
    """-> (text for stderr, exit status)."""
    return _STYLES.get(g.style, _ldm)(g, err)


# dladm: illumos usr/src/cmd/dladm/dladm.c die_opterr(), die_optdup(), usage() (errors.md §1.1)
def _dladm(g: Grammar, err: UsageError) -> tuple[str, int]:
    tool = g.tool
    if err.kind == "unknown-option":
        return f"{tool}: unrecognized option '{err.word}'\n", 1
    if err.kind == "missing-value":
        return f"{tool}: option '{err.word}' requires a value\n", 1
    if err.kind == "duplicate-option":
        return f"{tool}: the option {err.word} cannot be specified more than once\n", 1
    head = f"{tool}: unknown subcommand '{err.word}'\n" if err.kind == "unknown-command" else ""
    return head + usage_block(g), 1


def usage_block(g: Grammar) -> str:
    lines = [f"usage:  {g.tool} <subcommand> <args> ..."]
    for name, c in g.commands.items():
        if c["usage"]:
            lines.append(c["usage"].rstrip("\n"))
    return "\n".join(lines) + "\n"


def _ldm(g: Grammar, err: UsageError) -> tuple[str, int]:
    if err.kind == "unknown-command":
        return messages.text("ldm.unknown-command", word=err.word) + "\n", 1
    if err.kind == "no-command" or err.command is None:
        return messages.text("ldm.no-command") + "\n", 1
    return ldm_usage(g, err.command), 1


def ldm_usage(g: Grammar, command: str) -> str:
    syn = "\n".join("    " + s for s in g.synopsis(command))
    return messages.text("ldm.usage", synopsis=syn) + "\n"


_STYLES = {"dladm": _dladm, "ldm": _ldm}
