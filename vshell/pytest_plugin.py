"""pytest plugin (entry point pytest11): collects transcripts/**/*.t and transcripts/**/*.md
as tests, each a replay through `vshell check`'s machinery with a unified diff on failure."""
from __future__ import annotations

import pytest


def pytest_collect_file(file_path, parent):
    if "transcripts" in file_path.parts[:-1] and file_path.suffix in (".t", ".md"):
        return TranscriptFile.from_parent(parent, path=file_path)
    return None


class TranscriptMismatch(Exception):
    pass


class TranscriptFile(pytest.File):
    def collect(self):
        yield TranscriptItem.from_parent(self, name=self.path.name)


class TranscriptItem(pytest.Item):
    def runtest(self):
        from vshell.transcript import document
        from vshell.transcript.replay import check_document, diff

        doc = document.load(str(self.path))
        problems: list[str] = []
        ok, new_lines = check_document(doc, problems=problems)
        if not ok:
            raise TranscriptMismatch("\n".join(problems) + "\n" + diff(doc, new_lines))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, TranscriptMismatch):
            return f"transcript differs (vshell check --update {self.path} rewrites it):\n{excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"transcript {self.path.name}"
