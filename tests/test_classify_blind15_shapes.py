"""blind15's shapes, read after its blind runs (session 17). The texts are written anew in those shapes, with
other names and wording: persons in tables with numbered relation codes, in faxed forms whose field numbers
and hints OCR garbled, an address on a line of its own; a neighbour's "Krankheitstage"; a story told with
"groß geworden" and "wohne ich hier in Deutschland"; family ties named by a brother-in-law."""

from __future__ import annotations

from hfk.classify.dates import repair_ocr_digits
from hfk.classify.fields import begruendung_topics, find_triggers
from hfk.classify.persons import extract_persons


def people(text: str, ocr: bool = True) -> list[tuple[str, str, str, str]]:
    return [(p.name, p.vorname, p.geburtsdatum, p.adresse) for p in extract_persons(text, ocr=ocr)]


def test_a_tables_numbered_relation_codes_and_a_short_relation_title():
    """ "Bez." titles the relation column; "K1, K2 … = Kinder" makes "K1" (and OCR's "Kl") a code, not a name."""
    text = (
        "Haushaltsangehörige\nNr. | geb. am | Geburtsort | StA | Familienname, Vorname | Bez.\n"
        "1 | 3.2.1988 | Homs | syrisch | HAMDAN, Omar | AS\n"
        "2 | 9.9.1990 | Aleppo | syrisch | HAMDAN, Lina | EG\n"
        "3 | 5.1.2016 | Bochum | syrisch | HAMDAN, Omar | Kl\n"
        "Bez.: AS = antragstellende Person · EG = Ehegatte/Ehegattin · K1, K2 … = Kinder\n"
    )
    assert [(n, v, d) for n, v, d, _ in people(text)] == [
        ("Hamdan", "Omar", "1988-02-03"),
        ("Hamdan", "Lina", "1990-09-09"),
        ("Hamdan", "Omar", "2016-01-05"),
    ]


def test_a_rows_number_before_an_unpadded_date_is_no_split_day():
    """ "3 5.1.2016": row 3 and a date whose writer pads neither day nor month; "1 2.03.2024" is a split day."""
    assert repair_ocr_digits("3 5.1.2016 Homs") == "3 5.1.2016 Homs"
    assert repair_ocr_digits("3 1.12.2016 Homs") == "3 1.12.2016 Homs"
    assert repair_ocr_digits("am 1 2.03.2024") == "am  12.03.2024"


def test_a_faxed_forms_garbled_numbers_hints_and_place_with_its_state():
    text = (
        "1.1 Person 1 - Antragsteller\n\nBi Familienname HAMDAN\n\nE12 Vorname(n) Omar\n\n"
        "1.1.3 Geburtsdatum (TT.MM J)H) 03.02.1988\n\n11.4 Geburtsort / -staat Homs / Syrien\n"
        "1.15 derzeitige Staatsangehörigkeitfen) syrisch\n\n2 Gemeinsame Anschrift\nStraße, Hausnummer PLZ Ort\n"
        "Ulmenweg 3 47051 Duisburg\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit, p.adresse) for p in persons
    ] == [("Hamdan", "Omar", "1988-02-03", "Homs", "syrisch", "Ulmenweg 3, 47051 Duisburg")]


def test_a_form_without_a_birth_date_still_names_its_applicant():
    text = (
        "1.1 Person 1 - Antragsteller\n\n1211: Familienname HAMDAN\n\n11:2 Vorname(n) Omar\n\n"
        "1.1.3 Geburtsdatum (TT.MM.,Jj}})\n\n1.1.4 Geburtsort / -staat Homs / Syrien\n"
    )
    assert [(p.name, p.vorname, p.geburtsdatum) for p in extract_persons(text, ocr=True)] == [
        ("Hamdan", "Omar", "")
    ]


def test_an_address_after_the_list_of_persons():
    """ "sämtlich 47051 Duisburg, ..." below a list, and an address alone on its line below a person."""
    listed = (
        "A. Beteiligte\n1. der am 3. Februar 1988 in Homs geborene syrische Staatsangehörige Omar HAMDAN,\n"
        "2. die am 9. September 1990 in Aleppo geborene syrische Staatsangehörige Lina HAMDAN (Ehefrau)\n"
        "sämtlich 47051 Duisburg, Ulmenweg 3.\n\nB. Werdegang\n"
    )
    alone = (
        "Absender: Netzwerk Asyl Moers (Petra Wolf), Hafenstraße 9, 47441 Moers\n\nFamilie HAMDAN\n"
        "Antragsteller: Omar (* 3.2.1988 in Homs; StA syrisch)\n\nUlmenweg 3, 47051 Duisburg\n\n"
        "Herr Hamdan kam 2015 nach Deutschland.\n"
    )
    assert {p.adresse for p in extract_persons(listed, ocr=False)} == {"Ulmenweg 3, 47051 Duisburg"}
    assert [p.adresse for p in extract_persons(alone, ocr=False)] == ["Ulmenweg 3, 47051 Duisburg"]


def test_a_neighbours_help_on_sick_days_is_no_illness():
    assert "illness" not in {
        k for k, _ in find_triggers("Man hilft sich: Einkäufe, Kinderbetreuung, Krankheitstage.")
    }
    assert "illness" in {k for k, _ in find_triggers("Seine Krankheit wird seit 2019 behandelt.")}


def test_the_story_in_a_forms_own_words():
    assert "lebensgeschichte" in begruendung_topics(
        "Groß geworden bin ich in Syrien; acht Jahre ging ich zur Schule. Seit dem 17.12.2015 wohne ich hier in "
        "Deutschland."
    )
    # entering with a visa, without a date, tells the residence status only
    assert "lebensgeschichte" not in begruendung_topics(
        "Sie reiste mit einem Visum ein, das für den Aufenthaltszweck Beschäftigung ausgestellt war."
    )


def test_family_ties_named_by_a_brother_in_law():
    assert "familie" in begruendung_topics(
        "Im Kosovo lebt niemand mehr aus der engeren Familie. Ein Schwager mit deutschem Pass wohnt im selben Ort."
    )
