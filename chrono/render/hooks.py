"""mkdocs hooks (mkdocs.yml `hooks:`): how chrono's pages pass through mkdocs-material.

The pages are HTML already (pages.py: front matter, then one HTML block of escaped text). Python-Markdown
would only walk every tag of that block to hand it back unchanged, which was a third of the build time of
a 10,000-event site; so the body skips Markdown: on_page_markdown keeps it aside and on_page_content puts
it back as the page's content. The untrusted text inside is never read by Markdown at all.
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
