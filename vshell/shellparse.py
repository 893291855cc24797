"""Splitting a shell command line as bash does, for the part of bash vshell emulates:
words and quotes, `$NAME`/`${NAME}`/`$?` and `~` expansion, `;`, `&&`, `||`, `|`,
redirections `>`, `>>`, `<`, `2>`, `2>>`, `2>&1`, and here-documents `<<WORD`/`<<-WORD`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


class ShellSyntaxError(Exception):
    def __init__(self, token: str):
        self.token = token
        super().__init__(token)


class Unterminated(Exception):
    """The line is not finished (an open quote, a trailing `|`, `&&`, `||` or `\\`): bash reads
    more with its `> ` prompt. `quote` is the open quote character, if that is the reason."""

    def __init__(self, line: str, quote: str | None = None):
        self.quote = quote
        super().__init__(line)


@dataclass
class Simple:
    argv: list                        # Words
    redirects: list[tuple[str, object]] = field(default_factory=list)   # (op, Word target), in order
    heredoc: str | None = None        # the delimiter of a here-document, if any
    heredoc_strip: bool = False       # <<- strips leading TABs


@dataclass
class Pipeline:
    commands: list[Simple]
    connector: str = ";"              # how it joins the next: ";", "&&", "||", "&"


_OPS = {";;", ";", "&&", "||", "|", ">", ">>", "<", "<<", "<<-", "2>", "2>>", "2>&1", "&"}
_OP_PREFIXES = sorted((o for o in _OPS if not o.startswith("2")), key=len, reverse=True)
_REDIRECTS = (">", ">>", "<", "2>", "2>>", "<<", "<<-", "2>&1")
_NAME_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
_NAME_CHARS = _NAME_START + "0123456789"

Lookup = Callable[[str], str]


class Op(str):
    """An unquoted operator (a quoted ';' is a word, not an Op)."""


class Word(tuple):
    """A word as parts: ("t", text) literal, ("v", name) a variable expanded when the command
    runs (so `false; echo $?` sees the status of `false`)."""

    def expand(self, var: "Lookup") -> str:
        return "".join(text if kind == "t" else var(text) for kind, text in self)

    @property
    def literal(self) -> str:
        return "".join(text if kind == "t" else "$" + text for kind, text in self)


def tokens(line: str) -> list:
    """Words (as Word: quotes removed, `$NAME` and `~` marked for expansion) and operators (Op)."""
    out: list = []
    word: list | None = None
    i, n = 0, len(line)

    def dollar(j: int) -> tuple[tuple[str, str], int]:
        # at line[j] == "$": -> (part, index after it)
        if j + 1 < n and line[j + 1] in "?$#0123456789":
            return ("v", line[j + 1]), j + 2
        if j + 1 < n and line[j + 1] == "{":
            k = line.find("}", j + 2)
            if k < 0:
                raise Unterminated(line, "{")
            return ("v", line[j + 2:k]), k + 1
        k = j + 1
        while k < n and line[k] in (_NAME_START if k == j + 1 else _NAME_CHARS):
            k += 1
        if k == j + 1:
            return ("t", "$"), j + 1
        return ("v", line[j + 1:k]), k

    def finish():
        merged: list[tuple[str, str]] = []
        for kind, text in word:
            if kind == "t" and merged and merged[-1][0] == "t":
                merged[-1] = ("t", merged[-1][1] + text)
            else:
                merged.append((kind, text))
        out.append(Word(merged or [("t", "")]))

    while i < n:
        c = line[i]
        if c in " \t\n":
            if word is not None:
                finish()
                word = None
            i += 1
            continue
        if c == "#" and word is None:
            break
        if word is None and line.startswith(("2>&1", "2>>", "2>"), i):
            op = next(o for o in ("2>&1", "2>>", "2>") if line.startswith(o, i))
            out.append(Op(op))
            i += len(op)
            continue
        op = next((o for o in _OP_PREFIXES if line.startswith(o, i)), None)
        if op:
            if word is not None:
                finish()
                word = None
            out.append(Op(op))
            i += len(op)
            continue
        if word is None:
            word = []
            if c == "~" and (i + 1 == n or line[i + 1] in "/ \t\n;|&<>"):
                word.append(("v", "HOME"))
                i += 1
                continue
        if c == "\\":
            if i + 1 >= n:
                raise Unterminated(line)
            if line[i + 1] != "\n":        # backslash-newline joins lines
                word.append(("t", line[i + 1]))
            i += 2
            continue
        if c == "'":
            j = line.find("'", i + 1)
            if j < 0:
                raise Unterminated(line, "'")
            word.append(("t", line[i + 1:j]))
            i = j + 1
            continue
        if c == '"':
            i += 1
            while True:
                if i >= n:
                    raise Unterminated(line, '"')
                ch = line[i]
                if ch == '"':
                    i += 1
                    break
                if ch == "\\" and i + 1 < n and line[i + 1] in '"\\$`\n':
                    if line[i + 1] != "\n":
                        word.append(("t", line[i + 1]))
                    i += 2
                    continue
                if ch == "$":
                    part, i = dollar(i)
                    word.append(part)
                    continue
                word.append(("t", ch))
                i += 1
            continue
        if c == "$":
            part, i = dollar(i)
            word.append(part)
            continue
        word.append(("t", c))
        i += 1
    if word is not None:
        finish()
    if out and isinstance(out[-1], Op) and out[-1] in ("|", "&&", "||"):
        raise Unterminated(line)
    return out


def parse(line: str) -> list[Pipeline]:
    """Simple commands hold Words; the shell expands them when each command runs."""
    toks = tokens(line)
    pipelines: list[Pipeline] = []
    current: list[Simple] = []
    cmd = Simple([])
    i = 0
    while i < len(toks):
        t = toks[i]
        i += 1
        if isinstance(t, Op) and t in _REDIRECTS:
            if t == "2>&1":
                cmd.redirects.append(("2>&1", ""))
                continue
            if i >= len(toks) or isinstance(toks[i], Op):
                raise ShellSyntaxError(toks[i] if i < len(toks) else "newline")
            target = toks[i]
            i += 1
            if t in ("<<", "<<-"):
                cmd.heredoc, cmd.heredoc_strip = target.literal, t == "<<-"
            else:
                cmd.redirects.append((str(t), target))
            continue
        if isinstance(t, Op) and t in ("|", ";", "&&", "||", "&"):
            if not cmd.argv and not cmd.redirects and cmd.heredoc is None:
                raise ShellSyntaxError(t)
            current.append(cmd)
            cmd = Simple([])
            if t != "|":
                pipelines.append(Pipeline(current, str(t)))
                current = []
            continue
        if isinstance(t, Op):
            raise ShellSyntaxError(t)
        cmd.argv.append(t)
    if cmd.argv or cmd.redirects or cmd.heredoc is not None:
        current.append(cmd)
    elif current:
        raise ShellSyntaxError("newline")
    if current:
        pipelines.append(Pipeline(current, ";"))
    return pipelines
