"""Shared fixtures. Tests that need the development data in ../shared skip cleanly without it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"
SEED = SHARED / "seed" / "000_df0ead85eb823479.txt"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not available: {path} (see ../shared/README.md)")
    return path


@pytest.fixture(scope="session")
def seed_doc():
    import newsgraph

    path = shared_path("seed", "000_df0ead85eb823479.txt")
    return newsgraph.extract(path.read_text(encoding="utf-8"), id="seed")


@pytest.fixture(scope="session")
def example_doc():
    import newsgraph

    return newsgraph.extract((EXAMPLES / "kestria-border.txt").read_text(encoding="utf-8"), id="kestria")
