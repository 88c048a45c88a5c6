"""Read the details of someone's situation out of one message: entities from the NLU pipeline (normalised through
nlp/domain_terms.yml), dates, and yes/no answers to the question the form just asked.

Returns slot values. Plain Python (no Rasa import), so it is tested with plain strings and entity dicts.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
import re
from typing import Any, Iterable

from actions.date_reading import MONTHS, YEAR_WORDS, DateMention, date_mentions, latest_reading
from nlp.domain_terms import canonical
from nlp.nation_router import trained_in_nation
from senco_rules.calendar import KnownDate, add_months
from senco_rules.npq import upcoming_cohorts

YES = re.compile(r"^\s*(yes|yeah|yep|yup|y|i do|i have|i am|correct|sure|definitely|of course|that's right|ye[sp] i (do|have|am))\b", re.I)
NO = re.compile(r"^\s*(no|nope|nah|n|not yet|i don'?t|i do not|i haven'?t|i have not|i'?m not|never|none)\b", re.I)
NEGATION = re.compile(r"\b(no|not|don'?t|do not|haven'?t|have not|without|never|isn'?t|aren'?t|lack|yet to)\b", re.I)
SELF = re.compile(r"\b(my|i'?m|i am|im|i don'?t|i do not|i haven'?t|i have not|i work|i teach|i've been|i have been|as an?|i'?ve got|i have|i hold|i was|"
                  r"i'?ve had|i'?ve held|i had)\b|"
                  r"^\W*(got|have|hold|holding|just got)\b", re.I)
NOT_FINISHED = re.compile(r"\b(haven'?t|have not|not|not yet|still|nearly|almost|close to|about to|not quite)\s+(yet\s+)?"
                          r"(finished|completed|done)\b|\bstill doing\b", re.I)
# Someone else in a role without QTS by default, asked about after the user's own case
ANOTHER_WITHOUT_QTS = re.compile(r"\b(my|our|it was|it were|about)\s+(\w+\s+)?(ta|tas|teaching assistants?|hltas?|"
                                 r"cover supervisors?|learning support assistants?|nursery (nurse|practitioner)s?)\b",
                                 re.I)
NEVER_FINISHED = re.compile(r"\b(never|didn'?t|did not|couldn'?t|could not) (actually )?(finish\w*|complet\w*|pass\w*|"
                            r"submit\w*)\b|\b(stopped|dropped out|withdrew|gave up|quit|left it)\b", re.I)
FIRST_PERSON = re.compile(r"\b(i|i've|we)\b", re.I)
THIRD_PERSON = re.compile(r"\b(she|he|they)\b", re.I)  # "she already did the NASENCo in 2019": her course, read the same way
NOT_APPOINTED = re.compile(
    r"\b(not (been )?appointed|haven'?t been appointed|not yet|not a senco yet|not senco yet|hoping to|want to become|"
    r"would like to become|thinking about|haven'?t started( as senco)?|no,? not yet|not in post)\b",
    re.I,
)
APPOINTED_CUE = re.compile(
    r"\b(appointed|apointed|appionted|appointd|became|become|becoming|took (on|over)|took (it|the role|the job|the post) on|"
    r"(takes|taking|will take|is taking) over|"
    r"start(ed|ing)? (as|the role|in the role|my role)|"
    r"send?co since|send?co (here |there )?since|send?co (at|in|of) [^.,;?!]{0,40}\bsince|been (the )?send?co|new send?co|in post|took up|role in|joined as|got the send?co (job|role|post)|got the (job|role|post)\b(?!\s+(of|as)\b)|got the (job|role|post) (of|as) (the )?send?co|"
    r"(been |was |got )?made (the )?send?co|"
    r"(asked|going|due|about|set|starting|agreed) to (lead|run|head up|take on) (the )?send?\b(?! ?co)|"
    # "our SENCO started in May 2025" (not "the SENCO started the NPQ in May 2025")
    r"(moving|going|coming|start\w*|due) (to be|as) (the |a )?send?co|(acting|working|serving) as (the |a )?send?co( myself)? since|(doing|covering|running|holding) (the )?send?co( role| job| post)?( myself)? since|send?co (has |have )?(done|held|had|been doing|been in) (the |that )?(job|role|post) since|(start|tak)\w* (on |up )?(a |the |my )?(new )?send?co (job|role|post)|"
    r"send?co (started|began|joined)(?![^.?!,]{0,20}\b(npq|nasen\w*|course|cohort|training|qualification|award)))\b",
    re.I,
)
WANTS_TO_START = re.compile(r"\b(can|could|should|may|shall) i (still |now |just )?(sign up|enrol\w*|start|begin|do|take|"
                            r"apply|register)\b|\b(thinking of|planning to|want to|would like to|hoping to) "
                            r"(sign up|enrol\w*|start|begin|do|take)\b", re.I)
NASENCO_STARTED = re.compile(r"\b(start(ed)?|began|begun|enrolled|doing|studying|halfway|part way|partway|on the|in the middle)\b", re.I)
NASENCO_DONE = re.compile(r"\b(finished|completed|passed|got (my|the|a|it)|hold (a|the|my|it)|"
                          r"have (a|the|my) (nasen\s?co|national award|senco award)|"
                          r"achieved|awarded|gained|already have|"
                          r"did (my|the|a|it)|done (my|the|it))\b", re.I)
# "I have a NASENCo starting March 2024": a course under way, though "have a NASENCo" alone means one held
COURSE_UNDER_WAY = re.compile(r"\b(have|has|got) (a|an|the|my|her|his|their) (nasen\s?co|national award)( course)? "
                              r"(that |which )?(start(s|ed|ing)?|began|beginning|commenc\w*)\b", re.I)
QUESTION_WORDS = re.compile(
    r"(^\s*(is|are|can|could|do|does|should|will|would|tell me)\b)|\b(what|how|when|who|why|where|which|"
    r"can i|could i|do i|should i|will i|am i|is it|is there)\b",
    re.I,
)
LACKS_QTS = re.compile(r"\b(without|no|not got|haven'?t got|hasn'?t got|doesn'?t have|does not have|don'?t have|"
                       r"do not have|has no)\s+(any\s+)?(qts|qualified teacher status)\b", re.I)
# Saying you hold QTS, as opposed to asking about it or wanting it ("how do I get QTS").
HOLDS_QTS_EXPLICITLY = re.compile(
    r"\b(have|hold|holding|got|gained|awarded|achieved|already)\b[\w\s']{0,20}\b(qts|qtls|qualified teacher status)\b", re.I)
HOLDS_QTS = re.compile(
    r"\b(i'?m|i am|im) (already |now |fully )?an? (fully )?qualified teacher\b|"
    r"\b(have|had|held|hold|holding|got|with|gained|awarded|achieved|already)\b[\w\s']{0,20}\b(qts|qtls|qualified teacher status)\b",
    re.I,
)

# Holding Early Years Teacher Status ("she has EYTS"), which is not QTS.
HOLDS_EYTS = re.compile(r"\b(have|has|hold|holds|holding|got|gained|with|only|just)\b[\w\s']{0,15}"
                        r"\b(eyts|early years teacher status)\b|\b(eyts|early years teacher status) (holder|only)\b", re.I)
NO_EYTS = re.compile(r"\b(no|not|without|haven'?t got|hasn'?t got|don'?t have|doesn'?t have)\s+(an?\s+|any\s+)?"
                     r"(eyts|early years teacher status)\b", re.I)
# A teacher from another European state qualified only to teach pupils with SEN (paragraph 8A of the 2003 QTS
# Regulations): treated as qualified only for special schools, and excluded from the SENCO rule.
SEN_ONLY = re.compile(r"\bsen[- ]only\b|\b(only|just|solely|specifically)\b[\w\s]{0,45}\b(sen|send|special (educational )?needs|"
                      r"special education|pupils with (sen|special needs))\b|"
                      r"\b(sen|send|special (educational )?needs|special education)[\w\s-]{0,20}\bonly\b", re.I)
QUALIFIED_WORD = re.compile(r"\b(qualified|qualification|recogni[sz]ed|licen[cs]ed|certified|registered|trained|"
                            r"route)\b", re.I)
EUROPEAN = re.compile(r"\b(eea|eu|europe\w*|spain|spanish|france|french|germany|german|italy|italian|portugal|"
                      r"portuguese|poland|polish|romania\w*|greece|greek|ireland|irish|netherlands|dutch|belgi\w*|"
                      r"sweden|swedish|finland|finnish|denmark|danish|austria\w*|hungar\w*|czech\w*|slovak\w*|"
                      r"bulgaria\w*|croatia\w*|lithuania\w*|latvia\w*|eston\w*|cyprus|malta|norway|iceland|"
                      r"switzerland|swiss)\b", re.I)
# A teacher who trained outside the UK, named by nationality or by the country they qualified in.
ABROAD_COUNTRIES = (r"australia|canada|the us|the usa|usa|america|the states|new zealand|south africa|india|nigeria|"
                    r"ghana|jamaica|the philippines|zimbabwe|kenya|pakistan|spain|poland|romania|greece|italy|france|"
                    r"germany|portugal|ukraine|hong kong|singapore|ireland|the eu|europe|texas|california|florida|"
                    r"new york|ontario|alberta|british columbia|queensland|new south wales|melbourne|sydney|"
                    r"ohio|illinois|michigan|arizona|colorado|pennsylvania|new jersey|massachusetts|north carolina|"
                    r"minnesota|oregon|utah|indiana|tennessee|missouri|wisconsin|maryland|virginia|quebec|manitoba|"
                    r"nova scotia|tasmania|western australia|south australia|philippines|"
                    r"brisbane|adelaide|auckland|toronto|vancouver|montreal|lagos|abuja|accra|"
                    r"mumbai|delhi|bangalore|chennai|kolkata|johannesburg|cape town|durban|manila|madrid|"
                    r"barcelona|dublin|warsaw|bucharest|athens|rome|lisbon|paris|berlin|kyiv|kiev")
OVERSEAS_QUALIFIED = re.compile(
    # "a French teacher" teaches French: language nationalities count only as "French-trained"
    r"\b(aussie|australian|american|us|canadian|kiwi|new zealand|south african|indian|nigerian|ghanaian|jamaican|"
    r"filipino|zimbabwean|kenyan|pakistani|ukrainian)\s+(trained\s+|qualified\s+)?teacher\b|"
    r"\b(aussie|australian|american|canadian|kiwi|south african|indian|nigerian|ghanaian|jamaican|filipino|spanish|"
    r"polish|romanian|greek|italian|french|german|portuguese|ukrainian|irish|us|eu)[- ](trained|qualified|certified|licensed)\b|"
    r"\b(teacher|teaching)\b[^.?!]{0,10}\b(from|in)\s+(" + ABROAD_COUNTRIES + r")\b|"
    r"\b(qualified|trained|teaching licen[cs]e|licen[cs]ed|teaching degree|teacher training|certified)\b"
    r"[^.?!]{0,25}"
    rf"\b(in|from) ([\w ]{{1,20}}, )?({ABROAD_COUNTRIES})\b", re.I)  # "trained in Perth, Australia"
# Where outside the UK a teacher qualified, for the Apply for QTS list ("trained and taught 6 yrs in the Philippines")
TRAINED_IN_PLACE = re.compile(
    r"\b(qualified|trained|training|teaching licen[cs]e|licen[cs]ed|teaching degree|certified|teacher|teaching|taught)\b"
    rf"[^.?!]{{0,30}}\b(in|from) ([\w ]{{1,20}}, )?(?P<place>{ABROAD_COUNTRIES})\b|"
    r"\b(?P<people>aussie|australian|american|canadian|kiwi|south african|indian|nigerian|ghanaian|jamaican|filipino|"
    r"zimbabwean|kenyan|pakistani|ukrainian|spanish|polish|romanian|greek|italian|portuguese|irish)[- ](trained|qualified|"
    r"certified|licensed|teacher)\b", re.I)
# Cities, states, provinces and nationalities, as the country on the list
PLACE_COUNTRY = {
    **dict.fromkeys(("the us", "the usa", "usa", "america", "the states", "american", "texas", "california", "florida",
                     "new york", "ohio", "illinois", "michigan", "arizona", "colorado", "pennsylvania", "new jersey",
                     "massachusetts", "north carolina", "minnesota", "oregon", "utah", "indiana", "tennessee",
                     "missouri", "wisconsin", "maryland", "virginia"), "usa"),
    **dict.fromkeys(("canadian", "ontario", "alberta", "british columbia", "quebec", "manitoba", "nova scotia",
                     "toronto", "vancouver", "montreal"), "canada"),
    **dict.fromkeys(("aussie", "australian", "queensland", "new south wales", "melbourne", "sydney", "tasmania",
                     "western australia", "south australia", "brisbane", "adelaide"), "australia"),
    **dict.fromkeys(("kiwi", "auckland"), "new zealand"),
    **dict.fromkeys(("nigerian", "lagos", "abuja"), "nigeria"), **dict.fromkeys(("ghanaian", "accra"), "ghana"),
    **dict.fromkeys(("indian", "mumbai", "delhi", "bangalore", "chennai", "kolkata"), "india"),
    **dict.fromkeys(("south african", "johannesburg", "cape town", "durban"), "south africa"),
    **dict.fromkeys(("the philippines", "filipino", "manila"), "philippines"),
    "jamaican": "jamaica", "zimbabwean": "zimbabwe", "kenyan": "kenya", "pakistani": "pakistan",
    **dict.fromkeys(("ukrainian", "kyiv", "kiev"), "ukraine"), **dict.fromkeys(("spanish", "madrid", "barcelona"), "spain"),
    **dict.fromkeys(("irish", "dublin"), "ireland"), **dict.fromkeys(("polish", "warsaw"), "poland"),
    **dict.fromkeys(("romanian", "bucharest"), "romania"), **dict.fromkeys(("greek", "athens"), "greece"),
    **dict.fromkeys(("italian", "rome"), "italy"), **dict.fromkeys(("portuguese", "lisbon"), "portugal"),
    "paris": "france", "berlin": "germany", "the eu": "eea", "europe": "eea",
}


def trained_country(text: str) -> str | None:
    """The country outside the UK where the message says a teacher qualified, as the Apply for QTS list names it."""
    match = TRAINED_IN_PLACE.search(text)
    if not match:
        return None
    place = (match["place"] or match["people"]).lower()
    return PLACE_COUNTRY.get(place, place)


# "what if the candidate has QTLS rather than QTS?": QTLS comes from further education teaching
HOLDS_QTLS = re.compile(r"\b(has|have|holds?|with|got|has got)\s+(a\s+|her\s+|his\s+|my\s+)?qtls\b", re.I)
# an acting head going back ("when she comes back and I'm deputy again"), not "I'm deputy head and acting head"
I_AM_DEPUTY = re.compile(r"\b(i'?m|i am|i'?ll be|i will be)\s+(the\s+)?deputy( head)?\s+again\b|"
                         r"\bback to( being)?\s+(the\s+|a\s+)?deputy\b|\b(i'?ll|i will) be\s+(the\s+)?deputy\b", re.I)
MY_CHILD = re.compile(r"\b(my|our) (little |eldest |youngest |oldest |middle |autistic |\d+[- ]?(year|yr)[- ]?old )?"
                      r"(child|son|daughter|kid|boy|girl|lad|grandson|granddaughter|stepson|stepdaughter|toddler|little one|baby)('?s)?\b|"
                      r"\bmy (children|kids)\b", re.I)  # staff say "our children" of their pupils
# A message about someone else ("she has EYTS, is that ok?", "my colleague is a TA"): the personal details then
# describe that person, not the user.
OTHER_PERSON = re.compile(
    r"\b(she|he)('s| is| has| hasn'?t| had| holds?| was| does| doesn'?t| did| didn'?t| got| only| qualified|"
    r" trained| can| could| would| wants| works)\b|"
    r"\b(my|our|a) (colleague|friend|deputy|partner|wife|husband|member of staff|staff member|co-?worker)\b", re.I)
# Someone named outright ("our SENCO has EYTS", "one candidate is an ECT"): their details, even in a message that
# also says "I'm the head".
NAMED_OTHER = re.compile(
    r"\b(our|the|their|my|a|one|this) (send?co|teacher|nursery teacher|candidate|applicant|deputy|colleague|ta|"
    r"teaching assistant|hlta|member of staff)\s*,?\s+(has|holds|only has|has only|hasn'?t|is|was|isn'?t|doesn'?t|does|"
    r"who)\b|\b(does|do|must|should|can|could|may|is|has) (our|the|their) send?co\b", re.I)
FIRST_SINGULAR = re.compile(r"\b(i|i'?m|im|i'?ve|i'?d|me|myself)\b", re.I)
# The details that belong to a person (not to the school): reset when the talk turns to someone else.
COURSE_SLOTS = ("nasenco_status", "nasenco_started", "nasenco_completed", "npq_start", "prior_senco_months",
                "prior_senco_start", "prior_senco_where")
ANOTHER_PERSONS_POST = re.compile(r"^\W*(and |so |ok )?(what|how) about (my|our|the) (\w+ ){0,2}(deputy|colleague|friend|"
                                  r"teacher|ta|hlta|head|assistant head|partner|new send?co)\b", re.I)
PERSONAL_SLOTS = ("role", "has_qts", "induction_complete", "has_degree", "has_eyts", "qualified_sen_only",
                  "qualified_in", "prior_senco_months", "prior_senco_start", "prior_senco_where", "trained_country")

ASKS_ABOUT_ME = re.compile(r"\b(can|could|may|should|do|am|will) i\b|\bi am an?\b|\bi'?m an?\b", re.I)
# A new person is named by who they are or what they hold; "she does have a degree" adds to the same person.
IDENTITY_SLOTS = ("role", "has_qts", "has_eyts", "qualified_sen_only", "qualified_in")

# Setting words that only narrow things down when nothing more specific is named.
# A parent who is also the SENCO ("I became the SENCO at her school in January 2026") keeps their own date.
SELF_APPOINTED = re.compile(r"\bi('ve| have)?\b[^.?!]{0,30}\b(became|become|was appointed|been appointed|was made|"
                            r"been made|started as|took (on|over))\b", re.I)
# "private" named with a nursery (not a nursery class in a school) is a private nursery
PRIVATE_NURSERY = re.compile(r"^(?!.*\b(school|prep|year \d|reception)\b).*(\b(private|independent)\b[^.?!]{0,25}"
                             r"\b(nursery|nurseries|pre-?school|day ?care|playgroup)\b|\b(nursery|nurseries|pre-?school|"
                             r"day ?care|playgroup)\b[^.?!]{0,25}\b(private|independent)\b)", re.I)
GENERIC_SETTING_WORDS = {"college", "private", "independent", "maintained", "further education", "sixth form"}
# Which date is which: a clause's own words say whether its date is a course start, a course end or an appointment.
CLAUSE_BREAK = re.compile(r"[,;.!?\n]|(?<!\d)\s[-–—]+\s|\s[-–—]+\s(?!\d)|\b(?:but|and|so|because|though|although|while|whereas)\b",
                          re.I)  # a spaced dash breaks a clause, but not "2015 - 2017"
NPQ_WORD = re.compile(r"\bnpq|national professional", re.I)
NO_NASENCO = re.compile(r"\b(haven'?t|have not|never|didn'?t|did not|not)\b[^.?!,]{0,20}\b(started|begun|done|did|do|"
                        r"doing|got|taken|take)\b[^.?!,]{0,10}\b(any |a |the |my )?(nasen\s?co|national award)|"
                        r"\bno nasen\s?co\b|\b(without|minus|lacking) (any |a |the |an? )?(nasen\s?co|national award|senco award)",
                        re.I)
NASENCO_WORD = re.compile(r"\bnasen\s?co|national award|nasen award|senco award", re.I)
COURSE_START = re.compile(r"\b(start|starts|started|starting|begin|began|begun|beginning|enrol\w*|commenc\w*|join\w*|"
                          r"sign(ed)? up|do it from|kick(ed|s)? off)\b", re.I)
COURSE_END = re.compile(r"\b(finish\w*|complet\w*|end|ends|ended|ending|pass\w*|done|submit\w*|(?<!national )award\w*|"
                        r"hand\w*[- ]in|final (submission|assignment|portfolio|deadline)|be over|"
                        # "what if it slips to October 2027?": a later end
                        r"slips?|slipp\w*|(pushed|put|moved) back|delayed|overrun\w*|runs? (on|over)|extended|"
                        # "I failed a module and the resubmission board isn't until October 2027"
                        r"resubmi\w*|resits?|re-?sit\w*|(exam|assessment|award|resubmission) board|"
                        # "got my NASENCo in 2021": had it awarded (not "got onto the course")
                        r"(got|gained|achieved|obtained|earned)(?! (on|onto|into|in on|a place)\b))\b", re.I)
CORRECTION = re.compile(r"\b(got (that|it) wrong|i meant|meant to say|sorry,? it was|actually it was|correction|"
                        r"typo|my mistake|wrong date|it was actually)\b|"
                        r"^\W*(no,? wait|wait,? no|oh,? wait|oops|whoops|sorry,? no|no,? sorry|no,? actually)\b", re.I)
# Saying you are the SENCO now: a bare "I started in June 2025" then means in the post.
IS_SENCO = re.compile(r"\b(i'?m|i am|im|i'?ve been|i have been)\s+(the\s+|a\s+|our\s+|now\s+)?(new\s+|acting\s+|interim\s+)?"
                      r"(school'?s\s+)?send?co\b|"
                      r"^\W*new send?co here\b|"
                      # "I'm on a 2 year fixed-term contract as SENCO at an academy, started this September"
                      r"\b(contract|post|role|job|position|here)\s+as\s+(the\s+|a\s+)?send?co\b", re.I)
# "she'd start on 4 January 2027, it's her first SENCO post": the start named is the post's
SENCO_POST = re.compile(r"\b(my|her|his|their|a|the|this|first|new)\s+(first\s+|new\s+)?send?co\s+(post|role|job|position|"
                        r"appointment)\b", re.I)
NOT_THIS_DATE = re.compile(r"\b(not|instead of|rather than)\s*(in\s+|on\s+)?$", re.I)
PAST_END = re.compile(r"\b(finished|completed|passed|did|got|gained|achieved|was awarded)\b", re.I)
RULE_DATE = re.compile(r"^\s*((nasen\s?co|npq)\s+(cut[- ]?off|deadline|rule|changeover|switch(over)?)|cut[- ]?off|"
                       r"changeover|switchover)\b", re.I)
DEADLINE_BELIEF = re.compile(r"\b(ha(ve|d)|got|given)( got)? (un)?til+l?\b[^.?!]{0,5}$|\bdeadline (is|was|of)\s*$", re.I)
# Moving school ("moving to one in January") is not becoming SENCO.
MOVING_TO = re.compile(r"\b(mov(e|es|ed|ing)|relocat\w*|going|heading|transferr?\w*) (back |up |down |over )?to\b", re.I)
MOVING = re.compile(r"\b(mov(e|es|ed|ing)|relocat\w*|transfer\w*)\b", re.I)
# A SENCO moving to another school's SENCO post: they become SENCO there anew, with earlier service behind them.
MOVING_AS_SENCO = re.compile(
    r"\b(mov\w+|switch\w*|transfer\w*|go|went)\b[^.?!]{0,30}\b(school|academy|job|post)\b[^.?!]{0,25}\bas (the |a )?"
    r"send?co\b|\bsend?co (job |post |role )?(at|in) (another|a different|a new|my new) (school|academy)\b", re.I)
NEW_SENCO_POST = re.compile(r"\b(moving|move|going|transferring|switching|due) to (be|become) (the )?send?co\b[^.?!]{0,20}"
                            r"\b(at|in|of) (our|the|a|another|a different|her|his|my) (other|new|different|sister)?\s*"
                            r"(school|academy|site)\b|\bsend?co (job |post |role )?(at|in) (our|the) other (school|academy)\b",
                            re.I)
NEVER_BEFORE = re.compile(r"\b(never|not)\b( been| served| worked)?( as)? (an? |the )?send?co (before|previously)\b", re.I)
_MONTH_WORD = r"(?:(?P<{}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
YEAR_RANGE = re.compile(r"\b" + _MONTH_WORD.format("m1") + r"(?P<y1>(19|20)\d\d)\s*(to|-|–|until|till)\s*"
                        + _MONTH_WORD.format("m2") + r"(?P<y2>(19|20)\d\d)\b", re.I)
FURTHEST_PLAN_YEARS = 5  # an appointment further ahead than this is asked back, not worked from
FUTURE = re.compile(r"\b(will|'ll|won'?t|going to|expect\w*|due to|should|hope to|plan\w* to|if i|when i|"
                    r"(asked|invited|approached) to|offered|"
                    # "ok so if she became SENCO in September 2027 instead": a date supposed, not a past one
                    r"if (she|he|they|we) (became|become|becomes|start\w*|took|takes|(was|were|is|are|got) "
                    r"(appointed|made)))\b", re.I)
WORKS_IN = re.compile(r"\b(teach|teaching|work|working|based|employed|live|living)\s+(in|at)\b", re.I)
PAST_APPOINTMENT = re.compile(
    r"^\W*appointed\b|"  # "appointed 2062", as a bare answer
    r"\b(became|was appointed|been appointed|got appointed|was made|got made|been made|took (on|over)|started as|"
    r"have been|i'?ve been|"
    r"since|got the (send?co )?(job|role|post)|joined as|took up|"
    r"(started|began) (in |into )?(the |my |this )?(role|post|job)|took (the|this) (role|post|job))\b", re.I)
# Earlier SENCO service somewhere else (reg 49(4)'s "more than twelve months" limb).
PRIOR_SERVICE = re.compile(
    r"(?<!never )(?<!not )(?<!n't )\b(was|been|worked as|served as|acted as|used to be)\s+(an?\s+|the\s+)?send?co\b[^.?!]*?"
    r"\b(before|previously|last school|previous school|old school|other school|another school|former school|"
    r"in my last|at my last)\b|\b(previous(ly)?|earlier|prior|former)\s+send?co\b|"
    r"\bsend?co\s+(before(?!\s+(then|that|the|my|it|i|you|we|they|this|next|\d))|previously)\b|"  # not "step down as SENCO before then"
    # "I was SENCO at a junior school from 2004 to 2008"
    r"\bi (was|'ve been|have been|used to be) (an? |the |our |my )?(\w+'s )?send?co\b[^.?!]{0,60}\b(19|20)\d\d\s*(to|-|–|until|till)\s*"
    r"([a-z]+\.?\s+)?(19|20)\d\d\b|\bsend?co\s+(at|in)\s+(my\s+)?(last|previous|old|other|former|another)\b|"
    # "SENCO at a primary 2005-2010, class teacher since": a past span of service, said without "I was"
    r"^\W*(ex-?|former |previously )?send?co\b[^.?!]{0,40}\b(19|20)\d\d\s*(to|-|–|until|till)\s*(19|20)\d\d\b|"
    r"\b(be|become|becoming|work as|start as)\s+(a\s+|the\s+)?send?co\s+again\b|"
    # "I covered as acting SENCO for about 6 months at my last school"
    r"\b(covered|stood in|stepped in|filled in|acted|was acting|was interim)\b[^.?!]{0,20}\bsend?co\b[^.?!]{0,40}"
    r"\b(last|previous|old|other|former|another) ([\w-]+ )?(school|academy|job|post|primary|secondary)\b|"
    # "before this job I did two years as SENCO somewhere else"
    r"\bi('ve| have)?\b[^.?!]{0,20}\b(was|did|done|spent|been|worked|served)\b[^.?!]{0,25}\bsend?co\b[^.?!]{0,25}\b(somewhere else|elsewhere|at (another|a different|a previous|an?other) (school|academy)|"
    r"in (another|a different|a previous|my last|my old|my previous) (school|academy|job|post))\b",
    re.I,
)
DURATION = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+"
                      r"(?P<unit>years?|months?|terms?)\b", re.I)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}
NO_DEGREE = re.compile(
    r"\b(no|not got an?|don'?t have an?|do not have an?|haven'?t got an?|without an?|never (got|did|went to)( an?)?|"
    r"not a)\s+(full\s+|proper\s+|bachelor'?s\s+|honours\s+)?(university\s+|uni\s+)?(degree|graduate|uni(versity)?)\b|"
    r"\bnon[- ]graduate\b|\bonly (have |got )?an? (foundation degree|fd|hnd|hnc)\b|"
    r"\b(with|have|got|hold|holding|did|done) an? (foundation degree|fda?|hnd|hnc)\b|"
    r"\bdidn'?t go to uni(versity)?\b|"
    r"\b(hasn'?t got|has not got|doesn'?t have|does not have|has no|hasn'?t) (an? |any )?(university )?degree\b|"
    # "a way to teach without going to uni first?", "straight from sixth form": no degree yet
    r"\b(without|instead of|rather than|skip\w*|not) (going to |doing |attending )?(a |an )?(uni|university)( degree)?\b|"
    r"\bnever been to uni(versity)?\b|\bstraight (from|after) (school|sixth form|college|a[- ]?levels)\b", re.I)
HAS_DEGREE = re.compile(
    r"\b(i have|i do have|i'?ve got|i hold|i got|with|got|i did|i completed|i finished|i'?ve done|i earned)\s+an?\s+([\w-]+\s+){0,2}"
    r"degree\b|\bi'?m an? graduate\b|\b(she|he|they)( does| do)? (has|have|holds?|got)\s+an?\s+([\w-]+\s+){0,2}degree\b|"
    r"\bi (graduated|have a bachelor)|\b(my|a|an) (history|english|maths|math|science|psychology|biology|chemistry|"
    r"physics|geography|music|art|law|business|sociology|education|languages?) degree\b", re.I)


def date_slot(value: KnownDate) -> str:
    """Dates travel in slots as text: 2025-04 when only the month is known, 2025-04-01 when the day is, 2025 when
    only the year is."""
    if value.year_only:
        return str(value.on.year)
    return value.on.isoformat() if value.day_known else value.on.strftime("%Y-%m")


def parse_date_slot(value: Any) -> KnownDate | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value):
        return None
    if len(value) == 4:
        return KnownDate(dt.date(int(value), 1, 1), False, year_only=True)
    if len(value) == 7:
        return KnownDate(dt.date.fromisoformat(value + "-01"), False)
    return KnownDate(dt.date.fromisoformat(value))


def yes_or_no(text: str, intent: str | None = None) -> bool | None:
    if intent == "affirm" or YES.search(text):
        return True
    if intent == "deny" or NO.search(text):
        return False
    return None


def looks_like_question(text: str) -> bool:
    return text.strip().endswith("?") or bool(QUESTION_WORDS.search(text))


NPQ_TOPICS = ("npq_course_dates", "ask_npq_cohorts", "ask_npq_registration", "assessment_window", "study_time",
              "npq_involves")


def course_in_context(last_topic: str | None, nasenco_status: str | None) -> str | None:
    """The course the conversation is about, so "it" in "I'll finish it in 2028" has a name."""
    if last_topic and (last_topic.startswith("faq/npq") or last_topic in NPQ_TOPICS):
        return "npq"
    if last_topic in ("ask_which_qualification", "faq/nasenco_what", "faq/exemptions", "faq/reforms") or (
            nasenco_status in ("started", "completed") and last_topic == "ask_deadline"):
        return "nasenco"  # only a NASENCo's dates change that answer
    return None


OTHER_PERSON_WITH_QTS = re.compile(r"^\W*(and |so |ok |okay )?(what|how) about (my|our|the|a|an) [^?.]{0,30}?\b(she|he|"
                                   r"they)\s*('s got|'s|has got|has|have got|have|holds?|is|are) (qts|qualified teacher "
                                   r"status|a qualified teacher|qualified)\b", re.I)
MAT_LEAVE = re.compile(r"\bmat leave\b", re.I)  # maternity leave, not a multi-academy trust
TO_WORK_IN_ENGLAND = re.compile(r"\b(to |and )?(work|teach|be a send?co)\w* (here )?in england\b", re.I)


def read_message(
    text: str,
    entities: Iterable[dict],
    intent: str | None,
    requested_slot: str | None,
    today: dt.date,
    course: str | None = None,
    date_asked_about: str | None = None,
    date_on_record: str | None = None,
) -> dict[str, Any]:
    """Slot values this message gives. Only what it clearly says: a value missing here keeps its old slot value.
    `date_asked_about` is the date problem we last asked about ("31st feb 2025 is not a real date"): a correction
    without a year ("oops, 28th feb") takes that date's year. `date_on_record` is the appointment date already
    known: "sorry, I meant 2023" after "September 2024" keeps September."""
    text = text or ""
    found: dict[str, Any] = {}
    values = _entity_values(entities)
    trained_in = trained_in_nation(text)
    if trained_in:
        found["qualified_in"] = trained_in
    work_nations = [n for n in values.get("nation", []) if n != trained_in]
    if trained_in and not work_nations and trained_in in values.get("nation", []) and WORKS_IN.search(text):
        work_nations = [trained_in]  # "GTCS registered and teach in Edinburgh": trained and working there
    if len(set(work_nations)) > 1 and re.search(r"\benglish\b", text, re.I):
        work_nations = [n for n in work_nations if n != "england"]  # "my English QTS ... in Glasgow": works there
    if len(set(work_nations)) > 1 and (move := MOVING_TO.search(text)):
        # "QTS from England and I'm moving to Glasgow": where they are going is where the rules will apply
        going = [e for e in entities or [] if e.get("entity") == "nation"
                 and text.lower().find(str(e.get("value", "")).lower(), move.start()) >= 0]
        if going and (nation := canonical("nation", str(going[0].get("value", "")))):
            work_nations = [nation]
    if len(set(work_nations)) > 1 and "england" in work_nations and TO_WORK_IN_ENGLAND.search(text):
        work_nations = ["england"]  # "teachers from Scotland or NI: how do they get QTS to work in England?"
    if work_nations:
        found["nation"] = work_nations[0]
    if settings := [e for e in entities or [] if e.get("entity") == "setting_type"
                    and canonical("setting_type", str(e.get("value", ""))) and not _negated_mention(text, e)
                    and not (str(e.get("value", "")).lower() == "mat" and MAT_LEAVE.search(text))
                    and not _left_behind(text, e)]:
        if len(settings) > 1 and (own := [e for e in settings if not _compared_with(text, e)]):
            settings = own
        # The most specific name wins: "private day nursery" is a nursery, not a private school; "16-19 college"
        # is a 16-19 setting, not any college.
        specific = max(settings, key=lambda e: (str(e.get("value", "")).lower() not in GENERIC_SETTING_WORDS,
                                                 len(str(e.get("value", "")))))
        found["setting_type"] = canonical("setting_type", str(specific["value"]))
        if found["setting_type"] == "independent_school" and PRIVATE_NURSERY.search(text):
            found["setting_type"] = "early_years_pvi"  # "my daughter's nursery is a private one": not a school
        if (move := re.search(r"\bfrom\b.{0,60}?\bto (a |an |the |our )?", text, re.I)) and len(settings) > 1:
            # "moving from an FE college to a secondary academy": the school they are going to
            after = [e for e in settings if text.lower().find(str(e.get("value", "")).lower(), move.end() - 1) >= 0]
            if after:
                found["setting_type"] = canonical("setting_type", str(after[0]["value"]))
    _read_role(text, values.get("role", []), requested_slot, found)
    if found.get("role") == "teacher" and "qualified_in" not in found and found.get("nation") in OTHER_UK_NATIONS \
            and not re.search(r"\b(english|england)\b", text, re.I):
        # "I'm a teacher in Glasgow": a teacher there is registered there, so most likely trained there (shown to
        # the user in "I used what you told me", so a wrong guess is corrected)
        found["qualified_in"] = found["nation"]
    if HOLDS_QTLS.search(text) and found.get("role") in (None, "teacher"):
        found["role"] = "fe_teacher"  # "what if the candidate has QTLS rather than QTS?": QTLS comes from FE teaching
    if I_AM_DEPUTY.search(text) and found.get("role") in (None, "headteacher"):
        found["role"] = "teacher"  # an acting head: "and when she comes back and I'm deputy again?"
    if found.get("role") in (None, "teacher", "unqualified_teacher") and OVERSEAS_QUALIFIED.search(text):
        found["role"] = "overseas_teacher"
    if (OVERSEAS_QUALIFIED.search(text) or found.get("role") == "overseas_teacher") and (country := trained_country(text)):
        found["trained_country"] = country
    if "role" not in found and MY_CHILD.search(text):
        found["role"] = "parent"  # "my little boy has ADHD": a parent, however they name their child
    _read_qualifications(text, values.get("qualification", []), intent, requested_slot, found)
    if found.get("role") in ("teaching_assistant", "career_changer", "early_years_practitioner") \
            and "has_qts" not in found and ANOTHER_WITHOUT_QTS.search(text):
        found["has_qts"] = None  # "what if it was my TA instead?" after "I've had QTS since 2016": not the user's QTS
    if course == "nasenco" and "nasenco_status" not in found and NEVER_FINISHED.search(text):
        # "wait, I never finished it - I stopped before the final assignment", in a NASENCo conversation: not held
        found["nasenco_status"], found["nasenco_completed"] = "started", None
    if OTHER_PERSON_WITH_QTS.search(text):
        # "what about our deputy head, she has QTS?": the answer is now for a qualified teacher
        found["has_qts"] = True
        if found.get("role") in (None, "teacher", "teaching_assistant", "hlta", "unqualified_teacher"):
            found["role"] = "teacher"
    if "qtls" in [q.lower() for q in values.get("qualification", [])] and found.get("has_qts") \
            and found.get("role") in (None, "teacher"):
        found["role"] = "fe_teacher"  # QTLS comes from further education teaching ("a teacher with QTLS" too)
    _read_dates(day_only_correction(text, date_asked_about) or text, values.get("qualification", []), intent,
                requested_slot, today, found, course,
                year_of(date_asked_about, today), asked_back=bool(date_asked_about),
                earlier_date=_date_in(date_asked_about, today) or _month_on_record(date_on_record))
    if found.get("role") == "parent" and not SELF_APPOINTED.search(text):
        found.pop("appointment_date", None)  # "my daughter's school got a new SENCO in September": not the user's date
    if date_asked_about and "date_to_check" not in found and any(
            slot in found for slot in ("appointment_date", "npq_start", "nasenco_started", "nasenco_completed")):
        found["date_to_check"] = None  # the date we asked about is settled
    if requested_slot == "induction_complete" and (answer := yes_or_no(text, intent)) is not None:
        found["induction_complete"] = answer
    elif "induction_complete" not in found:
        _read_induction(_statements(text), found)
    if "npq_start" not in found and NEXT_YEARS_COHORT.search(text) and not NASENCO_WORD.search(text):
        cohort = next(c for c in upcoming_cohorts(today, 3) if c.starts.year > today.year)
        found["npq_start"] = f"{cohort.starts.year}-{cohort.starts.month:02d}"
    elif "npq_start" not in found and THIS_COHORT.search(text) and not NASENCO_WORD.search(text):
        cohort = upcoming_cohorts(today, 1, include_this_month=True)[0]  # "this november's cohort"
        found["npq_start"] = f"{cohort.starts.year}-{cohort.starts.month:02d}"
    if NO_DEGREE.search(text):
        found["has_degree"] = False
    elif HAS_DEGREE.search(text):
        found["has_degree"] = True
    if where := earlier_service_setting(text, found):
        # "I've been SENCO at the indie for 5 years - surely that covers the 12-months thing?": where the earlier
        # service was (only a relevant school counts), not where they work now
        found["prior_senco_where"] = where
        if found.get("setting_type") == where:
            del found["setting_type"]
    if (months := prior_service_months(text)) is not None:
        found["prior_senco_months"] = months
        if months > 0 and (span := YEAR_RANGE.search(text)):
            found["prior_senco_start"] = (f"{span['y1']}-{MONTHS[span['m1'].lower()]:02d}" if span["m1"]
                                          else span["y1"])  # "from 2006 to 2012": the year is all we know
    elif MOVING_AS_SENCO.search(text) and FIRST_PERSON.search(text):
        # "What if I move to a different school as SENCO?": a new appointment there, after earlier SENCO service
        found["prior_senco_months"] = -1.0
        if "appointment_date" not in found:
            found["appointment_date"] = "not_yet"
    if "prior_senco_months" not in found and (new_post := parse_date_slot(found.get("appointment_date"))) \
            and (held := parse_date_slot(date_on_record)) and held.on < new_post.on and NEW_SENCO_POST.search(text):
        # "she's moving to be SENCO at our other school from January", after "in post since 2007": the new post
        # follows earlier SENCO service (which may change the duty: the answer says to take advice)
        found["prior_senco_months"] = float((new_post.on.year - held.on.year) * 12 + new_post.on.month - held.on.month)
        if held.year_only:
            found["prior_senco_start"] = str(held.on.year)
    if HOLDS_EYTS.search(text) and not HOLDS_QTS_EXPLICITLY.search(text) and not NO_EYTS.search(text):
        found["has_eyts"] = True
        found.setdefault("has_qts", False)
    if SEN_ONLY.search(text) and QUALIFIED_WORD.search(text) and (
            EUROPEAN.search(text) or found.get("role") == "overseas_teacher"):
        found["qualified_sen_only"] = True
    if (NAMED_OTHER.search(text) and not ASKS_ABOUT_ME.search(text)
            or OTHER_PERSON.search(text) and not FIRST_SINGULAR.search(text)) and any(
            slot in found for slot in IDENTITY_SLOTS):
        # Someone else's details: what we knew of the user's own person no longer applies to this question.
        if NAMED_OTHER.search(text) and found.get("role") == "headteacher" and not _role_of_other(text):
            found.pop("role")  # "I'm head of a nursery. Our SENCO has EYTS": the head is the one asking
            others = [r for r in values.get("role", []) if r not in ("headteacher", "teacher")]
            if others:
                found["role"] = others[0]  # "our HLTA, who doesn't have QTS": the HLTA's role, not the head's
        for slot in PERSONAL_SLOTS:
            found.setdefault(slot, None)  # unknown for the other person (not "other": that is a role of its own)
    if ANOTHER_PERSONS_POST.search(text) and "appointment_date" in found:
        # "what about my deputy? she takes over in January 2027": her post, so the user's own course is not hers
        for slot in COURSE_SLOTS:
            found.setdefault(slot, None)
    return found


def _role_of_other(text: str) -> bool:
    """Whether the person named outright is themselves described as the head ("our deputy is acting head")."""
    return bool(re.search(r"\b(is|as) (the )?(acting |interim )?(head|headteacher|head teacher|principal)\b", text, re.I)
                or HEAD_ASKED_ABOUT.search(text))  # "Our head doesn't have QTS: can she be our SENCO?"


def prior_service_months(text: str) -> float | None:
    """Months of earlier SENCO service the message mentions; -1 when it mentions some without saying how long."""
    match = PRIOR_SERVICE.search(text)
    if not match or NEVER_BEFORE.search(text):
        return None
    if span := YEAR_RANGE.search(text):  # "SENCO at my old school 2015-2017", "from Sept 2022 to Aug 2024"
        # (before any duration: "do I get a fresh 3 years?" is not how long they served)
        start = int(span["y1"]) * 12 + MONTHS[(span["m1"] or "sep").lower()]
        end = int(span["y2"]) * 12 + MONTHS[(span["m2"] or "sep").lower()]
        return float(max(0, end - start))
    duration = DURATION.search(text)
    if not duration:
        return -1.0
    n = duration["n"].lower()
    count = NUMBER_WORDS.get(n) or int(n)
    unit = duration["unit"].lower()
    return float(count * (12 if unit.startswith("year") else 4 if unit.startswith("term") else 1))


def _entity_values(entities: Iterable[dict]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for entity in entities or []:
        label = entity.get("entity")
        value = canonical(label, str(entity.get("value", ""))) if label else None
        if value is not None:
            values.setdefault(label, []).append(value)
    return values


# "is there a way to train as a teacher?": a goal, not the user's role
BECOMING_A_TEACHER = re.compile(r"\b(train(ing)?|qualify(ing)?|retrain(ing)?|study(ing)?) (as|to be(come)?) an? teacher\b|"
                                r"\b(become|becoming|be) an? (qualified )?teacher\b", re.I)


CAREER_CHANGE = re.compile(r"\b(stuck in an? |i work in an? |i'?m in an? )(office|admin|retail|finance|marketing|sales|"
                           r"hr|it|banking|accounting|corporate) (job|role|career)\b|\b(i|i'?m|im|and|but|currently)\b[^.?!]{0,12}\b(work|working) "
                           r"in (marketing|retail|finance|sales|hr|banking|accounting|insurance|law|nursing|the nhs|"
                           r"hospitality|engineering|it|tech|admin|an office)\b|\b(move|moving|switch|switching|get|getting|come|coming) "
                           r"(in)?to teaching\b|\bretrain(ing)? (as|to be) a teacher\b|\b(not|never been) a teacher\b|"
                           r"\bcareer[- ]chang(e|er|ing)\b|\bchang(e|ing) (my )?careers?\b", re.I)


# Office jobs inside schools: "I work in HR for a multi-academy trust", "school business manager here"
SCHOOL_OFFICE_JOB = re.compile(r"\b(work|working|i'?m|i am|im)\b[^.?!]{0,6}\b(in )?(hr|human resources|admin|finance|payroll|"
                               r"the (school )?office)\b[^.?!]{0,6}\b(for|at|in) (a |an |the |our |my |one )?[^.?!]{0,25}"
                               r"\b(schools?|trusts?|academ\w*|mat|nurser\w*|colleges?|council|local authority)\b|"
                               r"\b((school )?business manager|bursar|hr (manager|officer|lead|adviser|advisor|team|director))\b",
                               re.I)
# "My head wants me to be the SENDCo": the user's headteacher, not the user.
MY_HEAD_ASKS = re.compile(r"\b(my|our|the) (head|headteacher|head teacher|principal|headmaster|headmistress)\b"
                          r"(?! of)\s+(has |had |is |just )?(wants?|asked|asking|says?|said|would like|suggested|told|"
                          r"mentioned|reckons|thinks|offered)\b[^.?!]{0,20}\b(me|i)\b", re.I)
# "my head says there's no TLR": someone else's head, so the user is not one (whatever follows)
THEIR_HEAD = re.compile(r"\b(my|our) (acting |interim |executive |new )?(head|headteacher|head teacher|principal|headmaster|"
                        r"headmistress)\b(?!\s+of\b)|"
                        r"\b(head|headteacher|head teacher|principal)(\s+(has |had |is |just )?|['’]s\s+)(wants?|asked|asking|says?|said|"
                        r"told|thinks|reckons|offered|suggested|would like)\b", re.I)  # "head wants me as sendco"
# "what about our acting head?": the head is who the question is about, so the answer is the head's
HEAD_ASKED_ABOUT = re.compile(r"^\W*(and |so |ok |okay )?(what about|how about|what if|and if|if|and|could|can|may|would|is) "
                              r"(my|our|the) "
                              r"(acting |interim |executive |new )?(head|headteacher|head teacher|principal)\b"
                              r"(?!\s+(wants?|says?|said|asked|asking|told|thinks|reckons))|"
                              # "Our head doesn't have QTS ... can she be our SENCO?": the head is the one asked about
                              r"^\W*(my|our|the) (acting |interim |executive |new )?(head|headteacher|head teacher|"
                              r"principal) (doesn'?t|does not|hasn'?t|has not|has|is|isn'?t|was)\b", re.I)
# "One of our heads has offered to be SENCO too": whether the head may is the question
HEAD_OFFERS = re.compile(r"\b(one of )?(our|my|the|a) (acting |interim |executive |new )?(heads|head|headteacher|head teacher|"
                         r"principal)s?\b[^.?!]{0,20}"
                         r"\b(offered|wants?|plans?|is (going|planning)|would like|has agreed|volunteered|proposes?)\b"
                         r"\s+(also |now )?to (be|become|act as|take on|cover|double as|also be)\b[^.?!]{0,15}\bsend?co\b",
                         re.I)
I_AM_HEAD = re.compile(r"\b(i'?m|i am|im|as) (the |a |an )?(acting |interim |executive |new )?(head|headteacher|"
                       r"head teacher|principal)\b|"
                       r"(?<!my )(?<!our )(?<!the )(?<!your )\b(acting|interim) (head|headteacher|head teacher|principal)"
                       r"\b(?! (is|has|was|says|said|wants|asked|told|thinks))", re.I)  # "... and currently acting head"


OTHER_UK_NATIONS = ("wales", "scotland", "northern_ireland")


# "A parent complaint says our SENCO is not qualified": parents named, not the user being one
OTHER_PARENTS = re.compile(r"\b(a|the|one|some|several|our|many|other) (parent|parents|mum|mums|dad|dads|carer|carers)\b|"
                           r"\bparents?'? (complaint|complained|say|said|says|told|asked|are|have)\b", re.I)
I_AM_A_PARENT = re.compile(r"\b(i'?m|i am|im|as) (a |the |an? )?(\w+ )?(parent|mum|dad|mother|father|carer|single parent)\b|"
                           r"^\W*(parent|mum|dad|carer) here\b|^\W*(parent|mum|dad)\b", re.I)


ECT_MENTOR = re.compile(r"\b(ect|nqt|early career teacher)s?\s+(mentor|lead|tutor|co-?ordinator|induction tutor)\b|"
                        r"\bmentor(ing|ed)? (for |to |of )?(an? |our |the |two |several )?(ects?|nqts?|early career teachers?)\b",
                        re.I)
# "shouldn't it be a proper teacher?": what the SENCO should be, not the user's job
SHOULD_BE_A_TEACHER = re.compile(r"\b(should|shouldn'?t|shouldnt|have to|has to|must|need to|needs to|meant to|supposed to)"
                                 r" (it |they |he |she |the send?co )?(be|have) (a |an )?(proper |qualified |real |actual )?"
                                 r"teacher\b", re.I)


def _read_role(text: str, roles: list[str], requested_slot: str | None, found: dict[str, Any]) -> None:
    if "early_career_teacher" in roles and ECT_MENTOR.search(text):
        roles = [role for role in roles if role != "early_career_teacher"]  # "I've been an ECT mentor": not an ECT
    if "parent" in roles and OTHER_PARENTS.search(text) and not I_AM_A_PARENT.search(text) \
            and not MY_CHILD.search(text):
        roles = [role for role in roles if role != "parent"]
    if "headteacher" in roles and (MY_HEAD_ASKS.search(text) or THEIR_HEAD.search(text)) \
            and not I_AM_HEAD.search(text) and not HEAD_ASKED_ABOUT.search(text):
        roles = [role for role in roles if role != "headteacher"]
    if HEAD_OFFERS.search(text):
        found["role"] = "headteacher"  # "one of our heads has offered to be SENCO too": the head is asked about
        return
    if not roles and SCHOOL_OFFICE_JOB.search(text):
        # "I work in HR for a multi-academy trust": school staff, not a career changer. No role is kept: they
        # usually ask for someone else ("is it funded for our teachers?"), so their own eligibility is not the point.
        return
    if not roles and CAREER_CHANGE.search(text):
        found["role"] = "career_changer"  # "stuck in an office job ... where would someone like me begin?"
    if not roles:
        return
    specific = [r for r in roles if r != "teacher"]
    if len(specific) > 1 and "unqualified_teacher" in specific:
        specific.remove("unqualified_teacher")  # "I'm an HLTA ... without QTS": the job named, not the descriptor
    if len(specific) > 1 and "overseas_teacher" in specific and "teaching_assistant" in specific \
            and not OVERSEAS_QUALIFIED.search(text):
        # "a degree from the Philippines and I'm a TA in Croydon": the job they do now, not where they studied
        # (but "a qualified teacher from Nigeria, working as a cover supervisor" is a teacher trained abroad)
        specific.remove("overseas_teacher")
    if specific:
        found["role"] = specific[0]
    elif requested_slot == "role" or SELF.search(text) and not BECOMING_A_TEACHER.search(text) \
            and not SHOULD_BE_A_TEACHER.search(text):
        # "teacher" alone is often the subject of a general question ("do you have to be a teacher?"):
        # only take it as the user's own role when they say so.
        found["role"] = "teacher"
    if found.get("role") == "unqualified_teacher":
        found["has_qts"] = False
    if found.get("role") == "early_career_teacher":
        found["has_qts"], found["induction_complete"] = True, False


def _read_qualifications(text: str, quals: list[str], intent: str | None, requested_slot: str | None,
                         found: dict[str, Any]) -> None:
    if requested_slot == "has_qts" and "has_qts" not in found:
        if "qts" in quals or "qtls" in quals or "qualified teacher" in text.lower():
            found["has_qts"] = not NEGATION.search(text)
        elif (answer := yes_or_no(text, intent)) is not None:
            found["has_qts"] = answer
    elif LACKS_QTS.search(text):
        found["has_qts"] = False
    elif (holds := HOLDS_QTS.search(text)) and SELF.search(text) and not (
            found.get("role") == "overseas_teacher" and not HOLDS_QTS_EXPLICITLY.search(text)):
        # "a qualified teacher from Nigeria" is qualified abroad, not a holder of English QTS
        # "I don't have QTS" / "I have QTS" / "I'm a qualified teacher at an academy, when must I ..."
        # Only a negation in the same clause counts: "I'm not employed by one school, but I am a qualified teacher"
        found["has_qts"] = not NEGATION.search(_clause_around(text, holds.start(), holds.end()))
    if requested_slot == "nasenco_status":
        answer = yes_or_no(text, intent)
        if "nasenco" not in quals and answer is False:
            found["nasenco_status"] = "none"
        elif status := _nasenco_status(text) or ("started" if answer else None):
            found["nasenco_status"] = status
    elif "nasenco" in quals and (SELF.search(text) or FIRST_PERSON.search(text) or THIRD_PERSON.search(text)):
        if status := _nasenco_status(text):
            found["nasenco_status"] = status


def _nasenco_status(text: str) -> str | None:
    """"I haven't finished it" -> started; "I've got it" -> completed; "I'm doing it" -> started."""
    if WANTS_TO_START.search(text):
        return None  # "can I still sign up for a NASENCo?": no course of theirs yet
    if NOT_FINISHED.search(text) or COURSE_UNDER_WAY.search(text):
        return "started"
    if NASENCO_DONE.search(_statements(text)) and not NEGATION.search(text):
        return "completed"  # not "when does it need to be finished?": a question about finishing is no statement
    clauses = [_clause_around(text, m.start(), m.end()) for m in NASENCO_STARTED.finditer(text)]
    if clauses:
        # the clause that names the NASENCo decides ("I never started the NASENCo because ..."); "began for me in
        # January 2025" is started, whatever "isn't" says elsewhere in the message
        clause = next((c for c in clauses if NASENCO_WORD.search(c)), clauses[0])
        return "none" if NEGATION.search(clause) else "started"
    return None


# "did my NASENCo in 2019" and "have finished it" are statements in chat, so "did" and "have" do not start one.
QUESTION_CLAUSE = re.compile(r"^\s*(by )?(when|how|what|which|who|why|where|does|do|will|would|should|can|could|is|are|"
                             r"must)\b|\b(must|needs? to|has to|have to|should) (it |i |we )?(be )?(finish|complet)", re.I)


# "I finish induction in July 2027" / "she's completed her induction": said, not asked ("must they have finished
# induction?" is a question clause, so it is not read)
INDUCTION_DONE = re.compile(r"\b(finished|completed|passed|done|through)\s+(my |her |his |their |the )?(statutory |ect )?"
                            r"induction\b|\binduction (is |was |has been )?(finished|completed|done|over)\b", re.I)
INDUCTION_AHEAD = re.compile(r"\b(finish|finishing|finishes|complete|completing|completes|end|ending|ends)\s+(my |her |his |"
                             r"their |the )?(statutory |ect )?induction\b|\binduction (ends|finishes|will (end|finish)|is "
                             r"due to (end|finish))\b|\b(still|currently) (in|on|doing) (my |her |his |their )?induction\b",
                             re.I)


def _read_induction(statements: str, found: dict[str, Any]) -> None:
    if INDUCTION_DONE.search(statements):
        found["induction_complete"] = not NEGATION.search(statements)
    elif INDUCTION_AHEAD.search(statements):
        found["induction_complete"] = False
    else:
        return
    found.setdefault("has_qts", True)  # induction comes after QTS


def _statements(text: str) -> str:
    """The message without its question clauses: what the user says, not what they ask."""
    return " | ".join(part for part in re.split(r"[,;.!?\n]|\s[-–—]+\s|\bif\b", text) if not QUESTION_CLAUSE.search(part))


def year_of(text: str | None, today: dt.date) -> int | None:
    """The year in a date we asked about, if it has one ("31st feb this year": this year)."""
    match = re.search(r"\b(19|20)\d\d\b", text or "")
    if match:
        return int(match.group(0))
    said = next((words for words in YEAR_WORDS if words in (text or "").lower()), None)
    return today.year + YEAR_WORDS[said] if said else None


def _date_in(text: str | None, today: dt.date) -> KnownDate | None:
    """The date in what we asked back about ("1 March 2027 is in the future, ..."), if it has a month."""
    if not text:
        return None  # nothing asked back (most messages): no date reading to do
    mentions = [m for m in date_mentions(text, today) if m.when and not m.when.year_only]
    return mentions[0].when if mentions else None


# "oops - the 20th", after we asked about "30 February 2025": that day of the month and year we asked about
DAY_ONLY = re.compile(r"^\W*([a-z']+\W+){0,4}?(the )?(?P<day>\d{1,2})(st|nd|rd|th)?( of the month)?\W*$", re.I)
MONTH_YEAR = re.compile(r"\b(?P<month>jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|"
                        r"dec\w*)\s+(?P<year>(19|20)\d\d)\b", re.I)


def day_only_correction(text: str, date_asked_about: str | None) -> str | None:
    """The corrected date in words when the message gives only a day, else None."""
    day, asked = DAY_ONLY.match(text), MONTH_YEAR.search(date_asked_about or "")
    if not day or not asked:
        return None
    return f"{int(day['day'])} {asked['month']} {asked['year']}"


def _month_on_record(slot_value: str | None) -> KnownDate | None:
    """The appointment date already given, if it has a month (a year-only correction keeps that month)."""
    known = parse_date_slot(slot_value)
    return known if known is not None and not known.year_only else None


# "oh and I started in the September before last", after the qualification answer: started in the post (a NASENCo
# start says what was started: "I began it in March 2024", "started the award")
STARTED_WITHOUT_OBJECT = re.compile(r"^(?!.*\b(it|the (course|award|qualification)|mine|that one)\b).*"
                                    r"\b(i|i'?ve|i have)\s+(only\s+)?(started|began|begun)\s+(in|on|back in|last|this|the)\b",
                                    re.I)


OTHER_BEGINNINGS = re.compile(r"\b(teach\w*|training|degree|pgce|ect|nqt|induction|as an? (teacher|ta|hlta|assistant))\b",
                              re.I)


def _read_dates(text: str, quals: list[str], intent: str | None, requested_slot: str | None, today: dt.date,
                found: dict[str, Any], course: str | None = None, earlier_year: int | None = None,
                asked_back: bool = False, earlier_date: KnownDate | None = None) -> None:
    """Each date goes to the slot its own clause names: NPQ start, NASENCo start or end, or the appointment.
    `asked_back`: we asked what a date should have been, so a date with no cue of its own answers that (the
    appointment date: "oops, 15 March 2026").
    A date that cannot be right is not stored: `date_to_check` says what to ask back instead."""
    mentions = date_mentions(text, today)
    if not mentions:
        if requested_slot == "appointment_date" and (NOT_APPOINTED.search(text) or yes_or_no(text, intent) is False):
            found["appointment_date"] = "not_yet"
        return
    whole_npq, whole_nasenco = bool(NPQ_WORD.search(text)), "nasenco" in quals or bool(NASENCO_WORD.search(text))
    if NO_NASENCO.search(text):
        whole_nasenco = False  # "September 2024, haven't started any NASENCo": the date is not the course's
    if not (whole_npq or whole_nasenco) and course and (COURSE_START.search(text) or COURSE_END.search(text)) \
            and not APPOINTED_CUE.search(text) and not (course == "nasenco" and STARTED_WITHOUT_OBJECT.search(text)):
        whole_npq, whole_nasenco = course == "npq", course == "nasenco"  # "and if I start in November 2027?"
    if not (whole_npq or whole_nasenco) and course == "nasenco" and CORRECTION.search(text) \
            and not APPOINTED_CUE.search(text) and not asked_back:  # (a date we asked back about is that date)
        whole_nasenco = True  # "sorry, typo, I meant October 2023" after a NASENCo's date: that course's date again
    appointment_named = False
    for mention in mentions:
        clause = _clause(text, mention)
        if NOT_THIS_DATE.search(text[max(0, mention.start - 15):mention.start]):
            continue  # "it was March 2024, not 2025": the date being corrected away
        if RULE_DATE.search(text[mention.end:mention.end + 25]):
            continue  # "the 2027 NASENCo cut-off": a date of the rules, not one of the user's
        if DEADLINE_BELIEF.search(text[max(0, mention.start - 25):mention.start]):
            continue  # "I thought I had till Sept 2027": what they believed the deadline was, not a date of theirs
        if YEAR_RANGE.search(clause) and mention.when and mention.when.year_only:
            continue  # "for four years (2018 to 2022)": a span of earlier service, not a date to work from
        about_the_job = _about_the_job(text, clause, mention)
        named_job = about_the_job or bool(APPOINTED_CUE.search(clause))
        npq_course, nasenco_course = whole_npq, whole_nasenco
        if whole_npq and whole_nasenco and (COURSE_START.search(clause) or COURSE_END.search(clause)) \
                and not APPOINTED_CUE.search(clause):
            # Both named ("started my NASENCo in May 2024 ... due to finish in June 2027. Do I switch to the NPQ?"):
            # a clause naming neither belongs to the course named last before it
            npq_course, nasenco_course = _course_named_before(text, mention.start)
        kind = "appointment" if about_the_job else \
            _date_kind(clause, npq_course, nasenco_course, intent, requested_slot, found, text)
        if kind == "appointment" and not named_job and appointment_named:
            continue  # "became SENCO in January 2025 ... maternity leave from February 2027": the first is the job
        if kind is None and asked_back and not (whole_npq or whole_nasenco):
            kind = "appointment"
        if kind is None:
            continue
        if mention.problem and mention.when is not None and "too early" in mention.problem \
                and earlier_year == mention.when.on.year and CONFIRMS.search(text):
            mention = replace(mention, problem=None)  # "yes really, 1986!": asked back, the same year confirmed
        if mention.problem or mention.when is None:
            found["date_to_check"] = mention.problem or f"{mention.text} is not a date I can read"
            continue
        when = _shift(mention)
        if kind == "nasenco_start" and when.on > today and not NASENCO_WORD.search(text):
            kind = "npq_start"  # "if I started it in November 2027" after a NASENCo was mentioned: none start now
        if kind == "appointment":
            if not mention.year_given and earlier_year:
                when = KnownDate(when.on.replace(year=earlier_year), when.day_known)  # "oops, 28th feb" (2025)
            elif when.year_only and earlier_date and CORRECTION.search(text):
                # "sorry, typo, I meant 2024" after "1 March 2027": the same day and month, in the year now given
                try:
                    when = KnownDate(earlier_date.on.replace(year=when.on.year), earlier_date.day_known)
                except ValueError:
                    pass  # 29 February in a year without one: keep the year alone
            elif not mention.year_given:
                found["date_to_check"] = f"{mention.text} has no year"
                continue
            if when.on > today and PAST_APPOINTMENT.search(clause) and not FUTURE.search(clause):
                found["date_to_check"] = f"{mention.text} is in the future, but you said you became SENCO then"
                continue
            if when.on.year > today.year + FURTHEST_PLAN_YEARS:
                found["date_to_check"] = f"{mention.text} is more than {FURTHEST_PLAN_YEARS} years away"
                continue  # no one plans a SENCO post that far ahead: most likely a typo
            found["appointment_date"] = date_slot(when)
            appointment_named = appointment_named or named_job
        elif kind == "npq_start":
            found["npq_start"] = date_slot(when)
        elif kind == "nasenco_end":
            if mention.qualifier is None:
                when = latest_reading(mention) or when  # "due to finish in summer 2027": by July, not April
            found["nasenco_completed"] = date_slot(when)
            if when.latest <= today and PAST_END.search(clause) and not NOT_FINISHED.search(clause):
                found["nasenco_status"] = "completed"  # "if I finished my NASENCo in 2021": done, not a plan
            elif when.on > today or FUTURE.search(clause) or NOT_FINISHED.search(clause):
                found["nasenco_status"] = "started"  # an expected end: the course is still under way
            else:
                found.setdefault("nasenco_status", "completed")
        elif kind == "nasenco_start":
            found["nasenco_started"] = date_slot(when)
            found.setdefault("nasenco_status", "started")
    if "date_to_check" in found:
        found.pop("appointment_date", None)  # "31/04/2026, so that's 2029?": settle the date first



def _course_named_before(text: str, position: int) -> tuple[bool, bool]:
    """(NPQ, NASENCo): which course was named last before this point of the message (both False if neither)."""
    npq = [m.start() for m in NPQ_WORD.finditer(text, 0, position)]
    nasenco = [m.start() for m in NASENCO_WORD.finditer(text, 0, position)]
    if not (npq or nasenco):
        return True, True  # neither named yet: leave it to the clause, as before
    last_npq, last_nasenco = max(npq, default=-1), max(nasenco, default=-1)
    return last_npq > last_nasenco, last_nasenco > last_npq


def _break_before(text: str, mention: DateMention) -> re.Match | None:
    """The last clause break before a date."""
    breaks = list(CLAUSE_BREAK.finditer(text, 0, mention.start))
    return breaks[-1] if breaks else None


NOT_JUST_BEFORE = re.compile(r"\b(not|n'?t|never|rather than|instead of|no longer)\s+(a |an |the |in a |in an |at a |at an )?$",
                             re.I)


# "the person we pick already has a NASENCo from 2018": the award is held, so its date is when it was gained
HOLDS_NASENCO = re.compile(r"\b(has|have|hold|holds|holding|held|got|with)\b (already )?(a |an |the |my |her |his |"
                           r"their )?(nasen\s?co|national award)\b", re.I)


# "yes really, 1986!": an early year asked back about, said again as meant
CONFIRMS = re.compile(r"\b(yes|yeah|yep|yup|really|correct|right|honestly|seriously|definitely|genuinely|truly|"
                      r"(no|not a) typo|i mean it|i did mean)\b", re.I)


def _last_cue_is_end(clause: str) -> bool:
    """Whether the clause's last course cue is an end: "the deadline to finish one that was started before Sept
    2024" dates the start (the cue next to the date), "started in 2023, finishing July 2027" its end."""
    ends = [m.start() for m in COURSE_END.finditer(clause)]
    starts = [m.start() for m in COURSE_START.finditer(clause)]
    return bool(ends) and (not starts or max(ends) > max(starts))


CAME_FROM = re.compile(r"\b(came|come|coming|moved|moving) from (the |an? )?$|\bused to (work|teach) (in|at) (the |an? )?$", re.I)


def _said_just_before(text: str, entity: dict, words: re.Pattern, within: int) -> bool:
    """Whether `words` end just before the entity's first mention (looking back at most `within` characters)."""
    at = text.lower().find(str(entity.get("value", "")).lower())
    return at > 0 and bool(words.search(text[max(0, at - within):at]))


def _left_behind(text: str, entity: dict) -> bool:
    """"she came from the independent sector": a setting someone has left, not the one asked about."""
    return _said_just_before(text, entity, CAME_FROM, 30)


COMPARED_WITH = re.compile(r"(?<!'d )(?<!would )\b(like (it is |it's |they are |they do |it does )?(for |in |at )?|unlike |"
                           r"as (it is |they are )?(for|in|at) |compared (to|with) |than (in |at |for )?)"
                           r"(a |an |the |other |most |normal |ordinary )?$", re.I)


def _compared_with(text: str, entity: dict) -> bool:
    """"free for me like it is for state school teachers?": a setting named to compare, not the user's own."""
    return _said_just_before(text, entity, COMPARED_WITH, 30)


def _negated_mention(text: str, entity: dict) -> bool:
    """"we're not a mainstream school": a setting named only to say it is not this one."""
    return _said_just_before(text, entity, NOT_JUST_BEFORE, 25)


def _clause_around(text: str, start: int, end: int) -> str:
    """The words around text[start:end], up to the nearest clause break on each side."""
    before = list(CLAUSE_BREAK.finditer(text, 0, start))
    after = CLAUSE_BREAK.search(text, end)
    return text[(before[-1].end() if before else 0):(after.start() if after else len(text))]


def _clause(text: str, mention: DateMention) -> str:
    """The words around a date, up to the nearest clause break on each side."""
    return _clause_around(text, mention.start, mention.end)


RELATIVE = re.compile(r"^\W*(which|that)\b", re.I)
AN_ADVERT = re.compile(r"\b(advertised|closes|closing|until|deadline)\b", re.I)  # "which is advertised until ..."
THE_JOB = re.compile(r"\bsend?co (job|role|post|position)\W*$", re.I)


def _about_the_job(text: str, clause: str, mention: DateMention) -> bool:
    """"... before I got the SENCO job, which I started in September 2024": a relative clause after the job is
    about the job, whatever course the message names."""
    before = _break_before(text, mention)
    start = before.start() if before else 0
    return bool(RELATIVE.search(clause)) and bool(THE_JOB.search(text[max(0, start - 40):start])) \
        and not AN_ADVERT.search(clause)


END_ASKED = re.compile(r"\bwhen (would|will|do|does|should|could|can|might) (i|she|he|they|we|it|you) (finish|complete|end|"
                       r"be (finished|done|over|complete))\b", re.I)
# Talk of earlier SENCO service counting towards the 12 months of regulation 49(4)
EARLIER_SERVICE_TALK = re.compile(
    # (not "is the NPQ 12 months long?": the 12 months counted towards, or the rule about them)
    r"\b(12|twelve)[- ]months?\b[^?.]{0,20}\b(thing|rule|count|counts|exempt\w*)\b|"
    r"\b(count|counts|towards|cover|covers|exempt\w*)\b[^?.]{0,30}\b(12|twelve)[- ]months?\b|"
    r"\b(would|will|do|does|could|can) (my|her|his|their|those|the) [^?.]{0,30}\b(years?|time|service|experience|months)\b"
    r"[^?.]{0,40}\b(count|cover|covers|exempt)|"
    r"\b(been|was|served as|worked as) (the |a )?send?co (at|in) [^?.]{0,40}\b(count|counts|cover|covers|exempt\w*)\b", re.I)
ABROAD_PLACE = re.compile(rf"\b({ABROAD_COUNTRIES}|abroad|overseas|international school|british school|dubai|the uae|uae|"
                          r"abu dhabi|qatar|doha|china|thailand|malaysia|egypt|saudi arabia|bahrain|kuwait)\b", re.I)


def earlier_service_setting(text: str, found: dict[str, Any]) -> str | None:
    """Where the earlier SENCO service that a message asks about was: a setting named in it, or "abroad"."""
    if not EARLIER_SERVICE_TALK.search(text):
        return None
    if ABROAD_PLACE.search(text):
        return "abroad"
    return found.get("setting_type")


# "could I wait and join next year's cohort?": a course start with no date in it, but a known one
NEXT_YEARS_COHORT = re.compile(r"\bnext year'?s (npq |npq senco )?(cohort|intake|one|course|start)\b|"
                               r"\b(the |a )?(cohort|intake|one|course) next year\b", re.I)
THIS_COHORT = re.compile(r"\bthis (year'?s|november'?s|autumn'?s) (npq |npq senco )?(cohort|intake|one|course|start)\b|"
                         r"\b(the )?(cohort|intake) (starting|that starts|beginning) this (month|november|autumn)\b", re.I)
CONTRACT_END = re.compile(r"\bcontract\b[^.?!,]{0,15}\b(to|until|till|ends?|ending|runs? (out|to|until))\b", re.I)


def _date_kind(clause: str, whole_npq: bool, whole_nasenco: bool, intent: str | None, requested_slot: str | None,
               found: dict[str, Any], text: str = "") -> str | None:
    if CONTRACT_END.search(clause):
        return None  # "on a fixed-term contract to August 2027": when the job may end, no course's date
    if re.search(r"\b(cohort|intake)\b", clause, re.I) and not APPOINTED_CUE.search(clause) \
            and not NASENCO_WORD.search(clause):
        return "npq_start"  # "if I get on this november's cohort": a course start, whatever else was asked
    npq_here = bool(NPQ_WORD.search(clause))
    # "SENCO since 2008 at the same school, never did a NASENCo": the date is not the course's
    nasenco_here = bool(NASENCO_WORD.search(clause)) and not NO_NASENCO.search(clause)
    if not (npq_here or nasenco_here) and (IS_SENCO.search(text) or SENCO_POST.search(text)) \
            and COURSE_START.search(clause) and not whole_nasenco:
        return "appointment"  # "I'm SENCO at a secondary, I started in June 2025. When do I need the NPQ by?"
    if not (npq_here or nasenco_here or whole_npq or whole_nasenco) and STARTED_WITHOUT_OBJECT.search(clause) \
            and not OTHER_BEGINNINGS.search(clause):
        return "appointment"  # "oh and I started in the September before last" in a SENCO conversation
    if npq_here and not nasenco_here and COURSE_START.search(APPOINTED_CUE.sub(" ", clause)):
        return "npq_start"  # "our new SENCO joined the NPQ cohort that started in Nov 2025"
    if APPOINTED_CUE.search(clause) and not (npq_here or nasenco_here):
        return "appointment"
    # A clause with no course name belongs to the course the message is about (when it names only one).
    about_nasenco = nasenco_here or (whole_nasenco and not npq_here and not whole_npq) or (
        requested_slot == "nasenco_status" and not npq_here)
    about_npq = npq_here or (whole_npq and not whole_nasenco)
    if about_nasenco:
        if END_ASKED.search(clause) and COURSE_START.search(clause):
            return "nasenco_start"  # "if I started it in May 2024, when would I finish?": the date is the start
        if _last_cue_is_end(clause) or (found.get("nasenco_status") == "completed" or HOLDS_NASENCO.search(clause)) \
                and not COURSE_START.search(clause):
            return "nasenco_end"  # (holding one "from 2018" dates its award, not its start)
        return "nasenco_start"
    if about_npq and not npq_here and re.search(r"\bsince\b", clause, re.I) and not COURSE_START.search(clause):
        return None  # "Since January I've been trying to get my head round EHCPs": time in the job, not a course start
    if about_npq and not APPOINTED_CUE.search(clause):
        # The clause's own cue decides; a bare date ("this November (2026)") takes the message's cue.
        if COURSE_START.search(clause) or (not COURSE_END.search(clause)
                                           and COURSE_START.search(APPOINTED_CUE.sub(" ", text))):
            return "npq_start"
        if COURSE_END.search(clause) or intent != "ask_deadline":
            return None  # an NPQ end or result date: nothing to work out from it
    if APPOINTED_CUE.search(clause) or requested_slot == "appointment_date":
        return "appointment"
    if CORRECTION.search(text) and not (npq_here or nasenco_here):
        return "appointment"  # "sorry, got that wrong, it was April 2026": the date we were working from
    if intent == "ask_deadline" and not MOVING.search(clause):
        return "appointment"
    return None


def _shift(mention: DateMention) -> KnownDate:
    """"after 31 August 2027" is 1 September 2027 at the earliest; "before September 2024" is August 2024."""
    when = mention.when
    assert when is not None
    step = {"after": 1, "before": -1}.get(mention.qualifier or "", 0)
    if step == 0:
        return when
    if when.year_only:
        return KnownDate(when.on.replace(year=when.on.year + step), False, year_only=True)
    if not when.day_known:
        return KnownDate(add_months(when.on, step), False)
    return KnownDate(when.on + dt.timedelta(days=step))
