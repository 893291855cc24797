"""strftime(3C) in the C locale, done here rather than by the platform's libc so every machine
running vshell prints the same (Python's strftime follows the host's locale and C library)."""
from __future__ import annotations

import datetime as _dt

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def strftime(fmt: str, t: _dt.datetime, zone: str = "UTC") -> str:
    out: list[str] = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%" or i + 1 >= len(fmt):
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        out.append(_conv(d, t, zone))
    return "".join(out)


def _conv(d: str, t: _dt.datetime, zone: str) -> str:
    hour12 = t.hour % 12 or 12
    table = {
        "a": _DAYS[t.weekday()][:3], "A": _DAYS[t.weekday()],
        "b": _MONTHS[t.month - 1][:3], "h": _MONTHS[t.month - 1][:3], "B": _MONTHS[t.month - 1],
        "d": f"{t.day:02d}", "e": f"{t.day:2d}", "m": f"{t.month:02d}", "y": f"{t.year % 100:02d}",
        "Y": str(t.year), "C": f"{t.year // 100:02d}", "j": f"{t.timetuple().tm_yday:03d}",
        "H": f"{t.hour:02d}", "I": f"{hour12:02d}", "M": f"{t.minute:02d}", "S": f"{t.second:02d}",
        "p": "AM" if t.hour < 12 else "PM", "Z": zone, "z": "+0000", "n": "\n", "t": "\t",
        "%": "%", "u": str(t.isoweekday()), "w": str(t.isoweekday() % 7),
        "s": str(int(t.timestamp())),
    }
    if d in table:
        return table[d]
    compound = {"T": "%H:%M:%S", "R": "%H:%M", "D": "%m/%d/%y", "F": "%Y-%m-%d", "r": "%I:%M:%S %p",
                "c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
    if d in compound:
        return strftime(compound[d], t, zone)
    return "%" + d


def ctime(when: _dt.datetime) -> str:
    """ctime(3) without its newline: the day of the month padded with a space."""
    return strftime("%a %b %e %H:%M:%S %Y", when)
