"""Every fact file is well formed: a description, a status, references with links, and dated values."""
from __future__ import annotations

import datetime as dt

import pytest

from senco_rules.facts import FACTS_DIR, all_facts, value_on

FACTS = sorted(all_facts())


def test_every_fact_file_is_loaded():
    assert len(FACTS) == len(list(FACTS_DIR.rglob("*.yml")))


@pytest.mark.parametrize("key", FACTS)
def test_fact_has_source_status_and_dated_values(key):
    fact = all_facts()[key]
    assert fact.description and fact.label
    assert fact.status in {"CONFIRMED", "SECONDARY", "UNCONFIRMED"}
    assert fact.sources and all(s.href.startswith("http") and s.title for s in fact.sources)
    assert fact.values and all(isinstance(starts, dt.date) for starts, _ in fact.values)


def test_value_on_picks_the_value_in_force_on_the_day():
    key = "funding/self_funded_fee_examples"
    assert len(value_on(key, dt.date(2025, 10, 31)).value) == 1
    assert len(value_on(key, dt.date(2025, 11, 1)).value) == 2
    assert value_on(key, dt.date(2025, 11, 1)).applies_from == dt.date(2025, 11, 1)


def test_rules_with_different_start_dates_are_separate_facts():
    """"Who may be SENCO" started on 1 September 2014; the paragraph 8A exclusion and 2-year induction came later
    and are facts of their own, so an answer cites the start of the rule it applies."""
    assert all_facts()["post/who_may_be_senco"].values[0][0] == dt.date(2014, 9, 1)
    assert len(all_facts()["post/who_may_be_senco"].values) == 1
    assert value_on("post/para_8a_exclusion", dt.date(2026, 1, 1)).applies_from == dt.date(2016, 12, 19)
    assert value_on("post/induction_years", dt.date(2026, 1, 1)).value == 2


def test_a_label_is_read_without_changing_the_cached_fact():
    first = value_on("nations/scotland", dt.date(2026, 1, 1))
    second = value_on("nations/scotland", dt.date(2026, 1, 1))
    assert first.applies_from_label and first.applies_from_label == second.applies_from_label
    assert "applies_from_label" not in first.value


def test_key_legal_dates_match_the_fact_sheet():
    today = dt.date(2026, 11, 22)
    assert value_on("qualification/npq_for_courses_started_from", today).value == dt.date(2024, 9, 1)
    assert value_on("qualification/nasenco_complete_before", today).value == dt.date(2027, 9, 1)
    assert value_on("qualification/deadline_years", today).value == 3
    assert value_on("qualification/duty_covers_appointments_after", today).value == dt.date(2009, 9, 1)
