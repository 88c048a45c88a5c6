"""Which question a message asks: the topic the NLU found, narrowed to the sub-question its words ask, or the last
topic again when the message only adds a detail ("what about an academy?", "appointed 1 September 2026").

Returns an answer key (see actions/answers.py). Plain Python: text, intent, the details this message gave and the
last topic in; a key out.
"""
from __future__ import annotations

import re
from typing import Any

from actions.message_reading import looks_like_question

# Places people name for a school outside the UK.
ABROAD_PLACES = (r"(dubai|spain|france|qatar|doha|china|hong kong|singapore|the uae|abu dhabi|germany|italy|portugal|"
                 r"thailand|malaysia|egypt|kenya|the usa|america)")
# Within a topic, the words that pick one of its sub-questions. Checked in order; the first match wins.
FUNDING_ASPECTS = (
    ("funding_again", re.compile(
        r"\b(again|second time|re-?take|re-?do|resit|re-?sit|re-?start|restart|re-?enrol|withdr[ae]w\w*|drop(ped)? out|"
        r"fail\w*|quit|left the course|pulled out|didn'?t (pass|finish|complete))\b", re.I)),
    ("school_payments", re.compile(
        r"\b(cover|supply|backfill|targeted support|tsf|grant)\b|"
        r"\b(does|do|will|would|can|could) (my |our |the )?schools? (get|receive|be (paid|given)|claim)\b|"
        r"\b(money|payment|funding|paid) (for|to) (the |my |our )?schools?\b", re.I)),
    ("funding_abroad", re.compile(
        r"\b(abroad|international school|british school|english[- ]curriculum|british[- ]curriculum|"
        rf"outside (of )?(the uk|england|britain)|overseas school|school overseas|in {ABROAD_PLACES})\b", re.I)),
    ("funding_conditions", re.compile(
        r"\b(attend\w*|engagement|engage|90 ?%|ninety|conditions?|miss(ed|ing)? (a |some )?sessions?|"
        r"how much of (it|the (course|npq))|requirements? to (keep|get) (the )?funding)\b", re.I)),
    ("self_funded_price", re.compile(
        r"\b(self[- ]?fund\w*|pay (for it )?myself|out of my own pocket|privately|not funded|isn'?t funded|"
        r"aren'?t funded|if i (have to |had to )?pay|full price|price|how much (does|is|would|will))\b", re.I)),
    ("other_npq_funding", re.compile(r"\b(npqh|npqsl|headship|senior leadership|npqeyl|early years leadership)\b",
                                     re.I)),
)
FUNDING_KEYS = {"ask_funding", *(key for key, _ in FUNDING_ASPECTS)}
# A school outside the UK (not a teacher who trained abroad): England's SENCO duty does not reach it.
SCHOOL_ABROAD = re.compile(
    r"\b(international school|british school|english[- ]curriculum|british[- ]curriculum|overseas school|"
    r"school (abroad|overseas)|(teach\w*|work\w*|senco) (abroad|overseas)|"
    rf"(teach\w*|work\w*|school) in {ABROAD_PLACES})\b", re.I)
ABROAD_INTENTS = {"faq", "ask_which_qualification", "ask_deadline", "ask_can_be_senco", "ask_settings_duty",
                  "nlu_fallback"}
# Words that name one general topic so plainly that they decide it, whatever the classifier made of the message:
# pay, the SEN information report, stepping down, careers, sharing a SENCO.
KEYWORD_TOPICS = (
    ("faq/pay", re.compile(r"\b(tlr|allowance|salary|paid (extra|more)|pay scale|extra pay)\b", re.I)),
    ("faq/sen_information_report", re.compile(r"\b(sen|send) information report\b", re.I)),
    ("faq/stepping_down", re.compile(r"\b(step(ping)? down|resign\w*|give up (the|being)|stop being) (as )?(the )?send?co\b",
                                     re.I)),
    ("faq/careers", re.compile(r"\bcareer[- ]?(wise|path|progression|options|move|step|ladder)\b|"
                               r"\bwhere (can|could|do|should) i go (next|from here|after)\b|"
                               r"\bnext step (up )?(after|from) (being )?(a )?send?co\b", re.I)),
    ("faq/sharing_senco", re.compile(r"\b(share|shared|sharing) (a |one |the |our )?send?co\b|"
                                     r"\bsend?co (across|for) (two|2|three|3|several|all|both)\b", re.I)),
)
# "When do I have to finish?" asks for a deadline, not when the course ends.
OBLIGATION = re.compile(r"\b(have to|has to|need to|needs to|must|got to|required to|deadline|by when|supposed to)\b",
                        re.I)
# "How long does a new SENCO have to get the NPQ?" asks for the deadline, not the course length.
HOW_LONG_TO_QUALIFY = re.compile(r"\bhow long (do|does|did|have|has|will|would)\b[^?]*\b(have|got|get)\b[^?]*\bto "
                                 r"(get|gain|complete|finish|do|achieve|hold|qualify)\b", re.I)
COURSE_END_QUESTION = re.compile(
    r"\bwhen (will|would|do|does|should|can|could) (i|it|the (course|npq)|my (course|npq))\b[^?]*?"
    r"\b(finish\w*|end|complete\w*|be (done|finished|over|qualified)|get (my|the|a) (result|outcome)s?)\b|"
    r"\b(end date|finish date|when (is|does) (the|my) (npq|course) (end|finish))\b", re.I)
# "Can I go straight for QTS?" asks how to get QTS, even when the classifier heard "can I be ...".
GETTING_QTS = re.compile(r"\b(get|gain|obtain|achieve|go (straight )?for|routes? (in)?to|ways? (in)?to|qualify for)\b"
                         r"[^?.]{0,25}\b(qts|qualified teacher status)\b", re.I)
SENCO_WORD = re.compile(r"\bsend?co\b", re.I)
WHO_MAY_BE = re.compile(r"\b(be|become|allowed|meant to|supposed to|qualified|qts|ta|teaching assistant|"
                        r"who can|legal\w*)\b", re.I)
# "Can the head step in as SENCO?", "can I be the SENCO": always who may hold the post, whatever setting is named.
CAN_BE_SENCO = re.compile(r"\b(can|could|may|is|are|am)\b[^?.]{0,40}\b(be|become|step in as|act as|take on|cover as|"
                          r"allowed to be)\s+(the |a |our |their |its |his |her )?(school'?s |acting |interim )?send?co\b",
                          re.I)

# Short follow-ups that only ask "how long?", "how much?" of the last answer.
BARE_ASPECTS = (
    ("duration", re.compile(r"^\W*(and|so|ok|okay|right)?\W*(how long|how many (months|weeks|years|days|hours)|"
                            r"duration|length)\b[^.!?]{0,25}\W*$", re.I)),
    ("cost", re.compile(r"^\W*(and|so|ok|okay|right)?\W*(how much|what('s| is| does it)( the)? cost|cost|price|fees?|"
                        r"is it free|who pays)\b[^.!?]{0,25}\W*$", re.I)),
)
# A message that continues the last topic with a new detail: "and for an academy?", "what if I'm in Wales".
CONTINUES = re.compile(r"^\W*(and|but|also|what about|how about|what if|and if|same for|actually|update|ok|okay|"
                       r"so|what for|for|in|at|if|oh|btw|by the way|wait|sorry|plus)\b", re.I)
DETAIL_SLOTS = ("nation", "setting_type", "role", "has_qts", "induction_complete", "appointment_date",
                "nasenco_status", "nasenco_started", "nasenco_completed", "has_degree", "npq_start",
                "prior_senco_months", "qualified_in")
NOT_A_QUESTION = {"inform", "change_answer", "affirm", "deny", "nlu_fallback", "out_of_scope", None}
MAX_FOLLOW_UP_WORDS = 20
SHORT_FOLLOW_UP_WORDS = 8  # "what if I'd failed it?": too short to be a question of its own

# (last topic, bare aspect) -> the answer that follows on.
FOLLOW_UP = {
    ("faq/npq_assessment", "duration"): "assessment_window",
    ("faq/npq_pass_conditions", "duration"): "assessment_window",
    ("assessment_window", "duration"): "assessment_window",
    ("faq/npq_what", "duration"): "npq_course_dates",
    ("faq/npq_content", "duration"): "npq_course_dates",
    ("faq/npq_delivery", "duration"): "npq_course_dates",
    ("faq/npq_length", "duration"): "npq_course_dates",
    ("ask_npq_cohorts", "duration"): "npq_course_dates",
    ("ask_npq_registration", "duration"): "npq_course_dates",
    ("ask_which_qualification", "duration"): "npq_course_dates",
    ("npq_course_dates", "duration"): "npq_course_dates",
    ("faq/npq_what", "cost"): "ask_funding",
    ("faq/npq_length", "cost"): "ask_funding",
    ("ask_npq_cohorts", "cost"): "ask_funding",
    ("ask_npq_registration", "cost"): "ask_funding",
    ("ask_which_qualification", "cost"): "ask_funding",
    ("ask_funding", "cost"): "self_funded_price",
    ("ask_qts_routes", "duration"): "ask_qts_routes",
    ("ask_qts_routes", "cost"): "ask_qts_routes",
    ("faq/nasenco_what", "duration"): "faq/nasenco_what",
}
# After a general (static) answer, a new detail is best answered by the topic that detail decides.
TOPIC_FOR_DETAIL = (
    ("qualified_in", "ask_qts_routes"), ("nation", "ask_other_nations"), ("appointment_date", "ask_deadline"),
    ("npq_start", "npq_course_dates"), ("setting_type", "ask_settings_duty"), ("role", "ask_can_be_senco"),
)


def funding_aspect(text: str) -> str | None:
    """The funding sub-question the words ask, or None for the plain "who pays?"."""
    return next((key for key, pattern in FUNDING_ASPECTS if pattern.search(text)), None)


def bare_aspect(text: str) -> str | None:
    return next((name for name, pattern in BARE_ASPECTS if pattern.search(text)), None)


def follow_up_key(text: str, intent: str | None, said_now: dict[str, Any], last_topic: str | None) -> str | None:
    """The answer key when this message continues the last topic, else None."""
    if not last_topic:
        return None
    words = len(text.split())
    if last_topic in FUNDING_KEYS and (intent in NOT_A_QUESTION or not looks_like_question(text)
                                       or words <= SHORT_FOLLOW_UP_WORDS):
        # "I started it before and failed though" after a funding answer: that funding sub-question
        if key := funding_aspect(text):
            return key
    aspect = bare_aspect(text)
    if aspect:
        route_topic = last_topic.startswith("route:")
        return last_topic if route_topic else FOLLOW_UP.get((last_topic, aspect))
    details = [slot for slot in DETAIL_SLOTS if slot in said_now]
    if not details or words > MAX_FOLLOW_UP_WORDS:
        return None
    if intent not in NOT_A_QUESTION and not CONTINUES.search(text):
        return None  # a question of its own that happens to carry a detail: answer that question
    if "appointment_date" in details and last_topic in ("ask_which_qualification", "ask_can_be_senco"):
        return "ask_deadline"  # a date added to "do I need the NPQ?" asks when by
    if last_topic.startswith(("faq/", "route:")) or last_topic == "assessment_window":
        return next((key for slot, key in TOPIC_FOR_DETAIL if slot in details), None)
    return last_topic


def topic_key(text: str, intent: str | None, faq_key: str | None, said_now: dict[str, Any],
              entities: dict[str, str]) -> str | None:
    """The sub-question of a fresh question (not a follow-up), or None when the intent is not a question."""
    if said_now.get("npq_start") or COURSE_END_QUESTION.search(text) and not OBLIGATION.search(text):
        if intent in ("ask_deadline", "ask_npq_cohorts", "ask_which_qualification", "faq", "ask_npq_registration"):
            return "npq_course_dates"
    if intent in ABROAD_INTENTS and SCHOOL_ABROAD.search(text):
        return "abroad"
    if key := next((key for key, pattern in KEYWORD_TOPICS if pattern.search(text)), None):
        return key
    if said_now.get("qualified_in") and intent in ("ask_qts_routes", "ask_other_nations", "ask_can_be_senco", "faq"):
        return "qts_from_nation"
    if entities.get("qts_route") and intent in ("faq", "ask_qts_routes", "ask_can_be_senco") \
            and said_now.get("has_qts") is not True:  # "I did my PGCE and have QTS": not asking about PGCEs
        return f"route:{entities['qts_route']}"
    if intent == "faq":
        if faq_key == "faq/npq_length" and HOW_LONG_TO_QUALIFY.search(text):
            return "ask_deadline"
        return faq_key
    if intent == "ask_funding":
        if entities.get("qualification") == "nasenco":
            return "nasenco_funding"
        return funding_aspect(text) or "ask_funding"
    if intent == "ask_can_be_senco" and GETTING_QTS.search(text) and not SENCO_WORD.search(text):
        return "ask_qts_routes"
    if intent == "ask_settings_duty" and CAN_BE_SENCO.search(text):
        return "ask_can_be_senco"
    if intent == "ask_can_be_senco" and said_now.get("role") == "parent" and not WHO_MAY_BE.search(text):
        return "faq/parent_help"  # "how can the SENCO help my child?": a parent's question, not who may be SENCO
    return intent


# An unsure classifier's best real guess is used for a question only when it is a fair guess about our domain:
# confident enough and clearly ahead of the next guess (else two topics are equally likely: suggest both).
GUESS_MIN_CONFIDENCE = 0.25
GUESS_MIN_MARGIN = 0.1
GUESS_MIN_RATIO = 2.0  # for a question read as a bare detail ("I teach in a special school - does the law apply?")
DOMAIN_WORDS = re.compile(r"\b(send?cos?|npq\w*|nasen\s?co|qts|qtls|teach\w*|ta|hlta|school|academy|nursery|"
                          r"head\w*|degree|induction|ect|sen|send)\b", re.I)
NOT_GUESSED = {"nlu_fallback", "inform", "affirm", "deny", "change_answer", "out_of_scope", "other_language", "greet",
               "goodbye", "thank", "bot_challenge", "start_over", "stop", "feedback_helpful", "feedback_not_helpful",
               "start_eligibility_check", "ask_capabilities"}


def best_guess(text: str, ranking: list[tuple[str, float]], entities: dict[str, str]) -> str | None:
    """For a question the classifier could not place (fallback, or read as a bare detail): its best topic guess,
    if that has some confidence and the message is about our domain; else None (the user gets suggestions)."""
    if not (text.strip().endswith("?") or re.search(r"\b(can|could|do|does|is|are|how|what|when|who|where|should|"
                                                    r"would|will|am)\b", text, re.I)):
        return None
    if not (entities or DOMAIN_WORDS.search(text)):
        return None
    real = [(name, confidence) for name, confidence in ranking if name not in NOT_GUESSED]
    if not real:
        return None
    (name, confidence), runner_up = real[0], (real[1][1] if len(real) > 1 else 0.0)
    read_as_detail = ranking and ranking[0][0] == "inform"
    if read_as_detail:
        return name if confidence >= GUESS_MIN_RATIO * runner_up and confidence > 0 else None
    return name if confidence >= GUESS_MIN_CONFIDENCE and confidence - runner_up >= GUESS_MIN_MARGIN else None
