"""Trailing sources: the statement before the comma, the source after it ("..., a source said", "..., said Brown")."""

from __future__ import annotations

from newsgraph.actors.phrases import WHEN_OR_WHERE_OPENERS, object_after
from newsgraph.actors.phrases import Argument as Speaker
from newsgraph.model import Span
from newsgraph.quotes.context import (
    AUXILIARIES,
    DETERMINERS,
    RECIPIENT_VERBS,
    SUBJECT_PRONOUNS,
    TAIL_PREPOSITIONS,
    Context,
)
from newsgraph.quotes.cues import Cue

_ING_NOT_PARTICIPLES = frozenset({"nothing", "something", "anything", "everything", "during", "morning", "evening",
                                  "including", "building", "meeting", "spring", "thing", "string", "ceiling"})

_ADJUNCT_TAIL_WORDS = 16
_CLAUSE_WORDS = frozenset({"that", "whether", "if", ":", ";", '"', "“", "”", "'", "‘", "’", "''"})


def named_source_after_comma(x: Context, i: int, j: int, lo: int, hi: int) -> Speaker | None:
    """'..., said Ms. Gil, with ...': a cue between a comma and a named actor set off by punctuation."""
    if i - 1 <= lo + 1 or x.toks[i - 1].text != "," or x.inside_quote(x.toks[i].start) is not None \
            or j - i > 1 or x.lowers[i].endswith("ing"):
        return None  # "..., referring to Cruz.": the one referred to, not a source
    source = object_after(x.toks, j, x.index, hi)
    if source is None or source.actor is None or source.span.start != x.toks[j].start:
        return None
    after = x.tok_at(source.span.end)
    return source if after >= hi or x.toks[after].text in (",", ".", "!", "?", ";") else None


def source_after(x: Context, speaker: Speaker | None, sent: Span, comma: int, cue_span: Span, cue: Cue) -> None:
    """The statement is the clause before the comma; the source follows it."""
    content = x.trim(sent.start, x.toks[comma].start)
    if speaker is not None and len(content) > 10:
        x.add("indirect", content, "indirect.source_after", cue_span, speaker, cue, 0.8)


def comma_clause_start(x: Context, i: int, lo: int) -> int | None:
    """The comma that ends the content before a trailing source ("..., a source said")."""
    k = i - 1
    steps = 0
    while k > lo and steps < 12:
        t = x.toks[k].text
        if t in (",", "—", "–"):
            return k if k > lo + 1 else None
        if t in ('"', "”", "''", "’") and x.toks[k - 1].text in (",", "?", "!"):
            return k - 1 if k - 1 > lo + 2 else None  # 'he "made a mistake," Lichtman said'
        if t == "." and k > lo and (len(x.toks[k - 1].text) <= 3 and x.toks[k - 1].text[:1].isupper()):
            k -= 1  # "Mr." inside the source's name
            steps += 1
            continue
        if t in (".", ";", ":", '"', "”", "“"):
            return None
        k -= 1
        steps += 1
    return None


def tail_is_recipient(x: Context, j: int, hi: int, cue: Cue) -> bool:
    """'..., Obama told his advisers as he labored ...': after the cue, a recipient and a subordinate clause."""
    rest = x.lowers[j:hi]
    if len(rest) <= 6 and (not rest or rest[-1] in (".", "!", "?")):
        # "..., Obama told his advisers." but not "Hours later, Intel said the event was canceled."
        if not rest or rest[0] in (".", "!", "?"):
            return True
        if rest[0] in SUBJECT_PRONOUNS or any(w in AUXILIARIES and w not in ("'s", "’s") for w in rest[1:]):
            return False
        # "..., he said in a statement." but not "..., Eric Holder announced his resignation."
        return cue.lemma in RECIPIENT_VERBS or rest[0] in WHEN_OR_WHERE_OPENERS \
            or rest[0] in TAIL_PREPOSITIONS or x.toks[j].text[:1].isupper()
    if not rest or rest[0] in (",", "that", ":") or rest[0].partition("'")[0] in SUBJECT_PRONOUNS:
        return False  # a parenthetical ("he said, ...") or a complement ("said he'd serve as ..."), not a source
    # "..., a police officer told AP on the condition of anonymity as ...": the terms of the source, not its words
    return any(w in ("as", "while", "when", "after", "before", "during") for w in rest[1:6]) \
        or "anonymity" in rest[:8] or adjunct_tail(x, j, hi)


def adjunct_tail(x: Context, j: int, hi: int) -> bool:
    """'..., Wilkin said during his campaign speech to voters.': only where and when follow the cue."""
    rest = x.lowers[j:hi]
    if not rest or len(rest) > _ADJUNCT_TAIL_WORDS or rest[-1] not in (".", "!", "?") \
            or not (rest[0] in WHEN_OR_WHERE_OPENERS or rest[0] == "during" or (
                rest[0] == "to" and rest[1] in DETERMINERS)) or rest[:2] == ["at", "least"]:
        return False  # "to a cheering crowd", not "to build ..."; "at least six planes ..." is an object
    return not any(w in AUXILIARIES or w in SUBJECT_PRONOUNS or w in _CLAUSE_WORDS for w in rest)


def comma_after_when_or_where(x: Context, j: int, hi: int) -> int | None:
    """'..., Hollande said Tuesday in Paris, noting ...': the comma after a cue's when and where."""
    if j >= hi or x.lowers[j] not in WHEN_OR_WHERE_OPENERS:
        return None
    for k in range(j + 1, min(hi, j + 8)):
        w = x.lowers[k]
        if w == ",":
            return k
        if w in ("that", "for", "about", "to", "against", ":", '"', "“", "”", ";") or w in AUXILIARIES:
            return None  # "called Friday for releasing ...": what was said, not when
    return None


def source_ends_report(x: Context, j: int, hi: int) -> bool:
    """'..., she said, adding ...' and '..., she said on Monday, noting ...' end the sentence's report;
    '..., she said, were ...' goes on with the clause it interrupts."""
    if j < hi and x.lowers[j] == ",":
        after = x.lowers[j + 1] if j + 1 < hi else ""
        if not (len(after) > 5 and after.endswith("ing") and after not in _ING_NOT_PARTICIPLES):
            return False
        # "..., he said, replacing Clinton would be ...": a gerund subject, the clause goes on
        rest = x.lowers[j + 2 : min(hi, j + 6)]
        return not rest or rest[0] in ("that", "to", ",", ":") or not any(w in AUXILIARIES for w in rest)
    comma = comma_after_when_or_where(x, j, hi)
    if comma is None:
        return False
    after = x.lowers[comma + 1] if comma + 1 < hi else ""
    return not (after in AUXILIARIES or after.endswith("ed"))


def subject_of_complement(x: Context, speaker: Speaker, hi: int) -> bool:
    """'said he has spoken', 'said the candidate could win': the noun after the cue opens its clause."""
    k = x.tok_at(speaker.span.end)
    if k >= hi:
        return False
    return x.lowers[k] in AUXILIARIES or (
        x.text[speaker.span.start : speaker.span.end].lower() in SUBJECT_PRONOUNS
        and x.toks[k].text[:1].isalpha())


def is_inverted(x: Context, i: int, lo: int) -> bool:
    """'..., said Brown': a cue right after the content's comma; a participle ('..., telling ...') never is."""
    return i > lo and x.toks[i - 1].text in (",", '"', "”", "’", "''", "'") and not x.lowers[i].endswith("ing")
