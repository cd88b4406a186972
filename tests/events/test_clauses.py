from __future__ import annotations

from datetime import date

import pytest

from chrono.events.clauses import around, window
from tests.events.build import article, dated


def _around(text: str, expression: str, value: str) -> tuple[str, int]:
    (em,) = dated(article(text, published=date(2024, 1, 1)), (expression, value))
    return around(em)


@pytest.mark.parametrize(
    ("text", "expression", "clause"),
    [
        # a time adverb set off by commas takes the clause before it, where the verb is
        (
            "سيطر المسلحون على معظم أحياء مدينة الموصل، أمس الثلاثاء، بعد انسحاب القطعات.",
            "أمس الثلاثاء",
            "سيطر المسلحون على معظم أحياء مدينة الموصل، أمس الثلاثاء",
        ),
        # at the start of the sentence, the next one
        (
            "في 15 كانون الثاني، زار قائد القيادة المركزية بغداد والتقى القادة العسكريين.",
            "15 كانون الثاني",
            "في 15 كانون الثاني، زار قائد القيادة المركزية بغداد والتقى القادة العسكريين.",
        ),
        # a relative clause takes the one before it
        (
            "ويعد هجوم التنظيم في روسيا، الذي استهدف كنيسة في مدينة سانت بطرسبرغ في 30 نيسان 2023، الأعنف.",
            "30 نيسان 2023",
            "ويعد هجوم التنظيم في روسيا، الذي استهدف كنيسة في مدينة سانت بطرسبرغ في 30 نيسان 2023",
        ),
        # a long clause stands alone
        (
            "وكان البرلمان قد صوت على القانون في آذار 2021 بعد جدل طويل بين الكتل السياسية، وسط مقاطعة نواب.",
            "آذار 2021",
            "وكان البرلمان قد صوت على القانون في آذار 2021 بعد جدل طويل بين الكتل السياسية",
        ),
    ],
)
def test_around_finds_the_clause_of_the_date(text: str, expression: str, clause: str) -> None:
    found, at = _around(text, expression, "2024-01-01")
    assert found == clause
    assert found[:at].endswith(expression)


def test_window_keeps_the_start_or_the_words_up_to_the_date() -> None:
    text = "أ ب ج د ه و ز ح"
    assert window(text, 0, 10) == text
    assert window(text, 2, 3) == "أ ب ج…"
    assert window(text, text.index("و") + 1, 3) == "…د ه و…"
    assert window(text, len(text), 3) == "…و ز ح"
