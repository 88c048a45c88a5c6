"""SENCO rules: plain Python, no Rasa. Facts live in facts/*.yml with their sources and start dates.

Every public function takes the user's Situation and "today", and returns a Decision that carries its reasons,
next steps and sources.
"""
from senco_rules.calendar import KnownDate
from senco_rules.deadlines import qualification_deadline
from senco_rules.decision import Decision, Outcome
from senco_rules.funding import nasenco_funding, npq_funding
from senco_rules.nations import nation_guidance, uk_overview
from senco_rules.npq import next_cohort, npq_registration
from senco_rules.post_eligibility import can_hold_post
from senco_rules.qts_routes import qts_routes, route_details
from senco_rules.qualification import which_qualification
from senco_rules.settings_duty import must_have_senco
from senco_rules.situation import Nasenco, Nation, Role, Setting, Situation
from senco_rules.summary import personal_summary

__all__ = [
    "Decision", "KnownDate", "Nasenco", "Nation", "Outcome", "Role", "Setting", "Situation",
    "can_hold_post", "must_have_senco", "nation_guidance", "uk_overview", "nasenco_funding", "next_cohort", "npq_funding", "npq_registration",
    "personal_summary", "qts_routes", "qualification_deadline", "route_details", "which_qualification",
]
