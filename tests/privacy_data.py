"""Generated test data for the privacy tests: one mail with persons whose names must never leak."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from hfk.ingest import samples

# Fictitious people; every string here must stay out of logs and, after erasure, out of the store.
SURNAME = "Zarnescu"
FIRST = "Oktavia"
CHILD = "Teodor"
BIRTH_DE, BIRTH_ISO = "17.09.1986", "1986-09-17"
CHILD_BIRTH_DE, CHILD_BIRTH_ISO = "02.11.2012", "2012-11-02"
STREET = "Lindenhofweg 47"
SUBJECT = f"Härtefallantrag {SURNAME} {FIRST} Eilt"
SNIPPET = "Lagerhelferin im Hafen"
SECRETS = [
    SURNAME,
    FIRST,
    CHILD,
    BIRTH_DE,
    BIRTH_ISO,
    CHILD_BIRTH_DE,
    CHILD_BIRTH_ISO,
    STREET,
    SUBJECT,
    SNIPPET,
]
# What survives in a text dump of the database or a file (umlaut-free so UTF-8/JSON escaping cannot hide it).
NAME_TOKENS = [SURNAME, FIRST, CHILD, BIRTH_DE, STREET]

ANTRAG = [
    "Beratungsstelle Nord, Dortmund",
    "Geschäftsstelle der Härtefallkommission, Völklinger Str. 4, 40219 Düsseldorf",
    "Dortmund, den 03.03.2025",
    "Härtefallantrag gemäß § 23a AufenthG",
    "Der Antrag betrifft folgende Personen:",
    f"1. {SURNAME}, {FIRST}, geb. {BIRTH_DE} in Bukarest, rumänisch",
    f"2. {SURNAME}, {CHILD}, geb. {CHILD_BIRTH_DE} in Dortmund, rumänisch",
    f"Wohnhaft: {STREET}, 44137 Dortmund",
    f"Begründung: Frau {SURNAME} arbeitet als {SNIPPET} und lebt seit 2014 in Dortmund.",
]

DULDUNG = [
    "Stadt Dortmund - Ausländerbehörde",
    "Bescheinigung über die Aussetzung der Abschiebung (Duldung)",
    f"Name: {SURNAME}   Vorname: {FIRST}",
    f"Geburtsdatum: {BIRTH_DE}",
    "Gültig bis: 30.06.2025",
]


def submission_eml(folder: Path, reference: str = "") -> Path:
    """A mail with a born-digital Antrag, a scanned Duldung (OCR) and a damaged PDF (quarantine)."""
    folder.mkdir(parents=True, exist_ok=True)
    message = EmailMessage()
    message["From"] = "beratung@example.org"
    message["To"] = "hfk@example.org"
    message["Subject"] = SUBJECT + (f" {reference}" if reference else "")
    message["Date"] = "Mon, 03 Mar 2025 10:00:00 +0100"
    message["Message-ID"] = f"<privacy-{reference or 'first'}@example.org>"
    message.set_content(f"Sehr geehrte Damen und Herren,\nanbei der Antrag für Frau {FIRST} {SURNAME}.\n")
    message.add_attachment(
        samples.text_pdf([ANTRAG]), maintype="application", subtype="pdf", filename="antrag.pdf"
    )
    scan = samples.png(samples.text_image(DULDUNG, size=(1240, 1754), font_px=30), dpi=(150, 150))
    message.add_attachment(scan, maintype="image", subtype="png", filename="duldung.png")
    message.add_attachment(
        b"%PDF-1.4\n1 0 obj broken", maintype="application", subtype="pdf", filename="kaputt.pdf"
    )
    path = folder / "eingang.eml"
    path.write_bytes(message.as_bytes())
    return path
