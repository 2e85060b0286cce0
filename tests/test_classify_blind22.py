"""Forms, dates, triggers and places as blind22 shows them (seen after its blind run in session 24; the texts
here are written anew): a form's question answered "[x] keine", an authority's instructions on appeal that
say a suit "kann ... eingereicht werden", a criminal court in English, a birth place later in a person's
record, in a table row whose header names the cells or in a form OCR read column by column, a decision's date
in a delivery note or with the day's dot read as a comma, a neighbour's short letter, the application's
persons annex, "weder ... noch Einkommen", and a fax line whose "S." OCR read as "5."."""

import sys
from pathlib import Path

from hfk.classify.case import collect_facts
from hfk.classify.dates import issue_date
from hfk.classify.fields import find_triggers
from hfk.classify.model import Person
from hfk.classify.persons import place_from_record

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_case import one_type  # noqa: E402
from test_classify_fields_wording import _antrag  # noqa: E402  (an application Document from its text)


def kinds(text: str) -> set[str]:
    return {kind for kind, _ in find_triggers(text)}


FORM_ANSWERED_NO = """C Frühere und laufende Verfahren
Asylverfahren: [ ] nein [x] ja – Antrag vom 03.05.2017, abgelehnt
Verfahren vor Gericht: [x] keine [ ] ja, Aktenzeichen: ____
Strafverfahren oder Verurteilungen: [x] keine bekannt [ ] ja
Erkrankungen: ☒ nein ☐ ja
"""


def test_a_forms_question_ticked_no_triggers_nothing() -> None:
    assert not kinds(FORM_ANSWERED_NO) & {"court", "criminal", "illness"}
    # the same question ticked yes does
    ticked_yes = FORM_ANSWERED_NO.replace(
        "[x] keine [ ] ja, Aktenzeichen: ____", "[ ] keine [x] ja, Klage beim VG Minden"
    )
    assert "court" in kinds(ticked_yes)


def test_instructions_on_appeal_and_a_criminal_court_are_no_court_procedure() -> None:
    instructions = (
        "Belehrung über Rechtsbehelfe\nInnerhalb eines Monats nach Bekanntgabe kann beim Verwaltungsgericht "
        "Gelsenkirchen schriftlich Klage eingereicht werden."
    )
    assert "court" not in kinds(instructions)
    fined = "In March 2019 the local court of Hamm fined him for riding without a ticket; the fine is paid."
    assert "court" not in kinds(fined)
    # a suit filed is one
    assert "court" in kinds("Gegen den Bescheid wurde Klage beim Verwaltungsgericht Minden eingereicht.")
    assert "court" in kinds("The administrative court in Minden dismissed her appeal in 2021.")


def test_a_birth_place_later_in_the_record_is_read() -> None:
    text = (
        "Frau Leyla ARSLAN, geb. 14. März 1990 (35 J.), türkische Staatsangehörigkeit,\n"
        "Geburtsort Mardin – Antragstellerin.\n"
        "Yusuf, our son (born 2 May 2015, Batman) is Turkish.\n"
        "Herr Cem Arslan, geb. 01.02.1987, Geburtsort Oo\n"
        "Frau Ece Arslan, geb. 05.06.1962, Geburtsort Staatsangehörigkeit türkisch\n"
    )
    mother = Person(name="Arslan", vorname="Leyla", geburtsdatum="1990-03-14")
    son = Person(name="Arslan", vorname="Yusuf", geburtsdatum="2015-05-02")
    father = Person(name="Arslan", vorname="Cem", geburtsdatum="1987-02-01")
    read = Person(name="Arslan", vorname="Ali", geburtsdatum="1990-03-14", geburtsort="Ankara")
    grandmother = Person(name="Arslan", vorname="Ece", geburtsdatum="1962-06-05")
    for person in (mother, son, father, read, grandmother):
        place_from_record(person, text)
    assert (mother.geburtsort, son.geburtsort) == ("Mardin", "Batman")
    # an empty field OCR read as noise, or followed by the next label
    assert father.geburtsort == grandmother.geburtsort == ""
    assert read.geburtsort == "Ankara"  # a place read already stays


def test_a_decisions_date_in_a_delivery_note_or_with_a_comma_for_the_dot() -> None:
    note = (
        "Bundesamt für Migration und Flüchtlinge\nZustellungsvermerk\nEntscheidungsdatum: 03.11.2021\n"
        "BESCHEID\nDer Antragsteller, geb. 04.04.1990, stellte am 12.01.2020 einen Asylantrag."
    )
    assert issue_date(note) == "2021-11-03"
    faxed = "BUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE\nEssen, den 7, Juni 2022\n\nBescheid\nAm 20.03.2021 stellte er Asyl."
    assert issue_date(faxed) == "2022-06-07"


NEIGHBOUR = """Petra Lange, Birkenweg 4, Hamm
03.06.2025
An die Härtefall-Kommission, Düsseldorf

Ich wohne seit acht Jahren im gleichen Haus wie Amina Hadzic. Als ich mir das Bein gebrochen hatte, hat
Amina für mich gekocht und die Wäsche gemacht. Die Nachbarskinder mögen die ganze Familie.
Ich verstehe nicht, warum ausgerechnet diese Familie gehen soll. Ich bitte Sie herzlich:
Geben Sie ihr eine Chance, ich verbürge mich für sie.
Hochachtungsvoll

Petra Lange
"""


def test_a_neighbours_short_letter_is_a_support_letter() -> None:
    """The writer lives "im gleichen Haus wie" the applicant (before session 24: sonstiges)."""
    assert one_type(NEIGHBOUR) == "unterstuetzerschreiben"


HOUSEHOLD = """Haushaltsangehörige (Staatsangehörigkeit / Geburtsort / Name,
Vorname / geboren):

irakisch / Mossul / HADDAD, Rana / 3.7.1988
irakisch / Bielefeld / HADDAD, Lina / 14.2.2019

Gemeinsame Wohnung: Lindenweg 2, 33602 Bielefeld
"""


def test_place_and_nationality_from_a_row_whose_header_names_its_cells() -> None:
    from hfk.classify.persons import fields_from_table_row

    rana = Person(name="Haddad", vorname="Rana", geburtsdatum="1988-07-03")
    lina = Person(name="Haddad", vorname="Lina", geburtsdatum="2019-02-14", staatsangehoerigkeit="deutsch")
    for person in (rana, lina):
        fields_from_table_row(person, HOUSEHOLD)
    assert (rana.geburtsort, rana.staatsangehoerigkeit) == ("Mossul", "irakisch")
    assert (lina.geburtsort, lina.staatsangehoerigkeit) == ("Bielefeld", "deutsch")  # what was read stays
    # rows without a header that names their cells say nothing
    bare = Person(name="Haddad", vorname="Rana", geburtsdatum="1988-07-03")
    fields_from_table_row(bare, HOUSEHOLD.split("\n\n", 1)[1])
    assert (bare.geburtsort, bare.staatsangehoerigkeit) == ("", "")


PERSONS_ANNEX = """Anlage 1: Personalien

Antragstellerin

Familienname Haddad
Vorname(n) Rana
Geburtsdatum 03.07.1988
Geburtsort Mossul
Staatsang. irakisch

Gemeinsame Anschrift: Lindenweg 2, 33602 Bielefeld
Ausländerbehörde: Stadt Bielefeld – Ausländerbehörde
"""


def test_the_page_of_an_applications_persons_annex_is_the_application() -> None:
    """A page of its own headed "Anlage 1: Personalien" (before session 24: the authority's letter, for the
    Ausländerbehörde it names)."""
    assert one_type(PERSONS_ANNEX) == "antrag"


def test_no_income_there_is_no_integration_here() -> None:
    from hfk.classify.fields import begruendung_topics

    found = begruendung_topics(
        "Eine Rückkehr wäre ihr nicht zuzumuten: sie hätte dort weder Arzt noch Einkommen."
    )
    assert "integration" not in found and "humanitaere_gruende" in found
    assert "integration" in begruendung_topics("Mit ihrem Einkommen als Pflegehelferin trägt sie die Miete.")


def test_a_fax_line_whose_page_count_ocr_misread_is_a_fax_line() -> None:
    """ "S. 6/6" read "5. 6/6": the line is still the fax machine's, and the sender it names (a counselling
    service) does not make a volunteer's hour sheet the application (session 24)."""
    from hfk.classify.normalize import PAGE_LINE

    line = "03.02.2025 10:17 FAX +49 521 448812 Caritas Flüchtlingsberatung Bielefeld 5. 4/4"
    assert PAGE_LINE.match(line)
    assert not PAGE_LINE.match("Wir trafen uns am 03.02. um 10:17 Uhr; die Sitzung dauerte 5. 4 Stunden.")
    sheet = (
        line + "\n\nTurnverein Brackwede 1894 e. V.\n- Der Vorstand -\n\nStundennachweis Ehrenamt\n"
        "für Amina Hadzic, Mitglied seit 2021\n\nMonat | Einsatz | Stunden\nMai 2024 | Kinderturnen | 12\n"
        "Juni 2024 | Sommerfest | 9\n\nDie Angaben werden bestätigt. Bielefeld, 03.07.2024\n1. Vorsitzende"
    )
    from hfk.classify.nlp import default_scorer

    scores = default_scorer().score(sheet).scores
    assert max(scores, key=scores.get) == "ehrenamt"


AUTHORITY_HEARING = """02.05.2024 11:05 FAX +49 2381 4471 Rechtsanwälte Brandt & Partner 5. 6/7

Stadt Hamm
Amt für Zuwanderung und Einbürgerung
59065 Hamm

Frau Amina Hadzic
Birkenweg 4
59063 Hamm

02.05.2024 - Az. 32.4411
Gelegenheit zur Stellungnahme (§ 28 VwVfG NRW) vor Aufenthaltsbeendigung
Sehr geehrte Frau Hadzic,

Ihre Ausreisepflicht ist vollziehbar; die Ausländerbehörde beabsichtigt, Ihren Aufenthalt zu beenden.
Wenn Sie dazu etwas vortragen möchten, teilen Sie es uns bitte spätestens am 24.05.2024 mit.

Mit freundlichen Grüßen

i. A. Pohl
"""


def test_an_authoritys_hearing_before_ending_a_stay_is_its_letter() -> None:
    """Guard: blind5's such letter was read as "sonstiges" once its fax line (naming a law firm) was left
    out in session 24; "Gelegenheit zur Stellungnahme vor Aufenthaltsbeendigung" holds it now. This text
    passes without that cue as well."""
    from hfk.classify.nlp import default_scorer

    scores = default_scorer().score(AUTHORITY_HEARING).scores
    assert max(scores, key=scores.get) == "auslaenderbehoerde"


HOUSEHOLD_LETTER = """Familie Ahmadi
Mühlenweg 32
45886 Gelsenkirchen

Härtefallkommission NRW
Völklinger Str. 4
40219 Düsseldorf

Gelsenkirchen, 21. Juli 2025

Härtefallersuchen für den Haushalt Ahmadi, Gelsenkirchen

Sehr geehrte Damen und Herren,

ich wende mich an die Härtefallkommission und bitte darum, dass sie unseren Fall berät.

Haushaltsangehörige (Staatsangehörigkeit / Geburtsort / Name, Vorname / geboren):

afghanisch / Kabul / AHMADI, Rahim / 5.7.1984

afghanisch / Herat / AHMADI, Naweed / 10.1.2019

Gemeinsame Wohnung: Mühlenweg 32, 45886 Gelsenkirchen
"""


def test_a_nationality_read_as_the_birth_place_gives_way_to_the_rows_place() -> None:
    """The rules read "afghanisch" (the row's first cell) as the birth place; the header says it is the
    nationality and the place is the next cell (session 24)."""
    persons = collect_facts([_antrag(HOUSEHOLD_LETTER)]).persons
    assert [(p.vorname, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Rahim", "Kabul", "afghanisch"),
        ("Naweed", "Herat", "afghanisch"),
    ]


STACKED_FORM = """Anlage 1: Personalien

Familienname

Vorname(n)

Geburtsdatum

Geburtsort

Staatsang.

Antragstellerin
Haddad

Rana
03.07.1988
Mossul

irakisch

Tochter
Haddad
Lina
14.02.2019
Bielefeld

irakisch
"""


def test_place_and_nationality_from_a_form_ocr_read_column_by_column() -> None:
    """The labels first, then each person's values one a line in their order (session 24)."""
    from hfk.classify.persons import fields_from_label_column

    rana = Person(name="Haddad", vorname="Rana", geburtsdatum="1988-07-03")
    lina = Person(name="Haddad", vorname="Lina", geburtsdatum="2019-02-14")
    for person in (rana, lina):
        fields_from_label_column(person, STACKED_FORM)
    assert (rana.geburtsort, rana.staatsangehoerigkeit) == ("Mossul", "irakisch")
    assert (lina.geburtsort, lina.staatsangehoerigkeit) == ("Bielefeld", "irakisch")
    # a date in running text is no value of a column
    prose = Person(name="Haddad", vorname="Rana", geburtsdatum="1988-07-03")
    fields_from_label_column(prose, STACKED_FORM.replace("03.07.1988", "geboren am 03.07.1988"))
    assert (prose.geburtsort, prose.staatsangehoerigkeit) == ("", "")
