"""libofmt (illumos ofmt.c), as dladm, ipadm and the other illumos tools use it: fields with widths, left-justified columns that
give back the room an over-long value took, `-o` field selection with libofmt's own words,
`-p` parseable lines, comma lists wrapped under their column (OFMT_WRAP) and the header
again every 24 rows.

A listing's fields and widths are data (state/releases.toml, per dladm dialect); the values
come from the command, by lower-case field name or in field order."""
from __future__ import annotations

from dataclasses import dataclass

WINDOW_ROWS = 24        # ofmt_update_winsize when TIOCGWINSZ fails: the header comes back this often


@dataclass(frozen=True)
class Field:
    name: str          # upper case, as the header prints it
    width: int         # distance from this field's start to the next one's
    default: bool = True


class FieldError(Exception):
    """ofmt_open refused the -o list: `text` is ofmt_strerror's (dladm dies with it)."""

    def __init__(self, text: str):
        self.text = text
        super().__init__(text)


def fields(spec: str) -> list[Field]:
    out = []
    for item in spec.split():
        name, _, width = item.partition(":")
        hidden = width.endswith("*")
        out.append(Field(name, int(width.rstrip("*")), not hidden))
    return out


def open_fields(all_fields: list[Field], wanted: str | None, parseable: bool = False,
                warn=None) -> list[Field]:
    """ofmt_open over -o (case-insensitive; `all` is every field; none: the default ones).
    Unknown names are fatal in parseable mode, else `warn` gets ofmt_strerror's words and the
    known ones are kept (dladm_ofmt_check)."""
    if parseable and not wanted:
        raise FieldError("output fields must be specified in parsable mode")
    if not wanted:
        return [f for f in all_fields if f.default]
    if wanted.lower() == "all":
        if parseable:
            raise FieldError("output field `all' invalid in parsable mode")
        return list(all_fields)
    by_name = {f.name.lower(): f for f in all_fields}
    out, bad = [], []
    for w in wanted.split(","):
        if w:
            (out.append(by_name[w.lower()]) if w.lower() in by_name else bad.append(w))
    if bad:
        if not out:
            raise FieldError("no valid output fields")
        text = f"unknown output field{'s' if len(bad) > 1 else ''}: " + " ".join(f"`{b}'" for b in bad)
        if parseable:
            raise FieldError(text)
        if warn is not None:
            warn("ignoring " + text)
    return out


class Printer:
    """One ofmt handle: rows printed one at a time (a command may warn between them).
    A value None is a field whose callback failed (`?`); in wrap mode an empty first piece
    prints `--`; otherwise values print as given (dladm writes `--` itself)."""

    def __init__(self, chosen: list[Field], parseable: bool = False, wrap: bool = False,
                 header_every: int = WINDOW_ROWS):
        self.chosen, self.parseable, self.wrap = chosen, parseable, wrap
        self.header_every = header_every
        self.nrow = 0

    def row(self, values) -> str:
        """values: a dict by lower-case field name, or one value per chosen field."""
        if isinstance(values, dict):
            values = [values.get(f.name.lower(), "") for f in self.chosen]
        if self.parseable:
            vals = ["?" if v is None else str(v) for v in values]
            if len(vals) > 1:
                vals = [v.replace("\\", "\\\\").replace(":", "\\:") for v in vals]
            return ":".join(vals) + "\n"
        out = []
        if self.nrow == 0 or self.header_every and self.nrow % self.header_every == 0:
            out.append(line(self.chosen, [f.name for f in self.chosen]))
            self.nrow += 1
        self.nrow += 1
        if not self.wrap:
            out.append(line(self.chosen, ["?" if v is None else str(v) for v in values]))
            return "".join(out)
        splits = [None if v is None else _Pieces(v) for v in values]
        first = ["?" if sp is None else (sp.fit(f.width) or "--") for f, sp in zip(self.chosen, splits)]
        out.append(line(self.chosen, first))
        while any(sp is not None and sp.left() for sp in splits):
            out.append(line(self.chosen, ["" if sp is None else sp.fit(f.width)
                                          for f, sp in zip(self.chosen, splits)]))
        return "".join(out)


def render(chosen: list[Field], rows: list, parseable: bool = False, wrap: bool = False,
           header_every: int = WINDOW_ROWS) -> str:
    """Every row through one Printer (the header comes with the first row: none without rows)."""
    p = Printer(chosen, parseable, wrap, header_every)
    return "".join(p.row(r) for r in rows)


class _Pieces:
    """split_str and ofmt_fit_width: a comma list handed out as much as fits a column, each
    piece followed by a comma but the last."""

    def __init__(self, value: str):
        self.parts = [t for t in value.split(",") if t] if value else []
        self.i = 0

    def left(self) -> bool:
        return self.i < len(self.parts)

    def fit(self, width: int) -> str:
        text = ""
        while self.i < len(self.parts):
            text += self.parts[self.i] + ","
            last = self.i + 1 == len(self.parts)
            if last:
                text = text[:-1]
            self.i += 1
            if len(text) + (0 if last else len(self.parts[self.i])) > width:
                break
        return text


def line(chosen: list[Field], values: list[str]) -> str:
    """ofmt_print_field over one row: left-justified; an over-long value is followed by one
    space and the fields after it give the excess back; the last field is printed as it is."""
    out, overflow = [], 0
    last = len(values) - 1
    for i, (f, v) in enumerate(zip(chosen, values)):
        if i == last:
            out.append(v)
            break
        width = f.width
        if len(v) + overflow >= width:
            overflow += len(v) - width + 1
            out.append(v + " ")
            continue
        if overflow > 0:
            give = min(overflow, width - len(v))
            overflow -= give
            width -= give
        out.append(v.ljust(width))
    return "".join(out) + "\n"
