"""Quoted fragments: a partial quote takes the speaker of the report around it; one with no speaker is a scare quote."""

from __future__ import annotations

from newsgraph.quotes.context import SHORT_QUOTE_WORDS, Context, Found
from newsgraph.quotes.direct import stands_alone
from newsgraph.quotes.marks import Quoted


def fragments(x: Context) -> None:
    claimed = {f.quote_ref.span for f in x.found if f.quote_ref is not None}
    for q in x.quoted:
        if q.span in claimed:
            continue
        words = len(x.text[q.inner.start : q.inner.end].split())
        if not q.single and words >= SHORT_QUOTE_WORDS and stands_alone(x, q):
            continue
        if _is_title(x, q):
            continue  # "told NBC's “Today” on Monday": the name of a show, not words quoted
        frame = _frame_of(x, q)
        if frame is not None and abs(frame.content.start - q.span.start) <= 1 \
                and abs(frame.content.end - q.span.end) <= 2:
            frame.kind = "partial"
            frame.content = q.span
            frame.quote_ref = q
            continue
        if frame is not None:
            x.found.append(Found("partial", q.span, "partial.in_report", frame.cue, frame.speaker, 0.7,
                                 quote_ref=q))
        else:
            x.found.append(Found("scare", q.span, "scare.no_speaker", None, None, 0.5, quote_ref=q))


def past_possessed_title(x: Context, start: int, hi: int) -> int:
    if start + 1 >= hi or x.lowers[start] not in ("'s", "’s"):
        return start
    q = x.inside_quote(x.toks[start + 1].end)
    if q is not None and q.span.start == x.toks[start + 1].start and _is_title(x, q):
        return x.tok_at(q.span.end)
    return start


def _is_title(x: Context, q: Quoted) -> bool:
    """A capitalised name in quotes after a possessive: a programme, a book, a film."""
    k = x.tok_at(q.span.start) - 1
    inner = x.text[q.inner.start : q.inner.end]
    return k >= 0 and x.lowers[k] in ("'s", "’s") and inner[:1].isupper() \
        and all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 4 for w in inner.split())


def _frame_of(x: Context, q: Quoted) -> Found | None:
    best = None
    for f in x.found:
        inside = f.content.start <= q.span.start and q.span.end <= f.content.end + 2 and f.content != q.span
        framing = f.kind in ("indirect", "mixed", "according_to", "direct") and f.speaker is not None
        if framing and inside and (best is None or len(f.content) < len(best.content)):
            best = f
    if best is not None:
        return best
    # a fragment in the same sentence as a reporting verb with a subject
    sent = x.sentence_of(q.span.start)
    for f in x.found:
        if f.cue is not None and sent.start <= f.cue.start < sent.end and f.speaker is not None \
                and f.kind != "scare" and not f.speaker.span.start <= q.span.start < f.cue.start:
            return f  # 'Reyes, the hacker known as “Guccifer,” stated ...': a name in the subject is not said
    return None
