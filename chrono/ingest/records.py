"""Records to articles: JSON Lines (one article a line) and JSON (one article, or a list of them), as
scrapers and news APIs write them, each under its own names for the same fields.

    jsonl_articles('{"headline": "…", "body": "…", "pubDate": "2020-01-03T08:15:00+03:00"}', "wire.jsonl")

A bad record is reported with its line (JSONL) or its position (JSON) and skipped; the others still load. A
record's text is taken as it is: a record is one article, so there is no page to cut up.
"""

from __future__ import annotations

import json
from typing import Any

from chrono.ingest.dateline import parse_published
from chrono.model import Article

# Each field's names, in order of preference; matched without regard to case ("pubdate", "PubDate").
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "text": ("text", "content", "body", "article"),
    "published": ("published", "date", "published_at", "pubDate", "datePublished"),
    "outlet": ("source", "outlet", "site", "publisher"),
    "url": ("url", "link"),
}

# What a reader gives: the articles of a file, and a line per problem met on the way.
Found = tuple[tuple[Article, ...], tuple[str, ...]]


def jsonl_articles(text: str, name: str) -> Found:
    """One article per non-blank line, and a problem line per record skipped."""
    articles: list[Article] = []
    problems: list[str] = []
    # Not splitlines(): JSON strings may hold a raw U+2028, which splitlines() would cut a record at.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            problems.append(f"{name}:{number}: malformed JSON record skipped")
            continue
        article, issues = _article(record, name, len(articles), f"{name}:{number}")
        problems.extend(issues)
        if article is not None:
            articles.append(article)
    return tuple(articles), tuple(problems)


def json_articles(text: str, name: str) -> Found:
    """One article for a JSON object, one per element for a JSON list."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return (), (f"{name}:{error.lineno}: malformed JSON ({error.msg}); skipped",)
    except (ValueError, RecursionError):
        return (), (f"{name}: malformed JSON (too deep or too large); skipped",)
    if not isinstance(data, list):
        article, issues = _article(data, name, 0, name)
        return (() if article is None else (article,)), tuple(issues)
    articles: list[Article] = []
    problems: list[str] = []
    for number, record in enumerate(data, 1):
        article, issues = _article(record, name, len(articles), f"{name}: record {number}")
        problems.extend(issues)
        if article is not None:
            articles.append(article)
    return tuple(articles), tuple(problems)


def _article(record: Any, name: str, index: int, where: str) -> tuple[Article | None, list[str]]:
    if not isinstance(record, dict):
        return None, [f"{where}: not a JSON object; skipped"]
    problems: list[str] = []
    keys = {key.lower(): key for key in record}
    values: dict[str, str] = {}
    for field, names in FIELDS.items():
        for key in (keys[n.lower()] for n in names if n.lower() in keys):
            value = _as_text(record[key])
            if value is None:
                problems.append(f"{where}: field {key!r} is not text; ignored")
            elif value:
                values[field] = value
                break
    if "text" not in values:
        return None, [*problems, f"{where}: record has no text; skipped"]
    raw = values.get("published")
    published = parse_published(raw) if raw else None
    if raw and published is None:
        problems.append(f"{where}: publication date {raw!r} not understood; ignored")
    article = Article(
        id=f"{name}#{index}",
        file=name,
        index=index,
        kind="main",
        title=values.get("title"),
        outlet=values.get("outlet"),
        published=published,
        published_from=raw if published else None,
        text=values["text"],
        url=values.get("url"),
    )
    return article, problems


def _as_text(value: Any) -> str | None:
    """A field's text ("" when empty), or None when it holds something else.

    Lists of strings are paragraphs; an object with a "name" is a schema.org publisher
    ({"@type": "Organization", "name": "…"}).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(v.strip() for v in value if v.strip())
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"].strip()
    return None
