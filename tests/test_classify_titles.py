"""Unseen layouts: a document's own title outweighs what it mentions; letters that request nothing are no antrag."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.classify.nlp import default_scorer
from hfk.classify.normalize import clean, fold, ocr_letters
from hfk.classify.pages import RuleScorer, best_class
from hfk.ingest.model import Page, SourceFile, Submission

A = "Amira Haddad"
ADR = "Lindenstraße 12, 44135 Dortmund"

# The classic printed form of a law firm: spaced title, "wird hiermit ... Vollmacht erteilt",
# numbered powers that name the Härtefallantrag and its "Begründung".
LAWYER_FORM = f"""Kanzlei Vogel & Partner
Rechtsanwälte
V o l l m a c h t
Hiermit wird
Rechtsanwältin Dr. Katrin Vogel, Westenhellweg 40, 44137 Dortmund
in Sachen {A} ./. Land Nordrhein-Westfalen
wegen Aufenthaltsrecht / Härtefallverfahren § 23a AufenthG
Vollmacht erteilt
1. zur Prozessführung (u.a. nach §§ 81 ff. ZPO);
2. zur Vertretung im Verwaltungsverfahren und im Verfahren vor der Härtefallkommission NRW;
3. zur Stellung und Begründung von Anträgen, insbesondere eines Härtefallantrags nach § 23a AufenthG;
4. zur Akteneinsicht.
Zustellungen werden nur an den Bevollmächtigten erbeten.
Dortmund, 12.05.2025
Ort, Datum                         Unterschrift"""

MANDATE = f"""Mandatsvereinbarung und Vollmacht
zwischen {A}, {ADR} (Mandantin)
und Rechtsanwältin Dr. Katrin Vogel (Rechtsanwältin)
§ 1 Gegenstand des Mandats
Die Mandantin beauftragt die Rechtsanwältin mit der Vertretung im Härtefallverfahren vor der
Härtefallkommission NRW nach § 23a AufenthG, einschließlich der Erstellung und Begründung des Härtefallantrags.
§ 2 Vollmacht
Die Mandantin erteilt der Rechtsanwältin hiermit Vollmacht zur Vertretung gegenüber der Härtefallkommission.
Dortmund, 20.01.2025"""

COUNSELLING = f"""Flüchtlingsberatung der Diakonie Dortmund
Rheinische Straße 8, 44137 Dortmund
Hiermit bevollmächtige ich, {A}, geb. 03.04.1988, wohnhaft {ADR}, die Flüchtlingsberatung der Diakonie
Dortmund, mich im Verfahren vor der Härtefallkommission des Landes NRW zu vertreten, einen Härtefallantrag
nach § 23a AufenthG zu stellen und Akteneinsicht bei der Ausländerbehörde zu nehmen.
Dortmund, den 02.06.2025
Unterschrift"""

OCR_TITLE = f"""Vo11macht
Ich {A} erteile Herrn Rechtsanwalt Michael Stein Vollmacht für das Härtefallverfahren. Der Härtefallantrag
an die Härtefallkommission des Landes Nordrhein-Westfalen nach § 23a AufenthG soll durch ihn gestellt und
begründet werden. Mitteilungen der Härtefallkommission sollen an ihn gehen.
Düsseldorf, 01.07.2025 Unterschrift"""

TITLED_ANTRAG = f"""Härtefallantrag
Antragstellerin: {A}
Ich bitte die Härtefallkommission, sich mit meinem Fall zu befassen. Ich lebe seit acht Jahren in Dortmund
und meine Kinder gehen hier zur Schule. Meine Beraterin ist bevollmächtigt, mich zu vertreten; die
Vollmacht liegt bei.
Dortmund, 01.01.2025 Unterschrift"""

COVER_LETTER = f"""Rechtsanwältin Dr. Katrin Vogel · Westenhellweg 40 · 44137 Dortmund
Geschäftsstelle der Härtefallkommission
des Landes Nordrhein-Westfalen
40190 Düsseldorf
Dortmund, 14.05.2025
Härtefallverfahren {A}
Sehr geehrte Damen und Herren,
in der oben genannten Angelegenheit überreiche ich anliegend die noch fehlenden Unterlagen, nämlich die
Vollmacht, die Schweigepflichtsentbindung sowie das aktuelle Attest.
Mit freundlichen Grüßen
Dr. Katrin Vogel"""

CERTIFICATE = f"""Jobcenter Dortmund
Bescheinigung
Frau {A}, {ADR}, bezieht seit dem 01.01.2024 Leistungen nach dem Asylbewerberleistungsgesetz.
Diese Bescheinigung wird zur Vorlage bei der Härtefallkommission ausgestellt.
Dortmund, 07.07.2025"""

# A layperson's long request: no "beantrage", but clearly the application itself.
LAY_ANTRAG = (
    f"""An die Härtefallkommission NRW
Dortmund, 03.03.2025
Sehr geehrte Damen und Herren,
ich heiße {A} und lebe seit 2015 mit meinen zwei Kindern in Dortmund. """
    + "Ich arbeite als Pflegehelferin im Altenheim, meine Kinder gehen zur Grundschule und sprechen Deutsch. "
    * 8
    + """In meinem Heimatland habe ich niemanden mehr. Bitte helfen Sie mir, ich möchte so gerne hier bleiben.
Mit freundlichen Grüßen
Amira Haddad"""
)


def page_type(text: str) -> str:
    return best_class(default_scorer().score(text).scores)[0]


def test_spaced_and_ocr_broken_titles_are_read_as_words() -> None:
    assert clean("Kanzlei\nV o l l m a c h t\n| V O L L M A C H T |") == "Kanzlei\nVollmacht\n| VOLLMACHT |"
    assert clean("a b c d") == "a b c d"  # four single letters stay (initials, a list)
    assert ocr_letters(fold("Vo11macht vom 12.01.2025, Niveau A1")) == "vollmacht vom 12.01.2025, niveau a1"


@pytest.mark.parametrize(
    "text,expected",
    [
        (LAWYER_FORM, "vollmacht"),
        (MANDATE, "vollmacht"),
        (COUNSELLING, "vollmacht"),
        (OCR_TITLE, "vollmacht"),
        (TITLED_ANTRAG, "antrag"),
        (LAY_ANTRAG, "antrag"),
    ],
    ids=["lawyer_form", "mandate", "counselling", "ocr_title", "titled_antrag", "lay_antrag"],
)
def test_unseen_layouts_keep_their_own_type(text: str, expected: str) -> None:
    assert page_type(text) == expected


def test_the_title_decides_and_is_shown_as_evidence() -> None:
    score = RuleScorer().score(LAWYER_FORM)
    assert score.title == "vollmacht" and score.form_page
    assert "Titel der Seite" in [shown for _, shown in score.evidence["vollmacht"]]
    # "Begründung" and "Härtefallantrag" are mentioned, yet the antrag score stays capped
    assert score.scores["antrag"] <= RuleScorer().cues.form_cap
    antrag = RuleScorer().score(TITLED_ANTRAG)
    assert antrag.title == "antrag" and not antrag.form_page


@pytest.mark.parametrize("text", [COVER_LETTER, CERTIFICATE], ids=["cover_letter", "certificate"])
def test_letters_that_request_nothing_are_no_antrag(text: str) -> None:
    kind = page_type(text)
    assert kind == "sonstiges"


def test_a_subject_line_naming_a_form_is_no_form_title() -> None:
    letter = COVER_LETTER.replace(f"Härtefallverfahren {A}", "Betreff: Vollmacht")
    score = RuleScorer().score(letter)
    assert score.title is None and not score.form_page
    assert page_type(letter) == "sonstiges"


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _fax(text: str, seed: int) -> Image.Image:
    """A fax-like page: 1-bit, low resolution, speckled."""
    rng = random.Random(seed)
    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 21) if FONT.exists() else ImageFont.load_default()
    y = 90
    for line in text.split("\n"):
        draw.text((90, y), line, fill=0, font=font)
        y += 31
    for _ in range(600):
        draw.point((rng.randrange(1240), rng.randrange(1754)), fill=0)
    img = img.filter(ImageFilter.GaussianBlur(0.7)).resize((1240, 877)).resize((1240, 1754))
    return img.point(lambda v: 0 if v < 150 else 255)


@pytest.mark.slow
def test_faxed_bundle_of_unseen_forms_is_split_and_typed() -> None:
    pytesseract = pytest.importorskip("pytesseract")
    texts = [COVER_LETTER, LAWYER_FORM, COUNSELLING, CERTIFICATE]
    pages = [
        Page(
            number=i + 1,
            text=pytesseract.image_to_string(_fax(t, i), lang="deu", config="--psm 4"),
            source="ocr",
        )
        for i, t in enumerate(texts)
    ]
    source = SourceFile(name="fax.tif", mime="image/tiff", sha256="3" * 64, pages=pages)
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [(d.type, d.pages) for d in facts.documents] == [
        ("sonstiges", [1]),
        ("vollmacht", [2]),
        ("vollmacht", [3]),
        ("sonstiges", [4]),
    ]
