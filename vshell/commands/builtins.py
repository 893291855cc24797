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
