"""What the site shows of one event and of one article, rendered once.

A site is its events and articles joined: a year page is event cards in order, the data files a line or
a row per event and per article, the search index a doc for each, the timeline a point per event. A
record holds those pieces for one event (`event_record`) or article (`article_record`), made from it
alone, so that a rebuild renders only the events and articles that are new and joins them with the
records it kept (pipeline.py). The pieces of the data files and of the search index, and the cards, are
UTF-8 bytes, as written: joining and writing 50 MB of them at 10,000 events took three times as long as
text, and a rebuild reads every record back but shows few cards anew.

    records = [event_record(e, articles, cards()) for e in chronology.events]
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import date
from typing import NamedTuple

from markupsafe import Markup

from chrono.model import Article, Event
from chrono.render import charts, dates, exports, links, pages, search

CardMaker = Callable[[pages.Card], Markup]


class ArticleRecord(NamedTuple):
    """An article as the event cards, the home page and the data files show it: no text."""

    id: str
    title: str | None
    outlet: str | None
    published: date | None
    json: bytes  # its line of events.json's "articles"
    search: bytes  # its doc of the search index, as JSON


class EventRecord(NamedTuple):
    """An event as every part of the site shows it. Records, and what they hold, are named tuples: every
    build reads all of them back from the cache, and a tuple unpickles in a third of a dataclass's time."""

    id: str
    date: str
    mod: str | None
    start: date
    end: date
    title: str
    label: dates.DateLabel
    group: str  # the section of its year page: a month "2017-12", or pages.COARSE_GROUP
    outlets: tuple[str, ...]  # the values its card offers the page's filters
    places: tuple[str, ...]
    actors: tuple[str, ...]
    articles: tuple[str, ...]  # the ids of the articles it cites, earliest first
    card: bytes  # its card on its year page (HTML, UTF-8: decoded only for a year page rendered anew)
    point: charts.Point  # its point on the timeline
    json: bytes  # its line of events.json's "events"
    csv: bytes  # its row of events.csv
    ics: tuple[bytes, bytes]  # its VEVENT of events.ics, before and after the DTSTAMP line
    search: bytes  # its doc of the search index, as JSON
    # A digest of what the page of an article it cites shows of it: a rebuild tells an unchanged article
    # page by its events' citations (pages.ArticlePage.inputs).
    citation: str
    # A digest of all of the above: a page made from records tells that they are unchanged by their
    # digests alone (pages.py), rather than by reading every card.
    digest: str


def article_record(article: Article) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        json=exports.json_line(exports.article_fields(article)).encode(),
        search=search.article_doc(article).encode(),
    )


def cards() -> CardMaker:
    """The card macro of the year pages' template."""
    return pages.environment().get_template("_card.html.j2").module.card  # type: ignore[attr-defined]


def event_record(event: Event, articles: Mapping[str, ArticleRecord], card: CardMaker) -> EventRecord:
    """`articles`: at least those `event` cites, which get a link to their page."""
    made = pages.card(event, articles, links.root(links.year_page(event.start.year)))
    cited = tuple(dict.fromkeys(m.article for m in exports.ordered_mentions(event.mentions)))
    fields = exports.event_fields(event, {a: articles[a].title for a in cited if a in articles})
    before_stamp, after_stamp = exports.ics_event(fields)
    record = EventRecord(
        id=event.id,
        date=event.date,
        mod=event.mod,
        start=event.start,
        end=event.end,
        title=event.title,
        label=made.date,
        group=pages.group_of(event),
        outlets=made.outlets,
        places=made.places,
        actors=made.actors,
        articles=cited,
        card=str(card(made)).encode(),
        point=charts.point(event),
        json=exports.json_line(fields).encode(),
        csv=exports.csv_row(fields).encode(),
        ics=(before_stamp.encode(), after_stamp.encode()),
        search=search.event_doc(event).encode(),
        citation=pages.citation(event),
        digest="",
    )
    return _with_digest(record)


def _with_digest(record: EventRecord) -> EventRecord:
    """`record` with the digest of everything else it holds."""
    held = record[: EventRecord._fields.index("digest")]
    return record._replace(digest=hashlib.sha256(repr(held).encode()).hexdigest())
