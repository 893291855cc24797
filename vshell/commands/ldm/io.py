"""ldm's physical I/O commands: list-io, add-io, remove-io, set-io iov=. The rules (who holds a
bus or a slot, when a change waits for a reboot) are in vshell/model/pcie.py; this module reads
the command line and says what happened as ldm does.

list-io's table: the 3.x layout of the T4-2 session in the 3.4 Admin Guide ("primary 根域示例",
/tmp research notes §4): NAME 42, TYPE 7, BUS 9, DOMAIN 9, STATUS 9 columns, a dash underline
under each header word, every field padded (the stored copy keeps the trailing blanks) except a
row with neither DOMAIN nor STATUS, which ends after BUS. Rows: the buses, the NIUs, then each
bus's slots and onboard devices. STATUS: IOV on a held bus with I/O virtualization on; OCC/EMP
on a slot whose bus is held by a running domain (which reports it), UNK otherwise  # unverified
rule for UNK beyond the published case (a slot of a bus no domain holds).
-p and -l were not found in any source: -p prints each row as `IO|name=|type=|bus=|domain=|
status=` after the VERSION line  # unverified; -l and -d (SR-IOV physical functions) are not
simulated.

LDoms 1.x had add-io and remove-io (a bus: pci@780 or its alias bus_a) but no list-io, no
set-io and no direct I/O of slots (2.0 brought them): there list-io and set-io are unknown
subcommands and a slot is no device."""
from __future__ import annotations

from vshell.commands import not_simulated
from vshell.commands.ldm.domains import refuse
from vshell.commands.ldm.resources import report
from vshell.grammar import UsageError
from vshell.model.errors import ModelError, NotFound
from vshell.model.pcie import BUS, NIU

_COLS = (("NAME", 42), ("TYPE", 7), ("BUS", 9), ("DOMAIN", 9), ("STATUS", 9))


def direct_io(rel) -> bool:
    """Does this ldm release know direct I/O, list-io and set-io (2.0 and later)? The release
    table has no entry for it yet; the 1.x releases are the ones with the 1.x virtual I/O
    layout."""
    value = rel.get("direct_io")
    return bool(value) if value is not None else rel.vio_style != "1"


def _device_operand(parsed) -> str:
    for key in ("bus", "device", "vf-name", "bus-or-device"):
        v = parsed.operand(key)
        if v is not None:
            return v
    return parsed.args[0]


def _unknown(ctx):
    raise UsageError("unknown-command", word=ctx.argv[1] if len(ctx.argv) > 1 else "")


def add_io(ctx, parsed) -> int:
    rel, ldm = ctx.host.ldm_release, ctx.host.ldm
    iov = parsed.props.get("iov")
    if iov is not None and not direct_io(rel):
        raise UsageError("bad-property", parsed.command, "iov", iov)
    name, domain = _device_operand(parsed), parsed.operand("ldom")
    try:
        dev = ldm.pcie.find(name)
        if iov is not None and dev is not None and dev.kind != BUS:
            raise UsageError("operands", parsed.command)
        change = ldm.pcie.add(name, domain, iov=None if iov is None else iov == "on",
                              slots=direct_io(rel))
    except ModelError as e:
        return refuse(ctx, e, parsed.command)
    return report(ctx, domain, change)


def remove_io(ctx, parsed) -> int:
    rel, ldm = ctx.host.ldm_release, ctx.host.ldm
    name, domain = _device_operand(parsed), parsed.operand("ldom")
    try:
        change = ldm.pcie.remove(name, domain, dry_run=parsed.flag("-n"), slots=direct_io(rel))
    except ModelError as e:
        return refuse(ctx, e, parsed.command)
    if parsed.flag("-n"):
        return 0
    return report(ctx, domain, change)


def set_io(ctx, parsed) -> int:
    rel, ldm = ctx.host.ldm_release, ctx.host.ldm
    if not direct_io(rel):
        _unknown(ctx)
    if "iov" not in parsed.props:
        return not_simulated(ctx, "ldm set-io of SR-IOV virtual functions")
    name = _device_operand(parsed)
    try:
        dev = ldm.pcie.find(name)
        if dev is None or dev.kind != BUS:
            raise NotFound("io-not-found", name=name)
        owner = ldm.pcie.holder(dev)
        change = ldm.pcie.set_iov(name, parsed.props["iov"] == "on")
    except ModelError as e:
        return refuse(ctx, e, parsed.command)
    return report(ctx, owner or "", change)


# list-io ---------------------------------------------------------------------------------------
def rows(ldm, only: str | None = None) -> list[tuple[str, str, str, str, str]]:
    """(NAME, TYPE, BUS, DOMAIN, STATUS) as ldm list-io shows them, from the model."""
    pcie = ldm.pcie
    view = pcie.view()
    control = ldm.primary.name if ldm.primary else ""
    state = {n: d.state for n, d in ldm.domains.items()}
    buses, slots = [], []
    for r in pcie.roots:
        owner = view.bus_owner(r.device) or ""
        status = "IOV" if owner and view.iov.get(r.device) else ""
        buses.append(((r.device, r.pseudonym), (r.pseudonym, BUS, r.pseudonym, owner, status)))
        for dev in pcie.devices(r):
            if state.get(owner) == "active":
                st = "EMP" if pcie.is_empty(dev) else "OCC"
            else:
                st = "UNK"
            slots.append(((dev.name, r.device, r.pseudonym), (dev.name, "PCIE", r.pseudonym,
                                                               view.slot_holder(dev) or "", st)))
    nius = [((n,), (n, NIU, n, control, "")) for n in ldm.platform.niu]
    table = buses + nius + slots
    if only is not None:
        table = [t for t in table if only in t[0]]
    return [row for _, row in table]


def _line(values) -> str:
    out = "".join(v.ljust(w) for v, (_, w) in zip(values, _COLS))
    if not values[3] and not values[4]:
        out = out.rstrip()
    return out


def list_io(ctx, parsed) -> int:
    host = ctx.host
    rel, ldm = host.ldm_release, host.ldm
    if not direct_io(rel):
        _unknown(ctx)
    if parsed.flag("-l"):
        return not_simulated(ctx, "ldm list-io -l")
    if parsed.flags.get("-d"):
        return not_simulated(ctx, "ldm list-io -d (SR-IOV physical functions)")
    only = parsed.args[0] if parsed.args else None
    table = rows(ldm, only)
    if only is not None and not table:
        return refuse(ctx, NotFound("io-not-found", name=only), parsed.command)
    if parsed.flag("-p"):
        out = [f"VERSION {rel.parseable_version}"]
        out += [f"IO|name={n}|type={t}|bus={b}|domain={d}|status={s}" for n, t, b, d, s in table]
    else:
        out = [_line([h for h, _ in _COLS]), _line(["-" * len(h) for h, _ in _COLS])]
        out += [_line(r) for r in table]
    ctx.out("\n".join(out) + "\n")
    return 0
