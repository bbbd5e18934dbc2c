"""Events: triggers from the lexicon, their source and target from the actor layer.

Named rules (recorded in `Event.rule`, joined with '+'):
  trigger.verb / trigger.noun         the lexicon match
  source.subject / source.passive_by / source.passive_place / source.clause / source.clause_subject /
  source.participle / source.control / source.possessive / source.modifier / source.light_verb / source.by /
  source.shared (a verb after "and" shares the subject of the verb before it)
  target.object / target.object_author / target.object_recipient / target.prep / target.prep_author /
  target.clause / target.complement / target.that_clause / target.passive_subject /
  target.coordinated_subject / target.indirect_object ("gave the Pentagon permission") /
  target.complement_place ("agreed to set up a hospital in X") / target.restricted (whom a
  restriction is aimed at: "sanctions on X", "closed its borders with X")
  intent.agree:<type> / intent.threaten:<type> / threat:<type> / refusal:<type> / failure:<type>
  modality.<cue> / negation / hedge
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from newsgraph import lexicons
from newsgraph.actors.lexicon import gazetteer, human_nouns, people_nouns
from newsgraph.actors.phrases import (
    BETWEEN_SUBJECT_AND_CUE,
    TEMPORAL,
    Argument,
    MentionIndex,
    object_after,
    subject_before,
)
from newsgraph.events.dates import nearest_date, parse_publication, sentence_dates
from newsgraph.events.lexicon import (
    CameoCode,
    Trigger,
    cameo_codes,
    first_word_lengths,
    hedges,
    light_verbs,
    modality_cues,
    triggers,
)
from newsgraph.model import Doc, Event, Participant, Place, Span
from newsgraph.quotes.cues import verb_cues
from newsgraph.text.segment import Token, abbreviations, doc_tokens, token_lowers

_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "cannot"})
_NOUN_CUES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                        "new", "major", "further", "more", "fresh", "recent", "latest",
                        "large-scale", "massive", "cross-border", "expanded", "deadly", "ballistic", "missile",
                        "any", "no", "of", "'s", "’s", "former", "outgoing", "incoming", "acting", "late"})
_CONTROL_VERBS = frozenset({"ask", "asked", "asks", "asking", "urge", "urged", "urges", "urging", "call", "called",
                            "order", "ordered", "orders", "tell", "told", "press", "pressed", "invite", "invited",
                            "allow", "allowed", "force", "forced", "help", "helped", "want", "wants", "wanted"})
_CLAUSE_BREAK = frozenset({".", ";", ":", "?", "!", "—", "–"})
_CLAUSE_SCAN = 120  # tokens back from a trigger to look for the break that opens its clause
# troops or staff moved somewhere: where they go to or leave is the target, named or not
_MOVEMENTS = frozenset({"MOBILIZE", "SANCTION", "RETREAT"})
# whom a restriction is aimed at: "sanctions on X", "closed its borders with X", "crossings into X";
# a lifted curfew or state of emergency "in X" eases it there
_AIMED_AT = {"COERCE": ("on", "against", "with", "into", "to"), "SANCTION": ("on", "against", "with", "into", "to"),
             "CONCEDE": ("on", "against", "in"), "RETREAT": ("on", "against", "in")}
_GIVING = frozenset({"give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "granting", "offer",
                     "offers", "offered", "offering", "hand", "handed", "promise", "promised"})
_CREATIONS = frozenset({"set", "establish", "build", "create", "construct", "found"})
_STATIVE_PARTICIPLES = frozenset({"commit", "prepare", "determine", "dedicate"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "because", "since", "until", "once", "if"})
_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec"})
_CALLS = frozenset({"call", "phone", "telephone"})
_PUBLISHING = frozenset({"release", "give", "offer", "provide"})  # verbs whose object may be a document
_ORDERS = frozenset({"order"})
# what may follow the person called ("called X on Friday", "called X to discuss", "called X, ...")
_CALL_FOLLOWERS = frozenset({"to", ",", ".", "and", "after", "before", "from", "by", "as", "in", "for", "amid"})
_FAILURES = frozenset({"fail", "fails", "failed", "failing"})
_REFUSALS = frozenset({"refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining"})
_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                            "yesterday", "today", "tomorrow", "last", "next"})


# verbal stances toward something: the thing itself is the target ("vetoed a US resolution")
_ATTITUDES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "THREATEN"})
# nouns naming what someone says, gives or does to another: "a request from X", "aid from X" name the
# author after 'from'; for asks and offers 'of' does too ("the appeal of X"), elsewhere it names
# the one acted on ("criticism of X", "the release of X", "made demands of X")
_AUTHORED_FROM = frozenset({"REQUEST", "AGREE", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AID", "CONSULT"})
_AUTHORED_OF = frozenset({"appeal", "request", "offer", "proposal", "invitation", "plea", "call", "bid"})
_OBLIGATIONS = frozenset({"must"})
_HOLDING_VERBS = frozenset({"take", "takes", "took", "taken", "taking", "hold", "holds", "held", "holding", "use",
                            "uses", "used", "using", "keep", "keeps", "kept", "keeping", "seize", "seized", "seizing"})
_REPORTED_BY = frozenset({"said", "says", "told", "announced", "added", "reported", "stated", "confirmed"})
_POSSESSORS = frozenset({"its", "their", "his", "her", "our"})
_MISSION_NOUNS = frozenset({"force", "forces", "mission", "missions", "operation", "operations", "peacekeeping"})
_MISSION_GOALS = frozenset({"MOBILIZE", "AID", "AGREE", "SUPPORT"})
# a thing taken or struck by force is the target itself, not a sign to look further for an actor
_TAKEOVERS = frozenset({"seize", "capture", "storm", "overrun", "raid", "torch", "raze", "pound", "shell",
                        "bomb", "blockade", "occupy"})
_ARMED_CODES = ("MIL", "REB", "INS")
_RELATIVES = frozenset({"where", "which", "whom", "whose", "what"})
# a subject and a finite auxiliary after a modal cue start a clause of their own: "will return the
# depots it has seized" (the seizure is not intended)
_FINITE_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were"})
_CLAUSE_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "i", "you", "who", "which", "that"})
# handing a person over to another state's courts is a legal action against that person
_EXTRADITIONS = frozenset({"extradite", "extradition"})


@cache
def _speech_verbs() -> frozenset[str]:
    """Forms of the speech and report verbs of the reporting lexicon ("says", "insisted")."""
    return frozenset(words[0] for words, cue in verb_cues().items()
                     if len(words) == 1 and cue.cls in ("speech", "report", "epistemic"))


_SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
# CAMEO "express intent to ..." codes for intended cooperative events
_INTENT_AGREE = {"AID": "033", "COOPERATE": "031", "CONSULT": "036", "SUPPORT": "032", "CONCEDE": "035",
                 "RETREAT": "035"}
_PREPOSITIONS = frozenset({"to", "in", "into", "of", "for", "with", "from", "on", "at", "by", "against", "between",
                           "about", "over", "under", "near", "toward", "towards", "across", "through", "like",
                           "than", "as", "amid", "among", "after", "before", "during", "since"})
# object words that are not participants ("warned all of this would ...")
_NOT_PARTICIPANTS = frozenset({"all", "this", "that", "these", "those", "something", "nothing", "anything",
                               "everything", "what", "which", "whether", "how", "more", "some", "it", "so"})


@cache
def _documents() -> frozenset[str]:
    return lexicons.word_set("documents.txt")


@dataclass(slots=True)
class _Candidate:
    trigger: Trigger
    i: int  # first token
    j: int  # end token


class EventExtractor:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks: list[Token] = doc_tokens(doc)
        self.lowers = token_lowers(doc)
        self.tok_starts = [t.start for t in self.toks]
        self.index = MentionIndex.of(doc)
        self.published = parse_publication(doc.article.published)
        self.quotes = [q for q in doc.quotes if q.kind != "scare"]
        # "attacked the town and killed soldiers" voices an attitude at most: what it covers is no one's report
        # an attitude or a hedge ("appears to", "asked whether") is no one's report of the event
        self.reports = [q for q in self.quotes if not q.rule.endswith(".attitude")
                        and q.rule not in ("evidential.raising", "evidential.question")]
        self.events: list[Event] = []
        self.seen: set[tuple] = set()
        self.dates: dict[int, list] = {}
        self._starts: list[int] | None = None
        self.verb_subjects: list[tuple[int, Argument]] = []  # (trigger's last token, its subject) in this sentence
        self.sentence_candidates: list[_Candidate] = []
        self.receivers: dict[int, Argument | None] = {}  # noun trigger's token -> whom it is given to
        self.sentence_certainty: dict[int, tuple[float, list[str]]] = {}

    def tok_at(self, offset: int) -> int:
        return bisect_right(self.tok_starts, offset - 1)

    # --- triggers --------------------------------------------------------------------------
    def _candidates(self, lo: int, hi: int) -> list[_Candidate]:
        table, lengths = triggers(), first_word_lengths()
        if self._starts is None:  # positions of possible first words, once per document
            self._starts = [i for i, w in enumerate(self.lowers) if w in lengths]
        out = []
        free = lo  # tokens before this are inside an earlier match
        for k in range(bisect_left(self._starts, lo), len(self._starts)):
            i = self._starts[k]
            if i >= hi:
                break
            if i < free:
                continue
            if not self.toks[i].text[:1].islower() and not self._opening_noun(i, lo):
                continue
            for length in range(min(lengths[self.lowers[i]], hi - i), 0, -1):
                found = table.get(tuple(self.lowers[i : i + length]))
                if not found:
                    continue
                matched = False
                for trig in self._disambiguate(found, i, i + length, lo, hi):
                    out.append(_Candidate(trig, i, i + length))
                    matched = True
                if matched:
                    free = i + length
                    break
        return out

    def _opening_noun(self, i: int, lo: int) -> bool:
        """A capitalised trigger only as a sentence's first word that no actor mention claims
        ("Talks between Russia and Ukraine resumed"); elsewhere it is part of a name."""
        return i == lo and self.toks[i].text[1:].islower() \
            and self.index.starting_at(self.toks[i].start, self.toks[i].start) is None

    def _disambiguate(self, found: list[Trigger], i: int, j: int, lo: int, hi: int) -> list[Trigger]:
        """Keep the readings that fit: the right part of speech, the required object."""
        prev = self.lowers[i - 1] if i > lo else ""
        if i == lo and not self.toks[i].text[:1].islower():
            found = [t for t in found if t.pos == "noun"]  # an opening word is not a bare verb
        verbs = [t for t in found if t.pos == "verb"] if not self._inside_name(i, lo) else []
        nouns = [t for t in found if t.pos == "noun"]
        if prev == "in" and j < hi and self.lowers[j] == "to":
            return []  # "in order to"
        pool = verbs if verbs and self._verb_context(i, lo) else nouns
        if nouns and prev in _PREPOSITIONS and prev != "to":
            pool = nouns  # "from shelling", "of training"
        if not pool and verbs and not nouns and not (prev in _NOUN_CUES or prev in _PREPOSITIONS):
            pool = verbs  # a verb-only trigger after an adverb ("Russia first invaded")
        out = []
        for t in pool:
            if t.requires and not self._requires(t, i, j, lo, hi):
                continue
            out.append(t)
        # a specific reading (with a required object) beats the generic one
        specific = [t for t in out if t.requires]
        return specific[:1] if specific else out[:1]

    def _inside_name(self, i: int, lo: int) -> bool:
        """Inside or ending an actor's name that starts earlier: "the former finance minister", "Israel's air
        force" (a verb does not end a name)."""
        here, index = self.toks[i], self.index
        k = bisect_left(index.starts, self.toks[max(lo, i - 6)].start)
        while k < len(index.items) and index.items[k][0] < here.start:
            if index.items[k][1] >= here.end:
                return True
            k += 1
        return False

    def _verb_context(self, i: int, lo: int) -> bool:
        """Something that can stand before a verb: a subject, an auxiliary, 'to', a connector."""
        if i == lo:
            return True
        prev = self.lowers[i - 1]
        if prev in _NOUN_CUES or (prev in _PREPOSITIONS and prev != "to" and not self.lowers[i].endswith("ing")):
            return False
        if prev in BETWEEN_SUBJECT_AND_CUE or prev in _BE or prev in _NEGATIONS or prev in (
                "to", "and", "or", "but", ",", "that", "who", "which", "then", "also", "he", "she", "they", "it",
                "we", "i", "you", "not", "help"):
            return True
        if self.index.ending_at(self.toks[i - 1].end, self.toks[i - 1].end) is not None:
            return True
        if prev in _PREPOSITIONS:  # "by sending", "of training"
            return True
        return prev.endswith("ly") or not self.toks[i - 1].text[:1].isalpha()

    def _object_window(self, j: int, hi: int, reach: int, infinitive_ends: bool = False) -> range:
        """The tokens after a verb where its object phrase can be, up to the clause's end (or, if asked,
        up to an infinitive: "met Uganda to discuss the demands" did not meet the demands)."""
        end = j
        while end < min(hi, j + reach) and self.lowers[end] not in _CLAUSE_BREAK:
            if infinitive_ends and self.lowers[end] == "to" and end + 1 < hi and self._verb_like(end + 1):
                break
            end += 1
        return range(j, end)

    def _required_at(self, t: Trigger, j: int, hi: int) -> list[int]:
        """Tokens after a verb trigger that are its required object (all of them: "aid and supplies")."""
        return [k for k in self._object_window(j, hi, 8, infinitive_ends=True) if self.lowers[k] in t.requires
                or self.lowers[k].rstrip("s") in t.requires]

    def _requires(self, t: Trigger, i: int, j: int, lo: int, hi: int) -> bool:
        # a required preposition ("ordered X to", "charged X with") may follow a long object
        reach = 14 if t.requires & _PREPOSITIONS else 8
        before = t.requires_before
        if before and any(self.lowers[k] in before for k in range(max(lo, i - 6), i)):
            return True  # "peacekeepers arrived in Juba": the word that makes the trigger is its subject
        window = range(max(lo, i - 4), i) if t.pos == "noun" else \
            self._object_window(j, hi, reach, infinitive_ends=not t.requires & _PREPOSITIONS)
        for k in window:
            w = self.lowers[k]
            if w in t.requires or w.rstrip("s") in t.requires:
                if w == "no" and k + 1 < hi and self.toks[k + 1].text[:1].isalpha():
                    continue  # "no one", "no longer"
                return True
        return False

    # --- arguments ---------------------------------------------------------------------------
    def _clause_floor(self, i: int, lo: int) -> int:
        k = i - 1
        lo = max(lo, i - _CLAUSE_SCAN)  # a run-on "sentence" of thousands of words must not cost O(n) per event
        while k > lo and (self.lowers[k] not in _CLAUSE_BREAK
                          or (self.lowers[k] == "." and self.lowers[k - 1] in abbreviations())):  # "Gen."
            k -= 1
        return k + 1 if k >= lo and self.lowers[k] in _CLAUSE_BREAK else lo

    def _nearest_subject(self, floor: int, i: int, first: bool = False) -> Argument | None:
        """The closest actor to the left (or the first, for a main clause's subject) that is not the
        object of a preposition or a possessor."""
        found = self.index.within(self.toks[floor].start, self.toks[i].start)
        for s, e, actor in (found if first else reversed(found)):
            if actor.kind not in ("person", "organization", "country", "group"):
                continue
            k = self.tok_at(s) - 1
            while k >= floor and self.lowers[k] in ("the", "a", "an", "its", "their", "his", "her"):
                k -= 1
            after = self.tok_at(e)
            if (k >= floor and self.lowers[k] in _PREPOSITIONS) or (after < i and self.lowers[after] == "'s"):
                continue
            return Argument(Span(s, e), actor)
        return None

    def _first_actor(self, start: int, end: int) -> Argument | None:
        for s, e, actor in self.index.within(start, end):
            if actor.kind in ("person", "organization", "country", "group"):
                return Argument(Span(s, e), actor)
        return None

    def _source(self, c: _Candidate, lo: int, hi: int) -> tuple[Argument | None, str, bool]:
        """(source, rule, passive) for a trigger."""
        i = c.i
        floor = self._clause_floor(i, lo)
        if c.trigger.pos == "noun":
            return self._noun_source(c, lo, hi, floor)
        k = i - 1
        while k >= floor and self.lowers[k] in BETWEEN_SUBJECT_AND_CUE | _NEGATIONS and self.lowers[k] not in _BE:
            k -= 1
        participle = self.lowers[i].endswith(("ed", "en")) or self.lowers[i] in (
            "struck", "hit", "shot", "held", "sent", "met", "freed", "fought", "built", "given", "seized")
        stative = c.trigger.lemma in _STATIVE_PARTICIPLES and c.j < hi and self.lowers[c.j] == "to"
        if k >= floor and self.lowers[k] in _BE and participle and not stative:  # "is committed to X": active
            agent = self._after_word("by", c.j, hi)
            if agent is None:
                # "was arrested in Niger": with no agent named, the state where it happened acts
                state = self._place_after(c.j, hi)
                if state is not None:
                    return state, "source.passive_place", True
            return agent, "source.passive_by", True
        while k >= floor and self.lowers[k] in BETWEEN_SUBJECT_AND_CUE | _NEGATIONS | _BE:
            k -= 1
        if k - 1 >= floor and self.lowers[k] == "help" and self.lowers[k - 1] == "to":
            k -= 1
        if k >= floor and self.lowers[k] == "to":
            return self._control_source(k, lo, floor), "source.control", False
        if self.lowers[i].endswith("ing") and k >= floor and self.lowers[k] == ",":
            # "Boko Haram fighters torched a village ..., killing 11 civilians": the main clause's subject
            main = self._nearest_subject(floor, i, first=True)
            if main is not None:
                return main, "source.participle", False
        if k >= floor and self.lowers[k] in ("and", "but", "then") and self.verb_subjects \
                and self.verb_subjects[-1][0] <= k:
            # "closed its borders with Brazil and Colombia, and severed ties": the verbs share a subject
            return self.verb_subjects[-1][1], "source.shared", False
        if (k >= floor and self.lowers[k] in ("and", "but", "then")) or (self.lowers[i].endswith("ing") and (
                k < floor or self.lowers[k] not in _BE)):
            near = self._nearest_subject(floor, i)
            if near is not None:
                return near, "source.clause", False
        subject = subject_before(self.toks, i, self.index, floor=floor)
        if subject is not None and subject.actor is None and floor > lo and not self._subordinate_subject(subject):
            subject = subject_before(self.toks, i, self.index, floor=lo) or subject
        if subject is None or (subject.actor is None and not self._subordinate_subject(subject)):
            # "Today, X faces ...", "in a statement condemned": an actor, not the nearest noun
            subject = self._nearest_subject(floor, i) or subject
        return subject, "source.subject", False

    def _subordinate_subject(self, subject: Argument) -> bool:
        """'after a car bomb struck a bus': the subordinate clause has its own subject, actor or not."""
        k = self.tok_at(subject.span.start) - 1
        while k >= 0 and self.lowers[k] in ("the", "a", "an"):
            k -= 1
        return k >= 0 and self.lowers[k] in _SUBORDINATORS

    def _noun_author(self, c: _Candidate, hi: int) -> Argument | None:
        """'the appeal of a U.S. student', 'a request from the health department': an actor."""
        plover = c.trigger.cameo.plover
        if c.j + 1 >= hi or plover not in _AUTHORED_FROM:
            return None
        prep = self.lowers[c.j]
        if prep == "from" or (prep == "of" and c.trigger.lemma in _AUTHORED_OF):
            arg = object_after(self.toks, c.j + 1, self.index, hi)
            if arg is not None and arg.actor is not None:
                return arg
        return None

    def _control_source(self, to_index: int, lo: int, floor: int) -> Argument | None:
        """'X asked Y to help train Z' -> Y; 'X plans to send troops' -> X."""
        k = to_index - 1
        if k >= lo and self.lowers[k] == "help":
            k -= 1
        # an object between a control verb and "to"
        obj = self.index.ending_at(self.toks[k].end, self.toks[k].end) if k >= lo else None
        if obj is not None:
            before = self.tok_at(obj[0]) - 1
            while before >= lo and self.lowers[before] in ("their", "his", "her", "its", "the", "a"):
                before -= 1
            if before >= lo and self.lowers[before] in _CONTROL_VERBS:
                return Argument(Span(obj[0], obj[1]), obj[2])
        # a longer object: "ordered the son of former Prime Minister X to hand over ..."
        for v in range(k - 1, max(floor, k - 12) - 1, -1):
            if self.lowers[v] in _CLAUSE_BREAK:
                break
            if self.lowers[v] in _CONTROL_VERBS:
                longer = object_after(self.toks, v + 1, self.index, to_index)
                if longer is not None and self._person_like(longer) and longer.span.end <= self.toks[k].end:
                    return longer
                break
        # the subject of the verb that governs the infinitive
        j = k
        while j >= floor and not (self.toks[j].text[:1].islower() and self.lowers[j] not in BETWEEN_SUBJECT_AND_CUE):
            j -= 1
        subject = subject_before(self.toks, j, self.index, floor=lo) if j >= lo else None
        if subject is None or subject.actor is None:
            first = self._first_actor(self.toks[floor].start, self.toks[to_index].start)
            return first or subject
        return subject

    def _noun_source(self, c: _Candidate, lo: int, hi: int, floor: int) -> tuple[Argument | None, str, bool]:
        i = c.i
        if self._indirect_object(c, lo) is not None:
            # "had given the Pentagon permission": the giver, not the receiver just before the noun
            return self._light_verb_subject(i, lo, floor) or (None, "source.none", False)
        if self._possessed_patient(c, floor, hi) is not None:
            # "ordered the tanker's release": the possessor is released; the orderer releases
            return self._light_verb_subject(i, lo, floor) or self._nearest_subject_or_none(floor, i)
        # "Moscow's expanded cross-border offensive": a possessor within a few words
        for k in range(i - 1, max(floor, i - 5) - 1, -1):
            if self.lowers[k] == "'s":
                found = self.index.ending_at(self.toks[k - 1].end, self.toks[k - 1].end) if k > floor else None
                if found is not None:
                    return Argument(Span(found[0], found[1]), found[2]), "source.possessive", False
                break
            if self.lowers[k] in ("its", "his", "her", "their") and any(
                    self.lowers[x] in light_verbs() for x in range(max(floor, k - 3), k)):
                break  # "intensified its bombardment": the light verb's subject names the source
            if not self.toks[k].text[:1].islower() or self.lowers[k] in _PREPOSITIONS:
                break
        # "Russian strikes", "NATO sanctions"
        k = i - 1
        steps = 0
        while k >= floor and steps < 5:
            found = self.index.ending_at(self.toks[k].end, self.toks[k].end)
            if found is not None:
                rule = "source.possessive" if k + 1 < i and self.lowers[k + 1] in ("'s",) else "source.modifier"
                return Argument(Span(found[0], found[1]), found[2]), rule, False
            if self.lowers[k] in ("'s",) or (self.toks[k].text[:1].islower() and self.lowers[k] not in (
                    "the", "a", "an", "and") and self.lowers[k] not in _PREPOSITIONS \
                    and self.lowers[k] not in light_verbs() and not self.lowers[k].endswith("ed")):
                k -= 1
                steps += 1
                continue
            break
        by = self._after_word("by", c.j, min(hi, c.j + 3))
        if by is not None:
            return by, "source.by", False
        author = self._noun_author(c, hi)
        if author is not None:
            return author, "source.noun_author", False
        carried = self._light_verb_subject(i, lo, floor)
        if carried is not None:
            return carried
        if self._object_of_attitude(c):
            return None, "source.none", False  # "the UN condemned the attacks": not the UN's attacks
        # "The United States remains the largest donor of assistance": the clause's subject
        return self._nearest_subject_or_none(floor, i)

    def _nearest_subject_or_none(self, floor: int, i: int) -> tuple[Argument | None, str, bool]:
        subject = self._nearest_subject(floor, i)
        return (subject, "source.clause_subject", False) if subject is not None else (None, "source.none", False)

    def _possessed_patient(self, c: _Candidate, floor: int, hi: int) -> Argument | None:
        """'the Iranian tanker's release', 'Navalny's arrest': for a noun marked poss, the possessor just
        before it is what is done to -- unless an 'of' object names that ('Iran's release of the crew')."""
        if c.trigger.pos != "noun" or "poss" not in c.trigger.targets:
            return None
        k = c.i - 1
        if k - 1 < floor or self.lowers[k] != "'s" or (c.j < hi and self.lowers[c.j] == "of"):
            return None
        last = k - 1
        found = self.index.ending_at(self.toks[last].end, self.toks[last].end)
        if found is not None:
            return Argument(Span(found[0], found[1]), found[2])
        first = last  # "the Iranian tanker": back to its article, never past a verb or preposition
        while first - 1 >= floor and last - first < 4 and self.toks[first - 1].text[:1].isalnum() \
                and self.lowers[first - 1] not in _PREPOSITIONS and not self.lowers[first - 1].endswith("ed") \
                and self.lowers[first - 1] not in light_verbs() and self.lowers[first] not in ("the", "a", "an"):
            first -= 1
        return Argument(Span(self.toks[first].start, self.toks[last].end), None)

    def _object_of_attitude(self, c: _Candidate) -> bool:
        """Is this noun what a stance verb is about ('condemned the attacks', 'supports engaged discussions')?"""
        for other in self.sentence_candidates:
            if other.trigger.pos == "verb" and other.trigger.cameo.plover in _ATTITUDES \
                    and other.j <= c.i <= other.j + 3:
                between = self.lowers[other.j : c.i]
                return not any(w in _PREPOSITIONS or w in _CLAUSE_BREAK or w in (",", "that") for w in between)
        return False

    def _light_verb_subject(self, i: int, lo: int, floor: int) -> tuple[Argument | None, str, bool] | None:
        """'Israel's air force carried out strikes against ...': the subject of the verb carrying the noun."""
        for k in range(i - 1, max(floor, i - 8) - 1, -1):
            two = " ".join(self.lowers[k - 1 : k + 1]) if k - 1 >= lo else ""
            if self.lowers[k] in light_verbs() or two in light_verbs():
                start = k - 1 if two in light_verbs() else k
                subject = self._nearest_subject(floor, start) or subject_before(self.toks, start, self.index,
                                                                                 floor=floor)
                return subject, "source.light_verb", False
        return None

    def _after_word(self, word: str, start: int, hi: int) -> Argument | None:
        for k in range(start, min(hi, start + 6)):
            if self.lowers[k] == word:
                return object_after(self.toks, k + 1, self.index, hi)
            if self.lowers[k] in _CLAUSE_BREAK:
                break
        return None

    def _target(self, c: _Candidate, hi: int, passive: bool, lo: int) -> tuple[Argument | None, str]:
        if passive:
            floor = self._clause_floor(c.i, lo)
            subject = subject_before(self.toks, self._skip_back_aux(c.i, floor), self.index, floor=floor)
            # "the bookmark was returned by X to Spanish authorities"
            receiver = self._thing_receiver(subject, list(c.trigger.targets), hi, c.j)
            if receiver is not None:
                return receiver, "target.receiver"
            return subject, "target.passive_subject"
        j = c.j
        limit = min(hi, j + 12)
        preps = [t for t in c.trigger.targets if t != "obj"]
        receiver = self._indirect_object(c, lo) if c.trigger.pos == "noun" else None
        if receiver is not None:
            return receiver, "target.indirect_object"
        patient = self._possessed_patient(c, self._clause_floor(c.i, lo), hi)
        if patient is not None:
            return patient, "target.possessor"
        while j < hi - 1 and self.lowers[j] in ("today", "yesterday", "also", "now", "formally", "finally"):
            j += 1  # "agreed today to set up"
        if j + 1 < hi and self.lowers[j] == "to" and self._verb_like(j + 1):
            built = self.lowers[j + 1] in _CREATIONS and (self.lowers[j + 1] != "set"
                                                           or self.lowers[j + 2 : j + 3] == ["up"])
            if built:
                # "agreed to set up two field hospitals in Louisiana": what is built is no party; where is
                site = self._place_after(j + 2, hi, reach=24)
                if site is not None:
                    return site, "target.complement_place"
            # "agreed to open its borders to Somali refugees": the target is in the complement
            later = self._actor_later_in_clause(j + 2, hi)
            if later is not None:
                return later, "target.complement"
        if c.trigger.cameo.plover in ("REQUEST", "THREATEN", "ACCUSE") and j < hi and self.lowers[j] == "that":
            obj = object_after(self.toks, j + 1, self.index, hi)  # "demanded that X step down"
            if obj is not None:
                return obj, "target.that_clause"
        if preps and (c.trigger.requires or c.trigger.cameo.plover in ("MOBILIZE", "AID")):
            # where to, and to whom: the required object ("troops", "borders", "aid") is the means
            recipient = self._first_prep_target(j, limit, hi, preps)
            if recipient is not None and recipient.actor is not None:
                return recipient, "target.prep"
            place = self._place_in(recipient)
            if place is not None:  # "withdrew peacekeepers from the Golan Heights"
                return place, "target.prep_place"
            moved = self._required_at(c.trigger, j, hi)
            if recipient is not None and moved and c.trigger.cameo.plover in _MOVEMENTS \
                    and self.tok_at(recipient.span.start) == moved[-1] + 2 and not self._is_date(recipient):
                return recipient, "target.prep_site"  # "withdrew peacekeepers from the border": where to or from
        if preps and c.trigger.cameo.plover == "MOBILIZE":
            for k in range(j, limit):
                if self.lowers[k] in _CLAUSE_BREAK:
                    break
                if self.lowers[k] == "to" and k + 1 < hi and self._verb_like(k + 1):
                    # a purpose: "sent troops to help the Philippine army" names whom they go for;
                    # "sent 200 troops to serve as a peacekeeping force" does not
                    helped = object_after(self.toks, k + 2, self.index, hi)
                    if helped is not None and helped.actor is not None:
                        return helped, "target.purpose"
                    continue
                if self.lowers[k] in preps:
                    obj = object_after(self.toks, k + 1, self.index, hi)
                    if obj is not None:
                        return obj, "target.prep"
        if "obj" in c.trigger.targets:
            k = j
            while k < limit and self.lowers[k] in ("up", "down", "out", "off", "back", "again", "also",
                                                  "repeatedly", "directly", "formally", "now"):
                k += 1
            quantifier = k + 1 < limit and self.lowers[k] in ("at", "up", "more") \
                and self.lowers[k + 1] in ("least", "most", "to", "than")
            if k < limit and (quantifier or self.lowers[k] not in _PREPOSITIONS) \
                    and self.lowers[k] not in ("that", ",", "."):
                obj = object_after(self.toks, k, self.index, hi)
                means = self._owned(obj, hi) if c.trigger.requires else None  # "Venezuela's land borders"
                means = means or obj
                after = self.tok_at(means.span.end) if means is not None else k
                head = self.lowers[after - 1] if means is not None else ""
                if means is not None and after + 1 < hi and self.lowers[after] == "of" \
                        and self.lowers[after + 1] in c.trigger.requires:
                    head, after = self.lowers[after + 1], after + 2  # "lifted the state of emergency in X"
                themed = means is not None and (head in c.trigger.requires or head.rstrip("s") in c.trigger.requires
                                                or any(self.tok_at(means.span.start) <= r < after
                                                       for r in self._required_at(c.trigger, k, hi)))
                if means is not None and means.actor is None and themed:
                    # "refuse to lift sanctions on Abkhazia": whoever a restriction is on is its target
                    while after < hi and self.lowers[after] in _WEEKDAY_WORDS:
                        after += 1  # "lifted a ban Friday on girls"
                    aimed_at = _AIMED_AT.get(c.trigger.cameo.plover, ("on", "against"))
                    aimed = object_after(self.toks, after + 1, self.index, hi) \
                        if after + 1 < hi and self.lowers[after] in aimed_at else None
                    if aimed is not None and not self._is_date(aimed) \
                            and (self._person_like(aimed) or not self._abstract(aimed)):
                        return aimed, "target.restricted"
                    if c.trigger.cameo.plover == "CONCEDE":
                        party = self._yielded_to(after, hi)
                        if party is not None:
                            return party, "target.yielded_to"
                single = obj is not None and " " not in self.text[obj.span.start : obj.span.end]
                if obj is not None and (obj.actor is not None or not (single and self.lowers[k] in _NOT_PARTICIPANTS)):
                    receiver = self._thing_receiver(obj, preps, hi)
                    if receiver is not None:
                        return receiver, "target.receiver"
                    if obj.actor is None:
                        author = None if self._person_like(obj) else self._author_of(self.tok_at(obj.span.end), hi)
                        if author is not None:
                            return author, "target.object_author"
                        recipient = self._recipient_of(self.tok_at(obj.span.end), hi)
                        if recipient is not None and self._abstract(obj):
                            return recipient, "target.object_recipient"
                        # "returned 12 skulls to Peru", "withdrew peacekeepers from Sinai": a thing moved
                        # between actors; the actor it goes to or leaves is the target
                        moved_to = self._first_prep_target(self.tok_at(obj.span.end), limit, hi, preps) \
                            if preps else None
                        if moved_to is not None and moved_to.actor is not None and not self._person_like(obj):
                            return moved_to, "target.prep_after_object"
                    # "withdraw its troops from X", "lay down their weapons in Y": the source's own means
                    own = bool({self.lowers[k], self.lowers[self.tok_at(obj.span.start)]} & _POSSESSORS) \
                        and not (obj.actor is not None and obj.actor.kind == "person")  # "his counterpart X"
                    if (own or (obj.actor is None and self._abstract(obj) and c.trigger.lemma not in _TAKEOVERS)) \
                            and c.trigger.cameo.plover not in _ATTITUDES:
                        later = self._actor_later_in_clause(self.tok_at(obj.span.end), hi)
                        if later is not None:
                            return later, "target.clause"
                    if obj.actor is None and not self._person_like(obj) and c.trigger.cameo.plover not in _ATTITUDES:
                        # "lifted a centuries-old ban Friday on girls ...": people, though no named actor
                        aimed = self._first_prep_target(self.tok_at(obj.span.end), limit, hi, ["on", "against"])
                        if aimed is not None and self._person_like(aimed):
                            return aimed, "target.prep_after_object"
                    return obj, "target.object"
        # the first of the trigger's prepositions, in text order ("troops into Ukraine to train ...")
        for k in range(j, limit):
            if self.lowers[k] in _CLAUSE_BREAK or (self.lowers[k] == "," and k > j + 1):
                break
            if self.lowers[k] in preps:
                if self.lowers[k] == "to" and k + 1 < hi and self._verb_like(k + 1):
                    continue  # "agreed to resign", "sent troops to serve": a purpose, not a recipient
                obj = object_after(self.toks, k + 1, self.index, hi)
                if obj is not None:
                    receiver = self._thing_receiver(obj, preps, hi)
                    if receiver is not None:
                        return receiver, "target.receiver"
                    if obj.actor is None:
                        author = self._author_of(self.tok_at(obj.span.end), hi)
                        if author is not None:
                            return author, "target.prep_author"  # "conceded to the demands of X"
                    return obj, "target.prep"
                break
        if "with" in preps:
            # "discussed the migrant crisis and the situation in Idlib, with the leaders of France": a long
            # topic can stand between the verb and its partner
            for k in self._object_window(j, hi, 24):
                if self.lowers[k] == "with":
                    partner = object_after(self.toks, k + 1, self.index, hi)
                    if partner is not None and partner.actor is not None:
                        return partner, "target.prep"
                    break
        later = self._actor_later_in_clause(j, hi)
        if later is not None:
            return later, "target.clause"
        return None, "target.none"

    def _indirect_object(self, c: _Candidate, lo: int) -> Argument | None:
        """'gave the Pentagon permission', 'gives Putin a midnight deadline': whom the noun is given to.
        Asked for a noun's source and again for its target: read once per trigger."""
        if c.i not in self.receivers:
            self.receivers[c.i] = self._read_indirect_object(c, lo)
        return self.receivers[c.i]

    def _read_indirect_object(self, c: _Candidate, lo: int) -> Argument | None:
        floor = self._clause_floor(c.i, lo)
        for k in range(c.i - 1, max(floor, c.i - 7) - 1, -1):
            if self.lowers[k] in _GIVING:
                found = self.index.starting_at(self.toks[k + 1].start, self.toks[k + 1].start) if k + 1 < c.i else None
                if found is None and k + 2 < c.i and self.lowers[k + 1] == "the":
                    found = self.index.starting_at(self.toks[k + 2].start, self.toks[k + 2].start)
                if found is None or found[1] > self.toks[c.i].start or found[2].kind == "pronoun":
                    return None
                between = self.lowers[self.tok_at(found[1]) : c.i]
                # only an article and modifiers between the receiver and the noun ("a midnight deadline")
                if len(between) > 4 or any(w in _PREPOSITIONS or w in _POSSESSIVE_MARKS or not w.isalnum()
                                           for w in between):
                    return None
                return Argument(Span(found[0], found[1]), found[2])
        return None

    def _owned(self, obj: Argument | None, hi: int) -> Argument | None:
        """The thing an actor object owns: 'closed Venezuela's land borders' -> 'land borders'."""
        if obj is None or obj.actor is None:
            return None
        after = self.tok_at(obj.span.end)
        if after + 1 < hi and self.lowers[after] in _POSSESSIVE_MARKS:
            return object_after(self.toks, after + 1, self.index, hi)
        return None

    def _verb_like(self, k: int) -> bool:
        """A bare verb after 'to' (an infinitive), not a noun phrase ('to open', not 'to Moscow')."""
        w = self.toks[k].text
        return w.islower() and w.isalpha() and w not in _NOUN_CUES and w not in _PREPOSITIONS \
            and not self.index.starting_at(self.toks[k].start, self.toks[k].start)

    def _is_date(self, arg: Argument | None) -> bool:
        """'February 2022', 'Thursday', 'May 16' -- not '20 humanitarian workers'."""
        if arg is None or arg.actor is not None:
            return False
        words = [w.strip(",.") for w in self.text[arg.span.start : arg.span.end].lower().split()]
        return bool(words) and all(w in _MONTH_WORDS or w in _WEEKDAY_WORDS or w.isdigit()
                                   or w.rstrip("stndrh").isdigit() for w in words if w)

    def _first_prep_target(self, j: int, limit: int, hi: int, preps: list[str]) -> Argument | None:
        for k in range(j, limit):
            if self.lowers[k] in _CLAUSE_BREAK:
                break
            if self.lowers[k] in preps:
                if self.lowers[k] == "to" and k + 1 < hi and self._verb_like(k + 1):
                    continue
                if k + 1 < hi and self.lowers[k + 1] in _RELATIVES:
                    return None  # "the mosque in Mosul from where ...": a relative clause, not a party
                return object_after(self.toks, k + 1, self.index, hi)
        return None

    def _abstract(self, arg: Argument) -> bool:
        """An object that is a thing or an act ("entry", "the release of"), not a participant.

        Participants are people and groups ("a 35-year-old inmate", "prisoners"), places and
        things acted upon ("an army camp", "a Turkish ship"), and proper names.
        """
        words = self.text[arg.span.start : arg.span.end].split()
        if not words:
            return True
        head = words[-1].strip(",.;:").lower()
        if words[-1][:1].isupper() or head in human_nouns() or head.rstrip("s") in human_nouns() \
                or head.endswith(("ees", "ers", "ists", "ians")):
            return False
        return not gazetteer().lookup((head,))

    def _head(self, arg: Argument) -> str:
        """The head word of a noun phrase, before what follows it ("the son of X", "girls entering")."""
        words = self.text[arg.span.start : arg.span.end].split()
        for n, w in enumerate(words[1:], start=1):
            if w in ("of", "who", "that", "which", "between", "aged") or (w.endswith("ing") and w.islower()):
                words = words[:n]  # "the son of former Prime Minister X", "girls entering the temple"
                break
        return words[-1].strip(",.;:").lower() if words else ""

    def _person_like(self, arg: Argument) -> bool:
        """An actor, or a noun phrase headed by a person noun ("its owners", "two homeguards")."""
        if arg.actor is not None:
            return True
        head = self._head(arg)
        return head in human_nouns() or head.rstrip("s") in human_nouns() \
            or head.endswith(("ees", "ers", "ists", "ians"))

    @staticmethod
    def _armed(arg: Argument | None) -> bool:
        """A military, rebel or insurgent actor (by its CAMEO-style code)."""
        code = (arg.actor.code or "") if arg is not None and arg.actor is not None else ""
        return any(code[k : k + 3] in _ARMED_CODES for k in range(0, len(code) - 2, 3))

    def _people(self, arg: Argument) -> bool:
        """People rather than a state or an institution: a person, a group, or a demonym in the plural
        ("displaced Afghans", "refugees", "a suspected militant")."""
        if arg.actor is not None:
            if arg.actor.kind in ("person", "group"):
                return True
            last = self.text[arg.span.start : arg.span.end].split()[-1].strip(",.;:")
            # "Afghans" names the people of Afghanistan; "Netherlands" is the country itself
            return arg.actor.kind == "country" and last.endswith("s") and last != arg.actor.name.split()[-1]
        head = self._head(arg)
        return head in people_nouns() or head.rstrip("s") in people_nouns() or head.endswith(("ees", "ists", "ians"))

    def _thing_receiver(self, thing: Argument | None, preps: list[str], hi: int,
                        start: int | None = None) -> Argument | None:
        """Who receives a thing handed over: 'returned a painting that was stolen in 1989 to its
        owner' -- the first 'to' + person or actor later in the clause (for triggers taking 'to')."""
        if thing is None or "to" not in preps or self._person_like(thing):
            return None
        start = self.tok_at(thing.span.end) if start is None else start
        for k in range(start, min(hi, start + 25)):
            if self.lowers[k] in _CLAUSE_BREAK or self.lowers[k] == ",":
                return None
            if self.lowers[k] == "to" and k + 1 < hi and not self._verb_like(k + 1):
                arg = object_after(self.toks, k + 1, self.index, hi)
                return arg if arg is not None and self._person_like(arg) else None
        return None

    def _place_after(self, j: int, hi: int, reach: int = 10) -> Argument | None:
        """A country or place introduced by 'in' or 'from' later in the clause."""
        for k in self._object_window(j, hi, reach):
            if self.lowers[k] in ("in", "from") and k + 1 < hi:
                start = self.toks[k + 1].start
                if self.lowers[k + 1] == "the" and k + 2 < hi:
                    start = self.toks[k + 2].start
                found = self.index.starting_at(start, start)
                if found is not None and found[2].kind == "country":
                    return Argument(Span(found[0], found[1]), found[2])
                for p in self.doc.places:
                    if p.span.start == start:
                        return Argument(p.span, None)
        return None

    def _place_in(self, arg: Argument | None) -> Argument | None:
        """The gazetteer place a noun phrase names ("the Golan Heights"), if it names one."""
        if arg is None:
            return None
        for p in self.doc.places:
            if arg.span.start <= p.span.start and p.span.end <= arg.span.end:
                return Argument(p.span, None)
        return None

    def _mission_place(self, target: Argument | None, hi: int) -> Argument | None:
        """Where a force or mission serves: 'troops to the UN peacekeeping force in South Sudan',
        'an expansion of its peacekeeping force in Afghanistan' -> the country or place after 'in'."""
        if target is None:
            return None
        start = self.tok_at(target.span.start)
        mission = False
        for k in range(start, min(hi, start + 12)):
            word = self.lowers[k]
            if word in _CLAUSE_BREAK or word == "," or (word == "to" and k + 1 < hi and self._verb_like(k + 1)):
                return None  # "arrive at the airport to participate in the mission in X": past the target
            if word in _MISSION_NOUNS:
                mission = True
            elif word == "in" and mission:
                place = self._place_after(k, hi)
                return place if place is not None and place.span.start > target.span.start else None
        return None

    def _recipient_of(self, k: int, hi: int) -> Argument | None:
        """Whom a thing acted on was for: 'denied entry to an Austrian journalist', 'cancelled a
        planned visit to Washington' (the preposition right after the thing, then an actor or place)."""
        if k + 1 >= hi or self.lowers[k] not in ("to", "against", "with", "from"):
            return None
        first = k + 2 if self.lowers[k + 1] in ("the", "a", "an") else k + 1
        later = self._actor_later_in_clause(k + 1, hi)
        if later is not None and first < hi and later.span.start == self.toks[first].start:
            return later
        return None

    def _author_of(self, k: int, hi: int) -> Argument | None:
        """The actor behind a thing acted on: 'rejected the call of the European Parliament',
        'refused a request by the president', 'dismissed the protest filed by X'."""
        if k < hi and self.lowers[k] in ("filed", "made", "issued", "submitted", "imposed", "lodged", "brought"):
            k += 1
        if k + 1 < hi and self.lowers[k] in ("of", "by", "from") and self.lowers[k + 1] not in _RELATIVES:
            arg = object_after(self.toks, k + 1, self.index, hi)
            if arg is not None and arg.actor is not None:
                return arg
        return None

    def _yielded_to(self, start: int, hi: int) -> Argument | None:
        """'called off the strike after the agreement with the government', 'will not end the strike until
        the company pays': the party a concession answers or waits for, named in the clause that says when."""
        for k in range(start, min(hi, start + 20)):
            if self.lowers[k] in _CLAUSE_BREAK or self.lowers[k] in _RELATIVES or self.lowers[k] in ("that", "who"):
                return None  # "a state of emergency that was imposed following ...": why it began
            if self.lowers[k] in ("after", "following", "once", "until", "unless"):
                return self._actor_later_in_clause(k + 1, hi)  # "will not end the strike until X pays"
        return None

    def _actor_later_in_clause(self, start: int, hi: int) -> Argument | None:
        """The first actor or place after `start` in the same clause: the target of last resort."""
        end = start
        while end < hi and end - start < 24 and self.lowers[end] not in _CLAUSE_BREAK:
            if self.lowers[end] in ("that", "which", "who", "because", "after", "before", "while", "when"):
                break
            end += 1
        if end <= start:
            return None
        lo_off, hi_off = self.toks[start].start, self.toks[end - 1].end
        for s, e, actor in self.index.within(lo_off, hi_off):
            if actor.kind in ("person", "organization", "country", "group") and not self._inside_quote_marks(s):
                after = self.tok_at(e)
                if after < hi and self.lowers[after] in _REPORTED_BY:
                    continue  # "..., a senior military official announced": who reports it, not a target
                return Argument(Span(s, e), actor)
        for p in self.doc.places:
            if lo_off <= p.span.start < hi_off:
                return Argument(p.span, None)
        return None

    def _inside_quote_marks(self, offset: int) -> bool:
        return any(q.content.start < offset < q.content.end and q.kind in ("direct", "partial")
                   for q in self.quotes)

    def _skip_back_aux(self, i: int, floor: int) -> int:
        k = i
        while k - 1 >= floor and self.lowers[k - 1] in _BE | BETWEEN_SUBJECT_AND_CUE | _NEGATIONS:
            k -= 1
        return k

    # --- modality, negation, certainty ---------------------------------------------------------
    def _modality(self, c: _Candidate, floor: int) -> tuple[str, str | None]:
        cues = modality_cues()
        window_start = max(floor, c.i - 8)
        best: tuple[int, str, str] | None = None
        for k in range(window_start, c.i):
            for length in (4, 3, 2, 1):
                key = tuple(self.lowers[k : k + length])
                if k + length <= c.i and key in cues and not (length == 1 and self._in_mention(k)):  # "Theresa May"
                    if best is None or k > best[0]:
                        best = (k, cues[key], " ".join(key))
                    break
        if best is None:
            return "asserted", None
        if any(self.lowers[k] in _FINITE_AUX and self.lowers[k - 1] in _CLAUSE_SUBJECTS
               for k in range(best[0] + 2, c.i)):
            return "asserted", None
        return best[1], best[2]

    def _in_mention(self, k: int) -> bool:
        """Is token k part of a name ("Theresa May")?"""
        found = self.index.ending_at(self.toks[k].end, self.toks[k].end)
        return found is not None and found[0] <= self.toks[k].start

    def _governed_by(self, c: _Candidate, floor: int, verbs: frozenset[str]) -> bool:
        """'failed to reach', 'refused to send': the trigger is the complement of one of these verbs;
        a noun through the light verb that carries it ("failed to reach a deal", "refused to hold talks")."""
        k = c.i - 1
        if c.trigger.pos == "noun":
            for v in range(c.i - 1, max(floor, c.i - 4) - 1, -1):
                if self.lowers[v] in light_verbs():
                    k = v - 1
                    break
                if not self.lowers[v].isalpha() or self.lowers[v] in _PREPOSITIONS:
                    break
        return k - 1 >= floor and self.lowers[k] == "to" and self.lowers[k - 1] in verbs

    def _negated(self, c: _Candidate, floor: int) -> bool:
        return any(self.lowers[k] in _NEGATIONS for k in range(max(floor, c.i - 4), c.i))

    def _certainty(self, sent: Span) -> tuple[float, list[str]]:
        cached = self.sentence_certainty.get(sent.start)
        if cached is None:
            cached = self.sentence_certainty[sent.start] = self._hedges_in(sent)
        return cached  # read only by the caller

    def _hedges_in(self, sent: Span) -> tuple[float, list[str]]:
        factor = 1.0
        used = []
        words = self.text[sent.start : sent.end].lower()
        for word, f in hedges().items():
            if f" {word} " in f" {words} ":
                factor *= f
                used.append(word)
        return factor, used

    # --- context ---------------------------------------------------------------------------------
    def _attributed_to(self, offset: int) -> str | None:
        best = None
        for q in self.reports:
            if q.content.start <= offset < q.content.end and (best is None or len(q.content) < len(best.content)):
                best = q
        return best.id if best is not None else None

    def _location(self, sent: Span, anchor: int) -> Place | None:
        places = [p for p in self.doc.places if sent.start <= p.span.start < sent.end]
        if not places:
            return None
        return min(places, key=lambda p: abs(p.span.start - anchor))

    # --- main --------------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        for sent in self.doc.sentences:
            lo, hi = self.tok_at(sent.start), self.tok_at(sent.end)
            if hi - lo < 2:
                continue
            candidates = self._candidates(lo, hi)
            self.sentence_candidates = candidates
            self.verb_subjects = []
            # "lifted the sanctions", "suspended aid": the required object is the verb's theme, not a
            # second event of its own
            # "pledged full support for X", "offered aid to X": the noun names the event, the verb only
            # carries it
            carriers = {c.i for c in candidates if c.trigger.pos == "verb" and self._carries_noun(c, candidates, hi)}
            themes = {k for c in candidates if c.trigger.requires and c.trigger.pos == "verb" and c.i not in carriers
                      for k in self._required_at(c.trigger, c.j, hi)}
            for c in candidates:
                if (c.trigger.pos == "noun" and any(k in themes for k in range(c.i, c.j))) or c.i in carriers:
                    continue
                self._event(c, sent, lo, hi)
        self.events.sort(key=lambda e: (e.trigger.start, e.source.mention.start if e.source else -1,
                                        e.target.mention.start if e.target else -1))
        for n, e in enumerate(self.events, start=1):
            e.id = f"e{n}"
        return self.events

    def _phone_call(self, target: Argument | None, hi: int) -> tuple[CameoCode, str | None] | None:
        """'called Ethiopian President X on Friday to congratulate him': a call to an actor, coded by its
        purpose when the purpose is an event ('to congratulate' SUPPORT, 'to express support'), else CONSULT."""
        if target is None or target.actor is None or target.actor.kind not in ("person", "organization", "country"):
            return None
        k = self.tok_at(target.span.end)
        if k < hi and self.lowers[k] == ",":
            k += 1
        while k < hi and self.lowers[k] in TEMPORAL:
            k += 1
        if k < hi and (self.lowers[k] not in _CALL_FOLLOWERS
                       or (self.lowers[k] == "to" and not (k + 1 < hi and self._verb_like(k + 1)))):
            return None  # "called Britain's ambassador to the United States a ...": no call
        if k + 1 < hi and self.lowers[k] == "to":
            table = triggers()
            for m in range(k + 1, min(hi, k + 5)):
                if m > k + 1 and self.lowers[m] in _PREPOSITIONS:
                    break
                readings = table.get((self.lowers[m],), [])
                if m == k + 1 and self.lowers[m] in light_verbs():
                    continue  # "to express his support": the noun says what the call was for
                reading = next((t for t in readings if t.pos == ("verb" if m == k + 1 else "noun")), None)
                if reading is not None:
                    return reading.cameo, f"call.purpose:{reading.lemma}"
                if m == k + 1:
                    break
        return cameo_codes()["040"], None

    def _imposed_act(self, c: _Candidate, hi: int) -> Trigger | None:
        """'ordered the newspaper to suspend publication': an order whose content is a coercive act
        imposed on the one ordered is that coercion, not a request."""
        for k in range(c.j, min(hi, c.j + 14)):
            if self.lowers[k] in _CLAUSE_BREAK:
                return None
            if self.lowers[k] == "to":
                done = next((n for n in self.sentence_candidates if n.i == k + 1 and n.trigger.pos == "verb"), None)
                return done.trigger if done is not None and done.trigger.cameo.plover == "COERCE" else None
        return None

    def _carries_noun(self, c: _Candidate, candidates: list[_Candidate], hi: int) -> bool:
        if " ".join(self.lowers[c.i : c.j]) not in light_verbs():
            return False
        # "approved a request": a noun the verb requires is its theme; the verb names the event
        themes = self._required_at(c.trigger, c.j, hi) if c.trigger.requires else []
        for n in candidates:
            if n.trigger.pos == "noun" and c.j <= n.i <= c.j + 3 and not any(n.i <= k < n.j for k in themes):
                between = self.lowers[c.j : n.i]
                return all(w.isalpha() and w not in _PREPOSITIONS for w in between)
        return False

    def _publishes(self, c: _Candidate, hi: int) -> bool:
        """'the army released a video', 'gave a speech': a verb whose object is a document makes no event."""
        obj = object_after(self.toks, c.j, self.index, hi)
        return obj is not None and obj.actor is None and self._head(obj) in _documents()

    def _event(self, c: _Candidate, sent: Span, lo: int, hi: int) -> None:
        if c.trigger.pos == "verb" and c.trigger.lemma in _PUBLISHING and self._publishes(c, hi):
            return
        source: Argument | None
        target: Argument | None
        if c.trigger.lemma in _OBLIGATIONS:
            dyad = self._obligation(c, lo)
            if dyad is None:
                return
            (source, target), source_rule, target_rule = dyad, "source.sayer", "target.obliged"
            passive = False
        elif "held" in c.trigger.targets:
            held = self._holder_and_held(c, lo)
            if held is None:
                return
            (source, target), source_rule, target_rule = held, "source.holder", "target.held"
            passive = False
        else:
            source, source_rule, passive = self._source(c, lo, hi)
            target, target_rule = self._target(c, hi, passive, lo)
            if c.trigger.pos == "verb" and not passive and source is not None and source.actor is not None \
                    and source_rule == "source.subject":
                self.verb_subjects.append((c.j, source))
        # "talks between X and Y" names both sides, unless the trigger stands between them ("mediation")
        between = self._between(c, hi) if "between" not in c.trigger.targets else None
        if between is not None:
            (source, target), source_rule, target_rule = between, "source.between", "target.between"
        if self._is_date(target):
            target, target_rule = None, "target.none"
        if self._is_date(source):
            source, source_rule = None, "source.none"
        if source is None and target is None:
            return
        cameo, purpose_rule = c.trigger.cameo, None
        if c.trigger.lemma in _CALLS:
            found = self._phone_call(target, hi)
            if found is None:
                return  # "called the plan a disgrace", "called it off": not a call to someone
            cameo, purpose_rule = found
        elif c.trigger.lemma in _ORDERS:
            imposed = self._imposed_act(c, hi)
            if imposed is not None:
                cameo, purpose_rule = imposed.cameo, f"order.imposes:{imposed.lemma}"
        if source is not None and target is not None and (
                source.span.overlaps(target.span) or (source.actor is not None and source.actor is target.actor)):
            target, target_rule = None, "target.none"  # an actor does not act on itself here: a linking slip
        floor = self._clause_floor(c.i, lo)
        modality, modality_cue = self._modality(c, floor)
        negated = self._negated(c, floor)
        trigger_span = Span(self.toks[c.i].start, self.toks[c.j - 1].end)
        attributed = self._attributed_to(trigger_span.start)
        if c.trigger.lemma in _OBLIGATIONS:
            modality, attributed = "asserted", None  # the saying is the demand: the reporter asserts it
        if modality == "asserted" and attributed is not None:
            modality = "reported"
        factor, hedged = self._certainty(sent)
        if sent.start not in self.dates:
            self.dates[sent.start] = sentence_dates(self.text, sent, self.published)
        date_value, date_span, date_rule = nearest_date(self.dates[sent.start], trigger_span.start, self.published)
        if modality == "hypothetical" and modality_cue == "would" and self._after_report(c, floor, lo):
            modality, modality_cue = "intended", "said_would"  # "said it would allow ...": a stated intent
        offered = (modality_cue or "").startswith("offer")
        code, intent_rule = self._intent_code(cameo, modality, offered) if not negated else (cameo, None)
        if negated and modality in ("intended", "hypothetical") and code.quad in (1, 2):
            # "will not accept any refugees", "would not send troops": a stated refusal
            code, intent_rule, negated, modality = cameo_codes()["124"], f"refusal:{code.plover}", False, "asserted"
        elif code.quad in (1, 2) and self._governed_by(c, floor, _FAILURES):
            # "failed to reach agreement": cooperation that did not come about is a rejection
            code, intent_rule = cameo_codes()["120"], f"failure:{code.plover}"
        elif code.plover != "REJECT" and self._governed_by(c, floor, _REFUSALS):
            # "refused to send peacekeepers", "declined to allow the plane to land"
            code, intent_rule, modality = cameo_codes()["124"], f"refusal:{code.plover}", "asserted"
        if code.plover == "MOBILIZE" and any(self.lowers[k].startswith("peacekeep") for k in range(lo, hi)):
            # troops sent on a peacekeeping mission protect rather than threaten (CAMEO 074)
            code, purpose_rule = cameo_codes()["074"], "purpose.peacekeeping"
        if c.trigger.lemma == "open" and code.code == "086" and target is not None and self._people(target):
            # "opened its borders to Syrian refugees": refuge given to people (CAMEO 075)
            code, purpose_rule = cameo_codes()["075"], "purpose.asylum"
        elif c.trigger.lemma in ("seize", "capture") and code.plover == "COERCE" and self._armed(source) \
                and target is not None and not self._people(target):
            # "Taliban fighters seized a house", "troops captured the mosque": ground taken by force (CAMEO 192)
            code, purpose_rule = cameo_codes()["192"], "purpose.occupation"
        elif c.trigger.lemma in _EXTRADITIONS and target is not None and self._people(target):
            code, purpose_rule = cameo_codes()["115"], "purpose.prosecution"
        if code.plover in _MISSION_GOALS and not passive and target_rule != "target.none":
            place = self._mission_place(target, hi)
            if place is not None:
                target, target_rule = place, "target.mission_place"
        rules = [f"trigger.{c.trigger.pos}:{c.trigger.lemma}", source_rule, target_rule]
        if purpose_rule:
            rules.append(purpose_rule)
        if intent_rule:
            rules.append(intent_rule)
        if modality_cue:
            rules.append(f"modality.{modality_cue.replace(' ', '_')}")
        if negated:
            rules.append("negation")
        if hedged:
            rules.append("hedge." + ",".join(hedged))
        confidence = 0.6 + 0.15 * (source is not None and source.actor is not None) \
            + 0.1 * (target is not None) + 0.05 * (source_rule == "source.subject")
        sources = self._coordinated(source) if between is None else [source]
        targets = self._coordinated(target) if between is None else [target]
        if (target is None or target.actor is None or (target_rule in ("target.complement", "target.clause")
                                                       and self._pair(sources))) \
                and len(sources) > 1 and (code.plover in _SYMMETRIC or c.trigger.cameo.plover in _SYMMETRIC):
            # "Canada and Costa Rica have agreed ...": each is the other's counterpart; an actor further
            # on ("agreed to share information on North Korea") is what they agreed about
            sources, targets = sources[:1], sources[1:2]
            rules.append("target.coordinated_subject")
        for src in sources:
            for tgt in targets:
                key = (trigger_span, src.span if src else None, tgt.span if tgt else None)
                if key in self.seen:
                    continue
                self.seen.add(key)
                self.events.append(Event(
                    id="", type=code.plover, trigger=trigger_span, sentence=sent, rule="+".join(rules),
                    mode=code.mode, cameo=code.code, goldstein=code.goldstein, quad_class=code.quad,
                    source=self._participant(src), target=self._participant(tgt),
                    modality=modality, negated=negated,  # type: ignore[arg-type]
                    date=date_value, date_text=date_span, date_rule=date_rule,
                    location=self._location(sent, trigger_span.start), attributed_to=attributed,
                    confidence=round(min(0.99, confidence * factor * (0.85 if modality != "asserted" else 1.0)), 3),
                ))

    def _obligation(self, c: _Candidate, lo: int) -> tuple[Argument, Argument] | None:
        """'Russia says Israel must end attacks', 'X said on Monday that all parties in Y must ensure
        security': the sayer demands; the one asked is the first actor between the saying and 'must'."""
        t = c.i - 1
        while t >= lo and t > c.i - 10 and self.lowers[t] != "that" and self.lowers[t] not in _speech_verbs():
            if self.lowers[t] in _CLAUSE_BREAK or self.lowers[t] == ",":
                return None
            t -= 1
        if t < lo or t <= c.i - 10 or t + 1 >= c.i:
            return None
        obliged = self._first_actor(self.toks[t + 1].start, self.toks[c.i - 1].end)
        if obliged is None:
            return None
        if self.lowers[t] == "that":
            t -= 1
        while t > lo and (self.lowers[t] in _MONTH_WORDS or self.lowers[t] in _WEEKDAY_WORDS
                          or self.lowers[t] in ("on", "today", "yesterday", "also", "again", "repeatedly")):
            t -= 1
        if t < lo or self.lowers[t] not in _speech_verbs():
            return None
        # "X, the former prime minister, on Monday said ...": the sayer stands before the time words
        s = t
        while s - 1 > lo and (self.lowers[s - 1] in _MONTH_WORDS or self.lowers[s - 1] in _WEEKDAY_WORDS
                              or self.lowers[s - 1] in ("on", "today", "yesterday")):
            s -= 1
        sayer = subject_before(self.toks, s, self.index, floor=lo)
        if sayer is None or sayer.actor is None:
            return None
        return sayer, obliged

    def _holder_and_held(self, c: _Candidate, lo: int) -> tuple[Argument | None, Argument] | None:
        """'used Lebanese civilians as human shields', 'took 20 workers hostage': the people right
        before the noun are held; the nearest actor before them holds them."""
        k = c.i - 1
        if k > lo and self.lowers[k] == "as":
            k -= 1
        if k < lo:
            return None
        floor = self._clause_floor(c.i, lo)
        found = self.index.ending_at(self.toks[k].end, self.toks[k].end)
        if found is not None:
            held = Argument(Span(found[0], found[1]), found[2])
        else:  # "took two Italian engineers hostage": people, though no actor the lexicon knows
            start = k
            while start - 1 > floor and self.lowers[start - 1] not in _HOLDING_VERBS \
                    and self.toks[start - 1].text[:1].isalnum():
                start -= 1
            if self.lowers[start - 1] not in _HOLDING_VERBS:
                return None
            held = Argument(Span(self.toks[start].start, self.toks[k].end), None)
            if not self._person_like(held):
                return None
        first = self.tok_at(held.span.start)
        holder = self._nearest_subject(floor, first) if first > floor else None
        return holder, held

    def _between(self, c: _Candidate, hi: int) -> tuple[Argument, Argument] | None:
        """'talks between Russia and Ukraine', 'clashes between the army and rebels': the two sides."""
        k = c.j
        if k < hi and self.lowers[k] in ("of", "in") and k + 1 < hi and self.lowers[k + 1] == "cooperation":
            k += 2  # "a new era of cooperation between ..."
        if k + 1 >= hi or self.lowers[k] != "between":
            return None
        first = self._actor_at(k + 1, hi)
        if first is None:
            return None
        after = self.tok_at(first.span.end)
        if after + 1 >= hi or self.lowers[after] != "and":
            return None
        second = self._actor_at(after + 1, hi)
        if second is None or second.actor is first.actor:
            return None
        return first, second

    def _actor_at(self, k: int, hi: int) -> Argument | None:
        """The actor mention starting at token k, or just after an article there."""
        for start in (k, k + 1) if k + 1 < hi and self.lowers[k] in ("the", "a", "an") else (k,):
            found = self.index.starting_at(self.toks[start].start, self.toks[start].start)
            if found is not None:
                return Argument(Span(found[0], found[1]), found[2])
        return None

    def _pair(self, args: list[Argument | None]) -> bool:
        """Exactly two actors joined by 'and' ("Trump and Putin"), not a list or an apposition."""
        if len(args) != 2 or args[0] is None or args[1] is None:
            return False
        first, second = args[0].span, args[1].span
        if first == second:  # "British and EU negotiators": two actors read from one shared phrase
            return " and " in self.text[first.start : first.end]
        if second.start < first.end:  # one mention holding both: "Pakistan and Afghanistan's services"
            return self.text[first.start : second.start].rstrip().endswith(" and")
        return self.text[first.end : second.start].split() in (["and"], ["and", "the"])

    def _after_report(self, c: _Candidate, floor: int, lo: int) -> bool:
        reporting = ("said", "says", "announced", "told", "promised", "added", "stated", "declared")
        return any(self.lowers[k] in reporting for k in range(lo, c.i))

    @staticmethod
    def _intent_code(code: CameoCode, modality: str, offered: bool = False) -> tuple[CameoCode, str | None]:
        """A stated intention is coded by its stance: to cooperate is AGREE, to harm is THREATEN.
        A threat to act ("threatened to shell Haifa") is a THREATEN event (CAMEO 13x)."""
        table = cameo_codes()
        if modality == "threatened" and code.plover != "THREATEN":
            return table["138" if code.plover in ("ASSAULT", "MOBILIZE") else "130"], f"threat:{code.plover}"
        if modality != "intended" or code.plover in ("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"):
            return code, None
        if code.quad in (1, 2) or offered:  # an offer to act ("offered to send troops") is cooperative
            intent = _INTENT_AGREE.get(code.plover, "030")
            return table[intent], f"intent.agree:{code.plover}"
        return table["138" if code.plover in ("ASSAULT", "MOBILIZE") else "130"], f"intent.threaten:{code.plover}"

    def _coordinated(self, arg: Argument | None) -> list[Argument | None]:
        """'Canada and Costa Rica' -> both, when both are actors."""
        if arg is None or arg.actor is None:
            return [arg]
        out: list[Argument | None] = [arg]
        for s, e, actor in self.index.within(arg.span.start, arg.span.end):
            if (s, e) == (arg.span.start, arg.span.end) and actor is not arg.actor and actor.kind != "country" \
                    and all(o is None or o.actor is not actor for o in out):
                out.append(Argument(Span(s, e), actor))
        # backwards: "Canada and Mexico agreed" (the subject rule finds the last conjunct)
        k = self.tok_at(arg.span.start) - 1
        back = k
        while back >= 0 and k - back < 3 and self.toks[back].text.isalpha() and self.toks[back].text.islower() \
                and self.lowers[back] not in _POSSESSORS and self.lowers[back] not in _PREPOSITIONS \
                and self.lowers[back] not in ("and", "or"):
            back -= 1
        if back < k and back >= 0 and self.lowers[back] in _POSSESSORS:
            k = back  # "Kuwait and its gulf war allies": words describing the actor, after its possessor
        while k >= 0 and self.lowers[k] in ("the", "a", "an", "his", "her", "its", "their"):
            k -= 1  # "the United States and the Taliban"
        while k - 1 >= 0 and self.lowers[k] in ("and", ",") and len(out) < 4:
            prev = self.index.ending_at(self.toks[k - 1].end, self.toks[k - 1].end)
            if prev is None or prev[2] is arg.actor:
                break
            out.insert(0, Argument(Span(prev[0], prev[1]), prev[2]))
            k = self.tok_at(prev[0]) - 1
        k = self.tok_at(arg.span.end)
        while k + 1 < len(self.toks) and self.lowers[k] in ("and", ",") and len(out) < 4:
            if self.lowers[k + 1] in ("the", "a", "an", "his", "her", "its", "their") and k + 2 < len(self.toks):
                k += 1  # "Abdul Mahdi and his Jordanian counterpart"
            nxt = self.index.starting_at(self.toks[k + 1].start, self.toks[k + 1].start)
            if nxt is None or nxt[2] is arg.actor:
                break
            out.append(Argument(Span(nxt[0], nxt[1]), nxt[2]))
            k = self.tok_at(nxt[1])
        return out

    @staticmethod
    def _participant(arg: Argument | None) -> Participant | None:
        if arg is None:
            return None
        actor = arg.actor
        return Participant(actor.id if actor else None, actor.code if actor else None, arg.span)


def extract_events(doc: Doc) -> list[Event]:
    return EventExtractor(doc).run()
