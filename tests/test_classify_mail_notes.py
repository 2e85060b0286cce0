"""A short mail body that only forwards documents is a cover note, not the application.

The text model learnt whole applications and reads a two-line note that shares their words (a client's
name, an illness) as one; the rules find no request in it. Texts hand-written for this test.
"""

from __future__ import annotations

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.classify.nlp import default_scorer
from hfk.ingest.model import Page, SourceFile, Submission

# No salutation: with "Guten Tag" the page is a letter that asks for nothing, which the page rules hold
# below an application themselves (see the last test).
COVER_NOTE = "Hier die Dokumente von unseren Klienten Kwame Osei.\nMit freundlichen Grüßen\nK. Berg"
SHORT_APPLICATION = (
    "Sehr geehrte Damen und Herren,\nhiermit beantrage ich, dass sich die Härtefallkommission mit dem Fall "
    "meiner Familie befasst. Wir leben seit 2015 in Bielefeld.\nMit freundlichen Grüßen\nAmina Yusuf"
)


def _type(text: str, mail_body: bool) -> str:
    name = "<body>" if mail_body else "notiz.pdf"
    source = SourceFile(
        name=name,
        mime="text/plain" if mail_body else "application/pdf",
        sha256="1" * 64,
        pages=[Page(1, text, "text")],
        from_mail=mail_body,
        is_mail_body=mail_body,
    )
    (document,) = classify(Submission(files=[source]), ClassifyOptions()).documents
    return document.type


def test_a_cover_note_in_a_mail_body_is_no_antrag() -> None:
    # the fault is real: the blended page score alone puts the note down as an application
    assert default_scorer().score(COVER_NOTE).best == "antrag"
    assert _type(COVER_NOTE, mail_body=True) == "sonstiges"


def test_a_short_application_in_a_mail_body_stays_an_antrag() -> None:
    assert _type(SHORT_APPLICATION, mail_body=True) == "antrag"


def test_only_mail_bodies_are_judged_as_notes() -> None:
    # a short scanned page may be the cut-off last page of an application: the model's vote stands
    assert _type(COVER_NOTE, mail_body=False) == "antrag"


LONG_REQUEST = (
    "Flüchtlingsberatung Lippe · Bahnhofstraße 3 · 32756 Detmold\n"
    "An die Härtefallkommission des Landes Nordrhein-Westfalen\nDetmold, 10.05.2025\n"
    "Sehr geehrte Damen und Herren,\n"
    "wir wenden uns im Auftrag von Frau Amina Yusuf, geb. 02.05.1984, an die Härtefallkommission und bitten "
    "um Prüfung ihres Falles.\n"
    + "Frau Yusuf lebt seit 2016 in Detmold, spricht gut Deutsch und arbeitet in einer Bäckerei. Ihre Tochter "
    "besucht die Grundschule, spielt im Sportverein Fußball und hat hier ihre Freundinnen.\n"
    * 9
    + "Mit freundlichen Grüßen\nM. Brandt"
)


def test_the_model_cannot_make_a_long_request_letter_nothing_known() -> None:
    """A letter to the commission that asks for something and is longer than a cover letter: the text
    model's "sonstiges" vote is not added (it outvoted the rules on letters of unseen layouts)."""
    from hfk.classify.pages import RuleScorer

    rule = RuleScorer().score(LONG_REQUEST)
    assert rule.request_letter
    blended = default_scorer().score(LONG_REQUEST)
    assert blended.scores["sonstiges"] == rule.scores["sonstiges"]
    assert blended.best == "antrag"
    # a short cover letter is no such letter: there the model keeps its say
    assert not RuleScorer().score(COVER_NOTE).request_letter


def test_a_cover_note_that_greets_the_commission_by_name_is_no_antrag() -> None:
    # session 13: the commission's name in the salutation was counted as naming the procedure
    note = (
        "Liebes Team der Härtefallkommission,\n\nanliegend wie besprochen die Unterlagen der Familie Osei. "
        "Über eine kurze Eingangsnachricht freuen wir uns.\n\nViele Grüße\nK. Berg"
    )
    assert _type(note, mail_body=True) == "sonstiges"
    asking = note.replace("anliegend wie besprochen", "wir bitten Sie, den Fall zu prüfen; anliegend")
    assert _type(asking, mail_body=True) == "antrag"


def test_a_note_opened_by_guten_tag_is_a_letter_that_asks_for_nothing() -> None:
    # session 14: "Guten Tag" opens a letter like "Sehr geehrte"; a letter without a request is no antrag
    note = "Guten Tag,\n" + COVER_NOTE[0].lower() + COVER_NOTE[1:]
    assert _type(note, mail_body=False) == "sonstiges"
