"""Fronted clauses ("After the court refused to reinstate the law, the governor ..."): where a report inside one
ends, and where the main clause after it starts."""

from __future__ import annotations

from newsgraph.actors.phrases import TIME_UNITS
from newsgraph.model import Span
from newsgraph.quotes.context import ADJUNCT_HEADS, AUXILIARIES, DETERMINERS, Context

_SUBORDINATORS = frozenset({"after", "when", "while", "although", "though", "as", "because", "since", "if", "unless",
                            "before", "until", "once", "whereas", "despite"})
_NOT_SUBJECTS = frozenset({"and", "or", "but", "which", "who", "whose", "where", "such", "now", "as", "along", "taken",
                           "current", "more", "even", "not", "including"})
_SUBJECT_WORDS = 6
_DEGREE_WORDS = frozenset({"shortly", "just", "even", "long", "soon", "right"})
_TIME_UNITS = TIME_UNITS | {"moments"}
_TIME_SPAN_WORDS = 4
_CLOSING_MARKS = frozenset({'"', "”", "''", "’"})
# what may open the main clause after a fronted one: "After X said ..., the mayor ..."
_MAIN_CLAUSE_OPENERS = frozenset({"the", "his", "her", "their", "its", "our", "it", "he", "she", "they", "we", "i",
                                  "there", "that", "this", "these", "those", "some", "many", "most", "others",
                                  "another"})


def opens_with_subordinator(x: Context, lo: int, i: int) -> bool:
    """'After ...', 'Shortly after ...', 'Even as ...': the sentence opens with a fronted clause."""
    k = lo
    while k < i and not x.lowers[k][:1].isalnum():
        k += 1
    if k + 1 < i and x.lowers[k] in _DEGREE_WORDS:
        k += 1
    for t in range(k, min(i - 1, k + _TIME_SPAN_WORDS)):
        if x.lowers[t] in _TIME_UNITS and x.lowers[t + 1] in ("after", "before"):
            return True  # "A few weeks after ...", "Two days before ..."
    return k < i and x.lowers[k] in _SUBORDINATORS


def main_clause_start(x: Context, lo: int, i: int) -> int | None:
    """The first token of the main clause after a fronted one, before token i."""
    if not opens_with_subordinator(x, lo, i):
        return None
    for c in range(lo + 1, i - 1):
        if x.toks[c].text == ",":
            k = c + 2 if x.lowers[c + 1] in _CLOSING_MARKS else c + 1  # 'refers to it as "Medicare for all," Clinton'
            if k < i and opens_main_clause(x, k, i):
                return k
    return None


def end_of_fronted_clause(x: Context, content: Span, lo: int, i: int) -> Span:
    """'After the court refused to reinstate the law, the governor blamed ...': the report ends with its clause."""
    first = x.tok_at(content.start)
    opening_participle = i == lo and x.toks[i].text[:1].isupper()  # "Noting that ..., Tester added"
    if not (opens_with_subordinator(x, lo, i) or opening_participle) or x.lowers[first - 1] == ",":
        return content  # "As the Post reported, even then ...": the main clause is the report
    end = x.tok_at(content.end)
    for c in range(first, end - 1):
        if x.toks[c].text == "," and opens_main_clause(x, c + 1, end) and not x.in_quote_marks(x.toks[c].start):
            return x.trim(content.start, x.toks[c].start)
    return content


def opens_main_clause(x: Context, k: int, end: int) -> bool:
    """After the comma of a fronted clause: a subject, then (soon) its verb."""
    word = x.lowers[k]
    if word in _MAIN_CLAUSE_OPENERS:
        return True
    if word in DETERMINERS or word in AUXILIARIES or word in _SUBORDINATORS or word in ADJUNCT_HEADS \
            or word in _NOT_SUBJECTS or word.endswith("ly") or not word[:1].isalpha():
        return False  # "a five-minute drive from ...", "has yet to ...", "mostly in Arizona": no new clause
    if x.toks[k].text[:1].isupper():
        while k < end and (x.toks[k].text[:1].isupper() or x.lowers[k] in (".", "'s", "’s")):
            k += 1  # the name: "Mr. Obama", "Mrs. Clinton's"
        return k < end and x.lowers[k] not in (",", "and", "or")  # "Nevada, Colorado and Florida": a list
    for n in range(k + 1, min(end, k + _SUBJECT_WORDS)):
        if x.lowers[n] in (",", ".", ";", "and", "or"):
            return False
        if x.lowers[n] in AUXILIARIES or x.lowers[n].endswith(("n't", "n’t", "ed")) \
                or x.toks[n].start in x.cue_start_set:
            return True  # "employee benefits are ...", "riders cheered", "foreign policy experts affirm ..."
    return False
