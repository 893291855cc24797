"""route, netstat -r, arp, routeadm, svcs/svcadm over the IP model and the SMF model: refusals
change nothing, forwarding agrees across routeadm, svcs and the interface flags, and the
published crossbow/08 IPv6 table comes out of the model."""
import copy
import ipaddress

import pytest

from vshell.model.ip import IFF
from vshell.session import Session
from vshell.worlds import build, load_decl
from helpers import ok

WORLDS = ["t5-2", "omnios-2019", "crossbow-2008", "s114-x86"]

REFUSALS = [
    "route add default 192.0.2.1",                 # gateway on no local network
    "route add 10.0.0.0/33 10.0.0.1",
    "route add 1.2.3.x 10.0.0.1",
    "route add -foo 1.2.3.4 10.0.0.1",
    "route add",
    "route add 10.0.0.0",
    "route delete default 10.0.0.77",
    "route change net 192.168.77.0/24 10.0.0.1",
    "route -p change default 10.0.0.1",
    "route add -net 10.1.2.3 -netmask 255.255.255.0 10.0.0.1",
    "route show",
    "route frob",
    "arp -s 192.0.2.7 0:1:2:3:4:5",
    "arp -s 10.0.0.7 zz:1",
    "arp -s 10.0.0.7 0:1:2:3:4:5 temp permanent",
    "arp -d 10.0.0.99",
    "routeadm -e foo",
    "routeadm -e",
    "routeadm -p -u",
    "routeadm -s bogus=1",
    "svcadm enable nosuch",
    "svcadm disable default",
    "svcadm clear ssh",
    "svcadm",
    "netstat -rn -f foo",
]


def _session(world):
    s = Session(build(load_decl(world)))
    return s, s.world.hosts[s.world.start_host]


def _state(host):
    return host.ip.snapshot(), host.services.snapshot(), host.fs.exists("/etc/inet/static_routes")


@pytest.mark.parametrize("world", WORLDS)
def test_refusals_change_nothing(world):
    s, host = _session(world)
    gw = str(ipaddress.ip_interface(f"{host.ip.addresses(4)[-1]}/24").network.network_address + 1)
    before = _state(host)
    for line in REFUSALS:
        r = s.execute(line.replace("10.0.0.1", gw))
        assert r.status != 0, line
        assert _state(host) == before, line


def test_non_root_is_refused_and_nothing_changes():
    s = Session(build(load_decl("lab-perms")), user="alice")
    host = s.world.hosts["primary"]
    before = _state(host)
    r = s.execute("route add default 10.0.0.1")
    assert r.stdout == "add net default: gateway 10.0.0.1: insufficient privileges\n" and r.status == 1
    assert s.execute("route flush").status == 13
    r = s.execute("svcadm enable ipfilter")
    assert r.status == 1
    r = s.execute("svcadm disable ssh")
    assert r.stderr == "svcadm: svc:/network/ssh:default: Permission denied.\n"
    assert s.execute("routeadm -u -e ipv4-forwarding").status == 1
    assert s.execute("arp -s 10.0.0.7 0:1:2:3:4:5").status == 1
    assert _state(host) == before
    assert s.execute("netstat -rn").status == 0 and s.execute("routeadm").status == 0
    assert s.execute("svcs").status == 0


def _router_flag(host) -> bool:
    ip = host.ip
    iface = next(i for i in ip.ordered(4) if not i.loopback)
    return bool(ip.flags(iface, iface.lifs[0]) & IFF["ROUTER"])


def _forwarding_everywhere(s, host) -> tuple:
    report = s.execute("routeadm").stdout
    line = next(x for x in report.splitlines() if "IPv4 forwarding" in x)
    svc = s.execute("svcs -H ipv4-forwarding").stdout.split()[0]
    return line.split()[-1], svc, _router_flag(host)


@pytest.mark.parametrize("world", WORLDS)
def test_forwarding_agrees_across_routeadm_svcs_and_flags(world):
    s, host = _session(world)
    assert _forwarding_everywhere(s, host) == ("disabled", "disabled", False)
    ok(s, "routeadm -e ipv4-forwarding")                 # configuration only
    assert _forwarding_everywhere(s, host) == ("disabled", "disabled", False)
    ok(s, "routeadm -u")
    assert _forwarding_everywhere(s, host) == ("enabled", "online", True)
    ok(s, "svcadm disable ipv4-forwarding")
    assert _forwarding_everywhere(s, host) == ("disabled", "disabled", False)
    assert host.ip.forward_conf[4] == "disabled"
    ok(s, "svcadm enable -t ipv4-forwarding")            # now, not persistently
    assert _forwarding_everywhere(s, host) == ("enabled", "online", True)
    assert host.ip.forward_conf[4] == "disabled"
    ok(s, "routeadm -u")                                 # back to the configuration
    assert _forwarding_everywhere(s, host) == ("disabled", "disabled", False)


def test_the_seeds_routeadm_and_ipfilter():
    s, host = _session("crossbow-2008")
    ok(s, "routeadm -u -e ipv4-forwarding")
    assert host.ip.forwarding[4] and _router_flag(host)
    assert not host.services.ipfilter_online()
    ok(s, "svcadm enable network/ipfilter")
    assert host.services.ipfilter_online()


def test_the_2008_zone_table_order_and_refs():
    s, host = _session("crossbow-2008")      # the world declares eri0's default router
    rows = s.execute("netstat -nr -f inet").stdout.splitlines()[4:]
    assert [r.split()[0] for r in rows] == ["default", "192.168.84.0", "127.0.0.1"]
    assert all(r.split()[3] == "1" for r in rows)


def test_svcs_lists_enabled_instances_sorted_by_state_then_time():
    s, host = _session("t5-2")
    out = s.execute("svcs -a").stdout.splitlines()
    assert out[0] == "STATE          STIME    FMRI"
    states = [x.split()[0] for x in out[1:]]
    assert states == sorted(states, key=["disabled", "online"].index)
    enabled = s.execute("svcs").stdout
    assert "svc:/ldoms/ldmd:default" in enabled and "vntsd" not in enabled
    ok(s, "svcadm enable vntsd")
    last = s.execute("svcs").stdout.splitlines()[-1]
    assert last.endswith("svc:/ldoms/vntsd:default") and last.startswith("online         ")


def test_a_reboot_drops_temporary_overrides():
    s, host = _session("t5-2")
    ok(s, "svcadm disable -t ssh")
    assert "ssh" not in s.execute("svcs").stdout
    host.boot_time += 1000                    # what a reboot does to the host
    assert "svc:/network/ssh:default" in s.execute("svcs").stdout


def test_published_crossbow_08_ipv6_table_from_the_model():
    """The Helios sled's table: facts a world gives (MAC, route counters), addresses by ipadm."""
    decl = copy.deepcopy(load_decl("omnios"))
    host = decl["hosts"][0]
    host["nics"] = host["nics"][:1]
    host["links"] = [{"class": "etherstub", "name": "stub0"},
                     {"class": "vnic", "name": "vnic0", "over": "stub0", "mac": "2:8:20:fc:a9:43",
                      "mac_type": "random"}]
    host["route_counters"] = {"::1/128": [0, 20], "fd00:1122:3344:1::/64": [1, 16],
                              "fd00:1122:3344:101::/64": [1, 11]}
    s = Session(build(decl))
    ip = s.world.hosts["omnios"].ip
    ip.plumb("vnic0", 6)
    ip.create_addr("vnic0/v6", 6, "addrconf")
    ip.create_addr("vnic0/omicron", 6, "static", ipaddress.ip_address("fd00:1122:3344:101::1"), 64)
    ip.create_addr("vnic0/dns", 6, "static", ipaddress.ip_address("fd00:1122:3344:1::2"), 64)
    r = s.execute("netstat -nr -f inet6")
    assert [x.rstrip() for x in r.stdout.split("\n")] == [
        "",
        "Routing Table: IPv6",
        "  Destination/Mask            Gateway                   Flags Ref   Use    If",
        "--------------------------- --------------------------- ----- --- ------- -----",
        "::1                         ::1                         UH      2      20 lo0",
        "fd00:1122:3344:1::/64       fd00:1122:3344:1::2         U       3      16 vnic0",
        "fd00:1122:3344:101::/64     fd00:1122:3344:101::1       U       3      11 vnic0",
        "fe80::/10                   fe80::8:20ff:fefc:a943      U       2       0 vnic0",
        "",
    ]


def test_every_ip_dialect_has_the_same_keys():
    from vshell.data import load_toml
    tables = load_toml("state", "releases.toml")["ip"]
    keys = {name: set(t) for name, t in tables.items()}
    first = next(iter(keys.values()))
    assert all(k == first for k in keys.values()), {n: sorted(k ^ first) for n, k in keys.items()}
