"""Matching a command line (already split into words) against a compiled grammar, and the
completion data that comes from the same declaration."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_PROPNAME = re.compile(r"^[A-Za-z][\w.-]*$")
_NUMBER = re.compile(r"^-\d")


@dataclass
class Parsed:
    command: str                      # canonical subcommand name
    name: str                         # the word typed (may be an alias)
    form: int                         # index of the synopsis line that matched
    flags: dict[str, list] = field(default_factory=dict)     # "-o" -> [value, ...] / [True]
    props: dict[str, str] = field(default_factory=dict)      # in the order given
    operands: dict[str, list[str]] = field(default_factory=dict)   # placeholder -> values
    args: list[str] = field(default_factory=list)            # operands in order

    def flag(self, name: str) -> bool:
        return name in self.flags

    def value(self, name: str, default=None):
        v = self.flags.get(name)
        return v[-1] if v else default

    def operand(self, name: str, default=None):
        v = self.operands.get(name)
        return v[0] if v else default


class UsageError(Exception):
    """kind: unknown-command, unknown-option, missing-value, duplicate-option, bad-property,
    bad-value, missing-option, operands, no-command."""

    def __init__(self, kind: str, command: str | None = None, word: str = "", value: str = ""):
        self.kind, self.command, self.word, self.value = kind, command, word, value
        super().__init__(kind, command, word, value)


class Grammar:
    def __init__(self, compiled: dict):
        self.c = compiled
        self.tool = compiled["tool"]
        self.style = compiled["style"]
        self.commands: dict = compiled["commands"]
        self.aliases: dict = compiled["aliases"]
        self._flags_cache: dict[str, dict] = {}

    # names --------------------------------------------------------------------------------
    def resolve(self, word: str) -> str | None:
        if word in self.commands:
            return word
        return self.aliases.get(word)

    def names(self, include_hidden: bool = False) -> list[str]:
        out = []
        for name, c in self.commands.items():
            if include_hidden or not c["hidden"]:
                out.append(name)
                out.extend(c["aliases"])
        return out

    def synopsis(self, command: str) -> list[str]:
        return self.commands[command]["synopsis"]

    def usage_text(self, command: str) -> str | None:
        return self.commands[command]["usage"]

    # parsing ------------------------------------------------------------------------------
    def parse(self, argv: list[str]) -> Parsed:
        """argv without the tool name: [subcommand, args...]."""
        if not argv:
            raise UsageError("no-command")
        command = self.resolve(argv[0])
        if command is None:
            raise UsageError("unknown-command", word=argv[0])
        return self.parse_args(command, argv[1:], name=argv[0])

    def _union(self, command: str) -> dict:
        u = self._flags_cache.get(command)
        if u is None:
            flags, props = {}, {}
            for form in self.commands[command]["forms"]:
                for k, v in form["flags"].items():
                    if k in flags:
                        flags[k] = dict(flags[k], repeat=flags[k]["repeat"] or v["repeat"],
                                        value=flags[k]["value"] or v["value"])
                    else:
                        flags[k] = v
                for k, v in form["props"].items():
                    if k in props and props[k]["values"] and v["values"]:
                        props[k] = dict(props[k], values=sorted(set(props[k]["values"]) | set(v["values"])),
                                        empty=props[k]["empty"] or v["empty"])
                    elif k in props:
                        props[k] = dict(props[k], values=None, empty=props[k]["empty"] or v["empty"])
                    else:
                        props[k] = v
            u = self._flags_cache[command] = {"flags": flags, "props": props}
        return u

    def parse_args(self, command: str, args: list[str], name: str | None = None) -> Parsed:
        union = self._union(command)
        flags, props, operands = self._classify(command, args, union)
        last_error = None
        for i, form in enumerate(self.commands[command]["forms"]):
            try:
                return self._fit(command, name or command, i, form, flags, props, operands)
            except UsageError as e:
                last_error = e
        raise last_error or UsageError("operands", command)

    def _classify(self, command: str, args: list[str], union: dict):
        known_flags, known_props = union["flags"], union["props"]
        bundle, interleave = self.c["bundle"], self.c["interleave"]
        flags: list[tuple[str, object]] = []
        props: list[tuple[str, str]] = []
        operands: list[str] = []
        i, only_operands = 0, False
        while i < len(args):
            a = args[i]
            i += 1
            if only_operands:
                operands.append(a)
                continue
            if a == "--":
                only_operands = True
                continue
            if a.startswith("--") and len(a) > 2:
                fname, eq, val = a.partition("=")
                spec = known_flags.get(fname)
                if spec is None:
                    raise UsageError("unknown-option", command, fname)
                if spec["value"]:
                    if not eq:
                        if i >= len(args):
                            raise UsageError("missing-value", command, fname)
                        val, i = args[i], i + 1
                    flags.append((fname, val))
                elif eq:
                    raise UsageError("unknown-option", command, a)
                else:
                    flags.append((fname, True))
                continue
            if a.startswith("-") and len(a) > 1 and not _NUMBER.match(a):
                letters = a[1:]
                j = 0
                while j < len(letters):
                    fname = "-" + letters[j]
                    j += 1
                    spec = known_flags.get(fname)
                    if spec is None:
                        if not bundle and len(letters) > 1 and a in known_flags:
                            spec, fname, j = known_flags[a], a, len(letters)
                        else:
                            raise UsageError("unknown-option", command, fname)
                    if spec["value"]:
                        if j < len(letters):
                            val, j = letters[j:], len(letters)
                        elif i < len(args):
                            val, i = args[i], i + 1
                        else:
                            raise UsageError("missing-value", command, fname)
                        flags.append((fname, val))
                    else:
                        flags.append((fname, True))
                    if not bundle:
                        if j < len(letters):
                            raise UsageError("unknown-option", command, a)
                        break
                continue
            key, eq, val = a.partition("=")
            if eq and known_props and _PROPNAME.match(key):
                spec = known_props.get(key) or known_props.get("*")
                if spec is None:
                    raise UsageError("bad-property", command, key, val)
                if val == "" and not spec["empty"]:
                    raise UsageError("bad-value", command, key, val)
                if val and spec["values"] and val not in spec["values"]:
                    raise UsageError("bad-value", command, key, val)
                props.append((key, val))
                continue
            operands.append(a)
            if not interleave:
                only_operands = True
        seen: set[str] = set()
        for fname, _ in flags:
            if fname in seen and not known_flags[fname]["repeat"]:
                raise UsageError("duplicate-option", command, fname)
            seen.add(fname)
        return flags, props, operands

    def _fit(self, command, name, index, form, flags, props, operands) -> Parsed:
        fspec, pspec = form["flags"], form["props"]
        for fname, _ in flags:
            if fname not in fspec:
                raise UsageError("operands", command, fname)
        for pname, _ in props:
            if pname not in pspec and "*" not in pspec:
                raise UsageError("operands", command, pname)
        given = {f for f, _ in flags}
        for fname, spec in fspec.items():
            if spec["required"] and fname not in given:
                raise UsageError("missing-option", command, fname)
        givenp = {p for p, _ in props}
        if props and "*" in pspec:
            givenp.add("*")
        for pname, spec in pspec.items():
            if spec["required"] and pname not in givenp:
                raise UsageError("missing-option", command, pname)
        binding = _match_all(form["pattern"], operands)
        if binding is None:
            raise UsageError("operands", command)
        parsed = Parsed(command, name, index, args=list(operands))
        for fname, v in flags:
            parsed.flags.setdefault(fname, []).append(v)
        parsed.props = dict(props)
        for ph, v in binding:
            parsed.operands.setdefault(ph, []).append(v)
        return parsed

    def _fits(self, command: str, index: int, args: list[str]) -> bool:
        """Does one form accept these args? (tests use it to tell a real missing operand)"""
        try:
            union = self._union(command)
            flags, props, operands = self._classify(command, args, union)
            self._fit(command, command, index, self.commands[command]["forms"][index], flags, props, operands)
            return True
        except UsageError:
            return False

    # completion (stage one: what kind of word comes next) -----------------------------------
    def expect(self, words: list[str]) -> list[tuple[str, str]]:
        """What may come after `words` (the subcommand and the words typed so far after it):
        a list of ("literal", text) and ("kind", placeholder-kind)."""
        if not words:
            return [("literal", n) for n in self.names()]
        command = self.resolve(words[0])
        if command is None:
            return []
        union = self._union(command)
        args = words[1:]
        if args:
            last = args[-1]
            if last.startswith("-") and not last.startswith("--"):
                spec = union["flags"].get(last[-2:]) if len(last) >= 2 else None
                if spec and spec["value"]:
                    return [("kind", spec["kind"] or "word")]
            elif last in union["flags"] and union["flags"][last]["value"]:
                return [("kind", union["flags"][last]["kind"] or "word")]
        try:
            flags, props, operands = self._classify(command, args, union)
        except UsageError:
            return []
        out: list[tuple[str, str]] = []
        given = {f for f, _ in flags}
        for form in self.commands[command]["forms"]:
            if any(f not in form["flags"] for f in given) or any(
                    p not in form["props"] and "*" not in form["props"] for p, _ in props):
                continue
            for item in _next_items(form["pattern"], operands):
                entry = ("literal", item[1]) if item[0] == "lit" else ("kind", item[2])
                if entry not in out:
                    out.append(entry)
            for fname, spec in form["flags"].items():
                if (fname not in given or spec["repeat"]) and ("flag", fname) not in out:
                    out.append(("flag", fname))
            for pname, spec in form["props"].items():
                entry = ("kind", spec.get("kind", "word")) if pname == "*" else ("prop", pname + "=")
                if pname not in {p for p, _ in props} and entry not in out:
                    out.append(entry)
        return out

    def prop_values(self, command: str, prop: str) -> list[str]:
        spec = self._union(command)["props"].get(prop)
        return list(spec["values"] or []) if spec else []


# operand patterns: a small backtracking matcher over words -----------------------------------

def _match(node, words, i, bind):
    """Yield (end index, bindings) for every way `node` matches words[i:]."""
    kind = node[0]
    if kind == "lit":
        if i < len(words) and words[i] == node[1]:
            yield i + 1, bind
    elif kind == "ph":
        if i < len(words):
            yield i + 1, bind + [(node[1], words[i])]
    elif kind == "seq":
        yield from _match_seq(node[1], 0, words, i, bind)
    elif kind == "alt":
        for alt in node[1]:
            yield from _match(alt, words, i, bind)
    elif kind == "opt":
        yield from _match(node[1], words, i, bind)
        yield i, bind
    elif kind == "rep":
        for end, b in _match(node[1], words, i, bind):
            if end > i:
                yield from _match(node, words, end, b)
            yield end, b


def _match_seq(items, k, words, i, bind):
    if k == len(items):
        yield i, bind
        return
    for end, b in _match(items[k], words, i, bind):
        yield from _match_seq(items, k + 1, words, end, b)


def _match_all(pattern, words):
    for end, bind in _match(pattern, words, 0, []):
        if end == len(words):
            return bind
    return None


def _next_items(pattern, words) -> list:
    """The leaves that could match the word after `words`."""
    found: list = []

    def first(node, out):
        # leaves that can start `node`; returns True if node can be empty
        kind = node[0]
        if kind in ("lit", "ph"):
            out.append(node)
            return False
        if kind == "opt":
            first(node[1], out)
            return True
        if kind == "rep":
            return first(node[1], out)
        if kind == "alt":
            empty = False
            for a in node[1]:
                empty |= first(a, out)
            return empty
        for item in node[1]:
            if not first(item, out):
                return False
        return True

    # try every split: the prefix words consumed by some prefix of the pattern
    def walk(node, i, cont):
        kind = node[0]
        if i == len(words):
            first(["seq", [node, *cont]], found)
            return
        if kind in ("lit", "ph"):
            if kind == "ph" or words[i] == node[1]:
                if cont:
                    walk(cont[0], i + 1, cont[1:])
                elif i + 1 == len(words):
                    pass
            return
        if kind == "seq":
            if node[1]:
                walk(node[1][0], i, [*node[1][1:], *cont])
            elif cont:
                walk(cont[0], i, cont[1:])
            return
        if kind == "alt":
            for a in node[1]:
                walk(a, i, cont)
            return
        if kind == "opt":
            walk(node[1], i, cont)
            if cont:
                walk(cont[0], i, cont[1:])
            return
        if kind == "rep":
            walk(node[1], i, [["opt", node], *cont])

    walk(pattern, 0, [])
    return found
