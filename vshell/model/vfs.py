"""A small virtual file system per OS instance. Never the real one."""
from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from vshell.model.errors import ModelError


class FsError(ModelError):
    """code: 'enoent', 'enotdir', 'eisdir', 'eexist', 'eacces', 'enotempty'."""


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


class FileSystem:
    def __init__(self, now=lambda: 0.0):
        self.root = Node("/", True, 0o755)
        self._now = now

    # paths -----------------------------------------------------------------------------------
    @staticmethod
    def join(cwd: str, path: str) -> str:
        """An absolute, normalised path; a trailing slash is kept (it demands a directory);
        the empty name stays empty (it names nothing)."""
        if path == "":
            return ""
        full = posixpath.normpath(posixpath.join(cwd, path)).replace("//", "/")
        return full + "/" if path.endswith("/") and full != "/" else full

    def lookup(self, path: str) -> Node:
        if path == "":
            raise FsError("enoent", path=path)
        node = self.root
        for part in [p for p in path.split("/") if p]:
            if not node.is_dir:
                raise FsError("enotdir", path=path)
            child = node.children.get(part)
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

    def _parent(self, path: str) -> tuple[Node, str]:
        head, tail = posixpath.split(path.rstrip("/") or "/")
        parent = self.lookup(head or "/")
        if not parent.is_dir:
            raise FsError("enotdir", path=path)
        return parent, tail

    # changes ---------------------------------------------------------------------------------
    def mkdir(self, path: str, mode: int = 0o755, parents: bool = False, owner: str = "root") -> Node:
        if parents:
            node = self.root
            for part in [p for p in path.split("/") if p]:
                child = node.children.get(part)
                if child is None:
                    child = node.children[part] = Node(part, True, mode, owner, owner, self._now())
                elif not child.is_dir:
                    raise FsError("enotdir", path=path)
                node = child
            return node
        parent, name = self._parent(path)
        if name in parent.children:
            raise FsError("eexist", path=path)
        node = parent.children[name] = Node(name, True, mode, owner, owner, self._now())
        return node

    def write(self, path: str, data: str, append: bool = False, mode: int = 0o644, owner: str = "root") -> Node:
        parent, name = self._parent(path)
        node = parent.children.get(name)
        if node is None:
            node = parent.children[name] = Node(name, False, mode, owner, owner)
        elif node.is_dir:
            raise FsError("eisdir", path=path)
        node.data = node.data + data if append else data
        node.mtime = self._now()
        return node

    def read(self, path: str) -> str:
        node = self.lookup(path)
        if node.is_dir:
            raise FsError("eisdir", path=path)
        return node.data

    def remove(self, path: str, recursive: bool = False) -> None:
        parent, name = self._parent(path)
        node = parent.children.get(name)
        if node is None:
            raise FsError("enoent", path=path)
        if node.is_dir and node.children and not recursive:
            raise FsError("enotempty", path=path)
        del parent.children[name]
