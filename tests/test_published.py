"""Published sessions, replayed in published mode from the table in tests/published.toml."""
import os
import tomllib

import pytest

from vshell.transcript import published
from vshell.transcript.replay import diff

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("VSHELL_SHARED") or os.path.join(HERE, "..", "..", "shared")
PUBLISHED = os.path.join(SHARED, "transcripts")

with open(os.path.join(HERE, "published.toml"), "rb") as f:
    TABLE = tomllib.load(f)["files"]


def _params():
    for rel, entry in sorted(TABLE.items()):
        marks = []
        if entry["status"] == "pending":
            marks.append(pytest.mark.xfail(strict=True, reason=f"issue {entry['issue']}: {entry['reason']}"))
        elif entry["status"] == "defect":
            marks.append(pytest.mark.xfail(strict=True, reason=f"source defect: {entry['reason']}"))
        yield pytest.param(rel, entry, marks=marks, id=rel)


@pytest.mark.skipif(not os.path.isdir(PUBLISHED), reason="shared/transcripts not beside the repo")
@pytest.mark.parametrize("rel,entry", list(_params()))
def test_published(rel, entry):
    problems = []
    ok, doc, new_lines = published.check(os.path.join(PUBLISHED, rel), entry, problems)
    assert ok, "\n".join(problems) + "\n" + diff(doc, new_lines)


@pytest.mark.skipif(not os.path.isdir(PUBLISHED), reason="shared/transcripts not beside the repo")
def test_table_covers_every_published_file():
    files = {os.path.relpath(os.path.join(r, f), PUBLISHED)
             for r, _, fs in os.walk(PUBLISHED) for f in fs if f.endswith(".t")}
    assert files == set(TABLE), (files - set(TABLE), set(TABLE) - files)
    for rel, e in TABLE.items():
        assert e["status"] in ("pass", "pending", "defect"), rel
        assert e["status"] != "pending" or e.get("issue"), rel


SAMPLE = """# source: https://example.invalid/a-blog-post
# platform: SPARC T5-2, made up for this test
# setup: factory default
primary# ldm list   
NAME             STATE      FLAGS   CONS    VCPU  MEMORY   UTIL  NORM  UPTIME
. . .
primary# frob

-bash: frob: command not found
primary# 
"""


def test_published_mode_rules(tmp_path):
    """Metadata dropped; statuses unchecked; trailing blanks ignored; `. . .` elides; a blank
    line the author added is tolerated. Anything else must match."""
    p = tmp_path / "sample.t"
    p.write_text(SAMPLE)
    entry = {"world": "t5-2", "prompt": "primary# "}
    ok, doc, new = published.check(str(p), entry)
    assert ok, diff(doc, new)
    p.write_text(SAMPLE.replace("command not found", "command not fund"))
    ok, doc, new = published.check(str(p), entry)
    assert not ok and "+-bash: frob: command not found" in diff(doc, new)
