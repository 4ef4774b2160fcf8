"""The catalogue of actor constructions: who acts in a coded event (PLOVER source actors).

One parametrised case list per construction (issue 14, seventh round onwards): active subject,
passive by-phrase, possessive, demonym with a group noun, apposition, coordination, reported
speech, places named as fighters, US states and capitals, country words inside names, trade
unions and national federations, and the patients of passives. Each case gives the source
actor codes the PLOVER manual and docs/plover.md's conventions give (``None``: the sentence
does not state a country; an empty list: no source is named). Sentences are written for this
test, in the shapes the judged news draws showed; none comes from a judged draw verbatim.
"""

from __future__ import annotations

import pytest

from blocwatch.config import Options
from blocwatch.nlp import load_pipeline
from blocwatch.plover import CODER


def sources(event) -> list[str | None]:
    return [a.code for a in event.sources] if event is not None else []


ACTIVE_SUBJECT = [
    ("Turkey shelled Kurdish positions in northern Iraq on Sunday.", ["TUR"]),
    ("Ethiopian troops attacked a rebel camp near the Somali border.", ["ETH"]),
    ("The Kenyan government expelled two Somali diplomats on Friday.", ["KEN"]),
]
PASSIVE_BY = [
    ("The convoy was attacked by Ethiopian troops near the border.", ["ETH"]),
    ("The village was shelled by the Sudanese army on Tuesday.", ["SDN"]),
    ("Two aid workers were kidnapped by Somali gunmen near Baidoa.", ["SOM"]),
]
SPONSORS_AND_AGENTS = [  # a sponsor's demonym names no actor; a group's head or supporters act
    # for it
    ("An Iranian-backed militia attacked a US base.", [None]),
    ("The US-backed government rejected the demands.", [None]),
    ("The head of the UN nuclear watchdog urged Iran to cooperate.", ["IGO"]),
    ("Supporters of Hamas staged a rally in Gaza.", ["PSE"]),
]
POSSESSIVE = [
    ("Israel's army raided the town of Jenin overnight.", ["ISR"]),
    ("Russia's foreign ministry condemned the vote in Tbilisi.", ["RUS"]),
]
DEMONYM_GROUP = [
    ("Iraqi insurgents attacked a police station in Baquba.", ["IRQ"]),
    ("Palestinian militants fired rockets at Sderot.", ["PSE"]),
    ("Afghan police arrested three suspects in Kandahar.", ["AFG"]),
]
APPOSITION = [
    ("Ali Larijani, Iran's chief nuclear negotiator, rejected the proposal.", ["IRN"]),
    ("Sergei Lavrov, the Russian foreign minister, criticised the plan.", ["RUS"]),
    ("Dr. Maria Lopez, a professor of law who teaches at the University of Texas in Austin, "
     "criticizes the ruling.", ["USA"]),
    ("Institute of Marine Research in Oslo councilor Jens Hansen criticized the ban.", ["NOR"]),
    ("In response to the reports, the Inspector General of the Bundeswehr, General Hans Weber, "
     "has instructed the military police to investigate the allegations.", ["DEU"]),
]
COORDINATED = [
    ("Iraqi and American forces raided an insurgent training camp.", ["IRQ", "USA"]),
    ("Iraqi, American forces raid insurgent training camp, killing 85", ["IRQ", "USA"]),
    ("Kenyan, Ugandan troops attack militant bases near Kismayo", ["KEN", "UGA"]),
    ("US-Iraqi forces raided a village near Samarra.", ["USA", "IRQ"]),
    ("Jordan and Britain agreed to share intelligence on the militants.", ["JOR", "GBR"]),
]
REPORTED_SPEECH = [  # "X said Y attacked Z": Y acts; the speaker's or the victims' country is not Y's
    ("Officials said Syrian troops attacked the village.", ["SYR"]),
    ("Iran said Iraqi jets bombed its border towns.", ["IRQ"]),
    ("Police said gunmen kidnapped two Italian aid workers.", [None]),  # the victims' country
    ("According to Smith, the Kenyan army should give more support to the Somali government.",
     [None]),
    ("According to Jones, the United States should give more aid to the Ethiopian government.",
     [None]),
    ("Spain received a letter from the Kenyan Human Rights Commission asking Spanish courts to "
     "try him.", ["KEN"]),  # the letter's author asks, not its recipient
    ("The court published a petition by Amnesty International urging Kenya to free the "
     "prisoners.", ["NGO"]),
]
PLACES_AS_FIGHTERS = [  # a place names where, its country who only when the people are there
    ("In Gaza, militants fired rockets into southern Israel.", ["PSE"]),
    ("Militants in Gaza fired rockets at Israel.", ["PSE"]),
    ("Gunmen in Karachi attacked a bus on Monday.", ["PAK"]),
    ("Darfur fighting escalates as envoys meet in Abuja", []),
    ("Somalia fighting escalates as envoys meet in Nairobi", []),
    ("Mogadishu clashes kill 20", []),
    ("The Kenyan student arrested in Nairobi has no links with the Kampala bombings.", []),
    ("Israel launched the Gaza offensive in December.", ["ISR"]),
    ("Nairobi anti-government rally turns violent", ["KEN"]),  # the town's people protest
    ("Gaza militants fired rockets at Sderot.", ["PSE"]),
    ("Two soldiers killed, at least 12 injured in south Philippines blasts", []),
]
STATES_AND_CAPITALS = [  # US states are in the USA; "Georgia" with a state's office is one
    ("Georgia Governor Sonny Perdue criticized the federal ruling.", ["USA"]),
    ("The governor of Georgia criticized the ruling.", ["USA"]),
    ("Georgia accused Russia of bombing its villages.", ["GEO"]),
    ("Washington condemned the missile test.", ["USA"]),
    ("Officials in Washington accused Iran of arming militants.", ["USA"]),
    ("Police in Texas arrested two Mexican smugglers.", ["USA"]),
    ("Fair Wages Ohio praised the council vote.", ["USA"]),
    ("Ontario Premier Dalton McGuinty criticized the federal budget.", ["CAN"]),
    ("Michigan Governor Jennifer Granholm criticized the automakers.", ["USA"]),
]
NAME_WORDS = [  # a country's name as a person's given name or surname codes no country
    ("Michael Jordan criticized the decision.", [None]),
    ("Senator Jordan rejected the plan.", [None]),
    ("Representative Jim Jordan criticized the president.", [None]),
    ("Jordan rejected the plan.", ["JOR"]),
    ("Jane Smith, the Labour MEP for Southeast England, is calling for a United Nations "
     "investigation.", ["GBR"]),
    ("Many Pakistanis took to the streets to protest against the air strike.", ["PAK"]),
    ("King Abdullah of Jordan praised the deal.", ["JOR"]),
    ("The president of Chad accused Sudan of backing rebels.", ["TCD"]),
    ("The Iraq Study Group urged talks with Iran.", [None]),
    ("The Tibet Support Network condemned the arrests.", [None]),
    ("The Iraqi National Congress rejected the proposal.", ["IRQ"]),
]
UNIONS = [  # national unions and federations are no IGOs; their country is the one they name
    ("The National Union of Teachers called a strike over pay.", [None]),
    ("The Trades Union Congress condemned the cuts.", [None]),
    ("The Nigeria Labour Congress staged a general strike.", ["NGA"]),
    ("The American Civil Liberties Union criticized the ruling.", ["USA"]),
    ("The African Union condemned the coup in Mauritania.", ["IGO"]),
    ("The European Union imposed sanctions on Belarus.", ["IGO"]),
    ("NAFTA dismisses Mexican claims of trade violations", ["IGO"]),
]
PATIENTS = [  # victims, the released and the blamed of a passive do not act
    ("Two journalists were shot in Mogadishu.", []),
    ("Arar was freed from Syrian detainment in 2003.", ["SYR"]),
    ("Iran, Egypt, USA blamed in failure of treaty conference", []),
]
OFFICE_HOLDERS = [  # an official is not placed by the country named in what they say
    ('Foreign ministry spokesman Mark Regev apologized for the incident, saying: "If '
     'Egyptians were hit then we regret it."', [None]),
]

CATALOGUE = {
    "active_subject": ACTIVE_SUBJECT, "passive_by": PASSIVE_BY, "possessive": POSSESSIVE,
    "demonym_group": DEMONYM_GROUP, "sponsors_and_agents": SPONSORS_AND_AGENTS,
    "apposition": APPOSITION, "coordinated": COORDINATED,
    "reported_speech": REPORTED_SPEECH, "places_as_fighters": PLACES_AS_FIGHTERS,
    "states_and_capitals": STATES_AND_CAPITALS, "name_words": NAME_WORDS, "unions": UNIONS,
    "patients": PATIENTS, "office_holders": OFFICE_HOLDERS,
}


@pytest.mark.parametrize("construction,text,expected", [
    (name, text, expected) for name, cases in CATALOGUE.items() for text, expected in cases])
def test_source_actor_codes_by_construction(code, construction, text, expected):
    event = code(text)
    if expected:
        assert event is not None, (construction, text)
    assert sorted(sources(event), key=str) == sorted(expected, key=str), (
        construction, text, event and [(a.text, a.code, a.sector) for a in event.sources])


DOCUMENT_CASES = [  # the store: an office holder named without country takes the office the
    # document gives
    ("Sergei Ivanov is the defence minister of Russia. Ivanov criticised the plan on Monday "
     "for a missile shield in Poland.", "ACCUSE", ["RUS"]),
]


@pytest.mark.parametrize("text,category,expected", DOCUMENT_CASES)
def test_source_actor_codes_in_the_store(text, category, expected):
    from blocwatch import pipeline
    from blocwatch.records import RawDocument

    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
    events = [e for e in ex.events if e.extractor == CODER and e.category == category]
    assert events, (text, ex.events)
    assert [a.code for a in events[0].coded if a.role == "source"] == expected


# Twelfth round (issue 14, branch plover10): sentences of ../shared/corpus/news (read offsets)
# and sentences written in the same shapes; each case gives the source (code, sector) pairs.
SOURCE_SHAPES = {
    "former_office": [  # a body's office no longer held does not code its holder IGO
        ("Romano Prodi, former European Union Commission President and opponent of Berlusconi, "
         "was quick to criticize his use of the term.", [(None, None)]),
        ("Former NATO chief Javier Solana criticized the plan.", [(None, None)]),
        ("Former US President Bill Clinton urged Israel to resume talks.", [("USA", "ELI")]),
        # (an elite of his country since plover55: docs/plover.md item 62)
        ("UN chief Kofi Annan urged Kenya to end the violence.", [("IGO", None)]),
        ("The former Yugoslavia accused Albania of arming rebels.", [("YUG", None)]),
    ],
    "address_tail": [  # "<place>, <country>" after a locative preposition is an address
        ("Bomb blast near Mosul, Iraq kills at least 40", []),
        ("Police in Lagos, Nigeria arrested 20 protesters.", [("NGA", "COP")]),
    ],
    "treaty_town": [  # a town in a treaty's name is where it was signed, not a party
        ("The United States Bush administration and the Australian Howard Government have "
         "refused to ratify the Kyoto agreement, which pledges industrialised nations to cut "
         "carbon dioxide levels.", [("USA", "GOV"), ("AUS", "GOV")]),
        ("Russia has refused to ratify the Kyoto Protocol.", [("RUS", None)]),
    ],
    "private_bodies": [  # a demonym with a firm's, party's or society's word is not the state
        ("British Airways criticized the new tax.", [("GBR", "BUS")]),
        ("The Lebanese Red Cross demanded that Israel guarantee their safety through the United "
         "Nations.", [("LBN", "NGO")]),
        ("The Australian Greens, the Democrats and the Law Council accuse the Labor Party of "
         "selling out civil rights.", [("AUS", "PTY")]),
        ("Australian PM promises to assist Corby", [("AUS", "GOV")]),
    ],
    "labels_and_agencies": [  # an infobox label run into the sentence is no actor
        ("Israel-Lebanon conflict The human rights organisation Amnesty International has "
         "accused Israel of committing war crimes.", []),
        ("In Brasilia, Beira-Mar was interrogated by DEA agents.", [("USA", "COP")]),
    ],
}


@pytest.mark.parametrize("shape,text,expected", [
    (name, text, expected) for name, cases in SOURCE_SHAPES.items() for text, expected in cases])
def test_source_actor_shapes(code, shape, text, expected):
    event = code(text)
    got = [(a.code, a.sector) for a in event.sources] if event is not None else []
    assert got[:len(expected)] == expected and len(got) <= max(len(expected), 1) and (
        expected or not got), (shape, text, event and [(a.text, a.code, a.sector)
                                                      for a in event.sources])


def test_store_keeps_no_event_without_a_coded_source():
    """As PETRARCH and ICEWS: an event whose source has no code in the sentence or the
    document is not stored (a named person the document gives no country or office)."""
    from blocwatch import pipeline
    from blocwatch.records import RawDocument

    for text in ("Pradel blames the delays, in part, on the Organization of American States.",
                 # the country's name read as a person's name stays no country
                 "Representative Jim Jordan criticized the Mexican government on Tuesday."):
        ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
        assert not [e for e in ex.events if e.extractor == CODER], text


def test_store_does_not_place_a_named_state_body_by_its_target():
    """A named police force or committee without a country in its name is not placed by the
    country its act is aimed at (the Metropolitan Police by "Moscow")."""
    from blocwatch import pipeline
    from blocwatch.records import RawDocument

    text = ("Litvinenko's murder led to a lengthy investigation by the Metropolitan Police "
            "Service and additional specialist police forces following a trail of sites which "
            "had been contaminated with radiation, leading to Moscow.")
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
    coded = [(a.text, a.code) for e in ex.events if e.extractor == CODER for a in e.coded
             if a.role == "source" and "Metropolitan" in a.text]
    assert coded == [("the Metropolitan Police Service", None)]


SUBNATIONAL_AND_POSSESSED = [  # a state's name holding a country's name; the arrested
    ("New South Wales (NSW) and Victorian police conducted the raids, and both police chiefs "
     "have said that the action foiled a terrorist plot.", ["AUS"]),
    ("The protest was organised by the New South Wales Greens and was addressed by several "
     "speakers.", ["AUS"]),
    ("Following days of fire exchange with South Ossetian separatist units, Georgia launched an "
     "offensive against Tskhinvali.", ["GEO"]),
    ("Venezuela argued that Granda's arrest was illegal.", []),
    ("Colombia's arrest of Granda angered Venezuela.", ["COL"]),  # the of-phrase: arrested
]


@pytest.mark.parametrize("text,expected", SUBNATIONAL_AND_POSSESSED)
def test_subnational_names_and_possessed_detainees(code, text, expected):
    event = code(text)
    assert sources(event) == expected, (text, event and [(a.text, a.code) for a in event.sources])


# Fourteenth round (issue 14, branch plover14): where a place is, whose a body is, and a
# demonym shared by coordinated qualifiers; sentences of ../shared/corpus/news (read offsets,
# the judged offset-13 headline among them) and sentences written in the same shapes.
PLACES_BODIES_AND_QUALIFIERS = {
    "town_addresses": [  # "<town>, <state or province>" puts a gazetteer town in that country
        ("San Jose, CA, USA, city manager resigns amid Norcal investigation", ["USA"]),
        ("The mayor of London, Ontario criticized the federal government on Monday.", ["CAN"]),
        ("Police in Crawford, Texas arrested 12 protesters.", ["USA"]),
        ("Police in San Jose, Costa Rica arrested 12 protesters.", ["CRI"]),
        # a list of places is no address; "Georgia" alone may be the country
        ("Delegates from Brussels, Georgia and Ukraine criticized the plan.", [None]),
    ],
    "owned_bodies": [  # a body of one country, its country outside the tagged name, is no IGO
        ("Burundi's National Communications Council (CNC) had ordered the indefinite "
         "suspension of RPA on July 15th, claiming that its coverage of recent elections had "
         "been biased.", ["BDI"]),
        ("The 30A network website is reporting that the protest has been endorsed by the NSW "
         "Fire Brigade Employees' Union, the Maritime Union of Australia, the Australian "
         "Services Union, and the Construction, Forestry, Mining and Energy Union.", ["AUS"]),
        ("The Law Council of Australia criticized the proposed military trial of David Hicks.",
         ["AUS"]),
        ("The European Union criticized the proposed military trial of David Hicks.", ["IGO"]),
    ],
    "shared_country_word": [  # compass qualifiers sharing one demonym: a country each
        ("North and South Korean border guards exchange fire", ["PRK", "KOR"]),
        ("North and South Korea to hold second summit", ["PRK", "KOR"]),
        ("South African and Zimbabwean troops attacked the camp.", ["ZAF"]),
    ],
}


@pytest.mark.parametrize("construction,text,expected", [
    (name, text, expected) for name, cases in PLACES_BODIES_AND_QUALIFIERS.items()
    for text, expected in cases])
def test_fourteenth_round_addresses_owned_bodies_and_shared_country_words(
        code, construction, text, expected):
    event = code(text)
    assert event is not None, (construction, text)
    assert sorted(sources(event), key=str) == sorted(expected, key=str), (
        construction, text, [(a.text, a.code, a.sector) for a in event.sources])


def test_fourteenth_round_a_town_keeps_the_address_the_document_gives_it():
    """News gives a town's address once ("San Jose, California mayor …" in the lede); the
    town's later bare mentions are in that country, not the gazetteer's namesake (Costa
    Rica's capital)."""
    from blocwatch.nlp import load_pipeline
    from blocwatch.plover import code_doc

    doc = load_pipeline(Options().spacy_model)(
        "San Jose, California mayor Ron Gonzales was elected in 1998. San Jose officials "
        "criticized the plan on Monday.")
    second = [e for e in code_doc(doc) if e.trigger_start > doc.text.index("San Jose officials")]
    assert [a.code for e in second for a in e.sources] == ["USA"]

def _stored_sources(text: str, category: str) -> list[tuple[str | None, str | None]]:
    from blocwatch import pipeline
    from blocwatch.records import RawDocument

    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
    events = [e for e in ex.events if e.extractor == CODER and e.category == category]
    assert events, (text, ex.events)
    return [(a.code, a.sector) for a in events[0].coded if a.role == "source"]


class TestPersonCountryFromTheDocument:
    """A person's country comes from the document's statement of their office or nationality
    before a country word near the mention (issue 14, branch plover16, docs/plover.md item 23).
    Sentences of ../shared/corpus/news (read offsets), shortened to the mentions that matter."""

    def test_the_office_the_document_gives_beats_a_country_beside_the_name(self):
        text = ("Prime Minister Paul Martin has said there is no deadline, that Canada has not "
                "made a decision and will not until the matter has been debated. Martin's own "
                "party is on record opposing the installation of U.S. missiles in space or "
                "Canadian territory, so there were outcries from within the Liberal Party as "
                "well as from the opposition.")
        assert _stored_sources(text, "REJECT") == [("CAN", "PTY")]

    def test_a_country_in_another_mentions_war_name_does_not_replace_the_title_place(self):
        text = ("Republican Senator John McCain of Arizona has called for the White House to "
                "publicly disavow the use of harsh interrogation techniques. Senator McCain, a "
                "former Vietnam War era prisoner of war, has been one of the leading critics.")
        assert _stored_sources(text, "REQUEST") == [("USA", "LEG")]

    def test_a_war_named_by_a_country_is_no_nationality(self):
        text = ("Wikinews interviews 2020 US Libertarian Party presidential candidate Adam "
                "Kokesh. Adam Kokesh, an Iraq War veteran, activist, radio show host, and "
                "currently a candidate for president, spoke with Wikinews. Politically, Kokesh "
                "supported the 2008 and 2012 presidential campaigns of Ron Paul.")
        assert _stored_sources(text, "SUPPORT") == [("USA", "PTY")]

    def test_stated_country_is_the_one_country_of_all_the_phrases(self):
        from blocwatch import plover

        nlp = load_pipeline(Options().spacy_model)
        actors = plover.coder().actors
        doc = nlp("Cindy Sheehan, a prominent U.S. anti-war activist, appeared at a news "
                  "conference in Ottawa. Chinese Lieutenant General Zhang Qinsheng spoke.")
        sheehan = next(t for t in doc if t.text == "Sheehan")
        activist = next(t for t in doc if t.text == "activist")
        zhang = next(t for t in doc if t.text == "Qinsheng")
        assert actors.stated_country([sheehan, activist]) == "USA"
        assert actors.stated_country([zhang]) == "CHN"
        assert actors.stated_country([sheehan]) is None  # the bare name states nothing
        assert actors.stated_country([activist, zhang]) is None  # two countries: not stated


class TestNineteenthRoundFromDoersAndShadowPortfolios:
    """An event noun's from-phrase names its doer, and a shadow portfolio is the opposition
    (issue 14, branch plover19, docs/plover.md item 26). Sentences of ../shared/corpus/news
    (read rows) and of the judged read draws."""

    @pytest.mark.parametrize("text,expected", [
        ("The Armenians claim they were retaliating against missile attacks from Azerbaijan.",
         ["AZE"]),
        ("Some 200,000 had also sought safety in neighbouring Chad, but many of them were "
         "camped along a 600km stretch of the border and remain vulnerable to attacks from "
         "Sudan.", ["SDN"]),
        ("The NSW laws contrast with calls from the Australian Democrats in South Australia "
         "for a relaxation of anti-cannabis laws.", ["AUS"]),
    ])
    def test_an_event_nouns_from_phrase_names_its_doer(self, code, text, expected):
        assert sources(code(text)) == expected

    def test_a_nouns_own_modifier_still_names_the_doer_before_the_from_phrase(self, code):
        event = code("But since then continued Palestinian rocket attacks from Gaza, and "
                     "Israel's decision to build 300 homes in an Arab East Jerusalem "
                     "neighborhood known as Har Homa, have soured the atmosphere.")
        assert [a.text for a in event.sources] == ["continued Palestinian rocket attacks"]

    def test_a_recipient_verbs_object_keeps_its_own_rule(self, code):
        event = code("The plan has strong support from both sides of Parliament in Tasmania as "
                     "well as the Multicultural Council of Australia and the Australian National "
                     "Flag Association.")
        assert sorted(sources(event), key=str) == ["AUS", "AUS", None]
        assert not event.targets  # the givers are not also the ones given to

    def test_a_withdrawal_from_a_place_names_no_doer(self, code):
        event = code("The Israeli government believes that the withdrawal from the Gaza Strip "
                     "is vital for the security of the country, although the decision to "
                     "withdraw was very controversial, causing splits in Sharon's governing "
                     "Likud party.")
        assert event is not None and event.category == "RETREAT" and sources(event) == []

    def test_a_shadow_minister_is_the_opposition(self):
        text = ("Australian shadow minister for work, family, youth, and community, Tanya "
                "Plibersek, gave a speech today on poverty. Shadow Minister Plibersek strongly "
                "criticised the governments proposed industrial relations legislation.")
        assert _stored_sources(text, "ACCUSE") == [("AUS", "OPP")]

    @pytest.mark.parametrize("words,expected", [
        ("shadow foreign minister", "OPP"), ("Shadow Minister for Health", "OPP"),
        ("shadow environment minister", "OPP"), ("foreign minister", "GOV"),
        ("the shadow of the government", "GOV"),
    ])
    def test_sector_qualifiers_stop_at_a_determiner(self, words, expected):
        from blocwatch import plover

        assert plover.coder().actors.sector_of_words(words.split()) == expected


class TestTwentyThirdRoundSharedPatient:
    """A passive conjunct with no subject or agent of its own shares the subject of the active
    verb it is joined to, who underwent the act: no source (issue 14, branch plover23,
    docs/plover.md item 30; ``senses.shared_patient``). Sentences of ../shared/corpus/news
    (read rows; the first also in a judged offset draw)."""

    @staticmethod
    def _coded(text: str, trigger: str):
        from blocwatch.plover import code_doc

        events = code_doc(load_pipeline(Options().spacy_model)(text))
        return next(e for e in events if e.trigger == trigger)

    @pytest.mark.parametrize("text,trigger", [
        ("Specialist James Barker, a US Army soldier in the 502nd Infantry Regiment, pleaded "
         "guilty to raping a 14 year old Iraqi girl before murdering her and her family and was "
         "sentenced to life in prison.", "sentenced"),
        ("The suspects were under surveillance for several weeks and were detained after "
         "evidence emerged that \"violent actions\" were being planned.", "detained"),
        ("One of the deminers has already left the hospital and was repatriated to Belgium on "
         "Saturday.", "repatriated"),
        ("A critic of Russian President Vladimir Putin, Litvinenko had taken refuge in Britain "
         "and was murdered after he was fed the radioactive substance polonium-210.",
         "murdered"),
        ("Because of its drilling operations there, Turkey is already under EU sanctions, and "
         "was condemned in a joint statement by Egypt, Greece and Cyprus on October 8.",
         "condemned"),
    ])
    def test_the_shared_subject_of_a_passive_conjunct_is_no_source(self, text, trigger):
        assert not self._coded(text, trigger).sources

    @pytest.mark.parametrize("text,trigger,expected", [
        # the conjunct's own agent acts
        ("The Major was directly involved in the clashes with the government forces last May, "
         "and was later jailed by Portuguese troops for having in his possession dozens of "
         "weapons and explosives that he hadn't handed over to the Australian troops in charge "
         "of disarming the rebels.", "jailed for", ["PRT"]),
        # a passive head's agent is shared with its passive conjunct
        ("They said Saturday that as many as 100 Shi’ites were taken hostage by Sunni fighters, "
         "and were threatened with death in the town of al-Madain, near Baghdad.",
         "threatened", ["IRQ"]),
    ])
    def test_an_agent_still_acts(self, text, trigger, expected):
        assert sources(self._coded(text, trigger)) == expected

    def test_the_judged_barker_row_is_not_stored(self):
        text = ("Specialist James Barker, a US Army soldier in the 502nd Infantry Regiment, "
                "pleaded guilty to raping a 14 year old Iraqi girl before murdering her and her "
                "family and was sentenced to life in prison.")
        from blocwatch import pipeline
        from blocwatch.records import RawDocument

        ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
        assert not [e for e in ex.events if e.extractor == CODER and e.category == "SANCTION"]


class TestTwentySixthRoundWhereAPersonIs:
    """A country named where a person is (after "whilst in", the destination of their visit,
    trip or arrival) does not place them: the office the document gives codes them, or no
    code does (issue 14, branch plover26, docs/plover.md item 33). Sentences written for this
    test in the shapes of the read corpus."""

    @pytest.mark.parametrize("text", [
        "Prime Minister John Smith condemned the attack while in Pakistan.",
        "During his visit to Egypt, President Smith urged the government to release prisoners.",
        "Foreign Minister Smith arrived in Kenya on Monday and criticised the government.",
        "Prime Minister John Smith, visiting Japan, criticised the decision of the government.",
    ])
    def test_where_the_person_is_gives_no_code(self, code, text):
        assert sources(code(text)) == [None]

    @pytest.mark.parametrize("text,expected", [
        # a plain place of the act still places an office holder ("speaking in <capital>")
        ("Speaking in Canberra, Prime Minister Smith criticised the decision.", ["AUS"]),
        # another's visit is not where the source is
        ("The Interior Minister criticised the plan after a senior official raised the issue "
         "on a visit to Kenya.", ["KEN"]),
        # a town or region may be a visit at home: only a country's name is where one is
        ("Prime Minister Smith criticised the plan during a visit to a London school.",
         ["GBR"]),
    ])
    def test_other_places_still_place(self, code, text, expected):
        assert sources(code(text)) == expected

    def test_the_office_the_document_gives_codes_the_visitor(self):
        text = ("Jane Mensah is the president of Ghana. During her visit to Egypt, President "
                "Mensah urged the government to release the prisoners.")
        assert _stored_sources(text, "REQUEST") == [("GHA", "GOV")]

    def test_a_visitor_of_no_stated_country_is_not_stored(self):
        from blocwatch import pipeline
        from blocwatch.records import RawDocument

        text = "President Mensah urged the oil producers to raise their output whilst in Egypt."
        ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
        assert not [e for e in ex.events if e.extractor == CODER and e.category == "REQUEST"]

    @staticmethod
    def _held(text: str) -> set[tuple[str, str, str]]:
        from blocwatch import pipeline
        from blocwatch.records import RawDocument

        ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
        names = {e.local_id: e.name for e in ex.entities}
        return {(names.get(c.subject), c.role, names.get(c.object)) for c in ex.claims
                if c.predicate == "holds_position"}

    def test_the_headline_country_the_subject_is_in_is_not_their_office(self):
        text = ("Mensah urges oil producers to raise output whilst in Egypt\n\n"
                "President Mensah is calling on the major oil-producing countries to increase "
                "their output. President Mensah is publicly urging the producers to act, and he "
                "is doing it while in the region's largest oil producing country.")
        assert not {h for h in self._held(text) if h[2] == "Egypt"}

    def test_the_host_of_a_headline_visit_keeps_the_story_country(self):
        text = ("Mensah to visit Egypt\n\n"
                "Mensah will travel next week, officials said. President Hassan Farouk will "
                "welcome the guest at the airport, and the two will talk about trade.")
        assert ("Hassan Farouk", "President", "Egypt") in self._held(text)


class TestTwentySeventhRoundController:
    """An infinitive complement with no subject of its own is done by the governing verb's
    object (or the passive governor's subject), not by the governing subject, whose act is
    only the governing verb (issue 14, branch plover27, docs/plover.md item 34;
    ``senses.controller``). Sentences written for this test."""

    @staticmethod
    def _coded(text: str, trigger: str):
        from blocwatch.plover import code_doc

        events = code_doc(load_pipeline(Options().spacy_model)(text))
        return next(e for e in events if e.trigger == trigger)

    @pytest.mark.parametrize("text,trigger,expected", [
        # the governing verb's object does what the complement tells
        ("The United Nations forced Ethiopia to withdraw its troops from Somalia.",
         "withdraw troops", ["ETH"]),
        ("The United States helped the Iraqi army to retake the town.", "retake", ["IRQ"]),
        ("Reports of civilian deaths prompted the Kenyan government to launch an inquiry.",
         "inquiry", ["KEN"]),
        # a passive governor's subject does it, not its by-phrase
        ("Sudanese troops were forced to open fire on the crowd.", "open fire", ["SDN"]),
        ("Two Kenyan ministers were reported by state media to have visited the refugee camp.",
         "visited", ["KEN"]),
    ])
    def test_the_controller_does_the_governed_act(self, text, trigger, expected):
        assert sources(self._coded(text, trigger)) == expected

    @pytest.mark.parametrize("text,trigger,expected", [
        # the governing subject still makes the request itself
        ("Kenya called on Somalia to release the hostages.", "called on", ["KEN"]),
        ("Sudan pressured the rebels to sign the peace agreement.", "pressured", ["SDN"]),
        # a reflexive object and a companion are the governing subject again
        ("Israel committed itself to withdraw from the town.", "committed", ["ISR"]),
        ("Bolivia's president joined the protesters to oppose the US plan.", "oppose", ["BOL"]),
        # a call (not a call on) is the caller's: "called her rival to congratulate him"
        ("Kenya's president called Uganda's president to congratulate him on his victory.",
         "congratulate", ["KEN"]),
    ])
    def test_the_governing_subject_keeps_its_own_acts(self, text, trigger, expected):
        assert sources(self._coded(text, trigger)) == expected

    def test_a_finite_verb_joined_to_a_modal_complement_is_the_governors(self):
        text = ("The Kenyan foreign minister predicted Uganda would lose the war and urged the "
                "rebels to surrender.")
        assert sources(self._coded(text, "urged")) == ["KEN"]

    def test_a_complement_without_an_infinitive_names_no_controller(self):
        text = "A Ugandan journalist was found shot dead at her home in Kampala."
        assert not self._coded(text, "shot").sources


class TestThirtyFirstRoundHeadlinePassive:
    """A headline's verb in a past form with no auxiliary, object or complement is a passive
    participle of any verb, not only of the listed patient verbs: its subject underwent the
    act and is no source (issue 14, branch plover31, docs/plover.md item 38;
    ``senses.headline_passive``). Sentences written for this test."""

    @staticmethod
    def _coded(text: str, trigger: str):
        from blocwatch.plover import code_doc

        events = code_doc(load_pipeline(Options().spacy_model)(text))
        return next(e for e in events if e.trigger == trigger)

    @pytest.mark.parametrize("text,trigger,patient", [
        ("Kenyan aid workers airlifted to Nairobi", "airlifted", "KEN"),
        ("Ethiopian delegation blocked at Sudanese border", "blocked", "ETH"),
        ("Tanzanian embassy vandalised in Nairobi", "vandalised", "TZA"),
    ])
    def test_the_headline_subject_underwent_the_act(self, text, trigger, patient):
        event = self._coded(text, trigger)
        assert sources(event) == []
        assert patient in [a.code for a in event.targets]

    @pytest.mark.parametrize("text,trigger,expected", [
        # a headline in the present tense is active
        ("Kenya expels Somali diplomats", "expels diplomats", ["KEN"]),
        # a past form with an object, or with a complement of its own, is active
        ("Ugandan troops attacked rebel camp in Congo", "attacked", ["UGA"]),
        ("Ugandan minister refused to meet rebel leaders", "refused", ["UGA"]),
        # reported under a speech verb, and a full sentence, are no headline's participle
        ("Kenya says its police fired on Somali smugglers", "fired", ["KEN"]),
        ("Kenyan troops fired on protesters in Nairobi.", "fired", ["KEN"]),
    ])
    def test_active_past_forms_keep_their_subject(self, text, trigger, expected):
        assert sources(self._coded(text, trigger)) == expected


class TestPlover45HandledActs:
    """An act named by a noun whose nearest verb only confirms, handles or prevents it
    (``senses.handling_verbs``) is not that verb's subject's act: the noun's own actor acts, or
    no one is named (issue 14, branch plover45, docs/plover.md item 52). A confirmer of a kind
    that does such acts, or a party to confirmed talks, keeps its act; so do performing light
    verbs and a clause with a subject of its own. Sentences written for this test."""

    @staticmethod
    def _coded(text: str, trigger: str):
        from blocwatch.plover import code_doc

        events = code_doc(load_pipeline(Options().spacy_model)(text))
        return next(e for e in events if e.trigger == trigger)

    @pytest.mark.parametrize("text,trigger", [
        # confirming: a government vouches for another's act
        ("The Bulgarian Prime Minister confirmed the kidnapping on Tuesday morning.",
         "kidnapping"),
        ("A Nepalese government spokesman confirmed the seizure of the town.", "seizure"),
        # handling: the government or the police bring another's act under control
        ("The Kenyan government struggled to contain unrest in Mombasa.", "unrest"),
        ("Chilean police used tear gas and water cannons to quell the protests.", "protests"),
        ("Riot police broke up the protest outside the Kenyan parliament.", "protest"),
        # preventing: an act foiled or repelled is another's, if done at all
        ("Indian police thwarted a bomb attack on the temple.", "attack"),
        ("Nepalese soldiers repelled an assault on their base.", "assault"),
    ])
    def test_the_handler_is_no_source(self, text, trigger):
        assert sources(self._coded(text, trigger)) == []

    @pytest.mark.parametrize("text,trigger,expected", [
        # the noun's own actor acts
        ("Kenyan soldiers repelled an attack by Somali militants.", "attack", ["SOM"]),
        ("Israeli police quelled Palestinian riots in Jerusalem.", "riots", ["PSE"]),
        # a confirmer of a kind that does such acts vouches for its own act
        ("The Kenyan army confirmed the air strike on the camp.", "air strike", ["KEN"]),
        ("A spokesman for the Ethiopian military confirmed the attack.", "attack", ["ETH"]),
        # a party confirms the talks it holds
        ("The Kenyan foreign minister confirmed talks with Somali leaders.", "talks", ["KEN"]),
        # a clause with a subject of its own, and a performing light verb, act
        ("Officials confirmed that Ugandan troops carried out the raid.", "raid", ["UGA"]),
        ("Officials confirmed that the raid was carried out by Ugandan troops.", "raid",
         ["UGA"]),
    ])
    def test_the_act_keeps_its_doer(self, text, trigger, expected):
        assert sources(self._coded(text, trigger)) == expected

    def test_the_verb_groups_load_without_performing_light_verbs(self):
        from blocwatch.plover import lexicon

        sen = lexicon().extra["senses"]
        assert {"see", "describe", "investigate", "probe"} <= sen["patient_light_verbs"]
        assert {"confirm", "contain", "quell", "thwart", "break up"} <= sen["handling_verbs"]
        performing = {"carry", "launch", "stage", "conduct", "commit", "mount", "wage", "hold"}
        assert not performing & (sen["patient_light_verbs"] | sen["handling_verbs"])
        assert "MIL" in sen["confirmers_who_act"]["sectors"]


class TestPlover46NationalNGOs:
    """A group named by a non-governmental word (association, foundation, charity, Red Cross)
    whose name gives one country is that country's group, as CAMEO codes a national NGO, and
    as a one-country union or congress already is (``UNIONS``): "the Restaurants Association
    of Ireland" is IRL, not the transnational NGO code. A name that gives no country, or words
    of several nations, stays NGO (issue 14, branch plover46, docs/plover.md item 53).
    Sentences written for this test."""

    @pytest.mark.parametrize("text,expected", [
        ("The Restaurants Association of Ireland criticised the decision.", ["IRL"]),
        ("The Bar Association of Kenya condemned the arrests of the lawyers.", ["KEN"]),
        ("The Hotel Association of Nepal criticized the strike.", ["NPL"]),
    ])
    def test_a_name_of_one_country_is_that_country(self, code, text, expected):
        assert sources(code(text)) == expected

    @pytest.mark.parametrize("text", [
        "The National Rifle Association criticized the bill.",
        "Amnesty International condemned the executions in Tehran.",
        "The International Association of Jurists condemned the arrests in Nairobi.",
    ])
    def test_a_name_of_no_country_or_of_several_stays_ngo(self, code, text):
        assert sources(code(text)) == ["NGO"]


class TestPlover46RegionsOfCountries:
    """A direction word right before a country's name and outside it ("south Thailand",
    "northern Iraq"; ``senses.where_regions``) makes it a region, which says where an event
    noun happened, as a town does, never who did it; a country's name alone, or a demonym,
    before the noun still acts ("US air strike"), and so does a name that holds the direction
    word ("South Korea") (issue 14, branch plover46, docs/plover.md item 53). Sentences
    written for this test."""

    @staticmethod
    def _coded(text: str, trigger: str):
        from blocwatch.plover import code_doc

        events = code_doc(load_pipeline(Options().spacy_model)(text))
        return next((e for e in events if e.trigger == trigger), None)

    @pytest.mark.parametrize("text,trigger", [
        ("Five dead in northern Iraq ambush", "ambush"),
        ("Three injured in south Philippines bombing", "bombing"),
    ])
    def test_a_region_of_a_country_is_where(self, text, trigger):
        assert sources(self._coded(text, trigger)) == []

    @pytest.mark.parametrize("text,trigger,expected", [
        ("US air strike kills 12 in Somalia", "kills", ["USA"]),
        ("Israeli air raid kills three in Gaza", "kills", ["ISR"]),
        ("South Korea raid on the border post kills two", "kills", ["KOR"]),
    ])
    def test_a_country_or_its_people_still_act(self, text, trigger, expected):
        assert sources(self._coded(text, trigger)) == expected


class TestPlover49GroupOffices:
    """The office a party, an opposition or an armed group gives its own people ("leader",
    "chairman", "spokesman"; ``actors.group_offices``) qualified by the group just before it or
    in its of-phrase is the group's sector (REB, OPP, PTY), never GOV; the state's own party
    ("the ruling party") and a state's leader stay GOV. A person's family name that spells a
    sector word is no title (issue 14, branch plover49, docs/plover.md item 56). Sentences
    written for this test."""

    @staticmethod
    def _sources(code, text: str) -> list[tuple[str | None, str | None]]:
        event = code(text)
        return [(a.code, a.sector) for a in event.sources] if event is not None else []

    @pytest.mark.parametrize("text,expected", [
        ("The Sudanese rebel leader accused the army of attacks.", [("SDN", "REB")]),
        ("Hamas's spokesman condemned the attack.", [("PSE", "REB")]),
        ("The leader of Hamas rejected the offer.", [("PSE", "REB")]),
        ("The Australian Greens leader criticised the bill.", [("AUS", "PTY")]),
        ("The opposition party chairman criticized the president.", [(None, "OPP")]),
    ])
    def test_a_groups_office_is_the_groups_sector(self, code, text, expected):
        assert self._sources(code, text) == expected

    @pytest.mark.parametrize("text,expected", [
        ("The ruling party leader rejected the offer.", [(None, "GOV")]),
        ("Government spokesman Ali Hassan rejected the proposal.", [(None, "GOV")]),
        ("The Turkish leader condemned the attack.", [("TUR", "GOV")]),
    ])
    def test_the_states_own_offices_stay_government(self, code, text, expected):
        assert self._sources(code, text) == expected

    def test_a_family_name_is_no_sector_word(self, code):
        assert self._sources(code, "British ambassador John Farmer apologised.") == [
            ("GBR", "GOV")]

    @pytest.mark.parametrize("role,body,expected", [
        ("leader", "Movement for Democratic Change", "OPP"),
        ("spokesman", "Hamas", "REB"),
        ("leader", "Labour Party", "PTY"),
        ("leader", "ruling party", "GOV"),
        ("President", "Zimbabwe", "GOV"),
        ("foreign minister", "Hamas", "GOV"),
    ])
    def test_an_office_the_document_gives_in_a_group(self, role, body, expected):
        from blocwatch import plover

        assert plover.coder().actors.office_sector(role.split(), body) == expected


class TestPlover55FormerOfficeHolders:
    """A state office the phrase says is no longer held (former, ex-, erstwhile, deposed,
    ousted, retired …; ``actors.former_elites``) makes its holder an elite of the country, ELI,
    as the CAMEO actor codebook codes former officials; the office held now, a group's office
    and a former country ("the former Yugoslavia") keep their sectors (issue 14, branch
    plover55, docs/plover.md item 62). Sentences written for this test."""

    @staticmethod
    def _sources(code, text: str) -> list[tuple[str | None, str | None]]:
        event = code(text)
        return [(a.code, a.sector) for a in event.sources] if event is not None else []

    @pytest.mark.parametrize("text,expected", [
        ("Former Kenyan President Daniel Otieno criticized the new constitution.",
         [("KEN", "ELI")]),
        ("The deposed Iraqi president accused the court of bias.", [("IRQ", "ELI")]),
        ("Ex-Prime Minister Somchai Wattana condemned the Thai army.", [("THA", "ELI")]),
        ("Former US Senator John Miller endorsed the governor.", [("USA", "ELI")]),
        ("A retired Egyptian judge criticized the government.", [("EGY", "ELI")]),
    ])
    def test_an_office_no_longer_held_is_an_elite(self, code, text, expected):
        assert self._sources(code, text) == expected

    @pytest.mark.parametrize("text,expected", [
        ("The Kenyan president criticized the new constitution.", [("KEN", "GOV")]),
        ("Former Iraqi soldiers attacked a police station.", [("IRQ", "MIL")]),
        ("The former Yugoslavia accused Albania of arming rebels.", [("YUG", None)]),
        ("The bill was vetoed by the former Labour government led by the prime minister.",
         [(None, "GOV")]),
    ])
    def test_offices_held_and_other_sectors_stay(self, code, text, expected):
        assert self._sources(code, text) == expected

    @staticmethod
    def _document_sources(text: str, actor: str = "Otieno"
                          ) -> list[tuple[str, str | None, str | None]]:
        from blocwatch import pipeline
        from blocwatch.records import Extraction, RawDocument

        doc = RawDocument(source_path="former.txt", source_key="former.txt", text=text,
                          media_type="text/plain")
        out = []
        for ex in pipeline.extract_batch([doc], Options(), keep_docs=False):
            assert isinstance(ex, Extraction)
            out += [(ev.category, a.code, a.sector) for ev in ex.events if ev.extractor == CODER
                    for a in ev.coded if a.role == "source" and a.text.endswith(actor)]
        return out

    def test_a_former_office_the_document_gives_is_an_elite(self):
        assert self._document_sources(
            "Kenya opposition rally\n\nNAIROBI, March 3, 2008 - Daniel Otieno, the former "
            "president of Kenya, met reporters on Monday. Otieno criticized the government "
            "for the arrests.") == [("ACCUSE", "KEN", "ELI")]

    def test_a_resignation_is_done_in_office(self):
        assert self._document_sources(
            "Minister quits\n\nNAIROBI, March 3, 2008 - Daniel Otieno, the former foreign "
            "minister of Kenya, spoke on Monday. Otieno resigned after the protests last "
            "week.") == [("RETREAT", "KEN", None)]

    @pytest.mark.parametrize("text,expected", [
        ("Premier quits\n\nNAIROBI, March 3, 2008 - The former Kenyan prime minister "
         "resigned on Monday after weeks of protests.", [("RETREAT", "KEN", "GOV")]),
        ("Network shut\n\nMANILA, March 3, 2008 - In 1972, former Philippine President "
         "Ramon Castillo ordered the arrest of opposition leaders.", [("COERCE", "PHL", "GOV")]),
    ])
    def test_an_act_done_in_office_keeps_the_office(self, text, expected):
        from blocwatch import pipeline
        from blocwatch.records import Extraction, RawDocument

        doc = RawDocument(source_path="resign.txt", source_key="resign.txt", text=text,
                          media_type="text/plain")
        found = [(ev.category, a.code, a.sector)
                 for ex in pipeline.extract_batch([doc], Options(), keep_docs=False)
                 if isinstance(ex, Extraction) for ev in ex.events if ev.extractor == CODER
                 for a in ev.coded if a.role == "source"]
        assert found == expected

    def test_a_persons_supporters_are_no_elite(self):
        assert self._document_sources(
            "Kenya rally\n\nNAIROBI, March 3, 2008 - Daniel Otieno, the former president of "
            "Kenya, met reporters on Monday. Thousands of Otieno's supporters have been "
            "rallying in Nairobi for weeks demanding a recount.", "Otieno's supporters") == [
            ("PROTEST", "KEN", None)]


class TestPlover56DatelinesAndApposedOffices:
    """A wire dateline heading the text ("MANILA, March 3, 2008 -", "WASHINGTON (Reuters) -";
    ``dates.dateline_heads``) is where the story was filed, never the source or target of the
    sentence it opens; an office apposed to a person's name gives the sector it gives before
    the name (``actors.apposed_offices``; issue 14, branch plover56, docs/plover.md item 63).
    Sentences written for this test."""

    @staticmethod
    def _events(text: str) -> list[tuple[str, list[tuple[str, str | None, str | None]]]]:
        from blocwatch import pipeline
        from blocwatch.records import Extraction, RawDocument

        doc = RawDocument(source_path="wire.txt", source_key="wire.txt", text=text,
                          media_type="text/plain")
        return [(ev.category, [(a.text, a.code, a.sector) for a in ev.coded if a.role == "source"])
                for ex in pipeline.extract_batch([doc], Options(), keep_docs=False)
                if isinstance(ex, Extraction) for ev in ex.events if ev.extractor == CODER]

    @pytest.mark.parametrize("text,expected", [
        ("MANILA, March 3, 2008 - President", "MANILA, March 3, 2008 -"),
        ("Raid\n\nWASHINGTON (Reuters) - The", "WASHINGTON (Reuters) -"),
        ("KABUL, Afghanistan (AP) -- Afghan", "KABUL, Afghanistan (AP) --"),
        ("LONDON, Jan 5 — Police", "LONDON, Jan 5 —"),
        ("February 22, 2005 OTTAWA - The", "February 22, 2005 OTTAWA -"),
        ("Lima – The", "Lima –"),
    ])
    def test_dateline_heads_are_found_with_or_without_a_date(self, text, expected):
        from blocwatch.dates import dateline_heads

        assert [text[a:b].strip() for a, b in dateline_heads(text)] == [expected]

    @pytest.mark.parametrize("text", ["Iran - US talks collapse", "Hamas - the group said",
                                      "Nairobi - The capital"])
    def test_a_title_case_place_with_no_date_or_outlet_is_no_dateline(self, text):
        from blocwatch.dates import dateline_heads

        assert dateline_heads(text) == []

    @pytest.mark.parametrize("text", [
        "Kenya talks\n\nNAIROBI, March 3, 2008 - Kenya accused Uganda of arming the rebels "
        "on Monday.",
        "Kenya talks\n\nNAIROBI (Reuters) - Kenya accused Uganda of arming the rebels on "
        "Monday.",
    ])
    def test_a_dateline_is_no_source(self, text):
        events = self._events(text)
        assert ("ACCUSE", [("Kenya", "KEN", None)]) in events
        assert not any("NAIROBI" in s[0] for _, sources in events for s in sources)

    def test_a_dateline_is_no_source_even_when_the_parse_makes_it_the_subject(self):
        events = self._events("Kenya talks\n\nNAIROBI, March 3, 2008 - Police arrested three "
                              "Ugandan men on Monday.")
        assert not any("NAIROBI" in s[0] for _, sources in events for s in sources)

    @pytest.mark.parametrize("text,expected", [
        ("Kenya talks\n\nDaniel Otieno, the former President of Kenya, criticized the Ugandan "
         "government on Monday.", ("KEN", "ELI")),
        ("Kenya talks\n\nJohn Miller, the British foreign minister, criticized the Ugandan "
         "government on Monday.", ("GBR", "GOV")),
    ])
    def test_an_apposed_office_gives_the_sector(self, text, expected):
        sources = [s[1:] for cat, found in self._events(text) if cat == "ACCUSE" for s in found]
        assert sources == [expected]

    def test_an_apposed_office_for_a_body_gives_the_bodys_sector(self, code):
        event = code("Major Ali Khan, a spokesperson for the Pakistani military, criticized "
                     "the United States.")
        assert [(a.code, a.sector) for a in event.sources] == [("PAK", "MIL")]

    def test_an_apposed_relation_is_no_office(self):
        sources = [s[1:] for cat, found in self._events(
            "Kenya talks\n\nJohn Miller, the son of the British foreign minister, criticized the "
            "Ugandan government on Monday.") if cat == "ACCUSE" for s in found]
        assert all(sector is None for _, sector in sources)

    @pytest.mark.parametrize("text,expected", [
        ("Colombian guerrilla commander Pedro Alvarez attacked an army post.", ("COL", "REB")),
        ("A Colombian army commander attacked the rebel camp.", ("COL", "MIL")),
    ])
    def test_an_armed_groups_commander_is_not_the_states_military(self, code, text, expected):
        event = code(text)
        assert [(a.code, a.sector) for a in event.sources] == [expected]



class TestPlover63AddressedMessagesAndWarsNamed:
    """A participle hung on the addressee of a message ("sent a letter to the South African
    government requesting …": ``senses.addressed_messages``) is done by the message's sender;
    a country that names a war inside a person's or group's phrase ("Iraq war veterans",
    "Vietnam War veteran X") is where they served, not their state (issue 14, branch
    plover63, docs/plover.md item 69). Sentences written for this test."""

    @pytest.mark.parametrize("text,expected", [
        ("Kenyan Foreign Minister Daniel Otieno has sent a letter to the Ugandan government "
         "requesting a full explanation for the incident.", "KEN"),
        ("Chile sent a letter to the Peruvian government, accusing it of spying.", "CHL"),
    ])
    def test_a_participle_on_a_messages_addressee_is_the_senders_act(self, code, text,
                                                                       expected):
        event = code(text)
        assert event is not None
        assert [a.code for a in event.sources] == [expected]

    @pytest.mark.parametrize("text", [
        "An Iraq War veteran accused the Pentagon of neglect.",
        "Vietnam War veteran John Smith criticized the decision.",
        "Afghan war veterans accused the ministry of neglect.",
    ])
    def test_a_war_named_by_a_country_gives_no_country(self, code, text):
        event = code(text)
        assert event is not None
        assert all(a.code not in ("IRQ", "VNM", "AFG") for a in event.sources), text

    def test_a_war_itself_keeps_its_country(self, code):
        event = code("Iraqi troops attacked Kurdish rebels in the north.")
        assert [a.code for a in event.sources] == ["IRQ"]


class TestPlover70OrganisationNamesAreNotTheState:
    """The head noun of an organisation's name decides its sector; a country word inside the
    name places it but does not make it the state (``actors.organization_heads``; issue 14,
    branch plover70, docs/plover.md item 75). Sentences written for this test."""

    @pytest.mark.parametrize("text,expected", [
        ("The Egyptian Observatory for Press Freedom criticized the ministry on Monday.",
         ("EGY", "NGO")),
        ("The Canadian Chess Federation suspended the grandmaster for a year.", ("CAN", "NGO")),
        ("The Kenyan Wildlife Society accused the ministry of negligence.", ("KEN", "NGO")),
        ("The Nigerian Confederation of Trade Unions accused the ministry of lying.",
         ("NGA", "LAB")),
    ])
    def test_a_named_ngo_with_a_country_word_is_its_country_and_ngo(self, code, text,
                                                                      expected):
        event = code(text)
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [expected]

    def test_an_international_federation_of_a_profession_is_no_igo(self, code):
        event = code("The International Federation of Nurses condemned the arrests in Harare.")
        assert event is not None
        assert [a.code for a in event.sources] == ["NGO"]

    @pytest.mark.parametrize("text,expected", [
        ("The Ogaden National Liberation Army attacked an Ethiopian convoy.", "REB"),
        ("The Karen Resistance Army ambushed a government patrol.", "REB"),
        ("The Ethiopian Army attacked a rebel camp near the border.", "MIL"),
        ("The People's Liberation Army held exercises near Taiwan.", "MIL"),
    ])
    def test_an_armed_name_so_qualified_is_a_non_state_group(self, code, text, expected):
        event = code(text)
        assert event is not None
        assert [a.sector for a in event.sources][:1] == [expected]

    def test_a_council_of_resistance_is_the_opposition(self, code):
        event = code("The National Council of Resistance of Syria denied any role in the "
                     "bombing.")
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [("SYR", "OPP")]

    @pytest.mark.parametrize("text,expected", [
        ("The International Atomic Energy Agency criticized Iran.", ("IGO", None)),
        ("The Russian Federation rejected the proposal.", ("RUS", None)),
        ("The African Union condemned the coup.", ("IGO", None)),
    ])
    def test_intergovernmental_bodies_and_states_keep_their_codes(self, code, text, expected):
        event = code(text)
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [expected]


class TestPlover85PortfoliosSuicideBombersAndCivilGenerals:
    """A portfolio's demonym is its subject ("Indian Affairs Minister"), a suicide bomber is no
    warplane, an Attorney General no general (``actors.portfolio_nouns``,
    ``actors.attacker_people``, ``actors.civil_generals``; issue 14, branch plover85,
    docs/plover.md item 89). Sentences written for this test."""

    @pytest.mark.parametrize("text", [
        "Indian Affairs Minister Tom Baker refused to meet the chiefs.",
        "The Senate Indian Affairs Committee criticized the lobbyist.",
        "The Assistant Secretary of State for African Affairs criticized the government.",
    ])
    def test_a_portfolio_demonym_is_no_country(self, code, text):
        event = code(text)
        assert event is not None
        assert [a.code for a in event.sources] in ([None], [])
        assert all(a.code not in ("IND", "ZAF", "CAF") for a in event.sources)

    def test_affairs_of_a_country_keep_their_country(self, code):
        event = code("Syria rejected any interference in Lebanese affairs, officials said.")
        assert event is None or "SYR" in [a.code for a in event.sources]

    @pytest.mark.parametrize("text,expected", [
        ("An Iraqi suicide bomber killed 20 people at a market.", ("IRQ", "REB")),
        ("Two Afghan suicide attackers attacked a police station.", ("AFG", "REB")),
        ("Israeli bombers attacked a convoy near the border.", ("ISR", "MIL")),
    ])
    def test_a_suicide_bomber_is_no_military(self, code, text, expected):
        event = code(text)
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [expected]

    @pytest.mark.parametrize("text,expected", [
        ("U.S. Attorney General Tom Baker resigned on Monday.", ("USA", "GOV")),
        ("The New Zealand Solicitor-General criticized the police.", ("NZL", "GOV")),
        ("Australian General Tom Baker ordered the troops to withdraw.", ("AUS", "MIL")),
    ])
    def test_a_civil_office_general_is_no_military_rank(self, code, text, expected):
        event = code(text)
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [expected]


class TestPlover92GroupWingsAndRaisedPassives:
    """A named group's armed wing acts for the group ("Hamas military spokesman", "Mahdi Army
    leader": ``actors.named_group_wings``), and the noun a passive infinitive is said of
    underwent the act, its reporter did not do it ("forces reported to have been killed":
    ``senses.raised_patients`` RAISED_PASSIVE; issue 14, branch plover92, docs/plover.md, the
    last numbered item). Sentences written for this test."""

    @pytest.mark.parametrize("text,expected", [
        ("Hamas military spokesman Abu Karim threatened to attack Israel.", ("PSE", "REB")),
        ("Mahdi Army leader Ali Hassan called for a general strike.", ("IRQ", "REB")),
        ("Hezbollah military commander Ali Hassan ordered the attack on Israel.",
         ("LBN", "REB")),
    ])
    def test_a_named_groups_wing_is_the_groups_sector(self, code, text, expected):
        event = code(text)
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [expected]

    @pytest.mark.parametrize("text,expected", [
        ("Iraqi Army commander Ali Hassan ordered the attack on the militants.", ("IRQ", "MIL")),
        ("Israeli military spokesman Tom Baker criticized Hamas.", ("ISR", "GOV")),
    ])
    def test_a_states_army_keeps_its_sector(self, code, text, expected):
        event = code(text)
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [expected]

    @pytest.mark.parametrize("text", [
        "The town saw a major battle in 2003, with several hundred Iraqi forces reported to have"
        " been killed in fierce fighting.",
        "Although the Burmese government reports only ten monks to have been killed, other"
        " reports say the toll is in the thousands.",
    ])
    def test_the_noun_of_a_raised_passive_is_no_source(self, code, text):
        event = code(text)
        assert event is None or event.actor_rule == "RAISED_PASSIVE" and not event.sources

    @pytest.mark.parametrize("text,expected", [
        ("The Iraqi army is reported to have killed ten insurgents.", "IRQ"),
        ("Five militants were reported to have been killed by Pakistani troops.", "PAK"),
    ])
    def test_an_active_infinitive_or_an_agent_keeps_its_doer(self, code, text, expected):
        event = code(text)
        assert event is not None
        assert expected in [a.code for a in event.sources]

    def test_a_raised_passive_retreat_keeps_its_subject(self, code):
        # a withdrawal under way: plover90's PASSIVE_INFINITIVE leaves a future "are going to be
        # withdrawn" uncoded, so the raised passive here is one of aspect
        event = code("More than 5,000 U.S. soldiers began to be withdrawn from the country last"
                     " month.")
        assert event is not None
        assert [a.code for a in event.sources] == ["USA"]


class TestPlover99LegislativeOfficesAndRightsBodies:
    """A legislature's own leaders and members are LEG, not GOV: the majority and minority
    leaders and whips, congressmen, the Speaker of the House, and a government office qualified
    by a chamber ("Senate Democratic Leader", "congressional leaders"; ``actors.
    legislative_offices``), and a union or league named for rights or civil liberties is an NGO
    (``actors.rights_bodies``; issue 14, branch plover99, docs/plover.md, the round plover99
    item). Sentences written for this test."""

    @pytest.mark.parametrize("text,expected", [
        ("U.S. Senate Minority Leader Tom Baker criticized the stimulus plan.", ("USA", "LEG")),
        ("U.S. House Majority Leader Tom Baker criticized the Pentagon.", ("USA", "LEG")),
        ("U.S. Congressman Tom Baker criticized the Pentagon.", ("USA", "LEG")),
        ("Senate Democratic Leader Tom Baker criticized the Pentagon.", ("USA", "LEG")),
        ("Iraqi parliamentary leader Ali Hassan criticized the government.", ("IRQ", "LEG")),
    ])
    def test_a_legislative_office_is_leg(self, code, text, expected):
        event = code(text)
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [expected]

    @pytest.mark.parametrize("text,expected", [
        ("White House spokesman Tom Baker criticized the Senate.", ("USA", "GOV")),
        ("Iraqi President Ali Hassan criticized the parliament.", ("IRQ", "GOV")),
    ])
    def test_an_executive_office_stays_gov(self, code, text, expected):
        event = code(text)
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [expected]

    @pytest.mark.parametrize("text,expected", [
        ("The American Civil Liberties Union criticized the Pentagon.", ("USA", "NGO")),
        ("The Tunisian Human Rights League criticized the government.", ("TUN", "NGO")),
    ])
    def test_a_rights_union_or_league_is_an_ngo(self, code, text, expected):
        # ``actors.rights_bodies``: a union named for civil liberties is no trade union
        event = code(text)
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [expected]

    def test_a_trade_union_stays_labour(self, code):
        event = code("The Nigerian Labour Union criticized the government.")
        assert event is not None
        assert [(a.code, a.sector) for a in event.sources] == [("NGA", "LAB")]


class TestPlover108FormerTitleOnTheName:
    """A qualifier of an office no longer held that the parse hangs on the holder's name, the
    title a compound of the name between them ("former Vice-President X", "Former Rhode Island
    Senator X"), and an intelligence agency's office no longer held ("a former CIA agent") make
    an elite of the country, ELI (``actors.former_elites``; issue 14, branch plover108,
    docs/plover.md, the plover108 item). Sentences written for this test."""

    @staticmethod
    def _sources(code, text: str) -> list[tuple[str | None, str | None]]:
        event = code(text)
        return [(a.code, a.sector) for a in event.sources] if event is not None else []

    @pytest.mark.parametrize("text,expected", [
        ("Former Vice-President Tom Harlow today announced his support for the candidate.",
         [(None, "ELI")]),
        ("Iraq's former Vice-President Adil Karim refused to accept the verdict.",
         [("IRQ", "ELI")]),
        ("Former Rhode Island Senator Lincoln Hendry endorsed Barack Obama in his bid for the "
         "White House.", [("USA", "ELI")]),
        ("Former Senator Hendry endorses Barack Obama", [(None, "ELI")]),
        ("A former CIA agent accused the president of lying.", [("USA", "ELI")]),
        ("Former CIA deputy director John Miller praised the agency.", [("USA", "ELI")]),
    ])
    def test_a_title_before_the_name_no_longer_held(self, code, text, expected):
        assert self._sources(code, text) == expected

    @pytest.mark.parametrize("text,expected", [
        ("Vice-President Tom Harlow today announced his support for the candidate.",
         [(None, "GOV")]),
        ("A CIA agent accused the president of lying.", [("USA", "SPY")]),
        ("Former Iraqi soldiers attacked a police station.", [("IRQ", "MIL")]),
        ("A former Hamas leader condemned the attack.", [("PSE", "REB")]),
        ("On Thursday, former United States presidential candidate Senator Ted Hendry "
         "proposed to set term limits for the Senate.", [("USA", "LEG")]),
    ])
    def test_offices_held_and_other_sectors_stay(self, code, text, expected):
        assert self._sources(code, text) == expected


class TestPlover113IgoNameOfStates:
    """A name the organization list does not know, with no word naming several nations, whose
    words say it is one state's own body (an election commission, a constitutional tribunal, a
    city council) is no IGO: its country is its name's or the sentence's, its sector the
    kind's (``actors.igo_names``
    IGO_NAME_OF_STATES; issue 14, branch plover113, docs/plover.md, the plover113 item).
    Sentences written for this test."""

    @staticmethod
    def _sources(code, text: str) -> list[tuple[str | None, str | None]]:
        event = code(text)
        assert event is not None
        return [(a.code, a.sector) for a in event.sources]

    @pytest.mark.parametrize("text,expected", [
        ("Thailand's former ruling party was found guilty of fraud by a Constitutional "
         "Tribunal, and ordered to be dissolved.", [("THA", "JUD")]),
        ("The Springfield City Council in Illinois condemned the decision of the governor.",
         [("USA", "GOV")]),
        ("In Kyrgyzstan, the Central Election Commission rejected the complaint of the "
         "opposition.", [("KGZ", "GOV")]),
        ("The Kenyan Electoral Commission rejected the complaint.", [("KEN", "GOV")]),
    ])
    def test_a_state_body_is_its_country_and_its_kind(self, code, text, expected):
        assert self._sources(code, text) == expected

    @pytest.mark.parametrize("text", [
        "The International Whaling Commission condemned the hunt.",
        "The Andean Development Corporation Council condemned the coup.",
        "The Commission rejected the proposal of the ministers.",
    ])
    def test_bodies_of_states_and_the_bare_word_stay_igo(self, code, text):
        assert self._sources(code, text) == [("IGO", None)]


class TestPlover119NgoOfficers:
    """A person whose phrase or document office places them in a named non-governmental
    organisation acts for it: the sector NGO, not the state office's sector a title gives
    elsewhere, and a later bare name takes NGO from the office the document gives
    (``actors.ngo_officers`` NGO_OFFICER; issue 14, branch plover119, docs/plover.md, the
    plover119 item). Sentences written for this test."""

    @staticmethod
    def _sources(code, text: str) -> list[tuple[str | None, str | None]]:
        event = code(text)
        assert event is not None
        return [(a.code, a.sector) for a in event.sources]

    @pytest.mark.parametrize("text", [
        "\"Canada is behind the curve,\" chastised Human Rights Watch spokesman John Smith.",
        "Amnesty International official Jane Doe condemned the executions.",
        "Red Cross official John Smith criticized the army of Sudan.",
        "Irene Mendoza, a spokeswoman for Human Rights Watch, criticized the government of "
        "Canada.",
        "Amnesty International's secretary general Irene Mendoza condemned the executions in "
        "Iran.",
    ])
    def test_an_ngo_title_before_the_name_is_ngo(self, code, text):
        assert self._sources(code, text) == [("NGO", "NGO")]

    def test_an_igo_officer_keeps_the_title_sector(self, code):
        assert self._sources(code, "UN spokesman John Smith criticized the government of "
                                   "Canada.") == [("IGO", "GOV")]

    def test_the_office_the_document_gives_codes_a_later_name(self):
        text = ("Irene Mendoza, the secretary general of Amnesty International, presented the "
                "report in London. Mendoza criticized the United Nations for its failure in "
                "Darfur.")
        assert _stored_sources(text, "ACCUSE") == [("NGO", "NGO")]
