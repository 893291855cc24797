"""The host shell frame: bash as root (or a user) on one host. Runs command lines: words,
quotes, `$NAME` and `~`, `;`/`&&`/`||`, pipes, redirections into the virtual file system
(left to right, as bash opens them), here-documents."""
from __future__ import annotations


from vshell import commands
from vshell.frames import Frame
from vshell.model.vfs import FsError
from vshell.shellparse import ShellSyntaxError, Unterminated, parse

_TTY_OUT, _TTY_ERR, _PIPE = "tty-out", "tty-err", "pipe"
# bash reports a failed redirection with strerror(); the host's libc words it (Solaris and
# glibc agree on these four)
_REASONS = {"enoent": "No such file or directory", "enotdir": "Not a directory",
            "eisdir": "Is a directory", "eacces": "Permission denied"}


class _Exit(Exception):
    """`exit` in a non-interactive shell (ssh host command)."""

    def __init__(self, status: int):
        self.status = status


class ShellFrame(Frame):
    def __init__(self, session, host, user: str = "root", login: bool = True, via: str | None = None,
                 cwd: str | None = None, argv0: str = "bash"):
        super().__init__(session)
        self.host = host
        self.user = host.user(user) or host.user("root")
        self.login = login
        self.via = via                    # the name ssh used to get here, or None
        self.argv0 = argv0                # how it was started: bash, or pfbash (a profile shell)
        self.cwd = cwd or self.user.home
        self.last_status = 0
        self.lineno = 0                   # lines read, as bash counts them for its messages
        self.interactive = True
        self.farewell: str | None = None  # what the program that started this shell says when it ends
        self.on_close = None
        self.background = None            # the job a `cmd &` is starting (vshell/commands/jobs.py)

    @property
    def context(self) -> str:
        return "ssh" if self.via else "profile shell" if self.argv0 == "pfbash" else "shell"

    @property
    def name(self) -> str:
        """bash's $0 as it prefixes its own messages: -bash for a login shell."""
        return "-bash" if self.login else self.argv0

    def var(self, name: str) -> str:
        if name == "?":
            return str(self.last_status)
        if name == "$":
            return str(1000 + self.session.id)
        if name == "0":
            return self.name
        return {"HOME": self.user.home, "USER": self.user.name, "LOGNAME": self.user.name,
                "PWD": self.cwd, "HOSTNAME": self.host.node, "SHELL": self.user.shell}.get(name, "")

    def prompt(self) -> str:
        home = self.user.home
        cwd = self.cwd
        if cwd == home or cwd.startswith(home + "/"):
            cwd = "~" + cwd[len(home):]
        base = cwd.rsplit("/", 1)[-1] or "/"
        template = self.host.prompt_template
        if template.startswith(("root@", "[root@")):
            # the release table writes root's prompt; the same PS1 (\u@\h) names any user
            template = template.replace("root@", "{user}@", 1)
        text = template.format(user=self.user.name, host=self.host.node, cwd=cwd, cwdbase=base)
        if self.user.uid != 0 and text.endswith("# "):
            text = text[:-2] + "$ "
        return text

    # reading lines -----------------------------------------------------------------------
    def handle(self, line: str, out) -> None:
        self.lineno += line.count("\n") + 1
        self._line(line, out)
        if getattr(self, "job_table", None) is not None:
            from vshell.commands import jobs
            jobs.report(self, out)

    def _line(self, line: str, out) -> None:
        if not line.strip():
            out.status = 0
            return
        try:
            pipelines = parse(line)
        except Unterminated as e:
            self.session.push(_Continuation(self.session, self, line, e.quote))
            return
        except ShellSyntaxError as e:
            out.err(f"{self.name}: syntax error near unexpected token `{e.token}'\n")
            out.status = self.last_status = 2
            return
        if not pipelines:                 # a comment: like an empty line, $? is left as it was
            out.status = 0
            return
        heredocs = [c for p in pipelines for c in p.commands if c.heredoc is not None]
        if heredocs:
            self.session.push(_HereDoc(self.session, self, pipelines, heredocs, self.lineno))
            return
        self.run(pipelines, out)

    def run_command(self, line: str, out) -> int:
        """Run a line as `bash -c` would (ssh host command): no prompts, no frames pushed."""
        self.interactive = False
        try:
            pipelines = parse(line)
        except Unterminated as e:
            q = e.quote or "'"
            out.err(f"bash: -c: line 1: unexpected EOF while looking for matching `{q}'\n")
            out.err("bash: -c: line 2: syntax error: unexpected end of file\n")
            return 2
        except ShellSyntaxError as e:
            out.err(f"bash: -c: line 1: syntax error near unexpected token `{e.token}'\n")
            out.err(f"bash: -c: line 1: `{line}'\n")
            return 2
        try:
            self.run(pipelines, out, {id(c): "" for p in pipelines for c in p.commands if c.heredoc})
        except _Exit as e:
            return e.status
        return out.status

    def run(self, pipelines, out, heredoc_text: dict | None = None) -> None:
        status = self.last_status
        skip = False
        for p in pipelines:
            if not skip and p.connector == "&":
                from vshell.commands import jobs
                jobs.launch(self, p, _text(p), out,
                            lambda p=p: self._pipeline(p, out, heredoc_text or {}))
                status = self.last_status = 0
            elif not skip:
                status = self._pipeline(p, out, heredoc_text or {})
                self.last_status = status
                if self not in self.session.stack and self.interactive:
                    break                     # the shell ended (exit)
            skip = (p.connector == "&&" and status != 0) or (p.connector == "||" and status == 0)
        out.status = status

    def _pipeline(self, p, out, heredoc_text) -> int:
        stdin = None
        status = 0
        for i, cmd in enumerate(p.commands):
            last = i == len(p.commands) - 1
            if cmd.heredoc is not None:
                stdin = heredoc_text.get(id(cmd), "")
            chunks, status = self._simple(cmd, stdin, piped=not last)
            piped = "".join(t for s, t in chunks if s == _PIPE)
            for s, t in chunks:
                if s == "stdout":
                    out.out(t)
                elif s == "stderr":
                    out.err(t)
            stdin = piped
        return status

    def _simple(self, cmd, stdin, piped: bool = False):
        fs = self.host.fs
        # bash opens redirections left to right before the command runs
        fd = {1: (_PIPE if piped else _TTY_OUT), 2: _TTY_ERR}
        for op, target in cmd.redirects:
            if op == "2>&1":
                fd[2] = fd[1]
                continue
            path = target.expand(self.var)
            if op == "<":
                try:
                    stdin = fs.read(fs.join(self.cwd, path), self.user.cred)
                except FsError as e:
                    if e.code == "eisdir":
                        stdin = ""            # a directory opens; reading it gives nothing
                    else:
                        return [("stderr", f"{self.name}: {path}: {_REASONS[e.code]}\n")], 1
                continue
            if path == "/dev/null":
                fd[1 if op[0] == ">" else 2] = None
                continue
            problem = self._unwritable(path)
            if problem:
                return [("stderr", f"{self.name}: {path}: {problem}\n")], 1
            full = fs.join(self.cwd, path)
            if not op.endswith(">>"):
                fs.write(full, "", owner=self.user.name, group=self.user.group)
            fd[1 if op[0] == ">" else 2] = full
        if not cmd.argv:
            return [], 0
        argv = [w.expand(self.var) for w in cmd.argv]
        name = argv[0]
        if name in ("exit", "logout"):
            chunks, status = self._exit(argv)
        else:
            as_root = False
            if name in ("sudo", "pfexec") and len(argv) > 1:
                # sudo runs the command as root (sudoers allows it; no password asked here);
                # pfexec with the privileges of the user's rights profiles, if any
                as_root = name == "sudo" or bool(self.user.profiles)
                argv = argv[1:]
                name = argv[0]
            fn = commands.lookup(name, self.host)
            if fn is None:
                chunks, status = [("stderr", f"{self.name}: {name}: command not found\n")], 127
            else:
                ctx = commands.Ctx(self.session, self, self.host, argv, stdin,
                                   tty=fd[1] == _TTY_OUT, as_root=as_root)
                # what other jobs print while this command runs reaches the terminal in its place
                sink, self.session._sink = self.session._sink, (
                    lambda stream, text: ctx.chunks.append(("tty-" + stream, text)))
                try:
                    status = fn(ctx)
                finally:
                    self.session._sink = sink
                chunks = ctx.chunks
        routed, failed = self._route(chunks, fd, name)
        return routed, (1 if failed and status == 0 else status)

    def _route(self, chunks, fd, name: str = ""):
        """Chunks to the terminal, the pipe or files; (routed, whether a write failed)."""
        routed = []
        failed = False
        for stream, text in chunks:
            if stream.startswith("tty-"):
                routed.append((stream[4:], text))
                continue
            dest = fd[1] if stream == "stdout" else fd[2]
            if dest is None:
                continue
            if dest == _TTY_OUT:
                routed.append(("stdout", text))
            elif dest == _TTY_ERR:
                routed.append(("stderr", text))
            elif dest == _PIPE:
                routed.append((_PIPE, text))
            else:
                try:
                    self.host.fs.write(dest, text, append=True, owner=self.user.name, group=self.user.group)
                except FsError as e:
                    from vshell.commands.errno import glibc     # only when a write fails
                    # bash's builtins say `write error`; other commands report it their own way,
                    # which vshell does not distinguish  # unverified for external commands
                    failed = True
                    routed.append(("stderr", f"{self.name}: {name}: write error: "
                                             f"{glibc(e.code)}\n"))
        return routed, failed

    def _unwritable(self, target: str) -> str | None:
        """Why bash could not open `target` for writing, or None."""
        fs = self.host.fs
        if not target:
            return _REASONS["enoent"]
        try:
            fs.may_write(fs.join(self.cwd, target), self.user.cred)
        except FsError as e:
            return _REASONS.get(e.code, _REASONS["enoent"])
        return None

    def _exit(self, argv):
        if argv[0] == "logout" and not self.login:
            return [("stderr", f"{self.name}: logout: not login shell: use `exit'\n")], 1
        status = self.last_status
        chunks = []
        if len(argv) > 2:
            return [("stderr", f"{self.name}: {argv[0]}: too many arguments\n")], 1
        if len(argv) == 2:
            try:
                status = int(argv[1]) & 0xFF
            except ValueError:
                chunks.append(("stderr", f"{self.name}: {argv[0]}: {argv[1]}: numeric argument required\n"))
                status = 255
        if not self.interactive:
            raise _Exit(status)
        # interactive bash says how it leaves, on stderr, before any complaint about the argument
        chunks.insert(0, ("stderr", "logout\n" if self.login else "exit\n"))
        self.session.pop(self)
        farewell = self.farewell
        if farewell is None and self.via is not None:
            farewell = f"Connection to {self.via} closed.\n"
        if farewell:
            chunks.append(("stderr", farewell))
        if self.on_close is not None:
            self.on_close()
        return chunks, status

    def interrupt(self, out) -> None:
        # Ctrl-C at the prompt drops the line; bash's $? becomes 128 + SIGINT
        out.status = self.last_status = 130

    def eof(self, out) -> None:
        chunks, status = self._exit(["exit"])
        for s, t in chunks:
            (out.out if s == "stdout" else out.err)(t)
        out.status = status


def _text(p) -> str:
    """A pipeline as bash shows it in job reports: its words and redirections."""
    parts = []
    for c in p.commands:
        words = [w.literal for w in c.argv]
        words += [f"{op} {t.literal}" if op != "2>&1" else op for op, t in c.redirects]
        parts.append(" ".join(words))
    return " | ".join(parts)


class _Continuation(Frame):
    """An unfinished line: bash reads more with its PS2 prompt `> `."""

    context = "continued line"

    def __init__(self, session, shell, text, quote):
        super().__init__(session)
        self.shell, self.text, self.quote = shell, text, quote

    def prompt(self) -> str:
        return "> "

    def handle(self, line: str, out) -> None:
        self.session.pop(self)
        self.shell.lineno += 1
        self.shell._line(self.text + "\n" + line, out)

    def interrupt(self, out) -> None:
        self.session.pop(self)
        out.status = self.shell.last_status = 130

    def eof(self, out) -> None:
        self.session.pop(self)
        name = self.shell.name
        if self.quote:
            out.err(f"{name}: unexpected EOF while looking for matching `{self.quote}'\n")
        out.err(f"{name}: syntax error: unexpected end of file\n")
        out.status = self.shell.last_status = 2


class _HereDoc(Frame):
    """Lines of a here-document, up to its delimiter, read with the `> ` prompt."""

    context = "here-document"

    def __init__(self, session, shell, pipelines, cmds, lineno):
        super().__init__(session)
        self.shell, self.pipelines, self.cmds = shell, pipelines, list(cmds)
        self.start = lineno
        self.texts: dict[int, str] = {}
        self.lines: list[str] = []

    def prompt(self) -> str:
        return "> "

    def handle(self, line: str, out) -> None:
        self.shell.lineno += 1
        cmd = self.cmds[0]
        if cmd.heredoc_strip:
            line = line.lstrip("\t")
        if line == cmd.heredoc:
            self._finish(out)
            return
        self.lines.append(line)

    def _finish(self, out) -> None:
        cmd = self.cmds.pop(0)
        self.texts[id(cmd)] = "".join(ln + "\n" for ln in self.lines)
        self.lines = []
        if not self.cmds:
            self.session.pop(self)
            self.shell.run(self.pipelines, out, self.texts)

    def interrupt(self, out) -> None:
        self.session.pop(self)
        out.status = self.shell.last_status = 130

    def eof(self, out) -> None:
        # bash warns and runs the command with what it has
        while self.cmds:
            out.err(f"{self.shell.name}: warning: here-document at line {self.start} delimited by "
                    f"end-of-file (wanted `{self.cmds[0].heredoc}')\n")
            self._finish(out)
