"""The README stays true: its session blocks replay, its registry table lists every
unverified message, its test command is the one CI runs."""
import os

from vshell.cli import main
from vshell.messages import UNVERIFIED

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def test_readme_sessions_replay():
    assert main(["check", os.path.join(ROOT, "README.md")]) == 0


def test_readme_lists_every_unverified_message():
    text = open(os.path.join(ROOT, "README.md")).read()
    missing = [k for k in UNVERIFIED if f"`{k}`" not in text]
    assert not missing


def test_ci_runs_the_readme_test_command():
    readme = open(os.path.join(ROOT, "README.md")).read()
    ci = open(os.path.join(ROOT, ".ci", "run")).read()
    command = "python3 -m venv .venv && . .venv/bin/activate && pip install -q '.[test]' && pytest"
    assert command.replace(" -q", "") in readme and command in ci
