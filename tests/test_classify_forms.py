"""Consent forms and powers of attorney in layouts the classifier never saw must not read as `antrag`.

All pages below are hand-written for this test in wordings of our own (not copied from corpus
templates); they deliberately name the Härtefallkommission, § 23a AufenthG and the applicant's
address, which is what pulled unseen forms towards `antrag`. Real Härtefall letters must stay `antrag`.
"""

from __future__ import annotations

import random

import pytest

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.classify.nlp import default_scorer
from hfk.classify.pages import RuleScorer, default_cues
from hfk.ingest.model import Page, SourceFile, Submission

VOLLMACHT = {
    "checkbox": (
        "Kanzlei Osterfeld & Partner\nHauptstraße 12, 45127 Essen\n\n"
        "Vollmacht\n\n"
        "Name, Vorname: Hassan, Yusuf\nAnschrift: Lindenallee 7, 45139 Essen\n"
        "In Sachen: Härtefallverfahren gemäß § 23a AufenthG vor der Härtefallkommission NRW\n\n"
        "Die Vollmacht umfasst (bitte ankreuzen):\n"
        "[X] Vertretung gegenüber der Härtefallkommission und der Ausländerbehörde\n"
        "[X] Akteneinsicht\n[ ] Empfang von Geldern\n[X] Stellung und Rücknahme von Anträgen\n\n"
        "Essen, 12.03.2025\n____________________\nUnterschrift Vollmachtgeber"
    ),
    "informal_note": (
        "Yusuf Hassan\nLindenallee 7\n45139 Essen\n\n"
        "Hiermit bevollmächtige ich Frau Gisela Brenner vom Flüchtlingsrat Essen, mich in meinem "
        "Verfahren bei der Härtefallkommission nach § 23a AufenthG zu vertreten. Sie darf für mich "
        "Post empfangen, mit der Ausländerbehörde sprechen und Unterlagen einreichen.\n\n"
        "Essen, den 4. Februar 2025\nYusuf Hassan"
    ),
    "english": (
        "POWER OF ATTORNEY\n\nI, Yusuf Hassan, residing at Lindenallee 7, 45139 Essen, hereby authorise "
        "Ms Gisela Brenner to represent me before the Hardship Commission of North Rhine-Westphalia "
        "(Härtefallkommission, § 23a AufenthG) and to receive all correspondence on my behalf.\n\n"
        "Essen, 4 February 2025\nSignature: Yusuf Hassan"
    ),
    "family": (
        "Bevollmächtigung\n\nWir, die Eheleute Amira und Karim Saleh, wohnhaft Rosenweg 3, 33602 Bielefeld, "
        "erteilen Herrn Rechtsanwalt Dr. Felix Marten hiermit Vollmacht, uns und unsere minderjährigen "
        "Kinder im Härtefallverfahren (§ 23a AufenthG) gegenüber der Härtefallkommission des Landes NRW "
        "zu vertreten, Anträge zu stellen und zurückzunehmen sowie Akteneinsicht zu nehmen.\n\n"
        "Bielefeld, 20.01.2025\nAmira Saleh     Karim Saleh"
    ),
}

EINWILLIGUNG = {
    "einverstaendnis": (
        "Einverständniserklärung zur Verarbeitung meiner Daten im Härtefallverfahren\n\n"
        "Name: Yusuf Hassan, geb. 11.05.1988\nAnschrift: Lindenallee 7, 45139 Essen\n\n"
        "Ich bin damit einverstanden, dass die Geschäftsstelle der Härtefallkommission meine Angaben, "
        "auch zu meiner Gesundheit, für die Prüfung meines Falles nach § 23a AufenthG nutzt und an die "
        "Ausländerbehörde weitergibt. Mir ist bekannt, dass ich dieses Einverständnis jederzeit "
        "zurücknehmen kann.\n\nEssen, 12.03.2025\nUnterschrift"
    ),
    "checkbox": (
        "Erklärung zum Datenschutz\n\nAntragsteller/in: Amira Saleh, Rosenweg 3, 33602 Bielefeld\n\n"
        "[X] Ich stimme zu, dass meine Angaben zur Bearbeitung des Härtefallersuchens gespeichert werden.\n"
        "[X] Ich stimme zu, dass ärztliche Unterlagen an die Mitglieder der Härtefallkommission "
        "weitergeleitet werden.\n[ ] Ich möchte über den Stand per E-Mail informiert werden.\n\n"
        "Hinweis: Die Zustimmung kann schriftlich widerrufen werden.\n\nBielefeld, 20.01.2025\nAmira Saleh"
    ),
    "english": (
        "Consent to the Processing of Personal Data\n\nI, Yusuf Hassan, Lindenallee 7, 45139 Essen, consent "
        "to the office of the Hardship Commission (Härtefallkommission NRW) processing my personal data, "
        "including health data, for the hardship procedure under § 23a AufenthG. I may withdraw this "
        "consent at any time.\n\nEssen, 12 March 2025\nSignature"
    ),
    "short": (
        "Zustimmung zur Datenverwendung\n\nIch, Karim Saleh, Rosenweg 3, 33602 Bielefeld, stimme zu, dass "
        "meine Daten im Härtefallverfahren nach § 23a AufenthG verwendet und an die zuständigen Stellen "
        "übermittelt werden. Die Zustimmung ist freiwillig.\n\nBielefeld, 20.01.2025\nKarim Saleh"
    ),
}

ANTRAEGE = {
    "letter": (
        "Yusuf Hassan\nLindenallee 7\n45139 Essen\n\nAn die Geschäftsstelle der Härtefallkommission NRW\n\n"
        "Essen, 12.03.2025\n\nAntrag auf Aufnahme in das Härtefallverfahren nach § 23a AufenthG\n\n"
        "Sehr geehrte Damen und Herren,\nhiermit beantrage ich, meinen Fall der Härtefallkommission "
        "vorzulegen. Ich lebe seit 2015 in Deutschland, arbeite als Lagerhelfer und meine Kinder gehen "
        "hier zur Schule.\n\nBegründung:\nEine Rückkehr ist mir aus dringenden humanitären und "
        "persönlichen Gründen nicht zuzumuten. Ich bitte um eine Empfehlung an das Ministerium.\n\n"
        "Mit freundlichen Grüßen\nYusuf Hassan"
    ),
    "lawyer": (
        "Kanzlei Osterfeld & Partner\nHauptstraße 12, 45127 Essen\n\nHärtefallkommission des Landes NRW\n\n"
        "Härtefallersuchen für Familie Saleh\n\nSehr geehrte Mitglieder der Kommission,\nin obiger Sache "
        "zeigen wir unter Vorlage einer Vollmacht die Vertretung der Familie Saleh an und bitten darum, "
        "das Härtefallverfahren einzuleiten. Die Eheleute leben seit acht Jahren in Bielefeld.\n\n"
        "Begründung\nDie Familie ist wirtschaftlich und sozial integriert; die Abschiebung wäre eine "
        "besondere Härte.\n\nMit freundlichen Grüßen\nDr. Felix Marten, Rechtsanwalt"
    ),
}


def _noisy(text: str, seed: int) -> str:
    """OCR-like noise: swapped letters, dropped umlauts, split words (deterministic)."""
    rng = random.Random(seed)
    swaps = {"l": "1", "ü": "u", "ä": "a", "ö": "o", "e": "c", "m": "rn", "i": "í"}
    out = []
    for ch in text:
        if ch in swaps and rng.random() < 0.06:
            out.append(swaps[ch])
        elif ch == " " and rng.random() < 0.04:
            out.append("  ")
        elif ch.isalpha() and rng.random() < 0.01:
            out.append(ch + " ")
        else:
            out.append(ch)
    return "".join(out)


def held_out_cases() -> list[tuple[str, str, str]]:
    """(name, expected class, page text), with two OCR-noised copies of each form."""
    cases = []
    for label, group in (
        ("vollmacht", VOLLMACHT),
        ("datenschutzeinwilligung", EINWILLIGUNG),
        ("antrag", ANTRAEGE),
    ):
        for name, text in group.items():
            cases.append((f"{label}/{name}", label, text))
            for seed in (1, 2):
                cases.append((f"{label}/{name}/ocr{seed}", label, _noisy(text, seed)))
    return cases


CASES = held_out_cases()


@pytest.mark.parametrize(("name", "expected", "text"), CASES, ids=[c[0] for c in CASES])
def test_unseen_form_page_class(name: str, expected: str, text: str) -> None:
    assert default_scorer().score(text).best == expected, name


def test_forms_do_not_merge_into_the_antrag_bundle() -> None:
    """A bundle antrag + Vollmacht + Einwilligung (one PDF) splits into three documents."""
    texts = [ANTRAEGE["letter"], VOLLMACHT["informal_note"], EINWILLIGUNG["einverstaendnis"]]
    pages = [Page(number=i + 1, text=t, source="text") for i, t in enumerate(texts)]
    source = SourceFile(name="bundle.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    facts = classify(Submission(files=[source]), ClassifyOptions())
    assert [(d.type, d.pages) for d in facts.documents] == [
        ("antrag", [1]),
        ("vollmacht", [2]),
        ("datenschutzeinwilligung", [3]),
    ]


def test_form_page_caps_antrag_only_without_letter_evidence() -> None:
    """The rule scorer marks forms and holds antrag at the cap; a request letter is never capped."""
    rules = RuleScorer()
    cues = default_cues()
    form = rules.score(VOLLMACHT["family"])
    assert form.form_page
    assert form.scores["antrag"] <= cues.form_cap < form.scores["vollmacht"]
    for text in ANTRAEGE.values():
        letter = rules.score(text)
        assert not letter.form_page
        assert letter.scores["antrag"] > cues.form_cap


def test_a_cover_letter_sending_a_form_on_is_not_the_form():
    # It names the Vollmacht near the top but is a letter; counting it as the Vollmacht would show
    # a missing power of attorney as present.
    from hfk.classify.case import classify
    from hfk.classify.model import ClassifyOptions
    from hfk.ingest.model import Page, SourceFile, Submission

    text = "\n".join(
        [
            "Beratungsstelle Nord, Dortmund",
            "An die Härtefallkommission NRW",
            "Sehr geehrte Damen und Herren,",
            "anbei reichen wir die Vollmacht von Herrn Karimi zum Härtefallantrag nach.",
            "Mit freundlichen Grüßen",
        ]
    )
    submission = Submission(
        files=[
            SourceFile(name="brief.pdf", mime="application/pdf", sha256="x", pages=[Page(1, text, "text")])
        ]
    )
    (document,) = classify(submission, ClassifyOptions()).documents
    assert document.type != "vollmacht"
