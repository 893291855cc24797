"""strerror(3C) as each libc words the model's error codes. Solaris says "Not owner" where
glibc says "Operation not permitted" (EPERM)."""
from __future__ import annotations

_COMMON = {
    "enoent": "No such file or directory",
    "enotdir": "Not a directory",
    "eisdir": "Is a directory",
    "eexist": "File exists",
    "eacces": "Permission denied",
    "einval": "Invalid argument",
    "ebusy": "Device busy",
}
_SOLARIS = {**_COMMON, "eperm": "Not owner", "enotempty": "File exists"}   # ZFS rmdir: EEXIST
_GNU = {**_COMMON, "eperm": "Operation not permitted", "enotempty": "Directory not empty",
        "ebusy": "Device or resource busy"}


def strerror(code: str, dialect: str) -> str:
    return (_GNU if dialect == "gnu" else _SOLARIS).get(code, _COMMON["einval"])
