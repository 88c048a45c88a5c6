"""What a rule returns: the answer first, then why, what to do next, and where it comes from."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any

from senco_rules.facts import DatedValue, Source


class Outcome(str, Enum):
    YES = "yes"
    NO = "no"
    DEPENDS = "depends"  # the answer turns on something we do not know, or no source settles it
    NOT_APPLICABLE = "not_applicable"  # the rule does not cover this person or place


@dataclass(frozen=True)
class Decision:
    topic: str
    outcome: Outcome
    answer: str  # one or two short sentences that answer the question
    reasons: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()  # what no primary source confirms, and who to check with
    sources: tuple[Source, ...] = ()
    applies_from: dt.date | None = None
    applies_from_label: str | None = None
    value: Any = None  # the machine-readable answer: a date, a qualification name, a bool
    missing: tuple[str, ...] = ()  # details that would make the answer personal

    @classmethod
    def citing(cls, fact: DatedValue, *others: DatedValue, **fields: Any) -> "Decision":
        """A decision that cites `fact` (whose start date it gives) and the sources of `others`."""
        sources: list[Source] = []
        for dated in (fact, *others):
            sources.extend(s for s in dated.sources if s not in sources)
        return cls(
            sources=tuple(sources),
            applies_from=fact.applies_from,
            applies_from_label=fact.applies_from_label,
            **fields,
        )


def unconfirmed_note(what: str, who: str) -> str:
    return f"{what} is not confirmed by an official source, so please check with {who}."




HEAD_QUALIFICATION_CAVEAT = (
    "Regulation 49(4) does not exempt heads, so a head who becomes SENCO should expect to need the NPQ for SENCOs "
    "within 3 years; no official source says so outright: check with your local authority."
)
