"""The virtual clock: nothing in vshell reads the wall clock."""
from __future__ import annotations

import datetime as _dt

# Each command a person types takes this long on the virtual clock, so uptimes move and two
# runs of the same input print the same times.
COMMAND_STEP = 1


class VirtualClock:
    def __init__(self, epoch: str | int = "2026-01-15T09:00:00Z", now: float = 0.0):
        if isinstance(epoch, str):
            epoch = int(_dt.datetime.fromisoformat(epoch.replace("Z", "+00:00")).timestamp())
        self.epoch = int(epoch)      # Unix time of the world's t=0
        self.now = float(now)        # seconds since epoch of the world

    def advance(self, seconds: float) -> None:
        if seconds > 0:
            self.now += seconds

    @property
    def unix(self) -> float:
        return self.epoch + self.now

    def datetime(self, tz: _dt.tzinfo = _dt.timezone.utc) -> _dt.datetime:
        return _dt.datetime.fromtimestamp(self.unix, tz)
