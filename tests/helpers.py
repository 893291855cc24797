"""Assertions the command-line tests share."""


def ok(s, line):
    """The line succeeds silently on stderr; its Result is returned for the output."""
    r = s.execute(line)
    assert r.status == 0 and not r.stderr, (line, r.text)
    return r
