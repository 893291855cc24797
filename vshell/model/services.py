"""SMF on one OS instance: the service instances of the catalogue (state/services.toml), their
enabled state (persistent and a temporary override that a reboot drops), their state and the
time they entered it on the virtual clock.

Instances bound to IP state (ipv4-forwarding, ipv6-forwarding, route, ripng) keep no state of
their own: they are online exactly when the IP stack's forwarding or routing is on, and
enabling them turns it on, so svcs, routeadm and ifconfig's ROUTER flag always agree. Their
persistent setting is the stack's forward_conf/routing_conf (routeadm's Current Configuration).

Patterns are matched as libscf's scf_walk_fmri matches them: a full FMRI, a service (all its
instances), an abbreviation ending at a component boundary (`ssh`, `routing/route`,
`smtp:sendmail`, `default`), or an fnmatch(5) glob."""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

from vshell.data import load_toml
from vshell.model.errors import ModelError

# svcs sorts STATE in this order (svcs.c state_to_int)
STATE_ORDER = {"legacy_run": 0, "disabled": 1, "online": 2, "degraded": 3, "offline": 4,
               "maintenance": 5, "uninitialized": 6}
IPFILTER = "svc:/network/ipfilter:default"
BOOT_SPREAD = (8, 75)        # seconds after boot an instance reaches its state  # unverified range


class SvcError(ModelError):
    """code: NOMATCH (no instance), MULTIPLE (one was needed), NOT_MAINT (clear on a healthy one)."""


@dataclass
class Instance:
    fmri: str
    name: str
    default_enabled: bool
    bind: str = ""                        # forwarding4 | forwarding6 | routing4 | routing6 | ""
    daemon: bool = False
    enabled: bool = False                 # persistent (general/enabled)
    temporary: bool | None = None         # general_ovr/enabled: until the next boot
    state: str = "disabled"
    since: float | None = None            # virtual clock time of its last transition; None: at boot
    boot_offset: float = 0.0

    @property
    def service(self) -> str:
        return self.fmri.rsplit(":", 1)[0]

    @property
    def short(self) -> str:
        return self.fmri[len("svc:/"):]


@dataclass
class Services:
    """The SMF repository and restarter of one OS instance. `host` gives boot_time and ip;
    `clock` the virtual clock."""

    host: object
    catalogue: str
    clock: object
    streams: object = None
    events: object = None
    instances: dict[str, Instance] = field(default_factory=dict)
    booted: float | None = None
    props: dict[str, str] = field(default_factory=dict)     # routeadm's variables (routing-svcs ...)
    explicit: set[str] = field(default_factory=set)         # routeadm options set by -e/-d

    @classmethod
    def make(cls, host, catalogue: str, clock, streams=None, events=None) -> "Services":
        svc = cls(host, catalogue, clock, streams, events)
        for d in load_toml("state", "services.toml")["instance"]:
            if "only" in d and catalogue not in d["only"]:
                continue
            if not svc._has(d.get("needs", "")):
                continue
            en = d.get("enabled", [])
            default = en == "all" or catalogue in en
            inst = Instance(d["fmri"], d["name"], default, d.get("bind", ""), d.get("daemon", False),
                            enabled=default, state="online" if default else "disabled")
            if streams is not None:
                inst.boot_offset = streams.fixed("svc-start", f"{host.name}/{inst.fmri}").randrange(*BOOT_SPREAD)
            svc.instances[inst.fmri] = inst
        svc.booted = host.boot_time
        return svc

    def _has(self, need: str) -> bool:
        if not need:
            return True
        if need == "ipfilter":
            return bool(self.host.release.get("ipfilter"))
        if need == "zones":
            return bool(self.host.release.get("zones"))
        if need == "ldoms":
            return getattr(self.host, "ldm", None) is not None
        return False

    # the IP state a bound instance stands for ---------------------------------------------------
    def _ip_state(self, inst: Instance) -> tuple[dict, dict, int] | None:
        ip = self.host.ip if inst.bind else None
        if ip is None:
            return None
        fam = int(inst.bind[-1])
        if inst.bind.startswith("forwarding"):
            return ip.forwarding, ip.forward_conf, fam
        return ip.routing, ip.routing_conf, fam

    def _check_boot(self) -> None:
        """A reboot since we last looked: temporary overrides go, every instance re-enters its
        state at the new boot."""
        if self.booted == self.host.boot_time:
            return
        self.booted = self.host.boot_time
        for inst in self.instances.values():
            inst.temporary = None
            inst.since = None
            if not inst.bind:
                inst.state = "online" if inst.enabled else "disabled"

    # queries ------------------------------------------------------------------------------------
    def all(self) -> list[Instance]:
        self._check_boot()
        return list(self.instances.values())

    def get(self, fmri: str) -> Instance | None:
        self._check_boot()
        return self.instances.get(fmri)

    def state(self, inst: Instance) -> str:
        bound = self._ip_state(inst)
        if bound is not None:
            cur, _, fam = bound
            return "online" if cur[fam] else "disabled"
        return inst.state

    def is_enabled(self, inst: Instance) -> bool:
        """Enabled now: the temporary override if there is one, else the persistent setting."""
        bound = self._ip_state(inst)
        if bound is not None:
            cur, _, fam = bound
            return bool(cur[fam])
        return inst.enabled if inst.temporary is None else inst.temporary

    def persistent(self, inst: Instance) -> bool:
        bound = self._ip_state(inst)
        if bound is not None:
            _, conf, fam = bound
            return conf[fam] == "enabled"
        return inst.enabled

    def stime(self, inst: Instance) -> float:
        """When it entered its state (virtual clock seconds)."""
        self._check_boot()
        return self.host.boot_time + inst.boot_offset if inst.since is None else inst.since

    def online(self, fmri: str) -> bool:
        """A clean query for other layers (the data plane asks whether IP Filter runs)."""
        inst = self.get(fmri)
        return inst is not None and self.state(inst) == "online"

    def ipfilter_online(self) -> bool:
        return self.online(IPFILTER)

    def match(self, pattern: str) -> list[Instance]:
        """The instances a pattern names (scf_walk_fmri): [] when none."""
        self._check_boot()
        insts = list(self.instances.values())
        if any(c in pattern for c in "*?["):
            full = pattern if pattern.startswith("svc:/") else "svc:/" + pattern
            alt = None if pattern.startswith("svc:/") or "/" in pattern else "svc:/*/" + pattern
            return [i for i in insts
                    if fnmatch.fnmatchcase(i.fmri, full) or fnmatch.fnmatchcase(i.service, full)
                    or (alt and (fnmatch.fnmatchcase(i.fmri, alt) or fnmatch.fnmatchcase(i.service, alt)))]
        if pattern.startswith("svc:/") or pattern.startswith("svc:"):
            want = "svc:/" + pattern[5:].lstrip("/") if pattern.startswith("svc:") else pattern
            return [i for i in insts if i.fmri == want or i.service == want]
        out = []
        for i in insts:
            short = i.short
            service = short.rsplit(":", 1)[0]
            inst_name = short.rsplit(":", 1)[1]
            if short == pattern or short.endswith("/" + pattern) or service == pattern \
                    or service.endswith("/" + pattern) or inst_name == pattern:
                out.append(i)
        return out

    def one(self, pattern: str) -> Instance:
        found = self.match(pattern)
        if not found:
            raise SvcError("NOMATCH", pattern=pattern)
        if len(found) > 1:
            raise SvcError("MULTIPLE", pattern=pattern, fmris=[i.fmri for i in found])
        return found[0]

    # changes ------------------------------------------------------------------------------------
    def enable(self, inst: Instance, on: bool = True, temporary: bool = False) -> None:
        self._check_boot()
        bound = self._ip_state(inst)
        if bound is not None:
            cur, conf, fam = bound
            if not temporary:
                conf[fam] = "enabled" if on else "disabled"
            if cur[fam] != on:
                self._set_bound(inst, on)
                inst.since = self.clock.now
            return
        if temporary:
            inst.temporary = on
        else:
            inst.enabled, inst.temporary = on, None
        want = "online" if self.is_enabled(inst) else "disabled"
        if inst.state in ("maintenance", "degraded") and on:
            return                       # enabling does not clear maintenance
        if inst.state != want:
            inst.state = want
            inst.since = self.clock.now
            self._method(inst)
            self._emit(inst)

    def _set_bound(self, inst: Instance, on: bool) -> None:
        ip = self.host.ip
        fam = int(inst.bind[-1])
        if inst.bind.startswith("forwarding"):
            ip.set_forwarding(fam, on)
        else:
            ip.routing[fam] = on
        self._emit(inst)

    def apply_ip(self, kind: str, family: int, on: bool) -> None:
        """routeadm -u: the kernel (and the bound instance) follows the configuration."""
        inst = next((i for i in self.instances.values() if i.bind == f"{kind}{family}"), None)
        ip = self.host.ip
        cur = ip.forwarding if kind == "forwarding" else ip.routing
        if cur[family] == on:
            return
        if inst is not None:
            self._set_bound(inst, on)
            inst.since = self.clock.now
        elif kind == "forwarding":
            ip.set_forwarding(family, on)
        else:
            ip.routing[family] = on

    def restart(self, inst: Instance) -> None:
        if self.state(inst) == "online":
            inst.since = self.clock.now
            self._method(inst)
            self._emit(inst)

    def _method(self, inst: Instance) -> None:
        """What an instance's start and stop methods change in the rest of the model: IP Filter
        loads its NAT rules, and a failed load leaves the service in maintenance."""
        if inst.fmri != IPFILTER:
            return
        from vshell.model import ipfilter
        if inst.state == "online":
            if ipfilter.start(self.host, self.clock, self.streams) is not None:
                inst.state = "maintenance"
        else:
            ipfilter.stop(self.host)

    def clear(self, inst: Instance) -> None:
        if self.state(inst) not in ("maintenance", "degraded"):
            raise SvcError("NOT_MAINT", fmri=inst.fmri)
        inst.state = "online" if self.is_enabled(inst) else "disabled"
        inst.since = self.clock.now
        self._method(inst)
        self._emit(inst)

    def snapshot(self) -> tuple:
        return (repr(sorted((k, repr(v)) for k, v in self.instances.items())), repr(sorted(self.props.items())),
                repr(sorted(self.explicit)))

    def _emit(self, inst: Instance) -> None:
        if self.events is not None:
            self.events.emit("svc.state", self.host.name, inst.fmri, state=self.state(inst))
