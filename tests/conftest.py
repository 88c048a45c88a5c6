"""Shared test set-up: the project root on sys.path, and a pinned 'today' so date answers are stable."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    """Actions read SENCO_TODAY; rules take today as a parameter."""
    monkeypatch.setenv("SENCO_TODAY", TODAY.isoformat())
    return TODAY
