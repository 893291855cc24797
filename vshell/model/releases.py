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


def _caps(section: str, key: str, what: str) -> Capabilities:
    table = _table(section)
    if key not in table:
        raise KeyError(f"unknown {what} {key!r}; known: {', '.join(sorted(table))}")
    return Capabilities(key, MappingProxyType(table[key]))


def os_release(key: str) -> Capabilities:
    return _caps("os", key, "OS release")


def ldm_release(key: str) -> Capabilities:
    return _caps("ldm", key, "ldm version")


def os_releases() -> list[str]:
    return sorted(_table("os"))


def dladm_dialect(key: str) -> Capabilities:
    return _caps("dladm", key, "dladm dialect")


def ip_dialect(key: str) -> Capabilities:
    return _caps("ip", key, "ip dialect")


def ssh_dialect(key: str) -> Capabilities:
    """An ssh client's and server's texts (an OS release names its one with ssh_dialect)."""
    return _caps("ssh", key, "ssh dialect")
