"""The data plane at scale: one OmniOS host with an etherstub and 1,000 running exclusive-IP
zones, each with a VNIC on the stub and an address (zonecfg's allowed-address, configured at
boot), made with the real commands. Then pings per second from the global zone to random
zones: with a fresh Plane per ping (what the ping command does: the topology is built anew for
each command), with one Plane reused, and through the `ping` command itself. Prints figures;
asserts nothing but that the pings come back.

    python3 benchmarks/pings.py [ZONES] [--profile]"""
import cProfile
import ipaddress
import pstats
import random
import sys
import time

from vshell.model.walk import Plane
from vshell.session import Session
from vshell.worlds import build, load_decl


def addr(i: int) -> str:
    n = i + 2                                    # .0.1 is the global zone
    return f"172.16.{n // 250}.{n % 250 + 1}"


def populated(n: int) -> Session:
    s = Session(build(load_decl("omnios")))

    def run(line):
        r = s.execute(line)
        assert r.status == 0, (line, r.text)

    run("dladm create-etherstub stub0")
    run("dladm create-vnic -l stub0 gz0")
    run("ifconfig gz0 plumb 172.16.0.1/16 up")
    for i in range(n):
        run(f"dladm create-vnic -l stub0 zv{i}")
        run(f"zonecfg -z z{i} 'create; set zonepath=/zones/z{i}; set ip-type=exclusive;"
            f" add net; set physical=zv{i}; set allowed-address={addr(i)}/16; end'")
        run(f"zoneadm -z z{i} install")
        run(f"zoneadm -z z{i} boot")
    return s


def rate(fn, seconds: float = 3.0, at_least: int = 5) -> tuple[float, int]:
    """Calls per second of fn() over about `seconds`."""
    done, t0 = 0, time.perf_counter()
    while True:
        fn()
        done += 1
        t = time.perf_counter() - t0
        if t >= seconds and done >= at_least:
            return done / t, done


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    n = int(args[0]) if args else 1000
    profile = "--profile" in sys.argv
    rnd = random.Random(1)

    t0 = time.perf_counter()
    s = populated(n)
    build_s = time.perf_counter() - t0
    world = s.world
    running = sum(1 for z in world.hosts["omnios"].zones.zones.values() if z.state == "running")

    t0 = time.perf_counter()
    p = Plane(world)
    topo_s = time.perf_counter() - t0
    me = p.node_of(world.hosts["omnios"])
    t0 = time.perf_counter()
    there, back = p.ping(me, ipaddress.ip_address(addr(n - 1)))
    first_s = time.perf_counter() - t0
    assert back is not None and back.delivered, (there.verdict, there.detail)

    targets = [ipaddress.ip_address(addr(i)) for i in range(n)]

    def fresh():
        q = Plane(world)
        t, b = q.ping(q.node_of(world.hosts["omnios"]), rnd.choice(targets))
        assert b is not None and b.delivered

    def reused():
        t, b = p.ping(me, rnd.choice(targets))
        assert b is not None and b.delivered

    def command():
        r = s.execute(f"ping {rnd.choice(targets)}")
        assert r.status == 0, r.text

    def trace():
        r = s.execute(f"vshtrace {rnd.choice(targets)}")
        assert r.status == 0, r.text

    print(f"{n} zones ({running} running, {len(p.topo.nodes)} IP instances, {len(p.topo.endpoints)} endpoints)"
          f" made with commands in {build_s:.1f} s ({1000 * build_s / n:.1f} ms per zone)")
    print(f"topology build: {1000 * topo_s:.1f} ms; first ping (cold ARP): {1000 * first_s:.2f} ms")
    for name, fn in (("fresh Plane per ping", fresh), ("one Plane reused", reused),
                     ("`ping` command", command), ("`vshtrace` command", trace)):
        per_s, done = rate(fn)
        print(f"{name}: {per_s:,.1f} pings/s ({1000 / per_s:.2f} ms each, {done} pings)")
    if profile:
        for name, fn in (("fresh Plane per ping", fresh), ("one Plane reused", reused)):
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(20):
                fn()
            prof.disable()
            print(f"\n--- profile: 20 pings, {name}")
            pstats.Stats(prof).sort_stats("cumulative").print_stats(18)


if __name__ == "__main__":
    main()
