"""Each tool's language, declared once in grammar/<tool>.toml, compiled into the parser, the
usage text, help and completion data.

`load(tool)` returns the compiled grammar, from a cache keyed by the declaration's hash when
one is there (no pyparsing import), else compiling it."""
from __future__ import annotations

from vshell.data import data_path
from vshell.grammar.compiler import COMPILER_VERSION

_loaded: dict[str, "Grammar"] = {}


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
    from vshell.cache import cached

    return cached("grammar", tool, raw, lambda: compile_text(raw), salt=str(COMPILER_VERSION))


from vshell.grammar.matcher import Grammar, Parsed, UsageError  # noqa: E402  (re-export)

__all__ = ["load", "from_text", "Grammar", "Parsed", "UsageError"]
