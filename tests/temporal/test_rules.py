"""Each grammar rule matches its own examples in full, and builds a value for them."""

from __future__ import annotations

import re

import pytest

from chrono.arabic import normalise
from chrono.temporal import direction, find, grammar
from chrono.temporal.grammar import RULES, Match, Rule

EXAMPLES = [(r, e) for r in RULES for e in r.examples]


def test_every_rule_has_examples() -> None:
    assert [r.name for r in RULES if not r.examples] == []


def test_rule_names_are_unique() -> None:
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=lambda x: x.name if isinstance(x, Rule) else x)
def test_rule_matches_its_example(rule: Rule, example: str) -> None:
    """The rule's span is the whole example, or its [bracketed] part when context around it is needed."""
    expected = example[example.find("[") + 1 : example.find("]")] if "[" in example else example
    text = normalise(example.replace("[", "").replace("]", ""))
    found = rule.pattern.search(text)
    assert found is not None
    match = Match(found)
    start, end = match.span("x") if match.get("x") else match.span()
    assert text[start:end].strip() == normalise(expected).strip()
    assert rule.build(match) is not None


def test_patterns_are_written_in_normalised_letters() -> None:
    """Rules match normalised text, where ى ة أ إ آ never occur: a literal spelled with them never matches."""
    compiled = [v for m in (grammar, find, direction) for v in vars(m).values() if isinstance(v, re.Pattern)]
    patterns = [r.pattern for r in RULES] + list(grammar.TRAPS) + compiled
    assert len(patterns) > len(RULES) + 5
    assert [p.pattern[:60] for p in patterns if any(c in p.pattern for c in "ىةأإآ")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a call points to what it asks for, after its إلى; the day of the call itself does not
        ("ودعت النقابات إلى إضراب عام يوم الأحد.", "2024-03-10"),
        ("ودعت النقابات، يوم الأحد، إلى الحوار.", "2024-03-03"),
        # an imperfect verb heading its clause, or right before the date, schedules
        ("فيما تعقد اللجنة اجتماعها يوم الأحد.", "2024-03-10"),
        ("وقررت الحكومة فرض حظر يبدأ مساء الأحد.", "2024-03-10"),
        # but not a noun with ت-: "تظاهرات الأحد", nor a past form VI verb
        ("تظاهر آلاف الطلبة يوم الأحد في العاصمة.", "2024-03-03"),
        # "بعد أن" + a past event looks back even when a future verb heads the sentence
        ("ستنتهي المعركة خلال أيام، بعد أن خرج المدنيون ليل الأحد.", "2024-03-03"),
    ],
)
def test_direction_cues(text: str, value: str) -> None:
    from datetime import date

    from chrono.temporal import find_dates

    found = [m for m in find_dates(text, date(2024, 3, 6)) if "الاحد" in m.text or "الأحد" in m.text]
    assert [m.value for m in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("توفي الشاعر مساء أمس عن 79 عاما.", ["2024-03-05"]),  # and an age at death
        ("قضت المحكمة بالسجن مدة لا تقل عن خمس سنوات.", ["P5Y"]),
        ("يبلغان من العمر 24 و31 سنة.", []),
        ("انتهت الهدنة مساء أمس بعد سبعة أيام.", ["2024-03-05", "P7D"]),  # how long it took
        ("سيعود الوفد بعد سبعة أيام.", ["2024-03-13"]),
        ("أدى اليمين بعد يوم من تزكيته.", ["P1D"]),
    ],
)
def test_ages_and_anchored_lengths(text: str, value: list[str]) -> None:
    from datetime import date

    from chrono.temporal import find_dates

    assert [m.value for m in find_dates(text, date(2024, 3, 6))] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قال الوزير إن الاقتصاد اليوم يواجه تحديات كبيرة.", "PRESENT_REF"),
        ("الشباب اليوم أكثر وعيا.", "PRESENT_REF"),
        ("يعيش السكان اليوم أزمة خانقة.", "PRESENT_REF"),
        ("أعلنت الوزارة اليوم أن الامتحانات ستبدأ.", "2024-03-06"),
        ("يعقد المجلس اليوم جلسة طارئة.", "2024-03-06"),
        ("قال موقع العراق اليوم إن الجلسة تأجلت.", None),  # an outlet
    ],
)
def test_today_or_nowadays(text: str, value: str | None) -> None:
    from datetime import date

    from chrono.temporal import find_dates

    assert [m.value for m in find_dates(text, date(2024, 3, 6))] == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تراجع المعدل خلال العقد الماضي.", ["P1DE"]),
        ("وقال إن الربع الثالث شهد تحسنا.", ["2023-Q3"]),
        ("وحقق الفريق الفوز في الربع الأخير من المباراة.", []),
        ("بلغت الأرباح خلال التسعة أشهر 215 مليونا.", ["P9M"]),
        ("ارتفع المعدل 3 في المائة سنة 2020.", ["2020"]),
        ("وقع الاتفاق عشية عيد الشغل.", ["2023-04-30"]),
        ("في إطار رؤية المملكة 2030.", []),
    ],
)
def test_lengths_quarters_feasts_names(text: str, value: list[str]) -> None:
    from datetime import date

    from chrono.temporal import find_dates

    assert [m.value for m in find_dates(text, date(2024, 1, 10))] == value
