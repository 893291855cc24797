"""The brctl texts no stored source shows: part of the registry of unverified messages
(vshell/messages.py merges them). Everything else brctl prints is a format string of
bridge-utils' brctl.c, brctl_cmd.c or brctl_disp.c (linux-obp.md §2) with glibc's strerror."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("brctl.version",
            "{package}, {version}",
            "brctl -V prints PACKAGE, VERSION (1.2-1.5 brctl.c; PACKAGE_NAME, PACKAGE_VERSION in "
            "1.6+); that 1.1 already had the getopt_long front end (-V, -h, --help, --version) "
            "is assumed: only 1.0's and 1.2's brctl.c were found"),
    Message("brctl.errno-not-bridge",
            "Operation not supported",
            "what the kernel answers brctl's bridge ioctls (show 1.5, showmacs, showstp, the "
            "set* commands, addif/delif) on a device that is not a bridge: EOPNOTSUPP recalled "
            "from dev_ifsioc, not confirmed (bridge-utils may try sysfs first and get ENOENT)"),
    Message("brctl.errno-not-root",
            "Operation not permitted",
            "a user without CAP_NET_ADMIN: EPERM for the ioctls (certain); the set* commands "
            "write sysfs first on sysfs-era bridge-utils, which could answer EACCES "
            "(\"Permission denied\") instead"),
    Message("brctl.errno-bad-time",
            "Invalid argument",
            "a negative or non-finite time for setageing/setfd/sethello/setmaxage: the 2.6 "
            "kernels take any value through the ioctl; refusing it with EINVAL is a guess"),
    Message("brctl.errno-not-port",
            "Invalid argument",
            "hairpin on a device that is no port of the bridge (1.5 port_set: the sysfs file is "
            "missing, the ioctl fallback needs the port number): EINVAL is a guess"),
    Message("brctl.getopt-long-no-arg",
            "{cmd}: option `{opt}' doesn't allow an argument",
            "glibc getopt_long before 2.13 for --help=x / --version=x; recalled"),
]
