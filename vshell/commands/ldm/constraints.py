"""ldm list-constraints [-x | -e -p] [ldom...]: what each domain asks for (not what it holds).
The -p keys are those of a published 1.2 session (ldm.md §2.4: DOMAIN|name=, MAC|mac-addr=,
VCPU|count=, MEMORY|size=, IO |dev=|alias=, VDS, VCC, VSW, VARIABLES, VNET, VDISK); the plain
layout follows list-bindings' sections with COUNT/SIZE tables  # unverified layout.
-x is in constraints_xml.py."""
from __future__ import annotations

from vshell.commands.ldm import format as fmt
from vshell.commands.ldm import variables, vio_listing
from vshell.commands.ldm.listing import _domains, _variables, identity, identity_parseable


def _want(d):
    return d.pending or d.want


def _text(host, d) -> list[str]:
    rel = host.ldm_release
    b = rel.blank_line
    w = _want(d)
    out = ["DOMAIN", d.name]
    if rel.uuid_section:
        out += [b, "UUID", f"    {d.uuid}"]
    out += identity(d, b)
    tpc = host.platform.threads_per_core
    if w.whole_core:
        out += [b, "CORE", "    COUNT", f"    {w.vcpus // tpc}"]
        if w.cids:
            out += ["    CID", "    " + ",".join(map(str, w.cids))]
    if w.vcpus:
        out += [b, "VCPU", "    COUNT", f"    {w.vcpus}"]
    if w.crypto:
        out += [b, "MAU", "    COUNT", f"    {w.crypto}"]
    if w.mblocks:
        out += [b, "MEMORY", "    PA               SIZE"]
        out += [f"    {hex(pa):<17}{fmt.size(sz)}" for pa, sz in w.mblocks]
    elif w.memory:
        out += [b, "MEMORY", "    SIZE", f"    {fmt.size(w.memory)}"]
    if w.whole_core or w.max_cores is not None:
        out += [b, "CONSTRAINT"] + (["    whole-core"] if w.whole_core else []) + \
            ([f"    max-cores={w.max_cores}"] if w.max_cores is not None else [])
    if d.io:
        out += [b, "IO", "    DEVICE           PSEUDONYM"]
        out += [f"    {dev:<17}{alias}".rstrip() for dev, alias in host.ldm.pcie.rows(d.io)]
    out += vio_listing.services(host, d, b) + _variables(d, b)
    out += vio_listing.network(host, d, b, peers=False) + vio_listing.disk(host, d, b)
    return out


def _parseable(host, d) -> list[str]:
    w = _want(d)
    out = [f"DOMAIN|name={d.name}"]
    if host.ldm_release.uuid_section:
        out.append(f"UUID|uuid={d.uuid}")
    out += identity_parseable(d)
    if w.whole_core:
        out.append(f"CORE|count={w.vcpus // host.platform.threads_per_core}")
    if w.vcpus:
        out.append(f"VCPU|count={w.vcpus}")
    if w.crypto:
        out.append(f"MAU|count={w.crypto}")
    if w.memory:
        out.append(f"MEMORY|size={w.memory}")
    if d.io:
        out.append("IO")
        out += [f"|dev={dev}|alias={alias}" for dev, alias in host.ldm.pcie.rows(d.io)]
    services = vio_listing.parseable(host, d, bindings=False)
    devices = [x for x in services if x.startswith(("VNET", "VDISK", "VCONS"))]
    out += [x for x in services if x not in devices] + variables.parseable(d) + devices
    return out


def list_constraints(ctx, parsed) -> int:
    host = ctx.host
    domains, status = _domains(ctx, parsed)
    if not domains:
        return status
    if parsed.flag("-x"):
        from vshell.commands.ldm.constraints_xml import document
        ctx.out(document(host, domains))
    elif parsed.flag("-p"):
        lines = [f"VERSION {host.ldm_release.parseable_version}"]
        for d in domains:
            lines += _parseable(host, d)
        ctx.out("\n".join(lines) + "\n")
    else:
        blocks = ["\n".join(_text(host, d)) + "\n" for d in domains]
        ctx.out(("-" * 78 + "\n").join(blocks))
    return status
