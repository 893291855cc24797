"""The brctl texts no stored source shows: part of the registry of unverified messages
(vshell/messages.py merges them)."""
from __future__ import annotations

from vshell.messages import Message

MESSAGES: list[Message] = [
]
