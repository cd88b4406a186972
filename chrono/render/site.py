"""The whole site: pages rendered into a staging folder, built by mkdocs-material into `out`, then the
article pages, the search index and the data files written beside them.

mkdocs builds the few pages of the menu and one article shell: the theme around an article page. Each
article's page is that shell with the article's title and body put in (a page per article through mkdocs
took most of a 10,000-article build, and every article page shares the same menu). mkdocs empties its
site_dir before building, so the rest is written after the build; the staging folder is temporary, since
only `out` is the product. The repo's mkdocs.yml holds the theme and plugins; docs_dir, site_dir and nav
(the years present) are set here.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import plotly
from mkdocs.commands.build import build
from mkdocs.config import load_config

from chrono.model import Article, Chronology, Mention
from chrono.render import exports, links, pages, search

CONFIG = Path(__file__).resolve().parents[2] / "mkdocs.yml"
ASSETS = pages.TEMPLATES / "assets"
# Served from the site itself: the site must work offline, with nothing from a CDN.
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def write_site(
    chronology: Chronology,
    articles: Sequence[Article],
    mentions: Mapping[str, Sequence[Mention]],
    out: Path,
    *,
    generated: str,
    config: Path | None = None,
) -> None:
    """Build the site and its data files into `out`, an empty or absent directory.

    `mentions` maps an article id to the date mentions found in its text (spans into `article.text`);
    `generated` is the build's time stamp, written only into data/events.json: every page is a function of
    the input alone, so two builds of one corpus give the same pages."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty")
    with tempfile.TemporaryDirectory(prefix="chrono-docs-") as staging:
        docs = Path(staging) / "docs"
        years = pages.write(docs, chronology, articles)
        shutil.copytree(ASSETS, docs / "assets")
        shutil.copyfile(PLOTLY_JS, docs / "assets" / "plotly.min.js")
        mkdocs_config = load_config(
            str(config or CONFIG), docs_dir=str(docs), site_dir=str(out.resolve()), nav=navigation(years)
        )
        build(mkdocs_config)
    shell = out / links.ARTICLE_SHELL
    fill = article_filler(shell.read_text(encoding="utf-8"))
    shell.unlink()
    for name, title, body in pages.article_bodies(chronology, articles, mentions):
        (out / name).write_text(fill(title, body), encoding="utf-8")
    search.write(out, chronology, articles)
    exports.write(out / "data", chronology, articles, generated)


def article_filler(shell: str) -> Callable[[str, str], str]:
    """A function of an article's title and body giving its page: the shell, split once at its markers,
    joined around them. Splitting first means that an article quoting a marker cannot be filled twice."""
    parts = re.split(f"({pages.ARTICLE_TITLE}|{pages.ARTICLE_BODY})", shell)
    if parts.count(pages.ARTICLE_BODY) != 1:
        raise ValueError("the article shell must hold the body marker once")

    def fill(title: str, body: str) -> str:
        given = {pages.ARTICLE_TITLE: title, pages.ARTICLE_BODY: body}
        return "".join(given.get(part, part) for part in parts)

    return fill


def navigation(years: Sequence[int]) -> list[dict[str, object]]:
    """The menu: home, each year, the undated statements and the data. Article pages stay out of it, or
    every page would carry a link to each of thousands of articles."""
    return [
        {"الرئيسية": links.source(links.HOME)},
        {"السنوات": [{str(y): links.source(links.year_page(y))} for y in years]},
        {"بلا تاريخ": links.source(links.UNDATED)},
        {"البيانات": links.source(links.DATA)},
    ]
