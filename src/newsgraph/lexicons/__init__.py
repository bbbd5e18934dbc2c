"""Lexicons are data files shipped with the package; this module only reads them.

Format: UTF-8, one entry per line, `#` starts a comment line, blank lines are ignored.
`.tsv` files are tab-separated with a header row.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

_DIR = resources.files(__package__)


def _read(name: str) -> str:
    return (_DIR / name).read_text(encoding="utf-8")


@cache
def entries(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a plain lexicon, stripped."""
    out = []
    for line in _read(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV lexicon as dicts keyed by the header."""
    lines = [ln for ln in _read(name).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in reader)


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """A lexicon of regular expressions, each matched case-insensitively against a whole line."""
    return tuple(re.compile(rf"(?:{p})\Z", re.IGNORECASE) for p in entries(name))


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(e.lower() for e in entries(name))
