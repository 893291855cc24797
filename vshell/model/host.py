"""A host: one OS instance a person can log in to, with the machine it runs on.

A sun4v host carries the Logical Domains Manager of its machine; a Linux host (Oracle VM
Server dom0) carries netdevs. Both put their ports on the world's one layer-2 graph."""
from __future__ import annotations

from dataclasses import dataclass, field

from vshell.model.ldoms import LDomsManager
from vshell.model.platforms import Platform
from vshell.model.releases import Capabilities
from vshell.model.vfs import FileSystem


@dataclass
class User:
    name: str
    uid: int
    home: str
    password: str | None = None      # None: any password is accepted
    shell: str = "/usr/bin/bash"


@dataclass
class Host:
    name: str                                 # hostname
    kind: str                                 # "sun4v" | "linux" | "x86"
    release: Capabilities
    fs: FileSystem
    platform: Platform | None = None
    ldm: LDomsManager | None = None
    ldm_release: Capabilities | None = None
    users: dict[str, User] = field(default_factory=dict)
    addresses: dict[str, str] = field(default_factory=dict)   # network name -> IPv4 address
    prompt: str = ""                          # prompt template; "" = the release's
    facts: dict = field(default_factory=dict)
    boot_time: float = 0.0                    # virtual clock time the OS booted (may be < 0)

    @property
    def prompt_template(self) -> str:
        return self.prompt or self.release.prompt

    def user(self, name: str) -> User | None:
        return self.users.get(name)
