"""dladm: datalink administration on Solaris and illumos. Parsing and usage errors come from
grammar/dladm.toml; each family of subcommands lives in a module of this package; the dialect
(columns, names, what exists) comes from the host's release (state/releases.toml)."""
from __future__ import annotations

import importlib

import re

from vshell import grammar
from vshell.data import data_path
from vshell.grammar.styles import usage_block

from vshell.commands import not_simulated
from vshell.commands.dladm.common import Die, Env

_P = "vshell.commands.dladm"
HANDLERS = {
    "show-link": f"{_P}.links:show_link",
    "rename-link": f"{_P}.links:rename_link",
    "delete-phys": f"{_P}.links:delete_phys",
    "show-phys": f"{_P}.phys:show_phys",
    "show-ether": f"{_P}.phys:show_ether",
    "create-vnic": f"{_P}.vnic:create_vnic",
    "modify-vnic": f"{_P}.vnic:modify_vnic",
    "delete-vnic": f"{_P}.vnic:delete_vnic",
    "show-vnic": f"{_P}.vnic:show_vnic",
    "create-etherstub": f"{_P}.vnic:create_etherstub",
    "delete-etherstub": f"{_P}.vnic:delete_etherstub",
    "show-etherstub": f"{_P}.vnic:show_etherstub",
    "create-vlan": f"{_P}.vlan:create_vlan",
    "modify-vlan": f"{_P}.vlan:modify_vlan",
    "delete-vlan": f"{_P}.vlan:delete_vlan",
    "show-vlan": f"{_P}.vlan:show_vlan",
    **{f"{op}-aggr": f"{_P}.aggr:{op}_aggr" for op in ("create", "delete", "add", "remove", "modify", "show")},
    **{f"{op}-bridge": f"{_P}.bridge:{op}_bridge" for op in ("create", "delete", "add", "remove", "modify", "show")},
    **{f"{op}-simnet": f"{_P}.simnet:{op}_simnet" for op in ("create", "delete", "modify", "show")},
    **{f"{op}-overlay": f"{_P}.overlay:{op}_overlay" for op in ("create", "delete", "modify", "show")},
    **{f"{op}-linkprop": f"{_P}.linkprop:{op}_linkprop" for op in ("set", "reset", "show")},
}

# Subcommands a dialect lacks (the grammar declares the union): they are unknown there.
_NEEDS = {"overlay": "overlay", "simnet": "simnet"}


def main(ctx) -> int:
    g = grammar.load("dladm")
    from vshell.model import releases
    d = releases.dladm_dialect(ctx.host.release.dladm_dialect)
    if not d.simulated:
        return not_simulated(ctx, f"dladm on {ctx.host.release.name}")
    block, usages = usage_texts(d, g)
    args = ctx.argv[1:]
    if not args:
        if d.bare != "show-link":
            ctx.err(block)
            return 1
        args = ["show-link"]
    command = g.resolve(args[0])
    family = args[0].rsplit("-", 1)[-1]
    if command is not None and family in _NEEDS and not d.get(_NEEDS[family]):
        command = None
    if command is None:
        ctx.err(f"dladm: unknown subcommand '{args[0]}'\n" + block)
        return 1
    try:
        parsed = g.parse_args(command, args[1:], name=args[0])
    except grammar.UsageError as e:
        ctx.err(_reword(command, e) or _usage_error(d, block, usages.get(command), e))
        return 1
    modname, func = HANDLERS[command].split(":")
    ctx.host.links.sync_phys()
    try:
        return getattr(importlib.import_module(modname), func)(Env(ctx, parsed, g)) or 0
    except Die as e:
        ctx.err(e.text + "\n")
        return e.status
    except grammar.UsageError as e:
        ctx.err(_usage_error(d, block, usages.get(command), e))
        return 1


def _reword(command: str, e) -> str | None:
    """getopt-level refusals a subcommand words itself (dladm.c do_create_vnic)."""
    if e.kind == "duplicate-option" and command == "create-vnic" and e.word == "-m":
        return "dladm: cannot specify -m option twice\n"
    return None


_texts: dict[str, tuple[str, dict[str, str]]] = {}


def usage_texts(d, g) -> tuple[str, dict[str, str]]:
    """The usage block a dialect prints and each subcommand's own usage (its c_usage).
    A dialect's block is a file under grammar/dladm-usage/ (its dladm.c's usage() output);
    else the block the declaration's usage strings make."""
    key = d.usage_text
    if key not in _texts:
        if not key:
            _texts[key] = (usage_block(g), {n: c["usage"] for n, c in g.commands.items() if c["usage"]})
        else:
            with open(data_path("grammar", "dladm-usage", key), encoding="utf-8") as f:
                block = f.read()
            per: dict[str, str] = {}
            name = None
            for line in block.split("\n")[1:]:
                m = re.match(r"^\s+([a-z][a-z-]*)\s", line)
                if m:
                    name = m.group(1)
                    per.setdefault(name, line)      # show-bridge's four forms: the first one
                elif line.strip() and name is not None and per.get(name, "").count("\n") < 8:
                    if not per[name].endswith("\x00"):
                        per[name] += "\n" + line
                else:
                    name = None
            _texts[key] = (block, per)
    return _texts[key]


def _usage_error(d, block: str, usage: str | None, e) -> str:
    """A usage error in the dialect's words (dladm.c die_opterr, die_optdup, usage)."""
    if e.kind in ("unknown-option", "missing-value"):
        what = "unrecognized option" if e.kind == "unknown-option" else "option"
        line = f"dladm: {what} '{e.word}'" + (" requires a value" if e.kind == "missing-value" else "")
        if d.opterr_usage and usage:
            line += f"\nusage: {usage}"
        return line + "\n"
    if e.kind == "duplicate-option":
        return f"dladm: the option {e.word} cannot be specified more than once\n"
    if d.arity == "one" and usage:
        return f"dladm: usage: {usage}\n"
    return block
