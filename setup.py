"""Copies the top-level data folders (grammar/, state/) into the wheel as vshell/_data/.

The design card keeps grammar/ and state/ at the top of the repository; an installed vshell
finds them inside its package, so a plain `pip install .` works without the source tree.
"""
import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_DIRS = ("grammar", "state")


class BuildWithData(build_py):
    def run(self):
        super().run()
        here = os.path.dirname(os.path.abspath(__file__))
        for name in DATA_DIRS:
            src = os.path.join(here, name)
            dst = os.path.join(self.build_lib, "vshell", "_data", name)
            if os.path.isdir(dst):
                shutil.rmtree(dst)
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithData})
