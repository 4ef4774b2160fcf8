"""PLOVER coder: categories, modality, negation, compound actors and actor codes on sentences
written for these tests, and the quality gate on the PLOVER gold-standard dev half."""

from __future__ import annotations

import pytest

from blocwatch.config import Options
from blocwatch.evaluate import load_plover_gold, score_plover
from blocwatch.nlp import load_pipeline
from blocwatch.plover import CODER, CODERS, SentenceCoder, code_doc, lexicon, predict_records

from .conftest import shared

# Dating rules are tested on every coded event: a background act is what confidence.py most
# often leaves out, so these documents are read with no confidence threshold.
UNSCORED = Options(event_min_confidence=0.0)


def codes(actors) -> list[str | None]:
    return [a.code for a in actors]


def test_lexicon_loads_with_every_category_and_quad():
    lex = lexicon()
    categories = {v[0] for v in lex.verbs.values()} | {v[0] for v in lex.nouns.values()}
    assert set(lex.quad) == categories
    assert set(lex.cameo_root) == categories
    assert {lex.quad[c] for c in categories} == {1, 2, 3, 4}
    assert CODER in CODERS


@pytest.mark.parametrize("text,category", [
    ("Chile praised Argentina for its handling of the border dispute.", "SUPPORT"),
    ("Norway gave Kenya a loan of 20 million dollars on Monday.", "AID"),
    ("Poland accused Belarus of pushing migrants across the frontier.", "ACCUSE"),
    ("Spanish police arrested six Moroccan fishermen near Ceuta on Friday.", "COERCE"),
    ("Thousands of teachers demonstrated in Lima against the new pay law.", "PROTEST"),
    ("Ecuador expelled the Colombian ambassador after the raid.", "SANCTION"),
    ("Rebels shelled the outskirts of Goma overnight, killing four civilians.", "ASSAULT"),
    ("Uruguay and Paraguay held talks on river navigation in Asuncion.", "CONSULT"),
    ("Portugal rejected a Spanish proposal to share the water of the Tagus.", "REJECT"),
    ("India threatened to cut off water supplies to Pakistan.", "THREATEN"),
    ("Canada suspended economic aid to Haiti after the coup.", "SANCTION"),
    ("The rebels released twelve Nepalese hostages on Sunday.", "RETREAT"),
])
def test_coder_finds_the_category_of_general_sentences(code, text, category):
    event = code(text)
    assert event is not None and event.category == category, (text, event)


def test_compound_subject_gives_one_event_with_several_sources(code):
    event = code("Ghana and Togo agreed to reopen their common border next month.")
    assert event.category == "AGREE"
    assert codes(event.sources) == ["GHA", "TGO"]


def test_coordinated_demonyms_give_several_sources(code):
    event = code("Dutch and Belgian warships began joint exercises in the North Sea on Monday.")
    assert sorted(codes(event.sources)) == ["BEL", "NLD"]


def test_future_cooperation_is_coded_as_agree(code):
    event = code("Sweden will provide Ukraine with 50 armoured vehicles, the defence minister said.")
    assert event.category == "AGREE" and event.base_category == "AID"
    assert codes(event.sources) == ["SWE"] and codes(event.targets) == ["UKR"]


def test_readiness_to_cooperate_is_intent_not_a_meeting(code):
    event = code("Egypt is ready to host talks between Ethiopia and Sudan on the dam.")
    assert event.category == "AGREE" and event.modality == "intent"


def test_planned_coercion_is_a_threat(code):
    event = code("Hungary plans to close its border with Serbia to migrants.")
    assert event.category == "THREATEN" and event.base_category == "COERCE"


def test_negated_event_is_not_coded_as_happened(code):
    assert code("Japan will never deploy troops to the Korean peninsula.") is None
    assert code("Kenya did not send troops to Somalia last year.") is None


def test_refusal_is_reject_with_target(code):
    event = code("Turkey refused to extradite the Swedish journalist to Russia.")
    assert event.category == "REJECT" and codes(event.sources) == ["TUR"]


def test_demand_codes_the_complement_subject_as_target(code):
    event = code("Germany demanded that Iran release the detained aid workers.")
    assert event.category == "REQUEST"
    assert codes(event.sources) == ["DEU"] and codes(event.targets) == ["IRN"]


def test_must_in_reported_speech_is_a_request_from_the_speaker(code):
    event = code("The Danish foreign minister said that Eritrea must free the jailed reporters.")
    assert event.category == "REQUEST"
    assert codes(event.sources) == ["DNK"] and codes(event.targets) == ["ERI"]


def test_passive_agent_is_the_source(code):
    event = code("A convoy of Malian soldiers was ambushed by Islamist militants near Gao.")
    assert event.category == "ASSAULT"
    assert "MLI" in codes(event.targets)


def test_title_with_demonym_codes_the_person_and_sector(code):
    event = code("Brazilian President Luiz Lula criticized Venezuela over the disputed vote.")
    assert event.category == "ACCUSE"
    assert codes(event.sources) == ["BRA"] and event.sources[0].sector == "GOV"
    assert codes(event.targets) == ["VEN"]


def test_international_organization_is_igo(code):
    event = code("The United Nations condemned the attack on the convoy in Darfur.")
    assert event.category == "ACCUSE" and codes(event.sources) == ["IGO"]


def test_civilian_blockade_is_a_protest(code):
    event = code("Angry farmers blocked the main highway near Lyon to protest fuel prices.")
    assert event.category == "PROTEST" and event.mode == "obstruct"


def test_scorer_maps_gsr_labels_and_legacy_codes():
    gold = [{"id": "a", "text": "x", "event": "DEMAND", "source": [{"code": "JAP"}],
             "target": [{"code": "USA"}]},
            {"id": "b", "text": "y", "event": "FIGHT", "source": [], "target": []}]
    result = score_plover(gold, {"a": {"event": "REQUEST", "source": ["JPN"], "target": []},
                                 "b": {"event": None, "source": [], "target": []}})
    assert result["accuracy"] == 0.5
    assert result["source"]["f1"] == 1.0 and result["target"]["recall"] == 0.0
    assert result["confusion"]["ASSAULT"] == {"NONE": 1}


def test_coverage_lexicon_has_sourced_groups_for_every_category():
    import json
    from importlib import resources

    groups = json.loads(resources.files("blocwatch.data").joinpath("plover.json").read_text(
        "utf-8"))["coverage"]["groups"]
    assert {g["category"] for g in groups} == set(lexicon().quad)
    assert all(g["source"] and (g["verbs"] or g["nouns"]) for g in groups)
    lex = lexicon()
    for g in groups:  # coverage adds words; a refined entry of the same word may win
        assert all(w.lower() in lex.verbs for w in g["verbs"])
        assert all(w.lower() in lex.nouns for w in g["nouns"])
    # British and American spellings of every entry
    assert {"criticize", "criticise", "mobilization", "mobilisation"} <= set(lex.verbs) | set(
        lex.nouns)


@pytest.mark.parametrize("text", [
    "The minister gave a speech to party delegates in Canberra.",
    "The President received a vote of confidence from parliament.",
    "Egypt sent a message of condolence to Jordan.",
    "The army ended the uprising in the north.",
    "Lehrer asked Obama how he saw the war.",
    "The ministry declined to comment on the arrests.",
    "Six soldiers were killed in a helicopter crash near Kandahar.",
    "The committee recommended that the base be closed.",
    "The Senate debated funding for the war.",
    "Does Russia plan to invade Ukraine?",
    "The professor talked about the history of Iraq.",
    "The rebels allegedly attacked a convoy near Goma.",
    # acl1: a hyphenated compound is the same noun ("Russia and Italy share views in solving
    # conflicts", ../shared/corpus/news)
    "Putin and Prodi gave a press-conference, summarizing the results of their conversations.",
])
def test_everyday_senses_questions_and_unasserted_acts_are_no_events(code, text):
    assert code(text) is None, text


@pytest.mark.parametrize("text,category", [
    ("The union called off the strike after the government raised wages.", "CONCEDE"),  # 082
    ("Iran suspended uranium enrichment in November.", "RETREAT"),
    ("Japan cancelled the visit of the Chinese foreign minister.", "REJECT"),
    ("Riot police fired tear gas to disperse demonstrators in Nairobi.", "COERCE"),
    ("Hamas vowed to attack Israeli towns.", "THREATEN"),
    ("Police took the protesters into custody in Lagos.", "COERCE"),
    ("Thousands of students took to the streets of Santiago.", "PROTEST"),
    ("Greece criticised Turkey over the airspace violations.", "ACCUSE"),
    ("Opposition deputies staged a walkout in the Georgian parliament.", "PROTEST"),
    ("The two leaders discussed trade in Beijing.", "CONSULT"),
])
def test_object_and_complement_decide_between_neighbouring_categories(code, text, category):
    event = code(text)
    assert event is not None and event.category == category, (text, event)


def test_future_refusal_to_tolerate_is_a_threat_and_civilian_defiance_a_protest(code):
    assert code("Israel will not tolerate attacks on its towns, the minister said.").category \
        == "THREATEN"
    event = code("Protesters defied a ban on rallies in Minsk.")
    assert event.category == "PROTEST" and codes(event.sources) == ["BLR"]


def test_recipients_and_background_are_not_sources(code):
    event = code("Mr Kennett has the support of John Howard, Australia's Prime Minister.")
    assert event.category == "SUPPORT" and codes(event.sources) == ["AUS"]
    event = code("Iran has seen civil unrest in several cities, ranging from student "
                 "demonstrations to riots.")
    assert not event.sources
    event = code("Red Cross ambulances hit by Israeli strike")
    assert event.category == "ASSAULT" and codes(event.sources) == ["ISR"]
    assert not code("Dick Cheney makes surprise Iraq visit").sources
    assert code("The governor is expected to be given power by the UK.") is None
    assert code("Greenpeace said it is an opportunity for Australia to demonstrate its "
                "opposition.") is None


@pytest.mark.parametrize("text,category", [
    ("Thousands of Afghans gathered to protest the shooting.", "PROTEST"),
    # lethal force against a crowd harms it: ASSAULT 175 (item 47; COERCE before plover40)
    ("Nepal's King Gyanendra deployed lethal force against protestors in Kathmandu.", "ASSAULT"),
    ("Iran warned of retaliation if attacked.", "THREATEN"),
    ("US generals also warned of a worsening of the situation.", None),
    ("The Moldovan leader noted that he has sent a package of documents to Russia.", None),
    ("The ministry halted work on the reactor.", None),
    ("The US has declined to confirm or deny the reports of secret jails.", None),
    ("Ukrainian president Yushchenko dismisses PM, cabinet", None),
    ("A US military base currently occupies Diego Garcia.", None),
    ("The organization is blamed for atrocities committed by the Indian army.", "ACCUSE"),
    ("US to deliver humanitarian aid to Georgia", "AGREE"),
    ("The U.N. is discussing a draft resolution today to send troops into western Sudan.", None),
    ("15% percent is the lowest rate of VAT permitted by the European Union.", None),
    ("The U.S. revoked his passport in 2003.", "COERCE"),
    ("Lehrer asked Obama if there were any major differences between the two.", None),
    ("President Bush has fallen ill and has missed the morning session of the G8 Summit.", None),
    ("New Zealand First, ACT and the Maori party rose in support.", None),
    ("The court will determine whether the administration must regulate emissions to deal "
     "with the global warming threat.", None),
    ("Hamas repeated its threat to attack Israeli towns.", "THREATEN"),
])
def test_civilians_crowds_forecasts_and_objects(code, text, category):
    event = code(text)
    assert (event.category if event else None) == category, (text, event)


def test_pronoun_subject_under_speech_is_the_speaker(code):
    event = code("Bolivia said on Monday it had expelled two Chilean diplomats.")
    assert codes(event.sources) == ["BOL"]


def test_headline_participle_subject_is_the_victim(code):
    event = code("Iraqi deputy health minister kidnapped")
    assert event.category == "ASSAULT" and not event.sources
    assert codes(event.targets) == ["IRQ"]


def test_by_phrase_of_an_event_noun_is_the_source(code):
    event = code("The ambush by Taliban fighters killed four Canadian soldiers.")
    assert codes(event.sources) == ["AFG"] and codes(event.targets) == ["CAN"]


def test_a_bare_name_states_no_sector(code):
    event = code("Murat Kurnaz accused the guards of torture.")
    assert event.category == "ACCUSE" and event.sources[0].sector is None


# --- quality gate: floors a little under what the coder reaches (see docs/plover.md) ----------
FLOORS = {"accuracy": 0.84, "source": 0.83, "target": 0.80, "actors": 0.80}  # target 0.824 (ninth round)
NEWS_FLOOR = 0.77  # 112/145 = 0.772 after the second round of issue 14 (0.752 before)


@pytest.fixture(scope="module")
def gsr_dev_result():
    gold = load_plover_gold(shared("data", "plover", "gsr-dev.jsonl"))
    return score_plover(gold, predict_records(gold, Options()))


def test_gate_plover_category_accuracy(gsr_dev_result):
    assert gsr_dev_result["accuracy"] >= FLOORS["accuracy"], gsr_dev_result["confusion"]


@pytest.mark.parametrize("kind", ["source", "target", "actors"])
def test_gate_plover_actor_code_f1(gsr_dev_result, kind):
    assert gsr_dev_result[kind]["f1"] >= FLOORS[kind], gsr_dev_result[kind]


def test_gate_plover_news_sentences_coded_by_hand():
    """145 sentences of ../shared/corpus/news coded by hand before the coder ran on them
    (tests/fixtures/plover-news-gold.jsonl; 55 of them describe no event)."""
    from pathlib import Path

    gold = load_plover_gold(Path(__file__).parent / "fixtures" / "plover-news-gold.jsonl")
    result = score_plover(gold, predict_records(gold, Options()))
    assert result["accuracy"] >= NEWS_FLOOR, result["confusion"]


def test_unknown_coder_or_option_is_a_clear_error():
    from blocwatch.errors import CoderError
    from blocwatch.plover import coder

    with pytest.raises(CoderError, match="B360"):
        coder("events.plover.nothing.v9")
    with pytest.raises(CoderError, match="B361"):
        coder(CODER, colour="blue")


# Sentences written for these tests in the style of wire reports (not from the gold records):
# the coder must reach most of them without having seen them while it was written.
FRESH = [
("Mexico and Guatemala signed a security cooperation accord on Friday.", "SUPPORT"),
("The Polish government has offered to send engineers to help rebuild the bridge in Lviv.", "AGREE"),
("Indonesian troops clashed with separatist rebels in Papua, leaving six dead.", "ASSAULT"),
("Students in Dhaka marched to the parliament to protest a rise in tuition fees.", "PROTEST"),
("The European Union imposed sanctions on Belarusian officials over the crackdown.", "SANCTION"),
("Thai police detained two Cambodian opposition activists in Bangkok.", "COERCE"),
("Pakistan's foreign minister met his Afghan counterpart in Islamabad on Monday.", "CONSULT"),
("The Sudanese army shelled rebel positions near Kadugli.", "ASSAULT"),
("Vietnam urged China to withdraw its oil rig from disputed waters.", "REQUEST"),
("Colombia condemned the killing of two of its soldiers by Venezuelan troops.", "ACCUSE"),
("Kenya denied that its troops had crossed into Somalia.", None),  # a denial (plover51)
("North Korea warned South Korea of \"merciless\" retaliation if the drills go ahead.", "THREATEN"),
("Japan pledged 200 million dollars in aid to the Philippines after the typhoon.", "AGREE"),
("Iran released a British tanker seized in the Strait of Hormuz.", "RETREAT"),
("Syrian rebels agreed to a ceasefire in Aleppo brokered by Turkey and Russia.", "AGREE"),
("Ethiopia deployed troops along its border with Eritrea.", "MOBILIZE"),
("The Australian navy and the Indian navy held joint exercises in the Bay of Bengal.", "COOPERATE"),
("Germany granted asylum to three Turkish journalists.", "AID"),
("The Lebanese president pardoned 15 prisoners on Independence Day.", "CONCEDE"),
("Ukraine accused Russia of shelling a hospital in Kharkiv.", "ACCUSE"),
("Moroccan authorities expelled four Spanish lawmakers from Western Sahara.", "COERCE"),
("The United States praised Greece for its handling of the refugee crisis.", "SUPPORT"),
("Nigerian soldiers rescued 30 schoolgirls kidnapped by Boko Haram.", "AID"),
("Armenia recalled its ambassador from Azerbaijan.", "SANCTION"),
("Bolivia refused to allow Peruvian investigators into the country.", "REJECT"),
("France will not send troops to Mali, the defence minister said.", None),
("Chinese hackers attacked the computer networks of Taiwan's defence ministry.", "ASSAULT"),
("Serbian President Aleksandar Vucic resigned on Tuesday.", "RETREAT"),
("Egypt hosted talks between Israeli and Palestinian negotiators in Cairo.", "CONSULT"),
("Italy demanded that Libya stop the boats leaving its coast.", "REQUEST"),
]


def test_coder_generalises_to_fresh_wire_sentences(code):
    wrong = []
    for text, want in FRESH:
        event = code(text)
        got = event.category if event else None
        if got != want:
            wrong.append((text, want, got))
    assert len(wrong) <= 5, wrong


def test_two_like_events_of_one_sentence_store_once(tmp_path):
    from blocwatch import pipeline
    from blocwatch.records import RawDocument
    from blocwatch.store import Store

    text = ("WASHINGTON, May 4, 2021 - Canada suspended military aid to Myanmar and suspended "
            "economic aid to Myanmar on Tuesday, the foreign ministry said.")
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
    coded = [e for e in ex.events if e.extractor == CODER]
    assert [e.category for e in coded] == ["SANCTION"]
    store = Store(str(tmp_path / "s.db"))
    try:
        result = store.write(ex, "test")
        assert result.status != "failed", result
    finally:
        store.close()


@pytest.mark.parametrize("text", [
    "On March 22, Chile deposited a new declaration with the court in The Hague.",
    "The Somali rebel leader released a new video on Sunday.",
    "The Kenyan minister failed to receive any assurance from Uganda on the border.",
    "Nigerian Housing Minister fired in anti-corruption drive",
    "The chancellor paid his respects to the president, calling his decision brave.",
    "No Cuban officials monitored the vote in Havana.",
    "Italian analysts say the agencies exaggerated the warnings about the Syrian arsenal.",
])
def test_coder_does_not_code_what_is_no_event(code, text):
    event = code(text)
    assert event is None, (text, event)


def test_armed_groups_are_coded_by_their_home_country(code):
    event = code("The Taliban attacked a police checkpoint in Kandahar, killing five officers.")
    assert event.category == "ASSAULT" and codes(event.sources) == ["AFG"]
    event = code("Hezbollah fighters fired rockets at northern Israel on Sunday.")
    assert event.category == "ASSAULT"
    assert codes(event.sources) == ["LBN"] and codes(event.targets) == ["ISR"]


def test_headline_passive_codes_the_victim_as_target(code):
    event = code("Georgian soldier killed in South Ossetia")
    assert event.category == "ASSAULT" and not event.sources
    assert codes(event.targets) == ["GEO"] and event.targets[0].sector == "MIL"
    event = code("French aid worker kidnapped in Niger")
    assert event.category == "ASSAULT" and codes(event.targets) == ["FRA"]


def test_scheduled_aid_is_intent_and_conditions_are_not_events(code):
    # round plover80: "was to deliver" is a schedule told by the writer, not Norway's stated
    # intent (unasserted_acts SCHEDULED_ACT); a pledge stays intent
    assert code("Norway was to deliver 40 tonnes of medicine to Yemen in May.") is None
    event = code("Norway will deliver 40 tonnes of medicine to Yemen in May.")
    assert event.category == "AGREE" and event.base_category == "AID"
    assert code("If Belgian troops were to be pulled out of Mali, the mission would end.") is None

# Written for issue 14 to check the coverage lexicon (two to five a category, general
# wording); 45 of 48 were right before "test-fired", "lifted the curfew" (RETREAT, CAMEO
# 0813) and "extradited to" (COOPERATE) were corrected.
COVERAGE = [("Chile voiced support for Bolivia's bid to host the summit.","SUPPORT"),
("The Swedish government backed the Finnish proposal on fishing quotas.","SUPPORT"),
("Egypt hailed the agreement between Fatah and Hamas as historic.","SUPPORT"),
("Kenya established diplomatic relations with Kosovo on Tuesday.","SUPPORT"),
("Norway airlifted food and medicine to flood victims in Pakistan.","AID"),
("The World Bank disbursed 300 million dollars to Ghana.","AID"),
("Germany granted asylum to a Russian dissident.","AID"),
("India placed its troops on high alert along the border with China.","MOBILIZE"),
("Russia massed tanks near the Ukrainian border.","MOBILIZE"),
("North Korea test-fired two ballistic missiles into the sea.","MOBILIZE"),
("The junta lifted the curfew in Yangon.","RETREAT"),
("The king pardoned 200 political prisoners.","CONCEDE"),
("The government eased restrictions on the opposition press.","CONCEDE"),
("The Ugandan president met with opposition leaders in Kampala.","CONSULT"),
("Chinese Premier Li Peng arrived in Hanoi for a three-day official visit.","CONSULT"),
("The foreign ministers of Peru and Ecuador held talks in Lima.","CONSULT"),
("Police raided the offices of an opposition newspaper in Harare.","COERCE"),
("The government shut down three independent television stations.","COERCE"),
("Authorities placed the opposition leader under house arrest.","COERCE"),
("The army imposed a curfew on the town of Jaffna.","COERCE"),
("Amnesty International denounced the executions in Iran.","ACCUSE"),
("The UN launched an inquiry into the killings in Darfur.","ACCUSE"),
("Venezuela lodged a formal complaint with Colombia over the incursion.","ACCUSE"),
("Pakistan blamed India for the attack in Kashmir.","ACCUSE"),
("The prosecutor charged three officers with torture.","ACCUSE"),
("Iran warned that it would close the Strait of Hormuz if attacked.","THREATEN"),
("Turkey threatened military action against Kurdish fighters in Syria.","THREATEN"),
("The rebels issued an ultimatum to the government.","THREATEN"),
("Russia said it would retaliate against any NATO deployment in Poland.","THREATEN"),
("Serbia turned down the EU's offer of mediation.","REJECT"),
("Israel ruled out talks with Hamas.","REJECT"),
("The opposition boycotted the parliamentary elections.","PROTEST"),
("Workers went on strike at the Gdansk shipyard.","PROTEST"),
("Angry villagers blocked the road to the mine.","PROTEST"),
("Turkish and Greek navies conducted joint exercises in the Aegean.","COOPERATE"),
("Spain extradited two suspects to France.","COOPERATE"),
("The rebels withdrew from the town of Bunia.","RETREAT"),
("The rebels handed over 50 weapons to UN peacekeepers.","RETREAT"),
("Croatia recalled its ambassador from Belgrade.","SANCTION"),
("The EU froze the assets of twelve Syrian officials.","SANCTION"),
("The court sentenced the former minister to ten years in prison.","SANCTION"),
("The US imposed an arms embargo on Sudan.","SANCTION"),
("Gunmen killed a police officer in Karachi.","ASSAULT"),
("Militants abducted two aid workers in Somalia.","ASSAULT"),
("Israeli jets bombed targets in southern Lebanon.","ASSAULT"),
("France demanded the release of the hostages.","REQUEST"),
("The UN Security Council called on both sides to respect the ceasefire.","REQUEST"),
("Japan agreed to resume food aid to North Korea.","AGREE"),
]


@pytest.mark.parametrize("text,category", COVERAGE)
def test_coverage_sentences(code, text, category):
    event = code(text)
    assert event is not None and event.category == category, (text, event)


# --- issue 14, second round: classes seen in a judged draw of news events (seed 2614) ---------
@pytest.mark.parametrize("text", [
    "Cameron agrees that there is a deep division in the country today.",
    "The ministry warned its citizens to exercise extreme caution in the capital.",
    "The vote raised hopes among diplomats that Burundi can lift its last barriers to peace.",
    "The president signed an executive order on the census in 1992.",
    "Colombia releases official notice in response to Venezuela.",
    "The government provided a total of $432 billion in appropriations for the war.",
    "The total rose to 27 states that now ban the recognition of such unions.",
    "An aide to the cleric spoke on Friday, referring to the U.S. occupation of Iraq.",
])
def test_opinions_advice_hopes_laws_notices_and_unnamed_recipients_are_no_events(code, text):
    event = code(text)
    assert event is None, (text, event)


def test_acts_not_done_and_actors_not_acting_have_no_source(code):
    # a pronoun is not a speaker of another kind; a bare passive participle names its patient
    event = code("The U.S. said he had planned a terrorist attack on the city.")
    assert event is None or not event.sources
    event = code("Although widely hailed as the start of a new era, Karzai faces challenges.")
    assert event is None or not event.sources
    event = code("Under the treaty the US is allowed to stop fishing near the islands.")
    assert event is None or not event.sources
    event = code("Officials prepared for the planned visit of the Chinese premier to Japan.")
    assert event is None or event.category != "CONSULT"


def test_finite_conjunct_keeps_its_own_mood_and_police_raids_coerce(code):
    event = code("The officers would not let the CIA question him, but allowed a doctor to "
                 "take blood samples.")
    assert event is None or event.category != "THREATEN"
    assert code("Seven face deportation after UK dawn raids.").category == "COERCE"
    assert code("Hamas has begun to use force against the kidnappers.").category == "ASSAULT"


@pytest.mark.parametrize("text,category,mode", [
    ("Greece criticised Turkey over the airspace violations.", "ACCUSE", "disapprove"),
    ("Police arrested three journalists in Harare on Monday.", "COERCE", "arrest"),
    ("Rebels released two French hostages in Mali.", "RETREAT", "release"),
])
def test_mode_comes_from_the_trigger_or_the_cameo2plover_table(code, text, category, mode):
    event = code(text)
    assert (event.category, event.mode) == (category, mode), (text, event)


def test_background_event_is_dated_by_its_clause_and_exported_as_historical(tmp_path):
    import csv

    from blocwatch import pipeline
    from blocwatch.export import plover_records, write_csv
    from blocwatch.kb import KnowledgeBase
    from blocwatch.records import RawDocument
    from blocwatch.store import Store

    text = ("WASHINGTON, May 4, 2021 - The base gained importance to the United States after "
            "it left Uzbekistan in 2005 after the U.S. criticized Uzbekistan's human rights "
            "record. Canada condemned Myanmar on Tuesday over the arrests of journalists.")
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
    dates = {e.category: e.date for e in ex.events if e.extractor == CODER}
    assert dates.get("ACCUSE") is not None
    store = Store(str(tmp_path / "s.db"))
    try:
        assert store.write(ex, "test").status != "failed"
    finally:
        store.close()
    with KnowledgeBase(str(tmp_path / "s.db")) as kb:
        rows = list(plover_records(kb))
        write_csv(kb, tmp_path / "csv")
    modes = {(r["date"], r["aux_mode"]) for r in rows if r["event"] == "ACCUSE"}
    assert ("2005", "historical") in modes, rows
    assert ("2021-05-04", None) in modes, rows
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert {"mode", "aux_mode", "context"} <= set(table[0])
    assert ("2005", "historical") in {(r["date"], r["aux_mode"]) for r in table}


def test_headline_of_expulsion_names_the_body_and_a_body_name_states_no_sector(code):
    event = code("Fiji suspended from Commonwealth")
    assert event.category == "SANCTION" and codes(event.sources) == ["IGO"]
    assert codes(event.targets) == ["FJI"]
    event = code("The African Union condemned the coup in Niger.")
    assert codes(event.sources) == ["IGO"] and event.sources[0].sector is None


@pytest.mark.parametrize("text,category", [
    ("Dennis Kucinich quits U.S. Presidential race", "RETREAT"),
    ("The senator withdrew from the presidential race on Monday.", "RETREAT"),
    ("The government is cutting the rate of value added tax by 2.5 points.", "SANCTION"),
    ("The deputy minister discussed the health situation in Iraq with the BBC.", "CONSULT"),
    ("Troops forced two photographers to delete photographs of the attack's aftermath.",
     "ASSAULT"),
])
def test_races_domestic_measures_interviews_and_possessor_nouns_are_not_these_events(
        code, text, category):
    event = code(text)
    assert event is None or event.category != category, (text, event)


def test_withdrawing_troops_and_meeting_a_leader_still_code(code):
    assert code("Israel withdrew its troops from Gaza in 2005.").category == "RETREAT"
    assert code("Putin met Merkel in Moscow on Monday.").category == "CONSULT"


# --- issue 14, third round: classes of the judged draws (seeds 2614-2616, 3001) ----------------
@pytest.mark.parametrize("text,category", [
    ("The singer withdrew from her church of thirty years after the scandal.", "RETREAT"),
    ("The minister quit the football club after the season.", "RETREAT"),
    ("The lawyer has been fighting for the right of the exiles to return for years.", "ASSAULT"),
    ("Activists are battling for compensation from the mining company.", "ASSAULT"),
    ("Voters in Kenya accept new constitution", "AGREE"),
    ("The parliament of Malawi rejected the budget on Tuesday.", "REJECT"),
    ("Farmers opposed to the new dam blocked the road to the capital.", "REJECT"),
    ('"We close the loopholes and stop the tax cuts," Obama objected.', "ACCUSE"),
    ("The minister said he would accept nothing less than a full apology from Serbia.", "AGREE"),
    ("The town was under a curfew from midnight to dawn on Friday.", "COERCE"),
    ("Peacekeepers were at the protests in the capital on Sunday.", "PROTEST"),
    ("Most voters believe that Washington pressures its allies too much.", "REQUEST"),
])
def test_private_bodies_causes_votes_stances_quote_tags_and_occasions_are_not_these_events(
        code, text, category):
    event = code(text)
    assert event is None or event.category != category or not event.sources, (text, event)


@pytest.mark.parametrize("text,category", [
    ("The army plans a crackdown on the rebels in the north.", "THREATEN"),
    ("Israel is preparing measures to curb the raids from Gaza.", "THREATEN"),
    ("Rebels have been fighting for control of the town since May.", "ASSAULT"),
    ("Russia opposed the expansion of NATO.", "REJECT"),
    ('"We will not leave the city," the rebels threatened.', "THREATEN"),
    ("Police arrested three men at the rally in Harare.", "COERCE"),
])
def test_plans_by_a_noun_are_intent_and_the_near_senses_still_code(code, text, category):
    event = code(text)
    assert event is not None and event.category == category, (text, event)


@pytest.mark.parametrize("text", [
    "The Indonesian government accused Foreign Minister Smith of lying.",
    "Indonesia summoned Foreign Minister Smith over the remarks.",
])
def test_a_state_agent_is_not_placed_by_the_state_acting_on_it(code, text):
    event = code(text)
    assert codes(event.sources) == ["IDN"] and codes(event.targets) == [None], (text, event)


def test_an_official_acting_in_a_town_of_the_sentence_is_still_placed_there(code):
    event = code("President Gbagbo said he will extend the curfew in Abidjan.")
    assert codes(event.sources) == ["CIV"]


@pytest.mark.parametrize("lead,code", [
    ("", None),
    ("Australian Foreign Minister Alexander Downer flew to Bali on Sunday. ", "AUS"),
])
def test_a_source_placed_only_by_its_target_takes_the_document_or_stays_unstated(lead, code):
    from blocwatch import pipeline
    from blocwatch.records import RawDocument

    text = lead + ("Foreign Affairs Minister Alexander Downer made a direct request to the "
                   "Indonesian government on Monday that the death penalty not be imposed.")
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
    events = [e for e in ex.events if e.extractor == CODER and e.category == "REQUEST"]
    if code is None:  # no coded source: the store keeps no event (docs/plover.md item 17)
        assert events == []
        return
    [event] = events
    assert [(a.role, a.code) for a in event.coded] == [("source", code), ("target", "IDN")]


@pytest.mark.parametrize("text,category", [
    ("A majority of the Swedes agrees with the view that the government is too close to Russia.",
     "AGREE"),
    ("The Canadian government approves new copper mine in British Columbia", "SUPPORT"),
    ("Judge Maria Lopez approved for seat on the appeals court", "SUPPORT"),
])
def test_views_agreed_with_and_domestic_permits_are_no_events(code, text, category):
    event = code(text)
    assert event is None or event.category != category, (text, event)


def test_a_source_placed_by_the_place_phrase_keeps_its_country():
    from blocwatch import pipeline
    from blocwatch.records import RawDocument

    text = ("In Kenya, former President Daniel Moi asked for the government to follow up the "
            "large turnout with concrete measures.")
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
    [event] = [e for e in ex.events if e.extractor == CODER]
    assert [a.code for a in event.coded if a.role == "source"] == ["KEN"]


# Fourth round of issue 14: one test per class of error in the judged draw offset 7, seed 3001
# (bench/data/plover_news_judged_offset7_seed3001.jsonl); the sentences are the draw's.

@pytest.mark.parametrize("text", [
    # an opinion on what ought to be
    "While the Security Council members agree that Iran should not be making nuclear weapons, "
    "they disagree on the course of action to take.",
    # an act that is only the complement of a right or power
    "Mahmoud Abbas has no right to make concessions to the Israelis he said.",
    # the writer's assumption
    "Assuming the bill passes, Canada will become the fourth country in the world to legalize "
    "same-sex weddings after the Netherlands, Belgium, and Spain.",
    # an agreement only named
    'U.S. President George W. Bush called the agreement a "unique deal".',
    "An investigation by KPMG into contracts by Liverpool City Council produced 43 "
    "recommendations, relating to council joint ventures Liverpool Direct with British "
    "Telecom and Liverpool Enterprise with Enterprise plc.",
])
def test_events_not_asserted_are_not_coded(code, text):
    assert code(text) is None, text


@pytest.mark.parametrize("text,category", [
    ("Sri Lanka - Government Army strikes at Tamil Tiger enclaves in the north east", "ASSAULT"),
    ("In a press release, the UN Stabilization Mission in Haiti (MINUSTAH) expressed outrage "
     "at what it described as a pattern of violence against Haitian journalists.", None),
    ("According to the City Charter, Michael Brown as the Flint City Administrator will take "
     "over as Temporary Mayor, with no veto nor ability to remove mayorial appointees with out "
     "City Council approval.", None),
    # neighbours within a family, by the object and the source
    ("Meanwhile India has agreed to the US request to hold back discussions with others till "
     "US Congressional ratification so as not to prejudice the US firms.", "CONCEDE"),
    ("Rhode Island District Court freezes Palestinian Authority assets in the US", "COERCE"),
])
def test_word_senses_and_neighbours_within_a_family(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text", [
    "There have also been accusations of rape by AU soldiers inside camps.",
    "Although there had been several attacks on Haitian journalists in the past few years, "
    "the CPJ indicated that the frequency of assaults had dropped since the election of "
    "current president René Préval in 2006.",
    "India's neighbours Pakistan, and Afghanistan; the UK, France, Italy and the EU; Spain, "
    "which witnessed a similar attack in 2004; South Africa, the United States, Australia and "
    "the UN Secretary General amongst others have spoken out against the attacks.",
])
def test_reporters_condemners_and_the_accused_are_no_sources(code, text):
    event = code(text)
    assert event is None or not event.sources, (text, event)


def test_a_speakers_gloss_is_no_target_and_the_spokesman_keeps_the_sentences_country(code):
    event = code("Foreign Ministry spokesman Mark Regev denied the plans for a military "
                 "intervention, saying that Israel is supporting diplomatic efforts.")
    assert event.category == "REJECT" and codes(event.targets) == [], event
    assert codes(event.sources) == ["ISR"], event


# Fifth round of issue 14: one test per class of error in the judged draw offset 11, seed 3002
# (bench/data/plover_news_judged_offset11_seed3002.jsonl; the first sentence of each group is
# the draw's) and sentences written for the tests of the same class, with near senses that must
# still code.
FIFTH_ROUND_SENSES = [
    # a rule described: an instrument as the only source
    ("Together, the number of members is enough for the simple majority vote required by the "
     "United States Constitution to impeach an official.", None),
    ("The report documents a steady increase in China's military budget allowing for increased "
     "deployment of resources and technology.", None),
    ("The new law requires foreign journalists to register with the ministry.", None),
    ("The United States required Iraq to disclose its weapons programmes.", "REQUEST"),
    # an electoral or sporting win
    ("Sweden's centre-right opposition has narrowly won Sunday's general election, beating a "
     "Social Democratic government for only the third time since the Second World War.", None),
    ("Labour defeated the Conservatives in the election.", None),
    ("Israel beat Syria in the 1967 war.", "ASSAULT"),
    # a search, tour or show called off
    ("The United States Coast Guard (USCG) called off its search late on Tuesday.", None),
    ("The singer called off her concert in Moscow.", None),
    ("The rebels called off the strike.", "RETREAT"),
    # an idiom: "take place in"
    ("The Burgas -Alexandroupolis pipeline will be the major issue of the discussions between the "
     "Greek Premier Costas Karamanlis and his counterparts, Russian President Vladimir Putin and "
     "Bulgarian President Georgi Parvanov, which will take place in Athens, Greece.", None),
    # a verb of cooperation with a domestic object and no partner
    ("New York state Governor Eliot Spitzer proposes legalization of same-sex marriages", None),
    ("Recently the British government committed £280m to improving school food over the next "
     "three years.", None),
    ("The minister proposed new rules for banks.", None),
    ("Egypt proposed a plan to end the fighting in Gaza.", "AGREE"),
    ("Russia recognized the independence of Abkhazia and South Ossetia.", "SUPPORT"),
    ("Japan pledged ten million dollars to Haiti.", "AGREE"),
    # approving the stage of a domestic project
    ("The British Parliament approved the first stage of the new Crossrail underground railroad "
     "through London as a £15 billion construction project earlier this month.", None),
    # a habit, a generic act, a body addressed, a warning call, a judgement
    ("Warning calls before blasts are common by ETA, usually Gara will get the call.", None),
    ("Kidnappings are frequent in the province.", None),
    ('The Howard Government will do whatever Washington asks of it and I am very concerned the '
     'request for his arrest came in the wake of information from Washington," Mr Brown said.',
     None),
    ("Advertising executive Jean Brault told Justice John Gomery's federal inquiry that senior "
     "Liberals made him secretly divert more than $US818,000 to the party's Quebec wing in "
     "exchange for sponsorship contracts.", None),
    ("'Afghanistan is a 20-year venture' warns Canadian general", None),
    ("The general warned that the rebels would be crushed.", "THREATEN"),
]


@pytest.mark.parametrize("text,category,sources,targets", [
    # a for-clause's subject is the one asked, and the act asked for is not done
    ("Counter groups are calling for Romania to withdraw its troops.", "REQUEST", [None], ["ROU"]),
    ("Turkey called for Israel to end the blockade of Gaza.", "REQUEST", ["TUR"], ["ISR"]),
    # a release told in the passive: the captor acts
    ("Arar was freed from Syrian detainment in October 2003.", "RETREAT", ["SYR"], []),
])
def test_the_one_asked_and_the_one_freed_are_not_the_actors(code, text, category, sources,
                                                            targets):
    event = code(text)
    assert event.category == category, (text, event)
    assert codes(event.sources) == sources and codes(event.targets) == targets, (text, event)


def test_a_newspaper_named_by_a_demonym_places_no_one(code):
    event = code("Activities date back to the 1990s and the Liberal leadership of former prime "
                 "minister Jean Chrétien, who has also rejected any inquiry into the contracts, "
                 "according the report from The Australian.")
    assert event.category == "REJECT" and codes(event.sources) == [None], event


# Classes read in an own draw (offset 4, seed 4004, not stored): the draw's sentences first, then
# sentences written for the tests; the near senses must still code.
OWN_DRAW_SENSES = [
    # a telephone call
    ("The news director of Prima TV Dan Dumitru, said he received a call from Iraq on late "
     "Tuesday, in which he spoke both to the kidnappers and the journalists.", None),
    ("The UN made a call for calm.", "REQUEST"),
    # pressure to act, an attempt, an act not yet done, one of two alternatives
    ("His remarks come as Iran faces increasing pressure to curb its nuclear activities.", None),
    ("In her speech, Rice sought to justify the U.S. occupation of Iraq, describing Iraqis as "
     "now more free.", None),
    ("Germany sought the extradition of the suspects.", "REQUEST"),
    ("The United States military is holding all three officials and says Iraqi authorities "
     "have yet to make a request for them to be handed over.", None),
    ('He continued saying that Lebanon would either surrender or "have faith in Allah and '
     'victory".', None),
    # leaving a party, ending an election campaign
    ("Liberal MP Ariela Cotler announced that she has quit the party over Ignatieff's "
     "assertion that Israel committed war crimes.", None),
    ("Bloomberg, Warren end US presidential campaigns following Super Tuesday", None),
    ("The army ended its military campaign in the north.", "RETREAT"),
]


@pytest.mark.parametrize("text,category", FIFTH_ROUND_SENSES + OWN_DRAW_SENSES)
def test_fifth_round_senses_domestic_measures_habits_and_attempts_are_not_these_events(
        code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


def test_a_detention_described_is_not_the_describers_act(code):
    event = code("Bhuta summarised his continued detention as a symbol of everything that has "
                 "gone wrong.")
    assert event is None or not event.sources, event


# Sixth round of issue 14: classes of error in the judged draw offset 1, seed 3003
# (bench/data/plover_news_judged_offset1_seed3003.jsonl; the first sentence of each group is the
# draw's), with sentences written for the tests and near senses that must still code.
SIXTH_ROUND_SENSES = [
    # a clause under a negated belief or qualifying a negated verb's object: denied, not done
    ("He added that he did not believe Venezuela would stop exporting oil if that were to happen "
     "as Chávez suggested.", None),
    ('He also believed that APEC members, specifically China and Japan, as well as the US, did '
     'not have "specific numbers" to offer as concessions.', None),
    ("Officials did not think the army would attack the town.", None),
    # round plover80: a party's belief about another's act is no report of it (unasserted_acts)
    ("Officials believed the army attacked the town.", None),
    # an act one is afraid, reluctant or unable to do
    ("Just like in Indonesia, the Philippine government, according to her, seemed afraid to take "
     "its military brass to account on the basis of command responsibility.", None),
    ("The government was reluctant to impose sanctions on Iran.", None),
    ("The government was ready to impose sanctions on Iran.", "THREATEN"),
    # defending one's own words is no support; authorising a use is no sanction
    # (round plover80: what the claim says Obama's plan did is not coded; the judge's reading is
    # criticism, "ACCUSE at most", not a threat by Obama)
    ("The Australian Prime Minster further defended his statement today, claiming Obama's plan "
     "threatened Australia's national security.", None),
    ("The United States defended Israel against the resolution.", "SUPPORT"),
    ("Russian military doctrine sanctions the use of nuclear weapons against the countries that "
     "do not possess nuclear weapons themselves, said Russian General Anatoly Nogovitsyn.", None),
    ("The United Nations sanctioned North Korea.", "SANCTION"),
    # neighbours: authorities cancelling a protest restrict it; troops ordered to a border mobilise
    ("German police had canceled the protest earlier, fearing violence would break out.",
     "COERCE"),
    ("The rebels called off their protest.", "CONCEDE"),  # CAMEO 082: plover72
    ("Venezuela and Ecuador have ordered troops to the border with Colombia.", "MOBILIZE"),
    ("Russia ordered troops to withdraw from Georgia.", "RETREAT"),
    # domestic instruments: an own law amended, an honour approved
    ("Canadian news Stephen Harper, along with MADD Canada, has proposed to amend the Criminal "
     "Code to make driving while under the influence of drugs as unacceptable as drunk "
     "driving.", None),
    ("Russia proposed to hold talks with Georgia.", "AGREE"),
    ("New Zealand Defence Force personnel now have a new honour; the New Zealand Distinguished "
     "Service Decoration (DSD) has been approved by the Queen Elizabeth II of New Zealand.", None),
]


@pytest.mark.parametrize("text,category", SIXTH_ROUND_SENSES)
def test_sixth_round_negated_governors_reluctance_own_words_and_neighbours(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text,category,sources", [
    # one who only knows of or takes seriously an act did not do it
    ("Vera-Zavala said the European Union was aware of the series of killings in the country.",
     "ASSAULT", []),
    ("The French police say they are taking the threats seriously.", "THREATEN", []),
    ("The army carried out the killings.", "ASSAULT", ["The army"]),
    # a sponsor or host of a ceasefire or meeting is not the party to it
    ("UN sponsored ceasefire in Israel-Lebanon begins", "RETREAT", []),
    ("Palestinian riots broke out in Hebron.", "PROTEST", ["Palestinian riots"]),
    # a programme standing before the sentence (an infobox label) is not its subject
    ("Iran nuclear program The European Union has agreed to give Iran two more weeks to "
     "comply.", "AGREE", []),
    # coordinated modifiers sharing one head: two countries ("North and South Korea")
    ("North and South Korea agreed to reopen the border.", "AGREE",
     ["North Korea", "South Korea"]),
    # "with X having done": X did it, not the main clause's subject
    ("With the rebels having called off Monday's demonstration, the Queen attended the "
     "funeral.", "CONCEDE", ["the rebels"]),
])
def test_knowers_sponsors_labels_and_absolute_clauses_are_not_mistaken_for_sources(
        text, category, sources):
    doc = load_pipeline(Options().spacy_model)(text)
    found = [e for e in code_doc(doc) if e.category == category]
    assert found, text
    assert [a.text for a in found[0].sources] == sources, (text, found)


def test_a_former_president_is_coded_by_the_country_he_served():
    from blocwatch import pipeline
    from blocwatch.records import RawDocument

    text = ("Bill Clinton to visit Romania\n\nBill Clinton, the former President of the United "
            "States, will make a visit to Romania on May 21.")
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
    visits = [e for e in ex.events if e.extractor == CODER and e.category == "AGREE"]
    assert visits and all(a.code == "USA" and a.sector in (None, "ELI") for e in visits
                          for a in e.coded if a.role == "source"), visits
    # the headline's "Bill Clinton" is an elite by the office the document says he left
    # (plover55, docs/plover.md item 62)
    assert any(a.sector == "ELI" for e in visits for a in e.coded if a.role == "source")


@pytest.mark.parametrize("text,code_", [
    # "Alliance" and "League" alone name parties of one country; with a word naming several
    # nations they name a body of states
    ("The National Democratic Alliance, the chief alliance of Opposition Parties in India, has "
     "rejected the appeal.", None),
    ("The League of Conservation Voters applauds Senator Chris Dodd.", None),
    ("The North Atlantic Alliance condemned the attack.", "IGO"),
    ("The Arab League condemned the attack on Gaza.", "IGO"),
])
def test_a_party_alliance_is_no_body_of_states(code, text, code_):
    event = code(text)
    assert codes(event.sources) == [code_], (text, event)


# --- seventh round: the irrealis catalogue, by construction -----------------------------------
# Acts of several categories (category, subject, base form, past, -ing form, object) put into
# every context of the catalogue (``senses.irrealis`` in plover.json) and its neighbours.
IRREALIS_ACTS = [
    ("ASSAULT", "Ethiopia", "bomb", "bombed", "bombing", "the rebel camps in Somalia"),
    ("AID", "Japan", "provide", "provided", "providing", "food aid to North Korea"),
    ("SANCTION", "Ecuador", "expel", "expelled", "expelling", "the Colombian ambassador"),
    ("COERCE", "Kenya", "arrest", "arrested", "arresting", "six Somali fishermen"),
    ("RETREAT", "Syria", "withdraw", "withdrew", "withdrawing", "its troops from Lebanon"),
    ("SUPPORT", "France", "recognize", "recognized", "recognizing", "the independence of Kosovo"),
    ("MOBILIZE", "Turkey", "deploy", "deployed", "deploying", "troops to the Iraqi border"),
]
# expectation: "none" = no event; "intent" = PLOVER's intent rule (AGREE for cooperation,
# THREATEN for conflict); a category = the governing verb is the event
IRREALIS_CONTEXTS = {
    "future": ("{S} will {VB} {O}.", "intent"),
    # round plover80: a schedule told by the writer is neither done nor a stated intent
    "is to": ("{S} is to {VB} {O}.", "none"),
    "is set to": ("{S} is set to {VB} {O}.", "none"),
    # plover105 (undone_acts FORECAST_FRAME, docs/plover.md item 110): the writer's forecast of
    # an act is no event and no stated intent (judge34's convention); a forecast statement
    # ("is expected to pledge") keeps the intent rule
    "is expected to": ("{S} is expected to {VB} {O}.", "none"),
    "plans to": ("{S} plans to {VB} {O}.", "intent"),
    "intends to": ("{S} intends to {VB} {O}.", "intent"),
    "aims to": ("{S} aims to {VB} {O}.", "intent"),
    "wants to": ("{S} wants to {VB} {O}.", "intent"),
    "hopes to": ("{S} hopes to {VB} {O}.", "intent"),
    "offered to": ("{S} offered to {VB} {O}.", "intent"),
    "vowed to": ("{S} vowed to {VB} {O}.", "intent"),
    "reported would": ("{S} would {VB} {O}, the minister said.", "intent"),
    "could": ("{S} could {VB} {O}.", "none"),
    "may": ("{S} may {VB} {O}.", "none"),
    "might": ("{S} might {VB} {O}.", "none"),
    "should, no speaker": ("{S} should {VB} {O}.", "none"),
    "is said to": ("{S} is said to have {VBD} {O}.", "none"),
    "feared that": ("It was feared that {S} would {VB} {O}.", "none"),
    "hoped that another": ("The UN said it hoped {S} would {VB} {O}.", "none"),
    "seeking to": ("{S} is seeking to {VB} {O}.", "none"),
    "considering": ("{S} is considering {VBG} {O}.", "none"),
    "discussed": ("The cabinet discussed {VBG} {O}.", "none"),
    "debate whether": ("Parliament will debate whether to {VB} {O}.", "none"),
    "if": ("If {S} {VBD} {O}, the region would suffer.", "none"),
    "unless": ("Unless {S} {VB}s {O}, the region will suffer.", "none"),
    "question": ("Will {S} {VB} {O}?", "none"),
    "did not": ("{S} did not {VB} {O}.", "none"),
    "never": ("{S} has never {VBD} {O}.", "none"),
    "allegedly": ("{S} allegedly {VBD} {O}.", "none"),
    "in order to": ("The minister flew to Geneva in order to {VB} {O}.", "none"),
    "purpose": ("The envoy travelled to Geneva to {VB} {O}.", "none"),
    "in an effort to": ("The minister travelled to Geneva in an effort to {VB} {O}.", "none"),
    "urged": ("The United Nations urged {S} to {VB} {O}.", "REQUEST"),
    "called on": ("The United Nations called on {S} to {VB} {O}.", "REQUEST"),
    "called for": ("Britain called for {S} to {VB} {O}.", "REQUEST"),
    "asked": ("Britain asked {S} to {VB} {O}.", "REQUEST"),
    "proposed that another": ("Britain proposed that {S} {VB} {O}.", "REQUEST"),
    "said should": ("Britain said {S} should {VB} {O}.", "REQUEST"),
    "according to, should": ("According to Britain, {S} should {VB} {O}.", "REQUEST"),
    "threatened to": ("{S} threatened to {VB} {O}.", "THREATEN"),
    "denied": ("{S} denied {VBG} {O}.", "REJECT"),
    "refused to": ("{S} refused to {VB} {O}.", "REJECT"),
    "accused of": ("Britain accused {S} of {VBG} {O}.", "ACCUSE"),
    "talks to": ("Leaders begin talks to {VB} {O}.", "CONSULT"),
    "decision to": ("The decision to {VB} {O} was criticised.", "ACCUSE"),
}


@pytest.mark.parametrize("context", list(IRREALIS_CONTEXTS))
@pytest.mark.parametrize("act", IRREALIS_ACTS, ids=[a[0] for a in IRREALIS_ACTS])
def test_irrealis_catalogue_codes_no_act_as_done(code, context, act):
    category, subject, vb, vbd, vbg, obj = act
    template, expected = IRREALIS_CONTEXTS[context]
    text = template.format(S=subject, VB=vb, VBD=vbd, VBG=vbg, O=obj)
    event = code(text)
    if context == "in an effort to" and category == "ASSAULT":  # CAMEO 185: an attempted
        assert event is not None and event.category == "ASSAULT", (text, event)
        return  # attack is coded
    if expected == "none":
        assert event is None, (text, event)
        return
    assert event is not None, text
    if expected == "intent":
        # a withdrawal announced or intended is CONCEDE by the manual ("announced (not carried
        # out) ceasefires or withdrawals", plover96's ANNOUNCED_WITHDRAWAL); an offer or a vow
        # to withdraw stays the offer's AGREE
        announced = category == "RETREAT" and context not in ("offered to", "vowed to")
        expected = ("CONCEDE" if announced else
                    "AGREE" if category in ("AID", "RETREAT", "SUPPORT") else "THREATEN")
        assert event.modality == "intent" or event.base_category != category, (text, event)
    else:  # the governing verb or noun is the event (or the obligation the speaker states)
        assert event.trigger.split()[0] not in (vb, vbd, vbg) or (
            event.modality == "obligation"), (text, event)
    assert event.category == expected, (text, event)


def test_the_irrealis_catalogue_loads_its_classes():
    sen = lexicon().extra["senses"]
    assert {"desire", "deliberation", "expectation", "hearsay", "refusal", "claim", "plan",
            "effort", "scheduled", "purpose"} <= set(sen["irrealis"])
    assert {"hopes", "hoped", "hoping"} <= sen["irrealis"]["desire"]["governors"]
    assert sen["irrealis"]["effort"]["except"] == {"ASSAULT"}


@pytest.mark.parametrize("text,category", [
    # a blockade of vessels, ports or roads is COERCE 191; a blocked resolution stays REJECT
    ("The Russian fleet blocked several Ukrainian vessels in the Georgian port of Poti.", "COERCE"),
    ("Turkish troops blocked the roads to the Syrian border on Monday.", "COERCE"),
    ("Russia blocked the resolution in the Security Council.", "REJECT"),
    # removing judges from office is SANCTION 166; dismissing a claim (an accusation) stays
    # REJECT, as does dismissing a proposal; dismissing a report is a statement, no event
    ("Haitian provisional government dismisses Supreme Court justices", "SANCTION"),
    ("Pakistan dismissed the Indian claims as baseless.", "REJECT"),
    ("Pakistan dismissed the Indian proposal as unworkable.", "REJECT"),
    ("Pakistan dismissed the Indian reports as baseless.", None),
    # a vow to defeat or crush is a threat; a vow to rebuild stays an agreement
    ("General Yasar Buyukanit vowed to defeat Kurdish terrorism.", "THREATEN"),
    ("Sudan vowed to crush the rebellion in Darfur.", "THREATEN"),
    ("Japan vowed to rebuild the schools of Aceh.", "AGREE"),
    # an order enacts the act it names as object
    ("The Israeli defence minister ordered an investigation into the shooting.", "ACCUSE"),
    ("The Kenyan court ordered the arrest of the former minister.", "COERCE"),
    # information given is shared (COOPERATE 064), not material aid
    ("Iran provided the British government with two sets of coordinates.", "COOPERATE"),
    ("The United States gave Georgia intelligence on Russian troop movements.", "COOPERATE"),
    ("Japan provided North Korea with two shipments of food aid.", "AID"),
])
def test_seventh_round_object_and_complement_decide_the_category(code, text, category):
    event = code(text)
    got = event.category if event is not None else None
    assert got == category, (text, event)


@pytest.mark.parametrize("text,category,target", [
    ("Washington has been trying to strengthen Iraqi security forces.", "AID", "IRQ"),
    ("The United States trained Afghan police officers in Kabul.", "AID", "AFG"),
    ("Russia strengthened its troops in Georgia.", "MOBILIZE", "GEO"),
])
def test_training_another_states_forces_is_aid(code, text, category, target):
    event = code(text)
    assert event is not None and event.category == category, (text, event)
    assert target in codes(event.targets), (text, event)


@pytest.mark.parametrize("text,sources", [
    # the possessor of an event noun acts, not its announcer
    ("Prime Minister Stephen Harper announced Bernier's resignation in Ottawa on Monday.",
     ["Bernier's"]),
    # a by-phrase naming people acts, not the venue that is the clause's subject
    ("UN General Assembly opens with rhetorical appeals by both Bush and Ahmadinejad",
     ["both Bush", "Ahmadinejad"]),
    # "according to X" is the speaker of an obligation
    ("According to Zorick, the United States should give more support to the Somali "
     "government.", ["Zorick"]),
])
def test_seventh_round_sources_are_who_acted(code, text, sources):
    event = code(text)
    assert event is not None and [a.text for a in event.sources] == sources, (text, event)


@pytest.mark.parametrize("text,code_", [
    ("The Military Advocate General of the IDF, Brigadier General Avichai Mendelblit, has "
     "instructed the military police to investigate the allegations.", "ISR"),
    ("The White House condemned the attack on the embassy.", "USA"),
    ("The Kremlin rejected the American proposal.", "RUS"),
    ("The Popular Resistance Committees stated that they would execute a kidnapped Israeli "
     "settler.", "PSE"),
])
def test_state_forces_and_seats_of_government_are_coded_by_their_state(code, text, code_):
    event = code(text)
    assert event is not None and codes(event.sources) == [code_], (text, event)


@pytest.mark.parametrize("text,category", [
    # the complement of a refusal is not done, even where the refusal is not coded itself
    ("Ever since the Hamas movement, which refuses to recognize Israel, won elections last "
     "year, there have been repeated clashes.", "ASSAULT"),
    # a claim about another party's act is the claimant's; one's own claimed act stays
    ("The United States government claims Mahan flies fighters to Syria in support of Assad.",
     None),
    ("Hamas claimed to have attacked the Israeli post.", "ASSAULT"),
    # signing a letter or petition is no agreement; the letter's request is the event
    ("Jesse Jackson and other leaders signed a letter asking the company to end its ties with "
     "Nelson.", "REQUEST"),
    ("France and Germany signed the treaty in Paris.", "SUPPORT"),
    # agreeing to a secession is yielding
    ("Serbia reluctantly agreed to the split.", "CONCEDE"),
])
def test_seventh_round_refusals_claims_letters_and_secessions(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text", [
    "Two Israeli soldiers died in the attack on the tank.",
    "Mr. Garlasco observed the shelling from a ridge near the Gaza border.",
])
def test_victims_and_observers_are_not_the_attackers(code, text):
    event = code(text)
    assert event is not None and event.category == "ASSAULT" and not event.sources, (text, event)


def test_an_uncoded_person_source_takes_the_country_the_document_gives():
    from blocwatch import pipeline
    from blocwatch.records import RawDocument

    text = ("Samoan Prime Minister Tavita Lemalu spoke in New York on Tuesday.\n\n"
            "The General Assembly opened with rhetorical appeals by Lemalu for calm.")
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), Options())
    appeals = [e for e in ex.events if e.extractor == CODER and e.category == "REQUEST"]
    assert appeals and [a.code for a in appeals[0].coded if a.role == "source"] == ["WSM"], (
        appeals)


@pytest.mark.parametrize("text,category", [
    # a meeting noun as the subject of a future verb is scheduled, no party's intent
    ("The APEC summit of Pacific Rim leaders will include US President George W. Bush.", None),
    ("Talks between Russia and Georgia will resume next week.", None),
    ("Russia will hold talks with Georgia next week.", "AGREE"),
])
def test_a_scheduled_meeting_is_no_intent(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text,category", [
    # tenth round (plover7), sentences of ../shared/corpus/news: an attack in words is
    # criticism (ACCUSE 111); force stays ASSAULT
    ("Former Australian Prime Minister Gough Whitlam has attacked the Labor party's stance on "
     "electoral reform.", "ACCUSE"),
    ("Peta Seaton, Liberal MP for the Southern Highlands attacked the Labor government for "
     "voting against the legislation.", "ACCUSE"),
    ("German tabloid Bild Zeitung has editorially attacked Swiss intolerance.", "ACCUSE"),
    ("Israel has been attacking Lebanon for three weeks.", "ASSAULT"),
    # blame laid on a thing explains a cause; blame laid on someone accuses
    ("Mr. Novikov said the Iranians blamed the delay on the need to switch payments from "
     "dollars to euros.", None),
    ("The food shortages have been blamed on one of the worst harvests Malawi has experienced.",
     None),
    ("An official with the Yemen Interior Ministry has blamed the attack on al-Qaeda operatives.",
     "ACCUSE"),
    # a visit or tour ended is its close, no rejection; one cancelled stays REJECT
    ("Italian President ends visit to Ghana", "CONSULT"),
    ("President Bush ended his Middle East tour after a show of support for Israel.", None),
    ("Iran cancelled the visit of the French foreign minister.", "REJECT"),
    # a denial or opposition negated is none
    ("France did not officially oppose this decision.", None),
    ("The British government did not deny the existence of the memo last night.", None),
    # a preposition that heads its own phrase is no particle ("take in", "call in")
    ("In 1973 Augusto Pinochet took power in a US-assisted coup against Chile's elected "
     "president.", None),
    ("Saudi Arabia's King called the talks in order to stop the violence.", "CONSULT"),
    ("Danish Prime Minister calls an election for 2007", None),
    ("The Associated Press called the election for Biden.", None),
    ("Britain called on Iran to release the sailors.", "REQUEST"),
    ("The UN asked Israel for restraint.", "REQUEST"),
    # a forecast about another party's act, an ability and a feeling given are no acts
    ("Political analysts are predicting that Mr. Netanyahu will be asked by Israel's president "
     "to form the next government.", None),
    ("It is expected that China will require 20,000 tonnes a year from Australia.", None),
    ("Landrieu emphasized his ability to reach consensus and bring people together.", None),
    ("Irish Taoiseach Bertie Ahern also gave his feelings on Paisley.", None),
    ("Venezuelan voters rejected a referendum on changes to the constitution.", None),
    # "conclude" is an agreement only with one: "concluded by forecasting" ends a speech
    ("Costello concluded by forecasting that Australia's economy would grow.", None),
    ("Israel and Jordan concluded a peace treaty in 1994.", "SUPPORT"),
    # refusing to rule out or to be drawn states nothing (as "declined to comment")
    ("Despite saying this, he refused to rule out a strike against Iran in the future.", None),
    ("The government has refused to rule out the possibility of control orders.", None),
    # one's own decision or policy defended is no support; another party defended is
    ("Because Rumsfeld staunchly defended his Iraq policy in public.", None),
    ("The Government has defended its decision, with Senator Hill saying the troops would stay.",
     None),
    ("Russia defended Iran in the Security Council.", "SUPPORT"),
    # a permission for one's own people is a domestic rule; one for another state's concedes
    ("India does, however, follow a no-first-use policy and permits only the Cabinet Committee "
     "on Security to authorise a nuclear strike.", None),
    ("Germany has allowed gay couples to become registered partners since 2001.", None),
    ("German intelligence officers allowed a CIA doctor to draw blood samples.", "CONCEDE"),
    ("Egypt allowed aid convoys into Gaza on Tuesday.", "CONCEDE"),
    # a withdrawal announced is not carried out (CONCEDE by the manual, plover96); one completed
    # is done
    ("US President Trump announces troop withdrawal from Syria", "CONCEDE"),
    ("Syria completed the withdrawal of its troops from Lebanon on Tuesday.", "RETREAT"),
    # a strike is military with a state's word, a military modifier or armed forces as actor,
    # and a labour strike with a labour modifier or civilians striking
    ("This was the third Israeli strike in two days.", "ASSAULT"),
    ("The Syrian government state the strike was carried out by the U.S. military.", "ASSAULT"),
    ("UK teachers strike in first national teachers strike in 21 years", "PROTEST"),
    ("Thousands of French workers joined a strike against the pension reform.", "PROTEST"),
    # an act in a present-tense until- or once-clause is a condition still to be met
    ("North Korea will not take part in 6-party talks regarding their nuclear program until "
     "the United States releases US$25 million of North Korean funds.", None),
    ("The fighting continued until the army withdrew from the town.", "ASSAULT"),
    # an act one has until a time to do is still due; giving until a time is an ultimatum
    ("According to Palestinian President Mahmoud Abbas, the Hamas government has until midday "
     "on Tuesday to agree with a manifesto.", None),
    ("China has until October to respond with a detailed plan.", None),
    ("The UN Security Council gave Iran until August 31 to halt its nuclear program.",
     "THREATEN"),
    # a plea in court is no appeal; holding someone responsible blames them
    ("Rhode Island representative Patrick Kennedy pleads guilty to DUI", None),
    ("Saddam Hussein pleaded not guilty to the charges.", None),
    ("Iran pleaded with the UN to lift the sanctions.", "REQUEST"),
    ("Israeli Foreign Ministry spokesman Gideon Meir said Israel held Hamas responsible for the "
     "attacks.", "ACCUSE"),
    ("The army held hundreds of protesters in a stadium.", "COERCE"),
])
def test_tenth_round_everyday_senses_and_acts_not_done(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text,category", [
    # a condition named (if/unless wherever the parser hangs it, an inverted auxiliary, the
    # object of "conditional upon") is not an act done
    ("The Prime Minister said that it would make a big difference politically and legally if "
     "Saddam refused to allow in the UN inspectors.", None),
    ("Were Iran to reject the Solana offer the United Nations Security Council sanctions could "
     "be used to stop Iran's nuclear program.", None),
    ("These incentives are conditional upon Iran renouncing its rights under Article IV of the "
     "NPT.", None),
    ("Iran rejected the Solana offer on Tuesday.", "REJECT"),
    ("Iran renounced its rights under Article IV of the NPT.", "REJECT"),
    # fighting an attempt, a battle, a charge, a fire or an election is no assault
    ("Although the coca leaf is also used to make cocaine, Morales and his union have fought "
     "attempts to eradicate growth of the crop.", None),
    ("Throughout his tenure, Ridge fought a losing battle with the FBI for jurisdiction.", None),
    ("Environment Minister Stéphane Dion said he would be very pleased to fight an election "
     "over climate change.", None),
    ("Government troops fought the rebels in the north of the country.", "ASSAULT"),
    ("Canadian troops fought a fierce battle with the Taliban near Kandahar.", "ASSAULT"),
    # "blast" in words (a policy, an as-label) is criticism; an explosion that blasts stays
    ("Putin blasts US foreign policy", "ACCUSE"),
    ("Explosion blasts Palestinian intelligence service HQ", "ASSAULT"),
    # a warning named by a natural hazard is a forecast, no threat
    ("The NHC issued a hurricane warning in the northwestern Bahamas and hurricane watch for "
     "Andros Island.", None),
    ("The National Weather Service has issued a flash flood warning covering an area from "
     "Gulfport, Mississippi, to New Orleans.", None),
    ("Iran issued a warning to the United States over its naval patrols.", "THREATEN"),
    # alerting someone of or to a thing tells them; alerting forces mobilizes
    ("The Pentagon stated that Taiwan only alerted the U.S. of the error recently.", None),
    ("The UK Home Secretary alerted the country to the very high risk of terrorist attack "
     "during the Christmas season.", None),
    ("Pakistan alerted its forces along the border.", "MOBILIZE"),
    # refusing to predict or to state declines comment (CAMEO 011, no PLOVER event)
    ("In a separate interview with British broadcaster ITV, Mr Howard refused to predict whether "
     "he thought Prince Charles would become King of Australia.", None),
    ("Nonetheless, Mukasey triggered a political row when he refused to state that "
     "waterboarding amounted to illegal torture.", None),
    ("Iran refused to allow UN inspectors into the site.", "REJECT"),
])
def test_eleventh_round_conditions_and_everyday_senses(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text", [
    "It has also been announced that the PPP has voted in favor of a resolution that calls for "
    "an investigation into Benazir's assassination.",
    "Most Canadian soldiers' deaths were in bomb attacks and/or during combat.",
])
def test_victim_of_a_violent_noun_is_not_its_source(code, text):
    """The possessor of "assassination" or the subject "soldiers' deaths" suffered the act."""
    event = code(text)
    assert event is None or (event.category != "ASSAULT" or not event.sources), (text, event)


def test_possessor_of_a_violent_noun_with_an_of_phrase_stays_its_source():
    """ "Israel's killing of Hamas leader Sheikh Yassin": the of-phrase names the victim."""
    nlp = load_pipeline(Options().spacy_model)
    events = code_doc(nlp("Israel's killing of Hamas leader Sheikh Yassin sparked protests."))
    killing = [e for e in events if e.trigger == "killing"]
    assert killing and codes(killing[0].sources) == ["ISR"], events


@pytest.mark.parametrize("text,category", [
    # the embedding table (``senses.embedding``), decided by the trigger's path to the root:
    # a governor with could/may/might makes the act below it only possible
    ("While the region is currently overseen by 7,000 AU troops, hopes indicate that a joint "
     "venture might see as many as 17,000 UN and AU troops deployed, in addition to 3,000 police "
     "officers.", None),
    ("They state that tough council action could cause Iran to withdraw from the Nuclear "
     "Non-Proliferation Treaty and to ban inspectors sent from the International Atomic Energy "
     "Agency.", None),
    # "is to be" + participle: scheduled by someone unnamed, the subject is acted on
    ("NBC News reported Avenatti is to be sentenced in June.", None),
    ("The British Education Secretary, Ruth Kelly, announced during the week that junk food is "
     "to be banned from schools in England from September 1st 2006.", None),
    # an embedded whether-question leaves the act open
    ("There was confusion about whether the Australian Labor Party supported the Government "
     "amendment.", None),
    ("The spokesman did not comment on whether Israel had also blockaded Lebanon's airspace.",
     None),
    # an infinitive conjunct shares its governor's mood ("to" is no auxiliary of its own)
    ("Meanwhile, the Indian government is considering to stall the five-year old cease-fire with "
     "Pakistan and to end the dialogue process in order to send strong diplomatic signals.", None),
    # an event noun only talked of or planned
    ("Following elections, there plans for further peace talks in Cuba in April.", None),
    ("There is talk of a withdrawal of Russian troops from Georgia.", None),
    # intent by category: an announced inquiry or lawsuit is not yet an accusation ...
    ("The Iraqi government will investigate the American use of white phosphorus munitions "
     "during the battle of Fallujah.", None),
    ("Mr Yanukovych has stated that he will take his battle to the European Court of Human "
     "Rights.", None),
    # ... an intended deployment is the intent to provide forces, AGREE (also a headline noun
    # with a to-infinitive, and an intent noun in the plural)
    ("The Australian government has confirmed it will send an extra 200 troops to Afghanistan "
     "as part of a security and reconstruction team.", "AGREE"),
    ("UN to deploy over 3000 more troops to Congo", "AGREE"),
    ("US bombers to train in Australia", "AGREE"),
    ("Turkish government spokesman and Justice Minister Cemil Cicek has confirmed their "
     "government's intentions to send troops to Lebanon under the UN Resolution 1701.", "AGREE"),
    # ... unless its clause names a front, an enemy or weapons: then a threat
    ("Japan plans to deploy 55,000 troops, along with planes, warships, and submarines, in the "
     "event of a Chinese invasion of a remote southern island chain.", "THREATEN"),
    ("Russia said it would retaliate against any NATO deployment in Poland.", "THREATEN"),
    # neighbours that must still code
    ("Australia sent 200 more troops to Afghanistan.", "MOBILIZE"),
    ("Senator Lieberman (-Conn) said yesterday that Stevens was to blame for holding up money "
     "for the military.", "ACCUSE"),
    ("Russia was to deliver fuel to North Korea under the agreement.", None),  # plover80
    ("Israel threatened to strike Hezbollah positions in Lebanon.", "THREATEN"),
    ("The Indian government ended the dialogue process with Pakistan.", "SANCTION"),
])
def test_twelfth_round_the_path_to_the_root_decides_acts_not_done(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text,category", [
    # assure is AGREE only as a commitment (a future or conditional that-clause)
    ("ANSTO assured the public that the releases could not be detected off-site.", None),
    ("Romania's president, Traian Băsescu, assured people that, for the journalists' release, "
     "no ransom was given and there was no negotiation in terms of changing Romania's foreign "
     "policy.", None),
    ("Indonesian President Susilo Bambang Yudhoyono assured Australia that Indonesia would "
     "cooperate fully with the investigation.", "AGREE"),
    # hold is detention only over people: elections, polls and primaries are held
    ("On Sunday, Afghanistan held its first democratic general elections.", None),
    ("Lebanon plans to hold a general election in May.", None),
    ("Israeli police held the two Palestinians for questioning.", "COERCE"),
    # "strike down" a law and "strike back" in words are no labour strike and no attack; nor
    # is what a law bans an act of anyone
    ("Superior Court Judge Richard A. Kramer struck down two California laws that limited "
     "marriage in the state to a union of opposite-sex couples.", None),
    ("Judge M. Brooke Murdock of the Baltimore Circuit Court in Maryland struck down a 1973 law "
     "banning same-sex marriage yesterday, ruling the measure violated a state constitutional "
     "amendment prohibiting sex discrimination.", None),
    ("However the OAS struck back in Friday saying that the cards are already in the electoral "
     "centres.", None),
    # striking a tone, a balance or a chord is no attack
    ("Landrieu struck a similar tone in his concession speech.", None),
    ("The minister said current laws strike the right balance between freedom of expression "
     "and community concerns.", None),
    ("Israeli aircraft struck a Hezbollah position in southern Lebanon.", "ASSAULT"),
    # monitoring a situation, conditions or the peace is watching, no investigation
    ("Federal and Queensland Government authorities are monitoring the situation.", None),
    ("The ICRC has been monitoring conditions for detainees at Guantanamo.", None),
    ("The National Security Agency monitored the international telephone calls of hundreds of "
     "people.", "ACCUSE"),
    # a participle modifying a noun names a thing; a need in the passive is a rule; a discharge
    # from hospital frees no captive; signing into law is domestic
    ("It is expected the proposed changes would cause a sharp increase in filings before the "
     "new law could take effect.", None),
    ("The United States Senate has defeated a proposed constitutional amendment banning gay "
     "marriage.", None),
    ("\"When citizens testify before grand juries they are required to tell the truth,\" Mr. "
     "Fitzgerald said.", None),
    ("Reportedly, most bothersome to the soldiers was the length of their required stay in "
     "Iraq, which was at least 1 year.", None),
    ("The United States required Iraq to disclose all its weapons programs.", "REQUEST"),
    ("Blair, the eldest son of British Prime Minister Tony Blair, has been released from "
     "hospital this evening.", None),
    ("Cuba released four political dissidents.", "RETREAT"),
    ("North Carolina Governor Mike Easley signed into law a new minimum wage for the U.S. state "
     "Thursday.", None),
    ("China and India signed an agreement on border trade.", "SUPPORT"),
    # an act one is suspected of (hearsay in the passive) is not reported as done
    ("Viktor Bout is suspected of supplying arms to the Taliban, Al-Qaeda, FARC, as well as "
     "combatants on both sides of Africa's civil wars.", None),
    ("Officials there say the reporters are suspected of spying on Iran.", None),
])
def test_twelfth_round_objects_that_keep_a_light_verbs_category(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


def test_the_embedding_table_loads_its_rows():
    """Rows decided by the walker carry an outcome; the others name the rule that covers them."""
    emb = lexicon().extra["senses"]["embedding"]
    assert emb["keep"] == {"AGREE", "REQUEST", "THREATEN", "REJECT"}
    assert all(row["outcome"] in ("none", "intent", "inherit") for row in emb["rows"])
    assert emb["intent_categories"]["ACCUSE"] is None
    assert emb["intent_categories"]["ASSAULT"] == "THREATEN"


@pytest.mark.parametrize("text,category", [
    # an adjective homograph of a trigger verb is the adjective: near, tight, large-scale
    ("Interim Prime Minister Iyad Allawi's party offices were close to the site of the recent "
     "bombing in Baghdad.", None),
    ("Presidential candidate Felipe Calderón was declared the winner of a close race on Thursday "
     "in the Mexican general election.", None),
    ("Uribe is a conservative politician and one of the United States closest allies in the "
     "region.", None),
    ("Mass celebrations are planned to be held at Poklonnaya Gora, Moscow's primary WW2 "
     "memorial.", None),
    ("Police closed the border crossing after the attack.", "COERCE"),
    # a travel warning, or a warning to travellers or one's own citizens, is advice
    ("The United States embassy in San'a subsequently issued a warning to travelers because of "
     "the airfield incident.", None),
    ("Britain, Canada and Indonesia have issued travel warnings for their nationals in or "
     "wishing to travel to Sydney.", None),
    ("Iran warned the United States that it would retaliate against any attack.", "THREATEN"),
    # a negation scopes over "or" and "nor"
    ("Israel has never confirmed nor denied that it has nuclear weapons.", None),
    ("The US and British administrations have neither confirmed nor denied its accuracy.", None),
    ("Israel denied the allegations and rejected the claims.", "REJECT"),
    ("Israel denied the request and rejected the proposal.", "REJECT"),
    # defending oneself supports no one
    ("Berlusconi later defended himself, stating that his comments were supposed to be "
     "ironic.", None),
    ("Senator Trent Lott defended the NSA directive.", "SUPPORT"),
    # approving is support only of an international agreement or of someone put in office
    ("The 191-member General Assembly approved the resolution.", None),
    ("US Senate approves rules regulating detainee treatment", None),
    ("On Tuesday, the Romanian parliament ratified the country's accession treaty to the "
     "European Union.", "SUPPORT"),
    ("The U.S. Senate voted 55-43 to approve Priscilla Owen, a long-debated judicial candidate "
     "for the appellate bench.", "SUPPORT"),
    ("Two conventions (#) that Japan has ratified include provision meaning that a child is not "
     "to face any discrimination as to its birth.", "SUPPORT"),
    # an attack glossed by speech, about an issue, or on a claim's standing is criticism
    ("Australian Treasurer, Peter Costello has attacked the opposition Labor party's tax cuts "
     "saying they contain a \"basic error\".", "ACCUSE"),
    ("The Opposition attacked the government over the issue, suggesting that the money was "
     "wasted and could have been better spent helping children.", "ACCUSE"),
    ("In one instance, a Workers' Party deputy attacked Jefferson's credibility, calling him a "
     "liar.", "ACCUSE"),
    ("Loyalists attacked the police and army with blast bombs.", "ASSAULT"),
    ("Israeli planes attacked targets over Gaza.", "ASSAULT"),
    # returning fire is fighting, no return of anything
    ("Soldiers returned fire and killed five criminals.", "ASSAULT"),
    ("The helicopter then returned fire, hitting the school in the process.", "ASSAULT"),
    ("Israel returned the bodies of two Hezbollah fighters.", "RETREAT"),
])
def test_thirteenth_round_adjectives_advisories_negation_approvals_and_verbal_attacks(
        code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text,sources", [
    # a help noun under "with" names its giver in its of- or from-phrase
    ("But with the support of the government of Denmark, the newspaper had earlier defended its "
     "actions fiercely.", ["DNK"]),
    ("The United States offered its support to Pakistan.", ["USA"]),
])
def test_thirteenth_round_the_giver_of_support_under_with_is_the_source(code, text, sources):
    event = code(text)
    assert event is not None and codes(event.sources) == sources, (text, event)


@pytest.mark.parametrize("text,category", [
    # an intended request is not yet made (offset 10; news rows of read offsets)
    ("The Australian Government is to lobby Asian counties to reduce fuel subsidies and price "
     "caps in a bid to lower fuel prices.", None),
    ("Japanese health and agriculture ministers said they would ask their country's food safety "
     "commission to approve lifting the ban.", None),
    ("Marshall Islands to request $3 billion more from U.S. for health effects of nuclear "
     "testing", None),
    ("Iran urged the United Nations to lift the sanctions.", "REQUEST"),
    ("Abbas said that Israeli troops should unconditionally withdraw from the occupied Arab "
     "territories.", "REQUEST"),
    ("The US has said it will oppose any such action.", "REJECT"),
    # an intended restriction aimed at no one is a measure, no threat (offset 2; news rows)
    ("The ban will bring England in line with Scotland, Northern Ireland and Wales, which will "
     "all be introducing a full smoking ban for pubs and clubs.", None),
    ("The Alexander Strategy Group (ASG), one of Washington's top lobbying operations, plans to "
     "shut down at the end of January.", None),
    ("U.S. District judge Larry A. Burns scheduled Cunnigham to be sentenced on February 27.",
     None),
    # a target, or a challenger's strike or end of a truce, keeps the threat
    ("\"We will arrest people regardless of age,\" the police chief said.", "THREATEN"),
    ("The EU is planning to deny visas to Belarusian officials with alleged involvement in "
     "election rigging.", "REJECT"),
    ("Australian health workers to close intensive care units in Victoria next week", "THREATEN"),
    ("Basque separatist group ETA will end their cease-fire as of June 6, the group said in a "
     "communique released in Basque newspaper Berria on Tuesday.", "THREATEN"),
])
def test_fourteenth_round_intended_requests_and_untargeted_restrictions_are_not_done(
        code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text,category", [
    # a released work, also as a pronoun for the work a conjoined verb took (offset 12; news)
    ("The Puerto Rico Center for Investigative Journalism obtained the Telegram messages "
     "between Rosselló and eleven others and released them publicly on July 13.", None),
    ("Rebels captured the two soldiers and released them on Monday.", "ASSAULT"),
    ("The government released the prisoners publicly.", "RETREAT"),
    # what one looks for oneself is asked of no party (offsets 10 and 11; news rows)
    ("The number of people actively seeking work also increased.", None),
    ("Unsolicited quotes from ordinary Australians, many ex-Queenslanders seeking refuge in "
     "southern states, on hearing the news.", None),
    ("USA United States President Barack Obama is seeking a \"comprehensive exit strategy\" "
     "from the.", None),
    ("Iran is seeking help from Russia.", "REQUEST"),
    # concluding a speech or talks ends them; concluding an agreement stays
    ("Mr. Gissin concluded his statement by saying.", None),
    ("He concluded his speech with the words in Hebrew.", None),
    ("Israel and Jordan concluded a peace treaty in 1994.", "SUPPORT"),
])
def test_everyday_senses_of_release_seek_and_conclude(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


@pytest.mark.parametrize("text,category", [
    # reducing a measure of domestic life is policy, no concession (news rows of read offsets)
    ("Schwarzenegger is reported to have higher expectations for reducing greenhouse gas "
     "emissions than Prime Minister Stephen Harper.", None),
    ("We will make sure health care is there when you need it, reducing wait times by hiring "
     "more doctors and nurses.", None),
    ("Australian Government revenues will reduce further, he said.", None),
    ("US reduces Belgrade staff after embassy attack", "CONCEDE"),
    ("Israel reduced its troops in the West Bank.", "CONCEDE"),
])
def test_reducing_a_domestic_measure_is_no_concession(code, text, category):
    event = code(text)
    assert (event and event.category) == category, (text, event)


def assert_first_patterns(sense, cases):
    """Each case's word in its text is matched first by the named pattern of ``sense`` (None:
    by none of them): the sense tables' names are what the event's sense field shows."""
    nlp = load_pipeline(Options().spacy_model)
    coder = SentenceCoder()
    for text, (word, name) in cases.items():
        tok = next(t for t in nlp(text) if t.text == word)
        found = [n for n, _ in coder._named_sense_matches(sense, tok)]
        assert (found[0] if found else None) == name, (text, found)


class TestSixteenthRoundCategoryClasses:
    """Sixteenth round (plover15): category errors of the judged news draws, by class (item 22
    of docs/plover.md). Sentences of ../shared/corpus/news and the judged draws, with the
    neighbours each class must leave alone."""

    @pytest.mark.parametrize("text,category", [
        # harm no one meant: an accidental cause, "accidentally", a crash's participle
        ("The Regina soldier died August 9, 2006 after he was wounded by another Canadian "
         "soldier's accidental discharge with a weapon near Kandahar, Afghanistan.", None),
        ("Vice President Dick Cheney accidentally shot a fellow hunter in the face on Saturday "
         "during a bird hunting trip at a south Texas ranch.", None),
        ("A U.S. Marine transport helicopter has crashed in western Iraq, killing 31.", None),
        ("Two Eurocopter Cougar helicopters were apparently on a training mission for the "
         "forthcoming Afghan parliamentary elections when one of the aircraft crashed, killing "
         "twelve Spanish soldiers and five crew members.", None),
        ("Rebels from the Hutu -extremist \"Forces Nationales de Liberation \" have shot dead six "
         "churchgoers in Muhuta district, Bujumbura-Rural, according to army spokesman Adolphe "
         "Manirakiza.", "ASSAULT"),
    ])
    def test_harm_no_one_meant_is_no_assault(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    @pytest.mark.parametrize("text,category", [
        # everyday senses by particle and object
        ("Pakistan President Pervez Musharraf of Pakistan gave up his uniform in a ceremony "
         "yesterday in Rawalpindi.", None),
        ("Switzerland also gave one million Swiss Francs for medicines in June 2006 through the "
         "Swiss Agency for Development and Cooperation (SDC).", "AID"),
        ("Russia is claiming a larger area, extending to the North Pole, saying that a "
         "continental shelf called the Lomonosov Ridge runs from Siberia on the Arctic seabed "
         "to the North Pole.", None),
        ("The decree also extends to the members of the terrorist network Al Qaeda.", None),
        ("Colombian security forces conducted a raid that extended into Ecuadorian territory.",
         "ASSAULT"),
        ("The shooting happened one day after a joint United Nations -African Union force took "
         "over peacekeeping duties in Darfur.", "ASSAULT"),
        ("Kwaśniewski, who took over the presidency after the election of 1995, and then was "
         "re-elected in 2000, is the successor to Solidarity movement leader Lech Wałęsa.", None),
        ("Israel took control of the strategic southern Lebanese hub of Marjayoun on Thursday as "
         "part of its northern push.", "COERCE"),
        ("While silent about the U.N. resolution, the Iranian radio provided extensive coverage "
         "of an earlier international conference in Tehran which questioned the Holocaust.",
         None),
        ("Barack Obama accepts US presidential nomination from the Democratic Party", None),
        ("Premier Gordan Campbell announced in a news conference today that he will accept the "
         "plan unconditionally.", "AGREE"),
    ])
    def test_everyday_senses_by_particle_and_object(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    @pytest.mark.parametrize("text,category", [
        # a stop verb over liberties restricts them; over a ruling it is a court's stay
        ("On Friday, President Gutierrez, a self proclaimed \"dictocrat\" (dictator for the "
         "opposition but democrat to his supporters), declared a state of emergency in Quito, "
         "and suspended all civil liberties in the capital.", "COERCE"),
        ("On Tuesday the coup leaders suspended the 1997 constitution and imposed martial law.",
         "COERCE"),
        ("The 6th US Circuit Court has since suspended that ruling.", None),
        ("Nepal's army is under international scrutiny for potential violations of human "
         "rights, and some nations including India and the United Kingdom have suspended aid.",
         "SANCTION"),
    ])
    def test_suspending_liberties_and_rulings_is_no_sanction(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    @pytest.mark.parametrize("text,category", [
        # blame for acts yet to come warns; blame for acts done accuses
        ("These statements follow a move by the Israeli Security Council, which last week "
         "decided to hold the Lebanese government responsible for any attacks that Hezbollah "
         "creates.", "THREATEN"),
        ("Smaller previously unknown groups are saying to be taking responsibility, but Israel "
         "says that they hold Hamas responsible for any rocket attacks into Israel from the "
         "Strip.", "THREATEN"),
        ("Nasrallah said he held President Bush responsible for the war in Lebanon.", "ACCUSE"),
    ])
    def test_blame_for_acts_to_come_is_a_warning(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)


class TestEighteenthRoundCampaignAndMediaSenses:
    """Eighteenth round (plover18): a political trigger in a campaign's or the media's sense
    (item 25 of docs/plover.md). Sentences of ../shared/corpus/news and the rest draw, with
    the neighbours each class must leave alone."""

    @pytest.mark.parametrize("text,category", [
        # a rally an election campaign holds is no protest
        ("West held his first campaign rally in Charleston.", None),
        ("He continued to hold campaign rallies and White House events.", None),
        ("In the final days of October, Trump ramped up his campaign, holding up to five rallies "
         "a day throughout such states as Pennsylvania, Michigan, Wisconsin, Iowa, Nebraska, "
         "Arizona, and Florida, among others.", None),
        ("On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian "
         "presidential election to be held on August 9, held a rally in Minsk, Belarus.",
         "PROTEST"),
        ("2008 US Presidential Election, Alaska — A group calling itself \"Alaska Women Reject "
         "Palin\" held an anti-Sarah Palin rally Saturday, despite receiving threatening phone "
         "calls last week.", "PROTEST"),
    ])
    def test_campaign_rally_is_no_protest(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    @pytest.mark.parametrize("text,category", [
        # an attack on a topic or at a speech occasion is in words
        ("He said the \"phony\" and \"nasty\" Harris attacked Biden during Democratic debates "
         "and blasted her behavior during the Brett Kavanaugh Supreme Court confirmation "
         "hearing.", "ACCUSE"),
        ("Biden attacked Trump on paying fewer taxes to which Trump claimed he prepaid "
         "\"millions of dollars\" in taxes.", "ACCUSE"),
        ("The opposition has used the occasion to attack the government on its performance "
         "over the last ten years.", "ACCUSE"),
        ("During earlier local elections, the FNL had attacked a polling station, killing a "
         "United Nations peacekeeper.", "ASSAULT"),
    ])
    def test_attack_on_a_topic_or_in_a_debate_is_criticism(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    @pytest.mark.parametrize("text,category", [
        # talks with a news outlet are an interview; talks with an official stay
        ("Boccaletti, who works at the Observatoire de Paris, discussed his findings with "
         "Wikinews last month.", None),
        ("With Wikinews, Hammons discusses his background, campaign, the COVID-19 pandemic, the "
         "U.S. Supreme Court, and more.", None),
        ("He also revealed that he discussed Plame with Lewis Libby, the deputy Chief of Staff "
         "for the U.S.", "CONSULT"),
    ])
    def test_talks_with_a_news_outlet_are_no_consultation(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)


class TestTwentiethRoundGamesAndPrivateCommerce:
    """Item 27 of docs/plover.md: everyday senses where no political actor acts (issue 14)."""

    @pytest.mark.parametrize("text,category", [
        # a verb with a game sense in a sentence naming a game is no event (corpus news and
        # the judged html draw, seed 21021)
        ("Greece beats USA 101-95 in the semifinals of the FIBA world championship in Japan.",
         None),
        ("European champions Greece extended their winning streak to 8-0 at the Fiba world "
         "championship in Japan, by beating USA 101-95 in one of the finest moments of Greek "
         "sports.", None),
        ("With venues still to be determined, the Bajans will oppose Antigua and Barbuda on "
         "June 2 followed by an away fixture to Cuba three days later.", None),
        ("The Barbados Tridents’ footballers training ahead of a match against Dominica.", None),
        ("In the third quarter, Embiid starred, but Batum gave the Sixers some enormous two-way "
         "minutes, with the operative term being two-way.", None),
        # the neighbours: a sport named beside an attack, a refusal, or aid to athletes stays
        ("Seven killed in gun attack on Sri Lankan cricket team.", "ASSAULT"),
        ("In 2016, in a Swiss Chess tournament at Basel, Iranian Grand Master Ehasn "
         "Ghaem-Maghami refused to play against an [Israeli] player.", "REJECT"),
        ("A group of six Sierra Leoneans contacted the Northern Beaches Refugee Sanctuary - who "
         "had previously given shelter and assistance to six other missing athletes.", "AID"),
    ])
    def test_a_game_sense_in_a_sentence_about_a_game_is_no_event(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    @pytest.mark.parametrize("text,category", [
        # buying, selling, funding or contributing by private parties is commerce
        ("Tesco sold its roughly 2000 Thai and 74 Malaysian stores to Charoen Pokphand in "
         "March; announced leaving its joint venture with China Resources Holdings in February; "
         "and in 2015 sold its South Korean chain HomePlus.", None),
        ("A doctor bought it and he didn’t change anything.", None),
        ("Caterpillar sells bulldozers used by Israel to demolish Palestinian homes.", None),
        ("Mr. Dobrev said the inexperience of American forces at the recently built radio post "
         "in the area contributed to what the army calls a \"friendly fire incident.\"", None),
        # the neighbours: a state or an IGO that sells or funds, and a source left unfound
        ("Russia has sold weapons to Iran in the past, despite American protestation.",
         "COOPERATE"),
        ("The case against Cooper stemmed from a July 6, 2003 Op-Ed piece published by the "
         "Times, where disputed the assertion made by in his State of the Union Address that "
         "Saddam Hussein tried to buy uranium from Niger.", "COOPERATE"),
        ("Countries expected to contribute the bulk of the troops to the \"reinforced UNIFIL\" "
         "are France, Italy and Spain.", "AGREE"),
        ("The EU partially funded the feasibility studies, as it considers the EastMed pipeline "
         "to be a Project of Common Interest (PCI), ending the energy isolation of Crete and "
         "Cyprus.", "AID"),
    ])
    def test_commerce_between_private_parties_is_no_event(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)


def test_coder_memos_keep_each_documents_answers_when_documents_interleave():
    """The coder keeps answers for the last document it coded (actor codes per token and per
    phrase, a sentence's country words, its contexts): one coder taking the documents in turn
    gives each the events a fresh coder gives it."""
    nlp = load_pipeline(Options().spacy_model)
    first = nlp("Gunmen kidnapped two Italian aid workers near Kabul on Monday. The British "
                "government condemned the attack and Afghan police arrested three men in Herat.")
    second = nlp("Turkish troops shelled Kurdish positions in northern Iraq. Iran urged Turkey "
                 "to withdraw its soldiers from the border.")

    def events(coder: SentenceCoder, doc) -> str:  # type: ignore[no-untyped-def]
        return repr([e for sent in doc.sents for e in coder.code(sent)])

    fresh = {doc: events(SentenceCoder(), doc) for doc in (first, second)}
    assert "[]" not in fresh.values()
    one = SentenceCoder()
    for doc in (first, second, first, second):
        assert events(one, doc) == fresh[doc]


class TestTwentyFirstRoundForecastWarnings:
    """Item 28 of docs/plover.md: a warning that predicts another party's act is no threat."""

    @pytest.mark.parametrize("text,category", [
        # another coded party is the that-clause's subject: a prediction or a judgement
        # (news corpus)
        ("South Korea has warned, in a letter to its military, that North Korea may test at "
         "least \"two or three\" more nuclear bombs if they feel that they have been "
         "\"provoked.\"", None),
        ("General John Abizaid, the top U.S. commander in the Middle East, warned the Senate "
         "Armed Services Committee that \"Iraq could move toward civil war\" if the violence is "
         "not contained and stopped soon adding \"Sectarian violence is probably as bad as I "
         "have seen it.\"", None),
        ("Palestinian officials warned that Israel is harming new peace talks, which resumed "
         "last month after a seven-year break.", None),
        # the html draw's judged-wrong row (seed 21021): the parser hangs the clause its
        # "that" marks under a later verb
        ("A top US public health expert is now warning that unless new preventative measures "
         "are taken, the UK could see similar rates of Covid-19 transmission as in American "
         "universities where by 25 September, several weeks into the academic year, 1,300 "
         "universities and colleges had reported 130,000 cases of coronavirus.", None),
        # the neighbours: the warner's own side, a pronoun, a clause as subject, and a party
        # made to undergo consequences (judged THREATEN rows and news corpus)
        ("North Korean official warns U.S. that the DPRK may fire a nuclear missile",
         "THREATEN"),
        ("Interim Prime Minister Surayud Chulanont warned that he would impose a state of "
         "emergency if there was any violence.", "THREATEN"),
        ("Boris Tadić, Serbia's president, had previously warned Croatia that recognizing "
         "Kosovo would have a negative effect on their relations.", "THREATEN"),
        ("Vice President Dick Cheney warned that Iran will face \"serious consequences\" if it "
         "refuses to stop enriching uranium.", "THREATEN"),
    ])
    def test_a_warning_of_another_partys_act_is_a_prediction(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)


class TestTwentySecondRoundEngagementsAndPermissions:
    """Item 29 of docs/plover.md: everyday senses decided by the object: a cancelled
    engagement cuts no tie, and a permission given is no aid."""

    @pytest.mark.parametrize("text,category", [
        # the actor's own engagement or a domestic measure cancelled (judged offset 10 and
        # rest rows; news corpus)
        ("The Seoul government said Park had cancelled his entire Thursday schedule.", None),
        ("As cases of coronavirus increased in Florida, Trump cancelled the in-person "
         "Republican National Convention planned for Jacksonville.", None),
        ("Public hospitals are cancelling elective surgery for periods of up to six weeks.",
         None),
        ("Nevada is one of at least four states where the Republican Party decided to cancel "
         "primaries or caucuses: South Carolina, Kansas, and Arizona made the same decision.",
         None),
        # the neighbours: ties to another actor (an appositive or conjoined agreement,
        # cooperation) stay SANCTION, a visit or trip stays REJECT (news corpus)
        ("North Korea cancels all military, political agreements with South Korea",
         "SANCTION"),
        ("The North also canceled cooperation, non-aggression and reconciliation agreements "
         "that were agreed upon in the early 1990's.", "SANCTION"),
        ("Russian Foreign Minister Sergei Lavrov is reported to have cancelled a scheduled "
         "visit to Poland shortly after the deal was announced.", "REJECT"),
        ("Musharraf has canceled his trip to the Beijing Olympics so that he can focus on "
         "planning a response to the coalition.", "REJECT"),
    ])
    def test_a_cancelled_engagement_is_no_sanction(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    @pytest.mark.parametrize("text,category", [
        # permission or access given (judged offset 10 and rest rows; news corpus)
        ("In December 1928 the City of Philadelphia gave the Philadelphia Council permission "
         "to build a headquarters on city-owned land at 22nd and Spring Streets in Fairmount "
         "Park.", None),
        ("Lastly, excerpts from Bob Woodward's book Rage, for which Trump gave insider access, "
         "revealed Trump downplayed the coronavirus in February in order to avoid public "
         "panic.", None),
        ("However President Talabani has given legal permission for one of Iraq's two "
         "vice-presidents to sign death orders.", None),
        # the neighbour: material help given stays AID (a judged-right row, offset 10)
        ("Switzerland also gave one million Swiss Francs for medicines in June 2006 through "
         "the Swiss Agency for Development and Cooperation (SDC).", "AID"),
    ])
    def test_a_permission_given_is_no_aid(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)


class TestTwentyFourthRoundFindingsAreNoActs:
    """Item 31 of docs/plover.md: a finding of a book, poll, record or study about another
    party ('find' and 'show' in the claim class of the irrealis catalogue) reports no act;
    a conflict act so found stays, as under 'claim'."""

    @pytest.mark.parametrize("text,category", [
        # judged rows (offsets 8 and 3, html)
        ("According to its authors, National Remembrance Institute (IPN) historians Sławomir "
         "Cenckiewicz and Piotr Gontarczyk, the book shows that Wałęsa, who in 1983 won the "
         "Nobel Peace Prize for leading the peaceful Solidarity movement that later led to the "
         "downfall of communism in Poland, had collaborated with the SB in the early 1970.", None),
        ("Dr. Feaver found that US public opinion will support military engagement abroad, "
         "despite growing casualties, provided that the public believed that the war was being "
         "fought for a worthy cause and that victory was achievable.", None),
        ("He says data from the Statistical Institute of Jamaica, STATIN, show that Jamaica is "
         "importing more produce from CARICOM than the country is exporting.", None),
        # news corpus: polls and investigations
        ("A separate poll published by The Pew Research Center found that 43% of Americans "
         "supported an immediate withdrawal of US troops from Iraq, an increase from 36% of "
         "Americans who were polled last October.", None),
        ("This week, investigations by the police showed that Marcos Valério withdrew, in cash, "
         "large sums of money from Rural Bank.", None),
        # the neighbour: a conflict act found stays (news corpus)
        ("The report also shows that the United States threatened to spy on New Zealand if New "
         "Zealand didn't back down on its anti-nuclear legislation.", "THREATEN"),
    ])
    def test_a_finding_about_another_party_is_no_act(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)


class TestTwentyFourthRoundSemiModalObligations:
    """Item 31 of docs/plover.md: "has to", "have to", "need(s) to" read as the parser builds
    them (the semi-modal the head, the act its complement) are obligations, as "must": an act
    only required is not done (news corpus)."""

    @pytest.mark.parametrize("text,category", [
        ("Although the accord has to be ratified by East Timor's parliament which is ruled by "
         "Fretilin with 55 seats the biggest block in parliament, but all the smaller parties "
         "are said to be working together to veto the deal.", None),
        ("The election and appointment results still need to be ratified by the Emir, who has "
         "been supportive of the efforts to give women the right to vote.", None),
        ("Before a bill is passed into law the same version needs to be approved by both the "
         "House and the Senate.", None),
        # the neighbour: an obligation a party sets for another's act is its demand
        ("Mr Asefi said that any plan would have to recognise Iran's rights to be considered.",
         "REQUEST"),
    ])
    def test_an_act_only_required_is_not_done(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)


class TestTwentyFifthRoundPublicAttitudesAndWorks:
    """Item 32 of docs/plover.md: an attitude held by a general public (a poll's share, the
    voters, a quantified nationality) is an opinion or a domestic vote, no act; a work named
    by a part, a title or a plural ('findings', 'pages of documents', 'the State of the Union
    Address') is published or delivered, no release of captives and no aid; an election
    conceded or a fact admitted is no concession; a court's ruling on a filing is no
    rejection."""

    @pytest.mark.parametrize("text,category", [
        ("Most Norwegians support the new fishing quota, a poll showed.", None),
        ("Some 62 percent of Chileans oppose the mining law, according to a survey.", None),
        ("Voters in Bavaria rejected the referendum on the new airport.", None),
        ("A clear majority of voters backed the reform in the referendum.", None),
        ("The Danish public would support a larger contribution to the mission.", None),
        ("Public opinion in Japan opposes the dispatch of troops.", None),
        # the neighbours: a state, a government beside its people, a plural nationality with
        # no quantifier (a side) and a named kind of body keep the event
        ("Norway supports the new fishing quota.", "SUPPORT"),
        ("The Chilean government and people strongly oppose the mining law.", "REJECT"),
        ("The Peruvians rejected the Bolivian proposal on Monday.", "REJECT"),
        ("Many Irish charities oppose the policy.", "REJECT"),
    ])
    def test_a_publics_attitude_is_no_act(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    @pytest.mark.parametrize("text,category", [
        ("The Defence Ministry released its findings on the helicopter crash.", None),
        ("The army released 4,000 pages of documents on the war.", None),
        ("Police released the names of the two suspects.", None),
        ("The Hamas government released copies of the letters on Monday.", None),
        ("The president delivered the annual State of the Union Address on Tuesday.", None),
        # the neighbours: captives released stay RETREAT, goods delivered stay AID
        ("The rebels released twelve soldiers of the national army.", "RETREAT"),
        ("The guerrillas released hundreds of prisoners on Sunday.", "RETREAT"),
        ("Sweden delivered 500 tonnes of food aid to Malawi.", "AID"),
    ])
    def test_a_work_named_by_a_part_title_or_plural_is_no_release(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    def test_the_public_patterns_load_as_dependency_matcher_patterns(self):
        rule = lexicon().extra["senses"]["public_attitudes"]
        assert {"PUBLIC_BODY", "POLL_SHARE", "SHARE_OF_PUBLIC", "QUANTIFIED_NATIONALS",
                "PUBLIC_OPINION"} <= set(rule["patterns"])
        assert {"support", "oppose", "reject"} <= rule["verbs"]

    @pytest.mark.parametrize("text,category", [
        ("The opposition leader conceded defeat after the count in the capital.", None),
        ("The senator conceded the race to his challenger on Wednesday.", None),
        ("The minister conceded that the reform would take years.", None),
        ("The general conceded that the ceasefire may collapse.", None),
        ("The mayor conceded having made serious mistakes.", None),
        # the neighbours: a concession in a bargain or to demands stays CONCEDE, and a
        # that-clause with a modal still commits under 'agree'
        ("The government conceded more autonomy to the northern provinces.", "CONCEDE"),
        ("The coalition conceded two ministries to the opposition in the talks.", "CONCEDE"),
        ("The rebels finally conceded to the government's demands.", "CONCEDE"),
        ("Pakistan agreed that talks would resume in March.", "AGREE"),
    ])
    def test_an_election_conceded_or_a_fact_admitted_is_no_concession(self, code, text,
                                                                      category):
        event = code(text)
        assert (event and event.category) == category, (text, event)

    @pytest.mark.parametrize("text,category", [
        ("The Supreme Court refused to hear the company's appeal on Monday.", None),
        ("A federal judge dismissed the lawsuit against the state election board.", None),
        ("The constitutional court rejected the opposition's complaint about the vote count.",
         None),
        ("A district judge denied a motion by prosecutors to revoke his bail.", None),
        # the neighbours: a government rejecting a court's request, a state rejecting another
        # state's claim, and a court's sentence are left to the other rules
        ("The government rejected the court's request for the documents.", "REJECT"),
        ("Chile rejected Peru's claim to the maritime zone.", "REJECT"),
        ("The court sentenced the former minister to six years in prison.", "SANCTION"),
    ])
    def test_a_courts_ruling_on_a_filing_is_no_rejection(self, code, text, category):
        event = code(text)
        assert (event and event.category) == category, (text, event)


class TestTwentyEighthRoundLegalAppeals:
    """Item 35 of docs/plover.md: an appeal in court (a ruling appealed, a court addressed, an
    appeal against a ruling or penalty, the noun in a trial's frame, a bare appeal verb) is a
    step of a trial, no REQUEST; an appeal to an actor, for calm or for aid stays REQUEST."""

    @pytest.mark.parametrize("text", [
        "The defence minister appealed his conviction for fraud on Monday.",
        "Prosecutors appealed the acquittal of the two officers.",
        "The ruling is being appealed by the state government.",
        "The opposition party appealed to the Constitutional Court over the election results.",
        "The Kenyan government has 30 days to appeal against the High Court ruling.",
        "The former governor will appeal over his suspension from office.",
        "The ministry said it would decide next week whether to appeal.",
        "The mayor's lawyers filed an appeal with the Supreme Court on Friday.",
        "His conviction was overturned on appeal last year.",
    ])
    def test_an_appeal_in_court_is_no_request(self, code, text):
        event = code(text)
        assert event is None or event.category != "REQUEST", (text, event)

    @pytest.mark.parametrize("text", [
        "The Indian prime minister appealed for calm after the riots.",
        "The United Nations appealed to both sides to halt the fighting.",
        "The Red Cross appealed to Chile for more food aid.",
        "The family appealed to the Defence Secretary for a review of the case.",
        "Brazil made an urgent appeal to Argentina to reopen the border.",
    ])
    def test_an_appeal_to_an_actor_stays_a_request(self, code, text):
        event = code(text)
        assert event is not None and event.category == "REQUEST", (text, event)

    def test_the_legal_appeal_patterns_load_as_named_dependency_patterns(self):
        rule = lexicon().extra["senses"]["legal_appeals"]
        assert {"RULING_APPEALED", "COURT_ADDRESSED", "AGAINST_RULING",
                "TRIAL_FRAME"} <= set(rule["patterns"])
        assert "court" in rule["courts"] and "conviction" in rule["rulings"]


class TestTwentyNinthRoundPolicyPreferences:
    """Item 36 of docs/plover.md: supporting an act named by a gerund ("supports raising the
    retirement age") is the source's policy preference, no SUPPORT of an actor; support of an
    actor, of an actor's act, or of a gerund with its own doer stays SUPPORT."""

    @pytest.mark.parametrize("text", [
        "The senator said she supports raising the minimum wage in every state.",
        "The opposition party endorsed cutting the fuel tax before the election.",
        "The governor backed building a new bridge over the river.",
        "The labour minister voiced support for extending the school year.",
    ])
    def test_support_for_a_gerund_act_is_no_support_event(self, code, text):
        event = code(text)
        assert event is None or event.category != "SUPPORT", (text, event)

    @pytest.mark.parametrize("text", [
        "France supports the new government of Lebanon.",
        "The German government backed Turkey joining the European Union.",
        "Japan endorsed the peace plan proposed by Egypt.",
    ])
    def test_support_of_an_actor_or_its_act_stays_support(self, code, text):
        event = code(text)
        assert event is not None and event.category == "SUPPORT", (text, event)

    def test_the_preference_patterns_load_as_named_dependency_patterns(self):
        rule = lexicon().extra["senses"]["policy_preferences"]
        assert {"GERUND_OBJECT", "GERUND_FOR"} <= set(rule["patterns"])
        assert "poss" in rule["doer_deps"]


class TestThirtiethRoundTenderedActs:
    """Item 37 of docs/plover.md: an act noun done by handing it over (a resignation, an
    apology, an endorsement) is that act whatever verb hands it over ("submitted his
    resignation", "offered its apologies"), no offer to cooperate and no aid; an offer of a
    thing and an offer to resign stay AGREE."""

    @pytest.mark.parametrize(("text", "category"), [
        ("The Estonian prime minister offered the resignation of his cabinet to the president.",
         "RETREAT"),
        ("The interior minister submitted his resignation to the prime minister on Friday.",
         "RETREAT"),
        ("The defence minister of Peru delivered his resignation to the president this morning.",
         "RETREAT"),
        ("The foreign minister sent his resignation to the head of state.", "RETREAT"),
        ("The Danish government offered its apologies to Norway for the incident.", "CONCEDE"),
        ("The governor offered his endorsement to the senator before the primary.", "SUPPORT"),
    ])
    def test_a_tendered_act_is_the_act(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    @pytest.mark.parametrize(("text", "category"), [
        ("Canada offered military assistance to Haiti.", "AGREE"),
        ("Turkey offered to mediate between the two sides.", "AGREE"),
        ("The prime minister offered to resign after the vote.", "AGREE"),
        ("The Red Cross sent food aid to the flooded villages of Bangladesh.", "AID"),
    ])
    def test_an_offer_or_a_delivery_of_a_thing_stays(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_a_resignation_submitted_keeps_its_source(self, code):
        event = code("The Kenyan finance minister submitted his resignation on Monday.")
        assert event is not None and event.category == "RETREAT"
        assert codes(event.sources) == ["KEN"]

    def test_the_tendered_act_pattern_loads_as_a_named_dependency_pattern(self):
        rule = lexicon().extra["senses"]["tendered_acts"]
        assert set(rule["patterns"]) == {"ACT_TENDERED"}
        assert {"offer", "submit", "deliver"} <= rule["verbs"]
        assert {"resignation", "apology"} <= rule["acts"]
        verb, act = rule["patterns"]["ACT_TENDERED"][0]
        assert "offer" in verb["RIGHT_ATTRS"]["LEMMA"]["IN"]  # "$verbs" expanded
        assert "resignation" in act["RIGHT_ATTRS"]["LEMMA"]["IN"]


class TestThirtySecondRoundListedKinds:
    """Item 39 of docs/plover.md: a bare act noun in a bare list of three or more nouns names
    kinds of act ("activities include kidnappings, bombings, extortions and smuggling"), not an
    act done: no event; a light verb over the list, an agent or target phrase and an article
    or possessor keep the acts done."""

    @pytest.mark.parametrize("text", [
        "The rebel group's activities include kidnappings, bombings, extortions and smuggling.",
        "Refugees said they were fleeing threats, intimidation, persecution and hunger.",
    ])
    def test_a_listed_kind_of_act_is_no_event(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize(("text", "category"), [
        ("Sudanese militias carried out killings, rapes and lootings in Darfur last week.",
         "ASSAULT"),
        ("Attacks on police, army posts, schools and markets continued in southern Thailand.",
         "ASSAULT"),
        ("Protests, strikes and sit-ins against the new labour law have spread across France.",
         "PROTEST"),
        ("Kenyan police made arrests, searches and seizures in Mombasa on Monday.", "COERCE"),
    ])
    def test_listed_acts_done_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_listed_kind_patterns_load_as_named_dependency_patterns(self):
        rule = lexicon().extra["senses"]["listed_kinds"]
        assert set(rule["patterns"]) == {"LISTED_FIRST", "LISTED_MIDDLE", "LISTED_LAST",
                                         "LISTED_SIBLING"}
        assert {"det", "poss"} <= rule["bare_deps"] and {"by", "against"} <= rule["actor_preps"]
        anchor = rule["patterns"]["LISTED_FIRST"][0][0]
        assert anchor["RIGHT_ATTRS"]["POS"] == "NOUN"


class TestThirtyThirdRoundCaptiveRelease:
    """Item 40 of docs/plover.md: CAMEO 0841 releases persons, so a release whose every
    patient is a common noun or a neuter pronoun naming no person (a work, a product, a
    substance) is no RETREAT; people, names, numbers and personal pronouns keep it."""

    @pytest.mark.parametrize("text", [
        "The rebel group released a new videotape on its website.",
        "The Finnish government released its tax policy on Monday.",
        "The ministry released a summary of the talks with Iran.",
        "The release of the census summary angered the opposition.",
        "Factories in the region released toxic gases into the river.",
    ])
    def test_a_thing_released_is_no_retreat(self, code, text):
        event = code(text)
        assert event is None or event.category != "RETREAT", (text, event)

    @pytest.mark.parametrize("text", [
        "Iran released the fifteen British sailors on Thursday.",
        "Israel released hundreds of Palestinian prisoners.",
        "Hamas released him on Monday.",
        "Cuba released four political dissidents on Tuesday.",
        "The rebels released the two aid workers on Sunday.",
        "Those held by the militants were released after a week.",
    ])
    def test_people_released_stay_retreat(self, code, text):
        event = code(text)
        assert event is not None and event.category == "RETREAT", (text, event)

    def test_the_captive_release_sense_loads_as_data(self):
        rule = lexicon().extra["senses"]["captive_release"]
        assert rule["verbs"] == {"release"} and rule["categories"] == {"RETREAT"}
        assert {"prisoner", "hostage", "soldier"} <= rule["person_heads"]
        assert "it" in rule["neuter_pronouns"] and "them" not in rule["neuter_pronouns"]


class TestThirtySixthRoundProposedInstruments:
    """Item 43 of docs/plover.md: an act that is only the content of a bill, motion,
    resolution or draft still to be passed is proposed, not done; an instrument adopted or
    passed makes it done, and a sponsor's call stays the sponsor's request."""

    @pytest.mark.parametrize("text,category", [
        ("A Republican senator introduced a bill to cut military aid to Egypt.", "SANCTION"),
        ("Two congressmen have tabled a motion to ban arms exports to Saudi Arabia.", "COERCE"),
        ("France and Britain put forward a draft resolution imposing an arms embargo on Libya.",
         "SANCTION"),
        ("The opposition submitted legislation restricting the rights of foreign journalists.",
         "COERCE"),
        ("Senator Clarke introduces bill to suspend military aid to Bahrain", "SANCTION"),
        ("The Council is still debating a draft resolution regarding sanctions against Syria.",
         "SANCTION"),
        ("The government planned on introducing legislation into parliament restricting access"
         " to foreign news sites.", "COERCE"),
    ])
    def test_the_content_of_a_proposed_instrument_is_not_done(self, code, text, category):
        event = code(text)
        assert event is None or event.category != category, (text, event)

    @pytest.mark.parametrize("text,category", [
        ("The Security Council adopted a resolution imposing sanctions on North Korea.",
         "SANCTION"),
        ("The European Union imposed new sanctions on Belarus.", "SANCTION"),
        ("Lawmakers in Ohio introduced a resolution calling for the release of the hostages.",
         "REQUEST"),
    ])
    def test_an_adopted_instrument_and_a_sponsors_call_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_proposed_instruments_sense_loads_as_data(self):
        rule = lexicon().extra["senses"]["proposed_instruments"]
        assert {"bill", "resolution", "motion"} <= rule["instruments"]
        assert {"introduce", "table", "submit"} <= rule["proposing_verbs"]
        assert not {"adopt", "pass", "approve"} & rule["proposing_verbs"]
        assert rule["particle_verbs"] == {"put": "forward"}
        assert "CONTENT_OF_PROPOSED" in rule["patterns"]


class TestFortyFirstRoundOrderedActsAndFines:
    """Item 48 of docs/plover.md: a harmful act someone is ordered, told, instructed or
    authorised to do (a to-infinitive complement) is not done; where the order is a trigger
    it is the event, REQUEST (PLOVER: "requests, demands and orders"). Acts of authority an
    order enacts (an arrest) stay, and so does speech reported with "told". A fine is SANCTION
    160; a court's fine is a conviction's sentence, mode convict."""

    @pytest.mark.parametrize("text", [
        "Soldiers were told to shoot the prisoners.",
        "The president authorised the army to bomb rebel positions.",
    ])
    def test_an_ordered_harm_with_no_order_coded_is_no_event(self, code, text):
        event = code(text)
        assert event is None or event.category != "ASSAULT", (text, event)

    @pytest.mark.parametrize("text", [
        "The general ordered troops to fire on the crowd.",
        "The commander instructed his men to attack the village.",
    ])
    def test_an_order_to_harm_is_a_request(self, code, text):
        event = code(text)
        assert event is not None and event.category == "REQUEST", (text, event)

    @pytest.mark.parametrize("text, category", [
        ("The governor ordered the police to arrest the strike leaders.", "COERCE"),
        ("The minister told reporters that troops had shelled the town.", "ASSAULT"),
    ])
    def test_enacted_orders_and_reported_speech_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    @pytest.mark.parametrize("text, mode", [
        ("A court in Moscow fined the newspaper 500,000 roubles.", "convict"),
        ("The European Commission fined the bank 300 million euros.", None),
        ("The regulator imposed a fine of $2 million on the airline.", None),
    ])
    def test_a_fine_is_a_sanction(self, code, text, mode):
        event = code(text)
        assert event is not None and event.category == "SANCTION", (text, event)
        assert event.mode == mode, (text, event)

    def test_the_adjective_fine_is_no_trigger(self, code):
        assert code("The weather was fine on Monday.") is None

    def test_the_senses_load_as_data(self):
        lex = lexicon()
        command = lex.extra["senses"]["irrealis"]["command"]
        assert command["categories"] == {"ASSAULT"} and command["to_infinitive"]
        assert "tell" in command["governors"] and "fine" not in lex.verbs
        assert lex.verbs["fined"] == ("SANCTION", "160", None)


class TestFortyThirdRoundActsNotDone:
    """Item 50 of docs/plover.md: an act that is the to-infinitive of "be going to" is intended
    (the intent rule: AGREE, an intended accusation not coded); an act that is the
    to-infinitive of an adjective said of a dummy "it" is an opinion about doing, no deed; an
    act in the phrase of a noun of taking part with "no", or after "without", is not done. A
    stated readiness ("it is ready to") and the acts done beside them stay."""

    def test_an_act_one_is_going_to_do_is_intended(self, code):
        event = code("Norway is going to give Kenya a loan of 20 million dollars.")
        assert event is not None and event.category == "AGREE", event
        assert code("Norway gave Kenya a loan of 20 million dollars.").category == "AID"

    def test_a_noun_of_a_light_verb_after_going_to_is_intended(self, code):
        event = code("Brazil is going to file a formal complaint with the WTO against Canada.")
        assert event is None or event.category != "ACCUSE", event

    @pytest.mark.parametrize("text", [
        "Officials said it would be wiser for Chile to sell copper to Japan.",
        "It is essential to hold talks with the rebels.",
        "It was easy for the army to attack the rebel camps.",
    ])
    def test_an_act_an_adjective_evaluates_is_no_deed(self, code, text):
        assert code(text) is None, text

    def test_a_readiness_of_a_party_named_it_stays_intent(self, code):
        event = code("Norway said it is ready to give Kenya a loan.")
        assert event is not None and event.category == "AGREE", event

    @pytest.mark.parametrize("text", [
        "Sweden will play no role in the negotiations with Iran.",
        "Peru took no part in the attacks on the embassy.",
    ])
    def test_an_act_one_takes_no_part_in_is_denied(self, code, text):
        assert code(text) is None, text

    def test_a_part_taken_stays(self, code):
        event = code("Sweden played a major role in the negotiations with Iran.")
        assert event is not None and event.category == "CONSULT", event

    @pytest.mark.parametrize("text,category", [
        ("The army left the town without firing a shot.", "ASSAULT"),
        ("Patients can renew permits without having to visit an office.", "CONSULT"),
        ("The minister cut the fund without any consultation with the unions.", "CONSULT"),
    ])
    def test_an_act_done_without_is_not_done(self, text, category):
        events = code_doc(load_pipeline(Options().spacy_model)(text))
        assert not [e for e in events if e.category == category], events

    def test_the_act_that_goes_without_stays(self, code):
        event = code("Rebels attacked the convoy without warning.")
        assert event is not None and event.category == "ASSAULT", event

    def test_the_patterns_load_as_data(self):
        rule = lexicon().extra["senses"]["planned_acts"]
        assert rule["outcomes"]["GOING_TO_ACT"] == "intent"
        assert rule["outcomes"]["EVALUATED_ACT"] == "none"
        assert rule["outcomes"]["NEGATED_PARTICIPATION"] == "none"
        assert rule["outcomes"]["DOING_WITHOUT"] == "none" and "without" in rule["privative_preps"]
        value = rule["patterns"]["EVALUATED_ACT"][0][4]["RIGHT_ATTRS"]["LOWER"]
        assert {"ready", "willing"} <= set(value["NOT_IN"])


class TestFortySecondRoundDatedEventsAsTimeReferences:
    """Item 49 of docs/plover.md: an act noun with a year as its modifier in a temporal phrase
    ("after the 1979 invasion", "prior to the 2001 attacks") dates the clause and is not
    reported. An event of the clause beside it, and an event dated by a day alone, stay."""

    @pytest.mark.parametrize("text", [
        "The old terminal fell into decline after the 1979 Soviet invasion.",
        "Four months prior to the 2001 attacks, he spoke to a reporter in Kandahar.",
        "Violence has risen in the province since the 2003 invasion by coalition forces.",
    ])
    def test_a_year_dated_event_in_a_temporal_phrase_is_no_event(self, code, text):
        event = code(text)
        assert event is None or event.category != "ASSAULT", (text, event)

    def test_an_event_of_the_clause_stays_beside_a_dated_one(self, code):
        event = code("Russian troops invaded Georgia after the 2007 elections.")
        assert event is not None and event.category == "ASSAULT", event

    def test_an_event_dated_by_a_day_stays(self, code):
        event = code("Rebels attacked the town after the August 29 invasion by the army.")
        assert event is not None and event.category == "ASSAULT", event

    def test_the_patterns_load_as_data(self):
        rule = lexicon().extra["senses"]["planned_acts"]
        assert rule["outcomes"]["DATED_EVENT_AS_TIME_REFERENCE"] == "none"
        assert rule["outcomes"]["DATED_EVENT_AFTER_COMPLEX_PREP"] == "none"
        assert {"after", "since", "before"} <= rule["temporal_preps"]
        date = rule["patterns"]["DATED_EVENT_AS_TIME_REFERENCE"][0][2]["RIGHT_ATTRS"]
        assert date["SHAPE"] == "dddd" and "nummod" in date["DEP"]["IN"]


class TestFortyFourthRoundSingleCountryExercisesAndProblemFights:
    """Item 51 of docs/plover.md: an exercise, drill or war game told as done with no partner
    is the source's show of force, MOBILIZE 150 with no recipient; with a partner word, a
    with-phrase naming an actor or sources of two states it stays COOPERATE. Fighting,
    cracking down on or waging war on an abstract problem is a policy, no ASSAULT or COERCE,
    and a promise to do so stays AGREE; a problem that names its doer stays an enemy. A
    figure's provider named by a bare participle ("estimates provided by") is no COOPERATE."""

    @pytest.mark.parametrize("text", [
        "Chinese forces completed a series of naval exercises in the Yellow Sea this week,"
        " involving 20 ships, 90 aircraft and 8,000 sailors.",
        "Iran held war games in the Gulf on Tuesday.",
        "Russia conducted military drills near its western border last month.",
    ])
    def test_an_exercise_without_a_partner_is_mobilize(self, code, text):
        event = code(text)
        assert event is not None and event.category == "MOBILIZE", (text, event)
        assert event.cameo == "150" and not event.targets, event

    @pytest.mark.parametrize("text", [
        "India and Pakistan held joint naval drills off the coast.",
        "Japan held a naval exercise with the United States last week.",
        "Australian and New Zealand forces began exercises in the Tasman Sea.",
    ])
    def test_an_exercise_with_a_partner_stays_cooperate(self, code, text):
        event = code(text)
        assert event is not None and event.category == "COOPERATE", (text, event)

    @pytest.mark.parametrize("text", [
        "The army is fighting terrorism in the north of the country.",
        "The government cracked down on corruption in the ministries.",
        "The new president waged war on drugs in his first year.",
    ])
    def test_a_fight_against_a_problem_is_no_attack(self, code, text):
        event = code(text)
        assert event is None or event.category not in ("ASSAULT", "COERCE"), (text, event)

    @pytest.mark.parametrize("text", [
        "The governor has promised to fight this corruption.",
        "The minister pledged to crack down on drug trafficking.",
    ])
    def test_a_promise_to_fight_a_problem_is_a_commitment(self, code, text):
        event = code(text)
        assert event is not None and event.category == "AGREE", (text, event)

    def test_an_enemy_stays_an_enemy(self, code):
        assert code("The rebels vowed to fight the government.").category == "THREATEN"
        assert code("The president vowed to defeat Kurdish terrorism.").category == "THREATEN"
        event = code("Police cracked down on protesters in the capital.")
        assert event is not None and event.category == "COERCE", event

    def test_a_figures_provider_named_in_passing_is_no_cooperation(self, code):
        event = code("The count was in line with estimates provided by the British and Irish"
                     " security services.")
        assert event is None or event.category != "COOPERATE", event
        event = code("Iran provided intelligence to Syria on the rebels' positions.")
        assert event is not None and event.category == "COOPERATE", event

    def test_the_classes_load_as_data(self):
        senses = lexicon().extra["senses"]
        assert set(senses["cited_providers"]["patterns"]) == {"CITED_PROVIDER"}
        assert senses["single_country_exercises"]["code"] == ("MOBILIZE", "150", None)
        assert {"joint", "bilateral"} <= senses["single_country_exercises"]["partner_modifiers"]
        assert {"corruption", "poverty", "terrorism"} <= senses["problem_fights"]["problems"]
        assert set(senses["problem_fights"]["patterns"]) == {
            "PROBLEM_AS_OBJECT", "PROBLEM_AFTER_PREP", "PROBLEM_OF_STRUGGLE_NOUN"}



class TestFortySeventhRoundHoldingAThingIsNoDetention:
    """Item 54 of docs/plover.md: hold and keep detain only a person or a group; with an
    event, an exercise, a post, a status or a document as object they are light verbs, and
    the object decides (an exercise is MOBILIZE or COOPERATE, a post or a party nothing)."""

    @pytest.mark.parametrize("text", [
        "The senator held the party chairmanship for ten years.",
        "She has held a diplomatic passport since 2001.",
        "The general kept the army ready for a long war.",
        "The mayor held a large garden party for the donors.",
    ])
    def test_holding_a_thing_is_no_detention(self, code, text):
        event = code(text)
        assert event is None or event.category != "COERCE", (text, event)

    def test_held_maneuvers_are_an_exercise(self, code):
        event = code("Iranian forces held military maneuvers in the Gulf on Monday.")
        assert event is not None and event.category == "MOBILIZE", event
        event = code("Russia began a week of naval manoeuvres in the Baltic Sea.")
        assert event is not None and event.category == "MOBILIZE", event

    @pytest.mark.parametrize("text", [
        "Police in Cairo held three protesters overnight.",
        "The rebels are holding two French journalists in the jungle.",
        "The militia is still holding hundreds of villagers in the camp.",
    ])
    def test_holding_people_stays_detention(self, code, text):
        event = code(text)
        assert event is not None and event.category == "COERCE", (text, event)
        assert event.cameo == "173", event

    def test_the_class_loads_as_data(self):
        senses = lexicon().extra["senses"]
        assert senses["held_people"]["verbs"] == {"hold", "keep"}
        assert {"crowd", "mob"} <= senses["held_people"]["group_heads"]
        assert "hundreds" in senses["held_people"]["quantity_heads"]
        assert lexicon().nouns["maneuvers"][0] == "COOPERATE"


class TestFortiethRoundHarmToCrowdsAndCourtPunishments:
    """Item 47 of docs/plover.md: force that harms the crowd itself (a verb of harm with the
    crowd as object or after on/at/into/against, a casualty clause among the crowd, lethal
    force against it) is violent repression, ASSAULT 175 mode crowd-control, not COERCE; force
    for a purpose of crowd control or without harm stays COERCE. A court or judge that jails
    someone convicts: SANCTION, mode convict; authorities or police that jail stay COERCE."""

    @pytest.mark.parametrize("text", [
        "Troops opened fire on demonstrators in the capital, killing five people.",
        "Police shot dead three protesters in the port city on Monday.",
        "Soldiers opened fire, killing two marchers, witnesses said.",
        "The army deployed lethal force against protesters in the capital on Thursday.",
    ])
    def test_force_that_harms_a_crowd_is_assault(self, code, text):
        event = code(text)
        assert event is not None and event.category == "ASSAULT", (text, event)
        assert (event.cameo, event.mode) == ("175", "crowd-control"), (text, event)

    @pytest.mark.parametrize("text", [
        "Riot police used force to break up the protests.",
        "Police cracked down on the protesters in the capital.",
        "Police opened fire to disperse the demonstrators, killing one man.",
    ])
    def test_force_to_control_a_crowd_without_harm_to_it_stays_coerce(self, code, text):
        event = code(text)
        assert event is not None and event.category == "COERCE", (text, event)

    def test_a_crowd_fired_from_work_is_no_assault(self, code):
        event = code("The company fired the strikers on Monday.")
        assert event is None or event.category != "ASSAULT", event

    @pytest.mark.parametrize("text", [
        "A court in Ankara jailed two journalists for insulting the state.",
        "A judge imprisoned the editor last week.",
    ])
    def test_a_court_that_jails_convicts(self, code, text):
        event = code(text)
        assert event is not None and event.category == "SANCTION", (text, event)
        assert event.mode == "convict", (text, event)

    @pytest.mark.parametrize("text", [
        "Authorities jailed two journalists last week.",
        "Police jailed the strike leaders overnight.",
    ])
    def test_authorities_that_jail_still_coerce(self, code, text):
        event = code(text)
        assert event is not None and event.category == "COERCE", (text, event)

    def test_the_senses_load_as_data(self):
        senses = lexicon().extra["senses"]
        crowd = senses["crowd_control"]
        assert set(crowd["applies_to"]) == set(crowd["patterns"])
        assert crowd["code"] == ("ASSAULT", "175", "crowd-control")
        assert "protesters" in crowd["crowds"] and "lethal" in crowd["lethal_modifiers"]
        assert senses["court_punishments"]["code"] == ("SANCTION", "160", "convict")


class TestThirtyNinthRoundPlannedActs:
    """Item 46 of docs/plover.md: an act named by a noun that is only planned, prepared for or
    proposed is not done: the complement noun of a planning verb in a headline is a plan (the
    intent rule: THREATEN for coercion), what one prepares for or a plan's content marked as
    possible is no event, and an act one is preparing to do is an observed readiness, not
    coded. A stated readiness ("is prepared to accept") stays intent, and an act done stays."""

    def test_a_headline_plan_of_a_crackdown_is_intent_not_done(self, code):
        event = code("Russia plans crackdown on Chechen rebel camps")
        assert event is not None and event.category == "THREATEN", event
        assert event.modality == "intent" and event.base_category == "COERCE", event

    @pytest.mark.parametrize("text", [
        "The rebels are preparing for a government offensive in the north.",
        "Rebels retreat to the mountains to re-equip and prepare for raids across the border.",
        "Police uncovered a possible plot to assassinate the governor.",
        "The warships were preparing to open fire on the fishing boats.",
    ])
    def test_an_act_prepared_for_or_only_possible_is_no_event(self, code, text):
        event = code(text)
        assert event is None or event.category not in ("ASSAULT", "THREATEN", "COERCE"), (
            text, event)

    @pytest.mark.parametrize(("text", "category"), [
        ("Lebanon is prepared to accept the force.", "AGREE"),
        ("Police cracked down on the protesters in the capital.", "COERCE"),
    ])
    def test_a_stated_readiness_and_an_act_done_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_planned_acts_sense_loads_as_data(self):
        senses = lexicon().extra["senses"]
        rule = senses["planned_acts"]
        assert set(rule["outcomes"]) == set(rule["patterns"]) and "prepare" in rule["planning_verbs"]
        modifiers = rule["patterns"]["CONTENT_OF_PLANNED_NOUN"][0][3]["RIGHT_ATTRS"]["LOWER"]["IN"]
        assert "possible" in modifiers  # the senses' planned_modifiers are written in
        assert senses["irrealis"]["preparation"]["outcome"] == "none"


class TestThirtyEighthRoundEntitlementsGiven:
    """Item 45 of docs/plover.md: a right given or granted is a status, no aid (CAMEO 07 moves
    resources), wherever the parser puts it: the object, the of-object of "many of", an
    apposition to the last recipient; a pardon granted is a concession (CONCEDE) even when the
    parser reads it as an apposition to the pardoned. Money, a loan, supplies and asylum stay
    AID."""

    @pytest.mark.parametrize("text", [
        "The trade body gave Brazil and Mexico, in addition to Chile, Peru and Colombia the right"
        " to impose countervailing duties.",
        "The tribunal gave the two companies the right to appeal the ruling.",
        "Spain already gives unmarried partners many of the rights of married couples.",
        "The parliament granted the region's residents the right to vote in national elections.",
    ])
    def test_a_right_given_is_no_aid(self, code, text):
        event = code(text)
        assert event is None or event.category != "AID", (text, event)

    def test_a_pardon_read_as_apposition_is_a_concession(self, code):
        event = code("The governor granted Maria Lopez Vargas a full and unconditional pardon.")
        assert event is not None and event.category == "CONCEDE", event

    @pytest.mark.parametrize("text", [
        "The United States gave Israel $2 billion in military aid.",
        "Japan granted Indonesia a loan of $500 million.",
        "Egypt granted asylum to the former leader.",
        "The European Union gave Sudan many of the food supplies it had promised.",
    ])
    def test_resources_given_stay_aid(self, code, text):
        event = code(text)
        assert event is not None and event.category == "AID", (text, event)

    def test_the_entitlements_sense_loads_as_data(self):
        rule = lexicon().extra["senses"]["entitlements_given"]
        assert rule["categories"] == {"AID"} and {"give", "grant"} <= rule["verbs"]
        assert {"right", "rights"} <= rule["entitlements"] and "pardon" in rule["clemency"]
        assert rule["code"] == ("CONCEDE", "080", None)
        verbs = rule["patterns"]["ENTITLEMENT_AS_OBJECT"][0][0]["RIGHT_ATTRS"]["LEMMA"]["IN"]
        assert "give" in verbs  # the named list is written in


class TestThirtySeventhRoundAdmonitions:
    """Item 44 of docs/plover.md: a warning against doing something from a warner with no
    means of force (a rights group, a council, a doctors' body) urges, it threatens nothing; a
    state's, army's or police's warning against an act stays THREATEN."""

    @pytest.mark.parametrize("text", [
        "Human Rights Watch warned the rebels on attacking civilian convoys.",
        "The Medical Association has warned the government of underestimating the cost of the"
        " reform.",
        "Amnesty International warned the militias against recruiting children.",
    ])
    def test_a_warning_against_doing_from_no_force_is_no_threat(self, code, text):
        event = code(text)
        assert event is None or event.category != "THREATEN", (text, event)

    @pytest.mark.parametrize("text", [
        "The United States warned Iran against continuing its enrichment program.",
        "The army warned the protesters against crossing the border fence.",
        "Police warned the strikers against blocking the port again.",
    ])
    def test_a_state_or_armed_warning_stays_a_threat(self, code, text):
        event = code(text)
        assert event is not None and event.category == "THREATEN", (text, event)

    def test_the_admonitions_sense_loads_as_data(self):
        rule = lexicon().extra["senses"]["admonitions"]
        assert {"against", "of", "on"} <= rule["preps"]
        assert {"MIL", "COP", "GOV"} <= rule["coercive_sectors"]
        assert "warn" in rule["verbs"]


class TestThirtyFifthRoundForceBuilding:
    """Item 42 of docs/plover.md: CAMEO 150 builds up forces, so making stronger what is no
    force (ties, relations, a majority, a storm) is no MOBILIZE; troops, a contingent, border
    security, a with-phrase of police and an armed group growing stronger keep it, and ties
    strengthened under an intent stay an intent to cooperate."""

    @pytest.mark.parametrize("text", [
        "The two leaders said the visit had strengthened ties between their nations.",
        "Bilateral trade relations have strengthened over the past decade.",
        "The ruling party reinforced its majority in the regional election.",
        "The storm strengthened overnight as it approached the coast.",
    ])
    def test_a_thing_made_stronger_is_no_mobilization(self, code, text):
        event = code(text)
        assert event is None or event.category != "MOBILIZE", (text, event)

    @pytest.mark.parametrize("text", [
        "Russia strengthened its military contingent in the region.",
        "NATO reinforced its troops in Kosovo after the riots.",
        "The presidential palace was reinforced with police and soldiers before the march.",
        "The government strengthened border security after the bombing.",
        "The rebels have been strengthening in the north, a defence official said.",
    ])
    def test_forces_made_stronger_stay_mobilization(self, code, text):
        event = code(text)
        assert event is not None and event.category == "MOBILIZE", (text, event)

    def test_ties_strengthened_under_an_intent_stay_an_intent_to_cooperate(self, code):
        text = "The government is ready to strengthen cooperation with its neighbours, he said."
        event = code(text)
        assert event is not None and event.category == "AGREE", (text, event)

    def test_the_force_building_sense_loads_as_data(self):
        rule = lexicon().extra["senses"]["force_building"]
        assert rule["verbs"] == {"strengthen", "reinforce"} and rule["categories"] == {"MOBILIZE"}
        assert {"troops", "contingent", "security"} <= rule["forces"]
        assert "position" not in rule["forces"] and "MIL" in rule["sectors"]


class TestThirtyFourthRoundAidToOneself:
    """Item 41 of docs/plover.md: aid whose beneficiary is the clause's subject is not that
    subject's gift. A loan taken is borrowed (the from-phrase lent it); aid to oneself (a
    reflexive recipient) aids no other party and is no event."""

    @pytest.mark.parametrize("text", [
        "Two Russian oligarchs loaned themselves billions through their own bank.",
        "The Kenyan ministers gave themselves a generous pay rise last spring.",
        "The Serbian smugglers had equipped themselves with stun guns and radios.",
    ])
    def test_aid_to_oneself_is_no_aid(self, code, text):
        event = code(text)
        assert event is None or event.category != "AID", (text, event)

    @pytest.mark.parametrize("text,giver", [
        ("Argentina took out a loan from the IMF.", "IGO"),
        ("Pakistan took out a loan of six billion dollars from the IMF.", "IGO"),
        ("Kenya took a $500 million loan from China to build the railway.", "CHN"),
        # the neighbours: a lender as subject keeps the act
        ("The World Bank loaned Kenya $200 million for new roads.", "IGO"),
        ("Japan gave Indonesia a loan of one billion dollars.", "JPN"),
        ("Turkish ships took aid to Gaza on Monday.", "TUR"),  # took it there: brought it
    ])
    def test_a_loan_taken_is_given_by_the_lender(self, code, text, giver):
        event = code(text)
        assert event is not None and event.category == "AID", (text, event)
        assert [a.code for a in event.sources] == [giver], (text, event)

    def test_a_loan_taken_from_no_one_named_has_no_giver(self, code):
        event = code("The government took out a loan to pay the salaries.")
        assert event is None or event.category != "AID", event

    def test_the_self_benefit_sense_loads_as_data(self):
        rule = lexicon().extra["senses"]["self_benefit"]
        assert rule["categories"] == {"AID"} and rule["taking_verbs"] == {"take"}
        assert rule["bring_preps"] == {"to", "into"}
        assert set(rule["patterns"]) == {"AID_TAKEN", "AID_TO_ONESELF"}
        taker = rule["patterns"]["AID_TAKEN"][0][1]["RIGHT_ATTRS"]["LEMMA"]["IN"]
        assert taker == ["take"]  # the named list is written in


class TestFiftiethRoundNeighbouringCategories:
    """Item 57 of docs/plover.md: occupying or annexing territory is COERCE seize (CAMEO 192
    in CAMEO2PLOVER), not ASSAULT; occupying a post is holding it, no event; accepting a
    resignation agrees to nothing (the resignation is the act); an intransitive "take over"
    is a succession, no seizure."""

    @pytest.mark.parametrize("text", [
        "Turkish troops occupied the northern third of the island in 1974.",
        "Moroccan soldiers are occupying the disputed islet off the coast.",
        "Russia annexed the peninsula after a disputed referendum.",
    ])
    def test_occupying_territory_is_a_seizure(self, code, text):
        event = code(text)
        assert event is not None and event.category == "COERCE", (text, event)
        assert (event.cameo, event.mode) == ("192", "seize"), event

    def test_occupying_a_post_is_no_event(self, code):
        event = code("In four decades of politics the senator has occupied several posts "
                     "as minister.")
        assert event is None or event.category not in ("COERCE", "ASSAULT"), event

    def test_protesters_occupying_offices_stay_a_protest(self, code):
        event = code("Protesters occupied the offices of the ruling party in Kiev.")
        assert event is not None and event.category == "PROTEST", event

    @pytest.mark.parametrize("text", [
        "The king accepted the resignation of the prime minister on Monday.",
        "The president also accepted the defence minister's resignation.",
    ])
    def test_an_accepted_resignation_is_no_agreement(self, code, text):
        event = code(text)
        assert event is not None and event.category == "RETREAT", (text, event)
        assert event.trigger == "resignation", event

    def test_accepting_a_proposal_stays_agree(self, code):
        event = code("Iran accepted the European proposal on enrichment.")
        assert event is not None and event.category == "AGREE", event

    @pytest.mark.parametrize("text", [
        "The holiday was celebrated until the colonel took over in 1969.",
        "The prime minister took over from his predecessor in 2004.",
    ])
    def test_an_intransitive_take_over_is_a_succession(self, code, text):
        event = code(text)
        assert event is None or event.category != "COERCE", (text, event)

    def test_taking_over_a_thing_stays_a_seizure(self, code):
        event = code("Three hundred soldiers took over a hotel in Manila.")
        assert event is not None and event.category == "COERCE", event

    def test_the_classes_load_as_data(self):
        lex = lexicon()
        assert [tuple(lex.verbs[v])[:3] for v in ("occupy", "annex")] == [
            ("COERCE", "192", "seize")] * 2
        senses = lex.extra["senses"]
        assert "posts_held" in senses["not_with"]["occupy"]
        assert "departures" in senses["not_with"]["accept"]
        assert "resignation" in senses["classes"]["departures"]
        assert lex.extra["requires"]["take over"] == {"dobj", "nsubjpass"}


class TestFiftyThirdRoundDomesticPolitics:
    """Law-making, votes on a bill, electoral tallies, donations to a party and a cabinet signed
    in pass between no two actors: no PLOVER event (``senses.domestic_politics``)."""

    @pytest.mark.parametrize("text", [
        "With a stroke of the pen, the governor general signed into law Ontario's controversial C-12 bill.",
        "Forty senators voted against the bill on Tuesday.",
        "The assembly voted down the budget amendment last week.",
        "The senator has amassed 900 pledged delegates so far.",
        "The businessman donated $5,000 to the Labour Party last year.",
        "A mining company gave $100,000 to the governor's re-election campaign.",
        "The prime minister signed in his new cabinet on Monday.",
    ])
    def test_domestic_politics_is_no_event(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text,category", [
        ("Mexico and Canada signed a trade treaty in Ottawa.", "SUPPORT"),
        ("Russia voted against the resolution on Syria.", "REJECT"),
        ("Syria amassed troops on the Lebanese border.", "MOBILIZE"),
        ("Japan gave $5 million to Haiti after the earthquake.", "AID"),
        ("The president vetoed the bill on Monday.", "REJECT"),
    ])
    def test_acts_between_actors_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_sense_loads_as_data(self):
        sense = lexicon().extra["senses"]["domestic_politics"]
        assert set(sense["patterns"]) == {"SIGNED_INTO_LAW", "VOTE_ON_LEGISLATION", "VOTED_VERDICT",
                                          "ELECTORAL_TALLY", "PARTY_DONATION", "CABINET_SIGNED_IN"}
        assert {"bill", "amendment", "motion"} <= sense["legislation"]
        assert {"delegates", "seats", "votes"} <= sense["tallies"]


class TestFiftySecondRoundPromisedActsAndStruckDeals:
    """Item 59 of docs/plover.md: an act a promise names by a noun is intended, not done, and
    the promise takes the intent's category (a pledge of aid AGREE, a vow of attacks or war
    THREATEN, a promised veto REJECT; a promised fight against a problem stays AGREE); striking,
    cutting or sealing a deal is an agreement, also where a headline makes the verb a noun."""

    @pytest.mark.parametrize("text", [
        "Norway also pledges $40 million in aid for the rebuilding of Liberia.",
        "Canada pledged 30 million dollars in humanitarian aid on Tuesday.",
    ])
    def test_a_pledge_of_aid_is_an_agreement_by_the_pledger(self, code, text):
        event = code(text)
        assert event is not None and event.category == "AGREE", (text, event)
        assert codes(event.sources) in (["NOR"], ["CAN"]), event

    @pytest.mark.parametrize("text", [
        "The rebel commander vowed new attacks on government positions in the north.",
        "The militia leader vowed to start a holy war against the neighbouring state.",
        "The two leaders promised new sanctions on Syria if the shelling continues.",
    ])
    def test_a_promise_of_a_hostile_act_is_a_threat(self, code, text):
        event = code(text)
        assert event is not None and event.category == "THREATEN", (text, event)

    def test_a_promised_veto_is_a_rejection(self, code):
        event = code("The governor has promised a veto of the spending bill.")
        assert event is not None and event.category == "REJECT", event

    @pytest.mark.parametrize("text", [
        "The new president promised to wage a war against corruption.",
        "The opposition vowed more rallies in the capital next week.",
        "Japan promised emergency assistance to Chile after the earthquake.",
    ])
    def test_promised_cooperation_fights_on_problems_and_protests_stay_agree(self, code, text):
        event = code(text)
        assert event is not None and event.category == "AGREE", (text, event)

    @pytest.mark.parametrize("text,source", [
        ("Serbia strikes deal with Kosovo over border crossings", "SRB"),
        ("Sudan seals deal with southern rebels", "SDN"),
        ("Iran cuts deal with Russia", "IRN"),
        ("The Colombian government cut a deal with the rebels in Havana.", "COL"),
    ])
    def test_a_deal_struck_is_an_agreement(self, code, text, source):
        event = code(text)
        assert event is not None and event.category == "AGREE", (text, event)
        assert source in codes(event.sources), event
        assert all(w not in a.text.split() for a in event.sources
                   for w in ("strikes", "seals", "cuts")), event

    def test_a_military_strike_headline_stays_an_assault(self, code):
        event = code("Israel strikes Hamas targets in Gaza")
        assert event is not None and event.category == "ASSAULT", event

    def test_the_classes_load_as_data(self):
        senses = lexicon().extra["senses"]
        assert set(senses["promised_acts"]["patterns"]) == {
            "ACT_AS_OBJECT", "ACT_IN_AMOUNT", "ACT_AFTER_AMOUNT", "ACT_OF_COMPLEMENT"}
        assert senses["promised_acts"]["hostile_act"] == ("ASSAULT", "18", None)
        assert set(senses["struck_deals"]["patterns"]) == {
            "DEAL_READ_AS_VERB", "DEAL_READ_AS_OBJECT_OF_NOUN"}
        assert senses["struck_deals"]["code"] == ("AGREE", "030", None)
        assert "bargains" in dict(senses["object_senses"]["cut"])


class TestBackgroundActsAreNotDatedToTheReport:
    """An act told in the past perfect or as earlier ("had levied", "had previously expelled",
    "once occupied") with no date of its own happened before the report: its date is not
    stated (docs/plover.md item 61)."""

    TEXT = ("WASHINGTON, May 4, 2021 - Canada condemned Myanmar on Tuesday over the arrests of "
            "journalists. The United States had also levied sanctions against Myanmar. Britain "
            "had previously expelled two Russian diplomats. Germany once occupied Poland. "
            "Officials said Russia had attacked a Ukrainian convoy. France had expelled Iranian "
            "diplomats in 2005.")

    @pytest.fixture(scope="class")
    @classmethod
    def extraction(cls):
        from blocwatch import pipeline
        from blocwatch.records import RawDocument

        return pipeline.process(RawDocument("t.txt", "t", cls.TEXT, "text/plain"), UNSCORED)

    @staticmethod
    def dates(extraction) -> dict[str, str | None]:
        """Each event's date by its first source's words."""
        return {next(a.text for a in ev.coded if a.role == "source"): ev.date
                for ev in extraction.events if ev.extractor == CODER}

    def test_past_perfect_and_background_adverbs_leave_the_date_not_stated(self, extraction):
        dates = self.dates(extraction)
        assert {k: dates.get(k, "missing") for k in ("The United States", "Britain", "Germany")} \
            == {"The United States": None, "Britain": None, "Germany": None}, dates

    def test_news_reported_speech_and_own_dates_keep_their_dates(self, extraction):
        dates = self.dates(extraction)
        assert dates.get("Canada") == "2021-05-04", dates
        assert dates.get("Russia") == "2021-05-04", dates  # "said … had attacked": news
        assert dates.get("France") == "2005", dates

    def test_the_classes_are_named_patterns(self):
        from blocwatch.events import background_act

        nlp = load_pipeline(Options().spacy_model)
        cases = {"Russia had sanctioned and expelled the diplomats.": ("expelled",
                                                                       "PAST_PERFECT_CONJUNCT"),
                 "In the past, the army attacked the town.": ("attacked", "IN_THE_PAST"),
                 "Years ago, the army attacked the town.": ("attacked", "YEARS_AGO"),
                 "The army attacked the town.": ("attacked", None),
                 "The army once again attacked the town.": ("attacked", None),
                 "Earlier, the army attacked the town.": ("attacked", None)}
        for text, (verb, name) in cases.items():
            tok = next(t for t in nlp(text) if t.text == verb)
            assert background_act(tok) == name, (text, background_act(tok))

    def test_the_store_keeps_the_background_act_without_a_date(self, extraction, tmp_path):
        import sqlite3

        from blocwatch.store import Store

        store = Store(str(tmp_path / "s.db"))
        try:
            assert store.write(extraction, "test").status != "failed"
        finally:
            store.close()
        db = sqlite3.connect(tmp_path / "s.db")
        rows = db.execute("SELECT e.category, e.date, e.date_precision FROM events e "
                          "WHERE e.extractor = ? ORDER BY e.category", (CODER,)).fetchall()
        db.close()
        assert ("SANCTION", None, None) in rows, rows
        assert ("SANCTION", "2005", "year") in rows, rows
        assert ("ACCUSE", "2021-05-04", "day") in rows, rows


class TestFiftyFirstRoundClaimDenials:
    """plover51 (narrowed in plover51b): denying a fact (a report, a that-clause) states a
    position (CAMEO 01x, no PLOVER category), no event; denying responsibility or an accusation
    stays REJECT (the manual's 016 note), as does denying a request, proposal or entry;
    dismissing a named person removes them from a post."""

    @pytest.mark.parametrize("text", [
        "The Chilean navy has repeatedly denied that the base exists.",
        "Turkey has denied in a statement that its army is preparing to cross into Iraq.",
        "The ministry denied the reports, calling them baseless.",
        "The minister refuted the story as fabricated.",
        "The spokesman issued a denial of the reports on Tuesday.",
        "Venezuela rejected the suggestion that its troops had crossed the border.",
    ])
    def test_a_denied_fact_is_no_event(self, code, text):
        event = code(text)
        assert event is None or event.category != "REJECT", (text, event)

    @pytest.mark.parametrize("text", [
        "Peru denied any involvement in the bombing of the embassy.",
        "The ministry denied the allegations, calling them baseless.",
        "Bolivia dismissed claims that its troops had crossed the border.",
        "Venezuela rejected the accusations of vote rigging.",
        "The spokesman issued a denial of involvement on Tuesday.",
        # the parser hangs the noun's that-clause on the verb: RESPONSIBILITY_DENIED decides
        "The minister denied the allegation that he took bribes.",
    ])
    def test_a_denied_responsibility_stays_a_rejection(self, code, text):
        event = code(text)
        assert event is not None and event.category == "REJECT", (text, event)

    @pytest.mark.parametrize("text", [
        "Israel denied the request for a visa.",
        "Egypt denied entry to the Hamas delegation.",
        "Portugal rejected a Spanish proposal to share the water of the Tagus.",
        "Jordan denied the Iraqi delegation access to the camps.",
        "Guyana rejected the Venezuelan claim to the Essequibo region.",
    ])
    def test_a_denied_request_stays_a_rejection(self, code, text):
        event = code(text)
        assert event is not None and event.category == "REJECT", (text, event)

    def test_dismissing_a_named_person_is_no_rejection(self, code):
        event = code("The president said he had to dismiss Juan Perez because of the scandal.")
        assert event is None or event.category != "REJECT", event

    def test_the_classes_load_as_data(self):
        senses = lexicon().extra["senses"]
        denials = senses["claim_denials"]
        assert {"report", "existence", "story"} <= denials["facts"]
        assert {"involvement", "allegation", "claim", "charge"} <= denials["responsibility"]
        assert not denials["facts"] & denials["responsibility"]
        assert not {"request", "proposal", "entry", "visa"} & denials["facts"]
        assert set(denials["patterns"]) == {
            "FACT_DENIED", "CLAUSE_DENIED", "CLAUSE_AFTER_PHRASE", "FACT_OF_DENIAL",
            "CLAUSE_OF_DENIAL", "RESPONSIBILITY_DENIED"}
        assert set(senses["post_removals"]["patterns"]) == {"PERSON_REMOVED"}


class TestPlover57SiegeIsARestriction:
    """Besieging, a siege, blockading and cordoning off restrict movement: CAMEO 191 "impose
    blockade, restrict movement", which the CAMEO2PLOVER table makes COERCE (mode restrict),
    not ASSAULT; an armed assault on a besieged place stays ASSAULT (issue 14, branch
    plover57, docs/plover.md item 64). Sentences written for this test."""

    @pytest.mark.parametrize("text", [
        "Syrian troops besieged the rebel town for three weeks.",
        "The Israeli navy blockaded the Lebanese ports.",
    ])
    def test_a_siege_is_coerce_restrict(self, code, text):
        event = code(text)
        assert event is not None, text
        assert (event.category, event.cameo, event.mode) == ("COERCE", "191", "restrict"), text

    def test_an_assault_on_a_besieged_town_stays_assault(self, code):
        event = code("Sri Lankan troops stormed the besieged town of Kilinochchi.")
        assert event is not None
        assert (event.category, event.trigger) == ("ASSAULT", "stormed")

    def test_a_named_siege_stays_assault(self, code):
        event = code("Chechen rebels carried out the Beslan school siege in 2004.")
        assert event is not None
        assert (event.category, event.trigger) == ("ASSAULT", "siege")

    def test_the_lexicon_gives_the_siege_words_cameo_191(self):
        from blocwatch.plover import lexicon

        lex = lexicon()
        for table, word in ((lex.verbs, "besiege"), (lex.verbs, "blockade"),
                            (lex.verbs, "cordon off"), (lex.nouns, "blockade")):
            assert table[word] == ("COERCE", "191", "restrict"), word


class TestActNamedToPlaceAnotherInTime:
    """An act that is the object of a verb of sequence ("the move follows the killing of …",
    "the strike preceded a crackdown") is named to place the clause's own act in time, not
    reported: no event, nor is an event noun that says how the named act was done ("in an
    airstrike"). Only a given act (the, this, a possessive) is named so; an indefinite one ("the
    arrest followed a raid") is told as news. A person, group or state that follows something
    complies or pursues; that sense stays (issue 14, branch plover58, docs/plover.md item 65).
    Sentences written for this test."""

    @pytest.mark.parametrize("text", [
        "The decision follows the bombing of a police station in the capital.",
        "The announcement followed the army's crackdown on the opposition.",
        "The vote follows the killing of the mayor in a bomb attack last week.",
    ])
    def test_a_followed_act_is_no_event(self, code, text):
        event = code(text)
        assert event is None or event.trigger not in ("bombing", "crackdown", "killing",
                                                       "attack"), (text, event)

    def test_the_clause_own_act_stays(self, code):
        event = code("Rebels attacked the convoy, following the arrest of their leader.")
        assert event is not None
        assert (event.category, event.trigger) == ("ASSAULT", "attacked")

    def test_an_indefinite_act_after_a_sequence_verb_is_told_as_new(self):
        from blocwatch.config import Options
        from blocwatch.plover import code_text

        events = code_text("The arrest followed a raid on a hideout in the hills.", Options())
        assert ("ASSAULT", "raid") in [(e.category, e.trigger) for e in events]

    def test_a_state_that_follows_an_act_joins_it(self, code):
        event = code("Japan followed the American embargo on Cuba.")
        assert event is not None
        assert (event.category, event.trigger) == ("SANCTION", "embargo")


class TestActNamedAsATimeReference:
    """A given act noun (the, this, a possessor) that is the object of a temporal preposition
    ("after the Soviet invasion", "since the attacks", "until his resignation"), of "prior to"
    or "ahead of", only places the clause's own act in time: no event, with or without an actor
    of its own. An indefinite or bare act there is told as news ("after a meeting with …") and
    stays (issue 14, branch plover60, docs/plover.md item 66). Sentences written for this
    test."""

    @pytest.mark.parametrize(("text", "act"), [
        ("Relations soured after the Soviet invasion of Afghanistan.", "invasion"),
        ("Violence has flared in Iraq since the US-led invasion.", "invasion"),
        ("The envoy left Baghdad two months prior to the American attack on the embassy.",
         "attack"),
        ("The envoy left the city ahead of the American attack on Iraq.", "attack"),
        ("Britain ruled the island until its withdrawal in the sixties.", "withdrawal"),
        ("The minister spoke to reporters ahead of his visit to China.", "visit"),
    ])
    def test_a_given_act_in_a_time_phrase_is_no_event(self, text, act):
        from blocwatch.config import Options
        from blocwatch.plover import code_text

        events = code_text(text, Options())
        assert act not in [e.trigger for e in events], (text, [e.trigger for e in events])

    def test_the_clause_own_act_stays(self, code):
        event = code("Rebels attacked the convoy after the arrest of their leader.")
        assert event is not None
        assert (event.category, event.trigger) == ("ASSAULT", "attacked")

    @pytest.mark.parametrize(("text", "pair"), [
        ("Rumsfeld told reporters after a meeting with Russia's Defence Minister.",
         ("CONSULT", "meeting")),
        ("Following an attack on Israel by Palestinian militants, the minister declared a state"
         " of emergency.",
         ("ASSAULT", "attack")),
    ])
    def test_an_indefinite_act_in_a_time_phrase_is_told_as_news(self, text, pair):
        from blocwatch.config import Options
        from blocwatch.plover import code_text

        events = code_text(text, Options())
        assert pair in [(e.category, e.trigger) for e in events], (text, events)

    def test_the_class_is_named_patterns(self):
        from blocwatch.plover import coder

        nlp = load_pipeline(Options().spacy_model)
        cases = {"Relations soured after the invasion.": ("invasion", "ACT_AS_TIME_REFERENCE"),
                 "He spoke prior to the attack.": ("attack",
                                                   "ACT_AS_TIME_REFERENCE_AFTER_COMPLEX_PREP"),
                 "Relations soured after an invasion.": ("invasion", None)}
        for text, (noun, name) in cases.items():
            tok = next(t for t in nlp(text) if t.text == noun)
            names = [n for n, _ in coder()._named_sense_matches("time_references", tok)]
            assert names[:1] == ([name] if name else []), (text, names)

    def test_a_since_clause_act_is_background(self):
        """A finite clause under "since" in the past tells the act a state started from, before
        the report: background (``background_acts.json`` SINCE_CLAUSE), its date not stated when
        it gives none; an after-clause is the story's own sequence and is left as it is."""
        from blocwatch.events import background_act

        nlp = load_pipeline(Options().spacy_model)
        cases = {"The bombing was the first since Hamas took over the government.": (
                     "took", "SINCE_CLAUSE"),
                 "Violence has grown since the army was deployed in the north.": (
                     "deployed", "SINCE_CLAUSE"),
                 "Four died after a bomber attacked the soldiers in Kandahar.": ("attacked", None),
                 "Hamas took over the government.": ("took", None)}
        for text, (verb, name) in cases.items():
            tok = next(t for t in nlp(text) if t.text == verb)
            assert background_act(tok) == name, (text, background_act(tok))


class TestSixtyFourthRoundManualReadings:
    """Item 70 of docs/plover.md (issue 14, branch plover64): three readings the PLOVER manual
    and general English decide (``manual_readings`` in plover.json). An apology is CONCEDE
    (the manual's "verbal concessions ... apologies"), not SUPPORT; "attack"/"blast" with a
    political actor of public debate as object (the government, the opposition, a rival) is
    criticism, ACCUSE; "offer"/"provide"/"give" with an abstract object of outlook (hopes, a
    stance, insights) is no event. Force against troops or convoys and an offer of a thing stay.
    Sentences written for this test."""

    @pytest.mark.parametrize("text", [
        "The Japanese prime minister apologized to South Korea for the wartime abuses.",
        "The Dutch government apologised on Monday for its role in the slave trade.",
    ])
    def test_an_apology_is_a_concession(self, code, text):
        event = code(text)
        assert event is not None and (event.category, event.cameo) == ("CONCEDE", "055"), event

    @pytest.mark.parametrize("text", [
        "The opposition leader attacked the government again on Tuesday.",
        "The senator blasted his rivals in the primary.",
    ])
    def test_an_attack_on_a_political_actor_is_criticism(self, code, text):
        event = code(text)
        assert event is not None and event.category == "ACCUSE", (text, event)

    def test_an_attack_on_troops_stays_an_assault(self, code):
        event = code("Rebels attacked government troops near the border on Sunday.")
        assert event is not None and event.category == "ASSAULT", event

    @pytest.mark.parametrize("text", [
        "The new coalition government offers new hopes for the country.",
        "The Israeli minister for Jerusalem affairs offered a different stance.",
        "The Chinese foreign minister gave no clue about the talks.",
    ])
    def test_an_offer_of_an_outlook_is_no_event(self, code, text):
        event = code(text)
        assert event is None or event.trigger not in ("offers", "offered", "gave"), (text, event)

    def test_an_offer_of_a_thing_stays(self, code):
        event = code("Canada offered military assistance to Haiti.")
        assert event is not None and event.category == "AGREE", event

    def test_the_readings_load_as_named_dependency_patterns(self):
        rule = lexicon().extra["senses"]["manual_readings"]
        assert set(rule["patterns"]) == {"APOLOGY", "VERBAL_ATTACK_ON_POLITICAL_ACTOR",
                                         "ABSTRACT_OFFER"}
        assert rule["outcomes"]["APOLOGY"][0] == "CONCEDE"
        assert rule["outcomes"]["ABSTRACT_OFFER"] is None
        assert "government" in rule["political_actors"] and "hope" in rule["abstract_objects"]


class TestEmergencyRuleIsCoercion:
    """Declaring, imposing or extending a state of emergency, martial law or emergency rule is
    CAMEO 1724, COERCE martial-law (CAMEO2PLOVER-2021), not SUPPORT ("extend") or no event;
    lifting or cancelling one is CONCEDE 0814 (the manual: easing restrictions). A natural
    disaster's emergency (the document names a hurricane or an earthquake) is no event; a
    declaration in a before-clause only places another act in time. The declaration does not
    take the place of the other acts of its sentence (issue 14, branch plover62,
    docs/plover.md item 68). Sentences written for this test."""

    @staticmethod
    def _events(text):
        from blocwatch.config import Options
        from blocwatch.plover import code_text

        return [(e.category, e.cameo, e.sense) for e in code_text(text, Options())]

    @pytest.mark.parametrize("text, sense", [
        ("The president declared a state of emergency in the capital.",
         "IMPOSED_STATE_OF_EMERGENCY"),
        ("The parliament voted to extend the state of emergency by another month.",
         "IMPOSED_STATE_OF_EMERGENCY"),
        ("The army declared martial law across the country.", "IMPOSED_EMERGENCY_RULE"),
        ("A state of emergency was declared in the capital by the president.",
         "IMPOSED_STATE_OF_EMERGENCY"),
    ])
    def test_a_declared_emergency_is_coerce_martial_law(self, text, sense):
        assert ("COERCE", "1724", sense) in self._events(text), text

    def test_an_extended_emergency_is_no_support(self):
        events = self._events("The parliament voted to extend the state of emergency by another month.")
        assert "SUPPORT" not in [category for category, _, _ in events]

    def test_a_lifted_emergency_is_concede(self):
        assert ("CONCEDE", "0814", "EASED_STATE_OF_EMERGENCY") in self._events(
            "The government lifted the state of emergency on Monday.")

    def test_a_disaster_emergency_is_no_event(self):
        assert self._events("The governor declared a state of emergency as the hurricane "
                            "approached the coast.") == []

    def test_a_declaration_that_places_another_act_in_time_is_no_event(self):
        events = self._events("The general was named in October, before the state of "
                              "emergency was declared in November.")
        assert "COERCE" not in [category for category, _, _ in events]

    def test_the_other_acts_of_the_sentence_stay(self):
        events = self._events("The president declared a state of emergency and suspended the "
                              "constitution.")
        assert ("COERCE", "1724", "IMPOSED_STATE_OF_EMERGENCY") in events
        assert ("COERCE", "1721", None) in events


class TestActOnlyPredictedCausedOrDesigned:
    """An act the sentence only predicts, causes to come or designs is not done: the complement
    of a causative verb under a modal ("it would make Switzerland join an agreement"), a future
    that-clause of a verb of belief ("believes that the aging population will threaten the
    economy"), the purpose of a design verb ("is designed to impose sanctions", "aimed at
    ending"), a to-infinitive on a verb's object ("has a contract to provide weapons"), what
    a past plan told by another aimed at ("said he had planned a terrorist attack"). A caused
    act told as done and a stated intent stay (issue 14, branch plover61,
    docs/plover.md item 67). Sentences written for this test."""

    @staticmethod
    def events(text):
        from blocwatch.config import Options
        from blocwatch.plover import code_text

        return [(e.category, e.trigger) for e in code_text(text, Options())]

    @pytest.mark.parametrize(("text", "trigger"), [
        ("Together with the treaty, it would make Norway join a bilateral agreement.", "agreement"),
        ("The sanctions will force Iran to hold talks with the United States.", "talks"),
        ("The cabinet believes that the aging population will threaten the economy.", "threaten"),
        ("The resolution is designed to impose sanctions on Syria.", "impose sanctions"),
        ("The plan is aimed at ending the blockade of Gaza.", "ending"),
        ("Russia has a contract with Iraq to provide weapons to its army.", "provide"),
        ("The U.S. said he had planned a terrorist attack, but dropped the charges.", "attack"),
        ("The cleric claims that both the United States and Israel planned to invade Lebanon.",
         "invade"),
    ])
    def test_a_predicted_caused_or_designed_act_is_no_event(self, text, trigger):
        assert trigger not in [t for _, t in self.events(text)], text

    def test_a_caused_act_told_as_done_stays(self):
        assert ("CONSULT", "hold talks") in self.events(
            "The sanctions forced Iran to hold talks with the United States.")

    def test_a_stated_intent_stays_the_intent_category(self):
        assert ("AGREE", "sign agreement") in self.events(
            "Iran said it will sign the agreement with Russia.")

    def test_the_predicted_acts_patterns_are_named_and_load(self):
        rule = lexicon().extra["senses"]["predicted_acts"]
        assert set(rule["outcomes"]) == set(rule["patterns"])
        assert {"CAUSED_ACT_UNDER_MODAL", "BELIEVED_FUTURE_ACT", "DESIGNED_PURPOSE",
                "CONTENT_OF_OBJECT_NOUN"} <= set(rule["patterns"])


class TestPlover67StateForceSectors:
    """Round plover67 (issue 14): a police word before an officer or force noun is a police
    actor (CAMEO COP), not the military one the bare "officers"/"forces" give; a state's named
    guard forces (revolutionary, border, coast, national guard) are its military (MIL)."""

    @staticmethod
    def _sources(text):
        from blocwatch.config import Options
        from blocwatch.plover import code_text

        return [(a.text, a.code, a.sector) for e in code_text(text, Options())
                for a in e.sources + e.targets]

    @pytest.mark.parametrize("text, words, sector", [
        ("Senior British police officers denied receiving any warning before the attacks.",
         "Senior British police officers", "COP"),
        ("France is sending 260 National Gendarmerie officers to quell the violence.",
         "260 National Gendarmerie officers", "COP"),
        ("A police officer shot a protester in Nairobi on Monday.", "A police officer", "COP"),
        ("Iran's Revolutionary Guards began another series of military exercises on Thursday.",
         "Iran's Revolutionary Guards", "MIL"),
        ("Iranian border guards captured the sailors on Friday.", "Iranian border guards", "MIL"),
    ])
    def test_the_force_word_gives_the_sector(self, text, words, sector):
        found = {w: s for w, _, s in self._sources(text)}
        assert found.get(words) == sector, (text, found)

    def test_officers_alone_stay_military(self):
        found = {w: s for w, _, s in self._sources(
            "Senior British officers denied receiving any warning before the attacks.")}
        assert found.get("Senior British officers") == "MIL", found


class TestSixtySixthRoundOwnAdministration:
    """Item 71 of docs/plover.md: a state's acts on its own administration are no event
    (``senses.own_administration``); built for a question put in parliament.  Requests
    between actors outside parliament's questions, and visits, stay."""

    @pytest.mark.parametrize("text", [
        "The opposition MP asked the Treasurer for details on the contract in a question on notice.",
        "The shadow treasurer asked the minister in the first question of Question Time about the"
        " appointment.",
        "The opposition leader asked all of the opposition's questions during Question Time.",
    ])
    def test_a_question_in_parliament_is_no_request(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text,category", [
        ("The opposition leader asked the government to release the report.", "REQUEST"),
        ("The senator called on the White House to disavow harsh interrogation.", "REQUEST"),
        ("US President George W. Bush visited American troops in Iraq on Thanksgiving.", "CONSULT"),
    ])
    def test_acts_between_actors_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_sense_loads_as_data(self):
        sense = lexicon().extra["senses"]["own_administration"]
        assert set(sense["patterns"]) == {"PARLIAMENTARY_QUESTION"}
        assert sense["categories"] == {"REQUEST"}
        assert {"question", "questions"} <= sense["question_nouns"]


class TestEverydayReadings:
    """plover68: ``everyday_readings`` (plover.json): 'return' with an office or a vote count
    states an election result, no event between actors."""

    @pytest.mark.parametrize("text", [
        "The Labor government in Tasmania was returned to power on Saturday.",
        "Three Iraqi provinces returned \"No\" votes in the referendum.",
    ])
    def test_election_returns_are_no_events(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text,category", [
        ("The rebels returned the bodies of the soldiers to Kenya.", "RETREAT"),
        ("The army returned power to a civilian government.", "RETREAT"),
    ])
    def test_handing_back_things_or_power_stays(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)


class TestNonActorObjects:
    """plover73: ``non_actor_objects`` (plover.json): a trigger whose object or complement is
    the speaker's own position, a question of policy, a status of family law or an act a
    condition would require is no event between actors."""

    @pytest.mark.parametrize("text", [
        "On June 8, 2003, an unnamed senior CIA official stood by the interpretation that the"
        " trailers were mobile bioweapons labs.",
        "The minister stood by his claim that the ship was Indonesian.",
        "The Australian government announced an inquiry into the feasibility of nuclear power.",
        "Israel is the first nation to recognize any form of same-sex union.",
        "Some localities have recognized same-sex couples in the form of a domestic partnership.",
        "Mr Howard warned that the proposal would need to be discussed with both parties at a"
        " federal level.",
    ])
    def test_non_actor_objects_are_no_events(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text,category", [
        ("India stands by the people of Mumbai and Srinagar.", "SUPPORT"),
        ("Police launched an investigation into the funding of Islamist extremists.", "ACCUSE"),
        ("Iraq's deputy foreign minister stated that the deal has to be signed by both the Iraqi"
         " and US governments.", "REQUEST"),
    ])
    def test_actors_and_plain_obligations_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)


class TestIntentsNoThreat:
    """plover74: ``intents_no_threat`` (plover.json): an intended protest threatens no one; the
    intent rule's THREATEN is dropped for it. Harmful acts intended or wanted stay threats."""

    @pytest.mark.parametrize("text", [
        "Taiwan Democratic Alliance for Peace plans massive rally on Saturday",
        "Gore also stated his intention to attend a rally with Obama in Detroit.",
        "Iranians plan a nation-wide demonstration on Friday against the government.",
        "Protesters will march on the embassy on Sunday.",
    ])
    def test_planned_protests_are_no_threats(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text,category", [
        ("Hungary plans to close its border with Serbia to migrants.", "THREATEN"),
        ("Israel will retaliate harshly against an attack on Tel Aviv.", "THREATEN"),
        ("Hamas wants to launch attacks on Israel.", "THREATEN"),
        ("The unions threatened to strike on Thursday.", "THREATEN"),
        ("Hospital radiographers are planning to strike this Friday unless they get a pay rise.",
         "THREATEN"),
        ("The opposition will hold protests until the president resigns.", "THREATEN"),
        ("The Russian president wishes to meet Bush in Moscow.", "AGREE"),
    ])
    def test_intents_the_manual_codes_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_sense_loads_as_data(self):
        sense = lexicon().extra["senses"]["intents_no_threat"]
        assert sense["categories"] == {"PROTEST"}
        assert set(sense["patterns"]) == {"CONDITION_ON_ACT", "CONDITION_ON_GOVERNOR"}


class TestPlover72NeighbouringCategoriesTheManualDecides:
    """plover72: ``neighbour_readings`` (plover.json): an actor's own protest or labour strike
    called off or ended eases popular dissent, CAMEO 082, CONCEDE by CAMEO2PLOVER-2021, not a
    military de-escalation (RETREAT 087) (docs/plover.md item 77)."""

    @pytest.mark.parametrize("text,sense", [
        ("The opposition alliance called off Monday's demonstration in Bangkok.",
         "CALLED_OFF_DISSENT"),
        ("Five of the six hunger strikers ended their protest in November.", "STOPPED_DISSENT"),
        ("Chinese asylum seeker ends hunger strike after 54 days", "STOPPED_STRIKE"),
        ("The union called off the strike after the talks.", "STOPPED_STRIKE"),
    ])
    def test_calling_off_ones_own_protest_eases_dissent(self, text, sense):
        events = code_doc(load_pipeline(Options().spacy_model)(text))
        eased = [e for e in events if e.category == "CONCEDE"]
        assert eased and (eased[0].cameo, eased[0].sense) == ("082", sense), (text, events)
        assert not any(e.category == "RETREAT" for e in events), (text, events)

    @pytest.mark.parametrize("text", [
        "Israel halted its air strikes on Gaza.",
        "The rebels ended their offensive in the north.",
    ])
    def test_halting_military_acts_stays_retreat(self, code, text):
        event = code(text)
        assert event is not None and event.category == "RETREAT", (text, event)

    def test_the_readings_load_as_data(self):
        rule = lexicon().extra["senses"]["neighbour_readings"]
        assert set(rule["patterns"]) == set(rule["outcomes"]) == set(rule["applies_to"])
        assert rule["outcomes"]["STOPPED_DISSENT"] == ["CONCEDE", "082", None]
        assert "strike" not in rule["dissent"]


class TestVictimsAndWeaponsAreNoSources:
    """plover71 (item 76 of docs/plover.md): ``victims_and_weapons`` (plover.json).  The
    subject of "came under attack" is the target; an attack named by its device or the vehicle
    it hit names where with its country word, not who.  Named doers and groups still act."""

    @staticmethod
    def _actors(code, text):
        event = code(text)
        assert event is not None, text
        return event, [a.code for a in event.sources], [a.code for a in event.targets]

    def test_the_forces_that_came_under_attack_are_its_target(self, code):
        event, srcs, tgts = self._actors(
            code, "American and Afghan forces came under attack near the border on Sunday.")
        assert event.category == "ASSAULT" and srcs == [], (event, srcs)
        assert {"USA", "AFG"} <= set(tgts), tgts
        assert event.actor_rule == "UNDER_ACT_SUBJECT"

    def test_the_by_phrase_of_under_attack_acts(self, code):
        event, srcs, _ = self._actors(
            code, "The convoy came under attack by Taliban fighters near Kandahar.")
        assert srcs == ["AFG"], srcs

    @pytest.mark.parametrize("text", [
        "At least 63 killed by Iraqi suicide bombs",
        "Iraq roadside bomb kills four, including two journalists",
        "5 dead in Pakistan bomb attack",
        "At least 25 dead in Sri Lanka bus bombing",
    ])
    def test_a_bombing_named_by_its_device_names_no_doer(self, code, text):
        event, srcs, _ = self._actors(code, text)
        assert event.category == "ASSAULT" and srcs == [], (text, event.sources)
        assert event.actor_rule == "DEVICE_EVENT", event

    @pytest.mark.parametrize("text,source", [
        ("US air strikes killed 20 militants in Helmand.", "USA"),
        ("Taliban militants carried out a suicide attack on a NATO convoy.", "AFG"),
        ("Israeli missiles hit a car in Gaza City, killing two Hamas militants.", "ISR"),
        ("Taliban suicide bombing kills 37 Afghan civilians, wounds Canadian soldiers", "AFG"),
        ("ETA set off car bomb in La Rioja, Spain", "ESP"),
    ])
    def test_state_weapons_and_named_attackers_keep_their_source(self, code, text, source):
        _, srcs, _ = self._actors(code, text)
        assert srcs == [source], (text, srcs)

    def test_the_sense_loads_as_data(self):
        sense = lexicon().extra["senses"]["victims_and_weapons"]
        assert set(sense["patterns"]) == {"UNDER_ACT_SUBJECT", "DEVICE_EVENT"}
        assert {"come", "fall"} <= sense["light_verbs"]
        assert {"suicide", "roadside", "bomb"} <= sense["device_compounds"]


class TestPlover69HistoryTakesItsOwnDate:
    """plover69 (docs/plover.md item 74): an act noun whose own modifier is a year or a month
    with its year before the report's takes that date (``act_time_patterns`` in
    background_acts.json), whatever else its clause dates; the pattern's name shows in the
    event's evidence. News keeps the report's date."""

    TEXT = ("WASHINGTON, June 12, 2008 - Another big success attributed to Hill is the 2007 "
            "North Korean agreement to shut down its atomic programs. The Tunisian militant had "
            "come to American attention during the battle of Fallujah in November 2004, and had "
            "participated in the 2005 attack against Abu Ghraib. Canada "
            "condemned Myanmar on Tuesday over the arrests of journalists.")

    @pytest.fixture(scope="class")
    @classmethod
    def extraction(cls):
        from blocwatch import pipeline
        from blocwatch.records import RawDocument

        return pipeline.process(RawDocument("t.txt", "t", cls.TEXT, "text/plain"), UNSCORED)

    @staticmethod
    def coded(extraction) -> dict[str, tuple[str | None, str]]:
        """Each event's (date, evidence extractor) by its trigger."""
        return {ev.trigger: (ev.date, ev.evidence[0].extractor)
                for ev in extraction.events if ev.extractor == CODER}

    def test_an_act_noun_takes_its_own_year(self, extraction):
        date, extractor = self.coded(extraction).get("agreement", (None, ""))
        assert date == "2007" and extractor.endswith("~ACT_YEAR"), (date, extractor)

    def test_the_own_year_wins_over_another_date_of_the_clause(self, extraction):
        date, extractor = self.coded(extraction).get("attack", (None, ""))
        assert date == "2005" and extractor.endswith("~ACT_YEAR"), self.coded(extraction)

    def test_news_keeps_the_report_date(self, extraction):
        dates = {t: d for t, (d, _) in self.coded(extraction).items()}
        assert "2008-06-10" in dates.values(), dates  # "condemned … on Tuesday"

    def test_the_classes_are_named_patterns(self):
        from blocwatch.events import act_own_time
        from blocwatch.records import TimeValue

        nlp = load_pipeline(Options().spacy_model)
        report = TimeValue("2008-06-12", "day")
        nouns = {"Critics pointed to the February 2003 invasion of Iraq.": (
                     "invasion", ("ACT_MONTH_YEAR", "2003-02")),
                 "He took part in the 2005 attack against the prison in November 2004.": (
                     "attack", ("ACT_YEAR", "2005")),
                 "Critics pointed to the 2008 agreement with Iran.": ("agreement", None),
                 "Critics pointed to the invasion of Iraq.": ("invasion", None)}
        for text, (noun, want) in nouns.items():
            tok = next(t for t in nlp(text) if t.text == noun)
            got = act_own_time(tok, report)
            assert (got and (got[0], got[1].value)) == want, (text, got)


class TestSixtyFifthRoundForecastComplements:
    """The plover65 item of docs/plover.md (issue 14): a warning that foretells what the
    warner does not threaten to do is a statement, no THREATEN; a warning of the warner's own
    act stays."""

    @pytest.mark.parametrize("text", [
        # judged-wrong rows of bench/data (read data)
        "UN food agencies again warned that the people of Gaza are facing a heavy humanitarian "
        "crisis.",
        "Temporary Interior Minister Suleiman Franjieh warned that delaying the elections could "
        "lead to unrest and called for the polls to still be held next month.",
        "In an exclusive interview with Tolerance.org February 9, Berry warns of further erosion "
        "to civil rights, with a weakened Civil Rights Commission unable to press the Justice "
        "Department to enforce the laws.",
        # general English
        "Economists warned that the economy will slow next year.",
        # a readable corpus row: a travel advisory
        "Australia has issued a travel advisory for Fiji, warning of tension between the "
        "military and the Government.",
    ])
    def test_a_forecast_is_no_threat(self, code, text):
        event = code(text)
        assert (event and event.category) != "THREATEN", (text, event)

    @pytest.mark.parametrize("text", [
        "Russia warned of consequences if NATO expands.",
        "The union warned of a strike.",
        "Vice President Dick Cheney warned that Iran will face \"serious consequences\" if it "
        "refuses to stop enriching uranium.",
        "North Korean official warns U.S. that the DPRK may fire a nuclear missile",
        "Boris Tadić, Serbia's president, had previously warned Croatia that recognizing Kosovo "
        "would have a negative effect on their relations.",
        "Interim Prime Minister Surayud Chulanont warned that he would impose a state of "
        "emergency if there was any violence.",
        "The rebels threatened to attack the capital.",
        # corpus sentences the first version of the patterns dropped, read as threats
        "While Iran's head of state, Ayatollah Ali Khamenei recently warned about the disruption "
        "of oil supplies if Iran was attacked, President Mahmoud Ahmadinejad is said to be "
        "considering the newest package on the table.",
        "Syria has also warned that their armed forces are under orders to respond immediately "
        "if Israel attacks.",
        "al-Qaeda An advertisement for al-Qaeda, posted on the internet by the As-Sahab "
        "propaganda campaign for al-Qaeda, has warned of a \"big surprise\" by the terrorist "
        "group.",
        "U.S. Vice President Cheney warns Iran about nuclear weapons",
    ])
    def test_a_warning_of_the_warners_own_act_stays_a_threat(self, code, text):
        event = code(text)
        assert event is not None and event.category == "THREATEN", (text, event)

    @pytest.mark.parametrize("text,name", [
        ("Berry warns of further erosion to civil rights.", "WARNED_OF_STATE"),
        ("UN food agencies again warned that the people of Gaza are facing a heavy humanitarian "
         "crisis.", "WARNED_STATE_CLAUSE"),
    ])
    def test_the_pattern_that_decides_is_named(self, text, name):
        doc = load_pipeline(Options().spacy_model)(text)
        coder = SentenceCoder()
        names = {n for tok in doc for n, _ in coder._named_sense_matches(
            "forecast_complements", tok)}
        assert name in names, (text, names)


class TestSeventyFifthRoundWarningsOfThreats:
    """The plover75 item of docs/plover.md (issue 14): a warning of or about a threat names a
    threat that is not the warner's; neither the warning nor the threat noun is THREATEN."""

    @pytest.mark.parametrize("text", [
        # readable corpus sentences (judge28's offset 1 row, and offset 9)
        "Bush warns gulf States of Iran 'threat'",
        "Bhutto's death, told reporters he had warned the former prime minister about threats "
        "to her safety from Islamic militants as she campaigned for elections.",
        # general English
        "The official warned the minister about threats from militants.",
    ])
    def test_a_warning_of_a_threat_is_no_threat(self, code, text):
        event = code(text)
        assert (event and event.category) != "THREATEN", (text, event)

    @pytest.mark.parametrize("text", [
        "The rebels threatened to attack the capital.",
        "Russia warned of consequences if NATO expands.",
        "The union warned of a strike.",
    ])
    def test_a_threat_of_the_warners_own_stays(self, code, text):
        event = code(text)
        assert event is not None and event.category == "THREATEN", (text, event)

    @pytest.mark.parametrize("text,name", [
        ("The official warned the minister about threats from militants.", "WARNED_OF_THREAT"),
        ("The official warned the minister about threats from militants.", "THREAT_WARNED_OF"),
        ("Bush warns gulf States of Iran 'threat'", "THREAT_WARNED_OF"),
    ])
    def test_the_pattern_that_decides_is_named(self, text, name):
        doc = load_pipeline(Options().spacy_model)(text)
        coder = SentenceCoder()
        names = {n for tok in doc for n, _ in coder._named_sense_matches(
            "forecast_complements", tok)}
        assert name in names, (text, names)


class TestActNamedInsideAnotherActsArgument:
    """A word that only names or qualifies the object of another act is no act of its own
    (issue 14, branch plover77, docs/plover.md item 82): an agreement, truce or restriction
    broken or violated is named as what was broken, not made or imposed. Sentences written for
    this test."""

    @pytest.mark.parametrize(("text", "noun"), [
        ("Russian troops advanced into Georgia on Monday, violating the truce.", "truce"),
        ("Hamas militants broke the ceasefire on Monday.", "ceasefire"),
        ("The truce was violated by rebels on Sunday.", "truce"),
        ("The army said there had been three violations of the ceasefire overnight.",
         "ceasefire"),
    ])
    def test_a_broken_agreement_is_no_event(self, text, noun):
        from blocwatch.config import Options
        from blocwatch.plover import code_text

        events = code_text(text, Options())
        assert noun not in [e.trigger for e in events], [(e.category, e.trigger) for e in events]

    @pytest.mark.parametrize("text", [
        "Israel and Hamas announced a ceasefire on Monday.",
        "The rebels observed the ceasefire on Monday.",
    ])
    def test_a_ceasefire_made_or_kept_stays(self, text):
        from blocwatch.config import Options
        from blocwatch.plover import code_text

        events = code_text(text, Options())
        assert "RETREAT" in [e.category for e in events], text

    def test_the_pattern_is_named(self):
        from blocwatch.plover import lexicon

        patterns = lexicon().extra["senses"]["argument_only_acts"]["patterns"]
        assert "BROKEN_AGREEMENT" in patterns


class TestDecreaseReadings:
    """plover76: ``decrease_readings`` (plover.json): 'decline' in the sense of decrease (an
    amount, a degree adverb, a measure as subject), a spokesman's declining to give details and
    a referendum or an election suspended or put off by its organiser are no events between
    actors; refusals with an object or a to-infinitive stay REJECT."""

    @pytest.mark.parametrize("text", [
        "Japan's population declines",
        "Japan's population declined by 19,000 in 2005 according to the government census.",
        "Ecstasy use declined from 12 percent to 9 percent.",
        "Armed conflicts and genocide have declined sharply since the early nineties.",
        "The number of testimonies of that period has also declined.",
        "The quality of the day-care centers has declined.",
        "The overall population of Magellanic penguins has declined 40%.",
    ])
    def test_decrease_is_no_rejection(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text", [
        "A U.S. State Department spokesperson declined to give name, age or occupation of the"
        " missing man at the time.",
        "The FBI has declined to release the details of the investigation.",
    ])
    def test_declining_to_give_details_is_no_rejection(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text", [
        "United Kingdom, Czech Republic suspend referendums on EU constitution",
        "The government suspended the referendum on the new constitution.",
    ])
    def test_own_votes_are_no_events(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text,category", [
        ("Iran declined the invitation to attend the talks.", "REJECT"),
        ("Iran declined to give guarantees to the inspectors.", "REJECT"),
        ("Iran declined to sign the agreement.", "REJECT"),
        ("The South Korean government suspended the shipment of aid to North Korea.",
         "SANCTION"),
    ])
    def test_refusals_and_sanctions_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)


class TestTriggerInAnotherSense:
    """plover83: ``trigger_other_senses`` (plover.json): 'recall' as remember, an act a court
    clears someone of or strikes down and harm done in an accident or by friendly fire are no
    events; an envoy recalled, an attack in earnest and aid given stay."""

    @pytest.mark.parametrize("text", [
        "While the Russian paper also recalled a similar incident that occurred more than a year"
        " ago in Athens, where the Russian flag was hung upside down.",
        "The minister recalled that the two countries had signed the treaty in 1990.",
    ])
    def test_recall_as_remember_is_no_sanction(self, code, text):
        event = code(text)
        assert event is None or event.category != "SANCTION", (text, event)

    @pytest.mark.parametrize("text", [
        '"Jihad" Jack Thomas acquitted of terrorism conviction',
        "Same-sex marriages became legal in Massachusetts in 2004 after the Mass. Supreme Judicial"
        ' Court ruled in 2003 the ban on gay marriage to be "unconstitutional."',
    ])
    def test_an_act_a_court_clears_or_strikes_down_is_no_event(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text", [
        "US vice president shoots man in hunting accident",
        "In August this year, A U.S. Marine Corps fighter jet dropped a bomb and damaged a"
        " building in an accident.",
        "Bulgarian government says U.S. killed Bulgarian soldier in 'friendly fire' incident",
    ])
    def test_harm_in_an_accident_is_no_assault(self, code, text):
        event = code(text)
        assert event is None or event.category != "ASSAULT", (text, event)

    @pytest.mark.parametrize("text,category", [
        ("On Thursday, Turkey recalled its U.S. ambassador Nabi Sensoy, and warned of further"
         " repercussions.", "SANCTION"),
        ("France recalled its ambassador to Rome for consultations.", "SANCTION"),
        ("Israeli jets bombed the village in an attack on Hezbollah.", "ASSAULT"),
        ("The government gave Pakistan a loan of $500 million.", "AID"),
    ])
    def test_envoys_recalled_attacks_and_aid_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        from blocwatch.plover import lexicon

        patterns = lexicon().extra["senses"]["trigger_other_senses"]["patterns"]
        assert {"RECALL_REMEMBERED", "CLEARED_BY_COURT", "ACCIDENT_PHRASE"} <= set(patterns)


class TestPlover82NeighbourObjects:
    """plover82: ``neighbour_objects`` (plover.json): the trigger's object decides between
    neighbouring categories as the PLOVER manual and CAMEO2PLOVER-2021 define them:
    withdrawing or pulling out from talks (CAMEO 164) or from a treaty, programme or
    intervention (16) reduces relations, SANCTION, not the concession RETREAT 087; troops
    withdrawn from a place and candidates leaving a race are left alone (docs/plover.md item
    84)."""

    @pytest.mark.parametrize("text,cameo,sense", [
        ("Chad withdrew its delegation from the peace talks, citing Sudanese aggression.", "164",
         "WITHDREW_FROM_DEALINGS"),
        ("North Korea pulled out of the six-party talks.", "164", "WITHDREW_FROM_DEALINGS"),
        ("Australian Medical Association withdraws from NT Intervention", "16",
         "WITHDREW_FROM_TIES"),
        ("Last year the president withdrew the US from a nuclear treaty with Iran.", "16",
         "WITHDREW_FROM_TIES"),
    ])
    def test_withdrawing_from_talks_or_ties_is_sanction(self, text, cameo, sense):
        events = code_doc(load_pipeline(Options().spacy_model)(text))
        found = [e for e in events if e.sense == sense]
        assert found and (found[0].category, found[0].cameo) == ("SANCTION", cameo), (text, events)
        assert not any(e.category == "RETREAT" for e in events), (text, events)

    @pytest.mark.parametrize("text", [
        "Syria withdrew its troops from Lebanon on Tuesday.",
        "Denmark withdraws troops from Iraq",
        "Israel has already withdrawn from two of five towns.",
    ])
    def test_withdrawing_from_a_place_stays_retreat(self, code, text):
        event = code(text)
        assert event is not None and event.category == "RETREAT", (text, event)

    def test_the_readings_load_as_data(self):
        rule = lexicon().extra["senses"]["neighbour_objects"]
        assert set(rule["patterns"]) == set(rule["outcomes"]) == set(rule["applies_to"])
        assert rule["outcomes"]["WITHDREW_FROM_DEALINGS"] == ["SANCTION", "164", "withdraw"]
        assert not {"election", "elections", "race"} & (rule["ties"] | rule["dealings"])
def _extract(text: str, options: Options | None = None):  # type: ignore[no-untyped-def]
    """One written document through the whole pipeline (plover78, plover79: event dates)."""
    from blocwatch import pipeline
    from blocwatch.records import RawDocument

    return pipeline.process(RawDocument("t.txt", "t", text, "text/plain"), options or Options())


def _dated_by_source(extraction) -> dict[str, tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    """Each coded event's (date, evidence extractor) by its first source's words."""
    return {next(a.text for a in ev.coded if a.role == "source"):
            (ev.date, ev.evidence[0].extractor)
            for ev in extraction.events if ev.extractor == CODER}


class TestPlover79PastTimeWithoutADate:
    """plover79 (docs/plover.md item 85): an act whose own clause places it before the
    report's news with time said without a date ("recently", "has long", "in recent years",
    "over the past three years") is not dated to the report: its date is not stated, and the
    pattern's name shows in the event's evidence. News of the report ("on Tuesday", "earlier",
    "this week", "in the last two months", "over the past few days") keeps its date."""

    TEXT = ("WASHINGTON, May 4, 2021 - Canada condemned Myanmar on Tuesday over the arrests of "
            "journalists. Britain recently expelled two Russian diplomats. Germany has long "
            "accused Russia of spying. "
            "Israel criticized Iran this week. Turkey has attacked Kurdish rebels over the past "
            "three years.")

    @pytest.fixture(scope="class")
    @classmethod
    def extraction(cls):
        return _extract(cls.TEXT)

    def test_undated_past_is_not_dated_to_the_report(self, extraction):
        coded = _dated_by_source(extraction)
        for source, name in (("Britain", "RECENTLY"), ("Germany", "LONG_PERFECT"),
                             ("Turkey", "RECENT_SPAN")):
            date, extractor = coded.get(source, ("missing", ""))
            assert date is None and extractor.endswith(f"~{name}"), (source, coded)

    def test_news_keeps_its_date(self, extraction):
        coded = _dated_by_source(extraction)
        assert coded.get("Canada", (None,))[0] == "2021-05-04", coded
        assert coded.get("Israel", (None,))[0] not in (None, "missing"), coded

    def test_the_classes_are_named_patterns(self):
        from blocwatch.events import background_act

        nlp = load_pipeline(Options().spacy_model)
        cases = {"British troops recently withdrew from the city.": ("withdrew", "RECENTLY"),
                 "The United States has long opposed the court.": ("opposed", "LONG_PERFECT"),
                 "The Saudis have tried in recent years to curb Iran.": ("tried",
                                                                         "RECENT_SPAN"),
                 "The rebels have killed 300 civilians in the last two months.": ("killed",
                                                                                 None),
                 "The riots have intensified over the past few days.": ("intensified", None),
                 "Recently elected President Smith gave a warning.": ("gave", None),
                 "The minister, who most recently accused the rebels, resigned.": ("accused",
                                                                                  None),
                 "This week, the army attacked the town.": ("attacked", None)}
        for text, (verb, name) in cases.items():
            tok = next(t for t in nlp(text) if t.text == verb)
            assert background_act(tok) == name, (text, background_act(tok))


class TestUnassertedActs:
    """Round plover80 (``unasserted_acts`` in plover.json): an act in the that-clause of a verb
    of contested claim or belief, or scheduled for a party by the writer ("is scheduled to",
    "is due to", "is to"), is not done and no stated intent; plain reporting verbs keep it."""

    @pytest.mark.parametrize("text", [
        "Venezuela argued that Colombia invaded its territory.",
        "The activist claims that U.S. units sometimes detained wives of suspects.",
        "Iran insists that the United States attacked its ships.",
        "The USS Kitty Hawk is scheduled to make a port visit to Hong Kong.",
        "Under the resolution, Israel is to withdraw its troops from southern Lebanon.",
        "Ministers are set to sign the agreement next month.",
    ])
    def test_claimed_or_scheduled_act_is_not_coded(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text,category", [
        ("Venezuela said that Colombia invaded its territory.", "ASSAULT"),
        ("Officials reported that U.S. units detained the wives of suspects.", "COERCE"),
        ("Hamas claimed it fired the rockets at Israel.", "ASSAULT"),
        ("Israel withdrew its troops from southern Lebanon.", "RETREAT"),
        ("The military believes that al-Qaeda was behind the attacks.", "ASSAULT"),
        ("The opposition leader said the prime minister was to blame for the economic distress.",
         "ACCUSE"),
        ("Edwards has denied being the father of the child, and a former aide to his campaign,"
         " Andrew Young, has reportedly claimed paternity.", "REJECT"),
        ("The opposition claims Syria should be held responsible for a car bomb.", "REQUEST"),
        ("The Labour leader announced yesterday that Norway is to withdraw the remainder of its"
         " troops from Iraq.", "CONCEDE"),  # an announced withdrawal (plover96)
    ])
    def test_reported_or_own_acts_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)


class TestSeventyEighthRoundIdentifyingClauses:
    """plover78 (issue 14, docs/plover.md item 87): an act told in a restrictive relative
    clause in the simple or progressive past ("the states that imposed restrictions", "the
    rockets that Hamas was firing"), modifying a noun that is an argument of another clause,
    says which actor or thing the sentence is about: with no date of its own its date is not
    stated (``background_acts.json`` RELATIVE_PAST, RELATIVE_PAST_PROGRESSIVE, named in the
    evidence).  A relative clause with its own time keeps it; a non-restrictive one ("Bulgaria,
    which also signed the treaty"), a locative one ("the sea where …") and one of a time noun
    ("the first time the army attacked") are left as they are.  Sentences written for this
    test."""

    TEXT = ("WASHINGTON, May 4, 2021 - Russia named the Ukrainian troops who attacked a Russian "
            "convoy on Monday. The official spoke of the Ukrainian soldiers who attacked a Russian "
            "convoy. Israel said it would stop the rockets that Hamas was firing into Israel.")

    @pytest.fixture(scope="class")
    @classmethod
    def extraction(cls):
        return _extract(cls.TEXT)

    def test_an_identifying_clause_leaves_the_date_not_stated(self, extraction):
        coded = _dated_by_source(extraction)
        date, extractor = coded["the Ukrainian soldiers"]
        assert date is None and extractor.endswith("~RELATIVE_PAST"), coded
        date, extractor = coded["Hamas"]
        assert date is None and extractor.endswith("~RELATIVE_PAST_PROGRESSIVE"), coded

    def test_a_relative_clause_with_its_own_time_keeps_it(self, extraction):
        coded = _dated_by_source(extraction)
        assert coded["the Ukrainian troops"][0] == "2021-05-03", coded

    def test_the_classes_are_named_patterns(self):
        from blocwatch.events import background_act

        nlp = load_pipeline(Options().spacy_model)
        cases = {"Bulgaria, which also signed the treaty, ratified it on Tuesday.": (
                     "signed", None),
                 "France was one of the states that imposed restrictions on workers.": (
                     "imposed", "RELATIVE_PAST"),
                 "He interviewed a blogger who was protesting the march.": (
                     "protesting", "RELATIVE_PAST_PROGRESSIVE"),
                 "The raid marks the first time the army attacked the town.": ("attacked", None),
                 "The pilot fell into the sea where the navy rescued him.": ("rescued", None),
                 "Bulgaria signed the treaty.": ("signed", None)}
        for text, (verb, name) in cases.items():
            tok = next(t for t in nlp(text) if t.text == verb)
            assert background_act(tok) == name, (text, background_act(tok))


class TestRegulatedActivities:
    """plover84: ``regulated_activities`` (plover.json): a ban or a ruling-out whose object is a
    trade or an everyday activity (a sale, smoking, mining, fishing) regulates conduct at home,
    no event between actors; bans of actors, of protests, and embargoes on a country stay."""

    @pytest.mark.parametrize("text", [
        "California bans sale of violent video games to minors",
        "Mr. Beattie has ruled out uranium mining in Queensland to protect the state's huge coal"
        " industry.",
        "The Court held that a state could prohibit the sale of sexually-explicit material to"
        " minors.",
    ])
    def test_bans_of_activities_are_no_events(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text,category", [
        ("The government banned the opposition party.", "COERCE"),
        ("The United States banned the sale of weapons to Iran.", "COERCE"),
    ])
    def test_bans_of_actors_and_embargoes_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)


class TestCommercialActs:
    """plover84: ``commercial_acts`` (plover.json): a sale, purchase or closure of a business
    asset (a branch, shares, operations) is a commercial transaction, no event between political
    actors; arms sold to a state stay."""

    @pytest.mark.parametrize("text", [
        "British supermarket chain Tesco to sell its Polish branch to Salling Group A/S",
        "Dexia says it will close operations in Australia, eastern Europe, Mexico and"
        " Scandinavia.",
    ])
    def test_business_transactions_are_no_events(self, code, text):
        assert code(text) is None, text

    def test_arms_sold_to_a_state_stay(self, code):
        event = code("Russia has sold weapons to Iran in the past, despite American protestation.")
        assert event is not None and event.category == "COOPERATE", event


class TestTriggerSenseByObjectOrFrame:
    """plover86: ``trigger_frame_senses`` (plover.json): a trigger whose object or frame gives
    it an everyday sense is no event: an official fired, a response given, duties taken over,
    a title taken, a fate met, a noun that only classifies (a copular complement); rockets
    fired, a town taken over, a loan given and an act identified by a copula stay."""

    @pytest.mark.parametrize("text", [
        "After Mugabe fired his vice president, the army moved on November 15, 2017.",
        "Abbas fires security chiefs for failure to curb lawlessness",
    ])
    def test_an_official_fired_is_no_assault(self, code, text):
        event = code(text)
        assert event is None or event.category != "ASSAULT", (text, event)

    @pytest.mark.parametrize("text", [
        "Iranian negotiators have given their final response to a European Union proposal.",
        "The official Democratic response to the address was delivered by Kansas Governor"
        " Kathleen Sebelius.",
    ])
    def test_something_said_given_is_no_aid(self, code, text):
        event = code(text)
        assert event is None or event.category != "AID", (text, event)

    def test_duties_taken_over_are_no_coercion(self, code):
        text = ("British ISAF soldiers took over operations at Musa Quala from a Danish contingent"
                " that was attacked almost daily during their tenure.")
        event = code(text)
        assert event is None or event.category != "COERCE", (text, event)

    @pytest.mark.parametrize("text", [
        "Two Czechs take Mr Universe and Miss World titles.",
        "The note said that other US sympathizers could expect to meet the same fate.",
        "The report added that splinter groups like the Real IRA are still threats.",
    ])
    def test_idioms_and_copular_nouns_are_no_events(self, code, text):
        event = code(text)
        assert event is None or event.trigger.split()[0] not in ("take", "meet", "threats"), (
            text, event)

    @pytest.mark.parametrize("text,category", [
        ("Israeli aircraft fired rockets at a Hezbollah stronghold.", "ASSAULT"),
        ("Gunmen fired at the minister's car.", "ASSAULT"),
        ("Rebels took over the town after a two-week offensive.", "COERCE"),
        ("The government gave Pakistan a loan of $500 million.", "AID"),
        ("This was the third Israeli strike in two days.", "ASSAULT"),
    ])
    def test_fire_take_over_and_give_in_their_political_sense_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        patterns = lexicon().extra["senses"]["trigger_frame_senses"]["patterns"]
        assert {"DISMISSED_FROM_POST", "SPEECH_ACT_GIVEN", "HANDOVER_TAKEN",
                "PRIZE_OR_FATE_IDIOM", "COPULAR_DESCRIPTION"} <= set(patterns)


class TestLightVerbByObjectAndStandingRequirement:
    """plover89: ``trigger_light_senses`` (plover.json): a light verb whose object gives it an
    everyday sense is no event of its old category: goods ordered (a purchase, no REQUEST), a
    message sent (no AID); troops ordered to a border, a ship ordered to steer and aid sent
    stay; a requirement in the simple present or as a participial modifier is a standing rule
    (no REQUEST), a past "required" stays."""

    @pytest.mark.parametrize("text,category", [
        ("State-owned flag carrier Garuda Indonesia has ordered ten new jetliners to serve"
         " routes there and to the United States.", "REQUEST"),
        ("The PRC sent an emergency alert to Washington through the United States embassy in"
         " Beijing.", "AID"),
        ("Canada operates a mandatory census, requiring all citizens to participate or face"
         " court action.", "REQUEST"),
        ("The U.S. currently requires registration of all males between the ages of 18 and"
         " 26.", "REQUEST"),
    ])
    def test_light_verbs_and_standing_rules_lose_their_category(self, code, text, category):
        event = code(text)
        assert event is None or event.category != category, (text, event)

    @pytest.mark.parametrize("text,category", [
        ("Venezuela and Ecuador have ordered troops to the border with Colombia.", "MOBILIZE"),
        ("The United States sent aid to the flood victims in Pakistan.", "AID"),
        ("The European Union required Turkey to recognise Cyprus.", "REQUEST"),
        ("Russian authorities had, according to the captain aboard the Elektron, ordered the ship"
         " to steer towards the Russian port of Murmansk.", "REQUEST"),
    ])
    def test_the_political_senses_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        patterns = lexicon().extra["senses"]["trigger_light_senses"]["patterns"]
        assert {"GOODS_ORDERED", "MESSAGE_SENT", "STANDING_REQUIREMENT"} <= set(patterns)


class TestStateTitleSector:
    """plover87 (issue 14): a title head of a state's office (the title layer's portfolio heads,
    ``state_titles``) with the state named in the phrase gives the holder the sector GOV; a
    former holder is an elite; a party's secretary keeps the party's sector."""

    @pytest.mark.parametrize("text,country", [
        ("US Treasury Secretary Timothy Geithner criticized China's decision.", "USA"),
        ("British Environment Secretary Margaret Beckett criticized Russia's decision.", "GBR"),
        ("Australian Treasurer Peter Costello criticized Indonesia's decision.", "AUS"),
        ("The British Home Secretary criticized Russia's decision.", "GBR"),
    ])
    def test_state_title_is_government(self, code, text, country):
        event = code(text)
        assert event is not None and event.category == "ACCUSE", (text, event)
        assert codes(event.sources) == [country] and event.sources[0].sector == "GOV", event

    def test_former_holder_is_an_elite(self, code):
        event = code("Former US Defense Secretary Donald Rumsfeld criticized Russia's decision.")
        assert codes(event.sources) == ["USA"] and event.sources[0].sector == "ELI", event

    def test_party_secretary_keeps_the_party(self, code):
        event = code("Chinese Communist Party Secretary Li criticized Japan's decision.")
        assert event.sources[0].sector == "PTY", event

    def test_shadow_secretary_is_the_opposition(self, code):
        event = code("UK shadow home secretary Davis criticized Russia's decision.")
        assert codes(event.sources) == ["GBR"] and event.sources[0].sector == "OPP", event


class TestBlameOnCauseProcessMonitoredAndHabitualPresent:
    """plover94: ``trigger_plain_senses`` (plover.json): blame laid on a cause that is no actor
    (a failure, conditions) accuses no one, a process monitored (the matter, a campaign) is
    watched, not investigated, and an act told in the simple present with an
    adverb of frequency, or as the infinitive of "is quick to", is a habit or a disposition,
    no act on a date; blame on an actor, blame on the government for a failure, "was quick to
    condemn", a present perfect with "regularly" and calls monitored stay."""

    @pytest.mark.parametrize("text,category", [
        ("The U.S. military in Iraq are blaming mechanical failure for the crash.", "ACCUSE"),
        ("Health Minister Ben Bradshaw described the party's loss as a terrible loss and blamed"
         " the economic conditions such as rising food and fuel costs.", "ACCUSE"),
        ("He noted that in its annual human rights report, the U.S. State Department is quick"
         " to condemn other nations that use harsh interrogation techniques on prisoners.",
         "ACCUSE"),
        ("Relations between the two countries are peaceful but tense, and Indian border forces"
         " regularly go on alert at times of crisis in Pakistan.", "MOBILIZE"),
        ("The program showed that the Uzbekistan government routinely uses torture to"
         " interrogate prisoners.", "ACCUSE"),
        ("Vera-Zavala said the European Union was aware of the series of killings in the country"
         " and was continuing to monitor the matter.", "ACCUSE"),
        ("The Organization for Security and Cooperation in Europe has monitored the Georgian"
         " campaign and has observers throughout Georgia for the election.", "ACCUSE"),
    ])
    def test_causes_and_habits_lose_their_category(self, code, text, category):
        event = code(text)
        assert event is None or event.category != category, (text, event)

    @pytest.mark.parametrize("text,category", [
        ("North Korea has blamed the United States for the test.", "ACCUSE"),
        ("The minister blamed the failure on the government.", "ACCUSE"),
        ("The State Department was quick to condemn the attack.", "ACCUSE"),
        ("Israeli troops have regularly made incursions into Gaza.", "ASSAULT"),
        ("The National Security Agency has been monitoring certain domestic telephone calls and"
         " emails.", "ACCUSE"),
    ])
    def test_blame_on_actors_and_past_acts_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        patterns = lexicon().extra["senses"]["trigger_plain_senses"]["patterns"]
        assert {"BLAMED_CAUSE", "MONITORED_PROCESS", "HABITUAL_PRESENT"} <= set(patterns)


class TestNeighbourComplements:
    """plover91 (issue 14; judge31's and judge32's neighbouring categories): the captor or the
    complement decides between neighbours (``neighbour_complements`` in plover.json): people
    captured by state forces are arrested (COERCE 173, not ASSAULT), a harmful act vowed under
    an if- or unless-condition is a threat (THREATEN, not AGREE)."""

    @pytest.mark.parametrize("text,category,cameo,sense", [
        ("15 Royal Navy sailors captured at gunpoint by Iranian guards", "COERCE", "173",
         "CAPTURED_BY_STATE_FORCES"),
        ("The sailors and marines were captured by Iranian border guards on March 23 in the"
         " Persian Gulf.", "COERCE", "173", "CAPTURED_BY_STATE_FORCES"),
        ("United States and Iraqi forces have captured the second in command of al-Qaeda in"
         " Iraq, Hamad Jama al-Saedi.", "COERCE", "173", "CAPTURED_BY_STATE_FORCES"),
        ("After the fall of the regime, he continued to lead a faction, until captured by the"
         " Cambodian forces in 1999.", "COERCE", "173", "CAPTURED_BY_STATE_FORCES"),
        ("Thaksin vowed to call a state of emergency if protests turn violent.", "THREATEN",
         "130", "CONDITIONAL_VOW"),
        ("The Dalai Lama has vowed to step down from his position if things get out of control"
         " in Tibet.", "THREATEN", "130", "CONDITIONAL_VOW"),
        ("Mugabe vowed to go to war if the Movement for Democratic Change won.", "THREATEN",
         "130", "CONDITIONAL_VOW"),
    ])
    def test_the_complement_decides(self, code, text, category, cameo, sense):
        event = code(text)
        assert event is not None and (event.category, event.cameo, event.sense) == (
            category, cameo, sense), (text, event)

    @pytest.mark.parametrize("text,category", [
        ("Hamas captured an Israeli soldier and demanded a prisoner exchange with Israel.",
         "ASSAULT"),
        ("200 Ethiopian troops have captured an airfield outside Waajid early this morning.",
         "ASSAULT"),
        ("The West Bank was captured by Israel from Jordan in the 1967 Six-Day War.", "ASSAULT"),
        ("Thaksin vowed to call a state of emergency.", "AGREE"),
        ("The Labor leader promised to ratify the protocol if elected.", "AGREE"),
        ("Ariel Santamaria promised to show up to the council meetings dressed up as Elvis"
         " Presley if he was elected.", "AGREE"),
    ])
    def test_the_neighbours_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)
        assert event.sense not in {"CAPTURED_BY_STATE_FORCES", "CONDITIONAL_VOW"}, event

    def test_the_patterns_are_named(self):
        rule = lexicon().extra["senses"]["neighbour_complements"]
        assert set(rule["patterns"]) == set(rule["applies_to"]) == set(rule["outcomes"]) == {
            "CAPTURED_BY_STATE_FORCES", "CONDITIONAL_VOW"}


class TestPlover93PastActsToldAsHistory:
    """plover93 (docs/plover.md item 93): a past act told as history before the report with no
    date of its own ("during his election campaign", "the recent withdrawals of Spain") is not
    dated to the report: its date is not stated and the pattern's name shows in the evidence;
    "later" (measured and refused: as often the story's own sequence) keeps the date; the
    events of a list of other reports closing the page ("Related news.") are not coded."""

    TEXT = ("WASHINGTON, May 4, 2021 - Canada condemned Myanmar on Tuesday over the arrests of "
            "journalists. Turkey later arrested the rebel leader. "
            "During the election campaign, Serbia accused Croatia of meddling. "
            "Later, Germany condemned Russia. "
            "Romania's is one of the largest contingents in Iraq due to the recent withdrawals "
            "of Spain and Italy. "
            "Related news. *Poland condemns Belarus, May 2, 2021.")

    @pytest.fixture(scope="class")
    @classmethod
    def extraction(cls):
        return _extract(cls.TEXT)

    def test_history_is_not_dated_to_the_report(self, extraction):
        dated = {ev.evidence[0].extractor.rsplit("~", 1)[-1]: ev.date
                 for ev in extraction.events if ev.extractor == CODER and "~" in
                 ev.evidence[0].extractor}
        for name in ("ELECTION_CAMPAIGN", "PRIOR_ACT_NOUN"):
            assert name in dated and dated[name] is None, (name, dated)

    def test_news_and_later_acts_keep_their_date(self, extraction):
        coded = _dated_by_source(extraction)
        for source in ("Canada", "Turkey", "Germany"):
            assert coded.get(source, (None,))[0] == "2021-05-04", (source, coded)

    def test_a_list_of_other_reports_codes_no_event(self, extraction):
        assert not any("Poland" in ev.evidence[0].text for ev in extraction.events
                       if ev.extractor == CODER), [ev.evidence[0].text for ev in extraction.events]
        assert any("Poland" in (ev.evidence[0].text if ev.evidence else "")
                   for ev in _extract(self.TEXT.replace("Related news. ", "")).events
                   if ev.extractor == CODER)  # the same line as the report's own is coded

    def test_the_classes_are_named_patterns(self):
        from blocwatch.events import told_as_history

        nlp = load_pipeline(Options().spacy_model)
        cases = {"Hamas was founded by Yassin (later assassinated by the Israelis).":
                 ("assassinated", None),
                 "The agency revoked his clearance and later dismissed him.":
                 ("dismissed", None),
                 "During the election campaign, the party accused its rival of fraud.":
                 ("accused", "ELECTION_CAMPAIGN"),
                 "Turkey rejected several prior cease-fire declarations by the PKK.":
                 ("declarations", "PRIOR_ACT_NOUN"),
                 "Later, Annan addressed the audience.": ("addressed", None),
                 "Later on Friday, the paper reported the attack.": ("reported", None),
                 "The most recent attack killed ten people.": ("attack", None),
                 "During the campaign, troops attacked the town.": ("attacked", None)}
        for text, (word, name) in cases.items():
            tok = next(t for t in nlp(text) if t.text == word)
            verb = tok.head if tok.pos_ == "NOUN" else tok
            assert told_as_history(verb, tok) == name, (text, told_as_history(verb, tok))


class TestUnrealisedShapes:
    """Round plover90 (``unrealised_shapes`` in plover.json): an act told as not done by its
    clause's shape is not coded: a passive under "will"/"would" in the writer's own clause, a
    passive to-infinitive, the complement of a verb of obligation. Reported intents, counted
    done acts ("the first soldier to be killed"), outcomes ("only to be invaded") and the
    obligation rule's semi-modals keep their readings. Sentences written for this test."""

    @pytest.mark.parametrize("text,act", [
        ("The nuclear agreement will be ratified by the US Congress next year.", "ratified"),
        ("Australian man to be executed in Singapore", "executed"),
        ("The prisoners are expected to be released by Israel next week.", "released"),
        ("The 1999 summit had obliged the Russian Federation to withdraw its troops from Moldova.",
         "withdraw"),
        ("Under the plan, Russian forces are obliged to withdraw from all Georgian towns.",
         "withdraw"),
    ])
    def test_act_told_as_not_done_is_not_coded(self, text, act):
        nlp = load_pipeline(Options().spacy_model)
        triggers = [e.trigger for e in code_doc(nlp(text))]
        assert not any(act in t for t in triggers), (text, triggers)

    @pytest.mark.parametrize("text,category", [
        ("Israel withdrew its troops from southern Lebanon.", "RETREAT"),
        ("He was the first British soldier to be killed by insurgents in Basra.", "ASSAULT"),
        ("The island declared independence only to be invaded by Indonesia.", "ASSAULT"),
        ("The deputy minister said that the deal has to be signed by the Iraqi government.",
         "REQUEST"),
    ])
    def test_done_counted_and_demanded_acts_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_shapes_are_named_patterns(self):
        from blocwatch.plover import SentenceCoder

        nlp = load_pipeline(Options().spacy_model)
        coder = SentenceCoder()
        cases = {"The agreement will be ratified by the US Congress.": (
                     "ratified", "MODAL_PASSIVE"),
                 "Australian man to be executed in Singapore": ("executed", "PASSIVE_INFINITIVE"),
                 "The treaty obliges Russia to withdraw its troops.": (
                     "withdraw", "OBLIGED_COMPLEMENT"),
                 "Israel said the troops will be withdrawn.": ("withdrawn", None)}
        for text, (verb, name) in cases.items():
            tok = next(t for t in nlp(text) if t.text == verb)
            found = [n for n, _ in coder._named_sense_matches("unrealised_shapes", tok)
                     if n != "MODAL_PASSIVE" or not coder._reported_clause(
                         tok, coder.lex.extra["senses"]["unrealised_shapes"]["reported_deps"])]
            assert (found[0] if found else None) == name, (text, found)


class TestRequestToTheSourcesOwnPeople:
    """plover95: ``trigger_domestic_senses`` (plover.json): a request addressed to the source's
    own people or body ("implored his people", "urged his colleagues", "urged their members")
    is an act inside one actor, no REQUEST between actors; requests to others, to a state's
    citizens, to troops, to members of the public and to someone's family members stay."""

    @pytest.mark.parametrize("text", [
        "Karzai implored his people to take proper care of the new terminal.",
        "The chairman introduced the Senate bill into the house and urged his colleagues to vote"
        " for its passage.",
        "The union's leaders urged their members to accept the offer.",
    ])
    def test_requests_to_own_people_are_no_request(self, code, text):
        event = code(text)
        assert event is None or event.category != "REQUEST", (text, event)

    @pytest.mark.parametrize("text", [
        "The government called on the rebels to lay down their arms.",
        "The Bush administration urged its citizens to leave Lebanon immediately.",
        "Police ordered members of the public to leave the square.",
        "The president ordered his troops to cross the border.",
        "Israeli troops ordered the men's family members to vacate the house.",
        # an organisation's "its members" are its member states (the integrator's narrowing)
        "NATO has called on its members to raise their defence spending.",
    ])
    def test_requests_to_others_stay(self, code, text):
        event = code(text)
        assert event is not None and event.category == "REQUEST", (text, event)

    def test_the_pattern_is_named(self):
        from blocwatch.plover import EVERYDAY_SENSES
        assert "trigger_domestic_senses" in EVERYDAY_SENSES
        patterns = lexicon().extra["senses"]["trigger_domestic_senses"]["patterns"]
        assert set(patterns) == {"OWN_PEOPLE_ADDRESSED"}


class TestPublicVotesAndCampaignPromises:
    """plover98: ``trigger_public_senses`` (plover.json): a referendum or the voters as the
    source and a candidate's promise to voters are domestic acts, no event between actors; a
    government rejecting a referendum's result, a party rejecting another's plan, a court
    convicting a foreign agent and promises between actors stay."""

    @pytest.mark.parametrize("text", [
        "Venezuelan referendum ends presidential term limits",
        "Switzerland 24 of 26 Swiss Cantons rejected the proposal for a single health insurance"
        " system.",
        "Mr. Saakashvili has campaigned on a slogan of a \"Georgia without Poverty,\" promising"
        " - among other things - to double pensions in October.",
        "The billionaire is promising various social benefits to be paid for 18 months out of his"
        " own pocket if he is elected.",
        "He has promised to withdraw troops from Iraq if he is elected.",
    ])
    def test_domestic_votes_rulings_and_pledges_are_no_event(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text, category", [
        ("The government rejected the referendum's result.", "REJECT"),
        ("The opposition party rejected the government's plan.", "REJECT"),
        ("A US court convicted the Iranian agent of espionage.", "SANCTION"),
        ("Israel accepted the Palestinian claims.", "AGREE"),
        ("The Taliban promised to release the hostages if the army withdrew.", "AGREE"),
    ])
    def test_events_between_actors_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        from blocwatch.plover import EVERYDAY_SENSES
        assert "trigger_public_senses" in EVERYDAY_SENSES
        patterns = lexicon().extra["senses"]["trigger_public_senses"]["patterns"]
        assert set(patterns) == {"PUBLIC_VOTE_AS_SOURCE", "CAMPAIGN_PROMISE"}


class TestPlover96NeighbourAssetsAndAnnouncedConcessions:
    """plover96: ``neighbour_assets`` (plover.json): the object of a sending verb decides
    between neighbours (a military asset sent is MOBILIZE 154, not AID), and
    ``announced_concessions``: an intended withdrawal of troops is the manual's CONCEDE
    ("announced (not carried out) … withdrawals"), not the AGREE of the intent rule
    (docs/plover.md item 99)."""

    @pytest.mark.parametrize("text,category,sense", [
        ("The move comes as the U.S. decided to send another aircraft carrier to the Middle "
         "East.", "MOBILIZE", "SENT_MILITARY_ASSETS"),
        ("Japan dispatched two destroyers to the Gulf of Aden on Friday.", "MOBILIZE",
         "SENT_MILITARY_ASSETS"),
        ("US President Trump announces troop withdrawal from Syria", "CONCEDE",
         "ANNOUNCED_WITHDRAWAL"),
        ("Britain announced it would withdraw its troops from Iraq by May.", "CONCEDE",
         "ANNOUNCED_WITHDRAWAL"),
    ])
    def test_the_object_decides_the_neighbour(self, text, category, sense):
        events = code_doc(load_pipeline(Options().spacy_model)(text))
        found = [e for e in events if e.sense == sense]
        assert found and found[0].category == category, (text, events)

    @pytest.mark.parametrize("text,category", [
        ("Syria withdrew its troops from Lebanon on Tuesday.", "RETREAT"),
        ("Norway gave Kenya a loan of 20 million dollars on Monday.", "AID"),
        ("The Kenyan Red Cross Society have sent a helicopter carrying medics and supplies to "
         "the hospital.", "AID"),
    ])
    def test_neighbours_left_alone(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)
        assert event.sense not in ("SENT_MILITARY_ASSETS", "ANNOUNCED_WITHDRAWAL"), event

    def test_the_readings_load_as_data(self):
        senses = lexicon().extra["senses"]
        for key in ("neighbour_assets", "announced_concessions"):
            rule = senses[key]
            assert set(rule["patterns"]) == set(rule["outcomes"]) == set(rule["applies_to"])
        assert "peacekeepers" not in senses["neighbour_assets"]["military_assets"]
        assert senses["announced_concessions"]["outcomes"]["ANNOUNCED_WITHDRAWAL"][0] == \
            "CONCEDE"


class TestStanceSensesOfTriggers:
    """plover97: ``trigger_stance_senses`` (plover.json): declining to restate or answer is
    declining comment (CAMEO 01, no REJECT), recognising a state of affairs or a duty is no
    diplomatic recognition (no SUPPORT), and an aim sought or committed to is a goal, no
    REQUEST and no AGREE; refusals of acts, recognition of states, requests to someone and
    forces committed stay."""

    @pytest.mark.parametrize("text", [
        "Scott McClellan declined to reaffirm this policy, citing an ongoing investigation.",
        "Sudanese officials declined to respond to the report immediately.",
        "China's Premier recognises government responsibility in milk incident",
        "Paisley said his stand forced Sinn Fein to recognize support for the police as an issue"
        " of paramount importance.",
        "Blair is seeking a more permanent peace settlement before he leaves office.",
        "The IRA is fully committed to the goals of Irish unity and independence.",
    ])
    def test_stances_are_no_event(self, code, text):
        event = code(text)
        assert event is None, (text, event)

    @pytest.mark.parametrize("text,category", [
        ("Romania declined to withdraw its troops from Iraq.", "REJECT"),
        ("The United States declined an offer by North Korea to hold talks.", "REJECT"),
        ("Russia has recognized South Ossetia as an independent nation.", "SUPPORT"),
        ("Brazil has recognized China's market economy status.", "SUPPORT"),
        ("Kenya's leader Kibaki seeks Ghanaian president Kufuor's mediation.", "REQUEST"),
        ("Romania has sought the help of the US-led coalition in Iraq.", "REQUEST"),
    ])
    def test_acts_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        from blocwatch.plover import EVERYDAY_SENSES
        assert "trigger_stance_senses" in EVERYDAY_SENSES
        patterns = lexicon().extra["senses"]["trigger_stance_senses"]["patterns"]
        assert set(patterns) == {"DECLINED_STATEMENT", "ACKNOWLEDGED_STATE", "AIM_PURSUED"}
        cases = {"Officials declined to respond to the report.": ("declined", "DECLINED_STATEMENT"),
                 "The premier recognises government responsibility.": (
                     "recognises", "ACKNOWLEDGED_STATE"),
                 "Blair is seeking a peace settlement.": ("seeking", "AIM_PURSUED"),
                 "Russia recognised the new government.": ("recognised", None)}
        assert_first_patterns("trigger_stance_senses", cases)


class TestPlover102ForetoldActs:
    """Round plover102 (issue 14): an intended act told only as another party's forecast
    ("South Korea says North Korea will test more nuclear bombs") is no stated intent of the
    party that would act, and not done (``foretold_acts`` in plover.json)."""

    @pytest.mark.parametrize("text", [
        "South Korea says North Korea will test more nuclear bombs",
        "The UN understood that Sudanese rebels will surrender to the court if they are indicted.",
        "Japan says China will send warships to the disputed islands.",
        "Egypt said Israel will release 100 Palestinian prisoners.",
    ])
    def test_forecasts_are_no_event(self, code, text):
        event = code(text)
        assert event is None, (text, event)

    @pytest.mark.parametrize("text,category", [
        ("Lavrov also said Russia would strengthen its contingent in South Ossetia.", "AGREE"),
        ("Prime Minister Ehud Olmert says Israel will welcome President Bush.", "AGREE"),
        ("North Korea says it will test more nuclear bombs.", "THREATEN"),
        # the wire's attribution after the news it carries ('reporter_first')
        ("Israel will release 100 Palestinian prisoners, Egypt said on Monday.", "AGREE"),
    ])
    def test_stated_intents_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        patterns = lexicon().extra["senses"]["foretold_acts"]["patterns"]
        assert set(patterns) == {"OTHER_PARTY_FORECAST"}
        cases = {"South Korea says North Korea will test more bombs.": (
                     "test", "OTHER_PARTY_FORECAST"),
                 "Russia will strengthen its contingent.": ("strengthen", None)}
        assert_first_patterns("foretold_acts", cases)



class TestPlover103BirthplacesGiveNoCountry:
    """plover103 (the last numbered item of docs/plover.md): ``actors.life_history_places``
    LIFE_HISTORY_PLACE, a country word joined to "born", "educated" or "trained" ("Syrian-born",
    "a U.S. trained chemist") says where a person was born or schooled, not their country; a
    nationality or citizenship word beside it decides."""

    @pytest.mark.parametrize("text,source", [
        ("Maher Arar, a Syrian-born Canadian citizen, is suing the United States.", "CAN"),
        ("A Syrian-born Canadian citizen denied the allegation.", "CAN"),
        ("The Italian-born Congress President Sonia Gandhi criticised the government.", None),
        ("Police say a U.S. trained chemist helped build the bombs.", None),
    ])
    def test_a_birthplace_or_schooling_gives_no_country(self, code, text, source):
        event = code(text)
        assert event is not None and event.sources, (text, event)
        assert event.sources[0].code == source, (text, event.sources)

    @pytest.mark.parametrize("text,source", [
        ("The Canadian engineer denied the allegation.", "CAN"),
        ("Syrian troops attacked the town.", "SYR"),
        ("Iranian-backed militias attacked the town.", None),
    ])
    def test_a_nationality_word_still_codes(self, code, text, source):
        event = code(text)
        assert event is not None and event.sources, (text, event)
        assert event.sources[0].code == source, (text, event)

    def test_the_rule_loads_as_data(self):
        places = lexicon().extra["actors"]["life_history_places"]["participles"]
        assert {"born", "educated", "trained"} <= set(places)


class TestFramedTime:
    """Round plover101 (``frame_time_patterns`` in background_acts.json, docs/plover.md item
    103; issue 14, history carrying the report's date): an act in a relative "when" clause of
    a time expression takes that time (WHEN_OF_TIME: "since June, when militants seized
    control"), never a time after the report's; an act told in a past week that lies across
    two months takes the week's year, or no date (WEEK_ACROSS_MONTHS), not the report's day.
    Sentences written for this test."""

    TEXT = ("JERUSALEM, December 12, 2007 - Israeli troops attacked Gaza on Tuesday. "
            "The dispute has simmered since at least 2000, when Egypt accused Israel of spying. "
            "Serbia has not governed the province since 1999, when the United Nations took "
            "control. "
            "Talks stalled until 2009, when Greece accused Cyprus of delays.")

    @pytest.fixture(scope="class")
    @classmethod
    def extraction(cls):
        return _extract(cls.TEXT)

    def test_an_act_in_a_when_clause_takes_its_time(self, extraction):
        coded = _dated_by_source(extraction)
        assert coded["Egypt"][0] == "2000" and coded["Egypt"][1].endswith("~WHEN_OF_TIME"), coded
        assert coded["the United Nations"][0] == "1999", coded

    def test_no_frame_after_the_report(self, extraction):
        coded = _dated_by_source(extraction)
        assert "~" not in coded.get("Greece", (None, ""))[1], coded
        assert coded["Israeli troops"][0] == "2007-12-11", coded  # the news keeps its day

    @pytest.mark.parametrize("text,source,date,named", [
        ("JERUSALEM, December 12, 2007 - Just two weeks ago, Israel pledged to resume talks with"
         " Syria.", "Israel", "2007", True),  # Nov 26 - Dec 2: its year
        ("BAGHDAD, January 7, 2020 - Last week, Iran accused Israel of spying.", "Iran", None,
         True),  # Dec 30 - Jan 5: no date stated
        ("JERUSALEM, December 12, 2007 - Last week, Egypt accused Jordan of spying.", "Egypt",
         "2007-12", False),  # Dec 3 - 9: the normaliser's month, as before
    ])
    def test_a_past_week_across_two_months_is_not_the_reports_day(self, text, source, date,
                                                                   named):
        coded = _dated_by_source(_extract(text))
        assert coded[source][0] == date, coded
        assert coded[source][1].endswith("~WEEK_ACROSS_MONTHS") == named, coded


class TestCourtRulingsAndLegislativeProcedure:
    """plover100: ``trigger_procedure_senses`` (plover.json): a court's ruling in a case (a
    claim accepted, leave granted, a suit agreed to be heard) and a legislature's own
    procedure (parliament suspended, prorogued, a session adjourned or cancelled) are domestic
    acts, no event between actors; a court's conviction, its orders, a case it declines (REJECT),
    an organisation suspending a member, talks suspended and a meeting cancelled between actors
    stay."""

    @pytest.mark.parametrize("text", [
        "The Supreme Court left effective the rest of this provision and accepted the"
        " plaintiffs' claims for Japanese nationality.",
        "A High Court judge has granted leave today to the police to prosecute the MP.",
        "The Circuit Court of Appeals agreed to hear the suit against the party committee.",
        "The British prime minister suspends parliament for five weeks as the deadline"
        " approaches.",
        "The Court of Session issued an opinion on the suspension of the Parliament, finding it"
        " to be unlawful.",
        "The president adjourned the session of the National Assembly until March.",
    ])
    def test_rulings_and_house_procedure_are_no_event(self, code, text):
        assert code(text) is None, text

    @pytest.mark.parametrize("text, category", [
        ("A US court convicted the Iranian agent of espionage.", "SANCTION"),
        ("In 2016, the Supreme Court declined to hear a case about the islanders' citizenship"
         " status.", "REJECT"),
        ("A Thai court has ordered the demonstrators occupying the airport to leave.",
         "REQUEST"),
        ("After months of infighting, rules governing the proceedings of the trial have been"
         " unanimously agreed upon by Cambodian and international judges in Phnom Penh.",
         "AGREE"),
        ("The Commonwealth suspended Fiji after the coup.", "SANCTION"),
        ("Russia suspended talks with Georgia.", "SANCTION"),
        ("Iran cancelled the meeting with the EU envoy.", "REJECT"),
        ("Israel accepted the Palestinian claims.", "AGREE"),
    ])
    def test_acts_between_actors_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        from blocwatch.plover import EVERYDAY_SENSES
        assert "trigger_procedure_senses" in EVERYDAY_SENSES
        patterns = lexicon().extra["senses"]["trigger_procedure_senses"]["patterns"]
        assert set(patterns) == {"JUDICIAL_RULING", "LEGISLATURE_PROCEDURE"}
        cases = {"The Supreme Court agreed to hear the case.": ("agreed", "JUDICIAL_RULING"),
                 "The prime minister suspended parliament.": ("suspended",
                                                             "LEGISLATURE_PROCEDURE"),
                 "The Commonwealth suspended Fiji.": ("suspended", None),
                 "Iran agreed to hear the proposal.": ("agreed", None)}
        assert_first_patterns("trigger_procedure_senses", cases)


class TestStandingSensesOfTriggers:
    """plover104: ``trigger_standing_senses`` (plover.json): a noun of a standing condition
    whose holder is named only as its modifier ("the Israeli occupation", "UN sanctions"), under
    no verb that imposes, starts, changes or ends it, and a past participle with "previously" or
    "already" that is no finite verb ("funds previously frozen") name a state of affairs, no act;
    conditions imposed, tightened or applied, and finite acts, stay."""

    @pytest.mark.parametrize("text", [
        "The show is an illustration of the struggle of the Palestinian people against the"
        " Israeli occupation.",
        "He was involved in Indonesia's occupation of East Timor.",
        "He will buy the harvest to help farmers hurt by a Russian embargo on Georgian goods.",
        "UN sanctions prompt Iran to limit cooperation with IAEA",
        "25 million of North Korean funds previously frozen in a Macau bank has been transferred"
        " to Pyongyang.",
    ])
    def test_standing_states_are_no_event(self, code, text):
        event = code(text)
        assert event is None, (text, event)

    @pytest.mark.parametrize("text,category", [
        ("On July 12 Israel set up a blockade of Lebanon.", "COERCE"),
        ("Israel has tightened sanctions on Hamas since June.", "SANCTION"),
        ("When India detonated a nuclear device in 1998, the U.S. applied economic sanctions.",
         "SANCTION"),
        ("The UN imposed an arms embargo on Sudan.", "SANCTION"),
        ("The United States froze the assets of the group on Tuesday.", "SANCTION"),
    ])
    def test_acts_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        from blocwatch.plover import EVERYDAY_SENSES
        assert "trigger_standing_senses" in EVERYDAY_SENSES
        patterns = lexicon().extra["senses"]["trigger_standing_senses"]["patterns"]
        assert set(patterns) == {"STANDING_STATE_NOUN", "PRIOR_STATE_PARTICIPLE"}
        cases = {"Farmers were hurt by a Russian embargo.": ("embargo", "STANDING_STATE_NOUN"),
                 "Funds previously frozen in a bank were transferred.": (
                     "frozen", "PRIOR_STATE_PARTICIPLE"),
                 "The UN imposed an arms embargo on Sudan.": ("embargo", None),
                 "The EU has already frozen the funds.": ("frozen", None)}
        assert_first_patterns("trigger_standing_senses", cases)


class TestMatterSensesOfTriggers:
    """plover106: ``trigger_matter_senses`` (plover.json): beating a rival, a challenger or an
    opponent by a margin or in an election is winning a contest (no ASSAULT), and withdrawing a
    bill or pulling an advertisement takes an item back (no RETREAT); a beating of people and
    troops withdrawn stay."""

    @pytest.mark.parametrize("text", [
        "Lieberman beat his former democratic opponent, retaining his seat.",
        "MSNBC reports that Clinton beat Obama by a very narrow margin.",
        "The mayor defeated the incumbent in the Democratic primary.",
        "New Zealand government withdraws asset forfeiture bill",
        'A "critical" campaign ad, launched by the US, that took a swipe at Canada has been'
        ' pulled.',
    ])
    def test_contests_and_items_are_no_event(self, code, text):
        event = code(text)
        assert event is None, (text, event)

    @pytest.mark.parametrize("text,category", [
        ("The official overseer of traditional affairs beat one of the princesses.", "ASSAULT"),
        ("Police beat the protesters with batons.", "ASSAULT"),
        ("Denmark withdrew its forces from Iraq.", "RETREAT"),
        ("Syria has begun to withdraw its troops from Lebanon.", "RETREAT"),
    ])
    def test_acts_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        from blocwatch.plover import EVERYDAY_SENSES
        assert "trigger_matter_senses" in EVERYDAY_SENSES
        patterns = lexicon().extra["senses"]["trigger_matter_senses"]["patterns"]
        assert set(patterns) == {"ELECTORAL_CONTEST", "ITEM_WITHDRAWN"}
        cases = {"The senator beat his opponent.": ("beat", "ELECTORAL_CONTEST"),
                 "The mayor beat the challenger by a narrow margin.": ("beat", "ELECTORAL_CONTEST"),
                 "The government withdrew its bill.": ("withdrew", "ITEM_WITHDRAWN"),
                 "Police beat the protesters.": ("beat", None),
                 "Denmark withdrew its troops.": ("withdrew", None)}
        assert_first_patterns("trigger_matter_senses", cases)


class TestAgreementWithAView:
    """plover107: ``neighbour_views`` (plover.json): agreeing with a person, a body or their
    view is assent to an opinion, the manual's SUPPORT (endorse, CAMEO 051), not the AGREE of
    a commitment to cooperate; an agreement that names an act to be done (a to-infinitive, a
    that-clause, an object, an on-phrase of no view) stays AGREE (docs/plover.md item 109)."""

    @pytest.mark.parametrize("text", [
        "Mr. Prodi agreed with the Russian President on this point and also stated that such "
        "conflicts should be solved using a multi-lateral approach.",
        "The Palestinian Authority fully agrees with the Israeli actions.",
        "According to Bush, the United Nations also agrees with the terms of the resolution.",
    ])
    def test_assent_to_a_view_is_support(self, code, text):
        event = code(text)
        assert event is not None and event.category == "SUPPORT", (text, event)
        assert event.sense == "AGREED_WITH_VIEW" and event.cameo == "051", event

    @pytest.mark.parametrize("text", [
        "Parliament also heard that Australia had agreed with members of the United Nations "
        "Security Council to conduct a new operation in East Timor.",
        "On February 13, 2007 North Korea agreed with the U.S., China, Russia, South Korea and "
        "Japan that they would dismantle their nuclear program in return for aid.",
        "Russia agreed with China on a new gas deal.",
        "Ugandan rebels agree to a ceasefire",
    ])
    def test_agreements_to_act_stay_agree(self, code, text):
        event = code(text)
        assert event is not None and event.category == "AGREE", (text, event)
        assert event.sense != "AGREED_WITH_VIEW", event

    def test_the_reading_loads_as_data(self):
        rule = lexicon().extra["senses"]["neighbour_views"]
        assert set(rule["patterns"]) == set(rule["outcomes"]) == set(rule["applies_to"])
        assert rule["outcomes"]["AGREED_WITH_VIEW"][0] == "SUPPORT"
        assert "xcomp" in rule["commitment_deps"] and "point" in rule["view_nouns"]


class TestPlover105UndoneActs:
    """Round plover105 (issue 14; judge34's 'the act did not happen', docs/plover.md item 110):
    an act told as a forecast by the writer (FORECAST_FRAME, FORECAST_FRAME_OBJECT), as a
    schedule in a who-relative under will/would (FUTURE_WHO_RELATIVE) or as stopped
    (STOPPED_ACT) is no event; a source's own plan or will keeps the intent rule's AGREE."""

    @pytest.mark.parametrize("text", [
        # real news sentences (corpus offsets 0-13, read half), shapes of judge34's rows
        "Mr Blair is expected to visit Washington this week to meet with President George W."
        " Bush.",
        "The UN Security Council is also likely to meet next week to discuss further action to"
        " take against Iran.",
        "Later this year, President Bush is expected to bestow a state visit to the country.",
        "The banquet this year was held in honor of the UN Secretary-General, who will step down"
        " after two consecutive 5-year terms ending December 31.",
        "Israeli withdrawal halted until Palestinians disarm militants",
        "Pirate attacks bring UN aid to Somalia to a halt",
    ])
    def test_undone_acts_are_no_event(self, text):
        nlp = load_pipeline(Options().spacy_model)
        trig = {"visit", "meet", "step", "withdrawal", "aid"}
        events = [e for e in code_doc(nlp(text)) if e.trigger.split()[0] in trig]
        assert events == [], (text, events)

    @pytest.mark.parametrize("text,category", [
        ("Mr Blair will visit Washington this week.", "AGREE"),
        ("Israel plans to withdraw from three towns.", "AGREE"),
        ("The foreign minister will step down next month.", "AGREE"),
        ("Israel completed its withdrawal from Gaza.", "RETREAT"),
        ("The United Nations has halted aid shipments to the Gaza Strip.", "SANCTION"),
        # a forecast statement keeps the intent rule (applies_to: not AGREE/REQUEST/THREATEN/
        # REJECT); the shape of the hand-coded news sentence BW-NEWS-0069
        ("On Sunday, the prime minister is expected to pledge to double the UK's development aid"
         " for Pakistan.", "AGREE"),
    ])
    def test_acts_and_stated_intents_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        from blocwatch.plover import UNDONE_SENSE
        patterns = lexicon().extra["senses"][UNDONE_SENSE]["patterns"]
        assert set(patterns) >= {"FORECAST_FRAME", "FORECAST_FRAME_OBJECT",
                                 "FUTURE_WHO_RELATIVE", "STOPPED_ACT"}  # plover115 adds one
        cases = {"Blair is expected to visit Washington.": ("visit", "FORECAST_FRAME"),
                 "The council is likely to meet next week.": ("meet", "FORECAST_FRAME"),
                 "Bush is expected to bestow a state visit on India.": (
                     "visit", "FORECAST_FRAME_OBJECT"),
                 "He honoured Annan, who will step down after two terms.": (
                     "step", "FUTURE_WHO_RELATIVE"),
                 "Israeli withdrawal halted until Palestinians disarm militants": (
                     "withdrawal", "STOPPED_ACT"),
                 "Blair will visit Washington.": ("visit", None)}
        assert_first_patterns(UNDONE_SENSE, cases)


class TestPlover109DescriptorPersons:
    """Round plover109 (issue 14): coordinated descriptors of one named person are one source
    actor, coded by the best-specified descriptor (``senses.descriptor_persons``);
    coordinated people stay two."""

    def test_descriptors_before_a_name_are_one_person(self):
        ev = _coded109("Environmental activist and former Vice-President Al Gore today announced"
                    " his support for the plan.")[0]
        assert [a.text for a in ev.sources] == ["former Vice-President Al Gore"]
        assert ev.actor_rule == "DESCRIPTORS_BEFORE_NAME"

    def test_descriptors_with_an_apposed_name_are_one_person(self):
        ev = _coded109("Democrats turned over their radio broadcast to a former CIA agent and"
                    " Republican, Larry Johnson, who accused the administration of lying.")
        ev = next(e for e in ev if e.category == "ACCUSE")
        assert [(a.text, a.code, a.sector) for a in ev.sources] == [
            ("Larry Johnson", "USA", "ELI")]  # the former office over the party word
        assert ev.actor_rule == "DESCRIPTORS_APPOSED_NAME"

    @pytest.mark.parametrize("text", [
        "The president and Al Gore met in Washington.",
        "The president and the prime minister signed the agreement.",
    ])
    def test_coordinated_people_stay_two(self, text):
        ev = _coded109(text)[0]
        assert len(ev.sources) == 2, [a.text for a in ev.sources]


def _coded109(text: str):
    return code_doc(load_pipeline(Options().spacy_model)(text))


class TestPlover114SequelAndHabit:
    """Round plover114 (``sequel_patterns`` in background_acts.json, docs/plover.md item 117;
    issue 14, history carrying the report's date): an act named only to place the reported
    one in time ("The move comes after the EU sanctioned Iran", COMES_AFTER) or told as a
    habit in the perfect ("have consistently dismissed", HABITUAL_PERFECT) has no date stated
    when its clause gives none, and the pattern's name shows in the event's evidence; the
    report's news, an after-clause of another verb and a simple past keep their day.
    Sentences written for this test."""

    TEXT = ("BERLIN, March 12, 2019 - Germany banned an Iranian airline on Tuesday. "
            "The move comes after Britain sanctioned Iran over the plots. "
            "The Sinn Fein leaders have consistently dismissed the allegations of Britain. "
            "Egypt expelled two diplomats after Israel accused Egypt of spying.")

    @pytest.fixture(scope="class")
    @classmethod
    def extraction(cls):
        return _extract(cls.TEXT, UNSCORED)

    @pytest.mark.parametrize("source,named", [
        ("Britain", "COMES_AFTER"), ("The Sinn Fein leaders", "HABITUAL_PERFECT")])
    def test_a_placing_or_habitual_act_has_no_date_stated(self, extraction, source, named):
        coded = _dated_by_source(extraction)
        assert source in coded, coded
        assert coded[source][0] is None and coded[source][1].endswith(f"~{named}"), coded

    def test_the_news_keeps_its_day(self, extraction):
        coded = _dated_by_source(extraction)
        assert coded["Germany"][0] == "2019-03-12" and "~" not in coded["Germany"][1], coded
        assert "~COMES_AFTER" not in coded.get("Israel", (None, ""))[1], coded  # (after-clause
        # of another verb: the story's own sequence)

    @pytest.mark.parametrize("text,trigger,named", [
        ("The Sinn Fein leaders have consistently dismissed the allegations.", "dismissed",
         "HABITUAL_PERFECT"),
        ("His remarks came after the United States denounced Iran.", "denounced", "COMES_AFTER"),
        ("Four people are dead after a suicide bomber attacked a convoy.", "attacked", None),
        ("Troops repeatedly fired on the crowd.", "fired", None)])
    def test_each_pattern_names_its_class(self, text, trigger, named):
        from blocwatch.analysis import clause_verb
        from blocwatch.events import sequel_or_habit
        from blocwatch.nlp import load_pipeline

        act = next(t for t in load_pipeline(Options().spacy_model)(text) if t.text == trigger)
        assert sequel_or_habit(clause_verb(act)) == named, text


class TestPlover115PlanningHostileAct:
    """Round plover115 (issue 14; judge36's, judge35's and the seed-2616/2618 readers' notes:
    a plan in preparation coded THREATEN, docs/plover.md item 118): a hostile act that is the
    object or to-infinitive of "planning"/"plotting" (PLANNING_HOSTILE_ACT in ``undone_acts``)
    is no event; a stated threat, a done attack and a non-hostile plan keep their codes."""

    @pytest.mark.parametrize("text,word", [
        # the shapes of the judged rows (offset 5 seed 56005, offset 1 seed 55001, seed 2618)
        ("Reports from an Israeli website say that the United States is planning to launch air"
         " strikes on Iran targets on Good Friday.", "launch"),
        ("French secret services knew that al-Qaeda was planning attacks on the United States"
         " months before.", "attacks"),
        ("Israel is planning measures to curb settlement activity in the occupied territories.",
         "curb"),
        ("Police said the men were plotting to bomb the embassy in Nairobi.", "bomb"),
    ])
    def test_a_planned_hostile_act_is_no_event(self, text, word):
        events = [e for e in code_doc(load_pipeline(Options().spacy_model)(text))
                  if word in e.trigger.split()]
        assert events == [], (text, events)

    @pytest.mark.parametrize("text,category", [
        ("Iran threatened to launch missile strikes on Israel.", "THREATEN"),
        ("Israeli troops attacked the town on Monday.", "ASSAULT"),
        ("Israel plans to withdraw from three towns.", "AGREE"),
    ])
    def test_threats_acts_and_other_plans_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_pattern_is_named(self):
        from blocwatch.plover import UNDONE_SENSE
        nlp = load_pipeline(Options().spacy_model)
        coder = SentenceCoder()
        for text, word in [("Al-Qaeda was planning attacks on the United States.", "attacks"),
                           ("The United States is planning to launch strikes on Iran.", "launch")]:
            tok = next(t for t in nlp(text) if t.text == word)
            found = [n for n, _ in coder._named_sense_matches(UNDONE_SENSE, tok)]
            assert found[:1] == ["PLANNING_HOSTILE_ACT"], (text, found)




class TestPlover116CodeSlots:
    """Round plover116 (issue 14; judge37's note on offset 6 seed 57006 and the html seed 21021
    note: a trade association coded 'NGO' as its country; docs/plover.md, the plover116 item).
    An association of one country (``national_associations``) gets no 'NGO' in the country
    slot where its name or its sentence gives its country: that country, sector NGO unless a
    word of the name gives another. Unplaced, it keeps 'NGO' (an empty country would drop the
    event), with no state's sector."""

    @pytest.mark.parametrize("text,phrase,country,sector", [
        ("The Restaurants Association of Ireland have hit out at the decision.",
         "The Restaurants Association", "IRL", "NGO"),
        ("The Entertainment Software Association, a US trade association, criticised the law.",
         "The Entertainment Software Association", "USA", "NGO"),
        ("The Australia Defence Association praised his efforts as defence minister.",
         "The Australia Defence Association", "AUS", "NGO"),
        ("The British Medical Association criticised the government.",
         "The British Medical Association", "GBR", "MED"),
    ])
    def test_an_association_has_no_ngo_country(self, code, text, phrase, country, sector):
        event = code(text)
        assert event is not None, text
        assert (event.sources[0].text, event.sources[0].code, event.sources[0].sector) == \
            (phrase, country, sector)

    def test_an_unplaced_association_keeps_its_event(self, code):
        event = code("The decision was criticised by the Police Association on Monday.")
        assert event is not None and event.category == "ACCUSE", event
        assert [(a.code, a.sector) for a in event.sources] == [("NGO", None)], event

    def test_transnational_ngos_keep_their_code(self, code):
        event = code("Amnesty International accused Israel of war crimes in Lebanon.")
        assert event is not None and [a.code for a in event.sources] == ["NGO"], event
        event = code("The International Association of Athletics Federations banned the runner.")
        assert event is not None and [a.code for a in event.sources] == ["NGO"], event


class TestPlover117PriorStatement:
    """Round plover117 (``prior_statement_patterns`` in background_acts.json, docs/plover.md
    item 120; issue 14, judge38's history carrying the report's date: 'had previously announced
    plans to resign', a strike told through 'previously said'): an act told inside an earlier
    statement (the complement of a verb of saying that "previously"/"formerly" qualifies) has no
    date stated when its clause gives none, and the pattern's name shows in the event's
    evidence; the report's news and a statement without the adverb keep their day.
    Sentences written for this test."""

    TEXT = ("LONDON, March 12, 2019 - Britain expelled two Russian diplomats on Tuesday. "
            "The premier of Gibraltar had previously announced plans to resign. "
            "Moscow previously said that Ukraine had attacked a Russian convoy. "
            "Spain said that Morocco attacked a patrol boat.")

    @pytest.fixture(scope="class")
    @classmethod
    def extraction(cls):
        return _extract(cls.TEXT)

    def test_an_act_in_an_earlier_statement_has_no_date_stated(self, extraction):
        coded = _dated_by_source(extraction)
        assert "Ukraine" in coded, coded
        assert coded["Ukraine"][0] is None and \
            coded["Ukraine"][1].endswith("~PRIOR_STATEMENT_CLAUSE"), coded

    def test_the_news_and_a_plain_statement_keep_their_day(self, extraction):
        coded = _dated_by_source(extraction)
        assert coded["Britain"][0] == "2019-03-12" and "~" not in coded["Britain"][1], coded
        assert coded["Morocco"][0] == "2019-03-12" and "PRIOR_STATEMENT" not in \
            coded["Morocco"][1], coded

    @pytest.mark.parametrize("text,trigger,named", [
        ("The premier had previously announced plans to resign.", "resign",
         "PRIOR_STATEMENT_PLAN"),
        ("Moscow previously said that Ukraine had attacked a convoy.", "attacked",
         "PRIOR_STATEMENT_CLAUSE"),
        ("As previously announced, the army attacked the town.", "attacked", None),
        ("Spain said that Morocco attacked a patrol boat.", "attacked", None)])
    def test_each_pattern_names_its_class(self, text, trigger, named):
        from blocwatch.analysis import clause_verb
        from blocwatch.events import prior_statement
        from blocwatch.nlp import load_pipeline

        act = next(t for t in load_pipeline(Options().spacy_model)(text) if t.text == trigger)
        assert prior_statement(clause_verb(act)) == named, text
class TestPlover121OwnMeasure:
    """Round plover121 (issue 14; judge36's 'UK ministers agreed on spending ...: domestic act',
    judge38's 'Costello's budget proposal ...: domestic act', docs/plover.md item 122): an AGREE
    by one actor about its own budget, spending, taxes, laws or constitution with no second
    actor in the clause (OWN_MEASURE_PROPOSED in ``own_measure_acts``) is no event; an
    agreement between two actors, an agreement with a named party, a promise made to someone
    and a promise to fight a problem stay AGREE. Sentences written for this test."""

    @pytest.mark.parametrize("text,word", [
        ("Cabinet ministers agreed on spending up to two billion pounds on a new computer"
         " system.", "agreed"),
        ("On pension reform, the treasurer proposed to simplify the rules.", "proposed"),
        ("The governor promised to raise pensions.", "promised"),
        ("The finance minister proposed to simplify income taxes next year.", "proposed"),
        ("The prime minister has promised $30 billion in income tax cuts over three years.",
         "promised"),
        ("The party agreed on new rules for its leadership election.", "agreed"),
    ])
    def test_an_own_measure_with_no_second_actor_is_no_event(self, text, word):
        events = [e for e in code_doc(load_pipeline(Options().spacy_model)(text))
                  if word in e.trigger.split()]
        assert events == [], (text, events)

    @pytest.mark.parametrize("text", [
        "The government and the opposition agreed on the budget on Monday.",
        "The government agreed with the IMF on a new budget.",
        "The president has promised to fight this corruption.",
        "The president promised the protesters to change the electoral law.",
        "Labour and the Conservatives reached a deal on the budget.",
        "Japan agreed to cut tariffs on American beef.",
    ])
    def test_a_second_actor_keeps_the_agreement(self, code, text):
        event = code(text)
        assert event is not None and event.category == "AGREE", (text, event)

    def test_the_pattern_is_named(self):
        nlp = load_pipeline(Options().spacy_model)
        coder = SentenceCoder()
        for text, word in [("The governor promised to raise pensions.", "promised"),
                           ("Ministers agreed on the budget.", "agreed")]:
            tok = next(t for t in nlp(text) if t.text == word)
            found = [n for n, _ in coder._named_sense_matches("own_measure_acts", tok)]
            assert found[:1] == ["OWN_MEASURE_PROPOSED"], (text, found)


class TestPlover120AttributiveStoryDate:
    """Round plover120 (``attributive_date_*`` in background_acts.json, docs/plover.md item
    122; issue 14, time grounding): where the lede's story time comes from the attributive
    date of a noun ("the October 17, 2001, assassination of <X>"), an act with no time of its
    own takes the report's date, not that event's, and the pattern's name shows in the
    event's evidence; the event the date names keeps it ("orchestrated the attacks"), so does
    what a dated statement tells ("according to a March 17 press release"), and a story time
    the lede narrates ("on March 12") still dates such acts.
    Sentences written for this test."""

    THING = ("JERICHO, March 14, 2006 - Israeli troops stormed a jail in Jericho. "
             "Israel accuses the man of involvement in the October 17, 2001, assassination "
             "of a minister. Israel launched the raid soon after the monitors left the jail.")
    NARRATED = ("JERICHO, March 14, 2006 - Israeli troops stormed a jail in Jericho on "
                "March 12. Israel launched the raid soon after the monitors left the jail.")

    def test_an_attributive_date_is_not_the_story_day(self):
        events = [ev for ev in _extract(self.THING).events if ev.extractor == CODER]
        raid = [ev for ev in events if ev.trigger == "raid"]
        assert raid and raid[0].date == "2006-03-14" and \
            raid[0].evidence[0].extractor.endswith("~ATTRIBUTIVE_STORY_DATE"), raid

    def test_the_event_the_date_names_keeps_it(self):
        text = ("CARACAS, September 27, 2006 - Chavez spoke of the September 11, 2001 attacks on "
                "the United States. The U.S. government has maintained that Al-Qaeda "
                "orchestrated the attacks. Israel launched the raid soon after the monitors "
                "left the jail.")
        events = [ev for ev in _extract(text).events if ev.extractor == CODER]
        dated = {ev.trigger: (ev.date, ev.evidence[0].extractor) for ev in events}
        assert dated["attacks"][0] == "2001-09-11" and "ATTRIBUTIVE" not in dated["attacks"][1]
        assert dated["raid"][0] == "2006-09-27" and \
            dated["raid"][1].endswith("~ATTRIBUTIVE_STORY_DATE"), dated

    def test_a_statement_date_still_dates_what_it_tells(self):
        text = ("COLOMBO, March 28, 2005 - The Foreign Ministry said the government accepts the "
                "One China policy, according to a March 17 press release. Sri Lanka reiterated "
                "its support for China.")
        events = [ev for ev in _extract(text).events if ev.extractor == CODER]
        support = [ev for ev in events if ev.category == "SUPPORT"]
        assert support and support[0].date == "2005-03-17" and \
            "ATTRIBUTIVE" not in support[0].evidence[0].extractor, support

    def test_a_narrated_story_day_still_dates_the_act(self):
        events = [ev for ev in _extract(self.NARRATED).events if ev.extractor == CODER]
        raid = [ev for ev in events if ev.trigger == "raid"]
        assert raid and raid[0].date == "2006-03-12" and \
            "ATTRIBUTIVE" not in raid[0].evidence[0].extractor, raid


class TestPlover123UnrealisedFrames:
    """Round plover123 (issue 14; judge39's and judge40's rows 'the act did not happen',
    docs/plover.md item 126): an act named as what a party failed to do (FAILED_ACT_NOUN), an
    act under a past conditional with the perfect (COUNTERFACTUAL_PERFECT) and an act a reward
    is offered for information leading to (REWARD_CONDITION) are no event; the same acts told
    as done keep their codes."""

    @pytest.mark.parametrize("text,word", [
        # the shapes of the judged rows (offset 8 seed 60008, offset 13 seed 59013, offset 7
        # seed 59007) and of other readable corpus sentences
        ("There is also an issue with Ireland's failure to ratify the Treaty of Lisbon.",
         "ratify"),
        ("A report claimed that some officers from the Army's 13th Brigade would have fabricated"
         " a number of terrorist attacks.", "attacks"),
        ("If Mr Fischer had been sent to the US, he would have faced a ten year prison term.",
         "prison"),
        ("A 20,000 laris reward is offered for information leading to the arrest of the person"
         " responsible.", "arrest"),
        ("The Department of State had offered a US$ 5 million bounty for information leading to"
         " the arrest of Reyes.", "arrest"),
    ])
    def test_an_unrealised_act_is_no_event(self, text, word):
        events = [e for e in code_doc(load_pipeline(Options().spacy_model)(text))
                  if word in e.trigger.split()]
        assert events == [], (text, events)

    @pytest.mark.parametrize("text,category", [
        ("Ireland ratified the Treaty of Lisbon.", "SUPPORT"),
        ("Police arrested the person responsible.", "COERCE"),
        ("Clashes led to the arrest of 50 protesters.", "ASSAULT"),
    ])
    def test_acts_told_as_done_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_clashes_leading_to_arrests_keep_the_arrest(self):
        events = code_doc(load_pipeline(Options().spacy_model)(
            "Clashes led to the arrest of 50 protesters."))
        assert any(e.category == "COERCE" and "arrest" in e.trigger for e in events), events

    def test_the_patterns_are_named(self):
        from blocwatch.plover import UNDONE_SENSE
        patterns = lexicon().extra["senses"][UNDONE_SENSE]["patterns"]
        assert set(patterns) >= {"FAILED_ACT_NOUN", "COUNTERFACTUAL_PERFECT", "REWARD_CONDITION"}
        cases = {"Ireland's failure to ratify the Treaty.": ("ratify", "FAILED_ACT_NOUN"),
                 "Officers would have fabricated attacks.": ("attacks", "COUNTERFACTUAL_PERFECT"),
                 "He would have faced a prison term.": ("faced", "COUNTERFACTUAL_PERFECT"),
                 "A reward is offered for information leading to the arrest of the killer.": (
                     "arrest", "REWARD_CONDITION"),
                 "Ireland ratified the Treaty.": ("ratified", None)}
        assert_first_patterns(UNDONE_SENSE, cases)


class TestPlover124ForcesSentOrShown:
    """plover124: ``neighbour_forces`` (plover.json): forces sent (a list with troops after its
    first item, a count of troops, police or gendarmerie officers) are a deployment, MOBILIZE
    153/154, not AID; a missile fired as a test or into the sea is a show of force, MOBILIZE
    150 (weapons), not ASSAULT (docs/plover.md item 127)."""

    @pytest.mark.parametrize("text,category,sense", [
        ("Pakistan's federal government dispatched helicopters and 500 troops to try and track "
         "the hijacked convoy.", "MOBILIZE", "SENT_FORCES_LISTED"),
        ("French Interior Minister Michele Alliot-Marie said that France is sending 260 National "
         "Gendarmerie officers to quell the violence.", "MOBILIZE", "SENT_POLICE"),
        ("Turkey sends thousands of troops into northern Iraq", "MOBILIZE",
         "SENT_FORCES_COUNTED"),
        ("According to the Japanese Defense Ministry, North Korea has fired a short-range "
         "missile today into the Sea of Japan.", "MOBILIZE", "WEAPON_FIRED_INTO_SEA"),
        ("Pakistan successfully test fired a new cruise missile on Saturday that is capable of "
         "carrying nuclear weapons.", "MOBILIZE", "WEAPON_TEST_FIRED"),
    ])
    def test_forces_sent_or_shown_are_mobilize(self, text, category, sense):
        events = code_doc(load_pipeline(Options().spacy_model)(text))
        found = [e for e in events if e.sense == sense]
        assert found and found[0].category == category, (text, events)
        assert not any(e.category in ("AID", "ASSAULT") for e in events), events

    @pytest.mark.parametrize("text,category", [
        ("Thailand sent doctors and soldiers to Aceh.", "AID"),
        ("Norway gave Kenya a loan of 20 million dollars on Monday.", "AID"),
    ])
    def test_aid_first_in_the_list_stays_aid(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)
        assert event.sense not in ("SENT_FORCES_LISTED", "SENT_POLICE", "SENT_FORCES_COUNTED")

    def test_the_readings_load_as_data(self):
        rule = lexicon().extra["senses"]["neighbour_forces"]
        assert set(rule["patterns"]) == set(rule["outcomes"]) == set(rule["applies_to"])
        assert {tuple(v) for v in rule["outcomes"].values()} == {
            ("MOBILIZE", "154", "troops"), ("MOBILIZE", "153", "police"),
            ("MOBILIZE", "150", "weapons")}
        assert "peacekeepers" not in rule["listed_forces"]


class TestPlover125MotionSenses:
    """Round plover125 (issue 14; judge41's rows 'no event: APEC meeting closed (ended), not a
    closure' and 'a bill sent to the President by the House is legislative procedure, not AID',
    docs/plover.md item 128): ``trigger_motion_senses`` (plover.json). A gathering, a poll, a
    shop or a school that closes with no object (ITSELF_CLOSED) and a bill sent between a
    state's offices (DOCUMENT_SENT) are no event; a border or a road closed, a newspaper closed
    down, aid sent and an intent to send a bill stay."""

    @pytest.mark.parametrize("text", [
        # the shapes of the judged rows (offset 3 seed 61003) and of other readable corpus
        # sentences
        "APEC Australia 2007 has officially closed in Sydney.",
        "At 07:00 UTC today, the polls closed in the New Zealand general election.",
        "Department stores closed early.",
        "President Bush approved the bill shortly after it was sent to him by the US House of"
        " Representatives.",
        "Pacheco has sent the bill to the legislative branch for ratification.",
    ])
    def test_everyday_closing_and_sending_is_no_event(self, code, text):
        event = code(text)
        assert event is None or event.category not in ("COERCE", "AID"), (text, event)

    @pytest.mark.parametrize("text,category", [
        ("Jordan closed its border with Iraq.", "COERCE"),
        ("The government closed down the newspaper.", "COERCE"),
        ("The border between Egypt and Gaza has closed again.", "COERCE"),
        ("The United States sent aid to Haiti.", "AID"),
        ("The president announced he is to send a bill to the congress.", "AGREE"),
        ("UK Attorney General says Guantanamo should close", "REQUEST"),
    ])
    def test_acts_stay(self, code, text, category):
        event = code(text)
        assert event is not None and event.category == category, (text, event)

    def test_the_patterns_are_named(self):
        from blocwatch.plover import EVERYDAY_SENSES
        assert "trigger_motion_senses" in EVERYDAY_SENSES
        patterns = lexicon().extra["senses"]["trigger_motion_senses"]["patterns"]
        assert set(patterns) == {"ITSELF_CLOSED", "DOCUMENT_SENT"}
        cases = {"The polls closed at 8 p.m.": ("closed", "ITSELF_CLOSED"),
                 "Pacheco has sent the bill to the legislature.": ("sent", "DOCUMENT_SENT"),
                 "The United States sent aid to Haiti.": ("sent", None),
                 "The border has closed.": ("closed", None)}
        assert_first_patterns("trigger_motion_senses", cases)
