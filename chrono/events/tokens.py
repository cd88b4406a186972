"""Words of Arabic text for matching names, event words and similarity: normalised, with clitics peeled.

    bases("وبالموصل")  # -> ("وبالموصل", "بالموصل", "الموصل", "موصل")

Arabic glues the conjunctions و/ف, the prepositions ب/ل/ك and the article ال to the next word, so one name
has many written forms. Rather than list every glued form in the tables, a word is looked up under each
form it may have under its proclitics. A preposition or the article is only peeled off a word of more
than three letters (بابل stays), a conjunction off any longer than two ("وفي" is و + في); a word keeps its
own form as the first candidate, and the tables hold whole words, so a peeled form can only hit a name
that really follows a clitic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chrono.arabic import normalise, normalise_with_offsets

# Letters and digits; "_" splits hashtags ("#صلاح_الدين"), "-" and "/" split "CJTF-OIR", "29/6".
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The normalised words of `text`, in order."""
    return _WORD.findall(normalise(text))


def located_words(text: str) -> list[tuple[int, str]]:
    """The normalised words of `text`, each with the offset in `text` where it begins."""
    norm, offsets = normalise_with_offsets(text)
    return [(offsets[m.start()], m[0]) for m in _WORD.finditer(norm)]


@lru_cache(maxsize=65536)
def bases(word: str) -> tuple[str, ...]:
    """`word` (already normalised) and what it may be under its proclitics, most glued first."""
    out = [word]
    if len(word) > 2 and word[0] in "وف":
        out.append(word[1:])
    for w in tuple(out):
        if len(w) > 3 and w.startswith("لل"):
            out.append("ال" + w[2:])  # ل + الموصل is written للموصل
        elif len(w) > 3 and w[0] in "بلك":
            out.append(w[1:])
    for w in tuple(out):
        if len(w) > 4 and w.startswith("ال"):
            out.append(w[2:])
    return tuple(dict.fromkeys(out))


def stem(word: str) -> str:
    """The word without any proclitic: the form that similarity compares ("والعراق", "بالعراق" -> "عراق")."""
    return bases(word)[-1]
