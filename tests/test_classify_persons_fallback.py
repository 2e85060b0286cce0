"""The fallback of extract_persons for person layouts no other strategy reads (and where it must stay silent)."""

import pytest

from hfk.classify.persons import _fallback_persons, extract_persons


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [
        (p.name, p.vorname, p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit)
        for p in extract_persons(text, ocr=False)
    ]


LAYOUTS = {
    "sections_with_other_labels": (
        "Härtefallantrag\n\nAngaben zu Person 1\nFamilienname/Vorname: Haidari / Zahra\n"
        "Geburtstag: 03.07.1991\nGeburtsland/-ort: Afghanistan / Herat\nNationalität: afghanisch\n\n"
        "Angaben zu Person 2\nFamilienname/Vorname: Haidari / Omid\nGeburtstag: 11.12.2015\n"
        "Geburtsland/-ort: Deutschland / Essen\nNationalität: afghanisch\n",
        [
            ("Haidari", "Zahra", "1991-07-03", "Herat", "afghanisch"),
            ("Haidari", "Omid", "2015-12-11", "Essen", "afghanisch"),
        ],
    ),
    "numbered_label_sentences": (
        "Sehr geehrte Damen und Herren,\nhiermit stellen wir einen Härtefallantrag für:\n"
        "1. Zuname: Berisha, Rufname: Arben, geb. am 05.05.1979 in Prizren, Staatsangehörigkeit kosovarisch\n"
        "2. Zuname: Berisha, Rufname: Drita, geb. am 17.01.1983 in Peja, Staatsangehörigkeit kosovarisch\n",
        [
            ("Berisha", "Arben", "1979-05-05", "Prizren", "kosovarisch"),
            ("Berisha", "Drita", "1983-01-17", "Peja", "kosovarisch"),
        ],
    ),
    "column_block_without_colons": (
        "Härtefallantrag\nPersonalien\nZuname            Tesfaye\nVorname           Selam\n"
        "Geburtstag        09.09.1995\nGeburtsort        Asmara\nNationalität      eritreisch\n",
        [("Tesfaye", "Selam", "1995-09-09", "Asmara", "eritreisch")],
    ),
    "sentences_with_relation_words": (
        "Antrag nach § 23a AufenthG\nDer Antrag betrifft Frau Amina Yusuf, die am 08.03.1993 in Mogadischu\n"
        "geboren wurde, sowie ihren Sohn Abdi Yusuf, der am 25.10.2016 in Bochum zur Welt kam.\n",
        [("Yusuf", "Amina", "1993-03-08", "Mogadischu", ""), ("Yusuf", "Abdi", "2016-10-25", "Bochum", "")],
    ),
    "comma_names_in_sentences": (
        "Härtefallantrag\nAntragstellerin ist Frau Gashi, Valbona, geb. 30.04.1977, kosovarische "
        "Staatsangehörige.\nIhr Ehemann Gashi, Besnik, geb. 12.12.1975, ebenfalls kosovarisch.\n",
        [
            ("Gashi", "Valbona", "1977-04-30", "", "kosovarisch"),
            ("Gashi", "Besnik", "1975-12-12", "", "kosovarisch"),
        ],
    ),
    "given_then_family_label_blocks": (
        "Härtefallantrag\nVor- und Zuname: Hussein Al-Khatib\nGeboren: 01.03.1976\nGeburtsort: Mossul\n"
        "Staatsangehörigkeit: irakisch\nVor- und Zuname: Mariam Al-Khatib\nGeboren: 09.09.1980\n"
        "Geburtsort: Bagdad\nStaatsangehörigkeit: irakisch\n",
        [
            ("Al-Khatib", "Hussein", "1976-03-01", "Mossul", "irakisch"),
            ("Al-Khatib", "Mariam", "1980-09-09", "Bagdad", "irakisch"),
        ],
    ),
    "english_pairs_on_one_line": (
        "Hardship application\nApplicants\n"
        "Name: OSEI, Kofi   Date of birth: 05/05/1986   Born in: Accra   Citizenship: Ghana\n"
        "Name: OSEI, Abena  Date of birth: 11/11/1988   Born in: Tema    Citizenship: Ghana\n",
        [
            ("Osei", "Kofi", "1986-05-05", "Accra", "ghanaisch"),
            ("Osei", "Abena", "1988-11-11", "Tema", "ghanaisch"),
        ],
    ),
    "person_lines_with_caps_family_names": (
        "Härtefallantrag\n\nPerson 1: ALIYEV Rustam – Geburtstag 07.07.1981 – Baku – aserbaidschanisch\n"
        "Person 2: ALIYEVA Leyla – Geburtstag 03.03.1985 – Ganja – aserbaidschanisch\n",
        [
            ("Aliyev", "Rustam", "1981-07-07", "Baku", "aserbaidschanisch"),
            ("Aliyeva", "Leyla", "1985-03-03", "Ganja", "aserbaidschanisch"),
        ],
    ),
    "labelled_given_label_rufname": (
        "Härtefallantrag\nAngaben zur antragstellenden Person\nFamilienname: Petrović\nRufname: Milan\n"
        "Geburtstag: 24.11.1978\nGeburtsort/-land: Niš / Serbien\nStaatsbürgerschaft: serbisch\n",
        [("Petrović", "Milan", "1978-11-24", "Niš", "serbisch")],
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_fallback_reads_layout(layout: str) -> None:
    text, expected = LAYOUTS[layout]
    assert _rows(text) == expected


SILENT = {
    "letter_and_entry_date": (
        "Flüchtlingsberatung Essen\nEssen, den 12.10.2026\n\nSehr geehrte Frau Weber,\n"
        "Herr Jonas Becker ist am 14.03.2016 eingereist. Ihr Antrag vom 02.09.2025 liegt uns vor.\n"
        "Eingang: 03.09.2025\nMit freundlichen Grüßen\n"
    ),
    "list_of_documents": (
        "Härtefallantrag – Anlagen\n1. Bescheid des BAMF vom 12.05.2019\n2. Duldung, gültig bis 30.11.2026\n"
        "3. Arbeitsvertrag Müller Bau GmbH, 01.02.2024\n4. Schulbescheinigung Realschule Mitte, 15.08.2025\n"
    ),
    "doctors_letter_with_patient_birth_date": (
        "Praxis Dr. med. Lena Hoffmann\nArztbrief\nPatient: Karim Nasser, geb. 04.06.1984\n"
        "Diagnose: F43.1 Posttraumatische Belastungsstörung\nBefund vom 10.10.2026\n"
    ),
}


@pytest.mark.parametrize("case", sorted(SILENT))
def test_fallback_stays_silent(case: str) -> None:
    assert _fallback_persons(SILENT[case]) == []


def test_no_person_from_a_letter_or_a_list_of_documents() -> None:
    assert _rows(SILENT["letter_and_entry_date"]) == []
    assert _rows(SILENT["list_of_documents"]) == []


def test_fallback_rejects_label_words_as_names() -> None:
    # a date under a heading of label words is no person
    text = "Härtefallantrag\nAngaben Person\nGeburtsdatum: 03.07.1991\nGeburtsort: Herat\n"
    assert _rows(text) == []


def test_persons_whose_birth_the_letter_tells_with_zur_welt():
    # "kam am ... in ... zur Welt": the other German way to state a birth in running text
    text = (
        "Härtefallantrag nach § 23a AufenthG\n\nSehr geehrte Damen und Herren,\n\nmein Mandant Herr Ahmad "
        "Karimi kam am 3. April 1985 in Herat zur Welt und besitzt die afghanische Staatsangehörigkeit. Seine "
        "Ehefrau Laila Karimi kam am 5. Juni 1987 in Kabul zur Welt.\nAnschrift der Familie: Lindenweg 12, "
        "45127 Essen\n"
    )
    persons = extract_persons(text, ocr=False)
    assert [(p.vorname, p.name, p.geburtsdatum, p.geburtsort) for p in persons] == [
        ("Ahmad", "Karimi", "1985-04-03", "Herat"),
        ("Laila", "Karimi", "1987-06-05", "Kabul"),
    ]
    assert persons[0].staatsangehoerigkeit == "afghanisch"
