"""Pages of a bundle whose marks are lists (blind15, seen, session 18): the rest of an application's numbered
list of enclosures on a page of its own, a parish's note dated "im September" after a court's first page
that says "Seite 1" and nothing more, and a list of signatures without its title after a club's certificate.
The texts are written anew, with other names and wording than the corpus."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_segment_runon import _documents  # noqa: E402  (the documents of one file's pages)

LAWYERS_LETTER = (
    "Kanzlei Brandt · Marktplatz 2 · 33602 Bielefeld\n"
    "Härtefallkommission NRW\nGeschäftsstelle im Ministerium\n40219 Düsseldorf\n"
    "Bielefeld, 12. März 2025\n"
    "Härtefalleingabe für Kwame ASANTE\n"
    "Sehr geehrte Damen und Herren,\n"
    "Herr Asante hat mich bevollmächtigt. Ich rege an, das Ministerium mit einem Härtefallersuchen nach "
    "§ 23a AufenthG zu befassen. Herr Asante lebt seit 2016 in Bielefeld, sein Asylantrag blieb ohne Erfolg, "
    "er ist geduldet. Er arbeitet als Koch und spricht Deutsch auf dem Niveau B1.\n"
    "Mit freundlichen Grüßen\nJ. Brandt, Rechtsanwältin\n"
    "Anlagenverzeichnis\nAnl. 1 Vollmacht\nAnl. 2 Lebenslauf\n"
)
LIST_GOES_ON = "Anl. 3 Datenschutz-Einwilligung\nAnl. 4 BAMF-Bescheid vom 02.05.2017\nAnl. 5 Urteil des Verwaltungsgerichts\n\nS.2\n"


def test_the_rest_of_a_numbered_list_of_enclosures_stays_with_the_letter() -> None:
    assert _documents(LAWYERS_LETTER, LIST_GOES_ON) == [("antrag", [1, 2])]


COURT_FIRST_PAGE = (
    "Az. 4 K 1187/23\nVerwaltungsgericht Minden\n\nIm Namen des Volkes\nUrteil\n\n"
    "In dem Verwaltungsrechtsstreit des Herrn Kwame Asante, Kläger,\ngegen das Land Nordrhein-Westfalen, Beklagter,\n"
    "hat die Kammer entschieden: Die Klage wird abgewiesen. Der Kläger trägt die Kosten.\n"
    "Tatbestand\nDer Kläger begehrt eine Aufenthaltserlaubnis.\nEntscheidungsgründe\n"
    "Die Klage ist zulässig, aber unbegründet.\n\nSeite 1\n"
)
PARISH_NOTE = (
    "Katholische Pfarrei St. Marien · Kirchplatz 1\n"
    "Bielefeld, im September 2024 (18.09.2024)\n"
    "Mithilfe in der Pfarrei\n\n"
    "Kwame Asante hilft seit drei Jahren bei der Essensausgabe und im Besuchsdienst, ehrenamtlich und "
    "unentgeltlich. Der Verein der Pfarrei schätzt ihn sehr.\n"
    "M. Hoffmann, Pastoralreferentin\n"
)


def test_a_note_dated_in_a_month_after_a_courts_first_page_is_a_document_of_its_own() -> None:
    assert _documents(COURT_FIRST_PAGE, PARISH_NOTE) == [("gerichtsentscheidung", [1]), ("ehrenamt", [2])]


CLUB_CERTIFICATE = (
    "TuS Eintracht Brackwede 1911 e. V.\n\nBestätigung freiwilliger Mitarbeit\n"
    "Kwame Asante (geb. 04.06.1990) ist seit 2019 Mitglied unseres Vereins und engagiert sich ehrenamtlich "
    "als Platzwart und Betreuer der D-Jugend.\n"
    "Bielefeld, 03.06.2024\n\nDer Vorstand\n"
)
SIGNATURES = (
    "Für Kwame Asante\n"
    "Mit unserer Unterschrift bitten wir die Härtefallkommission, ihm ein Bleiberecht zu ermöglichen. "
    "Wir kennen ihn aus Schule und Verein.\n\n"
    "Lfd. Name Ort Unterschrift\n"
    "1 Sabine Krämer Bielefeld ~~~\n2 Jörg Hansen Bielefeld ~~~\n3 Petra Nowak Bielefeld ~~~\n"
    "4 Uwe Lange Bielefeld ~~~\n"
)


def test_a_list_of_signatures_without_its_title_after_a_clubs_certificate_is_a_support_letter() -> None:
    assert _documents(CLUB_CERTIFICATE, SIGNATURES) == [("ehrenamt", [1]), ("unterstuetzerschreiben", [2])]


MEDICAL_REPORT = (
    "Praxis für Psychiatrie Dr. med. H. Vogel\n\nFachärztliche Bescheinigung\n\n"
    "Herr Kwame Asante, geb. 04.06.1990, befindet sich seit 2022 in unserer Behandlung. Diagnose: "
    "Posttraumatische Belastungsstörung (ICD-10 F43.1). Eine fortlaufende Psychotherapie ist erforderlich.\n"
    "Bielefeld, 02.05.2025\nDr. med. H. Vogel\n"
)
EMPLOYER_CONFIRMATION = (
    "Malerbetrieb Schröder GmbH\nPersonalbüro\n\nBestätigung des Beschäftigungsverhältnisses\n\n"
    "Wir bestätigen: Kwame Asante ist in unserem Betrieb seit 01.03.2022 als Helfer tätig; das Bruttoentgelt "
    "beträgt 2.150 EUR im Monat.\nBielefeld, 3. April 2025\n\nK. Schröder\n"
)
CHARITY_NOTE = (
    "Arbeiter-Samariter-Bund Ortsverein Bielefeld\n\n11. März 2025\n\nBestätigung\n\n"
    "Gern bestätigen wir, dass Herr Asante bei uns mit anpackt. Ohne Helfer wie ihn könnten wir unsere "
    "Kleiderkammer nicht öffnen.\n\nP. Neumann\n"
)


def test_an_employers_confirmation_and_a_charitys_short_note_after_a_medical_report() -> None:
    """A faxed bundle's last papers with few words of their class: the employment by its title and gross pay,
    the charity by its local branch and its thanks."""
    assert _documents(MEDICAL_REPORT, EMPLOYER_CONFIRMATION, CHARITY_NOTE) == [
        ("aerztliches_gutachten", [1]),
        ("arbeitsnachweis", [2]),
        ("ehrenamt", [3]),
    ]
