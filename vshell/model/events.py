"""Change events: the model announces what changed; views (the TUI) listen."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class Event:
    kind: str                 # e.g. "domain.state", "domain.added", "host.added"
    host: str = ""
    subject: str = ""
    data: dict = field(default_factory=dict)


class EventBus:
    def __init__(self):
        self._listeners: list[Callable[[Event], None]] = []

    def subscribe(self, fn: Callable[[Event], None]) -> Callable[[], None]:
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn)

    def emit(self, kind: str, host: str = "", subject: str = "", **data) -> None:
        if not self._listeners:
            return
        ev = Event(kind, host, subject, data)
        for fn in list(self._listeners):
            fn(ev)
