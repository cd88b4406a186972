"""How alike two event mentions are: their words, the names they share, and the kind of event they tell.

    p, q = profile(a), profile(b)
    text_similarity(p, q), shared_kinds(p, q), conflicting_kinds(p, q)
    entity_overlap(p.entities, q.entities, weights)

A profile is computed once per mention: the character 3-grams of its content words (normalised, clitics
peeled, stop words and the date expression itself left out, so that two sentences do not match because
both say "في عام 2017"), its entities' canonical names, and the kinds of event (`kinds.py`) told in the
clause around its date (`clauses`: a sentence may tell two events). 3-grams of stems rather than whole
words, because Arabic inflects inside the word (هزيمة, هزيمته, لهزيمة share هزي and زيم).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from chrono.arabic import normalise
from chrono.events.clauses import span
from chrono.events.kinds import FAMILIES, KINDS
from chrono.events.stopwords import STOPWORDS
from chrono.events.tokens import bases, located_words, stem
from chrono.model import EventMention


@dataclass(frozen=True, slots=True)
class Profile:
    """What the merge compares of a mention."""

    grams: frozenset[str]  # character 3-grams of the content stems, each padded with spaces
    stems: frozenset[str]  # the content stems themselves
    entities: frozenset[str]  # canonical names
    kinds: frozenset[str]  # event kinds, e.g. VICTORY
    families: frozenset[str]  # the families of `kinds` (a kind with none is its own)

    @property
    def keys(self) -> frozenset[str]:
        """What the merge indexes a mention under: a pair can only merge if it shares one of these."""
        return self.stems | {"@" + e for e in self.entities} | {"#" + k for k in self.kinds}


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(stem(normalise(w)) for w in STOPWORDS)


@lru_cache(maxsize=1)
def _kind_stems() -> dict[str, str]:
    return {normalise(s): kind for kind, stems in KINDS for s in stems}


@lru_cache(maxsize=65536)
def _kinds_of(word: str) -> frozenset[str]:
    """The kinds whose stems begin `word` or one of its clitic-free forms."""
    stems = _kind_stems()
    return frozenset(stems[b[:n]] for b in bases(word) for n in range(2, len(b) + 1) if b[:n] in stems)


def profile(m: EventMention) -> Profile:
    """The features of one mention; the date expression's own words are left out."""
    offsets, words = _located(m.sentence)
    start, end = (
        (m.mention.start - m.sentence_start, m.mention.end - m.sentence_start) if m.mention else (0, 0)
    )
    # Offsets never decrease, so the words at [start, end) and those of the clause are slices.
    cut, resume = bisect_left(offsets, start), bisect_left(offsets, end)
    stems = frozenset(filter(None, map(_content_stem, words[:cut] + words[resume:])))
    lo, hi = span(m)
    kinds = frozenset().union(*map(_kinds_of, words[bisect_left(offsets, lo) : bisect_left(offsets, hi)]))
    return Profile(
        grams=frozenset().union(*map(_grams, stems)),
        stems=stems,
        entities=frozenset(e.name for e in m.entities),
        kinds=kinds,
        families=frozenset(FAMILIES.get(k, k) for k in kinds),
    )


@lru_cache(maxsize=8192)
def _located(sentence: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """`located_words` as offsets and words; cached, since a sentence with several dates has several
    mentions, and agency copy recurs across articles."""
    located = located_words(sentence)
    return tuple(at for at, _ in located), tuple(w for _, w in located)


@lru_cache(maxsize=65536)
def _content_stem(word: str) -> str | None:
    """The stem `word` is compared by, or None for a year, a stop word or a single letter."""
    if word.isdigit() and len(word) == 4:
        return None
    s = stem(word)
    return s if len(s) > 1 and s not in _stopwords() else None


@lru_cache(maxsize=65536)
def _grams(s: str) -> frozenset[str]:
    padded = f" {s} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


class EntityWeights:
    """How much each canonical name weighs, with the sums over sets of names kept: the merge asks for the
    same few sets again and again."""

    def __init__(self, weight: Mapping[str, float]) -> None:
        self._weight = weight
        self._sums: dict[frozenset[str], float] = {}

    def total(self, names: frozenset[str]) -> float:
        """The summed weight of `names`, added in sorted order: float sums must not depend on set order."""
        total = self._sums.get(names)
        if total is None:
            total = self._sums[names] = sum(self._weight[e] for e in sorted(names))
        return total


def text_similarity(p: Profile, q: Profile) -> float:
    """Overlap of 3-grams over the smaller set (containment): a short report of a longer one scores high."""
    if not p.grams or not q.grams:
        return 0.0
    return len(p.grams & q.grams) / min(len(p.grams), len(q.grams))


def entity_overlap(p: frozenset[str], q: frozenset[str], weights: EntityWeights) -> float:
    """Weighted share of the smaller side's names (`Profile.entities`) that the other names too; rare
    names weigh more."""
    shared = p & q
    if not shared:
        return 0.0
    small = p if len(p) <= len(q) else q
    return weights.total(shared) / weights.total(small)


def shared_kinds(p: Profile, q: Profile) -> bool:
    """Both tell the same kind of event: "تحرير" and "النصر" (VICTORY)."""
    return not p.kinds.isdisjoint(q.kinds)


def conflicting_kinds(p: Profile, q: Profile) -> bool:
    """Both tell a kind of event, and no family of kinds in common: "أنشئ التحالف" against "سيطر داعش"."""
    return bool(p.kinds) and bool(q.kinds) and p.families.isdisjoint(q.families)
