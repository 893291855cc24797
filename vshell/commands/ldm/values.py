"""The values ldm reads on its command line: counts, sizes, MAC addresses, host IDs, core IDs
and memory blocks. A word that is not one answers as any misuse does: with the usage."""
from __future__ import annotations

import re

from vshell.grammar import UsageError
from vshell.model.units import G, K, M, T

_SIZE = re.compile(r"^([0-9]+)([kKmMgGtT]?)$")
_DIGITS = re.compile(r"^[0-9]+$")        # ASCII only: str.isdigit() also takes "²" and "٣"
_MAC = re.compile(r"^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$")


def bad(parsed, word: str, value: str = ""):
    return UsageError("bad-value", parsed.command, word, value)


def count(parsed, text: str | None) -> int:
    if text is None or not _DIGITS.match(text):
        raise bad(parsed, "number", text or "")
    return int(text)


def size(parsed, text: str | None) -> int:
    """size[unit]: a number with K, M, G or T in either case; no unit means bytes (ldm(8):
    "If you do not specify a unit, the default is bytes")  # unverified wording, recalled rule"""
    m = _SIZE.match(text or "")
    if not m:
        raise bad(parsed, "size", text or "")
    unit = {"": 1, "k": K, "m": M, "g": G, "t": T}[m.group(2).lower()]
    return int(m.group(1)) * unit


def mac(parsed, text: str) -> str:
    if not _MAC.match(text):
        raise bad(parsed, "mac-addr", text)
    return ":".join(f"{int(p, 16):02x}" for p in text.split(":"))


def number(parsed, prop: str, text: str, limit: int = 0xFFFFFFFF) -> int:
    """A decimal or 0x hex number of at most 32 bits (host IDs, addresses take `limit`)."""
    if not re.match(r"^(0[xX][0-9a-fA-F]+|[0-9]+)$", text):
        raise bad(parsed, prop, text)
    n = int(text, 0)
    if n > limit:
        raise bad(parsed, prop, text)
    return n


def cids(parsed, text: str) -> tuple[int, ...]:
    out = []
    for part in text.split(","):
        if not _DIGITS.match(part):
            raise bad(parsed, "cid", text)
        out.append(int(part))
    return tuple(out)


def mblocks(parsed, text: str) -> tuple[tuple[int, int], ...]:
    """PA-start:size[,PA-start:size[,...]]."""
    out = []
    for part in text.split(","):
        pa, sep, sz = part.partition(":")
        if not sep:
            raise bad(parsed, "mblock", text)
        out.append((number(parsed, "mblock", pa, limit=1 << 64), size(parsed, sz)))
    return tuple(out)
