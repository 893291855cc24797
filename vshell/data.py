"""Where the data folders (grammar/, state/) are: inside the installed package, or at the top
of a source checkout."""
from __future__ import annotations

import os
from functools import lru_cache

_PKG = os.path.dirname(os.path.abspath(__file__))


@lru_cache(maxsize=None)
def data_dir(name: str) -> str:
    installed = os.path.join(_PKG, "_data", name)
    if os.path.isdir(installed):
        return installed
    checkout = os.path.join(os.path.dirname(_PKG), name)
    if os.path.isdir(checkout):
        return checkout
    raise FileNotFoundError(f"vshell data folder {name!r} not found (looked in {installed} and {checkout})")


def data_path(name: str, *parts: str) -> str:
    return os.path.join(data_dir(name), *parts)


@lru_cache(maxsize=None)
def load_toml(name: str, *parts: str) -> dict:
    with open(data_path(name, *parts), "rb") as f:
        raw = f.read()
    return read_toml_bytes(raw, "-".join(parts).replace("/", "-"))


def read_toml_bytes(raw: bytes, name: str = "toml") -> dict:
    from vshell.cache import cached

    def parse():
        import tomllib

        return tomllib.loads(raw.decode())

    return cached("toml", name, raw, parse)
