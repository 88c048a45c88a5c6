"""Who may hold the SENCO post in England (SEND Regulations 2014, reg 49(1) to (3)), and what they need first."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from senco_rules.decision import HEAD_QUALIFICATION_CAVEAT, Decision, Outcome, unconfirmed_note
from senco_rules.calendar import long_date
from senco_rules.facts import value_on
from senco_rules.nations import nation_guidance
from senco_rules.qts_routes import abroad_next_step, qts_from_nation, route
from senco_rules.qualification import prior_service_caveat
from senco_rules.settings_duty import SETTING_NAMES, duty_fact, is_statutory
from senco_rules.situation import Nation, Role, Setting, Situation

GENERAL_RULE = (
    "In a mainstream school or maintained nursery school in England, the SENCO must be a qualified teacher (QTS) "
    "who has finished statutory induction and teaches at the school, or the headteacher."
)
# Roles that do not bring QTS with them, unless the person says they hold it.
WITHOUT_QTS_BY_DEFAULT = {Role.TEACHING_ASSISTANT, Role.UNQUALIFIED_TEACHER, Role.CAREER_CHANGER,
                          Role.EARLY_YEARS_PRACTITIONER}
NPQ_IS_NOT_QTS = "You can register for the NPQ for SENCOs with a teacher reference number (TRN), but it does not replace QTS."


def routes_to_qts_steps(situation: Situation) -> tuple[str, ...]:
    """First steps towards QTS for someone without it. Without a degree, the undergraduate routes come first."""
    if situation.has_degree is False:
        first = ("Without a degree: the paid, fee-free 4-year Teacher Degree Apprenticeship (degree plus QTS), or "
                 "a degree, then teacher training.")
    elif situation.role is Role.UNQUALIFIED_TEACHER:  # already teaching: Assessment Only is made for them
        first = "With a degree: a PGCE with QTS, the salaried Postgraduate Teacher Apprenticeship, or Assessment Only."
    elif situation.has_degree is True:  # Assessment Only needs whole-class teaching that most do not yet have
        first = "With a degree: a PGCE with QTS or the salaried Postgraduate Teacher Apprenticeship."
        if situation.role is Role.TEACHING_ASSISTANT:
            first = ("With a degree: a PGCE with QTS, the salaried Postgraduate Teacher Apprenticeship, or Assessment "
                     "Only if you already teach whole classes on your own.")
    else:
        first = ("With a degree: a PGCE or the salaried Postgraduate Teacher Apprenticeship. Without one: the paid, "
                 "fee-free 4-year Teacher Degree Apprenticeship.")
    return first, NPQ_IS_NOT_QTS


def can_hold_post(situation: Situation, today: dt.date) -> Decision:
    # Every answer below applies regulation 49(2)-(3), in force from 1 September 2014: that is its "rule from".
    # The later refinements (paragraph 8A from 2016, 2-year induction from 2021) are cited as extra sources.
    rule = value_on("post/who_may_be_senco", today)
    induction_length = value_on("post/induction_years", today)
    para_8a = value_on("post/para_8a_exclusion", today)
    npq_within = (f"Once appointed, you have {value_on('qualification/deadline_years', today).value} years to gain "
                  "the NPQ for SENCOs.")

    def decide(outcome: Outcome, answer: str, reasons=(), next_steps=(), caveats=(), value=None,
               also=()) -> Decision:
        return Decision.citing(rule, *also, topic="post_eligibility", outcome=outcome, answer=answer,
                               reasons=tuple(reasons), next_steps=tuple(next_steps), caveats=tuple(caveats),
                               value=value)

    if situation.outside_england:
        return nation_guidance(situation.nation, today)  # type: ignore[arg-type]
    setting, role, has_qts = situation.setting, situation.role, situation.has_qts
    if setting is not None and not is_statutory(setting, today):
        name = SETTING_NAMES[setting]
        caveats: tuple[str, ...] = ()
        if setting.value in duty_fact(today).value["expected_unconfirmed"]:
            answer = (f"In practice a qualified teacher: {name} is expected to have a SENCO who is a qualified teacher under "
                      "the SEND Code of Practice, though section 67 itself names only mainstream schools and "
                      "maintained nursery schools.")
            caveats = (unconfirmed_note("The legal basis for this", "your local authority"),)
        else:
            answer = (f"In {name}, the legal SENCO duty does not apply: the SENCO does not need to be a qualified teacher "
                      "or hold the NPQ (it is not legally required), so your employer decides.")
        reasons = ["The duty and the QTS rule cover mainstream state schools and maintained nursery schools."]
        if setting in (Setting.EARLY_YEARS_PVI, Setting.CHILDMINDER):
            # The EYFS asks group settings to name a SENCO ("expected") and only encourages childminders.
            asked = "expected" if setting is Setting.EARLY_YEARS_PVI else "encouraged"
            reasons.append(f"Under the Early Years Foundation Stage it is {asked} to name a SENCO, who does not need "
                           "QTS; an accredited Level 3 Early Years SENCO award exists.")
        return Decision.citing(duty_fact(today), rule, topic="post_eligibility",
                               outcome=Outcome.DEPENDS if caveats else Outcome.NOT_APPLICABLE,
                               answer=answer, reasons=tuple(reasons), caveats=caveats, value=True)
    if situation.qualified_sen_only and para_8a.value["excluded"] and role is not Role.HEADTEACHER:
        # Paragraph 8A: the rule applied is the 2016 exclusion, so it is this answer's "rule from".
        return Decision.citing(
            para_8a, rule, topic="post_eligibility", outcome=Outcome.NO,
            answer="No, not on that qualification. A teacher from another European state who is qualified only to "
                   "teach pupils with SEN is treated as qualified only for special schools and specialist units, "
                   "so cannot be the SENCO of a mainstream school or maintained nursery school in England.",
            reasons=("This exclusion (paragraph 8A of the 2003 QTS Regulations) has applied since 19 December 2016.",),
            next_steps=("Full QTS would meet the rule: ask me about routes to QTS.",),
            value=False)
    induction = f"statutory induction ({induction_length.value} years)"
    induction_history = f"Induction has lasted {induction_length.value} years since September 2021."

    if role is Role.HEADTEACHER:
        return decide(Outcome.YES,
                      # No "Yes." opener: a head asking "do I need QTS?" would read it backwards. "Allowed" answers
                      # "can I cover it myself?" and "what about our acting head?" alike.
                      "Heads are allowed to be the SENCO: a headteacher or acting headteacher may take the role, and "
                      "the law sets no QTS condition for heads.",
                      reasons=["This is the separate head teacher route in regulation 49(3)."],
                      caveats=[HEAD_QUALIFICATION_CAVEAT],
                      value=True)
    if role is Role.PARENT:
        # A parent asks about their child's school's SENCO, not about becoming one.
        return decide(Outcome.NOT_APPLICABLE,
                      # Parents most often ask whether a TA may be the SENCO: that is said in the answer itself.
                      "At your child's school (a state mainstream school or maintained nursery school in England) "
                      "the SENCO must be a qualified teacher who has finished induction and teaches there, or the "
                      "headteacher: a teaching assistant without QTS cannot be the SENCO.",
                      # "Is our SENCO qualified?" is often about a new SENCO: the 3 years come next.
                      reasons=["A new SENCO has 3 years from appointment to gain the NPQ for SENCOs."],
                      next_steps=["The school's SEN information report (usually on its website) names the SENCO.",
                                  "If you are worried, talk to the SENCO or the headteacher, then the "
                                  + ("academy trust." if situation.setting is Setting.ACADEMY else "governors.")],
                      value=None)
    if situation.has_eyts and has_qts is not True:
        return decide(Outcome.NO,
                      "Not with EYTS alone. Early Years Teacher Status is not QTS, and the SENCO of a maintained "
                      "nursery school or mainstream school must be a qualified teacher (QTS), or the headteacher.",
                      reasons=["In private, voluntary and independent nurseries the law sets no SENCO qualification: "
                               "the employer decides."],
                      next_steps=["Gaining QTS (for example through Assessment Only) would meet the rule."],
                      caveats=[unconfirmed_note("That EYTS alone does not meet the SENCO rule", "the local authority")],
                      value=False)
    if role is Role.EARLY_CAREER_TEACHER:
        return decide(Outcome.NO,
                      f"Not yet: an early career teacher cannot be the SENCO until they have completed {induction}.",
                      reasons=["Once you have completed induction, you can be appointed if you teach at the school.",
                               induction_history],
                      next_steps=["You can register for the NPQ for SENCOs now to prepare, if your school supports it."],
                      value=False, also=(induction_length,))
    if situation.qualified_in in (Nation.SCOTLAND, Nation.NORTHERN_IRELAND) and has_qts is not True:
        # Registered in Scotland or Northern Ireland, working in England: English QTS comes by applying for it
        recognition = route("apply_for_qts", today)
        return decide(Outcome.NO,
                      "Not until you hold QTS in England. " + qts_from_nation(situation.qualified_in, today).answer,
                      next_steps=[npq_within], value=False, also=(recognition,))
    if role is Role.OVERSEAS_TEACHER and has_qts is not True:
        return decide(Outcome.NO,
                      "Not until you hold English QTS. Teaching under the overseas 4-year rule does not make you a "
                      "qualified teacher for this purpose.",
                      next_steps=[abroad_step(situation, today), npq_within],
                      caveats=[unconfirmed_note("That 4-year-rule teachers cannot be SENCO", "DfE or the school")],
                      value=False)
    if has_qts is False or role in WITHOUT_QTS_BY_DEFAULT and has_qts is not True:
        who = {
            # HLTAs ask this often, thinking their status counts: say it does not
            Role.TEACHING_ASSISTANT: "A teaching assistant or HLTA (HLTA status is not QTS)",
            Role.UNQUALIFIED_TEACHER: "An unqualified teacher",
            Role.CAREER_CHANGER: "Someone without teacher training",
            Role.EARLY_YEARS_PRACTITIONER: "An early years practitioner",
        }.get(role, "Someone without QTS")  # type: ignore[arg-type]
        # An academy named: say it is covered too (a common myth is that academies are exempt); an academy is in
        # England, so "in England" gives way to the phone limit
        schools = "a mainstream school (academies included) or maintained nursery school" \
            if situation.setting is Setting.ACADEMY else "a mainstream school or maintained nursery school in England"
        return decide(Outcome.NO,
                      f"Not without qualified teacher status (QTS). {who} cannot be the SENCO of {schools} "
                      "unless they are the headteacher; with QTS and induction they can.",
                      reasons=[GENERAL_RULE],
                      next_steps=routes_to_qts_steps(situation),
                      value=False)
    if has_qts is True or role in (Role.TEACHER, Role.FE_TEACHER):
        if situation.induction_complete is False:
            return decide(Outcome.NO, f"Not yet: you must first complete {induction}.", reasons=[induction_history],
                          value=False, also=(induction_length,))
        reasons = ["You must also be working as a teacher at the school."]
        caveats: list[str] = []
        if role is Role.FE_TEACHER and has_qts is not True:
            reasons.append("QTLS counts as qualified teacher status while you are an active member of the Society "
                           "for Education and Training.")
        if role is Role.FE_TEACHER:
            # The fact sheet: QTLS holders are recognised as qualified teachers; whether they need induction is not
            # confirmed, so the answer does not make induction a condition.
            caveats.append(unconfirmed_note("Whether QTLS holders must also complete statutory induction",
                                            "the Teaching Regulation Agency or the school's appropriate body"))
        also = ()
        if para_8a.value["excluded"] and role is Role.OVERSEAS_TEACHER:
            reasons.append("Teachers from other European states qualified only to teach pupils with SEN do not count "
                           "(since 19 December 2016).")
            also = (para_8a,)
        if role is Role.FE_TEACHER and has_qts is True:
            answer = ("Yes, while you are an active member of the Society for Education and Training (SET): QTLS "
                      "holders are recognised as qualified teachers in England.")
        elif has_qts is not True:
            answer = "Yes, if you hold QTS and have finished statutory induction."
        elif situation.induction_complete:
            answer = "Yes. As a qualified teacher who has finished induction, you can be appointed SENCO."
        else:
            answer = "Yes. As a qualified teacher you can be appointed SENCO, once you have finished statutory induction."
        next_steps = [] if situation.appointed else [npq_within]
        if earlier := prior_service_caveat(situation, today):
            next_steps = list(earlier)  # earlier SENCO service: the plain "3 years" may not be their rule
        return decide(Outcome.YES if has_qts else Outcome.DEPENDS, answer, reasons=reasons,
                      next_steps=next_steps, caveats=caveats, value=True if has_qts else None, also=also)
    return Decision.citing(
        rule, topic="post_eligibility", outcome=Outcome.DEPENDS, answer=GENERAL_RULE,
        reasons=("A new SENCO must also gain the NPQ for SENCOs within 3 years.",
                 "There is no legal minimum number of years of teaching experience."),
        next_steps=("Tell me your role and whether you hold QTS, and I can say what applies to you.",),
        missing=("role",),
    )


def abroad_step(situation: Situation, today: dt.date) -> str:
    """The next step for a teacher trained outside the UK: whether their country is on the Apply for QTS list."""
    if situation.trained_country is None:
        return ("Check whether you can apply for QTS with your overseas qualification, or train for iQTS: ask me about "
                "routes to QTS.")
    return abroad_next_step(situation.trained_country, today)


def experience_rule(today: dt.date) -> Decision:
    """"Do you need 2 years' teaching first?": no minimum in law or in DfE's NPQ guidance."""
    experience = value_on("post/minimum_experience", today)
    induction_length = value_on("post/induction_years", today)
    return Decision.citing(
        experience, induction_length, topic="experience_rule", outcome=Outcome.NO,
        answer="No. There is no official minimum number of years of teaching experience, in law or in DfE's NPQ "
               "guidance, to be SENCO or to take the NPQ for SENCOs.",
        reasons=(f"What the law asks is QTS, finished statutory induction ({induction_length.value} years for new "
                 "teachers) and teaching at the school, or being the headteacher.",),
        caveats=(unconfirmed_note("Whether any NPQ provider asks for experience", "the provider"),),
        value=experience.value["minimum_years"],
    )


def degree_for_senco(today: dt.date) -> Decision:
    """"What degree do you need to be a SENCO? Is there a SEND one?": none in particular; the post asks for QTS,
    and teacher training asks for a degree in any subject."""
    entry = value_on("context/itt_entry", today)
    rule = value_on("post/who_may_be_senco", today)
    return Decision.citing(
        entry, rule, topic="degree_for_senco", outcome=Outcome.NO,
        answer=f"No particular degree, and no SEND degree: a SENCO must be a qualified teacher (QTS), and teacher "
               f"training asks for {entry.value['degree']}.",
        reasons=(f"To teach secondary, {entry.value['secondary']} ({entry.value['year']} entry). Without a degree, "
                 "the teacher degree apprenticeship gives you a degree and QTS together.",
                 f"You also need {entry.value['gcses']}."),
    )


def who_may_be_senco(situation: Situation, today: dt.date) -> Decision:
    """The rule in general, for someone choosing a SENCO (not about the person asking): only the place counts."""
    return can_hold_post(Situation(nation=situation.nation, setting=situation.setting), today)


def supply_teacher(situation: Situation, today: dt.date) -> Decision:
    """A supply or agency teacher: the law asks that the SENCO works as a teacher at the school; it says nothing
    about agency contracts, so the school decides and should take advice."""
    rule = value_on("post/who_may_be_senco", today)
    return Decision.citing(
        rule, topic="post_eligibility", outcome=Outcome.DEPENDS,
        answer="Possibly: the SENCO must be a qualified teacher working as a teacher at the school (or the head). No "
               "source settles whether an agency supply teacher counts as working at the school, so the governing "
               "body or trust decides and should take advice.",
        value=None,
    )


def part_time_senco(situation: Situation, today: dt.date) -> Decision:
    """A part-time teacher: regulation 49 sets no hours, so part-time is no bar; how the role fits is the school's."""
    rule = value_on("post/who_may_be_senco", today)
    return Decision.citing(
        rule, topic="post_eligibility", outcome=Outcome.YES,
        answer="Yes, working part-time does not stop you: the law sets no minimum hours. The SENCO must be a "
               "qualified teacher who has finished induction and teaches at the school, or the headteacher.",
        reasons=("No source sets how many days a SENCO must work, so your school decides whether the role fits your "
                 "hours.",),
        value=True,
    )


def once_qualified(situation: Situation, today: dt.date) -> Decision:
    """"And once I have QTS, how soon can I be SENCO?", "could I apply straight after I qualify?": not straight
    away, since induction comes first (for someone who has already finished it, the rule for them as they are)."""
    if situation.role is Role.HEADTEACHER or situation.induction_complete:
        return can_hold_post(replace(situation, has_qts=True, has_eyts=None, qualified_sen_only=None,
                                     role=Role.TEACHER if situation.role is not Role.HEADTEACHER else situation.role),
                             today)
    rule = value_on("post/who_may_be_senco", today)
    induction = value_on("post/induction_years", today)
    years = value_on("qualification/deadline_years", today)
    return Decision.citing(
        rule, induction, topic="post_eligibility", outcome=Outcome.NO,
        answer=f"Not straight away. Once you have QTS you must first complete statutory induction ({induction.value} "
               "years as an early career teacher); then you can be appointed SENCO at a school where you teach.",
        reasons=(f"Once appointed, you have {years.value} years to gain the NPQ for SENCOs.",),
        next_steps=("You can register for the NPQ for SENCOs before you are a SENCO, if your school supports it.",),
        value=False,
    )


def academy_teachers_qts(today: dt.date) -> Decision:
    """"Do academies have to employ qualified teachers now?": the 2026 Act says they will, from a date regulations
    set; no source here says that date has come. The SENCO must hold QTS in any case."""
    reforms = value_on("context/recent_reforms", today)
    rule = value_on("post/who_may_be_senco", today)
    assent = long_date(reforms.value["cws_act_royal_assent"])
    return Decision.citing(
        reforms, rule, topic="academy_teachers_qts", outcome=Outcome.DEPENDS,
        answer=f"The Children's Wellbeing and Schools Act 2026 (Royal Assent {assent}) requires academy teachers to "
               "hold QTS or be working towards it, from a date set by regulations; no source here says that date has "
               "been set yet.",
        reasons=("An academy's SENCO must already hold QTS (or be the headteacher), as in any mainstream school.",),
        value=None,
    )


def reforms_and_the_post(today: dt.date) -> Decision:
    """"Will the Children's Wellbeing and Schools Bill change who can be SENCO?": it is an Act now; what it changes
    is QTS for academy teachers, and no source here says it changes the SENCO rule (regulation 49)."""
    reforms = value_on("context/recent_reforms", today)
    rule = value_on("post/who_may_be_senco", today)
    assent = long_date(reforms.value["cws_act_royal_assent"])
    return Decision.citing(
        reforms, rule, topic="reforms_and_the_post", outcome=Outcome.DEPENDS,
        answer="No source here says it changes who may be SENCO: the SENCO must still be a qualified teacher who "
               "has finished induction and teaches at the school, or the headteacher (regulation 49).",
        reasons=(f"It became the Children's Wellbeing and Schools Act 2026 (Royal Assent {assent}). It requires "
                 "academy teachers to hold or be working towards QTS, from a date set by regulations.",),
        value=None,
    )


def npq_is_not_qts(situation: Situation, today: dt.date) -> Decision:
    """"Does doing the NPQ count as getting QTS?": no; the post needs QTS (or being the head) and, later, the NPQ."""
    rule = value_on("post/who_may_be_senco", today)
    return Decision.citing(
        rule, topic="post_eligibility", outcome=Outcome.NO,
        answer="No. The NPQ for SENCOs does not give you QTS or count as it: a SENCO needs QTS first (unless they are "
               "the headteacher), and the NPQ on top.",
        next_steps=routes_to_qts_steps(situation)[:1] if situation.has_qts is not True else (),
        value=False,
    )
