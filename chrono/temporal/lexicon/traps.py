"""Strings that look like dates but are not, each with the reason. The engine drops any match inside one.

Patterns run on normalised text (hamza folded, ة→ه, tatweel dropped). A weekday right after an outlet name
makes it a date again ("العراق اليوم الأحد" is "Iraq, today Sunday"): the grammar adds that exception.
"""

from __future__ import annotations

# Outlets and programmes whose names contain a time word.
OUTLETS_WITH_TIME_WORD: tuple[str, ...] = (
    "بغداد اليوم",
    "العراق اليوم",
    "عين اليوم",
    "روسيا اليوم",
    "مصر اليوم",
    "الشرق اليوم",
    "سوريا اليوم",
    "فلسطين اليوم",
    "لبنان اليوم",
    "اليمن اليوم",
    "الأردن اليوم",
    "المغرب اليوم",
    "الخليج اليوم",
    "الجزائر اليوم",
    "تونس اليوم",
    "ليبيا اليوم",
    "السودان اليوم",
    "كردستان اليوم",
    "الوطن اليوم",
    "الاقتصاد اليوم",
    "أخبار اليوم",
    "صحيفة اليوم",
    "العالم اليوم",
    "عرب اليوم",
    "السومرية اليوم",
    "الموصل اليوم",
    "البصرة اليوم",
    "اليوم السابع",
    "المصري اليوم",
)

# (pattern, why) over normalised text.
PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"انتهي\s*[0-9]{1,3}\s*/\s*[0-9]{0,3}\s*[\u0600-\u06ff]?(?!\w)",
        "an agency's end-of-dispatch code (انتهى29/6ن), not a day and month",
    ),
    (r"[«\"“]\s*\w+\s+(?:اليوم|الغد|الان)(?=\s*[»\"”])", "a quoted name: «دجله اليوم» is an outlet"),
    (
        r"(?m)^[^\S\n]*\w+(?:[^\S\n]+\w+)?[^\S\n]*[-–:/|][^\S\n]*\w+[^\S\n]+اليوم[^\S\n]*$"
        r"|^[^\S\n]*\w+[^\S\n]+اليوم[^\S\n]*[-–:/|][^\S\n]*\w+(?:[^\S\n]+\w+)?[^\S\n]*$",
        "a byline or masthead line: 'بغداد – دجلة اليوم', 'الأنبار اليوم ـ الرمادي'",
    ),
    (r"المصدر\s*:\s*\w+\s+اليوم", "a source line naming an outlet"),
    (
        r"(?m)^[^\S\n]*\w+(?:[^\S\n]+\w+){0,2}(?:[^\S\n]*\([^)\n]{1,20}\))?[^\S\n]*-[^\S\n]*[«\"“(]?"
        r"(?:\w+[^\S\n]+){0,3}(?:اليوم|الغد|الان|الاسبوع|الساعه|الايام)(?:[^\S\n]+\w+)?[»\"”)]?[^\S\n]*:",
        "the source in a dateline: 'عمان - الغد:', 'الموصل - نينوى اليوم:' (city, dash, outlet, colon)",
    ),
    (
        r"[«\"“]\s*(?:اليوم|الغد|الان|الايام|الاسبوع|المستقبل|الساعه)(?:\s*[0-9]+)?\s*[»\"”]",
        "a one-word outlet in quotes: «الغد», «اليوم 24»",
    ),
    (
        r"(?:صحيفه|قناه|موقع|وكاله|شبكه|اذاعه|جريده|مجله|تلفزيون|راديو|برنامج)\s+(?:\w+\s+)?"
        r"(?:اليوم|الغد|الان|الاسبوع|المستقبل|الساعه)(?!\w)",
        "a named outlet or programme: صحيفة المصري اليوم, قناة الغد, قناة الآن",
    ),
    (
        r"(?:شارع|جسر|ساحه|ميدان|مستشفي|حي|جامع|مدرسه|ثوره|انتفاضه|حركه|معسكر|قاعده|لواء|ملعب|مدينه|جامعه"
        r"|مجمع|قاعه|محطه|سد|مطار)\s+[0-9]{1,2}\s+"
        r"(?:من\s+)?\w+(?:\s+(?:الاول|الثاني))?(?!\s+(?:عام\s+)?[0-9]{4})",
        "a place or movement named after a date: شارع 14 رمضان, جسر 14 تموز",
    ),
    (r"بين\s+الاثنين", "'between the two' (people), not Monday"),
    (
        r"(?<!\w)[وبل]?هلال\s+(?!شهر)\w+(?:\s+(?:الاول|الثاني|الاخر|الاخره|الاولي|القعده|الحجه))?",
        "the crescent ('رؤية هلال شوال'), not the month; with شهر the month is annotated (news3)",
    ),
    (r"\(\s*[0-9]{1,3}\s+(?:عاما|عام|سنه)\s*\)", "an age after a name: 'البغدادي (48 عاما)'"),
    (
        r"(?<!\w)رؤيه\s+(?:\w+\s+){0,2}?20[0-9]{2}(?!\w)",
        "a national plan named by its horizon: رؤية 2030, رؤية المملكة 2030, رؤية مصر 2030",
    ),
    (r"(?<!\w)مرحبا\s+20[0-9]{2}(?!\w)", "Morocco's yearly summer operation for emigrants: عملية مرحبا 2016"),
    (
        r"(?<!\w)[وبل]?ل?ايام\s+(?:قرطاج|[^\W\d]+\s+(?:السينمائيه|المسرحيه|الموسيقيه|الشعريه|الثقافيه|التراثيه))(?!\w)",
        "a festival named 'days of': أيام قرطاج السينمائية, أيام عمان المسرحية",
    ),
)
# Nouns before a number of years that make it an age, not a duration: "عن عمر ناهز 80 عاما".
AGE_CUES: tuple[str, ...] = (
    "عمر",
    "العمر",
    "عمره",
    "عمرها",
    "بعمر",
    "ناهز",
    "يناهز",
    "تناهز",
    "تبلغ",
    "يبلغ",
    "يبلغان",
    "تبلغان",
    "يبلغون",
    "البالغ",
    "البالغة",
    "سن",
    "العمرية",
    "أعمارهم",
    "أعمارهن",
    "أعمارها",
    "بسن",
    "ابن",
    "ابنة",
    "طفل",
    "طفلة",
)
# Words of a death before "عن N عاما" (died aged N): "توفي في 29 سبتمبر عن 91 عاما" is an age, not a length
# of time, while "لا تقل عن خمس سنوات" (a prison term) is a duration.
DEATH_CUES: tuple[str, ...] = (
    "توفي",
    "توفيت",
    "وفاة",
    "وفاته",
    "وفاتها",
    "رحل",
    "رحلت",
    "رحيل",
    "رحيله",
    "الراحل",
    "الراحلة",
    "مات",
    "ماتت",
    "نعى",
    "نعت",
    "نعي",
    "الفقيد",
    "الفقيدة",
)
