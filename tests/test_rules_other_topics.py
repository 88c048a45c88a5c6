"""Settings duty, nations, cohorts, NPQ registration, QTS routes and the personal summary."""
from __future__ import annotations

import datetime as dt

import pytest

from senco_rules import (
    Nation, Outcome, Role, Setting, Situation, must_have_senco, nation_guidance, next_cohort, npq_registration,
    personal_summary, qts_routes, route_details, uk_overview,
)
from senco_rules.npq import upcoming_cohorts
from senco_rules.facts import all_facts
from senco_rules.qts_routes import ROUTES

TODAY = dt.date(2026, 11, 22)

DUTY = {
    Setting.MAINTAINED_SCHOOL: Outcome.YES, Setting.ACADEMY: Outcome.YES, Setting.MAINTAINED_NURSERY: Outcome.YES,
    Setting.PUPIL_REFERRAL_UNIT: Outcome.DEPENDS, Setting.SPECIAL_SCHOOL: Outcome.NO,
    Setting.SIXTEEN_TO_NINETEEN: Outcome.NO, Setting.FE_COLLEGE: Outcome.NO, Setting.INDEPENDENT_SCHOOL: Outcome.NO,
    Setting.INDEPENDENT_SPECIAL_SCHOOL: Outcome.NO, Setting.EARLY_YEARS_PVI: Outcome.NO, Setting.CHILDMINDER: Outcome.NO,
}


@pytest.mark.parametrize("setting, expected", DUTY.items())
def test_which_settings_must_have_a_senco(setting, expected):
    decision = must_have_senco(setting, TODAY)
    assert decision.outcome is expected and decision.applies_from == dt.date(2014, 9, 1)


def test_pru_duty_is_flagged_as_unconfirmed():
    assert must_have_senco(Setting.PUPIL_REFERRAL_UNIT, TODAY).caveats


def test_general_duty_answer_names_the_act():
    assert "Children and Families Act 2014" in must_have_senco(None, TODAY).answer


@pytest.mark.parametrize(
    "nation, term",
    [(Nation.WALES, "ALNCo"), (Nation.SCOTLAND, "GTC Scotland"), (Nation.NORTHERN_IRELAND, "not been commenced")],
)
def test_each_nation_says_what_differs(nation, term):
    decision = nation_guidance(nation, TODAY)
    text = decision.answer + " ".join(decision.reasons)
    assert term in text and decision.sources and decision.next_steps


def test_england_is_not_an_other_nation():
    with pytest.raises(ValueError):
        nation_guidance(Nation.ENGLAND, TODAY)


def test_uk_overview_covers_three_nations():
    decision = uk_overview(TODAY)
    assert len(decision.reasons) == 3 and "England only" in decision.answer


@pytest.mark.parametrize(
    "today, start, published",
    [
        (dt.date(2024, 9, 10), dt.date(2024, 11, 1), True),
        (dt.date(2024, 12, 1), dt.date(2025, 4, 1), True),  # the spring 2025 cohort
        (dt.date(2025, 8, 1), dt.date(2025, 11, 1), True),  # one cohort a year from November 2025
        (dt.date(2026, 6, 1), dt.date(2026, 11, 1), True),
        (TODAY, dt.date(2027, 11, 1), False),  # November 2026 is under way; 2027 is only the pattern
    ],
)
def test_next_cohort_moves_with_today(today, start, published):
    cohort = upcoming_cohorts(today, 1)[0]
    assert cohort.starts == start and cohort.published is published
    assert cohort.outcome_by == dt.date(start.year + (start.month + 22 - 1) // 12, (start.month + 22 - 1) % 12 + 1, 1)


def test_unpublished_cohort_is_not_stated_as_fact():
    decision = next_cohort(TODAY)
    assert "not published" in decision.answer and decision.caveats


def test_npq_registration_needs_a_trn_not_qts():
    decision = npq_registration(Situation(role=Role.TEACHING_ASSISTANT), TODAY)
    assert "TRN" in decision.answer and decision.value == {"trn_required": True, "qts_required": False}
    assert any("does not by itself" in r for r in decision.reasons)


@pytest.mark.parametrize("route", ROUTES)
def test_every_route_has_a_cost_and_a_source(route):
    decision = route_details(route, TODAY)
    cost = all_facts()[f"qts_routes/{route}"].on(TODAY).value["cost"]
    assert decision.answer and cost in " ".join((decision.answer, *decision.reasons)) and decision.sources
    assert " costs no " not in decision.answer and " costs fees " not in decision.answer  # a price, or "Cost:"


def test_assessment_only_cost_range():
    assert "£1,500 to £4,000" in route_details("assessment_only", TODAY).answer


@pytest.mark.parametrize(
    "situation, first_route",
    [
        (Situation(role=Role.TEACHING_ASSISTANT), "postgraduate_fee_funded"),
        (Situation(role=Role.TEACHING_ASSISTANT, has_degree=False), "teacher_degree_apprenticeship"),
        (Situation(role=Role.OVERSEAS_TEACHER), "apply_for_qts"),  # recognition first: no retraining
        (Situation(role=Role.FE_TEACHER), "qtls"),
        (Situation(role=Role.UNQUALIFIED_TEACHER), "postgraduate_fee_funded"),
    ],
)
def test_routes_fit_the_person(situation, first_route):
    assert qts_routes(situation, TODAY).value[0] == first_route


def test_overseas_routes_include_recognition():
    assert "apply_for_qts" in qts_routes(Situation(role=Role.OVERSEAS_TEACHER), TODAY).value


def test_someone_with_qts_needs_no_route():
    assert qts_routes(Situation(has_qts=True), TODAY).outcome is Outcome.NOT_APPLICABLE


def test_summary_for_a_ta_without_qts_leads_with_qts():
    parts = personal_summary(Situation(nation=Nation.ENGLAND, setting=Setting.MAINTAINED_SCHOOL,
                                       role=Role.TEACHING_ASSISTANT, has_qts=False), TODAY)
    assert [p.topic for p in parts] == ["post_eligibility", "qts_routes", "funding"]


def test_summary_for_an_appointed_teacher_has_deadline_and_funding():
    from senco_rules import KnownDate
    parts = personal_summary(Situation(nation=Nation.ENGLAND, setting=Setting.ACADEMY, role=Role.TEACHER,
                                       has_qts=True, induction_complete=True,
                                       appointed=KnownDate(dt.date(2026, 1, 5))), TODAY)
    assert [p.topic for p in parts] == ["post_eligibility", "deadline", "funding"]
    assert parts[1].value == dt.date(2029, 1, 5) and parts[2].outcome is Outcome.YES


def test_summary_outside_england_is_the_nation():
    assert [p.topic for p in personal_summary(Situation(nation=Nation.WALES), TODAY)] == ["nation"]


def test_a_cohort_starting_this_month_is_named_before_the_next_one():
    answer = next_cohort(TODAY).answer  # 24 November 2026: the November 2026 cohort is starting
    assert answer.startswith("A cohort starts this month (November 2026)") and "November 2027" in answer
    assert "this month" not in next_cohort(dt.date(2026, 12, 5)).answer
