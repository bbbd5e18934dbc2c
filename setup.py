"""Build newsgraph, compiling the analysis hot path with mypyc where a C compiler is at hand.

The rules stay ordinary, typed Python. mypyc (mypy's compiler, as black and charset-normalizer
use it) turns the modules every sentence passes through into C extensions; the analysis runs
about 1.7 times as fast (`bench/throughput.py`). The output is the same byte for byte: the tests
and evaluations run on either build.

- An editable install (`pip install -e .`) is never compiled, so that an edited module is the one
  that runs; `NEWSGRAPH_PURE_PYTHON=1 pip install ...` skips compiling for any install.
- If compiling fails (no C compiler, no mypy), the pure-Python package is installed and a warning
  says so; it works the same, only slower.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# the modules each sentence passes through; the rest (ingest, store, web, CLI) wait on I/O or on
# libraries already compiled, and stay Python
COMPILED = [
    "model.py",
    "text/segment.py",
    "actors/__init__.py",
    "actors/codes.py",
    "actors/lexicon.py",
    "actors/link.py",
    "actors/phrases.py",
    "actors/recognize.py",
    "quotes/context.py",
    "quotes/cues.py",
    "quotes/direct.py",
    "quotes/evidential.py",
    "quotes/extract.py",
    "quotes/fragments.py",
    "quotes/fronted.py",
    "quotes/headlines.py",
    "quotes/in_source.py",
    "quotes/marks.py",
    "quotes/nesting.py",
    "quotes/nominal.py",
    "quotes/profile.py",
    "quotes/reported.py",
    "quotes/speakers.py",
    "quotes/subjects.py",
    "quotes/trailing.py",
    "events/dates.py",
    "events/extract.py",
    "events/lexicon.py",
]


def _warn(message: str) -> None:
    print(f"newsgraph: {message}; installing pure Python (same results, slower analysis)", file=sys.stderr)


class _OptionalBuildExt(build_ext):
    """A failed compile leaves the pure-Python package, which works the same."""

    def run(self) -> None:
        if getattr(self, "editable_mode", False):
            # `pip install -e .`: a compiled module next to its source would hide every edit to it
            print("newsgraph: editable install, not compiling (pure Python)", file=sys.stderr)
            return
        try:
            super().run()
        except Exception as exc:  # CompileError, a missing compiler, ...
            _warn(f"compiling failed ({exc.__class__.__name__}: {exc})")
            # a module compiled by an earlier build must not shadow the source it was built from
            for ext in self.extensions:
                stale = self.get_ext_fullpath(ext.name)
                if os.path.exists(stale):
                    os.remove(stale)


def _extensions() -> list:
    if os.environ.get("NEWSGRAPH_PURE_PYTHON", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        _warn(f"mypyc is not available ({exc})")
        return []
    try:
        return mypycify([os.path.join("src", "newsgraph", m) for m in COMPILED], opt_level="3")
    except (Exception, SystemExit) as exc:  # mypy exits on a type error
        _warn(f"mypyc could not compile ({exc.__class__.__name__}: {exc})")
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": _OptionalBuildExt})
