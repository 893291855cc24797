"""Option parsing as the real tools do it: Solaris getopt(3C) (options end at the first operand)
and GNU getopt_long (options anywhere, long options, `--` ends them), with each one's words
for a bad option. The command decides what a bad option costs (usage text, exit status)."""
from __future__ import annotations

from vshell import messages


class OptError(Exception):
    """A bad option. `text` is the line getopt itself printed (without newline)."""

    def __init__(self, text: str):
        self.text = text
        super().__init__(text)


def _short_takes_arg(optstring: str, c: str) -> bool | None:
    """None: not an option; True/False: takes an argument or not."""
    i = optstring.find(c)
    if c == ":" or i < 0:
        return None
    return optstring[i + 1:i + 2] == ":"


def getopt(argv: list[str], optstring: str, gnu: bool = False,
           longopts: dict[str, bool] | None = None) -> tuple[list[tuple[str, str | None]], list[str]]:
    """-> ([(option, value)], operands). argv[0] is the command name (used in messages).
    Short options are "-x"; long ones "--name" (longopts maps name -> takes an argument).
    Raises OptError with the line getopt prints."""
    cmd = argv[0].rsplit("/", 1)[-1]
    opts: list[tuple[str, str | None]] = []
    operands: list[str] = []
    args = list(argv[1:])
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if a == "--":
            operands.extend(args[i:])
            break
        if a.startswith("--") and gnu:
            name, eq, value = a[2:].partition("=")
            known = longopts or {}
            hits = [n for n in known if n == name] or [n for n in known if n.startswith(name)]
            if len(hits) != 1:
                key = "getopt.gnu-ambiguous" if len(hits) > 1 else "getopt.gnu-unrecognized"
                raise OptError(messages.text(key, cmd=cmd, opt=a))
            full = hits[0]
            if known[full] and not eq:
                if i >= len(args):
                    raise OptError(messages.text("getopt.gnu-long-needs-arg", cmd=cmd, opt="--" + full))
                value, i = args[i], i + 1
            opts.append(("--" + full, value if known[full] else None))
            continue
        if not a.startswith("-") or a == "-":
            if gnu:
                operands.append(a)
                continue
            operands.append(a)
            operands.extend(args[i:])
            break
        j = 1
        while j < len(a):
            c = a[j]
            j += 1
            takes = _short_takes_arg(optstring, c)
            if takes is None:
                raise OptError(_bad(cmd, c, gnu, "illegal"))
            if takes:
                if j < len(a):
                    value = a[j:]
                elif i < len(args):
                    value, i = args[i], i + 1
                else:
                    raise OptError(_bad(cmd, c, gnu, "needs-arg"))
                opts.append(("-" + c, value))
                break
            opts.append(("-" + c, None))
    return opts, operands


def _bad(cmd: str, c: str, gnu: bool, kind: str) -> str:
    if gnu:
        return messages.text("getopt.gnu-" + kind, cmd=cmd, opt=c)
    # Solaris libc getopt/getopt_long: "%s: illegal option -- %s",
    # "%s: option requires an argument -- %s" (illumos libc port/gen/getopt_long.c)
    if kind == "illegal":
        return f"{cmd}: illegal option -- {c}"
    return f"{cmd}: option requires an argument -- {c}"
