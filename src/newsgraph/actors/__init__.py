"""Actors: find people, organisations, countries and groups, link their mentions, resolve codes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from newsgraph.actors.codes import assign_code
from newsgraph.actors.link import Linker, is_subject
from newsgraph.actors.recognize import MentionCandidate, PlaceCandidate, recognize
from newsgraph.model import Doc, Place, Span
from newsgraph.text.segment import doc_tokens, token_lowers

__all__ = ["annotate_actors", "describe_actor"]


def _sentence_tokens(doc: Doc) -> list[tuple[list, list[str]]]:
    """Each sentence's tokens with their lowercase forms (computed once per document)."""
    tokens = doc_tokens(doc)
    lowers = token_lowers(doc)
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    out: list[tuple[list, list[str]]] = []
    for sent in doc.sentences:
        k = bisect_left(starts, sent.start)
        j = max(k, bisect_right(ends, sent.end))
        out.append((tokens[k:j], lowers[k:j]))
    return out


def annotate_actors(doc: Doc) -> Doc:
    """Pipeline component: fill `doc.actors` and `doc.places`."""
    from newsgraph.quotes.marks import quote_marks

    linker = Linker()
    if not doc.paragraphs:
        from newsgraph.text.segment import paragraph_spans

        doc.paragraphs = paragraph_spans(doc.text)
    quoted = [q.inner for q in quote_marks(doc)
              if not q.single and len(doc.text[q.inner.start:q.inner.end].split()) >= 4]
    quoted_starts = [q.start for q in quoted]
    mentions_by_sentence: list[list[MentionCandidate]] = []
    places: list[PlaceCandidate] = []
    for index, (toks, lowers) in enumerate(_sentence_tokens(doc)):
        mentions, sentence_places = recognize(toks, doc.text, lowers, linker.full_name_surnames)
        mentions.sort(key=lambda m: m.start)
        mentions_by_sentence.append(mentions)
        places.extend(sentence_places)
        for n, m in enumerate(mentions):
            next_lower = lowers[m.tok_end] if m.tok_end < len(toks) else ""
            prev_lower = lowers[m.tok_start - 1] if m.tok_start > 0 else ""
            k = bisect_right(quoted_starts, m.start) - 1
            inside = k >= 0 and m.start < quoted[k].end
            linker.add(m, index, is_subject(m, n == 0, next_lower, prev_lower), salient=not inside)
    doc.actors = linker.actors()
    for actor in doc.actors:
        assign_code(actor)
    doc.places = [Place(p.name, p.country, p.lat, p.lon, Span(p.start, p.end), p.rule) for p in places]
    doc.cache["mentions"] = mentions_by_sentence
    return doc


def describe_actor(text: str) -> dict[str, Any]:
    """Resolve a short description ("an American destroyer") to one actor, out of context."""
    from newsgraph.actors.describe import describe

    return describe(text)
