"""Who pays for the NPQ for SENCOs: DfE scholarship funding by setting type, or a provider's fee."""
from __future__ import annotations

import datetime as dt

from senco_rules.decision import Decision, Outcome, unconfirmed_note
from senco_rules.facts import value_on
from senco_rules.settings_duty import SETTING_NAMES
from senco_rules.situation import Setting, Situation

FUNDING_CONDITIONS = (
    "Funded places are capped, so being eligible does not guarantee a place.",
    "You can be funded once for each NPQ: if you withdraw or fail, you cannot be funded for it again.",
    "You do not apply for funding separately: DfE tells you when you register.",
)


def fee_examples(today: dt.date) -> str:
    examples = value_on("funding/self_funded_fee_examples", today).value
    listed = "; ".join(f"{e['fee']} ({e['provider']}, {e['cohort']})" for e in examples)
    return f"Each provider sets its own fee. Published examples: {listed}."


def npq_funding(situation: Situation, today: dt.date) -> Decision:
    scholarship = value_on("funding/npq_senco_scholarship", today)
    fees = value_on("funding/self_funded_fee_examples", today)
    rules = scholarship.value
    setting = situation.setting

    def decide(outcome: Outcome, answer: str, reasons: tuple[str, ...], **extra) -> Decision:
        return Decision.citing(scholarship, fees, topic="funding", outcome=outcome, answer=answer,
                               reasons=reasons, value=outcome is Outcome.YES, **extra)

    if situation.outside_england:
        return decide(
            Outcome.NO,
            "No. NPQ funding applies to England only, and the NPQ for SENCOs is not required outside England.",
            (fee_examples(today),),
        )
    if setting is None:
        return decide(
            Outcome.DEPENDS,
            "The NPQ for SENCOs is free (fully funded by DfE) for teachers and leaders in publicly funded schools in "
            "England, including academies, special schools and maintained nursery schools, and in 16 to 19 settings.",
            (f"Otherwise you or your school pay. {fee_examples(today)}", *FUNDING_CONDITIONS[:1]),
            missing=("setting_type",),
        )
    name = SETTING_NAMES[setting]
    if setting.value in rules["funded"]:
        return decide(
            Outcome.YES,
            f"Yes. If you work in {name} in England, DfE pays your NPQ for SENCOs course fees (scholarship funding).",
            FUNDING_CONDITIONS,
        )
    if setting.value in rules["unclear"]:
        return decide(
            Outcome.DEPENDS,
            f"It is not clear whether staff in {name} are funded for the NPQ for SENCOs.",
            (f"If not funded, you or your school pay. {fee_examples(today)}",),
            caveats=(unconfirmed_note("Funding for this type of school", "the Register for an NPQ service"),),
        )
    reasons = [f"You or your school pay the provider. {fee_examples(today)}", "Ask your employer whether it will pay."]
    if setting in (Setting.EARLY_YEARS_PVI, Setting.CHILDMINDER):
        reasons.append("The NPQ in Early Years Leadership is funded for private, voluntary and independent settings.")
    return decide(
        Outcome.NO,
        f"No. Staff in {name} are not eligible for DfE funding for the NPQ for SENCOs.",
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
