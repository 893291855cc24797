"""IP at scale (issue 7): `ifconfig -a` over 1,000 plumbed interfaces (VNICs on etherstubs, each
with an address), and point commands next to the same on an empty machine. Prints figures;
asserts nothing."""
import time

from vshell.session import Session
from vshell.worlds import build, load_decl

from ldm_scale import per_command as timed      # ms per command, over rounds (same directory)

POINT = ["ifconfig vnic0", "ifconfig net1 plumb", "ifconfig net1 10.200.0.1/16 up",
         "ifconfig net1 unplumb"]


def populated(n: int) -> Session:
    s = Session(build(load_decl("t5-8")))
    for i in range(n // 1000 + 1):
        assert s.execute(f"dladm create-etherstub stub{i}").status == 0
    for i in range(n):
        for line in (f"dladm create-vnic -l stub{i // 1000} vnic{i}",
                     f"ifconfig vnic{i} plumb 10.{i // 250}.{i % 250}.1/24 up"):
            r = s.execute(line)
            assert r.status == 0, (line, r.text)
    return s


def main() -> None:
    t0 = time.perf_counter()
    s = populated(1000)
    build_s = time.perf_counter() - t0
    lines = s.execute("ifconfig -a").stdout.count("\n")
    every = timed(s, ["ifconfig -a"], 5)
    four = timed(s, ["ifconfig -a4u"], 5)
    point_big = timed(s, POINT, 30)
    empty = Session(build(load_decl("t5-8")))
    assert empty.execute("dladm create-vnic -l net1 vnic0").status == 0
    point_empty = timed(empty, POINT, 30)
    print(f"1,000 VNICs made and plumbed in {build_s:.2f} s ({build_s:.2f} ms per interface)")
    print(f"ifconfig -a ({lines} lines): {every:.1f} ms; ifconfig -a4u: {four:.1f} ms")
    print(f"point commands: {point_big:.2f} ms with 1,000 interfaces, {point_empty:.2f} ms on an empty machine")


if __name__ == "__main__":
    main()
