"""A host: one OS instance a person can log in to, with the machine it runs on.

A sun4v host carries the Logical Domains Manager of its machine; a Linux host (Oracle VM
Server dom0) carries netdevs. Both put their ports on the world's one layer-2 graph."""
from __future__ import annotations

from dataclasses import dataclass, field

from vshell.model.ldoms import LDomsManager
from vshell.model.platforms import Platform
from vshell.model.releases import Capabilities
from vshell.model.vfs import Cred, FileSystem


@dataclass
class User:
    name: str
    uid: int
    home: str
    password: str | None = None      # None: any password is accepted
    shell: str = "/usr/bin/bash"
    group: str = ""                  # primary group ("" until the host's userland says)
    groups: tuple[str, ...] = ()     # supplementary groups
    profiles: tuple[str, ...] = ()   # RBAC rights profiles: pfexec runs commands with their privileges

    @property
    def cred(self) -> Cred:
        return Cred(self.name, self.uid, (self.group, *self.groups))


@dataclass
class Host:
    name: str                                 # hostname as the world knows it (its key)
    kind: str                                 # "sun4v" | "linux" | "x86"
    release: Capabilities
    fs: FileSystem
    platform: Platform | None = None
    ldm: LDomsManager | None = None
    ldm_release: Capabilities | None = None
    users: dict[str, User] = field(default_factory=dict)
    addresses: dict[str, str] = field(default_factory=dict)   # network name -> IPv4 address
    cables: dict[str, str] = field(default_factory=dict)      # NIC (device or link name) -> network
    prompt: str = ""                          # prompt template; "" = the release's
    facts: dict = field(default_factory=dict)
    boot_time: float = 0.0                    # virtual clock time the OS booted (may be < 0)
    declared_uptime: float | None = None     # seconds, when the world gives it (kept through setup)
    nodename: str = ""                        # the running system's name (`hostname NAME` sets it)
    userland: Capabilities | None = None      # state/userland.toml: how its everyday tools speak
    links_factory: object = None              # makes its datalinks on first use (Solaris and illumos)
    _links: object = None
    ip_factory: object = None                 # makes its IP stack on first use
    _ip: object = None
    guest_of: tuple[str, str] | None = None   # (control host, domain): a guest domain's OS instance
    services_factory: object = None           # makes its SMF instances on first use (Solaris and illumos)
    _services: object = None
    zones_factory: object = None              # makes its zones (vshell.model.zones) on first use
    _zones: object = None
    netdevs_factory: object = None            # makes its netdevs (vshell.model.netdevs), Linux hosts
    _netdevs: object = None
    zone: str = "global"                      # which zone this OS instance is
    global_host: object = None                # a zone's global zone (None for a global zone)
    lastlog: dict = field(default_factory=dict)   # user -> (datetime, where from): the last login

    def _made(self, part: str):
        """A part made when first wanted (its `<part>_factory` runs once): a session that never
        touches it does not pay for importing it."""
        made = getattr(self, "_" + part)
        make = getattr(self, part + "_factory")
        if made is None and make is not None:
            setattr(self, part + "_factory", None)
            made = make()
            setattr(self, "_" + part, made)
        return made

    @property
    def links(self):
        """Its datalinks (vshell.model.datalinks)."""
        return self._made("links")

    @property
    def ip(self):
        """Its IP instance (vshell.model.ip), on its datalinks."""
        return self._made("ip")

    @property
    def services(self):
        """Its SMF instances (vshell.model.services); None without SMF."""
        return self._made("services")

    @property
    def zones(self):
        """Its zones (vshell.model.zones); None where it has none (a zone, Linux)."""
        return self._made("zones")

    @property
    def netdevs(self):
        """Its network devices (vshell.model.netdevs); None where it has none (Solaris)."""
        return self._made("netdevs")

    @property
    def has_netdevs(self) -> bool:
        return self._netdevs is not None or self.netdevs_factory is not None

    def zone_names(self, booted: bool = True) -> list[str]:
        """The zones the kernel knows (ready or running), or all configured ones."""
        if self._zones is None and self.zones_factory is None:
            return []
        from vshell.model.zones import BOOTED
        return self.zones.names(BOOTED if booted else None)

    @property
    def has_ip(self) -> bool:
        return self._ip is not None or self.ip_factory is not None

    @property
    def has_links(self) -> bool:
        return self._links is not None or self.links_factory is not None

    @property
    def prompt_template(self) -> str:
        return self.prompt or self.release.prompt

    @property
    def node(self) -> str:
        """The name the running system answers to: `hostname`, `uname -n`, the prompt."""
        return self.nodename or self.name

    def user(self, name: str) -> User | None:
        return self.users.get(name)

    def user_by_uid(self, uid: int) -> User | None:
        return next((u for u in self.users.values() if u.uid == uid), None)
