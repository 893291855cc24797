"""Published sessions (../shared/transcripts): real output from real machines, checked in
published mode with the world, prompt and prelude that tests/published.toml gives each one."""
from __future__ import annotations

from vshell.transcript import document
from vshell.transcript.replay import Mode, check_document

META = ("# source:", "# platform:", "# setup:")


def load(path: str, entry: dict) -> document.Document:
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0
    while i < len(lines) and lines[i].startswith(META):
        i += 1
    front = {k: str(v) for k, v in entry.items() if k in ("world", "seed", "host", "prompt", "password", "user")}
    doc = document.Document(path, lines)
    doc.blocks.append(document.Block(front, lines[i:], i, len(lines)))
    return doc


def check(path: str, entry: dict, problems: list[str] | None = None):
    doc = load(path, entry)
    ok, new_lines = check_document(doc, Mode(published=True), prelude=entry.get("prelude", []),
                                   problems=problems)
    return ok, doc, new_lines
