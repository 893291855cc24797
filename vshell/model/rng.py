"""Random streams keyed by (seed, purpose, object).

A new consumer of randomness never shifts the values an existing one draws, so adding a
feature does not change the MACs or host IDs already recorded in transcripts."""
from __future__ import annotations

import hashlib
import random


class Streams:
    def __init__(self, seed: int):
        self.seed = int(seed)
        self._streams: dict[tuple[str, str], random.Random] = {}

    def stream(self, purpose: str, obj: str = "") -> random.Random:
        key = (purpose, obj)
        r = self._streams.get(key)
        if r is None:
            digest = hashlib.sha256(f"{self.seed}\0{purpose}\0{obj}".encode()).digest()
            r = random.Random(int.from_bytes(digest[:16], "big"))
            self._streams[key] = r
        return r

    def fixed(self, purpose: str, obj: str = "") -> random.Random:
        """A fresh generator for a value that must not depend on how often it is asked for."""
        digest = hashlib.sha256(f"{self.seed}\0{purpose}\0{obj}".encode()).digest()
        return random.Random(int.from_bytes(digest[:16], "big"))

    def digest(self, purpose: str, obj: str = "") -> bytes:
        """32 random-looking bytes for one (purpose, object): the n-th draw of a sequence names
        n in its object, so a value can be found again from the seed alone."""
        return hashlib.sha256(f"{self.seed}\0{purpose}\0{obj}".encode()).digest()

    def uuid(self, purpose: str, obj: str) -> str:
        r = self.fixed(purpose, obj)
        b = bytearray(r.getrandbits(8) for _ in range(16))
        h = b.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
