"""Calls to the action server. Replaces two methods of `rasa.core.actions.action.RemoteAction` in Rasa 3.6.21.

- `_validate_action_result`: Rasa calls `jsonschema.validate(result, schema)` on every action-server reply, which
  first checks the schema itself against the JSON Schema meta-schema and builds a new validator: measured at 54%
  of the Rasa process's CPU under load. The schema is fixed, so we check and compile it once and validate each
  reply with that validator (same schema, same error).
- `_action_call_format`: Rasa sends every event of the conversation (EventVerbosity.ALL) with every call: about
  1 MB of JSON after 200 turns, built, sent and parsed again up to three times a turn. rasa-sdk's Tracker takes
  slots, latest_message, active_loop and followup_action from their own fields; its events are read only to find
  this turn's slot candidates (`slots_to_validate`) and the latest input channel. So we send the events of the
  current turn (from the latest user message on), at most MAX_EVENTS of them.

`install()` swaps them in; `tests/test_rasa_overrides.py` fails if Rasa's originals change in an upgrade.
"""
from __future__ import annotations

from typing import Any, Iterable

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.shared.constants import DOCS_BASE_URL

# A turn has a dozen events or so; the cap only matters for a conversation with no user message for a long while.
MAX_EVENTS = 100

_schema = RemoteAction.action_response_format_spec()
_validator_class = validator_for(_schema)
_validator_class.check_schema(_schema)  # what jsonschema.validate did on every call
_action_response_validator = _validator_class(_schema)


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """Same check and error as Rasa's, with the validator built once."""
    error = best_match(_action_response_validator.iter_errors(result))
    if error is None:
        return True
    error.message += (
        f". Failed to validate Action server response from API, make sure your response from the Action endpoint "
        f"is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def current_turn(events: Iterable[Event]) -> list[Event]:
    """The events from the latest user message on (all of them if there is none), at most MAX_EVENTS."""
    turn: list[Event] = []
    for event in reversed(events):  # type: ignore[call-overload]
        turn.append(event)
        if isinstance(event, UserUttered) or len(turn) >= MAX_EVENTS:
            break
    turn.reverse()
    return turn


def action_call_format(self: RemoteAction, tracker: DialogueStateTracker, domain) -> dict[str, Any]:
    """Rasa's request body, with only the current turn's events."""
    import rasa

    tracker_state = tracker.current_state(EventVerbosity.NONE)
    tracker_state["events"] = [event.as_dict() for event in current_turn(tracker.events)]
    result = {
        "next_action": self._name,
        "sender_id": tracker.sender_id,
        "tracker": tracker_state,
        "version": rasa.__version__,
    }
    if not self._is_selective_domain_enabled() or domain.does_custom_action_explicitly_need_domain(self.name()):
        result["domain"] = domain.as_dict()
    return result


# Rasa's own methods, kept so a test can pin their source (a Rasa upgrade that changes them fails that test).
REPLACED = {name: getattr(RemoteAction, name) for name in ("_validate_action_result", "_action_call_format")}


def install() -> None:
    """Idempotent: the package may be imported more than once."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
    RemoteAction._action_call_format = action_call_format  # type: ignore[method-assign]

