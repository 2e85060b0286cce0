"""Generated demo cases for the web UI's tests, screenshots and benchmark (no real personal data)."""

from __future__ import annotations

from datetime import date

from hfk.ingest import samples
from hfk.intake import IntakeResult, Original, submit
from hfk.settings import Settings
from hfk.store import Store

XSS = "<script>alert(1)</script>"
# The intake keeps "<" and ">" in file names (it only cuts at slashes): the UI must escape them.
XSS_FILE = "<img src=x onerror=alert(1)>.pdf"


def antrag(name: str, vorname: str, born: str, nationality: str, lawyer: bool = True) -> list[str]:
    sender = (
        "Rechtsanwältin Dr. Miriam Albers, Hohe Straße 12, 44139 Dortmund"
        if lawyer
        else f"{vorname} {name}, Musterstraße 5, 44135 Dortmund"
    )
    return [
        sender,
        "Geschäftsstelle der Härtefallkommission, Völklinger Str. 4, 40219 Düsseldorf",
        "Dortmund, den 03.03.2025",
        "Härtefallantrag gemäß § 23a AufenthG",
        "Namens und im Auftrag meiner Mandanten beantrage ich, die Härtefallkommission möge sich mit dem"
        if lawyer
        else "Hiermit beantrage ich, die Härtefallkommission möge sich mit meinem",
        "Fall befassen. Der Antrag betrifft folgende Personen:",
        f"1. {name}, {vorname}, geb. {born} in Kabul, {nationality}",
        "Wohnhaft: Musterstraße 5, 44135 Dortmund",
        f"Begründung: {vorname} {name} reiste am 14.08.2015 nach Deutschland ein und arbeitet als Lagerhelfer.",
    ]


# Classified as "Sonstige Unterlage" (needs review): the caseworker sees it is the Vollmacht.
ANLAGE = ["Anlage 3", "Siehe beiliegendes Schreiben.", "Dortmund, 01.03.2025", "Unterschrift"]

LEBENSLAUF = [
    "Lebenslauf",
    "2015 Einreise nach Deutschland",
    "2016 Integrationskurs, Sprachniveau B1",
    "seit 2019 Lagerhelfer in Vollzeit",
]


def submit_pdf(
    store: Store, settings: Settings, name: str, pages: list[list[str]], received: date, source: str = "cli"
) -> IntakeResult:
    sha = store.put_original(samples.text_pdf(pages))
    return submit(
        store,
        settings,
        [Original(name, sha)],
        source=source,
        source_ref=f"demo:{name}",
        actor="demo",
        received=received,
    )


def populate(store: Store, settings: Settings) -> dict[str, IntakeResult]:
    """A few cases in different states, via the real intake path; returns them by role."""
    made = {}
    made["main"] = submit_pdf(
        store,
        settings,
        "antrag-karimi.pdf",
        [antrag("Karimi", "Ahmad", "03.04.1988", "afghanisch")],
        date(2025, 3, 4),
        "mail",
    )
    submit_pdf(
        store,
        settings,
        "anlage.pdf",
        [[f"Aktenzeichen {made['main'].case_reference}", *ANLAGE]],
        date(2025, 3, 6),
        "mail",
    )
    made["second"] = submit_pdf(
        store,
        settings,
        "antrag-nouri.pdf",
        [antrag("Nouri", "Samira", "12.11.1992", "iranisch", lawyer=False), LEBENSLAUF],
        date(2025, 5, 12),
        "scan",
    )
    made["xss"] = submit_pdf(
        store,
        settings,
        XSS_FILE,
        [antrag(XSS, "Eve", "01.01.1990", "syrisch")],
        date(2024, 11, 20),
        "post",
    )
    made["bamf"] = submit_pdf(
        store,
        settings,
        "bescheid.pdf",
        [[*samples.LETTER, "Gesch.-Z.: 8765432-423"]],
        date(2024, 7, 1),
        "mail",
    )
    # One PDF: the application and, on page 2, its Vollmacht without a heading. The classifier
    # reads both pages as one Antrag; the caseworker splits the bundle.
    made["bundle"] = submit_pdf(
        store,
        settings,
        "antrag-haidari.pdf",
        [antrag("Haidari", "Reza", "05.06.1990", "afghanisch"), ANLAGE],
        date(2025, 4, 1),
        "mail",
    )
    return made
