"""Household addresses in conventions no train template writes (session 11): a dash or a dot between street
and postcode, the place first at the end of a sentence, a sender line "Name - Straße - PLZ Ort", a sender
block whose blank lines and lost diacritics part it from the name, a field that points back ("wie A)"),
and "Ihre Wohnung liegt in der ...". Every person of the household gets the address. Hand-written."""

from hfk.classify.persons import extract_persons

HEAD = "An die Härtefallkommission des Landes NRW\nAntrag nach § 23a AufenthG\n\n"
TAIL = "\n\nBegründung: Die Familie lebt seit 2015 in Deutschland.\n\nMit freundlichen Grüßen\n"
FAMILY = (
    "Herr Ahmad Karimi, geb. 01.02.1985 in Herat, afghanischer Staatsangehöriger\n"
    "Frau Leyla Karimi, geb. 03.04.1988 in Kabul, afghanische Staatsangehörige\n"
)


def _addresses(text: str, ocr: bool = False) -> list[tuple[str, str]]:
    return [(p.vorname, p.adresse) for p in extract_persons(HEAD + text + TAIL, ocr=ocr)]


def test_a_dash_between_street_and_postcode() -> None:
    text = FAMILY + "\nAnschrift beider Genannten: Lindenstraße 4 – 44135 Dortmund\n"
    assert _addresses(text) == [
        ("Ahmad", "Lindenstraße 4, 44135 Dortmund"),
        ("Leyla", "Lindenstraße 4, 44135 Dortmund"),
    ]


def test_the_place_first_at_the_end_of_a_sentence() -> None:
    text = FAMILY + "Wohnhaft sind beide in 44135 Dortmund, Lindenstraße 4.\n"
    assert _addresses(text) == [
        ("Ahmad", "Lindenstraße 4, 44135 Dortmund"),
        ("Leyla", "Lindenstraße 4, 44135 Dortmund"),
    ]


def test_a_place_with_its_country_in_brackets() -> None:
    text = FAMILY + "Wohnhaft sind beide in 10000 Prishtina (Kosovo), Rruga Nena Tereze 7.\n"
    assert _addresses(text)[0] == ("Ahmad", "Rruga Nena Tereze 7, 10000 Prishtina (Kosovo)")


def test_a_sender_line_with_the_address_after_a_dash() -> None:
    text = "Ahmad Karimi - Lindenstraße 4 : 44135 Dortmund\n\n" + HEAD + FAMILY
    persons = extract_persons(text + TAIL, ocr=True)
    assert [(p.vorname, p.adresse) for p in persons] == [
        ("Ahmad", "Lindenstraße 4, 44135 Dortmund"),
        ("Leyla", "Lindenstraße 4, 44135 Dortmund"),
    ]


def test_a_sender_block_with_blank_lines_and_a_name_that_lost_its_cedilla() -> None:
    text = (
        "Mehmet Celik\n\nLindenweg 85\n\n59423 Unna\n\n"
        + HEAD
        + "Herr Mehmet Çelik, geb. 21.10.1993 in Mardin, türkisch\n"
        "Frau Rojda Çelik, geb. 12.12.1994 in Batman, türkisch\n"
    )
    persons = extract_persons(text + TAIL, ocr=True)
    assert [(p.vorname, p.adresse) for p in persons] == [
        ("Mehmet", "Lindenweg 85, 59423 Unna"),
        ("Rojda", "Lindenweg 85, 59423 Unna"),
    ]


def test_a_field_that_points_back_takes_the_household_address() -> None:
    text = (
        "A) Antragsteller\nName: Karimi\nVorname: Ahmad\nGeburtsdatum: 01.02.1985\nAnschrift: Lindenstraße 4, 44135 Dortmund\n\n"
        "B) Ehefrau\nName: Karimi\nVorname: Leyla\nGeburtsdatum: 03.04.1988\nAnschrift: wie A)\n"
    )
    assert _addresses(text) == [
        ("Ahmad", "Lindenstraße 4, 44135 Dortmund"),
        ("Leyla", "Lindenstraße 4, 44135 Dortmund"),
    ]


def test_where_the_flat_lies() -> None:
    text = (
        "Betroffen ist Ahmad Karimi (geb. 1.2.1985 in Herat); er ist afghanischer Staatsangehöriger. "
        "Seine Wohnung liegt in der Lindenstraße 4, 44135 Dortmund.\n\n"
        "Mit im Haushalt lebt seine Ehefrau Leyla Karimi (afghanisch; geb. 3.4.1988 in Kabul).\n"
    )
    assert _addresses(text) == [
        ("Ahmad", "Lindenstraße 4, 44135 Dortmund"),
        ("Leyla", "Lindenstraße 4, 44135 Dortmund"),
    ]


def test_no_street_is_read_from_a_name_before_a_dash() -> None:
    # "Karimi - Lindenstraße 4": the street begins after the dash, not with the name
    text = "Ahmad Karimi - Lindenstraße 4, 44135 Dortmund\n\n" + HEAD + FAMILY
    assert all(p.adresse == "Lindenstraße 4, 44135 Dortmund" for p in extract_persons(text + TAIL))
