"""Publication datelines: where an article says when it was published, and which day that is.

    match_dateline("تاريخ النشر: 25th, March 2024 GMT").published  # date(2024, 3, 25)

Forms, one rule each:
- a label and a date, which may run on into the rest of a glued line: "تاريخ النشر: 25th, March 2024 GMT",
  "آخر تحديث: 29 يوليوز 2025 - 1:13 م بغداد/ ...", "نشر في 27 تشرين الأول 2019";
- a piece that is only a date: numeric "07:17 – 04/09/2019" (day first), Arabic "الأحد 10 ديسمبر 2017";
- a lead sentence that names its own day: "كشف مصدر، اليوم الاثنين (3 آذار 2025)، عن ..." (`lead_dateline`).

Arabic month names of every system and weekday joins come from the date engine, called without a
publication date so that only fully written dates count. Latin dates ("25th, March 2024 GMT", ISO stamps)
go to dateparser with its absolute parser only: its relative parsers turn "today" into the day the corpus
happens to be read. Every `Dateline.text` is the exact substring of the page (`Article.published_from`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateparser.date import DateDataParser

from chrono.arabic import normalise, normalise_with_offsets, sentences, to_source_span
from chrono.temporal import find_dates
from chrono.temporal.lexicon.weekdays import WEEKDAYS


@dataclass(frozen=True, slots=True)
class Label:
    """Words that introduce a dateline. `glued`: also found mid-line, where a scraper ran a title and the
    next article together ("...يعلن النصر آخر تحديث: 10 يوليوز 2017"); only labels with a colon are."""

    text: str
    glued: bool
    note: str = ""


LABELS: tuple[Label, ...] = (
    Label("تاريخ النشر", True),
    Label("آخر تحديث", True, "some sites print only the time of the last update"),
    Label("تاريخ التحديث", True),
    Label("تاريخ الإضافة", True),
    Label("نشر في", False, "also 'نُشر في'; mid-line it is prose: 'الخبر الذي نشر في 5 أيار'"),
    Label("نشر بتاريخ", False),
    Label("بتاريخ", False),
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A publication date and the exact text it was read from.

    `end` is the offset just past the dateline (and its clock time) in the string searched. `month_first` is
    the other reading of a numeric date whose first two numbers could both be months (04/09/2019); `settle`
    picks between the two with the weekday the article names.
    """

    published: date
    text: str
    end: int
    month_first: date | None = None


def _alternatives(labels: Iterable[Label]) -> str:
    """One regex alternation of folded labels, longest first so that no label hides a longer one."""
    return "|".join(
        re.escape(normalise(x.text)) for x in sorted(labels, key=lambda x: len(x.text), reverse=True)
    )


_LABEL = re.compile(rf"\s*(?P<label>{_alternatives(LABELS)})\s*:?\s*")
_GLUED = re.compile(rf"(?:{_alternatives(label for label in LABELS if label.glued)})\s*:")
# Day/month/year with an optional clock time before it: "07:17 - 04/09/2019" (text already normalised).
_NUMERIC = re.compile(
    r"(?:\d{1,2}:\d{2}\s*[-|،,]?\s*)?(?P<a>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<year>\d{4})(?!\d)"
)
# A clock time after the date: "- 1:13 م", "04/09/2019 07:17".
_CLOCK = re.compile(r"\s*[-|،,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:صباحا|مساء|ص|م|am|pm|gmt))?(?!\w)")
_LATIN = re.compile(r"[a-z0-9][a-z0-9 ,.:+/-]*")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A written-out day always has its year (no publication date to borrow one from): without four digits in a
# piece, the date engine is not run on it. Raw text, so Arabic-Indic and Persian digits count too.
_YEAR = re.compile(r"[0-9٠-٩۰-۹]{4}")
_WEEKDAY = re.compile("|".join(normalise(form) for form, _ in WEEKDAYS if form.startswith("ال")))
# What may follow a bare date on its line without making it the start of a sentence.
_TRAILING = " \t.,،-|"
# Enough of a line to hold any written date ("الأربعاء 17 تشرين الأول/أكتوبر 2016") and its clock.
_DATE_WINDOW = 60
# The most words a bare dateline has ("الأربعاء، 17 تشرين الأول / أكتوبر 2016 - 10:30 صباحاً"): a longer
# piece without a label is a sentence, and is passed over without running the date engine on it.
_MAX_BARE_WORDS = 12
# How much of a piece is read for a dateline: a label, a date and a clock time, never a whole glued line.
_HEAD_CHARS = 120


@dataclass(frozen=True, slots=True)
class _Found:
    published: date
    end: int  # in the normalised text
    month_first: date | None = None


def match_dateline(piece: str) -> Dateline | None:
    """The dateline at the start of `piece`, if it has one.

    A bare date must fill the piece, or it is the start of a sentence that mentions a date; after a label
    the rest of the piece may go on (a glued byline and body).
    """
    return _match(piece[:_HEAD_CHARS], len(piece) > _HEAD_CHARS)


@lru_cache(maxsize=4096)
def _match(head: str, cut: bool) -> Dateline | None:
    """`match_dateline` on the head of a piece (`cut`: the piece goes on past it). Cached: a page's head lines
    are asked about by several rules (ungluing, segmenting, reading the head) and the date engine is slow."""
    norm, offsets = normalise_with_offsets(head)
    label = _LABEL.match(norm)
    if label is None and (cut or len(head.split()) > _MAX_BARE_WORDS):
        return None
    start = label.end() if label else len(norm) - len(norm.lstrip())
    for rule in _RULES:
        found = rule(head, norm, offsets, start)
        if found is None:
            continue
        clock = _CLOCK.match(norm, found.end)
        end = clock.end() if clock else found.end
        if label or not norm[end:].strip(_TRAILING):
            first, last = to_source_span(offsets, label.start("label") if label else start, end)
            return Dateline(found.published, head[first:last], last, found.month_first)
    return None


def glued_starts(line: str) -> list[int]:
    """Where labelled datelines start in the middle of `line`, each after a title glued to it; in one pass,
    as a scraped page can run a whole archive into one line."""
    if ":" not in line:  # every glued label ends in a colon; most lines are passed over without folding
        return []
    norm, offsets = normalise_with_offsets(line)
    lead = len(line) - len(line.lstrip())
    return [
        start
        for m in _GLUED.finditer(norm)
        if (start := offsets[m.start()]) > lead and match_dateline(line[start : start + _HEAD_CHARS])
    ]


def lead_dateline(body: str) -> Dateline | None:
    """A date in the first sentence that names its own weekday: "اليوم الاثنين (3 آذار 2025)".

    The weekday is required: a lead's bare full date is usually the event's ("ألقاه مساء 10 أيلول 2014"),
    not the day of writing.
    """
    spans = sentences(body)
    if not spans:
        return None
    first, last = spans[0]
    if not _YEAR.search(body, first, last):
        return None
    for m in find_dates(body[first:last]):
        if m.value and _DAY_VALUE.fullmatch(m.value) and _WEEKDAY.search(normalise(m.text)):
            return Dateline(date.fromisoformat(m.value), m.text, first + m.end)
    return None


def settle(dateline: Dateline, body: str) -> date:
    """Day first, unless the lead names a weekday that only the month-first reading falls on.

    "الأربعاء" under 04/09/2019 keeps 4 September 2019 (a Wednesday); under 09/04/2019 it would make
    9 April (a Tuesday) give way to 4 September.
    """
    if dateline.month_first is None:
        return dateline.published
    spans = sentences(body)[:2]
    lead = body[spans[0][0] : spans[-1][1]] if spans else ""
    if not _names_weekday(lead, dateline.published) and _names_weekday(lead, dateline.month_first):
        return dateline.month_first
    return dateline.published


def parse_published(value: str) -> date | None:
    """A record's publication date field ("2020-01-03T08:15:00+03:00", "3 آذار 2025"), or None."""
    found = match_dateline(value)
    return found.published if found else None


def _names_weekday(text: str, day: date) -> bool:
    return any(
        m.value == day.isoformat() and _WEEKDAY.search(normalise(m.text))
        for m in find_dates(text, published=day)
    )


def _numeric(head: str, norm: str, offsets: list[int], start: int) -> _Found | None:
    m = _NUMERIC.match(norm, start)
    if m is None:
        return None
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    day_first, month_first = _day(year, b, a), _day(year, a, b)
    if day_first is None:
        return _Found(month_first, m.end()) if month_first else None
    return _Found(day_first, m.end(), month_first if month_first != day_first else None)


def _named(head: str, norm: str, offsets: list[int], start: int) -> _Found | None:
    """A date written with a month name, through the date engine (every month system, weekday joins)."""
    at = offsets[start]
    window = head[at : at + _DATE_WINDOW]
    if not _YEAR.search(window):
        return None
    for m in find_dates(window):
        if window[: m.start].strip():
            return None
        if m.value and _DAY_VALUE.fullmatch(m.value):
            return _Found(date.fromisoformat(m.value), bisect_left(offsets, at + m.end))
        return None
    return None


def _latin(head: str, norm: str, offsets: list[int], start: int) -> _Found | None:
    """A Latin-script date through dateparser; a run that overshoots into other words is cut back a word at a
    time ("25th, March 2024 GMT 12 comments")."""
    m = _LATIN.match(norm, start)
    if m is None:
        return None
    words = m.group().rstrip(" ,.:/+-").split(" ")
    for keep in range(len(words), max(len(words) - 4, 0), -1):
        text = " ".join(words[:keep]).rstrip(" ,.:/+-")
        parsed = _parser().get_date_data(text).date_obj
        if parsed is not None:
            return _Found(parsed.date(), start + len(text))
    return None


_RULES: tuple[Callable[[str, str, list[int], int], _Found | None], ...] = (_numeric, _named, _latin)


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    """Built once, on first use: building it loads dateparser's language data (about half a second)."""
    return DateDataParser(
        languages=["en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["absolute-time"],
        },
    )


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
