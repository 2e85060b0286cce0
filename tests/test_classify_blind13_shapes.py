"""Shapes found on blind13 after its blind runs (session 15): a lawyer's fax that "ersucht darum, dass sich die
Kommission des Falles annimmt" (the "Vollmacht" it names made it a form page), an English letter whose writer
says "I am Ousmane Camara." and "My nationality is Guinean", and a hospital's discharge report whose
discharge date stands above "Brief geschrieben am ...". Hand-written texts with invented names."""

from hfk.classify.dates import issue_date
from hfk.classify.nlp import default_scorer
from hfk.classify.pages import best_class
from hfk.classify.persons import extract_persons


def test_a_lawyers_fax_that_asks_the_commission_to_take_up_the_case_is_an_application():
    text = (
        "VORAB PER TELEFAX · 0211 837-2200 · Absender: Kanzlei Berg\nOriginal folgt nicht / nur per Fax\n"
        "Kanzlei Berg Lindenweg 5\n45127 Essen\nBearbeitung: Anna Berg\n"
        "Düsseldorf, Geschäftsstelle HFK – Eingabe vom 10.04.2025\nDringend: Härtefallantrag HOXHA\n"
        "unter Vorlage der Vollmacht zeigen wir die Vertretung von Arben Hoxha an und ersuchen darum, dass sich "
        "die Kommission des Falles annimmt und ein Härtefallersuchen gemäß § 23a AufenthG an die zuständige "
        "Behörde richtet.\nZur Teilhabe: Beim Deutsch-Test für Zuwanderer erreichte er das Niveau B1.\n"
        "Zur Härte: Bei ihm wurde eine Angststörung festgestellt (ICD-10 F41.1).\n"
    )
    assert best_class(default_scorer().score(text).scores)[0] == "antrag"


def test_an_english_writer_who_says_i_am_and_my_nationality_is():
    text = (
        "Respected Commission,\nI am writing to put my family's case before the Hardship Commission.\n"
        "I am Kwame Mensah. I was born on 12 August 1991 in Kumasi. My nationality is\nGhanaian.\n"
        "You can reach all of us at Lindenweg 7, 48143 Münster.\n"
    )
    [p] = extract_persons(text, ocr=False)
    assert (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.adresse) == (
        "Mensah",
        "Kwame",
        "1991-08-12",
        "Kumasi",
        "Lindenweg 7, 48143 Münster",
    )
    assert p.staatsangehoerigkeit in ("Ghanaian", "ghanaisch")


def test_a_discharge_report_is_dated_when_written_not_when_the_patient_left():
    text = (
        "KLINIKUM MUSTERSTADT\nKlinik für Innere Medizin\n\nEntlassungsbericht\n\n"
        "Betr.: Arben Hoxha, * 27.07.1987 – bei uns aufgenommen 12.12.2024, entlassen\n21.01.2025\n\n"
        "Liebe Frau Kollegin, lieber Herr Kollege,\nnachfolgend unser Bericht.\n\n"
        "Entlassdiagnose Diabetes mellitus Typ 2 (E11.9 G)\n\nMit kollegialem Gruß\n\nDr. med. Anna Berg\n\n"
        "Brief geschrieben am 22.01.2025 · Bl. 1/1\n"
    )
    assert issue_date(text) == "2025-01-22"


def _class(text):
    return best_class(default_scorer().score(text).scores)[0]


def test_papers_in_other_words_found_on_blind13():
    duldung = (
        "Duldung – Bescheinigung nach § 60a Abs. 4 AufenthG\nkein Aufenthaltstitel · berechtigt nicht zum "
        "Grenzübertritt\n\n(1) Familienname HOXHA\n\n(2) Vornamen Arben\n\n(3) Geburtsdatum / -ort 31.03.1973 / Peja\n"
        "(4) Staatsangehörigkeit kosovarisch\n\n(5) Anschrift Lindenweg 9, 40589 Düsseldorf\n\n(6) gültig bis "
        "07.08.2025\n\nNebenbestimmungen\nWohnsitznahme ist nur in Düsseldorf gestattet.\n\n"
        "Landeshauptstadt Düsseldorf – Amt für Migration und Integration\nausgestellt am 08.02.2025 · Dienstsiegel\n"
    )
    neighbour = (
        "Petra Kühn\nLindenweg 2\n50825 Köln\n\nKöln, 5.9.2024\n\nLiebe Leute von der Härtefallkommission,\n\n"
        "seit 4 Jahren trennt nur eine Wand meine Wohnung von der von Arben Hoxha. Im Haus sind alle froh über "
        "diese Nachbarschaft.\n\nIch bitte Sie von Herzen: Lassen Sie diese Menschen hier bleiben. Sie gehören zu "
        "uns.\n\nHerzliche Grüße\n\nPetra Kühn\n"
    )
    engagement = (
        "26.02.2025 14:35 FAX +49 459 441319 Arben Hoxha S. 5/6\n\nSPORTVEREIN BLAU-WEISS HAGEN\n\n"
        "Geschäftsstelle - Hagen\n\nNachweis über freiwilliges Engagement\n\nWir bescheinigen gern, dass Herr "
        "Arben Hoxha (geb. 05.08.2001) sich seit 2021 ehrenamtlich und ohne Bezahlung bei uns einbringt. Die "
        "Mitarbeit ist zuverlässig und freundlich.\n\nAufgaben: Übersetzen bei Beratungsterminen.\n\n"
        "Hagen, 8.5.2024\n\nKatrin Sauer, Vorstand\n"
    )
    listing = (
        "Anlagenverzeichnis\n\nzur Härtefalleingabe Arben Hoxha vom 22.06.2025\n\nAnlage Inhalt Blatt\n\n"
        "A1 Lebenslauf 2\nA2 Einwilligungserklärung Datenschutz 3\nA3 Vollmacht 4\n\nA4 Ärztliche Bescheinigung 5\n"
        "A5 Schweigepflichtentbindung 6\nA6 Arbeitsnachweise 7\n\nKopien; Originale können auf Anforderung "
        "vorgelegt werden.\n"
    )
    assert [_class(t) for t in (duldung, neighbour, engagement, listing)] == [
        "auslaenderbehoerde",
        "unterstuetzerschreiben",
        "ehrenamt",
        "sonstiges",
    ]


def test_list_items_that_open_with_the_birth():
    text = (
        "Sehr geehrte Damen und Herren,\nwir bitten die Kommission, den Fall nach § 23a AufenthG zu prüfen.\n"
        "Um diese Menschen geht es:\n"
        "* 1. Mai 1990 in Isfahan - Reza Karimi, iranisch (Antragsteller)\n"
        "* 9, Dezember 1992 in Teheran - Mina Karimi, iranisch (Ehefrau)\n"
        "* 10. April 2018 - Sara Karimi, iranisch (Tochter)\n"
        "Unsere Adresse: Lindenweg 31, 45127 Essen\n"
    )
    assert [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit)
        for p in extract_persons(text, ocr=True)
    ] == [
        ("Karimi", "Reza", "1990-05-01", "Isfahan", "iranisch"),
        ("Karimi", "Mina", "1992-12-09", "Teheran", "iranisch"),
        ("Karimi", "Sara", "2018-04-10", "", "iranisch"),
    ]


def test_a_faxed_form_whose_representative_section_has_blank_lines_between_its_fields():
    lines = [
        "Eingabe bei der Härtefallkommission (Land NRW)",
        "Abschnitt 1 · Personen, für die die Eingabe gelten soll",
        "Zuname SULTANI",
        "Rufname(n) Sayed",
        "geboren am 14.12.1969",
        "Geburtsort Ghazni",
        "Staatsangeh. afghanisch",
        "Abschnitt 2 · Gemeinsame Wohnanschrift",
        "Straße, Hausnummer Weststraße 100",
        "Postleitzahl und Ort 45127 Essen",
        "Abschnitt 3 · Bevollmächtigte Person oder Stelle",
        "Name / Stelle Flüchtlingsrat Bonn e. V.",
        "Anschrift Gartenweg 57, 53119 Bonn",
        "Ansprechperson Ralf Schulte",
        "Abschnitt 4 · Zuständige Ausländerbehörde",
    ]
    [p] = extract_persons("\n\n".join(lines), ocr=True)
    assert (p.name, p.vorname, p.geburtsdatum, p.staatsangehoerigkeit, p.adresse) == (
        "Sultani",
        "Sayed",
        "1969-12-14",
        "afghanisch",
        "Weststraße 100, 45127 Essen",
    )
