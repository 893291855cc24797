"""ldm add-spconfig, set-spconfig, remove-spconfig and list-spconfig (1.x: add-config,
list-config ...; one behaviour). The state and its rules are vshell/model/spconfig.py; the
autosave forms (-r) are not simulated."""
from __future__ import annotations

from vshell.commands import not_simulated
from vshell.commands.ldm import refusals
from vshell.model import spconfig
from vshell.model.errors import ModelError

# errors.md §7: `ldm add-spconfig` with a 70-character name (3.6 Admin Guide, "Entering Names
# in the CLI")
BAD_NAME = "Error: Operation failed because an invalid configuration name was given\n"


def refuse(ctx, err: ModelError) -> int:
    if err.code == "spconfig-bad-name":
        ctx.err(BAD_NAME)
        return 1
    ctx.err(refusals.text(err, ctx.host.ldm_release))
    return 1


def _run(ctx, action) -> int:
    try:
        action(spconfig.configs(ctx.host.ldm))
    except ModelError as e:
        return refuse(ctx, e)
    return 0


def add_spconfig(ctx, parsed) -> int:
    if parsed.flag("-r"):
        return not_simulated(ctx, "ldm add-spconfig -r (autosave configurations)")
    name = parsed.operand("config-name")
    limit = ctx.host.ldm_release.get("spconfig_name_max", spconfig.NAME_MAX)
    return _run(ctx, lambda c: c.add(name, limit))


def set_spconfig(ctx, parsed) -> int:
    name = parsed.operand("config-name")
    return _run(ctx, lambda c: c.select(name))


def remove_spconfig(ctx, parsed) -> int:
    if parsed.flag("-r"):
        return not_simulated(ctx, "ldm remove-spconfig -r (autosave configurations)")
    name = parsed.operand("config-name")
    return _run(ctx, lambda c: c.remove(name))


def list_spconfig(ctx, parsed) -> int:
    if parsed.flag("-r"):
        return not_simulated(ctx, "ldm list-spconfig -r (autosave configurations)")
    lines = [f"{n} [{note}]" if note else n for n, note in spconfig.configs(ctx.host.ldm).listing()]
    ctx.out("\n".join(lines) + "\n")
    return 0
