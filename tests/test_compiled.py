"""The mypyc-compiled build (setup.py) gives the same output as the Python source, byte for byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import newsgraph
from tests.conftest import EXAMPLES, ROOT, SHARED

# prints one JSON analysis per text given on stdin (a JSON list), with whichever newsgraph imports
_ANALYSE = """
import json, sys
import newsgraph
texts = json.load(sys.stdin)
print(json.dumps({"compiled": newsgraph.COMPILED,
                  "out": [newsgraph.extract(t, html=False, id=str(n)).to_json() for n, t in enumerate(texts)]}))
"""


def _texts() -> list[str]:
    texts = [EXAMPLES.joinpath("kestria-border.txt").read_text(encoding="utf-8")]
    feed = EXAMPLES.joinpath("wire-feed.jsonl").read_text(encoding="utf-8")
    texts += [json.loads(line)["text"] for line in feed.splitlines() if line.strip()]
    polnear = sorted(SHARED.glob("polnear/dev/text/*.txt"))[:30]  # many rules at work, when the data is here
    texts += [p.read_text(encoding="utf-8") for p in polnear]
    return texts


def _run(texts: list[str], pythonpath: str | None) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run([sys.executable, "-c", _ANALYSE], input=json.dumps(texts), capture_output=True,
                          text=True, env=env, timeout=300, cwd=ROOT.parent)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(not newsgraph.COMPILED, reason="this install is pure Python (editable or no compiler)")
def test_compiled_build_matches_the_python_source():
    source = ROOT / "src"
    if not (source / "newsgraph" / "model.py").exists():
        pytest.skip("the Python source is not next to the tests")
    texts = _texts()
    compiled = _run(texts, None)
    pure = _run(texts, str(source))
    assert compiled["compiled"] and not pure["compiled"]
    assert compiled["out"] == pure["out"]
