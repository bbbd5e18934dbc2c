"""Stances named by a noun or adjective (rule `nominal.<word>`).

"Trump's criticism of the deal", "the senator voiced support for the bill", "she is critical of
the plan": the content is the phrase after the preposition, up to the next punctuation; the
holder is the possessor, or the subject of the verb or copula that governs the noun. With no
holder in the sentence there is no attribution ("Support for the bill has grown").

A noun with a "that" clause names what is held even when no one holds it in the sentence: "his
warning that Britain would wait", "fears that prices will rise" (no holder). The clause runs to
the next punctuation, and a relative clause ("the claim that was made") is not one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from newsgraph import lexicons
from newsgraph.actors.phrases import Argument, MentionIndex, subject_before
from newsgraph.model import Actor, Span
from newsgraph.quotes.subjects import OBJECT_PRONOUNS
from newsgraph.text.segment import Token

_MAX_CONTENT_TOKENS = 25
_MAX_CLAUSE_TOKENS = 40
_MIN_CLAUSE_TOKENS = 4
_NOT_CLAUSE_STARTS = frozenset({"do", "does", "did", "may", "might", "must", "and", "or", "but"})
_CONTENT_END = frozenset({",", ".", ";", ":", "?", "!", "(", ")", "—", "–"})
_FINITE = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "may",
                     "might", "can", "did", "does", "drew", "draws", "came", "comes", "prompted", "sparked",
                     "led", "leads", "made", "makes"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my"})
_MODIFIERS = frozenset({"the", "a", "an", "strong", "harsh", "sharp", "growing", "public", "repeated", "fresh",
                        "new", "vocal", "full", "broad", "deep", "serious", "many", "some", "early", "continued",
                        "unwavering", "staunch", "lukewarm", "tacit", "implicit", "explicit", "open", "very",
                        "highly", "increasingly", "deeply", "so", "too", "more", "most", "also", "not", "no"})
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "remain", "remains", "remained", "seem",
                      "seemed", "seems", "became", "becomes", "appeared", "appears", "'s", "’s", "'re", "’re"})
_NOT_GOVERNORS = frozenset({"of", "in", "on", "for", "to", "with", "about", "by", "at", "from", "and", "or", "but",
                            "that", "which", "who", ",", "amid", "despite", "after", "before", "over"})


@dataclass(frozen=True, slots=True)
class NominalStance:
    word: str
    cue: Span
    holder: Argument | None  # "fears that prices will rise": a stance may be no one's in particular
    content: Span


@cache
def _cues() -> dict[str, tuple[str, frozenset[str]]]:
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for row in lexicons.table("nominal_cues.tsv"):
        word, pos, preps = row["word"].lower(), row["pos"], frozenset(row["prepositions"].split("|"))
        forms = [word] if pos == "adj" else [word, word[:-1] + "ies" if word.endswith("y") else word + "s"]
        for form in forms:
            out[form] = (word, preps)
    return out


def nominal_stances(toks: list[Token], lowers: list[str], index: MentionIndex,
                    lo: int, hi: int) -> Iterator[NominalStance]:
    """Stances in the sentence whose tokens are [lo, hi); a full stop before its end is an abbreviation's."""
    cues = _cues()
    for i in range(lo, hi - 2):
        entry = cues.get(lowers[i])
        if entry is None or not toks[i].text.islower():
            continue
        if lowers[i + 1] not in entry[1]:
            if "that" in entry[1] and i - 1 >= lo and lowers[i - 1] in _COPULAS and _opens_clause(toks, lowers, i + 1):
                # "she was sure Trump would triumph": an adjective's clause without "that"
                clause = _that_clause(toks, lowers, i, hi)
                holder = _holder(toks, lowers, index, i, lo)
                if clause is not None and holder is not None:
                    yield NominalStance(entry[0], Span(toks[i].start, toks[i].end), holder,
                                        Span(toks[i + 1].start, clause.end))
            continue
        holder = _holder(toks, lowers, index, i, lo)
        if lowers[i + 1] == "that":
            clause = _that_clause(toks, lowers, i + 1, hi)
            if clause is not None:
                yield NominalStance(entry[0], Span(toks[i].start, toks[i].end), holder, clause)
            continue
        if holder is None:
            continue
        end = i + 2
        while end < hi and end - (i + 2) < _MAX_CONTENT_TOKENS \
                and (lowers[end] not in _CONTENT_END or (lowers[end] == "." and end + 1 < hi)) \
                and not (end > i + 2 and lowers[end] in _FINITE) and not _second_predicate(lowers, end, hi):
            end += 1  # "Trump's criticism of the plan has drawn ...": the sentence's own verb ends it
        if end == i + 2:
            continue
        yield NominalStance(entry[0], Span(toks[i].start, toks[i + 1].end), holder,
                            Span(toks[i + 2].start, toks[end - 1].end))


def _second_predicate(lowers: list[str], k: int, hi: int) -> bool:
    """'voiced support for X and called himself ...': "and" before a verb opens the subject's next predicate."""
    return lowers[k] in ("and", "but") and k + 1 < hi and (lowers[k + 1] in _FINITE or lowers[k + 1].endswith("ed"))


def _that_clause(toks: list[Token], lowers: list[str], that: int, hi: int) -> Span | None:
    """'his warning that Britain would ...': the clause, up to the next punctuation; not 'the claim that was made'."""
    first = that + 1
    if first >= hi or lowers[first] in _FINITE or lowers[first] in _NOT_CLAUSE_STARTS or lowers[first].endswith("ed") \
            or not toks[first].text[:1].isalnum():
        return None
    end = first
    while end < hi and end - first < _MAX_CLAUSE_TOKENS \
            and (lowers[end] not in _CONTENT_END or (lowers[end] == "." and end + 1 < hi)):
        end += 1
    if end - first < _MIN_CLAUSE_TOKENS:
        return None  # "the claim that he made": a relative clause, not what was claimed
    return Span(toks[that].start, toks[end - 1].end)


def _opens_clause(toks: list[Token], lowers: list[str], k: int) -> bool:
    """A subject pronoun or a name: where a clause with no "that" starts."""
    return lowers[k] in ("he", "she", "they", "we", "i", "it") or (
        toks[k].text[:1].isupper() and toks[k].text.isalpha())


_NOMINATIVE_OF = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}


def _possessor_named_before(toks: list[Token], lowers: list[str], index: MentionIndex, k: int, lo: int,
                            actor: Actor | None) -> Argument | None:
    """'Trump ratcheted up his attacks on': the nearest earlier mention of the possessor in the sentence."""
    nominative = _NOMINATIVE_OF.get(lowers[k])
    for m in reversed(index.within(toks[lo].start, toks[k].start)):
        if actor is not None and m[2] is actor and _could_be_subject(toks, lowers, m, lo):
            return Argument(Span(m[0], m[1]), actor)
    for j in range(k - 1, lo - 1, -1):
        if lowers[j] == nominative:
            found = index.starting_at(toks[j].start, toks[j].start)
            return Argument(Span(toks[j].start, toks[j].end), found[2] if found else actor)
    return None


_NOT_SUBJECTS = (OBJECT_PRONOUNS - {"you"}) | {"himself", "herself", "themselves", "itself", "his", "their", "its"}
_BEFORE_OBJECTS = frozenset({"of", "to", "for", "with", "by", "about", "on", "against", "from", "at", "in", "than"})


def _could_be_subject(toks: list[Token], lowers: list[str], mention: tuple[int, int, Actor], lo: int) -> bool:
    """Not an object, a possessor or a reflexive ("criticized him", "to Trump", "Trump's")."""
    first = bisect_left(toks, mention[0], key=lambda t: t.start)
    last = bisect_left(toks, mention[1], key=lambda t: t.start) - 1
    if lowers[first] in _NOT_SUBJECTS or (first - 1 >= lo and lowers[first - 1] in _BEFORE_OBJECTS):
        return False
    return not (last + 1 < len(lowers) and lowers[last + 1] in ("'s", "’s"))


def _holder(toks: list[Token], lowers: list[str], index: MentionIndex, i: int, lo: int) -> Argument | None:
    k = i - 1
    # "voiced strong support for", "made an unprompted call for": any word right after an article modifies too
    while k >= lo and (lowers[k] in _MODIFIERS or (k - 1 >= lo and lowers[k - 1] in ("a", "an", "the", "'s", "’s")
                                                   and toks[k].text.replace("-", "").isalpha()
                                                   and toks[k].text.islower())):
        k -= 1
    if k < lo:
        return None
    named = index.ending_at(toks[k].end, toks[k].end) if toks[k].text[:1].isupper() else None
    if named is not None:
        first = bisect_left(toks, named[0], key=lambda t: t.start)
        if first - 1 >= lo and lowers[first - 1] in ("a", "an", "the"):
            return Argument(Span(named[0], named[1]), named[2])  # "the DOJ demand that ...": the actor named
    if lowers[k] in ("'s", "’s") and k - 1 >= lo:  # "Trump's criticism of"
        found = index.ending_at(toks[k - 1].end, toks[k - 1].end)
        return Argument(Span(found[0], found[1]), found[2]) if found else None
    if lowers[k] in _POSSESSIVES:  # "his support for"
        found = index.starting_at(toks[k].start, toks[k].start)
        actor = found[2] if found else None
        return _possessor_named_before(toks, lowers, index, k, lo, actor) \
            or Argument(Span(toks[k].start, toks[k].end), actor)
    if lowers[k] in _NOT_GOVERNORS or not toks[k].text.islower():
        return None
    # "X voiced support for", "X is critical of": the governing verb's subject
    subject = subject_before(toks, k, index, floor=lo)
    if subject is None or (subject.actor is None and lowers[k] not in _COPULAS and not toks[k].text.endswith("ed")
                           and not toks[k].text.endswith("s")):
        return None
    return subject
