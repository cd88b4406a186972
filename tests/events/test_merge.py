from __future__ import annotations

import dataclasses
import random
from datetime import date

from chrono.events import merge
from chrono.model import Chronology, EventMention
from tests.events.build import article, dated

# Case 1: one statement, one day, two outlets; one dates it ("مساء أمس الأحد"), the other by its dateline.
MINISTER_DATED = dated(
    article(
        "تفقد وزير الدفاع العراقي ثابت العباسي، مساء أمس الأحد، القطعات العسكرية المنتشرة في قضاء سنجار غرب "
        "محافظة نينوى، واطلع على خطط تأمين الحدود مع سوريا.\nوشدد الوزير على ضرورة رفع الجاهزية القتالية.",
        id="rafidain.txt#0",
        published=date(2023, 11, 13),
        outlet="وكالة الرافدين",
        title="وزير الدفاع يتفقد القطعات العسكرية في سنجار",
    ),
    ("مساء أمس الأحد", "2023-11-12"),
)
MINISTER_UNDATED = dated(
    article(
        "اطلع وزير الدفاع ثابت العباسي على خطط تأمين الحدود مع سوريا خلال تفقده القطعات العسكرية المنتشرة في "
        "قضاء سنجار بمحافظة نينوى.\nوأكد الوزير أهمية رفع الجاهزية القتالية.",
        id="dijla.txt#0",
        published=date(2023, 11, 13),
        outlet="شبكة دجلة",
        title="العباسي في سنجار: تأمين الحدود مع سوريا أولوية",
    ),
)
SAME_DAY_BOMB = dated(
    article(
        "انفجرت عبوة ناسفة، مساء أمس الأحد، على دورية للشرطة في قضاء الطارمية شمالي بغداد، ما أسفر عن إصابة "
        "ثلاثة منتسبين.",
        id="tarmiya.txt#0",
        published=date(2023, 11, 13),
        outlet="وكالة الرافدين",
    ),
    ("مساء أمس الأحد", "2023-11-12"),
)

# Case 2: one event at three grains in three articles, with little text in common.
MOSUL_MONTH = dated(
    article(
        "قال مسؤولون محليون إن إعادة إعمار المدينة القديمة تسير ببطء شديد.\nوكانت القوات العراقية قد أعلنت "
        "في تموز/يوليو 2017 تحرير مدينة الموصل بالكامل من قبضة تنظيم داعش بعد معارك استمرت تسعة أشهر.",
        id="mosul-2019.txt#0",
        published=date(2019, 7, 10),
    ),
    ("تموز/يوليو 2017", "2017-07"),
)
MOSUL_DAY = dated(
    article(
        "بدأت فرق الهندسة العسكرية رفع العبوات الناسفة من أزقة المدينة القديمة.\nوحاربت القوات العراقية "
        "التنظيم تسعة أشهر حتى أُعلن النصر في الموصل يوم 10 تموز 2017.",
        id="mosul-2017.txt#0",
        published=date(2017, 7, 20),
    ),
    ("10 تموز 2017", "2017-07-10"),
)
MOSUL_YEAR = dated(
    article(
        "يحيي العراقيون ذكرى ضحايا الحرب في المدن التي شهدت أعنف المعارك.\nوكان التنظيم قد هُزم في الموصل "
        "عام 2017 بدعم من طيران التحالف الدولي.",
        id="mosul-2020.txt#0",
        published=date(2020, 1, 5),
    ),
    ("عام 2017", "2017"),
)

# Case 3: two events of 2014 with the same actors; 2014 contains June 2014, yet they stay apart.
COALITION_FOUNDED = dated(
    article(
        "أعلنت وزارة الدفاع الفرنسية إرسال طائرات جديدة إلى المنطقة.\nوتشارك فرنسا في التحالف الدولي الذي "
        "تأسس عام 2014 لمواجهة تنظيم داعش في العراق وسوريا.",
        id="france.txt#0",
        published=date(2022, 9, 10),
    ),
    ("عام 2014", "2014"),
)
MOSUL_SEIZED = dated(
    article(
        "تستعد القوات العراقية لمعركة استعادة المدن الشمالية.\nواجتاح تنظيم داعش مدينة الموصل في حزيران 2014 "
        "وسيطر على مساحات واسعة من شمال العراق وغربه.",
        id="north.txt#0",
        published=date(2016, 6, 10),
    ),
    ("حزيران 2014", "2014-06"),
)

# Case 4: a meeting scheduled in a March article and reported in an April one.
MEETING_PLANNED = dated(
    article(
        "بحث وزير الخارجية فؤاد حسين مع السفيرة الأمريكية ملف انسحاب قوات التحالف من العراق.\n"
        "ومن المقرر أن يزور رئيس الوزراء محمد شياع السوداني واشنطن يوم 15 نيسان للقاء الرئيس الأمريكي "
        "جو بايدن في البيت الأبيض.",
        id="march.txt#0",
        published=date(2024, 3, 20),
    ),
    ("يوم 15 نيسان", "2024-04-15"),
)
MEETING_HELD = dated(
    article(
        "التقى الرئيس الأمريكي جو بايدن رئيس الوزراء العراقي محمد شياع السوداني في البيت الأبيض بواشنطن، أمس "
        "الاثنين، وبحثا مستقبل التحالف الدولي.",
        id="april.txt#0",
        published=date(2024, 4, 16),
    ),
    ("أمس الاثنين", "2024-04-15"),
)

# Case 5: two sentences of one article about one year's figures.
YEAR_FIGURES = dated(
    article(
        "أصدرت وزارة الهجرة والمهجرين تقريرها السنوي عن أوضاع النازحين في البلاد.\n"
        "وسجلت الوزارة عودة أكثر من 40 ألف نازح إلى مناطقهم في محافظة نينوى خلال عام 2022.\n"
        "كما أغلقت الوزارة ثلاثة مخيمات في دهوك في سنة 2022 بعد اكتمال عودة ساكنيها.",
        id="migration.txt#0",
        published=date(2023, 1, 15),
    ),
    ("عام 2022", "2022"),
    ("سنة 2022", "2022"),
)

# The article's own news (dated by its dateline) and a sentence dated the same day.
OPERATION = dated(
    article(
        "أعلنت قيادة العمليات المشتركة إطلاق عملية عسكرية واسعة لملاحقة خلايا داعش في صحراء الأنبار.\nوتشارك "
        "في العملية قطعات من الجيش والحشد الشعبي.\nوقال الناطق باسم القيادة إن العملية التي انطلقت فجر اليوم "
        "الأربعاء حققت أهدافها الأولى.",
        id="anbar.txt#0",
        published=date(2023, 5, 10),
        title="انطلاق عملية واسعة في صحراء الأنبار",
    ),
    ("فجر اليوم الأربعاء", "2023-05-10"),
)

# Two events of one day in one article that share nothing.
TWO_STORIES = dated(
    article(
        "قتل قائد ميداني في فصيل مسلح بغارة جوية استهدفت سيارته قرب مطار بغداد فجر أمس الجمعة.\n"
        "وفي سياق آخر، أعلنت وزارة التربية يوم الجمعة تأجيل الامتحانات النصفية في المدارس بسبب الأمطار.",
        id="friday.txt#0",
        published=date(2020, 1, 4),
    ),
    ("فجر أمس الجمعة", "2020-01-03"),
    ("يوم الجمعة", "2020-01-03"),
)


def _events(ch: Chronology) -> list[tuple[str, str | None, list[str]]]:
    return [(e.date, e.mod, sorted({m.article for m in e.mentions})) for e in ch.events]


def _single(*mentions: tuple[EventMention, ...]) -> tuple[str, str | None, list[str]]:
    (event,) = _events(merge([m for ms in mentions for m in ms]))
    return event


def test_same_statement_same_day_two_outlets() -> None:
    ch = merge(MINISTER_DATED + MINISTER_UNDATED + SAME_DAY_BOMB)
    assert sorted(_events(ch)) == [
        ("2023-11-12", None, ["dijla.txt#0", "rafidain.txt#0"]),
        ("2023-11-12", None, ["tarmiya.txt#0"]),
    ]
    (minister,) = [e for e in ch.events if len(e.mentions) == 2]
    assert minister.outlets == ("شبكة دجلة", "وكالة الرافدين")
    assert minister.title == "وزير الدفاع يتفقد القطعات العسكرية في سنجار"
    assert (minister.start, minister.end) == (date(2023, 11, 12), date(2023, 11, 12))


def test_one_event_at_three_grains_takes_the_most_precise_date() -> None:
    assert _single(MOSUL_MONTH[1:], MOSUL_DAY[1:], MOSUL_YEAR[1:]) == (
        "2017-07-10",
        None,
        ["mosul-2017.txt#0", "mosul-2019.txt#0", "mosul-2020.txt#0"],
    )


def test_articles_own_news_stays_apart_from_the_events_it_recalls() -> None:
    dates = [e[:2] for e in _events(merge(MOSUL_MONTH + MOSUL_DAY + MOSUL_YEAR))]
    assert dates == [("2017-07-10", None), ("2017-07-20", None), ("2019-07-10", None), ("2020-01-05", None)]


def test_two_events_of_one_year_with_the_same_actors_stay_apart() -> None:
    ch = merge(COALITION_FOUNDED[1:] + MOSUL_SEIZED[1:])
    assert _events(ch) == [("2014", None, ["france.txt#0"]), ("2014-06", None, ["north.txt#0"])]


def test_a_scheduled_meeting_and_its_report_are_one_event() -> None:
    assert _single(MEETING_PLANNED[1:], MEETING_HELD) == ("2024-04-15", None, ["april.txt#0", "march.txt#0"])


def test_sentences_of_one_article_about_one_year_are_one_event() -> None:
    ch = merge(YEAR_FIGURES)
    assert [(e.date, len(e.mentions)) for e in ch.events] == [("2022", 2), ("2023-01-15", 1)]


def test_an_articles_own_news_and_a_sentence_of_its_day_are_one_event() -> None:
    (event,) = merge(OPERATION).events
    assert (event.date, len(event.mentions), event.title) == (
        "2023-05-10",
        2,
        "انطلاق عملية واسعة في صحراء الأنبار",
    )


def test_two_unrelated_events_of_one_day_in_one_article_stay_apart() -> None:
    assert [len(e.mentions) for e in merge(TWO_STORIES).events] == [1, 1]


def test_different_days_never_merge_and_a_month_does_not_chain_them() -> None:
    sentence = "وأعلن رئيس الوزراء حيدر العبادي تحرير كامل الأراضي العراقية من قبضة تنظيم داعش في {}."
    ems = []
    for i, (expression, value) in enumerate(
        [
            ("9 كانون الأول 2017", "2017-12-09"),
            ("كانون الأول 2017", "2017-12"),
            ("10 كانون الأول 2017", "2017-12-10"),
        ]
    ):
        ems += dated(article(sentence.format(expression), id=f"victory-{i}.txt#0"), (expression, value))
    assert [(e.date, len(e.mentions)) for e in merge(ems).events] == [("2017-12-09", 2), ("2017-12-10", 1)]


def test_an_articles_own_news_dated_by_its_dateline_covers_the_two_days_before_it() -> None:
    for published, events in [(date(2023, 11, 14), 1), (date(2023, 11, 15), 2)]:
        later = tuple(dataclasses.replace(m, published=published) for m in MINISTER_UNDATED)
        assert len(merge(MINISTER_DATED + later).events) == events


def test_event_fields() -> None:
    ch = merge(MOSUL_MONTH[1:] + MOSUL_DAY[1:] + MOSUL_YEAR[1:])
    (event,) = ch.events
    assert (event.date, event.mod, event.start, event.end) == (
        "2017-07-10",
        None,
        date(2017, 7, 10),
        date(2017, 7, 10),
    )
    assert [m.article for m in event.mentions] == ["mosul-2017.txt#0", "mosul-2019.txt#0", "mosul-2020.txt#0"]
    assert [e.name for e in event.entities] == ["الموصل", "داعش", "التحالف الدولي"]
    assert event.outlets == ("وكالة الرافدين",)
    assert (
        event.title
        == "وكانت القوات العراقية قد أعلنت في تموز/يوليو 2017 تحرير مدينة الموصل بالكامل من قبضة تنظيم داعش…"
    )
    assert event.summary == MOSUL_DAY[1].sentence


def test_a_coarse_event_keeps_its_mod_and_the_narrowed_interval() -> None:
    ems = dated(
        article("وضعف التنظيم كثيرا منذ هزيمته في الموصل أواخر 2017 وخسارته آخر معاقله.", id="late.txt#0"),
        ("أواخر 2017", "2017", "END"),
    )
    (event,) = merge(ems).events
    assert (event.date, event.mod, event.start, event.end) == (
        "2017",
        "END",
        date(2017, 9, 1),
        date(2017, 12, 31),
    )


def test_ids_do_not_change_when_unrelated_articles_arrive() -> None:
    before = merge(MINISTER_DATED + MINISTER_UNDATED + MOSUL_MONTH)
    after = merge(MINISTER_DATED + MINISTER_UNDATED + MOSUL_MONTH + MEETING_PLANNED + COALITION_FOUNDED)
    assert {e.id for e in before.events} <= {e.id for e in after.events}
    assert len({e.id for e in after.events}) == len(after.events)


def test_input_order_does_not_change_the_chronology() -> None:
    everything = (
        MINISTER_DATED
        + MINISTER_UNDATED
        + SAME_DAY_BOMB
        + MOSUL_MONTH
        + MOSUL_DAY
        + MOSUL_YEAR
        + COALITION_FOUNDED
        + MOSUL_SEIZED
        + MEETING_PLANNED
        + MEETING_HELD
        + YEAR_FIGURES
        + OPERATION
        + TWO_STORIES
    )
    expected = merge(everything)
    for seed in range(5):
        shuffled = list(everything)
        random.Random(seed).shuffle(shuffled)
        assert merge(shuffled) == expected
    assert merge(everything + everything) == expected


def test_events_before_since_are_left_out() -> None:
    ems = dated(
        article(
            "وكانت الاحتجاجات قد اندلعت في محافظة الأنبار في كانون الأول 2012 واستمرت عاما كاملا.",
            id="old.txt#0",
        ),
        ("كانون الأول 2012", "2012-12"),
    )
    assert [e.date for e in merge(ems + MOSUL_YEAR).events] == ["2017", "2020-01-05"]
    assert [e.date for e in merge(ems + MOSUL_YEAR, since=2010).events] == ["2012-12", "2017", "2020-01-05"]


def test_what_no_date_places_is_listed_undated() -> None:
    no_dateline = dated(
        article(
            "كشف مصدر أمني عن إحباط مخطط لاستهداف زوار العتبات المقدسة في كربلاء.\n"
            "وقال المصدر إن القوات اعتقلت أربعة متهمين يوم السبت.",
            id="karbala.txt#0",
        ),
        ("يوم السبت", None),
    )
    unknown_year = dated(
        article("وتعود القضية إلى هجوم وقع في 15 آب على حاجز للجيش قرب بيجي.", id="baiji.txt#0"),
        ("15 آب", "XXXX-08-15"),
    )
    ch = merge(unknown_year + no_dateline + MOSUL_YEAR)
    assert ch.undated == unknown_year + no_dateline
    assert [e.date for e in ch.events] == ["2017", "2020-01-05"]
