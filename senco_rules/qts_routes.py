"""Routes to qualified teacher status (QTS) in England, which fit whom, and what they cost."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from senco_rules.decision import Decision, Outcome
from senco_rules.facts import DatedValue, all_facts
from senco_rules.nations import nation_guidance
from senco_rules.situation import Nation, Role, Situation

ROUTES = (
    "postgraduate_fee_funded",
    "postgraduate_apprenticeship",
    "teacher_degree_apprenticeship",
    "assessment_only",
    "apply_for_qts",
    "iqts",
    "qtls",
)


def route(key: str, today: dt.date) -> DatedValue:
    return all_facts()[f"qts_routes/{key}"].on(today)


def route_details(key: str, today: dt.date) -> Decision:
    """One route in full: length, cost, entry requirements."""
    dated = route(key, today)
    info = dated.value
    if info.get("who_can_apply"):
        # Recognition, not training: who may apply is the answer; "costs no fee is published" read badly.
        who = " ".join(info["who_can_apply"].split())
        return Decision.citing(
            dated, topic="qts_route", outcome=Outcome.YES,
            answer=f"{info['name']}: {who[0].lower()}{who[1:]}",
            reasons=(f"It is {info['length']}; {info['cost']}.",), value=key,
        )
    reasons = [f"Length: {info['length']}."]
    if info.get("requirements"):
        reasons.append(f"You need {' '.join(info['requirements'].split())}.")
    cost = info["cost"]
    priced = re.match(r"((about|around|from|up to) )?[£\d]", cost) is not None  # "fees vary" is no price for "costs"
    return Decision.citing(
        dated, topic="qts_route", outcome=Outcome.YES,
        answer=f"{info['name']} costs {cost}." if priced else f"{info['name']}. Cost: {cost}.",
        reasons=tuple(reasons), value=key,
    )


def route_for_person(key: str, situation: Situation, today: dt.date) -> Decision:
    """One route, for this person: a route that needs a degree, asked about by someone without one, gets the routes
    that are open to them instead ("can I just do a PGCE?" from a TA with a foundation degree)."""
    info = route(key, today).value
    if situation.has_degree is False and info["needs_degree"] and situation.has_qts is not True:
        routes = qts_routes(situation, today)
        return replace(routes, answer=f"{info['name']} needs a degree, so it is not open to you yet. {routes.answer}")
    details = route_details(key, today)
    if situation.role is not None and situation.has_qts is not True \
            and situation.role.value in info.get("suits_if_teaching_classes", ()):
        # "a TA with a degree: could I do Assessment Only?": it suits them only if they teach whole classes, so
        # name the routes that usually do
        others = [route(k, today).value["name"] for k in routes_for(situation, today) if k != key][:2]
        if others:
            details = replace(details, next_steps=(*details.next_steps,
                                                   f"Routes that usually suit you: {' or '.join(others)}."))
    return details


def _sentence_case(text: str) -> str:
    """"the Postgraduate ..." -> "The Postgraduate ..."; "iQTS" stays "iQTS"."""
    return text if text[1:2].isupper() else text[:1].upper() + text[1:]


def routes_for(situation: Situation, today: dt.date) -> tuple[str, ...]:
    """Route keys that fit this person, best first. With nothing known, the common routes."""
    role = situation.role
    if situation.has_qts is True:
        return ()
    if role is None:
        fitting = ["postgraduate_fee_funded", "postgraduate_apprenticeship", "teacher_degree_apprenticeship",
                   "assessment_only", "apply_for_qts"]
    else:
        fitting = [key for key in ROUTES if role.value in route(key, today).value["suits"]]
    if role is Role.OVERSEAS_TEACHER:
        fitting.sort(key=lambda key: key != "apply_for_qts")  # recognition first: no retraining
    if situation.has_degree is False:
        fitting = [key for key in fitting if not route(key, today).value["needs_degree"]]
    elif situation.has_degree is True:
        fitting = [key for key in fitting if key != "teacher_degree_apprenticeship"]
        fitting += [key for key in ROUTES if key not in fitting and role is not None
                    and role.value in route(key, today).value.get("suits_if_teaching_classes", ())]
    return tuple(fitting) or ("postgraduate_fee_funded",)


def _listed(dated: DatedValue, situation: Situation) -> str:
    """One route as a list line, with its condition when it suits this person only on one."""
    info = dated.value
    line = f"- {_sentence_case(info['short'])}"
    if situation.role is not None and situation.role.value in info.get("suits_if_teaching_classes", ()):
        line += f": {info['teaching_classes_condition']}"
    return line


def qts_routes(situation: Situation, today: dt.date) -> Decision:
    if situation.nation is Nation.SCOTLAND:
        return nation_guidance(Nation.SCOTLAND, today)
    if situation.has_qts is True or situation.role is Role.HEADTEACHER and situation.has_qts is not False:
        first = route("postgraduate_fee_funded", today)
        return Decision.citing(first, topic="qts_routes", outcome=Outcome.NOT_APPLICABLE,
                               answer="You already hold QTS, so you do not need a route to it.", value=())
    keys = routes_for(situation, today)
    dated = [route(k, today) for k in keys]
    # The routes are the answer, so they are listed in it (one per line, for a phone), never cut for length.
    listed = "\n".join(_listed(d, situation) for d in dated)
    intro = {
        Role.TEACHING_ASSISTANT: "As a teaching assistant, salaried routes let you train while you work.",
        Role.OVERSEAS_TEACHER: "You may be able to apply for QTS without retraining.",
        Role.UNQUALIFIED_TEACHER: "As an experienced unqualified teacher, Assessment Only may suit you.",
        Role.FE_TEACHER: "As a further education teacher, QTLS is recognised as QTS.",
    }.get(situation.role, "There are several routes to qualified teacher status (QTS) in England.")  # type: ignore[arg-type]
    if situation.has_degree is True and situation.role is not Role.OVERSEAS_TEACHER:
        intro = "With a degree, you can train as a teacher on a postgraduate route to QTS."
    elif situation.has_degree is False:
        intro = "Without a degree, you need a route that gives you a degree and QTS together, or a degree first."
        listed += "\n- An undergraduate degree with QTS, or any degree first and then a postgraduate route"
    # Entry requirements have their own answer ("what do I need to train?"); the list says which route needs no degree.
    if situation.trained_country and situation.qualified_in in (None, Nation.ENGLAND):
        # We know where they qualified: whether that country is on the Apply for QTS list comes first
        intro = qts_from_abroad(situation.trained_country, today).answer.split(" To be SENCO")[0]
        listed_here = apply_for_qts_place(situation.trained_country, today) != "not_listed"
        if listed_here and "apply_for_qts" not in keys:
            keys = ("apply_for_qts", *keys)
        elif not listed_here:
            keys = tuple(key for key in keys if key != "apply_for_qts")  # off the list: not a route for them
        dated = [route(k, today) for k in keys]
        listed = "\n".join(_listed(d, situation) for d in dated)
    elif "apply_for_qts" in keys and situation.role is Role.OVERSEAS_TEACHER:
        # Someone qualified abroad asks first whether they can simply apply: say who can (by country), before the list.
        intro = " ".join(route("apply_for_qts", today).value["who_can_apply"].split())
    return Decision.citing(
        dated[0], *dated[1:], topic="qts_routes", outcome=Outcome.YES,
        answer=f"{intro}\n{listed}",
        value=keys,
    )


def salaried_routes(situation: Situation, today: dt.date) -> Decision:
    """"Can I train as a teacher and get paid?": the routes that pay a salary while you train."""
    keys = [key for key in ROUTES if route(key, today).value.get("salaried")
            and not (situation.has_degree is False and route(key, today).value["needs_degree"])]
    dated = [route(k, today) for k in keys]
    listed = "\n".join(f"- {_sentence_case(d.value['short'])}" for d in dated)
    return Decision.citing(
        dated[0], *dated[1:], topic="qts_routes", outcome=Outcome.YES,
        answer=f"Yes. Apprenticeship routes pay you while you train, with no fees:\n{listed}",
        value=tuple(keys),
    )


def qts_from_nation(nation: Nation, today: dt.date) -> Decision:
    """QTS in England for a teacher who qualified in Wales, Scotland or Northern Ireland."""
    dated = route("apply_for_qts", today)
    answer = " ".join(dated.value["by_nation"][nation.value].split())
    return Decision.citing(
        dated, topic="qts_from_nation",
        outcome=Outcome.NOT_APPLICABLE if nation is Nation.WALES else Outcome.YES,
        answer=answer,
        # What the SENCO post needs comes first: the phone limit drops the last reason first.
        reasons=("To be SENCO in England you also need to have finished induction (or an equivalent), to teach at "
                 "the school, and to gain the NPQ for SENCOs within 3 years of becoming SENCO.",
                 "The Teaching Regulation Agency awards QTS in England."),
        next_steps=("Apply on GOV.UK's Apply for qualified teacher status in England service.",)
        if nation is not Nation.WALES else (),
        value=nation.value,
    )


def apply_for_qts_place(country: str, today: dt.date) -> str:
    """"eligible", "conditional" or "not_listed": whether teachers who qualified in `country` can apply for QTS."""
    info = route("apply_for_qts", today).value
    if country in info["eligible_places"] or country in info["eea_countries"]:
        return "eligible"
    return "conditional" if country in info["conditional_places"] else "not_listed"


def country_name(country: str) -> str:
    return {"usa": "the USA", "eea": "the EEA", "philippines": "the Philippines",
            "netherlands": "the Netherlands"}.get(country, country.title())


def abroad_next_step(country: str, today: dt.date) -> str:
    """One line for a "Next:" list: whether a teacher who qualified in `country` can apply for QTS."""
    place, name = apply_for_qts_place(country, today), country_name(country)
    if place == "eligible":
        return f"Apply for QTS on GOV.UK: teachers who qualified in {name} can, with no retraining."
    if place == "conditional":
        return (f"Teachers from {name} can apply for QTS only with a teaching role in England or a maths, science or "
                "languages specialism.")
    return f"{name[0].upper()}{name[1:]} is not on the Apply for QTS list: ask me about other routes to QTS."


def qts_from_abroad(country: str, today: dt.date) -> Decision:
    """"Can I just apply to have my teaching qualification from the Philippines recognised?": whether that country is
    on the Apply for QTS list, with its condition; off the list, another route to QTS is needed."""
    dated = route("apply_for_qts", today)
    place, name = apply_for_qts_place(country, today), country_name(country)
    senco = ("To be SENCO in England you also need QTS with induction finished (or an equivalent), to teach at the "
             "school, and to gain the NPQ for SENCOs within 3 years of becoming SENCO.")
    if place == "eligible":
        # "Yes. " is dropped for an open question ("how do I get QTS?"), leaving the answer
        answer = (f"Yes. Teachers who qualified in {name} can apply for QTS in England, with a teaching qualification "
                  "recognised there. There is no retraining; the Teaching Regulation Agency awards QTS.")
        outcome = Outcome.YES
    elif place == "conditional":
        answer = (f"Only in some cases: teachers who qualified in {name} can apply for QTS in England if "
                  f"{' '.join(dated.value['condition'].split())}.")
        outcome = Outcome.DEPENDS
    else:
        answer = (f"No. {name[0].upper()}{name[1:]} is not on the list of places whose teachers can apply for QTS in "
                  "England, so you would need another route to QTS, such as Assessment Only or a PGCE.")
        outcome = Outcome.NO
    return Decision.citing(
        dated, topic="qts_from_abroad", outcome=outcome, answer=answer, reasons=(senco,),
        next_steps=("Apply on GOV.UK's Apply for qualified teacher status in England service.",)
        if place != "not_listed" else ("Ask me about routes to QTS.",),
        value=place,
    )


def qtls_membership(today: dt.date) -> Decision:
    """"I've let my SET membership lapse": QTLS is recognised only while its holder is an active SET member."""
    dated = route("qtls", today)
    return Decision.citing(
        dated, topic="qtls_membership", outcome=Outcome.NO,
        answer="Not while it has lapsed: QTLS holders are recognised as qualified teachers only while they are active "
               "members of the Society for Education and Training (SET).",
        next_steps=("Renew your SET membership before you rely on QTLS for a SENCO post.",),
        value=False,
    )
