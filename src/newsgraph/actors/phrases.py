"""Arguments of a verb: the noun phrase before or after it, and the actor it mentions.

Shared by the quote layer (speakers of reporting verbs) and the event layer (sources and
targets of event triggers).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from newsgraph import lexicons
from newsgraph.actors.lexicon import people_nouns, title_heads
from newsgraph.model import Actor, Doc, Span
from newsgraph.text.segment import Token, abbreviations

# words that may stand between a subject and its reporting verb ("Brown has repeatedly said")
BETWEEN_SUBJECT_AND_CUE = frozenset({
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "may", "might", "also", "then",
    "later", "repeatedly", "previously", "already", "just", "reportedly", "publicly", "privately", "recently",
    "long", "still", "not", "never", "once", "again", "earlier", "now", "did", "does", "do", "been", "has been",
    "further", "separately", "since", "first", "often", "frequently", "flatly", "explicitly", "openly",
    "quickly", "subsequently", "initially", "specifically", "simply", "only", "even", "loudly", "tearfully",
    "angrily", "bluntly", "firmly", "clearly", "herself", "himself", "themselves", "itself", "personally",
    "'s", "’s", "'ve", "’ve", "'d", "’d", "meanwhile", "however", "too", "in", "turn", "must", "should",
    "shall", "can", "cannot", "ca", "wo", "'ll", "’ll", "therefore", "thus", "hence", "jointly", "together",
    "both", "so", "far", "there", "here", "sometimes", "always", "ever", "seldom", "soon", "almost", "nevertheless",
    "nonetheless", "instead", "be", "well", "'re", "’re", "'m", "’m",
})
_CLAUSE_ENDS = frozenset({",", ")", "—", "–", "--", "-"})  # a spaced "-" or "--" is a dash
# time phrases that may sit between a subject and its verb ("Estonia has just this week said")
TEMPORAL = frozenset({"this", "last", "next", "past", "week", "month", "year", "yesterday", "today", "tonight", "on",
                      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
                      "afternoon", "evening", "night", "weekend", "earlier", "late", "in", "january", "february",
                      "march", "april", "may", "june", "july", "august", "september", "october", "november",
                      "december"})
ANONYMOUS_HEADS = frozenset({"source", "sources", "official", "officials", "person", "people", "aide", "aides",
                             "insider", "insiders", "diplomat", "diplomats", "adviser", "advisers", "advisor",
                             "advisors", "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts",
                             "expert", "experts", "observer", "observers", "critic", "critics", "witness",
                             "witnesses", "resident", "residents", "member", "members", "staffer", "staffers",
                             "lawmaker", "lawmakers", "executive", "executives", "officer", "officers",
                             "investigator", "investigators", "leaders", "negotiators", "report", "reports"})
_NP_STOP = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "—", "–", '"', "“", "”", "and", "but", "that",
                      "which", "who", "when", "while", "because", "as", "if", "in", "on", "at", "for", "to",
                      "with", "by", "from", "of", "about", "after", "before", "said", "says", "told", "it", "he",
                      "she", "they", "we", "i", "you", "is", "was", "are", "were", "has", "had", "have", "will",
                      "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "where",
                      "whether", "although", "though", "since", "unless", "until", "whereas", "what", "how"})

# words that end a noun phrase read after a cue, though they may begin one
_NP_TAIL_STOP = frozenset({"late", "early", "earlier", "later", "yesterday", "today", "tonight", "into", "against",
                           "under", "amid", "since", "until", "including", "during", "over", "despite", "without",
                           "through", "across", "toward", "towards", "near", "via", "per", "monday", "tuesday",
                           "wednesday", "thursday", "friday", "saturday", "sunday", "twice", "already", "again", "once",
                           "instead", "too", "still", "repeatedly"})


@dataclass(slots=True)
class Argument:
    span: Span
    actor: Actor | None


class MentionIndex:
    """Actor mentions sorted by start, for "which actor is here?" questions."""

    def __init__(self, doc: Doc) -> None:
        items = sorted(((m.span.start, m.span.end, a) for a in doc.actors for m in a.mentions),
                       key=lambda t: (t[0], -t[1]))
        self.items = items
        self.starts = [s for s, _, _ in items]
        self.by_end = sorted(items, key=lambda t: (t[1], -(t[1] - t[0])))
        self.ends = [e for _, e, _ in self.by_end]

    @classmethod
    def of(cls, doc: Doc) -> MentionIndex:
        """The index of the document's current actors, shared until the actor list is replaced."""
        cached = doc.cache.get("mention_index")
        if cached is None or cached[0] is not doc.actors:
            cached = doc.cache["mention_index"] = (doc.actors, cls(doc))
        return cached[1]

    def ending_at(self, lo: int, hi: int) -> tuple[int, int, Actor] | None:
        """The longest mention ending in [lo, hi], latest first."""
        k = bisect_left(self.ends, hi + 1) - 1
        best = None
        while k >= 0 and self.ends[k] >= lo:
            s, e, a = self.by_end[k]
            if best is None or e > best[1] or (e == best[1] and s < best[0]):
                best = (s, e, a)
            if best is not None and self.ends[k] < best[1]:
                break
            k -= 1
        return best

    def starting_at(self, lo: int, hi: int) -> tuple[int, int, Actor] | None:
        """The longest mention starting in [lo, hi], earliest first."""
        k = bisect_left(self.starts, lo)
        if k < len(self.items) and self.items[k][0] <= hi:
            return self.items[k]
        return None

    def within(self, lo: int, hi: int) -> list[tuple[int, int, Actor]]:
        k = bisect_left(self.starts, lo)
        out = []
        while k < len(self.items) and self.items[k][0] < hi:
            if self.items[k][1] <= hi:
                out.append(self.items[k])
            k += 1
        return out


_CLOSING_QUOTES = frozenset({"”", '"', "''", "’"})
_QUOTED_NAME_TOKENS = 5


def subject_before(toks: list[Token], cue_index: int, index: MentionIndex, floor: int = 0) -> Argument | None:
    """The subject of a reporting verb: the actor mention (or noun phrase) just before it."""
    k = skip_back_adverbials(toks, cue_index - 1, floor)
    if k < floor:
        return None
    if k - 1 >= floor and toks[k].text == "." and toks[k - 1].text.lower() in ("jr", "sr") \
            and toks[k].start == toks[k - 1].end:
        k -= 1  # "Charles Q. Brown Jr. said": the suffix's full stop ends no clause
    if toks[k].text in _CLOSING_QUOTES and k - 1 >= floor and toks[k - 1].text == ",":
        k -= 1  # 'Reyes, the hacker known as “Guccifer,” stated': the appositive's comma sits inside the quote
    if toks[k].text in _CLAUSE_ENDS:
        return _appositive_subject(toks, k, index, floor)
    if toks[k].text.lower() in ("who", "which", "that") and k - 1 >= floor:
        # "..., who noted that ...": the antecedent speaks
        a = k - 1 if toks[k - 1].text != "," else k - 2
        if a >= floor:
            found = index.ending_at(toks[a].end, toks[a].end)
            if found is not None:
                return Argument(Span(found[0], found[1]), found[2])
            if toks[k].text.lower() == "who" and a == k - 2:
                antecedent = _relative_antecedent(toks, a, index, floor)
                if antecedent is not None:
                    return antecedent
            if toks[k].text.lower() == "who" and (toks[a].text.lower() in ("those", "%", "percent")
                                                  or toks[a].text.isdigit()):
                # "those who said", "18% who say": people
                first = a - 1 if a - 1 >= floor and toks[a].text.lower() in ("%", "percent") else a
                return Argument(Span(toks[first].start, toks[a].end), None)
            if toks[k].text.lower() == "which" and a == k - 2:
                return Argument(Span(toks[k].start, toks[k].end), None)  # "the study, which notes that ..."
        return None
    end = toks[k].end
    found = index.ending_at(end, end)
    if found is not None:
        return _head_of_located(toks, found, index, floor) or Argument(Span(found[0], found[1]), found[2])
    if toks[k].text.lower() in _ARTICLES:
        return None  # "The May report ...": an article alone is no subject
    found_np = noun_phrase_before(toks, k, floor)
    return _holder_of_located(toks, found_np, index, floor) or found_np if found_np is not None else None


def _relative_antecedent(toks: list[Token], last: int, index: MentionIndex, floor: int) -> Argument | None:
    """'Sen. Sanders of Vermont, who ...', 'Kerlikowske, the border commissioner, who ...': the person meant."""
    k = last
    while k > floor and last - k < 4 and toks[k].text[:1].isupper():
        k -= 1
    if k < last and k - 1 >= floor and toks[k].text.lower() in ("of", "from"):
        before = k - 1
        if before - 2 >= floor and toks[before].text == "," and toks[before - 1].text.isdigit() \
                and toks[before - 2].text == ",":
            before -= 3  # "Nicky Driscoll, 24, from Eastport, who ...": the age sits between
        found = index.ending_at(toks[before].end, toks[before].end)
        if found is not None and found[2].kind in ("person", "group"):
            return Argument(Span(found[0], found[1]), found[2])
        return None
    head = toks[last].text.lower()
    np = noun_phrase_before(toks, last, floor) if head in people_nouns() or head in title_heads() else None
    if np is None:
        return None
    s = bisect_left(toks, np.span.start, key=lambda t: t.start)
    if s - 2 >= floor and toks[s - 1].text == ",":
        found = index.ending_at(toks[s - 2].end, toks[s - 2].end)
        if found is not None and found[2].kind == "person":
            return Argument(Span(found[0], found[1]), found[2])
    return None


def _holder_of_located(toks: list[Token], np: Argument, index: MentionIndex, floor: int) -> Argument | None:
    """'Sen. Bernie Sanders of Vermont said', 'Advocates in the transgender community called': the people."""
    s = bisect_left(toks, np.span.start, key=lambda t: t.start)
    for _ in range(2):
        possessor = noun_phrase_before(toks, s - 2, floor) if s - 2 >= floor and toks[s - 1].text.lower() in (
            "'s", "’s") else None
        if possessor is not None:  # "Thursday's meeting", "the mayor's plan": the possessor opens the phrase
            s = bisect_left(toks, possessor.span.start, key=lambda t: t.start)
        if s - 3 >= floor and (toks[s - 2].text.lower(), toks[s - 1].text.lower()) in _KNOWING:
            s -= 1  # "a person familiar with the planning said": the person
            break
        if s - 2 < floor or toks[s - 1].text.lower() not in _HOLDER_PREPOSITIONS:
            return None
        unnamed = _unnamed_people_before(toks, s - 2, index, floor)
        if unnamed is not None:
            return unnamed
        inner = noun_phrase_before(toks, s - 2, floor)
        if inner is None or _people_word(toks[s - 2].text.lower()) or index.ending_at(
                toks[s - 2].end, toks[s - 2].end) is not None:
            break
        # "a person familiar with the planning for Thursday's meeting": one more phrase to the holder
        s = bisect_left(toks, inner.span.start, key=lambda t: t.start)
    else:
        return None
    found = index.ending_at(toks[s - 2].end, toks[s - 2].end)
    if found is not None:
        return Argument(Span(found[0], found[1]), found[2]) if found[2].kind in ("person", "group") else None
    if _people_word(toks[s - 2].text.lower()):
        return noun_phrase_before(toks, s - 2, floor)
    return None


def _unnamed_people_before(toks: list[Token], k: int, index: MentionIndex, floor: int) -> Argument | None:
    """People no actor names, ending at token k before a place's preposition: "ferry riders (in ...)", "many (in
    Gaza)" opening a clause, "Kestrians interviewed (in Orsk)"."""
    if toks[k].text.endswith("ed") and toks[k].text.islower() and k - 1 >= floor \
            and (_people_word(toks[k - 1].text.lower()) or index.ending_at(toks[k - 1].end, toks[k - 1].end)):
        k -= 1  # "Many Palestinians interviewed in Gaza"
        found = index.ending_at(toks[k].end, toks[k].end)
        if found is not None:
            return Argument(Span(found[0], found[1]), found[2])
    word = toks[k].text.lower()
    if _people_word(word) and index.ending_at(toks[k].end, toks[k].end) is None:
        return noun_phrase_before(toks, k, floor)
    if word in _QUANTIFIER_HEADS and (k - 1 < floor or toks[k - 1].text in _CLAUSE_ENDS
                                      or toks[k - 1].text.lower() in ("and", "but", "while", "as")):
        return Argument(Span(toks[k].start, toks[k].end), None)
    return None


def _people_word(word: str) -> bool:
    return word in people_nouns() or word.removesuffix("s") in people_nouns()


# "a source close to the campaign", "officials briefed on the talks": who knows, then what about
_KNOWING = frozenset({("familiar", "with"), ("close", "to"), ("briefed", "on"), ("knowledgeable", "about"),
                      ("involved", "in"), ("knowledge", "of")})
_PLACE_QUANTIFIERS = frozenset({"all", "both", "each", "every", "more", "less", "fewer", "than", "some", "many",
                                "most", "several", "few", "dozen", "dozens", "two", "three", "four", "five", "six",
                                "seven", "eight", "nine", "ten", "the", "these", "those"})
_HOLDER_PREPOSITIONS = frozenset({"of", "from", "in", "for", "on", "at", "across"})
_LOCATED_BY = frozenset({"in", "from", "at", "across", "near", "to", "for", "of"})
_QUANTIFIER_HEADS = frozenset({"many", "some", "most", "few", "several", "others", "those", "all", "both"})


def _head_of_located(toks: list[Token], found: tuple[int, int, Actor], index: MentionIndex,
                     floor: int) -> Argument | None:
    """'2,000 workers in logistic centers in Germany went on strike': the people, not the place."""
    k = bisect_left(toks, found[0], key=lambda t: t.start)
    if k >= len(toks) or toks[k].start != found[0]:
        return None
    while k - 2 >= floor and (toks[k - 1].text.lower() in _PLACE_QUANTIFIERS or toks[k - 1].text.isdigit()):
        k -= 1  # "voters in all five states", "governors in more than two dozen states"
    if k - 2 >= floor and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() \
            and toks[k - 1].text not in _NP_STOP and toks[k - 1].text not in ("whom", "whose") \
            and toks[k - 2].text.lower() in _LOCATED_BY:
        k -= 1  # "in eastern Ukraine"; not "in what Pakistan's leader called .."
    head = None
    if k - 2 >= floor and toks[k - 1].text.lower() in _LOCATED_BY:
        unnamed = _unnamed_people_before(toks, k - 2, index, floor)
        if unnamed is not None:
            return unnamed  # "ferry riders in all five states", "many in Gaza": no actor, still people
    steps = 0
    while k - 1 >= floor and toks[k - 1].text.lower() in _LOCATED_BY and steps < 3:
        steps += 1
        for back in range(k - 2, max(floor, k - 8) - 1, -1):
            if toks[back].text in _CLAUSE_ENDS:
                return head
            earlier = index.ending_at(toks[back].end, toks[back].end)
            if earlier is not None:
                people = earlier[2].kind == "country" and toks[back].text[:1].isupper() \
                    and toks[back].text.endswith("s") and not toks[back].text.endswith("ss")  # "Palestinians in Gaza"
                if earlier[2].kind not in ("person", "group") and not people:
                    return head
                head = Argument(Span(earlier[0], earlier[1]), earlier[2])
                k = max(0, bisect_right(toks, earlier[0], key=lambda t: t.start) - 1)
                break
        else:
            return head
    return head


_ADVERBIAL_PHRASES = lexicons.word_set("adverbial_phrases.txt")


def skip_back_adverbials(toks: list[Token], k: int, floor: int) -> int:
    """Step left over auxiliaries, adverbs and time phrases ("on Friday", "this week", "in 2014")."""
    while k >= floor:
        w = toks[k].text.lower()
        if w in _ADVERBIAL_PHRASES:
            k -= 1  # "who is otherwise listed"
            continue
        if k - 1 >= floor and f"{toks[k - 1].text.lower()} {w}" in _ADVERBIAL_PHRASES:
            k -= 2  # "Lobbyists in general prefer"
            continue
        if (w in BETWEEN_SUBJECT_AND_CUE and w != "in") or (
                w.endswith("ly") and len(w) > 4 and w.isalpha() and toks[k].text.islower()
                and not (k - 1 >= floor and toks[k - 1].text.lower() in NOUN_DETERMINERS)) or w == "very" \
                or w.endswith(("n't", "n’t")):  # "she doesn’t think", "they didn't say"
            k -= 1
            continue
        if w == "ago":  # "two weeks ago", "less than a year ago"
            j = k - 1
            while j >= floor and k - j <= _AGO_WORDS and (
                    toks[j].text.lower() in _AGO_PHRASE or toks[j].text.isdigit()):
                j -= 1
            if j < k - 1 and any(t.text.lower() in TIME_UNITS for t in toks[j + 1 : k]):
                k = j
                continue
        # a run of time words that names a time ("on Friday", "last week", "in March 2014")
        j = k
        while j >= floor and (toks[j].text.lower() in TEMPORAL or toks[j].text.isdigit()):
            j -= 1
        run = [t.text.lower() for t in toks[j + 1 : k + 1]]
        if run and any(r in _TIME_NOUNS or r.isdigit() for r in run) and run[0] in _TIME_STARTS:
            k = j
            continue
        break
    return k


_TIME_NOUNS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
                         "month", "year", "yesterday", "today", "tonight", "morning", "afternoon", "evening",
                         "night", "weekend", "january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december", "earlier", "late"})
# before a word in -ly these make it a noun ("the family said"), not an adverb ("he quickly said")
NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "whose"})
TIME_UNITS = frozenset({"minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
                         "decade", "decades"})
_AGO_PHRASE = TIME_UNITS | {"a", "an", "few", "several", "less", "more", "than", "about", "nearly", "almost", "just",
                             "only", "some", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                             "ten", "couple", "of", "many"}
_AGO_WORDS = 6
_TIME_STARTS = _TIME_NOUNS | {"on", "in", "this", "last", "next", "earlier", "late"}
# words that open when or where something was said ("said on Monday in Paris", "asked at a briefing")
WHEN_OR_WHERE_OPENERS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "later", "late",
                                   "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
                                   "friday", "saturday", "sunday"})


_DASHES = frozenset({"—", "–", "--", "-"})


def after_dateline(toks: list[Token], start: int, end: int) -> int:
    """The first token after a dateline ("DECATUR, Ill. —", "Washington (AFP) –"), or start if there is none."""
    for d in range(start, min(end, start + 14)):
        if toks[d].text in _DASHES:
            place = toks[start].text
            agency = d - 3 >= start and toks[d - 1].text == ")" and toks[d - 3].text == "(" \
                and toks[d - 2].text.isupper()  # "(AP)", "(AFP)"
            if not (agency or (len(place) > 1 and place.isalpha() and place.isupper())):
                return start
            while d + 1 < end and toks[d + 1].text in _DASHES:
                d += 1  # "--" may come as two tokens
            return d + 1
        if toks[d].text in (".", ";", ":") and d + 1 < end and toks[d + 1].text[:1].isupper() \
                and not _abbreviated(toks[d - 1].text if d > start else ""):
            return start
    return start


def _appositive_subject(toks: list[Token], comma: int, index: MentionIndex, floor: int) -> Argument | None:
    """X, national security advisor to ..., told ... / X, who ..., said / X (D-Md.), chair of ..., said.

    The subject is the noun phrase that opens the clause the interruption sits in: the first
    actor mention before the first comma (or bracket or dash) of the chain.
    """
    k = comma - 1
    first_break = None
    steps = 0
    while k >= floor and steps < 40:
        t = toks[k].text
        if t == "." and k > floor and _abbreviated(toks[k - 1].text):
            k -= 1  # "Mrs.", an initial or a party and state ("(D-Md.)") inside the chain
            steps += 1
            continue
        if t in ('"', "“", "”") and comma - k <= _QUOTED_NAME_TOKENS:
            k -= 1  # 'the hacker known as “Guccifer,”': a quoted name inside the chain
            steps += 1
            continue
        if t in (".", ";", ":", '"', "“", "”"):
            break
        if t in _CLAUSE_ENDS or t == "(":
            first_break = k
        k -= 1
        steps += 1
    start = after_dateline(toks, k + 1, comma)
    if first_break is not None and first_break < start:
        first_break = next((x for x in range(start, comma) if toks[x].text in _CLAUSE_ENDS or toks[x].text == "("),
                           None)
    if first_break is not None and toks[start].text.lower() in _SCENE_OPENERS:
        # "On Saturday, Senator Sanders of Vermont, a rival, said": the scene is not the subject
        start = first_break + 1
        first_break = next((x for x in range(start, comma) if toks[x].text in _CLAUSE_ENDS or toks[x].text == "("),
                           None)
    if first_break is None or first_break <= start:
        return None
    chain = index.within(toks[start].start, toks[comma].start)
    breaks = {toks[x].start for x in range(start, comma + 1) if toks[x].text in _CLAUSE_ENDS or toks[x].text == "("}
    # the subject is the mention that a comma (or bracket) closes: "Kelly Schmdit," "Cummings ("
    for s, e, actor in chain:
        if actor.kind in ("person", "organization", "country", "group", "other") and any(
                0 <= b - e <= 1 for b in breaks):
            return Argument(Span(s, e), actor)
    head = index.within(toks[start].start, toks[first_break].start)
    if head:
        s, e, actor = head[0]
        if actor.kind in ("person", "organization", "country", "group", "other"):
            return Argument(Span(s, e), actor)
    if first_break - start <= 8 and toks[start].text[:1].isupper():
        return Argument(Span(toks[start].start, toks[first_break - 1].end), None)
    return None


# words that open a fronted scene ("On Saturday,", "In a statement,") before a subject's chain
_SCENE_OPENERS = frozenset({"on", "in", "at", "after", "before", "during", "since", "with", "from", "under", "amid",
                            "despite", "following", "last", "earlier", "later", "meanwhile", "yesterday", "today"})


def _abbreviated(word: str) -> bool:
    return word[:1].isupper() and (len(word) <= 3 or (len(word) <= 6 and "-" in word) or word[1:2] == "-"
                                   or word.lower() in abbreviations())  # "(Mich.)", "Gov.", "(D-Calif.)"


def noun_phrase_before(toks: list[Token], last: int, floor: int) -> Argument | None:
    """A bare noun phrase ending at token `last` ("The report", "One source", "Polls")."""
    percent = toks[last].text == "%" and last - 1 >= floor and toks[last - 1].text[:1].isdigit()
    if not (toks[last].text[:1].isalnum() or percent) or toks[last].text.lower() in _NP_STOP:
        return None  # "42% say": a share of people speaks
    k = last
    while k - 1 >= floor and last - k < 5 and toks[k - 1].text.lower() not in _NP_STOP \
            and toks[k - 1].text[:1].isalnum():
        k -= 1
    if k + 2 < last and toks[k].text.lower() in _TIME_OPENERS and toks[k + 1].text.lower() in TIME_UNITS \
            and toks[k + 2].text.lower() in _ARTICLES:
        k += 2  # "Last week the group urged ...": the time phrase opens the clause, not the noun phrase
    words = [t.text.lower() for t in toks[k : last + 1]]
    if (words[-1].endswith("ly") and not (len(words) > 1 and words[-2] in NOUN_DETERMINERS)) \
            or words[-1] in ("it", "this", "there"):
        return None  # "Hanna quickly": an adverb; "the family" is a noun
    return Argument(Span(toks[k].start, toks[last].end), None)


_ARTICLES = frozenset({"a", "an", "the"})
_TIME_OPENERS = frozenset({"last", "this", "next", "that", "earlier", "later", "every"})
_TIME_OF_OFFICE = frozenset({"former", "outgoing", "incoming", "acting", "then", "late"})
# words a number can follow inside one noun phrase ("the first 100 days", "some 300 troops")
_QUANTIFIED = frozenset({"a", "an", "the", "some", "about", "around", "nearly", "almost", "over", "first", "last",
                         "next", "its", "their", "his", "her", "our", "than", "least", "most", "to", "another"})


def object_after(toks: list[Token], start: int, index: MentionIndex, limit: int) -> Argument | None:
    """The noun phrase just after a cue ("said Brown", "according to officials"); after a possessor, the
    possessed ("says the resort's general manager Garrett Turta": the manager)."""
    found = _phrase_after(toks, start, index, limit)
    if found is None:
        return None
    k = bisect_left(toks, found.span.end, key=lambda t: t.end)
    if k + 2 < limit and toks[k].end == found.span.end and toks[k + 1].text.lower() in ("'s", "’s"):
        possessed = _phrase_after(toks, k + 2, index, limit)
        if possessed is not None and possessed.actor is not None and possessed.actor.kind == "person":
            return possessed
    return found


def _phrase_after(toks: list[Token], start: int, index: MentionIndex, limit: int) -> Argument | None:
    if start >= limit:
        return None
    if toks[start].text.lower() in ("their", "its", "his", "her", "our") and start + 1 < limit:
        # "their American and NATO counterparts": the noun phrase, not the possessor
        nxt = index.starting_at(toks[start + 1].start, toks[start + 1].start)
        if nxt is not None:
            return Argument(Span(nxt[0], nxt[1]), nxt[2])
        start += 1  # "its ban on ...": the noun phrase, not the possessor
    if toks[start].text.lower() in ("at", "up", "more", "nearly", "about", "around", "almost", "over") \
            and start + 2 < limit and toks[start + 1].text.lower() in ("least", "most", "to", "than"):
        start += 2  # "at least six people", "up to 100 soldiers"
    first = toks[start]
    found = index.starting_at(first.start, first.start)
    if found is None and first.text.lower() in _TIME_OF_OFFICE and start + 1 < limit:
        found = index.starting_at(toks[start + 1].start, toks[start + 1].start)  # "former President X"
    if found is not None:
        return Argument(Span(found[0], found[1]), found[2])
    if first.text.lower() in ("a", "an", "the", "some", "several", "two", "three") and start + 1 < limit:
        nxt = index.starting_at(toks[start + 1].start, toks[start + 1].start)
        if nxt is not None and nxt[2].kind != "country":
            return Argument(Span(nxt[0], nxt[1]), nxt[2])  # "the Egyptian ambassador"
    k = start
    while k < limit and k - start < 8 and toks[k].text.lower() not in _NP_STOP and toks[k].text[:1].isalnum():
        if k > start and toks[k].text.lower() in _NP_TAIL_STOP:
            break  # "freed 37 prisoners late on Tuesday", "an investigation against X"
        if k > start and toks[k].text.islower() and toks[k].text.endswith("ed") and len(toks[k].text) > 4 \
                and toks[k - 1].text.lower() not in _ARTICLES:
            break  # "a consulate employee accused of ...": a participle starts a new phrase ("a planned visit": no)
        if k > start and toks[k].text[:1].isdigit() and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() \
                and toks[k - 1].text.lower() not in _QUANTIFIED and not toks[k - 1].text.endswith("ed"):
            break  # "to its owners 71 years after": a number after a common noun starts a new phrase
        k += 1
    if k == start:
        return None
    span = Span(toks[start].start, toks[k - 1].end)
    inner = [m for m in index.within(span.start, span.end) if m[2].kind != "country"]
    # "a US diplomat": a noun phrase whose head is not an actor we know; its modifiers are not it
    return Argument(span, inner[0][2] if inner and inner[0][1] == span.end else None)
