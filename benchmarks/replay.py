"""Replay throughput in process on a mixed transcript (DESIGN §5: at least 5,000 commands a
second), and `ldm list` on a T5-8 world. Prints figures; asserts nothing."""
import time

from vshell.session import Session
from vshell.worlds import build, load_decl

MIX = ["ldm list", "ldm list -p", "hostname", "echo hello > /tmp/x", "cat /tmp/x", "frob",
       "ldm list -x", "ldm ls -l primary", "cd /tmp", "pwd", "ssh backup hostname", "solaris11",
       "true && echo ok", "ldm add-vcpu 4"]


def rate(world_name: str, lines: list[str], n: int) -> float:
    s = Session(build(load_decl(world_name)))
    t0 = time.perf_counter()
    for i in range(n):
        s.execute(lines[i % len(lines)])
    return n / (time.perf_counter() - t0)


def main() -> None:
    n = 20000
    print(f"mixed replay (two-hosts world): {rate('two-hosts', MIX, n):,.0f} commands/s")
    cheap = [ln for ln in MIX if "-l" not in ln]
    print(f"mixed replay without `ldm ls -l`: {rate('two-hosts', cheap, n):,.0f} commands/s")
    s = Session(build(load_decl("t5-8")))
    t0 = time.perf_counter()
    for _ in range(200):
        s.execute("ldm list")
    print(f"T5-8 ldm list: {(time.perf_counter() - t0) / 200 * 1000:.2f} ms each")


if __name__ == "__main__":
    main()
