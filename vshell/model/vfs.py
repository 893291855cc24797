"""A small virtual file system per OS instance. Never the real one.

Nodes carry a mode, an owner and a group, and every operation can be asked on behalf of a
credential (`Cred`): then the Unix permission rules apply (read, write, search; the sticky bit
on /tmp; only the owner may chmod). Without a credential an operation is the system's own
(world set-up, the shell's bookkeeping) and nothing is checked. Root's credential passes every
read/write/search check, as on the real systems; execute bits are not simulated.

The model speaks in errno-like codes (`FsError.code`); commands turn them into each tool's
words. Sizes, link counts and block counts follow the file system type the host declares
(`zfs` on Solaris, `ext3` on the Linux dom0s), because `ls -l` shows them."""
from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from vshell.model.errors import ModelError

R, W, X = 4, 2, 1
STICKY = 0o1000


class FsError(ModelError):
    """code: 'enoent', 'enotdir', 'eisdir', 'eexist', 'eacces', 'eperm', 'enotempty', 'einval',
    'ebusy' (the root directory cannot go).
    `path` in info is the path the operation was asked about."""


@dataclass(frozen=True)
class Cred:
    """Who asks: a user name, uid and the groups the user is in (primary first)."""

    user: str
    uid: int
    groups: tuple[str, ...] = ()

    @property
    def root(self) -> bool:
        return self.uid == 0


@dataclass
class Node:
    name: str
    is_dir: bool
    mode: int = 0o644
    owner: str = "root"
    group: str = "root"
    mtime: float = 0.0
    data: str = ""
    children: dict[str, "Node"] = field(default_factory=dict)
    # a kernel file (/proc, /sys): `live` gives a directory's children or a file's text when
    # asked, `on_write` takes what is written to it (and may refuse with an FsError)
    live: object = None
    on_write: object = None

    def kids(self) -> dict[str, "Node"]:
        return self.live() if self.live is not None and self.is_dir else self.children

    def text(self) -> str:
        return self.live() if self.live is not None and not self.is_dir else self.data


@dataclass(frozen=True)
class Stat:
    """What stat(2) would say, in the terms `ls -l` needs."""

    is_dir: bool
    mode: int
    nlink: int
    owner: str
    group: str
    size: int
    blocks: int          # 512-byte blocks allocated
    mtime: float


class FileSystem:
    def __init__(self, now=lambda: 0.0, fstype: str = "zfs"):
        self.root = Node("/", True, 0o755)
        self._now = now
        self.fstype = fstype

    # paths -----------------------------------------------------------------------------------
    @staticmethod
    def join(cwd: str, path: str) -> str:
        """An absolute, normalised path; a trailing slash is kept (it demands a directory);
        the empty name stays empty (it names nothing)."""
        if path == "":
            return ""
        full = posixpath.normpath(posixpath.join(cwd, path)).replace("//", "/")
        return full + "/" if path.endswith("/") and full != "/" else full

    # permission ------------------------------------------------------------------------------
    @staticmethod
    def allows(node: Node, who: Cred | None, bits: int) -> bool:
        """May `who` read (R), write (W) or search (X) this node? Root may always read and
        write, and search any directory; others get the owner, group or other bits."""
        if who is None or who.root:
            return True
        if node.owner == who.user:
            have = (node.mode >> 6) & 7
        elif node.group in who.groups:
            have = (node.mode >> 3) & 7
        else:
            have = node.mode & 7
        return have & bits == bits

    def _need(self, node: Node, who: Cred | None, bits: int, path: str) -> None:
        if not self.allows(node, who, bits):
            raise FsError("eacces", path=path)

    # lookups ---------------------------------------------------------------------------------
    def lookup(self, path: str, who: Cred | None = None) -> Node:
        """The node at `path`; every directory passed through must be searchable by `who`."""
        if path == "":
            raise FsError("enoent", path=path)
        node = self.root
        for part in [p for p in path.split("/") if p]:
            if not node.is_dir:
                raise FsError("enotdir", path=path)
            self._need(node, who, X, path)
            child = node.kids().get(part)
            if child is None:
                raise FsError("enoent", path=path)
            node = child
        if path.endswith("/") and not node.is_dir:
            raise FsError("enotdir", path=path)
        return node

    def exists(self, path: str) -> bool:
        try:
            self.lookup(path)
            return True
        except FsError:
            return False

    def _parent(self, path: str, who: Cred | None = None, root: str = "eexist") -> tuple[Node, str]:
        """The directory that holds `path`'s last name. The empty path names nothing; "/" has
        no parent (`root` says what the asking operation answers then)."""
        if path == "":
            raise FsError("enoent", path=path)
        if path.strip("/") == "":
            raise FsError(root, path=path)
        head, tail = posixpath.split(path.rstrip("/"))
        parent = self.lookup(head or "/", who)
        if not parent.is_dir:
            raise FsError("enotdir", path=path)
        self._need(parent, who, X, path)
        return parent, tail

    def stat(self, path: str, who: Cred | None = None) -> Stat:
        return self.stat_node(self.lookup(path, who))

    def stat_node(self, node: Node) -> Stat:
        if node.live is not None or node.on_write is not None:
            # kernel files take no blocks; a writable (sysfs) file says 4096 bytes, a read-only
            # one 0 as procfs does (a read-only sysfs attribute says 4096 on a real system)
            size = 4096 if node.is_dir or node.on_write is not None else 0
            kids = node.kids() if node.is_dir else {}
            return Stat(node.is_dir, node.mode, 2 + sum(1 for c in kids.values() if c.is_dir),
                        node.owner, node.group, size, 0, node.mtime)
        if node.is_dir:
            subdirs = sum(1 for c in node.children.values() if c.is_dir)
            if self.fstype == "zfs":
                # a ZFS directory's size is its entry count, . and .. included
                size, blocks = len(node.children) + 2, 3 + len(node.children) // 32
            else:
                size, blocks = 4096, 8
            return Stat(True, node.mode, 2 + subdirs, node.owner, node.group, size, blocks, node.mtime)
        size = len(node.data.encode("utf-8", "surrogateescape"))
        if self.fstype == "zfs":
            blocks = 1 if size <= 512 else -(-size // 512) + 1
        else:
            blocks = -(-size // 4096) * 8
        return Stat(False, node.mode, 1, node.owner, node.group, size, blocks, node.mtime)

    def listdir(self, path: str, who: Cred | None = None) -> list[str]:
        """Names in a directory (no . and ..), unsorted: the caller sorts as its tool does."""
        node = self.lookup(path, who)
        if not node.is_dir:
            raise FsError("enotdir", path=path)
        self._need(node, who, R, path)
        return list(node.kids())

    def read(self, path: str, who: Cred | None = None) -> str:
        node = self.lookup(path, who)
        if node.is_dir:
            raise FsError("eisdir", path=path)
        self._need(node, who, R, path)
        return node.text()

    def may_write(self, path: str, who: Cred | None) -> None:
        """Raise as open(path, O_WRONLY|O_CREAT) would, without writing."""
        parent, name = self._parent(path, who, root="eisdir")
        node = parent.kids().get(name) if name else parent
        if node is not None and node.is_dir:
            raise FsError("eisdir", path=path)
        if path.endswith("/"):
            raise FsError("eisdir" if node is not None and node.is_dir else
                          "enotdir" if node is not None else "enoent", path=path)
        if node is None:
            self._need(parent, who, W | X, path)
        else:
            self._need(node, who, W, path)

    # changes ---------------------------------------------------------------------------------
    def _touch_dir(self, node: Node) -> None:
        node.mtime = self._now()

    def _new(self, name: str, is_dir: bool, mode: int, owner: str, group: str | None) -> Node:
        return Node(name, is_dir, mode, owner, group or owner, self._now())

    def mkdir(self, path: str, mode: int = 0o755, parents: bool = False, owner: str = "root",
              who: Cred | None = None, group: str | None = None) -> Node:
        if parents:
            node, walked = self.root, ""
            for part in [p for p in path.split("/") if p]:
                walked += "/" + part
                self._need(node, who, X, walked)
                child = node.children.get(part)
                if child is None:
                    self._need(node, who, W, walked)
                    child = node.children[part] = self._new(part, True, mode, owner, group)
                    self._touch_dir(node)
                elif not child.is_dir:
                    raise FsError("enotdir" if walked != path.rstrip("/") else "eexist", path=path)
                node = child
            return node
        parent, name = self._parent(path, who)
        if name in parent.kids() or name in (".", ".."):
            raise FsError("eexist", path=path)
        if parent.live is not None:
            raise FsError("enoent", path=path)     # /proc and /sys take no new directories
        self._need(parent, who, W, path)
        node = parent.children[name] = self._new(name, True, mode, owner, group)
        self._touch_dir(parent)
        return node

    def write(self, path: str, data: str, append: bool = False, mode: int = 0o644,
              owner: str = "root", who: Cred | None = None, group: str | None = None) -> Node:
        if who is not None:
            self.may_write(path, who)
        parent, name = self._parent(path, root="eisdir")
        node = parent.kids().get(name)
        if node is not None and (node.on_write is not None or node.live is not None):
            # opening a kernel file truncates nothing; each write goes to its handler, and a
            # file without one answers EIO (procfs)
            if data:
                if node.on_write is None:
                    raise FsError("eio", path=path)
                node.on_write(data)
            return node
        if parent.live is not None:
            raise FsError("enoent", path=path)     # no new files in /proc or /sys
        if node is None:
            node = parent.children[name] = self._new(name, False, mode, owner, group)
            self._touch_dir(parent)
        elif node.is_dir:
            raise FsError("eisdir", path=path)
        node.data = node.data + data if append else data
        node.mtime = self._now()
        return node

    def chmod(self, path: str, mode: int, who: Cred | None = None) -> Node:
        node = self.lookup(path, who)
        if who is not None and not who.root and node.owner != who.user:
            raise FsError("eperm", path=path)
        node.mode = mode & 0o7777
        return node

    def remove(self, path: str, recursive: bool = False, who: Cred | None = None) -> None:
        """unlink(2), or rmdir(2) of an empty directory, or with `recursive` a whole tree
        (each level checked as rm -r would find it)."""
        parent, name = self._parent(path, who, root="ebusy")
        node = parent.kids().get(name)
        if node is None:
            raise FsError("enoent", path=path)
        if parent.live is not None:
            raise FsError("eperm", path=path)      # a kernel file cannot be unlinked
        if node.is_dir and node.children:
            if not recursive:
                self._need(parent, who, W, path)      # the permission check comes first
                raise FsError("enotempty", path=path)
            self._need(node, who, R | W | X, path)
            for child in list(node.children):
                self.remove(path.rstrip("/") + "/" + child, True, who)
        self._need(parent, who, W, path)
        if parent.mode & STICKY and who is not None and not who.root \
                and who.user not in (node.owner, parent.owner):
            raise FsError("eacces", path=path)
        del parent.children[name]
        self._touch_dir(parent)
