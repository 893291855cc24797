"""RHEL's network scripts (initscripts: /etc/init.d/network, ifup, ifup-eth, ifup-aliases,
ifdown, ifdown-eth) as a model: they read the ifcfg-* files and /etc/modprobe.conf from the
host's file system and apply them to its netdevs, the way RHEL5 (Oracle VM Server 2) and
RHEL6 (Oracle VM Server 3) do (linux-obp.md §6).

What they would print is returned as notes (`Note(kind, info)`), never as text: the commands
(ifup, ifdown, service network) say them in the scripts' words."""
from __future__ import annotations

import ipaddress
import re
import shlex
from dataclasses import dataclass, field

from vshell.model.netdevs import NetError
from vshell.model.vfs import FsError

SCRIPTS = "/etc/sysconfig/network-scripts"
_IGNORED = re.compile(r"(~|\.bak|\.orig|\.rpmnew|\.rpmorig|\.rpmsave)$")
_NAME = re.compile(r"^ifcfg-[A-Za-z0-9#._-]+$")
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# ifup's names for a VLAN device: the RHEL5 pattern (eth, hsi and bond parents), RHEL6's any
_VLAN_NAME = {"rhel5": re.compile(r"^(eth|hsi|bond)[0-9]+\.[0-9]{1,4}$"),
              "rhel6": re.compile(r"^[a-z0-9]+\.[0-9]{1,4}$")}


@dataclass
class Note:
    kind: str            # what happened: see the commands' texts for each kind
    info: dict = field(default_factory=dict)
    stream: str = "stdout"


@dataclass
class Result:
    status: int = 0
    notes: list[Note] = field(default_factory=list)

    def note(self, kind: str, stream: str = "stdout", **info) -> "Result":
        self.notes.append(Note(kind, info, stream))
        return self

    def fail(self, kind: str, stream: str = "stdout", **info) -> "Result":
        self.status = 1
        return self.note(kind, stream, **info)


# reading the files -------------------------------------------------------------------------
def source(text: str, path: str, res: Result | None = None) -> dict:
    """The variables a file sets when bash sources it: assignments (quotes removed); a word
    that is not an assignment is a command bash cannot find; a redirection with no target is
    a syntax error that ends the file there."""
    env: dict[str, str] = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        unquoted = re.sub(r"\"[^\"]*\"|'[^']*'", "", line)
        if re.search(r"[<>]\s*$", unquoted) or re.search(r"[<>]\s*[<>]", unquoted):
            if res is not None:
                res.note("syntax-error", "stderr", path=path, line=lineno, token="newline", text=raw)
            break
        try:
            words = shlex.split(line, comments=True)
        except ValueError:
            if res is not None:
                res.note("syntax-eof", "stderr", path=path, line=lineno)
            break
        assigned = {}
        command = None
        for w in words:
            key, eq, value = w.partition("=")
            if command is None and eq and _KEY.match(key):
                assigned[key] = value
            elif command is None:
                command = w
        if command is None:
            env.update(assigned)
        elif res is not None:
            res.note("command-not-found", "stderr", path=path, line=lineno, word=command)
    return env


def config_files(fs) -> list[str]:
    try:
        names = fs.listdir(SCRIPTS)
    except FsError:
        return []
    return [n for n in names if _NAME.match(n) and not _IGNORED.search(n)]


def interfaces(fs) -> list[str]:
    """The network script's list: ifcfg-* names without ifcfg-lo, aliases and ranges, sorted
    as `sed 's/[0-9]/ &/' | sort -k 1,1 -k 2n` sorts them."""
    # sed '/\(ifcfg-lo\|:\|ifcfg-.*-range\)/d' (8.45 and 9.03)
    names = [n[len("ifcfg-"):] for n in config_files(fs)
             if not re.search(r"ifcfg-lo|:|ifcfg-.*-range", n)]

    def key(name: str):
        m = re.search(r"[0-9]", name)
        head, rest = (name[:m.start()], name[m.start():]) if m else (name, "")
        num = re.match(r"[0-9]*\.?[0-9]*", rest).group(0)
        try:
            value = float(num) if num not in ("", ".") else 0.0
        except ValueError:
            value = 0.0
        return (head.encode(), value, (head + " " + rest).encode())
    return sorted(names, key=key)


def modprobe(fs) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(aliases, options per module) from /etc/modprobe.conf and /etc/modprobe.d/*."""
    paths = ["/etc/modprobe.conf"]
    try:
        paths += [f"/etc/modprobe.d/{n}" for n in sorted(fs.listdir("/etc/modprobe.d"))]
    except FsError:
        pass
    texts = []
    for path in paths:
        try:
            texts.append(fs.read(path))
        except FsError:
            pass
    aliases: dict[str, str] = {}
    options: dict[str, dict[str, str]] = {}
    for text in texts:
        for line in text.splitlines():
            words = line.split("#")[0].split()
            if len(words) >= 3 and words[0] == "alias":
                aliases[words[1]] = words[2]
            elif len(words) >= 2 and words[0] == "options":
                opts = options.setdefault(words[1], {})
                for w in words[2:]:
                    k, _, v = w.partition("=")
                    opts[k] = v
    return aliases, options


class Scripts:
    """The scripts on one host, at one moment (they read the files each time they run)."""

    def __init__(self, host):
        self.host = host
        self.fs = host.fs
        self.nd = host.netdevs
        self.style = host.release.get("initscripts", "rhel5")

    # configurations ------------------------------------------------------------------------
    def find_config(self, name: str) -> str | None:
        """need_config: ifcfg-NAME, else the file whose DEVICE= names it."""
        name = name.split("/")[-1]
        if name.startswith("ifcfg-"):
            name = name[len("ifcfg-"):]
        path = f"{SCRIPTS}/ifcfg-{name}"
        if self.fs.exists(path):
            return path
        for f in config_files(self.fs):
            if source(self.fs.read(f"{SCRIPTS}/{f}"), "").get("DEVICE") == name:
                return f"{SCRIPTS}/{f}"
        return None

    def load(self, path: str, res: Result | None = None) -> dict:
        """The file's variables. ifup does not default DEVICE (initscripts 8.45/9.03): a file
        without it names no device; only the network script falls back to the file's name."""
        cfg = source(self.fs.read(path), path, res)
        cfg.setdefault("DEVICE", "")
        return cfg

    def device_of(self, name: str) -> str:
        return self.load(f"{SCRIPTS}/ifcfg-{name}").get("DEVICE") or name

    def _yes(self, value: str | None) -> bool:
        return (value or "").strip().lower() in ("yes", "true", "1", "y")

    def onboot(self, path: str) -> bool:
        """The network script's test: a line ONBOOT=no (any case, quoted or not) keeps the
        interface down; anything else, or no such line, brings it up."""
        return re.search(r"^ONBOOT=['\"]?[Nn][Oo]['\"]?", self.fs.read(path), re.M) is None

    # modules -----------------------------------------------------------------------------------
    def _bond_available(self, name: str, res: Result) -> bool:
        """is_available for a bond: RHEL5 loads the module its modprobe alias names (the
        module makes max_bonds bonds at load); RHEL6 asks bonding_masters for it."""
        if name in self.nd.devs:
            return True
        aliases, options = modprobe(self.fs)
        if self.style == "rhel6":
            # install_bonding_driver: modprobe bonding, then echo +NAME > bonding_masters
            self.load_bonding(options.get("bonding", {}), make=False)
            try:
                self.nd.add_bond(name)
            except NetError:
                return False
            self._apply_module_defaults(name, options.get("bonding", {}))
            return True
        if aliases.get(name) != "bonding":
            return False
        if not self.nd.bonding_loaded:
            self.load_bonding(options.get("bonding", {}))
        return name in self.nd.devs

    def load_bonding(self, opts: dict, make: bool = True) -> None:
        """modprobe bonding: max_bonds bonds (one by default) with the module's options."""
        if self.nd.bonding_loaded:
            return
        self.nd.bonding_loaded = True
        try:
            count = int(opts.get("max_bonds", 1))
        except ValueError:
            count = 1
        self.nd.max_bonds = count
        for i in range(count if make else 0):
            if f"bond{i}" not in self.nd.devs:
                self.nd.add_bond(f"bond{i}")
                self._apply_module_defaults(f"bond{i}", opts)

    def _apply_module_defaults(self, name: str, opts: dict) -> None:
        for k, v in opts.items():
            if k != "max_bonds":
                try:
                    self.nd.bond_param(name, k, v)
                except NetError:
                    pass

    # ifup ----------------------------------------------------------------------------------------
    def ifup(self, name: str, user=None) -> Result:
        """ifup and ifup-eth, in 9.03's order: the bridge itself, the device's presence, the
        MAC check, a slave (enslaved through sysfs, silently), a bond master (its options,
        then its slaves), a bridge port, then addresses and the aliases (ifup-post)."""
        res = Result()
        path = self.find_config(name)
        if path is None:
            return res.fail("no-config", "stderr", name=name)
        cfg = self.load(path, res)
        if user is not None and user.uid != 0 and not self._yes(cfg.get("USERCTL")):
            return res.fail("users-cannot", "stderr")
        dev = cfg["DEVICE"]
        if ":" in dev:
            return self._up_alias(dev, cfg, res)
        if self._yes(cfg.get("VLAN")) and not self._vlan(dev, cfg, res):
            return res
        if cfg.get("TYPE") == "Bridge" and dev:
            if dev not in self.nd.devs:
                if not self._try(res, self.nd.add_bridge, dev):
                    return res
            if cfg.get("DELAY"):
                try:
                    self.nd.set_bridge_param(dev, "forward_delay", float(cfg["DELAY"]))
                except (ValueError, NetError):
                    pass
            if cfg.get("STP"):
                self.nd.set_stp(dev, cfg["STP"].lower() in ("on", "yes", "1"))
        bond = "BONDING_OPTS" in cfg or cfg.get("TYPE") == "Bonding" or self._is_bond_name(dev)
        if bond and dev not in self.nd.devs:
            self._bond_available(dev, res)
        if dev not in self.nd.devs:
            aliases, _ = modprobe(self.fs)
            return res.fail("not-present", dev=dev, alias=aliases.get(dev, ""))
        nd = self.nd.devs[dev]
        hw = cfg.get("HWADDR", "").strip().lower()
        if hw and nd.kind == "ether" and hw != nd.mac:
            return res.fail("different-mac", dev=dev)
        if cfg.get("MTU"):
            self._try(res, self.nd.set_mtu, dev, int(cfg["MTU"]) if cfg["MTU"].isdigit() else 0)
        if self._yes(cfg.get("SLAVE")) and cfg.get("MASTER"):
            master = self.nd.devs.get(cfg["MASTER"])
            # echo +DEV > .../bonding/slaves 2>/dev/null: a missing or down bond refuses unseen
            if master is not None and master.kind == "bond" and master.up and nd.master != master.name:
                nd.addrs.clear()
                self.nd.set_up(dev, False)
                try:
                    self.nd.enslave(master.name, dev)
                except NetError:
                    pass
            return res
        if nd.kind == "bond":
            self._up_bond(dev, cfg, res)
        if cfg.get("BRIDGE"):
            br = cfg["BRIDGE"]
            if br not in self.nd.devs:
                try:
                    self.nd.add_bridge(br)
                except NetError:
                    pass                                   # brctl addbr 2>/dev/null
            nd.addrs.clear()
            self.nd.set_up(dev)
            try:
                self.nd.bridge_addif(br, dev)
            except NetError as e:
                # brctl's words show; the script exits 0 after it all the same
                res.note("brctl-addif", "stderr", **{**e.info, "bridge": br, "dev": dev, "code": e.code})
            return res
        self._addresses(dev, cfg, res)
        self._try(res, self.nd.set_up, dev)
        self._aliases(dev, res)
        return res

    def _is_bond_name(self, dev: str) -> bool:
        return re.fullmatch(r"bond[0-9]+", dev) is not None

    def _try(self, res: Result, fn, *args) -> bool:
        try:
            fn(*args)
            return True
        except NetError as e:
            res.fail("kernel", "stderr", **{**e.info, "code": e.code})
            return False

    def _vlan(self, dev: str, cfg: dict, res: Result) -> bool:
        """ifup's 802.1Q block: the 8021q module, the parent present and up, then `vconfig
        add` (whose words reach the terminal)."""
        m = _VLAN_NAME[self.style].match(dev)
        if m is None:
            return True                                     # VLAN=yes on another name: ignored
        phys, vid = dev.rsplit(".", 1)
        vid_n = int(vid)
        self.nd.vlan_loaded = True
        if phys not in self.nd.devs and phys.startswith("bond"):
            self._bond_available(phys, res)
        if phys not in self.nd.devs:
            aliases, _ = modprobe(self.fs)
            res.fail("not-present", dev=dev, alias=aliases.get(phys, ""))
            return False
        if not self.nd.devs[phys].up:
            self.nd.set_up(phys)
        if dev not in self.nd.devs:
            try:
                self.nd.add_vlan(phys, vid_n, dev)
            except NetError as e:
                res.note("vconfig-error", "stderr", vid=vid_n, phys=phys, code=e.code)
                res.fail("vlan-add-failed", vid=vid_n, dev=dev, phys=phys)
                return False
            res.note("vlan-added", vid=vid_n, phys=phys)
        return True

    def _up_bond(self, dev: str, cfg: dict, res: Result) -> None:
        """The bond down, BONDING_OPTS written to sysfs one by one (echo's refusals reach the
        terminal), the bond up, then `ifup` of every file whose MASTER= names it."""
        self.nd.set_up(dev, False)
        for arg in cfg.get("BONDING_OPTS", "").split():
            key, _, value = arg.partition("=")
            try:
                self.nd.bond_param(dev, key, value)
            except NetError as e:
                res.note("sysfs-write", "stderr", dev=dev, option=key, code=e.code)
            except ValueError:
                res.note("sysfs-write", "stderr", dev=dev, option=key, code="EINVAL")
        self.nd.set_up(dev)
        for f in config_files(self.fs):
            other = source(self.fs.read(f"{SCRIPTS}/{f}"), "")
            if other.get("MASTER") == dev and f != f"ifcfg-{dev}":
                sub = self.ifup(f)
                res.notes.extend(sub.notes)

    def _addresses(self, dev: str, cfg: dict, res: Result) -> None:
        if cfg.get("BOOTPROTO", "none").lower() in ("dhcp", "bootp"):
            res.fail("dhcp", dev=dev)           # no DHCP server answers in a world
            return
        addr = cfg.get("IPADDR")
        if not addr:
            return
        try:
            if cfg.get("PREFIX"):
                prefix = int(cfg["PREFIX"])
            elif cfg.get("NETMASK"):
                prefix = ipaddress.IPv4Network(f"0.0.0.0/{cfg['NETMASK']}").prefixlen
            else:
                prefix = None
            self.nd.set_addr(dev, addr, prefix, cfg.get("BROADCAST") or None)
        except (ValueError, NetError):
            res.fail("bad-address", "stderr", dev=dev, address=addr)

    def _up_alias(self, label: str, cfg: dict, res: Result) -> Result:
        parent = label.split(":")[0]
        if parent not in self.nd.devs:
            return res.fail("not-present", dev=label, alias="")
        self._addresses(label, cfg, res)
        return res

    def _aliases(self, dev: str, res: Result) -> None:
        """ifup-aliases: each ifcfg-DEV:N whose ONPARENT is not no."""
        try:
            names = sorted(self.fs.listdir(SCRIPTS))      # the glob ifcfg-DEV:*
        except FsError:
            names = []
        for f in names:
            if f.startswith(f"ifcfg-{dev}:") and not _IGNORED.search(f):
                cfg = self.load(f"{SCRIPTS}/{f}", res)
                if cfg.get("ONPARENT", "yes").lower() != "no":
                    cfg["DEVICE"] = f[len("ifcfg-"):]
                    self._addresses(cfg["DEVICE"], cfg, res)

    # ifdown -------------------------------------------------------------------------------------
    def ifdown(self, name: str, user=None) -> Result:
        """ifdown and ifdown-eth. A bridge port leaves its bridge (RHEL5's script stops
        there; RHEL6's goes on, and deletes the bridge when its last port left); a bond's
        slaves are brought down and released; a VLAN device is removed with `vconfig rem`,
        whose words reach the terminal; a bridge's own file only takes it down."""
        res = Result()
        path = self.find_config(name)
        if path is None:
            return res.fail("ifdown-usage", "stderr")
        cfg = self.load(path, res)
        if user is not None and user.uid != 0 and not self._yes(cfg.get("USERCTL")):
            return res.fail("users-cannot", "stderr")
        dev = cfg["DEVICE"]
        if ":" in dev:
            if dev.split(":")[0] in self.nd.devs:
                self.nd.del_addr(dev)
            return res
        nd = self.nd.devs.get(dev)
        if nd is None:
            return res
        bridge = cfg.get("BRIDGE")
        if bridge and self.style == "rhel5":
            self.nd.set_up(dev, False)
            if nd.master == bridge:
                self.nd.bridge_delif(bridge, dev)
            return res
        if nd.kind == "bond":
            for f in config_files(self.fs):
                other = source(self.fs.read(f"{SCRIPTS}/{f}"), "")
                if other.get("MASTER") == dev and f != f"ifcfg-{dev}":
                    res.notes.extend(self.ifdown(f).notes)
        if self._yes(cfg.get("SLAVE")) and cfg.get("MASTER") and nd.master == cfg["MASTER"]:
            self.nd.release_slave(cfg["MASTER"], dev)
        nd.addrs.clear()
        self.nd.set_up(dev, False)
        if bridge and nd.master == bridge:
            self.nd.bridge_delif(bridge, dev)
            br = self.nd.devs.get(bridge)
            if br is not None and not br.bridge.ports:
                try:
                    self.nd.delete_bridge(bridge)
                except NetError:
                    res.note("delbr-busy", "stderr", bridge=bridge)   # brctl delbr's words show
        if self._yes(cfg.get("VLAN")) and nd.kind == "vlan":
            self.nd.delete(dev)
            res.note("vlan-removed", dev=dev)
        return res

    def is_down(self, dev: str) -> bool:
        """check_device_down: a device that is not there, or not UP."""
        nd = self.nd.devs.get(dev)
        return nd is None or not nd.up

    # the network service ---------------------------------------------------------------------------
    def _classify(self) -> tuple[list[str], list[str], list[str], list[str]]:
        """(plain, vlans, bridges, slaves) as the network script sorts them; a file without
        DEVICE= stands for the device its name says, for this sorting only."""
        plain, vlans, bridges, slaves = [], [], [], []
        for i in interfaces(self.fs):
            cfg = self.load(f"{SCRIPTS}/ifcfg-{i}")
            dev = cfg["DEVICE"] or i
            if cfg.get("TYPE") == "Bridge":
                bridges.append(i)
            elif "." in dev or (self.style == "rhel6" and dev.startswith("vlan")):
                vlans.append(i)
            elif cfg.get("SLAVE") == "yes":
                slaves.append(i)
            else:
                plain.append(i)
        return plain, vlans, bridges, slaves

    def start(self) -> list[tuple[str, str, Result]]:
        """(action, interface, what ifup did): the loopback, then every ONBOOT interface
        that is neither a slave, a VLAN nor a bridge, then the VLANs, then the bridges."""
        steps = [("up-lo", "lo", self._up_lo())]
        plain, vlans, bridges, _ = self._classify()
        for i in plain + vlans + bridges:
            if not self.onboot(f"{SCRIPTS}/ifcfg-{i}"):
                continue
            res = self.ifup(i)
            steps.append(("up", i, res))
        return steps

    def stop(self) -> list[tuple[str, str, Result]]:
        """Bridges, VLANs, then the rest (each only if it is up), then the loopback."""
        plain, vlans, bridges, slaves = self._classify()
        rest = sorted(plain + slaves, key=lambda n: interfaces(self.fs).index(n))
        steps = []
        for i in bridges + vlans + rest:
            dev = self.device_of(i)
            if not self.is_down(dev):
                steps.append(("down", i, self.ifdown(i)))
        lo = self.nd.devs.get("lo")
        res = Result()
        if lo is not None:
            lo.addrs.clear()
            self.nd.set_up("lo", False)
        steps.append(("down-lo", "lo", res))
        return steps

    def _up_lo(self) -> Result:
        res = Result()
        if "lo" in self.nd.devs:
            self.nd.set_addr("lo", "127.0.0.1", 8)
            self.nd.set_up("lo")
        return res

    def configured(self) -> list[str]:
        """`service network status`: the devices with a configuration, lo first."""
        names = ["lo"] if self.fs.exists(f"{SCRIPTS}/ifcfg-lo") else []
        return names + interfaces(self.fs)

    def active(self) -> list[str]:
        return [d.name for d in self.nd.ordered() if d.up]


def boot(host) -> None:
    """The network service's start at boot, its words going to the console unseen."""
    Scripts(host).start()
