"""Number and field formats ldm uses (ldm.md §2)."""
from __future__ import annotations

from vshell.model.units import G, K, M, T


def size(n: int) -> str:
    """Largest exact unit, no decimals: 32544M, 1G, 100G, 512K."""
    for unit, mult in (("T", T), ("G", G), ("M", M), ("K", K)):
        if n and n % mult == 0:
            return f"{n // mult}{unit}"
    return str(n)


def cpuset(strands) -> str:
    """(0, 1, 2, 3) as ldm writes a set of strands."""
    return "(" + ", ".join(str(s) for s in strands) + ")"


def uptime(seconds: float | None) -> str:
    """45d 8h 6m, 3d 21h 7m, 9m, 0s."""
    if seconds is None:
        return ""
    s = int(seconds)
    if s < 60:
        return f"{s}s"
    d, rem = divmod(s, 86400)
    h, rem = divmod(rem, 3600)
    m = rem // 60
    parts = [f"{d}d"] if d else []
    if h or d:
        parts.append(f"{h}h")
    parts.append(f"{m}m")
    return " ".join(parts)


def util(pct: float | None, style: str = "decimal") -> str:
    """3.x: 0.1%, 7.0%; 1.x right-aligned in four: 0.5%, " 23%" (ldm.md §2.1)."""
    if pct is None:
        return ""
    if style == "right4":
        return (f"{pct:.1f}%" if pct < 10 else f"{pct:.0f}%").rjust(4)
    return f"{pct:.1f}%"


def _status(d) -> str:
    """Column 2: n normal (an OS runs), t transition (a domain at the OpenBoot ok prompt or
    booting; ldm.md §2.2)  # unverified: that a guest at the ok prompt shows t."""
    if d.state != "active":
        return "-"
    return "n" if d.os == "solaris" else "t"


def flags(d, columns: int = 6) -> str:
    """The letter flags of `ldm list` (ldm.md §2.2)."""
    cols = ["-", _status(d), "d" if d.delayed_reconf else "-", "c" if d.control else "-",
            "v" if d.service else "-", "-"]
    return "".join(cols[:columns])


def flag_words(d) -> str:
    words = {"n": ["normal"], "t": ["transition"], "-": []}[_status(d)]
    if d.delayed_reconf:
        words.append("delayed-reconfig")
    if d.control:
        words.append("control")
    if d.service:
        words.append("vio-service")
    return ",".join(words)


def line(values, cols) -> str:
    # Each field is padded to its width; a value that does not fit is printed whole and
    # followed by one space, pushing the rest of the row right (ldm.md §2.1).
    out = ""
    for v, (_, width) in zip(values, cols):
        out += v + " " * max(1, width - len(v)) if width else v
    return out.rstrip()


def section(title: str, header: list[tuple[str, int]], rows: list[list[str]], blank: str = "") -> list[str]:
    lines = [blank, title, "    " + line([h for h, _ in header], header)]
    lines += ["    " + line(r, header) for r in rows]
    return lines
