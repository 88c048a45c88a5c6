"""The wrong answers issue 7 found, each asked as a user would: the message is read by the same reader the
assistant uses (entities from the project's own spaCy pipeline), then answered by the rules module."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy

from actions.message_reading import read_message
from actions.situation_slots import situation_from_slots
from senco_rules import Outcome, Role, Setting, Situation, can_hold_post, npq_funding, qts_routes, which_qualification
from senco_rules import npq

TODAY = dt.date(2026, 11, 23)
PIPELINE = Path(__file__).parent.parent / "build" / "spacy_en_senco"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(PIPELINE)


def slots_for(nlp, text: str, intent: str | None = None, earlier: dict | None = None) -> dict:
    """The slots after `text`, as the assistant fills them (earlier slots kept unless this message changes them)."""
    entities = [{"entity": e.label_, "value": e.text} for e in nlp(text).ents]
    return {**(earlier or {}), **read_message(text, entities, intent, None, TODAY)}


def situation_for(nlp, text: str, intent: str | None = None) -> Situation:
    return situation_from_slots(slots_for(nlp, text, intent))


@pytest.mark.parametrize("text", [
    "I began my NASENCo after 31 August 2024, does it still count?",
    "I started the nasenco in october 2024 - is that still ok?",
    "my NASENCo course started on 5 September 2024",
])
def test_a_nasenco_begun_after_august_2024_does_not_count(nlp, text):
    decision = which_qualification(situation_for(nlp, text, "ask_which_qualification"), TODAY)
    assert decision.outcome is Outcome.NO and decision.value == "npq"
    assert decision.answer.startswith("No") and "1 September 2024" in decision.answer
    assert "still counts" not in decision.answer


@pytest.mark.parametrize("text", [
    "I started my NASENCo in 2023 but it will be finished after 31 August 2027 because I took a break",
    "I began the nasenco in March 2024, I had a break so I won't finish until December 2027",
    "started nasenco in january 2024, will complete it in october 2027",
])
def test_a_nasenco_finished_after_august_2027_does_not_count(nlp, text):
    decision = which_qualification(situation_for(nlp, text, "ask_which_qualification"), TODAY)
    assert decision.outcome is Outcome.NO and decision.value == "npq"
    assert decision.answer.startswith("No") and "1 September 2027" in decision.answer


def test_a_nasenco_in_time_still_counts(nlp):
    text = "I started my NASENCo in March 2024 and I'll finish it in June 2027"
    decision = which_qualification(situation_for(nlp, text, "ask_which_qualification"), TODAY)
    assert decision.outcome is Outcome.YES and decision.value == "nasenco"


@pytest.mark.parametrize("text, start, outcome_by", [
    ("if I start the NPQ in November 2026 when will it end?", "2026-11", "September 2028"),
    ("I'm starting my npq senco in november 2027, when will I be finished", "2027-11", "September 2029"),
])
def test_the_npq_end_is_worked_out_from_the_course_start_not_as_an_appointment(nlp, text, start, outcome_by):
    slots = slots_for(nlp, text, "ask_deadline")
    assert slots.get("npq_start") == start and "appointment_date" not in slots
    decision = npq.npq_course_dates(situation_from_slots(slots), TODAY)
    assert outcome_by in decision.answer and "18 months" in " ".join((decision.answer, *decision.reasons))
    assert "deadline" not in decision.answer.lower()


@pytest.mark.parametrize("text", [
    "is my son's school allowed to have a TA as its SENCO?",
    "who can be the senco at my daughter's primary school",
])
def test_a_parent_is_told_about_their_childs_school_not_about_becoming_senco(nlp, text):
    situation = situation_for(nlp, text, "ask_can_be_senco")
    assert situation.role is Role.PARENT
    decision = can_hold_post(situation, TODAY)
    assert "your child's school" in decision.answer.lower()
    assert "a parent cannot" not in decision.answer.lower()


def test_a_ta_without_a_degree_is_offered_the_undergraduate_routes(nlp):
    situation = situation_for(nlp, "I'm a TA without a degree, how can I become a SENCO?", "ask_can_be_senco")
    assert situation.role is Role.TEACHING_ASSISTANT and situation.has_degree is False
    routes = qts_routes(situation, TODAY)
    assert "teacher_degree_apprenticeship" in routes.value
    assert not {"postgraduate_fee_funded", "postgraduate_apprenticeship", "assessment_only"} & set(routes.value)
    post = can_hold_post(situation, TODAY)
    assert "Teacher Degree Apprenticeship" in " ".join(post.next_steps)


@pytest.mark.parametrize("situation, starts", [
    (Situation(role=Role.TEACHER, has_qts=True, induction_complete=True), dt.date(2014, 9, 1)),
    (Situation(role=Role.HEADTEACHER), dt.date(2014, 9, 1)),
    (Situation(role=Role.TEACHING_ASSISTANT), dt.date(2014, 9, 1)),
    (Situation(), dt.date(2014, 9, 1)),
])
def test_who_may_be_senco_names_the_start_of_the_rule_applied(situation, starts):
    decision = can_hold_post(situation, TODAY)
    assert decision.applies_from == starts and decision.applies_from != dt.date(2021, 9, 1)


def test_the_induction_rule_says_when_induction_became_two_years():
    decision = can_hold_post(Situation(role=Role.EARLY_CAREER_TEACHER), TODAY)
    assert decision.applies_from == dt.date(2014, 9, 1)
    assert "2021" in " ".join((decision.answer, *decision.reasons))


@pytest.mark.parametrize("role", [Role.TEACHING_ASSISTANT, Role.CAREER_CHANGER, Role.PARENT])
def test_npq_funding_is_not_promised_to_people_who_are_not_teachers_or_leaders(role):
    decision = npq_funding(Situation(role=role, setting=Setting.ACADEMY, has_qts=False), TODAY)
    assert decision.outcome is not Outcome.YES and not decision.answer.startswith("Yes")
    assert "teachers and leaders" in decision.answer


def test_npq_funding_for_a_teacher_in_an_academy_is_still_yes():
    decision = npq_funding(Situation(role=Role.TEACHER, setting=Setting.ACADEMY), TODAY)
    assert decision.outcome is Outcome.YES
