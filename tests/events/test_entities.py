from __future__ import annotations

import unicodedata
from collections import defaultdict

import pytest

from chrono.arabic import normalise
from chrono.events import find_entities
from chrono.events.gazetteer import NAMES
from chrono.events.kinds import FAMILIES, KINDS
from chrono.events.stopwords import STOPWORDS
from chrono.model import Entity


def names(text: str) -> list[str]:
    return [e.name for e in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hamza, alef maqsura and ta marbuta variants fold to one name
        ("وصلت التعزيزات إلى الانبار", ["الأنبار"]),
        ("اشتباكات في محافظة ديالي", ["ديالى"]),
        ("انفجار في البصره", ["البصرة"]),
        ("زار اربيل", ["أربيل"]),
        ("زار هولير", ["أربيل"]),
        # clitics glued to the first word
        ("وبالموصل", ["الموصل"]),
        ("للموصل", ["الموصل"]),
        ("والعراق", ["العراق"]),
        ("فالحشد الشعبي", ["الحشد الشعبي"]),
        ("لداعش", ["داعش"]),
        ("بواسط", ["واسط"]),
        # spellings of one organisation, multi-word names, the longest name first
        ("مقاتلو تنظيم الدولة الإسلامية", ["داعش"]),
        ("تقدمت قوات سوريا الديمقراطية", ["قسد"]),
        ("اتهمت كتائب حزب الله", ["كتائب حزب الله"]),
        ("قال حزب الله", ["حزب الله"]),
        ("قوات التحالف وقوات البشمركة", ["التحالف الدولي", "البيشمركة"]),
        ("عملية العزم الصلب", ["التحالف الدولي"]),
        # people by full name or surname
        ("التقى رئيس الوزراء حيدر العبادي", ["حيدر العبادي"]),
        ("وقال العبادي", ["حيدر العبادي"]),
        ("استقبل بلينكن", ["أنتوني بلينكن"]),
        ("قائد التحالف الجنرال بول لا كاميرا", ["التحالف الدولي", "بول لاكاميرا"]),
        # hashtags
        ("#صلاح_الدين و #إقليم_كردستان", ["صلاح الدين", "إقليم كردستان"]),
        # each name once, in order of first mention
        ("بغداد ثم الموصل ثم بغداد", ["بغداد", "الموصل"]),
    ],
)
def test_finds_names_under_their_variants(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "نفذت العملية بواسطة طائرات مسيرة",  # واسط inside "بواسطة"
        "القوات العراقية والطائرات الروسية والأسلحة المصرية",  # adjectives, not places
        "خارج نطاق الدولة",  # the state, not تنظيم الدولة
        "أسلحة حديثة",  # حديثة (the town) is left out: "modern"
        "قطرات المطر",  # قطر inside a longer word
        "موصلات كهربائية",  # الموصل is not a prefix of a word
        "التنظيم",  # too vague alone
    ],
)
def test_no_hits_inside_other_words(text: str) -> None:
    assert find_entities(text) == ()


def test_kinds_of_entities() -> None:
    assert find_entities("التقى السوداني في بغداد ممثلي الأمم المتحدة") == (
        Entity("محمد شياع السوداني", "PER"),
        Entity("بغداد", "LOC"),
        Entity("الأمم المتحدة", "ORG"),
    )


def test_a_recogniser_adds_names_the_gazetteer_lacks() -> None:
    def ner(text: str) -> tuple[Entity, ...]:
        return (Entity("بغداد", "LOC"), Entity("ثابت العباسي", "PER"))

    assert find_entities("زار ثابت العباسي بغداد", ner=ner) == (
        Entity("بغداد", "LOC"),
        Entity("ثابت العباسي", "PER"),
    )


def test_no_folded_spelling_names_two_entities() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for name in NAMES:
        assert name.name in name.spellings
        for spelling in name.spellings:
            assert spelling == spelling.strip() and "  " not in spelling
            assert unicodedata.normalize("NFKC", spelling) == spelling
            owners[normalise(spelling)].add(name.name)
    assert {form: who for form, who in owners.items() if len(who) > 1} == {}


def test_no_folded_event_word_belongs_to_two_kinds() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for kind, stems in KINDS:
        for stem in stems:
            owners[normalise(stem)].add(kind)
    assert {form: kinds for form, kinds in owners.items() if len(kinds) > 1} == {}
    assert set(FAMILIES) <= {kind for kind, _ in KINDS}


def test_stop_words_are_single_words() -> None:
    assert all(len(normalise(w).split()) == 1 for w in STOPWORDS)
