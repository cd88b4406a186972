"""The site's pages, rendered from the jinja2 templates in templates/: each page's shell (its front matter)
for mkdocs and its body, which site.py puts into the shell mkdocs builds; and the bodies of the article
pages, which go into the one article shell.

Every page is front matter (front.md.j2) plus one HTML block (its own template), and jinja2's autoescape
turns anything that looks like markup in an article into text; the block never passes through Markdown.
Page titles are the one exception to "escape in the template": mkdocs-material prints `page.meta.title`
unescaped (in <title>, the header, the search index), so `front_title` escapes them once, here.

    bodies = write(docs, event_records, undated, article_records)  # shells into docs; bodies by page
    html = bodies[links.year_page(2017)].render()
    for page in article_pages(event_records, article_sources): page.render(article_template())
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from chrono.model import Article, Event, EventMention, Mention
from chrono.render import charts, dates, exports, links, marks

if TYPE_CHECKING:
    from chrono.render.records import ArticleRecord, EventRecord

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
COARSE_GROUP = "coarse"
# Where a page's shell (the page as mkdocs builds it) takes the page's body, and the article shell
# (its title) each article's title: ASCII words no Arabic article and no theme contains.
ARTICLE_TITLE = "chrono-article-title-8d2f"
# A heading, so that material adds no title heading of its own (it does to a page without one): every
# body opens with its own h1.
BODY = "<h1>chrono-page-body-8d2f</h1>"


@dataclass(frozen=True, slots=True)
class Source:
    """An article an event cites, as its card lists it."""

    outlet: str | None
    title: str | None
    published: str | None
    page: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    """A source sentence with its date expression marked."""

    sentence: Markup
    outlet: str | None
    page: str | None


@dataclass(frozen=True, slots=True)
class Card:
    """One event on a year page."""

    anchor: str
    date: dates.DateLabel
    title: str
    summary: str
    quotes: tuple[Quote, ...]
    sources: tuple[Source, ...]
    outlets: tuple[str, ...]
    places: tuple[str, ...]
    actors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """The cards of one month of a year page (key "2017-12"), or of the events dated more coarsely."""

    key: str
    heading: str
    cards: tuple[Markup, ...]


@dataclass(frozen=True, slots=True)
class Body:
    """A page's body before it is rendered. `inputs` is everything a year page's body is made from besides
    chrono's code and templates (its year, the years of the menu, its records' digests), so that a rebuild
    can tell an unchanged page without rendering it; None for the other pages, which are rendered on
    every build (the home page shows every event; the rest are small)."""

    inputs: str | None
    render: Callable[[], str]


def write(
    docs: Path,
    events: Sequence[EventRecord],
    undated: Sequence[EventMention],
    articles: Sequence[ArticleRecord],
) -> dict[str, Body]:
    """The site's pages from the records of the events (in the chronology's order,
    `exports.ordered_events`) and articles, and the undated statements (in `exports.ordered_mentions`'
    order). `docs` gets what mkdocs builds: each page's shell, its front matter with BODY for a body,
    and the article shell, whose title is ARTICLE_TITLE, from which each article's page is made
    (site.py). The bodies, to put into the built shells, are returned by page."""
    env = environment()
    by_year: dict[int, list[EventRecord]] = defaultdict(list)
    for event in events:
        by_year[event.start.year].append(event)
    years = sorted(by_year)

    bodies: dict[str, Body] = {}

    def shell(name: str, title: str) -> None:
        path = docs / links.source(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(env.get_template("front.md.j2").render(title=title) + BODY + "\n", encoding="utf-8")

    def page(
        name: str,
        title: str,
        template: str,
        context: Callable[[], dict[str, object]],
        inputs: str | None = None,
    ) -> None:
        """The page's shell into `docs`; its body into `bodies`, to be rendered when it is needed."""
        shell(name, title)
        render = env.get_template(template).render
        bodies[name] = Body(inputs, lambda: render(root=links.root(name), links=links, **context()))

    page(links.HOME, "الرئيسية", "home.html.j2", partial(_home, events, articles, undated))
    for year in years:
        page(
            links.year_page(year),
            str(year),
            "year.html.j2",
            partial(_year, year, by_year[year], years),
            inputs="\n".join((repr((year, years)), *(e.digest for e in by_year[year]))),
        )
    shell(links.ARTICLE_SHELL, ARTICLE_TITLE)
    page(links.UNDATED, "بلا تاريخ", "undated.html.j2", partial(_undated, undated, articles))
    page(links.DATA, "البيانات", "data.html.j2", lambda: {"fields": exports.CSV_FIELDS, "join": exports.JOIN})
    return bodies


def _home(
    events: Sequence[EventRecord], articles: Sequence[ArticleRecord], undated: Sequence[EventMention]
) -> dict[str, object]:
    """What the home page shows: the chronology's coverage and charts, the years, the outlets."""
    per_year = Counter(e.start.year for e in events)
    return {
        "events": events,
        "first": events[0].label if events else None,
        "last": events[-1].label if events else None,
        "articles": articles,
        "outlets": _ranked(Counter(a.outlet for a in articles if a.outlet)),
        "years": sorted(per_year.items()),
        "undated": len(undated),
        "timeline": charts.timeline(events),
        "per_month": charts.per_month(events),
        "coarse": charts.coarse_count(events),
    }


def _year(year: int, events: Sequence[EventRecord], years: Sequence[int]) -> dict[str, object]:
    """What a year page shows: its events, by month, and the filters over them; the menu of the years."""
    return {
        "year": year,
        "groups": _groups(events),
        "hijri": dates.label(str(year), None).hijri,
        "years": years,
        "filters": _filters(events),
    }


def _undated(undated: Sequence[EventMention], articles: Sequence[ArticleRecord]) -> dict[str, object]:
    """What the page of undated statements shows: each with its quote and the reason it has no date."""
    by_id = {a.id: a for a in articles}
    return {
        "items": [(m, _quote(m, by_id, links.root(links.UNDATED)), _reason(m)) for m in undated],
        "titles": {a.id: a.title for a in articles},
    }


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """An article before its text is read: `content` identifies the article and its date mentions (a
    rebuild tells an unchanged page by it), `load` reads them."""

    id: str
    content: str
    load: Callable[[], tuple[Article, Sequence[Mention]]]


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """An article's page before it is rendered: `inputs` is everything its body is made from, so that a
    rebuild can tell an unchanged page without rendering it."""

    name: str
    source: ArticleSource
    events: tuple[EventRecord, ...]

    @property
    def inputs(self) -> str:
        return "\n".join((self.name, self.source.content, *(e.citation for e in self.events)))

    def render(self, template: jinja2.Template) -> tuple[str, str]:
        """The page's title (HTML-escaped, as material prints a page title) and body."""
        article, found = self.source.load()
        mentions = sorted(found, key=lambda m: (m.start, m.end))
        body = template.render(
            root=links.root(self.name),
            links=links,
            article=article,
            published=_published(article),
            url=article.url if _is_web(article.url) else None,
            text=marks.paragraphs(article.text, [marks.mention_span(m) for m in mentions]),
            mentions=mentions,
            events=[(e, e.label) for e in self.events],
        )
        return escape(page_title(article.title)), body


def article_pages(events: Sequence[EventRecord], sources: Iterable[ArticleSource]) -> Iterator[ArticlePage]:
    """Each article's page: the article, its date mentions in text order, the events that cite it (in the
    chronology's order, as `events` is)."""
    cited: dict[str, list[EventRecord]] = defaultdict(list)
    for event in events:
        for article_id in event.articles:
            cited[article_id].append(event)
    for source in sources:
        yield ArticlePage(links.article_page(source.id), source, tuple(cited[source.id]))


def citation(event: Event) -> str:
    """A digest of what an article's page shows of an event that cites it (article.html.j2): its date, its
    title and where its card is."""
    return hashlib.sha256(
        repr((event.id, event.date, event.mod, event.title, event.start.year)).encode()
    ).hexdigest()


def article_template() -> jinja2.Template:
    return environment().get_template("article.html.j2")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """jinja2 over templates/, escaping everything it prints unless a value is already Markup. One per
    process, so each template is compiled once (jinja2 still reloads a template whose file changed)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # Arabic stays readable in data attributes; jinja2 still escapes <, >, & and ' in the JSON.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    env.filters["front_title"] = front_title
    env.filters["mod_name"] = lambda mod: dates.MODS.get(mod, mod) if mod else ""
    env.filters["reason"] = dates.reason
    return env


def front_title(text: str | None) -> Markup:
    """A page title for the front matter: one line, HTML-escaped (material prints it as HTML), as a JSON
    string, which YAML reads as a double-quoted scalar."""
    return Markup(json.dumps(escape(page_title(text)), ensure_ascii=False))


def page_title(text: str | None) -> str:
    return " ".join((text or "").split()) or "بلا عنوان"


def card(event: Event, articles: Mapping[str, ArticleRecord], root: str) -> Card:
    """An event's card on a page at `root`; `articles`: those that have a page, at least."""
    ordered = exports.ordered_mentions(event.mentions)
    sources = []
    for article_id in dict.fromkeys(m.article for m in ordered):
        first = next(m for m in ordered if m.article == article_id)
        article = articles.get(article_id)
        published = article.published if article else first.published
        sources.append(
            Source(
                outlet=article.outlet if article else first.outlet,
                title=article.title if article else first.title,
                published=dates.day(published) if published else None,
                page=_article_link(article_id, articles, root),
            )
        )
    outlets = event.outlets or tuple(sorted({m.outlet for m in ordered if m.outlet}))
    return Card(
        anchor=links.anchor(event.id),
        date=dates.label(event.date, event.mod),
        title=event.title,
        summary=event.summary,
        quotes=tuple(_quote(m, articles, root) for m in ordered),
        sources=tuple(sources),
        outlets=tuple(outlets),
        places=_names(event, ("LOC",)),
        actors=_names(event, ("PER", "ORG")),
    )


def group_of(event: Event) -> str:
    """The section of its year page an event belongs to: its month, or COARSE_GROUP for events dated more
    coarsely than a month (they cover much of the year)."""
    return f"{event.start:%Y-%m}" if dates.grain(event.date) in dates.MONTHLY else COARSE_GROUP


def _quote(mention: EventMention, articles: Mapping[str, object], root: str) -> Quote:
    span = (
        marks.sentence_span(mention.sentence, mention.sentence_start, mention.mention)
        if mention.mention
        else None
    )
    return Quote(
        sentence=marks.mark(mention.sentence, [span] if span else []),
        outlet=mention.outlet,
        page=_article_link(mention.article, articles, root),
    )


def _article_link(article_id: str, articles: Mapping[str, object], root: str) -> str | None:
    """The article's page, when the site has one: only articles passed to `write` get a page."""
    return root + links.article_page(article_id) if article_id in articles else None


def _names(event: Event, kinds: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.name for e in event.entities if e.kind in kinds))


def _groups(events: Sequence[EventRecord]) -> list[Group]:
    """A year page's sections, each with its cards' HTML: the coarsely dated events first, then one
    section per month."""
    keyed: dict[str, list[Markup]] = defaultdict(list)
    for event in events:
        keyed[event.group].append(Markup(event.card.decode()))
    groups = []
    for key in sorted(keyed, key=lambda k: (k != COARSE_GROUP, k)):
        heading = "أحداث مؤرخة بأعمّ من شهر" if key == COARSE_GROUP else dates.MONTHS[int(key[5:]) - 1]
        groups.append(Group(key, heading, tuple(keyed[key])))
    return groups


def _filters(events: Sequence[EventRecord]) -> dict[str, list[tuple[str, int]]]:
    """The choices of each filter on a page: the values its cards carry, most frequent first."""
    return {
        name: _ranked(Counter(v for e in events for v in getattr(e, name)))
        for name in ("outlets", "places", "actors")
    }


def _reason(mention: EventMention) -> str:
    return dates.reason(exports.undated_reason(mention))


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, ties by name: the same order on every build."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _published(article: Article) -> dates.DateLabel | None:
    return dates.label(article.published.isoformat(), None) if article.published else None


def _is_web(url: str | None) -> bool:
    """Only http(s) source URLs become links: a "javascript:" URL in a scraped page must not."""
    return bool(url) and urlsplit(url).scheme in ("http", "https")
