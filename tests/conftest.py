import os

import pytest

# Compiled grammars are cached per declaration hash; tests use a cache of their own so they
# never depend on (or write to) the developer's.
os.environ.setdefault("VSHELL_CACHE", os.path.join(
    os.environ.get("PYTEST_CACHE_TMP", "/tmp"), f"vshell-test-cache-{os.getuid()}"))

from vshell.session import Session  # noqa: E402
from vshell.worlds import build, load_decl  # noqa: E402


@pytest.fixture
def world():
    return build(load_decl("t5-2"))


@pytest.fixture
def session(world):
    return Session(world)


def run(session, line):
    r = session.execute(line)
    assert not r.internal_error, r.text
    return r
