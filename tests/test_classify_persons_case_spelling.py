"""A faxed persons table whose column titles and names OCR misread by a letter (session 14): titles
read by their nearest spelling, names mended from how the case's other documents write them."""

from __future__ import annotations

from hfk.classify.case import collect_facts, text_facts
from hfk.classify.model import Document
from hfk.classify.persons import _mend_titles, extract_persons

# A fax of a table under "Geburt (Datum, Ort)": the first title misread, the last two glued.
FAXED_TABLE = (
    "ich schreibe im Auftrag meines Bruders Rustam Sadykov.\n\n"
    "Von dieser Eingabe umfasst:\n\n"
    "Famillenname ' Vorname Geburt (Datum, Ort) Staatsangehörigkbtellung\n"
    "Sadykov Rustam 11.03.1991, Taschkent usbekisch Antragsteller\n"
    "Sadykov Zanina 02.10.1994, Buchara usbekisch Ehefrau\n"
    "Sadykov Timur 17.06.2019, Bochum usbekisch Sohn\n\n"
    "Wohnsitz: Ahornweg 7, 44787 Bochum.\n\n"
    "I. Bisheriger Verlauf\n\n"
    "Herr Sadykov ist mit Zarina Sadykov verheiratet. Die Familie lebt seit 2017 in Bochum.\n"
)


def _doc(text: str, type_: str, source: str = "ocr") -> Document:
    return Document(
        file="FAX_20250301.tif",
        pages=[1],
        type=type_,
        confidence=0.9,
        text_source=source,
        evidence=[],
        **text_facts([text]),
    )


def _keys(persons):
    return [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons]


def test_column_titles_a_fax_misread_by_a_letter_are_read():
    assert _mend_titles("famillenname vorname gebnrtsdatum") == "familienname vorname geburtsdatum"
    # words two letters or more away from every title stay as they are
    assert _mend_titles("familie wohnung") == "familie wohnung"
    persons = extract_persons(FAXED_TABLE)
    assert _keys(persons) == [
        ("Sadykov", "Rustam", "1991-03-11", "Taschkent"),
        ("Sadykov", "Zanina", "1994-10-02", "Buchara"),
        ("Sadykov", "Timur", "2019-06-17", "Bochum"),
    ]
    assert {p.adresse for p in persons} == {"Ahornweg 7, 44787 Bochum"}


def test_a_name_the_fax_misread_is_mended_from_the_case_documents():
    consent = _doc(
        "Einwilligung in die Datenverarbeitung\n\nRustam Sadykov\n\nZarina Sadykov\n",
        "datenschutzeinwilligung",
    )
    facts = collect_facts([_doc(FAXED_TABLE, "antrag"), consent])
    assert [(p.name, p.vorname) for p in facts.persons] == [
        ("Sadykov", "Rustam"),
        ("Sadykov", "Zarina"),  # "Zarina Sadykov" in the reasoning and the consent form
        ("Sadykov", "Timur"),
    ]


def test_one_other_spelling_is_not_enough_and_typed_applications_keep_theirs():
    # the reasoning alone writes "Zarina" once: one against one, the table's spelling stays
    alone = collect_facts([_doc(FAXED_TABLE, "antrag")])
    assert [p.vorname for p in alone.persons] == ["Rustam", "Zanina", "Timur"]
    # a typed application's spelling is the writer's own, whatever a faxed form says
    consent = _doc("Rustam Sadykov\nZarina Sadykov\nZarina Sadykov\n", "datenschutzeinwilligung")
    typed = collect_facts([_doc(FAXED_TABLE, "antrag", source="text"), consent])
    assert [p.vorname for p in typed.persons] == ["Rustam", "Zanina", "Timur"]


def test_a_fax_line_and_a_q_read_as_g_do_not_respell_a_name():
    # every page's transmission line and the signature misread "Krasniqi" as "Krasnigi"
    antrag = _doc(
        "05.05.2025 14:07 FAX +49 486 441519 Driton Krasnigi S. 1/3\n\n"
        "Name Vorname Geburtsdatum Geburtsort Staatsangehörigkeit\n"
        "Krasniqi Driton 23.01.1992 Mitrovica kosovarisch\n\n"
        "Alle Personen wohnen unter der Anschrift Am Markt 6, 49074 Osnabrück.\n\nDriton Krasnigi\n",
        "antrag",
    )
    other = _doc(
        "05.05.2025 14:14 FAX +49 486 441519 Driton Krasnigi S. 2/3\n\nHerr Driton Krasnigi\n\nDriton Krasnigi\n",
        "auslaenderbehoerde",
    )
    facts = collect_facts([antrag, other])
    assert [(p.name, p.vorname) for p in facts.persons] == [("Krasniqi", "Driton")]


def test_a_sibling_keeps_a_name_one_letter_from_another():
    antrag = _doc(
        "Name Vorname Geburtsdatum Geburtsort Staatsangehörigkeit\n"
        "Hoxha Amina 04.02.2012 Tirana albanisch\n"
        "Hoxha Amine 09.09.2014 Tirana albanisch\n\n"
        "Alle Personen wohnen unter der Anschrift Am Markt 6, 49074 Osnabrück.\n",
        "antrag",
    )
    school = _doc(
        "Amina Hoxha besucht die Klasse 5. Amina Hoxha ist fleißig. Amina Hoxha liest gern.\n",
        "schulnachweis",
    )
    facts = collect_facts([antrag, school])
    assert [p.vorname for p in facts.persons] == ["Amina", "Amine"]


def test_a_first_name_label_a_fax_damaged_beside_the_family_name_label():
    text = "Angaben zu den Personen\n\n" + "".join(
        f"Familienname: Nazari {label} {first}\nGeburtsdatum: {born}\nGeburtsort: Herat\n"
        for label, first, born in (
            ("Vorname(n):", "Omid", "02.02.1980"),
            ("Vornamen):", "Leila", "03.03.1982"),
            ("Vorname(n);", "Sara", "04.04.2012"),
            ("Vornamefn):", "Yusuf", "05.05.2015"),
        )
    )
    assert [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text)] == [
        ("Nazari", "Omid", "1980-02-02"),
        ("Nazari", "Leila", "1982-03-03"),
        ("Nazari", "Sara", "2012-04-04"),
        ("Nazari", "Yusuf", "2015-05-05"),
    ]


def test_a_first_name_title_wrapped_under_the_family_name_title():
    # "FAMILIENNAME," / "Vorname(n)": one column, its title wrapped; the birth place stands before it
    text = (
        "Der Antrag gilt für die nachstehend aufgeführten Personen:\n\n"
        "geboren am in FAMILIENNAME, Staatsangeh. Stellung\nVorname(n)\n\n"
        "04.02.1990 Herat NAZARI, Omid afghanisch Antragsteller\n"
        "09.09.1992 Kabul NAZARI, Leila afghanisch Ehefrau\n\n"
        "Alle Genannten sind gemeldet unter: Parkallee 3, 33102 Paderborn.\n"
    )
    assert _keys(extract_persons(text)) == [
        ("Nazari", "Omid", "1990-02-04", "Herat"),
        ("Nazari", "Leila", "1992-09-09", "Kabul"),
    ]
