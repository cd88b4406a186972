"""Where the project's shared material (seeds, gold) lives: ../shared beside the repository."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def gold() -> dict[str, Any]:
    """The seeds' gold, or a clean skip where ../shared is not beside the checkout."""
    path = SHARED / "gold" / "seeds.json"
    if not path.exists():
        pytest.skip(f"{path} is absent: the seeds' gold lives in ../shared beside the repository")
    return json.loads(path.read_text(encoding="utf-8"))
