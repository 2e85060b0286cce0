"""Persons round 3: two-column forms, tables read one cell per line, place/nationality once per family."""

import random

import pytest

from hfk.classify.persons import _column_form, extract_persons, plain
from hfk.corpus.layout import DocSpec, P, Style, Table, layout
from hfk.corpus.render import fax_page, fax_tiff
from hfk.ingest.intake import ingest
from hfk.ingest.model import IngestOptions


def _keys(persons):
    return [(p.name, p.vorname, p.geburtsdatum) for p in persons]


def _fields(persons):
    return [(p.geburtsort, p.staatsangehoerigkeit) for p in persons]


INTRO = "Sehr geehrte Damen und Herren,\n\nhiermit beantragen wir die Befassung der Kommission für folgende Personen:\n\n"
TAIL = "\n\nDie Familie wohnt in der Kolpingstraße 8, 48143 Münster.\n\nBegründung\n\nDie Familie lebt seit 2015 in Deutschland."


def test_a_form_with_one_column_per_person_is_read_column_by_column():
    # as the fax OCR gave it: labels on the left, a speck "©" between two cells
    text = (
        INTRO
        + (
            "Antragsteller Ehefrau | Kind 1\n"
            "Familienname Weldemariam Weldemariam © Weldemariam\n"
            "Vorname, Mehari Helen Natnael\n"
            "Geburtsdatum 9.5.1984 15.2.1983 14.6.2010\n"
            "Geburtsort Assab Assab Barentu\n"
            "StaatsangehGrigkeit eritreisch eritreisch eritreisch"
        )
        + TAIL
    )
    got = extract_persons(text)
    assert _keys(got) == [
        ("Weldemariam", "Mehari", "1984-05-09"),
        ("Weldemariam", "Helen", "1983-02-15"),
        ("Weldemariam", "Natnael", "2010-06-14"),
    ]
    assert _fields(got) == [("Assab", "eritreisch"), ("Assab", "eritreisch"), ("Barentu", "eritreisch")]


def test_a_column_form_with_name_comma_first_name_that_wrapped():
    # "Name, Vorname" in one row; the cell "Boateng, Kwaku" wrapped its first name onto the next line
    text = (
        INTRO
        + (
            "Angaben Person 1 Person 2 Person 3 Person 4\n"
            "Name, Vorname Boateng, Boateng, Boateng, Yaw | Boateng,\n"
            "Kwaku Adwoa Akua\n"
            "geboren am 23.05.1976 10.12.1979 22.08.2002 25.02.2004\n"
            "in Koforidua Tema Siegen Koforidua\n"
            "Staatsangehörigkeit ghanaisch ghanaisch ghanaisch ghanaisch"
        )
        + TAIL
    )
    got = extract_persons(text)
    assert [(p.name, p.vorname) for p in got] == [
        ("Boateng", "Kwaku"),
        ("Boateng", "Adwoa"),
        ("Boateng", "Yaw"),
        ("Boateng", "Akua"),
    ]
    assert [p.geburtsort for p in got] == ["Koforidua", "Tema", "Siegen", "Koforidua"]
    assert got[3].geburtsdatum == "2004-02-25"


def test_a_column_form_leaves_a_row_it_cannot_split_empty_and_invents_no_one():
    # the place row has a two-word place: four words for three persons, so no place is guessed
    text = (
        INTRO
        + (
            "Familienname Haile Haile Haile\n"
            "Vorname Habtom Saba Robel\n"
            "Geburtsdatum 01.02.1980 03.04.1982 05.06.2010\n"
            "Geburtsort Adi Keyh Dekemhare Hagen\n"
        )
        + TAIL
    )
    got = _column_form(text)
    assert [p.vorname for p in got] == ["Habtom", "Saba", "Robel"]
    assert all(p.geburtsort == "" for p in got)
    # a labelled form for one person (one date) is no column form
    assert _column_form("Familienname Haile\nVorname Habtom\nGeburtsdatum 01.02.1980\n") == []


def test_place_and_nationality_stated_once_for_the_whole_family():
    text = (
        "Der Antrag wird gestellt für Herrn Tunde Adeyemi, geb. 4.6.1980, seine Ehefrau Frau\n"
        "Bisola Adeyemi, geb. 1.10.1976, sowie die gemeinsamen Kinder Segun, geb. 8.6.2006,\n"
        "Funmilayo, geb. 22.6.2008.\n\n"
        "Alle Familienmitglieder wurden in Abeokuta geboren und sind nigerianische\n"
        "Staatsangehörige." + TAIL
    )
    got = extract_persons(text)
    assert [p.vorname for p in got] == ["Tunde", "Bisola", "Segun", "Funmilayo"]
    assert set(_fields(got)) == {("Abeokuta", "nigerianisch")}


def test_birthplace_labelled_for_all_under_a_table():
    text = (
        INTRO
        + (
            "Name Vorname Geburtsdatum\n\n"
            "Dervishi Endrit 12.03.1979\n"
            "Dervishi Manjola 26.10.1975\n\n"
            "Geburtsort (alle): Kukes\n\n"
            "Staatsangehörigkeit (alle): albanisch"
        )
        + TAIL
    )
    got = extract_persons(text)
    assert _keys(got) == [("Dervishi", "Endrit", "1979-03-12"), ("Dervishi", "Manjola", "1975-10-26")]
    assert set(_fields(got)) == {("Kukes", "albanisch")}


def test_the_same_nationality_for_all_is_the_applicants():
    text = (
        "Ich, Saidou Bah, geboren am 28.05.1984 in Kissidougou, guineische\n"
        "Staatsangehörigkeit, beantrage die Befassung der Härtefallkommission.\n\n"
        "Mit mir leben meine Ehefrau Hadiatou Bah, geb. am 04.11.1986 in Telimele und\n"
        "unsere Kinder Mamadou (geb. 22.12.2010 in Telimele) und Amal (geb. 07.04.2014 in\n"
        "Siegen). Alle besitzen die gleiche Staatsangehörigkeit." + TAIL
    )
    got = extract_persons(text)
    assert [p.vorname for p in got] == ["Saidou", "Hadiatou", "Mamadou", "Amal"]
    assert [p.staatsangehoerigkeit for p in got] == ["guineisch"] * 4
    # without that sentence the others' nationality stays unknown (nothing is assumed)
    bare = text.replace(" Alle besitzen die gleiche Staatsangehörigkeit.", "")
    assert [p.staatsangehoerigkeit for p in extract_persons(bare)][1:] == ["", "", ""]


def test_a_table_read_one_cell_per_line_with_written_dates():
    # "15. März 1993" alone on its line is a date cell, not a numbered heading or a running number
    text = (
        INTRO
        + (
            "Name\n\nVorname\nGeburtsdatum\nGeburtsort\nStaatsangehörigkeit\n\n"
            "Barzani\nDilovan\n\n15. März 1993\nAkre\n\nirakisch\n\n"
            "Barzani\nShirin\n\n22. Juli 1996\nAkre\nirakisch"
        )
        + TAIL
    )
    got = extract_persons(text)
    assert _keys(got) == [("Barzani", "Dilovan", "1993-03-15"), ("Barzani", "Shirin", "1996-07-22")]
    assert _fields(got) == [("Akre", "irakisch"), ("Akre", "irakisch")]


def test_numbered_cells_one_per_line_with_specks_after_the_number():
    text = (
        INTRO.replace("folgende Personen:\n\n", "folgende Personen:\n")
        + (
            "Lfd. Nr. Name Vorname geb. am Geburtsort Staatsangehörigkeit\n\n"
            "1.\n\nKarimi\n\nOmid\n\n20.07.1989\n\nKerman\n\niranisch\n\n"
            "2,\n\nKarimi\n\nNasrin\n\n23.11.1988\n\nSanandadsch\n\niranisch\n\n"
            "3;\n\nKarimi\n\nFarshid\n01.06.2015\n\nKerman\n\niranisch"
        )
        + TAIL
    )
    assert _keys(extract_persons(text)) == [
        ("Karimi", "Omid", "1989-07-20"),
        ("Karimi", "Nasrin", "1988-11-23"),
        ("Karimi", "Farshid", "2015-06-01"),
    ]


@pytest.mark.slow
def test_faxed_two_column_form(tmp_path):
    family = [
        ("Barzani", "Rebwar", "25.9.1980", "Soran"),
        ("Barzani", "Berivan", "14.10.1982", "Soran"),
        ("Barzani", "Shirin", "12.9.2006", "Hagen"),
    ]
    labels = ["", "Familienname", "Vorname", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit"]
    cols = [
        [rel, n, v, d, o, "irakisch"]
        for rel, (n, v, d, o) in zip(["Antragsteller", "Ehefrau", "Kind 1"], family, strict=True)
    ]
    rows = [[labels[r]] + [c[r] for c in cols] for r in range(6)]
    spec = DocSpec(
        [
            P("An die Geschäftsstelle der Härtefallkommission NRW\n40190 Düsseldorf"),
            P("Härtefallantrag nach § 23a AufenthG", bold=True),
            P("hiermit beantragen wir die Befassung der Kommission für folgende Personen:"),
            Table(rows, [0.28, 0.24, 0.24, 0.24]),
            P("Die Familie wohnt in der Kolpingstraße 8, 48143 Münster."),
            P("Begründung", bold=True),
            P("Die Familie lebt seit 2015 in Deutschland."),
        ],
        style=Style(family="sans", size=11),
    )
    rng = random.Random(7)
    images = [
        fax_page(items, rng, False, f"22.11.2026 10:00 FAX 0251-90311 S. {i + 1}")
        for i, items in enumerate(layout(spec))
    ]
    path = tmp_path / "antrag_fax.tif"
    path.write_bytes(fax_tiff(images, False, "group4"))
    submission = ingest([path], IngestOptions(quarantine_dir=str(tmp_path / "q")))
    text = "\n\n".join(page.text for f in submission.files for page in f.pages)
    # a dotless "ı" OCR may read into a name is not what this test is about
    got = {(plain(p.name), p.vorname, p.geburtsdatum) for p in extract_persons(text)}
    want = {(plain(n), v, "-".join(f"{int(x):02d}" for x in reversed(d.split(".")))) for n, v, d, _ in family}
    assert want <= got, text
