"""bench/position_misses.py describes a missed position whose title's head noun stands only in
the lede by categories computed from the parse, the mentions and the rules (issue 13,
``posit32``), so the unseen batches' cases may be counted without their text being read.

The text is invented: a headline, a lede naming one president by a demonym title, and three
people listed later with no title beside them; the gold gives the second listed person the
same office in another state.
"""

from __future__ import annotations

import sys

import pytest

from blocwatch import pipeline
from blocwatch.config import Options
from blocwatch.records import RawDocument
from tests.conftest import REPO

TEXT = ("Leaders gather for regional trade talks\n\n"
        "Kenyan President Daniel Otieno opened the regional talks in Nairobi on Monday. "
        "The talks covered trade and security along the shared border. "
        "Guests at the opening included Amos Wekesa, Ruth Nakato and Peter Okello.")
GOLD = {"positions": [
    {"person": ["Daniel Otieno"], "role": "President", "org": ["Kenya"]},
    {"person": ["Ruth Nakato"], "role": "President", "org": ["Uganda"]},
]}


@pytest.fixture(scope="module")
def trace() -> dict:
    sys.path.insert(0, str(REPO / "bench"))
    from position_misses import classify

    ex = pipeline.process(RawDocument("t.txt", "t", TEXT, "text/plain", published="2024-05-06"),
                          Options())
    missed = [d for kind, d in classify(ex, GOLD) if d["gold"].startswith("Ruth Nakato")]
    assert len(missed) == 1
    return missed[0]


def test_trace_places_a_head_written_only_beside_another_person_in_the_lede(trace):
    assert trace["head_at"] == "lede"
    got = trace["lede"]
    assert got["head_line"] == "sentence_1"
    assert got["head_np"] == "demonym" and got["head_dep"] == "compound"
    assert got["pattern"] == "other_person" and got["other_gold"] == "gold_same_title"
    assert got["other_shares_name"] == "no_word"
    assert got["first_role"].startswith("conj") and got["people_in_its_sentence"] == "3+"
    assert got["sentence_gap"] == "2" and got["listed_same_title"] == "1"
    assert got["holder_as_other"] == "other_holder"


def test_trace_prints_no_word_of_the_text(trace):
    words = {w.strip(".,").lower() for w in TEXT.split() if len(w) > 3}
    values = " ".join(trace["lede"].values()).lower().replace("_", " ").split()
    assert trace["lede"] and not words & set(values)


LONGER_TEXT = ("Talks on the border end without a deal\n\n"
               "The talks on the border ended on Monday without a deal. "
               "The Kenyan Army, whose commander-in-chief is President Jon Merrit, entered the "
               "town. "
               "Chinese Emergencies Ministry spokeswoman Wu Lan said the flood had receded. "
               "Kenyan Greens Leader Amos Wekesa said the deal had failed.")
LONGER_GOLD = {"positions": [
    {"person": ["Jon Merrit"], "role": "President", "org": ["Kenya"]},
    {"person": ["Wu Lan"], "role": "Spokeswoman", "org": ["China"]},
    {"person": ["Amos Wekesa"], "role": "Leader", "org": ["Kenyan Greens"]},
]}


@pytest.fixture(scope="module")
def shapes() -> dict[str, list]:
    sys.path.insert(0, str(REPO / "bench"))
    from position_misses import classify

    ex = pipeline.process(RawDocument("t.txt", "t", LONGER_TEXT, "text/plain",
                                      published="2024-05-06"), Options())
    return {d["gold"].split(" | ")[0]: d for _, d in classify(ex, LONGER_GOLD)}


class TestLongerNameShape:
    """A country the ``longer_name`` guard refused is described by the class of the noun its
    longer name ends in, how that name meets the title and whether the country is the gold
    holder (``longer_name_shape``, posit35): categories, never a word, so the unseen batches'
    refusals can be counted.  Invented text: a state's army apart from its president's title
    (the state's, the guard refusing it), a party's leader (the party's, the guard right) and a
    state written only inside one organization mention (``name_before_title``)."""

    def test_a_states_army_apart_from_the_title_is_a_force_of_the_gold_country(self, shapes):
        (shape,) = shapes["Jon Merrit"]["longer_name"]
        assert shape[0] == "force" and shape[1] == "none"
        assert shape[2].startswith("apart:punct:") and shape[3] == "gold_country"

    def test_a_partys_name_before_the_title_is_not_the_gold_country(self, shapes):
        (shape,) = shapes["Amos Wekesa"]["longer_name"]
        assert shape[0].startswith("other_propn") and shape[3] == "not_gold"

    def test_a_state_written_only_inside_one_organization_mention_is_counted(self, shapes):
        got = shapes["Wu Lan"]
        assert got["guards"] == "none_named"
        assert got["name_before"] == "organization:unresolved:state_institution:state_first"

    def test_the_shape_prints_no_word_of_the_text(self, shapes):
        words = {w.strip(".,").lower() for w in LONGER_TEXT.split() if len(w) > 2}
        values = " ".join([":".join(s) for d in shapes.values() for s in d.get("longer_name", [])]
                          + [d.get("name_before", "") for d in shapes.values()]).lower()
        parts = set(values.replace(":", " ").replace("=", " ").replace("_", " ").split())
        assert shapes["Jon Merrit"]["longer_name"] and not words & parts
