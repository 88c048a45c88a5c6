"""Rasa actions that read details and answer topic questions. Thin: slots -> rules module -> messages."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import answer, message_entities
from actions.clock import today
from actions.message_reading import read_message
from actions.replies import render
from actions.situation_slots import situation_from_tracker
from senco_rules import qualification_deadline


def _intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def _say(dispatcher: CollectingDispatcher, messages: list[str]) -> None:
    for text in messages:
        dispatcher.utter_message(text=text)


class ActionReadDetails(Action):
    """Runs after every user message (custom slot mapping): keeps what the user tells us about themselves."""

    def name(self) -> str:
        return "action_read_details"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        message = tracker.latest_message
        found = read_message(
            message.get("text") or "",
            message.get("entities") or [],
            _intent(tracker),
            tracker.get_slot("requested_slot"),
            today(),
        )
        return [SlotSet(slot, value) for slot, value in found.items()]


class ActionAnswerQuestion(Action):
    """Answers a topic question (deadline, funding, eligibility, QTS routes, ...) from the rules module."""

    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        intent = _intent(tracker) or ""
        decision = answer(intent, situation_from_tracker(tracker), today(), message_entities(tracker.latest_message.get("entities")))
        if decision is None:
            dispatcher.utter_message(response="utter_capabilities")
            return []
        _say(dispatcher, render(decision))
        return []


class ActionAnswerDeadline(Action):
    """Ends the deadline form: the deadline for the appointment date the user gave."""

    def name(self) -> str:
        return "action_answer_deadline"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        _say(dispatcher, render(qualification_deadline(situation_from_tracker(tracker), today())))
        return []
