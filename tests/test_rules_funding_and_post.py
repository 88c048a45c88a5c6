"""Funding by setting and nation, and who may hold the SENCO post: every setting type, every nation, every role."""
from __future__ import annotations

import datetime as dt

import pytest

from senco_rules import KnownDate, Nation, Outcome, Role, Setting, Situation, can_hold_post, npq_funding

TODAY = dt.date(2026, 11, 22)

FUNDING = {
    Setting.MAINTAINED_SCHOOL: Outcome.YES,
    Setting.ACADEMY: Outcome.YES,
    Setting.MAINTAINED_NURSERY: Outcome.YES,
    Setting.SPECIAL_SCHOOL: Outcome.YES,
    Setting.PUPIL_REFERRAL_UNIT: Outcome.YES,
    Setting.SIXTEEN_TO_NINETEEN: Outcome.YES,
    Setting.FE_COLLEGE: Outcome.YES,
    Setting.INDEPENDENT_SCHOOL: Outcome.NO,
    Setting.INDEPENDENT_SPECIAL_SCHOOL: Outcome.DEPENDS,  # UNCONFIRMED in the fact sheet
    Setting.EARLY_YEARS_PVI: Outcome.NO,
    Setting.CHILDMINDER: Outcome.NO,
}


def test_every_setting_type_has_a_funding_expectation():
    assert set(FUNDING) == set(Setting)


@pytest.mark.parametrize("setting, expected", FUNDING.items())
def test_npq_funding_by_setting_in_england(setting, expected):
    decision = npq_funding(Situation(nation=Nation.ENGLAND, setting=setting), TODAY)
    assert decision.outcome is expected
    assert decision.applies_from == dt.date(2026, 5, 18)  # the autumn 2026 funding update
    if expected is Outcome.NO:
        assert "£1,265" in " ".join(decision.reasons) and "£1,333 + VAT" in " ".join(decision.reasons)
    if expected is Outcome.DEPENDS:
        assert decision.caveats and "not confirmed" in decision.caveats[0]


def test_funding_before_the_2026_update_cites_the_2024_guidance():
    decision = npq_funding(Situation(setting=Setting.ACADEMY), dt.date(2025, 1, 10))
    assert decision.outcome is Outcome.YES and decision.applies_from == dt.date(2024, 9, 30)


def test_funding_conditions_are_stated_for_funded_settings():
    reasons = " ".join(npq_funding(Situation(setting=Setting.ACADEMY), TODAY).reasons)
    assert "capped" in reasons and "apply for funding separately" in reasons
    # being funded once per NPQ is its own question's answer (funding_after_withdrawal), not every funded reply's


def test_pvi_nurseries_are_pointed_to_the_early_years_npq():
    assert "Early Years Leadership" in " ".join(npq_funding(Situation(setting=Setting.EARLY_YEARS_PVI), TODAY).reasons)


@pytest.mark.parametrize("nation", [Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND])
def test_npq_funding_is_england_only(nation):
    decision = npq_funding(Situation(nation=nation, setting=Setting.ACADEMY), TODAY)
    assert decision.outcome is Outcome.NO and "England only" in decision.answer


def test_funding_without_a_setting_explains_both_cases():
    decision = npq_funding(Situation(), TODAY)
    assert decision.outcome is Outcome.DEPENDS and "setting_type" in decision.missing
    assert "£" in " ".join(decision.reasons)


# Who may hold the post ---------------------------------------------------------------------------------------

STATUTORY = [Setting.MAINTAINED_SCHOOL, Setting.ACADEMY, Setting.MAINTAINED_NURSERY]


@pytest.mark.parametrize("setting", STATUTORY)
@pytest.mark.parametrize(
    "role, has_qts, induction, expected",
    [
        (Role.TEACHER, True, True, Outcome.YES),
        (Role.TEACHER, True, False, Outcome.NO),
        (Role.TEACHER, False, None, Outcome.NO),
        (Role.TEACHER, None, None, Outcome.DEPENDS),
        (Role.EARLY_CAREER_TEACHER, True, False, Outcome.NO),  # an ECT before induction ends
        (Role.HEADTEACHER, None, None, Outcome.YES),  # the head route needs no QTS
        (Role.HEADTEACHER, False, None, Outcome.YES),
        (Role.TEACHING_ASSISTANT, False, None, Outcome.NO),
        (Role.TEACHING_ASSISTANT, None, None, Outcome.NO),
        (Role.TEACHING_ASSISTANT, True, True, Outcome.YES),  # a TA who holds QTS can be appointed
        (Role.UNQUALIFIED_TEACHER, None, None, Outcome.NO),
        (Role.UNQUALIFIED_TEACHER, True, True, Outcome.YES),  # contradictory: an explicit QTS answer wins
        (Role.OVERSEAS_TEACHER, None, None, Outcome.NO),
        (Role.OVERSEAS_TEACHER, True, True, Outcome.YES),
        (Role.CAREER_CHANGER, None, None, Outcome.NO),
        (Role.PARENT, None, None, Outcome.NOT_APPLICABLE),  # about their child's school's SENCO
        (Role.EARLY_YEARS_PRACTITIONER, None, None, Outcome.NO),
        (Role.FE_TEACHER, True, True, Outcome.YES),
        (None, None, None, Outcome.DEPENDS),
    ],
)
def test_who_may_hold_the_post_in_statutory_settings(setting, role, has_qts, induction, expected):
    situation = Situation(nation=Nation.ENGLAND, setting=setting, role=role, has_qts=has_qts,
                          induction_complete=induction)
    decision = can_hold_post(situation, TODAY)
    assert decision.outcome is expected
    assert decision.sources and any("49" in s.title for s in decision.sources)


@pytest.mark.parametrize("setting", sorted(set(Setting) - set(STATUTORY), key=lambda s: s.value))
def test_outside_statutory_settings_the_employer_decides(setting):
    decision = can_hold_post(Situation(setting=setting, role=Role.TEACHING_ASSISTANT, has_qts=False), TODAY)
    if setting is Setting.PUPIL_REFERRAL_UNIT:  # expected under the SEND Code; the legal basis is unconfirmed
        assert decision.outcome is Outcome.DEPENDS and "SENCO who is a qualified teacher" in decision.answer
        assert decision.caveats
    else:  # "is there a duty on us?" and "who may be SENCO here?" both get: not under the duty, employer decides
        assert decision.outcome is Outcome.NOT_APPLICABLE
        assert "legal SENCO duty does not apply" in decision.answer and "employer decides" in decision.answer
        assert not decision.answer.lower().startswith(("yes", "no"))  # "can I be?" and "must she be?" read it alike


def test_early_years_senco_needs_no_qts():
    decision = can_hold_post(Situation(setting=Setting.EARLY_YEARS_PVI), TODAY)
    assert "does not need QTS" in " ".join(decision.reasons)


def test_ta_without_qts_is_told_to_get_qts_and_that_the_npq_does_not_replace_it():
    decision = can_hold_post(Situation(role=Role.TEACHING_ASSISTANT, has_qts=False), TODAY)
    assert decision.outcome is Outcome.NO and "QTS" in decision.answer
    assert any("does not replace QTS" in step for step in decision.next_steps)


def test_ect_induction_length_comes_from_the_dated_fact():
    assert "2 years" in can_hold_post(Situation(role=Role.EARLY_CAREER_TEACHER), TODAY).answer


def test_general_rule_has_no_experience_minimum():
    decision = can_hold_post(Situation(), TODAY)
    assert "qualified teacher" in decision.answer and "no legal minimum" in " ".join(decision.reasons)


@pytest.mark.parametrize("nation", [Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND])
def test_post_eligibility_outside_england_is_the_nations_answer(nation):
    assert can_hold_post(Situation(nation=nation, role=Role.TEACHER), TODAY).topic == "nation"


def test_appointed_teacher_is_not_told_once_appointed():
    appointed = Situation(role=Role.TEACHER, has_qts=True, induction_complete=True,
                          appointed=KnownDate(dt.date(2025, 4, 1)))
    assert can_hold_post(appointed, TODAY).next_steps == ()


def test_nasenco_was_paid_by_schools():
    from senco_rules import nasenco_funding
    decision = nasenco_funding(TODAY)
    assert decision.outcome is Outcome.NO and "school budgets" in decision.answer and decision.sources
