"""Person blocks in formats the corpus templates do not write: odd table columns, wrapped cells,
roles, maiden names and aliases, lists with brackets and dashes, forms with values under labels."""

import random

import pytest

from hfk.classify.persons import extract_persons
from hfk.corpus.layout import DocSpec, P, Table, layout
from hfk.corpus.render import fax_page, fax_tiff
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions

HEAD = "Härtefallantrag gemäß § 23a AufenthG\n\nSehr geehrte Damen und Herren,\n\n"
TAIL = "\n\nBegründung:\nDie Familie lebt seit vielen Jahren in Deutschland.\n\nMit freundlichen Grüßen\n"


def _keys(persons):
    return [(p.name, p.vorname, p.geburtsdatum) for p in persons]


def test_columns_without_person_fields_are_read_past():
    # running number and relation, sex, file numbers and residence status: no name comes from them
    text = (
        HEAD + "Nr. | Verhältnis | Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "1 | Antragsteller | Haddad | Karim | 03.04.1988 | Aleppo | syrisch\n"
        "2 | Ehefrau | Haddad | Amira | 12.11.1990 | Homs | syrisch\n" + TAIL
    )
    assert _keys(extract_persons(text)) == [
        ("Haddad", "Karim", "1988-04-03"),
        ("Haddad", "Amira", "1990-11-12"),
    ]
    text = (
        HEAD + "Familienname | Vorname(n) | Geschlecht | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "Okafor | Blessing | w | 1989-01-15 | Lagos | nigerianisch\n" + TAIL
    )
    persons = extract_persons(text)
    assert _keys(persons) == [("Okafor", "Blessing", "1989-01-15")]
    assert (persons[0].geburtsort, persons[0].staatsangehoerigkeit) == ("Lagos", "nigerianisch")
    text = (
        HEAD + "Aktenzeichen ABH\tName\tVorname\tGeb.-Datum\tGeburtsort\tStaatsangehörigkeit\n"
        "33.2-4711/22\tMahmoud\tSamir\t09.12.1975\tBeirut\tlibanesisch\n" + TAIL
    )
    assert _keys(extract_persons(text)) == [("Mahmoud", "Samir", "1975-12-09")]


def test_one_column_for_the_whole_name_beside_unknown_columns():
    text = (
        HEAD
        + "Vor- und Nachname | Geburtsdatum | Geburtsort | Staatsangehörigkeit | AZR-Nummer | Aufenthaltsstatus\n"
        "Giorgi Beridze | 05.05.1985 | Kutaissi | georgisch | 151234567890 | Duldung\n"
        "Nino Beridze | 17.08.1987 | Tiflis | georgisch | 151234567891 | Duldung\n" + TAIL
    )
    assert _keys(extract_persons(text)) == [
        ("Beridze", "Giorgi", "1985-05-05"),
        ("Beridze", "Nino", "1987-08-17"),
    ]


def test_a_wrapped_cell_continues_the_row_above_and_a_sentence_ends_the_table():
    text = (
        HEAD + "Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "Al-Hassan | Mohammad | 11.10.1982 | Deir ez-Zor | syrisch\n"
        " | Reza |  |  | \n"
        "Al-Hassan | Fatima | 30.06.1986 | Raqqa | syrisch\n" + TAIL
    )
    assert _keys(extract_persons(text)) == [
        ("Al-Hassan", "Mohammad Reza", "1982-10-11"),
        ("Al-Hassan", "Fatima", "1986-06-30"),
    ]
    english = (
        "Surname | Given names | Date of birth | Place of birth | Nationality\n"
        "Nguyen | Van An | 03/04/1980 | Hanoi | Vietnamese\n\n"
        "We have lived in Germany since 2011.\n\nYours faithfully\n"
    )
    assert _keys(extract_persons(english)) == [("Nguyen", "Van An", "1980-04-03")]


def test_maiden_names_and_aliases_are_not_the_name():
    text = (
        HEAD + "für meine Mandanten Herrn Mehmet Demir, geb. am 15.02.1978 in Batman, türkischer "
        "Staatsangehöriger, und Frau Ayşe Demir geb. Yilmaz, geb. am 08.08.1981 in Mardin, türkische "
        "Staatsangehörige, beantrage ich die Befassung.\n" + TAIL
    )
    assert _keys(extract_persons(text)) == [
        ("Demir", "Mehmet", "1978-02-15"),
        ("Demir", "Ayşe", "1981-08-08"),
    ]
    listed = (
        HEAD
        + "Antragsteller:\n1. Demir, Mehmet, * 15.02.1978 in Batman\n2. Demir, Ayşe, geb. Yilmaz, * 08.08.1981 in Mardin\n"
    )
    assert [p.vorname for p in extract_persons(listed)] == ["Mehmet", "Ayşe"]
    table = (
        HEAD + "Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "Aydın geb. Kaya | Elif | 04.04.1984 | Van | türkisch\n" + TAIL
    )
    assert _keys(extract_persons(table)) == [("Aydın", "Elif", "1984-04-04")]
    alias = (
        HEAD + "Herrn Ibrahima DIALLO alias Ibrahim Diallo, geb. am 01.01.1994 in Conakry, guineischer "
        "Staatsangehöriger\n" + TAIL
    )
    assert _keys(extract_persons(alias)) == [("Diallo", "Ibrahima", "1994-01-01")]


def test_roles_in_brackets_nationality_between_dashes_and_nouns_before_names():
    roles = (
        HEAD + "Betroffen sind:\na) Ismail Yusuf (Antragsteller), geb. 08.06.1979 in Mogadischu, somalisch\n"
        "b) Hodan Yusuf (Ehefrau), geb. 12.01.1985 in Kismayo, somalisch\n" + TAIL
    )
    assert _keys(extract_persons(roles)) == [
        ("Yusuf", "Ismail", "1979-06-08"),
        ("Yusuf", "Hodan", "1985-01-12"),
    ]
    dashes = (
        HEAD
        + "1. Sahin, Murat – türkisch – geb. 12.12.1982 in Erzurum\n2. Sahin, Zeynep – türkisch – geb. 23.07.1987 in Kars\n"
    )
    persons = extract_persons(dashes)
    assert [(p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Murat", "1982-12-12", "Erzurum"),
        ("Zeynep", "1987-07-23", "Kars"),
    ]
    assert all(p.staatsangehoerigkeit == "türkisch" for p in persons)
    noun = (
        HEAD
        + "in der Sache Elvis Bajrami (geb. 12.06.2001 in Shkodra, albanischer Staatsangehöriger) zeige ich die Vertretung an.\n"
    )
    assert _keys(extract_persons(noun)) == [("Bajrami", "Elvis", "2001-06-12")]
    prefix = (
        HEAD
        + "Antragsteller ist Herr Dr. Hamid Abu Bakr, geb. am 12.12.1970 in Khartum, sudanesischer Staatsangehöriger.\n"
    )
    persons = extract_persons(prefix)
    assert _keys(persons) == [("Abu Bakr", "Hamid", "1970-12-12")]
    assert persons[0].staatsangehoerigkeit == "sudanesisch"


def test_a_german_writer_is_no_applicant():
    text = (
        HEAD + "ich, Ali Rahimi, geb. 01.01.1975, deutscher Staatsangehöriger, schreibe für meinen Bruder\n"
        "Reza Rahimi, geb. 05.09.1980 in Mashhad, iranischer Staatsangehöriger,\nder bei mir lebt.\n" + TAIL
    )
    assert _keys(extract_persons(text)) == [("Rahimi", "Reza", "1980-09-05")]


def test_forms_with_values_under_labels_and_a_full_name_field():
    under = (
        HEAD + "Angaben zur antragstellenden Person\nFamilienname\nTesfaye\nVorname(n)\nMeron\n"
        "Geburtsdatum\n11.11.1995\nGeburtsort\nAsmara\nStaatsangehörigkeit\neritreisch\n" + TAIL
    )
    persons = extract_persons(under)
    assert _keys(persons) == [("Tesfaye", "Meron", "1995-11-11")]
    assert (persons[0].geburtsort, persons[0].staatsangehoerigkeit) == ("Asmara", "eritreisch")
    full = (
        HEAD
        + "Antragsteller\nName: Yaw Owusu\nGeburtsdatum: 30.01.1993\nGeburtsort: Kumasi\nStaatsangehörigkeit: ghanaisch\n"
    )
    assert _keys(extract_persons(full)) == [("Owusu", "Yaw", "1993-01-30")]


def test_parents_in_the_text_before_a_table_of_the_children():
    text = (
        HEAD
        + "für Herrn Bashir Noori, geb. am 14.02.1983 in Kandahar, und Frau Mariam Noori, geb. am 30.11.1987 "
        "in Ghazni, beide afghanische Staatsangehörige, sowie ihre Kinder:\n\n"
        "Name | Vorname | Geburtsdatum | Geburtsort\nNoori | Sara | 03.03.2013 | Teheran\n"
        "Noori | Elias | 19.09.2017 | Hagen\n" + TAIL
    )
    assert _keys(extract_persons(text)) == [
        ("Noori", "Bashir", "1983-02-14"),
        ("Noori", "Mariam", "1987-11-30"),
        ("Noori", "Sara", "2013-03-03"),
        ("Noori", "Elias", "2017-09-19"),
    ]
    # a relative outside the application named before the table is not added
    outside = (
        HEAD + "Die Mutter Drita Noori, geb. am 01.01.1960 in Kabul, lebt in Afghanistan.\n\n"
        "Name | Vorname | Geburtsdatum | Geburtsort\nNoori | Sara | 03.03.2013 | Teheran\n" + TAIL
    )
    assert _keys(extract_persons(outside)) == [("Noori", "Sara", "2013-03-03")]


def test_every_birth_the_reasoning_tells_when_there_is_no_block():
    text = (
        HEAD + "Frau Ruth Kebede wurde am 02.02.1992 in Addis Abeba geboren. Ihr Sohn Daniel Kebede ist am "
        "14.06.2019 in Münster geboren. Sein Onkel Abebe Kebede wurde am 01.01.1970 in Gondar geboren.\n"
        + TAIL
    )
    assert _keys(extract_persons(text)) == [
        ("Kebede", "Ruth", "1992-02-02"),
        ("Kebede", "Daniel", "2019-06-14"),
    ]


def test_particles_of_family_names_stay():
    table = (
        HEAD + "Name | Vorname | Geburtsdatum | Geburtsort | Staatsangehörigkeit\n"
        "da Silva | João Pedro | 04.10.1987 | Luanda | angolanisch\n" + TAIL
    )
    assert _keys(extract_persons(table)) == [("da Silva", "João Pedro", "1987-10-04")]


def test_faxed_table_with_number_relation_and_caps_name_columns(tmp_path):
    """Real fax (Tesseract): a running number and a relation column OCR merges into the name cells."""
    rows = [["Nr.", "Verhältnis", "Name", "Vorname", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit"]]
    rows += [
        ["1", "Antragsteller", "Haddad", "Karim", "03.04.1988", "Aleppo", "syrisch"],
        ["2", "Ehefrau", "Haddad", "Amira", "12.11.1990", "Homs", "syrisch"],
        ["3", "Sohn", "Haddad", "Omar", "01.02.2016", "Bochum", "syrisch"],
    ]
    spec = DocSpec(
        blocks=[
            P("Härtefallantrag gemäß § 23a AufenthG", bold=True),
            P("hiermit beantragen wir die Befassung der Kommission für folgende Personen:"),
            Table(rows, [1 / 7] * 7),
            P("Begründung:", bold=True),
            P("Die Familie lebt seit vielen Jahren in Bochum."),
        ]
    )
    image = fax_page(
        layout(spec)[0], random.Random(11), fine=True, header="01.02.2025 10:00 FAX +49 211 5555 S. 1"
    )
    path = tmp_path / "fax.tif"
    path.write_bytes(fax_tiff([image], True, "group4"))
    sub = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q"), workers=1))
    persons = extract_persons(sub.files[0].pages[0].text)
    assert [(p.name, p.vorname) for p in persons] == [
        ("Haddad", "Karim"),
        ("Haddad", "Amira"),
        ("Haddad", "Omar"),
    ]
    assert (
        sum(
            p.geburtsdatum == d
            for p, d in zip(persons, ["1988-04-03", "1990-11-12", "2016-02-01"], strict=True)
        )
        >= 2
    )


def test_an_english_form_with_born_in_and_citizenship_labels() -> None:
    text = (
        "Application to the Hardship Commission\nApplicant\nSurname: Haddad\nFirst name: Amal\n"
        "Date of birth: 12 March 1985\nBorn in: Aleppo\nCitizenship: Syrian\n"
        "Home address: Lindenstraße 4, 44135 Dortmund\n"
        "We ask the commission to consider the case of my family. We have lived in Dortmund since 2015, and the "
        "children go to school in the city and have many friends there.\n"
    )
    (person,) = extract_persons(text, ocr=False)
    assert (person.geburtsort, person.staatsangehoerigkeit) == ("Aleppo", "Syrian")
    assert person.adresse == "Lindenstraße 4, 44135 Dortmund"


# colonless labels, "Zuname" and "Rufname(n)" for the names, "(tt.mm.jjjj)" between label and value
FORM_PER_PERSON = (
    "Angaben zu den Personen, für die der Antrag gestellt wird:\n\n"
    "Antragsteller (1)\n\nZuname Karimi\n\nRufname(n) Ahmad\n\n"
    "Geburtsdatum (tt.mm.jjjj) 01.02.1985\n\nGeburtsstadt Herat\n\nNationalität afghanisch\n\n"
    "Ehefrau (2)\n\nZuname Karimi\n\nRufname(n) Soraya\n\n"
    "Geburtsdatum (tt.mm.jjjj) 11.09.1988\n\nGeburtsstadt Kabul\n\nNationalität afghanisch\n"
)
GEB_AM_GEB_IN_TABLE = (
    "Angaben zu den Personen\n\n"
    "Rolle geb. am Vorname Nachname geb. in Nationalität\n\n"
    "Antragsteller 01.02.1985 Ahmad Karimi Herat afghanisch\n"
    "Ehefrau 11.09.1988 Soraya Karimi Kabul afghanisch\n"
)
# the birth date bare after the name; a dated place line is no person
BARE_DATE_LIST = (
    "Betroffene Personen:\n"
    "Ahmad Karimi, 1.2.1985, Herat, afghanisch\n"
    "Soraya Karimi, 11.9.1988, Kabul, afghanisch (Ehefrau)\n"
    "Dortmund, 12.03.2025\n"
)


@pytest.mark.parametrize(
    "text",
    [FORM_PER_PERSON, GEB_AM_GEB_IN_TABLE, BARE_DATE_LIST],
    ids=["form-per-person", "geb-am-table", "bare-dates"],
)
def test_person_blocks_of_typed_letters(text):
    got = [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit)
        for p in extract_persons(text, ocr=False)
    ]
    assert got == [
        ("Karimi", "Ahmad", "1985-02-01", "Herat", "afghanisch"),
        ("Karimi", "Soraya", "1988-09-11", "Kabul", "afghanisch"),
    ]


def test_a_name_does_not_reach_back_over_the_sentence_before_it():
    # each child in a sentence of its own, on a line of its own: "Staatsangehörigkeit." ends the one before
    text = (
        "Mit ihren beiden Kindern:\n"
        "Mina Karimi geb. am 5. März 2012 in Herat (Afghanistan) besitzt die afghanische Staatsangehörigkeit.\n"
        "Omid Karimi geb. am 7. Oktober 2015 in Dortmund besitzt die afghanische Staatsangehörigkeit.\n"
    )
    got = [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text, ocr=False)]
    assert got == [("Karimi", "Mina", "2012-03-05"), ("Karimi", "Omid", "2015-10-07")]


def test_what_a_pattern_caught_in_a_form_is_no_person():
    from hfk.classify.model import Person
    from hfk.classify.persons import name_like

    assert name_like(Person(name="Karimi", vorname="Ahmad"))
    assert name_like(Person(name="al-Hassan", vorname="Omar"))
    assert name_like(Person(name="Haddad", vorname=""))  # a first name the text left out
    assert not name_like(Person(name="Datum", vorname="geb"))  # small letters only: no first name
    assert not name_like(Person(name="und", vorname="Ahmad"))
    assert not name_like(Person(name="Gesch.-Z", vorname="Ahmad"))
    assert not name_like(Person(name="Raum 104", vorname="Ahmad"))
    # a column title of a persons table ("... | Nationalität | Beziehung"), but not a name containing one
    assert not name_like(Person(name="Beziehung", vorname="Goran"))
    assert not name_like(Person(name="Karimi", vorname="Geburtsort"))
    assert name_like(Person(name="Namer", vorname="Goran"))
    # a legend under a table is nobody; a first name with its other spelling is somebody
    assert not name_like(Person(name="AS", vorname="Antragsteller/in, EP = Ehepartner/in, K"))
    assert name_like(Person(name="Haddad", vorname="Mohammad/Mohamed"))
