"""dladm's texts for core that no stored source shows: part of the registry of unverified
messages (vshell/messages.py merges them). Keys start with "dladm."."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("dladm.modify-vnic-failed", "vnic modification failed",
            "Solaris 11's modify-vnic (no c_usage in the 11.0 source we read); the words of its "
            "die_dlerr are patterned on `vnic creation over %s failed`"),
    Message("dladm.modify-vlan-failed", "modify operation failed",
            "Solaris 11's modify-vlan: not in the 11.0 source we read; patterned on modify-aggr's "
            "`modify operation failed`"),
]
