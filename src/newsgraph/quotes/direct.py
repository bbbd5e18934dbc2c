"""Direct quotes: the speaker after, before or in the sentence ending in a colon, and quotes that inherit one."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newsgraph.actors.phrases import WHEN_OR_WHERE_OPENERS, object_after, subject_before
from newsgraph.actors.phrases import Argument as Speaker
from newsgraph.model import Span
from newsgraph.quotes.context import SHORT_QUOTE_WORDS, TAIL_PREPOSITIONS, Context, Found
from newsgraph.quotes.headlines import turn_label
from newsgraph.quotes.marks import Quoted
from newsgraph.quotes.subjects import (
    SPEAKING_PRONOUNS,
    after_relative,
    is_noun_use,
    names_an_office,
    relative_antecedent,
    speaker_of_cue,
)


def direct_quotes(x: Context) -> None:
    previous: Found | None = None
    for q in x.quoted:
        words = len(x.text[q.inner.start : q.inner.end].split())
        if q.single or (words < SHORT_QUOTE_WORDS and not stands_alone(x, q)):
            continue  # fragments are decided after reported speech is known
        found = _labelled_turn(x, q) or _speaker_after(x, q) or _speaker_before(x, q) or _colon(x, q) \
            or _dash_credit(x, q)
        if found is None and previous is not None and previous.quote_ref is not None:
            gap = x.text[previous.quote_ref.span.end : q.span.start].strip().lower()
            if gap in ("and", "and that", ", and", ", and that", "or", "but", "but that"):
                found = Found(previous.kind, q.span, "direct.inherit", previous.cue, previous.speaker, 0.75)
        if found is None and previous is not None and (q.continues or stands_alone(x, q)) \
                and not _sentence_goes_on(x, q):
            breaks = x.text.count("\n\n", previous.content.end, q.span.start)
            if breaks <= 2 and previous.speaker is not None:
                # one statement in several quotes: it keeps the cue while the paragraph goes on
                cue = previous.cue if breaks == 0 or q.continues else None
                found = Found("direct", q.span, "direct.inherit", cue, previous.speaker, 0.65)
        if found is None:
            if not stands_alone(x, q) or (words < SHORT_QUOTE_WORDS and not _ends_its_sentence(x, q)):
                continue  # a quoted stretch inside a sentence, or a title it goes on from: decided with the fragments
            found = Found("direct", q.span, "direct.no_speaker", None, None, 0.4)
        found.quote_ref = q
        x.found.append(found)
        previous = found if found.speaker is not None else previous


def inherit_backwards(x: Context) -> None:
    """ "A." "B," she said. -> A belongs to the same statement as B (same paragraph)."""
    for k, f in enumerate(x.found):
        if f.rule != "direct.no_speaker":
            continue
        for g in x.found[k + 1 :]:
            if g.speaker is None or g.kind not in ("direct", "mixed") or g.quote_ref is None:
                continue
            if "\n\n" in x.text[f.content.end : g.content.start]:
                break
            f.speaker, f.cue, f.rule, f.confidence = g.speaker, g.cue, "direct.inherit_next", 0.65
            break


def inherit_from_report(x: Context) -> None:
    """'Trump said the men could be terrorists. "Syrians are now being caught ..."': a quotation with no speaker
    of its own that follows a report goes on in the reporter's words; so does one that would otherwise take
    the speaker of a quotation further back, past the report."""
    reports = sorted((g.cue.start, n) for n, g in enumerate(x.found)
                     if g.speaker is not None and g.kind != "scare" and g.cue is not None)
    report_starts = [at for at, _n in reports]
    quotations = sorted((g.content.start, g.content.end) for g in x.found if g.quote_ref is not None)
    for f in x.found:
        if f.rule not in ("direct.no_speaker", "direct.inherit"):
            continue
        k = bisect_right(x.sent_starts, f.content.start - 1) - 1  # the sentence before the quotation's
        if k < 0 or x.text.count("\n\n", x.doc.sentences[k].end, f.content.start) > 1:
            continue
        before = x.doc.sentences[k]
        if f.rule == "direct.inherit":
            q = bisect_right(quotations, (before.end, before.end)) - 1
            if q >= 0 and quotations[q][1] > before.start:
                continue  # the quote before is right there: this one goes on from it
        lo, hi = bisect_left(report_starts, before.start), bisect_left(report_starts, before.end)
        last = next((x.found[n] for _at, n in reversed(reports[lo:hi]) if x.found[n].content.end <= f.content.start),
                    None)
        if last is not None:
            f.speaker, f.cue, f.rule, f.confidence = last.speaker, last.cue, "direct.after_report", 0.6
            continue
        subject = _person_opening(x, before)
        if subject is not None and not x.in_quote_marks(before.start):
            f.speaker, f.cue, f.rule, f.confidence = subject, None, "direct.after_subject", 0.5


def _person_opening(x: Context, sent: Span) -> Speaker | None:
    """'Howard pressed on. "..."': the person a sentence opens on."""
    first = x.tok_at(sent.start)
    lead = first
    while lead < min(first + 3, len(x.toks)) and x.toks[lead].text.isalpha() and not x.index.starting_at(
            x.toks[lead].start, x.toks[lead].start):
        lead += 1  # "Harbour master Ines Moreau ...": a title before the name
    found = x.index.starting_at(x.toks[lead].start, x.toks[lead].start) if lead < len(x.toks) else None
    if found is None or found[2].kind != "person" or x.text[found[1] : found[1] + 2] in ("'s", "’s") \
            or x.text[found[0] : found[1]].lower() in ("his", "her", "their"):
        return None  # "Adler's aide ...", "His aide ...": the possessor does not speak
    return Speaker(Span(found[0], found[1]), found[2])


def stands_alone(x: Context, q: Quoted) -> bool:
    """The quote is its own sentence or paragraph (no words of the sentence outside it)."""
    sent = x.sentence_of(q.span.start)
    before = x.text[sent.start : q.span.start].strip()
    return not before or before.endswith(":")


def _ends_its_sentence(x: Context, q: Quoted) -> bool:
    """'"Top secret" was stamped on ...': a short quotation the sentence goes on from names a phrase or a title."""
    sent = x.sentence_of(q.span.start)
    return not any(c.isalnum() for c in x.text[q.span.end : sent.end])


def _sentence_goes_on(x: Context, q: Quoted) -> bool:
    """'"The Big Short" was nominated ...': the sentence is about the quoted words, a title or a phrase."""
    sent = x.sentence_of(q.span.start)
    words = x.text[q.inner.start : q.inner.end].split()
    titled = all(w[:1].isupper() for w in words if len(w) > 3)
    return titled and x.text[q.span.end : sent.end].lstrip()[:1].isalpha()


def _speaker_after(x: Context, q: Quoted) -> Found | None:
    sent = x.sentence_of(max(q.span.start, q.span.end - 1))
    lo = x.tok_at(q.span.end)
    hi = min(x.tok_at(sent.end), lo + 20)
    last = x.text[q.inner.start : q.inner.end].rstrip("'’")[-1:]  # "... say, 'Why?'": the nested quote's mark
    extended = hi <= lo and last in ("?", "!")
    if extended:
        # '"Can we win Illinois?" Mr. Manafort asked.': the splitter ended the sentence at the mark
        hi = min(x.tok_at(x.sentence_of(q.span.end + 1).end), lo + 5)
    goes_on = q.span.end < sent.end - 2 and x.text[q.span.end : q.span.end + 3].strip()[:1] not in (
        ",", "", "?", "!")
    if goes_on and last not in (",", "?", "!"):
        return None  # the sentence goes on without a comma: a quote inside a longer sentence
    for i, j, cue in x.cues_between(lo, hi):
        if (cue.cls in ("cognition", "intention") and not (j >= len(x.lowers) or x.lowers[j] in (".", ",", "!", "?")
                                                          or (i == lo and x.toks[j].text[:1].isupper()))) \
                or (names_an_office(x, i, j, hi) and not _ends_frame(x, i, j)) \
                or (i > lo and x.lowers[i - 1] in ("the", "a", "an") and is_noun_use(x, i, j, lo, hi)):
            continue  # '"...," Adler concluded.' frames the quotation; '"...," Adler thinks the toll ...' does not;
            # '"...," the report concluded': the noun, then the cue
        if extended and j < len(x.lowers) and not (
                x.lowers[j] in (".", ",", "!", "?", ";", "about", "of") or x.lowers[j] in TAIL_PREPOSITIONS
                or x.lowers[j] in WHEN_OR_WHERE_OPENERS):
            continue  # '"Is it fair?" The mayor said the toll was ...': a sentence of its own
        speaker = None
        if i > lo:
            speaker = subject_before(x.toks, i, x.index, floor=lo)
        if speaker is None and i == lo + 1 and x.lowers[lo] in SPEAKING_PRONOUNS:
            # '"...," she said.': no antecedent found; '"...," she said several months later': no inverted speaker
            speaker = Speaker(Span(x.toks[lo].start, x.toks[lo].end), None)
        if speaker is None and cue.lemma not in ("tell",):
            speaker = object_after(x.toks, j, x.index, hi)
        if speaker is not None:
            lead = _paraphrase_before(x, q)
            if lead is not None:  # 'The plan was "a swindle," Moreau said.': her words and the writer's
                return Found("mixed", x.trim(lead, q.span.end), "direct.speaker_after", x.cue_span(i, j),
                             speaker, 0.85)
            return Found("direct", q.span, "direct.speaker_after", x.cue_span(i, j), speaker, 0.9)
    return None


# '"..." ― Carla Sanchez': a dash and a name on the rest of the quotation's line credit it (an epigraph, a round-up
# of readers' words); after the name only its description may follow ("― Ana Ruiz, 34, a nurse")
_DASH_CREDIT = re.compile(r"[ \t\u00a0]*(―|—|–|--?)[ \t\u00a0]*")
_CREDIT_WORD = re.compile(r"[^\W\d_][\w.'’-]*[ \t\u00a0]*")
_CREDIT_END = re.compile(r"[ \t\u00a0]*(?:[.,]|$)", re.MULTILINE)  # "― Ana Ruiz, 34, a nurse"
_CREDIT_WORDS = 4


def _dash_credit(x: Context, q: Quoted) -> Found | None:
    dash = _DASH_CREDIT.match(x.text, q.span.end)
    line_start = x.text.rfind("\n", 0, q.span.start) + 1
    if dash is None or not (stands_alone(x, q) or not x.text[line_start : q.span.start].strip()):
        return None  # '... was "the No. 1 force."--Kim Hjelmgaard': the reporter signs off a story
    at = end = dash.end()
    mention = x.index.starting_at(at, at)
    if mention is not None:
        end = mention[1]
    else:
        for _ in range(_CREDIT_WORDS):  # the capitalised words of a name the actor layer does not know
            word = _CREDIT_WORD.match(x.text, end)
            if word is None or not word.group()[0].isupper():
                break
            end = word.end()
        end = at + len(x.text[at:end].rstrip(" \t\u00a0"))
    if end == at or _CREDIT_END.match(x.text, end) is None:
        return None
    return Found("direct", q.span, "direct.dash_credit", Span(*dash.span(1)),
                 Speaker(Span(at, end), mention[2] if mention else None), 0.8)


def _labelled_turn(x: Context, q: Quoted) -> Found | None:
    """'"WALLACE: Let's start with ...': a quoted transcript turn is its label's."""
    turn = turn_label(x.text, q.inner.start, q.inner.end, x.index)
    if turn is None:
        return None
    speaker, colon = turn
    return Found("direct", q.span, "direct.transcript_label", colon, speaker, 0.85)


def _ends_frame(x: Context, i: int, j: int) -> bool:
    """'"...," the ad states.': a frame verb that ends its clause is a verb, even where the actor layer read
    "ad states" as a group."""
    return x.lowers[i] == "states" and (j >= len(x.lowers) or x.lowers[j] in (".", ","))


def _paraphrase_before(x: Context, q: Quoted) -> int | None:
    """Where the writer's lead-in to a quote starts, when the quote opens inside its sentence with no cue before."""
    if stands_alone(x, q):
        return None
    sent = x.sentence_of(q.span.start)
    lo, hi = x.tok_at(sent.start), x.tok_at(q.span.start)
    if any(not is_noun_use(x, i, j, lo, hi) for i, j, _cue in x.cues_between(lo, hi)):
        return None
    return sent.start


def _speaker_before(x: Context, q: Quoted) -> Found | None:
    sent = x.sentence_of(q.span.start)
    lo, hi = x.tok_at(sent.start), x.tok_at(q.span.start)
    for i, j, cue in reversed(x.cues_between(lo, hi)):
        if cue.cls == "according_to":
            continue
        between = x.text[x.toks[j - 1].end : q.span.start].strip()
        words = between.split()
        direct_join = between in ("", ",", ":", "that", ", that") or (between.endswith((",", ":")) and (
            len(words) <= 8 or (len(words) <= 16 and words[0].lower() in WHEN_OR_WHERE_OPENERS
                                and "that" not in words)))  # 'said in the spring, when the story broke, "..."'
        if not direct_join:
            continue
        speaker = speaker_of_cue(x, i, lo, sent)
        if speaker is None and i == lo and x.toks[i].text[:1].isupper():
            speaker = object_after(x.toks, j, x.index, hi)  # 'Said Moreau: "..."': the subject after its verb
        if speaker is None and between in ("", ",", ":") and after_relative(x, i, lo):
            # 'a sign that read "..."', 'a video that said, "..."': the thing the relative clause is about
            speaker = relative_antecedent(x, i - 1, lo)
        if speaker is not None:
            kind = "mixed" if between.strip().lower().startswith("that") else "direct"
            return Found(kind, q.span, "direct.speaker_before", x.cue_span(i, j), speaker, 0.85)
    return None


def _colon(x: Context, q: Quoted) -> Found | None:
    before = x.text[: q.span.start].rstrip()
    if not before.endswith(":"):
        return None
    sent = x.sentence_of(len(before) - 1)
    lo, hi = x.sentence_tokens(sent)
    hi = min(hi, x.tok_at(len(before) - 1))  # the splitter may run the sentence on into the quote
    sent = Span(sent.start, min(sent.end, len(before)))
    for i, j, cue in reversed(x.cues_between(lo, hi)):
        if cue.lemma in ("quote", "cite") and cue.cls == "report":
            # "The Times quoted Evelyn Farkas ... to point out:" -> Farkas, reported by the Times
            quoted_person = object_after(x.toks, j, x.index, hi)
            outer_speaker = subject_before(x.toks, i, x.index, floor=lo)
            if quoted_person is not None:
                outer = Found("direct", q.span, "direct.colon+quoted_by", x.cue_span(i, j), outer_speaker,
                              0.8)
                x.found.append(outer)
                inner = Found("direct", q.span, "direct.colon", _point_out_cue(x, lo, hi) or
                              x.cue_span(i, j), quoted_person, 0.85)
                inner.outer_of = len(x.found) - 1
                return inner
        speaker = subject_before(x.toks, i, x.index, floor=lo)
        if speaker is not None:
            return Found("direct", q.span, "direct.colon", x.cue_span(i, j), speaker, 0.85)
    first = x.index.within(sent.start, sent.end)
    if first:
        s, e, actor = first[0]
        # "... boomed: '...'": with no reporting verb, the colon itself introduces the quotation
        colon = Span(len(before) - 1, len(before))
        return Found("direct", q.span, "direct.colon", colon, Speaker(Span(s, e), actor), 0.6)
    return None


def _point_out_cue(x: Context, lo: int, hi: int) -> Span | None:
    for i, j, cue in x.cues_between(lo, hi):
        if cue.cls == "speech":
            return x.cue_span(i, j)
    return None
