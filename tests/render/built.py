"""Reading a built site in tests: its pages, and the tags and attributes in them (html.parser, no extra
dependency)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    """Every start tag of a page, with its attributes (entities decoded)."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def pages(site: Path, *suffixes: str) -> dict[str, str]:
    """The text of every built file with one of `suffixes`, by path relative to the site."""
    return {
        p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(site.rglob("*"))
        if p.suffix in suffixes
    }


def search_index(site: Path) -> dict[str, Any]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


def content(html: str) -> str:
    """The part of a page chrono wrote (from its <div class="chrono ...">), without the theme around it:
    up to the end of material's content <article>, the page's last."""
    return html[html.index('<div class="chrono ') : html.rindex("</article>")]
