"""The registry of messages not yet found in any real source.

Every text a tool prints that no reference (../shared/reference, man pages, published
sessions) confirms lives here, tagged unverified, and nowhere else as a literal. The README
lists them (a test keeps that list true). When the real text turns up, one line changes and
the entry moves into the command's code as a verified fact."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    key: str
    text: str          # str.format template
    why: str           # what we know and what we guessed


UNVERIFIED: dict[str, Message] = {m.key: m for m in [
    Message("ldm.usage",
            "Usage:\n{synopsis}",
            "ldm 3.x per-subcommand usage on bad input was not found (errors.md §7); the "
            "synopsis lines come from ldm(8), each indented four spaces"),
    Message("ldm.unknown-command",
            "Unknown command {word}; use --help option for list of available commands",
            "ldm's answer to an unknown subcommand: recalled, not found in a stored source"),
    Message("ldm.no-command",
            "Usage:\n    ldm [--help] command [options] [properties] operands\n\n"
            "Use \"--help\" option for a list of all commands.",
            "ldm with no arguments: the first line is LDoms 1.0's --help (ldm.md §1.1), the rest guessed"),
    Message("ldm.help-header",
            "Usage:\n ldm [--help] command [options] [properties] operands\n",
            "3.x --help text not found; the header follows the 1.0 text in ldm.md §1.1"),
    Message("ldm.domain-not-found",
            "Domain {domain} not found",
            "no published session shows ldm naming an unknown domain (errors.md §7)"),
    Message("cat.cannot-open",
            "cat: cannot open {file}: {reason}",
            "Solaris /usr/bin/cat wording and exit status 2, recalled; not in the stored reference"),
    Message("shell.ssh-no-route",
            "ssh: Could not resolve hostname {host}: node name or service name not known",
            "Solaris 11 ssh resolver failure wording (getaddrinfo EAI_NONAME text on Solaris); "
            "not confirmed by a published session"),
    Message("shell.ssh-denied",
            "Permission denied, please try again.",
            "OpenSSH password retry line (seen widely, not in the stored reference)"),
]}


def text(key: str, **kw) -> str:
    return UNVERIFIED[key].text.format(**kw)
