"""Which pages continue a document and which open a new one. An application's later pages tell of the court
case or the illness without becoming a court decision or a medical report; a paper of its own still opens a
new document, and a date line in a page's head marks it as a first page. Hand-written for this test."""

from __future__ import annotations

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.ingest.model import Page, SourceFile, Submission

FIRST = (
    "Flüchtlingsrat Musterstadt e. V. · Hauptstraße 1 · 44135 Dortmund\n"
    "An die Geschäftsstelle der Härtefallkommission des Landes Nordrhein-Westfalen\n"
    "Dortmund, 12.03.2025\n"
    "Härtefallantrag für Frau Lina Haddad, geb. 05.06.1990\n"
    "Sehr geehrte Damen und Herren,\n"
    "wir beantragen, dass sich die Kommission mit dem Fall von Frau Haddad befasst.\n"
    "Begründung:\n"
    + (
        "Frau Haddad lebt seit 2015 in Dortmund. Sie kam mit ihren Kindern aus Homs und stellte einen "
        "Asylantrag, der abgelehnt wurde. Seitdem wird sie geduldet und arbeitet in einer Bäckerei, ihre "
        "Kinder besuchen die Grundschule und sprechen gut Deutsch.\n"
    )
    * 2
)
COURT_STORY = (
    "Die Familie ist in ihrer Nachbarschaft gut aufgenommen. Die Kinder spielen im Sportverein Fußball, "
    "Frau Haddad hilft bei der Tafel und besucht einen Deutschkurs auf dem Niveau B1. Die Lehrerin der "
    "älteren Tochter schreibt, dass sie zu den besten Schülerinnen ihrer Klasse gehört.\n"
    "Gegen den Bescheid des Bundesamtes erhob Frau Haddad Klage vor dem Verwaltungsgericht Gelsenkirchen "
    "(Aktenzeichen des Gerichts 5a K 1234/19.A). Mit Urteil vom 12.05.2021 wies das Verwaltungsgericht die "
    "Klage ab; der Antrag auf Zulassung der Berufung blieb ohne Erfolg. Das Urteil ist seit dem 30.08.2021 "
    "rechtskräftig. Die Ausländerbehörde der Stadt Dortmund verlängert die Duldung seitdem alle drei Monate.\n"
    "Eine Rückkehr nach Syrien ist Frau Haddad und ihren Kindern nicht zuzumuten.\n"
    "Mit freundlichen Grüßen\nM. Brandt"
)
COURT_STORY_AT_TOP = (
    "Das Verwaltungsgericht Gelsenkirchen wies die Klage von Frau Haddad gegen den Bescheid des Bundesamtes "
    "mit Urteil vom 12.05.2021 ab (Aktenzeichen 5a K 1234/19.A); der Antrag auf Zulassung der Berufung "
    "blieb ohne Erfolg. Seitdem verlängert die Ausländerbehörde der Stadt Dortmund die Duldung alle drei "
    "Monate.\n"
    "Frau Haddad hilft bei der Tafel und besucht einen Deutschkurs auf dem Niveau B1. Die Kinder spielen im "
    "Sportverein Fußball.\n"
    "Eine Rückkehr nach Syrien ist Frau Haddad und ihren Kindern nicht zuzumuten.\n"
    "Mit freundlichen Grüßen\nM. Brandt"
)
MEDICAL_STORY = (
    "Die Familie ist in ihrer Nachbarschaft gut aufgenommen. Die Kinder spielen im Sportverein Fußball, "
    "Frau Haddad hilft bei der Tafel und besucht einen Deutschkurs auf dem Niveau B1.\n"
    "Frau Haddad leidet seit der Flucht an einer posttraumatischen Belastungsstörung (ICD-10-Code F43.1). "
    "Die Diagnose stellte Dr. med. Weber, bei dem sie seit 2019 in Behandlung ist; die Therapie mit "
    "wöchentlichen Gesprächen und Medikamenten hat ihren Zustand stabilisiert. Ein Abbruch der Behandlung "
    "würde nach Einschätzung des Arztes zu einer schweren Verschlechterung führen.\n"
    "Mit freundlichen Grüßen\nM. Brandt"
)
COURT_DECISION = (
    "Verwaltungsgericht Gelsenkirchen\nAktenzeichen des Gerichts 5a K 1234/19.A\n"
    "Im Namen des Volkes\nUrteil\nIn dem Verwaltungsrechtsstreit der Frau Lina Haddad gegen die "
    "Bundesrepublik Deutschland hat die 5a. Kammer für Recht erkannt:\nDie Klage wird abgewiesen. "
    "Die Klägerin trägt die Kosten des Verfahrens.\nTatbestand\nDie Klägerin ist syrische Staatsangehörige."
)

CV = (
    "Lebenslauf\n"
    "Name: Dara Beispiel\nGeboren am 04.07.2008 in Herat\n"
    "Schulbildung\n"
    "2014 - 2019 Grundschule in Herat\n"
    "seit 2020 Gesamtschule Musterstadt, derzeit Klasse 9\n"
    "Sprachkenntnisse\n"
    "Dari (Muttersprache), Deutsch (B1), Englisch (Grundkenntnisse)\n"
    "Hobbys\n"
    "Fußball im Verein, Zeichnen\n"
)
SCHOOL = (
    "Klassenleitung 9b\n"
    "Dortmund, den 14.02.2025\n"
    "Dara Beispiel, geboren am 04.07.2008, besucht im Schuljahr 2024/2025 die Klasse 9b. Er kam 2019 "
    "aus Herat und lernte zunächst in einer Seiteneinsteigerklasse Deutsch. Er ist ein freundlicher "
    "und hilfsbereiter Mitschüler.\n"
    "S. Kramer, Klassenlehrerin\n"
)
CV_PAGE2 = (
    "Praktika\n"
    "2023 Praktikum in einer Kfz-Werkstatt, zwei Wochen\n"
    "2024 Praktikum im Supermarkt, drei Wochen\n"
    "Berufswunsch\n"
    "Kfz-Mechatroniker\n"
    "Dortmund, 10.02.2025\nDara Beispiel\n"
)

ATTEST = (
    "Dr. med. A. Muster, Fachärztin für Psychiatrie und Psychotherapie\n"
    "Ärztliches Attest\n"
    "Patient: Dara Beispiel, geb. 04.07.1985\n"
    "Diagnosen: Posttraumatische Belastungsstörung (F43.1), mittelgradige depressive Episode (F32.1)\n"
    "Herr Beispiel ist seit 2021 in meiner regelmäßigen Behandlung. Er leidet unter Schlafstörungen, "
    "Albträumen und Konzentrationsstörungen. Eine Fortführung der Psychotherapie ist dringend erforderlich.\n"
    "Dr. med. A. Muster\n"
)
VOLUNTEER = (
    "Dortmund, den 03.03.2025\n"
    "Herr Dara Beispiel engagiert sich seit Mai 2022 ehrenamtlich in unserer Tafel. Er sortiert die gespendeten "
    "Lebensmittel und übersetzt für Neuankömmlinge. Trotz seiner Erkrankung ist er sehr zuverlässig.\n"
    "Für das Team: K. Albers\n"
)

SUPPORT = (
    "Ich kenne Herrn Dara Beispiel seit drei Jahren aus unserer Kirchengemeinde. Er hilft beim "
    "Gemeindefest und ist ein geschätzter Teil unserer Gemeinschaft geworden. Ich unterstütze seinen "
    "Wunsch, hier bleiben zu dürfen.\n"
    "Maria Schulte\n"
)

CONSENT = (
    "Zustimmung\n"
    "Ich gebe meine Zustimmung, dass meine Daten im Härtefallverfahren von der Geschäftsstelle genutzt "
    "und den Mitgliedern der Kommission vorgelegt werden dürfen. Die Zustimmung kann ich "
    "jederzeit zurücknehmen.\n"
    "Name: Lina Haddad\n"
    "Unterschrift\n"
)

LETTER_P1 = (
    "Rechtsanwältin J. Berger · Kaiserstraße 8 · 44135 Dortmund\n"
    "An die Geschäftsstelle der Härtefallkommission des Landes Nordrhein-Westfalen\n"
    "Dortmund, 03.03.2025\n"
    "Herr Samir Haddad, geb. 05.06.1988, syrischer Staatsangehöriger\n"
    "Sehr geehrte Damen und Herren,\n"
    "ich vertrete Herrn Haddad, der seit 2015 in Dortmund lebt. Die Ausländerbehörde der Stadt Dortmund "
    "hat ihm eine Duldung nach § 60a AufenthG erteilt, die zuletzt bis zum 30.04.2025 verlängert wurde. "
    "Herr Haddad arbeitet seit 2019 als Lagerist, spricht Deutsch auf dem Niveau B1 und ist im "
    "Sportverein aktiv.\n"
    "Er kam im Herbst 2015 über die Balkanroute nach Deutschland.\n"
    "Sein Asylantrag wurde 2017 abgelehnt, die Klage blieb ohne Erfolg.\n"
    "Seine Eltern und zwei Brüder leben noch in Aleppo.\n"
    "In Dortmund hat er einen großen Freundeskreis.\n"
    "Sein Arbeitgeber möchte ihn unbefristet weiterbeschäftigen.\n"
)
LETTER_P2 = (
    "Vor diesem Hintergrund beantrage ich, dass sich die Härtefallkommission mit dem Fall von Herrn Haddad "
    "befasst und ein Härtefallersuchen an das Ministerium richtet. Eine Rückkehr nach Syrien ist ihm nicht "
    "zuzumuten; er hat dort niemanden mehr.\n"
    "Mit freundlichen Grüßen\nJ. Berger, Rechtsanwältin\n"
)


def _documents(*texts: str) -> list[tuple[str, list[int]]]:
    pages = [Page(number=i + 1, text=t, source="text") for i, t in enumerate(texts)]
    source = SourceFile(name="antrag.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    return [(d.type, d.pages) for d in classify(Submission(files=[source]), ClassifyOptions()).documents]


def test_a_page_telling_of_the_court_case_continues_the_application() -> None:
    assert _documents(FIRST, COURT_STORY) == [("antrag", [1, 2])]


def test_a_page_opening_with_a_sentence_on_the_court_case_continues_the_application() -> None:
    # "Verwaltungsgericht" at the top of the page, but inside a sentence: not a court's letterhead
    assert _documents(FIRST, COURT_STORY_AT_TOP) == [("antrag", [1, 2])]


def test_a_page_telling_of_the_illness_continues_the_application() -> None:
    assert _documents(FIRST, MEDICAL_STORY) == [("antrag", [1, 2])]


def test_a_court_decision_after_the_application_is_a_document_of_its_own() -> None:
    assert _documents(FIRST, COURT_DECISION) == [("antrag", [1]), ("gerichtsentscheidung", [2])]


def test_a_page_kept_in_a_document_against_its_own_reading_is_flagged_for_review() -> None:
    pages = [Page(number=i + 1, text=t, source="text") for i, t in enumerate([FIRST, MEDICAL_STORY])]
    source = SourceFile(name="antrag.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    (doc,) = classify(Submission(files=[source]), ClassifyOptions()).documents
    assert doc.type == "antrag" and doc.needs_review
    assert "Seite 2 passt für sich gelesen zu einer anderen Dokumentart: bitte prüfen" in doc.notes


def test_a_document_whose_pages_agree_is_not_flagged_for_that() -> None:
    pages = [Page(number=i + 1, text=t, source="text") for i, t in enumerate([FIRST, FIRST])]
    source = SourceFile(name="antrag.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    docs = classify(Submission(files=[source]), ClassifyOptions()).documents
    assert not any("anderen Dokumentart" in n for d in docs for n in d.notes)


def test_a_dated_school_letter_after_a_cv_is_a_document_of_its_own() -> None:
    assert _documents(CV, SCHOOL) == [("lebenslauf", [1]), ("schulnachweis", [2])]


def test_a_dated_volunteering_letter_after_a_medical_report_is_a_document_of_its_own() -> None:
    # the letter has no title and reads as volunteering only moderately: the date line in its head
    # is what marks it as a first page
    assert _documents(ATTEST, VOLUNTEER) == [("aerztliches_gutachten", [1]), ("ehrenamt", [2])]


def test_two_signed_school_letters_dated_in_their_heads_are_two_documents() -> None:
    sibling = SCHOOL.replace("Dara", "Mina").replace("04.07.2008", "11.01.2011").replace("9b", "6a")
    assert _documents(SCHOOL, sibling) == [("schulnachweis", [1]), ("schulnachweis", [2])]


def test_a_cv_page_dated_at_its_foot_continues_the_cv() -> None:
    assert _documents(CV, CV_PAGE2) == [("lebenslauf", [1, 2])]


def test_an_undated_support_letter_after_a_medical_report_is_a_document_of_its_own() -> None:
    # no title, date or salutation: the page reads clearly as a support letter and not at all as medical
    assert _documents(ATTEST, SUPPORT) == [("aerztliches_gutachten", [1]), ("unterstuetzerschreiben", [2])]


def test_a_consent_form_declaring_its_act_after_the_application_is_a_document_of_its_own() -> None:
    # no title the cue list knows, no date, no letterhead: the declaration in its head makes it a form
    assert _documents(FIRST, CONSENT) == [("antrag", [1]), ("datenschutzeinwilligung", [2])]


def test_a_letter_whose_request_stands_on_its_second_page_is_the_application() -> None:
    # the first page alone reads as a letter that asks for nothing (held as a cover letter) and does not close
    assert _documents(LETTER_P1, LETTER_P2) == [("antrag", [1, 2])]
