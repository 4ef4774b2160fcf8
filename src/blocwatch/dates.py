"""Date stage: CleanDocument → DocDate, when the document was published and how we know.

Bases, strongest first: the source's metadata (HTML meta or a JSON Lines field), the
URL, a byline/date line above the article ("Xinhua, October 25, 2012", "date 2017-04-26"),
a dateline with its year, then the text.  A month-day with no year ("MOSCOW, February 20")
gets its year inferred: candidate years are scored by weekday consistency ("said
Tuesday" in the dateline sentence), years the text mentions, and — through
:func:`score_with_knowledge` — what the store already knows (office holders, member lists,
founding dates).  Inferred dates keep their candidates and scores so a reader can judge.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

import dateparser

from . import timex
from .records import CleanDocument, DocDate, TimeValue

# Dates in page addresses, by shape (host names left out).  A day: /2019/10/14/, /2016-10/15/,
# /n3/2023/0420/, /20191014/, 10-Jun-2017, jun-10-2017; a month: /2019/10/; a year: /2019/
# as a path folder, or a slug's word ("...-summit-2022"), which may also be the year the
# story is about, so it only weighs in the choice of a year-less dateline's year.
_URL_NUM_DAY = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)([/_.-]?)(0[1-9]|1[0-2])(?:\2|/)?"
                          r"(0[1-9]|[12]\d|3[01])(?![0-9])")
_URL_MON = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_URL_NAMED_DAY = (  # (pattern, group of day, month, year)
    (re.compile(r"(?<![0-9A-Za-z])([0-3]?\d)[-_]" + _URL_MON + r"[-_]((?:19|20)\d\d)(?![0-9])",
                re.I), (1, 2, 3)),
    (re.compile(r"(?<![A-Za-z])" + _URL_MON + r"[-_]([0-3]?\d)(?:st|nd|rd|th)?[-_]+"
                r"((?:19|20)\d\d)(?![0-9])", re.I), (2, 1, 3)),
    (re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)[-_/]" + _URL_MON + r"[-_/]([0-3]?\d)(?![0-9])",
                re.I), (3, 2, 1)),
)
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)[/_-](0[1-9]|1[0-2])/")
_URL_PATH_YEAR = re.compile(r"/((?:19|20)\d\d)/")
# a slug's year, unless a preposition makes it the time of what the headline tells
# ("...-chairmanship-of-osce-in-2010")
_URL_SLUG_YEAR = re.compile(r"(?<![0-9A-Za-z])(?<!\bin[-_])(?<!\bfor[-_])(?<!\bby[-_])"
                            r"(?<!\buntil[-_])(?<!\bsince[-_])(?<!\bto[-_])"
                            r"((?:19|20)\d\d)(?![0-9A-Za-z])")
# a place is capitalised words ("MOSCOW", "New York", "Baku, Azerbaijan", "Rio de Janeiro")
_PLACE = r"[A-Z][A-Za-z.'’-]*(?:[ -](?:[A-Z][A-Za-z.'’-]*|de|del|da|al|el|es|on|upon)){0,4}"
_DATELINE = re.compile(
    r"^[\"'“]?(?P<place>" + _PLACE + r")(?:,\s+" + _PLACE + r")?"
    r"(?:\s*\([^)]{1,40}\))?,\s+(?P<date>"
    r"(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]{2,8})(?:,?\s+(?:1[89]|20)\d\d)?)"
    r"(?=[\s.,:/(–—-])")
# the outlet and the date in brackets after the place: "Jeddah (UrduPoint - 28th November, 2019)"
_DATELINE_BRACKETS = re.compile(
    r"^[\"'“]?(?P<place>" + _PLACE + r")\s*\([^()]{0,60}?[-–—,]\s*"
    r"(?P<date>[^()]{4,40})\)")
# A wire dateline opening a paragraph, with or without its date, up to its dash: "WASHINGTON
# (Reuters) -", "LONDON, Jan 5 —", "KABUL, Afghanistan (AP) --", "MANILA, March 3, 2008 -".
# A date may come first ("February 22, 2005 OTTAWA -"). A place with neither date nor outlet
# must be in capitals or end at a long dash ("London – The"; "Iran - US talks" is no dateline).
_DATELINE_HEAD = re.compile(
    r"[\"'“]?(?P<dated>[A-Z][a-z]{2,8}\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d\s+)?"
    r"(?:(?P<caps>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})(?![a-z])|" + _PLACE + r")"
    r"(?:,\s+" + _PLACE + r")?"
    r"(?P<date>,\s+(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+(?:1[89]|20)\d\d)?)?"
    r"(?P<outlet>\s*\([^()]{1,40}\))?"
    r"\s*(?:--|(?P<dash>[–—])|-)\s+(?=[\"“‘'A-Z])")
EARLIEST_YEAR = 1991


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the head of a paragraph: place and the (partial) date it gives."""

    place: str
    start: int
    end: int
    timex: timex.Timex


@dataclass(frozen=True)
class DatedClaim:
    """A dated fact from the store, as the year inference needs it."""

    predicate: str  # holds_position | member_of | not_member | founded
    subject: str  # normalized person name, country key or org key
    key: str  # office ("secretary general@org:csto"), or org key for memberships
    date: date
    complete_list: bool = False


def find_dateline(text: str) -> Dateline | None:
    """The first dateline ("MOSCOW, February 20 (RIA Novosti) -") in the first paragraphs."""
    offset = 0
    for n, para in enumerate(text.split("\n\n")):
        if n > 3:
            break
        m = _DATELINE.match(para) or _DATELINE_BRACKETS.match(para)
        if m:
            found = timex.find(m.group("date"))
            if found and found[0].month is not None and found[0].day is not None:
                t = found[0]
                s = offset + m.start("date") + t.start
                return Dateline(m.group("place").strip(), s, s + (t.end - t.start), t)
        offset += len(para) + 2
    return None


def dateline_heads(text: str) -> list[tuple[int, int]]:
    """Character spans of the wire datelines heading the first paragraphs, dash included: where
    the story was filed, never an actor of the sentence they open."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for para in text.split("\n\n")[:4]:  # (as find_dateline looks)
        lead = len(para) - len(para.lstrip())
        m = _DATELINE_HEAD.match(para, lead)
        if m and any(m.group(g) for g in ("caps", "date", "dated", "outlet", "dash")):
            spans.append((offset + lead, offset + m.end()))
        offset += len(para) + 2
    return spans


def _parse_metadata(value: str) -> TimeValue | None:
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return timex.parse_value("-".join(m.groups()))
        except ValueError:
            return None
    for candidate in (r"\d{4}-\d{2}", r"\d{4}"):
        if re.fullmatch(candidate, value):
            return timex.parse_value(value)
    found = [t for t in timex.find(value) if t.kind == "date" and t.year is not None]
    if found:
        return timex.resolve(found[0], None)
    # dateparser reads the remaining formats (RFC 2822, "25/10/2012", …); keep only a day
    # it did not have to invent: it must report the day period
    parsed = dateparser.DateDataParser(languages=["en"], settings={
        "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"}).get_date_data(value)
    if parsed.date_obj is None:
        return None
    d = parsed.date_obj.date()
    if parsed.period == "day" or parsed.period == "time":
        return TimeValue(d.isoformat(), "day")
    if parsed.period == "month":
        return TimeValue(d.isoformat()[:7], "month")
    return TimeValue(d.isoformat()[:4], "year")


@dataclass(frozen=True)
class UrlDate:
    """What a page address says of its date: a day or month (``value``), else the year of a
    path folder (``year``) or the years a slug names (``slug_years``)."""

    value: TimeValue | None = None
    year: int | None = None
    slug_years: tuple[int, ...] = ()


def url_date(url: str | None, today: date | None = None) -> UrlDate:
    """The date a page address gives, in the shapes news sites use (see ``_URL_NUM_DAY``)."""
    if not url:
        return UrlDate()
    parts = urlsplit(url)
    where = parts.path + ("?" + parts.query if parts.query else "")
    latest = (today or date.today()).year
    for m in _URL_NUM_DAY.finditer(where):
        v = _day_value(int(m.group(1)), int(m.group(3)), int(m.group(4)), latest)
        if v:
            return UrlDate(v)
    for pattern, (d, mo, y) in _URL_NAMED_DAY:
        for m in pattern.finditer(where):
            word = m.group(mo).lower()
            month = timex.MONTHS.get(word) or timex.MONTHS.get(word[:3], 0)
            v = _day_value(int(m.group(y)), month, int(m.group(d)), latest)
            if v:
                return UrlDate(v)
    m = _URL_MONTH.search(where)
    if m and int(m.group(1)) <= latest:
        return UrlDate(TimeValue(f"{m.group(1)}-{m.group(2)}", "month"))
    m = _URL_PATH_YEAR.search(where)
    if m and int(m.group(1)) <= latest:
        return UrlDate(year=int(m.group(1)))
    slug = where.rstrip("/").rsplit("/", 1)[-1]
    years = tuple(int(y) for y in _URL_SLUG_YEAR.findall(slug)
                  if EARLIEST_YEAR <= int(y) <= latest)
    return UrlDate(slug_years=years)


def _day_value(year: int, month: int, day: int, latest: int) -> TimeValue | None:
    if year > latest or not 1 <= month <= 12:
        return None
    try:
        return TimeValue(date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


def _from_url(url: str | None) -> TimeValue | None:
    """A day or month the address gives (kept for callers that want only that)."""
    return url_date(url).value


def _weekday_hints(text: str, dateline: Dateline | None) -> list[int]:
    """Weekdays named in the dateline's sentence ("... an OSCE official said Tuesday")."""
    if dateline is None:
        return []
    para_end = text.find("\n\n", dateline.start)
    para = text[dateline.start:para_end if para_end != -1 else len(text)]
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", para[dateline.end - dateline.start:],
                        maxsplit=1)[0]
    return [t.weekday for t in timex.find(sentence) if t.kind == "weekday"
            and t.weekday is not None and t.weekday_rel not in ("next", "last")]


def _text_years(text: str, today: date) -> list[int]:
    return [t.year for t in timex.find(text) if t.kind == "date" and t.year is not None
            and EARLIEST_YEAR <= t.year <= today.year + 5]


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_SINCE = re.compile(r"\bsince\b", re.I)


def _past_years(text: str, today: date) -> list[int]:
    """Years a sentence places before the time of writing: after "since" ("has regained its
    position since U.S.-led forces toppled the Taliban in 2001", "since 2005")."""
    out: list[int] = []
    for sentence in _SENTENCE.split(text):
        since = _SINCE.search(sentence)
        if since is None:
            continue
        out += [t.year for t in timex.find(sentence[since.start():]) if t.kind == "date"
                and t.year is not None and EARLIEST_YEAR <= t.year <= today.year]
    return out


# nouns that look ahead: "the chairmanship in 2020", "priorities for 2023" name next year's plans
_PLAN_NOUNS = r"(?:chairmanship|presidency|priorities|plans?|programme|program|budget|agenda|" \
              r"tasks|goals|targets|strategy|schedule)"
_PLAN_YEAR = re.compile(_PLAN_NOUNS + r"\b(?:\W+\w+){0,4}?\W+(?:in|for)\s+((?:19|20)\d\d)\b", re.I)


def _plan_years(text: str) -> list[int]:
    return [int(m.group(1)) for m in _PLAN_YEAR.finditer(text)]


def infer_year(month: int, day: int, *, weekdays: Sequence[int], years: Sequence[int],
               today: date, plan_years: Sequence[int] = (),
               url_years: dict[int, float] | None = None, same_day: Sequence[int] = (),
               past_years: Sequence[int] = ()) -> list[tuple[int, float]]:
    """Candidate years for a month-day, best first, with their scores from the text alone.

    A year the text mentions scores, and so (less) do its neighbours; a year named as the
    time of plans or a coming chairmanship points to the year before it; a year the page's
    address names scores by its weight (see ``_url_years``).  ``weekdays`` are said of the
    dateline's day or the day before ("said Tuesday"); ``same_day`` name the day itself
    ("Monday, November 15").  A year named only as what the text looks back on ("since …
    in 2001", ``past_years``) is no evidence for itself, and the years before it are ruled
    out.
    """
    url_years = url_years or {}
    mentioned = {y: years.count(y) for y in set(years)}
    # the years named as the present too, not only looked back on
    plain = {y for y in mentioned if mentioned[y] > list(past_years).count(y)}
    after = max(past_years, default=None)
    if weekdays or same_day:
        pool = range(EARLIEST_YEAR, today.year + 1)
    elif mentioned or url_years:
        known = [*mentioned, *url_years]
        pool = range(max(EARLIEST_YEAR, min(known) - 1), min(today.year, max(known) + 1) + 1)
    else:
        return []
    scored: list[tuple[int, float]] = []
    for y in pool:
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d > today:
            continue
        score = 0.0
        for w in weekdays:
            if d.weekday() == w:
                score += 4
            elif (d - timedelta(days=1)).weekday() == w:
                score += 2  # reported the day after the event
            else:
                score -= 4
        for w in same_day:
            score += 4 if d.weekday() == w else -8
        score += url_years.get(y, 0.0)
        if y in plain:
            score += 1.5
        if y - 1 in plain:
            score += 0.5
        if y + 1 in plain:
            score += 1.0 if month >= 11 else 0.75
        if after is not None and y <= after and y not in plain:
            score -= 3.0 if y < after else 1.0
        if y + 1 in plan_years:
            score += 1.5
        if y in plan_years:
            score -= 0.5
        if (weekdays or same_day) and score <= 0:
            continue
        scored.append((y, score))
    # among equal scores, the first year from the latest one the text names on (a text is
    # written after most of what it tells), else the latest
    latest = max(mentioned, default=None)
    scored.sort(key=lambda ys: (-ys[1], latest is not None and ys[0] < latest,
                                abs(ys[0] - latest) if latest is not None else 0, -ys[0]))
    return scored


def _confidence(scored: Sequence[tuple[int, float]]) -> float:
    if not scored:
        return 0.0
    if len(scored) == 1:
        return 0.8
    margin = scored[0][1] - scored[1][1]
    return round(min(0.85, 0.4 + 0.1 * margin), 2)


def stage(doc: CleanDocument, today: date | None = None) -> DocDate:
    """Publication date of one document from what the document itself says, and the day its
    byline says it was written when that is a few days earlier ("on Wednesday" counts from it)."""
    found = _published(doc, today)
    written = _written(doc.header, found) or _dateline_written(doc.text, found)
    return replace(found, written=written) if written else found


def _dateline_written(text: str, published: DocDate) -> str | None:
    """A dateline's day a few days before the publication date ("TASHKENT, March 9 -" on a
    page dated March 10): the day the report was filed, which "today" and "on Wednesday"
    count from."""
    dl = find_dateline(text)
    if dl is None or published.value is None or published.precision != "day":
        return None
    v = timex.resolve(dl.timex, TimeValue(published.value, "day"), "past")
    if v is None or v.precision != "day":
        return None
    gap = (date.fromisoformat(published.value) - date.fromisoformat(v.value)).days
    return v.value if 0 < gap <= 7 else None


def _written(header: Sequence[str], published: DocDate) -> str | None:
    if published.value is None or published.precision != "day":
        return None
    day = date.fromisoformat(published.value)
    for line in header:
        for t in timex.find(line):
            if t.kind == "date" and t.year and t.month and t.day:
                v = timex.resolve(t, None)
                if v is not None and v.precision == "day" and \
                        0 < (day - date.fromisoformat(v.value)).days <= 7:
                    return v.value
    return None


def _published(doc: CleanDocument, today: date | None = None) -> DocDate:
    today = today or date.today()
    if doc.metadata_date:
        value = _parse_metadata(doc.metadata_date)
        if value and int(value.value[:4]) <= today.year:
            return DocDate(value.value, value.precision, "metadata", 0.95)
    url = url_date(doc.raw.url, today)
    if url.value is not None and url.value.precision == "day":
        return DocDate(url.value.value, "day", "url", 0.9)
    dateline = find_dateline(doc.text)
    heads = _date_heads(doc.text, doc.header)
    yearless = [t for t in heads if t.year is None]
    dated_lines = sum(1 for t in heads if t.year is not None)
    if yearless and len(heads) >= 3 and dated_lines != 1:  # (one is the page's own byline)
        # a listing of dated items, some without a year: its years are other items'
        return _inferred(doc, yearless[0], [], today, f"a listing of dated items, the first "
                         f"{yearless[0].text!r} without a year", url, use_text_years=False)
    for line in doc.header:
        found = [t for t in timex.find(line) if t.kind == "date" and t.year is not None
                 and t.month is not None]
        if found:
            v = timex.resolve(found[0], None)
            if v:
                return DocDate(v.value, v.precision, "dateline", 0.9,
                               note=f"from the line {line!r}")
    if dateline and dateline.timex.year is not None:
        v = timex.resolve(dateline.timex, None)
        if v:
            return DocDate(v.value, v.precision, "dateline", 0.9)
    if dateline is None:
        header_partial = [t for line in doc.header for t in timex.find(line)
                          if t.kind == "date" and t.month and t.day]
        if header_partial:
            t = header_partial[0]
            dateline = Dateline("", 0, 0, t)
    if url.value is not None:  # a month: the dateline's day in it, or the month alone
        year, month = (int(x) for x in url.value.value.split("-"))
        day = dateline.timex if dateline is not None else next(
            (t for t in timex.find(doc.text[:300]) if t.kind == "date" and t.day), None)
        if day is not None and day.month == month and day.year in (None, year):
            v = _day_value(year, month, day.day or 0, today.year)
            if v:
                return DocDate(v.value, "day", "url", 0.85, note=f"{day.text!r} opening the "
                               f"text, in the month the URL gives")
        return DocDate(url.value.value, "month", "url", 0.85)
    if dateline is not None:
        return _inferred(doc, dateline.timex, _weekday_hints(doc.text, dateline), today,
                         f"dateline {dateline.timex.text!r} gives no year", url)
    return _from_text(doc, today, url)


def _url_years(url: UrlDate) -> dict[int, float]:
    """Weights of the years an address names: a path folder's year is the page's; a slug's
    year usually is, but may be the year the story is about."""
    weights = {y: 3.0 for y in url.slug_years}
    if url.year is not None:
        weights[url.year] = 5.0
    return weights


def _inferred(doc: CleanDocument, t: timex.Timex, weekdays: Sequence[int], today: date,
              why: str, url: UrlDate = UrlDate(), *, same_day: Sequence[int] = (),
              use_text_years: bool = True) -> DocDate:
    years = _text_years(doc.text, today) if use_text_years else []
    from_url = _url_years(url)
    scored = infer_year(t.month or 1, t.day or 1, weekdays=weekdays, years=years, today=today,
                        plan_years=_plan_years(doc.text) if use_text_years else (),
                        url_years=from_url, same_day=same_day,
                        past_years=_past_years(doc.text, today) if use_text_years else ())
    if not scored or (same_day and not years and not from_url and len(scored) > 1
                      and scored[0][1] == scored[1][1]):  # a weekday fits many years alike
        return DocDate(None, None, None, 0.0, note=f"{why}; nothing in the text fixes the year")
    best = scored[0][0]
    value = date(best, t.month or 1, t.day or 1).isoformat()
    candidates = tuple(f"{y}-{t.month:02d}-{t.day:02d}" for y, _ in scored[:8])
    detail = ", ".join(f"{y} ({s:+.1f})" for y, s in scored[:8])
    hints = []
    if weekdays or same_day:
        hints.append("weekday " + "/".join(sorted({_WEEKDAY_NAMES[w]
                                                   for w in (*weekdays, *same_day)})))
    if years:
        hints.append("years in text " + ", ".join(str(y) for y in sorted(set(years))))
    if from_url:
        hints.append("years in the URL " + ", ".join(str(y) for y in sorted(from_url)))
    note = f"{why}; scored by {'; '.join(hints) or 'nothing'}: {detail}"
    if best in from_url and (len(scored) == 1 or scored[0][1] - scored[1][1] >= 2.0):
        # the address gives the year and nothing in the text speaks against it
        return DocDate(value, "day", "url", 0.8, note=f"the year is the URL's: {note}")
    return DocDate(value, "day", "inferred", _confidence(scored), candidates,
                   tuple(s for _, s in scored[:8]), note=note)


_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _same_day(found: Sequence[timex.Timex], t: timex.Timex, text: str) -> list[int]:
    """The weekday written with a month-day ("Monday, November 15", "on Monday November 15")."""
    return [w.weekday for w in found if w.kind == "weekday" and w.weekday is not None
            and w.weekday_rel in (None, "on") and 0 <= t.start - w.end <= 3
            and text[w.end:t.start].strip() in ("", ",")]


def _date_heads(text: str, header: Sequence[str] = ()) -> list[timex.Timex]:
    """Month-days that open a line (of the text, or taken out as a date line), one for each
    day: the items of a listing page when there are several."""
    heads: dict[tuple[int | None, int | None, int | None], timex.Timex] = {}
    for line in (*header, *text.split("\n")):
        found = timex.find(line[:40])
        if found and found[0].start == 0 and found[0].kind == "date" and found[0].day:
            t = found[0]
            heads.setdefault((t.year, t.month, t.day), t)
    return list(heads.values())


def _telling_place(text: str, t: timex.Timex) -> bool:
    """Where a date in a text without a dateline is the telling's, not an event's: opening a
    line of the lede's first paragraphs ("On" or a weekday before it at most: "November 2 this
    year. A meeting was held …") or closing a short one, the title's end aside (a caption's
    "… in Moscow, May 8, 2024.", a statement's "… Mr. Zas said on December 19."). A date
    inside a sentence is of an event told: on 497 Wikinews pages fed as URL and text, the
    month-day taken from anywhere in the text was the publication day for 7 of 66
    (docs/evaluation.md, `tell1`)."""
    if text.count("\n\n", 0, t.start) > _TELLING_PARAGRAPHS:
        return False  # past the lede
    line_start = text.rfind("\n", 0, t.start) + 1
    if _LINE_OPENER.fullmatch(text[line_start:t.start].strip()):
        return True  # "November 2 this year. A meeting …", "On Monday, November 15, the …"
    line_end = text.find("\n", t.end)
    line_end = len(text) if line_end < 0 else line_end
    # a title that ends on a date tells what is to come ("Elections delayed until February
    # 18", no full stop); a long paragraph that does is a story's last event ("… declare a
    # winner by September 6, 2006.")
    after = text[t.end:line_end].strip()
    return line_end - line_start <= _TELLING_LINE and (after == "." or after == "" and
                                                        line_start > 0)


_TELLING_PARAGRAPHS = 3
_LINE_OPENER = re.compile(r"(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*)?",
                          re.I)
_TELLING_LINE = 400  # characters: a caption, a dateline or one statement, not a whole story


def _from_text(doc: CleanDocument, today: date, url: UrlDate = UrlDate()) -> DocDate:
    """No dateline: a month-day with its year inferred, or a full date opening the text (or,
    deeper in, one in the year the address gives)."""
    found = timex.find(doc.text)
    full = [(t, date(t.year, t.month, t.day)) for t in found
            if t.kind == "date" and t.year and t.month and t.day]
    full_days = [d for _, d in full if d <= today]
    partial = [t for t in found if t.kind == "date" and t.year is None and t.month and t.day
               and t.year_rel in (None, 0) and _telling_place(doc.text, t)]
    if partial:
        first = partial[0]
        return _inferred(doc, first, [], today,
                         f"the text dates events {first.text!r} without a year", url,
                         same_day=_same_day(found, first, doc.text))
    if full_days:
        opening = [d for t, d in full if d <= today and _telling_place(doc.text, t)]
        if opening:  # a full date at the head of the text is the telling's
            return DocDate(opening[0].isoformat(), "day", "text", 0.6,
                           note="the full date opening the text")
        # deeper in, full dates are of the events told; only one in the year the address
        # names is taken
        in_url = [d for d in full_days if d.year == url.year or d.year in url.slug_years]
        if in_url:
            return DocDate(max(in_url).isoformat(), "day", "text", 0.5,
                           note="latest full date in the text in the URL's year")
    if url.year is not None:
        return DocDate(str(url.year), "year", "url", 0.6, note="the year of the URL's folder")
    # the years a text mentions are of the events it tells, not of the telling: no guess
    return DocDate(None, None, None, 0.0, note="no date in metadata, URL or text")


# --- re-ranking inferred years with what the store knows ----------------------------------------
@dataclass(frozen=True)
class Known:
    """One dated claim in a :class:`DatingIndex`: when, who, which document said it; ``order``
    breaks ties between claims of one date (the claim id, or the position in a list)."""

    date: date
    order: str
    subject: str
    document: str
    weight: float = 1.0  # less when the document's own year was inferred (``INFERRED_WEIGHT``)


@dataclass(frozen=True)
class Watch:
    """Dates on one dating key (see :func:`dating_keys`) where a claim added or removed could
    change a document's decision: outside them, nothing that decision read can move."""

    key: str
    lo: date
    hi: date


@dataclass
class _OrgKnowledge:
    offices: dict[str, list[Known]] = field(default_factory=dict)  # office@org → by date
    founded: list[Known] = field(default_factory=list)
    members: dict[str, list[Known]] = field(default_factory=dict)  # country → by date
    lists: dict[str, tuple[date, set[str]]] = field(default_factory=dict)  # doc → complete list
    list_weights: dict[str, float] = field(default_factory=dict)  # doc → its weight
    absent: dict[str, list[Known]] = field(default_factory=dict)  # explicit not_member claims
    without: dict[str, list[tuple[date, str]]] = field(default_factory=dict)  # cache, see below
    dates: dict[int, list[date]] = field(default_factory=dict)  # cache: id(list) → its dates


def _sort_key(k: Known) -> tuple[date, str]:
    return (k.date, k.order)


class DatingIndex:
    """Dated claims grouped by organization and sorted by date, for scoring many documents
    against one shared copy: each lookup is a binary search, and a document's own claims are
    left out by skipping them, not by copying the rest."""

    def __init__(self) -> None:
        self._orgs: dict[str, _OrgKnowledge] = {}
        self._dirty: set[str] = set()

    def add(self, claim: DatedClaim, *, document: str = "", order: str = "",
            weight: float = 1.0) -> None:
        org = claim_org(claim.predicate, claim.subject, claim.key)
        k = self._orgs.setdefault(org, _OrgKnowledge())
        known = Known(claim.date, order, claim.subject, document, weight)
        if claim.predicate == "holds_position":
            k.offices.setdefault(claim.key, []).append(known)
        elif claim.predicate == "founded":
            k.founded.append(known)
        elif claim.predicate == "member_of":
            k.members.setdefault(claim.subject, []).append(known)
            if claim.complete_list:
                first, members = k.lists.get(document, (claim.date, set()))
                members.add(claim.subject)
                k.lists[document] = (min(first, claim.date), members)
                k.list_weights[document] = weight
        elif claim.predicate == "not_member":
            k.absent.setdefault(claim.subject, []).append(known)
        self._dirty.add(org)

    def drop(self, org: str) -> None:
        """Forget what is known about ``org`` (before loading it again)."""
        self._orgs.pop(org, None)
        self._dirty.discard(org)

    def _org(self, org: str) -> _OrgKnowledge | None:
        k = self._orgs.get(org)
        if k is not None and org in self._dirty:
            for group in (*k.offices.values(), k.founded, *k.members.values(), *k.absent.values()):
                group.sort(key=_sort_key)
            k.without.clear()
            k.dates.clear()
            self._dirty.discard(org)
        return k

    @staticmethod
    def _dates(k: _OrgKnowledge, group: list[Known]) -> list[date]:
        found = k.dates.get(id(group))
        if found is None:
            found = k.dates[id(group)] = [c.date for c in group]
        return found

    def around(self, key: str, d: date, exclude: str) -> tuple[Known | None, Known | None]:
        """The holders of office ``key`` known last on or before ``d`` and first on or after
        it (the first stated, among several of one date), not counting document ``exclude``."""
        k = self._org(key.split("@", 1)[-1])
        group = k.offices.get(key, []) if k else []
        if not group or k is None:
            return None, None
        ds = self._dates(k, group)
        i = bisect_right(ds, d) - 1
        while i >= 0 and group[i].document == exclude:
            i -= 1
        before = None
        if i >= 0:
            j = bisect_left(ds, group[i].date)
            before = next(c for c in group[j:i + 1] if c.document != exclude)
        i = bisect_left(ds, d)
        while i < len(group) and group[i].document == exclude:
            i += 1
        return before, group[i] if i < len(group) else None

    def founded(self, org: str, exclude: str) -> date | None:
        """The earliest known founding of ``org``, not counting document ``exclude``."""
        known = self.founded_known(org, exclude)
        return known.date if known else None

    def founded_known(self, org: str, exclude: str) -> Known | None:
        """The claim of the earliest known founding of ``org``."""
        k = self._org(org)
        return next((c for c in k.founded if c.document != exclude), None) if k else None

    def last_member(self, country: str, org: str, exclude: str) -> date | None:
        """The latest date ``country`` is known as a member of ``org``."""
        known = self.last_member_known(country, org, exclude)
        return known.date if known else None

    def last_member_known(self, country: str, org: str, exclude: str) -> Known | None:
        """The latest claim that ``country`` is a member of ``org``."""
        k = self._org(org)
        group = k.members.get(country, []) if k else []
        return next((c for c in reversed(group) if c.document != exclude), None)

    def last_absent(self, country: str, org: str, d: date, exclude: str) -> date | None:
        """The latest date before ``d`` of a complete member list of ``org`` without
        ``country`` (counted only when ``country`` is known as a member at some time), or of
        a stated non-membership."""
        found = self.last_absent_weighed(country, org, d, exclude)
        return found[0] if found else None

    def last_absent_weighed(self, country: str, org: str, d: date, exclude: str
                            ) -> tuple[date, float] | None:
        """``last_absent`` with the weight of the document that says it."""
        k = self._org(org)
        if k is None:
            return None
        best, weight = None, 1.0
        for c in reversed(k.absent.get(country, [])):
            if c.date < d and c.document != exclude:
                best, weight = c.date, c.weight
                break
        if k.lists and self.last_member(country, org, exclude) is not None:
            without = k.without.get(country)
            if without is None:
                without = k.without[country] = sorted(
                    (first, doc) for doc, (first, members) in k.lists.items()
                    if country not in members)
            i = bisect_left(without, (d, "")) - 1
            while i >= 0 and without[i][1] == exclude:
                i -= 1
            if i >= 0 and (best is None or without[i][0] > best):
                best, weight = without[i][0], k.list_weights.get(without[i][1], 1.0)
        return (best, weight) if best is not None else None


@lru_cache(maxsize=16384)
def as_date(value: str) -> date:
    """A stored claim date ("2012", "2012-10", "2012-10-25") as the first day it can mean."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def claim_org(predicate: str, subject: str, key: str) -> str:
    """The organization (or country) a dated claim tells about: the one a document must speak
    of for the claim to bear on its date."""
    if predicate == "holds_position":
        return key.split("@", 1)[-1]
    if predicate == "founded":
        return subject
    return key


def dating_keys(predicate: str, subject: str, key: str, complete_list: bool = False) -> list[str]:
    """The watch keys (see :class:`Watch`) a dated claim moves when it is added or removed."""
    if predicate == "holds_position":
        return [f"holds_position|{key}"]
    if predicate == "founded":
        return [f"founded|{subject}"]
    if predicate == "member_of":
        return [f"member_of|{subject}|{key}"] + ([f"list|{key}"] if complete_list else [])
    return []


def watched_org(key: str) -> str:
    """The organization whose knowledge a watch key is about."""
    kind, _, rest = key.partition("|")
    if kind == "holds_position":
        return rest.split("@", 1)[-1]
    if kind == "member_of":
        return rest.split("|", 1)[-1]
    return rest


def score_with_knowledge(docdate: DocDate, facts: Iterable[DatedClaim],
                         known: Sequence[DatedClaim]) -> DocDate:
    """Re-rank an inferred date's candidates with what the store knows.

    ``facts`` are this document's own statements (with the date left as the candidate's);
    ``known`` are dated claims from other documents.  A candidate year loses when another
    holder is known on both sides of it, when the text lists a member the store knows had
    left, or when the text speaks of an organization before its founding.
    """
    index = DatingIndex()
    for n, k in enumerate(known):  # not_member claims are given here, not derived from lists
        index.add(replace(k, complete_list=False), order=f"{n:09d}")
    return rescore(docdate, facts, index, exclude="\0")[0]


_MIN, _MAX = date.min, date.max


# what the store must add to a candidate, over the text's own choice, to move a year
MOVE_MARGIN = 2.0
# a claim from a document whose own year was inferred counts for this much of one whose
# year its text or address gives
INFERRED_WEIGHT = 0.5


def rescore(docdate: DocDate, facts: Iterable[DatedClaim], index: DatingIndex, exclude: str
            ) -> tuple[DocDate, list[Watch]]:
    """``score_with_knowledge`` against a shared index, leaving out the claims of document
    ``exclude`` (the one being dated); also the watches that say which later claims could
    change the decision.

    The text's choice (the first candidate) moves only on strong, consistent evidence: the
    other candidate leads by ``MOVE_MARGIN`` and no fact of the document speaks for the
    text's choice against it.
    """
    if docdate.basis != "inferred" or not docdate.candidates:
        return docdate, []
    facts = list(facts)
    watches: list[Watch] = []
    rescored: list[tuple[str, float, list[str], list[float]]] = []
    for cand, score in zip(docdate.candidates, docdate.scores, strict=True):
        d = date.fromisoformat(cand)
        reasons: list[str] = []
        supports: list[float] = []
        for fact in facts:
            s, why = _fact_support(fact, d, index, exclude, watches)
            score += s
            supports.append(s)
            if why:
                reasons.append(why)
        rescored.append((cand, score, reasons, supports))
    text = rescored[0]
    rescored.sort(key=lambda r: (-r[1], r[0]))
    if not any(r[2] for r in rescored):
        return docdate, watches
    best = rescored[0]
    if best is not text and (best[1] - text[1] < MOVE_MARGIN or any(
            t - b > 0.25 for t, b in zip(text[3], best[3], strict=True))):
        rescored.remove(text)
        rescored.insert(0, text)
        best = text
    margin = best[1] - max((r[1] for r in rescored[1:]), default=best[1] - 4.0)
    note = (docdate.note.split("; store:")[0] + "; store: " + "; ".join(
        f"{c[:4]} ({s:+.1f}{': ' + ', '.join(r[:2]) if r else ''})"
        for c, s, r, _ in rescored[:5]))
    return replace(docdate, value=best[0], candidates=tuple(r[0] for r in rescored),
                   scores=tuple(round(r[1], 2) for r in rescored),
                   confidence=round(max(0.3, min(0.9, 0.45 + 0.1 * margin)), 2),
                   note=note), watches


def _fact_support(fact: DatedClaim, d: date, index: DatingIndex, exclude: str,
                  watches: list[Watch]) -> tuple[float, str]:
    if fact.predicate == "founded":
        # only organizations: news often names a body by its later name ("rapid reaction force")
        if not fact.key.startswith("org:"):
            return 0.0, ""
        known = index.founded_known(fact.key, exclude)
        founded = known.date if known else None
        # an earlier founding could move it; a later one cannot
        watches.append(Watch(f"founded|{fact.key}", _MIN, founded or _MAX))
        if known is not None and d < known.date:
            return -4.0 * known.weight, f"{fact.key} not yet founded"
        return 0.0, ""
    if fact.predicate == "holds_position":
        b, a = index.around(fact.key, d, exclude)
        # only a claim between the neighbours can become a neighbour
        watches.append(Watch(f"holds_position|{fact.key}", b.date if b else _MIN,
                             a.date if a else _MAX))
        same = [c for c in (b, a) if c is not None and c.subject == fact.subject]
        other = [c for c in (b, a) if c is not None and c.subject != fact.subject]
        if b and a and len(other) == 2:
            return -3.0 * min(b.weight, a.weight), \
                f"{b.subject} and {a.subject} hold {fact.key.split('@')[0]} around it"
        if same:
            near = min(same, key=lambda c: abs((c.date - d).days))
            gap = abs((near.date - d).days) / 365.25
            return 1.5 * near.weight / (1 + gap / 3), \
                f"{fact.subject} known in office {same[0].date.year}"
        if other:
            near = min(other, key=lambda c: abs((c.date - d).days))
            gap = abs((near.date - d).days) / 365.25
            if gap < 1.5:
                return -1.0 * near.weight, f"{other[0].subject} known in office " \
                                           f"{other[0].date.year}"
        return 0.0, ""
    if fact.predicate == "member_of":
        last_known = index.last_member_known(fact.subject, fact.key, exclude)
        last = last_known.date if last_known else None
        found = index.last_absent_weighed(fact.subject, fact.key, d, exclude)
        absent = found[0] if found else None
        # what is read: the latest membership, and the latest list without it before d
        watches.append(Watch(f"member_of|{fact.subject}|{fact.key}", last or _MIN, _MAX))
        if last is not None:
            watches.append(Watch(f"list|{fact.key}", absent or _MIN, d))
        if found is not None and absent is not None and not (last is not None and last >= absent):
            return -2.0 * found[1], f"{fact.subject} absent from the {fact.key} member list " \
                                    f"of {absent.year}"
        if last_known is not None and last_known.date >= d:
            return 0.5 * last_known.weight, ""
    return 0.0, ""
