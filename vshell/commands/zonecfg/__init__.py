"""zonecfg -z zone [command | -f file]: a zone's configuration, interactively (a frame with
zonecfg's prompts and scopes), from a command line or from a command file."""
from __future__ import annotations

from vshell.commands.zonecfg import texts
from vshell.commands.zonecfg.editor import Editor
from vshell.frames import Frame, LineQuestion
from vshell.frames.shell import _REASONS
from vshell.model import zones as zmodel
from vshell.model.vfs import FsError

Z_ERR, Z_USAGE = 1, 2


class Writer:
    """Where the editor writes: the output of whatever Result is being made now."""

    def __init__(self, fs, cwd: str, cred):
        self.target = None
        self.fs, self.cwd, self.cred = fs, cwd, cred

    def out(self, text: str) -> None:
        self.target.out(text)

    def err(self, text: str) -> None:
        self.target.err(text)

    def write_file(self, path: str, text: str) -> str | None:
        full = self.fs.join(self.cwd, path)
        try:
            self.fs.may_write(full, self.cred)
            self.fs.write(full, text)
        except FsError as e:
            return _REASONS.get(e.code, "No such file or directory")
        return None


class _CtxOut:
    def __init__(self, ctx):
        self.ctx = ctx

    def out(self, text):
        self.ctx.out(text)

    def err(self, text):
        self.ctx.err(text)


def main(ctx) -> int:
    host = ctx.host
    if host.zone != "global" or host.zones is None:
        ctx.err("zonecfg can only be run from the global zone.\n")
        return Z_ERR
    commands = zmodel.catalogue()["commands"]
    args = ctx.argv[1:]
    if not args:                                  # usage(B_FALSE, HELP_USAGE | HELP_SUBCMDS)
        ctx.err(texts.USAGE + texts.commands_list(commands, False))
        return Z_USAGE
    zones = host.zones
    writer = Writer(ctx.fs, ctx.shell.cwd, ctx.cred)
    writer.target = _CtxOut(ctx)
    if args[0] == "help":                         # one_command_at_a_time, whatever it says: Z_OK
        Editor(zones, "", "cmdline", writer).run(" ".join(args) + "\n")
        return 0
    zone = cmdfile = None
    while args and args[0].startswith("-") and args[0] != "-":
        opt = args.pop(0)
        if opt == "--":
            break
        c = opt[1]
        if c in "zfR":
            val = opt[2:] or (args.pop(0) if args else None)
            if val is None:                       # getopt's word, then usage(B_FALSE, HELP_USAGE)
                ctx.err(f"zonecfg: option requires an argument -- {c}\n" + texts.USAGE)
                return Z_USAGE
            if c == "z":
                if not zmodel.valid_name(val) and not val.startswith("SUNW"):
                    ctx.err(f"{val}: Bogus zone name\n\n" + texts.SYNTAX)
                    return Z_USAGE
                zone = val
            elif c == "f":
                cmdfile = val
            continue
        if c == "?":                              # usage(B_TRUE, HELP_USAGE | HELP_SUBCMDS)
            ctx.out(texts.USAGE + texts.commands_list(commands, True))
            return Z_USAGE
        ctx.err(f"zonecfg: illegal option -- {c}\n" + texts.USAGE)
        return Z_USAGE
    if zone is None:
        ctx.err(texts.USAGE)
        return Z_USAGE
    if zone.startswith("SUNW"):
        ctx.err(f"{zone}: zones beginning with SUNW are read-only.\n")
        return Z_ERR
    if args:
        ed = Editor(zones, zone, "cmdline", writer)
        ed.run(" ".join(args) + "\n", lineno=1)
        return ed.finish()
    if cmdfile is not None and cmdfile != "-":
        path = ctx.fs.join(ctx.shell.cwd, cmdfile)
        if ctx.fs.exists(path) and ctx.fs.lookup(path).is_dir:
            ctx.err(f"{cmdfile} is not a regular file.\n")
            return Z_ERR
        try:
            text = ctx.fs.read(path, ctx.cred)
        except FsError as e:
            ctx.err(f"could not open file {cmdfile}: {_REASONS.get(e.code, 'No such file or directory')}\n")
            return Z_ERR
        return _stream(Editor(zones, zone, "file", writer, filename=cmdfile), text)
    if cmdfile == "-":
        # "-f -" is "essentially the same as interactive mode" (cmd_file): no bail-out on an
        # error, but no prompts either, and each error says its line
        return _stream(Editor(zones, zone, "stdin", writer, filename="-"), ctx.stdin or "")
    if ctx.stdin is not None:
        # do_interactive() with standard input that is not a terminal: the same opening words,
        # no prompts, and every question refused as from a non-terminal
        ed = Editor(zones, zone, "interactive", writer)
        if ed.cfg is None:
            _new_zone_notice(ctx, ed, zone)
        return _stream(ed, ctx.stdin)
    frame = ZonecfgFrame(ctx.session, ctx.shell, zones, zone, writer)
    if frame.editor.cfg is None:
        _new_zone_notice(ctx, frame.editor, zone)
    ctx.session.push(frame)
    return 0


def _new_zone_notice(ctx, ed, zone: str) -> None:
    """initialize(B_FALSE) of do_interactive for a zone not configured yet."""
    if ed.dia["new_zone_notice"]:
        ctx.err(f"{zone}: No such zone configured\n")
    ctx.out("Use 'create' to begin configuring a new zone.\n")


def _stream(ed, text: str) -> int:
    """read_input() over a stream: line after line until exit (or a bail-out), then cleanup()."""
    for n, line in enumerate(text.splitlines(), 1):
        ed.run(line + "\n", lineno=n)
        if ed.exited or ed.time_to_exit:
            break
    return ed.finish()


class ZonecfgFrame(Frame):
    """zonecfg's interactive dialogue: `zonecfg:NAME> `, `zonecfg:NAME:net> ` ..."""

    context = "zonecfg"

    def __init__(self, session, shell, zones, zone: str, writer: Writer):
        super().__init__(session)
        self.shell = shell
        self.writer = writer
        self.editor = Editor(zones, zone, "interactive", writer, ask=self._ask)
        self.lineno = 0

    def prompt(self) -> str:
        return f"zonecfg:{self.editor.prompt_path()}> "

    def handle(self, line: str, out) -> None:
        self.writer.target = out
        self.lineno += 1
        self.editor.run(line + "\n", lineno=self.lineno)
        self.editor.settle()
        self._after(out)

    def _after(self, out) -> None:
        if self.editor.exited and self.session.frame is self:
            self.session.pop(self)
            out.status = self.shell.last_status = self.editor.status()

    def _ask(self, prompt: str, on_answer) -> None:
        def answered(text: str, out) -> None:
            self.writer.target = out
            c = text.strip()[:1]
            if c and c not in "yYnN":
                self._ask(prompt, on_answer)
                return
            on_answer(c in ("y", "Y"))
            self.editor.settle()
            self._after(out)

        def cancelled(out) -> None:
            self.writer.target = out
            on_answer(False)
            self.editor.settle()
            self._after(out)
        self.session.push(LineQuestion(self.session, prompt, answered, on_cancel=cancelled))

    def interrupt(self, out) -> None:
        """^C abandons the line being typed."""

    def eof(self, out) -> None:
        self.writer.target = out
        out.out("\n")
        if not self.editor.exited:
            self.editor.cleanup(by_exit=False)
        self._after(out)
