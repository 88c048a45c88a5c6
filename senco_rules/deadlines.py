"""By when a new SENCO must hold the qualification: 3 years from becoming SENCO (reg 49(4)), and for a NASENCo
also before 1 September 2027 (reg 49(7)(a))."""
from __future__ import annotations

import datetime as dt

from senco_rules.calendar import KnownDate, add_months, anniversary, long_date, month_year, same_month
from senco_rules.decision import Decision, Outcome
from senco_rules.facts import value_on
from senco_rules.npq import course_length_months, upcoming_cohorts
from senco_rules.qualification import (NASENCO, NPQ_NAME, nasenco_cutoff, on_or_in, outside_the_rules,
                                      which_qualification)
from senco_rules.settings_duty import SETTING_NAMES
from senco_rules.situation import Nasenco, Situation

def prior_service_reasons(situation: Situation, today: dt.date) -> tuple[str, ...]:
    """For someone who mentioned up to 12 months of earlier SENCO service: it does not change the deadline.
    (More than 12 months gets the qualification answer's "take advice" caveat instead.)"""
    months = situation.prior_senco_months
    limit = value_on("qualification/prior_service_months", today).value
    if months is not None and 0 <= months <= limit:
        return (f"Earlier SENCO service of {limit} months or less in total does not change this.",)
    return ()


def due_date(appointed: KnownDate, today: dt.date) -> KnownDate:
    years = value_on("qualification/deadline_years", today).value
    return KnownDate(anniversary(appointed.on, years), appointed.day_known, appointed.year_only)


def qualification_deadline(situation: Situation, today: dt.date) -> Decision:
    years = value_on("qualification/deadline_years", today)
    outside = outside_the_rules(situation, today)
    if outside is not None:
        return outside
    qualification = which_qualification(situation, today)
    appointed = situation.appointed
    prior_reasons = prior_service_reasons(situation, today)
    if appointed is None:
        if situation.not_yet_appointed:
            answer = (f"Once you become SENCO, you must hold the SENCO qualification within {years.value} years: by "
                      "the third anniversary of your start date.")
        else:
            # "what about academies?" after the general answer: say it holds there, not the same text unmarked
            answer = (f"A new SENCO must hold the SENCO qualification within {years.value} years of the day they "
                      "become SENCO: by the third anniversary of their start date.")
            if situation.setting:
                name = SETTING_NAMES[situation.setting]
                answer = f"{name[0].upper()}{name[1:]} is covered. {answer}"
        return Decision.citing(
            years,
            topic="deadline",
            outcome=Outcome.DEPENDS,
            answer=answer,
            reasons=(*prior_reasons, qualification.answer),
            caveats=qualification.caveats,
            missing=() if situation.not_yet_appointed else ("appointment_date",),
        )
    due = due_date(appointed, today)
    if qualification.value == NASENCO and situation.nasenco is Nasenco.COMPLETED:
        return Decision.citing(
            years, topic="deadline", outcome=Outcome.YES,
            answer="You do not need the NPQ: your NASENCo counts, so you already meet the requirement and there is no "
                   "deadline left to meet.",
            value=None,
        )
    if qualification.value == NASENCO:
        three_years = due
        last_day = nasenco_cutoff(today).value - dt.timedelta(days=1)
        if due.on > last_day:
            due = KnownDate(last_day)
        still_ahead = today <= due.latest
        answer = f"You must complete your NASENCo by {due.describe()}." if still_ahead else \
            f"Your deadline to complete your NASENCo was {due.describe()}: it has passed."
        # Both dates named: the user can see which one binds and why.
        why = (
            f"That is the earlier of your 3-year deadline ({three_years.describe()}: 3 years from becoming SENCO, "
            f"{appointed.describe()}) and the NASENCo cut-off of {long_date(nasenco_cutoff(today).value)}."
        )
        plan = situation.nasenco_completed
        if plan is not None and situation.nasenco is Nasenco.STARTED and plan.on > due.latest and still_ahead:
            # Their own expected finish misses it: that is the news, so it goes in the answer.
            answer += (f" You expect to finish {on_or_in(plan)}, after that date, so as planned you would miss "
                       "your deadline: speak to your headteacher and your university now.")
        elif plan is None and situation.nasenco is Nasenco.STARTED and still_ahead:
            # No finish date given: what happens if it is not finished is half the answer
            answer += (f" If you cannot finish it by then, you will need the {NPQ_NAME} instead, by "
                       f"{three_years.describe()}.")
        elif plan is not None and situation.nasenco is Nasenco.STARTED and plan.latest <= due.latest and still_ahead:
            # Their own expected finish is in time: the point is that the NASENCo will count (no NPQ needed)
            answer = (f"Your NASENCo will count, so you will not need the NPQ, if you finish it as planned "
                      f"{on_or_in(plan)}: it must be complete by {due.describe()}.")
    elif due.year_only and today.year == due.on.year:
        # "became SENCO in 2023": the third anniversary falls this year, before or after today
        answer = (f"Your deadline to hold the {NPQ_NAME} is the third anniversary of becoming SENCO, in "
                  f"{due.describe()}: the month you started decides whether it has already passed.")
    elif due.year_only:
        answer = f"You must hold the {NPQ_NAME} by the third anniversary of becoming SENCO, in {due.describe()}." \
            if today <= due.latest else \
            f"Your deadline to hold the {NPQ_NAME} was in {due.describe()}: it has passed."
    else:
        answer = f"You must hold the {NPQ_NAME} by {due.describe()}." if today <= due.latest else \
            f"Your deadline to hold the {NPQ_NAME} was {due.describe()}: it has passed."
    if qualification.value != NASENCO:
        became = "become" if appointed.on > today else "became"  # "take over as SENCO from January 2027"
        why = f"That is 3 years after you {became} SENCO ({appointed.describe()})."
    return Decision.citing(
        years,
        nasenco_cutoff(today),
        topic="deadline",
        outcome=Outcome.YES,
        answer=answer,
        reasons=(why, *prior_reasons, "The requirement is met when you receive your NPQ outcome.")
        if qualification.value != NASENCO
        else (why, *prior_reasons),
        next_steps=_timing_advice(due, today, qualification.value == NASENCO, situation.npq_start),
        caveats=qualification.caveats,
        value=due.on,
    )


def _timing_advice(due: KnownDate, today: dt.date, nasenco: bool,
                   npq_start: KnownDate | None = None) -> tuple[str, ...]:
    last_day = due.latest
    # The course they named, not "if you have not started yet": when its result comes.
    start = npq_start.on.replace(day=1) if npq_start is not None and not nasenco else None
    result_by = add_months(start, course_length_months(today)[1]) if start else None
    if today > last_day:
        # the answer has said it passed: what now
        if start and result_by:
            return (f"Your NPQ starting {month_year(start)} should give your result by about {month_year(result_by)}. "
                    "The duty is on your school, so speak to your headteacher or governors now.",)
        return ("The duty is on your school, so speak to your headteacher or governors now about joining the next "
                "cohort.",)
    if start and result_by:
        if same_month(result_by, due.on):
            # "about September 2029" against a September 2029 deadline: may land either side of it
            return (f"Your NPQ starting {month_year(start)} should give your result in about {month_year(result_by)}, "
                    "the same month as your deadline: too close to rely on. Ask a provider about starting sooner.",)
        if result_by <= last_day:
            return (f"Your NPQ starting {month_year(start)} should give your result in about {month_year(result_by)}, "
                    "before the deadline.",)
        late = (f"Your NPQ starting {month_year(start)} gives your result only by about {month_year(result_by)}, "
                "after the deadline.")
        # "is waiting for the November 2027 cohort too late?": yes, so name the earlier cohort that is in time
        sooner = [c for c in upcoming_cohorts(today, 3, include_this_month=True)
                  if c.outcome_by <= last_day and c.starts < start]
        if sooner:
            cohort = sooner[-1]
            if cohort.this_month:
                return (f"{late} The cohort starting this month ({month_year(cohort.starts)}) would get your result in "
                        "time: ask a provider now whether you can still join it.",)
            return (f"{late} A cohort starting by {month_year(cohort.starts)} would get your result in time.",)
        return (f"{late} Speak to the headteacher and the provider now.",)
    if nasenco:
        return ("Check with your university that you will finish in time.",)
    cohorts = upcoming_cohorts(today, 3, include_this_month=True)
    in_time = [c for c in cohorts if c.outcome_by <= last_day]
    first = cohorts[0]
    join_now = (f" A cohort starts this month ({month_year(first.starts)}): ask a provider now whether you can still "
                "join it." if first.this_month else "")
    if in_time:
        latest = in_time[-1]
        if latest.this_month:
            return (f"If you have not started yet, only the cohort starting this month ({month_year(latest.starts)}) "
                    "gets your result in time: ask a provider now whether you can still join it.",)
        note = "" if latest.published else " (dates not yet published)"
        return (f"If you have not started yet, join a cohort starting by {month_year(latest.starts)}{note} to get "
                f"your result in time.{join_now}",)
    return (
        # (no result month here: a second date next to the deadline is easily read as the deadline)
        f"If you have not started the NPQ yet, even {first.describe()} gives its results only after your deadline. "
        # the duty is the governors' (or trust's): a governor asking "what's our position?" needs that said
        "Speak to your headteacher, governors and a provider now.",
    )


def deadline_absence(situation: Situation, today: dt.date) -> Decision:
    """"Does maternity leave (or part-time work) push my deadline back?": no source says so. Regulation 49(4) counts
    3 years from the day someone becomes SENCO and names no pause, so the date stands; the school decides the rest."""
    years = value_on("qualification/deadline_years", today)
    stands = f"your deadline stays {years.value} years from the day you became SENCO"
    if situation.appointed is not None and not situation.appointed.year_only:
        stands = f"your deadline stays {due_date(situation.appointed, today).describe()}"
    return Decision.citing(
        years, topic="deadline_absence", outcome=Outcome.NO,
        answer=f"No source pauses or extends the {years.value} years for maternity leave, part-time hours or other "
               f"absence: regulation 49(4) counts from the day you become SENCO and names no exception, so {stands}.",
        reasons=("The duty is the school's: talk to your headteacher early about how you will finish in time, for "
                 "example by starting the NPQ sooner.",),
        value=None,
    )


def when_requirement_met(today: dt.date) -> Decision:
    """"Does 3 years mean finishing the course, or having the result?": the result, so the course must start early."""
    years = value_on("qualification/deadline_years", today)
    course = value_on("npq/course", today)
    taught, to_outcome = course_length_months(today)
    return Decision.citing(
        years, course, topic="when_requirement_met", outcome=Outcome.YES,
        answer=f"You meet the requirement when you receive your NPQ outcome (your result), not when the taught part "
               f"ends, so you need the result within {years.value} years of becoming SENCO.",
        reasons=(f"The course is {taught} months of study, then an assessment window of "
                 f"{course.value['assessment_window_months_min']} to {course.value['assessment_window_months']} "
                 f"months, so allow about {to_outcome} months from the start to your result.",),
        next_steps=("Tell me when you became SENCO and I can work out your date and the latest cohort to join.",),
        value=to_outcome,
    )


def npq_after_appointment(today: dt.date, asked_if_allowed: bool = False) -> Decision:
    """"Do I need the NPQ before I apply for SENCO jobs?": no. "Can we appoint someone without it?": yes. Either
    way: QTS (or being the head) now, the NPQ within 3 years."""
    years = value_on("qualification/deadline_years", today)
    rule = value_on("post/who_may_be_senco", today)
    opener = ("Yes: someone can be appointed SENCO without the NPQ for SENCOs." if asked_if_allowed
              else "No. You do not need the NPQ for SENCOs to be appointed.")
    return Decision.citing(
        years, rule, topic="npq_after_appointment", outcome=Outcome.YES if asked_if_allowed else Outcome.NO,
        answer=f"{opener} A SENCO needs QTS and finished induction (or to be the headteacher), then has "
               f"{years.value} years from becoming SENCO to gain the NPQ.",
        reasons=("You can register for the NPQ before being appointed: it needs a teacher reference number (TRN), "
                 "not the SENCO post.",),
        value=years.value,
    )


def npq_after_stepping_down(situation: Situation, today: dt.date) -> Decision:
    """"If I step down after a year, do I still have to finish the NPQ?": no; regulation 49(4) reaches only someone
    still SENCO after the third anniversary (named when we know their start). Withdrawing from a funded place has its
    own cost, so say it."""
    years = value_on("qualification/deadline_years", today)
    once = value_on("funding/funded_once", today)
    rule = (f"The school must make sure its SENCO holds the NPQ only if they are still SENCO after the third "
            f"anniversary of becoming SENCO ({years.value} years)")
    if situation.appointed is not None and not situation.appointed.year_only:
        due = due_date(situation.appointed, today).describe()
        answer = (f"No: if you step down before {due}, you are not in breach and do not have to hold or finish the NPQ. "
                  "The school must make sure its SENCO holds it only if they are still SENCO after the third "
                  "anniversary of becoming SENCO.")
    else:
        answer = f"No. {rule}, so if you step down before then you are not in breach and need not finish it."
    return Decision.citing(
        years, once, topic="npq_after_stepping_down", outcome=Outcome.NO,
        answer=answer,
        reasons=("DfE funds each NPQ once: if you withdraw from a funded NPQ for SENCOs, you cannot be funded for it "
                 "again.",),
        next_steps=("Agree with your headteacher whether you finish the course anyway; the school must name a new "
                    "SENCO.",),
        value=False,
    )
