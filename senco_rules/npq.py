"""The NPQ for SENCOs: who can register, when cohorts start, and when results come."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from senco_rules.calendar import add_months, anniversary, month_year
from senco_rules.decision import Decision, Outcome
from senco_rules.facts import fact, value_on
from senco_rules.situation import Role, Situation


@dataclass(frozen=True)
class Cohort:
    starts: dt.date  # first day of the start month
    outcome_by: dt.date  # latest expected result: taught months + the assessment window
    published: bool  # False when only the one-cohort-a-year pattern suggests it
    this_month: bool = False  # starts in today's month: it may be possible still to join

    def describe(self) -> str:
        return f"the cohort starting this month ({month_year(self.starts)})" if self.this_month else \
            f"the {month_year(self.starts)} cohort"


def course_length_months(today: dt.date) -> tuple[int, int]:
    """(taught months, months until the outcome at the latest)."""
    course = value_on("npq/course", today).value
    return course["taught_months"], course["taught_months"] + course["assessment_window_months"]


def upcoming_cohorts(today: dt.date, count: int = 2, include_this_month: bool = False) -> list[Cohort]:
    """Cohorts starting after `today`'s month, in order; with `include_this_month`, one starting this month too
    (no source gives its start day, so it may still be open: never skip it when advising)."""
    last_published = value_on("npq/last_published_cohort", today).value
    _, to_outcome = course_length_months(today)
    cohorts: list[Cohort] = []
    this_month = today.replace(day=1)
    month = this_month if include_this_month else add_months(this_month, 1)
    while len(cohorts) < count:
        if month.month in value_on("npq/cohort_start_months", month).value:
            cohorts.append(Cohort(month, add_months(month, to_outcome), month <= last_published, month == this_month))
        month = add_months(month, 1)
    return cohorts


def npq_course_dates(situation: Situation, today: dt.date) -> Decision:
    """When the course ends and the result comes, from the month the course starts (not an appointment date)."""
    course = value_on("npq/course", today)
    info = course.value
    taught, to_outcome = course_length_months(today)
    shape = (f"The course is {taught} months of study, then an assessment window of "
             f"{info['assessment_window_months_min']} to {info['assessment_window_months']} months "
             f"({taught} to {to_outcome} months in all).")
    if situation.npq_start is not None:
        start, given = situation.npq_start.on.replace(day=1), True
    else:
        start, given = upcoming_cohorts(today, 1)[0].starts, False
    study_ends, result_by = add_months(start, taught), add_months(start, to_outcome)
    if given:
        answer = (f"If you start in {month_year(start)}, your {taught} months of study end around "
                  f"{month_year(study_ends)} and your result should come by about {month_year(result_by)}.")
        answer += _against_the_deadline(situation, result_by, today)
    else:
        answer = (f"The NPQ for SENCOs takes {taught} to {to_outcome} months. If you join the next cohort "
                  f"({month_year(start)}), expect your result by about {month_year(result_by)}.")
    return Decision.citing(
        course,
        topic="npq_course_dates",
        outcome=Outcome.YES,
        answer=answer,
        reasons=(shape, f"DfE expects {info['hours_per_week']} hours of study a week on average."),
        next_steps=("You meet the SENCO qualification requirement when you receive your result.",),
        value=result_by,
    )


def _against_the_deadline(situation: Situation, result_by: dt.date, today: dt.date) -> str:
    """" That is before your deadline." when we know when they became SENCO; a late result names the deadline. (An in-time
    result does not repeat the deadline's date: a second date beside the course's end is easily misread.)"""
    appointed = situation.appointed
    if appointed is None or appointed.year_only:
        return ""
    due = anniversary(appointed.on, value_on("qualification/deadline_years", today).value)
    if result_by <= due:
        return " That is before your deadline."
    return f" That is after your deadline of {month_year(due)}: speak to your headteacher and a provider now."


def study_time(today: dt.date) -> Decision:
    """"How many hours a week?": the weekly load first, then the course length it runs for."""
    course = value_on("npq/course", today)
    info = course.value
    taught, to_outcome = course_length_months(today)
    return Decision.citing(
        course, topic="study_time", outcome=Outcome.YES,
        answer=f"DfE expects {info['hours_per_week']} hours of study a week on average, mixing self-study and "
               "group sessions.",
        reasons=(f"That runs for {taught} months of study, then an assessment window ({taught} to {to_outcome} "
                 "months in all).",),
        value=info["hours_per_week"],
    )


def what_the_npq_involves(today: dt.date) -> Decision:
    """"What does the NPQ involve?": its shape in one answer (study, load, format, assessment), each from its fact."""
    course = value_on("npq/course", today)
    assessment = value_on("npq/assessment", today)
    info, test = course.value, assessment.value
    taught, to_outcome = course_length_months(today)
    return Decision.citing(
        course, assessment, topic="npq_involves", outcome=Outcome.YES,
        answer=f"The NPQ for SENCOs is {taught} months of study, about {info['hours_per_week']} hours a week of "
               f"self-study and group sessions with a provider, then a written case study assessment: allow about "
               f"{to_outcome} months from start to result.",
        reasons=(f"The assessment is a response of up to {test['response_max_words']} words to {test['questions']} "
                 f"questions about a case study, written in an {test['window_days']}-day window and marked "
                 f"{test['marking']}.",),
        value=taught,
    )


def assessment_window(today: dt.date) -> Decision:
    """How long the assessment takes, for "how long?" after an answer about the assessment."""
    assessment = value_on("npq/assessment", today)
    info = assessment.value
    return Decision.citing(
        assessment, topic="assessment_window", outcome=Outcome.YES,
        answer=f"You have an {info['window_days']}-day window to write the assessment: a response of up to "
               f"{info['response_max_words']} words to {info['questions']} questions about a case study.",
        reasons=(f"It is marked {info['marking']}.",
                 f"The {info['window_days']} days fall in the assessment window at the end of the taught course."),
        value=info["window_days"],
    )


def next_cohort(today: dt.date) -> Decision:
    cohort = upcoming_cohorts(today, 1)[0]
    pattern = value_on("npq/cohort_start_months", today)
    registration = value_on("npq/registration", today)
    start = month_year(cohort.starts)
    if cohort.published:
        answer = f"The next NPQ for SENCOs cohort starts in {start}."
        caveats: tuple[str, ...] = ()
    else:
        answer = (
            f"Cohorts now start once a year, in November. If that pattern continues, the next starts in {start}, "
            "but its dates are not published yet."
        )
        caveats = ("Check the start and registration dates with a provider or your teaching school hub.",)
    current = upcoming_cohorts(today, 1, include_this_month=True)[0]
    if current.this_month:
        # never skip the cohort starting now: no source gives its start day, so joining it may still be possible
        then = f"the next starts in {start}." if cohort.published else \
            f"cohorts start once a year: the next is expected in {start} (its dates are not published yet)."
        answer = (f"A cohort starts this month ({month_year(current.starts)}): ask a provider now whether you can "
                  f"still join it. After that, {then}")
    return Decision.citing(
        pattern,
        registration,
        topic="npq_cohorts",
        outcome=Outcome.YES,
        answer=answer,
        reasons=(f"Results for that cohort are due by about {month_year(cohort.outcome_by)}.",),
        next_steps=("Register through DfE's Register for an NPQ service; you will need a teacher reference number (TRN).",),
        caveats=caveats,
        value=cohort.starts,
    )


def first_cohorts(today: dt.date) -> Decision:
    """"When did the NPQ for SENCOs start?": the first dated cohort pattern, and the one-a-year pattern after it."""
    pattern = fact("npq/cohort_start_months")
    (first_from, first_months), *later = pattern.values

    def first_start(since: dt.date, month: int) -> dt.date:  # the first such month on or after `since`
        return dt.date(since.year + (month < since.month), month, 1)

    starts = sorted(first_start(first_from, month) for month in first_months)
    answer = (f"The first NPQ for SENCOs cohorts started in autumn {starts[0].year} ({month_year(starts[0])}), when "
              "it replaced the NASENCo for new SENCOs.")
    reasons = []
    if len(starts) > 1:
        reasons.append(f"Another cohort started in {month_year(starts[1])}.")
    for since, months in later:
        if since <= today and len(months) == 1:
            reasons.append(f"Since {month_year(first_start(since, months[0]))} there has been one cohort a year.")
    return Decision.citing(
        value_on("npq/cohort_start_months", first_from), topic="first_cohorts", outcome=Outcome.YES,
        answer=answer, reasons=tuple(reasons), value=starts[0],
    )


FIND_YOUR_TRN = "Find your TRN, or request one on GOV.UK if you do not have one."


def _without_qts(situation: Situation) -> bool:
    """Someone the NPQ alone would not make eligible for the SENCO post: no QTS, as far as we know."""
    return situation.role in {Role.TEACHING_ASSISTANT, Role.PARENT, Role.CAREER_CHANGER, Role.OTHER} \
        or situation.has_qts is False


def npq_registration(situation: Situation, today: dt.date) -> Decision:
    """Who can register for the NPQ. Registering is not the same as being allowed to hold the SENCO post."""
    rules = value_on("npq/registration", today)
    reasons = [
        "Registering does not need QTS, and there is no official minimum of two years' teaching.",
        "Providers often ask for your school's support, for example time to study.",
    ]
    next_steps = [FIND_YOUR_TRN]
    if situation.has_qts:
        # "I don't know my TRN ... I've had QTS since 2015": they have one already, so nothing to request
        reasons.insert(0, "With QTS you already have a TRN: everyone who holds QTS has one, and keeps it for life.")
        next_steps = ["Find your TRN (you do not need to request a new one)."]
    if _without_qts(situation):
        reasons.insert(1,  # early: for them it is the point, and a long reply drops its last reasons
                       "The NPQ does not by itself replace QTS: to be the SENCO of a mainstream school you still need QTS, "
                       "or to be the headteacher."
        )
    return Decision.citing(
        rules,
        topic="npq_registration",
        outcome=Outcome.YES,
        answer="To register for the NPQ for SENCOs you need a teacher reference number (TRN).",
        reasons=tuple(reasons),
        next_steps=tuple(next_steps),
        value={"trn_required": rules.value["trn_required"], "qts_required": rules.value["qts_required"]},
    )


def npq_before_the_post(situation: Situation, today: dt.date, asked_if_only_for_sencos: bool = False) -> Decision:
    """"Can I do the NPQ if I'm not a SENCO yet?": yes; registering needs a TRN, not the post (nor QTS). Asked the
    other way round ("is it just for people who are already SENCOs?"), the same answer opens "No"."""
    rules = value_on("npq/registration", today)
    scholarship = value_on("funding/npq_senco_scholarship", today)
    opener = "No" if asked_if_only_for_sencos else "Yes"
    answer = (f"{opener}: the NPQ for SENCOs is for SENCOs, teachers who want to become one, and school leaders, so "
              "you need not be a SENCO already. Registering needs a teacher reference number (TRN), not QTS.")
    if _without_qts(situation):
        # The point for them is the post, not the course: the NPQ does not stand in for QTS (nor is it funded
        # for them), so that leads.
        answer = ("The NPQ for SENCOs does not replace QTS: even with it, you could not be the SENCO of a mainstream "
                  "school without qualified teacher status (QTS), unless you were the headteacher. You can take "
                  "the NPQ before you have the post, and without QTS: registering needs a teacher reference number "
                  "(TRN).")
        reasons = []
    else:
        reasons = [f"DfE funding is for {scholarship.value['funded_people']} in publicly funded schools and 16 to 19 "
                   "settings in England, so you need not be the SENCO to be funded."]
    if situation.role is Role.EARLY_CAREER_TEACHER or situation.induction_complete is False:
        # an ECT may take the course now, but not the post until induction is done
        reasons.insert(0, "To be the SENCO itself, you must first finish statutory induction (unless you are the "
                          "headteacher).")
    return Decision.citing(
        rules, scholarship, topic="npq_before_the_post",
        outcome=Outcome.NO if asked_if_only_for_sencos else Outcome.YES,
        answer=answer,
        reasons=tuple(reasons),
        next_steps=(FIND_YOUR_TRN,),
        value=True,
    )
