"""Pages that say what they are in plain words, not by their usual title (blind5 and blind7, seen, read again
in session 19). The texts are written anew in those shapes, with other names and wording: a power of attorney
that says "darf für mich ... reden", a neighbour's note, a practice's statement, a course certificate, an
employer's few lines of backing, the BAMF's invitation to the hearing, and an application form titled
"Härtefall-Eingabe"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_segment_runon import _documents  # noqa: E402  (the documents of one file's pages)

PLAIN_POWER_OF_ATTORNEY = (
    "Samira Haddad\nLindenweg 4, 59065 Hamm\n\nErklärung\n\n"
    "Hiermit darf Ute Schneider (Diakonie Hamm, Marktplatz 2, 59065 Hamm) für mich, Samira Haddad, und meine "
    "Kinder bei der Härtefallkommission und bei den Ämtern sprechen, Briefe schreiben und meine Post annehmen.\n"
    "Ich kann das jederzeit zurücknehmen.\nHamm, den 2. Mai 2025\n\nSamira Haddad\n"
)
NEIGHBOURS_NOTE = (
    "Frank Weber\nAm Bach 3, Hamm\n\nHamm, 8. April 2025\nFür Familie Haddad\n\n"
    "Samira Haddad ist seit Jahren meine direkte Nachbarin. Man passt hier aufeinander auf: Einkäufe, "
    "Kinderbetreuung, Hilfe im Garten. Das ganze Haus wäre traurig, wenn die Familie fort müsste.\n"
    "Bitte geben Sie der Familie eine Zukunft hier.\n\nFrank Weber\n"
)
PRACTICE_STATEMENT = (
    "Hausarztpraxis Dr. Lindner\nBahnhofstraße 9 · Hamm\n\nStellungnahme der behandelnden Praxis\n\n"
    "Betr.: Samira Haddad (* 3.3.1988)\nSeit 2021 betreuen wir die genannte Person. Diagnostiziert wurde eine "
    "rezidivierende depressive Störung (F33.1 G). Verordnet sind zurzeit Sertralin 50 mg 1-0-0.\n"
    "Hamm, den 2. April 2025\n\nDr. med. P. Lindner\n"
)
COURSE_CERTIFICATE = (
    "Volkshochschule Hamm\nFachbereich Deutsch als Fremdsprache\n\nKursbescheinigung\n\n"
    "Wir bescheinigen Frau Samira Haddad, geboren am 03.03.1988, die regelmäßige Teilnahme am Integrationskurs "
    "(Module 1-6) vom 01.02.2023 bis 30.09.2023.\nDer abschließende Sprachtest wurde abgelegt.\nHamm, 10.10.2023\n"
)
EMPLOYERS_BACKING = (
    "Bäckerei Vogt KG\nHamm, 5. März 2025\n\nWir stehen hinter Samira Haddad\n\n"
    "Frau Haddad arbeitet zuverlässig bei uns, wir möchten sie nicht mehr missen. Die Eingabe an die "
    "Härtefallkommission hat unsere volle Unterstützung.\n\nK. Vogt\n"
)
HEARING_INVITATION = (
    "Bundesamt für Migration und Flüchtlinge\nAußenstelle Bielefeld\n\nFrau Samira Haddad\nLindenweg 4\n59065 Hamm\n\n"
    "Gesch.-Z.: 7654321 - 475\n02.03.2019\nEinladung zur persönlichen Anhörung (§ 25 AsylG)\n\n"
    "Sie werden hiermit zur persönlichen Anhörung am 20.03.2019 um 09:00 Uhr in die Außenstelle Bielefeld geladen.\n"
    "Im Auftrag\n"
)
APPLICATION_FORM = (
    "Samira Haddad\nLindenweg 4\n59065 Hamm\n\nHärtefall-Eingabe - Formblatt (§ 23a AufenthG)\nEingereicht am: 02.05.25\n\n"
    "1. Personalangaben\nHaddad, Samira - * 03.03.1988 : Geburtsort Homs : StA: syrisch\n"
    "2. Ausländerbehörde und Status\nAusländerbehörde: Stadt Hamm\nAktueller Status: Duldung (§ 60a AufenthG)\n\n"
    "3. Darstellung des Härtefalls\nGeboren wurde ich in Homs. Nach Deutschland kam ich 2016. Lebenslauf und "
    "Sprachzertifikat liegen bei.\n"
)


def test_a_power_of_attorney_in_plain_words_and_a_neighbours_note() -> None:
    assert _documents(PLAIN_POWER_OF_ATTORNEY) == [("vollmacht", [1])]
    assert _documents(NEIGHBOURS_NOTE) == [("unterstuetzerschreiben", [1])]


def test_a_practices_statement_and_an_employers_backing() -> None:
    assert _documents(PRACTICE_STATEMENT) == [("aerztliches_gutachten", [1])]
    assert _documents(EMPLOYERS_BACKING) == [("unterstuetzerschreiben", [1])]


def test_a_course_certificate_the_invitation_to_the_hearing_and_a_form_titled_haertefall_eingabe() -> None:
    """Guard: alone, with a clean text layer, these were read right before the new cues too (the cues were
    added for faxes of them whose OCR had lost other words)."""
    assert _documents(COURSE_CERTIFICATE) == [("sprachnachweis", [1])]
    assert _documents(HEARING_INVITATION) == [("sonstiges", [1])]
    assert _documents(APPLICATION_FORM) == [("antrag", [1])]
