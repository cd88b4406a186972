"""JSON Lines and JSON records: field names mapped, bad records reported by line and skipped."""

from __future__ import annotations

import json
from datetime import date

from chrono.ingest import parse_file
from chrono.model import Article

TEXT = "افتتح محافظ البصرة جسراً جديداً يربط مركز المدينة بقضاء شط العرب."


def _jsonl(*records: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records).encode()


def test_jsonl_field_names_are_mapped() -> None:
    loaded = parse_file(
        _jsonl(
            {
                "headline": "جسر جديد",
                "body": TEXT,
                "pubDate": "2020-01-03T08:15:00+03:00",
                "publisher": {"@type": "Organization", "name": "صحيفة النخيل"},
                "link": "https://example.org/a",
            },
            {
                "Title": "موازنة المياه",
                "Content": ["الفقرة الأولى.", " ", "الفقرة الثانية."],
                "datePublished": "2021-12-09",
                "outlet": "وكالة الرافد للأنباء",
            },
            {"text": TEXT, "published_at": "", "site": "موقع الفرات نت", "url": "https://example.org/c"},
            {"article": TEXT, "date": "3 آذار 2025", "source": "صحيفة النخيل"},
        ),
        "wire/feed.jsonl",
    )
    assert loaded.problems == ()
    assert loaded.articles == (
        Article(
            "wire/feed.jsonl#0",
            "wire/feed.jsonl",
            0,
            "main",
            "جسر جديد",
            "صحيفة النخيل",
            date(2020, 1, 3),
            "2020-01-03T08:15:00+03:00",
            TEXT,
            "https://example.org/a",
        ),
        Article(
            "wire/feed.jsonl#1",
            "wire/feed.jsonl",
            1,
            "main",
            "موازنة المياه",
            "وكالة الرافد للأنباء",
            date(2021, 12, 9),
            "2021-12-09",
            "الفقرة الأولى.\nالفقرة الثانية.",
        ),
        Article(
            "wire/feed.jsonl#2",
            "wire/feed.jsonl",
            2,
            "main",
            None,
            "موقع الفرات نت",
            None,
            None,
            TEXT,
            "https://example.org/c",
        ),
        Article(
            "wire/feed.jsonl#3",
            "wire/feed.jsonl",
            3,
            "main",
            None,
            "صحيفة النخيل",
            date(2025, 3, 3),
            "3 آذار 2025",
            TEXT,
        ),
    )


def test_a_preferred_name_that_is_empty_gives_way_to_the_next() -> None:
    loaded = parse_file(_jsonl({"title": "", "headline": "جسر جديد", "text": TEXT}), "a.jsonl")
    assert loaded.articles[0].title == "جسر جديد"


def test_bad_records_are_reported_by_line_and_skipped() -> None:
    loaded = parse_file(
        _jsonl(
            {"text": TEXT},
            '{"text": "مقطوع',
            "",
            '["ليس", "كائناً"]',
            {"title": "بلا نص"},
            {"text": TEXT, "published": 20200103, "source": "صحيفة النخيل"},
            {"text": TEXT, "published": "قريباً"},
        ),
        "feed.jsonl",
    )
    assert [a.id for a in loaded.articles] == ["feed.jsonl#0", "feed.jsonl#1", "feed.jsonl#2"]
    assert loaded.articles[1].published is None
    assert loaded.problems == (
        "feed.jsonl:2: malformed JSON record skipped",
        "feed.jsonl:4: not a JSON object; skipped",
        "feed.jsonl:5: record has no text; skipped",
        "feed.jsonl:6: field 'published' is not text; ignored",
        "feed.jsonl:7: publication date 'قريباً' not understood; ignored",
    )
    assert not loaded.skipped


def test_a_raw_line_separator_inside_a_string_does_not_split_a_record() -> None:
    loaded = parse_file('{"text": "السطر الأول\u2028السطر الثاني"}\n'.encode(), "a.jsonl")
    assert loaded.articles[0].text == "السطر الأول\u2028السطر الثاني"
    assert loaded.problems == ()


def test_jsonl_with_no_usable_record_is_skipped() -> None:
    loaded = parse_file(b"{oops\n[1]\n", "a.jsonl")
    assert loaded == type(loaded)(
        (),
        ("a.jsonl:1: malformed JSON record skipped", "a.jsonl:2: not a JSON object; skipped"),
        True,
    )


def test_json_list_and_single_object() -> None:
    listed = parse_file(
        json.dumps([{"title": "أ", "text": TEXT}, {"title": "ب"}, {"title": "ج", "text": TEXT}]).encode(),
        "a.json",
    )
    assert [(a.id, a.title) for a in listed.articles] == [("a.json#0", "أ"), ("a.json#1", "ج")]
    assert listed.problems == ("a.json: record 2: record has no text; skipped",)
    single = parse_file(json.dumps({"headline": "أ", "content": TEXT}).encode(), "b.json")
    assert [(a.id, a.title, a.text) for a in single.articles] == [("b.json#0", "أ", TEXT)]


def test_malformed_json_file_is_skipped_with_its_line() -> None:
    loaded = parse_file(b'[\n{"text": "x"},\n{"text": }\n]', "a.json")
    assert loaded.articles == ()
    assert loaded.problems == ("a.json:3: malformed JSON (Expecting value); skipped",)
    assert loaded.skipped


def test_json_nested_too_deep_is_a_problem_not_a_crash() -> None:
    loaded = parse_file(b"[" * 100_000, "a.json")
    assert loaded.problems == ("a.json: malformed JSON (too deep or too large); skipped",)
    assert parse_file(b"[" * 100_000, "a.jsonl").problems[0] == "a.jsonl:1: malformed JSON record skipped"
