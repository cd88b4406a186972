"""The rules that find date expressions in normalised Arabic text and say what their words mean.

Each rule is a small named value: a pattern assembled from the lexicon tables (no Arabic word is spelled
here that a table could hold), a builder that turns a match into a `Partial`, and examples that the rule
must match (run as tests). Matching happens on `arabic.normalise`d text, so every form is folded first.

A clitic (و، ف، ب، ل، ك) may be glued to the first word ("بيناير", "وفي", "للعام") and is left out of the
span. Patterns are compiled with the standard `re`, which scans Arabic text about five times faster than the
`regex` module; so look-behinds are fixed-width, context that needs more is checked by the builder, and a
group name may repeat across alternatives (the rule decorator numbers the repeats and `Match` reads them
back as one).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import takewhile

from chrono.arabic import normalise
from chrono.temporal.lexicon import cues, months, numbers, parts, refs, traps, units, weekdays
from chrono.temporal.partial import Partial

# ---------------------------------------------------------------- building blocks


def _fold(form: str) -> str:
    return " ".join(normalise(form).split())


def _alt(forms: Iterable[str]) -> str:
    """An alternation of folded forms as a prefix tree, so the engine tries each letter once instead of each
    form in turn (the grammar's speed depends on it); longer forms win, and a space matches any whitespace."""
    trie: dict[str, dict] = {}
    for form in {_fold(f) for f in forms}:
        node = trie
        for token in [r"\s+" if c == " " else re.escape(c) for c in form]:
            node = node.setdefault(token, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [token + _trie_pattern(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a form may end here: the longer continuation is tried first
        return "(?:" + body + ")?"
    return body if len(branches) == 1 else body


def _table(pairs: Iterable[tuple[str, object]]) -> dict[str, object]:
    return {_fold(k): v for k, v in pairs}


def _key(text: str) -> str:
    return " ".join(text.split())


def _form(text: str) -> str:
    """The table form of matched words: "للعام" (ل + العام) looks up as العام."""
    key = _key(text)
    return "ا" + key[1:] if key.startswith("لل") else key


# Left boundaries: start of a word, or after a clitic glued to it. Day words take only و/ف, since
# ل+امس is the verb لامس ("touched").
LB = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"
LB_CONJ = r"(?:(?<!\w)|(?<=(?<!\w)[وف]))"
RB = r"(?!\w)"
# The article ال, or its ل after the preposition ل ("للعام" = ل + العام).
ART = r"(?:ال|(?:(?<=(?<!\w)ل)|(?<=(?<!\w)[وف]ل))ل)"


def _art(pattern: str) -> str:
    """Let every leading ال in an alternation also match after a glued ل (a prefix tree whose forms all
    begin with ال starts with it: "للعامين المقبلين")."""
    pattern_ = pattern.replace("(?:ال", "(?:" + ART).replace("|ال", "|" + ART)
    return ART + pattern_[2:] if pattern_.startswith("ال") else pattern_


MONTH_BY_FORM: dict[str, months.MonthName] = {_fold(m.form): m for m in months.MONTHS}
MONTH = _alt(MONTH_BY_FORM)
HIJRI_MONTH = _alt(f for f, m in MONTH_BY_FORM.items() if m.calendar == "hijri")
WEEKDAY_BY_FORM = _table(weekdays.WEEKDAYS)
WEEKDAY_ART = _art(_alt(f for f in WEEKDAY_BY_FORM if f.startswith("ال")))
WEEKDAY_BARE = _alt(f for f in WEEKDAY_BY_FORM if not f.startswith("ال"))
CARDINAL_BY_FORM = _table(numbers.CARDINALS)
CARDINAL = _alt(CARDINAL_BY_FORM)
ORDINAL_BY_FORM = _table(numbers.ORDINALS)
UNIT_ORDINAL_BY_FORM = _table(numbers.UNITS_ORDINAL)
ORDINAL_DAY = f"(?:{_alt(UNIT_ORDINAL_BY_FORM)}\\s+و\\s*(?:العشرين|الثلاثين)|{_alt(ORDINAL_BY_FORM)})"
DECADE_BY_FORM = _table(numbers.DECADES)
FEW = _alt(numbers.FEW)
UNIT_BY_FORM = {_fold(u.form): u for u in units.UNITS}
UNIT_ONE = _alt(f for f, u in UNIT_BY_FORM.items() if u.number == "one")
UNIT_TWO = _alt(f for f, u in UNIT_BY_FORM.items() if u.number == "two")
UNIT_MANY = _alt(f for f, u in UNIT_BY_FORM.items() if u.number == "many")
UNIT_ANY = _alt(UNIT_BY_FORM)
OFFSET_BY_FORM = _table(cues.OFFSETS)
OFFSET = _alt(OFFSET_BY_FORM)
THIS = _alt(cues.THIS)
PART_BY_FORM = _table(parts.PERIOD_PARTS)
PART = _alt(PART_BY_FORM)
DAY_PART = _alt(parts.DAY_PARTS)
SEASON_BY_FORM = _table(parts.SEASONS)
SEASON = _alt(SEASON_BY_FORM)
QUARTER_BY_FORM = _table(parts.QUARTERS)
HALF_BY_FORM = _table(parts.HALVES)
CLOCK_PERIOD_BY_FORM = _table(parts.CLOCK_PERIODS)
REF_BY_FORM = _table(refs.REFS)
DAY_WORD_BY_FORM = _table(refs.DAY_WORDS)
BACKREF_BY_FORM = {_fold(f): (grain, off) for f, grain, off in refs.BACKREFS}
FEAST_BY_FORM = {_fold(f.form): f for f in months.FEASTS}
FRACTION_BY_FORM = _table(units.FRACTIONS)

DAYNUM = r"(?:3[01]|[12][0-9]|0?[1-9])"
YEAR = r"(?:19[0-9]{2}|20[0-9]{2})"
HIJRI_YEAR = r"(?:1[34][0-9]{2})"
HIJRI_MARK = r"(?:\s*(?:ه|هجري|هجريه|للهجره|الهجري|الهجريه)(?!\w))"
AD_MARK = r"(?:\s*(?:م|ميلادي|ميلاديه|للميلاد)(?!\w))"
YEAR_WORD = _art(r"(?:ال)?(?:عام|سنه)")
# A month named twice, in two systems: "ديسمبر / كانون الأول", "تموز/يوليو", "يوليو (تموز)".
TWIN = rf"(?:\s*(?:/|\\|-|\(|،|او)\s*(?P<twin>{MONTH})\s*\)?)"
DAY = rf"(?:(?P<day>{DAYNUM})|(?P<dayword>{ORDINAL_DAY}))"
PART_PREFIX = rf"(?:(?P<part>{PART})\s+(?:(?:من\s+)?(?:شهر|{YEAR_WORD})\s+)?)"


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern over normalised text and the builder of its partial value.

    The span reported is the group `x` when the pattern has one, else the whole match. `needs` finds the
    words every match contains; the engine runs the pattern only near them, which is most of its speed.
    """

    name: str
    pattern: re.Pattern[str]
    build: Callable[[Match], Partial | None]
    needs: re.Pattern[str]
    examples: tuple[str, ...] = ()


RULES: list[Rule] = []


class Match:
    """A match whose repeated group names ("year", "year__2", ...) read as one: the first that matched."""

    __slots__ = ("_groups", "_m", "string")

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m
        self._groups = _repeats(m.re)
        self.string = m.string

    def __getitem__(self, name: str) -> str | None:
        for group in self._groups.get(name, ()):
            if (text := self._m.group(group)) is not None:
                return text
        return None

    def get(self, name: str) -> str | None:
        return self[name]

    def span(self, name: str | None = None) -> tuple[int, int]:
        if name is None:
            return self._m.span()
        for group in self._groups.get(name, ()):
            if self._m.group(group) is not None:
                return self._m.span(group)
        return -1, -1

    def start(self) -> int:
        return self._m.start()


@cache
def _repeats(pattern: re.Pattern[str]) -> dict[str, tuple[int, ...]]:
    """For each group name of `pattern`, the numbers of that group and of its repeats (name__2 ... name__5):
    worked out once per rule rather than once per match read."""
    names = pattern.groupindex
    return {
        name: (
            names[name],
            *(names[k] for k in takewhile(names.__contains__, (f"{name}__{i}" for i in range(2, 6)))),
        )
        for name in names
    }


def _number_repeats(pattern: str) -> str:
    """Rename the 2nd, 3rd... (?P<name> of a pattern to name__2, name__3 (re wants unique names)."""
    seen: dict[str, int] = {}

    def rename(m: re.Match[str]) -> str:
        seen[m[1]] = seen.get(m[1], 0) + 1
        return m[0] if seen[m[1]] == 1 else f"(?P<{m[1]}__{seen[m[1]]}>"

    return re.sub(r"\(\?P<(\w+)>", rename, pattern)


def rule(
    name: str, pattern: str, *examples: str, needs: str
) -> Callable[[Callable[..., Partial | None]], Rule]:
    """Register a rule; reject at import a pattern that can match the empty string."""

    def register(build: Callable[[Match], Partial | None]) -> Rule:
        compiled = re.compile(_number_repeats(pattern))
        if compiled.fullmatch(""):
            raise ValueError(f"rule {name} matches the empty string")
        r = Rule(name, compiled, build, re.compile(needs), examples)
        RULES.append(r)
        return r

    return register


def _before(m: Match, pattern: re.Pattern[str], width: int = 24) -> bool:
    """Whether the text just before the match ends with `pattern` (context re's look-behind cannot hold)."""
    return bool(pattern.search(m.string, max(0, m.start() - width), m.start()))


# ---------------------------------------------------------------- small readers of groups


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _day(m: Match) -> int | None:
    if m["day"]:
        return int(m["day"])
    if m["dayword"]:
        text = _key(m["dayword"])
        if text in ORDINAL_BY_FORM:
            return ORDINAL_BY_FORM[text]  # type: ignore[return-value]
        unit_word, _, tens_word = text.partition(" و")
        tens = 30 if "ثلاثين" in tens_word else 20
        return tens + int(UNIT_ORDINAL_BY_FORM[unit_word.strip()])  # type: ignore[arg-type]
    return None


def _month(m: Match, group: str = "month") -> months.MonthName:
    return MONTH_BY_FORM[_key(m[group])]


def _twin_ok(m: Match) -> bool:
    """Both names of a dual form must name the same month ("ديسمبر / كانون الأول")."""
    if not m["twin"]:
        return True
    a, b = _month(m), _month(m, "twin")
    return (a.month, a.calendar) == (b.month, b.calendar)


def _mod(m: Match) -> str | None:
    part = m.get("part")
    return PART_BY_FORM[_key(part)] if part else None  # type: ignore[return-value]


def _offset(m: Match, group: str = "cue") -> int | None:
    cue = m.get(group)
    return OFFSET_BY_FORM[_key(cue)] if cue else None  # type: ignore[return-value]


def _count(text: str | None) -> int | None:
    if not text:
        return None
    text = _key(text)
    if text.isdigit():
        return int(text)
    if text not in CARDINAL_BY_FORM and text.startswith("ال"):  # "التسعة أشهر"; not "في المائة سنة 2020"
        text = text[2:]
        if text in ("مائه", "مئه", "الف"):
            return None
    return CARDINAL_BY_FORM.get(text)  # type: ignore[return-value]


def _date(m: Match) -> Partial | None:
    """Day, month and year fields of a match, checked against each other's calendar."""
    month = _month(m)
    if not _twin_ok(m):
        return None
    year = _int(m.get("year"))
    if year is not None and month.calendar == "hijri" and not 1300 <= year <= 1499:
        return None
    if year is not None and month.calendar == "gregorian" and not 1900 <= year <= 2099:
        return None
    return Partial(
        "date",
        year=year,
        month=month.month,
        day=_day(m) or ({"اول": 1, "ثاني": 2, "ثالث": 3}[m["nth"]] if m["nth"] else None),
        hijri=month.calendar == "hijri",
        mod=_mod(m),
        direction=_offset(m),
    )


# ---------------------------------------------------------------- absolute dates


@rule(
    "numeric day/month/year",
    rf"(?<![\w/.:-])(?P<x>(?P<day>{DAYNUM})\s?(?P<sep>[/.-])\s?(?P<month>1[0-2]|0?[1-9])\s?(?P=sep)\s?"
    rf"(?P<year>{YEAR}))(?:{AD_MARK})?(?![\w/-]|[.:]\d)",
    "04/09/2019",
    "24.12.2019",
    "15-3-2019",
    "15.03.2019",
    needs=r"[0-9][/.-]",
)
def numeric_dmy(m: Match) -> Partial:
    return Partial("date", year=int(m["year"]), month=int(m["month"]), day=int(m["day"]))


@rule(
    "numeric year-month-day",
    rf"(?<![\w/.-])(?P<year>{YEAR})(?P<sep>[/-])(?P<month>1[0-2]|0?[1-9])(?P=sep)(?P<day>{DAYNUM}){AD_MARK}?"
    rf"(?![\w/-]|\.\d)",
    "2019-03-15",
    "2024/03/10م",
    "2024-10-19",
    "2019/3/5",
    needs=r"[0-9]{4}[/-]",
)
def numeric_ymd(m: Match) -> Partial:
    return Partial("date", year=int(m["year"]), month=int(m["month"]), day=int(m["day"]))


_PREPOSITION_BEFORE = re.compile(r"(?:^|(?<!\w))[وف]?(?:في|منذ|خلال|حتي|قبل|بعد|طيله|طوال)\s+$")


@rule(
    "named month",
    # Day, month (in any naming system, maybe twice: "ديسمبر / كانون الأول"), then a year or a cue, each
    # optional: "9 ديسمبر 2017", "الثالث من نوفمبر", "يونيو 2014", "نوفمبر الماضي", "شهر رمضان الكريم".
    rf"{LB}{PART_PREFIX}?(?:{DAY}\s*(?:من\s+)?|(?P<nth>اول|ثاني|ثالث)\s+ايام\s+)?(?P<shahr>شهر\s+)?"
    rf"(?P<month>{MONTH}){TWIN}?(?:\s+(?:الكريم|المبارك|الفضيل|المعظم))?(?:\s*[،,]?\s*(?:(?:من\s+)?[لو]?{YEAR_WORD}\s+)?"
    rf"(?:(?P<year>{YEAR}){AD_MARK}?|(?P<year>{HIJRI_YEAR}){HIJRI_MARK}?)(?!\w)|\s+(?P<cue>{OFFSET})"
    rf"|\s+(?:من\s+)?(?:(?P<thisyear>هذا\s+العام|هذه\s+السنه|{ART}عام\s+الحالي|{ART}سنه\s+الحاليه)"
    rf"|{ART}(?:عام|سنه)\s+(?P<yearcue>{OFFSET}))"
    rf"|(?P<every>\s+من\s+كل\s+(?:عام|سنه)))?{RB}",
    "9 ديسمبر 2017",
    "30 ابريل 2023",
    "الثالث من نوفمبر 2016",
    "15 رمضان 1445 ه",
    "22 من شهر يوليو (تموز) 2015",
    "ديسمبر / كانون الاول 2017",
    "اواخر تموز/يوليو 2014",
    "شهر مارس من العام 2016",
    "15 ابريل",
    "الاول من يناير",
    "22 من شهر يوليو (تموز) الماضي",
    "يناير",
    "شهر رمضان الكريم",
    "منتصف يونيو",
    "نوفمبر الماضي",
    "اول ايام شهر رمضان المبارك لعام 1442ه",
    "الخامس من جويليه من كل عام",
    "ايلول/سبتمبر من العام الماضي",
    "رمضان السنه الماضيه",
    "اول ايام الشهر الكريم",
    needs=MONTH,
)
def named_month(m: Match) -> Partial | None:
    """A clear Gregorian name stands alone; an ambiguous or Hijri one ("آب" father, "رجب" a first name,
    "نيسان" the car maker) needs a date around it: a day, a year, شهر, a cue, its twin, a vague part, or a
    preposition before it ("في رمضان")."""
    month = _month(m)
    if (month.ambiguous or month.calendar == "hijri") and not (
        month.epithet
        or m["nth"]
        or m["day"]
        or m["dayword"]
        or m["year"]
        or m["shahr"]
        or m["twin"]
        or m["cue"]
        or m["yearcue"]
        or m["thisyear"]
        or m["part"]
        or _PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    ):
        return None
    if m["every"]:  # "الخامس من جويلية من كل عام": every year
        return Partial("set")
    if m["thisyear"] or m["yearcue"]:  # a month of a year counted from the anchor
        offset = _offset(m, "yearcue") or 0
        if month.calendar == "hijri":  # "رمضان السنة الماضية": Ramadan of the Hijri year before this one
            return Partial("relative", unit="year", offset=offset, month=month.month, day=_day(m), hijri=True)
        return Partial("relative", unit="year", offset=offset, month=month.month, day=_day(m), mod=_mod(m))
    return _date(m)


@rule(
    "first day of a range",
    # "من 15 إلى 20 ديسمبر الجاري", "بين 2 و20 حزيران": the first day takes the month of the second
    rf"{LB}(?:من|بين)\s+(?P<x>(?P<day>{DAYNUM}))\s*(?:الي|حتي|و|-)\s*(?={DAYNUM}\s+(?:من\s+)?(?:شهر\s+)?"
    rf"(?P<month>{MONTH}){TWIN}?(?:\s*[،,]?\s*(?:{YEAR_WORD}\s+)?(?P<year>{YEAR}|{HIJRI_YEAR})|\s+(?P<cue>{OFFSET}))?{RB})",
    "من [15] الي 20 ديسمبر",
    "بين [2] و20 حزيران 2019",
    needs=MONTH,
)
def range_start(m: Match) -> Partial | None:
    return _date(m)


_YEAR_BEFORE = re.compile(
    r"(?:(?:^|(?<!\w))[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|بين|الي|مع|لعام|وحتي|وفي)\s*|[بل]|[0-9]{4}\s+و"
    rf"|(?:^|(?<!\w))[وفبل]?(?:ال)?{_alt(cues.YEAR_HEADS)}\s+)$"
)
_YEAR_AFTER = re.compile(r"\s*(?:[.،,؛:)»\"”'\]-]|$|و(?!\w)|\s+و)")


_COUNT_AFTER = re.compile(r"\s*و\s*([0-9]+)")


@rule(
    "year",
    # "عام 2014", "العام 2014", "2014م"; a bare number needs a preposition before it or punctuation after it,
    # since "2000 عنصر" is a count.
    # with عام/سنة an older year too: "منذ عام 1822" (not 1300-1499, Hijri without its mark)
    rf"(?:{LB}{PART_PREFIX}?{YEAR_WORD}(?:\s+(?:المالي|الدراسي))?\s+(?P<year>{YEAR}|1[5-8][0-9]{{2}}){AD_MARK}?"
    rf"|{LB}(?P<part>{PART})\s+(?P<year>{YEAR}){AD_MARK}?"
    rf"|(?<![0-9.,/:-])(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وف][بل]))(?P<bare>{YEAR})(?P<ad>{AD_MARK})?){RB}",
    "عام 2014",
    "العام 2014",
    "اواخر 2017",
    "2014م",
    "عام 1822",
    "العام المالي 2023",
    needs=r"[0-9]{4}",
)
def year(m: Match) -> Partial | None:
    after = _COUNT_AFTER.match(m.string, m.span("bare")[1]) if m["bare"] else None
    if after and not 1900 <= int(after[1]) <= 2099:
        return None  # "بين 2000 و3000 مسلح": a range of counts
    if m["bare"] and not (
        m["ad"] or _before(m, _YEAR_BEFORE, 14) or _YEAR_AFTER.match(m.string, m.span("bare")[1])
    ):
        return None  # "أكثر من 2000 عنصر": a count
    return Partial("date", year=int(m["year"] or m["bare"]), mod=_mod(m))


@rule(
    "hijri year",
    rf"{LB}{PART_PREFIX}?(?:{YEAR_WORD}\s+)?(?P<year>{HIJRI_YEAR}){HIJRI_MARK}"
    rf"|{LB}{YEAR_WORD}\s+الهجري\s+(?P<year>{HIJRI_YEAR}){RB}",
    "عام 1440 ه",
    "1445ه",
    "1445 هجري",
    "العام الهجري 1445",
    needs=r"1[34][0-9]{2}",
)
def hijri_year(m: Match) -> Partial:
    return Partial("date", year=int(m["year"]), hijri=True, mod=_mod(m))


@rule(
    "decade",
    rf"{LB}{PART_PREFIX}?(?P<decade>{_alt(DECADE_BY_FORM)})(?:\s+(?:من\s+)?القرن\s+(?P<century>الماضي|العشرين"
    rf"|الحالي|الحادي\s+والعشرين))?{RB}",
    "التسعينات",
    "تسعينيات القرن الماضي",
    needs=_alt(DECADE_BY_FORM),
)
def decade(m: Match) -> Partial:
    digit = int(DECADE_BY_FORM[_key(m["decade"])])  # type: ignore[arg-type]
    century = m["century"] or ""
    base = 20 if ("الحالي" in century or "الحادي" in century) else 19
    return Partial("date", decade=base * 10 + digit, mod=_mod(m))


@rule(
    "season",
    rf"{LB}(?:(?P<part>{PART})\s+)?(?:فصل\s+)?(?P<season>{_art(SEASON)})\s+(?:(?:من\s+)?{YEAR_WORD}\s+)?(?P<year>{YEAR})"
    rf"|{LB}(?:فصل\s+)?(?P<season>{_art(SEASON)})\s+(?P<cue>{OFFSET}){RB}"
    rf"|{LB}(?:(?P<part>{PART})\s+)?(?:فصل\s+(?P<bare>{_art(SEASON)})|{THIS}\s+(?P<bare>{_art(SEASON)}))"
    rf"(?!\s+(?:{ART}عام|{ART}سنه|[0-9]))"
    # "قبل نهاية الصيف": a vague part of the season now told
    rf"|{LB}(?P<part>{PART})\s+(?P<bare>{_art(SEASON)}){RB}(?!\s+(?:{ART}عام|{ART}سنه|[0-9]|{OFFSET}))"
    rf"|{LB}(?:فصل\s+)?(?P<season>{SEASON})\s+(?:{THIS}\s+)?(?P<ofyear>{_art('(?:ال(?:عام|سنه))')})"
    rf"(?:\s+(?P<cue>{OFFSET}))?{RB}",
    "صيف 2015",
    "الربيع الماضي",
    "صيف العام الماضي",
    "شتاء هذا العام",
    "فصل الشتاء",
    "هذا الصيف",
    "نهايه الصيف",
    needs=SEASON,
)
def season(m: Match) -> Partial:
    code = SEASON_BY_FORM[_form(m["season"] or m["bare"])]
    if m["year"]:
        return Partial("date", year=int(m["year"]), season=code, mod=_mod(m))  # type: ignore[arg-type]
    # "صيف العام الماضي" is a season of a year; "الصيف الماضي" the last summer before the anchor.
    unit = "year" if m["ofyear"] else "season"
    return Partial(
        "relative", unit=unit, season=code, offset=_offset(m) or 0, direction=_offset(m), mod=_mod(m)
    )  # type: ignore[arg-type]


@rule(
    "quarter or half of a year",
    rf"{LB}(?:(?P<part>{PART})\s+)?(?P<q>{_art(_alt([*QUARTER_BY_FORM, *HALF_BY_FORM]))})\s+(?:من\s+)?"
    rf"(?:(?:{YEAR_WORD}\s+)?(?P<year>{YEAR})|(?P<unit>{_art('(?:ال(?:عام|سنه))')})(?:\s+(?P<cue>{OFFSET}))?"
    rf"|{THIS}\s+(?P<unit>{_art('(?:ال(?:عام|سنه))')})){RB}"
    # a quarter alone ("الربع الثالث شهد تحسنا") is the nearest one in the sentence's direction; not "الفصل
    # الثاني" (a school term, a chapter), nor "الربع الأخير من المباراة"
    rf"|{LB}(?P<bare>{_art(_alt(q for q in QUARTER_BY_FORM if 'فصل' not in q))}){RB}(?!\s+من(?!\w))",
    "الربع الاول من 2020",
    "النصف الثاني من العام الماضي",
    "نهايه الربع الثالث من عام 2023",
    "الربع الثالث",
    needs=r"ربع|نصف|فصل|سداسي|ثلاثي",
)
def quarter(m: Match) -> Partial:
    if m["bare"]:
        return Partial("date", quarter=int(QUARTER_BY_FORM[_form(m["bare"])]))  # type: ignore[arg-type]
    q = _form(m["q"])
    fields = {"quarter": QUARTER_BY_FORM[q]} if q in QUARTER_BY_FORM else {"half": HALF_BY_FORM[q]}
    if m["year"]:
        return Partial("date", year=int(m["year"]), mod=_mod(m), **fields)  # type: ignore[arg-type]
    off = _offset(m) or 0
    return Partial("relative", unit="year", offset=off, direction=_offset(m), mod=_mod(m), **fields)  # type: ignore[arg-type]


@rule(
    "feast",
    rf"{LB}(?:(?P<nth>اول|ثاني|ثالث|رابع)\s+ايام\s+|(?P<eve>عشيه)\s+)?(?P<feast>{_alt(FEAST_BY_FORM)})"
    rf"(?:\s+(?:المبارك|السعيد|المجيد|العالمي))?(?:\s+(?:[لو]?{YEAR_WORD}\s+)?(?:(?P<year>{HIJRI_YEAR}){HIJRI_MARK}?"
    rf"|(?P<gyear>{YEAR})|(?P<cue>{OFFSET})))?{RB}"
    # "عيد الميلاد الثمانين للملكة" is a birthday
    rf"(?!\s+(?:ال\s?[0-9]|{_alt(ORDINAL_BY_FORM)}(?!\w)|ال\w+ين(?!\w)))",
    "عيد الفطر",
    "عيد الاضحى المبارك",
    "ثاني ايام عيد الفطر",
    "عيد الميلاد المجيد",
    "عيد الميلاد 2016",
    "عشيه عيد الميلاد",
    "عيد الفطر المبارك لعام 1445ه",
    needs=_alt(FEAST_BY_FORM),
)
def feast(m: Match) -> Partial | None:
    f = FEAST_BY_FORM[_key(m["feast"])]
    day = f.day + {"ثاني": 1, "ثالث": 2, "رابع": 3}.get(m["nth"] or "", 0) - (1 if m["eve"] else 0)
    month = f.month
    if day < 1 and f.calendar == "gregorian":  # "عشية عيد الشغل": 30 April
        month = 12 if f.month == 1 else f.month - 1
        day = calendar.monthrange(2001, month)[1]
    elif day < 1:  # a Hijri month's length is not known here: the feast itself
        day = f.day
    if f.calendar == "hijri":
        if m["gyear"]:
            return None
        return Partial("date", year=_int(m["year"]), month=month, day=day, hijri=True, direction=_offset(m))
    if m["year"]:
        return None
    # Without a year or cue, the nearest one (0: the sentence's verbs tell of the report, not the feast).
    off = _offset(m)
    return Partial("date", year=_int(m["gyear"]), month=month, day=day, direction=0 if off is None else off)


@rule(
    "days of the Eid",
    # "يوم الجمعة 17 يوليو سيكون أول أيام العيد": the nth day of the Eid nearest the publication date
    rf"{LB}(?P<nth>اول|ثاني|ثالث|رابع)\s+ايام\s+{ART}عيد{RB}",
    "اول ايام العيد",
    "ثالث ايام العيد",
    needs=r"عيد",
)
def days_of_eid(m: Match) -> Partial:
    n = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}[m["nth"]]
    return Partial("date", month=10, day=n, hijri=True, direction=0, value="eid")


# ---------------------------------------------------------------- relative to the publication date


@rule(
    "day word",
    # "اليوم", "أمس", "مساء اليوم الأحد", "يوم أمس الثلاثاء", "فجر اليوم"
    rf"{LB_CONJ}(?:(?P<daypart>{DAY_PART})\s+)?(?:يوم\s+)?(?P<word>{_art(_alt(DAY_WORD_BY_FORM))})"
    rf"(?:\s*[،,(]?\s*(?P<weekday>{WEEKDAY_ART})\s*\)?)?{RB}",
    "اليوم",
    "امس",
    "مساء اليوم الاحد",
    "امس الثلاثاء",
    "اول من امس",
    "الليله الماضيه",
    needs=_alt(DAY_WORD_BY_FORM),
)
def day_word(m: Match) -> Partial:
    days = int(DAY_WORD_BY_FORM[_form(m["word"])])  # type: ignore[arg-type]
    if _key(m["word"]) == "اليوم" and not (m["weekday"] or m["daypart"]) and _nowadays(m):
        return Partial("ref", value="PRESENT_REF")
    if m["weekday"]:  # unit "day": tied to its day word, so no other date in the sentence renames it
        return Partial("weekday", weekday=_weekday(m["weekday"]), offset=days, unit="day")
    return Partial("relative", unit="day", offset=days, direction=0 if days == 0 else None)


_IMPERFECT = r"(?:ي\w{3,}|ت\w{4,})"
_NOWADAYS_AFTER = re.compile(
    rf"\s+(?:{_alt(refs.NOWADAYS_PREDICATE)}|{_alt(refs.NOWADAYS_ELATIVES)}|{_IMPERFECT})(?!\w)(?!\s+(?:ان|الي)(?!\w))"
)
# The subject: one to three definite words after the start of a clause, a quote or an opener ("إن").
_NOWADAYS_SUBJECT = re.compile(
    rf"(?:^|[.،,:؛!?؟\n«\"“]|(?<!\w)(?:{_alt(refs.NOWADAYS_OPENERS)})\s)\s*[«\"“]?\s*[وف]?ال\w+(?:\s+ال\w+){{0,2}}\s+$"
)
_NOWADAYS_VERB = re.compile(
    rf"(?<!\w)[وف]?(?:فيما\s+|بينما\s+)?(?:{_alt(refs.NOWADAYS_VERBS)})(?:\s+\w+){{1,2}}\s+$"
)


def _nowadays(m: Match) -> bool:
    """Whether a bare "اليوم" is the present age rather than the publication day (refs.NOWADAYS_*)."""
    start, end = m.span()
    if _NOWADAYS_VERB.search(m.string, max(0, start - 40), start):
        return True
    return bool(_NOWADAYS_SUBJECT.search(m.string, max(0, start - 40), start)) and bool(
        _NOWADAYS_AFTER.match(m.string, end)
    )


def _weekday(text: str) -> int:
    return int(WEEKDAY_BY_FORM[_form(text)])  # type: ignore[arg-type]


@rule(
    "weekday",
    rf"{LB}(?:(?P<daypart>{DAY_PART})\s+)?(?:(?:يوم\s+(?P<weekday>{WEEKDAY_ART}|{WEEKDAY_BARE}))"
    rf"|(?P<weekday>{WEEKDAY_ART}))(?:\s+(?P<cue>{OFFSET}))?{RB}",
    "الخميس المقبل",
    "يوم الجمعه",
    "مساء السبت",
    "الاربعاء",
    needs=_alt(WEEKDAY_BY_FORM),
)
def weekday(m: Match) -> Partial:
    off = _offset(m)
    return Partial("weekday", weekday=_weekday(m["weekday"]), direction=off if off else None)


@rule(
    "day of this, last or next month",
    rf"{LB}{DAY}\s+(?:من\s+)?(?:{ART}شهر\s+(?P<cue>{OFFSET})|هذا\s+الشهر){RB}",
    "العشرين من الشهر الجاري",
    "5 من الشهر الماضي",
    "الخامس من هذا الشهر",
    needs=r"شهر",
)
def day_of_relative_month(m: Match) -> Partial:
    return Partial("relative", unit="month", offset=_offset(m) or 0, day=_day(m))


_UNIT_ART = _art("(?:ال(?:اسبوع|شهر|عام|سنه))")
_UNIT_OF = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}


@rule(
    "this, last or next unit",
    # "الأسبوع الماضي", "الشهر الجاري", "العام المقبل", "هذا العام", "نهاية العام", "مطلع العام الحالي"
    rf"{LB}(?:(?P<part>{PART})\s+)?(?:(?P<unit>{_UNIT_ART})(?:\s+(?:المالي|الدراسي|الميلادي))?\s+(?P<cue>{OFFSET})"
    rf"|{THIS}\s+(?P<unit>{_UNIT_ART}))"
    rf"{RB}|{LB}(?P<part>{PART})\s+(?P<unit>{_UNIT_ART}){RB}(?!\s+\d)",
    "الاسبوع الماضي",
    "العام المقبل",
    "هذا العام",
    "نهايه العام",
    "مطلع العام الحالي",
    "العام الدراسي المقبل",
    needs=r"اسبوع|شهر|عام|سنه",
)
def this_unit(m: Match) -> Partial:
    off = _offset(m)
    unit = _UNIT_OF[_form(m["unit"]).removeprefix("ال")]
    return Partial("relative", unit=unit, offset=off or 0, direction=off, mod=_mod(m))  # type: ignore[arg-type]


@rule(
    "the new year",
    rf"{LB}(?:{ART}عام\s+الجديد|{ART}سنه\s+الجديده){RB}",
    "العام الجديد",
    "السنه الجديده",
    needs=r"جديد",
)
def new_year(m: Match) -> Partial:
    """ "خطة العام الجديد" in January is this year's; in December, next year's (resolve.py)."""
    return Partial("relative", unit="year", value="new")


# What follows a unit counted from an event: "من/على" (after three years of ...), or an adjective agreeing
# with it, "أسبوع مخصص" (not an accusative participle of the subject: "قبل يومين متوجها إلى أربيل").
_ANCHORED = r"\s+(?:فقط\s+)?(?:من|علي)(?!\w)|\s+(?!مساء)م\w{3,}(?<!ا)(?!\w)"


@rule(
    "units ago or ahead",
    # "قبل ثلاثة أيام" is a date, three days before the anchor; "بعد أسبوعين" likewise ahead.
    rf"{LB}(?P<dir>قبل|بعد)\s+(?:(?P<about>نحو|حوالي|قرابه|زهاء)\s+)?(?:(?P<n>[0-9]{{1,3}}|{CARDINAL})\s+(?P<unit>{UNIT_ANY})"
    rf"|(?P<two>{UNIT_TWO})|(?P<one>{UNIT_ONE})(?!\s*[0-9]))(?P<half>\s+(?:ونصف|و\s+نصف))?{RB}"
    # "بعد ثلاث سنوات من المواجهات" counts from an event, not from the publication date: a duration; so
    # does a unit with an adjective, "بعد أسبوع مخصص للتقويم" (after a week given to ...).
    rf"(?!{_ANCHORED})",
    "قبل ثلاثه ايام",
    "بعد اسبوعين",
    "قبل عام",
    "قبل 10 سنوات",
    needs=r"قبل|بعد",
)
def units_ago(m: Match) -> Partial | None:
    word = m["unit"] or m["two"] or m["one"]
    unit = UNIT_BY_FORM[_key(word)]
    n = _count(m["n"]) if m["n"] else (2 if m["two"] else 1)
    if n is None or unit.unit not in ("day", "week", "month", "year", "decade"):
        return None
    sign = -1 if m["dir"] == "قبل" else 1
    mod = "APPROX" if m["about"] else None
    # Kept for a past sentence, where "انتهت ... بعد سبعة أيام" is how long it took (find.py).
    length = _duration(n, unit.unit, bool(m["half"]))
    if unit.unit == "decade":
        return Partial("relative", unit="year", offset=sign * 10 * n, mod=mod, value=length)
    if unit.unit == "week":  # "قبل أسبوعين": the day two weeks back, as "قبل ثلاثة أيام" is a day
        return Partial("relative", unit="day", offset=sign * 7 * n, mod=mod, value=length)
    return Partial("relative", unit=unit.unit, offset=sign * n, mod=mod, value=length)  # type: ignore[arg-type]


# ---------------------------------------------------------------- durations

_QUANT = {
    "اكثر من": "MORE_THAN",
    "ما يزيد على": "MORE_THAN",
    "ما يزيد عن": "MORE_THAN",
    "ازيد من": "MORE_THAN",
    "ما لا يقل عن": "MORE_THAN",
    "اقل من": "LESS_THAN",
    "نحو": "APPROX",
    "حوالي": "APPROX",
    "قرابه": "APPROX",
    "زهاء": "APPROX",
    "ما يقارب": "APPROX",
    "ما يقرب من": "APPROX",
    "تقريبا": "APPROX",
}
QUANT = _alt(_QUANT)


def _duration(n: int | None, unit: str, half: bool) -> str:
    letter = units.DURATION_LETTER[unit]
    count = "X" if n is None else str(n)
    if half and n is not None and unit == "year":
        return f"P{count}Y6M"
    if half and n is not None and unit == "month":
        return f"P{count}M15D"
    if half and n is not None and unit == "hour":
        return f"PT{count}H30M"
    return f"PT{count}{letter[1]}" if letter.startswith("T") else f"P{count}{letter}"


@rule(
    "duration",
    # "3 سنوات ونصف", "ثلاث سنوات", "يومين", "أكثر من عام", "منذ أكثر من عامين", "لثلاث سنوات", "48 ساعة"
    rf"{LB}(?P<x>(?P<since>منذ\s+)?(?:(?P<q>{QUANT})\s+)?"
    # the numeral may take the article: "التسعة أشهر", "مهلة الستين يوما"
    rf"(?:(?P<n>[0-9]{{1,4}}|(?:ال)?{CARDINAL})\s+(?P<unit>{UNIT_ANY})|(?P<two>{UNIT_TWO})"
    rf"|(?P<one>{UNIT_ONE})(?P<single>\s+(?:واحد|واحده|كامل|كامله|كاملا|بكاملها|باكملها|اضافي|اضافيه|اضافيا))?(?!\s*[0-9]))"
    rf"(?P<half>\s+(?:ونصف|و\s+نصف))?(?P<about>\s+تقريبا)?){RB}",
    "3 سنوات ونصف",
    "ثلاث سنوات",
    "يومين",
    "اكثر من عام",
    "منذ اكثر من عامين",
    "48 ساعه",
    "التسعه اشهر",
    "ساعه اضافيه",
    needs=UNIT_ANY,
)
def duration(m: Match) -> Partial | None:
    word = m["unit"] or m["two"] or m["one"]
    unit = UNIT_BY_FORM[_key(word)]
    if _is_age(m, unit.unit):
        return None
    if m["one"] and not (
        m["q"]
        or m["since"]
        or m["single"]
        or m["half"]
        or _before(m, _LENGTH_BEFORE)
        or (_before(m, _AFTER_BEFORE) and re.match(_ANCHORED, m.string[m.span()[1] :]))
    ):
        # a bare "عام" or "يوم" is one only after "أكثر من", "منذ", "لمدة", "بعد ... من", or with a half
        return None
    n = _count(m["n"]) if m["n"] else (2 if m["two"] else 1)
    if n is None or n == 0:
        return None
    mod = _QUANT[_key(m["q"])] if m["q"] else "APPROX" if m["about"] else None
    return Partial("duration", value=_duration(n, unit.unit, bool(m["half"])), mod=mod)


_AFTER_BEFORE = re.compile(r"(?:^|(?<!\w))[وف]?(?:بعد|قبل)\s+$")
# "في غضون أسبوع" (within a week), "بعد مرور عام على" (a year having passed), and a sentence: "الحبس سنة
# مع وقف التنفيذ", "بالسجن عاما"
_LENGTH_BEFORE = re.compile(
    r"(?:^|(?<!\w))(?:لمده|مده|طيله|طوال|خلال|غضون|علي\s+مدي|علي\s+مدار|[وف]?(?:بال|ال)(?:سجن|حبس)|[وب]?مرور)\s+$"
)
# After an age word, maybe one more word, maybe "من العمر", maybe the first end of a range: "أعمارهم بين 6
# أشهر و14 سنة", "يبلغان من العمر 24 و31 سنة", "البالغة 15-17 عاما".
_AGE = re.compile(
    rf"(?:{_alt(traps.AGE_CUES)})\s+(?:\w+\s+)?(?:من\s+العمر\s+)?(?:[0-9]+\s*(?:[^\W\d]+\s*)?(?:[-–]|و)\s*)?$"
)
_AGE_AT_DEATH = re.compile(rf"(?<!\w)(?:{_alt(traps.DEATH_CUES)})(?!\w)[^.!?؟\n]{{0,90}}(?<!\w)عن\s+$")


def _is_age(m: Match, unit: str) -> bool:
    """ "عن عمر ناهز 80 عاما", "طفلة تبلغ عشرة أعوام", "توفي ... عن 79 عاما": an age, not a length of time.
    Ages are told in years or months: "صلاحية التأشيرة تبلغ 90 يوما" is a length of time."""
    return unit in ("year", "month") and (_before(m, _AGE, 40) or _before(m, _AGE_AT_DEATH, 110))


_COUNT_BEFORE = re.compile(rf"(?:[0-9]|(?<!\w){CARDINAL})\s+$")
# "سجل شهرا جوان وجويلية أرقاما قياسية": the dual "the two months" before their names, not a length
_MONTH_AFTER = re.compile(rf"\s+(?:{MONTH}){RB}")


@rule(
    "a unit on its own",
    # The accusative marks an adverbial length of time: "استمرت شهرا" (P1M), "أياما" (PXD); with
    # "كاملا" the span takes it along. Fractions: "نصف ساعة", "ربع قرن".
    rf"{LB}(?:(?P<adverbial>{_alt(units.ADVERBIAL)})(?:\s+(?:كاملا|كامله|كاملين))?"
    rf"|(?:(?P<q>{QUANT})\s+)?(?P<fraction>{_alt(FRACTION_BY_FORM)})){RB}(?!\s*(?:[0-9]|من\s+(?:عمر|العمر)))",
    "شهرا",
    "اسبوعا كاملا",
    "اياما",
    "نصف ساعه",
    needs=r"يوما|اسبوعا|شهرا|قرنا|اياما|شهورا|اشهرا|اعواما|نصف|ربع",
)
def unit_alone(m: Match) -> Partial | None:
    if _before(m, _COUNT_BEFORE) or _MONTH_AFTER.match(m.string, m.span()[1]):
        return None
    if m["fraction"]:
        mod = _QUANT[_key(m["q"])] if m["q"] else None
        return Partial("duration", value=str(FRACTION_BY_FORM[_key(m["fraction"])]), mod=mod)
    unit = UNIT_BY_FORM[_key(m["adverbial"])]
    if _is_age(m, unit.unit):
        return None
    return Partial("duration", value=_duration(1 if unit.number == "one" else None, unit.unit, False))


_FIRST_OF = re.compile(r"\s+من(?!\w)")


@rule(
    "the last or next N units",
    # "السنوات العشر الماضية" = P10Y; "الأيام الثلاثة المقبلة" = P3D; "العقدين الماضيين" = P2DE
    rf"{LB}(?:ال\s?(?P<lead>[0-9]{{1,3}})\s+(?P<unit>{UNIT_ANY})"
    rf"|(?P<unit>{_art(_alt('ال' + f for f, u in UNIT_BY_FORM.items() if u.number in ('many', 'two')))})"
    rf"(?:\s+(?P<n>{_art(_alt('ال' + f for f in CARDINAL_BY_FORM))}|ال\s?[0-9]{{1,3}}))?)\s+"
    rf"(?P<cue>{OFFSET}|الماضيين|المقبلين|الاخيرين|الماضيان|المقبلان|الاخيران|الاخيره|الاولي|الاولين|القليله\s+الماضيه|القليله\s+المقبله){RB}",
    "السنوات العشر الماضيه",
    "الايام الثلاثه المقبله",
    "العقدين الماضيين",
    "الاشهر الماضيه",
    "الساعات ال24 الماضيه",
    "ال48 ساعه المقبله",
    "الاسبوعان الماضيان",
    "ل[لعامين المقبلين]",
    needs=UNIT_ANY,
)
def last_n_units(m: Match) -> Partial | None:
    word = _form(m["unit"])
    if not m["lead"]:  # "للعامين": the article's ل after the preposition's, matched on its own
        word = ("ا" + word if word.startswith("ل") else word).removeprefix("ال")
    unit = UNIT_BY_FORM.get(word)
    if unit is None or unit.unit == "minute":
        return None
    default = 2 if unit.number == "two" else None
    count = m["lead"] or m["n"]
    if not count and _key(m["cue"]) == "الاولي" and _FIRST_OF.match(m.string, m.span()[1]):
        return None  # "الساعات الأولى من صباح اليوم": the early part of what follows, not a length
    n = _count(_form(count).removeprefix("ال").strip()) if count else default
    return Partial("duration", value=_duration(n, unit.unit, False))


_CONSTRUCT = re.compile(r"\s+ال\w")
_PLURAL_BEFORE = re.compile(
    rf"(?:(?:^|(?<!\w))[وف]?(?:{_alt(units.LENGTH_BEFORE)}|بعد|قبل)\s+|(?:^|(?<!\w))[وف]?ل"
    # a verb of lasting, then at most two words: "قد تستغرق العودة الكاملة أسابيع"
    rf"|(?:^|(?<!\w))[وف]?(?:{_alt(units.LENGTH_VERBS)})(?:\s+[^\W\d]+){{0,2}}\s+)$"
)


@rule(
    "a few units",
    # "بضعة أشهر", "عدة سنوات", "أيام قليلة", "لسنوات", "منذ عقود": an unknown count (TIMEX3 X)
    rf"{LB}(?P<x>(?P<since>منذ\s+)?(?:{FEW}\s+(?P<unit>{UNIT_MANY}|{UNIT_ONE})"
    rf"|(?P<unit>{UNIT_MANY})\s+(?:قليله|عديده|طويله|معدوده|عده)|(?P<bare>{UNIT_MANY}))){RB}",
    "بضعه اشهر",
    "ايام قليله",
    "عده سنوات",
    needs=UNIT_ANY,
)
def few_units(m: Match) -> Partial | None:
    if m["bare"] and not (m["since"] or _before(m, _PLURAL_BEFORE, 48)):
        return None  # bare "سنوات" only as "لسنوات", "منذ سنوات", "طيلة سنوات", "تأخر سنوات"
    if m["bare"] and _CONSTRUCT.match(m.string, m.span()[1]):
        return None  # "أيام الحرب", "خلال أيام العيد": a noun in construct, not a length of time
    unit = UNIT_BY_FORM[_key(m["unit"] or m["bare"] or "")]
    if unit.unit == "minute":
        return None
    return Partial("duration", value=_duration(None, unit.unit, False))


@rule(
    "the last decade",
    # "تراجع المعدل خلال العقد الماضي": over the past ten years (عقد alone is as often "a contract", but
    # not with الماضي)
    rf"{LB}{ART}عقد\s+(?:الماضي|الاخير|المنصرم){RB}",
    "العقد الماضي",
    needs=r"عقد",
)
def last_decade(m: Match) -> Partial:
    return Partial("duration", value="P1DE")


@rule(
    "vague past or future",
    rf"{LB}(?P<x>{_alt(REF_BY_FORM)}){RB}",
    "الان",
    "حاليا",
    "في الماضي",
    "مستقبلا",
    needs=_alt(REF_BY_FORM),
)
def vague_ref(m: Match) -> Partial:
    return Partial("ref", value=str(REF_BY_FORM[_key(m["x"])]))


@rule(
    "years ago, vaguely",
    rf"{LB}(?P<dir>قبل|بعد)\s+(?:{FEW}\s+)?(?:{UNIT_MANY})(?:\s+(?:قليله|عديده|معدوده))?{RB}(?!\s+من(?!\w))",
    "قبل سنوات",
    "بعد سنوات",
    "قبل سنوات قليله",
    needs=r"قبل|بعد",
)
def vague_ago(m: Match) -> Partial:
    return Partial("ref", value="PAST_REF" if m["dir"] == "قبل" else "FUTURE_REF")


@rule(
    "recurrence",
    # "كل" with what follows first: "كل يوم ثلاثاء" is one recurrence, not "كل يوم" and a Tuesday
    rf"{LB}(?:كل\s+(?:{WEEKDAY_ART}|(?:يوم\s+)?{WEEKDAY_BARE}|(?:[0-9]+|{CARDINAL})\s+{UNIT_ANY}|{UNIT_TWO})|{_alt(refs.SETS)}){RB}",
    "سنويا",
    "كل يوم",
    "كل يوم ثلاثاء",
    "كل خميس",
    "كل عامين",
    needs=r"كل|يا|بصوره|بشكل",
)
def recurrence(m: Match) -> Partial:
    return Partial("set")


@rule(
    "back-reference",
    rf"{LB}(?:(?P<part>{PART})\s+)?(?P<ref>{_alt(BACKREF_BY_FORM)}){RB}",
    "انذاك",
    "اواخر الشهر نفسه",
    "العام نفسه",
    "اليوم التالي",
    needs=_alt(BACKREF_BY_FORM),
)
def back_reference(m: Match) -> Partial:
    grain, off = BACKREF_BY_FORM[_key(m["ref"])]
    return Partial("backref", unit=grain, offset=off, mod=_mod(m))  # type: ignore[arg-type]


_SAME = r"(?:نفسه|ذاته|نفسها|ذاتها)"


@rule(
    "month or day of the year or month just told",
    # "تموز من العام نفسه", "28 من الشهر ذاته": the year (month) of the date the text placed last.
    rf"{LB}{PART_PREFIX}?(?:{DAY}\s*(?:من\s+)?)?(?:(?:شهر\s+)?(?P<month>{MONTH}){TWIN}?\s+من\s+"
    rf"(?:{ART}(?:عام|سنه)\s+{_SAME}|ذلك\s+العام|تلك\s+السنه)|{ART}شهر\s+(?P<samemonth>{_SAME})){RB}",
    "تموز من العام نفسه",
    "28 من الشهر ذاته",
    "منتصف اب من العام نفسه",
    needs=r"نفس|ذات|ذلك|تلك",
)
def of_the_same(m: Match) -> Partial | None:
    day = _day(m)
    if m["samemonth"]:
        return Partial("backref", unit="month", day=day, mod=_mod(m)) if day else None
    if not _twin_ok(m):
        return None
    return Partial("backref", unit="year", month=_month(m).month, day=day, mod=_mod(m))


@rule(
    "day of the month just told",
    # "من يوم الخميس 12 مارس الجاري حتى 26 منه", "انطلاق الاحتجاجات في 17 منه": the day of the month the
    # text placed last
    rf"(?:(?<=حتي\s)|(?<=الي\s)|(?<=غايه\s)|(?<=(?<!\w)في\s)|(?<=(?<!\w)و))(?P<day>{DAYNUM})\s+منه{RB}",
    "حتي [26 منه]",
    "في [17 منه]",
    needs=r"منه",
)
def day_of_same_month(m: Match) -> Partial:
    return Partial("backref", unit="month", day=int(m["day"]))


_SAME_PERIOD = (
    rf"(?:{ART}(?:فتره|ربع|فصل|شهر|اشهر|اسابيع)\s+(?:{_SAME}|المماثل|المماثله)|نفس\s+{ART}(?:فتره|شهر|ربع))"
)


@rule(
    "the same period of another year",
    # "بارتفاع 12 في المئة عن الفترة نفسها من العام الماضي": the quarter (month...) just told, a year before
    rf"{LB}{_SAME_PERIOD}\s+(?:من\s+)?(?:{ART}(?:عام|سنه)\s+(?P<cue>الماضي|الماضيه|السابق|السابقه|المنصرم|المنصرمه)"
    rf"|(?:{YEAR_WORD}\s+)?(?P<year>{YEAR})){RB}",
    "الفتره نفسها من العام الماضي",
    "الربع المماثل من العام الماضي",
    "الفتره ذاتها من عام 2022",
    "الشهر نفسه من السنه الماضيه",
    needs=r"نفس|ذات|مماثل",
)
def same_period(m: Match) -> Partial:
    return Partial("backref", unit="period", offset=-1, year=_int(m["year"]))


@rule(
    "units after or before the date just told",
    # "ثم على بلدتي راوة وعنه بعد ذلك بيومين": two days after the date the text placed last.
    rf"{LB}(?P<dir>بعد|قبل)\s+(?:ذلك|ذاك)\s+ب(?:(?P<n>[0-9]{{1,3}}|{CARDINAL})\s+(?P<unit>{UNIT_ANY})"
    rf"|(?P<two>{UNIT_TWO})|(?P<one>{UNIT_ONE})){RB}",
    "بعد ذلك بيومين",
    "قبل ذلك بثلاثه اشهر",
    "بعد ذلك بعام",
    needs=r"ذلك|ذاك",
)
def units_from_last(m: Match) -> Partial | None:
    unit = UNIT_BY_FORM[_key(m["unit"] or m["two"] or m["one"] or "")]
    n = _count(m["n"]) if m["n"] else (2 if m["two"] else 1)
    if n is None or unit.unit not in ("day", "week", "month", "year"):
        return None
    sign = -1 if m["dir"] == "قبل" else 1
    if unit.unit in ("day", "week"):
        return Partial("backref", unit="day", offset=sign * n * (7 if unit.unit == "week" else 1))
    return Partial("backref", unit=unit.unit, offset=sign * n)  # type: ignore[arg-type]


# ---------------------------------------------------------------- clock times


HOUR_WORDS = {
    "الواحده": 1,
    "الثانيه": 2,
    "الثالثه": 3,
    "الرابعه": 4,
    "الخامسه": 5,
    "السادسه": 6,
    "السابعه": 7,
    "الثامنه": 8,
    "التاسعه": 9,
    "العاشره": 10,
    "الحاديه عشره": 11,
    "الثانيه عشره": 12,
}


def _period_of(words: str | None) -> str | None:
    """The clock period a day part names: "الساعة الخامسة من عصر غد" is 17:00, as "من عصر" would make it."""
    first = _key(words).split(" ")[0] if words else ""
    return f"من {first}" if f"من {first}" in CLOCK_PERIOD_BY_FORM else None


@rule(
    "clock time",
    # Only with الساعة: a bare "1:13 م" is page furniture (an update line), not an expression.
    rf"{LB}(?:تمام\s+)?{ART}ساعه\s+(?P<h>[0-9]{{1,2}}|{_alt(HOUR_WORDS)})(?::(?P<min>[0-5][0-9]))?"
    rf"(?:(?P<frac>\s+و\s*(?:ال)?(?:نصف|ربع))|\s+و\s*(?P<minutes>[0-9]{{1,2}}|{CARDINAL})\s+(?:دقيقه|دقائق))?"
    # "من صباح" is a period unless "غد" follows: "الساعة السابعة من صباح غد الخميس" is tomorrow's
    rf"(?:\s+(?P<period>{_alt(CLOCK_PERIOD_BY_FORM)})(?!\s+(?:بعد\s+)?غد{RB}))?"
    rf"(?:\s+(?:من\s+)?(?:(?P<daypart>{DAY_PART})\s+)?(?:يوم\s+)?(?:(?P<word>{_art(_alt(DAY_WORD_BY_FORM))})"
    rf"(?:\s*[،,(]?\s*(?P<weekday>{WEEKDAY_ART})\s*\)?)?|(?P<weekday>{WEEKDAY_ART})))?{RB}",
    "الساعه العاشره صباحا",
    "الساعه 10:30 من صباح اليوم",
    "الساعه الخامسه من فجر اليوم الخميس",
    "الساعه السادسه وسبع دقائق مساء",
    "الساعه السابعه من صباح غد الخميس",
    "الساعه الخامسه من عصر غد الخميس",
    needs=r"ساعه",
)
def clock_time(m: Match) -> Partial | None:
    h = int(m["h"]) if m["h"].isdigit() else HOUR_WORDS[_key(m["h"])]
    if h > 24:
        return None
    if m["min"]:
        minute = int(m["min"])
    elif m["minutes"]:
        minute = _count(m["minutes"]) or 0
    else:
        minute = 30 if m["frac"] and "نصف" in m["frac"] else 15 if m["frac"] else 0
    period = _key(m["period"]) if m["period"] else _period_of(m["daypart"] or m["word"])
    shift = int(CLOCK_PERIOD_BY_FORM[period]) if period else 0  # type: ignore[arg-type]
    hour = (h + shift if h < 12 else h) % 24
    if not (m["word"] or m["weekday"] or m["period"] or m["min"] or m["minutes"]) and m["h"].isdigit():
        return None
    days = int(DAY_WORD_BY_FORM[_form(m["word"])]) if m["word"] else 0  # type: ignore[arg-type]
    if m["weekday"]:
        return Partial("weekday", weekday=_weekday(m["weekday"]), offset=days, hour=hour, minute=minute)
    if m["word"]:
        return Partial("relative", unit="day", offset=days, hour=hour, minute=minute, direction=0)
    # A bare clock time belongs to the day the text is telling ("مساء أمس ... قرابة الساعة السابعة").
    return Partial("backref", unit="day", hour=hour, minute=minute)


@rule(
    "clock time without the word hour",
    # An hour word needs its period after it: "التاسعة مساء", "حتى العاشرة مساء", "السابعة صباحا"; alone,
    # "الثانية" is an ordinal of anything.
    rf"{LB}(?:تمام\s+)?(?P<h>{_alt(HOUR_WORDS)})"
    rf"(?:(?P<frac>\s+و\s*(?:ال)?(?:نصف|ربع))|\s+و\s*(?P<minutes>[0-9]{{1,2}}|{CARDINAL})\s+(?:دقيقه|دقائق))?"
    rf"\s+(?P<period>{_alt(CLOCK_PERIOD_BY_FORM)})"
    rf"(?:\s+(?:(?P<daypart>{DAY_PART})\s+)?(?:يوم\s+)?(?:(?P<word>{_art(_alt(DAY_WORD_BY_FORM))})"
    rf"(?:\s*[،,(]?\s*(?P<weekday>{WEEKDAY_ART})\s*\)?)?|(?P<weekday>{WEEKDAY_ART})))?{RB}",
    "التاسعه مساء",
    "العاشره والنصف صباحا",
    "الخامسه من فجر اليوم",
    needs=_alt(HOUR_WORDS),
)
def clock_time_bare(m: Match) -> Partial | None:
    return clock_time.build(m)


# ---------------------------------------------------------------- traps

DECADE_ORDINALS = ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "مئه")
TRAPS: tuple[re.Pattern[str], ...] = (
    # not after "إن/أن": "إن العراق اليوم يواجه تحديات" is a country and the present age
    re.compile(rf"(?<!(?<!\w)ان\s){LB}{_alt(traps.OUTLETS_WITH_TIME_WORD)}(?!\s*[،,(]?\s*{WEEKDAY_ART}){RB}"),
    *(re.compile(pattern) for pattern, _why in traps.PATTERNS),
    # the school or university year, "نهاية العام الدراسي", not a calendar year; with an offset it is one
    # ("العام الدراسي المقبل": `this_unit`)
    re.compile(
        rf"(?<!\w)(?:ال)?(?:عام|سنه)\s+(?:ال)?(?:دراسي|دراسيه|جامعي|جامعيه){RB}(?!\s+(?:{OFFSET}){RB})"
    ),
    # an ordinal count of days, "دخلت الانتفاضة يومها الأربعين" (its fortieth day), not "يومها" (that day)
    re.compile(rf"(?<!\w)(?:يومها|يومه|يومهم)\s+(?:{ORDINAL_DAY}|(?:ال)?{_alt(DECADE_ORDINALS)}|[0-9]+){RB}"),
)
