"""Pages cut into articles: heads read off, furniture dropped, related and glued articles found."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from chrono.ingest.page import page_articles
from chrono.model import Article

TITLE = "افتتاح جسر جديد على نهر شط العرب في البصرة"
DATELINE = "تاريخ النشر: 3rd, February 2021 GMT"
BODY = [
    "افتتح محافظ البصرة، اليوم الأربعاء، جسراً جديداً يربط مركز المدينة بقضاء شط العرب.",
    "وقال المحافظ إن الجسر يخفف الزحام عن الطرق القديمة ويختصر زمن الرحلة إلى النصف.",
]


def _page(*lines: str) -> tuple[Article, ...]:
    return page_articles("\n".join(lines), "pages/a.txt")


def _rows(articles: tuple[Article, ...]) -> list[tuple[Any, ...]]:
    return [
        (a.kind, a.title, a.published.isoformat() if a.published else None, a.published_from, a.outlet)
        for a in articles
    ]


def test_head_is_read_off_and_kept_out_of_the_text() -> None:
    articles = _page(TITLE, DATELINE, "البصرة – صحيفة النخيل", *BODY)
    assert _rows(articles) == [("main", TITLE, "2021-02-03", DATELINE, "صحيفة النخيل")]
    assert articles[0].text == "\n".join(BODY)
    assert (articles[0].id, articles[0].file, articles[0].index) == ("pages/a.txt#0", "pages/a.txt", 0)


def test_furniture_is_not_text() -> None:
    articles = _page(
        TITLE,
        DATELINE,
        *BODY,
        "المصدر: صحيفة النخيل",
        "كلمات دلالية: البصرة الجسر شط العرب",
        "شارك",
        "شارك على فيسبوك",
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "يمكن قراءة الخبر من المصدر من هنا",
        "اقسام فرعية",
        "محليات |",
        "هل تريد أخبار المدينة في صندوق بريدك الإلكتروني كل صباح؟",
        "اشترك في النشرة",
        "زر الذهاب إلى الأعلى",
        "إغلاق",
        "جميع الحقوق محفوظة © 2024",
    )
    assert articles[0].text == "\n".join(BODY)
    assert articles[0].outlet == "صحيفة النخيل"


def test_section_label_before_a_numeric_dateline() -> None:
    articles = _page(TITLE, "محليات |   11:05 – 12/03/2020", *BODY)
    assert _rows(articles) == [("main", TITLE, "2020-03-12", "11:05 – 12/03/2020", None)]
    assert articles[0].text == "\n".join(BODY)


def test_an_update_line_under_the_dateline_is_head_too() -> None:
    articles = _page(TITLE, DATELINE, "آخر تحديث: 5 أغشت 2022 - 9:40 ص", *BODY)
    assert _rows(articles) == [("main", TITLE, "2021-02-03", DATELINE, None)]
    assert articles[0].text == "\n".join(BODY)


def test_dateline_and_byline_in_either_order() -> None:
    articles = _page(TITLE, "البصرة – صحيفة النخيل", "الخميس ٨ شباط ٢٠٢٤", *BODY)
    assert _rows(articles) == [("main", TITLE, "2024-02-08", "الخميس ٨ شباط ٢٠٢٤", "صحيفة النخيل")]


def test_lead_sentence_dateline_stays_in_the_text() -> None:
    lead = "أعلن مسؤول محلي، اليوم الخميس (8 شباط 2024)، عن افتتاح جسر جديد."
    articles = _page(TITLE, lead, BODY[1])
    assert _rows(articles) == [("main", TITLE, "2024-02-08", "اليوم الخميس (8 شباط 2024)", None)]
    assert articles[0].text == f"{lead}\n{BODY[1]}"


def test_no_title_when_the_first_line_is_a_sentence() -> None:
    assert _rows(_page(*BODY)) == [("main", None, None, None, None)]


def test_repeated_title_counts_once_and_dots_inside_a_title_are_not_a_full_stop() -> None:
    title = "“جسر الشط”.. البصرة تفتتح أطول جسورها"
    articles = _page(title, "", title, *BODY)
    assert _rows(articles) == [("main", title, None, None, None)]
    assert articles[0].text == "\n".join(BODY)


def test_masthead_is_not_the_title() -> None:
    articles = _page("النخيل اليوم", "", TITLE, "", DATELINE, *BODY)
    assert _rows(articles) == [("main", TITLE, "2021-02-03", DATELINE, None)]


def test_masthead_names_the_outlet_when_it_is_a_known_one() -> None:
    assert _page("شفق نيوز", TITLE, *BODY)[0].outlet == "شفق نيوز"


def test_outlet_specific_source_beats_generic_one() -> None:
    assert _page(TITLE, *BODY, "المصدر: وكالات", "المصدر: صحيفة النخيل")[0].outlet == "صحيفة النخيل"
    assert _page(TITLE, *BODY, "المصدر: وكالات")[0].outlet == "وكالات"


def test_outlet_byline_beats_footer_and_footer_names_a_known_outlet() -> None:
    footer = "انضم إلى قراء الحل نت واشترك بنشرتنا البريدية."
    assert _page(TITLE, "البصرة – صحيفة النخيل", *BODY, footer)[0].outlet == "صحيفة النخيل"
    assert _page(TITLE, *BODY, footer)[0].outlet == "الحل نت"
    assert _page(TITLE, *BODY, footer)[0].text == "\n".join(BODY)


def test_related_article_after_a_marker_has_its_own_head_and_no_borrowed_date() -> None:
    related = [
        "إقرأ أيضاً:",
        "مجلس المحافظة يقر موازنة مشاريع المياه",
        "البصرة اليوم ـ البصرة",
        "صوّت مجلس المحافظة على موازنة جديدة لمشاريع المياه في الأقضية الشمالية.",
    ]
    articles = _page(TITLE, DATELINE, *BODY, "المصدر: صحيفة النخيل", *related)
    assert _rows(articles) == [
        ("main", TITLE, "2021-02-03", DATELINE, "صحيفة النخيل"),
        ("related", "مجلس المحافظة يقر موازنة مشاريع المياه", None, None, "البصرة اليوم"),
    ]
    assert articles[1].text == related[3]
    assert articles[1].id == "pages/a.txt#1"


def test_marker_may_carry_the_related_title() -> None:
    related = ["اقرأ أيضا: مجلس المحافظة يقر موازنة مشاريع المياه", "البصرة – صحيفة النخيل", BODY[0]]
    assert _rows(_page(TITLE, *BODY, *related)) == [
        ("main", TITLE, None, None, None),
        ("related", "مجلس المحافظة يقر موازنة مشاريع المياه", None, None, "صحيفة النخيل"),
    ]


def test_marker_with_a_title_and_no_head_is_a_link_inside_the_article() -> None:
    articles = _page(TITLE, BODY[0], "اقرأ أيضاً: مجلس المحافظة يقر موازنة مشاريع المياه", BODY[1])
    assert _rows(articles) == [("main", TITLE, None, None, None)]
    assert articles[0].text == "\n".join(BODY)


def test_bulleted_headlines_are_one_article_and_what_follows_them_is_read_again() -> None:
    articles = _page(
        TITLE,
        *BODY,
        "مقالات مشابهة",
        "  • الأحد المقبل موعداً لافتتاح معرض الكتاب",
        "  • انقطاع المياه عن ثلاثة أحياء",
        "شارك",
        "• أمطار غزيرة متوقعة نهاية الأسبوع",
        "مجلس المحافظة يقر موازنة مشاريع المياه",
        "نشر في 2 كانون الثاني 2018",
        "صوّت مجلس المحافظة على موازنة جديدة لمشاريع المياه.",
    )
    assert _rows(articles) == [
        ("main", TITLE, None, None, None),
        ("related-headlines", "مقالات مشابهة", None, None, None),
        (
            "related",
            "مجلس المحافظة يقر موازنة مشاريع المياه",
            "2018-01-02",
            "نشر في 2 كانون الثاني 2018",
            None,
        ),
    ]
    assert articles[1].text.split("\n") == [
        "الأحد المقبل موعداً لافتتاح معرض الكتاب",
        "انقطاع المياه عن ثلاثة أحياء",
        "أمطار غزيرة متوقعة نهاية الأسبوع",
    ]


def test_marker_followed_by_furniture_only_gives_no_article() -> None:
    articles = _page(TITLE, *BODY, "مقالات ذات صلة", "اترك تعليقاً", "زر الذهاب إلى الأعلى")
    assert _rows(articles) == [("main", TITLE, None, None, None)]


def test_second_headline_and_dateline_start_a_related_article() -> None:
    articles = _page(
        TITLE,
        DATELINE,
        *BODY,
        "مجلس المحافظة يقر موازنة مشاريع المياه",
        "تاريخ النشر: 28th, January 2021 GMT",
        "صوّت مجلس المحافظة على موازنة جديدة لمشاريع المياه.",
    )
    assert _rows(articles) == [
        ("main", TITLE, "2021-02-03", DATELINE, None),
        (
            "related",
            "مجلس المحافظة يقر موازنة مشاريع المياه",
            "2021-01-28",
            "تاريخ النشر: 28th, January 2021 GMT",
            None,
        ),
    ]
    assert articles[0].text == "\n".join(BODY)


def test_glued_page_is_pulled_apart() -> None:
    glued = (
        BODY[1].removesuffix(".")
        + ".مجلس المحافظة يقر موازنة مشاريع المياه آخر تحديث: 5 أغشت 2022 - 9:40 ص"
        + " البصرة/ وكالة الرافد للأنباء- صوّت مجلس المحافظة على الموازنة.وقال رئيس المجلس إنها الأكبر."
    )
    articles = _page(TITLE, "البصرة – صحيفة النخيل", BODY[0], glued, "المصدر: وكالة الرافد للأنباء")
    assert _rows(articles) == [
        ("main", TITLE, None, None, "صحيفة النخيل"),
        (
            "related",
            "مجلس المحافظة يقر موازنة مشاريع المياه",
            "2022-08-05",
            "آخر تحديث: 5 أغشت 2022 - 9:40 ص",
            "وكالة الرافد للأنباء",
        ),
    ]
    assert articles[0].text == "\n".join(BODY)
    assert articles[1].text == "صوّت مجلس المحافظة على الموازنة.وقال رئيس المجلس إنها الأكبر."


def test_title_glued_to_its_dateline_without_a_space() -> None:
    articles = _page(f"{TITLE}آخر تحديث: 5 أغشت 2022 - 9:40 ص", *BODY)
    assert _rows(articles) == [("main", TITLE, "2022-08-05", "آخر تحديث: 5 أغشت 2022 - 9:40 ص", None)]


def test_a_long_run_of_glued_articles_is_cut_at_every_dateline() -> None:
    glued = "".join(
        f"خبر رقم {n} آخر تحديث: 5 أغشت 2022 - 9:40 ص صوّت المجلس على القرار {n}." for n in range(1100)
    )
    articles = _page(glued)
    assert len(articles) == 1100
    assert _rows(articles)[-1] == (
        "related",
        "خبر رقم 1099",
        "2022-08-05",
        "آخر تحديث: 5 أغشت 2022 - 9:40 ص",
        None,
    )
    assert articles[-1].text == "صوّت المجلس على القرار 1099."


def test_windows_line_ends_and_direction_marks_are_not_text() -> None:
    articles = page_articles(f"\u200f{TITLE}\r\n{DATELINE}\u200f\r\n" + "\r\n".join(BODY), "a.txt")
    assert _rows(articles) == [("main", TITLE, "2021-02-03", DATELINE, None)]
    assert articles[0].text == "\n".join(BODY)


def test_a_page_of_furniture_has_no_article() -> None:
    assert _page("شارك", "اترك تعليقاً", "إغلاق") == ()


_PIECES = [
    "آخر تحديث:",
    "تاريخ النشر:",
    "نشر في",
    "إقرأ أيضاً:",
    "مقالات مشابهة",
    "المصدر:",
    "البصرة –",
    " – ",
    "اليوم الخميس (8 شباط 2024)",
    "09/04/2019",
    "11:05 – ",
    "3rd, February 2021 GMT",
    "• ",
    "\n",
    ".",
    "محليات |",
    "كلمات دلالية:",
    "السبت، 14 سبتمبر 2019",
    "النخيل اليوم ـ البصرة",
    "أغشت",
    "2022",
    "-",
]


@settings(deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.text(alphabet=st.sampled_from(list("ابتجدرسعلمنهوي 0123.")))),
        max_size=40,
    )
)
def test_any_page_of_head_like_pieces_keeps_the_dateline_rules(pieces: list[str]) -> None:
    """Whatever the page: a publication date always comes with the exact page text it was read from."""
    page = "".join(pieces)
    for article in page_articles(page, "a.txt"):
        assert article.text
        assert (article.published is None) == (article.published_from is None)
        assert article.published_from is None or article.published_from in page
