"""Which rules-module function answers which question. Keys are topic intents (ask_funding, ...), sub-questions
(funding_again, npq_course_dates, ...; see actions/question_reading.py) and "route:<key>" for one QTS route.
The actions only translate: slots in, messages out."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Callable

from nlp.domain_terms import canonical
from senco_rules import (
    Decision, Nation, Role, Situation, can_hold_post, must_have_senco, nasenco_funding, nation_guidance, next_cohort,
    npq_funding, npq_registration, qts_routes, qualification_deadline, uk_overview,
    which_qualification,
)
from senco_rules.funding import (
    funded_for_another_npq, funded_place_not_guaranteed, funding_after_withdrawal, funding_abroad, funding_beyond_one_school, funding_conditions,
    funding_disadvantage, funding_how_to_get, other_npq_funding, school_payments,
    fee_vat, self_funded_price,
)
from senco_rules.deadlines import deadline_absence, npq_after_appointment, npq_after_stepping_down, when_requirement_met
from senco_rules.qualification import earlier_service, nasenco_start_now, reforms_and_the_qualification
from senco_rules.nations import abroad_guidance
from senco_rules.post_eligibility import (academy_teachers_qts, degree_for_senco, experience_rule, npq_is_not_qts, once_qualified,
                                         part_time_senco, reforms_and_the_post, supply_teacher, who_may_be_senco)
from senco_rules.settings_duty import (governors_duties, nurseries_duty, school_without_senco, sixth_form_in_school,
                                       who_designates, who_ensures_qualification, who_sets_the_role)
from senco_rules.npq import (assessment_window, first_cohorts, npq_before_the_post, npq_course_dates, study_time,
                             what_the_npq_involves)
from senco_rules.qts_routes import qtls_membership, qts_from_abroad, qts_from_nation, route_for_person, salaried_routes

Answerer = Callable[[Situation, dt.date], Decision]


def _nations(situation: Situation, today: dt.date) -> Decision:
    if situation.nation in (None, Nation.ENGLAND):
        return uk_overview(today)
    return nation_guidance(situation.nation, today)


def _from_nation(situation: Situation, today: dt.date) -> Decision:
    if situation.qualified_in in (None, Nation.ENGLAND):
        return qts_routes(situation, today)
    return qts_from_nation(situation.qualified_in, today)  # type: ignore[arg-type]


def _recognition(situation: Situation, today: dt.date) -> Decision:
    """"Can I apply for QTS with my qualification?": by nation in the UK, or by country on the Apply for QTS list."""
    if situation.qualified_in in (None, Nation.ENGLAND) and situation.trained_country:
        return qts_from_abroad(situation.trained_country, today)  # "trained in the Philippines: can I apply for QTS?"
    return _from_nation(situation, today)


ANSWERERS: dict[str, Answerer] = {
    "ask_deadline": qualification_deadline,
    "ask_which_qualification": which_qualification,
    "ask_funding": npq_funding,
    "ask_can_be_senco": can_hold_post,
    "ask_npq_registration": npq_registration,
    "ask_npq_cohorts": lambda s, today: next_cohort(today),
    "ask_qts_routes": _from_nation,  # a teacher from Wales, Scotland or NI gets recognition first, not retraining
    "ask_settings_duty": lambda s, today: must_have_senco(s.setting, today),
    "settings_duty_overview": lambda s, today: must_have_senco(None, today),  # several settings named at once
    "ask_other_nations": _nations,
    # Another nation asked about in passing ("moving to Liverpool ... is there a SENCO qualification back in NI?")
    **{f"nation/{n.value}": (lambda s, today, n=n: nation_guidance(n, today))
       for n in (Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND)},
    "nasenco_funding": lambda s, today: nasenco_funding(today),
    "funding_again": lambda s, today: funding_after_withdrawal(today),
    "funded_for_another_npq": lambda s, today: funded_for_another_npq(today),
    "school_payments": lambda s, today: school_payments(today),
    "self_funded_price": lambda s, today: self_funded_price(today),
    "fee_vat": lambda s, today: fee_vat(today),
    "funding_conditions": lambda s, today: funding_conditions(today),
    "funding_how_to_get": lambda s, today: funding_how_to_get(today),
    "funding_disadvantage": lambda s, today: funding_disadvantage(today),
    "funded_place_not_guaranteed": lambda s, today: funded_place_not_guaranteed(today),
    "other_npq_funding": lambda s, today: other_npq_funding(today),
    "funding_abroad": lambda s, today: funding_abroad(today),
    "funding_local_authority_staff": lambda s, today: funding_beyond_one_school(today, "local_authority"),
    "funding_trust_central": lambda s, today: funding_beyond_one_school(today, "trust_central"),
    "abroad": lambda s, today: abroad_guidance(today),
    "npq_course_dates": npq_course_dates,
    "assessment_window": lambda s, today: assessment_window(today),
    "study_time": lambda s, today: study_time(today),
    "npq_involves": lambda s, today: what_the_npq_involves(today),
    "first_cohorts": lambda s, today: first_cohorts(today),
    "qts_from_nation": _recognition,
    "nurseries_duty": lambda s, today: nurseries_duty(today),
    "qtls_membership": lambda s, today: qtls_membership(today),
    # "our head is doing the SENCO job as well - is that legal?": the head's route, whoever asks
    "head_as_senco": lambda s, today: can_hold_post(replace(s, role=Role.HEADTEACHER, has_qts=None), today),
    # "does EYTS count for being a SENCO?": asked about the status, whoever holds it
    "eyts_and_the_post": lambda s, today: can_hold_post(replace(s, has_eyts=True, has_qts=False, role=None), today),
    "salaried_routes": salaried_routes,
    "reforms_and_the_post": lambda s, today: reforms_and_the_post(today),
    "academy_teachers_qts": lambda s, today: academy_teachers_qts(today),
    "reforms_and_the_qualification": lambda s, today: reforms_and_the_qualification(today),
    "npq_before_the_post": npq_before_the_post,
    "npq_not_only_for_sencos": lambda s, today: npq_before_the_post(s, today, asked_if_only_for_sencos=True),
    "experience_rule": lambda s, today: experience_rule(today),
    "earlier_service": earlier_service,
    "degree_for_senco": lambda s, today: degree_for_senco(today),
    "who_may_be_senco": who_may_be_senco,
    "part_time_senco": part_time_senco,
    "npq_after_appointment": lambda s, today: npq_after_appointment(today),
    "appoint_without_npq": lambda s, today: npq_after_appointment(today, asked_if_allowed=True),
    "npq_after_stepping_down": npq_after_stepping_down,
    "when_requirement_met": lambda s, today: when_requirement_met(today),
    "deadline_absence": deadline_absence,
    "who_designates": lambda s, today: who_designates(s.setting, today),
    "who_sets_the_role": lambda s, today: who_sets_the_role(s.setting, today),
    "sixth_form_in_school": lambda s, today: sixth_form_in_school(s.setting, today),
    "who_ensures_qualification": lambda s, today: who_ensures_qualification(s.setting, today),
    "governors_duties": lambda s, today: governors_duties(s.setting, today),
    "supply_teacher": supply_teacher,
    "once_qualified": once_qualified,
    "npq_is_not_qts": npq_is_not_qts,
    "nasenco_start_now": lambda s, today: nasenco_start_now(today),
    "school_without_senco": lambda s, today: school_without_senco(s.setting, today),
}
# Outside England these topics have no English answer: say what applies there instead.
# (Funding is not among them: "is it funded?" from Wales gets "No: NPQ funding applies to England only".)
ENGLAND_ONLY = {"ask_deadline", "ask_which_qualification", "ask_can_be_senco", "earlier_service",
                "ask_npq_registration", "ask_npq_cohorts", "ask_settings_duty", "settings_duty_overview", "npq_involves",
                "npq_not_only_for_sencos", "ask_qts_routes", "funding_again",
                "school_payments", "academy_teachers_qts",
                "funding_local_authority_staff", "funding_trust_central", "npq_is_not_qts",
                "self_funded_price", "fee_vat", "funding_conditions", "funding_how_to_get", "funding_disadvantage",
                "funded_place_not_guaranteed", "npq_course_dates",
                "experience_rule", "degree_for_senco",
                "who_may_be_senco", "part_time_senco", "school_without_senco", "npq_after_appointment", "appoint_without_npq", "npq_after_stepping_down",
                "when_requirement_met", "deadline_absence",
                "who_designates", "who_sets_the_role", "sixth_form_in_school",
                "who_ensures_qualification", "funded_for_another_npq", "npq_before_the_post", "governors_duties",
                "supply_teacher", "once_qualified", "nasenco_start_now", "salaried_routes", "qtls_membership",
                "nurseries_duty", "eyts_and_the_post", "head_as_senco"}


# Questions whose English answer is the NPQ: outside England, the reply says first that the NPQ is England's.
ABOUT_THE_NPQ = {"ask_which_qualification", "ask_npq_registration", "ask_npq_cohorts", "npq_course_dates",
                 "npq_before_the_post", "npq_not_only_for_sencos", "npq_is_not_qts", "npq_after_appointment", "appoint_without_npq",
                 "npq_after_stepping_down", "npq_involves", "self_funded_price", "fee_vat", "funding_conditions", "funding_how_to_get",
                 "funding_disadvantage", "funded_place_not_guaranteed", "funding_again", "funded_for_another_npq"}


def message_entities(entities: list[dict]) -> dict:
    """label -> canonical value, for the entities of the current message."""
    found: dict = {}
    for entity in entities or []:
        value = canonical(entity.get("entity", ""), str(entity.get("value", "")))
        if value is not None:
            found.setdefault(entity["entity"], value)
    return found


def is_answerable(key: str | None) -> bool:
    return key is not None and (key in ANSWERERS or key.startswith("route:"))


def answer(key: str, situation: Situation, today: dt.date) -> Decision | None:
    """The decision that answers `key`, or None when the rules module does not answer it (a static FAQ answer)."""
    if key.startswith("route:"):
        return route_for_person(key.split(":", 1)[1], situation, today)
    if key not in ANSWERERS:
        return None
    if key in ENGLAND_ONLY and situation.outside_england:
        return nation_guidance(situation.nation, today, key in ABOUT_THE_NPQ)  # type: ignore[arg-type]
    return ANSWERERS[key](situation, today)
