"""cat, mkdir, chmod, rm, rmdir on the virtual file system, each as the host's userland words
it: Solaris (illumos usr/src/cmd/{cat,mkdir,chmod,rm,rmdir}) or GNU coreutils (messages in
vshell/messages.py until a source confirms them). Every operation is checked against the
caller's credential; root passes."""
from __future__ import annotations

import posixpath

from vshell import messages
from vshell.commands.errno import strerror
from vshell.commands.getopt import OptError, getopt
from vshell.commands.modes import BadMode, newmode
from vshell.model.vfs import R, FsError

UMASK = 0o022


def _usage_error(ctx, e: OptError | None, usage: str, gnu_status: int = 1, solaris_status: int = 2) -> int:
    """A bad option or missing operand: getopt's line (if any), then the tool's usage."""
    gnu = ctx.dialect == "gnu"
    if e is not None:
        ctx.err(e.text + "\n")
    cmd = ctx.argv[0].rsplit("/", 1)[-1]
    if gnu:
        if e is None:
            ctx.err(messages.text("gnu.missing-operand", cmd=cmd) + "\n")
        ctx.err(messages.text("gnu.try-help", cmd=cmd) + "\n")
        return gnu_status
    ctx.err(usage + "\n")
    return solaris_status


def _why(ctx, e: FsError) -> str:
    return strerror(e.code, ctx.dialect)


# cat ---------------------------------------------------------------------------------------

def cat(ctx) -> int:
    gnu = ctx.dialect == "gnu"
    try:
        opts, files = getopt(ctx.argv, "AbeEnstTuv" if gnu else "usvtebn", gnu)
    except OptError as e:
        return _usage_error(ctx, e, "usage: cat [ -usvtebn ] [-|file] ...", gnu_status=1)
    number = any(o in ("-n", "-b") for o, _ in opts)
    blank_too = not any(o == "-b" for o, _ in opts)
    status = 0
    line_no = [1]
    for name in files or ["-"]:
        if name == "-":
            text = ctx.stdin or ""
        else:
            try:
                text = ctx.fs.read(ctx.path(name), ctx.cred)
            except FsError as e:
                if e.code == "eisdir" and not gnu:
                    # Solaris opens a directory fine; read(2) then fails (cat.c: input error)
                    ctx.err(f"cat: input error on {name}: {_why(ctx, e)}\n")
                    status = 1                          # cat.c: a read error's 1 replaces any 2
                elif gnu:
                    ctx.err(messages.text("cat.gnu-error", file=name, reason=_why(ctx, e)) + "\n")
                    status = 1
                else:
                    ctx.err(f"cat: cannot open {name}: {_why(ctx, e)}\n")
                    status = 2
                continue
        ctx.out(_numbered(text, blank_too, line_no) if number else text)
    return status


def _numbered(text: str, blank_too: bool, line_no: list[int]) -> str:
    out = []
    for line in text.splitlines(keepends=True):
        if blank_too or line.strip("\n"):
            out.append(f"{line_no[0]:6d}\t{line}")
            line_no[0] += 1
        else:
            out.append(line)
    return "".join(out)


# mkdir -------------------------------------------------------------------------------------

def mkdir(ctx) -> int:
    gnu = ctx.dialect == "gnu"
    try:
        opts, names = getopt(ctx.argv, "m:pv" if gnu else "m:p", gnu,
                             {"mode": True, "parents": False, "verbose": False})
    except OptError as e:
        return _usage_error(ctx, e, "mkdir: usage: mkdir [-m mode] [-p] dirname ...")
    parents = any(o in ("-p", "--parents") for o, _ in opts)
    mode = 0o777 & ~UMASK
    explicit = None
    for o, v in opts:
        if o in ("-m", "--mode"):
            try:
                explicit = mode = newmode(v, 0o777, UMASK, is_dir=True)
            except BadMode as e:
                if gnu:
                    ctx.err(messages.text("mkdir.gnu-invalid-mode", mode=v) + "\n")
                    return 1
                ctx.err("mkdir: invalid mode\n")           # common.c errmsg(1, 5|6, ...)
                return 6 if e.octal else 5
    if not names:
        return _usage_error(ctx, None, "mkdir: usage: mkdir [-m mode] [-p] dirname ...")
    failed = False
    for name in names:
        path = ctx.path(name)
        try:
            if parents and ctx.fs.exists(path):
                if not ctx.fs.lookup(path).is_dir:
                    failed = True
                    ctx.err(messages.text("mkdir.gnu-not-dir", dir=name) + "\n" if gnu
                            else f'mkdir: "{name}": Exists but is not a directory\n')
                continue
            node = ctx.fs.mkdir(path, mode if explicit is None or not parents else 0o755,
                                parents=parents, owner=ctx.user.name, who=ctx.cred,
                                group=ctx.user.group)
            if explicit is not None:
                node.mode = explicit
        except FsError as e:
            failed = True
            if gnu:
                ctx.err(messages.text("mkdir.gnu-cannot-create", dir=name, reason=_why(ctx, e)) + "\n")
            elif parents:
                ctx.err(f'mkdir: "{name}": {_why(ctx, e)}\n')
            else:
                ctx.err(f'mkdir: Failed to make directory "{name}"; {_why(ctx, e)}\n')
    return (1 if gnu else 2) if failed else 0


# chmod -------------------------------------------------------------------------------------

def chmod(ctx) -> int:
    gnu = ctx.dialect == "gnu"
    argv = list(ctx.argv)
    if not gnu and "--" not in argv:
        # chmod.c parseargs(): "-w" and friends are modes, not options
        argv = [argv[0]] + [a for a in _solaris_mode_args(argv[1:])]
    try:
        opts, rest = getopt(argv, "Rcfv" if gnu else "Rf@:", gnu,
                            {"recursive": False, "silent": False, "quiet": False, "verbose": False})
    except OptError as e:
        return _chmod_usage(ctx, e)
    if len(rest) < 2:
        return _chmod_usage(ctx, None)
    recursive = any(o in ("-R", "--recursive") for o, _ in opts)
    quiet = any(o in ("-f", "--silent", "--quiet") for o, _ in opts)
    spec, names = rest[0], rest[1:]
    failures = 0
    for name in names:
        try:
            failures += _chmod_one(ctx, spec, name, recursive, quiet)
        except BadMode as e:
            if gnu:
                ctx.err(messages.text("chmod.gnu-invalid-mode", mode=spec) + "\n")
                ctx.err(messages.text("gnu.try-help", cmd="chmod") + "\n")
                return 1
            ctx.err("chmod: ERROR: invalid mode\n")         # common.c errmsg(1, 5|6, ...)
            return 0 if quiet else (6 if e.octal else 5)
    if gnu:
        return 1 if failures else 0
    return 0 if quiet else failures


def _solaris_mode_args(args: list[str]) -> list[str]:
    out = []
    for a in args:
        if a.startswith("-") and len(a) > 1 and not set(a) & set("Rf@"):
            out.append("--")
        out.append(a)
    return out


def _chmod_usage(ctx, e: OptError | None) -> int:
    if ctx.dialect == "gnu":
        return _usage_error(ctx, e, "")
    if e is not None:
        ctx.err(e.text + "\n")
    ctx.err(messages.text("chmod.usage"))
    return 2


def _chmod_one(ctx, spec: str, name: str, recursive: bool, quiet: bool) -> int:
    gnu = ctx.dialect == "gnu"
    path = ctx.path(name)
    try:
        node = ctx.fs.lookup(path, ctx.cred)
    except FsError as e:
        if not quiet:
            ctx.err(messages.text("chmod.gnu-cannot-access", file=name, reason=_why(ctx, e)) + "\n"
                    if gnu else f"chmod: WARNING: can't access {name}\n")
        return 1
    failures = 0
    try:
        ctx.fs.chmod(path, newmode(spec, node.mode, UMASK, node.is_dir), ctx.cred)
    except FsError as e:
        # chmod.c chmodr(): a directory it recurses into does not count its own failure
        failures = 0 if recursive and node.is_dir and not gnu else 1
        if not quiet:
            ctx.err(messages.text("chmod.gnu-cannot-change", file=name, reason=_why(ctx, e)) + "\n"
                    if gnu else f"chmod: WARNING: can't change {name}\n")
    if recursive and node.is_dir:
        try:
            children = sorted(ctx.fs.listdir(path, ctx.cred))
        except FsError:
            return failures + 1
        below = sum(_chmod_one(ctx, spec, name.rstrip("/") + "/" + child, True, quiet)
                    for child in children)
        return failures + (1 if below and not gnu else below)
    return failures


# rm ----------------------------------------------------------------------------------------

def rm(ctx) -> int:
    gnu = ctx.dialect == "gnu"
    try:
        opts, names = getopt(ctx.argv, "dfirRv" if gnu else "frRi", gnu,
                             {"force": False, "recursive": False, "verbose": False})
    except OptError as e:
        return _usage_error(ctx, e, "usage: rm [-fiRr] file ...")
    force = any(o in ("-f", "--force") for o, _ in opts)
    recursive = any(o in ("-r", "-R", "--recursive") for o, _ in opts)
    if not names and not force:
        return _usage_error(ctx, None, "usage: rm [-fiRr] file ...")
    errors = 0
    for name in names:
        errors += _rm_one(ctx, name, force, recursive)
    if errors:
        return 1 if gnu else 2
    return 0


def _rm_one(ctx, name: str, force: bool, recursive: bool) -> int:
    gnu = ctx.dialect == "gnu"
    path = ctx.path(name)
    try:
        node = ctx.fs.lookup(path, ctx.cred)
    except FsError as e:
        if force and e.code == "enoent":
            return 0
        ctx.err(messages.text("rm.gnu-cannot-remove", file=name, reason=_why(ctx, e)) + "\n"
                if gnu else f"{name}: {_why(ctx, e)}\n")          # rm.c: perror(path)
        return 1
    base = posixpath.basename(name.rstrip("/")) or "/"
    if path == "/" or base in (".", ".."):
        shown = "/" if path == "/" else name
        ctx.err(messages.text("rm.gnu-dot", file=name) + "\n" if gnu and base in (".", "..")
                else f"rm of {shown} is not allowed\n")
        return 1
    if node.is_dir and not recursive:
        ctx.err(messages.text("rm.gnu-cannot-remove", file=name, reason="Is a directory") + "\n"
                if gnu else f"rm: {name} is a directory\n")
        return 1
    cwd = ctx.shell.cwd
    if node.is_dir and (cwd == path or cwd.startswith(path.rstrip("/") + "/")) and not gnu:
        ctx.err("rm: Cannot remove any directory in the path of the current working directory\n"
                f"{name}\n")
        return 1
    if node.is_dir and not ctx.fs.allows(node, ctx.cred, R) and not gnu:
        # rm.c undir(): opendir fails, the rmdir that follows too: the opendir error is told
        ctx.err(f"rm: cannot read directory {name}: {strerror('eacces', 'solaris')}\n")
        return 1
    try:
        ctx.fs.remove(path, recursive=True, who=ctx.cred)
    except FsError as e:
        where = e.info.get("path", path)
        shown = name if where == path else name.rstrip("/") + where[len(path.rstrip("/")):]
        if gnu:
            ctx.err(messages.text("rm.gnu-cannot-remove", file=shown, reason=_why(ctx, e)) + "\n")
        elif node.is_dir and where == path:
            ctx.err(f"rm: Unable to remove directory {shown}: {_why(ctx, e)}\n")
        else:
            ctx.err(f"rm: {shown} not removed: {_why(ctx, e)}\n")
        return 1
    return 0


# rmdir -------------------------------------------------------------------------------------

_RMDIR_WHY = {      # rmdir.c: its own words for each errno
    "enotempty": "Directory not empty", "eexist": "Directory not empty",
    "enotdir": "Path component not a directory", "enoent": "Directory does not exist",
    "eacces": "Search or write permission needed", "einval": "Can't remove current directory or ..",
    "ebusy": "Directory is a mount point or in use",
}


def rmdir(ctx) -> int:
    gnu = ctx.dialect == "gnu"
    prog = ctx.argv[0]
    try:
        opts, names = getopt(ctx.argv, "pv" if gnu else "ps", gnu, {"parents": False, "verbose": False})
    except OptError as e:
        return _usage_error(ctx, e, f"Usage: {prog} [-ps] dirname ...")
    if not names:
        return _usage_error(ctx, None, f"Usage: {prog} [-ps] dirname ...")
    parents = any(o in ("-p", "--parents") for o, _ in opts)
    failed = False
    for name in names:
        chain = [name]
        if parents:
            parts = name.rstrip("/").split("/")
            chain = ["/".join(parts[:k]) for k in range(len(parts), 0, -1) if "/".join(parts[:k])]
        for i, d in enumerate(chain):
            code = _rmdir_one(ctx, d)
            if code is None:
                continue
            failed = True
            if gnu:
                ctx.err(messages.text("rmdir.gnu-failed", dir=d, reason=strerror(code, "gnu")) + "\n")
            elif parents:
                ctx.err(f'{prog}: directory "{name}": {d} not removed; '
                        f'{_RMDIR_WHY.get(code, strerror(code, "solaris"))}\n')
            else:
                ctx.err(f'{prog}: directory "{d}": {_RMDIR_WHY.get(code, strerror(code, "solaris"))}\n')
            break
    if failed:
        return 1 if gnu else 2
    return 0


def _rmdir_one(ctx, name: str) -> str | None:
    """rmdir(2): None on success, else the error code."""
    path = ctx.path(name)
    if posixpath.basename(name.rstrip("/")) in (".", ".."):
        return "einval"
    try:
        node = ctx.fs.lookup(path, ctx.cred)
        if not node.is_dir:
            return "enotdir"
        if path == ctx.shell.cwd:
            return "einval"
        ctx.fs.remove(path, who=ctx.cred)
    except FsError as e:
        return e.code
    return None
