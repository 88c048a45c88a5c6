"""Whether a message is about something else entirely: a recipe, the wifi, a cover letter, a nursing course.

Read by the NLU guard (nlp/off_topic_guard.py), whatever the classifier guessed, and by the question actions
(`not_our_question`, which also declines staff questions about pay, tax or leave). A message is ours if it names
anything of ours, so the word list is deliberately broad: better to answer a stray question than to decline a real
one. tests/test_off_topic.py checks that no training example and no on-topic held-out turn is declined.
"""
from __future__ import annotations

import re

# Anything of ours: the post, the qualifications, schools and the people in them, SEND itself.
OUR_SUBJECT = re.compile(
    r"\b(send?cos?|send?co'?s|sen|send|npq\w*|nasen\s?cos?|qts|qtls|eyts|iqts|teach\w*|school\w*|academ\w*|nurser\w*|"
    r"colleges?|sixth[- ]form|fe|pupils?|child\w*|sons?|daughters?|kids?|students?|induction|ects?|nqts?|pgces?|pgde|"
    r"degrees?|apprentic\w*|qualif\w*|cohorts?|governors?|head\w*|deputy|trusts?|mats?|ceo|ehc\w*|special|needs|"
    r"disab\w*|autis\w*|adhd|dyslex\w*|inclusion|local offer|tas?|hltas?|classroom|class|lessons?|curriculum|ofsted|"
    r"dfe|trn|tra|gtcs|ewc|alnco|aln|eyfs|early years|code of practice|graduated approach|role|co-?ordinator|tlr|"
    r"provision|bursar\w*|scholarship|reviews?|plans?|cover (costs?|staff)|supply cover|fees?|funding|funded)\b", re.I)
# The core of ours: the post, its law, its qualifications and SEND. A message naming another field ("my son's mock
# results") is off-topic unless it names one of these; people and places alone (son, school) do not make it ours.
CORE_SUBJECT = re.compile(
    r"\b(send?cos?|send?co'?s|sen|send|npq\w*|nasen\s?cos?|qts|qtls|eyts|iqts|teacher training|train\w* to teach|"
    r"induction|ects?|pgces?|apprentic\w*|qualif\w*|cohorts?|ehc\w*|special|needs|disab\w*|autis\w*|adhd|dyslex\w*|"
    r"inclusion|local offer|co-?ordinator|code of practice|graduated approach|provision|scholarship|degrees?|"
    r"career chang\w*|retrain\w*)\b", re.I)
# Other fields and errands people bring to any chat box.
ELSEWHERE = re.compile(
    r"\b(nurs(e|es|ing)|midwi\w+|medicine|medical school|dentist\w*|dental|vets?|veterinary|law degree|solicitors?|"
    r"police|constables?|firefight\w*|paramedics?|army|navy|soldiers?|plumb\w*|electricians?|pilots?|lawyers?|"
    r"barristers?|pharmac\w*|physio\w*|social work\w*|doctors?|"
    r"accountan\w+|wi-?fi|passwords?|log-?ins?|recipes?|weather|football|holidays?|flights?|train times|parking|"
    r"car park|mortgages?|cover letters?|supermarkets?|retail|restaurants?|hotels?|bank|council tax|universal credit|"
    r"visas?|driving|undergraduate|break up|term dates?|(half[- ]term|christmas|easter)(?! (19|20)\d\d)|inset days?|uniform|"
    r"parents'? evening|payroll|payslips?|portal|log ?in|(exam|mock|gcse|sats|test) results|dbs|pensions?|"
    r"maternity pay|sick pay|income tax|tax code|birthday|present for|gift|carpet|stains?|films?|movies?|netflix|"
    r"laptops?|phones?|lost property|score|match)\b", re.I)
# A question, not a statement about oneself ("I was a nurse for ten years" is a career changer's detail)
QUESTION_FORM = re.compile(r"\?\s*$|^\W*(what|whats|what's|when|where|which|who|how|can|could|is|are|do|does|will|"
                           r"would|should|any)\b", re.I)
ABOUT_ONESELF = re.compile(r"\b(i'?m|im|i am|i was|i'?ve (been|worked|done)|i worked|i work|i used to|my (job|career|"
                           r"background|degree))\b", re.I)
# A named task: "help me write ...", "could you book ...", "please write me ...". Not "how can you help me?".
TASK_REQUEST = re.compile(
    r"\b(help|assist) (me |us )?(with|to|write|writing|do|doing|make|making|plan|planning|fix|fixing|find|finding|"
    r"book|booking|choose|choosing|sort|sorting|draft|drafting)\b\s*\w+|"
    r"(?<!what )(?<!how )\b(can|could|will|would) you (please )?(write|draft|make|fix|book|find|translate|do|recommend|"
    r"plan|sort|order|buy|check|proofread|mark)\b\s*(?!for me\b)\w+|"
    r"^\W*(please )?(write|draft|make|book|find|translate|recommend|plan) (me|us)\b", re.I)


# Other staff questions the classifier may take for ours ("maternity pay for teachers" read as a QTS question), and
# the narrower words that keep one ours ("does maternity pay affect my NPQ funding?"): narrower than OUR_SUBJECT,
# whose "teacher" and "school" every such question contains.
OTHER_STAFF_QUESTION = re.compile(r"\b(maternity|paternity|adoption|shared parental|sick) (pay|allowance)\b|\bpensions?\b|"
                                  r"\b(income|council|capital gains) tax\b|\bmortgage\b|\bholiday (pay|entitlement)\b|"
                                  r"\bunion (dues|membership|rep)\b|\bstrike (action|pay)\b|"
                                  # the pay of other jobs in a school ("the pay scale for a school nurse")
                                  r"\b(pay|salary|salaries|wages?|paid|earn)\b[^?.]{0,30}\b(caretakers?|cleaners?|cooks?|"
                                  r"receptionists?|site managers?|technicians?|(lunchtime|midday) (supervisors?|assistants?)|"
                                  r"nurses?|librarians?|drivers?)\b|"
                                  r"^(?!.*\bteach)(?=.*\b(caretakers?|cleaners?|cooks?|receptionists?|site managers?|"
                                  r"technicians?|nurses?|librarians?|drivers?)\b).*\b(get paid|earn|salary|wages?)\b",
                                  re.I)
SENCO_CONTEXT = re.compile(r"\b(send?cos?|npq\w*|nasen\s?co|qts|qtls|deadline|(3|three) years|send|sen)\b", re.I)
# Entities that are ours at the core (a role or a setting alone is not: "my son's school")
CORE_ENTITIES = {"qualification", "qts_route"}


def names_nothing_of_ours(text: str, entities: list | None = None) -> bool:
    return not entities and not OUR_SUBJECT.search(text or "")


def about_something_else(text: str, entities: list | None = None) -> bool:
    """A task naming nothing of ours ("write me a cover letter"), or another field naming nothing at our core ("the
    deadline for undergraduate nursing", "my son's mock results")."""
    text = text or ""
    if TASK_REQUEST.search(text) and names_nothing_of_ours(text, entities):
        return True
    core = bool(CORE_SUBJECT.search(text)) or any(e.get("entity") in CORE_ENTITIES for e in entities or [])
    return bool(ELSEWHERE.search(text)) and not core and bool(QUESTION_FORM.search(text)) \
        and not ABOUT_ONESELF.search(text)


def not_our_question(text: str, entities: list | None = None) -> bool:
    """A staff question about pay, tax or leave rights that names nothing of ours, or a question about something
    else entirely ("the application deadline for undergraduate nursing"): declined, never guessed at."""
    return bool(OTHER_STAFF_QUESTION.search(text)) and not SENCO_CONTEXT.search(text) \
        or about_something_else(text, entities)
