"""Persons of faxed applications: tables that OCR garbled, names it misread, dates the reasoning repeats."""

import random

from hfk.classify.persons import extract_persons
from hfk.corpus.layout import DocSpec, P, Style, Table, layout
from hfk.corpus.render import fax_page, fax_tiff
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions


def _keys(persons):
    return [(p.name, p.vorname, p.geburtsdatum) for p in persons]


def test_a_header_wrapped_over_two_lines_with_geb_am():
    text = (
        "für die folgenden Personen beantrage ich die Befassung der Kommission:\n\n"
        "Familienname Vorname geb. am\n\nGeburtsort Staatsangehörigkeit\n"
        "Sargsyan Lilit 06.01.1999 Kapan armenisch\n"
        "Sargsyan Hovhannes 29.12.1997 Gjumri armenisch\n"
        "Sargsyan Armen 10.10.2009 Wanadsor armenisch\n\n"
        "Wohnanschrift aller Personen: Schulstraße 3, 33602 Bielefeld\n"
    )
    persons = extract_persons(text)
    assert _keys(persons) == [
        ("Sargsyan", "Lilit", "1999-01-06"),
        ("Sargsyan", "Hovhannes", "1997-12-29"),
        ("Sargsyan", "Armen", "2009-10-10"),
    ]
    assert all(p.staatsangehoerigkeit == "armenisch" for p in persons)


def _family_letter(rows: str) -> str:
    return (
        "im Auftrag von Ama Boateng, Isaac Boateng und Kwabena Boateng stellen wir einen Antrag.\n\n"
        "Name Vorname Geburtsdatum Geburtsort Staatsangehörigkeit\n"
        + rows
        + "\nAnschrift aller Personen: Lindenweg 4, 44135 Dortmund\nBegründung:\n"
        "Frau Ama Boateng lebt mit ihrem Ehemann Isaac Boateng und dem Sohn Kwabena Boateng in Dortmund. "
        "Die Familie Boateng ist gut integriert.\n"
    )


def test_ocr_damaged_names_are_respelled_from_the_running_text():
    rows = (
        "Boateng Ama 01.08.1989 Kumasi ghanaisch\n"
        "Boatengisaac 07.04.1988 Accra ghanaisch\n"
        "Boatemg Kwabena 31.12.2009 Accra ghanaisch\n"
    )
    assert _keys(extract_persons(_family_letter(rows))) == [
        ("Boateng", "Ama", "1989-08-01"),
        ("Boateng", "Isaac", "1988-04-07"),
        ("Boateng", "Kwabena", "2009-12-31"),
    ]


def test_a_clean_spelling_is_not_overruled_and_siblings_keep_their_names():
    # Amin and Amir are two children; Amir is named more often, Amin must stay Amin.
    text = (
        "Name Vorname Geburtsdatum Geburtsort Staatsangehörigkeit\n"
        "Karimi Ahmad 03.04.1985 Herat afghanisch\n"
        "Karimi Amin 05.05.2016 Kabul afghanisch\n"
        "Karimi Amir 06.06.2018 Kabul afghanisch\n\n"
        "Anschrift aller Personen: Lindenweg 4, 44135 Dortmund\nBegründung:\n"
        "Amir besucht die Kita. Amir spricht Deutsch. Amir hat Freunde. Ahmad Karimi arbeitet.\n"
    )
    assert [p.vorname for p in extract_persons(text)] == ["Ahmad", "Amin", "Amir"]


def test_the_reasoning_supplies_a_person_the_fax_table_lost():
    text = (
        "ich schreibe im Namen meines Cousins Sekou Camara.\n\n"
        "Name Vorname | Gebu rl sdal. um\n\njeburtsort | Staalse ngehor igkel ;\n3}\n"
        "Camara Sckou 5.08, 1 991 Labs guinei\n\n"
        "Anschrift aller Personen: Talstraße 85, 41061 Mönchengladbach\nBegründung:\n"
        "Herr Sekou Camara wurde am 05.08.1991 in Labé (Guinea) geboren, wo er die Schule besuchte.\n"
        "Sein Bruder Moussa Camara wurde am 01.01.1990 in Labé geboren und lebt in Conakry.\n"
    )
    persons = extract_persons(text)
    assert _keys(persons) == [("Camara", "Sekou", "1991-08-05")]
    assert persons[0].staatsangehoerigkeit == "guineisch"
    assert persons[0].adresse == "Talstraße 85, 41061 Mönchengladbach"


def test_a_letter_in_the_first_person_names_its_signer():
    text = (
        "Bushra Ibrahim\nMühlenweg 28\n45326 Essen\n\nSehr geehrte Damen und Herren,\n"
        "Vorname\n\nBushra\n\nName Geburtsdatum\n\n31.0 1968\nPRAEBEATBahängiN\n\n"
        "Ich bin am 31.01.1968 in Bagdad (Irak) geboren und dort aufgewachsen.\n\n"
        "Mit freundlichen Grüßen\n\nVAL\n\nBushra Ibrahim\n"
    )
    persons = extract_persons(text)
    assert _keys(persons) == [("Ibrahim", "Bushra", "1968-01-31")]
    assert persons[0].staatsangehoerigkeit == "irakisch"


def test_an_omitted_birth_date_is_not_filled_from_the_reasoning():
    text = (
        "1. Kaya, Rojda, in Mardin, Staatsangehörigkeit: türkisch\n"
        "wohnhaft: Mühlenweg 22, 45127 Essen\nBegründung:\n"
        "Frau Rojda Kaya wurde am 26.05.1972 in Mardin geboren.\n"
    )
    assert _keys(extract_persons(text)) == [("Kaya", "Rojda", "")]


def test_a_real_fax_of_a_family_table(tmp_path):
    """Rendered as a 1-bit fax at normal resolution and read by Tesseract."""
    family = [
        ("Sargsyan", "Lilit", "06.01.1999", "Kapan"),
        ("Sargsyan", "Hovhannes", "29.12.1997", "Gjumri"),
        ("Sargsyan", "Siranush", "09.03.2013", "Essen"),
    ]
    rows = [["Familienname", "Vorname", "geb. am", "Geburtsort", "Staatsangehörigkeit"]]
    rows += [[n, v, d, o, "armenisch"] for n, v, d, o in family]
    spec = DocSpec(
        blocks=[
            P("Lilit Sargsyan, Schulstraße 3, 33602 Bielefeld"),
            P("Antrag auf Befassung der Härtefallkommission (§ 23a AufenthG)", bold=True),
            P("Sehr geehrte Damen und Herren,"),
            P("für die folgenden Personen beantrage ich die Befassung der Kommission:"),
            Table(rows, [0.22, 0.18, 0.16, 0.2, 0.24], grid=False),
            P("Wohnanschrift aller Personen: Schulstraße 3, 33602 Bielefeld"),
            P("Begründung:", bold=True),
            P("Lilit Sargsyan wurde am 06.01.1999 in Kapan geboren und lebt seit 2017 in Deutschland."),
            P("Mit freundlichen Grüßen"),
            P("Lilit Sargsyan"),
        ],
        style=Style(family="sans", size=10.5),
    )
    rng = random.Random(5)
    pages = layout(spec)
    images = [fax_page(items, rng, False, "12.03.2025 10:00 FAX +49 231 550000  S. 1/1") for items in pages]
    path = tmp_path / "antrag_fax.tif"
    path.write_bytes(fax_tiff(images, False, "group4"))
    submission = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q")))
    text = "\n\n".join(page.text for f in submission.files for page in f.pages)
    got = {(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text)}
    want = {(n, v, f"{d[6:]}-{d[3:5]}-{d[:2]}") for n, v, d, _ in family}
    assert want <= got
