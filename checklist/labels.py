"""German display names of document types, statuses and text sources for report and letter."""

from __future__ import annotations

import re

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
    "ocr": "OCR (Scan)",
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


# Short names of the file formats for the report's list of received files.
MIME_LABELS = {
    "application/pdf": "PDF",
    "image/tiff": "TIFF (Fax/Scan)",
    "image/jpeg": "JPEG-Bild",
    "image/png": "PNG-Bild",
    "image/heic": "HEIC-Bild",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (DOCX)",
    "application/msword": "Word (DOC)",
    "application/vnd.oasis.opendocument.text": "OpenDocument-Text (ODT)",
    "application/rtf": "RTF",
    "text/rtf": "RTF",
    "text/plain": "Text",
    "text/html": "HTML",
    "message/rfc822": "E-Mail",
    "application/zip": "ZIP-Archiv",
}


def mime_label(mime: str) -> str:
    return MIME_LABELS.get(mime, mime or "unbekannt")


def compact_pages(pages: list[int]) -> str:
    """[1, 2, 3, 5] -> '1–3, 5': runs of pages as ranges, so long documents stay readable."""
    nums = sorted(set(pages))
    parts: list[str] = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        parts.append(str(nums[i]) if i == j else f"{nums[i]}–{nums[j]}")
        i = j + 1
    return ", ".join(parts)


# Long German compounds of the report's labels with soft hyphens (U+00AD) at their joints: narrow table
# columns then break them there instead of at an arbitrary letter (Chromium has no German hyphenation).
SOFT_HYPHENS = {
    "Schweigepflichtsentbindungserklärung": "Schweigepflichts\u00adentbindungs\u00aderklärung",
    "Schweigepflichtsentbindung": "Schweigepflichts\u00adentbindung",
    "Gerichtsentscheidungen": "Gerichts\u00adentscheidungen",
    "Gerichtsentscheidung": "Gerichts\u00adentscheidung",
    "Vertretungsvollmacht": "Vertretungs\u00advollmacht",
    "Unterstützerschreiben": "Unterstützer\u00adschreiben",
    "Datenverarbeitung": "Daten\u00adverarbeitung",
    "Deutschkenntnisse": "Deutsch\u00adkenntnisse",
    "Mitgliedschaften": "Mitglied\u00adschaften",
    "Staatsangehörigkeit": "Staats\u00adangehörigkeit",
    "Strafverfahren": "Straf\u00adverfahren",
    "Kindergarten": "Kinder\u00adgarten",
    "Schulnachweise": "Schul\u00adnachweise",
    "Schulnachweis": "Schul\u00adnachweis",
    "Ausländerbehörde": "Ausländer\u00adbehörde",
}


def soft_hyphenate(text: str) -> str:
    for word, hyphenated in SOFT_HYPHENS.items():
        if word in text and hyphenated not in text:
            text = text.replace(word, hyphenated)
    return text


def keep_together(text: str) -> str:
    """No line break between "§" or "Art." and the number after it (non-breaking spaces)."""
    return re.sub(r"(§§?|Art\.|Abs\.|Nr\.) (?=\d)", "\\1\u00a0", text)
