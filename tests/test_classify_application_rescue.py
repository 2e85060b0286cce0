"""A submission in which no page reads as the application (session 16).

blind13's first blind run found no application in four of 60 submissions: the request was worded in a
way no cue knew, and the page was held below another class (a language certificate, for the "Deutsch-
Test für Zuwanderer" its story names). The case then reported the application missing and read none of
its persons (13 of the sample's 121). Now the document with the most evidence for an application is
taken for it and marked for review; a submission of forms only keeps no application.
"""

from __future__ import annotations

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.ingest.model import IngestError, Page, SourceFile, Submission

# An application by a law firm in the shape of blind13's, its request in words no cue knows.
APPLICATION = """VORAB PER TELEFAX · 0211 837-2200 · Absender: Rechtsanwaltskanzlei Brandt
Rechtsanwaltskanzlei Brandt | Lindenallee 7 | 45127 Essen | Bearbeitung: Jana Brandt
Düsseldorf, Geschäftsstelle HFK – Eingabe vom 31.08.2024
Dringend: Härtefallantrag PETROV
unter Vorlage der Vollmacht zeigen wir die Vertretung von Ilja Petrov und Nadia Petrov an und legen den Fall der
Härtefallkommission nach § 23a AufenthG zur Befassung vor.
Lfd. | geb. am | NAME, Vorname | Geburtsort | Staatsang. | Verh.
01 | 13.12.1978 | PETROV, Ilja | Machatschkala | russisch | AS
02 | 02.07.1979 | PETROV, Nadia | Nasran | russisch | EG
AS = antragstellende Person, EG = Ehegatte/-gattin
Meldeanschrift: 46325 Borken, Gartenstraße 44
Zur Person: Herr Petrov kommt aus Machatschkala in der Russischen Föderation. In Deutschland kam er am 01.07.2014 an.
Zum Status: Einen Asylantrag stellte er am 02.08.2014; das BAMF lehnte ihn am 22.02.2015 ab. Seither erhält er nur
Duldungen gemäß § 60a AufenthG, befristet auf wenige Monate.
Zur Teilhabe: Beim Deutsch-Test für Zuwanderer erreichte er das Niveau B1. Er arbeitet in Vollzeit und lebt ohne
öffentliche Mittel.
Zur Härte: Der gesamte Lebensmittelpunkt liegt inzwischen in Deutschland.
gez. Essen, 31.08.2024
Jana Brandt, Rechtsanwältin
"""

POWER_OF_ATTORNEY = """Vollmacht
Hiermit bevollmächtige ich, Ilja Petrov, geb. 13.12.1978, Rechtsanwältin Jana Brandt, Lindenallee 7, 45127 Essen,
mich im Verfahren vor der Härtefallkommission des Landes Nordrhein-Westfalen (§ 23a AufenthG) zu vertreten und
den Härtefallantrag zu stellen.
Essen, 31.08.2024
Ilja Petrov
"""

LANGUAGE_CERTIFICATE = """Deutsch-Test für Zuwanderer
Zertifikat
Herr Ilja Petrov, geboren am 13.12.1978, hat die Prüfung Deutsch-Test für Zuwanderer am 14.05.2022 abgelegt.
Gesamtergebnis: B1
"""


def submission(*texts: str) -> Submission:
    files = [
        SourceFile(
            name=f"Scan_{i}.pdf",
            mime="application/pdf",
            sha256="0" * 64,
            pages=[Page(number=1, text=text, source="ocr")],
        )
        for i, text in enumerate(texts)
    ]
    return Submission(files=files)


def test_the_strongest_application_page_is_taken_for_it_and_marked():
    facts = classify(submission(APPLICATION, POWER_OF_ATTORNEY), ClassifyOptions())
    application = [d for d in facts.documents if d.type == "antrag"]
    assert len(application) == 1 and application[0].file == "Scan_0.pdf"
    assert application[0].needs_review
    assert any("als Antrag gewertet" in note for note in application[0].notes)
    assert {(p.name, p.vorname, p.geburtsdatum) for p in facts.persons} == {
        ("Petrov", "Ilja", "1978-12-13"),
        ("Petrov", "Nadia", "1979-07-02"),
    }
    assert [d.type for d in facts.documents if d.file == "Scan_1.pdf"] == ["vollmacht"]


def test_forms_alone_make_no_application():
    """A guard (it passed before the rescue too): the forms name the commission and are never taken."""
    facts = classify(submission(POWER_OF_ATTORNEY, LANGUAGE_CERTIFICATE), ClassifyOptions())
    assert [d.type for d in facts.documents] == ["vollmacht", "sprachnachweis"]
    assert facts.persons == []


def test_no_rescue_when_a_file_could_not_be_read():
    """The unreadable file may be the application: the report must say it is missing, not take another
    paper for it."""
    sub = submission(APPLICATION, POWER_OF_ATTORNEY)
    sub.errors.append(IngestError(file="Antrag.pdf", error="Datei ist verschlüsselt"))
    facts = classify(sub, ClassifyOptions())
    assert "antrag" not in {d.type for d in facts.documents}


def test_a_cover_note_in_the_mail_body_is_never_taken_for_the_application():
    note = (
        "Sehr geehrte Damen und Herren,\nanbei übersenden wir den Härtefallantrag nach § 23a AufenthG "
        "für Familie Petrov an die Geschäftsstelle der Härtefallkommission (HFK) mit der Bitte um Befassung.\n"
        "Mit freundlichen Grüßen\nJana Brandt"
    )
    body = SourceFile(
        name="<body>",
        mime="text/plain",
        sha256="1" * 64,
        pages=[Page(number=1, text=note, source="text")],
        is_mail_body=True,
    )
    sub = submission(POWER_OF_ATTORNEY, LANGUAGE_CERTIFICATE)
    sub.files.insert(0, body)
    facts = classify(sub, ClassifyOptions())
    assert "antrag" not in {d.type for d in facts.documents}
