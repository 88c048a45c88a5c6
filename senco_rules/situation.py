"""The user's situation, as the conversation has learnt it. Every field may be unknown (None)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from senco_rules.calendar import KnownDate


class Nation(str, Enum):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


class Setting(str, Enum):
    MAINTAINED_SCHOOL = "maintained_school"
    ACADEMY = "academy"  # including free schools
    MAINTAINED_NURSERY = "maintained_nursery"
    SPECIAL_SCHOOL = "special_school"  # state-funded special school
    PUPIL_REFERRAL_UNIT = "pupil_referral_unit"  # and alternative provision
    SIXTEEN_TO_NINETEEN = "sixteen_to_nineteen"  # 16-19 academies, sixth-form colleges
    FE_COLLEGE = "fe_college"
    INDEPENDENT_SCHOOL = "independent_school"
    INDEPENDENT_SPECIAL_SCHOOL = "independent_special_school"
    EARLY_YEARS_PVI = "early_years_pvi"  # private, voluntary and independent nurseries
    CHILDMINDER = "childminder"


class Role(str, Enum):
    TEACHER = "teacher"
    EARLY_CAREER_TEACHER = "early_career_teacher"
    HEADTEACHER = "headteacher"  # including acting heads
    TEACHING_ASSISTANT = "teaching_assistant"  # including HLTAs
    EARLY_YEARS_PRACTITIONER = "early_years_practitioner"  # nursery nurses, early years educators
    UNQUALIFIED_TEACHER = "unqualified_teacher"
    OVERSEAS_TEACHER = "overseas_teacher"
    FE_TEACHER = "fe_teacher"
    CAREER_CHANGER = "career_changer"
    PARENT = "parent"
    OTHER = "other"


class Nasenco(str, Enum):
    NONE = "none"
    STARTED = "started"
    COMPLETED = "completed"


@dataclass(frozen=True)
class Situation:
    nation: Nation | None = None
    setting: Setting | None = None
    role: Role | None = None
    has_qts: bool | None = None
    induction_complete: bool | None = None
    has_degree: bool | None = None
    appointed: KnownDate | None = None
    not_yet_appointed: bool = False
    nasenco: Nasenco | None = None
    nasenco_started: KnownDate | None = None
    nasenco_completed: KnownDate | None = None  # the day it was, or will be, finished (status says which)
    npq_start: KnownDate | None = None  # when their NPQ course starts or started
    prior_senco_months: float | None = None  # earlier SENCO service elsewhere; -1 = mentioned, length unknown
    prior_senco_start: KnownDate | None = None  # when that earlier service began, when the user says
    prior_senco_where: str | None = None  # where it was: a Setting value, or "abroad" (only a relevant school counts)
    qualified_in: Nation | None = None  # where they trained as a teacher, when not England
    trained_country: str | None = None  # the country outside the UK where they qualified ("philippines", "usa")
    has_eyts: bool | None = None  # Early Years Teacher Status, which is not QTS
    qualified_sen_only: bool | None = None  # qualified in another European state to teach only pupils with SEN

    @property
    def outside_england(self) -> bool:
        return self.nation is not None and self.nation is not Nation.ENGLAND
