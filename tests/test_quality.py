"""Quality gates on ../shared/dev: pinned floors that fail when extraction gets worse.

The store is built from the seed articles and the development articles together, the articles
from docs.jsonl (page URL + text) as a scraper delivers them, and scored with `blocwatch eval`'s
own rules.  The floors are pinned from measured figures (docs/evaluation.md), a little under
them, and raised as extraction improves.
"""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from blocwatch import pipeline
from blocwatch.config import Options
from blocwatch.evaluate import evaluate
from blocwatch.kb import KnowledgeBase
from blocwatch.store import Store

from .conftest import shared

# floors a little under the measured figures (docs/evaluation.md), so that a real regression
# fails while a harmless change does not
FLOORS = {"facts_f1": 0.87, "meetings_f1": 0.72, "published": 0.95}
# per fact kind: (precision, recall) floors; chairs measured 0.909 / 0.769 once "appointed
# Kazakhstan Chairman-in-Office (CiO) for 2010" is read (A02) and a chair word's verb subject
# names the country
KIND_FLOORS = {"positions": (0.95, 0.88), "memberships": (0.95, 0.75),
               "member_counts": (0.95, 0.85), "chairs": (0.88, 0.75), "founded": (0.95, 0.60)}


@pytest.fixture(scope="module")
def dev_kb(tmp_path_factory):
    pages = shared("dev", "docs.jsonl")
    seeds = sorted(shared("corpus", "seeds").glob("*.txt"))
    path = str(tmp_path_factory.mktemp("dev") / "dev.db")
    options = replace(Options(), db=path)
    store = Store(path)
    # read as `blocwatch ingest SEEDS docs.jsonl` reads them
    sources = pipeline.read_sources([str(shared("corpus", "seeds")), str(pages)], options)
    report = pipeline.ingest(sources, store, options)
    store.close()
    n_pages = sum(1 for line in pages.read_text("utf-8").splitlines() if line.strip())
    assert report.new == n_pages + len(seeds) and not report.failed
    with KnowledgeBase(path) as kb:
        yield kb


@pytest.fixture(scope="module")
def scores(dev_kb):
    return evaluate(dev_kb, shared("dev", "gold"))


def test_quality_every_gold_document_is_in_the_store(scores):
    assert scores["missing_documents"] == []


def test_quality_facts_micro_f1_floor(scores):
    assert scores["facts_micro"]["f1"] >= FLOORS["facts_f1"], scores["misses"]


@pytest.mark.parametrize("kind", sorted(KIND_FLOORS))
def test_quality_each_fact_kind_is_found(scores, kind):
    precision, recall = KIND_FLOORS[kind]
    assert scores["kinds"][kind]["recall"] >= recall, scores["misses"][kind]
    assert scores["kinds"][kind]["precision"] >= precision, scores["extras"][kind]


def test_quality_split_halves_partition_the_gold(dev_kb):
    gold = shared("dev", "gold")
    read = evaluate(dev_kb, gold, split="read")
    held = evaluate(dev_kb, gold, split="held")
    both = evaluate(dev_kb, gold)
    assert read["documents"] + held["documents"] == both["documents"]
    assert abs(read["documents"] - held["documents"] - 5) <= 1  # seeds go to the read half
    for kind in both["kinds"]:
        assert read["kinds"][kind]["tp"] + held["kinds"][kind]["tp"] == both["kinds"][kind]["tp"]
        assert read["kinds"][kind]["fn"] + held["kinds"][kind]["fn"] == both["kinds"][kind]["fn"]


def test_quality_by_pattern_counts_every_fact_claim(scores):
    claims = sum(v["tp"] + v["fp"] for k, v in scores["patterns"].items()
                 if not k.startswith("meeting "))
    facts = scores["facts_micro"]
    assert claims == facts["tp"] + facts["fp"] and claims > 0


def test_quality_meetings_f1_floor(scores):
    assert scores["kinds"]["meetings"]["f1"] >= FLOORS["meetings_f1"], scores["misses"]["meetings"]


def test_quality_publication_dates_floor(scores):
    assert scores["published_accuracy"] >= FLOORS["published"], scores["misses"]["published"]


def test_quality_secretaries_general_in_order_without_duplicates(dev_kb):
    csto = [t.person.name for t in dev_kb.officials("CSTO") if t.role == "Secretary General"]
    assert csto == ["Nikolai Bordyuzha", "Yuri Khachaturov", "Stanislav Zas"]
    osce = [t.person.name for t in dev_kb.officials("OSCE") if t.role == "Secretary General"]
    assert osce == ["Lamberto Zannier", "Thomas Greminger", "Feridun Sinirlioglu"]


def test_quality_every_evidence_offset_slices_its_text(dev_kb):
    rows = dev_kb.db.execute("SELECT d.text, v.start, v.end, v.text FROM evidence v "
                             "JOIN documents d ON d.id = v.document_id").fetchall()
    assert rows and all(text[s:e] == t for text, s, e, t in rows)


# --- tests/fixtures/news_gold batches added by class (read data since their first measurement) -
THIRD_BATCH = tuple(f"wikinews-tosca-{i}" for i in (
    "ID22802", "ID41259", "ID16889", "ID779", "ID42596", "ID62110", "ID112669", "ID9110",
    "ID22727", "ID7928"))
# the fourth batch (accessions, enlargements, ends of membership): nine articles, first
# measured unseen at 2/12 memberships and 1/2 counts (docs/evaluation.md, "Fourth round")
FOURTH_BATCH = tuple(f"acc-wikinews-tosca-{i}" for i in (
    "ID43992", "ID7420", "ID10186", "ID51013", "ID11314", "ID28234", "ID41349", "ID109469",
    "ID57224"))
# (precision, recall) floors a little under the measured figures: third batch 16/19 (19/19
# since memb6: "NAFTA among the U.S., Canada, and Mexico")
# memberships and 5/6 counts, fourth batch 11/12 memberships and 2/2 counts, all right
BATCH_FLOORS = {
    ("third", "memberships"): (0.95, 0.95), ("third", "member_counts"): (0.95, 0.80),
    ("fourth", "memberships"): (0.95, 0.85), ("fourth", "member_counts"): (0.95, 0.95)}
# meetings batch 2 (mt2-*): first measured unseen at 6 of 11 meetings found, 7 extra; floors a
# little under the measured 8 found, 3 extra (docs/evaluation.md, "Meetings batch 2")
MEETINGS_BATCH_2 = tuple(f"mt2-wikinews-{i}" for i in (
    "tosca-ID104890", "tosca-ID105814", "tosca-ID4253", "tosca-ID60681", "tosca-ID63108",
    "tosca-ID70201", "tosca-ID7460", "tosca-ID89154", "tosca-ID97923", "vat-2020-0007"))
BATCH_FLOORS[("mt2", "meetings")] = (0.78, 0.72)  # 8 found, 2 extra after batch 3's classes
BATCH_FLOORS[("mt2", "positions")] = (0.85, 0.72)  # 26/34 with 3 extra after posit5
# meetings batch 3 (mt3-*): first measured unseen at 7 of 18 found, 6 extra (one article not
# stored); floors a little under the 12 found, 5 extra measured in this store of the batches
# alone (13 / 4 with all of news_gold, where another article names "Stephen Harper" and links
# the typo'd "Prime Minster Stephen Harper"; docs/evaluation.md, "Meetings batch 3")
MEETINGS_BATCH_3 = tuple(f"mt3-wikinews-tosca-{i}" for i in (
    "ID104053", "ID104432", "ID108157", "ID14484", "ID44815", "ID6884", "ID70007", "ID84536",
    "ID9102", "ID96235"))
BATCH_FLOORS[("mt3", "meetings")] = (0.70, 0.65)
# chairs and foundings batch (fx2-): floors a little under what was measured once its classes
# were read (docs/evaluation.md, "Chairs, foundings and holders from context"): chairs 5/6, all
# right; positions 21/30 with 4 extra (one a title the gold left out)
CHAIRS_BATCH = tuple(f"fx2-wikinews-tosca-{i}" for i in (
    "ID100783", "ID11338", "ID118247", "ID4054", "ID44128", "ID60361", "ID6100", "ID89071"))
BATCH_FLOORS[("fx2", "chairs")] = (0.95, 0.80)
# meetings of the same batch: 0/5 found with 2 extra before meet6's classes (a state's
# legislature in lower case, a gathering's own name), 2/5 with 2 extra after
BATCH_FLOORS[("fx2", "meetings")] = (0.45, 0.35)
# positions raised after the title variants, counterparts and antecedent holders (posit5): 22/30
# with 3 extra
BATCH_FLOORS[("fx2", "positions")] = (0.85, 0.70)
# facts batch 3 (fx3-, memberships told in prose): first measured unseen at facts F1 0.519,
# memberships 1 of 11 (2 extra); floors a little under what was measured once its classes were
# read (docs/evaluation.md, "Facts batch 3"): memberships 4/11 none extra, counts 1/2 none
# extra, positions 19/35 with 6 extra; memberships 6/11 none extra since the coreference
# step (memb6: "It is a founding member", "These members include")
FACTS_BATCH_3 = tuple(f"fx3-wikinews-tosca-{i}" for i in (
    "ID4908", "ID99757", "ID118771", "ID3389", "ID42306", "ID87333", "ID99835", "ID1126",
    "ID26938", "ID79267"))
BATCH_FLOORS[("fx3", "memberships")] = (0.95, 0.50)
BATCH_FLOORS[("fx3", "member_counts")] = (0.95, 0.45)
BATCH_FLOORS[("fx3", "positions")] = (0.85, 0.68)  # 25/35 with 3 extra after posit5
# facts batch 4 (fx4-, open office titles; gold13): first measured unseen at positions 22/34
# with 2 extra (docs/evaluation.md, "Facts batch 4"); floors a little under it
FACTS_BATCH_4 = tuple(f"fx4-wikinews-tosca-{i}" for i in (
    "ID98754", "ID37754", "ID106149", "ID73076", "ID100319", "ID13564", "ID42462", "ID11673"))
BATCH_FLOORS[("fx4", "positions")] = (0.85, 0.60)
# meetings batch 5 (mt5-; gold17) and facts batch 6 (fx5-; gold18): first measured unseen at
# meetings 4/0/8 and positions 10/5/13, fx5 11/5/12 after posit62 (docs/evaluation.md,
# "Meetings batch 5 and facts batch 6"); floors a little under
MEETINGS_BATCH_5 = tuple(f"mt5-wikinews-tosca-{i}" for i in (
    "ID86153", "ID50031", "ID78423", "ID85425", "ID41811", "ID106586", "ID12095", "ID61582"))
FACTS_BATCH_6 = tuple(f"fx5-wikinews-tosca-{i}" for i in (
    "ID102949", "ID121860", "ID55460", "ID106845", "ID60410", "ID53119", "ID87803", "ID33668"))
BATCH_FLOORS[("mt5", "meetings")] = (0.95, 0.30)
BATCH_FLOORS[("fx5", "positions")] = (0.65, 0.45)
# the read batches of the unseen profile (dp-: gold22; lo-, lt-: gold23, gold24): first
# measured at positions 9/3/6, 13/3/10 and 8/3/5, then 13/2/2, 14/2/9 and 9/3/4 once their
# classes were built (docs/evaluation.md); floors a little under
DP_BATCH = tuple(f"dp-wikinews-tosca-{i}" for i in (
    "ID33409", "ID40635", "ID27646", "ID11922", "ID97814", "ID22319"))
LO_BATCH = tuple(f"lo-wikinews-tosca-{i}" for i in (
    "ID7663", "ID8772", "ID111081", "ID48085", "ID28085", "ID87336", "ID57227", "ID82469"))
LT_BATCH = ("lt-wikinews-tosca-ID68718", "lt-wikinews-tosca-ID82826", "lt-wikinews-tosca-ID9849",
            "lt-wikinews-tosca-ID110666", "lt-wikinews-tosca-ID72776", "lt-wikinews-vat-2019-0044",
            "lt-wikinews-tosca-ID14022", "lt-wikinews-tosca-ID57436")
BATCH_FLOORS[("dp", "positions")] = (0.80, 0.80)
BATCH_FLOORS[("lo", "positions")] = (0.80, 0.55)
BATCH_FLOORS[("lt", "positions")] = (0.70, 0.65)
# the lede-meeting batch (lm-: gold25, stop 54): first measured at positions 12/2/10 and
# meetings 2/4/3, then 15/0/7 and 3/3/2 once its classes were built (lm1); floors a little under
LM_BATCH = tuple(f"lm-wikinews-tosca-{i}" for i in (
    "ID111518", "ID39290", "ID43441", "ID31152", "ID25354", "ID50381", "ID62840", "ID1238"))
BATCH_FLOORS[("lm", "positions")] = (0.90, 0.65)
BATCH_FLOORS[("lm", "meetings")] = (0.45, 0.55)
BATCHES = {"third": THIRD_BATCH, "fourth": FOURTH_BATCH, "mt2": MEETINGS_BATCH_2,
           "mt3": MEETINGS_BATCH_3, "fx2": CHAIRS_BATCH, "fx3": FACTS_BATCH_3,
           "fx4": FACTS_BATCH_4, "mt5": MEETINGS_BATCH_5, "fx5": FACTS_BATCH_6,
           "dp": DP_BATCH, "lo": LO_BATCH, "lt": LT_BATCH, "lm": LM_BATCH}


@pytest.fixture(scope="module")
def batch_scores(tmp_path_factory):
    folder = Path(__file__).parent / "fixtures" / "news_gold"
    tmp = tmp_path_factory.mktemp("batches")
    pages = tmp / "pages.jsonl"
    stems = [s for batch in BATCHES.values() for s in batch]
    # fed as a scraper delivers them: page URL, text and the corpus date
    with pages.open("w", encoding="utf-8") as out:
        for stem in stems:
            gold = json.loads((folder / f"{stem}.json").read_text("utf-8"))
            out.write(json.dumps({"url": gold["url"], "published": gold["published"],
                                  "text": (folder / f"{stem}.txt").read_text("utf-8")}) + "\n")
    path = str(tmp / "batches.db")
    options = replace(Options(), db=path)
    store = Store(path)
    pipeline.ingest(pipeline.read_sources([str(pages)], options), store, options)
    store.close()
    with KnowledgeBase(path) as kb:
        yield {name: evaluate(kb, folder, only=list(batch)) for name, batch in BATCHES.items()}


@pytest.mark.parametrize(("batch", "kind"), sorted(BATCH_FLOORS))
def test_quality_news_gold_batches(batch_scores, batch, kind):
    precision, recall = BATCH_FLOORS[(batch, kind)]
    scores = batch_scores[batch]
    got = scores["kinds"][kind]
    assert scores["documents"] == len(BATCHES[batch])
    assert got["recall"] >= recall, scores["misses"][kind]
    assert got["precision"] >= precision, scores["extras"][kind]
