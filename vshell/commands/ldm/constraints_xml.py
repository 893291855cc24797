"""`ldm list-constraints -x`: the constraints as the XML of ldm's XML interface. The document
frame, ldom_info, cpu, memory, network, disk and var elements are those of the 1.2 Admin
Guide's example (transcripts/ldm/05); the service elements (vcc, vsw, vds_volume) take the
property names of the XML interface's resource chapter (research notes)  # unverified."""
from __future__ import annotations

from xml.sax.saxutils import escape

from vshell.commands.ldm import format as fmt


def _element(indent: int, tag: str, children: list) -> list[str]:
    """<tag> with (name, value) leaves or nested elements; a value of several lines goes on
    indented continuation lines, as the example's nvramrc does."""
    pad = " " * indent
    out = [f"{pad}<{tag}>"]
    for child in children:
        if isinstance(child, list):
            out += child
            continue
        name, value = child
        lines = escape(str(value)).split("\n")
        text = ("\n" + " " * (indent + 4)).join(lines)
        out.append(f"{pad}  <{name}>{text}</{name}>")
    out.append(f"{pad}</{tag}>")
    return out


def _ldom(host, d) -> list[str]:
    vio = host.ldm.vio
    w = d.pending or d.want
    i = 6
    parts = [_element(i, "ldom_info", [("ldom_name", d.name)])]
    if w.vcpus:
        parts.append(_element(i, "cpu", [("number", w.vcpus)]))
    if w.crypto:
        parts.append(_element(i, "mau", [("number", w.crypto)]))
    if w.memory:
        parts.append(_element(i, "memory", [("size", fmt.size(w.memory))]))
    vccs, vsws, vdss = vio.services_of(d.name)
    for c in vccs:
        parts.append(_element(i, "vcc", [("service_name", c.name), ("min_port", c.port_min),
                                         ("max_port", c.port_max)]))
    for s in vsws:
        leaves = [("service_name", s.name)]
        if not s.auto_mac:
            leaves.append(("mac_address", s.mac))
        if s.net_dev:
            leaves.append(("dev_path", s.net_dev))
        parts.append(_element(i, "vsw", leaves))
    for s in vdss:
        parts.append(_element(i, "vds", [("service_name", s.name)]))
        for v in s.volumes.values():
            leaves = [("service_name", s.name), ("vol_name", v.name), ("block_dev", v.backend)]
            if v.options:
                leaves.append(("vol_opts", ",".join(v.options)))
            parts.append(_element(i, "vds_volume", leaves))
    for v in vio.vnets_of(d.name):
        parts.append(_element(i, "network", [("vnet_name", v.name), ("service_name", v.service),
                                             ("mac_address", v.mac)]))
    for k in vio.vdisks_of(d.name):
        parts.append(_element(i, "disk", [("vdisk_name", k.name), ("service_name", k.service),
                                          ("vol_name", k.volume)]))
    for name, value in d.variables.items():
        parts.append(_element(i, "var", [("name", name), ("value", value)]))
    return _element(4, "ldom", parts)


def document(host, domains) -> str:
    lines = ['<?xml version="1.0"?>', '<LDM_interface version="1.0">', '  <data version="2.0">']
    for d in domains:
        lines += _ldom(host, d)
    lines += ["  </data>", "</LDM_interface>"]
    return "\n".join(lines) + "\n"
