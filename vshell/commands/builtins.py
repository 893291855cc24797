"""Shell builtins and the smallest everyday commands."""
from __future__ import annotations


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
    from vshell.commands.errno import strerror
    from vshell.model.vfs import X, FsError

    shell = ctx.shell
    target = ctx.argv[1] if len(ctx.argv) > 1 else shell.user.home
    if target == "~" or target.startswith("~/"):
        target = shell.user.home + target[1:]
    path = ctx.host.fs.join(shell.cwd, target)
    try:
        node = ctx.host.fs.lookup(path, ctx.cred)
        if not node.is_dir:
            raise FsError("enotdir")
        if not ctx.fs.allows(node, ctx.cred, X):
            raise FsError("eacces")
    except FsError as e:
        ctx.err(f"{shell.name}: cd: {target}: {strerror(e.code, 'solaris')}\n")
        return 1
    shell.cwd = path.rstrip("/") or "/"
    return 0


def true(ctx) -> int:
    return 0


def false(ctx) -> int:
    return 1


def pfbash(ctx) -> int:
    """A profile shell: a nested, non-login bash whose commands run with the user's RBAC
    profiles; `exit` returns to the shell that started it."""
    from vshell.frames.shell import ShellFrame

    shell = ctx.shell
    ctx.session.push(ShellFrame(ctx.session, ctx.host, shell.user.name, login=False,
                                cwd=shell.cwd, argv0="pfbash"))
    return 0
