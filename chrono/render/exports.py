"""The machine-readable chronology next to the site: data/events.json, data/events.csv, data/events.ics.

The fields follow DESIGN.md's output contract, which other tools read: fields may be added, never renamed.
`generated` is the only build-time value; everything else is a function of the input, with events,
mentions and articles in a fixed order, so two builds of one corpus differ in that field alone.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from chrono.model import Article, Event, EventMention
from chrono.render import dates, links

if TYPE_CHECKING:
    from chrono.render.records import ArticleRecord, EventRecord

# CSV cells that hold several values (mentions, entities, outlets) join them with this.
JOIN = " | "
NO_PUBLICATION_DATE = "no publication date"
UNRESOLVED = "unresolved"
CSV_FIELDS = (
    "id",
    "date",
    "mod",
    "start",
    "end",
    "grain",
    "hijri",
    "title",
    "summary",
    "outlets",
    "entities",
    "page",
    "mentions.article",
    "mentions.file",
    "mentions.outlet",
    "mentions.published",
    "mentions.sentence",
    "mentions.expression",
    "mentions.value",
)


class _Dated(Protocol):
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def id(self) -> str: ...


D = TypeVar("D", bound=_Dated)


def ordered_events(events: Iterable[D]) -> list[D]:
    """Events in the order of the chronology: by first day, then last day, then id (a total order, so the
    order never depends on how an earlier stage happened to list them)."""
    return sorted(events, key=attrgetter("start", "end", "id"))


def ordered_mentions(mentions: Iterable[EventMention]) -> list[EventMention]:
    """Earliest published source first: the one an event card quotes."""
    return sorted(
        mentions,
        key=lambda m: (
            m.published or date.max,
            m.article,
            m.sentence_start,
            m.mention.start if m.mention else -1,
        ),
    )


def undated_reason(mention: EventMention) -> str:
    """Why a statement could not be placed: the date engine's reason, else the missing publication date."""
    if mention.mention is not None and mention.mention.reason:
        return mention.mention.reason
    return NO_PUBLICATION_DATE if mention.published is None else UNRESOLVED


def write(
    data_dir: Path,
    events: Sequence[EventRecord],
    undated: Sequence[EventMention],
    articles: Sequence[ArticleRecord],
    generated: str,
) -> None:
    """Write events.json, events.csv and events.ics into `data_dir`, joining the records' lines: `events`
    in the chronology's order (`ordered_events`), `undated` in `ordered_mentions`' order."""
    data_dir.mkdir(parents=True, exist_ok=True)
    titles = {a.id: a.title for a in articles}
    members: dict[str, list[bytes] | bytes] = {
        "events": [e.json for e in events],
        "undated": [json_line(undated_fields(m, titles)).encode() for m in undated],
        "articles": [a.json for a in sorted(articles, key=attrgetter("id"))],
        "generated": json_line(generated).encode(),
    }
    parts: list[bytes] = []
    for key in sorted(members):
        value = members[key]
        parts += [b",\n" if parts else b"{\n", json.dumps(key).encode() + b": "]
        parts += [b"[\n", b",\n".join(value), b"\n]"] if isinstance(value, list) else [value]
    _write(data_dir / "events.json", [*parts, b"\n}\n"])
    header = ",".join(CSV_FIELDS).encode() + b"\r\n"
    _write(data_dir / "events.csv", [header, b"".join(e.csv for e in events)])
    published = [a.published for a in articles if a.published]
    stamp = (_fold(f"DTSTAMP:{max(published, default=date(1970, 1, 1)):%Y%m%dT000000Z}") + "\r\n").encode()
    head = "".join(_fold(line) + "\r\n" for line in ICS_HEAD).encode()
    vevents = b"".join(part for e in events for part in (e.ics[0], stamp, e.ics[1]))
    _write(data_dir / "events.ics", [head, vevents, b"END:VCALENDAR\r\n"])


def _write(path: Path, parts: Sequence[bytes]) -> None:
    """Write `parts` one after the other: joining them first copies tens of megabytes again (50 ms for
    events.json at 10,000 events)."""
    with path.open("wb") as file:
        file.writelines(parts)


def json_line(value: Any) -> str:
    """One value of events.json on one line, keys sorted, so that two builds compare line by line.
    (json.dumps with `indent` runs in pure Python: 12 s at 10,000 events.)"""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def csv_row(event: dict[str, Any]) -> str:
    """An event's row of events.csv; a cell with several values joins them with JOIN (events.json keeps
    them apart)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    row = {k: _cell(event[k]) for k in CSV_FIELDS if not k.startswith("mentions.")}
    row["entities"] = JOIN.join(f"{e['name']} ({e['kind']})" for e in event["entities"])
    for key in CSV_FIELDS:
        if key.startswith("mentions."):
            row[key] = JOIN.join(_cell(m[key.removeprefix("mentions.")]) for m in event["mentions"])
    writer.writerow(row)
    return buffer.getvalue()


# events.ics is an iCalendar file: one all-day VEVENT per event, spanning its days. DTSTAMP must be a
# timestamp; the latest publication date in the corpus stands in for "now", so that the file, like
# events.json, depends on the input alone.
ICS_HEAD = ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//chrono//chronology//AR", "CALSCALE:GREGORIAN")


def ics_event(event: dict[str, Any]) -> tuple[str, str]:
    """An event's VEVENT, folded: the lines before DTSTAMP and those after it."""
    first = date.fromisoformat(event["start"])
    after = date.fromisoformat(event["end"]) + timedelta(days=1)
    sources = "\n".join(
        f"{m['outlet'] or ''} {m['published'] or ''}: {m['sentence']}" for m in event["mentions"]
    )
    before = ("BEGIN:VEVENT", f"UID:{_ics_text(event['id'])}@chrono")
    rest = (
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        f"DTEND;VALUE=DATE:{after:%Y%m%d}",
        f"SUMMARY:{_ics_text(event['title'])}",
        f"DESCRIPTION:{_ics_text(event['summary'] + chr(10) + chr(10) + sources)}",
        "END:VEVENT",
    )
    return "".join(_fold(x) + "\r\n" for x in before), "".join(_fold(x) + "\r\n" for x in rest)


def undated_fields(mention: EventMention, titles: Mapping[str, str | None]) -> dict[str, Any]:
    """An undated statement's entry in events.json."""
    return {**_mention(mention, titles), "reason": undated_reason(mention)}


def event_fields(event: Event, titles: Mapping[str, str | None]) -> dict[str, Any]:
    """An event's entry in events.json; `titles`: the cited articles that have a page."""
    label = dates.label(event.date, event.mod)
    mentions = ordered_mentions(event.mentions)
    outlets = event.outlets or tuple(sorted({m.outlet for m in mentions if m.outlet}))
    return {
        "id": event.id,
        "date": event.date,
        "mod": event.mod,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "grain": label.grain,
        "hijri": label.hijri,
        "title": event.title,
        "summary": event.summary,
        "entities": [{"name": e.name, "kind": e.kind} for e in event.entities],
        "outlets": list(outlets),
        "page": links.event_page(event),
        "mentions": [_mention(m, titles) for m in mentions],
    }


def _mention(mention: EventMention, titles: Mapping[str, str | None]) -> dict[str, Any]:
    return {
        "article": mention.article,
        "file": mention.file,
        "outlet": mention.outlet,
        "published": mention.published.isoformat() if mention.published else None,
        "title": titles.get(mention.article, mention.title),
        "sentence": mention.sentence,
        "expression": mention.mention.text if mention.mention else None,
        "value": mention.mention.value if mention.mention else None,
        "mod": mention.mention.mod if mention.mention else None,
        "page": links.article_page(mention.article) if mention.article in titles else None,
    }


def article_fields(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "file": article.file,
        "index": article.index,
        "kind": article.kind,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from,
        "url": article.url,
        "page": links.article_page(article.id),
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return JOIN.join(str(v) for v in value)
    return str(value)


def _ics_text(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1), cut between
    characters, never inside one (Arabic letters are two octets in UTF-8)."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, start, room = [], 0, 75
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: the cut would split a character
            cut -= 1
        parts.append(data[start:cut])
        start, room = cut, 74  # a continuation line starts with the space
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode()
