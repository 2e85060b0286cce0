"""Person layouts of blind18 still misread after session 20, written anew for these tests: a letter
with its persons in a narrow left column (as OCR reads it, across both columns), a questionnaire's
"Geburtstag" column, and a spouse's birth told in a sentence of a letter written for the applicant."""

from hfk.classify.persons import extract_persons

# OCR of a two-column letter: each line begins with the left column's cell and runs on into the
# reasoning beside it
SIDEBAR = """Härtefallantrag nach § 23a Aufenthaltsgesetz

Betroffene Personen Wir vertreten die Antragsteller in dieser Sache und bitten
Tamar KVARATSKHELIA die Kommission um ein Ersuchen an die Ausländerbehörde.
* 3.9.1987, Ozurgeti Frau Kvaratskhelia stammt aus Ozurgeti in Westgeorgien
StA georgisch und kam im Jahr 2017 nach Deutschland.

Giorgi KVARATSKHELIA Ihr Sohn Giorgi wurde in Ozurgeti geboren und besucht
* 21.06.2009, Ozurgeti Die achte Klasse der Gesamtschule Bochum-Mitte.
StA georgisch Er spricht besser Deutsch als Georgisch.

Anschrift Beide leben seit sechs Jahren in derselben Wohnung,
Herner Straße 112 die Nachbarn kennen und schätzen sie.
44809 Bochum Eine Rückkehr wäre für den Jungen ein Bruch.
"""


def test_persons_in_a_left_column_beside_the_reasoning():
    persons = extract_persons(SIDEBAR, ocr=True)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Kvaratskhelia", "Tamar", "1987-09-03", "Ozurgeti", "georgisch"),
        ("Kvaratskhelia", "Giorgi", "2009-06-21", "Ozurgeti", "georgisch"),
    ]
    assert {p.adresse for p in persons} == {"Herner Straße 112, 44809 Bochum"}


def test_a_two_word_birth_place_in_the_left_column_ends_where_the_reasoning_begins():
    text = (
        "Chiamaka OKONKWO Frau Okonkwo stammt aus Port Harcourt (Nigeria) und hat\n"
        "* 14.2.1990, Port Harcourt dort als Schneiderin gearbeitet. Seit 2018 lebt\n"
        "StA nigerianisch sie in Deutschland.\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Okonkwo", "Chiamaka", "1990-02-14", "Port Harcourt", "nigerianisch")
    ]


def test_a_questionnaire_row_under_a_birthday_column_with_the_role_in_brackets():
    text = (
        "2. Für wen gilt der Antrag? Jede Person mit Name, Vorname, Geburtstag, Geburtsort, "
        "Staatsangehörigkeit\n\n"
        "Rahimi Farid   7.3.1993   Herat   (Antragsteller)\n\n"
        "3. Wo wohnt die Familie?\n\nLange Straße 5, 32756 Detmold\n"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Rahimi", "Farid", "1993-03-07", "Herat")
    ]


def test_the_spouses_birth_is_not_the_applicants_in_a_letter_written_on_his_behalf():
    text = (
        "ich wende mich an Sie als Schwester und im Namen von Bakary Diallo samt Familie.\n"
        "Herr Bakary Diallo kam in Labé zur Welt und ist guineischer Staatsangehöriger.\n"
        "Seine Ehefrau Fatoumata Diallo wurde am 2. Mai 1990 in Conakry geboren, sie besitzt\n"
        "ebenfalls die guineische Staatsangehörigkeit.\n"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Diallo", "Bakary", "", "Labé"),
        ("Diallo", "Fatoumata", "1990-05-02", "Conakry"),
    ]


def test_a_family_name_ocr_read_with_a_small_letter_keeps_every_person_of_the_column():
    """Guard: the column reader must not drop a person whose capitals OCR damaged (the reader before
    it read all three)."""
    text = (
        "Betroffene Personen\n\n"
        "Mehmet ÇELlK\n*19.2.2000, Mardin\nStA türkisch\n\n"
        "Rojda ÇELIK\n*4.9.2001, Mardin\nStA türkisch\n\n"
        "Yusuf ÇELIK\n* 12.11.2020, Mardin\nStA türkisch\n\n"
        "Anschrift\nBergstraße 98\n47798 Krefeld\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Çelik", "Mehmet", "2000-02-19", "Mardin"),
        ("Çelik", "Rojda", "2001-09-04", "Mardin"),
        ("Çelik", "Yusuf", "2020-11-12", "Mardin"),
    ]
    assert {p.adresse for p in persons} == {"Bergstraße 98, 47798 Krefeld"}
