"""One site built from tests/render/sample.py, shared by the rendering tests (a build takes seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chrono.render import write_site
from tests.render.sample import ARTICLES, CHRONOLOGY, MENTIONS

GENERATED = "2025-03-25T10:00:00Z"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("render") / "site"
    write_site(CHRONOLOGY, ARTICLES, MENTIONS, out, generated=GENERATED)
    return out
