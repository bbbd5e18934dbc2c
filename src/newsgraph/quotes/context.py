"""What the quote rules share: the document's tokens, cues and quotation marks, and the statements found so far."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from newsgraph import lexicons
from newsgraph.actors.phrases import Argument as Speaker
from newsgraph.actors.phrases import MentionIndex
from newsgraph.model import Doc, Span
from newsgraph.quotes.cues import Cue, first_words, phrase_cues, verb_cues
from newsgraph.quotes.marks import Quoted, quote_marks
from newsgraph.text.segment import Token, doc_tokens, token_lowers

SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "there"})
AUXILIARIES = frozenset({"is", "was", "are", "were", "will", "would", "could", "should", "has", "have", "had", "can",
                         "may", "might", "must", "'s", "’s", "'re", "’re", "'ll", "’ll", "did", "does", "do"})
# what may follow a trailing source's cue: "..., she wrote to supporters", "..., he said via a spokesman"
TAIL_PREPOSITIONS = lexicons.word_set("trailing_source_words.txt")
DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "this", "these", "those", "some",
                         "any", "every", "each"})
# what opens a phrase of where or when, not a clause or an object
ADJUNCT_HEADS = frozenset({"in", "on", "at", "during", "of", "about", "with", "after", "before", "when", "while",
                           "last", "earlier", "later", "from", "for", "via", "through", "below", "above"})
RECIPIENT_VERBS = frozenset({"tell", "assure", "remind", "inform", "warn", "urge", "promise", "ask", "order"})
# complements a reporting verb may take; anything else is not reported speech ("responding to ...")
COMPLEMENT_HEADS = frozenset({"that", "if", "whether", "how", "what", "why", "when", "where", "who", '"', "“",
                              "‘", "'"})
SHORT_QUOTE_WORDS = 6
_OPENING_MARKS = frozenset({"\"", "“", "‘", "'"})
# "-ing" words after a comma that do not open a participle clause ("..., including ...", "..., during ...")
NOT_PARTICIPLE = r"(?:during|nothing|something|anything|everything|morning|evening|including)\b"
# "said her cycle was to blame, called her third-rate and ...": the subject's next predicate after a comma
_NEXT_PREDICATE = re.compile(r",\s+(?:[a-z]+ed|told|stood|sent|made|took|gave|held|met|won|ran|went|left)\s"
                             r"(?=(?:the|a|an|his|her|their|its|him|them|it|at|in|on|for|from|about|against|"
                             r"into|up|out|off|down|over|beside)\b|[A-Z“\"])")
# where a reported clause ends: a trailing participle, a relative on a thing or a place ("which", "where") or
# on a name ("Adler, who ..."; `clause` keeps the relatives that sit inside the subject), a second verb phrase,
# a second report, a closing appositive (the writer's gloss: "..., a swipe at ..."), the subject's next predicate
# (all bounded, no nested quantifiers)
CLAUSE_END = re.compile(
    r",\s+(?:which|whose|where)\b|,\s+who\s|,\s+(?!" + NOT_PARTICIPLE + r")[a-z]+ing\b|;|,\s+but\s(?!that\b)"
    r"|\s+but\s+(?:did|does|do|is|was|has|had|would|could|also|not|said|added|declined|refused|he|she|they|we|it|i|the)\b"
    r"|,\s+and\s+(?:[a-z]+ed|also|then)\b|,\s+(?:according\s+to|he|she|they)\s+(?:said|added|says|told|wrote)?"
    r"|\s+according\s+to\b|,\s+said\b"
    r"|,\s+(?:however|compared|even\s+though|although|though|despite|whereas|while)\b"
    r"|,\s+and\s+(?:when|while|after|before|if|as|he|she|they|we|it|i|the)\b"
    r"|,\s+(?:a|an)\s(?=[^,;]*$)|" + _NEXT_PREDICATE.pattern)


_ASIDE_WORDS = 25
# words that follow an object pronoun rather than a subject's verb: "said it over and over", "did it again"
_NOT_AFTER_SUBJECT = frozenset({"over", "again", "too", "back", "up", "out", "off", "down", "and", "or", "for", "with",
                                "at", "in", "on", "from", "about", "so", "all", "himself", "herself"})
_BEFORE_SUBJECT_NAME = frozenset({"the", "a", "an", "former", "of"})  # "the former Gov. Jeb Bush"
_AND_CLAUSE = re.compile(r",\s+(?:and|but|or)\s+(?!that\b)")  # ", and that ..." is a second complement
_AND_CLAUSE_CHECKS = 8
# "that even after he steps down, he will ...": the comma closes a fronted adverbial clause, not the report
_FRONTED = re.compile(r"(?:that\s+)?(?:even\s+)?(?:if|when|after|before|because|although|though|while|once|unless"
                      r"|since|until|whenever)\s", re.IGNORECASE)


@dataclass(slots=True)
class Found:
    """A statement while the rules still work on it; `quotes()` turns each into a `Quote`."""

    kind: str
    content: Span
    rule: str
    cue: Span | None = None
    speaker: Speaker | None = None
    confidence: float = 0.7
    outer_of: int | None = None  # index of the quote this one reports (explicit nesting)
    quote_ref: Quoted | None = None


def _months_kept(toks: list[Token], lowers: list[str], sent_starts: frozenset[int]) -> list[str]:
    """'in May', 'Theresa May': a capitalised "May" inside a sentence is a month or a name, never the auxiliary,
    so it keeps its capital and no rule reads it as one."""
    return [t.text if w == "may" and t.text == "May" and t.start not in sent_starts else w
            for t, w in zip(toks, lowers, strict=True)]


# a sentence-opening participle that reports: "Noting that ..., Tester added"
_FRONTED_CLASSES = frozenset({"speech", "report", "epistemic"})
# verbs that may put their subject after them: '..., said several observers', 'Said Comey: "..."'
INVERTING_VERBS = frozenset({"say", "add", "write", "ask", "explain", "note", "recall", "argue", "warn", "insist",
                             "continue"})


class Context:
    """One document as the quote rules read it, and the statements they have found in it so far."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks: list[Token] = doc_tokens(doc)
        self.lowers = token_lowers(doc, fold_apostrophes=False)
        self.tok_starts = [t.start for t in self.toks]
        self.index = MentionIndex.of(doc)
        self.sent_starts = [s.start for s in doc.sentences]
        self.sent_start_set = frozenset(self.sent_starts)
        if "may" in self.lowers:
            self.lowers = _months_kept(self.toks, self.lowers, self.sent_start_set)
        self.found: list[Found] = []
        self.quoted = quote_marks(doc)
        self._opening_at = {q.span.start: q for q in self.quoted if not q.single}
        self.cues = self._find_cues()
        self.cue_starts = [self.toks[i].start for i, _, _ in self.cues]
        self.cue_start_set = frozenset(self.cue_starts)
        self._cue_tokens = [i for i, _, _ in self.cues]
        self.cue_spans: set[Span] = set()

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
            capital = not (w.islower() or w == "According")
            if i < free or (capital and not (w[1:].islower() and toks[i].start in self.sent_start_set)):
                continue
            max_len = 2 if w == "According" else starts[lowers[i]]
            for length in range(min(max_len, n - i), 0, -1):
                key = tuple(lowers[i : i + length])
                cue = phrases.get(key) or verbs.get(key)
                if cue is not None and capital and not self._opening_cue(i, cue):
                    break
                if cue is not None:
                    out.append((i, i + length, cue))
                    free = i + length
                    break
        return out

    def _opening_cue(self, i: int, cue: Cue) -> bool:
        """A capitalised cue that opens a sentence reports as a participle ("Noting that ..., Tester added"; not
        the scene "Addressing the gala, ...") or as an inverting verb before its subject ('Said Moreau: "..."')."""
        if cue.cls not in _FRONTED_CLASSES:
            return False
        if self.lowers[i].endswith("ing"):
            return True
        nxt = self.toks[i + 1].text if i + 1 < len(self.toks) else ""
        return cue.lemma in INVERTING_VERBS and (nxt[:1].isupper() or nxt in ("a", "an", "the", "one")) \
            and self.index.starting_at(self.toks[i].start, self.toks[i].start) is None  # not "Said Hamdan said"

    def in_quote_marks(self, offset: int) -> bool:
        return any(q.span.start < offset < q.span.end for q in self.quoted)

    def quote_opening_at(self, offset: int) -> Quoted | None:
        """The quotation whose opening mark is at offset ('said, "No."')."""
        return self._opening_at.get(offset)

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

    def cues_between(self, lo: int, hi: int) -> list[tuple[int, int, Cue]]:
        return self.cues[bisect_left(self._cue_tokens, lo) : bisect_left(self._cue_tokens, hi)]

    def cue_span(self, i: int, j: int) -> Span:
        return Span(self.toks[i].start, self.toks[j - 1].end)

    def clause_like(self, start: int, hi: int) -> bool:
        """A complement clause without 'that': a subject followed by a verb soon after."""
        words = self.lowers[start : min(hi, start + 10)]
        if len(words) > 2 and words[1] in _OPENING_MARKS:
            words = [words[0], *words[2:]]  # 'said it “humanizes” her': the verb opens a partial quote
        if words and words[0] in SUBJECT_PRONOUNS and len(words) > 1 and (
                words[1][:1].isalpha() and words[1] not in _NOT_AFTER_SUBJECT) | (
                words[1] in ("'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d")):
            return True  # "it detected ...", "they need ...", "it's ..."; not "said it over and over"
        for k, w in enumerate(words[1:], 1):
            if w in (",", ";", ":", "(", "—"):
                return False  # "praised Putin, saying he was ...": the verb after the comma is another clause's
            if w in AUXILIARIES:
                return words[k - 1] not in ("and", "but")  # "endorsed Trump and has appeared ...": the subject's
        return False

    def _subject_aside(self, at: int, end: int) -> bool:
        """A relative aside closed by a comma and then a verb: it sat inside the clause's subject."""
        k, hi = self.tok_at(at), self.tok_at(end)
        for c in range(k, min(hi - 1, k + _ASIDE_WORDS)):
            if self.lowers[c] in (";", ":", ".", "(", ")") or self.lowers[c] in _OPENING_MARKS:
                return False
            if self.lowers[c] == ",":
                w = self.lowers[c + 1]
                return w in AUXILIARIES or (self.toks[c + 1].text.islower() and w.endswith("ed"))
        return False

    def _adjective_list(self, comma: int) -> bool:
        """'the full, unredacted email': the comma at offset comma joins two modifiers of one noun."""
        k = self.tok_at(comma) - 1
        return k >= 1 and self.toks[k].text.islower() and self.lowers[k - 1] in DETERMINERS

    def _aside_closes(self, at: int, end: int) -> bool:
        """'the Ford Fusion, made in Hermosillo, in northern Mexico, would cost': a comma and then an auxiliary
        closes the aside that began before at."""
        k, hi = self.tok_at(at), self.tok_at(end)
        for c in range(k, min(hi - 1, k + _ASIDE_WORDS)):
            if self.lowers[c] in (";", ":", ".", "(", ")") or self.lowers[c] in _OPENING_MARKS:
                return False
            if self.lowers[c] == "," and self.lowers[c + 1] in AUXILIARIES:
                return True
        return False

    def _after_name(self, start: int, at: int) -> bool:
        """'backed Marco Rubio, who ...' ends at the name; in 'that Sanders, who won, would ...' it is the subject."""
        first, k = self.tok_at(start), self.tok_at(at) - 1
        if first < k and self.lowers[first] in ("that", "whether", "if"):
            first += 1
        return k >= 0 and self.toks[k].text[:1].isupper() and any(
            self.toks[w].text[:1].islower() and self.lowers[w] not in _BEFORE_SUBJECT_NAME
            for w in range(max(first, k - _ASIDE_WORDS), k))

    def clause(self, start: int, end: int, ends: re.Pattern[str] = CLAUSE_END) -> Span | None:
        cut = end
        fronted = _FRONTED.match(self.text, start, end) is not None
        for m in ends.finditer(self.text, start, end):
            if m.start() > start and not self.in_quote_marks(m.start()) \
                    and self.text[start : m.start()].lower() not in ("that", "if", "whether"):  # "that, while ..."
                if fronted and self.text[m.start()] == ",":
                    fronted = False
                    k = self.tok_at(m.start()) + 1
                    if k < len(self.toks) and self.clause_like(k, self.tok_at(end)):
                        continue
                if (self.text.startswith(("which", "who", "where"), m.start() + 2) or (
                        ends is CLAUSE_END and self.text[m.start()] == ","
                        and self.tok_at(m.start()) - self.tok_at(start) <= 3)) \
                        and self._subject_aside(m.end(), end):
                    # "that the entities, which include two trusts, are still ...", "said Trump, despite his
                    # wealth, is ...": the subject's aside
                    continue
                if _NEXT_PREDICATE.match(self.text, m.start()) and (
                        "," in self.text[start : m.start()] or self._aside_closes(m.end(), end)
                        or self._adjective_list(m.start())):
                    # "X, an outside group, made ...", "a tax, aimed at ..., would be": the subject's aside;
                    # "the full, unredacted email": one noun's modifiers
                    continue
                if self.text.startswith("who", m.end() - 4) and not self._after_name(start, m.start()):
                    continue  # "the harbour master, who retires in May" stays; "Adler, who ..." is an aside on a name
                cut = m.start()
                break
        for checked, m in enumerate(_AND_CLAUSE.finditer(self.text, start, cut)):
            k = self.tok_at(m.end())
            if checked >= _AND_CLAUSE_CHECKS or k >= len(self.toks):
                break
            if self.clause_like(k, self.tok_at(cut)) and not self.in_quote_marks(m.start()):
                cut = m.start()  # "X said A, and a second official said ...": a clause with its own subject
                break
        span = self.trim(start, cut)
        return span if len(span) else None

    def add(self, kind: str, content: Span, rule: str, cue_span: Span, speaker: Speaker | None, cue: Cue,
            confidence: float) -> Found | None:
        if cue_span in self.cue_spans:
            return None
        self.cue_spans.add(cue_span)
        if kind == "indirect":
            content = self._through_open_quote(content)
        quoted = [q for q in self.quoted if content.contains(q.span) and not q.single]
        if quoted and kind == "indirect":
            kind = "mixed"
        found = Found(kind, content, rule, cue_span, speaker, confidence)
        self.found.append(found)
        return found

    def _through_open_quote(self, content: Span) -> Span:
        """'called Braynard "a real smart guy. I'd like to ..."': a quotation opened in the content ends it."""
        for q in self.quoted:
            if not q.single and content.start <= q.span.start < content.end < q.span.end \
                    and not q.runs_on:
                return Span(content.start, q.span.end)
        return content
