"""Frames: each context a session can be in (host shell, ssh login, here-document, question,
later zonecfg scopes, consoles, OBP). One protocol for all of them."""
from __future__ import annotations


class Frame:
    echo = True
    context = "frame"             # what the toolbar calls this context

    def __init__(self, session):
        self.session = session

    def prompt(self) -> str:
        raise NotImplementedError

    def handle(self, line: str, out) -> None:
        raise NotImplementedError

    def interrupt(self, out) -> None:
        """Ctrl-C: drop what was being typed; the prompt comes again (the terminal shows ^C)."""

    def eof(self, out) -> None:
        """Ctrl-D: most frames end."""
        self.session.pop(self)


class LineQuestion(Frame):
    """A question a tool asks (`(y/[n])? `, `Password: `): the answer is the next line."""

    context = "question"

    def __init__(self, session, prompt: str, on_answer, echo: bool = True, on_cancel=None):
        super().__init__(session)
        self._prompt, self._on_answer, self.echo = prompt, on_answer, echo
        self._on_cancel = on_cancel

    def prompt(self) -> str:
        return self._prompt

    def handle(self, line: str, out) -> None:
        self.session.pop(self)
        self._on_answer(line, out)

    def interrupt(self, out) -> None:
        self.session.pop(self)
        if self._on_cancel:
            self._on_cancel(out)

    eof = interrupt
