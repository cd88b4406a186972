"""chrono's date engine side by side with dateparser.search_dates on the same texts (run by hand).

    .venv/bin/python benchmarks/dates.py

For each evaluation set (the seeds' gold phrases, each alone with its article's publication date; and every
table in tests/temporal/*.tsv) it prints, for both tools: expressions found, expressions right (span overlaps
and value accepted; dateparser gives a datetime with no grain, so its value is read as a day, or a day and
time when it has one) and texts per second. Not a test: timing never fails anything.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chrono.temporal import find_dates  # noqa: E402
from tests.temporal.corpus import Expected, corpora, load  # noqa: E402

warnings.filterwarnings("ignore")  # dateparser's deprecation noise


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: str | None
    kind: str


@dataclass(frozen=True)
class Case:
    text: str
    published: date | None
    expected: tuple[Expected, ...]


def chrono(text: str, published: date | None) -> list[Found]:
    return [Found(m.start, m.end, m.value, m.type) for m in find_dates(text, published)]


def dateparser_tool(text: str, published: date | None) -> list[Found]:
    settings = {"RELATIVE_BASE": datetime.combine(published, datetime.min.time())} if published else {}
    found = search_dates(text, languages=["ar"], settings=settings) or []
    out, pos = [], 0
    for span, when in found:
        at = text.find(span, pos)
        at = at if at >= 0 else text.find(span)
        pos = at + len(span) if at >= 0 else pos
        value = when.strftime("%Y-%m-%dT%H:%M") if (when.hour or when.minute) else when.date().isoformat()
        out.append(Found(max(at, 0), max(at, 0) + len(span), value, "DATE"))
    return out


def right(found: list[Found], case: Case) -> int:
    """Expected expressions matched by a found one: overlapping span and an accepted value."""
    used: set[int] = set()
    hits = 0
    for e in case.expected:
        at = case.text.find(e.span)
        for i, f in enumerate(found):
            overlap = at >= 0 and f.start < at + len(e.span) and at < f.end
            ok = f.kind == "SET" if e.values == ("SET",) else f.value in e.values
            if i not in used and overlap and ok:
                used.add(i)
                hits += 1
                break
    return hits


def seed_cases() -> list[Case]:
    path = ROOT.parent / "shared" / "gold" / "seeds.json"
    if not path.exists():
        return []
    cases = []
    for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
        for segment in article["segments"]:
            dct = date.fromisoformat(segment["published"]) if segment["published"] else None
            for t in segment["timexes"]:
                values = (t["value"], *t.get("accept", ()))
                cases.append(Case(t["text"], dct, (Expected(t["text"], values, t.get("mod")),)))
    return cases


def measure(
    tool: Callable[[str, date | None], list[Found]], cases: list[Case]
) -> tuple[int, int, int, float]:
    started = time.perf_counter()
    results = [tool(c.text, c.published) for c in cases]
    seconds = time.perf_counter() - started
    found = sum(len(r) for r in results)
    hits = sum(right(r, c) for r, c in zip(results, cases, strict=True))
    expected = sum(len(c.expected) for c in cases)
    return found, hits, expected, len(cases) / seconds


def main() -> None:
    sets = {"seeds gold (phrases alone)": seed_cases()}
    for path in corpora():
        sets[f"tests/temporal/{path.name}"] = [Case(r.text, r.published, r.expected) for r in load(path)]
    find_dates("تمهيد", date(2020, 1, 1))  # compile the grammar outside the timing
    print(f"{'set':32} {'tool':11} {'found':>6} {'right':>11} {'P':>6} {'R':>6} {'F1':>6} {'texts/s':>9}")
    for name, cases in sets.items():
        if not cases:
            print(f"{name:32} (absent)")
            continue
        speeds = {}
        for label, tool in (("chrono", chrono), ("dateparser", dateparser_tool)):
            found, hits, expected, per_second = measure(tool, cases)
            speeds[label] = per_second
            p = hits / found if found else 0.0
            r = hits / expected if expected else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(
                f"{name:32} {label:11} {found:6d} {hits:5d}/{expected:<5d} {p:6.3f} {r:6.3f} {f1:6.3f} "
                f"{per_second:9.0f}"
            )
        print(f"{'':32} chrono is {speeds['chrono'] / speeds['dateparser']:.0f}x faster")


if __name__ == "__main__":
    main()
