"""Rendering: a chronology in, a static Arabic website and its data files (JSON, CSV, iCalendar) out.

    write_site(chronology, articles, mentions, Path("site"), generated="2025-03-25T10:00:00Z")
    serve(Path("site"), port=8000)

Modules: dates (how a date reads), marks (escaped text with <mark>s), links (where pages live), exports
(data files), charts (plotly figures), pages (jinja2 -> pages for mkdocs), records (what the site shows of
each event and article, rendered once), site (the mkdocs build), hooks (mkdocs hooks named in mkdocs.yml),
serve (HTTP).
"""

from chrono.render.pages import ArticleSource
from chrono.render.records import ArticleRecord, EventRecord, article_record, cards, event_record
from chrono.render.serve import serve
from chrono.render.site import fingerprint, write_records, write_site

__all__ = [
    "ArticleRecord",
    "ArticleSource",
    "EventRecord",
    "article_record",
    "cards",
    "event_record",
    "fingerprint",
    "serve",
    "write_records",
    "write_site",
]
