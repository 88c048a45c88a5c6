"""Conversation housekeeping that needs code: starting over with a friendly word."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import Restarted
from rasa_sdk.executor import CollectingDispatcher


class ActionStartOver(Action):
    def name(self) -> str:
        return "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        dispatcher.utter_message(
            text="Let's start again: I've forgotten what you told me. What would you like to know about becoming a SENCO?"
        )
        return [Restarted()]

