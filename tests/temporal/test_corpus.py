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
    "news2.tsv:31": "اليوم 'nowadays' after an eventive verb ('تشهد ... اليوم حركة') is read as the DCT",
    "news3.tsv:27": "'ومددت التصويت ... حتى العاشرة مساء' (today's vote) takes the weekday named before it",
    "news3.tsv:31": "'يومها' takes the day last placed ('صباح اليوم'), not the flood of 22 سبتمبر it recalls",
    "news3.tsv:39": "'ألغي موعد 18 أفريل ثم موعد 4 جويلية': the future cue موعد outweighs the past ألغي",
    "news3.tsv:42": "the written-out compound 'الساعات الأربع والعشرين الماضية' is missed",
    "news3.tsv:47": "'في الصباح' is not read as the morning of the day just placed",
    "news3.tsv:60": "'ليلة الجمعة إلى السبت' night spans are not read; the clock time takes Saturday",
    "news4.tsv:46": "Easter feasts (movable) are not in the lexicon; a bare clock time takes 'أمس الأحد'",
    "news5.tsv:39": "'قبل انتهائها صباح الثلاثاء' (a truce ending on a coming day) looks back",
    "news6.tsv:54": "'موعدا سنويا' (an annual event, an adjective) is read as a recurrence",
    "news8.tsv:6": "ordinal centuries ('منتصف القرن التاسع عشر') are not read",
    "news8.tsv:11": "'قرر في مارس تقديم موعد': the future cue موعد after the month outweighs the past verb",
    "news8.tsv:13": "the Arbaeen ('زيارة الأربعين', 20 Safar) is not read as a feast: news6.tsv:53 "
    "reads it as an event, not a date, and the tables must agree first",
    "news8.tsv:22": "ordinal centuries ('القرن السادس عشر') are not read",
    "news8.tsv:23": "'توقع ... قبل منتصف ليل الثلاثاء': an expectation of a coming event looks back",
    "news8.tsv:27": "'ويعقد المجلس، الذي ...، جلسة صباح الاثنين': the verb is outside the date's clause",
    "news8.tsv:33": "the Amazigh new year ('رأس السنة الأمازيغية 2975', 12 January) is not in the lexicon",
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
