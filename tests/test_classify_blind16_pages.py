"""blind16's pages, read after its blind run (session 19). The texts are written anew in those shapes, with
other names and wording: a neighbour's short note addressed to the commission, a payslip under its plain
name, an employer's "in unserem Betrieb tätig", an application's last page with the list of enclosures
numbered "Blatt 2 (von 2)", and an authority's "Klage ist möglich" that is no court procedure. Also one of
blind10 (seen since session 10, found now): a removal whose date "steht bereits fest"."""

from __future__ import annotations

import sys
from pathlib import Path

from hfk.classify.fields import find_triggers, page_numbering

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_segment_runon import _documents  # noqa: E402  (the documents of one file's pages)

APPLICATION = (
    "Caritasverband Hamm · Migrationsdienst · Nordstraße 3 · 59065 Hamm\n"
    "An die Härtefallkommission NRW\nVölklinger Straße 4, 40219 Düsseldorf\n"
    "Hamm, den 3. März 2025\nHärtefallantrag für Herrn Tamaz Beridze\n"
    "Sehr geehrte Damen und Herren,\n"
    "wir beantragen, das Ministerium mit einem Härtefallersuchen nach § 23a AufenthG zu befassen. Herr "
    "Beridze lebt seit 2017 in Hamm, sein Asylantrag blieb ohne Erfolg, er ist geduldet. Er arbeitet als "
    "Lagerhelfer und spricht Deutsch auf dem Niveau B1.\n\nBlatt 1 (von 2)\n"
)
ENCLOSURES_AND_CLOSING = (
    "Anlagen\nNr. Bezeichnung\nAnl. 1 Lebenslauf\nAnl. 2 Datenschutz-Einverständnis\n"
    "Anl. 3 Entbindung von der Schweigepflicht\nAnl. 4 Bescheid des Bundesamts\n\n"
    "Für Rückfragen stehen wir gern zur Verfügung.\nMit freundlichen Grüßen\n\nM. Krüger (Caritasverband Hamm)\n\n"
    "Blatt 2 (von 2)\n"
)
NEIGHBOURS_NOTE = (
    "Heike Brandt, Nachbarin\nLippestraße 12, 59065 Hamm\n\nAn die Härtefallkommission\n"
    "Ich wohne im selben Haus wie Tamaz Beridze. Seit er eingezogen ist, helfen wir uns gegenseitig: "
    "beim Tragen, mit der Post, im Garten. Ich wünsche mir sehr, dass er hierbleiben darf.\n"
    "4.2.2025\n\nHeike Brandt\n"
)
PAYSLIP = (
    "Logistik Westfalen GmbH\n\nLohnzettel Januar 2025\n\nPers.-Nr. 4711\nName Tamaz Beridze\n"
    "Bezeichnung Betrag\nStundenlohn\nSteuerabzüge\nKV, RV, AV, PV (Arbeitnehmer)\n"
    "Überweisung auf Ihr Konto\nSteuerklasse 1\n"
)
EMPLOYERS_NOTE = (
    "Logistik Westfalen GmbH · Hafenstraße 8 · 59067 Hamm\n\nNachweis\n\n"
    "Hiermit bestätigen wir, dass Herr Tamaz Beridze, geb. 12.05.1990, seit März 2021 in unserem Betrieb "
    "tätig ist (Lagerhelfer). Die Arbeitsleistung ist sehr gut; eine Weiterbeschäftigung ist gewünscht.\n"
    "Hamm, 10.2.2025\nS. Vogt, Personalleitung\n"
)


def test_the_last_page_with_the_enclosures_numbered_blatt_2_von_2_stays_with_the_application() -> None:
    assert page_numbering(ENCLOSURES_AND_CLOSING) == (2, 2)
    assert _documents(APPLICATION, ENCLOSURES_AND_CLOSING) == [("antrag", [1, 2])]


def test_a_neighbours_short_note_to_the_commission_is_a_support_letter() -> None:
    assert _documents(NEIGHBOURS_NOTE) == [("unterstuetzerschreiben", [1])]


def test_a_payslip_by_its_plain_name_and_an_employers_note_are_employment_papers() -> None:
    assert _documents(PAYSLIP) == [("arbeitsnachweis", [1])]
    assert _documents(EMPLOYERS_NOTE) == [("arbeitsnachweis", [1])]


def test_an_authoritys_klage_ist_moeglich_is_no_court_procedure() -> None:
    remedy = "Rechtsbehelfsbelehrung:\n\nKlage ist möglich; sie muss binnen eines Monats beim Verwaltungsgericht Minden eingehen."
    assert "court" not in {kind for kind, _ in find_triggers(remedy)}
    assert "court" in {
        kind for kind, _ in find_triggers("Seine Klage ist beim Verwaltungsgericht Minden anhängig.")
    }


def test_a_removal_whose_date_steht_bereits_fest_is_a_fixed_removal_date() -> None:
    text = (
        "Zuständig ist die Behörde: Stadt Hamm – Ausländerbehörde. Für die Rückführung steht bereits ein Datum "
        "fest: der 14.10.2025; so steht es im Brief der Ausländerbehörde an mich."
    )
    assert "rueckfuehrungstermin" in {kind for kind, _ in find_triggers(text)}
    assert "rueckfuehrungstermin" not in {
        kind for kind, _ in find_triggers("Für die Rückführung steht fest, dass ich nicht reisen kann.")
    }
