"""Which qualification counts (reg 49(7)) and by when (reg 49(4)): boundary dates, table-driven."""
from __future__ import annotations

import datetime as dt

import pytest

from senco_rules import KnownDate, Nasenco, Nation, Outcome, Role, Setting, Situation
from senco_rules import qualification_deadline, which_qualification
from senco_rules.calendar import anniversary

TODAY = dt.date(2026, 11, 22)
D = dt.date


def day(y, m, d):
    return KnownDate(D(y, m, d))


def month(y, m):
    return KnownDate(D(y, m, 1), day_known=False)


@pytest.mark.parametrize(
    "started, expected",
    [
        (day(2024, 8, 31), "nasenco"),  # the last day a NASENCo course could start and still count
        (day(2024, 9, 1), "npq"),  # from 1 September 2024 only the NPQ counts
        (month(2024, 8), "nasenco"),
        (month(2024, 9), "npq"),
        (day(2023, 1, 15), "nasenco"),
    ],
)
def test_nasenco_counts_only_if_started_before_1_september_2024(started, expected):
    decision = which_qualification(Situation(nasenco=Nasenco.STARTED, nasenco_started=started), TODAY)
    assert decision.value == expected


@pytest.mark.parametrize(
    "completed, expected",
    [
        (day(2027, 8, 31), "nasenco"),  # completed before 1 September 2027: counts
        (day(2027, 9, 1), "npq"),  # completed on 1 September 2027: too late
        (day(2020, 6, 1), "nasenco"),
    ],
)
def test_nasenco_counts_only_if_completed_before_1_september_2027(completed, expected):
    situation = Situation(nasenco=Nasenco.COMPLETED, nasenco_started=day(2024, 1, 10), nasenco_completed=completed)
    assert which_qualification(situation, dt.date(2027, 10, 1)).value == expected


@pytest.mark.parametrize("today, expected", [(D(2027, 8, 31), "nasenco"), (D(2027, 9, 1), "npq")])
def test_unfinished_nasenco_stops_counting_on_1_september_2027(today, expected):
    situation = Situation(nasenco=Nasenco.STARTED, nasenco_started=day(2024, 3, 1))
    assert which_qualification(situation, today).value == expected


def test_holding_a_nasenco_means_no_npq_is_needed():
    decision = which_qualification(Situation(nasenco=Nasenco.COMPLETED), TODAY)
    assert decision.outcome is Outcome.YES and decision.value == "nasenco"
    assert "do not need" in decision.answer


def test_no_nasenco_means_the_npq():
    decision = which_qualification(Situation(nasenco=Nasenco.NONE), TODAY)
    assert decision.value == "npq" and "NPQ" in decision.answer and "1 September 2024" in decision.answer


def test_general_answer_states_both_dates_and_cites_the_regulations():
    decision = which_qualification(Situation(), TODAY)
    assert decision.outcome is Outcome.DEPENDS
    assert "1 September 2024" in decision.answer and "1 September 2027" in decision.answer
    assert decision.applies_from == D(2024, 9, 1)
    assert any("49(7)" in s.title for s in decision.sources)


@pytest.mark.parametrize(
    "appointed, covered",
    [(day(2009, 8, 31), False), (day(2009, 9, 1), False), (day(2009, 9, 2), True), (month(2009, 8), False)],
)
def test_duty_covers_only_senco_appointed_after_1_september_2009(appointed, covered):
    decision = which_qualification(Situation(appointed=appointed), TODAY)
    assert (decision.outcome is not Outcome.NOT_APPLICABLE) == covered


def test_september_2009_without_a_day_depends_on_the_day():
    decision = which_qualification(Situation(appointed=month(2009, 9)), TODAY)
    assert decision.outcome is Outcome.DEPENDS and "appointment_date" in decision.missing


@pytest.mark.parametrize("nation", [Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND])
def test_other_nations_get_their_own_answer_not_englands(nation):
    decision = which_qualification(Situation(nation=nation), TODAY)
    assert decision.topic == "nation" and "NPQ for SENCOs" not in decision.answer.split(".")[0]


@pytest.mark.parametrize("setting", [Setting.INDEPENDENT_SCHOOL, Setting.SPECIAL_SCHOOL, Setting.EARLY_YEARS_PVI,
                                     Setting.FE_COLLEGE, Setting.SIXTEEN_TO_NINETEEN, Setting.CHILDMINDER])
def test_settings_outside_section_67_have_no_legal_qualification_duty(setting):
    assert which_qualification(Situation(setting=setting), TODAY).outcome is Outcome.NOT_APPLICABLE


def test_head_route_gets_an_unconfirmed_caveat_not_a_rule():
    decision = which_qualification(Situation(role=Role.HEADTEACHER, nasenco=Nasenco.NONE), TODAY)
    assert decision.value == "npq" and decision.caveats and "no official source says so outright" in decision.caveats[0]


# Deadlines -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "appointed, due",
    [
        (day(2024, 2, 29), D(2027, 2, 28)),  # a leap day: the earlier, safer day in a common year
        (day(2025, 1, 31), D(2028, 1, 31)),
        (day(2028, 2, 29), D(2031, 2, 28)),
        (month(2024, 10), D(2027, 10, 1)),
        (day(2023, 9, 1), D(2026, 9, 1)),
    ],
)
def test_deadline_is_the_third_anniversary(appointed, due):
    decision = qualification_deadline(Situation(appointed=appointed, nasenco=Nasenco.NONE), TODAY)
    assert decision.value == due


def test_anniversary_of_29_february():
    assert anniversary(D(2024, 2, 29), 3) == D(2027, 2, 28)
    assert anniversary(D(2024, 2, 29), 4) == D(2028, 2, 29)


def test_month_only_appointment_gives_a_month_deadline():
    decision = qualification_deadline(Situation(appointed=month(2024, 10)), TODAY)
    assert "October 2027" in decision.answer and "1 October" not in decision.answer


def test_nasenco_deadline_is_the_earlier_of_anniversary_and_cut_off():
    late = Situation(appointed=day(2025, 1, 10), nasenco=Nasenco.STARTED, nasenco_started=day(2024, 5, 1))
    assert qualification_deadline(late, TODAY).value == D(2027, 8, 31)
    early = Situation(appointed=day(2024, 1, 10), nasenco=Nasenco.STARTED, nasenco_started=day(2024, 5, 1))
    assert qualification_deadline(early, TODAY).value == D(2027, 1, 10)


def test_nasenco_deadline_names_both_dates_it_chose_between():
    # Appointed January 2025: the 3-year date (January 2028) is later than the cut-off, and the user should see both.
    decision = qualification_deadline(Situation(appointed=month(2025, 1), nasenco=Nasenco.STARTED,
                                                nasenco_started=month(2024, 6)), TODAY)
    said = " ".join((decision.answer, *decision.reasons))
    assert "31 August 2027" in decision.answer and "January 2028" in said and "1 September 2027" in said


def test_past_deadline_says_so_and_points_to_the_school():
    decision = qualification_deadline(Situation(appointed=day(2023, 1, 9), nasenco=Nasenco.NONE), TODAY)
    assert "it has passed" in decision.answer
    assert any("headteacher" in step for step in decision.next_steps)


def test_deadline_advice_uses_the_cohort_pattern_for_a_recent_appointment():
    decision = qualification_deadline(Situation(appointed=day(2026, 9, 1)), TODAY)
    assert decision.value == D(2029, 9, 1)
    assert any("November 2027" in step for step in decision.next_steps)


def test_deadline_advice_warns_when_no_cohort_finishes_in_time():
    decision = qualification_deadline(Situation(appointed=month(2025, 4)), TODAY)
    assert any("after your deadline" in step for step in decision.next_steps)


def test_deadline_without_a_date_gives_the_rule_and_asks_for_the_date():
    decision = qualification_deadline(Situation(), TODAY)
    assert "3 years" in decision.answer and decision.missing == ("appointment_date",)


def test_not_yet_appointed_gets_the_rule_without_asking_again():
    decision = qualification_deadline(Situation(not_yet_appointed=True), TODAY)
    assert "3 years" in decision.answer and decision.missing == ()


def test_deadline_names_its_source_and_start_date():
    decision = qualification_deadline(Situation(appointed=day(2025, 4, 1)), TODAY)
    assert decision.applies_from == D(2009, 9, 1) and any("49(4)" in s.title for s in decision.sources)


def test_a_nasenco_in_time_for_the_cut_off_but_not_for_the_three_years_is_not_a_plain_yes():
    # Started September 2023, finishing May 2027, SENCO since January 2024: the deadline is January 2027.
    course = Situation(nasenco=Nasenco.STARTED, nasenco_started=month(2023, 9), nasenco_completed=month(2027, 5))
    assert which_qualification(course, TODAY).answer.startswith("Your NASENCo will count, so you do not need the NPQ")
    late = Situation(**{**course.__dict__, "appointed": month(2024, 1)})
    which = which_qualification(late, TODAY)
    assert which.outcome is Outcome.DEPENDS and "after your own deadline of January 2027" in which.answer
    deadline = qualification_deadline(late, TODAY).answer
    assert "January 2027" in deadline and "would miss your deadline" in deadline


def test_a_deadline_already_behind_the_user_is_said_in_the_answer_even_with_a_course_booked():
    late = Situation(appointed=month(2023, 9), npq_start=month(2026, 11))
    decision = qualification_deadline(late, TODAY)
    assert "it has passed" in decision.answer and "September 2026" in decision.answer
    assert any("November 2026" in step and "headteacher" in step for step in decision.next_steps)
