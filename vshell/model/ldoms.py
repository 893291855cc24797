"""The Logical Domains Manager of one sun4v machine: domains, their constraints and bindings.

Resources are really allocated: a strand belongs to at most one domain, memory blocks do not
overlap, states move inactive -> bound -> active and back."""
from __future__ import annotations

from dataclasses import dataclass, field

from vshell.model.errors import BadState, Exists, Insufficient, NotFound
from vshell.model.l2 import int_to_mac
from vshell.model.platforms import Platform
from vshell.model.units import M

INACTIVE, BOUND, ACTIVE = "inactive", "bound", "active"

# The LDoms Manager's automatic MAC range (ldm.md §3.6): the lower 256K addresses of
# 00:14:4F:F8:00:00 - 00:14:4F:FF:FF:FF.
AUTO_MAC_FIRST = 0x00144FF80000
AUTO_MAC_COUNT = 0x40000
GUEST_RA_BASE = 0x10000000           # first real address of a guest's memory  # unverified
MEMORY_ALIGN = 256 * M


@dataclass
class MemBlock:
    ra: int
    pa: int
    size: int


@dataclass
class Domain:
    name: str
    control: bool = False
    state: str = INACTIVE
    # constraints (what the person asked for)
    vcpus: int = 0
    whole_core: bool = False
    max_cores: int | None = None
    memory: int = 0
    crypto: int = 0
    mac: str = ""
    hostid: int = 0
    uuid: str = ""
    failure_policy: str = "ignore"
    master: list[str] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)
    # bindings (what the hypervisor gave it)
    strands: list[int] = field(default_factory=list)
    mem: list[MemBlock] = field(default_factory=list)
    maus: list[int] = field(default_factory=list)
    io: list[str] = field(default_factory=list)
    cons_port: int | None = None
    started_at: float | None = None     # virtual clock time of the last start
    delayed_reconf: bool = False
    service: bool = False               # provides virtual I/O services (flag v)

    @property
    def bound(self) -> bool:
        return self.state in (BOUND, ACTIVE)


class LDomsManager:
    def __init__(self, host: str, platform: Platform, memory: int, streams, clock, events):
        self.host = host
        self.platform = platform
        self.total_memory = memory
        self.streams = streams
        self.clock = clock
        self.events = events
        self.domains: dict[str, Domain] = {}
        self.spconfigs: list[str] = ["factory-default"]
        self.current_spconfig = "factory-default"
        self._owner: dict[int, str] = {}          # strand -> domain name
        self._strand_load: dict[str, tuple] = {}

    # factory default ------------------------------------------------------------------------
    def factory_default(self, boot_time: float, mac: str) -> Domain:
        """primary owns every strand, every crypto unit, all memory and all PCIe roots."""
        p = self.platform
        d = Domain("primary", control=True, state=ACTIVE, mac=mac,
                   hostid=_hostid(mac, control=True), uuid=self.streams.uuid("ldom-uuid", "primary"))
        d.vcpus = p.strands
        d.crypto = p.cores * p.crypto_per_core
        base = p.memory_base
        d.memory = self.total_memory - base
        d.mem = [MemBlock(base, base, d.memory)]
        d.maus = list(range(d.crypto))
        d.io = [r.device for r in p.pcie]
        d.started_at = boot_time
        self.domains[d.name] = d
        self._assign(d, range(p.strands))
        return d

    # queries --------------------------------------------------------------------------------
    def get(self, name: str) -> Domain:
        try:
            return self.domains[name]
        except KeyError:
            raise NotFound("domain", domain=name) from None

    def free_strands(self) -> list[int]:
        return [s for s in range(self.platform.strands) if s not in self._owner]

    def strand_owner(self, strand: int) -> str | None:
        return self._owner.get(strand)

    def free_memory(self) -> list[tuple[int, int]]:
        """Free (pa, size) ranges above the hypervisor's reserved memory, lowest first."""
        used = sorted((b.pa, b.size) for d in self.domains.values() for b in d.mem)
        free, cursor = [], self.platform.memory_base
        for pa, size in used:
            if pa > cursor:
                free.append((cursor, pa - cursor))
            cursor = max(cursor, pa + size)
        if cursor < self.total_memory:
            free.append((cursor, self.total_memory - cursor))
        return free

    def uptime(self, d: Domain) -> float | None:
        if d.state != ACTIVE or d.started_at is None:
            return None
        return max(0.0, self.clock.now - d.started_at)

    def utilization(self, d: Domain) -> float | None:
        """Percent busy of an active domain: a load drawn from the world's seed per domain and
        per ten-minute slot of virtual time, so it moves with the clock but repeats exactly."""
        if d.state != ACTIVE:
            return None
        slot = int(self.clock.now // 600)
        r = self.streams.fixed("ldom-load", f"{self.host}/{d.name}/{slot}")
        base = self.streams.fixed("ldom-load-base", f"{self.host}/{d.name}").uniform(0.05, 12.0)
        return round(max(0.0, base * r.uniform(0.5, 1.5)), 1)

    def strand_utilization(self, d: Domain, strand: int) -> float | None:
        if d.state != ACTIVE:
            return None
        return self.strand_utilizations(d).get(strand)

    def strand_utilizations(self, d: Domain) -> dict[int, float]:
        """Per-strand load of an active domain around its overall utilization; one draw per
        domain and ten-minute slot (cached: a T5-8 has 1,024 strands)."""
        if d.state != ACTIVE:
            return {}
        slot = int(self.clock.now // 600)
        key = (d.name, slot, tuple(d.strands))
        cached = self._strand_load.get(d.name)
        if cached is None or cached[0] != key:
            total = self.utilization(d) or 0.0
            r = self.streams.fixed("strand-load", f"{self.host}/{d.name}/{slot}")
            cached = (key, {s: round(min(100.0, total * r.expovariate(1.0)), 1) for s in d.strands})
            self._strand_load[d.name] = cached
        return cached[1]

    # domains ----------------------------------------------------------------------------------
    def add_domain(self, name: str, **props) -> Domain:
        if name in self.domains:
            raise Exists("domain-exists", domain=name)
        if len(self.domains) >= self.platform.max_domains:
            raise Insufficient("max-domains", limit=self.platform.max_domains)
        d = Domain(name, uuid=props.pop("uuid", "") or self.streams.uuid("ldom-uuid", f"{self.host}/{name}"))
        d.mac = props.pop("mac", "") or self._auto_mac(name)
        d.hostid = props.pop("hostid", None) or _hostid(d.mac, control=False)
        for k, v in props.items():
            setattr(d, k, v)
        self.domains[name] = d
        self.events.emit("domain.added", self.host, name)
        return d

    def remove_domain(self, name: str) -> None:
        d = self.get(name)
        if d.control:
            raise BadState("remove-control", domain=name)
        if d.state != INACTIVE:
            raise BadState("not-inactive", domain=name, state=d.state)
        del self.domains[name]
        self.events.emit("domain.removed", self.host, name)

    def set_vcpus(self, name: str, count: int) -> None:
        """Set a domain's vCPU count; a bound or active domain gets or gives back strands now."""
        d = self.get(name)
        if count < 0:
            raise ValueError(count)
        if d.bound:
            have = len(d.strands)
            if count > have:
                free = self.free_strands()
                if len(free) < count - have:
                    raise Insufficient("vcpus", domain=name, wanted=count - have, free=len(free))
                self._assign(d, free[: count - have])
            elif count < have:
                if d.state == ACTIVE and count == 0:
                    raise BadState("last-vcpu", domain=name)
                for s in d.strands[count:]:
                    del self._owner[s]
                d.strands = d.strands[:count]
        d.vcpus = count
        self.events.emit("domain.vcpus", self.host, name, count=count)

    def bind(self, name: str) -> None:
        d = self.get(name)
        if d.state != INACTIVE:
            raise BadState("already-bound", domain=name, state=d.state)
        free = self.free_strands()
        if d.vcpus <= 0 or len(free) < d.vcpus:
            raise Insufficient("vcpus", domain=name, wanted=d.vcpus, free=len(free))
        if d.memory <= 0:
            raise Insufficient("memory", domain=name, wanted=d.memory, free=0)
        blocks = self._take_memory(d.memory)
        if blocks is None:
            raise Insufficient("memory", domain=name, wanted=d.memory,
                               free=sum(s for _, s in self.free_memory()))
        self._assign(d, free[: d.vcpus])
        ra = GUEST_RA_BASE
        for pa, size in blocks:
            d.mem.append(MemBlock(ra, pa, size))
            ra += size
        d.cons_port = d.cons_port or self._free_cons_port()
        d.state = BOUND
        self.events.emit("domain.state", self.host, name, state=BOUND)

    def unbind(self, name: str) -> None:
        d = self.get(name)
        if d.state != BOUND:
            raise BadState("not-bound", domain=name, state=d.state)
        for s in d.strands:
            del self._owner[s]
        d.strands, d.mem, d.maus = [], [], []
        d.state = INACTIVE
        self.events.emit("domain.state", self.host, name, state=INACTIVE)

    def start(self, name: str) -> None:
        d = self.get(name)
        if d.state != BOUND:
            raise BadState("not-bound" if d.state == INACTIVE else "already-active",
                           domain=name, state=d.state)
        d.state = ACTIVE
        d.started_at = self.clock.now
        self.events.emit("domain.state", self.host, name, state=ACTIVE)

    def stop(self, name: str) -> None:
        d = self.get(name)
        if d.state != ACTIVE:
            raise BadState("not-active", domain=name, state=d.state)
        if d.control:
            raise BadState("stop-control", domain=name)
        d.state = BOUND
        d.started_at = None
        self.events.emit("domain.state", self.host, name, state=BOUND)

    # internals -----------------------------------------------------------------------------
    def _assign(self, d: Domain, strands) -> None:
        for s in strands:
            owner = self._owner.get(s)
            if owner is not None and owner != d.name:
                raise Exists("strand-owned", strand=s, owner=owner)
            self._owner[s] = d.name
            d.strands.append(s)
        d.strands.sort()

    def _take_memory(self, size: int) -> list[tuple[int, int]] | None:
        want, taken = size, []
        for pa, avail in self.free_memory():
            if want <= 0:
                break
            n = min(avail, want)
            taken.append((pa, n))
            want -= n
        return taken if want <= 0 else None

    def _free_cons_port(self) -> int:
        used = {d.cons_port for d in self.domains.values()}
        port = 5000
        while port in used:
            port += 1
        return port

    def _auto_mac(self, name: str) -> str:
        r = self.streams.stream("ldoms-mac", self.host)
        taken = {d.mac for d in self.domains.values()}
        while True:
            mac = int_to_mac(AUTO_MAC_FIRST + r.randrange(AUTO_MAC_COUNT))
            if mac not in taken:
                return mac


def _hostid(mac: str, control: bool) -> int:
    # The low three bytes of the host ID are the MAC's (ldm.md §3 HOSTID); the high byte seen is
    # 0x85 on a control domain with a burned-in MAC and 0x84 on an LDoms-assigned one. unverified rule.
    low = int(mac.replace(":", "")[-6:], 16)
    return ((0x85 if control else 0x84) << 24) | low
