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


class ActionDeleteConversation(Action):
    """The user asked for their conversation to be erased and confirmed it. The tracker store deletes every stored
    event of the conversation once this action has run (rasa_overrides/tracker_store.py, `ERASE_ACTION`)."""

    def name(self) -> str:
        return "action_delete_conversation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        dispatcher.utter_message(
            text="Done: I've deleted this conversation and everything you told me in it. If you ask me something "
                 "new, I start from nothing."
        )
        return [Restarted()]
