"""ipadm create-addr, delete-addr, up-/down-addr, enable-/disable-addr, show-addr and the 11.4
`ipadm` tree."""
from __future__ import annotations

import ipaddress

from vshell.commands import ofmt
from vshell.commands.ipadm.common import AOBJ_USER, AOBJSIZ, Die, Env, valid_ifname
from vshell.commands.ipadm.iface import if_class, if_state
from vshell.model.ip import IFF, LOOPBACK, IpError

DHCP_WAIT = 120          # IPADM_DHCP_WAIT_DEFAULT: seconds ipadm waits for dhcpagent


class _Status(Exception):
    """A libipadm status on the way to the subcommand's die()."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


# address objects ------------------------------------------------------------------------------
def _check_aobj(aobj: str) -> None:
    """ipadm_create_addrobj: interface part a valid name, user part alphanumeric from a letter."""
    ifname, _, user = aobj.partition("/")
    if len(aobj) >= AOBJSIZ or not valid_ifname(ifname) or not AOBJ_USER.match(user):
        raise _Status("INVALID_ARG")


def _parse_addr(text: str):
    """ipadm_set_addr: a literal address with an optional /prefixlen (names are not resolved
    here: an unknown name is getaddrinfo's failure, "Invalid address")."""
    host, slash, plen = text.partition("/")
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        raise _Status("BAD_ADDR") from None
    prefixlen = None
    if slash:
        if not plen.isdigit() or not 0 < int(plen) <= addr.max_prefixlen:
            raise _Status("INVALID_ARG")
        prefixlen = int(plen)
    return addr, prefixlen


def _static_args(env: Env, arg: str):
    """process_static_addrargs: getsubopt over local=/remote=; one bare word is the local
    address (getsubopt cut the string at the first comma)."""
    local = remote = None
    mismatch = False
    first = arg.split(",", 1)[0]
    for item in arg.split(","):
        if not item:
            continue
        key, eq, val = item.partition("=")
        if key == "local":
            if local is not None:
                raise env.die("multi_local")
            local = val if eq else ""
        elif key == "remote":
            if remote is not None:
                raise env.die("multi_remote")
            remote = val if eq else ""
        else:
            if mismatch:
                raise env.die("bad_addr_arg")
            mismatch = True
    if remote is not None and local is None:
        raise env.die("missing_local")
    if local is None:
        if not mismatch:
            raise env.die("missing_local")
        local = first
    return local, remote


def _addrconf_args(env: Env, arg: str) -> None:
    """process_addrconf_addrargs: stateless=yes|no, stateful=yes|no (accepted, not modelled)."""
    seen = set()
    for item in arg.split(","):
        if not item:
            continue
        key, eq, val = item.partition("=")
        if key not in ("stateless", "stateful"):
            raise env.die("opt_value", opt="p")        # die_opterr(optopt, option) after getsubopt: '?'
        if key in seen:
            raise env.die("p_dup")
        if not eq or val not in ("yes", "no"):
            raise env.die("p_value")
        seen.add(key)
    if not seen:
        raise env.die("p_args")


def create_addr(env: Env, args: list[str]) -> int:
    opts, ops = env.getopt(args)
    atype = static_arg = addrconf_arg = wait = None
    s_opt = auto_opt = dhcp_opt = down = temporary = False
    for c, v in opts:
        if c == "T":
            atype = v
        elif c == "a":
            static_arg, s_opt = v, True
        elif c == "d":
            down, s_opt = True, True
        elif c in ("h", "1"):
            dhcp_opt = True
        elif c == "i":
            auto_opt = True
        elif c == "p":
            addrconf_arg, auto_opt = v, True
        elif c == "w":
            wait, dhcp_opt = v, True
        elif c == "t":
            temporary = True
    by_ifname = bool(env.d.ipadm_addr_ifname)
    if by_ifname and atype is None and static_arg is not None:
        atype = "static"                 # 11.4: `create-addr -a addr net0` (solaris11.md 2.2)
    if atype is None or len(ops) != 1:
        raise env.die("addr_args")
    target = ops[0]
    slash = target.find("/")
    if slash < 0 and not by_ifname or slash >= 0 and slash == len(target) - 1:
        raise env.die("aobj_name", aobj=target)
    ifname = target if slash < 0 else target[:slash]
    local = remote = None
    if atype == "static":
        if static_arg is None or auto_opt or dhcp_opt:
            raise env.die("type_args", atype=atype)
        laddr, raddr = _static_args(env, static_arg)
        try:
            if slash >= 0:
                _check_aobj(target)
        except _Status as e:
            raise env.fail("aobj_failed", e.code) from None
        try:
            local = _parse_addr(laddr)
        except _Status as e:
            raise env.fail("local_failed", e.code) from None
        if raddr is not None:
            try:
                remote = _parse_addr(raddr)[0]
            except _Status as e:
                raise env.fail("remote_failed", e.code) from None
        family = local[0].version
    elif atype == "dhcp":
        if auto_opt or s_opt:
            raise env.die("type_args", atype=atype)
        try:
            if slash >= 0:
                _check_aobj(target)
        except _Status as e:
            raise env.fail("aobj_failed", e.code) from None
        if wait is not None and wait != "forever" and not (wait.isdigit() or
                                                             wait.startswith("+") and wait[1:].isdigit()):
            raise env.die("bad_wait")
        family = 4
    elif atype == "addrconf":
        if dhcp_opt or s_opt:
            raise env.die("type_args", atype=atype)
        try:
            if slash >= 0:
                _check_aobj(target)
        except _Status as e:
            raise env.fail("aobj_failed", e.code) from None
        if addrconf_arg is not None:
            _addrconf_args(env, addrconf_arg)
        family = 6
    else:
        raise env.die("bad_type", atype=atype)

    # ipadm_create_addr
    env.need_auth("create_addr")
    stack = env.stack
    made: list[int] = []
    try:
        if not valid_ifname(ifname):
            raise IpError("INVALID_ARG")
        if local is not None and local[0] is not None and not local[0].is_unspecified \
                and stack.find_addr(local[0]) is not None:
            raise IpError("ADDR_INUSE")         # refused before any interface is made for it
        if not stack.plumbed(ifname):
            if not env.d.create_addr_plumbs:
                raise IpError("ENXIO")
            for fam in (4, 6):                 # 11.4 makes the IP interface, as create-ip does
                stack.plumb(ifname, fam, persistent=not temporary, linklocal=False)
                made.append(fam)
        elif stack.find(ifname, family) is None:
            stack.plumb(ifname, family, persistent=not temporary, linklocal=False)
            made.append(family)               # the other family is plumbed implicitly
        aobj = target if slash >= 0 else stack.next_aobj(ifname, family)
        addr, prefixlen = local if local is not None else (None, None)
        lif = stack.create_addr(aobj, family, atype, addr, prefixlen, down=down,
                                persistent=not temporary)
        if remote is not None:
            lif.dest = remote
    except IpError as e:
        for fam in made:
            stack.unplumb(ifname, fam)
        raise env.fail("create_addr", e.code) from None
    if slash < 0:
        env.out(aobj + "\n")
    if atype == "dhcp" and not lif.up:
        if wait != "forever":
            env.ctx.world.clock.advance(DHCP_WAIT if wait is None else int(wait))
        env.warn_status("DHCP_TIMEOUT")
    return 0


def _misc_args(env: Env, args: list[str], letters: str = "t") -> tuple[bool, str]:
    """process_misc_addrargs: getopt ":t", exactly one operand."""
    opts, ops = env.getopt(args)
    if len(ops) != 1:
        raise env.die("arity")
    return any(c == "t" for c, _ in opts), ops[0]


def _lookup(env: Env, aobj: str, key: str):
    found = env.stack.aobjs().get(aobj)
    if found is None:
        raise env.fail(key, "NOTFOUND")
    return found


def delete_addr(env: Env, args: list[str]) -> int:
    opts, ops = env.getopt(args)
    if len(ops) != 1:
        raise env.die("arity")
    aobj = ops[0]
    env.need_auth("delete_addr")
    _lookup(env, aobj, "delete_addr")
    env.stack.delete_addr(aobj)          # -r: the DHCP lease goes back with it
    return 0


def up_addr(env: Env, args: list[str]) -> int:
    _, aobj = _misc_args(env, args)
    env.need_auth("up_addr")
    iface, lif = _lookup(env, aobj, "up_addr")
    if lif.disabled:
        raise env.fail("up_addr", "OP_DISABLE_OBJ")
    try:
        env.stack.set_up(iface, lif, True)
    except IpError as e:
        raise env.fail("up_addr", e.code) from None
    return 0


def down_addr(env: Env, args: list[str]) -> int:
    _, aobj = _misc_args(env, args)
    env.need_auth("down_addr")
    iface, lif = _lookup(env, aobj, "down_addr")
    if lif.disabled:
        raise env.fail("down_addr", "OP_DISABLE_OBJ")
    env.stack.set_up(iface, lif, False)
    return 0


def disable_addr(env: Env, args: list[str]) -> int:
    temporary, aobj = _misc_args(env, args)
    if not temporary:
        raise env.die("persist", cmd="disable-addr")
    env.need_auth("disable_addr")
    iface, lif = _lookup(env, aobj, "disable_addr")
    if lif.disabled:
        raise env.fail("disable_addr", "OP_DISABLE_OBJ")
    env.stack.set_up(iface, lif, False)
    lif.disabled = True
    return 0


def enable_addr(env: Env, args: list[str]) -> int:
    temporary, aobj = _misc_args(env, args)
    if not temporary:
        raise env.die("persist", cmd="enable-addr")
    env.need_auth("enable_addr")
    iface, lif = _lookup(env, aobj, "enable_addr")
    if not lif.disabled:
        raise env.fail("enable_addr", "ADDROBJ_EXISTS")
    try:
        env.stack.set_up(iface, lif, True)
    except IpError as e:
        raise env.fail("enable_addr", e.code) from None
    lif.disabled = False
    return 0


# listings -----------------------------------------------------------------------------------
def listed(stack, name: str | None = None) -> list:
    """ipadm_addr_info: every logical interface with an address object or an address
    (an unnumbered :0 that ipadm never configured is left out), v4 then v6."""
    return [(i, lif) for i, lif in stack.lifs()
            if (name is None or i.name == name) and (lif.aobj or lif.addr is not None)]


def _atype(stack, iface, lif) -> str:
    if lif.atype:
        return lif.atype
    f = stack.flags(iface, lif)
    return "dhcp" if f & IFF["DHCP"] else "addrconf" if f & IFF["ADDRCONF"] else "static"


def _astate(lif) -> str:
    return "disabled" if lif.disabled else "ok" if lif.up else "down"


def _addr(stack, iface, lif, atype: str) -> str:
    if lif.addr is None:
        return "?" if atype == "dhcp" else ("0.0.0.0" if iface.family == 4 else "::")
    if lif.dest is not None and stack.flags(iface, lif) & IFF["POINTOPOINT"]:
        return f"{lif.addr}->{lif.dest}"
    return f"{lif.addr}/{lif.prefixlen}" if lif.prefixlen else str(lif.addr)


def addr_row(stack, iface, lif) -> dict:
    atype = _atype(stack, iface, lif)
    f = stack.flags(iface, lif)
    current = "".join(c if f & IFF[b] else "-" for c, b in
                      (("U", "UP"), ("u", "UNNUMBERED"), ("p", "PRIVATE"), ("t", "TEMPORARY"),
                       ("d", "DEPRECATED")))
    persistent = ("U" if lif.persistent and (lif.up or lif.disabled) else "-") + "--"
    return {"addrobj": lif.aobj or f"{iface.name}/?", "type": atype, "state": _astate(lif),
            "current": current, "persistent": persistent, "addr": _addr(stack, iface, lif, atype),
            "cid-type": "", "cid-value": "", "begin": "", "expire": "", "renew": ""}


def show_addr(env: Env, args: list[str]) -> int:
    """do_show_addr: getopt "po:" (Solaris "dpo:"), -p needs -o, one optional operand:
    an address object, or `<interface>/` for all of one interface's."""
    opts, ops = env.getopt(args, colon=False)
    parseable = any(c == "p" for c, _ in opts)
    dhcp = any(c == "d" for c, _ in opts)
    fields = next((v for c, v in reversed(opts) if c == "o"), None)
    if dhcp:
        fields = "addrobj,state,addr,cid-type,cid-value,begin,expire,renew"
    if parseable and fields is None:
        raise env.die("p_requires_o")
    if dhcp and parseable:
        raise env.die("p_with_d")
    if dhcp and any(c == "o" for c, _ in opts):
        raise env.die("d_with_o")
    aname = ifname = None
    if len(ops) == 1:
        aname = ops[0]
        cut = aname.find("/")
        if cut < 0:
            raise env.die("show_addr_name")
        if cut == len(aname) - 1:
            ifname, aname = aname[:-1], None
    elif len(ops) > 1:
        raise env.die("arity")
    chosen = env.open_fields(env.d.ipadm_show_addr, fields or "addrobj,type,state,addr", parseable)
    stack = env.stack
    if ifname is not None and not stack.plumbed(ifname):
        raise env.fail("show_addr_failed", "ENXIO")
    printer = ofmt.Printer(chosen, parseable)
    found = False
    for iface, lif in listed(stack, ifname):
        if aname is not None:
            if lif.aobj != aname:
                continue
            found = True
        if dhcp and not stack.flags(iface, lif) & IFF["DHCP"]:
            continue
        env.out(printer.row(addr_row(stack, iface, lif)))
    if aname is not None and not found:
        raise env.die("show_addr_missing")
    return 0


def tree(env: Env, args: list[str]) -> int:
    """Oracle Solaris 11.4's `ipadm` alone: each interface (by name), its address objects
    indented three spaces under it, v4 before v6 (solaris11.md 2.1)."""
    stack = env.stack
    chosen = ofmt.fields(env.d.ipadm_tree)
    printer = ofmt.Printer(chosen)
    for name in sorted(stack.phyint):
        env.out(printer.row(["" + name, if_class(name), if_state(stack, name), "--", "--"]))
        for iface, lif in listed(stack, name):
            r = addr_row(stack, iface, lif)
            env.out(printer.row(["   " + r["addrobj"], r["type"], r["state"], "--", r["addr"]]))
    return 0


__all__ = ["create_addr", "delete_addr", "up_addr", "down_addr", "enable_addr", "disable_addr",
           "show_addr", "tree", "Die", "LOOPBACK"]
