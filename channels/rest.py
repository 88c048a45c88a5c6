"""The REST channel (POST /webhooks/rest/webhook), with every request body checked before Rasa reads it.

Rasa 3.6's `RestInput` answered a JSON array with a 500 and a body without a string `message` with an empty 200:
a client with a bug saw silence. Here a body that is not a message gets a 400 and a one-line JSON error saying what
is wrong (`channels/incoming.py`); a good body goes to Rasa's own handler, unchanged. Same name, so same URL.
"""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request

from channels.incoming import parse_body, problem_with_body


class CheckedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)

        @webhook.middleware("request")
        async def check_body(request: Request) -> Any:
            if request.method != "POST" or not request.path.rstrip("/").endswith("/webhook"):
                return None
            body, problem = parse_body(request.body)
            problem = problem or problem_with_body(body)
            if problem:
                return response.json({"error": problem}, status=400)
            return None

        return webhook
