"""What the built pages show: cards with honest dates and their sources, marked articles, the undated page,
filters, and links that all lead somewhere."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import plotly.graph_objects as go
import pytest

from chrono.model import Chronology, Event
from chrono.render import charts, exports, links, write_site
from chrono.render.records import article_record, cards, event_record
from tests.render.built import content, pages, tags
from tests.render.sample import ARTICLES, CHRONOLOGY, EVENTS, MENTIONS, MOSUL_LIBERATED

END_OF_2017 = next(e for e in EVENTS if e.date == "2017")


def _page(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_pages_are_arabic_right_to_left(site: Path) -> None:
    for path, html in pages(site, ".html").items():
        if path == "404.html":
            continue
        assert '<html lang="ar"' in html, path
        assert '<body dir="rtl"' in html, path


def test_a_page_per_year_with_events(site: Path) -> None:
    assert sorted(p.name for p in (site / "years").iterdir()) == [
        "2014.html",
        "2016.html",
        "2017.html",
        "2019.html",
        "2025.html",
    ]


def test_card_shows_date_hijri_grain_quote_and_sources(site: Path) -> None:
    year = content(_page(site, "years/2017.html"))
    anchor = f"event-{MOSUL_LIBERATED.id}"
    heading = year.index(f'id="{anchor}"')
    card = year[year.rindex("<article", 0, heading) : year.index("</article>", heading)]
    assert f'<h3 id="{anchor}">تحرير الموصل من تنظيم «داعش» <a class="headerlink" href="#{anchor}"' in card
    assert (
        '<p class="event-date"><time>10 يوليو/تموز 2017</time> <span class="hijri">16 شوال 1438 هـ</span> '
        '<span class="grain grain-day" title="دقة التاريخ">يوم</span></p>'
    ) in card
    assert (
        '<blockquote class="quote"><p>أعلن رئيس الوزراء حيدر العبادي '
        '<mark title="2017-07-10">اليوم الاثنين</mark> '
        "تحرير مدينة الموصل بالكامل من تنظيم «داعش».</p>"
    ) in card
    sources = [(a["href"]) for tag, a in tags(card) if tag == "a" and a["href"].startswith("../articles/")]
    assert sources[-2:] == [
        "../" + links.article_page("2017-07-mosul-victory.txt#0"),
        "../" + links.article_page("2017-12-victory.txt#0"),
    ]
    assert '<span class="published">(10 ديسمبر/كانون الأول 2017)</span>' in card
    attrs = next(a for tag, a in tags(card) if tag == "article")
    assert json.loads(attrs["data-outlets"]) == ["صحيفة الضفتين", "قناة الرافدين"]
    assert json.loads(attrs["data-places"]) == ["الموصل"]
    assert json.loads(attrs["data-actors"]) == ["حيدر العبادي", "داعش", "الجيش العراقي"]


def test_coarse_dates_say_so(site: Path) -> None:
    year = content(_page(site, "years/2017.html"))
    assert (
        '<time>أواخر 2017</time> <span class="hijri">1438 – 1439 هـ</span> '
        '<span class="grain grain-year" title="دقة التاريخ">سنة</span>'
    ) in year
    assert '<mark title="2017 (END)">أواخر العام الجاري</mark>' in year
    month = content(_page(site, "years/2016.html"))
    assert '<time>منتصف يونيو/حزيران 2016</time> <span class="hijri">شعبان – رمضان 1437 هـ</span>' in month
    # Coarser than a month: listed before the months, under their own heading.
    assert (
        year.index("أحداث مؤرخة بأعمّ من شهر")
        < year.index(f"event-{END_OF_2017.id}")
        < year.index("يوليو/تموز")
    )


def test_article_page_marks_every_date(site: Path) -> None:
    article = content(_page(site, links.article_page("2017-07-mosul-victory.txt#0")))
    assert '<mark title="2017-07-10">اليوم الاثنين</mark>' in article
    assert '<mark title="2017 (END)">أواخر العام الجاري</mark>' in article
    assert "<dt>المصدر</dt> <dd>قناة الرافدين</dd>" in article
    assert "<dt>مصدر تاريخ النشر</dt> <dd><q>10 تموز 2017</q></dd>" in article
    assert "<dt>الملف</dt> <dd><code>2017-07-mosul-victory.txt</code> (المقال 1)</dd>" in article
    assert '<span class="hijri">16 شوال 1438 هـ</span>' in article
    mosul = _page(site, links.article_page("2014-06-mosul-falls.txt#0"))
    assert '<a href="https://example.org/news/2014/06/11/mosul" rel="nofollow noopener noreferrer">' in mosul


def test_article_pages_wear_the_theme_of_the_other_pages(site: Path) -> None:
    """Article pages are the shell mkdocs built with each article put in: the same menu and assets as a
    page mkdocs built itself, the article's own title, and no shell left in the site."""
    year = _page(site, links.year_page(2014))
    for article in ARTICLES:
        html = _page(site, links.article_page(article.id))
        assert html.count('<div class="chrono article">') == 1
        assert f"<title>{article.title} - التسلسل الزمني للأحداث</title>" in html or "<" in article.title
        for piece in (
            '<nav class="md-nav md-nav--primary"',
            "../assets/stylesheets/",
            "../assets/chrono.css",
        ):
            assert piece in html and piece.replace("../", "") in year.replace("../", ""), piece
        assert "chrono-article" not in html
    assert not (site / links.ARTICLE_SHELL).exists()


def test_every_page_has_one_title_heading(site: Path) -> None:
    """Each body opens with its h1; the theme must not add the page title as a second one."""
    built = pages(site, ".html")
    assert len(built) > 5
    assert {name: html.count("<h1") for name, html in built.items() if html.count("<h1") != 1} == {}


def test_unresolved_mark_and_undated_page(site: Path) -> None:
    article = content(_page(site, links.article_page("wire.jsonl#3")))
    assert '<mark title="بلا قيمة: no anchor for the year" class="unresolved">15 يناير</mark>' in article
    assert "<dt>تاريخ النشر</dt> <dd>غير معروف</dd>" in article
    undated = content(_page(site, "undated.html"))
    assert 'وعثرت فرق البحث في <mark title="بلا قيمة: no anchor for the year" class="unresolved">' in undated
    assert 'السبب: <span class="reason">no anchor for the year</span>' in undated


def test_home_shows_coverage_and_charts(site: Path) -> None:
    home = content(_page(site, "index.html"))
    assert "<dt>الفترة</dt> <dd>من 10 يونيو/حزيران 2014 إلى 13 مارس/آذار 2025</dd>" in home
    assert "<dt>الأحداث</dt> <dd>8</dd>" in home
    assert "<dt>المقالات</dt> <dd>8</dd>" in home
    assert "<dt>المصادر</dt> <dd>5</dd>" in home
    ids = [a.get("id") for _, a in tags(home)]
    assert "chart-timeline" in ids and "chart-per-month" in ids
    hrefs = [a["href"] for tag, a in tags(home) if tag == "a"]
    assert {"data/events.json", "data/events.csv", "data/events.ics"} <= set(hrefs)


def test_timeline_points_open_event_cards(site: Path) -> None:
    home = _page(site, "index.html")
    start = home.index('id="figure-timeline">') + len('id="figure-timeline">')
    figure = json.loads(home[start : home.index("</script>", start)])
    urls = sorted(u for trace in figure["data"] for u in trace["customdata"])
    assert urls == sorted(links.event_page(e) for e in EVENTS)
    assert {trace["type"] for trace in figure["data"]} == {"scattergl"}


@pytest.mark.parametrize("events", [EVENTS, ()], ids=["sample", "empty"])
def test_plotly_takes_each_chart_as_it_is(events: tuple[Event, ...]) -> None:
    """The charts are written as plain dicts, not through plotly.graph_objects (charts.py): plotly,
    checking them, must find every property valid and change no value."""
    articles = {a.id: article_record(a) for a in ARTICLES}
    records = exports.ordered_events(event_record(e, articles, cards()) for e in events)
    for chart in (charts.timeline(records), charts.per_month(records)):
        figure = json.loads(chart)
        del figure["config"]
        assert go.Figure(figure).to_plotly_json() == figure


def test_every_internal_link_resolves(site: Path) -> None:
    _assert_links_resolve(site)


def test_sources_missing_from_the_articles_are_not_linked(tmp_path: Path) -> None:
    """An event may cite an article the build was not given: its card names the source without a link to a
    page that does not exist."""
    missing = "2017-12-victory.txt#0"
    out = tmp_path / "site"
    write_site(CHRONOLOGY, [a for a in ARTICLES if a.id != missing], MENTIONS, out, generated="x")
    _assert_links_resolve(out)
    year = content(_page(out, "years/2017.html"))
    assert '<li><span class="outlet">صحيفة الضفتين</span>: العراق يعلن النصر النهائي على «داعش»' in year
    assert links.article_page(missing) not in year


def _assert_links_resolve(site: Path) -> None:
    """Each relative href leads to a built file, and each #fragment to an id on that page."""
    built = pages(site, ".html")
    ids = {path: {a.get("id") for _, a in tags(html)} for path, html in built.items()}
    for path, html in built.items():
        if path == "404.html":  # material's, with links from the server root
            continue
        for tag, attrs in tags(html):
            href = attrs.get("href") if tag == "a" else None
            if not href or urlsplit(href).scheme or href.startswith("//"):
                continue
            parts = urlsplit(href)
            target = path
            if parts.path:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(path), unquote(parts.path)))
            assert (site / target).exists(), (path, href)
            if parts.fragment and target.endswith(".html") and parts.fragment != "__consent":
                assert unquote(parts.fragment) in ids[target], (path, href)


def test_an_empty_chronology_still_builds(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(Chronology((), ()), [], {}, out, generated="x")
    home = content(_page(out, "index.html"))
    assert "<dt>الأحداث</dt> <dd>0</dd>" in home
    assert not (out / "years").exists()
    assert json.loads((out / "data" / "events.json").read_text(encoding="utf-8")) == {
        "generated": "x",
        "events": [],
        "undated": [],
        "articles": [],
    }
