"""Which question a message asks: the topic the NLU found, narrowed to the sub-question its words ask, or the last
topic again when the message only adds a detail ("what about an academy?", "appointed 1 September 2026").

Returns an answer key (see actions/answers.py). Plain Python: text, intent, the details this message gave and the
last topic in; a key out.
"""
from __future__ import annotations

import re
from typing import Any

from actions.answers import ENGLAND_ONLY
from actions.message_reading import HEAD_OFFERS, NASENCO_WORD, looks_like_question
from actions.replies import HEARD_A_CLAIM

# Places people name for a school outside the UK.
ABROAD_PLACES = (r"(dubai|spain|france|qatar|doha|china|hong kong|singapore|the uae|abu dhabi|germany|italy|portugal|"
                 r"thailand|malaysia|egypt|kenya|the usa|america)")
# Within a topic, the words that pick one of its sub-questions. Checked in order; the first match wins.
FUNDING_ASPECTS = (
    ("funding_again", re.compile(
        r"\b(again|second time|twice|more than once|re-?take|re-?do|resit|re-?sit|re-?start|restart|re-?enrol|withdr[ae]w\w*|drop(ped)? out|"
        r"fail\w*|flunk\w*|quit|left the course|pulled out|didn'?t (pass|finish|complete)|don'?t pass|"
        r"lose (my|the|our) (funding|funded place|scholarship)|pay (it |the funding )?back|repay\w*)\b", re.I)),
    ("funding_disadvantage", re.compile(  # the myth that it is funded only in deprived areas
        r"(?=.*\bonly\b).*\b(deprived|deprivation|disadvantaged?|poor(er)? (area|school)s?|pupil premium|high[- ]needs? "
        r"area|low[- ]income area)\b", re.I)),
    ("school_payments", re.compile(
        r"\b(cover(?! supervisor)(?! (my|the|our|your|its?|this|that|all|most|part|some|half|any) (\w+ )?(fees?|costs?|price|course|npq|bill)\b)"
        r"(?! (it|them|this|that)\b)(?! (teachers?|staff|people|support staff|tas?|leaders|me|us|someone|anyone|everyone|"
        r"those|him|her)\b)(?<!scholarship cover)(?<!funding cover)|supply(?! teacher)|"  # "does the government cover it?": the fee,
        # not cover staff; "does the scholarship cover teachers at a 16-19 academy?": who is funded
        r"backfill|targeted support|tsf|grant)\b|"  # "cover my fees" is the verb: who pays, not money for cover
        r"\b(does|do|will|would|can|could) (my |our |the )?schools? (get|receive|be (paid|given)|claim)\b|"
        r"\b(money|payment|funding|paid) (for|to) (the |my |our )?schools?\b", re.I)),
    ("funding_abroad", re.compile(
        r"\b(abroad|international school|british school|english[- ]curriculum|british[- ]curriculum|"
        rf"outside (of )?(the uk|england|britain)|overseas school|school overseas|in {ABROAD_PLACES})\b", re.I)),  # before 'how to get it': abroad is never funded
    # Teachers employed outside one school: the criteria name LA, virtual school, hospital school and YOI staff...
    ("funding_local_authority_staff", re.compile(
        r"\b(employed by|work(ing)? for|on the books of|staff of|part of) (the |my |our |a )?(local authority|la|council)\b|"
        r"\b(local authority|la|council)('s)? (staff|employee|teacher|specialist|advisory|outreach|sen(d)? (support )?service|"
        r"teaching service|inclusion service)\b|\bvirtual schools?\b|\bhospital schools?\b|\byoung offender\w*|\byoi\b|"
        r"\bperipatetic\b", re.I)),
    # ...but not a trust's central team
    ("funding_trust_central", re.compile(
        r"\b(trust|mat|central)('s)? (central |inclusion |send |school improvement )*(team|office|role)\b|"
        r"\bnot employed by (one|a|any|a single) school\b|\bemployed by the trust\b", re.I)),
    ("funding_how_to_get", re.compile(  # the NPQ's funding, not (say) an EHC assessment's
        r"(?=.*\b(npq|scholarship|senco|it|mine|ours)\b)(?!.*\b(ehc\w*|assessment)\b)(?:"
        r"\b(apply|applying|application|claim|sign up)\b[^?.]{0,30}\b(funding|scholarship|funded place|bursary)\b|"
        r"\bhow (do|can|would|should) (i|we|you) (actually )?(get|secure|access) (the |my |our )?(funding|scholarship|"
        r"funded place)\b|\bhow\b[^?.]{0,25}\bget (it|mine|my npq|the npq|this|my place|ours) funded\b)",  # not "can she
        # get it funded too?" (whether she is eligible)
        re.I)),
    # "so I'm guaranteed a place?" after hearing they are eligible: places are capped
    ("funded_place_not_guaranteed", re.compile(
        r"\bguarantee\w*\b|\b(definitely|certain to|sure to|bound to) (get|be given|have) (a |the )?(funded )?place\b",
        re.I)),
    ("funding_conditions", re.compile(
        r"\b(attend\w*|engagement|engage|90 ?%|ninety|conditions?|miss(ed|ing)? (a |some )?sessions?|"
        r"how much of (it|the (course|npq))|requirements? to (keep|get) (the )?funding)\b", re.I)),
    ("self_funded_price", re.compile(
        r"\bif\b[^?.]{0,15}\b(weren'?t|wasn'?t|aren'?t|isn'?t|not) eligible\b|\bif (ineligible|not)\b|"
        r"\bwhat would it cost\b|"
        r"\b(self[- ]?fund\w*|pay (for it )?myself|out of my own pocket|privately|not funded|isn'?t funded|"
        r"aren'?t funded|if i (have to |had to )?pay|full price|price|how much (does|is|would|will))\b", re.I)),
    # "I already did a funded NPQSL, does that stop me getting the SENCO one funded?": once per NPQ
    ("funded_for_another_npq", re.compile(
        r"\b(already|previously|before|have|'ve|did|done|completed|finished|had|got)\b[^?.]{0,25}\b(npqh|npqsl|npqlt\w*|"
        r"npqll|npqlbc|npqlpm|npqeyl|npqel|headship|senior leadership|another npq|a different npq|an(other)? earlier "
        r"npq)\b(?=.*\b(stop|affect|prevent|count against|use up|used up|rule out|still (be )?(get|eligible|funded)|"
        r"as well|too|second)\b)", re.I)),
    ("other_npq_funding", re.compile(r"\b(npqh|npqsl|headship|senior leadership|npqeyl|early years leadership)\b",
                                     re.I)),
)
FUNDING_KEYS = {"ask_funding", *(key for key, _ in FUNDING_ASPECTS)}
# A school outside the UK (not a teacher who trained abroad): England's SENCO duty does not reach it.
SCHOOL_ABROAD = re.compile(
    r"\b(international school|british school|english[- ]curriculum|british[- ]curriculum|overseas school|"
    r"school (abroad|overseas)|(teach\w*|work\w*|senco) (abroad|overseas)|"
    rf"(teach\w*|work\w*|school) in {ABROAD_PLACES})\b", re.I)
# "qualified as a primary teacher in Spain": where they trained. "qualified, and teach in Dubai": where they work.
TRAINED_AS = re.compile(r"\b(qualified|trained|certified|licen[cs]ed) as\b[^.?!]*$", re.I)
TRAINED_JUST_BEFORE = re.compile(r"\b(qualified|trained|certified|licen[cs]ed)( as an? [\w ]{1,30}?)?\s*$", re.I)


def school_abroad(text: str) -> bool:
    """Whether the message places the school (not the user's training) outside the UK."""
    for match in SCHOOL_ABROAD.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if match.group(0).lower().startswith("teacher ") and TRAINED_AS.search(before):
            continue
        return True
    return False


ABROAD_INTENTS = {"faq", "ask_which_qualification", "ask_deadline", "ask_can_be_senco", "ask_settings_duty",
                  "nlu_fallback"}
# Words that name one general topic so plainly that they decide it, whatever the classifier made of the message:
# pay, the SEN information report, stepping down, careers, sharing a SENCO.
KEYWORD_TOPICS = (
    # "our trust has mainstream primaries and a special school: which of these does the duty cover?": every setting
    ("settings_duty_overview", re.compile(
        r"\bwhich (of (these|them|those|our (schools|settings|sites))|schools|settings|(types?|kinds?|sorts?) of "
        r"(schools?|settings?|providers?))\b[^?]{0,60}"
        r"\b(duty|law|legal\w*|statutory|required|obliged|cover\w*|apply|applies)\b", re.I)),
    # "senco short for wot": what the letters stand for
    ("faq/what_is_senco", re.compile(r"\bsend?co\b[^?.]{0,15}\b(stands? for|short for|acronym|abbreviation)\b|"
                                     r"\b(stand|stands|short) for\b[^?.]{0,10}\bsend?co\b", re.I)),
    # "What conditions must someone meet before the governors may designate them as SENCO?": who may hold the post.
    ("who_may_be_senco", re.compile(r"^(?!.*\b(fund\w*|npq|paid|pay|cost)\b).*\b(conditions|requirements?|criteria)\b"
                                    r"[^?]{0,120}\b(designate\w*|appoint\w*|be|become|as)\b[^?]{0,20}\bsend?co\b", re.I)),
    # "pgce only route to qts?": all the routes, not the one named
    ("ask_qts_routes", re.compile(r"(?=.*\b(qts|teach\w*)\b).*(?<!ment )\b(only|other|another|different|alternative)\b[^?.]{0,15}"
                                  r"\b(routes?|ways?|paths?|options?)\b", re.I)),
    # "how long would it take me to get QTS? I've got a degree": each route's length, not the entry requirements
    ("ask_qts_routes", re.compile(r"\bhow long (would|will|does|did|is|might) (it )?(take|be)\b[^?.]{0,20}\b(to )?(get|gain|"
                                  r"achieve|train for|qualify for|earn) (my |your )?(qts|qualified teacher status)\b", re.I)),
    # "which kinds of setting fall outside the duty?": the settings answer
    ("ask_settings_duty", re.compile(r"\b(which|what) (kinds?|types?|sorts?) of (educational )?(settings?|schools?|"
                                     r"providers?)\b[^?]{0,60}\b(duty|law|legally|required|have to|must|outside|exempt|"
                                     r"not covered)\b", re.I)),
    # "thinking about the npq senco, what does it involve?": its shape, not what it is for
    ("npq_involves", re.compile(r"^(?=.*\bnpq).*\b(what (does|will|would) (it|the (course|npq\w*|qualification)|that|this) "
                                r"(actually )?(involve|entail)|what('s| is) (actually )?involved( in)?|what('s| is) it "
                                r"(actually )?like)\b", re.I)),
    # "a mate says it's a 2000 word essay": the NPQ's assessment
    ("faq/npq_assessment", re.compile(r"^(?=.*\bnpq)(?!.*\b(assessment only|fund\w*)\b).*\b(essay|exam|assignment|"
                                      r"word count|\d[\d,]* ?words?|(kind of|sort of|a|an|final) (test|exam)|"
                                      r"(test|exam|assessed|assessment) at the end)\b", re.I)),
    # "Is the SENCO the person who sorts out support for kids with SEND?": what a SENCO is.
    ("faq/what_is_senco", re.compile(r"^(?!.*\b(has to|have to|must|needs? to|qts|npq)\b)\W*(is|are) (the |a |our )?send?cos? (the |a )?(person|one|people|teacher|member of "
                                     r"staff)s? (who|that|in charge|responsible)\b", re.I)),
    ("faq/who_they_work_with", re.compile(r"\b(who|whom) (does|do|will|would) (the |a |our )?send?cos? (usually |mainly )?"
                                          r"work (with|alongside)\b|^\W*(does|do) (the |a |our )?send?cos? (usually |mainly |also )?work(s)? "
                                          r"(with|alongside) (the )?(head|headteacher|governors|parents|teachers|outside|"
                                          r"external)\b",
                                          re.I)),
    # "Is there a way to train as a teacher and get paid?": the salaried routes.
    ("salaried_routes", re.compile(r"^(?!.*\b(npq|tlr|allowance|schools? (gets?|be) paid)\b)(?=.*\b(train\w*|qualify\w*|qts)\b).*\b(get paid(?! (more|extra))|paid (to|while|whilst) "
                                   r"(i |you )?(train|learn|study)|earn\w* (money |a wage |a salary )?while|salaried|salary while|"
                                   r"paid training|without (giving up|leaving|quitting) (my|your) (job|wage|salary|income)|"
                                   r"(without|doesn'?t (mean|involve)|not|no|avoid\w*) (paying |having to pay )?(any )?"
                                   r"(tuition )?fees|fee-?free|(free|no-?cost) (route|way|training))\b",
                                   re.I)),
    # "any GCSEs I need?" (to train as a teacher): the entry requirements
    ("faq/qts_entry_requirements", re.compile(r"^(?!.*\bnpq)(?=.*\bgcses?\b).*\b(need|needed|require\w*|have to|must|"
                                              r"what|which|any)\b", re.I)),
    # "is there an early years SENCO qualification?": the Level 3 award (PVI settings need no QTS)
    ("faq/early_years_senco", re.compile(
        r"\b(early years|eyfs|nursery|pre-?school) send?co (qualification|award|course|training)s?\b|"
        r"\b(qualification|award|course|training)s?\b[^?.]{0,25}\b(for )?(early years|nursery) (send?cos?|practitioners?|"
        r"staff)\b|\blevel 3\b[^?.]{0,25}\bsend?co (qualification|award|course)\b", re.I)),
    # "Do academies have to employ qualified teachers now?": the 2026 Act, from a date set by regulations
    ("academy_teachers_qts", re.compile(
        r"^(?!.*\bsend?co)(?:.*\b(do|does|must|can|could|will|are|is|may)\b[^?.]{0,15}\bacadem\w*\b[^?.]{0,40}\b(employ|hire|"
        r"have|use|recruit|take on|keep)\w*\b[^?.]{0,20}\b(only )?((qualified|unqualified) teachers?|(teachers? )?without "
        r"qts)\b|.*\b(do|does|must|will|are|is)\b[^?.]{0,10}\b(academy|academies'?) teachers?\b[^?.]{0,30}\b(need|have to|"
        r"require\w*|must)\b[^?.]{0,15}\b(qts|qualified)\b|"
        # "heard academies will have to have QTS teachers anyway now?"
        r".*\bacadem\w*\b[^?.]{0,20}\b(will|would|now|soon)?\s*(have to|need to|must|required to)\s+(have|hire|employ|use)\b"
        r"[^?.]{0,10}\b(qts|qualified)( teachers?)?\b)", re.I)),
    # "Who paid for the NASENCo?": school budgets (a NASENCo question, not the NPQ's funding).
    ("nasenco_funding", re.compile(r"^(?!.*\b(npq|paid more|pay rise|salary|tlr|allowance|count|counts|valid|still|extra))"
                                   r"(?=.*\b(nasen\s?co|national award)\b).*\b(pay|paid|pays|paying|fund\w*|"
                                   r"cost\w*|free|budget|price)\b", re.I)),
    ("faq/pay", re.compile(r"\b(tlr|salary|paid (extra|more)|pay scale|extra pay)\b|"
                           # an allowance or pay of ours, not "the capital gains tax allowance"
                           r"(?=.*\b(send?cos?|sen|teach\w*|school|role|job|post)\b)"
                           r"(?!.*\b(npq|fund\w*|free|cost\w*|scholarship|nasen\w*|fees?)\b)"  # the course's price: funding
                           r".*\b(allowance|(get|gets|getting) paid|earn|earns|wages?)\b|\bsend?co'?s? (pay|salary|wages?)\b|"
                           r"\b(main |upper |leadership |unqualified )?pay (range|scale|spine|band)s?\b|"
                           # release time for the NPQ, or money to cover it: funding
                           r"^(?!.*\b(grant|fund\w*|money|npq|pays? for|(cover|covering) (the |her |his |their |my |our )?"
                           r"release)\b).*"
                           r"\b(time off (the )?timetable|off[- ]timetable( time)?|(protected|non[- ]?contact|release|"
                           r"management|leadership|dedicated|ring-?fenced|allocated) (send?co )?time|"
                           r"(send?co )?time allocation)\b", re.I)),
    # "how much SENCO time am I entitled to by law?": no law sets it (the time, not the NPQ's study hours)
    ("faq/workload", re.compile(r"^(?=.*\bsend?co)(?!.*\b(npq|nasen\w*|course|study|fund\w*|deadline|qualif\w*)\b).*"
                                r"\bhow (much|many (hours?|days?|sessions?)) (of )?(send?co )?(time|hours?|days?|sessions?)\b"
                                r"[^?.]{0,40}\b(entitled|by law|legally|should|do (i|we|sencos?|they) get|allowed|must|"
                                r"minimum)\b|\b(legal|statutory|set|fixed) minimum (amount |number )?(of )?(send?co )?(time|"
                                r"hours?|days?)\b|\bsend?co (time|hours|days)\b[^?.]{0,25}\b(entitled|by law|legally)\b",
                                re.I)),
    # A school without a SENCO: who must designate one.
    ("school_without_senco", re.compile(
        r"\b(school|academy|they|it|we)\b[^?.]{0,25}\b(haven'?t|hasn'?t|havent|hasnt|don'?t|doesn'?t|do not|does not|"
        r"no longer) (even )?(got|have) (a |an )?(send?co|one)\b|\bwithout (a |any )send?co\b|\bbetween send?cos\b|"
        # "my daughter's academy hasn't had a SENCO since Easter"
        r"\b(haven'?t|hasn'?t|havent|hasnt|have not|has not) (had|been given|appointed|got|named) (a |an |any )?(new )?"
        r"send?co\b|"
        r"\bno send?co\b(?! (support|help|quals?|qualifications?|training|experience|award|course)\b)", re.I)),
    # "Does 3 years mean finishing the course or having the result?": the result (the outcome) is what counts.
    ("when_requirement_met", re.compile(
        r"^(?!.*\b(fail\w*|withdr\w*|drop\w* out|fund\w*|pay\w*|refund\w*|\w+n't|dont|didnt|doesnt|not)\b).*?(?:"
        r"\b(finish\w*|complet\w*|end of|done with|taught (part|programme|course))\b[^?]{0,40}\bor\b[^?]{0,30}\b(result|"
        r"outcome|pass\w*|certificate|award\w*)\b|"
        r"\b(result|outcome|certificate|pass|passed|passing)\b[^?]{0,40}\bor\b[^?]{0,30}\b(finish\w*|complet\w*|end of|taught)\b|"
        r"\b(at what point|when)\b[^?]{0,40}\b(considered|count(ed|s)? as|deemed|treated as)\b[^?]{0,20}\b(qualified|met|"
        r"meeting|complete)\b)", re.I)),
    # "Do I need the NPQ before I apply for SENCO jobs?": no, QTS (or headship) now, the NPQ within 3 years.
    ("npq_after_appointment", re.compile(
        r"(?=.*\b(appoint\w*|hire|employ|take (her|him|them) on|give (her|him|them) the (job|post|role))\b)"
        r"(?=.*\b(neither|without|hasn'?t (got|done)|doesn'?t (have|hold)|don'?t (have|hold)|not (got|done)|no|"
        r"unless (they|he|she|someone|you|the person) (already )?(hold|holds|have|has|has got|have got))\b[^?.]"
        r"{0,25}\b(npq|nasen\s?co)\b)(?!.*\b(qts|qualified teacher)\b[^?.]{0,10}\?)|"
        r"(?=.*\bnpq)(?:.*\b(have|hold|need|got) (it|the npq|one)\b[^?.]{0,10}\bbefore (i|you|we|they|someone) (start|begin|"
        r"apply|get the job|am appointed|are appointed|(can |could )?be appointed|take (it|the job) on))|\b(need|have|hold|get|got)\b[^?.]{0,25}\b(npq|qualification|nasen\s?co)\b[^?.]{0,25}\bbefore (i |you |we )?"
        r"(can |could )?(apply\w*|appoint\w*|being appointed|be appointed|get(ting)? the (job|role|post)|start\w*|becom\w+|tak\w+ (on|up))|"
        # "does the replacement need to already hold the NPQ when we appoint them?"
        r"\b(need|have|hold|got)\b[^?.]{0,20}\b(already )?(hold|have|got)?\b[^?.]{0,10}\b(the )?npq\b[^?.]{0,10}\b(when|by the "
        r"time|at the time) (we|you|they|i|the school) (appoint|hire|employ|take)\w*",
        re.I)),
    # "is the npq senco just for people who are already SENCOs?": no, it is for would-be SENCOs too
    ("npq_not_only_for_sencos", re.compile(
        r"^(?=.*\bnpq).*\b((just|only) (for|suits?|meant for|aimed at) (people|those|teachers|staff)?\s*(who are |that are )?(already |existing |current )?"
        r"send?cos|(do|must|have) (you|i|we|they) (have to |need to )?(already )?be (a |the )?send?co (already )?(to|before) "
        r"(do|take|start|register|apply|sign up))\b", re.I)),
    ("npq_before_the_post", re.compile(
        r"(?=.*\bnpq)(?=.*\b(can|could|may|allowed to|possible to|ok to|okay to|eligible to|able to)\b[^?.]{0,20}\b(do|take|"
        r"start|study|register|sign up|apply|enrol)\b).*(\b(not|n'?t) (actually |really |even )?(a |the |yet a )?send?co "
        r"(yet|already)\b|\b(not|n'?t) (actually |really |even )?(a |the )?send?co\b[^.]{0,10}\b(just|only) (interested|curious)\b|"
        r"\b(even though|although|though|when|if) (i'?m|i am|im) not (actually |even )?(a |the )?send?co\b|"
        r"\bbefore (i'?m|i am|im|becoming|i become|being|i get|getting) (a |the )?(send?co|send?co (role|job|post))\b|"
        r"\b(aspiring|future|would-be|wannabe|prospective) send?cos?\b|\bnot (yet )?(in|doing) (the |a )?send?co "
        r"(role|job|post)\b|"
        # "ECT in my first year: can I start the NPQ now or do I have to wait?"
        r"\b(have|need|got) to wait\b|\b(must|should) (i|we|she|he|they) wait\b|\bwait (until|till|for) (i'?ve|i have|after|i'?m|my induction)\b|"
        r"\b(during|in) (my )?induction\b|\bas an? (ect|nqt|early career teacher)\b)", re.I)),
    ("faq/npq_assessment", re.compile(  # not "what attendance do I need to sit the assessment?" (conditions)
        r"^(?!.*(assessment only|attendance|engagement|\battend|\bfund))(?!.*\bminimum\b[^?]{0,20}\b(sessions|attend\w*))"
        r".*(\b(npq|final)\b[^?]{0,30}\b(assessment|essay|exam|case study)\b|"
        r"\b(assessment|essay|exam)\b[^?]{0,30}\bnpq\b)", re.I)),
    ("faq/npq_providers", re.compile(r"(?=.*\bnpq)\b(who|which (organisations?|providers?|companies|places))\b[^?]{0,30}"
                                     r"\b(deliver|run|provide|offer|teach)(s|es)?\b|\bwho (can|do) i (do|take|sign up for) "
                                     r"(it|the npq) with\b", re.I)),
    ("faq/npq_what", re.compile(r"^(?!.*\b(fund\w*|free|paid|scholarship|wales|scotland|northern ireland|tas?|teaching "
                                r"assistants?)\b).*(\bnpq\b[^?]{0,40}\bonly for\b|\bonly for (people who are )?(already|"
                                r"current|existing) sencos?\b)", re.I)),
    ("faq/npq_what", re.compile(r"^(?!.*\b(nasen\s?co|fund\w*|free|wales|scotland|northern ireland|tas?|teaching "
                                r"assistants?|for me)\b).*(\bnpq\b[^?]{0,40}\b(available|introduced|launched|came in|"
                                r"come in|brought in)\b|\bwhen (did|does|will) the npq\b[^?]{0,20}\b(start|begin|replace|"
                                r"come)\b)", re.I)),  # when the NPQ came in; a NASENCo question stays one
    # Failing the NPQ assessment (not its funding): you can take the next assessment window.
    ("faq/npq_assessment", re.compile(r"^(?!.*\b(fund|miss|attend|engag|fails? to|failed to)).*\b(fail|flunk|don'?t pass|"
                                      r"do not pass|not pass)\w*\b"
                                      r"[^?.]{0,20}"
                                      r"\b(the )?(assessment|case study|npq)\b", re.I)),
    # "heard EHCPs are being scrapped": proposals, not law (the reforms answer)
    ("faq/reforms", re.compile(r"^(?!.*\b(my|his|her|their|son'?s|daughter'?s|child'?s) (ehc|education))"
                               r".*(\b(ehc ?ps?|ehc plans?|education,? health and care plans?)\b[^?.]{0,30}\b(scrap\w*|"
                               r"abolish\w*|ax(e|ed|ing)|got rid of|get(ting)? rid of|go(ing)? away|replaced|removed|"
                               r"being (ended|cut))\b|\b(scrap\w*|abolish\w*|ax(e|ing)|get(ting)? rid of)\b"
                               r"[^?.]{0,20}\b(ehc ?ps?|ehc plans?)\b)", re.I)),
    # "Will the Children's Wellbeing and Schools Bill change who can be SENCO?"
    ("reforms_and_the_post", re.compile(r"(?=.*\b(wellbeing and schools|reforms?|white paper|bill|new (\w+ )?(law|act)|legislation)\b)"
                                        r".*\b(change|affect|alter)\w*\b[^?]{0,40}\bwho (can|could|may|is allowed to) "
                                        r"(be|become)\b", re.I)),
    # "Has the SEND white paper changed the SENCO qualification?": proposals; the NPQ rule stands
    ("reforms_and_the_qualification", re.compile(
        r"^(?!.*\b(fund\w*|pay\w*|paid|cost\w*|free)\b)"
        r"(?=.*\b(white paper|reforms?|bill|new (\w+ )?(law|act)|legislation|consultation)\b)"
        r".*\b(chang\w*|affect\w*|alter\w*|scrap\w*|replac\w*)\b[^?]{0,40}\b((the )?(send?co )?(qualification|npq|"
        r"nasen\s?co)|what (a |the )?send?cos? (need|needs|must) (to )?(get|hold|do))\b", re.I)),
    ("faq/reforms", re.compile(r"\bwellbeing and schools (bill|act)\b|\bofsted\b[^?.]{0,40}\b(framework|inspection|inspect|report cards?|chang\w*|new)\b|"
                               r"\b(new|changes? to|renewed) (the )?ofsted\b|\bwhite paper\b|\b(send|sen) reforms?\b|"
                               r"\bnew (framework|reforms?)\b|\bchang\w* (to )?(the )?send( system)?\b|"
                               r"\bsend (system )?(changes|reforms?|review)\b|"
                               # "what's changing with SEND at the moment?"
                               r"\bwhat'?s (changing|new|happening|going on)\b[^?]{0,25}\b(send|sen)\b|"
                               r"\bchang\w* (with|in) (the )?send\b", re.I)),
    ("ask_can_be_senco", re.compile(r"\bwho('s| is)? (exactly |actually |really |legally )?(can|could|may|allowed to|is allowed to|gets to|"
                                    r"is able to|qualifies to|is eligible to|is permitted to|is entitled to) "
                                    r"(be|become|do|take on|take|hold)\b[^?.]{0,20}\bsend?co\b", re.I)),
    # "if I do the NPQ, does that count as getting QTS?": it does not
    ("npq_is_not_qts", re.compile(r"\bnpq\w*\b[^?]{0,50}\b(count|counts|counted) (as|towards|for) (getting |having |my |me "
                                  r"being |being |me as )?(a |an )?(qts|qualified teacher)|\bnpq\w*\b[^?]{0,40}\b(give|gives|get) (me|you|us|them) (qts|"
                                  r"qualified teacher)|\bnpq\w*\b[^?]{0,30}\b(instead of|in place of|replace|same as|equivalent "
                                  r"(to|of)) (qts|qualified teacher)", re.I)),
    # "when did the very first NPQ SENCO courses start?": history, not the next cohort
    ("first_cohorts", re.compile(r"\b(very )?(first|earliest|original|initial)\b[^?.]{0,30}\b(cohorts?|courses?|intakes?|"
                                 r"groups?|npqs?|participants)\b[^?.]{0,40}\b(start\w*|began|begin|run|ran|running|launch\w*)\b",
                                 re.I)),  # "when did the NPQ come in?" stays faq/npq_what: when it replaced the NASENCo
    ("ask_npq_cohorts", re.compile(r"\b(which|what|next|when is the next|when'?s the next) (npq )?(intake|cohort)s?\b|"
                                   r"^(?=.*\bnpq)(?!.*\b(fund\w*|cost\w*|pay\w*|finish\w*|result|appointed|became|deadline|in time|ok(ay)?)\b).*"
                                   r"\b(intakes?|cohorts?)\b"
                                   r"[^?.]{0,30}\b(spring|summer|autumn|twice|how often|how many|a year|each year|per "
                                   r"year|still)\b", re.I)),
    ("faq/sen_information_report", re.compile(r"\b(sen|send) information report\b|"
                                              # "does the SENCO's name have to be on the website?"
                                              r"\bsend?co'?s? (name|contact details|details|email)\b[^?]{0,50}\b(website|"
                                              r"on there|online|publish\w*|public)\b|\b(website|online)\b[^?]{0,60}\bsend?co'?s? "
                                              r"(name|contact details|details|email)\b|"
                                              r"\bpublish\w*\b[^?.]{0,40}\bsend?co\b|\bsend?co\b[^?.]{0,40}\bpublish\w*\b|"
                                              r"\bmake (it )?public\b[^?.]{0,30}\bsend?co\b|\bsend?co\b[^?.]{0,30}\b(made "
                                              r"public|public(ly)? (named|known)|on (the|its|their) website)\b|"
                                              r"\b(tell|let) (people|parents|families|the public|everyone|us) (know )?who "
                                              r"(its|the|their|our) send?co is\b",
                                              re.I)),
    ("ask_can_be_senco", re.compile(r"\b(since when|how long has (the law|it|this|that)|when did (the law|it|this|that|the "
                                    r"rule))\b[^?]{0,60}\b(send?co|qualified teacher|qts)\b", re.I)),
    # "Whose legal duty is it that the SENCO gets the qualification, theirs or the school's?": the school's
    ("who_ensures_qualification", re.compile(
        r"^(?!.*\b(pay\w*|paid|fund\w*|cost\w*|free)\b)(?=.*\b(qualif\w*|npq|nasen\s?co)\b)"
        r"(?=.*\b(send?co|sen co-?ordinator|co-?ordinator|they|them|she|her|he|him)\b).*(\bwho(se)?\b[^?.]{0,30}\b(duty|responsib\w*|(legal )?job|"
        r"obligation|legally (required|obliged)|up to)\b|\b(my|their|his|her|the send?co'?s?) (duty|responsibility|"
        r"job|problem)\b[^?.]{0,20}\b(or|and) (the )?(school|governors?|trust|head|employer)'?s?\b|"
        # "Does the board have to make sure the SENCO gets the NPQ?": the governors' duty
        r"\b(does|do|must|should|is|are) (the )?(board|governors?|governing (body|board)|trust|school|we|appropriate "
        r"authority)\b[^?.]{0,20}\b(make sure|ensure|check|responsible)\b|"
        # "is it our job to make sure the new SENCO gets the mandatory qualification in time?"
        r"\b(is it|is that|it'?s) (our|the governors'?|the board'?s|my|the school'?s) (legal )?(job|duty|responsibility)\b|"
        # "who legally has to make sure our SENCO has the right qualification?"
        r"\bwho\b[^?.]{0,20}\b((has|have|must|should|needs?) to |)(make sure|makes sure|ensures?|checks?)\b|"
        # "what happens if the SENCO doesn't get the NPQ within three years?": no penalty on record; the duty's owner
        r"\bwhat (happens|would happen|will happen|then)\b[^?.]{0,10}\bif (the send?co|our send?co|a send?co|they|she|he|"
        r"i)\b[^?.]{0,10}\b(doesn'?t|don'?t|does not|do not|hasn'?t|haven'?t|has not|have not|fails? to|can'?t|cannot|"
        r"miss(es)?|never)\b[^?.]{0,40}\b(get|have|hold|finish|complete|gain|achieve|pass|deadline|in time|within)\b)",
        re.I)),
    # "As a governor, what are the board's responsibilities around the SENCO?": designate, qualify, set the role
    ("governors_duties", re.compile(
        # "I chair the governing body ... our SENCO leaves at Christmas. What are our legal duties when we appoint?"
        r"^(?!.*\b(fund\w*|pay\w*|paid|cost\w*|(choos|pick|designat|nam)\w* (the |a |our )?send?co)\b)(?=.*\bsend?co)"
        r"(?=.*\b(governors?|governing (body|board)|trustees?)\b)"
        r".*\b(our|their|the governors'?|the board'?s) (legal |statutory )?(duties|duty|responsibilit(y|ies)|"
        r"obligations?)\b|"
        # "what are our legal duties as a GB?" (the governing body) next to a SENCO question
        r"^(?!.*\b(fund\w*|pay\w*|paid|cost\w*)\b).*\b(duty|duties|responsibilit(y|ies)|obligations?)\b[^?]{0,20}\bas (a |the )?"
        r"(gb|governing (body|board)|governors|board of governors|trustees)\b|"
        r"^(?!.*\b(fund\w*|pay\w*|paid|cost\w*)\b).*\b(governors?|governing body|governing board|board|trustees?)"
        r"('?s)?\b[^?]{0,60}\b(responsib\w*|duties|duty|obligations?|legal requirements?|what (do|must|should) "
        r"(we|they)( legally| actually)?( have to| need to)? do)\b[^?]{0,40}\bsend?co|^(?!.*\b(fund\w*|pay\w*|paid|cost\w*)\b).*\b(responsib\w*|duties|"
        r"obligations?)\b[^?]{0,20}\b(governors?|governing body|governing board|board|trustees?)\b[^?]{0,40}\bsend?co|"
        r"(?=.*\b(governors?|governing (body|board)|trustees?)\b).*\b(make|makes) (us|the governors|the board|the "
        r"governing body) (legally )?responsible\b[^?]{0,40}\bsend?co|"
        # "I'm the SEND governor ... what does the law require of us on the SENCO?"
        r"(?=.*\b(governors?|governing (body|board)|trustees?)\b)(?=.*\bsend?co).*\bwhat (does|do) the law (require|expect|"
        r"ask|want) (of|from) (us|the governors|the board|the governing body)\b",
        re.I)),
    # "Who decides what the SENCO does, is it just the head?": the governing body or trust (regulation 50).
    ("who_sets_the_role", re.compile(
        r"\bwho\b[^?.]{0,25}\b(decides?|sets?|determines?|says?|chooses?)\b(?! who)[^?.]{0,10}\b(what (the |a |our |my )?"
        r"send?co (does|do|should do|has to do)|(the |a |our |my )?send?co'?s? (role|duties|job description|"
        r"responsibilities|remit|workload))\b", re.I)),
    ("who_designates", re.compile(
        r"\bwho(se)?\b[^?.]{0,40}\b(designates?|designating|appoints?|appointing|(?<!the )names?(?! of\b)|chooses?|picks?|decides? "
        r"who)\b(?! as\b)[^?.]{0,20}\bsend?co\b(?!.*\b(have to be|has to be|must be|need to be)\b)|"
        r"\bwho (is responsible for|has to) (designat|appoint|nam)\w*\b|"
        r"\b(appointing|designating|choosing|picking|naming) (the |a |our )?send?co\b[^?.]{0,25}\b(our|the governors'?|"
        r"the (governing )?board'?s?|the governing body'?s?|the trust'?s?|the head'?s?) (job|responsibility|duty|call|"
        r"decision)\b", re.I)),
    ("supply_teacher", re.compile(
        r"^(?!.*\b(cover|money|grant|fund\w*|paid|pay)\b)"
        # "doing supply in London. How do I get QTS so I can go for SENCO jobs?": the route, not the supply rule
        r"(?!.*\bhow (do|can|could|would|should|to) (i |we |you )?(get|gain|obtain|apply for|go about getting) "
        r"(english |uk )?(qts|qualified teacher status)\b)"
        r"(?=.*\b(can|could|may|allowed|eligible|be|become|apply|count|counts)\b)"  # not "supply here, what does it do"
        r".*(\b(on (agency )?supply|supply teach\w*|agency (supply|teach\w*|work)|"
        r"through an agency|do supply|doing supply)\b[^?]{0,120}\bsend?co\b|\bsend?co\b[^?]{0,80}\b(on (agency )?supply|"
        r"supply teach\w*|through an agency|agency (supply|teach\w*)))", re.I)),
    ("faq/role_duties", re.compile(r"\b(what (does|do)|what'?s|whats) (a |the |our )?send?cos? (actually |really |even )?do\b|"
                                   r"\b(what is|what'?s|whats) (the |a |our )?send?co\b[^?]{0,30}\b(there to do|"
                                   r"responsible for|supposed to do|meant to do)\b|\bsend?co'?s? (legal |main )?(duties|"
                                   r"responsibilities)\b|"
                                   r"\bsend?cos?\b[^?]{0,40}\b(spend\w* (their|the|your|her|his) (days?|time)|day[- ]to[- ]day|"
                                   r"typical (day|week))\b|"
                                   r"\bwhat (is|'s) (a |the )?send?co'?s? (job|role) (actually |really )?(like|involve)",
                                   re.I)),
    ("ask_npq_registration", re.compile(
        r"^(?!.*\b(fund\w*|free|cost\w*|pay\w*|paid|price|how long|when|deadline|hours?|need|have to|must)\b).*"
        r"\b(thinking (about|of)|considering|planning (to|on)|want to|would like to|keen to|hoping to) (do|doing|take|"
        r"taking|start|starting|sign(ing)? up (for|to)|apply(ing)? for) (the |an? )?npq\b|"
        # (a TRN named beside a funding question is a detail: "I've got a TRN. Would the DfE pay for my NPQ?")
        r"^(?!.*\b(fund\w*|free|cost\w*|pay|pays|paid|price)\b).*(\b(trn|teacher reference number)\b[^?]{0,60}\b(npq|"
        r"register\w*|apply\w*|sign(ing)? up|enrol\w*)\b|"
        r"\b(npq|register\w*|apply\w*|sign(ing)? up|enrol\w*)\b[^?]{0,60}\b(trn|teacher reference number)\b)", re.I)),
    # (not "no QTS but I've got a TRN": the "no" is the QTS's)
    ("faq/trn", re.compile(r"\b(no|don'?t have|haven'?t got|without)\s+(a |an |my |the |any )?(trn|teacher reference number|"
                           r"teacher ref(erence)? (no|number))\b|"
                           r"\b(need|get|find|lost|forgot|what is|what'?s|where is)\b"
                           r"[^?.]{0,20}\b(a |an |my |the )?(trn|teacher reference number|teacher ref(erence)? (no|number))\b",
                           re.I)),
    ("study_time", re.compile(r"(?=.*\bnpq).*(\b(hours?|hrs?) (a|per|each) week\b|\bhow many (hours|hrs)\b|\bhow much "
                              r"(time|work|study|studying|effort)\b[^?.]{0,30}\b(a|per|each|every) week\b|\b(weekly|week to week) (workload|commitment|time)\b|"
                              # "will the NPQ need time out of class too?"
                              r"\b(need|take|require|mean)s?\b[^?.]{0,15}\btime (out of|off|away from) (class|the "
                              r"classroom|teaching|timetable)\b|\bhow much (study )?time (does|will|would) (the )?(npq|"
                              r"course)\b)", re.I)),
    # Signing up for a NASENCo now: it will not count (courses from 1 September 2024 must be the NPQ).
    ("nasenco_start_now", re.compile(
        r"(?=.*\b(nasen\s?co|national award))(?!.*\b(started|began|begun|finished|completed|hold|did|have|got|my|"
        r"as (a |the )?send?co)\b[^?.]{0,12}\b(nasen\s?co|national award|it|one|in (19|20)\d\d)\b).*(?:"
        # "my head says the NASENCo is still fine to start this year": a claim about starting one now
        r"\b(nasen\s?co|national award)\b[^?.]{0,30}\b(fine|ok|okay|allowed|possible|able|valid) to (start|begin|sign "
        r"up|enrol|do)\b|"
        r"\b(sign up|enrol\w*|register|start|begin|apply)\b[^?.]{0,25}\b(nasen\s?co|national award|that|it)\b"
        r"[^?.]{0,25}\b(now|instead|still|today|this year)\b|"
        r"\b(sign up|enrol\w*|register|start|begin|apply)\b[^?.]{0,25}\b(nasen\s?co|national award)\b)", re.I)),
    ("ask_which_qualification", re.compile(
        r"\b(nasen\s?co|national award)\b[^?.]{0,25}\b(instead|still (count|valid|available|an option))\b|"
        # "what's the cut-off for finishing a NASENCo?": the NASENCo's own dates
        r"\b(cut[- ]?off|deadline|last date|latest date)\b[^?]{0,30}\b(nasen\s?co|national award)\b|"
        r"\b(nasen\s?co|national award)\b[^?]{0,30}\b(cut[- ]?off|deadline|last date)\b|"
        # "what counts as the 'relevant SENCO qualification' under the regulations?": the regulation's own words
        r"\b(relevant|prescribed|recognised|accepted|approved) (send?co )?qualifications?\b"
        r"(?![^?]{0,30}\b(fund\w*|cost|pay|paid|price)\b)", re.I)),
    # "Which law says a school needs a SENCO?": the Act (section 67), not the regulations or the Code.
    ("faq/send_regulations", re.compile(r"(?=.*\b(npq|qts|qualif\w*|nasen\s?co)\b).*\b(which|what) (law|act|part of "
                                        r"the law|bit of the law|section|regulations?|legislation)\b", re.I)),
    ("ask_settings_duty", re.compile(r"(?=.*\bsend?co).*(\b(which|what) ((bit|piece|part) of (the )?)?(law|act|statute|"
                                     r"legislation)\b|"
                                     r"\bact of parliament\b|\b(which|what) (section|part|clause)\b[^?]{0,15}\b(of )?"
                                     r"(the )?(children and families )?(act|law|legislation)\b)", re.I)),
    # "When must our new SENCO hold the NPQ?": the deadline, in general
    ("ask_deadline", re.compile(r"\bwhen (must|should|does|do|has|have) (i|we|they|he|she|(a|our|the|my) (new )?send?co)\b"
                                r"( (got|need|have|has) to)? (hold|have|get|gain|achieve|be qualified|qualify)\b[^?.]{0,25}"
                                r"\b(npq\w*|qualification|qualified|nasen\s?co)", re.I)),
    # "Does the 3 years start when I become SENCO or when I start the course?": from becoming SENCO.
    ("ask_deadline", re.compile(r"\b(the )?(3|three)[- ]?(years?|yrs?)( deadline| clock| limit| period| window)? (start|"
                                r"begin|count|run)s?\b|\b(3|three)[- ]?(years?|yrs?)\b[^?.]{0,10}\b(counted|measured|"
                                r"calculated|worked out|dated|started)\b|\bwhen does (the|my|your) (3|three)[- ]?(years?|yrs?)\b(?![- ]?("
                                r"teacher|apprenticeship|degree|course|pgce))|\b(3|three) ?(years?|yrs?) from (when|what|the "
                                r"(day|date|start)|appoint\w*|becoming|the course|course start)\b|\bclock (start|begin)s? (ticking )?(when|from)\b",
                                re.I)),
    # "I have QTLS, does that count as a qualified teacher?"
    # "I've let my SET membership lapse": QTLS counts only while the membership is active
    ("qtls_membership", re.compile(r"(?=.*\b(qtls|set membership|membership (of|with) (the )?set|set member|society for "
                                   r"education and training)\b).*\b(lapse\w*|expired?|ran out|run out|cancel\w*|"
                                   r"stopp\w* paying|not renewed|didn'?t renew|no longer a member|not a member)\b", re.I)),
    # "does EYTS count for being a SENCO?", "and EYTS?" after QTLS: whether the status meets the rule
    ("eyts_and_the_post", re.compile(r"^(?!.*\b(fund\w*|free|pay\w*|paid|cost\w*)\b)(?=.*\b(eyts|early years teacher "
                                     r"status)\b)(.*\b(count|counts|recogni[sz]ed|same as|equivalent|equal|enough|"
                                     r"accepted|valid|qualif\w*|let|allow\w*|be (a |the )?send?co|(someone|somebody|"
                                     r"person|teacher|practitioner|colleague|staff)s? (with|who has|who holds|holding) "
                                     r"(an? )?(eyts|early years teacher status))\b|\W*(and|or|what about|"
                                     r"how about|what if (she|he|they|i|you) (has|have|had|hold|holds)?)?\W*(an? )?(eyts|early "
                                     r"years teacher status)\W*$)", re.I)),
    # "my child's school has the headteacher doing the SENCO job as well. is that legal??"
    ("head_as_senco", re.compile(r"(?=.*\b(legal|lawful|allowed|permitted|ok|okay|can|could|may|possible|right)\b)"
                                 r".*\b(head|headteacher|head teacher|principal)\b(?! of)"
                                 r"(?![^.?!]{0,30}\b(me|her|him|them|you|us|i|i'?ll|i'?d|we|someone|somebody|one of|"
                                 r"asked|asks|wants?|offered)\b)[^.?!]{0,30}\b(doing|is|as|being|"
                                 r"also|doubles?|acting as|covering|covers|taking)\b[^.?!]{0,25}\bsend?co\b", re.I)),
    # "does the school SENCO cover the sixth formers as well, or do we need our own?" (an 11-18 school, not a college)
    ("sixth_form_in_school", re.compile(r"^(?!.*\b(sixth[- ]form college|6th[- ]form college|16[- ]?(to[- ]?)?19 "
                                        r"academ\w*|fund\w*|npq)\b)(?=.*\b(sixth[- ]?form\w*|6th[- ]?form\w*|post[- ]?16|"
                                        r"year 1[23]s?|y1[23]s?|ks5|key stage 5)\b)(?=.*\bsend?cos?\b).*\b(cover\w*|include\w*|"
                                        r"(our|their|its|a) own|separate|another|second|responsib\w*|as well|too|also)\b",
                                        re.I)),
    # "is that inc VAT?" (short, after a price) or VAT on the course fee; not "VAT on hiring a minibus"
    ("fee_vat", re.compile(r"^(?=.*\bvat\b)(?:(?=.*(\b(npq|course|fees?|prices?|costs?|send?co|nasen\w*)\b|£))|"
                           r"(?=\W*(?:\w+\W*){1,6}$))", re.I)),
    ("faq/qtls", re.compile(r"^(?!.*\b(fund\w*|free|pay\w*|paid)\b).*\bqtls\b[^?]{0,60}\b(count|counts|recogni[sz]ed|same as|equivalent|equal|enough|accepted|"
                            r"valid|qualified teacher)\b", re.I)),
    # "I read it's only 90 hours. how long does it really take?": the course's length and weekly hours
    ("npq_course_dates", re.compile(r"(?=.*\bnpq).*\bhow long (does|will|would) (it|the (npq|course)|this) (really|actually) "
                                    r"take\b", re.I)),
    ("faq/npq_delivery", re.compile(r"^(?=.*\bnpq)(?!.*\b(fund\w*|cost\w*|pay\w*|paid|price|assessment|"
                                    r"exam|essay)\b).*(\bhow (is|'s|are|was)\b[^?.]{0,40}\b(structured|"
                                    r"organised|organized|laid out|broken (down|up)|made up|set out)\b|\b(structure|format|"
                                    r"layout) (of|for)\b)", re.I)),
    # "if I step down after a year, do I still have to finish the NPQ?": the qualification, not how to step down
    # "would my Madrid years count towards the 12-month thing?": only service at a relevant school counts
    ("earlier_service", re.compile(
        r"\b(12|twelve)[- ]months?\b[^?]{0,20}\b(thing|count|counts)\b|"
        r"\b(count|counts|towards|cover|covers)\b[^?]{0,30}\b(12|twelve)[- ]months?\b|"
        r"\b(would|will|do|does|could|can) (my|her|his|their|those) [^?.]{0,30}\b(years?|time|service|experience)\b"
        r"[^?.]{0,40}\b(count|counts)\b(?![^?.]{0,20}\b(for|towards) (the )?(npq|funding|"
        r"scholarship|qts|induction))", re.I)),
    ("npq_after_stepping_down", re.compile(
        r"(?=.*(\bstep(ping|ped|s)? down\b|\b(resign\w*|give up|giving up|stop(ped|ping)? being|quit\w*) (as |from )?(the |my |"
        r"being )?(send?co|senco role|role|post)\b|\bno longer (the |a )?send?co\b|"
        r"\b(go|going|move|moving) back to (just |only |being a |class(room)? )?(teaching|the classroom|class teacher)\b|"
        r"\bhand(ing)? (the role |the post |it )?(back|over)\b|"
        # "only on a fixed-term contract to August 2027": the post may end before the deadline
        r"\b(fixed[- ]term|temporary) (contract|post|role)\b|\bcontract (ends?|ending|runs? out|to|until|till)\b))"
        r"(?=.*\b(npq|qualification|course|nasen\s?co)\b).*\b(still|have to|need to|must|required|obliged|"
        r"breach|finish\w*|complet\w*|breaking the law|break the law|illegal|against the law|unlawful)\b", re.I)),
    ("faq/stepping_down", re.compile(r"\bstep(ping|ped|s)? down\b|"
                                     r"\b(resign\w*|give up|giving up|stop(ped|ping)? being|quit\w*) (as |from )?(the |my |being )?"
                                     r"(send?co|senco role|role|post)\b", re.I)),
    ("faq/code_of_practice", re.compile(r"\bcode of practice\b[^?]*\b(nasen\s?co|national award)\b|"
                                       r"\b(nasen\s?co|national award)\b[^?]*\bcode of practice\b", re.I)),
    ("faq/send_regulations", re.compile(r"\b(which|what) (regs|regulations|statutory instruments?|legislation)\b|"
                                        r"\breg(ulation)? ?49\b", re.I)),
    # "... head wants me to be SENCO. do I need to be on the SLT?": the question asked is about the SLT
    ("faq/leadership_role", re.compile(r"\b(do|does|must|should|will|would) (i|we|they|she|he|u|you|someone|one|the send?co|"
                                       r"an? send?co|send?cos?) "
                                       r"((need|have|has) to |be expected to )?(be (on|part of|a member of|in)|sit on|"
                                       r"join|be included in) (the |our |their |its |your )?"
                                       r"(slt|senior leadership( team)?|leadership team)\b", re.I)),
    # "I want QTS so I can go for SENCO jobs later on, what routes are there?": the routes to QTS
    ("ask_qts_routes", re.compile(r"(?=.*\b(qts|qualified teacher status|teach\w*)\b).*\b(what|which) (routes?|ways?|"
                                  r"pathways?) (are there|is there|do i have|are available|exist|could i take)\b|"
                                  # "what are my options for getting QTS?"
                                  r"^(?!.*\b(abroad|overseas|international|without (moving|coming|going|returning))\b)"
                                  r".*\b(options?|routes?|ways?|pathways?)( are there| are open to me| do i have| have i got)? (for|to|of|into) (getting|gaining|achieving|get|"
                                  r"gain|achieve|obtaining|obtain) (qts|qualified teacher status)\b", re.I)),
    ("faq/leadership_role", re.compile(r"^(?!.*\b(be|become|becoming) (the |a |our )?send?co\b)"
                                       r"(?!.*\b(take on|take over|step into|asked me|want me|wants me|allowed)\b)(?=.*\bsend?co)"
                                       r".*\b(slt|senior leadership team|leadership team|senior leader)\b", re.I)),
    # "does the three years count from when I was appointed or from when I start the course?": the deadline's clock
    ("ask_deadline", re.compile(r"\b(3|three)[- ]years?\b[^?]{0,40}\b(count\w*|start\w*|runs?|running|begin\w*|measured|"
                                r"calculated|clock)\b[^?]{0,10}\bfrom\b|\bfrom when\b[^?]{0,40}\b(3|three)[- ]years?\b",
                                re.I)),
    # "what qualifications does a SENCO need?": who may hold the post (QTS), then the NPQ
    ("who_may_be_senco", re.compile(r"^(?!.*\b(fund\w*|pay\w*|cost\w*|my|i'?m|i)\b)"
                                    r".*\bwhat (qualifications?|quals|certificates?|training)\b[^?]{0,25}\b(do|does|would|will|must)\b"
                                    r"[^?]{0,20}\bsend?cos?\b[^?]{0,15}\b(need|have|require|hold)|"
                                    r"\bwhat (qualifications?|quals) (do|does|would) (you|one|someone|a person) need\b[^?]{0,25}"
                                    r"\bsend?co", re.I)),
    # "whats the NPQ for SENCOs": what it is (not what it covers)
    ("faq/npq_what", re.compile(r"^\W*(so |and |ok )?(what'?s|whats|what is|wot'?s) (the |an? |this )?npq( for send?cos| send?co)?"
                                r"( then| exactly| actually)?\W*$", re.I)),
    # "what degree do you need to be a senco? is there a specific SEND one?": none in particular (QTS is the rule)
    ("degree_for_senco", re.compile(
        r"(?=.*\bsend?co)(?:\b(what|which|any|a specific|a particular|specific|particular|special|certain) (kind of |type of |"
        r"sort of |subject )?degree\b[^?]{0,40}\b(need|needs|have|required|should|must)\b|"
        r"\b(send|sen|special (educational )?needs|inclusion)( and inclusion)? degree\b|"
        r"\bdegree (in|on) (send|sen|special (educational )?needs|inclusion)\b|"
        r"\bdoes (it|my degree) (have|need) to be (in|a) )", re.I)),
    # "Do you need 2 years' teaching first?": a common myth; the law sets no minimum experience.
    ("experience_rule", re.compile(  # about the SENCO post, not a route's entry requirements
        # (a route named is its entry requirements, unless the SENCO post is what they ask about)
        r"^(?:(?!.*\b(assessment only|pgce|apprenticeship|teacher training|itt)\b)|(?=.*\b((be|become|becoming) (a |the )"
        r"?|make (you|me|her|him|them|someone|anyone) (a |the )?)send?co\b)).*(?:"
        # "how many years do you have to teach before you're allowed to be a senco?"
        r"\bhow (many years|long)\b[^.?!]{0,30}\bteach\w*\b[^.?!]{0,10}\bbefore\b[^.?!]{0,30}\bsend?co\b|"
        r"\b(need|needs|require[ds]?|must have|have to have|minimum|min|how many|at least)\b[^.?!]{0,30}\b(years?|yrs?)\b"
        r"[^.?!]{0,25}\b(teaching|experience|in the classroom|in post)\b|\b(minimum|min|how much|how many years( of)?) "
        r"(teaching )?(experience|years)\b|\bexperience (do|does|is) (i|you|one|a senco|needed|required)\b|"
        r"\b(years?|yrs?)\b[^.?!]{0,25}\b(teaching|experience)\b[^.?!]{0,25}\bbefore (you|i|they|someone) (can|could)\b|"
        # "is there a rule that you must teach for two years before being a senco"
        r"\b(must|have to|has to|need to|needs to)\s+(have\s+)?(teach|taught|work|worked)\w*\s+(for\s+)?(\w+\s+)?(years?|yrs?)\b"
        r"[^.?!]{0,25}\bbefore\b|"
        # "is two years' teaching experience a formal prerequisite for the NPQ?"
        r"\b(years?|yrs?)'?\s+(of )?(teaching |classroom )?(experience|teaching|in the classroom)\b[^.?!]{0,40}"
        r"\b(pre-?requisite|requirement|required|needed|necessary|mandatory|compulsory|condition)\b)",
        re.I)),
    # How much of the NPQ you must attend: the providers' engagement rule (a funding condition too).
    ("funding_conditions", re.compile(
        r"\b(attend|go to|turn up to|be at|make) (every|all|each|all the|all of the) ((single|npq|live|online) ){0,2}"
        r"(sessions?|webinars?|workshops?|"
        r"modules?|seminars?)\b|\bmiss(ed|ing)? (a |some |any |one |two |a few |a couple( of)? |several )?"
        r"(sessions?|webinars?|workshops?|"
        r"seminars?)\b|\b(attendance|engagement) (requirement|rule|threshold|condition)s?\b|"
        r"\b(minimum|required|how much) (attendance|engagement)\b|\bmiss(ed|ing)?\b[^?.]{0,20}(\d+ ?%|per ?cent)|"
        r"\bmiss\w*\b[^?.]{0,25}\b(sessions|webinars|workshops|seminars)\b", re.I)),
    ("faq/npq_delivery", re.compile(
        r"(?=.*\bnpq)^(?!.*\b(miss\w*|90|percent|%|fail\w*)\b).*\b(online|face[- ]to[- ]face|in person|live sessions?|"
        r"self[- ]study|zoom|teams calls?|travel|residential|in the evenings?|during school time)\b", re.I)),
    # "how long is the npq senco course?": the course length (not "how long have I got to get it")
    ("faq/npq_length", re.compile(
        r"^(?!.*\b(have|got|left|until|deadline|assessment|window|result|results|register\w*|fund\w*|hours?|week)\b)"
        # "how long do I get to do the NPQ after becoming SENCO?": the time allowed (the deadline), not the course
        r"(?!.*\b((do|does|will|would) (i|you|we|they|she|he|a (new )?send?co|new send?cos) get|after (becoming|being "
        r"appointed|appointment|i become|starting as))\b)"
        r"\W*(how long|how many months)\b[^?.]{0,6}\b(is|does|'s|will|would|do)\b[^?.]{0,25}\bnpq|"
        r"\bnpq\b[^?.]{0,20}\b(a )?(long|lengthy|short|big|quick) (course|qualification|programme|commitment)\b",
        re.I)),
    # "what's the 12 month rule?", "who is exempt from the NPQ?": the exemptions
    ("faq/exemptions", re.compile(r"\b(12|twelve)[- ]?months?'? (rule|exemption|thing|clause)\b|\b2009 (rule|exemption)\b|"
                                  r"\bwho (is|are|'s) exempt\b|\b(what|which) (are the |exemptions )?exemptions\b|"
                                  r"\bany exemptions\b|"
                                  # "are any SENCOs exempt from ...?": who is, in general (not "am I exempt?")
                                  r"\b(any|some|certain|which)\s+(send?cos?|people|teachers?|staff)\b[^?.]{0,10}\bexempt\w*|"
                                  r"\bany(one|body)\b[^?.]{0,10}\bexempt\w*", re.I)),
    # "do you need QTS to do the NPQ?": registering needs a TRN, not QTS
    ("ask_npq_registration", re.compile(
        r"\b(need|needs|have to|has to|must|required?)\b[^?]{0,15}\b(qts|qualified teacher status|be a (qualified )?"
        r"teacher)\b[^?]{0,10}\b(to|for|before) (do|doing|take|taking|start|starting|study|studying|enrol\w*|"
        r"register\w*|apply\w* for|sign(ing)? up (for|to)|get on)?\s*(the |an? )?npq|"
        # "can I do the NPQ SENCO without QTS? I'm an HLTA": registering needs a TRN, not QTS
        r"\b(can|could|may|is it possible to|am i allowed to)\b[^?.]{0,20}\b(do|take|start|study|register for|sign up for|"
        r"apply for|enrol on)\b[^?.]{0,6}\b(the |an? )?npq\w*( for)?( send?cos?)?\b[^?.]{0,10}\bwithout (having |a |my )?"
        r"(qts|qualified teacher status)\b", re.I)),
    # "can someone with QTLS be a SENCO?": QTLS and the qualified-teacher condition
    ("faq/qtls", re.compile(r"\bqtls\b[^?]{0,40}\b(be|become|act as|work as)\b[^?]{0,10}\bsend?co\b|"
                            r"\bsend?co\b[^?]{0,40}\bqtls\b", re.I)),
    # "our SENCO has just resigned, what must we do?": the school must name a new one
    ("school_without_senco", re.compile(
        r"\bsend?co\b[^?.]{0,25}\b(resigned|resigns|has left|is leaving|left|quit|quits|handed in (her|his|their) "
        r"notice|stepped down|retir\w*)\b[^?]{0,40}\bwhat (do|must|should|are|will) (we|the school|the governors|"
        r"governors)\b( legally)?( have to| need to| required to| obliged to)?( do)?\b", re.I)),
    # "what's on the NPQ syllabus?": its eight content areas
    ("faq/npq_content", re.compile(
        r"^(?!.*\b(fund\w*|scholarship|pay\w*|paid|cost\w*|price|miss\w*|attend\w*|assessment|essay|exam|how long|"
        r"hours?|online|face)\b).*(\b(syllabus|topics?|content|curriculum)\b[^?.]{0,30}\bnpq|\bnpq\w*\b[^?.]{0,30}"
        r"\b(syllabus|topics?|content|curriculum)\b|\bwhat('s| is| gets| are you) (actually |exactly )?(on|in|covered|"
        r"taught)\b[^?.]{0,20}\bnpq|(learn|taught) about\b[^?.]{0,20}\bnpq|\bwhat (does|do|will) (it|the npq\w*)"
        r"( senco| for sencos)? (actually |really )?(cover|teach)\b)", re.I)),
    ("faq/careers", re.compile(r"\bcareer[- ]?(wise|path|progression|options|move|step|ladder)\b|"
                               # "is senco a good stepping stone to headship or does it box you in"
                               r"\bstepping[- ]?stone\b|\bbox(es)? (you|me|people) in\b|\b(lead|leads|route) (in)?to headship\b|"
                               r"\bwhere (can|could|do|does|should|would) (i|people|sencos|someone|you|a senco) (usually |"
                               r"typically |normally |tend to )?go (next|from here|after)\b|\bitchy feet\b|"
                               r"\bnext step (up )?(after|from) (being )?(a )?send?co\b|"
                               r"\bwhere (on earth )?(do |can |could |should |would )?(i|we) go (from here|next)\b|"
                               r"\b(promotion|promoted|step up|move up)\b[^?.]{0,40}\b(senior leadership|slt|headship|"
                               r"deputy|assistant head|leadership)\b", re.I)),
    # "does every nursery need a SENCO?": the kind of nursery decides, so each kind's rule
    ("nurseries_duty", re.compile(r"^(?!.*\b(maintained|private|voluntary|independent|pvi|day nursery|nursery (school|"
                                  r"class)|childminders?|our|my|we)\b)(?=.*\bsend?co)(?=.*\b(law|legal\w*|must|need|needs|"
                                  r"required|have to|has to|duty)\b).*\b(nurseries|every nursery|all nurseries|a nursery|"
                                  r"nursery settings?|in (a )?nursery)\b", re.I)),
    ("faq/sharing_senco", re.compile(r"\b(share|shared|sharing) (a |one |the |our )?send?co\b|"
                                     # "could one person be the SENCO for two of our primaries at the same time?"
                                     r"\b(one|the same|a single) (person|teacher|senco)\b[^?]{0,30}\b(for|at|across|of|in) "
                                     r"(two|both|several|multiple|three|\d+|all)( of)?( our| the)? ?(\w+ )?(schools|primaries|"
                                     r"secondaries|academies|sites)\b|"
                                     r"\b(one|a single|the same|1) send?co\b[^?.]{0,30}\b(cover|for|across|between|run|serve|"
                                     r"do)\b[^?.]{0,25}\b(two|2|three|3|four|4|five|5|several|multiple|all|both)\b|"
                                     r"\bsend?co (across|for|of) (all |both |the )?(two|2|three|3|four|4|several|all|both|"
                                     r"multiple|more than one) (of )?(our |the |these )?(small |primary |secondary |local |"
                                     r"village |special )?(schools|academies|sites|settings)\b|"
                                     # "the CEO wants me to be SENCO for a second primary too"
                                     r"\bsend?co (for|of|at) (a |the )?(second|2nd) (school|primary|secondary|academy|"
                                     r"site)\b|\bsend?co (for|of|at) (an?other|the other) (school|primary|secondary|academy|"
                                     r"site) (too|as well|also)\b",
                                     re.I)),
)
# "When do I have to finish?" asks for a deadline, not when the course ends.
OBLIGATION = re.compile(r"\b(have to|has to|need to|needs to|must|got to|required to|deadline|by when|supposed to)\b",
                        re.I)
OBLIGATION_DATE = re.compile(r"\b(by when|deadline|when (do|does|must|will|should) (they|he|she|i|we))\b", re.I)
# "How long does a new SENCO have to get the NPQ?" asks for the deadline, not the course length.
HOW_LONG_TO_QUALIFY = re.compile(r"\bhow long (do|does|did|have|has|will|would)\b[^?]*\b(have|got|get)\b[^?]*\bto "
                                 r"(get|gain|complete|finish|do|achieve|hold|qualify)\b", re.I)
COURSE_END_QUESTION = re.compile(
    r"\bwhen (will|would|do|does|should|can|could) (i|it|she|he|they|the (course|npq)|my (course|npq)|(her|his|their) "
    r"(course|npq))\b[^?]*?"
    r"\b(finish\w*|end|complete\w*|be (done|finished|over|qualified)|get (my|the|a) (result|outcome)s?)\b|"
    r"\b(end date|finish date|when (is|does) (the|my) (npq|course) (end|finish))\b", re.I)
# "Can I go straight for QTS?" asks how to get QTS, even when the classifier heard "can I be ...".
GETTING_QTS = re.compile(r"\b(get|gain|obtain|achieve|go (straight )?for|routes? (in)?to|ways? (in)?to|qualify for)\b"
                         r"[^?.]{0,25}\b(qts|qualified teacher status)\b", re.I)
SENCO_WORD = re.compile(r"\bsend?co\b", re.I)
WHO_MAY_BE = re.compile(r"\b(be|become|allowed|meant to|supposed to|qualified|qts|ta|teaching assistant|"
                        r"who can|legal\w*)\b", re.I)
# "Can the head step in as SENCO?", "can I be the SENCO": always who may hold the post, whatever setting is named.
CAN_BE_SENCO = re.compile(r"\b(can|could|may|is|are|am)\b[^?.]{0,40}\b(be|become|step in as|act as|take on|cover as|cover|"
                          r"allowed to be|end up as|end up being|work as|serve as|take over as|be made|be appointed|"
                          r"be designated( as)?|"
                          r"(use|employ|hire|bring in|have) (an? |our |the |someone )?([\w-]+ ){0,3}as)\s+(the |a |our |"
                          r"their |its |his |her )?(\w+'s |acting |interim |next |new )?send?co\b",
                          re.I)

# A head who is (acting as) SENCO asking whether they themselves need the NPQ; not "can I designate myself?"
HEAD_NEEDS_IT = re.compile(r"\b(do|will|would|must|should) i (personally |still |also |then )?(need|have to)\b|"
                           r"\bpersonally\b", re.I)
# "what if I do the NPQ first?": taking the course in place of (or ahead of) what the post needs
NPQ_FIRST = re.compile(r"\b(do|did|doing|take|took|taking|get|got|getting|complete|completed|finish|finished|study|start)"
                       r"\b[^?.]{0,20}\bnpq\w*\b[^?.]{0,25}\b(first|beforehand|instead|in advance|before(?=\W*$))|"
                       # "could I at least do the npq then?" after being told QTS comes first
                       r"\b(at least|still|anyway)\b[^?.]{0,15}\b(do|take|start|get)\b[^?.]{0,10}\bnpq\w*\b|"
                       # "could I do the NPQ while I'm working towards that?"; "could I start the NPQ before then?"
                       r"\b(do|take|start|get|study|begin)\b[^?.]{0,10}\bnpq\w*\b[^?.]{0,20}\b(while|whilst) (i'?m|i am|i'?ll be|"
                       r"she'?s|he'?s|they'?re) (working towards|training|studying|doing|on)\b|"
                       r"\b(do|take|start|get|study|begin)\b[^?.]{0,10}\bnpq\w*\b[^?.]{0,20}\bbefore (then|that|i finish|"
                       r"induction|my induction)\b", re.I)
SELF_DESIGNATING = re.compile(r"\b(designate|appoint|name|make) myself\b", re.I)
# "from January I'll also be the SENCO. Am I allowed?": whether the plan is lawful
PERMITTED = re.compile(r"\b(am i|are we|is (that|this|it)|would (that|this|it) be|will (that|this|it) be) (even |actually |"
                       r"legally )?(allowed|permitted|legal|lawful|ok(ay)?|possible)\b|"
                       r"\bcan i (legally |actually )?(do|be|take on) (that|this|it|both)\b", re.I)
# A school that has just appointed a SENCO asking what the new SENCO must now do: the qualification and its deadline.
NEW_SENCO_TO_DO = re.compile(r"\b(appointed|hired|recruited|taken on|got|have|employed) (a |an |our )?new send?co\b"
                             r"[^?]{0,60}\bwhat (do|does|will|must|should) (they|he|she|the send?co|our new send?co|the "
                             r"new send?co) (need|have|got|ought) to (do|get|complete|take|sort)\b", re.I)
# A head or governor choosing a SENCO ("what must I check about candidates?"): who may hold the post, in general.
APPOINTING = re.compile(r"\bcandidates?\b|\b(appoint\w*|recruit\w*|hir(e|ing)|interview\w*|advertis\w*) "
                        r"(a |an |our |the |my )?(new )?send?co\b|"
                        r"\b(appoint\w*|recruit\w*|hir(e|ing)|designat\w*) (someone|somebody|anyone|a person|staff|a member "
                        r"of staff|a teacher) (as|to be) (the |a |our )?(new )?send?co\b", re.I)
CHECK_WORDS = re.compile(r"\b(check|look for|requirements?|criteria|eligib\w*|legally|need to (have|hold|be)|"
                         r"must (they|he|she|(the |a |our )?(successful |right |chosen |new )?(candidates?|applicants?|person|"
                         r"new send?co)) (have|hold|be)|"
                         r"qualifications?)\b", re.I)
HOW_TO_GET_QTS = re.compile(r"\bhow (do|can|would|could|should|might) (i|we|you|she|he|they|someone) (go about )?"
                            r"(get|gain|obtain|achieve|getting)\b[^?.]{0,15}\b(qts|qualified teacher status)\b|"
                            r"\b(quickest|fastest|best|cheapest|easiest|shortest) (way|route|path)s? (to|into|for|of getting) "
                            r"(get(ting)? )?(qts|qualified teacher status)\b|\bapply (for )?(english )?qts\b|"
                            r"\b(route|way|path)s? (can i take |do i take |is there |could i take )?(to|into) (becom\w+|be) "
                            r"a (qualified )?teacher\b|\bhow (do|can|would|could) (i|you|someone) (even )?(become|train as|"
                            r"train to be|qualify as) a (qualified )?teacher\b", re.I)
WITHOUT_QTS_ROLES = {"career_changer", "teaching_assistant", "early_years_practitioner", "unqualified_teacher"}
NPQ_COST = re.compile(r"\bnpq\w*\b[^?.]{0,30}\b(cost\w*|free|funded|pay for|paid for|price\w*|fees?|charge\w*|set (us|me|you|"
                      r"the school) back)\b|\b(set (us|me|you|the school) back)\b[^?.]{0,30}\bnpq|"
                      r"\b(cost\w*|price|fees?|pay for|charge|fund (me|us|her|him|them|it))\b[^?.]{0,30}\bnpq", re.I)
# "... wants to do the NPQ SENCO. Will the DfE pay?"
# "Who pays for the NPQ SENCO? I teach at a maintained secondary": the question, whatever the details make it sound like
WHO_PAYS_FOR_NPQ = re.compile(r"\bwho (pays|funds|will pay|would pay|covers the (cost|fees?)|foots the bill)\b[^?.]{0,20}"
                              r"\bnpq", re.I)
DFE_PAYS = re.compile(r"\b(will|would|does|do|can|could|is) (the )?(dfe|department for education|government)\b[^?.]{0,10}"
                      r"\b(pay|fund|cover|foot the bill)\b", re.I)
IN_TIME = re.compile(r"\b(am i|are we|is she|is he|is that|is this|is it) (ok|okay|alright|all right|fine|safe|in time)\b|"
                     r"\b(ok|okay)\W*\?+\W*$|"
                     r"\b(in time|make it|enough time|still time|time left|a problem|a (compliance|legal) (problem|issue|risk)|an issue|in trouble|too late|late|behind|overdue|on track|on course|on schedule|"
                     r"compliant|in breach)\b|"
                     r"\bwhere does (that|this) leave (us|me|them|her|him)\b|\bwhat (happens )?now\b|"
                     r"\b(should|do|must) (we|i|they|the school) (be )?(worried|worry|concerned|panic\w*)\b", re.I)
REFUSING = re.compile(r"\b(refus\w*|won'?t (tell|say|give)|will not (tell|say|give)|not telling|keep(ing)? it (a )?secret|"
                      r"withhold\w*|wouldn'?t (tell|say))\b", re.I)
TEACHES_WHERE = re.compile(r"\bteach\w*\b[^?.]{0,20}\b(at|in) (one|only|both|each|all|the other)\b|"
                           r"\bonly (works|teaches|teach|work)\b", re.I)
NPQ_WORD = re.compile(r"\bnpq", re.I)
# A question whether "it" (the NPQ named elsewhere in the message) is paid for
PAY_ANYTHING = re.compile(r"\b(have|need|got) to pay\b|\bpay (anything|a penny|for it)\b|"
                          r"\bcost (us|me|the school|her|him|them) (anything|a penny)\b", re.I)
FUNDED_ASKED = re.compile(r"\b(would|will|is|could|can|does)\b (it|this|that|the course|mine)\b[^?.]{0,15}"
                          r"\b(be )?(funded|free|paid for|covered)\b", re.I)
FUNDING_WORD = re.compile(r"\b(fund\w*|free(?! schools?\b)|pay\w*|paid|cost\w*|money|grant|scholarship|bursary)|£", re.I)
# Words that make a message about money, beyond FUNDING_WORD's ("how much", "fees", "would DfE ..."), for a
# classifier that heard funding in "a newly opened free school"
MONEY_WORDS = re.compile(r"\b(fees?|price\w*|charg\w*|afford\w*|how much|expens\w*|cheap\w*|budget\w*|bill|"
                         r"dfe|government|eligib\w*|scholarship)\b", re.I)


def names_money(text: str) -> bool:
    """Whether the words are about money at all (a funding question must be)."""
    return bool(FUNDING_WORD.search(text) or MONEY_WORDS.search(text) or funding_aspect(text))
ROUTE_TO_SENCO = re.compile(r"\b(route|way|path|steps?)\b[^?.]{0,15}\b(to|into) (becom\w+|be|being) (a |the )?send?co\b",
                            re.I)
# "what would my route be?" from someone without QTS: the routes to QTS come first
MY_ROUTE = re.compile(r"\b(what|which)( would| will| is| could|'s|s) (be )?(my|the best) (route|way in|path|option)\b|"
                      r"\bwhat( would| will| is|'s|s) my (route|way in|path)\b|"
                      r"\bhow (do|would|can|could|should) i (even |actually )?(get there|get into it|get started|go about it|"
                      r"start|begin)\b", re.I)
# "does maternity leave push my deadline back?", "what about if I'm part time?": no source pauses the 3 years
PART_TIME = re.compile(r"\b(part[- ]time|job[- ]share|\d (days?|d) a week|(two|three|four) days a week|0\.\d ?fte)\b", re.I)
ABSENCE = re.compile(r"\b(maternity|mat leave|pat leave|paternity|adoption|shared parental|parental leave|sick leave|long[- ]term sick|"
                     r"career break|part[- ]time|job[- ]share|reduced hours|fewer days|0\.\d ?fte)\b", re.I)
DEADLINE_CLOCK = re.compile(r"\b(deadline|3[- ]years?|three[- ]years?|push\w* back|extend\w*|extension|paus\w*|"
                            r"the clock|freez\w*)\b", re.I)
# "in what order do I do things?": the steps to the post, in order
STEPS_IN_ORDER = re.compile(r"\b(what|which|right) order\b|\bin (what|which) order\b|\bsequence of steps\b", re.I)
TAKING_THE_POST = re.compile(r"\b(take over|take on|taking over|taking on|step into|stepping into|be made|be appointed|"
                             r"(go|going|apply|applying) for (the |a |this |that )?(send?co )?(post|job|role|position)|"
                             r"(wants?|would like|'d like) me (to be|to become|to take (it |this |that )?on|to step up|as)|(asked|asking) me to (be|become|"
                             r"take (it |this |that )?on|step up))\b", re.I)
CAN_BE_OR_HOW_SOON = re.compile(r"\b(how soon|when|can i|could i|am i)\b", re.I)
NOT_UNDER_THE_DUTY = {"early_years_pvi", "childminder", "independent_school", "independent_special_school",
                      "special_school", "sixteen_to_nineteen", "fe_college"}
QUALIFICATION_NEEDED = re.compile(r"\b(need|needs|have to|has to|must|required|requirement)\b[^?]{0,40}\b(qts|npq|qualifi\w*|"
                                  r"qualified teacher)\b|"
                                  # "does the SENCO NPQ requirement apply to us?", "is the NPQ compulsory for me?"
                                  r"\b(qts|npq|qualification)\b[^?.]{0,30}\b(requirement|rules?|compulsory|mandatory|"
                                  r"obligatory)\b", re.I)
NOT_STARTED_NPQ = re.compile(r"\b(haven'?t|have not|not yet|didn'?t|did not|never|not) (yet )?(started|begun|begin|start|"
                             r"done|signed up for|registered for)\b[^?.]{0,15}\b(the |my |an? )?(npq|course|it|anything)\b",
                             re.I)
SHARING_WORDS = re.compile(r"\b(share|shared|sharing|across|federation|other school|(all|both|two|three|four|several|"
                           r"\d+) (of )?(our |the )?(\w+ )?(schools|academies|sites))\b", re.I)
NEXT_START = re.compile(r"\bwhen (can|could|do|will|should) (i|we) (actually |really |next )(start|begin|join|do)\b|"
                        # "is there a spring 2027 start, or do I have to wait?": one cohort a year
                        r"\bis there an? (spring|summer|january|february|march|april|may|june|july)\b[^?]{0,15}\b(start|"
                        r"intake|cohort)\b|\bnext (start|intake|cohort|"
                        r"chance to (start|begin|join))\b|\bmissed (this|the) (\w+'?s? )?(start|intake|cohort)\b|"
                        r"\b(earliest|soonest) (i|we|you|she|he|they) (could|can|would be able to) (begin|start|join|do|"
                        r"get onto|get on|get a place on|enrol on|sign up)\b|"
                        r"\bmissed (this|the|last) (autumn|november|year)'?s?\b|\b(what|which) month\b[^?]{0,30}\b(start|"
                        r"begin|intake|cohort)|\bnext (npq\w* )?(senco )?(course|cohort|intake)s? (begin|start)s?\b|"
                        # "when do they start the next lot of senco npq people": the next cohort in other words
                        r"\bnext (lot|round|batch|group|wave|intake)\b|\bwhen (do|does|will) (they|it|providers|the "
                        r"providers) (next )?(start|begin|run|open|take)\b[^?]{0,20}\bnext\b", re.I)
DEADLINE_WORD = re.compile(r"\b(deadline|by when|by what date|what date must|(need|needs|have|has) to be (done|finished|"
                           r"completed|passed|gained|achieved)|(done|finished|completed) by( when)?\W*$)\b", re.I)
# "is my Welsh QTS actually valid in England?": whether QTS from another nation carries over
QTS_RECOGNISED = re.compile(r"\b(qts|qualification|teaching (qualification|registration)|registration)\b[^?.]{0,40}\b(valid|"
                            r"recogni[sz]ed|count|counts|accepted|transfer\w*|carry over|carries over|still stand)\b|"
                            r"\b(valid|recogni[sz]ed|accepted)\b[^?.]{0,15}\bin england\b|"
                            # "can I get my certificate recognised for QTS?"
                            r"\b(recogni[sz]ed|accepted|transferred|converted)\b[^?.]{0,15}\b(for|as|into) (qts|qualified "
                            r"teacher status)\b", re.I)
APPLY_FOR_QTS = re.compile(r"\bapply(ing)? (for|to get) (qts|qualified teacher status)\b", re.I)
THAT_FINISH = re.compile(r"\bwhen (would|will|does|do) (that|this) (finish|end|be (done|over))\b", re.I)
WHEN_TO_START = re.compile(r"\bwhen (should|can|could|do|must|would) (i|we|she|he|they) (start|begin|join|do|sign( \w+)? up|"
                           r"book|enrol|register|apply)( (her|him|them|me|us))?( for| onto| on to| on| into)? (it|that|the npq|"
                           r"the course|one|a (place|course|cohort))\b", re.I)
INCLUDES_ME = re.compile(r"\b(does|would|will|do) (that|this|it|they) (include|cover|apply to|count for) (me|us|her|him|"
                         r"them|my \w+)\b|\b(am i|are we|is she|is he) (included|covered|eligible)\b", re.I)
ALREADY_ENROLLED = re.compile(r"\b(enrolled|started|began|begun|signed up|registered|joined)\b", re.I)
BY_WHEN = re.compile(r"\bwhen\b[^?.]{0,40}\b(by|deadline)\b|\bby when\b|\bdeadline\b|\bhow long (do|does|have|has|will|would)\b"
                     r"[^?.]{0,25}\b(get|gain|do|complete|finish|have)\b", re.I)
COHORT_TIMING = re.compile(r"\b(cohort|intake|course|npq)\b[^?]{0,40}\b(wait|next year|leave it|hold off|put (it )?off|"
                           r"in time|too late)\b|\b(wait|hold off)\b[^?]{0,30}\b(cohort|intake|next year)\b", re.I)
# "SENCO since 2007 ... my head says I now need the NPQ": with an appointment date, whether and by when
NEED_THE_QUALIFICATION = re.compile(r"\b(need|needs|needed|(have|has|got|required|supposed|expected|meant) to (now |also |still )?(get|do|"
                                    r"have|hold)|must (now |also |still )?(get|do|have|hold))\b[^?.]{0,20}"
                                    r"\b(npq|nasenco|qualification)\b", re.I)
CHECKS_BEFORE_DESIGNATING = re.compile(r"\b(check|checks|checking|confirm|verify|need|require)\w*\b[^?.]{0,30}\bbefore\b"
                                       r"[^?.]{0,40}\b(designat|appoint|nam|mak)\w*[^?.]{0,15}\bsend?co\b|"
                                       r"\bbefore\b[^?.]{0,40}\b(designat|appoint|nam|mak)\w*[^?.]{0,25}\bsend?co\b[^?]{0,30}"
                                       r"\b(check|verify|confirm)\w*", re.I)
APPOINT_UNQUALIFIED = re.compile(r"\b(appoint|hire|employ|recruit|take on|use)\w*\b[^?.]{0,30}\b(someone|somebody|anyone|a "
                                 r"person|a candidate|an applicant|them) (who (is|isn'?t|is not|has|hasn'?t|has not|doesn'?t "
                                 r"have|does not have)|without|with no)\b[^?.]{0,20}\b(qualified teacher|qts)\b", re.I)
QTS_ROUTE_ASKED = re.compile(r"\b(route|routes|way|ways|path|how)\b[^?.]{0,25}\b(get|gain|obtain|achieve|to)\b[^?.]{0,6}"
                             r"\b(qts|qualified teacher status)\b", re.I)
# "She's been offered the SENCO role from January. What does she need?": the steps to the post
WHAT_IS_NEEDED = re.compile(r"\bwhat (does|do|will|would|should) (she|he|they|i|we|you|my \w+|our \w+) (need|have to "
                            r"(do|have|get))( to do| to have| first| now| then)?\s*(\?|$)", re.I)
# "Will I need to do the NPQ?", "Do SENCOs at academies need to do the NPQ?": whether the qualification is needed
NEED_THE_NPQ_ASKED = re.compile(r"\b(do|does|will|would|must|should|shall)\b (i|she|he|they|we|you|sencos?|all sencos|"
                                r"new sencos?|our \w+|the \w+)\b[^?.]{0,40}\b(need|have to|got to|required)\b[^?.]{0,20}"
                                r"\b(npq|qualification)", re.I)
# "a SENCO vacancy has just come up - can I go for it?"; "QTS, passed induction. Any reason she can't do it?"
GO_FOR_THE_POST = re.compile(r"\b(can|could|may|should) (i|she|he|they|we) (go for|apply( for)?|put (myself|herself|"
                             r"himself|themselves) forward( for)?)\b|\b(any|is there a|is there any) reason (why )?(i|she|he|"
                             r"they) (can'?t|cannot|couldn'?t|could not|shouldn'?t)\b", re.I)
POST_WORDS = re.compile(r"\b(job|post|role|vacancy|position)\b", re.I)
# "the SENCO told us she's still working towards her qualification - is that allowed?": yes, for 3 years
STILL_WORKING_TOWARDS = re.compile(r"\b(still )?(working towards|studying for|doing|hasn'?t (got|finished|completed)|"
                                   r"doesn'?t (have|hold)|not yet (got|qualified|finished))\b[^?.]{0,25}\b(npq|qualification|"
                                   r"nasen\s?co|training|award)\b", re.I)
# "appointed on 1 March 2024 and still hasn't started any qualification. What's our position?"
OUR_POSITION = re.compile(r"\bwhat'?s (our|the school'?s|my) position\b|\bwhere does (that|this) leave (me|us|her|him|the "
                          r"school)\b|\bwhere (do|does) (we|that leave us|the school|"
                          r"the governors|the board) stand\b|\bwhat (should|must|do) (we|the governors|the board) do\b", re.I)
WHO_DECIDES = re.compile(r"\bwho (makes|has|gets) (the )?(final )?(call|decision|say)\b|\bwho decides\b|"
                         r"\bwho('d| would| will| should| can| gets to)? (make|makes|take|takes|decide) (that|the|this)? ?"
                         r"(final )?(call|decision)\b", re.I)
# "Can I join a group that starts in spring?": there is one NPQ cohort a year.
OTHER_START = re.compile(r"\b(join|start|get on|begin|is there)\b[^?.]{0,40}\b(spring|summer|january|february|march|april|"
                         r"may|june|july)\b", re.I)
ONCE_QUALIFIED = re.compile(r"\b(after that|once i('ve| have)? (got )?(it|qts)|when i (have|get) (it|qts)|once (it'?s|that'?s) "
                            r"done|with qts|(straight |right |just |as soon as |soon )?(after|once|when) i('ve| have)? "
                            r"(qualify|qualified|finish my (pgce|training|course|degree))|as soon as i qualify|"
                            r"(straight|right) after (qualifying|my (pgce|training)))\b", re.I)
# "can we appoint them?": asking whether it is allowed, so the answer opens with yes or no to that
ASKING_TO_APPOINT = re.compile(r"\b(can|could|may|are we allowed to|is it (ok|okay|legal|fine) to)\b(?!'t|’t|not|n'?t)[^?.]{0,15}\b(we |they |you "
                               r"|the school |the trust )?(still )?(appoint|hire|employ|take (them|him|her) on|give (them|him|"
                               r"her) the (job|post|role))\b|\b(can|could|may) (they|he|she|someone|a teacher|i|you) (still )?be "
                               r"(appointed|hired|made)\b|"
                               # "We want to appoint someone without the NPQ. Can we?": the question comes after the plan
                               r"(?=.*\b(appoint|hire|employ)\w*\b).*(\b(can|may|could) (we|they|i|you)( do (that|this|so))?"
                               r"\s*\?|\b(is (that|this|it)|would (that|this|it) be) (allowed|ok|okay|legal|possible|fine|permitted)\b|"
                               r"\bare we allowed\b)", re.I)
# "could I apply for SENCO roles?": whether they may hold the post (QTS and finished induction, or the head)
SENCO_JOBS = re.compile(r"\b(apply|applying|go|going|put in) for (a |the |any |some )?send?co (jobs?|roles?|posts?|positions?|"
                        r"vacanc\w+)\b|\bapply to be (a |the )?send?co\b", re.I)
# "what do I need to be a SENCO there?" from someone who may not hold English QTS
NEEDED_FOR_THE_POST = re.compile(r"\bwhat (do|would|will|does|did) (i|you|someone|one|they|he|she) (need|have)\b[^?.]{0,20}"
                                 r"\bto (be|become|work as|get) (a |the )?send?co\b", re.I)
# A parent asking how to reach their child's SENCO, as opposed to who may be one.
FINDING_THE_SENCO = re.compile(r"\b(find( out)?|contact|speak (to|with)|talk (to|with)|reach|get hold of|get in touch|"
                               r"who is|who'?s|who the)\b|\bwho\b[^?.]{0,30}\b(co-?ordinat\w*|responsible for|in charge "
                               r"of|look\w* after|organis\w*|sort\w* out)\b", re.I)
WHO_MAY_BE_ASKED = re.compile(r"\b(allowed|supposed to be|meant to be|qualified|have to be|has to be|must be|need to be|"
                              r"needs to be|can be)\b", re.I)
WHERE_TO_START = re.compile(r"\b(where (do|should|would|can) i (even )?(start|begin)|where (someone|a person) like me "
                            r"(would|should|could|can) (start|begin)|where to (start|begin)|first steps?|step one|how do i (even )?"
                            r"(start|begin|get (going|started))|what (do|should|would) i (actually |even |really )?"
                            r"(need to |have to )?do first)\b", re.I)
APPLIES_TO_US = re.compile(r"\b(legally|by law) (obliged|required|bound)\b[^?.]{0,30}\bsend?co\b|"
                           r"\b(rules?|duty|requirements?|law|regulations?)\b[^?]{0,40}\bappl(y|ies) to (us|our|my|them|"
                           r"this|that|a|an|the)\b|\b(are|is) (we|our school|they|it) (covered|bound) by\b|"
                           r"\b(do|does) (we|our school|they|it) (legally )?(have to|need to) (have|employ|appoint|"
                           r"designate|name) (a |an )?send?co\b|\b(do|does) (we|our school|they|it) (legally )?(need|require) "
                           r"(a |an )?send?co\b|\b(are|is) (we|they|it|our school) (legally )?(obliged|required|bound) to "
                           r"(have|employ|appoint|designate)\b|\b(are|is) (we|they|it|our school) (under|bound by|covered by|"
                           r"subject to) (the )?(same )?(legal )?(senco|rules|duty|law)|"
                           r"\bduty\b[^?]{0,40}\b(we|us|our school) (have to|must|need to) "
                           r"(meet|follow|comply)\b|\b(don'?t|dont|do not|doesn'?t|does not) (actually |legally |really )?"
                           r"(have to|need to|need) (have )?(a |an )?send?co\b", re.I)
# "Can my head just give me the SENCO title?"
GIVE_THE_ROLE = re.compile(r"\b(give|make|appoint|name|designate)\s+(me|myself|her|herself|him|himself|them|themselves|"
                           r"my \w+|our \w+)\s+(as\s+)?(the\s+|its\s+|"
                           r"their\s+|our\s+)?send?co\b|"
                           # "can we appoint one of our unqualified instructors as SENCO?"
                           r"\b(appoint|make|name)\s+(one of |some of )?(our|my|the|a|an)\s+(\w+\s+){1,3}?as\s+"
                           r"(the\s+|its\s+|their\s+|our\s+|a\s+)?(new\s+|interim\s+|acting\s+)?send?co\b", re.I)
# Where a topic was heard for "can X be the SENCO?", the question is who may hold the post.
CAN_BE_INTENTS = {"ask_qts_routes", "ask_settings_duty", "ask_deadline", "ask_which_qualification",
                  "ask_npq_registration", "inform", "nlu_fallback", "change_answer"}
# Someone who trained outside the UK and wants to teach from where they are: International QTS.
IQTS = re.compile(r"\b(while|whilst|still) (still )?(living|working|teaching|based|staying) (abroad|overseas|in \w+)\b|"
                  rf"\bwithout (leaving|moving (away )?from) ({ABROAD_PLACES[1:-1]}|abroad)\b|"
                  r"\b(while|whilst) (i'?m|i am|im|we'?re) (still )?(out here|over here|abroad|overseas|away)\b|"
                  r"\bwithout (moving|coming|relocating|going) (back|home|to (the uk|england|britain|here))\b|"
                  r"\bwithout (moving|relocating)( (here|over))?( first)?\b(?! (schools?|jobs?|roles?))|"  # "live in Spain"
                  r"\bfrom abroad\b|"
                  # "I live in Dubai ... can I train for English QTS from here?"
                  rf"(?=.*\b(live|living|based|settled|stay\w*|liv\w*) (in|out in) ({ABROAD_PLACES[1:-1]})\b)"
                  r".*\b(from (here|there|home)|remotely|online)\b",
                  re.I)
ROUTE_ASPECT = re.compile(r"\b(how long|how much|cost|costs|fees?|length|duration|how many (months|weeks|years)|"
                          r"who (can|could|may|is allowed to|is eligible to|qualifies for)|eligib\w*|entry requirements?|"
                          r"criteria)\b", re.I)
# A route name typed with a common misspelling ("assesment only") that the EntityRuler's exact terms miss.
ROUTE_TYPOS = (("assessment_only", re.compile(r"\ba?ss?ess?m[ae]nt[- ]only\b", re.I)),)

# Short follow-ups that only ask "how long?", "how much?" of the last answer.
BARE_ASPECTS = (
    # "and roughly how many hours a week?": the weekly study load (before "duration", which "how many hours" also fits)
    ("weekly", re.compile(r"^\W*(and|so|ok|okay|right|but)?\W*(roughly |about |approximately |realistically )?"
                          r"(how many (hours|hrs)|how much (time|study)|(hours|hrs))\b[^.!?]{0,25}\b(a|per|each|every) week\b"
                          r"[^.!?]{0,15}\W*$", re.I)),
    ("duration", re.compile(r"^\W*(and|so|ok|okay|right)?\W*(how long|how many (months|weeks|years|days|hours)|"
                            r"duration|length)\b[^.!?]{0,25}\W*$", re.I)),
    ("getting", re.compile(r"^\W*((and|so|ok|okay|right)\W+){0,2}how (do|can|would|could|should) (i|we|you|she|he|they) "
                           r"(get|gain|obtain|apply for|go about getting) (it|that|one|them|this)\b[^.!?]{0,15}\W*$",
                           re.I)),
    # "so when would I need it by?": the deadline for the qualification being talked about
    ("deadline", re.compile(r"^\W*((and|so|ok|okay|right|but)\W+){0,2}(when|by when) (would|do|will|must|should|does) "
                            r"(i|we|you|she|he|they) (need|have|get|hold|finish|complete) (it|that|the npq|one|the "
                            r"qualification)( done| finished| completed)?( by)?\W*$", re.I)),
    ("failing", re.compile(r"^\W*(and|so|but|ok)?\W*(what if|what happens if|and if|if) (i|you|we|she|he|they) "
                           r"(fail|don'?t pass|do not pass|flunk)\w*( it| the (assessment|npq|course|case study))?\W*$", re.I)),
    ("qualification", re.compile(r"^\W*(and|what about|but|ok|so)?\W*(the )?(qualification|npq|npq senco|nasenco|npq for "
                                 r"sencos)( then| too| as well)?\W*$", re.I)),
    ("words", re.compile(r"^\W*(and|so|ok|okay)?\W*(is there an? |what'?s the |whats the )?(how many words|word (count|"
                         r"limit))\b[^.!?]{0,20}\W*$", re.I)),
    # "can I get any help paying for it?": the money available for the course or route just named
    ("help_paying", re.compile(r"^\W*(and|so|ok|okay|right|but)?\W*(can|could|will|would|do|does|is there|are there|any)"
                               r"\b[^.!?]{0,20}\b((help|support) (with |for )?(paying|the (cost|fees?)|costs?|fees?|money)|funding|"
                               r"money|grants?|loans?|bursar(y|ies)|financial (help|support))\b"
                               r"[^.!?]{0,25}\W*$|"
                               # "would our fees be covered?"
                               r"^\W*(and|so|ok|okay|right|but)?\W*(would|will|are|could|can|do|does|is)\b[^.!?]{0,10}\b"
                               r"(fees?|costs?|course fees?)\b[^.!?]{0,10}\b(covered|paid|funded|free)\b[^.!?]{0,15}\W*$", re.I)),
    # "is it online?": how the course is taught
    ("delivery", re.compile(r"^\W*((and|so|ok|okay|right|but)\W+){0,2}(is it|is that|is the (course|npq|training)|are the "
                            r"sessions|can (i|you|we) do it|do (i|you|we) do it|will it be|would it be)\s+(all |mostly |"
                            r"fully |done )?(online|remote(ly)?|virtual|in person|face[- ]to[- ]face)\b[^.!?]{0,25}\W*$",
                            re.I)),
    # "can I do it while still working?": a route that pays, or study beside the job
    ("while_working", re.compile(r"^\W*((and|so|ok|okay|right|but)\W+){0,2}(can|could|would|do|is it possible to) (i|you|we|"
                                 r"she|he|they) (do|study|train|take) (it|that|this|one)\b[^.!?]{0,15}\b(while|whilst|"
                                 r"and (still )?(keep|stay))\b[^.!?]{0,30}\W*$", re.I)),
    ("cost", re.compile(r"^\W*(and|so|ok|okay|right|but)?\W*(if [^,?]{0,40},\s*)?(how much|what('s| is| does it)( the)? cost|(the |its |their )?"
                        r"(cost|price|fees?)|"
                        r"is it free|who pays|(will|would|does|is) (it|that|this) (going to )?cost (me|us|her|him|them)?\s?"
                        r"(anything|much|money|a penny)?)\b[^.!?]{0,25}\W*$", re.I)),
)
# A message that continues the last topic with a new detail: "and for an academy?", "what if I'm in Wales".
CONTINUES = re.compile(r"^\W*(and|but|also|what about|how about|what if|and if|same for|actually|update|ok|okay|"
                       r"so|what for|for|in|at|if|oh|btw|by the way|wait|sorry|plus)\b", re.I)
DETAIL_SLOTS = ("nation", "setting_type", "role", "has_qts", "induction_complete", "appointment_date",
                "nasenco_status", "nasenco_started", "nasenco_completed", "has_degree", "npq_start",
                "prior_senco_months", "qualified_in", "has_eyts", "qualified_sen_only")
# "does that apply to a maintained nursery school too?": the last answer, for a new detail
REFERS_BACK = re.compile(r"^\W*(and |so |but )?(does|do|would|will|is) (that|this|it|the same)( also| still)? "
                         r"(apply|count|work|hold|go|cover)\b", re.I)
NOT_A_QUESTION = {"inform", "change_answer", "affirm", "deny", "nlu_fallback", "out_of_scope", None}
MAX_FOLLOW_UP_WORDS = 20
SHORT_FOLLOW_UP_WORDS = 8  # "what if I'd failed it?": too short to be a question of its own

# (last topic, bare aspect) -> the answer that follows on.
FOLLOW_UP = {
    ("faq/npq_assessment", "duration"): "assessment_window",
    # "I failed the case study ... will it cost me anything?": resitting, and the funded-once rule
    ("faq/npq_assessment", "cost"): "funding_again",
    ("faq/npq_assessment", "help_paying"): "funding_again",
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
    ("ask_can_be_senco", "duration"): "ask_qts_routes",  # "how long would that take?" after "not without QTS"
    ("once_qualified", "duration"): "faq/induction",  # "how long is that?" after "induction comes first"
    ("faq/induction", "duration"): "faq/induction",
    ("ask_qts_routes", "cost"): "ask_qts_routes",
    ("ask_qts_routes", "while_working"): "salaried_routes",  # "can I do it while still working?": paid routes
    ("ask_can_be_senco", "while_working"): "salaried_routes",
    ("faq/nasenco_what", "duration"): "faq/nasenco_what",
    ("faq/npq_assessment", "words"): "faq/npq_assessment",
    ("faq/npq_assessment", "failing"): "faq/npq_assessment",
    ("faq/npq_pass_conditions", "failing"): "faq/npq_assessment",
    ("assessment_window", "failing"): "faq/npq_assessment",
    ("faq/npq_what", "failing"): "faq/npq_assessment",
    ("faq/npq_length", "failing"): "faq/npq_assessment",
    ("npq_course_dates", "failing"): "faq/npq_assessment",
    ("ask_can_be_senco", "qualification"): "ask_which_qualification",
    ("who_may_be_senco", "qualification"): "ask_which_qualification",
    ("faq/qts_entry_requirements", "duration"): "ask_qts_routes",
    ("faq/qts_entry_requirements", "cost"): "ask_qts_routes",
    ("faq/qts_why", "duration"): "ask_qts_routes",
    ("faq/qts_why", "cost"): "ask_qts_routes",
    ("assessment_window", "words"): "faq/npq_assessment",
    # "How do I get it?" after hearing you need QTS, or the NPQ, or funding
    ("ask_can_be_senco", "getting"): "ask_qts_routes",
    ("faq/qts_why", "getting"): "ask_qts_routes",
    ("qts_from_nation", "getting"): "qts_from_nation",
    ("ask_which_qualification", "getting"): "ask_npq_registration",
    ("faq/npq_what", "getting"): "ask_npq_registration",
    ("ask_deadline", "getting"): "ask_npq_registration",
    ("ask_funding", "getting"): "funding_how_to_get",
    ("ask_qts_routes", "help_paying"): "ask_qts_routes",  # each route's cost line says what help there is
    **{(topic, "help_paying"): "ask_funding" for topic in (
        "faq/npq_what", "faq/npq_length", "faq/npq_content", "faq/npq_delivery", "ask_npq_cohorts",
        "ask_npq_registration", "ask_which_qualification", "ask_deadline", "npq_course_dates", "self_funded_price")},
}
FOLLOW_UP.update({(topic, "weekly"): "study_time" for (topic, aspect), key in list(FOLLOW_UP.items())
                  if aspect == "duration" and key == "npq_course_dates"})
FOLLOW_UP[("study_time", "weekly")] = "study_time"
# After a general (static) answer, a new detail is best answered by the topic that detail decides.
# Answers written for England with no other-nation version: another nation gets that nation's summary instead.
ENGLAND_ONLY_FAQS = {"faq/parent_help", "faq/sen_information_report"}

TOPIC_FOR_DETAIL = (
    ("qualified_in", "ask_qts_routes"), ("nation", "ask_other_nations"), ("appointment_date", "ask_deadline"),
    ("npq_start", "npq_course_dates"), ("setting_type", "ask_settings_duty"), ("role", "ask_can_be_senco"),
    ("has_eyts", "ask_can_be_senco"), ("qualified_sen_only", "ask_can_be_senco"),
    ("prior_senco_months", "ask_which_qualification"), ("has_degree", "ask_qts_routes"),
)


ASKS = re.compile(r"^\W*(is|are|can|could|do|does|did|should|will|would|what|how|when|who|why|where|which|am|may|must|"
                  r"has|have|tell me)\b", re.I)


def asks_something(text: str) -> bool:
    """A question of its own: a question mark, or a question word first ("one candidate is an ECT who finishes
    induction in July 2027" has a "who" but asks nothing)."""
    return text.strip().endswith("?") or bool(ASKS.search(text))


# Two questions in one message ("maintained nursery school - do we need a SENCO, is the NPQ funded?"): the parts,
# split where a new question starts. A part is answered too only when plain words settle its topic.
QUESTION_START = r"(?:is|are|do|does|did|can|could|will|would|should|must|how|what|when|who|which|where|why)\b"
# (", and if I want it anyway would it be funded?": a condition may come before the second question)
NEXT_QUESTION = re.compile(rf"\?\s*|[,;]\s*(?=(?:and |also |plus |but )?(?:if [^,?.]{{0,40}}?\s)?{QUESTION_START})|"
                           rf"\s+(?:and|also|plus)(?: then)?\s+(?={QUESTION_START})", re.I)
SETTING_DUTY_CLAIM = re.compile(r"\b(schools|nurseries|academies|colleges|we|they|it)\b (don'?t|do not|doesn'?t|does "
                                r"not|aren'?t|are not|isn'?t|is not) (need|have to have|(legally )?required to have) "
                                r"(a |to have a )?send?co\b", re.I)
# The setting is who the question is about ("do PRUs have to have ...", "does an AP academy need ...")
SETTING_AS_SUBJECT = re.compile(r"^\W*(do|does|must|should) (an? |the |our )?(prus?|pupil referral units?|alternative "
                                r"provision|ap (academ\w*|schools?)|special schools?|free schools?|academies|nurseries|"
                                r"colleges|independent schools?|private schools?)\b", re.I)
SETTING_DUTY_QUESTION = re.compile(r"\b(do|does|must|should) (we|they|it|our school|the school|our nursery|the "
                                   r"nursery|our college|the college|schools|nurseries|colleges|academies|"
                                   r"(an? |the |our )?(pru|pupil referral unit|alternative provision|free school|special school)s?)\b[^?]{0,20}"
                                   r"\b(need|have|require|appoint)\b[^?]{0,10}\bsend?co\b|"
                                   # "Does a 16-19 academy legally need a SENCO?"
                                   r"\b(do|does|must|should) (an? |the |our )?([\w-]+ ){0,2}(academy|academies|college|colleges|"
                                   r"school|schools|nursery|nurseries|setting|settings|unit|units)\b[^?]{0,20}\b(need|have|"
                                   r"require|appoint)\b[^?]{0,10}\bsend?co\b|"
                                   # "Head wants me to be SENCO. Do we legally have to have one?"
                                   r"\b(do|does|must) (we|they|it|our school|the school)\b (legally |by law |actually )?"
                                   r"(have to|need to|got to) (have|appoint|designate) one\b|"
                                   # "are we legally required to have a SENCO?"
                                   r"\b(are|is) (we|they|it|our school|the school|our nursery|the nursery|our college|the "
                                   r"college|schools|nurseries|colleges|academies)\b[^?]{0,15}\b(required|obliged|bound|"
                                   r"expected)\b[^?]{0,20}\bsend?co\b|"
                                   # "maintained special school. Does the SENCO law apply to us?"
                                   r"\b(does|do|would|will) (the )?(send?co|legal send?co) (law|duty|rules?|regulations?|"
                                   r"requirements?|legislation)\b[^?]{0,10}\b(apply to|cover) (us|our|this|my|a|an|the|"
                                   r"special|maintained|nurser\w*|academ\w*|pru|colleges?|schools?|settings?)\b", re.I)


QTS_FOR_THE_POST = re.compile(r"\b(need|needs|have to|has to|must)\b[^?]{0,20}\b(qts|qualified teacher( status)?|be a "
                              r"(qualified )?teacher)\b[^?]{0,30}\bsend?co\b|\bsend?co\b[^?]{0,15}\b(need|needs|have to|"
                              r"has to|must)\b[^?]{0,10}\b(have |hold |be )?(qts|qualified teacher( status)?|a (qualified )?"
                              r"teacher)\b|\b(must|does|do|should|will)\b[^?]{0,20}\bsend?co\b[^?]{0,10}\b(need|have|hold|"
                              r"be)\b[^?]{0,10}\b(qts|qualified teacher( status)?|a (qualified )?teacher)\b|"
                              # "my manager wants me as the setting's SENCO - am I allowed without QTS?"
                              r"(?=.*\bsend?co\b).*\b(allowed|able|eligible|ok|okay|possible|legal)\b[^?]{0,15}\bwithout "
                              r"(a |my )?(qts|qualified teacher status|being (a )?(qualified )?teacher)\b", re.I)


# A nation named in a question about its SENCOs ("is there a SENCO qualification in NI?", "do Scottish schools have
# SENCOs?"); "NI" only in capitals, so "ni" in a typo is not Northern Ireland
NATION_NAMES = (("northern_ireland", re.compile(r"\bnorthern ireland\b|\bnorthern irish\b|(?-i:\bNI\b)", re.I)),
                ("scotland", re.compile(r"\bscot(land|tish)\b", re.I)),
                ("wales", re.compile(r"\bwales\b|\bwelsh\b", re.I)))
SENCO_IN_A_NATION = re.compile(r"\b(send?co|alnco|senco qualification|learning support co-?ordinator)s?\b", re.I)


def nation_asked_about(part: str) -> str | None:
    return next((nation for nation, pattern in NATION_NAMES if pattern.search(part)), None)


def other_question(text: str, answered: str | None, said_now: dict[str, Any]) -> tuple[str, bool] | None:
    """A second question in the same message whose topic plain words settle, other than the one answered, and
    whether it was asked first (then it is answered first, and the thread continues the question asked last)."""
    parts = [part for part in NEXT_QUESTION.split(text) if len(part.split()) >= 3]
    if len(parts) < 2 and HEARD_A_CLAIM.search(text):
        # "I'd heard nurseries don't need a SENCO and the NPQ isn't funded": two claims, each to answer
        parts = [part for part in re.split(r"\s+and\s+", text) if len(part.split()) >= 3]
    if len(parts) < 2:
        return None
    for index, part in enumerate(parts):
        key = keyword_topic(part)
        if key is None and PART_TIME.search(text) and CAN_BE_SENCO.search(part) and said_now.get("has_qts") is not False:
            key = "part_time_senco"  # "I'm part time: can I still be SENCO, and would the NPQ be free?"
        if key is None and (SETTING_DUTY_QUESTION.search(part) or SETTING_DUTY_CLAIM.search(part)) \
                and said_now.get("setting_type"):
            key = "ask_settings_duty"
        if key is None and said_now.get("setting_type") in NOT_UNDER_THE_DUTY and (
                QUALIFICATION_NEEDED.search(part) or MANDATORY.search(part) and NPQ_WORD.search(text)):
            # "do I have to do the NPQ, and is it funded?" in a private nursery; "the head wants me to do the NPQ.
            # Is it actually mandatory for us, and will DfE pay?" in a prep school: no duty there
            key = "ask_can_be_senco"
        if key is None and FUNDING_WORD.search(part) and NPQ_WORD.search(text) and \
                (aspect := funding_aspect(part)) in ("funding_again", "school_payments"):
            key = aspect
        if key is None and said_now.get("qualified_in") and said_now.get("nation") != said_now.get("qualified_in") \
                and re.search(r"\b(qts|qualified teacher status)\b", part, re.I) and (
                    QTS_RECOGNISED.search(part) or re.search(r"\b(need|have to|sort|apply|get)\b", part, re.I)):
            key = "qts_from_nation"  # "trained in Wales, SENCO in Bristol from January: do I need to sort out QTS, and
            # what's my deadline?"
        if key is None and (nation := nation_asked_about(part)) and nation != said_now.get("nation") \
                and SENCO_IN_A_NATION.search(part):
            key = f"nation/{nation}"  # "... moving to Liverpool. And is there even a SENCO qualification back in NI?"
        if key is None and QTS_FOR_THE_POST.search(part):
            key = "ask_can_be_senco"  # "do I need QTS to be a SENCO, and is the NPQ free?"
        if key is None and HOW_LONG_TO_QUALIFY.search(part):
            key = "ask_deadline"  # "how long does a new senco get to get the qualification, and does it count from ...?"
        if key is None and NPQ_COST.search(part):
            key = funding_aspect(part) or "ask_funding"
        if key is None and NPQ_WORD.search(text) and PAY_ANYTHING.search(part):
            key = funding_aspect(part) or "ask_funding"  # "starting the NPQ - do we have to pay anything, and is there
            # money for cover?"
        if key is None and NPQ_WORD.search(text) and FUNDED_ASKED.search(part):
            key = funding_aspect(part) or "ask_funding"  # "must I get the NPQ, and would it be funded if I did?"
        if key is None and FUNDING_WORD.search(part) and funding_aspect(text) == "other_npq_funding":
            key = "other_npq_funding"  # "which NPQs lead to headship, and is funding available for them?"
        if key is None and NPQ_WORD.search(text):
            # "is the NPQ funded, and how long does it take?", "how long's the NPQ and who pays for it?"
            key = {"duration": "npq_course_dates", "cost": "ask_funding"}.get(bare_aspect(part) or "")
            if key == "npq_course_dates" and re.search(r"\bhow long (do|have|has) (i|we|you|they)\b", part, re.I):
                key = "ask_deadline"  # "how long have I got to get it?": the deadline, not the course length
        if key is not None and not same_topic(key, answered):
            return key, index == 0
    return None


# Answers that say the same thing: a second question is not answered twice.
# Money for the school (cover, the old grant) is not who pays the fees: "do we have to pay anything, and is there
# money for cover?" gets both.
SAME_TOPICS = ({"faq/npq_length", "npq_course_dates", "study_time"}, FUNDING_KEYS - {"school_payments"})


def same_topic(key: str, other: str | None) -> bool:
    return key == other or any(key in group and other in group for group in SAME_TOPICS)


# "sorry for the essay": an apology for a long message, not a question about the NPQ's written assessment
APOLOGY_FOR_LENGTH = re.compile(r"\b(sorry|apologies)( again)? (for|about) (the|this|my|such an?) (long |massive |huge )?"
                                r"(essay|ramble|rambling|novel|long message|wall of text|epic)\b", re.I)


def without_apologies(text: str) -> str:
    return APOLOGY_FOR_LENGTH.sub(" ", text)


def keyword_topic(text: str) -> str | None:
    """The topic a few plain words decide ("TLR", "SEN information report"), whatever the classifier heard."""
    return next((key for key, pattern in KEYWORD_TOPICS if pattern.search(text)), None)


# Money for the school named outright ("we got £800 towards cover"): the school's payments, even "again"
SCHOOL_MONEY = re.compile(r"£\s?\d[\d,]*[^?.]{0,20}\b(towards|for|to cover) (the )?(cover|supply|release)\b|"
                          r"\b(targeted support|tsf|cover grant|grant towards)\b|"
                          # "is there anything for the school to cover her release time?": the school's costs
                          r"\b(cover|covering|pay for|paying for|fund|funding|towards)\b (the |her |his |their |my |our |"
                          r"staff |teacher )?(release|supply|backfill|cover)( time| costs?| days?)?\b|"
                          # "do we still get the extra £800 when a teacher does an NPQ?": the old grant to schools
                          r"\b(we|school|schools|the school|our school)\b[^?.]{0,20}\b(gets?|getting|receives?|be paid|"
                          r"is paid|claims?)\b"
                          r"[^?.]{0,15}£\s?\d|£\s?\d[\d,]*[^?.]{0,40}\b(paid|given) to (us|the school|schools|our school)\b",
                          re.I)


# "is it free or do I have to pay for it myself?": the plain who-pays question, offered both ways
FREE_OR_PAY = re.compile(r"\b(free|funded|paid for)\b[^?.]{0,30}\bor\b[^?.]{0,30}\b(pay|self[- ]?fund)", re.I)


def funding_aspect(text: str) -> str | None:
    """The funding sub-question the words ask, or None for the plain "who pays?"."""
    if SCHOOL_MONEY.search(text):
        return "school_payments"
    for key, pattern in FUNDING_ASPECTS:
        match = pattern.search(text)
        before = text[max(0, match.start() - 40):match.start()] if match else ""
        if match and key == "self_funded_price" and NOT_FUNDED_CLAIM.search(match.group(0)) \
                and HEARD_A_CLAIM.search(text[:match.start()]):
            continue  # "I'd heard the NPQ isn't funded for nursery staff": whether they are funded, not the price
        if match and key == "self_funded_price" and FREE_OR_PAY.search(text):
            return None
        if match and not (key == "funding_abroad" and TRAINED_JUST_BEFORE.search(before)):
            return key  # "trained in Spain, now at an academy in Leeds": where they trained is not where they work
    return None


NOT_FUNDED_CLAIM = re.compile(r"\b(not|isn'?t|aren'?t) funded\b", re.I)


def bare_aspect(text: str) -> str | None:
    return next((name for name, pattern in BARE_ASPECTS if pattern.search(text)), None)


# Answers about the NPQ itself (with every faq/npq_* answer), after which "will I need a TRN?" is about registering
NPQ_ANSWERS = FUNDING_KEYS | {"npq_course_dates", "ask_npq_cohorts", "study_time", "npq_involves"}
# ...and the wider thread of NPQ dates, after which "the course" or "it" is the NPQ
NPQ_THREAD = NPQ_ANSWERS | {"ask_deadline", "ask_npq_registration", "when_requirement_met", "deadline_absence",
                            "npq_after_appointment", "appoint_without_npq", "npq_before_the_post", "first_cohorts",
                            "npq_not_only_for_sencos"}
COURSE_LENGTH_ASKED = re.compile(r"\bhow long( is|'s| does| will| would) (the |this |that )?(actual )?(course|qualification|"
                                 r"programme|npq)( itself)?\b", re.I)
HOW_ASSESSED = re.compile(r"\bhow( is|'s| are| will| would) (it|that|the (npq|course|qualification)|they|we|i|you) (be )?"
                          r"(assessed|marked|graded|examined|tested)\b", re.I)
# Sub-questions chosen by where someone works: a follow-up naming a setting goes back to the topic's own answer.
ANSWERED_FOR_A_PLACE = {"funding_abroad": "ask_funding", "funding_local_authority_staff": "ask_funding",
                        "funding_trust_central": "ask_funding", "abroad": "ask_settings_duty",
                        "nurseries_duty": "ask_settings_duty", "settings_duty_overview": "ask_settings_duty",
                        # the old grant to schools and the funded-once rule read no setting: who is funded there does
                        "school_payments": "ask_funding", "funding_again": "ask_funding",
                        "self_funded_price": "ask_funding", "fee_vat": "ask_funding",
                        # "my friend runs a PVI nursery, can she get it funded too?" after how to get the funding
                        "funding_how_to_get": "ask_funding", "funding_conditions": "ask_funding",
                        "funded_place_not_guaranteed": "ask_funding", "funding_disadvantage": "ask_funding"}


# A bare aspect after any answer about the NPQ or the qualification, when FOLLOW_UP has no row for that answer
NPQ_THREAD_DEFAULTS = {"duration": "npq_course_dates", "failing": "faq/npq_assessment", "cost": "ask_funding",
                       "deadline": "ask_deadline", "getting": "ask_npq_registration", "weekly": "study_time",
                       "help_paying": "ask_funding", "delivery": "faq/npq_delivery", "while_working": "study_time"}
QUALIFICATION_TOPICS = {"ask_which_qualification", "faq/exemptions", "nasenco_start_now", "npq_is_not_qts"}


def about_the_npq(topic: str, answers: set[str]) -> bool:
    return topic.startswith("faq/npq") or topic in answers


OWN_GOAL = re.compile(r"\b(become|be) (a |the )?send?co (myself|one day|eventually|too)\b|\bi'?d (really )?(like|love) to "
                      r"(become|be|train as) (a |the )?send?co\b|\bi want to (become|be) (a |the )?send?co\b", re.I)
SWITCHING = re.compile(r"\b(switch|switching|swap|swapping|change over|changing over|move over|moving over|transfer)\b",
                       re.I)
MANDATORY = re.compile(r"\b(mandatory|compulsory|obligatory|a legal requirement|required by law|statutory)\b", re.I)
PERMITTED_WORD = re.compile(r"\b(can|could|may|allowed|ok|okay|possible|legal|legally)\b", re.I)
HOW_TO_BECOME = re.compile(r"\bhow (do|can|would|could|should|might) (i|we|you|someone|one) (go about |actually |ever )?"
                           r"(becom\w*|be|get to be|get) (a |the |our |my |this |our school'?s |the school'?s )?send?co\b",
                           re.I)
# "I'm in my second year of a psychology degree ... what should I do after I graduate?": a graduate's routes to QTS
AFTER_GRADUATING = re.compile(r"\b(after|once|when) i (graduate|finish (my|the) degree|get my degree|have (my|a) degree)\b",
                              re.I)
TWO_SCHOOLS = re.compile(r"\b(another|other|second|two|both|different) (school|academ\w*|site)s?\b", re.I)
ROUTE_NAMED = re.compile(r"\b(assessment[- ]only|pgce|scitt|school direct|teach first|iqts|teacher degree apprenticeship|"
                         r"postgraduate (teacher|teaching) apprenticeship)\b", re.I)
# A route left unfinished is a detail about the person, not a question about the route ("she never finished her PGCE")
ROUTE_NOT_DONE = re.compile(r"\b(never|didn'?t|did not|hasn'?t|has not|haven'?t|have not) (finish\w*|complet\w*|pass\w*|"
                            r"get|got)\b|\b(dropped|dropping|pulled) out\b|\bleft (her|his|my|their) (pgce|scitt|course|"
                            r"training)\b", re.I)
# The role's own topics, after which a bare "pay?" means the SENCO's pay, not who pays for a course
ROLE_TOPICS = {"faq/pay", "faq/role_duties", "faq/leadership_role", "faq/workload", "faq/what_is_senco", "faq/skills",
               "faq/careers", "part_time_senco", "who_sets_the_role", "faq/who_they_work_with", "governors_duties"}
PAY_ALONE = re.compile(r"^\W*(and |so |what about |how about |ok )?(the |their |his |her |my )?(pay|salary|salaries|wages?|"
                       r"money|tlr|allowance|pay scale)( then| too| as well)?\W*$", re.I)
# "who do I raise that with?", "who should I complain to?"
RAISE_CONCERN = re.compile(r"\bwho (do|should|can|could|would) (i|we) (raise|complain|report|take|escalate|speak|talk|go|"
                           r"turn)\w*\b|\bwhere (do|can|should) (i|we) (complain|raise|report|escalate)\b|\bwho (is|'s) "
                           r"the (right )?person to (raise|complain|speak|talk)\b", re.I)
NEXT_ONE = re.compile(r"\b(when'?s|when is|when does|what'?s|what is) the next (one|cohort|intake|course|start|group)\b|"
                      r"\bnext (one|cohort|intake) (i|we|she|he|they) (could|can) (join|get on|start)\b", re.I)
# "could I just wait and join next year's cohort instead?" after a deadline: whether that cohort is in time
LATER_COHORT = re.compile(r"\b(wait|hold off|leave it|put it off|delay\w*|join|do it (in|with))\b[^?.]{0,30}\b(next year'?s|"
                          r"the following|a later|next)\b[^?.]{0,10}\b(cohort|one|intake|round|group)\b", re.I)
# "does that earlier bit get me out of the NPQ?", "does it exempt me?": whether earlier service lifts the duty
GETS_ME_OUT = re.compile(r"\b(get|gets|let|lets) (me|her|him|them) (out of|off)\b|\bexempt\w*\b|\b(count|counts) "
                         r"(towards|for)\b|\bmean (i|she|he|they) (don'?t|do not|doesn'?t|does not|won'?t) (need|have)\b",
                         re.I)
WHICH_COHORT = re.compile(r"\bwhich (\w+ )?(intake|cohort|start|course date)\b", re.I)  # "which november intake?"
# "how long all in before I could actually be one?" after a route to QTS: QTS, then induction, then the post
TOTAL_TIME = re.compile(r"\bhow long\b[^?.]{0,25}\b(all in|in total|altogether|overall|start to finish|all told)\b|"
                        r"\bhow long (before|until|till) (i|she|he|they) (could|can|would|will|might) (actually )?"
                        r"(be|become) (one|a send?co|the send?co)\b", re.I)
COMING_BACK = re.compile(r"\b(came|come|coming|went|go|going|moved|move|moving) back\b|\breturn\w*\b|\bagain\b"
                         r"[^?.]{0,20}\b(another|different|new|other) school\b|\b(another|different|new|other) school\b"
                         r"[^?.]{0,20}\b(later|again|one day|in future|down the line)\b", re.I)
STAYING_ON = re.compile(r"\b(stay|staying|stayed|carry on|carrying on|continue|continuing|remain|remaining|keep going|"
                        r"keep doing it|permanent\w*|extended|renewed)\b", re.I)
PUPIL_COUNT = re.compile(r"\b\d[\d,]* (pupils|children|students|kids|on roll)\b|\bnumber on roll\b", re.I)


CLOCK_AGAIN = re.compile(r"\b(clock|restart\w*|start(s)? again|reset\w*|begin(s)? again|from scratch|fresh|new deadline|"
                         r"another (3|three) years)\b", re.I)


# Doing the course beside the job, not time away from it
ALONGSIDE_WORK = re.compile(r"\b(alongside|while (working|teaching|in post|doing the job)|around (her|his|my|their|the) "
                            r"(job|work|role|timetable)|on top of (her|his|my|their|the) (job|work|role))\b", re.I)


def follow_up_key(text: str, intent: str | None, said_now: dict[str, Any], last_topic: str | None,
                  role: str | None = None) -> str | None:
    """The answer key when this message continues the last topic, else None. `role` is the user's role as the
    conversation knows it (a parent's "who do I raise that with?" gets a parent's answer)."""
    if not last_topic:
        return None
    words = len(text.split())
    if keyword_topic(text) in ("academy_teachers_qts", "reforms_and_the_post", "reforms_and_the_qualification"):
        return None  # "heard academies will have to have QTS teachers anyway now?": the new law, not the last answer
    if (said_now.get("role") or role) == "fe_teacher" and re.search(r"\binduction\b", text, re.I) \
            and words <= MAX_FOLLOW_UP_WORDS:
        return "ask_can_be_senco"  # "would I need to do induction first?" with QTLS: not confirmed either way
    if last_topic in ("faq/reforms", "reforms_and_the_post") and re.search(r"\b(chang\w*|affect\w*|alter\w*|mean)\b", text, re.I) \
            and re.search(r"\b(qualification|npq|nasen\s?co|training)\b", text, re.I):
        return "reforms_and_the_qualification"  # "does any of that change the senco qualification?"
    if "prior_senco_months" in said_now and CLOCK_AGAIN.search(text):
        return "ask_deadline"  # "say I did 20 months here then became SENCO elsewhere, does the clock restart?"
    if RAISE_CONCERN.search(text) and words <= MAX_FOLLOW_UP_WORDS:
        if (said_now.get("role") or role) == "parent":
            return "faq/parent_help"  # who to speak to at the school, then the governors
        if last_topic in ("ask_deadline", "deadline_absence", "ask_can_be_senco", "who_may_be_senco",
                          "ask_which_qualification"):
            return "who_ensures_qualification"  # the duty is the governing body's (or the trust's)
    if said_now.get("role") == "parent" and (intent in NOT_A_QUESTION or not looks_like_question(text)):
        return "faq/parent_help"  # "I'm a parent btw": the earlier answer was written for staff
    if said_now.get("role") == "parent" and FINDING_THE_SENCO.search(text) and not WHO_MAY_BE_ASKED.search(text):
        return "faq/parent_help"  # "my daughter has autism, how do I get in touch with hers?"
    if last_topic in FUNDING_KEYS and INCLUDES_ME.search(text):
        return "ask_funding"  # "does that include me? I'm a cover supervisor": who is funded, for this person
    if last_topic in FUNDING_KEYS and (intent in NOT_A_QUESTION or not looks_like_question(text)
                                       or words <= SHORT_FOLLOW_UP_WORDS or CONTINUES.search(text)):
        # "I started it before and failed though" after a funding answer: that funding sub-question
        if key := funding_aspect(text):
            return key
    if "npq_start" in said_now and (COURSE_END_QUESTION.search(text) or THAT_FINISH.search(text)) \
            and (last_topic not in ("ask_deadline", "deadline_absence", "when_requirement_met")
                 or not IN_TIME.search(text)):  # "... when will I finish the course?" asks the course's end
        return "npq_course_dates"  # "and if I start in November this year, when would that finish?" (after a deadline,
        # the rules below say whether it is in time)
    if last_topic in ("ask_deadline", "deadline_absence") and (LATER_COHORT.search(text) or WHICH_COHORT.search(text)) \
            and words <= MAX_FOLLOW_UP_WORDS:
        return "ask_deadline"  # the deadline answer says whether that cohort's result comes in time
    if (last_topic in ("ask_can_be_senco", "ask_qts_routes", "qts_from_nation", "salaried_routes",
                       "faq/become_senco_steps") or last_topic.startswith("route:")) and TOTAL_TIME.search(text) \
            and words <= MAX_FOLLOW_UP_WORDS:
        return "once_qualified"  # "how long all in before I could actually be one?": induction comes after QTS
    if last_topic in ("ask_deadline", "deadline_absence") and WHEN_TO_START.search(text) \
            and words <= MAX_FOLLOW_UP_WORDS:
        return "ask_deadline"  # "when should she start it?": the deadline answer says which cohort is in time
    if last_topic in ("ask_deadline", "deadline_absence") and WHO_DECIDES.search(text):
        return "who_ensures_qualification"  # "who decides what happens then?" after a missed deadline
    if last_topic in ("ask_deadline", "ask_which_qualification") and NOT_STARTED_NPQ.search(text) \
            and (words <= SHORT_FOLLOW_UP_WORDS or IN_TIME.search(text) and words <= MAX_FOLLOW_UP_WORDS):
        return "ask_deadline"  # "I haven't started the NPQ yet": the deadline again, with what that means now
    if last_topic in ("ask_settings_duty", "who_may_be_senco", "ask_can_be_senco", "faq/sharing_senco",
                      "part_time_senco") and (SHARING_WORDS.search(text) and words <= SHORT_FOLLOW_UP_WORDS
                                              or last_topic in ("part_time_senco", "faq/sharing_senco")
                                              and (TWO_SCHOOLS.search(text) or SHARING_WORDS.search(text))
                                              and asks_something(text)
                                              and words <= MAX_FOLLOW_UP_WORDS):
        # "what about two academies in the same trust?"; "what if they teach here one day a week and the rest at
        # another school?" after part-time: one SENCO for both
        return "faq/sharing_senco"
    if ROUTE_NAMED.search(text) and not last_topic.startswith("route:") and words <= MAX_FOLLOW_UP_WORDS \
            and not ROUTE_NOT_DONE.search(text):
        return None  # "what about assessment only? been a TA 6 years": that route, whatever came before
    if last_topic in ROLE_TOPICS and PAY_ALONE.search(text):
        return "faq/pay"  # "pay?" after the SENCO's time or place on the SLT: the SENCO's pay
    if intent == "ask_funding" and last_topic not in FUNDING_KEYS and FUNDING_WORD.search(text) \
            and not bare_aspect(text):
        return None  # "and would it be funded for me? I'm a TA" after who may be SENCO: a funding question
    if about_the_npq(last_topic, NPQ_ANSWERS) and re.search(r"\b(trn|teacher reference number)\b", text, re.I) \
            and words <= SHORT_FOLLOW_UP_WORDS:
        return "ask_npq_registration"  # "and will I need a TRN?" after an NPQ answer: what registering needs
    if last_topic in ("npq_after_stepping_down", "faq/stepping_down") and COMING_BACK.search(text) \
            and words <= MAX_FOLLOW_UP_WORDS:
        return "earlier_service"  # "and if I came back to it at another school later?": the 12 months' earlier service
    if last_topic == "npq_after_stepping_down" and STAYING_ON.search(text) and words <= MAX_FOLLOW_UP_WORDS:
        return "ask_deadline"  # "what if they ask me to stay on until Christmas 2027?": past the anniversary, it is due
    if last_topic == "school_payments" and PUPIL_COUNT.search(text) and words <= MAX_FOLLOW_UP_WORDS:
        return "school_payments"  # "we're a primary with 120 pupils": the grant's size bands, for them
    if last_topic in ("faq/trn", "ask_npq_registration") and said_now.get("has_qts") is True \
            and words <= MAX_FOLLOW_UP_WORDS:
        return "ask_npq_registration"  # "I've had QTS since 2015 if that helps" after the TRN: they have one
    in_npq_thread = about_the_npq(last_topic, NPQ_THREAD) and words <= MAX_FOLLOW_UP_WORDS
    if in_npq_thread and NEXT_ONE.search(text):
        return "ask_npq_cohorts"  # "when's the next one I could join" after the deadline or the funding
    if in_npq_thread and HOW_ASSESSED.search(text):
        return "faq/npq_assessment"  # "how's it assessed?" after the course dates
    if last_topic in ("ask_npq_cohorts", "npq_course_dates", "faq/npq_what", "faq/npq_length") and (
            OTHER_START.search(text) or NEXT_START.search(text)):
        return "ask_npq_cohorts"  # "we missed this autumn's - is there a spring one?": one cohort a year
    if last_topic in ("faq/sen_information_report", "faq/parent_help") and REFUSING.search(text):
        return "faq/sen_information_report"  # "they won't tell me, can they refuse?": it must be published
    if said_now.get("role") == "fe_teacher" and last_topic in ("ask_settings_duty", "settings_duty_overview"):
        return "ask_can_be_senco"  # "what if they've got QTLS instead?" after which schools need a SENCO
    if last_topic in ("who_may_be_senco", "experience_rule") and said_now.get("role"):
        return "ask_can_be_senco"  # "one candidate is an ECT": whether that person may be SENCO
    if last_topic in ("ask_deadline", "deadline_absence", "when_requirement_met") and ALONGSIDE_WORK.search(text) \
            and words <= MAX_FOLLOW_UP_WORDS:
        return "study_time"  # "can she do it part-time alongside her job?": the course fits around work
    if last_topic in ("ask_deadline", "deadline_absence", "when_requirement_met") and ABSENCE.search(text) \
            and words <= MAX_FOLLOW_UP_WORDS and not NASENCO_WORD.search(text):
        return "deadline_absence"  # "what about if I'm part time?" after a deadline: the date stands
    if (last_topic in ("ask_can_be_senco", "who_may_be_senco", "ask_qts_routes", "once_qualified")
            or last_topic.startswith("route:")) and NPQ_FIRST.search(text) \
            and not FUNDING_WORD.search(text) and words <= MAX_FOLLOW_UP_WORDS:
        return "npq_before_the_post"  # a TA told QTS is needed: "what if I do the NPQ first?" (it does not replace QTS)
    if (last_topic in ("ask_can_be_senco", "ask_qts_routes", "qts_from_nation", "salaried_routes")
            or last_topic.startswith("route:")) and ONCE_QUALIFIED.search(text) and CAN_BE_OR_HOW_SOON.search(text):
        return "once_qualified"  # "ok and after that how soon can I be a SENCO?"
    if last_topic in ("faq/sharing_senco", "faq/stepping_down") and WHO_DECIDES.search(text):
        return last_topic  # "who makes the final call on that?": the answer names who decides
    if last_topic == "faq/sharing_senco" and TEACHES_WHERE.search(text):
        return "faq/sharing_senco"  # the answer turns on teaching at each school
    aspect = bare_aspect(text)
    if aspect == "help_paying" and (specific := funding_aspect(text) or keyword_topic(text)):
        return specific  # "would I lose the funding if I failed?": that sub-question, not "is there funding?"
    if aspect == "help_paying" and NPQ_WORD.search(text):
        return "ask_funding"  # "and is there any funding for the NPQ?" after a QTS route
    if aspect == "help_paying" and last_topic in ("ask_can_be_senco", "head_as_senco") \
            and (said_now.get("role") or role) in ("headteacher", "teacher", "early_career_teacher", "fe_teacher"):
        return "ask_funding"  # a head told they may be SENCO: "would our fees be covered?" is the NPQ's fees
    if in_npq_thread and COURSE_LENGTH_ASKED.search(text) and not (aspect and FOLLOW_UP.get((last_topic, aspect))):
        return "faq/npq_length"  # "how long is the actual course?" after a deadline (no "how long?" row of its own)
    if aspect:
        if last_topic.startswith("route:"):
            return last_topic
        key = FOLLOW_UP.get((last_topic, aspect))
        if key is None and (about_the_npq(last_topic, NPQ_THREAD) or last_topic in QUALIFICATION_TOPICS):
            key = NPQ_THREAD_DEFAULTS.get(aspect)  # "what if I fail?" after the cohort answer: the NPQ's own answer
        if key and (own := keyword_topic(text)) and not same_topic(own, key):
            return None  # "how much do SENCOs get paid?" after an NPQ answer: a question of its own, not "how much?"
        return key
    details = [slot for slot in DETAIL_SLOTS if slot in said_now]
    if not details or words > MAX_FOLLOW_UP_WORDS or CAN_BE_SENCO.search(text):
        return None  # "so could an unqualified teacher be our SENCO?" asks who may hold the post, whatever came before
    if intent not in NOT_A_QUESTION and not CONTINUES.search(text) and not REFERS_BACK.search(text) \
            and asks_something(text):
        return None  # a question of its own that happens to carry a detail: answer that question
    if "npq_start" in details and COURSE_END_QUESTION.search(text):
        return "npq_course_dates"  # "if I start it in November 2026, when would I finish?", whatever came before
    if said_now.get("nation") not in (None, "england") and last_topic not in ENGLAND_ONLY and last_topic != "ask_funding":
        return "ask_other_nations"  # "and in Scotland?" after an answer that has no other-nation version (funding has)
    if said_now.get("appointment_date") not in (None, "not_yet") and last_topic in (
            "ask_which_qualification", "ask_can_be_senco", "npq_course_dates", "study_time", "faq/npq_length",
            "ask_other_nations", "npq_after_appointment", "appoint_without_npq", "npq_before_the_post",
            "ask_npq_cohorts"):  # "I'm moving to be SENCO in Bristol in January 2027" after Wales's answer
        # a date added to "do I need the NPQ?" asks when by; to "when will my course end?", whether it is in time;
        # to "when can I start?", the deadline and which cohort gets the result in time
        return "ask_deadline"
    if last_topic.startswith("route:") and said_now.get("role"):
        return last_topic  # "and for my TA colleague?" after a route: that route's requirements again
    if said_now.get("has_degree") is False and last_topic in ("npq_before_the_post", "ask_can_be_senco", "once_qualified",
                                                               "faq/become_senco_steps"):
        return "ask_qts_routes"  # "i haven't got a degree btw, so what now": the routes open without one
    if last_topic in ("appoint_without_npq", "npq_after_appointment") \
            and said_now.get("setting_type") in NOT_UNDER_THE_DUTY:
        return "ask_settings_duty"  # "it's a special school by the way": the duty does not reach it
    if "setting_type" in details and last_topic in ANSWERED_FOR_A_PLACE:
        # "and someone at a 16-19 academy in Norwich?" after schools abroad: the topic's answer for that setting
        return ANSWERED_FOR_A_PLACE[last_topic]
    if last_topic in ENGLAND_ONLY_FAQS and said_now.get("nation") == "england":
        return last_topic  # "and if we move down to Leeds?" after a parent's answer for Glasgow: England's version
    if last_topic.startswith(("faq/", "route:")) or last_topic == "assessment_window":
        # a detail given, not one a correction cleared ("she's actually still an ECT" clears what she held)
        return next((key for slot, key in TOPIC_FOR_DETAIL if said_now.get(slot) is not None
                     and not (slot == "nation" and said_now.get("nation") == "england")), None)
    return last_topic


def topic_key(text: str, intent: str | None, faq_key: str | None, said_now: dict[str, Any],
              entities: dict[str, str], known: dict[str, Any] | None = None) -> str | None:
    """The sub-question of a fresh question (not a follow-up), or None when the intent is not a question.
    `known` holds what the conversation already knows (role, appointment_date, has_qts), for a message that does
    not repeat it."""
    known = known or {}
    if entities.get("qts_route") and ROUTE_NOT_DONE.search(text) and not GETTING_QTS.search(text):
        entities = {**entities, "qts_route": None}  # "she's a TA, she never finished her PGCE": no route asked about
    if not entities.get("qts_route"):
        typed = next((key for key, pattern in ROUTE_TYPOS if pattern.search(text)), None)
        entities = {**entities, "qts_route": typed} if typed else entities
    role = said_now.get("role") or known.get("role")
    has_qts = said_now["has_qts"] if "has_qts" in said_now else known.get("has_qts")
    has_degree = said_now["has_degree"] if "has_degree" in said_now else known.get("has_degree")
    if entities.get("qts_route") == "postgraduate_apprenticeship" and not re.search(r"\bpostgrad", text, re.I) \
            and has_degree is False:
        entities = {**entities, "qts_route": "teacher_degree_apprenticeship"}  # "the apprenticeship one", no degree
    appointed = said_now.get("appointment_date") or known.get("appointment_date")
    needs_qts = (role in WITHOUT_QTS_ROLES | {"overseas_teacher"} or said_now.get("has_eyts")) and has_qts is not True
    aspect = funding_aspect(text)  # read once: several rules below turn on it
    if ABSENCE.search(text) and DEADLINE_CLOCK.search(text) and role != "parent" and not aspect \
            and not NASENCO_WORD.search(text):  # a NASENCo delayed by leave: its cut-off is the question
        return "deadline_absence"  # "maternity leave from February 2027: does my 3-year deadline get pushed back?"
    if re.search(r"\bqtls\b", text, re.I) and SENCO_WORD.search(text) and re.search(r"\b(i|i'?ve|i'?m|me|my)\b", text, re.I) and (
            CAN_BE_SENCO.search(text) or PERMITTED_WORD.search(text)
            or re.search(r"\b(let|allow|qualify|entitle)s? (me|her|him|them|you)\b|\benough\b|"
                         r"\b(count|counts|counted|treated) as\b", text, re.I)):
        return "ask_can_be_senco"  # "I've got QTLS from FE. Would that let me be SENCO in a secondary?"
    if HOW_TO_BECOME.search(text) and role in ("teacher", "early_career_teacher") and has_qts is not False \
            and intent in ("ask_deadline", "ask_which_qualification", "faq"):
        return "faq/become_senco_steps"  # "I'm a Year 4 teacher. How do I become our school's SENCO?": the steps, not
        # the deadline that comes after them
    if AFTER_GRADUATING.search(text) and SENCO_WORD.search(text) and has_qts is not True and role != "parent":
        return "ask_qts_routes"
    if said_now.get("qualified_sen_only") and SENCO_WORD.search(text):
        return "ask_can_be_senco"  # a European teacher qualified only for SEN asking about the post: paragraph 8A
    if keyword_topic(text) == "npq_after_stepping_down":
        return "npq_after_stepping_down"  # "SENCO since September 2024, going back to teaching in July 2027: do I
        # still need the NPQ?": whether it is needed at all comes before the date it would be due
    if intent == "faq" and DEADLINE_WORD.search(text) and NPQ_WORD.search(text) and not re.search(
            r"\b(regist\w*|apply\w*|applications?|sign\w* up|enrol\w*|book\w*|assessment|submi\w*|case study)\b", text, re.I):
        return "ask_deadline"  # "whats the deadline to get the npq done": the SENCO's deadline, not how it is taught
    if said_now.get("setting_type") and SETTING_DUTY_QUESTION.search(text) and not FUNDING_WORD.search(text) \
            and (intent in ("faq", "nlu_fallback", "inform", "ask_settings_duty", "ask_npq_registration")
                 or SETTING_AS_SUBJECT.search(text)):  # "Do PRUs legally have to have a SENCO who's qualified?"
        return "ask_settings_duty"  # "I teach in a PRU. Does a PRU need its own SENCO?", whatever the classifier heard
    if NEXT_START.search(text) and NPQ_WORD.search(text) and not re.search(r"\bhow long\b", text, re.I):
        return "ask_npq_cohorts"  # "missed this autumn's start, when can I next begin the NPQ?"
    if (said_now.get("qualified_in") and said_now.get("nation") != said_now.get("qualified_in")
            or said_now.get("trained_country") and has_qts is not True) \
            and (APPLY_FOR_QTS.search(text) or QTS_RECOGNISED.search(text)):
        # "trained in Cardiff, moving to Bristol: do I have to apply for QTS for SENCO jobs?" (before "do I need QTS
        # to be SENCO?": the QTS they trained for is the question)
        return "qts_from_nation"
    if QTS_FOR_THE_POST.search(text) and not FUNDING_WORD.search(text) and not NPQ_WORD.search(text) \
            and intent in ("ask_funding", "ask_settings_duty", "ask_which_qualification", "faq", "inform",
                           "nlu_fallback", "ask_can_be_senco"):
        return "ask_can_be_senco"  # "maintained nursery school, not a private one: does our senco need to be a
        # qualified teacher?": who may hold the post there, whatever topic the setting made the classifier hear
    if said_now.get("role") == "headteacher" and HEAD_OFFERS.search(text) and (PERMITTED.search(text)
                                                                             or PERMITTED_WORD.search(text)):
        return "ask_can_be_senco"  # "our executive head has offered to be SENCO for a term, is that allowed?"
    if role == "headteacher" and said_now.get("role") == "headteacher" and SENCO_WORD.search(text) \
            and (PERMITTED.search(text) or CAN_BE_SENCO.search(text)) and re.search(r"\b(i|i'?ll|me|myself)\b", text, re.I):
        return "ask_can_be_senco"  # "head since 2022, from January also SENCO: am I allowed, and do I need the NPQ?"
    if ("nasenco_started" in said_now or "nasenco_completed" in said_now) and SWITCHING.search(text) \
            and NPQ_WORD.search(text):
        return "ask_which_qualification"  # "started NASENCo June 2024, finishing June 2027: do I need to switch to
        # the npq?": whether it counts (that answer's dates decide), before any deadline
    if appointed not in (None, "not_yet") and "appointment_date" in said_now and (
            DEADLINE_WORD.search(text) or NEED_THE_QUALIFICATION.search(text) and role != "parent"
            or COHORT_TIMING.search(text)):
        # "appointed this month: what's my deadline, and when should I start the NPQ?"; "this November's cohort or
        # can I wait till next year?": which cohort gets the result in time is the deadline answer's advice
        return "ask_deadline"
    if OTHER_START.search(text) and NPQ_WORD.search(text) and not OBLIGATION.search(text) \
            and "appointment_date" not in said_now:  # not "I start as SENCO in April 2027: do I need the NPQ?"
        return "ask_npq_cohorts"  # "can I join a group that starts in spring 2027?": one cohort a year
    if said_now.get("npq_start") and appointed not in (None, "not_yet") and (OBLIGATION.search(text)
                                                                             or IN_TIME.search(text)):
        return "ask_deadline"  # "do I have 3 years from the course start? I became SENCO in Sept 2026..."
    if said_now.get("npq_start") and not SCHOOL_MONEY.search(text) \
            or COURSE_END_QUESTION.search(text) and not OBLIGATION.search(text):
        if intent in ("ask_deadline", "ask_npq_cohorts", "ask_which_qualification", "faq", "ask_npq_registration"):
            return "npq_course_dates"
    if intent in ABROAD_INTENTS and school_abroad(text):
        return "abroad"
    if said_now.get("nasenco_status") == "completed" and NPQ_WORD.search(text) and NEED_THE_QUALIFICATION.search(text):
        return "ask_which_qualification"  # "I passed the NASENCo in 2019 - will I still need the NPQ?" (not how to pass)
    if key := keyword_topic(text):
        if key == "school_without_senco" and role == "parent" and FINDING_THE_SENCO.search(text):
            return "faq/parent_help"  # "they keep saying they're between SENCOs. how do I find out who it is?"
        if key == "nasenco_start_now" and said_now.get("nasenco_started") and ALREADY_ENROLLED.search(text):
            return "ask_which_qualification"  # "enrolled on the national award in 09/2024": its own date decides
        if key == "npq_after_appointment" and BY_WHEN.search(text):
            return "ask_deadline"  # "appointed without the NPQ, when does she need it by?": the deadline, not "not needed first"
        if key == "npq_after_appointment" and ASKING_TO_APPOINT.search(text):
            return "appoint_without_npq"  # "has QTS but no NPQ - can we appoint them?": yes (not "no, not needed")
        return key
    if SCHOOL_MONEY.search(text) and NPQ_WORD.search(text):
        return "school_payments"  # "do we still get the extra £800 when a teacher does an NPQ?"
    if NEED_THE_NPQ_ASKED.search(text) and NPQ_WORD.search(text) and role != "parent" \
            and intent in ("ask_settings_duty", "faq") and not SHARING_WORDS.search(text) and not FUNDING_WORD.search(text) \
            and not re.search(r"\b(how long|when|how much|how soon|by when|attend\w*)\b", text, re.I) \
            and said_now.get("setting_type") not in NOT_UNDER_THE_DUTY:
        return "ask_which_qualification"  # "do SENCOs at academies need to do the NPQ?" (the classifier heard the setting)
    if STILL_WORKING_TOWARDS.search(text) and (PERMITTED.search(text) or PERMITTED_WORD.search(text)) \
            and SENCO_WORD.search(text) and not FUNDING_WORD.search(text) and "appointment_date" not in said_now:
        return "appoint_without_npq"  # "she's 'still working towards' her SENCO qualification. Is that allowed?"
    if OUR_POSITION.search(text) and appointed not in (None, "not_yet") and "appointment_date" in said_now:
        return "ask_deadline"  # a governor: "our SENCO was appointed on 1 March 2024 ... what's our position?"
    if APPOINT_UNQUALIFIED.search(text) and SENCO_WORD.search(text) and role != "parent":
        return "who_may_be_senco"  # HR: "recruiting a SENCO - can we appoint someone who isn't a qualified teacher?"
    if CHECKS_BEFORE_DESIGNATING.search(text) and role != "parent":
        return "who_may_be_senco"  # "what do we legally need to check before a teacher is designated SENCO?"
    if said_now.get("prior_senco_months") is not None and said_now["prior_senco_months"] >= 0 \
            and GETS_ME_OUT.search(text) and "appointment_date" not in said_now:  # (with a date: the deadline says it)
        return "earlier_service"  # "covered as SENCO for 8 months in 2023 ... does that get me out of the npq?"
    if GO_FOR_THE_POST.search(text) and SENCO_WORD.search(text) and POST_WORDS.search(text) and role != "parent" \
            and not NPQ_WORD.search(text) and not ONCE_QUALIFIED.search(text):
        return "ask_can_be_senco"  # "I'm an ECT and a SENCO vacancy has come up at my school - can I go for it?"
    if WHAT_IS_NEEDED.search(text) and SENCO_WORD.search(text) and role != "parent" and not NPQ_WORD.search(text) \
            and not FUNDING_WORD.search(text) and intent == "faq":
        return "faq/become_senco_steps"  # "offered the SENCO role from January. What does she need?"
    if STEPS_IN_ORDER.search(text) and SENCO_WORD.search(text) and role != "parent":
        return "faq/become_senco_steps"  # "long term I want to be a SENCO: what order do I do things in?"
    if PART_TIME.search(text) and (CAN_BE_SENCO.search(text) or SENCO_WORD.search(text) and PERMITTED_WORD.search(text)) \
            and not needs_qts and has_qts is not False and role != "parent":
        # "can the senco be part time?" too
        return "part_time_senco"  # "I'm part time, 2 days a week: can I still be SENCO?"
    if SENCO_JOBS.search(text) and role != "parent" and not (
            said_now.get("prior_senco_months") is not None and NPQ_WORD.search(text)) \
            and not (HOW_TO_GET_QTS.search(text) and has_qts is not True):  # "how do I get QTS so I can go for
        # SENCO jobs?": the way to QTS is the question
        # (with earlier SENCO service, "do I have to do the NPQ?" is about the exemptions: below)
        # "coming back after a career break, still have QTS: could I apply for SENCO roles?"
        return "once_qualified" if ONCE_QUALIFIED.search(text) else "ask_can_be_senco"
    if APPOINTING.search(text) and CHECK_WORDS.search(text) and not OBLIGATION_DATE.search(text) and role != "parent":
        return "who_may_be_senco"
    if role == "headteacher" and said_now.get("role") == "headteacher" and CAN_BE_SENCO.search(text) \
            and re.search(r"\b(i|myself)\b", text, re.I):
        return "ask_can_be_senco"  # "acting head: can I just cover SENCO myself? don't have the NPQ" (the answer says so)
    if role == "headteacher" and SENCO_WORD.search(text) and NPQ_WORD.search(text) and HEAD_NEEDS_IT.search(text) \
            and not (CAN_BE_SENCO.search(text) or GIVE_THE_ROLE.search(text) or SELF_DESIGNATING.search(text)):
        # "I've been acting as SENCO myself since March 2026. Do I personally need the NPQ?": the head route does
        # not exempt them from the qualification (the answer carries that caveat, and their deadline)
        return "ask_deadline" if appointed not in (None, "not_yet") else "ask_which_qualification"
    if NEW_SENCO_TO_DO.search(text) and role != "parent":
        return "ask_which_qualification"  # "we've just appointed a new SENDCo, what do they need to do?": the NPQ
    if entities.get("qts_route") and FUNDING_WORD.search(text) and not NPQ_WORD.search(text) \
            and has_qts is not True:
        return f"route:{entities['qts_route']}"  # "what's iQTS and does DfE pay for it?": the route's cost line
    if (NPQ_COST.search(text) or DFE_PAYS.search(text) and NPQ_WORD.search(text) or WHO_PAYS_FOR_NPQ.search(text)) \
            and entities.get("qualification") != "nasenco":
        return aspect or "ask_funding"  # "does the npq cost anything? proper skint lol", "would DfE fund me to do it?"
    if IQTS.search(text) and (entities.get("qualification") == "qts" or re.search(r"\bqts\b", text, re.I)):
        return "route:iqts"  # "how do I get QTS without leaving Dubai?": training from where they are
    if HOW_TO_GET_QTS.search(text) and has_qts is not True and not entities.get("qts_route") \
            and not said_now.get("qualified_in"):
        return "ask_qts_routes"  # "can I apply for QTS directly, and could I be SENCO?": QTS is the first answer
    in_induction = role == "early_career_teacher" or said_now.get("induction_complete") is False
    if (needs_qts or in_induction) and SENCO_WORD.search(text) and (
            CAN_BE_SENCO.search(text) or TAKING_THE_POST.search(text) or ROUTE_TO_SENCO.search(text)
            or MY_ROUTE.search(text) or NEEDED_FOR_THE_POST.search(text) or IN_TIME.search(text) and appointed
            or HOW_TO_BECOME.search(text) and needs_qts):  # "TA, no degree: how would I ever become a SENCO?"
        # "qualified in Nigeria, the head wants me as SENCO in January, is that ok?": QTS comes first
        return "once_qualified" if ONCE_QUALIFIED.search(text) else "ask_can_be_senco"
    if needs_qts and MY_ROUTE.search(text):
        return "ask_qts_routes"  # "I'm a TA with no degree, what would my route be?"
    about_the_person = any(slot in said_now for slot in ("role", "has_qts", "has_eyts", "qualified_sen_only",
                                                          "setting_type", "nation", "has_degree", "qualified_in"))
    nasenco_dates = "nasenco_started" in said_now or "nasenco_completed" in said_now
    if appointed not in (None, "not_yet") and not about_the_person and not (
            nasenco_dates and intent == "ask_which_qualification") and (
            IN_TIME.search(text) or intent == "ask_which_qualification" and "appointment_date" in said_now):
        # (a NASENCo's own dates with "will it count?" ask whether it counts; that answer names the deadline too)
        return "ask_deadline"  # "I've been SENCO since Sept 2023 and haven't started, is that a problem?"
    if intent in NOT_A_QUESTION and said_now.get("appointment_date") not in (None, "not_yet") \
            and not looks_like_question(text):
        return "ask_deadline"  # "I became SENCO in January 2024": what they need to know is their deadline
    if aspect in ("funding_how_to_get", "school_payments", "funding_disadvantage") and FUNDING_WORD.search(text):
        return aspect  # names the funding itself, whichever topic the classifier heard
    if role == "parent" and FINDING_THE_SENCO.search(text) and not WHO_MAY_BE_ASKED.search(text):
        return "faq/parent_help"  # "how do I find out who the SENCO at his school is"
    if role == "parent" and "setting_type" not in said_now and re.search(r"\bnurser(y|ies)\b(?! schools?\b)", text, re.I) \
            and SENCO_WORD.search(text) and (WHO_MAY_BE_ASKED.search(text) or PERMITTED_WORD.search(text)):
        return "nurseries_duty"  # "my toddler's nursery says their SENCO is a room leader, is that allowed?": it turns
        # on the kind of nursery, so each kind's rule
    if role == "parent" and WHO_MAY_BE_ASKED.search(text) and SENCO_WORD.search(text) and re.search(
            r"\b(they|he|she|it|senco)\b[^?]{0,50}\b(qualified|(a|proper|real) teacher|qts|npq|trained)\b", text, re.I) \
            and intent in CAN_BE_INTENTS | {"faq", "ask_can_be_senco"}:
        return "ask_can_be_senco"  # "our new SENCO started in September, do they have to be qualified?"
    if WHERE_TO_START.search(text) and has_qts is not True and (
            role in WITHOUT_QTS_ROLES or role is None and said_now.get("has_degree") is not None
            or role == "parent" and OWN_GOAL.search(text)):
        # for someone without QTS the first step is QTS ("a mum and an accountant: I'd like to become a SENCO
        # myself, where do I start?")
        return "ask_qts_routes"
    if said_now.get("setting_type") and APPLIES_TO_US.search(text) and not re.search(r"\bfund", text, re.I):
        if said_now["setting_type"] in NOT_UNDER_THE_DUTY and QUALIFICATION_NEEDED.search(text):
            return "ask_can_be_senco"  # "FE college: does the SENCO NPQ requirement apply to us?" (the post's rules)
        return "ask_settings_duty"  # "we're a 16-19 academy: does the SENCO rule apply to us?"
    if entities.get("qts_route") and ROUTE_ASPECT.search(text) and said_now.get("has_qts") is not True:
        return f"route:{entities['qts_route']}"  # "how long's a PGCE?"
    if IQTS.search(text) and (entities.get("qualification") == "qts" or re.search(r"\bqts\b", text, re.I)):
        return "route:iqts"
    if intent in NOT_A_QUESTION and ("nasenco_started" in said_now or "nasenco_completed" in said_now):
        return "ask_which_qualification"  # "started my NASENCo in Feb 2024, finishing Jan 2028: still fine, isn't it?"
    if (said_now.get("setting_type") or known.get("setting_type")) in NOT_UNDER_THE_DUTY \
            and QUALIFICATION_NEEDED.search(text):
        return "ask_can_be_senco"  # "does our nursery's SENCO need QTS or the NPQ?": not under the duty (a setting
        # said earlier counts: "and does she need QTS? our deputy would do it" after the private nursery's answer)
    if school_abroad(text) and re.search(r"\b(qts|qualified teacher status)\b", text, re.I) \
            and said_now.get("has_qts") is not True:
        return "route:iqts"  # training for English QTS while teaching at a school abroad
    if 0 <= (said_now.get("prior_senco_months") or -1) <= 12 \
            and said_now.get("appointment_date") not in (None, "not_yet"):
        return "ask_deadline"  # "acted as SENCO for 6 months before, SENCO here since September: am I exempt?": no,
        # 12 months or less changes nothing, so the deadline from the new post is the answer
    if said_now.get("prior_senco_months") is not None and (
            intent in ("faq", "ask_which_qualification", "nlu_fallback", "inform")
            or NPQ_WORD.search(text) and NEED_THE_QUALIFICATION.search(text)) or (
            intent == "ask_deadline" and (said_now.get("prior_senco_months") or 0) > 12):
        return "ask_which_qualification"  # earlier SENCO service changes whether they need the NPQ
    if said_now.get("qualified_in") and said_now.get("appointment_date") not in (None, "not_yet") \
            and NPQ_WORD.search(text) and QUALIFICATION_NEEDED.search(text):
        return "ask_deadline"  # "trained in Wales, I start as SENCO in Bristol in April 2027: do I need the NPQ?"
    if said_now.get("qualified_in") and said_now.get("nation") != said_now.get("qualified_in") and intent in (
            "ask_qts_routes", "ask_other_nations", "ask_can_be_senco", "faq", "nlu_fallback", "inform"):
        return "qts_from_nation"
    if HOW_TO_GET_QTS.search(text) and said_now.get("has_qts") is not True and not entities.get("qts_route"):
        return "ask_qts_routes"  # "how would I get QTS then?", even in a message that also names the SENCO post
    if entities.get("qts_route") and (intent in ("faq", "ask_qts_routes", "ask_can_be_senco")
                                      or len(text.split()) <= SHORT_FOLLOW_UP_WORDS and not said_now.get("nation")) \
            and said_now.get("has_qts") is not True:  # "I did my PGCE and have QTS": not asking about PGCEs
        # ("what about the salaried one?": a route named alone, whatever the classifier made of it)
        return f"route:{entities['qts_route']}"
    if intent == "faq" and (CAN_BE_SENCO.search(text) or GIVE_THE_ROLE.search(text)) \
            and not re.match(r"^\W*how\b", text, re.I) and not SHARING_WORDS.search(text):
        return "ask_can_be_senco"  # "can one of our heads take on the SENCO role?" (not "how can I become one")
    if intent == "faq" and needs_qts and QTS_ROUTE_ASKED.search(text):
        return "ask_qts_routes"  # a TA: "want to be a senco one day - what route do i take to get qts?"
    if intent == "faq":
        if HOW_LONG_TO_QUALIFY.search(text) and (faq_key == "faq/npq_length" or NPQ_WORD.search(text)):
            return "ask_deadline"  # "how long do I get to do the NPQ after becoming SENCO?", whichever FAQ was heard
        return faq_key
    if intent == "ask_funding":
        if entities.get("qualification") == "nasenco" and not NPQ_WORD.search(text):
            return "nasenco_funding"  # not "I finished my NASENCo in 2020, is the NPQ funded too?"
        return aspect or "ask_funding"
    if intent == "ask_can_be_senco" and GETTING_QTS.search(text) and not SENCO_WORD.search(text):
        return "ask_qts_routes"
    if intent == "ask_qts_routes" and has_qts is True and HOW_TO_BECOME.search(text) and not GETTING_QTS.search(text) \
            and said_now.get("nation") in (None, "england"):
        return "faq/become_senco_steps"  # "how do I become a senco? I'm a qualified teacher": no route to QTS needed
    if intent in CAN_BE_INTENTS and (CAN_BE_SENCO.search(text) or GIVE_THE_ROLE.search(text)) \
            and entities.get("qualification") not in ("npq", "nasenco"):
        return "ask_can_be_senco"  # "could I be SENCO at a mainstream secondary?", whatever else it mentions
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


# "I'm a TA and want to become a SENCO one day": a goal said as a statement still asks how
GOAL = re.compile(r"\b(want|wanting|hope|hoping|plan|planning|like|love|keen|aim|aiming|thinking about|considering)\b"
                  r"[^.?]{0,20}\b(be|become|becoming|train|step up|go for|move into)\b[^.?]{0,15}\bsend?co\b", re.I)


def best_guess(text: str, ranking: list[tuple[str, float]], entities: dict[str, str]) -> str | None:
    """For a question the classifier could not place (fallback, or read as a bare detail): its best topic guess,
    if that has some confidence and the message is about our domain; else None (the user gets suggestions)."""
    if not (text.strip().endswith("?") or re.search(r"\b(can|could|do|does|is|are|how|what|when|who|where|should|"
                                                    r"would|will|am)\b", text, re.I) or GOAL.search(text)):
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
    if name.startswith("ask_") and confidence >= GUESS_MIN_CONFIDENCE and confidence >= runner_up:
        return name  # a topic the classifier leaned to, however narrowly: its answer beats a list of buttons
    return name if confidence >= GUESS_MIN_CONFIDENCE and confidence - runner_up >= GUESS_MIN_MARGIN else None
