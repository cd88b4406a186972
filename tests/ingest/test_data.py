"""The data modules: every entry folds to a form no other entry has, and no table contradicts another."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from chrono.arabic import normalise
from chrono.ingest.furniture import FURNITURE, RELATED_MARKERS, SOURCE_LABELS
from chrono.ingest.outlets import BYLINE_PLACES, BYLINE_WORDS, GENERIC_SOURCES, KNOWN_OUTLETS
from chrono.ingest.page import page_articles

TABLES = {
    "furniture": [p for f in FURNITURE for p in f.phrases],
    "markers": list(RELATED_MARKERS),
    "source labels": list(SOURCE_LABELS),
    "places": list(BYLINE_PLACES),
    "byline words": list(BYLINE_WORDS),
    "generic sources": list(GENERIC_SOURCES),
    "known outlets": list(KNOWN_OUTLETS),
}


@pytest.mark.parametrize("table", TABLES)
def test_entries_are_nfkc_stable_and_fold_to_distinct_forms(table: str) -> None:
    entries = TABLES[table]
    assert all(e and e == e.strip() and unicodedata.normalize("NFKC", e) == e for e in entries)
    assert [f for f, n in Counter(normalise(e) for e in entries).items() if n > 1] == []


def test_no_name_is_both_a_place_and_an_outlet_or_a_byline_word() -> None:
    places = {normalise(p) for p in BYLINE_PLACES}
    assert places.isdisjoint(normalise(o) for o in KNOWN_OUTLETS)
    assert places.isdisjoint(normalise(w) for w in BYLINE_WORDS)


def test_no_marker_is_furniture() -> None:
    furniture = {normalise(p) for p in TABLES["furniture"]}
    assert furniture.isdisjoint(normalise(m) for m in RELATED_MARKERS)


@pytest.mark.parametrize("marker", RELATED_MARKERS)
def test_every_marker_opens_a_related_article(marker: str) -> None:
    page = "\n".join(
        [
            "افتتاح جسر جديد في البصرة",
            "افتتح محافظ البصرة جسراً جديداً يربط مركز المدينة بقضاء شط العرب.",
            f"{marker}:",
            "مجلس المحافظة يقر موازنة مشاريع المياه",
            "صوّت مجلس المحافظة على موازنة جديدة لمشاريع المياه.",
        ]
    )
    assert [(a.kind, a.title) for a in page_articles(page, "a.txt")] == [
        ("main", "افتتاح جسر جديد في البصرة"),
        ("related", "مجلس المحافظة يقر موازنة مشاريع المياه"),
    ]
