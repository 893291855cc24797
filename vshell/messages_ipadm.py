"""ipadm's texts that no stored source shows as printed: part of the registry of unverified
messages (vshell/messages.py merges them). Keys start with "ipadm."."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("ipadm.long-option", "unrecognized option '-'\nusage: {use}",
            "an unknown long option (--foo): getopt_long leaves optopt 0 and die_opterr prints "
            "'-%c' with it, a NUL a terminal does not show; derived from ipadm.c, never seen"),
    Message("ipadm.s11-warn-status", ": {status}",
            "Solaris 11's warn_ipadmerr(status, \"\") prints the empty format and then \": %s\", "
            "so a DHCP timeout reads 'ipadm: warning: : Communication with dhcpagent timed out'; "
            "from the 2011 Solaris 11 ipadm.c, not seen from 11.4"),
]
