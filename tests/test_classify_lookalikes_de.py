"""German applications written like another paper: a third party's letter that asks for the family, a
lawyer's letter opening with the Vollmacht, a request quoting the Ausländerbehörde, a court or the BAMF,
one that tells a Strafbefehl openly, a short mail body. And the papers they look like, which must keep
their class. Scored by the shipped page classifier (cue rules + text model) and the full case classifier."""

from __future__ import annotations

import pytest

from hfk.classify.case import classify
from hfk.classify.model import ClassifyOptions
from hfk.classify.nlp import default_scorer
from hfk.classify.pages import best_class
from hfk.ingest.model import Page, SourceFile, Submission


@pytest.fixture(scope="module")
def scorer():
    return default_scorer()


def _best(scorer, text: str) -> str:
    return best_class(scorer.score(text).scores)[0]


def _types(text: str, mail: bool = False) -> list[str]:
    source = SourceFile(
        name="<body>" if mail else "brief.pdf",
        mime="text/plain" if mail else "application/pdf",
        sha256="0" * 64,
        pages=[Page(1, text, "text")],
        from_mail=mail,
        is_mail_body=mail,
    )
    return [d.type for d in classify(Submission(files=[source]), ClassifyOptions()).documents]


APPLICATIONS = {
    # a club asks on the family's behalf and praises it like a letter of support
    "club_asks": "Turnverein Eintracht Hagen 1890 e. V.\nAbteilung Leichtathletik\n\n"
    "An die Härtefallkommission NRW\n\nHagen, 02.05.2025\n\nSehr geehrte Damen und Herren,\n\n"
    "wir kennen Familie Krasniqi seit 2016. Der Sohn Besart (geb. 03.03.2011) trainiert bei uns, der Vater "
    "Agron Krasniqi (geb. 12.12.1979) ist ehrenamtlich Kampfrichter. Die Familie ist zuverlässig und hilfsbereit.\n"
    "Mit Einverständnis der Familie legen wir Ihnen den Fall vor und bitten Sie, ein Härtefallverfahren "
    "einzuleiten. Wir unterstützen die Familie seit Jahren.\n\nMit sportlichen Grüßen\nDer Vorstand",
    # an employer: "mit der Bitte, den Fall aufzunehmen"
    "employer_with_request": "Autohaus Brinkmann GmbH · Ringstraße 4 · 33098 Paderborn\n\n"
    "Härtefallkommission NRW\n40190 Düsseldorf\n\nPaderborn, 11.06.2025\n\nSehr geehrte Damen und Herren,\n\n"
    "Herr Tesfaye Haile, geb. 07.07.1994, ist seit 2020 als Kfz-Mechatroniker bei uns beschäftigt. Wir "
    "wenden uns an Sie mit der Bitte, seinen Fall aufzunehmen und der obersten Landesbehörde vorzulegen.\n\n"
    "Mit freundlichen Grüßen\nK. Brinkmann",
    # a request that quotes the Ausländerbehörde's Verfügung at length
    "quotes_verfuegung": "An die Härtefallkommission NRW\n\nBetreff: Verfügung der Ausländerbehörde Kreis Lippe\n\n"
    "Sehr geehrte Damen und Herren,\n\nder Landrat des Kreises Lippe – Ausländerbehörde – hat uns mit "
    "Ordnungsverfügung vom 03.03.2025 mitgeteilt: „Sie sind vollziehbar ausreisepflichtig. Die Duldung wird "
    "nicht verlängert. Eine Grenzübertrittsbescheinigung wird ausgestellt. Wohnsitzauflage und "
    "Mitwirkungspflicht bei der Passbeschaffung bleiben bestehen.“\n\nWir, Ilir Hoxha (geb. 01.01.1984) und "
    "Mimoza Hoxha (geb. 02.02.1986), leben seit neun Jahren hier. Wir bitten die Härtefallkommission, unseren "
    "Fall zu prüfen.\n\nIlir und Mimoza Hoxha",
    # a request titled "Härtefallantrag" that quotes the court's decision
    "quotes_court": "Härtefallantrag\n\nAntragstellerin: Frau Grace Owusu, geb. 21.04.1990\n\n"
    "Das Verwaltungsgericht Gelsenkirchen hat mit Urteil vom 10.01.2024 (Az. 9a K 2345/22) die Klage "
    "abgewiesen. In den Entscheidungsgründen heißt es, die Klägerin habe keinen Anspruch auf Zuerkennung der "
    "Flüchtlingseigenschaft; die Beklagte habe zu Recht entschieden. Die Kosten des Verfahrens trägt die "
    "Klägerin. Der Beschluss des Oberverwaltungsgerichts hat die Berufung nicht zugelassen.\n\n"
    "Seitdem lebe ich mit einer Duldung und arbeite als Pflegehelferin. Ich bitte die Kommission, meinen "
    "Fall aufzunehmen.\n\nGrace Owusu",
    # an applicant who tells the Strafbefehl openly
    "tells_strafbefehl": "An die Härtefallkommission NRW\n\nAntrag auf Aufnahme meines Falles\n\n"
    "Ich heiße Goran Ilić, geb. 14.08.1983, und lebe seit 2012 in Bochum. Ich will ehrlich sein: 2018 "
    "bekam ich vom Amtsgericht Bochum einen Strafbefehl, Geldstrafe 30 Tagessätze, wegen Schwarzfahrens "
    "(§ 265a StGB). Sie ist bezahlt, im Führungszeugnis steht nur das. Die Staatsanwaltschaft hat ein "
    "weiteres Ermittlungsverfahren eingestellt.\n\nBitte helfen Sie uns. Ich bitte die Kommission, meinen "
    "Fall anzunehmen.\n\nGoran Ilić",
    # a neighbour who writes the application and reports the family's authorisation
    "neighbour_authorised": "Sehr geehrte Damen und Herren,\n\nich kenne die Familie Bekele seit 2017. "
    "Da die Familie selbst nicht gut schreiben kann, stelle ich hiermit für sie einen Härtefallantrag. Die "
    "Familie hat mich dazu bevollmächtigt.\n\nHerr Abebe Bekele, geb. 01.03.1985, Frau Hiwot Bekele, geb. "
    "05.05.1990. Die Tochter besucht das Gymnasium.\n\nMit freundlichen Grüßen\nRenate Vogt",
}


@pytest.mark.parametrize("key", sorted(APPLICATIONS))
def test_german_application_looking_like_another_paper_is_antrag(scorer, key):
    assert _best(scorer, APPLICATIONS[key]) == "antrag"


MAIL_APPLICATIONS = {
    "wants_to_apply": "Hallo,\n\nich möchte einen Härtefallantrag stellen für mich und meinen Mann. Ich bin "
    "Vjosa Berisha (geb. 03.05.1990), mein Mann Blerim Berisha (geb. 12.09.1987). Wir wohnen in Hamm und "
    "haben eine Duldung. Was müssen wir tun?\n\nViele Grüße\nVjosa Berisha",
    "plain_plea": "hallo\nich bitte um hilfe, wir wollen hier bleiben. wir sind seit 6 jahren in deutschland. "
    "die ausländerbehörde hat gesagt wir müssen gehen. bitte prüfen sie unseren fall als härtefall.\n"
    "name: Derya Yilmaz geb 02.02.1988\ndanke",
    "daughter_asks": "Sehr geehrte Härtefallkommission,\n\nich schreibe für meine Mutter, Frau Zarema "
    "Dudaeva, geb. 01.04.1958. Sie ist krank und lebt seit 2014 bei uns in Aachen. Die Ausländerbehörde "
    "will sie abschieben. Bitte nehmen Sie den Fall an.\n\nMit freundlichen Grüßen\nLiana Dudaeva",
}


@pytest.mark.parametrize("key", sorted(MAIL_APPLICATIONS))
def test_short_application_in_a_mail_body_is_antrag(key):
    assert _types(MAIL_APPLICATIONS[key], mail=True) == ["antrag"]


CONTROLS = {
    "support_letter": (
        "unterstuetzerschreiben",
        "Sehr geehrte Mitglieder der Härtefallkommission,\n\nich kenne Familie Krasniqi seit 2016 als "
        "Trainer unseres Vereins. Die Familie ist zuverlässig und hilfsbereit. Ich unterstütze den "
        "Härtefallantrag der Familie von Herzen und hoffe, dass sie hier bleiben darf.\n\n"
        "Mit freundlichen Grüßen\nUwe Lange",
    ),
    "vollmacht_to_apply": (
        "vollmacht",
        "Kanzlei Roth\nAm Markt 3\n45879 Gelsenkirchen\n\nHiermit bevollmächtige ich, Agron Krasniqi, geb. "
        "12.12.1979, die Kanzlei Roth, mich im Verfahren vor der Härtefallkommission des Landes NRW zu "
        "vertreten, einen Härtefallantrag nach § 23a AufenthG zu stellen und Akteneinsicht zu nehmen.\n"
        "Gelsenkirchen, den 29.04.2025\n\nAgron Krasniqi",
    ),
    "abh_statement_to_commission": (
        "auslaenderbehoerde",
        "Kreis Lippe\nDer Landrat\nAusländerbehörde\n\nGeschäftsstelle der Härtefallkommission NRW\n"
        "40190 Düsseldorf\n\nDetmold, 03.06.2025\n\nStellungnahme zum Härtefallantrag Ilir Hoxha\n\n"
        "Sehr geehrte Damen und Herren,\n\nHerr Hoxha ist vollziehbar ausreisepflichtig und im Besitz einer "
        "Duldung nach § 60a AufenthG. Seiner Mitwirkungspflicht bei der Passbeschaffung ist er nur teilweise "
        "nachgekommen. Wir bitten, dies bei der Beratung zu prüfen.\n\nIm Auftrag\nSchröder",
    ),
    "abh_verfuegung": (
        "auslaenderbehoerde",
        "Kreis Lippe\nDer Landrat\nAusländerbehörde\n\nHerrn Ilir Hoxha\nAm Markt 3, 32756 Detmold\n\n"
        "Ordnungsverfügung\n\nSehr geehrter Herr Hoxha,\n\nSie sind vollziehbar ausreisepflichtig. Ihre "
        "Duldung wird nicht verlängert. Sie werden aufgefordert, das Bundesgebiet zu verlassen. Eine "
        "Grenzübertrittsbescheinigung wird ausgestellt.\n\nRechtsbehelfsbelehrung: Gegen diese Verfügung "
        "kann Klage erhoben werden.\n\nIm Auftrag\nMeier",
    ),
    "strafbefehl": (
        "strafrecht",
        "Amtsgericht Bochum\nAz. 35 Cs 12/18\n\nStrafbefehl\n\nin der Strafsache gegen Herrn Goran Ilić\n\n"
        "Die Staatsanwaltschaft legt Ihnen zur Last, ohne Fahrschein gefahren zu sein, strafbar nach "
        "§ 265a StGB. Gegen Sie wird eine Geldstrafe von 30 Tagessätzen zu je 10 Euro festgesetzt.",
    ),
    # a later page of a court's decision: the parties "beantragen", the commission is named, no letter head
    "judgment_later_page": (
        "gerichtsentscheidung",
        "Die Kläger beantragen, die Beklagte unter Aufhebung des Bescheides zu verpflichten, ihnen eine "
        "Aufenthaltserlaubnis zu erteilen. Die Härtefallkommission habe sich mit dem Fall nicht befasst. "
        "Die Beklagte beantragt, die Klage abzuweisen.\n\nEntscheidungsgründe\n\nDie Klage ist zulässig, "
        "aber unbegründet. Die Kosten des Verfahrens tragen die Kläger. Das Verwaltungsgericht folgt der "
        "Begründung des Bescheides (§ 117 Abs. 5 VwGO).",
    ),
}


@pytest.mark.parametrize("key", sorted(CONTROLS))
def test_paper_an_application_quotes_keeps_its_class(scorer, key):
    expected, text = CONTROLS[key]
    assert _best(scorer, text) == expected


def test_cover_mail_forwarding_papers_is_no_application():
    text = (
        "Guten Tag,\n\nanbei übersende ich Ihnen die fehlenden Unterlagen zum Härtefallantrag meines "
        "Mandanten Herrn Goran Ilić: die Vollmacht und das ärztliche Attest.\n\nMit freundlichen Grüßen\nRoth"
    )
    assert "antrag" not in _types(text, mail=True)


DECISION_QUOTING_THE_HEARING = (
    "Bundesamt für Migration und Flüchtlinge\nAußenstelle Bielefeld\nGesch.-Z.: 8123456-423\n"
    "BESCHEID\nIn dem Asylverfahren des Herrn Kwame Osei, geb. 03.07.1991, wohnhaft in Bielefeld, ergeht nach "
    "Prüfung der Akten folgende Entscheidung:\n"
    "1. Der Antrag auf Asylanerkennung wird abgelehnt.\n2. Abschiebungsverbote nach § 60 Abs. 5 und 7 "
    "AufenthG liegen nicht vor.\n3. Der Antragsteller wird aufgefordert, die Bundesrepublik Deutschland "
    "innerhalb von 30 Tagen zu verlassen.\nGründe:\nDer Antragsteller reiste nach eigenen Angaben im Jahr 2019 "
    "ein und stellte am 02.02.2024 einen Asylantrag. Er wurde am 12.02.2024 angehört. Auf die Niederschrift "
    "über die Anhörung wird Bezug genommen. Nach der Niederschrift über die Anhörung verließ er Ghana aus "
    "wirtschaftlichen Gründen. Die Niederschrift über die Anhörung wurde ihm rückübersetzt.\nSeite 1 von 3"
)
HEARING_RECORD = (
    "Bundesamt für Migration und Flüchtlinge\nNiederschrift über die Anhörung gemäß § 25 AsylG\n"
    "Gesch.-Z.: 8123456-423\nAnwesend: Anhörer Herr Blum, Sprachmittlerin Frau Adjei\n"
    "Frage: Wann haben Sie Ghana verlassen?\nAntwort: Im Jahr 2019.\n"
    "Frage: Warum?\nAntwort: Ich hatte keine Arbeit und Schulden."
)


def test_a_decision_that_quotes_the_hearing_record_is_the_decision(scorer) -> None:
    # the reasoning refers to the hearing record again and again; only a record's title makes a record
    assert _best(scorer, DECISION_QUOTING_THE_HEARING) == "bamf_bescheid"
    assert _best(scorer, HEARING_RECORD) == "sonstiges"


def test_a_membership_certificate_is_voluntary_work() -> None:
    text = (
        "Lauftreff Nordstadt\nBescheinigung\nHiermit bestätigen wir, dass Herr Karim Haddad seit dem "
        "01.03.2018 Mitglied unserer Laufgruppe ist. Er nimmt zuverlässig am Training teil.\nDortmund, 02.05.2025"
    )
    score = default_scorer().score(text)
    assert score.best == "ehrenamt"
    # the evidence shown to the caseworker names the membership, not only the text model's vote
    assert "Mitglied seit" in [shown for _, shown in score.evidence["ehrenamt"]]


def test_a_health_insurers_membership_is_no_voluntary_work() -> None:
    text = (
        "AOK NordWest – Die Gesundheitskasse\nBescheinigung\nHiermit bestätigen wir, dass Herr Karim Haddad seit "
        "dem 01.03.2018 Mitglied der Krankenkasse und versichert ist.\nDortmund, 02.05.2025"
    )
    assert default_scorer().score(text).best != "ehrenamt"


# Powers of attorney in plain words, without the noun "Vollmacht" (session 9): the verb of the grant
PLAIN_AUTHORISATIONS = {
    "ermaechtige": "Hiermit ermächtige ich, Ahmad Karimi, geb. 01.02.1985, Frau Petra Vogel, Lindenstr. 4, "
    "44135 Dortmund, mich im Verfahren vor der Härtefallkommission zu vertreten und Schreiben für mich "
    "entgegenzunehmen.\n\nDortmund, 03.03.2025\nUnterschrift",
    "berechtigt": "Erklärung\n\nHerr Jonas Weber, Kirchstraße 2, 48143 Münster, ist berechtigt, in meinem Namen "
    "Anträge bei der Härtefallkommission zu stellen und Akteneinsicht zu nehmen.\n\nMünster, 02.03.2025\n"
    "Karim Haddad",
    "erlaube": "Ich erlaube Frau Maria Schulz, für mich alle Angelegenheiten im Härtefallverfahren zu regeln.\n"
    "Ahmad Karimi\nEssen, 01.03.2025",
}


@pytest.mark.parametrize("name", sorted(PLAIN_AUTHORISATIONS))
def test_plain_worded_power_of_attorney(scorer, name: str) -> None:
    assert _best(scorer, PLAIN_AUTHORISATIONS[name]) == "vollmacht"
    assert _types(PLAIN_AUTHORISATIONS[name]) == ["vollmacht"]


def test_an_application_that_reports_the_authorisation_stays_an_application(scorer) -> None:
    text = (
        "An die Härtefallkommission NRW\n\nHärtefallantrag für Herrn Ahmad Karimi\n\nSehr geehrte Damen und Herren,\n\n"
        "die Familie hat mich ermächtigt, für sie diesen Antrag zu stellen. Ich beantrage, den Fall von Herrn "
        "Karimi, geb. 01.02.1985 in Herat, zu prüfen. Er lebt seit 2015 in Essen und arbeitet als Koch.\n\n"
        "Mit freundlichen Grüßen\nMaria Schulz"
    )
    assert _types(text) == ["antrag"]


def test_an_applicants_plea_without_the_word_antrag_is_an_application(scorer) -> None:
    text = (
        "An die Härtefallkommission\n\nKöln, 03.03.2025\n\nSehr geehrte Damen und Herren,\n\nich heiße Ahmad Karimi, "
        "bin am 01.02.1985 in Herat geboren und wohne mit meiner Frau Soraya (geb. 12.07.1988) und unserer Tochter "
        "Amina (geb. 03.04.2015) in der Lindenstraße 4, 44135 Dortmund.\n\nIch bitte Sie von ganzem Herzen, uns zu "
        "helfen. Unser Asylantrag wurde abgelehnt und die Ausländerbehörde Dortmund will uns abschieben. Amina geht "
        "in die zweite Klasse und kennt Afghanistan nicht. Ich arbeite seit 2019 als Lagerhelfer.\n\nBitte lassen "
        "Sie uns hierbleiben. In Afghanistan haben wir nichts mehr.\n\nMit freundlichen Grüßen\nAhmad Karimi"
    )
    assert _types(text) == ["antrag"]
    # a neighbour who asks the same for the family writes a letter of support
    support = (
        "An die Härtefallkommission\n\nDortmund, 03.03.2025\n\nSehr geehrte Damen und Herren,\n\nich kenne die Familie "
        "Karimi seit sechs Jahren als Nachbarin. Herr Karimi hilft im Haus, wo er kann, die Tochter Amina spielt "
        "mit meinen Enkeln.\n\nBitte lassen Sie die Familie hier bleiben.\n\nMit freundlichen Grüßen\nGertrud Meier"
    )
    assert _types(support) == ["unterstuetzerschreiben"]


def test_an_application_addressed_to_the_commissions_office_at_the_ministry() -> None:
    """Found from the blind6 first run: the letter head names the ministry and "z. Hd. der Geschäftsstelle",
    not the commission; its subject "Antrag auf Erteilung einer Aufenthaltserlaubnis" is then no request to
    another body."""
    text = (
        "Flüchtlingsberatung Lünen e. V.\nMarktstraße 3, 44532 Lünen\n\nMinisterium für Kinder, Jugend, Familie, "
        "Gleichstellung,\nFlucht und Integration des Landes Nordrhein-Westfalen\nz. Hd. der Geschäftsstelle\n"
        "Völklinger Straße 4\n40219 Düsseldorf\n\nLünen, 03.03.2025\n\nAntrag auf Erteilung einer Aufenthaltserlaubnis\n"
        "für Herrn Ahmad Karimi, geb. 01.02.1985\n\nSehr geehrte Damen und Herren,\n\nwir bitten die Kommission, sich "
        "mit der Eingabe von Herrn Karimi nach § 23a AufenthG zu befassen. Herr Karimi lebt seit 2015 in Lünen, "
        "arbeitet als Lagerhelfer und engagiert sich ehrenamtlich in der Kirchengemeinde. Seine Abschiebung nach "
        "Afghanistan wäre unzumutbar.\n\nMit freundlichen Grüßen\nFlüchtlingsberatung Lünen"
    )
    assert _types(text) == ["antrag"]


def test_a_short_note_of_support_asking_a_bleiberecht_for_someone_else() -> None:
    text = (
        "Sportfreunde Lünen 1921 e. V.\n\nLünen, 01.03.2025\n\nSehr geehrte Damen und Herren,\n\nHerr Ahmad Karimi "
        "spielt seit Jahren in unserer ersten Mannschaft. Er ist ein wertvoller Mensch, immer da, wenn man ihn "
        "braucht. Ich bitte Sie, ihm ein Bleiberecht zu geben. Er würde uns sehr fehlen.\n\nMit freundlichen Grüßen\n"
        "Klaus Becker, Vorsitzender"
    )
    assert _types(text) == ["unterstuetzerschreiben"]
    # the applicant's own plea for a Bleiberecht stays an application
    own = (
        "An die Härtefallkommission\n\nLünen, 01.03.2025\n\nSehr geehrte Damen und Herren,\n\nich bin Ahmad Karimi, "
        "geb. 01.02.1985 in Herat, und lebe seit 2015 in Lünen. Ich bitte Sie, mir ein Bleiberecht zu geben. Ich "
        "arbeite als Lagerhelfer und spiele im Sportverein.\n\nMit freundlichen Grüßen\nAhmad Karimi"
    )
    assert _types(own) == ["antrag"]


def test_a_doctors_confirmation_meant_for_the_commission_stays_a_medical_report():
    """A doctor's confirmation in other words than "Attest" ("Hausärztliche Bestätigung", "in
    fachärztlicher Behandlung", a practice stamp) that names the commission as its recipient is a
    medical report, not an application."""
    text = (
        "Dr. Jana Wolff\nHausarztpraxis am Markt\n44787 Bochum\n\nFACHÄRZTLICHE BESTÄTIGUNG\n\n"
        "zur Vorlage bei der Geschäftsstelle der Härtefallkommission\n\nHiermit bestätige ich, dass Herr Samir Haddad, "
        "* 12.3.1988, seit 2021 in meiner fachärztlichen Behandlung ist. Es besteht eine schwere "
        "Herzinsuffizienz (I50.13 G).\n\nBochum, 02.05.2025\n\nUnterschrift, Praxisstempel\n"
    )
    assert _types(text) == ["aerztliches_gutachten"]


def test_a_cover_mail_that_asks_to_be_told_is_no_decision(scorer):
    """ "Sagen Sie mir Bescheid" / "geben Sie uns Bescheid" is an idiom, not a Bescheid of the BAMF."""
    for ask in (
        "Sagen Sie mir bitte Bescheid, wenn noch etwas fehlt.",
        "Geben Sie uns kurz Bescheid, ob alles da ist.",
    ):
        text = f"Guten Tag,\n\nanbei finden Sie meine Papiere, Name Lina Haddad. {ask}\n\nDanke\nLina Haddad"
        assert _best(scorer, text) != "bamf_bescheid", ask
        assert "bamf_bescheid" not in _types(text, mail=True), ask
