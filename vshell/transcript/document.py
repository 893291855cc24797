"""Transcript documents: `.t` files and the fenced session blocks of Markdown handouts.

Front matter is a block of `key: value` lines between `---` lines at the top of a file (or of
a Markdown fenced block). Keys: world, seed, host, prompt, password, user."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

FENCE = re.compile(r"^(\s*)(```+|~~~+)\s*([\w-]*)\s*$")
SESSION_LANGS = {"console", "session", "vshell", "shell-session", "terminal"}


@dataclass
class Block:
    """One run of session lines: its front matter, its lines, where they sit in the file."""

    front: dict
    lines: list[str]
    start: int                  # index in the file's lines of the first session line
    end: int                    # index after the last session line
    new_world: bool = True


@dataclass
class Document:
    path: str
    text_lines: list[str]
    blocks: list[Block] = field(default_factory=list)
    markdown: bool = False


def parse_front(lines: list[str], at: int) -> tuple[dict, int]:
    """-> (front matter, index after it)."""
    if at < len(lines) and lines[at].strip() == "---":
        front = {}
        for j in range(at + 1, len(lines)):
            if lines[j].strip() == "---":
                return front, j + 1
            key, sep, value = lines[j].partition(":")
            if sep:
                front[key.strip()] = value.strip()
        raise ValueError("front matter is not closed with ---")
    return {}, at


def load(path: str, text: str | None = None) -> Document:
    if text is None:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if path.endswith(".md"):
        return _markdown(path, lines)
    front, body = parse_front(lines, 0)
    return Document(path, lines, [Block(front, lines[body:], body, len(lines))])


def _markdown(path: str, lines: list[str]) -> Document:
    doc = Document(path, lines, markdown=True)
    doc_front, i = parse_front(lines, 0)
    first = True
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m and m.group(3) in SESSION_LANGS:
            fence = m.group(2)
            j = i + 1
            while j < len(lines) and lines[j].strip() != fence:
                j += 1
            front, body = parse_front(lines, i + 1)
            new = first or bool(front)
            if first:
                front = {**doc_front, **front}
            doc.blocks.append(Block(front, lines[body:j], body, j, new_world=new))
            first = False
            i = j + 1
            continue
        i += 1
    return doc
