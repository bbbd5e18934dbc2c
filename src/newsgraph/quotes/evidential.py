"""Statements the text hedges or sources to no one named (rules `evidential.<shape>`).

"Turnout appears to have fallen", "the minister is expected to resign", "the group reportedly paid
the ransom": the statement is the whole clause around the cue, subject included, and no speaker
is named. "Asked about the deal, ...", "when asked whether ...": the statement is the question put
to someone, whose asker is named only after "by". Cues are data (`evidentials.tsv`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsgraph import lexicons
from newsgraph.actors.phrases import (
    BETWEEN_SUBJECT_AND_CUE,
    WHEN_OR_WHERE_OPENERS,
    Argument,
    MentionIndex,
    object_after,
)
from newsgraph.text.segment import Token

_MAX_CUE_WORDS = 3
_MAX_SUBJECT_TOKENS = 25
_MAX_QUESTION_TOKENS = 40
# where the clause holding a raising cue begins; "who" and "which" begin it and belong to it
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", '"', "“", "”", "that", "and", "but", "because", "while",
                            "although", "though", "if", "when", "as", "since", "so", "whether"})
_RELATIVES = frozenset({"who", "which"})
# after "appeared": a stage or a place, not a description ("appeared on television", "appeared in court")
_NOT_RAISED = frozenset({"on", "at", "in", "before", "with", "alongside", "onstage", "together", "for", "from",
                         "during", "after", "outside", "inside", "as", "live", "briefly", "via", "by", "here",
                         "there", "and", "or", ".", ",", ";", ":", "!", "?", "(", ")"})
_IMPERSONAL = frozenset({"it", "there"})
_BEFORE_RAISING = BETWEEN_SUBJECT_AND_CUE | {"n't", "increasingly"}  # "it does not seem", "it may now appear"
_IMPERSONAL_HEADS = frozenset({"that", "as", "like"})
_PARENTHETICAL = frozenset({",", "though", "however", "then", "now", "at", "first", "glance"})
_QUESTION_HEADS = frozenset({"about", "if", "whether", "what", "how", "why", "who", "whom", "when", "where",
                             "which", "to"})
_QUESTION_LEADS = frozenset({"when", "was", "were", "being", "is", "are", "been", "after", "if", "once"})
_QUESTION_ENDS = frozenset({",", ";", ".", "?", "!", ":"})
_MAX_ADJUNCT_TOKENS = 8


@dataclass(frozen=True, slots=True)
class Evidential:
    shape: str  # raising | adverb | question
    cue: tuple[int, int]  # token range
    start: int  # token where the statement begins
    through_cue: bool  # the statement runs on past the cue to the end of its clause
    end: int | None = None  # token where a question ends; None: where the clause ends
    asker: Argument | None = None


@cache
def _cues() -> dict[tuple[str, ...], str]:
    return {tuple(row["cue"].lower().split()): row["shape"] for row in lexicons.table("evidentials.tsv")}


@cache
def _second_words() -> dict[str, frozenset[str] | None]:
    """First word of a cue -> the words that may follow it, or None when it is a cue by itself."""
    singles = {words[0] for words in _cues() if len(words) == 1}
    seconds: dict[str, set[str]] = {}
    for words in _cues():
        if len(words) > 1 and words[0] not in singles:
            seconds.setdefault(words[0], set()).add(words[1])
    return {**{w: frozenset(nxt) for w, nxt in seconds.items()}, **dict.fromkeys(singles)}


def cue_starts(lowers: list[str]) -> list[int]:
    """Tokens that may begin an evidential cue (one pass over the document). "is" and "was" are
    everywhere, so a word that only begins longer cues must be followed by their second word."""
    openers = _second_words()
    n = len(lowers)
    out = []
    for i, w in enumerate(lowers):
        if w in openers:
            nxt = openers[w]
            if nxt is None or (i + 1 < n and lowers[i + 1] in nxt):
                out.append(i)
    return out


def evidential_at(toks: list[Token], lowers: list[str], index: MentionIndex, i: int, lo: int,
                  hi: int) -> Evidential | None:
    """The evidential statement whose cue begins at token i of the sentence [lo, hi), if any."""
    cues = _cues()
    for n in range(min(_MAX_CUE_WORDS, hi - i), 0, -1):
        shape = cues.get(tuple(lowers[i : i + n]))
        if shape is not None:
            break
    else:
        return None
    j = i + n
    if shape == "question":
        return _question(toks, lowers, index, i, j, lo, hi)
    if shape == "raising":
        return _raised(lowers, i, j, lo, hi)
    start = clause_start(lowers, i, lo)
    return Evidential(shape, (i, j), start, True) if start < i else None


def _raised(lowers: list[str], i: int, j: int, lo: int, hi: int) -> Evidential | None:
    nxt = lowers[j] if j < hi else "."
    k = i - 1
    while k > lo and lowers[k] in _BEFORE_RAISING:
        k -= 1
    if k >= lo and lowers[k] in _IMPERSONAL:
        m = j
        while m < hi and lowers[m] in _PARENTHETICAL:
            m += 1
        if m < hi and lowers[m] in _IMPERSONAL_HEADS:
            return Evidential("raising", (i, j), m, False)  # "It appears, though, that ..."
        if not (lowers[k] == "it" and j - i > 1 and nxt == "to"):
            return None  # "It is expected to rise": "it" is something named before, raised
    if lowers[i] in ("seem", "appear") and i > lo and lowers[i - 1] in ("to", "the"):
        return None  # "wants to appear tough" is someone's aim, not a hedge
    if j - i > 1 and nxt != "to":
        return None  # "as expected", "is expected at noon"
    if nxt in _NOT_RAISED:
        return None
    start = clause_start(lowers, i, lo)
    return Evidential("raising", (i, j), start, True) if start < i else None


def clause_start(lowers: list[str], i: int, lo: int) -> int:
    """The first token of the clause whose verb or adverb is at token i (i itself when the clause has no subject)."""
    k = i - 1
    if k > lo and lowers[k] == ",":
        # "Hizbollah, which has lost fighters in Syria, seems ...": the subject is before the aside
        k -= 1
        while k > lo and lowers[k] != "," and i - k <= _MAX_SUBJECT_TOKENS:
            k -= 1
        k -= 1
    while k >= lo and i - k <= _MAX_SUBJECT_TOKENS:
        w = lowers[k]
        if w in _RELATIVES:
            return k
        if w in _CLAUSE_BREAKS:
            return k + 1
        k -= 1
    return lo if i - lo <= _MAX_SUBJECT_TOKENS else i


def _question(toks: list[Token], lowers: list[str], index: MentionIndex, i: int, j: int,
              lo: int, hi: int) -> Evidential | None:
    """'Asked about the deal, ...', 'when asked whether ...', 'was asked by reporters if ...'."""
    if i > lo and lowers[i - 1] not in _QUESTION_LEADS:
        return None
    if i == lo and toks[i].text != "Asked":
        return None
    k = j
    asker = None
    if k < hi and lowers[k] == "by":
        asker = object_after(toks, k + 1, index, hi)
        if asker is None:
            return None
        while k < hi and toks[k].start < asker.span.end:
            k += 1
    if k < hi and lowers[k].endswith("ly"):
        k += 1  # "asked directly", "asked repeatedly"
    if k < hi and lowers[k] in WHEN_OR_WHERE_OPENERS and lowers[k] not in _QUESTION_HEADS:
        # "Asked on Monday whether ...", "Asked at a briefing in Washington about ..."
        m = k + 1
        while m < hi and m - k < _MAX_ADJUNCT_TOKENS and lowers[m] not in _QUESTION_HEADS \
                and lowers[m] not in _QUESTION_ENDS:
            m += 1
        if m < hi and lowers[m] in _QUESTION_HEADS:
            k = m
    if k >= hi or lowers[k] not in _QUESTION_HEADS:
        return None
    start = k + 1 if lowers[k] == "about" else k
    end = start
    while end < hi and end - start < _MAX_QUESTION_TOKENS and (lowers[end] not in _QUESTION_ENDS
                                                                 or _abbreviation_point(toks, end)):
        end += 1
    if end - start < 2:
        return None
    return Evidential("question", (i, j), start, False, end, asker)


def _abbreviation_point(toks: list[Token], k: int) -> bool:
    """The point of "Mr." or "D.C." inside a sentence, not its end."""
    if toks[k].text != "." or k == 0:
        return False
    prev = toks[k - 1].text
    return toks[k - 1].end == toks[k].start and len(prev) <= 3 and prev[:1].isupper()
