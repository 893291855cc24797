"""ipadm: IP interfaces, addresses and protocol properties on Oracle Solaris 11 and illumos.

The language is declared in grammar/ipadm.toml; each release's usage texts (its ipadm.c's
c_usage strings) are grammar/ipadm-usage/<dialect>.txt, and a subcommand exists in a release
when its usage block names it. Each subcommand runs ipadm.c's own order of checks (its
getopt_long loop, arity, then libipadm: authorization first, then the object). What differs
between releases is data: [ip.*] in state/releases.toml (ipadm_words, ipadm_bare, the listing
fields). Everything acts on the host's IP stack (vshell.model.ip)."""
from __future__ import annotations

import importlib
import re

from vshell import grammar
from vshell.commands import not_simulated
from vshell.commands.ipadm.common import COMMON, Die, Env
from vshell.data import data_path
from vshell.model import releases

_P = "vshell.commands.ipadm"
HANDLERS = {
    "create-ip": f"{_P}.iface:create_ip",
    "create-if": f"{_P}.iface:create_ip",
    "delete-ip": f"{_P}.iface:delete_ip",
    "delete-if": f"{_P}.iface:delete_ip",
    "show-if": f"{_P}.iface:show_if",
    "create-addr": f"{_P}.addr:create_addr",
    "delete-addr": f"{_P}.addr:delete_addr",
    "up-addr": f"{_P}.addr:up_addr",
    "down-addr": f"{_P}.addr:down_addr",
    "enable-addr": f"{_P}.addr:enable_addr",
    "disable-addr": f"{_P}.addr:disable_addr",
    "show-addr": f"{_P}.addr:show_addr",
    "set-prop": f"{_P}.prop:set_prop",
    "reset-prop": f"{_P}.prop:reset_prop",
    "show-prop": f"{_P}.prop:show_prop",
}

_texts: dict[str, tuple[str, dict[str, str]]] = {}


def usage_texts(dialect: str) -> tuple[str, dict[str, str]]:
    """The usage block the dialect's ipadm prints and each subcommand's c_usage string: an
    entry is its lines (a subcommand's later lines start with TABs, or with its name again as
    create-addr's three forms do) and ends in "\\n" when a blank line follows it."""
    if dialect not in _texts:
        with open(data_path("grammar", "ipadm-usage", f"{dialect}.txt"), encoding="utf-8") as f:
            block = f.read()
        per: dict[str, str] = {}
        name = None
        for line in block[:-1].split("\n")[1:]:     # usage() prints each with "%s\n"
            m = re.match(r"^\t([a-z][a-z0-9-]*)\t", line)
            if m and m.group(1) != name:
                name = m.group(1)
                per[name] = line
            elif line.startswith("\t") and name is not None:
                per[name] += "\n" + line
            elif line == "" and name is not None:
                per[name] += "\n"
                name = None
        _texts[dialect] = (block, per)
    return _texts[dialect]


def main(ctx) -> int:
    d = releases.ip_dialect(ctx.host.release.ip_dialect)
    block, usages = usage_texts(d.ipadm_words)
    args = ctx.argv[1:]
    if not args:
        if d.ipadm_bare == "tree":
            args = ["__tree__"]
        elif d.ipadm_bare == "show-addr":
            args = ["show-addr"]
        else:
            ctx.err(block)
            return 1
    word = args[0]
    if word == "help" and d.ipadm_help:
        ctx.err(block)
        return 0
    if word == "__tree__":
        command, use = "__tree__", ""
    else:
        if word not in usages:
            ctx.err(f"ipadm: {COMMON['unknown_command'].format(word=word)}\n" + block)
            return 1
        if word not in HANDLERS:
            return not_simulated(ctx, f"ipadm {word}")
        command, use = word, usages[word]
    g = grammar.load("ipadm")
    ctx.host.links.sync_phys()
    env = Env(ctx, command, use, g)
    if env.stack is None:
        return not_simulated(ctx, "ipadm without an IP stack")
    if command == "__tree__":
        from vshell.commands.ipadm.addr import tree
        handler = tree
    else:
        modname, func = HANDLERS[command].split(":")
        handler = getattr(importlib.import_module(modname), func)
    try:
        return handler(env, args[1:]) or 0
    except Die as e:
        ctx.err(e.text + "\n")
        return e.status
