"""Score HTML extraction against gold metadata and body text (`newsgraph evaluate html GOLD`).

Gold format (one JSON object per line): file (relative to the gold file), title, authors,
published, paragraphs. Reports title exact match, publication day, exact author lists and
body-text token precision/recall/F1 (bag of lowercased word tokens, averaged per page).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsgraph.clean import build_doc
from newsgraph.ingest import read_documents
from newsgraph.model import DocumentError

_TOKEN = re.compile(r"\w+")


def _norm_title(value: str | None) -> str:
    return " ".join((value or "").replace("’", "'").replace("‘", "'").split())


def evaluate_html(gold_path: str | Path, show_errors: bool = False) -> dict[str, float]:
    gold_path = Path(gold_path)
    totals: Counter[str] = Counter()
    precision = recall = f1 = 0.0
    n = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        path = str(gold_path.parent / gold["file"])
        item = next(iter(read_documents([path])))
        if isinstance(item, DocumentError):
            print(f"error: {item}", file=sys.stderr)
            continue
        item.url = item.url or gold.get("url")
        doc = build_doc(item)
        art = doc.article
        n += 1
        title_ok = _norm_title(art.title) == _norm_title(gold["title"])
        day_ok = (art.published or "")[:10] == (gold.get("published") or "")[:10]
        authors_ok = [a.lower() for a in art.authors] == [a.lower() for a in gold["authors"]]
        totals.update(title=title_ok, day=day_ok, authors=authors_ok)
        pred = Counter(_TOKEN.findall(art.text.lower()))
        ref = Counter(_TOKEN.findall("\n".join(gold["paragraphs"]).lower()))
        overlap = sum((pred & ref).values())
        p = overlap / max(1, sum(pred.values()))
        r = overlap / max(1, sum(ref.values()))
        precision, recall, f1 = precision + p, recall + r, f1 + (2 * p * r / (p + r) if p + r else 0.0)
        if show_errors:  # one line per miss, for whoever tunes the extractor
            if not title_ok:
                print(f"TITLE  {gold['file']}: {art.title!r} != {gold['title']!r}", file=sys.stderr)
            if not day_ok:
                print(f"DATE   {gold['file']}: {art.published} != {gold.get('published')}", file=sys.stderr)
            if not authors_ok:
                print(f"AUTHOR {gold['file']}: {art.authors} != {gold['authors']}", file=sys.stderr)
            if p < 0.85 or r < 0.85:
                print(f"BODY   {gold['file']}: P={p:.2f} R={r:.2f}", file=sys.stderr)
    scores = {"title": totals["title"] / n, "day": totals["day"] / n, "authors": totals["authors"] / n,
              "body_precision": precision / n, "body_recall": recall / n, "body_f1": f1 / n}
    return {"pages": n, **{k: round(v, 3) for k, v in scores.items()}}
