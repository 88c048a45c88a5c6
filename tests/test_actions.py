"""Custom actions: what they pass to the rules module and what they say back (CollectingDispatcher, trackers)."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ANSWERERS
from actions.conversation_actions import ActionStartOver
from actions.eligibility_check import (
    ActionChangeAnswer, ActionEligibilitySummary, ValidateDeadlineForm, ValidateEligibilityForm, needed_slots,
)
from actions.eligibility_questions import QUESTIONS, AskDeadlineFormAppointmentDate, AskQuestion
from actions.fallback import ActionSuggestTopics
from actions.situation_slots import SITUATION_SLOTS, situation_from_slots
from actions.topic_actions import ActionAnswerDeadline, ActionAnswerQuestion, ActionReadDetails

DOMAIN = yaml.safe_load((Path(__file__).resolve().parent.parent / "domain.yml").read_text(encoding="utf-8"))
# The domain's action names (an entry may be a mapping, e.g. `validate_eligibility_form: {send_domain: true}`).
DOMAIN_ACTIONS = {name for entry in DOMAIN["actions"] for name in ([entry] if isinstance(entry, str) else entry)}


def make_tracker(text="", intent=None, entities=(), slots=None, requested_slot=None, set_this_turn=None,
                 ranking=None, active_loop=None) -> Tracker:
    """A tracker whose latest user message is `text`; `set_this_turn` are slots filled since that message."""
    all_slots = {name: None for name in SITUATION_SLOTS}
    all_slots.update(slots or {})
    all_slots.update(set_this_turn or {})
    all_slots["requested_slot"] = requested_slot
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9} if intent else {},
              "entities": list(entities), "intent_ranking": ranking or []}
    events = [{"event": "user", "text": text, "parse_data": latest}]
    events += [{"event": "slot", "name": k, "value": v} for k, v in (set_this_turn or {}).items()]
    return Tracker("test-user", all_slots, latest, events, False, None,
                   {"name": active_loop} if active_loop else {}, "action_listen")


def run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    return dispatcher.messages, events


def texts(messages):
    return "\n".join(m.get("text") or "" for m in messages)


# Reading details ---------------------------------------------------------------------------------------------

def test_read_details_turns_entities_and_dates_into_slots():
    tracker = make_tracker("I'm a TA in Cardiff, appointed SENCO in March 2025", "ask_deadline",
                           [{"entity": "role", "value": "TA"}, {"entity": "nation", "value": "Cardiff"}])
    _, events = run(ActionReadDetails(), tracker)
    assert set(map(tuple, [(e["name"], e["value"]) for e in events])) == {
        ("role", "teaching_assistant"), ("nation", "wales"), ("appointment_date", "2025-03")}


def test_read_details_uses_the_requested_slot_for_bare_answers():
    _, events = run(ActionReadDetails(), make_tracker("no", "deny", requested_slot="has_qts"))
    assert events == [SlotSet("has_qts", False)]


# Answering topic questions -----------------------------------------------------------------------------------

@pytest.mark.parametrize("intent", sorted(ANSWERERS))
def test_every_topic_answer_names_its_source_and_start_date(intent):
    messages, events = run(ActionAnswerQuestion(), make_tracker("question", intent))
    said = texts(messages)
    assert "Source:" in said and "rule from" in said
    assert SlotSet("last_topic", intent) in events  # remembered, so a follow-up can continue it


def test_deadline_answer_uses_the_appointment_slot():
    messages, _ = run(ActionAnswerQuestion(), make_tracker("deadline?", "ask_deadline",
                                                           slots={"appointment_date": "2024-10"}))
    assert "October 2027" in texts(messages)


def test_funding_answer_for_a_private_school_gives_fees():
    messages, _ = run(ActionAnswerQuestion(), make_tracker("cost?", "ask_funding",
                                                           slots={"setting_type": "independent_school"}))
    assert "£1,265" in texts(messages) and texts(messages).startswith("Not funded:")


def test_funding_question_about_the_nasenco_gets_the_nasenco_answer():
    tracker = make_tracker("is the nasenco funded", "ask_funding", [{"entity": "qualification", "value": "NASENCo"}])
    assert "school budgets" in texts(run(ActionAnswerQuestion(), tracker)[0])


def test_england_only_topics_answer_for_the_users_nation():
    messages, _ = run(ActionAnswerQuestion(), make_tracker("can I?", "ask_can_be_senco", slots={"nation": "wales"}))
    assert "ALNCo" in texts(messages)


def test_qts_route_entity_gives_that_routes_cost():
    tracker = make_tracker("how much is assessment only", "ask_qts_routes",
                           [{"entity": "qts_route", "value": "assessment only"}])
    assert "£1,500 to £4,000" in texts(run(ActionAnswerQuestion(), tracker)[0])


def test_nations_question_without_a_nation_gives_the_uk_overview():
    assert "England only" in texts(run(ActionAnswerQuestion(), make_tracker("uk?", "ask_other_nations"))[0])


def test_unknown_intent_falls_back_to_capabilities():
    messages, _ = run(ActionAnswerQuestion(), make_tracker("hi", "greet"))
    assert messages[0]["response"] == "utter_capabilities"


def test_answer_deadline_action():
    messages, _ = run(ActionAnswerDeadline(), make_tracker("April 2025", "inform", slots={"appointment_date": "2025-04"}))
    assert "April 2028" in texts(messages)


# The eligibility check ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "slots, expected_next",
    [
        ({}, "nation"),
        ({"nation": "wales"}, None),
        ({"nation": "england"}, "setting_type"),
        ({"nation": "england", "setting_type": "independent_school"}, None),
        ({"nation": "england", "setting_type": "academy"}, "role"),
        ({"nation": "england", "setting_type": "academy", "role": "teaching_assistant"}, "has_qts"),
        ({"nation": "england", "setting_type": "academy", "role": "teaching_assistant", "has_qts": False}, None),
        ({"nation": "england", "setting_type": "academy", "role": "headteacher"}, "appointment_date"),
        ({"nation": "england", "setting_type": "academy", "role": "teacher", "has_qts": True}, "induction_complete"),
        ({"nation": "england", "setting_type": "academy", "role": "teacher", "has_qts": True,
          "induction_complete": True}, "appointment_date"),
        ({"nation": "england", "setting_type": "academy", "role": "teacher", "has_qts": True,
          "induction_complete": True, "appointment_date": "not_yet"}, None),
        ({"nation": "england", "setting_type": "academy", "role": "teacher", "has_qts": True,
          "induction_complete": True, "appointment_date": "2025-03"}, "nasenco_status"),
        ({"nation": "england", "setting_type": "academy", "role": "teacher", "has_qts": True,
          "induction_complete": True, "appointment_date": "2008-01"}, None),
        ({"nation": "england", "setting_type": "academy", "role": "early_career_teacher"}, None),
    ],
)
def test_check_asks_only_what_it_needs(slots, expected_next):
    full = {name: slots.get(name) for name in SITUATION_SLOTS}
    needed = needed_slots(situation_from_slots(full))
    missing = [s for s in needed if full.get(s) is None]
    assert (missing[0] if missing else None) == expected_next


def test_form_re_asks_kindly_when_an_answer_cannot_be_used():
    tracker = make_tracker("banana", "nlu_fallback", slots={"nation": "england", "setting_type": "academy"},
                           requested_slot="role", active_loop="eligibility_form")
    messages, events = run(ValidateEligibilityForm(), tracker)
    assert "didn't recognise that role" in texts(messages)
    assert SlotSet("role", None) in events


def test_form_leaves_side_questions_to_the_rules():
    tracker = make_tracker("what is QTS?", "faq", slots={"nation": "england"}, requested_slot="setting_type",
                           active_loop="eligibility_form")
    messages, events = run(ValidateEligibilityForm(), tracker)
    assert messages == [] and not any(e.get("name") == "setting_type" for e in events)


def test_side_question_that_also_answers_keeps_the_answer_and_lets_the_rules_reply():
    tracker = make_tracker("is the npq senco funded for academies?", "ask_funding", slots={"nation": "england"},
                           set_this_turn={"setting_type": "academy"}, requested_slot="setting_type",
                           active_loop="eligibility_form")
    _, events = run(ValidateEligibilityForm(), tracker)
    assert SlotSet("setting_type", "academy") in events
    assert events[-1]["event"] == "action_execution_rejected" and events[-1]["name"] == "eligibility_form"


def test_deadline_question_with_a_date_answers_the_deadline_form():
    tracker = make_tracker("when is my deadline if I started in March 2025?", "ask_deadline",
                           set_this_turn={"appointment_date": "2025-03"}, requested_slot="appointment_date",
                           active_loop="deadline_form")
    _, events = run(ValidateDeadlineForm(), tracker)
    assert not any(e["event"] == "action_execution_rejected" for e in events)


def test_form_moves_on_when_an_answer_is_given():
    tracker = make_tracker("England", "inform", set_this_turn={"nation": "england"}, requested_slot="nation",
                           active_loop="eligibility_form")
    messages, events = run(ValidateEligibilityForm(), tracker)
    assert messages == [] and SlotSet("requested_slot", "setting_type") in events


def test_deadline_form_re_asks_for_an_unreadable_date():
    tracker = make_tracker("sometime", "inform", requested_slot="appointment_date", active_loop="deadline_form")
    messages, events = run(ValidateDeadlineForm(), tracker)
    assert "couldn't read a date" in texts(messages) and SlotSet("appointment_date", None) in events


def test_deadline_form_asks_back_an_impossible_date_whatever_the_intent():
    # "I became SENCO on 31 February 2025" reads as a deadline question; the form must ask, not reject (a
    # rejection with no rule after it repeated the fallback ten times and left the next message unanswered).
    tracker = make_tracker("I became SENCO on 31 February 2025", "ask_deadline", requested_slot="appointment_date",
                           set_this_turn={"date_to_check": "31 February 2025 is not a real date"},
                           active_loop="deadline_form")
    messages, events = run(ValidateDeadlineForm(), tracker)
    assert "31 February 2025 is not a real date" in texts(messages)
    assert SlotSet("appointment_date", None) in events
    assert not any(e["event"] == "action_execution_rejected" for e in events)


def test_deadline_form_asks_again_when_the_deadline_question_comes_again_without_a_date():
    tracker = make_tracker("my deadline?", "ask_deadline", requested_slot="appointment_date",
                           active_loop="deadline_form")
    messages, events = run(ValidateDeadlineForm(), tracker)
    assert messages == []  # the form's own question follows
    assert SlotSet("appointment_date", None) in events


def test_eligibility_form_still_leaves_a_deadline_question_to_the_rules():
    tracker = make_tracker("when is my deadline?", "ask_deadline", slots={"nation": "england"},
                           requested_slot="setting_type", active_loop="eligibility_form")
    messages, events = run(ValidateEligibilityForm(), tracker)
    assert messages == [] and not any(e.get("name") == "setting_type" for e in events)


def test_fallback_after_a_form_turned_the_message_down_ends_the_turn():
    tracker = make_tracker("hmm", "ask_deadline", active_loop="deadline_form")
    tracker.events.append({"event": "action_execution_rejected", "name": "deadline_form"})
    _, events = run(ActionSuggestTopics(), tracker)
    assert events[-1] == FollowupAction("action_listen")


def test_plain_fallback_leaves_the_next_step_to_the_rules():
    _, events = run(ActionSuggestTopics(), make_tracker("hmm", "nlu_fallback"))
    assert FollowupAction("action_listen") not in events


def test_summary_for_a_teaching_assistant_leads_with_qts():
    slots = {"nation": "england", "setting_type": "maintained_school", "role": "teaching_assistant", "has_qts": False}
    messages, _ = run(ActionEligibilitySummary(), make_tracker("no", "deny", slots=slots))
    said = texts(messages)
    assert "summary" in said and "qualified teacher status (QTS)" in said and "Source:" in said


def test_summary_for_an_appointed_teacher_gives_deadline_and_funding():
    slots = {"nation": "england", "setting_type": "academy", "role": "teacher", "has_qts": True,
             "induction_complete": True, "appointment_date": "2026-01", "nasenco_status": "none"}
    said = texts(run(ActionEligibilitySummary(), make_tracker("no", "deny", slots=slots))[0])
    assert "January 2029" in said and "scholarship funding" in said


def test_change_answer_forgets_the_named_answer():
    _, events = run(ActionChangeAnswer(), make_tracker("change my school type", "change_answer",
                                                       slots={"setting_type": "academy"}))
    assert events == [SlotSet("setting_type", None)]


def test_change_answer_keeps_a_new_value_given_in_the_same_message():
    tracker = make_tracker("change my school to an academy", "change_answer", set_this_turn={"setting_type": "academy"})
    assert run(ActionChangeAnswer(), tracker)[1] == []


def test_change_answer_without_a_target_asks_for_the_new_answer():
    messages, events = run(ActionChangeAnswer(), make_tracker("I made a mistake", "change_answer"))
    assert events == [] and "new answer" in texts(messages)


# Questions, fallback, start over -----------------------------------------------------------------------------

@pytest.mark.parametrize("action", [cls() for cls in AskQuestion.__subclasses__()], ids=lambda a: a.name())
def test_each_question_asks_with_buttons(action):
    assert action.name().removeprefix("action_ask_") in QUESTIONS
    messages, _ = run(action, make_tracker())
    assert messages[0]["text"] and messages[0]["buttons"]


def test_question_follows_the_checks_order_not_the_domains():
    # A head needs no QTS question: after a side question Rasa would ask has_qts (domain order); we do not.
    slots = {"nation": "england", "setting_type": "academy", "role": "headteacher"}
    messages, events = run(AskQuestionFor("has_qts"), make_tracker(slots=slots, requested_slot="has_qts"))
    assert "When did you become SENCO" in texts(messages) and events == [SlotSet("requested_slot", "appointment_date")]


def test_question_ends_the_check_when_nothing_is_left_to_ask():
    slots = {"nation": "england", "setting_type": "academy", "role": "teaching_assistant", "has_qts": False}
    messages, events = run(AskQuestionFor("induction_complete"), make_tracker(slots=slots))
    assert messages == [] and events[-1] == FollowupAction("action_eligibility_summary")


def AskQuestionFor(slot):
    return next(cls() for cls in AskQuestion.__subclasses__() if cls.slot == slot)


def test_every_required_slot_has_a_question_action():
    required = DOMAIN["forms"]["eligibility_form"]["required_slots"]
    assert {f"action_ask_{slot}" for slot in required} <= DOMAIN_ACTIONS


def test_deadline_question_first_states_the_rule():
    messages, _ = run(AskDeadlineFormAppointmentDate(), make_tracker("deadline?", "ask_deadline"))
    assert "3 years" in texts(messages) and "Source:" in texts(messages)
    messages, _ = run(AskDeadlineFormAppointmentDate(), make_tracker("??", "inform", requested_slot="appointment_date"))
    assert len(messages) == 1 and "when did you become senco" in texts(messages).lower()


def test_fallback_suggests_the_likeliest_topics():
    ranking = [{"name": "ask_funding", "confidence": 0.2}, {"name": "greet", "confidence": 0.18},
               {"name": "ask_deadline", "confidence": 0.15}]
    messages, _ = run(ActionSuggestTopics(), make_tracker("npq money??", "nlu_fallback", ranking=ranking))
    payloads = [b["payload"] for b in messages[0]["buttons"]]
    assert payloads[:2] == ["/ask_funding", "/ask_deadline"] and len(payloads) == 4


@pytest.mark.parametrize("text", ["", "   ", "👍👍"])
def test_fallback_for_no_words(text):
    messages, _ = run(ActionSuggestTopics(), make_tracker(text, "nlu_fallback"))
    assert "didn't catch any words" in messages[0]["text"] and messages[0]["buttons"]


def test_start_over_says_so_and_restarts():
    messages, events = run(ActionStartOver(), make_tracker("restart", "start_over"))
    assert "start again" in texts(messages) and events == [Restarted()]


def test_action_server_registers_exactly_the_domains_custom_actions():
    from rasa_sdk.executor import ActionExecutor
    executor = ActionExecutor()
    executor.register_package("actions")
    assert set(executor.actions) == DOMAIN_ACTIONS


# Follow-ups, sub-questions and odd dates ---------------------------------------------------------------------

def test_a_detail_only_message_re_answers_the_last_topic():
    tracker = make_tracker("what about an independent school?", "inform",
                           [{"entity": "setting_type", "value": "independent school"}],
                           slots={"last_topic": "ask_funding", "setting_type": "independent_school"})
    messages, events = run(ActionAnswerQuestion(), tracker)
    assert texts(messages).startswith("Not funded:") and "£1,265" in texts(messages)
    assert SlotSet("last_topic", "ask_funding") in events


def test_a_detail_for_another_nation_re_answers_for_that_nation():
    tracker = make_tracker("actually I'm in Wales", "inform", [{"entity": "nation", "value": "Wales"}],
                           slots={"last_topic": "ask_deadline", "nation": "wales"})
    assert "ALNCo" in texts(run(ActionAnswerQuestion(), tracker)[0])


def test_a_date_added_to_a_which_qualification_answer_gives_the_deadline():
    tracker = make_tracker("appointed 1 September 2026", "inform",
                           slots={"last_topic": "ask_which_qualification", "appointment_date": "2026-09-01"})
    assert "1 September 2029" in texts(run(ActionAnswerQuestion(), tracker)[0])


def test_how_long_after_the_assessment_answer_is_about_the_assessment_window():
    tracker = make_tracker("how long?", "faq", slots={"last_topic": "faq/npq_assessment"})
    said = texts(run(ActionAnswerQuestion(), tracker)[0])
    assert "8-day window" in said and "Source:" in said


def test_a_detail_without_a_last_topic_is_noted_and_asks_what_next():
    tracker = make_tracker("an academy", "inform", [{"entity": "setting_type", "value": "academy"}],
                           slots={"setting_type": "academy"})
    messages, _ = run(ActionAnswerQuestion(), tracker)
    assert messages[0]["text"] == "Thanks, I've noted: a mainstream academy or free school."
    assert messages[1]["response"] == "utter_what_next"


def test_a_message_with_nothing_to_answer_offers_what_we_can_help_with():
    assert run(ActionAnswerQuestion(), make_tracker("yes", "affirm"))[0][0]["response"] == "utter_capabilities"


def test_an_unclear_message_that_adds_a_detail_continues_the_last_topic():
    tracker = make_tracker("and in a free school?", "nlu_fallback", [{"entity": "setting_type", "value": "free school"}],
                           slots={"last_topic": "ask_funding", "setting_type": "academy"})
    assert texts(run(ActionSuggestTopics(), tracker)[0]).startswith("It is funded for teachers and leaders:")


def test_a_general_question_is_answered_with_the_selected_response_and_remembered():
    tracker = make_tracker("how is the npq assessed", "faq")
    tracker.latest_message["response_selector"] = {"faq": {"response": {"intent_response_key": "faq/npq_assessment"}}}
    messages, events = run(ActionAnswerQuestion(), tracker)
    assert messages[0]["response"] == "utter_faq/npq_assessment"
    assert events == [SlotSet("last_topic", "faq/npq_assessment")]


@pytest.mark.parametrize("text, key_fact", [
    ("I withdrew from my funded npq, can I be funded again", "once"),
    ("does my school get money for cover while I do the npq", "2023/24"),
    ("what attendance do I need on the npq", "90%"),
    ("how much is it if I self fund the npq", "£1,333 + VAT"),
    ("is the npq funded for a british school in dubai", "England only"),
])
def test_funding_sub_questions_get_their_own_answer(text, key_fact):
    assert key_fact in texts(run(ActionAnswerQuestion(), make_tracker(text, "ask_funding"))[0])


@pytest.mark.parametrize("text", ["I became SENCO on 31 February 2025, when do I need the NPQ by?",
                                  "I became SENCO in March 2031, what's my deadline",
                                  "appointed senco 1982, when do I have to be qualified"])
def test_a_date_that_cannot_be_right_is_asked_back_not_computed(text):
    messages, events = run(ActionAnswerQuestion(), make_tracker(text, "ask_which_qualification"))
    said = texts(messages)
    assert "What date did you mean?" in said and "must hold" not in said
    # The deadline form asks it back (a re-ask of the same date is the form validation's to say, once).
    messages, _ = run(AskDeadlineFormAppointmentDate(), make_tracker(text, "ask_deadline"))
    assert "What date did you mean?" in texts(messages) and "2028" not in texts(messages)


def test_was_this_helpful_comes_at_most_every_third_factual_answer():
    asked = []
    count = 0.0
    for _ in range(6):
        tracker = make_tracker("who pays", "ask_funding", slots={"answers_since_feedback": count})
        messages, events = run(ActionAnswerQuestion(), tracker)
        asked.append(any(m.get("buttons") for m in messages))
        count = next(e["value"] for e in events if e["name"] == "answers_since_feedback")
    assert asked == [False, False, True, False, False, True]


def test_personal_answers_show_the_details_they_used():
    tracker = make_tracker("when is my deadline", "ask_deadline",
                           slots={"nation": "england", "setting_type": "academy", "appointment_date": "2025-03"})
    said = texts(run(ActionAnswerQuestion(), tracker)[0])
    assert "I used what you told me: in England, a mainstream academy or free school, SENCO from March 2025" in said


def test_an_unsure_question_about_our_domain_gets_the_fair_best_guess():
    ranking = [{"name": "nlu_fallback", "confidence": 0.45}, {"name": "ask_funding", "confidence": 0.4}]
    messages, _ = run(ActionSuggestTopics(), make_tracker("npq money for me??", "nlu_fallback", ranking=ranking))
    assert "Source:" in texts(messages) and "free" in texts(messages)
    off_topic = make_tracker("what's the weather like?", "nlu_fallback", ranking=ranking)
    assert "Did you mean" in texts(run(ActionSuggestTopics(), off_topic)[0])


def test_the_parents_answer_goes_only_to_a_parent():
    selector = {"faq": {"response": {"intent_response_key": "faq/parent_help"},
                        "ranking": [{"intent_response_key": "faq/parent_help", "confidence": 0.5},
                                    {"intent_response_key": "faq/npq_pass_conditions", "confidence": 0.3}]}}
    teacher = make_tracker("what else do I need to do to pass, apart from the case study?", "faq")
    teacher.latest_message["response_selector"] = selector
    assert run(ActionAnswerQuestion(), teacher)[0][0]["response"] == "utter_faq/npq_pass_conditions"
    parent = make_tracker("who do I talk to about my son's needs", "faq")
    parent.latest_message["response_selector"] = selector
    assert run(ActionAnswerQuestion(), parent)[0][0]["response"] == "utter_faq/parent_help"


def test_a_parent_in_another_nation_gets_its_summary_and_keeps_the_parents_topic_for_england():
    selector = {"faq": {"response": {"intent_response_key": "faq/parent_help"},
                        "ranking": [{"intent_response_key": "faq/parent_help", "confidence": 0.6}]}}
    cardiff = make_tracker("how do I reach the person who handles my daughter's additional needs at her school?",
                           "faq", slots={"role": "parent", "nation": "wales"})
    cardiff.latest_message["response_selector"] = selector
    messages, events = run(ActionAnswerQuestion(), cardiff)
    assert "ALNCo" in texts(messages) and "SEN information report" not in texts(messages)
    assert SlotSet("last_topic", "faq/parent_help") in events  # the parent's question, not the nations' overview
    sheffield = {"entity": "nation", "value": "england", "start": 22, "end": 31}
    moving = make_tracker("what if we relocate to Sheffield in the summer?", "inform", entities=[sheffield],
                          slots={"role": "parent", "last_topic": "faq/parent_help"}, set_this_turn={"nation": "england"})
    assert run(ActionAnswerQuestion(), moving)[0][0]["response"] == "utter_faq/parent_help"


def test_a_message_heard_as_off_topic_is_answered_only_when_plain_words_make_it_ours():
    follow_up = make_tracker("what about protected time off timetable?", "out_of_scope", slots={"last_topic": "faq/pay"})
    assert run(ActionAnswerQuestion(), follow_up)[0][0]["response"] == "utter_faq/pay"
    off_topic = make_tracker("tell me a joke about maths", "out_of_scope", slots={"last_topic": "ask_funding"},
                             ranking=[{"name": "out_of_scope", "confidence": 0.6},
                                      {"name": "ask_funding", "confidence": 0.3}])
    messages, events = run(ActionAnswerQuestion(), off_topic)
    assert [m["response"] for m in messages] == ["utter_out_of_scope"] and events == []


# "What can you do?" as the classifier hears it -------------------------------------------------------------------

def test_what_can_you_do_lists_what_we_help_with():
    messages, events = run(ActionAnswerQuestion(), make_tracker("what can you do?", "ask_capabilities",
                                                                slots={"last_topic": "ask_funding"}))
    assert [m.get("response") for m in messages] == ["utter_capabilities"] and events == []


def test_a_detail_heard_as_what_can_you_do_continues_the_last_answer():
    # "what about for a TA?" after funding: the classifier can hear "what can you do?"; the detail decides
    tracker = make_tracker("what about for a TA?", "ask_capabilities", [{"entity": "role", "value": "TA"}],
                           slots={"last_topic": "ask_funding"}, set_this_turn={"role": "teaching_assistant"})
    messages, events = run(ActionAnswerQuestion(), tracker)
    assert "teachers and leaders" in texts(messages) and SlotSet("last_topic", "ask_funding") in events
