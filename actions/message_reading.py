"""Read the details of someone's situation out of one message: entities from the NLU pipeline (normalised through
nlp/domain_terms.yml), dates, and yes/no answers to the question the form just asked.

Returns slot values. Plain Python (no Rasa import), so it is tested with plain strings and entity dicts.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable

from actions.date_reading import find_date
from nlp.domain_terms import canonical
from senco_rules.calendar import KnownDate

YES = re.compile(r"^\s*(yes|yeah|yep|yup|y|i do|i have|i am|correct|sure|definitely|of course|that's right|ye[sp] i (do|have|am))\b", re.I)
NO = re.compile(r"^\s*(no|nope|nah|n|not yet|i don'?t|i do not|i haven'?t|i have not|i'?m not|never|none)\b", re.I)
NEGATION = re.compile(r"\b(no|not|don'?t|do not|haven'?t|have not|without|never|isn'?t|aren'?t|lack|yet to)\b", re.I)
SELF = re.compile(r"\b(my|i'?m|i am|im|i don'?t|i do not|i haven'?t|i have not|i work|i've been|i have been|as an?|i'?ve got|i have|i hold|i was)\b", re.I)
NOT_FINISHED = re.compile(r"\b(haven'?t|have not|not|not yet|still)\s+(yet\s+)?(finished|completed|done)\b|\bstill doing\b", re.I)
FIRST_PERSON = re.compile(r"\b(i|i've|we)\b", re.I)
NOT_APPOINTED = re.compile(
    r"\b(not (been )?appointed|haven'?t been appointed|not yet|not a senco yet|not senco yet|hoping to|want to become|"
    r"would like to become|thinking about|haven'?t started( as senco)?|no,? not yet|not in post)\b",
    re.I,
)
APPOINTED_CUE = re.compile(
    r"\b(appointed|became|become|becoming|took (on|over)|start(ed|ing)? (as|the role|in the role|my role)|"
    r"senco since|been (the )?senco|new senco|in post|took up|role in|joined as|got the (job|role))\b",
    re.I,
)
NASENCO_STARTED = re.compile(r"\b(start(ed)?|began|begun|enrolled|doing|studying|halfway|part way|partway|on the|in the middle)\b", re.I)
NASENCO_DONE = re.compile(r"\b(finished|completed|passed|got|hold|have (a|the|my)|achieved|awarded|gained|already have)\b", re.I)
QUESTION_WORDS = re.compile(
    r"(^\s*(is|are|can|could|do|does|should|will|would|tell me)\b)|\b(what|how|when|who|why|where|which|"
    r"can i|could i|do i|should i|will i|am i|is it|is there)\b",
    re.I,
)
LACKS_QTS = re.compile(r"\b(without|no|not got|haven'?t got)\s+(any\s+)?(qts|qualified teacher status)\b", re.I)
# Saying you hold QTS, as opposed to asking about it or wanting it ("how do I get QTS").
HOLDS_QTS = re.compile(
    r"\b(i'?m|i am|im) an? qualified teacher\b|"
    r"\b(have|hold|holding|got|with|gained|awarded|achieved|already)\b[\w\s']{0,20}\b(qts|qtls|qualified teacher status)\b",
    re.I,
)


def date_slot(value: KnownDate) -> str:
    """Dates travel in slots as text: 2025-04 when only the month is known, 2025-04-01 when the day is."""
    return value.on.isoformat() if value.day_known else value.on.strftime("%Y-%m")


def parse_date_slot(value: Any) -> KnownDate | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", value):
        return None
    if len(value) == 7:
        return KnownDate(dt.date.fromisoformat(value + "-01"), False)
    return KnownDate(dt.date.fromisoformat(value))


def yes_or_no(text: str, intent: str | None = None) -> bool | None:
    if intent == "affirm" or YES.search(text):
        return True
    if intent == "deny" or NO.search(text):
        return False
    return None


def looks_like_question(text: str) -> bool:
    return text.strip().endswith("?") or bool(QUESTION_WORDS.search(text))


def read_message(
    text: str,
    entities: Iterable[dict],
    intent: str | None,
    requested_slot: str | None,
    today: dt.date,
) -> dict[str, Any]:
    """Slot values this message gives. Only what it clearly says: a value missing here keeps its old slot value."""
    text = text or ""
    found: dict[str, Any] = {}
    values = _entity_values(entities)
    for label, slot in (("nation", "nation"), ("setting_type", "setting_type")):
        if values.get(label):
            found[slot] = values[label][0]
    _read_role(text, values.get("role", []), requested_slot, found)
    _read_qualifications(text, values.get("qualification", []), intent, requested_slot, found)
    _read_dates(text, values.get("qualification", []), intent, requested_slot, today, found)
    if requested_slot == "induction_complete" and (answer := yes_or_no(text, intent)) is not None:
        found["induction_complete"] = answer
    if requested_slot == "has_degree" and (answer := yes_or_no(text, intent)) is not None:
        found["has_degree"] = answer
    return found


def _entity_values(entities: Iterable[dict]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for entity in entities or []:
        label = entity.get("entity")
        value = canonical(label, str(entity.get("value", ""))) if label else None
        if value is not None:
            values.setdefault(label, []).append(value)
    return values


def _read_role(text: str, roles: list[str], requested_slot: str | None, found: dict[str, Any]) -> None:
    if not roles:
        return
    specific = [r for r in roles if r != "teacher"]
    if specific:
        found["role"] = specific[0]
    elif requested_slot == "role" or SELF.search(text):
        # "teacher" alone is often the subject of a general question ("do you have to be a teacher?"):
        # only take it as the user's own role when they say so.
        found["role"] = "teacher"
    if found.get("role") == "unqualified_teacher":
        found["has_qts"] = False
    if found.get("role") == "early_career_teacher":
        found["has_qts"], found["induction_complete"] = True, False


def _read_qualifications(text: str, quals: list[str], intent: str | None, requested_slot: str | None,
                         found: dict[str, Any]) -> None:
    if requested_slot == "has_qts" and "has_qts" not in found:
        if "qts" in quals or "qtls" in quals or "qualified teacher" in text.lower():
            found["has_qts"] = not NEGATION.search(text)
        elif (answer := yes_or_no(text, intent)) is not None:
            found["has_qts"] = answer
    elif LACKS_QTS.search(text):
        found["has_qts"] = False
    elif HOLDS_QTS.search(text) and SELF.search(text):
        # "I don't have QTS" / "I have QTS" / "I'm a qualified teacher at an academy, when must I ..."
        found["has_qts"] = not NEGATION.search(text)
    if requested_slot == "nasenco_status":
        answer = yes_or_no(text, intent)
        if "nasenco" not in quals and answer is False:
            found["nasenco_status"] = "none"
        elif status := _nasenco_status(text) or ("started" if answer else None):
            found["nasenco_status"] = status
    elif "nasenco" in quals and (SELF.search(text) or FIRST_PERSON.search(text)):
        if status := _nasenco_status(text):
            found["nasenco_status"] = status


def _nasenco_status(text: str) -> str | None:
    """"I haven't finished it" -> started; "I've got it" -> completed; "I'm doing it" -> started."""
    if NOT_FINISHED.search(text):
        return "started"
    if NASENCO_DONE.search(text) and not NEGATION.search(text):
        return "completed"
    if NASENCO_STARTED.search(text):
        return "none" if NEGATION.search(text) else "started"
    return None


def _read_dates(text: str, quals: list[str], intent: str | None, requested_slot: str | None, today: dt.date,
                found: dict[str, Any]) -> None:
    when = find_date(text, today)
    about_nasenco = "nasenco" in quals or requested_slot == "nasenco_status"
    if when is not None and about_nasenco and not APPOINTED_CUE.search(text):
        key = "nasenco_completed" if found.get("nasenco_status") == "completed" else "nasenco_started"
        found[key] = date_slot(when)
        found.setdefault("nasenco_status", "completed" if key == "nasenco_completed" else "started")
        return
    if when is not None and (APPOINTED_CUE.search(text) or requested_slot == "appointment_date" or intent == "ask_deadline"):
        found["appointment_date"] = date_slot(when)
    elif requested_slot == "appointment_date" and (NOT_APPOINTED.search(text) or yes_or_no(text, intent) is False):
        found["appointment_date"] = "not_yet"
