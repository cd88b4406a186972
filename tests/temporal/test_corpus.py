"""The table-driven corpora: every row's expressions, exactly, in order (tests/temporal/*.tsv)."""

from __future__ import annotations

import pytest

from chrono.model import Mention
from chrono.temporal import find_dates
from tests.temporal.corpus import Expected, Row, corpora, load

ROWS = [(p.name, r) for p in corpora() for r in load(p)]

# Rows the engine gets wrong today, each with the reason; strict, so a fix shows up as XPASS and fails.
KNOWN = {
    "corpus.tsv:98": "the feast name المولد النبوي beside its explicit date is found as a second expression",
    "corpus.tsv:279": "عقودا (decades) is not read alone: in news it is mostly 'contracts'",
    "corpus.tsv:315": "اليوم meaning 'nowadays' is read as the publication day",
    "corpus.tsv:316": "اليوم meaning 'nowadays' is read as the publication day",
    "news.tsv:36": "'الربع الأخير من العام' after 'عام 2024' takes the publication year, not the year named",
    "news.tsv:38": "a bare plural 'سنوات' after a verb ('تأخر سنوات') is not read as a duration",
    "news.tsv:58": "a bare clock time takes the last day named ('صباح اليوم'), not the day of the event told",
    "news.tsv:66": "'الفترة ذاتها من عام 2022' (the same quarter of another year) is read as the year alone",
    "news2.tsv:21": "a bare clock time takes the raid's day (the last day named), not the announcement's",
    "news2.tsv:31": "اليوم meaning 'nowadays' is read as the publication day",
    "news2.tsv:33": "'آب من العام نفسه' is read as two expressions (month, year back-reference)",
    "news2.tsv:34": "'آنذاك' takes the year of 'العام نفسه', not the month before it",
    "news2.tsv:40": "a bare plural 'سنوات' after a verb is not read as a duration",
    "news2.tsv:46": "a bare clock time of a dawn blast takes the publication day, not the night before",
    "news2.tsv:49": "اليوم meaning 'nowadays' is read as the publication day",
    "news2.tsv:54": "a December in a crop-season sentence is put in the past; the text means the next",
    "news2.tsv:65": "'حتى يوم الجمعة' (an extension until Friday) is placed on the past Friday",
    "news2.tsv:70": "children's ages '6 أشهر و14 سنة' are read as durations",
    "news2.tsv:71": "'الشهر نفسه من السنة الماضية' is read as two expressions",
    "news2.tsv:72": "'الفترة نفسها من العام الماضي' (the same quarter last year) is read as the year alone",
    "news2.tsv:76": "'الفترة ذاتها من العام السابق' (that quarter a year before) is read as the year alone",
}


def matches(m: Mention, e: Expected, text: str) -> bool:
    """Span overlaps the expected one, value is one of the accepted ones (SET: type SET), mod equal."""
    at = text.find(e.span)
    overlaps = at >= 0 and m.start < at + len(e.span) and at < m.end
    value_ok = m.type == "SET" if e.values == ("SET",) else m.value in e.values
    return overlaps and value_ok and m.mod == e.mod


def test_corpora_are_big_enough() -> None:
    assert len(ROWS) >= 300


def _param(corpus: str, row: Row) -> object:
    key = f"{corpus}:{row.line}"
    marks = [pytest.mark.xfail(reason=KNOWN[key], strict=True)] if key in KNOWN else []
    return pytest.param(corpus, row, id=key, marks=marks)


@pytest.mark.parametrize(("corpus", "row"), [_param(c, r) for c, r in ROWS])
def test_row(corpus: str, row: Row) -> None:
    found = find_dates(row.text, row.published)
    got = [(m.text, m.value, m.mod) for m in found]
    assert len(found) == len(row.expected), got
    for m, e in zip(found, row.expected, strict=True):
        assert matches(m, e, row.text), (got, e)
