"""Clean stage: RawDocument → CleanDocument, the article text with page chrome removed.

HTML goes through trafilatura (main-text extraction plus metadata).  Plain text, which
arrives already flattened by some scraper, goes through a line-level filter written here
because no library handles it: trafilatura and justext need the markup that is gone.
The filter keeps every article sentence — the title, a dek without a full stop, a last
sentence cut off mid-word — and drops menus, share/print/comment widgets, related
headline lists, site taglines and footers in another script.  Byline and date lines are
moved out of the text into ``header`` where the date stage reads them.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import justext
import trafilatura
from trafilatura.deduplication import LRUCache
from trafilatura.settings import LRU_SIZE

from . import timex
from .config import Options
from .errors import InputError
from .records import CleanDocument, RawDocument

log = logging.getLogger(__name__)

TERMINAL = tuple('.!?"”»’)…:')
_CLOSERS = "\"”’»)]'"


def _ends_sentence(text: str) -> bool:
    """True when a line ends a sentence: "...said." or '...," he said.' but not '...,"'."""
    core = text.rstrip(_CLOSERS)
    return core.endswith((".", "!", "?", "…", ":")) and len(core) < len(text) + 1
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_STOP = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "said", "was",
         "by", "as", "at", "from", "it", "are", "be", "has", "have", "will", "this", "an"}
_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\bUTC[+-]?\d*\b|\bGMT[+-]?\d*\b|\b[AP]\.?M\.?\b")


@cache
def _patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]], re.Pattern[str]]:
    data = json.loads(resources.files("blocwatch").joinpath("data/boilerplate.json")
                      .read_text("utf-8"))
    line = re.compile("(?:" + "|".join(data["line"]) + r")\s*", re.I)
    inline = [re.compile(p, re.I) for p in data["inline"]]
    end = re.compile("(?:" + "|".join(data["end"]) + r")\s*", re.I)
    return line, inline, end


@dataclass
class _Line:
    text: str
    block: int  # lines with no blank line between them share a block


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _script(text: str) -> str:
    """Dominant script of a line: 'latin', 'cyrillic', 'other' or '' when it has no letters."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}  # a tie goes to the script met first
    ascii_letters = _ASCII_LETTER.findall(text)  # most letters: counted without a Python loop
    if ascii_letters:
        counts["latin"] = len(ascii_letters)
        first["latin"] = _ASCII_LETTER.search(text).start()  # type: ignore[union-attr]
    for m in _NON_ASCII.finditer(text):
        ch = m.group()
        if ch.isalpha():
            kind = _letter_script(ch)
            counts[kind] = counts.get(kind, 0) + 1
            first[kind] = min(first.get(kind, m.start()), m.start())
    return max(sorted(counts, key=first.__getitem__), key=counts.__getitem__) if counts else ""


@lru_cache(maxsize=4096)
def _letter_script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return "latin" if name.startswith("LATIN") else "cyrillic" if name.startswith(
        "CYRILLIC") else "other"


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_prose(text: str) -> bool:
    """A sentence-like line: long enough, or ends as sentences do."""
    words = _words(text)
    if len(words) >= 8 or len(text) >= 60:
        return True
    return len(words) >= 4 and text.endswith(TERMINAL) and any(w.islower() for w in words)


def _is_headline(text: str) -> bool:
    words = _words(text)
    return 3 <= len(words) <= 40 and len(text) >= 20 and not text.endswith((".", "!", "?", ":"))


def _is_date_line(text: str) -> bool:
    """Byline/date lines such as "Xinhua, October 25, 2012" or "June 14, 2005 Tuesday"."""
    found = [t for t in timex.find(text) if t.kind in ("date", "weekday")]
    if not any(t.kind == "date" and t.month is not None for t in found):
        return False
    rest = text
    for t in sorted(found, key=lambda t: -t.start):
        rest = rest[:t.start] + " " + rest[t.end:]
    rest = _TIME.sub(" ", rest)
    words = _words(rest)
    lowercase = [w for w in words if w.islower() and w not in ("date", "updated", "published",
                                                                  "posted", "by", "on", "at",
                                                                  "from", "of", "the")]
    return len(words) <= 6 and not lowercase


def _is_signature(text: str) -> bool:
    """A short trailing line of capitalised words only: an author or photo credit."""
    words = _words(text)
    return 1 <= len(words) <= 4 and all(w[0].isupper() for w in words) and not text.endswith(".")


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = " ".join(raw.replace("\u00a0", " ").split())
        if not stripped:
            block += 1
            continue
        lines.append(_Line(stripped, block))
    return lines


def clean_text(text: str, *, title: str | None = None) -> tuple[str, str | None, tuple[str, ...]]:
    """Filter a plain-text page: (article text, title, header lines taken out)."""
    line_bp, inline_bp, end_bp = _patterns()
    header: list[str] = []
    lines: list[_Line] = []
    for ln in _split_lines(text):
        t = ln.text
        m = _DATE_PREFIX.match(t)
        if m:  # "date 2015-08-24 PSKOV. KAZINFORM - …": a date field glued to the first line
            header.append(m.group(0).strip())
            t = t[m.end():]
        for pattern in inline_bp:
            t = pattern.sub("", t).strip()
        if t:
            lines.append(_Line(t, ln.block))
    if not lines:
        return "", title, tuple(header)

    # the page's main script; lines in another script are footers or widgets
    scripts = [_script(ln.text) for ln in lines]
    weight: dict[str, int] = {}
    for ln, s in zip(lines, scripts, strict=True):
        if s:
            weight[s] = weight.get(s, 0) + len(ln.text)
    main_script = max(weight, key=weight.__getitem__) if weight else ""

    keep: list[_Line] = []
    for ln, s in zip(lines, scripts, strict=True):
        if s and s != main_script:
            continue
        if ln.text.count("•") >= 2:  # news ticker
            continue
        if not _is_prose(ln.text.split(":")[-1]) and _is_date_line(ln.text):  # cheap test first
            header.append(ln.text)
            continue
        keep.append(ln)

    # menus: runs of two or more short lines inside one block
    blocks: dict[int, list[_Line]] = {}
    for ln in keep:
        blocks.setdefault(ln.block, []).append(ln)
    menu_lines = {id(ln) for b in blocks.values() if len(b) >= 2
                  and all(len(_words(x.text)) <= 5 and not x.text.endswith(TERMINAL) for x in b)
                  for ln in b}

    # the body starts at the first prose line followed by more prose (or itself long)
    content = [ln for ln in keep if id(ln) not in menu_lines]
    prose = [ln for ln in content if not line_bp.fullmatch(ln.text)]
    first = prose[_body_start(prose)] if prose else None
    start = next(i for i, ln in enumerate(content) if ln is first) if first else 0
    pre = [ln for ln in content[:start] if not line_bp.fullmatch(ln.text)]
    body = _cut_tail(content[start:], end_bp)
    if body and _is_headline(body[0].text) and len(body) > 1 and body[1].block != body[0].block:
        # a headline standing alone on top of the article: the title, kept in the text
        if title is None:
            title = body[0].text
        body = body[1:]
    titles = [ln.text for ln in pre if _is_headline(ln.text)]
    if title is None and titles:
        title = max(titles, key=len)

    out: list[str] = []
    if title:
        out.append(title)
    for ln in body:
        if out and ln.text == out[-1]:
            continue
        out.append(ln.text)
    paragraphs = _unwrap(out, [None] + [ln.block for ln in body] if title else
                         [ln.block for ln in body])
    paragraphs = _drop_contained(paragraphs)
    return "\n\n".join(paragraphs), title, tuple(header)


def _body_start(lines: list[_Line]) -> int:
    for i, ln in enumerate(lines):
        if not _is_prose(ln.text):
            continue
        if len(ln.text) >= 150:
            return i
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if not nxt or _is_prose(nxt):
            return i
    return 0


def _cut_tail(body: list[_Line], end_bp: re.Pattern[str]) -> list[_Line]:
    """Drop comment forms, related-headline lists and signatures after the article."""
    for i, ln in enumerate(body):
        if i > 0 and end_bp.fullmatch(ln.text):
            rest = body[i + 1:]
            if not any(len(x.text) >= 200 for x in rest):
                body = body[:i]
                break
    line_bp = _patterns()[0]
    body = [ln for ln in body if not line_bp.fullmatch(ln.text)]
    # trailing related headlines: three or more headline-like lines closing the page
    j = len(body)
    while j > 0 and _is_headline(body[j - 1].text):
        j -= 1
    if len(body) - j >= 3:
        body = body[:j]
    while body and len(body) > 1 and _is_signature(body[-1].text):
        body = body[:-1]
    return body


def _unwrap(lines: list[str], blocks: list[int | None]) -> list[str]:
    """Join hard-wrapped lines of one paragraph; keep one line per paragraph otherwise."""
    paragraphs: list[str] = []
    for i, text in enumerate(lines):
        if paragraphs and i > 0 and blocks[i] is not None and blocks[i] == blocks[i - 1]:
            prev = paragraphs[-1]
            wrapped = not _ends_sentence(prev) and (
                text[:1].islower() or text[:1] in "(“\"'‘" or len(prev) >= 50)
            if wrapped:
                paragraphs[-1] = prev + " " + text
                continue
        paragraphs.append(text)
    return paragraphs


def _drop_contained(paragraphs: list[str]) -> list[str]:
    """Drop a paragraph repeated inside another one (a lede echoed under its dateline)."""
    out = []
    for i, p in enumerate(paragraphs):
        if len(p) >= 40 and any(j != i and p in q and len(q) > len(p)
                                for j, q in enumerate(paragraphs)):
            continue
        if p in out:
            continue
        out.append(p)
    return out


@cache
def _function_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """English function words, and each other language's own ones (those that are not also
    English): jusText's stoplists, installed with trafilatura.  No language identifier is
    among the dependencies, and the only question asked is "English or not"."""
    english = frozenset(justext.get_stoplist("English")) | \
        frozenset(justext.get_stoplist("Simple_English"))
    return english, {name: frozenset(justext.get_stoplist(name)) - english
                     for name in justext.get_stoplists() if "English" not in name}


def _language(text: str) -> str:
    """"en", or "und" for a text that reads as another language (the English pipeline does
    not analyse it: German nouns came out as people).  Not English when most of its letters
    are of another script; English when a few common function words make an eighth of its
    words, or when it has under twenty words (one name is a tenth of them: "Sergei" is on a
    list); else not English when English function words (jusText's list) make under 15 % of
    it and five or more of another language's own make a tenth.  On corpus/html this leaves out
    the 42 pages of other languages and none of the 107 English news pages; it reads all
    4,242 English corpus articles as English (a cabinet list, 10 % common words, among them)."""
    head = text[:5000]
    letters = [c for c in head if c.isalpha()]
    if letters and sum(c > "\u024f" for c in letters) > len(letters) / 2:
        return "und"  # not Latin script: Cyrillic, Arabic, CJK …
    words = [w.lower() for w in _words(head)]
    if len(words) < 20 or sum(w in _STOP for w in words) >= 0.12 * len(words):
        return "en"
    english, others = _function_words()
    if sum(w in english for w in words) >= 0.15 * len(words):
        return "en"
    for own in others.values():
        hits = [w for w in words if w in own]
        if len(hits) >= 0.10 * len(words) and len(set(hits)) >= 5:
            return "und"  # five of its words or more, not one ("minister" is on a list)
    return "en"


# Tags: an element's name, whether it closes, and whether it closes itself.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_RAW_TEXT = {"script", "style", "textarea", "title"}


def flatten_html(html: str, max_depth: int) -> tuple[str, int]:
    """(html with no element nested deeper than ``max_depth``, number of tags dropped).

    libxml2, under trafilatura, stops building the tree at 256 levels and the article text
    below is lost; a page nested that deep (generated or hostile) would come out empty.  Tags
    that open below ``max_depth`` are dropped together with their closing tags, their text is
    kept, and a dropped block-level tag leaves a <br> so paragraphs do not run together."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (name, kept)
    pos = dropped = 0
    raw_until: str | None = None
    pending_break = False  # a dropped block tag since the last text: one <br> stands for all
    for m in _TAG.finditer(html):
        closing, name = m.group(1) == "/", m.group(2).lower()
        if raw_until and not (closing and name == raw_until):
            continue  # inside <script> or <style>: "<div>" there is text, not a tag
        text = html[pos:m.start()]
        if pending_break and text.strip():
            out.append("<br>")
            pending_break = False
        out.append(text)
        pos = m.end()
        keep = True
        if closing:
            raw_until = None
            at = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == name), None)
            if at is not None:
                keep = stack[at][1]
                del stack[at:]
        elif name not in _VOID and not m.group(3):
            keep = len(stack) < max_depth
            stack.append((name, keep))
            raw_until = name if name in _RAW_TEXT else None
        if keep:
            out.append(m.group(0))
            pending_break = False
        else:
            dropped += 1
            pending_break = pending_break or name not in _INLINE
    out.append(html[pos:])
    return "".join(out), dropped


# "the Kenya n Prime Minister", "his Moldova n counterpart": a scrape that turned a linked
# country name inside a demonym into its own word; a fragment that is an English word ("Iraq
# is", "Mali an") is never joined, save "i", which edited English never writes alone
_SPLIT_DEMONYM = re.compile(r"\b(?:([A-Z][a-z]+) )?([A-Z][a-z]+) ([a-z]{1,4})\b")


@cache
def _demonym_parts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Country names and demonyms of the shipped knowledge (as norm), and the fragments
    never joined (English stop words but "i")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .knowledge import knowledge, norm
    kb = knowledge()
    countries = frozenset(norm(a) for e in kb.entities.values() if e.kind == "country"
                          for a in e.aliases)
    return countries, frozenset(kb.demonyms), frozenset(w for w in STOP_WORDS if w != "i")


def join_split_demonyms(text: str) -> str:
    """A country name and a lower-case fragment that together spell a known demonym,
    joined ("Romania n" → "Romanian", "Sri Lanka n" → "Sri Lankan"); nothing else changes."""
    from .knowledge import norm
    countries, demonyms, stop = _demonym_parts()

    def fix(m: re.Match[str]) -> str:
        first, word, frag = m.groups()
        if frag in stop:
            return m.group(0)
        for name in ([f"{first} {word}"] if first else []) + [word]:
            if norm(name) in countries and norm(name + frag) in demonyms:
                return m.group(0)[:-len(frag) - 1] + frag
        return m.group(0)

    return _SPLIT_DEMONYM.sub(fix, text)


_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
           "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
           "var"}


def stage(raw: RawDocument, options: Options | None = None) -> CleanDocument:
    """Clean one document; raises InputError when no article text is left."""
    metadata_date = raw.published
    title = raw.title
    outlet = raw.outlet
    if raw.media_type == "text/html":
        html, dropped = flatten_html(raw.text, (options or Options()).max_html_depth)
        if dropped:
            log.info("%s: dropped %d tags nested deeper than max_html_depth", raw.source_path,
                     dropped)
        # Repeated segments are dropped within this page only: trafilatura's default cache is
        # process-wide, so a page's text depended on what the process had read before it.
        extracted = trafilatura.bare_extraction(
            html, url=raw.url, with_metadata=True, include_comments=False,
            include_tables=False, deduplicate=LRUCache(maxsize=LRU_SIZE))
        if extracted is None or not (extracted.text or "").strip():
            raise InputError(f"no article text found in HTML page {raw.source_path}", code="B220")
        metadata_date = metadata_date or extracted.date
        title = title or extracted.title
        outlet = outlet or extracted.sitename
        body = extracted.text
        text, found_title, header = clean_text(body, title=title)
    else:
        text, found_title, header = clean_text(raw.text, title=title)
        title = found_title
    if not text.strip():
        raise InputError(f"no article text left after cleaning {raw.source_path}", code="B221")
    text = join_split_demonyms(text)
    return CleanDocument(raw=raw, text=text, title=title, outlet=outlet, header=header,
                         metadata_date=metadata_date, language=_language(text))
