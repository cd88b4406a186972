"""A corpus as scraped: good pages among empty, binary, truncated, cp1256, oversized, malformed and
unsupported files, and text with impossible dates. The build completes, reports each bad file (or bad
record) exactly once by name, keeps every good article, and the CLI says by its exit code whether anything
was skipped."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from chrono.ingest import MAX_BYTES, parse_file
from chrono.pipeline import build, extract_file

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GOOD = ("2014-06-mosul-falls.txt", "2017-12-victory-declared.txt", "2019-10-baghdadi-killed.txt")

TRUNCATED_TITLE = "القوات الأمنية تفتح طريق بغداد كركوك أمام المسافرين"
TRUNCATED = f"""{TRUNCATED_TITLE}
نشر في 3 آذار 2019
بغداد – صحيفة الضفتين
أعلنت قيادة العمليات المشتركة، اليوم الأحد، إعادة فتح طريق بغداد كركوك أمام حركة المسافرين بعد تأمينه.
وقال مصدر أمني إن القوات انتشرت على طول الطريق"""

CP1256_TITLE = "افتتاح جسر جديد على نهر دجلة في الموصل"
CP1256 = f"""{CP1256_TITLE}
نشر في 12 تشرين الأول 2020
الموصل – شبكة الرافدين
افتتحت الحكومة المحلية في نينوى، اليوم الاثنين، جسراً جديداً على نهر دجلة يربط جانبي الموصل.
"""

IMPOSSIBLE_TITLE = "اجتماع أمني في بغداد لبحث خطة الانتشار"
IMPOSSIBLE = f"""{IMPOSSIBLE_TITLE}
نشر في 5 آذار 2017
بغداد – صحيفة الضفتين
عقد قادة الأجهزة الأمنية اجتماعاً في بغداد اليوم الأحد لبحث خطة الانتشار الجديدة.
وأشارت وثيقة مسربة إلى اجتماع سابق في 31 فبراير 2017، فيما حملت نسخة أخرى تاريخ 2017/13/45.
وقال مصدر إن الخطة ستطبق في 20 آذار 2017.
"""
IMPOSSIBLE_DATELINE_TITLE = "البرلمان يناقش قانون الموازنة"
IMPOSSIBLE_DATELINE = f"""{IMPOSSIBLE_DATELINE_TITLE}
نشر في 31 شباط 2017
عقد مجلس النواب جلسة في بغداد لمناقشة قانون الموازنة العامة.
"""

RECORDS = [
    {"title": "سجل أول عن عودة النازحين إلى سنجار", "text": "عادت مئات العائلات إلى سنجار أمس الأحد."},
    {"title": "سجل ثان عن افتتاح مطار الموصل", "text": "افتتح مطار الموصل في 15 أيار 2023 بعد إعماره."},
    {
        "headline": "سجل ثالث عن ضربة جوية",
        "body": "نفذ التحالف الدولي ضربة جوية اليوم.",
        "pubDate": "2018-01-09",
    },
]
# Line by line: good records (lines 1, 3, 8) among broken ones (2, 4, 6, 7) and a blank line (5).
JSONL_LINES = [
    json.dumps(RECORDS[0], ensure_ascii=False),
    '{"title": "سجل مقطوع", "text": "نص لم',
    json.dumps(RECORDS[1], ensure_ascii=False),
    "not json at all",
    "",
    "[1, 2, 3]",
    json.dumps({"title": "سجل بلا نص"}, ensure_ascii=False),
    json.dumps(RECORDS[2], ensure_ascii=False),
]
BAD_LINES = {2: "malformed JSON", 4: "malformed JSON", 6: "not a JSON object", 7: "no text"}

# Each bad file, and the words its one message must hold.
BAD_FILES = {
    "empty.txt": ("empty", "skipped"),
    "binary.txt": ("binary", "skipped"),
    "huge.txt": ("over the", "MB limit", "skipped"),
    "scan.pdf": ("unsupported file type", "skipped"),
}
# Recovered, and reported once each: their text is used, so they are not "skipped".
RECOVERED = {"truncated.txt": ("ends inside a UTF-8 character",), "cp1256.txt": ("read as cp1256",)}
HAND_WRITTEN = {
    "truncated.txt": TRUNCATED_TITLE,
    "cp1256.txt": CP1256_TITLE,
    "impossible.txt": IMPOSSIBLE_TITLE,
    "impossible-dateline.txt": IMPOSSIBLE_DATELINE_TITLE,
}


def _good_corpus(root: Path) -> Path:
    root.mkdir(parents=True)
    for name in GOOD:
        shutil.copy(EXAMPLES / name, root / name)
    (root / "impossible.txt").write_text(IMPOSSIBLE, encoding="utf-8")
    (root / "impossible-dateline.txt").write_text(IMPOSSIBLE_DATELINE, encoding="utf-8")
    return root


def _bad_corpus(root: Path) -> Path:
    _good_corpus(root)
    (root / "empty.txt").write_bytes(b"")
    noise = bytearray(random.Random(7).randbytes(4096))
    noise[100:104] = b"\0\0\0\0"
    (root / "binary.txt").write_bytes(bytes(noise))
    data = TRUNCATED.encode("utf-8")
    assert data[-2:] == "ق".encode()  # cut inside the last letter, a two-byte character
    (root / "truncated.txt").write_bytes(data[:-1])
    (root / "cp1256.txt").write_bytes(CP1256.encode("cp1256"))
    with open(root / "huge.txt", "wb") as f:  # sparse: 21 MB on paper, nothing on disk
        f.truncate(MAX_BYTES + 1024 * 1024)
    (root / "wire.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    (root / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    return root


def _file_of(message: str) -> str:
    return message.split(":", 1)[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    base = tmp_path_factory.mktemp("robust")
    corpus = _bad_corpus(base / "corpus")
    messages: list[str] = []
    build(corpus, base / "site", report=messages.append, jobs=2, cache_dir=base / "cache", quiet=True)
    return corpus, base / "site", messages


@pytest.fixture(scope="module")
def events_json(built: tuple[Path, Path, list[str]]) -> dict[str, Any]:
    return json.loads((built[1] / "data" / "events.json").read_text(encoding="utf-8"))


def test_each_bad_file_is_reported_exactly_once(built: tuple[Path, Path, list[str]]) -> None:
    _, _, messages = built
    counts = Counter(_file_of(m) for m in messages)
    assert counts == Counter({**dict.fromkeys(BAD_FILES, 1), **dict.fromkeys(RECOVERED, 1), "wire.jsonl": 4})
    for message in messages:
        name = _file_of(message)
        for words in (BAD_FILES | RECOVERED).get(name, ()):
            assert words in message, message
        if name in RECOVERED:
            assert "skipped" not in message


def test_each_bad_record_is_reported_once_with_its_line(built: tuple[Path, Path, list[str]]) -> None:
    lines = {}
    for message in built[2]:
        if _file_of(message) == "wire.jsonl":
            number = int(message.split(":")[1])
            assert number not in lines, message
            lines[number] = message
    assert lines.keys() == BAD_LINES.keys()
    for number, words in BAD_LINES.items():
        assert words in lines[number]


def test_every_good_article_is_in_events_json(
    built: tuple[Path, Path, list[str]], events_json: dict[str, Any]
) -> None:
    corpus = built[0]
    got: dict[str, set[tuple[str, str | None]]] = {}
    for article in events_json["articles"]:
        got.setdefault(article["file"], set()).add((article["id"], article["title"]))
    assert got.keys() == {*GOOD, *HAND_WRITTEN, "wire.jsonl"}  # nothing from a skipped file
    for name in GOOD:
        alone = parse_file((corpus / name).read_bytes(), name).articles
        assert len(alone) == 2  # the main article and a related one (or a list of headlines)
        assert got[name] == {(a.id, a.title) for a in alone}
        assert (f"{name}#0", (EXAMPLES / name).read_text(encoding="utf-8").splitlines()[0]) in got[name]
    for name, title in HAND_WRITTEN.items():
        assert got[name] == {(f"{name}#0", title)}


def test_recovered_files_keep_their_text(built: tuple[Path, Path, list[str]]) -> None:
    corpus = built[0]
    truncated = extract_file(((corpus / "truncated.txt").read_bytes(), "truncated.txt"))
    assert not truncated.skipped
    assert truncated.articles[0].text.endswith("على طول الطري")  # only the cut letter is lost
    cp1256 = extract_file(((corpus / "cp1256.txt").read_bytes(), "cp1256.txt"))
    assert not cp1256.skipped
    assert cp1256.articles[0].outlet == "شبكة الرافدين"
    assert cp1256.articles[0].published_from == "نشر في 12 تشرين الأول 2020"


def test_good_records_of_a_malformed_jsonl_are_kept(events_json: dict[str, Any]) -> None:
    records = [a for a in events_json["articles"] if a["file"] == "wire.jsonl"]
    titles = [r.get("title") or r.get("headline") for r in RECORDS]
    assert [(a["id"], a["title"]) for a in records] == [(f"wire.jsonl#{i}", t) for i, t in enumerate(titles)]
    assert records[2]["published"] == "2018-01-09"
    sentences = {m["sentence"] for e in events_json["events"] for m in e["mentions"]}
    assert "افتتح مطار الموصل في 15 أيار 2023 بعد إعماره." in sentences


def test_impossible_dates_have_no_value(
    built: tuple[Path, Path, list[str]], events_json: dict[str, Any]
) -> None:
    corpus = built[0]
    result = extract_file(((corpus / "impossible.txt").read_bytes(), "impossible.txt"))
    (article,) = result.articles
    assert article.published.isoformat() == "2017-03-05"
    values = {m.text: m.value for m in result.mentions[0]}
    assert values["31 فبراير 2017"] is None
    assert not any("13/45" in m.text and m.value for m in result.mentions[0])
    # The good dates around them still resolve.
    assert values["اليوم الأحد"] == "2017-03-05"
    assert values["20 آذار 2017"] == "2017-03-20"

    (undated,) = (a for a in events_json["articles"] if a["file"] == "impossible-dateline.txt")
    assert (undated["published"], undated["published_from"]) == (None, None)
    for event in events_json["events"]:
        for m in event["mentions"]:
            assert "31 فبراير" not in m["expression"] and "13/45" not in m["expression"]
            assert "31 شباط" not in m["expression"]


def _cli(corpus: Path, out: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "chrono.cli", "build", str(corpus), "-o", str(out), "--jobs", "1"]
    return subprocess.run([*command, "--quiet"], capture_output=True, text=True, timeout=300, check=False)


def test_cli_exits_1_when_something_was_skipped(tmp_path: Path, built: tuple[Path, Path, list[str]]) -> None:
    done = _cli(_bad_corpus(tmp_path / "corpus"), tmp_path / "site")
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert lines[-1].startswith("chrono: ") and "files skipped" in lines[-1]
    assert sorted(lines[:-1]) == sorted(f"chrono: {m}" for m in built[2])
    assert (tmp_path / "site" / "data" / "events.json").is_file()


def test_cli_exits_1_when_only_an_unsupported_file_was_skipped(tmp_path: Path) -> None:
    corpus = _good_corpus(tmp_path / "corpus")
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    done = _cli(corpus, tmp_path / "site")
    assert "chrono: scan.pdf: unsupported file type; skipped" in done.stderr.splitlines()
    assert done.returncode == 1, done.stderr


def test_cli_exits_0_for_a_clean_corpus(tmp_path: Path) -> None:
    done = _cli(_good_corpus(tmp_path / "corpus"), tmp_path / "site")
    assert done.returncode == 0, done.stderr
    (line,) = done.stderr.splitlines()
    assert "0 files skipped" in line
