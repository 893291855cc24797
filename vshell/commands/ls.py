"""ls: Solaris /usr/bin/ls (illumos usr/src/cmd/ls/ls.c) or GNU coreutils ls, as the host has.

Operands are stat'ed first (their errors come first), then files are listed, then each
directory. Options that change what is listed or how: -a -A -d -l -n -g -o -1 -C -x -F -p -r
-t -R; the other letters the real tool accepts are accepted and change nothing here."""
from __future__ import annotations

from vshell import messages
from vshell.commands import lslayout
from vshell.commands.errno import strerror
from vshell.commands.getopt import OptError, getopt
from vshell.model.vfs import FsError

# OpenSolaris/Solaris 11 ls optstring (its usage line names these letters)
SOLARIS_OPTS = "aAbcCdeEfFghHilLmnopqrRsStuxvV1@/:%:"
GNU_OPTS = "abcdfghiklmnopqrstuvw:xABCDFGHI:LNQRST:UX1"
GNU_LONG = {"all": False, "almost-all": False, "directory": False, "classify": False,
            "reverse": False, "recursive": False, "numeric-uid-gid": False, "color": False,
            "human-readable": False, "inode": False, "size": False}
_GID = {"root": 0, "other": 1, "bin": 2, "sys": 3, "adm": 4, "staff": 10}


class _Flags:
    def __init__(self, tty: bool):
        self.all = self.almost = self.dirs_as_files = self.long = self.numeric = False
        self.no_owner = self.no_group = self.classify = self.slash = False
        self.reverse = self.by_time = self.recursive = self.across = False
        self.columns = tty

    def apply(self, opt: str) -> None:
        o = {"--all": "-a", "--almost-all": "-A", "--directory": "-d", "--classify": "-F",
             "--reverse": "-r", "--recursive": "-R", "--numeric-uid-gid": "-n"}.get(opt, opt)
        if o == "-a":
            self.all = True
        elif o == "-A":
            self.almost = True
        elif o == "-d":
            self.dirs_as_files = True
        elif o in ("-l", "-n", "-g", "-o"):
            self.long, self.columns, self.across = True, False, False
            self.numeric |= o == "-n"
            self.no_owner |= o == "-g"
            self.no_group |= o == "-o"
        elif o == "-1":
            self.columns = False
        elif o in ("-C", "-x"):
            self.columns, self.across = True, o == "-x"
        elif o == "-F":
            self.classify = True
        elif o == "-p":
            self.slash = True
        elif o == "-r":
            self.reverse = True
        elif o == "-t":
            self.by_time = True
        elif o == "-R":
            self.recursive = True


def main(ctx) -> int:
    gnu = ctx.dialect == "gnu"
    try:
        opts, operands = getopt(ctx.argv, GNU_OPTS if gnu else SOLARIS_OPTS, gnu, GNU_LONG)
    except OptError as e:
        ctx.err(e.text + "\n")
        ctx.err(messages.text("ls.gnu-try" if gnu else "ls.usage") + "\n")
        return 2
    flags = _Flags(ctx.tty)
    for o, _ in opts:
        flags.apply(o)
    if flags.long and flags.no_owner and flags.no_group and not gnu:
        flags.no_owner = flags.no_group = False      # ls.c: -g and -o together cancel out
    return _Lister(ctx, flags, gnu).run(operands)


class _Lister:
    def __init__(self, ctx, flags: _Flags, gnu: bool):
        self.ctx, self.f, self.gnu = ctx, flags, gnu
        self.fs, self.cred = ctx.fs, ctx.cred
        self.now = ctx.world.clock.unix
        self.status = 0
        fixed = 2 + (1 if flags.classify or flags.slash else 0)
        self.sol = lslayout.SolarisPrinter(ctx.columns, flags.columns, fixed)

    # errors ------------------------------------------------------------------------------
    def fail(self, name: str, e: FsError, operand: bool) -> None:
        reason = strerror(e.code, "gnu" if self.gnu else "solaris")
        if self.gnu:
            key = "ls.gnu-cannot-access" if operand else "ls.gnu-cannot-open-dir"
            self.ctx.err(messages.text(key, file=name, reason=reason) + "\n")
        else:
            self.flush()
            self.ctx.err(f"{name}: {reason}\n")        # ls.c: perror(file)
        self.status = 2

    def flush(self) -> None:
        if self.sol.out:
            self.ctx.out("".join(self.sol.out))
            self.sol.out.clear()

    # the run -------------------------------------------------------------------------------
    def run(self, operands: list[str]) -> int:
        names = operands or ["."]
        if not self.gnu:
            self.sol.set_width(max(len(n) for n in names))
        entries = []
        for name in names:
            try:
                entries.append((name, self.fs.stat(self.ctx.path(name or "."), self.cred)))
            except FsError as e:
                self.fail(name, e, True)
        entries = self.sort(entries, operand=True)
        files = [e for e in entries if not e[1].is_dir or self.f.dirs_as_files]
        dirs = [e for e in entries if e[1].is_dir and not self.f.dirs_as_files]
        title = self.f.recursive or len(operands) > 1
        if files:
            self.show(files, total=False)
        for i, (name, _) in enumerate(dirs):
            self.directory(name, title, first=i == 0 and not files)
        self.flush()
        return self.status

    def sort(self, entries, operand: bool = False):
        if self.f.by_time:
            entries.sort(key=lambda e: e[0])
            entries.sort(key=lambda e: -e[1].mtime if e[1] else 0)
        else:
            entries.sort(key=lambda e: e[0].encode("utf-8", "surrogateescape"))
        if self.f.reverse:
            entries.reverse()
        return entries

    def directory(self, name: str, title: bool, first: bool) -> None:
        path = self.ctx.path(name or ".")
        if self.gnu:
            if title:
                self.ctx.out(("" if first else "\n") + name + ":\n")
        else:
            if title:
                if not self.sol.first:
                    self.sol.out.append("\n")
                self.sol.put(name + ":")
                self.sol.new_line()
        try:
            children = self.fs.listdir(path, self.cred)
        except FsError as e:
            self.fail(name, e, False)
            if not self.gnu and self.f.long:
                self.sol.put("total 0")          # ls.c prints the (unset) block total anyway
                self.sol.new_line()
            return
        if not (self.f.all or self.f.almost):
            children = [c for c in children if not c.startswith(".")]
        entries = []
        if self.f.all:
            entries.append((".", self.fs.stat_node(self.fs.lookup(path))))
            parent = self.fs.lookup(path.rstrip("/").rsplit("/", 1)[0] or "/")
            entries.append(("..", self.fs.stat_node(parent)))
        need_stat = self.f.long or self.f.classify or self.f.slash or self.f.by_time or self.f.recursive
        for c in children:
            full = path.rstrip("/") + "/" + c
            try:
                entries.append((c, self.fs.stat(full, self.cred) if need_stat else None))
            except FsError as e:
                self.fail(_join(name, c), e, False)
        entries = self.sort(entries)
        if not self.gnu:
            self.sol.set_width(max((len(n) for n, _ in entries), default=0))
        self.show(entries, total=True)
        if self.f.recursive:
            for c, st in entries:
                if st is not None and st.is_dir and c not in (".", ".."):
                    self.directory(_join(name, c), True, first=False)

    # rendering -----------------------------------------------------------------------------
    def owner_group(self, st):
        host = self.ctx.host
        owner = group = None
        if not self.f.no_owner:
            user = host.user(st.owner)
            owner = str(user.uid) if self.f.numeric and user else st.owner
        if not self.f.no_group:
            group = st.group
            if self.f.numeric:
                user = host.user(st.group)
                group = str(_GID.get(st.group, user.uid if user else 60001))
        return owner, group

    def show(self, entries, total: bool) -> None:
        f = self.f
        named = [(n + lslayout.mark(st, f.classify, f.slash), st) for n, st in entries]
        if self.gnu:
            text = ""
            if f.long:
                if total:
                    text += f"total {sum(st.blocks for _, st in entries) // 2}\n"
                text += lslayout.gnu_long([(n, st, *self.owner_group(st)) for n, st in named], self.now)
            elif f.columns:
                text = lslayout.gnu_columns([n for n, _ in named], self.ctx.columns, f.across)
            else:
                text = "".join(n + "\n" for n, _ in named)
            self.ctx.out(text)
            return
        if f.long:
            if total:
                self.sol.put(f"total {sum(st.blocks for _, st in entries)}")
                self.sol.new_line()
            lines = [lslayout.solaris_long(n, st, *self.owner_group(st), self.now) for n, st in named]
            self.sol.pem(lines)
        else:
            self.sol.pem([n for n, _ in named], f.across)


def _join(directory: str, name: str) -> str:
    """ls.c makename(): the directory as given, a slash, the name."""
    return directory.rstrip("/") + "/" + name
