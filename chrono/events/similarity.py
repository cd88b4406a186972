"""How alike two event mentions are: their words, the names they share, and the kind of event they tell.

    p, q = profile(a), profile(b)
    text_similarity(p, q), shared_kinds(p, q), conflicting_kinds(p, q), entity_overlap(p, q, weight)

A profile is computed once per mention: the character 3-grams of its content words (normalised, clitics
peeled, stop words and the date expression itself left out, so that two sentences do not match because
both say "في عام 2017"), its entities' canonical names, and the kinds of event (`kinds.py`) told in the
clause around its date (`clauses`: a sentence may tell two events). 3-grams of stems rather than whole
words, because Arabic inflects inside the word (هزيمة, هزيمته, لهزيمة share هزي and زيم).
"""

from __future__ import annotations

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
    located = located_words(m.sentence)
    start, end = (
        (m.mention.start - m.sentence_start, m.mention.end - m.sentence_start) if m.mention else (0, 0)
    )
    content = [w for at, w in located if not start <= at < end and not (w.isdigit() and len(w) == 4)]
    stop = _stopwords()
    stems = frozenset(s for s in map(stem, content) if len(s) > 1 and s not in stop)
    lo, hi = span(m)
    return Profile(
        grams=frozenset(g for s in stems for g in _grams(s)),
        stems=stems,
        entities=frozenset(e.name for e in m.entities),
        kinds=frozenset(k for at, w in located if lo <= at < hi for k in _kinds_of(w)),
    )


def _grams(s: str) -> list[str]:
    padded = f" {s} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def text_similarity(p: Profile, q: Profile) -> float:
    """Overlap of 3-grams over the smaller set (containment): a short report of a longer one scores high."""
    if not p.grams or not q.grams:
        return 0.0
    return len(p.grams & q.grams) / min(len(p.grams), len(q.grams))


def entity_overlap(p: Profile, q: Profile, weight: Mapping[str, float]) -> float:
    """Weighted share of the smaller side's entities that the other names too; rare names weigh more."""
    shared = p.entities & q.entities
    if not shared:
        return 0.0
    small = p.entities if len(p.entities) <= len(q.entities) else q.entities
    total = sum(weight[e] for e in sorted(small))  # sorted: float sums must not depend on set order
    return sum(weight[e] for e in sorted(shared)) / total


def shared_kinds(p: Profile, q: Profile) -> bool:
    """Both tell the same kind of event: "تحرير" and "النصر" (VICTORY)."""
    return bool(p.kinds & q.kinds)


def conflicting_kinds(p: Profile, q: Profile) -> bool:
    """Both tell a kind of event, and no family of kinds in common: "أنشئ التحالف" against "سيطر داعش"."""
    if not p.kinds or not q.kinds:
        return False
    return not {FAMILIES.get(k, k) for k in p.kinds} & {FAMILIES.get(k, k) for k in q.kinds}
