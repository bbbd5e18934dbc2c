"""Score quote extraction against brat attribution annotations (PolNeAR: Source, Cue, Content).

A predicted statement matches a gold attribution when their contents overlap by at least half
of the longer of the two. Predicted quotes sharing one cue and speaker are one statement (a
quote split around "he said", or fragments of one report). Scare quotes are not statements.
A speaker or cue inside its own statement's content ("Hawaii, as one adviser pointed out, does
not ...") is the frame, not content, as in the annotations, and is left out of the content.
Reported: precision, recall and F1 for content; content with the right source (speaker span
overlaps the gold source); content with the right cue (cue spans overlap).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.evaluate.brat import Attribution, corpus_pairs, read_ann
from newsgraph.model import Quote


@dataclass(slots=True)
class Statement:
    chars: set[int]
    extent: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None


def statements(quotes: Iterable[Quote]) -> list[Statement]:
    groups: dict[tuple, list[Quote]] = {}
    for q in quotes:
        if q.kind == "scare":
            continue
        key = (q.cue.start, q.cue.end, q.speaker_actor or (q.speaker.start if q.speaker else None)) \
            if q.cue is not None else ("content", q.content.start)
        groups.setdefault(key, []).append(q)
    out = []
    for qs in groups.values():
        start = min(q.content.start for q in qs)
        end = max(q.content.end for q in qs)
        chars: set[int] = set()
        for q in qs:
            chars.update(range(q.content.start, q.content.end))
        for q in qs:  # a frame inside its own statement ("X, he said, was Y") is not content
            for frame in (q.speaker, q.cue):
                if frame is not None:
                    chars.difference_update(range(frame.start, frame.end))
        first = qs[0]
        out.append(Statement(
            chars=chars, extent=(start, end),
            source=(first.speaker.start, first.speaker.end) if first.speaker else None,
            cue=(first.cue.start, first.cue.end) if first.cue else None,
        ))
    return out


def _gold_chars(att: Attribution) -> set[int]:
    chars: set[int] = set()
    for s, e in att.content:
        chars.update(range(s, e))
    return chars


def _overlaps(span: tuple[int, int] | None, spans: list[tuple[int, int]]) -> bool:
    return span is not None and any(span[0] < e and s < span[1] for s, e in spans)


@dataclass(slots=True)
class Counts:
    predicted: int = 0
    gold: int = 0
    content: int = 0
    source: int = 0
    cue: int = 0

    def add(self, other: Counts) -> None:
        for name in ("predicted", "gold", "content", "source", "cue"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float]:
        out: dict[str, float] = {"predicted": self.predicted, "gold": self.gold}
        for name in ("content", "source", "cue"):
            tp = getattr(self, name)
            p = tp / self.predicted if self.predicted else 0.0
            r = tp / self.gold if self.gold else 0.0
            label = {"content": "content", "source": "content+source", "cue": "content+cue"}[name]
            out[f"{label}_precision"] = round(p, 3)
            out[f"{label}_recall"] = round(r, 3)
            out[f"{label}_f1"] = round(2 * p * r / (p + r) if p + r else 0.0, 3)
        return out


def score_document(quotes: Iterable[Quote], gold: list[Attribution]) -> Counts:
    preds = statements(quotes)
    golds = [(g, _gold_chars(g)) for g in gold]
    pairs = []
    for pi, p in enumerate(preds):
        for gi, (_g, chars) in enumerate(golds):
            overlap = len(p.chars & chars)
            if overlap and overlap >= 0.5 * max(len(p.chars), len(chars)):
                pairs.append((overlap, pi, gi))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    counts = Counts(predicted=len(preds), gold=len(golds))
    for _overlap, pi, gi in pairs:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        g = golds[gi][0]
        counts.content += 1
        counts.source += _overlaps(preds[pi].source, g.source)
        counts.cue += _overlaps(preds[pi].cue, g.cue)
    return counts


def evaluate_directory(split_dir: str | Path, limit: int | None = None, top_level: bool = False) -> dict[str, float]:
    """Run the pipeline verbatim on every text of a brat split and score it.

    With `top_level`, statements reported inside another (`reported_by` set) are left out: for
    annotations that never nest, such as PolNeAR's, whose gold has no attribution inside another's
    content ("McCaul said: 'The FBI director said ...'" is McCaul's alone).
    """
    from newsgraph.api import extract

    total = Counts()
    pairs = corpus_pairs(split_dir)[:limit]
    for text_path, ann_path in pairs:
        text = text_path.read_text(encoding="utf-8")
        doc = extract(text, html=False, verbatim=True, id=text_path.stem)
        quotes = [q for q in doc.quotes if q.reported_by is None] if top_level else doc.quotes
        total.add(score_document(quotes, read_ann(ann_path)))
    result = total.scores()
    result["documents"] = len(pairs)
    return result
