"""Plain data produced by the checklist stage: the findings for one case."""

from __future__ import annotations

from dataclasses import dataclass, field

CHECKLIST_IDS = (
    "antrag",
    "personalien",
    "begruendung",
    "datenschutzeinwilligung",
    "lebenslauf",
    "bamf_bescheid",
    "auslaenderbehoerde",
    "gerichtsentscheidung",
    "vollmacht",
    "aerztliches_gutachten",
    "schweigepflichtsentbindung",
    "schulnachweis",
    "strafrecht",
    "sprachnachweis",
    "arbeitsnachweis",
    "ehrenamt",
    "unterstuetzerschreiben",
)

STATUSES = ("ok", "missing", "outdated", "incomplete", "not_required", "optional_missing")
BLOCKING = ("missing", "outdated", "incomplete")

HINT_IDS = (
    "wohnsitz_ausserhalb_nrw",
    "aufenthaltsgestattung",
    "abh_ausserhalb_nrw",
    "abschiebungsanordnung_58a",
    "rueckfuehrungstermin",
    "einreiseverbot",
    "ausbildungs_beschaeftigungsduldung",
    "antrag_nicht_deutsch",
    "anlage_nicht_pdf",
)


@dataclass
class ChecklistItem:
    id: str  # one of CHECKLIST_IDS
    status: str  # one of STATUSES
    detail: str  # German: the evidence for the status
    documents: list[int] = field(default_factory=list)  # indices into the report's documents
    label: str = ""  # German name of the item for the report and the letter
    reason: str = ""  # German, short: what the Eingangsbestätigung asks for when the item blocks


@dataclass
class Hint:
    id: str  # one of HINT_IDS
    detail: str  # German, with the evidence sentence
    label: str = ""  # German name of the hint (rules.toml), for the report's headings
    text: str = ""  # detail without the "Hinweis zur Prüfung ..." prefix, for the HTML report


@dataclass
class Findings:
    received: str  # ISO date of receipt
    checklist: list[ChecklistItem]
    hints: list[Hint]

    @property
    def complete(self) -> bool:
        return not any(item.status in BLOCKING for item in self.checklist)


@dataclass
class LetterOptions:
    """What the Eingangsbestätigung needs beyond the report."""

    template: str | None = None  # path of an office DOCX template; None = the bundled one
    deadline_weeks: int = 4  # deadline for missing documents, counted from the letter date
    letter_date: str | None = None  # ISO date; None = today
    office_name: str = "Geschäftsstelle der Härtefallkommission des Landes Nordrhein-Westfalen"
    office_address: str = (
        "Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration "
        "des Landes Nordrhein-Westfalen\nVölklinger Str. 4\n40219 Düsseldorf"
    )
    # Seed 003: fax and functional mailbox of the Geschäftsstelle; shown in the sender block.
    office_contact: str = "Telefax 0211 837-2200\nE-Mail haertefallkommission@mkjfgfi.nrw.de"
