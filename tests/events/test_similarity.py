from __future__ import annotations

from datetime import date

from chrono.events.similarity import conflicting_kinds, profile, shared_kinds, text_similarity
from tests.events.build import article, dated


def _profile(text: str, expression: str, value: str):  # noqa: ANN202 - a Profile
    (em,) = dated(article(text, published=date(2024, 1, 1)), (expression, value))
    return profile(em)


def test_the_date_expression_stop_words_and_clitics_are_not_content() -> None:
    p = _profile("وقال الوزير في عام 2017 إن الموصل تحررت.", "عام 2017", "2017")
    assert p.stems == {"وزير", "موصل", "تحررت"}
    assert p.kinds == {"VICTORY"}
    assert p.entities == {"الموصل"}


def test_sentences_that_share_only_a_date_are_not_alike() -> None:
    a = _profile("وفي عام 2017 افتتح جسر جديد على نهر دجلة.", "عام 2017", "2017")
    b = _profile("وفي عام 2017 ارتفعت أسعار الطماطم في الأسواق.", "عام 2017", "2017")
    assert text_similarity(a, b) == 0.0


def test_a_short_report_of_a_longer_one_is_contained_in_it() -> None:
    short = _profile("حررت القوات مدينة الفلوجة يوم 26 حزيران 2016.", "يوم 26 حزيران 2016", "2016-06-26")
    long = _profile(
        "وبعد معارك استمرت أكثر من شهر حررت القوات مدينة الفلوجة يوم 26 حزيران 2016 وطردت منها مسلحي داعش.",
        "يوم 26 حزيران 2016",
        "2016-06-26",
    )
    assert text_similarity(short, long) == 1.0


def test_kinds_are_read_in_the_clause_of_the_date() -> None:
    text = (
        "وجاء ذلك بعد أشهر من انطلاق عمليات التحرير في تشرين الأول 2016، وبعد عامين من سيطرة التنظيم عليها."
    )
    assert _profile(text, "تشرين الأول 2016", "2016-10").kinds == {"VICTORY"}


def test_kinds_of_one_family_do_not_conflict() -> None:
    strike = _profile(
        "استهدفت غارة جوية موكب القائد قرب المطار فجر 3 كانون الثاني 2020.",
        "3 كانون الثاني 2020",
        "2020-01-03",
    )
    death = _profile(
        "وأعلن مقتل القائد في 3 كانون الثاني 2020 قرب المطار.", "3 كانون الثاني 2020", "2020-01-03"
    )
    founding = _profile("وتأسس التحالف الدولي في أيلول 2014 بقيادة واشنطن.", "أيلول 2014", "2014-09")
    assert (shared_kinds(strike, death), conflicting_kinds(strike, death)) == (False, False)
    assert conflicting_kinds(strike, founding)
