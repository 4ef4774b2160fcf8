"""holds_position on real sentences, one or more per declared pattern and per title shape.

The sentences come from ../shared/corpus/news (Wikinews), the read half of ../shared/dev and the
seeds; none of them is special-cased: each names a construction (the pattern in the claim's
extractor field) or a shape of title the open title layer must read.
"""

import pytest

from blocwatch import pipeline
from blocwatch.config import Options
from blocwatch.facts.titles import normalise
from blocwatch.knowledge import position_patterns
from blocwatch.records import RawDocument


def positions(text: str) -> set[tuple[str, str, str, str | None, str]]:
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain", published="2019-11-28"),
                          Options())
    ents = {e.local_id: e.name for e in ex.entities}
    return {(ents.get(c.subject, c.subject), c.role or "", ents.get(c.object or "", c.object or ""),
             c.qualifier, c.extractor.split(":")[-1])
            for c in ex.claims if c.predicate == "holds_position"}


@pytest.mark.parametrize(("text", "fact"), [
    # title before the name, the holder in the title's own complement
    ("Secretary General of the Organization of Islamic Cooperation (OIC), H.E. Dr. Yousef A. "
     "Al-Othaimeen, met on 25 November 2019 with the delegation.",
     ("Yousef A. Al-Othaimeen", "Secretary General", "Organisation of Islamic Cooperation", None,
      "title_before_name")),
    # the same title after names, a state's formal name left to the holder, each name its own
    ("He met with their Excellencies: Mr. Chingiz Aidarbekov, Minister of Foreign Affairs of the "
     "Republic of Kyrgyzstan, Mr. Amadou Ba, Minister of Foreign Affairs of the Republic of Senegal.",
     ("Amadou Ba", "Minister of Foreign Affairs", "Senegal", None, "apposition")),
    # possessive holder, title outside any list
    ("Kenya's Foreign Affairs Secretary, Amina Mohamed, is a front runner for the post.",
     ("Amina Mohamed", "Foreign Affairs Secretary", "Kenya", None, "possessive_title")),
    # demonym holder, a modifier joined by "and"
    ("The Indian External Affairs Minister Pranab Mukherjee has talked with the Deputy Prime "
     "Minister and Foreign Minister of Nepal K P Sharma Oli.",
     ("Pranab Mukherjee", "External Affairs Minister", "India", None, "attributive_title")),
    # stacked titles share the possessive; ranks are not roles; the body in a complement
    ("Azerbaijan's First Deputy Minister of Defense, Chief of the General Staff of the Armed "
     "Forces, Colonel General Najmaddin Sadikov met Nov. 20 with a delegation.",
     ("Najmaddin Sadikov", "Chief of the General Staff", "Azerbaijan", None, "possessive_title")),
    ("Azerbaijan's First Deputy Minister of Defense, Chief of the General Staff of the Armed "
     "Forces, Colonel General Najmaddin Sadikov met Nov. 20 with a delegation.",
     ("Najmaddin Sadikov", "First Deputy Minister of Defense", "Azerbaijan", None,
      "possessive_title")),
    # a holder written after the name is the last title's, the one before the first's
    ("At the opening of the AU summit, AU chairperson President Abdel Fattah el-Sisi of Egypt "
     "said it was a test.",
     ("Abdel Fattah el-Sisi", "President", "Egypt", None, "title_name_of")),
    ("At the opening of the AU summit, AU chairperson President Abdel Fattah el-Sisi of Egypt "
     "said it was a test.",
     ("Abdel Fattah el-Sisi", "Chairperson", "African Union", None, "attributive_title")),
    # a portfolio of several words before the head ("foreign policy chief")
    ("The announcement was made in Luxembourg by EU foreign policy chief Javier Solana, and is "
     "said to be due to Hamas no longer being a part of the Palestinian government.",
     ("Javier Solana", "Foreign Policy Chief", "European Union", None, "attributive_title")),
    # the object of an appointment, and a title the copula's subject (the declared examples)
    ("President Putin appointed Sergei Shoigu as Russia's Defence Minister.",
     ("Sergei Shoigu", "Defense Minister", "Russia", None, "appointed_object")),
    ("The heads of state appointed Sergei Lebedev as Executive Secretary of the CIS.",
     ("Sergei Lebedev", "Executive Secretary", "Commonwealth of Independent States", None,
      "appointed_object")),
    ("The current Secretary General of the CSTO is Imangali Tasmagambetov.",
     ("Imangali Tasmagambetov", "Secretary General", "Collective Security Treaty Organization",
      None, "title_is_name")),
    # appointment
    ("Margaret Wilson was appointed as Speaker of The House of Representatives.",
     ("Margaret Wilson", "Speaker", "House of Representatives", None, "appointed")),
    # "X, who heads Y"
    ("Bonner, who heads the National Border Patrol Council, told AP that \"A fence will slow "
     "people down by a minute or two.\"",
     ("Bonner", "Head", "National Border Patrol Council", None, "who_heads")),
    ("Asked Senator Baucus, who chairs the Senate Finance Committee: \"What is the highest "
     "excise tax we can impose?\"", ("Baucus", "Chair", "Senate Finance Committee", None,
                                     "who_heads")),
    # "counterpart" takes the title of the name before it
    ("Pakistani Prime Minister Nawaz Sharif and Indian counterpart Narendra Modi reportedly "
     "shook hands late Thursday at the opening of the SCO meeting.",
     ("Narendra Modi", "Prime Minister", "India", None, "counterpart")),
    # "the country's" is the country the lede names
    ("Italy's government fell on Wednesday. Italian Prime Minister, Romano Prodi, delivered "
     "his resignation today to the country's President Giorgio Napolitano.",
     ("Giorgio Napolitano", "President", "Italy", None, "country_title")),
    # a spokesperson for someone is a spokesperson, not what that someone is
    ("Spokesperson for the Russian President Dmitry Peskov told reporters that the talks had "
     "been useful.", ("Dmitry Peskov", "Spokesperson", "Russia", None, "title_before_name")),
    # "a spokesman for U.S. President X": the name is the president's
    ("Attacks need to be dealt with swiftly, said a spokesman for U.S. President George W. Bush.",
     ("George W. Bush", "President", "United States", None, "attributive_title")),
    # coordinated titles in an apposition, each with its own qualifier
    ("Sergei Ivanov, the Russian first deputy prime minister and former defense minister, "
     "proposed NATO earlier this month to join efforts with the CSTO.",
     ("Sergei Ivanov", "Defense Minister", "Russia", "former", "apposition")),
    # an open title with a portfolio complement
    ("The exercise will be carried out soon, said Liang Guanglie, chief of staff of China's "
     "armed forces.", ("Liang Guanglie", "Chief of Staff", "China", None, "apposition")),
    # an envoy's "for X" is where it is sent, not who holds it
    ("The US Special Representative for Iran Brian Hook said the arms embargo must be extended.",
     ("Brian Hook", "Special Representative for Iran", "United States", None, "attributive_title")),
    # "its TITLE NAME": the organization the sentence named before
    ("The International Atomic Energy Agency (IAEA), a UN agency, and its Director Mohammed "
     "ElBaradei have been awarded the Nobel Peace Prize.",
     ("Mohammed ElBaradei", "Director", "International Atomic Energy Agency", None, "its_title")),
    # a demonym a stripped link split in two ("Ecuador ian")
    ("\"We can consider this very serious incident resolved,\" said Ecuador ian president Rafael "
     "Correa, as the other Latin American leaders applauded.",
     ("Rafael Correa", "President", "Ecuador", None, "attributive_title")),
    # a title with a past end is a former one
    ("Also in attendance at the summit was Hissene Habre, Chad's leader until 1990.",
     ("Hissene Habre", "Leader", "Chad", "former", "apposition")),
    ("Lee, 54, is the son of Lee Kuan Yew, who was the Prime Minister of Singapore from 1959 "
     "to 1990.", ("Lee Kuan Yew", "Prime Minister", "Singapore", "former", "copula+span_date")),
    # a personal name in a title's slot is a person's, whatever the model typed it
    ("Kenya's Foreign Affairs Secretary, Amina Mohamed, and Chad's Foreign Affairs Minister, "
     "Moussa Faki Mahamat, are the front runners eyeing the AU Chairperson position.",
     ("Moussa Faki Mahamat", "Foreign Affairs Minister", "Chad", None, "possessive_title")),
    ("Rodrigo Malmierca Díaz, the Cuban Ambassador, declared that a \"huge discredit\" had "
     "befallen the previous Commission.",
     ("Rodrigo Malmierca Díaz", "Ambassador", "Cuba", None, "apposition")),
    ("The President of Romania, Traian Băsescu, met yesterday with Jonathan Scheele.",
     ("Traian Băsescu", "President", "Romania", None, "title_before_name")),
    # slot1: a name the model tags as nothing after "TITLE for ORG," (names.title_before)
    ("\"The talks were useful,\" said a spokesman for the European Commission, Johannes "
     "Laitenberger.",
     ("Johannes Laitenberger", "Spokesman", "European Commission", None, "title_before_name")),
    # a name glued to a portfolio is cut from it
    ("Dutch minister of Foreign Affairs Maxime Verhagen is pleased by Feith's appointment.",
     ("Maxime Verhagen", "Minister of Foreign Affairs", "Netherlands", None,
      "attributive_title")),
    # a misspelt country before a title
    ("Belarus President Alexandar Lukashenk and Mangolia President Tsakhiagiin Elbegdorj also "
     "extended felicitation to both the new entrants.",
     ("Tsakhiagiin Elbegdorj", "President", "Mongolia", None, "attributive_title")),
    # a title before a titled name is that name's too
    ("On governance, the head of the African Union, Ghana 's President John Kufuor, said Africa "
     "has an interest in good governance.",
     ("John Kufuor", "Head", "African Union", None, "title_then_titled_name")),
    ("The president of the European Union, Portuguese Prime Minister José Sócrates, said the "
     "summit's plan was an example of the new partnership.",
     ("José Sócrates", "President", "European Union", None, "title_then_titled_name")),
    # "X of Country, Title of Org"
    ("The host of the summit, John Kufuor of Ghana, Chairman of the African Union, said there "
     "had been no winners or losers.",
     ("John Kufuor", "Chairman", "African Union", None, "apposition")),
    # a bare common-noun complement is the title's
    ("\"The first hours are crucial,\" said Jean-Michel Louboutin, Interpol's executive director "
     "of police services.", ("Jean-Michel Louboutin", "Executive Director of Police Services",
                             "Interpol", None, "apposition")),
    # a state's institution before the title is the state's; a portfolio is no holder
    ("Chinese Foreign Ministry spokesman Qin Gang told reporters the move was unreasonable.",
     ("Qin Gang", "Spokesman", "China", None, "attributive_title")),
    # a dateline's place is not a bare title's holder
    ("MADRID, Spain, Nov. 30 /PRNewswire-USNewswire/ -- The Government of Kazakhstan today "
     "announced that the OSCE has appointed Kazakhstan Chairman-in-Office (CiO) for 2010, with "
     "Foreign Minister Marat Tazhin to serve as Chairman.",
     ("Marat Tazhin", "Foreign Minister", "Kazakhstan", None, "title_before_name")),
    # … and yields to the country written before it; a force or command does not
    ("Chinese Foreign Ministry spokesman Qin Gang told reporters the talks went well.",
     ("Qin Gang", "Spokesman", "China", None, "attributive_title")),
    ("Russian Airborne Force Commander Vladimir Shamanov said the drills went well.",
     ("Vladimir Shamanov", "Commander", "Airborne Force", None, "attributive_title")),
    # a demonym split as "Israel i" (tests/fixtures/news_gold, read)
    ("Ehud Olmert, the Israel i Prime Minister, met Mahmoud Abbas on Tuesday.",
     ("Ehud Olmert", "Prime Minister", "Israel", None, "apposition")),
    # "who heads" without a comma, words of a description before the body
    ("Mahdi Abdel Hadi who heads the Palestinian research group PASSIA says both are weak.",
     ("Mahdi Abdel Hadi", "Head", "PASSIA", None, "who_heads")),
    # the possessor holds the office, the body after it is where it is held
    ("\"Our position is that this declaration should be disregarded,\" said Vitaly Churkin, "
     "Russia's United Nations ambassador.",
     ("Vitaly Churkin", "Ambassador", "Russia", None, "apposition_possessive")),
    # coordinated demonyms and names of "counterparts", in order, the title of the name before
    ("Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, "
     "Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in "
     "Cairo on Wednesday.",
     ("Nikos Christodoulides", "Foreign Minister", "Cyprus", None, "counterparts")),
    # the same office written with its holder elsewhere and nobody else's
    ("Czech Prime Minister urges delay\n\nThe vote was delayed in France and the Netherlands. "
     "Prime Minister Jiri Paroubek said that for his country it is impossible.",
     ("Jiri Paroubek", "Prime Minister", "Czech Republic", None,
      "title_before_name+title_antecedent")),
])
def test_positions_by_declared_pattern(text, fact):
    assert fact in positions(text)


def test_positions_a_plural_title_is_shared_along_a_list_with_holders_after_the_names():
    got = positions("On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin "
                    "signed the agreement.")
    assert ("Muhammadu Buhari", "President", "Nigeria", None, "title_name_of") in got
    assert ("Patrice Talon", "President", "Benin", None, "title_list") in got


def test_positions_the_title_between_two_names_is_the_first_ones_when_a_comma_parts_them():
    got = positions("He met with their Excellencies: Mr. Chingiz Aidarbekov, Minister of Foreign "
                    "Affairs of the Republic of Kyrgyzstan, Mr. Amadou Ba, Minister of Foreign "
                    "Affairs of the Republic of Senegal.")
    assert not any(f[0] == "Amadou Ba" and f[2] == "Kyrgyzstan" for f in got)
    assert ("Chingiz Aidarbekov", "Minister of Foreign Affairs", "Kyrgyzstan", None,
            "apposition") in got


@pytest.mark.parametrize(("text", "fact"), [
    ("Deputy NATO Secretary General Orvald Pintrey visited Kabul on Monday.",
     ("Orvald Pintrey", "Deputy Secretary General", "North Atlantic Treaty Organization", None,
      "attributive_title")),
    ("Deputy UN envoy Orvald Pintrey met the ministers in Kabul on Monday.",
     ("Orvald Pintrey", "Deputy Envoy", "United Nations", None, "attributive_title")),
])
def test_positions_a_rank_before_the_holders_name_is_the_titles_first_word(text, fact):
    """"Deputy NATO Secretary General X" is NATO's deputy, never its Secretary General, a single
    holder's office (titles.json split_ranks); "the first NATO Secretary General" keeps its
    ordinal out of the title."""
    got = positions(text)
    assert fact in got, got
    assert not any(p[1] in ("Secretary General", "Envoy") for p in got), got


def test_positions_an_ordinal_before_the_holders_name_is_no_rank():
    got = positions("The first NATO Secretary General Orvald Pintrey served until 1957.")
    assert any(p[:3] == ("Orvald Pintrey", "Secretary General",
                         "North Atlantic Treaty Organization") for p in got), got


def test_positions_titles_joined_by_and_before_a_name_are_that_names_not_an_apposition():
    """"A, Vice-President and Defense Minister B, and other officials": both titles after the
    comma stand before B's name (taken1), so neither is apposed to A."""
    got = positions("Rumsfeld arrived in Brazil for a visit with Brazilian President Orvald "
                    "Pintrey, Vice-President and Defense Minister Talmo Verrick, and other top "
                    "officials.")
    assert not any(f[0] == "Orvald Pintrey" and f[1] == "Vice President" for f in got), got
    assert any(f[:3] == ("Talmo Verrick", "Defense Minister", "Brazil") for f in got), got


@pytest.mark.parametrize(("text", "person", "wrong"), [
    ("Deputy Jefferson is the President of the Brazilian Labour Party (PTB) and he is accused "
     "of directing a corrupt scheme.", "Jefferson", "Brazil"),
    ("\"This is terrific news,\" said Graham Henderson, who heads the Canadian Recording "
     "Industry Association.", "Graham Henderson", "Canada"),
])
def test_positions_a_country_that_starts_a_longer_name_is_not_the_holder(text, person, wrong):
    # the party and the association are meant (a name by its head noun, orgnames.py), not
    # Brazil or Canada
    got = positions(text)
    assert not any(f[2] == wrong for f in got)
    assert all(f[0] == person and f[2].split()[0] in ("Brazilian", "Canadian") for f in got)


def test_positions_a_known_body_that_is_an_office_is_a_title_of_its_organization():
    got = positions("Kairat Abdrakhmanov, the OSCE High Commissioner on National Minorities, "
                    "visited Kyiv on Monday.")
    assert {(f[0], f[1]) for f in got} == {("Kairat Abdrakhmanov",
                                            "High Commissioner on National Minorities")}


def test_positions_a_title_naming_an_unresolved_body_takes_no_country_from_its_words():
    # held in the council, a name by its head noun (orgnames.py), never in Australia; defined
    # with its abbreviation, the council is an organization as well (mentions.py)
    for tail in (",", " (ACTU),"):
        assert positions(f"Sharan Burrow, President of the Australian Council of Trade Unions{tail} "
                         "said that many working conditions would be under threat.") == {
            ("Sharan Burrow", "President", "Australian Council of Trade Unions", None, "apposition")}


@pytest.mark.parametrize(("text", "person", "wrong"), [
    # the country modifies the body the title is held in, not the title
    ("Konstantin Kosachev, chair of the Russian parliament's security committee told reporters "
     "when asked about the withdrawal plan.", "Konstantin Kosachev", "Russia"),
    ("The President of Romania, Traian Băsescu, met yesterday with Jonathan Scheele, the head "
     "of the European Commission's Delegation to Bucharest.", "Jonathan Scheele",
     "European Commission"),
    # the country ends a longer name
    ('"We mourn a hero," said Ashton Bumhira, director of Youth Forum Zimbabwe.',
     "Ashton Bumhira", "Zimbabwe"),
    # a demonym inside a longer name, and a country named as a place, hold no bare title
    ("According to the Minister of Foreign Relations, Celso Amorim, the final document of the "
     "Summit of South American-Arab Countries will condemn terrorism.", "Celso Amorim",
     "United States"),
    ("The late former President Robert Mugabe was hospitalized in Singapore for several months "
     "this year.", "Robert Mugabe", "Singapore"),
    # a country qualifying another noun, or inside a quotation (../shared/corpus/news)
    ("In the interview Prime Minister Aziz labelled a U.S. report that senior al Qaeda leaders "
     "were killed in a CIA attack as \"bizarre\".", "Aziz", "United States"),
    ("Labor immigration spokesman Tony Burke said: \"Nauru should be shut down.\"",
     "Tony Burke", "Nauru"),
    # a party in brackets after a name is the person's, a demonym before "Affairs" the portfolio's
    ("The latest poll puts the two remaining candidates - incumbent president Tarja Halonen "
     "(Social Democratic Party) and former minister of finance Sauli Niinistö - level.",
     "Tarja Halonen", "Social Democratic Party"),
    ("Indian Affairs Minister Jim Prentice, who refused to meet with David Ramsay, said Ottawa "
     "and Ontario share responsibility.", "Jim Prentice", "India"),
    # an outlet's name and an adjective with a bound prefix name no holder
    ("According to The Times of India outgoing President Leonid Kuchma met with pro-Russian "
     "officials who had threatened to declare regional autonomy.", "Leonid Kuchma", "India"),
    ("According to The Times of India outgoing President Leonid Kuchma met with pro-Russian "
     "officials who had threatened to declare regional autonomy.", "Leonid Kuchma", "Russia"),
    # taken1: a country right before another person's title, whatever the office, is theirs
    ("Vice-President Orvald Pintrey ordered the envoy to walk out, in response to comments by "
     "Canadian Prime Minister Talmo Verrick.", "Orvald Pintrey", "Canada"),
    ("President Orvald Pintrey said on Monday that Canadian Prime Minister Talmo Verrick was "
     "wrong.", "Orvald Pintrey", "Canada"),
])
def test_positions_a_country_that_is_not_the_titles_holder_is_not_taken(text, person, wrong):
    assert not any(f[0] == person and f[2] == wrong for f in positions(text))


def test_positions_a_country_before_another_names_title_leaves_the_sentences_other_country():
    """taken1: "Canadian" says whose "Prime Minister" is, so the one country left in the
    sentence ("the U.S. envoy") holds the bare title; a name after the titled one may share
    its country ("Canadian Foreign Minister A and Defence Minister B", "Mexican President A
    …, while President-elect B")."""
    got = positions("Vice-President Orvald Pintrey directed the U.S. envoy to walk out on "
                    "Thursday, in response to comments by Canadian Prime Minister Talmo Verrick.")
    assert any(p[:3] == ("Orvald Pintrey", "Vice President", "United States") for p in got), got
    got = positions("Canadian Foreign Minister Talmo Verrick and Defence Minister Orvald Pintrey "
                    "arrived in Kabul on Monday.")
    assert any(p[:3] == ("Orvald Pintrey", "Defense Minister", "Canada") for p in got), got
    # a titled name before the person may be a compatriot's: left to the other guards
    got = positions("Mexican President Talmo Verrick has compared the fence with the Berlin Wall, "
                    "while President-elect Orvald Pintrey thought it was a grave mistake.")
    assert any(p[:3] == ("Orvald Pintrey", "President Elect", "Mexico") for p in got), got


def test_positions_an_office_named_beside_a_body_is_its_organizations():
    # tests/fixtures/news_gold/wikinews-tosca-ID61009 (its headline and the sentence)
    got = positions("UN Security Council approves African Union peace keepers for Somalia\n\n"
                    "The U.N. has approved the deployment of an African Union -led peace keeping "
                    "force in Somalia for a period of six months. Accompanying the resolution, the "
                    "Security Council has asked Secretary-General Ban Ki-moon \"to send a Technical "
                    "Assessment Mission to the African Union headquarters and Somalia as soon as "
                    "possible\".")
    assert ("Ban Ki-moon", "Secretary General", "United Nations", None,
            "title_before_name") in got


def test_positions_a_title_that_is_not_the_copulas_subject_is_not_its_complements():
    # ../shared/corpus/news (Wikinews): the subject of "is" is "the person", a hypothetical one
    assert not positions("Mr Howard also showed his support for his likely successor saying "
                         "\"If I were to go under a bus, the person who would and should become "
                         "the leader of the Liberal party is Peter Costello.\"")


def test_positions_a_plural_title_with_coordinated_holders_is_each_names_in_order():
    # ../shared/corpus/news (Wikinews): "the Prime Ministers of A and B, X and Y"
    got = positions("The Prime Ministers of Australia and New Zealand, John Howard and Helen "
                    "Clark, have been banned from travelling to Fiji following the discovery of "
                    "Ms Clark's and Mr Howard's names on an immigration list by Fiji Television.")
    assert {(f[0], f[2]) for f in got} == {("John Howard", "Australia"),
                                           ("Helen Clark", "New Zealand")}


def test_positions_who_appoints_starts_no_term():
    # ../shared/corpus/news (Wikinews): Persson appoints; his own term does not start here
    got = positions("CEST (0815 UTC), Prime Minister Göran Persson of Sweden appointed Jan "
                    "Eliasson as the new Foreign Minister.")
    assert ("Göran Persson", "Prime Minister", "Sweden", None, "title_name_of") in got
    assert not any(f[0] == "Göran Persson" and f[3] == "since" for f in got)


def test_positions_a_preposition_is_not_a_title_modifier():
    got = positions("The frigate F218 Mecklenburg-Vorpommern under Commander Ulrich Reinecke has "
                    "left Germany in mid-September.")
    assert not any(f[1].startswith("Under") for f in got)


def test_positions_an_organization_ending_a_longer_name_is_not_the_holder_the_name_is():
    # the model's "Promotion and Defense of Human Rights" is the tail of the league's name,
    # which the head-noun names of orgnames.py read whole
    got = positions("Kek Galabru, president of the Cambodian League for the Promotion and Defense "
                    "of Human Rights, said that the figure is most likely a mistake.")
    assert {f[2] for f in got if f[0] == "Kek Galabru"} == {
        "Cambodian League for the Promotion and Defense of Human Rights"}


def test_positions_a_party_between_a_qualifier_and_a_title_is_not_part_of_the_title():
    # the sentence names Australia only inside a quotation, as a quality ("Australian
    # character"): no holder is stated, so no claim; the party never joins the title
    got = positions("Former Labor Prime Minister Bob Hawke said that the struggle was about what "
                    "he called \"the essence of Australian character - the fair go.\"")
    assert not any("Labor" in f[1] or f[2] == "Australia" for f in got)


def test_positions_a_rank_is_not_a_role():
    got = positions("The delegation was led by the Chief of the General Staff of the Republic of "
                    "Turkey, Army General Yasar Guler.")
    assert {f[1] for f in got if f[0] == "Yasar Guler"} == {"Chief of the General Staff"}
    assert {f[2] for f in got if f[0] == "Yasar Guler"} == {"Turkey"}


@pytest.mark.parametrize(("words", "name"), [
    (["Secretary", "-", "General"], "Secretary General"),
    (["secretary", "general"], "Secretary General"),
    (["Defence", "Minister"], "Defense Minister"),
    (["Foreign", "Ministers"], "Foreign Minister"),
    (["Co", "-", "Chair"], "Co Chair"),
    (["High", "Commissioner", "on", "National", "Minorities"],
     "High Commissioner on National Minorities"),
    (["Chairperson"], "Chairperson"),  # a synonym is not folded onto another title
    # one office written with other words (data/title_variants.json)
    (["Minister", "of", "Foreign", "Relations"], "Foreign Minister"),
    (["Premier"], "Prime Minister"),
    (["Ambassador", "Extraordinary", "and", "Plenipotentiary", "to", "Moldova"], "Ambassador"),
    (["Opposition", "Leader"], "Leader of the Opposition"),
    (["leader", "of", "the", "opposition"], "Leader of the Opposition"),
    (["Party", "Leader"], "Leader"),
    (["Foreign", "Affairs", "spokesman"], "Spokesman"),
    (["Deputy", "PM"], "Deputy Prime Minister"),  # an abbreviated head, named by its words
])
def test_titles_are_normalised_not_mapped_onto_a_list(words, name):
    assert normalise(words) == name


def test_title_variants_load_each_with_a_reason():
    from blocwatch.knowledge import load_json
    rows = load_json("title_variants.json")["variants"]
    assert rows and all(r["match"].startswith("^") and r["name"] and r["why"] for r in rows)


def test_every_declared_pattern_has_a_name_an_example_and_a_person():
    data = position_patterns()
    names = [p["name"] for p in data["patterns"]]
    assert len(names) == len(set(names))
    for p in data["patterns"]:
        assert p["example"]
        assert any(el.get("label") == "person" for el in p["pattern"]), p["name"]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a country's office in a sentence that names no body, in a text that has named one country
    ("Portuguese Minister of Foreign Affairs resigns\n\nThe minister resigned on Friday. Prime "
     "Minister José Sócrates accepted the resignation.",
     {("José Sócrates", "Prime Minister", "Portugal", None, "title_before_name+context_holder")},
     set()),
    # two countries named before: whose it is is not stated
    ("Kenyan and Ugandan officials met.\n\nPresident Yoweri Museveni welcomed the deal.",
     set(), {"Yoweri Museveni"}),
    # the sentence's only country modifies another title: it is that title's holder
    ("He said President Kibaki invited the Ghanaian president to help solve the violence.",
     set(), {"Kibaki"}),
    # a single office another person holds in that country is not this one's
    ("Mr. Giorgio Napolitano, the President of Italy has completed a three day visit to Ghana. "
     "During his visit, he met President John Kufuor at the Osu Castle.",
     {("Giorgio Napolitano", "President", "Italy", None, "apposition")}, {"John Kufuor"}),
    # as many counterparts as holders, or whose is whose is not stated
    ("Egyptian foreign minister Sameh Shoukry and his Greek and French counterparts, Nikos "
     "Dendias, Nikos Christodoulides and Jean-Yves Le Drian, gathered in Cairo.",
     set(), {"Nikos Dendias", "Nikos Christodoulides", "Jean-Yves Le Drian"}),
    # a known body's full name after "the" is that body, not a generic one left unresolved
    ("Jean Ping, chairman of the African Union Commission, said the dispute was dangerous.",
     {("Jean Ping", "Chairman", "African Union Commission", None, "apposition")}, set()),
    # list1: a title right before its name after "TITLE A," is that name's, not apposed to A:
    # the story's country holds it as it holds the first one's (read batch dp-ID40635)
    ("US continues to deny Red Cross access to all detainees\n\nKellenberger met Secretary of "
     "State Talmo Verrick, Defense Secretary Orvald Pintrey, and other officials on Monday.",
     {("Orvald Pintrey", "Defense Secretary", "United States", None,
       "title_before_name+story_country")}, set()),
])
def test_positions_holder_from_the_text_so_far_or_not_stated(text, wanted, unwanted):
    got = positions(text)
    assert wanted <= got
    assert not {p for p in got if p[0] in unwanted}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # "Premier" titles China's head of government and provincial premiers: never the country
    # the text names so far
    ("Kazakhstan hosted the talks.\n\nPremier Li Qiang arrived on Monday.", set(),
     {"Li Qiang"}),
    # the holder the text writes elsewhere beats the one taken from context
    ("Kazakhstan hosted the talks. Chinese Prime Minister Li Qiang arrived.\n\nPrime Minister "
     "Li Qiang spoke on Monday.", {("Li Qiang", "Prime Minister", "China", None,
                                   "attributive_title")},
     {("Li Qiang", "Prime Minister", "Kazakhstan", None, "title_before_name+context_holder")}),
    # a word between "of the" and the body's name does not cut the complement off
    ("German MEP Martin Schulz, head of the left Party of European Socialists, released a "
     "statement.", {("Martin Schulz", "Head", "Party of European Socialists", None,
                     "apposition")}, {("Martin Schulz", "Head", "Germany", None, "apposition")}),
    # … but a qualifier of a state in a second complement stays with the state's name
    ("United Nations Chief War Crimes prosecutor, Carla Del Ponte, prosecutor for the "
     "International Criminal Tribunal for the former Yugoslavia has accused the Church.",
     {("Carla Del Ponte", "Prosecutor", "International Criminal Tribunal", None, "apposition")},
     {("Carla Del Ponte", "Prosecutor for the International Criminal Tribunal", "Yugoslavia",
       None, "apposition")}),
    # a title set off before another name that is the clause's subject is that name's
    ("Yesterday, after a meeting with Peruvian Minister of Foreign Relations Manuel Rodríguez, "
     "the Colombian Minister of Foreign Relations, Carolina Barco, said the talks went well.",
     {("Manuel Rodríguez", "Foreign Minister", "Peru", None, "attributive_title")},
     {("Manuel Rodríguez", "Foreign Minister", "Colombia", None, "apposition")}),
])
def test_positions_holder_from_context_yields_to_the_text(text, wanted, unwanted):
    got = positions(text)
    assert wanted <= got
    assert not {p for p in got if p in unwanted or p[0] in unwanted}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a bare title whose sentence names one country only as the modifier of a noun: that country
    ("In an interview broadcast on German radio Sunday, Chancellor Angela Merkel criticized the "
     "elections, noting the limited number of international observers.",
     {("Angela Merkel", "Chancellor", "Germany", None, "title_before_name+scene_country")}, set()),
    ("Speaking aboard a military aircraft, Defense Secretary Robert Gates said that he intends to "
     "continue US troop reduction in Iraq over the next 10 months.",
     {("Robert Gates", "Defense Secretary", "United States", None,
       "title_before_name+scene_country")}, set()),
    ("Kenyan opposition politicians argued with followers of re-elected President Mwai Kibaki "
     "over how to pick a new parliamentary speaker.",
     {("Mwai Kibaki", "President", "Kenya", None, "title_before_name+scene_country")}, set()),
    # a state's own institution before the title is no other holder (tests/fixtures/news_gold)
    ("Foreign ministry spokesman Hamid Reza Asefi said that any plan has to acknowledge Iran's "
     "legal rights under international law.",
     {("Hamid Reza Asefi", "Spokesman", "Iran", None, "title_before_name+scene_country")}, set()),
    # a name word nobody resolved before the title may be its holder: not stated
    ("Kosovo President Ibrahim Rugova passed away in his home in Prishtina, close to his family "
     "members, his personal doctor, a US doctor, and his close staff.",
     set(), {"Ibrahim Rugova"}),
    # a country before a noun with an indefinite article is one thing from there, no scene
    ("Director General Yoshinori Ono pointed to an incursion into the area by a Chinese nuclear "
     "submarine last November.", set(), {"Yoshinori Ono"}),
    # a title word in a list of names is a given name ("Emir Sader")
    ("The magazine is formed by PT members and other Brazilian personalities: Luis Eduardo "
     "Greenhalgh (PT), Fernando Morais, Emir Sader, Roberto Drummond, Gilberto Carvalho.",
     set(), {"Sader", "Emir Sader"}),
    # an opposition spokesman holds no office of the country his sentence names
    ("Opposition public accountability spokesman Kelvin Thomson said he was unsure whether it "
     "would help Australia's fight against terrorism.", set(), {"Kelvin Thomson"}),
    # two countries: whose it is is not stated
    ("President Theodore Roosevelt (center) stands with Russian (left) and Japanese (right) "
     "representatives.", set(), {"Theodore Roosevelt"}),
])
def test_positions_holder_from_the_country_that_sets_the_sentences_scene(text, wanted, unwanted):
    got = positions(text)
    assert wanted <= got
    assert not {p for p in got if p[0] in unwanted}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # "PM" written in capitals is a head of office, named by its words
    ("Former Spanish PM Jose Maria Aznar has described the NATO mission as a failure.",
     {("Jose Maria Aznar", "Prime Minister", "Spain", "former", "attributive_title")}, set()),
    ("Ukraine PM Yuri Yekhanurov has charged the Foreign Ministry with mishandling the talks.",
     {("Yuri Yekhanurov", "Prime Minister", "Ukraine", None, "attributive_title")}, set()),
    ("While in New Zealand Mr Howard will talk to the New Zealand PM, Helen Clark; participate "
     "in a joint conference at Wellington's Victoria University.",
     {("Helen Clark", "Prime Minister", "New Zealand", None, "attributive_title")}, set()),
    # a time of day is no title
    ("Mas Selamat escaped shortly after 4 PM local time after being granted permission to use "
     "the washroom.", set(), {"Mas Selamat"}),
])
def test_positions_an_abbreviated_head_is_a_title(text, wanted, unwanted):
    got = positions(text)
    assert wanted <= got
    assert not {p for p in got if p[0] in unwanted}



@pytest.mark.parametrize(("text", "person"), [
    # the words around a bare title say it is held where no mention resolves: not stated
    ("Jamestown, the first British settlement of North America, was established in the name of "
     "His Majesty, King James I of England.", "James"),
    ("American politician of the party Dennis Kucinich plans to run for president in 2008 the "
     "five-term congressman's spokesman, Andy Juniewicz, said Monday.", "Andy Juniewicz"),
    ("The child will become heir apparent styled as HRH The Crown Prince when his parents ascend "
     "to the Danish throne as King Frederik X and Queen Mary.", "Frederik X"),
    ("The Finnish victim was Lieutenant-Commander Jarno Mäkinen from Kaarina.", "Jarno Mäkinen"),
    ("The indictment comes at the same time as allegations mount that Vice President Cheney and "
     "his chief of staff Libby withheld crucial documents from the Senate Intelligence Committee "
     "as it was investigating the intelligence failure in the run-up to the Iraq war.", "Libby"),
])
def test_positions_a_title_held_elsewhere_takes_no_scene_country(text, person):
    assert not {p for p in positions(text) if person in p[0] and "scene_country" in p[4]}


@pytest.mark.parametrize(("text", "fact"), [
    # a body's name with its abbreviation in brackets before the title (../shared/corpus/news)
    ("Lien's visit to mainland China was strongly opposed by the ruling Democratic Progressive "
     "Party (DPP) Chairman Su Tseng-chang, who expressed both tears and rage.",
     ("Su Tseng-chang", "Chairman", "Democratic Progressive Party", None,
      "attributive_title_abbreviated")),
    ("Orange Democratic Movement (ODM) Secretary-General Anyang Nyongo called for Kenyans in "
     "towns around Kenya to gather for three days of protests next week.",
     ("Anyang Nyongo", "Secretary General", "Orange Democratic Movement", None,
      "attributive_title_abbreviated")),
    ("Timor Sea Justice Campaign (TSJC) spokesman Tom Clarke says the Australia government did "
     "not respect conventional maritime boundaries.",
     ("Tom Clarke", "Spokesman", "Timor Sea Justice Campaign", None,
      "attributive_title_abbreviated")),
])
def test_positions_a_holder_with_its_abbreviation_before_the_title(text, fact):
    assert fact in positions(text)


def test_positions_a_states_institution_with_no_state_is_no_holder():
    # tests/fixtures/news_gold: the spokesman's office is held in a state the words do not name
    text = ("\"This is not reasonable,\" Foreign Ministry spokesman Qin Gang told reporters. "
            "In China, Foreign Ministry spokesman Liu Jianchao expressed concern.")
    assert not {p for p in positions(text) if p[2] in ("Foreign Ministry", "Ministry")}


@pytest.mark.parametrize(("text", "fact"), [
    # a religious style between the title and the name (../shared/corpus/news, news_gold)
    ("Hizbollah leader Sayyed Hassan Nasrallah said in a taped 45 minute televised speech the "
     "group would target Tel Aviv if Israel attacked central Beirut.",
     ("Hassan Nasrallah", "Leader", "Hizbollah", None, "attributive_title")),
    ("Taliban commander Mullah Daldullah claimed to news agency Reuters that insurgents had shot "
     "the helicopter down.", ("Daldullah", "Commander", "Taliban", None, "attributive_title")),
    ("Ali Akbar Velayati, international affairs advisor to Iran's Supreme Leader Ayatollah Ali "
     "Khamenei said on Thursday that the IAEA's decision was \"politically-motivated\".",
     ("Ali Khamenei", "Supreme Leader", "Iran", None, "possessive_title")),
    # an adjective between "former" and the title keeps the qualifier
    ("\"We are committed to our ideals,\" said Khamenei during the 17th anniversary ceremony of "
     "the death of the former spiritual leader of Iran, Ayatollah Ruhollah Khomeini.",
     ("Ruhollah Khomeini", "Leader", "Iran", "former", "title_before_name")),
])
def test_positions_a_religious_style_between_title_and_name(text, fact):
    assert fact in positions(text)


@pytest.mark.parametrize(("text", "person", "title", "wrong"), [
    # "spokesman for / advisor to TITLE NAME": the name is the principal's, the title its own
    ("Nabil Abu Rdeneh, spokesman for Palestinian President Mahmoud Abbas said that Israel's "
     "offensive was no coincidence.", "Mahmoud Abbas", "President", "Spokesman"),
    ("Miri Eisin, spokeswoman for the Israeli Prime Minister Ehud Olmert, said: \"We have had "
     "enough.\"", "Ehud Olmert", "Prime Minister", "Spokeswoman"),
    ("Ali Akbar Velayati, international affairs advisor to Iran's Supreme Leader Ayatollah Ali "
     "Khamenei said on Thursday that the IAEA's decision was \"politically-motivated\".",
     "Ali Khamenei", "Supreme Leader", "Advisor"),
    ("A former advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court on "
     "Wednesday.", "Donald Trump", "President", "Advisor"),
    ("Former advisors to Brazilian Minister of Finance Antonio Palocci have claimed that three "
     "million US dollars from Cuba were used in the 2002 political campaign.",
     "Antonio Palocci", "Minister of Finance", "Advisor"),
])
def test_positions_a_principal_named_in_a_titles_complement_holds_the_inner_title(
        text, person, title, wrong):
    mine = {p[1] for p in positions(text) if p[0] == person}
    assert title in mine
    assert not {t for t in mine if wrong in t}


def test_positions_a_second_title_joined_to_the_copulas_complement():
    # news_gold read (mt3-wikinews-tosca-ID104053): "and a former" starts the second title
    got = positions("Former President of the United States, Jimmy Carter met with Nasser "
                    "al-Shaer on Tuesday. Shaer is a former education minister and a former "
                    "Deputy Prime Minister of the Palestinian National Authority.")
    assert {p[1:] for p in got if p[0].endswith("Shaer")} == {
        ("Deputy Prime Minister", "Palestinian National Authority", "former", "copula")}


class TestWrongHolderAndTitleGuards:
    """Guards against wrong position claims (docs/evaluation.md "Wrong position claims"), each
    on real sentences of news_gold read files (Wikinews): what must no longer come out, and the
    right claim beside it that must stay."""

    def test_a_generic_leader_yields_to_the_office_named_for_the_same_holder(self):
        # fx2-wikinews-tosca-ID89071: the headline's "leader", the text's "President"
        got = positions("Kenya's leader Kibaki seeks Ghanaian president Kufuor's mediation. "
                        "He said President Kibaki invited the Ghanaian president to help solve "
                        "the escalating violence. Kenyan President Mwai Kibaki sent an envoy.")
        mine = {p[1:3] for p in got if "Kibaki" in p[0]}
        assert ("President", "Kenya") in mine
        assert ("Leader", "Kenya") not in mine

    def test_a_generic_leader_alone_stays(self):
        # mt2-wikinews-tosca-ID6347 (the gold keeps Gaddafi's "Leader" of Libya)
        got = positions("Libyan leader Muammar Gadhafi, the longest serving Arab leader at the "
                        "meeting, caused tensions by telling the Palestinian delegation he "
                        "thought both sides were foolish.")
        assert ("Leader", "Libya") in {p[1:3] for p in got if "Gadhafi" in p[0]}

    def test_an_opposition_title_takes_no_state_holder_across_and(self):
        # fx2-wikinews-tosca-ID100783
        got = positions("Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed "
                        "the agreement before international diplomats and representatives of "
                        "the Kenyan government and opposition.")
        assert ("Mwai Kibaki", "President", "Kenya") in {p[:3] for p in got}
        assert not {p for p in got if p[0] == "Raila Odinga" and p[2] == "Kenya"}

    @pytest.mark.parametrize(("text", "person"), [
        # ../shared/corpus/news (Wikinews): a party's or the opposition's office
        ("Morgan Tsvangirai, leader of Zimbabwe's main opposition party, the Movement for "
         "Democratic Change (MDC), has said today that he will be standing for the presidential "
         "run-off election.", "Morgan Tsvangirai"),
        ("Opposition public accountability spokesman Kelvin Thomson said the report showed "
         "Australia's fight against terrorism had failed.", "Kelvin Thomson"),
    ])
    def test_an_opposition_title_is_no_office_of_the_state(self, text, person):
        assert not {p for p in positions(text) if p[0] == person and p[2] in (
            "Australia", "Zimbabwe")}

    @pytest.mark.parametrize(("text", "fact"), [
        # ../shared/corpus/news (Wikinews; opp1): the Leader of the Opposition of a state or a
        # region whose parliament has the office, its holder written with the title
        ("The ability of Australian opposition leader, Kevin Rudd to run the country's economy "
         "has been questioned by the Government.",
         ("Kevin Rudd", "Leader of the Opposition", "Australia", None)),
        ("New South Wales opposition leader, Peter Debnam has called the maintenance backlog in "
         "NSW schools a disgrace.",
         ("Peter Debnam", "Leader of the Opposition", "New South Wales", None)),
        ("Former Australian opposition leader Mark Latham has been issued with court attendance "
         "notices.", ("Mark Latham", "Leader of the Opposition", "Australia", "former")),
        # "Federal" says the state's, not a region's: the one country the text names (opp2)
        ("Australian governments to spend $1.1 billion on mental health\n\nAustralian Prime "
         "Minister John Howard and state and territory leaders have promised the money. Federal "
         "Opposition leader Kim Beazley was critical of the announcement.",
         ("Kim Beazley", "Leader of the Opposition", "Australia", None)),
        # an opposition leader the text places in a party is that party's Leader
        ("Kenyan opposition leader Raila Odinga of the Orange Democratic Movement rejected the "
         "offer.", ("Raila Odinga", "Leader", "Orange Democratic Movement", None)),
    ])
    def test_the_leader_of_the_opposition(self, text, fact):
        assert fact in {p[:4] for p in positions(text)}

    def test_a_side_of_a_house_is_no_organization(self):
        # names.json sides_of_a_house (opp2): "the Federal Opposition" is no body to lead
        ex = pipeline.process(RawDocument(
            "t.txt", "t", "The Federal Opposition Leader Kim Beasley has called for all "
            "children to be released. The Official Opposition voted against the bill.",
            "text/plain", published="2005-05-24"), Options())
        assert not {e.name for e in ex.entities if e.kind == "organization"} & {
            "Federal Opposition", "Official Opposition"}

    @pytest.mark.parametrize(("text", "person"), [
        # a state whose parliament has no such office: a politician described, no office
        ("Today, Russian opposition leader Alexei Navalny was airlifted from the city of Omsk in "
         "Siberia to Berlin, Germany.", "Alexei Navalny"),
        # a story of a region's parties: the state's office is not told ("Opposition leader"
        # heads a state's and a region's opposition alike)
        ("Queensland parties move towards merger\n\nQueensland Liberal and National parties have "
         "moved towards unification. The new party would be led by Opposition leader Lawrence "
         "Springborg, currently of the Nationals.", "Lawrence Springborg"),
    ])
    def test_an_opposition_leader_without_the_office(self, text, person):
        assert not {p for p in positions(text)
                    if p[0] == person and p[1] == "Leader of the Opposition"}

    @pytest.mark.parametrize(("text", "person", "country"), [
        # mt3-wikinews-tosca-ID84536: the country in a relative clause on another noun
        ("During his visit, he met with President George W. Bush in the White House for talks "
         "that centered on the Turkey-PKK conflict and the Iraq War.", "George W. Bush", "Turkey"),
        # the same article: the person in a relative clause on another noun
        ("He pledged additional intelligence to help Turkey, an offer that was also made by "
         "Secretary of State Condoleezza Rice last week, during her Middle East tour.",
         "Condoleezza Rice", "Turkey"),
        # mt2-wikinews-tosca-ID4253: a name no mention covers before the title is its holder
        ("Israeli Prime Minister Ariel Sharon and Palesinian President Mahmoud Abbas today "
         "declared an end to military and violent activities against each other.",
         "Mahmoud Abbas", "Israel"),
        # the same article: a country's people ("the Israelis") hold no office
        ("The ability of President Abbas to exert control over Palestinian militant groups is "
         "questionable, and thorny political issues remain for the Israelis if they begin "
         "talks.", "Abbas", "Israel"),
    ])
    def test_a_sentences_country_outside_the_titles_clause_is_not_its_holder(
            self, text, person, country):
        assert not {p for p in positions(text) if p[0] == person and p[2] == country}

    def test_a_countrys_people_as_a_subject_acts_as_its_state(self):
        # mt2-wikinews-tosca-ID4253
        got = positions("Prime Minister Sharon pledged to end military operations against "
                        "Palestinians, and President Abbas similarly said that the Palestinians "
                        "will likewise end all attacks.")
        assert ("Abbas", "President", "Palestine") in {p[:3] for p in got}

    def test_a_where_clause_on_the_holder_still_gives_it(self):
        # wikinews-tosca-ID74004: "the Parliament of Ghana, where … the Speaker, X"
        got = positions("Giorgio Napolitano, the President of Italy has completed a three day "
                        "visit to Ghana. Napolitano also visited the Parliament of Ghana, where "
                        "he paid a courtesy call on the Speaker, Ebenezer Sekyi-Hughes.")
        assert ("Ebenezer Sekyi-Hughes", "Speaker", "Ghana") in {p[:3] for p in got}

@pytest.mark.parametrize(("text", "fact"), [
    # an apposed title after an adverb of time (../shared/corpus/news): "then", "formerly",
    # "previously" make it former; "currently", "now" keep it current
    ("In 1997, George Tenet, then the director of the CIA, compelled by the lawsuit brought by "
     "Aftergood's group under the Freedom of Information Act, made public that year's budget.",
     ("George Tenet", "Director", "CIA", "former", "apposition+then_date")),
    ("The negotiations have been arranged by Finland's Crisis Management Initiative (CMI), a "
     "non-profit, non-governmental organization founded by former Finnish president Martti "
     "Ahtisaari in 2000. Although it is unclear which CMI personnel will take part in "
     "discussions, it has been confirmed that Ahtisaari himself, currently the UN envoy for "
     "Kosovo, will play no direct role.",
     ("Martti Ahtisaari", "Envoy for Kosovo", "United Nations", None, "apposition")),
    ("Trump granted David Hossein Safavian, formerly the General Services Administration's "
     "chief of staff, a full and unconditional pardon.",
     ("David Hossein Safavian", "Chief of Staff", "General Services Administration", "former",
      "apposition")),
])
def test_positions_an_apposed_title_after_an_adverb_of_time(text, fact):
    assert fact in positions(text)


def test_positions_a_qualifier_before_the_copulas_article():
    # ../shared/corpus/news (wikinews-tosca-ID12203): "was formerly the secretary of …"
    got = positions("A veteran Lebanese politician, George Hawi, was assassinated today in "
                    "Beirut. Hawi was formerly the secretary of the Lebanese Communist Party.")
    assert ("George Hawi", "Secretary", "Lebanese Communist Party", "former", "copula") in got


def test_positions_an_adverb_of_election_before_an_apposed_title():
    # ../shared/corpus/news (wikinews-tosca-ID32397): "the recently elected President of Iran"
    got = positions("Mahmoud Ahmadinejad, the recently elected President of Iran, responded by "
                    "saying that; \"I am telling those fake superpowers that the Iranian nation "
                    "became independent 27 years ago.\"")
    assert ("Mahmoud Ahmadinejad", "President", "Iran", None, "apposition") in got


def test_positions_a_plural_possessive_in_a_complement_names_the_body_after_it():
    # news_gold read (wikinews-vat-2020-0036): "the United States' Centers for …" is the body's
    got = positions("According to Dr. Tom Frieden, formerly the director of the United States' "
                    "Centers for Disease Control and Prevention, the pandemic is "
                    "\"unprecedented.\"")
    assert {p[1:3] for p in got if p[0] == "Tom Frieden"} == {
        ("Director", "Centers for Disease Control and Prevention")}


def test_positions_a_head_that_modifies_the_next_head_is_one_title():
    # ../shared/corpus/news (wikinews-vat-2019-0034): "Deputy Chief Minister", not "Deputy Chief"
    got = positions("On Thursday, Francis D'Souza, previously the Deputy Chief Minister of the "
                    "state of Goa, India, died.")
    assert {p[1] for p in got if p[0] == "Francis D'Souza"} == {"Deputy Chief Minister"}


class TestApposedTitleWordClasses:
    """posit11 (docs/evaluation.md "apposed titles by word class"): an apposed title after a
    qualifier that follows a possessive holder or after descriptive adjectives (DESC), a name
    joined by "and" to a title, a capitalised portfolio before "Minister"; sentences of
    ../shared/corpus/news (Wikinews)."""

    @pytest.mark.parametrize(("text", "fact"), [
        # wikinews-tosca-ID83456: "COUNTRY's former TITLE"
        ("Canada Tony Blair, United Kingdom 's former Prime Minister, made his first public "
         "appearance since stepping down as PM yesterday at a speech.",
         ("Tony Blair", "Prime Minister", "United Kingdom", "former", "apposition")),
        # wikinews-tosca-ID50770: "the worthy president of Bolivia"
        ("Evo Morales, the worthy president of Bolivia, looks like an extremist to him.",
         ("Evo Morales", "President", "Bolivia", None, "apposition_described")),
        # wikinews-tosca-ID71691: "a top spokesman for Hamas"
        ("They crossed all the red lines,\" said Fawzi Barhoum, a top spokesman for Hamas in a "
         "statement to the press.",
         ("Fawzi Barhoum", "Spokesman", "Hamas", None, "apposition_described")),
    ])
    def test_an_apposed_title_after_a_qualifier_or_a_descriptive_adjective(self, text, fact):
        assert fact in positions(text)

    def test_an_adjective_that_says_the_office_is_not_held_now_names_none(self):
        # wikinews-tosca-ID67895: "the past minister for …" (descriptive.not_holding)
        got = positions("Rob Nicholson, the past minister for democratic reform who introduced "
                        "the bill, said that the new law will make elections fairer for all "
                        "parties.")
        assert not {p for p in got if p[0] == "Rob Nicholson" and p[3] is None}

    def test_a_name_joined_by_and_to_a_title_before_it_is_another_person(self):
        # wikinews-tosca-ID18560: the foreign minister is Peterson's, not Rice's
        got = positions("Many world leaders including Jan Peterson, Norway 's foreign minister "
                        "and Condoleezza Rice, U.S. Secretary of State, attended.")
        assert ("Jan Peterson", "Foreign Minister", "Norway") in {p[:3] for p in got}
        assert not {p for p in got if p[0] == "Condoleezza Rice" and p[2] == "Norway"}

    @pytest.mark.parametrize(("text", "fact"), [
        # wikinews-tosca-ID28619, ID33866: a capitalised portfolio word the lexicon lacks,
        # between a demonym and "Minister" (titles._capitalised_portfolio)
        ("Indonesian Fisheries Minister Freddy Numberi has asked the Australian government to "
         "stop burning Indonesian boats found fishing illegally in Australian waters.",
         ("Freddy Numberi", "Fisheries Minister", "Indonesia", None, "attributive_title")),
        ("The demonstration was in protest of Italian Reforms Minister Roberto Calderoli, who "
         "had worn a T-shirt displaying the Jyllands-Posten Muhammad cartoons.",
         ("Roberto Calderoli", "Reforms Minister", "Italy", None, "attributive_title")),
    ])
    def test_a_capitalised_portfolio_between_a_holder_and_minister(self, text, fact):
        assert fact in positions(text)


class TestApposedTitleAfterAPossessiveAndEndedTerms:
    """posit12 (docs/evaluation.md "posit12"): an apposed title after a possessive holder and
    adjectives that describe the holder (DESC); words that say a term ended ("previous",
    "ousted", "deposed") as qualifiers (former), never the preposition "past"; sentences of
    ../shared/corpus/news (Wikinews)."""

    def test_an_apposed_title_after_a_possessive_and_descriptive_adjectives(self):
        # wikinews-tosca-ID42531: "COUNTRY's <adjective> <adjective> TITLE"
        got = positions("\"Larijani said Iran will study the package, clause by clause, and "
                        "respond,\" said an unnamed official who knows Ali Larjani, Iran's chief "
                        "nuclear negotiator.")
        assert ("Ali Larjani", "Negotiator", "Iran", None,
                "apposition_possessive_described") in got

    @pytest.mark.parametrize(("text", "person", "holder"), [
        # wikinews-tosca-ID7265, ID54025, ID51724
        ("Deposed President of Kyrgyzstan Askar Akayev said that he had signed his resignation "
         "in the Kyrgyz embassy in Moscow Sunday.", "Askar Akayev", "Kyrgyzstan"),
        ("The Iraq Special Tribunal has finally sentenced the deposed Iraqi President Saddam "
         "Hussein to death by hanging over the killings of 148 villagers in the town of Dujail "
         "in 1982.", "Saddam Hussein", "Iraq"),
        ("According to the US, Abu Hamza Al-Muhajir replaced al-Zarqawi, the previous leader of "
         "al-Qaeda in Iraq, after he was killed in a US raid in June 2006.", "al-Zarqawi",
         "al-Qaeda"),
    ])
    def test_a_word_that_says_the_term_ended_makes_the_title_former(self, text, person, holder):
        mine = {p[2:4] for p in positions(text) if p[0] == person}
        assert (holder, "former") in mine
        assert all(q == "former" for _, q in mine)

    def test_past_as_a_preposition_is_no_qualifier(self):
        # wikinews-tosca-ID118900: "marched past … Prime Minister Gordon Brown's residence"
        got = positions("In addition 10,000 people marched past United Kingdom Prime Minister "
                        "Gordon Brown's residence in London, hurling hundreds of shoes at his "
                        "home.")
        assert ("Gordon Brown", "Prime Minister", "United Kingdom", None,
                "attributive_title") in got


class TestHolderFromTheStorysCountry:
    """posit13 (docs/evaluation.md "posit13"): a bare title before a name whose sentence names
    no country and no place takes the one country the headline names when the text so far names
    it most (``title_before_name+story_country``); texts of ../shared/corpus/news (Wikinews),
    headline first as the news_gold files are written."""

    @pytest.mark.parametrize(("text", "fact"), [
        # wikinews-tosca-ID45374: a state's office (held in a country)
        ("UK soldier killed near Basra\n\nThe Ministry of Defence has named the British soldier "
         "who died after a mission in the northern area of Basra in Iraq. Defence Secretary Des "
         "Browne said the soldier's death was \"terribly sad\".",
         ("Des Browne", "Defence Secretary", "United Kingdom", None,
          "title_before_name+story_country")),
        # wikinews-tosca-ID109582: a head of state's office any body may have
        ("Lebanon forms unity government with Hezbollah-led opposition\n\nLebanese political "
         "leaders have agreed to the formation of a 30-member national unity government. The "
         "announcement came seven weeks after the Doha Agreement, which ended an 18-month-long "
         "political crisis in Lebanon. A decree announcing the cabinet was signed by Prime "
         "Minister Fouad Siniora and President Michel Suleiman.",
         ("Michel Suleiman", "President", "Lebanon", None, "title_before_name+story_country")),
    ])
    def test_a_bare_title_takes_the_country_of_the_headline(self, text, fact):
        assert fact in positions(text)

    def test_a_sentence_naming_a_place_tells_of_a_visit(self):
        # mt3-wikinews-tosca-ID14484 (news_gold read): the headline's country is not Rice's
        got = positions("North Korea to rejoin six-nation talks\n\nLast night, North Korea "
                        "agreed to rejoin a six-nation talk on disarming its nuclear weapons. The "
                        "agreement was reached at a dinner meeting hosted by the Chinese. At the "
                        "same time Secretary of State Condoleezza Rice arrived in Beijing.")
        assert not any(p[0] == "Condoleezza Rice" and p[2] == "North Korea" for p in got)

    def test_a_title_any_body_may_have_takes_no_story_country(self):
        # wikinews-vat-2019-0012: a police spokesman is the police's, not the state's
        got = positions("Arrest made as mayor of Gdańsk, Poland stabbed on stage\n\nAn "
                        "individual has been arrested after Paweł Adamowicz, mayor of the Polish "
                        "city of Gdańsk, was stabbed last night whilst on stage at a fundraising "
                        "event. Police spokesman Mariusz Ciarka said a press badge was used by "
                        "the assailant, reported by The Guardian as convicted of assaults and by "
                        "Associated Press of bank robberies, to gain entry.")
        assert not any(p[0] == "Mariusz Ciarka" and p[2] == "Poland" for p in got)

    def test_a_headline_naming_two_countries_gives_none(self):
        # wikinews-tosca-ID74004 (news_gold read): the visitor's country and the host's
        got = positions("Italian President ends visit to Ghana\n\nGhana Mr. Giorgio Napolitano, "
                        "the President of Italy has completed a three day visit to Ghana. During "
                        "his visit, he met President John Kufuor at the Osu Castle.")
        assert not any(p[0] == "John Kufuor" and p[4].endswith("+story_country") for p in got)

    def test_a_sentence_narrating_an_earlier_year_takes_no_story_country(self):
        # wikinews-vat-2019-0153 (2019): that year's office, not one held now
        got = positions("Former US Representative John Conyers dies at age 90\n\nYesterday, "
                        "former United States Representative John Conyers died in his sleep, "
                        "according to a family spokesperson. Starting in 1968, he spent 15 years "
                        "fighting for Martin Luther King Jr. Day to be a federal holiday; "
                        "President Ronald Reagan signed Conyers's bill into law in 1983.")
        assert not any(p[0] == "Ronald Reagan" and p[4].endswith("+story_country") for p in got)


class TestACountryActingOnTheTitleHolder:
    """plover17 (docs/plover.md item 24; docs/evaluation.md, a country acting on the title's
    holder): a bare title whose sentence's country is the subject of an action on the person
    ("Iran … to hurt President Trump's chances") is not that country's office; sentences of
    ../shared/corpus/news (Wikinews)."""

    def test_the_country_acting_on_the_person_is_not_the_holder(self):
        # On the campaign trail in the USA, October 2020 (the rest rows, read): Trump was coded
        # IRN in every event of the document from this one claim
        got = positions("On the campaign trail in the USA, October 2020\n\nAdditionally, "
                        "Ratcliffe and FBI director Christopher Wray held a press conference "
                        "discussing concerns about Iranian and Russian interference in the "
                        "election. Ratcliffe claimed Iran spoofed e-mails to spread false "
                        "information about voting to hurt President Trump's chances of "
                        "re-election.")
        assert not any(p[0] == "Trump" and p[2] == "Iran" for p in got)

    def test_a_country_with_the_person_in_its_history_keeps_the_office(self):
        # a country's state ("has not had"), not an action on the person
        assert ("Siad Barre", "President", "Somalia", None, "title_before_name") in positions(
            "Somalia has not had an effective national authority for 15 years after the ousting "
            "of longtime dictator President Siad Barre in 1991.")


class TestABodyApartFromTheTitle:
    """posit14 (docs/evaluation.md "posit14"): an organization that is only a clause's subject
    or object outside the person's phrase (position_patterns.json ``body_apart``) does not stop
    the sentence's one country from holding a title any body may have; one in the person's
    phrase or a complement still does.  Sentences of ../shared/corpus/news (Wikinews) and
    news_gold read."""

    @pytest.mark.parametrize(("text", "fact"), [
        # wikinews-tosca-ID16889 (news_gold read): the body is the verb's object
        ("President Bush is lobbying the U.S. House of Representatives to pass the Central "
         "America Free Trade Agreement (CAFTA), which is scheduled for a vote Wednesday night.",
         ("Bush", "President", "United States", None, "title_before_name")),
        # wikinews-tosca-ID114853: the body is the subject of the main clause
        ("The Nobel Peace Committee announced that Martti Ahtisaari, former president and "
         "Finnish diplomat, has received the Nobel Peace Prize for 2008.",
         ("Martti Ahtisaari", "President", "Finland", "former", "apposition")),
    ])
    def test_a_body_that_is_another_clauses_argument_leaves_the_country(self, text, fact):
        assert fact in positions(text)

    def test_a_body_in_the_titles_complement_keeps_the_refusal(self):
        # wikinews-tosca-ID71706: the director is the Center's, not Cambodia's
        got = positions("Youk Chhang, director of the non-profit Documentation Center Cambodia, "
                        "which collects and archives Khmer Rouge records, said the money for the "
                        "trial has come from voluntary donations, and will help Cambodia rebuild "
                        "its rule of law.")
        assert not any(p[0] == "Youk Chhang" and p[2] == "Cambodia" for p in got)

    def test_a_body_in_the_apposed_titles_complement_keeps_the_refusal(self):
        # wikinews-tosca-ID5105: the country is another clause's subject, the body the title's own
        got = positions("Matthew Dunn, chairman of the New York Chapter of the American "
                        "Immigration Lawyers Association, said that as long as there was a "
                        "potential for danger, the United States should offer the people of "
                        "Montserrat a safe haven.")
        assert not any(p[0] == "Matthew Dunn" and p[2] == "United States" for p in got)


class TestHoldersFromModifiersBracketsAndAntecedents:
    """posit15 (docs/evaluation.md "posit15"): a place in a hyphenated modifier holds no title,
    a bracketed abbreviation between a title and a name leaves the title to that name, a
    complement the title layer cannot read is the title's holder, and neither a premier nor a
    title after a place takes its holder from the rest of the text.  Sentences of
    ../shared/corpus/news (Wikinews) and news_gold read."""

    @pytest.mark.parametrize(("text", "person", "holder"), [
        # wikinews-tosca-ID5215: the government is Syrian-backed, the Prime Minister Lebanon's
        ("The Syrian -backed government lead by Prime Minister Omar Karami was under pressure in "
         "recent weeks, particularly after former Prime Minister Rafik al-Hariri was killed "
         "earlier this month.", "Omar Karami", "Syria"),
        ("The Syrian -backed government lead by Prime Minister Omar Karami was under pressure in "
         "recent weeks, particularly after former Prime Minister Rafik al-Hariri was killed "
         "earlier this month.", "Rafik al-Hariri", "Syria"),
    ])
    def test_a_place_in_a_hyphenated_modifier_holds_no_title(self, text, person, holder):
        assert not any(p[0] == person and p[2] == holder for p in positions(text))

    def test_the_name_after_a_hyphenated_modifier_in_a_complement_holds_it(self):
        # fx3-wikinews-tosca-ID99757 (news_gold read): "the Greek -controlled Republic of
        # Cyprus" is Cyprus, and the later sentence naming him is the bare title's antecedent
        got = positions(
            "Greek-Cypriots vote for President\n\nPolls have already closed on the Republic of "
            "Cyprus in a quite important closely fought presidential election. Official results "
            "are expected in a few hours, and two exit polls suggest the three leading "
            "candidates, current President Tassos Papadopoulos, Dimitris Christofias, Ioannis "
            "Kasoulides are neck-and-neck. Mr.Papadopoulos, a lawyer and convervative "
            "politician, became President of the Greek -controlled Republic of Cyprus in 2003.")
        # the last sentence says it itself since titled1 (the copula past the aside "a lawyer
        # and … politician"), which the bare title's antecedent then repeats
        assert {("Tassos Papadopoulos", "President", "Cyprus", None, "copula"),
                ("Tassos Papadopoulos", "President", "Cyprus", None,
                 "title_before_name+title_antecedent")} & got, got
        assert not any(p[2] == "Greece" for p in got)

    def test_a_complement_the_title_layer_cannot_read_holds_the_title(self):
        # wikinews-tosca-ID6453: the PCdoB (a party), not the United States, has this President
        got = positions("Renato Rabelo, the President of the PCdoB released a note repudiating "
                        "the visit of the US Secretary.")
        assert not any(p[0] == "Renato Rabelo" for p in got)

    def test_a_bracketed_abbreviation_leaves_the_title_to_the_name_after_it(self):
        # wikinews-tosca-ID41406: "International Report" (a name the model took for a person)
        # is not the Secretary General; Irene Khan, the clause's subject, is
        got = positions("At the launch of its 2006 International Report, the Secretary General "
                        "for Amnesty International (AI), Irene Khan, said that a number of "
                        "governments have \"paralyzed international institutions\".")
        assert ("Irene Khan", "Secretary General", "Amnesty International", None,
                "title_before_name") in got
        assert not any(p[0] == "International Report" for p in got)

    def test_the_holders_abbreviation_in_brackets_between_title_and_name(self):
        # wikinews-tosca-ID50924: "CDRM" abbreviates the Council, no mention covers it
        got = positions("A spokesman for the Council for Democratic Reform under Constitutional "
                        "Monarchy (CDRM), Major General Thaweep Netniyan, said: \"At today's "
                        "meeting top military leaders asked the foreign ministry to urgently "
                        "retaliate against foreign reporters.\"")
        assert ("Thaweep Netniyan", "Spokesman",
                "Council for Democratic Reform under Constitutional Monarchy", None,
                "title_abbreviation_before_name") in got

    def test_an_abbreviation_of_another_name_gives_no_claim(self):
        # wikinews-tosca-ID6104: "(PT)" is the Workers' Party's, not the holder the entity layer
        # made of "International Relations for Workers'Party"
        got = positions("The National Secretary of International Relations for Workers'Party "
                        "(PT), Paulo Ferreira, says that the Central Bank records show that no "
                        "money entered in Brazil from Trynidad and Tobago during 2002 and 2003.")
        assert not any(p[0] == "Paulo Ferreira" for p in got)

    @pytest.mark.parametrize(("text", "person", "holder"), [
        # wikinews-tosca-ID31370: a state's premier is no antecedent of another premier
        ("Alan Carpenter \"effectively\" new Western Australian Premier\n\nWestern Australian "
         "Energy Minister Alan Carpenter has confirmed he will become Western Australia's next "
         "state Premier. The top job became vacant following Premier Geoff Gallop's shock "
         "resignation on Monday 16th January.", "Geoff Gallop", "Australia"),
        # wikinews-tosca-ID55517: a place before the title holds it (a province's), not the
        # country the text names so far
        ("Dion wins Canadian Liberal leadership on fourth ballot\n\nStephane Dion has won the "
         "leadership of the Liberal Party of Canada today. The Liberal party dominated politics "
         "in Canada for the past century. Dion was in fourth place in terms of committed "
         "delegates but was able to place third in the first ballot, edging former Ontario "
         "education minister Gerard Kennedy by two votes.", "Gerard Kennedy", "Canada"),
    ])
    def test_no_holder_from_the_rest_of_the_text_for_a_premier_or_after_a_place(
            self, text, person, holder):
        assert not any(p[0] == person and p[2] == holder for p in positions(text))


class TestHolderFromTheStorysInstitutionOrOrganisation:
    """posit16 (docs/evaluation.md "posit16"): a spokesperson of a state's own institution
    written with no state ("Foreign Ministry spokesman X") is a state's office, so the story's
    country holds it (``+state_institution+story_country``); an organisation's single office
    before a name ("Secretary-General X") takes the one known organisation the text so far
    names most (``+story_organization``).  Sentences written for the test in the shape of the
    class (names invented)."""

    STORY = ("Iran rejects new offer on fuel exchange\n\nIran has rejected a new offer on a fuel "
             "exchange, officials said on Tuesday. ")

    @pytest.mark.parametrize(("sentence", "person", "rule"), [
        ("Foreign Ministry spokesman Karim Dastani said the offer ignored the rights of the "
         "country.", "Karim Dastani", "+state_institution+story_country"),
        ("Government spokesman Leila Farahani said the talks would go on next month.",
         "Leila Farahani", "+state_institution+story_country"),
    ])
    def test_a_state_institutions_spokesperson_takes_the_storys_country(
            self, sentence, person, rule):
        got = positions(self.STORY + sentence)
        assert any(p[0] == person and p[1] == "Spokesman" and p[2] == "Iran" and
                   p[4].endswith(rule) for p in got), got

    def test_a_spokesperson_of_no_state_institution_takes_no_story_country(self):
        got = positions(self.STORY + "Police spokesman Reza Samadi said two men were held.")
        assert not any(p[0] == "Reza Samadi" and p[2] == "Iran" for p in got)

    def test_a_body_named_before_the_institution_owns_it(self):
        got = positions("Blast hits Palestinian security offices\n\nA blast hit the Palestinian "
                        "security offices in Gaza on Monday. Hamas government spokesman Omar "
                        "Khalil said it was too early to name those responsible.")
        assert not any(p[0] == "Omar Khalil" and p[4].endswith("+story_country") for p in got)

    def test_a_headline_naming_two_countries_gives_the_spokesperson_none(self):
        got = positions("Iran and Iraq sign a border deal\n\nIran and Iraq signed a deal on "
                        "their border on Tuesday. Foreign Ministry spokesman Karim Dastani said "
                        "the deal was fair.")
        assert not any(p[0] == "Karim Dastani" and p[4].endswith("+story_country") for p in got)

    def test_an_organisations_single_office_takes_the_organisation_the_text_names(self):
        got = positions("UN admits a new member state\n\nThe United Nations admitted a new "
                        "member state on Wednesday. Secretary-General Anna Lindqvist welcomed "
                        "the newest member.")
        assert ("Anna Lindqvist", "Secretary General", "United Nations", None,
                "title_before_name+story_organization") in got

    def test_two_organisations_named_alike_give_none(self):
        got = positions("NATO and the EU hold joint talks\n\nNATO and the European Union held "
                        "joint talks in Brussels on Monday. Secretary General Piet Vermeulen "
                        "said the talks went well.")
        assert not any(p[0] == "Piet Vermeulen" and p[4].endswith("+story_organization")
                       for p in got)

    def test_an_office_many_hold_in_an_organisation_takes_none(self):
        got = positions("EU widens its fishing quotas\n\nThe European Union widened its fishing "
                        "quotas on Monday. Commissioner Marta Oliveira said the quotas were fair.")
        assert not any(p[0] == "Marta Oliveira" and p[4].endswith("+story_organization")
                       for p in got)


class TestHolderFromTheLedesCountry:
    """posit17 (docs/evaluation.md "posit17"): a bare title before a name, in a story whose
    headline names no country, takes the one country the lede (its first two sentences) names
    when the text so far names it more than any other (``+lede+story_country``); in a story
    whose headline names two, the one the headline opens with, not coordinated with the next
    word (``+headline_subject+story_country``); posit13's refusals stay.  Sentences written for
    the test in the shape of the class (names invented)."""

    LEDE = ("Protesters rally against new tax\n\nThousands of protesters rallied in Lebanon on "
            "Monday against a new tax. Lebanon has had no budget for two years. ")

    def test_a_headline_naming_no_country_takes_the_ledes_one(self):
        got = positions(self.LEDE + "Aid from Syria was also cut this year. Prime Minister "
                        "Karim Haddad said the tax would stay.")
        assert ("Karim Haddad", "Prime Minister", "Lebanon", None,
                "title_before_name+lede+story_country") in got, got

    def test_a_lede_naming_two_countries_gives_none(self):
        got = positions("Protesters rally against new tax\n\nThousands of protesters rallied "
                        "in Lebanon and Syria on Monday against a new tax. Lebanon has had no "
                        "budget for two years. Prime Minister Karim Haddad said the tax would "
                        "stay.")
        assert not any(p[0] == "Karim Haddad" and p[4].endswith("+story_country") for p in got)

    def test_a_country_the_text_names_more_than_the_ledes_gives_none(self):
        got = positions(self.LEDE + "Syria cut its aid. Syria also closed the border, and "
                        "Syria recalled its envoy. Prime Minister Karim Haddad said the tax "
                        "would stay.")
        assert not any(p[0] == "Karim Haddad" and p[4].endswith("+story_country") for p in got)

    def test_a_sentence_naming_a_place_still_tells_of_a_visit(self):
        got = positions(self.LEDE + "Aid from Syria was also cut this year. Foreign Minister "
                        "Nadia Aziz arrived in Damascus on Tuesday.")
        assert not any(p[0] == "Nadia Aziz" and p[2] == "Lebanon" for p in got)

    def test_a_headline_opening_with_one_of_two_countries_takes_it(self):
        got = positions("China responds to US plan for import quotas\n\nChina has responded to a "
                        "plan by the United States to set quotas on imports. China said the plan "
                        "was unfair. \"This is not reasonable,\" Foreign Minister Wang Lei told "
                        "reporters.")
        assert ("Wang Lei", "Foreign Minister", "China", None,
                "title_before_name+headline_subject+story_country") in got, got

    def test_two_countries_coordinated_at_the_headlines_start_give_none(self):
        got = positions("China, Japan suspend talks on import quotas\n\nChina and Japan have "
                        "suspended talks on quotas. China said the plan was unfair. Foreign "
                        "Minister Wang Lei said the talks would resume.")
        assert not any(p[0] == "Wang Lei" and p[4].endswith("+story_country") for p in got)

    def test_a_headline_opening_with_a_country_the_text_names_less_gives_none(self):
        got = positions("China responds to US plan for import quotas\n\nThe United States set "
                        "quotas on imports from China. The United States said the quotas were "
                        "fair. Foreign Minister Wang Lei said the plan was unfair.")
        assert not any(p[0] == "Wang Lei" and p[4].endswith("+story_country") for p in got)

    TOWNS = ("Violence reported in remote towns\n\nViolence is rising in remote towns of "
             "Australia. Australia has more police now. Aid came from Indonesia. ")

    def test_a_lede_country_holds_an_office_any_body_may_have(self):
        got = positions(self.TOWNS + "\"Our members act on crime,\" President Jack Dorn said.")
        assert ("Jack Dorn", "President", "Australia", None,
                "title_before_name+lede+story_country") in got, got

    def test_a_common_noun_before_an_office_any_body_may_have_makes_it_that_bodys(self):
        got = positions(self.TOWNS + "\"Our members act on crime,\" association president Jack "
                        "Dorn said.")
        assert not any(p[0] == "Jack Dorn" and p[4].endswith("+story_country") for p in got)

    def test_a_headline_naming_a_place_abroad_gives_no_lede_country(self):
        text = ("Prime Minister seeks trade deal in {}\n\nThe prime minister holds talks "
                "tomorrow. The "
                "United Kingdom wants a new trade deal. France was not asked. The United Kingdom "
                "said so. He will meet President Jack Dorn.")
        assert ("Jack Dorn", "President", "United Kingdom", None,
                "title_before_name+lede+story_country") in positions(text.format("the north"))
        got = positions(text.format("Washington"))
        assert not any(p[0] == "Jack Dorn" and p[4].endswith("+story_country") for p in got)

    @pytest.mark.parametrize(("verb", "fires"), [("visits", False), ("praises", True)])
    def test_a_headline_telling_of_a_journey_gives_no_headline_subject(self, verb, fires):
        got = positions(f"China's envoy {verb} the US\n\nChina has sent an envoy to the United "
                        "States. China said the talks were useful. Foreign Minister Wang Lei said "
                        "the envoy would stay a week.")
        assert any(p[0] == "Wang Lei" and p[2] == "China" and
                   p[4].endswith("+headline_subject+story_country") for p in got) == fires, got


class TestAppositiveTitleModifiers:
    """posit18 (docs/evaluation.md "Positions: appositive titles"): capitalised words no
    mention covers between an apposed title's article or holder and its head
    (apposition_named_modifier), and an adverb of degree before the adjectives that describe
    an apposed title's holder (degree_adverbs); invented names."""

    @pytest.mark.parametrize(("text", "fact"), [
        # a state's own institution between the demonym and the title
        ("The deal was announced by Pavel Orlov, the Hungarian Government commissioner "
         "responsible for defence, in an interview.",
         ("Pavel Orlov", "Commissioner", "Hungary", None, "apposition_named_modifier")),
        # a possessive holder before a body's own name: the possessor holds it
        ("The plan was praised by Pavel Orlov, Russia's Duma speaker, on Monday.",
         ("Pavel Orlov", "Speaker", "Russia", None, "apposition_named_modifier")),
    ])
    def test_a_capitalised_modifier_between_holder_and_apposed_title(self, text, fact):
        assert fact in positions(text)

    @pytest.mark.parametrize("text", [
        # a demonym that starts a longer name: that name, not the country, holds the office
        "The bill was backed by Pavel Orlov, the Russian Duma Speaker, on Monday.",
        # no holder written: the capitalised words may name it, so none is guessed
        "Julia Hart, the Shadow Health Minister, said the plan would fail.",
    ])
    def test_a_capitalised_modifier_that_may_name_the_holder_gives_no_claim(self, text):
        assert not {p for p in positions(text) if p[4] == "apposition_named_modifier"}

    @pytest.mark.parametrize(("text", "fact"), [
        ("The talks were led by Sergei Lavrenko, Russia's very popular defence minister, in "
         "Geneva.",
         ("Sergei Lavrenko", "Defense Minister", "Russia", None,
          "apposition_possessive_described")),
        ("The strike was ordered by Omar Haddad, the most senior Syrian commander in the region.",
         ("Omar Haddad", "Commander", "Syria", None, "apposition_described")),
    ])
    def test_an_adverb_of_degree_before_a_describing_adjective(self, text, fact):
        assert fact in positions(text)

    def test_a_degree_adverb_before_an_adjective_of_no_holding_names_none(self):
        got = positions("The strike was ordered by Omar Haddad, the most likely Syrian "
                        "commander in the region.")
        assert not {p for p in got if p[0] == "Omar Haddad" and p[3] is None}


class TestAPortfolioTakenForAnOrganisation:
    """A portfolio head's bare for/of complement ("Secretary for Small Business and
    Enterprise") that the model made an organization nobody resolved is the portfolio, part of
    the title, never its holder (data/titles.json portfolio_heads; posit20).  Invented names."""

    @pytest.mark.parametrize(("text", "person", "portfolio"), [
        ("Ruth Okafor, Secretary for Small Business and Enterprise, said the budget was tight.",
         "Ruth Okafor", "Small Business and Enterprise"),
        ("Tom Berrick, Minister for Sport and Recreation, opened the stadium.",
         "Tom Berrick", "Sport and Recreation"),
    ])
    def test_a_portfolio_is_not_the_titles_holder(self, text, person, portfolio):
        got = positions(text)
        assert not any(p[0] == person and p[2] == portfolio for p in got), got

    def test_the_portfolio_stays_in_the_title_and_the_possessive_holds_it(self):
        got = positions("Britain's Secretary for Small Business and Enterprise, Ruth Okafor, "
                        "said the budget was tight.")
        assert ("Ruth Okafor", "Secretary for Small Business and Enterprise", "United Kingdom",
                None, "possessive_title") in got, got

    def test_a_body_after_a_head_of_no_portfolio_still_holds_it(self):
        got = positions("John Kimani, Chairman of Safaricom, resigned on Monday.")
        assert ("John Kimani", "Chairman", "Safaricom", None, "apposition") in got, got

    def test_a_complement_with_an_organisation_noun_names_a_body(self):
        got = positions("Commissioner of Council for Cultural Affairs Ko Tsai-lin opened the "
                        "museum in Taipei.")
        assert ("Ko Tsai-lin", "Commissioner", "Council for Cultural Affairs", None,
                "title_before_name") in got, got


class TestTheSentencesOwnCountryAgreesWithTheStory:
    """posit22 (docs/evaluation.md "posit22"): a bare title before a name whose sentence names
    only the story's own country, in a use the sentence guards refuse (inside a longer name,
    modifying a thing), takes the story's country (``+sentence_agrees+story_country``); a
    sentence naming another country, or a country as a place, keeps it unresolved.  Sentences
    written for the test in the shape of the class (names invented)."""

    STORY = ("Arrests widen in Turkey over coup plot\n\nPolice in Turkey detained twenty more "
             "suspects on Monday in an inquiry into an alleged coup plot. ")

    def test_the_storys_country_inside_a_longer_name_agrees(self):
        got = positions(self.STORY + "Prime Minister Kemal Aydin and General Orhan Dursun, of "
                                     "the Turkish Armed Forces, held talks on Thursday.")
        assert ("Kemal Aydin", "Prime Minister", "Turkey", None,
                "title_before_name+sentence_agrees+story_country") in got, got

    def test_another_country_in_the_sentence_keeps_the_title_unresolved(self):
        got = positions(self.STORY + "Prime Minister Kemal Aydin and General Orhan Dursun, of "
                                     "the Greek Armed Forces, held talks on Thursday.")
        assert not any(p[0] == "Kemal Aydin" and p[4].endswith("+story_country") for p in got), got

    def test_the_storys_country_as_a_place_keeps_the_title_unresolved(self):
        got = positions(self.STORY + "Prime Minister Kemal Aydin said on Thursday that "
                                     "soldiers in Turkey would not be charged.")
        assert not any(p[0] == "Kemal Aydin" and "+sentence_agrees" in p[4] for p in got), got


class TestTheClausesSubjectHoldsItsTitle:
    """posit23 (docs/evaluation.md "posit23"): "VERB X as its/their TITLE": the possessive's
    antecedent is the subject of the verb whose object the person is, and the country or
    organisation written in that subject holds the office (``as_its_title``); no subject that
    names one, no claim.  Sentences written for the test in the shape of the class (names
    invented)."""

    @pytest.mark.parametrize(("text", "fact"), [
        # a body's possessor holds the office, through "voted to keep"
        ("Somalia's parliament voted on Monday to keep Omar Hirsi Adan as their prime "
         "minister, blocking the president's attempt to dismiss him.",
         ("Omar Hirsi Adan", "Prime Minister", "Somalia", None, "as_its_title")),
        # an organisation as the subject
        ("The African Union chose Ivan Petrov as its chairman on Monday.",
         ("Ivan Petrov", "Chairman", "African Union", None, "as_its_title")),
        # "which" stands for the noun it follows
        ("Pavel Orlov, a deputy from the Liberal Democratic Party, which elected Anna Smirnova "
         "as its leader last year, said he disagreed.",
         ("Anna Smirnova", "Leader", "Liberal Democratic Party", None, "as_its_title")),
    ])
    def test_the_subject_of_the_clause_holds_the_title(self, text, fact):
        got = positions(text)
        assert fact in got, got

    @pytest.mark.parametrize("text", [
        # a pronoun subject names no holder
        "They said they did not accept Ivan Petrov as their leader.",
        # the person is the subject, not the object: "its" is not the clause's subject
        "Ivan Petrov served the party as its treasurer for years.",
    ])
    def test_no_subject_naming_a_holder_gives_no_claim(self, text):
        got = positions(text)
        assert not {p for p in got if p[4] == "as_its_title"}, got


class TestASubjectPronounStatesTheOffice:
    """posit24 (docs/evaluation.md "posit24"): "when he was the Ghanaian president", "She is
    the Minister of Finance of Ghana": the copula's words after a subject pronoun state the
    office of the one person named before it in its sentence, else of the one person of the
    sentence before if that is its subject (``pronoun_copula``); two people there, or a quoted
    pronoun, give no claim.  Sentences written for the test in the shape of the class (names
    invented)."""

    @pytest.mark.parametrize(("text", "fact"), [
        # the person named earlier in the sentence, a demonym holder
        ("Kofi Mensah first proposed the plan in 1961, when he was the Ghanaian president.",
         ("Kofi Mensah", "President", "Ghana", "former", "pronoun_copula")),
        # the one person the sentence before names, the holder in the complement
        ("Ama Boateng left the bank in 2003. She is the Minister of Finance of Ghana.",
         ("Ama Boateng", "Minister of Finance", "Ghana", None, "pronoun_copula")),
        # a sentence naming no one passes its subject pronoun's person on
        ("Ama Boateng was born in Kumasi in 1950. She studied law in London. She is the "
         "Minister of Finance of Ghana.",
         ("Ama Boateng", "Minister of Finance", "Ghana", None, "pronoun_copula")),
        # "served as", a possessive holder
        ("Ivan Petrov returned to Moscow in 2004, after he served as Russia's ambassador to "
         "Canada.",
         ("Ivan Petrov", "Ambassador", "Russia", "former", "pronoun_copula")),
    ])
    def test_the_pronoun_holds_the_title_of_the_person_before_it(self, text, fact):
        got = positions(text)
        assert fact in got, got

    @pytest.mark.parametrize("text", [
        # two people named in the sentence before: the text does not say whose
        "Ivan Petrov met John Smith in London on Monday. He is the foreign minister of Russia.",
        # the one person of the sentence before is no subject there
        "The court heard Ivan Petrov on Monday. He is the foreign minister of Russia.",
        # the sentence before is a quotation: its person is spoken of, not the pronoun's
        "John Smith spoke on Monday. \"Ivan Petrov obeyed the law.\" His lawyer said he was "
        "the foreign minister of Russia.",
        # a pronoun in a quotation is the speaker's, anyone's
        "\"He is the foreign minister of Russia,\" Ivan Petrov said.",
        # another paragraph: no antecedent
        "Ivan Petrov arrived on Monday.\nHe is the foreign minister of Russia.",
    ])
    def test_no_single_person_before_the_pronoun_gives_no_claim(self, text):
        got = positions(text)
        assert not {p for p in got if p[4] == "pronoun_copula"}, got


class TestAPastCopulaStatesAFormerOffice:
    """"X was British Ambassador to Uzbekistan in 2002", "when he was the Ghanaian president":
    a copula in the past tense states an office held before the report, so the claim is a
    former one (position_patterns.json past_copula, posit25); a present or present-perfect
    copula ("is", "has served as") keeps it held.  Sentences in the class's shape (names
    invented)."""

    @staticmethod
    def _qualifiers(text: str, person: str) -> set[tuple[str, str | None, str]]:
        return {(p[1], p[3], p[4]) for p in positions(text) if p[0] == person}

    @pytest.mark.parametrize(("text", "person", "fact"), [
        ("Jonas Verhoef was Russia's ambassador to Kenya in 2002 and 2003.", "Jonas Verhoef",
         ("Ambassador", "former", "copula")),
        ("The court heard Pavel Orlov, who had been the Russian interior minister.", "Pavel Orlov",
         ("Interior Minister", "former", "copula")),
        ("Kwame Asante signed the treaty in 1975. He was the Ghanaian foreign minister.",
         "Kwame Asante", ("Foreign Minister", "former", "pronoun_copula")),
    ])
    def test_a_past_copula_gives_a_former_office(self, text, person, fact):
        got = self._qualifiers(text, person)
        assert fact in got, got

    @pytest.mark.parametrize(("text", "person", "fact"), [
        ("Jonas Verhoef is Russia's ambassador to Kenya.", "Jonas Verhoef",
         ("Ambassador", None, "copula")),
        ("Jonas Verhoef has served as Russia's ambassador to Kenya since 2002.", "Jonas Verhoef",
         ("Ambassador", None, "copula")),
        # a passive of choosing after the past copula: how the office began, still held
        ("Pavel Orlov, who was appointed Russia's interior minister in 2020, arrived on Monday.",
         "Pavel Orlov", ("Interior Minister", None, "copula")),
        # a start with no end: the office ran on to the narrated time
        ("Jonas Verhoef, who had been Russia's ambassador to Kenya since 2001, fell ill in "
         "January.", "Jonas Verhoef", ("Ambassador", None, "copula")),
    ])
    def test_a_present_copula_keeps_the_office_held(self, text, person, fact):
        got = self._qualifiers(text, person)
        assert fact in got, got


class TestAParticipleNamesTheOffice:
    """"X, managing director of Y", "the commanding officer of Z": a participle fixed in an
    office's English name (data/titles.json participle_modifiers, posit26) is the title's
    first word although the tagger reads it as a verb; a participle of an act ("the visiting
    president") stays out of the title.  Sentences in the class's shape (names invented)."""

    def test_a_participle_before_the_head_is_part_of_the_apposed_title(self):
        got = positions("Halvard Brenning, managing director of the World Bank, said on Monday "
                        "that the loans would continue.")
        assert ("Halvard Brenning", "Managing Director", "World Bank", None, "apposition") in got, got

    def test_a_participle_of_an_act_is_not_part_of_the_title(self):
        got = positions("Halvard Brenning, the visiting president of Kenya, said on Monday "
                        "that the loans would continue.")
        assert not any(p[1].lower().startswith("visiting") for p in got), got


class TestACitysOfficeIsHeldByItsCity:
    """"X, the mayor of Tehran", "Chicago Mayor X", "Moscow's mayor, X": a city's office
    (data/titles.json place_heads, posit27) is held by the place the words name, before the
    title or in its complement; with no place written it names no holder, and a place holds
    no other office.  Sentences in the class's shape (names invented)."""

    @pytest.mark.parametrize(("text", "fact"), [
        ("Halvard Brenning, the mayor of Chicago, said on Monday that the bridge would close.",
         ("Halvard Brenning", "Mayor", "Chicago", None, "apposition")),
        ("Chicago Mayor Halvard Brenning said on Monday that the bridge would close.",
         ("Halvard Brenning", "Mayor", "Chicago", None, "attributive_title")),
        ("Former Chicago mayor Halvard Brenning said on Monday that the bridge would close.",
         ("Halvard Brenning", "Mayor", "Chicago", "former", "attributive_title")),
        ("Moscow's mayor, Halvard Brenning, said on Monday that the bridge would close.",
         ("Halvard Brenning", "Mayor", "Moscow", None, "possessive_title")),
    ])
    def test_the_city_written_beside_the_title_holds_it(self, text, fact):
        got = positions(text)
        assert fact in got, got

    def test_a_mayor_with_no_city_written_takes_no_country(self):
        got = positions("Deputy Mayor Halvard Brenning said on Monday that Russia would "
                        "close the bridge.")
        assert not any("Mayor" in p[1] for p in got), got

    def test_a_city_holds_no_other_office(self):
        got = positions("Moscow President Halvard Brenning said on Monday that the bridge "
                        "would close.")
        assert not any(p[2] == "Moscow" for p in got), got

    def test_a_region_after_a_citys_comma_holds_no_mayors_office(self):
        got = positions("San Jose, California mayor Halvard Brenning was indicted on Monday.")
        assert not any(p[2] == "California" for p in got), got


class TestARegionsOfficeIsHeldByItsRegion:
    """"Texas Governor X", "X, governor of Aceh province", "Alberta premier X": a governor's or
    a premier's office (data/titles.json region_heads, posit28) is held by the place written
    before the title or in its complement, as a bank holds its governor and a country its
    premier ("Lieutenant" before its head names another office, no rank); a place cut from a
    longer name ("New South | Wales", "New | Mexico") holds none, nor does its country.
    Sentences in the class's shape (names invented)."""

    @pytest.mark.parametrize(("text", "fact"), [
        ("Texas Governor Orvald Pintrey said on Monday that the state would send troops.",
         ("Orvald Pintrey", "Governor", "Texas", None, "attributive_title")),
        ("Orvald Pintrey, governor of Aceh province, met the visiting envoys on Monday.",
         ("Orvald Pintrey", "Governor", "Aceh province", None, "apposition")),
        ("Former California governor Orvald Pintrey said on Monday that the bill would fail.",
         ("Orvald Pintrey", "Governor", "California", "former", "attributive_title")),
        ("Alberta premier Orvald Pintrey said on Monday that the pipeline would be built.",
         ("Orvald Pintrey", "Premier", "Alberta", None, "attributive_title")),
        ("Orvald Pintrey, a former Lieutenant Governor of Maryland, won the vote on Monday.",
         ("Orvald Pintrey", "Lieutenant Governor", "Maryland", "former", "apposition")),
    ])
    def test_the_region_written_beside_the_title_holds_it(self, text, fact):
        got = positions(text)
        assert fact in got, got

    def test_a_banks_governor_and_a_countrys_premier_keep_their_holders(self):
        got = positions("Orvald Pintrey, Governor of the Bank of England, met Chinese Premier "
                        "Talmo Verrick on Monday.")
        assert ("Orvald Pintrey", "Governor", "Bank of England", None, "apposition") in got, got
        assert any(p[0] == "Talmo Verrick" and p[1:3] == ("Prime Minister", "China")
                   for p in got), got

    @pytest.mark.parametrize(("text", "region", "cut"), [
        ("Former New Mexico governor Orvald Pintrey spoke on Monday.", "New Mexico", "Mexico"),
        ("New South Wales Premier Orvald Pintrey resigned on Monday.", "New South Wales", "Wales"),
    ])
    def test_a_place_cut_from_a_longer_name_holds_no_region_office(self, text, region, cut):
        """The region is named whole (region1: ISO 3166-2 before a region's office), never by
        the place or the country cut from it."""
        got = {p[2] for p in positions(text) if p[0] == "Orvald Pintrey"}
        assert got == {region}, got
        assert cut not in got and "United Kingdom" not in got, got

    @pytest.mark.parametrize(("text", "fact"), [
        ("Ontario Premier Orvald Pintrey said on Monday that the budget would balance.",
         ("Orvald Pintrey", "Premier", "Ontario", None, "attributive_title")),
        ("British Columbia Premier Orvald Pintrey defended the budget on Monday.",
         ("Orvald Pintrey", "Premier", "British Columbia", None, "attributive_title")),
        ("Sokoto State Governor Orvald Pintrey attended the ceremony on Monday.",
         ("Orvald Pintrey", "Governor", "Sokoto", None, "attributive_title")),
        ("West Bengal Chief Minister Orvald Pintrey criticised the decision on Monday.",
         ("Orvald Pintrey", "Chief Minister", "West Bengal", None, "attributive_title")),
        ("Northern Territory Chief Minister Orvald Pintrey met the envoys in Darwin on Monday.",
         ("Orvald Pintrey", "Chief Minister", "Northern Territory", None, "attributive_title")),
        ("Scotland's First Minister Orvald Pintrey called for a second vote on Monday.",
         ("Orvald Pintrey", "First Minister", "Scotland", None, "possessive_title")),
    ])
    def test_a_region_the_model_does_not_tag_holds_its_office(self, text, fact):
        """region1: the words right before a region's office that name a first-level
        subdivision (ISO 3166-2, pycountry) are that region, though the model tags them as
        nothing, a person ("Sokoto State") or a shorter name ("British"); "Chief Minister" and
        "First Minister" are regions' offices whole (titles.json region_offices)."""
        got = positions(text)
        assert fact in got, got

    def test_a_regions_office_is_no_countrys(self):
        got = positions("Indian Prime Minister Talmo Verrick met Chief Minister Orvald Pintrey "
                        "on Monday.")
        assert not any(p[0] == "Orvald Pintrey" for p in got), got

    @pytest.mark.parametrize(("text", "fact"), [
        ("There were several speakers at the rally, including First Minister of Scotland "
         "Orvald Pintrey, and the mayor.",
         ("Orvald Pintrey", "First Minister", "Scotland", None, "title_before_name")),
        ("First Minister of Wales Orvald Pintrey said on Monday the vote would go ahead.",
         ("Orvald Pintrey", "First Minister", "Wales", None, "title_before_name")),
    ])
    def test_a_regions_whole_office_takes_the_region_of_its_complement(self, text, fact):
        """lt1 (read batch lt): "First Minister of Scotland X" — the region in the complement
        of a region's whole office (titles.json region_offices) is its holder, as a
        governor's or a premier's is."""
        got = positions(text)
        assert fact in got, got

    @pytest.mark.parametrize("text", [
        # a story dated in the country, the region's office bare (news_gold mt4-ID72057)
        "LONDON, United Kingdom - First Minister Orvald Pintrey said on Monday the vote would "
        "go ahead.",
        "Orvald Pintrey, former Deputy Chief Minister of the state of Goa, India, died.",
    ])
    def test_a_regions_whole_office_takes_no_country_from_anywhere(self, text):
        """lo1: "Chief Minister" and "First Minister" (titles.json region_offices) are never
        held by a country, whatever rule gave it (the story's country, a complement)."""
        got = positions(text)
        assert not any(p[0] == "Orvald Pintrey" and p[2] in ("United Kingdom", "India")
                       for p in got), got


class TestAPartysShortNameHoldsItsOffice:
    """"Conservative leader X" where the document names "the Conservative Party": a party's
    short name before one of its offices is a mention of the party (data/patterns/
    org_names.json party_short_names, PARTY_SHORT_NAME, posit29), so the office is the
    party's.  With no party named whole it names no party.  Invented people and parties."""

    @pytest.mark.parametrize(("text", "fact"), [
        ("The Conservative Party won the vote on Sunday. Conservative leader Halvard Brenning "
         "said on Monday that taxes would fall.",
         ("Halvard Brenning", "Leader", "Conservative Party", None, "attributive_title")),
        # a demonym before the short name belongs to the party's whole name
        ("The Australian Harvest Party won the vote on Sunday. Harvest spokesman Halvard "
         "Brenning said on Monday that taxes would fall.",
         ("Halvard Brenning", "Spokesman", "Australian Harvest Party", None,
          "attributive_title")),
        # "Party of COUNTRY", and "former" before the short name still qualifies the title
        ("The Harvest Party of Canada won the vote on Sunday. Former Harvest leader Halvard "
         "Brenning said on Monday that taxes would fall.",
         ("Halvard Brenning", "Leader", "Harvest Party of Canada", "former",
          "attributive_title")),
        # a short name the title layer reads as a portfolio ("Labor Minister") is the party's
        ("The Australian Labor Party won the vote on Sunday. Labor leader Halvard Brenning "
         "said on Monday that taxes would fall.",
         ("Halvard Brenning", "Leader", "Australian Labor Party", None, "attributive_title")),
    ])
    def test_the_short_name_before_an_office_is_the_party_named_whole(self, text, fact):
        got = positions(text)
        assert fact in got, got

    def test_no_party_named_whole_makes_no_party_holder(self):
        got = positions("Conservative leader Halvard Brenning said on Monday that taxes would "
                        "fall.")
        assert not any("Party" in p[2] for p in got), got

    def test_the_short_name_before_no_office_is_no_mention(self):
        ex = pipeline.process(RawDocument(
            "t.txt", "t", "The Conservative Party won the vote on Sunday. Conservative voters "
            "chose Halvard Brenning on Monday.", "text/plain", published="2019-11-28"), Options())
        assert not any(m.source.endswith("PARTY_SHORT_NAME") for m in ex.mentions)

    def test_a_deputy_before_the_short_name_gives_no_leaders_office(self):
        got = positions("The Conservative Party won the vote on Sunday. Deputy Conservative "
                        "leader Halvard Brenning said on Monday that taxes would fall.")
        assert ("Halvard Brenning", "Leader", "Conservative Party", None,
                "attributive_title") not in got, got


class TestATitleAfterTheNameTakesTheStorysCountry:
    """posit30 (docs/evaluation.md "posit30"): a state's office written after the name, apposed
    ("X, the foreign minister, said") or as a copula's complement ("X, who is the prime
    minister"), with no holder of its own, takes the story's country on the terms of a bare
    title before the name (``apposition+story_country``, ``copula+story_country``); what follows
    the title, a party's office, or another country in the sentence keeps it unresolved.
    Sentences written for the test in the shape of the class (names invented)."""

    STORY = ("Arrests widen in Turkey over coup plot\n\nPolice in Turkey detained twenty more "
             "suspects on Monday in an inquiry into an alleged coup plot. ")

    @pytest.mark.parametrize(("sentence", "fact"), [
        ("Kemal Aydin, the foreign minister, said on Thursday that the inquiry would go on.",
         ("Kemal Aydin", "Foreign Minister", "Turkey", None, "apposition+story_country")),
        ("Kemal Aydin, Defence Minister, told reporters the army was loyal.",
         ("Kemal Aydin", "Defense Minister", "Turkey", None, "apposition+story_country")),
        ("The inquiry was welcomed by Kemal Aydin, who is the prime minister.",
         ("Kemal Aydin", "Prime Minister", "Turkey", None, "copula+story_country")),
    ])
    def test_the_storys_country_holds_a_title_after_the_name(self, sentence, fact):
        got = positions(self.STORY + sentence)
        assert fact in got, got

    @pytest.mark.parametrize("sentence", [
        # the title is a possessor: the person is its holder's adviser
        "Kemal Aydin, the prime minister's adviser, said the inquiry would go on.",
        # a party's office is no state's
        "Kemal Aydin, the party leader, said the inquiry would go on.",
        # another country as where it happens: a visit's scene, not the story's
        "Kemal Aydin, the foreign minister, said on Thursday in Greece that talks would go on.",
        # a body written right after the title holds it
        "Kemal Aydin, a vice president at Anatolia Steel, said the inquiry would go on.",
        # an indefinite article before a single holder's office: a kind of office
        "Kemal Aydin said on Thursday that a president must answer to the courts.",
        "Kemal Aydin, a president, said the inquiry would go on.",
        # a bracketed title after a name: a list's shape
        "Kemal Aydin (Prime Minister) and Orhan Dursun (Defence Minister) met on Thursday.",
        # "as" right after the name: a nomination's complement, not an office held
        "The cabinet proposed the nomination of Kemal Aydin as the new defence minister.",
    ])
    def test_no_story_country_where_the_words_say_otherwise(self, sentence):
        got = positions(self.STORY + sentence)
        assert not any(p[0] == "Kemal Aydin" and p[4].endswith("+story_country") for p in got), got

    def test_another_position_of_the_person_outranks_the_guess(self):
        got = positions(self.STORY + "Kemal Aydin, the foreign minister, said the inquiry would "
                                     "go on. Aydin is also Greece's ambassador to NATO.")
        assert not any(p[0] == "Kemal Aydin" and p[4].endswith("+story_country") for p in got), got


class TestTheSentencesSceneHoldsAStatesOffice:
    """"In <country>, Prime Minister X …", "… checks across <country>": a country in the
    locative frame a sentence opens on, or after a preposition of extent, is its scene, not a
    place someone is in or goes to (position_patterns.json scene_frame, posit31), so a state's
    bare office there is that country's (+frame_country, +extent_country).  Any other "in
    <country>" is still a place, and an office any body may have is not the scene's.
    Invented people."""

    @pytest.mark.parametrize(("text", "fact"), [
        ("Talks resume\n\nIn Moldova, Prime Minister Halvard Brenning announced that the "
         "troops would leave by March.",
         ("Halvard Brenning", "Prime Minister", "Moldova", None,
          "title_before_name+frame_country")),
        # a spokesperson of a state's own ministry speaks for the frame's state
        ("Talks resume\n\nIn Moldova, Foreign Ministry spokesman Halvard Brenning expressed "
         "concern over the vote.",
         ("Halvard Brenning", "Spokesman", "Moldova", None, "attributive_title+frame_country")),
        # a country after a preposition of extent is the land the sentence tells of
        ("Fire kills five\n\nInterior Minister Halvard Brenning ordered fire safety checks on "
         "escape rooms across Moldova.",
         ("Halvard Brenning", "Interior Minister", "Moldova", None,
          "title_before_name+extent_country")),
    ])
    def test_the_scene_country_holds_a_bare_state_office(self, text, fact):
        got = positions(text)
        assert fact in got, got

    def test_two_offices_in_one_scene_sentence_are_each_the_scenes(self):
        # the sentence's scenes are worked out once and read for each claim
        got = positions("Talks resume\n\nIn Moldova, Prime Minister Halvard Brenning and "
                        "Interior Minister Oskar Vellund announced that the troops would leave "
                        "by March.")
        assert {p[0]: p[4] for p in got} == {
            "Halvard Brenning": "title_before_name+frame_country",
            "Oskar Vellund": "title_before_name+frame_country"}, got

    @pytest.mark.parametrize("text", [
        # a country as where the person goes: a place
        "Talks resume\n\nPrime Minister Halvard Brenning arrived in Moldova on Tuesday for talks.",
        # the frame does not close on the country
        "Talks resume\n\nIn Moldova on Tuesday, Prime Minister Halvard Brenning met the press.",
        # an association's director, not the state's
        "Talks resume\n\nIn Moldova, Viticultorii Moldovei executive director Halvard Brenning "
        "said that the plan is unfair.",
    ])
    def test_no_frame_or_no_states_office_leaves_the_country_unclaimed(self, text):
        got = positions(text)
        assert not any(p[2] == "Moldova" for p in got), got


class TestACapitalisedPortfolioTheLexiconLacks:
    """"Canadian Public Safety Minister X": a run of capitalised words no mention covers, right
    before a portfolio head (data/titles.json portfolio_heads) or its known portfolio words,
    after a holder, a possessive or a lower-case word, is the portfolio (titles.py
    _capitalised_portfolio, posit33); before, the title was a bare "Minister" and no claim
    came.  Invented people."""

    @pytest.mark.parametrize(("text", "fact"), [
        ("Canadian Public Safety Minister Orvald Pintrey said on Monday that the border would "
         "stay open.",
         ("Orvald Pintrey", "Public Safety Minister", "Canada", None, "attributive_title")),
        ("The Indian Water Resources Minister Orvald Pintrey said on Monday that the dam would "
         "be built.",
         ("Orvald Pintrey", "Water Resources Minister", "India", None, "attributive_title")),
        # an unknown word before a known portfolio word ("Affairs") is part of the portfolio
        ("Australia's Indigenous Affairs Minister Orvald Pintrey said on Monday that taxes "
         "would fall.",
         ("Orvald Pintrey", "Indigenous Affairs Minister", "Australia", None,
          "possessive_title")),
        # a lower-case word before the run; the holder comes after the name
        ("The talks were attended by Public Safety Minister Orvald Pintrey of Canada on "
         "Monday.",
         ("Orvald Pintrey", "Public Safety Minister", "Canada", None, "title_name_of")),
        # a commissioner's portfolio, not only a minister's
        ("The EU Competition Commissioner Orvald Pintrey said on Monday that fines would "
         "rise.",
         ("Orvald Pintrey", "Competition Commissioner", "European Union", None,
          "attributive_title")),
    ])
    def test_the_capitalised_run_before_a_portfolio_head_is_the_portfolio(self, text, fact):
        got = positions(text)
        assert fact in got, got

    def test_a_run_after_and_is_no_portfolio(self):
        got = positions("Canada's Fisheries and Oceans Minister Orvald Pintrey said on Monday "
                        "that quotas would fall.")
        assert not any(p[1] == "Oceans Minister" for p in got), got

    def test_a_headlines_capitals_are_no_portfolio(self):
        got = positions("Storm Hits Coast As Minister Orvald Pintrey Visits Harbour\n\nThe "
                        "storm hit the coast of Canada on Monday.")
        assert not any(p[0] == "Orvald Pintrey" and p[1] != "Minister" for p in got), got


class TestTheOneSucceededHeldTheOfficeBefore:
    """"A succeeded/replaced B as X": B held X before A, whoever A is written as (a pronoun,
    a noun phrase): B's office is former (position_patterns.json ``predecessor_as``), not the
    current one copula reads in "B as X"; a pronoun the text resolves holds X
    (``pronoun_succeeded_as``, posit34).  A future or an infinitive ("will replace B as X")
    says B holds it now: no former claim.  Invented people."""

    def test_a_pronouns_predecessor_held_it_before_and_the_pronoun_holds_it(self):
        got = positions("Orvald Pintrey joined the Ghanaian civil service in 1975. In 1980 he "
                        "succeeded Ama Boatemaa as Minister of Finance of Ghana.")
        assert ("Ama Boatemaa", "Minister of Finance", "Ghana", None) not in \
            {p[:4] for p in got}, got
        assert any(p[:4] == ("Ama Boatemaa", "Minister of Finance", "Ghana", "former")
                   for p in got), got
        assert any(p[0] == "Orvald Pintrey" and p[1] == "Minister of Finance" and
                   p[4] == "pronoun_succeeded_as" for p in got), got

    def test_the_predecessor_of_an_unnamed_subject_held_it_before(self):
        got = positions("The report was published on Monday. In 1980 the economist succeeded "
                        "Ama Boatemaa as the Minister of Finance of Ghana and then Vice "
                        "President.")
        mine = {p[:4] for p in got if p[0] == "Ama Boatemaa"}
        assert mine == {("Ama Boatemaa", "Minister of Finance", "Ghana", "former")}, got

    def test_who_will_replace_the_holder_says_the_holder_holds_it_now(self):
        got = positions("Orvald Pintrey will replace Ama Boatemaa as Minister of Finance of "
                        "Ghana next month.")
        assert not any(p[0] == "Ama Boatemaa" and p[3] == "former" for p in got), got


class TestAStatesOwnEmbassyOrOfficeBeforeTheTitle:
    """A country written only as the start of its own embassy's, consulate's or office's name
    right before the title ("US Embassy spokesperson, X", "the British Foreign Office political
    director X"; position_patterns.json state_institutions after_a_state) holds the office, as
    a ministry's spokesman's state does: the sentence's country, cued
    ``+state_institution_name`` (posit35).  Such a noun with no state before it names none,
    and a longer name that is no state's institution (a party, a church) keeps the guard.
    Invented people and sentences."""

    def test_an_embassys_spokesperson_is_the_states(self):
        got = positions("US Embassy spokesperson, Jon Merrit, said on Monday that the soldier "
                        "would face an inquiry.")
        assert ("Jon Merrit", "Spokesperson", "United States", None,
                "title_before_name+state_institution_name") in got, got

    def test_an_embassys_possessive_before_a_lower_case_title(self):
        got = positions("The Chinese Embassy's press officer Wei Tanhong said the visit would "
                        "go ahead.")
        assert any(p[0] == "Wei Tanhong" and p[2] == "China" and
                   p[4].endswith("+state_institution_name") for p in got), got

    def test_a_foreign_offices_director_is_the_states(self):
        got = positions("The Kenyan Foreign Office political director Amos Wekesa said the "
                        "talks had failed.")
        assert any(p[0] == "Amos Wekesa" and p[2] == "Kenya" for p in got), got

    def test_a_states_embassy_elsewhere_in_the_sentence_holds_no_title(self):
        got = positions("Papers from the Kenyan Embassy in Ruritania show that officials knew "
                        "of the raids during the rule of President Amos Wekesa.")
        assert not any(p[0] == "Amos Wekesa" and p[2] == "Kenya" for p in got), got

    def test_an_embassy_with_no_state_takes_no_country_of_the_sentence(self):
        got = positions("Embassy spokesman Jon Merrit said the visit to Iraq would go ahead.")
        assert not any(p[0] == "Jon Merrit" and p[2] == "Iraq" for p in got), got

    def test_a_partys_name_after_the_country_keeps_the_guard(self):
        got = positions("Kenyan Greens Leader Amos Wekesa said the deal had failed.")
        assert not any(p[0] == "Amos Wekesa" and p[2] == "Kenya" for p in got), got

    def test_a_churchs_name_after_the_country_keeps_the_guard(self):
        got = positions("A Russian Orthodox Church spokesman Ivan Dorin said the talks would "
                        "resume.")
        assert not any(p[0] == "Ivan Dorin" and p[2] == "Russia" for p in got), got


class TestAPortfoliosMinisterTakesTheStorysCountry:
    """issue 13, posit36: a minister of a portfolio the knowledge data does not list, written
    before the name in a sentence that names no country ("Emergencies Minister X", "Environment
    Secretary Y"), is a state's office: the story's country holds it on the terms of a listed
    one (position_patterns.json story_country portfolio_offices,
    ``title_before_name+portfolio_office+story_country``); a rank or a kind of secretary before
    the head ("Chief Minister", "Cabinet Secretary") and a shadow cabinet's title are no such
    office.  Invented people and text."""

    STORY = ("Floods cause havoc across Norway\n\nHeavy rain flooded dozens of towns in Norway on "
             "Monday, and thousands of people left their homes. The damage was unprecedented, "
             "{title} Orvald Pintrey said on Tuesday.")

    @pytest.mark.parametrize("title", ["Emergencies Minister", "Culture Secretary",
                                       "Water Resources Minister"])
    def test_a_portfolios_minister_takes_the_headlines_country(self, title):
        got = positions(self.STORY.format(title=title))
        assert ("Orvald Pintrey", title, "Norway", None,
                "title_before_name+portfolio_office+story_country") in got, got

    @pytest.mark.parametrize("title", ["Chief Minister", "Cabinet Secretary",
                                       "Shadow Emergencies Minister"])
    def test_a_rank_or_a_shadow_cabinet_takes_no_story_country(self, title):
        got = positions(self.STORY.format(title=title))
        assert not any(p[0] == "Orvald Pintrey" and p[2] == "Norway" for p in got), got

    def test_a_headline_of_two_countries_gives_a_portfolio_no_holder(self):
        got = positions("Norway and Sweden argue over fishing quotas\n\nTalks between Norway and "
                        "Sweden broke down on Monday. The damage was unprecedented, Emergencies "
                        "Minister Orvald Pintrey said on Tuesday.")
        assert not any(p[0] == "Orvald Pintrey" and p[4].endswith("+story_country")
                       for p in got), got


class TestARegionsAdjectiveKeepsTheStorysCountryOut:
    """issue 13, posit39: a region's or a people's adjective among a portfolio's words
    ("Flemish Minister X", "Catalan Culture Minister Y") makes the office the region's: the
    story's country does not hold it (position_patterns.json story_country portfolio_offices
    region_words, spaCy NORP); a country's demonym or a plain portfolio keeps the story's.
    Invented people and text."""

    STORY = ("Floods cause havoc across Belgium\n\nHeavy rain flooded dozens of towns in Belgium "
             "on Monday, and thousands of people left their homes. The damage was unprecedented, "
             "{title} Orvald Pintrey said on Tuesday.")

    @pytest.mark.parametrize("title", ["Flemish Minister", "Walloon Minister",
                                       "Flemish Emergencies Minister"])
    def test_a_regions_adjective_takes_no_story_country(self, title):
        got = positions(self.STORY.format(title=title))
        assert not any(p[0] == "Orvald Pintrey" and p[2] == "Belgium" for p in got), got

    def test_a_plain_portfolio_still_takes_the_storys_country(self):
        got = positions(self.STORY.format(title="Emergencies Minister"))
        assert ("Orvald Pintrey", "Emergencies Minister", "Belgium", None,
                "title_before_name+portfolio_office+story_country") in got, got


class TestAStatusAdjectiveOpeningTheSentenceIsNoNameWord:
    """issue 13, posit38: a status adjective capitalised only because it opens a sentence
    ("Incumbent President X", "Outgoing Prime Minister Y", "Incumbent Z"; data/titles.json
    status_adjectives) qualifies the title or the name after it: it is no name word that would
    hold the title elsewhere, the person's name does not carry it, and it gives no qualifier
    (the office is held at the time told).  Invented people and text."""

    STORY = ("Norway holds a general election\n\nVoters in Norway went to the polls on Sunday. "
             "{opening} Orvald Pintrey said he would accept the result.")

    @pytest.mark.parametrize("word", ["Incumbent", "Embattled", "Current"])
    def test_a_status_adjective_before_the_title_leaves_it_the_storys(self, word):
        got = positions(self.STORY.format(opening=f"{word} President"))
        assert ("Orvald Pintrey", "President", "Norway", None,
                "title_before_name+story_country") in got, got

    def test_outgoing_keeps_the_office_held_now_and_its_end(self):
        got = positions(self.STORY.format(opening="Outgoing President"))
        assert ("Orvald Pintrey", "President", "Norway", None,
                "title_before_name+story_country") in got, got

    def test_a_qualifier_keeps_its_meaning_at_the_opening(self):
        got = positions(self.STORY.format(opening="Former President"))
        assert ("Orvald Pintrey", "President", "Norway", "former",
                "title_before_name+story_country") in got, got

    def test_the_name_after_a_status_adjective_does_not_carry_it(self):
        ex = pipeline.process(RawDocument("t.txt", "t", self.STORY.format(opening="Incumbent"),
                                          "text/plain", published="2019-11-28"), Options())
        people = {e.name for e in ex.entities if e.kind == "person"}
        assert "Orvald Pintrey" in people and not any("Incumbent" in p for p in people), people

    def test_a_name_word_before_the_title_still_holds_it_elsewhere(self):
        got = positions(self.STORY.format(opening="Ruritania President"))
        assert not any(p[0] == "Orvald Pintrey" and p[2] == "Norway" for p in got), got


class TestACapitalisedPortfolioOpensTheSentence:
    """issue 13, posit37: a portfolio no data lists, capitalised before a minister's head, is
    the title's after a sentence's opening word ("The", "But"), a qualifier, a clause's comma or
    a quote closed before it ('"...," Agrarian Reform Minister X said'), as it is after a
    lower-case word; a headline's capitals and a sentence's first word, whose capital tells
    nothing ("Current"), stay out.  Invented people and text."""

    STORY = ("Floods cause havoc across Norway\n\nHeavy rain flooded dozens of towns in Norway on "
             "Monday, and thousands of people left their homes. {sentence}")

    @pytest.mark.parametrize(("sentence", "title"), [
        ("The Land Reform Minister Orvald Pintrey said the damage was great.",
         "Land Reform Minister"),
        ('"The damage was unprecedented," Workplace Relations Minister Orvald Pintrey said.',
         "Workplace Relations Minister"),
        ("The damage was unprecedented, Agrarian Reform Minister Orvald Pintrey said.",
         "Agrarian Reform Minister"),
        ('"The search is over," Deputy Emergency Situations Minister Orvald Pintrey said.',
         "Deputy Emergency Situations Minister"),
        ("But Agrarian Reform Minister Orvald Pintrey said the damage was small.",
         "Agrarian Reform Minister"),
    ])
    def test_the_portfolio_stays_in_the_title(self, sentence, title):
        got = positions(self.STORY.format(sentence=sentence))
        assert ("Orvald Pintrey", title, "Norway", None,
                "title_before_name+portfolio_office+story_country") in got, got

    def test_a_sentences_opening_word_stays_out_of_the_title(self):
        got = positions(self.STORY.format(
            sentence="Meanwhile Agrarian Reform Minister Orvald Pintrey said the damage was great."))
        roles = {p[1] for p in got if p[0] == "Orvald Pintrey"}
        assert roles == {"Agrarian Reform Minister"}, got

    def test_a_headlines_capitals_make_no_portfolio(self):
        got = positions("Storm Hits Agrarian Reform Minister Orvald Pintrey's Farm\n\nA storm "
                        "damaged a farm in Norway on Monday.")
        assert not any(p[1].startswith("Hits") or p[1].startswith("Storm") for p in got), got

    @pytest.mark.parametrize("word", ["Current", "Temporary", "Federal"])
    def test_a_sentence_initial_adjective_of_the_holder_stays_out(self, word):
        got = positions(self.STORY.format(
            sentence=f"{word} Interior Minister Orvald Pintrey said the damage was great."))
        roles = {p[1] for p in got if p[0] == "Orvald Pintrey"}
        assert roles and not any(r.startswith(word) for r in roles), got


class TestARegionalGovernmentStoryKeepsTheCountryFromAPortfolio:
    """issue 13, posit41: a headline or lede that places the story in a sub-national
    government ("Saskatchewan's cabinet", "the Tasmania government"; position_patterns.json
    regional_story: a first-level subdivision of the story's country or a region word before
    or after a governing word) makes a portfolio's minister written with no place the region's
    as likely as the state's: the story's country does not hold it.  A Prime Minister stays
    the state's, and a story naming the region with no government keeps the portfolio's
    holder.  Invented people and text."""

    STORY = ("{headline}\n\n{lede} The budget of Canada follows a trade deal with Japan. "
             "Finance Minister Orvald Pintrey said the plan was sound. "
             "Prime Minister Jelmer Ostrava said he would help.")

    @pytest.mark.parametrize(("headline", "lede"), [
        ("Canadian MLA joins Saskatchewan's New Democrat cabinet",
         "A member for Regina joined the cabinet of Canada's prairie province on Monday."),
        ("Canada: budget row deepens",
         "The Saskatchewan government put its budget to a vote on Monday."),
        ("Canada: budget row deepens",
         "The Premier of Saskatchewan put the budget to a vote on Monday."),
    ])
    def test_a_regional_government_takes_no_story_country_for_a_portfolio(self, headline, lede):
        got = positions(self.STORY.format(headline=headline, lede=lede))
        assert not any(p[0] == "Orvald Pintrey" and p[2] == "Canada" for p in got), got
        assert any(p[0] == "Jelmer Ostrava" and p[1] == "Prime Minister" and p[2] == "Canada"
                   for p in got), got

    @pytest.mark.parametrize(("headline", "lede"), [
        ("Canada: budget row deepens",
         "Floods in Saskatchewan closed roads across the country on Monday."),
        ("Canada: budget row deepens",
         "The federal government put its budget to a vote on Monday."),
        ("Canada: budget row deepens",
         "Former Saskatchewan premier Jelmer Ostrava opposed the budget on Monday."),
    ])
    def test_a_region_with_no_government_keeps_the_storys_country(self, headline, lede):
        got = positions(self.STORY.format(headline=headline, lede=lede))
        assert any(p[0] == "Orvald Pintrey" and p[1] == "Finance Minister" and p[2] == "Canada"
                   for p in got), got

    def test_a_capitals_government_is_the_states(self):
        story = ("Sudan: budget row deepens\n\nThe Khartoum government put its budget to a vote "
                 "on Monday. The budget of Sudan follows a trade deal with Egypt. "
                 "Finance Minister Orvald Pintrey said the plan was sound.")
        got = positions(story)
        assert any(p[0] == "Orvald Pintrey" and p[1] == "Finance Minister" and p[2] == "Sudan"
                   for p in got), got


class TestAPortfolioOpensTheSentenceOrFollowsFor:
    """issue 13, posit40: a portfolio whose own noun opens the sentence ("Workplace Relations
    Minister X said") is the title's whole, as after a function word; a sentence-initial
    adjective ("Current"), a state's form ("Federal"), a status word ("Outgoing") or a party's
    word before a bare head ("Liberal Minister") stays out.  A cabinet office's bare "for"
    complement ("Minister for Family and Community Services") is its portfolio, never a body
    that holds it.  Invented people and text."""

    STORY = TestACapitalisedPortfolioOpensTheSentence.STORY

    @pytest.mark.parametrize(("sentence", "title"), [
        ("Workplace Relations Minister Orvald Pintrey said the damage was great.",
         "Workplace Relations Minister"),
        ("Indigenous Affairs Minister Orvald Pintrey said the damage was great.",
         "Indigenous Affairs Minister"),
        ("Veterans Affairs Secretary Orvald Pintrey said the damage was great.",
         "Veterans Affairs Secretary"),
    ])
    def test_the_sentences_first_word_stays_in_the_portfolio(self, sentence, title):
        got = positions(self.STORY.format(sentence=sentence))
        assert ("Orvald Pintrey", title, "Norway", None,
                "title_before_name+portfolio_office+story_country") in got, got

    @pytest.mark.parametrize("sentence", [
        "Current Interior Minister Orvald Pintrey said the damage was great.",
        "Conservative Interior Minister Orvald Pintrey said the damage was great.",
        "Federal Justice Minister Orvald Pintrey said the damage was great.",
        "Outgoing Health Minister Orvald Pintrey said the damage was great.",
        "Liberal Minister Orvald Pintrey announced new funds.",
    ])
    def test_an_opening_adjective_or_partys_word_stays_out(self, sentence):
        word = sentence.split()[0]
        got = positions(self.STORY.format(sentence=sentence))
        assert not any(p[1].startswith(word) for p in got if p[0] == "Orvald Pintrey"), got

    @pytest.mark.parametrize(("sentence", "portfolio"), [
        ("Orvald Pintrey, Shadow Minister for Family and Community Services, said the damage "
         "was great.", "Family and Community Services"),
        ("Orvald Pintrey, Minister for Multicultural Affairs and Citizenship, said the damage "
         "was great.", "Citizenship"),
    ])
    def test_a_bare_for_complement_holds_no_title(self, sentence, portfolio):
        got = positions(self.STORY.format(sentence=sentence))
        assert not any(p[0] == "Orvald Pintrey" and p[2] in (portfolio, "Multicultural Affairs")
                       for p in got), got

    def test_the_portfolio_after_for_stays_in_a_states_title(self):
        got = positions(self.STORY.format(
            sentence="The Norwegian Minister for Transport and Regional Services, Orvald "
                     "Pintrey, said the damage was great."))
        assert ("Orvald Pintrey", "Minister for Transport and Regional Services", "Norway", None,
                "attributive_title") in got, got

    def test_a_body_named_with_an_organisation_noun_still_holds_it(self):
        got = positions(self.STORY.format(
            sentence="Orvald Pintrey, Minister for Sport and Recreation Union, said the damage "
                     "was great."))
        assert ("Orvald Pintrey", "Minister", "Sport and Recreation Union", None,
                "apposition") in got, got

    def test_the_walk_back_to_for_stops_at_a_persons_name(self):
        got = positions(self.STORY.format(
            sentence="Secretary of State Orvald Pintrey and Homeland Security Director Marek "
                     "Tolvane will meet with their Mexican counterparts."))
        assert ("Marek Tolvane", "Director", "Homeland Security", None,
                "attributive_title") in got, got


class TestAPortfolioTitlesEdges:
    """issue 13, posit42: the edges of a portfolio title.  A rank or style between a for/of
    complement and the name is the person's, not the title's ("Minister for Justice and
    Customs Senator X"); a compass word and a demonym that together name a subdivision
    ("Western Australian") are the region's, not the country's.  Invented people and text."""

    STORY = ("Floods worsen in Australia\n\nFloods in Australia displaced thousands on Monday, "
             "officials in Australia said. {sentence}")

    def test_a_rank_between_the_portfolio_and_the_name_is_the_persons(self):
        got = positions(self.STORY.format(
            sentence="Australian Minister for Justice and Customs Senator Orvald Pintrey said "
                     "the damage was great."))
        assert ("Orvald Pintrey", "Minister for Justice and Customs", "Australia", None,
                "attributive_title") in got, got

    def test_a_generals_rank_after_the_portfolio_stays_out(self):
        got = positions(self.STORY.format(
            sentence="Australia's Minister of Defence General Orvald Pintrey said the damage "
                     "was great."))
        assert ("Orvald Pintrey", "Minister of Defence", "Australia", None,
                "possessive_title") in got, got

    @pytest.mark.parametrize("sentence", [
        "Western Australian Energy Minister Orvald Pintrey said the damage was great.",
        "Northern Irish First Minister Orvald Pintrey said the damage was great.",
    ])
    def test_a_regional_compound_demonym_gives_no_country(self, sentence):
        got = positions(self.STORY.format(sentence=sentence))
        assert not any(p[0] == "Orvald Pintrey" and p[2] in ("Australia", "Ireland")
                       for p in got), got

    @pytest.mark.parametrize(("sentence", "region"), [
        ("South Australian Premier Orvald Pintrey said the damage was great.", "South Australia"),
        # posit28 asked only that the cut "Australian" hold no Premier: the whole region does
        ("Western Australian Premier Orvald Pintrey resigned on Monday.", "Western Australia"),
    ])
    def test_a_regional_compound_demonym_holds_a_premiers_office(self, sentence, region):
        got = positions(self.STORY.format(sentence=sentence))
        assert ("Orvald Pintrey", "Premier", region, None, "attributive_title") in got, got
        assert not any(p[0] == "Orvald Pintrey" and p[2] == "Australia" for p in got), got

    @pytest.mark.parametrize(("sentence", "country"), [
        ("South African Defence Minister Orvald Pintrey said the damage was great.",
         "South Africa"),
        ("Australian Energy Minister Orvald Pintrey said the damage was great.", "Australia"),
    ])
    def test_a_countrys_own_compound_or_bare_demonym_keeps_it(self, sentence, country):
        got = positions(self.STORY.format(sentence=sentence))
        assert any(p[0] == "Orvald Pintrey" and p[2] == country for p in got), got


class TestAVerbOfLeavingBeforeAsNamesTheOfficeHeld:
    """issue 13, posit44: a verb of leaving a term, then "as" and the office, after the name
    (left_office_as): the person held it, former when the verb is finite ("resigned as"), held
    still when it is a base form ("will step down as"); with no holder written the story's
    country holds it as it holds an apposed title; an "as" before a title after the name is
    the pattern's own, so a copula's "serves as" takes the story's country too.  Invented
    people and text."""

    STORY = ("Ghana reshuffles its cabinet\n\nGhana's cabinet was reshuffled on Monday, "
             "officials in Ghana said. {sentence}")

    @pytest.mark.parametrize(("sentence", "fact"), [
        ("Kwabena Ofori-Mensah resigned as Ghana's finance minister on Tuesday.",
         ("Kwabena Ofori-Mensah", "Finance Minister", "Ghana", "former", "left_office_as")),
        ("Kwabena Ofori-Mensah will step down as Secretary General of the CSTO next year.",
         ("Kwabena Ofori-Mensah", "Secretary General", "Collective Security Treaty Organization",
          None, "left_office_as")),
        ("Kwabena Ofori-Mensah, who stepped down as foreign minister, said the change was overdue.",
         ("Kwabena Ofori-Mensah", "Foreign Minister", "Ghana", "former",
          "left_office_as+story_country")),
        ("Kwabena Ofori-Mensah, who serves as foreign minister, said the change was overdue.",
         ("Kwabena Ofori-Mensah", "Foreign Minister", "Ghana", None, "copula+story_country")),
    ])
    def test_the_office_left_or_served_is_claimed(self, sentence, fact):
        got = positions(self.STORY.format(sentence=sentence))
        assert fact in got, got

    @pytest.mark.parametrize("sentence", [
        "Kwabena Ofori-Mensah has not resigned as foreign minister.",
        "Kwabena Ofori-Mensah refused to step down as foreign minister.",
    ])
    def test_a_negated_or_refused_leaving_claims_nothing(self, sentence):
        got = positions(self.STORY.format(sentence=sentence))
        assert not any(p[0] == "Kwabena Ofori-Mensah" and p[4].startswith("left_office_as")
                       for p in got), got


class TestAStatesOfficeTakesThePreviousSentencesSubject:
    """issue 13, posit43: a state's office before a name, in a sentence that names no country,
    place or organisation, right after a sentence whose main clause has one country as its
    subject, itself or before a noun of the state's own people ("the Norwegian government"), is
    that country's (``title_before_name+previous_subject``), where the story's
    country is refused (a headline naming two countries, coordinated).  A subject coordinated
    with another, a people's noun for a subject, or a body in the name's sentence, and the
    holder is not stated.  Invented people and text."""

    STORY = ("Britain, Norway suspend referendums on treaty\n\nBritain will not vote on the "
             "treaty, its foreign secretary said on Monday. A poll in Britain shows most would "
             "vote no. {before} Prime Minister Orvald Pintrey said that the vote was impossible "
             "{after}.")

    def test_the_country_the_sentence_before_has_as_subject_holds_the_office(self):
        got = positions(self.STORY.format(
            before="Following the decision, Norway also suspended its referendum.",
            after="at this moment"))
        assert ("Orvald Pintrey", "Prime Minister", "Norway", None,
                "title_before_name+previous_subject") in got, got

    def test_a_states_own_group_as_subject_gives_its_country(self):
        got = positions(self.STORY.format(
            before="Following the decision, the Norwegian government also suspended its "
                   "referendum.", after="at this moment"))
        assert ("Orvald Pintrey", "Prime Minister", "Norway", None,
                "title_before_name+previous_subject") in got, got

    @pytest.mark.parametrize(("before", "after"), [
        ("Following the decision, Norway and Denmark also suspended their referendums.",
         "at this moment"),
        ("Following the decision, Norwegian voters also rejected the referendum.",
         "at this moment"),
        ("Following the decision, Norway also suspended its referendum.",
         "without a word from the European Union"),
    ])
    def test_a_shared_subject_a_peoples_noun_or_a_body_gives_none(self, before, after):
        got = positions(self.STORY.format(before=before, after=after))
        assert not any(p[0] == "Orvald Pintrey" and p[4].endswith("+previous_subject")
                       for p in got), got


class TestABodysShortNameInATitleIsTheBodyNamedInFull:
    """issue 13, posit46: a title whose complement names a body by its capitalised words alone
    ("President of the Commission", "Speaker of the House"), a body nobody resolved there, is
    held in the one organization or body the text names before it with all those words
    (``+body_in_full``), the title being the words before the complement.  Two such bodies,
    or a short name that is the possessive of another noun, and the holder is not stated.
    Invented people and text."""

    STORY = ("Brussels proposes new rules\n\n{before} on Monday. {sentence}")

    @pytest.mark.parametrize(("before", "sentence", "fact"), [
        ("The European Commission proposed new trade rules",
         "Kofi Mensah, President of the Commission, said the rules were overdue.",
         ("Kofi Mensah", "President", "European Commission", None, "apposition+body_in_full")),
        ("The European Commission proposed new trade rules",
         "President of the Commission Kofi Mensah said the rules were overdue.",
         ("Kofi Mensah", "President", "European Commission", None,
          "title_before_name+body_in_full")),
    ])
    def test_the_body_named_before_in_full_holds_the_office(self, before, sentence, fact):
        got = positions(self.STORY.format(before=before, sentence=sentence))
        assert fact in got, got

    @pytest.mark.parametrize(("before", "sentence"), [
        ("The European Commission proposed new trade rules",
         "Kofi Mensah, the head of the Commission's delegation, said the rules were overdue."),
        ("The European Commission and the African Union Commission proposed new trade rules",
         "Kofi Mensah, President of the Commission, said the rules were overdue."),
    ])
    def test_a_possessive_or_two_bodies_give_no_holder(self, before, sentence):
        got = positions(self.STORY.format(before=before, sentence=sentence))
        assert not any(p[0] == "Kofi Mensah" and p[4].endswith("+body_in_full") for p in got), got


class TestAUnionsAdjectiveBeforeItsExecutivesOfficeHoldsIt:
    """issue 13, posit48: an adjective naming a union, written right before the office head of
    that union's executive ("the European Commissioner for Enlargement"), names the title's
    holder, the union (``+union_adjective``, position_patterns.json union_adjective), and leaves
    the title without it ("Commissioner for Enlargement", as tests/fixtures/news_gold's README
    folds it).  Not a portfolio of a state: no claim took a holder from it before.  Invented
    people and text."""

    STORY = "EU weighs new members\n\nThe European Union met in Brussels on Monday. {sentence}"

    @pytest.mark.parametrize(("sentence", "fact"), [
        ("Kofi Mensah, the European Commissioner for Enlargement, said the talks were over.",
         ("Kofi Mensah", "Commissioner for Enlargement", "European Union", None,
          "apposition+union_adjective")),
        ("The European Commissioner for trade, Kofi Mensah, said the talks were over.",
         ("Kofi Mensah", "Commissioner for Trade", "European Union", None,
          "title_before_name+union_adjective")),
    ])
    def test_the_union_holds_the_commissioners_office(self, sentence, fact):
        got = positions(self.STORY.format(sentence=sentence))
        assert fact in got, got

    def test_the_union_is_its_key_where_the_text_does_not_name_it(self):
        got = positions("Talks end\n\nKofi Mensah, the European Commissioner for Enlargement, "
                        "said on Monday that the talks were over.")
        assert ("Kofi Mensah", "Commissioner for Enlargement", "org:eu", None,
                "apposition+union_adjective") in got, got

    def test_a_lower_case_adjective_or_another_head_names_no_union(self):
        got = positions(self.STORY.format(
            sentence="Kofi Mensah, the European Affairs Minister of Ghana, said the talks "
                     "were over."))
        assert not any(p[4].endswith("+union_adjective") for p in got), got


class TestABareTitleThatIsOneCountrysOffice:
    """issue 13, posit48: a title that, written bare before a name, names one country's office
    in English news ("Secretary of State Condoleezza Rice arrived in Beijing": the United
    States), where no holder is written and the bare-title rules find none, takes that country
    (``+national_office``, position_patterns.json national_office).  A state's own office
    ("Ohio Secretary of State"), a portfolio ("Secretary of State for Defence") or a holder
    written before it ("Vatican Secretary of State") is left to the other rules.  Invented
    people and text."""

    def test_the_country_holds_the_bare_title(self):
        got = positions("Talks resume\n\nThe meeting in Geneva included Assistant Secretary "
                        "of State Kofi Mensah. He pledged more aid, an offer also made by "
                        "Secretary of State Ama Boateng last week, during her tour of Asia.")
        assert ("Kofi Mensah", "Assistant Secretary of State", "country:USA", None,
                "title_before_name+national_office") in got, got
        assert ("Ama Boateng", "Secretary of State", "country:USA", None,
                "title_before_name+national_office") in got, got

    def test_a_states_or_a_portfolios_secretary_is_not_the_countrys(self):
        got = positions("Vote counted\n\nOhio Secretary of State Kofi Mensah said the count "
                        "was over. Secretary of State for Defence Ama Boateng agreed.")
        assert not any(p[4].endswith("+national_office") for p in got), got


class TestATitleWrittenWithAnAmpersandIsSpelledWithAnd:
    """issue 13, posit50 (class P8 of news_gold facts batch 4): a title written with "&" ("the
    European Commissioner for Development & Humanitarian Aid") is named with "and", as
    tests/fixtures/news_gold/README.md writes role words (data/title_variants.json
    word_spellings).  Only the title's name changes: who holds it and by which pattern do not.
    Invented people and text."""

    def test_the_ampersand_of_a_title_is_and(self):
        assert normalise(["Commissioner", "for", "Development", "&", "Humanitarian", "Aid"]) == \
            "Commissioner for Development and Humanitarian Aid"

    def test_the_claim_names_the_title_with_and(self):
        got = positions("Aid talks end\n\nThe European Union met in Brussels on Monday. Kofi "
                        "Mensah, the European Commissioner for Development & Humanitarian Aid, "
                        "said the talks were over.")
        assert ("Kofi Mensah", "Commissioner for Development and Humanitarian Aid",
                "European Union", None, "apposition+union_adjective") in got, got
        assert not any("&" in p[1] for p in got), got

    def test_the_spelling_loads_with_its_source(self):
        from blocwatch.knowledge import load_json
        spellings = load_json("title_variants.json")["word_spellings"]
        assert spellings["&"] == "and" and "news_gold" in spellings["_about"]


class TestAWhereClauseOnACountryHoldsTheBareTitle:
    """issue 13, posit51 (the "title before the name, no holder" class of news_gold meetings
    batch 4): a bare title before a name whose clause is a "where" relative clause on a country,
    or on a noun placed "in" a country, is that country's office
    (position_patterns.json where_country).  A place that is no country gives nothing.
    Invented people and text."""

    def test_a_where_clause_on_the_country(self):
        got = positions("Stampede kills 51\n\nA stampede in a stadium in Yemen, where President "
                        "Kofi Mensah was holding a pre-election rally, killed at least 51 people.")
        assert ("Kofi Mensah", "President", "Yemen", None,
                "title_before_name+where_country") in got, got

    def test_a_where_clause_on_a_noun_placed_in_the_country(self):
        got = positions("Senators warn\n\nSome senators who do not belong to the Brazilian ruling "
                        "party warned of a scenario like the one in Venezuela where the President "
                        "Kofi Mensah concentrated all political power on his hands.")
        assert ("Kofi Mensah", "President", "Venezuela", None,
                "title_before_name+where_country") in got, got

    def test_a_place_that_is_no_country_gives_no_holder(self):
        got = positions("Talks\n\nHis trip follows up November's conference in Annapolis, Maryland "
                        "where Prime Minister Kofi Mensah and President Abel Tamba agreed to begin "
                        "regular talks.")
        assert not any(p[4].endswith("+where_country") for p in got), got

    def test_the_pattern_loads_with_its_source(self):
        from blocwatch.knowledge import position_patterns
        conf = position_patterns()["where_country"]
        assert conf["adverbs"] == ["where"] and "posit51" in conf["_about"]


class TestANamedOwnersCommitteeOrDelegationHoldsItsOffice:
    """issue 13, posit52 (class P3 of "Facts batch 4", the possessive shape): an apposed title
    whose of/for complement names a committee or a delegation as a named owner's possessive is
    the sub-body's office, named as written with its owner (data/patterns/org_names.json
    office_sub_bodies; the gold convention of news_gold ID111629 and ID7623).  An owner with no
    name ("its delegation") gives no sub-body.  Invented people and text."""

    def test_a_parliaments_committee_holds_its_chair(self):
        got = positions("Talks\n\nKofi Mensah, chair of the Ghanaian parliament's foreign affairs "
                        "committee, told reporters the plan was late.")
        assert ("Kofi Mensah", "Chair", "Ghanaian parliament's foreign affairs committee", None,
                "apposition+office_sub_body") in got, got

    def test_an_organisations_delegation_holds_its_head(self):
        got = positions("Visit\n\nThe minister met Abel Tamba, the head of the European "
                        "Commission's Delegation to Accra, on Monday.")
        assert ("Abel Tamba", "Head", "European Commission's Delegation", None,
                "apposition+office_sub_body") in got, got

    def test_an_owner_with_no_name_gives_no_sub_body(self):
        got = positions("Visit\n\nAbel Tamba, the head of its delegation, said the talks went well.")
        assert not any(p[4].endswith("+office_sub_body") for p in got), got

    def test_a_states_delegation_stays_the_states(self):
        got = positions("Talks\n\nKofi Mensah, the head of North Korea's delegation, told reporters "
                        "the talks went well.")
        assert not any(p[4].endswith("+office_sub_body") for p in got), got

    def test_the_sub_body_is_a_mention_of_its_own_beside_its_owner(self):
        ex = pipeline.process(RawDocument(
            "t.txt", "t", "Talks\n\nKofi Mensah, chair of the Russian parliament's security "
            "committee, spoke.", "text/plain", published="2019-11-28"), Options())
        sub = [m for m in ex.mentions if m.source == "org_names:OFFICE_SUB_BODY"]
        assert [(m.text, m.name) for m in sub] == [
            ("security committee", "Russian parliament's security committee")]
        assert any(m.key == "country:RUS" for m in ex.mentions)  # the owner's country stays
        entity = next(e for e in ex.entities if sub[0].name == e.name)
        assert "security committee" not in entity.aliases  # no bare sub-body word as a name

    def test_the_pattern_loads_with_its_source(self):
        from blocwatch.knowledge import load_json
        conf = load_json("patterns/org_names.json")["office_sub_bodies"]
        assert set(conf["sub_bodies"]) >= {"committee", "delegation"} and "posit52" in conf["_about"]
        assert list(conf["patterns"]) == ["OFFICE_SUB_BODY"]


class TestASecondTitleInAnAppositionIsThePersonsSecondOffice:
    """issue 13, posit53 (class P4 of news_gold facts batch 4, a person's second office): the
    second of two titles apposed to a name and joined by "and" with its own article ("Ivo
    Sanader, the current Prime Minister of Croatia and the leader of HDZ") is the person's
    second office, held where its own complement says (position_patterns.json
    apposition_second_title); one with no holder of its own gives nothing, and the first title
    stays the apposition's.  Invented people and text."""

    def test_the_second_title_is_claimed_with_its_own_holder(self):
        got = positions("Vote counted\n\nThe ruling party won 15 counties. Kofi Mensah, the "
                        "current Prime Minister of Ghana and the leader of the New Patriotic "
                        "Party, said on Monday that the party had won.")
        assert ("Kofi Mensah", "Leader", "New Patriotic Party", None,
                "apposition_second_title") in got, got
        assert ("Kofi Mensah", "Prime Minister", "Ghana", None, "apposition") in got, got

    def test_a_second_title_with_no_holder_of_its_own_gives_nothing(self):
        got = positions("Talks end\n\nKofi Mensah, the Foreign Minister of Ghana and the head "
                        "of the delegation, said on Monday that the talks were over.")
        assert ("Kofi Mensah", "Foreign Minister", "Ghana", None, "apposition") in got, got
        assert not any(p[4] == "apposition_second_title" for p in got), got

    def test_the_pattern_loads_with_its_source(self):
        names = [p["name"] for p in position_patterns()["patterns"]]
        assert "apposition_second_title" in names
        second = next(p for p in position_patterns()["patterns"]
                      if p["name"] == "apposition_second_title")
        assert "posit53" in second["example"]


class TestATitleIsDatedByThePastEventItsSentenceTells:
    """issue 13, posit54 (class P1 of news_gold facts batch 5, and P9 of batch 4 its opposite):
    a title in a past complement clause with no time of its own takes the calendar date of the
    past verb governing it ("In October 2002, sources stated that during a visit by … X, …
    admitted" → 2002-10); a title in a future clause takes no date from it (a weekday there is
    a day to come, never the one before publication); a bare year dates no title
    (position_patterns.json clause_date).  Invented people and text."""

    @staticmethod
    def dated(text: str, published: str) -> dict[str, tuple[str | None, str]]:
        ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain", published=published),
                              Options())
        ents = {e.local_id: e.name for e in ex.entities}
        return {ents.get(c.subject, c.subject): (c.date, c.extractor.split(":")[-1])
                for c in ex.claims if c.predicate == "holds_position"}

    def test_a_past_complement_takes_the_month_of_the_verb_governing_it(self):
        got = self.dated("Nuclear talks\n\nIn October 2002, U.S. sources stated that during a "
                         "visit by Assistant Secretary of State Abel Tamba, North Korea admitted "
                         "to running a clandestine nuclear weapons program.", "2005-05-08")
        assert got["Abel Tamba"] == ("2002-10", "title_before_name+national_office+governing_date"), got

    def test_a_bare_year_of_the_governing_verb_dates_nothing(self):
        got = self.dated("Nuclear talks\n\nIn 2002, U.S. sources stated that during a visit by "
                         "Assistant Secretary of State Abel Tamba, North Korea admitted to running "
                         "a clandestine nuclear weapons program.", "2005-05-08")
        date, rule = got["Abel Tamba"]
        assert date == "2005-05-08" and not rule.endswith("+governing_date"), got

    def test_a_future_clause_gives_its_weekday_to_no_title(self):
        got = self.dated("Aid for Myanmar\n\nAccording to UN spokesperson, Kofi Mensah, Abel Tamba "
                         "will arrive in Myanmar on Sunday.", "2008-05-16")
        assert got["Kofi Mensah"] == ("2008-05-16", "attributive_title+future_clause"), got

    def test_a_past_participle_under_a_future_verb_keeps_its_day(self):
        got = self.dated("Observers\n\nThe United Nations will be sending human rights observers "
                         "into the country per an agreement signed Monday by Abel Tamba, Ghanaian "
                         "Foreign Minister.", "2005-04-12")
        assert got["Abel Tamba"][0] == "2005-04-11", got

    def test_a_past_clause_keeps_its_own_day(self):
        got = self.dated("Talks\n\nOn Monday, Ghana's foreign minister Kofi Mensah met the "
                         "delegation in Accra.", "2008-05-16")
        assert got["Kofi Mensah"][0] == "2008-05-12", got

    def test_the_shape_loads_with_its_source(self):
        conf = position_patterns()["clause_date"]
        assert conf["clause_deps"] == ["ccomp"] and "posit54" in conf["_about"]
        assert conf["precisions"] == ["day", "month"]


class TestATitleHeldThenIsDatedByItsSentencesPastTime:
    """issue 13, posit58: a title marked as held then, not now ("X, then prime minister, … in
    1992"; "then-President X"), takes the written past date of its sentence, a bare year
    included (not the sentence before's: that shape is off); with none, or a marker that is a
    sequence ("and then President X"), nothing moves (position_patterns.json then_date).
    Invented people and text."""

    dated = staticmethod(TestATitleIsDatedByThePastEventItsSentenceTells.dated)

    def test_a_then_title_takes_the_year_of_its_sentence(self):
        got = self.dated("Apology\n\nKofi Mensah, then prime minister of Ghana, apologised to "
                         "the victims in 1992.", "2008-05-16")
        assert got["Kofi Mensah"] == ("1992", "apposition+then_date"), got

    def test_the_date_of_the_sentence_before_is_not_taken_as_shipped(self):
        # sentences_before is 0: the shape fired on no real news article, so it is off
        got = self.dated("Talks\n\nThe two parties last met in Accra in August 1975. Kofi Mensah, "
                         "then the Ghanaian head of state, and Abel Tamba tried to negotiate a "
                         "truce at the meeting.", "2005-04-30")
        assert got["Kofi Mensah"] == ("2005-04-30", "apposition"), got

    def test_a_then_title_without_a_written_past_date_keeps_the_publication(self):
        got = self.dated("Apology\n\nKofi Mensah, then prime minister of Ghana, apologised to "
                         "the victims.", "2008-05-16")
        assert got["Kofi Mensah"] == ("2008-05-16", "apposition"), got

    def test_a_bare_year_a_sentence_before_moves_nothing(self):
        got = self.dated("Talks\n\nThe debate began in 1975. The ruling prompted Kofi Mensah, "
                         "then prime minister of Ghana, to introduce a bill.", "2005-04-30")
        assert got["Kofi Mensah"][0] == "2005-04-30", got

    def test_a_then_of_sequence_is_no_marker(self):
        got = self.dated("Visit\n\nIn 1992 the delegation toured Accra and then met Ghanaian "
                         "President Kofi Mensah.", "2008-05-16")
        assert got["Kofi Mensah"] == ("2008-05-16", "attributive_title"), got

    def test_a_title_held_now_still_takes_no_bare_year(self):
        got = self.dated("Apology\n\nKofi Mensah, prime minister of Ghana, apologised to the "
                         "victims of 1992.", "2008-05-16")
        assert got["Kofi Mensah"] == ("2008-05-16", "apposition"), got

    def test_the_shape_loads_with_its_source(self):
        conf = position_patterns()["then_date"]
        assert conf["words"] == ["then"] and "posit58" in conf["_about"]
        assert "and" in conf["not_after"] and conf["rule"] == "+then_date"
        assert conf["sentences_before"] == 0


class TestAPastOfficeToldWithItsYearSpanIsDatedAtItsStart:
    """issue 13, posit60: a past office told with the years it was held ("X was mayor of Y
    from 1977 to 1995", "who was prime minister of Z between 1990 and 1995", "the Prime
    Minister of Z from 1959 to 1990") is dated at the span's start year, never at publication;
    a span reaching the publication year moves nothing (position_patterns.json span_date).
    On as shipped (switched on at integration; one readable gold dates such an office at
    publication, against the news_gold README's convention): the tests pin the switch on, one
    turns it off to show the publication date comes back. Invented people and text."""

    dated = staticmethod(TestATitleIsDatedByThePastEventItsSentenceTells.dated)

    @pytest.fixture(autouse=True)
    def switched_on(self, monkeypatch):
        monkeypatch.setitem(position_patterns()["span_date"], "on", True)

    def test_off_as_shipped_the_office_keeps_the_publication_date(self, monkeypatch):
        monkeypatch.setitem(position_patterns()["span_date"], "on", False)
        got = self.dated("Obituary\n\nKofi Mensah was mayor of Chicago from 1977 to 1995.",
                         "2010-05-12")
        assert got["Kofi Mensah"] == ("2010-05-12", "copula"), got

    def test_a_copula_office_from_year_to_year_takes_the_start_year(self):
        got = self.dated("Obituary\n\nKofi Mensah was mayor of Chicago from 1977 to 1995.",
                         "2010-05-12")
        assert got["Kofi Mensah"] == ("1977", "copula+span_date"), got

    def test_a_relative_clause_office_between_years_takes_the_start_year(self):
        got = self.dated("Vote\n\nKofi Mensah, who was prime minister of Kenya between 1990 and "
                         "1995, said on Monday that the vote was fair.", "2010-05-12")
        assert got["Kofi Mensah"] == ("1990", "copula+span_date"), got

    def test_an_apposed_office_with_its_span_takes_the_start_year(self):
        got = self.dated("Death\n\nKofi Mensah, the Prime Minister of Ghana from 1959 to 1990, "
                         "died on Monday.", "2010-05-12")
        assert got["Kofi Mensah"] == ("1959", "apposition+span_date"), got

    def test_a_span_reaching_the_publication_year_moves_nothing(self):
        got = self.dated("Vote\n\nKofi Mensah, the foreign minister of Ghana from 2006 to 2010, "
                         "said on Monday that the vote was fair.", "2010-05-12")
        assert got["Kofi Mensah"][1] == "apposition", got
        assert got["Kofi Mensah"][0] != "2006", got

    def test_the_shape_loads_with_its_source(self):
        conf = position_patterns()["span_date"]
        assert "posit60" in conf["_about"] and conf["rule"] == "+span_date"
        assert conf["max_gap"] == 3

    def test_the_shape_ships_on(self, monkeypatch):
        monkeypatch.undo()
        assert position_patterns()["span_date"]["on"] is True


class TestOfficeToldByAVerbOfLeading:
    """An office told by a verb of leading, not a title noun (issue 13, posit61): "X heads the
    Y" (heads_body) and "the Y, headed by X" / "the Y, led by X" (led_by), sentences of
    ../shared/corpus/news. "led" and a party's head give Leader; a participle hanging on a noun
    before the body is not the body's; a race led in the polls is no office."""

    def test_a_person_heading_a_party_is_its_leader(self):
        got = positions("Canada vote\n\nThe Liberals lost their majority. Trudeau heads the "
                        "Liberal Party. Justin Trudeau spoke on Monday.")
        assert any(f[1] == "Leader" and f[2].startswith("Liberal Party") and f[4] == "heads_body"
                   for f in got), got

    def test_a_body_headed_by_a_person_is_headed_by_them(self):
        got = positions("Report\n\nThe Iraq Survey Group headed by Charles Duelfer concluded "
                        "that no stocks existed.")
        assert ("Charles Duelfer", "Head", "Iraq Survey Group", None, "led_by") in got, got

    def test_a_party_led_by_a_person_is_led_by_its_leader(self):
        got = positions("Poll\n\nThe Democratic Unionist Party led by Ian Paisley and Sinn Fein "
                        "would lead the administration.")
        assert ("Ian Paisley", "Leader", "Democratic Unionist Party", None, "led_by") in got, got

    def test_a_party_without_the_word_party_led_by_a_person_is_led_by_its_leader(self):
        got = positions("Vote\n\nThe biggest winners in terms of popular vote were the Liberal "
                        "Democrats led by Charles Kennedy, who secured 22.1% of the vote.")
        assert any(f[0] == "Charles Kennedy" and f[1] == "Leader" and f[4] == "led_by"
                   for f in got), got

    def test_led_by_hanging_on_a_noun_before_the_body_is_no_office_of_the_body(self):
        got = positions("Ruling\n\nThe decision was reversed by a three-judge panel of the Fourth "
                        "Circuit Court of Appeals, led by Michael Luttig.")
        assert not any(f[0] == "Michael Luttig" for f in got), got

    def test_leading_in_the_polls_is_no_office(self):
        got = positions("Poll\n\nMr Howard leads the Labor Party 53% to 27% in the latest poll.")
        assert not any(f[4] == "heads_body" for f in got), got

    def test_a_past_passive_is_not_read_as_present(self):
        got = positions("History\n\nThe Iraq Survey Group was headed by Charles Duelfer.")
        assert not any(f[4] == "led_by" for f in got), got


class TestChiefExecutiveIsAnOffice:
    """issue 13, posit62 (class Q6 of news_gold meetings batch 5 / facts batch 6): "chief
    executive" is an office's name, the suffix "executive" continuing the head "chief" even
    where the tagger reads "chief" as an adjective; "Chief Executive Officer" is one title, not
    "Chief" and "Executive Officer"; a "by YEAR" in another clause ends no term.  Invented
    people and text."""

    @staticmethod
    def claims(text: str, published: str = "2007-06-01") -> set[tuple[str, str, str, str]]:
        ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain", published=published),
                              Options())
        ents = {e.local_id: e.name for e in ex.entities}
        return {(ents.get(c.subject, ""), c.role or "", ents.get(c.object or "", ""),
                 c.qualifier or "") for c in ex.claims if c.predicate == "holds_position"}

    @pytest.mark.parametrize("text, fact", [
        ("Abel Tamba, the chief executive of the African Union, said the killing was a crime.",
         ("Abel Tamba", "Chief Executive", "African Union", "")),
        ("Boeing chief executive Abel Tamba said on Monday that sales were up.",
         ("Abel Tamba", "Chief Executive", "Boeing", "")),
        ("Hong Kong Chief Executive Abel Tamba said on Monday that he would resign.",
         ("Abel Tamba", "Chief Executive", "Hong Kong", "")),
    ])
    def test_chief_executive_is_a_title(self, text, fact):
        assert fact in self.claims(text), self.claims(text)

    def test_chief_executive_officer_is_one_title(self):
        got = self.claims("Boeing Chief Executive Officer Abel Tamba said on Monday that sales "
                          "were up.")
        assert ("Abel Tamba", "Chief Executive Officer", "Boeing", "") in got, got
        assert not any(role in ("Chief", "Executive Officer") for _, role, _, _ in got), got

    def test_chief_as_an_adjective_is_no_title(self):
        got = self.claims("The chief concern of Boeing is safety, Abel Tamba said on Monday.")
        assert not any(role.startswith("Chief") for _, role, _, _ in got), got

    def test_a_bound_in_another_clause_ends_no_term(self):
        got = self.claims("Abel Tamba, chief executive of the Climate Institute, says Australia "
                          "could cut its emissions by 2020.", "2007-12-03")
        assert ("Abel Tamba", "Chief Executive", "Climate Institute", "") in got, got
        assert not any(q == "until" for _, _, _, q in got), got


class TestAGroupNamedBeforeItsLeader:
    """issue 13, posit62 (class Q2 of news_gold meetings batch 5): proper nouns right before a
    lower-case head of a group's office, a person's name right after it, name the group,
    whatever the model typed them ("Lib Dem leader X": a person; names.json group_heads,
    mentions.py _groups_before_their_heads).  Invented people, real group names."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text, fact", [
        ("Lib Dem leader Abel Tamba said the plan was wrong.",
         ("Abel Tamba", "Leader", "Lib Dem", "")),
        ("Jemaah Islamiyah leader Abel Tamba escaped from prison on Tuesday.",
         ("Abel Tamba", "Leader", "Jemaah Islamiyah", "")),
    ])
    def test_the_words_before_the_head_name_the_group(self, text, fact):
        assert fact in self.claims(text), self.claims(text)

    @pytest.mark.parametrize("text", [
        "Senate Majority leader Abel Tamba said the plan was wrong.",  # a title's modifier
        "Party leader Abel Tamba said the plan was wrong.",  # a generic word alone
        "Mr Andrews chief Abel Tamba said the plan was wrong.",  # an honorific opens it
        "When Regent chairman Abel Tamba took his position in May, he spoke.",  # one English word
    ])
    def test_no_group_from_title_words_generic_words_or_honorifics(self, text):
        got = self.claims(text)
        assert not any(org in ("Senate Majority", "Party", "Mr Andrews", "Andrews", "Regent")
                       for _, _, org, _ in got), got


class TestOneOfficeTwiceIsNotOneHolders:
    """issue 13, posit62 (class Q7 of news_gold meetings batch 5): a holder is shared across
    "and" with a second title ("Moldovan Prime Minister X and President Y"), never with a
    second holder of the same single-holder office, which is another state's.  Invented
    people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    def test_the_same_single_holder_office_twice_shares_no_holder(self):
        got = self.claims("Russian Foreign Minister Abel Tamba and Foreign Minister Kofi Mensah "
                          "met in Moscow on Monday.")
        assert ("Abel Tamba", "Foreign Minister", "Russia", "") in got, got
        assert not any(p == "Kofi Mensah" for p, _, _, _ in got), got

    def test_another_office_still_shares_the_holder(self):
        got = self.claims("Moldovan Prime Minister Abel Tamba and President Kofi Mensah met in "
                          "Chisinau on Monday.")
        assert ("Kofi Mensah", "President", "Moldova", "") in got, got


class TestABodyWrittenAsItsCommonNoun:
    """issue 13, posit64 (class Q4 of news_gold meetings batch 5): a title whose body is a
    lower-case head noun of organisation before it ("commission chairman X") or its possessor
    ("the committee's chairman Y") is held in the one organization named before with that noun
    in its name (position_patterns.json common_noun_body); none when two are.  Invented
    people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text, fact", [
        ("The Economic and Financial Crimes Commission said on Monday that commission chairman "
         "Abel Tamba would testify.",
         ("Abel Tamba", "Chairman", "Economic and Financial Crimes Commission", "")),
        ("The Norwegian Nobel Committee gave the prize to her, the committee's chairman Abel "
         "Tamba said on Monday.", ("Abel Tamba", "Chairman", "Norwegian Nobel Committee", "")),
        ("Amirkabir University of Technology sent notices on Monday, said university chancellor "
         "Abel Tamba.", ("Abel Tamba", "Chancellor", "Amirkabir University of Technology", "")),
    ])
    def test_the_one_body_named_with_the_noun_holds_it(self, text, fact):
        assert fact in self.claims(text), self.claims(text)

    def test_two_bodies_with_the_noun_give_none(self):
        got = self.claims("The Labour Party and the Conservative Party met on Monday. The party "
                          "leader Abel Tamba said it would win.")
        assert not any(p == "Abel Tamba" for p, _, _, _ in got), got


class TestABodyWrittenAsItsCommonNounInTheComplement:
    """issue 13, posit65 (class Q4 of news_gold meetings batch 5, its complement shape): a title
    whose complement is "of the" and a lower-case noun of organisation ("the chairman of the
    commission, X"; "X, president of the commission,"; "X had been leader of the party") is held
    in the one organization named with that noun (position_patterns.json
    title_of_common_noun_before_name, positions._common_noun_complement); none when two are, and
    none when the noun goes on into another body's name.  Invented people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text, fact", [
        ("The Economic and Financial Crimes Commission said on Monday that corruption is rife. "
         "The chairman of the commission, Abel Tamba, described the army as corrupt.",
         ("Abel Tamba", "Chairman", "Economic and Financial Crimes Commission", "")),
        ("The Truth and Reconciliation Commission has found 215 cases. Abel Tamba, president of "
         "the commission, said on Monday that more would follow.",
         ("Abel Tamba", "President", "Truth and Reconciliation Commission", "")),
    ])
    def test_the_one_body_named_with_the_noun_holds_it(self, text, fact):
        assert fact in self.claims(text), self.claims(text)

    @pytest.mark.parametrize("text", [
        "The Labour Party and the Conservative Party met on Monday. The leader of the party, "
        "Abel Tamba, said it would win.",
        "The Conservative Party met on Monday. The leader of the party youth wing, Abel Tamba, "
        "said it would win.",
    ])
    def test_two_bodies_or_a_longer_noun_phrase_give_none(self, text):
        got = self.claims(text)
        assert not any(p == "Abel Tamba" and h.endswith("Party") for p, _, h, _ in got), got


class TestAnOfficeAfterABodysWord:
    """issue 13, posit66: an office written after one capitalised word of a body no mention
    covers ("Senate Majority Leader X", "Assembly speaker Y", "Commission President Z") is held
    by the one organization or body the document names with that word as its name's head, and
    its name drops the word (position_patterns.json body_word, positions._body_word); none for
    a body that only has the word as a modifier ("the House Intelligence Committee") or an
    official residence ("the White House").  Invented people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text, fact", [
        ("The United States Senate voted 60-40 on Tuesday. Senate Majority Leader Abel Tamba "
         "said the vote was historic.", ("Abel Tamba", "Majority Leader", "Senate of United States", "")),
        ("The Northern Ireland Assembly met on Monday. Hain has asked Assembly speaker Abel Tamba "
         "to call a vote.", ("Abel Tamba", "Speaker", "Northern Ireland Assembly", "")),
        ("The European Commission proposed new rules. Commission President Abel Tamba said on "
         "Monday they were needed.", ("Abel Tamba", "President", "European Commission", "")),
    ])
    def test_the_body_named_with_the_word_holds_it(self, text, fact):
        assert fact in self.claims(text), self.claims(text)

    @pytest.mark.parametrize("text", [
        "The House Intelligence Committee met on Monday. House Minority Leader Abel Tamba said "
        "the program was unlawful.",
        "The White House said on Monday that it would veto the bill, and former House Speaker "
        "Abel Tamba agreed.",
    ])
    def test_a_modifier_or_a_residence_holds_nothing(self, text):
        got = self.claims(text)
        assert not any(p == "Abel Tamba" and h in ("House Intelligence Committee", "White House")
                       for p, _, h, _ in got), got


class TestATermToldOfAnotherPerson:
    """issue 13, posit67: a word of a term's start or end in the sentence bounds a title's term
    only when it is told of the named person: not a verb whose subject is someone else or an
    object pronoun ("managed to get him elected"), not a participle of another office's noun
    ("X resigns, new governor sworn in"), not a resignation another person submits ("Y
    submitted his resignation to Prime Minister X"), and no "since" in another clause ("X
    claimed the strategy is what it has been following since 2003"); a term told of the
    person stays ("Kerr dismissed the Prime Minister X", "X stepped down", "X, Secretary
    General since 2020").  Invented people."""

    @staticmethod
    def bounds(text: str, published: str = "2008-12-01") -> set[tuple[str, str, str]]:
        ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain", published=published),
                              Options())
        ents = {e.local_id: e.name for e in ex.entities}
        return {(ents.get(c.subject, ""), c.role or "", c.qualifier or "") for c in ex.claims
                if c.predicate == "holds_position" and c.qualifier in ("since", "until")}

    @pytest.mark.parametrize("text", [
        "India in turmoil. Abel Tamba submitted his resignation to Prime Minister Bram Okonjo, "
        "which was later accepted by the President of India.",
        "Congress chief. His proximity with Congress president Bram Okonjo managed to get him "
        "elected to the upper house in July 2004.",
        "White House strategy. White House Press Secretary Bram Okonjo claimed that the "
        "strategy is what the administration has been following since 2003.",
    ])
    def test_anothers_term_bounds_nothing(self, text):
        got = self.bounds(text)
        assert not any(p == "Bram Okonjo" for p, _, _ in got), got

    @pytest.mark.parametrize("text, bound", [
        ("Crisis in Australia. The Governor-General, Sir John Kerr, dismissed the Prime Minister "
         "Bram Okonjo.", ("Bram Okonjo", "Prime Minister", "until")),
        ("Lebanon without a government. Prime Minister of Lebanon, Bram Okonjo, stepped down "
         "again on Thursday.", ("Bram Okonjo", "Prime Minister", "until")),
    ])
    def test_the_persons_own_term_stays(self, text, bound):
        assert bound in self.bounds(text), self.bounds(text)



class TestAnOfficePossessedByAnOrganisationAnaphor:
    """issue 13, anaph1: a title possessed by a definite class noun of organisation or by "its"
    ("X, the alliance's secretary general", "The bloc's foreign policy chief, X", "Its secretary
    general, X, arrived") is held by the organisation the anaphor refers back to: the subject
    of a clause before it in its sentence or of the main clause of the sentence before
    (reported speech skipped), else, for a noun, the document's main organisation when those
    sentences name none (position_patterns.json org_anaphor, positions._org_anaphor).  None
    when the sentence before has another subject, for "its" after an electing verb, or for a
    state's office.  Invented people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text, fact", [
        ("NATO defence ministers met in Brussels on Tuesday. Abel Tamba, the alliance's "
         "secretary general, said the allies agreed to boost defences.",
         ("Abel Tamba", "Secretary General", "North Atlantic Treaty Organization", "")),
        ("The Collective Security Treaty Organization held drills in Tajikistan on Tuesday. The "
         "bloc's secretary general, Abel Tamba, said the drills were a success.",
         ("Abel Tamba", "Secretary General", "Collective Security Treaty Organization", "")),
        ("The European Union agreed new sanctions on Tuesday. The bloc's foreign policy chief "
         "Abel Tamba said more would follow.",
         ("Abel Tamba", "Foreign Policy Chief", "European Union", "")),
        ("The OSCE rejected the election date. \"It is not realistic,\" an envoy said. Its "
         "secretary general, Abel Tamba, arrived in Bishkek on Sunday.",
         ("Abel Tamba", "Secretary General", "Organization for Security and Co-operation in Europe", "")),
    ])
    def test_the_organisation_meant_holds_it(self, text, fact):
        assert fact in self.claims(text), self.claims(text)

    @pytest.mark.parametrize("text, wrong", [
        ("The intelligence committee of the Bundestag exculpated the BND on Monday. Its chair "
         "Abel Tamba said the agents had done nothing wrong.", ("Bundestag", "BND")),
        ("The OSCE Permanent Council met in Vienna on Tuesday. Its secretary general, Abel "
         "Tamba, said the mission would continue.", ("OSCE Permanent Council",)),
        ("Kenya's ruling party met on Monday. The Kenya African National Union, which elected "
         "Abel Tamba as its leader, said it would win.", ()),
        ("The African Union met in Addis Ababa on Monday. Its prime minister, Abel Tamba, "
         "arrived late.", ("African Union",)),
    ])
    def test_another_topic_an_electing_body_or_a_states_office_gives_none(self, text, wrong):
        found = positions(text)  # the module's helper: extractors included
        assert not any(p == "Abel Tamba" and h in wrong for p, _, h, _, _ in found), found
        assert not any("org_anaphor" in x for *_, x in found), found


class TestATitleWithItsHolderBeforeATitledName:
    """issue 13, titled1: "The AU chairperson, Senegalese President X" — a holder written
    before the first of two titles, each with its own holder, holds that first title; the
    holder of the second ("Senegalese") is the second's only (position_patterns.json
    title_then_titled_name, label first_holder).  Invented people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text, right, wrong", [
        ("The AU chairperson, Senegalese President Abel Tamba, visited Moscow on Friday.",
         ("Abel Tamba", "Chairperson", "African Union", ""),
         ("Abel Tamba", "Chairperson", "Senegal", "")),
        ("The OSCE chairman-in-office, Polish Foreign Minister Abel Tamba, visited Kyiv on Monday.",
         ("Abel Tamba", "Chairman-in-Office", "Organization for Security and Co-operation in Europe", ""),
         ("Abel Tamba", "Chairman-in-Office", "Poland", "")),
    ])
    def test_the_first_titles_own_holder(self, text, right, wrong):
        got = self.claims(text)
        assert right in got and wrong not in got, got
        assert any(f[1] in ("President", "Foreign Minister") and f[2] in ("Senegal", "Poland")
                   for f in got), got

    def test_a_title_of_another_clause_is_not_the_names(self):
        got = self.claims("Hours after Bram Okonjo was elected as the next US president, "
                          "Russian president Abel Tamba said that Russia might act.")
        assert ("Abel Tamba", "President", "Russia", "") in got, got
        assert not any(p == "Abel Tamba" and h == "United States" for p, _, h, _ in got), got


class TestASubjectsAsideBeforeItsVerb:
    """issue 13, titled1: a subject's name set off from its verb by an aside between commas (an
    apposition, a relative clause, an age) is still the subject the copula or the appointment
    tells of ("X, a Belarusian general, became CSTO secretary general in 2020"; "Y, who led the
    government for 14 years, was named NATO secretary general"; position_patterns.json aside,
    positions._asides).  The aside's own title stays the apposition's; a subject that is no
    name ("The man, who met Y, is …") gives nothing.  Invented people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text, fact", [
        ("Abel Tamba, a Belarusian general, became CSTO secretary general in 2020.",
         ("Abel Tamba", "Secretary General", "Collective Security Treaty Organization", "")),
        ("Abel Tamba, who led the Dutch government for 14 years, was named NATO secretary "
         "general on Wednesday.",
         ("Abel Tamba", "Secretary General", "North Atlantic Treaty Organization", "")),
        ("Abel Tamba, 60, is the CSTO secretary general.",
         ("Abel Tamba", "Secretary General", "Collective Security Treaty Organization", "")),
    ])
    def test_the_verb_tells_of_the_name_past_the_aside(self, text, fact):
        assert fact in self.claims(text, "2024-06-01"), self.claims(text, "2024-06-01")

    def test_the_asides_own_title_stays_and_no_name_no_claim(self):
        got = self.claims("Abel Tamba, a former Norwegian prime minister, has been NATO "
                          "secretary general since 2014.", "2024-06-01")
        assert ("Abel Tamba", "Prime Minister", "Norway", "former") in got, got
        assert ("Abel Tamba", "Secretary General", "North Atlantic Treaty Organization", "") in got
        got = self.claims("The man, who met Abel Tamba on Monday, is Russia's foreign minister.",
                          "2024-06-01")
        assert not any(p == "Abel Tamba" and r == "Foreign Minister" for p, r, _, _ in got), got


class TestABuildingBeforeATitleIsTheOfficeItHouses:
    """issue 13, wh1: a name ending in a building's head noun ("White House", "Blue House") is a
    place after "the" or "at" — except before a title, where the building stands for the
    office it houses ("the White House press secretary", "X, White House spokesman").  A
    counselor is an office's head noun as a councillor is.  Found in news_gold's read so
    batch; 73 corpus articles with the shape: 10 new claims, all right; 200 random articles
    unchanged."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text, fact", [
        ("Abel Tamba, the White House press secretary, said the president would travel.",
         ("Abel Tamba", "Press Secretary", "White House", "")),
        ("Abel Tamba, White House spokesman, said the plan was wrong.",
         ("Abel Tamba", "Spokesman", "White House", "")),
        ("Abel Tamba, the White House counselor, stated that the president was ready.",
         ("Abel Tamba", "Counselor", "White House", "")),
    ])
    def test_the_building_holds_the_title(self, text, fact):
        assert fact in self.claims(text, "2007-01-10"), self.claims(text, "2007-01-10")

    def test_a_building_after_a_locative_is_still_a_place(self):
        from blocwatch import mentions
        from blocwatch.nlp import load_pipeline

        doc = load_pipeline(Options().spacy_model)("The talks took place in the Peace Palace on "
                                                   "Monday.")  # tagged ORG by the model
        kinds = {m.text: m.kind for m in mentions.stage(doc)}
        assert kinds.get("Peace Palace") in (None, "place"), kinds


class TestAnOfficeSoughtOrChosenIsNotHeld:
    """issue 13, lo1 (read batch lo): a title completing a noun of candidacy through "for" is
    sought, not held ("nominee for U.S. Ambassador to the United Nations, X"; position_patterns
    .json sought); "CEO" is an abbreviated head kept as written; an active verb of choosing
    ("McCain named the former president of eBay, X, as an adviser") gives the title to the
    name apposed to it, not to the subject; a title completing a passive of choosing or a
    copula stays the subject's when a speaker's name follows ("X was named NATO secretary
    general, Y said").  Invented people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text, wrong", [
        ("George Bush's controversial nominee for U.S. Ambassador to the United Nations, Abel "
         "Tamba, seemed stalled.", ("Abel Tamba", "Ambassador")),
        ("The CDU's candidate for German Chancellor, Abel Tamba, welcomed the call for early "
         "elections.",
         ("Abel Tamba", "Chancellor")),
    ])
    def test_a_sought_office_is_not_held(self, text, wrong):
        got = self.claims(text, "2006-12-06")
        assert not any((p, r) == wrong for p, r, _, _ in got), got

    @pytest.mark.parametrize("text, fact", [
        ("eBay CEO Abel Tamba said sales rose.", ("Abel Tamba", "CEO", "eBay", "")),
        ("Abel Tamba was also CEO of the Salt Lake Organizing Committee from 1999 to 2002.",
         ("Abel Tamba", "CEO", "Salt Lake Organizing Committee", "former")),
    ])
    def test_ceo_is_a_head(self, text, fact):
        assert fact in self.claims(text, "2006-12-06"), self.claims(text, "2006-12-06")

    def test_the_chooser_holds_nothing(self):
        got = self.claims("John McCain named the former president of eBay, Abel Tamba, as an "
                          "adviser.", "2006-12-06")
        assert ("Abel Tamba", "President", "eBay", "former") in got, got
        assert not any(p == "John McCain" for p, _, _, _ in got), got

    def test_the_chosen_subject_keeps_the_title_before_a_speaker(self):
        got = self.claims("Abel Tamba was named NATO secretary general, Jens Stoltenberg said.",
                          "2006-12-06")
        assert ("Abel Tamba", "Secretary General", "North Atlantic Treaty Organization", "") in got
        assert not any(p == "Jens Stoltenberg" for p, _, _, _ in got), got


class TestATitlesPunctuationAndSharedQualifier:
    """lt1 (read batch lt): a title's name keeps its commas as written ("Commissioner for
    Employment, Social Affairs and Equal Opportunities", not "Employment , Social"); a
    qualifier before the first of two titles joined by "and" qualifies the second ("A former
    Governor and Chief Minister of Balochistan, X").  Invented people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    def test_a_comma_in_a_title_is_written_as_in_the_text(self):
        got = self.claims("According to Abel Tamba, the European Commissioner for Employment, "
                          "Social Affairs & Equal Opportunities, the policy may paralyze the "
                          "labour-market.", "2007-07-03")
        assert any(p == "Abel Tamba" and r == "Commissioner for Employment, Social Affairs and "
                   "Equal Opportunities" for p, r, _, _ in got), got

    @pytest.mark.parametrize("text, fact", [
        ("A former Governor and Chief Minister of Balochistan, Abel Tamba has led a campaign.",
         ("Abel Tamba", "Chief Minister", "Balochistan", "former")),
        ("The former president and prime minister of Lebanon, Abel Tamba, died on Monday.",
         ("Abel Tamba", "Prime Minister", "Lebanon", "former")),
    ])
    def test_a_qualifier_before_joined_titles_qualifies_both(self, text, fact):
        got = self.claims(text, "2006-08-26")
        assert fact in got, got


class TestADeadHoldersTitleIsFormer:
    """pope1: a holder the sentence tells is dead held the title before (position_patterns
    .json dead_holder): his own relative clause says he died or was killed, or the title and
    name are the "of" object of a noun of death or succession; "who passed the law" and "a
    call for the assassination of X" leave him holding it.  Invented people."""

    claims = staticmethod(TestChiefExecutiveIsAnOffice.claims)

    @pytest.mark.parametrize("text", [
        "The vote was delayed as a mark of respect for President Abel Tamba of Ghana, who died "
        "on Saturday.",
        "President Abel Tamba of Ghana, who passed away on Monday, was buried in Accra.",
        "Thousands attended the funeral of President Abel Tamba of Ghana on Monday.",
    ])
    def test_former(self, text):
        assert ("Abel Tamba", "President", "Ghana", "former") in self.claims(text, "2005-04-05")

    @pytest.mark.parametrize("text", [
        "President Abel Tamba of Ghana, who passed the law on Monday, spoke to reporters.",
        "A preacher called for the assassination of President Abel Tamba of Ghana on Monday.",
    ])
    def test_alive(self, text):
        assert ("Abel Tamba", "President", "Ghana", "") in self.claims(text, "2005-04-05")


# ---- lm1: classes read in the lede-meeting batch (tests/fixtures/news_gold, lm-)

def test_a_portfolio_of_two_fields_joined_by_and_is_one_title():
    # lm-ID25354: "Work and Pensions" was cut at "and", and the apposition found no title
    for text in ("David Blunkett, the United Kingdom 's Work and Pensions Secretary, resigned "
                 "following a meeting with Prime Minister Tony Blair today.",
                 "David Blunkett, the United Kingdom's Work and Pensions Secretary, resigned "
                 "following a meeting with Prime Minister Tony Blair today."):
        assert ("David Blunkett", "Work and Pensions Secretary", "United Kingdom", None,
                "apposition") in positions("UK work secretary resigns\n\n" + text)
    # a name before "and" is no field of the title after it
    got = positions("US troops in Iraq\n\nThe American President George W. Bush and Defense "
                    "Secretary Donald Rumsfeld have refused to call the violence a civil war.")
    assert {r for p, r, *_ in got if p == "Donald Rumsfeld"} == {"Defense Secretary"}


def test_a_holder_named_in_the_first_titles_complement_is_not_shared_across_and():
    # lm-ID50381: "Prime Minister of India Dr. Manmohan Singh and President Pervez Musharraf"
    # made Musharraf India's President (holder_shared)
    text = ("India, Pakistan decide to resume peace process\n\nIndia Prime Minister of India Dr. "
            "Manmohan Singh and President Pervez Musharraf, who are currently attending the "
            "Non-Aligned Movement summit in Havana issued a joint statement confirming that the "
            "peace process between India and Pakistan was back on track.")
    got = positions(text)
    assert ("Manmohan Singh", "Prime Minister", "India", None, "attributive_title") in got
    assert not any(p == "Pervez Musharraf" and h == "India" for p, _, h, *_ in got)
    # a demonym before the first title is shared, as before
    assert ("Vladimir Voronin", "President", "Moldova", None, "holder_shared") in positions(
        "Moldovan Prime Minister Vasile Tarlev and President Vladimir Voronin met on Saturday.")


def test_a_party_the_model_typed_as_a_person_before_leader_and_a_name_holds_the_office():
    # lm-ID1238: "the Republican Sinn Fein leader Gerry Adams" (Sinn Fein a person); on 195
    # corpus articles of this shape 9 claims were added, all right (docs/evaluation.md lm1)
    got = positions("Hopes rise in Northern Ireland\n\nIt is also expected that the Republican "
                    "Sinn Fein leader Gerry Adams would have separate meetings with the Irish "
                    "leader Bertie Ahern in Dublin.")
    assert ("Gerry Adams", "Leader", "Sinn Fein", None, "attributive_title") in got


class TestGovernorGeneral:
    """gg1: a Commonwealth realm's Governor-General is an office of the state, so a bare
    title takes the story's country as a Prime Minister's does."""

    def test_a_bare_governor_general_takes_the_story_country(self):
        got = positions("Australian wheat kickback report handed to Governor-General\n\n"
                        "Australian news The report from the Cole Inquiry has been handed down "
                        "to Governor-General Michael Jeffrey. The Australian government will "
                        "table it next week.")
        assert ("Michael Jeffrey", "Governor General", "Australia") in {p[:3] for p in got}

    def test_its_holder_written_with_it(self):
        got = positions("Canadian Governor General Michaelle Jean opened parliament.")
        assert ("Michaelle Jean", "Governor General", "Canada") in {p[:3] for p in got}


class TestStatesOwnOffices:
    """royal1: a Supreme Leader and a Chancellor of the Exchequer are offices of one state,
    so a bare title takes the country the text names, as a Prime Minister's does; a known
    office's complement is its name, not a body that holds it."""

    @pytest.mark.parametrize(("text", "fact"), [
        ("Iran election going to run-off\n\nIran's presidential election will go to a run-off. "
         "Karroubi has called on Supreme Leader Ayatollah Ali Khamenei to investigate.",
         ("Ali Khamenei", "Supreme Leader", "Iran")),
        ("UK to step up anti-terror legislation\n\nBritish ministers met in London. Chancellor "
         "of the Exchequer Gordon Brown has said that his first priority would be security.",
         ("Gordon Brown", "Chancellor of the Exchequer", "United Kingdom")),
    ])
    def test_a_bare_title_takes_the_country(self, text, fact):
        assert fact in {p[:3] for p in positions(text)}


class TestSubjectAfterFrontedTitle:
    """gg1: a name after a fronted phrase's title and a comma that opens the main clause is
    not apposed to the title; a comma after the name keeps the apposition."""

    def test_the_clause_subject_holds_no_title(self):
        got = positions("According to a King's College Hospital spokeswoman, Ms. Mowlam is "
                        "\"critical but stable,\" and her family did not want further details.")
        assert not {p for p in got if p[0] == "Mo Mowlam" or "Mowlam" in p[0]}

    @pytest.mark.parametrize(("text", "fact"), [
        ("According to the PMDB leader, Senator Ney Suassuna, the denunciations are "
         "\"nitroglycerine\".", ("Ney Suassuna", "Leader", "PMDB")),
        ("He met the Foreign Minister of Belarus, Vladimir Makei, on Monday.",
         ("Vladimir Makei", "Foreign Minister", "Belarus")),
    ])
    def test_an_apposition_stays(self, text, fact):
        assert fact in {p[:3] for p in positions(text)}


class TestVisitedCountry:
    """visit1: a country the titled person visits, tours or travels to is where the holder
    goes, not what the holder holds."""

    @pytest.mark.parametrize(("text", "person", "country"), [
        ("President Bush visited Canada on Monday.", "Bush", "Canada"),
        ("President Putin is visiting Germany this week.", "Putin", "Germany"),
        ("King Abdullah to visit France\n\nKing Abdullah of Jordan will travel to Paris next "
         "week.", "Abdullah", "France"),
    ])
    def test_the_visited_country_holds_no_title(self, text, person, country):
        assert not {p for p in positions(text) if person in p[0] and p[2] == country}

    def test_a_holder_written_with_the_title_stays(self):
        got = positions("Russian President Vladimir Putin visited Germany on Monday.")
        assert ("Vladimir Putin", "President", "Russia") in {p[:3] for p in got}
