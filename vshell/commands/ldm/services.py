"""`ldm list-services [-e] [-p] [ldom...]`: the virtual I/O services of the named domains, or
of all, one section per kind with the domain that provides each (an LDOM column)  # unverified
layout: no stored source shows this command's output (research notes)."""
from __future__ import annotations

from vshell.commands.ldm import vio_listing
from vshell.commands.ldm.format import section
from vshell.commands.ldm.listing import _domains


def list_services(ctx, parsed) -> int:
    host = ctx.host
    domains, status = _domains(ctx, parsed)
    names = {d.name for d in domains}
    vio = host.ldm.vio
    vccs = [s for s in vio.vccs.values() if s.domain in names]
    vsws = [s for s in vio.vsws.values() if s.domain in names]
    vdss = [s for s in vio.vdss.values() if s.domain in names]
    if parsed.flag("-p"):
        lines = [f"VERSION {host.ldm_release.parseable_version}"]
        for d in domains:
            lines += [x for x in vio_listing.parseable(host, d) if x.startswith(("VCC", "VSW", "VDS", "|vol"))]
        ctx.out("\n".join(lines) + "\n")
        return status
    b = host.ldm_release.blank_line
    out = []
    if vccs:
        out += section("VCC", *vio_listing.vcc_rows(vccs, with_ldom=True), b)
    if vsws:
        out += section("VSW", *vio_listing.vsw_rows(host, vsws, with_ldom=True), b)
    out += vio_listing.vds_lines(host, vdss, b, with_ldom=True)
    if out:
        ctx.out("\n".join(out[1:]) + "\n")       # no blank line before the first section
    return status
