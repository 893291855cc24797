"""How ls lays its entries out: the Solaris columns and long lines (illumos usr/src/cmd/ls/ls.c:
pem, pentry, column, pmode, format_time) and the GNU ones (coreutils ls: columns of varying
width padded with TABs, long lines aligned per listing).

An entry is (name as shown, Stat or None when ls never stat'ed it)."""
from __future__ import annotations

import datetime as _dt

from vshell.commands.timefmt import strftime

SIX_MONTHS_SOLARIS = 6 * 30 * 24 * 60 * 60    # ls.c: year = now - 6L*30L*24L*60L*60L
SIX_MONTHS_GNU = 31556952 // 2                # coreutils: half a Gregorian year


def mode_string(st, solaris: bool) -> str:
    """pmode(): type letter and nine permission letters, set-id and sticky folded in."""
    m = st.mode
    chars = ["d" if st.is_dir else "-"]
    for shift, special, on, off in ((6, 0o4000, "s", "S"), (3, 0o2000, "s", "S"), (0, 0o1000, "t", "T")):
        bits = (m >> shift) & 7
        chars.append("r" if bits & 4 else "-")
        chars.append("w" if bits & 2 else "-")
        x = bits & 1
        if m & special:
            if x:
                chars.append(on)
            elif solaris and special == 0o2000 and not st.is_dir:
                chars.append("l")             # set-gid without group execute: mandatory locking
            else:
                chars.append(off)
        else:
            chars.append("x" if x else "-")
    return "".join(chars)


def mark(st, classify: bool, slash: bool) -> str:
    """-F / -p: what follows the name."""
    if st is None:
        return ""
    if st.is_dir and (classify or slash):
        return "/"
    if classify and not st.is_dir and st.mode & 0o111:
        return "*"
    return ""


def time_field(mtime: float, now: float, solaris: bool) -> str:
    t = _dt.datetime.fromtimestamp(mtime, _dt.timezone.utc)
    if solaris:
        recent = now - SIX_MONTHS_SOLARIS <= mtime <= now + 60
        return strftime(" %b %e %H:%M " if recent else " %b %e  %Y ", t)
    recent = now - SIX_MONTHS_GNU <= mtime <= now
    return strftime("%b %e %H:%M" if recent else "%b %e  %Y", t)


class SolarisPrinter:
    """The curcol bookkeeping of ls.c, so columns and line breaks fall where Solaris puts them."""

    def __init__(self, num_cols: int, columns: bool, fixedwidth: int):
        self.out: list[str] = []
        self.curcol = 0
        self.num_cols = num_cols
        self.cflg = columns
        self.fixedwidth = fixedwidth
        self.colwidth = fixedwidth
        self.first = True

    def set_width(self, filewidth: int) -> None:
        self.colwidth = self.fixedwidth + filewidth

    def put(self, text: str) -> None:
        self.out.append(text)
        self.curcol += len(text)

    def new_line(self) -> None:
        if self.curcol:
            self.first = False
            self.out.append("\n")
            self.curcol = 0

    def column(self) -> None:
        if self.curcol == 0:
            return
        if not self.cflg or (self.curcol // self.colwidth + 2) * self.colwidth > self.num_cols:
            self.out.append("\n")
            self.curcol = 0
            return
        pad = -self.curcol % self.colwidth or self.colwidth
        self.put(" " * pad)

    def pem(self, texts: list[str], across: bool = False) -> None:
        """Print 'em: down the columns (-C), across (-x), or one a line."""
        ncols = self.num_cols // self.colwidth if self.cflg and self.colwidth <= self.num_cols else 1
        if ncols == 1 or across or not self.cflg:
            for t in texts:
                self.column()
                self.put(t)
            self.new_line()
            return
        nrows = (len(texts) - 1) // ncols + 1 if texts else 0
        for row in range(nrows):
            for col in range(ncols):
                k = nrows * col + row
                if k < len(texts):
                    self.column()
                    self.put(texts[k])
            self.new_line()


def solaris_long(name: str, st, owner: str, group: str | None, now: float) -> str:
    """One -l line: mode, ACL mark, links, owner, group, size, time, name."""
    text = mode_string(st, True) + " " + f"{st.nlink:3d} "
    if owner is not None:
        text += f"{owner:<8} "
    if group is not None:
        text += f"{group:<8} "
    return text + f"{st.size:7d}" + time_field(st.mtime, now, True) + name


def gnu_columns(texts: list[str], line_length: int, across: bool = False) -> str:
    """coreutils ls -C / -x: as many columns as fit, each as wide as its widest name plus two,
    the gaps filled with TABs (tab size 8) as far as they go."""
    n = len(texts)
    if n == 0:
        return ""
    min_width = 3
    max_cols = max(1, min(line_length // min_width, n))
    best = 1
    for cols in range(max_cols, 0, -1):
        widths = _gnu_widths(texts, cols, across)
        if sum(widths) < line_length:
            best = cols
            break
    widths = _gnu_widths(texts, best, across)
    rows = (n + best - 1) // best
    lines = []
    for r in range(rows):
        idxs = [r * best + c for c in range(best)] if across else [r + c * rows for c in range(best)]
        idxs = [k for k in idxs if k < n]
        line, pos = "", 0
        for j, k in enumerate(idxs):
            line += texts[k]
            if j == len(idxs) - 1:
                break
            line += _indent(pos + len(texts[k]), pos + widths[j])
            pos += widths[j]
        lines.append(line + "\n")
    return "".join(lines)


def _gnu_widths(texts, cols, across):
    n = len(texts)
    rows = (n + cols - 1) // cols
    widths = [3] * cols                 # MIN_COLUMN_WIDTH
    for k, t in enumerate(texts):
        c = k % cols if across else k // rows
        widths[c] = max(widths[c], len(t) + (0 if c == cols - 1 else 2))
    return widths


def _indent(frm: int, to: int) -> str:
    out = []
    while frm < to:
        if to // 8 > (frm + 1) // 8:
            out.append("\t")
            frm += 8 - frm % 8
        else:
            out.append(" ")
            frm += 1
    return "".join(out)


def gnu_long(rows: list[tuple[str, object, str, str | None]], now: float) -> str:
    """coreutils ls -l: fields aligned over the whole listing."""
    if not rows:
        return ""
    wl = max(len(str(st.nlink)) for _, st, _, _ in rows)
    wo = max(len(o) for _, _, o, _ in rows if o is not None) if any(o is not None for *_, o, _ in rows) else 0
    wg = max((len(g) for *_, g in rows if g is not None), default=0)
    ws = max(len(str(st.size)) for _, st, _, _ in rows)
    out = []
    for name, st, owner, group in rows:
        parts = [mode_string(st, False), f"{st.nlink:>{wl}}"]
        if owner is not None:
            parts.append(f"{owner:<{wo}}")
        if group is not None:
            parts.append(f"{group:<{wg}}")
        parts += [f"{st.size:>{ws}}", time_field(st.mtime, now, False), name]
        out.append(" ".join(parts) + "\n")
    return "".join(out)
