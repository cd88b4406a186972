"""Article text, titles and outlets are untrusted: HTML or script in them shows as text, never runs."""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

from chrono.render import links
from tests.render.built import pages, search_index, tags
from tests.render.sample import HOSTILE_URL, IMG, SCRIPT

HOSTILE_ARTICLE = "2019-10-baghdadi.txt#0"


def test_no_page_carries_the_payload_as_markup(site: Path) -> None:
    for path, html in pages(site, ".html").items():
        assert SCRIPT not in html, path
        assert "<img src=x" not in html, path
        assert "<b>الخبر" not in html, path
        assert not [attrs for tag, attrs in tags(html) if "onerror" in attrs], path
        assert HOSTILE_URL not in html, path


def test_the_payload_shows_as_text(site: Path) -> None:
    article = (site / links.article_page(HOSTILE_ARTICLE)).read_text(encoding="utf-8")
    title = f"{escape(SCRIPT, quote=False)} مقتل البغدادي {escape(IMG, quote=False)}"
    assert f"<title>{title} - التسلسل الزمني للأحداث</title>" in article
    assert f"<h1>{title}</h1>" in article
    assert f"البغدادي {escape(SCRIPT, quote=False)}.</p>" in article
    assert f"في إدلب {escape(IMG, quote=False)} بمشاركة" in article
    year = (site / "years/2019.html").read_text(encoding="utf-8")
    assert f'مقتل أبي بكر البغدادي {escape(IMG, quote=False)} <a class="headerlink"' in year
    assert f'<span class="outlet">موقع &lt;b&gt;الخبر&lt;/b&gt; {escape(SCRIPT, quote=False)}</span>' in year


def test_chart_hover_texts_are_escaped(site: Path) -> None:
    """plotly reads <br>, <b> and <a> in hover texts as markup, so chrono escapes the data first; the JSON
    escapes "<", ">" and "&" again, so that nothing closes the <script> element holding the figure."""
    home = (site / "index.html").read_text(encoding="utf-8")
    figure = re.search(r'<script type="application/json" id="figure-timeline">(.*?)</script>', home, re.S)[1]
    assert "<" not in figure and ">" not in figure and "&" not in figure
    hover = [t for trace in json.loads(figure)["data"] for t in trace["hovertext"]]
    assert "27 أكتوبر/تشرين الأول 2019<br>مقتل أبي بكر البغدادي &lt;img src=x onerror=alert(1)&gt;" in hover


def test_the_search_index_holds_the_payload_escaped(site: Path) -> None:
    docs = search_index(site)["docs"]
    hostile = [d for d in docs if d["location"].startswith(links.article_page(HOSTILE_ARTICLE))]
    assert hostile[0]["title"] == f"{escape(SCRIPT, quote=False)} مقتل البغدادي {escape(IMG, quote=False)}"
    for doc in docs:
        for field in ("title", "text"):
            assert SCRIPT not in doc[field]
            assert "<img" not in doc[field]
    assert any(escape(SCRIPT, quote=False) in d["text"] for d in hostile)
