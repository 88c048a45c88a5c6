"""Today's date for the rules. SENCO_TODAY=YYYY-MM-DD pins it (tests, demos); otherwise the real date."""
from __future__ import annotations

import datetime as dt
import os


def today() -> dt.date:
    pinned = os.environ.get("SENCO_TODAY")
    return dt.date.fromisoformat(pinned) if pinned else dt.date.today()
