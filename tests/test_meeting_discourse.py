"""A second catalogue: meetings told across sentences (discourse constructions).

Written from grammar and news style (issue 13, meet5), never from an article: short
multi-sentence templates with varied names, countries and organisations, published on Friday
2023-03-10 like the first catalogue (tests/test_meeting_catalogue.py). Participants named in
the sentence after the meeting ("Attending were ...", "A and B took part"), the pair referred
back to ("the two leaders", "both sides", "they", "the ministers"), a counterpart given by
office ("the Russian foreign minister met his Chinese counterpart"), quotations, the day
(weekday, yesterday, earlier this month, "last week" over two months: not stated, a
dateline's "today", a past meeting's own date), and what is not a meeting across sentences (a
plan told in the next sentence, a phone or video call followed by "the two discussed", a
postponed or called-off meeting, hopes, an undated "last met"). 62 constructions that report a
meeting and 27 that do not; on main 1a48dfb 36 of the 62 and 20 of the 27 passed.
"""
import pytest

from tests.test_meeting_catalogue import assert_meetings
from tests.test_meetings import consult

PUB = "2023-03-10"  # a Friday

MEETINGS = [
    pytest.param('The Mercosur summit opened in Montevideo on Monday. Brazilian President Luiz Inacio '
                 'Lula da Silva, Argentine President Alberto Fernandez and Uruguayan President Luis '
                 'Lacalle Pou attended.',
                 [{'Luis Lacalle Pou', 'Alberto Fernandez', 'Luiz Inacio Lula da Silva'}], '2023-03-06',
                 id='SUMMIT_OPENED_LEADERS_ATTENDED'),
    pytest.param('The ECOWAS summit was held in Abuja on Sunday. Attending were Ghanaian President '
                 'Nana Akufo-Addo, Senegalese President Macky Sall and Ivorian President Alassane '
                 'Ouattara.',
                 [{'Alassane Ouattara', 'Macky Sall', 'Nana Akufo-Addo'}], '2023-03-05', id='ATTENDING_WERE'),
    pytest.param('The meeting of SCO foreign ministers took place in Goa on Thursday. Among those '
                 'present were Chinese Foreign Minister Qin Gang and Russian Foreign Minister Sergei '
                 'Lavrov.',
                 [{'Sergei Lavrov', 'Qin Gang'}], '2023-03-09', id='AMONG_THOSE_PRESENT'),
    pytest.param('NATO defence ministers met in Brussels on Tuesday. The meeting was attended by '
                 'Swedish Defence Minister Pal Jonson and Finnish Defence Minister Antti Kaikkonen.',
                 [{'Pal Jonson', 'Antti Kaikkonen'}], '2023-03-07', id='THE_MEETING_WAS_ATTENDED_BY'),
    pytest.param('Azerbaijan and Armenia resumed negotiations this week. The talks were held in '
                 'Washington on Wednesday between Azerbaijani Foreign Minister Jeyhun Bayramov and '
                 'Armenian Foreign Minister Ararat Mirzoyan.',
                 [{'Jeyhun Bayramov', 'Ararat Mirzoyan'}], '2023-03-08', id='THE_TALKS_WERE_HELD_BETWEEN'),
    pytest.param('Turkish President Recep Tayyip Erdogan arrived in Baku on Tuesday for talks with '
                 'Azerbaijani President Ilham Aliyev. The two leaders discussed energy cooperation.',
                 [{'Recep Tayyip Erdogan', 'Ilham Aliyev'}], '2023-03-07', id='ARRIVED_FOR_TALKS_THE_TWO'),
    pytest.param('Chinese Foreign Minister Qin Gang arrived in Islamabad on Monday for talks with '
                 'Pakistani Foreign Minister Bilawal Bhutto Zardari. Both sides agreed to expand '
                 'trade.',
                 [{'Qin Gang', 'Bilawal Bhutto Zardari'}], '2023-03-06', id='ARRIVED_FOR_TALKS_BOTH_SIDES'),
    pytest.param('Baltic leaders meet in Riga\n\nEstonian Prime Minister Kaja Kallas, Latvian Prime '
                 'Minister Krisjanis Karins and Lithuanian President Gitanas Nauseda met in Riga on '
                 'Monday.',
                 [{'Gitanas Nauseda', 'Krisjanis Karins', 'Kaja Kallas'}], '2023-03-06',
                 id='HEADLINE_SUMMIT_LEDE'),
    pytest.param('Greek Foreign Minister Nikos Dendias met Cypriot Foreign Minister Ioannis Kasoulides '
                 'in Nicosia on Monday. They discussed energy and migration.',
                 [{'Ioannis Kasoulides', 'Nikos Dendias'}], '2023-03-06', id='MET_THEY_DISCUSSED'),
    pytest.param('Indian External Affairs Minister Subrahmanyam Jaishankar met Japanese Foreign '
                 'Minister Yoshimasa Hayashi in New Delhi on Thursday. The ministers discussed '
                 'maritime security.',
                 [{'Subrahmanyam Jaishankar', 'Yoshimasa Hayashi'}], '2023-03-09',
                 id='MET_THE_MINISTERS_DISCUSSED'),
    pytest.param('Chinese Foreign Minister Qin Gang arrived in Moscow on Monday. Russian Foreign '
                 'Minister Sergei Lavrov met his Chinese counterpart at the Foreign Ministry on '
                 'Tuesday.',
                 [{'Sergei Lavrov', 'Qin Gang'}], '2023-03-07', id='COUNTERPART_NAMED_ELSEWHERE'),
    pytest.param('Russian Foreign Minister Sergei Lavrov said Moscow valued its ties with Beijing. '
                 'Chinese Foreign Minister Qin Gang spoke of a new era. The Russian foreign minister '
                 'met his Chinese counterpart in Moscow on Tuesday.',
                 [{'Sergei Lavrov', 'Qin Gang'}], '2023-03-07', id='OFFICE_MET_COUNTERPART'),
    pytest.param('Australian Defence Minister Richard Marles is on a four-day visit to India. Indian '
                 'Defence Minister Rajnath Singh met his Australian counterpart in New Delhi on '
                 'Monday.',
                 [{'Rajnath Singh', 'Richard Marles'}], '2023-03-06', id='HIS_COUNTERPART_BY_TITLE'),
    pytest.param('"We had a good meeting," Hungarian Prime Minister Viktor Orban said after talks with '
                 'Serbian President Aleksandar Vucic in Belgrade on Monday.',
                 [{'Viktor Orban', 'Aleksandar Vucic'}], '2023-03-06', id='QUOTE_SAID_AFTER_TALKS'),
    pytest.param('Israeli Prime Minister Benjamin Netanyahu told reporters after meeting Italian Prime '
                 'Minister Giorgia Meloni in Rome on Thursday that gas exports would grow.',
                 [{'Giorgia Meloni', 'Benjamin Netanyahu'}], '2023-03-09', id='TOLD_REPORTERS_AFTER_MEETING'),
    pytest.param('Moldovan President Maia Sandu met Ukrainian President Volodymyr Zelensky in Kyiv on '
                 'Wednesday. "Our countries stand together," Sandu said after the meeting.',
                 [{'Maia Sandu', 'Volodymyr Zelensky'}], '2023-03-08', id='MET_QUOTE_NEXT_SENTENCE'),
    pytest.param('TASHKENT, March 9 - Uzbek President Shavkat Mirziyoyev received Turkmen Foreign '
                 'Minister Rashid Meredov today.',
                 [{'Rashid Meredov', 'Shavkat Mirziyoyev'}], '2023-03-09', id='DATELINE_TODAY'),
    pytest.param('Bulgarian President Rumen Radev visited Skopje yesterday. He met North Macedonian '
                 'Prime Minister Dimitar Kovachevski.',
                 [{'Dimitar Kovachevski', 'Rumen Radev'}], '2023-03-09', id='YESTERDAY_TWO_SENTENCES'),
    pytest.param('Kazakh President Kassym-Jomart Tokayev met Kyrgyz President Sadyr Japarov in Bishkek '
                 'earlier this month.',
                 [{'Kassym-Jomart Tokayev', 'Sadyr Japarov'}], '2023-03', id='EARLIER_THIS_MONTH'),
    pytest.param('At their meeting in Ankara on 14 February, Swedish Prime Minister Ulf Kristersson '
                 'and Turkish President Recep Tayyip Erdogan discussed the NATO bid. Sweden has since '
                 'passed a new law.',
                 [{'Ulf Kristersson', 'Recep Tayyip Erdogan'}], '2023-02-14', id='PAST_MEETING_KEEPS_DAY'),
    pytest.param('Chinese President Xi Jinping met US President Joe Biden in Bali on Monday, their '
                 'first meeting since 2019.',
                 [{'Joe Biden', 'Xi Jinping'}], '2023-03-06', id='FIRST_SINCE_YEAR'),
    pytest.param('French Foreign Minister Catherine Colonna met Indian Prime Minister Narendra Modi in '
                 'New Delhi on Monday. She also met Indian External Affairs Minister Subrahmanyam '
                 'Jaishankar.',
                 [{'Catherine Colonna', 'Narendra Modi'},
                  {'Catherine Colonna', 'Subrahmanyam Jaishankar'}], '2023-03-06',
                 id='MET_THEN_ALSO_MET'),
    pytest.param('Talks on the Black Sea grain deal took place in Istanbul on Monday. Turkish Defence '
                 'Minister Hulusi Akar and UN Secretary-General Antonio Guterres took part.',
                 [{'Antonio Guterres', 'Hulusi Akar'}], '2023-03-06', id='TALKS_NAMED_THEN_PARTICIPANTS'),
    pytest.param('The Commonwealth summit took place in Kigali on Friday. Attendees included British '
                 'Prime Minister Boris Johnson and Rwandan President Paul Kagame.',
                 [{'Boris Johnson', 'Paul Kagame'}], '2023-03-10', id='ATTENDEES_INCLUDED'),
    pytest.param('CSTO summit opens in Yerevan\n\nArmenian Prime Minister Nikol Pashinyan opened the '
                 'CSTO summit in Yerevan on Wednesday. Russian President Vladimir Putin and Belarusian '
                 'President Alexander Lukashenko also attended.',
                 [{'Nikol Pashinyan', 'Vladimir Putin', 'Alexander Lukashenko'}], '2023-03-08',
                 id='HEADLINE_SUMMIT_OPENED_ATTENDED'),
    pytest.param('The leaders of the Gulf Cooperation Council met in Riyadh on Tuesday. Also present '
                 'were Egyptian President Abdel Fattah al-Sisi and Jordanian King Abdullah II.',
                 [{'Gulf Cooperation Council', 'Abdullah II', 'Abdel Fattah al-Sisi'}], '2023-03-07',
                 id='ALSO_PRESENT_WERE'),
    pytest.param('An OSCE conference on border security was held in Vienna on Thursday. Participants '
                 'included Moldovan Foreign Minister Nicu Popescu and Georgian Foreign Minister Ilia '
                 'Darchiashvili.',
                 [{'Ilia Darchiashvili', 'Nicu Popescu'}], '2023-03-09', id='PARTICIPANTS_INCLUDED'),
    pytest.param('The Nordic Council session opened in Helsinki on Monday. Among the participants were '
                 'Swedish Prime Minister Ulf Kristersson and Danish Prime Minister Mette Frederiksen.',
                 [{'Ulf Kristersson', 'Mette Frederiksen'}], '2023-03-06', id='AMONG_THE_PARTICIPANTS'),
    pytest.param('Talks on the Nile dam took place in Khartoum on Wednesday. Egyptian Foreign Minister '
                 'Sameh Shoukry and Ethiopian Foreign Minister Demeke Mekonnen participated.',
                 [{'Sameh Shoukry', 'Demeke Mekonnen'}], '2023-03-08', id='PARTICIPATED_NEXT'),
    pytest.param('Romanian President Klaus Iohannis visited Chisinau on Tuesday, where he met Moldovan '
                 'President Maia Sandu. The presidents discussed energy supplies.',
                 [{'Maia Sandu', 'Klaus Iohannis'}], '2023-03-07', id='VISITED_THE_PRESIDENTS_DISCUSSED'),
    pytest.param('Polish Defence Minister Mariusz Blaszczak arrived in Vilnius on Thursday. Lithuanian '
                 'Defence Minister Arvydas Anusauskas received his Polish counterpart at the ministry.',
                 [{'Mariusz Blaszczak', 'Arvydas Anusauskas'}], '2023-03-09',
                 id='COUNTERPART_DEFENCE_BY_TITLE'),
    pytest.param('"The talks were constructive," Kazakh Foreign Minister Murat Nurtleu told reporters '
                 'after meeting Chinese Foreign Minister Qin Gang in Beijing on Monday.',
                 [{'Qin Gang', 'Murat Nurtleu'}], '2023-03-06', id='SAID_AFTER_MEETING_QUOTE_FIRST'),
    pytest.param("Last month's meeting in Tokyo between Japanese Prime Minister Fumio Kishida and "
                 'Philippine President Ferdinand Marcos produced a defence pact.',
                 [{'Ferdinand Marcos', 'Fumio Kishida'}], '2023-02', id='MEETING_LAST_MONTH_BETWEEN'),
    pytest.param('Greek Prime Minister Kyriakos Mitsotakis travelled to Ankara. On Wednesday he held '
                 'talks with Turkish President Recep Tayyip Erdogan.',
                 [{'Kyriakos Mitsotakis', 'Recep Tayyip Erdogan'}], '2023-03-08',
                 id='HELD_TALKS_DAY_IN_NEXT'),
    pytest.param('Kenyan President William Ruto met Rwandan President Paul Kagame in Arusha on Monday. '
                 'Ugandan President Yoweri Museveni attended a football match in Kampala.',
                 [{'Paul Kagame', 'William Ruto'}], '2023-03-06', id='ATTENDED_OTHER_EVENT'),
    pytest.param('Hungarian Prime Minister Viktor Orban met Slovak Prime Minister Eduard Heger in '
                 'Budapest last week.',
                 [{'Eduard Heger', 'Viktor Orban'}], None,
                 id='LAST_WEEK'),
    pytest.param("A meeting of the Collective Security Treaty Organization's foreign ministers was "
                 'held in Minsk on Tuesday. Kazakh Foreign Minister Mukhtar Tileuberdi and Armenian '
                 'Foreign Minister Ararat Mirzoyan took part.',
                 [{'Mukhtar Tileuberdi', 'Ararat Mirzoyan'}], '2023-03-07',
                 id='TOOK_PART_DELEGATIONS'),
    pytest.param('The African Union summit opened in Addis Ababa on Saturday. South African President '
                 'Cyril Ramaphosa and Senegalese President Macky Sall also attended.',
                 [{'Macky Sall', 'Cyril Ramaphosa'}], '2023-03-04',
                 id='ATTENDED_ALSO_PLURAL'),
    pytest.param('Vietnamese President Vo Van Thuong received Cambodian Prime Minister Hun Sen in '
                 'Hanoi on Thursday. The two sides agreed to boost border trade.',
                 [{'Hun Sen', 'Vo Van Thuong'}], '2023-03-09',
                 id='THE_TWO_SIDES_AGREED_AFTER_MET'),
    pytest.param('Spanish Prime Minister Pedro Sanchez is on a tour of Latin America. On Tuesday he '
                 'met Colombian President Gustavo Petro in Bogota.',
                 [{'Gustavo Petro', 'Pedro Sanchez'}], '2023-03-07',
                 id='HE_MET_NEXT_SENTENCE_WEEKDAY'),
    pytest.param("The ASEAN foreign ministers' meeting was held in Jakarta on Monday. Among those "
                 'attending were Singaporean Foreign Minister Vivian Balakrishnan and Malaysian '
                 'Foreign Minister Zambry Abdul Kadir.',
                 [{'Zambry Abdul Kadir', 'Vivian Balakrishnan'}], '2023-03-06',
                 id='AMONG_THOSE_ATTENDING'),
    pytest.param('Putin, Xi hold talks in Moscow\n\nRussian President Vladimir Putin and Chinese '
                 'President Xi Jinping discussed the war in Ukraine on Tuesday.',
                 [{'Vladimir Putin', 'Xi Jinping'}], '2023-03-07',
                 id='HEADLINE_TALKS_LEDE_DISCUSSED'),
    pytest.param('Tokayev meets Mirziyoyev\n\nKazakh President Kassym-Jomart Tokayev received Uzbek '
                 'President Shavkat Mirziyoyev in Astana on Wednesday.',
                 [{'Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'}], '2023-03-08',
                 id='HEADLINE_MEET_LEDE_RECEIVED'),
    pytest.param('The G20 summit opened in New Delhi on Saturday. On the sidelines, Indian Prime '
                 'Minister Narendra Modi met British Prime Minister Rishi Sunak.',
                 [{'Group of Twenty'}, {'Rishi Sunak', 'Narendra Modi'}], '2023-03-04',
                 id='LEDE_SUMMIT_THEN_BILATERAL'),
    pytest.param('Georgian Prime Minister Irakli Garibashvili held talks with Azerbaijani President '
                 'Ilham Aliyev in Baku on Monday. They agreed to build a new power line.',
                 [{'Irakli Garibashvili', 'Ilham Aliyev'}], '2023-03-06',
                 id='THEY_AGREED_AFTER_TALKS'),
    pytest.param('Armenian Foreign Minister Ararat Mirzoyan met Iranian Foreign Minister Hossein '
                 'Amirabdollahian in Tehran on Monday. "The talks were constructive," Mirzoyan said.',
                 [{'Ararat Mirzoyan', 'Hossein Amirabdollahian'}], '2023-03-06',
                 id='TALKS_WERE_CONSTRUCTIVE_QUOTE'),
    pytest.param('Bulgarian Prime Minister Galab Donev met Greek Prime Minister Kyriakos Mitsotakis in '
                 'Athens on Tuesday. The meeting lasted two hours.',
                 [{'Kyriakos Mitsotakis', 'Galab Donev'}], '2023-03-07',
                 id='THE_MEETING_LASTED'),
    pytest.param('Emirati President Mohamed bin Zayed received Indonesian President Joko Widodo in Abu '
                 'Dhabi on Thursday. At the meeting, the two sides signed a trade deal.',
                 [{'Joko Widodo', 'Mohamed bin Zayed'}], '2023-03-09',
                 id='AT_THE_MEETING_SIGNED'),
    pytest.param('Finnish President Sauli Niinisto visited Stockholm on Tuesday. He met Swedish King '
                 'Carl XVI Gustaf and later held talks with Swedish Prime Minister Ulf Kristersson.',
                 [{'Carl XVI Gustaf', 'Sauli Niinisto'}, {'Ulf Kristersson', 'Sauli Niinisto'}], '2023-03-07',
                 id='PARTY_LEADERS_ALSO_MET'),
    pytest.param('Chinese President Xi Jinping and US President Joe Biden last met in Bali in November '
                 '2022.',
                 [{'Joe Biden', 'Xi Jinping'}], '2022-11',
                 id='LAST_MET_DATED'),
    pytest.param('Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi '
                 'on Monday. Joining them was Ethiopian Prime Minister Abiy Ahmed.',
                 [{'Hassan Sheikh Mohamud', 'William Ruto', 'Abiy Ahmed'}], '2023-03-06',
                 id='JOINING_THEM_WERE'),
    pytest.param('The Visegrad Group summit took place in Bratislava on Wednesday. Czech Prime '
                 'Minister Petr Fiala was also in attendance.',
                 [{'Petr Fiala'}], '2023-03-08',
                 id='ALSO_IN_ATTENDANCE'),
    pytest.param('The OSCE Ministerial Council met in Lodz on Thursday. Ukrainian Foreign Minister '
                 'Dmytro Kuleba and Moldovan Foreign Minister Nicu Popescu were among the '
                 'participants.',
                 [{'Dmytro Kuleba', 'Nicu Popescu'}], '2023-03-09',
                 id='WERE_AMONG_THE_PARTICIPANTS'),
    pytest.param('The Arab League summit opened in Algiers on Tuesday. Palestinian President Mahmoud '
                 'Abbas and Iraqi Prime Minister Mohammed Shia al-Sudani were present.',
                 [{'Mohammed Shia al-Sudani', 'Mahmoud Abbas'}], '2023-03-07',
                 id='WERE_PRESENT'),
    pytest.param('The Council of the Baltic Sea States met in Wismar on Monday. Also taking part were '
                 'Danish Foreign Minister Lars Lokke Rasmussen and Icelandic Foreign Minister Thordis '
                 'Gylfadottir.',
                 [{'Thordis Gylfadottir', 'Lars Lokke Rasmussen'}], '2023-03-06',
                 id='ALSO_TAKING_PART_WERE'),
    pytest.param('Chinese Foreign Minister Qin Gang is on a visit to Moscow. Russian Foreign Minister '
                 'Sergei Lavrov met his counterpart on Tuesday.',
                 [{'Sergei Lavrov', 'Qin Gang'}], '2023-03-07',
                 id='HIS_COUNTERPART_NO_DEMONYM'),
    pytest.param('"We want peace," said Sudanese army chief Abdel Fattah al-Burhan, who met South '
                 'Sudanese President Salva Kiir in Juba on Monday.',
                 [{'Salva Kiir', 'Abdel Fattah al-Burhan'}], '2023-03-06',
                 id='QUOTE_SAID_A_WHO_MET'),
    pytest.param('Dutch Prime Minister Mark Rutte met Belgian Prime Minister Alexander De Croo in The '
                 'Hague earlier today.',
                 [{'Alexander De Croo', 'Mark Rutte'}], '2023-03-10',
                 id='EARLIER_TODAY'),
    pytest.param('Czech President Petr Pavel received Slovak President Zuzana Caputova at Prague '
                 'Castle on Wednesday evening.',
                 [{'Zuzana Caputova', 'Petr Pavel'}], '2023-03-08',
                 id='WEDNESDAY_EVENING'),
    pytest.param('"I met Prime Minister Giorgia Meloni yesterday," Croatian Prime Minister Andrej '
                 'Plenkovic told reporters.',
                 [{'Andrej Plenkovic', 'Giorgia Meloni'}], '2023-03-09',
                 id='QUOTED_I_MET_YESTERDAY'),
    pytest.param('"We met Chinese Foreign Minister Qin Gang on Monday and talked about trade," '
                 'Brazilian Foreign Minister Mauro Vieira said.',
                 [{'Mauro Vieira', 'Qin Gang'}], '2023-03-06',
                 id='QUOTED_WE_MET'),
    pytest.param('Finnish President Sauli Niinisto visited Stockholm on Monday. A day later, he '
                 'met Swedish Prime Minister Ulf Kristersson.',
                 [{'Sauli Niinisto', 'Ulf Kristersson'}], '2023-03-07',
                 id='A_DAY_LATER_HE_MET'),
]


@pytest.mark.parametrize(("text", "meetings", "day"), MEETINGS)
def test_discourse_catalogue_each_construction_is_one_meeting_per_counterpart(text, meetings, day):
    assert_meetings(text, meetings, day)


def test_discourse_catalogue_attendees_of_another_event_do_not_join():
    """"A met B on Monday. C attended a football match": C took no part in the meeting."""
    found = consult("Kenyan President William Ruto met Rwandan President Paul Kagame in Arusha on "
                    "Monday. Ugandan President Yoweri Museveni attended a football match in "
                    "Kampala.", PUB)
    assert len(found) == 1 and "Yoweri Museveni" not in found[0][1]


def test_discourse_catalogue_attendees_join_the_meeting_told_just_before():
    """"X attended." joins the meeting of the sentence before, not one told earlier."""
    found = consult("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in "
                    "Lima on Monday. Boric later toured the port of Callao. Colombian President "
                    "Gustavo Petro attended.", PUB)
    assert len(found) == 1 and "Gustavo Petro" not in found[0][1]


NOT_MEETINGS = [
    pytest.param('Turkish President Recep Tayyip Erdogan will travel to Baku next week. He is expected '
                 'to meet Azerbaijani President Ilham Aliyev there.', id='WILL_TRAVEL_EXPECTED_TO_MEET'),
    pytest.param('A summit of Mercosur leaders is planned for July in Puerto Iguazu. The leaders will '
                 'discuss the trade deal with the European Union.', id='SUMMIT_PLANNED_LEADERS_WILL_DISCUSS'),
    pytest.param('The meeting between Serbian President Aleksandar Vucic and Kosovo Prime Minister '
                 'Albin Kurti, planned for Monday, was postponed.', id='POSTPONED'),
    pytest.param('US Secretary of State Antony Blinken postponed his trip to Beijing. His talks with '
                 'Chinese Foreign Minister Wang Yi were called off.', id='CALLED_OFF'),
    pytest.param('French President Emmanuel Macron spoke by telephone with Chinese President Xi '
                 'Jinping on Monday. The two leaders discussed the war in Ukraine.',
                 id='PHONE_THEN_THE_TWO_DISCUSSED'),
    pytest.param('Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese '
                 'held a virtual summit on Tuesday. They discussed trade and security.',
                 id='VIDEO_THEN_THEY_DISCUSSED'),
    pytest.param('Chinese President Xi Jinping will meet US President Joe Biden in San Francisco next '
                 'week. It would be their first meeting since 2019.', id='WILL_MEET_FIRST_SINCE'),
    pytest.param('Ukrainian President Volodymyr Zelensky proposed talks with Chinese President Xi '
                 'Jinping. Beijing has not responded.', id='PROPOSED_NO_RESPONSE'),
    pytest.param('"We will meet soon," Armenian Prime Minister Nikol Pashinyan said of Azerbaijani '
                 'President Ilham Aliyev.', id='QUOTED_PLAN'),
    pytest.param('Egyptian President Abdel Fattah al-Sisi invited Israeli Prime Minister Benjamin '
                 'Netanyahu to Cairo. No date has been set for the visit.', id='INVITED_ACROSS'),
    pytest.param('Talks between Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep '
                 'Tayyip Erdogan are scheduled for next month in Vilnius.', id='SCHEDULED_TALKS'),
    pytest.param('Japanese Prime Minister Fumio Kishida said he hoped for a meeting with North Korean '
                 'leader Kim Jong Un. Pyongyang rejected the idea.', id='HOPES_FOR_MEETING'),
    pytest.param('Turkish President Recep Tayyip Erdogan spoke by phone with Russian President '
                 'Vladimir Putin on Tuesday. The two presidents agreed to extend the grain deal.',
                 id='PHONE_THE_PRESIDENTS_AGREED'),
    pytest.param('Indonesian President Joko Widodo talked with US President Joe Biden by video link on '
                 'Monday. Both sides welcomed the new trade framework.',
                 id='TALKED_BY_VIDEO_LINK_BOTH_SIDES'),
    pytest.param('Belgian Prime Minister Alexander De Croo arrives in Kinshasa next week. He is due to '
                 'meet Congolese President Felix Tshisekedi on Thursday.', id='DUE_TO_MEET_NEXT_SENTENCE'),
    pytest.param('Serbian and Kosovo negotiators were to hold talks in Brussels on Monday. The talks '
                 'were cancelled at the last minute.', id='TALKS_COLLAPSED_BEFORE'),
    pytest.param('G7 leaders held a virtual meeting on Monday. Japanese Prime Minister Fumio Kishida '
                 'and Canadian Prime Minister Justin Trudeau attended.',
                 id='VIRTUAL_MEETING_ATTENDED'),
    pytest.param('The BRICS summit is scheduled for August in Johannesburg. Brazilian President Lula '
                 'and Indian Prime Minister Narendra Modi will attend.',
                 id='PLANNED_SUMMIT_WILL_ATTEND'),
    pytest.param('The summit in Baku was cancelled on Monday. Azerbaijani President Ilham Aliyev and '
                 'Turkish President Recep Tayyip Erdogan were to attend.',
                 id='CANCELLED_SUMMIT_WERE_TO_ATTEND'),
    pytest.param('OSCE conference says election in Kyrgyzstan was flawed\n\nThe observers published '
                 'their report on Monday.',
                 id='HEADLINE_CONFERENCE_SAYS'),
    pytest.param('Chinese President Xi Jinping and US President Joe Biden last met in Bali. They will '
                 'meet again next month.',
                 id='PREVIOUS_MEETING_UNDATED_THEN_WILL'),
    pytest.param('Israeli Prime Minister Benjamin Netanyahu spoke with Egyptian President Abdel Fattah '
                 'al-Sisi by phone on Sunday. They agreed to keep the border open.',
                 id='SPOKE_BY_PHONE_THEY_AGREED'),
    pytest.param('Iraqi President Abdul Latif Rashid was absent from the summit in Riyadh.',
                 id='WAS_ABSENT'),
    pytest.param('"I will meet President Joe Biden next week," Polish President Andrzej Duda said.',
                 id='QUOTED_WILL_MEET'),
    pytest.param('"I met him many times," Turkish President Recep Tayyip Erdogan said of Russian '
                 'President Vladimir Putin.',
                 id='QUOTED_MET_MANY_TIMES'),
    pytest.param('Greek Prime Minister Kyriakos Mitsotakis meets Turkish President Recep Tayyip '
                 'Erdogan next week. The two leaders will discuss migration.',
                 id='MEETS_NEXT_WEEK'),
    pytest.param('Slovenian Prime Minister Robert Golob hopes to meet Croatian Prime Minister '
                 'Andrej Plenkovic later this month.',
                 id='HOPES_LATER_THIS_MONTH'),
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_discourse_catalogue_plans_calls_and_cancelled_meetings_are_none(text):
    assert consult(text, PUB) == []


@pytest.mark.parametrize("second", [
    pytest.param("Syrian President Bashar al-Assad did not attend.", id="DID_NOT_ATTEND"),
    pytest.param("Syrian President Bashar al-Assad, who had been invited, was not among those "
                 "present.", id="NOT_AMONG_THOSE_PRESENT"),
    pytest.param("Syrian President Bashar al-Assad will attend on Saturday.", id="WILL_ATTEND"),
    pytest.param("Syrian President Bashar al-Assad refused to attend.", id="REFUSED_TO_ATTEND"),
    pytest.param("Syrian President Bashar al-Assad stayed away from the summit.", id="STAYED_AWAY"),
])
def test_discourse_catalogue_who_did_not_attend_does_not_join(second):
    found = consult("The Arab League summit opened in Jeddah on Friday. " + second, PUB)
    assert len(found) == 1 and "Bashar al-Assad" not in found[0][1], found
