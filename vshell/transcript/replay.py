"""Running and checking transcripts against a Session.

Checking is output-driven: run the typed line, match what the shell printed against the lines
that follow, and only then expect the next prompt. So output lines that happen to start like a
prompt are fine."""
from __future__ import annotations

from dataclasses import dataclass

from vshell.session import Session
from vshell.transcript import lines as L
from vshell.transcript.document import Block, Document

KEYS = {"^C": "interrupt", "^D": "eof", "^]": "\x1d"}
PUBLISHED_ELISIONS = ("...", ". . .")


@dataclass
class Mode:
    published: bool = False          # statuses unchecked, trailing blanks ignored, tabs as a terminal shows them, `. . .` elides


def new_session(front: dict, seed: int | None = None, prelude: list[str] = ()) -> Session:
    """A session on the world the front matter names. Raises WorldError with a reason."""
    from vshell.worlds import WorldError, build, load_decl

    decl = dict(load_decl(front.get("world")))
    if "seed" in front and seed is None:
        try:
            seed = int(front["seed"])
        except ValueError:
            raise WorldError(f"front matter: seed {front['seed']!r} is not a number") from None
    hosts = [dict(h) for h in decl.get("hosts", [])]
    start = front.get("host") or decl.get("start") or (hosts[0]["name"] if hosts else None)
    if "prompt" in front:
        for h in hosts:
            if h["name"] == start:
                h["prompt"] = front["prompt"].strip('"')
    decl["hosts"] = hosts
    if start:
        decl["start"] = start
    if "password" in front:
        decl["password"] = front["password"]
    world = build(decl, seed)
    session = Session(world, user=front.get("user", "root"))
    for line in prelude:
        session.execute(line)
    session.discard_pending()
    return session


def send(session: Session, typed: str):
    key = KEYS.get(typed)
    if key == "interrupt":
        return session.interrupt()
    if key == "eof":
        return session.eof()
    return session.execute(key or typed)


def record_line(prompt: str, typed: str, echo: bool) -> str:
    return prompt + typed if echo else prompt


def run(session: Session, inputs: list[str]) -> list[str]:
    """`vshell run`: type each line, record the session as a transcript."""
    out: list[str] = []
    for typed in inputs:
        if session.closed:
            break
        prompt, echo = session.prompt, session.echo
        result = send(session, typed)
        out.append(record_line(prompt, typed, echo or typed in KEYS))   # a key shows even at Password:
        out.extend(L.render_output(result.text, result.status))
    return out


def password_for(session: Session, front: dict) -> str:
    return front.get("password") or session.world.default_password or ""


def check_block(session: Session, block: Block, mode: Mode, problems: list[str] | None = None
                ) -> tuple[list[str], bool]:
    """Replay one block. -> (lines as they should read now, all matched?). Where the transcript
    and the shell fall out of step (no prompt where the shell waits for input), the rest of
    the block is kept as it is and the reason goes to `problems`."""
    problems = problems if problems is not None else []
    exp = block.lines
    merged: list[str] = []
    ok = True
    pos = 0
    loose = mode.published
    while pos < len(exp):
        if session.closed:
            problems.append(f"line {block.start + pos + 1}: the session has ended")
            merged.extend(exp[pos:])
            ok = False
            break
        prompt, echo = session.prompt, session.echo
        line = exp[pos]
        if echo:
            if not (line.startswith(prompt) or (loose and line.rstrip() == prompt.rstrip())):
                if loose and not line.strip():        # a blank line the author added
                    merged.append(line)
                    pos += 1
                    continue
                problems.append(f"line {block.start + pos + 1}: the shell waits at {prompt!r} "
                                f"but the transcript has {line!r}")
                merged.extend(exp[pos:])
                return merged, False
            typed = line[len(prompt):]
        elif line.startswith(prompt) and line[len(prompt):] in KEYS:
            typed = line[len(prompt):]
        else:
            if line.rstrip() != prompt.rstrip():
                problems.append(f"line {block.start + pos + 1}: the shell asks {prompt!r} "
                                f"but the transcript has {line!r}")
                merged.extend(exp[pos:])
                return merged, False
            typed = password_for(session, block.front)
        result = send(session, typed)
        # a published session is what a terminal showed: each tab as spaces to the next stop
        text = result.text.expandtabs(8) if mode.published else result.text
        actual = L.render_output(text, 0 if mode.published else result.status)
        if result.internal_error:
            ok = False
        next_prompt = session.prompt
        # an empty prompt (a console before anything answers): the typed line may start anywhere
        candidates = [] if session.closed else list(range(pos + 1, len(exp))) if not next_prompt else [
                      q for q in range(pos + 1, len(exp))
                      if exp[q].startswith(next_prompt) or (loose and exp[q].rstrip() == next_prompt.rstrip()
                                                            and next_prompt.strip())
                      or (not session.echo and exp[q].rstrip() == next_prompt.rstrip())]
        candidates.append(len(exp))
        for end in candidates:
            seg = exp[pos + 1:end]
            if mode.published:
                # the author's copy may keep the TABs the terminal showed as spaces
                seg = [s.expandtabs(8) for s in seg if L.status_line(s) is None]
            if L.match_block(seg, actual, loose,
                             PUBLISHED_ELISIONS if mode.published else (L.ELLIPSIS,),
                             skip_blank=mode.published):
                merged.extend(exp[pos:end])
                pos = end
                break
        else:
            ok = False
            merged.append(line)
            merged.extend(actual)
            pos = candidates[0]
    return merged, ok


def check_document(doc: Document, mode: Mode = Mode(), seed: int | None = None,
                   prelude: list[str] = (), problems: list[str] | None = None) -> tuple[bool, list[str]]:
    """-> (passed, the file's lines as the shell would have them)."""
    problems = problems if problems is not None else []
    new_lines = list(doc.text_lines)
    ok = True
    session = None
    offset = 0
    for block in doc.blocks:
        if session is None or block.new_world:
            session = new_session(block.front, seed, prelude)
        merged, block_ok = check_block(session, block, mode, problems)
        ok = ok and block_ok
        new_lines[block.start + offset:block.end + offset] = merged
        offset += len(merged) - (block.end - block.start)
    return ok and not problems and new_lines == doc.text_lines, new_lines


def diff(doc: Document, new_lines: list[str]) -> str:
    import difflib

    return "".join(difflib.unified_diff([ln + "\n" for ln in doc.text_lines],
                                        [ln + "\n" for ln in new_lines],
                                        doc.path, doc.path + ".actual"))
