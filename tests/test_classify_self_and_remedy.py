"""A writer who states their own data in sentences of their own, and a decision's instructions on remedies
as a fax reads them (blind15, seen, session 18). The texts are written anew, with other names and wording."""

from __future__ import annotations

from hfk.classify.fields import find_triggers
from hfk.classify.persons import extract_persons

SELF = (
    "Sehr geehrte Damen und Herren,\n"
    "ich bitte die Härtefallkommission, sich mit meinem Fall zu befassen.\n"
    "Zuerst zu mir:\n"
    "Ich heiße Farida Nazari. Mein Geburtsdatum lautet 03.11.1991; geboren wurde ich in Mazar-i-Scharif.\n"
    "Ich bin afghanische Staatsangehörige.\n"
    "Ich wohne wohnhaft in 33602 Bielefeld, Bahnhofstraße 12.\n"
    "Seit 2019 lebe ich in Deutschland und arbeite in einer Bäckerei.\n"
    "Mit freundlichen Grüßen\n\nFarida Nazari\n"
)


def test_a_writer_who_states_date_place_nationality_and_address_in_sentences_of_their_own() -> None:
    [p] = extract_persons(SELF)
    assert (p.name, p.vorname, p.geburtsdatum) == ("Nazari", "Farida", "1991-11-03")
    assert (p.geburtsort, p.staatsangehoerigkeit) == ("Mazar-i-Scharif", "afghanisch")
    assert p.adresse == "Bahnhofstraße 12, 33602 Bielefeld"


def test_geboren_wurde_ich_am_and_ich_besitze_die_staatsangehoerigkeit() -> None:
    text = SELF.replace(
        "Mein Geburtsdatum lautet 03.11.1991; geboren wurde ich in Mazar-i-Scharif.",
        "Geboren wurde ich am 3. November 1991 in Herat.",
    ).replace("Ich bin afghanische Staatsangehörige.", "Ich besitze die afghanische Staatsangehörigkeit.")
    [p] = extract_persons(text)
    assert (p.geburtsdatum, p.geburtsort, p.staatsangehoerigkeit) == ("1991-11-03", "Herat", "afghanisch")


def test_a_faxed_instruction_on_remedies_is_no_court_procedure() -> None:
    for remedy in ("Rachtsbehelfsbelehrung", "Rechtishbehelfsbelehrung", "Rechtsbehelfsbelehrung"):
        text = (
            "Die Ausreisepflicht ist vollziehbar.\n\n"
            f"{remedy}: Hiergegen ist binnen eines Monats ab Bekanntgabe die Klage zum\n"
            "Verwaltungsgericht Arnsberg statthaft.\n"
        )
        assert "court" not in dict(find_triggers(text)), remedy
    # without the heading, the remedy in other words
    assert "court" not in dict(
        find_triggers("Gegen diese Verfügung ist die Klage beim Verwaltungsgericht statthaft.")
    )
    # a court procedure that was brought still counts
    assert "court" in dict(
        find_triggers("Seine Klage beim Verwaltungsgericht Arnsberg wurde 2022 abgewiesen.")
    )


def test_a_faxed_paragraph_60c_after_the_training_it_is_about() -> None:
    """ "§ 60c" read as "5 606": after the training it counts; alone it may be § 60b and does not."""
    text = (
        "Seit 2023 macht sie eine Ausbildung zur Pflegefachfrau, so dass 5 606\nAufenthG in Betracht kommt."
    )
    assert "ausbildungs_beschaeftigungsduldung" in dict(find_triggers(text))
    assert "ausbildungs_beschaeftigungsduldung" not in dict(
        find_triggers("Zur Passpflicht siehe § 606 AufenthG.")
    )
