"""OpenBoot variables of a domain (`Domain.variables`, name -> value, in the order first set).

Functions over the LDomsManager, as its own operations are: each checks everything before it
changes anything, and announces the change on the world's bus as `domain.changed` (the
running configuration then differs from the saved SP configuration)."""
from __future__ import annotations

import re

from vshell.model.errors import BadState, Exists, Invalid, NotFound

# 3.6 Admin Guide "Entering Names in the CLI": first character a letter, a number or "/", then
# letters, numbers or punctuation (printable ASCII without a space)
_NAME = re.compile(r"^[A-Za-z0-9/][!-~]*$")


def add(ldm, domain: str, pairs: list[tuple[str, str]]) -> None:
    """add-variable: each name must be new to the domain."""
    d = _domain(ldm, domain)
    _check_names([n for n, _ in pairs])
    seen = set(d.variables)
    for name, _ in pairs:
        if name in seen:
            raise Exists("variable-exists", name=name, domain=domain)
        seen.add(name)
    _store(ldm, d, pairs)


def set_(ldm, domain: str, pairs: list[tuple[str, str]]) -> None:
    """set-variable: creates a variable or replaces its value (it keeps its place)."""
    d = _domain(ldm, domain)
    _check_names([n for n, _ in pairs])
    _store(ldm, d, pairs)


def remove(ldm, domain: str, names: list[str]) -> None:
    d = _domain(ldm, domain)
    _check_names(names)
    for name in names:
        if name not in d.variables:
            raise NotFound("variable-not-found", name=name, domain=domain)
    for name in names:
        d.variables.pop(name, None)
    ldm.events.emit("domain.changed", ldm.host, domain, what="variables")


def lookup(ldm, domain: str, names: list[str] | None = None) -> list[tuple[str, str]]:
    """The domain's variables: all, or those of the named ones it has, in the order asked
    (the caller says which names were missing)."""
    d = ldm.get(domain)
    if not names:
        return list(d.variables.items())
    return [(n, d.variables[n]) for n in names if n in d.variables]


def _domain(ldm, name: str):
    d = ldm.get(name)
    # while the control domain waits in delayed reconfiguration every other domain's
    # configuration is frozen (ldm.md §3.4), variables included
    p = ldm.in_delayed_reconf()
    if p is not None and p.name != name:
        raise BadState("reconf-blocks-others", domain=name, primary=p.name)
    return d


def _check_names(names) -> None:
    for name in names:
        if not _NAME.match(name):
            raise Invalid("bad-variable-name", name=name)


def _store(ldm, d, pairs) -> None:
    for name, value in pairs:
        d.variables[name] = value
    ldm.events.emit("domain.changed", ldm.host, d.name, what="variables")
