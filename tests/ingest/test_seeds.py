"""Every seed page's articles against the gold (../shared/gold/seeds.json): kind, title, publication date,
the dateline it came from, and outlet, segment by segment."""

from __future__ import annotations

from typing import Any

import pytest

from chrono.ingest import load_file
from tests.shared import SEEDS, SHARED, gold

_GOLD = SHARED / "gold" / "seeds.json"


def _files() -> list[dict[str, Any]]:
    return gold()["articles"] if _GOLD.exists() else []


def _expected(segment: dict[str, Any]) -> tuple[Any, ...]:
    return (
        segment["kind"],
        segment["title"],
        segment["published"],
        segment.get("published_from"),
        segment.get("source"),
    )


@pytest.mark.skipif(
    not _GOLD.exists(), reason=f"{_GOLD} is absent: the seeds live in ../shared beside the repo"
)
@pytest.mark.parametrize("page", _files(), ids=lambda page: page["file"])
def test_seed_segments_match_gold(page: dict[str, Any]) -> None:
    loaded = load_file(SEEDS / page["file"], SEEDS)
    got = [
        (a.kind, a.title, a.published.isoformat() if a.published else None, a.published_from, a.outlet)
        for a in loaded.articles
    ]
    assert got == [_expected(s) for s in page["segments"]]
    assert loaded.problems == ()


@pytest.mark.skipif(
    not _GOLD.exists(), reason=f"{_GOLD} is absent: the seeds live in ../shared beside the repo"
)
def test_seed_texts_hold_no_head_lines() -> None:
    """Titles, datelines, bylines and furniture stay out of the text the date engine reads."""
    head = ("تاريخ النشر", "آخر تحديث", "07:17", "العراق اليوم\n", "موازين نيوز\n", "بغداد اليوم -")
    furniture = ("كلمات دلالية", "المصدر:", "اترك تعليقاً", "زر الذهاب", "اشترك بنشرتنا", "إغلاق")
    for page in _files():
        for article in load_file(SEEDS / page["file"], SEEDS).articles:
            assert not any(s in article.text for s in head + furniture), article.id
            if article.kind != "related-headlines" and article.title:
                assert article.title not in article.text, article.id
