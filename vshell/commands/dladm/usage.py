"""dladm's usage texts per dialect and its usage errors in the dialect's words."""
from __future__ import annotations

import re

from vshell.data import data_path
from vshell.grammar.styles import dladm_words, usage_block

_texts: dict[str, tuple[str, dict[str, str]]] = {}


def usage_texts(d, g) -> tuple[str, dict[str, str]]:
    """The usage block a dialect prints and each subcommand's own usage (its c_usage).
    A dialect's block is a file under grammar/dladm-usage/ (its dladm.c's usage() output);
    else the block the declaration's usage strings make."""
    key = d.usage_text
    if key not in _texts:
        if not key:
            _texts[key] = (usage_block(g), {n: c["usage"] for n, c in g.commands.items() if c["usage"]})
        else:
            with open(data_path("grammar", "dladm-usage", key), encoding="utf-8") as f:
                block = f.read()
            per: dict[str, str] = {}
            name = None
            for line in block.split("\n")[1:]:
                m = re.match(r"^\s+([a-z][a-z-]*)\s", line)
                if m:
                    name = m.group(1)
                    per.setdefault(name, line)      # show-bridge's four forms: the first one
                elif line.strip() and name is not None and per.get(name, "").count("\n") < 8:
                    if not per[name].endswith("\x00"):
                        per[name] += "\n" + line
                else:
                    name = None
            _texts[key] = (block, per)
    return _texts[key]


def error_text(d, g, command: str | None, e) -> str:
    """A usage error in the dialect's words."""
    block, usages = usage_texts(d, g)
    return dladm_words(e, block, usages.get(command) if command else None, d.opterr_usage, d.arity)
