"""Person fields as blind8 shows them (seen; read in session 22), in texts written anew: the flat before
the street, OCR's slips in "lebt", "Straße" and "lfd.", and a table whose running number OCR mangled."""

from __future__ import annotations

from hfk.classify.persons import extract_persons


def test_the_flat_is_no_part_of_the_street() -> None:
    text = (
        "Herr Emre Kaya, geb. 03.04.1991 in Izmir, türkisch, und seine Frau Leyla Kaya, geb. 12.12.1993 in\n"
        "Mersin, türkisch. Die Familie lebt zusammen in der Wohnung Am Hang 39, 47259 Duisburg.\n"
    )
    assert {p.adresse for p in extract_persons(text)} == {"Am Hang 39, 47259 Duisburg"}


def test_a_faxed_lebt_and_strasse() -> None:
    text = (
        "Herr Irakli Tsiklauri, geb. 23.03.1995 in Sugdidi, georgisch.\n"
        "Die Familie febt zusammen in der Wohnung Friedrich-Ebert-Sträße 53, 45886 Gelsenkirchen.\n"
    )
    assert [p.adresse for p in extract_persons(text, ocr=True)] == [
        "Friedrich-Ebert-Straße 53, 45886 Gelsenkirchen"
    ]


def test_a_running_number_title_read_with_a_brace() -> None:
    text = (
        "{fd. Zuname, Vornamen Geburt (Datum / Ort) Nationalität Beziehung\n"
        "2.1 Rezaei, Leila 08.11.1989 / Schiras iranisch Ehefrau\n\n"
        "2.2 Rezaei, Dariush 05.01.2021 / Teheran iranisch Sohn\n"
    )
    assert [(p.name, p.vorname, p.geburtsort) for p in extract_persons(text, ocr=True)] == [
        ("Rezaei", "Leila", "Schiras"),
        ("Rezaei", "Dariush", "Teheran"),
    ]


def test_english_list_items_with_born_at_and_one_without_a_date() -> None:
    text = (
        "The persons concerned:\n"
        "Sultani, Mariam (main applicant) – born at Kabul – nationality Afghan\n"
        "Sultani, Karim (spouse) – DOB March 3, 1980 – born at Herat – nationality Afghan\n"
        "All of us are registered at Ringstraße 18, 45899 Gelsenkirchen.\n"
    )
    people = {(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in extract_persons(text, ocr=False)}
    assert people == {("Sultani", "Karim", "1980-03-03", "Herat"), ("Sultani", "Mariam", "", "Kabul")}


def test_a_column_forms_place_with_a_linking_e() -> None:
    text = (
        "Antragsteller Ehefrau Sohn\n"
        "Familienname Rahimi Rahimi Rahimi\n"
        "Vornamen Jawid Soraya Omid\n"
        "Geburtstag 5. Februar 1985 10. Juni 1981 2. Juli 2012\n"
        "Geburtsort Mazar-e Sharif Ghazni Herat\n"
        "Staatsang. afghanisch afghanisch afghanisch\n\n"
        "Alle gemeldet in: Am Hang 37, 50733 Köln\n"
    )
    assert [p.geburtsort for p in extract_persons(text, ocr=True)] == ["Mazar-e Sharif", "Ghazni", "Herat"]


def test_a_mother_and_her_daughter_of_the_same_name() -> None:
    text = (
        "1. Hauptperson des Antrags\n\n"
        "1.1 Familienname Ahmadi\n\n1.2 Vorname Farzana\n\n1.3 Geburtsdatum 28.12.1975\n\n"
        "1.4 Geburtsort / -land Kandahar / Afghanistan\n\n1.5 Staatsangehörigkeit afghanisch\n\n"
        "2. Mitantragstellende Haushaltsangehörige\n\n"
        "lfd.  Zuname, Vornamen  Geburt (Datum / Ort)  Nationalität  Beziehung\n\n"
        "2.1  Ahmadi, Mustafa  27.06.1976 / Herat  afghanisch  Ehemann\n\n"
        "2.2  Ahmadi, Farzana  18.04.2011 / Kabul  afghanisch  Tochter\n"
    )
    assert sorted((p.vorname, p.geburtsdatum) for p in extract_persons(text, ocr=False)) == [
        ("Farzana", "1975-12-28"),
        ("Farzana", "2011-04-18"),
        ("Mustafa", "1976-06-27"),
    ]
