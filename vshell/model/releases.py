"""Releases as a capability table (state/releases.toml)."""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from vshell.data import load_toml


@dataclass(frozen=True)
class Capabilities:
    """One release's facts. Read with `caps.name` or `caps.get(name, default)`."""

    key: str
    table: MappingProxyType

    def __getattr__(self, name: str):
        try:
            return self.table[name]
        except KeyError:
            raise AttributeError(f"release {self.key!r} has no capability {name!r}") from None

    def get(self, name: str, default=None):
        return self.table.get(name, default)


def _table(section: str) -> dict:
    return load_toml("state", "releases.toml")[section]


def os_release(key: str) -> Capabilities:
    try:
        return Capabilities(key, MappingProxyType(_table("os")[key]))
    except KeyError:
        raise KeyError(f"unknown OS release {key!r}; known: {', '.join(sorted(_table('os')))}") from None


def ldm_release(key: str) -> Capabilities:
    try:
        return Capabilities(key, MappingProxyType(_table("ldm")[key]))
    except KeyError:
        raise KeyError(f"unknown ldm version {key!r}; known: {', '.join(sorted(_table('ldm')))}") from None


def os_releases() -> list[str]:
    return sorted(_table("os"))


def dladm_dialect(key: str) -> Capabilities:
    try:
        return Capabilities(key, MappingProxyType(_table("dladm")[key]))
    except KeyError:
        raise KeyError(f"unknown dladm dialect {key!r}; known: {', '.join(sorted(_table('dladm')))}") from None


def ip_dialect(key: str) -> Capabilities:
    try:
        return Capabilities(key, MappingProxyType(_table("ip")[key]))
    except KeyError:
        raise KeyError(f"unknown ip dialect {key!r}; known: {', '.join(sorted(_table('ip')))}") from None
