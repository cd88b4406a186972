"""Fixed phrases with a fixed TIMEX3 value: vague references to now, the past and the future; sets; the
day words that anchor on the publication date; and back-references to the date the text just placed."""

from __future__ import annotations

REFS: tuple[tuple[str, str], ...] = (
    ("الآن", "PRESENT_REF"), ("الان", "PRESENT_REF"), ("حاليا", "PRESENT_REF"), ("حاليًا", "PRESENT_REF"),
    ("حالياً", "PRESENT_REF"), ("في الوقت الحالي", "PRESENT_REF"), ("في الوقت الراهن", "PRESENT_REF"),
    ("الوقت الحالي", "PRESENT_REF"), ("الوقت الراهن", "PRESENT_REF"), ("راهنا", "PRESENT_REF"),
    ("في هذه الأثناء", "PRESENT_REF"), ("هذه الأيام", "PRESENT_REF"), ("في الوقت الحاضر", "PRESENT_REF"),
    ("حتى الآن", "PRESENT_REF"), ("لحد الآن", "PRESENT_REF"), ("حتى اليوم", "PRESENT_REF"),
    ("إلى اليوم", "PRESENT_REF"), ("الى اليوم", "PRESENT_REF"), ("لغاية اليوم", "PRESENT_REF"),
    ("حتى يومنا هذا", "PRESENT_REF"), ("يومنا هذا", "PRESENT_REF"),
    ("في الماضي", "PAST_REF"), ("مؤخرا", "PAST_REF"), ("مؤخراً", "PAST_REF"), ("في وقت سابق", "PAST_REF"),
    ("سابقا", "PAST_REF"), ("سابقاً", "PAST_REF"), ("في السابق", "PAST_REF"),
    ("مستقبلا", "FUTURE_REF"), ("مستقبلاً", "FUTURE_REF"), ("في المستقبل", "FUTURE_REF"),
    ("قريبا", "FUTURE_REF"), ("قريباً", "FUTURE_REF"), ("في وقت لاحق", "FUTURE_REF"),
    ("لاحقا", "FUTURE_REF"), ("لاحقاً", "FUTURE_REF"), ("في المستقبل القريب", "FUTURE_REF"),
)
SETS: tuple[str, ...] = (
    "يوميا", "يومياً", "أسبوعيا", "أسبوعياً", "شهريا", "شهرياً", "سنويا", "سنوياً", "كل يوم", "كل أسبوع",
    "كل شهر", "كل عام", "كل سنة", "كل عامين", "كل ساعة", "كل يوم جمعة", "مرة كل",
)
# Day words anchored on the publication date: (form, days from it).
DAY_WORDS: tuple[tuple[str, int], ...] = (
    ("اليوم", 0), ("أمس", -1), ("الأمس", -1), ("البارحة", -1), ("أمس الأول", -2), ("أول أمس", -2),
    ("أول من أمس", -2), ("أول من امس", -2), ("غدا", 1), ("غداً", 1), ("الغد", 1), ("بعد غد", 2),
    ("بعد غد", 2), ("الليلة الماضية", -1), ("ليلة أمس", -1), ("الليلة", 0), ("هذا المساء", 0),
    ("هذا الصباح", 0),
)
# Back-references: the date the text has just placed, at a grain ("day", "month", "year" or None for as is).
BACKREFS: tuple[tuple[str, str | None, int], ...] = (
    ("آنذاك", None, 0), ("حينها", None, 0), ("وقتها", None, 0), ("حينذاك", None, 0), ("يومها", "day", 0),
    ("في اليوم نفسه", "day", 0), ("في اليوم ذاته", "day", 0), ("اليوم نفسه", "day", 0),
    ("اليوم ذاته", "day", 0), ("في ذلك اليوم", "day", 0), ("ذلك اليوم", "day", 0),
    ("اليوم التالي", "day", 1), ("في اليوم التالي", "day", 1), ("اليوم السابق", "day", -1),
    ("العام نفسه", "year", 0), ("العام ذاته", "year", 0), ("ذلك العام", "year", 0), ("السنة نفسها", "year", 0),
    ("السنة ذاتها", "year", 0), ("تلك السنة", "year", 0), ("العام التالي", "year", 1), ("العام الذي تلاه", "year", 1),
    ("الشهر نفسه", "month", 0), ("الشهر ذاته", "month", 0), ("ذلك الشهر", "month", 0), ("الشهر التالي", "month", 1),
)
