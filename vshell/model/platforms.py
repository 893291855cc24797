"""The sun4v platform catalog (state/platforms.toml) as objects: chips, cores, strands,
memory, PCIe root complexes, onboard NICs."""
from __future__ import annotations

from dataclasses import dataclass, field

from vshell.data import load_toml
from vshell.model.units import parse_size


@dataclass(frozen=True)
class PcieRoot:
    device: str
    pseudonym: str
    slots: tuple[str, ...] = ()
    onboard: tuple[str, ...] = ()
    empty: tuple[str, ...] = ()         # slots with no card in them (list-io STATUS EMP)
    boot: bool = False                  # holds the boot disk's controller (see model/pcie.py)


@dataclass(frozen=True)
class OnboardNic:
    name: str
    instance: str
    driver: str
    speed: int
    root: str


@dataclass(frozen=True)
class Platform:
    key: str
    model: str
    cpu: str
    chips: int
    cores_per_chip: int
    threads_per_core: int
    crypto_per_core: int
    memory: int
    max_memory: int
    console: str
    max_domains: int
    reserved_memory: tuple[tuple[int, int], ...]
    memory_base: int
    pcie: tuple[PcieRoot, ...] = ()
    nics: tuple[OnboardNic, ...] = ()
    niu: tuple[str, ...] = ()           # on-chip network units ldm list-io shows (niu_0 ...)
    mhz: int = 0
    banner: str = ""
    obp_version: str = ""
    hypervisor_version: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def cores(self) -> int:
        return self.chips * self.cores_per_chip

    @property
    def strands(self) -> int:
        return self.cores * self.threads_per_core

    def pseudonym(self, device: str) -> str:
        """The alias ldm shows beside a PCIe root complex (pci_0, bus_a ...), or ""."""
        return next((r.pseudonym for r in self.pcie if r.device == device), "")

    def core_of(self, strand: int) -> int:
        return strand // self.threads_per_core

    def strands_of_core(self, core: int) -> range:
        t = self.threads_per_core
        return range(core * t, (core + 1) * t)


def catalog() -> dict[str, dict]:
    return load_toml("state", "platforms.toml")["platforms"]


def platform(key: str) -> Platform:
    cat = catalog()
    if key not in cat:
        raise KeyError(f"unknown platform {key!r}; known: {', '.join(sorted(cat))}")
    d = cat[key]
    reserved = tuple((int(a, 16), parse_size(s)) for a, s in d.get("reserved_memory", []))
    base = int(d["memory_base"], 16) if "memory_base" in d else (
        max((a + s for a, s in reserved), default=0))
    return Platform(
        key=key,
        model=d.get("model", key),
        cpu=d.get("cpu", ""),
        chips=int(d["chips"]),
        cores_per_chip=int(d["cores_per_chip"]),
        threads_per_core=int(d["threads_per_core"]),
        crypto_per_core=int(d.get("crypto_per_core", 1)),
        memory=parse_size(d["memory"]),
        max_memory=parse_size(d.get("max_memory", d["memory"])),
        console=d.get("console", "SP"),
        max_domains=int(d.get("max_domains", 128)),
        reserved_memory=reserved,
        memory_base=base,
        pcie=tuple(PcieRoot(p["device"], p["pseudonym"], tuple(p.get("slots", ())),
                            tuple(p.get("onboard", ())), tuple(p.get("empty", ())),
                            bool(p.get("boot", False))) for p in d.get("pcie", [])),
        niu=tuple(d.get("niu", ())),
        nics=tuple(OnboardNic(n["name"], n.get("instance", n["name"]), n.get("driver", ""),
                              int(n.get("speed", 1000)), n.get("root", "")) for n in d.get("nics", [])),
        mhz=int(d.get("mhz", 0)),
        banner=d.get("banner", d.get("model", key)),
        obp_version=d.get("obp_version", ""),
        hypervisor_version=d.get("hypervisor_version", ""),
        extra=d,
    )
