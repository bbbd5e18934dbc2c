"""Where a report inside a fronted clause ends: "After the court refused to reinstate the law, the governor ..."."""

from __future__ import annotations

from newsgraph.model import Span
from newsgraph.quotes.context import ADJUNCT_HEADS, AUXILIARIES, DETERMINERS, Context

_SUBORDINATORS = frozenset({"after", "when", "while", "although", "though", "as", "because", "since", "if", "unless",
                            "before", "until", "once", "whereas", "despite"})
_NOT_SUBJECTS = frozenset({"and", "or", "but", "which", "who", "whose", "where", "such", "now", "as", "along", "taken",
                           "current", "more", "even", "not", "including"})
_SUBJECT_WORDS = 6
# what may open the main clause after a fronted one: "After X said ..., the mayor ..."
_MAIN_CLAUSE_OPENERS = frozenset({"the", "his", "her", "their", "its", "our", "it", "he", "she", "they", "we", "i",
                                  "there", "that", "this", "these", "those", "some", "many", "most", "others",
                                  "another"})


def end_of_fronted_clause(x: Context, content: Span, lo: int, i: int) -> Span:
    """'After the court refused to reinstate the law, the governor blamed ...': the report ends with its clause."""
    k = lo
    while k < i and not x.lowers[k][:1].isalnum():
        k += 1
    first = x.tok_at(content.start)
    if k >= i or x.lowers[k] not in _SUBORDINATORS or x.lowers[first - 1] == ",":
        return content  # "As the Post reported, even then ...": the main clause is the report
    end = x.tok_at(content.end)
    for c in range(first, end - 1):
        if x.toks[c].text == "," and _opens_main_clause(x, c + 1, end) and not x.in_quote_marks(x.toks[c].start):
            return x.trim(content.start, x.toks[c].start)
    return content


def _opens_main_clause(x: Context, k: int, end: int) -> bool:
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
