"""Where each page of the site lives, so that pages, charts and exports link to the same places.

Paths are relative to the site root, with `use_directory_urls: false` (mkdocs.yml): years/2017.html,
articles/<slug>.html. Every page sits at depth 0 or 1, so a page links to another with `root` + path.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

from chrono.model import Event

HOME = "index.html"
UNDATED = "undated.html"
DATA = "data.html"
# The theme around the article pages (pages.py); not itself a page of the built site.
ARTICLE_SHELL = "articles/_shell.html"
# Downloads: written next to the site by exports.py.
JSON = "data/events.json"
CSV = "data/events.csv"
ICS = "data/events.ics"

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def year_page(year: int) -> str:
    return f"years/{year}.html"


@lru_cache(maxsize=65536)  # each article's page is linked from every event and page that cites it
def article_page(article_id: str) -> str:
    """An article id ("corpus/file.txt#2") as a file name: its ASCII letters for a reader, and a hash of the
    whole id, because ids that differ only in Arabic or punctuation must not share a page."""
    readable = _UNSAFE.sub("-", article_id).strip("-")[:60]
    digest = hashlib.sha1(article_id.encode()).hexdigest()[:10]
    return f"articles/{readable}-{digest}.html" if readable else f"articles/{digest}.html"


def anchor(event_id: str) -> str:
    """The id attribute of an event's card: the permalink `#event-<id>`."""
    return f"event-{event_id}"


def event_page(event: Event) -> str:
    """An event's card: on the page of the year it starts in."""
    return f"{year_page(event.start.year)}#{quote(anchor(event.id))}"


def source(page: str) -> str:
    """The Markdown file mkdocs builds a page from."""
    return page.removesuffix(".html") + ".md"


def root(page: str) -> str:
    """The prefix that leads from a page back to the site root."""
    return "../" * page.count("/")
