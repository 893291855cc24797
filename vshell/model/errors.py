"""Typed errors raised by model operations. The command layer turns them into the real tool's
words; the model never formats a message for a person."""
from __future__ import annotations


class ModelError(Exception):
    """A refused operation. `code` names the situation; `info` carries what a message needs."""

    code = "failed"

    def __init__(self, code: str | None = None, **info):
        if code is not None:
            self.code = code
        self.info = info
        super().__init__(self.code, info)


class NotFound(ModelError):
    code = "not-found"


class Exists(ModelError):
    code = "exists"


class BadState(ModelError):
    code = "bad-state"


class Insufficient(ModelError):
    code = "insufficient"


class Invalid(ModelError):
    code = "invalid"
