"""ssh [-l user] [-p port] [-q] [-t|-T] [user@]host [command]: a TCP connection over the data
plane walk (vshell/model/flows.py) from the shell's own IP instance, then the server's password
dialogue, its `Last login:` line and motd, and its shell. What the client prints is its release's
ssh dialect; what the server asks, the target's (state/releases.toml [ssh.*], facts in
docs/facts/ssh.md)."""
from __future__ import annotations

from vshell.commands import ipcommon, not_simulated
from vshell.commands.getopt import OptError, getopt
from vshell.commands.timefmt import ctime
from vshell.frames import LineQuestion
from vshell.model import flows
from vshell.model.releases import ssh_dialect

MAX_TRIES = 3                          # NumberOfPasswordPrompts
REASONS = {flows.TIMEOUT: "Connection timed out", flows.REFUSED: "Connection refused",
           flows.HOST_UNREACH: "No route to host", flows.NET_UNREACH: "Network is unreachable"}


class _Usage(Exception):
    def __init__(self, line: str = "", usage: bool = True):
        self.line, self.usage = line, usage


def dialect(host):
    """The ssh dialect of a host's release (client texts and server behaviour)."""
    return ssh_dialect(host.release.ssh_dialect)


def _parse(argv: list[str], client) -> dict:
    """Options before the host and after it (both clients go back to getopt after the host),
    then the command."""
    want = {"user": None, "port": 22, "quiet": False, "tty": None, "version": False, "command": []}
    args = argv[1:]
    host = None
    while True:
        try:
            opts, rest = getopt(["ssh", *args], client.optstring)
        except OptError as e:
            raise _Usage(e.text) from None
        for o, v in opts:
            if o == "-l":
                want["user"] = v
            elif o == "-p":
                port = int(v) if v.isdigit() else 0
                if not 0 < port < 65536:
                    raise _Usage(client.bad_port.format(port=v), usage=False)   # fatal: no usage
                want["port"] = port
            elif o == "-q":
                want["quiet"] = True
            elif o in ("-t", "-T"):
                want["tty"] = o == "-t"
            elif o == "-V":
                want["version"] = True
        if host is not None:
            want["command"] = rest
            break
        if not rest:
            break
        host, args = rest[0], rest[1:]
        if "@" in host:
            at = host.index("@") if client.get("at") == "first" else host.rindex("@")
            want["user"], host = host[:at], host[at + 1:]
    if host is None and not want["version"]:
        raise _Usage()
    want["host"] = host
    return want


def main(ctx) -> int:
    client = dialect(ctx.host)
    try:
        want = _parse(ctx.argv, client)
    except _Usage as e:
        if e.line:
            ctx.err(e.line + "\n")
        if e.usage:
            ctx.err(client.usage)
        return client.usage_status
    if want["version"]:
        return not_simulated(ctx, "ssh -V")
    dest = want["host"]
    addr = ipcommon.resolve(ctx, dest, 4)
    if addr is None:
        ctx.err(client.unknown_host.format(host=dest) + "\n")
        return 255
    from vshell.model.walk import Plane
    world = ctx.world
    plane = Plane(world)
    node = own_node(plane, ctx.host)
    conn = flows.connect(plane, node, addr, want["port"]) if node is not None else None
    if conn is None or conn.result != flows.OPEN:
        result = conn.result if conn is not None else flows.NET_UNREACH
        oob = _management(ctx, dest, want["port"]) if result != flows.REFUSED else None
        if oob is not None:
            return _login(ctx, client, want, None, *oob)
        _wait(ctx, conn, result)
        ctx.err(f"ssh: connect to host {dest} port {want['port']}: {REASONS[result]}\n")
        return client.connect_status
    return _login(ctx, client, want, conn, login_host(world, conn.server), str(conn.remote[0]))


def _management(ctx, dest: str, port: int):
    """(host, the client's address there) when the walk did not reach `dest` but the world puts
    both machines on one network by name (the management network every host is on, which the
    walk models only where a NIC is cabled to it): the login goes over that network, as before
    the walk. A host whose sshd is off refuses there too."""
    from vshell.model.errors import NotFound
    me = ctx.host.global_host or ctx.host
    try:
        target = ctx.world.resolve(me.name, dest)
    except NotFound:
        return None
    if port != 22 or (target.services is not None and not target.services.online(flows.SSH_FMRI)):
        return None
    net = next(n for n in ctx.world.networks.values() if me.name in n.members and target.name in n.members)
    return target, net.members[me.name]


def own_node(plane, host):
    """The IP instance a shell on `host` sends from (an external machine is its own)."""
    if host.kind == "external":
        from vshell.model.nodes import externals
        return next((e for e in externals(plane.world) if e.name == host.name), None)
    return plane.node_of(host)


def login_host(world, node):
    """The host a login on this node lands in: its OS instance, or an external's own host."""
    return world.external_host(node.name) if node.kind == "external" else node.os


def _wait(ctx, conn, result: str) -> None:
    """How long the kernel took to give up, on the virtual clock."""
    rel = ctx.host.release
    if result == flows.TIMEOUT:
        ctx.world.clock.advance(rel.get("tcp_connect_timeout", 180))
    elif result == flows.HOST_UNREACH and conn is not None and not conn.walks[-1].routers:
        ctx.world.clock.advance(rel.get("arp_fail_time", 0))     # no neighbour on the own network


def _login(ctx, client, want: dict, conn, target, source: str) -> int:
    """The server's dialogue; `conn` is the TCP connection (None over the management network),
    `source` the client's address as the server sees it."""
    server = dialect(target)
    dest, command = want["host"], want["command"]
    user = want["user"] or ctx.user.name
    account = target.user(user)
    session, world = ctx.session, ctx.world
    if server.method == "keyboard-interactive":
        prompt, retry = server.kbdint_prompt, client.retry_kbdint
    else:
        prompt, retry = client.password_prompt.format(user=user, host=dest), client.retry_password
    tty = want["tty"] if want["tty"] is not None else not command
    tries = [0]

    def hang_up():
        if conn is not None:
            from vshell.model.walk import Plane
            flows.close(Plane(world), conn)

    def ask():
        session.push(LineQuestion(session, prompt, answered, echo=False, on_cancel=cancelled))

    def cancelled(out):
        hang_up()
        out.status = 130          # ssh killed by the interrupt; bash reports 128+SIGINT

    def answered(password, out):
        if account is None or (account.password is not None and password != account.password):
            tries[0] += 1
            if tries[0] >= MAX_TRIES:
                out.err(client.denied.format(user=user, host=dest, methods=server.methods) + "\n")
                out.status = 255
                hang_up()
                return
            if retry:
                out.err(retry + "\n")
            ask()
            return
        logged_in(out)

    def logged_in(out):
        from vshell.frames.shell import ShellFrame

        shell = ShellFrame(session, target, account.name, login=not command, via=dest)
        closed = "" if want["quiet"] or not tty else client.closed.format(host=dest) + "\n"
        if tty:
            # sshd records a login with a terminal (lastlog): shown at the next one
            last = target.lastlog.get(account.name)
            target.lastlog[account.name] = (world.clock.datetime(), source)
            if not command:
                if last is not None:
                    out.out(f"Last login: {ctime(last[0])} from {last[1]}\n" if last[1]
                            else f"Last login: {ctime(last[0])}\n")
                out.out(_motd(target))
        if command:
            out.status = shell.run_command(" ".join(command), out)
            hang_up()
            out.err(closed)
            return
        shell.farewell = closed
        shell.on_close = hang_up
        session.push(shell)

    ask()
    return 0


def _motd(host) -> str:
    fs = host.fs
    text = fs.read("/etc/motd") if fs.exists("/etc/motd") else host.release.get("motd", "")
    return text + ("\n" if text and not text.endswith("\n") else "")
