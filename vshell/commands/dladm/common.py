"""What every dladm subcommand shares: its view of the host (links, dialect, zone), dladm's
ways of dying (die, die_dlerr: errors.md §1.1) and the listing rules of its show-* commands."""
from __future__ import annotations

from vshell.commands import ofmt
from vshell.commands.dladm.status import words
from vshell.model import releases
from vshell.model.datalinks import DlError, link_ntoa


class Die(Exception):
    """dladm printed this on stderr and exited with status 1."""

    def __init__(self, text: str, status: int = 1):
        self.text, self.status = text, status
        super().__init__(text)


def die(msg: str) -> Die:
    return Die(f"dladm: {msg}")


def die_dlerr(code: str, msg: str) -> Die:
    return Die(f"dladm: {msg}: {words(code)}")


class Env:
    """One run of dladm on one OS instance."""

    def __init__(self, ctx, parsed, grammar):
        self.ctx, self.p, self.g = ctx, parsed, grammar
        self.host = ctx.host
        self.links = ctx.host.links
        self.d = releases.dladm_dialect(ctx.host.release.dladm_dialect)
        self.zone = getattr(ctx.host, "zone", "global")   # the zone dladm runs in (zlogin)

    # privileges: configuration needs root (or a profile through pfexec)
    @property
    def privileged(self) -> bool:
        return self.ctx.user.uid == 0 or self.ctx.as_root

    def need_privilege(self) -> None:
        if not self.privileged:
            raise DlError("DENIED")

    def out(self, text: str) -> None:
        self.ctx.out(text)

    def usage_die(self, kind: str, word: str = "") -> Die:
        """A getopt-level refusal a subcommand finds itself, in the dialect's words."""
        from vshell.commands.dladm.usage import error_text
        from vshell.grammar import UsageError
        return Die(error_text(self.d, self.g, self.p.command, UsageError(kind, self.p.command, word)).rstrip("\n"))

    # listings ---------------------------------------------------------------------------
    def listing(self, spec_key: str, rows: list[dict], fields_opt: str | None = None,
                parseable: bool | None = None) -> None:
        """Print rows under the dialect's fields for `spec_key`, honouring -o and -p."""
        p = self.p
        parseable = p.flag("-p") or p.flag("-c") if parseable is None else parseable
        wanted = fields_opt if fields_opt is not None else p.value("-o")
        self.check_parseable(parseable, wanted)
        chosen = self.open_fields(spec_key, wanted, parseable)
        self.out(self.render(chosen, [self._fill(r, parseable) for r in rows], parseable))

    def open_fields(self, spec_key: str, wanted: str | None, parseable: bool,
                    all_fields: list | None = None) -> list:
        """ofmt_open over the dialect's fields (or `all_fields`): dladm_ofmt_check's words."""
        if all_fields is None:
            all_fields = ofmt.fields(self.d.get(spec_key) or "")
        try:
            return ofmt.open_fields(all_fields, wanted, parseable, warn=self.warn)
        except ofmt.FieldError as e:
            raise die(e.text) from None

    def printer(self, chosen: list, parseable: bool, wrap: bool = False) -> ofmt.Printer:
        return ofmt.Printer(chosen, parseable, wrap, self.d.header_every)

    def render(self, chosen: list, rows: list, parseable: bool, wrap: bool = False) -> str:
        pr = self.printer(chosen, parseable, wrap)
        return "".join(pr.row(r) for r in rows)

    def warn(self, msg: str) -> None:
        self.ctx.err(f"dladm: warning: {msg}\n")

    def check_parseable(self, parseable: bool, wanted: str | None) -> None:
        if parseable and not wanted:
            raise die("-p requires -o")
        if parseable and wanted and wanted.lower() == "all":
            raise die('"-o all" is invalid with -p')

    @staticmethod
    def _fill(row: dict, parseable: bool) -> dict:
        # None is dladm's "no value": `--` on a terminal, nothing in parseable output
        return {k: ("" if parseable else "--") if v is None else v for k, v in row.items()}

    def mac(self, mac: str) -> str:
        return link_ntoa(mac) if mac else None

    def speed(self, mbps: int, vnic: bool = False) -> str:
        return f"{mbps}{self.d.vnic_speed_suffix if vnic else ''}"

    def shown(self, name: str) -> str:
        """A link's name as this zone calls it: a zone's anet is `zone/net0` only to the global zone."""
        prefix = self.zone + "/"
        return name[len(prefix):] if self.zone != "global" and name.startswith(prefix) else name

    def link_or_die(self, name: str, msg: str):
        link = self.links.links.get(f"{self.zone}/{name}") if self.zone != "global" else None
        link = link or self.links.links.get(name)
        if link is None or not self.visible(link):
            raise die_dlerr("NOTFOUND", msg.format(name=name))
        return link

    def visible(self, link) -> bool:
        return self.zone == "global" or link.zone == self.zone

    def visible_links(self, cls: str | None = None) -> list:
        return [k for k in sorted(self.links.links.values(), key=lambda k: k.linkid)
                if (cls is None or k.cls == cls) and self.visible(k)]

    def over_name(self, name: str) -> str:
        """OVER as a zone sees it: a link outside the zone prints `?` (crossbow.md 1.4, T07)."""
        if self.zone == "global":
            return name
        low = self.links.links.get(name)
        return name if low is not None and low.zone == self.zone else "?"
