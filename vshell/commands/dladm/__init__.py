"""dladm: datalink administration on Solaris and illumos. Parsing and usage errors come from
grammar/dladm.toml; each family of subcommands lives in a module of this package; the dialect
(columns, names, what exists) comes from the host's release (state/releases.toml)."""
from __future__ import annotations

import importlib

from vshell import grammar
from vshell.grammar.styles import dladm_words

from vshell.commands import not_simulated
from vshell.commands.dladm.common import Die, Env
from vshell.commands.dladm.usage import error_text, usage_texts

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
_NEEDS = {"overlay": "overlay", "simnet": "simnet", "bridge": "bridge"}


def main(ctx) -> int:
    g = grammar.load("dladm")
    from vshell.model import releases
    d = releases.dladm_dialect(ctx.host.release.dladm_dialect)
    if not d.simulated:
        return not_simulated(ctx, f"dladm on {ctx.host.release.name}")
    block, _ = usage_texts(d, g)
    args = ctx.argv[1:]
    if not args:
        if d.bare != "show-link":
            ctx.err(block)
            return 1
        args = ["show-link"]
    command = g.resolve(args[0])
    family = args[0].rsplit("-", 1)[-1]
    if command is not None and (family in _NEEDS and not d.get(_NEEDS[family])
                                or command in d.absent_commands):
        command = None
    if command is None:
        ctx.err(dladm_words(grammar.UsageError("unknown-command", word=args[0]), block, None))
        return 1
    try:
        parsed = g.parse_args(command, args[1:], name=args[0])
    except grammar.UsageError as e:
        ctx.err(_reword(command, e) or error_text(d, g, command, e))
        return 1
    absent = [f for f in parsed.flags if f in d.absent_options.get(command, ())]
    if absent:                            # an option of another release's dladm
        ctx.err(error_text(d, g, command, grammar.UsageError("unknown-option", command, absent[0])))
        return 1
    modname, func = HANDLERS[command].split(":")
    ctx.host.links.sync_phys()
    if ctx.host.has_ip:
        ctx.host.ip                       # IP's hold on the links it has plumbed counts from now
    try:
        return getattr(importlib.import_module(modname), func)(Env(ctx, parsed, g)) or 0
    except Die as e:
        ctx.err(e.text + "\n")
        return e.status
    except grammar.UsageError as e:
        ctx.err(error_text(d, g, command, e))
        return 1


def _reword(command: str, e) -> str | None:
    """getopt-level refusals a subcommand words itself (dladm.c do_create_vnic)."""
    if e.kind == "duplicate-option" and command == "create-vnic" and e.word == "-m":
        return "dladm: cannot specify -m option twice\n"
    return None
