"""SP configurations: domain configurations saved on the service processor (ldm.md §2.6).

Where the state lives: the saved names stay on the manager's own attributes, `ldm.spconfigs`
(factory-default first) and `ldm.current_spconfig` (the one the SP boots at the next power-on),
so the manager's snapshot and completion see them. What is known only since boot -- which
configuration the running one was booted from or saved as, and whether it has changed since --
lives on an SPConfigs that `configs(ldm)` attaches to the manager on first use; it subscribes
once to the world's event bus."""
from __future__ import annotations

from vshell.model.errors import BadState, Exists, Insufficient, Invalid, NotFound

FACTORY = "factory-default"
MAX_CONFIGS = 8        # the SP holds at most eight, factory-default included  # unverified
# 3.4+ Admin Guide "Entering Names in the CLI": "currently around 69 characters" (its 70-character
# example is refused); the 1.2 and 3.2 guides say at most 64. unverified exact limit
NAME_MAX = 69

# events after which the running configuration no longer matches the saved one
_CHANGES = {"domain.added", "domain.changed", "domain.removed", "vio.changed", "io.changed"}


class SPConfigs:
    def __init__(self, ldm):
        self.ldm = ldm
        self.booted: str | None = ldm.current_spconfig   # last booted or saved as
        # made on first use, so changes made before it were not heard: a manager still
        # on factory-default matches it only while it still has the factory shape
        self.changed = self.booted == FACTORY and not _factory_shape(ldm)
        ldm.events.subscribe(self._heard)

    @property
    def selected(self) -> str:
        return self.ldm.current_spconfig

    def listing(self) -> list[tuple[str, str]]:
        """(name, annotation): factory-default first, then by name (the LDoms 1.3 Admin Guide's
        list-config example is in that order; unverified rule). [current]: the last booted
        configuration while the running one still matches it; [next poweron]: what the next
        power-on boots, when that is not already shown as current (the same page)."""
        out = []
        names = self.ldm.spconfigs
        for name in [n for n in names if n == FACTORY] + sorted(n for n in names if n != FACTORY):
            note = ""
            if name == self.booted and not self.changed:
                note = "current"
            elif name == self.selected:
                note = "next poweron"
            out.append((name, note))
        return out

    def add(self, name: str, name_max: int = NAME_MAX) -> None:
        """Save the running configuration as NAME: it is current and boots next."""
        if not name or len(name) > name_max:
            raise Invalid("spconfig-bad-name", name=name)
        if name in self.ldm.spconfigs:
            raise Exists("spconfig-exists", name=name)
        if len(self.ldm.spconfigs) >= MAX_CONFIGS:
            raise Insufficient("spconfig-full", limit=MAX_CONFIGS)
        self.ldm.spconfigs.append(name)
        self.ldm.current_spconfig = self.booted = name
        self.changed = False

    def select(self, name: str) -> None:
        """set-spconfig: what the next power-on boots; the running domains are untouched."""
        self._need(name)
        self.ldm.current_spconfig = name

    def remove(self, name: str) -> None:
        if name == FACTORY:
            raise BadState("spconfig-factory-default", name=name)
        self._need(name)
        self.ldm.spconfigs.remove(name)
        if self.selected == name:
            self.ldm.current_spconfig = FACTORY     # what the SP falls back to  # unverified
        if self.booted == name:
            self.booted = None

    def _need(self, name: str) -> None:
        if name not in self.ldm.spconfigs:
            raise NotFound("spconfig-not-found", name=name)

    def _heard(self, ev) -> None:
        if ev.host != self.ldm.host:
            return
        if ev.kind in _CHANGES or _reconfigures(ev):
            self.changed = True


def configs(ldm) -> SPConfigs:
    """The manager's SPConfigs, made (and subscribed) once."""
    c = getattr(ldm, "_spconfigs_state", None)
    if c is None:
        c = ldm._spconfigs_state = SPConfigs(ldm)
    return c


def _reconfigures(ev) -> bool:
    """Binding and unbinding change what the hypervisor holds; starting, stopping and a plain
    reboot do not. A 1.x change that starts a delayed reconfiguration is one ("until you
    initiate a reconfiguration", LDoms 1.3 Admin Guide)."""
    if ev.kind == "domain.reconf":
        return bool(ev.data.get("started"))
    if ev.kind == "domain.state":
        return {ev.data.get("state"), ev.data.get("was")} == {"inactive", "bound"}
    return False


def _factory_shape(ldm) -> bool:
    """primary alone, holding every strand, crypto unit and byte it started with, no pending
    change, no variables, no virtual I/O."""
    p = ldm.primary
    if p is None or list(ldm.domains) != [p.name] or p.pending is not None or p.variables:
        return False
    plat = ldm.platform
    if (p.want.vcpus, p.want.crypto) != (plat.strands, plat.cores * plat.crypto_per_core):
        return False
    if p.want.memory != ldm.total_memory - plat.memory_base:
        return False
    v = ldm.vio
    return not any((v.vccs, v.vdss, v.vsws, v.vnets, v.vdisks, v.vcons))
