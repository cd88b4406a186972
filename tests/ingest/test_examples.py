"""The example corpus (examples/, written for chrono) against tests/data/examples_expected.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from chrono.ingest import load_file

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXPECTED = Path(__file__).resolve().parents[1] / "data" / "examples_expected.json"


def _expected() -> dict[str, list[dict[str, Any]]]:
    if not EXPECTED.exists():
        return {}
    by_file: dict[str, list[dict[str, Any]]] = {}
    for article in json.loads(EXPECTED.read_text(encoding="utf-8"))["articles"]:
        by_file.setdefault(article["file"], []).append(article)
    return by_file


@pytest.mark.skipif(not EXPECTED.exists(), reason="tests/data/examples_expected.json is absent")
@pytest.mark.parametrize("file", sorted(_expected()))
def test_example_articles_match_expected(file: str) -> None:
    loaded = load_file(EXAMPLES / file, EXAMPLES)
    got = [
        {
            "file": a.file,
            "title": a.title,
            "kind": a.kind,
            "published": a.published.isoformat() if a.published else None,
            "published_from": a.published_from,
            "outlet": a.outlet,
        }
        for a in loaded.articles
    ]
    assert got == _expected()[file]
    assert loaded.problems == ()
