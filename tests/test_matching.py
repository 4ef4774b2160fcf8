"""The pattern compiler and the word gates that let matchers skip text (blocwatch.matching):
a gated matcher must find exactly what the ungated one finds."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher, Matcher

from blocwatch import names, nlp, plover
from blocwatch.config import Options
from blocwatch.matching import AnchoredTrees, holds, native, needs, present, sentences_with


@pytest.fixture(scope="module")
def pipe():
    return nlp.load_pipeline(Options().spacy_model)


def test_native_lemma_lower_matches_what_the_custom_attribute_matched(pipe):
    doc = pipe("The ministers MET in Vienna. Meetings were held; they meet again on Monday.")
    custom = [{"_": {"lemma_lower": {"IN": ["meet", "hold"]}}}]
    compiled = [native(custom[0])]
    assert "_" not in compiled[0] and "LEMMA" in compiled[0]
    expected = [t.i for t in doc if t.lemma_.lower() in ("meet", "hold")]
    m = Matcher(pipe.vocab)
    m.add("X", [compiled])
    assert sorted(s for _, s, _ in m(doc)) == expected


# "number" is a spaCy symbol (a fixed small id, not its string's hash), as "HEAD" is: a gate
# that hashed the words would never open for it
@pytest.mark.parametrize("word", ["number", "head", "law", "summit"])
def test_gate_opens_on_a_document_holding_the_needed_word(pipe, word):
    doc = pipe(f"Nothing here. The {word} was mentioned once.")
    need = needs([[{"LOWER": word}]], "token")
    assert holds(present(doc), need)
    assert [s.text for s in sentences_with(doc, need)] == [f"The {word} was mentioned once."]


def test_gate_needs_every_required_token_of_a_pattern(pipe):
    pattern = [{"LOWER": "led"}, {"LOWER": "by", "OP": "?"}, {"LOWER": "delegation"}]
    need = needs([pattern], "token")
    assert len(need[0]) == 2  # the optional "by" is not needed
    assert not holds(present(pipe("The team was led by him.")), need)
    assert holds(present(pipe("A delegation led by him.")), need)


def test_a_pattern_that_names_no_word_runs_everywhere(pipe):
    assert needs([[{"POS": "VERB"}]], "token") is None
    doc = pipe("One. Two.")
    assert holds(present(doc), None) and len(sentences_with(doc, None)) == 2


def test_gated_dependency_matcher_finds_what_the_whole_document_gives(pipe):
    pats = [[{"RIGHT_ID": "v", "RIGHT_ATTRS": native({"_": {"lemma_lower": "head"}})},
             {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"DEP": "agent"}}]]
    m = DependencyMatcher(pipe.vocab)
    m.add("HEADED_BY", pats)
    doc = pipe("The delegation was headed by the foreign minister. It arrived on Monday.")
    assert m(doc) and holds(present(doc), needs(pats, "dependency"))


def test_gate_opens_when_any_one_pattern_is_held_whole(pipe):
    need = needs([[{"LOWER": "led"}, {"LOWER": "delegation"}], [{"LOWER": "summit"}]], "token")
    assert holds(present(pipe("The summit opened.")), need)  # the second pattern
    assert not holds(present(pipe("He led the talks.")), need)  # half of the first only
    assert holds(present(pipe("He led the delegation.")), need)


def test_sentence_filter_passes_a_value_no_node_tests_only_where_the_node_does_not_ask(pipe):
    from spacy.attrs import LOWER, POS

    from blocwatch.matching import SentenceFilter, node_tests

    columns = (LOWER, POS)
    summit = node_tests({"LOWER": "summit", "POS": "NOUN"}, columns)
    verb = node_tests({"POS": "VERB"}, columns)  # any word: LOWER not tested
    can = SentenceFilter([[(summit, verb)], [(verb,)]], columns)
    doc = pipe("The summit opened in Vienna. Nothing here. Talks were held.")
    assert can(doc) == [[True, True], [False, False], [False, True]]


# texts where the sense and outlet patterns match, and near misses of them
ANCHORED_TEXTS = [
    "The deal will be signed by both presidents, and a man is to be executed in Singapore.",
    "The treaty obliges Russia to withdraw, and the ministers are required to resign.",
    "Rebel activities include kidnappings, massacres, bombs and extortions, the report said.",
    "68 percent of French people oppose the law, and most Israelis support the withdrawals.",
    "The party voiced support for holding a referendum. Public opinion backed the plan.",
    "The minister submitted his resignation after the court dismissed the appeal.",
    "The defence filed an appeal to the Supreme Court against the ruling.",
    "The province took out a loan from the bank, and two bankers loaned themselves millions.",
    "The newspaper Il Corriere reported it; Radio Sol, a broadcaster, and the news agency Sur agreed.",
    "A senator introduced a bill to cut the agency's funding and a draft resolution on sanctions.",
    "Spain gives unmarried partners many of the rights of married couples, and the governor"
    " granted the jailed editor a full pardon.",
    "Egypt plans crackdown on Sinai smuggling tunnels. Rebels prepare for an offensive. Police foil"
    " a possible plot to kill the mayor.",
    "Troops opened fire on protesters, killing two students. Soldiers opened fire, killing two"
    " marchers. The army deployed lethal force against the marchers.",
    "The town declined after the 1979 invasion. Four months prior to the 2001 attacks, he spoke.",
    "Chile is going to lift the ban and is going to make a complaint. It is wiser to hold talks,"
    " and it was ready to sign. It is easy to hold talks."
    " Peru took no part in the talks and saw no sign of fighting.",
    "They left without firing a shot, without consultation, without facing a fine and without"
    " having to visit Lima.",
    "The army waged war on drugs and fought corruption. Iran held joint drills with the navy of"
    " Oman. The toll matched estimates provided by the police.",
    "Norway pledged $40 million in aid, vowed new attacks and vowed to start a holy war.",
    "Sudan seals deal with southern rebels",
    "The governor signed the bill into law, the senate voted against the budget and the"
    " candidate amassed 300 delegates. He donated $500 to the Liberal Party.",
    "The ministry denied reports of a strike and denied that troops were there. The president"
    " dismissed John Smith, and a denial of the reports followed.",
    "The vote follows the killing of the mayor in a bomb attack last week. The strike preceded a"
    " crackdown in Lima, and Peru followed the advice.",
    "The Obama administration has sent a letter to the Peruvian government requesting a full"
    " explanation, and Peru sent troops to the border.",
    "Violence has grown since the Soviet invasion, and the envoy left ahead of the talks.",
    "The minister apologised, the opposition attacked the government and the plan offers new"
    " hopes. Rebels attacked the convoy and Chile offered aid.",
    "The president declared a state of emergency and imposed martial law. The parliament lifted"
    " the state of emergency, and emergency rule was ended.",
    "It would make Chile join the pact, and it will force Peru to hold talks. Analysts believe"
    " that Peru will attack Chile and fear Bolivia will sign a deal. The law is designed to punish"
    " Peru, and a plan aimed at ending the blockade failed. Chile has a contract to supply fuel."
    " The bill, which would impose sanctions on Peru, passed, and the amendment would increase"
    " funding. Chile said Peru had planned an attack and claimed that Peru planned to invade.",
    "An MP asked the minister for details in a question on notice, and the leader asked the"
    " government during question time. The envoy asked in vain.",
    "The government was returned to power and three provinces returned No votes.",
    "The official stood by his claim, Australia announced an inquiry into the feasibility of"
    " nuclear power, Spain recognized same-sex marriages and the plan would need to be discussed.",
    "Nurses are planning to strike on Friday unless they get a pay rise, and the opposition will"
    " hold protests until the president resigns.",
    "The union called off the strike, the protesters ended their march and called off the rally,"
    " and the teachers ended their hunger strike.",
    "The convoy came under attack by rebels, and a Pakistan bomb attack killed four.",
    "Several hundred soldiers were reported to have been killed in the fighting, and the army"
    " reports only ten monks to have been killed.",
    "Berry warns of further erosion to civil rights. Aid agencies warned that the people of Gaza"
    " are facing a crisis.",
    "The official warned the minister about threats from militants.",
    "Rebels broke the ceasefire, the truce was violated, both sides reported violations of the"
    " accord.",
    "Japan's population declined by 19,000, the spokesman declined to give details and Haiti"
    " postponed the elections.",
    "The paper recalled a similar incident, Thomas was acquitted of terrorism charges, the vice"
    " president shot a man in a hunting accident and protesters gave him a cold reception.",
    "Chad withdrew from the peace talks, Iran pulled its funds out of Europe, Peru pulled out of"
    " the treaty, troops marched into Gori and Italy seeks the indictment of a marine.",
    "Chile argued that Peru invaded its waters, Peru believes that Chile was behind the attacks,"
    " the envoy is scheduled to visit Lima, Chile is to withdraw its troops and Peru said that"
    " Chile fired shells.",
    "California bans sale of violent video games, the premier ruled out uranium mining and a"
    " ban on fishing holds.",
    "Tesco will sell its Polish branch.",
    "The president fired his finance minister, the negotiators have given their final response"
    " and British soldiers took over operations from a Danish contingent.",
    "The airline has ordered ten new jetliners, China sent an emergency alert to Washington and"
    " the new law requires all foreigners to register.",
    "The military are blaming mechanical failure for the crash, the State Department is quick to"
    " condemn other nations and Indian border forces regularly go on alert at times of crisis."
    " The European Union was continuing to monitor the matter.",
    "The sailors were captured by Iranian border guards. Thaksin vowed to call a state of"
    " emergency if protests turn violent.",
    "Karzai implored his people to stay calm, and the union called on its members to"
    " strike.",
    "Venezuelan referendum ends presidential term limits, 24 of 26 cantons rejected the"
    " proposal and the candidate is promising new benefits to be paid if he is elected.",
    "Around 71% of voters rejected the reform. He has campaigned on a slogan of growth,"
    " promising to double pensions.",
    "The US decided to send another aircraft carrier and Trump announces troop withdrawal from"
    " Syria.",
    "Officials declined to respond to the report, the premier recognises government"
    " responsibility and Blair is seeking a peace settlement.",
    "South Korea says North Korea will test more bombs, and Japan believes China will send ships.",
    "The Supreme Court agreed to hear the case, the prime minister suspended parliament and"
    " the president adjourned the session of the National Assembly.",
    "Farmers were hurt by a Russian embargo, and funds previously frozen in a bank were"
    " transferred.",
    "The senator beat his Democratic opponent, the mayor beat the challenger by a narrow margin"
    " and the government withdrew its forfeiture bill; the campaign ad has been pulled.",
    "The Palestinian Authority fully agrees with the Israeli actions.",  # plover107
    # plover105 (undone_acts, docs/plover.md item 110)
    "The minister is expected to visit Washington, the council is likely to meet next week and"
    " the president is expected to bestow a state visit on the country.",
    "The banquet honoured the secretary general, who will step down after two terms. Israeli"
    " withdrawal halted until Palestinians disarm militants. Pirate attacks bring UN aid to a"
    " halt.",
    # plover115 (undone_acts PLANNING_HOSTILE_ACT, docs/plover.md item 118)
    "The United States is planning to launch air strikes on Iran, al-Qaeda was planning attacks"
    " and Israel is planning measures to curb settlement activity.",
    # plover123 (undone_acts FAILED_ACT_NOUN, COUNTERFACTUAL_PERFECT, REWARD_CONDITION,
    # docs/plover.md item 122)
    "Ireland's failure to ratify the treaty was noted; officers would have fabricated attacks and"
    " would have fabricated a number of attacks; a reward is offered for information leading to"
    " the arrest of the killer.",
    # plover109 (descriptor_persons, docs/plover.md item 113)
    "Environmental activist and former Vice-President Al Gore announced his support, and a former"
    " CIA agent and Republican, Larry Johnson, accused the administration.",
    "The governor promised to raise pensions, and ministers agreed on the budget.",
    # plover124 (neighbour_forces, docs/plover.md item 127)
    "Pakistan dispatched helicopters and 500 troops, France is sending 260 National Gendarmerie"
    " officers, Turkey sends thousands of troops, North Korea has fired a missile into the Sea of"
    " Japan, Pakistan successfully test fired a cruise missile and the navy fired two missiles"
    " during the drills.",
    # plover125 (trigger_motion_senses, docs/plover.md item 128)
    "The polls closed at 8 p.m. and the bill was sent to him by the House.",
]


@pytest.mark.parametrize("rules", [
    # every sense the coder asks at an anchor, so that a new one is checked too
    *(rule["patterns"] for rule in plover.lexicon().extra["senses"].values()
      if isinstance(rule, dict) and "patterns" in rule),
    names._patterns()[1],
    # every child and the head of each verb: many matches at one anchor, whose order counts
    {"CHILD": [[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB"}},
                {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "c", "RIGHT_ATTRS": {}}]],
     "HEAD": [[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB"}},
               {"LEFT_ID": "v", "REL_OP": "<", "RIGHT_ID": "h", "RIGHT_ATTRS": {}}]]}])
def test_anchored_trees_give_what_the_dependency_matcher_gives_at_each_anchor(pipe, rules):
    matcher, trees, found = DependencyMatcher(pipe.vocab), AnchoredTrees(rules), 0
    for key, patterns in rules.items():
        matcher.add(key, patterns)
    for doc in pipe.pipe(ANCHORED_TEXTS):
        by_anchor: dict[int, list[tuple[str, list[int]]]] = {}
        for key, ids in matcher(doc):
            by_anchor.setdefault(ids[0], []).append((pipe.vocab.strings[key], ids))
        for tok in doc:
            assert trees(tok) == by_anchor.get(tok.i, [])
        assert sorted(trees.in_doc(doc)) == sorted(m for ms in by_anchor.values() for m in ms)
        found += sum(map(len, by_anchor.values()))
    assert found  # the texts hold matches of every rule set


def test_anchored_trees_refuse_what_they_cannot_answer_at_the_anchor():
    head = {"RIGHT_ID": "a", "RIGHT_ATTRS": {"LEMMA": "appeal"}}
    with pytest.raises(ValueError):
        AnchoredTrees({"X": [[head, {"LEFT_ID": "a", "REL_OP": ">>", "RIGHT_ID": "b",
                                     "RIGHT_ATTRS": {"DEP": "prep"}}]]})
    with pytest.raises(ValueError):
        AnchoredTrees({"X": [[{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LENGTH": {">=": 2}}}]]})


def _copy_signature(doc):
    head = doc._get_array_attrs()
    return (doc.to_array(list(head)).tolist(), [(e.start, e.end, e.label_) for e in doc.ents],
            [t.ent_iob_ for t in doc], doc.text, doc.tensor.tolist())


def test_sentence_docs_copy_each_sentence_as_span_as_doc_does(pipe):
    """``SentenceDocs`` makes ``Span.as_doc``'s copy without its whole-document work (perf15):
    every column, the entities, the text and the tensor of each sentence's copy are the same,
    also where an entity runs across a sentence's edge (cut off on both sides)."""
    from spacy.tokens import Span

    from blocwatch import pipeline
    from blocwatch.matching import SentenceDocs

    texts = [d.text for d in pipeline.demo_sources()] + [
        "Leaders met in Vienna on Monday. The United Nations said talks would go on."]
    docs = list(pipe.pipe(texts))
    cut = docs[-1]
    first, second = list(cut.sents)[:2]
    cut.set_ents([Span(cut, first.end - 2, second.start + 3, "ORG")], default="unmodified")
    copies = 0
    for doc in docs:
        alone = SentenceDocs(doc)
        for sent in doc.sents:
            assert _copy_signature(alone(sent)) == _copy_signature(sent.as_doc()), sent.text
            copies += 1
    assert copies > 50
    edges = [_copy_signature(SentenceDocs(cut)(s))[2] for s in (first, second)]
    assert edges[0][-2:] == ["", ""] and edges[1][:3] == ["", "", ""]  # the cut entity: missing


@pytest.mark.parametrize("table,names,texts", [
    ("act_time_patterns", None,  # plover69, docs/plover.md item 74: history dated by its own year
     ["Critics recalled the February 2003 invasion and Martin's 2004 inquiry, and the"
      " March 2003 invasion and the 1991 Gulf War were discussed."]),
    ("patterns", ("RECENTLY", "LONG_PERFECT", "RECENT_SPAN"),  # plover79, item 85
     ["British troops recently withdrew from the city.",
      "The United States has long opposed the court.",
      "The Saudis have tried in recent years to curb Iran."]),
    ("patterns", ("RELATIVE_PAST", "RELATIVE_PAST_PROGRESSIVE"),  # plover78, item 87
     ["Bulgaria, which also signed the treaty, ratified it, and he interviewed a blogger"
      " who was protesting the march the first time the army attacked the town."]),
    ("history_act_patterns", None,  # plover93, item 93
     ["During his election campaign the senator criticized China."]),
    ("prior_act_patterns", None, ["Troops stay despite the recent withdrawals of Spain."]),
    ("link_list_headings", None, ["See also.", "Related news."]),
], ids=["history-dating", "undated-past", "identifying-clauses", "told-as-history",
        "prior-act", "link-lists"])
def test_background_act_patterns_anchor_as_the_dependency_matcher_does(pipe, table, names, texts):
    """background_acts.json's patterns (history dated by its own year, past time said without
    a date, acts in identifying relative clauses) give at each anchor what DependencyMatcher
    gives, and the texts hold matches of each pattern named."""
    from blocwatch.knowledge import load_json, named_lists

    data = load_json("background_acts.json")
    lists = {k: v for k, v in data.items() if isinstance(v, list)}
    rules = {k: v for k, v in named_lists(data[table], lists).items()
             if names is None or k in names}
    assert names is None or set(rules) == set(names)
    matcher, trees, found = DependencyMatcher(pipe.vocab), AnchoredTrees(rules), set()
    for key, patterns in rules.items():
        matcher.add(key, patterns)
    for doc in pipe.pipe(texts):
        by_anchor: dict[int, list[tuple[str, list[int]]]] = {}
        for key, ids in matcher(doc):
            by_anchor.setdefault(ids[0], []).append((pipe.vocab.strings[key], ids))
        for tok in doc:
            assert trees(tok) == by_anchor.get(tok.i, [])
        found |= {name for ms in by_anchor.values() for name, _ in ms}
    assert found == set(rules), found


def test_frame_time_patterns_anchor_as_the_dependency_matcher_does(pipe):
    """Round plover101 (docs/plover.md item 105): background_acts.json's frame_time_patterns
    (an act dated by the time its "when" clause hangs on) anchor as DependencyMatcher does,
    and the text holds a match of each."""
    test_background_act_patterns_anchor_as_the_dependency_matcher_does(
        pipe, "frame_time_patterns", ("WHEN_OF_TIME",),
        ["Serbia has not governed the province since 1999, when the United Nations took"
         " control."])


def test_sequel_and_habit_patterns_anchor_as_the_dependency_matcher_does(pipe):
    """Round plover114 (docs/plover.md item 117): background_acts.json's sequel_patterns
    (an act that places the reported one in time, a habit in the perfect) anchor as
    DependencyMatcher does, and the texts hold a match of each."""
    test_background_act_patterns_anchor_as_the_dependency_matcher_does(
        pipe, "sequel_patterns", ("COMES_AFTER", "HABITUAL_PERFECT"),
        ["The move comes after Britain sanctioned Iran.",
         "The leaders have consistently dismissed the allegations."])


def test_prior_statement_patterns_anchor_as_the_dependency_matcher_does(pipe):
    """Round plover117 (docs/plover.md item 120): background_acts.json's
    prior_statement_patterns (an act told inside an earlier statement) anchor as
    DependencyMatcher does, and the texts hold a match of each."""
    test_background_act_patterns_anchor_as_the_dependency_matcher_does(
        pipe, "prior_statement_patterns", ("PRIOR_STATEMENT_CLAUSE", "PRIOR_STATEMENT_PLAN"),
        ["The president previously said that Israel had struck a building.",
         "The premier had previously announced plans to resign."])


class TestPerf18:
    """perf18 (docs/performance.md): ``AnchoredTrees`` tries at an anchor only the patterns
    its first-node index lists for the anchor's value, and ``events.link_list_start`` joins
    the document's text once; both give what they gave before."""

    SENSES = [rule["patterns"] for rule in plover.lexicon().extra["senses"].values()
              if isinstance(rule, dict) and "patterns" in rule]

    def test_an_unlisted_pattern_fails_its_first_node_and_the_index_prunes(self, pipe):
        from blocwatch.matching import AnchoredTrees as Trees

        tried = every = 0
        for doc in pipe.pipe(ANCHORED_TEXTS):
            for rules in self.SENSES:
                trees = Trees(rules)
                for tok in doc:
                    starts = set(trees._starts(tok))
                    assert list(trees._starts(tok)) == sorted(starts)
                    for k, (_, nodes) in enumerate(trees.patterns):
                        if k not in starts:  # not listed: its first node cannot pass
                            assert not all((getattr(tok, a) in v) == inside
                                           for a, v, inside in nodes[0][2]), (k, tok.text)
                    tried += len(starts)
                    every += len(trees.patterns)
        assert tried * 4 < every  # most anchors are offered a few of a sense's patterns

    def test_the_link_list_heading_ends_the_coded_text_only_in_the_second_half(self, pipe):
        from blocwatch.events import link_list_start

        body = "The ministers met in Vienna on Monday. They agreed to meet again in May. "
        late = pipe(body * 3 + "Related news. Talks resumed in Geneva.")
        assert link_list_start(late) == late.text.index("Related news.") + len("Related news.")
        early = pipe("Related news. " + body * 3)
        assert link_list_start(early) is None
