"""The one contract every front end uses: Session.execute(line) -> Result.

A session is a stack of frames (a host shell, an ssh login, a here-document, a question ...);
the top frame reads the next line and says the prompt. Many sessions may share one World."""
from __future__ import annotations

from dataclasses import dataclass, field

from vshell.model.clock import COMMAND_STEP
from vshell.model.world import World

STDOUT, STDERR = "stdout", "stderr"
INTERNAL_ERROR = 70          # EX_SOFTWARE: a bug in vshell, never a tool's answer


@dataclass
class Result:
    chunks: list[tuple[str, str]] = field(default_factory=list)
    status: int = 0
    prompt: str = ""
    echo: bool = True
    closed: bool = False             # the session ended (exit from its first shell)
    internal_error: bool = False

    @property
    def stdout(self) -> str:
        return "".join(t for s, t in self.chunks if s == STDOUT)

    @property
    def stderr(self) -> str:
        return "".join(t for s, t in self.chunks if s == STDERR)

    @property
    def text(self) -> str:
        return "".join(t for _, t in self.chunks)


class Output:
    """Where a frame or a command writes. Keeps the order of stdout and stderr chunks."""

    def __init__(self):
        self.chunks: list[tuple[str, str]] = []
        self.status = 0

    def out(self, text: str) -> None:
        if text:
            if self.chunks and self.chunks[-1][0] == STDOUT:
                self.chunks[-1] = (STDOUT, self.chunks[-1][1] + text)
            else:
                self.chunks.append((STDOUT, text))

    def err(self, text: str) -> None:
        if text:
            if self.chunks and self.chunks[-1][0] == STDERR:
                self.chunks[-1] = (STDERR, self.chunks[-1][1] + text)
            else:
                self.chunks.append((STDERR, text))


class Session:
    def __init__(self, world: World, host: str | None = None, user: str = "root", login: bool = True):
        from vshell.frames.shell import ShellFrame

        self.world = world
        self.id = getattr(world, "_next_session", 0)
        world._next_session = self.id + 1
        self.stack: list = []
        self.closed = False
        self.internal_errors = 0
        self._pending: list[tuple[str, str]] = []      # output nobody asked for yet
        self._sink = None          # while a line runs: where unasked-for output goes at once
        self.push(ShellFrame(self, world.host(host or world.start_host), user, login=login))

    # frames -----------------------------------------------------------------------------
    def push(self, frame) -> None:
        self.stack.append(frame)

    def pop(self, frame=None) -> None:
        if frame is not None and frame not in self.stack:
            return
        if frame is not None and self.stack[-1] is not frame:
            self.stack.remove(frame)
        elif self.stack:
            self.stack.pop()
        if not self.stack:
            self.closed = True

    @property
    def frame(self):
        return self.stack[-1] if self.stack else None

    @property
    def prompt(self) -> str:
        return self.frame.prompt() if self.frame else ""

    @property
    def echo(self) -> bool:
        return self.frame.echo if self.frame else True

    def discard_pending(self) -> None:
        """Drop unasked-for output (what a hidden prelude caused)."""
        self._pending.clear()

    def notify(self, stream: str, text: str) -> None:
        """Output nobody asked for (a console message, a background capture's line): it arrives
        with the next Result, or in this one, in its place, while this session is running a
        line (the shell points the sink at the running command's terminal output)."""
        if self._sink is not None:
            self._sink(stream, text)
        else:
            self._pending.append((stream, text))

    # the contract ---------------------------------------------------------------------------
    def execute(self, line: str) -> Result:
        return self._run("line", line, lambda f, out: f.handle(line, out))

    def interrupt(self) -> Result:
        return self._run("interrupt", "", lambda f, out: f.interrupt(out))

    def eof(self) -> Result:
        return self._run("eof", "", lambda f, out: f.eof(out))

    def _run(self, kind: str, line: str, action) -> Result:
        out = Output()
        for s, t in self._pending:
            (out.out if s == STDOUT else out.err)(t)
        self._pending.clear()
        if self.closed:
            return Result(out.chunks, 0, "", True, closed=True)
        self.world.journal.append((self.id, kind, line))
        if kind == "line":
            self.world.clock.advance(COMMAND_STEP)
        internal = False
        self._sink = lambda stream, text: (out.out if stream == STDOUT else out.err)(text)
        try:
            action(self.frame, out)
        except Exception as exc:            # a bug in vshell: say so, never hide it as a tool error
            internal = True
            self.internal_errors += 1
            out.err(f"vshell: internal error: {type(exc).__name__}: {exc}\n")
            out.status = INTERNAL_ERROR
            import traceback

            self._last_traceback = traceback.format_exc()
        finally:
            self._sink = None
        return Result(out.chunks, out.status, self.prompt, self.echo, self.closed, internal)
