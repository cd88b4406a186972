"""Reads the table-driven date corpora (tests/temporal/*.tsv): text, publication date, expected, why.

`expected` is `-` for no expression, else items separated by " ; ", each `SPAN=VALUE` or `SPAN=VALUE~MOD`,
VALUE `null` for an expression that cannot be placed, `SET` for a recurrence, and `A|B` where either value
is right (the first preferred).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Expected:
    span: str
    values: tuple[str | None, ...]
    mod: str | None


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    published: date | None
    expected: tuple[Expected, ...]
    why: str
    line: int


def _item(item: str) -> Expected:
    span, _, rest = item.rpartition("=")
    value, _, mod = rest.partition("~")
    values = tuple(None if v == "null" else v for v in value.split("|"))
    return Expected(span.strip(), values, mod or None)


def load(path: Path) -> list[Row]:
    rows = []
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "text\tdct\texpected\twhy", f"{path}: bad header"
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        text, dct, expected, why = line.split("\t")
        items = () if expected.strip() == "-" else tuple(_item(i) for i in expected.split(" ; "))
        rows.append(Row(text, None if dct == "-" else date.fromisoformat(dct), items, why, n))
    return rows


def corpora() -> list[Path]:
    return sorted(HERE.glob("*.tsv"))
