"""dladm at scale (DESIGN §5 and issue 6): `dladm show-vnic` over 4,000 VNICs on a T5-8, and
point commands (create, delete, show one) next to the same on an empty machine. Prints
figures; asserts nothing."""
import time

from vshell.session import Session
from vshell.worlds import build, load_decl

from ldm_scale import per_command as timed      # ms per command, over rounds (same directory)

POINT = ["dladm create-vnic -l net1 tmp0", "dladm show-vnic tmp0", "dladm delete-vnic tmp0",
         "dladm show-link net1"]


def populated(n: int) -> Session:
    s = Session(build(load_decl("t5-8")))
    for i in range(n // 1000 + 1):
        assert s.execute(f"dladm create-etherstub stub{i}").status == 0
    for i in range(n):
        line = f"dladm create-vnic -l stub{i // 1000} vnic{i}"
        r = s.execute(line)
        assert r.status == 0, (line, r.text)
    return s


def main() -> None:
    t0 = time.perf_counter()
    s = populated(4000)
    build_s = time.perf_counter() - t0
    r = s.execute("dladm show-vnic")
    lines = r.stdout.count("\n")
    show = timed(s, ["dladm show-vnic"], 5)
    show_p = timed(s, ["dladm show-vnic -p -o link,macaddress"], 5)
    link = timed(s, ["dladm show-link"], 5)
    point_big = timed(s, POINT, 50)
    point_empty = timed(Session(build(load_decl("t5-8"))), POINT, 50)
    print(f"4,000 VNICs created in {build_s:.2f} s ({build_s / 4000 * 1000:.2f} ms each)")
    print(f"dladm show-vnic ({lines} lines): {show:.1f} ms; -p -o link,macaddress: {show_p:.1f} ms")
    print(f"dladm show-link: {link:.1f} ms")
    print(f"point commands: {point_big:.2f} ms with 4,000 VNICs, {point_empty:.2f} ms on an empty machine")


if __name__ == "__main__":
    main()
