"""Letters of support in wordings the classifier never saw must not read as `antrag`.

The pages are written for this test (not taken from corpus templates). They address the
Härtefallkommission and name the Härtefallantrag, which is what pulled unseen support letters
towards `antrag`; what they lack is a request of their own.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.classify.nlp import default_scorer
from hfk.classify.pages import RuleScorer, default_cues
from hfk.ingest.model import Page, SourceFile, Submission

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)
from train_script import train_module  # noqa: E402

SUPPORT = {
    "employer": (
        "Bäckerei Sonnenschein GmbH\nMarktplatz 4\n44135 Dortmund\n\nDortmund, 12.02.2025\n\n"
        "An die Härtefallkommission des Landes NRW\n\n"
        "Als Arbeitgeber befürworten wir den Härtefallantrag von Herrn Samir Haddad ausdrücklich. "
        "Herr Haddad arbeitet seit zwei Jahren zuverlässig in unserer Backstube.\n\nMit freundlichen Grüßen"
    ),
    "teacher": (
        "Gesamtschule am Park\nKlassenleitung 8b\n\nLiebe Mitglieder der Härtefallkommission,\n\n"
        "ich unterrichte Lina seit drei Jahren und möchte mich mit diesem Schreiben für sie und ihre "
        "Familie einsetzen. Lina ist eine fleißige Schülerin und hilft anderen Kindern.\n\n"
        "Bochum, den 3. März 2025\nPetra Lohmann"
    ),
    "neighbours": (
        "Unterschriftenliste\n\nWir, die Nachbarn der Familie Osei in der Gartenstraße, bitten die "
        "Härtefallkommission: Bitte lassen Sie die Familie hier bleiben!\n\n"
        "Name Unterschrift\nKarin Weber\nTom Schulz\nAyla Demir\n\nHagen, 20.01.2025"
    ),
}

ANTRAG = (
    "Flüchtlingsberatung Ruhr e. V.\nKirchstraße 2, 45127 Essen\n\n"
    "An die Geschäftsstelle der Härtefallkommission NRW\n\nEssen, 14.03.2025\n\n"
    "Sehr geehrte Damen und Herren,\n\nim Namen von Herrn Samir Haddad, geb. 02.04.1990, beantragen wir, "
    "seinen Fall als Härtefall nach § 23a AufenthG zu behandeln. Wir kennen Herrn Haddad seit 2019 "
    "aus unserer Beratung und unterstützen sein Anliegen.\n\nBegründung\n\nHerr Haddad lebt seit 2016 "
    "in Deutschland ..."
)


@pytest.mark.parametrize("name", sorted(SUPPORT))
def test_unseen_support_letter_is_not_an_antrag(name: str) -> None:
    text = SUPPORT[name]
    rules = RuleScorer().score(text)
    assert rules.form_page, "a support letter without a request of its own is held like a form"
    assert rules.scores["antrag"] <= default_cues().form_cap
    assert default_scorer().score(text).best == "unterstuetzerschreiben", name


def test_an_antrag_that_also_vouches_for_the_applicant_stays_an_antrag() -> None:
    score = RuleScorer().score(ANTRAG)
    assert not score.form_page
    assert score.best == "antrag"
    assert default_scorer().score(ANTRAG).best == "antrag"


def test_bundle_antrag_and_support_letter_split_in_two() -> None:
    pages = [
        Page(number=1, text=ANTRAG, source="text"),
        Page(number=2, text=SUPPORT["employer"], source="text"),
    ]
    source = SourceFile(name="bundle.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [(d.type, d.pages) for d in facts.documents] == [("antrag", [1]), ("unterstuetzerschreiben", [2])]


# A landlord's note: the rules find a Bleiberecht asked for someone else; the text model, which learnt no
# letter like it, finds it like nothing it knows ("sonstiges").
LANDLORD = (
    "Petra Beispiel\nAhornweg 7, 44137 Dortmund\n\nDortmund, 7. Januar 2025\nBetrifft: Samuel Beispiel\n"
    "Sehr geehrte Damen und Herren, Samuel Beispiel ist seit 2019 unser Mieter. Die Miete kommt pünktlich, "
    "die Wohnung ist gepflegt. Ich bitte Sie, ihm ein Bleiberecht zu gewähren.\n\nMit freundlichen Grüßen\n\n"
    "Petra Beispiel"
)
# A mail that sends papers: "Bescheid" of "Bitte geben Sie Bescheid" is a BAMF decision's cue, one word
# alone; the model's "nothing I know" must still count there.
# one word of a class ("Bescheid"); "Geben Sie mir Bescheid" is an idiom the rules no longer count
COVER_MAIL = (
    "Guten Tag,\n\nanbei schicke ich die Unterlagen für meinen Mann und mich. Den Bescheid vom Amt "
    "reiche ich nach, falls er fehlt.\n\nViele Grüße\nSamuel Beispiel"
)


def test_a_private_letter_asking_a_bleiberecht_for_someone_is_a_support_letter() -> None:
    assert default_scorer().score(LANDLORD).best == "unterstuetzerschreiben"


def test_a_cover_mail_with_one_word_of_a_class_stays_sonstiges() -> None:
    # "Bescheid" alone; since session 14 "Guten Tag" opens a letter, and a letter without a decision's
    # cue holds the BAMF class at letter_cap in the rules already
    assert RuleScorer().score(COVER_MAIL).scores["bamf_bescheid"] <= default_cues().letter_cap
    assert default_scorer().score(COVER_MAIL).best == "sonstiges"


def test_form_title_below_a_personal_data_block_still_marks_a_form() -> None:
    # The title stands on its own short line after an address block longer than the page head.
    text = (
        "Yusuf Hassan\nLindenallee 7\n45139 Essen\nTelefon 0201 123456\n"
        "Geburtsdatum: 11.05.1988, Geburtsort: Herat, Staatsangehörigkeit: afghanisch\n"
        "Aktenzeichen der Ausländerbehörde: 32.1-4711/2019 (bitte bei Rückfragen immer angeben)\n"
        "Zuständig: Ausländerbehörde der Stadt Essen, Sachgebiet Aufenthalt, Zimmer 214\n"
        "Einverständniserklärung\n"
        "Ich bin damit einverstanden, dass die Geschäftsstelle der Härtefallkommission meine Angaben "
        "für das Verfahren nach § 23a AufenthG verarbeitet.\nEssen, 12.03.2025\nUnterschrift"
    )
    score = RuleScorer().score(text)
    assert score.form_page
    assert score.best == "datenschutzeinwilligung"


def test_training_augmentation_is_deterministic_and_balances_rare_classes() -> None:
    tc = train_module()
    rows = [
        {"text": f"Antrag Seite {i}\nHärtefallkommission\nBegründung folgt", "label": "antrag"}
        for i in range(16)
    ]
    rows.append({"text": "Vollmacht\nHiermit bevollmächtige ich\nUnterschrift", "label": "vollmacht"})
    first = tc.training_texts(rows, seed=7, variants=2, balance=True)
    assert first == tc.training_texts(rows, seed=7, variants=2, balance=True)
    counts = {label: sum(1 for _, lab in first if lab == label) for label in ("antrag", "vollmacht")}
    assert counts["antrag"] == 16 * 3  # each page plus two variants
    assert counts["vollmacht"] == 1 + 8  # the rare class gets four times the variants
    noisy = tc.ocr_noise("Flüchtlinge müssen", random.Random(1), rate=1.0)
    assert noisy != "Flüchtlinge müssen"
