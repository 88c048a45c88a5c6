"""What every channel accepts from a client, in plain Python (no Rasa import): the shape of a request body, and the
text of a message once cleaned.

- `problem_with_body`: why a REST body or a socket.io event cannot be a message (the channel answers 400 with it),
  or None. Rasa's own REST channel answered 500 to a JSON array and an empty 200 to a body without a string message.
- `clean_text`: the text NLU reads. Lone UTF-16 surrogates (which made Rasa reply nothing), control characters,
  null bytes and invisible format characters are removed; whitespace is collapsed.
- `spelled_out`: text-speak that is never a word ("hw lng iz teh npq senko cors") spelled out for NLU.
- `MAX_MESSAGE_CHARS`: a longer message is not read whole (a megabyte of text is no question, and NLU on it costs
  seconds). If it ends with a question (`question_at_the_end`: a long email's "So my question is: ...?"), only that
  question is read and answered; otherwise the reply asks for one question at a time (`SENCO_MAX_MESSAGE_CHARS` sets
  the limit).
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from typing import Any

MAX_MESSAGE_CHARS = int(os.environ.get("SENCO_MAX_MESSAGE_CHARS", "2000"))
MAX_SENDER_CHARS = 200

# Control (Cc), format (Cf: zero-width spaces and joiners, bidi overrides, BOM) and surrogate (Cs) characters.
_INVISIBLE = {"Cc", "Cf", "Cs"}
_SPACES = re.compile(r"\s+")


def problem_with_body(body: Any, *, sender_key: str | None = "sender", metadata_key: str = "metadata") -> str | None:
    """Why this parsed JSON body is not a message, in one line for the client; None when it is one.

    A message is an object with a string `message` and a string `sender` (the conversation it belongs to: without
    one, Rasa would put every such client into one shared conversation). The metadata, if given, is an object (or
    a string holding one, which Rasa's socket.io channel parses).
    """
    if not isinstance(body, dict):
        return f"the body must be a JSON object, not {_json_kind(body)}"
    if "message" not in body:
        return 'the body has no "message" (the text of the user\'s message, a string)'
    if not isinstance(body["message"], str):
        return f'"message" must be a string, not {_json_kind(body["message"])}'
    if sender_key is not None:  # None: the channel names the conversation itself
        sender = body.get(sender_key)
        if not isinstance(sender, str) or not sender.strip():
            return f'"{sender_key}" must be a non-empty string naming the conversation'
        if len(sender) > MAX_SENDER_CHARS:
            return f'"{sender_key}" is longer than {MAX_SENDER_CHARS} characters'
    if metadata_key in body and not _is_metadata(body[metadata_key]):
        return f'"{metadata_key}" must be an object'
    return None


def parse_body(raw: bytes) -> tuple[Any, str | None]:
    """The JSON in a request body, or why there is none."""
    if not raw:
        return None, "the body is empty; send a JSON object with \"sender\" and \"message\""
    try:
        return json.loads(raw), None
    except (ValueError, UnicodeDecodeError) as error:
        return None, f"the body is not valid JSON ({error.__class__.__name__}: {str(error)[:80]})"


def clean_text(text: str) -> str:
    """The message without invisible or broken characters, whitespace collapsed."""
    text = "".join(" " if char.isspace() else "" if unicodedata.category(char) in _INVISIBLE else char
                   for char in text)
    return _SPACES.sub(" ", text).strip()


# Text-speak that is never an English word ("hw lng iz teh npq senko cors"), spelled out before NLU reads it. Only
# these tokens change: a message without them reaches the classifier exactly as typed. Apostrophe-less forms
# ("im", "dont", "whats") and "u"/"r" are left alone: the classifier already reads them as typed.
TEXT_SPEAK = {
    "hw": "how", "cn": "can", "lng": "long", "iz": "is", "teh": "the", "wot": "what", "wat": "what", "wht": "what", "wen": "when",
    "b4": "before", "abt": "about", "hav": "have", "cud": "could", "wud": "would", "shud": "should", "bcome": "become",
    "bcos": "because", "becos": "because", "becoz": "because", "senko": "senco", "sendko": "sendco", "cors": "course",
    "corse": "course", "englnd": "England",
}
_TEXT_SPEAK = re.compile(r"(?<![\w'/@.])(" + "|".join(TEXT_SPEAK) + r")(?![\w'@/]|\.\w)", re.I)


def spelled_out(text: str) -> str:
    """The message with text-speak tokens replaced by the words they stand for."""
    return _TEXT_SPEAK.sub(lambda match: TEXT_SPEAK[match.group(1).lower()], text)


def is_too_long(text: str) -> bool:
    return len(text) > MAX_MESSAGE_CHARS


# Where a long message's question is looked for: its end (after it, only "thanks" and a signature).
QUESTION_SEARCH_CHARS = 1_500
_QUESTION_SENTENCE = re.compile(r"[^.!?\n]{10,400}\?")


def question_at_the_end(text: str) -> str | None:
    """The last question sentence near the end of a long message, or None."""
    found = _QUESTION_SENTENCE.findall(text[-QUESTION_SEARCH_CHARS:])
    return " ".join(found[-1].split()) if found else None


def _is_metadata(value: Any) -> bool:
    """null, an object, or a string holding a JSON object (Rasa's socket.io channel parses that)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return False
        return isinstance(value, dict)
    return value is None or isinstance(value, dict)


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)
