"""Who speaks: the subject of a reporting cue, and whether the cue is a verb at all (not a noun or a passive)."""

from __future__ import annotations

from newsgraph import lexicons
from newsgraph.actors.phrases import (
    BETWEEN_SUBJECT_AND_CUE,
    NOUN_DETERMINERS,
    TEMPORAL,
    after_dateline,
    noun_phrase_before,
    skip_back_adverbials,
    subject_before,
)
from newsgraph.actors.phrases import Argument as Speaker
from newsgraph.model import Span
from newsgraph.quotes.context import AUXILIARIES, COMPLEMENT_HEADS, DETERMINERS, SUBJECT_PRONOUNS, Context
from newsgraph.quotes.fronted import main_clause_start
from newsgraph.quotes.speakers import SURVEY_PARTICIPLES, can_hold_view

_VERB_OBJECT_STARTS = frozenset({"that", "to", "the", "a", "an", "it", "he", "she", "they", "we", "his", "her",
                                 "their", "this", "these", "those", "for"})
# "Polls continue to show that ...", "she went on to say": the subject is before the raising verb
_RAISING = frozenset({"continue", "continues", "continued", "continuing", "began", "begin", "begins", "beginning",
                      "start", "starts", "started", "starting", "tend", "tends", "tended", "seem", "seems", "seemed",
                      "appear", "appears", "appeared", "used"})
_GO_ON = frozenset({"go", "goes", "went", "going", "gone"})
SPEAKING_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
_PREPOSITIONS = frozenset({"on", "in", "at", "to", "from", "with", "into", "onto", "by", "of", "across", "over",
                           "through", "about", "under", "behind", "before", "after", "during", "inside", "outside"})
_CONTROL_WINDOW = 12
_NOT_VERBS = frozenset({"and", "or", "the", "a", "an", "his", "her", "their", "its", "this", "these", "those"})
# "more likely to support", "spoke on condition of anonymity to discuss": a forecast or a frame, not a statement
_NOT_DONE_BEFORE_TO = frozenset({"likely", "unlikely", "anonymity", "authorized", "permitted", "allowed"})
_NOT_CONTROLLERS = frozenset({"his", "her", "their", "its", "our", "my", "your", "it"})  # "his speech to ..."
OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
_NOUN_AFTER = frozenset({"of", "on", "from", "about", "by", "for", "in", "to", ".", ",", ";", ")", "and", "or",
                         "is", "was", "are", "were", "have", "has", "had"})
# a count before a plural ("four states", "several reports"); "one" is a subject of its own ("one says")
_NUMBER_WORDS = (lexicons.word_set("number_words.txt") - {"one"}) | {"several"}
# "he's said", "there's ...": a pronoun before 's contracts "has" or "is", it does not possess
_CONTRACTING = frozenset({"he", "she", "it", "that", "there", "who", "what", "where", "here", "everyone",
                          "nobody", "someone", "one"})
# "a think tank", "a talk show host": a cue inside a compound noun
_CUE_COMPOUNDS = frozenset(tuple(e.lower().split()) for e in lexicons.entries("cue_compounds.txt"))
_QUANTIFIER_SUBJECTS = lexicons.word_set("quantifier_subjects.txt")  # "Some say ...": a subject
_NOUN_VERBS = lexicons.word_set("cue_noun_readings.txt")  # "the plan", "most state parties"
_NOUN_FORMS = lexicons.word_set("cue_noun_forms.txt")  # "the award show", "a subsequent note"
_LIGHT_VERBS = lexicons.word_set("light_verbs.txt")  # "made crude remarks": the verb before a plural's modifiers
_DEGREE_WORDS = frozenset({"more", "most", "less", "least", "very", "so", "too"})
_INTENTION_TO = frozenset({"wants", "plans", "hopes", "intends", "wishes", "seeks", "vows", "pledges", "promises",
                           "refuses", "threatens", "declines", "agrees", "aims", "expects"})
_BARE_INTENTION_TO = frozenset({"want", "plan", "hope", "intend", "wish", "seek", "expect", "refuse"})
_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those",
                          "this", "that", "such", "news", "media", "recent", "earlier", "new", "some", "many",
                          "of", "in", "to", "with", "no", "any", "very", "most", "more", "so", "too", "less",
                          "what", "which", "own", "additional"})
# words that open a phrase setting the scene of a report ("In the email, Ash described ...")
_SCENE_SETTERS = frozenset({"in", "during", "after", "before", "on", "at", "among", "under", "later", "earlier",
                            "since", "while", "when", "with", "without", "from", "despite", "amid", "following",
                            "by", "over", "within", "throughout", "upon", "last", "this", "a", "speaking",
                            "asked", "writing", "meanwhile", "separately", "yesterday", "today"})
_SCENE_MAX_TOKENS = 12
# "This week, ...", "A day later, ...": a determiner opens a scene only before a word of time;
# "This has been a concern, X said" is content
_WHERE_PREPOSITIONS = frozenset({"on", "in", "at"})  # not "from an outside group backing X"
_SCENE_DETERMINERS = frozenset({"this", "a"})
_TIME_WORDS = TEMPORAL | frozenset({"day", "days", "weeks", "months", "years", "decade", "few", "hour", "hours",
                                    "moment", "time", "minutes", "later", "earlier", "spring", "summer", "fall",
                                    "autumn", "winter", "season"})
# what a document does with its words, so that "it" can be its subject
_TEXT_REPORTS = frozenset({"says", "said", "notes", "noted", "points", "pointed", "adds", "added", "states", "stated",
                           "reads", "read", "reports", "reported", "argues", "argued", "claims", "claimed", "warns",
                           "warned", "finds", "found", "concludes", "concluded", "recommends", "recommended",
                           "calls", "called", "urges", "urged", "suggests", "suggested", "estimates", "estimated"})
_WHAT_WORDS = frozenset({"what", "whatever", "something", "anything", "nothing", "everything", "which", "that", "whom"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_OBJECT_OPENERS = _POSSESSIVE_PRONOUNS | {"the", "a", "an"}  # "praised *his* candidacy"
# words that end a phrase before a verb without heading a noun phrase ("more ambiguous", "last")
_NOT_HEADS = frozenset({"last", "more", "less", "than", "much", "well", "ago", "so", "too", "very", "again", "also",
                        "not", "later", "earlier", "first", "then", "yet"})


def speaker_of_cue(x: Context, i: int, lo: int, sent: Span) -> Speaker | None:
    """The subject of the cue at token i; participles take their clause's subject."""
    word = x.toks[i].text.lower()
    before = skip_back_adverbials(x.toks, i - 1, lo)
    if before >= lo and (x.lowers[before] in ("and", "but", "then") or (
            x.lowers[before] == "," and "then" in x.lowers[before + 1 : i])):
        # "he called her 'weak' and said ...", "X offered a job, then said ...": the first verb's subject
        first = _clause_subject(x, sent, i)
        if first is not None:
            return first
    if word.endswith("ing") and i > lo:
        prev = x.lowers[i - 1]
        # "we're talking about", "he's saying": the progressive, not a participle
        contracted = prev in ("'re", "’re", "'m", "’m") or (
            prev in ("'s", "’s") and i - 2 >= lo and x.lowers[i - 2] in ("he", "she", "it", "that", "who", "there"))
        if prev not in ("is", "was", "are", "were", "been", "be") and not contracted:
            absolute = _absolute_subject(x, i, lo)
            if absolute is not None:
                return absolute  # "..., with three in 10 saying ...": the people after "with" say it
            main = main_clause_start(x, x.tok_at(sent.start), i)  # a report in a fronted clause is not this one's
            reporter = _reporter_before(x, x.toks[main].start if main is not None else sent.start, x.toks[i].start)
            if reporter is not None:
                return reporter  # "..., Moreau said, adding that ...": the one who said it
            subject = _clause_subject(x, sent, i)
            # "a super PAC backing Bush", "executives supporting her campaign": who does it, not the clause's subject
            return (_participle_holder(x, i, lo) or subject) if subject is not None else None
    i = _before_interrupting_phrase(x, _raised_from(x, i, lo), lo)
    found = subject_before(x.toks, i, x.index, floor=lo)
    restricted = restricted_subject(x, i, lo)
    if restricted is not None and (found is None or found.span.start > restricted.span.start):
        return restricted
    k = skip_back_adverbials(x.toks, i - 1, lo)
    if found is not None and found.actor is not None and k >= lo and x.lowers[k] in ("who", "which", "that"):
        # "Roffman, who estimates ...": the relative pronoun is the mention, the antecedent who it is
        return Speaker(Span(x.toks[k].start, x.toks[k].end), found.actor)
    if found is None and k >= lo and (x.lowers[k] in SPEAKING_PRONOUNS or (
            x.lowers[k] == "it" and x.lowers[i] in _TEXT_REPORTS)):
        # "They think ...", "he said ...": a pronoun the linker could not resolve still speaks;
        # "It also points out that ...": a study or a letter says what it says
        return Speaker(Span(x.toks[k].start, x.toks[k].end), None)
    return found


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_RELATIVE_CLAUSE_WORDS = 10
_NEGATIONS = frozenset({"not", "n't", "never", "yet", "already", "still", "just", "even"})
_LEADING_CONNECTIVES = frozenset({"so", "yet", "even", "but", "and", "or", "also", "still", "then", "now", "instead"})


def restricted_subject(x: Context, i: int, lo: int) -> Speaker | None:
    """'Harbour workers who lost their jobs say ...': the people before a relative clause with no commas,
    with the clause that picks them out, are the subject of the verb after it."""
    for r in range(i - 1, max(lo, i - 2 - _RELATIVE_CLAUSE_WORDS), -1):
        word = x.lowers[r]
        if not x.toks[r].text[:1].isalnum():
            return None  # "Adler, who ...": an aside is read by the comma rules
        if word in SUBJECT_PRONOUNS:
            return None  # "12 percent who say they might vote for him": "they" votes
        if word not in ("who", "that") or r == i - 1 or r - 1 < lo or not x.toks[r - 1].text[:1].isalnum():
            continue
        if all(w in AUXILIARIES or w in BETWEEN_SUBJECT_AND_CUE or w in _NEGATIONS or w.endswith("ly")
               for w in x.lowers[r + 1 : i]):
            return None  # "girls who are challenging ...": the cue is the relative clause's own verb
        opener = x.toks[r + 1].text
        if not opener.isalpha() or not opener.islower() or opener in DETERMINERS or opener in SUBJECT_PRONOUNS \
                or opener in _POSSESSIVE_PRONOUNS:
            return None  # "told the Post that superdelegates ...", "hackers who U.S. officials say": a subject follows
        if word == "that" and opener not in AUXILIARIES and not opener.endswith("ed"):
            return None  # "groups that have endorsed him", not "the courts that voters ..."
        named = x.index.ending_at(x.toks[r - 1].end, x.toks[r - 1].end)
        if named is None and word == "that" and not can_hold_view(x.toks[r - 1].text):
            return None  # "argued that Moreau wants": "that" opens the report, no relative clause
        antecedent = relative_antecedent(x, r, lo)  # "The senators who ...", from the determiner on
        first = x.tok_at(min(antecedent.span.start, named[0] if named is not None else x.toks[r - 1].start))
        while first < r - 1 and x.lowers[first] in _LEADING_CONNECTIVES:
            first += 1  # "So even economists who ...": the economists
        start = x.toks[first].start
        end = i - 1
        while end > r and (x.lowers[end] in BETWEEN_SUBJECT_AND_CUE or x.lowers[end].endswith("ly")
                           or not x.toks[end].text[:1].isalnum()):
            end -= 1  # "Voters who backed Moreau now say": not "now"
        return Speaker(Span(start, x.toks[end].end), named[2] if named is not None else None)
    return None


def relative_pronoun_before(x: Context, i: int, lo: int) -> int | None:
    """'who say', 'that have long argued': the token of the "who" or "that" before the cue at token i and its
    auxiliaries and adverbs."""
    k = i - 1
    while k >= lo and (x.lowers[k] in AUXILIARIES or x.lowers[k].endswith("ly")):
        k -= 1
    return k if k >= lo and x.lowers[k] in ("who", "that") else None


def in_restrictive_relative(x: Context, i: int, j: int, lo: int, hi: int) -> bool:
    """'The senators who wrote the bill said ...': the cue at token i belongs to a relative clause that picks
    out the subject of a later report, so it reports nothing of its own."""
    if relative_pronoun_before(x, i, lo) is None:
        return False
    for later, end, _cue in x.cues_between(j, hi):
        if is_noun_use(x, later, end, lo, hi):
            continue  # "Officials who said the plan failed": "plan" is no verb
        subject = restricted_subject(x, later, lo)
        if subject is not None and subject.span.start <= x.toks[i].start < subject.span.end:
            return True
    return False


def after_relative(x: Context, i: int, lo: int) -> bool:
    """The cue at token i opens a relative clause with something before it ('a sign that read')."""
    return i - 2 >= lo and x.lowers[i - 1] in RELATIVE_PRONOUNS


def relative_antecedent(x: Context, rel: int, lo: int) -> Speaker:
    """'a sign that read ...', 'a video that said ...': the noun phrase before the relative pronoun at token rel,
    from its determiner on; the pronoun itself when there is none."""
    np = noun_phrase_before(x.toks, rel - 1, lo) if rel - 1 >= lo else None
    if np is not None:
        first = x.tok_at(np.span.start)
        start = next((k for k in range(rel - 1, first - 1, -1) if x.lowers[k] in DETERMINERS), first)
        return Speaker(Span(x.toks[start].start, np.span.end), np.actor)
    return Speaker(Span(x.toks[rel].start, x.toks[rel].end), None)


_ABSOLUTE_WORDS = 7


def _absolute_subject(x: Context, i: int, lo: int) -> Speaker | None:
    """'with 40 percent of riders saying ...': the phrase between "with" and the participle at token i."""
    for k in range(i - 1, max(lo, i - 1 - _ABSOLUTE_WORDS), -1):
        if x.lowers[k] == "with":
            if k + 1 == i or any(w in AUXILIARIES for w in x.lowers[k + 1 : i]):
                return None
            last = i - 1
            while last > k + 1 and x.lowers[last].endswith("ly"):
                last -= 1  # "with Cruz recently promising to ...": Cruz
            span = Span(x.toks[k + 1].start, x.toks[last].end)
            found = x.index.ending_at(span.end, span.end)
            return Speaker(span, found[2] if found is not None and found[0] >= span.start else None)
        if not x.toks[k].text[:1].isalnum() and x.toks[k].text != "%":  # "with 40% saying"
            return None
    return None


def _participle_holder(x: Context, i: int, lo: int) -> Speaker | None:
    """The people or group a participle cue right after them describes (a reduced relative clause)."""
    if not x.toks[i - 1].text[:1].isalnum() or x.lowers[i - 1] in AUXILIARIES:
        return None
    found = subject_before(x.toks, i, x.index, floor=lo)
    if found is None or found.span.end != x.toks[i - 1].end:
        return None
    before = x.tok_at(found.span.start) - 1
    if before >= lo and x.lowers[before] in _WHERE_PREPOSITIONS:
        return None  # "was on CNN talking about ...": where the subject talked, not who
    if found.actor is not None:
        return found if found.actor.kind in ("person", "organization", "group") else None
    return found if can_hold_view(x.text[found.span.start : found.span.end]) else None


def _clause_subject(x: Context, sent: Span, i: int) -> Speaker | None:
    """The first actor of the sentence before token i, after a fronted scene ("Before the Paris attacks, ...")."""
    start = sent.start
    comma = _first_comma(x, sent, i)
    main = main_clause_start(x, x.tok_at(sent.start), i)
    if main is not None:
        start = x.toks[main].start  # "When Maddow noted that Sanders ..., Clinton seized on it, repeating ..."
    elif comma < i and scene_before(x, sent, comma):
        start = x.toks[comma].end
    first = x.tok_at(start)
    start = x.toks[after_dateline(x.toks, first, i)].start if first < i else start  # "Washington (AFP) – X ..."
    before = [m for m in x.index.within(start, x.toks[i].start)
              if m[2].kind in ("person", "organization", "country", "group")]
    if not before:
        # "A few minutes later they ...," is no scene once a pronoun acts in it; "In a video posted to her
        # account, she criticized ... and challenged ...": the pronoun opens the clause after the scene
        for first in dict.fromkeys((x.tok_at(sent.start), x.tok_at(start))):
            for k in range(first, min(i, first + 6)):
                if x.lowers[k] in SPEAKING_PRONOUNS and (k == first or x.lowers[k - 1] in _TIME_WORDS
                                                         or x.lowers[k - 1] == ","):
                    # "They reversed ..., and said", "A few minutes later they reversed ..., and said"
                    return Speaker(Span(x.toks[k].start, x.toks[k].end), None)
        return None
    for ci, cj, _cue in x.cues_between(x.tok_at(start), i):
        if cj == x.tok_at(before[0][0]):
            # "The harbour master praised Moreau, saying ...": Moreau is the object; the verb's subject says it
            found = subject_before(x.toks, ci, x.index, floor=x.tok_at(start))
            if found is None and ci > x.tok_at(start) and x.lowers[ci - 1] in SPEAKING_PRONOUNS:
                return Speaker(Span(x.toks[ci - 1].start, x.toks[ci - 1].end), None)  # "she criticized X and ..."
            return found
    s, e, actor = before[0]
    return Speaker(Span(s, e), actor)


def _first_comma(x: Context, sent: Span, i: int) -> int:
    k = x.tok_at(sent.start)
    while k < i and x.toks[k].text != ",":
        k += 1
    return k


def is_infinitive(x: Context, i: int, lo: int) -> bool:
    """'to' before the cue, not raised ('went on to say' has its subject before the raising verb)."""
    return i - 2 >= lo and x.lowers[i - 1] == "to" and _raised_from(x, i, lo) == i


def infinitive_subject(x: Context, i: int, lo: int) -> Speaker | None:
    """Who would do what 'to <cue>' says: 'urged voters to reject', 'for Bush to back Cruz', else the subject."""
    k = i - 2  # the word before "to"
    found = x.index.ending_at(x.toks[k].end, x.toks[k].end)
    if found is not None and found[2].kind in ("person", "organization", "country", "group"):
        before = x.tok_at(found[0]) - 1
        if before < lo or x.lowers[before] not in _PREPOSITIONS:  # "went on Twitter to ...": where, not who
            return None if _reporting_verb_ends_at(x, before) else Speaker(Span(found[0], found[1]), found[2])
    if x.lowers[k] in OBJECT_PRONOUNS:
        return None if _reporting_verb_ends_at(x, k - 1) else Speaker(Span(x.toks[k].start, x.toks[k].end), None)
    if _reporting_verb_ends_at(x, k) or x.lowers[k] in _NOT_DONE_BEFORE_TO:
        return None
    for verb in range(k, max(lo, k - _CONTROL_WINDOW), -1):
        if x.lowers[verb] in (",", ";", ":", "(", ")", "—", "that"):
            break
        word = x.toks[verb].text
        if not (word.isalpha() and word.islower()) or word in _PREPOSITIONS or word in _NOT_VERBS:
            continue  # "called Machado on Friday to ...": an actor before "on" is no subject
        found_subject = subject_before(x.toks, verb, x.index, floor=lo)
        if found_subject is not None and x.text[found_subject.span.start:found_subject.span.end].lower() \
                not in _NOT_CONTROLLERS and (found_subject.actor is not None
                                          or x.lowers[verb - 1] in SPEAKING_PRONOUNS):
            return found_subject  # "Trump, who took to the talk shows to defend ...": who took, defends
    return None


def _reporting_verb_ends_at(x: Context, k: int) -> bool:
    """'urged voters to reject': what voters would do is the content of the urging, not a statement of theirs."""
    return any(j - 1 == k for _i, j, _cue in x.cues_between(max(0, k - 3), k + 1))


def _raised_from(x: Context, i: int, lo: int) -> int:
    """The raising verb before 'to' and the cue at i ('continues to insist', 'went on to say'), else i."""
    if i - 2 <= lo or x.lowers[i - 1] != "to":
        return i
    if x.lowers[i - 2] in _RAISING:
        return i - 2
    if x.lowers[i - 2] == "on" and i - 3 > lo and x.lowers[i - 3] in _GO_ON:
        return i - 3
    return i


_INTERRUPTION_WORDS = 5


def _before_interrupting_phrase(x: Context, i: int, lo: int) -> int:
    """'has in the past described', 'has for years argued': a phrase between the auxiliary and the cue at i is
    no subject; the subject is looked for before the phrase's preposition, else i."""
    for k in range(i - 1, max(lo, i - 2 - _INTERRUPTION_WORDS), -1):
        word = x.lowers[k]
        if not word[:1].isalnum():
            return i
        if word in _PREPOSITIONS or word == "for":
            return k if k - 1 >= lo and x.lowers[k - 1] in AUXILIARIES else i
    return i


def _reporter_before(x: Context, start: int, end: int) -> Speaker | None:
    """The speaker of the last report whose cue lies between start and end."""
    best: Speaker | None = None
    best_at = -1
    for f in x.found:
        if f.cue is not None and f.speaker is not None and start <= f.cue.start < end and f.cue.start > best_at:
            best, best_at = f.speaker, f.cue.start
    return best


def in_compound(x: Context, i: int, j: int, lo: int, hi: int) -> bool:
    """'a think tank', 'a talk show host', 'to show up': the cue word is part of another word."""
    prev = x.toks[i - 1].text.lower() if i > lo else ""
    nxt = x.toks[j].text.lower() if j < hi else "."
    word = x.toks[i].text.lower()
    return (word, nxt) in _CUE_COMPOUNDS or (prev, word) in _CUE_COMPOUNDS


def names_an_office(x: Context, i: int, j: int, hi: int) -> bool:
    """'state Sen. Jason Holsman', 'the Indiana state firefighters union': "state" is the state's, no report."""
    if x.lowers[i] not in ("state", "states"):
        return False
    named = x.index.ending_at(x.toks[i].end, x.toks[i].end)
    return (j < hi and x.toks[j].text[:1].isupper()) or (named is not None and named[0] < x.toks[i].start)


def is_noun_use(x: Context, i: int, j: int, lo: int, hi: int) -> bool:
    prev = x.toks[i - 1].text.lower() if i > lo else ""
    nxt = x.toks[j].text.lower() if j < hi else "."
    word = x.toks[i].text.lower()
    if in_compound(x, i, j, lo, hi):
        return True
    if names_an_office(x, i, j, hi):
        return True
    if _article_and_modifier_before(x, i, lo):
        return True
    if _counted_plural(x, i, lo) or _adverb_and_participle_before_noun(x, i, j, lo, hi):
        return True
    if _bare_modifiers_before_plural(x, i, j, lo, hi):
        return True
    if _object_of_cue_before(x, i, lo):
        return True
    if word == "states" and nxt == "that" and j + 1 < hi and (
            x.lowers[j + 1] in AUXILIARIES or x.lowers[j + 1].endswith("ed") or x.lowers[j + 1] == "vote"):
        return True  # "states that have held caucuses": the noun and its relative clause
    if prev in ("he", "she", "it", "who") or (word.endswith(("ed", "s")) and i > lo and _subject_ends_at(x, i - 1)):
        return False  # "He believes, for example, ...", "Fox News confirmed ...": a subject, then its verb
    if prev in ("which", "that") and word.endswith(("ed", "s")) and not word.endswith("ss") and i - 1 > lo \
            and x.lowers[i - 2] not in ("of", "in", "on", "for", "to", "with"):
        return False  # "The Post, which argued ...", "a report that suggested ...": "that plans" is no noun phrase
    share = prev in _QUANTIFIER_SUBJECTS or (prev.isdigit() and i - 2 >= lo and x.lowers[i - 2] == "in")
    to_intent = nxt == "to" and word in _BARE_INTENTION_TO
    if share and not word.endswith("s") and (_opens_complement(x, j, hi) or to_intent) \
            and (word not in _NOUN_VERBS or nxt == "that" or to_intent):
        return False  # "Some say they ...", "Many believe that ...", "4 in 10 want to ...": the share is the subject
    if prev in _NOUN_BEFORE:
        return not (prev == "to" and _raised_from(x, i, lo) < i)
    if word == "states" and nxt not in ("that", ":"):
        return True  # "five states voting Tuesday": the noun, far likelier than the verb
    if _modifies_noun(x, i, j, prev, nxt, lo, hi):
        return True
    if word.endswith("s") and nxt in (".", "!", "?") and _trailing_subject_before(x, i, lo):
        return False  # "..., the lawsuit alleges.": a trailing source's verb
    if word.endswith("s") and nxt in _NOUN_AFTER and word not in ("says", "tells", "adds", "notes", "warns"):
        # "Rubio wants to ...", "It plans to ...": after its subject an intention verb takes "to"
        return not (nxt == "to" and word in _INTENTION_TO and (
            prev not in ("", ",", "and", "or") or (prev == "," and _closes_relative_aside(x, i - 1, lo))))
    if word not in _NOUN_VERBS:
        return False
    if prev in BETWEEN_SUBJECT_AND_CUE or prev in ("i", "we", "you", "they"):
        return False
    # "Strategists hope the ...", "Democrats plan to ...", "men under 35 support ...": a plural subject's verb
    plural = (len(prev) > 3 and prev.endswith("s") and not prev.endswith(("ss", "'s", "’s")) and prev.isalpha()) \
        or prev in SURVEY_PARTICIPLES or (prev.isdigit() and i - 2 >= lo and x.lowers[i - 2] in ("under", "over"))
    # "... will flip, Democrats doubt will ...", "as some liberals hope,": a plural subject's verb
    as_before = nxt in (",", ".") and "as" in x.lowers[max(lo, i - 5) : i - 1]
    located = i - 2 >= lo and x.lowers[i - 2] in ("in", "of", "from") and x.toks[i - 1].text[:1].isupper()
    object_next = nxt in _VERB_OBJECT_STARTS or nxt.endswith("ing") or (j < hi and x.toks[j].text[:1].isupper())
    # "Voters in Iowa support Clinton": a located plural subject's verb
    return not ((plural or located) and (object_next or nxt in AUXILIARIES or as_before))


def _object_of_cue_before(x: Context, i: int, lo: int) -> bool:
    """'Ottawa announced this week plans to cut ...': a cue word right after a reporting verb in the past tense,
    a time phrase apart, is that verb's object."""
    k = skip_back_adverbials(x.toks, i - 1, lo)
    if k == i - 1 or k < lo or not x.lowers[k].endswith("ed"):
        return False  # without a time phrase between, the other rules decide ("said plans")
    return any(cj == k + 1 for _ci, cj, _cue in x.cues_between(max(lo, k - 3), k + 1))


def _counted_plural(x: Context, i: int, lo: int) -> bool:
    """'the four states that cast votes', '12 reports': after a count an -s word is a plural noun, not a verb
    ('4 in 10 says' and 'Section 230 states' are not counts)."""
    word = x.lowers[i]
    if i - 1 < lo or not word.endswith("s") or word.endswith("ss"):
        return False
    count = x.lowers[i - 1]
    if not all(part in _NUMBER_WORDS for part in count.split("-")) \
            and not (count.replace(",", "").isdigit() and count not in ("0", "1")):
        return False  # "four", "Twenty-seven", "12"
    before = x.toks[i - 2].text if i - 2 >= lo else ""
    return before.lower() not in ("in", "of") and (
        not before[:1].isupper() or before.lower() in _MODIFIED_NOUN_DETERMINERS)


def _adverb_and_participle_before_noun(x: Context, i: int, j: int, lo: int, hi: int) -> bool:
    """'the previously announced absence', 'his widely reported remarks': a participle between a determiner with
    its adverbs and a noun modifies the noun."""
    if not x.lowers[i].endswith("ed") or j >= hi:
        return False
    k = i - 1
    while k >= lo and x.lowers[k].endswith("ly") and x.toks[k].text.isalpha():
        k -= 1
    if k == i - 1 or k < lo or x.lowers[k] not in _MODIFIED_NOUN_DETERMINERS:
        return False
    nxt = x.toks[j].text
    return nxt.isalpha() and nxt.islower() and nxt not in _VERB_OBJECT_STARTS and nxt not in COMPLEMENT_HEADS \
        and nxt not in SUBJECT_PRONOUNS and nxt not in AUXILIARIES and nxt not in ("to", "by", "in", "on", "at")


def _closes_relative_aside(x: Context, comma: int, lo: int) -> bool:
    """'Clinton, who announced a plan on Monday, plans to ...': the comma at token comma closes a relative aside."""
    for c in range(comma - 1, lo, -1):
        if x.lowers[c] in (",", ";", ":", "(", ")"):
            return x.lowers[c] == "," and x.lowers[c + 1] in ("who", "which") and c - 1 >= lo \
                and x.toks[c - 1].text[:1].isalnum()
    return False


def _trailing_subject_before(x: Context, i: int, lo: int) -> bool:
    """'..., the lawsuit alleges.': a comma, a determiner and at most three words before the cue."""
    for k in range(i - 2, max(lo, i - 5) - 1, -1):
        if x.lowers[k] in ("the", "a", "an", "his", "her", "their", "its"):
            return k - 1 >= lo and x.lowers[k - 1] == ","
    return False


def _subject_ends_at(x: Context, k: int) -> bool:
    """A named actor ends at token k ("Fox News"), not a pronoun that refers to one ("his")."""
    found = x.index.ending_at(x.toks[k].end, x.toks[k].end)
    return found is not None and found[2].kind in ("person", "organization", "country", "group") \
        and x.toks[k].text[:1].isupper()


def _opens_complement(x: Context, j: int, hi: int) -> bool:
    """What follows a verb's complement: 'that', a subject pronoun, a quotation mark or a clause."""
    if j >= hi:
        return False
    nxt = x.lowers[j]
    return nxt in COMPLEMENT_HEADS or nxt in SUBJECT_PRONOUNS or x.clause_like(j, hi)


_MODIFIED_NOUN_DETERMINERS = _OBJECT_OPENERS | {"this"}
_MODIFIER_WORDS = 3


def _article_and_modifier_before(x: Context, i: int, lo: int) -> bool:
    """'the award show', 'an old quip', 'her constant promise', 'a more conciliatory note': a determiner and one to
    three singular modifiers before a cue word in its base form; after a singular word the verb would need an -s
    ('the mayor shows')."""
    word = x.lowers[i]
    if word not in _NOUN_VERBS and word not in _NOUN_FORMS:
        return False
    for k in range(i - 1, max(lo, i - 1 - _MODIFIER_WORDS) - 1, -1):
        modifier = x.toks[k].text
        if x.lowers[k] in _MODIFIED_NOUN_DETERMINERS or (x.lowers[k] in ("'s", "’s") and k - 1 >= lo
                                                          and x.lowers[k - 1] not in _CONTRACTING):
            return k < i - 1  # "a more conciliatory note", "April's flash GDP estimate"; "the plan" is read elsewhere
        # "the May report", "the Mueller report", "the GDP estimate": a capitalised modifier or an acronym too, but not
        # a plural ("The Democrats say")
        capitalised = ((modifier[:1].isupper() and modifier[1:].islower()) or modifier.isupper()) and k > lo
        if not (modifier.replace("-", "").isalpha() and (modifier.islower() or capitalised)) \
                or x.lowers[k].endswith("s") or x.lowers[k] in AUXILIARIES or x.lowers[k] in BETWEEN_SUBJECT_AND_CUE:
            return False
    return False


def _bare_modifiers_before_plural(x: Context, i: int, j: int, lo: int, hi: int) -> bool:
    """'made crude remarks about', 'obtained internal documents that showed': an -s cue word after one to three
    lowercase modifiers that follow a verb or a preposition, not a determiner, is a plural noun; a singular word
    with no determiner could not be its subject ("the court documents", "research shows" are left alone)."""
    word = x.lowers[i]
    if not word.endswith("s") or word.endswith("ss") or not (
            word in _NOUN_FORMS or word[:-1] in _NOUN_VERBS or word[:-1] in _NOUN_FORMS):
        return False
    nxt = x.lowers[j] if j < hi else ""
    k = i - 1
    while k >= lo and i - 1 - k < _MODIFIER_WORDS and _bare_modifier(x, k):
        k -= 1
    if k == i - 1 or k < lo:
        return False
    before, lower = x.toks[k].text, x.lowers[k]
    if (nxt == "to" or (nxt == "that" and j + 1 < hi and x.lowers[j + 1] not in AUXILIARIES
                        and not x.lowers[j + 1].endswith("ed"))) and lower not in _PREPOSITIONS:
        return False  # "plans to ...", "claims that he is ...": the noun's own content, read by other rules;
        # "said in televised remarks that ...": after a preposition a noun still
    return before.isalpha() and before.islower() and lower not in _MODIFIED_NOUN_DETERMINERS \
        and lower not in DETERMINERS and lower not in _NUMBER_WORDS and lower not in RELATIVE_PRONOUNS \
        and lower not in ("and", "or", "but") and (lower in _PREPOSITIONS or lower not in BETWEEN_SUBJECT_AND_CUE) \
        and not lower.endswith("ly")


def _bare_modifier(x: Context, k: int) -> bool:
    text, word = x.toks[k].text, x.lowers[k]
    return text.replace("-", "").isalpha() and text.islower() and not word.endswith(("s", "ly")) \
        and word not in AUXILIARIES and word not in BETWEEN_SUBJECT_AND_CUE and word not in SUBJECT_PRONOUNS \
        and word not in DETERMINERS and word not in _POSSESSIVE_PRONOUNS and word not in RELATIVE_PRONOUNS \
        and word not in _PREPOSITIONS and word not in ("for", "as", "than", "and", "or", "but", "nor") \
        and word not in _LIGHT_VERBS and x.toks[k].start not in x.cue_start_set  # "cited disparaging remarks"


def _modifies_noun(x: Context, i: int, j: int, prev: str, nxt: str, lo: int, hi: int) -> bool:
    """'384 pledged delegates', 'the Editor's note:': after a number or a possessive, before a noun."""
    number = prev.replace(",", "").isdigit() or prev in _NUMBER_WORDS
    possessive = prev in ("'s", "’s") and i - 2 >= lo and x.lowers[i - 2] not in _CONTRACTING
    if possessive and nxt in (":", ".", ",", ";") and not x.toks[i].text.endswith(("ed", "ing")):
        return True
    if possessive and x.lowers[i].endswith("ing") and nxt in AUXILIARIES:
        return True  # "Rubio's showing will be ...": the gerund is the subject
    if possessive and (x.lowers[i] in _NOUN_VERBS or (x.lowers[i].endswith("s") and not x.lowers[i].endswith("ss"))):
        return True  # "Sanders's support will collapse", "Trump's claims": a possessed noun, not "has" or "is"
    raw_next = x.toks[j].text if j < hi else ""
    noun_next = raw_next.isalpha() and raw_next.islower() and nxt not in _VERB_OBJECT_STARTS \
        and nxt not in COMPLEMENT_HEADS and nxt not in SUBJECT_PRONOUNS and nxt not in AUXILIARIES
    # "the world's largest confirmed oil reserves": a participle between a superlative and its noun
    superlative = x.lowers[i].endswith("ed") and (prev.endswith("est") or prev in ("most", "least")) \
        and i - 2 >= lo and (x.lowers[i - 2] in DETERMINERS or x.lowers[i - 2] in ("'s", "’s"))
    return (number or possessive or superlative) and noun_next


def passive_or_idiom(x: Context, i: int, lo: int) -> bool:
    k = i - 1
    while k >= lo and (x.lowers[k] in ("also", "not", "never", "long", "well") or x.lowers[k].endswith("ly")):
        k -= 1  # "is well known": the passive
    prev = x.toks[k].text.lower() if k >= lo else ""
    word = x.toks[i].text.lower()
    if prev in ("is", "was", "are", "were", "be", "been", "being", "get", "got") and not word.endswith("ing"):
        return True  # passive: "was told", "is known", "had been soundly rejected" (but not "is declaring")
    if i - 1 >= lo and x.toks[i - 1].text == "-" and x.toks[i - 1].end == x.toks[i].start:
        return True  # "C.I.A.-backed rebels": a compound adjective
    if word.endswith("ed") and word not in ("said", "told") and i + 1 < len(x.toks) \
            and x.lowers[i + 1] == "by":
        return True  # "the governor challenged by Sanders": the one challenged, not the one challenging
    if prev == "easier" or (word.endswith("ing") and prev in _DEGREE_WORDS):
        return True  # "easier said than done", "the most telling", "very promising": not a report
    # "as they say", "as the saying goes"
    return k - 1 >= lo and x.toks[k - 1].text.lower() == "as" and prev in ("they", "you", "one", "people")


def in_relative_aside(x: Context, speaker: Speaker, lo: int) -> bool:
    k = x.tok_at(speaker.span.start)
    return x.lowers[k] in ("who", "which") and k - 1 >= lo and x.toks[k - 1].text == ","


def plausible_speaker(x: Context, speaker: Speaker) -> bool:
    """A noun phrase that can say something, not a stray modifier picked up before the verb."""
    k, after = x.tok_at(speaker.span.start), x.tok_at(speaker.span.end)
    relative = next((p for p in range(k + 1, after) if x.lowers[p] in ("who", "that")), None)
    if relative is not None:  # "Councillors who have praised the plan": the people the clause picks out
        return plausible_speaker(x, Speaker(Span(speaker.span.start, x.toks[relative - 1].end), speaker.actor))
    words = x.text[speaker.span.start : speaker.span.end].split()
    first, head = words[0], words[-1].lower()
    if any(c in first for c in "'’") or (first.lower().endswith("ing") and (
            len(words) == 1 or not can_hold_view(" ".join(words)) or not _modifies(words))):
        return False  # "Having announced", not "hacking specialists" or "leading Democrats"
    if len(words) > 1 and first.lower() in _POSSESSIVE_PRONOUNS and head.endswith("ing"):
        return False  # "in her opening remarks": a noun phrase that "remarks" belongs to
    if any(c + 1 < after and x.lowers[c + 1] in _OBJECT_OPENERS
           for c, _j, _cue in x.cues_between(k, after)):
        return False  # "praised his candidacy warned": a verb and its object, no subject
    noun_in_ly = head.endswith("ly") and len(words) > 1 and words[-2].lower() in NOUN_DETERMINERS  # "the family"
    return head not in _NOT_HEADS and (noun_in_ly or not head.endswith(("ly", "ous")))


def _modifies(words: list[str]) -> bool:
    """'hacking specialists': the -ing word modifies the noun; in 'displaying what many analysts' it is a verb."""
    return not any(w.lower() in _WHAT_WORDS for w in words)


def scene_before(x: Context, sent: Span, comma: int) -> bool:
    """ "In a speech last July, he said ...": before the comma is the scene of the report, not its content."""
    first = x.tok_at(sent.start)
    while first < comma and not x.toks[first].text[:1].isalnum():
        first += 1
    # "In that last step, officers can ..., officials said": a clause after the scene is content
    if x.lowers[first] in _SCENE_DETERMINERS and x.lowers[first + 1] not in _TIME_WORDS:
        return False
    return x.lowers[first] in _SCENE_SETTERS and comma - first <= _SCENE_MAX_TOKENS \
        and "," not in x.lowers[first:comma]


def fronted_participle_subject(x: Context, j: int, sent: Span, hi: int) -> Speaker | None:
    """'In asserting that ..., the Times means ...': the subject follows the clause."""
    k = j
    while k < hi and x.toks[k].text != ",":
        k += 1
    after = [m for m in x.index.within(x.toks[k].end if k < hi else sent.end, sent.end)
             if m[2].kind in ("person", "organization", "country", "group")]
    if after and k < hi and after[0][0] - x.toks[k].end < 12:
        s, e, actor = after[0]
        return Speaker(Span(s, e), actor)
    return None
