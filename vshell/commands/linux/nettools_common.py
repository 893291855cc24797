"""What ifconfig, ip, vconfig and ifenslave share on a Linux host: glibc's strerror for the errno
names the netdevs model raises, inet_aton, root, and the release's tool and kernel generation."""
from __future__ import annotations

import re

from vshell.commands.errno import glibc as strerror  # noqa: F401  (the tools import it from here)


def is_root(ctx) -> bool:
    return ctx.as_root or ctx.user.uid == 0


def netdevs(ctx):
    return ctx.host.netdevs


def kernel_version(ctx) -> tuple[int, int, int]:
    """The running kernel's x.y.z from the release's uname."""
    m = re.match(r"(\d+)\.(\d+)\.(\d+)", str(ctx.host.release.get("uname_release", "2.6.18")))
    return tuple(int(g) for g in m.groups()) if m else (2, 6, 18)


def old_vlan_ioctl(ctx) -> bool:
    """Kernels before 2.6.22 answered every failed SIOCSIFVLAN request with EINVAL (their
    register_vlan_device returned a device or NULL).  # unverified: recalled, not read"""
    return kernel_version(ctx) < (2, 6, 22)


def iproute_version(ctx) -> str:
    """The iproute package of the dom0: RHEL5's 2.6.18 on OVM 2; a RHEL6-era 2.6.32 where the
    release's initscripts are RHEL6's.  # unverified: releases.toml should name it"""
    explicit = ctx.host.release.get("iproute")
    if explicit:
        return str(explicit)
    return "2.6.32" if ctx.host.release.get("initscripts") == "rhel6" else "2.6.18"


def inet_aton(text: str) -> int | None:
    """glibc inet_aton: one to four parts, each decimal, octal (0...) or hex (0x...), the
    last part filling the remaining bytes. None where it is no address."""
    if not text or text.endswith(".") or text.startswith("."):
        return None
    parts = text.split(".")
    if len(parts) > 4:
        return None
    vals = []
    for p in parts:
        if not p:
            return None
        try:
            if p[:2].lower() == "0x":
                v = int(p[2:], 16) if p[2:] else 0
            elif len(p) > 1 and p[0] == "0":
                v = int(p, 8)
            else:
                if not p.isdigit():
                    return None
                v = int(p)
        except ValueError:
            return None
        vals.append(v)
    limits = {1: [1 << 32], 2: [256, 1 << 24], 3: [256, 256, 1 << 16], 4: [256] * 4}[len(vals)]
    if any(v >= lim for v, lim in zip(vals, limits)):
        return None
    n = 0
    for v in vals[:-1]:
        n = n << 8 | v
    shift = 8 * (4 - len(vals) + 1)
    return (n << shift | vals[-1]) & 0xFFFFFFFF


def ntoa(n: int) -> str:
    return ".".join(str(n >> s & 255) for s in (24, 16, 8, 0))


def mask_to_prefix(mask: int) -> int | None:
    """A contiguous netmask's length; None where the bits have holes."""
    inv = ~mask & 0xFFFFFFFF
    if inv & (inv + 1):
        return None
    return 32 - inv.bit_length()


def nstrcmp(a: str, b: str) -> int:
    """net-tools 1.60 lib/util.c nstrcmp: strcmp that compares the number after the last
    non-digit the two names share by value (bond0.50 < bond0.100, vlan100 < vlan100:1)."""
    i = 0
    a_ptr = b_ptr = 0
    while True:
        ca = a[i] if i < len(a) else ""
        cb = b[i] if i < len(b) else ""
        if ca != cb:
            break
        if ca == "":
            return 0
        nxt = a[i + 1] if i + 1 < len(a) else ""
        if not ca.isdigit() and nxt.isdigit():
            a_ptr = b_ptr = i + 1
        i += 1
    ca = a[i] if i < len(a) else ""
    cb = b[i] if i < len(b) else ""
    if ca.isdigit() and cb.isdigit():
        return 1 if _atoi(a[a_ptr:]) > _atoi(b[b_ptr:]) else -1
    return (ord(ca) if ca else 0) - (ord(cb) if cb else 0)


def _atoi(s: str) -> int:
    m = re.match(r"\d+", s)
    return int(m.group()) if m else 0


def mac_ok(text: str) -> str | None:
    """net-tools' ether input (lib/ether.c in_ether): six hex pairs separated by ':'; the
    canonical lower-case form, or None."""
    parts = text.split(":")
    if len(parts) != 6 or any(not 1 <= len(p) <= 2 for p in parts):
        return None
    try:
        vals = [int(p, 16) for p in parts]
    except ValueError:
        return None
    return ":".join(f"{v:02x}" for v in vals)
