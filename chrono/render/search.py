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
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from chrono.model import Article, Event
from chrono.render import dates, exports, links

if TYPE_CHECKING:
    from chrono.render.records import ArticleRecord, EventRecord

INDEX = "search/search_index.json"
PAGES = ((links.HOME, "الرئيسية"), (links.UNDATED, "بلا تاريخ"), (links.DATA, "البيانات"))


def write(site: Path, events: Sequence[EventRecord], articles: Sequence[ArticleRecord]) -> None:
    """Replace the docs of the index the search plugin wrote into `site`, keeping its config: joined from
    the records' docs, `events` in the chronology's order."""
    path = site / INDEX
    config = json.loads(path.read_text(encoding="utf-8"))["config"]
    docs = [_json(_doc(page, title)).encode() for page, title in PAGES]
    year = None
    for event in events:
        if event.start.year != year:
            year = event.start.year
            docs.append(_json(_doc(links.year_page(year), str(year))).encode())
        docs.append(event.search)
    docs += [a.search for a in articles]
    path.unlink()  # not written through: the file may be a link to a kept build of mkdocs
    with path.open("wb") as file:
        file.writelines((b'{"config":', _json(config).encode(), b',"docs":[', b",".join(docs), b"]}"))


def event_doc(event: Event) -> str:
    """An event's doc, at its card: its title, date, summary and first quote, the fields its card shows
    first."""
    label = dates.label(event.date, event.mod)
    when = " ".join(part for part in (label.text, label.hijri, label.grain_name) if part)
    quote = exports.ordered_mentions(event.mentions)[0].sentence if event.mentions else ""
    quote = "" if quote == event.summary else quote
    return _json(_doc(links.event_page(event), event.title, when, event.summary, quote))


def article_doc(article: Article) -> str:
    """An article's doc, at its page: its title, outlet and date."""
    about = " ".join(
        part for part in (article.outlet, dates.day(article.published) if article.published else None) if part
    )
    return _json(_doc(links.article_page(article.id), article.title or "بلا عنوان", about))


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _doc(location: str, title: str, *paragraphs: str) -> dict[str, str]:
    text = "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs if p)
    return {"location": location, "title": escape(" ".join(title.split()), quote=False), "text": text}
