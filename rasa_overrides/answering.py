"""Answering in the Rasa process. Replaces `RemoteAction.run` of Rasa 3.6.21 (rasa/core/actions/action.py) for the
actions that only translate between the conversation and the rules module: `action_answer_question`,
`action_answer_deadline` and `action_suggest_topics`.

Issue 7 sent every general (FAQ) answer through `action_answer_question` too, so it can remember the topic for
follow-ups: one more HTTP round trip to the action server on most turns (measured: 1-user p50 19 ms -> 29 ms).
These actions are plain translation (no I/O), so Rasa runs them itself with rasa-sdk's own executor on the same
request body it would have posted (`_action_call_format`), and handles the reply exactly as after the HTTP call:
same validation, same responses uttered, same events. The action server still serves them, so without this
override the assistant answers the same, only slower; and while the action server is down these answers still come.
Every other custom action (the forms' validation and questions) still goes to the action server.
"""
from __future__ import annotations

from typing import Any, Awaitable, Callable, cast

from rasa.core.actions.action import RemoteAction
from rasa.shared.core import events as rasa_events
from rasa_sdk.executor import ActionExecutor

IN_PROCESS = {"action_answer_question", "action_answer_deadline", "action_suggest_topics"}

_executor: ActionExecutor | None = None


def executor() -> ActionExecutor:
    """rasa-sdk's executor with the project's actions, registered once (as `rasa run actions` does)."""
    global _executor
    if _executor is None:
        _executor = ActionExecutor()
        _executor.register_package("actions")
    return _executor


async def run_here(json_body: dict[str, Any]) -> dict[str, Any]:
    """The reply the action server would send for this request body."""
    reply = await executor().run(json_body)  # type: ignore[arg-type]
    return reply or {"events": [], "responses": []}


def in_process(original: Callable[..., Awaitable[list]]) -> Callable[..., Awaitable[list]]:
    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> list:
        if self.name() not in IN_PROCESS:
            return await original(self, output_channel, nlg, tracker, domain)
        response = await run_here(self._action_call_format(tracker, domain))
        self._validate_action_result(response)
        bot_messages = await self._utter_responses(response.get("responses", []), output_channel, nlg, tracker)
        return cast(list, bot_messages) + rasa_events.deserialise_events(response.get("events", []))

    run.replaces = original  # type: ignore[attr-defined]
    return run


REPLACED = {"run": RemoteAction.run}


def install() -> None:
    if not hasattr(RemoteAction.run, "replaces"):
        RemoteAction.run = in_process(RemoteAction.run)  # type: ignore[method-assign]
