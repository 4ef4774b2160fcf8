"""Meetings (PLOVER CONSULT): who met whom and when, one error class a test, on real sentences.

The sentences come from the read half of ../shared/dev, tests/fixtures/news_gold and the
seeds (copied here so the tests run without ../shared).
"""

import pytest

from blocwatch import events, meetings, pipeline
from blocwatch.config import Options
from blocwatch.records import RawDocument


def consult(text: str, published: str | None = None):
    """(date, participant names, pattern names) of each CONSULT event of the text."""
    ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain", published=published),
                          Options())
    names = {e.local_id: e.name for e in ex.entities}
    return [(e.date, {names.get(i, i) for i in e.actors + e.targets},
             {v.extractor.split(":", 1)[1] for v in e.evidence if ":" in v.extractor})
            for e in ex.events if e.category == "CONSULT"]


def people(found, *needed: str):
    return [f for f in found if set(needed) <= f[1]]


def test_meetings_one_per_titled_counterpart():
    text = ("Jeddah (UrduPoint / Pakistan Point News - 28th November, 2019) Secretary General of "
            "the Organization of Islamic Cooperation (OIC), H.E. Dr. Yousef A. Al-Othaimeen, met on "
            "25 November 2019 with their Excellencies: Mr. Chingiz Aidarbekov, Minister of Foreign "
            "Affairs of the Republic of Kyrgyzstan, Mr. Amadou Ba, Minister of Foreign Affairs of "
            "the Republic of Senegal, and Dr. Abdullah Shahid, Minister of Foreign Affairs of the "
            "Republic of Maldives.\n\nThese meetings also offered an opportunity for consultations "
            "on a number of current issues in the Islamic world.")
    found = consult(text, "2019-11-28")
    for minister in ("Chingiz Aidarbekov", "Amadou Ba", "Abdullah Shahid"):
        (one,) = people(found, "Yousef A. Al-Othaimeen", minister)
        assert one[0] == "2019-11-25" and "MEET_VERB+EACH_COUNTERPART" in one[2]
        others = {"Chingiz Aidarbekov", "Amadou Ba", "Abdullah Shahid"} - {minister}
        assert not one[1] & others


def test_meetings_counterparts_without_their_own_titles_met_together():
    text = ("The Cuban Minister of Foreign Relations Felipe Peréz Roque visited Brazil on "
            "February 2-3. On February 3, Roque met Lula da Silva and Amorim. During the meeting, "
            "he mentioned that he was carrying a personal message.")
    found = consult(text, "2005-02-06")
    assert [f[0] for f in people(found, "Lula da Silva", "Amorim")] == ["2005-02-03"]


def test_meetings_the_two_leaders_are_the_last_two_named():
    text = ("The summit was launched at a press conference that involved US President George W. "
            "Bush and Japanese Prime Minister Yasuo Fukuda. Prior to the press conference, the two "
            "leaders met to discuss international affairs.")
    found = consult(text, "2008-07-07")
    assert any("PAIR_MET" in " ".join(f[2]) for f in people(found, "George W. Bush",
                                                             "Yasuo Fukuda"))


def test_meetings_a_delegation_led_by_someone_brings_its_leader():
    text = ("Baku, Azerbaijan, Nov. 20\n\nAzerbaijan's First Deputy Minister of Defense, Chief of "
            "the General Staff of the Armed Forces, Colonel General Najmaddin Sadikov met Nov. 20 "
            "with a delegation led by the Chief of the General Staff of the Republic of Turkey, "
            "Army General Yasar Guler, the Azerbaijani Ministry of Defense said.")
    (meeting,) = people(consult(text, "2018-11-20"), "Najmaddin Sadikov", "Yasar Guler")
    assert meeting[0] == "2018-11-20" and "MEET_VERB+LED_BY" in meeting[2]


def test_meetings_a_meeting_at_a_summit_is_its_own_and_the_summit_gathers_its_attendees():
    text = ("African Union summit: Sudan says no to UN troops\n\nThe Sudanese President Omar "
            "Hassan al-Bashir has rejected an UN offer of troops. Bashir met with the UN "
            "Secretary-General Kofi Annan on Sunday at the 7th African Union Summit being held in "
            "the Gambian capital Banjul. Also in attendance at the summit was Hissene Habre, Chad "
            "'s leader until 1990.")
    found = consult(text, "2006-07-02")
    bilateral = [f for f in people(found, "Bashir", "Kofi Annan") if "Hissene Habre" not in f[1]]
    summit = people(found, "African Union", "Kofi Annan", "Hissene Habre")
    assert bilateral and summit and all(f[0] == "2006-07-02" for f in bilateral + summit)


def test_meetings_the_same_day_is_the_day_told_before():
    text = ("Jeddah (UrduPoint / Pakistan Point News - 28th November, 2019) OIC Secretary General "
            "Yousef A. Al-Othaimeen met on 25 November 2019 with Mr. Amadou Ba, Minister of "
            "Foreign Affairs of the Republic of Senegal.\n\nAlso, the Secretary General received "
            "on the same day the German Deputy Minister for external affairs, Mr. Neils Annen.")
    (received,) = people(consult(text, "2019-11-28"), "Neils Annen")
    assert received[0] == "2019-11-25"


def test_meetings_visits_on_listed_dates_are_one_each():
    text = ("Brazil-Cuba relationship. The President of Cuba, Fidel Castro, has visited Brazil "
            "several times, most recently in September 1998, June 1999, September 2001, and "
            "January 2003.")
    found = people(consult(text, "2005-02-06"), "Fidel Castro", "Brazil")
    assert sorted(f[0] for f in found) == ["1998-09", "1999-06", "2001-09", "2003-01"]


def test_meetings_a_visit_told_by_its_meetings_is_those_meetings():
    text = ("The Cuban Minister of Foreign Relations Felipe Peréz Roque visited Brazil on "
            "February 2-3. He met Brazilian President Luiz Inácio Lula da Silva.")
    found = consult(text, "2005-02-06")
    assert all("Luiz Inácio Lula da Silva" in f[1] for f in found if "Felipe Peréz Roque" in f[1])


@pytest.mark.parametrize("text", [
    # a handshake, and a meeting that was not planned
    "ASTANA, June 9, 2017 - Pakistani Prime Minister Nawaz Sharif and Indian counterpart Narendra "
    "Modi reportedly shook hands late Thursday, although New Delhi said that no formal bilateral "
    "meeting between the two was planned.",
    # a kind of meeting, not one that took place
    "The most important decisions of the AU are made by the Assembly of the African Union, a "
    "semi-annual meeting of the heads of state and government of its member states.",
    "Unlike G20, which focuses on economics, G7 meetings usually center on politics.",
    # hosting an institution, receiving votes
    "Seven members states had bid to host the AfCFTA secretariat, with Ghana winning the bid.",
    "Thailand's Deputy Prime Minister Surakiart Sathirathai and former Afghan Finance Minister "
    "Ashraf Ghani each received four votes in favour.",
    # asked for, planned, expected, cancelled
    "MOSCOW, May 5, 2019 - Kazakhstan insisted that the meeting of the prime ministers of Armenia "
    "and Azerbaijan be moved to Moscow, officials said.",
    "BAKU, March 3, 2019 - Russian Foreign Minister Sergey Lavrov is expected to meet Azerbaijani "
    "President Ilham Aliyev on Friday. Turkish Foreign Minister Mevlut Cavusoglu cancelled his "
    "visit to Baku.",
    "The Council of Europe began discussing suspending Russia from the body on February 25.",
    # set to meet; a meeting proposed and then withdrawn from
    "Stephen Harper is set to meet with Chinese President Hu Jintao at the Asia-Pacific Economic "
    "Cooperation summit in Hanoi, Vietnam.",
    "Last year the Chinese government proposed a meeting with Canadian Prime Minister Stephen "
    "Harper, then the Chinese government withdrew from the meeting.",
])
def test_meetings_that_did_not_take_place_are_not_meetings(text):
    assert consult(text, "2019-08-24") == []


def test_meetings_a_numbered_session_of_a_body_is_a_meeting_of_that_body():
    text = ("MADRID, Spain, Nov. 30, 2007 /PRNewswire-USNewswire/ -- The unanimous vote by the 56 "
            "participating Member States was announced at the 15th OSCE Ministerial Council in "
            "Madrid, Spain.")
    found = consult(text, "2007-11-30")
    assert any("OSCE Ministerial Council" in f[1] and "SESSION_ORDINAL" in f[2] for f in found)


def test_meeting_patterns_are_declared_and_every_trigger_word_has_a_cameo_code():
    data = meetings.patterns()
    codes = events.lexicon()["categories"]["CONSULT"]
    for pats in data["triggers"].values():
        for pattern in pats:
            for token in pattern:
                spec = token.get("_", {}).get("lemma_lower") or token.get("LOWER")
                wanted = spec["IN"] if isinstance(spec, dict) else [spec]
                table = codes["verbs"] if "_" in token else codes["nouns"]
                assert all(w in table for w in wanted), wanted
    assert set(data["constructions"]) >= {"PAIR_MET", "LED_BY", "SESSION_ORDINAL"}


def test_meetings_a_joint_news_conference_with_someone_is_a_meeting():
    text = ("Sarkozy ends French job ban\n\nDuring a one-day visit to Warsaw on Tuesday French "
            "President Nicolas Sarkozy announced that his country would lift job restrictions on the "
            "citizens of some of the European Union's former communist states. Sarkozy also told a "
            "joint news conference with Polish Prime Minister Donald Tusk on Wednesday that Ukraine "
            "would be offered closer cooperation.")
    found = consult(text, "2008-05-29")
    assert [f[0] for f in people(found, "Nicolas Sarkozy", "Donald Tusk")] == ["2008-05-28"]
    assert not any("European Union" in f[1] for f in found)  # what he announced, not who met


def test_meetings_they_are_the_participants_of_the_meeting_just_told():
    text = ("The leaders of the Group of Eight (G8) nations met over the weekend in St. Petersburg "
            "in Russia for the 32nd G8 Summit to discuss the ongoing Israel-Lebanon crisis, the "
            "stalled world trade talks and other issues. They also met with other world leaders, the "
            "UN Secretary General Kofi Annan and World Trade Organisation chief Pascal Lamy.")
    found = consult(text, "2006-07-17")
    (summit,) = people(found, "Group of Eight", "Kofi Annan", "Pascal Lamy")
    assert summit[0] == "2006-07-15" and "MEET_VERB+THEY" in summit[2]
    assert not any({"Israel", "Lebanon"} & f[1] for f in found)  # what they discussed


def test_meetings_a_body_that_met_is_a_session_of_that_body():
    text = ("UN Security Council approves African Union peace keepers for Somalia\n\nThe U.N. has "
            "approved the deployment of a force in Somalia. The 15 member council met last Tuesday "
            "(February 20), and unanimously authorized Resolution 1744, allowing African Union "
            "member states to establish a mission supporting the government led by Ali Mohammed "
            "Ghedi.")
    found = consult(text, "2007-02-23")
    (session,) = people(found, "UN Security Council")
    assert session[0] == "2007-02-20" and "MEET_VERB+BODY_MET" in session[2]
    assert "Ali Mohammed Ghedi" not in session[1]  # the resolution's, not the session's


def test_meetings_by_telephone_are_not_meetings_and_a_recent_one_has_no_day():
    text = ("In a telephone conversation with French president Nicolas Sarkozy on Sunday, Russian "
            "president Dmitry Medvedev declared that Russian troops would start their pullout.")
    assert consult(text, "2008-08-17") == []
    text = ("The initiative was announced by Somalian President Abdullahi Yusuf Ahmed during a "
            "recent summit of the African Union.")
    assert [f[0] for f in consult(text, "2007-02-23")] == [None]


def test_meetings_take_the_day_of_later_on_wednesday_yesterday_and_on_tuesday():
    text = ("ASTANA, June 9 (Reuters) - Kazakh President Kassym-Jomart Tokayev received Chinese "
            "Foreign Minister Wang Yi later on Wednesday. On Tuesday, Wang held talks with Kyrgyz "
            "Foreign Minister Zheenbek Kulubaev in Bishkek. NATO Secretary General Jens Stoltenberg "
            "met Ukrainian Foreign Minister Dmytro Kuleba yesterday and will meet Georgian Prime "
            "Minister Irakli Garibashvili on Friday.")
    found = consult(text, "2022-06-09")
    assert [f[0] for f in people(found, "Kassym-Jomart Tokayev", "Wang Yi")] == ["2022-06-08"]
    assert [f[0] for f in people(found, "Wang Yi", "Zheenbek Kulubaev")] == ["2022-06-07"]
    assert [f[0] for f in people(found, "Jens Stoltenberg", "Dmytro Kuleba")] == ["2022-06-08"]
    assert not people(found, "Irakli Garibashvili")  # will meet: planned
