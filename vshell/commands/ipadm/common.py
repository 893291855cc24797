"""What every ipadm subcommand shares: the dialect's words (illumos ipadm.c or Solaris 11's),
libipadm's status strings, ipadm.c's getopt_long loop, die/warn, and the view of the IP stack.

Sources (errors.md §2, read this session in the code index):
- illumos: illumos-gate ipadm.c (2017) and illumos-omnios ipadm.c (2024: create-ip/delete-ip,
  IPMP, `help`, `usage: %s` in create-ip's arity check); libipadm.c ipadm_errors[].
- Solaris 11: the Solaris 11 ipadm.c and libipadm.c (Oracle, 2011): lower-case "cannot ..."
  words, "No such interface", warn_ipadmerr's ": %s" tail. 11.4's own source was not found."""
from __future__ import annotations

import re

from vshell import messages
from vshell.commands import ofmt
from vshell.model import releases

# ipadm.c's die()/warn() formats, per dialect (ipadm_words in [ip.*])
WORDS = {
    "illumos": {
        "arity": "Usage: {use}",
        "arity_create": "usage: {use}",
        "create_if": "Could not create {name} : {status}",
        "delete_if": "Could not delete {name}: {status}",
        "show_if": "Could not get interface(s): {status}",
        "addr_args": "Invalid arguments\nusage: {use}",
        "aobj_name": "invalid address object name: {aobj}\nusage: {use}",
        "type_args": "Invalid arguments for type {atype}\nusage: {use}",
        "bad_type": "Invalid address type {atype}",
        "multi_local": "Multiple local addresses provided",
        "multi_remote": "Multiple remote addresses provided",
        "bad_addr_arg": "Invalid address provided\nusage: {use}",
        "missing_local": "Missing local address\nusage: {use}",
        "aobj_failed": "Error in creating address object: {status}",
        "local_failed": "Error in setting local address: {status}",
        "remote_failed": "Error in setting remote address: {status}",
        "bad_wait": "Invalid argument",
        "p_dup": "Duplicate option",
        "p_value": "Invalid argument",
        "p_args": "Invalid arguments for option -p",
        "create_addr": "Could not create address: {status}",
        "delete_addr": "could not delete address: {status}",
        "enable_addr": "could not enable address: {status}",
        "disable_addr": "could not disable address: {status}",
        "up_addr": "Could not mark the address up: {status}",
        "down_addr": "Could not mark the address down: {status}",
        "show_addr_name": "Invalid address object name provided",
        "show_addr_missing": "Address object not found",
        "show_addr_failed": "Could not get address: {status}",
        "warn_status": "{status}",
        "bad_propval": "Invalid prop=val specified\n{use}",
    },
    "solaris11": {
        "arity": "usage: {use}",
        "arity_create": "usage: {use}",
        "create_if": "cannot create interface {name}: {status}",
        "delete_if": "cannot delete interface {name}: {status}",
        "show_if": "cannot get information for interface(s): {status}",
        "addr_args": "invalid arguments\nusage: {use}",
        "aobj_name": "invalid address object name: {aobj}\nusage: {use}",
        "type_args": "invalid arguments for type {atype}\nusage: {use}",
        "bad_type": "invalid address type {atype}",
        "multi_local": "multiple local addresses provided",
        "multi_remote": "multiple remote addresses provided",
        "bad_addr_arg": "invalid address provided\nusage: {use}",
        "missing_local": "missing local address\nusage: {use}",
        "aobj_failed": "cannot create address object: {status}",
        "local_failed": "cannot set local address: {status}",
        "remote_failed": "cannot set remote address: {status}",
        "bad_wait": "invalid argument",
        "p_dup": "duplicate option",
        "p_value": "invalid argument",
        "p_args": "invalid arguments for option -p",
        "create_addr": "cannot create address: {status}",
        "delete_addr": "cannot delete address: {status}",
        "enable_addr": "cannot enable address: {status}",
        "disable_addr": "cannot disable address: {status}",
        "up_addr": "cannot mark the address up: {status}",
        "down_addr": "cannot mark the address down: {status}",
        "show_addr_name": "invalid address object name provided",
        "show_addr_missing": "address object not found",
        "show_addr_failed": "cannot get address information: {status}",
        "warn_status": "@ipadm.s11-warn-status",   # warn_ipadmerr(st, "") prints fmt, then ": %s"
        "bad_propval": "invalid prop=val specified\n{use}",
    },
}
# the same in both ipadm.c files
COMMON = {
    "persist": "persistent operation not supported for {cmd}",
    "p_requires_o": "-p requires -o",
    "p_with_d": "-p cannot be used with -d",
    "d_with_o": "-d cannot be used with -o",
    "bad_proto": "invalid protocol '{proto}' specified",
    "p_once": "-p must be specified once only",
    "value_needed": "please specify the value to be set.\n{use}",
    "one_propval": "cannot specify more than one prop=val at a time.\n{use}",
    "reset_syntax": "incorrect syntax used for -p.\n{use}",
    "proto_needed": "protocol must be specified when property name is used",
    "bad_proplist": "invalid protocol properties specified",
    "set_prop": "set-prop: {prop}: {status}",
    "reset_prop": "reset-prop: {prop}: {status}",
    "opt_value": "option '-{opt}' requires a value\nusage: {use}",
    "opt_unknown": "unrecognized option '-{opt}'\nusage: {use}",
    "unknown_command": "unknown subcommand '{word}'",
}

# libipadm's ipadm_status2str, keyed by the model's IpError codes and libipadm's own statuses
_STATUS = {
    "IF_EXISTS": "Interface already exists",
    "ADDROBJ_EXISTS": "Address object already exists",
    "ADDRCONF_EXISTS": "Addrconf already in progress",
    "NOTFOUND": "Object not found",
    "ADDR_INUSE": "Address already in use",
    "EAUTH": "Insufficient user authorizations",
    "EPERM": "Permission denied",
    "INVALID_ARG": "Invalid argument provided",
    "BAD_ADDR": "Invalid address",
    "BAD_FAMILY": "Incorrect protocol family for operation",
    "PROP_UNKNOWN": "Unknown property",
    "DHCP_TIMEOUT": "Communication with dhcpagent timed out",
    "OP_DISABLE_OBJ": "Operation not supported on disabled object",
    "ERANGE": "Value is outside the allowed range",
    "FAILURE": "Operation failed",
}
STATUS = {
    "illumos": dict(_STATUS, ENXIO="Interface does not exist", INVALID_IFNAME="Invalid name",
                    ENAMETOOLONG="Invalid name", NO_LINK="Could not open DLPI link"),
    "solaris11": dict(_STATUS, ENXIO="No such interface", INVALID_IFNAME="Invalid interface name",
                      ENAMETOOLONG="Invalid interface name", NO_LINK="Datalink does not exist"),
}

# options one dialect's getopt string lacks (the grammar declares the union)
ABSENT_OPTIONS = {
    "illumos": {"show-addr": "d"},          # -d (DHCP lease columns) is Solaris 11's
    "solaris11": {"create-addr": "1"},      # -1 (DHCP primary) is illumos's
}

IFNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.]*[0-9]$")      # ifparse_ifspec: a name ending in its PPA
AOBJ_USER = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")          # ipadm_create_addrobj: alnum, alpha first
AOBJSIZ = 64                                                # IPADM_AOBJSIZ (LIFNAMSIZ + IPADM_AOBJ_USTRSIZ)


class Die(Exception):
    """ipadm printed `text` on stderr and exited with `status`."""

    def __init__(self, text: str, status: int = 1):
        self.text, self.status = text, status
        super().__init__(text)


class Env:
    """One run of one ipadm subcommand."""

    def __init__(self, ctx, command: str, use: str, grammar):
        self.ctx, self.command, self.use, self.g = ctx, command, use, grammar
        self.d = releases.ip_dialect(ctx.host.release.ip_dialect)
        self.dialect = self.d.ipadm_words
        self.stack = ctx.host.ip

    # words --------------------------------------------------------------------------------
    def text(self, key: str, **kw) -> str:
        fmt = WORDS[self.dialect].get(key) or COMMON[key]
        if fmt.startswith("@"):                    # a guess: the registry of unverified texts
            return messages.text(fmt[1:], use=self.use, **kw)
        return fmt.format(use=self.use, **kw)

    def die(self, key: str, **kw) -> Die:
        return Die(f"ipadm: {self.text(key, **kw)}")

    def status(self, code: str) -> str:
        return STATUS[self.dialect].get(code, "<unknown error>")

    def fail(self, key: str, code: str, **kw) -> Die:
        """die("... %s", ipadm_status2str(status))"""
        return self.die(key, status=self.status(code), **kw)

    def warn(self, msg: str) -> None:
        self.ctx.err(f"ipadm: warning: {msg}\n")

    def warn_status(self, code: str) -> None:
        self.warn(self.text("warn_status", status=self.status(code)))

    def out(self, text: str) -> None:
        self.ctx.out(text)

    # privileges: libipadm checks solaris.network.interface.config before it changes anything
    @property
    def authorized(self) -> bool:
        return self.ctx.user.uid == 0 or self.ctx.as_root

    def need_auth(self, key: str, **kw) -> None:
        if not self.authorized:
            raise self.fail(key, "EAUTH", **kw)

    # getopt_long as ipadm.c calls it (opterr = 0) ------------------------------------------
    def optstring(self) -> tuple[dict[str, bool], bool]:
        """The subcommand's option letters (-> takes a value) from the grammar, less what the
        dialect's ipadm lacks."""
        letters: dict[str, bool] = {}
        for form in self.g.commands[self.command]["forms"]:
            for fname, spec in form["flags"].items():
                if len(fname) == 2:
                    letters[fname[1]] = letters.get(fname[1], False) or bool(spec["value"])
        for c in ABSENT_OPTIONS.get(self.dialect, {}).get(self.command, ""):
            letters.pop(c, None)
        return letters, True

    def getopt(self, args: list[str], colon: bool = True):
        """-> (options [(letter, value)], operands). Options and operands may be interleaved
        (getopt_long permutes); `--` ends the options. A bad option dies as die_opterr does:
        with a leading ':' in the optstring a missing value is ':' ("requires a value"),
        without it (show-if, show-addr) it is '?' ("unrecognized option")."""
        letters, _ = self.optstring()
        opts, operands = [], []
        i = 0
        while i < len(args):
            a = args[i]
            i += 1
            if a == "--":
                operands.extend(args[i:])
                break
            if a.startswith("--"):
                raise Die("ipadm: " + messages.text("ipadm.long-option", use=self.use))
            if not a.startswith("-") or a == "-":
                operands.append(a)
                continue
            j = 1
            while j < len(a):
                c = a[j]
                j += 1
                if c not in letters:
                    raise self.die("opt_unknown", opt=c)
                if not letters[c]:
                    opts.append((c, None))
                    continue
                if j < len(a):
                    opts.append((c, a[j:]))
                elif i < len(args):
                    opts.append((c, args[i]))
                    i += 1
                else:
                    raise self.die("opt_value" if colon else "opt_unknown", opt=c)
                break
        return opts, operands

    # listings -----------------------------------------------------------------------------
    def open_fields(self, spec: str, wanted: str | None, parseable: bool) -> list:
        """ofmt_open and ipadm_ofmt_check: fatal when parseable or nothing is left, else a
        warning and the known fields."""
        try:
            return ofmt.open_fields(ofmt.fields(spec), wanted, parseable, warn=self.warn)
        except ofmt.FieldError as e:
            raise Die(f"ipadm: {e.text}") from None


def valid_ifname(name: str) -> bool:
    return len(name) < 32 and bool(IFNAME.match(name))
