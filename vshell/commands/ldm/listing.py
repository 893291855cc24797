"""ldm list-domain (list, ls) in its short, parseable and long forms, rendered from the model."""
from __future__ import annotations

from vshell.commands import not_simulated
from vshell.commands.ldm import format as fmt
from vshell.commands.ldm import variables, vio_listing
from vshell.commands.ldm.format import line as _line, section as _section
from vshell.messages import text


def _columns(host) -> list[tuple[str, int]]:
    caps = host.ldm_release
    cols = [("NAME", 17), ("STATE", caps.list_state_width), ("FLAGS", 8), ("CONS", 8),
            ("VCPU", 6), ("MEMORY", 9), ("UTIL", 6)]
    if _norm(host):
        cols.append(("NORM", 6))
    cols.append(("UPTIME", 0))
    return cols


def _norm(host) -> bool:
    # the firmware decides (8.2.0+, ldm.md §2.1): a world may say its host runs an older one
    firmware = host.facts.get("normalized_util", host.platform.extra.get("normalized_util"))
    return bool(host.ldm_release.norm_column and firmware)


def _cons(host, d) -> str:
    if d.control:
        return host.platform.console if host.ldm_release.primary_cons else ""
    return str(d.cons_port) if d.bound and d.cons_port else ""


def _counts(d) -> tuple[int, int]:
    """vCPUs and memory: what is bound, or for an inactive domain what it asks for."""
    if d.bound:
        return len(d.strands), sum(b.size for b in d.mem)
    return d.vcpus, d.memory


def _row_values(host, d) -> list[str]:
    ldm = host.ldm
    ncpu, mem = _counts(d)
    vals = [d.name, d.state, fmt.flags(d, host.ldm_release.flag_columns), _cons(host, d),
            str(ncpu) if ncpu else "", fmt.size(mem) if mem else ""]
    u = ldm.utilization(d)
    style = host.ldm_release.util_style
    vals.append(fmt.util(u, style))
    if _norm(host):
        vals.append(fmt.util(u, style))   # normalized = raw when no strand is power-managed
    vals.append(fmt.uptime(ldm.uptime(d)))
    return vals


def table(host, domains) -> str:
    cols = _columns(host)
    lines = [_line([c for c, _ in cols], cols)]
    for d in domains:
        lines.append(_line(_row_values(host, d), cols))
    return "\n".join(lines) + "\n"


def parseable(host, domains, long: bool = False) -> str:
    ldm = host.ldm
    lines = [f"VERSION {host.ldm_release.parseable_version}"]
    for d in domains:
        ncpu, mem = _counts(d)
        u = ldm.utilization(d)
        up = ldm.uptime(d)
        fields = [f"name={d.name}", f"state={d.state}",
                  f"flags={(fmt.flag_words(d) if long else fmt.flags(d, host.ldm_release.flag_columns)) if d.state != 'inactive' else ''}",
                  f"cons={_cons(host, d)}", f"ncpu={ncpu or ''}", f"mem={mem or ''}",
                  f"util={'' if u is None else f'{u:.1f}'}", f"uptime={'' if up is None else int(up)}"]
        if _norm(host):
            fields.append(f"norm_util={'' if u is None else f'{u:.1f}'}")
        lines.append("DOMAIN|" + "|".join(fields))
        if long:
            lines += long_parseable(host, d)
    return "\n".join(lines) + "\n"


def _cores(host, d) -> list[tuple[int, list[int]]]:
    plat = host.platform
    cores: dict[int, list[int]] = {}
    for s in d.strands:
        cores.setdefault(plat.core_of(s), []).append(s)
    return sorted(cores.items())


def identity(d, b) -> list[str]:
    """MAC, HOSTID, CONTROL and DEPENDENCY, as list-bindings and list-constraints print them."""
    return [b, "MAC", f"    {d.mac}", b, "HOSTID", f"    0x{d.hostid:08x}",
            b, "CONTROL", f"    failure-policy={d.failure_policy}",
            b, "DEPENDENCY", f"    master={','.join(d.master)}"]


def identity_parseable(d) -> list[str]:
    return [f"MAC|mac-addr={d.mac}", f"HOSTID|hostid=0x{d.hostid:08x}",
            f"CONTROL|failure-policy={d.failure_policy}", f"DEPENDENCY|master={','.join(d.master)}"]


def _identity(host, d, b) -> list[str]:
    # a domain that was never bound has no identity sections in the listings (ldm.md §2.3)
    return identity(d, b) if d.bound or d.control else []


def _core_section(host, d, b, title="CORE", header="CPUSET") -> list[str]:
    if not d.bound:
        return []
    return _section(title, [("CID", 7), (header, 0)],
                    [[str(c), fmt.cpuset(ss)] for c, ss in _cores(host, d)], b)


def _vcpu_section(host, d, b) -> list[str]:
    if not d.bound:
        return []
    # one row per strand (1,024 on a T5-8): formatted directly, not through _line
    loads = host.ldm.strand_utilizations(d)
    tpc = host.platform.threads_per_core
    cid = host.ldm_release.core_column
    out = [b, "VCPU", "    VID    PID    " + ("CID    " if cid else "") + "UTIL STRAND"]
    for vid, pid in enumerate(d.strands):
        u = loads.get(pid)
        util = "" if u is None else f"{u:.1f}%"
        core = f"{pid // tpc:<7}" if cid else ""
        out.append(f"    {vid:<7}{pid:<7}{core}{util:>4}   100%")
    return out


def _mau_section(host, d, b) -> list[str]:
    if not (d.bound and d.maus):
        return []
    per_core = host.platform.crypto_per_core
    return _section("MAU", [("ID", 7), ("CPUSET", 0)],
                    [[str(m), fmt.cpuset(host.platform.strands_of_core(m // per_core))] for m in d.maus], b)


def _memory_section(host, d, b) -> list[str]:
    if not d.bound:
        return []
    return _section("MEMORY", [("RA", 17), ("PA", 17), ("SIZE", 0)],
                    [[hex(m.ra), hex(m.pa), fmt.size(m.size)] for m in d.mem], b)


def _io_section(host, d, b) -> list[str]:
    # a bus as DEVICE and its alias; a slot held apart from its bus (direct I/O) as its device
    # path and its name (model/pcie.py: the path is a guess)
    if not (d.bound and d.io):
        return []
    return _section("IO", [("DEVICE", 17), ("PSEUDONYM", 17), ("OPTIONS", 0)],
                    [[dev, alias, ""] for dev, alias in host.ldm.pcie.rows(d.io)], b)


def _vcons_section(host, d, b) -> list[str]:
    if not (d.bound and d.control and host.ldm_release.vcons_section):
        return []
    return [b, "VCONS", "    NAME             SERVICE                     PORT",
            f"    {host.platform.console}"]


def _variables(d, b) -> list[str]:
    return variables.section(d, b)


def _resmgmt_section(host, d, b) -> list[str]:
    # `ldm list -o resmgmt` (ldm.md §2.3, [AG34] checkdomainconfig): three-space indent
    w = d.pending or d.want
    lines = [b, "CONSTRAINT"]
    if w.whole_core:
        lines.append("   whole-core")
    if w.max_cores is not None:
        lines.append(f"   max-cores={w.max_cores}")
    return lines


def _softstate(host, d, b) -> list[str]:
    # 1.x `list -e` (ldm.md §2.3): what the domain's OS reports  # unverified for OpenBoot
    state = {"solaris": "Solaris running", "openboot": "OpenBoot Running"}.get(d.os)
    return [b, "SOFTSTATE", state] if d.state == "active" and state else []


def long_form(host, domains, extended: bool = False) -> str:
    """`ldm list -l` and list-bindings (3.x order, ldm.md §2.3): identity, then resources."""
    rel = host.ldm_release
    b = rel.blank_line
    blocks = []
    for d in domains:
        parts = [table(host, [d]).rstrip("\n")]
        if extended:
            parts += _softstate(host, d, b)
        if rel.uuid_section:
            parts += [b, "UUID", f"    {d.uuid}"]
        parts += _identity(host, d, b)
        if rel.core_column:
            parts += _core_section(host, d, b)
        parts += _vcpu_section(host, d, b) + _mau_section(host, d, b) + _memory_section(host, d, b)
        parts += _variables(d, b)
        parts += _io_section(host, d, b) + vio_listing.services(host, d, b)
        parts += vio_listing.network(host, d, b) + vio_listing.disk(host, d, b)
        parts += _vcons_section(host, d, b) + vio_listing.vcons(host, d, b)
        blocks.append("\n".join(parts) + "\n")
    return ("-" * 78 + "\n").join(blocks)


# `ldm list -o FORMAT`: each format names the sections of the long listing it keeps
# ([AG12] generatesubsetoflonglisttask; 3.x adds core and resmgmt, [AG34] checkdomainconfig).
_SUBSETS = {
    "console": lambda host, d, b: _vcons_section(host, d, b) + vio_listing.vcons(host, d, b),
    "disk": lambda host, d, b: vio_listing.disk(host, d, b) + vio_listing.vds_lines(
        host, host.ldm.vio.services_of(d.name)[2], b),
    "network": vio_listing.network_subset,
    "cpu": _vcpu_section,
    "core": lambda host, d, b: _core_section(host, d, b, header="PCPUSET"),
    "crypto": _mau_section,
    "memory": _memory_section,
    "physio": _io_section,
    "resmgmt": _resmgmt_section,
    "domain": lambda host, d, b: ([b, "UUID", f"    {d.uuid}"] if host.ldm_release.uuid_section else [])
    + _identity(host, d, b),
    "status": lambda host, d, b: [b] + table(host, [d]).rstrip("\n").split("\n"),
}
NOT_YET = {"serial"}     # the domain's serial (vldcc) channels are not modelled


def subset(host, domains, formats: list[str]) -> str:
    b = host.ldm_release.blank_line
    # 3.4's `-o resmgmt ldg1` starts with NAME / ldg1; the current guide's `-o network ldg1`
    # starts at NETWORK. A release without the header keeps it when several domains are listed
    # (to tell them apart)  # unverified
    header = host.ldm_release.subset_name_header or len(domains) > 1
    blocks = []
    for d in domains:
        parts = ["NAME", d.name] if header else []
        for f in formats:
            parts += _SUBSETS[f](host, d, b)
        if not header and parts and parts[0] == b:
            parts = parts[1:]
        blocks.append("\n".join(parts) + "\n")
    return ("-" * 78 + "\n").join(blocks)


def long_parseable(host, d) -> list[str]:
    """The sections of `ldm list -l -p` after DOMAIN (keys as ldm.md §2.4 lists them)."""
    ldm = host.ldm
    lines = [f"UUID|uuid={d.uuid}"] if host.ldm_release.uuid_section else []
    if not (d.bound or d.control):
        return lines
    lines += identity_parseable(d)
    if d.bound:
        if host.ldm_release.core_column:
            lines.append("CORE")
            lines += [f"|cid={c}|cpuset={','.join(map(str, ss))}" for c, ss in _cores(host, d)]
        lines.append("VCPU")
        for vid, pid in enumerate(d.strands):
            u = ldm.strand_utilization(d, pid)
            cid = f"|cid={host.platform.core_of(pid)}" if host.ldm_release.core_column else ""
            lines.append(f"|vid={vid}|pid={pid}{cid}|util={'' if u is None else f'{u:.1f}%'}|strand=100")
        if d.maus:
            per_core = host.platform.crypto_per_core
            lines.append("MAU")
            lines += [f"|id={m}|cpuset={','.join(map(str, host.platform.strands_of_core(m // per_core)))}"
                      for m in d.maus]
        lines.append("MEMORY")
        lines += [f"|ra={hex(b.ra)}|pa={hex(b.pa)}|size={b.size}" for b in d.mem]
        if d.io:
            lines.append("IO")
            lines += [f"|dev={dev}|alias={alias}" for dev, alias in host.ldm.pcie.rows(d.io)]
        if d.control and host.ldm_release.vcons_section:
            lines.append(f"VCONS|type={host.platform.console}")
    lines += vio_listing.parseable(host, d)
    return lines


def _domains(ctx, parsed):
    """The named domains (each unknown one refused on stderr), or all of them."""
    ldm = ctx.host.ldm
    names = parsed.operands.get("ldom") or []
    if not names:
        return list(ldm.domains.values()), 0
    domains, status = [], 0
    for n in names:
        d = ldm.domains.get(n)
        if d is None:
            ctx.err(text("ldm.domain-not-found", domain=n) + "\n")
            status = 1
        else:
            domains.append(d)
    return domains, status


def list_domain(ctx, parsed) -> int:
    host = ctx.host
    formats = []
    for value in parsed.flags.get("-o", []):
        formats += [f for f in value.split(",") if f]
    for f in formats:
        if f in NOT_YET:
            return not_simulated(ctx, f"ldm list-domain -o {f}")
        if f not in _SUBSETS:
            from vshell.grammar import UsageError
            raise UsageError("bad-value", parsed.command, "-o", f)
    if parsed.flag("-S"):
        return not_simulated(ctx, "ldm list-domain -S")
    domains, status = _domains(ctx, parsed)
    if not domains:
        return status
    if formats:
        ctx.out(subset(host, domains, formats))
    elif parsed.flag("-p"):
        ctx.out(parseable(host, domains, long=parsed.flag("-l") or parsed.flag("-e")))
    elif parsed.flag("-l") or parsed.flag("-e"):
        ctx.out(long_form(host, domains, extended=parsed.flag("-e")))
    else:
        ctx.out(table(host, domains))
    return status


def list_bindings(ctx, parsed) -> int:
    domains, status = _domains(ctx, parsed)
    if domains:
        if parsed.flag("-p"):
            ctx.out(parseable(ctx.host, domains, long=True))
        else:
            ctx.out(long_form(ctx.host, domains, extended=parsed.flag("-e")))
    return status


def version(ctx) -> int:
    """`ldm -V` (ldm.md §2.7): the manager, then the platform's firmware."""
    rel, plat = ctx.host.ldm_release, ctx.host.platform
    lines = [f"{rel.v_name} (v {rel.v_version})",
             f"   Hypervisor control protocol v {rel.hv_protocol}",
             "   Using Hypervisor MD v 0.1", " ", "System PROM:"]
    for label, value in (("Hypervisor", plat.hypervisor_version), ("OpenBoot", plat.obp_version)):
        word, _, rest = value.partition(" ")
        ver, _, date = rest.partition(" ")
        stamp = f"@(#){word} {ver}. {date}".rstrip()
        lines.append(f"   {label.ljust(11)} v. {(ver + '.').ljust(10)}{stamp}")
    ctx.out("\n".join(lines) + "\n")
    return 0
