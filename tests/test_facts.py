"""Every fact file is well formed: a description, a status, references with links, and dated values."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from senco_rules.facts import FACTS_DIR, all_facts, due_for_review, value_on

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


# Facts stay fresh ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", FACTS)
def test_fact_is_not_past_its_review_date(key):
    """Uses the real date: a fact nobody has checked by its review_by date fails the build (scripts/facts_due.sh
    lists what is coming up)."""
    fact = all_facts()[key]
    assert fact.reviewed <= dt.date.today(), f"{key}: reviewed in the future?"
    assert dt.date.today() <= fact.review_by, f"{key} was due for review by {fact.review_by}: check its source"


def test_facts_due_lists_overdue_facts_first():
    due = due_for_review(dt.date(2027, 6, 1))
    assert due and all(f.review_by <= dt.date(2027, 6, 1) for f in due)
    assert [f.review_by for f in due] == sorted(f.review_by for f in due)
    assert not due_for_review(dt.date(2026, 11, 23))


@pytest.mark.parametrize("key", ["pay/teacher_pay_ranges", "funding/targeted_support"])
def test_pay_and_grants_name_their_academic_year(key):
    assert all(re.fullmatch(r"\d{4}/\d\d( onwards)?", str(v["academic_year"])) for _, v in all_facts()[key].values)


def test_fee_examples_name_their_cohort_or_year():
    for _, examples in all_facts()["funding/self_funded_fee_examples"].values:
        assert all(e["cohort"] for e in examples)


# Every figure a static FAQ answer states has a fact behind it -----------------------------------------------
# response -> the facts its figures come from. A changed fact whose old figure is still in an answer fails here.
FAQ_FACTS = {
    "utter_faq/what_is_senco": ["settings/senco_duty"],
    "utter_faq/role_duties": ["settings/senco_duty"],
    "utter_faq/senco_vs_sendco": ["settings/senco_duty"],
    "utter_faq/leadership_role": ["settings/senco_duty"],
    "utter_faq/workload": ["settings/senco_duty", "npq/course"],
    "utter_faq/pay": ["pay/teacher_pay_ranges"],
    "utter_faq/send_regulations": ["settings/senco_duty", "qualification/deadline_years",
                                   "qualification/npq_for_courses_started_from"],
    "utter_faq/code_of_practice": ["qualification/npq_for_courses_started_from"],
    "utter_faq/ehcp": ["settings/senco_duty"],
    "utter_faq/local_offer": ["settings/senco_duty"],
    "utter_faq/npq_what": ["qualification/npq_for_courses_started_from"],
    "utter_faq/npq_length": ["npq/course"],
    "utter_faq/npq_assessment": ["npq/assessment"],
    "utter_faq/npq_pass_conditions": ["npq/engagement"],
    "utter_faq/npq_providers": ["qualification/npq_for_courses_started_from"],
    "utter_faq/nasenco_what": ["qualification/nasenco_award", "qualification/npq_for_courses_started_from",
                               "qualification/nasenco_complete_before"],
    "utter_faq/trn": ["context/trn"],
    "utter_faq/qts_why": ["settings/senco_duty"],
    "utter_faq/induction": ["post/induction_years"],
    "utter_faq/qts_entry_requirements": ["qts_routes/postgraduate_fee_funded"],
    "utter_faq/cpd": ["context/early_years_senco_award"],
    "utter_faq/reforms": ["context/recent_reforms"],
    "utter_faq/early_years_senco": ["context/early_years_senco_award", "settings/senco_duty"],
    "utter_faq/become_senco_steps": ["qualification/deadline_years", "qualification/npq_for_courses_started_from"],
    "utter_faq/parent_help": ["settings/senco_duty"],
    "utter_faq/sen_information_report": ["settings/senco_duty"],
    "utter_faq/sharing_senco": ["settings/senco_duty"],
    "utter_faq/stepping_down": ["settings/senco_duty", "qualification/deadline_years"],
    "utter_faq/exemptions": ["qualification/duty_covers_appointments_after", "qualification/prior_service_months",
                             "qualification/npq_for_courses_started_from", "qualification/nasenco_complete_before"],
}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
FIGURE = re.compile(
    rf"£[\d,]+|\b\d+%|\b\d{{1,2}} (?:{MONTHS}) \d{{4}}\b|\b\d{{4}}/\d\d\b|"
    r"\b\d[\d,]*(?:\s*(?:to|-)\s*\d[\d,]*)?[- ](?:months?|weeks?|years?|hours?|days?|day|words|credits|digit)\b|"
    r"\bLevel \d\b",
)


def faq_responses() -> dict[str, str]:
    path = Path(__file__).resolve().parent.parent / "data" / "responses" / "faq.yml"
    responses = yaml.safe_load(path.read_text(encoding="utf-8"))["responses"]
    # "SEND Code of Practice: 0 to 25 years" is a title, not a figure.
    return {name: " ".join(v["text"] for v in variants).replace("0 to 25 years", "")
            for name, variants in responses.items()}


def fact_text(key: str) -> str:
    """A fact as text, with its dates also written the way answers write them (1 September 2024)."""
    raw = (FACTS_DIR / f"{key}.yml").read_text(encoding="utf-8")
    spelled = re.sub(r"(\d{4})-(\d\d)-(\d\d)",
                     lambda m: dt.date(int(m[1]), int(m[2]), int(m[3])).strftime("%-d %B %Y"), raw)
    return raw + "\n" + spelled


def test_every_faq_answer_is_mapped_to_its_facts():
    with_figures = {name for name, text in faq_responses().items() if FIGURE.search(text)}
    assert with_figures <= set(FAQ_FACTS), with_figures - set(FAQ_FACTS)
    assert set(FAQ_FACTS) <= set(faq_responses())


@pytest.mark.parametrize("response", sorted(FAQ_FACTS))
def test_every_figure_in_a_faq_answer_matches_a_fact(response):
    text = faq_responses()[response]
    facts = "\n".join(fact_text(key) for key in FAQ_FACTS[response])
    for figure in FIGURE.findall(text):
        numbers = re.findall(r"\d+(?:,\d{3})*", figure)
        missing = [n for n in numbers if n not in facts and n.replace(",", "") not in facts]
        assert not missing, f"{response}: '{figure}' is not in {FAQ_FACTS[response]}"


@pytest.mark.parametrize("key", sorted(k for k in all_facts() if k.startswith("qts_routes/")))
def test_a_routes_short_description_states_only_its_own_figures(key):
    """The one-line `short` form (for lists) may not drift from the route's own length and cost."""
    for _, route in all_facts()[key].values:
        own = f"{route['length']} {route['cost']}"
        for number in re.findall(r"\d+(?:[,/]\d+)*", route["short"]):
            assert number in own, f"{key}: '{number}' in short is not in its length or cost"
