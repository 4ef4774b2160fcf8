"""Why a gold position is missed: counts by class, and the cases of readable sets only.

Each gold position that no claim of the document matches (person, title and holder, as
``blocwatch eval`` folds them; the date is checked last) falls in one class:

- ``no_entity``: no person entity carries the gold name;
- ``no_claim``: the person is an entity but no position claim is made for them;
- ``other_title`` / ``other_holder`` / ``other_both`` / ``other_date``: a claim for the person
  that differs in that.

A ``no_claim`` case is described further: whether the gold title's head word stands right
before a mention of the person (``title_before``), and where a mention of the gold holder
stands from the person's sentences (``same`` sentence, ``previous`` sentence, ``lede`` = the
first two sentences, ``elsewhere``, ``nowhere``) and whether that mention is a demonym or a
possessive (``demonym``).

The gold title's head noun (the word of office, "Minister" of "Prime Minister of Kenya") is
then looked for around the person (``head_at``, the nearest place first): ``before`` (within
four words before a mention of the person), ``apposition`` (after a mention and a comma or
bracket), ``copula`` (after a mention and is/was/who/as), ``after`` (later in the mention's
sentence, another construction), ``far_before`` (earlier in that sentence), ``surname``
(a sentence naming the person by one word only), ``pronoun`` (a sentence with no mention
whose first words are he/she/his/her), ``lede`` (the first two sentences), ``elsewhere``,
``nowhere``.  ``head_known`` says whether that head is one of the title layer's heads
(data/titles.json); ``in_title`` whether the title layer made a span of the occurrence;
``quote`` whether a mention of the person stands next to a verb of saying (", said X,
TITLE", "X, TITLE, said").  ``match`` says how far the position rules got with the
person: ``none`` (no declared pattern matched a mention of theirs), ``no_holder`` (a pattern
matched, and neither the words nor the context gave a holder), ``holder`` (a pattern matched
with a holder; the claim was dropped later).  A ``no_holder`` case adds its ``scene`` (the
gold title's held_in, countries in the sentence / so far, organizations in the sentence) and
``guards`` (the first check of positions._sentence_holders that refused each country of the
sentence); a head after the name adds ``gap``, the word classes between (tags, never words),
and, matched with no holder in apposition or copula, ``story``: the first step of
positions._story_country that refused it (story_refusal; a code-computed class, counted for
every set).  A head before the name matched with no holder adds ``story_before``
(story_refusal_before, issue 13, ``posit36``): the first step of positions._claim's bare branch
and of _story_country that refused it, a refused title's shape in classes (title_shape);
counted for every set, crossed with held_in and the sentence guards; and
``previous_subject`` (previous_subject_class, issue 13, ``posit43``): what the sentence before
has as its main clause's subject, a country the gold holder or not.  A head only in the
lede adds ``lede`` (``lede_features``, issue 13, ``posit32``): categories of where the head stands
and how its noun phrase opens, which pattern matched it and with whom
(another person, and whether the gold gives them the same title), and how the person is named
later (sentence, dependency, the token classes beside the name, people and countries in that
sentence, gold positions of the same title listed there, the holder's kind); counted for every
set, crossed, with the number of cases per document.  Each no_claim case adds
``apposed_body`` (apposed_body_class, issue 13, ``posit46``): whether the person's sentences
rename a common noun by an apposed organization ("leader of the largest opposition party, the
Movement for …") and whether it is the gold holder; a head before the name that no bare
title matched gives, as its story refusal, the pattern that matched instead and whether its
title names a body (``no_bare:PATTERN:names_body|office``).

Readable sets (the news_gold files not starting with ``ux``, the read half of ../shared/dev, ``audit``
(bench/data/position_audit_seed26.jsonl, corpus articles annotated for positions only) and
the seeds) print their cases with ``--cases``; the held half of ../shared/dev and the unseen
batches ux1-5 print counts only, whatever the flags.

With ``--extras`` it reports the other side, the wrong claims (extras): each predicted
position no gold position matches, as ``blocwatch eval`` pairs them, falls in one class:
``title`` / ``holder`` / ``both`` / ``date`` (the person has a gold
position in the document and the claim differs from the nearest in that; ``date`` also
covers a second claim of a position already matched), ``not_gold_position`` (a person the
gold names elsewhere, in a meeting, with no position), ``not_gold_person`` and ``junk`` (the
"person" is no person: a place, an outlet, a title word or a group).  Counts go by class, by
pattern (the extractor field, with each pattern's matched claims beside, so its precision
reads off) and by holder source (the ``+scene_country``-style suffix, else ``written`` beside
the name or ``sentence``, the sentence's country), then crossed (class, pattern, holder source,
qualifier), still counts only; cases of readable sets only.

    PYTHONPATH=src .venv/bin/python bench/position_misses.py [--set ng|dev-read|dev-held|ux|audit]
                                                              [--cases] [--extras]

With ``--corpus N`` it reads no gold: it draws N articles of ../shared/corpus/news
(``random.Random(--seed)``, among those whose text has a capitalised title word before a
capitalised word, ``BARE_TITLE``; never rows past ``CORPUS_READABLE_ROWS``, whose PLOVER draw a
judge reads, nor a news_gold article) and prints every position claim whose extractor ends with
``--rule`` (e.g. ``+story_country``), for reading by hand (``--patterns apposition,copula``:
only those of these patterns; ``--any-text``: drawn from every readable row, not only those with
a ``BARE_TITLE``); with ``--guards`` it prints instead
each bare title matched with no holder, the countries of its sentence and the guard of
positions._sentence_holders that refused each (``country_guard``), with counts by guard.
Each article is fed with its headline as the text's first line, as the news_gold files are
written.  With ``--story-before`` it prints instead each bare title
matched with no holder and no claim in a sentence naming no country, with story_refusal_before.
With ``--headline`` it prints instead each title of the headline line that no
person's name stands beside, with the people of the first body sentence and whether a claim
of that head was made for them (``claimed`` / ``unclaimed``), counts at the end.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import re
import tempfile
from pathlib import Path

from blocwatch.analysis import DocAnalysis
from blocwatch.config import load_options
from blocwatch.evaluate import date_match, name_key, role_key, split_half
from blocwatch.facts.base import Context
from blocwatch.facts.positions import STORY_HEADLINE_WORDS, PositionRules
from blocwatch.facts.titles import APOSTROPHE_S, FUNCTION_WORDS, Titles, lexicon
from blocwatch.knowledge import knowledge, position_patterns
from blocwatch.pipeline import extract_batch, read_sources
from blocwatch.records import Extraction

REPO = Path(__file__).resolve().parents[1]
NEWS_GOLD = REPO / "tests" / "fixtures" / "news_gold"
DEV = REPO.parent / "shared" / "dev"
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
READABLE = {"ng", "dev-read", "audit"}
AUDIT = REPO / "bench" / "data" / "position_audit_seed26.jsonl"  # corpus articles, positions only
CORPUS = REPO.parent / "shared" / "corpus" / "news" / "articles.jsonl.gz"
CORPUS_READABLE_ROWS = 4200  # rows 4200- are the PLOVER news "rest" draw: never read
BARE_TITLE = re.compile(r"\b(?:Minister|Secretary|Chancellor|King|Premier|PM)\s+(?:[A-Z][a-z]+\s+)?"
                        r"[A-Z][a-z]+")
HEAD_PLACES = ("before", "apposition", "copula", "after", "far_before", "surname", "pronoun",
               "lede", "elsewhere", "nowhere")
COPULA = {"is", "was", "who", "as", "became", "be", "been", "remains", "serves", "served"}
SAYING = {"said", "says", "told", "added", "stated", "noted", "say", "tells", "adds"}
PRONOUNS = {"he", "she", "his", "her"}
# verbs that take "as" and an office, in groups by what they say of the term (posit44)
AS_VERB_GROUPS = {"serve_as": {"serve", "act", "function", "work"},
                  "stay_as": {"continue", "remain", "stay", "return"},
                  "leave_as": {"resign", "quit", "step", "retire"},
                  "stand_as": {"stand", "run"}}


def gold_set(name: str) -> list[tuple[dict, dict]]:
    """(gold, page) pairs of a set; a page is what a scraper delivers (url, published, text)."""
    if name in ("ng", "ux"):
        files = sorted(p for p in NEWS_GOLD.glob("*.json")
                       if p.stem.startswith("ux") == (name == "ux"))
        return [(g, {"url": g["url"], "published": g["published"],
                     "text": p.with_suffix(".txt").read_text("utf-8")})
                for p in files for g in [json.loads(p.read_text("utf-8"))]]
    if name == "audit":
        return audit_set()
    gold_dir = DEV / "gold"
    stems = split_half([p.stem for p in gold_dir.glob("*.json")], name.split("-")[1])
    pages = {}
    for line in (DEV / "docs.jsonl").read_text("utf-8").splitlines():
        page = json.loads(line)
        pages[page["url"]] = page
    for p in sorted(SEEDS.glob("*.txt")):
        pages[p.stem[:3]] = {"url": "", "text": p.read_text("utf-8")}
    out = []
    for stem in sorted(stems):
        g = json.loads((gold_dir / f"{stem}.json").read_text("utf-8"))
        page = pages.get(g.get("url")) or pages.get(stem.rsplit("-", 1)[-1])
        if page is not None:
            out.append((g, page))
    return out


def audit_set() -> list[tuple[dict, dict]]:
    """The hand-annotated corpus draw (positions only), each page as title + blank line + text."""
    golds = [json.loads(line) for line in AUDIT.read_text("utf-8").splitlines() if line.strip()]
    wanted = {g["id"] for g in golds}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = {r["id"]: r for r in map(json.loads, fh) if r["id"] in wanted}
    return [({"doc": g["id"], **g}, {"url": g["url"], "published": g["published"],
                                     "text": rows[g["id"]]["title"] + "\n\n" + rows[g["id"]]["text"]})
            for g in golds]


def extract(pages: list[dict]) -> list[Extraction]:
    options = load_options()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in pages), "utf-8")
        items = list(read_sources([path], options))
        out: list[Extraction] = []
        for i in range(0, len(items), 20):
            out += extract_batch(items[i:i + 20], options)
    return out


def entity_names(ex: Extraction) -> dict[str, set[str]]:
    kb = knowledge()
    out = {}
    for e in ex.entities:
        names = {e.name, *e.aliases}
        known = kb.entities.get(e.key or "")
        if known is not None:
            names |= {known.name, *known.aliases}
        out[e.local_id] = {name_key(n) for n in names}
    return out


def title_head(role: str) -> str:
    """The word of office in a gold title: the last word before its complement that is a
    known head ("Prime Minister of Kenya" → minister), else the last word before it."""
    lex = lexicon()
    words = []
    for w in role.lower().replace("–", "-").split():
        if w in FUNCTION_WORDS:
            break
        words.append(w)
    heads = [w for w in words if w in lex.heads or w in lex.plurals or
             any(p in lex.heads for p in w.split("-"))]
    word = (heads or words or [""])[-1]
    return word.split("-")[0] if word not in lex.heads and "-" in word else word


def head_place(ex: Extraction, mentions: list, head: str) -> tuple[str, bool, bool, str]:
    """(where the head noun stands from the person, whether the title layer spans it there,
    whether a mention stands next to a verb of saying, the word classes from the mention to
    the head)."""
    doc = ex.extras.get("parsed")
    if doc is None or not head:
        return "nowhere", False, False, ""
    lex = lexicon()
    titles = Titles(DocAnalysis(doc, ex.doc_id, ex.mentions, ex.entities, ex.date))
    sents = list(doc.sents)
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    spans = [s for s in spans if s is not None]
    own = {s.sent.start for s in spans}
    short = {s.sent.start for s in spans if len(s) == 1}
    quote = any(any(t.lower_ in SAYING for t in doc[max(s.sent.start, s.start - 3):s.start])
                or any(t.lower_ in SAYING for t in doc[s.end:min(s.sent.end, s.end + 12)])
                for s in spans)
    best, in_title, gap = "nowhere", False, ""
    for tok in doc:
        low = tok.lower_
        if lex.plurals.get(low, low) != head and low.split("-")[0] != head:
            continue
        sent = tok.sent
        place = "elsewhere"
        for s in spans:
            if s.sent.start != sent.start:
                continue
            if s.start - 4 <= tok.i < s.start:
                place = "before"
            elif tok.i >= s.end:
                between = [t.lower_ for t in doc[s.end:tok.i]]
                close = tok.i - s.end <= 8
                place = min((place, "apposition" if close and between and between[0] in (",", "(")
                             and not COPULA & set(between) else "copula" if close and COPULA &
                             set(between) else "after"), key=HEAD_PLACES.index)
                continue
            else:
                place = min(place, "far_before", key=HEAD_PLACES.index)
        if place == "elsewhere":
            if sent.start in short:
                place = "surname"
            elif sent.start not in own and any(t.lower_ in PRONOUNS for t in sent[:4]):
                place = "pronoun"
            elif sents.index(sent) < 2:
                place = "lede"
        if HEAD_PLACES.index(place) < HEAD_PLACES.index(best):
            best, in_title = place, titles.at(tok.i) is not None
            near = [s for s in spans if s.sent.start == sent.start and s.end <= tok.i]
            gap = word_shape(ex, titles, doc[near[-1].end:tok.i + 1]) if near else ""
    return best, in_title, quote, gap


LEDE_FEATURES = ("head_line", "head_np", "head_dep", "head_plural", "head_count", "in_title",
                 "head_in_mention", "pattern", "other_shares_name", "other_gold",
                 "name_in_head_sentence", "word_before_person",
                 "person_first_sentence", "sentence_gap", "people_between", "first_mention",
                 "first_label", "first_role", "before_person", "after_person",
                 "people_in_its_sentence", "countries_in_its_sentence", "gold_same_title",
                 "listed_same_title", "holder_as_other", "holder_kind", "role_held_in",
                 "head_elsewhere")
LEDE_CROSSED = ("other_gold", "first_role", "listed_same_title", "holder_as_other",
                "holder_kind", "role_held_in", "head_elsewhere", "after_person")
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}


def _bucket(n: int, bounds: tuple[int, ...]) -> str:
    """A count as a class: the bound it reaches (``3+`` past the last)."""
    for b in bounds:
        if n <= b:
            return str(b)
    return f"{bounds[-1] + 1}+"


def lede_features(ex: Extraction, mine: set[int], head: str, found: list,
                  gold: dict, gold_role: str) -> dict[str, str]:
    """How a gold title whose head noun stands only in the lede (``head_at`` "lede") is
    written, as categories computed from the parse, the mentions and the rules, never a word
    of the text: where the head stands (``headline`` line, else its sentence), the words its
    noun phrase opens with (``the``, ``a``, ``possessive_pronoun``, ``country_possessive``,
    ``other_possessive``, ``demonym``, ``none``), its dependency, whether a position pattern
    matched it and with whom, what else names a person in its sentence, and how the person is
    first named after it (sentence, people first named in between, full or single word,
    spaCy's label, the mention's dependency)."""
    doc = ex.extras.get("parsed")
    if doc is None or not head or not mine:
        return {}
    mentions = [ex.mentions[i] for i in sorted(mine)]
    sents = list(doc.sents)
    lede = {s.start for s in sents[:2]}
    spans = [s for m in mentions if (s := doc.char_span(m.start, m.end, alignment_mode="expand"))]
    own = {s.sent.start for s in spans}
    lex = lexicon()
    heads = [t for t in doc if lex.plurals.get(t.lower_, t.lower_) == head or
             t.lower_.split("-")[0] == head]
    tok = next((t for t in heads if t.sent.start in lede and t.sent.start not in own), None)
    if tok is None:
        return {}
    titles = Titles(DocAnalysis(doc, ex.doc_id, ex.mentions, ex.entities, ex.date))
    first_line = doc.text.find("\n")
    head_sent = sents.index(tok.sent)
    mention_spans = {n: doc.char_span(m.start, m.end, alignment_mode="expand")
                     for n, m in enumerate(ex.mentions)}
    kinds = {k: ex.mentions[n].kind for n, s in mention_spans.items() if s is not None
             for k in range(s.start, s.end)}
    left = [c for c in tok.children if c.i < tok.i]
    poss = [c for c in left if c.dep_ == "poss"]
    if poss:
        np_class = "possessive_pronoun" if poss[0].lower_ in POSSESSIVE_PRONOUNS else \
            "country_possessive" if kinds.get(poss[0].i) == "country" else "other_possessive"
    elif any(kinds.get(c.i) == "country" or c.ent_type_ in ("NORP", "GPE") for c in left):
        np_class = "demonym"
    elif dets := [c for c in left if c.dep_ == "det"]:
        np_class = "the" if dets[0].lower_ == "the" else "a" if dets[0].lower_ in ("a", "an") \
            else "other_det"
    else:
        np_class = "none"
    span = titles.at(tok.i)
    matched = [f for f in found if any(t.start <= tok.i < t.end for t in f.titles)]
    pattern = "none" if not matched else "person" if any(f.person in mine for f in matched) \
        else "other_person"
    other = next((e for f in matched if f.person not in mine
                  for e in [DocAnalysis(doc, ex.doc_id, ex.mentions, ex.entities, ex.date)
                            .entity_of_mention.get(f.person)] if e is not None), None)
    own_words = {w for i in mine for w in name_key(ex.mentions[i].name).split()}
    other_words = name_key(other.name).split() if other is not None else []
    names = entity_names(ex)
    other_gold = "none" if other is None else next(
        ("gold_same_title" if role_key(g["role"]) == role_key(gold_role) else "gold_other_title"
         for g in gold.get("positions", [])
         if names.get(other.local_id, set()) & {name_key(n) for n in g["person"]}),
        "not_gold_position")
    people_here = [n for n, s in mention_spans.items() if s is not None and ex.mentions[n].kind ==
                   "person" and s.sent.start == tok.sent.start]
    ner_here = [e for e in tok.sent.ents if e.label_ == "PERSON"]
    name_here = "person_mention" if people_here else "ner_person" if ner_here else "none"
    first = min(spans, key=lambda s: s.start)
    first_sent = sents.index(first.sent)
    later = [s for s in spans if s.start > tok.i]
    after = min(later, key=lambda s: s.start) if later else None
    people = {e.local_id: min(mention_spans[i].start for i in e.mentions
                              if mention_spans[i] is not None)
              for e in ex.entities if e.kind == "person" and not set(e.mentions) & mine
              and any(mention_spans[i] is not None for i in e.mentions)}
    between = sum(1 for start in people.values()
                  if after is not None and tok.i < start < after.start)
    label = next((e.label_ for e in doc.ents if e.start <= first.start < e.end), "none")
    named = after or first
    root = named.root
    role = f"{root.dep_}<{root.head.dep_}" if root.dep_ == "conj" else root.dep_
    if role == "nsubj" and root.head.lemma_ in {"say", "tell", "add", "state", "note"}:
        role = "nsubj_say"

    def neighbour(i: int) -> str:
        """The class of the token at ``i`` beside the person's mention, never its word."""
        if not named.sent.start <= i < named.sent.end:
            return "sentence_edge"
        t = doc[i]
        if titles.at(i) is not None:
            return "title"
        if i in kinds:
            return kinds[i]
        if t.tag_ == "POS":
            return f"possessive_of_{kinds.get(i - 1, 'word')}"
        if t.is_punct:
            return "paren" if t.text in "([" else "comma" if t.text == "," else "punct"
        return t.lower_ if t.lower_ in ("of", "and", "from", "the") else t.pos_.lower()
    people_there = {ex.mentions[n].name for n, s in mention_spans.items() if s is not None
                    and ex.mentions[n].kind == "person" and s.sent == named.sent}
    same_title = [g for g in gold.get("positions", []) if role_key(g["role"]) == role_key(gold_role)]
    listed_same = sum(1 for g in same_title
                      if {name_key(p) for p in people_there} & {name_key(n) for n in g["person"]})
    mine_gold = next((g for g in same_title if own_words & {
        w for n in g["person"] for w in name_key(n).split()}), None)
    other_same = [g for g in same_title if other is not None and
                  names.get(other.local_id, set()) & {name_key(n) for n in g["person"]}]
    holder_kinds = {e.kind for e in ex.entities if mine_gold is not None and e.kind != "person"
                    and names.get(e.local_id, set()) & {name_key(n) for n in mine_gold["org"]}}
    kb_role = knowledge().role(gold_role)
    named_sent = sents.index(named.sent)
    elsewhere = sorted({("plural_" if t.lower_ in lex.plurals else "") + (
        "previous" if sents.index(t.sent) == named_sent - 1 else "earlier"
        if sents.index(t.sent) < named_sent else "later") for t in heads if t.i != tok.i})
    countries_there = {ex.mentions[n].key or ex.mentions[n].name for n, s in mention_spans.items()
                       if s is not None and ex.mentions[n].kind == "country"
                       and s.sent == named.sent}
    before = {"title" if titles.at(s.start - 1) is not None else "abbreviation"
              if doc[s.start - 1].text.endswith(".") and doc[s.start - 1].text[:1].isupper()
              else "none" for s in spans if s.start > 0 and s.sent == doc[s.start - 1].sent}
    return {"head_line": "headline" if 0 <= first_line and tok.idx < first_line
            else f"sentence_{head_sent}",
            "head_np": np_class,
            "head_dep": tok.dep_,
            "head_plural": str(tok.lower_ in lex.plurals),
            "head_count": _bucket(len(heads), (1, 2)),
            "in_title": "no" if span is None else "holder" if span.holder else "no_holder",
            "head_in_mention": kinds.get(tok.i, "none"),
            "pattern": pattern,
            "other_shares_name": "none" if other is None else "last_word"
            if other_words and other_words[-1] in own_words else "a_word"
            if own_words & set(other_words) else "no_word",
            "other_gold": other_gold,
            "name_in_head_sentence": name_here,
            "word_before_person": next((c for c in ("title", "abbreviation") if c in before),
                                       "none"),
            "person_first_sentence": _bucket(first_sent, (0, 1, 2, 5)),
            "sentence_gap": "none_after" if after is None else
            _bucket(sents.index(after.sent) - head_sent, (1, 2, 5)),
            "people_between": _bucket(between, (0, 1)),
            "first_mention": "full" if len(first) > 1 else "single",
            "first_label": label,
            "first_role": role,
            "before_person": neighbour(named.start - 1),
            "after_person": neighbour(named.end),
            "people_in_its_sentence": _bucket(len(people_there), (1, 2)),
            "countries_in_its_sentence": _bucket(len(countries_there), (0, 1, 2)),
            "gold_same_title": _bucket(len(same_title), (1, 2, 3, 5)),
            "listed_same_title": _bucket(listed_same, (0, 1, 2, 3)),
            "holder_as_other": "no_other" if not other_same or mine_gold is None else
            "same_holder" if {name_key(n) for n in mine_gold["org"]} &
            {name_key(n) for g in other_same for n in g["org"]} else "other_holder",
            "holder_kind": "+".join(sorted(holder_kinds)) or "not_an_entity",
            "role_held_in": kb_role.held_in if kb_role is not None else "unknown",
            "head_elsewhere": "+".join(elsewhere) or "none"}


def modifier_class(t) -> str:  # noqa: ANN001 (a spaCy Token)
    """An adjective's or adverb's class in the position patterns' word lists (never the word):
    ``:not_holding`` (descriptive.not_holding), ``:leading``, ``:degree``, ``:present``,
    ``:qual`` (a qualifier of data/titles.json), ``:copula``, ``:appointed``, ``:assumed`` (the
    verbs of those patterns), ``:cap`` (capitalised), else ``:open``."""
    if t.pos_ not in ("ADJ", "ADV", "VERB"):
        return ""
    data = position_patterns()
    low = t.lower_
    lists = (("not_holding", data["descriptive"]["not_holding"]), ("leading", data["leading"]),
             ("degree", data["degree_adverbs"]["words"]),
             ("present", data["present_adverbs"]["words"]), ("qual", lexicon().qualifiers),
             ("copula", data["copula"]), ("appointed", data["appointed"]),
             ("assumed", data["assumed"]))
    name = next((name for name, words in lists if low in words), "cap" if t.is_title else "open")
    group = next((g for g, lemmas in AS_VERB_GROUPS.items() if t.lemma_.lower() in lemmas), None)
    return f":{name}" if group is None or name != "open" else f":{group}"


def word_shape(ex: Extraction, titles: Titles, words) -> str:  # noqa: ANN001 (a spaCy Span)
    """The words between a mention and a title's head as classes only (no text): TTL (in a
    title span), a mention's kind, punctuation as written, else the part of speech."""
    kinds = {}
    for m in ex.mentions:
        for k in range(m.start, m.end):
            kinds[k] = m.kind
    out = []
    for t in words:
        if titles.at(t.i) is not None:
            tag = "TTL"
        elif t.idx in kinds:
            tag = kinds[t.idx][:3].upper()
        elif t.is_punct:
            tag = t.text
        elif t.lower_ in ("the", "a", "an"):
            tag = "det"
        else:
            tag = t.pos_.lower() + modifier_class(t)
        if not out or out[-1] != tag:
            out.append(tag)
    return " ".join(out)


def rule_matches(ex: Extraction) -> tuple[list, PositionRules]:
    """The position rules' matches (before any holder is looked for) of one document, and
    the rules object that found them (its checks are asked why no holder came)."""
    doc = ex.extras.get("parsed")
    rules = PositionRules(Context(DocAnalysis(doc, ex.doc_id, ex.mentions, ex.entities, ex.date)))
    found: list = []
    claim = rules._claim

    def record(f) -> None:  # noqa: ANN001 (positions._Found)
        found.append(f)
        claim(f)
    rules._claim = record
    rules.positions()
    return found, rules


def guards(rules: PositionRules, found: list, mention_ids: set[int]) -> str:
    """Why the countries of a matched person's sentence were not the holder: each country
    mention's first failing check of positions._sentence_holders, or ``taken`` (another title
    of the same office names it), ``other_body`` (an organization is named too), ``two``
    (two countries pass), ``none_named``."""
    f = next((f for f in found if f.person in mention_ids and f.titles), None)
    if f is None:
        return "no_title"
    span = rules.an.mention_span(f.person)
    sent = span.sent
    role = f.titles[0].name
    out = []
    passed = set()
    for i in rules.an.mentions_in(sent, ("country",)):
        if i not in rules.an.entity_of_mention:
            continue
        why = country_guard(rules, i, role, span)
        if why is None:
            passed.add(rules.an.entity_of_mention[i].local_id)
        else:
            out.append(why)
    if len(passed) == 1:
        out.append("other_body" if rules._other_body_named(sent, role, span, passed) else "passed")
    elif len(passed) > 1:
        out.append("two")
    if "thing" in out:
        out.append(f"scene:{scene_refusal(rules, f, span, role)}")
    return "+".join(sorted(set(out))) or "none_named"


# the nouns a longer name after a country may end in, by class (posit35; categories only)
LONGER_NAME_NOUNS = {
    "state_institution": set(position_patterns()["state_institutions"]["words"]),
    "diplomatic": {"embassy", "consulate", "mission", "legation", "delegation"},
    "office": {"office", "department", "bureau", "administration", "secretariat",
               "directorate"},
    "agency": {"agency", "service", "authority", "inspectorate"},
    "collegial": {"commission", "committee", "council", "board"},
    "force": {"army", "navy", "military", "force", "forces", "police", "guard", "command"},
    "party_church_firm": {"party", "church", "company", "corporation", "airline", "airlines",
                          "bank", "university", "union", "movement", "front", "league"},
    "legislature": {"parliament", "senate", "congress", "assembly", "duma", "house", "chamber",
                    "diet", "legislature"},
}


def longer_name_shape(rules: PositionRules, i: int, title_start: int) -> tuple[str, str, str]:
    """A code-computed class of the longer name a country mention starts (``longer_name``
    refusals, posit35), so the unseen batches' refusals may be told apart unread:

    - the class of the noun it ends in (LONGER_NAME_NOUNS; else ``portfolio_word``, or
      ``other_<part of speech>:<entity label or no_ent>``; ``empty`` where no capitalised word
      follows the country);
    - the words between the country and that noun: ``none``, ``portfolio`` (all titles.json
      portfolio or modifier words) or ``other``;
    - how it meets the title: ``title_next:<poss|bare>:<lower|title>:held_in=…:known=…`` (the
      title, or an "'s" and the title, follows it; the knowledge data's held_in of the title,
      and the kind of a known entity the longer name's words name), else
      ``apart:<next word's class>:<distance to the title>:<word classes between>`` (tags and
      ``COU`` for a country, as ``head_place``'s gap; never a word).
    """
    doc = rules.doc
    lex = lexicon()
    k = rules.an.mention_span(i).end
    words = []
    while k < len(doc) and len(words) < 5 and doc[k].is_title and doc[k].is_alpha and \
            k != title_start and not rules.titles._is_head(doc[k]):
        words.append(doc[k])
        k += 1
    if not words:
        return ("empty", "none", "apart")
    last = words[-1]
    noun = next((name for name, nouns in LONGER_NAME_NOUNS.items()
                 if last.lemma_.lower() in nouns or last.lower_ in nouns),
                "portfolio_word" if last.lower_ in lex.portfolio | lex.modifiers else
                f"other_{last.pos_.lower()}:{last.ent_type_ or 'no_ent'}")
    middle = words[:-1]
    between = "none" if not middle else "portfolio" if all(
        w.lower_ in lex.portfolio | lex.modifiers for w in middle) else "other"
    possessive = k < len(doc) and doc[k].text in APOSTROPHE_S
    k += possessive
    if k == title_start:
        title = next((t for t in rules.titles.spans if t.start == title_start), None)
        role = rules.an.kb.role(title.name) if title is not None else None
        known = rules.an.kb.lookup(" ".join(w.text for w in words))
        return (noun, between, f"title_next:{'poss' if possessive else 'bare'}:"
                f"{'lower' if doc[title_start].is_lower else 'title'}:"
                f"held_in={role.held_in if role else 'unknown'}:"
                f"known={known[0].kind if known else 'no'}")
    nxt = doc[k] if k < len(doc) else None
    after = "end" if nxt is None else "of" if nxt.lower_ == "of" else "in_at" if \
        nxt.lower_ in ("in", "at", "to", "for") else "punct" if nxt.is_punct else \
        "lower_" + nxt.pos_.lower() if nxt.is_lower else "other"

    def word_class(t) -> str:  # noqa: ANN001 (a spaCy Token)
        m = rules.an.mention_at(t)
        if m is not None and rules.an.mentions[m].kind == "country":
            return "COU"
        return t.text if t.is_punct and t.text in ",;:()-" else t.pos_.lower()

    gap = " ".join(word_class(t) for t in doc[k:title_start]) if 0 < title_start - k <= 10 else ""
    return (noun, between, f"apart:{after}:{title_start - k}:{gap}")


def longer_name_is_gold(rules: PositionRules, found: list, people: list, gold_org: list[str],
                        match) -> list[list[str]]:  # noqa: ANN001 (the classify's name matcher)
    """Each country of the person's sentence the ``longer_name`` guard refused (posit35): its
    longer_name_shape and whether that country is the gold holder itself (``gold_country`` /
    ``not_gold``); categories only."""
    ids = {i for e in people for i in e.mentions}
    f = next((f for f in found if f.person in ids and f.titles), None)
    if f is None:
        return []
    span = rules.an.mention_span(f.person)
    out = []
    for i in rules.an.mentions_in(span.sent, ("country",)):
        if i in rules.an.entity_of_mention and \
                country_guard(rules, i, f.titles[0].name, span) == "longer_name":
            gold = match(rules.an.entity_of_mention[i].local_id, gold_org)
            out.append([*longer_name_shape(rules, i, f.titles[0].start),
                        "gold_country" if gold else "not_gold"])
    return out


def name_before_title(rules: PositionRules, found: list, people: list) -> str:
    """A ``none_named`` sentence (no country mention) may still write the state inside a name
    the model made one organization or body of ("Chinese Emergencies Ministry spokeswoman X",
    posit35): the mention right before the title, ``none`` if there is none, else its kind,
    ``known``/``unresolved``, the class of its last noun (LONGER_NAME_NOUNS) and whether its first
    word is a country's name or demonym (``state_first``); categories only."""
    ids = {i for e in people for i in e.mentions}
    f = next((f for f in found if f.person in ids and f.titles), None)
    start = f.titles[0].start if f is not None else 0
    i = rules.an.mention_at(rules.doc[start - 1]) if start > 0 else None
    if i is None:
        return "none"
    m, span = rules.an.mentions[i], rules.an.mention_span(i)
    last = span[-1]
    noun = next((name for name, nouns in LONGER_NAME_NOUNS.items()
                 if last.lemma_.lower() in nouns or last.lower_ in nouns), "other")
    kb = rules.an.kb
    first = span[0].text
    state_first = kb.country_of_demonym(first) is not None or bool(kb.lookup(first, ("country",)))
    return f"{m.kind}:{'known' if m.key else 'unresolved'}:{noun}:" \
        f"{'state_first' if state_first else 'no_state'}"


def country_guard(rules: PositionRules, i: int, role: str, person) -> str | None:  # noqa: ANN001
    """The first check of positions._sentence_holders that refuses country mention ``i`` as
    the holder of ``role`` before ``person`` (a spaCy Span), or None where it passes."""
    m = rules.an.mention_span(i)
    sent = person.sent
    checks = (("dateline", lambda: m.start_char < rules.an.dateline_span[1]),
              ("longer_name", lambda: rules._in_longer_name(m)),
              ("place", lambda: rules._as_place(m) and
               not rules._scene_of_a_states_office(m, role, person)),
              ("portfolio", lambda: rules._names_a_portfolio(i)),
              ("quoted", lambda: rules._quoted(m, sent)), ("thing", lambda: rules._modifies_a_thing(m)),
              ("taken", lambda: rules._holds_another_title(m, role, person)))
    return next((name for name, failed in checks if failed()), None)


def scene_refusal(rules: PositionRules, f, span, role: str) -> str:  # noqa: ANN001 (_Found, Span)
    """Why positions._scene_country, which takes a country that frames the scene ("US troop
    reductions"), did not take one the "thing" check refused: ``not_bare`` (only a bare title
    before the name is read so), ``role`` (an office the knowledge data does not
    hold in a country), ``held_elsewhere``, ``framing_0`` / ``framing_2`` (no country, or
    two, frame it: "a U.S. report" is one thing), ``clause`` (another relative clause),
    ``other_body``."""
    sent = span.sent
    if f.rule != "title_before_name":
        return "not_bare"
    kb_role = rules.an.kb.role(role)
    held_in = kb_role.held_in if kb_role is not None else None
    if held_in not in ("country", "any"):
        return "role"
    if rules._held_elsewhere(sent, span, f.titles[0]):
        return "held_elsewhere"
    found = rules._sentence_holders(sent, ("country",), role, span, framing=True)
    if len(found) != 1:
        return f"framing_{min(len(found), 2)}"
    if not rules._in_clause_of(next(iter(found)), sent, span):
        return "clause"
    if held_in == "any" and rules._other_body_named(sent, role, span, found, framing=True):
        return "other_body"
    return "taken"


def story_refusal(rules: PositionRules, found: list, mention_ids: set[int]) -> str:
    """Why positions._story_country gave a title after the name (position_patterns.json
    story_country after_name: apposition, copula) no holder: its first failing step, in its
    own order: ``no_after_name`` (no such match), ``no_office`` (a bare "Minister", a body's
    name, no office the knowledge data holds), ``not_state_office``, ``body_noun``,
    ``place_in_sentence`` (a place, or a country where something happens),
    ``after_name_guard`` (_held_after_the_name), ``held_elsewhere``, ``past_year``, ``story``
    (the headline, the lede, a tie, another country in the sentence or another holder
    decided), or ``taken`` (a holder was given and the claim went later)."""
    rules_after = position_patterns()["story_country"]["after_name"]["rules"]
    f = next((f for f in found if f.person in mention_ids and f.titles and
              f.rule in rules_after), None)
    if f is None:
        other = next((f.rule for f in found if f.person in mention_ids and f.titles), "none")
        return f"no_after_name:{other}"
    span = rules.an.mention_span(f.person)
    sent, title = span.sent, f.titles[0]
    kb_role = rules.an.kb.role(title.name)
    if kb_role is None or title.name == "Minister" or title.names_body:
        why = "names_body" if title.names_body else "bare_minister" if title.name == "Minister" \
            else "unknown_role"
        return f"no_office:{why}:{title_shape(title.name)}:{title_opening(rules, title)}"
    person = rules.an.entity_of_mention[f.person].local_id
    steps = (("not_state_office", lambda: kb_role.held_in != "country" and kb_role.name not in
              position_patterns()["story_country"]["any_body_titles"] and
              not rules._spokesperson_of_institution(title.name, title)),
             ("body_noun", lambda: rules._body_noun_before(title.name, title)),
             ("place_in_sentence", lambda: rules._countries_not_as_places(sent) is None),
             ("after_name_guard", lambda: rules._held_after_the_name(sent, span, title)),
             ("held_elsewhere", lambda: rules._held_elsewhere(sent, span, title, True)),
             ("past_year", lambda: f.qualifier is None and rules._narrates_a_past_year(sent)),
             ("story", lambda: rules._story_country(title.name, sent, span, title, person,
                                                    f.qualifier is not None, True) is None))
    return next((name for name, failed in steps if failed()), "taken")


def title_opening(rules: PositionRules, title) -> str:  # noqa: ANN001 (TitleSpan)
    """How a title after the name opens and ends, in word classes (never words): the tags
    of the two tokens before it and whether a complement ("of", "for", "to") follows."""
    doc = rules.doc
    before = " ".join(doc[k].pos_.lower() for k in range(max(title.start - 2, 0), title.start))
    after = doc[title.end].lower_ if title.end < len(doc) else ""
    complement = after if after in ("of", "for", "to", "at", "in") else "-"
    return f"{before}|{complement}"


def title_shape(role: str) -> str:
    """A matched title's shape, in classes (never its words): whether its head is a
    portfolio_offices head (``minister_head``) or another, how many words go before it, and
    whether one is a rank or a kind of office portfolio_offices refuses (``+not_modifier``)."""
    data = position_patterns()["story_country"]["portfolio_offices"]
    words = role.split()
    head = "minister_head" if words[-1] in data["heads"] else "other_head"
    refused = "+not_modifier" if any(w.lower() in data["not_modifiers"] for w in words[:-1]) else ""
    return f"{head}_{min(len(words) - 1, 2)}{refused}"


def story_refusal_before(rules: PositionRules, found: list, mention_ids: set[int]) -> str:
    """Why a bare title before the name (title_before_name) got no holder from the story
    (positions._claim's bare branch, then _story_country): its first failing step, in their
    own order: ``no_bare`` (no such match), ``no_office`` (a bare "Minister", a body's name, no
    office the knowledge data holds), ``plural_before``, ``not_state_office``, ``body_noun``,
    ``place_in_sentence``, ``held_elsewhere``, ``past_year``, ``no_headline`` (a first line
    missing or too long), ``traveller``, ``headline_none`` (no country in the headline nor the
    lede), ``headline_abroad``, ``headline_two`` (two countries, none the subject; or a travel
    headline), ``not_most`` (the headline's country is not the one the text names most),
    ``tie``, ``other_country`` (the sentence names another), ``regional_story`` (a portfolio's
    minister in a story the headline or lede places in a sub-national government),
    ``single_taken`` (another person holds the single office), or ``taken``.
    Code-computed classes, counted for every set."""
    f = next((f for f in found if f.person in mention_ids and f.titles and
              f.rule == "title_before_name"), None)
    if f is None:  # the pattern that matched instead, and whether its title names a body (posit46)
        other = next((f for f in found if f.person in mention_ids and f.titles), None)
        return "no_bare" if other is None else \
            f"no_bare:{other.rule}:{'names_body' if other.titles[0].names_body else 'office'}"
    span = rules.an.mention_span(f.person)
    sent, title = span.sent, f.titles[0]
    role = title.name
    kb_role = rules.an.kb.role(role)
    if kb_role is None and " " not in role or role == "Minister" or title.names_body:
        return f"no_office:{title_shape(role)}:{office_head_class(role)}"
    if rules.doc[max(span.start - 1, 0)].tag_ in ("NNS", "NNPS"):
        return "plural_before"
    person = rules.an.entity_of_mention[f.person].local_id
    former = f.qualifier is not None
    steps = (("not_state_office", lambda: not (rules._states_office(role, title) or
                                               rules._portfolio_office(role, title))),
             ("body_noun", lambda: rules._body_noun_before(role, title)),
             ("place_in_sentence", lambda: rules._countries_not_as_places(sent) is None),
             ("held_elsewhere", lambda: rules._held_elsewhere(sent, span, title)),
             ("past_year", lambda: not former and rules._narrates_a_past_year(sent)))
    refused = next((name for name, failed in steps if failed()), None)
    if refused == "not_state_office":
        return f"{refused}:{title_shape(role)}"
    if refused is not None:
        return refused
    named = rules._countries_not_as_places(sent) or set()
    text = rules.an.text
    headline_end = rules.an.headline_end
    if headline_end <= 0 or sent.start_char < headline_end or \
            len(text[:headline_end].split()) > STORY_HEADLINE_WORDS:
        return "no_headline"
    counts: collections.Counter[str] = collections.Counter()
    in_headline: set[str] = set()
    first = None
    for _, m, holder in rules._holders_told_before(sent, ("country",)):
        counts[holder] += 1
        if m.end_char <= headline_end:
            in_headline.add(holder)
            who = rules._traveller_of(m)
            if who is not None and (getattr(rules.an.entity_at(who), "local_id", None) == person
                                    or who.text == span[-1].text):
                return "traveller"
            first = first or (m, holder)
    ranked = counts.most_common(2)
    travel = rules._travel_headline(headline_end)
    if not ranked:
        return "headline_none"
    if not in_headline and not travel:
        in_headline = rules._lede_countries(headline_end)
        if not in_headline:
            return "headline_none"
        if rules._headline_abroad(headline_end, in_headline):
            return "headline_abroad"
    elif len(in_headline) > 1 and first is not None and not travel and \
            rules._headline_subject(first[0]):
        in_headline = {first[1]}
    if len(in_headline) != 1:
        return "headline_two"
    if ranked[0][0] not in in_headline:
        return "not_most"
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return "tie"
    if named and named != {ranked[0][0]}:
        return "other_country"
    if rules._portfolio_shape(role) and rules._regional_story(ranked[0][0]):
        return "regional_story"
    others = rules._held.get((role, ranked[0][0]), set()) - {person}
    if others and kb_role is not None and kb_role.single_holder:
        return "single_taken"
    return "taken"


def previous_subject_class(rules: PositionRules, found: list, mention_ids: set[int],
                           gold_holders: set[str]) -> str:
    """What the main clause of the sentence before a bare title's sentence has as its subject
    (positions._previous_subject, issue 13, ``posit43``): ``no_bare``, ``first`` (no body
    sentence before), ``none`` (no subject, or two), ``coordinated``, ``other`` (no country),
    or ``country`` with whether it is the gold holder (``gold`` / ``not_gold``).
    Code-computed classes, counted for every set."""
    f = next((f for f in found if f.person in mention_ids and f.titles and
              f.rule == "title_before_name"), None)
    if f is None:
        return "no_bare"
    sent = rules.an.mention_span(f.person).sent
    if sent.start == 0 or rules.doc[sent.start - 1].sent.start_char < \
            max(rules.an.headline_end, rules.an.dateline_span[1], 0):
        return "first"
    deps = position_patterns()["previous_subject"]["deps"]
    subjects = [t for t in rules.doc[sent.start - 1].sent if t.dep_ in deps and t.head.dep_ == "ROOT"]
    if len(subjects) != 1:
        return "none"
    if any(c.dep_ == "conj" for c in subjects[0].children):
        return "coordinated"
    i = rules._country_as_subject(subjects[0])
    if i is None:
        return "other"
    return "country:" + ("gold" if rules.an.entity_of_mention[i].local_id in gold_holders
                         else "not_gold")


def person_country_class(rules: PositionRules, found: list, mention_ids: set[int],
                         gold_holders: set[str]) -> str:
    """The countries named in the person's other sentences (those with another mention of
    theirs, the headline aside) beside a bare title matched with no holder (issue 13,
    ``posit43``): ``none``, ``one:gold`` / ``one:not_gold``, ``two+:gold`` / ``two+:not_gold``.
    Code-computed classes, counted for every set."""
    f = next((f for f in found if f.person in mention_ids and f.titles and
              f.rule == "title_before_name"), None)
    if f is None:
        return "no_bare"
    own = rules.an.mention_span(f.person).sent.start
    sents = {rules.an.mention_span(i).sent for i in mention_ids}
    named = {rules.an.entity_of_mention[i].local_id for s in sents
             if s.start != own and s.start_char > rules.an.headline_end
             for i in rules.an.mentions_in(s, ("country",)) if i in rules.an.entity_of_mention}
    if not named:
        return "none"
    return ("one:" if len(named) == 1 else "two+:") + ("gold" if named & gold_holders else "not_gold")


def office_head_class(role: str) -> str:
    """A one-word office the knowledge data lacks, by the data list its head is in (issue 13,
    ``posit43``): ``target`` (titles.json target_heads, an envoy's), ``region`` / ``place``
    (region_heads, place_heads), ``generic`` (position_patterns.json generic_titles),
    ``no_context`` (no_context_holder), ``known`` (roles.json has it), ``other``."""
    lex = lexicon()
    head = role.split()[-1].lower() if role.split() else ""
    data = position_patterns()
    return "known" if knowledge().role(role) is not None else \
        "target" if head in lex.target_heads else "region" if head in lex.region_heads else \
        "place" if head in lex.place_heads else \
        "generic" if head in data["generic_titles"]["words"] else \
        "no_context" if head in data["no_context_holder"]["words"] else "other"


def apposed_body_class(ex: Extraction, mentions: list, gold_holders: set[str]) -> str:
    """Whether a person's sentence renames a common noun by an apposed organization or body
    ("leader of the largest opposition party, the Movement for …", issue 13, ``posit46``):
    ``none``, or ``gold`` / ``other`` by whether that organization is the gold holder.
    Code-computed classes, counted for every set."""
    doc = ex.extras.get("parsed")
    if doc is None:
        return "none"
    sentences = {m.sentence for m in mentions}
    out = "none"
    for n, m in enumerate(ex.mentions):
        if m.kind not in ("organization", "body") or m.sentence not in sentences:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        k = span.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].text != "," or doc[k - 1].pos_ != "NOUN" or doc[k - 1].is_title:
            continue
        if any(e.local_id in gold_holders for e in ex.entities if n in e.mentions):
            return "gold"
        out = "other"
    return out


def match_stage(found: list, mention_ids: set[int]) -> str:
    mine = [f for f in found if f.person in mention_ids]
    if not mine:
        return "none"
    return "holder" if any(f.holder or any(t.holder for t in f.titles) for f in mine) \
        else "no_holder"


def scene(ex: Extraction, mentions: list, role: str) -> tuple[str, int, int, int]:
    """What a bare title's holder could be taken from: where the gold title is held (the
    knowledge data's held_in), how many countries the person's first sentence names, how
    many the text names up to it, how many organizations or bodies that sentence names."""
    kb_role = knowledge().role(role)
    first = min(m.sentence for m in mentions)
    countries_here = {m.key or m.text for m in ex.mentions if m.kind == "country" and m.sentence == first}
    countries_so_far = {m.key or m.text for m in ex.mentions
                        if m.kind == "country" and m.sentence <= first}
    bodies_here = {m.key or m.text for m in ex.mentions
                   if m.kind in ("organization", "body") and m.sentence == first}
    return (kb_role.held_in if kb_role else "unknown", min(len(countries_here), 2),
            min(len(countries_so_far), 3), min(len(bodies_here), 2))


def classify(ex: Extraction, gold: dict) -> list[tuple[str, dict]]:
    """(class, detail) of each gold position the extraction misses."""
    names = entity_names(ex)
    by_id = {e.local_id: e for e in ex.entities}
    claims = [c for c in ex.claims if c.predicate == "holds_position"]
    doc = ex.extras.get("parsed")
    sents = list(doc.sents) if doc is not None else []
    used: set[int] = set()
    out = []
    found, rules = rule_matches(ex) if ex.extras.get("parsed") is not None else ([], None)

    def match(ids: str | None, gold_names: list[str]) -> bool:
        return bool(names.get(ids or "", set()) & {name_key(n) for n in gold_names})

    for g in gold.get("positions", []):
        hit = next((n for n, c in enumerate(claims) if n not in used and
                    match(c.subject, g["person"]) and role_key(c.role or "") == role_key(g["role"])
                    and match(c.object, g["org"])
                    and date_match(c.date, g.get("date"), 3)), None)  # eval's window
        if hit is not None:
            used.add(hit)
            continue
        people = [e for e in ex.entities if e.kind == "person" and match(e.local_id, g["person"])]
        detail: dict = {"gold": f"{g['person'][0]} | {g['role']} | {g['org'][0]}"}
        if not people:
            out.append(("no_entity", detail))
            continue
        ids = {e.local_id for e in people}
        mine = [c for c in claims if c.subject in ids]
        if mine:
            title = any(role_key(c.role or "") == role_key(g["role"]) for c in mine)
            holder = any(match(c.object, g["org"]) for c in mine)
            kind = "other_date" if title and holder else "other_holder" if title else \
                "other_title" if holder else "other_both"
            detail["claims"] = [f"{c.role} | {by_id[c.object].name if c.object in by_id else c.object}"
                                f" [{c.extractor}]" for c in mine]
            out.append((kind, detail))
            continue
        mentions = [ex.mentions[i] for e in people for i in e.mentions]
        head = title_head(g["role"])
        text = ex.document.text
        detail["title_before"] = any(
            head and head in text[max(0, m.start - 40):m.start].lower().split()[-3:]
            for m in mentions)
        detail["head"] = head
        detail["head_at"], detail["in_title"], detail["quote"], detail["gap"] = \
            head_place(ex, mentions, head)
        detail["head_known"] = head in lexicon().heads
        detail["match"] = match_stage(found, {i for e in people for i in e.mentions})
        detail["apposed_body"] = apposed_body_class(
            ex, mentions, {e.local_id for e in ex.entities if match(e.local_id, g["org"])})
        if detail["head_at"] == "lede":
            detail["lede"] = lede_features(ex, {i for e in people for i in e.mentions}, head, found,
                                           gold, g["role"])
        if detail["match"] == "no_holder":
            detail["scene"] = scene(ex, mentions, g["role"])
            detail["guards"] = guards(rules, found, {i for e in people for i in e.mentions})
            if "longer_name" in detail["guards"]:
                detail["longer_name"] = longer_name_is_gold(rules, found, people, g["org"], match)
            if detail["guards"] == "none_named":
                detail["name_before"] = name_before_title(rules, found, people)
            if detail["head_at"] in ("apposition", "copula"):
                detail["story"] = story_refusal(rules, found, {i for e in people for i in e.mentions})
            if detail["head_at"] == "before":
                detail["story_before"] = story_refusal_before(
                    rules, found, {i for e in people for i in e.mentions})
                detail["previous_subject"] = previous_subject_class(
                    rules, found, {i for e in people for i in e.mentions},
                    {e.local_id for e in ex.entities if match(e.local_id, g["org"])})
                detail["person_country"] = person_country_class(
                    rules, found, {i for e in people for i in e.mentions},
                    {e.local_id for e in ex.entities if match(e.local_id, g["org"])})
        own = {m.sentence for m in mentions}
        where, demonym = "nowhere", False
        holders = [e for e in ex.entities if e.kind != "person" and match(e.local_id, g["org"])]
        rank = ("same", "previous", "lede", "elsewhere", "nowhere")
        for e in holders:
            for i in e.mentions:
                m = ex.mentions[i]
                place = "same" if m.sentence in own else "previous" if m.sentence + 1 in own \
                    else "lede" if m.sentence < 2 else "elsewhere"
                if rank.index(place) < rank.index(where):
                    where = place
                    demonym = m.text.endswith(("'s", "’s")) or name_key(m.text) not in \
                        names[e.local_id]
        detail["holder"] = where
        detail["demonym"] = demonym
        detail["sentences"] = [sents[s].text.strip()[:300] for s in sorted(own) if s < len(sents)][:3]
        out.append(("no_claim", detail))
    return out


def _scored_claims(ex: Extraction) -> list:
    """The position claims ``blocwatch eval`` scores: one per stored id (subject, holder,
    role, qualifier, date), without a term bound that restates a plain claim."""
    seen: dict[tuple, object] = {}
    for c in ex.claims:
        if c.predicate == "holds_position":
            seen.setdefault((c.subject, c.object, c.role, c.qualifier, c.date), c)
    plain = {(c.subject, role_key(c.role or ""), c.object) for c in seen.values()
             if c.qualifier not in ("since", "until")}
    return [c for c in seen.values() if not (
        c.qualifier in ("since", "until") and (c.subject, role_key(c.role or ""), c.object) in plain)]


def _junk_person(name: str) -> bool:
    """A "person" that is none: a name the knowledge data knows as something else (a place, an
    outlet, an organization), one made of title or rank words, or a single lower-case word."""
    known = any(e.kind != "person" for e in knowledge().lookup(name))
    lex = lexicon()
    words = name.lower().split()
    return known or not words or all(w in lex.heads | lex.ranks | lex.honorifics | lex.modifiers
                                     for w in words) or name.islower()


def _holder_place(ex: Extraction, c, by_id: dict) -> str:
    """Where a claim's holder is written when its extractor names no context: ``written``
    beside the person (within 40 characters of one of their mentions in the sentence), else
    ``sentence`` (the sentence's only country or organization, or the scene's)."""
    ev = c.evidence[0] if c.evidence else None
    if ev is None or c.subject not in by_id or c.object not in by_id:
        return "written"
    mine = [ex.mentions[i] for i in by_id[c.subject].mentions
            if ev.start <= ex.mentions[i].start < ev.end]
    theirs = [ex.mentions[i] for i in by_id[c.object].mentions
              if ev.start <= ex.mentions[i].start < ev.end]
    near = any(h.end <= m.start and m.start - h.end <= 40 or m.end <= h.start and
               h.start - m.end <= 40 for m in mine for h in theirs)
    return "written" if near or not theirs else "sentence"


def title_gap(c, golds: list[dict]) -> str:  # noqa: ANN001 (a Claim)
    """How a claim's title differs from the nearest gold title of its person and holder, as
    counts only (words added, words missing) and whether the title opens its sentence
    (posit37): a word glued onto a title shows as added, a dropped portfolio as missing."""
    said = set((c.role or "").lower().split())
    added, missing = min(((len(said - set(g["role"].lower().split())),
                           len(set(g["role"].lower().split()) - said)) for g in golds),
                         key=lambda am: am[0] + am[1])
    opens = bool(c.evidence) and c.evidence[0].text.strip().startswith(c.role or "")
    return f"+{added} -{missing} {'sentence_start' if opens else 'inside'}"


def first_word_tag(ex: Extraction, c) -> str:  # noqa: ANN001 (a Claim)
    """The coarse tag and entity type of a claim's title's first word where the title opens
    its sentence (a tag, never the word)."""
    doc = ex.extras.get("parsed")
    if doc is None or not c.evidence or not c.evidence[0].text.strip().startswith(c.role or "?"):
        return ""
    lead = len(c.evidence[0].text) - len(c.evidence[0].text.lstrip())
    tok = next((t for t in doc if t.idx >= c.evidence[0].start + lead), None)
    return f" {tok.pos_}/{tok.ent_type_ or '-'}" if tok is not None else ""


def classify_extras(ex: Extraction, gold: dict) -> list[tuple[str, dict]]:
    """(class, detail) of each predicted position no gold position matches."""
    names = entity_names(ex)
    by_id = {e.local_id: e for e in ex.entities}
    claims = _scored_claims(ex)

    def match(ids: str | None, gold_names: list[str]) -> bool:
        return bool(names.get(ids or "", set()) & {name_key(n) for n in gold_names})

    def full(g: dict, c) -> bool:
        return match(c.subject, g["person"]) and role_key(c.role or "") == role_key(g["role"]) \
            and match(c.object, g["org"]) and date_match(c.date, g.get("date"), 3)

    used: set[int] = set()
    for g in gold.get("positions", []):
        hit = next((n for n, c in enumerate(claims) if n not in used and full(g, c)), None)
        if hit is not None:
            used.add(hit)
    people = [g["person"] for g in gold.get("positions", [])]
    people += [[n] if isinstance(n, str) else n for m in gold.get("meetings", [])
               for n in m.get("participants", [])]
    people += [[c["chair"]] for c in gold.get("chairs", []) if c.get("chair")]
    out = []
    for n, c in enumerate(claims):
        if n in used:
            continue
        person = by_id.get(c.subject)
        pname = person.name if person is not None else c.subject
        rule = c.extractor.split(":", 1)[-1]
        detail = {"claim": f"{pname} | {c.role} | "
                           f"{by_id[c.object].name if c.object in by_id else c.object}"
                           f"{' (' + c.qualifier + ')' if c.qualifier else ''}",
                  "pattern": rule.split("+")[0],
                  "holder_source": rule.split("+", 1)[1] if "+" in rule else
                  _holder_place(ex, c, by_id),
                  "qualifier": c.qualifier or "",
                  "sentence": c.evidence[0].text.strip()[:300] if c.evidence else ""}
        mine = [g for g in gold.get("positions", []) if match(c.subject, g["person"])]
        if mine:
            title = [g for g in mine if role_key(c.role or "") == role_key(g["role"])]
            holder = [g for g in mine if match(c.object, g["org"])]
            kind = "date" if set(map(id, title)) & set(map(id, holder)) else \
                "holder" if title else "title" if holder else "both"
            detail["gold"] = [f"{g['person'][0]} | {g['role']} | {g['org'][0]}" for g in mine]
            if kind == "title":
                detail["title_gap"] = title_gap(c, holder) + first_word_tag(ex, c) + \
                    (" gold_matched" if any(full(g, k) for g in holder for k in claims) else "")
        elif any(match(c.subject, p) for p in people):
            kind = "not_gold_position"
        else:
            kind = "junk" if _junk_person(pname) else "not_gold_person"
        out.append((kind, detail))
    return out


def report_extras(pairs: list[tuple[dict, dict]], extractions: list, cases: bool) -> None:
    """Counts of the wrong claims by class, pattern and holder source (cases if ``cases``)."""
    counts: collections.Counter = collections.Counter()
    patterns: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    sources: collections.Counter = collections.Counter()
    crossed: collections.Counter = collections.Counter()
    every: list[tuple[str, dict]] = []
    for (gold, _), ex in zip(pairs, extractions, strict=True):
        if not isinstance(ex, Extraction):
            continue
        extras = classify_extras(ex, gold)
        every += extras
        for c in _scored_claims(ex):
            patterns[c.extractor.split(":", 1)[-1].split("+")[0]][0] += 1
        for kind, detail in extras:
            counts[kind] += 1
            patterns[detail["pattern"]][1] += 1
            sources[detail["holder_source"]] += 1
            crossed[kind, detail["pattern"], detail["holder_source"], detail["qualifier"]] += 1
            if cases:
                print(gold["doc"], kind, json.dumps(detail, ensure_ascii=False))
    print(f"{sum(counts.values())} wrong position claims", dict(counts.most_common()))
    print("by pattern (claims, wrong, precision):")
    for rule, (total, wrong) in sorted(patterns.items(), key=lambda x: -x[1][1]):
        print(f"  {rule:36s} {total:4d} {wrong:4d} {1 - wrong / total:.2f}")
    print("wrong claims by holder source:", dict(sources.most_common()))
    print("wrong titles by (words added, words missing, where):",
          dict(collections.Counter(d["title_gap"] for _, d in every if "title_gap" in d)))
    print("wrong claims by (class, pattern, holder source, qualifier):")
    for key, n in crossed.most_common():
        print(f"  {n:3d} {key}")


def corpus_pages(n: int, seed: int, any_text: bool = False) -> list[dict]:
    """N unannotated corpus articles drawn as ``--corpus`` draws them, as pages; ``any_text``
    draws from every readable row, not only those with a ``BARE_TITLE`` (a title after the
    name needs none before one)."""
    gold_ids = {m.group(0) for p in NEWS_GOLD.glob("*.json")
                if (m := re.search(r"wikinews-(?:tosca-ID\d+|vat-\d+-\d+)", p.name))}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(CORPUS_READABLE_ROWS), fh, strict=False)]
    pool = [r for r in rows if r["id"] not in gold_ids and (any_text or BARE_TITLE.search(r["text"]))]
    drawn = random.Random(seed).sample(pool, min(n, len(pool)))
    pages = [{"url": r["url"], "published": r["date"],
              "text": f"{r['title']}\n\n{r['text']}" if r.get("title") else r["text"]}
             for r in drawn]
    return pages


def corpus_claims(n: int, seed: int, rule: str, patterns: tuple[str, ...] = (),
                  any_text: bool = False) -> None:
    """Position claims of ``rule`` on N unannotated corpus articles, with their sentences; with
    ``patterns``, only those whose extractor field opens with one of these pattern names
    ("apposition+story_country": a class's new claims alone)."""
    pages = corpus_pages(n, seed, any_text)
    total = 0
    for page, ex in zip(pages, extract(pages), strict=True):
        if not isinstance(ex, Extraction):
            continue
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            field = c.extractor.split("@")[0]
            if c.predicate == "holds_position" and field.endswith(rule) and (
                    not patterns or field.split(":")[-1].split("+")[0] in patterns):
                total += 1
                print(json.dumps({"url": page["url"], "person": names.get(c.subject),
                                  "role": c.role, "holder": names.get(c.object, c.object),
                                  "extractor": c.extractor, "headline": page["text"].split("\n")[0],
                                  "sentence": c.evidence[0].text if c.evidence else ""},
                                 ensure_ascii=False))
    print(f"{len(pages)} articles: {total} claims of {rule!r}")


def bare_titles_without_holder(found: list, rules: PositionRules):
    """The bare titles before a name the rules matched with no holder written beside them:
    each match, its person's span and the person's local id (the corpus listings' cases)."""
    for f in found:
        if f.rule != "title_before_name" or not f.titles or f.holder or \
                any(t.holder for t in f.titles):
            continue
        yield f, rules.an.mention_span(f.person), rules.an.entity_of_mention[f.person].local_id


def corpus_guards(n: int, seed: int) -> None:
    """Bare titles before a name matched with no holder written beside them, on N unannotated
    corpus articles: each country of the sentence with the guard of
    positions._sentence_holders that refused it (country_guard; ``passed`` where none did),
    the sentence's verdict (``guards``) and the claims made for the person there, for reading
    by hand how often a refused country was in fact the holder; counts by guard at the end."""
    pages = corpus_pages(n, seed)
    by_guard: collections.Counter = collections.Counter()
    unclaimed: collections.Counter = collections.Counter()
    for page, ex in zip(pages, extract(pages), strict=True):
        if not isinstance(ex, Extraction) or ex.extras.get("parsed") is None:
            continue
        found, rules = rule_matches(ex)
        names = {e.local_id: e.name for e in ex.entities}
        for f, span, person in bare_titles_without_holder(found, rules):
            claims = [f"{c.role} | {names.get(c.object, c.object)} [{c.extractor.split(':', 1)[1]}]"
                      for c in ex.claims if c.predicate == "holds_position" and
                      c.subject == person and c.evidence and
                      c.evidence[0].start <= span.start_char < c.evidence[0].end]
            countries = [(rules.an.mention_span(i).text,
                          country_guard(rules, i, f.titles[0].name, span) or "passed")
                         for i in rules.an.mentions_in(span.sent, ("country",))
                         if i in rules.an.entity_of_mention]
            for _, why in countries:
                by_guard[why] += 1
                unclaimed[why] += not claims
            print(json.dumps({"url": page["url"], "title": f.titles[0].name, "person": span.text,
                              "countries": countries,
                              "guards": guards(rules, found, {f.person}), "claims": claims,
                              "sentence": span.sent.text.strip()[:400]}, ensure_ascii=False))
    print(f"{len(pages)} articles; country mentions by guard (with no claim for the person there):",
          {g: f"{k} ({unclaimed[g]})" for g, k in by_guard.most_common()})


def corpus_story_before(n: int, seed: int) -> None:
    """Bare titles before a name, matched with no holder written beside them and no claim for
    the person there, in a sentence that names no country (``none_named``), on N unannotated
    corpus articles: the title, whether the knowledge data holds it in a country, and why the
    story's country was not taken (story_refusal_before), for reading by hand which step
    refuses a state's office the story holds (issue 13, ``posit36``); counts at the end."""
    pages = corpus_pages(n, seed)
    refusals: collections.Counter = collections.Counter()
    for page, ex in zip(pages, extract(pages), strict=True):
        if not isinstance(ex, Extraction) or ex.extras.get("parsed") is None:
            continue
        found, rules = rule_matches(ex)
        for f, span, person in bare_titles_without_holder(found, rules):
            if rules.an.mentions_in(span.sent, ("country",)) or any(
                    c.predicate == "holds_position" and c.subject == person and c.evidence and
                    c.evidence[0].start <= span.start_char < c.evidence[0].end for c in ex.claims):
                continue
            kb_role = rules.an.kb.role(f.titles[0].name)
            why = story_refusal_before(rules, found, {f.person})
            refusals[(kb_role.held_in if kb_role else "unknown", why)] += 1
            print(json.dumps({"url": page["url"], "title": f.titles[0].name, "person": span.text,
                              "held_in": kb_role.held_in if kb_role else None, "refusal": why,
                              "headline": page["text"].split("\n")[0],
                              "sentence": span.sent.text.strip()[:300]}, ensure_ascii=False))
    print(f"{len(pages)} articles; (held_in, story_refusal_before):")
    for key, k in refusals.most_common():
        print(f"  {k:3d} {key}")


def corpus_headline_titles(n: int, seed: int) -> None:
    """Titles of the headline line that no person's name stands beside, on N unannotated
    corpus articles, with the people the first body sentence names and whether a claim of that
    head was made for them (``claimed``), for reading by hand how often the headline's office
    is that person's (the construction two unseen/held ``lede`` cases show, ``posit32``)."""
    pages = corpus_pages(n, seed)
    verdicts: collections.Counter = collections.Counter()
    for page, ex in zip(pages, extract(pages), strict=True):
        doc = ex.extras.get("parsed") if isinstance(ex, Extraction) else None
        line_end = doc.text.find("\n") if doc is not None else -1
        if line_end < 0:
            continue
        titles = Titles(DocAnalysis(doc, ex.doc_id, ex.mentions, ex.entities, ex.date))
        people = [m for m in ex.mentions if m.kind == "person"]
        if any(m.start < line_end for m in people):
            continue
        body = next((s for s in doc.sents if s.start_char > line_end and s.text.strip()), None)
        named = [m for m in people if body is not None and body.start_char <= m.start < body.end_char]
        for span in titles.spans:
            if doc[span.start].idx >= line_end or not named:
                continue
            head = title_head(span.name)
            by_id = {e.local_id: e for e in ex.entities}
            person_ids = {e.local_id for e in ex.entities if e.kind == "person" and
                          any(ex.mentions[i] in named for i in e.mentions)}
            roles = [c.role or "" for c in ex.claims if c.predicate == "holds_position" and
                     c.subject in person_ids]
            verdict = "claimed" if any(title_head(r) == head for r in roles) else "unclaimed"
            verdicts[verdict] += 1
            print(json.dumps({"url": page["url"], "verdict": verdict,
                              "headline": doc.text[:line_end], "title": span.name,
                              "people": [by_id[i].name for i in sorted(person_ids)],
                              "roles": roles, "sentence": body.text.strip()[:300]},
                             ensure_ascii=False))
    print(f"{len(pages)} articles: headline titles with no name beside them", dict(verdicts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="ng", choices=("ng", "dev-read", "dev-held", "ux", "audit"))
    parser.add_argument("--cases", action="store_true", help="print the cases (readable sets only)")
    parser.add_argument("--extras", action="store_true",
                        help="the wrong claims (extras) instead of the misses")
    parser.add_argument("--corpus", type=int, default=0,
                        help="N unannotated corpus/news articles: print the claims of --rule")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--rule", default="+story_country")
    parser.add_argument("--patterns", default="",
                        help="with --corpus: only claims of these patterns (comma-separated names)")
    parser.add_argument("--any-text", action="store_true",
                        help="with --corpus: draw from every readable article, not only BARE_TITLE ones")
    parser.add_argument("--guards", action="store_true",
                        help="with --corpus: the countries the sentence guards refused bare titles")
    parser.add_argument("--story-before", action="store_true",
                        help="with --corpus: bare titles before a name, no country in the sentence, "
                             "no claim, and why the story's country was not taken")
    parser.add_argument("--headline", action="store_true",
                        help="with --corpus: headline titles with no name and the lede's people")
    args = parser.parse_args()
    if args.corpus and args.headline:
        corpus_headline_titles(args.corpus, args.seed)
        return
    if args.corpus and args.story_before:
        corpus_story_before(args.corpus, args.seed)
        return
    if args.corpus and args.guards:
        corpus_guards(args.corpus, args.seed)
        return
    if args.corpus:
        corpus_claims(args.corpus, args.seed, args.rule,
                      tuple(p for p in args.patterns.split(",") if p), args.any_text)
        return
    pairs = gold_set(args.set)
    extractions = extract([p for _, p in pairs])
    if args.extras:
        report_extras(pairs, extractions, args.cases and args.set in READABLE)
        return
    counts: collections.Counter = collections.Counter()
    apposed: collections.Counter = collections.Counter()
    shapes: collections.Counter = collections.Counter()
    heads: collections.Counter = collections.Counter()
    gaps: collections.Counter = collections.Counter()
    scenes: collections.Counter = collections.Counter()
    guard_counts: collections.Counter = collections.Counter()
    story_counts: collections.Counter = collections.Counter()
    longer_names: collections.Counter = collections.Counter()
    names_before: collections.Counter = collections.Counter()
    before_counts: collections.Counter = collections.Counter()
    previous_subjects: collections.Counter = collections.Counter()
    ledes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for (gold, _), ex in zip(pairs, extractions, strict=True):
        if not isinstance(ex, Extraction):
            continue
        for kind, detail in classify(ex, gold):
            counts[kind] += 1
            if kind == "no_claim":
                apposed[(detail["apposed_body"], detail["head_at"], detail["match"])] += 1
                shapes[(detail["title_before"], detail["holder"], detail["demonym"])] += 1
                heads[(detail["head_at"], detail["head_known"], detail["in_title"],
                       detail["quote"], detail["match"])] += 1
                if "scene" in detail:
                    scenes[(detail["head_at"], *detail["scene"])] += 1
                    guard_counts[detail["guards"]] += 1
                for name, value in detail.get("lede", {}).items():
                    ledes[name][value] += 1
                if detail.get("lede"):
                    ledes["documents"][gold["doc"]] += 1
                    ledes["crossed"][tuple(detail["lede"][k] for k in LEDE_CROSSED) +
                                     (detail["holder"],)] += 1
                for shape in detail.get("longer_name", []):
                    longer_names[tuple(shape)] += 1
                if "name_before" in detail:
                    names_before[detail["name_before"]] += 1
                if detail["head_at"] in ("apposition", "copula", "after"):
                    gaps[(detail["head_at"], detail["match"], detail["gap"])] += 1
                if "story" in detail:
                    story_counts[(detail["head_at"], detail["scene"][0], detail["story"],
                                  detail["holder"], detail["demonym"])] += 1
                if "story_before" in detail:
                    before_counts[(detail["scene"][0], detail["guards"], detail["story_before"])] += 1
                    previous_subjects[(detail["guards"], detail["previous_subject"],
                                       detail["person_country"])] += 1
            if args.cases and args.set in READABLE:
                print(gold["doc"], kind, json.dumps(detail, ensure_ascii=False))
    print(f"set {args.set}: {sum(counts.values())} missed positions", dict(counts.most_common()))
    print("no_claim by a common noun renamed by an apposed organization in the person's "
          "sentences (apposed_body_class, posit46):", dict(apposed.most_common()))
    print("no_claim by (title before the name, holder's place, demonym/possessive):")
    for key, n in shapes.most_common():
        print(f"  {n:3d} {key}")
    print("no_claim by (head noun's place, known head, title layer spans it, quote shape, "
          "how far the rules got):")
    for key, n in heads.most_common():
        print(f"  {n:3d} {key}")
    print("matched, no holder: (head's place, held_in, countries in the sentence, countries "
          "so far, organizations in the sentence; capped at 2/3/2):")
    for key, n in scenes.most_common():
        print(f"  {n:3d} {key}")
    print("matched, no holder: why the sentence's countries were not taken:",
          dict(guard_counts.most_common()))
    print("longer_name refusals by (the noun the longer name ends in, words between, how it "
          "meets the title, the refused country is the gold holder; longer_name_shape, posit35):")
    for key, n in longer_names.most_common():
        print(f"  {n:3d} {key}")
    print("none_named: the mention right before the title (kind, resolved, its last noun's "
          "class, a state's name or demonym first; name_before_title, posit35):",
          dict(names_before.most_common()))
    print("head after the name: (place, how far the rules got, word classes from name to head):")
    for key, n in gaps.most_common():
        print(f"  {n:3d} {key}")
    print("head after the name, matched, no holder: (place, held_in, why the story's country "
          "was not taken, story_refusal, the gold holder's place, a demonym or possessive):")
    for key, n in story_counts.most_common():
        print(f"  {n:3d} {key}")
    print("head before the name, matched, no holder: (held_in, why the sentence's countries were "
          "not taken, why the story's country was not taken, story_refusal_before):")
    for key, n in before_counts.most_common():
        print(f"  {n:3d} {key}")
    print("head before the name, matched, no holder: (why the sentence's countries were not "
          "taken, the subject of the sentence before, the countries of the person's other "
          "sentences; previous_subject_class, person_country_class, posit43):")
    for key, n in previous_subjects.most_common():
        print(f"  {n:3d} {key}")
    print("head only in the lede: each feature's classes (lede_features; categories only):")
    for name in LEDE_FEATURES:
        print(f"  {name}:", dict(ledes[name].most_common()))
    print(f"  cases per document: {sorted(ledes['documents'].values(), reverse=True)}")
    print(f"  crossed {LEDE_CROSSED + ('holder',)}:")
    for key, n in ledes["crossed"].most_common():
        print(f"    {n:3d} {key}")


if __name__ == "__main__":
    main()
