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


# glibc's _sys_errlist for the errnos the Linux network code answers with
_GNU.update({
    "enxio": "No such device or address", "enodev": "No such device",
    "erange": "Numerical result out of range", "eloop": "Too many levels of symbolic links",
    "eopnotsupp": "Operation not supported", "enetdown": "Network is down",
    "eaddrnotavail": "Cannot assign requested address", "enobufs": "No buffer space available",
    "eio": "Input/output error",
})


def strerror(code: str, dialect: str) -> str:
    return (_GNU if dialect == "gnu" else _SOLARIS).get(code, _COMMON["einval"])


def glibc(code: str) -> str:
    """glibc's words for an errno name ('ENODEV' or 'enodev'); EINVAL's for one it lacks."""
    return _GNU.get(code.lower(), _COMMON["einval"])
