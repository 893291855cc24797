"""ldm's resource commands: add/set/remove of vcpu, core, crypto (mau) and memory. The model
decides whether a change is bound now, waits for a reboot or is refused; this module reads
the command line and says what happened as ldm does."""
from __future__ import annotations

from vshell.commands.ldm import format as fmt
from vshell.commands.ldm import refusals, values
from vshell.commands.ldm.domains import refuse
from vshell.model.errors import ModelError


def _op(parsed) -> str:
    return parsed.command.split("-", 1)[0]          # add / set / remove


def _ldom(parsed) -> str:
    return parsed.operand("ldom")


def report(ctx, name: str, change) -> int:
    """The notices a resource change earned (delayed reconfiguration, --auto-adj)."""
    rel = ctx.host.ldm_release
    if change.entered_delayed:
        ctx.out(refusals.reconf_started(rel, name))
    elif change.delayed:
        ctx.out(refusals.reconf_notice(rel, name))
    if getattr(change, "adjusted_to", None) is not None:
        # errors.md §7, `ldm add-mem --auto-adj 200M ldom1` (a published session)
        ctx.out(f"Adjusting request size to {fmt.size(change.adjusted_to)}.\n")
        if change.extra:
            ctx.out(f"The {name} domain has been allocated {fmt.size(change.extra)} more memory\n"
                    "than requested because of memory alignment constraints.\n")
    return 0


def _run(ctx, parsed, action, size_text: str = "") -> int:
    name = _ldom(parsed)
    try:
        change = action(name)
    except ModelError as e:
        if e.code == "set-memory-unaligned-removal":
            e.info["size_text"] = size_text
        return refuse(ctx, e, parsed.command)
    return report(ctx, name, change)


def vcpu(ctx, parsed) -> int:
    n = values.count(parsed, parsed.operand("number"))
    ldm = ctx.host.ldm
    return _run(ctx, parsed, lambda d: ldm.change_vcpus(d, _op(parsed), n, cores=parsed.flag("-c")))


def core(ctx, parsed) -> int:
    ldm = ctx.host.ldm
    if "cid" in parsed.props:
        cids = values.cids(parsed, parsed.props["cid"]) if parsed.props["cid"] else ()
        return _run(ctx, parsed, lambda d: ldm.change_cores(d, _op(parsed), cids=cids))
    n = values.count(parsed, parsed.operand("num"))
    return _run(ctx, parsed, lambda d: ldm.change_cores(d, _op(parsed), n))


def crypto(ctx, parsed) -> int:
    n = values.count(parsed, parsed.operand("number"))
    ldm = ctx.host.ldm
    return _run(ctx, parsed, lambda d: ldm.change_crypto(d, _op(parsed), n))


def memory(ctx, parsed) -> int:
    ldm = ctx.host.ldm
    if "mblock" in parsed.props:
        blocks = values.mblocks(parsed, parsed.props["mblock"]) if parsed.props["mblock"] else ()
        return _run(ctx, parsed, lambda d: ldm.change_memory(d, _op(parsed), mblocks=blocks))
    text = parsed.operand("size[unit]") or parsed.operand("size")
    size = values.size(parsed, text)
    auto = parsed.flag("--auto-adj")
    return _run(ctx, parsed, lambda d: ldm.change_memory(d, _op(parsed), size, auto_adj=auto),
                size_text=text)
