"""ssh [-l user] [user@]host [command]: a nested login over the world's networks."""
from __future__ import annotations

from vshell import messages
from vshell.frames import LineQuestion
from vshell.model.errors import NotFound

USAGE = ("usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n"
         "           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]\n"
         "           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]\n"
         "           [-J destination] [-L address] [-l login_name] [-m mac_spec]\n"
         "           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]\n"
         "           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]\n"
         "           destination [command [argument ...]]\n")   # OpenSSH 9.x usage()
MAX_TRIES = 3


def main(ctx) -> int:
    args = ctx.argv[1:]
    user = None
    while args and args[0].startswith("-"):
        if args[0] == "-l" and len(args) > 1:
            user, args = args[1], args[2:]
        else:
            ctx.err(USAGE)
            return 255
    if not args:
        ctx.err(USAGE)
        return 255
    dest, command = args[0], args[1:]
    if "@" in dest:
        user, dest = dest.split("@", 1)
    user = user or ctx.user.name
    try:
        target = ctx.world.resolve(ctx.host.name, dest)
    except NotFound:
        ctx.err(messages.text("shell.ssh-no-route", host=dest) + "\n")
        return 255
    account = target.user(user)
    session = ctx.session
    tries = [0]

    def ask():
        prompt = target.release.get("ssh_password_prompt") or f"{user}@{dest}'s password: "
        session.push(LineQuestion(session, prompt, answered, echo=False, on_cancel=cancelled))

    def cancelled(out):
        out.status = 130          # ssh killed by the interrupt; bash reports 128+SIGINT

    def answered(password, out):
        ok = account is not None and (account.password is None or password == account.password)
        if not ok:
            tries[0] += 1
            if tries[0] >= MAX_TRIES:
                out.err(f"{user}@{dest}: Permission denied (publickey,password,keyboard-interactive).\n")
                out.status = 255
                return
            out.err(messages.text("shell.ssh-denied") + "\n")
            ask()
            return
        login(out)

    def login(out):
        from vshell.frames.shell import ShellFrame

        shell = ShellFrame(session, target, account.name, login=not command, via=dest)
        if command:
            out.status = shell.run_command(" ".join(command), out)
            return
        out.out(target.release.get("motd", ""))
        session.push(shell)

    ask()
    return 0
