"""Splitting a shell command line as bash does, for the part of bash vshell emulates:
words and quotes, `;`, `&&`, `||`, `|`, redirections `>`, `>>`, `<`, `2>`, `2>&1`, and
here-documents `<<WORD`."""
from __future__ import annotations

import shlex
from dataclasses import dataclass, field


class ShellSyntaxError(Exception):
    def __init__(self, token: str):
        self.token = token
        super().__init__(token)


class Unterminated(Exception):
    """An open quote: bash would ask for more with `> `."""


@dataclass
class Simple:
    argv: list[str]
    redirects: list[tuple[str, str]] = field(default_factory=list)   # (op, target)
    heredoc: str | None = None        # the delimiter of a here-document, if any


@dataclass
class Pipeline:
    commands: list[Simple]
    connector: str = ";"              # how it joins the next: ";", "&&", "||"


_OPS = {";", "&&", "||", "|", ">", ">>", "<", "<<", "2>", "2>>", "&"}


def tokens(line: str) -> list[str]:
    lex = shlex.shlex(line, posix=True, punctuation_chars=";&|<>")
    lex.whitespace_split = True
    lex.commenters = "#"
    try:
        return list(lex)
    except ValueError:
        raise Unterminated(line) from None


def parse(line: str) -> list[Pipeline]:
    toks = [_FD_MARKS.get(t, t) for t in tokens(_fd_redirects(line))]
    pipelines: list[Pipeline] = []
    current: list[Simple] = []
    cmd = Simple([])
    i = 0
    while i < len(toks):
        t = toks[i]
        i += 1
        if t in (">", ">>", "<", "2>", "2>>", "<<", "2>&1"):
            if t == "2>&1":
                cmd.redirects.append(("2>&1", ""))
                continue
            if i >= len(toks) or toks[i] in _OPS:
                raise ShellSyntaxError(toks[i] if i < len(toks) else "newline")
            target = toks[i]
            i += 1
            if t == "<<":
                cmd.heredoc = target
            else:
                cmd.redirects.append((t, target))
            continue
        if t in ("|", ";", "&&", "||", "&"):
            if not cmd.argv and not cmd.redirects:
                raise ShellSyntaxError(t)
            current.append(cmd)
            cmd = Simple([])
            if t != "|":
                pipelines.append(Pipeline(current, t))
                current = []
            continue
        if t in _OPS or set(t) <= set(";&|<>"):
            raise ShellSyntaxError(t[-1] if t[-1] in ";&|" else t)
        cmd.argv.append(t)
    if cmd.argv or cmd.redirects:
        current.append(cmd)
    elif current:
        raise ShellSyntaxError("newline")
    if current:
        pipelines.append(Pipeline(current, ";"))
    return pipelines


_FD_MARKS = {"\x01FD21\x01": "2>&1", "\x01FD2A\x01": "2>>", "\x01FD2\x01": "2>"}


def _fd_redirects(line: str) -> str:
    # shlex would split "2>" into "2" ">": stand-in words keep each one operator.
    line = line.replace("2>&1", " \x01FD21\x01 ").replace(" 2>>", " \x01FD2A\x01 ")
    return line.replace(" 2>", " \x01FD2\x01 ")
