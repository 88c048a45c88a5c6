"""Never silent when a custom action fails. Wraps `RemoteAction.run` of Rasa 3.6.21 (rasa/core/actions/action.py).

When the action server was stopped or had crashed, Rasa logged a traceback and the user got an empty reply (`[]`).
Here, when an action cannot be run (the server refuses the connection, does not answer within `timeout` seconds
of endpoints.yml's action_endpoint, or answers with an error), the turn gets instead:

- once per turn, "I can't work that out right now, please try again in a minute";
- the static answer where one exists: a question of the eligibility check or the deadline form is asked from the
  same table the action uses (`actions.eligibility_questions.QUESTIONS`), so the form goes on and every detail the
  user gives is kept (the details are read in this process: `slot_reading`); it is checked by the form's
  validation again once the action server is back.

The server being down is logged once when it goes and once when it is back, not a traceback per message. A later
call in a turn that already failed does not wait again. The answering actions run in this process (`answering`),
so most questions are answered fully even while the action server is down; this covers the rest.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Awaitable, Callable

import aiohttp
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.core.events import BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException

from actions.eligibility_questions import QUESTIONS
from rasa_overrides.answering import IN_PROCESS

logger = logging.getLogger(__name__)

APOLOGY = "I can't work that out right now, please try again in a minute."
APOLOGY_MARK = "action_server_down"  # in the BotUttered's metadata, so a turn apologises once
DEFAULT_TIMEOUT_S = 1.5  # the whole reply must come within 2 s
UNREACHABLE = (aiohttp.ClientError, asyncio.TimeoutError, RasaException)

# The form questions Rasa asks with an action, and the slot each asks for.
FORM_QUESTIONS = {f"action_ask_{slot}": slot for slot in QUESTIONS}
FORM_QUESTIONS["action_ask_deadline_form_appointment_date"] = "appointment_date"


class ActionServerHealth:
    """Whether the last call reached the action server; logs only the changes."""

    def __init__(self) -> None:
        self.down_since: float | None = None

    def failed(self, action_name: str, url: str, error: BaseException) -> None:
        if self.down_since is None:
            self.down_since = time.monotonic()
            reason = f"{error.__class__.__name__}: {error}" if str(error) else error.__class__.__name__
            logger.error(f"Action server at {url} cannot run '{action_name}' ({reason}). Users are told to try "
                         f"again in a minute until it answers; this is logged once.")

    def succeeded(self, url: str) -> None:
        if self.down_since is not None:
            logger.warning(f"Action server at {url} is answering again after {time.monotonic() - self.down_since:.0f} s.")
            self.down_since = None


health = ActionServerHealth()


def apologised_this_turn(tracker: DialogueStateTracker) -> bool:
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and (event.metadata or {}).get(APOLOGY_MARK):
            return True
    return False


def fallback_events(action_name: str, tracker: DialogueStateTracker) -> list[Event]:
    """What the user gets instead of the action's reply: the apology (once a turn) and the static answer."""
    events: list[Event] = []
    if not apologised_this_turn(tracker):
        events.append(BotUttered(APOLOGY, metadata={APOLOGY_MARK: True}))
    if action_name in FORM_QUESTIONS:
        text, buttons = QUESTIONS[FORM_QUESTIONS[action_name]]
        events.append(BotUttered(text, data={"buttons": [{"title": t, "payload": p} for t, p in buttons]}))
    return events


def never_silent(original: Callable[..., Awaitable[list]]) -> Callable[..., Awaitable[list]]:
    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: DialogueStateTracker,
                  domain: Any) -> list:
        url = self.action_endpoint.url if self.action_endpoint else "(no action endpoint)"
        if health.down_since is not None and apologised_this_turn(tracker):
            return fallback_events(self.name(), tracker)  # this turn already waited once: don't wait again
        timeout = float((self.action_endpoint.kwargs if self.action_endpoint else {}).get("timeout", DEFAULT_TIMEOUT_S))
        try:
            events = await asyncio.wait_for(original(self, output_channel, nlg, tracker, domain), timeout)
        except ActionExecutionRejection:
            raise  # the form's normal "nothing filled": not a failure
        except UNREACHABLE as error:
            health.failed(self.name(), url, error)
            return fallback_events(self.name(), tracker)
        if self.name() not in IN_PROCESS:  # only a call that reached the action server says it is back
            health.succeeded(url)
        return events

    run.replaces = original  # type: ignore[attr-defined]
    return run


class _RasaConnectionErrors(logging.Filter):
    """Rasa logs an error of its own on every failed call; `ActionServerHealth` logs the outage once instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Failed to run custom action")


REPLACED = {"run": RemoteAction.run}


def install() -> None:
    """After `answering.install()`: this wraps whichever `run` is in place."""
    if not hasattr(RemoteAction.run, "never_silent"):
        RemoteAction.run = never_silent(RemoteAction.run)  # type: ignore[method-assign]
        RemoteAction.run.never_silent = True  # type: ignore[attr-defined]
        logging.getLogger("rasa.core.actions.action").addFilter(_RasaConnectionErrors())
