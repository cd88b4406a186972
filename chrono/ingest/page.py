"""One scraped page in, its articles out.

    page_articles(text, "news/000.txt")  # (Article(kind="main", ...), Article(kind="related", ...), ...)

A page holds its main article and then others: after a marker ("إقرأ أيضاً:", "مقالات مشابهة"), under a
second headline and dateline, or glued on without a newline ("...الدمار.عنوان آخر تحديث: 10 يوليوز 2017 ...").
A marker followed by bullets is a list of headlines, one article of kind "related-headlines".

Each article's head (masthead, title, dateline, byline) is read off and kept out of its text: the date engine
runs on the text, and a dateline left there would become a dated event of its own. Furniture (furniture.py)
is dropped too, once it has had its say on the outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from chrono.arabic import normalise
from chrono.ingest.byline import Byline, match_byline
from chrono.ingest.dateline import Dateline, glued_starts, lead_dateline, match_dateline, settle
from chrono.ingest.furniture import BULLET, FURNITURE, RELATED_MARKERS, SECTION_LABEL, SOURCE_LABELS, Where
from chrono.ingest.outlets import GENERIC_SOURCES, KNOWN_OUTLETS
from chrono.model import Article, ArticleKind


def _alternatives(phrases: Iterable[str]) -> str:
    """One regex alternation of folded phrases, longest first so that no phrase hides a longer one."""
    return "|".join(re.escape(normalise(p)) for p in sorted(phrases, key=len, reverse=True))


def _furniture(where: Where) -> str:
    return _alternatives(p for f in FURNITURE if f.where == where for p in f.phrases)


_FURNITURE_LINE = re.compile(_furniture("line"))
_FURNITURE_START = re.compile(rf"(?:{_furniture('start')})(?!\w)")
_FURNITURE_INSIDE = re.compile(_furniture("inside"))
_SOURCE = re.compile(rf"(?:{_alternatives(SOURCE_LABELS)})\s*:")
_MARKER = re.compile(rf"(?:{_alternatives(RELATED_MARKERS)})\s*(?::.*)?")
_KNOWN_OUTLET = re.compile(rf"(?<!\w)(?:{_alternatives(KNOWN_OUTLETS)})(?!\w)")
_OUTLET_BY_FOLD = {normalise(o): o for o in KNOWN_OUTLETS}
_GENERIC = frozenset(normalise(s) for s in GENERIC_SOURCES)
_SECTION_LABEL = re.compile(SECTION_LABEL)
_BULLET = re.compile(BULLET)
_EDGES = re.compile(r"^[\s\u200e\u200f\u202a-\u202e\ufeff]+|[\s\u200e\u200f\u202a-\u202e\ufeff]+$")
# A full stop ends a title's sentence; ".." inside a title ("“اجتماع روما”.. رغبة") does not.
_FULL_STOP = re.compile(r"(?<!\.)\.[\"'”»)\]]*$")
_SENTENCE_END = re.compile(r"(?<!\.)[.!؟?](?!\.)[\"'”»)\]]*")
_ENDS_SENTENCE = re.compile(r"[.!؟?…][\"'”»)\]]*$")
_MAX_TITLE_WORDS = 25
_MAX_MASTHEAD_WORDS = 3
_MAX_SOURCE_WORDS = 6
# How many lines under a title a related article's dateline or byline may come.
_HEAD_LINES = 2


@dataclass(frozen=True, slots=True)
class _Line:
    """A non-blank line, folded and classified once: pages are read line by line by several rules."""

    text: str
    folded: str
    furniture: bool
    source: str | None  # the outlet a source line names ("المصدر: البوابة نيوز")


@dataclass(frozen=True, slots=True)
class _Segment:
    """Consecutive lines of one article, furniture included (it may name the outlet)."""

    kind: ArticleKind
    marker: str | None
    lines: tuple[_Line, ...]


@dataclass(frozen=True, slots=True)
class _Head:
    masthead: str | None
    title: str | None
    dateline: Dateline | None
    byline: Byline | None
    body: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Draft:
    kind: ArticleKind
    title: str | None
    outlet: str | None
    published: date | None
    published_from: str | None
    text: str


def page_articles(text: str, name: str) -> tuple[Article, ...]:
    """Every article of a page, in page order; `name` (the file's corpus path) makes their ids."""
    drafts = [draft for segment in _segments(_lines(text)) for draft in _drafts(segment)]
    return tuple(
        Article(
            id=f"{name}#{index}",
            file=name,
            index=index,
            kind=d.kind,
            title=d.title,
            outlet=d.outlet,
            published=d.published,
            published_from=d.published_from,
            text=d.text,
        )
        for index, d in enumerate(drafts)
    )


def _lines(text: str) -> list[_Line]:
    """Non-blank lines without edge spaces or direction marks, with glued articles pulled apart."""
    lines: list[_Line] = []
    for raw in text.splitlines():
        stripped = _EDGES.sub("", raw)
        if stripped:
            lines.extend(_line(part) for part in _unglue(stripped))
    return lines


def _line(text: str) -> _Line:
    folded = normalise(text)
    source = _source(text, folded)
    furniture = source is not None or bool(
        _SECTION_LABEL.fullmatch(text)
        or _FURNITURE_LINE.fullmatch(folded.rstrip(" :"))
        or _FURNITURE_START.match(folded)
        or _FURNITURE_INSIDE.search(folded)
    )
    return _Line(text, folded, furniture, source)


def _unglue(line: str) -> list[str]:
    """Split a line where a labelled dateline sits mid-line: the text before its title, the title, the rest.

    "...بسبب حجم الدمار.الموصل تطوي صفحة «داعش» آخر تحديث: 10 يوليوز 2017 - 4:05 م ..." becomes three lines.
    """
    parts: list[str] = []
    last = 0
    for at in glued_starts(line):
        before = line[last:at]
        cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
        parts.extend(p for p in (before[:cut].strip(), before[cut:].strip()) if p)
        last = at
    return [*parts, line[last:]]


def _segments(lines: list[_Line]) -> list[_Segment]:
    """Cut at markers, and at a second headline and dateline after some prose (a page without markers).

    A marker with a title after it on the same line ("اقرأ أيضاً: عنوان") and no dateline or byline below is
    a link set inside the article, which goes on under it: the line is dropped and nothing is cut.
    """
    segments: list[_Segment] = []
    kind: ArticleKind = "main"
    marker: str | None = None
    current: list[_Line] = []
    prose = False  # whether current[:-1] holds prose: a headline right after a title is no new article
    for at, line in enumerate(lines):
        found = _marker(line)
        if found is not None and found[1] and not _has_head(lines[at + 1 : at + 1 + _HEAD_LINES]):
            continue
        if found is not None:
            segments.append(_Segment(kind, marker, tuple(current)))
            kind, (marker, rest) = "related", found
            current, prose = ([_line(rest)] if rest else []), False
            continue
        if prose and _headline(current[-1]) and _dateline_at(line.text) is not None:
            segments.append(_Segment(kind, marker, tuple(current[:-1])))
            kind, marker, current, prose = "related", None, current[-1:], False
        prose = prose or bool(current and _prose(current[-1]))
        current.append(line)
    segments.append(_Segment(kind, marker, tuple(current)))
    return segments


def _has_head(lines: list[_Line]) -> bool:
    return any(_dateline_at(line.text) is not None or match_byline(line.text) is not None for line in lines)


def _drafts(segment: _Segment) -> Iterator[_Draft]:
    text_lines = [line for line in segment.lines if not line.furniture]
    if segment.kind == "related" and text_lines and _BULLET.match(text_lines[0].text):
        yield from _headlines(segment)
        return
    head = _head(text_lines, masthead=segment.kind == "main")
    text = "\n".join(head.body)
    if not text:
        return
    published, published_from = None, None
    if head.dateline is not None:
        published, published_from = settle(head.dateline, text), head.dateline.text
    elif (lead := lead_dateline(text)) is not None:
        published, published_from = lead.published, lead.text
    outlet = _outlet(segment.lines, head)
    yield _Draft(segment.kind, head.title, outlet, published, published_from, text)


def _headlines(segment: _Segment) -> Iterator[_Draft]:
    """The bulleted headlines at the head of `segment` as one article; whatever follows them is read again."""
    headlines: list[str] = []
    for at, line in enumerate(segment.lines):
        if line.furniture:
            continue
        bullet = _BULLET.match(line.text)
        if bullet is None:
            yield _Draft("related-headlines", segment.marker, None, None, None, "\n".join(headlines))
            yield from _drafts(_Segment("related", None, segment.lines[at:]))
            return
        headlines.append(line.text[bullet.end() :])
    yield _Draft("related-headlines", segment.marker, None, None, None, "\n".join(headlines))


def _head(lines: list[_Line], masthead: bool) -> _Head:
    """Masthead (main articles only), title, then dateline and byline in either order, then the body.

    The first dateline is the publication's; a second one in the head (an update time) is dropped with it. A
    masthead is a site name of a few words above the real headline ("العراق اليوم"); a title repeated on
    the next line (a page's h1 and its og:title) counts once.
    """
    at = 0
    site = None
    if (
        masthead
        and len(lines) > 1
        and len(lines[0].text.split()) <= _MAX_MASTHEAD_WORDS
        and lines[0].folded != lines[1].folded
        and _headline(lines[0])
        and _headline(lines[1])
    ):
        site, at = lines[0].text, 1
    title = None
    if at < len(lines) and _headline(lines[at]):
        title, at = lines[at], at + 1
        while at < len(lines) and lines[at].folded == title.folded:
            at += 1
    dateline: Dateline | None = None
    byline: Byline | None = None
    body = [line.text for line in lines[at:]]
    while body:
        piece = body[0]
        if (found := _dateline_at(piece)) is not None:
            dateline, rest = dateline or found, piece[found.end :]
        elif byline is None and (credit := match_byline(piece)) is not None:
            byline, rest = credit, piece[credit.end :]
        else:
            break
        body = ([rest.strip()] if rest.strip() else []) + body[1:]
    return _Head(site, title.text if title else None, dateline, byline, tuple(body))


def _outlet(lines: tuple[_Line, ...], head: _Head) -> str | None:
    """The outlet: a specific "المصدر:" line, else the byline, else a known name in the footer or masthead,
    else a generic "المصدر: وكالات"."""
    sources = [line.source for line in lines if line.source]
    specific = [s for s in sources if normalise(s) not in _GENERIC]
    if specific:
        return specific[0]
    if head.byline is not None and head.byline.outlet:
        return head.byline.outlet
    footer = [line.folded for line in lines if line.furniture] + (
        [normalise(head.masthead)] if head.masthead else []
    )
    for folded in footer:
        known = _KNOWN_OUTLET.search(folded)
        if known:
            return _OUTLET_BY_FOLD[known.group()]
    return sources[0] if sources else None


def _dateline_at(piece: str) -> Dateline | None:
    """A dateline at the start of `piece`, perhaps after a section label ("سياسية |   07:17 – 04/09/2019")."""
    label = _SECTION_LABEL.match(piece)
    if label is not None:
        found = match_dateline(piece[label.end() :])
        if found is not None:
            return replace(found, end=found.end + label.end())
    return match_dateline(piece)


def _headline(line: _Line) -> bool:
    """Short, no final full stop, and none of the other things a short line can be (cheap tests first)."""
    return (
        len(line.text.split()) <= _MAX_TITLE_WORDS
        and not _FULL_STOP.search(line.text)
        and not line.text.endswith(":")
        and not line.furniture
        and _marker(line) is None
        and _dateline_at(line.text) is None
        and match_byline(line.text) is None
    )


def _prose(line: _Line) -> bool:
    return len(line.text.split()) > _MAX_TITLE_WORDS or bool(_ENDS_SENTENCE.search(line.text))


def _source(text: str, folded: str) -> str | None:
    """The outlet a source line names: "المصدر: البوابة نيوز" -> "البوابة نيوز"."""
    if not _SOURCE.match(folded):
        return None
    name = text.split(":", 1)[1].strip()
    return name if 0 < len(name.split()) <= _MAX_SOURCE_WORDS else None


def _marker(line: _Line) -> tuple[str, str] | None:
    """A related-articles marker: its words as written, and a title that follows it on the line, if any."""
    if not _MARKER.fullmatch(line.folded):
        return None
    words, _, rest = line.text.partition(":")
    return words.strip(), rest.strip()
