"""Replies say only what is true for this person, and are short enough for a phone: checked over every answer the
rules module gives, for many kinds of person."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from actions.answers import ANSWERERS, answer
from actions.replies import WORD_LIMIT, render, render_summary
from senco_rules import KnownDate, Nasenco, Nation, Outcome, Role, Setting, Situation, personal_summary

TODAY = dt.date(2026, 11, 23)
KEYS = [*sorted(ANSWERERS), "route:assessment_only", "route:apply_for_qts", "route:teacher_degree_apprenticeship"]
PEOPLE = [
    Situation(),
    *(Situation(nation=nation) for nation in Nation),
    *(Situation(nation=Nation.ENGLAND, role=role, setting=setting, has_qts=qts, appointed=appointed)
      for role, setting, qts, appointed in itertools.product(
          Role, (None, Setting.ACADEMY, Setting.INDEPENDENT_SCHOOL, Setting.EARLY_YEARS_PVI), (None, True, False),
          (None, KnownDate(dt.date(2025, 1, 1), False)))),
    Situation(nasenco=Nasenco.STARTED, nasenco_started=KnownDate(dt.date(2024, 3, 1), False),
              nasenco_completed=KnownDate(dt.date(2027, 12, 1), False)),
    Situation(appointed=KnownDate(dt.date(2025, 4, 1), False), prior_senco_months=24.0),
]


def before_source(messages: list[str]) -> str:
    return " ".join(m for m in messages if not m.startswith("Source:"))


@pytest.mark.parametrize("key", KEYS)
def test_every_answer_fits_a_phone_screen(key):
    for person in PEOPLE:
        words = len(before_source(render(answer(key, person, TODAY))).split())
        assert words <= WORD_LIMIT, (key, person, words)


@pytest.mark.parametrize("key", KEYS)
def test_the_first_words_agree_with_the_outcome(key):
    """No "Yes." opener on an answer whose point is "no", and no "No" opener on a "yes"."""
    for person in PEOPLE:
        decision = answer(key, person, TODAY)
        if decision.outcome is Outcome.NO:
            assert not decision.answer.lower().startswith("yes"), (key, decision.answer)
        if decision.outcome is Outcome.YES:
            assert not decision.answer.lower().startswith("no"), (key, decision.answer)


def test_next_steps_are_a_list_one_per_line():
    decision = answer("ask_can_be_senco", Situation(role=Role.TEACHING_ASSISTANT, has_degree=False), TODAY)
    after = render(decision)[1]
    assert after.startswith("Next:\n- ") and after.count("\n- ") == len(decision.next_steps)


def test_the_eligibility_summary_is_short_bullets():
    for person in PEOPLE:
        messages = render_summary(personal_summary(person, TODAY))
        assert messages[0].startswith("Here is your summary:\n- ")
        assert all(len(line.split()) <= 45 for line in messages[0].splitlines())
        assert len(before_source(messages).split()) <= 180  # three parts, about 60 words each at most


def test_the_prior_service_caveat_appears_only_for_earlier_service():
    plain = Situation(appointed=KnownDate(dt.date(2025, 4, 1), False))
    long_service = Situation(appointed=KnownDate(dt.date(2025, 4, 1), False), prior_senco_months=24.0)
    short_service = Situation(appointed=KnownDate(dt.date(2025, 4, 1), False), prior_senco_months=8.0)
    assert "12 months" not in " ".join(render(answer("ask_deadline", plain, TODAY)))
    assert "more than 12 months" in " ".join(render(answer("ask_deadline", long_service, TODAY)))
    assert "12 months or less" in " ".join(render(answer("ask_deadline", short_service, TODAY)))
