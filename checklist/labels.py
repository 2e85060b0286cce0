"""German display names of document types, statuses and text sources for report and letter."""

from __future__ import annotations

DOCUMENT_LABELS = {
    "antrag": "Antragsschrift",
    "bamf_bescheid": "Bescheid des BAMF",
    "aerztliches_gutachten": "Ärztliches Gutachten / Attest",
    "vollmacht": "Vollmacht",
    "schweigepflichtsentbindung": "Schweigepflichtsentbindung",
    "datenschutzeinwilligung": "Einwilligung in die Datenverarbeitung",
    "lebenslauf": "Lebenslauf",
    "sprachnachweis": "Nachweis über Deutschkenntnisse",
    "arbeitsnachweis": "Nachweis über Arbeit / Einkommen",
    "ehrenamt": "Nachweis über Ehrenamt / Mitgliedschaft",
    "unterstuetzerschreiben": "Unterstützerschreiben",
    "schulnachweis": "Kindergarten- / Schulnachweis",
    "auslaenderbehoerde": "Schreiben der Ausländerbehörde",
    "gerichtsentscheidung": "Gerichtsentscheidung",
    "strafrecht": "Unterlagen zu Strafverfahren",
    "identitaetsnachweis": "Identitätsnachweis",
    "sonstiges": "Sonstige Unterlage",
}

STATUS_LABELS = {
    "ok": "vorhanden",
    "missing": "fehlt",
    "outdated": "veraltet",
    "incomplete": "unvollständig",
    "not_required": "nicht erforderlich",
    "optional_missing": "optional, nicht vorhanden",
}

# Traffic-light colour class of each status for the HTML report.
STATUS_COLOURS = {
    "ok": "green",
    "not_required": "grey",
    "optional_missing": "yellow",
    "missing": "red",
    "outdated": "red",
    "incomplete": "red",
}

TEXT_SOURCE_LABELS = {
    "text": "Textebene",
    "ocr": "Texterkennung (OCR)",
    "mixed": "gemischt",
}

REPRESENTATIVE_KINDS = {
    "anwalt": "Rechtsanwältin / Rechtsanwalt",
    "beratungsstelle": "Beratungsstelle",
    "privat": "Privatperson",
}


def document_label(doc_type: str) -> str:
    return DOCUMENT_LABELS.get(doc_type, doc_type)


def german_date(iso: str | None) -> str:
    """'2024-10-02' -> '02.10.2024'; anything unparsable is returned unchanged ('' for None)."""
    if not iso:
        return ""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    return iso
