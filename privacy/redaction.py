"""Personal data taken out of a message before it is stored (plain Python, no Rasa import).

The assistant needs none of these to answer, so the stored conversation keeps a placeholder instead:
emails, UK phone numbers, UK postcodes, and a child's name ("my son is called ..."). The current turn is read
from the original text; only what is kept afterwards is redacted (`rasa_overrides/tracker_store.py`).
"""
from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# UK numbers: +44 or 0, then 9 or 10 more digits, with spaces, dots, dashes or brackets between groups.
PHONE = re.compile(r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s.\-()]*\d){8,9}(?!\d)")

# UK postcodes (outward code, then inward code: digit and two letters), e.g. "SW1A 1AA", "m1 1ae", "B33 8TH".
POSTCODE = re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE)

# "my son is called Sam", "our daughter's name is Amy Jones", "my child, called Leo, ..." : the rest of the
# sentence after the naming words is removed, since a name may be several words and is followed by anything.
CHILD = r"(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|stepson|stepdaughter|foster child|pupil|student)"
CHILD_NAME = re.compile(
    rf"\b((?:my|our)\s+{CHILD}(?:'s\s+name\s+is|\s+is\s+called|\s+is\s+named|,?\s+called|,?\s+named)\s+)[^.!?\n]+",
    re.IGNORECASE,
)

PLACEHOLDERS = {"email": "[email removed]", "phone": "[phone number removed]", "postcode": "[postcode removed]",
                "name": "[name removed]"}


def redact(text: str) -> str:
    """The text with every email, UK phone number, UK postcode and child's name replaced by a placeholder."""
    text = EMAIL.sub(PLACEHOLDERS["email"], text)
    text = PHONE.sub(PLACEHOLDERS["phone"], text)
    text = POSTCODE.sub(PLACEHOLDERS["postcode"], text)
    return CHILD_NAME.sub(lambda match: match.group(1) + PLACEHOLDERS["name"], text)
