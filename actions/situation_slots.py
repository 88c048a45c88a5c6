"""Translate between the conversation's slots and the rules module's Situation."""
from __future__ import annotations

from typing import Any, Mapping, Protocol

from actions.message_reading import parse_date_slot
from senco_rules import Nasenco, Nation, Role, Setting, Situation

SITUATION_SLOTS = (
    "nation", "setting_type", "role", "has_qts", "induction_complete",
    "appointment_date", "nasenco_status", "nasenco_started", "nasenco_completed",
    "has_degree", "npq_start", "prior_senco_months", "prior_senco_start", "prior_senco_where", "qualified_in", "has_eyts",
    "qualified_sen_only", "trained_country",
)


def _enum(kind, value: Any):
    try:
        return kind(value) if value is not None else None
    except ValueError:  # a value from an older version of the bot: treat as unknown
        return None


def situation_from_slots(slots: Mapping[str, Any]) -> Situation:
    appointment = slots.get("appointment_date")
    return Situation(
        nation=_enum(Nation, slots.get("nation")),
        setting=_enum(Setting, slots.get("setting_type")),
        role=_enum(Role, slots.get("role")),
        has_qts=slots.get("has_qts"),
        induction_complete=slots.get("induction_complete"),
        appointed=parse_date_slot(appointment),
        not_yet_appointed=appointment == "not_yet",
        nasenco=_enum(Nasenco, slots.get("nasenco_status")),
        nasenco_started=parse_date_slot(slots.get("nasenco_started")),
        nasenco_completed=parse_date_slot(slots.get("nasenco_completed")),
        has_degree=slots.get("has_degree"),
        npq_start=parse_date_slot(slots.get("npq_start")),
        prior_senco_months=slots.get("prior_senco_months"),
        prior_senco_start=parse_date_slot(slots.get("prior_senco_start")),
        prior_senco_where=slots.get("prior_senco_where"),
        qualified_in=_enum(Nation, slots.get("qualified_in")),
        has_eyts=slots.get("has_eyts"),
        qualified_sen_only=slots.get("qualified_sen_only"),
        trained_country=slots.get("trained_country"),
    )


class HasSlots(Protocol):
    def get_slot(self, key: str) -> Any: ...


def situation_from_tracker(tracker: HasSlots) -> Situation:
    """The Situation in a Rasa tracker's slots (anything with get_slot, so this module needs no Rasa import)."""
    return situation_from_slots({name: tracker.get_slot(name) for name in SITUATION_SLOTS})
