"""The interactive shell (prompt_toolkit) over the same Session as every other front end."""
from __future__ import annotations

import sys


def repl(world, session, state_path: str | None = None) -> int:
    from vshell.cli import _save as save_state

    if not sys.stdin.isatty():
        # Not a terminal: behave like `vshell run` without the transcript echo.
        for line in sys.stdin:
            result = session.execute(line.rstrip("\n"))
            _write(result)
            if state_path and not save_state(state_path, world):
                return 2
            if session.closed:
                break
        return 0

    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import InMemoryHistory

    pt = PromptSession(history=InMemoryHistory())
    status = 0
    while not session.closed:
        try:
            line = pt.prompt(session.prompt, is_password=not session.echo)
            result = session.execute(line)
        except KeyboardInterrupt:
            result = session.interrupt()
        except EOFError:
            result = session.eof()
        _write(result)
        status = result.status
        if state_path and not save_state(state_path, world):
            return 2
    return status


def _write(result) -> None:
    for stream, text in result.chunks:
        f = sys.stdout if stream == "stdout" else sys.stderr
        f.write(text)
        f.flush()
