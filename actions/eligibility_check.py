"""The eligibility check: a form that asks only what the rules need, re-asks kindly, and ends in a summary."""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.clock import today
from actions.message_reading import looks_like_question
from actions.replies import date_question, render_summary
from actions.situation_slots import situation_from_tracker
from actions.topic_actions import latest_intent, question_key, said_now
from senco_rules import Nation, Role, Situation, personal_summary
from senco_rules.qualification import exempt_by_appointment, nasenco_cutoff
from senco_rules.settings_duty import is_statutory

REASK = {
    "nation": "Sorry, I didn't catch which nation. Please say England, Wales, Scotland or Northern Ireland.",
    "setting_type": "Sorry, I didn't recognise that type of school. For example: maintained school, academy, "
                    "special school, independent school or nursery.",
    "role": "Sorry, I didn't recognise that role. For example: teacher, teaching assistant or headteacher.",
    "has_qts": "Sorry, I need a yes or no: do you hold qualified teacher status (QTS)?",
    "induction_complete": "Sorry, I need a yes or no: have you finished your statutory induction?",
    "appointment_date": "Sorry, I couldn't read a date there. Try a month and year, like \"March 2025\" or "
                        "\"01/09/24\", or say \"not yet\".",
    "nasenco_status": "Sorry, I didn't follow. Say \"finished\", \"started\" or \"no\".",
}
# Messages that try to answer the form's question (mid-form, an "out of scope" statement is usually a vague answer;
# an out-of-scope *question* still goes to its rule). Anything else (a side question, "stop", "change my answer")
# is left to the rules: the form rejects and the matching rule handles it.
ANSWER_INTENTS = {"inform", "affirm", "deny", "nlu_fallback", "out_of_scope", None}
# Questions that may carry an answer too ("is the NPQ funded for academies?" while we ask for the school type):
# keep the answer, and still let the rules answer the question.
SIDE_QUESTION_INTENTS = {"faq", "ask_deadline", "ask_which_qualification", "ask_funding", "ask_can_be_senco",
                         "ask_npq_registration", "ask_npq_cohorts", "ask_qts_routes", "ask_settings_duty",
                         "ask_other_nations"}

# Roles whose QTS we cannot assume either way.
ASK_QTS_FOR = {Role.TEACHER, Role.TEACHING_ASSISTANT, Role.OVERSEAS_TEACHER, Role.FE_TEACHER,
               Role.CAREER_CHANGER, Role.EARLY_YEARS_PRACTITIONER, Role.OTHER}


def needed_slots(situation: Situation) -> list[str]:
    """The questions this person needs, in order; later ones depend on earlier answers."""
    when = today()
    needed = ["nation"]
    if situation.nation is not Nation.ENGLAND:
        return needed
    needed.append("setting_type")
    if situation.setting is None or not is_statutory(situation.setting, when):
        return needed
    needed.append("role")
    role = situation.role
    if role is None or role is Role.PARENT:
        return needed
    if role in ASK_QTS_FOR:
        needed.append("has_qts")
        if situation.has_qts is not True:
            return needed
    if role is Role.EARLY_CAREER_TEACHER or role is Role.UNQUALIFIED_TEACHER:
        return needed
    if role is not Role.HEADTEACHER:
        needed.append("induction_complete")
        if situation.induction_complete is not True:
            return needed
    needed.append("appointment_date")
    if situation.appointed is None or exempt_by_appointment(situation, when) is not None:
        return needed
    if when < nasenco_cutoff(when).value:
        needed.append("nasenco_status")
    return needed


def is_an_attempted_answer(tracker: Tracker) -> bool:
    intent = latest_intent(tracker)
    text = tracker.latest_message.get("text") or ""
    return intent in ANSWER_INTENTS and not looks_like_question(text)


def is_a_side_question(tracker: Tracker, side_intents: set[str]) -> bool:
    intent = latest_intent(tracker)
    return intent in side_intents and looks_like_question(tracker.latest_message.get("text") or "")


class KindFormValidation(FormValidationAction, ABC):
    """Shared by our forms: an answer we cannot use is re-asked kindly; anything else (a side question, "stop")
    is left to the rules, because the form rejects when nothing was filled."""

    side_question_intents: set[str] = SIDE_QUESTION_INTENTS
    # Intents that only restate what this form is already working out ("my deadline?" in the deadline form):
    # the form asks its question again instead of rejecting, since no rule follows a rejection for them.
    restating_intents: set[str] = set()

    @abstractmethod
    def name(self) -> str: ...

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        requested = tracker.get_slot("requested_slot")
        answered = tracker.slots_to_validate()
        events = await super().run(dispatcher, tracker, domain)
        if answered and is_a_side_question(tracker, self.side_question_intents):
            # Keep what it told us, but hand the turn to the rules so the question gets its answer first.
            kept = [e for e in events if e.get("name") != "requested_slot"]
            return [*kept, ActionExecutionRejected(self.form_name())]
        if not requested or requested in answered:
            return events
        # The same impossible date again sets no slot (its value is unchanged), so read this message itself. Whatever
        # the intent ("I became SENCO on 31 February 2025" reads as a deadline question), that date is asked back.
        problem = said_now(tracker).get("date_to_check") if requested == "appointment_date" else None
        if problem and not is_a_side_question(tracker, self.side_question_intents):
            dispatcher.utter_message(text=date_question(problem))
        elif answered:
            return events  # it answered another of the form's questions: the form moves on
        elif is_an_attempted_answer(tracker):
            dispatcher.utter_message(text=REASK.get(requested, "Sorry, I didn't follow that."))
        elif latest_intent(tracker) not in self.restating_intents:
            return events  # a side question, "stop", "change my answer": the form rejects and a rule takes it
        events.append(SlotSet(requested, None))  # a SlotSet keeps the form from rejecting, so it asks again
        return events


class ValidateEligibilityForm(KindFormValidation):
    def name(self) -> str:
        return "validate_eligibility_form"

    async def required_slots(self, domain_slots, dispatcher, tracker: Tracker, domain) -> list[str]:
        return needed_slots(situation_from_tracker(tracker))


class ValidateDeadlineForm(KindFormValidation):
    side_question_intents = SIDE_QUESTION_INTENTS - {"ask_deadline"}  # a deadline question with a date answers it
    restating_intents = {"ask_deadline"}  # "my deadline?" again, without the date: ask for the date again

    def name(self) -> str:
        return "validate_deadline_form"

    async def required_slots(self, domain_slots, dispatcher, tracker: Tracker, domain) -> list[str]:
        # A "deadline" message that really asks something else (when my NPQ ends, a follow-up of the last topic)
        # needs no appointment date: the form ends at once and action_answer_deadline answers that question.
        if tracker.get_slot("requested_slot") is None and question_key(tracker) not in (None, "ask_deadline"):
            return []
        return ["appointment_date"]


class ActionEligibilitySummary(Action):
    def name(self) -> str:
        return "action_eligibility_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        for text in render_summary(personal_summary(situation_from_tracker(tracker), today())):
            dispatcher.utter_message(text=text)
        return []


CHANGE_TARGETS = (
    ("nasenco_status", re.compile(r"nasenco", re.I)),
    ("induction_complete", re.compile(r"induction", re.I)),
    ("has_qts", re.compile(r"\bqts\b|qualified", re.I)),
    ("appointment_date", re.compile(r"date|appoint|when|start", re.I)),
    ("nation", re.compile(r"country|nation|england|wales|scotland|ireland|\buk\b", re.I)),
    ("setting_type", re.compile(r"school|setting|academy|nursery|college|workplace", re.I)),
    ("role", re.compile(r"role|job|position|i'?m a|i am a", re.I)),
)


class ActionChangeAnswer(Action):
    """Forget one earlier answer so the form asks it again, unless this message already gave the new value."""

    def name(self) -> str:
        return "action_change_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        text = tracker.latest_message.get("text") or ""
        just_given = set(tracker.slots_to_validate())
        target = next((slot for slot, pattern in CHANGE_TARGETS if pattern.search(text)), None)
        if target is None or target in just_given:
            if not just_given:
                dispatcher.utter_message(text="Tell me the new answer, for example \"I work in an academy\" or "
                                              "\"I became SENCO in March 2025\".")
            return []
        return [SlotSet(target, None)]
