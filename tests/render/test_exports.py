"""events.json, events.csv and events.ics: the output contract's fields, and builds that differ only in
`generated`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from chrono.render import write_site
from chrono.render.exports import CSV_FIELDS
from tests.render.conftest import GENERATED
from tests.render.sample import ARTICLES, CHRONOLOGY, MENTIONS, MOSUL_LIBERATED

EVENT_FIELDS = {"id", "date", "mod", "start", "end", "title", "summary", "entities", "mentions"}
MENTION_FIELDS = {"article", "file", "outlet", "published", "sentence", "expression", "value"}
ARTICLE_FIELDS = {"id", "file", "title", "outlet", "published", "published_from"}


def _json(site: Path) -> dict:
    return json.loads((site / "data" / "events.json").read_text(encoding="utf-8"))


def test_json_has_the_contract_fields(site: Path) -> None:
    doc = _json(site)
    assert set(doc) == {"generated", "events", "undated", "articles"}
    assert doc["generated"] == GENERATED
    assert len(doc["events"]) == 8
    for event in doc["events"]:
        assert set(event) >= EVENT_FIELDS
        for mention in event["mentions"]:
            assert set(mention) >= MENTION_FIELDS
    for article in doc["articles"]:
        assert set(article) >= ARTICLE_FIELDS
    assert [a["id"] for a in doc["articles"]] == sorted(a.id for a in ARTICLES)


def test_json_event_values(site: Path) -> None:
    event = next(e for e in _json(site)["events"] if e["id"] == MOSUL_LIBERATED.id)
    assert {k: event[k] for k in ("date", "mod", "start", "end", "title", "grain", "hijri", "page")} == {
        "date": "2017-07-10",
        "mod": None,
        "start": "2017-07-10",
        "end": "2017-07-10",
        "title": "تحرير الموصل من تنظيم «داعش»",
        "grain": "day",
        "hijri": "16 شوال 1438 هـ",
        "page": f"years/2017.html#event-{MOSUL_LIBERATED.id}",
    }
    assert event["outlets"] == ["صحيفة الضفتين", "قناة الرافدين"]
    assert event["entities"][0] == {"name": "حيدر العبادي", "kind": "PER"}
    # The earliest published source comes first.
    assert [(m["article"], m["published"], m["expression"], m["value"]) for m in event["mentions"]] == [
        ("2017-07-mosul-victory.txt#0", "2017-07-10", "اليوم الاثنين", "2017-07-10"),
        ("2017-12-victory.txt#0", "2017-12-10", "تموز 2017", "2017-07"),
    ]


def test_events_are_in_chronological_order(site: Path) -> None:
    """By first day: "أواخر 2017" (from 1 September) comes after 10 July 2017."""
    starts = [(e["start"], e["end"], e["id"]) for e in _json(site)["events"]]
    assert starts == sorted(starts)
    assert [e["date"] for e in _json(site)["events"]] == [
        "2014-06-10",
        "2014-09-10",
        "2016-06",
        "2017-07-10",
        "2017",
        "2017-12-09",
        "2019-10-27",
        "2025-03-13",
    ]


def test_undated_says_why(site: Path) -> None:
    [undated] = _json(site)["undated"]
    assert undated["article"] == "wire.jsonl#3"
    assert undated["expression"] == "15 يناير"
    assert undated["value"] is None
    assert undated["reason"] == "no anchor for the year"
    assert undated["published"] is None


def test_csv_has_one_row_per_event_with_mentions_joined(site: Path) -> None:
    text = (site / "data" / "events.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_FIELDS
    assert len(rows) == 8
    row = next(r for r in rows if r["id"] == MOSUL_LIBERATED.id)
    assert row["mentions.article"] == "2017-07-mosul-victory.txt#0 | 2017-12-victory.txt#0"
    assert row["mentions.expression"] == "اليوم الاثنين | تموز 2017"
    assert row["outlets"] == "صحيفة الضفتين | قناة الرافدين"
    assert row["entities"] == "حيدر العبادي (PER) | الموصل (LOC) | داعش (ORG) | الجيش العراقي (ORG)"
    assert row["mod"] == ""


def test_ics_has_one_all_day_event_per_event(site: Path) -> None:
    text = (site / "data" / "events.ics").read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 8
    assert "DTSTART;VALUE=DATE:20170710\r\nDTEND;VALUE=DATE:20170711\r\n" in text
    # "أواخر 2017": the last third of the year, all days.
    assert "DTSTART;VALUE=DATE:20170901\r\nDTEND;VALUE=DATE:20180101\r\n" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_builds_differ_only_in_generated(site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    write_site(CHRONOLOGY, ARTICLES, MENTIONS, again, generated="2030-01-01T00:00:00Z")
    first, second = _json(site), _json(again)
    assert second["generated"] == "2030-01-01T00:00:00Z"
    assert {**first, "generated": None} == {**second, "generated": None}
    a = (site / "data" / "events.json").read_text(encoding="utf-8")
    b = (again / "data" / "events.json").read_text(encoding="utf-8")
    assert a.replace(GENERATED, "") == b.replace("2030-01-01T00:00:00Z", "")
    for name in ("events.csv", "events.ics"):
        assert (site / "data" / name).read_bytes() == (again / "data" / name).read_bytes()
    for page in ("years/2017.html", "undated.html"):
        assert (site / page).read_bytes() == (again / page).read_bytes()
