"""Every message's text, from any channel, cleaned before Rasa reads it. Wraps `MessageProcessor.handle_message` of
Rasa 3.6.21 (rasa/core/processor.py), the one place every channel's message passes.

- Broken and invisible characters (a lone UTF-16 surrogate, control characters, null bytes, zero-width and bidi
  format characters) are removed and whitespace collapsed (`channels.incoming.clean_text`): a lone surrogate made
  Rasa reply nothing at all.
- A message longer than `MAX_MESSAGE_CHARS` (2,000; `SENCO_MAX_MESSAGE_CHARS`) is not read or stored: the reply
  is `utter_message_too_long` ("please ask one question at a time"), and the conversation goes on as it was (a
  megabyte of text is no question, costs seconds of NLU, and may be a pasted document full of personal data).
- A typed `/intent` command is how buttons answer, so the domain's intents and `/restart` work typed too. Rasa's
  other internal commands (`/session_start`, `/back`) are read as words instead: typed by hand they made Rasa
  start a session or rewind a turn and reply nothing.
"""
from __future__ import annotations

import re
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import DEFAULT_INTENTS, USER_INTENT_RESTART

from channels.incoming import clean_text, is_too_long

TOO_LONG_REPLY = "utter_message_too_long"
INTERNAL_COMMANDS = set(DEFAULT_INTENTS) - {USER_INTENT_RESTART, "out_of_scope", "nlu_fallback"}


def prepared_text(text: str | None) -> str | None:
    """The text Rasa reads: cleaned, and an internal command typed by hand turned into words."""
    if text is None:
        return None
    text = clean_text(text)
    command = re.match(r"/([^\s{@]+)", text)
    return text[1:] if command and command.group(1) in INTERNAL_COMMANDS else text


def cleaned_first(original: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    async def handle_message(self: MessageProcessor, message: UserMessage) -> Any:
        message.text = prepared_text(message.text)
        if message.text is not None and is_too_long(message.text):
            reply = self.domain.responses[TOO_LONG_REPLY][0]["text"]
            await message.output_channel.send_response(message.sender_id, {"text": reply})
            return message.output_channel.messages if isinstance(message.output_channel, CollectingOutputChannel) \
                else None
        return await original(self, message)

    handle_message.replaces = original  # type: ignore[attr-defined]
    return handle_message


REPLACED = {"handle_message": MessageProcessor.handle_message}


def install() -> None:
    if not hasattr(MessageProcessor.handle_message, "replaces"):
        MessageProcessor.handle_message = cleaned_first(MessageProcessor.handle_message)  # type: ignore[method-assign]
