"""Temporal expressions in news English: text → expressions → calendar values at their own precision.

Written by hand because no maintained library does what news needs: dateparser's
``search_dates`` finds many expressions but fills a missing day or year from the
current clock (inventing precision), does not resolve "said Tuesday" to the Tuesday
*before* the dateline, reads "May" the verb as a month and drops spans such as
"December 7-8" or "2011-2012".  Here every expression keeps what the text gives
(day, month or year), relative ones resolve against an anchor chosen by the caller
(the publication date or the time of the narrated event) and a tense, and vague ones
("recently", "in the near future") are found but never resolved to a value.

``find`` scans text and returns :class:`Timex` (what was said); ``resolve`` turns one
into a :class:`~blocwatch.records.TimeValue` given an anchor and a tense.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .records import TimeValue

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
            "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
            "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
            "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
            "thirtieth": 30, "thirty-first": 31}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "several": None, "few": None, "a few": None}

# Month names are matched case-sensitively (Capitalised or UPPER) so that "may" the verb,
# "march" the noun and "sep" inside words are not taken for months.
_MONTH_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov",
               "Dec"]
_M = "(?P<{}>" + "|".join(
    [m for m in _MONTH_WORDS] + [m.upper() for m in _MONTH_WORDS] + [a + r"\.?" for a in _MONTH_ABBR]
) + ")"
_D = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{}>1[89]\d\d|20\d\d)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YREL = r"(?:,?\s*(?:of\s+)?(?P<yrel>this|last|next|the\s+same|the\s+current|the\s+previous)\s+year)"
_DASH = r"\s*[-–—]\s*"


def _m(name: str) -> str:
    return _M.format(name)


def _d(name: str) -> str:
    return _D.format(name)


def _y(name: str) -> str:
    return _Y.format(name)


@dataclass(frozen=True)
class Timex:
    """One temporal expression as written; fields hold only what the text says."""

    start: int
    end: int
    text: str
    kind: str  # date | weekday | relative | vague | decade
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None  # spans: "2011-2012", "December 7-8", "from May to July"
    end_month: int | None = None
    end_day: int | None = None
    year_rel: int | None = None  # "this year" 0, "last year" -1, "next year" +1
    weekday: int | None = None
    weekday_rel: str | None = None  # last | next | this | earlier | later
    unit: str | None = None  # day | week | month | year (relative expressions)
    offset: int | None = None  # units from the anchor
    part: str | None = None  # early | mid | late
    bound: str | None = None  # since | until (open spans)
    narrative: bool = False  # "the next day", "two days later": counted from the narrated event

    @property
    def has_year(self) -> bool:
        return self.year is not None


# --- patterns, most specific first -------------------------------------------------------
_WRITTEN: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b" + _y("y") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("dotted", re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>1[89]\d\d|20\d\d)\b")),
    ("slashed", re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>1[89]\d\d|20\d\d|\d\d)\b")),
    ("ordinal", re.compile(r"\b(?:the\s+)?(?P<ord>" + "|".join(sorted(ORDINALS, key=len, reverse=True))
                           + r")\s+of\s+" + _m("mon") + r"(?:,?\s+" + _y("y") + r")?\b", re.I)),
    ("dm_and", re.compile(r"\b" + _d("d") + r"\s+(?:and|to|until|through)\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
                          r"\s+(?:of\s+)?" + _m("mon") + r"(?:,?\s+" + _y("y") + r")?" + _YREL + "?")),
    ("mdy", re.compile(r"\b" + _m("mon") + r"\s+" + _d("d") + r"(?:" + _DASH + r"(?P<d2>[0-3]?\d))?"
                       + r",?\s+" + _y("y") + r"\b")),
    ("dmy", re.compile(r"\b" + _d("d") + r"(?:" + _DASH + r"(?P<d2>[0-3]?\d))?\s+(?:of\s+)?"
                       + _m("mon") + r",?\s+" + _y("y") + r"\b")),
    ("md_to", re.compile(r"\b" + _m("mon") + r"\s+" + _d("d") + r"\s+(?:to|until|till|through|and)\s+"
                         r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![/.:]\d|\s+[A-Z])(?:,?\s+" + _y("y")
                         + r")?" + _YREL + "?")),
    ("md", re.compile(r"\b" + _m("mon") + r"\s+" + _d("d") + r"(?:" + _DASH + r"(?P<d2>[0-3]?\d))?"
                      + r"(?![\d,]*\s*(?:1[89]|20)\d\d)(?!\d)" + _YREL + "?")),
    ("dm", re.compile(r"\b" + _d("d") + r"(?:" + _DASH + r"(?P<d2>[0-3]?\d))?\s+(?:of\s+)?"
                      + _m("mon") + r"\b(?!\.?,?\s*(?:1[89]|20)\d\d)" + _YREL + "?")),
    ("mm", re.compile(r"\b" + _m("mon") + r"\s*[-–—/]\s*" + _m("mon2") + r"(?:,?\s+" + _y("y") + r")?\b")),
    ("month_span", re.compile(r"\bfrom\s+" + _m("mon") + r"\s+(?:to|till|until|through)\s+"
                              + _m("mon2") + r"(?:,?\s+" + _y("y") + r")?\b")),
    ("my", re.compile(r"\b(?:(?P<part>early|mid|late|end\s+of|beginning\s+of)[\s-]+)?"
                      + _m("mon") + r",?\s+(?:of\s+)?" + _y("y") + r"\b")),
    ("m_rel", re.compile(r"\b(?:(?P<part>early|mid|late)[\s-]+)?" + _m("mon") + _YREL)),
    ("m", re.compile(r"\b(?:in|since|until|till|by|from|during|early|late|mid|before|after|of|"
                     r"last|next|this|for|and|to|the\s+end\s+of)[\s-]+" + _m("mon")
                     + r"\b(?!\s+\d)", re.I)),
    # a month name on its own, except "May" (a verb far more often than a month)
    ("m_bare", re.compile(r"\b(?P<mon>January|February|March|April|June|July|August|September|"
                          r"October|November|December)\b(?!\s+\d)")),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<y>1[89]\d0|20\d0)'?s\b")),
    ("year_span", re.compile(r"\b(?:(?P<bound>from|for|in|between)\s+)?" + _y("y") + r"(?:" + _DASH + r"|/)"
                             + r"(?P<y2>1[89]\d\d|20\d\d|\d\d)\b(?![-–]\d)")),
    ("year", re.compile(r"\b(?:(?P<part>early|mid|late|end\s+of|beginning\s+of)[\s-]+)?"
                        r"(?:(?P<bound>since|until|till|by|before|after)\s+)?"
                        + _y("y") + r"\b(?![-–/.]?\d)(?!\s*(?:%|percent|troops|people|km))")),
    ("weekday", re.compile(r"\b(?:(?P<wrel>last|next|this|earlier|later|on|early|late)\s+)?"
                           + _WD + r"\b(?:\s+(?:morning|afternoon|evening|night))?", re.I)),
    ("dayword", re.compile(r"\b(?P<dw>today|yesterday|tomorrow|tonight|last\s+night|this\s+morning|"
                           r"this\s+afternoon|this\s+evening|"
                           r"the\s+day\s+before\s+yesterday|the\s+previous\s+(?:day|night)|"
                           r"the\s+next\s+day|the\s+day\s+after\s+tomorrow)\b", re.I)),
    ("rel_unit", re.compile(r"\b(?P<rel>earlier\s+this|later\s+this|this|last|next|past|"
                            r"previous|coming|current|the\s+previous|the\s+past|the\s+current|"
                            r"the\s+coming)\s+(?P<unit>week|month|year)\b", re.I)),
    ("later", re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
                         r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|after|"
                         r"before|afterwards)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("vague", re.compile(r"\b(?:recently|lately|soon|in\s+recent\s+(?:days|weeks|months|years)|"
                         r"in\s+the\s+(?:near|foreseeable|distant)\s+future|in\s+the\s+past|"
                         r"in\s+the\s+coming\s+(?:days|weeks|months|years)|"
                         r"(?:several|a\s+few|few)\s+(?:days|weeks|months|years)\s+ago)\b", re.I)),
]

# The characters a match of each pattern can start with.  ``re`` has no fast scan for a
# pattern that opens with \b, so each tries all its alternatives at every position of a text;
# a lookahead of these characters turns most positions away with one test and changes no
# match (checked on 4,439 articles and pages: the same expressions, 2.2x faster).
_FIRST = {"iso": "12", "dotted": "0-9", "slashed": "0-9", "dm_and": "0-9", "dmy": "0-9",
          "dm": "0-9", "mdy": "JFMASOND", "md_to": "JFMASOND", "md": "JFMASOND",
          "mm": "JFMASOND", "m_bare": "JFMASOND", "month_span": "f", "my": "emlbJFMASOND",
          "m_rel": "emlJFMASOND", "decade": "t12", "year_span": "fib12", "year": "emlbsuta12",
          "ordinal": "t" + "".join(sorted({o[0] for o in ORDINALS})),
          "m": "isutbfdemlaon",  # in, since, until … (case-insensitive, as the pattern)
          "weekday": "lnteomtwfs", "dayword": "tyl", "rel_unit": "eltnpc",
          "later": "0-9aotfsen", "ago": "0-9aotfsen", "vague": "rlsiaf"}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(f"(?=[{_FIRST[kind]}])" + p.pattern, p.flags)) for kind, p in _WRITTEN]

# Words without one of which a case-insensitive pattern cannot match ("ago" for "two weeks
# ago"), looked for in the lower-cased text before the pattern scans it: a plain substring
# test costs a fraction of a scan, and most texts hold no "ago", no weekday, no "lately"...
# Only ASCII words; ``_CASELESS`` first maps the four other characters ``re.I`` lets match an
# ASCII letter (İ ı → i, K → k, ſ → s), so that a text the pattern matches always holds one.
_NEEDED: dict[str, tuple[str, ...]] = {
    "ordinal": tuple(ORDINALS),
    "weekday": tuple(WEEKDAYS),
    "dayword": ("day", "night", "morning", "afternoon", "evening", "tomorrow"),
    "rel_unit": ("week", "month", "year"),
    "later": ("later", "earlier", "after", "before"),
    "ago": ("ago",),
    "vague": ("recent", "lately", "soon", "future", "past", "coming", "ago"),
}
_CASELESS = {0x130: "i", 0x131: "i", 0x212A: "k", 0x17F: "s"}


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _yrel(word: str | None) -> int | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    return {"this": 0, "the same": 0, "the current": 0, "last": -1, "the previous": -1,
            "next": 1}.get(word)


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None or day < 1:
            return False
        limit = calendar.monthrange(year or 2000, month)[1]  # 2000 is a leap year
        return day <= limit
    return True


# A weekday that is a word of a longer name, not a day (general English: treaties and weekly
# papers): "the Good Friday Agreement", "The Sunday Times" (lm1: "the Good Friday Agreement"
# dated a 2004 meeting to the Friday before the report).  A feast or a day named for what
# happens on it ("Good Friday", "Super Tuesday") is that weekday, and stays one
_DAY_NAME_AFTER = re.compile(r"\s+(?:Times|Telegraph|Mail|Herald|Post|Express|Mirror|Independent|"
                             r"Tribune|Star|Agreement|Accord)\b")


def _build(kind: str, m: re.Match[str]) -> Timex | None:
    g = m.groupdict()
    base = {"start": m.start(), "end": m.end(), "text": m.group(0)}
    if kind in ("iso", "dotted"):
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        return Timex(kind="date", year=y, month=mo, day=d, **base) if _valid(y, mo, d) else None
    if kind == "slashed":
        a, b, yy = int(g["a"]), int(g["b"]), g["y"]
        y = int(yy) if len(yy) == 4 else (2000 + int(yy) if int(yy) <= 40 else 1900 + int(yy))
        # day first when the first number cannot be a month; otherwise month first (US style)
        mo, d = (b, a) if a > 12 else (a, b)
        return Timex(kind="date", year=y, month=mo, day=d, **base) if _valid(y, mo, d) else None
    if kind == "ordinal":
        y = int(g["y"]) if g.get("y") else None
        mo, d = _month(g["mon"]), ORDINALS[g["ord"].lower()]
        return Timex(kind="date", year=y, month=mo, day=d, **base) if _valid(y, mo, d) else None
    if kind == "m_bare":
        return Timex(kind="date", month=_month(g["mon"]), **base)
    if kind in ("mdy", "dmy", "md", "dm", "md_to"):
        y = int(g["y"]) if g.get("y") else None
        mo, d = _month(g["mon"]), int(g["d"])
        d2 = int(g["d2"]) if g.get("d2") else None
        if not _valid(y, mo, d) or (d2 is not None and (not _valid(y, mo, d2) or d2 <= d)):
            return None
        return Timex(kind="date", year=y, month=mo, day=d, end_day=d2,
                     end_month=mo if d2 else None, year_rel=_yrel(g.get("yrel")), **base)
    if kind == "mm":
        y = int(g["y"]) if g.get("y") else None
        mo, mo2 = _month(g["mon"]), _month(g["mon2"])
        if mo2 <= mo and y is not None:
            return None
        return Timex(kind="date", year=y, month=mo, end_month=mo2, end_year=y, **base)
    if kind == "dm_and":
        y = int(g["y"]) if g.get("y") else None
        mo, d, d2 = _month(g["mon"]), int(g["d"]), int(g["d2"])
        if not (_valid(y, mo, d) and _valid(y, mo, d2)) or d2 <= d:
            return None
        return Timex(kind="date", year=y, month=mo, day=d, end_day=d2, end_month=mo,
                     year_rel=_yrel(g.get("yrel")), **base)
    if kind == "month_span":
        y = int(g["y"]) if g.get("y") else None
        return Timex(kind="date", year=y, month=_month(g["mon"]), end_month=_month(g["mon2"]),
                     end_year=y, **base)
    if kind == "my":
        return Timex(kind="date", year=int(g["y"]), month=_month(g["mon"]),
                     part=_part(g.get("part")), **base)
    if kind == "m_rel":
        return Timex(kind="date", month=_month(g["mon"]), year_rel=_yrel(g.get("yrel")),
                     part=_part(g.get("part")), **base)
    if kind == "m":
        # the preposition only licenses the month; the expression starts at the month name
        base = {"start": m.start("mon"), "end": m.end(), "text": m.group("mon")}
        return Timex(kind="date", month=_month(g["mon"]), **base)
    if kind == "decade":
        y = int(g["y"])
        return Timex(kind="decade", year=y, end_year=y + 9, **base)
    if kind == "year_span":
        y, y2 = int(g["y"]), g["y2"]
        end = int(y2) if len(y2) == 4 else (y // 100) * 100 + int(y2)
        if not y < end <= y + 30:
            return None
        return Timex(kind="date", year=y, end_year=end, **base)
    if kind == "year":
        bound = (g.get("bound") or "").lower() or None
        bound = {"till": "until", "by": "until", "before": "until", "after": "since"}.get(
            bound or "", bound)
        return Timex(kind="date", year=int(g["y"]), part=_part(g.get("part")), bound=bound,
                     **base)
    if kind == "weekday":
        rel = (g.get("wrel") or "").lower() or None
        if rel is None and _DAY_NAME_AFTER.match(m.string, m.end()):
            return None  # "the Good Friday Agreement", "The Sunday Times"
        return Timex(kind="weekday", weekday=WEEKDAYS[g["wd"].lower()],
                     weekday_rel=None if rel in (None, "on", "early", "late") else rel, **base)
    if kind == "later":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else NUMBERS.get(n) or 1
        sign = 1 if g["dir"].lower() in ("later", "after", "afterwards") else -1
        return Timex(kind="relative", unit=g["unit"].lower(), offset=sign * count,
                     narrative=True, **base)
    if kind == "dayword":
        word = " ".join(g["dw"].lower().split())
        offset = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                  "this evening": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the previous day": -1,
                  "the previous night": -1, "the next day": 1,
                  "the day after tomorrow": 2}[word]
        return Timex(kind="relative", unit="day", offset=offset,
                     narrative=word.startswith("the "), **base)
    if kind == "rel_unit":
        rel = " ".join(g["rel"].lower().split()).removeprefix("the ")
        offset = {"this": 0, "current": 0, "earlier this": 0, "later this": 0, "last": -1,
                  "past": -1, "previous": -1, "next": 1, "coming": 1}[rel]
        part = "early" if rel == "earlier this" else "late" if rel == "later this" else None
        return Timex(kind="relative", unit=g["unit"].lower(), offset=offset, part=part, **base)
    if kind == "ago":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else NUMBERS.get(n)
        if count is None:
            return Timex(kind="vague", **base)
        return Timex(kind="relative", unit=g["unit"].lower(), offset=-count, **base)
    if kind == "vague":
        return Timex(kind="vague", **base)
    raise AssertionError(kind)


def _part(word: str | None) -> str | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    return {"end of": "late", "beginning of": "early"}.get(word, word)


def find(text: str) -> list[Timex]:
    """All temporal expressions in ``text``, left to right, without overlaps."""
    return list(_find(text))


# the dating stage and the analysis of one document ask for the same text, a batch apart
# (every document of a batch is dated before any is analysed): hold more than a batch
@lru_cache(maxsize=256)
def _find(text: str) -> tuple[Timex, ...]:
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    # the patterns scan the text with ``_CASELESS`` applied (one character for one, so the
    # offsets hold): ``re.I`` lets "fİrst" or "ſunday" match, and the words' look-ups in
    # _build would not know their lower case
    folded = text.translate(_CASELESS)
    lower = folded.lower()
    for kind, pattern in _PATTERNS:
        needed = _NEEDED.get(kind)
        if needed is not None and not any(word in lower for word in needed):
            continue  # the pattern cannot match here (see _NEEDED)
        for match in pattern.finditer(folded):
            s, e = match.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            timex = _build(kind, match)
            if timex is None:
                continue
            if folded != text:  # the expression as the document writes it
                timex = replace(timex, text=text[timex.start:timex.end])
            taken.append((s, e))
            found.append(timex)
    return tuple(_join_spans(text, sorted(found, key=lambda t: t.start)))


_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$", re.I)
_OPENER = re.compile(r"(?:\bfrom|\bbetween)\s*$", re.I)


def _join_spans(text: str, found: list[Timex]) -> list[Timex]:
    """"from 1959 to 1990", "between April 22 and May 3", "from January 1999 to June 1999"."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        gap = text[a.end:b.start] if b is not None else ""
        joined = b is not None and (_JOIN.match(gap) or (b.bound == "until" and not gap.strip()))
        if b is not None and joined and a.kind == b.kind == "date" and a.end_year is None and \
                a.end_month is None:
            opener = _OPENER.search(text[max(0, a.start - 9):a.start])
            connector = gap.strip().lower() or "until"
            both_days = a.day is not None and b.day is not None and b.month is not None
            if opener or connector in ("to", "until", "till", "through") or (
                    both_days and connector in ("-", "–", "—")):
                start = a.start - (len(opener.group(0)) if opener else 0)
                start = start if opener else a.start
                year = a.year if a.year is not None else b.year
                end_year = b.year if b.year is not None else (a.year if b.month is not None else None)
                out.append(replace(a, start=start, end=b.end, text=text[start:b.end], year=year,
                                   end_year=end_year if (b.month is None or b.year is not None or
                                                         a.year is not None) else None,
                                   end_month=b.month, end_day=b.day, bound=None,
                                   year_rel=a.year_rel if a.year_rel is not None else b.year_rel))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# --- resolution ------------------------------------------------------------------------
def _day(anchor: TimeValue | None) -> date | None:
    if anchor is None or anchor.precision != "day":
        return None
    return date.fromisoformat(anchor.value[:10])


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _value(y: int, m: int | None, d: int | None, end: str | None = None) -> TimeValue:
    precision = "day" if d is not None else "month" if m is not None else "year"
    return TimeValue(_fmt(y, m, d), precision, end)


def _infer_year(t: Timex, anchor: TimeValue, tense: str) -> int:
    """Year of a month(-day) without one: the occurrence nearest the anchor in the tense's direction."""
    ay = anchor.year
    if t.year_rel is not None:
        return ay + t.year_rel
    amonth = int(anchor.value[5:7]) if anchor.precision in ("day", "month") else None
    if amonth is None or t.month is None:
        return ay
    aday = int(anchor.value[8:10]) if anchor.precision == "day" else 31
    mine = (t.month, t.day or (1 if tense == "future" else 31))
    ref = (amonth, aday)
    if tense == "future":
        # a planned date a few days before the anchor is a reporting lag, not next year
        return ay + 1 if (mine < ref and (amonth - t.month) % 12 > 1) else ay
    # past or unknown: a date after the anchor belongs to the previous year, unless it is
    # within the same or next month (announcements of imminent events, datelines a day early)
    if mine > ref and (t.month - amonth) % 12 > 1:
        return ay - 1
    return ay


def resolve(t: Timex, anchor: TimeValue | None, tense: str = "past") -> TimeValue | None:
    """Calendar value of ``t``; None when it is vague or needs an anchor finer than given.

    ``tense`` is "past", "future" or "present": it decides which way a bare weekday or a
    month without a year points from the anchor.
    """
    if t.kind == "vague":
        return None
    if t.kind == "decade":
        return TimeValue(_fmt(t.year or 0), "year", _fmt(t.end_year or 0))
    if t.kind == "date":
        if t.year is None and anchor is None:
            return None
        y = t.year if t.year is not None else _infer_year(t, anchor, tense)  # type: ignore[arg-type]
        end = None
        if t.end_month is not None or t.end_day is not None:
            end_month = t.end_month or t.month
            end_y = t.end_year if t.end_year is not None else y + (
                1 if end_month is not None and t.month is not None and end_month < t.month else 0)
            end = _fmt(end_y, end_month, t.end_day if t.day is not None else None)
            if t.day is None and t.end_day is not None:
                end = _fmt(end_y, end_month, t.end_day)
        elif t.end_year is not None:
            end = _fmt(t.end_year)
        return _value(y, t.month, t.day, end)
    if t.kind == "weekday":
        base = _day(anchor)
        if base is None:
            return None
        delta = (base.weekday() - (t.weekday or 0)) % 7
        if t.weekday_rel == "next" or (tense == "future" and t.weekday_rel not in ("last", "earlier")):
            ahead = ((t.weekday or 0) - base.weekday()) % 7
            if t.weekday_rel == "next" and ahead == 0:
                ahead = 7
            return _value(*(base + timedelta(days=ahead)).timetuple()[:3])
        if t.weekday_rel == "last" and delta == 0:
            delta = 7
        return _value(*(base - timedelta(days=delta)).timetuple()[:3])
    if t.kind == "relative":
        return _relative(t, anchor)
    raise AssertionError(t.kind)


def _relative(t: Timex, anchor: TimeValue | None) -> TimeValue | None:
    if anchor is None:
        return None
    offset = t.offset or 0
    if t.unit == "year":
        return TimeValue(_fmt(anchor.year + offset), "year")
    if t.unit == "month":
        if anchor.precision == "year":
            return None
        y, m = anchor.year, int(anchor.value[5:7]) + offset
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return TimeValue(_fmt(y, m), "month")
    base = _day(anchor)
    if base is None:
        return None
    if t.unit == "day":
        return _value(*(base + timedelta(days=offset)).timetuple()[:3])
    if t.unit == "week":
        # a week has no precision of its own here: give its month when the whole week lies in one
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=offset)
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return TimeValue(_fmt(monday.year, monday.month), "month")
        return None
    raise AssertionError(t.unit)


def normalize(text: str, anchor: TimeValue | None, tense: str = "past") -> TimeValue | None:
    """The value of the first expression in ``text`` (convenience for single phrases)."""
    found = find(text)
    return resolve(found[0], anchor, tense) if found else None


def parse_value(value: str) -> TimeValue:
    """TimeValue from "YYYY", "YYYY-MM" or "YYYY-MM-DD" (validated)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        date.fromisoformat(value)
        return TimeValue(value, "day")
    if re.fullmatch(r"\d{4}-\d{2}", value) and 1 <= int(value[5:]) <= 12:
        return TimeValue(value, "month")
    if re.fullmatch(r"\d{4}", value):
        return TimeValue(value, "year")
    raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")


def bounds(v: TimeValue) -> tuple[date, date]:
    """First and last calendar day a value covers (spans included)."""
    def first(s: str) -> date:
        y = int(s[:4])
        m = int(s[5:7]) if len(s) >= 7 else 1
        d = int(s[8:10]) if len(s) >= 10 else 1
        return date(y, m, d)

    def last(s: str) -> date:
        y = int(s[:4])
        if len(s) >= 10:
            return date.fromisoformat(s[:10])
        if len(s) >= 7:
            m = int(s[5:7])
            return date(y, m, calendar.monthrange(y, m)[1])
        return date(y, 12, 31)

    return first(v.value), last(v.end or v.value)


def shift_year(t: Timex, year: int) -> Timex:
    """The same expression with its year set (used when a document's year is inferred)."""
    return replace(t, year=year)
