import pytest

import newsgraph
from newsgraph.events.dates import find_date
from newsgraph.model import Span


def event(doc, trigger, source=None):
    for e in doc.events:
        if doc.text[e.trigger.start : e.trigger.end] == trigger and (
                source is None or (e.source and source in doc.text[e.source.mention.start : e.source.mention.end])):
            return e
    raise AssertionError(f"no event {trigger!r} from {source!r}: "
                         f"{[(doc.text[e.trigger.start:e.trigger.end], e.type) for e in doc.events]}")


def test_seed_events(seed_doc):
    e = event(seed_doc, "asked", "Ukrainian officials")
    assert e.type == "REQUEST" and e.attributed_to is not None
    e = event(seed_doc, "vowed", "Putin")
    assert e.type == "THREATEN" and e.modality == "asserted"
    e = event(seed_doc, "warned", "Kremlin")
    assert e.type == "THREATEN"
    e = event(seed_doc, "offensive", "Moscow")
    assert e.type == "ASSAULT" and e.location.name == "Kharkiv" and e.date == "2024-05-13"
    e = event(seed_doc, "strikes", "Russia")
    assert e.type == "ASSAULT" and seed_doc.text[e.target.mention.start:e.target.mention.end] == "Lviv"
    e = event(seed_doc, "targeting", "Russian forces")
    assert e.type == "ASSAULT"
    e = event(seed_doc, "saying", "US")
    assert e.type == "REJECT"
    considered = [x for x in seed_doc.events if x.type == "MOBILIZE" and x.modality == "considered"
                  and x.source and "Estonia" in seed_doc.text[x.source.mention.start:x.source.mention.end]]
    assert considered
    e = event(seed_doc, "appeal", "Zelensky")
    assert e.type == "REQUEST" and "Western allies" in seed_doc.text[e.target.mention.start:e.target.mention.end]
    e = event(seed_doc, "train", "counterparts")
    assert e.type == "AID" and e.modality == "requested"


def test_passive_coordination_negation_and_codes():
    doc = newsgraph.extract("The convoy was attacked by rebels near Goma. Canada and Mexico agreed to hold talks. "
                            "The army did not withdraw from the town.", verbatim=True, published="2026-03-10")
    attack = event(doc, "attacked")
    assert doc.text[attack.source.mention.start:attack.source.mention.end] == "rebels"
    assert doc.text[attack.target.mention.start:attack.target.mention.end].startswith("The convoy")
    assert (attack.cameo, attack.quad_class, attack.goldstein) == ("190", 4, -10.0)
    agree = event(doc, "agreed")
    assert agree.type == "AGREE" and doc.text[agree.target.mention.start:agree.target.mention.end] == "Mexico"
    withdraw = event(doc, "withdraw")
    assert withdraw.negated and withdraw.type == "RETREAT"


def test_modality():
    doc = newsgraph.extract("Estonia is considering sending troops to Ukraine. The Kremlin could attack Kyiv. "
                            "Officials urged Poland to deliver ammunition.", verbatim=True)
    assert event(doc, "sending").modality == "considered"
    assert event(doc, "attack").modality == "hypothetical"
    assert event(doc, "deliver").modality == "requested"


@pytest.mark.parametrize("text,expected,rule", [
    ("NY Times wrote Thursday", "2024-05-16", "date.weekday"),
    ("Earlier in the week Zelensky announced", "2024-05-13", "date.relative"),
    ("Last month, the minister said", "2024-04", "date.relative"),
    ("prior to the invasion of February 2022", "2022-02", "date.explicit"),
    ("two days ago", "2024-05-15", "date.relative"),
    ("no time words here", "2024-05-17", "date.publication"),
])
def test_dates_resolve_against_publication(text, expected, rule):
    from datetime import date

    value, _, got_rule = find_date(text, Span(0, len(text)), 0, date(2024, 5, 17))
    assert (value, got_rule) == (expected, rule)


def test_required_objects_are_the_means_not_second_events():
    doc = newsgraph.extract("Japan lifted the sanctions on Norland last week.", verbatim=True)
    assert [e.type for e in doc.events] == ["RETREAT"]  # easing sanctions, not imposing them
    doc = newsgraph.extract("The United States reduced military aid to Argentina.", verbatim=True)
    e = event(doc, "reduced", "United States")
    assert e.type == "SANCTION" and doc.text[e.target.mention.start:e.target.mention.end] == "Argentina"
    doc = newsgraph.extract("The UN withdrew its peacekeepers from Rwanda.", verbatim=True)
    e = event(doc, "withdrew", "UN")
    assert doc.text[e.target.mention.start:e.target.mention.end] == "Rwanda"


def test_targets_and_sources_found_behind_the_words():
    doc = newsgraph.extract("The Philippine government rejected the call of the European Parliament.", verbatim=True)
    e = event(doc, "rejected", "Philippine government")
    assert "European Parliament" in doc.text[e.target.mention.start:e.target.mention.end]
    assert "target.object_author" in e.rule
    doc = newsgraph.extract("The opposition leader was arrested in Niger on Monday.", verbatim=True)
    e = event(doc, "arrested")
    assert e.type == "COERCE" and doc.text[e.source.mention.start:e.source.mention.end] == "Niger"
    assert "source.passive_place" in e.rule


def test_failure_to_cooperate_is_a_rejection():
    doc = newsgraph.extract("Britain and Norway failed to reach agreement on fishing quotas.", verbatim=True)
    e = event(doc, "reach agreement")
    assert e.type == "REJECT" and "failure:" in e.rule


def target_text(doc, e):
    return doc.text[e.target.mention.start : e.target.mention.end] if e.target else None


def source_text(doc, e):
    return doc.text[e.source.mention.start : e.source.mention.end] if e.source else None


def test_the_recipient_behind_a_thing_acted_on():
    doc = newsgraph.extract("Moldova denied entry to a Romanian journalist on Friday.", verbatim=True)
    e = event(doc, "denied", "Moldova")
    assert e.type == "REJECT" and "Romanian journalist" in target_text(doc, e)
    assert "target.object_recipient" in e.rule
    doc = newsgraph.extract("The Chilean president has cancelled a planned visit to Argentina.", verbatim=True)
    e = event(doc, "cancelled", "Chilean president")
    assert target_text(doc, e) == "Argentina"
    doc = newsgraph.extract("The minister conceded to the demands of the protesters.", verbatim=True)
    e = event(doc, "conceded", "minister")
    assert "protesters" in target_text(doc, e) and "target.prep_author" in e.rule


def test_purpose_infinitives_are_not_recipients():
    doc = newsgraph.extract("Portugal sent 40 troops to help the Mozambican army.", verbatim=True)
    e = event(doc, "sent", "Portugal")
    assert "Mozambican army" in target_text(doc, e)


def test_threats_suspensions_and_admissions_are_coded_by_what_they_are():
    doc = newsgraph.extract("The militia threatened to shell Mosul.", verbatim=True)
    e = event(doc, "shell", "militia")
    assert e.type == "THREATEN" and e.cameo == "138" and "threat:ASSAULT" in e.rule
    doc = newsgraph.extract("Sweden announced a suspension of aid to Mali.", verbatim=True)
    e = event(doc, "suspension of aid", "Sweden")
    assert e.type == "SANCTION" and e.cameo == "162" and target_text(doc, e) == "Mali"
    doc = newsgraph.extract("Canada accepted 2,000 Syrian refugees last year.", verbatim=True)
    e = event(doc, "accepted", "Canada")
    assert e.type == "AID" and e.cameo == "075"
    doc = newsgraph.extract("A court in Lagos ordered an investigation against the former governor.", verbatim=True)
    e = event(doc, "investigation")
    assert e.type == "ACCUSE" and "former governor" in target_text(doc, e)


def test_refusals_offers_calls_for_sanctions_and_verbal_attacks():
    doc = newsgraph.extract("Norway has refused to send peacekeepers to Mali.", verbatim=True)
    e = event(doc, "send", "Norway")
    assert e.type == "REJECT" and "refusal:" in e.rule and target_text(doc, e) == "Mali"
    doc = newsgraph.extract("Chile has offered to send troops to Bolivia.", verbatim=True)
    e = event(doc, "send", "Chile")
    assert e.type == "AGREE" and target_text(doc, e) == "Bolivia"
    doc = newsgraph.extract("Several Baltic lawmakers called for sanctions against Belarus.", verbatim=True)
    e = event(doc, "called for")
    assert e.type == "ACCUSE" and target_text(doc, e) == "Belarus"
    doc = newsgraph.extract("Senator Mara Lindqvist launched a scathing attack on the Finnish government.",
                            verbatim=True)
    e = event(doc, "scathing attack")
    assert e.type == "ACCUSE" and "Finnish government" in target_text(doc, e)


def test_occupation_is_fighting_and_a_light_verb_gives_way_to_its_noun():
    doc = newsgraph.extract("The rebels seized control of Kidal on Monday.", verbatim=True)
    e = event(doc, "seized control", "rebels")
    assert e.type == "ASSAULT" and e.cameo == "192" and target_text(doc, e) == "Kidal"
    doc = newsgraph.extract("Japan pledged full support for Mongolia.", verbatim=True)
    assert [d.type for d in doc.events] == ["SUPPORT"]
    assert target_text(doc, doc.events[0]) == "Mongolia"


def test_phone_calls_are_coded_by_their_purpose():
    doc = newsgraph.extract("President Lena Sorvik called Chancellor Otto Brandt on Friday to discuss the pipeline.",
                            verbatim=True)
    e = event(doc, "called", "Lena Sorvik")
    assert e.type == "CONSULT" and target_text(doc, e) == "Chancellor Otto Brandt" and "call.purpose:discuss" in e.rule
    doc = newsgraph.extract("The emir called President Omar al-Farouq on Saturday to express his support for Chad.",
                            verbatim=True)
    e = event(doc, "called", "emir")
    assert e.type == "SUPPORT" and "Omar al-Farouq" in target_text(doc, e)
    doc = newsgraph.extract("Senator Mara Lindqvist called the tariff plan a disgrace.", verbatim=True)
    assert all(doc.text[d.trigger.start:d.trigger.end] != "called" for d in doc.events)


def test_the_author_of_a_request_or_an_appeal():
    doc = newsgraph.extract("An Estonian court rejected the appeal of a Dutch student on Monday.", verbatim=True)
    assert "Dutch student" in target_text(doc, event(doc, "rejected", "court"))
    appeal = event(doc, "appeal")
    assert "Dutch student" in doc.text[appeal.source.mention.start:appeal.source.mention.end]
    assert "source.noun_author" in appeal.rule
    doc = newsgraph.extract("The minister received a request from Estonian officials for help.", verbatim=True)
    assert "source.noun_author" in event(doc, "request", "Estonian officials").rule
    # 'criticism of X' names whom it is aimed at, not who voiced it
    doc = newsgraph.extract("The senator voiced criticism of the French government.", verbatim=True)
    assert "noun_author" not in event(doc, "criticism").rule


def test_military_operations_can_cease():
    doc = newsgraph.extract("The Syrian army said it had ceased its military operations near Aleppo.", verbatim=True)
    e = event(doc, "ceased")
    assert e.type == "RETREAT" and e.cameo == "087"


def test_two_partners_agreeing_about_a_third_country():
    doc = newsgraph.extract("Latvia and Chile have agreed to share information on Belarus.", verbatim=True)
    e = event(doc, "agreed", "Latvia")
    assert target_text(doc, e) == "Chile" and "target.coordinated_subject" in e.rule
    # a list of three is not a pair: the complement's actor stays the target
    doc = newsgraph.extract("Latvia, Chile and Peru have agreed to lift a ban on imports from Belarus.",
                            verbatim=True)
    assert all("coordinated_subject" not in e.rule for e in doc.events)


def test_the_receiver_of_a_thing_handed_over():
    doc = newsgraph.extract("Canada returned a carved mask that was taken in 1921 from a village to the "
                            "Haida Nation.", verbatim=True)
    e = event(doc, "returned", "Canada")
    assert "Haida Nation" in target_text(doc, e) and "target.receiver" in e.rule
    doc = newsgraph.extract("The painting was returned by Italian police to Greek authorities.", verbatim=True)
    assert "Greek authorities" in target_text(doc, event(doc, "returned"))
    # a person handed over is the target, not whoever receives them
    doc = newsgraph.extract("Chile handed over two suspects to Argentine police.", verbatim=True)
    assert "two suspects" in target_text(doc, event(doc, "handed over"))


@pytest.mark.parametrize("sentence,trigger,plover", [
    ("Norway rolled back tariffs on Chilean salmon.", "rolled back", "CONCEDE"),
    ("The Danish government will join forces with Sweden.", "join forces", "AGREE"),
    ("Morocco announced a suspension of air links with Portugal.", "suspension", "SANCTION"),
    ("The Kenyan president attended a regional summit with Ethiopia.", "summit", "CONSULT"),
])
def test_more_triggers(sentence, trigger, plover):
    assert event(newsgraph.extract(sentence, verbatim=True), trigger).type == plover


def test_a_demand_that_someone_must_act():
    doc = newsgraph.extract("Norway says Iceland must end whaling before the summit.", verbatim=True)
    e = event(doc, "must", "Norway")
    assert e.type == "REQUEST" and target_text(doc, e) == "Iceland" and e.modality == "asserted"
    assert "source.sayer" in e.rule
    # no sayer, or no actor obliged: no demand
    doc = newsgraph.extract("Iceland must end whaling. The minister said the economy must grow.", verbatim=True)
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_people_behind_a_theme_or_a_long_object():
    doc = newsgraph.extract("The high court lifted a decades-old ban Friday on women entering the shrine.",
                            verbatim=True)
    e = event(doc, "lifted")
    assert target_text(doc, e).startswith("women") and "target.restricted" in e.rule
    doc = newsgraph.extract("A Latvian court ordered the son of former Prime Minister Ivars Kalnins to repay "
                            "the loan.", verbatim=True)
    assert target_text(doc, event(doc, "ordered")).startswith("the son")


def test_peacekeepers_and_where_a_force_serves():
    doc = newsgraph.extract("Uruguay is sending an infantry platoon to the UN peacekeeping force in Lebanon.",
                            verbatim=True)
    e = event(doc, "sending", "Uruguay")
    assert (e.type, e.cameo) == ("AID", "074") and target_text(doc, e) == "Lebanon"
    assert "purpose.peacekeeping" in e.rule and "target.mission_place" in e.rule
    # without a peacekeeping mission, troops sent are a mobilisation, aimed at whom they go to help
    doc = newsgraph.extract("Chile sent 300 troops to help the Peruvian army.", verbatim=True)
    e = event(doc, "sent", "Chile")
    assert e.type == "MOBILIZE" and target_text(doc, e) == "Peruvian army" and "target.purpose" in e.rule
    # an attack on a force is on the force, not on the country it serves in
    doc = newsgraph.extract("Rebels attacked the UN peacekeeping force in Mali.", verbatim=True)
    assert "Mali" not in target_text(doc, event(doc, "attacked", "Rebels"))


def test_the_two_sides_named_by_between():
    doc = newsgraph.extract("Talks between Norway and Iceland resumed in Oslo on Monday. Renewed fighting "
                            "between the Chadian army and the rebels continued.", verbatim=True)
    e = event(doc, "Talks")
    assert e.type == "CONSULT" and source_text(doc, e) == "Norway" and target_text(doc, e) == "Iceland"
    assert "source.between" in e.rule
    e = event(doc, "fighting")
    assert e.type == "ASSAULT" and source_text(doc, e) == "Chadian army" and target_text(doc, e) == "rebels"
    # a mediator stands between the sides: they are its targets, it is the source
    doc = newsgraph.extract("Ghana offered to mediate between Togo and Benin.", verbatim=True)
    assert target_text(doc, event(doc, "mediate", "Ghana")) in ("Togo", "Benin")


def test_a_light_verb_carrying_a_noun_does_not_hide_it():
    doc = newsgraph.extract("The Maltese government held talks with Tunisia.", verbatim=True)
    e = event(doc, "talks")
    assert e.type == "CONSULT" and target_text(doc, e) == "Tunisia"
    # a verb that requires the noun names the event itself: "resumed talks" is CAMEO 046
    doc = newsgraph.extract("The Maltese government resumed talks with Tunisia.", verbatim=True)
    e = event(doc, "resumed")
    assert (e.type, e.cameo) == ("CONSULT", "046") and target_text(doc, e) == "Tunisia"
    assert len(doc.events) == 1


def test_people_held_as_shields_or_hostages():
    doc = newsgraph.extract("Al-Shabaab fighters used Somali villagers as human shields near Kismayo.",
                            verbatim=True)
    e = event(doc, "human shields")
    assert (e.type, e.cameo) == ("ASSAULT", "184") and "Al-Shabaab" in source_text(doc, e)
    assert target_text(doc, e) == "Somali villagers" and "target.held" in e.rule
    doc = newsgraph.extract("Gunmen took two Italian engineers hostage in the Niger Delta.", verbatim=True)
    e = event(doc, "hostage")
    assert e.cameo == "181" and target_text(doc, e) == "two Italian engineers"
    # a hostage crisis holds no one named
    assert not newsgraph.extract("The hostage crisis ended on Friday.", verbatim=True).events


def test_coordinated_actor_with_possessor_and_modifiers():
    doc = newsgraph.extract("Oman and its gulf allies agreed to hold a joint exercise, a senior official "
                            "announced today.", verbatim=True)
    e = event(doc, "agreed")
    assert source_text(doc, e) == "Oman" and "allies" in target_text(doc, e)


def test_the_reporter_at_the_end_is_not_a_target():
    doc = newsgraph.extract("Peru has agreed to expand the programme, the Peruvian foreign minister said.",
                            verbatim=True)
    e = event(doc, "agreed", "Peru")
    assert e.target is None or "minister" not in target_text(doc, e)


def test_a_thing_returned_to_its_owner_years_later():
    doc = newsgraph.extract("Belgium returned a stolen triptych by a Flemish master to its owner 60 years after "
                            "the theft.", verbatim=True)
    e = event(doc, "returned", "Belgium")
    assert target_text(doc, e) == "owner" and "target.receiver" in e.rule


def test_a_place_left_or_entered_is_the_target():
    doc = newsgraph.extract("The UN withdrew its observers from the Golan Heights on Friday.", verbatim=True)
    e = event(doc, "withdrew", "UN")
    assert target_text(doc, e) == "Golan Heights" and "target.prep_place" in e.rule


def test_failing_to_reach_a_deal_is_a_rejection_between_the_coordinated_sides():
    doc = newsgraph.extract("Chilean and Bolivian negotiators failed to reach a deal on water rights after two "
                            "days of talks.", verbatim=True)
    e = event(doc, "deal")
    assert e.type == "REJECT" and "failure:" in e.rule and "target.coordinated_subject" in e.rule
    assert e.source.actor != e.target.actor
    doc = newsgraph.extract("The rebels refused to hold talks with the government in Lusaka.", verbatim=True)
    assert event(doc, "talks", "rebels").type == "REJECT"


def test_borders_opened_to_people_are_refuge_not_access():
    doc = newsgraph.extract("Chad opened its borders to thousands of Sudanese refugees last year.", verbatim=True)
    e = event(doc, "opened", "Chad")
    assert e.type == "AID" and e.cameo == "075" and "purpose.asylum" in e.rule
    doc = newsgraph.extract("Jordan opened its border crossing to Syria on Monday.", verbatim=True)
    assert event(doc, "opened", "Jordan").cameo == "086"


def test_extraditing_a_person_is_a_legal_action_against_them():
    doc = newsgraph.extract("A Lisbon court approved the extradition of a former Angolan minister wanted on "
                            "fraud charges.", verbatim=True)
    e = event(doc, "extradition", "court")
    assert e.type == "ACCUSE" and "minister" in target_text(doc, e) and "purpose.prosecution" in e.rule


def test_ground_taken_by_armed_forces_is_an_assault_on_that_place():
    doc = newsgraph.extract("Rebel fighters seized the airport in the north of the country on Sunday.", verbatim=True)
    e = event(doc, "seized", "fighters")
    assert e.type == "ASSAULT" and e.cameo == "192" and target_text(doc, e) == "the airport"
    doc = newsgraph.extract("Customs officers seized 40 kilos of cocaine from the smugglers.", verbatim=True)
    e = event(doc, "seized", "officers")
    assert e.type == "COERCE" and target_text(doc, e) == "smugglers"
    doc = newsgraph.extract("Government troops captured the old fort from where the militia had fired.",
                            verbatim=True)
    assert target_text(doc, event(doc, "captured", "troops")) == "the old fort"


@pytest.mark.parametrize("sentence,trigger", [
    ("Militants torched a village near the lake, killing four farmers.", "torched"),
    ("Insurgents overran an army outpost in the mountains.", "overran"),
    ("Artillery pounded the rebel-held district for a third day.", "pounded"),
])
def test_more_ways_to_attack(sentence, trigger):
    doc = newsgraph.extract(sentence, verbatim=True)
    assert event(doc, trigger).type == "ASSAULT"


def test_whoever_a_restriction_is_on_is_the_target_of_lifting_it():
    doc = newsgraph.extract("The high court lifted a travel ban Friday on three opposition lawyers.", verbatim=True)
    e = event(doc, "lifted", "court")
    assert target_text(doc, e).endswith("opposition lawyers") and "target.restricted" in e.rule
    doc = newsgraph.extract("Members of the bloc refuse to lift sanctions on Transnistria.", verbatim=True)
    e = event(doc, "lift")
    assert e.type == "REJECT" and target_text(doc, e) == "Transnistria"


def test_a_modal_does_not_reach_into_a_relative_clause():
    doc = newsgraph.extract("The militia said it will return the trucks it has seized from the army.",
                            verbatim=True)
    e = event(doc, "seized")
    assert e.modality != "intended" and e.type != "THREATEN"


def test_peacekeepers_arriving_or_taking_part_are_aid_to_the_place():
    doc = newsgraph.extract("A battalion of Ghanaian peacekeepers arrived in Bunia on Tuesday.", verbatim=True)
    e = event(doc, "arrived")
    assert e.type == "AID" and e.cameo == "074" and target_text(doc, e) == "Bunia"
    doc = newsgraph.extract("Nepalese peacekeepers arrive at the Goma airport to join the UN mission in Congo.",
                            verbatim=True)
    assert "Goma" in target_text(doc, event(doc, "arrive"))
    doc = newsgraph.extract("Uruguayan troops participate in peacekeeping operations in Haiti.", verbatim=True)
    assert target_text(doc, event(doc, "participate")) == "Haiti"
    # arriving is no event on its own
    assert not newsgraph.extract("The minister arrived in Paris on Monday.", verbatim=True).events


def test_the_one_who_must_act_may_be_a_longer_phrase_and_the_sayer_may_give_a_time():
    doc = newsgraph.extract("Mary Okafor, the former finance minister of Ghana, on Monday said the Ghanaian "
                            "government must publish the audit.", verbatim=True)
    e = event(doc, "must")
    assert e.type == "REQUEST" and "Okafor" in source_text(doc, e) and "government" in target_text(doc, e)
    doc = newsgraph.extract("The envoy said that all rebel groups in Mali must lay down their weapons.",
                            verbatim=True)
    e = event(doc, "must")
    assert source_text(doc, e) == "envoy" and "rebel" in target_text(doc, e)
    # a clause break between the saying and 'must' stops the search
    doc = newsgraph.extract("The envoy spoke in Bamako; the armed groups must disarm.", verbatim=True)
    assert not [x for x in doc.events if doc.text[x.trigger.start:x.trigger.end] == "must"]


def test_forcing_someone_out_or_to_act_is_coercion():
    doc = newsgraph.extract("Soldiers forced the provincial governor out of his office on Monday.", verbatim=True)
    e = event(doc, "forced")
    assert e.type == "COERCE" and e.cameo == "174" and "governor" in target_text(doc, e)
    doc = newsgraph.extract("Two fighter jets forced a cargo plane to land in Mombasa.", verbatim=True)
    assert event(doc, "forced").cameo == "170"
    # the noun is no verb: "the air force", "security forces"
    doc = newsgraph.extract("Kenya's air force carried out strikes against al-Shabaab positions.", verbatim=True)
    assert all(doc.text[e.trigger.start:e.trigger.end] != "force" for e in doc.events)


def test_money_contributed_is_aid_and_reinforcing_needs_troops():
    doc = newsgraph.extract("Norway is contributing $12 million to the Sahel Relief Fund this year.", verbatim=True)
    e = event(doc, "contributing")
    assert e.type == "AID" and "Sahel" in target_text(doc, e)
    doc = newsgraph.extract("Norway reinforced its commitment to the peace process.", verbatim=True)
    assert all(x.type != "MOBILIZE" for x in doc.events)
    doc = newsgraph.extract("Turkey reinforced its troops along the border.", verbatim=True)
    assert event(doc, "reinforced").type == "MOBILIZE"


def test_the_subject_is_the_people_not_where_they_are():
    doc = newsgraph.extract("Some 900 nurses in hospitals across Korvania went on strike on Tuesday.", verbatim=True)
    assert "nurses" in source_text(doc, event(doc, "went on strike"))
    doc = newsgraph.extract("Drosnian troops in eastern Valdoria shelled the port of Merrin.", verbatim=True)
    assert "troops" in source_text(doc, event(doc, "shelled"))


def test_a_subordinate_clause_keeps_its_own_subject():
    doc = newsgraph.extract("Nine people were hurt after a truck bomb struck a police post in Merrin.", verbatim=True)
    e = event(doc, "struck")
    assert "people" not in source_text(doc, e)


def test_the_author_of_demands_after_an_adverb():
    doc = newsgraph.extract("The minister has conceded to the demands of the striking miners twice already.",
                            verbatim=True)
    e = event(doc, "conceded")
    assert "miners" in target_text(doc, e) and e.rule.split("+")[2] == "target.prep_author"


def test_closing_a_border_is_a_restriction_aimed_at_the_other_side():
    doc = newsgraph.extract("Chad closed its border crossings with Niger and severed diplomatic ties "
                            "with Sudan.", verbatim=True)
    e = event(doc, "closed")
    assert (e.type, e.cameo) == ("COERCE", "172") and target_text(doc, e) == "Niger"
    # the second verb shares the first one's subject, not the nearest name before it
    severed = event(doc, "severed")
    assert source_text(doc, severed) == "Chad" and severed.rule.split("+")[1] == "source.shared"
    doc = newsgraph.extract("The army closed Chad's land borders with Niger.", verbatim=True)
    assert target_text(doc, event(doc, "closed")) == "Niger"


def test_an_attitude_verb_does_not_make_what_follows_reported():
    doc = newsgraph.extract("Rebels attacked the town and killed 12 soldiers.", verbatim=True)
    assert event(doc, "killed").modality == "asserted"


def test_a_noun_given_to_someone_targets_the_receiver():
    doc = newsgraph.extract("Chad's military ruler, Gen. Idriss Kodo, gave Niger a Friday deadline to withdraw "
                            "its troops over the attack.", verbatim=True)
    e = event(doc, "deadline")
    assert e.type == "THREATEN" and "Kodo" in source_text(doc, e) and target_text(doc, e) == "Niger"
    assert e.rule.split("+")[2] == "target.indirect_object"
    # a later noun is not given to the receiver
    assert event(doc, "attack").target is None or target_text(doc, event(doc, "attack")) != "Niger"


def test_a_modal_inside_a_name_is_no_modality():
    doc = newsgraph.extract("Theresa May gave Putin a deadline.", verbatim=True)
    assert event(doc, "deadline").modality == "asserted"
    doc = newsgraph.extract("Russia may attack Ukraine.", verbatim=True)
    assert event(doc, "attack").modality == "hypothetical"


def test_committed_to_is_no_passive():
    doc = newsgraph.extract("Kenya is committed to the peace process.", verbatim=True)
    e = event(doc, "committed")
    assert source_text(doc, e) == "Kenya" and "passive" not in e.rule


def test_what_is_built_is_no_party_but_where_it_is_built_is():
    doc = newsgraph.extract("The Kenyan government has agreed today to set up a new cancer research centre "
                            "in Mombasa.", verbatim=True)
    e = event(doc, "agreed")
    assert target_text(doc, e) == "Mombasa" and e.rule.split("+")[2] == "target.complement_place"


def test_a_partner_after_a_long_topic():
    doc = newsgraph.extract("Ruto discussed the drought and the situation in the Horn of Africa's border "
                            "regions, with the leaders of Ethiopia and Somalia.", verbatim=True)
    assert "leaders" in target_text(doc, event(doc, "discussed"))


def test_what_a_stance_is_about_is_not_the_stance_takers_act():
    doc = newsgraph.extract("The African Union condemned the attacks on civilians in Idlib.", verbatim=True)
    assert event(doc, "attacks").source is None
    assert source_text(doc, event(doc, "condemned")) == "African Union"


def test_a_lifted_restriction_is_one_concession_aimed_where_it_applied():
    doc = newsgraph.extract("The Peruvian government lifted the state of emergency in Ayacucho on Monday.",
                            verbatim=True)
    e = event(doc, "lifted")
    assert e.type in ("CONCEDE", "RETREAT") and target_text(doc, e) == "Ayacucho" and "target.restricted" in e.rule
    assert not [x for x in doc.events if doc.text[x.trigger.start:x.trigger.end] == "state of emergency"]
    assert not [a for a in doc.actors if a.name == "state"]


def test_a_strike_called_off_answers_the_party_named_after_it():
    doc = newsgraph.extract("Chilean dock workers called off a five-day strike just hours after an agreement "
                            "with the Chilean government.", verbatim=True)
    e = event(doc, "called off")
    assert e.type == "CONCEDE" and "government" in target_text(doc, e) and "target.yielded_to" in e.rule


def test_staff_withdrawn_from_a_place_target_the_place():
    doc = newsgraph.extract("Ghana withdrew peacekeepers from the northern border crossing.", verbatim=True)
    e = event(doc, "withdrew")
    assert target_text(doc, e) == "the northern border crossing" and "target.prep_site" in e.rule


def test_a_possessor_before_a_patient_noun_is_what_is_done_to():
    doc = newsgraph.extract("A Kenyan court ordered the Ugandan journalist's release on Monday.", verbatim=True)
    e = event(doc, "release")
    assert source_text(doc, e) == "Kenyan court" and "journalist" in target_text(doc, e)
    assert "target.possessor" in e.rule
    doc = newsgraph.extract("Kenya's release of the crew was welcomed.", verbatim=True)
    e = event(doc, "release")
    assert source_text(doc, e) == "Kenya" and target_text(doc, e) == "the crew"


def test_a_granted_request_is_a_concession_to_whoever_asked():
    doc = newsgraph.extract("Defence Secretary Ann Mbeki approved a request from the Kenyan health ministry "
                            "for field hospitals.", verbatim=True)
    e = event(doc, "approved")
    assert e.type == "CONCEDE" and "health ministry" in target_text(doc, e)
    assert not [x for x in doc.events if x.type == "REQUEST"]


def test_an_order_to_undergo_a_coercive_act_is_coercion():
    doc = newsgraph.extract("Uganda's government ordered the opposition weekly Daily Voice to suspend publication "
                            "for six weeks.", verbatim=True)
    e = event(doc, "ordered")
    assert e.type == "COERCE" and "order.imposes:suspend publication" in e.rule
    doc = newsgraph.extract("The Kenyan police ordered the activists to appear for questioning.", verbatim=True)
    assert event(doc, "ordered").type == "REQUEST"


def test_a_released_document_is_no_release():
    doc = newsgraph.extract("The Kenyan army released a video of the raid. Police released the suspect.",
                            verbatim=True)
    assert [doc.text[e.trigger.start:e.trigger.end] for e in doc.events if e.type == "RETREAT"] == ["released"]
    assert target_text(doc, event(doc, "released", "Police")) == "the suspect"


def test_an_honour_awarded_to_a_former_office_holder():
    doc = newsgraph.extract("Ghana awarded the Order of the Volta to former Nigerian President Olusegun Obasanjo.",
                            verbatim=True)
    e = event(doc, "awarded")
    assert e.type == "SUPPORT" and target_text(doc, e).endswith("Olusegun Obasanjo")


def test_meeting_demands_is_a_concession_not_a_meeting():
    doc = newsgraph.extract("The Kenyan government met the demands of the striking doctors.", verbatim=True)
    e = event(doc, "met")
    assert (e.type, e.cameo) == ("CONCEDE", "083") and "doctors" in target_text(doc, e)
    doc = newsgraph.extract("Kenya met Uganda to discuss the demands.", verbatim=True)
    e = event(doc, "met")
    assert e.type == "CONSULT" and target_text(doc, e) == "Uganda"
