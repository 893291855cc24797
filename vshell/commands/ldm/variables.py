"""ldm add-variable, set-variable, remove-variable and list-variable: a domain's OpenBoot
variables (vshell/model/variables.py), and their VARIABLES section in the listings.

Order: variables are listed in the order first set; set-variable of an existing one keeps its
place. unverified (no published session lists more than one variable)."""
from __future__ import annotations

from vshell.commands.ldm.spconfig import refuse
from vshell.grammar import UsageError
from vshell.model import variables
from vshell.model.errors import ModelError, NotFound


def _pairs(parsed) -> list[tuple[str, str]]:
    """`name=value` words: the value is kept as given (spaces, newlines: nvramrc)."""
    out = []
    for word in parsed.operands.get("var-name") or []:
        name, eq, value = word.partition("=")
        if not eq or not name:
            raise UsageError("operands", parsed.command)
        out.append((name, value))
    return out


def _run(ctx, action) -> int:
    try:
        action(ctx.host.ldm)
    except ModelError as e:
        return refuse(ctx, e)
    return 0


def add_variable(ctx, parsed) -> int:
    pairs, dom = _pairs(parsed), parsed.operand("ldom")
    return _run(ctx, lambda ldm: variables.add(ldm, dom, pairs))


def set_variable(ctx, parsed) -> int:
    pairs, dom = _pairs(parsed), parsed.operand("ldom")
    return _run(ctx, lambda ldm: variables.set_(ldm, dom, pairs))


def remove_variable(ctx, parsed) -> int:
    names, dom = parsed.operands.get("var-name") or [], parsed.operand("ldom")
    return _run(ctx, lambda ldm: variables.remove(ldm, dom, names))


def list_variable(ctx, parsed) -> int:
    """Each variable as `name=value`; a named variable the domain lacks is refused after the
    others are listed."""
    names, dom = parsed.operands.get("var-name") or [], parsed.operand("ldom")
    try:
        found = variables.lookup(ctx.host.ldm, dom, names)
    except ModelError as e:
        return refuse(ctx, e)
    if found:
        ctx.out("".join(f"{n}={v}\n" for n, v in found))
    status, have = 0, {n for n, _ in found}
    for n in names:
        if n not in have:
            status = refuse(ctx, NotFound("variable-not-found", name=n, domain=dom))
    return status


def section(d, blank: str) -> list[str]:
    """The VARIABLES section of list -l, list-bindings and list-constraints, preceded by the
    release's blank separator; nothing when the domain has no variables. A value's further
    lines (nvramrc) follow as given."""
    if not d.variables:
        return []
    return [blank, "VARIABLES"] + [line for n, v in d.variables.items()
                                   for line in _lines(f"    {n}={v}")]


def parseable(d) -> list[str]:
    """The -p form: `VARIABLES` then `|name=value` rows (ldm.md §2.4); a multi-line value
    continues across lines as given."""
    if not d.variables:
        return []
    return ["VARIABLES"] + [line for n, v in d.variables.items() for line in _lines(f"|{n}={v}")]


def _lines(text: str) -> list[str]:
    return text.split("\n")
