"""Pages and dates as blind21 shows them (seen after its blind run in session 23; the texts here are written
anew): a certified translation of an identity card, a consulate's certificate that a passport was applied
for, a faxed language certificate whose transmission line names a law firm, and a birth date cut by a line
break in an English letter."""

import sys
from pathlib import Path

from hfk.classify.birthdates import date_spans, learned_birth_dates, names_unlikely
from hfk.classify.fields import begruendung_topics, representative
from hfk.classify.nlp import scored_text

sys.path.insert(0, str(Path(__file__).parent))  # the modules beside this file (importlib mode)
from test_classify_case import one_type  # noqa: E402

ID_CARD_TRANSLATION = """Übertragung ins Deutsche (Ausgangssprache: Englisch), beglaubigt
Nationaler Personalausweis – Nigeria

Ausweisnummer 55120934
Familienname Okafor
Vorname Chidi
Geburtsdatum 14.07.1984
Geburtsort Enugu
Ausgestellt am 09.01.2020

[Rückseite: Lichtbild, Unterschrift und Stempel]

Richtig und vollständig übertragen; das Original lag mir vor. Jana Roth, allgemein beeidigte Übersetzerin, Köln
"""

PASSPORT_APPLIED_FOR = """Honorarkonsulat Ghana – Konsularische Dienste Köln
Bescheinigung

Hiermit wird bescheinigt, dass Herr Kwame Mensah, geboren am 04.04.1988, am 12.08.2024 persönlich
vorgesprochen und die Ausstellung eines Reisepasses beantragt hat. Die Gebühr wurde bezahlt.

Vorgangsnummer: 1177/2024
Köln, 12.08.2024
"""

FAXED_CERTIFICATE = """14.11.2024 10:05 FAX +49 211 5550 Kanzlei Brandt Rechtsanwälte S. 3/5

Sprachinstitut Rheinblick – lizenziertes Prüfungszentrum
Zertifikat Deutsch B1 – Mitteilung der Ergebnisse
Name: Kwame Mensah, geboren am 04.04.1988
Prüfungsdatum: 20.09.2024
Hören 17/20, Lesen 18/25, Schreiben 30/45, Sprechen 40/60
Gesamtergebnis: bestanden (Niveau B1)
Bonn, 01.10.2024
"""


def test_a_certified_translation_of_an_identity_card_is_an_identity_document() -> None:
    assert one_type(ID_CARD_TRANSLATION, src="ocr") == "identitaetsnachweis"


def test_a_certificate_that_a_passport_was_applied_for_is_no_passport() -> None:
    assert one_type(PASSPORT_APPLIED_FOR, src="ocr") == "sonstiges"


def test_the_text_classifier_does_not_read_the_fax_transmission_line() -> None:
    read = scored_text(FAXED_CERTIFICATE)
    assert "kanzlei" not in read and "rechtsanwalte" not in read
    assert "sprachinstitut" in read and "zertifikat" in read
    assert one_type(FAXED_CERTIFICATE, src="ocr") == "sprachnachweis"


def test_a_birth_date_cut_by_a_line_break_stands_on_one_line_for_the_model() -> None:
    text = (
        "Dear members of the Commission,\nmy name is Kwame Mensah and I am a Ghanaian national. Our daughter is "
        "Ama Mensah. She was born on 20\nDecember 2020 in Kumasi. We came to Germany on 3 March 2022.\n\n"
        "Yours sincerely,\nKwame Mensah"
    )
    read, spans = date_spans(text)
    assert "born on 20 December 2020 in Kumasi" in read and len(read) == len(text)  # positions kept
    assert [iso for _, _, iso in spans] == ["2020-12-20", "2022-03-03"]
    assert "2020-12-20" in learned_birth_dates(text)


def test_a_common_word_cut_short_is_no_name() -> None:
    # a table's column title cut by OCR ("Geburtsdatu"), read as a family name
    assert names_unlikely("Geburtsdatu", "Shala Mimoza")
    assert not names_unlikely("Shala", "Mimoza")


def test_a_forms_numbered_part_heading_opens_its_topic() -> None:
    text = (
        "Eingabe an die Kommission – Formular\n\nTeil A – Personen\n\nPerson A\n\nFamilienname  RAHIMI\n\n"
        "Vorname(n)  Omid\n\nGeburtsdatum  02.02.1990\n\nPerson B\n\nFamilienname  RAHIMI\n\nVorname(n)  Nadia\n\n"
        "Geburtsdatum  04.05.1992\n\nTeil D – Begründung\n\nD 1  Lebensweg und Einreise\n\n"
        "Ich bin in Kabul aufgewachsen und kam am 02.02.2016 nach Deutschland.\n\n"
        "D 2  Aufenthalt und Verfahren\n\nMein Asylantrag wurde abgelehnt; ich bin geduldet.\n\n"
        "D 3  Verwandte hier und im Herkunftsland in Kürze\n\n"
        "Hier lebe ich mit meiner Frau und unseren beiden Töchtern; in Afghanistan lebt nur noch ein Onkel.\n"
    )
    assert "familie" in begruendung_topics(text)


def test_a_relative_named_as_the_writer_represents_the_family() -> None:
    text = (
        "Antrag an die Härtefallkommission\n\n1. Personalien\n\nRAHIMI, Nadia, Antragstellerin, geb. 04.05.1992 "
        "in Herat\n\nErstellt von: Omid Rahimi (Schwager), Lindenweg 3, 44135 Dortmund\n\n2. Werdegang\n\n"
        "Frau Rahimi kam 2016 nach Deutschland.\n\nDortmund, 01.03.2025\nOmid Rahimi"
    )
    rep = representative(text)
    assert rep is not None and rep.kind == "privat" and "Omid Rahimi" in rep.name
    assert rep.adresse == "Lindenweg 3, 44135 Dortmund"


def test_german_from_a_course_and_the_childrens_years_here_tell_no_life_story_or_integration() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\nMeine Deutschkenntnisse stammen aus einem Sprachkurs der VHS.\n\n"
        "Ich lebe mit meiner Frau und unserem Sohn Arben zusammen. Arben hat die prägenden Jahre hier "
        "verbracht; Freunde, Sprache und Alltag sind deutsch geprägt.\n"
    )
    topics = begruendung_topics(text)
    assert "lebensgeschichte" not in topics
    assert "familie" in topics
    assert topics.get("integration", "").startswith("Meine Deutschkenntnisse")  # the course, not the son
