"""traceroute (Solaris and Butskoy's Linux tool) and net-tools arp: formats and statuses."""
from __future__ import annotations

from vshell.session import Session
from vshell.worlds import build, load_decl


def _run(world: str, *lines: str):
    s = Session(build(load_decl(world)))
    res = None
    for line in lines:
        res = s.execute(line)
    return res


def _text(res, stream=None) -> str:
    return "".join(t for st, t in res.chunks if stream is None or st == stream)


def test_solaris_header_on_stderr_hops_on_stdout():
    res = _run("two-hosts", "traceroute backup")
    assert res.status == 0
    assert _text(res, "stderr") == "traceroute to backup (10.10.0.12), 30 hops max, 40 byte packets\n"
    out = _text(res, "stdout")
    assert out.startswith(" 1  10.10.0.12 (10.10.0.12)  ")
    assert out.count(" ms") == 3 and out.endswith(" ms\n")


def test_solaris_unanswered_probes_run_to_max_ttl():
    res = _run("two-hosts", "traceroute -m 4 10.10.0.99")
    assert res.status == 0
    assert _text(res, "stdout") == "".join(f"{n:2d}  * * *\n" for n in range(1, 5))


def test_solaris_refusals():
    assert _text(_run("two-hosts", "traceroute foo")) == "traceroute: unknown host foo\n"
    res = _run("two-hosts", "traceroute -z backup")
    assert res.status == 1 and _text(res, "stderr").startswith("Usage: traceroute [-adFIlnSvx]")
    res = _run("two-hosts", "traceroute -m 0 backup")
    assert res.status == 1 and _text(res) == "traceroute: max ttl(hop limit) must be > 0\n"
    res = _run("two-hosts", "traceroute -m 2 10.20.0.1")
    assert res.status == 0
    assert "traceroute: sendto: No route to host\n" in _text(res, "stderr")
    assert _text(res, "stdout").count("traceroute: wrote 10.20.0.1 40 chars, ret=-1\n") == 6


def test_linux_traceroute_and_arp():
    setup = ("ssh ovs1", "solaris11", "ifconfig eth0 192.168.50.30 netmask 255.255.255.0 up")
    res = _run("dataplane-lab", *setup, "traceroute 192.168.50.20")
    out = _text(res, "stdout")
    assert out.startswith("traceroute to 192.168.50.20 (192.168.50.20), 30 hops max, 60 byte packets\n 1  "
                          "192.168.50.20 (192.168.50.20)  ")
    res = _run("dataplane-lab", *setup, "traceroute 10.10.0.11")
    assert res.status == 1 and _text(res, "stderr") == "\nconnect: Network is unreachable\n"
    res = _run("dataplane-lab", *setup, "traceroute foo")
    assert res.status == 2 and "Cannot handle \"host\" cmdline arg `foo' on position 1 (argc 1)" in _text(res)
    res = _run("dataplane-lab", *setup, "arp")
    assert _text(res) == ""
    res = _run("dataplane-lab", *setup, "ping -c 1 192.168.50.20", "arp -a")
    assert _text(res).startswith("? (192.168.50.20) at ") and _text(res).endswith(" [ether] on eth0\n")
    res = _run("dataplane-lab", *setup, "ping -c 1 192.168.50.20", "arp -n")
    lines = _text(res).splitlines()
    assert lines[0] == "Address                  HWtype  HWaddress           Flags Mask            Iface"
    assert lines[1].startswith("192.168.50.20            ether   ") and lines[1].endswith("C" + " " * 21 + "eth0")
    res = _run("dataplane-lab", *setup, "arp foo")
    assert res.status == 255 and _text(res) == "foo: Unknown host\n"
    res = _run("dataplane-lab", *setup, "arp -Y")
    assert res.status == 4 and _text(res).startswith("arp: invalid option -- Y\nUsage:\n")
