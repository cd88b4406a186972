"""The whole site: every page's shell built by mkdocs-material, the pages' bodies put into them, then the
article pages, the search index and the data files written beside them.

mkdocs builds each page of the menu, and one article shell, with a marker for a body (pages.py): the
theme, menu and title around it. chrono fills each shell with the page's body, and each article's page is
the article shell with the article's title and body put in (a page per article through mkdocs took most
of a 10,000-article build, and every article page shares the same menu). So mkdocs' output depends only
on the shells, the assets and the menu (the years present): a build with a `shells` folder keeps it
there and hard-links it into the site, running mkdocs again only when that changes. Files the build
writes are unlinked first, so a kept file is never written through a link. The repo's mkdocs.yml holds
the theme and plugins; docs_dir, site_dir and nav are set here.

A rebuild is given the site it replaces: an article page or year page whose digest (of everything it is
made from) is the one that site's MANIFEST records is hard-linked from it rather than rendered, so adding
an article renders its own page, the pages of the events it touches and their years' pages, not 10,000.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import jinja2
import material
import mkdocs
import plotly

from chrono import forked
from chrono.cache import code_fingerprint
from chrono.model import Article, Chronology, EventMention, Mention
from chrono.render import exports, links, pages, search
from chrono.render.records import ArticleRecord, EventRecord, article_record, cards, event_record

# The digest of each article page and year page, for the next build to reuse the pages that did not
# change. Inside the site, so that it is replaced with the pages it describes, atomically.
MANIFEST = ".chrono-pages.json"
CONFIG = Path(__file__).resolve().parents[2] / "mkdocs.yml"
ASSETS = pages.TEMPLATES / "assets"
# Served from the site itself: the site must work offline, with nothing from a CDN.
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
# What else a kept build of mkdocs depends on: the versions of the theme and of mkdocs itself.
THEME_VERSIONS = f"mkdocs {mkdocs.__version__}, material {material.__version__}"


def fingerprint() -> str:
    """What the records and pages depend on besides their inputs: chrono's code and the templates."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for path in sorted(pages.TEMPLATES.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(pages.TEMPLATES).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def write_site(
    chronology: Chronology,
    articles: Sequence[Article],
    mentions: Mapping[str, Sequence[Mention]],
    out: Path,
    *,
    generated: str,
    config: Path | None = None,
    previous: Path | None = None,
) -> None:
    """Build the site and its data files into `out`, an empty or absent directory.

    `mentions` maps an article id to the date mentions found in its text (spans into `article.text`);
    `generated` is the build's time stamp, written only into data/events.json: every page is a function of
    the input alone, so two builds of one corpus give the same pages. `previous`, a site built before
    (usually the one `out` will replace), lends `out` the pages whose inputs have not changed."""
    kept = [article_record(a) for a in articles]
    by_id = {a.id: a for a in kept}
    card = cards()
    write_records(
        exports.ordered_events(event_record(e, by_id, card) for e in chronology.events),
        exports.ordered_mentions(chronology.undated),
        kept,
        [
            pages.ArticleSource(a.id, repr((a, ms)), lambda a=a, ms=ms: (a, ms))
            for a in articles
            for ms in [tuple(mentions.get(a.id, ()))]
        ],
        out,
        generated=generated,
        config=config,
        previous=previous,
    )


def write_records(
    events: Sequence[EventRecord],
    undated: Sequence[EventMention],
    articles: Sequence[ArticleRecord],
    sources: Iterable[pages.ArticleSource],
    out: Path,
    *,
    generated: str,
    config: Path | None = None,
    previous: Path | None = None,
    shells: Path | None = None,
    jobs: int | None = 1,
) -> None:
    """`write_site` from records: `events` in the chronology's order (`exports.ordered_events`), `undated`
    in `exports.ordered_mentions`' order, `articles` the records of `sources`, one per article page.
    mkdocs builds every page as a shell (the theme and menu around a marker), which the page's body then
    fills; with `shells`, a folder of chrono's, the shells are kept there and built again only when they
    change (`_kept_mkdocs`). `previous` lends the site its unchanged pages (`fill_pages`,
    `write_articles`). Many article pages to render are rendered across `jobs` cores."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty")
    with tempfile.TemporaryDirectory(prefix="chrono-docs-") as staging:
        docs = Path(staging) / "docs"
        bodies = pages.write(docs, events, undated, articles)
        shutil.copytree(ASSETS, docs / "assets")
        shutil.copyfile(PLOTLY_JS, docs / "assets" / "plotly.min.js")
        nav = navigation(sorted({e.start.year for e in events}))
        if shells is None:
            _mkdocs(Path(config or CONFIG), docs, nav, out)
        else:
            kept = _kept_mkdocs(Path(config or CONFIG), docs, nav, shells)
            shutil.copytree(kept, out, copy_function=_link_or_copy, dirs_exist_ok=True)
    before = _manifest(previous)
    digests = fill_pages(out, bodies, previous, before)
    digests |= write_articles(out, pages.article_pages(events, sources), previous, before, jobs)
    # A page a line; json's `indent` would run its pure-Python encoder, 10,000 times.
    (out / MANIFEST).write_text(
        json.dumps(digests, sort_keys=True, separators=(",\n", ": ")), encoding="utf-8"
    )
    search.write(out, events, articles)
    exports.write(out / "data", events, undated, articles, generated)


def _mkdocs(config: Path, docs: Path, nav: list[dict[str, object]], site: Path) -> None:
    """mkdocs' build of `docs` into `site`. Imported here: a rebuild seldom runs mkdocs, and importing
    it takes a fresh process 0.1 s."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(config), docs_dir=str(docs), nav=nav, site_dir=str(site.resolve())))


def _kept_mkdocs(config: Path, docs: Path, nav: list[dict[str, object]], shells: Path) -> Path:
    """The site mkdocs builds from `docs` with `config` and `nav`, kept in `shells` under a digest of
    everything it is built from (the shells, assets and menu; the theme's and chrono's code): built only
    when one of these changed, which adding articles seldom does. Only the latest build is kept."""
    digest = hashlib.sha256("\0".join((fingerprint(), THEME_VERSIONS, repr(nav))).encode())
    for path in sorted(docs.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(docs).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(config.read_bytes())
    kept = shells / digest.hexdigest()[:16]
    if not kept.is_dir():
        partial = shells / (kept.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        _mkdocs(config, docs, nav, partial)
        for old in shells.iterdir():
            if old != partial:
                shutil.rmtree(old, ignore_errors=True)
        partial.rename(kept)
    return kept


def fill_pages(
    out: Path, bodies: Mapping[str, pages.Body], previous: Path | None, before: Mapping[str, str]
) -> dict[str, str]:
    """Put each page's body into the shell mkdocs built into `out`; or, for a page whose digest (chrono's
    code and templates, its shell, its body's inputs) is the one `before`, the MANIFEST of `previous`,
    records, hard-link that site's file, unrendered. The digests of the pages that have one, by page."""
    base = fingerprint()
    digests = {}
    for name, body in bodies.items():
        shell = (out / name).read_text(encoding="utf-8")
        (out / name).unlink()  # not written through: it may be a link to the kept build of mkdocs
        if body.inputs is not None:
            digests[name] = hashlib.sha256("\0".join((base, shell, body.inputs)).encode()).hexdigest()
            if _reused(previous, out, name, before.get(name), digests[name]):
                continue
        (out / name).write_text(filler(shell)("", body.render()), encoding="utf-8")
    return digests


def write_articles(
    out: Path,
    articles: Iterable[pages.ArticlePage],
    previous: Path | None,
    before: Mapping[str, str],
    jobs: int | None = 1,
) -> dict[str, str]:
    """Each article's page: the shell mkdocs built into `out` with the article put in, or, when a page's
    digest (chrono's code, the shell, the template and the page's inputs) is the one `before`, the
    MANIFEST of `previous`, records, that site's file, hard-linked: a rebuild renders only the pages that
    changed, across `jobs` cores when there are many. The pages' digests, by page."""
    shell_path = out / links.ARTICLE_SHELL
    shell = shell_path.read_text(encoding="utf-8")
    shell_path.unlink()
    template = pages.article_template()
    source = Path(str(template.filename)).read_text(encoding="utf-8")
    base = hashlib.sha256("\0".join((code_fingerprint(), shell, source)).encode())
    digests: dict[str, str] = {}
    todo: list[pages.ArticlePage] = []
    for page in articles:
        digest = base.copy()
        digest.update(page.inputs.encode())
        digests[page.name] = digest.hexdigest()
        if not _reused(previous, out, page.name, before.get(page.name), digests[page.name]):
            todo.append(page)
    forked.fork_map(_render_articles, (out, filler(shell), template, todo), range(len(todo)), jobs=jobs)
    return digests


def _render_articles(
    state: tuple[Path, Callable[[str, str], str], jinja2.Template, list[pages.ArticlePage]],
    indexes: Sequence[int],
) -> list[None]:
    """Render and write some of the article pages (by index into the state's list)."""
    out, fill, template, todo = state
    for i in indexes:
        title, body = todo[i].render(template)
        (out / todo[i].name).write_text(fill(title, body), encoding="utf-8")
    return []


def _manifest(site: Path | None) -> dict[str, str]:
    try:
        return json.loads((site / MANIFEST).read_text(encoding="utf-8")) if site else {}
    except (OSError, ValueError):
        return {}


def _link_or_copy(source: str, target: str) -> None:
    """A hard link, or a copy where the two folders are on different file systems (a cache elsewhere)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _reused(previous: Path | None, out: Path, name: str, was: str | None, digest: str) -> bool:
    """Whether `out` got the previous site's copy of a page, made from the same inputs (its digest then
    `was` the one it has now)."""
    return previous is not None and was == digest and _link(previous, out, name)


def _link(previous: Path, out: Path, name: str) -> bool:
    """Give `out` the previous site's copy of a page: a hard link (the old site is removed after the swap,
    the file stays), or a copy where links are not possible. False if the old file is gone."""
    old, new = f"{previous}/{name}", f"{out}/{name}"  # strings, not Paths: 10,000 pages per build
    try:
        os.link(old, new)
    except FileNotFoundError:
        return False
    except OSError:
        shutil.copyfile(old, new)
    return True


def filler(shell: str) -> Callable[[str, str], str]:
    """A function of a page's title and body giving the page: its shell, split once at its markers, joined
    around them. Splitting first means that an article quoting a marker cannot be filled twice."""
    parts = re.split(f"({pages.ARTICLE_TITLE}|{pages.BODY})", shell)
    if parts.count(pages.BODY) != 1:
        raise ValueError("a page's shell must hold the body marker once")

    def fill(title: str, body: str) -> str:
        given = {pages.ARTICLE_TITLE: title, pages.BODY: body}
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
