"""ssh over the data plane walk: each way a connect fails, with each client's words, status and
time; the login dialogue per server; and what a connection leaves behind in IP Filter NAT."""
import ipaddress

import pytest
from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st

from vshell.model import ipfilter
from vshell.session import Session
from vshell.worlds import build, load_decl

SUNSRV = "129.146.17.55"
SEED_SETUP = [
    "dladm create-etherstub etherstub0",
    "dladm create-vnic -d etherstub0 vnic0",
    "dladm create-vnic -d etherstub0 vnic1",
    "ifconfig vnic0 plumb",
    "ifconfig vnic0 inet 192.168.0.1 up",
    "routeadm -u -e ipv4-forwarding",
    "cat > /etc/ipf/ipnat.conf <<X",
    "map eri0 192.168.0.0/24 -> 0/32 portmap tcp/udp auto",
    "map eri0 192.168.0.0/24 -> 0/32",
    "X",
    "svcadm enable network/ipfilter",
    "zonecfg -z test1 'create; set zonepath=/export/test1; set ip-type=exclusive; add net; "
    "set physical=vnic1; end'",
    "zoneadm -z test1 install",
    "zoneadm -z test1 boot",
    "zlogin test1",
    "ifconfig vnic1 plumb",
    "ifconfig vnic1 inet 192.168.0.100/24 up",
    "route add default 192.168.0.1",
]


def session(world: str) -> Session:
    return Session(build(load_decl(world)))


def clock(s: Session) -> float:
    return s.world.clock.now


def nat_table(s: Session):
    return ipfilter.table(s.world.hosts["crossbow"].ip)


# connect failures ------------------------------------------------------------------------------
def test_sunssh_failures_exit_1_and_a_timeout_takes_three_minutes():
    s = session("crossbow-2008")
    before = clock(s)
    r = run(s, "ssh 129.146.17.99")           # nobody answers ARP behind the router
    assert r.stderr == "ssh: connect to host 129.146.17.99 port 22: Connection timed out\n"
    assert r.status == 1 and clock(s) - before >= 180
    r = run(s, "ssh 10.1.2.3")                 # the router has no route: ICMP host unreachable
    assert (r.stderr, r.status) == ("ssh: connect to host 10.1.2.3 port 22: No route to host\n", 1)
    before = clock(s)
    r = run(s, f"ssh -p 2222 {SUNSRV}")
    assert (r.stderr, r.status) == (f"ssh: connect to host {SUNSRV} port 2222: Connection refused\n", 1)
    assert clock(s) - before < 5
    r = run(s, "ssh nosuch")
    assert (r.stderr, r.status) == ("ssh: nosuch: node name or service name not known\n", 255)
    r = run(s, "ssh -z x")
    assert r.stderr.startswith("ssh: illegal option -- z\nUsage: ssh [options] host [command]\n")
    assert r.status == 1
    r = run(s, "ssh -p x host")
    assert (r.stderr.splitlines()[0], r.status) == ("Bad port 'x'", 1)
    run(s, "route delete default 192.168.84.1")
    r = run(s, f"ssh {SUNSRV}")
    assert (r.stderr, r.status) == (f"ssh: connect to host {SUNSRV} port 22: Network is unreachable\n", 1)


def test_openssh_on_solaris_11_4_exits_255_and_a_host_without_sshd_refuses():
    s = session("two-hosts")
    run(s, "ssh backup")
    run(s, "solaris11")
    run(s, "svcadm disable svc:/network/ssh:default")
    run(s, "exit")
    r = run(s, "ssh backup")
    assert (r.stderr, r.status) == ("ssh: connect to host backup port 22: Connection refused\n", 255)
    before = clock(s)
    r = run(s, "ssh 10.10.0.99")                # Solaris keeps retransmitting: a timeout
    assert (r.stderr, r.status) == ("ssh: connect to host 10.10.0.99 port 22: Connection timed out\n", 255)
    assert clock(s) - before >= 180


def test_linux_client_no_arp_answer_is_no_route_to_host_after_3_seconds():
    s = session("dataplane-lab")
    run(s, "ssh ovs1")                          # over the management network
    assert run(s, "solaris11").prompt == "[root@ovs1 ~]# "
    run(s, "ifconfig eth0 192.168.50.30 netmask 255.255.255.0 up")
    before = clock(s)
    r = run(s, "ssh 192.168.50.99")
    assert (r.stderr, r.status) == ("ssh: connect to host 192.168.50.99 port 22: No route to host\n", 255)
    assert 3 <= clock(s) - before < 10
    r = run(s, "ssh 192.168.50.20")             # the web server listens on no ssh port
    assert (r.stderr, r.status) == ("ssh: connect to host 192.168.50.20 port 22: Connection refused\n", 255)
    r = run(s, "ssh foo")
    assert (r.stderr, r.status) == ("ssh: foo: Name or service not known\n", 255)
    r = run(s, "ssh -z")
    assert r.stderr.splitlines()[1].startswith("usage: ssh [-1246AaCfgKkMNnqsTtVvXxY]") and r.status == 255


def test_debian_7_client_words_an_unknown_host_its_way():
    s = session("debian7-kvm")
    r = run(s, "ssh foo")
    assert (r.stderr, r.status) == ("ssh: Could not resolve hostname foo: Name or service not known\n", 255)


# the login ---------------------------------------------------------------------------------------
def test_login_to_an_external_last_login_then_motd_then_its_shell():
    s = session("crossbow-2008")
    r = run(s, f"ssh someuser@{SUNSRV}")
    assert r.prompt == "Password: " and r.echo is False
    r = run(s, "anything")
    assert r.stdout.startswith("Last login: Tue Feb 12 13:35:03 2008 from somehost\nSun Microsystems Inc.\t")
    assert r.prompt == "sunsrv$ "
    assert run(s, "hostname").stdout == "sunsrv\n"
    assert run(s, "uname -s").stdout == "SunOS\n"
    for solaris_only in ("dladm", "zoneadm", "ipnat", "svcs", "ifconfig", "ldm"):
        assert run(s, solaris_only).status == 127
    r = run(s, "exit")
    assert r.stderr == f"logout\nConnection to {SUNSRV} closed.\n" and r.prompt == "crossbow# "
    run(s, f"ssh someuser@{SUNSRV}")
    r = run(s, "x")
    assert r.stdout.startswith("Last login: ") and " from 192.168.84.24\n" in r.stdout
    run(s, "exit")


def test_command_returns_its_status_without_closed_line_and_wrong_passwords():
    s = session("crossbow-2008")
    run(s, f"ssh someuser@{SUNSRV} false")
    r = run(s, "x")
    assert (r.status, r.stderr, r.stdout) == (1, "", "")
    run(s, f"ssh admin@{SUNSRV}")
    assert run(s, "wrong").prompt == "Password: "          # PAM asks again, nothing said
    run(s, "wrong")
    r = run(s, "wrong")
    assert r.status == 255 and r.prompt == "crossbow# "
    assert r.stderr == ("Permission denied (gssapi-keyex,gssapi-with-mic,publickey,password,"
                        "keyboard-interactive).\n")


# NAT ---------------------------------------------------------------------------------------------
def test_ssh_across_nat_makes_one_map_session_closed_after_exit_and_gone_120s_later():
    s = session("crossbow-2008")
    for line in SEED_SETUP:
        run(s, line)
    run(s, f"ssh someuser@{SUNSRV}")
    assert run(s, "x").prompt == "sunsrv$ "
    sessions = nat_table(s).live(clock(s))
    assert len(sessions) == 1
    (nat,) = sessions
    assert nat.kind == "MAP" and nat.inside[0] == ipaddress.ip_address("192.168.0.100")
    assert nat.outside[0] == ipaddress.ip_address("192.168.84.24")
    assert nat.remote == (ipaddress.ip_address(SUNSRV), 22)
    assert min(nat.state) == ipfilter.ESTABLISHED
    run(s, "exit")
    closed_at = clock(s)
    assert nat.state == (ipfilter.CLOSED, ipfilter.CLOSED)
    assert nat.expires == closed_at + ipfilter.TCP_CLOSED == closed_at + 120
    # the server saw the NAT's outside address: the next login says so
    run(s, f"ssh someuser@{SUNSRV}")
    assert " from 192.168.84.24\n" in run(s, "x").stdout
    run(s, "exit")
    s.world.clock.advance(121)
    assert nat_table(s).live(clock(s)) == []


# a property ------------------------------------------------------------------------------------------
_WORLD = None


def _crossbow():
    global _WORLD
    if _WORLD is None:
        _WORLD = build(load_decl("crossbow-2008"))
    return _WORLD


@settings(max_examples=25, deadline=None)
@given(port=st.integers(min_value=1, max_value=65535))
def test_any_port_but_22_is_refused_at_once_and_leaves_no_shell(port):
    s = Session(_crossbow())
    before = clock(s)
    r = run(s, f"ssh -p {port} someuser@{SUNSRV}")
    if port == 22:
        assert r.prompt == "Password: "
        s.interrupt()
        return
    assert r.status == 1 and r.prompt == "crossbow# "
    assert r.stderr == f"ssh: connect to host {SUNSRV} port {port}: Connection refused\n"
    assert clock(s) - before < 5


@pytest.mark.parametrize("line", ["ssh -l", "ssh -p", "ssh -p 0 h", "ssh -p 65536 h", "ssh @", "ssh -- -x",
                                  "ssh ''", "ssh a@b@c", "ssh -t", "ssh -q -T someuser@" + SUNSRV + " true"])
def test_bad_input_never_breaks(line):
    s = session("crossbow-2008")
    r = run(s, line)
    assert not r.internal_error
