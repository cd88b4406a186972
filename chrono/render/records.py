"""What the site shows of one event and of one article, rendered once.

A site is its events and articles joined: a year page is event cards in order, the data files a line or
a row per event and per article, the search index a doc for each. A record holds those pieces for one
event (`event_record`) or article (`article_record`), made from it alone, so that a rebuild renders only
the events and articles that are new and joins them with the records it kept (pipeline.py).

    records = [event_record(e, articles, cards()) for e in chronology.events]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from chrono.model import Article, Entity, Event
from chrono.render import dates, exports, links, pages, search

CardMaker = Callable[[pages.Card], Markup]


@dataclass(frozen=True)
class ArticleRecord:
    """An article as the event cards, the home page and the data files show it: no text."""

    id: str
    title: str | None
    outlet: str | None
    published: date | None
    json: str  # its line of events.json's "articles"
    search: str  # its doc of the search index, as JSON


@dataclass(frozen=True)
class EventRecord:
    """An event as every part of the site shows it."""

    id: str
    date: str
    mod: str | None
    start: date
    end: date
    title: str
    label: dates.DateLabel
    group: str  # the section of its year page: a month "2017-12", or pages.COARSE_GROUP
    entities: tuple[Entity, ...]
    outlets: tuple[str, ...]  # the values its card offers the page's filters
    places: tuple[str, ...]
    actors: tuple[str, ...]
    articles: tuple[str, ...]  # the ids of the articles it cites, earliest first
    card: str  # its card on its year page (HTML)
    json: str  # its line of events.json's "events"
    csv: str  # its row of events.csv
    ics: tuple[str, str]  # its VEVENT of events.ics, before and after the DTSTAMP line
    search: str  # its doc of the search index, as JSON


def article_record(article: Article) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        json=exports.json_line(exports.article_fields(article)),
        search=search.article_doc(article),
    )


def cards() -> CardMaker:
    """The card macro of the year pages' template."""
    return pages.environment().get_template("_card.html.j2").module.card  # type: ignore[attr-defined]


def event_record(event: Event, articles: Mapping[str, ArticleRecord], card: CardMaker) -> EventRecord:
    """`articles`: at least those `event` cites, which get a link to their page."""
    made = pages.card(event, articles, links.root(links.year_page(event.start.year)))
    cited = tuple(dict.fromkeys(m.article for m in exports.ordered_mentions(event.mentions)))
    fields = exports.event_fields(event, {a: articles[a].title for a in cited if a in articles})
    return EventRecord(
        id=event.id,
        date=event.date,
        mod=event.mod,
        start=event.start,
        end=event.end,
        title=event.title,
        label=made.date,
        group=pages.group_of(event),
        entities=event.entities,
        outlets=made.outlets,
        places=made.places,
        actors=made.actors,
        articles=cited,
        card=str(card(made)),
        json=exports.json_line(fields),
        csv=exports.csv_row(fields),
        ics=exports.ics_event(fields),
        search=search.event_doc(event),
    )
