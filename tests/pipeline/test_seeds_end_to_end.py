"""The five seed pages end to end (ingest, dates, events, merge) against ../shared/gold/seeds.json: every
article's publication date, every gold event on its date with all its sources and none duplicated, the
undated ones listed as undated, and every expression of every segment found in its own article's context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chrono.events import merge
from chrono.model import Chronology, FileExtraction
from chrono.pipeline import extract_corpus
from tests.shared import SEEDS, gold


@pytest.fixture(scope="module")
def extractions() -> list[FileExtraction]:
    gold()
    return extract_corpus(SEEDS, report=lambda _: None)


@pytest.fixture(scope="module")
def chronology(extractions: list[FileExtraction]) -> Chronology:
    return merge((e for x in extractions for e in x.events), since=2014)


def _files(mentions: Any) -> set[str]:
    return {Path(m.file).name[:3] for m in mentions}


def test_gold_events_are_found_once_with_all_sources(chronology: Chronology) -> None:
    for g in gold()["chronology"]["events"]:
        same_date = [
            e for e in chronology.events if e.date == g["date"] and _files(e.mentions) & set(g["sources"])
        ]
        assert len(same_date) == 1, (g["event"], [(e.date, _files(e.mentions)) for e in same_date])
        assert set(g["sources"]) <= _files(same_date[0].mentions), g["event"]
        assert same_date[0].mod == g.get("mod"), g["event"]


def test_nothing_before_2014(chronology: Chronology) -> None:
    assert all(e.start.year >= 2014 for e in chronology.events)


def test_undated_gold_events_are_undated(chronology: Chronology) -> None:
    undated_files = _files(chronology.undated)
    for g in gold()["chronology"]["undated"]:
        assert set(g["sources"]) <= undated_files, g["event"]


def test_expressions_in_their_articles(extractions: list[FileExtraction]) -> None:
    """Each gold expression is found, with its value, inside its own segment's text and publication date."""
    by_file = {x.file: x for x in extractions}
    for article in gold()["articles"]:
        x = by_file[article["file"]]
        for segment in article["segments"]:
            if segment["kind"] == "related-headlines":
                continue
            index = next(
                i
                for i, a in enumerate(x.articles)
                if a.kind == segment["kind"]
                and (not segment["title"] or (a.title or "").startswith(segment["title"][:20]))
            )
            found = x.mentions[index]
            for t in segment["timexes"]:
                accepted = {t["value"], *t.get("accept", ())}
                core = t["text"].removeprefix("في ").removeprefix("منذ ")
                hits = [m for m in found if core in m.text or m.text in t["text"]]
                assert hits, (article["file"], t["text"])
                assert any(m.value in accepted for m in hits), (t["text"], [(m.text, m.value) for m in hits])
