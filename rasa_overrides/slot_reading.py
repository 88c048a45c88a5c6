"""Reading the user's details in the Rasa process. Replaces `ActionExtractSlots._run_custom_action` of Rasa 3.6.21
(rasa/core/actions/action.py) for one action: `action_read_details`.

Every slot of ours is filled by a custom mapping that names `action_read_details`, so Rasa called the action server
for it on every user message: one HTTP round trip, the tracker serialised and parsed, the reply validated, before
the turn even starts. What that action does is plain Python with no Rasa import
(`actions.message_reading.read_message`: text, entities, intent and the form's question in, slot values out), so
here Rasa runs that same function itself and makes the same `SlotSet` events. The action server still serves
`action_read_details` (`actions/topic_actions.py`), so the assistant gives the same answers without this override,
only slower; `tests/test_rasa_overrides.py` checks that both give the same slots.
"""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from actions.clock import today
from actions.message_reading import course_in_context, read_message

READ_DETAILS = "action_read_details"


def read_details(tracker: DialogueStateTracker) -> list[Event]:
    """The events `action_read_details` returns, from the same reader."""
    message = tracker.latest_message
    found = read_message(
        message.text or "",
        message.entities or [],
        (message.intent or {}).get("name"),
        tracker.get_slot("requested_slot"),
        today(),
        course_in_context(tracker.get_slot("last_topic"), tracker.get_slot("nasenco_status")),
        tracker.get_slot("date_to_check"),
        tracker.get_slot("appointment_date"),
    )
    return [SlotSet(slot, value) for slot, value in found.items()]


def in_process(original: Callable[..., Awaitable[list[Event]]]) -> Callable[..., Awaitable[list[Event]]]:
    async def run_custom_action(self: ActionExtractSlots, custom_action: str, output_channel: Any, nlg: Any,
                                tracker: DialogueStateTracker, domain: Any) -> list[Event]:
        if custom_action == READ_DETAILS:
            return read_details(tracker)
        return await original(self, custom_action, output_channel, nlg, tracker, domain)

    run_custom_action.replaces = original  # type: ignore[attr-defined]
    return run_custom_action


REPLACED = {"_run_custom_action": ActionExtractSlots._run_custom_action}


def install() -> None:
    if not hasattr(ActionExtractSlots._run_custom_action, "replaces"):
        ActionExtractSlots._run_custom_action = in_process(ActionExtractSlots._run_custom_action)
