"""The site's search index, written from the chronology rather than parsed back out of the built pages.

mkdocs-material searches search/search_index.json in the browser: {"config": ..., "docs": [{"location",
"title", "text"}]}, title and text as HTML. Its search plugin makes the docs by parsing every built page,
which took most of a 10,000-article build (benchmarks/corpus.py), and would index each article's whole
text: an 18 MB file for the browser to fetch and index. So every page opts out of the plugin
(`search: exclude: true` in the templates' front matter); the plugin still writes the file with its
config (language, separator) and ships the search UI, and `write` replaces its docs by:

- one doc per page of the menu, then one per event at its card (years/2017.html#event-<id>): its title,
  date, summary and first quote, the fields its card shows first;
- one doc per article page: its title, outlet and date. Not its text: the sentences that date events are
  in the events' docs already, and the whole text would make the index several times larger.

The worker groups a page's docs under the first doc of its path, so each page's own doc comes first.
Written as UTF-8, not material's \\uXXXX escapes: a third of the size for Arabic.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from html import escape
from pathlib import Path

from chrono.model import Article, Chronology, Event
from chrono.render import dates, exports, links

INDEX = "search/search_index.json"
PAGES = ((links.HOME, "الرئيسية"), (links.UNDATED, "بلا تاريخ"), (links.DATA, "البيانات"))


def write(site: Path, chronology: Chronology, articles: Sequence[Article]) -> None:
    """Replace the docs of the index the search plugin wrote into `site`, keeping its config."""
    path = site / INDEX
    config = json.loads(path.read_text(encoding="utf-8"))["config"]
    doc = {"config": config, "docs": list(docs(chronology, articles))}
    path.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def docs(chronology: Chronology, articles: Sequence[Article]) -> Iterator[dict[str, str]]:
    for page, title in PAGES:
        yield _doc(page, title)
    by_year: dict[int, list[Event]] = {}
    for event in exports.ordered_events(chronology.events):
        by_year.setdefault(event.start.year, []).append(event)
    for year, events in by_year.items():
        yield _doc(links.year_page(year), str(year))
        for event in events:
            yield _event(event)
    for article in articles:
        yield _article(article)


def _event(event: Event) -> dict[str, str]:
    label = dates.label(event.date, event.mod)
    when = " ".join(part for part in (label.text, label.hijri, label.grain_name) if part)
    quote = exports.ordered_mentions(event.mentions)[0].sentence if event.mentions else ""
    quote = "" if quote == event.summary else quote
    return _doc(links.event_page(event), event.title, when, event.summary, quote)


def _article(article: Article) -> dict[str, str]:
    about = " ".join(
        part for part in (article.outlet, dates.day(article.published) if article.published else None) if part
    )
    return _doc(links.article_page(article.id), article.title or "بلا عنوان", about)


def _doc(location: str, title: str, *paragraphs: str) -> dict[str, str]:
    text = "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs if p)
    return {"location": location, "title": escape(" ".join(title.split()), quote=False), "text": text}
