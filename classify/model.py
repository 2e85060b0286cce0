"""Plain data produced by the classify stage: documents and the facts of a case."""

from __future__ import annotations

from dataclasses import dataclass, field

# The document classes of DOMAIN.md, in the order the report lists them.
DOCUMENT_TYPES = (
    "antrag",
    "bamf_bescheid",
    "aerztliches_gutachten",
    "vollmacht",
    "schweigepflichtsentbindung",
    "datenschutzeinwilligung",
    "lebenslauf",
    "sprachnachweis",
    "arbeitsnachweis",
    "ehrenamt",
    "unterstuetzerschreiben",
    "schulnachweis",
    "auslaenderbehoerde",
    "gerichtsentscheidung",
    "strafrecht",
    "identitaetsnachweis",
    "sonstiges",
)


@dataclass
class Document:
    """A logical document: a run of pages of one file with one type."""

    file: str  # SourceFile.name
    pages: list[int]  # 1-based page numbers within the file
    type: str  # one of DOCUMENT_TYPES
    confidence: float  # 0..1
    date: str | None  # ISO date of issue, or None
    text_source: str  # "text", "ocr" or "mixed"
    evidence: list[str]  # German, e.g. 'Seite 1: "Bundesamt für Migration und Flüchtlinge"'
    needs_review: bool = False  # confidence below the threshold, or a page that reads as another paper
    text: str = ""  # the pages' text joined; never written to the report
    page_texts: list[str] = field(default_factory=list)  # per page, same order as pages
    from_mail: bool = False
    mime: str = ""
    # "Seite x von y" found on the pages: list of (x, y) pairs
    page_numbering: list[tuple[int, int]] = field(default_factory=list)
    file_number: str | None = None  # BAMF Gesch.-Z. or another Aktenzeichen
    notes: list[str] = field(default_factory=list)  # German remarks, e.g. "Schweregrad nicht erkennbar"
    # per page, same order as pages: the "Seite x von y" read on it, or None where none could be read
    page_numbers: list[tuple[int, int] | None] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)  # ISO dates it gives as someone's birth date
    residences: list[str] = field(default_factory=list)  # addresses/places it gives as where someone lives


@dataclass
class Person:
    """A person the application covers. Empty string where a field was not found."""

    name: str = ""
    vorname: str = ""
    geburtsdatum: str = ""  # ISO date or ""
    geburtsort: str = ""
    staatsangehoerigkeit: str = ""
    adresse: str = ""


@dataclass
class Representative:
    """Whoever submits on the applicant's behalf."""

    name: str
    kind: str  # "anwalt", "beratungsstelle", "privat"
    adresse: str = ""
    evidence: str = ""


@dataclass
class Trigger:
    """A sentence in the case that makes a checklist item required or raises a hint."""

    kind: str  # see TRIGGER_KINDS
    sentence: str  # the triggering sentence, shortened
    document: int  # index into CaseFacts.documents
    page: int  # page number within the document's file


TRIGGER_KINDS = (
    "illness",  # Krankheit erwähnt
    "asylum",  # Asylverfahren erwähnt
    "court",  # Gerichtsverfahren erwähnt
    "criminal",  # strafrechtliche Ermittlungen/Verurteilungen erwähnt
    "representation",  # someone writes on behalf of the applicant
    "aufenthaltsgestattung",
    "abschiebungsanordnung_58a",
    "rueckfuehrungstermin",
    "einreiseverbot",
    "ausbildungs_beschaeftigungsduldung",
    "abh_ausserhalb_nrw",
)

# Topics the Begründung must cover (DOMAIN.md checklist id "begruendung").
BEGRUENDUNG_TOPICS = (
    "lebensgeschichte",  # life story / entry date
    "aufenthaltssituation",  # current situation and residence status
    "familie",  # family ties in Germany and in the country of origin
    "integration",  # personal, social, economic integration
    "humanitaere_gruende",  # why return is unreasonable
)


@dataclass
class CaseFacts:
    """What the classify stage found in one submission; the checklist's only input."""

    documents: list[Document]
    persons: list[Person] = field(default_factory=list)
    representative: Representative | None = None
    triggers: list[Trigger] = field(default_factory=list)
    begruendung_topics: dict[str, str] = field(default_factory=dict)  # topic -> evidence sentence
    application_language: str | None = None  # "de", "en", ... of the antrag
    applicant_address: str = ""
    auslaenderbehoerde: str = ""  # the authority named, if any
    auslaenderbehoerde_in_nrw: bool | None = None  # where it sits; None: not named, or its Land unknown


@dataclass
class ClassifyOptions:
    review_threshold: float = 0.6  # below this confidence a document is marked for review
