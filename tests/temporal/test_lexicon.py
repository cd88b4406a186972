"""The lexicon tables: every folded form means one thing, and the cue words point the right way."""

from __future__ import annotations

from collections import defaultdict

from chrono.arabic import normalise
from chrono.temporal.lexicon import cues, months, numbers, parts, refs, units, weekdays


def _clashes(pairs: list[tuple[str, object]]) -> dict[str, set[object]]:
    meanings: dict[str, set[object]] = defaultdict(set)
    for form, meaning in pairs:
        meanings[" ".join(normalise(form).split())].add(meaning)
    return {f: m for f, m in meanings.items() if len(m) > 1}


def test_month_forms_are_unambiguous() -> None:
    assert _clashes([(m.form, (m.month, m.calendar)) for m in months.MONTHS]) == {}


def test_every_gregorian_and_hijri_month_is_named() -> None:
    for calendar in ("gregorian", "hijri"):
        assert {m.month for m in months.MONTHS if m.calendar == calendar} == set(range(1, 13))


def test_spelling_variants_fold_together() -> None:
    by_form = {normalise(m.form): m.month for m in months.MONTHS}
    for variant, month in [
        ("أبريل", 4),
        ("إبريل", 4),
        ("ابريل", 4),
        ("أغسطس", 8),
        ("اغسطس", 8),
        ("آذار", 3),
        ("ذي القعدة", 11),
        ("ذو القعده", 11),
        ("جمادى الأولى", 5),
    ]:
        assert by_form[normalise(variant)] == month, variant


def test_other_tables_are_unambiguous() -> None:
    assert _clashes(list(weekdays.WEEKDAYS)) == {}
    assert _clashes(list(numbers.CARDINALS)) == {}
    assert _clashes(list(numbers.ORDINALS)) == {}
    assert _clashes(list(cues.OFFSETS)) == {}
    assert _clashes([(u.form, (u.unit, u.number)) for u in units.UNITS]) == {}
    assert _clashes(list(parts.PERIOD_PARTS)) == {}
    assert _clashes(list(refs.REFS)) == {}
    assert _clashes(list(refs.DAY_WORDS)) == {}


def test_next_and_current_are_not_swapped() -> None:
    """HeidelTime's Arabic table maps المقبل to 'this' and الحالي to 'next'; ours must not."""
    offsets = {normalise(f): o for f, o in cues.OFFSETS}
    assert offsets[normalise("المقبل")] == 1
    assert offsets[normalise("القادمة")] == 1
    assert offsets[normalise("الحالي")] == 0
    assert offsets[normalise("الجارية")] == 0
    assert offsets[normalise("الماضي")] == -1
    assert offsets[normalise("المنصرم")] == -1


def test_day_words() -> None:
    days = {normalise(f): d for f, d in refs.DAY_WORDS}
    assert days[normalise("أول أمس")] == -2  # two days before, not one
    assert days[normalise("الليلة الماضية")] == -1
    assert days[normalise("غداً")] == 1


def test_forms_are_normalisation_stable() -> None:
    every = (
        [m.form for m in months.MONTHS] + [f for f, _ in weekdays.WEEKDAYS] + [u.form for u in units.UNITS]
    )
    for form in every:
        assert normalise(normalise(form)) == normalise(form), form
