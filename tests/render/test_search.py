"""Arabic search: a word is found with and without the article and the clitics glued before it.

mkdocs-material's search cuts text and query into terms with the `separator` regex of mkdocs.yml (the
index is built in the browser from search_index.json); a query term matches an indexed term it starts.
`terms` does the same cut in Python, so these tests check the configured separator on the built index.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from chrono.render import links
from tests.render.built import search_index
from tests.render.sample import ARTICLES, EVENTS

COALITION = next(e for e in EVENTS if e.date == "2014-09-10")
MATERIAL_DEFAULT = r"[\s\-]+"


def terms(text: str, separator: str) -> list[str]:
    """What material's tokenizer makes of a text: tags dropped, cut at the separator, lower-cased."""
    return [t.lower() for t in re.split(separator, re.sub(r"<[^>]*>", " ", text)) if t]


def found(index: dict[str, Any], query: str, separator: str) -> set[str]:
    """The locations whose title or text has, for every query term, a term starting with it."""
    wanted = terms(query, separator)
    hits = set()
    for doc in index["docs"]:
        have = terms(doc["title"] + " " + doc["text"], separator)
        if wanted and all(any(h.startswith(w) for h in have) for w in wanted):
            hits.add(doc["location"])
    return hits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("والتحالف", ["تحالف"]),
        ("التحالف", ["تحالف"]),
        ("تحالف", ["تحالف"]),
        ("للتحالف", ["تحالف"]),
        ("بالانضمام", ["انضمام"]),
        ("«داعش»، الموصل.", ["داعش", "موصل"]),
        # Too short to be an article plus a word: والي (governor) and الى stay whole.
        ("والي", ["والي"]),
        ("الى", ["الى"]),
    ],
)
def test_separator_cuts_prefixes(site: Path, text: str, expected: list[str]) -> None:
    assert terms(text, search_index(site)["config"]["separator"]) == expected


@pytest.mark.parametrize("query", ["والتحالف", "التحالف", "تحالف"])
def test_word_found_with_and_without_prefixes(site: Path, query: str) -> None:
    index = search_index(site)
    hits = found(index, query, index["config"]["separator"])
    assert links.event_page(COALITION) in hits


@pytest.mark.parametrize("query", ["بالانضمام", "الانضمام", "انضمام"])
def test_article_found_by_a_word_of_its_title(site: Path, query: str) -> None:
    index = search_index(site)
    assert links.article_page("2014-09-coalition-formed.txt#0") in found(
        index, query, index["config"]["separator"]
    )


def test_material_default_separator_would_miss_them(site: Path) -> None:
    """Why mkdocs.yml sets a separator: by default "تحالف" finds neither "والتحالف" nor "التحالف"."""
    assert links.event_page(COALITION) not in found(search_index(site), "تحالف", MATERIAL_DEFAULT)


def test_index_is_plain_utf8(site: Path) -> None:
    """search.py writes the index as UTF-8, not material's \\u escapes: a third of the size for Arabic."""
    raw = (site / "search" / "search_index.json").read_bytes()
    assert "والتحالف".encode() in raw
    assert b"\\u0627" not in raw


def test_each_event_is_its_own_search_result(site: Path) -> None:
    docs = {d["location"]: d for d in search_index(site)["docs"]}
    doc = docs[links.event_page(COALITION)]
    assert doc["title"] == COALITION.title
    assert doc["text"].startswith("<p>10 سبتمبر/أيلول 2014 15 ذو القعدة 1435 هـ يوم</p>")
    # The first quote is indexed; the source list repeats the article pages and is not.
    assert "مساء الأربعاء" in doc["text"]
    assert "أوباما يعلن استراتيجيته" not in doc["text"]
    # Month headings, filter menus and the tables of date expressions are not search results.
    assert not [loc for loc in docs if "#m-" in loc or loc.endswith(("#dates", "#events"))]
    assert not [d for d in docs.values() if "الكل" in d["text"]]


def test_articles_are_indexed_by_title_outlet_and_date_not_text(site: Path) -> None:
    """An article's text would make the index several times larger; its dated sentences are in the events'
    docs already."""
    docs = {d["location"]: d for d in search_index(site)["docs"]}
    article = next(a for a in ARTICLES if a.id == "2014-09-coalition-formed.txt#0")
    doc = docs[links.article_page(article.id)]
    assert article.outlet in doc["text"] and "11 سبتمبر/أيلول 2014" in doc["text"]
    assert article.text.split("\n")[-1][-30:] not in doc["text"]
    assert len([loc for loc in docs if loc.startswith("articles/")]) == len(ARTICLES)
