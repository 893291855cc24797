"""ldm at scale (DESIGN §5): a T5-8 with 128 domains answers `ldm list` within 10 ms, and point
commands are as fast as on an empty machine. Prints figures; asserts nothing."""
import time

from vshell.session import Session
from vshell.worlds import build, load_decl

POINT = ["ldm list ldg7", "ldm set-vcpu 16 ldg7", "ldm set-vcpu 8 ldg7", "ldm add-memory 256M ldg7",
         "ldm remove-memory 256M ldg7", "ldm list -l ldg7", "ldm add-domain tmp", "ldm remove-domain tmp"]


def populated(n: int) -> Session:
    s = Session(build(load_decl("t5-8")))
    for line in ("ldm set-vcpu 8 primary", "ldm set-memory 16G primary"):
        assert s.execute(line).status == 0, line
    for i in range(1, n):
        for line in (f"ldm add-domain ldg{i}", f"ldm add-vcpu 8 ldg{i}", f"ldm add-memory 6G ldg{i}",
                     f"ldm bind ldg{i}", f"ldm start ldg{i}"):
            r = s.execute(line)
            assert r.status == 0, (line, r.text)
    return s


def per_command(s: Session, lines, rounds: int) -> float:
    t0 = time.perf_counter()
    for _ in range(rounds):
        for line in lines:
            s.execute(line)
    return (time.perf_counter() - t0) / (rounds * len(lines)) * 1000


def main() -> None:
    t0 = time.perf_counter()
    big = populated(128)
    print(f"T5-8: built 128 active domains in {time.perf_counter() - t0:.2f} s")
    print(f"T5-8, 128 domains: ldm list        {per_command(big, ['ldm list'], 200):.2f} ms each")
    print(f"T5-8, 128 domains: ldm list -p     {per_command(big, ['ldm list -p'], 100):.2f} ms each")
    print(f"T5-8, 128 domains: list-devices -a {per_command(big, ['ldm list-devices -a'], 20):.2f} ms each")
    small = populated(8)
    print(f"point commands, 128 domains: {per_command(big, POINT, 50):.3f} ms each")
    print(f"point commands,   8 domains: {per_command(small, POINT, 50):.3f} ms each")


if __name__ == "__main__":
    main()
