"""Boilerplate removal on the seed pages: no chrome survives, no article sentence is lost."""

import contextlib
import gzip
import json
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from blocwatch import clean, explore, pipeline, read
from blocwatch.cli import app
from blocwatch.config import Options
from blocwatch.errors import InputError
from blocwatch.kb import KnowledgeBase
from blocwatch.records import RawDocument
from blocwatch.store import Store

from .conftest import shared

SEEDS = {Path(d.source_path).stem: d for d in pipeline.demo_sources()}

# page chrome each seed carries (hand-checked); none of it may reach the stored text
CHROME = {
    "000_e6434b7c3bca40ca": ["0 Comment(s)", "Print E-mail", "Adjust font size", "Bookmark and Share",
                             "Go to Forum", "No comments.", "Add your comments", "User Name Required",
                             "Your Comment", "Enter the words you see", "Racist, abusive",
                             "Send your stories", "China.org.cn"],
    "001_db8a242564d5ec33": ["Sputnik International", "Get the latest news", "Subscribe", "Newsfeed",
                             "To participate in the discussion", "log in or register", "loader",
                             "Chats", "Заголовок"],
    "002_e347b7adbc92410c": ["1508056642.jpg", "Back to the section", "Back to the all news"],
    "003_d9dcb6c02e4e6ad2": ["Currency converter", "All news", "News Search Topics", "Use filter",
                             "You can filter your feed", "by choosing only interesting",
                             "1 pages in this article", "Show more", "In other media",
                             "Partner News", "19:08 UTC+3"],
    "004_acef7f7aebaea87e": ["Kremlin spokesman says", "Sand and dust storms",
                             "Labor ministry denies", "International Airports to Pay",
                             "corn deficit", "Landslide and rockfall", "telecommunications operators",
                             "30% of agricultural land", "ADB launches", "About 20 officials",
                             "All news", "Авторизуйтесь"],
}


def _sentences(raw_text: str) -> list[str]:
    """Article-like lines of the raw page, split into sentences."""
    out = []
    for line in raw_text.splitlines():
        line = " ".join(line.split())
        if len(line.split()) < 8:
            continue
        out += [s for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“\"])", line) if len(s.split()) >= 4]
    return out


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_clean_drops_every_chrome_line_of_the_seed(stem):
    text = clean.stage(SEEDS[stem]).text
    for chrome in CHROME[stem]:
        assert chrome not in text, f"{chrome!r} survived cleaning of {stem}"


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_clean_keeps_every_article_sentence_of_the_seed(stem):
    doc = SEEDS[stem]
    text = " ".join(clean.stage(doc).text.split())
    for sentence in _sentences(doc.text):
        if any(c in sentence for c in CHROME[stem]):
            continue
        assert sentence in text, f"lost from {stem}: {sentence!r}"


def test_clean_keeps_a_truncated_last_sentence():
    text = clean.stage(SEEDS["000_e6434b7c3bca40ca"]).text
    assert text.rstrip().endswith("inter-regional security organization. Endi")


def test_clean_moves_byline_dates_to_the_header():
    cleaned = clean.stage(SEEDS["000_e6434b7c3bca40ca"])
    assert "Xinhua, October 25, 2012" in cleaned.header
    assert "October 25, 2012" not in cleaned.text
    assert cleaned.title == "OSCE, CSTO eye deeper cooperation in Afghanistan after 2014"


def test_clean_unwraps_hard_wrapped_paragraphs():
    page = ("Top story\n\nSecretary General of the Collective Security Treaty Organisation\n"
            "(CSTO) Nikolai Bordyuzha will fly to the Armenian capital Yerevan on\n"
            "Tuesday on a working visit.\n")
    text = clean.stage(RawDocument("t.txt", "t", page, "text/plain")).text
    assert ("Secretary General of the Collective Security Treaty Organisation (CSTO) Nikolai "
            "Bordyuzha will fly to the Armenian capital Yerevan on Tuesday on a working visit."
            in text)


def test_clean_drops_a_menu_but_keeps_the_headline():
    page = ("Home\nWorld\nPolitics\nSport\n\nBloc leaders meet in Minsk\n\n"
            "MINSK, May 3 - The leaders of the bloc met on Friday to discuss border security and "
            "the fight against drug trafficking, officials said.\n\nShare this article\n")
    cleaned = clean.stage(RawDocument("t.txt", "t", page, "text/plain"))
    assert cleaned.title == "Bloc leaders meet in Minsk"
    assert cleaned.text.startswith("Bloc leaders meet in Minsk\n\nMINSK, May 3")
    assert "Politics" not in cleaned.text and "Share this" not in cleaned.text


def test_clean_drops_a_wiki_infobox_title_before_the_first_sentence():
    # ../shared/corpus/news holds 17 Wikinews pages whose text opens with an infobox's title
    # ("ETA infobox A politician from Spain ...", "infotitle=Saddam Hussein InfoboxEnd Saddam
    # Hussein, deposed president ..."): "ETA" and "Saddam Hussein Infobox" became entities
    pages = {"ETA infobox A politician from Spain 's ruling Socialist Party has been killed.":
             "A politician from Spain 's ruling Socialist Party has been killed.",
             "infotitle=Saddam Hussein InfoboxEnd Saddam Hussein, deposed president of Iraq, was "
             "executed.": "Saddam Hussein, deposed president of Iraq, was executed.",
             "G8_Summit_July_2005_Infobox U.S. President George W. Bush crashed his bike.":
             "U.S. President George W. Bush crashed his bike.",
             "infotitle=Australian immigration Department of Immigration ChilOut InfosectionEnd "
             "InfoboxEnd A Malaysian woman was released.": "A Malaysian woman was released.",
             # a sentence about an infobox is a sentence
             "The infobox on the page was wrong. It said so.": "The infobox on the page was wrong. "
             "It said so."}
    for page, first in pages.items():
        text = clean.stage(RawDocument("t.txt", "t", f"Headline here\n\n{page}\n", "text/plain")).text
        assert text.split("\n\n")[-1] == first


def test_clean_html_goes_through_trafilatura():
    html = ("<html><head><title>Ministers meet</title><meta name='date' content='2019-10-14'>"
            "</head><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav><article>"
            "<h1>Ministers meet in Ashgabat</h1><p>The foreign ministers of the Commonwealth of "
            "Independent States met in Ashgabat on Friday and discussed regional security, "
            "the fight against terrorism and drug trafficking in Central Asia.</p><p>They agreed "
            "to meet again next year in Moscow, the organization's secretariat said in a "
            "statement published on its website.</p></article><footer>© 2019 News</footer>"
            "</body></html>")
    cleaned = clean.stage(RawDocument("p.html", "p", html, "text/html"))
    assert "met in Ashgabat on Friday" in cleaned.text
    assert "© 2019" not in cleaned.text and "World" not in cleaned.text.split("\n")
    assert cleaned.metadata_date and cleaned.metadata_date.startswith("2019-10-14")


# ---- a page's text depends on the page alone

# A news page whose text trafilatura's process-wide duplicate cache changed (1,206 characters, then
# 1,907) the second time one process read it; any page that repeats a segment can change so.
SYNDICATED = "nationnews.com-tridents.html"


def _page_rows(db: str, source: Path) -> dict[str, object]:
    with KnowledgeBase(db) as kb:
        (doc_id,) = kb.db.execute("SELECT id FROM documents WHERE source_key=?",
                                  (str(source.resolve()),)).fetchone()
        rows = explore.document(kb, doc_id)
    rows["document"].pop("ingested_at")
    return rows


def test_clean_html_page_gives_the_same_rows_alone_after_100_pages_and_with_two_workers(tmp_path):
    folder = shared("corpus", "html")
    others = sorted(p for p in folder.glob("*.html") if p.name != SYNDICATED)[:100]
    pages = tmp_path / "pages"
    pages.mkdir()
    page = pages / "page.html"
    shutil.copy(folder / SYNDICATED, page)
    shutil.copy(folder / SYNDICATED, pages / "copy.html")  # the same article at another address

    alone = str(tmp_path / "alone.db")  # a fresh process that reads this page only
    subprocess.run([sys.executable, "-c", "from blocwatch.cli import main; main()", "ingest",
                    str(page), "--db", alone], check=True, capture_output=True)

    options = replace(Options(), db=str(tmp_path / "after.db"))
    for other in read.read([*others, pages / "copy.html"], options):
        if isinstance(other, RawDocument):  # this process reads the 100 pages and the copy first
            with contextlib.suppress(InputError):
                clean.stage(other, options)
    store = Store(options.db)
    report = pipeline.ingest(read.read([page], options), store, options)
    store.close()
    assert report.new == 1

    workers = str(tmp_path / "workers.db")  # the page and its copy, shared by two workers
    result = CliRunner().invoke(app, ["ingest", str(pages), "--db", workers, "--workers", "2",
                                      "--batch-size", "1"], catch_exceptions=False)
    assert result.exit_code == 0, result.output

    expected = _page_rows(alone, page)
    assert len(expected["document"]["text"]) > 1000 and expected["mentions"]
    assert _page_rows(options.db, page) == expected
    assert _page_rows(workers, page) == expected


# ---- English or not: the English pipeline analyses English text only

def _html_pages_by_language() -> dict[str, list[Path]]:
    """The pages of ../shared/corpus/html by the category its README gives each by hand
    (en, de, fr, …; odd and en-other pages left out: mixed or malformed)."""
    folder = shared("corpus", "html")
    found: dict[str, list[Path]] = {}
    for line in (folder / "README.md").read_text("utf-8").splitlines():
        if (m := re.match(r"\| `([^`]+)` \| \w+ \| ([\w-]+) \|", line)) and \
                m.group(2) not in ("odd", "en-other"):
            found.setdefault(m.group(2), []).append(folder / m.group(1))
    return found


def test_clean_reads_every_english_news_page_as_english_and_every_other_language_as_not():
    pages = _html_pages_by_language()
    assert len(pages["en"]) >= 100 and sum(len(v) for k, v in pages.items() if k != "en") >= 40
    wrong = []
    for category, paths in pages.items():
        for path in paths:
            text = read.read_text_bytes(path.read_bytes(), media_type="text/html")
            try:
                cleaned = clean.stage(RawDocument(path.name, str(path), text, "text/html"))
            except InputError:
                continue  # no article text: nothing to analyse either way
            if (cleaned.language == "en") != (category == "en"):
                wrong.append((path.name, category, cleaned.language))
    assert wrong == []


def test_clean_reads_every_english_corpus_article_as_english():
    # 4,242 English news articles, lists of names and cabinet tables among them: a text taken
    # for another language loses every fact it states
    other = []
    with gzip.open(shared("corpus", "news", "articles.jsonl.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = f"{row.get('title') or ''}\n\n{row.get('text') or ''}"
            if clean._language(text) != "en":
                other.append(row["id"])
    assert other == []


GERMAN = ("Außenminister trifft Amtskollegen in Berlin\n\n"
          "Der Außenminister hat am Montag in Berlin seinen polnischen Amtskollegen getroffen. "
          "Die beiden Minister sprachen über die Sicherheit in Europa und die Zusammenarbeit "
          "der Nachbarländer. Sie wollen sich im nächsten Jahr wieder in Warschau treffen, "
          "teilte das Ministerium mit.\n")
ENGLISH = ("Ministers meet in Berlin\n\nBERLIN, March 2, 2009 - German Foreign Minister "
           "Frank-Walter Steinmeier met his Polish counterpart Radoslaw Sikorski in Berlin on "
           "Monday to discuss security in Europe, the ministry said.\n")


def test_ingest_stores_a_german_article_dated_and_searchable_but_unanalysed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "de.txt").write_text(GERMAN, "utf-8")
    (folder / "en.txt").write_text(ENGLISH, "utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["new"] == 2 and report["not_analysed"] == [str(folder / "de.txt")]
    with KnowledgeBase(db) as kb:
        rows = {Path(r[0]).name: r[1:] for r in kb.db.execute(
            "SELECT d.source_path, d.language, (SELECT COUNT(*) FROM mentions m WHERE "
            "m.document_id=d.id), (SELECT COUNT(*) FROM claims c WHERE c.document_id=d.id), "
            "(SELECT COUNT(*) FROM events e WHERE e.document_id=d.id) FROM documents d")}
        assert rows["de.txt"] == ("und", 0, 0, 0)
        assert rows["en.txt"][0] == "en" and rows["en.txt"][1] > 0
        found = explore.search(kb, "Amtskollegen")
        assert [Path(d["source_path"]).name for d in found["documents"]] == ["de.txt"]
    listed = CliRunner().invoke(app, ["documents", "--db", db, "--json"])
    assert {Path(d["source_path"]).name: d["language"] for d in json.loads(listed.output)} == \
        {"de.txt": "und", "en.txt": "en"}
    shown = CliRunner().invoke(app, ["ingest", str(folder / "de.txt"), "--db", db])
    assert shown.exit_code == 0  # unchanged the second time: nothing to say
    again = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "t.db")])
    assert "1 not analysed: not in English" in again.output and "de.txt" in again.output
