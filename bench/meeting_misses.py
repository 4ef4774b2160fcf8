"""Meeting misses and extras of a scored store, by counts-only classes (issue 13, ``meet7``).

    .venv/bin/python bench/meeting_misses.py DB GOLD_DIR [--only STEMS | --split read|held |
                                             --prefix ux1-] [--cases] [--json]

For each gold meeting the store did not match (the rule of ``evaluate.Evaluator.meetings``:
every gold participant covered by a predicted participant, date within a day or inside the
gold's month/year) and each predicted meeting no gold matched, it counts classes that need no
reading of the text:

- misses: (a) no predicted meeting in the document, or none sharing a participant; (b) a
  predicted meeting shares participants but misses k of them (each missing one by the kind of
  its entity: person, state, organization ...; "no entity" when the document has none);
  (c) the participants match but the date does not (undated, coarser, off by days);
  (d) a gold participant is no entity of the document at all.  For every gold meeting (found
  or not): whether its participants' mentions meet in one sentence (all, all but one, none),
  and which words of ``MEETING_WORDS`` that sentence holds.  For a miss, why no draft may be
  made there (``meet8``): the meeting words on tokens no declared trigger fired on (by part of
  speech: "noun:visit" a trigger's word the tagger read otherwise), whether the sentence holds
  a time expression, the model's label of each participant the store has no entity for
  (GPE, PERSON, untagged, not in text), and whether the publication date is known; and which
  classes of ``CANDIDATE_VOCABULARY`` (gathering noun, visit noun, travel verb, ...) the words
  no trigger fired on fall in (``meet9``: class counts, never the words); how each
  participant's mention hangs on the sentence's meeting words (``attachment``), each noun
  trigger by the verb it hangs on (``carried``), whether each organization or body is known to
  the knowledge data, and the name of the check that refused a draft (``meet22``).
- extras: no gold meeting in the document, shares a participant with a gold meeting (partly
  wrong), dated after the publication (a plan told as done), dated more than 30 days before it
  (background), and the pattern that made it; and (``meet23``) how it stands to the nearest
  gold meeting (covers none, k of n of its participants, all but the date is off by days, or
  a gold another prediction matched), its participant count and kinds, its evidence
  sentence's shape and time expressions, its days before publication, and the frame of its
  trigger's clause (``clause_frame``: the verb's tag, dependency and class, an auxiliary,
  negation, a quotation in the sentence, the sentence's number, the noun's carrier).  For a
  miss (``meet27``): each verb "hold" no trigger read, by its frame (``hold_frame``: tag,
  dependency, auxiliaries with their tags, the kinds of its subject and object, the trigger a
  relative clause hangs on), and the constructions matched in the best sentence, with the
  shape of a ``HELD_RELATIVE`` gathering (``held_gathering``: its needed words, dependency,
  modifiers' labels with a possessive's person and number, the entity labels before it).

Only counts are printed, except with ``--cases`` (one line per miss and extra), which is
refused for the held half of ../shared/dev and for the unseen batches (``ux*``): their errors
are never read (docs/evaluation.md).  A store is built first when DB does not exist and
``--prefix`` names a news_gold batch (its ``.txt`` files, ingested as bench/unseen_batch.py
feeds them).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Token

from blocwatch import events, meetings, pipeline
from blocwatch.analysis import FUTURE_AUX, INTENT
from blocwatch.config import load_options
from blocwatch.evaluate import Evaluator, date_match, split_half
from blocwatch.kb import KnowledgeBase
from blocwatch.knowledge import knowledge
from blocwatch.nlp import stage_many
from blocwatch.records import RawDocument

# the lemmas (or lower-cased words) that tell a meeting in a sentence; declared here, not
# read from the extractor, so the count says what the sentence holds, not what a rule reads
MEETING_WORDS = frozenset({
    "meet", "meeting", "talk", "talks", "summit", "session", "visit", "receive", "host",
    "conference", "discuss", "discussion", "negotiate", "negotiation", "consult",
    "consultation", "convene", "welcome", "greet", "gather", "gathering", "attend", "forum",
    "hold", "arrive", "trip", "tour", "dinner", "lunch", "ceremony", "sideline", "sidelines",
    "chair", "address", "speech", "vote", "approve", "ratify", "adopt", "call", "phone",
    "delegation", "audience", "sit", "join", "accompany"})
# issue 13 (meet9): a candidate vocabulary of words that can tell a meeting, by class, written
# before the misses were counted with it; the counts name the class a missed sentence's words
# fall in (never the words) so that the largest classes can be built as declared patterns
CANDIDATE_VOCABULARY = {
    "gathering noun": frozenset({
        "talks", "negotiations", "negotiation", "consultations", "consultation", "summit",
        "session", "conference", "forum", "round", "dialogue", "meeting", "meetings",
        "discussion", "discussions", "sitting", "plenary", "ministerial", "congress",
        "gathering", "retreat", "huddle", "get-together", "tete-a-tete", "encounter"}),
    "social occasion noun": frozenset({
        "audience", "reception", "dinner", "lunch", "luncheon", "banquet", "breakfast",
        "ceremony", "parade", "handshake"}),
    "remote noun": frozenset({
        "call", "phone", "telephone", "conversation", "video", "videoconference",
        "teleconference", "link"}),
    "visit noun": frozenset({"visit", "tour", "trip", "stopover", "stay", "journey", "mission"}),
    "meet verb": frozenset({
        "meet", "confer", "consult", "negotiate", "talk", "discuss", "sit", "gather",
        "convene", "reconvene", "huddle", "exchange"}),
    "host verb": frozenset({"receive", "host", "welcome", "greet", "entertain", "accompany",
                            "escort", "hail", "embrace"}),
    "travel verb": frozenset({"visit", "travel", "fly", "arrive", "go", "come", "tour",
                              "stop", "land", "head", "return", "leave"}),
    "attend verb": frozenset({"attend", "join", "participate", "chair", "address", "preside",
                              "open", "close", "speak", "tell", "brief"}),
    "remote verb": frozenset({"call", "phone", "telephone", "dial"}),
    "joint act verb": frozenset({"sign", "ink", "shake", "present", "hand", "award",
                                 "decorate", "agree", "announce", "issue"}),
}
# meet22: the prepositions a meeting noun may stand under, by class (counted, never printed)
PREPOSITION_CLASSES = {
    "at/during": frozenset({"at", "during"}),
    "in/on": frozenset({"in", "on", "into", "within"}),
    "after/before": frozenset({"after", "following", "before", "upon", "since", "until"}),
    "for/to": frozenset({"for", "to", "toward", "towards"}),
    "of/from/with": frozenset({"of", "from", "with", "by", "between", "among"}),
}
CLI = "import sys; from blocwatch.cli import main; sys.argv[0] = 'blocwatch'; main()"
GOLD_NEWS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "news_gold"


def unreadable(stems: list[str], gold_dir: Path) -> bool:
    """True when a stem belongs to an unseen batch or the gold is ../shared/dev's and a stem
    is outside its read half."""
    if any(s.startswith("ux") for s in stems):
        return True
    if gold_dir.resolve().parent.name != "dev":
        return False
    read = split_half([p.stem for p in gold_dir.glob("*.json")], "read")
    return not set(stems) <= read


def build_store(db: Path, gold_dir: Path, stems: list[str]) -> None:
    """Ingest the batch's texts as a scraper delivers them (url, corpus date, text)."""
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages.jsonl"
        with pages.open("w", encoding="utf-8") as out:
            for stem in stems:
                gold = json.loads((gold_dir / f"{stem}.json").read_text("utf-8"))
                out.write(json.dumps({"url": gold["url"], "published": gold["published"],
                                      "text": (gold_dir / f"{stem}.txt").read_text("utf-8")})
                          + "\n")
        env = dict(os.environ)
        env.pop("BLOCWATCH_DB", None)
        subprocess.run([sys.executable, "-c", CLI, "ingest", str(pages), "--db", str(db)],
                       env=env, check=True, capture_output=True)


class Sentence(NamedTuple):
    """One parsed sentence as the diagnostic counts it."""
    start: int
    end: int
    words: frozenset[str]     # MEETING_WORDS the sentence holds
    shape: str                # trigger names, root tag, modal, headline
    text: str
    unread: frozenset[str]    # meeting words on tokens no declared trigger fired on, "pos:word"
    dated: str                # the time expression kinds the sentence holds (DATE, TIME, none)
    classes: frozenset[str]   # CANDIDATE_VOCABULARY classes of its words no trigger fired on
    links: dict[int, str]     # token start → its path up to a meeting word (``attachment``)
    carried: frozenset[str]   # each noun trigger's relation to its clause's verb (``carried``)
    frames: dict[str, str]    # a fired trigger's lower-cased form → its clause's frame (meet23)
    holds: frozenset[str]     # each verb "hold" no trigger read, by its frame (``hold_frame``)
    built: frozenset[str]     # the names of the constructions matched in it (meet27)


def clause_frame(trig: Token) -> str:
    """The clause a trigger stands in (meet23), by code: its verb's tag, a perfect or passive
    auxiliary, the verb's dependency (ROOT, relcl, advcl, ccomp ...), a negation and whether
    the sentence quotes; never the words.  A verb of arranging (meet24:
    ``arranging_verbs``) is its own class, ahead of the carriers."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    aux = sorted({c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
                 & {"have", "be", "will", "would", "could", "may", "might", "should"})
    neg = any(c.dep_ == "neg" for c in verb.children)
    quoted = any(t.text in ('"', "“", "”") for t in trig.sent)
    lemma = verb.lemma_.lower()
    data = meetings.patterns()
    kind = "speech verb" if lemma in events.lexicon()["speech_verbs"] else \
        "arranging" if lemma in data["arranging_verbs"] else \
        "carrier" if lemma in events.CARRIER_VERBS else "be" if lemma == "be" else \
        "+".join(sorted(candidate_classes(verb))) or "other verb"
    return f"{verb.tag_} {verb.dep_} ({kind})" + (f" aux:{'+'.join(aux)}" if aux else "") + \
        (" negated" if neg else "") + (" quoted" if quoted else "")


def hold_frame(verb: Token, fired: dict[int, str]) -> str:
    """A verb "hold" no trigger read (meet27), by code: its tag and dependency, its modal,
    perfect or passive auxiliary, and the kind of its subject and object (a fired trigger's
    name, a meeting word, an entity label, else the tag); never the words."""
    def kind(tok: Token) -> str:
        return fired.get(tok.i) or ("meeting word" if tok.lemma_.lower() in MEETING_WORDS
                                    else tok.ent_type_ or tok.tag_)
    aux = sorted({"modal" if c.tag_ == "MD" else f"{c.lemma_.lower()}:{c.tag_}"
                  for c in verb.children if c.dep_ in ("aux", "auxpass")
                  and (c.tag_ == "MD" or c.lemma_.lower() in ("have", "be"))})
    args = sorted(f"{c.dep_}:{kind(c)}" for c in verb.children
                  if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent"))
    return f"{verb.tag_} {verb.dep_}" + (f" aux:{'+'.join(aux)}" if aux else "") + \
        f" [{' '.join(args)}]" + (f" of {kind(verb.head)}" if verb.dep_ in ("relcl", "acl")
                                  else "")


def held_gathering(tok: Token) -> str:
    """The gathering noun a relative clause says was held (meet27), by code: whether the
    words it needs near it (events.json ``noun_needs``) are there, its dependency and its
    head's tag, and the entity labels of its modifiers; never the words."""
    needs = events.lexicon()["noun_needs"].get(tok.lower_)
    window = {t.lower_ for t in tok.doc[max(0, tok.i - 2):tok.i + 3]}
    need = "no needs" if needs is None else "needs met" if window & set(needs) else "needs unmet"
    mods = sorted({(c.ent_type_ or c.tag_) + ("(" + ",".join(
                       c.morph.get("Person") + c.morph.get("Number")) + ")"
                       if c.tag_ == "PRP$" else "") for c in tok.children
                   if c.dep_ in ("compound", "poss", "amod")})
    ents = sorted({t.ent_type_ for t in tok.sent if t.i < tok.i and t.ent_type_})
    return f"{need}; {tok.dep_} of {tok.head.tag_}; modifiers {'+'.join(mods) or 'none'}" + \
        f"; entity labels before {'+'.join(ents) or 'none'}"


def candidate_classes(tok: Token) -> set[str]:
    """The classes of ``CANDIDATE_VOCABULARY`` a token's lemma or form falls in (nouns by
    form or lemma, verbs by lemma; a verb class needs a verb, a noun class a noun)."""
    verb = tok.pos_ in ("VERB", "AUX")
    return {c for c, ws in CANDIDATE_VOCABULARY.items()
            if (c.endswith("verb") == verb) and (tok.lemma_.lower() in ws or tok.lower_ in ws)}


def attachment(tok: Token, fired: dict[int, str]) -> str:
    """How a participant's word hangs on the sentence's meeting words (meet22): the dependency
    labels from the last word of its mention up to the first head that is a fired trigger
    (named by its pattern) or a meeting word or candidate class (at most four steps), else up
    to the fourth head; a head neither is named by its kind (a member noun of
    meeting_patterns.json, else its tag); the word's own class in brackets.  A code-computed
    shape ("compound>GATHERING_NOUN", "compound<dobj[member noun]<ROOT[VBD]"), never text."""
    own = "+".join(sorted(candidate_classes(tok)))
    members = set(meetings.patterns()["member_nouns"])
    out, at = f"({own}) " if own else "", tok
    for step in range(4):
        out += ("<" if step else "") + at.dep_
        if at.head.i == at.i:
            return out
        at = at.head
        named = fired.get(at.i) or "+".join(sorted(candidate_classes(at))) or \
            "+".join(sorted({at.lemma_.lower()} & MEETING_WORDS))
        if named:
            return f"{out}>{named}"
        out += f"[{'member noun' if at.lower_ in members else at.tag_}]"
    return out


def carried(trig: Token, name: str) -> str:
    """A noun trigger by the verb it hangs on (meet22): "TALKS_NOUN dobj of other VBD" when its
    head verb is no carrier of events.CARRIER_VERBS ("held talks" is one), so the verb's
    subject is not read as a side; never the verb itself."""
    verb = trig.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return f"{name} {trig.dep_}, no verb"
    kind = "carrier" if verb.lemma_.lower() in events.CARRIER_VERBS else "other"
    prep = next((f" ({c})" for c, ws in PREPOSITION_CLASSES.items()
                 if trig.dep_ == "pobj" and trig.head.lower_ in ws), "")
    return f"{name} {trig.dep_}{prep} of {kind} {verb.tag_}"


def sentence_spans(texts: dict[str, str]) -> tuple[dict[str, list[Sentence]],
                                                   dict[str, list[tuple[int, int, str]]]]:
    """Per document: its sentences (``Sentence``: the shape being the extractor's trigger
    names there, the root's tag and whether a modal or a first paragraph (a headline) frames
    it, by the pipeline's parse), and the model's entity spans (start, end, label), so a gold
    participant that is no entity of the store can be told by the label the model gave it."""
    out: dict[str, list[Sentence]] = {}
    ents: dict[str, list[tuple[int, int, str]]] = {}
    ids = list(texts)
    for doc_id, doc in zip(ids, stage_many((texts[i] for i in ids), load_options()),
                           strict=True):
        fired = meetings.triggers(doc)
        built = meetings.constructions(doc)
        out[doc_id] = []
        ents[doc_id] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        for n, s in enumerate(doc.sents):
            names = sorted({fired[t.i] for t in s if t.i in fired})
            shape = f"triggers {'+'.join(names) or 'none'}; root {s.root.tag_}" + \
                ("; modal" if any(t.tag_ == "MD" for t in s) else "") + \
                ("; headline" if n == 0 else "")
            unread = frozenset(f"{t.pos_.lower()}:{w}" for t in s if t.i not in fired
                               for w in {t.lemma_.lower()} if w in MEETING_WORDS)
            dated = "+".join(sorted({e.label_ for e in s.ents if e.label_ in ("DATE", "TIME")}))
            classes = frozenset(c for t in s if t.i not in fired for c in candidate_classes(t))
            out[doc_id].append(Sentence(
                s.start_char, s.end_char, frozenset(
                    w for t in s for w in (t.lemma_.lower(), t.lower_) if w in MEETING_WORDS),
                shape, s.text, unread, dated or "no time expression", classes,
                {t.idx: attachment(t, fired) for t in s},
                frozenset(carried(t, fired[t.i]) for t in s
                          if t.i in fired and t.pos_ in ("NOUN", "PROPN")),
                {t.lower_: f"{clause_frame(t)} sentence {min(n, 9)}" + (
                    f"; {carried(t, fired[t.i])}" if t.pos_ in ("NOUN", "PROPN") else "")
                 for t in s if t.i in fired},
                frozenset(hold_frame(t, fired) for t in s if t.i not in fired
                          and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() == "hold"),
                frozenset(c.name for c in built if s.start <= min(c.nodes.values()) < s.end)
                | frozenset(f"HELD_RELATIVE gathering: {held_gathering(doc[c.nodes['gathering']])}"
                            for c in built if c.name == "HELD_RELATIVE"
                            and s.start <= c.nodes["gathering"] < s.end)))
    return out, ents


def model_label(text: str, forms: list[str], spans: list[tuple[int, int, str]]) -> str:
    """The label the model gave the first place the text writes one of a gold participant's
    forms ("untagged" when no entity span covers it, "not in text" when no form is written):
    a participant the store has no entity for may still be a GPE or a PERSON the mentions
    stage dropped."""
    low = text.lower()
    for form in forms:
        at = low.find(form.lower())
        if at >= 0:
            return next((lab for s0, s1, lab in spans if s0 <= at < s1), "untagged")
    return "not in text"


def future_cue(an, trig: Token, verb: Token) -> str:  # type: ignore[no-untyped-def]
    """What made ``DocAnalysis.tense`` (or a time after the report) read a draft as still to
    come (meet28): a future auxiliary, or a verb of intent above it, by that verb's tag, the
    dependency it was reached from and whether it is the trigger's own clause verb; a code
    class, never a word."""
    if meetings.future_time(an, verb, trig.sent):
        return "time after the report"
    tok, path = verb, []
    for _ in range(4):
        if {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")} & FUTURE_AUX:
            return f"future auxiliary on {tok.tag_} after {'>'.join(path) or 'itself'}"
        if tok.lemma_ in INTENT and tok.i != verb.i:
            return (f"intent verb {tok.tag_} after {'>'.join(path)}; trigger {trig.dep_}, "
                    f"clause verb {verb.tag_} {verb.dep_}")
        if tok.head.i == tok.i:
            break
        path.append(tok.dep_)
        tok = tok.head
    return "other (to-infinitive, headline)"


def trace(text: str, published: str | None) -> dict[str, list[str]]:
    """Sentence text → what became of each meeting the extractor drafted there: "none: not
    happened" / "none: dated after the report" (no draft), "kept", "one side, not a session"
    (dropped by ``events.stage``), or "joined or dropped" (merged away).  The text is run
    again through the pipeline with the extractor's ``draft`` and ``run`` wrapped to record
    their answers; nothing they return is changed."""
    log: dict[str, list[str]] = collections.defaultdict(list)
    made: list[tuple[str, str]] = []
    draft, run = events._Extractor.draft, events._Extractor.run

    def draft_traced(self, trig, sent, code, name, dateline, before):  # type: ignore[no-untyped-def]
        d = draft(self, trig, sent, code, name, dateline, before)
        if d is None:
            verb = trig if trig.pos_ == "VERB" else self.an.clause_verb(trig)
            why = self.refusal(trig, verb)  # meet22: the check that refused it, by name
            if why == "future":  # meet28: which step of the tense read it as still to come
                why = f"future: {future_cue(self.an, trig, verb)}"
            log[sent.text.strip()].append(f"{name}: none, " + (
                f"not happened ({why})" if why else "dated after the report"))
        else:
            made.append((sent.text.strip(), name))
        return d

    def run_traced(self):  # type: ignore[no-untyped-def]
        out = run(self)
        kept = set()
        for d in out:
            sides = events._families(self.an, d.actors + d.targets)
            kinds = sorted({e.kind for e in self.an.entities if e.local_id in d.actors + d.targets})
            for e in d.evidence:
                kept.add(e.text.strip())
                log[e.text.strip()].append(f"{d.pattern or 'session'}: " + (
                    "kept" if sides >= (1 if d.session else 2) else
                    "no side" if not sides else f"one side ({'+'.join(kinds)}), not a session"))
        for text_, name in made:
            if text_ not in kept:
                log[text_].append(f"{name}: joined or dropped")
        return out

    events._Extractor.draft, events._Extractor.run = draft_traced, run_traced
    try:
        pipeline.process(RawDocument("trace.txt", "trace", text, "text/plain",
                                     published=published), load_options())
    finally:
        events._Extractor.draft, events._Extractor.run = draft, run
    return log


def gold_documents(kb: KnowledgeBase, gold_dir: Path, stems: list[str]) -> tuple[
        Evaluator, dict[str, dict], dict[str, int | None], dict[int, str]]:
    """What both miss scripts start from: the scorer, each stem's gold, the stored document it
    matches (None when not stored) and the stored texts by document id."""
    ev = Evaluator(kb)
    golds = {s: json.loads((gold_dir / f"{s}.json").read_text("utf-8")) for s in stems}
    docs = {s: ev.document(g) for s, g in golds.items()}
    texts = {d: kb.db.execute("SELECT text FROM documents WHERE id=?", (d,)).fetchone()[0]
             for d in docs.values() if d}
    return ev, golds, docs, texts


def diagnose(kb: KnowledgeBase, gold_dir: Path, stems: list[str],
             cases: bool) -> dict[str, collections.Counter]:
    ev, golds, docs, texts = gold_documents(kb, gold_dir, stems)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    sents, model_ents = sentence_spans(texts)
    traced: dict[str, dict[str, list[str]]] = {}
    for stem, gold in golds.items():
        doc_id = docs[stem]
        gms = gold.get("meetings", [])
        if doc_id is None:
            counts["miss"]["document not stored"] += len(gms)
            continue
        published = kb.db.execute("SELECT published FROM documents WHERE id=?",
                                  (doc_id,)).fetchone()[0]
        mentioned = [r[0] for r in kb.db.execute(
            "SELECT DISTINCT entity_id FROM mentions WHERE document_id=?", (doc_id,))]
        spans = collections.defaultdict(list)
        heads = collections.defaultdict(list)  # meet22: each mention's last token start
        for r in kb.db.execute("SELECT entity_id, start, end FROM mentions WHERE "
                               "document_id=?", (doc_id,)):
            spans[r[0]].append(r[1])
            heads[r[0]].append(r[2])
        kind = {e: kb.db.execute("SELECT kind FROM entities WHERE id=?", (e,)).fetchone()[0]
                for e in mentioned}
        preds = []
        for r in kb.db.execute("SELECT id, date, trigger FROM events WHERE document_id=? AND "
                               "category='CONSULT'", (doc_id,)):
            people = [p[0] for p in kb.db.execute(
                "SELECT entity_id FROM event_participants WHERE event_id=?", (r[0],))]
            rule = kb.db.execute("SELECT extractor FROM evidence WHERE owner_id=? ORDER BY "
                                 "position LIMIT 1", (r[0],)).fetchone()
            at = kb.db.execute("SELECT start FROM evidence WHERE owner_id=? ORDER BY "
                               "position LIMIT 1", (r[0],)).fetchone()
            preds.append({"id": r[0], "people": people, "date": r[1], "used": False,
                          "rule": rule[0].rsplit(":", 1)[-1] if rule else "?",
                          "at": at[0] if at else None, "trigger": r[2].lower()})

        def covered(g: dict, p: dict) -> list[bool]:
            return [any(ev.matches(e, group) for e in p["people"]) for group in g["participants"]]

        for g in gms:
            counts["gold"]["meetings"] += 1
            groups = g["participants"]
            ents = [next((e for e in mentioned if ev.matches(e, grp)), None) for grp in groups]
            counts["gold size"][f"{len(groups)} participants" if len(groups) < 4 else "4+"] += 1
            gdate = g.get("date")
            counts["gold date"]["undated" if not gdate else
                                {10: "day", 7: "month", 4: "year"}.get(len(gdate), "?")] += 1
            # do the participants' mentions meet in one sentence?
            best, top = 0, None
            for sent in sents[doc_id]:
                n = sum(1 for e in ents if e and any(sent.start <= x < sent.end
                                                     for x in spans[e]))
                if top is None or (n, len(sent.words)) > (best, len(top.words)):
                    best, top = n, sent
            words, shape, said = (top.words, top.shape, top.text) if top else \
                (frozenset(), "no sentence", "")
            found = sum(1 for e in ents if e)
            together = "all in one sentence" if best == len(groups) else \
                "all but one in one sentence" if best == len(groups) - 1 else "scattered"
            hit = next((p for p in preds if not p["used"] and all(covered(g, p)) and
                        date_match(p["date"], gdate, 1)), None)
            tag = "found" if hit else "missed"
            if hit:
                hit["used"] = True
            counts[f"{tag}: together"][together] += 1
            # meet10: one-group sessions ("NATO met") against meetings of several sides
            counts[f"{tag}: participant groups"][
                "one group" if len(groups) == 1 else "several groups"] += 1
            counts[f"{tag}: best sentence's meeting words"][
                ",".join(sorted(words)) if words else "(none)"] += 1
            if hit:
                continue
            kinds = sorted(kind.get(e, "?") if e else "no entity" for e in ents)
            # meet22: whether each organization or body is one the knowledge data knows
            counts["missed: organizations known"].update(
                f"{kind.get(e)} {'known' if e in knowledge().entities else 'unknown'}"
                f" ({'one group' if len(groups) == 1 else 'several'})"
                for e in ents if e and kind.get(e) in ("organization", "body"))
            counts["missed: participant kinds"][",".join(kinds)] += 1
            # why no draft: the meeting words no declared trigger reads, a time expression,
            # the model's labels of participants the store has no entity for, a known date
            counts["missed: meeting words no trigger reads"].update(
                sorted(top.unread) if top and top.unread else ["(none)"])
            counts["missed: unread hold by its frame"].update(
                sorted(top.holds) if top and top.holds else ["(none)"])
            counts["missed: constructions in the best sentence"].update(
                sorted(top.built) if top and top.built else ["(none)"])
            counts["missed: candidate vocabulary classes no trigger reads"].update(
                sorted(top.classes) if top and top.classes else ["(none)"])
            counts["missed: best sentence's time expression"][
                top.dated if top else "no sentence"] += 1
            counts["missed: model label of a participant with no entity"].update(
                model_label(texts[doc_id], grp, model_ents[doc_id])
                for grp, e in zip(groups, ents, strict=True) if e is None)
            counts["missed: publication date"][
                "known" if published else "not known"] += 1
            counts["missed: best sentence's shape"][shape] += 1
            if doc_id not in traced:
                traced[doc_id] = trace(texts[doc_id], published)
            fate = "; ".join(sorted(set(traced[doc_id].get(said.strip(), [])))) or "no draft"
            counts["missed: best sentence's drafts"][fate] += 1
            counts["missed: shape x drafts"][f"{shape} | {fate}"] += 1
            counts["missed: kinds x drafts"][f"{','.join(kinds)} | {fate}"] += 1
            counts["missed: noun triggers by their verb"].update(
                sorted(top.carried) if top and top.carried else ["(none)"])
            # meet22: how each participant's mention in the best sentence hangs on its
            # meeting words (dependency labels and the head's class), one group or several
            if top:
                counts[f"missed: attachment ({'one group' if len(groups) == 1 else 'several'})"
                       ].update(sorted({top.links[max(i for i in top.links if i < x)]
                                        for e in ents if e for x in heads[e]
                                        if top.start < x <= top.end})
                                or ["no mention in it"])
            counts["missed: kinds x words"][
                f"{','.join(kinds)} | {','.join(sorted(words)) or '(none)'}"] += 1
            if gdate and len(gdate) == 10 and published:
                lag = (date.fromisoformat(published[:10]) - date.fromisoformat(gdate)).days
                counts["missed: days before publication"][
                    str(lag) if -1 <= lag <= 3 else "4-30" if 4 <= lag <= 30 else
                    "> 30" if lag > 30 else "after"] += 1
            why: list[str] = []
            if None in ents:
                k = ents.count(None)
                why.append(f"(d) {k} participant(s) no entity")
                counts["miss (d)"][f"{k} of {len(groups)} no entity"] += 1
            shared = [(sum(covered(g, p)), p) for p in preds]
            shared = [x for x in shared if x[0]]
            if not preds:
                why.append("(a) no predicted meeting in the document")
                counts["miss"]["(a) no prediction in document"] += 1
            elif not shared:
                why.append("(a') predictions share no participant")
                counts["miss"]["(a') predictions share no participant"] += 1
            else:
                n, p = max(shared, key=lambda x: (x[0], not x[1]["used"]))
                if n == len(groups):
                    pd = p["date"]
                    d = "pred undated" if not pd else "pred coarser" if gdate and \
                        len(pd) < len(gdate) else "gold coarser" if gdate and \
                        len(pd) > len(gdate) else "off by days" if gdate else "?"
                    if p["used"]:
                        d = "only prediction already used by another gold"
                    why.append(f"(c) date: {d}")
                    counts["miss"]["(c) participants match, date differs"] += 1
                    counts["miss (c)"][d] += 1
                else:
                    cov = covered(g, p)
                    missing = [kind.get(ents[i], "no entity") if ents[i] else "no entity"
                               for i, c in enumerate(cov) if not c]
                    extra = sum(1 for e in p["people"]
                                if not any(ev.matches(e, grp) for grp in groups))
                    why.append(f"(b) missing {len(missing)} ({','.join(missing)}), extra {extra}")
                    counts["miss"]["(b) shares participants, set differs"] += 1
                    counts["miss (b) missing kind"].update(missing)
                    counts["miss (b) missing/extra"][f"missing {len(missing)} extra {extra}"] += 1
            counts["miss: found in mentions"][f"{found} of {len(groups)}"] += 1
            if cases:
                print(f"MISS {stem}: {[grp[0] for grp in groups]} {gdate} | {together} | {shape} | {fate} "
                      f"| words {sorted(words)} | unread {sorted(top.unread) if top else []} "
                      f"| classes {sorted(top.classes) if top else []} "
                      f"| {top.dated if top else ''} | " + "; ".join(why))
        pub = date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
        for p in preds:
            if p["used"]:
                continue
            counts["extra rule"][p["rule"]] += 1
            cls = []
            if not gms:
                cls.append("no gold meeting in document")
            elif any(any(covered(g, p)) for g in gms):
                cls.append("shares a participant with a gold meeting")
            else:
                cls.append("shares nothing with the gold meetings")
            if p["date"] and pub and len(p["date"]) == 10:
                days = (date.fromisoformat(p["date"]) - pub).days
                if days > 1:
                    cls.append("after publication")
                elif days < -30:
                    cls.append("> 30 days before publication")
            elif not p["date"]:
                cls.append("undated")
            counts["extra"].update(cls)
            # meet23: code-computed features of an extra, never its words or names
            counts["extra: participants"][str(min(len(p["people"]), 4))] += 1
            counts["extra: participant kinds"][
                ",".join(sorted(kind.get(e, "not mentioned") for e in p["people"]))] += 1
            vs = extra_versus_gold([(sum(covered(g, p)), g) for g in gms], p)
            counts["extra: against the nearest gold"][vs] += 1
            twin = any(q is not p and set(q["people"]) == set(p["people"]) for q in preds)
            counts["extra: another prediction has the same participants"][str(twin)] += 1
            home = next((t for t in sents[doc_id] if p["at"] is not None and
                         t.start <= p["at"] < t.end), None)
            counts["extra: evidence sentence shape"][home.shape if home else "no sentence"] += 1
            counts["extra: evidence sentence time expression"][
                home.dated if home else "no sentence"] += 1
            counts["extra: rule x against gold"][f"{p['rule']} | {vs}"] += 1
            lag = "undated" if not p["date"] else "no publication date" if not pub else \
                "coarse" if len(p["date"]) < 10 else \
                f"{(pub - date.fromisoformat(p['date'])).days} days before publication"
            frame = home.frames.get(p["trigger"], "trigger not fired") if home else "-"
            counts["extra: trigger's clause frame"][frame] += 1
            counts["extra: against gold x frame"][f"{vs} | {frame}"] += 1
            counts["extra: against gold x sentence x date"][
                f"{vs} | {home.shape if home else '-'} | "
                f"{home.dated if home else '-'} | {lag}"] += 1
            if cases:
                print(f"EXTRA {stem}: {kb.describe_event(kb.event(p['id']))} ({p['date']}) "
                      f"[{p['rule']}] | " + "; ".join(cls) + f" | {vs} | {lag} | {frame}")
    return counts


def extra_versus_gold(shared: list[tuple[int, dict]], p: dict) -> str:
    """How an unmatched prediction stands to the document's gold meetings (meet23): it covers
    all of one gold's participants (so the date is off: by days, coarser, undated), some of
    them (k of n), or none; a code-computed class, never text."""
    if not shared or max(n for n, _ in shared) == 0:
        return "covers no gold participant"
    n, g = max(shared, key=lambda x: (x[0] / len(x[1]["participants"]), x[0]))
    size = len(g["participants"])
    if n < size:
        return f"covers {n} of {size} gold participants"
    gd, pd = g.get("date"), p["date"]
    if not pd:
        return "all participants, undated"
    if not gd:
        return "all participants, gold undated"
    if date_match(pd, gd, 1):
        return "all participants and date, gold matched by another prediction"
    if len(pd) < len(gd):
        return "all participants, date coarser"
    if len(pd) == len(gd) == 10:
        days = (date.fromisoformat(pd) - date.fromisoformat(gd)).days
        return f"all participants, date off {'+' if days > 0 else '-'}" + (
            "2-7 days" if abs(days) <= 7 else "8-60 days" if abs(days) <= 60 else "> 60 days")
    return "all participants, date off (coarse)"


def run(doc: str, diagnose_stems, cases_help: str) -> None:  # type: ignore[no-untyped-def]
    """The command line the counts-only miss scripts share (this one, membership_misses.py):
    which gold stems, a store built when absent, ``--cases`` refused for the held half and the
    unseen batches; ``diagnose_stems(kb, gold_dir, stems, cases, readable)`` gives the counts."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("db")
    ap.add_argument("gold", nargs="?", default=str(GOLD_NEWS))
    ap.add_argument("--only", help="comma-separated gold stems")
    ap.add_argument("--split", choices=("read", "held"))
    ap.add_argument("--prefix", help="news_gold stems starting with this (builds DB if absent)")
    ap.add_argument("--exclude-prefix", default=None, help="drop stems starting with this")
    ap.add_argument("--cases", action="store_true", help=cases_help)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    gold_dir = Path(args.gold)
    stems = sorted(p.stem for p in gold_dir.glob("*.json"))
    if args.split:
        stems = sorted(split_half(stems, args.split))
    if args.prefix:
        stems = [s for s in stems if s.startswith(args.prefix)]
    if args.exclude_prefix:
        stems = [s for s in stems if not s.startswith(args.exclude_prefix)]
    if args.only:
        stems = [s for s in args.only.split(",") if s]
    readable = not (args.split == "held" or unreadable(stems, gold_dir))
    if args.cases and not readable:
        sys.exit("--cases refused: the held half and the unseen batches are scored by counts only")
    db = Path(args.db)
    if not db.exists():
        if not args.prefix:
            sys.exit(f"{db} does not exist (give --prefix to build it from a news_gold batch)")
        build_store(db, gold_dir, stems)
    counts = diagnose_stems(KnowledgeBase(str(db)), gold_dir, stems, args.cases, readable)
    if args.json:
        print(json.dumps({k: dict(v) for k, v in counts.items()}, indent=1, sort_keys=True))
        return
    for name in sorted(counts):
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts[name].most_common()))


def main() -> None:
    run(__doc__, lambda kb, gold, stems, cases, _readable: diagnose(kb, gold, stems, cases),
        "one line per miss/extra (read sets)")


if __name__ == "__main__":
    main()
