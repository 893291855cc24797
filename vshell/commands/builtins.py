"""Shell builtins and the smallest everyday commands."""
from __future__ import annotations


def hostname(ctx) -> int:
    ctx.out(ctx.host.name + "\n")
    return 0


def echo(ctx) -> int:
    args = ctx.argv[1:]
    newline = True
    if args and args[0] == "-n":
        newline, args = False, args[1:]
    ctx.out(" ".join(args) + ("\n" if newline else ""))
    return 0


def pwd(ctx) -> int:
    ctx.out(ctx.shell.cwd + "\n")
    return 0


def cd(ctx) -> int:
    from vshell.model.vfs import FsError

    shell = ctx.shell
    target = ctx.argv[1] if len(ctx.argv) > 1 else shell.user.home
    if target == "~" or target.startswith("~/"):
        target = shell.user.home + target[1:]
    path = ctx.host.fs.join(shell.cwd, target)
    try:
        node = ctx.host.fs.lookup(path)
    except FsError:
        ctx.err(f"{shell.name}: cd: {ctx.argv[1]}: No such file or directory\n")
        return 1
    if not node.is_dir:
        ctx.err(f"{shell.name}: cd: {ctx.argv[1]}: Not a directory\n")
        return 1
    shell.cwd = path
    return 0


def true(ctx) -> int:
    return 0


def false(ctx) -> int:
    return 1


def cat(ctx) -> int:
    from vshell import messages
    from vshell.model.vfs import FsError

    files = [a for a in ctx.argv[1:] if a != "-"] if len(ctx.argv) > 1 else []
    if not files:
        ctx.out(ctx.stdin or "")
        return 0
    status = 0
    for name in files:
        try:
            ctx.out(ctx.host.fs.read(ctx.host.fs.join(ctx.shell.cwd, name)))
        except FsError as e:
            reason = {"eisdir": "Is a directory", "enotdir": "Not a directory"}.get(
                e.code, "No such file or directory")
            ctx.err(messages.text("cat.cannot-open", file=name, reason=reason) + "\n")
            status = 2
    return status
