"""Person fields of blind18 still missed after session 20, written anew for these tests: a birth place
after "POB" without a colon, a slashed header whose lone "in" titles the birth place, and a house
number before a numbered heading."""

from hfk.classify.persons import extract_persons


def test_a_place_of_birth_after_pob_without_a_colon():
    text = (
        "PERSONS IN THIS REQUEST\n"
        "HAIDARI, Sultan ; DOB 2 March 1991 ; POB Mazar-i-Sharif ; NAT Afghan ; REL applicant\n"
        "Home address of all persons: Wiesenweg 4, 33602 Bielefeld\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.name, p.vorname, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Haidari", "Sultan", "1991-03-02", "Mazar-i-Sharif")
    ]


def test_a_slashed_header_names_the_birth_place_column_with_a_lone_in():
    text = (
        "Betroffene (Familienname / Vorname / geb. am / in / Staatsang. / Stellung):\n"
        "PETROSYAN / Aram / 03.05.1984 / Vanadsor / armenisch / Antragsteller\n"
        "PETROSYAN / Ani / 19.12.2015 / Bochum / armenisch / Tochter\n"
        "Meldeanschrift: 44787 Bochum, Kortumstraße 12\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [(p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) for p in persons] == [
        ("Aram", "1984-05-03", "Vanadsor", "armenisch"),
        ("Ani", "2015-12-19", "Bochum", "armenisch"),
    ]
    assert {p.adresse for p in persons} == {"Kortumstraße 12, 44787 Bochum"}


def test_the_number_of_the_heading_after_an_address_is_no_part_of_the_house_number():
    text = (
        "Betroffene (Familienname / Vorname / geb. am / in / Staatsang. / Stellung):\n"
        "SARGSYAN / Lusine / 11.01.1979 / Jerewan / armenisch / Antragstellerin\n"
        "Meldeanschrift: 33102 Paderborn, Am Bogen 7\n"
        "1) Vorgeschichte: Aufgewachsen bin ich in Jerewan.\n"
    )
    persons = extract_persons(text, ocr=True)
    assert [p.adresse for p in persons] == ["Am Bogen 7, 33102 Paderborn"]
