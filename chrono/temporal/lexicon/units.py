"""Calendar units in every number form Arabic gives them: singular, dual, plural, accusative."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Unit = Literal["minute", "hour", "day", "week", "month", "year", "decade", "century"]
Number = Literal["one", "two", "many"]


@dataclass(frozen=True, slots=True)
class UnitWord:
    form: str
    unit: Unit
    number: Number  # "two": the dual is its own count ("يومين" = 2 days)


def _u(unit: Unit, one: tuple[str, ...], two: tuple[str, ...], many: tuple[str, ...]) -> list[UnitWord]:
    return (
        [UnitWord(f, unit, "one") for f in one]
        + [UnitWord(f, unit, "two") for f in two]
        + [UnitWord(f, unit, "many") for f in many]
    )


UNITS: tuple[UnitWord, ...] = tuple(
    _u("minute", ("دقيقة", "دقيقه"), ("دقيقتين", "دقيقتان"), ("دقائق",))
    + _u("hour", ("ساعة",), ("ساعتين", "ساعتان"), ("ساعات",))
    + _u("day", ("يوم", "يوما", "يومًا"), ("يومين", "يومان"), ("أيام", "أياما"))
    + _u("week", ("أسبوع", "أسبوعا", "اسبوع"), ("أسبوعين", "أسبوعان"), ("أسابيع",))
    + _u("month", ("شهر", "شهرا", "شهرًا"), ("شهرين", "شهران"), ("أشهر", "شهور", "شهورا", "أشهرا"))
    + _u(
        "year",
        ("عام", "عاما", "عامًا", "سنة", "سنه"),
        ("عامين", "عامان", "سنتين", "سنتان"),
        ("أعوام", "سنوات", "سنين", "سنون", "أعواما"),
    )
    + _u("decade", ("عقد", "عقدا"), ("عقدين", "عقدان"), ("عقود", "عقودا"))
    + _u("century", ("قرن", "قرنا"), ("قرنين", "قرنان"), ("قرون", "قرونا"))
)
# The accusative (tanween fath) marks a unit used adverbially, as a length of time on its own:
# "استمرت شهرا" (for a month). Not عقدا/عقودا: far more often "a contract", "contracts" than decades.
# Not عاما either: "إضرابا عاما", "أمينا عاما" (general).
ADVERBIAL: tuple[str, ...] = ("يوما", "أسبوعا", "شهرا", "قرنا", "أياما", "شهورا", "أشهرا", "أعواما")
# Verbs of lasting and waiting: a bare plural unit shortly after one is a vague length of time ("تأخر
# سنوات", "قد تستغرق العودة الكاملة أسابيع", "قضى ساعات"), while elsewhere "أيام الحرب" is a noun.
LENGTH_VERBS: tuple[str, ...] = (
    "استمر",
    "استمرت",
    "يستمر",
    "تستمر",
    "دام",
    "دامت",
    "يدوم",
    "تدوم",
    "استغرق",
    "استغرقت",
    "يستغرق",
    "تستغرق",
    "تأخر",
    "تأخرت",
    "يتأخر",
    "تتأخر",
    "امتد",
    "امتدت",
    "يمتد",
    "تمتد",
    "مكث",
    "مكثت",
    "انتظر",
    "انتظرت",
    "ينتظر",
    "تنتظر",
    "قضى",
    "قضت",
    "أمضى",
    "أمضت",
    "يمضي",
    "تمضي",
)
# Phrases before a bare plural unit that make it a length of time: "في غضون أسابيع", "على مدى سنوات".
LENGTH_BEFORE: tuple[str, ...] = ("في غضون", "غضون", "على مدى", "على مدار", "لعدة", "طيلة", "طوال", "خلال")
# Fractions of a unit: "نصف ساعة" = PT30M, "ربع قرن" = P25Y.
FRACTIONS: tuple[tuple[str, str], ...] = (
    ("نصف ساعة", "PT30M"),
    ("ربع ساعة", "PT15M"),
    ("نصف يوم", "PT12H"),
    ("نصف شهر", "P15D"),
    ("نصف عام", "P6M"),
    ("نصف سنة", "P6M"),
    ("ربع قرن", "P25Y"),
    ("نصف قرن", "P50Y"),
)

# TIMEX3 duration letters per unit, and the calendar grain that "قبل N unit" lands on.
DURATION_LETTER: dict[str, str] = {
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
