"""A rebuild is given the previous site and hard-links from it the pages whose inputs did not change
(site.py): the result must be the clean build's, byte for byte, and every page one of whose inputs
changed must be rendered again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from chrono.model import Chronology
from chrono.render import links, write_site
from chrono.render.records import article_record, cards, event_record
from tests.render.conftest import GENERATED
from tests.render.sample import ARTICLES, CHRONOLOGY, MENTIONS


def _build(out: Path, chronology: Chronology, previous: Path | None = None) -> Path:
    write_site(chronology, ARTICLES, MENTIONS, out, generated=GENERATED, previous=previous)
    return out


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _inode(site: Path, page: str) -> int:
    return (site / page).stat().st_ino


def _retitled(chronology: Chronology, year: int, title: str) -> Chronology:
    """The chronology with the first event of `year` under another title."""
    first = next(i for i, e in enumerate(chronology.events) if e.start.year == year)
    events = list(chronology.events)
    events[first] = dataclasses.replace(events[first], title=title)
    return Chronology(tuple(events), chronology.undated)


def test_a_changed_event_renders_its_year_page_again_and_lends_the_others(tmp_path: Path) -> None:
    before = _build(tmp_path / "before", CHRONOLOGY)
    changed = _retitled(CHRONOLOGY, 2017, "عنوان جديد للحدث")
    after = _build(tmp_path / "after", changed, previous=before)
    assert _files(after) == _files(_build(tmp_path / "clean", changed))
    assert "عنوان جديد للحدث" in (after / "years/2017.html").read_text(encoding="utf-8")
    assert _inode(after, "years/2017.html") != _inode(before, "years/2017.html")
    for year in (2014, 2016, 2019, 2025):
        assert _inode(after, links.year_page(year)) == _inode(before, links.year_page(year))


def test_a_new_year_renders_every_year_page_again(tmp_path: Path) -> None:
    """Each year page lists every year: a year added changes them all, though their events did not."""
    without = Chronology(tuple(e for e in CHRONOLOGY.events if e.start.year != 2025), CHRONOLOGY.undated)
    before = _build(tmp_path / "before", without)
    after = _build(tmp_path / "after", CHRONOLOGY, previous=before)
    assert _files(after) == _files(_build(tmp_path / "clean", CHRONOLOGY))
    menu = f'<option value="../{links.year_page(2025)}">2025</option>'
    assert menu in (after / "years/2017.html").read_text(encoding="utf-8")


def test_a_record_digest_tells_any_change_of_what_it_shows() -> None:
    articles = {a.id: article_record(a) for a in ARTICLES}
    event = CHRONOLOGY.events[0]
    digests = {
        event_record(e, articles, cards()).digest
        for e in (
            event,
            dataclasses.replace(event, title=event.title + "!"),
            dataclasses.replace(event, summary=event.summary + "!"),
            dataclasses.replace(event, entities=event.entities[1:]),
            dataclasses.replace(event, mentions=event.mentions[:1] * 2),
        )
    }
    assert len(digests) == 5
