"""Overlay devices (illumos): create-, delete-, modify- and show-overlay.

Facts: illumos dladm.c do_create_overlay/do_delete_overlay/do_modify_overlay/do_show_overlay
(omniosorg/illumos-omnios @2f9f5929), libdloverlay.c (illumos-gate), libofmt ofmt.c. The rules
live in vshell/model/overlays.py; this module parses as getopt does and words as dladm does."""
from __future__ import annotations

from vshell import messages
from vshell.commands.dladm.common import Die, Env, die, die_dlerr
from vshell.commands.dladm.status import words
from vshell.model import overlays
from vshell.model.datalinks import MAXLINKNAMELEN, DlError, Overlay, link_ntoa, parse_mac, valid_link_name
from vshell.model.overlays import OverlayError

# strerror(3C) of the errnos varpd and the overlay driver give back (illumos sys_errlist)
STRERROR = {"ENOENT": "No such file or directory", "EAGAIN": "Resource temporarily unavailable",
            "EINVAL": "Invalid argument", "EACCES": "Permission denied",
            "ENOTDIR": "Not a directory", "ENODEV": "No such device", "EEXIST": "File exists",
            "ENOTSUP": "Operation not supported", "EADDRNOTAVAIL": "Cannot assign requested address"}
_FS_ERRNO = {"enoent": "ENOENT", "enotdir": "ENOTDIR", "eacces": "EACCES", "eperm": "EACCES",
             "eisdir": "ENODEV"}        # mmap(2) of a directory  # unverified


def _strerror(errno: str) -> str:
    if errno in STRERROR:
        return STRERROR[errno]
    return messages.text("dladm.overlay-strerror-unknown")


def _local(env: Env, addr) -> bool:
    ip = env.host.ip
    return ip is None or addr in ip.addresses(addr.version, up=False)


def _opts(env: Env) -> tuple[list[tuple[str, str | None]], list[str]]:
    """The options as getopt hands them to dladm.c (the grammar parsed them: each option in
    the order first given, a repeated -p in order) and the operands."""
    return ([(f, None if v is True else v) for f, vals in env.p.flags.items() for v in vals],
            list(env.p.args))


def _notes(env: Env, notes: list[tuple]) -> None:
    """warn_dlerrlist: each errlist entry as a warning line."""
    for kind, arg in notes:
        if kind == "set-prop":
            text = f"failed to set property {arg}"
        elif kind == "varpd-create":
            text = f"failed to create varpd instance: {_strerror(arg)}"
        elif kind == "varpd-prop":
            text = f"failed to set varpd prop: {arg}\n"      # the source's own newline
        elif kind == "varpd-activate":
            text = f"failed to activate varpd instance: {_strerror(arg)}"
        elif kind == "unset":
            text = f"unset required property: {arg}"
        elif kind == "device-activate":
            text = f"failed to activate device: {_strerror(arg)}"
        else:
            text = messages.text("dladm.overlay-varpd-props-gone", overlay=arg)
        env.warn(text)


# create-overlay ---------------------------------------------------------------------------------
def create_overlay(env: Env) -> int:
    opts, operands = _opts(env)
    encap = search = None
    vid, havevid, temporary, propstr = 0, False, False, ""
    for flag, val in opts:
        if flag == "-e":
            encap = val
        elif flag == "-s":
            search = val
        elif flag == "-t":
            temporary = True
        elif flag == "-p":
            joined = propstr + val
            if len(joined) + 1 >= overlays.PROPSTR_MAX:
                raise die(f"property list too long '{(joined + ',')[:overlays.PROPSTR_MAX - 1]}'")
            propstr = joined + ","
        elif flag == "-v":
            vid = _strtoul(val)
            if vid is None:
                raise die(f"couldn't parse virtual networkd id: {val}")
            if vid >= 1 << 64:
                raise die(f"virtual networkd id too large: {val}")
            havevid = True
    if not havevid:
        raise die("missing required virtual network id")
    if encap is None:
        raise die("missing required encapsulation plugin")
    if search is None:
        raise die("missing required search plugin")
    if len(operands) != 1:
        raise die("missing device name")
    name = operands[0]
    if len(name) >= MAXLINKNAMELEN:
        raise die(f"link name too long '{name}'")
    if not valid_link_name(name):
        raise die(f"invalid link name '{name}'")
    if len(encap) + 1 > MAXLINKNAMELEN:
        raise die(f"encapsulation plugin name too long '{encap}'")
    if len(search) + 1 > MAXLINKNAMELEN:
        raise die(f"search plugin name too long '{encap}'")      # sic: dladm.c prints encap
    props = overlays.parse_proplist(propstr)
    if props is None:
        raise die("invalid overlay property")
    try:
        env.need_privilege()
        overlays.create(env.links, name, encap, search, vid, props, temporary=temporary,
                        read_file=lambda path: _read(env, path), local=lambda a: _local(env, a))
    except OverlayError as e:
        _notes(env, e.notes)
        raise die_dlerr(e.code, "overlay creation failed") from None
    except DlError as e:
        raise die_dlerr(e.code if e.code.isupper() else "BADARG", "overlay creation failed") from None
    return 0


def _strtoul(text: str) -> int | None:
    """strtoul(optarg, &endp, 10) with *endp checked: None when text is left over."""
    s = text.lstrip()
    neg = s[:1] == "-"
    if s[:1] in ("+", "-"):
        s = s[1:]
    if s and not s.isdigit():
        return None
    if not s:
        return 0 if not text.strip() else None
    v = int(s)
    if v >= 1 << 64:
        return v                         # ERANGE: the caller says too large
    return (-v) % (1 << 64) if neg else v


def _read(env: Env, path: str) -> tuple[str, str]:
    """varpd opens the files plugin's file on this host (as the daemon, not as the user)."""
    from vshell.model.vfs import FsError
    try:
        return env.host.fs.read(path), ""
    except FsError as e:
        return "", _FS_ERRNO.get(e.code, "EINVAL")


# delete-overlay ---------------------------------------------------------------------------------
def delete_overlay(env: Env) -> int:
    name = env.p.args[-1]
    if name not in env.links.links:
        raise die_dlerr("NOTFOUND", f"failed to delete {name}")
    try:
        env.need_privilege()
        overlays.delete(env.links, name)
    except DlError as e:
        raise die_dlerr(e.code if e.code.isupper() else "BADARG", f"failed to delete {name}") from None
    return 0


# modify-overlay ---------------------------------------------------------------------------------
def modify_overlay(env: Env) -> int:
    opts, operands = _opts(env)
    flush = delete = None
    setting = None
    count, last = 0, ""
    for flag, val in opts:
        if flag == "-d":
            count += 1
            last = val
            try:
                delete = parse_mac(val)
            except DlError:
                raise die(f"invalid mac address: {val}\n") from None
        elif flag == "-f":
            flush = True
            count += 1
        elif flag == "-s":
            count += 1
            mac_text, eq, dest = val.partition("=")
            if not eq:
                # dladm.c writes through strchr()'s NULL: the process dies on SIGSEGV
                raise Die(messages.text("dladm.overlay-modify-segv"), 139)
            last = mac_text
            try:
                setting = (parse_mac(mac_text), dest)
            except DlError:
                raise die(f"invalid mac address: {mac_text}\n") from None
    if count == 0:
        raise die("need to specify one of -d, -f, or -s")
    if count > 1:
        raise die("only one of -d, -f, or -s may be used")
    if not operands:
        raise die("missing required overlay device\n")
    if len(operands) > 1:
        raise die("only one overlay device may be specified\n")
    name = operands[0]
    if name not in env.links.links:
        raise die_dlerr("NOTFOUND", f"failed to find overlay {name}")
    # varpd's door refuses a caller without datalink rights (EPERM)  # unverified: where it refuses
    if flush:
        try:
            env.need_privilege()
            overlays.cache_flush(env.links, name)
        except DlError as e:
            raise die_dlerr(e.code, f"failed to flush target cache for overlay {name}") from None
    if delete is not None:
        try:
            env.need_privilege()
            overlays.cache_delete(env.links, name, delete)
        except DlError as e:
            raise die_dlerr(e.code, f"failed to flush target {last} from overlay target cache "
                                    f"{name}") from None
    if setting is not None:
        try:
            env.need_privilege()
            overlays.cache_set(env.links, name, *setting)
        except DlError as e:
            raise die_dlerr(e.code, f"failed to set target {last} for overlay target cache "
                                    f"{name}") from None
    return 0


# show-overlay -----------------------------------------------------------------------------------
def show_overlay(env: Env) -> int:
    """libofmt opened with OFMT_WRAP: values split at commas to fit their column; rows print
    one by one, between the warnings."""
    opts, operands = _opts(env)
    mode, fields_str, parseable = "props", None, False
    for flag, val in opts:
        if flag == "-f":
            mode = "fma"
        elif flag == "-t":
            mode = "targets"
        elif flag == "-o":
            fields_str = val
        elif flag == "-p":
            parseable = True
    if fields_str is not None and fields_str.lower() == "all":
        fields_str = None                # do_show_overlay: "all" is no list (ofmt takes every field)
    spec = {"props": "show_overlay", "fma": "show_overlay_fma", "targets": "show_overlay_target"}[mode]
    printer = env.printer(env.open_fields(spec, fields_str, parseable), parseable, wrap=True)

    def row(values: dict) -> None:
        env.out(printer.row(values))
    failed = False
    if operands:
        chosen = []
        for name in operands:
            link = env.links.links.get(name)
            if link is None or not env.visible(link):
                env.ctx.err(f"dladm: warning: failed to find {name}: {words('NOTFOUND')}\n")
                failed = True
                continue
            chosen.append(link)
    else:
        chosen = [k for k in env.visible_links("overlay")]
    for link in chosen:
        if not isinstance(link, Overlay):
            if mode == "fma":
                raise die(f"datalink {link.name} is not an overlay device\n")
            env.ctx.err(f"dladm: warning: {link.name} is not an overlay\n")
            failed = True
            continue
        if mode == "props":
            for prop, value in overlays.props_of(link):
                row({"link": link.name, "property": prop.name, "perm": prop.perm,
                         "req": "y" if prop.req else "-", "value": value or "--",
                         "default": prop.default or "--",
                         "possible": overlays.possible(prop) or "--"})
        elif mode == "fma":
            msg = overlays.degraded(link)
            row({"link": link.name, "status": "DEGRADED" if msg else "ONLINE",
                     "details": msg or "-"})
        else:
            for mac, dest in overlays.targets(link):
                if dest == "drop":
                    dest = messages.text("dladm.overlay-drop-destination")
                row({"link": link.name, "target": "*:*:*:*:*:*" if mac is None
                         else link_ntoa(mac), "destination": dest})
    return 1 if failed else 0
