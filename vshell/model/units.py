"""Sizes as the Solaris tools write them (K/M/G/T, powers of 1024)."""
from __future__ import annotations

import re

K, M, G, T = 1 << 10, 1 << 20, 1 << 30, 1 << 40
_UNITS = {"": 1, "B": 1, "K": K, "M": M, "G": G, "T": T}
_SIZE = re.compile(r"^(\d+)([KMGT]?)B?$", re.I)


def parse_size(text: str, default_unit: str = "") -> int:
    m = _SIZE.match(text.strip())
    if not m:
        raise ValueError(text)
    unit = (m.group(2) or default_unit).upper()
    return int(m.group(1)) * _UNITS[unit]


def parse_int(text: str) -> int:
    return int(text, 0)
