"""Wales, Scotland and Northern Ireland: what differs from England, and where to look."""
from __future__ import annotations

import datetime as dt

from senco_rules.decision import Decision, Outcome
from senco_rules.facts import value_on
from senco_rules.situation import Nation

_FACT_FOR = {
    Nation.WALES: "nations/wales",
    Nation.SCOTLAND: "nations/scotland",
    Nation.NORTHERN_IRELAND: "nations/northern_ireland",
}


def nation_guidance(nation: Nation, today: dt.date) -> Decision:
    """England's SENCO rules do not apply outside England: say what applies instead."""
    if nation is Nation.ENGLAND:
        raise ValueError("England has its own rules; ask the England functions")
    guidance = value_on(_FACT_FOR[nation], today)
    info = guidance.value
    return Decision.citing(
        guidance,
        topic="nation",
        outcome=Outcome.NOT_APPLICABLE,
        answer=" ".join(info["summary"].split()),
        reasons=(" ".join(info["details"].split()),),
        next_steps=(f"Check with {info['where_to_check']}.",),
        value=nation.value,
    )
