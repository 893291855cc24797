"""Imports only point down: the model and the commands import no front-end library, the model
knows nothing of commands or sessions (import-linter contracts in pyproject.toml)."""
import os
import shutil
import subprocess

import pytest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter not installed")
def test_import_contracts_hold():
    r = subprocess.run(["lint-imports", "--config", os.path.join(ROOT, "pyproject.toml")],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Contracts: 2 kept, 0 broken." in r.stdout
