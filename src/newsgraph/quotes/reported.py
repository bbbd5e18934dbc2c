"""Reported speech: a reporting verb with its clause or object, "according to X", and the agent of a passive stance."""

from __future__ import annotations

import re
from bisect import bisect_right

from newsgraph import lexicons
from newsgraph.actors.phrases import TEMPORAL, noun_phrase_before, object_after, subject_before
from newsgraph.actors.phrases import Argument as Speaker
from newsgraph.model import Span
from newsgraph.quotes.context import (
    ADJUNCT_HEADS,
    AUXILIARIES,
    CLAUSE_END,
    COMPLEMENT_HEADS,
    DETERMINERS,
    INVERTING_VERBS,
    RECIPIENT_VERBS,
    Context,
)
from newsgraph.quotes.cues import Cue
from newsgraph.quotes.fragments import past_possessed_title
from newsgraph.quotes.fronted import end_of_fronted_clause, opens_main_clause
from newsgraph.quotes.in_source import source_nouns
from newsgraph.quotes.marks import Quoted
from newsgraph.quotes.speakers import can_hold_view, is_proper_name
from newsgraph.quotes.subjects import (
    OBJECT_PRONOUNS,
    RELATIVE_PRONOUNS,
    after_relative,
    fronted_participle_subject,
    in_compound,
    in_relative_aside,
    in_restrictive_relative,
    infinitive_subject,
    is_infinitive,
    is_noun_use,
    passive_or_idiom,
    plausible_speaker,
    relative_antecedent,
    relative_pronoun_before,
    scene_before,
    speaker_of_cue,
)
from newsgraph.quotes.trailing import (
    adjunct_tail,
    comma_after_when_or_where,
    comma_clause_start,
    is_inverted,
    named_source_after_comma,
    source_after,
    source_ends_report,
    subject_of_complement,
    tail_is_recipient,
)

_ZERO_THAT_VERBS = frozenset({"say", "tell", "add", "write", "claim", "argue", "warn", "report", "insist", "note",
                              "admit", "acknowledge", "predict", "estimate", "suggest", "complain", "declare"})
# verbs whose content may be a plain object ("denies any wrongdoing", "announced his candidacy")
_OBJECT_VERBS = frozenset({"deny", "confirm", "announce", "reveal", "disclose", "acknowledge", "admit", "predict",
                           "promise", "pledge", "vow", "cite", "mention", "describe", "recall", "show", "find",
                           "stress", "emphasize", "tout", "signal", "propose", "urge", "call", "accuse"})
# a phrasal cue ending in one of these takes its content as an object ("talked about the economy")
_OBJECT_PREPOSITIONS = frozenset({"about", "of", "on", "for", "against", "with", "at", "to", "from"})
# with a plain object these win something rather than say it ("claimed 41 percent of the vote")
_WINNING_VERBS = frozenset({"claim", "post"})
_NAME_JOINERS = frozenset({"for", "of", "the", "and", "de"})
_AFTER_LONE_NAME = frozenset({".", ",", ";", ":", ")", "—", "–", "which", "that", "who", "and", "but", "to", "back",
                              "again", "twice", "funded", "led", "run", "based"})
_APPOSITIVE_STARTS = frozenset({"his", "her", "their", "its", "the", "a", "an"})
_GOAL_VERBS = frozenset({"seek"})  # "seeking a fifth term": a goal, not a stance ("sought to calm ..." is one)
# "see X as Y", "regard X as Y": a view of X
_AS_VERBS = frozenset({"see", "regard", "consider", "portray", "describe"})
_AS_WINDOW = 9
_NOT_VERBS = DETERMINERS | {"that"}  # "to the", not "to be"
_NAMED_OBJECTS = OBJECT_PRONOUNS | {"it"}  # "called her weak" names her; "a bill critics called anti-gay" has a gap
_NAMING_VERBS = frozenset({"call", "dub", "label", "brand"})
_NAMING_IDIOMS = frozenset({"quits", "off", "day", "night"})
_TO_VERBS = frozenset({"urge", "ask", "promise", "vow", "pledge", "warn", "tell", "plan", "want", "hope",
                       "intend", "expect", "wish", "agree", "threaten", "decline", "refuse", "seek", "call"})
_FRONT_ADVERBIALS = frozenset({"in", "on", "at", "during", "after", "before", "earlier", "later", "last",
                               "yesterday", "today", "while", "repeatedly", "again", "also",
                               "publicly", "privately", "recently", "once", "for", "however", "too", "though",
                               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_AMOUNT_WORDS = frozenset({"half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "twice", "dozen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousands"})
_RELATIVES = RELATIVE_PRONOUNS | {"whom", "what"}
_COMMA_TO_CUE_WORDS = 9  # from the comma before a trailing source to its cue: "..., a senior official said"
_UTTERANCE_ENDS = frozenset({",", ".", "?", "!"})
_ANAPHORIC_FRAMES = frozenset({"that's", "that is", "that was", "this is", "this was"})
_ASIDE_MARKS = frozenset({",", "—", "–", "-", "--"})  # what sets off "according to X" inside a clause
# what may come right before the "it" of "it was reported that ...": its clause opens there
_CLAUSE_OPENERS = frozenset({"though", "although", "and", "but", "because", "as", "while", "since", "so", "yet",
                             "where", "when", "if", "now", "still", "also"})
_BE_FORMS = frozenset({"is", "was", "are", "were", "be", "being", "been"})
_PASSIVE_AUXILIARIES = _BE_FORMS | {"has", "have", "had", "will", "would", "could", "may", "might", "also", "not",
                                    "never", "often", "long", "already", "since", "again"}
# where the subject of a passive starts, looking back from its auxiliary
_PASSIVE_SUBJECT_BOUNDS = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "and", "but", "that", "which",
                                     "who", "while", "because", "when", "as", "if", "although"})
MAX_CUES_PER_SENTENCE = 60  # more reporting verbs than this in one sentence is not prose
_NEXT_REPORT_CHECKS = 12
_TRAILING_SOURCE_WORDS = 7
_VENUES = lexicons.entries("statement_venues.txt")
_VENUE_NOUNS = [re.escape(v) for v in _VENUES if not v.startswith("=")]
_VENUE_NAMES = [re.escape(v[1:]).replace(r"\ ", r"\s+") for v in _VENUES if v.startswith("=")]
# ", the fossil fuel industry and super PACs": a comma inside a list of objects, not the end of the object;
# an element that opens with a participle or a connective is a clause of its own
_LIST_GOES_ON = r"\s(?![a-z]+ed\s|no\smatter\s|(?:yet|but|then|so|who|which|that)\s)[\w'’ -]{1,40},?\s(?:and|or)\s"
# where the object of a stance ends ("backed Rubio, and the money paid for ...")
_STANCE_OBJECT_END = re.compile(
    CLAUSE_END.pattern + r"|,(?!\d)(?!" + _LIST_GOES_ON + r")"
    r"|\s(?:and|but)\s+(?:has|had|have|is|was|are|were|will|would|did|also|he|she|they|we|I)\b|\s-\s"
    r"|\s(?:on|last|this|next|early|late)\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|"
    r"year|night|morning|evening|weekend)\b|\s(?:during|at)\s+(?:a|an|the|his|her|their|its|length)\b"
    r"|\s(?:in|since|until)\s+(?:early\s+|late\s+|mid-)?(?:(?i:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)|(?:19|20)\d\d)\b|\sin\s+the\s+(?:last|past|final|first)\s"
    r"|\sfollowing\s+(?:the|a|an|his|her|their|its)\s"  # "backed Cruz in early June", "... following the attack"
    r"|\sby\s+(?:\d{1,3}(?![\d,])|double|wide|large|narrow)|\samong\s"  # "backs Sanders by 4 points among men"
    r"|\s(?:in|on)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:" + "|".join(_VENUE_NOUNS) + r")\b"
    r"|\son\s+(?:" + "|".join(_VENUE_NAMES) + r")\b")  # "attacked Cruz on Twitter", "in a radio interview"


def reported_speech(x: Context) -> None:
    direct_cues = {f.cue for f in x.found if f.cue is not None}
    per_sentence: dict[int, int] = {}
    for i, j, cue in x.cues:
        cue_span = x.cue_span(i, j)
        if cue_span in direct_cues:
            continue
        sent = x.sentence_of(cue_span.start)
        per_sentence[sent.start] = per_sentence.get(sent.start, 0) + 1
        if per_sentence[sent.start] > MAX_CUES_PER_SENTENCE:
            continue
        lo, hi = x.sentence_tokens(sent)
        if cue.frame_only and (j >= hi or x.lowers[j] != "that") and not _quote_follows(x, j, hi):
            continue  # "the borrowing continued", "went on the offensive": no report without a quotation
        if cue.cls == "according_to":
            _according_to(x, i, j, cue, sent, lo, hi)
        else:
            _verb(x, i, j, cue, sent, lo, hi)


def _verb(x: Context, i: int, j: int, cue: Cue, sent: Span, lo: int, hi: int) -> None:
    if in_compound(x, i, j, lo, hi):
        return  # "to show up at the polls"
    if in_restrictive_relative(x, i, j, lo, hi):
        return  # "Voters who backed Moreau say ...": who the voters are, not a stance of theirs
    if is_infinitive(x, i, lo):
        if cue.cls in ("epistemic", "intention"):
            return  # "refused to confirm", "is likely to admit": neither done nor held
        speaker = infinitive_subject(x, i, lo)
        if speaker is not None and x.inside_quote(x.toks[i].start) is None:
            _complement(x, i, j, cue, sent, lo, hi, speaker, None, f"indirect.infinitive.{cue.cls}")
        return
    says_quote = after_relative(x, i, lo) and _quote_follows(x, j, hi)
    if is_noun_use(x, i, j, lo, hi) and not says_quote:  # 'That said, ...' is an idiom; 'a sign that said "No"' not
        return
    if passive_or_idiom(x, i, lo):
        if not _expletive_passive(x, i, j, cue, sent, lo, hi) and not _as_reported_by(x, i, j, cue, sent, lo, hi):
            _passive_agent(x, i, j, cue, lo, hi)
        return
    cue_span = x.cue_span(i, j)
    named_after = named_source_after_comma(x, i, j, lo, hi)
    if named_after is not None:
        source_after(x, named_after, sent, i - 1, cue_span, cue)
        return
    word = x.toks[i].text.lower()
    nxt = x.toks[j].text if j < hi else "."
    # "..., a source said." / "..., sources told the Post." / "..., said Brown."
    end_of_sentence = j >= hi or nxt in (".", "!", "?") or (j + 1 >= hi)
    speaker = speaker_of_cue(x, i, lo, sent)
    if speaker is not None and speaker.actor is None and not plausible_speaker(x, speaker):
        speaker = None  # "Having announced", "more ambiguous remarks": no one is named
    if speaker is None and word.endswith("ing"):
        speaker = fronted_participle_subject(x, j, sent, hi)
    if speaker is None and says_quote:
        speaker = relative_antecedent(x, i - 1, lo)  # 'T-shirts that said "We won."': the shirts say it
    quote = x.inside_quote(cue_span.start)
    if quote is not None and (speaker is None or speaker.actor is None or speaker.span.start != quote.inner.start
                              or not _quoted_as_report(x, quote)):
        # '"I said ...", "... and Adler told us ..."' inside a quotation: the quoted speaker's words hold it;
        # 'The Times confirms "Ukrainian officials have asked ..."': a quotation that opens on a report nests it
        return
    comma_before = comma_clause_start(x, i, lo)
    trailing = (cue.cls in ("speech", "epistemic", "report") or (cue.cls == "cognition" and end_of_sentence)) and (
        end_of_sentence or tail_is_recipient(x, j, hi, cue) or source_ends_report(x, j, hi))
    source_words = _COMMA_TO_CUE_WORDS
    appositive = speaker is not None and comma_before is not None \
        and speaker.span.start < x.toks[comma_before].start  # "Miller, a retired worker, said ..."
    if appositive and speaker is not None and not word.endswith("ing") and (
            end_of_sentence or (cue.lemma in RECIPIENT_VERBS and hi - j <= 6) or adjunct_tail(x, j, hi)):
        # "..., his top aide, Tad Devine, told the Post.": the content ends before the appositive pair
        outer = comma_clause_start(x, x.tok_at(speaker.span.start), lo)
        if outer is not None and x.tok_at(speaker.span.start) - outer <= 6:
            title = comma_clause_start(x, outer, lo)  # "his top aide," before the name
            if title is not None and outer - title <= 5 and not any(
                    w in AUXILIARIES for w in x.lowers[title + 1 : outer]):
                outer = title
            comma_before, appositive = outer, False
            if speaker.actor is not None and x.lowers[i - 1] not in AUXILIARIES:
                source_words = i - outer  # "..., Howard Dean, the former governor of Vermont, proclaimed ..."
    if comma_before is not None and trailing and i - comma_before <= source_words and not appositive \
            and not word.endswith("ing") \
            and not scene_before(x, sent, comma_before) and x.lowers[comma_before + 1] not in _RELATIVES \
            and x.lowers[comma_before + 1] not in _NOT_SOURCE_OPENERS \
            and not _opens_inside_quote(x, sent):
        # "..., which the bank detailed in filings.": a relative clause, not a trailing source;
        # '"... tolls. I don't think they ought to rise," Moreau told ...': the quotation holds the sentence
        source_after(x, speaker or object_after(x.toks, j, x.index, hi), sent, comma_before,
                     cue_span, cue)
        return
    if speaker is None and is_inverted(x, i, lo):
        # "..., said Steven Taylor, a chairman of ...": the content is before the comma
        speaker = object_after(x.toks, j, x.index, hi)
        if speaker is not None and speaker.actor is None and x.text[speaker.span.start].islower() and not (
                cue.lemma in INVERTING_VERBS and can_hold_view(x.text[speaker.span.start : speaker.span.end])):
            return  # "..., saw their credit ratings fall": an object, not a source ("..., said several observers" is)
        if speaker is not None and subject_of_complement(x, speaker, hi):
            return  # "X (..), a superdelegate, said he has ...": the subject is lost, not inverted
        if speaker is not None and comma_before is not None:
            source_after(x, speaker, sent, comma_before, cue_span, cue)
            return
    if speaker is not None and comma_before is not None and x.lowers[comma_before + 1] == "as" \
            and i - comma_before <= 7 and cue.cls != "attitude" and nxt in (",", ".", ";") \
            and comma_before - x.tok_at(sent.start) > 4:
        # "The ferry will run in May, as Adler has said, and ...": the clause before "as" is what was said
        source_after(x, speaker, sent, comma_before, cue_span, cue)
        return
    if speaker is None or (cue.cls == "attitude" and speaker.actor is None
                           and not can_hold_view(x.text[speaker.span.start : speaker.span.end])
                           and not is_proper_name(x.text[speaker.span.start : speaker.span.end])):
        return  # an attitude needs someone to hold it ("support for X" alone is a noun)
    # parenthetical: "For now, he said, an effort ..."
    one_word_before = lo + 1 < i and x.toks[lo + 1].text == "," and speaker.span.start > x.toks[lo + 1].start
    comma_after = j if j < hi and x.toks[j].text == "," else comma_after_when_or_where(x, j, hi)
    if (comma_before is not None or one_word_before) and comma_after is not None \
            and not _opens_quote(x, comma_after + 1, hi):
        content = x.trim(x.toks[comma_after + 1].start if comma_after + 1 < hi else sent.end, sent.end)
        if len(content) > 10:
            x.add("indirect", Span(sent.start, content.end), "indirect.parenthetical", cue_span, speaker,
                  cue, 0.75)
        return
    _complement(x, i, j, cue, sent, lo, hi, speaker, quote, f"indirect.verb.{cue.cls}")


# ", and the council agreed.", ", where Adler has promised ...": a clause of its own, not a trailing source
_NOT_SOURCE_OPENERS = frozenset({"and", "but", "or", "where", "when", "while", "if", "because", "although", "though",
                                 "since", "until", "unless", "whereas", "before", "after", "regardless"})
_AFTER_SO = frozenset({"in", "too", "on", "at"})  # "said so in December": "so" is all that was said
_ASKED_ABOUT = frozenset({"if", "whether", "about", "why", "how", "what", "who", "when", "where"})
_RECIPIENT_PRONOUNS = frozenset({"me", "us", "him", "them"})  # not "her" or "you", which may go on to a noun


def _complement(x: Context, i: int, j: int, cue: Cue, sent: Span, lo: int, hi: int, speaker: Speaker,
                quote: Quoted | None, rule: str) -> None:
    """The clause or object a reporting verb takes: "said (that) ...", "told Y that ...", "backed Cruz"."""
    cue_span = x.cue_span(i, j)
    start = j
    if cue.lemma in RECIPIENT_VERBS and start < hi:
        recipient = object_after(x.toks, start, x.index, hi)
        if x.lowers[start] in _RECIPIENT_PRONOUNS and cue.lemma in ("tell", "assure", "remind", "inform"):
            start += 1  # "told me the ferry would run": the pronoun alone is the recipient
        elif recipient is not None and cue.lemma in ("tell", "assure", "remind", "inform"):
            start = x.tok_at(recipient.span.end)
            start = past_possessed_title(x, start, hi)  # "told NBC's “Today” that ..."
    if start < hi and x.toks[start].text in (",", ":"):
        start += 1
        if start < hi and x.toks[start].text[:1].islower() and x.lowers[start].endswith("ing"):
            return  # "Moreau said, clutching the lectern": what she did while saying it
    if start >= hi:
        return
    start = _skip_front_adverbial(x, start, hi, cue.lemma)
    head = x.toks[start].text.lower()
    if head not in COMPLEMENT_HEADS and head != "to" and cue.lemma in RECIPIENT_VERBS:
        # "asked their counterparts to help", "urged allies to ..."
        for k in range(start + 1, min(hi, start + 9)):
            if x.lowers[k] in ("to", "that") or (cue.lemma == "ask" and x.lowers[k] in _ASKED_ABOUT):
                head = "that"  # "asked Adler to ...", "asked Adler whether ...", "asked Adler about the toll"
                if cue.lemma == "ask" and x.lowers[k] in _ASKED_ABOUT:
                    start = k  # what was asked, not whom: "asked Adler whether the toll would rise"
                break
            if x.toks[k].text in (",", ".", ";"):
                break
    if head in ("yes", "no") and cue.lemma in ("say", "answer", "reply") and start + 1 < hi \
            and x.lowers[start + 1] in (".", ",", ";", "!"):
        # "Asked if ..., 46 percent said yes.": the answer is the statement
        x.add("indirect", Span(x.toks[start].start, x.toks[start].end), "indirect.answer", cue_span, speaker, cue,
              0.7)
        return
    if cue.lemma in _NAMING_VERBS and _lone_name(x, start, hi):
        return  # "a group called Citizens for Trump", "called Sanders on Monday": a name or a phone call, no view
    if head in ("it", "this") and cue.lemma in _NAMING_VERBS:
        if start + 2 >= hi or x.lowers[start + 1] in _NAMING_IDIOMS or x.lowers[start + 2] in _NAMING_IDIOMS:
            return  # "called it quits", "called it a day": idioms, not a name given
    elif cue.cls in ("speech", "cognition") and _points_back(x, start, hi):
        x.add("indirect", Span(x.toks[start].start, x.toks[start].end), rule, cue_span, speaker, cue, 0.5)
        return
    elif (head in ("so", "nothing", "little", "much") and not (
            start + 1 < hi and x.lowers[start + 1] == "of" and x.clause_like(start, hi))) or (
            head in ("it", "this") and not x.clause_like(start, hi)):
        return  # "said so", "said it"; but "said much of the talk was about ..." reports
    if head == "of" and cue.lemma == "say":
        # '"A fraud," she said of the governor, "..."': whom it was said of; "said of X that ..." goes on
        that = next((k for k in range(start + 1, min(hi, start + 10)) if x.lowers[k] in ("that", ",", ".")), None)
        if that is None or x.lowers[that] != "that":
            return
        start, head = that, "that"
    stance_object = False
    opens_quote = _opens_quote(x, start, hi)  # 'said, "No."'
    if opens_quote and any(f.rule == "direct.speaker_after" and f.content.start == x.toks[start].start
                           for f in x.found):
        return  # 'Feinstein said "I don't know ...," she said.': the quotation has its own speaker and cue
    if head == "to":
        if cue.lemma not in _TO_VERBS and cue.cls not in ("intention", "attitude"):
            return
    elif head not in COMPLEMENT_HEADS and not opens_quote and not x.clause_like(start, hi):
        phrasal = cue.lemma.rpartition(" ")[2] in _OBJECT_PREPOSITIONS
        approximate = start + 1 < hi and ((head == "about" and (
            x.lowers[start + 1][:1].isdigit() or x.lowers[start + 1] in _AMOUNT_WORDS))  # "said about half of ..."
            or (head == "at" and x.lowers[start + 1] in ("least", "most")))  # "reported at least six planes ..."
        if head in ADJUNCT_HEADS and not approximate and (cue.cls in ("speech", "report", "epistemic") or (
                cue.cls == "attitude" and not phrasal and head != "of")):
            return  # "said in a follow-up interview", "declined in every state": where, not what
        if cue.lemma == "add" and _puts_somewhere(x, start, hi):
            return  # "costs add up to ...", "added a new element to the mix": putting, not saying
        stance_object = cue.cls == "attitude" or phrasal
        object_ok = cue.cls in ("epistemic", "report", "attitude") or cue.lemma in _OBJECT_VERBS or phrasal
        sees_as = cue.lemma in _AS_VERBS and _as_soon_after(x, start, hi)  # "see him as a threat"
        found_by_study = cue.lemma == "find" and _names_a_study(x, speaker)  # "a June poll found Trump leading"
        wants_done = (cue.cls == "intention" or cue.lemma == "expect") and head not in ADJUNCT_HEADS \
            and _object_then_to(x, start, hi)  # "want all immigrants to be deported"
        if cue.lemma == "want" and not wants_done:
            stance_object = True  # "wants a vast expansion of ...": a stance toward what is wanted
        elif (cue.cls in ("cognition", "intention") and not sees_as and not found_by_study and not wants_done) \
                or not (object_ok or sees_as or wants_done or cue.lemma in _ZERO_THAT_VERBS) \
                or cue.lemma in _WINNING_VERBS or cue.lemma in _GOAL_VERBS:
            return  # "claimed 41 percent of the vote", "posted a victory": won, not said
    clause = x.clause(x.toks[start].start, sent.end, _STANCE_OBJECT_END if stance_object else CLAUSE_END)
    gap = _subject_gap(x, start) or (cue.lemma in _NAMING_VERBS and x.lowers[start] not in _NAMED_OBJECTS
                                     and not x.toks[start].text[:1].isupper())
    antecedent = _gap_antecedent(x, speaker, lo) if gap else None  # "a bill that critics called anti-gay"
    if clause is None:
        return
    whom = stance_object and x.text[clause.start : clause.end].lower() in ("him", "her", "them")  # "supported him"
    if antecedent is None and not opens_quote and not whom \
            and len(clause) < (3 if stance_object and x.text[clause.start].isupper() else 8):
        return  # a stance may be toward a short name ("backed Cruz"); a clause has some length
    content = _cut_at_next_report(x, clause, lo, hi)
    if opens_quote:
        opened = x.quote_opening_at(x.toks[start].start)
        if opened is not None and opened.span.end < content.end and (
                cue.frame_only or x.text[opened.inner.start : opened.inner.end].rstrip()[-1:] in _UTTERANCE_ENDS):
            # 'chanted "What curfew?" and kept going', 'read “Thank you Georgia” moments after ...': a whole
            # utterance; 'said "budget reforms" would pay for it' goes on
            content = Span(content.start, opened.span.end)
    content = end_of_fronted_clause(x, content, lo, i)
    if quote is not None and content.end > quote.inner.end:
        content = x.trim(content.start, quote.inner.end)  # a report told inside a quote ends with it
    if in_relative_aside(x, speaker, lo):
        content = _to_aside_end(x, content)  # "X, who says the quay is safe, opened it": the aside ends
    elif _restrictive_relative_verb(x, i, lo):
        content = _before_main_predicate(x, content)
    elif antecedent is not None:
        content = Span(antecedent, content.end)  # the noun the relative clause describes is what is said of it
    if len(content) < 3:
        return  # "X would argue — and Y believes — that ...": the next report starts at once
    confidence = {"speech": 0.8, "epistemic": 0.8, "report": 0.75, "cognition": 0.6, "intention": 0.6,
                  "attitude": 0.5}[cue.cls]
    x.add("indirect", content, rule, cue_span, speaker, cue, confidence)


def _points_back(x: Context, start: int, hi: int) -> bool:
    """'55 percent said so in December', 'Cruz apparently thinks so, too', 'only half believe that.': the word after
    the cue is all that was said, pointing back to it."""
    nxt = x.lowers[start + 1] if start + 1 < hi else "."
    if x.lowers[start] == "so":
        return not nxt[:1].isalnum() or nxt in _AFTER_SO
    return x.lowers[start] in ("that", "this") and nxt in (".", "!", "?")


_ADDED_OBJECT_WORDS = 8


def _puts_somewhere(x: Context, start: int, hi: int) -> bool:
    """'add up to $8 million', 'added another link to the chain': "add" with "up", or an object and where it goes."""
    if x.lowers[start] == "up":
        return True
    for k in range(start + 1, min(hi, start + _ADDED_OBJECT_WORDS)):
        if x.lowers[k] == "to":
            return True
        if not x.toks[k].text[:1].isalnum():
            return False
    return False


def _opens_inside_quote(x: Context, sent: Span) -> bool:
    quote = x.inside_quote(sent.start)
    return quote is not None and quote.span.start < sent.start


def _quote_follows(x: Context, j: int, hi: int) -> bool:
    """'read "15%!"', 'said, "We won."': a quotation right after the cue or its comma."""
    return _opens_quote(x, j, hi) or (j < hi and x.toks[j].text in (",", ":") and _opens_quote(x, j + 1, hi))


def _opens_quote(x: Context, k: int, hi: int) -> bool:
    return k < hi and x.quote_opening_at(x.toks[k].start) is not None


def _passive_agent(x: Context, i: int, j: int, cue: Cue, lo: int, hi: int) -> None:
    """'His remarks were quickly derided by Laschet': the agent after 'by' holds a view of the subject."""
    if j + 1 >= hi or x.lowers[j] != "by" or x.lowers[i].endswith("ing") or cue.cls != "attitude":
        return
    k = _before_passive(x, i, lo)
    while k + 1 < i and x.lowers[k + 1] not in _PASSIVE_AUXILIARIES:
        k += 1  # "Italy was criticized", "The rally was ...": an -ly word before the auxiliary is the subject's
    if k < lo or not any(w in _BE_FORMS for w in x.lowers[k + 1 : i]):
        return  # not a passive with 'be' ("get told", "easier said")
    agent = object_after(x.toks, j + 1, x.index, hi)
    if agent is None or x.inside_quote(x.toks[i].start) is not None or (
            agent.actor is None and not can_hold_view(x.text[agent.span.start : agent.span.end])):
        return  # "derided by Laschet", "criticized by left-leaning economists"; not "shown by the data"
    if x.lowers[k] in ("who", "which", "that"):
        content = Span(x.toks[k].start, x.toks[k].end)  # "Yellen, who has been criticized by ..."
    else:
        start = k
        while start > lo and x.lowers[start - 1] not in _PASSIVE_SUBJECT_BOUNDS:
            start -= 1
        content = x.trim(x.toks[start].start, x.toks[k].end)
    if len(content) >= 2:
        x.add("indirect", content, f"indirect.passive.{cue.cls}", x.cue_span(i, j), agent, cue, 0.6)


def _before_passive(x: Context, i: int, lo: int, also: tuple[str, ...] = ()) -> int:
    """The token before the auxiliaries and adverbs of the passive cue at token i ("it *was widely* reported")."""
    k = i - 1
    while k >= lo and (x.lowers[k] in _PASSIVE_AUXILIARIES or x.lowers[k] in also or x.lowers[k].endswith("ly")):
        k -= 1
    return k


def _expletive_passive(x: Context, i: int, j: int, cue: Cue, sent: Span, lo: int, hi: int) -> bool:
    """'it was widely reported that ...', 'It is believed that ...': a statement the text sources to no one,
    or to the agent after 'by' ('it was reported by the Post that ...')."""
    if cue.cls == "attitude" or x.lowers[i].endswith("ing"):
        return False
    k = _before_passive(x, i, lo)
    if k < lo or x.lowers[k] != "it" or not any(w in _BE_FORMS for w in x.lowers[k + 1 : i]):
        return False
    if k > lo and x.toks[k - 1].text[:1].isalnum() and x.lowers[k - 1] not in _CLAUSE_OPENERS:
        return False  # "made it widely known that ...": "it" is an object, not the subject of the passive
    start, agent = j, None
    if start + 1 < hi and x.lowers[start] == "by":
        agent = object_after(x.toks, start + 1, x.index, hi)
        if agent is None:
            return False
        start = x.tok_at(agent.span.end)
    start = _skip_front_adverbial(x, start, hi, cue.lemma)
    if start >= hi or x.lowers[start] != "that":
        return False
    clause = x.clause(x.toks[start].start, sent.end)
    if clause is None or len(clause) < 8:
        return False
    x.add("indirect", _cut_at_next_report(x, clause, lo, hi), "indirect.passive.expletive", x.cue_span(k + 1, j),
          agent, cue, 0.6)
    return True


def _as_reported_by(x: Context, i: int, j: int, cue: Cue, sent: Span, lo: int, hi: int) -> bool:
    """'As reported by the Post, the bank ...': the main clause after the agent is what the agent reported."""
    k = _before_passive(x, i, lo, also=("first",))
    if k < lo or x.lowers[k] != "as" or j + 1 >= hi or x.lowers[j] != "by" or cue.cls not in ("speech", "report"):
        return False
    agent = object_after(x.toks, j + 1, x.index, hi)
    if agent is None:
        return False
    comma = x.tok_at(agent.span.end)
    if comma + 1 >= hi or x.toks[comma].text != "," or not opens_main_clause(x, comma + 1, hi):
        return False
    clause = x.clause(x.toks[comma + 1].start, sent.end)
    if clause is None or len(clause) < 8:
        return False
    x.add("indirect", clause, "indirect.passive.as_reported", x.cue_span(k, j), agent, cue, 0.7)
    return True


def _subject_gap(x: Context, start: int) -> bool:
    """'(a law that critics) say *was* written', '... said *improved* ...': a verb with no subject ("renders" could
    be a plural noun, "recommend charges", so only auxiliaries and past forms count)."""
    w = x.lowers[start]
    return w in AUXILIARIES or (w.isalpha() and x.toks[start].text.islower() and w.endswith("ed"))


def _gap_antecedent(x: Context, speaker: Speaker, lo: int) -> int | None:
    """'a gap that experts say renders the wall moot': where the noun that the relative clause describes starts."""
    k = x.tok_at(speaker.span.start) - 1
    if k - 1 <= lo or x.lowers[k] not in ("that", "which"):
        return None
    np = noun_phrase_before(x.toks, k - 1, lo)
    if np is None or x.lowers[k - 1] in AUXILIARIES:
        return None
    first = x.tok_at(np.span.start)
    determiner = next((d for d in range(k - 1, first - 1, -1) if x.lowers[d] in DETERMINERS), first)
    return x.toks[determiner].start  # "passed a toll that ...": the noun phrase starts at its determiner


_FINITE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                                 "should", "may", "might", "must", "do", "does", "did"})
_CLAUSE_LINKS = frozenset({"and", "or", "but", "that", "which", "who", "whom", "if", "when", "because", "than", "as",
                           "where", "while", "whether", "what", "how", "why", ",", ";", ":", "(", "—", "-", "--"})


def _restrictive_relative_verb(x: Context, i: int, lo: int) -> bool:
    """'Voters who say ...': the cue at token i is the verb of a relative clause with no comma before it."""
    k = relative_pronoun_before(x, i, lo)
    return k is not None and k - 1 >= lo and x.toks[k - 1].text[:1].isalnum()


def _before_main_predicate(x: Context, content: Span) -> Span:
    """'Voters who say the economy is most important were divided': the reported clause has its own finite verb,
    and a second one with no link between them is the main clause's; the content ends before it."""
    first, after = x.tok_at(content.start), x.tok_at(content.end)
    finite = None
    for k in range(first, min(after, len(x.toks))):
        word = x.lowers[k]
        if x.in_quote_marks(x.toks[k].start):
            return content
        if word in _CLAUSE_LINKS:
            finite = None
        elif word in _FINITE_AUXILIARIES and x.lowers[k - 1] != "to":  # not "to do"
            if finite is not None and k - finite > 1 and not all(
                    w in AUXILIARIES or w.endswith("ly") or w == "not" for w in x.lowers[finite + 1 : k]):
                return x.trim(content.start, x.toks[k - 1].end)
            finite = k
    return content


def _to_aside_end(x: Context, content: Span) -> Span:
    """The content up to the comma that closes a relative aside (outside quotation marks)."""
    at = content.start
    while True:
        comma = x.text.find(",", at, content.end)
        if comma < 0:
            return content
        if len(x.text[content.start : comma].split()) >= 3 and not x.in_quote_marks(comma):
            return x.trim(content.start, comma)
        at = comma + 1


def _quoted_as_report(x: Context, quote: Quoted) -> bool:
    """'The Times confirms "..."', 'X wrote: "..."': a reporting cue just before the quotation opens."""
    k = x.tok_at(quote.span.start) - 1
    if k >= 0 and x.lowers[k] in (":", ","):
        k -= 1
    return k >= 0 and any(j == k + 1 for _i, j, _cue in x.cues_between(max(0, k - 3), k + 1))


def _lone_name(x: Context, start: int, hi: int) -> bool:
    """A name and nothing after it that says what the name is called ("called Clinton “crooked”" says it)."""
    k = start
    while k < hi and (x.toks[k].text[:1].isupper() or x.toks[k].text[:1] in "#@" or (
            k > start and k + 1 < hi and x.toks[k + 1].text[:1].isupper() and (
                x.lowers[k] in _NAME_JOINERS or (x.lowers[k] == "." and len(x.toks[k - 1].text) <= 4)))):
        k += 1  # "Citizens for Trump", "Mrs. Schlafly"
    if k == start or (k + 1 < hi and x.lowers[k] == "," and x.lowers[k + 1] in _APPOSITIVE_STARTS):
        return False  # "called Clinton, his rival, an ISIS “co-founder”": the name has its gloss, then the view
    return k >= hi or x.lowers[k] in _AFTER_LONE_NAME or x.lowers[k] in _OBJECT_PREPOSITIONS \
        or x.lowers[k] in ADJUNCT_HEADS or x.lowers[k].endswith("ly")


def _names_a_study(x: Context, speaker: Speaker) -> bool:
    """'The April survey', 'A study by the Council of ...': a poll or study, whose findings are its report."""
    first, last = x.tok_at(speaker.span.start), x.tok_at(speaker.span.end - 1)
    by = first - 2 if first >= 2 and x.lowers[first - 1] in ("the", "a") else first - 1
    if by >= 1 and x.lowers[by] in ("by", "from", "of"):
        first = max(by - 2, 0)  # "A survey by the Harbour Institute": the study is named before its author
    return any(x.lowers[k] in source_nouns() for k in range(first, last + 1))


# words after a time phrase that open no object ("said Monday in Paris", "announced Friday that")
_NOT_OBJECT_STARTS = frozenset({"in", "at", "on", "to", "for", "from", "with", "by", "after", "before", "during",
                                "and", "but", "or", "as", "when", "while", "that", "if", "night", "morning",
                                "afternoon", "evening"})


def _skip_front_adverbial(x: Context, start: int, hi: int, lemma: str) -> int:
    """'said in the interview ... that ...', 'complained to reporters that ...' -> the content starts at 'that'."""
    if x.lowers[start] not in _FRONT_ADVERBIALS and not _to_recipient(x, start, hi, lemma) and not (
            x.lowers[start] in ("this", "next") and start + 2 < hi and x.lowers[start + 1] in TEMPORAL
            and x.lowers[start + 2] not in ("'s", "’s")):  # "said this year that ...", not "this year's vote"
        return start
    for k in range(start, min(hi, start + 16)):
        if x.toks[k].text.lower() == "that":
            return k
        if x.toks[k].text in ('"', "“", ".", ";"):
            break
    k = start
    while k < hi and k - start < 4 and x.lowers[k] in TEMPORAL and x.lowers[k] != "in":
        k += 1  # "tweeted Tuesday night he considered ...": when, then the clause
    if start < k < hi and (x.clause_like(k, hi) or (x.lowers[k] == "to" and lemma in _TO_VERBS)):
        return k  # "vowed last month to take ...", "sought on Wednesday to ease ..."
    if start < k < hi and x.toks[k].text.isalpha() and x.toks[k].text.islower() \
            and x.lowers[k] not in _NOT_OBJECT_STARTS:
        return k  # "announced this week plans to cut ...": when, then the object
    return start


def _to_recipient(x: Context, start: int, hi: int, lemma: str) -> bool:
    """'complained to reporters', 'promised to the voters': whom it was said to, not an infinitive."""
    if x.lowers[start] != "to" or start + 1 >= hi:
        return False
    if lemma not in _TO_VERBS:
        return True
    after = x.toks[start + 1].text
    return after.lower() in _NOT_VERBS or after.lower() in OBJECT_PRONOUNS or after[:1].isupper()


def _cut_at_next_report(x: Context, content: Span, lo: int, hi: int) -> Span:
    """'Lithuania says it is ready and Estonia has said ...': the first report ends at 'and'."""
    first = bisect_right(x.cue_starts, content.start)
    for i, j, cue in x.cues[first : first + _NEXT_REPORT_CHECKS]:
        if x.toks[i].start >= content.end:
            break
        if cue.cls == "according_to" or cue.frame_only:
            continue
        comma = _trailing_source_comma(x, i, j, lo, hi)
        if comma is not None and x.toks[comma].start > content.start:
            return x.trim(content.start, x.toks[comma].start)  # "Some want A, the poll found.": the poll's
        k = i - 1
        if k > lo and x.toks[k].text.lower() in ("also", "then", "later"):
            k -= 1
        if k > lo and x.toks[k].text.lower() in ("and", "but") and x.toks[k].start > content.start \
                and not _after_modal(x, x.tok_at(content.start), k, x.lowers[i] == cue.lemma.split()[0]):
            # "praised Rubio's positions and said ...": a second verb of the same subject
            cut_at = x.toks[k - 1].end if x.toks[k - 1].text == "," else x.toks[k].start
            return x.trim(content.start, cut_at)
        speaker = subject_before(x.toks, i, x.index, floor=lo)
        if speaker is None or speaker.actor is None:
            continue
        k = x.tok_at(speaker.span.start) - 1
        if k > lo and x.toks[k].text.lower() in ("and", "but", ";", "while", "whereas") \
                and x.toks[k].start > content.start:
            cut_at = x.toks[k - 1].end if x.toks[k - 1].text == "," else x.toks[k].start
            return x.trim(content.start, cut_at)
    return content


def _trailing_source_comma(x: Context, i: int, j: int, lo: int, hi: int) -> int | None:
    """', the poll found.', ', a source said.': the comma before a source and its verb at the sentence end."""
    if j < hi and x.lowers[j] not in (".", "!", "?"):
        return None
    for k in range(i - 1, max(lo, i - _TRAILING_SOURCE_WORDS) - 1, -1):
        if x.lowers[k] == ",":
            return k if k < i - 1 else None
        if not x.toks[k].text[:1].isalnum():
            return None
    return None


_MODALS = frozenset({"would", "will", "could", "should", "can", "may", "might", "must", "to"})


def _after_modal(x: Context, start: int, conj: int, bare: bool) -> bool:
    """'she would do an about-face and support the deal': a bare verb the content's modal governs."""
    return bare and any(w in _MODALS for w in x.lowers[start:conj]) and x.lowers[conj - 1] != ","


def _object_then_to(x: Context, start: int, hi: int) -> bool:
    """'want all immigrants to be deported', 'expect the agency to dial back ...': an object, then what it should do."""
    for k in range(start + 1, min(hi - 1, start + _AS_WINDOW)):
        if x.lowers[k] == "to":
            return x.toks[k + 1].text.isalpha() and x.toks[k + 1].text.islower() and x.lowers[k + 1] not in _NOT_VERBS
        if x.lowers[k] in (",", ".", ";", ":", "that", "(", "—"):
            return False
    return False


def _as_soon_after(x: Context, start: int, hi: int) -> bool:
    """'see him as a threat': "as" follows the object within a few words, before the clause ends."""
    for k in range(start + 1, min(hi, start + _AS_WINDOW)):
        if x.lowers[k] == "as":
            return True
        if x.lowers[k] in (",", ".", ";", ":", "that"):
            return False
    return False


def _according_to(x: Context, i: int, j: int, cue: Cue, sent: Span, lo: int, hi: int) -> None:
    word = x.toks[i].text.lower()
    nxt = x.toks[j] if j < hi else None
    if nxt is None:
        return
    if word == "per" and not (nxt.text.lower() in ("a", "an", "the", "one", "two", "several")
                              or nxt.text[:1].isupper()):
        return  # "per cent", "per day"
    source = object_after(x.toks, j, x.index, hi)
    if source is None:
        return
    cue_span = x.cue_span(i, j)
    # "(According to X, ...", "It has not gone unnoticed: according to X, ..."
    opening = x.text[sent.start : cue_span.start]
    at_start = i == lo or opening.strip(" \n\t(\"“'‘") == "" or opening.rstrip().endswith((":", ";"))
    if at_start:
        k = x.tok_at(source.span.end)
        while k < hi and x.toks[k].text != ",":
            k += 1
        content = x.trim(x.toks[k].end if k < hi else source.span.end, sent.end)
    elif _after_fronted_phrase(x, i, lo) or _parenthetical_source(x, i, source, lo, hi):
        content = x.trim(sent.start, sent.end)  # "His criticism, according to X, was ...", "In May, according to X,"
    else:
        content = x.trim(sent.start, cue_span.start)
        if x.text[content.start : content.end].lower().replace("’", "'") in _ANAPHORIC_FRAMES and sent.start > 0:
            content = x.sentence_of(sent.start - 1)  # "That's according to exit polls.": the sentence before
    if len(content) < 8:
        return
    inner = [f for f in x.found if f.content.start >= sent.start and f.content.end <= sent.end
             and f.kind in ("direct", "mixed") and f.speaker is not None]
    found = x.add("according_to", content if not inner else inner[0].content, "according_to", cue_span,
                  source, cue, 0.8)
    if inner and found is not None:
        inner[0].outer_of = len(x.found) - 1


_FRONTED_PHRASE_OPENERS = frozenset({"in", "at", "on", "about", "around", "by", "after", "before", "during", "since",
                                     "for", "under", "with", "from", "over", "besides", "also", "still", "meanwhile",
                                     "last", "earlier", "later", "this"})
_FRONTED_PHRASE_WORDS = 5


def _after_fronted_phrase(x: Context, i: int, lo: int) -> bool:
    """'In addition, according to X, ...', 'In May, according to X, ...': a short fronted phrase ("May" is the
    month), then the source, then the rest of the clause it sources."""
    if i - 1 <= lo or x.toks[i - 1].text != "," or i - 1 - lo > _FRONTED_PHRASE_WORDS:
        return False
    return x.lowers[lo] in _FRONTED_PHRASE_OPENERS and not any(
        x.lowers[k] == "," or (x.lowers[k] in AUXILIARIES and x.toks[k].text.islower()) for k in range(lo, i - 1))


# what follows the source but does not carry on the clause it interrupts: "..., according to a poll - virtually the
# same as ...", "..., according to Pew, although very few ...", "..., according to X, who ..."
_NOT_PREDICATE_OPENERS = frozenset({"who", "which", "said", "says", "and", "but", "although", "though", "despite",
                                    "while", "whereas", "including", "compared", "with", "virtually", "nearly",
                                    "almost", "up", "down", "even", "far", "the", "a", "an"})


def _parenthetical_source(x: Context, i: int, source: Speaker, lo: int, hi: int) -> bool:
    """ "X, according to Y, was Z": the source interrupts the clause, which goes on after it."""
    if i <= lo or x.toks[i - 1].text not in _ASIDE_MARKS:
        return False
    k = x.tok_at(source.span.end)
    while k < hi and x.toks[k].text not in _ASIDE_MARKS and x.toks[k].text not in ".;:" and k - i < 25:
        k += 1  # past the rest of the source's description
    if k >= hi or x.toks[k].text not in _ASIDE_MARKS:
        return False
    rest = x.lowers[k + 1 : hi]
    return len(rest) >= 3 and rest[0] not in _NOT_PREDICATE_OPENERS
