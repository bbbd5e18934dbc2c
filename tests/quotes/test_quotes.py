import pytest

import newsgraph


def quotes_by_content(doc):
    return {doc.text[q.content.start : q.content.end]: q for q in doc.quotes}


def contents(text):
    """The statements of one fictional text, by content."""
    return quotes_by_content(newsgraph.extract(text, verbatim=True))


def find(doc, fragment):
    hits = [q for q in doc.quotes if fragment in doc.text[q.content.start : q.content.end]]
    assert hits, f"no quote containing {fragment!r}"
    return hits[0]


def test_seed_direct_quotes_have_full_name_speakers(seed_doc):
    assert find(seed_doc, "We’ll get there eventually").speaker_name == "Charles Q. Brown Jr"
    assert find(seed_doc, "The reality is that every NATO").speaker_name == "Hanno Pevkur"
    assert find(seed_doc, "What [French] President").speaker_name == "Hanno Pevkur"
    assert find(seed_doc, "NATO allies are inching closer").speaker_name == "The New York Times"
    assert find(seed_doc, "Russia is trying to expand the war").speaker_name == "Volodymyr Zelensky"
    assert find(seed_doc, "we must force Russia").speaker_name == "Volodymyr Zelensky"


def test_seed_reported_speech_and_nesting(seed_doc):
    assert find(seed_doc, "an eventual deployment of trainers").speaker_name == "Charles Q. Brown Jr"
    assert find(seed_doc, "all of this would trigger direct war").speaker_name == "Kremlin"
    roll = find(seed_doc, "his country's leaders were assessing")
    assert roll.speaker_name == "Madis Roll" and roll.cue is not None
    farkas = next(q for q in seed_doc.quotes if q.speaker_name == "Evelyn Farkas")
    outer = {q.id: q for q in seed_doc.quotes}[farkas.reported_by]
    assert outer.speaker_name == "The New York Times"
    inner = next(q for q in seed_doc.quotes
                 if seed_doc.text[q.content.start:q.content.end].startswith("their American and NATO"))
    assert inner.speaker_name == "Ukrainian officials" and inner.reported_by is not None
    per = [q for q in seed_doc.quotes if q.kind == "according_to" and q.speaker_type == "anonymous"]
    assert per, "the anonymous 'per a national security official' source"


def test_seed_partial_and_scare_quotes(seed_doc):
    by = quotes_by_content(seed_doc)
    assert by["'respond'"].kind == "scare" and by["'respond'"].speaker is None
    assert by["“a bunch of NATO trainers at risk”"].kind == "partial"
    assert by["“a bunch of NATO trainers at risk”"].speaker_name == "Charles Q. Brown Jr"
    assert by['"burn"'].speaker_name == "Vladimir Putin"


def test_patterns_on_fresh_text():
    text = ('"We will not back down," the minister said. "Not now, not ever."\n\n'
            "The strike will continue until the port reopens, union leader Sara Quist told reporters. "
            "According to two officials, the talks collapsed on Friday. "
            "Quist said that the authority had offered only 4 percent.")
    doc = newsgraph.extract(text, verbatim=True)
    first = find(doc, "We will not back down")
    assert first.kind == "direct" and first.speaker is not None and text[first.speaker.start:first.speaker.end] \
        == "minister"
    assert find(doc, "Not now, not ever").speaker == first.speaker  # inherits
    assert find(doc, "The strike will continue").speaker_name == "Sara Quist"
    according = find(doc, "the talks collapsed")
    assert according.kind == "according_to" and according.speaker_type == "anonymous"
    assert find(doc, "the authority had offered").speaker_name == "Sara Quist"


def test_sourcing_profile(seed_doc):
    profile = seed_doc.sourcing_profile()
    assert profile["statements"] > 20
    assert profile["named_person"] > profile["anonymous"] > 0
    assert 0 < profile["author_voice_share"] < 1


def test_headline_colon_names_the_speaker_and_labels_do_not():
    text = ("Halvorsen: Port strike will cost the region its winter contracts\n\n"
            "WATCH: Dockworkers march through the harbour district\n\n"
            "The union has been on strike since Monday.")
    doc = newsgraph.extract(text, verbatim=True)
    headline = find(doc, "Port strike will cost the region")
    assert headline.rule == "headline.colon" and text[headline.speaker.start:headline.speaker.end] == "Halvorsen"
    assert all("Dockworkers march" not in text[q.content.start:q.content.end] for q in doc.quotes)


def test_stances_named_by_nouns_and_adjectives():
    text = ("Senator Mara Lindqvist voiced strong support for the harbour bill on Tuesday. "
            "Governor Tomas Reyes's criticism of the tariff plan has drawn a rebuke. "
            "Support for the measure has grown among farmers.")
    doc = newsgraph.extract(text, verbatim=True)
    support = find(doc, "the harbour bill on Tuesday")
    assert support.rule == "nominal.support" and support.speaker_name == "Mara Lindqvist"
    criticism = find(doc, "the tariff plan")
    assert criticism.rule == "nominal.criticism" and criticism.speaker_name == "Tomas Reyes"
    assert text[criticism.content.start:criticism.content.end] == "the tariff plan"
    assert all("the measure" not in text[q.content.start:q.content.end] for q in doc.quotes)  # no holder


def test_a_second_verb_of_the_same_subject_ends_the_report():
    text = ("Senator Mara Lindqvist praised the governor's record on flood defence and said the budget can pass "
            "this week.")
    doc = newsgraph.extract(text, verbatim=True)
    praised = [q for q in doc.quotes if q.cue and text[q.cue.start:q.cue.end] == "praised"]
    assert praised and text[praised[0].content.start:praised[0].content.end] == \
        "the governor's record on flood defence"
    said = [q for q in doc.quotes if q.cue and text[q.cue.start:q.cue.end] == "said"]
    assert said and text[said[0].content.start:said[0].content.end].startswith("the budget can pass")


def test_subjects_with_appositions_party_labels_and_unnamed_holders():
    text = ("Ines Moreau, a retired harbour pilot from Sete, said the new locks were built too narrow. "
            "Sen. Dale Ferris (R-Neb.) said the grain tariff will be lifted in March. "
            "One council member opposed the harbour levy. "
            "Governor Tomas Reyes accused the port authority of hiding the dredging costs.")
    doc = newsgraph.extract(text, verbatim=True)
    assert all(not text[q.content.start:q.content.end].startswith("Ines Moreau") for q in doc.quotes)
    assert find(doc, "the new locks were built too narrow").speaker_name == "Ines Moreau"
    assert find(doc, "the grain tariff will be lifted").speaker_name == "Dale Ferris"
    levy = find(doc, "the harbour levy")
    assert text[levy.speaker.start:levy.speaker.end] == "One council member" and levy.speaker_actor is None
    accused = find(doc, "of hiding the dredging costs")
    assert accused.speaker_name == "Tomas Reyes"


def test_headline_labels_are_not_speakers():
    text = ("BYLINE: Ada Voss and Tomas Reyes\n\nThe Latest: Harbour strike enters its third day\n\n"
            "Dockworkers stayed home on Tuesday.")
    doc = newsgraph.extract(text, verbatim=True)
    assert not [q for q in doc.quotes if q.rule == "headline.colon"]


def test_evidential_statements_have_no_named_speaker():
    text = ("Turnout in the northern districts appears to have fallen sharply. "
            "The harbour master is expected to resign before the vote. "
            "It seems, though, that the dredging contract was never signed. "
            "The Fenwick Trust, which owns the old quay, reportedly paid the fine in cash. "
            "The mayor appeared on television on Monday. "
            "Asked whether the port would reopen, Governor Tomas Reyes shrugged. "
            "When asked by reporters about the levy, he left the room.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    raised = by["Turnout in the northern districts appears to have fallen sharply"]
    assert raised.rule == "evidential.raising" and raised.speaker is None and raised.kind == "indirect"
    assert by["The harbour master is expected to resign before the vote"].rule == "evidential.raising"
    assert by["that the dredging contract was never signed"].rule == "evidential.raising"
    assert by["The Fenwick Trust, which owns the old quay, reportedly paid the fine in cash"].rule == \
        "evidential.adverb"
    assert all("television" not in text[q.content.start:q.content.end] for q in doc.quotes)  # a stage, not a hedge
    assert by["whether the port would reopen"].rule == "evidential.question"
    levy = by["the levy"]
    assert levy.rule == "evidential.question" and text[levy.speaker.start:levy.speaker.end] == "reporters"


def test_an_unresolved_pronoun_still_speaks():
    text = "They think the new locks are too narrow for the grain ships."
    doc = newsgraph.extract(text, verbatim=True)
    think = find(doc, "the new locks are too narrow")
    assert text[think.speaker.start:think.speaker.end] == "They" and think.speaker_actor is None


def test_plural_and_share_subjects_and_raising_verbs():
    text = ("Strategists hope the new ferry will win back commuters. "
            "Others supported the bid to widen the harbour mouth. "
            "Polls continue to show that dockworkers back the strike.")
    doc = newsgraph.extract(text, verbatim=True)
    assert text[find(doc, "the new ferry will win back").speaker.start:][:11] == "Strategists"
    assert text[find(doc, "the bid to widen").speaker.start:][:6] == "Others"
    assert text[find(doc, "dockworkers back the strike").speaker.start:][:5] == "Polls"


def test_a_cue_inside_a_quotation_is_not_the_quoted_speakers_report():
    text = ("The port reopened on Monday.\n\n“There is a side of this that is about wanting to burn everything "
            "down,” Ines Moreau said. “I do not know if it was cathartic.”")
    doc = newsgraph.extract(text, verbatim=True)
    assert all(q.cue is None or text[q.cue.start:q.cue.end] != "wanting" for q in doc.quotes)
    assert find(doc, "burn everything down").speaker_name == "Ines Moreau"


def test_the_object_of_a_stance_ends_at_the_comma():
    text = ("The Harbour Fund backed Mayor Ines Moreau, and the money paid for a hundred radio spots. "
            "Governor Tomas Reyes opposed the dredging plan, a scheme drawn up by the port authority. "
            "Lena Ostrova praised the ferry plan and she left the quay early.")  # a new clause ends it too
    doc = newsgraph.extract(text, verbatim=True)
    assert "Mayor Ines Moreau" in quotes_by_content(doc)
    assert "the dredging plan" in quotes_by_content(doc)
    assert "the ferry plan" in quotes_by_content(doc)


def test_the_scene_of_a_report_is_not_its_content():
    text = ("In a speech last July, Governor Tomas Reyes said the locks were too narrow. "
            "Senator Mara Lindqvist said in a follow-up interview. "
            "During the hearing, the harbour master described the flooding.")
    doc = newsgraph.extract(text, verbatim=True)
    contents = set(quotes_by_content(doc))
    assert "In a speech last July" not in contents and "During the hearing" not in contents
    assert "in a follow-up interview" not in contents
    assert "the locks were too narrow" in contents


def test_a_source_inside_the_clause_covers_the_whole_clause():
    text = "At the heart of the dispute, according to two harbour officials, was a plan to close the north quay."
    doc = newsgraph.extract(text, verbatim=True)
    q = next(q for q in doc.quotes if q.kind == "according_to")
    assert text[q.content.start:q.content.end] == text.rstrip(".")


def test_an_intention_verb_after_its_subject_takes_to():
    text = ("Senator Mara Lindqvist wants to close the north quay before the winter storms. "
            "The port authority plans to raise the harbour fees next spring.")
    doc = newsgraph.extract(text, verbatim=True)
    wants = find(doc, "to close the north quay")
    assert wants.speaker_name == "Mara Lindqvist" and wants.rule == "indirect.verb.intention"
    assert find(doc, "to raise the harbour fees").rule == "indirect.verb.intention"


def test_a_dash_inside_reported_speech_does_not_end_it():
    text = "Governor Tomas Reyes said the locks – built in 1904 – were too narrow for the new ferries."
    doc = newsgraph.extract(text, verbatim=True)
    assert "the locks – built in 1904 – were too narrow for the new ferries" in quotes_by_content(doc)


def test_a_later_report_never_cuts_a_statement_before_its_start():
    from newsgraph.model import Span
    from newsgraph.quotes.context import Context
    from newsgraph.quotes.reported import _cut_at_next_report

    # the second report's subject ("... and Walter Grahame") lies before the first statement's start
    text = ("Two objectors, Laura Jensen and Walter Grahame, had challenged the bid with the board, "
            "contending that his name should not appear on the ballot.")
    context = Context(newsgraph.extract(text, verbatim=True))
    content = Span(text.index("the bid"), len(text) - 1)
    cut = _cut_at_next_report(context, content, 0, len(context.toks))
    assert content.start <= cut.end <= content.end


def test_a_source_with_its_when_and_where_still_trails_the_statement():
    text = ("The harbour is closed to ferries, Mayor Ines Moreau said on Monday in Lisbon, noting the storm damage. "
            "The north quay is unsafe, Governor Tomas Reyes said, adding that repairs would take a year.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["The harbour is closed to ferries"].rule == "indirect.source_after"
    assert by["The north quay is unsafe"].speaker_name == "Tomas Reyes"
    # the participle's speaker is the source it follows, not the first name in the sentence
    assert by["that repairs would take a year"].speaker_name == "Tomas Reyes"


def test_a_source_interrupting_the_clause_keeps_the_whole_clause():
    text = ("Greensboro, Sexton said, made him question the rhetoric of the campaign. "
            "These employees, the chief executive explained earlier in the hearing, were paid well. "
            "The transition was smooth, he said, replacing the chairman would be much harder.")
    doc = newsgraph.extract(text, verbatim=True)
    assert find(doc, "made him question").rule == "indirect.parenthetical"
    assert doc.text[find(doc, "made him question").content.start:].startswith("Greensboro")
    assert find(doc, "were paid well").rule == "indirect.parenthetical"
    assert find(doc, "replacing the chairman").rule == "indirect.parenthetical"


def test_a_poll_or_someones_view_sources_a_statement_after_in():
    text = ("In a Harbour Gazette poll released Monday, 52 percent of residents backed the new locks. "
            "Mayor Ines Moreau has a clear lead in the polls ahead of the city vote. "
            "In the governor's view, the dredging plan is dead. "
            "In an interview, Governor Tomas Reyes said the plan was dead. "
            "Despite his low standing in the polls, Senator Mara Lindqvist will run again.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    poll = by["52 percent of residents backed the new locks"]
    assert poll.rule == "in_source.fronted" and poll.kind == "according_to"
    assert doc.text[poll.speaker.start:poll.speaker.end] == "a Harbour Gazette poll released Monday"
    assert by["Mayor Ines Moreau has a clear lead"].rule == "in_source.trailing"
    assert by["the dredging plan is dead"].rule == "in_source.fronted"
    assert not [q for q in doc.quotes if q.rule.startswith("in_source") and "Reyes" in doc.text[q.content.start:]
                [: q.content.end - q.content.start]]
    assert not [q for q in doc.quotes if q.rule.startswith("in_source") and "Lindqvist" in
                doc.text[q.content.start:q.content.end]]


def test_a_trailing_poll_may_follow_a_comma_and_end_before_an_adverbial():
    text = ("Moreau leads Reyes among older voters by 9 points, 51% to 42%, in the survey, taken June 2-5. "
            "The governor has campaigned hard as Moreau continues to lead in polls despite her age. "
            "In a Harbour Gazette poll after the debate, 48 percent backed the locks.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["Moreau leads Reyes among older voters by 9 points, 51% to 42%"].rule == "in_source.trailing"
    led = by["Moreau continues to lead"]  # "continues" frames quotations only; it is no report of its own
    assert doc.text[led.speaker.start:led.speaker.end] == "polls"
    assert by["48 percent backed the locks"].rule == "in_source.fronted"


def test_a_question_may_follow_when_and_where_it_was_asked():
    text = ("Asked on Monday whether Mr. Reyes would hold a cabinet post, Mayor Ines Moreau shook her head. "
            "Asked at a briefing in Lisbon about the harbour's future, the spokesman smiled.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["whether Mr. Reyes would hold a cabinet post"].rule == "evidential.question"
    assert by["the harbour's future"].rule == "evidential.question"


def test_a_transcript_turn_is_its_speakers_statement():
    text = ("Mayor Ines Moreau spoke to the Harbour Gazette on Monday about the storm and the repairs.\n\n"
            "GAZETTE: Many residents say the north quay has been unsafe for years and that nobody listened to "
            "them. What do you say to them?\n\n"
            "MOREAU: I think the whole city needs to work together now, and I understand that people are scared. "
            "They want safe streets and a harbour that works, and we will rebuild the quay before the winter.\n\n"
            "Editor's note: This interview has been edited for length and clarity by the Harbour Gazette staff.")
    doc = newsgraph.extract(text, verbatim=True)
    turns = [q for q in doc.quotes if q.rule == "transcript.label"]
    assert [doc.text[q.speaker.start:q.speaker.end] for q in turns] == ["GAZETTE", "MOREAU"]
    assert doc.text[turns[1].content.start:turns[1].content.end].startswith("I think the whole city")


def test_a_reviews_bottom_line_or_a_newsletters_day_is_no_speaker():
    text = ("Harbour Rosé 2024 is pale and dry, with a saline finish.\n\n"
            "Bottom line: B+. Friendly, versatile and cheap enough for a picnic.\n\n"
            "Tomorrow: Harbour Bank earnings, the last of the big lenders this quarter.")
    assert not [q for q in newsgraph.extract(text, verbatim=True).quotes if q.rule == "headline.colon"]


def test_a_contracted_progressive_keeps_its_own_subject():
    text = "Yes, I know we’re talking about a ferry timetable here, but the mayor’s aide said it matters."
    doc = newsgraph.extract(text, verbatim=True)
    talking = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "talking about")
    assert doc.text[talking.speaker.start : talking.speaker.end] == "we"


def test_a_participle_between_a_superlative_and_its_noun_is_no_cue():
    assert not newsgraph.extract("Valdoria holds the region's largest confirmed gas reserves.", verbatim=True).quotes


@pytest.mark.parametrize("text", [
    "In a video posted to her account, she criticized Reyes and challenged him to a debate.",
    "Tomas Reyes spent millions. In a video posted to her account, she criticized Reyes and challenged him.",
])
def test_an_unresolved_pronoun_after_a_scene_holds_both_of_its_verbs(text):
    doc = newsgraph.extract(text, verbatim=True)
    challenged = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "challenged")
    assert doc.text[challenged.speaker.start : challenged.speaker.end] == "she"


def test_people_in_a_place_speak_not_the_place():
    text = ("Hours later, many in Valdoria wondered how the appointment would affect the talks. "
            "Many Palestinians interviewed in Gaza expressed concern over the promotion.")
    doc = newsgraph.extract(text, verbatim=True)
    speakers = [doc.text[q.speaker.start : q.speaker.end] for q in doc.quotes]
    assert speakers == ["many", "Palestinians"]


def test_a_person_described_first_and_then_named_is_a_named_source():
    text = "On Tuesday, the army's chief spokesman, Rear Admiral Dan Hadar, said the talks would go on."
    quote = newsgraph.extract(text, verbatim=True).quotes[0]
    assert (quote.speaker_name, quote.speaker_type) == ("Dan Hadar", "named_person")


def test_an_article_alone_is_no_speaker():
    text = ("Brandt spoke on Friday. The May report significantly beat expectations. "
            "\"Ferry use grows in every season,\" the report concluded. "
            "Mayor Ines Moreau made an unprompted call for a new quay.")
    doc = newsgraph.extract(text, verbatim=True)
    speakers = {doc.text[q.cue.start : q.cue.end]: doc.text[q.speaker.start : q.speaker.end]
                for q in doc.quotes if q.speaker is not None and q.cue is not None}
    assert speakers == {"concluded": "the report", "call for": "Mayor Ines Moreau"}


def test_a_possessive_or_a_named_modifier_before_a_cue_word_makes_it_a_noun():
    text = ("With April’s flash GDP estimate signalling a monthly gain, rates may rise. "
            "The city must comply with the Harbour Board demand that the quay be closed.")
    doc = newsgraph.extract(text, verbatim=True)
    assert [(doc.text[q.cue.start : q.cue.end], doc.text[q.speaker.start : q.speaker.end], q.rule)
            for q in doc.quotes] == [("demand", "Harbour Board", "nominal.demand")]


def test_a_time_phrase_between_a_cue_and_its_noun_object():
    text = "The harbour board announced this week plans to close the north quay before the winter storms."
    doc = newsgraph.extract(text, verbatim=True)
    assert [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes] == [
        ("announced", "plans to close the north quay before the winter storms")]


def test_a_trailing_source_on_condition_of_anonymity_and_a_noun_after_a_preposition():
    text = ("A third ferry ran aground near the north quay, a harbour police officer told reporters on the condition "
            "of anonymity as they were not authorized to speak. He said in televised remarks that two crew were hurt.")
    doc = newsgraph.extract(text, verbatim=True)
    assert [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes] == [
        ("told", "A third ferry ran aground near the north quay"), ("said", "that two crew were hurt")]


def test_the_writers_own_i_is_the_author_from_the_byline():
    text = ("Ferry Fares Rise Again\n\nBy Marta Ilves\nTuesday, March 10, 2026\n\n"
            "I think the new fares are a mistake.\n\nMayor Ines Moreau said: \"I believe the fares are fair.\"\n")
    doc = newsgraph.extract(text)
    by = {doc.text[q.content.start : q.content.end]: q for q in doc.quotes}
    assert (by["the new fares are a mistake"].speaker_name, by["the new fares are a mistake"].speaker_type) == (
        "Marta Ilves", "author")
    assert by['"I believe the fares are fair."'].speaker_type == "named_person"
    profile = doc.sourcing_profile()
    assert (profile["author"], profile["named_person"]) == (1, 1)


def test_an_inverted_speaker_after_a_possessor_is_the_person_possessed():
    text = "“The quay has never been busier,” says the harbour’s general manager Tomas Reyes."
    quote = newsgraph.extract(text, verbatim=True).quotes[0]
    assert quote.speaker_name == "Tomas Reyes"


def test_a_document_or_a_poll_as_the_source_is_typed_document():
    text = ("The harbour board's report said the north quay was unsafe. A new Harbour Gazette poll finds "
            "most residents back the locks. Reports say the mayor will resign.")
    doc = newsgraph.extract(text, verbatim=True)
    types = {doc.text[q.speaker.start : q.speaker.end]: q.speaker_type for q in doc.quotes if q.speaker}
    assert types == {"report": "document", "A new Harbour Gazette poll": "document",
                     "Reports": "anonymous"}
    assert doc.sourcing_profile()["document"] == 2


def test_a_headline_speaker_the_actor_layer_missed_is_the_person_the_body_names():
    text = ("Grace Okafor Blasts Harbour Board For Mocking Fishermen\n\n"
            "Mayor Grace Okafor said on Monday that the board had mocked the fishermen.")
    quote = newsgraph.extract(text, verbatim=True).quotes[0]
    assert (quote.speaker_name, quote.speaker_type) == ("Grace Okafor", "named_person")
    assert quote.speaker_actor is not None


def test_an_organisation_named_by_a_common_noun_is_typed_by_whose_it_is():
    text = ("Ines Moreau spoke on Monday. The Moreau campaign said the plan was dead. "
            "The agency said the ferry data was wrong.")
    doc = newsgraph.extract(text, verbatim=True)
    types = {doc.text[q.speaker.start : q.speaker.end]: q.speaker_type for q in doc.quotes if q.speaker}
    assert types == {"The Moreau campaign": "named_organization", "The agency": "anonymous"}


def test_unnamed_people_are_anonymous_but_a_definite_description_stays_unresolved():
    text = ("Some say the ferry is too slow. Many residents believe the quay is unsafe. "
            "The businessman said the locks would pay for themselves.")
    doc = newsgraph.extract(text, verbatim=True)
    types = {doc.text[q.speaker.start : q.speaker.end]: q.speaker_type for q in doc.quotes if q.speaker}
    assert types == {"Some": "anonymous", "residents": "anonymous", "The businessman": "unresolved"}


def test_a_quoted_transcript_turn_is_its_labels_statement():
    text = ("Mayor Ines Moreau spoke to the Harbour Gazette on Monday. Partial transcript as follows:\n\n"
            "\"GAZETTE: Many residents say the north quay has been unsafe for years. What do you say to them?\n\n"
            "\"MOREAU: I understand that people are scared, and we will rebuild the quay before the winter.\n\n"
            "\"VIDEO: The mayor walks along the damaged quay with two engineers from the port authority.")
    doc = newsgraph.extract(text, verbatim=True)
    turns = [q for q in doc.quotes if q.rule == "direct.transcript_label"]
    assert [doc.text[q.speaker.start : q.speaker.end] for q in turns] == ["GAZETTE", "MOREAU"]
    assert turns[1].speaker_name == "Ines Moreau"  # the label is her surname, not an acronym
    assert [doc.text[q.cue.start : q.cue.end] for q in turns] == [":", ":"]


def test_according_to_opening_a_bracket_a_clause_or_a_dashed_aside():
    text = ("(According to the harbour police, it does not keep statistics on skateboard violations.) "
            "And it has not gone unnoticed: according to recent polls, Mayor Ines Moreau holds 14 percent. "
            "Most residents - 63 percent in 2014, according to the harbour board - still back the locks.")
    doc = newsgraph.extract(text, verbatim=True)
    by = {doc.text[q.content.start:q.content.end]: q for q in doc.quotes if q.kind == "according_to"}
    assert "it does not keep statistics on skateboard violations" in by
    assert "Mayor Ines Moreau holds 14 percent" in by
    aside = next(q for t, q in by.items() if t.startswith("Most residents"))
    assert doc.text[aside.content.start:aside.content.end].endswith("still back the locks")


def test_a_phrasal_cue_takes_its_object_and_stops_at_when_and_where():
    text = ("Mayor Ines Moreau talked about the harbour budget at length on Tuesday. "
            "Governor Tomas Reyes agreed with Moreau. "
            "Senator Mara Lindqvist took a shot at Reyes during the debate. "
            "The harbour board made it clear that the locks would stay shut.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["the harbour budget"].speaker_name == "Ines Moreau"
    assert by["Moreau"].speaker_name == "Tomas Reyes"  # a stance toward a short name
    assert by["Reyes"].speaker_name == "Mara Lindqvist"
    assert "that the locks would stay shut" in by


def test_reported_speech_ends_where_a_new_clause_is_joined_by_and():
    text = ("Mayor Ines Moreau said the quay would reopen in May, and when asked about the cost she smiled. "
            "Governor Tomas Reyes said the port was safe, and he left the room.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert "the quay would reopen in May" in by
    assert "the port was safe" in by


def test_the_subject_is_found_across_a_bracketed_state_and_an_appositive():
    text = ("Rep. Tomas Reyes (Mich.), a superdelegate backing the mayor, said he has spoken with many colleagues. "
            "Mayor Ines Moreau, citing the storm damage, said the quay could stay shut until May.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["he has spoken with many colleagues"].speaker_name == "Tomas Reyes"
    assert by["the quay could stay shut until May"].speaker_name == "Ines Moreau"
    cited = by["the storm damage"]  # citing: the subject's grounds, as PolNeAR annotates it
    assert cited.speaker_name == "Ines Moreau" and doc.text[cited.cue.start:cited.cue.end] == "citing"
    assert not [q for q in doc.quotes if q.rule == "indirect.source_after"]


def test_poll_groups_hold_views_and_a_margin_is_not_part_of_the_stance():
    text = ("More than half the residents surveyed support closing the north quay. "
            "Men under 35 support Mayor Ines Moreau by 4 percentage points.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert doc.text[by["closing the north quay"].speaker.start:].startswith("More than half the residents surveyed")
    assert "Mayor Ines Moreau" in by


def test_naming_something_is_a_stance_and_a_located_speaker_is_the_person():
    text = ("Former Rep. Ines Moreau called it “the least bad option under the circumstances.” "
            "Governor Tomas Reyes called it quits after the vote. "
            "Sen. Mara Lindqvist of Vermont called on the harbour board to block the deal. "
            "Advocates in the fishing community called for his dismissal. "
            "Many commentators called him “the grownup on the stage.”")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["it “the least bad option under the circumstances.”"].speaker_name == "Ines Moreau"
    assert not [t for t in by if "quits" in t]
    assert by["the harbour board to block the deal"].speaker_name == "Mara Lindqvist"
    assert doc.text[by["his dismissal"].speaker.start:by["his dismissal"].speaker.end] == "Advocates"
    assert any(t.startswith("him “the grownup") for t in by)


def test_seeing_someone_as_something_is_a_view():
    text = "Party leaders see Mayor Ines Moreau as an invaluable asset. I saw her at the station."
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert "Mayor Ines Moreau as an invaluable asset" in by
    assert not [t for t in by if "station" in t]


def test_a_cue_word_used_as_a_noun_reports_nothing():
    text = ("The mayor has 84 pledged delegates in five states going to the polls. "
            "Editor’s note: the harbour board is a client of this newspaper. "
            "He’s said the quay will reopen. Six in 10 say the quay should reopen.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert not [t for t in by if "delegates" in t or "polls" in t or "client" in t]
    assert "the quay will reopen" in by and "the quay should reopen" in by


def test_a_report_inside_a_quotation_ends_with_it():
    text = '“Governor Tomas Reyes can say the quay is safe,” said Mayor Ines Moreau. “It is not.”'
    doc = newsgraph.extract(text, verbatim=True)
    for q in doc.quotes:
        if q.cue is not None and q.rule.startswith("indirect"):
            assert "Moreau" not in doc.text[q.content.start : q.content.end]


def test_a_named_source_after_a_comma_follows_its_statement():
    text = ("The program is hardly formal, but it has drawn a loyal following, said Mayor Ines Moreau, "
            "with classes and hikes along the harbour.")
    doc = newsgraph.extract(text, verbatim=True)
    (q,) = doc.quotes
    assert q.rule == "indirect.source_after" and q.speaker_name == "Ines Moreau"
    assert doc.text[q.content.start : q.content.end].endswith("a loyal following")


def test_the_subject_is_found_before_went_on_to_and_continuing_to():
    text = ("Mayor Ines Moreau is continuing to insist she will publish the harbour accounts. "
            "Governor Tomas Reyes went on to say, “The quay is safe.”")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["she will publish the harbour accounts"].speaker_name == "Ines Moreau"
    assert by["“The quay is safe.”"].speaker_name == "Tomas Reyes"


def test_a_source_familiar_with_something_is_the_person_and_friends_hold_views():
    text = ("A person familiar with the planning says the talks will focus first on the quay. "
            "Her liberal friends mocked the harbour plan.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    talks = by["the talks will focus first on the quay"]
    assert doc.text[talks.speaker.start : talks.speaker.end] == "A person"
    assert talks.speaker_type == "anonymous"
    assert "the harbour plan" in by


def test_winning_a_share_and_compound_nouns_are_not_reports():
    text = ("Mayor Ines Moreau won the primary, claiming 41 percent of the vote. "
            "Tomas Reyes, a fellow at a harbour think tank, spoke with a talk show host about it. "
            "Governor Mara Lindqvist claimed that the count was flawed.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert not [t for t in by if "percent" in t or "tank" in t or "host" in t]
    assert by["that the count was flawed"].speaker_name == "Mara Lindqvist"


def test_a_report_by_a_description_of_the_speaker_inside_their_stance_is_its_own_statement():
    text = ("Sen. Ines Moreau called on the council to act against the harbour board -- whose secrecy "
            "the senator said is designed to hide the toll rise.")
    doc = newsgraph.extract(text, verbatim=True)
    said = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "said")
    assert doc.text[said.content.start : said.content.end] == "is designed to hide the toll rise"
    assert said.speaker_name == "Ines Moreau"


def test_a_sentence_may_open_on_a_reporting_participle():
    by = contents("Noting that the ferry lost money last year, Moreau said she would cut the route. "
                  "Addressing the harbour board, Tomas Reyes said the quay would close.")
    assert set(by) == {"that the ferry lost money last year", "she would cut the route", "the quay would close"}
    noting = by["that the ferry lost money last year"]
    assert noting.speaker_name == "Moreau" and noting.rule == "indirect.verb.speech"


def test_a_cue_before_its_subject_frames_a_quotation():
    doc = newsgraph.extract('The toll vote failed. Said Tomas Reyes: "We will not raise the toll this year."',
                            verbatim=True)
    (quote,) = doc.quotes
    assert (quote.kind, quote.rule, quote.speaker_name) == ("direct", "direct.speaker_before", "Tomas Reyes")


def test_a_phrase_between_the_auxiliary_and_the_cue_is_not_the_subject():
    text = ("The harbour master has in recent weeks argued that the toll is a tax. "
            "Tomas Reyes has for years warned that the quay is unsafe. "
            "Reyes, who was mayor when Moreau was on the council, said the ferry would stay.")
    by = quotes_by_content(newsgraph.extract(text, verbatim=True))
    master = by["that the toll is a tax"].speaker
    assert text[master.start : master.end] == "The harbour master"
    assert by["that the quay is unsafe"].speaker_name == "Tomas Reyes"
    assert by["the ferry would stay"].speaker_name == "Tomas Reyes"  # an aside with a preposition ends in a comma


def test_an_adverbial_phrase_after_the_subject_is_not_the_subject():
    text = ("Lobbyists in general prefer not to register their clients. "
            "Adler, who is otherwise known as a critic, said the levy would pass.")
    by = quotes_by_content(newsgraph.extract(text, verbatim=True))
    lobbyists = by["not to register their clients"].speaker
    assert text[lobbyists.start : lobbyists.end] == "Lobbyists"
    assert by["the levy would pass"].speaker_name == "Adler"


def test_a_report_ends_where_the_subject_s_next_predicate_starts():
    by = contents("Ines Moreau said the ferry was late, called the board reckless and left the hall. "
                  "Tomas Reyes said the toll, raised in the spring, would stay. "
                  "Lena Ostrova said the full, unredacted audit would be published.")
    assert set(by) >= {"the ferry was late", "the toll, raised in the spring, would stay",
                       "the full, unredacted audit would be published"}


def test_an_appositive_that_ends_in_a_quoted_name_still_leads_to_the_subject():
    doc = newsgraph.extract("Tomas Reyes, the hacker known as “Harbourmaster,” stated that he had reached "
                            "the toll server.", verbatim=True)
    by = quotes_by_content(doc)
    assert by["that he had reached the toll server"].speaker_name == "Tomas Reyes"
    assert by["“Harbourmaster,”"].kind == "scare"  # a name in the subject, not words of the report


def test_unnamed_people_after_an_inverted_cue_are_its_source():
    text = ("The ferry will be late again this year, said several harbour workers. "
            "Mayor Ines Moreau won a clear majority of the regular, pledged delegates.")
    by = quotes_by_content(newsgraph.extract(text, verbatim=True))
    assert list(by) == ["The ferry will be late again this year"]
    workers = by["The ferry will be late again this year"].speaker
    assert text[workers.start : workers.end] == "several harbour workers"


@pytest.mark.parametrize(("text", "speaker"), [
    # "in what X called": X, not the people before "in"
    ("The toll rose to 31 people in what the mayor called an act of negligence.", "mayor"),
    # a time phrase opening the clause is not part of the subject
    ("Last week the group urged supporters to assemble at the harbour gardens.", "the group"),
    # a pronoun right before the cue speaks, even with no antecedent; the time phrase after it does not
    ("“It never crossed my mind that the ferry would stop,” she said several months after the strike.", "she"),
])
def test_the_speaker_of_a_sentences_one_statement(text, speaker):
    quote = newsgraph.extract(text, verbatim=True).quotes[0]
    assert text[quote.speaker.start : quote.speaker.end] == speaker


def test_a_dash_and_a_name_after_a_quotation_credit_it():
    text = ("We asked readers about the ferry.\n"
            "“The new timetable makes my commute an hour longer.”― Carla Sanchez\n"
            "“Nobody asked the islanders before they cut the night crossing.” — Tomas Reyes, 61, a retired pilot\n\n"
            "The mayor insisted the plan was “the best the harbour can afford.”--Lena Brandt.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    first = by["“The new timetable makes my commute an hour longer.”"]
    assert first.rule == "direct.dash_credit" and first.speaker_name == "Carla Sanchez"
    assert doc.text[first.cue.start : first.cue.end] == "―"
    second = by["“Nobody asked the islanders before they cut the night crossing.”"]
    assert doc.text[second.speaker.start : second.speaker.end] == "Tomas Reyes"
    # a reporter's sign-off after a quotation inside a sentence credits no one
    credited = [doc.text[q.speaker.start : q.speaker.end] for q in doc.quotes if q.speaker is not None]
    assert not [name for name in credited if "Brandt" in name]


def test_a_time_phrase_or_at_least_after_the_cue_does_not_hide_the_content():
    by = contents("Mayor Ines Moreau vowed last month to keep the ferry running. "
                  "Governor Tomas Reyes sought on Wednesday to calm the harbour crews. "
                  "The Harbour Post reported at least six ferries missed their crossings.")
    assert {"to keep the ferry running", "to calm the harbour crews",
            "at least six ferries missed their crossings"} <= set(by)


def test_so_after_a_verb_of_saying_or_thinking_points_back_to_what_was_said():
    doc = newsgraph.extract("Half of the crews said so in May. Tomas Reyes apparently thinks so, too. "
                            "Ines Moreau said so much about the toll that nobody listened. Lena Ostrova knew that.",
                            verbatim=True)
    sos = [q for q in doc.quotes if doc.text[q.content.start : q.content.end] in ("so", "that")]
    assert [q.rule for q in sos] == ["indirect.verb.speech", "indirect.verb.cognition", "indirect.verb.cognition"]
    assert sos[1].speaker_name == "Tomas Reyes" and sos[2].speaker_name == "Lena Ostrova"
    assert not [q for q in doc.quotes if doc.text[q.content.start : q.content.end].startswith("so much")]


def test_a_stance_toward_a_pronoun_is_a_statement():
    by = contents("Tomas Reyes ran for mayor in May. The harbour workers backed him.")
    assert by["him"].rule == "indirect.verb.attitude"


def test_an_object_pronoun_and_a_particle_are_no_clause():
    by = contents("Mayor Ines Moreau said it over and over at the harbour meeting. "
                  "Tomas Reyes described it as a tax on the island.")
    assert list(by) == ["it as a tax on the island"]


def test_adding_something_somewhere_is_not_saying_it():
    text = ("The ferry fees add up to more than $2 million a year. "
            "Mayor Ines Moreau added another stop to the ferry route last week. "
            "The council added a second ferry to the timetable in May. "  # the month, not the auxiliary
            "Tomas Reyes added that the route would open in June.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert list(by) == ["that the route would open in June"]
    assert by["that the route would open in June"].speaker_name == "Tomas Reyes"


def test_a_quotation_opened_in_reported_speech_runs_to_its_closing_mark():
    text = ("Governor Tomas Reyes said the mayor does “a fantastic job. And it is so important. "
            "We need her.”")
    doc = newsgraph.extract(text, verbatim=True)
    said = next(q for q in doc.quotes if q.rule == "indirect.verb.speech")
    assert doc.text[said.content.start : said.content.end].endswith("We need her.”")


def test_expected_with_an_adverb_a_perfect_or_a_referring_it_is_a_sourceless_statement():
    text = ("Mayor Ines Moreau is also expected to unveil the harbour plan on Monday. "
            "The governor had been expected to visit the quay. "
            "The jobs report comes on Friday. It is expected to show another solid gain. "
            "As expected, the vote failed.")
    doc = newsgraph.extract(text, verbatim=True)
    raised = [doc.text[q.content.start : q.content.end] for q in doc.quotes if q.rule == "evidential.raising"]
    assert raised == ["Mayor Ines Moreau is also expected to unveil the harbour plan on Monday",
                      "The governor had been expected to visit the quay",
                      "It is expected to show another solid gain"]


def test_a_title_case_headline_whose_verb_reports_is_a_statement():
    text = ("Mayor Ines Moreau Says The Harbour Will Reopen Before Winter.\n\n"
            "The Quay Is A Disgrace, Governor Tomas Reyes Says.\n\n"
            "The Harbour Board Meets Again On Friday.\n\n"
            "Mayor Ines Moreau spoke to reporters on Monday.")
    doc = newsgraph.extract(text, verbatim=True)
    titles = {doc.text[q.content.start : q.content.end]: doc.text[q.speaker.start : q.speaker.end]
              for q in doc.quotes if q.rule == "headline.title"}
    assert titles == {"The Harbour Will Reopen Before Winter": "Mayor Ines Moreau",
                      "The Quay Is A Disgrace": "Governor Tomas Reyes"}


def test_a_short_clause_after_the_cue_is_the_content_not_a_recipient():
    doc = newsgraph.extract("Hours later, the port authority said the ferry was cancelled.", verbatim=True)
    by = quotes_by_content(doc)
    assert "the ferry was cancelled" in by and "Hours later" not in by
    doc = newsgraph.extract("The ferry is cancelled, Mayor Ines Moreau told her advisers.", verbatim=True)
    assert quotes_by_content(doc)["The ferry is cancelled"].speaker_name == "Ines Moreau"


def test_a_quantifier_or_a_share_of_people_can_be_the_subject():
    text = ("Some say the harbour tax will drive fishermen away. Many believe that the quay is unsafe. "
            "In the poll, 42% say they would pay the toll. It found 18% who say they would not. "
            "Some reports on the vote were wrong.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    for content, speaker in (("the harbour tax will drive fishermen away", "Some"),
                             ("that the quay is unsafe", "Many"), ("they would pay the toll", "42%"),
                             ("they would not", "18%")):
        q = by[content]
        assert doc.text[q.speaker.start : q.speaker.end] == speaker
    assert not any("on the vote" in c for c in by)


def test_a_named_source_with_a_title_in_apposition_follows_its_statement():
    text = ("The ferry will run all winter, her deputy, Tomas Reyes, told the Harbour Gazette. "
            "The toll is fair, Ines Moreau, a retired pilot, said.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["The ferry will run all winter"].speaker_name == "Tomas Reyes"
    assert by["The toll is fair"].speaker_name == "Ines Moreau"


def test_including_during_and_a_relative_on_a_person_stay_in_the_content():
    text = ("Mayor Ines Moreau said that, during the storm, the quay lost power for six hours. "
            "Governor Tomas Reyes said the port will hire new staff, including two divers. "
            "Reyes said the plan was drafted by the harbour master, who retires in May.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert "that, during the storm, the quay lost power for six hours" in by
    assert "the port will hire new staff, including two divers" in by
    assert "the plan was drafted by the harbour master, who retires in May" in by


def test_a_closing_appositive_and_a_but_clause_are_the_writers_own():
    text = ("Mayor Ines Moreau said the quay would reopen in May, a date the council has missed twice. "
            "Governor Tomas Reyes said the toll was fair, but the fishermen walked out. "
            "Reyes said the plan, a costly one, would pass.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert "the quay would reopen in May" in by
    assert "the toll was fair" in by
    assert "the plan, a costly one, would pass" in by


def test_a_cue_after_a_pronoun_or_a_named_subject_is_a_verb():
    text = ("She believes, for example, that the quay should close at night. "
            "Harbour News reported that the ferry had sunk. His reports on the harbour were read widely.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert "that the quay should close at night" in by
    assert "that the ferry had sunk" in by
    assert not any("on the harbour" in c for c in by)


def test_when_a_report_was_made_is_not_its_content():
    doc = newsgraph.extract("Mayor Ines Moreau tweeted Tuesday night she would close the quay.", verbatim=True)
    assert "she would close the quay" in quotes_by_content(doc)


def test_a_second_verb_after_and_with_an_auxiliary_takes_the_first_subject():
    text = ("Mayor Ines Moreau often questions the toll and has called for the council to scrap it. "
            "Some 32% favoured the toll, and its competitors opposed the new ferry line.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["the council to scrap it"].speaker_name == "Ines Moreau"
    assert "the new ferry line" in by


def test_a_cue_with_its_own_object_is_no_trailing_source():
    text = ("Shortly after the storm, Mayor Ines Moreau announced her resignation. "
            "The quay will reopen, she said in a statement.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert "Shortly after the storm" not in by
    assert by["The quay will reopen"].speaker_name == "Ines Moreau"


def test_a_show_named_in_quotes_after_a_possessive_is_no_quotation():
    doc = newsgraph.extract("Mayor Ines Moreau told NBC's “Good Morning America” on Monday that the quay is safe.",
                            verbatim=True)
    by = quotes_by_content(doc)
    assert by["that the quay is safe"].speaker_name == "Ines Moreau"
    assert "“Good Morning America”" not in by


def test_a_dashed_aside_before_the_cue_and_a_clause_after_that_comma():
    text = ("Mayor Ines Moreau - who has run the port for a decade - said the quay would reopen. "
            "Governor Tomas Reyes argued that, while the toll may rise, the ferry will stay free.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["the quay would reopen"].speaker_name == "Ines Moreau"
    assert "that, while the toll may rise, the ferry will stay free" in by


def test_a_relative_pronoun_is_the_speakers_mention_resolved_to_its_antecedent():
    doc = newsgraph.extract("Mayor Ines Moreau, who says the quay is safe, opened it on Monday.", verbatim=True)
    q = quotes_by_content(doc)["the quay is safe"]
    assert doc.text[q.speaker.start : q.speaker.end] == "who"
    assert q.speaker_name == "Ines Moreau"


def test_a_question_quoted_before_its_speaker_keeps_the_speaker_across_the_mark():
    text = ('"Can we win the harbour vote?" Mayor Ines Moreau asked.\n\n"Is it fair?" '
            "Governor Tomas Reyes said the toll was fair.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by['"Can we win the harbour vote?"'].speaker_name == "Ines Moreau"
    assert by['"Is it fair?"'].speaker_name != "Tomas Reyes"  # his words after it are a report of their own
    assert by["the toll was fair"].speaker_name == "Tomas Reyes"


def test_a_long_appositive_may_stand_between_a_quote_and_its_cue():
    text = ("“The quay is not safe,” a harbour official, who was not authorized to speak on the record, "
            "told the Harbour Gazette.")
    doc = newsgraph.extract(text, verbatim=True)
    q = quotes_by_content(doc)["“The quay is not safe,”"]
    assert doc.text[q.speaker.start : q.speaker.end] == "harbour official"


def test_a_participles_subject_is_not_the_actor_in_a_fronted_scene():
    text = ("Before the Lisbon summit, Mayor Ines Moreau kept her distance from the port, "
            "saying the quay was a matter for the council.")
    doc = newsgraph.extract(text, verbatim=True)
    assert quotes_by_content(doc)["the quay was a matter for the council"].speaker_name == "Ines Moreau"


def test_ordering_and_offering_are_cues():
    text = ("Mayor Ines Moreau ordered the harbour police to clear the quay. "
            "Governor Tomas Reyes offered his condolences to the families. "
            "The council ordered 40 new buoys.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["the harbour police to clear the quay"].speaker_name == "Ines Moreau"
    assert "his condolences to the families" in by
    assert not any("buoys" in c for c in by)


def test_adjectival_and_idiomatic_uses_of_cue_words_report_nothing():
    text = ("Reopening the quay is easier said than done. The mayor's silence is the most telling sign. "
            "Most state parties release their delegates. The port has not yet announced a date.")
    doc = newsgraph.extract(text, verbatim=True)
    assert doc.quotes == []


def test_the_person_referred_to_after_a_quote_is_not_its_source():
    text = '"He has lost three votes," Mayor Ines Moreau said, referring to Tomas Reyes.'
    doc = newsgraph.extract(text, verbatim=True)
    assert all(q.speaker_name != "Tomas Reyes" for q in doc.quotes)
    assert quotes_by_content(doc)['"He has lost three votes,"'].speaker_name == "Ines Moreau"


def test_a_report_inside_the_same_speakers_statement_is_one_statement():
    text = ("Mayor Ines Moreau said she hopes the harbour reopens by June. "
            "Tomas Reyes said Ines Moreau wants to sell the quay. "
            'Ines Moreau said she plans to "fight for every berth" this winter.')
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    hopes = by["she hopes the harbour reopens by June"]
    assert hopes.speaker_name == "Ines Moreau" and hopes.reported_by is None
    assert "the harbour reopens by June" not in by  # her hope is part of what she said, not a second level
    partial = by['"fight for every berth"']
    said = by['she plans to "fight for every berth" this winter']
    assert partial.cue == said.cue and partial.speaker_name == "Ines Moreau"


def test_what_one_speaker_says_another_said_is_two_levels_but_a_view_they_ascribe_is_theirs():
    text = ("Tomas Reyes said Ines Moreau told the council that the quay would close. "
            "Tomas Reyes said Ines Moreau wants to sell the quay. "
            "The Harbour Gazette reported that the mayor's aides believe the toll is too high.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    ids = {q.id: q for q in doc.quotes}
    told = by["that the quay would close"]  # a report of speech: the chain of sourcing is kept
    assert told.speaker_name == "Ines Moreau" and ids[told.reported_by].speaker_name == "Tomas Reyes"
    # Ines Moreau's wish and the aides' belief are what Reyes and the Gazette say of them: one statement each
    assert by["Ines Moreau wants to sell the quay"].speaker_name == "Tomas Reyes"
    assert "to sell the quay" not in by
    assert "the toll is too high" not in by
    assert by["that the mayor's aides believe the toll is too high"].reported_by is None


def test_a_quote_opened_inside_the_writers_sentence_is_mixed_from_the_sentence_start():
    text = ('The new toll on the quay was "a swindle from the first day to the last," Mayor Ines Moreau said. '
            'Moreau called the toll "a swindle from the first day to the last," the council said.')
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    mixed = by['The new toll on the quay was "a swindle from the first day to the last,"']
    assert mixed.kind == "mixed" and mixed.speaker_name == "Ines Moreau"
    assert not any(c.startswith("Moreau called") and q.kind == "mixed" for c, q in by.items())


def test_a_stance_object_ends_at_the_comma_before_a_participle_and_the_participle_is_the_subjects():
    text = ("The New York businessman has praised Moreau, saying she was a steadier leader than Reyes. "
            "The harbour master has thanked Tomas Reyes, saying he kept the quay open.")
    doc = newsgraph.extract(text, verbatim=True)
    by = quotes_by_content(doc)
    assert by["Moreau"].rule == "indirect.verb.attitude"
    assert doc.text[by["Moreau"].speaker.start : by["Moreau"].speaker.end] == "The New York businessman"
    steadier = by["she was a steadier leader than Reyes"]
    assert doc.text[steadier.speaker.start : steadier.speaker.end] == "The New York businessman"
    kept = by["he kept the quay open"]
    assert doc.text[kept.speaker.start : kept.speaker.end] == "The harbour master"


def test_passives_and_compound_adjectives_hold_no_view():
    text = ("The army-backed council met on Monday. Tomas Reyes, the harbour master challenged by Moreau, "
            "opened the quay. Reyes had been soundly rejected by the voters.")
    doc = newsgraph.extract(text, verbatim=True)
    # the one rejected holds no view; the voters, the passive's agent, do
    assert [(q.rule, q.speaker_name) for q in doc.quotes] == [("indirect.passive.attitude", "voters")]


def test_the_agent_of_a_passive_stance_holds_it():
    text = ("Mayor Ines Moreau's toll plan was sharply criticized by Governor Paul Adler on Monday. "
            "Adler, who has been endorsed by Senator Clara Voss, spoke at the quay.")
    doc = newsgraph.extract(text, verbatim=True)
    plan = find(doc, "toll plan")
    assert doc.text[plan.content.start : plan.content.end] == "Mayor Ines Moreau's toll plan"
    assert plan.speaker_name == "Paul Adler" and plan.rule == "indirect.passive.attitude"
    endorsed = quotes_by_content(doc)["who"]
    assert endorsed.speaker_name == "Clara Voss"
    rally = newsgraph.extract("The rally was sharply criticized by Governor Paul Adler.", verbatim=True)
    assert [rally.text[q.content.start : q.content.end] for q in rally.quotes] == ["The rally"]  # not an adverb
    # a passive of speech names no holder of a view ("was asked by")
    asked = newsgraph.extract("Adler was asked by Moreau about the toll on Monday.", verbatim=True)
    assert not [q for q in asked.quotes if q.rule.startswith("indirect.passive")]


def test_an_infinitive_cue_belongs_to_whoever_does_it():
    text = ("Senator Clara Voss used her speech on Tuesday to criticize the governor's toll plan. "
            "Governor Paul Adler took to Twitter to praise the ruling. "
            "It is rare for Judge Ines Moreau to criticize the mayor's plan.")
    doc = newsgraph.extract(text, verbatim=True)
    found = {doc.text[q.content.start : q.content.end]: q for q in doc.quotes
             if q.rule.startswith("indirect.infinitive")}
    assert found["the governor's toll plan"].speaker_name == "Clara Voss"
    assert found["the ruling"].speaker_name == "Paul Adler"  # not Twitter, where he said it
    assert found["the mayor's plan"].speaker_name == "Ines Moreau"  # "for X to ...": X does it


def test_an_infinitive_inside_another_report_or_a_frame_is_no_statement():
    text = ("Mayor Ines Moreau urged voters to reject the toll plan. "
            "Governor Paul Adler refused to discuss the report. "
            "Two officials spoke on condition of anonymity to discuss the talks. "
            "Fishermen are more likely to support Adler.")
    doc = newsgraph.extract(text, verbatim=True)
    assert not [q for q in doc.quotes if q.rule.startswith("indirect.infinitive")]
    # the urging is Moreau's statement; what the voters would do is its content
    urged = find(doc, "reject")
    assert urged.speaker_name == "Ines Moreau"


def test_a_report_ends_where_a_coordinated_clause_brings_its_own_subject():
    text = "Governor Paul Adler said the toll would rise next spring, and a second official said it would not."
    doc = newsgraph.extract(text, verbatim=True)
    adler = find(doc, "toll")
    assert doc.text[adler.content.start : adler.content.end] == "the toll would rise next spring"
    # a second "that" clause is more of the same report
    text = "Adler said the toll was too high, and that the ferry should be free, and Moreau said it would not."
    doc = newsgraph.extract(text, verbatim=True)
    adler = find(doc, "toll")
    assert doc.text[adler.content.start : adler.content.end] == \
        "the toll was too high, and that the ferry should be free"
    # the comma after a fronted clause ends no report
    doc = newsgraph.extract("Adler said that even after he steps down, he will fight the toll.", verbatim=True)
    assert doc.text[find(doc, "toll").content.start : find(doc, "toll").content.end] == \
        "that even after he steps down, he will fight the toll"


def test_a_body_with_no_name_holds_a_stance_and_a_weekday_ends_it():
    text = "Two fishing groups condemned the toll plan. The harbour board backed the ferry plan on Monday."
    doc = newsgraph.extract(text, verbatim=True)
    contents = {doc.text[q.content.start : q.content.end]: doc.text[q.speaker.start : q.speaker.end]
                for q in doc.quotes}
    assert contents == {"the toll plan": "Two fishing groups", "the ferry plan": "The harbour board"}


def test_a_cue_in_s_after_a_name_is_its_verb():
    doc = newsgraph.extract("The trouble, Frank Adler writes, began in 1970.", verbatim=True)
    assert [(q.rule, q.speaker_name) for q in doc.quotes] == [("indirect.parenthetical", "Frank Adler")]


def test_a_quotation_framed_by_continued_is_a_statement_of_its_own():
    text = ('"The ferry is late," Governor Paul Adler said on Monday. "It is a disgrace," he continued. '
            '"We will fix it." Mayor Ines Moreau went on the offensive. The borrowing continued.')
    doc = newsgraph.extract(text, verbatim=True)
    disgrace = find(doc, "disgrace")
    assert disgrace.speaker_name == "Paul Adler" and doc.text[disgrace.cue.start : disgrace.cue.end] == "continued"
    fix = find(doc, "fix it")
    assert fix.cue == disgrace.cue  # the quotation after the frame goes on with it
    # outside quotation marks the frame verbs report nothing
    assert not [q for q in doc.quotes if "offensive" in doc.text[q.content.start : q.content.end]
                or "borrowing" in doc.text[q.content.start : q.content.end]]


def test_who_after_a_located_name_or_an_appositive_title_is_that_person():
    text = ("The vote was close. One holdout remained - Senator Clara Voss of Maine, who had opposed the toll. "
            "The tunnel was found by Paul Adler, the harbour commissioner, who conceded that more tunnels exist.")
    doc = newsgraph.extract(text, verbatim=True)
    assert find(doc, "the toll").speaker_name == "Clara Voss"
    assert find(doc, "more tunnels").speaker_name == "Paul Adler"


def test_a_verb_after_which_or_that_is_a_verb():
    text = "The Coastal Ferry Company, which argued that the toll was illegal, lost the case."
    doc = newsgraph.extract(text, verbatim=True)
    assert find(doc, "the toll was illegal").speaker_name == "Coastal Ferry Company"


@pytest.mark.parametrize(("text", "objects"), [
    # an abbreviation's full stop and initials do not end the object
    ("Mayor Ines Moreau has been critical of Mr. Adler. Senator Clara Voss praised J.K. Rowling.",
     {"Mr. Adler", "J.K. Rowling"}),
    # where the stance was voiced is not its object
    ("Senator Clara Voss attacked Governor Paul Adler on Twitter. "
     "Mayor Ines Moreau praised the ferry plan in a radio interview.", {"Governor Paul Adler", "the ferry plan"}),
    # nor when: a month, a year, "in the last two debates"
    ("Governor Paul Adler endorsed Mayor Ines Moreau in early June. "
     "Senator Clara Voss attacked the toll in the last two debates.", {"Mayor Ines Moreau", "the toll"}),
])
def test_where_a_stance_object_ends(text, objects):
    doc = newsgraph.extract(text, verbatim=True)
    assert objects <= {doc.text[q.content.start : q.content.end] for q in doc.quotes}


def test_a_quoted_title_the_sentence_goes_on_from_inherits_no_speaker():
    text = ('"The ferry is late again," Governor Paul Adler said.\n\n'
            '"Harbour Nights" was nominated for an award on Monday.')
    doc = newsgraph.extract(text, verbatim=True)
    assert not [q for q in doc.quotes if "Harbour Nights" in doc.text[q.content.start : q.content.end]
                and q.speaker is not None]


@pytest.mark.parametrize("text", [
    # a participle after a comma
    "Many ferry workers try to stay quiet, telling few people about their contracts.",
    # a lower-case noun after ", <verb>" is its object, not an inverted source
    "In the ferry scandal, riders were charged twice, saw their savings fall, or were confused.",
])
def test_no_trailing_source(text):
    doc = newsgraph.extract(text, verbatim=True)
    assert not [q for q in doc.quotes if q.rule == "indirect.source_after"]


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # a scene with a clause after it is content, not only scene
    ("In that last step, inspectors can check the hull, harbour officials said.", "inspectors can check", "officials"),
    # a verb after ", then" and a verb in a comma list share the clause's subject, a pronoun included
    ("Governor Paul Adler toured the pier, then said the ferry would run again.", "the ferry would run", "Paul Adler"),
    ("They closed the gates, moved everyone inside and said they will count the votes at noon.",
     "they will count", "They"),
    # a fronted day before a located name and its appositive is no subject
    ("On Saturday, Senator Clara Voss of Maine, a ferry critic, said the toll was unfair.", "the toll was unfair",
     "Senator Clara Voss"),
])
def test_who_holds_a_report_after_a_scene_or_in_a_list_of_verbs(text, fragment, speaker):
    doc = newsgraph.extract(text, verbatim=True)
    q = find(doc, fragment)
    assert q.speaker is not None and doc.text[q.speaker.start : q.speaker.end].endswith(speaker)


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Two piers have no ramps at all, the lawsuit alleges.", "Two piers have no ramps at all", "the lawsuit"),
    ("If the toll falls in May, as many ferry riders hope, traffic could grow.", "If the toll falls in May",
     "many ferry riders"),
    ("The ferry will run again every day, as Governor Paul Adler has said, and the toll will fall.",
     "The ferry will run again every day", "Governor Paul Adler"),
])
def test_a_verb_in_s_after_its_trailing_subject_and_a_source_after_as(text, content, speaker):
    doc = newsgraph.extract(text, verbatim=True)
    q = quotes_by_content(doc)[content]
    assert q.rule == "indirect.source_after" and doc.text[q.speaker.start : q.speaker.end] == speaker


def test_people_named_by_a_noun_after_by_hold_a_passive_stance():
    doc = newsgraph.extract("The toll plan was hotly criticized by ferry economists.", verbatim=True)
    q = quotes_by_content(doc)["The toll plan"]
    assert q.rule == "indirect.passive.attitude" and doc.text[q.speaker.start : q.speaker.end] == "ferry economists"


@pytest.mark.parametrize(("text", "stance"), [
    ("Governor Paul Adler's support will collapse if the toll rises.", None),
    ("Her support remains strong in the harbour towns.", None),
    ("Mayor Ines Moreau's claims were checked by the ferry board.", None),
    ("Voters in Maine support Governor Paul Adler by a wide margin.", "Governor Paul Adler"),
    ("Most ferry riders support the toll.", "the toll"),
])
def test_support_is_a_noun_unless_a_subject_takes_it_as_a_verb(text, stance):
    doc = newsgraph.extract(text, verbatim=True)
    stances = [doc.text[q.content.start : q.content.end] for q in doc.quotes if q.rule == "indirect.verb.attitude"]
    assert (stances[0].startswith(stance) if stance else not stances), stances


@pytest.mark.parametrize(("text", "reported"), [
    ("Governor Paul Adler showed up at the ferry rally on Monday.", None),
    ("Mayor Ines Moreau hosts a reality show on Saturdays.", None),
    ("Coastal states that have held ferry votes saw high turnout.", None),
    ("The harbour report states that the toll is illegal.", "that the toll is illegal"),
])
def test_phrasal_verbs_compounds_and_the_noun_states_report_nothing(text, reported):
    doc = newsgraph.extract(text, verbatim=True)
    contents = [doc.text[q.content.start : q.content.end] for q in doc.quotes]
    assert contents == ([reported] if reported else []), contents


@pytest.mark.parametrize("frame", ["fumed", "surmised", "whispered", "laughed"])
def test_manner_verbs_frame_a_quotation_but_report_nothing_alone(frame):
    doc = newsgraph.extract(f'"The toll is a disgrace," Governor Paul Adler {frame}. "Nobody pays it."\n\n'
                            f"The crowd {frame} at the ferry.", verbatim=True)
    assert find(doc, "The toll is a disgrace").speaker_name == "Paul Adler"
    assert find(doc, "Nobody pays it").speaker_name == "Paul Adler"
    assert not [q for q in doc.quotes if "ferry" in doc.text[q.content.start : q.content.end]]


def test_whom_something_was_said_of_is_not_what_was_said():
    doc = newsgraph.extract('"He is a fraud," Mayor Ines Moreau said of the governor. '
                            "Governor Paul Adler said of the toll that it was unfair.", verbatim=True)
    assert not [q for q in doc.quotes if doc.text[q.content.start : q.content.end].startswith("of the")]
    assert find(doc, "He is a fraud").speaker_name == "Ines Moreau"
    assert quotes_by_content(doc)["that it was unfair"].speaker_name == "Paul Adler"


def test_a_quotation_running_over_paragraphs_keeps_its_cue():
    text = ('Governor Paul Adler said: "The ferry will run again in May, and the toll will fall by half.\n\n'
            '"Nobody in the harbour towns should pay twice for one crossing."\n\n'
            '"We will see," said Mayor Ines Moreau.\n\n"I have heard this before."')
    doc = newsgraph.extract(text, verbatim=True)
    first, second = find(doc, "ferry will run"), find(doc, "Nobody in the harbour")
    assert second.speaker_name == "Paul Adler" and second.cue == first.cue  # one statement
    later = find(doc, "heard this before")
    assert later.speaker_name == "Ines Moreau" and later.cue is None  # a new paragraph, a new statement


def test_a_bare_verb_after_and_that_the_reports_modal_governs_stays_in_the_report():
    text = ("Mayor Ines Moreau said she would drop the toll and support the ferry plan. "
            "Governor Paul Adler praised the ferry plan and said the toll would stay.")
    doc = newsgraph.extract(text, verbatim=True)
    assert "she would drop the toll and support the ferry plan" in quotes_by_content(doc)
    assert "the ferry plan" in quotes_by_content(doc)  # a second verb of the subject is a report of its own


@pytest.mark.parametrize(("text", "content"), [
    ("Governor Paul Adler told me the ferry would run again.", "the ferry would run again"),
    ("Governor Paul Adler told them the ferry would run again.", "the ferry would run again"),
    ("Mayor Ines Moreau told her husband that the ferry would run again.", "that the ferry would run again"),
])
def test_a_pronoun_recipient_of_told_is_not_the_reports_subject(text, content):
    assert content in contents(text)


@pytest.mark.parametrize(("text", "content"), [
    ("The harbour has been a worry for the island this year, Mayor Ines Moreau said.",
     "The harbour has been a worry for the island this year"),
    ("This has been a worry for the island this year, Mayor Ines Moreau said.",
     "This has been a worry for the island this year"),
    ("A harbour official said this year that the ferry would run again in May.",
     "that the ferry would run again in May"),
    ("The ferry is late again, and Mayor Ines Moreau said it “hurts” the island.", "it “hurts” the island"),
])
def test_this_marks_time_only_before_a_word_of_time_and_a_quoted_verb_is_a_verb(text, content):
    assert content in contents(text)


@pytest.mark.parametrize(("text", "content", "holder"), [
    ("Mayor Ines Moreau stood by her warning that the ferry would stop in May.",
     "that the ferry would stop in May", "Mayor Ines Moreau"),
    ("The toll is unpopular, in part because of fears that shops will close early.",
     "that shops will close early", None),
])
def test_a_stance_noun_with_a_that_clause_names_what_is_held(text, content, holder):
    doc = newsgraph.extract(text, verbatim=True)
    q = quotes_by_content(doc)[content]
    assert q.rule.startswith("nominal.")
    assert (doc.text[q.speaker.start : q.speaker.end] if q.speaker else None) == holder


def test_a_relative_clause_after_a_stance_noun_names_nothing():
    doc = newsgraph.extract("The claim that was made on Monday turned out to be false.", verbatim=True)
    assert not [q for q in doc.quotes if q.rule.startswith("nominal.")]


@pytest.mark.parametrize(("text", "finding"), [
    ("A June poll found Governor Paul Adler leading the race by nine points.",
     "Governor Paul Adler leading the race by nine points"),
    ("A survey by the Harbour Institute found broad support for the ferry.", "broad support for the ferry"),
])
def test_what_a_poll_or_study_found_is_its_report(text, finding):
    assert finding in contents(text)


def test_what_a_person_found_is_no_report():
    assert not newsgraph.extract("Governor Paul Adler found the harbour welcoming.", verbatim=True).quotes


@pytest.mark.parametrize("text", [
    "Harbour workers formed a group called Citizens for Ferries.",
    "Governor Paul Adler called Mayor Ines Moreau on Monday.",
    "Mayor Ines Moreau is seeking a fifth term.",
])
def test_a_name_given_a_phone_call_or_a_goal_is_no_statement(text):
    assert not newsgraph.extract(text, verbatim=True).quotes


def test_thats_according_to_sources_the_sentence_before():
    doc = newsgraph.extract("The ferry carried 9,000 people in May.\n\nThat's according to figures from the harbour "
                            "office.", verbatim=True)
    q = find(doc, "The ferry carried 9,000 people in May")
    assert q.rule == "according_to" and doc.text[q.speaker.start : q.speaker.end] == "figures"


def test_a_report_inside_a_speakers_own_quotation_is_part_of_it():
    doc = newsgraph.extract('"I think Governor Paul Adler said the ferry would run again, but nobody believed him," '
                            "Mayor Ines Moreau said.", verbatim=True)
    assert [q.speaker_name for q in doc.quotes] == ["Ines Moreau"]


def test_a_quotation_reported_by_a_paper_nests_the_report_it_opens_with():
    doc = newsgraph.extract('The Harbour Post confirms "Estonian officials have asked the navy to help run the '
                            'ferry."', verbatim=True)
    outer, inner = doc.quotes
    assert outer.speaker_name == "Harbour Post" and inner.rule == "indirect.verb.speech"
    assert inner.reported_by == outer.id and doc.text[inner.speaker.start : inner.speaker.end] == "Estonian officials"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mayor Ines Moreau doesn’t think the ferry can run in May.", "Mayor Ines Moreau"),
    ("She didn't say the ferry would run in May.", "She"),
])
def test_a_contracted_negation_stands_between_a_subject_and_its_cue(text, speaker):
    q = find(newsgraph.extract(text, verbatim=True), "the ferry")
    assert q.speaker is not None and text[q.speaker.start : q.speaker.end] == speaker


def test_an_aside_on_a_name_ends_the_report():
    text = "Governor Tomas Reyes said the ferry contract went to Paul Adler, who has run boats on the island for years."
    by = contents(text)
    assert "the ferry contract went to Paul Adler" in by
    text = ("Governor Tomas Reyes said that Paul Adler, who runs the ferry, would keep the toll. "
            "The report said that the harbour trusts, which own two quays, are still under his control.")
    by = contents(text)
    assert "that Paul Adler, who runs the ferry, would keep the toll" in by
    assert "that the harbour trusts, which own two quays, are still under his control" in by


@pytest.mark.parametrize(("text", "content", "word"), [
    ("Harbour officials remain confident that the quay will reopen in May.", "that the quay will reopen in May",
     "confident"),
    ("Mayor Ines Moreau is convinced that the toll will pay for the tunnel.", "that the toll will pay for the tunnel",
     "convinced"),
    ("Mayor Ines Moreau is eager to reopen the quay before the summer.", "reopen the quay before the summer", "eager"),
])
def test_a_stance_adjective_with_a_clause_or_an_infinitive(text, content, word):
    q = contents(text)[content]
    assert q.rule == f"nominal.{word}"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Even leaders on the political left are questioning whether the toll is fair.", "whether the toll is fair",
     "leaders"),
    ("Several residents at the old harbour believe that the ferry will run in May.",
     "that the ferry will run in May", "residents"),
    ("A spokesman for the Harbour Authority declined to discuss the toll.", "to discuss the toll", "spokesman"),
])
def test_people_with_a_phrase_after_them_hold_the_view(text, content, speaker):
    doc = newsgraph.extract(text, verbatim=True)
    q = quotes_by_content(doc)[content]
    assert speaker in doc.text[q.speaker.start : q.speaker.end]


@pytest.mark.parametrize(("text", "content"), [
    # a verb of intention before "to" is a verb, not a noun
    ("The harbour group seeks to reopen the old quay by May.", "to reopen the old quay by May"),
    ("Mayor Ines Moreau vows to keep the ferry running all winter.", "to keep the ferry running all winter"),
    ("Some want to keep the toll on the tunnel.", "to keep the toll on the tunnel"),
    ("About 4 in 10 want to keep the toll on the tunnel.", "to keep the toll on the tunnel"),
    # an object with what it is called or expected to do is a view: calling a named person something
    ("Governor Paul Adler called Mayor Ines Moreau weak.", "Mayor Ines Moreau weak"),
    ("Her critics called Mrs. Moreau a “menace to the harbour”.", "Mrs. Moreau a “menace to the harbour”"),
    # wanting or expecting someone to act
    ("Most residents want the council to keep the toll on the tunnel.", "the council to keep the toll on the tunnel"),
    ("Harbour officials expect the ferry to run again in May.", "the ferry to run again in May"),
    # wanting a thing: a stance toward it, ending like any stance object
    ("Councillor Adler wants a second ferry for the north quay, and the council may agree.",
     "a second ferry for the north quay"),
])
def test_an_intention_or_a_view_with_its_object_is_reported(text, content):
    assert content in contents(text)


def test_a_clause_of_its_own_after_a_comma_is_no_trailing_source():
    # "..., and the council agreed.": a second clause, not the source of the first
    found = contents("The ferry will run until May, and the council agreed.")
    assert "The ferry will run until May" not in found
    found = contents("The council will send the plan to the harbour board, where Adler has promised to block it.")
    assert found["to block it"].speaker_name and "The council will send the plan to the harbour board" not in found


def test_a_trailing_source_holds_the_view_it_reports():
    by = contents("Some want to keep the toll on the tunnel, the poll found.")
    found = by["Some want to keep the toll on the tunnel"]
    assert found.rule == "indirect.source_after" and found.reported_by is None
    assert "to keep the toll on the tunnel" not in by  # what some want is what the poll found


def test_finding_ways_to_act_is_no_view():
    doc = newsgraph.extract("Mayor Ines Moreau found ways to keep the ferry running.", verbatim=True)
    assert not doc.quotes


def test_a_verb_after_and_belongs_to_the_subject_not_to_the_object():
    doc = newsgraph.extract("Governor Paul Adler endorsed Mayor Ines Moreau last week and has appeared at her side "
                            "since.", verbatim=True)
    assert "Mayor Ines Moreau" in quotes_by_content(doc)


@pytest.mark.parametrize(("text", "content"), [
    ("The council passed a toll that critics say was drafted in secret.",
     "a toll that critics say was drafted in secret"),
    ("The council passed a toll that critics called unfair.", "a toll that critics called unfair"),
    ("Mayor Ines Moreau announced last month that she would not recommend charges against the captain.",
     "that she would not recommend charges against the captain"),
])
def test_a_report_inside_a_relative_clause_describes_the_noun(text, content):
    assert content in contents(text)


@pytest.mark.parametrize("text", [
    "\"Then they can say 'We won the harbour,'\" said Paul Adler, who runs the ferry.",
    "\"She would look at me and say, 'Why the toll?'\" Paul Adler said, clutching the railing.",
])
def test_a_quote_that_ends_on_a_nested_quote_keeps_its_speaker(text):
    doc = newsgraph.extract(text, verbatim=True)
    assert [(q.rule, q.speaker_name) for q in doc.quotes] == [("direct.speaker_after", "Paul Adler")]


def test_the_speaker_of_a_quote_after_a_colon_is_looked_for_before_the_colon():
    doc = newsgraph.extract("The harbour summary is plain: “Data from the port, Paul Adler said, helps confirm the "
                            "toll.”", verbatim=True)
    opening = doc.text.index("“")
    assert all(q.speaker is None or q.speaker.end <= opening for q in doc.quotes if q.rule.startswith("direct"))


@pytest.mark.parametrize("text", [
    "Even harbour workers who have praised his plan warned on Tuesday that the toll would rise.",
    "Mayor Ines Moreau said in her opening remarks that the toll would rise.",
])
def test_a_verb_with_its_object_or_a_possessed_noun_is_no_speaker(text):
    doc = newsgraph.extract(text, verbatim=True)
    speakers = [doc.text[q.speaker.start : q.speaker.end] for q in doc.quotes if q.speaker]
    assert not [s for s in speakers if s.startswith(("praised", "her opening"))]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # a participle right after people is theirs
    ("The Harbour Fund got two million dollars from an outside group backing Mayor Ines Moreau.",
     "Mayor Ines Moreau", "an outside group"),
    ("Governor Paul Adler spent the week attacking Mayor Ines Moreau.", "Mayor Ines Moreau", "Governor Paul Adler"),
    # the holder is found through a second phrase and through a possessor
    ("A person familiar with the planning for Thursday's meeting says the talks will focus on the quay.",
     "the talks will focus on the quay", "A person"),
    ("Supporters of the mayor's plan said the talks will focus on the quay.", "the talks will focus on the quay",
     "Supporters"),
    # a suffix's full stop does not hide the name before the verb
    ("Mayor Paul T. Reyes Jr. said the talks will focus on the quay.", "the talks will focus on the quay",
     "Mayor Paul T. Reyes Jr"),
    # a pronoun after the sentence's opening time phrase is the subject of a later verb
    ("A few minutes later they reopened the quay, waved the crowd inside and said the ferry would run.",
     "the ferry would run", "they"),
    # "which" after a comma holds what a document says
    ("Reyes cited the harbour audit, which notes that the ferry lost money in every quarter.",
     "that the ferry lost money in every quarter", "which"),
    # a dateline before the subject is not the subject
    ("AUGUSTA, Maine — Sen. Ines Moreau (R-Maine) weighed in on the plan to raise the ferry toll.",
     "the plan to raise the ferry toll", "Sen. Ines Moreau"),
    ("Washington (AP) – Governor Paul Adler has raised the ferry toll, saying that the boats need repairs.",
     "that the boats need repairs", "Governor Paul Adler"),
    # "this past week" is a time, not who speaks
    ("Paul Adler, the harbour master, this past week announced the closing of the north pier.",
     "the closing of the north pier", "Paul Adler"),
    # a party and state of more than three letters: "(D-Calif.)"
    ("Clara Voss (D-Calif.) said the ferry contract was never put to a vote.",
     "the ferry contract was never put to a vote", "Clara Voss"),
    # a participle's subject is the main clause's, not one in a fronted clause
    ("When Paul Adler pointed out that Moreau calls it a fair toll, Ines Moreau seized on the remark, repeating "
     "that the toll would fund the ferry.", "that the toll would fund the ferry", "Ines Moreau"),
    ("Shortly after the announcement of Adler's resignation, Mayor Ines Moreau issued a statement saying that "
     "the pier would stay open.", "that the pier would stay open", "Mayor Ines Moreau"),
    # a network after "on" is where the subject talked
    ("On the same day as the rally, Senator Paul Adler was on CNN talking about what he does next.",
     "what he does next", "Senator Paul Adler"),
    # a trailing source: only where and when follow the cue; a long appositive before it
    ("The ferry will not run until May, Paul Adler said during his speech to dock workers on Monday.",
     "The ferry will not run until May", "Paul Adler"),
    ("Tolls are a tax on the poor, Ines Moreau, the mayor of Eastport, proclaimed to a cheering crowd.",
     "Tolls are a tax on the poor", "Ines Moreau"),
    ('Tolls are "a tax on the poor," Ines Moreau, the mayor of Eastport, proclaimed to a cheering crowd.',
     'Tolls are "a tax on the poor,"', "Ines Moreau"),
    # what a relative clause is about speaks the quotation that follows its cue
    ('Paul Adler released a campaign video that said, "We are going to have ferry captains that are terrific."',
     '"We are going to have ferry captains that are terrific."', "a campaign video"),
    ('A girl hoisted a sign that read "15%!" at the rally.', '"15%!"', "a sign"),
    # a whole utterance after the cue is the statement; what follows it is the writer's
    ('Protesters marching through the harbour chanted "What curfew?" and kept going until 2 a.m.',
     '"What curfew?"', "Protesters marching through the harbour"),
    # a quoted fragment opening the clause is part of it
    ('Mayor Ines Moreau said "budget reforms" would pay for the new ferry.',
     '"budget reforms" would pay for the new ferry', "Mayor Ines Moreau"),
    # "two weeks ago" between the subject and its cue; a relative aside between them
    ("The harbour board less than two weeks ago said that the pier would close in May.",
     "that the pier would close in May", "The harbour board"),
    ("Paul Adler, who announced a ferry plan on Monday, plans to focus on the tolls throughout December.",
     "to focus on the tolls throughout December", "Paul Adler"),
    # an adverb of frequency is no speaker
    ("Adler forwarded the letters, and he sometimes added his own notes on the ferry contract.",
     "his own notes on the ferry contract", "he"),
    # "with N saying ...": the phrase after "with" speaks
    ("Riders shrugged off the new toll, with three in 10 saying it would not change how often they travel.",
     "it would not change how often they travel", "three in 10"),
    ("The survey found little change, with 40 percent of commuters saying the toll was unfair.",
     "the toll was unfair", "40 percent of commuters"),
    # a noun in -ly after a determiner is a subject, not an adverb; "be" sits between a subject and its cue
    ("Adler spoke to the widow, and the family planned to take the ferry to the memorial.",
     "to take the ferry to the memorial", "the family"),
    ("By May, many riders would be asking the mayor to scrap the toll altogether.",
     "the mayor to scrap the toll altogether", "many riders"),
    # people located "in all five states": the people speak, not the places
    ("Ferry riders in all five states say the toll is too high.", "the toll is too high", "Ferry riders"),
    # whom it was said to comes between the cue and its clause
    ("On Thursday, Paul Adler complained to reporters that the ferry was late again.",
     "that the ferry was late again", "Paul Adler"),
    ("Ines Moreau promised to the dock workers that the pier would stay open.",
     "that the pier would stay open", "Ines Moreau"),
    # a passive with its agent: "As reported by X, ...", "it was reported by X that ..."
    ("As first reported by the Eastport Tribune, the council voted to close the north pier.",
     "the council voted to close the north pier", "Eastport Tribune"),
    ("It was reported by the Eastport Tribune on Monday that the council would close the pier.",
     "that the council would close the pier", "Eastport Tribune"),
    # an -ing word before a people noun modifies it; before "what" it is a verb with its own object
    ("But shipping specialists say the harbour files might not be genuine.",
     "the harbour files might not be genuine", "shipping specialists"),
    ("Remaining rivals criticized his handling of the toll.", "his handling of the toll", "Remaining rivals"),
    # a subordinating word before the subject opens the clause; it is no part of who speaks
    ("The ferry stops at the north quay, where the council wants to build a new pier.",
     "to build a new pier", "the council"),
    ("Voss kept his seat, though 32 percent said they had no opinion of him.",
     "they had no opinion of him", "32 percent"),
    ("The levy passed, although few experts believe that it will raise much.", "that it will raise much",
     "few experts"),
    # a name the actor layer does not know still holds a stance
    ('Varga called the toll plan "a disgrace to the harbour."', 'the toll plan "a disgrace to the harbour."', "Varga"),
    ("Harbour Watch questioned whether the levy was legal.", "whether the levy was legal", "Harbour Watch"),
    # a relative clause with no commas picks out who speaks: it is part of the speaker, its verb reports nothing
    ("Harbour workers who lost their jobs say the toll is unfair.", "the toll is unfair",
     "Harbour workers who lost their jobs"),
    ("Councillors who have praised the plan warned that the levy would split the town.",
     "that the levy would split the town", "Councillors who have praised the plan"),
    ("Ferry unions that have endorsed Moreau say the toll must go.", "the toll must go",
     "Ferry unions that have endorsed Moreau"),
    # "what" opens the clause; it is no part of who calls it so
    ("Moreau ran on what her aides call a harbour-first agenda.", "a harbour-first agenda", "her aides"),
    # an adverb between the people after "with" and their participle is not part of them
    ('The council pressed on, with Senator Voss recently promising to "flatten the harbour".',
     'to "flatten the harbour"', "Senator Voss"),
    # a source named after "in" inside the subject: the whole clause is what it found
    ("Forty percent of riders in the Gazette poll were undecided about the toll.",
     "Forty percent of riders in the Gazette poll were undecided about the toll", "the Gazette poll"),
])
def test_who_holds_the_statement(text, content, speaker):
    doc = newsgraph.extract(text, verbatim=True)
    q = quotes_by_content(doc)[content]
    assert doc.text[q.speaker.start : q.speaker.end] == speaker


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # a poll or a record "showing" something reports it, like "shows"
    ("The mayor will need those votes, with recent polls showing a tightening of the race.",
     "a tightening of the race", None),
    # a place adverb between the subject and its verb
    ("Polls there show Adler is trailing Voss before the vote.", "Adler is trailing Voss before the vote", "Polls"),
])
def test_showing_reports_and_a_place_adverb_before_the_verb(text, content, speaker):
    doc = newsgraph.extract(text, verbatim=True)
    q = quotes_by_content(doc)[content]
    assert speaker is None or doc.text[q.speaker.start : q.speaker.end] == speaker


@pytest.mark.parametrize("text", [
    "Hundreds of ferry riders are showing up at the pier every morning.",
    "Her best showing came in the harbour wards.",
    "After a strong second-place showing in Maine, the campaign moved south.",
])
def test_showing_as_a_noun_or_in_showing_up_reports_nothing(text):
    doc = newsgraph.extract(text, verbatim=True)
    assert not any(q.cue and "show" in doc.text[q.cue.start : q.cue.end].lower() for q in doc.quotes)


def test_a_stance_object_does_not_end_at_the_comma_inside_a_number():
    found = contents("The harbour board endorsed a plan freeing all 2,472 moorings for ferry riders.")
    assert "a plan freeing all 2,472 moorings for ferry riders" in found


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # the possessor of a stance noun is named by the sentence's subject, not only by "his"
    ("Governor Paul Adler on Monday stepped up his attacks on the ferry board.", "the ferry board",
     "Governor Paul Adler"),
    ("She has been sharpening her critique of the toll plan.", "the toll plan", "She"),
])
def test_a_possessed_stance_noun_is_held_by_the_subject_that_names_its_possessor(text, content, speaker):
    doc = newsgraph.extract(text, verbatim=True)
    q = quotes_by_content(doc)[content]
    assert doc.text[q.speaker.start : q.speaker.end] == speaker


@pytest.mark.parametrize(("text", "content"), [
    ("The moderator asked Adler about his plan for the ferry toll.", "about his plan for the ferry toll"),
    ("A rider asked the mayor whether the ferry would run in May.", "whether the ferry would run in May"),
])
def test_asking_someone_about_or_whether_reports_the_question(text, content):
    q = contents(text)[content]
    assert q.rule == "indirect.verb.speech"


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ('As the harbour master Ines Moreau put it, "The ferry is our only road."', '"The ferry is our only road."',
     "Ines Moreau"),
    ("“This is a great day!” beamed Paul Adler, the ferry captain.", "“This is a great day!”", "Paul Adler"),
    # a cue, a few words of when and where, then the quotation
    ("Adler said on Monday, when the new toll was published, “We will not pay it, not now and not ever.”",
     "“We will not pay it, not now and not ever.”",
     "Adler"),
])
def test_a_quotation_framed_by_as_x_put_it_a_frame_verb_or_a_cue_with_a_short_aside(text, quote, speaker):
    doc = newsgraph.extract(text, verbatim=True)
    q = quotes_by_content(doc)[quote]
    assert q.rule.startswith("direct.") and doc.text[q.speaker.start : q.speaker.end].endswith(speaker)


def test_a_quotation_with_no_speaker_after_a_report_goes_on_in_the_reporters_words():
    doc = newsgraph.extract("Governor Paul Adler said on Monday the toll would fall in May.\n\n"
                            "“We have heard the riders, and we will act on what they have told us.”", verbatim=True)
    q = find(doc, "We have heard the riders")
    assert q.rule == "direct.after_report" and q.speaker_name == "Paul Adler"
    assert doc.text[q.cue.start : q.cue.end] == "said"


def test_a_quotation_after_a_sentence_with_no_report_keeps_no_speaker():
    doc = newsgraph.extract("The ferry was late again on Monday.\n\n"
                            "“We have heard the riders, and we will act on what they have told us.”", verbatim=True)
    assert find(doc, "We have heard the riders").speaker is None


def test_a_report_between_two_quotations_gives_the_second_its_speaker():
    doc = newsgraph.extract("“The ferry is our only road,” Adler said.\n\n"
                            "Harbour master Ines Moreau said the toll would have to rise next year.\n\n"
                            "“We cannot keep the boats running on goodwill and old diesel alone.”", verbatim=True)
    q = find(doc, "We cannot keep the boats running")
    assert q.rule == "direct.after_report" and q.speaker_name == "Ines Moreau"


def test_a_quotation_with_no_speaker_after_a_sentence_opening_on_a_person_is_theirs():
    doc = newsgraph.extract("“The ferry is our only road,” Adler said.\n\n"
                            "Harbour master Ines Moreau walked slowly to the end of the pier.\n\n"
                            "“We cannot keep the boats running on goodwill and old diesel alone.”", verbatim=True)
    q = find(doc, "We cannot keep the boats running")
    assert q.rule == "direct.after_subject" and q.speaker_name == "Ines Moreau" and q.cue is None


def test_a_pronoun_after_the_cue_opens_its_clause_even_with_an_as_later():
    by = contents("A self-described independent, Moreau said she'd consider offers to serve as harbour master.")
    assert by["she'd consider offers to serve as harbour master"].speaker_name == "Moreau"
    assert "A self-described independent" not in by


def test_a_yes_or_no_answer_is_what_is_said():
    by = contents("Asked whether the ferry should run, 46 percent of islanders said yes. "
                  "Asked if he would resign, Tomas Reyes said no, and so did Moreau. She said nothing more.")
    assert by["yes"].rule == "indirect.answer" and by["no"].speaker_name == "Tomas Reyes"
    assert "nothing more" not in by


def test_a_quotation_right_after_the_cue_and_its_comma_is_what_is_said():
    by = contents("Asked whether she would run, Ines Moreau shook her head and said, \u201cNo.\u201d "
                  "As the crowd jeered, the harbour master says, \u201cPlease sit down.\u201d")
    assert by["\u201cNo.\u201d"].speaker_name == "Ines Moreau"
    assert by["\u201cPlease sit down.\u201d"].rule == "indirect.verb.speech"
    assert not [c for c in by if c.startswith("As the crowd")]


def test_a_quotation_with_its_own_speaker_after_is_not_also_the_verbs_before_it():
    by = contents('Asked about the toll, Ines Moreau said "I know nothing about the toll and the accounts," she said. '
                  '"I have never seen the accounts before today, and I will not sign them."')
    assert by['"I know nothing about the toll and the accounts,"'].rule == "direct.speaker_after"
    assert by['"I have never seen the accounts before today, and I will not sign them."'].speaker_name == "Ines Moreau"


def test_it_can_be_the_subject_of_what_a_document_says():
    by = contents("The harbour audit runs to 90 pages. It also notes that the ferry lost money in every quarter. "
                  "It seems the board never read it.")
    q = by["that the ferry lost money in every quarter"]
    assert q.speaker is not None and q.speaker_type == "unresolved"
    assert not [c for c in by if "the board never read" in c]


def test_an_adjective_of_belief_takes_a_clause_without_that():
    by = contents("Ines Moreau was sure Tomas Reyes would resign before the vote. "
                  "Reyes is confident he can keep the ferry running. The sure thing is the toll.")
    assert by["Tomas Reyes would resign before the vote"].rule == "nominal.sure"
    assert by["he can keep the ferry running"].speaker_name == "Tomas Reyes"
    assert not [c for c in by if "toll" in c]


def test_a_when_phrase_may_stand_between_the_cue_and_its_quotation():
    by = contents("Ines Moreau initially said in the spring, when the story about the toll broke, "
                  "\u201cI never saw the harbour accounts and I never signed them.\u201d")
    q = by["\u201cI never saw the harbour accounts and I never signed them.\u201d"]
    assert q.rule == "direct.speaker_before" and q.speaker_name == "Ines Moreau"


def test_a_phrasal_verb_after_to_is_no_report():
    assert contents("That could be all the motivation Democrats need to show up at the polls.") == {}


@pytest.mark.parametrize(("text", "content"), [
    # a report inside a fronted clause ends with that clause
    ("After the court refused to reinstate the ferry toll, Governor Paul Adler blamed the judges.",
     "to reinstate the ferry toll"),
    ("While critics argue that the toll hurts commuters, the harbour board has deemed it a fair price.",
     "that the toll hurts commuters"),
    ("Although Mayor Ines Moreau said the bridge would open in May, Mr. Adler was still pouring concrete in July.",
     "the bridge would open in May"),
    ("Although Moreau said the bridge would open in May, ferry workers are still waiting for it.",
     "the bridge would open in May"),
    ("Even as Moreau promised to keep the toll low, the board raised it twice.", "to keep the toll low"),
    # a list, an appositive, a place: the fronted clause goes on
    ("When Moreau said the ferry would stop in Eastport, Westport and Northvale, riders cheered.",
     "the ferry would stop in Eastport, Westport and Northvale"),
    ("After Adler boasted that he had opened the terminal, a short walk from the station, the board met.",
     "that he had opened the terminal, a short walk from the station"),
    # the fronted clause is the frame and closes before the report: the main clause is what is reported
    ("As the Harbour Gazette reported, even on Friday morning, the board was refusing to publish the audit.",
     "even on Friday morning, the board was refusing to publish the audit"),
    # "about" before an amount opens the report
    ("The harbour board said about half of the ferry fares went to fuel.",
     "about half of the ferry fares went to fuel"),
    ("Paul Adler said about 40 percent of riders had stopped paying the toll.",
     "about 40 percent of riders had stopped paying the toll"),
    # an aside on the reported clause's subject does not end the report
    ("Paul Adler said Moreau, despite her record, is the wrong choice for the harbour.",
     "Moreau, despite her record, is the wrong choice for the harbour"),
    ("Mayor Ines Moreau said the toll, while unpopular, was dealt with fairly.",
     "the toll, while unpopular, was dealt with fairly"),
    ("The port authority says commuters, numbering 12,000 a day, are paying twice.",
     "commuters, numbering 12,000 a day, are paying twice"),
    # verbs that take a clause: clarifying, positing, calculating, grousing; knowing, assuming, anticipating
    ("The harbour master later clarified that the quay stays open in winter.", "that the quay stays open in winter"),
    ("Moreau posited that the toll would pay for the dredging.", "that the toll would pay for the dredging"),
    ("Adler groused that the council never reads its own reports.", "that the council never reads its own reports"),
    ("Port officials recognize that the toll is unpopular.", "that the toll is unpopular"),
    ("The ferry company assumes that fuel prices will fall.", "that fuel prices will fall"),
    ("He spoke for an hour, emphasizing that the ferry would keep running.", "that the ferry would keep running"),
    # ", where ..." after a place is the writer's gloss on it, not part of the report
    ("Mayor Ines Moreau announced that the ferry will stop at the north quay, where the council wants a new pier.",
     "that the ferry will stop at the north quay"),
    ("Mayor Ines Moreau said that the north quay, where the ferries dock, is closing in May.",
     "that the north quay, where the ferries dock, is closing in May"),
    # a stance named by a noun ends where the subject's next predicate starts
    ("Mayor Ines Moreau had voiced support for a new ferry and called herself a harbour mayor.", "a new ferry"),
    # what was asked starts at its question word, after whom it was asked of
    ("The Gazette asked Mayor Ines Moreau whether the toll would rise in May.", "whether the toll would rise in May"),
    # a fronted clause may open with how long after or before ("A few weeks after ...")
    ("A few weeks after Mayor Ines Moreau announced that the quay would close, the ferry company cut its timetable.",
     "that the quay would close"),
    # what follows "according to X" but does not carry on the clause is not what X says; after a short fronted
    # phrase the source interrupts the clause, which goes on
    ("Some 59 percent of residents oppose the toll, according to a Gazette poll last week - virtually the same as "
     "in May.", "Some 59 percent of residents oppose the toll"),
    ("In May, according to port officials, the ferry carried 40,000 passengers.",
     "In May, according to port officials, the ferry carried 40,000 passengers"),
    ("Last spring, according to port officials, the ferry carried 40,000 passengers.",
     "Last spring, according to port officials, the ferry carried 40,000 passengers"),
    # a report inside a relative clause that picks out the subject ends before the main predicate
    ("Residents who say the ferry is too slow were invited to the council meeting.", "the ferry is too slow"),
    ("Residents who say the ferry should be faster and will pay for it were invited.",
     "the ferry should be faster and will pay for it"),
    # a comma inside a list of objects does not end the object; one before a clause of its own does
    ("Adler attacked the harbour board, the ferry company and the toll operators in his speech.",
     "the harbour board, the ferry company and the toll operators"),
    ("Moreau backed the ferry plan, yet refuses to fund it and says the state should.", "the ferry plan"),
])
def test_where_a_report_starts_and_ends(text, content):
    assert content in contents(text)


@pytest.mark.parametrize(("text", "content"), [
    ("The price was not disclosed, though it was widely reported that the harbour board paid $4 million.",
     "that the harbour board paid $4 million"),
    ("It is believed that the ferry will stop running before the winter.",
     "that the ferry will stop running before the winter"),
])
def test_it_was_reported_that_is_a_statement_sourced_to_no_one(text, content):
    q = contents(text)[content]
    assert q.speaker is None and q.rule == "indirect.passive.expletive"


def test_an_infinitive_after_to_is_not_a_recipient():
    assert "to deliver that message to the council" in contents("Ines Moreau promised to deliver that message to "
                                                                "the council.")


def test_said_about_a_topic_reports_nothing():
    assert not contents("Mayor Ines Moreau said little about the toll in a radio interview on Monday.")


def test_who_after_an_age_and_a_hometown_is_the_named_person():
    doc = newsgraph.extract('"I am going to vote for Adler," said Nicky Driscoll, 24, from Eastport, who said Adler '
                            'is best suited to fix the ferry.', verbatim=True)
    assert quotes_by_content(doc)["Adler is best suited to fix the ferry"].speaker_name == "Nicky Driscoll"


@pytest.mark.parametrize("text", [
    # a relative clause after the comma: the writer's own statement
    "The toll was a large part of the harbour budget, which the board detailed in its annual filings.",
    # the sentence opens inside a quotation: the quotation, not a trailing source, holds it
    '"I ride the ferry and I do not like tolls. I do not think tolls ought to rise," Moreau, who has not '
    "endorsed a candidate, told reporters in Eastport.",
])
def test_no_trailing_source_statement(text):
    doc = newsgraph.extract(text, verbatim=True)
    assert not [q for q in doc.quotes if q.rule == "indirect.source_after"]


def test_that_said_without_a_quotation_is_an_idiom():
    assert not contents("That said, the ferry will run on Sunday as planned.")


@pytest.mark.parametrize(("text", "content", "cue"), [
    # "state" before a title or inside a name is the state's, not the verb
    ('"We are tying their hands," state Sen. Ines Moreau said on Tuesday.', '"We are tying their hands,"', "said"),
    ('"They feel he is the one," Tomas Reyes, the head of the Ohio state ferry union, said of his members.',
     '"They feel he is the one,"', "said"),
    # with no reporting verb before it, the colon introduces the quotation
    ('Then Mayor Ines Moreau leaned in and, grinning: "Let us win the harbour back."', '"Let us win the harbour back."',
     ":"),
    # verbs that frame a quotation after it
    ('"Get back to work," barked Mayor Ines Moreau.', '"Get back to work,"', "barked"),
])
def test_what_introduces_a_quotation(text, content, cue):
    q = quotes_by_content(newsgraph.extract(text, verbatim=True))[content]
    assert q.cue is not None and text[q.cue.start : q.cue.end] == cue


def test_a_verb_of_thought_right_after_a_quotation_and_its_speaker_frames_it():
    doc = newsgraph.extract("The debate ran late. “The ferry is the best thing about this town,” Adler concluded.",
                            verbatim=True)
    assert [q.rule for q in doc.quotes] == ["direct.speaker_after"]
    assert doc.text[doc.quotes[0].cue.start : doc.quotes[0].cue.end] == "concluded"
    doc = newsgraph.extract('"The toll was too high," remembered Tom Adler, the former port spokesman.', verbatim=True)
    assert [q.rule for q in doc.quotes] == ["direct.speaker_after"]


def test_states_ending_the_frame_of_a_quotation_is_the_verb():
    doc = newsgraph.extract("“The toll is too high,” the council ad states.", verbatim=True)
    assert [q.rule for q in doc.quotes] == ["direct.speaker_after"]
    assert doc.text[doc.quotes[0].speaker.start : doc.quotes[0].speaker.end].endswith("ad")


def test_a_pronoun_with_a_contracted_auxiliary_holds_its_statement():
    by = contents("The councillors met on Monday. Mostly, they've offered no plan for the north quay.")
    assert by["no plan for the north quay"].speaker is not None


def test_may_well_and_is_well_known():
    # "may well endorse": the subject before the adverb holds the stance; "is well known" is a passive, no report
    by = contents("The dock unions are undecided, though they may well endorse Moreau in the coming weeks.")
    assert by["Moreau in the coming weeks"].speaker is not None
    doc = newsgraph.extract("The Adler name, which is well known in the port, will help him, Moreau said.",
                            verbatim=True)
    assert [doc.text[q.cue.start : q.cue.end] for q in doc.quotes if q.cue is not None] == ["said"]


def test_a_super_pac_holds_a_stance():
    by = contents("Two super PACs criticized Adler over the toll.")
    assert by["Adler over the toll"].speaker is not None


def test_a_capitalised_word_is_no_name_holding_a_stance():
    assert not newsgraph.extract("Whenever asked about her weaknesses, the mayor smiled.", verbatim=True).quotes


def test_the_verb_of_a_relative_clause_that_picks_out_the_speaker_reports_nothing():
    by = contents("The councillors who wrote the levy bill said it would pass.")
    assert list(by) == ["it would pass"]
    assert by["it would pass"].speaker is not None


def test_a_plural_subject_or_a_determiner_before_modifiers_keeps_the_verb():
    by = contents("The longtime harbour spokesman calls it a disaster for the town. "
                  "Ferry crews on the night shift say the quay is unsafe.")
    assert set(by) == {"it a disaster for the town", "the quay is unsafe"}


def test_a_plural_after_modifiers_that_follow_another_cue_is_a_noun():
    doc = newsgraph.extract("Ines Moreau cited disparaging remarks Reyes had made about the ferry crews.",
                            verbatim=True)
    assert [doc.text[q.cue.start : q.cue.end] for q in doc.quotes if q.cue] == ["cited"]


@pytest.mark.parametrize("text", [
    "The award show is one of the best nights of the harbour year.",
    "There is an old quip that ferries never die of old age.",
    "In a subsequent tweet that the mayor deleted, the ferry schedule was posted again.",
    # a possessive, a count or a determiner with adverbs before the word
    "The mayor kept her constant promise to keep the ferry running.",
    "The four states that held votes on the levy last year had their budgets cut.",
    "Twenty-seven states led by Maine are suing the harbour board over the levy.",
    "The previously announced closure of the quay means the ferry will stop in May.",
    "On a more conciliatory note, the harbour season ended early.",
    "Adler broke his oft-repeated promise to keep the toll.",
    "Whether Moreau's showing will be enough to win the harbour ward is hard to say.",
    # a plural after modifiers with no determiner, after a verb: no singular subject could take the -s verb
    "Moreau made crude remarks she later regretted.",
    "The council issued internal documents it later withdrew.",
])
def test_a_cue_word_after_an_article_and_a_modifier_is_a_noun(text):
    assert not newsgraph.extract(text, verbatim=True).quotes
