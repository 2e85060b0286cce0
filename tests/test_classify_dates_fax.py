"""Date of issue next to fax transmission lines, and birth dates read from a document."""

from __future__ import annotations

from hfk.classify.dates import birth_dates, issue_date


def test_fax_transmission_header_is_not_the_date_of_a_decision() -> None:
    text = (
        "22.07.2025 14:35 FAX +49 412 443219 Ökumenisches Netzwerk Asyl Essen S. 5/7\n\n"
        "Bundesamt für Migration und Flüchtlinge\nAußenstelle Unna, Massener Straße 40, 59423 Unna\n"
        "Gesch.-Z.: 6293453 - 238\nUnna, 09.01.2014\n\nHerr Kwame Owusu\n\nBescheid\n\n"
        "In dem Asylverfahren des Owusu, Kwame, geb. am 23.11.1984 in Accra, ergeht folgende Entscheidung:\n"
        "Er reiste am 21.01.2013 ein und stellte am 23.02.2013 einen Asylantrag.\n\n"
        "22.07.2025 14:36 FAX +49 412 443219 Ökumenisches Netzwerk Asyl Essen S. 6/7\n"
    )
    assert issue_date(text) == "2014-01-09"


def test_fax_header_with_sender_and_recipient_numbers() -> None:
    text = "Von: +49 231 1234 An: 0211 5555 12.03.2025 09:14\nStadt Dortmund\nDortmund, 02.03.2025\nOrdnungsverfügung"
    assert issue_date(text) == "2025-03-02"


def test_time_of_an_appointment_is_no_fax_line() -> None:
    # a report's own date with the time of the examination stays the date of issue
    assert (
        issue_date("Praxis Dr. Yilmaz\nDatum: 14.03.2025 10:15 Uhr\nAttest\nDiagnose F43.1") == "2025-03-14"
    )


def test_birth_dates_of_a_school_report() -> None:
    text = "Zeugnis\nGesamtschule Bonn-Mitte für Nasrin Jafari, geboren am 25.09.2015 - Schuljahr 2023/2024\nBonn, den 02.01.2025"
    assert birth_dates(text) == ["2015-09-25"]
    assert birth_dates("Bonn, den 02.01.2025") == []


def test_a_discharge_letter_dated_only_by_its_printout():
    """A hospital's discharge letter whose only date of its own is the footer's printout date; the
    admission and discharge dates are what it recounts."""
    text = (
        "Marien-Klinik Hamm\nAbteilung für Psychiatrie\nEntlassungsbericht\n\n"
        "Bericht über den stationären Aufenthalt von Frau Amina Yusuf, geb. 02.03.1991,\n"
        "aufgenommen am 03.02.2025, entlassen am 21.02.2025.\n"
        "Entlassungsdiagnose: Posttraumatische Belastungsstörung [F43.1 G]\n"
        "Mit freundlichen Grüßen\nDr. med. Rita Sommer\n\n"
        "Marien-Klinik Hamm – Ausdruck vom 04.03.2025 – S. 1/1\n"
    )
    assert issue_date(text) == "2025-03-04"
