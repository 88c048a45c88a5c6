"""A user's request to delete their own conversation, in plain Python (no Rasa import).

"delete my conversation", "please erase my data", "forget me" ... are recognised by rule, not learnt: the request is
short and formulaic, and a learnt intent moved the classifier's other answers (measured: adding the intent changed
5 of the 159 recorded replies, one of them issue 7's late-NASENCo answer, to the fallback). Nothing is deleted
without a confirmation: "yes, delete it" (the button's text, or typed). rasa_overrides/incoming_text.py acts on them.
"""
from __future__ import annotations

import re

_DELETE = r"(?:delete|erase|remove|wipe|clear|destroy|get rid of|forget)"
_MINE = r"(?:my|this|our|the|all|everything|what)"
_WHAT = r"(?:conversation|chat|chats|data|messages?|history|details|information|info|transcript|records?)"
_REQUEST = re.compile(
    rf"\b{_DELETE}\b(?:\s+\w+){{0,3}}?\s+{_MINE}\b(?:\s+\w+){{0,3}}?\s+{_WHAT}\b"  # delete (all of) my chat (history)
    rf"|\b{_WHAT}\s+(?:to\s+be\s+|be\s+|)(?:deleted|erased|removed|wiped)\b"  # I want my data deleted
    r"|\bright\s+to\s+(?:erasure|be\s+forgotten)\b|\bforget\s+(?:about\s+)?me\b"
    r"|\bdelete\s+(?:everything|it\s+all)\b",
    re.IGNORECASE,
)
_CONFIRM = re.compile(r"\s*yes\W*(?:please\W*)?delete(?:\s+it)?(?:\s+(?:all|now|please))?\W*", re.IGNORECASE)
_DECLINE = re.compile(r"\s*no\W*(?:thanks\W*)?keep(?:\s+it)?\W*", re.IGNORECASE)


def is_erasure_request(text: str) -> bool:
    return bool(text) and not text.startswith("/") and _REQUEST.search(text) is not None


def is_confirmation(text: str) -> bool:
    """"yes, delete it": the confirm button's text, or typed."""
    return _CONFIRM.fullmatch(text or "") is not None


def is_refusal(text: str) -> bool:
    return _DECLINE.fullmatch(text or "") is not None
