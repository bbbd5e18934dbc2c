"""Nesting: which statement reports which, and folding a report into its own speaker's statement."""

from __future__ import annotations

from bisect import bisect_right

from newsgraph.quotes.context import SUBJECT_PRONOUNS, Context, Found

# cue classes that hold a view (a stance, a belief, a plan) rather than say or report something
_VIEW_CLASSES = frozenset({"attitude", "cognition", "intention"})
_PRONOUNS = SUBJECT_PRONOUNS | {"who", "which", "that", "his", "her", "their", "its", "him", "them", "himself",
                                 "herself", "themselves", "itself"}


def containers(x: Context) -> dict[int, int]:
    """For each statement reported inside another, the index of the innermost one that reports it."""
    container: dict[int, int] = {}
    by_start = sorted(range(len(x.found)), key=lambda n: x.found[n].content.start)
    content_starts = [x.found[n].content.start for n in by_start]
    for k, f in enumerate(x.found):
        if f.outer_of is not None:
            container[k] = f.outer_of
            continue
        if f.cue is None or f.kind == "scare":
            continue
        # a cue inside another statement's content: that statement reports this one
        best = None
        k_start = bisect_right(content_starts, f.cue.start)
        for other_k in reversed(by_start[max(0, k_start - 200) : k_start]):
            o = x.found[other_k]
            contains = other_k != k and o.kind not in ("scare", "partial") and o.content.contains(f.cue) \
                and not (o.cue and f.content.contains(o.cue))
            if contains and (best is None or len(o.content) < len(x.found[best].content)):
                best = other_k
        if best is not None:
            container[k] = best
    return container


def reporting_host(x: Context, k: int, container: dict[int, int], folded: set[int]) -> int | None:
    """The statement that reports statement k, passing over the ones folded into their own speaker's."""
    host = container.get(k)
    for _ in range(len(x.found)):
        if host is None or host not in folded:
            return host
        host = container.get(host)
    return None


def reframe_partials(x: Context, folded: set[int], container: dict[int, int]) -> None:
    """A partial quote framed by a folded report takes the frame it was folded into ('said she hopes to "win"')."""
    frames = {}
    for k in folded:
        host = reporting_host(x, k, container, folded)
        cue = x.found[k].cue
        if host is not None and cue is not None and x.found[host].cue is not None:
            frames[(cue.start, cue.end)] = x.found[host]
    for f in x.found:
        frame = frames.get((f.cue.start, f.cue.end)) if f.kind == "partial" and f.cue is not None else None
        if frame is not None:
            f.cue, f.speaker = frame.cue, frame.speaker


def same_speaker(x: Context, k: int, other: int) -> bool:
    """'Karimi said she hopes ...': the inner report's speaker is the outer one's, by a pronoun or a name; a
    description ('called on X to act -- meddling the congressman said is ...') names the speaker again for a
    statement of its own."""
    inner, outer = x.found[k].speaker, x.found[other].speaker
    return inner is not None and outer is not None and inner.actor is not None \
        and outer.actor is not None and inner.actor.id == outer.actor.id \
        and (inner.span == outer.span or not _described(x.text[inner.span.start : inner.span.end]))


def _described(mention: str) -> bool:
    """'the California congressman': a role noun, not a pronoun or a name."""
    words = mention.split()
    return bool(words) and words[-1].islower() and mention.lower() not in _PRONOUNS


def holds_a_view(f: Found) -> bool:
    """'Y supports ...', 'Y believes ...', 'Y wants to ...', 'Y's criticism of ...': a view, not speech or a report."""
    return f.rule.rsplit(".", 1)[-1] in _VIEW_CLASSES or f.rule.startswith("nominal.")
