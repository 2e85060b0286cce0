"""Applications filled in on a form, discharge reports dated in their title, address labels.

Hand-written for these tests in wordings of our own. An application form has fields where a letter
has sentences: it names the representative ("Bevollmächtigte/r") and ticks "Vollmacht liegt bei",
which made the classifier hold the page as a power of attorney; its title may be framed
("Formblatt Härtefallantrag nach § 23a AufenthG"). Powers of attorney must stay powers of attorney.
"""

from __future__ import annotations

import pytest

from hfk.classify.case import classify
from hfk.classify.dates import issue_date
from hfk.classify.model import ClassifyOptions
from hfk.classify.nlp import default_scorer
from hfk.classify.normalize import compact, fold
from hfk.classify.pages import _phrase_positions
from hfk.classify.persons import _find_address
from hfk.ingest.model import Page, SourceFile, Submission

APPLICATION_FORMS = {
    "framed_title": (
        "Formblatt Härtefallantrag nach § 23a AufenthG\n"
        "an die Geschäftsstelle der Härtefallkommission NRW\n"
        "1. Antragstellende Person\n"
        "Familienname: Haddad   Vorname: Samir\n"
        "Geburtsdatum: 12.03.1988   Geburtsort: Aleppo\n"
        "2. Bevollmächtigte/r (falls vorhanden)\n"
        "Beratungsstelle Nord, Frau K. Berg, Kaiserstraße 9, 44135 Dortmund\n"
        "☒ Vollmacht liegt bei   ☐ keine Vertretung\n"
        "3. Gründe (kurz)\n"
        "Herr Haddad lebt seit 2015 in Dortmund, arbeitet als Koch und pflegt seine kranke Mutter.\n"
        "Ort, Datum, Unterschrift"
    ),
    "representative_field_first": (
        "Härtefallantrag (§ 23a AufenthG)\n"
        "Bevollmächtigter: Rechtsanwalt Dr. T. Ohm, Ringstraße 4, 33602 Bielefeld\n"
        "Antragsteller\n"
        "Name Vorname Geburtsdatum Staatsangehörigkeit\n"
        "Osei Kwame 03.07.1991 ghanaisch\n"
        "Kurze Darstellung des Härtefalls\n"
        "Herr Osei ist seit neun Jahren in Bielefeld und hat eine feste Stelle in der Pflege.\n"
        "Datum / Unterschrift"
    ),
}

POWERS_OF_ATTORNEY = {
    "noun_field": (
        "Vollmacht\n"
        "Vollmachtgeber: Samir Haddad, geb. 12.03.1988\n"
        "Bevollmächtigte: Beratungsstelle Nord, Frau K. Berg\n"
        "wird hiermit Vollmacht erteilt, mich im Verfahren vor der Härtefallkommission nach § 23a AufenthG "
        "zu vertreten und Akteneinsicht zu nehmen.\n"
        "Dortmund, 02.03.2025   Unterschrift"
    ),
    "compound_title": (
        "Prozessvollmacht\n"
        "Hiermit bevollmächtige ich Rechtsanwältin Dr. M. Lenz, mich im Härtefallverfahren "
        "(§ 23a AufenthG) zu vertreten.\n"
        "Köln, 14.02.2025"
    ),
}


@pytest.mark.parametrize("name", sorted(APPLICATION_FORMS))
def test_an_application_form_naming_its_representative_is_an_antrag(name: str) -> None:
    assert default_scorer().score(APPLICATION_FORMS[name]).best == "antrag"


@pytest.mark.parametrize("name", sorted(POWERS_OF_ATTORNEY))
def test_powers_of_attorney_stay_powers_of_attorney(name: str) -> None:
    assert default_scorer().score(POWERS_OF_ATTORNEY[name]).best == "vollmacht"


def test_form_application_and_its_vollmacht_split_into_two_documents() -> None:
    texts = [APPLICATION_FORMS["framed_title"], POWERS_OF_ATTORNEY["noun_field"]]
    pages = [Page(number=i + 1, text=t, source="text") for i, t in enumerate(texts)]
    source = SourceFile(name="antrag.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [(d.type, d.pages) for d in facts.documents] == [("antrag", [1]), ("vollmacht", [2])]


def _positions(phrase: str, text: str) -> list[float]:
    folded = fold(text)
    return _phrase_positions(fold(phrase), folded, compact(folded))


def test_a_phrase_counts_as_a_compound_head_or_inflected_not_inside_a_derived_word() -> None:
    assert _positions("Vollmacht", "Bevollmächtigte/r (falls vorhanden)") == []
    assert _positions("Vollmacht", "Angaben zum Bevollmächtigten") == []
    assert _positions("Vollmacht", "Prozessvollmacht") != []
    assert _positions("Härtefallantrag", "Begründung des Härtefallantrags") != []
    assert _positions("Härtefallantrag", "Härte fallantrag") != []  # a word OCR split still counts


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Klinik für Psychiatrie, Ev. Krankenhaus Bielefeld\n"
            "Entlassungsbericht vom 14.03.2025\n"
            "Patientin: Frau A. Yusuf, geb. 02.05.1984\n"
            "Sehr geehrte Kollegin, sehr geehrter Kollege,\n"
            "wir berichten über die stationäre Behandlung vom 03.02.2025 bis 14.03.2025.\n"
            "Aufnahme am 03.02.2025, Entlassung am 14.03.2025.\n"
            "Diagnosen: F43.1 Posttraumatische Belastungsstörung",
            "2025-03-14",
        ),
        (
            "Verlaufsbericht vom 1. April 2025\nPatient: Herr O., geb. 01.01.1990\nin Behandlung seit 12.01.2024",
            "2025-04-01",
        ),
        # a report another document refers to is no title
        ("Wir verweisen auf den Entlassungsbericht vom 02.01.2025.\nBielefeld, den 14.03.2025", "2025-03-14"),
        ("Klage gegen den\nAblehnungsbescheid vom 02.01.2019\nDüsseldorf, 14.03.2025", "2025-03-14"),
    ],
)
def test_a_report_dated_in_its_compound_title(text: str, iso: str) -> None:
    assert issue_date(text) == iso


@pytest.mark.parametrize(
    "label", ["Anschrift", "Wohnanschrift", "Adresse", "Aktuelle Anschrift", "Address", "Wohnort:"]
)
def test_an_address_label_is_not_part_of_the_street(label: str) -> None:
    # a form whose colon or column gap was lost: the street pattern allows words before the street name
    assert _find_address(f"{label} Lindenstraße 4, 44135 Dortmund") == "Lindenstraße 4, 44135 Dortmund"


def test_streets_that_begin_like_a_label_keep_their_name() -> None:
    assert _find_address("Adenauerallee 4, 53113 Bonn") == "Adenauerallee 4, 53113 Bonn"
    assert _find_address("c/o Familie Schmitz, Anschrift Am Ring 4, 44135 Dortmund") == (
        "c/o Familie Schmitz, Am Ring 4, 44135 Dortmund"
    )


REQUESTS_IN_OTHER_WORDS = {
    "um_ein_haertefallersuchen": (
        "Evangelische Kirchengemeinde St. Petri · Kirchplatz 2 · 33602 Bielefeld\n"
        "An die Geschäftsstelle der Härtefallkommission des Landes NRW\n"
        "Bielefeld, 02.04.2025\nFamilie Osei – Härtefall\nSehr geehrte Damen und Herren,\n"
        "als Gemeinde begleiten und unterstützen wir Familie Osei seit sechs Jahren. Im Namen der Familie "
        "und mit ihrem Einverständnis bitten wir um ein Härtefallersuchen zugunsten von Herrn Kwame Osei, "
        "geb. 03.07.1991, seiner Ehefrau Ama Osei, geb. 11.09.1993, und ihrer Tochter Abena, geb. 20.01.2019.\n"
        "Persönliche Gründe: Herr Osei arbeitet seit 2019 in der Altenpflege, die Tochter besucht die Kita.\n"
        "Dringende humanitäre Gründe sprechen gegen eine Rückkehr nach Ghana.\n"
        "Mit freundlichen Grüßen\nPfarrerin R. Lange"
    ),
    "ersuchen": (
        "Flüchtlingshilfe Lippe e. V. · Bahnhofstraße 3 · 32756 Detmold\n"
        "Härtefallkommission NRW\nDetmold, 10.05.2025\nSehr geehrte Damen und Herren,\n"
        "wir unterstützen Frau Amina Yusuf, geb. 02.05.1984, seit ihrer Ankunft in Detmold. In ihrem Auftrag "
        "ersuchen wir die Kommission, sich ihres Falles anzunehmen. Frau Yusuf lebt seit 2016 hier, "
        "arbeitet in einer Bäckerei und pflegt ihre Nachbarin.\nMit freundlichen Grüßen\nM. Brandt"
    ),
}


@pytest.mark.parametrize("name", sorted(REQUESTS_IN_OTHER_WORDS))
def test_a_letter_asking_for_the_haertefallersuchen_is_an_application(name: str) -> None:
    # it also says the writer supports the family: without a request it would be held as a support letter
    assert default_scorer().score(REQUESTS_IN_OTHER_WORDS[name]).best == "antrag"


def test_a_cover_letter_naming_the_haertefallersuchen_requests_nothing() -> None:
    text = (
        "Rechtsanwältin Dr. K. Vogel · Westenhellweg 40 · 44137 Dortmund\n"
        "An die Geschäftsstelle der Härtefallkommission NRW\nDortmund, 12.05.2025\n"
        "Sehr geehrte Damen und Herren,\nin der Sache Osei übersende ich die Schulbescheinigung der Tochter "
        "zum bereits gestellten Antrag.\nMit freundlichen Grüßen\nDr. K. Vogel"
    )
    assert default_scorer().score(text).best != "antrag"


def test_an_enclosure_list_on_an_applications_last_page_is_no_form() -> None:
    from hfk.classify.pages import without_enclosure_list

    last_page = (
        "und bitten um eine wohlwollende Prüfung.\nMit freundlichen Grüßen\nSamir Haddad\n"
        "Anlagen: Vollmacht, Schweigepflichtentbindung, Einwilligung Datenschutz"
    )
    assert "Vollmacht" not in without_enclosure_list(last_page)
    texts = [APPLICATION_FORMS["framed_title"], last_page]
    pages = [Page(number=i + 1, text=t, source="text") for i, t in enumerate(texts)]
    source = SourceFile(name="antrag.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [(d.type, d.pages) for d in facts.documents] == [("antrag", [1, 2])]


@pytest.mark.parametrize(
    "text",
    [
        "Anlage 3: Vollmacht\nHiermit bevollmächtige ich Frau Berg.",  # a stamp on the enclosure itself
        "Anlage: Vollmacht\nHiermit bevollmächtige ich Frau Berg.",  # one item, then the declaration
        "Anlage zum Antrag: Vollmacht\nName: Haddad\nVorname: Samir",  # a form's header and its fields
    ],
)
def test_a_stamp_or_a_form_is_no_enclosure_list(text: str) -> None:
    from hfk.classify.pages import without_enclosure_list

    assert without_enclosure_list(text) == text


def test_a_long_request_letter_telling_of_the_language_test_is_the_application() -> None:
    # the story names the certificate, the school and the club; no sender of those heads the letter
    text = (
        "Flüchtlingsberatung Lippe · Bahnhofstraße 3 · 32756 Detmold\n"
        "An die Härtefallkommission des Landes Nordrhein-Westfalen\nDetmold, 10.05.2025\n"
        "Sehr geehrte Damen und Herren,\nwir wenden uns im Auftrag von Frau Amina Yusuf, geb. 02.05.1984, "
        "an die Härtefallkommission und bitten um Prüfung ihres Falles.\n"
        "Frau Yusuf hat den Deutsch-Test für Zuwanderer auf dem Niveau B1 bestanden; das Zertifikat liegt bei.\n"
        + "Sie lebt seit 2016 in Detmold und arbeitet in einer Bäckerei. Ihre Tochter besucht die Grundschule "
        "und spielt im Sportverein Fußball; Frau Yusuf hilft ehrenamtlich bei der Tafel.\n"
        * 8
        + "Mit freundlichen Grüßen\nM. Brandt"
    )
    assert default_scorer().score(text).best == "antrag"


def test_a_language_certificate_stays_a_language_certificate() -> None:
    text = (
        "telc gGmbH · Deutsch-Test für Zuwanderer\nZertifikat\nFrau Amina Yusuf, geb. 02.05.1984, hat den "
        "Deutsch-Test für Zuwanderer am 12.03.2024 mit dem Gesamtergebnis B1 bestanden.\n"
        "Hörverstehen B1, Leseverstehen B1, Schreiben B1, Sprechen B1\nFrankfurt am Main, 02.04.2024"
    )
    assert default_scorer().score(text).best == "sprachnachweis"
