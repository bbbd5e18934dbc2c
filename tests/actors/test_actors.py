import pytest

import newsgraph
from newsgraph.actors import describe_actor


def actor_named(doc, name):
    found = [a for a in doc.actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in doc.actors]}"
    return found[0]


def mention_texts(doc, actor):
    return [doc.text[m.span.start : m.span.end] for m in actor.mentions]


def test_seed_people_are_found_linked_and_resolved(seed_doc):
    brown = actor_named(seed_doc, "Charles Q. Brown Jr")
    assert (brown.kind, brown.country, brown.sector, brown.code) == ("person", "USA", "MIL", "USAMIL")
    assert {"General Brown", "Joint Chiefs chairman", "he"} <= set(mention_texts(seed_doc, brown))
    pevkur = actor_named(seed_doc, "Hanno Pevkur")
    assert pevkur.code == "ESTGOV"
    assert {"Estonian defense chief", "defense chief", "He"} <= set(mention_texts(seed_doc, pevkur))
    zelensky = actor_named(seed_doc, "Volodymyr Zelensky")
    assert zelensky.code == "UKRGOV" and "Ukraine's President Zelensky" in mention_texts(seed_doc, zelensky)
    assert actor_named(seed_doc, "Madis Roll").code == "ESTGOV"
    assert actor_named(seed_doc, "Evelyn Farkas").country == "USA"
    assert actor_named(seed_doc, "Emmanuel Macron").code == "FRAGOV"


def test_seed_organisations_groups_and_metonyms(seed_doc):
    times = actor_named(seed_doc, "The New York Times")
    assert {"NY Times", "Times"} <= set(mention_texts(seed_doc, times))
    assert actor_named(seed_doc, "Kremlin").code == "RUSGOV"
    assert actor_named(seed_doc, "Pentagon").code == "USAMIL"
    assert actor_named(seed_doc, "Ukrainian officials").code == "UKRGOV"
    assert actor_named(seed_doc, "Russian forces").code == "RUSMIL"
    assert actor_named(seed_doc, "Western allies").code == "WSTGOV"
    assert actor_named(seed_doc, "North Atlantic Treaty Organization").code == "IGOWSTNAT"
    assert actor_named(seed_doc, "Breaking Defense").sector == "MED"
    assert actor_named(seed_doc, "Lithuania").code == "LTU"
    estonia = actor_named(seed_doc, "Estonia")
    assert "small Baltic country" in mention_texts(seed_doc, estonia)


def test_seed_places_have_countries_and_coordinates(seed_doc):
    places = {p.name: p for p in seed_doc.places}
    for name, country in [("Lviv", "UKR"), ("Kharkiv", "UKR"), ("Brussels", "BEL"), ("Texas", "USA"),
                          ("Belgorod region", "RUS")]:
        assert places[name].country == country
    assert places["Lviv"].lat == pytest.approx(49.84, abs=0.1)


def test_sentence_initial_capitals_and_headlines_are_not_people():
    doc = newsgraph.extract("Earlier in the week the port closed. Such moves are rare. MEXICO CITY (AP) — "
                            "Prices rose. (Having said that, the quay stays open.) “Usually the ferry waits.”",
                            verbatim=True)
    assert not [a for a in doc.actors if a.kind == "person"]  # a sentence may open inside a bracket or a quote
    assert any(p.name == "Mexico City" for p in doc.places)


@pytest.mark.parametrize("text,country,sector", [
    ("an American destroyer", "USA", "MIL"),
    ("Ukraine's President Zelensky", "UKR", "GOV"),
    ("Estonian Defense Minister Hanno Pevkur", "EST", "GOV"),
    ("the Kremlin", "RUS", "GOV"),
    ("Russian forces", "RUS", "MIL"),
    ("French police", "FRA", "COP"),
    ("Syrian rebels", "SYR", "REB"),
    ("the Ukranian army", "UKR", "MIL"),  # misspelt
    ("Zelenskyy", "UKR", "GOV"),  # transliteration
    ("a U.S. student", "USA", "EDU"),  # one member of a group the lexicon names in the plural
    ("a Palestinian protester", "PSE", "OPP"),
])
def test_describe_actor(text, country, sector):
    got = describe_actor(text)
    assert (got["country"], got["sector"]) == (country, sector), got
    assert {"name", "kind", "code", "country", "sector"} <= set(got)


def test_describe_actor_on_nothing():
    assert describe_actor("")["kind"] == "other"


def test_arabic_article_joins_a_name():
    doc = newsgraph.extract("President Omar al-Farouq met the envoy in N'Djamena.", verbatim=True)
    assert "Omar al-Farouq" in {a.name for a in doc.actors}


def test_a_comma_is_a_list_of_modifiers_only_when_and_closes_it():
    doc = newsgraph.extract("The fighters left their last town in Mali, French-led forces said on Monday.",
                            verbatim=True)
    assert "Mali" in [doc.text[m.span.start : m.span.end] for a in doc.actors for m in a.mentions]
    doc = newsgraph.extract("Gambian, Senegalese and Malian troops crossed the border.", verbatim=True)
    texts = [doc.text[m.span.start : m.span.end] for a in doc.actors for m in a.mentions]
    assert "Gambian, Senegalese and Malian troops" in texts


def test_a_named_second_person_is_not_an_appositive():
    doc = newsgraph.extract("Speaking to Macron, Tongan Prime Minister Siaosi Sovaleni reaffirmed his support "
                            "for the treaty.", verbatim=True)
    sovaleni = actor_named(doc, "Siaosi Sovaleni")
    assert "his" in mention_texts(doc, sovaleni)  # the clause's subject, not the man spoken to
    assert "appositive" not in actor_named(doc, "Emmanuel Macron").mentions[0].rule


def test_an_irregular_past_tense_ends_a_group_phrase():
    for text, verb in [("The UN withdrew peacekeepers from the border zone.", "withdrew"),
                       ("Kenya sent troops to the border.", "sent")]:
        doc = newsgraph.extract(text, verbatim=True)
        assert all(verb not in m for a in doc.actors for m in mention_texts(doc, a))


def test_a_head_count_makes_a_group_of_people():
    doc = newsgraph.extract("About 1,400 dock workers and 300 drivers stopped work at the port of Valdora.",
                            verbatim=True)
    assert actor_named(doc, "dock workers").code == "LAB"
    assert mention_texts(doc, actor_named(doc, "drivers")) == ["drivers"]
    # a count of machines is not a group of people; nor is a count of anyone at all
    doc = newsgraph.extract("The army said 12 tanks crossed the river.", verbatim=True)
    assert not any(a.name == "tanks" for a in doc.actors)
    doc = newsgraph.extract("About 300 people crossed the river.", verbatim=True)
    assert not doc.actors


def test_a_description_and_the_name_after_it_are_one_person():
    doc = newsgraph.extract("The Czech interior minister, Teodor Marek, met his Polish counterpart, "
                            "Ilse Varga, in Merrin. Marek said the talks went well.", verbatim=True)
    marek = actor_named(doc, "Teodor Marek")
    assert mention_texts(doc, marek)[:2] == ["Czech interior minister", "Teodor Marek"] and marek.country == "CZE"
    assert "Marek" in mention_texts(doc, marek)[2:]
    varga = actor_named(doc, "Ilse Varga")
    assert "counterpart" in mention_texts(doc, varga)[0] and varga.country == "POL"
    # two people in a list are not an appositive
    doc = newsgraph.extract("The ministers, Teodor Marek and Ilse Varga, met in Merrin.", verbatim=True)
    assert not any(a.name == "Teodor Marek" and len(a.mentions) > 1 for a in doc.actors)


@pytest.mark.parametrize("title, role", [("Sen.", "senator"), ("Gov.", "governor"), ("Rep.", "congresswoman"),
                                         ("Rep.", "lawmaker")])
def test_an_abbreviated_title_and_the_role_it_stands_for_are_one_person(title, role):
    doc = newsgraph.extract(f"{title} Ines Moreau toured the harbour on Monday. The {role} said the quay "
                            "would reopen in June.", verbatim=True)
    assert role in mention_texts(doc, actor_named(doc, "Ines Moreau"))
    assert [q.speaker_name for q in doc.quotes] == ["Ines Moreau"]


def test_a_role_that_is_no_title_still_introduces_a_name():
    doc = newsgraph.extract("Lavrov met his Turkish counterpart Mevlut Cavusoglu in Sochi.", verbatim=True)
    person = actor_named(doc, "Mevlut Cavusoglu")
    assert person.country == "TUR" and person.role == "counterpart"
    doc = newsgraph.extract("The Austrian newspaper Die Presse reported the deal.", verbatim=True)
    assert actor_named(doc, "Die Presse").kind != "person"


def test_a_dateline_country_is_a_place_not_an_actor():
    doc = newsgraph.extract("NAIROBI, Kenya - Hundreds of nurses went on strike on Monday.", verbatim=True)
    assert not any(a.name == "Kenya" for a in doc.actors)
    assert [p.name for p in doc.places][:2] == ["Nairobi", "Kenya"]


def test_a_town_that_is_also_a_first_name_starts_a_persons_name():
    doc = newsgraph.extract("Former Senator George Okafor met Victoria Mensah in George on Monday.", verbatim=True)
    assert actor_named(doc, "George Okafor").kind == "person"
    assert actor_named(doc, "Victoria Mensah").kind == "person"
    assert [p.name for p in doc.places] == ["George"]
    doc = newsgraph.extract("Tourists left Victoria Falls.", verbatim=True)
    assert not [a for a in doc.actors if a.kind == "person"]


def test_a_state_of_emergency_is_no_government():
    doc = newsgraph.extract("Peru declared a state of emergency. The Peruvian state pays for it.", verbatim=True)
    assert [m for a in doc.actors for m in mention_texts(doc, a) if "state" in m] == ["Peruvian state"]


def test_us_federal_agencies():
    doc = newsgraph.extract("ICE agents and the DEA raided the farm.", verbatim=True)
    ice = actor_named(doc, "Immigration and Customs Enforcement")
    assert (ice.country, ice.sector) == ("USA", "COP")
    actor_named(doc, "Drug Enforcement Administration")


def test_a_countrys_own_institution_is_not_the_american_one():
    doc = newsgraph.extract("Pakistan's Supreme Court overruled the Nigerian Senate. The Senate in Washington "
                            "was silent.", verbatim=True)
    codes = {doc.text[m.span.start:m.span.end]: a.code for a in doc.actors for m in a.mentions}
    assert codes["Pakistan's Supreme Court"] == "PAKJUD" and codes["Nigerian Senate"] == "NGALEG"
    assert codes["Senate"] == "USALEG"


def test_new_agent_nouns_name_groups():
    doc = newsgraph.extract("Two servicemen and the heads of state met aid agencies.", verbatim=True)
    sectors = {doc.text[m.span.start:m.span.end]: a.sector for a in doc.actors for m in a.mentions}
    assert sectors == {"servicemen": "MIL", "heads of state": "GOV", "aid agencies": "NGO"}


def test_a_place_name_after_a_personal_title_is_a_surname():
    doc = newsgraph.extract("Sen. Warren met Gen. Jackson in Warren, Ohio.", verbatim=True)
    people = {a.name for a in doc.actors if a.kind == "person"}
    assert people == {"Warren", "Jackson"}


def test_a_sentence_initial_the_does_not_make_a_common_noun_a_name():
    doc = newsgraph.extract("The union endorsed her. The Kremlin said so.", verbatim=True)
    names = {a.name for a in doc.actors}
    assert "European Union" not in names and "Kremlin" in names


def test_a_capitalised_company_word_ends_an_organisation_name():
    doc = newsgraph.extract("The Coastal Ferry Company raised its fares. The company said fuel cost more.",
                            verbatim=True)
    org = next(a for a in doc.actors if a.name == "Coastal Ferry Company")
    assert org.kind == "organization" and org.sector == "BUS"


def test_another_first_name_before_a_known_surname_is_someone_else():
    doc = newsgraph.extract("Donald Trump spoke first. Ivanka Trump said she was proud. Later, Trump left.",
                            verbatim=True)
    ivanka = actor_named(doc, "Ivanka Trump")
    assert ivanka.gender == "female" and [doc.text[m.span.start : m.span.end] for m in ivanka.mentions] == [
        "Ivanka Trump", "she"]
    assert [doc.text[m.span.start : m.span.end] for m in actor_named(doc, "Donald Trump").mentions] == [
        "Donald Trump", "Trump"]


@pytest.mark.parametrize(("text", "name"), [
    # a first name and a surname that are both place names are still a person
    ("Elizabeth Warren said the toll was unfair.", "Elizabeth Warren"),
    ("Sen. Elizabeth Warren (D-MA) said the toll was unfair.", "Elizabeth Warren"),
    ("Jesse Jackson said the toll was unfair.", "Jesse Jackson"),
])
def test_a_first_name_before_a_place_name_is_a_person(text, name):
    doc = newsgraph.extract(text, verbatim=True)
    assert [a.name for a in doc.actors if a.kind == "person"] == [name]


def test_a_party_and_state_in_brackets_is_no_organisation():
    doc = newsgraph.extract("Rep. Paul Adler (D-MD) and Sen. Ines Moreau (R-TX) said the toll was unfair.",
                            verbatim=True)
    assert not [a for a in doc.actors if a.kind == "organization"]


@pytest.mark.parametrize(("text", "name", "mention"), [
    # a known surname after a middle initial belongs to the name it ends
    ("Mara K. Sanders said the toll was unfair.", "Mara K. Sanders", "Mara K. Sanders"),
    ("Mayor Paul T. Paris said the toll was unfair.", "Paul T. Paris", "Mayor Paul T. Paris"),
    # and the name is the lexicon's person once the initial and the suffix are set aside
    ("Vice President Joseph R. Biden Jr. said the toll was unfair.", "Joe Biden",
     "Vice President Joseph R. Biden Jr"),
])
def test_a_name_with_a_middle_initial_is_one_person(text, name, mention):
    doc = newsgraph.extract(text, verbatim=True)
    people = [a for a in doc.actors if a.kind == "person"]
    assert [a.name for a in people] == [name]
    assert [doc.text[m.span.start : m.span.end] for m in people[0].mentions] == [mention]


def test_a_place_name_that_repeats_a_named_persons_surname_is_that_person():
    doc = newsgraph.extract("Former ambassador Nadia Bolton criticised the treaty.\n\nBolton said the vote was "
                            "rushed. She flew to Warren on Monday, and Bolton's aides stayed in Bolton.", verbatim=True)
    bolton = actor_named(doc, "Nadia Bolton")
    assert mention_texts(doc, bolton) == ["ambassador Nadia Bolton", "Bolton", "She", "Bolton"]
    assert [p.name for p in doc.places] == ["Warren", "Bolton"]  # after "in", a town still
    doc = newsgraph.extract("Bolton said the vote was rushed.", verbatim=True)
    assert not [a for a in doc.actors if a.kind == "person"]


def test_a_surname_before_the_full_name_is_that_person():
    doc = newsgraph.extract("Okafor calls the toll unfair\n\nMayor Grace Okafor said on Monday that the toll "
                            "hurt commuters.", verbatim=True)
    okafor = actor_named(doc, "Grace Okafor")
    assert mention_texts(doc, okafor) == ["Okafor", "Mayor Grace Okafor"]
    assert okafor.mentions[0].rule == "name.single+link.later_name"
    quote = next(q for q in doc.quotes if q.cue is not None and doc.text[q.cue.start:q.cue.end] == "calls")
    assert quote.speaker_name == "Grace Okafor"


def test_a_company_word_ends_an_organisation_name_and_he_is_still_the_person():
    doc = newsgraph.extract("Mark Okafor is a partner at Okra Harbour Consulting in Tulsa.\n\nHe said the rigs would "
                            "not return.", verbatim=True)
    assert actor_named(doc, "Okra Harbour Consulting").kind == "organization"
    assert mention_texts(doc, actor_named(doc, "Mark Okafor")) == ["Mark Okafor", "He"]


def test_an_agent_noun_read_as_an_adjective_names_no_actor():
    text = ("Ines Moreau faces 12 criminal indictments before the general election. She denied them. "
            "The general said the terrorist attacks were planned by a terrorist organization.")
    doc = newsgraph.extract(text, verbatim=True)
    mentions = [(m.span.start, doc.text[m.span.start : m.span.end]) for a in doc.actors for m in a.mentions]
    assert sorted(mentions) == [(0, "Ines Moreau"), (71, "She"), (92, "general"), (145, "terrorist")]


def test_a_man_named_only_inside_a_quotation_is_not_the_he_who_speaks_it():
    text = ("On Tuesday, the army spokesman, Rear Admiral Dan Hadar, said the talks would go on.\n\n"
            '"There is only one place for him, and it is beside Tomas Reyes and the rest," he told the network.')
    doc = newsgraph.extract(text, verbatim=True)
    assert mention_texts(doc, actor_named(doc, "Dan Hadar"))[-1] == "he"
    assert mention_texts(doc, actor_named(doc, "Tomas Reyes")) == ["Tomas Reyes"]


def test_a_tabloid_epithet_before_a_name_is_not_part_of_it():
    doc = newsgraph.extract("WARNING GRAPHIC DETAIL: Brave Ines Moreau has described the storm. Tearful Tomas "
                            "Reyes said the ferry was lost.", verbatim=True)
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Ines Moreau", "Tomas Reyes"]
    assert not [q for q in doc.quotes if q.rule == "transcript.label"]
