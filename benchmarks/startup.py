"""Start-up of a one-line `vshell run` as a whole process (DESIGN §5: within 120 ms).

Prints figures; asserts nothing. Run: python benchmarks/startup.py [runs]"""
import statistics
import subprocess
import sys
import time


def main(runs: int = 15) -> None:
    cmd = [sys.executable, "-m", "vshell", "run", "-"]
    subprocess.run(cmd, input="ldm list\n", capture_output=True, text=True)   # warm the grammar cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, input="ldm list\n", capture_output=True, text=True, check=True)
        times.append((time.perf_counter() - t0) * 1000)
    base = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        base.append((time.perf_counter() - t0) * 1000)
    print(f"vshell run (one line, ldm list): median {statistics.median(times):.1f} ms, "
          f"min {min(times):.1f} ms over {runs} runs")
    print(f"python -c pass (interpreter alone):  median {statistics.median(base):.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
