"""A meeting noun's stated aim names what the meeting was for, not who took part
(issue 13, meet21).

"Officials gathered for a conference aimed at launching negotiations between A and B": A and
B are the parties of the negotiations the conference hopes for, not of the conference
(``MEETING_AIM`` in meeting_patterns.json: a participle of aiming, or an infinitive, set on
the meeting noun).  The meeting's own sides stay, whether the aim comes before or after them.
Sentences written from the grammar, with invented names.
"""
import pytest

from tests.test_meetings import consult

PUB = "2023-03-10"  # a Friday

AIMS = [
    pytest.param(
        "Foreign ministers of the Arab League met in Cairo on Monday for talks aimed at "
        "reviving negotiations between Chile and Bolivia.",
        {"League of Arab States"}, {"Chile", "Bolivia"}, id="aimed_at"),
    pytest.param(
        "Kenyan President Amos Kariuki held talks with Ethiopian Prime Minister Dawit Bekele in "
        "Nairobi on Monday, talks intended to end the dispute between Somalia and Djibouti.",
        {"Amos Kariuki", "Dawit Bekele"}, {"Somalia", "Djibouti"}, id="intended_to"),
]


@pytest.mark.parametrize("text, kept, left_out", AIMS)
def test_meeting_aim_names_no_participant(text, kept, left_out):
    found = consult(text, PUB)
    assert any(kept <= f[1] for f in found), found
    assert not any(f[1] & left_out for f in found), found


def test_meeting_aim_leaves_the_sides_named_with_with():
    """The aim after the sides ("held talks with B … aimed at …") keeps both sides."""
    text = ("Kenyan President Amos Kariuki held talks with Ethiopian Prime Minister Dawit "
            "Bekele in Nairobi on Monday aimed at ending the border dispute.")
    assert any({"Amos Kariuki", "Dawit Bekele"} <= f[1] for f in consult(text, PUB))


def test_meeting_aim_alone_makes_no_meeting_of_its_parties():
    """Before meet21 the aim's parties were the gathering's only sides."""
    text = ("Senior officials from nearly fifty countries have gathered in Porthaven for a "
            "conference aimed at launching peace negotiations between Chile and Bolivia.")
    assert not any({"Chile", "Bolivia"} <= f[1] for f in consult(text, PUB))
