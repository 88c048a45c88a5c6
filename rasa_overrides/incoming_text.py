"""Every message's text, from any channel, cleaned before Rasa reads it. Wraps `MessageProcessor.handle_message` of
Rasa 3.6.21 (rasa/core/processor.py), the one place every channel's message passes.

- Broken and invisible characters (a lone UTF-16 surrogate, control characters, null bytes, zero-width and bidi
  format characters) are removed and whitespace collapsed (`channels.incoming.clean_text`): a lone surrogate made
  Rasa reply nothing at all.
- A message longer than `MAX_MESSAGE_CHARS` (2,000; `SENCO_MAX_MESSAGE_CHARS`) is not read or stored whole (a
  megabyte of text is no question, costs seconds of NLU, and may be a pasted document full of personal data). If
  it ends with a question (a long email's "So my question is: ...?"), only that question is read, stored and
  answered, after `utter_long_message_question` says so; otherwise the reply is `utter_message_too_long` ("please
  ask one question at a time"), and the conversation goes on as it was.
- A request to delete the conversation ("delete my conversation", `privacy.erasure_requests`) is answered here,
  before the dialogue, with a question to confirm; "yes, delete it" (the button, or typed) deletes every stored
  event of the conversation (`WindowedSQLTrackerStore.forget`), "no, keep it" keeps it. Only a mark that the
  question was asked is stored (so "yes, delete it" out of the blue deletes nothing); the conversation is otherwise
  as it was, or gone.
- A typed `/intent` command is how buttons answer, so the domain's intents and `/restart` work typed too. Rasa's
  other internal commands (`/session_start`, `/back`) are read as words instead: typed by hand they made Rasa
  start a session or rewind a turn and reply nothing.
- Text-speak that is never a word ("hw lng iz teh npq senko cors") is spelled out (`channels.incoming.spelled_out`).
"""
from __future__ import annotations

import re
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import DEFAULT_INTENTS, USER_INTENT_RESTART
from rasa.shared.core.events import BotUttered, UserUttered

from channels.incoming import clean_text, is_too_long, question_at_the_end, spelled_out
from privacy.erasure_requests import is_confirmation, is_erasure_request, is_refusal

TOO_LONG_REPLY = "utter_message_too_long"
LONG_MESSAGE_QUESTION = "utter_long_message_question"  # "That was a long message, so I have answered its question:"
ASKED_TO_DELETE = "asked_to_delete"  # metadata of the (empty) bot event that marks the question
CONFIRM_DELETE, DELETED, KEPT = "utter_confirm_delete_conversation", "utter_conversation_deleted", "utter_conversation_kept"
INTERNAL_COMMANDS = set(DEFAULT_INTENTS) - {USER_INTENT_RESTART, "out_of_scope", "nlu_fallback"}


def prepared_text(text: str | None) -> str | None:
    """The text Rasa reads: cleaned, and an internal command typed by hand turned into words."""
    if text is None:
        return None
    text = spelled_out(clean_text(text))
    command = re.match(r"/([^\s{@]+)", text)
    return text[1:] if command and command.group(1) in INTERNAL_COMMANDS else text


async def reply_before_dialogue(processor: MessageProcessor, message: UserMessage) -> str | None:
    """The response to send instead of a turn of the dialogue, if this message gets one."""
    text = message.text
    if text is None:
        return None
    if is_too_long(text):
        return TOO_LONG_REPLY
    if is_erasure_request(text):
        # Kept in the conversation (as the question the bot asked), so the answer is understood by any replica.
        tracker = await processor.get_tracker(message.sender_id)
        tracker.update(BotUttered(metadata={ASKED_TO_DELETE: True}))
        await processor.save_tracker(tracker)
        return CONFIRM_DELETE
    if (is_confirmation(text) or is_refusal(text)) and await asked_to_delete(processor, message.sender_id):
        if is_refusal(text):
            return KEPT
        forget(processor, message.sender_id)
        return DELETED
    return None


async def asked_to_delete(processor: MessageProcessor, sender_id: str) -> bool:
    """Whether the last thing the assistant did in this conversation was ask to confirm its deletion."""
    tracker = await processor.get_tracker(sender_id)
    last = next((e for e in reversed(tracker.events) if isinstance(e, (BotUttered, UserUttered))), None)
    return isinstance(last, BotUttered) and bool((last.metadata or {}).get(ASKED_TO_DELETE))


def forget(processor: MessageProcessor, sender_id: str) -> None:
    store = processor.tracker_store
    while not hasattr(store, "forget") and hasattr(store, "_tracker_store"):  # Rasa's fail-safe wrapper(s)
        store = store._tracker_store
    if hasattr(store, "forget"):
        store.forget(sender_id)


def cleaned_first(original: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    async def handle_message(self: MessageProcessor, message: UserMessage) -> Any:
        message.text = prepared_text(message.text)
        if message.text and is_too_long(message.text) and (question := question_at_the_end(message.text)):
            # Only the question is read and stored; the reply first says which question it answers.
            template = dict(self.domain.responses[LONG_MESSAGE_QUESTION][0])
            template["text"] = f'{template["text"]} "{question}"'
            await message.output_channel.send_response(message.sender_id, template)
            message.text = question
        response = await reply_before_dialogue(self, message)
        if response is None:
            return await original(self, message)
        template = self.domain.responses[response][0]
        await message.output_channel.send_response(message.sender_id, dict(template))
        return message.output_channel.messages if isinstance(message.output_channel, CollectingOutputChannel) \
            else None

    handle_message.replaces = original  # type: ignore[attr-defined]
    return handle_message


REPLACED = {"handle_message": MessageProcessor.handle_message}


def install() -> None:
    if not hasattr(MessageProcessor.handle_message, "replaces"):
        MessageProcessor.handle_message = cleaned_first(MessageProcessor.handle_message)  # type: ignore[method-assign]
