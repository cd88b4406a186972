from __future__ import annotations

from datetime import date

from chrono.model import Entity
from tests.events.build import article, dated, mention

LEAD = "أعلنت قيادة العمليات المشتركة إطلاق عملية عسكرية واسعة لملاحقة خلايا داعش في صحراء الأنبار."
SUPPORT = "وتشارك في العملية قطعات من الجيش والحشد الشعبي بإسناد من طيران التحالف الدولي."
BACKGROUND = "وكانت القوات قد نفذت عملية مماثلة في المنطقة في آذار 2022 أسفرت عن تدمير عشرات المضافات."


def _shape(ems):
    return [(em.sentence_start, em.sentence, em.mention.value if em.mention else None) for em in ems]


def test_undated_lead_is_the_articles_own_news_over_its_first_two_sentences() -> None:
    text = f"{LEAD}\n{SUPPORT}\n{BACKGROUND}"
    ems = dated(article(text, published=date(2023, 5, 10)), ("آذار 2022", "2022-03"))
    assert _shape(ems) == [
        (0, f"{LEAD}\n{SUPPORT}", None),
        (text.index(BACKGROUND), BACKGROUND, "2022-03"),
    ]


def test_second_sentence_that_dates_the_news_carries_the_whole_lead() -> None:
    first = "حذر وزير الداخلية من محاولات خلايا داعش التسلل عبر الحدود الغربية للبلاد."
    second = "وقال الوزير في مؤتمر صحفي عقده مساء أمس الأحد إن القوات الأمنية تراقب الشريط الحدودي."
    text = f"{first}\n{second}"
    ems = dated(article(text, published=date(2023, 5, 8)), ("مساء أمس الأحد", "2023-05-07"))
    assert _shape(ems) == [(0, text, "2023-05-07")]


def test_background_date_in_the_second_sentence_leaves_the_lead_to_the_publication_date() -> None:
    first = "حذر وزير الداخلية من محاولات خلايا داعش التسلل عبر الحدود الغربية للبلاد."
    second = "وكان التنظيم قد سيطر على مناطق واسعة من غرب العراق في حزيران 2014 قبل أن يطرد منها."
    text = f"{first}\n{second}"
    ems = dated(article(text, published=date(2023, 5, 8)), ("حزيران 2014", "2014-06"))
    assert _shape(ems) == [(0, first, None), (text.index(second), second, "2014-06")]


def test_one_event_mention_per_distinct_value_and_no_vague_references_or_durations() -> None:
    first = "بدأ الهجوم في 10 حزيران 2014 واستمر ثلاث سنوات حتى تحرير المدينة في تموز 2017، والخطر قائم الآن."
    second = "وتحدث الوزير عن سنة 2016 مطولا، فقال إن عام 2016 كان عام الحسم في المعركة ضد التنظيم."
    a = article(f"{first}\n{second}", published=date(2023, 1, 1))
    ems = dated(
        a,
        ("10 حزيران 2014", "2014-06-10"),
        ("ثلاث سنوات", "P3Y", None, "DURATION"),
        ("تموز 2017", "2017-07"),
        ("الآن", "PRESENT_REF"),
        ("سنة 2016", "2016"),
        ("عام 2016", "2016"),
    )
    assert [(em.sentence_start, em.mention.text if em.mention else None) for em in ems] == [
        (0, "10 حزيران 2014"),
        (0, "تموز 2017"),
        (len(first) + 1, "سنة 2016"),
    ]


def test_a_sentence_that_only_cannot_be_placed_gives_an_undated_mention() -> None:
    first = "نشرت الصحيفة تقريرا مطولا عن أوضاع النازحين في مخيمات محافظة دهوك شمالي البلاد."
    second = "وقال مسؤول محلي إن وفدا حكوميا زار المخيم يوم الخميس الماضي."
    third = "وكان المخيم قد افتتح في آب 2014 ولا يزال يؤوي آلاف العائلات حتى اليوم."
    text = f"{first}\n{second}\n{third}"
    ems = dated(article(text), ("يوم الخميس الماضي", None), ("آب 2014", "2014-08"), ("اليوم", None))
    assert [(em.sentence_start, em.mention.text if em.mention else None) for em in ems] == [
        (0, "يوم الخميس الماضي"),  # the lead's date, though it cannot be placed without a publication date
        (text.index(third), "آب 2014"),  # "اليوم" cannot be placed, and the sentence has a date that can
    ]


def test_an_undated_article_still_has_its_lead() -> None:
    ems = dated(article(f"{LEAD} {SUPPORT}"))
    assert _shape(ems) == [(0, f"{LEAD} {SUPPORT}", None)]


def test_a_byline_is_not_the_lead() -> None:
    body = "أعلنت وزارة الدفاع تسلم دفعة جديدة من الطائرات المقاتلة من طراز إف 16 في قاعدة بلد الجوية."
    text = f"بغداد – وكالة الرافدين\n{body}"
    assert _shape(dated(article(text, published=date(2015, 7, 14)))) == [(text.index(body), body, None)]


def test_a_dateline_left_in_the_text_is_neither_the_lead_nor_an_event() -> None:
    body = "نظمت القوات العراقية صباح اليوم الأحد عرضا عسكريا في المنطقة الخضراء وسط بغداد احتفاء بالنصر."
    text = f"الأحد 10 كانون الأول 2017\n{body}"
    ems = dated(
        article(text, published=date(2017, 12, 10)),
        ("الأحد 10 كانون الأول 2017", "2017-12-10"),
        ("صباح اليوم الأحد", "2017-12-10"),
    )
    assert _shape(ems) == [(text.index(body), body, "2017-12-10")]


def test_a_sentence_cut_at_an_abbreviation_is_joined_back() -> None:
    text = "في 3 آب، الفريق. وصل قائد القوات البرية إلى قضاء سنجار لتفقد القطعات المنتشرة هناك."
    ems = dated(article(text, published=date(2015, 8, 4)), ("3 آب", "2015-08-03"))
    assert _shape(ems) == [(0, text, "2015-08-03")]


def test_headline_lists_tell_no_event() -> None:
    text = "  • البرلمان يعقد جلسة الخميس المقبل لمناقشة الموازنة\n  • وزير النفط يزور البصرة"
    a = article(text, kind="related-headlines", title="مقالات مشابهة")
    assert dated(a, ("الخميس المقبل", None)) == ()


def test_event_mentions_carry_the_article_and_the_names_in_their_sentence() -> None:
    a = article(
        f"{LEAD}\n{SUPPORT}",
        id="x/2023.txt#2",
        published=date(2023, 5, 10),
        outlet="شبكة دجلة",
        title="عملية",
    )
    (em,) = dated(a)
    assert (em.article, em.file, em.outlet, em.title, em.published) == (
        "x/2023.txt#2",
        "x/2023.txt",
        "شبكة دجلة",
        "عملية",
        date(2023, 5, 10),
    )
    assert em.sentence == a.text[em.sentence_start : em.sentence_start + len(em.sentence)]
    assert em.entities == (
        Entity("قيادة العمليات المشتركة", "ORG"),
        Entity("داعش", "ORG"),
        Entity("الأنبار", "LOC"),
        Entity("الحشد الشعبي", "ORG"),
        Entity("التحالف الدولي", "ORG"),
    )


def test_mention_offsets_are_into_the_article_text() -> None:
    a = article(f"{LEAD}\n{BACKGROUND}", published=date(2023, 5, 10))
    m = mention(a.text, "آذار 2022", "2022-03")
    (_, em) = dated(a, ("آذار 2022", "2022-03"))
    assert em.mention == m
    assert a.text[m.start : m.end] == "آذار 2022"
