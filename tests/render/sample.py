"""A small chronology written for these tests (Iraq and the Islamic State, 2014–2025), built the way the
events stage will build one: articles, the date mentions in their text, events citing sentences.

One article is hostile: HTML and script in its title, outlet and text, which must show as text everywhere.
"""

from __future__ import annotations

import hashlib
from datetime import date

from chrono.model import Article, Chronology, Entity, Event, EventMention, Mention
from chrono.temporal import timex

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_URL = "javascript:alert(1)"

ARTICLES = (
    Article(
        id="2014-06-mosul-falls.txt#0",
        file="2014-06-mosul-falls.txt",
        index=0,
        kind="main",
        title="مسلحو «داعش» يسيطرون على الموصل ونزوح مئات الآلاف نحو إقليم كردستان",
        outlet="صحيفة الضفتين",
        published=date(2014, 6, 11),
        published_from="نشر في 11 حزيران 2014",
        text=(
            "سيطر مسلحو تنظيم «داعش» على معظم أحياء مدينة الموصل، مركز محافظة نينوى، أمس الثلاثاء، "
            "بعد انسحاب قطعات الجيش والشرطة من مواقعها.\n"
            "وطلب رئيس الوزراء نوري المالكي من مجلس النواب إعلان حالة الطوارئ في البلاد."
        ),
        url="https://example.org/news/2014/06/11/mosul",
    ),
    Article(
        id="2014-09-coalition-formed.txt#0",
        file="2014-09-coalition-formed.txt",
        index=0,
        kind="main",
        title="أوباما يعلن استراتيجيته لمواجهة «داعش» ودول عربية تتعهد بالانضمام",
        outlet="وكالة البيان للأنباء",
        published=date(2014, 9, 11),
        published_from="الخميس 11 أيلول 2014",
        text=(
            "أعلن الرئيس الأميركي باراك أوباما مساء الأربعاء استراتيجية لمواجهة تنظيم «داعش» "
            "تقوم على الضربات الجوية والتحالف مع دول المنطقة.\n"
            "ورحبت بغداد بالخطوة، وقالت إن العراق والتحالف الدولي شريكان في الحرب على الإرهاب."
        ),
    ),
    Article(
        id="2016-06-fallujah.txt#0",
        file="2016-06-fallujah.txt",
        index=0,
        kind="main",
        title="القوات العراقية تستعيد الفلوجة",
        outlet="قناة الرافدين",
        published=date(2016, 6, 27),
        published_from="27/06/2016",
        text=(
            "أعلنت قيادة العمليات المشتركة أن القوات العراقية استعادت مدينة الفلوجة منتصف حزيران 2016 "
            "بعد معارك استمرت أسابيع.\nوعاد آلاف النازحين إلى أحيائهم."
        ),
    ),
    Article(
        id="2017-07-mosul-victory.txt#0",
        file="2017-07-mosul-victory.txt",
        index=0,
        kind="main",
        title="العبادي يعلن من الموصل تحريرها من «داعش»",
        outlet="قناة الرافدين",
        published=date(2017, 7, 10),
        published_from="10 تموز 2017",
        text=(
            "أعلن رئيس الوزراء حيدر العبادي اليوم الاثنين تحرير مدينة الموصل بالكامل من تنظيم «داعش».\n"
            "ويتوقع قادة عسكريون أن تنتهي العمليات ضد التنظيم في العراق أواخر العام الجاري."
        ),
    ),
    Article(
        id="2017-12-victory.txt#0",
        file="2017-12-victory.txt",
        index=0,
        kind="main",
        title="العراق يعلن النصر النهائي على «داعش»",
        outlet="صحيفة الضفتين",
        published=date(2017, 12, 10),
        published_from="نشر في 10 كانون الأول 2017",
        text=(
            "أعلن رئيس الوزراء حيدر العبادي السبت انتهاء الحرب ضد تنظيم «داعش» "
            "وتحرير كامل الأراضي العراقية.\n"
            "وكانت القوات العراقية قد أعلنت تحرير الموصل في تموز 2017."
        ),
    ),
    Article(
        id="2019-10-baghdadi.txt#0",
        file="2019-10-baghdadi.txt",
        index=0,
        kind="main",
        title=f"{SCRIPT} مقتل البغدادي {IMG}",
        outlet=f"موقع <b>الخبر</b> {SCRIPT}",
        published=date(2019, 10, 28),
        published_from="28-10-2019",
        text=(
            f"أعلن الرئيس الأميركي دونالد ترامب أمس الأحد مقتل زعيم «داعش» أبي بكر البغدادي {SCRIPT}.\n"
            f"وقال مسؤولون إن العملية جرت في إدلب {IMG} بمشاركة العراق."
        ),
        url=HOSTILE_URL,
    ),
    Article(
        id="2025-03-abu-khadija.txt#0",
        file="2025-03-abu-khadija.txt",
        index=0,
        kind="main",
        title="مقتل «أبو خديجة» في عملية عراقية أميركية في الأنبار",
        outlet="شبكة الرافدين",
        published=date(2025, 3, 15),
        published_from="السبت 15 آذار 2025",
        text=(
            "أعلن رئيس الوزراء محمد شياع السوداني أن القوات العراقية قتلت مساء الخميس القيادي في «داعش» "
            "عبد الله مكي الرفيعي المعروف بأبي خديجة في الأنبار."
        ),
    ),
    Article(
        id="wire.jsonl#3",
        file="wire.jsonl",
        index=3,
        kind="main",
        title="مقابر جماعية قرب سنجار",
        outlet="وكالة البيان للأنباء",
        published=None,
        published_from=None,
        text="وعثرت فرق البحث في 15 يناير على مقبرة جماعية قرب سنجار.\nوطالب ناجون بمحاسبة المسؤولين.",
    ),
)
BY_ID = {a.id: a for a in ARTICLES}


def mention(
    article_id: str, expression: str, value: str | None, mod: str | None = None, *, reason: str | None = None
) -> Mention:
    """The mention of `expression` in an article, with its offsets found in the text."""
    article = BY_ID[article_id]
    start = article.text.index(expression)
    span = timex.interval(value, mod)
    return Mention(
        start=start,
        end=start + len(expression),
        text=expression,
        type="DATE",
        value=value,
        mod=mod,
        anchor=article.published,
        first=span[0] if span else None,
        last=span[1] if span else None,
        rule="test",
        reason=reason,
    )


def statement(found: Mention, article_id: str, *entities: Entity) -> EventMention:
    """The sentence (line) of an article around a mention."""
    article = BY_ID[article_id]
    start = article.text.rfind("\n", 0, found.start) + 1
    end = article.text.find("\n", found.end)
    sentence = article.text[start : end if end >= 0 else None]
    return EventMention(
        article=article.id,
        file=article.file,
        outlet=article.outlet,
        published=article.published,
        title=article.title,
        sentence=sentence,
        sentence_start=start,
        mention=found,
        entities=entities,
    )


def event(
    value: str,
    mod: str | None,
    title: str,
    summary: str,
    mentions: tuple[EventMention, ...],
    *entities: Entity,
) -> Event:
    first, last = timex.interval(value, mod)
    return Event(
        id=f"{value}-{hashlib.sha1(title.encode()).hexdigest()[:8]}",
        date=value,
        mod=mod,
        start=first,
        end=last,
        title=title,
        summary=summary,
        mentions=mentions,
        entities=entities,
        outlets=tuple(sorted({m.outlet for m in mentions if m.outlet})),
    )


ISIS = Entity("داعش", "ORG")
ARMY = Entity("الجيش العراقي", "ORG")
COALITION = Entity("التحالف الدولي", "ORG")
ABADI = Entity("حيدر العبادي", "PER")
MOSUL = Entity("الموصل", "LOC")

MENTIONS: dict[str, tuple[Mention, ...]] = {
    "2014-06-mosul-falls.txt#0": (mention("2014-06-mosul-falls.txt#0", "أمس الثلاثاء", "2014-06-10"),),
    "2014-09-coalition-formed.txt#0": (
        mention("2014-09-coalition-formed.txt#0", "مساء الأربعاء", "2014-09-10"),
    ),
    "2016-06-fallujah.txt#0": (mention("2016-06-fallujah.txt#0", "منتصف حزيران 2016", "2016-06", "MID"),),
    "2017-07-mosul-victory.txt#0": (
        mention("2017-07-mosul-victory.txt#0", "اليوم الاثنين", "2017-07-10"),
        mention("2017-07-mosul-victory.txt#0", "أواخر العام الجاري", "2017", "END"),
    ),
    "2017-12-victory.txt#0": (
        mention("2017-12-victory.txt#0", "السبت", "2017-12-09"),
        mention("2017-12-victory.txt#0", "تموز 2017", "2017-07"),
    ),
    "2019-10-baghdadi.txt#0": (mention("2019-10-baghdadi.txt#0", "أمس الأحد", "2019-10-27"),),
    "2025-03-abu-khadija.txt#0": (mention("2025-03-abu-khadija.txt#0", "مساء الخميس", "2025-03-13"),),
    "wire.jsonl#3": (mention("wire.jsonl#3", "15 يناير", None, reason="no anchor for the year"),),
}


def _m(article_id: str, index: int = 0) -> Mention:
    return MENTIONS[article_id][index]


MOSUL_LIBERATED = event(
    "2017-07-10",
    None,
    "تحرير الموصل من تنظيم «داعش»",
    "أعلن رئيس الوزراء حيدر العبادي تحرير الموصل بالكامل بعد تسعة أشهر من المعارك.",
    (
        statement(_m("2017-07-mosul-victory.txt#0"), "2017-07-mosul-victory.txt#0", ABADI, MOSUL, ISIS),
        statement(_m("2017-12-victory.txt#0", 1), "2017-12-victory.txt#0", MOSUL, ARMY),
    ),
    ABADI,
    MOSUL,
    ISIS,
    ARMY,
)
EVENTS = (
    event(
        "2014-06-10",
        None,
        "سقوط الموصل بيد تنظيم «داعش»",
        "سيطر مسلحو التنظيم على معظم أحياء الموصل بعد انسحاب الجيش والشرطة.",
        (statement(_m("2014-06-mosul-falls.txt#0"), "2014-06-mosul-falls.txt#0", ISIS, MOSUL),),
        ISIS,
        MOSUL,
        Entity("نوري المالكي", "PER"),
    ),
    event(
        "2014-09-10",
        None,
        "أوباما يعلن استراتيجية لمواجهة «داعش» والتحالف الدولي يتشكل",
        "استراتيجية تقوم على الضربات الجوية والتحالف مع دول المنطقة.",
        (statement(_m("2014-09-coalition-formed.txt#0"), "2014-09-coalition-formed.txt#0", COALITION),),
        Entity("باراك أوباما", "PER"),
        COALITION,
        ISIS,
    ),
    event(
        "2016-06",
        "MID",
        "استعادة الفلوجة",
        "القوات العراقية تستعيد الفلوجة بعد معارك استمرت أسابيع.",
        (statement(_m("2016-06-fallujah.txt#0"), "2016-06-fallujah.txt#0", ARMY),),
        ARMY,
        Entity("الفلوجة", "LOC"),
    ),
    MOSUL_LIBERATED,
    event(
        "2017",
        "END",
        "نهاية العمليات العسكرية ضد «داعش» في العراق",
        "توقع قادة عسكريون انتهاء العمليات ضد التنظيم في أواخر العام.",
        (statement(_m("2017-07-mosul-victory.txt#0", 1), "2017-07-mosul-victory.txt#0", ISIS),),
        ISIS,
    ),
    event(
        "2017-12-09",
        None,
        "العراق يعلن النصر النهائي على «داعش»",
        "أعلن العبادي انتهاء الحرب ضد التنظيم وتحرير كامل الأراضي العراقية.",
        (statement(_m("2017-12-victory.txt#0"), "2017-12-victory.txt#0", ABADI, ISIS),),
        ABADI,
        ISIS,
    ),
    event(
        "2019-10-27",
        None,
        f"مقتل أبي بكر البغدادي {IMG}",
        f"أعلن ترامب مقتل زعيم التنظيم {SCRIPT} في إدلب.",
        (statement(_m("2019-10-baghdadi.txt#0"), "2019-10-baghdadi.txt#0", ISIS),),
        ISIS,
        Entity("إدلب", "LOC"),
    ),
    event(
        "2025-03-13",
        None,
        "مقتل «أبو خديجة» القيادي في «داعش»",
        "قتلت القوات العراقية عبد الله مكي الرفيعي في الأنبار.",
        (statement(_m("2025-03-abu-khadija.txt#0"), "2025-03-abu-khadija.txt#0", ISIS),),
        ISIS,
        Entity("الأنبار", "LOC"),
        Entity("محمد شياع السوداني", "PER"),
    ),
)
UNDATED = (statement(_m("wire.jsonl#3"), "wire.jsonl#3", Entity("سنجار", "LOC")),)
CHRONOLOGY = Chronology(events=EVENTS, undated=UNDATED)
