"""blind17's shapes, read after its blind run (session 19). The texts are written anew in those shapes, with
other names and wording: a household form with dotted leaders between label and value and a lettered
representative's section; records copied from Duldungen ("gültig bis ...: NAME, Vorname : Geburtstag ...");
a medical report dated with a Roman month; the information sheet beside a consent form; the BAMF's
"Einladung: persönliche Anhörung"; a health insurer's certificate of membership; an English cover mail; and a
neighbour's letter."""

from __future__ import annotations

import sys
from pathlib import Path

from hfk.classify.dates import parse_date
from hfk.classify.fields import find_triggers, representative
from hfk.classify.model import Person
from hfk.classify.persons import extract_persons, name_like

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_segment_runon import _documents  # noqa: E402  (the documents of one file's pages)


def _rows(text: str) -> list[tuple[str, ...]]:
    return [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit, p.adresse)
        for p in extract_persons(text)
    ]


def test_a_household_form_with_dotted_leaders_and_a_lettered_representatives_section() -> None:
    text = (
        "Vordruck · Eingabe bei der Härtefallkommission NRW\n"
        "A Angaben zum Haushalt\n"
        "Haushaltsmitglied A Stellung zu A: —\n"
        "Familienname .................. HAXHIU Vorname(n) ..................... Besnik\n"
        "Geburtsdatum (TT.MM.JJJJ) ... 04.02.1986 Geschlecht ......................... m\n"
        "Geburtsort/-land .............. Gjakova Staatsangehörigk. .......... kosovarisch\n"
        "Haushaltsmitglied B Stellung zu A: Sohn\n"
        "Familienname .................. HAXHIU Vorname(n) ..................... Arber\n"
        "Geburtsdatum (TT.MM.JJJJ) ... 17.09.2014 Geschlecht ......................... m\n"
        "Geburtsort/-land .............. Peja Staatsangehörigk. .......... kosovarisch\n"
        "B Wohnanschrift und Behörde\n"
        "Straße, Hausnummer ........................................... Kampstraße 9\n"
        "Postleitzahl, Ort ............................................ 44137 Dortmund\n"
        "C Vertretung (nur ausfüllen, wenn jemand anderes den Antrag stellt)\n"
        "Name/Stelle ..................................... Kanzlei Vogt & Partner\n"
        "Anschrift ........................................ Marktplatz 1, 58095 Hagen\n"
        "D Begründung\n"
    )
    home = "Kampstraße 9, 44137 Dortmund"
    assert _rows(text) == [
        ("Haxhiu", "Besnik", "1986-02-04", "Gjakova", "kosovarisch", home),
        ("Haxhiu", "Arber", "2014-09-17", "Peja", "kosovarisch", home),
    ]


def test_records_copied_from_duldungen_with_a_fax_colon_for_the_dash() -> None:
    text = (
        "Personalien (übernommen aus den vorliegenden Bescheinigungen):\n"
        "- Duldung Nr. 1234567, ausgestellt 02.12.2024, gültig bis 01.06.2025: Gashi, Arta : Geburtstag 03.04.1988 : "
        "Geburtsort Prizren : StA kosovarisch\n"
        "- Duldung Nr. 7654321, ausgestellt 02.12.2024, gültig bis 01.06.2025: Gashi, Liridon - Geburtstag "
        "12.12.2012 - StA kosovarisch\n"
        "Meldeanschrift: Hauptstraße 2, 59065 Hamm\n"
    )
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in extract_persons(text)] == [
        ("Gashi", "Arta", "1988-04-03", "Prizren"),
        ("Gashi", "Liridon", "2012-12-12", ""),  # "- StA kosovarisch": a label, no birth place
    ]


def test_a_date_with_a_roman_month_also_as_ocr_reads_it() -> None:
    assert parse_date("Bonn, 11.X.2025") == "2025-10-11"
    assert parse_date("Wuppertal, 8.IV.2024") == "2024-04-08"
    assert parse_date("Paderborn, 8.1IX.2024") == "2024-09-08"  # a stray one before the IX
    assert parse_date("Bochum, 5.X1.2024") == "2024-11-05"  # the I after the X read as a one
    assert parse_date("Hamm, 19.11.2024") == "2024-11-19"


CONSENT = (
    "Einwilligung in die Datenverarbeitung\n\nIch willige ein, dass meine Angaben für das Härtefallverfahren "
    "verarbeitet werden.\nOrt, Datum, Unterschrift\n\nSeite 1/2\n"
)
INFORMATION_SHEET = (
    "Beiblatt: Was mit Ihren Angaben geschieht (Art. 13 DSGVO)\nWer ist verantwortlich?\n"
    "Verantwortlich ist das zuständige Ministerium; die Geschäftsstelle der Härtefallkommission bearbeitet "
    "die Anträge nach § 23a AufenthG.\nWelche Rechte haben Sie?\nAuskunft, Berichtigung, Löschung und Widerspruch; "
    "außerdem können Sie sich bei der Landesbeauftragten für Datenschutz beschweren.\n\n2/2\n"
)
HEARING_INVITATION = (
    "Bundesamt für Migration und Flüchtlinge\nAußenstelle Bielefeld\n\nGesch.-Z.: 1234567-423\n"
    "Herr Jawad Noori, Kampstraße 3, 44137 Dortmund\n\nBielefeld, 02.03.2019\n"
    "Einladung: persönliche Anhörung nach § 25 AsylG\n\nIhr Termin: 20.3.2019 um 9:00 Uhr.\n"
    "Bitte bringen Sie diese Ladung und Ihren Ankunftsnachweis mit. Wer fehlt, riskiert eine Entscheidung "
    "nach Aktenlage.\nIm Auftrag\n"
)
INSURER = (
    "Westfalen Betriebskrankenkasse\nVersichertenservice\n\nHerr Jawad Noori\nKampstraße 3\n44137 Dortmund\n\n"
    "2.4.2025\nMitgliedsbescheinigung\n\nBestätigt wird, dass Jawad Noori, geboren am 01.01.1990, als "
    "pflichtversichertes Mitglied kranken- und pflegeversichert ist.\nBeginn der Mitgliedschaft: 01.02.2017\n"
)
COVER_MAIL = (
    "Good day,\n\nthis mail belongs to the hardship case of Jawad Noori. The files below are from the school "
    "and the doctor.\n\nKind regards\nJawad Noori\n"
)
NEIGHBOURS_LETTER = (
    "Ursula Krause\nGartenweg 3, Hamm\n\nAn die Härtefallkommission in Düsseldorf\n"
    "seit gut 6 Jahren wohnt Jawad Noori mit seiner Familie bei uns im Haus. Ohne diese Nachbarn wüsste ich "
    "manchmal nicht weiter. Bitte lassen Sie sie hierbleiben. Ich stehe mit meinem Namen dafür ein.\n\n"
    "Ursula Krause\n"
)


def test_the_information_sheet_stays_with_its_consent_form() -> None:
    assert _documents(CONSENT, INFORMATION_SHEET) == [("datenschutzeinwilligung", [1, 2])]


def test_an_invitation_an_insurers_certificate_a_cover_mail_and_a_neighbours_letter() -> None:
    assert _documents(HEARING_INVITATION) == [("sonstiges", [1])]
    assert _documents(INSURER) == [("sonstiges", [1])]
    assert _documents(COVER_MAIL) == [("sonstiges", [1])]
    assert _documents(NEIGHBOURS_LETTER) == [("unterstuetzerschreiben", [1])]


def test_a_forms_imprint_is_no_representative_and_an_authoritys_rechtsmittel_no_court_case() -> None:
    form = (
        "Vordruck HK-1 · Eingabe bei der Härtefallkommission NRW\n"
        "bereitgestellt vom Arbeitskreis Asyl Münsterland (Stand 03/2024) – bitte in Druckschrift ausfüllen\n"
        "A Angaben zum Haushalt\nFamilienname .......... NOORI Vorname(n) ....... Jawad\n"
        "C Vertretung (nur ausfüllen, wenn jemand anderes den Antrag stellt)\nName/Stelle ............ entfällt\n"
    )
    assert representative(form) is None
    remedy = "Rechtsmittel: Innerhalb eines Monats nach Bekanntgabe können Sie Klage erheben; zuständig ist das Verwaltungsgericht."
    assert "court" not in {kind for kind, _ in find_triggers(remedy)}


def test_a_long_german_noun_is_no_name() -> None:
    assert not name_like(Person(name="Antragstellung", vorname="Stand"))
    assert name_like(Person(name="Hartung", vorname="Jana"))


def test_a_family_tree_whose_branches_and_middle_dots_ocr_misread() -> None:
    text = (
        "Die Familie im Überblick (* = geboren):\n\n"
        "HADDAD, Karim + * 3.5.1985 Deir ez-Zor + syrisch\n"
        "| o HADDAD, Lina + * 9.9.1988 Homs - syrisch\n"
        "H- Omar + * 1.2.2015 Hama + syrisch\n"
        "L—Amal + * 6.6.2018 Homs + syrisch\n\n"
        "Gemeinsame Wohnung: 44135 Dortmund, Kampstraße 8. Zuständige Behörde: Stadt Dortmund.\n"
    )
    home = "Kampstraße 8, 44135 Dortmund"
    assert _rows(text) == [
        ("Haddad", "Karim", "1985-05-03", "Deir ez-Zor", "syrisch", home),
        ("Haddad", "Lina", "1988-09-09", "Homs", "syrisch", home),
        ("Haddad", "Omar", "2015-02-01", "Hama", "syrisch", home),
        ("Haddad", "Amal", "2018-06-06", "Homs", "syrisch", home),
    ]


def test_english_answers_whose_births_stand_under_first_names() -> None:
    text = (
        "Hardship application - my answers to the points on your website\n\n"
        "1) All persons of the application\nOKAFOR Ngozi; OKAFOR Chidi\n\n"
        "2) Date and place of birth\nNgozi: March 3, 1990, Enugu\nChidi: July 9, 2016, Lagos\n\n"
        "3) Nationality\nWe are all Nigerian.\n\n4) Address\n44135 Dortmund, Kampstraße 8\n"
    )
    assert [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit)
        for p in extract_persons(text)
    ] == [
        ("Okafor", "Ngozi", "1990-03-03", "Enugu", "Nigerian"),
        ("Okafor", "Chidi", "2016-07-09", "Lagos", "Nigerian"),
    ]


def test_a_duldungs_own_condition_on_the_removal_date_sets_no_date() -> None:
    clause = "Die Duldung erlischt mit dem Bekanntwerden des Abschiebungstermins."
    assert "rueckfuehrungstermin" not in {kind for kind, _ in find_triggers(clause)}
    assert "rueckfuehrungstermin" in {
        kind for kind, _ in find_triggers("Die Abschiebung ist für den 14.10.2025 geplant.")
    }


def test_records_parted_by_middle_dots_and_an_address_with_its_floor() -> None:
    text = (
        "Personalien (übernommen aus den vorliegenden Bescheinigungen):\n"
        "▪ Duldung Nr. A1234567, gültig bis 13.10.2025: Mensah, Kofi · Geburtstag 03.09.1991 · Geburtsort Kumasi · "
        "StA ghanaisch\n"
        "Meldeanschrift: Lindenweg 6, 3. Etage links, 44135 Dortmund · Behörde: Stadt Dortmund\n"
    )
    assert _rows(text) == [
        ("Mensah", "Kofi", "1991-09-03", "Kumasi", "ghanaisch", "Lindenweg 6, 44135 Dortmund")
    ]
