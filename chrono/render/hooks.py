"""mkdocs hooks (mkdocs.yml `hooks:`): how chrono's pages pass through mkdocs-material.

The pages are HTML already (pages.py: front matter, then one HTML block of escaped text). Python-Markdown
would only walk every tag of that block to hand it back unchanged, which was a third of the build time of
a 10,000-event site; so the body skips Markdown: on_page_markdown keeps it aside and on_page_content puts
it back as the page's content. The untrusted text inside is never read by Markdown at all.

material writes search/search_index.json with every non-ASCII character as a \\uXXXX escape: six bytes
for an Arabic letter that takes two in UTF-8. Written again as UTF-8, the index is a third of the size,
and the browser, which fetches it when search opens, parses it all the same.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_bodies: dict[str, str] = {}


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    _bodies[page.file.src_uri] = markdown
    return ""


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _bodies.pop(page.file.src_uri)


def on_post_build(config: MkDocsConfig) -> None:
    """Runs after the search plugin's own on_post_build: hooks come after plugins."""
    index = Path(config.site_dir) / "search" / "search_index.json"
    if index.exists():
        data = json.loads(index.read_text(encoding="utf-8"))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
