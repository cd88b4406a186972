"""The built site in a real browser: Debian's chromium driven by playwright, the site served over HTTP
from 127.0.0.1 as any static server would.

Skipped where chromium or playwright is absent, except in CI (CI=true), where .ci/browser-deps installs
them and their absence is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from chrono.render import links
from chrono.render.serve import make_server
from tests.render.chromium import ARGS, CHROMIUM
from tests.render.sample import ARTICLES, EVENTS

COALITION = next(e for e in EVENTS if e.date == "2014-09-10")
HOSTILE = next(a for a in ARTICLES if a.id == "2019-10-baghdadi.txt#0")

pytestmark = pytest.mark.browser


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install chromium; see .ci/browser-deps)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is missing (pip install playwright; see .ci/browser-deps)"
    return None


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    server = make_server(site, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser test must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page that refuses (and records) every request leaving 127.0.0.1, and records any dialog."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    tab = context.new_page()
    tab.external, tab.dialogs = [], []

    def route(r: Any) -> None:
        if urlsplit(r.request.url).hostname == "127.0.0.1":
            r.continue_()
        else:
            tab.external.append(r.request.url)
            r.abort()

    tab.route("**/*", route)
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    yield tab
    context.close()


def _click_first_point(page: Any) -> str:
    """Click the timeline's first point where plotly drew it; return the card URL it carries."""
    page.locator("#chart-timeline").scroll_into_view_if_needed()
    point = page.evaluate(
        """() => {
            const gd = document.getElementById("chart-timeline");
            const trace = gd._fullData[0], layout = gd._fullLayout, box = gd.getBoundingClientRect();
            return {x: box.left + layout._size.l + layout.xaxis.d2p(trace.x[0]),
                    y: box.top + layout._size.t + layout.yaxis.d2p(trace.y[0]),
                    url: trace.customdata[0]};
        }"""
    )
    page.mouse.move(point["x"], point["y"])
    page.mouse.click(point["x"], point["y"])
    return point["url"]


def _search(page: Any, query: str) -> list[str]:
    """Type a query in material's search box; the result links, relative to the site root.

    Material reads the box on keyup, and playwright types Arabic as text input without key events, hence
    the End key after filling it."""
    box = page.locator(".md-search__input")
    box.click()
    box.fill(query)
    page.keyboard.press("End")
    results = page.locator(".md-search-result__list a:has(mark)")
    results.first.wait_for()
    return [
        urlsplit(results.nth(i).get_attribute("href")).path.split("/", 1)[-1]
        + "#"
        + urlsplit(results.nth(i).get_attribute("href")).fragment
        for i in range(results.count())
    ]


def test_home_chart_event_article_search(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url)
    page.wait_for_selector("#chart-timeline .main-svg")
    page.wait_for_selector("#chart-per-month .main-svg")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.screenshot(path=str(tmp_path / "home.png"), full_page=True)
    if os.environ.get("CHRONO_SCREENSHOTS"):
        shutil.copy(tmp_path / "home.png", Path(os.environ["CHRONO_SCREENSHOTS"]) / "home.png")

    url = _click_first_point(page)
    page.wait_for_url(re.compile(r"/years/\d{4}\.html#event-"))
    assert page.url == base_url + url
    card = page.locator("article.event-card:has(h3:target)")
    assert card.count() == 1 and card.is_visible()

    source = card.locator("ul.sources a").first
    title = source.inner_text()
    source.click()
    page.wait_for_url(re.compile(r"/articles/.+\.html$"))
    assert page.locator(".chrono h1").inner_text() == title
    assert page.locator(".article-text mark").count() >= 1

    for query in ("تحالف", "والتحالف"):
        assert links.event_page(COALITION) in _search(page, query)
    page.screenshot(path=str(tmp_path / "search.png"))
    if os.environ.get("CHRONO_SCREENSHOTS"):
        shutil.copy(tmp_path / "search.png", Path(os.environ["CHRONO_SCREENSHOTS"]) / "search.png")
    assert page.external == []
    assert page.dialogs == []


def test_filters_hide_cards(page: Any, base_url: str) -> None:
    page.goto(base_url + links.year_page(2017))
    assert page.locator("article.event-card:visible").count() == 3
    page.select_option("select[data-filter=outlets]", "صحيفة الضفتين")
    assert page.locator("article.event-card:visible").count() == 2
    assert page.locator(".filter-count").inner_text() == "يظهر 2 من 3"
    page.select_option("select[data-filter=actors]", "الجيش العراقي")
    assert page.locator("article.event-card:visible").count() == 1
    # The year menu keeps the filters: 2014 has no card from that outlet with that actor.
    page.select_option("select[data-filter=year]", label="2014")
    page.wait_for_url(re.compile(r"/years/2014\.html\?"))
    assert page.locator("article.event-card:visible").count() == 0
    assert page.locator(".filter-count").inner_text() == "يظهر 0 من 2"


def test_hostile_article_runs_nothing(page: Any, base_url: str) -> None:
    for path in (links.article_page(HOSTILE.id), links.year_page(2019), links.HOME, links.UNDATED):
        page.goto(base_url + path)
        page.wait_for_load_state("load")
    page.goto(base_url + links.article_page(HOSTILE.id))
    assert page.locator(".chrono h1").inner_text() == HOSTILE.title
    assert page.locator(".chrono img").count() == 0
    assert page.dialogs == []
    assert page.external == []
