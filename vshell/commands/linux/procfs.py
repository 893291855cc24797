"""The kernel's files about the network on a Linux host, rendered from its netdevs when read:
/proc/net/dev, /proc/net/bonding/bondN, /proc/net/vlan/{config,DEV}, and /sys/class/net
(bonding_masters, each device's attributes, bonding/, bridge/, brif/). A few sysfs files take
writes as the kernel does (`echo +bond1 > /sys/class/net/bonding_masters`, `echo +eth0 >
.../bonding/slaves`, bonding and bridge parameters). Formats: linux-obp.md §4-5 and the
drivers' seq_printf formats (bond_main.c/bond_procfs.c, vlanproc.c, dev.c)."""
from __future__ import annotations

from vshell.model.netdevs import BOND_MODES, XMIT_HASH, NetError
from vshell.model.vfs import FsError, Node

MODE_NAMES = ("load balancing (round-robin)", "fault-tolerance (active-backup)",
              "load balancing (xor)", "fault-tolerance (broadcast)",
              "IEEE 802.3ad Dynamic link aggregation", "transmit load balancing",
              "adaptive load balancing")
USES_PRIMARY = (1, 5, 6)
_TYPES = {"loopback": 772, "ether": 1, "bond": 1, "vlan": 1, "bridge": 1}


def mount(host) -> None:
    """Put the live /proc/net and /sys/class/net in the host's file system."""
    fs = host.fs
    proc = fs.mkdir("/proc", 0o555, parents=True)
    sys_ = fs.mkdir("/sys/class", 0o755, parents=True)
    nd = host.netdevs
    proc.children["net"] = _dir("net", lambda: _proc_net(nd), 0o555)
    sys_.children["net"] = _dir("net", lambda: _sys_net(nd), 0o755)


def _dir(name: str, live, mode: int = 0o555) -> Node:
    return Node(name, True, mode, live=live)


def _file(name: str, live, mode: int = 0o444, on_write=None) -> Node:
    return Node(name, False, mode, live=live, on_write=on_write)


def _value(name: str, value, mode: int = 0o444, on_write=None) -> Node:
    return _file(name, lambda: f"{value}\n", mode, on_write)


def _kernel(fn):
    """A sysfs store: the model's refusal becomes write(2)'s errno."""
    def store(data: str) -> None:
        try:
            fn(data.strip())
        except NetError as e:
            raise FsError(e.code.lower()) from None
        except (ValueError, IndexError):
            raise FsError("einval") from None
    return store


# /proc/net --------------------------------------------------------------------------------------
def _proc_net(nd) -> dict:
    kids = {"dev": _file("dev", lambda: proc_net_dev(nd))}
    if nd.bonding_loaded:
        kids["bonding"] = _dir("bonding", lambda: {
            b.name: _file(b.name, lambda b=b: bonding(nd, b)) for b in nd.of_kind("bond")})
    if nd.vlan_loaded:
        def vlan_dir():
            out = {"config": _file("config", lambda: vlan_config(nd), 0o600)}
            for v in nd.of_kind("vlan"):
                out[v.name] = _file(v.name, lambda v=v: vlan_dev(nd, v), 0o600)
            return out
        kids["vlan"] = _dir("vlan", vlan_dir)
    return kids


def proc_net_dev(nd) -> str:
    out = ["Inter-|   Receive                                                |  Transmit\n",
           " face |bytes    packets errs drop fifo frame compressed multicast|"
           "bytes    packets errs drop fifo colls carrier compressed\n"]
    for d in nd.ordered():
        s = d.stats
        out.append(f"{d.name:>6}:{s.rx_bytes:8d} {s.rx_packets:7d} {s.rx_errors:4d} {s.rx_dropped:4d} "
                   f"{s.rx_overruns:4d} {s.rx_frame:5d} {0:10d} {0:9d} {s.tx_bytes:8d} {s.tx_packets:7d} "
                   f"{s.tx_errors:4d} {s.tx_dropped:4d} {s.tx_overruns:4d} {s.collisions:5d} "
                   f"{s.tx_carrier:7d} {0:10d}\n")
    return "".join(out)


def actor_key(speed: int) -> int:
    """802.3ad operational key: duplex bit, then the speed bitmask (bond_3ad.c)."""
    bits = {10: 0x2, 100: 0x4, 1000: 0x8, 10000: 0x10}.get(speed, 0)
    return bits << 1 | 1


def bonding(nd, dev) -> str:
    b = dev.bond
    uek = nd.release.get("bonding_procfs") == "uek"
    up = nd.carrier(dev)
    out = [f"Ethernet Channel Bonding Driver: {nd.release.get('bonding', 'v3.7.1 (April 27, 2011)')}\n", "\n",
           f"Bonding Mode: {MODE_NAMES[b.mode]}\n"]
    if b.mode in (2, 4):
        out.append(f"Transmit Hash Policy: {XMIT_HASH[b.xmit_hash_policy]} ({b.xmit_hash_policy})\n")
    if b.mode in USES_PRIMARY:
        out.append(f"Primary Slave: {b.primary if b.primary in b.slaves else 'None'}\n")
        active = b.active if b.active in b.slaves and up else "None"
        out.append(f"Currently Active Slave: {active}\n")
    out += [f"MII Status: {'up' if up else 'down'}\n",
            f"MII Polling Interval (ms): {b.miimon}\n",
            f"Up Delay (ms): {b.updelay * b.miimon if not uek else b.updelay}\n",
            f"Down Delay (ms): {b.downdelay * b.miimon if not uek else b.downdelay}\n"]
    if b.arp_interval:
        out.append(f"ARP Polling Interval (ms): {b.arp_interval}\n")
        out.append("ARP IP target/s (n.n.n.n form): " + ", ".join(b.arp_ip_target) + "\n")
    slaves = [nd.devs[s] for s in b.slaves if s in nd.devs]
    live = [s for s in slaves if nd.carrier(s)]
    partner = nd.lacp_partner
    if b.mode == 4:
        out += ["\n", "802.3ad info\n", f"LACP rate: {'fast' if b.lacp_rate else 'slow'}\n"]
        if uek:
            out.append("Aggregator selection policy (ad_select): stable\n")
        if not live or not up:
            out.append(f"bond {dev.name} has no active aggregator\n")
        else:
            # with a partner answering LACP every live port joins aggregator 1; without one
            # each port stands alone in its own aggregator and the first is the active one
            ports = len(live) if partner else 1
            out += ["Active Aggregator Info:\n", "\tAggregator ID: 1\n", f"\tNumber of ports: {ports}\n",
                    f"\tActor Key: {actor_key(live[0].speed)}\n",
                    f"\tPartner Key: {partner['key'] if partner else 1}\n",
                    f"\tPartner Mac Address: {(partner['mac'] if partner else '00:00:00:00:00:00').lower()}\n"]
    for i, s in enumerate(slaves):
        link = nd.carrier(s)
        out += ["\n", f"Slave Interface: {s.name}\n", f"MII Status: {'up' if link else 'down'}\n"]
        if uek:
            out += [f"Speed: {s.speed} Mbps\n" if link else "Speed: Unknown\n",
                    "Duplex: full\n" if link else "Duplex: Unknown\n"]
        out += [f"Link Failure Count: {b.failures.get(s.name, 0)}\n", f"Permanent HW addr: {s.perm_mac}\n"]
        if b.mode == 4:
            agg = "N/A" if not link else 1 if partner else i + 1
            out.append(f"Aggregator ID: {agg}\n")
        if uek:
            out.append("Slave queue ID: 0\n")
    return "".join(out)


def vlan_config(nd) -> str:
    kernel = {"VLAN_PLUS_VID": "PLUS_VID", "VLAN_PLUS_VID_NO_PAD": "PLUS_VID_NO_PAD",
              "DEV_PLUS_VID": "RAW_PLUS_VID", "DEV_PLUS_VID_NO_PAD": "RAW_PLUS_VID_NO_PAD"}[nd.vlan_name_type]
    out = ["VLAN Dev name\t | VLAN ID\n", f"Name-Type: VLAN_NAME_TYPE_{kernel}\n"]
    for v in nd.of_kind("vlan"):
        out.append(f"{v.name:<15}| {v.vid}  | {v.lower}\n")
    return "".join(out)


def vlan_dev(nd, v) -> str:
    # vlandev_seq_show as kernels from 2.6.2x print it; 2.6.18's extra transmit counters
    # are not shown  # unverified for 2.6.18
    s = v.stats
    row = "{:>30} {:>12}\n".format
    return (f"{v.name}  VID: {v.vid}\t REORDER_HDR: 1  dev->priv_flags: 1\n"
            + row("total frames received", s.rx_packets) + row("total bytes received", s.rx_bytes)
            + row("Broadcast/Multicast Rcvd", 0) + "\n"
            + row("total frames transmitted", s.tx_packets) + row("total bytes transmitted", s.tx_bytes)
            + f"Device: {v.lower}\n"
            + "INGRESS priority mappings: 0:0  1:0  2:0  3:0  4:0  5:0  6:0 7:0\n"
            + " EGRESS priority mappings: \n")


# /sys/class/net ---------------------------------------------------------------------------------
def _sys_net(nd) -> dict:
    kids = {d.name: _dir(d.name, lambda d=d: _sys_dev(nd, d), 0o755) for d in nd.ordered()}
    if nd.bonding_loaded:
        kids["bonding_masters"] = _file(
            "bonding_masters", lambda: " ".join(b.name for b in nd.of_kind("bond")) + "\n", 0o644,
            _kernel(lambda v: _masters(nd, v)))
    return kids


def _masters(nd, value: str) -> None:
    if value[:1] == "+" and len(value) > 1:
        if value[1:] in nd.devs:
            raise NetError("EEXIST", dev=value[1:])
        nd.add_bond(value[1:])
    elif value[:1] == "-" and value[1:] in nd.devs and nd.devs[value[1:]].kind == "bond":
        nd.delete(value[1:])
    else:
        raise NetError("ENODEV" if value[:1] == "-" else "EINVAL", dev=value)


def _flags_hex(nd, d) -> str:
    bits = {"UP": 0x1, "BROADCAST": 0x2, "LOOPBACK": 0x8, "SLAVE": 0x800, "MASTER": 0x400, "MULTICAST": 0x1000}
    value = sum(bits.get(f, 0) for f in nd.flags(d))
    return f"0x{value:x}"


def _carrier(nd, d) -> str:
    if not d.up:
        raise FsError("einval")          # the kernel answers EINVAL for a down device
    return "1\n" if nd.carrier(d) else "0\n"


def _sys_dev(nd, d) -> dict:
    kids = {
        "address": _value("address", d.mac),
        "addr_len": _value("addr_len", 6),
        "broadcast": _value("broadcast", "00:00:00:00:00:00" if d.kind == "loopback" else "ff:ff:ff:ff:ff:ff"),
        "carrier": _file("carrier", lambda: _carrier(nd, d)),
        "flags": _file("flags", lambda: _flags_hex(nd, d) + "\n", 0o644),
        "ifindex": _value("ifindex", d.ifindex),
        "mtu": _value("mtu", d.mtu, 0o644, _kernel(lambda v: nd.set_mtu(d.name, int(v)))),
        "operstate": _value("operstate", "unknown" if d.kind == "loopback" else "up" if nd.carrier(d) else "down"),
        "tx_queue_len": _value("tx_queue_len", d.txqueuelen, 0o644),
        "type": _value("type", _TYPES.get(d.kind, 1)),
    }
    if d.kind == "bond":
        kids["bonding"] = _dir("bonding", lambda: _sys_bonding(nd, d), 0o755)
    if d.kind == "bridge":
        kids["bridge"] = _dir("bridge", lambda: _sys_bridge(nd, d), 0o755)
        kids["brif"] = _dir("brif", lambda: {p: _dir(p, lambda: {}, 0o755) for p in sorted(d.bridge.ports)}, 0o755)
    return kids


def _sys_bonding(nd, d) -> dict:
    b = d.bond

    def slaves(v: str) -> None:
        # 2.6.18's bonding_store_slaves refused while the bond was down ("Unable to update
        # slaves because interface is down.", in dmesg); later drivers only warn
        if not d.up and nd.release.get("bonding_procfs") == "2.6.18":
            raise NetError("EPERM", dev=d.name)
        if v[:1] == "+":
            nd.enslave(d.name, v[1:])
        elif v[:1] == "-":
            nd.release_slave(d.name, v[1:])
        else:
            raise NetError("EPERM", dev=v)

    def option(key):
        return _kernel(lambda v: nd.bond_param(d.name, key, v))

    return {
        "mode": _value("mode", f"{BOND_MODES[b.mode]} {b.mode}", 0o644, option("mode")),
        "miimon": _value("miimon", b.miimon, 0o644, option("miimon")),
        "updelay": _value("updelay", b.updelay, 0o644, option("updelay")),
        "downdelay": _value("downdelay", b.downdelay, 0o644, option("downdelay")),
        "lacp_rate": _value("lacp_rate", f"{'fast' if b.lacp_rate else 'slow'} {b.lacp_rate}", 0o644,
                            option("lacp_rate")),
        "xmit_hash_policy": _value("xmit_hash_policy", f"{XMIT_HASH[b.xmit_hash_policy]} {b.xmit_hash_policy}",
                                   0o644, option("xmit_hash_policy")),
        "slaves": _file("slaves", lambda: (" ".join(b.slaves) + "\n") if b.slaves else "", 0o644, _kernel(slaves)),
        "active_slave": _file("active_slave", lambda: f"{b.active}\n" if b.active and b.mode in USES_PRIMARY else "",
                              0o644),
        "primary": _file("primary", lambda: f"{b.primary}\n" if b.primary else "", 0o644, option("primary")),
        "arp_interval": _value("arp_interval", b.arp_interval, 0o644, option("arp_interval")),
        "arp_ip_target": _file("arp_ip_target", lambda: (",".join(b.arp_ip_target) + "\n") if b.arp_ip_target else "",
                               0o644, option("arp_ip_target")),
    }


def _sys_bridge(nd, d) -> dict:
    br = d.bridge
    ticks = lambda s: int(round(s * 100))           # noqa: E731  seconds -> USER_HZ ticks
    return {
        "bridge_id": _value("bridge_id", nd.bridge_id(d)),
        "root_id": _value("root_id", nd.bridge_id(d)),
        "priority": _value("priority", br.priority, 0o644),
        "stp_state": _value("stp_state", int(br.stp), 0o644,
                            _kernel(lambda v: nd.set_stp(d.name, int(v) != 0))),
        "forward_delay": _value("forward_delay", ticks(br.forward_delay), 0o644),
        "hello_time": _value("hello_time", ticks(br.hello), 0o644),
        "max_age": _value("max_age", ticks(br.max_age), 0o644),
        "ageing_time": _value("ageing_time", ticks(br.ageing), 0o644),
    }
