"""mkdocs hooks (mkdocs.yml `hooks:`): how chrono's pages pass through mkdocs-material.

mkdocs builds each page as a shell whose body is a marker (pages.py), which chrono replaces with the
page's body, HTML already, after the build (site.py). Python-Markdown would wrap the marker in a
paragraph, and would only walk every tag of a page's HTML to hand it back unchanged; so the body skips
Markdown: on_page_markdown keeps it aside and on_page_content puts it back as the page's content.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_bodies: dict[str, str] = {}


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    _bodies[page.file.src_uri] = markdown
    return ""


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _bodies.pop(page.file.src_uri)
