"""The personal summary at the end of the eligibility check: can you hold the post, what you need, by when,
whether it is funded."""
from __future__ import annotations

import datetime as dt

from senco_rules.deadlines import qualification_deadline
from senco_rules.decision import Decision, Outcome
from senco_rules.funding import npq_funding
from senco_rules.nations import nation_guidance
from senco_rules.post_eligibility import can_hold_post
from senco_rules.qts_routes import qts_routes
from senco_rules.situation import Situation


def personal_summary(situation: Situation, today: dt.date) -> tuple[Decision, ...]:
    """Decisions in the order a person needs them. Only the parts that apply to them."""
    if situation.outside_england:
        return (nation_guidance(situation.nation, today),)  # type: ignore[arg-type]
    post = can_hold_post(situation, today)
    if post.outcome is Outcome.NO and situation.has_qts is not True:
        return post, qts_routes(situation, today), npq_funding(situation, today)
    return post, qualification_deadline(situation, today), npq_funding(situation, today)
