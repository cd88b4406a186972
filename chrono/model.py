"""The values that flow between chrono's stages, and their JSON form.

Every value is a frozen dataclass: stages return new values (`dataclasses.replace`), never mutate,
so each per-article stage is a pure function that can be cached and run in parallel. No `slots`: the cache
holds these pickled, and a slotted dataclass unpickles through Python code field by field (Python 3.11),
several times slower than setting a plain instance's __dict__ (the same holds for the records, items and
summaries kept between builds).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

ArticleKind = Literal["main", "related", "related-headlines"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EntityKind = Literal["PER", "LOC", "ORG"]


@dataclass(frozen=True)
class Article:
    """One article cut out of a corpus file.

    `id` is stable: the file's path relative to the corpus plus the article's index in the file.
    `published` is None when no dateline was found; `published_from` then is None too (never invented).
    """

    id: str
    file: str
    index: int
    kind: ArticleKind
    title: str | None
    outlet: str | None
    published: date | None
    published_from: str | None
    text: str
    url: str | None = None


@dataclass(frozen=True)
class Mention:
    """A date expression found in a text, with its TIMEX3 value resolved against an anchor.

    `start`/`end` are character offsets into the text that was searched. `first`/`last` are the calendar
    interval the value covers (None for durations, sets and unresolved values), used to order and merge.
    An unresolved expression has `value` None and says why in `reason`; a value the text only implies (a year
    inferred without a publication date) says how in `reason` too.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str | None
    mod: str | None = None
    anchor: date | None = None
    first: date | None = None
    last: date | None = None
    rule: str = ""
    reason: str | None = None


@dataclass(frozen=True)
class Entity:
    """A person, place or organisation, under its canonical name."""

    name: str
    kind: EntityKind


@dataclass(frozen=True)
class EventMention:
    """One dated statement: the sentence of an article that a date expression anchors."""

    article: str
    file: str
    outlet: str | None
    published: date | None
    title: str | None
    sentence: str
    sentence_start: int
    mention: Mention | None
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class Event:
    """One real-world event, merged from every mention of it across articles and grains."""

    id: str
    date: str
    mod: str | None
    start: date
    end: date
    title: str
    summary: str
    mentions: tuple[EventMention, ...]
    entities: tuple[Entity, ...] = ()
    outlets: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Chronology:
    """The merged result over a whole corpus: dated events in order, and what could not be placed."""

    events: tuple[Event, ...]
    undated: tuple[EventMention, ...]


@dataclass(frozen=True)
class FileExtraction:
    """What the per-file stages (ingest, dates, event mentions) give for one corpus file; the cached unit."""

    file: str
    articles: tuple[Article, ...]
    mentions: tuple[tuple[Mention, ...], ...]  # per article, in the same order
    events: tuple[EventMention, ...]
    problems: tuple[str, ...]
    skipped: bool
    key: str = ""  # the file's cache key (content, corpus name, chrono's code); "" for a file not read


def to_json(value: Any) -> Any:
    """The JSON form of any model value: dates as ISO strings, tuples as lists, dataclasses as dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value
