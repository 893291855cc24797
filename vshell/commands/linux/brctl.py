"""brctl (bridge-utils) over the host's netdevs.

The front end is brctl.c's: getopt_long("Vh", --help, --version) over the whole line (GNU
permutation, so `brctl show -h` is help), the first operand names the command by exact strcmp,
and only a minimum number of words is checked. The command table (names, minimum words, help
texts per bridge-utils version) is declared in grammar/brctl.toml. Each command's words and
streams are brctl_cmd.c's and brctl_disp.c's (linux-obp.md §2); the kernel's answers are the
model's NetError codes, worded by glibc's strerror.

The version is the host release's `brctl` (1.1 on Oracle VM Server 2, 1.2 on 3, 1.5 on the
Debian 7 KVM host); what changed between versions is in VERSIONED below, never tested inline."""
from __future__ import annotations

import math
import re

from vshell import messages
from vshell.commands.errno import glibc
from vshell.data import load_toml
from vshell.model.netdevs import NetError

PACKAGE = "bridge-utils"


# behaviours by the first bridge-utils version that has them
VERSIONED = {
    # brctl.c: `never heard of command [%s]` is given argv[1] after the shift (the word after
    # the command, "(null)" when there is none) until commit c7ed099 (2011, after 1.5)
    "unknown_command_names_command": "1.6",
    # brctl_cmd.c: `show` takes bridge names (commit fcaf399, 1.5)
    "show_operands": "1.5",
    # commit 821a735 (1.6): show prints its header before the first good bridge and names a
    # bad one (`bridge %s does not exist!`); showstp the same words
    "show_lazy_header": "1.6",
    # brctl_disp.c prints a port's hairpin mode after its flags (1.5, with the hairpin command)
    "hairpin_line": "1.5",
    # commit bfa6841 (2020, 1.7): "add it to bridge", "a bridge device to a bridge device",
    # "is not a port of"
    "port_wording": "1.7",
}


def _v(s: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", str(s)))


class Brctl:
    def __init__(self, ctx):
        self.ctx = ctx
        self.version = str(ctx.host.release.get("brctl") or "1.2")
        self.nd = ctx.host.netdevs
        self.root = ctx.user.uid == 0
        self.table = _table(self.version)

    def has(self, feature: str) -> bool:
        return _v(self.version) >= _v(VERSIONED[feature])

    # output ------------------------------------------------------------------------------------
    def out(self, text: str) -> None:
        self.ctx.out(text)

    def err(self, text: str) -> None:
        self.ctx.err(text)

    def help(self) -> None:
        lines = ["Usage: brctl [commands]\n", "commands:\n"]
        lines += [f"\t{name:<10}\t{help_}\n" for name, (_, help_) in self.table.items()]
        self.out("".join(lines))

    # the front end -----------------------------------------------------------------------------
    def main(self, argv: list[str]) -> int:
        operands: list[str] = []
        i = 0
        while i < len(argv):
            a = argv[i]
            i += 1
            if a == "--":
                operands += argv[i:]
                break
            if a.startswith("--"):
                act = self._long(a)
                if act is None:
                    continue
                return act
            if a.startswith("-") and a != "-":
                for c in a[1:]:
                    if c == "h":
                        self.help()
                        return 0
                    if c == "V":
                        self.out(messages.text("brctl.version", package=PACKAGE, version=self.version) + "\n")
                        return 0
                    return self._bad_option(messages.text("getopt.gnu-illegal", cmd="brctl", opt=c))
                continue
            operands.append(a)
        if not operands:
            self.help()
            return 1
        name = operands[0]
        entry = self.table.get(name)
        if entry is None:
            shown = name if self.has("unknown_command_names_command") else (
                operands[1] if len(operands) > 1 else "(null)")
            self.err(f"never heard of command [{shown}]\n")
            self.help()
            return 1
        nargs, help_ = entry
        if len(operands) < nargs + 1:
            self.out("Incorrect number of arguments for command\n"
                     f"Usage: brctl {name} {help_}\n")
            return 1
        return getattr(self, "cmd_" + name)(operands)

    def _long(self, a: str) -> int | None:
        name, eq, _ = a[2:].partition("=")
        hits = [n for n in ("help", "version") if n.startswith(name)] if name else []
        if len(hits) != 1 or not name:
            key = "getopt.gnu-ambiguous" if len(hits) > 1 else "getopt.gnu-unrecognized"
            return self._bad_option(messages.text(key, cmd="brctl", opt=a))
        if eq:
            return self._bad_option(messages.text("brctl.getopt-long-no-arg", cmd="brctl",
                                                  opt="--" + hits[0]))
        if hits[0] == "help":
            self.help()
            return 0
        self.out(messages.text("brctl.version", package=PACKAGE, version=self.version) + "\n")
        return 0

    def _bad_option(self, getopt_line: str) -> int:
        # getopt_long speaks first; brctl then prints the '?' it was handed
        self.err(getopt_line + "\n")
        self.err("Unknown option '?'\n")
        self.help()
        return 1

    # the kernel's answers ----------------------------------------------------------------------
    def strerror(self, e: NetError) -> str:
        if e.code == "EOPNOTSUPP":
            return messages.text("brctl.errno-not-bridge")
        return glibc(e.code)

    def _eperm(self) -> NetError:
        return NetError("EPERM")

    def _exists(self, name: str) -> bool:
        return name in self.nd.devs

    def _bridge(self, name: str):
        """The bridge the ioctls are sent to: ENODEV if no device has the name, EOPNOTSUPP if
        it is not a bridge."""
        dev = self.nd.devs.get(name)
        if dev is None:
            raise NetError("ENODEV", dev=name)
        if dev.kind != "bridge":
            raise NetError("EOPNOTSUPP", dev=name)
        return dev

    # commands ----------------------------------------------------------------------------------
    def cmd_addbr(self, argv: list[str]) -> int:
        name = argv[1]
        try:
            if not self.root:
                raise self._eperm()
            # SIOCBRADDBR copies IFNAMSIZ-1 bytes of the name
            self.nd.add_bridge(name[:15])
        except NetError as e:
            if e.code == "EEXIST":
                self.err(f"device {name} already exists; can't create bridge with the same name\n")
            else:
                self.err(f"add bridge failed: {self._perm_or(e)}\n")
            return 1
        return 0

    def _perm_or(self, e: NetError) -> str:
        if e.code == "EPERM" and not self.root:
            return messages.text("brctl.errno-not-root")
        return self.strerror(e)

    def cmd_delbr(self, argv: list[str]) -> int:
        name = argv[1]
        try:
            if not self.root:
                raise self._eperm()
            self.nd.delete_bridge(name)
        except NetError as e:
            self.err(delbr_words(e.code, name, self._perm_or(e)) + "\n")
            return 1
        return 0

    def cmd_addif(self, argv: list[str]) -> int:
        br = argv[1]
        port_words = self.has("port_wording")
        for ifname in argv[2:]:
            try:
                if not self._exists(ifname):
                    raise NetError("ENODEV", dev=ifname, missing="interface")
                if not self.root:
                    raise self._eperm()
                self.nd.bridge_addif(br, ifname)
                continue
            except NetError as e:
                self.err(addif_words(e.code, ifname, br, port_words, self._exists(ifname),
                                     self._perm_or(e)) + "\n")
                return 1
        return 0

    def cmd_delif(self, argv: list[str]) -> int:
        br = argv[1]
        for ifname in argv[2:]:
            try:
                if not self._exists(ifname):
                    raise NetError("ENODEV", dev=ifname, missing="interface")
                if not self.root:
                    raise self._eperm()
                self.nd.bridge_delif(br, ifname)
                continue
            except NetError as e:
                if e.code == "ENODEV":
                    self.err(f"interface {ifname} does not exist!\n" if not self._exists(ifname)
                             else f"bridge {br} does not exist!\n")
                elif e.code == "EINVAL":
                    what = "a port" if self.has("port_wording") else "a slave"
                    self.err(f"device {ifname} is not {what} of {br}\n")
                else:
                    self.err(f"can't delete {ifname} from {br}: {self._perm_or(e)}\n")
                return 1
        return 0

    def _set_time(self, argv: list[str], param: str, bad: str, failed: str) -> int:
        secs = sscanf_lf(argv[2])
        if secs is None:
            self.err(bad + "\n")
            return 1
        try:
            if not self.root:
                raise self._eperm()
            self._bridge(argv[1])
            if not math.isfinite(secs) or secs < 0:
                raise NetError("EINVAL", dev=argv[1])     # unverified: brctl.errno-bad-time
            self.nd.set_bridge_param(argv[1], param, to_centiseconds(secs) / 100)
        except NetError as e:
            why = messages.text("brctl.errno-bad-time") if e.code == "EINVAL" else self._perm_or(e)
            self.err(f"{failed} failed: {why}\n")
            return 1
        return 0

    def cmd_setageing(self, argv):
        return self._set_time(argv, "ageing", "bad ageing time value", "set ageing time")

    def cmd_setfd(self, argv):
        return self._set_time(argv, "forward_delay", "bad forward delay value", "set forward delay")

    def cmd_sethello(self, argv):
        return self._set_time(argv, "hello", "bad hello timer value", "set hello timer")

    def cmd_setmaxage(self, argv):
        return self._set_time(argv, "max_age", "bad max age value", "set max age")

    def cmd_setbridgeprio(self, argv):
        prio = sscanf_i(argv[2])
        if prio is None:
            self.err("bad priority\n")
            return 1
        try:
            if not self.root:
                raise self._eperm()
            self._bridge(argv[1])
            # the kernel keeps a 16-bit priority (br_stp_set_bridge_priority takes a u16)
            self.nd.set_bridge_param(argv[1], "priority", prio & 0xFFFF)
        except NetError as e:
            self.err(f"set bridge priority failed: {self._perm_or(e)}\n")
            return 1
        return 0

    def _port_param(self, argv, what: str, value: int) -> None:
        br, port = argv[1], argv[2]
        if not self._exists(port):
            raise NetError("ENODEV", dev=port)
        if not self.root:
            raise self._eperm()
        self._bridge(br)
        if port not in self.nd.devs[br].bridge.ports:
            raise NetError("EINVAL", dev=port, bridge=br)
        self.nd.set_port_param(br, port, what, value)      # the model checks the 6-bit priority

    def cmd_setpathcost(self, argv):
        cost = sscanf_i(argv[3])
        if cost is None:
            self.err("bad path cost value\n")
            return 1
        try:
            self._port_param(argv, "cost", cost)
        except NetError as e:
            self.err(f"set path cost failed: {self._perm_or(e)}\n")
            return 1
        return 0

    def cmd_setportprio(self, argv):
        prio = sscanf_i(argv[3])
        if prio is None:
            self.err("bad path priority value\n")
            return 1
        try:
            self._port_param(argv, "priority", prio)
        except NetError as e:
            self.err(f"set port priority failed: {self._perm_or(e)}\n")
            return 1
        return 0

    def cmd_stp(self, argv):
        on = on_off(argv[2])
        if on is None:
            self.err("expect on/off for argument\n")
            return 1
        try:
            if not self.root:
                raise self._eperm()
            self._bridge(argv[1])
            self.nd.set_stp(argv[1], on)
        except NetError as e:
            self.err(f"set stp status failed: {self._perm_or(e)}\n")
            return 1
        return 0

    def cmd_hairpin(self, argv):
        br, port = argv[1], argv[2]
        on = on_off(argv[3])
        if on is None:
            self.err("expect on/off for argument\n")
            return 1
        if not self._exists(port):
            self.err(f"interface {port} does not exist!\n")
            return 1
        if not self._exists(br):
            self.err(f"bridge {br} does not exist!\n")
            return 1
        try:
            if not self.root:
                raise self._eperm()
            self._bridge(br)
            if port not in self.nd.devs[br].bridge.ports:
                raise NetError("EINVAL", dev=port, bridge=br)
            self.nd.set_port_param(br, port, "hairpin", on)
        except NetError as e:
            why = messages.text("brctl.errno-not-port") if e.code == "EINVAL" else self._perm_or(e)
            self.err(f"can't set {port} to hairpin on bridge {br}: {why}\n")
            return 1
        return 0

    # displays ----------------------------------------------------------------------------------
    def bridges(self) -> list[str]:
        """br_foreach_bridge: /sys/class/net's bridges in alphasort order."""
        return sorted((d.name for d in self.nd.devs.values() if d.kind == "bridge"), key=_c_sort)

    def ports(self, br) -> list[str]:
        """br_foreach_port: /sys/class/net/<br>/brif in alphasort order."""
        return sorted(br.bridge.ports, key=_c_sort)

    def _show_line(self, br) -> str:
        ports = ("\n" + "\t" * 7).join(self.ports(br))
        stp = "yes" if br.bridge.stp else "no"
        return f"{self.nd.bridge_id(br)}\t{stp}\t\t{ports}\n"

    def cmd_show(self, argv):
        header = "bridge name\tbridge id\t\tSTP enabled\tinterfaces\n"
        names = argv[1:] if self.has("show_operands") and len(argv) > 1 else None
        if self.has("show_lazy_header"):
            errs = 0
            shown = False
            for name in names if names is not None else self.bridges():
                dev = self.nd.devs.get(name)
                if dev is None or dev.kind != "bridge":
                    self.err(f"bridge {name} does not exist!\n" if dev is None
                             else f"device {name} is not a bridge!\n")
                    errs += 1
                    continue
                if not shown:
                    self.out(header)
                    shown = True
                self.out(f"{name}\t\t" + self._show_line(dev))
            return 1 if errs else 0
        self.out(header)
        for name in names if names is not None else self.bridges():
            # the name is flushed before the bridge is asked for its info
            self.out(f"{name}\t\t")
            try:
                dev = self._bridge(name)
            except NetError as e:
                self.err(f"can't get info {self.strerror(e)}\n")
                continue
            self.out(self._show_line(dev))
        # 1.5 returns 0 whatever show_bridge said (errors counted from 821a735 on)  # unverified
        return 0

    def cmd_showmacs(self, argv):
        try:
            br = self._bridge(argv[1])
        except NetError as e:
            self.err(f"read of forward table failed: {self.strerror(e)}\n")
            return 1
        rows = ["port no\tmac addr\t\tis local?\tageing timer\n"]
        for no, mac, local, age in self.nd.fdb(br):
            rows.append(f"{no:3d}\t{mac}\t{'yes' if local else 'no'}\t\t{timer(age)}\n")
        self.out("".join(rows))
        return 0

    def cmd_showstp(self, argv):
        name = argv[1]
        try:
            br = self._bridge(name)
        except NetError as e:
            if self.has("show_lazy_header"):
                self.err(f"bridge {name} does not exist!\n" if e.code == "ENODEV"
                         else f"device {name} is not a bridge!\n")
            else:
                self.err(f"{name}: can't get info {self.strerror(e)}\n")
            return 1
        self.out(render_showstp(self.nd, br, self.ports(br), self.has("hairpin_line")))
        return 0


# the table, per version ----------------------------------------------------------------------
_TABLES: dict[str, dict[str, tuple[int, str]]] = {}


def _table(version: str) -> dict[str, tuple[int, str]]:
    """name -> (minimum words, help text) of the commands this version has, in commands[]
    order (grammar/brctl.toml)."""
    t = _TABLES.get(version)
    if t is None:
        decl = load_toml("grammar", "brctl.toml")
        t = {}
        for name, c in decl["commands"].items():
            helps = sorted(((_v(k), text) for k, text in c["help"].items()), key=lambda kv: kv[0])
            have = [text for since, text in helps if since <= _v(version)]
            if have:
                t[name] = (int(c["nargs"]), have[-1])
        _TABLES[version] = t
    return t


# C library parsing ----------------------------------------------------------------------------
_LF = re.compile(r"\s*([+-]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?"
                 r"|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan))", re.I)
_I = re.compile(r"\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)")


def sscanf_lf(s: str) -> float | None:
    """sscanf("%lf"): the longest number at the start (after blanks); trailing text ignored."""
    m = _LF.match(s)
    if not m:
        return None
    text = m.group(1)
    try:
        if "x" in text.lower() and "inf" not in text.lower():
            sign = -1.0 if text.startswith("-") else 1.0
            body = text.lstrip("+-")
            if "p" not in body.lower():
                body += "p0"
            return sign * float.fromhex(body)
        return float(text)
    except ValueError:
        return None


def sscanf_i(s: str) -> int | None:
    """sscanf("%i") into an int: decimal, 0x hex or 0 octal, wrapped to 32 bits."""
    m = _I.match(s)
    if not m:
        return None
    sign, digits = m.groups()
    base = 16 if digits[:2].lower() == "0x" else 8 if digits.startswith("0") and len(digits) > 1 else 10
    v = int(digits, base) * (-1 if sign == "-" else 1)
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >= 1 << 31 else v


def on_off(word: str) -> bool | None:
    if word in ("on", "yes", "1"):
        return True
    if word in ("off", "no", "0"):
        return False
    return None


def to_centiseconds(secs: float) -> int:
    """strtotimeval then __tv_to_jiffies (USER_HZ): whole seconds and microseconds, truncated."""
    tv_sec = int(secs)
    tv_usec = int(1000000 * (secs - tv_sec))
    return (1000000 * tv_sec + tv_usec) // 10000


def timer(secs: float) -> str:
    """br_show_timer: "%4i.%.2i" of seconds and hundredths."""
    cs = int(round(secs * 100))
    return f"{cs // 100:4d}.{cs % 100:02d}"


def _c_sort(name: str) -> bytes:
    return name.encode()


# refusals the network scripts also show (ifup-eth and ifdown-eth run brctl) ------------------------
def addif_words(code: str, ifname: str, br: str, port_words: bool, ifname_exists: bool, reason: str) -> str:
    if code == "ENODEV":
        return f"interface {ifname} does not exist!" if not ifname_exists else f"bridge {br} does not exist!"
    if code == "EBUSY":
        verb = "add it to" if port_words else "enslave it to"
        return f"device {ifname} is already a member of a bridge; can't {verb} bridge {br}."
    if code == "ELOOP":
        verb = "add" if port_words else "enslave"
        return f"device {ifname} is a bridge device itself; can't {verb} a bridge device to a bridge device."
    return f"can't add {ifname} to bridge {br}: {reason}"


def delbr_words(code: str, name: str, reason: str) -> str:
    if code == "ENXIO":
        return f"bridge {name} doesn't exist; can't delete it"
    if code == "EBUSY":
        return f"bridge {name} is still up; can't delete it"
    return f"can't delete bridge {name}: {reason}"


def port_wording(release) -> bool:
    """Whether this release's brctl says `add it to` (1.7) rather than `enslave it to`."""
    return _v(str(release.get("brctl", "1.1"))) >= _v(VERSIONED["port_wording"])


# showstp -----------------------------------------------------------------------------------------
def port_id(p) -> int:
    """The port id: priority above the BR_PORT_BITS (10) bits of the port number."""
    return (p.priority << 10 | p.no) & 0xFFFF


def render_showstp(nd, br, ports: list[str], hairpin_line: bool) -> str:
    b = br.bridge
    now = nd.clock.now
    bid = nd.bridge_id(br)
    up = br.up and b.up_since is not None
    elapsed = now - b.up_since if up else 0.0
    # the bridge is always its own root here (no BPDUs from outside reach a dom0's bridge), so
    # the timers in use are the bridge's own; the hello timer runs while STP sends BPDUs and the
    # gc timer every tenth of a second (2.6.18 br_fdb_cleanup)  # unverified for later kernels
    hello_t = b.hello - (elapsed % b.hello) if up and b.stp and b.hello > 0 else 0.0
    gc_cs = 10 - int(round(elapsed * 100)) % 10 if up else 0
    # a port turning forwarding under STP is a topology change; the root bridge flags it for
    # bridge max age + forward delay (br_topology_change_detection)
    tc_left = 0.0
    if up and b.stp:
        for name in b.ports:
            p = b.ports[name]
            if nd.port_state(br, name) != "forwarding":
                continue
            start = max(p.since, b.up_since or 0.0)
            since_fwd = now - (start + 2 * b.forward_delay)
            window = b.max_age + b.forward_delay
            if 0 <= since_fwd < window:
                tc_left = max(tc_left, window - since_fwd)
    flags = "TOPOLOGY_CHANGE TOPOLOGY_CHANGE_DETECTED " if tc_left > 0 else ""
    out = [
        f"{br.name}\n",
        f" bridge id\t\t{bid}\n",
        f" designated root\t{bid}\n",
        f" root port\t\t{0:4d}\t\t\tpath cost\t\t{0:4d}\n",
        f" max age\t\t{timer(b.max_age)}\t\t\tbridge max age\t\t{timer(b.max_age)}\n",
        f" hello time\t\t{timer(b.hello)}\t\t\tbridge hello time\t{timer(b.hello)}\n",
        f" forward delay\t\t{timer(b.forward_delay)}\t\t\tbridge forward delay\t{timer(b.forward_delay)}\n",
        f" ageing time\t\t{timer(b.ageing)}\n",
        f" hello timer\t\t{timer(hello_t)}\t\t\ttcn timer\t\t{timer(0)}\n",
        f" topology change timer\t{timer(tc_left)}\t\t\tgc timer\t\t{timer(gc_cs / 100)}\n",
        f" flags\t\t\t{flags}\n",
        "\n",
        "\n",
    ]
    for name in ports:
        p = b.ports[name]
        state = nd.port_state(br, name)
        fd_left = 0.0
        if state in ("listening", "learning"):
            start = max(p.since, b.up_since or 0.0)
            waited = now - start
            fd_left = (b.forward_delay if state == "listening" else 2 * b.forward_delay) - waited
        pid = port_id(p)
        cost = p.cost if -(1 << 31) <= p.cost < 1 << 31 else 0
        out += [
            f"{name} ({p.no})\n",
            f" port id\t\t{pid:04x}\t\t\tstate\t\t{state:>15}\n",
            f" designated root\t{bid}\tpath cost\t\t{cost:4d}\n",
            f" designated bridge\t{bid}\tmessage age timer\t{timer(0)}\n",
            f" designated port\t{pid:04x}\t\t\tforward delay timer\t{timer(max(fd_left, 0.0))}\n",
            f" designated cost\t{0:4d}\t\t\thold timer\t\t{timer(0)}\n",
            " flags\t\t\t",
        ]
        if hairpin_line and p.hairpin:
            out.append(f"\n hairpin mode\t\t{1:4d}")
        out.append("\n\n")
    return "".join(out)


def main(ctx) -> int:
    if ctx.host.netdevs is None:
        from vshell.commands import not_simulated
        return not_simulated(ctx, "brctl on this host")
    return Brctl(ctx).main(list(ctx.argv[1:]))
