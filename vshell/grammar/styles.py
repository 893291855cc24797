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
    usage = g.usage_text(err.command) if err.command in g.commands else None
    return dladm_words(err, usage_block(g), usage), 1


def dladm_words(err: UsageError, block: str, usage: str | None, opterr_usage: bool = False,
                arity: str = "block") -> str:
    """A dladm usage error. The dialect decides whether a bad option is followed by
    `usage: <the subcommand's usage>` (Solaris 11, 2008) and whether bad operands print that
    one usage (`arity` "one", Solaris 11) or every subcommand's (illumos)."""
    if err.kind == "unknown-command":
        return f"dladm: unknown subcommand '{err.word}'\n" + block
    if err.kind in ("unknown-option", "missing-value"):
        text = (f"dladm: unrecognized option '{err.word}'" if err.kind == "unknown-option"
                else f"dladm: option '{err.word}' requires a value")
        if opterr_usage and usage:
            text += f"\nusage: {usage}"
        return text + "\n"
    if err.kind == "duplicate-option":
        return f"dladm: the option {err.word} cannot be specified more than once\n"
    if arity == "one" and usage:
        return f"dladm: usage: {usage}\n"
    return block


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
