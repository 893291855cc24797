"""What zonecfg does with each command: the editing session of one zone (a working copy of its
configuration, the resource scope being edited, whether anything is uncommitted) over the
model's Zones. Texts are illumos zonecfg.c's (zones.md §1); the dialect says what differs.

The editor writes through `w` (out/err) and asks its y/n questions through `ask`, which the
interactive frame answers with a question frame and the other modes answer as a non-tty."""
from __future__ import annotations

import copy

import ipaddress

from vshell import messages
from vshell.commands.zonecfg import lexer, render, texts
from vshell.model import zones as zmodel
from vshell.model.zones import Config, Resource, ZoneError

STRERROR = {
    "NO_ZONE": "No such zone configured", "NO_ENTRY": "No such entry",
    "BOGUS_ZONE_NAME": "Bogus zone name", "REQD_RESOURCE_MISSING": "Required resource missing",
    "REQD_PROPERTY_MISSING": "Required property missing", "INVAL": "Invalid argument",
    "NO_RESOURCE_TYPE": "No such resource type", "NO_RESOURCE_ID": "No such resource with that id",
    "NO_PROPERTY_TYPE": "No such property type", "INSUFFICIENT_SPEC": "Insufficient specification",
    "CLEAR_DISALLOW": "Clearing this property is not allowed", "INCOMPATIBLE": "Incompatible settings",
    "BAD_PROPERTY": "Bad document property",
}
SIZE_SUFFIX = "KMGT"
ALIAS_LOW = {"max-lwps": 100, "max-processes": 100}      # libzonecfg aliases[].low_limit
# capped-memory's swap and locked, and capped-cpu's ncpus, are resource controls underneath
# (libzonecfg ALIAS_MAXSWAP, ALIAS_MAXLOCKEDMEM, ALIAS_CPUCAP): export writes them as `add rctl`
MCAP_RCTLS = {"swap": "zone.max-swap", "locked": "zone.max-locked-memory"}
CPU_CAP = "zone.cpu-cap"
DERIVED = ("capped-cpu", "capped-memory")


class Stop(Exception):
    """The command stream stops: a non-tty refusal that exits at once (hard), or an error in
    -f mode ("Bail out on an error in command file mode": time_to_exit, then cleanup)."""

    def __init__(self, hard: bool = True):
        super().__init__()
        self.hard = hard


class Editor:
    def __init__(self, zones, name: str, mode: str, w, ask=None, filename: str = ""):
        self.zones = zones
        self.dia = zones.dia
        self.cat = zmodel.catalogue()
        self.name = name
        self.mode = mode                  # interactive | cmdline | file | stdin (-f -)
        # zonecfg.c's two flags: "-f -" is "essentially the same as interactive mode" (cmd_file),
        # but its errors still say which line they are on
        self.interactive = mode in ("interactive", "stdin")
        self.cmd_file = mode in ("file", "stdin")
        self.filename = filename
        self.w = w
        self.ask = ask                    # ask(prompt, on_answer) or None (no terminal)
        z = zones.zones.get(name)
        self.cfg: Config | None = z.config.copy() if z else None
        self.origin = name if z else None   # the committed zone this edits (set zonename renames it)
        self.need_commit = False
        self.scope: list[tuple[Resource, int | None]] = []   # (resource, its index or None if new)
        self.saw_error = False
        self.exited = False               # the session is over (cleanup done, or exit(Z_ERR))
        self.time_to_exit = False         # exit asked for: cleanup() runs after the line
        self.force_exit = False
        self.lineno = 0
        self._line_reported = 0
        self.words = set(texts.ORDER) | {"?"}
        every = self.cat["globals"]["aliased_rctls"]
        self.aliases = [a for a in every if a in self.dia.get("aliases", every)]   # the release's zonecfg's

    # output ------------------------------------------------------------------------------
    def zerr(self, text: str) -> None:
        """zerr(): an error line on stderr; in -f mode the first one of a line says where."""
        self.saw_error = True
        if self.cmd_file and self._line_reported != self.lineno:
            self._line_reported = self.lineno
            where = f"On line {self.lineno} of {self.filename}:" if self.filename != "-" else f"On line {self.lineno}:"
            self.w.err(where + "\n")
        self.w.err(text + "\n")

    def perror(self, prefix: str, code: str) -> None:
        self.zerr(f"{prefix}: {STRERROR[code]}")

    def short_usage(self, cmd: str) -> None:
        self.saw_error = True
        if self.cmd_file:
            self.w.err(f"syntax error on line {self.lineno}\n" if self.filename == "-" else
                       f"syntax error on line {self.lineno} of {self.filename}\n")
        self.w.err(f"usage:\n{self.cat['commands'][cmd]}\n")

    def long_usage(self, cmd: str, to_err: bool = True) -> None:
        text = f"usage:\n{self.cat['commands'][cmd]}\n\t{texts.LONG[cmd]}\n"
        if to_err:
            self.saw_error = True
            self.w.err(text)
        else:
            self.w.out(text)

    def syntax_error(self, token: str) -> None:
        self.saw_error = True
        shown = "\\n" if token == "\n" else token
        if self.cmd_file:
            self.w.err(f"syntax error on line {self.lineno} at '{shown}'\n")
        else:
            self.w.err(f"syntax error at '{shown}'\n")
        self.w.err(texts.commands_list(self.cat["commands"], False))
        if self.cmd_file and not self.interactive:
            raise Stop(hard=False)

    def help_resprops(self) -> str:
        return texts.resources_line(self.dia["resources"], self.dia.get("help_resources_first", 5)) + \
            self.props_help()

    def props_help(self) -> str:
        res = {rt: self.props_of(rt) for rt in self.dia["resources"]}
        return texts.props_list(self.dia["globals"], self.aliases if self.dia.get("aliases_listed", True) else [],
                                res, fs_props=self.dia.get("help_fs_props"))

    # the catalogue --------------------------------------------------------------------------
    def props_of(self, rt: str) -> list[str]:
        if rt == "net":
            return self.dia["net_props"]
        return self.cat["resource"][rt]["props"]

    def known_words(self) -> set[str]:
        words = set(self.dia["globals"]) | set(self.aliases)
        for rt in self.dia["resources"]:
            words |= set(self.props_of(rt))
            for sub in self.cat["resource"][rt].get("subresources", []):
                words |= set(self.cat["resource"][sub]["props"])
        return words

    @property
    def current(self) -> Resource | None:
        return self.scope[-1][0] if self.scope else None

    def prompt_path(self) -> str:
        return ":".join([self.name] + [r.type for r, _ in self.scope])

    def installed(self) -> bool:
        z = self.zones.zones.get(self.name)
        return z is not None and z.state in zmodel.INSTALLED

    def have_config(self) -> bool:
        """initialize(): the working configuration, or the no-such-zone messages."""
        if self.cfg is not None:
            return True
        self.perror(self.name, "NO_ZONE")
        if self.interactive:
            self.w.out("Use 'create' to begin configuring a new zone.\n")
        return False

    # running input ----------------------------------------------------------------------------
    def run(self, text: str, lineno: int | None = None) -> None:
        if lineno is not None:
            self.lineno = lineno
        try:
            for cmd in lexer.commands(text, self.words):
                if self.exited or self.time_to_exit:
                    break
                if isinstance(cmd, lexer.LexError):
                    self.syntax_error(cmd.token)
                    continue
                before = self.saw_error
                self.dispatch(cmd)
                if self.cmd_file and not self.interactive and self.saw_error and not before:
                    raise Stop(hard=False)
        except Stop as e:
            if e.hard:
                self.exited = True
            else:
                self.time_to_exit = True

    def dispatch(self, toks: list) -> None:
        word = "help" if toks[0].text == "?" else toks[0].text
        getattr(self, "do_" + word.replace("-", "_"))(toks[1:])

    @staticmethod
    def _opts(args: list, letters: str, with_value: str = ""):
        """getopt over words: -> (flags, values, operands) or None on a bad option."""
        flags, values, rest = set(), {}, []
        i = 0
        words = [t.text for t in args if t.kind == "WORD"]
        if len(words) != len(args):
            return None
        while i < len(words):
            a = words[i]
            if a.startswith("-") and len(a) > 1 and not rest:
                for j, c in enumerate(a[1:]):
                    if c in with_value:
                        v = a[j + 2:] or (words[i + 1] if i + 1 < len(words) else None)
                        if v is None:
                            return None
                        if not a[j + 2:]:
                            i += 1
                        values[c] = v
                        break
                    if c not in letters:
                        return None
                    flags.add(c)
                i += 1
                continue
            rest.append(a)
            i += 1
        return flags, values, rest

    # create / delete ------------------------------------------------------------------------------
    def do_create(self, args) -> None:
        if self.scope:
            return self.scope_only("create", "global")
        parsed = self._opts(args, "Fb", "at")
        if parsed is None or parsed[2]:
            return self.short_usage("create")
        flags, values, _ = parsed
        z = self.zones.zones.get(self.name)
        if z is not None:
            if z.state in zmodel.INSTALLED:
                return self.zerr(f"Zone {self.name} already installed; create not allowed.")
            if "F" not in flags:
                if self.ask is None:
                    self.zerr("Zone exists, input not from terminal and -F not specified:\n"
                              "create command ignored, exiting.")
                    raise Stop
                return self.ask(f"Zone {self.name} already exists; create anyway (y/[n])? ",
                                lambda yes: yes and self._create(flags, values))
        self._create(flags, values)

    def _create(self, flags, values) -> None:
        if "b" in flags:
            base = self.zones.template(self.dia["blank_template"])
        elif "t" in values:
            name = values["t"]
            base = self.zones.template(name)
            if base is None:
                other = self.zones.zones.get(name)
                if other is None:
                    return self.perror(name, "NO_ZONE")
                base = other.config.copy()
        elif "a" in values:
            detached = [z for z in self.zones.zones.values()
                        if getattr(z, "detached", False) and z.config.get("zonepath") == values["a"]]
            if not detached:
                return self.zerr("invalid path to detached zone")
            base = detached[0].config.copy()
        else:
            base = self.zones.template(self.dia["default_template"])
            if self.dia["template_notice"]:
                self.w.out(self.dia["template_notice"] % self.dia["default_template"] + "\n")
        base.name = self.name
        self.cfg = base
        self.need_commit = True

    def do_delete(self, args) -> None:
        if self.scope:
            return self.scope_only("delete", "global")
        parsed = self._opts(args, "F")
        if parsed is None or parsed[2]:
            return self.short_usage("delete")
        force = "F" in parsed[0]
        z = self.zones.zones.get(self.name)
        if z is None:
            if self.cfg is None:
                return self.have_config() and None
            self.cfg, self.need_commit = None, False          # never committed: nothing saved to delete
            return
        if z.state != "configured" and not force:
            return self.zerr(f"Zone {self.name} not in configured state; delete not allowed.  "
                             "Use -F to force delete.")

        def really(yes: bool) -> None:
            if yes:
                self.zones.delete(self.name, force=True)
                self.cfg, self.need_commit = None, False
                self.origin = None
                self.exited = True          # unverified: whether zonecfg goes on after a delete
        if force:
            return really(True)
        if self.ask is None:
            self.zerr("Input not from terminal and -F not specified:\ndelete command ignored, exiting.")
            raise Stop
        self.ask(f"Are you sure you want to delete zone {self.name} (y/[n])? ", really)

    # set / clear ------------------------------------------------------------------------------------
    def do_set(self, args) -> None:
        force = False
        if args and args[0].kind == "WORD" and args[0].text == "-F":
            force, args = True, args[1:]
        if not args:
            self.short_usage("set")
            self.w.err("\n" + self.props_help())
            return
        if args[0].kind != "WORD":
            return self.syntax_error(args[0].text)
        prop = args[0].text
        if prop not in self.known_words():
            return self.syntax_error(args[1].text if len(args) > 1 else "\n")
        if len(args) < 2 or args[1].kind != "EQUAL":
            return self.syntax_error(args[1].text if len(args) > 1 else "\n")
        try:
            value, nxt = lexer.value(args, 2)
        except lexer.LexError as e:
            return self.syntax_error(e.token)
        if nxt != len(args):
            return self.syntax_error(args[nxt].text)
        if force and prop != "zonepath":
            return self.zerr("Only zonepath setting can be forced.")
        if self.scope:
            return self._set_resource(prop, value)
        if prop == "zonename":
            return self._set_zonename(value)
        if prop not in self.dia["globals"] and prop not in self.aliases:
            return self.zerr("Cannot set a resource-specific property from the global scope.")
        if not self.have_config():
            return
        if not isinstance(value, str):
            return self.zerr("A simple value was expected here.")
        if not self._check_global(prop, value, force):
            return
        self._store_global(prop, value)

    def _set_zonename(self, value) -> None:
        if not isinstance(value, str):
            return self.zerr("A simple value was expected here.")
        if not zmodel.valid_name(value):
            self.perror(value, "BOGUS_ZONE_NAME")
            self.w.err("\n" + texts.SYNTAX)
            return
        if self.installed():
            return self.zerr(f"Zone {self.name} already installed; set zonename not allowed.")
        if value in self.zones.zones and value != self.name:
            return self.zerr(messages.text("zonecfg.name-in-use", zone=value))
        self.name = value
        if self.cfg is not None:
            self.cfg.name = value
            self.need_commit = True

    def _check_global(self, prop: str, value: str, force: bool) -> bool:
        brand = self.cfg.brand(self.dia)
        if prop == "zonepath":
            if self.installed() and not force:
                self.zerr(f"Zone {self.name} already installed; set zonepath not allowed.")
                return False
            if not value.startswith("/"):
                self.zerr(f"{value} is not an absolute path.")
                return False
            if value.rstrip("/") == "":
                self.zerr("/ is not allowed as a zonepath.")
                return False
        elif prop == "brand":
            if self.installed():
                self.zerr(f"Zone {self.name} already installed; set brand not allowed.")
                return False
            if value not in self.dia["brands"]:
                self.zerr(messages.text("zonecfg.unknown-brand", brand=value))
                return False
        elif prop == "autoboot" and value not in ("true", "false"):
            self.zerr("autoboot value must be 'true' or 'false'.")
            return False
        elif prop == "ip-type":
            if value not in ("shared", "exclusive"):
                self.zerr("ip-type value must be 'shared' or 'exclusive'.")
                return False
            if value == "exclusive" and brand in self.dia.get("shared_only_brands", []):
                self.zerr(f"ip-type cannot be 'exclusive' when brand is '{brand}'.")
                return False
        elif prop == "pool":
            if value.startswith("SUNW"):
                self.zerr("pool names starting with SUNW are reserved.")
                return False
            if self.cfg.of("dedicated-cpu"):
                self.zerr("The dedicated-cpu resource already exists.  A persistent pool is incompatible\n"
                          "with the dedicated-cpu resource.")
                return False
        elif prop in self.aliases:
            limit = _size(value) if prop == "max-shm-memory" and not value.isdigit() else \
                (int(value) if value.isdigit() else None)
            if limit is None or limit < ALIAS_LOW.get(prop, 0):
                self.zerr(f"{prop} property is out of range.")
                return False
        return True

    def _store_global(self, prop: str, value: str) -> None:
        if prop in self.aliases:
            return self._set_alias(prop, value)
        self.cfg.props[prop] = value
        self.need_commit = True

    # aliased resource controls: `set max-lwps=N` is an rctl zone.max-lwps (libzonecfg's
    # zonecfg_set_aliased_rctl removes the old one and appends the new one) --------------------
    def _set_alias(self, prop: str, value: str) -> None:
        limit = _size(value) if prop == "max-shm-memory" and not value.isdigit() else int(value)
        self._drop_alias(prop)
        action = "none" if prop == "cpu-shares" else "deny"
        self.cfg.resources.append(Resource("rctl", {"name": "zone." + prop, "value": [
            f"(priv=privileged,limit={limit},action={action})"]}))
        self.need_commit = True

    def _drop_alias(self, prop: str) -> bool:
        before = len(self.cfg.resources)
        self.cfg.resources = [r for r in self.cfg.resources
                              if not (r.type == "rctl" and r.get("name") == "zone." + prop)]
        return len(self.cfg.resources) != before

    def alias_value(self, prop: str) -> str | None:
        """zonecfg_get_aliased_rctl: the limit of the rctl's single privileged value."""
        for r in self.cfg.of("rctl"):
            if r.get("name") == "zone." + prop:
                vals = r.get("value") or []
                if len(vals) != 1 or "priv=privileged" not in vals[0]:
                    return None
                limit = vals[0].split("limit=")[1].split(",")[0].rstrip(")")
                return _units(int(limit)) if prop == "max-shm-memory" and limit.isdigit() else limit
        return None

    def _rctl(self, name: str) -> Resource | None:
        return next((r for r in self.cfg.of("rctl") if r.get("name") == name), None)

    def rctl_limit(self, name: str) -> int | None:
        """zonecfg_get_aliased_rctl: the limit of an rctl with one privileged value, else None."""
        r = self._rctl(name)
        vals = (r.get("value") or []) if r is not None else []
        if len(vals) != 1 or "priv=privileged" not in vals[0]:
            return None
        limit = vals[0].split("limit=")[1].split(",")[0].rstrip(")")
        return int(limit) if limit.isdigit() else None

    def _set_rctl(self, name: str, limit: int) -> None:
        """zonecfg_set_aliased_rctl: the old rctl goes, the new one is appended."""
        self.cfg.resources = [r for r in self.cfg.resources if not (r.type == "rctl" and r.get("name") == name)]
        self.cfg.resources.append(Resource("rctl", {"name": name, "value": [
            f"(priv=privileged,limit={limit},action=deny)"]}))

    def _drop_rctl(self, name: str) -> bool:
        before = len(self.cfg.resources)
        self.cfg.resources = [r for r in self.cfg.resources if not (r.type == "rctl" and r.get("name") == name)]
        return len(self.cfg.resources) != before

    @staticmethod
    def units(n: int) -> str:
        return _units(n)

    def derived(self, rt: str) -> Resource | None:
        """capped-cpu and capped-memory as info shows them: from the zone.cpu-cap rctl, the
        memory cap's physical limit and the zone.max-swap / zone.max-locked-memory rctls."""
        if rt == "capped-cpu":
            cap = self.rctl_limit(CPU_CAP)
            return None if cap is None else Resource(rt, {"ncpus": f"{cap / 100:.2f}"})
        mcap = self.cfg.of("capped-memory")
        props = {}
        if mcap and mcap[0].get("physical"):
            props["physical"] = _units(int(mcap[0].get("physical")))
        for p, name in MCAP_RCTLS.items():
            limit = self.rctl_limit(name)
            if limit is not None:
                props[p] = _units(limit)
        return Resource(rt, props) if props else None

    def _end_derived(self, res: Resource, index) -> bool:
        """end of a capped-cpu or capped-memory scope: what it wrote goes to the memory cap and
        the rctls. -> False when it was refused (the message is printed)."""
        if res.type == "capped-cpu":
            self._set_rctl(CPU_CAP, int(round(float(res.get("ncpus")) * 100)))
            return True
        phys = _size(res.get("physical")) if res.get("physical") else None
        locked = _size(res.get("locked")) if res.get("locked") else None
        if phys is not None and locked is not None and phys < locked:
            self.zerr("The locked cap must be less than or equal to the physical cap.")
            return False
        self.cfg.resources = [r for r in self.cfg.resources if r.type != "capped-memory"]
        if phys is not None:
            self.cfg.resources.append(Resource("capped-memory", {"physical": str(phys)}))
        for p, name in MCAP_RCTLS.items():
            if res.get(p):
                self._set_rctl(name, _size(res.get(p)))
            elif index is not None:
                self._drop_rctl(name)
        return True

    def _set_resource(self, prop: str, value) -> None:
        res = self.current
        if prop not in self.props_of_current():
            self.zerr(f"{prop}: No such property type")
            self.long_usage("set")
            self.w.err(self.props_help())
            return
        lists = self.cat["resource"][res.type].get("lists", [])
        if prop in lists:
            if isinstance(value, str):
                value = [value]
        elif not isinstance(value, str):
            return self.zerr("A simple value was expected here.")
        problem = self._check_resource_value(res, prop, value)
        if problem:
            return
        res.props[prop] = value
        self.need_commit = True

    def props_of_current(self) -> list[str]:
        return self.props_of(self.current.type)

    def _check_resource_value(self, res: Resource, prop: str, value) -> bool:
        """-> True when the value was refused (the message is printed)."""
        if prop in ("address", "allowed-address", "defrouter") and res.type in ("net", "anet"):
            for item in str(value).split(","):
                text = item.strip()
                host, _, plen = text.partition("/")
                try:
                    a = ipaddress.ip_address(host)
                except ValueError:
                    self.zerr(f"{text}: bogus host name or network address syntax")
                    self.w.err(texts.NETADDR)
                    return True
                if prop == "defrouter" and plen:
                    self.w.err(f"Warning: prefix length in {text} is not required and will be ignored. "
                               "The default host-prefix length will be used\n")
                elif a.version == 6 and not plen:
                    self.zerr(f"{text}: IPv6 addresses require /prefix-length suffix.")
                    return True
                elif a.version == 4 and plen and (not plen.isdigit() or int(plen) > 32):
                    self.zerr(f"{text}: IPv4 address prefix lengths must be 0 - 32.")
                    return True
        if prop == "physical" and res.type == "net" and ":" in value:
            self.zerr(f"{value}: LUNs not allowed in physical interface names")
            return True
        if res.type == "capped-memory":
            if _size(value) is None:
                self.zerr("A non-negative number with a required scale suffix (K, M, G or T) was expected\nhere.")
                return True
            if prop == "physical" and _size(value) < 1 << 20:
                self.zerr("physical value is too small.  It must be at least 1M.")
                return True
            if prop == "swap" and _size(value) < 50 << 20:
                self.zerr("swap value is too small.  It must be at least 50M.")
                return True
        if res.type in ("dedicated-cpu", "capped-cpu") and prop == "ncpus":
            ok = _range(value) if res.type == "dedicated-cpu" else _decimal(value)
            if not ok:
                self.zerr(f"{prop} property is out of range.")
                return True
        if res.type == "anet" and prop == "mac-address":
            if value not in ("auto", "random", "factory", "vrrp") and not _mac(value):
                self.zerr(messages.text("zonecfg.bad-mac", value=value))
                return True
        if res.type == "anet" and prop in ("vlan-id", "mtu", "mac-slot") and not value.isdigit():
            self.zerr(f"{prop} property is out of range.")
            return True
        if res.type == "anet" and prop == "configure-allowed-address" and value not in ("true", "false"):
            self.zerr(messages.text("zonecfg.bad-boolean", prop=prop))
            return True
        return False

    def do_clear(self, args) -> None:
        if len(args) != 1 or args[0].kind != "WORD":
            return self.short_usage("clear")
        prop = args[0].text
        if prop not in self.known_words():
            return self.syntax_error(prop)
        if self.scope:
            res = self.current
            if prop not in self.props_of_current():
                self.zerr(f"{prop}: No such property type")
                self.long_usage("clear")
                self.w.err(self.props_help())
                return
            if prop in self.cat["resource"][res.type]["required"]:
                return self.perror(prop, "CLEAR_DISALLOW")
            res.props.pop(prop, None)
            self.need_commit = True
            return
        if prop not in self.dia["globals"] and prop not in self.aliases:
            self.zerr(f"{prop}: No such property type")
            self.long_usage("clear")
            self.w.err(self.props_help())
            return
        if not self.have_config():
            return
        if prop in ("zonename", "zonepath", "brand"):
            return self.perror(prop, "CLEAR_DISALLOW")
        if prop in self.aliases:
            if not self._drop_alias(prop):
                return self.zerr(f"clear {prop}: {STRERROR['NO_ENTRY']}")   # unverified: the err code
            self.need_commit = True
            return
        self.cfg.props.pop(prop, None)
        self.need_commit = True

    # resources ---------------------------------------------------------------------------------------
    def do_add(self, args) -> None:
        if not args:
            self.short_usage("add")
            self.w.err("\n" + self.help_resprops())
            return
        if self.scope:
            return self._add_in_scope(args)
        if args[0].kind != "WORD":
            return self.syntax_error(args[0].text)
        rt = args[0].text
        if len(args) > 1:
            if args[0].text in self.known_words():
                return self.long_usage("add")
            return self.short_usage("add")
        if rt not in self.dia["resources"]:
            if rt in self.known_words():
                return self.long_usage("add")
            return self.short_usage("add")
        if not self.have_config():
            return
        spec = self.cat["resource"][rt]
        if rt in ("dedicated-cpu", "capped-cpu") and self.cfg.of("dedicated-cpu"):
            return self.zerr("The dedicated-cpu resource already exists.")
        if rt in ("dedicated-cpu", "capped-cpu") and self._rctl(CPU_CAP) is not None:
            if rt == "capped-cpu" and self.rctl_limit(CPU_CAP) is None:
                return self.perror("capped-cpu", "ALIAS_DISALLOW")
            return self.zerr("The capped-cpu resource already exists.")
        if rt == "capped-memory" and self.derived("capped-memory") is not None:
            return self.zerr("The capped-memory resource or a related resource control already exists.")
        if spec.get("single") and rt not in DERIVED and self.cfg.of(rt):
            return self.zerr(f"The {rt} resource already exists.")
        if rt == "dedicated-cpu" and self.cfg.get("pool"):
            return self.zerr("The pool property is already set.  A persistent pool is incompatible with\n"
                             "the dedicated-cpu resource.")
        if rt == "inherit-pkg-dir" and self.installed():
            return self.zerr(f"Zone {self.name} already installed; add inherit-pkg-dir not allowed.")
        res = Resource(rt)
        for k, v in self.dia.get("resource_defaults", {}).get(rt, {}).items():
            res.props[k] = v
        self.scope.append((res, None))

    def _add_in_scope(self, args) -> None:
        res = self.current
        word = args[0].text if args[0].kind == "WORD" else ""
        subs = self.cat["resource"][res.type].get("subresources", [])
        if self.dia.get("nested_scopes") and word in subs and len(args) == 1 and len(self.scope) == 1:
            self.scope.append((Resource(word), None))
            return
        lists = self.cat["resource"][res.type].get("lists", [])
        if word in self.dia["resources"]:
            return self.long_usage("add")
        if word not in self.known_words():
            return self.short_usage("add")
        if word not in self.props_of_current():
            self.zerr(f"{word}: No such property type")
            self.long_usage("add")
            self.w.err(self.props_help())
            return
        if word not in lists:
            self.zerr(f"{res.type}: No such resource type" if word not in ("options", "value") else
                      f"{word}: No such property type")
            self.long_usage("add")
            return
        try:
            value, nxt = lexer.value(args, 1)
        except lexer.LexError as e:
            return self.syntax_error(e.token)
        items = value if isinstance(value, list) else [value]
        res.props.setdefault(word, [])
        res.props[word] = list(res.props[word]) + [v for v in items if v not in res.props[word]]
        self.need_commit = True

    def _select_args(self, args, cmd: str):
        """<rt> [p=v]... -> (rt, filters, id) or None (the usage was printed)."""
        if not args or args[0].kind != "WORD":
            self.short_usage(cmd)
            if cmd != "select":
                self.w.err("\n" + self.help_resprops())
            return None
        rt = args[0].text
        if rt not in self.dia["resources"]:
            if cmd == "select" or rt in self.known_words():
                self.syntax_error(rt)
            else:
                self.short_usage(cmd)
                self.w.err("\n" + self.help_resprops())
            return None
        filters, rid, i = {}, None, 1
        while i < len(args):
            t = args[i]
            if (self.dia.get("number_resources") and t.kind == "WORD" and t.text.isdigit()
                    and i == 1 and len(args) == 2):
                rid = int(t.text)
                i += 1
                continue
            if t.kind != "WORD" or i + 1 >= len(args) or args[i + 1].kind != "EQUAL":
                self.syntax_error(args[i + 1].text if i + 1 < len(args) else "\n")
                return None
            try:
                v, i = lexer.value(args, i + 2)
            except lexer.LexError as e:
                self.syntax_error(e.token)
                return None
            filters[t.text] = v
        return rt, filters, rid

    def _matching(self, rt: str, filters: dict, rid: int | None) -> list[int]:
        idx = [i for i, r in enumerate(self.cfg.resources) if r.type == rt]
        if rid is not None:
            return [idx[rid]] if rid < len(idx) else []
        out = []
        for i in idx:
            r = self.cfg.resources[i]
            if all(_same(r.get(k), v, k) for k, v in filters.items()):
                out.append(i)
        return out

    def do_remove(self, args) -> None:
        if self.scope:
            return self._remove_in_scope(args)
        force = False
        if args and args[0].kind == "WORD" and args[0].text == "-F":
            force, args = True, args[1:]
        sel = self._select_args(args, "remove")
        if sel is None or not self.have_config():
            return
        rt, filters, rid = sel
        if rt in DERIVED:
            if self.derived(rt) is None:
                return self.zerr(f"remove {rt}: {STRERROR['NO_RESOURCE_TYPE']}")
            if rt == "capped-cpu":
                self._drop_rctl(CPU_CAP)
            else:
                self.cfg.resources = [r for r in self.cfg.resources if r.type != rt]
                for name in MCAP_RCTLS.values():
                    self._drop_rctl(name)
            self.need_commit = True
            return
        found = self._matching(rt, filters, rid)
        if not filters and rid is None:
            if not found:
                single = self.cat["resource"][rt].get("single")
                code = "NO_RESOURCE_TYPE" if rt in ("capped-cpu", "capped-memory") else \
                    "NO_RESOURCE_ID" if single else "NO_ENTRY"
                return self.zerr(f"remove {rt}: {STRERROR[code]}")
            if len(found) > 1 and not force:
                if self.ask is None:
                    return self.zerr("There are multiple instances of this resource.  Either qualify the "
                                     "resource to\nremove a single instance or use the -F option to remove "
                                     "all instances.")
                return self.ask(f"Are you sure you want to remove ALL '{rt}' resources (y/[n])? ",
                                lambda yes: yes and self._drop(found))
            return self._drop(found)
        if not found:
            return self.zerr(f"remove {rt}: {STRERROR['NO_RESOURCE_ID']}")
        if len(found) > 1:
            return self.zerr(f"remove {rt}: {STRERROR['INSUFFICIENT_SPEC']}")
        self._drop(found)

    def _drop(self, indexes: list[int]) -> None:
        for i in sorted(indexes, reverse=True):
            del self.cfg.resources[i]
        self.need_commit = True

    def _remove_in_scope(self, args) -> None:
        res = self.current
        word = args[0].text if args and args[0].kind == "WORD" else ""
        lists = self.cat["resource"][res.type].get("lists", [])
        if not args:
            return self.short_usage("remove")
        if word not in self.props_of_current() or (word not in lists and word != "defrouter"):
            if word not in self.known_words():
                return self.short_usage("remove")
            self.zerr(f"{word}: No such property type")
            self.long_usage("remove")
            self.w.err(self.props_help())
            return
        if word == "defrouter":
            res.props.pop("defrouter", None)
            self.need_commit = True
            return
        try:
            value, _ = lexer.value(args, 1)
        except lexer.LexError as e:
            return self.syntax_error(e.token)
        have = list(res.props.get(word, []))
        items = value if isinstance(value, list) else [value]
        for v in items:
            if v not in have:
                return self.perror(word, "NO_ENTRY")
            have.remove(v)
        res.props[word] = have
        self.need_commit = True

    def do_select(self, args) -> None:
        if self.scope:
            return self.scope_only("select", "global")
        sel = self._select_args(args, "select")
        if sel is None:
            return
        rt, filters, rid = sel
        if not filters and rid is None and not self.cat["resource"][rt].get("single"):
            return self.short_usage("select")
        if not self.have_config():
            return
        if rt in DERIVED:
            shown = self.derived(rt)
            if shown is None:
                return self.zerr(f"select {rt}: {STRERROR['NO_RESOURCE_TYPE']}")
            self.scope.append((shown, "derived"))
            return
        found = self._matching(rt, filters, rid)
        if not found:
            code = "NO_RESOURCE_TYPE" if self.cat["resource"][rt].get("single") else "NO_RESOURCE_ID"
            return self.zerr(f"select {rt}: {STRERROR[code]}")
        if len(found) > 1:
            return self.zerr(f"select {rt}: {STRERROR['INSUFFICIENT_SPEC']}")
        i = found[0]
        self.scope.append((copy.deepcopy(self.cfg.resources[i]), i))   # end writes it back

    def do_end(self, args) -> None:
        if args:
            return self.short_usage("end")
        if not self.scope:
            return self.scope_only("end", "resource")
        res, index = self.scope[-1]
        spec = self.cat["resource"][res.type]
        bad = False
        for p in spec["required"]:
            if res.get(p) in (None, "", []):
                self.zerr(f"no {p} specified" if (p, res.type) == ("value", "rctl") else f"{p} not specified")
                bad = True
        for p in ("dir", "raw"):
            v = res.get(p)
            if p in spec["props"] and v and not v.startswith("/") and res.type in ("fs", "inherit-pkg-dir"):
                self.zerr(f"{p} {v} is not an absolute path.")
                bad = True
        if res.type == "capped-memory" and not any(res.get(p) for p in spec["props"]):
            self.zerr("No property was specified.  One of physical, swap or locked is required.")
            bad = True
        if res.type == "attr":
            bad = self._attr_checks(res) or bad
        if bad:
            return
        if res.type in DERIVED:
            if self._end_derived(res, None if index is None else index):
                self.scope.pop()
                self.need_commit = True
            return
        if len(self.scope) == 2:
            parent = self.scope[0][0]
            self.scope.pop()
            if index is None:
                parent.children.append(res)
            return
        dup = self._duplicate(res, index)
        if dup:
            return self.zerr(dup)
        self.scope.pop()
        if index is None:
            self.cfg.resources.append(res)
        else:
            self.cfg.resources[index] = res
        self.need_commit = True

    def _attr_checks(self, res: Resource) -> bool:
        bad = False
        name, typ, val = res.get("name") or "", res.get("type") or "", res.get("value") or ""
        if not name[:1].isalnum():
            self.zerr(f"Invalid attr name {name}: must start with an alpha-numeric character.")
            bad = True
        if typ not in ("boolean", "int", "string", "uint"):
            self.zerr(f"invalid attr type '{typ}'")
            return True
        ok = {"boolean": val in ("true", "false"), "int": val.lstrip("-").isdigit(),
              "uint": val.isdigit(), "string": True}[typ]
        if not ok:
            self.zerr(f"invalid attr value for type={typ}")
            bad = True
        return bad

    def _duplicate(self, res: Resource, index: int | None) -> str:
        others = [r for i, r in enumerate(self.cfg.resources) if r.type == res.type and i != index]
        if res.type == "net":
            for r in others:
                if r.get("physical") == res.get("physical") and (r.get("address") or "") == (res.get("address") or ""):
                    if res.get("address"):
                        return (f"A net resource with the physical '{res.get('physical')}', and address "
                                f"'{res.get('address')}' already exists.")
                    return (f"A net resource with the physical '{res.get('physical')}', and allowed-address "
                            f"'{res.get('allowed-address') or ''}' already exists.")
            return ""
        key = self.cat["resource"][res.type].get("key", [])
        if not key or res.type in ("net",):
            return ""
        k = key[0]
        for r in others:
            if r.get(k) is not None and r.get(k) == res.get(k):
                article = "An" if res.type[0] in "aeiou" else "A"
                return f"{article} {res.type} resource with the {k} '{res.get(k)}' already exists."
        return ""

    def do_cancel(self, args) -> None:
        if args:
            return self.short_usage("cancel")
        if not self.scope:
            return self.scope_only("cancel", "resource")
        self.scope.pop()

    def scope_only(self, cmd: str, scope: str) -> None:
        self.zerr(f"The {cmd} command only makes sense in the {scope} scope.")

    # info / export -------------------------------------------------------------------------------------
    def do_info(self, args) -> None:
        if self.scope:
            self.w.out(render.resource_block(self, self.current, number=None, in_scope=True))
            return
        flags = {t.text for t in args if t.kind == "WORD" and t.text == "-a"}
        args = [t for t in args if not (t.kind == "WORD" and t.text == "-a")]
        if args:
            word = args[0].text if args[0].kind == "WORD" else ""
            if word in self.dia["globals"] or word in self.aliases:
                if len(args) > 1:
                    return self.syntax_error(args[1].text)
                if not self.have_config():
                    return
                self.w.out(render.global_line(self, word, all_=bool(flags)))
                return
            if word not in self.dia["resources"]:
                if word in self.known_words() or word not in ("", ):
                    self.short_usage("info")
                    self.w.err("\n" + self.help_resprops())
                    return
            sel = self._select_args(args, "info")
            if sel is None or not self.have_config():
                return
            rt, filters, rid = sel
            if rt in DERIVED:
                shown = self.derived(rt)
                self.w.out(render.resource_block(self, shown) if shown is not None else "")
                return
            found = self._matching(rt, filters, rid)
            if not found and (filters or rid is not None):
                self.w.out(f"No such {rt} resource.\n")
                return
            self.w.out("".join(render.resource_block(self, self.cfg.resources[i], number=self._number(i))
                               for i in found))
            return
        if not self.have_config():
            return
        self.w.out(render.info(self, all_=bool(flags)))

    def _number(self, index: int) -> int | None:
        if not (self.dia.get("number_resources") and self.interactive):
            return None
        r = self.cfg.resources[index]
        return [i for i, x in enumerate(self.cfg.resources) if x.type == r.type].index(index)

    def do_export(self, args) -> None:
        if self.scope:
            return self.scope_only("export", "global")
        parsed = self._opts(args, "", "f")
        if parsed is None or parsed[2]:
            return self.short_usage("export")
        if not self.have_config():
            return
        text = render.export(self)
        path = parsed[1].get("f")
        if path is None:
            self.w.out(text)
            return
        problem = self.w.write_file(path, text)
        if problem:
            self.zerr(f"opening file {path}: {problem}")

    # verify / commit / revert ---------------------------------------------------------------------------
    def verify(self) -> str | None:
        """verify_func: prints each problem; -> the zonecfg_strerror code of the first (or of
        one that overrides it), or None."""
        users = set(self.zones.host.users) if "admin" in self.dia["resources"] else None
        problems = zmodel.verify(self.cfg, self.dia, users=users)
        first = None
        words = {
            "zonepath-missing": ("zonepath cannot be empty.", "REQD_RESOURCE_MISSING"),
            "net-address-excl": ("net: address cannot be specified for an exclusive IP type", "INVAL"),
            "net-defrouter-excl": ("net: defrouter cannot be specified for an exclusive IP type", "INVAL"),
            "net-allowed-shared": ("net: allowed-address cannot be specified for a shared IP type", "INVAL"),
            "cpu-shares-dcpu": ("rctl zone.cpu-shares and dedicated-cpu are incompatible.", "INCOMPATIBLE"),
            "cpu-cap-dcpu": ("rctl zone.cpu-cap and the dedicated-cpu are incompatible.", "INCOMPATIBLE"),
            "dataset-invalid": ("dataset: name invalid", "BAD_PROPERTY"),
        }
        for code, info in problems:
            if code in words:
                text, status = words[code]
            elif code == "prop-missing":
                p = info["prop"]
                text = f"{info['rt']}: no value specified" if (p, info["rt"]) == ("value", "rctl") \
                    else f"{info['rt']}: {p} not specified"
                status = "REQD_PROPERTY_MISSING"
            elif code == "net-defrouter-no-allowed":
                text = (f"net: defrouter for {info['link']} cannot be specified without allowed-address "
                        "for an exclusive IP type")
                status = "INVAL"
            elif code == "cpu-shares-sched":
                text = f"WARNING: rctl zone.cpu-shares and scheduling-class={info['sched']} are incompatible"
                status = "INCOMPATIBLE"
            elif code == "admin-user":
                text, status = f"user {info['user']} is not a valid username", "BAD_PROPERTY"
            elif code == "anet-shared":
                text, status = messages.text("zonecfg.anet-shared"), "INVAL"
            else:
                continue
            self.zerr(text)
            first = status if info.get("override") else (first or status)
        if self.scope:
            self.zerr("resource specification incomplete")
            first = first or "INSUFFICIENT_SPEC"
        return first

    def do_verify(self, args) -> None:
        if args:
            return self.short_usage("verify")
        if not self.have_config():
            return
        bad = self.verify()
        if bad:
            self.perror(self.name, bad)

    def do_commit(self, args) -> bool:
        if args:
            self.short_usage("commit")
            return False
        if self.scope:
            self.scope_only("commit", "global")
            return False
        return self.commit()

    def commit(self) -> bool:
        if not self.have_config():
            return False
        bad = self.verify()
        if bad:
            self.zerr(f"Zone {self.name} failed to verify")
            self.perror(self.name, bad)
            return False
        if self.origin is not None and self.origin != self.cfg.name and self.origin in self.zones.zones:
            self.zones.rename(self.origin, self.cfg.name)
        self.zones.commit(self.cfg)
        self.origin = self.cfg.name
        self.need_commit = False
        return True

    def do_revert(self, args) -> None:
        if self.scope:
            self.zerr("You can only use revert in the global scope.\n"
                      "Use 'cancel' to cancel changes to a resource specification.")
            return
        parsed = self._opts(args, "F")
        if parsed is None or parsed[2]:
            return self.short_usage("revert")
        z = self.zones.zones.get(self.name)
        if z is None:
            if self.cfg is None:
                self.w.out("No changes to revert.\n")
                return
            return self.zerr(f"{self.name}: no such saved zone to revert to.")

        def really(yes: bool) -> None:
            if yes:
                self.cfg = z.config.copy()
                self.need_commit = False
        if "F" in parsed[0]:
            return really(True)
        if self.ask is None:
            self.zerr("Input not from terminal and -F not specified:\nrevert command ignored, exiting.")
            raise Stop
        self.ask("Are you sure you want to revert (y/[n])? ", really)

    # help / exit ---------------------------------------------------------------------------------------------
    def do_help(self, args) -> None:
        if not args:
            if self.scope:
                self.w.out(self.scope_help(self.current.type))
            else:
                self.w.out(texts.commands_list(self.cat["commands"], True))
            return
        if args[0].kind != "WORD" or len(args) > 1:
            return self.syntax_error(args[1].text if len(args) > 1 else args[0].text)
        subject = args[0].text
        if subject in self.known_words() or subject in self.dia["resources"]:
            return self.syntax_error(subject)
        if subject == "usage":
            self.w.out(texts.USAGE)
        elif subject == "commands":
            self.w.out(texts.commands_list(self.cat["commands"], True))
        elif subject == "syntax":
            self.w.out(texts.SYNTAX + "\n" + self.help_resprops())
        elif subject in self.cat["commands"]:
            self.long_usage(subject, to_err=False)
            if subject in ("add", "info", "remove", "select"):
                self.w.out("\n" + self.help_resprops())
            elif subject in ("clear", "set"):
                self.w.out("\n" + self.props_help())
        else:
            self.saw_error = True
            self.w.err(f"Unknown help subject {subject}.  " + texts.META)

    def scope_help(self, rt: str) -> str:
        key = "net-2014" if rt == "net" and "allowed-address" in self.dia["net_props"] else rt
        body = texts.SCOPE.get(key)
        if body is None:
            body = messages.text("zonecfg.scope-help", rt=rt, what=self.cat["resource"][rt]["scope"],
                                 props="".join(f"\tset {p}=<value>\n" for p in self.props_of(rt))) + "\n"
        return body + texts.SCOPE_TAIL

    def do_exit(self, args) -> None:
        parsed = self._opts(args, "F")
        if parsed is None or parsed[2]:
            return self.short_usage("exit")
        if "F" in parsed[0]:
            self.force_exit = True
        if not self.scope or self.force_exit:
            self.time_to_exit = True
            return
        if self.ask is None:
            self.zerr("Resource incomplete, input not from terminal and -F not specified:\n"
                      "exit command ignored, but exiting anyway.")
            self.exited = True                            # exit(Z_ERR): no cleanup, no commit
            return

        def answered(yes: bool) -> None:
            if yes:
                self.time_to_exit = True
        self.ask("Resource incomplete; really quit (y/[n])? ", answered)

    def settle(self) -> None:
        """After a line (or an answer): an exit that was asked for runs cleanup()."""
        if self.time_to_exit and not self.exited:
            self.time_to_exit = False
            self.cleanup(by_exit=True)

    def cleanup(self, by_exit: bool) -> None:
        """read_input's cleanup(): an incomplete resource is asked about (EOF) or counted as an
        error (exit); what is uncommitted is committed; if that fails, -F or no terminal says
        so, a terminal is asked. Sets `exited` when the session is over."""
        if self.scope:
            if not by_exit:
                if self.ask is None:
                    self.zerr("Resource incomplete.")
                    self.exited = True
                    return
                return self.ask("Resource incomplete; really quit (y/[n])? ",
                                lambda yes: yes and self._cleanup_commit())
            self.saw_error = True
        self._cleanup_commit()

    def _cleanup_commit(self) -> None:
        if self.need_commit and self.cfg is not None:
            self.commit()                       # in a scope verify says the spec is incomplete
            if self.need_commit:
                if self.force_exit or self.ask is None:
                    self.zerr("Configuration not saved.")
                    self.exited = True
                    return

                def answered(yes: bool) -> None:
                    if yes:
                        self.exited = True
                return self.ask("Configuration not saved; really quit (y/[n])? ", answered)
        self.exited = True

    def finish(self) -> int:
        """The end of a command line or a command file: cleanup() and the exit status."""
        if not self.exited:
            by_exit = self.time_to_exit
            self.time_to_exit = False
            self.cleanup(by_exit=by_exit)
        return self.status()

    def status(self) -> int:
        return 1 if (self.saw_error or self.need_commit) else 0


def _size(text: str):
    text = str(text)
    if text[:-1].replace(".", "", 1).isdigit() and text[-1:].upper() in SIZE_SUFFIX:
        return int(float(text[:-1]) * (1024 ** (SIZE_SUFFIX.index(text[-1].upper()) + 1)))
    return None


def _units(n: int) -> str:
    """bytes_to_units(): plain below 1K, else the largest unit, one decimal when inexact and
    below 10 units."""
    if n < 1024:
        return str(n)
    v, unit = float(n), ""
    for u in "KMGT":
        if v < 1024 and unit:
            break
        v, unit = v / 1024, u
    if v != int(v) and v < 10:
        return f"{v:2.1f}{unit}"
    return f"{int(v)}{unit}"


def _range(text: str) -> bool:
    lo, _, hi = str(text).partition("-")
    return lo.isdigit() and int(lo) > 0 and (not hi or (hi.isdigit() and int(hi) >= int(lo)))


def _decimal(text: str) -> bool:
    try:
        return float(text) > 0
    except ValueError:
        return False


def _mac(text: str) -> bool:
    parts = text.split(":")
    return len(parts) == 6 and all(1 <= len(p) <= 2 and all(c in "0123456789abcdefABCDEF" for c in p) for p in parts)


def _same(have, want, prop: str) -> bool:
    if prop == "address" and isinstance(have, str) and isinstance(want, str):
        return have.split("/")[0] == want.split("/")[0]
    if isinstance(have, list):
        return have == (want if isinstance(want, list) else [want])
    return have == want
