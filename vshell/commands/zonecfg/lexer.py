"""zonecfg's lexer (illumos zonecfg_lex.l): commands end at `;` or a newline; `#` starts a
comment where a command may start; a word is a run of anything but blanks, `"`, `;`, `=`, `[`,
`]`, `(`, `)` and `,`; a double-quoted string is one word. Where a command word is expected, a
character that does not begin one is a token by itself, so `foo` is a syntax error at 'f'."""
from __future__ import annotations

from dataclasses import dataclass

SPECIAL = set(' \t\n";=[](),')
PUNCT = {"=": "EQUAL", "[": "LBRACK", "]": "RBRACK", "(": "LPAREN", ")": "RPAREN", ",": "COMMA"}


@dataclass
class Token:
    kind: str              # WORD, EQUAL, LBRACK, RBRACK, LPAREN, RPAREN, COMMA, CHAR
    text: str
    quoted: bool = False


class LexError(Exception):
    def __init__(self, token: str):
        super().__init__(token)
        self.token = token


def commands(text: str, words: set[str]) -> list[list[Token] | LexError]:
    """Split input into commands, each a token list (or the LexError its first bad character
    gives). `words` are the command keywords."""
    out: list = []
    cur: list[Token] = []
    i, n = 0, len(text)
    start = True                     # a command word is expected (the lexer's INITIAL state)
    bad: LexError | None = None
    while i < n:
        c = text[i]
        if c in " \t":
            i += 1
            continue
        if c in ";\n":
            if bad is not None:
                out.append(bad)
            elif cur:
                out.append(cur)
            cur, bad, start = [], None, True
            i += 1
            continue
        if bad is not None:          # the rest of a bad command is skipped up to its end
            i += 1
            continue
        if start:
            if c == "#":
                while i < n and text[i] != "\n":
                    i += 1
                continue
            j = i
            while j < n and text[j] not in SPECIAL:
                j += 1
            word = text[i:j]
            if word in words:
                cur.append(Token("WORD", word))
                start = False
                i = j
                continue
            bad = LexError(c)
            i += 1
            continue
        if c == '"':
            j = text.find('"', i + 1)
            nl = text.find("\n", i + 1)
            if j < 0 or (0 <= nl < j):
                j = nl if nl >= 0 else n
                cur.append(Token("WORD", text[i + 1:j], quoted=True))
                i = j
                continue
            cur.append(Token("WORD", text[i + 1:j], quoted=True))
            i = j + 1
            continue
        if c in PUNCT:
            cur.append(Token(PUNCT[c], c))
            i += 1
            continue
        j = i
        while j < n and text[j] not in SPECIAL:
            j += 1
        cur.append(Token("WORD", text[i:j]))
        i = j
    if bad is not None:
        out.append(bad)
    elif cur:
        out.append(cur)
    return out


def value(tokens: list[Token], i: int):
    """A property value at tokens[i]: a word, a list [a,b,...] or a complex value (n=v,...),
    or a list of complex values. -> (value, next index); raises LexError at what is wrong."""
    if i >= len(tokens):
        raise LexError("\\n")
    t = tokens[i]
    if t.kind == "WORD":
        return t.text, i + 1
    if t.kind == "LPAREN":
        return _complex(tokens, i)
    if t.kind == "LBRACK":
        items: list = []
        i += 1
        while True:
            if i >= len(tokens):
                raise LexError("\\n")
            t = tokens[i]
            if t.kind == "RBRACK" and not items:
                return items, i + 1
            if t.kind == "WORD":
                items.append(t.text)
                i += 1
            elif t.kind == "LPAREN":
                v, i = _complex(tokens, i)
                items.append(v)
            else:
                raise LexError(t.text)
            if i >= len(tokens):
                raise LexError("\\n")
            if tokens[i].kind == "COMMA":
                i += 1
                continue
            if tokens[i].kind == "RBRACK":
                return items, i + 1
            raise LexError(tokens[i].text)
    raise LexError(t.text)


def _complex(tokens: list[Token], i: int):
    """(name=value,name=value): returned as its text, as zonecfg keeps it."""
    parts = []
    i += 1
    while True:
        if i >= len(tokens) or tokens[i].kind != "WORD":
            raise LexError(tokens[i].text if i < len(tokens) else "\\n")
        name = tokens[i].text
        if i + 1 >= len(tokens) or tokens[i + 1].kind != "EQUAL":
            raise LexError(tokens[i + 1].text if i + 1 < len(tokens) else "\\n")
        if i + 2 >= len(tokens) or tokens[i + 2].kind != "WORD":
            raise LexError(tokens[i + 2].text if i + 2 < len(tokens) else "\\n")
        parts.append(f"{name}={tokens[i + 2].text}")
        i += 3
        if i >= len(tokens):
            raise LexError("\\n")
        if tokens[i].kind == "COMMA":
            i += 1
            continue
        if tokens[i].kind == "RPAREN":
            return "(" + ",".join(parts) + ")", i + 1
        raise LexError(tokens[i].text)
