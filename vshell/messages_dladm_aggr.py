"""dladm's texts for aggr that no stored source shows: part of the registry of unverified
messages (vshell/messages.py merges them). Keys start with "dladm."."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
    Message("dladm.aggr-bad-mode", "invalid aggregation mode '{mode}'",
            "Solaris 11.1+ create-aggr -m takes trunk or dlmp (dladm(1M), 11.4 guide E60990); its "
            "refusal of another word was not found (no 11.x dladm.c after 11.0 is stored): worded "
            "after the verified `invalid LACP mode '%s'`"),
]
