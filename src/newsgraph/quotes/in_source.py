"""Statements sourced to a poll, a study or someone's words with "in" (rules `in_source.<shape>`).

"In a CNN poll released Monday, 50 percent chose Clinton", "In Forbes' words, ...": the source
opens the sentence and the statement is what follows its comma (`in_source.fronted`). "Trump has
a decisive lead in the polls.": the source closes the clause and the statement is what comes
before it (`in_source.trailing`). The nouns that can be such a source are data
(`source_nouns.txt`); "in the fall of 2007" or "in an interview" source nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsgraph import lexicons
from newsgraph.quotes.evidential import clause_start
from newsgraph.text.segment import Token

MAX_HEAD_DISTANCE = 8  # "In an early-October CBS News/New York Times poll"
_MAX_TAIL_TOKENS = 8  # "poll released Monday by the university", "polls ahead of the state's primary"
_BEFORE_HEAD = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                          "these", "those", "latest", "new", "recent", "same", "most", "early", "national", "state",
                          "public", "opinion", "independent", "own", "exit", "online", "statewide", "'s", "’s", "'",
                          "’", "/", "-", "&"})
# "was mentioned in the report", "took part in the survey": a place in a document, not a source
_NOT_SOURCED = frozenset({"mentioned", "named", "cited", "included", "published", "quoted", "featured", "listed",
                          "described", "appeared", "part", "participated", "questions", "question", "asked",
                          "surveyed", "polled", "interviewed", "released"})
_CLAUSE_END = frozenset({".", "!", "?", ",", ";", ":"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_NOT_A_CLAUSE = frozenset({"despite", "given", "with", "without", "after", "before", "amid", "by", "for", "of",
                           "from", "on", "at", "to", "in", "because", "since", "like", "unlike"})
# a verb after the source: the "in" phrase sat inside the statement's subject
_PREDICATE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "stands", "stood", "remains",
                              "remained"})
# a tail that goes on into another clause ("polls and held a lead") is no source's tail
_TAIL_BREAKS = frozenset({"and", "but", "that", "which", "who", "while", "because", "as", "when", '"', "“", "”"})
# but a source closing its clause ends where an adverbial opens ("continues to lead in polls despite ...")
_TRAILING_TAIL_ENDS = frozenset({"despite", "amid", "because", "as", "while", "when", "after", "since", "though",
                                 "although"})


@dataclass(frozen=True, slots=True)
class InSource:
    shape: str  # fronted | trailing
    source: tuple[int, int]  # token range of the source noun phrase, "in" excluded
    statement: tuple[int, int]  # token range of the statement


@cache
def source_nouns() -> frozenset[str]:
    return lexicons.word_set("source_nouns.txt")


def _source_end(toks: list[Token], lowers: list[str], start: int, hi: int, trailing: bool = False) -> int | None:
    """Where a source noun phrase starting at token start ends (at a clause boundary), or None when
    its head is no source noun. Before the head stand only determiners and names."""
    nouns = source_nouns()
    k = start
    while k < hi and k - start < MAX_HEAD_DISTANCE:
        w = lowers[k]
        if w in nouns and (k + 1 >= hi or lowers[k + 1] not in nouns):
            break
        possessor = k + 1 < hi and lowers[k + 1] in _POSSESSIVES  # "the governor's view"
        first = toks[k].text[:1]
        if not (w in _BEFORE_HEAD or w in nouns or possessor or first.isupper() or first.isdigit()
                or ("-" in w and w[:1].isalpha())):
            return None  # "the fall of 2007", "an interview": the head is no source
        k += 1
    else:
        return None
    end = k + 1
    while end < hi and lowers[end] not in _CLAUSE_END and lowers[end] not in _PREDICATE_VERBS:
        if trailing and lowers[end] in _TRAILING_TAIL_ENDS:
            break
        if lowers[end] in _TAIL_BREAKS or end - k > _MAX_TAIL_TOKENS:
            return None
        end += 1
    return end


def in_source_at(toks: list[Token], lowers: list[str], i: int, lo: int, hi: int) -> InSource | None:
    """The statement sourced by the "in" at token i of the sentence [lo, hi), if any."""
    if i == lo:
        end = _source_end(toks, lowers, i + 1, hi)
        if end is None or end >= hi or lowers[end] != "," or hi - end <= 4:
            return None
        return InSource("fronted", (i + 1, end), (end + 1, hi))
    if i - lo < 3 or lowers[i - 1] in _NOT_SOURCED or (lowers[i - 1] in _CLAUSE_END and lowers[i - 1] != ","):
        return None  # "..., 49% to 41%, in the survey" may follow a comma
    end = _source_end(toks, lowers, i + 1, hi, trailing=True)
    if end is None:
        return None
    start = clause_start(lowers, i, lo)
    first = lowers[start] if start < i else ""
    if i - start < 3 or first in _NOT_A_CLAUSE or first.endswith("ing"):
        return None  # "Despite his low standing in the polls, ...": no statement before the source
    if end < hi and lowers[end] in _PREDICATE_VERBS:
        # "86 percent of voters in a Gallup survey had a favorable opinion ...": the source sits in the subject
        close = end
        while close < hi and lowers[close] not in _CLAUSE_END:
            close += 1
        return InSource("trailing", (i + 1, end), (start, close))
    return InSource("trailing", (i + 1, end), (start, i))
