"""The commands a host's shell can run: one module per tool, imported only when used (start-up
of `vshell run` stays lean). Each entry says which hosts have the command."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field


@dataclass
class Ctx:
    """What a command sees: its host, its session and shell, its input, where it writes."""

    session: object
    shell: object                     # the ShellFrame running it
    host: object
    argv: list[str]
    stdin: str | None = None
    chunks: list[tuple[str, str]] = field(default_factory=list)

    @property
    def world(self):
        return self.session.world

    @property
    def user(self):
        return self.shell.user

    def out(self, text: str) -> None:
        if text:
            self.chunks.append(("stdout", text))

    def err(self, text: str) -> None:
        if text:
            self.chunks.append(("stderr", text))


def _always(host) -> bool:
    return True


def _sun4v_ldm(host) -> bool:
    return host.ldm is not None


# name -> (module:function, which hosts have it)
REGISTRY: dict[str, tuple[str, object]] = {
    "ldm": ("vshell.commands.ldm:main", _sun4v_ldm),
    "ssh": ("vshell.commands.ssh:main", _always),
    "hostname": ("vshell.commands.builtins:hostname", _always),
    "echo": ("vshell.commands.builtins:echo", _always),
    "cat": ("vshell.commands.builtins:cat", _always),
    "pwd": ("vshell.commands.builtins:pwd", _always),
    "cd": ("vshell.commands.builtins:cd", _always),
    "true": ("vshell.commands.builtins:true", _always),
    "false": ("vshell.commands.builtins:false", _always),
}


def lookup(name: str, host):
    entry = REGISTRY.get(name)
    if entry is None or not entry[1](host):
        return None
    modname, func = entry[0].split(":")
    return getattr(importlib.import_module(modname), func)


def available(host) -> list[str]:
    return sorted(n for n, (_, where) in REGISTRY.items() if where(host))
