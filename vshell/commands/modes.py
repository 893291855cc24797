"""Mode arguments of chmod and mkdir -m: an octal number, or a comma-separated list of
[ugoa]*[+-=][rwxXstugo]* clauses (illumos usr/src/cmd/chmod/common.c, newmode_common(); GNU
modechange.c reads the same language). Without a who-part the umask limits + - =."""
from __future__ import annotations

USER, GROUP, OTHER, ALL = 0o5700, 0o2070, 0o0007, 0o7777
READ, WRITE, EXEC, SETID, STICKY = 0o444, 0o222, 0o111, 0o6000, 0o1000


class BadMode(ValueError):
    """`octal` says which of chmod's two "invalid mode" exits applies (6 octal, 5 symbolic)."""

    def __init__(self, octal: bool):
        self.octal = octal
        super().__init__("invalid mode")


def newmode(spec: str, old: int, umask: int = 0o022, is_dir: bool = False) -> int:
    if spec[:1].isdigit():
        if any(c not in "01234567" for c in spec):
            raise BadMode(True)
        value = int(spec, 8) & 0o7777
        # an octal mode leaves a directory's set-gid bit alone (common.c abs())
        return (value & ~0o2000) | (old & 0o2000) if is_dir else value
    mode = old & 0o7777
    clauses = spec.split(",")
    for clause in clauses:
        i = 0
        who = 0
        while i < len(clause) and clause[i] in "ugoa":
            who |= {"u": USER, "g": GROUP, "o": OTHER, "a": ALL}[clause[i]]
            i += 1
        who_empty = who == 0
        if who_empty:
            who = ALL
        if i >= len(clause) or clause[i] not in "+-=":
            raise BadMode(False)
        while i < len(clause) and clause[i] in "+-=":
            op = clause[i]
            i += 1
            perms = 0
            if i < len(clause) and clause[i] in "ugo":
                src = {"u": (mode & USER) >> 6, "g": (mode & GROUP) >> 3, "o": mode & OTHER}[clause[i]]
                src &= 7
                perms = src | src << 3 | src << 6
                i += 1
            else:
                while i < len(clause) and clause[i] in "rwxXstl":
                    c = clause[i]
                    perms |= {"r": READ, "w": WRITE, "x": EXEC, "s": SETID, "t": STICKY,
                              "l": 0, "X": EXEC if is_dir or mode & EXEC else 0}[c]
                    i += 1
            perms &= who
            if who_empty:
                perms &= ~umask
            if op == "+":
                mode |= perms
            elif op == "-":
                mode &= ~perms
            else:
                if is_dir:
                    perms = (perms & ~0o2000) | (mode & 0o2000)
                mode = (mode & ~who) | perms
        if i != len(clause):
            raise BadMode(False)
    return mode
