"""Where an OS instance's physical links come from, and the links the system makes for it.

- A machine's global zone or control domain: the NICs the world declares for the host, else
  the platform's onboard ones (their MACs follow the system MAC).
- A guest domain: its vnets, as the Logical Domains Manager of its control domain holds them;
  a vnet's alternate MAC addresses are its factory slots.
- A service domain on Solaris 11: each vnet port of a virtual switch whose net-dev is one of
  its links appears as a VNIC `ldoms-vswN.vportM` over that link (solaris11.md 1.6)."""
from __future__ import annotations

from vshell.model import releases
from vshell.model.datalinks import Datalinks, PhysSpec, nic_specs, parse_mac
from vshell.model.l2 import int_to_mac


def attach(world, host, decl: dict) -> Datalinks:
    dialect = releases.dladm_dialect(host.release.get("dladm_dialect", "solaris11"))
    naming = "vanity" if dialect.vanity_names else "device"
    if host.guest_of is not None:
        provider = _guest(world, host, naming)
    else:
        provider = _machine(world, host, decl, naming)
    links = Datalinks(host.name, world.l2, world.streams, world.events, provider=provider)
    if host.ldm is not None and dialect.get("vsw_vnics"):
        links.system_provider = _vsw_ports(world, host)
    for fact in decl.get("links") or []:
        _declared_link(links, fact)
    return links


def _machine(world, host, decl: dict, naming: str):
    declared = decl.get("nics")
    if host.platform is None and not declared:
        # an x86 machine with one onboard NIC, its MAC from the seed  # unverified vendor block
        r = world.streams.fixed("nic-mac", host.name)
        declared = [{"name": "net0", "device": "e1000g0",
                     "mac": int_to_mac(0x080027000000 + r.randrange(1 << 24))}]
    specs: list[PhysSpec] = []

    def provider():
        if not specs:
            sysmac = world.l2.ports.get(f"{host.name}/sysmac")
            nics = host.platform.nics if host.platform is not None else ()
            if sysmac is not None:
                base = sysmac.mac
            else:
                # a machine without a system MAC numbers undeclared NIC MACs from a block of
                # its own, drawn from the seed (two such hosts never share one)  # unverified vendor block
                r = world.streams.fixed("nic-base-mac", host.name)
                base = int_to_mac(0x080027000000 + r.randrange(1 << 24) & ~0xF)
            specs.extend(nic_specs(nics, base, declared, naming))
        return specs
    return provider


def _guest(world, host, naming: str):
    control, domain = host.guest_of

    def provider():
        ctl = world.hosts.get(control)
        if ctl is None or ctl.ldm is None or domain not in ctl.ldm.domains:
            return []
        vio = ctl.ldm.vio
        up = ctl.ldm.domains[domain].state == "active"
        out = []
        for i, v in enumerate(vio.vnets_of(domain)):
            dev = f"vnet{v.dev_id}"
            # a vnet reports no link speed  # unverified: no capture of a guest's show-phys
            out.append(PhysSpec(f"net{i}" if naming == "vanity" else dev, dev, v.mac, speed=0,
                                duplex="unknown", state="up" if up else "down", mtu=vio.mtu_of(v),
                                factory=tuple(v.alt_macs), opened=i == 0, factory_only=True,
                                port_id=vio._port_id(domain, v.name)))
        return out
    return provider


def _vsw_ports(world, host):
    def provider():
        vio = host.ldm.vio
        out = []
        for vsw in vio.vsws.values():
            if vsw.domain != "primary" or not vsw.net_dev:
                continue
            n = 0
            for v in vio.vnets_on(vsw.name):
                if not host.ldm.domains[v.domain].bound:
                    continue
                out.append((f"ldoms-vsw{vsw.dev_id}.vport{n}", vsw.net_dev, v.mac,
                            vio._port_id(v.domain, v.name), tuple(v.vids)))
                n += 1
        return out
    return provider


def _declared_link(links: Datalinks, fact: dict) -> None:
    """A link the world says exists already (made before the world began, with the MAC it got)."""
    cls = fact.get("class", "vnic")
    if cls == "etherstub":
        links.create_etherstub(fact["name"])
        return
    link = links.create_vnic(fact["name"], fact["over"], "fixed", mac=parse_mac(fact["mac"]),
                             vid=int(fact.get("vid", 0)))
    link.mac_type = fact.get("mac_type", "fixed")
