"""The host shell frame: bash as root (or a user) on one host. Runs command lines: words,
quotes, `;`/`&&`/`||`, pipes, redirections into the virtual file system, here-documents."""
from __future__ import annotations

from vshell import commands
from vshell.frames import Frame
from vshell.model.vfs import FsError
from vshell.shellparse import ShellSyntaxError, Unterminated, parse


class ShellFrame(Frame):
    def __init__(self, session, host, user: str = "root", login: bool = True, via: str | None = None):
        super().__init__(session)
        self.host = host
        self.user = host.user(user) or host.user("root")
        self.login = login
        self.via = via                    # how we got here ("ssh" from another host) or None
        self.cwd = self.user.home
        self.last_status = 0

    @property
    def name(self) -> str:
        """bash's $0 as it prefixes its own messages: -bash for a login shell."""
        return "-bash" if self.login else "bash"

    def prompt(self) -> str:
        home = self.user.home
        cwd = self.cwd
        if cwd == home or cwd.startswith(home + "/"):
            cwd = "~" + cwd[len(home):]
        base = cwd.rsplit("/", 1)[-1] or "/"
        text = self.host.prompt_template.format(user=self.user.name, host=self.host.name,
                                                cwd=cwd, cwdbase=base)
        if self.user.uid != 0 and text.endswith("# "):
            text = text[:-2] + "$ "
        return text

    # reading lines -----------------------------------------------------------------------
    def handle(self, line: str, out) -> None:
        if not line.strip():
            out.status = 0
            return
        try:
            pipelines = parse(line)
        except Unterminated:
            self.session.push(_Continuation(self.session, self, line))
            return
        except ShellSyntaxError as e:
            out.err(f"{self.name}: syntax error near unexpected token `{e.token}'\n")
            out.status = self.last_status = 2
            return
        heredocs = [c for p in pipelines for c in p.commands if c.heredoc]
        if heredocs:
            self.session.push(_HereDoc(self.session, self, pipelines, heredocs))
            return
        self.run(pipelines, out)

    def run(self, pipelines, out, heredoc_text: dict | None = None) -> None:
        status = self.last_status
        skip = False
        for p in pipelines:
            if not skip:
                status = self._pipeline(p, out, heredoc_text or {})
                self.last_status = status
                if self.session.frame is not self and self not in self.session.stack:
                    break                     # the shell ended (exit)
            skip = (p.connector == "&&" and status != 0) or (p.connector == "||" and status == 0)
        out.status = status

    def _pipeline(self, p, out, heredoc_text) -> int:
        stdin = None
        status = 0
        for i, cmd in enumerate(p.commands):
            last = i == len(p.commands) - 1
            if cmd.heredoc:
                stdin = heredoc_text.get(id(cmd), "")
            chunks, status = self._simple(cmd, stdin)
            stdout = "".join(t for s, t in chunks if s == "stdout")
            if last:
                for s, t in chunks:
                    (out.out if s == "stdout" else out.err)(t)
            else:
                for s, t in chunks:
                    if s == "stderr":
                        out.err(t)
                stdin = stdout
        return status

    def _simple(self, cmd, stdin):
        for op, target in cmd.redirects:
            if op == "<":
                try:
                    stdin = self.host.fs.read(self.host.fs.join(self.cwd, target))
                except FsError:
                    return [("stderr", f"{self.name}: {target}: No such file or directory\n")], 1
        for op, target in cmd.redirects:      # bash opens redirections before running anything
            if op in (">", ">>", "2>", "2>>") and target != "/dev/null":
                problem = self._unwritable(target)
                if problem:
                    return [("stderr", f"{self.name}: {target}: {problem}\n")], 1
        if not cmd.argv:                       # `> file` alone creates the file
            return self._redirect(cmd, []), 0
        name = cmd.argv[0]
        if name in ("exit", "logout"):
            return self._exit(cmd.argv)
        if name in ("sudo", "pfexec") and len(cmd.argv) > 1:
            cmd.argv = cmd.argv[1:]
            name = cmd.argv[0]
        fn = commands.lookup(name, self.host)
        if fn is None:
            return [("stderr", f"{self.name}: {name}: command not found\n")], 127
        ctx = commands.Ctx(self.session, self, self.host, list(cmd.argv), stdin)
        status = fn(ctx)
        return self._redirect(cmd, ctx.chunks), status

    def _unwritable(self, target: str) -> str | None:
        import posixpath

        fs = self.host.fs
        path = fs.join(self.cwd, target)
        try:
            parent = fs.lookup(posixpath.dirname(path) or "/")
        except FsError as e:
            return "Not a directory" if e.code == "enotdir" else "No such file or directory"
        if not parent.is_dir:
            return "Not a directory"
        node = parent.children.get(posixpath.basename(path))
        if node is not None and node.is_dir:
            return "Is a directory"
        return None

    def _redirect(self, cmd, chunks):
        if not cmd.redirects:
            return chunks
        fs = self.host.fs
        merged = any(op == "2>&1" for op, _ in cmd.redirects)
        if merged:
            chunks = [("stdout", t) for _, t in chunks]
        for op, target in cmd.redirects:
            if op in (">", ">>", "2>", "2>>"):
                stream = "stderr" if op.startswith("2") else "stdout"
                text = "".join(t for s, t in chunks if s == stream)
                chunks = [(s, t) for s, t in chunks if s != stream]
                if target == "/dev/null":
                    continue
                try:
                    fs.write(fs.join(self.cwd, target), text, append=op.endswith(">>"),
                             owner=self.user.name)
                except FsError:
                    chunks.append(("stderr", f"{self.name}: {target}: No such file or directory\n"))
        return chunks

    def _exit(self, argv):
        status = self.last_status
        if len(argv) > 1:
            try:
                status = int(argv[1]) & 0xFF
            except ValueError:
                return [("stderr", f"{self.name}: exit: {argv[1]}: numeric argument required\n")], 255
        if argv[0] == "logout" and not self.login:
            return [("stderr", f"{self.name}: logout: not login shell: use `exit'\n")], 1
        # interactive bash says how it leaves, on stderr
        chunks = [("stderr", "logout\n" if self.login else "exit\n")]
        self.session.pop(self)
        if self.via is not None:
            chunks.append(("stderr", f"Connection to {self.via} closed.\n"))
        return chunks, status

    def eof(self, out) -> None:
        chunks, status = self._exit(["exit"])
        for s, t in chunks:
            (out.out if s == "stdout" else out.err)(t)
        out.status = status


class _Continuation(Frame):
    """An open quote: bash reads more lines with its PS2 prompt `> `."""

    def __init__(self, session, shell, text):
        super().__init__(session)
        self.shell, self.text = shell, text

    def prompt(self) -> str:
        return "> "

    def handle(self, line: str, out) -> None:
        self.session.pop(self)
        self.shell.handle(self.text + "\n" + line, out)

    def interrupt(self, out) -> None:
        self.session.pop(self)
        out.status = self.shell.last_status = 130

    def eof(self, out) -> None:
        self.session.pop(self)
        out.err(f"{self.shell.name}: unexpected EOF while looking for matching `\"'\n")
        out.err(f"{self.shell.name}: syntax error: unexpected end of file\n")
        out.status = self.shell.last_status = 2


class _HereDoc(Frame):
    """Lines of a here-document, up to its delimiter, read with the `> ` prompt."""

    def __init__(self, session, shell, pipelines, cmds):
        super().__init__(session)
        self.shell, self.pipelines, self.cmds = shell, pipelines, list(cmds)
        self.texts: dict[int, str] = {}
        self.lines: list[str] = []

    def prompt(self) -> str:
        return "> "

    def handle(self, line: str, out) -> None:
        cmd = self.cmds[0]
        if line == cmd.heredoc:
            self.texts[id(cmd)] = "".join(ln + "\n" for ln in self.lines)
            self.lines = []
            self.cmds.pop(0)
            if not self.cmds:
                self.session.pop(self)
                self.shell.run(self.pipelines, out, self.texts)
            return
        self.lines.append(line)

    def interrupt(self, out) -> None:
        self.session.pop(self)
        out.status = self.shell.last_status = 130

    def eof(self, out) -> None:
        # bash warns and runs the command with what it has
        cmd = self.cmds[0]
        out.err(f"{self.shell.name}: warning: here-document delimited by end-of-file "
                f"(wanted `{cmd.heredoc}')\n")
        self.handle(cmd.heredoc, out)
