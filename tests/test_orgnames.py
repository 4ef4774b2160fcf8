"""The entity layer under the facts: organisation names by their shape, demonyms (split by a
scrape, shared by two countries) and a state's own body named like an international organ.

Real spaCy, real knowledge data; each sentence names a class (the pattern in the mention's
source), with organisations and countries other than those the rules were written from.
"""

import pytest

from blocwatch import pipeline
from blocwatch.clean import join_split_demonyms
from blocwatch.config import Options
from blocwatch.knowledge import knowledge
from blocwatch.orgnames import patterns
from blocwatch.records import RawDocument


def mentions(text: str) -> list[tuple[str, str, str, str | None, str]]:
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain", published="2019-11-28"),
                          Options())
    return [(m.text, m.kind, m.name, m.key, m.source) for m in ex.mentions]


@pytest.mark.parametrize(("text", "name", "rule"), [
    # capitalised and demonym modifiers, "for/of" complements joined by "and" and "of"
    ("Maria Lopez, president of the Mexican Association for the Defense of Consumer Rights, "
     "said the law was unfair.", "Mexican Association for the Defense of Consumer Rights",
     "ORG_HEAD_COMPLEMENT"),
    ("Jan Novak, head of the Czech Union of Film Critics and Journalists, spoke.",
     "Czech Union of Film Critics and Journalists", "ORG_HEAD_COMPLEMENT"),
    # a country name written after the head noun ends the name
    ("Sarah Nakato, director of Women Forum Uganda, said the march would go on.",
     "Women Forum Uganda", "ORG_HEAD_COUNTRY"),
    # a place the gazetteer knows, as the modifier of a head noun, is part of the name
    ("Lars Olsen, the chairman of the Baltic Sea Forum, spoke on Tuesday.",
     "Baltic Sea Forum", "ORG_HEAD_NAME"),
])
def test_orgnames_a_head_noun_name_is_one_organization(text, name, rule):
    got = [m for m in mentions(text) if m[1] == "organization"]
    assert (name, "organization", name, None, f"org_names:{rule}") in got
    assert not any(m[1] in ("country", "place") and m[0] in name for m in mentions(text))


def test_orgnames_a_person_made_of_a_names_tail_is_the_organization():
    # the model's "person" "Steel Trade Coalition" after "the Canadian" ends in a head noun
    got = mentions("\"We are pleased,\" Mary Tanner, a spokeswoman for the Canadian Steel Trade "
                   "Coalition told The Globe and Mail.")
    assert ("Canadian Steel Trade Coalition", "organization") in {(m[0], m[1]) for m in got}
    assert ("Mary Tanner", "person") in {(m[0], m[1]) for m in got}


def test_mentions_a_name_before_a_demonym_and_a_title_is_a_person():
    # a Wikinews infobox word before the name, the model tags neither
    got = mentions("Tanzanian leader calls for talks\n\nZambia Levy Mwanawasa, the Zambian "
                   "President, has said that talks should start.")
    assert ("Levy Mwanawasa", "person") in {(m[0], m[1]) for m in got}


@pytest.mark.parametrize(("text", "wrong"), [
    # a head noun alone, generic words alone, a tax, a title-case headline
    ("Council members said the vote was delayed.", "Council members"),
    ("Officials of the National Council met on Monday.", "National Council"),
    ("Residents said the Council Tax rose again.", "Council"),
    ("Police Arrest Youth Forum Leaders In Harare After The Protest", "Police Arrest Youth Forum"),
    # an outlet's name
    ("The Varna News Agency reported the vote.", "Varna News Agency"),
    # a state's department named by its portfolio is left to the title layer
    ("Japanese Foreign Ministry spokesman Hikariko Ono said so.", "Japanese Foreign Ministry"),
])
def test_orgnames_no_organization_where_the_words_name_none(text, wrong):
    assert not any(m[0] == wrong and m[4].startswith("org_names") for m in mentions(text))


def test_orgnames_never_swallow_a_person_or_a_known_organization():
    got = mentions("Kofi Annan spoke on Monday. He met the OSCE Economic Forum in Prague.")
    assert ("Kofi Annan", "person") in {(m[0], m[1]) for m in got}
    assert any(m[3] == "org:osce" for m in got)
    assert not any(m[4].startswith("org_names") for m in got)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Kanat Bozumbayev, Secretary of the Kazakh Security Council, met him.",
     "Security Council of Kazakhstan", "Kazakhstan"),
    ("Marat Imankulov, Secretary of the Security Council of Kyrgyzstan, met him.",
     "Security Council of Kyrgyzstan", "Kyrgyzstan"),
])
def test_orgnames_a_body_qualified_by_a_country_is_the_states_own(text, name, country):
    got = mentions(text)
    assert any(m[2] == name and m[1] == "organization" and m[3] is None for m in got)
    assert not any((m[3] or "").startswith("body:un") for m in got)


def test_orgnames_the_organizations_own_organ_stays_its_own():
    got = mentions("The Russian envoy to the UN Security Council spoke on Friday.")
    assert any(m[3] == "body:un-security-council" for m in got)


@pytest.mark.parametrize(("text", "joined"), [
    ("He met the Uganda n Prime Minister on Monday.", "He met the Ugandan Prime Minister"),
    ("Two Syria ns were hurt, said the Pakistan i army.", "Two Syrians were hurt, said the "
                                                          "Pakistani army"),
    ("The Sri Lanka n navy said so.", "The Sri Lankan navy said so."),
])
def test_clean_joins_a_demonym_a_scrape_split(text, joined):
    assert join_split_demonyms(text).startswith(joined)


@pytest.mark.parametrize("text", [
    "Iraq is not ready.", "In Mali an agreement was signed.", "Chad and Niger met.",
    "Kenya now has a plan.", "The Panama n'est pas"])
def test_clean_leaves_a_country_and_an_english_word_apart(text):
    assert join_split_demonyms(text) == text


@pytest.mark.parametrize(("demonym", "key"), [
    ("Tanzanians", "country:TZA"), ("Montenegrins", "country:MNE"), ("Dominican", "country:DOM"),
    ("Guinean", "country:GIN"),
    ("Korean", None), ("Congolese", None)])
def test_knowledge_demonyms_plural_and_shared(demonym, key):
    assert knowledge().country_of_demonym(demonym) == key


def test_orgnames_every_pattern_has_an_example_that_it_matches():
    from blocwatch.knowledge import load_json
    examples = load_json("patterns/org_names.json")["examples"]
    assert set(examples) == set(patterns())
    for rule, text in examples.items():
        assert any(m[4] == f"org_names:{rule}" for m in mentions(text + ".")), rule


# --- ent1: names in lists, brackets, variants as written ---------------------------------

@pytest.mark.parametrize(("text", "names"), [
    # a list of names is no title-case headline: "Front" is a spaCy stop word but a name's
    # word (news_gold fx3-wikinews-tosca-ID3389; ../shared/corpus/news, Foro de São Paulo)
    ("These members include:, the FARC, Farabundo Martí National Liberation Front, Guatemalan "
     "National Revolutionary Unity, Sandinista National Liberation Front, Tupamaros, and the "
     "Communist Party of Cuba.",
     ["Sandinista National Liberation Front", "Communist Party of Cuba"]),
    ("Members include the Tudeh Party of Iran, Communist Party of Malta, New Communist Party of "
     "Britain, Communist Party of Norway, Communist Party of Luxembourg and the Bulgarian "
     "Communist Party.",
     ["Communist Party of Malta", "Communist Party of Norway", "Communist Party of Luxembourg"]),
    # "club" heads organisations' names ("The nineteen member nations of the Paris Club",
    # ../shared/corpus/news)
    ("The nineteen member nations of the Paris Club have agreed to forgive 80 percent of "
     "Iraq's debt.", ["Paris Club"]),
])
def test_orgnames_names_in_a_list_of_names_are_organizations(text, names):
    got = {m[2] for m in mentions(text) if m[1] == "organization"}
    assert set(names) <= got


def test_mentions_a_name_never_holds_a_bracket_it_does_not_close():
    # the model runs "the Movement for Democratic Change (MDC" into one name; the abbreviation
    # it defines is the same organisation later (news_gold mt2-wikinews-tosca-ID105814)
    got = mentions("Morgan Tsvangirai, leader of the largest opposition party, the Movement for "
                   "Democratic Change (MDC), plans to announce whether he will stand. The MDC "
                   "said on Monday that it would decide.")
    orgs = [(m[0], m[2]) for m in got if m[1] == "organization"]
    assert ("Movement for Democratic Change", "Movement for Democratic Change") in orgs
    assert ("MDC", "Movement for Democratic Change") in orgs
    assert not any("(" in m[0] for m in got)


def test_linking_keeps_a_composed_names_written_form_as_an_alias():
    # "the Belgian parliament" is the body "Parliament of Belgium", also written "parliament"
    # (news_gold fx3-wikinews-tosca-ID118771); "MDC" is a variant of its defined name
    ex = pipeline.process(RawDocument(
        "t.txt", "t", "The Belgian parliament on Friday approved the new government. The Movement "
        "for Democratic Change (MDC) welcomed it; the MDC said so on Saturday.", "text/plain",
        published="2008-01-02"), Options())
    aliases = {e.name: set(e.aliases) for e in ex.entities}
    assert "parliament" in aliases["Parliament of Belgium"]
    assert "MDC" in aliases["Movement for Democratic Change"]


@pytest.mark.parametrize(("text", "written", "name"), [
    # a state's legislature by its capitalised name after the state (../shared/corpus/news)
    ("However despite the video, the Italian Senate voted to extend its military forces' stay "
     "in Iraq.", "Senate", "Senate of Italy"),
    ("Today the U.S. House of Representatives voted to cut back some power of the Patriot Act.",
     "House of Representatives", "House of Representatives of United States"),
])
def test_orgnames_a_states_named_legislature_is_its_body(text, written, name):
    got = mentions(text)
    assert (written, "body", name) in {(m[0], m[1], m[2]) for m in got}
    assert any(m[1] == "country" for m in got)  # the state stays a mention of its own


@pytest.mark.parametrize("text", [
    # the legislature's name modifies a title or another noun: the title layer reads it
    "On February 2, the Cuban minister was received by the Brazilian Senate President José Sarney.",
    "Another document says that the Brazilian Congress employee was a former militant.",
])
def test_orgnames_a_legislature_modifying_a_noun_is_no_body(text):
    assert not any(m[1] == "body" for m in mentions(text))


def test_orgnames_the_matcher_on_its_stretches_finds_what_it_finds_on_the_document():
    """``_matches`` runs the org-name Matcher only on the runs of tokens that can hold a match
    (``_Stretches``): the same matches, in the same order, as one call on the document."""
    from blocwatch import orgnames
    from blocwatch.nlp import stage

    text = ("Russian Security Council secretary Nikolai Patrushev met the Hungarian parliament's "
            "speaker. The Council of Europe Commission, the Kazakh Security Council and the "
            "Brazilian Senate met in Geneva.\n\nYouth Forum Leaders In Harare\n\nThe U.S. House "
            "of Representatives and Somalia's parliament voted; the Mexican Association for the "
            "Defense of Consumer Rights, Women Forum Uganda and the Baltic Sea Forum did not.")
    doc = stage(text, Options())
    matcher, _need, stretches = orgnames._matcher(doc)
    assert stretches is not None
    found = list(matcher(doc))
    assert len(found) >= 8
    assert orgnames._matches(doc, matcher, stretches) == found
    assert all(any(a <= s and e <= b for a, b in stretches(doc)) for _, s, e in found)

# --- ent2: a state's institutions named by their class; organs of known organisations -------

@pytest.mark.parametrize(("text", "written", "name", "rule"), [
    # the state written right before it, as a demonym or a possessive (../shared/corpus/news)
    ("According to the Spanish Interior Ministry, all of the ballots being casted 77% have said "
     "\"sí\" (yes) to the treaty establishing a EU constitution.", "Interior Ministry",
     "Interior Ministry of Spain", "STATE_INSTITUTION"),
    ("Israel's Supreme Court yesterday ordered the Israeli government to recognize "
     "foreign-based same-sex marriages.", "Supreme Court", "Supreme Court of Israel",
     "STATE_INSTITUTION"),
    # after it, "in COUNTRY" (a list of parties, ../shared/corpus/news)
    ("Members include the Communist Party in Denmark and the Tudeh Party of Iran.",
     "Communist Party", "Communist Party of Denmark", "STATE_INSTITUTION"),
])
def test_orgnames_a_states_institution_takes_the_state_its_words_give(text, written, name, rule):
    got = mentions(text)
    assert (written, "organization", name, None, f"org_names:{rule}") in got
    assert any(m[1] == "country" for m in got)  # the state stays a mention of its own


def test_orgnames_a_bare_institution_takes_the_state_named_before_it_in_the_document():
    text = ("The blast was aimed at the heavily securied Iraqi Interior Ministry, which has been "
            "the frequent target of attacks. The Interior Ministry said 12 people were killed.")
    got = [m for m in mentions(text) if m[0] == "Interior Ministry"]
    assert [m[2] for m in got] == ["Interior Ministry of Iraq"] * 2
    assert got[1][4] == "org_names:STATE_INSTITUTION_IN_DOCUMENT"


def test_orgnames_state_institution_is_a_class_not_a_proper_name():
    from blocwatch.orgnames import state_institution
    assert all(state_institution(n) for n in (
        "Interior Ministry", "Supreme Court", "Air Force", "State Department", "Communist Party",
        "Ministry of Foreign Affairs", "Central Bank", "Workers' Party"))
    assert not any(state_institution(n) for n in (
        "White House", "Pentagon", "Kremlin", "International Court of Justice",
        "General Assembly", "Interior Ministry of Iraq", "Democratic Progressive Party",
        "National People's Congress", "Army Council"))


def _ingest(tmp_path, texts: list[str]):
    from dataclasses import replace as with_db

    from blocwatch.store import Store
    db = str(tmp_path / "i.db")
    store = Store(db)
    try:
        pipeline.ingest([RawDocument(f"d{i}.txt", f"/news/d{i}.txt", t, "text/plain",
                                     published="2005-03-25") for i, t in enumerate(texts)],
                        store, with_db(Options(), db=db))
    finally:
        store.close()
    import sqlite3
    with sqlite3.connect(db) as con:
        return con.execute("SELECT e.name, COUNT(DISTINCT m.document_id) FROM entities e JOIN "
                           "mentions m ON m.entity_id = e.id WHERE e.kind='organization' "
                           "GROUP BY e.id ORDER BY e.name").fetchall()


def test_store_keeps_a_stateless_institution_to_its_document(tmp_path):
    # two states' supreme courts, neither named with its state (../shared/corpus/news: the
    # Kyrgyz and the Venezuelan court of March 2005); a state's named one joins across documents
    got = _ingest(tmp_path, [
        "The Supreme Court declared the new parliament legitimate. Israel's Supreme Court "
        "disagreed.",
        "Chavez sparked protests when he tried to overhaul the Supreme Court. Israel's Supreme "
        "Court said nothing."])
    assert ("Supreme Court", 1) in got and got.count(("Supreme Court", 1)) == 2
    assert ("Supreme Court of Israel", 2) in got


@pytest.mark.parametrize(("text", "written", "name"), [
    # "the ORG BODY", "ORG's BODY", "BODY of the ORG" (../shared/corpus/news)
    ("1 issue and the leaders will make a standalone statement on this,\" Choi Seok-Young, "
     "executive director of the APEC Secretariat said.", "Secretariat", "APEC Secretariat"),
    ("The board came to a consensus in ratifying the recommendation of the IAEA's Secretariat "
     "to suspend 22 of 55 technical aid programs involving Iran.", "Secretariat",
     "IAEA Secretariat"),
    ("Of the 27 soldiers cited for that killing by a 1993 UN Truth Commission, 19 were SOA "
     "graduates.", "Truth Commission", "UN Truth Commission"),
    ("The Board of Governors of the IAEA met in Vienna on Monday.", "Board of Governors",
     "Board of Governors of the IAEA"),
])
def test_orgnames_an_organisations_organ_is_one_body_beside_the_organisation(text, written, name):
    got = mentions(text)
    organ = next(m for m in got if m[0] == written)
    assert organ[1:3] == ("body", name) and organ[4].startswith("org_names:ORGAN_")
    assert any(m[1] == "organization" and (m[3] or "").startswith("org:") for m in got)


def test_orgnames_an_organisation_inside_another_name_has_no_organ():
    # ../shared/corpus/news: "Commonwealth" of the British foreign ministry's name
    got = mentions("The new ambassador has been named by the British Foreign and Commonwealth "
                   "Office as Jonathan Adams.")
    assert not any(m[4].startswith("org_names:ORGAN_") for m in got)


def test_orgnames_an_organ_the_data_knows_keeps_its_key():
    got = mentions("Jaap de Hoop Scheffer, Secretary General of NATO, said NATO's Military "
                   "Committee and the UN Security Council agreed.")
    keys = {m[3] for m in got}
    assert {"org:nato", "body:nato-military-committee", "body:un-security-council"} <= keys
    assert not any(m[4].startswith("org_names:ORGAN_") for m in got)


def test_orgnames_a_bare_institution_takes_the_one_state_of_the_dateline_and_lede():
    # a dateline's city and a lede naming one state; a lede naming two leaves it bare
    got = mentions("BAGHDAD, March 3 (Reuters) - Gunmen killed 20 people on Monday. The Interior "
                   "Ministry said three policemen were among the dead.")
    assert ("Interior Ministry", "organization", "Interior Ministry of Iraq", None,
            "org_names:STATE_INSTITUTION_FROM_LEDE") in got
    got = mentions("Gunmen killed 20 people in Iraq and Syria on Monday. The Interior Ministry "
                   "said three policemen were among the dead.")
    assert ("Interior Ministry", "organization", "Interior Ministry", None, "ner") in got
    # an armed service where the whole document names that one state (../shared/corpus/news)
    got = mentions("WASHINGTON - Senator McCain spoke on Monday. Days after Sen. McCain's "
                   "remarks, the Air Force said the tanker replacement contract would be reviewed.")
    assert ("Air Force", "organization", "Air Force of United States", None,
            "org_names:STATE_INSTITUTION_FROM_LEDE") in got


@pytest.mark.parametrize("text", [
    # an armed service serves abroad: the lede's state only where the document names no
    # other; a state's (sub-national) court; a sentence naming another state
    # (../shared/corpus/news: Iraq, 2005; Kyrgyzstan, March 2005)
    "BAGHDAD - Gunmen killed 20 people on Monday. Police sealed the area. Shops closed early. "
    "In a statement released by the Marine Corps, officers said the actions were within the "
    "law. Two U.S. senators asked for an inquiry.",
    "SAN FRANCISCO - Gay couples protested on Monday. Less than a year ago, the state's Supreme "
    "Court annulled more than 4,000 same-sex marriages.",
    "BISHKEK - Protesters seized the government building on Thursday. The president fled the "
    "capital. Crowds looted shops overnight. Officials with the State Department say the "
    "United States accepts the result.",
])
def test_orgnames_the_ledes_state_is_not_every_institutions(text):
    assert not any(m[4] == "org_names:STATE_INSTITUTION_FROM_LEDE" for m in mentions(text))


@pytest.mark.parametrize("text", [
    # a country word inside a province's or state's name (ISO 3166-2) gives its institutions
    # no state: "British" of "British Columbia", "Mexico" of "New Mexico"
    "The Green Party formed in British Columbia in 1983 as part of the international Green "
    "Party network.",
    "Police in New Mexico said the Supreme Court ruled on Friday.",
])
def test_orgnames_a_country_word_inside_a_provinces_name_gives_no_state(text):
    got = [m for m in mentions(text) if m[1] == "organization"]
    assert got and not any(" of " in m[2] for m in got), got


# --- meet19: a legislature named by its bare common name ---------------------------------

class TestBareLegislature:
    """A legislature's capitalised common name alone ("Congress resumed the session",
    "members of Parliament") is the body of the state the document decides, else nothing
    (../shared/corpus/news: Bolivia 2005, Canada 2005, Kenya)."""

    def test_the_ledes_one_state_names_the_bare_legislature(self):
        got = mentions("LA PAZ, Bolivia - The president resigned on Monday. At 22:45 local time, "
                       "Congress resumed the session and named a new president.")
        assert ("Congress", "body", "Congress of Bolivia", None,
                "org_names:LEGISLATURE_BARE_FROM_LEDE") in got
        got = mentions("OTTAWA, Canada - The government lost a vote on Tuesday. The House leader "
                       "told Parliament after the vote that it would go on.")
        assert ("Parliament", "body", "Parliament of Canada", None,
                "org_names:LEGISLATURE_BARE_FROM_LEDE") in got

    def test_a_legislature_named_with_its_state_decides_the_bare_one(self):
        got = mentions("The Italian Senate met on Monday. Berlusconi said Iraq and Syria were "
                       "not at war. The Senate approved the budget.")
        assert ("Senate", "body", "Senate of Italy", None,
                "org_names:LEGISLATURE_BARE_IN_DOCUMENT") in got

    @pytest.mark.parametrize("text", [
        # two states in the lede: undecided
        "Leaders of Peru and Chile met on Monday. Congress approved the treaty.",
        # a legislature of a place within the state, or an organisation's
        "SACRAMENTO - The California State Senate voted on Thursday in the United States. The "
        "Senate approved the act.",
        "BRUSSELS, Belgium - The European Parliament voted on Tuesday. Parliament approved it.",
        # a longer name, another noun's modifier, a name's first word
        "NEW DELHI, India - Congress leader Sonia Gandhi spoke. The Senate committee met.",
        "WASHINGTON - The Congress of Vienna was studied. Senate Democrats objected.",
    ])
    def test_an_undecided_or_longer_name_makes_no_bare_legislature(self, text):
        assert not any(m[4].startswith("org_names:LEGISLATURE_BARE") for m in mentions(text))

    def test_every_bare_rule_has_an_example_that_it_fires_on(self):
        from blocwatch.knowledge import load_json
        examples = load_json("patterns/org_names.json")["bare_legislatures"]["examples"]
        for rule, text in examples.items():
            assert any(m[4] == f"org_names:{rule}" for m in mentions(text)), rule

    def test_a_state_is_no_member_of_its_own_legislature(self):
        ex = pipeline.process(RawDocument(
            "t.txt", "t", "WELLINGTON, New Zealand - The New Zealand government has withdrawn "
            "its bill from Parliament, putting its plans on hold.", "text/plain",
            published="2019-11-28"), Options())
        assert any(m.name == "Parliament of New Zealand" for m in ex.mentions)
        assert not [c for c in ex.claims if c.predicate == "member_of"]

    def test_the_bare_legislatures_sitting_is_its_meeting(self):
        # meet18's BODY_OPENED could not fire on a bare name (../shared/corpus/news, Bolivia 2005)
        ex = pipeline.process(RawDocument(
            "t.txt", "t", "LA PAZ, Bolivia - The president resigned on Monday. At 22:45 local "
            "time, Congress resumed the session and named a new president.", "text/plain",
            published="2005-06-10"), Options())
        names = {e.local_id: e.name for e in ex.entities}
        assert [[names[a] for a in ev.actors] for ev in ex.events if ev.category == "CONSULT"] \
            == [["Congress of Bolivia"]]


class TestPartyShortName:
    """A party's short name before one of its offices names the party the document names
    whole (PARTY_SHORT_NAME, posit29): the mention takes the party's name, so linking joins it
    to the party."""

    def test_the_short_name_takes_the_partys_whole_name(self):
        got = mentions("The Conservative Party won the vote on Sunday. Conservative leader "
                       "Halvard Brenning said on Monday that taxes would fall.")
        assert ("Conservative", "organization", "Conservative Party", None,
                "org_names:PARTY_SHORT_NAME") in got, got

    def test_a_short_name_with_no_party_named_whole_is_left_alone(self):
        got = mentions("Conservative leader Halvard Brenning said on Monday that taxes would "
                       "fall.")
        assert not any(m[4] == "org_names:PARTY_SHORT_NAME" for m in got), got

    def test_the_rule_has_an_example_that_it_fires_on(self):
        from blocwatch.knowledge import load_json
        examples = load_json("patterns/org_names.json")["party_short_names"]["examples"]
        for rule, text in examples.items():
            assert any(m[4] == f"org_names:{rule}" for m in mentions(text)), rule


class TestInnerJoins:
    """An organisation's name with a joining word inside is kept whole (posit56, issue 13):
    a group noun's possessive (INNER_POSSESSIVE on the model's span, ORG_POSSESSIVE_NAME as a
    head-noun pattern) and 'CAP and' before a head-noun name (INNER_AND)."""

    def test_and_inside_a_commissions_name_is_kept(self):
        got = mentions("In 2002, the Nigerian Economic and Financial Crimes Commission was set "
                       "up to fight graft.")
        assert ("Economic and Financial Crimes Commission", "organization",
                "Economic and Financial Crimes Commission", None, "org_names:INNER_AND") in got, got

    def test_a_group_nouns_possessive_stays_in_the_name(self):
        got = mentions("China's People's Liberation Army held drills near the strait.")
        assert ("People's Liberation Army", "organization", "People's Liberation Army", None,
                "org_names:INNER_POSSESSIVE") in got, got

    def test_a_persons_possessive_is_still_cut_off(self):
        got = mentions("Tsvangirai's Movement for Democratic Change won the vote.")
        assert not any(m[4] == "org_names:INNER_POSSESSIVE" for m in got), got

    def test_a_possessive_name_the_model_misses_is_found_whole(self):
        got = mentions("The Mongolian People's Revolutionary Party won the election.")
        assert any(m[2] == "Mongolian People's Revolutionary Party"
                   and m[4] == "org_names:ORG_POSSESSIVE_NAME" for m in got), got
        assert not any(m[2] == "Revolutionary Party" for m in got), got

    def test_a_title_word_before_and_is_no_part_of_the_name(self):
        got = mentions("The report was given on Thursday to the U.S. President and U.S. Congress "
                       "on the benchmarks.")
        assert not any(m[4] == "org_names:INNER_AND" for m in got), got

    def test_a_prefixed_compound_stays_out_of_a_possessive_name(self):
        got = mentions("The anti-Thaksin People's Alliance met on Monday in Bangkok.")
        assert not any("Thaksin" in m[2] and m[1] == "organization" for m in got), got

    def test_a_name_running_on_left_of_the_conjunction_is_left_alone(self):
        got = mentions("The Marine Hazard Protection and Control Association protested on "
                       "Monday.")
        assert not any(m[4] == "org_names:INNER_AND" for m in got), got
        got = mentions("The Australian Communications and Media Authority ruled on Monday.")
        assert any(m[2] == "Communications and Media Authority"
                   and m[4] == "org_names:INNER_AND" for m in got), got


@pytest.mark.parametrize(("text", "name"), [
    ("According to Australians for Native Title and Reconciliation (ANTaR) National Director "
     "Abel Tamba, the report was fair.", "Australians for Native Title and Reconciliation"),
    ("The conservative group Americans for Prosperity said on Monday that it would campaign.",
     "Americans for Prosperity"),
    ("Britons for Europe said on Monday that the referendum was a mistake.", "Britons for Europe"),
])
def test_a_plural_demonym_for_a_cause_names_one_organization(text, name):
    """issue 13, so2 (advoc1): a plural demonym, "for" or "against", then capitalised words
    name one organization (names.json advocacy_names); the demonym is no country there."""
    got = mentions(text)
    assert (name, "organization") in [(m[0], m[1]) for m in got], got
    assert not any(m[1] == "country" for m in got), got


@pytest.mark.parametrize("text", [
    "The US opposed the move amid requests by Afghans for NATO to spread across the country.",
    "He rejected calls for him to ask the United States for Khadr's return to Canada.",
    "Australians for the first time voted on Sunday.",
])
def test_a_demonym_before_a_clause_or_a_state_name_is_no_such_name(text):
    got = mentions(text)
    assert not any(m[1] == "organization" and " for " in m[0] for m in got), got
