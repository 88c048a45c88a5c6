"""Which settings in England must have a SENCO (Children and Families Act 2014, s.67)."""
from __future__ import annotations

import datetime as dt

from senco_rules.decision import Decision, Outcome, unconfirmed_note
from senco_rules.facts import DatedValue, value_on
from senco_rules.situation import Setting

SETTING_NAMES = {
    Setting.MAINTAINED_SCHOOL: "a maintained (council-run) mainstream school",
    Setting.ACADEMY: "a mainstream academy or free school",
    Setting.MAINTAINED_NURSERY: "a maintained nursery school",
    Setting.SPECIAL_SCHOOL: "a special school",
    Setting.PUPIL_REFERRAL_UNIT: "a pupil referral unit or alternative provision",
    Setting.SIXTEEN_TO_NINETEEN: "a sixth-form college or other 16-19 setting",
    Setting.FE_COLLEGE: "a further education college",
    Setting.INDEPENDENT_SCHOOL: "an independent (private) school",
    Setting.INDEPENDENT_SPECIAL_SCHOOL: "an independent special school",
    Setting.EARLY_YEARS_PVI: "a private, voluntary or independent nursery",
    Setting.CHILDMINDER: "a childminder's setting",
}


def duty_fact(today: dt.date) -> DatedValue:
    return value_on("settings/senco_duty", today)


def is_statutory(setting: Setting, today: dt.date) -> bool:
    """True where the law requires a SENCO, and so the SENCO qualification rules apply."""
    return setting.value in duty_fact(today).value["required"]


def must_have_senco(setting: Setting | None, today: dt.date) -> Decision:
    duty = duty_fact(today)
    rules = duty.value
    general = (
        "By law every mainstream school in England (maintained schools, academies and free schools) and every "
        "maintained nursery school must have a SENCO."
    )
    if setting is None:
        return Decision.citing(
            duty,
            topic="settings_duty",
            outcome=Outcome.YES,
            answer=f"{general} This comes from the Children and Families Act 2014, section 67.",
            reasons=(
                "The law does not cover independent schools, special schools, 16 to 19 academies or FE colleges, "
                "though they are encouraged to have one.",
                "Private, voluntary and independent nurseries are expected to name a SENCO under the Early Years "
                "Foundation Stage.",
            ),
            value=None,
        )
    name = SETTING_NAMES[setting]
    if setting.value in rules["required"]:
        outcome, answer = Outcome.YES, f"Yes. {name[0].upper()}{name[1:]} must have a SENCO by law (Children and Families Act 2014, section 67)."
        reasons: tuple[str, ...] = ("The SENCO must be a qualified teacher at the school, or the headteacher.",
                                    "The school must publish its SENCO's name and contact details in its SEN "
                                    "information report.")
        caveats: tuple[str, ...] = ()
    elif setting.value in rules["expected_unconfirmed"]:
        outcome = Outcome.DEPENDS
        answer = (f"In practice yes: {name} is expected to have a SENCO who is a qualified teacher (QTS), under the "
                  "SEND Code of Practice.")
        reasons = ("Section 67 itself names only mainstream schools and maintained nursery schools.",)
        caveats = (unconfirmed_note("The legal basis for this", "your local authority"),)
    elif setting.value in rules["expected"]:
        outcome = Outcome.NO
        answer = (
            f"Not under the Children and Families Act, but {name} is expected to name a SENCO under the Early Years "
            "Foundation Stage. They do not need QTS."
        )
        reasons = ("An accredited Level 3 Early Years SENCO award exists for this role.",)
        caveats = ()
    else:
        outcome = Outcome.NO
        answer = f"No, {name} is not required by law to have a SENCO, though it is encouraged to have one."
        reasons = ("The duty in section 67 covers mainstream schools and maintained nursery schools only.",)
        caveats = ()
    return Decision.citing(
        duty, topic="settings_duty", outcome=outcome, answer=answer, reasons=reasons, caveats=caveats,
        value=setting.value,
    )


def school_without_senco(setting: Setting | None, today: dt.date) -> Decision:
    """"What if the school hasn't got one?": where the duty applies, the governing body or trust must designate one."""
    if setting is not None and setting.value not in duty_fact(today).value["required"]:
        return must_have_senco(setting, today)
    duty = duty_fact(today)
    where = SETTING_NAMES[setting] if setting else "a mainstream school (including an academy or free school) or a " \
                                                    "maintained nursery school"
    return Decision.citing(
        duty, topic="settings_duty", outcome=Outcome.YES,
        answer=f"It must have one: {where} must always have a SENCO. The governing body (for an academy, the "
               "trust) must name one (Children and Families Act 2014, section 67).",
        reasons=("No source sets how quickly a vacancy must be filled.",),
        next_steps=("Ask the headteacher who covers the SENCO's work for now; then the governors or trust.",),
        value=True,
    )


# Who the appropriate authority is, when the setting does not say.
GOVERNORS_OR_TRUST = "the governing body (in an academy, the academy trust)"


def responsible_body(setting: Setting | None) -> str | None:
    """The school's "appropriate authority" in plain words, where the setting says which it is."""
    if setting is Setting.ACADEMY:
        return "the academy trust (the proprietor)"
    if setting in (Setting.MAINTAINED_SCHOOL, Setting.MAINTAINED_NURSERY):
        return "the governing body"
    return None


def who_designates(setting: Setting | None, today: dt.date) -> Decision:
    """Who must name the SENCO: the school's "appropriate authority" (CFA 2014 s.67(4))."""
    authority = value_on("settings/appropriate_authority", today)
    if body := responsible_body(setting):
        answer = f"In law, {body} must designate the SENCO."
    else:
        answer = ("The school's \"appropriate authority\" must designate the SENCO: the governing body of a maintained "
                  "school or maintained nursery school, or the proprietor (the academy trust) of an academy.")
    return Decision.citing(authority, topic="who_designates", outcome=Outcome.YES, answer=answer,
                           reasons=("The SENCO must be a member of staff at the school.",), value=None)


def who_sets_the_role(setting: Setting | None, today: dt.date) -> Decision:
    """Who decides what the SENCO does: the appropriate authority, for the role in leadership (reg 50)."""
    authority = value_on("settings/appropriate_authority", today)
    role_rule = value_on("post/role_in_leadership", today)
    body = responsible_body(setting) or GOVERNORS_OR_TRUST
    return Decision.citing(
        role_rule, authority, topic="who_sets_the_role", outcome=Outcome.YES,
        answer=f"In law, {body} must decide the SENCO's role in the school's leadership and "
               "management (regulation 50).",
        reasons=("The SEND Code of Practice (6.87) says the SENCO works with the headteacher and governing body on "
                 "SEN policy and provision.",
                 "No source here settles the day-to-day duties in more detail: agree them with your headteacher, "
                 "and ask the governors if you disagree."),
        value=None,
    )


def sixth_form_in_school(setting: Setting | None, today: dt.date) -> Decision:
    """"Does the school SENCO cover our sixth formers, or do we need our own?" (an 11-18 school): the law asks for one
    SENCO designated for the school; nothing splits it by age, and the role is the governors' (or trust's) to set."""
    duty = value_on("settings/senco_duty", today)
    role_rule = value_on("post/role_in_leadership", today)
    body = responsible_body(setting) or GOVERNORS_OR_TRUST
    return Decision.citing(
        duty, role_rule, topic="sixth_form_in_school", outcome=Outcome.DEPENDS,
        answer="No separate sixth-form SENCO is required by law: section 67 asks a mainstream school to designate a "
               "SENCO for the school, and a school's sixth form is part of that school.",
        reasons=(f"No source here says how the SENCO's work covers the sixth form: {body} decides the SENCO's role "
                 "(regulation 50), so how the work is shared is for the school to decide.",
                 "A separate 16 to 19 academy or sixth-form college is outside the SENCO duty."),
        value=None,
    )


def who_ensures_qualification(setting: Setting | None, today: dt.date) -> Decision:
    """"Whose duty is it that the SENCO qualifies?": the school's (regulation 49(4)); the SENCO does the course.
    A setting outside the duty ("what about our special school?") has no such duty: say so."""
    if setting is not None and not is_statutory(setting, today):
        return must_have_senco(setting, today)
    authority = value_on("settings/appropriate_authority", today)
    years = value_on("qualification/deadline_years", today)
    body = responsible_body(setting) or "the school's appropriate authority (the governing body, or the academy trust)"
    return Decision.citing(
        years, authority, topic="who_ensures_qualification", outcome=Outcome.YES,
        answer=f"The legal duty is the school's: {body} must ensure that the SENCO holds the SENCO qualification "
               f"within {years.value} years of becoming SENCO (regulation 49(4)).",
        # "what happens if they don't have it?": the duty is breached only if they are still SENCO after the
        # anniversary; the fact sheet names no penalty, so say so rather than invent one
        reasons=("If the SENCO is still in post after the third anniversary without it, the school is not meeting "
                 "that duty; no source sets a penalty or procedure, so the governing body or trust decides what "
                 "happens, taking advice.",
                 "The SENCO is the one who takes the course, so in practice it is a shared job: agree time to study "
                 "and who pays with your headteacher.",),
        value=None,
    )


def governors_duties(setting: Setting | None, today: dt.date) -> Decision:
    """"What are the governors' responsibilities around the SENCO?": the three the law gives the appropriate
    authority (section 67; regulation 49(4); regulation 50)."""
    authority = value_on("settings/appropriate_authority", today)
    years = value_on("qualification/deadline_years", today)
    role_rule = value_on("post/role_in_leadership", today)
    body = responsible_body(setting) or GOVERNORS_OR_TRUST
    return Decision.citing(
        authority, years, role_rule, topic="governors_duties", outcome=Outcome.YES,
        answer=f"In law, {body} must:\n"
               "- designate a SENCO: a qualified teacher at the school, or the headteacher (section 67);\n"
               f"- make sure a new SENCO holds the SENCO qualification within {years.value} years (regulation 49(4));\n"
               "- decide the SENCO's role in the school's leadership and management (regulation 50).",
        value=None,
    )


def nurseries_duty(today: dt.date) -> Decision:
    """"Does every nursery need a SENCO?": it depends on the kind of nursery, so say each kind's rule."""
    return Decision.citing(
        duty_fact(today), topic="settings_duty", outcome=Outcome.DEPENDS,
        answer="It depends on the kind of nursery. A maintained nursery school must have a SENCO by law: a qualified "
               "teacher (QTS) or the head. Private, voluntary and independent nurseries are not under that law, but "
               "the Early Years Foundation Stage expects them to name a SENCO, who does not have to hold QTS.",
        reasons=("Childminders are encouraged to name one; an accredited Level 3 Early Years SENCO award exists.",),
        value=None,
    )
