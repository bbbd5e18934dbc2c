"""Quotation and reported-speech rules. Each rule is named; each quote records the rule.

Direct quotes
  `direct.speaker_after`   "...," he said / "...," said Brown / "...," the chief told Y
  `direct.speaker_before`  X said: "..." / X told Y, "..."
  `direct.colon`           a sentence ending in ':' names the speaker of the quote after it
  `direct.inherit`         an unattributed quote continues the previous speaker
Reported speech
  `indirect.verb`          X said (that) ..., X warned ..., X told Y that ..., X wants to ...
  `indirect.source_after`  ..., a source said. / ..., sources told the Post.
  `indirect.parenthetical` For now, he said, an effort ...
  `indirect.passive`       The plan was criticized by Adler (the agent holds the stance; the subject is its object)
  `according_to`           according to X / per X / citing X
  `headline.colon`         Graham: Trump's rhetoric is destroying the party's chances
  `headline.title`         Rubio Says Abandoning Reform Was A Sign Of Leadership (a title-case headline)
  `transcript.label`       TAPPER: And obviously, you're supporting ... (a paragraph of a transcript)
  `nominal.<word>`         Trump's criticism of the deal / X voiced support for Y / X is critical of Y
  `evidential.raising`     Turnout appears to have fallen / X is expected to resign (no one named)
  `evidential.adverb`      X reportedly paid the fine
  `evidential.question`    Asked about the deal, ... / when asked by reporters whether ...
  `in_source.fronted`      In a CNN poll released Monday, 50 percent chose ... / In Forbes' words, ...
  `in_source.trailing`     Trump has a decisive lead in the polls
Quoted fragments
  `partial.in_report`      a quoted fragment inside reported speech takes its speaker
  `scare.no_speaker`       a quoted word with no one to say it
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import chain

from newsgraph.actors.phrases import (
    BETWEEN_SUBJECT_AND_CUE,
    TEMPORAL,
    WHEN_OR_WHERE_OPENERS,
    MentionIndex,
    object_after,
    skip_back_adverbials,
    subject_before,
)
from newsgraph.actors.phrases import Argument as Speaker
from newsgraph.model import Doc, Quote, Span
from newsgraph.quotes.cues import Cue, first_words, phrase_cues, verb_cues
from newsgraph.quotes.evidential import cue_starts, evidential_at
from newsgraph.quotes.headlines import headline_statements, title_statements
from newsgraph.quotes.in_source import MAX_HEAD_DISTANCE, in_source_at, source_nouns
from newsgraph.quotes.marks import Quoted, quote_marks
from newsgraph.quotes.nominal import nominal_stances
from newsgraph.quotes.speakers import can_hold_view, speaker_type
from newsgraph.text.segment import Token, doc_tokens, token_lowers

_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "there"})
_AUXILIARIES = frozenset({"is", "was", "are", "were", "will", "would", "could", "should", "has", "have", "had", "can",
                          "may", "might", "must", "'s", "’s", "'re", "’re", "'ll", "’ll", "did", "does", "do"})
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them"})
_VERB_OBJECT_STARTS = frozenset({"that", "to", "the", "a", "an", "it", "he", "she", "they", "we", "his", "her",
                                  "their", "this", "these", "those", "for"})
# "Polls continue to show that ...", "she went on to say": the subject is before the raising verb
_RAISING = frozenset({"continue", "continues", "continued", "continuing", "began", "begin", "begins", "beginning",
                      "start", "starts", "started", "starting", "tend", "tends", "tended", "seem", "seems", "seemed",
                      "appear", "appears", "appeared", "used"})
_GO_ON = frozenset({"go", "goes", "went", "going", "gone"})
_SPEAKING_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
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
# "see X as Y", "regard X as Y": a view of X
_AS_VERBS = frozenset({"see", "regard", "consider", "portray", "describe"})
_AS_WINDOW = 9
_NAMING_VERBS = frozenset({"call", "dub", "label", "brand"})
_NAMING_IDIOMS = frozenset({"quits", "off", "day", "night"})
# what may follow a trailing source's cue: "..., she wrote to supporters", "..., he said via a spokesman"
_TAIL_PREPOSITIONS = frozenset({"to", "with", "for", "from", "by", "via", "through", "after", "before", "as",
                                "ago", "again", "privately", "publicly", "recently", "repeatedly", "too", "then"})
_RECIPIENT_VERBS = frozenset({"tell", "assure", "remind", "inform", "warn", "urge", "promise", "ask", "order"})
_NOUN_AFTER = frozenset({"of", "on", "from", "about", "by", "for", "in", "to", ".", ",", ";", ")", "and", "or",
                         "is", "was", "are", "were", "have", "has", "had"})
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
                           "hundred", "thousand", "million", "several"})
# "he's said", "there's ...": a pronoun before 's contracts "has" or "is", it does not possess
_CONTRACTING = frozenset({"he", "she", "it", "that", "there", "who", "what", "where", "here", "everyone",
                          "nobody", "someone", "one"})
_CUE_COMPOUNDS = frozenset({("think", "tank"), ("think", "tanks"), ("talk", "show"), ("talk", "shows"),
                            ("talk", "radio"), ("show", "host"), ("report", "card")})
# pronoun-like quantifiers that can be a cue's subject ("Some say ...") as well as a noun's determiner
_QUANTIFIER_SUBJECTS = frozenset({"some", "many", "most", "few", "others", "those", "these", "both", "all"})
# cue words read as nouns as often as verbs ("most state parties", "the plan")
_NOUN_VERBS = frozenset({"post", "state", "report", "plan", "hope", "fear", "doubt", "answer", "comment"})
_DEGREE_WORDS = frozenset({"more", "most", "less", "least", "very", "so", "too"})
_INTENTION_TO = frozenset({"wants", "plans", "hopes", "intends", "wishes"})
_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those",
                          "this", "that", "such", "news", "media", "recent", "earlier", "new", "some", "many",
                          "of", "in", "to", "with", "no", "any", "very", "most", "more", "so", "too", "less",
                          "what", "which", "own", "additional"})
# complements a reporting verb may take; anything else is not reported speech ("responding to ...")
_COMPLEMENT_HEADS = frozenset({"that", "if", "whether", "how", "what", "why", "when", "where", "who", '"', "“",
                               "‘", "'"})
_TO_VERBS = frozenset({"urge", "ask", "promise", "vow", "pledge", "warn", "tell", "plan", "want", "hope",
                       "intend", "expect", "wish", "agree", "threaten", "decline", "refuse", "seek", "call"})
_FRONT_ADVERBIALS = frozenset({"in", "on", "at", "during", "after", "before", "earlier", "later", "last",
                               "yesterday", "today", "while", "repeatedly", "again", "also",
                               "publicly", "privately", "recently", "once", "for", "however", "too", "though",
                               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# words that open a phrase setting the scene of a report ("In the email, Ash described ...")
_SCENE_SETTERS = frozenset({"in", "during", "after", "before", "on", "at", "among", "under", "later", "earlier",
                            "since", "while", "when", "with", "without", "from", "despite", "amid", "following",
                            "by", "over", "within", "throughout", "upon", "last", "this", "a", "speaking",
                            "asked", "writing", "meanwhile", "separately", "yesterday", "today"})
_SCENE_MAX_TOKENS = 12
_ADJUNCT_HEADS = frozenset({"in", "on", "at", "during", "of", "about", "with", "after", "before", "when", "while",
                            "last", "earlier", "later", "from", "for", "via", "through", "below", "above"})
_ING_NOT_PARTICIPLES = frozenset({"nothing", "something", "anything", "everything", "during", "morning", "evening",
                                  "including", "building", "meeting", "spring", "thing", "string", "ceiling"})
_HEADLINE_CUE = Cue(":", "speech")
_NOMINAL_CUE = Cue("stance", "attitude")
_EVIDENTIAL_CUE = Cue("evidential", "evidential")
_IN_SOURCE_CUE = Cue("in", "according_to")
_ASIDE_MARKS = frozenset({",", "—", "–", "-", "--"})  # what sets off "according to X" inside a clause
# words that end a phrase before a verb without heading a noun phrase ("more ambiguous", "last")
_NOT_HEADS = frozenset({"last", "more", "less", "than", "much", "well", "ago", "so", "too", "very", "again", "also",
                        "not", "later", "earlier", "first", "then", "yet"})
_BE_FORMS = frozenset({"is", "was", "are", "were", "be", "being", "been"})
_PASSIVE_AUXILIARIES = _BE_FORMS | {"has", "have", "had", "will", "would", "could", "may", "might", "also", "not",
                                    "never", "often", "long", "already", "since", "again"}
# where the subject of a passive starts, looking back from its auxiliary
_PASSIVE_SUBJECT_BOUNDS = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "and", "but", "that", "which",
                                     "who", "while", "because", "when", "as", "if", "although"})
_SHORT_QUOTE_WORDS = 6
MAX_CUES_PER_SENTENCE = 60  # more reporting verbs than this in one sentence is not prose
_NEXT_REPORT_CHECKS = 12
# "-ing" words after a comma that do not open a participle clause ("..., including ...", "..., during ...")
_NOT_PARTICIPLE = r"(?:during|nothing|something|anything|everything|morning|evening|including)\b"
# where a reported clause ends: a trailing participle, a relative on a thing ("which"), a second verb
# phrase, a second report, a closing appositive (the writer's gloss: "..., a swipe at ...")
# (all bounded, no nested quantifiers)
_CLAUSE_END = re.compile(
    r",\s+(?:which|whose)\b|,\s+(?!" + _NOT_PARTICIPLE + r")[a-z]+ing\b|;|,\s+but\s"
    r"|\s+but\s+(?:did|does|do|is|was|has|had|would|could|also|not|said|added|declined|refused|he|she|they|we|it|i|the)\b"
    r"|,\s+and\s+(?:[a-z]+ed|also|then)\b|,\s+(?:according\s+to|he|she|they)\s+(?:said|added|says|told|wrote)?"
    r"|\s+according\s+to\b|,\s+said\b"
    r"|,\s+(?:however|compared|even\s+though|although|though|despite|whereas|while)\b"
    r"|,\s+and\s+(?:when|while|after|before|if|as|he|she|they|we|it|i|the)\b"
    r"|,\s+(?:a|an)\s(?=[^,;]*$)")

# where the object of a stance ends ("backed Rubio, and the money paid for ...")
_STANCE_OBJECT_END = re.compile(
    _CLAUSE_END.pattern + r"|,|\s(?:and|but)\s+(?:has|had|have|is|was|are|were|will|would|did|also)\b|\s-\s"
    r"|\s(?:on|last|this|next|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|"
    r"year|night|morning|evening|weekend)\b|\s(?:during|at)\s+(?:a|an|the|his|her|their|its|length)\b"
    r"|\sby\s+(?:\d{1,3}(?![\d,])|double|wide|large|narrow)|\samong\s")  # "backs Sanders by 4 points among men"


@dataclass(slots=True)
class _Found:
    kind: str
    content: Span
    rule: str
    cue: Span | None = None
    speaker: Speaker | None = None
    confidence: float = 0.7
    outer_of: int | None = None  # index of the quote this one reports (explicit nesting)
    quote_ref: Quoted | None = None


class QuoteExtractor:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks: list[Token] = doc_tokens(doc)
        self.lowers = token_lowers(doc, fold_apostrophes=False)
        self.tok_starts = [t.start for t in self.toks]
        self.index = MentionIndex.of(doc)
        self.sent_starts = [s.start for s in doc.sentences]
        self.found: list[_Found] = []
        self.quoted = quote_marks(doc)
        self.cues = self._find_cues()
        self.cue_starts = [self.toks[i].start for i, _, _ in self.cues]
        self.cue_spans: set[Span] = set()

    # --- helpers ---------------------------------------------------------------------------
    def sentence_of(self, offset: int) -> Span:
        k = max(0, bisect_right(self.sent_starts, offset) - 1)
        return self.doc.sentences[k] if self.doc.sentences else Span(0, len(self.text))

    def tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after offset."""
        return bisect_right(self.tok_starts, offset - 1)

    def sentence_tokens(self, sent: Span) -> tuple[int, int]:
        return self.tok_at(sent.start), self.tok_at(sent.end)

    def _find_cues(self) -> list[tuple[int, int, Cue]]:
        """(first token, end token, cue) for every lowercase reporting cue in the text."""
        starts = first_words()
        verbs, phrases = verb_cues(), phrase_cues()
        toks, lowers = self.toks, self.lowers
        out: list[tuple[int, int, Cue]] = []
        n = len(toks)
        free = 0
        for i in [i for i, w in enumerate(lowers) if w in starts or w == "according"]:
            w = toks[i].text
            if i < free or not (w.islower() or w == "According"):
                continue
            max_len = 2 if w == "According" else starts[w]
            for length in range(min(max_len, n - i), 0, -1):
                key = tuple(lowers[i : i + length])
                cue = phrases.get(key) or verbs.get(key)
                if cue is not None:
                    out.append((i, i + length, cue))
                    free = i + length
                    break
        return out

    def _in_quote_marks(self, offset: int) -> bool:
        return any(q.span.start < offset < q.span.end for q in self.quoted)

    def inside_quote(self, offset: int) -> Quoted | None:
        for q in self.quoted:
            if q.span.start <= offset < q.span.end and not q.single:
                return q
        return None

    def trim(self, start: int, end: int) -> Span:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–-"
                               or (text[end - 1] == ")" and "(" not in text[start:end])):
            end -= 1  # "(According to X, it does not ...)": the bracket closes around the statement
        return Span(start, end)

    # --- direct quotes -------------------------------------------------------------------
    def direct_quotes(self) -> None:
        previous: _Found | None = None
        for q in self.quoted:
            words = len(self.text[q.inner.start : q.inner.end].split())
            if q.single or (words < _SHORT_QUOTE_WORDS and not self._stands_alone(q)):
                continue  # fragments are decided after reported speech is known
            found = self._speaker_after(q) or self._speaker_before(q) or self._colon(q)
            if found is None and previous is not None and previous.quote_ref is not None:
                gap = self.text[previous.quote_ref.span.end : q.span.start].strip().lower()
                if gap in ("and", "and that", ", and", ", and that", "or", "but", "but that"):
                    found = _Found(previous.kind, q.span, "direct.inherit", previous.cue, previous.speaker, 0.75)
            if found is None and previous is not None and (q.continues or self._stands_alone(q)):
                breaks = self.text.count("\n\n", previous.content.end, q.span.start)
                if breaks <= 2 and previous.speaker is not None:
                    # one statement in several quotes: it keeps the cue while the paragraph goes on
                    cue = previous.cue if breaks == 0 else None
                    found = _Found("direct", q.span, "direct.inherit", cue, previous.speaker, 0.65)
            if found is None:
                if not self._stands_alone(q):
                    continue  # a quoted stretch inside a sentence: decided with the fragments
                found = _Found("direct", q.span, "direct.no_speaker", None, None, 0.4)
            found.quote_ref = q
            self.found.append(found)
            previous = found if found.speaker is not None else previous

    def _inherit_backwards(self) -> None:
        """ "A." "B," she said. -> A belongs to the same statement as B (same paragraph)."""
        for k, f in enumerate(self.found):
            if f.rule != "direct.no_speaker":
                continue
            for g in self.found[k + 1 :]:
                if g.speaker is None or g.kind not in ("direct", "mixed") or g.quote_ref is None:
                    continue
                if "\n\n" in self.text[f.content.end : g.content.start]:
                    break
                f.speaker, f.cue, f.rule, f.confidence = g.speaker, g.cue, "direct.inherit_next", 0.65
                break

    def _stands_alone(self, q: Quoted) -> bool:
        """The quote is its own sentence or paragraph (no words of the sentence outside it)."""
        sent = self.sentence_of(q.span.start)
        before = self.text[sent.start : q.span.start].strip()
        return not before or before.endswith(":")

    def _speaker_after(self, q: Quoted) -> _Found | None:
        sent = self.sentence_of(max(q.span.start, q.span.end - 1))
        lo = self.tok_at(q.span.end)
        hi = min(self.tok_at(sent.end), lo + 20)
        extended = hi <= lo and self.text[q.inner.end - 1 : q.inner.end] in ("?", "!")
        if extended:
            # '"Can we win Illinois?" Mr. Manafort asked.': the splitter ended the sentence at the mark
            hi = min(self.tok_at(self.sentence_of(q.span.end + 1).end), lo + 5)
        goes_on = q.span.end < sent.end - 2 and self.text[q.span.end : q.span.end + 3].strip()[:1] not in (
            ",", "", "?", "!")
        if goes_on and self.text[q.inner.end - 1 : q.inner.end] not in (",", "?", "!"):
            return None  # the sentence goes on without a comma: a quote inside a longer sentence
        for i, j, cue in self._cues_between(lo, hi):
            if cue.cls in ("cognition", "intention"):
                continue
            if extended and j < len(self.lowers) and not (
                    self.lowers[j] in (".", ",", "!", "?", ";", "about", "of") or self.lowers[j] in _TAIL_PREPOSITIONS
                    or self.lowers[j] in WHEN_OR_WHERE_OPENERS):
                continue  # '"Is it fair?" The mayor said the toll was ...': a sentence of its own
            speaker = None
            if i > lo:
                speaker = subject_before(self.toks, i, self.index, floor=lo)
            if speaker is None and cue.lemma not in ("tell",):
                speaker = object_after(self.toks, j, self.index, hi)
            if speaker is not None:
                lead = self._paraphrase_before(q)
                if lead is not None:  # 'The plan was "a swindle," Moreau said.': her words and the writer's
                    return _Found("mixed", self.trim(lead, q.span.end), "direct.speaker_after", self._cue_span(i, j),
                                  speaker, 0.85)
                return _Found("direct", q.span, "direct.speaker_after", self._cue_span(i, j), speaker, 0.9)
        return None

    def _paraphrase_before(self, q: Quoted) -> int | None:
        """Where the writer's lead-in to a quote starts, when the quote opens inside its sentence with no cue before."""
        if self._stands_alone(q):
            return None
        sent = self.sentence_of(q.span.start)
        lo, hi = self.tok_at(sent.start), self.tok_at(q.span.start)
        if any(not self._is_noun_use(i, j, lo, hi) for i, j, _cue in self._cues_between(lo, hi)):
            return None
        return sent.start

    def _speaker_before(self, q: Quoted) -> _Found | None:
        sent = self.sentence_of(q.span.start)
        lo, hi = self.tok_at(sent.start), self.tok_at(q.span.start)
        for i, j, cue in reversed(self._cues_between(lo, hi)):
            if cue.cls == "according_to":
                continue
            between = self.text[self.toks[j - 1].end : q.span.start].strip()
            direct_join = between in ("", ",", ":", "that", ", that") or (
                between.endswith((",", ":")) and len(between.split()) <= 5)
            if not direct_join:
                continue
            speaker = self._subject(i, lo, sent)
            if speaker is not None:
                kind = "mixed" if between.strip().lower().startswith("that") else "direct"
                return _Found(kind, q.span, "direct.speaker_before", self._cue_span(i, j), speaker, 0.85)
        return None

    def _colon(self, q: Quoted) -> _Found | None:
        before = self.text[: q.span.start].rstrip()
        if not before.endswith(":"):
            return None
        sent = self.sentence_of(len(before) - 1)
        lo, hi = self.sentence_tokens(sent)
        for i, j, cue in reversed(self._cues_between(lo, hi)):
            if cue.lemma in ("quote", "cite") and cue.cls == "report":
                # "The Times quoted Evelyn Farkas ... to point out:" -> Farkas, reported by the Times
                quoted_person = object_after(self.toks, j, self.index, hi)
                outer_speaker = subject_before(self.toks, i, self.index, floor=lo)
                if quoted_person is not None:
                    outer = _Found("direct", q.span, "direct.colon+quoted_by", self._cue_span(i, j), outer_speaker,
                                   0.8)
                    self.found.append(outer)
                    inner = _Found("direct", q.span, "direct.colon", self._point_out_cue(lo, hi) or
                                   self._cue_span(i, j), quoted_person, 0.85)
                    inner.outer_of = len(self.found) - 1
                    return inner
            speaker = subject_before(self.toks, i, self.index, floor=lo)
            if speaker is not None:
                return _Found("direct", q.span, "direct.colon", self._cue_span(i, j), speaker, 0.85)
        first = self.index.within(sent.start, sent.end)
        if first:
            s, e, actor = first[0]
            return _Found("direct", q.span, "direct.colon", None, Speaker(Span(s, e), actor), 0.6)
        return None

    def _point_out_cue(self, lo: int, hi: int) -> Span | None:
        for i, j, cue in self._cues_between(lo, hi):
            if cue.cls == "speech":
                return self._cue_span(i, j)
        return None

    def _subject(self, i: int, lo: int, sent: Span) -> Speaker | None:
        """The subject of the cue at token i; participles take their clause's subject."""
        word = self.toks[i].text.lower()
        before = skip_back_adverbials(self.toks, i - 1, lo)
        if before >= lo and self.lowers[before] in ("and", "but", "then"):
            # "he called her 'weak' and said ...": the first verb's subject
            first = self._clause_subject(sent, i)
            if first is not None:
                return first
        if word.endswith("ing") and i > lo:
            prev = self.toks[i - 1].text.lower()
            if prev not in ("is", "was", "are", "were", "been", "be"):
                reporter = self._reporter_before(sent.start, self.toks[i].start)
                if reporter is not None:
                    return reporter  # "..., Moreau said, adding that ...": the one who said it
                return self._clause_subject(sent, i)
        i = self._raised_from(i, lo)
        found = subject_before(self.toks, i, self.index, floor=lo)
        k = skip_back_adverbials(self.toks, i - 1, lo)
        if found is not None and found.actor is not None and k >= lo and self.lowers[k] in ("who", "which", "that"):
            # "Roffman, who estimates ...": the relative pronoun is the mention, the antecedent who it is
            return Speaker(Span(self.toks[k].start, self.toks[k].end), found.actor)
        if found is None and k >= lo and self.lowers[k] in _SPEAKING_PRONOUNS:
            # "They think ...", "he said ...": a pronoun the linker could not resolve still speaks
            return Speaker(Span(self.toks[k].start, self.toks[k].end), None)
        return found

    def _clause_subject(self, sent: Span, i: int) -> Speaker | None:
        """The first actor of the sentence before token i, after a fronted scene ("Before the Paris attacks, ...")."""
        start = sent.start
        comma = self._first_comma(sent, i)
        if comma < i and self._scene_before(sent, comma):
            start = self.toks[comma].end
        before = [m for m in self.index.within(start, self.toks[i].start)
                  if m[2].kind in ("person", "organization", "country", "group")]
        if not before:
            return None
        for ci, cj, _cue in self._cues_between(self.tok_at(start), i):
            if cj == self.tok_at(before[0][0]):
                # "The harbour master praised Moreau, saying ...": Moreau is the object; the verb's subject says it
                return subject_before(self.toks, ci, self.index, floor=self.tok_at(start))
        s, e, actor = before[0]
        return Speaker(Span(s, e), actor)

    def _first_comma(self, sent: Span, i: int) -> int:
        k = self.tok_at(sent.start)
        while k < i and self.toks[k].text != ",":
            k += 1
        return k

    def _raised_from(self, i: int, lo: int) -> int:
        """The raising verb before 'to' and the cue at i ('continues to insist', 'went on to say'), else i."""
        if i - 2 <= lo or self.lowers[i - 1] != "to":
            return i
        if self.lowers[i - 2] in _RAISING:
            return i - 2
        if self.lowers[i - 2] == "on" and i - 3 > lo and self.lowers[i - 3] in _GO_ON:
            return i - 3
        return i

    def _reporter_before(self, start: int, end: int) -> Speaker | None:
        """The speaker of the last report whose cue lies between start and end."""
        best: Speaker | None = None
        best_at = -1
        for f in self.found:
            if f.cue is not None and f.speaker is not None and start <= f.cue.start < end and f.cue.start > best_at:
                best, best_at = f.speaker, f.cue.start
        return best

    def _cues_between(self, lo: int, hi: int) -> list[tuple[int, int, Cue]]:
        return [c for c in self.cues if lo <= c[0] < hi]

    def _cue_span(self, i: int, j: int) -> Span:
        return Span(self.toks[i].start, self.toks[j - 1].end)

    # --- reported speech -------------------------------------------------------------------
    def reported_speech(self) -> None:
        direct_cues = {f.cue for f in self.found if f.cue is not None}
        per_sentence: dict[int, int] = {}
        for i, j, cue in self.cues:
            cue_span = self._cue_span(i, j)
            if cue_span in direct_cues:
                continue
            sent = self.sentence_of(cue_span.start)
            per_sentence[sent.start] = per_sentence.get(sent.start, 0) + 1
            if per_sentence[sent.start] > MAX_CUES_PER_SENTENCE:
                continue
            lo, hi = self.sentence_tokens(sent)
            if cue.cls == "according_to":
                self._according_to(i, j, cue, sent, lo, hi)
            else:
                self._verb(i, j, cue, sent, lo, hi)

    def _is_noun_use(self, i: int, j: int, lo: int, hi: int) -> bool:
        prev = self.toks[i - 1].text.lower() if i > lo else ""
        nxt = self.toks[j].text.lower() if j < hi else "."
        word = self.toks[i].text.lower()
        if (word, nxt) in _CUE_COMPOUNDS or (prev, word) in _CUE_COMPOUNDS:
            return True  # "a think tank", "a talk show host"
        if prev in ("he", "she", "it", "who") or (word.endswith("ed") and i > lo and self._subject_ends_at(i - 1)):
            return False  # "He believes, for example, ...", "Fox News confirmed ...": a subject, then its verb
        if prev in _QUANTIFIER_SUBJECTS and not word.endswith("s") and self._opens_complement(j, hi) \
                and (word not in _NOUN_VERBS or nxt == "that"):
            return False  # "Some say they ...", "Many believe that ...": the quantifier is the subject
        if prev in _NOUN_BEFORE:
            return not (prev == "to" and self._raised_from(i, lo) < i)
        if word == "states" and nxt not in ("that", ":"):
            return True  # "five states voting Tuesday": the noun, far likelier than the verb
        if self._modifies_noun(i, j, prev, nxt, lo, hi):
            return True
        if word.endswith("s") and nxt in _NOUN_AFTER and word not in ("says", "tells", "adds", "notes", "warns"):
            # "Rubio wants to ...", "It plans to ...": after its subject an intention verb takes "to"
            return not (nxt == "to" and word in _INTENTION_TO and prev not in ("", ",", "and", "or"))
        if word not in _NOUN_VERBS:
            return False
        if prev in BETWEEN_SUBJECT_AND_CUE or prev in ("i", "we", "you", "they"):
            return False
        # "Strategists hope the ...", "Democrats plan to ...": a plural subject makes it a verb
        plural = len(prev) > 3 and prev.endswith("s") and not prev.endswith(("ss", "'s", "’s")) and prev.isalpha()
        return not (plural and nxt in _VERB_OBJECT_STARTS)

    def _subject_ends_at(self, k: int) -> bool:
        """A named actor ends at token k ("Fox News"), not a pronoun that refers to one ("his")."""
        found = self.index.ending_at(self.toks[k].end, self.toks[k].end)
        return found is not None and found[2].kind in ("person", "organization", "country", "group") \
            and self.toks[k].text[:1].isupper()

    def _opens_complement(self, j: int, hi: int) -> bool:
        """What follows a verb's complement: 'that', a subject pronoun, a quotation mark or a clause."""
        if j >= hi:
            return False
        nxt = self.lowers[j]
        return nxt in _COMPLEMENT_HEADS or nxt in _SUBJECT_PRONOUNS or self._clause_like(j, hi)

    def _modifies_noun(self, i: int, j: int, prev: str, nxt: str, lo: int, hi: int) -> bool:
        """'384 pledged delegates', 'the Editor's note:': after a number or a possessive, before a noun."""
        number = prev.replace(",", "").isdigit() or prev in _NUMBER_WORDS
        possessive = prev in ("'s", "’s") and i - 2 >= lo and self.lowers[i - 2] not in _CONTRACTING
        if possessive and nxt in (":", ".", ",", ";") and not self.toks[i].text.endswith(("ed", "ing")):
            return True
        raw_next = self.toks[j].text if j < hi else ""
        noun_next = raw_next.isalpha() and raw_next.islower() and nxt not in _VERB_OBJECT_STARTS \
            and nxt not in _COMPLEMENT_HEADS and nxt not in _SUBJECT_PRONOUNS and nxt not in _AUXILIARIES
        return (number or possessive) and noun_next

    def _passive_or_idiom(self, i: int, lo: int) -> bool:
        k = i - 1
        while k >= lo and (self.lowers[k] in ("also", "not", "never", "long") or self.lowers[k].endswith("ly")):
            k -= 1
        prev = self.toks[k].text.lower() if k >= lo else ""
        word = self.toks[i].text.lower()
        if prev in ("is", "was", "are", "were", "be", "been", "being", "get", "got") and not word.endswith("ing"):
            return True  # passive: "was told", "is known", "had been soundly rejected" (but not "is declaring")
        if i - 1 >= lo and self.toks[i - 1].text == "-" and self.toks[i - 1].end == self.toks[i].start:
            return True  # "C.I.A.-backed rebels": a compound adjective
        if word.endswith("ed") and word not in ("said", "told") and i + 1 < len(self.toks) \
                and self.lowers[i + 1] == "by":
            return True  # "the governor challenged by Sanders": the one challenged, not the one challenging
        if prev == "easier" or (word.endswith("ing") and prev in _DEGREE_WORDS):
            return True  # "easier said than done", "the most telling", "very promising": not a report
        # "as they say", "as the saying goes"
        return k - 1 >= lo and self.toks[k - 1].text.lower() == "as" and prev in ("they", "you", "one", "people")

    def _verb(self, i: int, j: int, cue: Cue, sent: Span, lo: int, hi: int) -> None:
        if self._is_noun_use(i, j, lo, hi):
            return
        if self._passive_or_idiom(i, lo):
            self._passive_agent(i, j, cue, lo, hi)
            return
        cue_span = self._cue_span(i, j)
        named_after = self._named_source_after_comma(i, j, lo, hi)
        if named_after is not None:
            self._source_after(named_after, sent, i - 1, cue_span, cue)
            return
        word = self.toks[i].text.lower()
        nxt = self.toks[j].text if j < hi else "."
        # "..., a source said." / "..., sources told the Post." / "..., said Brown."
        end_of_sentence = j >= hi or nxt in (".", "!", "?") or (j + 1 >= hi)
        speaker = self._subject(i, lo, sent)
        if speaker is not None and speaker.actor is None and not self._plausible_speaker(speaker):
            speaker = None  # "Having announced", "more ambiguous remarks": no one is named
        if speaker is None and word.endswith("ing"):
            speaker = self._fronted_participle_subject(j, sent, hi)
        quote = self.inside_quote(cue_span.start)
        if quote is not None and (speaker is None or speaker.actor is None or not quote.span.contains(speaker.span)
                                  or self.text[speaker.span.start:speaker.span.end].lower() in _PRONOUNS):
            return  # "I said", "he told me" inside a quotation belong to the quoted speaker's story
        comma_before = self._comma_clause_start(i, lo)
        trailing = (cue.cls in ("speech", "epistemic", "report") or (cue.cls == "cognition" and end_of_sentence)) and (
            end_of_sentence or self._tail_is_recipient(j, hi, cue) or self._source_ends_report(j, hi))
        appositive = speaker is not None and comma_before is not None \
            and speaker.span.start < self.toks[comma_before].start  # "Miller, a retired worker, said ..."
        if appositive and speaker is not None and not word.endswith("ing") and (
                end_of_sentence or (cue.lemma in _RECIPIENT_VERBS and hi - j <= 6)):
            # "..., his top aide, Tad Devine, told the Post.": the content ends before the appositive pair
            outer = self._comma_clause_start(self.tok_at(speaker.span.start), lo)
            if outer is not None and self.tok_at(speaker.span.start) - outer <= 6:
                title = self._comma_clause_start(outer, lo)  # "his top aide," before the name
                if title is not None and outer - title <= 5 and not any(
                        w in _AUXILIARIES for w in self.lowers[title + 1 : outer]):
                    outer = title
                comma_before, appositive = outer, False
        if comma_before is not None and trailing and i - comma_before <= 9 and not appositive \
                and not self._scene_before(sent, comma_before):
            self._source_after(speaker or object_after(self.toks, j, self.index, hi), sent, comma_before,
                               cue_span, cue)
            return
        if speaker is None and self._inverted(i, lo):
            # "..., said Steven Taylor, a chairman of ...": the content is before the comma
            speaker = object_after(self.toks, j, self.index, hi)
            if speaker is not None and self._subject_of_complement(speaker, hi):
                return  # "X (..), a superdelegate, said he has ...": the subject is lost, not inverted
            if speaker is not None and comma_before is not None:
                self._source_after(speaker, sent, comma_before, cue_span, cue)
                return
        if speaker is None or (cue.cls == "attitude" and speaker.actor is None
                               and not can_hold_view(self.text[speaker.span.start : speaker.span.end])):
            return  # an attitude needs someone to hold it ("support for X" alone is a noun)
        # parenthetical: "For now, he said, an effort ..."
        one_word_before = lo + 1 < i and self.toks[lo + 1].text == "," and speaker.span.start > self.toks[lo + 1].start
        comma_after = j if j < hi and self.toks[j].text == "," else self._comma_after_when_or_where(j, hi)
        if (comma_before is not None or one_word_before) and comma_after is not None:
            content = self.trim(self.toks[comma_after + 1].start if comma_after + 1 < hi else sent.end, sent.end)
            if len(content) > 10:
                self._add("indirect", Span(sent.start, content.end), "indirect.parenthetical", cue_span, speaker,
                          cue, 0.75)
            return
        start = j
        if cue.lemma in _RECIPIENT_VERBS and start < hi:
            recipient = object_after(self.toks, start, self.index, hi)
            if recipient is not None and cue.lemma in ("tell", "assure", "remind", "inform"):
                start = self.tok_at(recipient.span.end)
                start = self._past_possessed_title(start, hi)  # "told NBC's “Today” that ..."
        if start < hi and self.toks[start].text in (",", ":"):
            start += 1
        if start >= hi:
            return
        start = self._skip_front_adverbial(start, hi)
        head = self.toks[start].text.lower()
        if head not in _COMPLEMENT_HEADS and head != "to" and cue.lemma in _RECIPIENT_VERBS:
            # "asked their counterparts to help", "urged allies to ..."
            for k in range(start + 1, min(hi, start + 9)):
                if self.toks[k].text.lower() in ("to", "that"):
                    head = "that"
                    break
                if self.toks[k].text in (",", ".", ";"):
                    break
        if head in ("it", "this") and cue.lemma in _NAMING_VERBS:
            if start + 2 >= hi or self.lowers[start + 1] in _NAMING_IDIOMS or self.lowers[start + 2] in _NAMING_IDIOMS:
                return  # "called it quits", "called it a day": idioms, not a name given
        elif (head in ("so", "nothing", "little", "much") and not (
                start + 1 < hi and self.lowers[start + 1] == "of" and self._clause_like(start, hi))) or (
                head in ("it", "this") and not self._clause_like(start, hi)):
            return  # "said so", "said it"; but "said much of the talk was about ..." reports
        stance_object = False
        if head == "to":
            if cue.lemma not in _TO_VERBS and cue.cls not in ("intention", "attitude"):
                return
        elif head not in _COMPLEMENT_HEADS and not self._clause_like(start, hi):
            phrasal = cue.lemma.rpartition(" ")[2] in _OBJECT_PREPOSITIONS
            if head in _ADJUNCT_HEADS and (cue.cls in ("speech", "report", "epistemic") or (
                    cue.cls == "attitude" and not phrasal and head != "of")):
                return  # "said in a follow-up interview", "declined in every state": where, not what
            stance_object = cue.cls == "attitude" or phrasal
            object_ok = cue.cls in ("epistemic", "report", "attitude") or cue.lemma in _OBJECT_VERBS or phrasal
            sees_as = cue.lemma in _AS_VERBS and self._as_soon_after(start, hi)  # "see him as a threat"
            if (cue.cls in ("cognition", "intention") and not sees_as) \
                    or not (object_ok or sees_as or cue.lemma in _ZERO_THAT_VERBS) or cue.lemma in _WINNING_VERBS:
                return  # "claimed 41 percent of the vote", "posted a victory": won, not said
        clause = self._clause(self.toks[start].start, sent.end, _STANCE_OBJECT_END if stance_object else _CLAUSE_END)
        if clause is None or len(clause) < (3 if stance_object and self.text[clause.start].isupper() else 8):
            return  # a stance may be toward a short name ("backed Cruz"); a clause has some length
        content = self._cut_at_next_report(clause, lo, hi)
        if self._in_relative_aside(speaker, lo):
            content = self._to_aside_end(content)  # "X, who says the quay is safe, opened it": the aside ends
        if quote is not None and content.end > quote.inner.end:
            content = self.trim(content.start, quote.inner.end)  # a report told inside a quote ends with it
        if len(content) < 3:
            return  # "X would argue — and Y believes — that ...": the next report starts at once
        confidence = {"speech": 0.8, "epistemic": 0.8, "report": 0.75, "cognition": 0.6, "intention": 0.6,
                      "attitude": 0.5}[cue.cls]
        self._add("indirect", content, f"indirect.verb.{cue.cls}", cue_span, speaker, cue, confidence)

    def _passive_agent(self, i: int, j: int, cue: Cue, lo: int, hi: int) -> None:
        """'His remarks were quickly derided by Laschet': the agent after 'by' holds a view of the subject."""
        if j + 1 >= hi or self.lowers[j] != "by" or self.lowers[i].endswith("ing") or cue.cls != "attitude":
            return
        k = i - 1
        while k >= lo and (self.lowers[k] in _PASSIVE_AUXILIARIES or self.lowers[k].endswith("ly")):
            k -= 1
        if k < lo or not any(w in _BE_FORMS for w in self.lowers[k + 1 : i]):
            return  # not a passive with 'be' ("get told", "easier said")
        agent = object_after(self.toks, j + 1, self.index, hi)
        if agent is None or agent.actor is None or self.inside_quote(self.toks[i].start) is not None:
            return
        if self.lowers[k] in ("who", "which", "that"):
            content = Span(self.toks[k].start, self.toks[k].end)  # "Yellen, who has been criticized by ..."
        else:
            start = k
            while start > lo and self.toks[start - 1].text not in _PASSIVE_SUBJECT_BOUNDS \
                    and self.lowers[start - 1] not in _PASSIVE_SUBJECT_BOUNDS:
                start -= 1
            content = self.trim(self.toks[start].start, self.toks[k].end)
        if len(content) >= 2:
            self._add("indirect", content, f"indirect.passive.{cue.cls}", self._cue_span(i, j), agent, cue, 0.6)

    def _in_relative_aside(self, speaker: Speaker, lo: int) -> bool:
        k = self.tok_at(speaker.span.start)
        return self.lowers[k] in ("who", "which") and k - 1 >= lo and self.toks[k - 1].text == ","

    def _to_aside_end(self, content: Span) -> Span:
        """The content up to the comma that closes a relative aside (outside quotation marks)."""
        at = content.start
        while True:
            comma = self.text.find(",", at, content.end)
            if comma < 0:
                return content
            if len(self.text[content.start : comma].split()) >= 3 and not self._in_quote_marks(comma):
                return self.trim(content.start, comma)
            at = comma + 1

    def _named_source_after_comma(self, i: int, j: int, lo: int, hi: int) -> Speaker | None:
        """'..., said Ms. Gil, with ...': a cue between a comma and a named actor set off by punctuation."""
        if i - 1 <= lo + 1 or self.toks[i - 1].text != "," or self.inside_quote(self.toks[i].start) is not None \
                or j - i > 1 or self.lowers[i].endswith("ing"):
            return None  # "..., referring to Cruz.": the one referred to, not a source
        source = object_after(self.toks, j, self.index, hi)
        if source is None or source.actor is None or source.span.start != self.toks[j].start:
            return None
        after = self.tok_at(source.span.end)
        return source if after >= hi or self.toks[after].text in (",", ".", "!", "?", ";") else None

    def _plausible_speaker(self, speaker: Speaker) -> bool:
        """A noun phrase that can say something, not a stray modifier picked up before the verb."""
        words = self.text[speaker.span.start : speaker.span.end].split()
        first, head = words[0], words[-1].lower()
        if first.lower().endswith("ing") or any(c in first for c in "'’"):
            return False
        return head not in _NOT_HEADS and not head.endswith(("ly", "ous"))

    def _source_after(self, speaker: Speaker | None, sent: Span, comma: int, cue_span: Span, cue: Cue) -> None:
        """The statement is the clause before the comma; the source follows it."""
        content = self.trim(sent.start, self.toks[comma].start)
        if speaker is not None and len(content) > 10:
            self._add("indirect", content, "indirect.source_after", cue_span, speaker, cue, 0.8)

    def _scene_before(self, sent: Span, comma: int) -> bool:
        """ "In a speech last July, he said ...": before the comma is the scene of the report, not its content."""
        first = self.tok_at(sent.start)
        while first < comma and not self.toks[first].text[:1].isalnum():
            first += 1
        return self.lowers[first] in _SCENE_SETTERS and comma - first <= _SCENE_MAX_TOKENS

    def _skip_front_adverbial(self, start: int, hi: int) -> int:
        """'said in the interview ... that ...' -> the content starts at 'that'."""
        if self.toks[start].text.lower() not in _FRONT_ADVERBIALS:
            return start
        for k in range(start, min(hi, start + 16)):
            if self.toks[k].text.lower() == "that":
                return k
            if self.toks[k].text in ('"', "“", ".", ";"):
                break
        k = start
        while k < hi and k - start < 4 and self.lowers[k] in TEMPORAL and self.lowers[k] != "in":
            k += 1  # "tweeted Tuesday night he considered ...": when, then the clause
        return k if start < k < hi and self._clause_like(k, hi) else start

    def _cut_at_next_report(self, content: Span, lo: int, hi: int) -> Span:
        """'Lithuania says it is ready and Estonia has said ...': the first report ends at 'and'."""
        first = bisect_right(self.cue_starts, content.start)
        for i, _j, cue in self.cues[first : first + _NEXT_REPORT_CHECKS]:
            if self.toks[i].start >= content.end:
                break
            if cue.cls == "according_to":
                continue
            k = i - 1
            if k > lo and self.toks[k].text.lower() in ("also", "then", "later"):
                k -= 1
            if k > lo and self.toks[k].text.lower() in ("and", "but") and self.toks[k].start > content.start:
                # "praised Rubio's positions and said ...": a second verb of the same subject
                cut_at = self.toks[k - 1].end if self.toks[k - 1].text == "," else self.toks[k].start
                return self.trim(content.start, cut_at)
            speaker = subject_before(self.toks, i, self.index, floor=lo)
            if speaker is None or speaker.actor is None:
                continue
            k = self.tok_at(speaker.span.start) - 1
            if k > lo and self.toks[k].text.lower() in ("and", "but", ";", "while", "whereas") \
                    and self.toks[k].start > content.start:
                cut_at = self.toks[k - 1].end if self.toks[k - 1].text == "," else self.toks[k].start
                return self.trim(content.start, cut_at)
        return content

    def _fronted_participle_subject(self, j: int, sent: Span, hi: int) -> Speaker | None:
        """'In asserting that ..., the Times means ...': the subject follows the clause."""
        k = j
        while k < hi and self.toks[k].text != ",":
            k += 1
        after = [m for m in self.index.within(self.toks[k].end if k < hi else sent.end, sent.end)
                 if m[2].kind in ("person", "organization", "country", "group")]
        if after and k < hi and after[0][0] - self.toks[k].end < 12:
            s, e, actor = after[0]
            return Speaker(Span(s, e), actor)
        return None

    def _comma_clause_start(self, i: int, lo: int) -> int | None:
        """The comma that ends the content before a trailing source ("..., a source said")."""
        k = i - 1
        steps = 0
        while k > lo and steps < 12:
            t = self.toks[k].text
            if t in (",", "—", "–"):
                return k if k > lo + 1 else None
            if t in ('"', "”", "''", "’") and self.toks[k - 1].text in (",", "?", "!"):
                return k - 1 if k - 1 > lo + 2 else None  # 'he "made a mistake," Lichtman said'
            if t == "." and k > lo and (len(self.toks[k - 1].text) <= 3 and self.toks[k - 1].text[:1].isupper()):
                k -= 1  # "Mr." inside the source's name
                steps += 1
                continue
            if t in (".", ";", ":", '"', "”", "“"):
                return None
            k -= 1
            steps += 1
        return None

    def _tail_is_recipient(self, j: int, hi: int, cue: Cue) -> bool:
        """'..., Obama told his advisers as he labored ...': after the cue, a recipient and a subordinate clause."""
        rest = self.lowers[j:hi]
        if len(rest) <= 6 and (not rest or rest[-1] in (".", "!", "?")):
            # "..., Obama told his advisers." but not "Hours later, Intel said the event was canceled."
            if not rest or rest[0] in (".", "!", "?"):
                return True
            if rest[0] in _SUBJECT_PRONOUNS or any(w in _AUXILIARIES and w not in ("'s", "’s") for w in rest[1:]):
                return False
            # "..., he said in a statement." but not "..., Eric Holder announced his resignation."
            return cue.lemma in _RECIPIENT_VERBS or rest[0] in WHEN_OR_WHERE_OPENERS \
                or rest[0] in _TAIL_PREPOSITIONS or self.toks[j].text[:1].isupper()
        if not rest or rest[0] in (",", "that", ":"):
            return False  # a parenthetical ("he said, ...") or a complement, not a trailing source
        return any(w in ("as", "while", "when", "after", "before", "during") for w in rest[1:6])

    def _comma_after_when_or_where(self, j: int, hi: int) -> int | None:
        """'..., Hollande said Tuesday in Paris, noting ...': the comma after a cue's when and where."""
        if j >= hi or self.lowers[j] not in WHEN_OR_WHERE_OPENERS:
            return None
        for k in range(j + 1, min(hi, j + 8)):
            w = self.lowers[k]
            if w == ",":
                return k
            if w in ("that", "for", "about", "to", "against", ":", '"', "“", "”", ";") or w in _AUXILIARIES:
                return None  # "called Friday for releasing ...": what was said, not when
        return None

    def _source_ends_report(self, j: int, hi: int) -> bool:
        """'..., she said, adding ...' and '..., she said on Monday, noting ...' end the sentence's report;
        '..., she said, were ...' goes on with the clause it interrupts."""
        if j < hi and self.lowers[j] == ",":
            after = self.lowers[j + 1] if j + 1 < hi else ""
            if not (len(after) > 5 and after.endswith("ing") and after not in _ING_NOT_PARTICIPLES):
                return False
            # "..., he said, replacing Clinton would be ...": a gerund subject, the clause goes on
            rest = self.lowers[j + 2 : min(hi, j + 6)]
            return not rest or rest[0] in ("that", "to", ",", ":") or not any(w in _AUXILIARIES for w in rest)
        comma = self._comma_after_when_or_where(j, hi)
        if comma is None:
            return False
        after = self.lowers[comma + 1] if comma + 1 < hi else ""
        return not (after in _AUXILIARIES or after.endswith("ed"))

    def _as_soon_after(self, start: int, hi: int) -> bool:
        """'see him as a threat': "as" follows the object within a few words, before the clause ends."""
        for k in range(start + 1, min(hi, start + _AS_WINDOW)):
            if self.lowers[k] == "as":
                return True
            if self.lowers[k] in (",", ".", ";", ":", "that"):
                return False
        return False

    def _subject_of_complement(self, speaker: Speaker, hi: int) -> bool:
        """'said he has spoken', 'said the candidate could win': the noun after the cue opens its clause."""
        k = self.tok_at(speaker.span.end)
        if k >= hi:
            return False
        return self.lowers[k] in _AUXILIARIES or (
            self.text[speaker.span.start : speaker.span.end].lower() in _SUBJECT_PRONOUNS
            and self.toks[k].text[:1].isalpha())

    def _inverted(self, i: int, lo: int) -> bool:
        return i > lo and self.toks[i - 1].text in (",", '"', "”", "’", "''", "'")

    def _clause_like(self, start: int, hi: int) -> bool:
        """A complement clause without 'that': a subject followed by a verb soon after."""
        words = self.lowers[start : min(hi, start + 10)]
        if words and words[0] in _SUBJECT_PRONOUNS and len(words) > 1 and words[1][:1].isalpha() | (
                words[1] in ("'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d")):
            return True  # "it detected ...", "they need ...", "it's ..."
        for w in words[1:]:
            if w in (",", ";", ":", "(", "—"):
                return False  # "praised Putin, saying he was ...": the verb after the comma is another clause's
            if w in _AUXILIARIES:
                return True
        return False

    def _clause(self, start: int, end: int, ends: re.Pattern[str] = _CLAUSE_END) -> Span | None:
        cut = end
        for m in ends.finditer(self.text, start, end):
            if m.start() > start and not self._in_quote_marks(m.start()) \
                    and self.text[start : m.start()].lower() not in ("that", "if", "whether"):  # "that, while ..."
                cut = m.start()
                break
        span = self.trim(start, cut)
        return span if len(span) else None

    def _according_to(self, i: int, j: int, cue: Cue, sent: Span, lo: int, hi: int) -> None:
        word = self.toks[i].text.lower()
        nxt = self.toks[j] if j < hi else None
        if nxt is None:
            return
        if word == "per" and not (nxt.text.lower() in ("a", "an", "the", "one", "two", "several")
                                  or nxt.text[:1].isupper()):
            return  # "per cent", "per day"
        source = object_after(self.toks, j, self.index, hi)
        if source is None:
            return
        cue_span = self._cue_span(i, j)
        # "(According to X, ...", "It has not gone unnoticed: according to X, ..."
        opening = self.text[sent.start : cue_span.start]
        at_start = i == lo or opening.strip(" \n\t(\"“'‘") == "" or opening.rstrip().endswith((":", ";"))
        if at_start:
            k = self.tok_at(source.span.end)
            while k < hi and self.toks[k].text != ",":
                k += 1
            content = self.trim(self.toks[k].end if k < hi else source.span.end, sent.end)
        elif self._parenthetical_source(i, source, lo, hi):
            content = self.trim(sent.start, sent.end)  # "His criticism, according to X, was ..."
        else:
            content = self.trim(sent.start, cue_span.start)
        if len(content) < 8:
            return
        inner = [f for f in self.found if f.content.start >= sent.start and f.content.end <= sent.end
                 and f.kind in ("direct", "mixed") and f.speaker is not None]
        found = self._add("according_to", content if not inner else inner[0].content, "according_to", cue_span,
                          source, cue, 0.8)
        if inner and found is not None:
            inner[0].outer_of = len(self.found) - 1

    def _parenthetical_source(self, i: int, source: Speaker, lo: int, hi: int) -> bool:
        """ "X, according to Y, was Z": the source interrupts the clause, which goes on after it."""
        if i <= lo or self.toks[i - 1].text not in _ASIDE_MARKS:
            return False
        k = self.tok_at(source.span.end)
        while k < hi and self.toks[k].text not in _ASIDE_MARKS and self.toks[k].text not in ".;:" and k - i < 25:
            k += 1  # past the rest of the source's description
        if k >= hi or self.toks[k].text not in _ASIDE_MARKS:
            return False
        rest = self.lowers[k + 1 : hi]
        return len(rest) >= 3 and rest[0] not in ("who", "which", "said", "says", "and", "but")

    def _add(self, kind: str, content: Span, rule: str, cue_span: Span, speaker: Speaker | None, cue: Cue,
             confidence: float) -> _Found | None:
        if cue_span in self.cue_spans:
            return None
        self.cue_spans.add(cue_span)
        if kind == "indirect":
            content = self._through_open_quote(content)
        quoted = [q for q in self.quoted if content.contains(q.span) and not q.single]
        if quoted and kind == "indirect":
            kind = "mixed"
        found = _Found(kind, content, rule, cue_span, speaker, confidence)
        self.found.append(found)
        return found

    def _through_open_quote(self, content: Span) -> Span:
        """'called Braynard "a real smart guy. I'd like to ..."': a quotation opened in the content ends it."""
        for q in self.quoted:
            if not q.single and content.start <= q.span.start < content.end < q.span.end \
                    and not q.runs_on:
                return Span(content.start, q.span.end)
        return content

    def headlines(self) -> None:
        taken = [f.content for f in self.found if f.kind != "scare"]
        for h in chain(headline_statements(self.text, self.doc.paragraphs, self.index),
                       title_statements(self.text, self.doc.paragraphs, self.index)):
            if any(t.contains(h.content) if h.shape == "transcript" else t.overlaps(h.content) for t in taken):
                continue  # a transcript turn holds the reports its speaker makes
            taken.append(h.content)
            rule = {"headline": "headline.colon", "title": "headline.title"}.get(h.shape, "transcript.label")
            self._add("indirect", h.content, rule, h.cue, h.speaker, _HEADLINE_CUE, 0.7)

    def nominal(self) -> None:
        lowers = self.lowers
        taken = [f.content for f in self.found if f.kind != "scare"]
        for sent in self.doc.sentences:
            lo, hi = self.sentence_tokens(sent)
            for n in nominal_stances(self.toks, lowers, self.index, lo, hi):
                if any(t.overlaps(n.content) for t in taken) or self._in_quote_marks(n.cue.start):
                    continue
                self._add("indirect", n.content, f"nominal.{n.word}", n.cue, n.holder, _NOMINAL_CUE, 0.5)

    def evidential(self) -> None:
        taken = [f.content for f in self.found if f.kind != "scare"]
        free = 0
        for i in cue_starts(self.lowers):
            if i < free:
                continue
            sent = self.sentence_of(self.toks[i].start)
            lo, hi = self.sentence_tokens(sent)
            ev = evidential_at(self.toks, self.lowers, self.index, i, lo, hi)
            if ev is None:
                continue
            free = ev.cue[1]
            cue_span = self._cue_span(*ev.cue)
            if self._in_quote_marks(cue_span.start):
                continue
            begin = self.toks[ev.start].start
            if ev.end is not None:
                content: Span | None = self.trim(begin, self.toks[ev.end - 1].end)
            else:
                rest = self._clause(self.toks[ev.cue[1]].start if ev.through_cue else begin, sent.end)
                content = self.trim(begin, rest.end) if rest is not None else None
            if content is None or len(content) < 8 or any(t.overlaps(content) for t in taken):
                continue
            self._add("indirect", content, f"evidential.{ev.shape}", cue_span, ev.asker, _EVIDENTIAL_CUE, 0.5)

    def in_sources(self) -> None:
        """'In a CNN poll released Monday, ...', '... ahead in the polls': a source named after 'in'."""
        nouns = source_nouns()
        heads = [k for k, w in enumerate(self.lowers) if w in nouns]
        if not heads:
            return
        taken = [f.content for f in self.found if f.kind != "scare"]
        for i in [i for i, w in enumerate(self.lowers) if w == "in"]:
            k = bisect_right(heads, i)
            if k == len(heads) or heads[k] - i > MAX_HEAD_DISTANCE:
                continue
            sent = self.sentence_of(self.toks[i].start)
            lo, hi = self.sentence_tokens(sent)
            found = in_source_at(self.toks, self.lowers, i, lo, hi)
            if found is None or self._in_quote_marks(self.toks[i].start):
                continue
            a, b = found.statement
            content = self.trim(self.toks[a].start, self.toks[b - 1].end if b < hi else sent.end)
            if len(content) < 12:
                continue
            if found.shape == "trailing" and (self._cues_between(lo, i) or any(t.overlaps(content) for t in taken)):
                continue  # "respondents in the survey said ...": the sentence has its own report
            if found.shape == "fronted" and any(t.contains(content) for t in taken):
                continue  # a fronted source holds the reports after it ("In a poll, 40 percent said ...")
            s, e = self.toks[found.source[0]].start, self.toks[found.source[1] - 1].end
            named = self.index.within(s, e)
            source = Speaker(Span(s, e), named[0][2] if len(named) == 1 else None)
            self._add("according_to", content, f"in_source.{found.shape}", self._cue_span(i, i + 1), source,
                      _IN_SOURCE_CUE, 0.6)

    # --- fragments -------------------------------------------------------------------------
    def fragments(self) -> None:
        claimed = {f.quote_ref.span for f in self.found if f.quote_ref is not None}
        for q in self.quoted:
            if q.span in claimed:
                continue
            words = len(self.text[q.inner.start : q.inner.end].split())
            if not q.single and words >= _SHORT_QUOTE_WORDS and self._stands_alone(q):
                continue
            if self._is_title(q):
                continue  # "told NBC's “Today” on Monday": the name of a show, not words quoted
            frame = self._frame_of(q)
            if frame is not None and abs(frame.content.start - q.span.start) <= 1 \
                    and abs(frame.content.end - q.span.end) <= 2:
                frame.kind = "partial"
                frame.content = q.span
                frame.quote_ref = q
                continue
            if frame is not None:
                self.found.append(_Found("partial", q.span, "partial.in_report", frame.cue, frame.speaker, 0.7,
                                         quote_ref=q))
            else:
                self.found.append(_Found("scare", q.span, "scare.no_speaker", None, None, 0.5, quote_ref=q))

    def _past_possessed_title(self, start: int, hi: int) -> int:
        if start + 1 >= hi or self.lowers[start] not in ("'s", "’s"):
            return start
        q = self.inside_quote(self.toks[start + 1].end)
        if q is not None and q.span.start == self.toks[start + 1].start and self._is_title(q):
            return self.tok_at(q.span.end)
        return start

    def _is_title(self, q: Quoted) -> bool:
        """A capitalised name in quotes after a possessive: a programme, a book, a film."""
        k = self.tok_at(q.span.start) - 1
        inner = self.text[q.inner.start : q.inner.end]
        return k >= 0 and self.lowers[k] in ("'s", "’s") and inner[:1].isupper() \
            and all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 4 for w in inner.split())

    def _frame_of(self, q: Quoted) -> _Found | None:
        best = None
        for f in self.found:
            inside = f.content.start <= q.span.start and q.span.end <= f.content.end + 2 and f.content != q.span
            framing = f.kind in ("indirect", "mixed", "according_to", "direct") and f.speaker is not None
            if framing and inside and (best is None or len(f.content) < len(best.content)):
                best = f
        if best is not None:
            return best
        # a fragment in the same sentence as a reporting verb with a subject
        sent = self.sentence_of(q.span.start)
        for f in self.found:
            if f.cue is not None and sent.start <= f.cue.start < sent.end and f.speaker is not None \
                    and f.kind != "scare":
                return f
        return None

    # --- output ----------------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        self.direct_quotes()
        self._inherit_backwards()
        self.reported_speech()
        self.headlines()
        self.nominal()
        self.evidential()
        self.in_sources()
        self.fragments()
        container = self._containers()
        # "Karimi said she hopes ...": a report inside the same speaker's statement is part of it, not a second level
        folded = {k for k, c in container.items() if self.found[k].outer_of is None and self.found[k].kind != "partial"
                  and self._same_speaker(k, c)}
        self._reframe_partials(folded, container)
        order = sorted((k for k in range(len(self.found)) if k not in folded),
                       key=lambda k: (self.found[k].content.start, self.found[k].content.end, k))
        ids = {k: f"q{n}" for n, k in enumerate(order, start=1)}
        out = []
        for k in order:
            f = self.found[k]
            actor = f.speaker.actor if f.speaker else None
            speaker_text = self.text[f.speaker.span.start : f.speaker.span.end] if f.speaker else ""
            host = self._host(k, container, folded)
            out.append(Quote(
                id=ids[k], kind=f.kind, content=f.content, rule=f.rule, cue=f.cue,  # type: ignore[arg-type]
                speaker=f.speaker.span if f.speaker else None,
                speaker_actor=actor.id if actor else None, speaker_name=actor.name if actor else None,
                speaker_type=speaker_type(actor, speaker_text) if f.speaker else None,
                confidence=f.confidence * (1.0 if actor is not None or f.kind == "scare" else 0.8),
                reported_by=ids[host] if host is not None else None,
            ))
        return out

    def _containers(self) -> dict[int, int]:
        """For each statement reported inside another, the index of the innermost one that reports it."""
        container: dict[int, int] = {}
        by_start = sorted(range(len(self.found)), key=lambda x: self.found[x].content.start)
        content_starts = [self.found[x].content.start for x in by_start]
        for k, f in enumerate(self.found):
            if f.outer_of is not None:
                container[k] = f.outer_of
                continue
            if f.cue is None or f.kind == "scare":
                continue
            # a cue inside another statement's content: that statement reports this one
            best = None
            k_start = bisect_right(content_starts, f.cue.start)
            for other_k in reversed(by_start[max(0, k_start - 200) : k_start]):
                o = self.found[other_k]
                contains = other_k != k and o.kind not in ("scare", "partial") and o.content.contains(f.cue) \
                    and not (o.cue and f.content.contains(o.cue))
                if contains and (best is None or len(o.content) < len(self.found[best].content)):
                    best = other_k
            if best is not None:
                container[k] = best
        return container

    def _host(self, k: int, container: dict[int, int], folded: set[int]) -> int | None:
        """The statement that reports statement k, passing over the ones folded into their own speaker's."""
        host = container.get(k)
        for _ in range(len(self.found)):
            if host is None or host not in folded:
                return host
            host = container.get(host)
        return None

    def _reframe_partials(self, folded: set[int], container: dict[int, int]) -> None:
        """A partial quote framed by a folded report takes the frame it was folded into ('said she hopes to "win"')."""
        frames = {}
        for k in folded:
            host = self._host(k, container, folded)
            cue = self.found[k].cue
            if host is not None and cue is not None and self.found[host].cue is not None:
                frames[(cue.start, cue.end)] = self.found[host]
        for f in self.found:
            frame = frames.get((f.cue.start, f.cue.end)) if f.kind == "partial" and f.cue is not None else None
            if frame is not None:
                f.cue, f.speaker = frame.cue, frame.speaker

    def _same_speaker(self, k: int, other: int) -> bool:
        inner, outer = self.found[k].speaker, self.found[other].speaker
        return inner is not None and outer is not None and inner.actor is not None \
            and outer.actor is not None and inner.actor.id == outer.actor.id


def extract_quotes(doc: Doc) -> list[Quote]:
    return QuoteExtractor(doc).quotes()
