"""The dated statements of one article: each sentence a date expression anchors, and the article's own news.

    event_mentions(article, find_dates(article.text, article.published))

- A sentence with date expressions gives one EventMention per distinct resolved value (value and mod);
  vague references (PRESENT_REF...), durations and sets date nothing. A sentence whose only expressions
  cannot be placed (value null, or a year unknown: XXXX-01-15) gives one undated EventMention.
- A sentence that says fewer than STATEMENT_WORDS words besides its dates is a dateline, not a statement.
- The lead (the first two sentences of at least LEAD_WORDS words besides their dates) is the article's own
  news. If its first sentence carries a date, that sentence is the lead. If only the second carries the
  news date (one within NEWS_LAG_DAYS before publication, or one that cannot be placed), that mention spans
  both sentences, so the statement and its date travel together ("حذرت السفيرة... . ونقلت ... مساء اليوم
  الأحد"). Otherwise the lead becomes an EventMention with mention None: the merge dates it by the
  publication date, or leaves it undated when the article has none.
- Headline lists (kind "related-headlines") tell no event of their own.

Mentions are expected with offsets into `article.text` (what `find_dates(article.text, ...)` gives).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date, timedelta

from chrono.arabic import sentences
from chrono.events.entities import Recogniser, find_entities
from chrono.events.tokens import words
from chrono.model import Article, EventMention, Mention

REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
LEAD_WORDS = 6  # a shorter first line is a byline or a kicker ("بغداد – موازين نيوز"), not the lead
STATEMENT_WORDS = 3  # fewer words besides the date: a dateline left in the text ("الأحد 10 ديسمبر 2017")
FRAGMENT_WORDS = 5  # "في 15 يناير، الجنرال. زار كوريلا": a cut at an abbreviation, joined back
NEWS_LAG_DAYS = 2  # an article reports its own news on the day, or a day or two later


def event_mentions(
    article: Article, mentions: Sequence[Mention], ner: Recogniser | None = None
) -> tuple[EventMention, ...]:
    """Every dated statement of `article` (see the module docstring); `ner` adds names to the gazetteer's."""
    if article.kind == "related-headlines":
        return ()
    spans = _sentences(article.text)
    if not spans:
        return ()
    starts = [s for s, _ in spans]
    by_sentence: dict[int, list[Mention]] = {}
    for m in sorted((m for m in mentions if _dates(m)), key=lambda m: m.start):
        by_sentence.setdefault(bisect.bisect_right(starts, m.start) - 1, []).append(m)
    said = [
        _words_besides_dates(article.text, s, e, by_sentence.get(i, [])) for i, (s, e) in enumerate(spans)
    ]
    lead = [i for i, n in enumerate(said) if n >= LEAD_WORDS]
    first, second = (lead + [None, None])[:2]

    def make(start: int, end: int, mention: Mention | None) -> EventMention:
        sentence = article.text[start:end]
        return EventMention(
            article=article.id,
            file=article.file,
            outlet=article.outlet,
            published=article.published,
            title=article.title,
            sentence=sentence,
            sentence_start=start,
            mention=mention,
            entities=find_entities(sentence, ner),
        )

    out: list[EventMention] = []
    joined: set[Mention] = set()  # the second sentence's news mentions, spanning the whole lead
    if first is not None and first not in by_sentence:
        news = (
            [m for m in by_sentence.get(second, []) if _is_news(m, article.published)]
            if second is not None
            else []
        )
        if news:
            joined.update(news)
        else:
            end = spans[second][1] if second is not None and second not in by_sentence else spans[first][1]
            out.append(make(spans[first][0], end, None))
    for i, ms in sorted(by_sentence.items()):
        if said[i] < STATEMENT_WORDS:
            continue
        start, end = spans[i]
        placed: dict[tuple[str | None, str | None], Mention] = {}
        for m in ms:
            if m.first is not None:
                placed.setdefault((m.value, m.mod), m)
        for m in list(placed.values()) or ms[:1]:
            out.append(make(spans[first][0] if m in joined and first is not None else start, end, m))
    return tuple(out)


def _words_besides_dates(text: str, start: int, end: int, mentions: list[Mention]) -> int:
    """How many words the sentence at [start, end) says outside its date expressions."""
    kept, at = [], start
    for m in mentions:
        kept.append(text[at : m.start])
        at = max(at, m.end)
    kept.append(text[at:end])
    return len(words(" ".join(kept)))


def _dates(m: Mention) -> bool:
    """A date or time expression that could place an event: not a duration, a set or a vague reference."""
    return m.type in ("DATE", "TIME") and m.value not in REFS


def _is_news(m: Mention, published: date | None) -> bool:
    """Whether `m` can date the article's own news: it cannot be placed at all, or it falls in the days
    the article reports on."""
    if m.first is None or m.last is None:
        return True
    return published is not None and m.first <= published and m.last >= published - timedelta(NEWS_LAG_DAYS)


def _sentences(text: str) -> list[tuple[int, int]]:
    """`chrono.arabic.sentences`, with a short piece joined to the next one on its line: scraped pages cut
    sentences at abbreviations ("الجنرال. زار"), and a date alone in such a piece would lose its statement."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(text):
        if (
            out
            and "\n" not in text[out[-1][1] : s]
            and len(words(text[out[-1][0] : out[-1][1]])) < FRAGMENT_WORDS
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
