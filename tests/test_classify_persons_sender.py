"""The address of a family that writes its application itself stands in the sender block at the top
("Familie Haddad" / "Lindenstraße 4" / "44135 Dortmund"). Hand-written for this test."""

from __future__ import annotations

import pytest

from hfk.classify.persons import extract_persons

RECIPIENT = (
    "An die Geschäftsstelle der Härtefallkommission\ndes Landes Nordrhein-Westfalen\n"
    "Postfach 10 11 03\n40002 Düsseldorf\n\nDortmund, den 12.03.2025\n\nAntrag auf Härtefallprüfung\n\n"
)
BODY = (
    "Sehr geehrte Damen und Herren,\nhiermit beantragen wir für Karim Haddad, geboren am 12.03.1984 in "
    "Aleppo, syrisch, und seine Ehefrau Lina Haddad, geboren am 05.06.1990 in Homs, syrisch, die Befassung "
    "der Kommission.\n"
)


@pytest.mark.parametrize(
    "sender",
    [
        "Familie Haddad\nLindenstraße 4\n44135 Dortmund\n\n",
        "Karim und Lina Haddad\nLindenstraße 4, 44135 Dortmund\n\n",
        "Herrn Karim Haddad\nLindenstraße 4\n44135 Dortmund\n\n",
    ],
    ids=["family", "couple-one-line", "title"],
)
def test_the_sender_block_gives_the_family_address(sender: str) -> None:
    persons = extract_persons(sender + RECIPIENT + BODY, ocr=False)
    assert [p.vorname for p in persons] == ["Karim", "Lina"]
    assert all(p.adresse == "Lindenstraße 4, 44135 Dortmund" for p in persons)


def test_a_sender_block_of_someone_else_gives_no_address() -> None:
    # a supporter writes: the line above the address names no applicant
    sender = "Maria Schulte\nLindenstraße 4\n44135 Dortmund\n\n"
    persons = extract_persons(sender + RECIPIENT + BODY, ocr=False)
    assert [p.adresse for p in persons] == ["", ""]


def test_the_recipient_block_gives_no_address() -> None:
    persons = extract_persons(RECIPIENT + BODY, ocr=False)
    assert [p.adresse for p in persons] == ["", ""]
