"""Hand-made Articles and Mentions for the events tests, so that they do not depend on ingest or on the
date engine: a mention is placed by finding its expression in the text, its interval by `timex`."""

from __future__ import annotations

from datetime import date

from chrono.events import event_mentions
from chrono.model import Article, EventMention, Mention
from chrono.temporal import timex


def article(
    text: str,
    *,
    id: str = "a.txt#0",
    published: date | None = None,
    outlet: str | None = "وكالة الرافدين",
    title: str | None = "عنوان الخبر",
    kind: str = "main",
) -> Article:
    file, _, index = id.partition("#")
    return Article(
        id=id,
        file=file,
        index=int(index or 0),
        kind=kind,
        title=title,
        outlet=outlet,  # type: ignore[arg-type]
        published=published,
        published_from=None,
        text=text,
    )


def mention(
    text: str, expression: str, value: str | None, mod: str | None = None, type: str = "DATE"
) -> Mention:
    """`expression` at its first place in `text`, with `value` and the interval timex gives it."""
    start = text.index(expression)
    span = timex.interval(value, mod) if type == "DATE" else None
    return Mention(
        start=start,
        end=start + len(expression),
        text=expression,
        type=type,
        value=value,
        mod=mod,  # type: ignore[arg-type]
        first=span[0] if span else None,
        last=span[1] if span else None,
    )


def dated(a: Article, *expressions: tuple[str | None, ...]) -> tuple[EventMention, ...]:
    """The event mentions of `a`, given each date expression in it as `mention`'s arguments after the text:
    (expression, value), (expression, value, mod) or (expression, value, mod, type)."""
    return event_mentions(a, [mention(a.text, *e) for e in expressions])  # type: ignore[arg-type]
