"""Property tests (hypothesis, derandomized so every run tries the same cases): the boilerplate
filter keeps on a second pass every sentence it kept on the first; the temporal normalizer never
raises, whatever the text and anchor; evidence and mention offsets always slice their text."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blocwatch import clean, pipeline, timex
from blocwatch.config import Options
from blocwatch.records import RawDocument, TimeValue

PINNED = settings(derandomize=True, database=None, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])

WORDS = ("the organization said its members would meet in the capital to discuss border security "
         "cooperation with neighbouring states after talks on Tuesday and agreed a joint statement "
         "on terrorism drug trafficking and peacekeeping forces while ministers of foreign affairs "
         "from several countries welcomed the decision").split()
NAMES = ["Collective Security Treaty Organization", "CSTO", "OSCE", "NATO", "Russia", "Armenia",
         "Kazakhstan", "Moscow", "Yerevan", "Sergey Lavrov", "Nikol Pashinyan", "Kassym-Jomart Tokayev",
         "the Secretary General", "Foreign Minister", "President"]
JUNK = ["Home", "World", "Share", "Print", "Comments", "Read more", "Subscribe", "Advertisement",
        "Related news", "Copyright 2019 News Agency. All rights reserved", "Follow us on Twitter",
        "By Staff Writer", "12:45 GMT", "Photo: AFP", "Tags: security, CSTO", "Next article",
        "Login | Register", "© 2020", "Most read", "Weather"]


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS + NAMES), min_size=6, max_size=24))
    first = words[0]
    return " ".join([first[:1].upper() + first[1:], *words[1:]]) + draw(st.sampled_from(".!?"))


@st.composite
def pages(draw) -> str:
    """A flattened news page: paragraphs of sentences with menus, widgets and footers around."""
    blocks = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            blocks.append(" ".join(draw(st.lists(sentences(), min_size=1, max_size=4))))
        else:
            blocks.append("\n".join(draw(st.lists(st.sampled_from(JUNK), min_size=1, max_size=5))))
    sep = draw(st.sampled_from(["\n\n", "\n", "\n \n"]))
    return sep.join(blocks)


def sentence_like(line: str) -> bool:
    return len(line.split()) >= 6 and clean._ends_sentence(line)


@settings(PINNED, max_examples=150)
@given(pages())
def test_properties_cleaning_keeps_on_a_second_pass_every_sentence_it_kept(page):
    text, title, _ = clean.clean_text(page)
    again, _, _ = clean.clean_text(text, title=title)
    kept = [p for p in text.split("\n\n") if sentence_like(p)]
    for paragraph in kept:
        assert paragraph in again.split("\n\n"), (paragraph, text, again)


@settings(PINNED, max_examples=100)
@given(st.lists(st.sampled_from(WORDS), min_size=8, max_size=30), st.data())
def test_properties_cleaning_never_drops_plain_article_prose(words, data):
    """A page that is nothing but article sentences comes out whole."""
    paragraphs = data.draw(st.lists(sentences(), min_size=2, max_size=6))
    page = "\n\n".join(paragraphs)
    text, _, _ = clean.clean_text(page)
    assert all(p in text for p in paragraphs[1:]), (page, text)


TIMEX_TOKENS = ["January", "Feb.", "march", "May", "Sept", "December", "Monday", "tuesday",
                "last", "next", "this", "week", "month", "year", "years", "ago", "later", "the",
                "day", "before", "after", "since", "until", "between", "and", "from", "to", "-",
                "/", "–", "early", "mid", "late", "of", "in", "on", "1st", "31st", "29", "30",
                "2", "13", "32", "0", "00", "1999", "2000", "2019/20", "1990s", "9999", "0001",
                "24-25", "2011-2012", "12/31/2019", "31.12.2019", "2019-02-29", "2020-02-29",
                "two", "three", "a", "few", "recently", "today", "yesterday", "tomorrow",
                "spring", "autumn", "first", "twenty-first", ",", "."]


@st.composite
def anchors(draw) -> TimeValue | None:
    if draw(st.booleans()):
        return None
    day = draw(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    value = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": f"{day.year:04d}"}
    return TimeValue(value[precision], precision)


@settings(PINNED, max_examples=500)
@given(st.one_of(st.lists(st.sampled_from(TIMEX_TOKENS), max_size=12).map(" ".join), st.text()),
       anchors(), st.sampled_from(["past", "future", "present"]))
def test_properties_timex_never_raises_and_spans_slice_the_text(text, anchor, tense):
    found = timex.find(text)
    for t in found:
        assert text[t.start:t.end] == t.text
        value = timex.resolve(t, anchor, tense)
        if value is not None:
            timex.parse_value(value.value)  # a well-formed calendar value
            timex.bounds(value)
    timex.normalize(text, anchor, tense)


@st.composite
def articles(draw) -> str:
    lead = draw(st.sampled_from(["MOSCOW, May 15, 2012 - ", "YEREVAN (Reuters) - ", "",
                                 "ASTANA, Nov. 2 (Xinhua) -- "]))
    templates = [
        "{p} met {p2} in {c} on {d} to discuss cooperation with the {o}.",
        "{p}, Secretary General of the {o}, said the member states would hold exercises in {c}.",
        "The {o} includes {c}, {c2} and {c3}, {p} told reporters on {d}.",
        '"We will strengthen our joint forces," said {p}, the {o} chief.',
        "{c} joined the {o} in {y}, and {c2} left it in {y2}.",
        "Foreign ministers of the {o} countries gathered in {c} {d}.",
    ]
    people = ["Sergey Lavrov", "Nikolai Bordyuzha", "Stanislav Zas", "Thomas Greminger",
              "Lamberto Zannier", "Helga Schmid", "Jens Stoltenberg", "Imangali Tasmagambetov"]
    places = ["Russia", "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan",
              "Uzbekistan", "Moscow", "Minsk", "Dushanbe"]
    orgs = ["Collective Security Treaty Organization", "CSTO", "OSCE", "NATO",
            "Shanghai Cooperation Organization"]
    out = []
    for _ in range(draw(st.integers(1, 5))):
        out.append(draw(st.sampled_from(templates)).format(
            p=draw(st.sampled_from(people)), p2=draw(st.sampled_from(people)),
            c=draw(st.sampled_from(places)), c2=draw(st.sampled_from(places)),
            c3=draw(st.sampled_from(places)), o=draw(st.sampled_from(orgs)),
            d=draw(st.sampled_from(["Tuesday", "May 14", "last week", "November 2-3, 2017"])),
            y=draw(st.integers(1992, 2020)), y2=draw(st.integers(1992, 2020))))
    return lead + draw(st.sampled_from([" ", "\n\n"])).join(out)


@settings(PINNED, max_examples=25)
@given(articles())
def test_properties_evidence_and_mentions_always_slice_the_text(article):
    ex = pipeline.process(RawDocument("p.txt", "p", article, "text/plain"), Options())
    text = ex.document.text
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text, m
    for owner in (*ex.claims, *ex.events, *ex.quotes):
        assert owner.evidence, owner
        for ev in owner.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start:ev.end] == ev.text, (ev, owner)
            assert re.search(r"\S", ev.text)
