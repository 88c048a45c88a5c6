"""The domain terms in domain_terms.yml, as lookups: an entity's text -> its canonical value."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

TERMS_FILE = Path(__file__).with_name("domain_terms.yml")


@lru_cache(maxsize=1)
def load_terms() -> dict[str, dict[str, list[str]]]:
    """label -> canonical value -> phrasings, as written in the file."""
    return yaml.safe_load(TERMS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def canonical_terms() -> dict[str, dict[str, str]]:
    """label -> phrasing (lower case) -> canonical value."""
    return {
        label: {str(phrase).lower(): canonical for canonical, phrases in values.items() for phrase in phrases}
        for label, values in load_terms().items()
    }


def canonical(label: str, text: str) -> str | None:
    return canonical_terms().get(label, {}).get(" ".join(text.lower().split()))
