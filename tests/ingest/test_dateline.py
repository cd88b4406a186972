"""Datelines in every form chrono reads, and what must not pass for one."""

from __future__ import annotations

from datetime import date

import dateparser
import pytest

from chrono.ingest.dateline import glued_starts, lead_dateline, match_dateline, parse_published, settle

# piece, publication date, the exact dateline text (published_from), why
DATELINES = [
    (
        "تاريخ النشر: 3rd, February 2021 GMT",
        date(2021, 2, 3),
        "تاريخ النشر: 3rd, February 2021 GMT",
        "English ordinal date after a label: dateparser",
    ),
    (
        "تاريخ النشر: 3rd, February 2021 GMT 14 تعليقاً",
        date(2021, 2, 3),
        "تاريخ النشر: 3rd, February 2021 GMT",
        "a Latin run that overshoots into a count is cut back",
    ),
    (
        "آخر تحديث: 5 أغشت 2022 - 9:40 ص",
        date(2022, 8, 5),
        "آخر تحديث: 5 أغشت 2022 - 9:40 ص",
        "Moroccan month name through the date engine, the clock time kept in the dateline",
    ),
    ("11:05 – 12/03/2020", date(2020, 3, 12), "11:05 – 12/03/2020", "time then numeric date, day first"),
    ("30/01/2023 18:20", date(2023, 1, 30), "30/01/2023 18:20", "numeric date then time"),
    ("نشر في 2 كانون الثاني 2018", date(2018, 1, 2), "نشر في 2 كانون الثاني 2018", "Levantine month"),
    ("نُشر في 2 كانون الثاني 2018", date(2018, 1, 2), "نُشر في 2 كانون الثاني 2018", "label with a damma"),
    ("الخميس ٨ شباط ٢٠٢٤", date(2024, 2, 8), "الخميس ٨ شباط ٢٠٢٤", "weekday and Arabic-Indic digits"),
    ("السبت، 14 سبتمبر 2019", date(2019, 9, 14), "السبت، 14 سبتمبر 2019", "weekday, comma, MSA month"),
    ("بتاريخ 2023-05-17", date(2023, 5, 17), "بتاريخ 2023-05-17", "ISO date after a label"),
]


@pytest.mark.parametrize(("piece", "published", "text", "why"), DATELINES, ids=[d[0] for d in DATELINES])
def test_dateline_forms(piece: str, published: date, text: str, why: str) -> None:
    found = match_dateline(piece)
    assert found is not None, why
    assert (found.published, found.text) == (published, text)


NOT_DATELINES = [
    ("في 15 يناير وصل الوزير إلى المدينة", "no year, and a sentence goes on after it"),
    ("10 ديسمبر 2017 كان يوماً طويلاً في العاصمة", "an unlabelled date must fill its line"),
    ("تاريخ النشر: 2024", "a year is not a publication day"),
    ("تاريخ النشر: today", "relative words never become the day the corpus is read"),
    ("yesterday", "the same, unlabelled"),
    ("بغداد اليوم", "an outlet's name"),
    ("31/02/2020", "no such day"),
    ("13/13/2020", "no such month either way"),
    ("انتهى29/6ن", "an agency's end-of-dispatch code"),
]


@pytest.mark.parametrize(("piece", "why"), NOT_DATELINES, ids=[n[0] for n in NOT_DATELINES])
def test_not_datelines(piece: str, why: str) -> None:
    assert match_dateline(piece) is None, why


def test_dateparser_alone_would_invent_dates() -> None:
    """Why dateparser runs with its absolute parser only: by default "today" parses to the reading day."""
    assert dateparser.parse("today") is not None
    assert match_dateline("تاريخ النشر: today") is None


def test_dateparser_misses_arabic_month_systems_that_the_date_engine_reads() -> None:
    """Why Arabic dates go to the date engine: dateparser knows neither Levantine nor Moroccan month names."""
    assert dateparser.parse("3 آذار 2025", languages=["ar"]) is None
    assert dateparser.parse("29 يوليوز 2025", languages=["ar"]) is None
    assert parse_published("3 آذار 2025") == date(2025, 3, 3)
    assert parse_published("29 يوليوز 2025") == date(2025, 7, 29)


def test_labelled_dateline_may_run_on_into_a_glued_line() -> None:
    piece = "آخر تحديث: 5 أغشت 2022 - 9:40 ص الرباط – متابعة- بدأ المهرجان"
    found = match_dateline(piece)
    assert found is not None
    assert piece[found.end :] == " الرباط – متابعة- بدأ المهرجان"


def test_numeric_dateline_keeps_the_other_reading() -> None:
    assert match_dateline("09/04/2019").month_first == date(2019, 9, 4)
    assert match_dateline("25/04/2019").month_first is None
    assert match_dateline("04/04/2019").month_first is None


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "أعلنت وزارة النقل، الأربعاء، عن خطة لتوسيع المطار. وقال متحدث إن العمل يبدأ قريباً.",
            date(2019, 9, 4),
        ),
        ("أعلنت وزارة النقل، الثلاثاء، عن خطة لتوسيع المطار.", date(2019, 4, 9)),
        ("أعلنت وزارة النقل عن خطة لتوسيع المطار.", date(2019, 4, 9)),
        ("أعلنت وزارة النقل عن خطة. وأوضحت في بيان الأربعاء أن العمل يبدأ قريباً.", date(2019, 9, 4)),
    ],
    ids=[
        "only the month-first day is a Wednesday",
        "day-first is the Tuesday",
        "no weekday",
        "second sentence",
    ],
)
def test_settle_reads_day_first_unless_only_month_first_fits_the_weekday(body: str, published: date) -> None:
    found = match_dateline("10:30 – 09/04/2019")
    assert found is not None
    assert settle(found, body) == published


def test_lead_dateline_needs_its_weekday_in_the_first_sentence() -> None:
    found = lead_dateline(
        "أعلن مسؤول محلي، اليوم الخميس (8 شباط 2024)، عن افتتاح جسر جديد. وقال إن الجسر يخفف الزحام."
    )
    assert found is not None
    assert (found.published, found.text) == (date(2024, 2, 8), "اليوم الخميس (8 شباط 2024)")
    assert lead_dateline("ألقى الوزير خطاباً مساء 10 أيلول 2014 أمام البرلمان.") is None
    assert lead_dateline("افتُتح الجسر. وكان ذلك اليوم الخميس (8 شباط 2024).") is None
    assert lead_dateline("") is None


def test_glued_starts_finds_labelled_datelines_mid_line() -> None:
    second = "عنوان الخبر الثاني آخر تحديث: 5 أغشت 2022 - 9:40 ص"
    line = f"وانتهى الاجتماع.{second} وبدأ المهرجان.عنوان ثالث تاريخ النشر: 3rd, February 2021 GMT وافتتح"
    assert glued_starts(line) == [line.index("آخر تحديث"), line.index("تاريخ النشر")]
    assert glued_starts("آخر تحديث: 5 أغشت 2022") == []
    assert glued_starts("وقال إن تاريخ النشر: لم يحدد بعد") == []


@pytest.mark.parametrize(
    ("value", "published"),
    [
        ("2020-01-03T08:15:00+03:00", date(2020, 1, 3)),
        ("2020-01-03T23:30:00-05:00", date(2020, 1, 3)),
        ("2021-12-09", date(2021, 12, 9)),
        ("Fri, 03 Jan 2020 08:15:00 +0300", date(2020, 1, 3)),
        ("3 آذار 2025", date(2025, 3, 3)),
        ("2024-06", None),
        ("قريباً", None),
    ],
)
def test_parse_published_reads_record_dates_as_written(value: str, published: date | None) -> None:
    """The day as the outlet wrote it: an offset is not converted to another zone's day."""
    assert parse_published(value) == published
