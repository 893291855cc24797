"""libofmt as dladm uses it: fields with widths, left-justified columns that give back the
room an over-long value took, `-o` field selection and `-p` parseable lines.

A listing's fields and widths are data (state/releases.toml, per dladm dialect); the values
come from the command, by lower-case field name."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str          # upper case, as the header prints it
    width: int         # distance from this field's start to the next one's
    default: bool = True


class FieldError(Exception):
    """-o named a field the listing does not have."""

    def __init__(self, names: list[str]):
        self.names = names
        super().__init__(names)


def fields(spec: str) -> list[Field]:
    out = []
    for item in spec.split():
        name, _, width = item.partition(":")
        hidden = width.endswith("*")
        out.append(Field(name, int(width.rstrip("*")), not hidden))
    return out


def select(all_fields: list[Field], wanted: str | None) -> list[Field]:
    """-o a,b (case-insensitive; `all` is every field) or the default ones."""
    if not wanted:
        return [f for f in all_fields if f.default]
    if wanted.lower() == "all":
        return list(all_fields)
    by_name = {f.name.lower(): f for f in all_fields}
    out, bad = [], []
    for w in wanted.split(","):
        f = by_name.get(w.lower())
        if f is None:
            bad.append(w)
        else:
            out.append(f)
    if bad:
        raise FieldError(bad)
    return out


def render(chosen: list[Field], rows: list[dict], parseable: bool = False,
           header: bool = True) -> str:
    """rows: dicts from lower-case field name to its text, printed as given (dladm writes `--`
    for a missing value itself; a continuation row's blank LINK stays blank)."""
    lines = []
    if parseable:
        many = len(chosen) > 1
        for row in rows:
            vals = [str(row.get(f.name.lower(), "")) for f in chosen]
            if many:
                vals = [v.replace("\\", "\\\\").replace(":", "\\:") for v in vals]
            lines.append(":".join(vals))
        return "".join(line + "\n" for line in lines)
    if header:
        lines.append(_line(chosen, [f.name for f in chosen]))
    for row in rows:
        lines.append(_line(chosen, [str(row.get(f.name.lower(), "")) for f in chosen]))
    return "".join(line + "\n" for line in lines)


def _line(chosen: list[Field], values: list[str]) -> str:
    out, overflow = [], 0
    last = len(values) - 1
    for i, (f, v) in enumerate(zip(chosen, values)):
        if i == last:
            out.append(v)
            break
        if len(v) + 1 > f.width:
            overflow += len(v) + 1 - f.width
            out.append(v + " ")
        else:
            give = min(overflow, f.width - len(v) - 1)
            overflow -= give
            out.append(v.ljust(f.width - give))
    return "".join(out)
