"""ldm: the Logical Domains Manager's command line. Parsing, usage errors and help come from
grammar/ldm.toml; each subcommand's behaviour lives in a module of this package."""
from __future__ import annotations

import importlib

from vshell import grammar
from vshell.grammar.styles import ldm_usage, usage_error

from vshell.commands import not_simulated

# subcommand -> module:function (the rest are not simulated yet)
_D, _R = "vshell.commands.ldm.domains", "vshell.commands.ldm.resources"
HANDLERS = {
    "list-domain": "vshell.commands.ldm.listing:list_domain",
    "list-bindings": "vshell.commands.ldm.listing:list_bindings",
    "list-constraints": "vshell.commands.ldm.constraints:list_constraints",
    "list-devices": "vshell.commands.ldm.devices:list_devices",
    "add-domain": f"{_D}:add_domain",
    "set-domain": f"{_D}:set_domain",
    "remove-domain": f"{_D}:remove_domain",
    "bind-domain": f"{_D}:bind_domain",
    "unbind-domain": f"{_D}:unbind_domain",
    "start-domain": f"{_D}:start_domain",
    "stop-domain": f"{_D}:stop_domain",
    "panic-domain": f"{_D}:panic_domain",
    "start-reconf": f"{_D}:start_reconf",
    "cancel-reconf": f"{_D}:cancel_reconf",
    "cancel-operation": f"{_D}:cancel_operation",
    **{f"{op}-{res}": f"{_R}:{fn}" for op in ("add", "set", "remove")
       for res, fn in (("vcpu", "vcpu"), ("core", "core"), ("crypto", "crypto"), ("memory", "memory"))},
    # virtual I/O services and devices
    **{f"{op}-{res}": f"vshell.commands.ldm.vio:{op}_{res}" for op, res in (
        ("add", "vcc"), ("set", "vcc"), ("remove", "vcc"), ("add", "vds"), ("remove", "vds"),
        ("add", "vdsdev"), ("set", "vdsdev"), ("remove", "vdsdev"),
        ("add", "vsw"), ("set", "vsw"), ("remove", "vsw"), ("add", "vnet"), ("set", "vnet"),
        ("remove", "vnet"), ("add", "vdisk"), ("set", "vdisk"), ("remove", "vdisk"), ("set", "vcons"))},
    "list-services": "vshell.commands.ldm.services:list_services",
    # OBP variables and SP configurations
    **{f"{op}-variable": f"vshell.commands.ldm.variables:{op}_variable"
       for op in ("add", "set", "remove", "list")},
    **{f"{op}-spconfig": f"vshell.commands.ldm.spconfig:{op}_spconfig"
       for op in ("add", "set", "remove", "list")},
    # physical I/O: PCIe buses and slots
    **{f"{op}-io": f"vshell.commands.ldm.io:{op}_io" for op in ("add", "set", "remove", "list")},
}


def main(ctx) -> int:
    g = grammar.load("ldm")
    args = ctx.argv[1:]
    if args[:1] == ["-V"] and len(args) == 1:
        from vshell.commands.ldm.listing import version
        return version(ctx)
    if args[:1] == ["--help"]:
        return _help(ctx, g, args[1:])
    try:
        parsed = g.parse(args)
    except grammar.UsageError as e:
        text, status = usage_error(g, e)
        ctx.err(text)
        return status
    target = HANDLERS.get(parsed.command)
    if target is None:
        return not_simulated(ctx, f"ldm {parsed.command}")
    modname, func = target.split(":")
    try:
        return getattr(importlib.import_module(modname), func)(ctx, parsed)
    except grammar.UsageError as e:         # a value the grammar could not judge (a count, a size)
        text, status = usage_error(g, e)
        ctx.err(text)
        return status


def _help(ctx, g, rest) -> int:
    from vshell import messages

    if rest:
        command = g.resolve(rest[0])
        if command is None:
            ctx.err(messages.text("ldm.unknown-command", word=rest[0]) + "\n")
            return 1
        ctx.out(ldm_usage(g, command))
        return 0
    lines = [messages.text("ldm.help-header"), "Command(s) for each resource (aliases in parens):", ""]
    for name, c in g.commands.items():
        if c["hidden"]:
            continue
        alias = f" ({', '.join(c['aliases'])})" if c["aliases"] else ""
        lines.append(f"    {name}{alias}")
        for syn in c["synopsis"]:
            lines.append("        " + syn.split(None, 1)[1])
    ctx.out("\n".join(lines) + "\n")
    return 0
