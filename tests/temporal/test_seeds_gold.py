"""Every date expression and trap of the seeds' gold (../shared/gold/seeds.json), as the scorer reads them:
each phrase alone, anchored on its own article's publication date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from chrono.temporal import find_dates
from tests.shared import SHARED, gold

_GOLD_PATH = SHARED / "gold" / "seeds.json"


def _timexes() -> list[tuple[str, dict[str, Any]]]:
    if not _GOLD_PATH.exists():
        return []
    rows = []
    for article in gold()["articles"]:
        for segment in article["segments"]:
            for t in segment["timexes"]:
                rows.append((segment["published"], t))
    return rows


def _traps() -> list[dict[str, Any]]:
    return [t for a in gold()["articles"] for t in a["traps"]] if _GOLD_PATH.exists() else []


@pytest.mark.parametrize(
    ("published", "timex"), _timexes(), ids=lambda x: x["text"] if isinstance(x, dict) else ""
)
def test_gold_expression(published: str | None, timex: dict[str, Any]) -> None:
    gold()  # skips cleanly when ../shared is absent
    found = find_dates(timex["text"], date.fromisoformat(published) if published else None)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    m = found[0]
    assert m.value in {timex["value"], *timex.get("accept", ())}
    assert m.mod == timex.get("mod")
    assert m.type == timex.get("type", "DATE")
    if timex["value"] is None:
        assert m.reason  # unresolved, visibly


@pytest.mark.parametrize("trap", _traps(), ids=lambda t: t["text"])
def test_gold_trap_is_not_a_date(trap: dict[str, Any]) -> None:
    assert find_dates(trap["text"], date(2024, 3, 25)) == []


def test_there_is_gold_to_test() -> None:
    g = gold()
    assert sum(len(s["timexes"]) for a in g["articles"] for s in a["segments"]) == len(_timexes()) > 20
