"""A small on-disk cache for derived data (compiled grammars, parsed TOML), stored with marshal
so loading costs neither pyparsing nor tomllib nor json at start-up. Keyed by a hash of the
source bytes; a missing or unwritable cache only costs the work again."""
from __future__ import annotations

import hashlib
import marshal
import os
import sys

VERSION = 1


def cache_dir() -> str | None:
    env = os.environ.get("VSHELL_CACHE")
    if env == "off":
        return None
    return env or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
                               "vshell")


def cached(kind: str, name: str, raw: bytes, build, salt: str = ""):
    key = hashlib.sha256(raw + f"\0{salt}\0{VERSION}\0{sys.version_info[:2]}".encode()).hexdigest()[:20]
    d = cache_dir()
    path = os.path.join(d, f"{kind}-{name}-{key}.marshal") if d else None
    if path:
        try:
            with open(path, "rb") as f:
                return marshal.load(f)
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = build()
    if path:
        try:
            os.makedirs(d, exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                marshal.dump(value, f)
            os.replace(tmp, path)
        except (OSError, ValueError):
            pass
    return value
