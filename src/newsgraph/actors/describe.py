"""`newsgraph actor TEXT`: one short description to one actor, out of context.

The description is analysed like a one-sentence article; the actor whose mention ends last
(the head of the noun phrase) is the answer. Misspelt country words are corrected by the
nearest lexicon entry within a small edit distance.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsgraph.actors.codes import compose_code
from newsgraph.actors.lexicon import gazetteer
from newsgraph.model import Article, Doc, Span

MAX_CHARS = 500


def describe(text: str) -> dict[str, Any]:
    text = " ".join(text.split())[:MAX_CHARS]
    result = _analyse(text)
    if result["code"] is None or result["country"] is None:
        corrected = _correct_spelling(text)
        if corrected != text:
            fixed = _analyse(corrected)
            if fixed["country"] and not result["country"]:
                fixed["name"] = result["name"] if result["kind"] != "other" else fixed["name"]
                fixed["rule"] += "+spelling"
                result = fixed
    result["text"] = text
    return result


def _analyse(text: str) -> dict[str, Any]:
    from newsgraph.actors import annotate_actors

    empty = {"name": text or None, "kind": "other", "code": None, "country": None, "sector": None,
             "rule": "none"}
    if not text.strip():
        return empty
    doc = Doc(article=Article(id="actor", text=text))
    doc.sentences = [Span(0, len(text))]
    annotate_actors(doc)
    actors = [a for a in doc.actors if a.kind != "other" or len(doc.actors) == 1]
    if not actors:
        places = doc.places
        if places:
            p = places[-1]
            return {**empty, "name": p.name, "kind": "other", "country": p.country, "code": p.country,
                    "rule": p.rule}
        return empty
    head = max(actors, key=lambda a: (max(m.span.end for m in a.mentions),
                                      max(m.span.end - m.span.start for m in a.mentions)))
    country, sector = head.country, head.sector
    # "Russian President Putin" style modifiers fill what the head lacks
    for other in actors:
        if other is not head and other.kind == "country" and not country:
            country = other.country
    code = head.code or compose_code(country, sector)
    if head.country is None and country:
        code = compose_code(country, sector)
    return {"name": head.name, "kind": head.kind, "code": code, "country": country, "sector": sector,
            "role": head.role, "rule": head.rule}


@cache
def _country_words() -> dict[str, str]:
    """Lowercase single-word country names and demonyms (the targets of spelling correction)."""
    words: dict[str, str] = {}
    for key, entries in gazetteer().phrases.items():
        if len(key) == 1 and len(key[0]) >= 5 and any(e.kind in ("country", "demonym") for e in entries):
            words[key[0]] = key[0]
    return words


def _correct_spelling(text: str) -> str:
    targets = _country_words()
    out = []
    for word in text.split():
        core = word.strip(".,'’s").lower()
        if len(core) >= 5 and core not in targets and core[:1].isalpha():
            best = _nearest(core, targets)
            if best:
                out.append(word.replace(word.strip(".,'’s"), best.capitalize()))
                continue
        out.append(word)
    return " ".join(out)


def _nearest(word: str, targets: dict[str, str]) -> str | None:
    limit = 1 if len(word) < 8 else 2
    best, best_d = None, limit + 1
    for t in targets:
        if abs(len(t) - len(word)) > limit or t[0] != word[0]:
            continue
        d = _edit_distance(word, t, limit)
        if d < best_d:
            best, best_d = t, d
    return best


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance: a transposition ("Russain") costs one edit."""
    before: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            cur.append(cost)
        if min(cur) > limit:
            return limit + 1
        before, prev = prev, cur
    return prev[-1]
