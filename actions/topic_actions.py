"""Rasa actions that read details and answer questions. Thin: message and slots -> rules module -> messages."""
from __future__ import annotations

import re
from typing import Any, Iterator

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ENGLAND_ONLY, answer, is_answerable, message_entities
from actions.clock import today
from actions.message_reading import OTHER_UK_NATIONS, course_in_context, read_message
from actions.question_reading import (ENGLAND_ONLY_FAQS, NOT_GUESSED, best_guess, follow_up_key, keyword_topic,
                                      names_money, other_question, topic_key, without_apologies)
from actions.replies import (answering_a_claim, confirming_the_deadline, date_question, details_line, feedback_buttons,
                             for_whose_post, noted_line, render, without_bare_yes_no)
from actions.situation_slots import situation_from_tracker
from nlp.off_topic import not_our_question
from senco_rules import qualification_deadline

# Ask "was this helpful?" after every this many factual answers, never more often.
FEEDBACK_EVERY = 3
# Answers that depend on the user's details: they show which details they used, so a wrong one can be corrected.
PERSONAL = {"ask_deadline", "ask_which_qualification", "ask_funding", "ask_can_be_senco", "ask_qts_routes",
            "npq_course_dates", "qts_from_nation"}


def latest_intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def _say(dispatcher: CollectingDispatcher, messages: list[str]) -> None:
    for text in messages:
        dispatcher.utter_message(text=text)


def said_now(tracker: Tracker) -> dict[str, Any]:
    """The details this message gives (the same reader that filled the slots, on this message alone)."""
    message = tracker.latest_message
    return read_message(message.get("text") or "", message.get("entities") or [], latest_intent(tracker),
                        tracker.get_slot("requested_slot"), today(),
                        course_in_context(tracker.get_slot("last_topic"), tracker.get_slot("nasenco_status")),
                        date_asked_about(tracker), tracker.get_slot("appointment_date"))


def date_asked_about(tracker: Tracker) -> str | None:
    """The date problem we last asked back about, so that the corrected date is read as its answer. Reading this
    message may already have settled it (the slot is then None, set this turn): the actions see only this turn's
    events, so the problem itself is gone, but that we asked is enough."""
    asked = tracker.get_slot("date_to_check")
    if asked is None and set_this_turn(tracker, "date_to_check"):
        return "a date we asked about"
    return asked


def this_turn(tracker: Tracker) -> Iterator[dict]:
    """The events since the user's last message, newest first."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return
        yield event


def set_this_turn(tracker: Tracker, slot: str) -> bool:
    """Whether `slot` was set since the user's last message."""
    return any(event.get("event") == "slot" and event.get("name") == slot for event in this_turn(tracker))


# Answers written for one kind of person: chosen only when the message shows it is from that person.
FOR_PARENTS = {"faq/parent_help"}
PARENT_CUE = re.compile(r"\b(my|our) (little |eldest |youngest |oldest )?(child|son|daughter|kid|boy|girl|children|kids)|"
                        r"\bparents?\b(?!'? ?evening)|\b(mum|dad|carer)\b", re.I)


def faq_key(tracker: Tracker) -> str | None:
    """The general-knowledge answer the ResponseSelector chose, e.g. "faq/npq_length". A parents' answer goes only
    to a message that speaks as a parent; otherwise the selector's next choice."""
    selector = (tracker.latest_message.get("response_selector") or {}).get("faq") or {}
    chosen = (selector.get("response") or {}).get("intent_response_key")
    text = tracker.latest_message.get("text") or ""
    if chosen in FOR_PARENTS and not PARENT_CUE.search(text):
        ranked = [r.get("intent_response_key") for r in selector.get("ranking") or []]
        chosen = next((key for key in ranked if key and key not in FOR_PARENTS), None)
    return chosen


def ranked_topics(tracker: Tracker) -> list[tuple[str, float]]:
    """The classifier's ranking (name, confidence), best first."""
    return [(i.get("name"), float(i.get("confidence") or 0.0))
            for i in tracker.latest_message.get("intent_ranking") or []]


def has_answer(key: str | None) -> bool:
    """A rules-module answer, or a static FAQ answer."""
    return is_answerable(key) or (key or "").startswith("faq/")


AGREEMENT_MIN_CONFIDENCE = 0.15


def agreed_topic(text: str, ranking: list[tuple[str, float]], faq: str | None, details: dict[str, Any],
                 entities: dict[str, str], known: dict[str, Any]) -> str | None:
    """For a message the classifier could not place: the answer its two likeliest topics both lead to, once the
    words are read ("I'm starting the NPQ this November. When will I finish?" is the course's dates under either)."""
    candidates = [name for name, confidence in ranking
                  if name not in NOT_GUESSED and confidence >= AGREEMENT_MIN_CONFIDENCE][:2]
    if len(candidates) < 2:
        return None
    keys = {topic_key(text, name, faq, details, entities, known) for name in candidates}
    key = keys.pop() if len(keys) == 1 else None
    return key if has_answer(key) else None


def question_key(tracker: Tracker, details: dict[str, Any] | None = None) -> str | None:
    """What this message asks: a follow-up of the last topic, or a question of its own."""
    text = without_apologies(tracker.latest_message.get("text") or "")
    if not_our_question(text, tracker.latest_message.get("entities")):
        return None  # "what's the maternity pay entitlement for teachers?": staff questions we do not answer
    details = said_now(tracker) if details is None else details
    entities = message_entities(tracker.latest_message.get("entities"))
    intent, faq = latest_intent(tracker), faq_key(tracker)
    if intent == "ask_funding" and not names_money(text):
        # "a newly opened free school: are we under the same statutory requirements?": "free school" is no price,
        # so without a money word the classifier's next topic is the question
        intent = next((name for name, _ in ranked_topics(tracker) if name not in NOT_GUESSED | {"ask_funding"}),
                      intent)
    known = {slot: tracker.get_slot(slot) for slot in ("role", "has_qts", "appointment_date", "has_degree",
                                                       "setting_type")}
    key = (follow_up_key(text, intent, details, tracker.get_slot("last_topic"), tracker.get_slot("role"))
           or topic_key(text, intent, faq, details, entities, known))
    if not has_answer(key) and (agreed := agreed_topic(text, ranked_topics(tracker), faq, details, entities, known)):
        key = agreed  # unsure between two topics whose readings give the same answer: that answer
    elif not has_answer(key) and (guess := best_guess(text, ranked_topics(tracker), entities)):
        # A question the classifier was unsure of: its best real guess, when that guess is a fair one.
        key = topic_key(text, guess, faq, details, entities, known)
    if not has_answer(key) and details.get("date_to_check"):
        # "She was appointed on 30/02/2025": a date to ask back about, for the last question (or the deadline)
        last = tracker.get_slot("last_topic")
        key = last if has_answer(last) else "ask_deadline"
    return key


def remembered_topic(key: str, tracker: Tracker) -> str:
    """The topic a follow-up should continue. A question routed to another nation's answer keeps its own topic
    ("is the NPQ funded in Wales?" is still about funding), so "I've moved to Bristol" re-answers funding."""
    if key == "ask_other_nations":
        original = next((name for name, _ in ranked_topics(tracker) if name != "nlu_fallback"), None)
        if original in ENGLAND_ONLY:
            return original  # type: ignore[return-value]
    return key


def answer_turn(dispatcher: CollectingDispatcher, tracker: Tracker, key: str | None,
                details: dict[str, Any] | None = None) -> list | None:
    """Say the answer for `key` and remember it as the last topic; None when there is nothing to answer.
    `details` are what this message said (read again when not given)."""
    if key is None or not has_answer(key):
        return None
    details = said_now(tracker) if details is None else details
    if problem := details.get("date_to_check"):
        dispatcher.utter_message(text=date_question(problem, today()))
        return [SlotSet("last_topic", key)]  # the corrected date then re-answers this question
    nation = details.get("nation") or tracker.get_slot("nation")
    shown = "ask_other_nations" if key in ENGLAND_ONLY_FAQS and nation in OTHER_UK_NATIONS else key
    # a parent in Glasgow: no SEN information report there, so what Scotland has instead; the topic stays the
    # parent's, so "and if we move to Leeds?" re-answers it for England
    if shown.startswith("faq/"):
        dispatcher.utter_message(response=f"utter_{shown}")
        return [SlotSet("last_topic", key)]
    situation = situation_from_tracker(tracker)
    decision = answer(shown, situation, today())
    assert decision is not None
    messages = render(decision)
    text = tracker.latest_message.get("text") or ""
    messages[0] = without_bare_yes_no(answering_a_claim(messages[0], text), text)
    if key in ("ask_deadline", "deadline_absence"):
        messages = for_whose_post(messages, text)  # the SENCO's deadline, not the governor's
        messages[0] = confirming_the_deadline(messages[0], text)
    if shown in PERSONAL and (used := details_line(situation)):
        messages.append(used)
    events: list = [SlotSet("last_topic", key if key != shown else remembered_topic(key, tracker))]
    count = int(tracker.get_slot("answers_since_feedback") or 0) + 1
    for text in messages[:-1]:
        dispatcher.utter_message(text=text)
    if count >= FEEDBACK_EVERY:
        dispatcher.utter_message(text=messages[-1], buttons=feedback_buttons())
        count = 0
    else:
        dispatcher.utter_message(text=messages[-1])
    events.append(SlotSet("answers_since_feedback", float(count)))
    return events


def answer_this_message(dispatcher: CollectingDispatcher, tracker: Tracker,
                        details: dict[str, Any] | None = None) -> list | None:
    """Answer whatever this message asks (reading it once); None when it asks nothing we can answer. A second
    question in the same message, whose topic plain words settle, is answered after the first."""
    details = said_now(tracker) if details is None else details
    key = question_key(tracker, details)
    other = other_question(tracker.latest_message.get("text") or "", key, details) \
        if has_answer(key) and not details.get("date_to_check") else None
    if other is None or not has_answer(other[0]):
        return answer_turn(dispatcher, tracker, key, details)
    second, asked_first = other
    # In the order asked: the last topic is the question asked last, which a follow-up most likely continues.
    first_events = answer_turn(dispatcher, tracker, second if asked_first else key, details) or []
    return first_events + (answer_turn(dispatcher, tracker, key if asked_first else second, details) or [])


def continued_or(dispatcher: CollectingDispatcher, tracker: Tracker, details: dict[str, Any], intent: str,
                 response: str, keywords: bool = False) -> list:
    """For an intent whose own reply is a fixed response: the last answer again if this message only continues it
    (or, with `keywords`, a topic a few plain words settle, unless the message is not ours at all), else `response`."""
    text = tracker.latest_message.get("text") or ""
    key = follow_up_key(text, intent, details, tracker.get_slot("last_topic"), tracker.get_slot("role"))
    if key is None and keywords and not not_our_question(text, tracker.latest_message.get("entities")):
        key = keyword_topic(text)  # ("the pay scale for a school nurse" names our "pay scale": not ours)
    if (events := answer_turn(dispatcher, tracker, key, details)) is not None:
        return events
    dispatcher.utter_message(response=response)
    return []


class ActionReadDetails(Action):
    """Runs after every user message (custom slot mapping): keeps what the user tells us about themselves."""

    def name(self) -> str:
        return "action_read_details"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        return [SlotSet(slot, value) for slot, value in said_now(tracker).items()]


class ActionAnswerQuestion(Action):
    """Answers a question (a topic, one of its sub-questions, a general one, or a follow-up of the last topic).
    A message that asks nothing we can answer gets the list of what we can help with."""

    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        details = said_now(tracker)  # read once for the whole turn
        if latest_intent(tracker) == "out_of_scope":
            # Heard as off-topic: answered only when plain words settle that it is ours after all (a follow-up of
            # the last answer, or a keyword topic), never on the classifier's next guess.
            return continued_or(dispatcher, tracker, details, "out_of_scope", "utter_out_of_scope", keywords=True)
        if latest_intent(tracker) == "ask_capabilities":
            # "what can you do?", unless it only adds a detail to the last answer ("what about for a TA?" after
            # funding): that answer again, for the detail
            return continued_or(dispatcher, tracker, details, "ask_capabilities", "utter_capabilities")
        events = answer_this_message(dispatcher, tracker, details)
        if events is not None:
            return events
        if not_our_question(tracker.latest_message.get("text") or "", tracker.latest_message.get("entities")):
            dispatcher.utter_message(response="utter_out_of_scope")  # "maternity pay for teachers?": not ours
            return []
        if details and (noted := noted_line(situation_from_tracker(tracker))):
            # Details with no question yet ("I'm a qualified teacher in a maintained school"): keep them, ask what next.
            dispatcher.utter_message(text=noted)
            dispatcher.utter_message(response="utter_what_next")
            return []
        dispatcher.utter_message(response="utter_capabilities")
        return []


class ActionAnswerDeadline(Action):
    """Ends the deadline form: the deadline for the appointment date the user gave."""

    def name(self) -> str:
        return "action_answer_deadline"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        # The form ended at once when the message asked something else (see ValidateDeadlineForm); a message that
        # gave the appointment date ("I became SENCO in April 2025") answers the deadline, whatever it reads like.
        details = said_now(tracker)
        key = question_key(tracker, details)
        if set_this_turn(tracker, "appointment_date") and key not in ("ask_can_be_senco", "once_qualified",
                                                                       "deadline_absence", "npq_after_stepping_down"):
            # the date answers the deadline, unless the person cannot hold the post yet, asks whether leave
            # moves it, or asks whether stepping down first spares them the NPQ (those answers give the date too)
            key = None
        if key not in (None, "ask_deadline") and (events := answer_turn(dispatcher, tracker, key, details)) is not None:
            return events
        # "What is our responsibility as governors, and what's the deadline?": both, in the order asked
        other = other_question(tracker.latest_message.get("text") or "", "ask_deadline", details)
        second, asked_first = other if other and has_answer(other[0]) else (None, False)
        before = (answer_turn(dispatcher, tracker, second, details) or []) if asked_first else []
        situation = situation_from_tracker(tracker)
        text = tracker.latest_message.get("text") or ""
        messages = for_whose_post(render(qualification_deadline(situation, today())), text)
        messages[0] = confirming_the_deadline(messages[0], text)  # "... so my deadline's September 2027, right?"
        if used := details_line(situation):
            messages.append(used)
        _say(dispatcher, messages)
        after = (answer_turn(dispatcher, tracker, second, details) or []) if second and not asked_first else []
        return before + [SlotSet("last_topic", "ask_deadline")] + after
