"""Who pays for the NPQ for SENCOs: DfE scholarship funding by setting type, or a provider's fee."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from senco_rules.decision import Decision, Outcome, unconfirmed_note
from senco_rules.facts import DatedValue, Source, value_on
from senco_rules.nations import headline, nation_fact
from senco_rules.post_eligibility import routes_to_qts_steps
from senco_rules.settings_duty import SETTING_NAMES
from senco_rules.situation import Role, Setting, Situation

# The scholarship is for "teachers and leaders"; these roles are neither, unless they say they hold QTS.
NOT_TEACHERS_OR_LEADERS = {
    Role.TEACHING_ASSISTANT: "teaching assistants", Role.CAREER_CHANGER: "people not yet working as teachers",
    Role.PARENT: "parents", Role.OTHER: "support staff", Role.EARLY_YEARS_PRACTITIONER: "early years practitioners",
}

# The general answer's conditions. Being funded once per NPQ has its own answer (funding_after_withdrawal): in
# every "is it funded?" reply it read as a "not funded" to people it did not concern.
FUNDING_CONDITIONS = (
    "Funded places are capped, so being eligible does not guarantee a place.",
    "You do not apply for funding separately: DfE tells you when you register.",
)


def fee_examples(today: dt.date) -> str:
    examples = value_on("funding/self_funded_fee_examples", today).value
    listed = "; ".join(f"{e['fee']} ({e['provider']}, {e['cohort']})" for e in examples)
    return f"Each provider sets its own fee. Published examples: {listed}."


def _funding_page_and(scholarship: DatedValue, other_sources: tuple[Source, ...], **fields: Any) -> Decision:
    """A funding answer that also states another rule: cited to the funding page and that rule's source (a reply
    shows two sources, and the scholarship fact's second page, the eligible settings, is not what it rests on)."""
    decision = Decision.citing(scholarship, topic="funding", **fields)
    return replace(decision, sources=(scholarship.sources[0], *other_sources))


def npq_funding(situation: Situation, today: dt.date) -> Decision:
    scholarship = value_on("funding/npq_senco_scholarship", today)
    fees = value_on("funding/self_funded_fee_examples", today)
    rules = scholarship.value
    setting = situation.setting

    def decide(outcome: Outcome, answer: str, reasons: tuple[str, ...], **extra) -> Decision:
        return Decision.citing(scholarship, fees, topic="funding", outcome=outcome, answer=answer,
                               reasons=reasons, value=outcome is Outcome.YES, **extra)

    if situation.outside_england:
        # The nation's own role in one sentence ("Wales has ALNCos, not SENCOs"), cited to its law.
        there = nation_fact(situation.nation, today)  # type: ignore[arg-type]
        return _funding_page_and(
            scholarship, there.sources[:1], outcome=Outcome.NO, value=False,
            answer="No. NPQ funding applies to England only, and the NPQ for SENCOs is not required outside England.",
            reasons=(headline(there),),
        )
    # Where the setting is funded (or unknown), who you are decides; elsewhere the setting already rules it out.
    if situation.role in NOT_TEACHERS_OR_LEADERS and situation.has_qts is not True and (
            setting is None or setting.value in rules["funded"]):
        who = NOT_TEACHERS_OR_LEADERS[situation.role]  # type: ignore[index]
        answer = (f"No, not on the published criteria: DfE funds the NPQ for SENCOs for {rules['funded_people']} in "
                  f"publicly funded schools and 16 to 19 settings in England, and {who} are not in that group.")
        if situation.role is Role.PARENT:
            return decide(Outcome.NO, answer, (f"You can still register with a TRN and pay. {fee_examples(today)}",))
        # Most ask because they want to be SENCO: that needs QTS first, whoever pays. Cited: who is funded (the
        # funding page) and who may be SENCO (regulation 49); the price has its own answer.
        return _funding_page_and(
            scholarship, value_on("post/who_may_be_senco", today).sources, outcome=Outcome.NO, value=False,
            answer=answer,
            # The QTS point first: when the reply is too long for a phone, the last reason gives way
            reasons=("The NPQ does not replace QTS: to be a SENCO you would also need qualified teacher status "
                     "(QTS) first, unless you are the headteacher.",
                     "You can still register with a TRN and pay, or ask your school to."),
            # With a degree the way to QTS is short enough to add; the longer no-degree routes would push the QTS
            # point off a phone screen (and are the answer to "what's my route?", asked on its own)
            next_steps=routes_to_qts_steps(situation)[:1] if situation.has_degree else (),
        )
    if setting is None:
        return decide(
            Outcome.DEPENDS,
            f"The NPQ for SENCOs is free (fully funded by DfE) for {rules['funded_people']} in publicly funded "
            "schools in England, including academies, special schools and maintained nursery schools, and in 16 to 19 "
            "settings.",
            (f"Otherwise you or your school pay. {fee_examples(today)}", *FUNDING_CONDITIONS[:1]),
            missing=("setting_type",),
        )
    name = SETTING_NAMES[setting]
    if setting.value in rules["funded"]:
        return decide(
            Outcome.YES,
            f"It is funded for {rules['funded_people']}: if you work in {name} in England, DfE pays your NPQ for "
            "SENCOs course fees (scholarship funding), not you or your school.",
            FUNDING_CONDITIONS,
        )
    if setting.value in rules["unclear"]:
        return decide(
            Outcome.DEPENDS,
            f"It is not clear whether DfE funding for the NPQ for SENCOs covers staff in {name}.",
            (f"If not funded, you or your school pay. {fee_examples(today)}",),
            caveats=(unconfirmed_note("Funding for this type of school", "the Register for an NPQ service"),),
        )
    reasons = [f"You or your school pay the provider. {fee_examples(today)}", "Ask your employer whether it will pay."]
    if setting in (Setting.EARLY_YEARS_PVI, Setting.CHILDMINDER):
        # Their funded route matters more than asking the employer.
        reasons[1] = "The NPQ in Early Years Leadership is funded for private, voluntary and independent settings."
    return decide(
        Outcome.NO,
        f"Not funded: staff in {name} are not eligible for DfE funding for the NPQ for SENCOs.",
        tuple(reasons),
    )


def nasenco_funding(today: dt.date) -> Decision:
    """The legacy award: schools paid, and no new course has counted since 1 September 2024."""
    paid = value_on("funding/nasenco_funding", today)
    switch = value_on("qualification/npq_for_courses_started_from", today)
    return Decision.citing(
        paid, switch,
        topic="funding",
        outcome=Outcome.NO,
        answer=f"No. The NASENCo was paid for from {paid.value['paid_by']}, not by DfE.",
        reasons=("A NASENCo started on or after 1 September 2024 does not count, so new SENCOs take the NPQ for "
                 "SENCOs, which DfE funds for publicly funded schools.",),
        value=False,
    )


def funding_after_withdrawal(today: dt.date) -> Decision:
    """A second funded place after withdrawing from or failing a funded NPQ."""
    once = value_on("funding/funded_once", today)
    fees = value_on("funding/self_funded_fee_examples", today)
    return Decision.citing(
        once, fees, topic="funding_again", outcome=Outcome.NO,
        answer="No. DfE funds each NPQ once: if you withdraw from or fail a funded NPQ for SENCOs, you cannot be "
               "funded for it again.",
        reasons=(f"A second attempt is paid by you or your school. {fee_examples(today)}",
                 "If you fail the assessment, providers let you resubmit in the next assessment window; ask yours "
                 "whether that costs anything."),
        value=False,
    )


def funded_for_another_npq(today: dt.date) -> Decision:
    """"I already did a funded NPQSL: can the SENCO one be funded too?": funding is once per NPQ, not once in all."""
    once = value_on("funding/funded_once", today)
    scholarship = value_on("funding/npq_senco_scholarship", today)
    return Decision.citing(
        once, scholarship, topic="funded_for_another_npq", outcome=Outcome.YES,
        # "Yes" answers "can I still be funded?"; the sentence says it does not stop funding, for "does it stop me?"
        answer="Yes, you can still be funded: a funded place on another NPQ (such as the NPQH or NPQ in Senior "
               "Leadership) does not stop funding for the NPQ for SENCOs, because DfE funds each NPQ once.",
        reasons=(f"You still need to be eligible: for the {scholarship.value['cohort']} cohort that is "
                 f"{scholarship.value['funded_people']} in publicly funded schools and 16 to 19 settings in England.",
                 "Only withdrawing from or failing a funded NPQ for SENCOs would stop funding for that same NPQ."),
        value=True,
    )


def school_payments(today: dt.date) -> Decision:
    """Money for the school (cover, the old targeted support grant), as opposed to the participant's course fees."""
    grant = value_on("funding/targeted_support", today)
    history = [value_on("funding/targeted_support", dt.date(year, 9, 1)).value for year in (2022, 2023)]
    paid = "; ".join(f"{h['academic_year']}: {' or '.join(h['payments'])}" for h in history)
    current = grant.value
    if current["payments"]:
        answer = f"Yes: for {current['academic_year']} DfE pays schools targeted support funding: {', '.join(current['payments'])}."
        caveats: tuple[str, ...] = ()
    else:
        answer = (f"Not now. Targeted support funding, a DfE grant to schools for NPQ participants, was paid only in "
                  f"{paid}. None is on record from 2024/25.")
        caveats = ("That it ended is not confirmed by an official source: check with your teaching school hub.",)
    return Decision.citing(
        grant, topic="school_payments", outcome=Outcome.NO if not current["payments"] else Outcome.YES,
        answer=answer,
        reasons=("Scholarship funding pays course fees only; cover and study time are for you and your school to "
                 "agree.",),
        caveats=caveats,
        value=bool(current["payments"]),
    )


def self_funded_price(today: dt.date) -> Decision:
    fees = value_on("funding/self_funded_fee_examples", today)
    return Decision.citing(
        fees, topic="self_funded_price", outcome=Outcome.YES,
        answer=f"If you are not funded, you or your school pay the provider's fee. {fee_examples(today)}",
        reasons=("Prices for the November 2026 cohort are not confirmed, so check with providers.",
                 "Some providers add VAT."),
        value=[e["fee"] for e in fees.value],
    )


def fee_vat(today: dt.date) -> Decision:
    """"Is that inc VAT?": only what each published fee says; the rest is for the provider to confirm."""
    fees = value_on("funding/self_funded_fee_examples", today)
    # "£1,333 + VAT" is said as "£1,333 ... is quoted plus VAT"
    plus = [f"{e['provider']}'s {e['fee'].replace(' + VAT', '')} ({e['cohort']})" for e in fees.value
            if "VAT" in e["fee"]]
    unstated = [f"{e['provider']}'s {e['fee']} ({e['cohort']})" for e in fees.value if "VAT" not in e["fee"]]
    parts = []
    if plus:
        parts.append(f"{' and '.join(plus)} is quoted plus VAT")
    if unstated:
        parts.append(f"{' and '.join(unstated)} is listed without saying")
    return Decision.citing(
        fees, topic="fee_vat", outcome=Outcome.DEPENDS,
        answer=f"It depends on the provider: {'; '.join(parts)}.",
        reasons=("Each provider sets its own fee, and prices for the November 2026 cohort are not confirmed.",),
        next_steps=("Ask the provider whether its fee includes VAT before you book.",),
        value=None,
    )


def funding_abroad(today: dt.date) -> Decision:
    scholarship = value_on("funding/npq_senco_scholarship", today)
    return Decision.citing(
        scholarship, topic="funding_abroad", outcome=Outcome.NO,
        answer="No. DfE's NPQ funding applies to England only, so staff in schools abroad, including British "
               "international schools, are not funded.",
        reasons=("Some providers take staff from international schools on a paid basis.",
                 "The SENCO qualification duty applies only to schools in England."),
        value=False,
    )


def funding_beyond_one_school(today: dt.date, employer: str) -> Decision:
    """Teachers not employed by one school. `employer` is "local_authority" (LA teaching staff, virtual schools,
    hospital schools, YOIs: named in the criteria) or "trust_central" (a trust's central team: not named)."""
    scholarship = value_on("funding/npq_senco_scholarship", today)
    rules = scholarship.value
    named = "; ".join(rules["also_funded"])
    if employer == "local_authority":
        answer = (f"Yes, on the published criteria for the {rules['cohort']} cohort: besides {rules['funded_people']} "
                  f"in publicly funded schools, DfE funds {named}.")
        outcome = Outcome.YES
    else:
        answer = ("No source settles it: DfE's criteria fund teachers and leaders in publicly funded schools and 16 to "
                  "19 settings, and name some staff outside one school, but not a trust's central team.")
        outcome = Outcome.DEPENDS
    return Decision.citing(
        scholarship, topic="funding_beyond_one_school", outcome=outcome, answer=answer,
        reasons=() if employer == "local_authority" else (f"Those named: {named}.",),
        next_steps=("Register for the NPQ: DfE checks eligibility when you register and says whether your place is "
                    "funded.",),
        value=outcome is Outcome.YES,
    )


def funding_conditions(today: dt.date) -> Decision:
    """What a funded place depends on: the cap, once per NPQ, matching records, and the providers' 90% rule."""
    scholarship = value_on("funding/npq_senco_scholarship", today)
    engagement = value_on("npq/engagement", today)
    percent = engagement.value["minimum_engagement_percent"]
    return Decision.citing(
        scholarship, engagement, topic="funding_conditions", outcome=Outcome.YES,
        answer=f"Providers require at least {percent}% engagement with the course (sessions and online study) to "
               "sit or pass the assessment.",
        reasons=("Funded places are capped; you are funded once per NPQ, so withdrawing or failing ends it.",
                 "Your registration details must match your Teaching Regulation Agency record."),
        caveats=(f"The {percent}% rule is in providers' terms, not on a DfE page.",),
        value=percent,
    )


def other_npq_funding(today: dt.date) -> Decision:
    """Funding for the other NPQs SENCOs ask about (headship, senior leadership, early years leadership)."""
    scholarship = value_on("funding/npq_senco_scholarship", today)
    rules = scholarship.value
    return Decision.citing(
        scholarship, topic="other_npq_funding", outcome=Outcome.YES,
        answer=f"For the {rules['cohort']} cohort, the NPQ for Headship (NPQH) and the NPQ in Senior Leadership "
               f"are funded on the same basis as the NPQ for SENCOs: {rules['funded_people']} in publicly funded "
               "schools and 16 to 19 settings in England.",
        reasons=("The NPQ in Early Years Leadership is funded for publicly funded early years settings, including "
                 "private, voluntary and independent nurseries and childminders.",
                 "Funding for the other NPQs depends on how disadvantaged the school is."),
        caveats=(unconfirmed_note("The detailed list of funded settings", "the Register for an NPQ service"),),
        value=True,
    )


def funding_how_to_get(today: dt.date) -> Decision:
    """"How do I apply for the scholarship?": you do not; registering for the NPQ is how eligibility is checked."""
    scholarship = value_on("funding/npq_senco_scholarship", today)
    rules = scholarship.value
    return Decision.citing(
        scholarship, topic="funding_how_to_get", outcome=Outcome.YES,
        answer="You do not need to apply for scholarship funding: when you register for the NPQ for SENCOs, DfE "
               "will tell you if you are eligible.",
        reasons=(f"For the {rules['cohort']} cohort it covers {rules['funded_people']} in publicly funded schools "
                 "and 16 to 19 settings in England.",
                 "Funded places are capped, so being eligible does not guarantee a place."),
        next_steps=("Have your teacher reference number (TRN) ready, and your school's details.",),
        value=True,
    )


def funded_place_not_guaranteed(today: dt.date) -> Decision:
    """"So I'm guaranteed a funded place?": no; places are capped, and registering is how you find out."""
    scholarship = value_on("funding/npq_senco_scholarship", today)
    return Decision.citing(
        scholarship, topic="funded_place_not_guaranteed", outcome=Outcome.NO,
        answer="No. Funded places are capped, so being eligible does not guarantee you a funded place.",
        reasons=("You do not apply for funding separately: when you register for the NPQ for SENCOs, DfE tells you "
                 "whether you have a funded place.",),
        next_steps=("Register early with your chosen provider, and ask them how places are going.",),
        value=False,
    )


def funding_disadvantage(today: dt.date) -> Decision:
    """"Is it only funded in deprived areas?": no, the disadvantage test is for the other NPQs."""
    scholarship = value_on("funding/npq_senco_scholarship", today)
    rules = scholarship.value
    return Decision.citing(
        scholarship, topic="funding_disadvantage", outcome=Outcome.NO,
        answer=f"No. For the {rules['cohort']} cohort the NPQ for SENCOs is funded for {rules['funded_people']} in "
               "all publicly funded schools and 16 to 19 settings in England, regardless of how disadvantaged the "
               "school is.",
        reasons=("The disadvantage test applies to some other NPQs, not this one.",
                 "Funded places are capped, so being eligible does not guarantee a place."),
        value=False,
    )
