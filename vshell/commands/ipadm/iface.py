"""ipadm create-ip/create-if, delete-ip/delete-if, show-if."""
from __future__ import annotations

from vshell.commands import ofmt
from vshell.commands.ipadm.common import Env, valid_ifname
from vshell.model.ip import IFF, LOOPBACK, IpError


def create_ip(env: Env, args: list[str]) -> int:
    """do_create_if / do_create_ip_common: getopt ":t", one operand, then ipadm_create_if
    (authorization, the name, IPv4 and IPv6 plumbed; libipadm leaves IPv6 without its
    link-local address until an addrconf address object asks for it)."""
    opts, ops = env.getopt(args)
    temporary = any(c == "t" for c, _ in opts)
    if len(ops) != 1:
        raise env.die("arity_create" if env.dialect == "illumos" else "arity")
    name = ops[0]
    env.need_auth("create_if", name=name)
    stack = env.stack
    try:
        if not valid_ifname(name):
            raise IpError("INVALID_IFNAME", name=name)
        if stack.plumbed(name):
            raise IpError("IF_EXISTS", name=name)
        made = []
        try:
            for fam in (4, 6):
                stack.plumb(name, fam, persistent=not temporary, linklocal=False)
                made.append(fam)
        except IpError:
            for fam in made:
                stack.unplumb(name, fam)
            raise
    except IpError as e:
        raise env.fail("create_if", e.code, name=name) from None
    return 0


def delete_ip(env: Env, args: list[str]) -> int:
    """do_delete_if: no getopt at all; exactly one word, then ipadm_delete_if."""
    if len(args) != 1:
        raise env.die("arity")
    name = args[0]
    env.need_auth("delete_if", name=name)
    stack = env.stack
    if not stack.plumbed(name):
        raise env.fail("delete_if", "ENXIO", name=name)
    for fam in (4, 6):
        if stack.find(name, fam) is not None:
            stack.unplumb(name, fam)
    return 0


# ipadm.c print_si_cb's flag tables: (letter, IFF bit or family)
_CFLAGS = {
    "illumos": ["b", "m", "p", "v", "I", "s", "i", "V", "a", "Z", "4", "6"],
    "solaris11": ["b", "m", "4", "6", "p", "v", "s", "l", "i", "V", "a", "Z"],
}
_PFLAGS = {"illumos": ["s", "4", "6"], "solaris11": ["4", "6", "s", "l"]}
_BITS = {"b": "BROADCAST", "m": "MULTICAST", "p": "POINTOPOINT", "v": "VIRTUAL", "I": "IPMP",
         "s": "STANDBY", "i": "INACTIVE", "V": "VRRP", "a": "NOACCEPT", "Z": "L3PROTECT"}


def interfaces(stack) -> list[str]:
    """Interface names in the kernel's index order."""
    return sorted(stack.phyint, key=lambda n: stack.phyint[n])


def if_class(name: str) -> str:
    return "loopback" if name == LOOPBACK else "ip"


def if_state(stack, name: str) -> str:
    """ok: running with an address up; down: no address up; failed: the link is not running."""
    families = [i for i in (stack.find(name, 4), stack.find(name, 6)) if i is not None]
    if not all(stack.link_up(i) for i in families):
        return "failed"
    if any(lif.up for i in families for lif in i.lifs.values()):
        return "ok"
    return "down"


def _cflags(env: Env, stack, name: str) -> str:
    fams = {f: stack.find(name, f) for f in (4, 6)}
    bits = 0
    for iface in fams.values():
        if iface is not None:
            bits |= stack.flags(iface, iface.lifs[0])
    out = ""
    for c in _CFLAGS[env.dialect]:
        if c in "46":
            on = fams[int(c)] is not None
        elif c == "l":
            on = False                                  # an IPMP group's underlying interface
        else:
            on = bool(bits & IFF[_BITS[c]])
        out += c if on else "-"
    return out


def _pflags(env: Env, stack, name: str) -> str:
    out = ""
    for c in _PFLAGS[env.dialect]:
        iface = stack.find(name, int(c)) if c in "46" else None
        on = iface is not None and iface.persistent and name != LOOPBACK
        out += c if on else "-"
    return out


def show_if(env: Env, args: list[str]) -> int:
    """do_show_if: getopt "po:" (no ':' first: a missing -o value is an unrecognized option)."""
    opts, ops = env.getopt(args, colon=False)
    parseable = any(c == "p" for c, _ in opts)
    fields = next((v for c, v in reversed(opts) if c == "o"), None)
    if env.dialect == "solaris11" and parseable and fields is None:
        raise env.die("p_requires_o")
    if len(ops) > 1:
        raise env.die("arity")
    name = ops[0] if ops else None
    chosen = env.open_fields(env.d.ipadm_show_if, fields, parseable)
    stack = env.stack
    if name is not None and not stack.plumbed(name):
        raise env.fail("show_if", "ENXIO")
    rows = []
    for n in ([name] if name else interfaces(stack)):
        rows.append({"ifname": n, "class": if_class(n), "state": if_state(stack, n), "active": "yes",
                     "current": _cflags(env, stack, n), "persistent": _pflags(env, stack, n),
                     "over": "" if parseable else "--"})
    env.out(ofmt.render(chosen, rows, parseable))
    return 0
