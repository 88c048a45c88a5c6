"""The eligibility check's questions, one action each (the form calls action_ask_<slot> to ask for <slot>).

Each asks one thing, with buttons for the usual answers; typed answers work too (actions/message_reading.py).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.clock import today
from actions.replies import date_question, render
from actions.situation_slots import situation_from_tracker
from actions.topic_actions import said_now
from senco_rules import qualification_deadline

YES_NO = [("Yes", "yes"), ("No", "no")]

QUESTIONS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "nation": (
        "Which part of the UK is your school or setting in?",
        [("England", "England"), ("Wales", "Wales"), ("Scotland", "Scotland"), ("Northern Ireland", "Northern Ireland")],
    ),
    "setting_type": (
        "What kind of school or setting is it?",
        [("Maintained school", "a maintained school"), ("Academy or free school", "an academy"),
         ("Special school", "a special school"), ("Independent school", "an independent school"),
         ("Maintained nursery", "a maintained nursery school"), ("Private nursery or preschool", "a private nursery"),
         ("College or 16 to 19", "a further education college")],
    ),
    "role": (
        "What is your role now?",
        [("Teacher", "I'm a teacher"), ("Early career teacher", "I'm an early career teacher"),
         ("Teaching assistant", "I'm a teaching assistant"), ("Headteacher", "I'm the headteacher"),
         ("Unqualified teacher", "I'm an unqualified teacher"), ("Trained overseas", "I trained overseas"),
         ("Changing career", "I'm changing career")],
    ),
    "has_qts": ("Do you hold qualified teacher status (QTS)?", YES_NO),
    "induction_complete": ("Have you finished your statutory induction (the early career period after QTS)?", YES_NO),
    "appointment_date": (
        "When did you become SENCO, or when will you start? A month and year is enough, for example "
        "\"April 2025\". Say \"not yet\" if you haven't been appointed.",
        [("Not appointed yet", "not yet")],
    ),
    "nasenco_status": (
        "Have you started or finished a NASENCo (the older SENCO award)?",
        [("I've finished it", "I have finished the NASENCo"), ("I started it", "I started the NASENCo"), ("No", "no")],
    ),
}


class AskQuestion(Action, ABC):
    """Asks for one slot of the eligibility check. Subclasses only name the slot. (Abstract, so rasa-sdk does not
    register the base itself as an action.)"""

    @property
    @abstractmethod
    def slot(self) -> str: ...

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        # After a side question Rasa picks the next slot in the domain's order; the check's own order (only
        # what this person needs) decides instead, and a check with nothing left to ask ends with the summary.
        next_slot = next_question(tracker)
        if next_slot is None:
            return [SlotSet("requested_slot", None), ActiveLoop(None), FollowupAction("action_eligibility_summary")]
        text, buttons = QUESTIONS[next_slot]
        dispatcher.utter_message(text=text, buttons=[{"title": t, "payload": p} for t, p in buttons])
        return [] if next_slot == self.slot else [SlotSet("requested_slot", next_slot)]


def next_question(tracker: Tracker) -> str | None:
    """The first question the eligibility check still needs for this person, or None when it has all it needs."""
    from actions.eligibility_check import needed_slots  # the check's order lives with the form

    return next((s for s in needed_slots(situation_from_tracker(tracker)) if tracker.get_slot(s) is None), None)


class AskNation(AskQuestion):
    slot = "nation"


class AskSettingType(AskQuestion):
    slot = "setting_type"


class AskRole(AskQuestion):
    slot = "role"


class AskHasQts(AskQuestion):
    slot = "has_qts"


class AskInductionComplete(AskQuestion):
    slot = "induction_complete"


class AskAppointmentDate(AskQuestion):
    slot = "appointment_date"


class AskNasencoStatus(AskQuestion):
    slot = "nasenco_status"


class AskDeadlineFormAppointmentDate(Action):
    """The deadline form's question: first the general rule (so a general question is answered), then the ask."""

    def name(self) -> str:
        return "action_ask_deadline_form_appointment_date"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        asked = [SlotSet("last_topic", "ask_deadline")]  # so the date in the reply answers this question
        if problem := said_now(tracker).get("date_to_check"):  # a date that cannot be right: ask, never compute
            if tracker.get_slot("requested_slot") != "appointment_date":  # on a re-ask the form's validation asked
                dispatcher.utter_message(text=date_question(problem))
            return asked
        if tracker.get_slot("requested_slot") != "appointment_date":  # first time: not a re-ask
            for text in render(qualification_deadline(situation_from_tracker(tracker), today())):
                dispatcher.utter_message(text=text)
        text, buttons = QUESTIONS["appointment_date"]
        dispatcher.utter_message(text=f"To work out your own deadline: {text[0].lower()}{text[1:]}",
                                 buttons=[{"title": t, "payload": p} for t, p in buttons])
        return asked
