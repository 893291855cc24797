"""Find a world seed whose n-th random VNIC address on a host is a published one.

A published session shows a VNIC that real dladm gave a random MAC; its world in
tests/published.toml names the seed this prints, so the model's own draw reproduces it.
Usage: python3 tools/seed_for_mac.py HOST MAC [N] [START]   (MAC like 2:8:20:81:f5:e2)"""
import hashlib
import sys


def main() -> None:
    host, mac = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    start = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    want = bytes(int(p, 16) for p in mac.split(":")[3:])
    tail = f"\0vnic-mac\0{host}#{n}".encode()
    sha = hashlib.sha256
    seed = start
    while True:
        if sha(str(seed).encode() + tail).digest()[:3] == want:
            print(seed)
            return
        seed += 1


if __name__ == "__main__":
    main()
