"""Speaker types for the sourcing profile (named person or organisation, anonymous, document), and who can hold
a view."""

from __future__ import annotations

from functools import cache

from newsgraph import lexicons
from newsgraph.actors.lexicon import common_words, human_nouns, org_suffixes
from newsgraph.actors.phrases import ANONYMOUS_HEADS
from newsgraph.model import Actor

_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who"})
_DEFINITE = frozenset({"the", "this", "that", "his", "her", "their", "its", "our", "my", "your"})
# "Others supported the bid", "Both want ...", "about 4 in 10 want ...": a share of people
_SHARES = frozenset({"others", "many", "some", "most", "both", "few", "several", "majority", "minority", "half",
                     "percent", "%", "plurality"})

SURVEY_PARTICIPLES = frozenset({"surveyed", "polled", "questioned", "interviewed", "sampled"})


@cache
def _organisation_heads() -> frozenset[str]:
    """Common nouns that name an organisation ("agency", "committee", "campaign") when no name goes with them."""
    return frozenset(org_suffixes()) | {"campaign", "team", "firm", "administration"}  # "agency", "group": suffixes


@cache
def _document_sources() -> frozenset[str]:
    return lexicons.word_set("document_sources.txt")


def speaker_type(actor: Actor | None, text: str) -> str:
    """named_person | named_organization | anonymous | document | unresolved (the quote layer adds author: "I" in
    the text)."""
    if actor is None:
        words = text.lower().split()
        head = words[-1] if words else ""
        if head in _document_sources():
            return "document"  # "the report said", "a 2022 survey finds"
        organisation = head in _organisation_heads() and text[-len(head):].islower()
        if organisation and any(w[:1].isupper() for w in text.split()[1:-1]):
            return "named_organization"  # "the Clinton campaign", "the Bush administration": whose it is
        if head in ANONYMOUS_HEADS or organisation:
            return "anonymous"  # "one source", "the agency said", "his campaign said": no one named
        definite_one = len(words) > 1 and words[0] in _DEFINITE and not head.endswith("s")
        if head not in _PERSONAL_PRONOUNS and not definite_one and can_hold_view(text):
            # "some say", "many believe", "supporters argue", "a friend said": people, none named; "the candidate"
            # and "the businessman" point back to someone the article names, so they stay unresolved
            return "anonymous"
        return "unresolved"
    # "Israel's chief military spokesperson, Rear Admiral Daniel Hagari": described first, then named
    named = any(m.kind == "name" for m in actor.mentions)
    if actor.kind == "person":
        return "named_person" if actor.rule.startswith(("person.", "name.")) or named else "anonymous"
    if actor.kind in ("organization", "country"):
        return "named_organization" if not actor.rule.startswith("description") or named else "anonymous"
    return "anonymous"


@cache
def _people_nouns() -> frozenset[str]:
    return human_nouns() | ANONYMOUS_HEADS | lexicons.word_set("view_holders.txt")


def can_hold_view(text: str) -> bool:
    """An unresolved subject that names people ("I", "who", "One member", "many voters"), not a thing."""
    words = text.lower().split()
    if not words:
        return False
    if len(words) > 1 and words[-1] in SURVEY_PARTICIPLES:
        words = words[:-1]  # "the senators surveyed"
    if len(words) > 2 and words[-2] in ("under", "over", "aged") and words[-1].isdigit():
        words = words[:-2]  # "men under 35"
    head = words[-1]
    if head in _SHARES or (head.isdigit() and len(words) > 1 and words[-2] == "in") \
            or (head.endswith("%") and head[:-1].replace(".", "").isdigit()):  # "32%"
        return True
    return head in _PERSONAL_PRONOUNS or head in _people_nouns() or head.removesuffix("s") in _people_nouns()


def is_proper_name(text: str) -> bool:
    """'Bolton', 'Judicial Watch': a name the actor layer did not resolve, which can hold a view ('Whenever' cannot)."""
    words = text.split()
    if len(words) == 1 and (words[0].lower() in common_words() or words[0].lower() in _PERSONAL_PRONOUNS):
        return False
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
