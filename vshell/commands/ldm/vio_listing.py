"""The virtual I/O sections of ldm's listings (list-bindings, list -l, list-services,
list-constraints, list -o): services a domain provides (VCC, VSW, VDS) and devices it uses
(NETWORK, DISK, VCONS), in the 1.x layout of the 1.2 Admin Guide (ldm.md §2.3) or the 3.x one.

Sources of the 3.x columns: DISK is the 3.3 Admin Guide's (virtualdiskidanddevicename.html);
`-o network` is the current guide's (transcripts/ldm/10); VCC, VSW, VDS, NETWORK with PEER and
a guest's VCONS are recalled from 3.x sessions, no stored copy shows them  # unverified widths."""
from __future__ import annotations

from vshell.commands.ldm.format import line as _line, section as _section


def _v3(host) -> bool:
    return host.ldm_release.vio_style == "3"


def _vids(vids) -> str:
    return ",".join(map(str, vids))


# services -----------------------------------------------------------------------------------
def vcc_rows(vccs, with_ldom: bool = False) -> tuple[list, list]:
    header = [("NAME", 17)] + ([("LDOM", 17)] if with_ldom else []) + [("PORT-RANGE", 0)]
    rows = [[c.name] + ([c.domain] if with_ldom else []) + [f"{c.port_min}-{c.port_max}"] for c in vccs]
    return header, rows


def vsw_rows(host, vsws, with_ldom: bool = False) -> tuple[list, list]:
    ldom = [("LDOM", 17)] if with_ldom else []
    if _v3(host):
        header = [("NAME", 17), *ldom, ("MAC", 18), ("NET-DEV", 10), ("ID", 5), ("DEVICE", 11),
                  ("LINKPROP", 11), ("DEFAULT-VLAN-ID", 16), ("PVID", 5), ("VID", 21), ("MTU", 6),
                  ("MODE", 7), ("INTER-VNET-LINK", 0)]
        rows = [[s.name, *([s.domain] if with_ldom else []), s.mac, s.net_dev, str(s.dev_id),
                 f"switch@{s.dev_id}", s.linkprop, str(s.default_vlan_id), str(s.pvid), _vids(s.vids),
                 str(s.mtu), s.mode, s.inter_vnet_link] for s in vsws]
        return header, rows
    # 1.2: `vsw0             08:00:20:aa:bb:e0 e1000g0   switch@0  prog,promisc` (ldm.md §2.3);
    # "prog,promisc" is the mode of a switch not in sc mode  # unverified reading
    header = [("NAME", 17), *ldom, ("MAC", 18), ("NET-DEV", 10), ("DEVICE", 10), ("MODE", 0)]
    rows = [[s.name, *([s.domain] if with_ldom else []), s.mac, s.net_dev, f"switch@{s.dev_id}",
             s.mode or "prog,promisc"] for s in vsws]
    return header, rows


def vds_lines(host, vdss, b, with_ldom: bool = False) -> list[str]:
    """VDS: the first volume on the service's row, the others on rows indented to the VOLUME
    column (ldm.md §2.3, 1.x)."""
    if not vdss:
        return []
    ldom = [("LDOM", 17)] if with_ldom else []
    if _v3(host):
        header = [("NAME", 17), *ldom, ("VOLUME", 15), ("OPTIONS", 17), ("MPGROUP", 15), ("DEVICE", 0)]
    else:
        header = [("NAME", 17), *ldom, ("VOLUME", 15), ("OPTIONS", 17), ("DEVICE", 0)]
    n = len(header) - (4 if _v3(host) else 3)          # the columns before VOLUME
    lead = sum(w for _, w in header[:n])
    lines = [b, "VDS", "    " + _line([h for h, _ in header], header)]
    for s in vdss:
        first = [s.name, *([s.domain] if with_ldom else [])]
        vols = list(s.volumes.values()) or [None]
        for i, v in enumerate(vols):
            vals = [] if v is None else \
                [v.name, ",".join(v.options)] + ([v.mpgroup] if _v3(host) else []) + [v.backend]
            if i == 0:
                lines.append("    " + _line(first + vals, header))
            else:
                lines.append("    " + " " * lead + _line(vals, header[n:]))
    return lines


def services(host, d, b, with_ldom: bool = False) -> list[str]:
    vccs, vsws, vdss = host.ldm.vio.services_of(d.name)
    out = []
    if vccs:
        out += _section("VCC", *vcc_rows(vccs, with_ldom), b)
    if vsws:
        out += _section("VSW", *vsw_rows(host, vsws, with_ldom), b)
    out += vds_lines(host, vdss, b, with_ldom)
    return out


# devices ------------------------------------------------------------------------------------
def _vsw_peer_mac(host, vsw_name: str) -> str:
    return host.ldm.vio.vsws[vsw_name].mac


def network(host, d, b, peers: bool = True) -> list[str]:
    vio = host.ldm.vio
    vnets = vio.vnets_of(d.name)
    if not vnets:
        return []
    v3 = _v3(host)
    if v3:
        header = [("NAME", 17), ("SERVICE", 28), ("ID", 5), ("DEVICE", 11), ("MAC", 18), ("MODE", 7),
                  ("PVID", 5), ("VID", 21), ("MTU", 6), ("LINKPROP", 0)]
        peer_header = [("PEER", 28), ("MAC", 18), ("MODE", 7), ("PVID", 5), ("VID", 21), ("MTU", 6),
                       ("LINKPROP", 0)]
    else:
        header = [("NAME", 17), ("SERVICE", 26), ("DEVICE", 11), ("MAC", 0)]
        peer_header = [("PEER", 28), ("MAC", 0)]
    lines = [b, "NETWORK", "    " + _line([h for h, _ in header], header)]
    for v in vnets:
        svc = f"{v.service}@{vio.vsws[v.service].domain}"
        if v3:
            row = [v.name, svc, str(v.dev_id), f"network@{v.dev_id}", v.mac, v.mode,
                   str(vio.pvid_of(v)), _vids(v.vids), str(vio.mtu_of(v)), v.linkprop]
        else:
            row = [v.name, svc, f"network@{v.dev_id}", v.mac]
        lines.append("    " + _line(row, header))
        if peers and d.bound:
            lines += ["        " + _line([h for h, _ in peer_header], peer_header)]
            for name, mac, peer in _peers(host, v):
                row = [name, mac] + ([peer.mode, str(vio.pvid_of(peer)), _vids(peer.vids),
                                      str(vio.mtu_of(peer)), peer.linkprop] if v3 and peer else
                                     [""] * (5 if v3 else 0))
                if v3 and peer is None:
                    s = vio.vsws[v.service]
                    row[2:] = [s.mode, str(s.pvid), _vids(s.vids), str(s.mtu), s.linkprop]
                lines.append("        " + _line(row, peer_header))
    return lines


def _peers(host, v):
    """The switch, then every other vnet of a bound domain on it (1.2 list-bindings)."""
    vio = host.ldm.vio
    s = vio.vsws[v.service]
    out = [(f"{s.name}@{s.domain}", s.mac, None)]
    for o in sorted(vio.vnets_on(v.service), key=lambda o: (o.domain, o.dev_id)):
        if o is v or not host.ldm.domains[o.domain].bound:
            continue
        out.append((f"{o.name}@{o.domain}", o.mac, o))
    return out


def disk(host, d, b) -> list[str]:
    vio = host.ldm.vio
    disks = vio.vdisks_of(d.name)
    if not disks:
        return []
    if _v3(host):
        # the 3.3 Admin Guide's header (virtualdiskidanddevicename.html)
        header = [("NAME", 17), ("VOLUME", 28), ("TOUT", 5), ("DEVICE", 8), ("SERVER", 15), ("MPGROUP", 0)]
        rows = [[k.name, f"{k.volume}@{k.service}", str(k.timeout or ""), f"disk@{k.dev_id}",
                 vio.vdss[k.service].domain, vio.vdss[k.service].volumes[k.volume].mpgroup] for k in disks]
    else:
        header = [("NAME", 17), ("VOLUME", 28), ("DEVICE", 11), ("SERVER", 0)]
        rows = [[k.name, f"{k.volume}@{k.service}", f"disk@{k.dev_id}", vio.vdss[k.service].domain]
                for k in disks]
    return _section("DISK", header, rows, b)


def vcons(host, d, b) -> list[str]:
    """A guest's console: its group, the vcc and the port it holds once bound."""
    if d.control:
        return []
    vio = host.ldm.vio
    vcc = vio.console_service(d.name)
    if vcc is None:
        return []
    port = d.cons_port if d.bound else vio.console(d.name).port
    header = [("NAME", 17), ("SERVICE", 28), ("PORT", 7)] + ([("LOG", 0)] if _v3(host) else [])
    row = [vio.console_group(d.name), f"{vcc.name}@{vcc.domain}", str(port or "")]
    if _v3(host):
        row.append(vio.console(d.name).log)
    return _section("VCONS", header, [row], b)


def network_subset(host, d, b) -> list[str]:
    """`ldm list -o network` in 3.x: its own underlined table, alternate MACs on the lines below
    the primary one (transcripts/ldm/10, the current Admin Guide)."""
    vio = host.ldm.vio
    vnets = vio.vnets_of(d.name)
    if not _v3(host):
        return network(host, d, b, peers=False)
    out = []
    if vnets:
        out += [b, "NETWORK", "    NAME    SERVICE              MACADDRESS        PVID|PVLAN|VIDs",
                "    ----    -------              ----------        ---------------"]
        for v in vnets:
            svc = f"{v.service}@{vio.vsws[v.service].domain}"
            vids = _vids(v.vids) or "--"
            out.append(f"    {v.name:<7} {svc:<20} {v.mac:<17} {vio.pvid_of(v)}|--|{vids}".rstrip())
            out += [" " * 33 + m for m in v.alt_macs]
    _, vsws, _ = vio.services_of(d.name)
    if vsws:
        out += _section("VSW", *vsw_rows(host, vsws), b)
    return out


# parseable ----------------------------------------------------------------------------------
def parseable(host, d, bindings: bool = True) -> list[str]:
    """-p sections: the keys of ldm.md §2.4 (1.2 list-constraints -p and the keys a UCMDB
    parser of list-bindings -p reads); their order past the 1.2 ones  # unverified."""
    vio = host.ldm.vio
    v3 = _v3(host)
    out = []
    vccs, vsws, vdss = vio.services_of(d.name)
    # the 1.2 list-constraints -p order: VDS, VCC, VSW (ldm.md §2.4)
    for s in vdss:
        out.append(f"VDS|name={s.name}")
        for v in s.volumes.values():
            out.append(f"|vol={v.name}|opts={','.join(v.options)}|dev={v.backend}"
                       + (f"|mpgroup={v.mpgroup}" if v3 else ""))
    for c in vccs:
        out.append(f"VCC|name={c.name}|port-range={c.port_min}-{c.port_max}")
    for s in vsws:
        # a switch's automatic MAC is no constraint: the 1.2 session shows `mac-addr=` empty
        mac = s.mac if bindings or not s.auto_mac else ""
        line = f"VSW|name={s.name}|mac-addr={mac}|net-dev={s.net_dev}|dev=switch@{s.dev_id}"
        if v3:
            line += (f"|default-vlan-id={s.default_vlan_id}|pvid={s.pvid}|vid={_vids(s.vids)}"
                     f"|mtu={s.mtu}|mode={s.mode}|id={s.dev_id}")
        out.append(line)
    for v in vio.vnets_of(d.name):
        line = f"VNET|name={v.name}|dev=network@{v.dev_id}|service={v.service}|mac-addr={v.mac}"
        if v3:
            line += (f"|pvid={vio.pvid_of(v)}|vid={_vids(v.vids)}|mtu={vio.mtu_of(v)}|id={v.dev_id}"
                     + (f"|alt-mac-addrs={','.join(v.alt_macs)}" if v.alt_macs else ""))
        out.append(line)
    for k in vio.vdisks_of(d.name):
        line = f"VDISK|name={k.name}|vol={k.volume}@{k.service}"
        if v3 or bindings:
            line += (f"|server={vio.vdss[k.service].domain}|dev=disk@{k.dev_id}"
                     f"|timeout={k.timeout or ''}|id={k.dev_id}")
        out.append(line)
    if not d.control:
        vcc = vio.console_service(d.name)
        if vcc is not None and (d.bound or not bindings):
            port = d.cons_port if d.bound else vio.console(d.name).port
            out.append(f"VCONS|group={vio.console_group(d.name)}|service={vcc.name}|port={port or ''}")
    return out
