"""English applications in other words, and BAMF papers that decide nothing (session 4).

Each text is short and written for one mechanism: the commission's English names, English requests
in other grammatical forms, a request subject in a letter to the commission itself, a sentence that is
no title, English salutations; and for the BAMF: a letter (salutation) without a Tenor, a page with
only the letterhead and file number, subject lines of papers around a decision. Real decisions and
real requests to other bodies keep their class."""

from __future__ import annotations

import datetime

import pytest

from hfk.checklist.rules import evaluate
from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.classify.pages import RuleScorer, _subject_lines
from hfk.ingest.model import Page, SourceFile, Submission


def _facts(*texts: str):
    pages = [Page(n + 1, text, "text") for n, text in enumerate(texts)]
    f = SourceFile(name="a.pdf", mime="application/pdf", sha256="0" * 64, pages=pages)
    return classify(Submission(files=[f]), ClassifyOptions())


def _types(*texts: str) -> list[str]:
    return [d.type for d in _facts(*texts).documents]


ENGLISH_APPLICATIONS = {
    "commission for hardship cases, third person asks": (
        "Protestant Parish of St. Mark, Münster\n\nTo the Commission for Hardship Cases\n\nMünster, 2 June 2025\n\n"
        "Dear Sir or Madam,\n\nMr Dawit Haile (born 14.07.1979 in Mekelle) has been a member of our parish "
        "since 2016. Mr Haile asks the Commission for Hardship Cases to examine his case. The immigration office "
        "plans to deport him.\n\nWith kind regards\nPastor Ulrike Becker"
    ),
    "petition subject naming section 23a": (
        "Law Office Brandt\nKönigsallee 12, 40212 Düsseldorf\n\nDüsseldorf, 4 April 2025\n\n"
        "Petition for a residence permit pursuant to Section 23a Residence Act\n\nDear Sir or Madam,\n\n"
        "on behalf of our client Mr Kwame Asante we submit this petition. His action before the Administrative "
        "Court was dismissed in 2017. A power of attorney is enclosed.\n\nYours faithfully\nDr. Brandt"
    ),
    "application subject with the paragraph in brackets": (
        "Ms Rosa Mendes\nAachener Straße 99\n52064 Aachen\n\nAachen, 1 September 2025\n\n"
        "Application for a residence permit on humanitarian grounds (§ 23a Residence Act)\n\n"
        "Dear Sir or Madam,\n\nI came to Germany in 2018. My daughter attends kindergarten in Aachen. "
        "I request that my case be submitted to the Commission.\n\nYours faithfully,\nRosa Mendes"
    ),
    "a request subject in a letter addressed to the commission": (
        "To the Hardship Commission of the State of North Rhine-Westphalia\n\n"
        "Re: Application for Mr Reza Karimi – objection to the planned deportation\n\nDear Sir or Madam,\n\n"
        "Mr Karimi has lived in Bottrop for nine years. The immigration office has announced his deportation. "
        "We ask the Commission to take up his case urgently.\n\nBottrop Refugee Aid"
    ),
    "urgently request, the commission is requested": (
        "Flüchtlingshilfe Lippe e.V.\nDetmold\n\nTo the Hardship Commission NRW\n\nDetmold, 18 March 2025\n\n"
        "Dear Sir or Madam,\n\nMr Fatmir Berisha is to be deported on 2 April 2025. He has lived in Detmold "
        "since 2014. We urgently request that the Commission take up this case.\n\nFlüchtlingshilfe Lippe e.V."
    ),
    "a brother writes, please consider": (
        "From: Elias Haddad, Bismarckstraße 18, 50672 Köln\nTo: Härtefallkommission des Landes NRW\n\n"
        "Dear Commission,\n\nI am writing for my brother Sami Haddad. I have a German passport since 2019. "
        "My brother is ill and needs treatment. Please consider his case as a case of hardship.\n\n"
        "Yours sincerely\nElias Haddad"
    ),
    "e-mail greeting, enclosures named in a sentence": (
        "Subject: hardship application Ms Nino Beridze\n\nGood morning,\n\non behalf of our client Ms Nino "
        "Beridze we would like to apply to the Hardship Commission for a residence permit. She is being treated "
        "for cancer.\n\nPower of attorney and medical reports are attached.\n\nBest regards\nMigration Advice"
    ),
    "grateful if the commission could examine": (
        "Dear Sir or Madam,\n\nmy name is Mohammed Jalloh, I was born on 1 April 2006 in Bo, Sierra Leone. I came "
        "to Germany alone when I was 15. The foreigners authority told me that my Duldung is not safe any more. "
        "I would be very grateful if the Commission could examine my situation.\n\nMohammed Jalloh"
    ),
}


@pytest.mark.parametrize("name", ENGLISH_APPLICATIONS)
def test_english_applications_in_other_words_are_the_application(name):
    facts = _facts(ENGLISH_APPLICATIONS[name])
    assert [d.type for d in facts.documents] == ["antrag"]
    assert facts.application_language == "en"
    hints = {h.id for h in evaluate(facts, datetime.date(2025, 10, 1)).hints}
    assert "antrag_nicht_deutsch" in hints


NOT_APPLICATIONS = {
    "a letter of support asks to consider his case": (
        "Dear members of the Hardship Commission,\n\nI have known Mr Ahmad Karimi since 2017, when he started "
        "working in my restaurant. He is reliable and punctual. I strongly support his application.\n\n"
        "Please consider his case.\n\nYours sincerely\nPeter Lang",
        "unterstuetzerschreiben",
    ),
    "a request to the immigration office": (
        "Ahmad Karimi\nBahnhofstraße 5, 45879 Gelsenkirchen\n\nTo the Immigration Office of the City of "
        "Gelsenkirchen\n\nRequest for extension of my Duldung\n\nDear Sir or Madam,\n\nI request that my Duldung "
        "be extended for six months. I kindly ask you to issue a work permit.\n\nYours faithfully\nAhmad Karimi",
        "sonstiges",
    ),
    "a petition to the state parliament": (
        "Petition to the Petitions Committee of the Landtag NRW\n\nDear Sir or Madam,\n\nI hereby submit a "
        "petition concerning my deportation. I ask the committee to examine my case.\n\nAhmad Karimi",
        "sonstiges",
    ),
}


@pytest.mark.parametrize("name", NOT_APPLICATIONS)
def test_english_letters_that_request_elsewhere_or_support_are_no_application(name):
    text, expected = NOT_APPLICATIONS[name]
    assert _types(text) == [expected]


def test_request_for_is_a_subject_not_a_re_prefix():
    # "Request" folds to "requst": the "Re:" prefix must not eat its first letters
    lines = _subject_lines(
        "To the City of Essen\n\nRequest for extension of my Duldung\n\nDear Sir,\ntext", 12
    )
    assert "requst for extension of my duldung" in lines


BAMF_NOT_DECISIONS = {
    "letter without a tenor": (
        "Bundesamt für Migration und Flüchtlinge\nAußenstelle Unna\n\nHerrn Kamal Uddin\nHansastraße 3\n"
        "59425 Unna\n\nGesch.-Z.: 8789012-430\nUnna, 15.11.2023\n\nSehr geehrter Herr Uddin,\n\nIhr Verfahren "
        "wurde zur weiteren Bearbeitung an die Außenstelle Bielefeld abgegeben. Bitte richten Sie künftige "
        "Schreiben dorthin.\n\nMit freundlichen Grüßen\nIm Auftrag\nFischer"
    ),
    "a lawyer quotes the decision": (
        "Rechtsanwalt Markus Frey\nKaiserstraße 10, 44135 Dortmund\n\nDortmund, 20.09.2023\n\n"
        "Ihr Asylverfahren – Bescheid des BAMF vom 11.09.2023, Gesch.-Z. 8456789-438\n\nSehr geehrter Herr Salih,"
        "\n\ndas Bundesamt für Migration und Flüchtlinge hat mit dem oben genannten Bescheid Ihren Asylantrag "
        "abgelehnt. Die Flüchtlingseigenschaft wurde nicht zuerkannt.\n\nMit freundlichen Grüßen\nFrey"
    ),
    "letterhead and file number only": (
        "Zustellungsurkunde\n\nAbsender: Bundesamt für Migration und Flüchtlinge, Gesch.-Z. 8901234-475\n"
        "Empfänger: Herrn Luan Berisha, Marktstr. 9, 46045 Oberhausen\n\nhabe ich am 14.03.2024 übergeben.\n"
        "Deutsche Post AG, Zusteller/in"
    ),
    "a notice to the Ausländerbehörde": (
        "Bundesamt für Migration und Flüchtlinge\nAußenstelle Bochum\n\nAn die Stadt Bochum\nAusländerbüro\n\n"
        "Gesch.-Z.: 7234567-163\nBochum, 03.07.2023\n\nKontrollmitteilung / Unterrichtung der Ausländerbehörde\n\n"
        "Der Asylantrag wurde mit Bescheid vom 28.06.2023 als offensichtlich unbegründet abgelehnt. Zustellung "
        "erfolgte am 30.06.2023.\n\nIm Auftrag\nSchulz"
    ),
    "a transfer notice": (
        "Bundesamt für Migration und Flüchtlinge\nReferat Dublinverfahren\nGesch.-Z.: 8345678-475\n\n"
        "An die Zentrale Ausländerbehörde Bielefeld\n\nBetreff: Überstellung nach Italien\n\n"
        "Sehr geehrte Damen und Herren,\n\nItalien hat der Übernahme am 10.01.2024 zugestimmt.\n\nIm Auftrag\nHofmann"
    ),
}


@pytest.mark.parametrize("name", BAMF_NOT_DECISIONS)
def test_a_bamf_paper_that_decides_nothing_is_no_bamf_bescheid(name):
    types = _types(BAMF_NOT_DECISIONS[name])
    assert "bamf_bescheid" not in types and "antrag" not in types


def test_a_court_summons_is_no_court_decision():
    text = (
        "Verwaltungsgericht Düsseldorf\nAz.: 22 K 4567/23.A\n\nLadung zur mündlichen Verhandlung\n\n"
        "In der Verwaltungsstreitsache Hassan ./. Bundesrepublik Deutschland (BAMF)\nwerden Sie zur mündlichen "
        "Verhandlung am 18.06.2024 geladen.\n\nAuf Anordnung der Einzelrichterin\nSchmidt"
    )
    assert _types(text) == ["sonstiges"]


BAMF_DECISIONS = {
    "first page with tenor": (
        "Gesch.-Z.: 8555666-475\nBundesamt für Migration und Flüchtlinge, Außenstelle Düsseldorf\n\nB E S C H E I D"
        "\n\nIn dem Asylverfahren des Herrn Tarek Mansour\nergeht folgende Entscheidung:\n1. Die "
        "Flüchtlingseigenschaft wird nicht zuerkannt.\n2. Der Antrag auf Asylanerkennung wird abgelehnt.\n"
        "Seite 1 von 7"
    ),
    "a page of reasons under the file number": (
        "Gesch.-Z.: 8123987-163                                    Seite 3 von 8\n\nBegründung:\n\nI.\nDer "
        "Antragsteller reiste am 20.10.2016 ein und stellte am 02.11.2016 einen Asylantrag.\n\nII.\nDie "
        "Voraussetzungen für die Zuerkennung der Flüchtlingseigenschaft liegen nicht vor. Auch subsidiärer Schutz "
        "kommt nicht in Betracht; es droht kein ernsthafter Schaden im Sinne von § 4 AsylG."
    ),
    "a later page without letterhead": (
        "Seite 5 von 9\n\nAbschiebungsverbote nach § 60 Abs. 5 und 7 AufenthG liegen nicht vor. Der Antragsteller "
        "ist jung und erwerbsfähig.\n\n4. Die Abschiebungsandrohung ist nach § 34 Abs. 1 AsylG zu erlassen. Die "
        "Ausreisefrist von 30 Tagen ergibt sich aus § 38 Abs. 1 AsylG.\n\n5. Das Einreise- und Aufenthaltsverbot "
        "wird angeordnet."
    ),
}


@pytest.mark.parametrize("name", BAMF_DECISIONS)
def test_real_bamf_decisions_keep_their_class(name):
    assert _types(BAMF_DECISIONS[name]) == ["bamf_bescheid"]


def test_a_bamf_letter_is_held_unless_it_decides():
    scorer = RuleScorer()
    letter = BAMF_NOT_DECISIONS["letter without a tenor"]
    held = scorer.score(letter)
    assert "bamf_bescheid" in held.capped and held.scores["bamf_bescheid"] <= scorer.cues.letter_cap
    # the same letter with a Tenor point decides: not held
    deciding = letter.replace(
        "Ihr Verfahren", "Die Flüchtlingseigenschaft wird nicht zuerkannt. Ihr Verfahren"
    )
    assert "bamf_bescheid" not in scorer.score(deciding).capped


def test_a_last_page_without_any_bamf_cue_is_not_held():
    # nothing to hold: the page model may still read "Entscheider/in" as the decision's last page
    assert "bamf_bescheid" not in RuleScorer().score("Schmitz\nEntscheider/in\n\nSeite 3 von 3").capped


_HEAD = "To the Hardship Commission of North Rhine-Westphalia\nDüsseldorf\n\n12 May 2025\n\nDear Sir or Madam,\n\n"
_PERSON = "\n\nName: Haddad, Omar, born 03.04.1988 in Aleppo, Syrian, Bahnhofstr. 4, 44135 Dortmund.\n"


@pytest.mark.parametrize(
    "request_sentence",
    [
        "I am applying for a residence permit under Section 23a of the Residence Act for myself.",
        "We are respectfully requesting a residence permit on humanitarian grounds.",
        "Please grant me and my family a residence permit.",
        "I hope that the Commission can help me to stay.",
    ],
)
def test_english_requests_in_the_progressive_and_as_a_plea(request_sentence):
    score = RuleScorer().score(_HEAD + request_sentence + _PERSON + "\nYours sincerely\nOmar Haddad")
    assert score.best == "antrag" and "antrag" not in score.capped


def test_a_letter_of_a_thousand_characters_is_no_cover_letter_even_without_a_known_request():
    # A cover letter forwarding papers is short; a letter to the commission that tells who the family
    # is and why it should stay is an application even when its request is worded in a way no cue knows.
    story = (
        "My name is Omar Haddad. I came to Germany in 2015 with my wife and our two children. Since 2017 I work "
        "as a cook in a restaurant in Dortmund and we do not receive any social benefits. Our children go to "
        "school here and speak German better than Arabic. My wife volunteers at the food bank. In Syria we have "
        "no house and no family left; our village was destroyed. The immigration office has told us that we must "
        "leave Germany. We have lived here for almost ten years and this is our home now. The Hardship Commission "
        "is our last hope to stay together in safety in the only country our children know. My wife has passed "
        "the B1 German exam, and I am preparing for it in evening classes twice a week. Our landlord, our "
        "neighbours and the school have written letters about our family, which are enclosed."
    )
    text = _HEAD + story + _PERSON + "\nYours sincerely\nOmar Haddad"
    assert len(text) > 1000
    score = RuleScorer().score(text)
    assert score.best == "antrag" and "antrag" not in score.capped
    cover = (
        _HEAD + "Please find attached my documents for the hardship application.\n\nKind regards\nOmar Haddad"
    )
    score = RuleScorer().score(cover)
    assert score.best != "antrag" and "antrag" in score.capped


def test_a_german_authority_letter_of_that_length_naming_the_commission_stays_a_cover_letter():
    # German authorities, schools and law firms write long request-less letters that name the
    # commission; only a letter in another language is taken as the applicant's own beyond 1,000 characters.
    body = (
        "in der Ausländerangelegenheit von Herrn Omar Haddad, geboren am 03.04.1988, teilen wir Ihnen mit, dass "
        "uns bekannt geworden ist, dass der Fall des Genannten der Härtefallkommission des Landes "
        "Nordrhein-Westfalen vorliegt. Herr Haddad ist seit dem 14.02.2016 im Besitz einer "
        "Duldung nach § 60a AufenthG, die zuletzt bis zum 30.06.2025 verlängert wurde. Aufenthaltsbeendende "
        "Maßnahmen werden bis zur Entscheidung der Härtefallkommission nicht eingeleitet. Die Ausländerakte "
        "liegt hier vor und kann bei Bedarf angefordert werden. Eine Stellungnahme der Ausländerbehörde zu dem "
        "Härtefallersuchen wird Ihnen gesondert übersandt, sobald uns die Unterlagen des Antragstellers "
        "vollständig vorliegen. Für Rückfragen steht Ihnen die Sachbearbeiterin unter der oben genannten "
        "Rufnummer montags bis donnerstags zwischen 8:30 Uhr und 12:00 Uhr sowie nach Vereinbarung zur Verfügung."
    )
    text = (
        "Stadt Dortmund – Ausländerbehörde\nOlpe 1, 44135 Dortmund\n\nDortmund, 12.05.2025\n\n"
        "Sehr geehrte Damen und Herren,\n\n" + body + "\n\nMit freundlichen Grüßen\nIm Auftrag\nSchulz"
    )
    assert 1000 < len(text) < 1500
    score = RuleScorer().score(text)
    assert score.best != "antrag" and "antrag" in score.capped
