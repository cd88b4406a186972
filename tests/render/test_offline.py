"""The site works with no network: no page loads anything from outside, and no web fonts."""

from __future__ import annotations

import re
from pathlib import Path

from tests.render.built import pages, tags
from tests.render.sample import ARTICLES

EXTERNAL = re.compile(r"^(?:https?:)?//", re.IGNORECASE)
# Bundles that name URLs they never fetch on this site: plotly's map tiles and fonts (no map traces);
# material's mermaid (no diagrams), ResizeObserver polyfill (only for browsers without it) and GitHub API
# (no repo_url). test_browser.py checks that no request leaves the machine at run time.
VENDOR_JS = re.compile(r"^assets/(?:plotly\.min\.js|javascripts/bundle\.[0-9a-f]+\.min\.js)$")


def test_pages_reference_no_external_asset(site: Path) -> None:
    """src= and href= point inside the site; the one exception is a plain <a> to an article's source."""
    sources = {a.url for a in ARTICLES if a.url}
    for path, html in pages(site, ".html").items():
        for tag, attrs in tags(html):
            for name in ("src", "href", "srcset", "poster", "data"):
                value = attrs.get(name) or ""
                if EXTERNAL.match(value.strip()):
                    assert tag == "a" and value in sources, (path, tag, name, value)


def test_stylesheets_import_nothing_from_outside(site: Path) -> None:
    for path, css in pages(site, ".css").items():
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", css), path
        assert not re.search(r"@import\s+(?:url\()?\s*['\"]?(?:https?:)?//", css), path


def test_no_web_fonts_and_no_cdn(site: Path) -> None:
    for path, text in pages(site, ".html", ".css", ".js").items():
        assert "fonts.googleapis" not in text, path
        assert "fonts.gstatic" not in text, path
        if not VENDOR_JS.match(path):
            assert not re.search(r"https?://(?:cdn|unpkg|jsdelivr)", text), path


def test_chrono_scripts_name_no_host(site: Path) -> None:
    """chrono's own assets hold no URL at all (comments aside, which are /* */ only)."""
    for name in ("charts.js", "filters.js", "chrono.css"):
        assert "//" not in re.sub(
            r"/\*.*?\*/", "", (site / "assets" / name).read_text(encoding="utf-8"), flags=re.S
        )


def test_plotly_is_served_by_the_site(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    [charts] = [
        attrs for tag, attrs in tags(home) if tag == "script" and attrs.get("src") == "assets/charts.js"
    ]
    assert charts["data-plotly"] == "assets/plotly.min.js"
    assert (site / "assets" / "plotly.min.js").stat().st_size > 1_000_000
