"""The synopsis notation (man-page style) parsed with pyparsing into a small tree.

Tree nodes are JSON-able lists so a compiled grammar can be cached without pyparsing:
  ["seq", [node...]]  ["alt", [node...]]  ["opt", node]  ["rep", node]
  ["flag", name, value-placeholder|None, kind|None]
  ["prop", name, {"values": [...]|None, "empty": bool}]
  ["ph", name, kind]  ["lit", word]
See grammar/README.md for the notation."""
from __future__ import annotations

import re

import pyparsing as pp

# A bracket glued to a word belongs to the word: size[unit], core-ID[,core-ID[,...]].
_GLUED = r"\[(?:[^\[\]]|\[(?:[^\[\]]|\[[^\[\]]*\])*\])*\]"
_PROP = rf"[A-Za-z][\w.-]*=(?:[^\s\[\]{{}}()]|{_GLUED})*"
_FIRST = r"(?:[^\s\[\]{}()|<.]|<[^>]*>|\.(?!\.\.))"
_REST = rf"(?:[^\s\[\]{{}}()|<.]|<[^>]*>|\.(?!\.\.)|{_GLUED})"
_WORD = rf"{_FIRST}{_REST}*"


def _parser() -> pp.ParserElement:
    word = pp.Regex(rf"{_PROP}|{_WORD}")
    ellipsis = pp.Literal("...")
    expr = pp.Forward()
    group = (
        pp.Group(pp.Literal("[") + expr + pp.Suppress("]"))
        | pp.Group(pp.Literal("(") + expr + pp.Suppress(")"))
        | pp.Group(pp.Literal("{") + expr + pp.Suppress("}"))
    )
    item = pp.Group((group | word) + pp.Optional(ellipsis))
    seq = pp.Group(pp.ZeroOrMore(item))
    expr <<= pp.Group(seq + pp.ZeroOrMore(pp.Suppress("|") + seq))
    return expr


_PARSER = None


class NotationError(ValueError):
    pass


def parse_synopsis(text: str, placeholders: dict[str, str]) -> list:
    """Parse the argument part of one synopsis line (after `tool subcommand`)."""
    global _PARSER
    if _PARSER is None:
        _PARSER = _parser()
    try:
        res = _PARSER.parse_string(text, parse_all=True)
    except pp.ParseException as e:
        raise NotationError(f"cannot parse synopsis {text!r}: {e}") from None
    return _simplify(_convert_alt(res[0], placeholders))


def _convert_alt(alt, ph) -> list:
    seqs = [_convert_seq(s, ph) for s in alt]
    return seqs[0] if len(seqs) == 1 else ["alt", seqs]


def _convert_seq(seq, ph) -> list:
    items = []
    for item in seq:
        head = item[0]
        rep = len(item) > 1 and item[-1] == "..."
        if isinstance(head, str):
            node = _classify(head, ph)
        else:
            inner = _simplify(_convert_alt(head[1:][0], ph))
            node = ["opt", inner] if head[0] == "[" else inner
        items.append(["rep", node] if rep else node)
    return ["seq", _attach_values(items)]


def _attach_values(items: list) -> list:
    """A flag directly followed by a placeholder takes it as its value: `-o format`."""
    out = []
    for node in items:
        prev = out[-1] if out else None
        if prev is not None and prev[0] == "flag" and prev[2] is None:
            if node[0] == "ph":
                out[-1] = ["flag", prev[1], node[1], node[2], False]
                continue
            if node[0] == "rep" and node[1][0] == "ph":
                out[-1] = ["flag", prev[1], node[1][1], node[1][2], True]
                continue
            if node[0] == "alt" and all(a[0] == "lit" for a in node[1]):   # -A {inet | inet6}
                out[-1] = ["flag", prev[1], "|".join(a[1] for a in node[1]), "word", False]
                continue
        out.append(node)
    return out


_ANGLE = re.compile(r"<([^>]*)>")


def _classify(word: str, ph: dict[str, str]) -> list:
    if word.startswith("-") and len(word) > 1:
        if word.startswith("--") and "=" in word:
            name, value = word.split("=", 1)
            m = _ANGLE.search(value)
            vname = m.group(1) if m else value
            return ["flag", name, vname, ph.get(vname, "word"), False]
        return ["flag", word, None, None, False]
    if "=" in word and re.match(r"[A-Za-z]", word):
        name, spec = word.split("=", 1)
        if ph.get(name) == "variable":     # var-name=value: any property name (OBP variables)
            return ["prop", "*", dict(_value_spec(spec, ph), name=name, kind=ph[name])]
        return ["prop", name, _value_spec(spec, ph)]
    m = _ANGLE.search(word)
    if m:
        name = m.group(1)
        return ["ph", name, ph.get(name, ph.get(word, "word"))]
    bare = re.sub(_GLUED, "", word)
    if word in ph:
        return ["ph", word, ph[word]]
    if bare in ph:
        return ["ph", word, ph[bare]]
    return ["lit", word]


def _value_spec(spec: str, ph: dict[str, str]) -> dict:
    empty = False
    if spec.startswith("[") and spec.endswith("]") and _balanced(spec[1:-1]):
        spec, empty = spec[1:-1], True
    if "|" in spec and "[" not in spec:
        alts = spec.split("|")
        if all(a and a not in ph and not a.startswith("<") for a in alts):
            return {"values": alts, "empty": empty}
    return {"values": None, "empty": empty}


def _balanced(s: str) -> bool:
    depth = 0
    for c in s:
        depth += {"[": 1, "]": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def _simplify(node: list) -> list:
    kind = node[0]
    if kind == "seq":
        items = [_simplify(n) for n in node[1]]
        flat = []
        for n in items:
            flat.extend(n[1] if n[0] == "seq" else [n])
        return flat[0] if len(flat) == 1 else ["seq", flat]
    if kind == "alt":
        return ["alt", [_simplify(n) for n in node[1]]]
    if kind in ("opt", "rep"):
        return [kind, _simplify(node[1])]
    return node
