"""Date labels: the Gregorian date in Arabic, its Hijri twin, and the grain, for every TIMEX3 shape."""

from __future__ import annotations

import re
from datetime import date

import pytest

from chrono.render import exports
from chrono.render.dates import DateLabel, label, reason
from chrono.temporal import find_dates
from tests.temporal.corpus import corpora, load


@pytest.mark.parametrize(
    ("value", "mod", "expected"),
    [
        ("2017-12-09", None, DateLabel("9 ديسمبر/كانون الأول 2017", "21 ربيع الأول 1439 هـ", "day")),
        ("2014-06-10T09:00", None, DateLabel("10 يونيو/حزيران 2014", "12 شعبان 1435 هـ", "day")),
        ("2017-12", None, DateLabel("ديسمبر/كانون الأول 2017", "ربيع الأول – ربيع الآخر 1439 هـ", "month")),
        ("2016-06", "MID", DateLabel("منتصف يونيو/حزيران 2016", "شعبان – رمضان 1437 هـ", "month")),
        ("2017", "END", DateLabel("أواخر 2017", "1438 – 1439 هـ", "year")),
        ("2018", "START", DateLabel("مطلع 2018", "1439 – 1440 هـ", "year")),
        ("2017-Q4", None, DateLabel("الربع الرابع من 2017", "1439 هـ", "quarter")),
        ("2017-H1", None, DateLabel("النصف الأول من 2017", "1438 هـ", "half")),
        ("2017-WI", None, DateLabel("شتاء 2017–2018", "1439 هـ", "season")),
        ("2017-SU", None, DateLabel("صيف 2017", "1438 هـ", "season")),
        (
            "2017-W49",
            None,
            DateLabel(
                "الأسبوع 49 من 2017 (4 – 10 ديسمبر/كانون الأول 2017)",
                "16 ربيع الأول 1439 هـ – 22 ربيع الأول 1439 هـ",
                "week",
            ),
        ),
        ("201", None, DateLabel("العقد 2010–2019", "1431 – 1441 هـ", "decade")),
        ("2017", "APPROX", DateLabel("نحو 2017", "1438 – 1439 هـ", "year")),
        ("2017", "LESS_THAN", DateLabel("2017 (LESS_THAN)", "1438 – 1439 هـ", "year")),
        ("P3Y", None, DateLabel("P3Y", None, "unknown")),
    ],
)
def test_label(value: str, mod: str | None, expected: DateLabel) -> None:
    assert label(value, mod) == expected


def test_grain_name() -> None:
    assert label("2017-12", None).grain_name == "شهر"


def test_every_reason_the_engine_gives_reads_in_arabic() -> None:
    """The pages say why a date has no value, or how its year was inferred, in Arabic: every reason the
    engine gives on the table corpora, and on texts without a publication date, has an Arabic form."""
    texts = [(r.text, r.published) for p in corpora() for r in load(p)]
    texts += [
        ("وصل الوفد في عام 2016 ثم عاد في 15 يناير ليوقع الاتفاق.", None),
        ("نُقل المقر في عام 2024، وسيفتتح في 15 يناير.", None),
        ("تعقد الجلسة كل أسبوع، وفي ذلك اليوم تحدث الوزير.", None),
        ("قال الوزير أمس إن الوفد يصل في رمضان.", None),
    ]
    texts += [("وقع الحادث في 31 فبراير 2017 بحسب البيان.", date(2017, 3, 5))]
    reasons = {m.reason for text, dct in texts for m in find_dates(text, dct) if m.reason}
    reasons |= {exports.NO_PUBLICATION_DATE, exports.UNRESOLVED}
    assert len(reasons) >= 5
    assert {r: reason(r) for r in reasons if re.search("[A-Za-z]", reason(r))} == {}
