"""Shared test set-up: Qt offscreen, a private data folder, and paths to the project's data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must be set before any Qt import: without a display pytest-qt would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
SAMPLE = SEEDS / "000_aad9592f21b68ccc.txt"
SAMPLE_GOLD = SEEDS / "000_aad9592f21b68ccc.gold.json"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own library folder, never the user's."""
    data_dir = tmp_path_factory.mktemp("qingdu-data")
    monkeypatch.setenv("QINGDU_DATA_DIR", str(data_dir))
    return data_dir
