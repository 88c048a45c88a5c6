"""Which SENCO qualification counts for this person: the NPQ for SENCOs or the legacy NASENCo (reg 49(4), (7))."""
from __future__ import annotations

import datetime as dt

from senco_rules.calendar import KnownDate, anniversary, long_date, same_month
from senco_rules.decision import HEAD_QUALIFICATION_CAVEAT, Decision, Outcome, unconfirmed_note
from senco_rules.facts import DatedValue, value_on
from senco_rules.nations import nation_guidance
from senco_rules.settings_duty import SETTING_NAMES, duty_fact, is_statutory
from senco_rules.situation import Nasenco, Role, Setting, Situation

NPQ = "npq"
NASENCO = "nasenco"
NPQ_NAME = "National Professional Qualification (NPQ) for SENCOs"


def switch_over(today: dt.date) -> DatedValue:
    """Courses started from this date must be the NPQ."""
    return value_on("qualification/npq_for_courses_started_from", today)


def nasenco_cutoff(today: dt.date) -> DatedValue:
    """A NASENCo must be completed before this date to count."""
    return value_on("qualification/nasenco_complete_before", today)


def outside_the_rules(situation: Situation, today: dt.date) -> Decision | None:
    """The decision when England's SENCO qualification rules do not reach this person at all, else None."""
    if situation.outside_england:
        return nation_guidance(situation.nation, today)  # type: ignore[arg-type]
    if situation.setting is not None and not is_statutory(situation.setting, today):
        name = SETTING_NAMES[situation.setting]
        if situation.setting.value in duty_fact(today).value["expected_unconfirmed"]:
            # Pupil referral units: expected under the SEND Code, but no confirmed statutory basis.
            return Decision.citing(
                duty_fact(today), topic="qualification", outcome=Outcome.DEPENDS,
                answer=(f"Not confirmed: {name} is expected to have a SENCO who is a qualified teacher (QTS) under the SEND Code "
                        "of Practice, but section 67 names only mainstream schools and maintained nursery schools, "
                        "so whether the NPQ duty applies there is not settled."),
                caveats=(unconfirmed_note("The legal basis for a PRU's SENCO duty", "your local authority"),),
                value=None,
            )
        return Decision.citing(
            duty_fact(today),
            topic="qualification",
            outcome=Outcome.NOT_APPLICABLE,
            answer=(
                f"The SENCO qualification duty does not apply in {name}: the law requires the NPQ only of "
                "SENCOs in mainstream state schools and maintained nursery schools in England."
            ),
            reasons=("Anyone with a teacher reference number (TRN) can still register for the NPQ for SENCOs.",),
            value=None,
        )
    return exempt_by_appointment(situation, today)


def exempt_by_appointment(situation: Situation, today: dt.date) -> Decision | None:
    """SENCOs who took the post on or before 1 September 2009 are outside the duty."""
    duty_start = value_on("qualification/duty_covers_appointments_after", today)
    if earlier := earlier_service_before_the_duty(situation, today):
        return earlier
    appointed = situation.appointed
    if appointed is None:
        return None
    if not appointed.day_known and same_month(appointed.on, duty_start.value):
        return Decision.citing(
            duty_start,
            topic="qualification",
            outcome=Outcome.DEPENDS,
            answer=(
                f"It depends on the exact day. If you became SENCO on or before {long_date(duty_start.value)}, "
                "the qualification duty does not apply to you; if later, it does."
            ),
            missing=("appointment_date",),
        )
    if appointed.on > duty_start.value:
        return None
    return Decision.citing(
        duty_start,
        topic="qualification",
        outcome=Outcome.NOT_APPLICABLE,
        answer=(
            f"You became SENCO by {long_date(duty_start.value)}, so the SENCO qualification duty does not apply to "
            "you: you do not need the NPQ for SENCOs."
        ),
        value=None,
    )


def which_qualification(situation: Situation, today: dt.date) -> Decision:
    outside = outside_the_rules(situation, today)
    if outside is not None:
        return outside
    switch, cutoff = switch_over(today), nasenco_cutoff(today)
    starts_from, finish_before = long_date(switch.value), long_date(cutoff.value)
    caveats = (*prior_service_caveat(situation, today), *_head_caveat(situation))

    def decide(outcome: Outcome, answer: str, value: str, *reasons: str) -> Decision:
        return Decision.citing(
            switch, cutoff, topic="qualification", outcome=outcome, answer=answer, reasons=reasons,
            caveats=caveats, value=value,
        )

    started, finish = situation.nasenco_started, situation.nasenco_completed
    on_nasenco = situation.nasenco in (Nasenco.STARTED, Nasenco.COMPLETED)
    finished = situation.nasenco is Nasenco.COMPLETED and (finish is None or finish.on <= today)
    # Reg 49(7)(a) needs both: started before 1 September 2024 AND completed before 1 September 2027.
    # Told the NASENCo will not count, someone who gave their start as SENCO needs the date the NPQ is due by.
    npq_due = _npq_due(situation, today)
    if on_nasenco and started and started.on >= switch.value:
        return decide(
            Outcome.NO,
            f"No, it will not count. A NASENCo counts only if it was started before {starts_from}; yours started "
            f"{on_or_in(started)}. You need the {NPQ_NAME}{npq_due}.",
            NPQ,
            f"Courses started on or after {starts_from} must be the NPQ for SENCOs (regulation 49(7)).",
        )
    if on_nasenco and finish and finish.on >= cutoff.value:
        did = "finished" if finished else "will finish"
        return decide(
            Outcome.NO,
            f"No, it will not count. A NASENCo counts only if it is completed before {finish_before}; yours "
            f"{did} {on_or_in(finish)}. You need the {NPQ_NAME}{npq_due}.",
            NPQ,
            "Both conditions apply: started before 1 September 2024 and completed before 1 September 2027 "
            "(regulation 49(7)(a)).",
        )
    if on_nasenco and (started and started.latest >= switch.value or finish and finish.latest >= cutoff.value):
        return decide(
            Outcome.DEPENDS,
            f"It depends on the exact dates. A NASENCo counts only if you started it before {starts_from} and "
            f"complete it before {finish_before}; otherwise you need the {NPQ_NAME}.",
            NPQ,
        )
    if finished:
        return decide(
            Outcome.YES,
            "Your NASENCo counts: you do not need to take the NPQ for SENCOs as well.",
            NASENCO,
            "DfE confirms that SENCOs who already hold the NASENCo do not need the NPQ.",
        )
    if on_nasenco:
        if today >= cutoff.value:
            return decide(
                Outcome.NO,
                f"No. An unfinished NASENCo no longer counts: it had to be completed before {finish_before}. "
                f"You need the {NPQ_NAME}.",
                NPQ,
            )
        condition = "" if started else f" as long as you started it before {starts_from}"
        plan = f" You expect to finish {on_or_in(finish)}, which is in time." if finish else ""
        earlier = "You must also hold it within 3 years of becoming SENCO, so the earlier of the two dates is your deadline."
        due = None
        if situation.appointed and not situation.appointed.year_only:
            # With the appointment known, say which date that is.
            years = value_on("qualification/deadline_years", today).value
            due = KnownDate(anniversary(situation.appointed.on, years), situation.appointed.day_known)
            if due.on < cutoff.value:
                earlier = (f"You must also hold it within {years} years of becoming SENCO, so your deadline is "
                           f"{due.describe()}, before {finish_before}.")
        if finish and due and due.on < cutoff.value and finish.on > due.latest:
            # In time for the cut-off but not for their own 3 years: a plain "yes" would mislead.
            return decide(
                Outcome.DEPENDS,
                f"Your NASENCo meets the cut-off, but you expect to finish {on_or_in(finish)}, after your own deadline of "
                f"{due.describe()} (3 years from becoming SENCO): as planned, you would miss it.",
                NASENCO,
                "Speak to your headteacher and your university now: the duty to make sure you qualify in time is "
                "the school's.",
            )
        if started and finish:
            # Both dates known and both in time: it counts, said first. No "Yes": to "do I have to switch to the NPQ?"
            # it would read backwards.
            return decide(
                Outcome.YES,
                f"Your NASENCo will count, so you do not need the NPQ: you started it {on_or_in(started)}, before "
                f"{starts_from}, and expect to finish {on_or_in(finish)}, before {finish_before}.",
                NASENCO,
                earlier,
                # worded so the last sentence does not read as the opposite of the first
                f"It would stop counting only if your finish slipped to {finish_before} or later.",
            )
        return decide(
            Outcome.YES,
            f"Your NASENCo counts{condition} if you complete it before {finish_before}.{plan}",
            NASENCO,
            earlier,
            f"If you will not finish before {finish_before}, you will need the NPQ for SENCOs instead.",
        )
    if situation.nasenco is Nasenco.NONE:
        return decide(
            Outcome.YES,
            f"You need the {NPQ_NAME}. It replaced the NASENCo for courses started from {starts_from}.",
            NPQ,
        )
    if today >= cutoff.value:
        general = (
            f"The {NPQ_NAME} is the SENCO qualification. A NASENCo counts only if it was started before "
            f"{starts_from} and completed before {finish_before}."
        )
    else:
        general = (
            f"Anyone starting a course now needs the {NPQ_NAME}, which replaced the NASENCo on {starts_from}. "
            f"A NASENCo still counts only if you started it before {starts_from} and complete it before {finish_before}."
        )
    return decide(
        Outcome.DEPENDS,
        general,
        NPQ,
        "A new SENCO must hold it within 3 years of becoming SENCO.",
        "If you already hold a NASENCo, you do not need the NPQ as well.",
    )


def earlier_service_before_the_duty(situation: Situation, today: dt.date) -> Decision | None:
    """"SENCO from 2006 to 2012, SENCO again from January 2027": first appointed before the duty began, and for more
    than 12 months, so regulation 49(4) does not reach the new post either (DfE: SENCOs appointed before 1 September
    2009 do not need the NPQ). Not the post-2009 case, where the answer is "take advice"."""
    duty_start = value_on("qualification/duty_covers_appointments_after", today)
    limit = value_on("qualification/prior_service_months", today)
    earlier, months = situation.prior_senco_start, situation.prior_senco_months
    if earlier_service_counts(situation, today) is False:
        return None  # service at an independent school or abroad is not at a relevant school
    if earlier is None or months is None or months <= limit.value or earlier.latest > duty_start.value:
        return None
    return Decision.citing(
        duty_start, limit, topic="qualification", outcome=Outcome.NOT_APPLICABLE,
        answer=(f"You do not need the NPQ for SENCOs: you were first SENCO before {long_date(duty_start.value)} "
                f"({on_or_in(earlier)}), for more than {limit.value} months, so the qualification duty does not "
                "apply to you, even in a new SENCO post."),
        reasons=(f"The duty covers people who become SENCO after {long_date(duty_start.value)} without more than "
                 f"{limit.value} months' earlier SENCO service.",),
        value=None,
    )


RELEVANT_SCHOOL = "a mainstream school or maintained nursery school in England (a \"relevant school\")"


def earlier_service_counts(situation: Situation, today: dt.date) -> bool | None:
    """Whether the earlier SENCO service the user named can count under regulation 49(4), which counts only service
    at a relevant school (a setting that must have a SENCO); None when we do not know where it was."""
    where = situation.prior_senco_where
    if where is None:
        return None
    return where in value_on("settings/senco_duty", today).value["required"]


def earlier_service_place(situation: Situation) -> str:
    """"An independent (private) school", "A school outside England": where the earlier service was."""
    if situation.prior_senco_where == "abroad":
        return "A school outside England"
    name = SETTING_NAMES.get(Setting(situation.prior_senco_where), "That setting")
    return name[0].upper() + name[1:]


def prior_service_caveat(situation: Situation, today: dt.date) -> tuple[str, ...]:
    """Reg 49(4) does not reach someone who was SENCO for more than 12 months before; DfE expects every SENCO to
    train, so the answer is "take advice", only for people who mentioned earlier service. Service that was not at a
    relevant school does not count at all: say so instead."""
    if earlier_service_counts(situation, today) is False:
        return (f"Your earlier SENCO service does not count: only service at {RELEVANT_SCHOOL} does.",)
    months = situation.prior_senco_months
    limit = value_on("qualification/prior_service_months", today).value
    if months is None or 0 <= months <= limit:
        return ()
    return (f"You were SENCO before: read literally, more than {limit} months' earlier SENCO service could lift the "
            "duty, but DfE expects every SENCO to train, so take advice from your school or local authority.",)


def earlier_service(situation: Situation, today: dt.date) -> Decision:
    """"Would my years at the indie count towards the 12 months?": only SENCO service at a relevant school counts
    (regulation 49(4)); even then DfE expects every SENCO to train, so "take advice"."""
    limit = value_on("qualification/prior_service_months", today)
    duty = value_on("settings/senco_duty", today)
    years = value_on("qualification/deadline_years", today)
    if earlier_service_counts(situation, today) is False:
        return Decision.citing(
            limit, duty, years, topic="earlier_service", outcome=Outcome.NO,
            answer=(f"No: earlier SENCO service counts only at {RELEVANT_SCHOOL}. {earlier_service_place(situation)} "
                    f"is not one, so it does not count, and you need the NPQ for SENCOs{_npq_due(situation, today)} "
                    f"(within {years.value} years of becoming SENCO)."),
            value=False)
    months = situation.prior_senco_months
    if months is not None and 0 <= months <= limit.value:
        # "covered as SENCO for 8 months before: does that get me out of the NPQ?"
        return Decision.citing(
            limit, years, topic="earlier_service", outcome=Outcome.NO,
            answer=(f"No: earlier SENCO service of {limit.value} months or less in total"
                    + (f" (yours: {months:g} months)" if months > 0 else "")
                    + f" does not change the duty, so you need the NPQ for SENCOs{_npq_due(situation, today)} "
                    f"(within {years.value} years of becoming SENCO)."),
            value=False)
    return Decision.citing(
        limit, duty, years, topic="earlier_service", outcome=Outcome.DEPENDS,
        answer=(f"Only SENCO service at {RELEVANT_SCHOOL} counts towards the {limit.value} months, not service at an "
                "independent or special school, a college or a school abroad."),
        reasons=(f"Read literally, more than {limit.value} months' earlier SENCO service in total could lift the duty, "
                 "but DfE expects every SENCO to train, so take advice from your school or local authority before "
                 "relying on it.",),
        value=None)


def _npq_due(situation: Situation, today: dt.date) -> str:
    """" by January 2027" (the third anniversary of becoming SENCO) when we know when they became SENCO, else ""."""
    appointed = situation.appointed
    if appointed is None or appointed.year_only:
        return ""
    years = value_on("qualification/deadline_years", today).value
    due = KnownDate(anniversary(appointed.on, years), appointed.day_known)
    return f" by {due.describe()}, 3 years after you {'become' if appointed.on > today else 'became'} SENCO"


def on_or_in(when: KnownDate) -> str:
    """"on 3 May 2027" or "in May 2027", as precise as the date is."""
    return f"on {when.describe()}" if when.day_known and not when.year_only else f"in {when.describe()}"


def _head_caveat(situation: Situation) -> tuple[str, ...]:
    if situation.role is Role.HEADTEACHER:
        return (HEAD_QUALIFICATION_CAVEAT,)
    return ()


def nasenco_start_now(today: dt.date) -> Decision:
    """"Can I still sign up for a NASENCo?": one started now will not count."""
    switch, cutoff = value_on("qualification/npq_for_courses_started_from", today), nasenco_cutoff(today)
    starts_from = long_date(switch.value)
    return Decision.citing(
        switch, cutoff, topic="qualification", outcome=Outcome.NO,
        answer=f"No: a NASENCo you start now will not count. Courses started on or after {starts_from} must be the "
               f"{NPQ_NAME}.",
        reasons=(f"A NASENCo counts only if it was started before that date and is completed before "
                 f"{long_date(cutoff.value)}.",),
        value=False,
    )


def reforms_and_the_qualification(today: dt.date) -> Decision:
    """"Has the SEND white paper changed the SENCO qualification?": proposals only; the NPQ rule stands."""
    reforms = value_on("context/recent_reforms", today)
    years = value_on("qualification/deadline_years", today)
    npq_from = switch_over(today)
    return Decision.citing(
        npq_from, years, reforms, topic="reforms_and_the_qualification", outcome=Outcome.NO,
        answer=f"No source here says it has: a new SENCO still needs the {NPQ_NAME} within {years.value} years of "
               f"becoming SENCO (regulation 49(4)), and it has replaced the NASENCo for courses started from "
               f"{long_date(npq_from.value)}.",
        reasons=(f"The Schools White Paper \"Every child achieving and thriving\" "
                 f"({long_date(reforms.value['schools_white_paper'])}) proposed SEND reforms. Its consultation closed "
                 f"on {long_date(reforms.value['send_consultation_closed'])}; the outcome is not confirmed.",),
        value=None,
    )
