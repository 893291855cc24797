"""Line-level rules of the transcript format: how output lines are written and matched.

Suffixes (cram's): ` (re)` a regular expression, ` (glob)` `*` and `?` wildcards, ` (esc)`
Python-style escapes for TABs, CRs and control characters, ` (no-eol)` the output ended
without a newline. `...` alone matches any run of lines; `[N]` states a non-zero exit status."""
from __future__ import annotations

import re

ELLIPSIS = "..."
_STATUS = re.compile(r"^\[(\d+)\]$")
_SUFFIXES = (" (re)", " (glob)", " (esc)", " (no-eol)")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\t\r]")


def status_line(line: str) -> int | None:
    m = _STATUS.match(line)
    return int(m.group(1)) if m else None


def escape(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)


def unescape(text: str) -> str:
    return text.encode("latin-1", "backslashreplace").decode("unicode_escape")


def needs_escape(line: str) -> bool:
    return bool(_CTRL.search(line)) or line.strip() in (ELLIPSIS, ". . .") \
        or line.endswith(_SUFFIXES) or status_line(line) is not None


def render_output(text: str, status: int) -> list[str]:
    """Output text and exit status as transcript lines."""
    lines: list[str] = []
    if text:
        parts = text.split("\n")
        no_eol = parts[-1] != ""
        if not no_eol:
            parts.pop()
        for i, p in enumerate(parts):
            last = i == len(parts) - 1
            if needs_escape(p):
                p = escape(p) + " (esc)"
            if last and no_eol:
                p += " (no-eol)"
            lines.append(p)
    if status:
        lines.append(f"[{status}]")
    return lines


def matches(expected: str, actual: str, loose_space: bool = False) -> bool:
    """Does one expected transcript line match one actual (rendered) line?"""
    if expected == actual:
        return True
    if loose_space and expected.rstrip() == actual.rstrip():
        return True
    e, a = expected, actual
    e_noeol = e.endswith(" (no-eol)")
    a_noeol = a.endswith(" (no-eol)")
    if e_noeol != a_noeol:
        return False
    if e_noeol:
        e, a = e[: -len(" (no-eol)")], a[: -len(" (no-eol)")]
    if a.endswith(" (esc)"):
        a = unescape(a[: -len(" (esc)")])
    if loose_space:
        a = a.rstrip()
    if e.endswith(" (esc)"):
        ee = unescape(e[: -len(" (esc)")])
        return ee == a or (loose_space and ee.rstrip() == a)
    if e.endswith(" (re)"):
        try:
            return re.fullmatch(e[: -len(" (re)")], a) is not None
        except re.error:
            return False
    if e.endswith(" (glob)"):
        return _glob(e[: -len(" (glob)")], a)
    return e == a or (loose_space and e.rstrip() == a)


def _glob(pattern: str, text: str) -> bool:
    rx, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern) and pattern[i + 1] in "*?\\":
            rx.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        rx.append(".*" if c == "*" else "." if c == "?" else re.escape(c))
        i += 1
    return re.fullmatch("".join(rx), text) is not None


def match_block(expected: list[str], actual: list[str], loose_space: bool = False,
                elisions: tuple[str, ...] = (ELLIPSIS,), skip_blank: bool = False) -> bool:
    """Do the expected lines (with `...` elisions) match the actual lines, all of them?
    Bottom-up over (expected i, actual j), so long outputs never meet the recursion limit."""
    n, m = len(expected), len(actual)
    nxt = [j == m for j in range(m + 1)]          # row i + 1 of the table: expected[i+1:] vs actual[j:]
    for i in range(n - 1, -1, -1):
        row = [False] * (m + 1)
        e = expected[i]
        if e.strip() in elisions:
            later = False
            for j in range(m, -1, -1):          # any k >= j with nxt[k]
                later = later or nxt[j]
                row[j] = later
        else:
            blank = skip_blank and not e.strip()
            for j in range(m, -1, -1):
                row[j] = (j < m and nxt[j + 1] and matches(e, actual[j], loose_space)) or (blank and nxt[j])
        nxt = row
    return nxt[0]
