"""The web widget's socket.io channel, with every `user_uttered` event checked before Rasa reads it.

Rasa 3.6's `SocketIOInput` raised on an event whose data is not an object (the client saw nothing) and silently
dropped one without a session id. Here such an event gets a `bad_request` event back, and the same as the emit's
acknowledgement: `{"status": 400, "error": "<what is wrong>"}` (`channels/incoming.py`); a good event goes to
Rasa's own handler, unchanged. Same name, so same path and events.
"""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from channels.incoming import problem_with_body

BAD_REQUEST_EVENT = "bad_request"


class CheckedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)
        handlers = self.sio.handlers[self.namespace or "/"]
        rasa_handler = handlers[self.user_message_evt]

        async def checked_handler(sid: str, data: Any = None) -> Any:
            sender_key = "session_id" if self.session_persistence else None  # without persistence: the sid
            problem = problem_with_body(data, sender_key=sender_key, metadata_key=self.metadata_key)
            if problem:
                error = {"status": 400, "error": problem}
                await self.sio.emit(BAD_REQUEST_EVENT, error, room=sid)
                return error
            await rasa_handler(sid, data)
            return None

        handlers[self.user_message_evt] = checked_handler
        return webhook
