"""Compile a tool's declaration (grammar/<tool>.toml) into plain data: for each subcommand its
forms (flags, properties and the operand pattern), aliases, usage and help text.

The result holds no pyparsing objects, so it can be cached as JSON and loaded without
importing pyparsing (which costs ~60 ms at start-up)."""
from __future__ import annotations

import re

COMPILER_VERSION = 5


class DeclarationError(ValueError):
    pass


def compile_declaration(decl: dict) -> dict:
    from vshell.grammar.notation import parse_synopsis

    tool = decl["tool"]
    ph = dict(decl.get("placeholders", {}))
    commands, aliases = {}, {}
    for name, cdecl in decl.get("commands", {}).items():
        lines = synopsis_lines(cdecl.get("synopsis", ""))
        if not lines:
            raise DeclarationError(f"{tool} {name}: no synopsis")
        forms, texts = [], []
        for line in lines:
            words = line.split(None, 2)
            if len(words) < 2 or words[0] != tool or words[1] != name:
                raise DeclarationError(f"{tool} {name}: synopsis line must start with "
                                       f"'{tool} {name}': {line!r}")
            args = words[2] if len(words) > 2 else ""
            forms.append(_form(parse_synopsis(args, ph)))
            texts.append(line)
        for a in cdecl.get("aliases", []):
            if a in aliases or a in decl["commands"]:
                if aliases.get(a) != name:
                    raise DeclarationError(f"{tool}: alias {a!r} declared twice")
            aliases[a] = name
        commands[name] = {
            "summary": cdecl.get("summary", ""),
            "aliases": list(cdecl.get("aliases", [])),
            "synopsis": texts,
            "usage": cdecl.get("usage"),
            "examples": list(cdecl.get("examples", [])),
            "hidden": bool(cdecl.get("hidden", False)),
            "forms": forms,
        }
    return {
        "tool": tool,
        "style": decl.get("style", tool),
        "bundle": bool(decl.get("bundle", True)),
        "interleave": bool(decl.get("interleave", False)),
        "placeholders": ph,
        "commands": commands,
        "aliases": aliases,
    }


def synopsis_lines(text: str) -> list[str]:
    """One form per line; an indented line continues the one before it."""
    lines: list[str] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if raw[:1].isspace() and lines:
            lines[-1] += " " + raw.strip()
        else:
            lines.append(raw.strip())
    return [re.sub(r"\s+", " ", ln) for ln in lines]


def _form(tree: list) -> dict:
    flags: dict[str, dict] = {}
    props: dict[str, dict] = {}

    def walk(node, required: bool, repeat: bool) -> list | None:
        kind = node[0]
        if kind == "flag":
            _, name, vname, vkind, vrep = node
            prev = flags.get(name)
            flags[name] = {
                "value": vname, "kind": vkind,
                "required": required and not (prev and not prev["required"]),
                "repeat": repeat or vrep or bool(prev),
            }
            return None
        if kind == "prop":
            props[node[1]] = dict(node[2], required=required)
            return None
        if kind in ("ph", "lit"):
            return node
        if kind == "opt":
            inner = walk(node[1], False, repeat)
            return None if inner is None else ["opt", inner]
        if kind == "rep":
            inner = walk(node[1], required, True)
            return None if inner is None else ["rep", inner]
        if kind == "seq":
            items = [n for n in (walk(c, required, repeat) for c in node[1]) if n is not None]
            if not items:
                return None
            return items[0] if len(items) == 1 else ["seq", items]
        if kind == "alt":
            alts = [walk(c, False, repeat) for c in node[1]]
            kept = [a for a in alts if a is not None]
            if not kept:
                return None
            if len(kept) < len(alts):          # one branch is only options: operands optional
                return ["opt", kept[0] if len(kept) == 1 else ["alt", kept]]
            return ["alt", kept]
        raise DeclarationError(f"unknown node {node!r}")

    pattern = walk(tree, True, False)
    return {"flags": flags, "props": props, "pattern": pattern or ["seq", []]}
