"""Reporting cues from the lexicons: verb forms, their lemma and class, and phrase cues."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsgraph import lexicons


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    cls: str  # speech | epistemic | report | cognition | intention | according_to
    length: int = 1  # tokens
    frame_only: bool = False  # frames a quotation; reports on its own only before "that"


@cache
def verb_cues() -> dict[tuple[str, ...], Cue]:
    out: dict[tuple[str, ...], Cue] = {}
    rows = [(row, False) for row in lexicons.table("reporting_verbs.tsv")] + [
        (row | {"class": "speech"}, True) for row in lexicons.table("quote_frame_verbs.tsv")]
    for row, frame_only in rows:
        for form in row["forms"].split("|"):
            words = tuple(form.lower().split())
            out.setdefault(words, Cue(row["lemma"], row["class"], len(words), frame_only))
    return out


@cache
def phrase_cues() -> dict[tuple[str, ...], Cue]:
    out: dict[tuple[str, ...], Cue] = {}
    for row in lexicons.table("attribution_phrases.tsv"):
        words = tuple(row["phrase"].lower().split())
        out[words] = Cue(row["phrase"], row["class"], len(words))
    return out


@cache
def first_words() -> dict[str, int]:
    """First word of any cue -> the longest cue length starting with it."""
    out: dict[str, int] = {}
    for table in (verb_cues(), phrase_cues()):
        for words in table:
            out[words[0]] = max(out.get(words[0], 0), len(words))
    return out
