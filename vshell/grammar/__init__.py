"""Each tool's language, declared once in grammar/<tool>.toml, compiled into the parser, the
usage text, help and completion data.

`load(tool)` returns the compiled grammar, from a JSON cache keyed by the declaration's hash
when one is there (no pyparsing import), else compiling it."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile

from vshell.data import data_path
from vshell.grammar.compiler import COMPILER_VERSION

_loaded: dict[str, "Grammar"] = {}


def cache_dir() -> str | None:
    if os.environ.get("VSHELL_GRAMMAR_CACHE") == "off":
        return None
    base = os.environ.get("VSHELL_GRAMMAR_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "vshell", "grammar")
    return base


def compile_text(text: bytes | str) -> dict:
    import tomllib

    from vshell.grammar.compiler import compile_declaration

    if isinstance(text, bytes):
        text = text.decode()
    return compile_declaration(tomllib.loads(text))


def load(tool: str) -> "Grammar":
    g = _loaded.get(tool)
    if g is None:
        with open(data_path("grammar", f"{tool}.toml"), "rb") as f:
            raw = f.read()
        g = _loaded[tool] = Grammar(_compiled(tool, raw))
    return g


def from_text(text: str) -> "Grammar":
    """A grammar straight from declaration text (tests, tools that are being written)."""
    return Grammar(compile_text(text))


def _compiled(tool: str, raw: bytes) -> dict:
    key = hashlib.sha256(raw + f"\0{COMPILER_VERSION}".encode()).hexdigest()[:20]
    cdir = cache_dir()
    path = os.path.join(cdir, f"{tool}-{key}.json") if cdir else None
    if path and os.path.exists(path):
        try:
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            pass
    compiled = compile_text(raw)
    if path:
        try:
            os.makedirs(cdir, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cdir, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(compiled, f)
            os.replace(tmp, path)
        except OSError:
            pass            # a read-only home only costs the compile next time
    return compiled


from vshell.grammar.matcher import Grammar, Parsed, UsageError  # noqa: E402  (re-export)

__all__ = ["load", "from_text", "Grammar", "Parsed", "UsageError"]
