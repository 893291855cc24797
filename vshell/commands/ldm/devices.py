"""ldm list-devices [-a] [-p] [core] [cpu] [crypto] [memory] [io]: the machine's physical
resources, free ones or (-a) all with their owner. Layout of the 3.x table: ldm.md §2.5 (a
published session); note the separator lines, four blanks after CORE, VCPU and MAU, empty
after MEMORY, as published."""
from __future__ import annotations

from vshell.commands.ldm import format as fmt

_ORDER = ("core", "cpu", "crypto", "memory", "io")
_ALIASES = {"mau": "crypto", "vcpu": "cpu", "mem": "memory"}


def _pad(values, widths) -> str:
    return "    " + "".join(v.ljust(w) if w else v for v, w in zip(values, widths)).rstrip()


def _memory_rows(ldm, plat, everything: bool):
    rows = [(pa, size, "_sys_") for pa, size in plat.reserved_memory] if everything else []
    for d in ldm.domains.values():
        if everything:
            rows += [(b.pa, b.size, d.name) for b in d.mem]
    rows += [(pa, size, "") for pa, size in ldm.free_memory()]
    return sorted(rows)


def list_devices(ctx, parsed) -> int:
    host = ctx.host
    ldm, plat, rel = host.ldm, host.platform, host.ldm_release
    everything = parsed.flag("-a")
    wanted = [_ALIASES.get(a, a) for a in parsed.args] or list(_ORDER)
    if not rel.core_column:
        wanted = [w for w in wanted if w != "core" or parsed.args]
    tpc = plat.threads_per_core
    owner = ldm.strand_owner
    sections = []

    if "core" in wanted:
        rows = []
        for c in range(plat.cores):
            strands = plat.strands_of_core(c)
            free = sum(1 for s in strands if owner(s) is None)
            if everything or free:
                rows.append((str(c), str(free * 100 // tpc), fmt.cpuset(strands)))
        sections.append(("CORE", ("ID", "%FREE", "CPUSET"), (8, 8, 0), rows, rel.blank_line or "    ",
                         [f"|cid={c}|free={f}|cpuset={s[1:-1].replace(', ', ',')}" for c, f, s in rows]))
    old = rel.blank_line == " "     # LDoms 1.x layout ([AG12] listdevicestask, verbatim)
    if "cpu" in wanted:
        rows = []
        for s in range(plat.strands):
            bound = owner(s) is not None
            if everything or not bound:
                pm = ("NO" if old else "no") if bound else "---"
                rows.append((str(s), "0" if bound else "100", pm))
        header, widths = (("PID  %FREE     PM",), (0,)) if old else (("PID", "%FREE", "PM"), (8, 8, 0))
        if old:
            rows = [(f"{p:<8}{f:<7}{m}",) for p, f, m in rows]
        sections.append(("VCPU", header, widths, rows, rel.blank_line or "    ",
                         [f"|pid={s}|free={0 if owner(s) else 100}|pm={'no' if owner(s) else ''}"
                          for s in range(plat.strands) if everything or owner(s) is None]))
    if "crypto" in wanted:
        rows = []
        for m in range(plat.cores * plat.crypto_per_core):
            who = ldm.mau_owner(m) or ""
            if everything or not who:
                rows.append((str(m), fmt.cpuset(plat.strands_of_core(ldm.core_of_mau(m))), who))
        prows = [f"|id={i}|cpuset={c[1:-1].replace(', ', ',')}|bound={b}" for i, c, b in rows]
        if old:          # 1.x: no ID column
            sections.append(("MAU", ("CPUSET", "BOUND"), (40, 0), [r[1:] for r in rows], " ", prows))
        else:
            sections.append(("MAU", ("ID", "CPUSET", "BOUND"), (8, 40, 0), rows, "    ", prows))
    if "memory" in wanted:
        mem = _memory_rows(ldm, plat, everything)
        rows = [(hex(pa), fmt.size(size), who) for pa, size, who in mem]
        sections.append(("MEMORY", ("PA", "SIZE", "BOUND"), (21, 16, 0), rows, rel.blank_line,
                         [f"|pa={hex(pa)}|size={size}|bound={who}" for pa, size, who in mem]))
    if "io" in wanted:
        # a bus is bound when the domain holding it is (an inactive domain's bus is only its
        # constraint); BOUND says yes or no  # unverified: only `yes` is published
        bound_io = {dev for d in ldm.domains.values() if d.bound for dev in d.io}
        rows = [(r.device, r.pseudonym, "yes" if r.device in bound_io else "no", "")
                for r in plat.pcie if everything or r.device not in bound_io]
        sections.append(("IO", ("DEVICE", "PSEUDONYM", "BOUND", "OPTIONS"), (17, 17, 8, 0), rows, "",
                         [f"|dev={d}|alias={p}|bound={b}" for d, p, b, _ in rows]))

    sections = [s for s in sections if s[3]]     # a kind with nothing to show is left out  # unverified
    if parsed.flag("-p"):
        out = [f"VERSION {rel.parseable_version}"]
        for title, *_, prows in sections:
            out += [title] + prows
        ctx.out("\n".join(out) + "\n")
        return 0
    out = []
    for i, (title, header, widths, rows, sep, _) in enumerate(sections):
        out.append(title)
        out.append(_pad(header, widths))
        out += [_pad(r, widths) for r in rows]
        if i < len(sections) - 1:
            out.append(sep)
    if out:
        ctx.out("\n".join(out) + "\n")
    return 0

