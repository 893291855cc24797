"""Splitting a shell command line as bash does, for the part of bash vshell emulates:
words and quotes, `;`, `&&`, `||`, `|`, redirections `>`, `>>`, `<`, `2>`, `2>&1`, and
here-documents `<<WORD`."""
from __future__ import annotations

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


_OPS = {";;", ";", "&&", "||", "|", ">", ">>", "<", "<<", "2>", "2>>", "2>&1", "&"}
_OP_PREFIXES = sorted(_OPS, key=len, reverse=True)


class Op(str):
    """An unquoted operator (a quoted ';' is a word, not an Op)."""


def tokens(line: str) -> list[str]:
    """Words (quotes removed) and operators (as Op)."""
    out: list[str] = []
    word: list[str] | None = None
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if c in " \t\n":
            if word is not None:
                out.append("".join(word))
                word = None
            i += 1
            continue
        if c == "#" and word is None:
            break
        if word is None and c == "2" and line.startswith(("2>&1", "2>>", "2>"), i):
            op = next(o for o in ("2>&1", "2>>", "2>") if line.startswith(o, i))
            out.append(Op(op))
            i += len(op)
            continue
        op = next((o for o in _OP_PREFIXES if not o.startswith("2") and line.startswith(o, i)), None)
        if op:
            if word is not None:
                out.append("".join(word))
                word = None
            out.append(Op(op))
            i += len(op)
            continue
        if word is None:
            word = []
        if c == "\\":
            if i + 1 < n:
                word.append(line[i + 1])
            i += 2
            continue
        if c == "'":
            j = line.find("'", i + 1)
            if j < 0:
                raise Unterminated(line)
            word.append(line[i + 1:j])
            i = j + 1
            continue
        if c == '"':
            i += 1
            while True:
                if i >= n:
                    raise Unterminated(line)
                if line[i] == '"':
                    i += 1
                    break
                if line[i] == "\\" and i + 1 < n and line[i + 1] in '"\\$`':
                    word.append(line[i + 1])
                    i += 2
                    continue
                word.append(line[i])
                i += 1
            continue
        word.append(c)
        i += 1
    if word is not None:
        out.append("".join(word))
    return out


def parse(line: str) -> list[Pipeline]:
    toks = tokens(line)
    pipelines: list[Pipeline] = []
    current: list[Simple] = []
    cmd = Simple([])
    i = 0
    while i < len(toks):
        t = toks[i]
        i += 1
        if isinstance(t, Op) and t in (">", ">>", "<", "2>", "2>>", "<<", "2>&1"):
            if t == "2>&1":
                cmd.redirects.append(("2>&1", ""))
                continue
            if i >= len(toks) or isinstance(toks[i], Op):
                raise ShellSyntaxError(toks[i] if i < len(toks) else "newline")
            target = toks[i]
            i += 1
            if t == "<<":
                cmd.heredoc = target
            else:
                cmd.redirects.append((t, target))
            continue
        if isinstance(t, Op) and t in ("|", ";", "&&", "||", "&"):
            if not cmd.argv and not cmd.redirects:
                raise ShellSyntaxError(t)
            current.append(cmd)
            cmd = Simple([])
            if t != "|":
                pipelines.append(Pipeline(current, t))
                current = []
            continue
        if isinstance(t, Op):
            raise ShellSyntaxError(t)
        cmd.argv.append(str(t))
    if cmd.argv or cmd.redirects:
        current.append(cmd)
    elif current:
        raise ShellSyntaxError("newline")
    if current:
        pipelines.append(Pipeline(current, ";"))
    return pipelines
