"""The interactive shell (prompt_toolkit) over the same Session as every other front end:
two-stage completion from the grammar and the live model, a history file, a bottom toolbar
saying world, host and context, Ctrl-C/Ctrl-D through interrupt()/eof(), and --record."""
from __future__ import annotations

import os
import sys


def _history_path() -> str:
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return os.path.join(base, "vshell", "history")


class Recorder:
    """Writes the session as a transcript `vshell check` passes unchanged."""

    def __init__(self, path: str | None, front: dict):
        self.f = open(path, "w", encoding="utf-8") if path else None
        if self.f and front:
            self.f.write("---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()) + "---\n")

    def record(self, prompt: str, typed: str, echo: bool, result) -> None:
        if not self.f:
            return
        from vshell.transcript.lines import render_output
        from vshell.transcript.replay import KEYS, record_line

        lines = [record_line(prompt, typed, echo or typed in KEYS)]
        lines += render_output(result.text, result.status)
        self.f.write("".join(ln + "\n" for ln in lines))
        self.f.flush()

    def close(self) -> None:
        if self.f:
            self.f.close()


def repl(world, session, state_path: str | None = None, record: str | None = None,
         front: dict | None = None) -> int:
    from vshell.cli import _save

    recorder = Recorder(record, front or {})
    try:
        if not sys.stdin.isatty():
            return _plain(world, session, state_path, recorder, _save)
        return _interactive(world, session, state_path, recorder, _save)
    finally:
        recorder.close()


def _plain(world, session, state_path, recorder, save) -> int:
    """Not a terminal: read lines, no prompt decoration, no colour, no completion menus."""
    status = 0
    for raw in sys.stdin:
        line = raw.rstrip("\n")
        prompt, echo = session.prompt, session.echo
        result = session.execute(line)
        _write(result)
        recorder.record(prompt, line, echo, result)
        status = result.status
        if state_path and not save(state_path, world):
            return 2
        if session.closed:
            break
    return status


def _interactive(world, session, state_path, recorder, save) -> int:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import Completer, Completion
    from prompt_toolkit.history import FileHistory, InMemoryHistory
    from prompt_toolkit.output.color_depth import ColorDepth

    from vshell.completion import complete

    class ModelCompleter(Completer):
        def get_completions(self, document, complete_event):
            for text, start in complete(session, document.text_before_cursor):
                yield Completion(text, start_position=start)

    try:
        path = _history_path()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        history = FileHistory(path)
    except OSError:
        history = InMemoryHistory()
    plain = os.environ.get("NO_COLOR") is not None or os.environ.get("TERM", "") in ("", "dumb")
    pt = PromptSession(history=history, completer=ModelCompleter(), complete_while_typing=False,
                       bottom_toolbar=lambda: (f" world {world.name} | host "
                                               f"{getattr(session.frame, 'host', None) and session.frame.host.name}"
                                               f" | {session.frame.context}"),
                       color_depth=ColorDepth.DEPTH_1_BIT if plain else None)
    status = 0
    while not session.closed:
        prompt, echo = session.prompt, session.echo
        try:
            typed = pt.prompt(prompt, is_password=not echo)
            result = session.execute(typed)
        except KeyboardInterrupt:
            typed, result = "^C", session.interrupt()
        except EOFError:
            typed, result = "^D", session.eof()
        _write(result)
        recorder.record(prompt, typed, echo, result)
        status = result.status
        if state_path and not save(state_path, world):
            return 2
    return status


def _write(result) -> None:
    for stream, text in result.chunks:
        f = sys.stdout if stream == "stdout" else sys.stderr
        f.write(text)
        f.flush()
