"""Wales, Scotland and Northern Ireland: what differs from England, and where to look."""
from __future__ import annotations

import datetime as dt
import re

from senco_rules.decision import Decision, Outcome
from senco_rules.facts import DatedValue, value_on
from senco_rules.situation import Nation

_FACT_FOR = {
    Nation.WALES: "nations/wales",
    Nation.SCOTLAND: "nations/scotland",
    Nation.NORTHERN_IRELAND: "nations/northern_ireland",
}


def nation_fact(nation: Nation, today: dt.date) -> DatedValue:
    if nation is Nation.ENGLAND:
        raise ValueError("England has its own rules; ask the England functions")
    return value_on(_FACT_FOR[nation], today)


def headline(guidance: DatedValue) -> str:
    """A nation's first sentence ("Wales has Additional Learning Needs Co-ordinators (ALNCos) instead of SENCOs.")."""
    return " ".join(guidance.value["summary"].split()).split(". ")[0].rstrip(".") + "."


NATION_NAMES = {Nation.WALES: "Wales", Nation.SCOTLAND: "Scotland", Nation.NORTHERN_IRELAND: "Northern Ireland"}


def nation_guidance(nation: Nation, today: dt.date, about_the_npq: bool = False) -> Decision:
    """England's SENCO rules do not apply outside England: say what applies instead. Asked about the NPQ ("can I
    use the npq there?"), say first that it is England's qualification."""
    guidance = nation_fact(nation, today)
    info = guidance.value
    summary = " ".join(info["summary"].split())
    if about_the_npq and nation in NATION_NAMES:
        # the NPQ point first, once: the summary's own NPQ sentence would repeat it
        rest = " ".join(sentence for sentence in re.split(r"(?<=\.)\s+", summary) if "NPQ" not in sentence)
        summary = (f"The NPQ for SENCOs and its funding are for England only: nothing in {NATION_NAMES[nation]} "
                   f"requires it. {rest}")
    return Decision.citing(
        guidance,
        topic="nation",
        outcome=Outcome.NOT_APPLICABLE,
        answer=summary,
        reasons=(" ".join(info["details"].split()),),
        next_steps=(f"Check with {info['where_to_check']}.",),
        value=nation.value,
    )


def uk_overview(today: dt.date) -> Decision:
    """One answer for "what about the rest of the UK?": each nation's headline, all sources."""
    parts = [nation_fact(n, today) for n in (Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND)]
    return Decision.citing(
        parts[0], *parts[1:],
        topic="nation",
        outcome=Outcome.NOT_APPLICABLE,
        answer="The SENCO rules (QTS, and the NPQ for SENCOs within 3 years) apply in England only.",
        reasons=tuple(headline(p) for p in parts),
        next_steps=("Tell me which nation you are in for more detail.",),
        value=None,
    )


def abroad_guidance(today: dt.date) -> Decision:
    """Schools outside the UK: England's SENCO duty and NPQ funding do not reach them."""
    duty = value_on("settings/senco_duty", today)
    funding = value_on("funding/npq_senco_scholarship", today)
    return Decision.citing(
        duty, funding,
        topic="abroad",
        outcome=Outcome.NOT_APPLICABLE,
        answer="England's SENCO rules cover schools in England only, so a school abroad, even a British or "
               "English-curriculum one, has no legal duty to have a SENCO with the NPQ.",
        reasons=("DfE's NPQ funding applies to England only; some providers take international schools on a paid "
                 "basis.",
                 "Your school decides what it expects of its SENCO."),
        value=None,
    )
