"""Physical I/O of a sun4v machine: the PCIe root complexes (buses: pci@400, alias pci_0), their
slots and onboard devices (/SYS/MB/PCIE7, /SYS/MB/SASHBA), and which domain holds each.

A bus belongs to at most one domain (`Domain.io` lists it); the domain holding a bus is a root
domain. A slot goes with its bus unless it was taken out (direct I/O): it then sits in the
`released` set and belongs to nobody, or to the domain whose `Domain.io` names it (an I/O
domain). What ldm's manual and the published sessions say, and what is decided here:

- A change to a domain that is inactive or bound is made at once.
- An active control domain cannot change its I/O while running: the change starts a delayed
  reconfiguration (as memory changes do on LDoms 1.x; the 2.x guides show `remove-io` on primary
  print the "Initiating a delayed reconfiguration" notice) and waits for the reboot.
- An active root domain already in delayed reconfiguration keeps the change for its reboot.
- Any other active domain: refused. For a slot the words are verified (errors.md §7:
  "Dynamic I/O operations on PCIe slots are not supported."); for a bus they are guessed.
- Direct I/O (a slot) needs I/O virtualization on its bus (the Admin Guide: "you must first
  enable I/O virtualization on the PCIe bus itself"). iov is on for every bus at factory
  default: every stored `ldm list-io` shows IOV on primary's buses  # unverified default
- The domain holding the bus of the boot disk's controller cannot lose that bus, nor the
  controller's slot  # unverified rule (the machine would lose its boot disk; ldm's own check
  was not found). The boot bus: the one marked `boot = true` in the platform catalog, else the
  first with an onboard SAS device.

Pending changes are kept as operations in `Want.io` of the domain in delayed reconfiguration
and replayed by `apply` at its reboot; a check always looks at the state they would give.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from vshell.model.errors import BadState, Exists, NotFound

BUS, SLOT, NIU = "BUS", "PCIE", "NIU"
DEFAULT_IOV = True                  # unverified (see above)


@dataclass(frozen=True)
class Device:
    kind: str                       # BUS or PCIE (a slot or an onboard device)
    name: str                       # the bus's device (pci@400) or the slot's name
    root: object                    # the PcieRoot it hangs off

    @property
    def alias(self) -> str:
        return self.root.pseudonym if self.kind == BUS else self.name


@dataclass
class IoChange:
    """What an I/O command did, for the command to report."""

    delayed: bool = False
    entered_delayed: bool = False


@dataclass
class _View:
    """The I/O holdings as plain values, so pending operations can be tried on a copy."""

    io: dict[str, list[str]]                 # domain -> its Domain.io
    released: set[str] = field(default_factory=set)
    iov: dict[str, bool] = field(default_factory=dict)

    def bus_owner(self, bus: str) -> str | None:
        return next((n for n, held in self.io.items() if bus in held), None)

    def slot_holder(self, dev: Device) -> str | None:
        explicit = next((n for n, held in self.io.items() if dev.name in held), None)
        if explicit is not None or dev.name in self.released:
            return explicit
        return self.bus_owner(dev.root.device)

    def holder(self, dev: Device) -> str | None:
        return self.bus_owner(dev.name) if dev.kind == BUS else self.slot_holder(dev)

    def do(self, op: tuple, domain: str) -> None:
        kind, name = op[0], op[1]
        held = self.io.setdefault(domain, [])
        if kind == "iov":
            self.iov[name] = op[2]
        elif kind == "add-bus":
            held.append(name)
        elif kind == "remove-bus":
            held.remove(name)
        elif kind == "add-slot":
            if self.bus_owner(op[2]) == domain:
                self.released.discard(name)         # back with its own bus
            else:
                held.append(name)
        elif kind == "remove-slot":
            if name in held:
                held.remove(name)
            self.released.add(name)


class PhysicalIO:
    def __init__(self, ldm):
        self.ldm = ldm
        self.released: set[str] = set()
        self.iov: dict[str, bool] = {r.device: DEFAULT_IOV for r in ldm.platform.pcie}

    # the catalog -----------------------------------------------------------------------------
    @property
    def roots(self):
        return self.ldm.platform.pcie

    def devices(self, root) -> list[Device]:
        """A bus's slots, then its onboard devices, in the order ldm list-io shows them."""
        return [Device(SLOT, n, root) for n in root.slots + root.onboard]

    def find(self, name: str) -> Device | None:
        """A bus by device (pci@400) or alias (pci_0), or a slot by name."""
        for r in self.roots:
            if name in (r.device, r.pseudonym):
                return Device(BUS, r.device, r)
            if name in r.slots or name in r.onboard:
                return Device(SLOT, name, r)
        return None

    def boot_root(self):
        marked = [r for r in self.roots if r.boot]
        if marked:
            return marked[0]
        return next((r for r in self.roots if any("SAS" in o for o in r.onboard)), None)

    def slot_path(self, dev: Device) -> str:
        """The device path a slot shows in a domain's IO section: bus/pci@1/pci@0/pci@N, N its
        place on the bus  # unverified (real paths depend on the board's PCIe switches)."""
        place = (dev.root.slots + dev.root.onboard).index(dev.name)
        return f"{dev.root.device}/pci@1/pci@0/pci@{place}"

    def rows(self, names) -> list[tuple[str, str]]:
        """(DEVICE, PSEUDONYM) for each entry of a Domain.io."""
        out = []
        for n in names:
            dev = self.find(n)
            if dev is None:
                out.append((n, ""))
            elif dev.kind == BUS:
                out.append((dev.name, dev.alias))
            else:
                out.append((self.slot_path(dev), dev.name))
        return out

    # state -----------------------------------------------------------------------------------
    def view(self, pending_of: str | None = None) -> _View:
        """The holdings now, or as the pending operations of `pending_of` would leave them."""
        v = _View({n: list(d.io) for n, d in self.ldm.domains.items()}, set(self.released), dict(self.iov))
        d = self.ldm.domains.get(pending_of) if pending_of else None
        if d is not None and d.pending is not None:
            for op in d.pending.io:
                v.do(op, d.name)
        return v

    def holder(self, dev: Device) -> str | None:
        return self.view().holder(dev)

    def is_root(self, d) -> bool:
        return any(self.find(n) is not None and self.find(n).kind == BUS for n in d.io)

    def is_empty(self, dev: Device) -> bool:
        return dev.name in dev.root.empty

    def snapshot(self) -> tuple:
        return tuple(sorted(self.released)), tuple(sorted(self.iov.items()))

    # operations ------------------------------------------------------------------------------
    def _device(self, name: str, slots: bool) -> Device:
        dev = self.find(name)
        if dev is None or (dev.kind == SLOT and not slots):
            raise NotFound("io-not-found", name=name)
        return dev

    def add(self, name: str, domain: str, iov: bool | None = None, slots: bool = True) -> IoChange:
        """ldm add-io [iov=on|off] bus|slot ldom."""
        d = self.ldm.get(domain)
        dev = self._device(name, slots)
        self.ldm._check_others_allowed(domain)
        v = self.view(domain)
        holder = v.holder(dev)
        if holder is not None:
            raise Exists("io-in-use", name=name, domain=holder)
        ops = []
        if dev.kind == BUS:
            ops.append(("add-bus", dev.name))
            if iov is not None:
                ops.append(("iov", dev.name, iov))
        else:
            if not v.iov.get(dev.root.device, False):
                raise BadState("io-iov-off", name=name, bus=dev.root.pseudonym)
            ops.append(("add-slot", dev.name, dev.root.device))
        return self._land(d, dev, tuple(ops))

    def remove(self, name: str, domain: str, dry_run: bool = False, slots: bool = True) -> IoChange:
        """ldm remove-io [-n] bus|slot ldom."""
        d = self.ldm.get(domain)
        dev = self._device(name, slots)
        self.ldm._check_others_allowed(domain)
        v = self.view(domain)
        if v.holder(dev) != domain:
            raise NotFound("io-not-assigned", name=name, domain=domain)
        boot = self.boot_root()
        if boot is not None and dev.root is boot and (
                dev.kind == BUS or "SAS" in dev.name and dev.name in boot.onboard):
            raise BadState("io-boot-device", name=name, domain=domain)
        if dev.kind == BUS:
            lent = [s.name for s in self.devices(dev.root)
                    if (h := v.slot_holder(s)) is not None and h != domain]
            if lent:
                raise BadState("io-bus-has-slots", name=name, slot=lent[0],
                               domain=v.slot_holder(self.find(lent[0])))
        else:
            if not v.iov.get(dev.root.device, False):
                raise BadState("io-iov-off", name=name, bus=dev.root.pseudonym)
        op = ("remove-bus", dev.name) if dev.kind == BUS else ("remove-slot", dev.name, dev.root.device)
        return self._land(d, dev, (op,), dry_run=dry_run)

    def set_iov(self, bus: str, on: bool) -> IoChange:
        """ldm set-io iov=on|off bus: lands with the domain that holds the bus (now if none)."""
        dev = self._device(bus, slots=False)
        owner = self.view().bus_owner(dev.name)
        if owner is None:
            self.iov[dev.name] = on
            self.ldm.events.emit("io.changed", self.ldm.host, "")
            return IoChange()
        d = self.ldm.get(owner)
        self.ldm._check_others_allowed(owner)
        return self._land(d, dev, (("iov", dev.name, on),))

    def _land(self, d, dev: Device, ops: tuple, dry_run: bool = False) -> IoChange:
        """Now, at the next reboot, or refused, by the domain's state (see the module's notes)."""
        ldm = self.ldm
        if d.pending is not None:
            if not dry_run:
                d.pending = replace(d.pending, io=tuple(d.pending.io) + ops)
                ldm.events.emit("domain.changed", ldm.host, d.name)
            return IoChange(delayed=True)
        if d.state == "active":
            if not d.control:
                raise BadState("io-slot-dynamic" if dev.kind == SLOT else "io-bus-dynamic",
                               name=dev.name, domain=d.name)
            if not dry_run:
                d.pending = replace(d.want, io=ops)
                ldm.events.emit("domain.reconf", ldm.host, d.name, started=True)
            return IoChange(delayed=True, entered_delayed=True)
        if not dry_run:
            self.apply(d, ops)
            ldm.events.emit("domain.changed", ldm.host, d.name)
        return IoChange()

    def apply(self, d, ops) -> None:
        """Carry out operations for domain `d` (at once, or at its reboot)."""
        if not ops:
            return
        v = self.view()
        for op in ops:
            v.do(op, d.name)
        for name, held in v.io.items():
            if name in self.ldm.domains:
                self.ldm.domains[name].io = held
        self.released, self.iov = v.released, v.iov
