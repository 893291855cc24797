"""The `vshell` command: the interactive shell, `worlds`, `run` and `check` (DESIGN §3).

`run` and `check` never import prompt_toolkit or Textual."""
from __future__ import annotations

import argparse
import os
import sys


def _world_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--world", metavar="NAME|FILE", help="world name (see `vshell worlds`) or file")
    p.add_argument("--seed", type=int, metavar="N", help="seed for every random-looking value")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] in (["run"], ["check"], ["worlds"]):
        cmd, rest = argv[0], argv[1:]
    else:
        cmd, rest = "shell", argv
    try:
        return {"run": cmd_run, "check": cmd_check, "worlds": cmd_worlds, "shell": cmd_shell}[cmd](rest)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 141


def _parser(prog: str, description: str) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(prog=prog, description=description)


def cmd_worlds(argv) -> int:
    from vshell.worlds import list_worlds

    _parser("vshell worlds", "List the worlds in state/.").parse_args(argv)
    worlds = list_worlds()
    width = max(len(n) for n, _ in worlds)
    for name, desc in worlds:
        print(f"{name.ljust(width)}  {desc}")
    return 0


def _session(args):
    from vshell.session import Session
    from vshell.worlds import WorldError, build, load_decl, restore

    try:
        if getattr(args, "state", None) and os.path.exists(args.state):
            world, sessions = restore(args.state)
            live = [s for s in sessions.values() if not s.closed]
            return world, live[-1] if live else Session(world)
        world = build(load_decl(args.world), args.seed)
        return world, Session(world)
    except WorldError as e:
        print(f"vshell: {e}", file=sys.stderr)
        raise SystemExit(2)


def cmd_run(argv) -> int:
    from vshell.transcript.replay import run

    p = _parser("vshell run", "Type the lines of FILE (or stdin) into a shell and print the session "
                "as a transcript.")
    _world_args(p)
    p.add_argument("--state", metavar="FILE", help="load state from FILE and save it after every command")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    args = p.parse_args(argv)
    try:
        if args.file == "-":
            stdin = getattr(sys.stdin, "buffer", None)
            text = stdin.read().decode("utf-8") if stdin is not None else sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as f:
                text = f.read()
    except OSError as e:
        print(f"vshell run: {e.strerror}: {args.file}", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"vshell run: {args.file}: not UTF-8 text", file=sys.stderr)
        return 2
    world, session = _session(args)
    front = {}
    from vshell.worlds import DEFAULT_WORLD

    if args.state and world.decl.get("name") not in (None, DEFAULT_WORLD):
        front["world"] = world.decl["name"]       # a transcript can only name the state's world
    elif args.world:
        front["world"] = args.world
    if args.seed is not None:
        front["seed"] = str(args.seed)
    if front:
        sys.stdout.write("---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()) + "---\n")
    lines = text.split("\n")        # only newlines end a typed line (not \f, \x1d, U+2028 ...)
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        for out in run(session, [line]):
            sys.stdout.write(out + "\n")
        if args.state and not _save(args.state, world):
            return 2
        if session.closed:
            break
    return 70 if session.internal_errors else 0


def _save(path: str, world) -> bool:
    from vshell.worlds import save_state

    try:
        save_state(path, world)
        return True
    except OSError as e:
        print(f"vshell: cannot save state to {path}: {e.strerror}", file=sys.stderr)
        return False


def _collect(paths: list[str]) -> list[str]:
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith((".t", ".md"))]
        else:
            files.append(p)
    return files


def cmd_check(argv) -> int:
    from vshell.transcript import document
    from vshell.transcript.replay import check_document, diff
    from vshell.worlds import WorldError

    p = _parser("vshell check", "Replay transcripts (.t, and fenced session blocks in .md) and show "
                "how each differs.")
    p.add_argument("--update", action="store_true", help="rewrite the files from what the shell does")
    p.add_argument("paths", nargs="+", metavar="PATH")
    args = p.parse_args(argv)
    failed = 0
    files = _collect(args.paths)
    for path in files:
        try:
            doc = document.load(path)
        except (OSError, ValueError) as e:
            print(f"vshell check: {path}: {e}", file=sys.stderr)
            failed += 1
            continue
        problems: list[str] = []
        try:
            ok, new_lines = check_document(doc, problems=problems)
        except WorldError as e:
            print(f"vshell check: {path}: {e}", file=sys.stderr)
            failed += 1
            continue
        if ok:
            continue
        for pr in problems:
            print(f"{path}: {pr}", file=sys.stderr)
        if args.update and not problems:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(new_lines) + "\n")
            print(f"updated {path}")
            continue
        sys.stdout.write(diff(doc, new_lines))
        failed += 1
    if failed:
        print(f"# {failed} of {len(files)} transcripts differ", file=sys.stderr)
    return 1 if failed else 0


def cmd_shell(argv) -> int:
    p = _parser("vshell", "A simulated Solaris/SPARC virtualization host. "
                "Subcommands: run, check, worlds.")
    _world_args(p)
    p.add_argument("--state", metavar="FILE", help="load state from FILE and save it after every command")
    p.add_argument("--record", metavar="FILE", help="write the session to FILE as a transcript")
    args = p.parse_args(argv)
    world, session = _session(args)
    from vshell.repl import repl

    front = {}
    if args.world:
        front["world"] = args.world
    if args.seed is not None:
        front["seed"] = str(args.seed)
    try:
        return repl(world, session, args.state, args.record, front)
    except OSError as e:
        print(f"vshell: {e.filename}: {e.strerror}", file=sys.stderr)
        return 2
