"""Which rules-module function answers which question (intent). The actions only translate: slots in, messages out."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from nlp.domain_terms import canonical
from senco_rules import (
    Decision, Nation, Situation, can_hold_post, must_have_senco, nasenco_funding, nation_guidance, next_cohort,
    npq_funding,
    npq_registration, qts_routes, qualification_deadline, route_details, uk_overview, which_qualification,
)

Answerer = Callable[[Situation, dt.date, dict], Decision]


def _qts(situation: Situation, today: dt.date, entities: dict) -> Decision:
    route = entities.get("qts_route")
    return route_details(route, today) if route else qts_routes(situation, today)


def _funding(situation: Situation, today: dt.date, entities: dict) -> Decision:
    if entities.get("qualification") == "nasenco":
        return nasenco_funding(today)
    return npq_funding(situation, today)


def _nations(situation: Situation, today: dt.date, entities: dict) -> Decision:
    if situation.nation in (None, Nation.ENGLAND):
        return uk_overview(today)
    return nation_guidance(situation.nation, today)


ANSWERERS: dict[str, Answerer] = {
    "ask_deadline": lambda s, today, _: qualification_deadline(s, today),
    "ask_which_qualification": lambda s, today, _: which_qualification(s, today),
    "ask_funding": _funding,
    "ask_can_be_senco": lambda s, today, _: can_hold_post(s, today),
    "ask_npq_registration": lambda s, today, _: npq_registration(s, today),
    "ask_npq_cohorts": lambda s, today, _: next_cohort(today),
    "ask_qts_routes": _qts,
    "ask_settings_duty": lambda s, today, _: must_have_senco(s.setting, today),
    "ask_other_nations": _nations,
}
# Outside England these topics have no English answer: say what applies there instead.
ENGLAND_ONLY = {"ask_deadline", "ask_which_qualification", "ask_funding", "ask_can_be_senco",
                "ask_npq_registration", "ask_npq_cohorts", "ask_settings_duty"}


def message_entities(entities: list[dict]) -> dict:
    """label -> canonical value, for the entities of the current message."""
    found: dict = {}
    for entity in entities or []:
        value = canonical(entity.get("entity", ""), str(entity.get("value", "")))
        if value is not None:
            found.setdefault(entity["entity"], value)
    return found


def answer(intent: str, situation: Situation, today: dt.date, entities: dict) -> Decision | None:
    """The decision that answers `intent`, or None when the intent is not a topic question."""
    if intent not in ANSWERERS:
        return None
    if intent in ENGLAND_ONLY and situation.outside_england:
        return nation_guidance(situation.nation, today)  # type: ignore[arg-type]
    return ANSWERERS[intent](situation, today, entities)
