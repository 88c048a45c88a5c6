"""Reading dates and situation details out of what people type."""
from __future__ import annotations

import datetime as dt

import pytest

from actions.date_reading import find_date
from actions.message_reading import date_slot, looks_like_question, parse_date_slot, read_message, yes_or_no
from senco_rules.calendar import KnownDate

TODAY = dt.date(2026, 11, 22)
D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("March 2025", KnownDate(D(2025, 3, 1), False)),
        ("I became SENCO in april 2025", KnownDate(D(2025, 4, 1), False)),
        ("01/09/24", KnownDate(D(2024, 9, 1))),
        ("1/9/2024", KnownDate(D(2024, 9, 1))),
        ("2024-09-01", KnownDate(D(2024, 9, 1))),
        ("1st September 2024", KnownDate(D(2024, 9, 1))),
        ("the 3rd of Feb 2025", KnownDate(D(2025, 2, 3))),
        ("September 1, 2024", KnownDate(D(2024, 9, 1))),
        ("sept 2023", KnownDate(D(2023, 9, 1), False)),
        ("Jan '25", KnownDate(D(2025, 1, 1), False)),
        ("last september", KnownDate(D(2026, 9, 1), False)),
        ("last november", KnownDate(D(2025, 11, 1), False)),  # this month is November, so "last" is a year back
        ("in january", KnownDate(D(2026, 1, 1), False)),
        ("I'll start next january", KnownDate(D(2027, 1, 1), False)),
        ("I will start in december", KnownDate(D(2026, 12, 1), False)),
        ("september last year", KnownDate(D(2025, 9, 1), False)),
        ("today", KnownDate(TODAY)),
        ("last month", KnownDate(D(2026, 10, 1), False)),
        ("29/02/2024", KnownDate(D(2024, 2, 29))),
    ],
)
def test_find_date(text, expected):
    assert find_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["not yet", "may I ask something", "31/02/2024", "16-19 academy", "", "👍"])
def test_no_date(text):
    assert find_date(text, TODAY) is None


def test_date_slot_round_trip_keeps_precision():
    for value in (KnownDate(D(2025, 4, 1), False), KnownDate(D(2025, 4, 17))):
        assert parse_date_slot(date_slot(value)) == value
    assert parse_date_slot("not_yet") is None and parse_date_slot(None) is None


def ent(label, value):
    return {"entity": label, "value": value}


@pytest.mark.parametrize(
    "text, entities, intent, requested, expected",
    [
        ("I'm a TA", [ent("role", "TA")], "inform", "role", {"role": "teaching_assistant"}),
        ("England", [ent("nation", "England")], "inform", "nation", {"nation": "england"}),
        ("I teach in Cardiff", [ent("nation", "Cardiff")], "ask_can_be_senco", None, {"nation": "wales"}),
        ("a maintained primary school", [ent("setting_type", "maintained primary school")], "inform", "setting_type",
         {"setting_type": "maintained_school"}),
        ("yes", [], "affirm", "has_qts", {"has_qts": True}),
        ("no I don't have QTS", [ent("qualification", "QTS")], "deny", "has_qts", {"has_qts": False}),
        ("no I don't have QTS", [ent("qualification", "QTS")], "inform", None, {"has_qts": False}),
        ("I have QTS", [ent("qualification", "QTS")], "inform", None, {"has_qts": True}),
        ("how do I get QTS", [ent("qualification", "QTS")], "ask_qts_routes", None, {}),
        ("I'm an early career teacher", [ent("role", "early career teacher")], "inform", "role",
         {"role": "early_career_teacher", "has_qts": True, "induction_complete": False}),
        ("do you have to be a teacher to be a SENCO", [ent("role", "teacher")], "ask_can_be_senco", None, {}),
        ("I'm a teacher", [ent("role", "teacher")], "inform", None, {"role": "teacher"}),
        ("I became SENCO in April 2025", [], "inform", "appointment_date", {"appointment_date": "2025-04"}),
        ("April 2025", [], "inform", "appointment_date", {"appointment_date": "2025-04"}),
        ("not yet", [], "deny", "appointment_date", {"appointment_date": "not_yet"}),
        ("I haven't been appointed yet", [], "inform", "appointment_date", {"appointment_date": "not_yet"}),
        ("appointed senco 01/09/24, deadline?", [], "ask_deadline", None, {"appointment_date": "2024-09-01"}),
        ("I started my NASENCo in March 2024", [ent("qualification", "NASENCo")], "ask_which_qualification", None,
         {"nasenco_status": "started", "nasenco_started": "2024-03"}),
        ("I have the nasenco", [ent("qualification", "nasenco")], "ask_which_qualification", None,
         {"nasenco_status": "completed"}),
        ("no", [], "deny", "nasenco_status", {"nasenco_status": "none"}),
        ("I finished the nasenco in 2018, do I need to redo anything", [ent("qualification", "nasenco")],
         "ask_which_qualification", None, {"nasenco_status": "completed", "nasenco_completed": "2018"}),
        ("I haven't finished my nasenco yet", [ent("qualification", "nasenco")], "ask_which_qualification", None,
         {"nasenco_status": "started"}),
        ("can I still do the nasenco", [ent("qualification", "nasenco")], "ask_which_qualification", None, {}),
        ("I'm a teacher from India, can I get QTS", [ent("role", "teacher"), ent("role", "from India")],
         "ask_qts_routes", None, {"role": "overseas_teacher", "trained_country": "india"}),
        ("can a nursery nurse be a senco", [ent("role", "nursery nurse")], "ask_can_be_senco", None,
         {"role": "early_years_practitioner"}),
        ("I have finished the NASENCo", [ent("qualification", "NASENCo")], "inform", "nasenco_status",
         {"nasenco_status": "completed"}),
        ("no, I haven't started it", [], "deny", "nasenco_status", {"nasenco_status": "none"}),
        ("yes", [], "affirm", "induction_complete", {"induction_complete": True}),
        ("banana", [], "nlu_fallback", "role", {}),
        ("", [], None, "role", {}),
    ],
)
def test_read_message(text, entities, intent, requested, expected):
    assert read_message(text, entities, intent, requested, TODAY) == expected


def test_unknown_entity_text_is_ignored():
    assert read_message("somewhere", [ent("nation", "Atlantis")], "inform", "nation", TODAY) == {}


@pytest.mark.parametrize("text, expected", [("yes", True), ("Yep I do", True), ("nope", False), ("not yet", False),
                                            ("perhaps", None)])
def test_yes_or_no(text, expected):
    assert yes_or_no(text) is expected


@pytest.mark.parametrize("text, expected", [("what is QTS?", True), ("I'm a TA, how do I get QTS", True),
                                            ("an academy", False), ("I'm a teacher", False)])
def test_looks_like_question(text, expected):
    assert looks_like_question(text) is expected


def test_moving_school_is_not_becoming_senco():
    found = read_message("what about a PRU? moving to one in january", [ent("setting_type", "PRU")], "ask_deadline",
                         None, TODAY)
    assert found == {"setting_type": "pupil_referral_unit"}
    assert read_message("I was appointed in january, deadline?", [], "ask_deadline", None, TODAY) == {
        "appointment_date": "2026-01"}


@pytest.mark.parametrize("entities, expected", [
    ([ent("setting_type", "private"), ent("setting_type", "day nursery")], "early_years_pvi"),
    ([ent("setting_type", "16-19"), ent("setting_type", "college")], "sixteen_to_nineteen"),
    ([ent("setting_type", "college")], "fe_college"),
])
def test_the_most_specific_setting_name_wins(entities, expected):
    assert read_message("a setting", entities, "inform", None, TODAY)["setting_type"] == expected


def test_a_year_before_1900_is_asked_back_not_read_as_this_march():
    assert read_message("took over as senco in march 1897", [], "ask_deadline", None, TODAY) == {
        "date_to_check": "march 1897 looks too early to be right"}


@pytest.mark.parametrize("text, nation", [
    ("did my pgce in swansea and got qts there", "wales"),
    ("did my PGDE in scotland and im GTCS registered", "scotland"),
    ("I trained in Leeds", None),
])
def test_where_someone_trained_is_read_from_a_nation_or_one_of_its_places(text, nation):
    assert read_message(text, [], "ask_qts_routes", None, TODAY).get("qualified_in") == nation


def test_earlier_service_given_as_years_has_its_length():
    found = read_message("I was SENCO at my old school 2015-2017, starting as SENCO here in Jan 2027", [],
                         "ask_which_qualification", None, TODAY)
    assert found == {"prior_senco_months": 24.0, "prior_senco_start": "2015", "appointment_date": "2027-01"}
