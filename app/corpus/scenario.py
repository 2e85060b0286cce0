"""The scenario of one generated case (who, what happened, what was sent) and its expected checklist.

The expected statuses and hints follow DOMAIN.md's rules, derived from the scenario alone; this
module deliberately does not import hfk.checklist, so the truth is independent of the code under test.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from hfk.checklist.model import CHECKLIST_IDS
from hfk.classify.model import BEGRUENDUNG_TOPICS
from hfk.corpus import names as N

# The ids are DOMAIN.md's fixed contract, so they come from the model; the rules that decide the
# expected statuses below are written here independently of hfk.checklist, which they judge.
CHECKLIST = CHECKLIST_IDS
TOPICS = BEGRUENDUNG_TOPICS
FIELDS = ("name", "vorname", "geburtsdatum", "geburtsort", "staatsangehoerigkeit", "adresse")


@dataclass
class Person:
    vorname: str
    name: str
    geburtsdatum: date
    geburtsort: str
    staat: str  # adjective, e.g. "syrisch"
    role: str  # applicant, spouse, child
    sex: str  # m, f

    @property
    def full(self) -> str:
        return f"{self.vorname} {self.name}"

    def herr_frau(self) -> str:
        return ("Herr " if self.sex == "m" else "Frau ") + self.full

    def age_on(self, day: date) -> int:
        years = day.year - self.geburtsdatum.year
        if (day.month, day.day) < (self.geburtsdatum.month, self.geburtsdatum.day):
            years -= 1
        return years


@dataclass
class Rep:
    kind: str  # anwalt, beratungsstelle, privat
    org: str  # firm / service / the relative's name
    person: str  # who signs
    street: str
    city: str  # "PLZ Ort"
    relation: str = ""  # privat: "Bruder", "Nachbarin" ...

    @property
    def adresse(self) -> str:
        return f"{self.street}, {self.city}"


@dataclass
class Case:
    case_id: str
    split: str
    seed: int
    received: date
    nat: str  # key into names.NATIONALITIES
    persons: list[Person]
    street: str
    plz: str
    city: str
    residence: str  # nrw, outside, abroad
    abh: str
    abh_plz: str
    sender: str  # applicant, anwalt, beratungsstelle, privat
    rep: Rep | None
    language: str = "de"
    entry: date = date(2016, 1, 1)
    asylum: bool = False
    asylum_applied: date | None = None
    bamf_date: date | None = None
    bamf_gz: str = ""
    bamf_tenor: int = 6
    bamf_site: tuple = ()
    court: bool = False
    court_name: str = ""
    court_az: str = ""
    court_date: date | None = None
    court_city: str = ""
    court_pending: bool = False
    criminal: bool = False
    offence: tuple = ()
    criminal_date: date | None = None
    illness: bool = False
    ill_person: int = 0
    diagnosis: tuple = ()
    gestattung: bool = False
    rueckfuehrung: date | None = None
    einreiseverbot: bool = False
    s58a: bool = False
    ausbildung: bool = False
    visa_purpose: str = ""
    topics: set = field(default_factory=set)
    omitted: dict = field(default_factory=dict)  # person index -> omitted field
    employer: str = ""
    job: str = ""
    practice: str = ""
    doctor: str = ""
    club: str = ""
    school: str = ""

    @property
    def applicant(self) -> Person:
        return self.persons[0]

    @property
    def adresse(self) -> str:
        return f"{self.street}, {self.plz} {self.city}"

    @property
    def natinfo(self) -> dict:
        return N.NATIONALITIES[self.nat]

    def city_or_nrw(self) -> str:
        return self.city if self.residence != "abroad" else self.court_city

    def court_city_plz(self) -> str:
        return f"{self.plz} {self.city}" if self.residence != "abroad" else self.court_city

    def children(self) -> list[Person]:
        return [p for p in self.persons if p.role == "child"]

    def school_age(self) -> list[Person]:
        return [p for p in self.persons if 3 <= p.age_on(self.received) <= 17]

    def tags(self) -> list[str]:
        t = []
        for name, on in [
            ("illness", self.illness),
            ("children", bool(self.school_age())),
            ("asylum", self.asylum),
            ("court", self.court),
            ("criminal", self.criminal),
            ("aufenthaltsgestattung", self.gestattung),
            ("rueckfuehrungstermin", self.rueckfuehrung is not None),
            ("einreiseverbot", self.einreiseverbot),
            ("abschiebungsanordnung_58a", self.s58a),
            ("ausbildung", self.ausbildung),
            ("english", self.language == "en"),
            ("outside_nrw", self.residence != "nrw"),
        ]:
            if on:
                t.append(name)
        return t


@dataclass
class DocPlan:
    """One logical document to render."""

    type: str
    date: date | None
    template: str = ""
    rendering: str = "digital"
    extra: dict = field(default_factory=dict)
    # filled while rendering
    file: str = ""
    pages: list[int] = field(default_factory=list)
    npages: int = 0


def months_before(day: date, months: int) -> date:
    m = day.month - months
    y = day.year
    while m <= 0:
        m += 12
        y -= 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(y, m, d)
        except ValueError:
            continue
    raise ValueError(day)


def rand_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def is_nrw_postcode(plz: str) -> bool:
    """DOMAIN.md's NRW postcode table (plausibility)."""
    p2, p3, n = plz[:2], plz[:3], plz
    if p2 in {"32", "33", "40", "41", "42", "44", "45", "46", "47", "50", "52", "58", "59"}:
        return True
    if p2 == "48":
        return not (n in {"48455", "48465", "48480", "48488", "48499"} or "48522" <= n <= "48531")
    if p2 == "49":
        return n in {
            "49477",
            "49479",
            "49492",
            "49497",
            "49504",
            "49509",
            "49525",
            "49536",
            "49545",
            "49549",
            "49475",
            "49523",
            "49541",
        }
    if p2 == "51":
        return n != "51598"
    if p2 == "53":
        return p3 in {"530", "531", "532", "533", "537", "538", "539"} or n in {"53604", "53639"}
    if p2 == "57":
        return p3 in {"570", "571", "572", "573", "574"}
    if p2 == "34":
        return n in {"34414", "34431", "34434", "34439"}
    if p2 == "37":
        return n in {"37671", "37688", "37696", "37669"}
    return False


def expected(case: Case, docs: list[DocPlan], files_from_mail_non_pdf: bool) -> tuple[dict, list[str]]:
    """The checklist statuses and hints DOMAIN.md prescribes for this case and these present documents."""
    present: dict[str, list[DocPlan]] = {}
    for d in docs:
        present.setdefault(d.type, []).append(d)
    has = present.__contains__
    st: dict[str, str] = {}
    has_antrag = has("antrag")
    st["antrag"] = "ok" if has_antrag else "missing"
    if not has_antrag:
        st["personalien"] = "missing"
        st["begruendung"] = "incomplete"
    else:
        st["personalien"] = "incomplete" if case.omitted else "ok"
        st["begruendung"] = "ok" if set(TOPICS) <= case.topics else "incomplete"
    st["datenschutzeinwilligung"] = "ok" if has("datenschutzeinwilligung") else "missing"
    st["lebenslauf"] = "ok" if has("lebenslauf") else "missing"
    if not case.asylum:
        st["bamf_bescheid"] = "not_required"
    elif not has("bamf_bescheid"):
        st["bamf_bescheid"] = "missing"
    elif any(d.extra.get("dropped_page") for d in present["bamf_bescheid"]):
        st["bamf_bescheid"] = "incomplete"
    else:
        st["bamf_bescheid"] = "ok"
    st["auslaenderbehoerde"] = "ok" if has("auslaenderbehoerde") else "optional_missing"
    if has("gerichtsentscheidung"):
        st["gerichtsentscheidung"] = "ok"
    else:
        st["gerichtsentscheidung"] = "optional_missing" if case.court else "not_required"
    if case.sender == "applicant":
        st["vollmacht"] = "not_required"
    else:
        st["vollmacht"] = "ok" if has("vollmacht") else "missing"
    if not case.illness:
        st["aerztliches_gutachten"] = "not_required"
        st["schweigepflichtsentbindung"] = "not_required"
    else:
        reports = present.get("aerztliches_gutachten", [])
        cutoff = months_before(case.received, 3)
        if not reports:
            st["aerztliches_gutachten"] = "missing"
        elif any(d.date and d.date >= cutoff for d in reports):
            st["aerztliches_gutachten"] = "ok"
        else:
            st["aerztliches_gutachten"] = "outdated"
        st["schweigepflichtsentbindung"] = "ok" if has("schweigepflichtsentbindung") else "missing"
    if not case.school_age():
        st["schulnachweis"] = "not_required"
    else:
        st["schulnachweis"] = "ok" if has("schulnachweis") else "missing"
    if not case.criminal:
        st["strafrecht"] = "not_required"
    else:
        st["strafrecht"] = "ok" if has("strafrecht") else "missing"
    for opt in ("sprachnachweis", "arbeitsnachweis", "ehrenamt", "unterstuetzerschreiben"):
        st[opt] = "ok" if has(opt) else "optional_missing"

    hints = []
    if case.residence != "nrw":
        hints.append("wohnsitz_ausserhalb_nrw")
    if case.gestattung:
        hints.append("aufenthaltsgestattung")
    if case.abh_plz and not is_nrw_postcode(case.abh_plz):
        hints.append("abh_ausserhalb_nrw")
    if case.s58a:
        hints.append("abschiebungsanordnung_58a")
    if case.rueckfuehrung:
        hints.append("rueckfuehrungstermin")
    if case.einreiseverbot:
        hints.append("einreiseverbot")
    if case.ausbildung:
        hints.append("ausbildungs_beschaeftigungsduldung")
    if case.language != "de" and has_antrag:
        hints.append("antrag_nicht_deutsch")
    if files_from_mail_non_pdf:
        hints.append("anlage_nicht_pdf")
    return {k: st[k] for k in CHECKLIST}, hints
