"""People, places and organisations named in a text, found with the gazetteer.

    find_entities("التقى العبادي بالموصل قادة الحشد")
    # -> (Entity("حيدر العبادي", "PER"), Entity("الموصل", "LOC"), Entity("الحشد الشعبي", "ORG"))

Matching runs on whole normalised words: the first word of a name may carry clitics (و، ف، ب، ل، ك، ال),
the following words must match exactly, and at each position the longest name wins ("كتائب حزب الله"
before "حزب الله"). camel-tools' statistical NER can add names the gazetteer lacks (`camel_ner.load`); it is
optional because its model cannot be downloaded everywhere, and the merge must not depend on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from chrono.arabic import normalise
from chrono.events.gazetteer import NAMES, Name
from chrono.events.tokens import bases, words
from chrono.model import Entity

Recogniser = Callable[[str], Iterable[Entity]]


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[tuple[str, ...], Name], ...]]:
    """First word of each folded spelling -> (all its words, name), longest spelling first."""
    table: dict[str, list[tuple[tuple[str, ...], Name]]] = {}
    for name in NAMES:
        for spelling in name.spellings:
            parts = tuple(normalise(spelling).split())
            table.setdefault(parts[0], []).append((parts, name))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}


def find_entities(text: str, ner: Recogniser | None = None) -> tuple[Entity, ...]:
    """The entities named in `text`, each once, in order of first mention; then any `ner` adds."""
    index = _index()
    ws = words(text)
    found: dict[Entity, None] = {}
    i = 0
    while i < len(ws):
        match = _longest(index, ws, i)
        if match is None:
            i += 1
            continue
        length, name = match
        found.setdefault(Entity(name.name, name.kind))
        i += length
    if ner is not None:
        for entity in ner(text):
            found.setdefault(entity)
    return tuple(found)


def _longest(
    index: dict[str, tuple[tuple[tuple[str, ...], Name], ...]], ws: list[str], i: int
) -> tuple[int, Name] | None:
    best: tuple[int, Name] | None = None
    for base in bases(ws[i]):
        for parts, name in index.get(base, ()):
            n = len(parts)
            if (best is None or n > best[0]) and tuple(ws[i + 1 : i + n]) == parts[1:]:
                best = (n, name)
                break  # spellings are longest first: the first that fits is this base's longest
    return best
