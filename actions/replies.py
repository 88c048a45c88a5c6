"""Turn a rules-module Decision into chat messages: the answer first, then why, next steps as a list, and the
source with the date the rule applies from (GOV.UK content style, short enough for a phone)."""
from __future__ import annotations

import datetime as dt
import re

from senco_rules import Decision, Nasenco, Situation
from senco_rules.calendar import long_date
from senco_rules.facts import value_on
from senco_rules.settings_duty import SETTING_NAMES

MAX_REASONS = 2
MAX_SOURCES = 2
MAX_SUMMARY_STEPS = 2
# About 80 words before the source: a phone screen. Reasons go first, then extra next steps; never the answer
# or a caveat (what no source confirms must always be said).
WORD_LIMIT = 85
FEEDBACK_PAYLOADS = (("Helpful", "/feedback_helpful"), ("Not what I needed", "/feedback_not_helpful"))
NATION_NAMES = {"england": "England", "wales": "Wales", "scotland": "Scotland",
                "northern_ireland": "Northern Ireland"}
ROLE_NAMES = {
    "teacher": "a teacher", "early_career_teacher": "an early career teacher", "headteacher": "the headteacher",
    "teaching_assistant": "a teaching assistant", "early_years_practitioner": "an early years practitioner",
    "unqualified_teacher": "an unqualified teacher", "overseas_teacher": "trained outside England",
    "fe_teacher": "a further education teacher", "career_changer": "changing career", "parent": "a parent",
    "other": "another role",
}


def source_line(decision: Decision) -> str:
    sources = decision.sources[:MAX_SOURCES]
    cited = "; ".join(f"[{s.title}]({s.href})" for s in sources)  # markdown: a link in the widget and Teams
    if decision.applies_from_label:
        since = f"rule from {decision.applies_from_label}"
    elif decision.applies_from:
        since = f"rule from {long_date(decision.applies_from)}"
    else:
        since = ""
    return f"Source: {cited}" + (f", {since}." if since else ".")


def steps_and_notes(next_steps: tuple[str, ...] | list[str], caveats: tuple[str, ...] | list[str]) -> str | None:
    """Next steps one per line (a list on a phone), then anything to check."""
    lines = []
    if next_steps:
        lines.append("Next:")
        lines.extend(f"- {step}" for step in next_steps)
    lines.extend(f"Please note: {caveat}" for caveat in caveats)
    return "\n".join(lines) or None


def _words(*parts: str) -> int:
    return sum(len(part.split()) for part in parts)


def render(decision: Decision) -> list[str]:
    """Messages for one decision: the answer with its reasons, next steps with caveats, the source."""
    reasons, steps = list(decision.reasons[:MAX_REASONS]), list(decision.next_steps)
    # counted as shown, with the "Next:" and "- " markers
    while _words(decision.answer, *reasons, steps_and_notes(steps, decision.caveats) or "") > WORD_LIMIT \
            and (reasons or len(steps) > 1):
        (reasons or steps).pop()
    messages = [" ".join((decision.answer, *reasons))]
    if after := steps_and_notes(steps, decision.caveats):
        messages.append(after)
    if decision.sources:
        messages.append(source_line(decision))
    return messages


def render_summary(decisions: tuple[Decision, ...]) -> list[str]:
    """The eligibility check's summary: one short bullet per part, then the next steps, then each part's source."""
    # One line per part: an answer that is itself a list (the routes to QTS) gives its opening line here.
    bullets = ["Here is your summary:", *(f"- {d.answer.splitlines()[0]}" for d in decisions)]
    steps: list[str] = []
    caveats: list[str] = []
    for decision in decisions:
        steps.extend(s for s in decision.next_steps if s not in steps)
        caveats.extend(c for c in decision.caveats if c not in caveats)
    messages = ["\n".join(bullets)]
    if after := steps_and_notes(steps[:MAX_SUMMARY_STEPS], caveats):
        messages.append(after)
    messages.append("\n".join(source_line(d) for d in decisions if d.sources))
    return messages


def details_line(situation: Situation) -> str | None:
    """The details an answer used, so the user can see them and correct one ("I'm actually in Wales")."""
    parts = detail_parts(situation)
    if not parts:
        return None
    return f"I used what you told me: {', '.join(parts)}. If any of that is wrong or changes, just tell me."


def noted_line(situation: Situation) -> str | None:
    """For a message that only gives details, with no question yet."""
    parts = detail_parts(situation)
    return f"Thanks, I've noted: {', '.join(parts)}." if parts else None


def detail_parts(situation: Situation) -> list[str]:
    parts = []
    if situation.nation:
        parts.append(f"in {NATION_NAMES[situation.nation.value]}")
    if situation.setting:
        parts.append(SETTING_NAMES[situation.setting])
    if situation.role:
        parts.append(ROLE_NAMES[situation.role.value])
    if situation.has_qts is not None:
        parts.append("with QTS" if situation.has_qts else "without QTS")
    if situation.has_eyts:
        parts.append("with EYTS")
    if situation.qualified_sen_only:
        parts.append("qualified in Europe for SEN teaching only")
    if situation.has_degree is False:
        parts.append("no degree")
    if situation.appointed:
        parts.append(f"SENCO from {situation.appointed.describe()}")
    elif situation.not_yet_appointed:
        parts.append("not yet appointed SENCO")
    if situation.nasenco_started:
        parts.append(f"NASENCo started {situation.nasenco_started.describe()}")
    if situation.nasenco_completed:
        done = "finished" if situation.nasenco is Nasenco.COMPLETED else "finishing"
        parts.append(f"NASENCo {done} {situation.nasenco_completed.describe()}")
    if situation.npq_start:
        parts.append(f"NPQ starting {situation.npq_start.describe()}")
    if situation.prior_senco_start is not None:
        parts.append(f"earlier SENCO service from {situation.prior_senco_start.describe()}")
    elif situation.prior_senco_months is not None:
        parts.append("earlier SENCO service")
    if situation.qualified_in:
        parts.append(f"trained in {NATION_NAMES[situation.qualified_in.value]}")
    return parts


def date_question(problem: str, today: dt.date | None = None) -> str:
    """Ask back about a date that cannot be right, instead of working anything out from it. A day with no year
    still gets the rule (3 years from appointment), then the question."""
    if problem.endswith(" has no year"):
        day = problem[: -len(" has no year")]
        years = value_on("qualification/deadline_years", today or dt.date.today()).value
        return (f"A new SENCO has {years} years from the day they became SENCO to gain the NPQ for SENCOs. Which "
                f"year was {day}? I need the year to work out your date, for example \"{day} 2025\".")
    return (f"I want to get your date right: {problem}. What date did you mean? A month and year is enough, for "
            "example \"March 2025\".")


def feedback_buttons() -> list[dict]:
    return [{"title": title, "payload": payload} for title, payload in FEEDBACK_PAYLOADS]


# "Someone told me academies don't have to have a SENCO. Is that right?": our "Yes." would confirm the claim.
# Something heard and passed on, to be confirmed or corrected: "I'd heard ...", "my head says ..."
HEARD_A_CLAIM = re.compile(r"\b(i'?d heard|i heard|i'?ve heard|i was told|i'?ve been told|someone (said|told)|people say|"
                           r"apparently|(my|our) \w+ (says|said|thinks|reckons|told me))\b", re.I)
CHECKING_A_CLAIM = re.compile(r"\b(is (that|this|it) (right|true|correct|so|the case)|am i right|true or (not|false))\b|"
                              r"\b(right|true|correct)\W*$|" + HEARD_A_CLAIM.pattern, re.I)
NEGATIVE_CLAIM = re.compile(r"\b(don'?t|do not|doesn'?t|does not|aren'?t|are not|isn'?t|is not|no longer|never|not)\b"
                            r"[^?.]{0,12}\b(have to|has to|need|needs|required|obliged|legally|count|counts|apply|"
                            r"applies)\b|\b(are|is) exempt\b|\bno need\b", re.I)


def answering_a_claim(answer_text: str, message: str) -> str:
    """When the user asks us to confirm a claim that something is NOT so, our opener answers the claim: the rule
    "yes, they must" becomes "No, that is not right: they must", and "no, not covered" becomes "That is right"."""
    if not (CHECKING_A_CLAIM.search(message) and NEGATIVE_CLAIM.search(message)):
        return answer_text
    if answer_text.startswith("Yes. "):
        return "No, that is not right. " + answer_text[len("Yes. "):]
    if answer_text.startswith(("No. ", "No, ")):
        rest = answer_text[4:]
        return "That is right: " + rest[0].lower() + rest[1:]
    return answer_text


# "How many years do you have to teach before you can be a SENCO?": "No." answers nothing asked. An open question
# (every question in the message starts with how, what, which, ...) gets the answer without a bare "Yes."/"No.".
OPEN_QUESTION = re.compile(r"^\W*(and |so |but |ok |okay )?(how|what|whats|what's|which|when|whens|when's|why|where|who|"
                           r"whose)\b(?! about\b| if\b)", re.I)  # "what about academies?" asks yes or no


def _questions(message: str) -> list[str]:
    clauses = [c.strip() for c in re.split(r"(?<=[.?!])\s+|\s+[-–—]\s+|,\s*", message) if c.strip()]
    asked = [c for c in clauses if c.endswith("?")]
    return asked or clauses[-1:]


def without_bare_yes_no(answer_text: str, message: str) -> str:
    """Drop a bare "Yes. " or "No. " opener when nothing in the message is a yes/no question."""
    questions = _questions(message or "")
    if questions and all(OPEN_QUESTION.search(q) for q in questions) and answer_text.startswith(("Yes. ", "No. ")):
        return answer_text[answer_text.index(" ") + 1:]
    return answer_text


# "Our SENCO was appointed in September 2024 and hasn't started the NPQ. Should we be worried?": the deadline is the
# SENCO's, not the governor's, so the answer speaks of "they". Only the message that gives the date is read.
THEIR_APPOINTMENT = re.compile(
    r"\b(our|my|the|their|her|his) (new |current |acting |interim )?(send?co|deputy|colleague|\w+ teacher|head of \w+)\b"
    r"[^.?!]{0,40}\b(was appointed|were appointed|became|started|began|took over|has been|joined|was made)\b|"
    r"\b(she|he)\b[^.?!]{0,10}\b(was appointed|became|started|began|took over|has been doing it|'s been doing it|was made)\b|"
    # "she's moving to be SENCO at our other school from January": her new post
    r"\b(she|he)('s| is| will be|'ll be)? (moving|going|due|set|about) to (be|become|take over as) (the |a )?send?co\b",
    re.I)
MY_APPOINTMENT = re.compile(r"\b(i|i'?ve|i'?m)\b[^.?!]{0,15}\b(was appointed|became|started|began|took over|been|am|was made)"
                            r"\b[^.?!]{0,20}\bsend?co\b|\bmy (own )?deadline\b", re.I)
SECOND_PERSON = ((re.compile(r"\bYou\b"), "They"), (re.compile(r"\byou\b"), "they"), (re.compile(r"\bYour\b"), "Their"),
                 (re.compile(r"\byour\b"), "their"))


def about_their_post(message: str) -> bool:
    """The message gives someone else's start as SENCO (and none of the user's own)."""
    return bool(THEIR_APPOINTMENT.search(message or "")) and not MY_APPOINTMENT.search(message or "")


# "so my deadline's September 2027, right?": the date they claim, to say whether it is the one we worked out
CLAIMED_DEADLINE = re.compile(r"\b(deadline|due|need it by|have to have it by|must have it by)\b('s| is| will be| would "
                              r"be)?\W+(by |in |on )?(?P<date>(\d{1,2}(st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|"
                              r"oct|nov|dec)\w*,? (19|20)\d\d)\b", re.I)
MONTH_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*,? ((19|20)\d\d)\b", re.I)


def confirming_the_deadline(answer_text: str, message: str) -> str:
    """When the user checks a deadline they worked out ("... so my deadline's September 2027, right?"), the opener
    says whether it is right, before the deadline itself."""
    claim = CLAIMED_DEADLINE.search(message or "")
    if not claim or not CHECKING_A_CLAIM.search(message) or "?" not in message:
        return answer_text
    claimed = MONTH_YEAR.search(claim["date"])
    first_sentence = answer_text.split(". ")[0]
    ours = MONTH_YEAR.findall(first_sentence)
    if not claimed or not ours:
        return answer_text
    same = (claimed.group(1).lower(), claimed.group(2)) == (ours[0][0].lower(), ours[0][1])
    return ("Yes, that is right. " if same else "No, not quite. ") + answer_text


def for_whose_post(messages: list[str], message: str) -> list[str]:
    """The deadline messages as the post's holder would be told them: "they" when the message gives someone else's
    start as SENCO."""
    return [in_third_person(text) for text in messages] if about_their_post(message) else messages


def in_third_person(text: str) -> str:
    """"You must hold the NPQ ... after you became SENCO" -> "They must hold the NPQ ... after they became SENCO"."""
    if text.startswith("Source:"):
        return text
    for pattern, word in SECOND_PERSON:
        text = pattern.sub(word, text)
    return text
