"""Pages in other words than the cue lists knew (session 13). Hand-written texts, read with the pipeline
that ships (rules and trained model) or, where a rule alone is the point, the rule scorer. Each test
failed on the code before its fix, except the guards that a neighbouring paper stays what it is:

- a counselling service that lays the case before the commission ("legen wir den Fall ... vor",
  "Eingabe nach § 23a") writes the application;
- a neighbour's letter in their own words ("Betreff: unsere Nachbarn", "Geben Sie ihr eine Chance") is
  a support letter;
- "erlaube ... Dr. med. X, der Härtefallkommission Auskunft über Erkrankung ... zu geben" is a release
  from medical confidentiality;
- an employer's "Zwischenzeugnis" is a proof of work;
- a volunteer's confirmation ("Freiwilligenkoordination", "bringt sich in unsere Arbeit ein") is
  ehrenamt, the authorities' "freiwillige Ausreise" is not;
- a BAMF decision's Tenor in other words decides; an application telling of the refusal does not;
- the last page of a BAMF decision alone (its remedy, its file number without label) is the decision
  (session 14);
- a letter to "HFK NRW - Geschäftsstelle, Völklinger Straße 4" that asks "um Ihre Beratung" is the
  application, also where it tells a Strafbefehl (session 14).
"""

from hfk.classify.nlp import default_scorer
from hfk.classify.pages import RuleScorer, best_class


def _best(text: str) -> str:
    """The class the shipped pipeline (rules and trained model) gives a page."""
    return best_class(default_scorer().score(text).scores)[0]


def _top(text: str) -> str:
    """The class the rules alone give a page."""
    scores = RuleScorer().score(text).scores
    return max(scores, key=scores.get)


# --- the application laid before the commission
LETTER = (
    "Flüchtlingsberatung Ostwestfalen\nAm Bach 4\n33602 Bielefeld\n\n"
    "Geschäftsstelle der Härtefallkommission\nVölklinger Str. 4\n40219 Düsseldorf\n\n"
    "Betr.: Eingabe nach § 23a AufenthG – Familie Sesay\nhier: Schreiben vom 2. Mai 2025\n\n"
    "Sehr geehrte Damen und Herren,\n"
    "die unten genannten Ratsuchenden begleiten wir seit Jahren. In ihrem Auftrag legen wir den Fall "
    "der Kommission vor.\n"
    "Antragsteller: Musa SESAY (* 1.1.1990 in Bo; sierra-leonisch)\n"
    "Zum aufenthaltsrechtlichen Stand: Er hat nur eine Duldung nach § 60a AufenthG (zuständige Stelle: "
    "Ausländerbehörde der Stadt Bielefeld).\n"
    "Zu den dringenden Gründen: Eine Rückkehr ist ihm nicht zuzumuten.\n\n"
    "Mit freundlichen Grüßen\n"
)


def test_letter_laying_the_case_before_the_commission_is_the_application():
    assert _best(LETTER) == "antrag"


def test_a_letter_of_the_authority_about_the_duldung_stays_its_own():
    authority = (
        "Stadt Bielefeld – Ausländerbehörde\n\nHerrn Musa Sesay\nAm Bach 9\n33602 Bielefeld\n\n"
        "Ordnungsverfügung\n\nSehr geehrter Herr Sesay,\nIhre Duldung nach § 60a AufenthG wird bis zum "
        "30.06.2025 verlängert. Die Abschiebung bleibt ausgesetzt.\n\nIm Auftrag\n"
    )
    assert _best(authority) == "auslaenderbehoerde"


# --- a neighbour's letter
NEIGHBOUR = (
    "Petra Vogel, Am Anger 7, 33602 Bielefeld\n\n"
    "Härtefallkommission NRW\n– Geschäftsstelle –\n\n"
    "Bielefeld, 3. Mai 2025\n"
    "Betreff: unsere Nachbarn, Familie Osei\n"
    "Liebe Mitglieder der Kommission,\n"
    "seit vier Jahren wohnen Akua Osei mit ihren Kindern und wir im selben Haus. Sie gießt unsere "
    "Blumen, wir passen manchmal auf die Kleinen auf.\n"
    "Wir wären sehr traurig, wenn die Familie gehen müsste. Geben Sie ihr bitte eine Chance.\n"
    "Viele Grüße\n\nPetra Vogel\n"
)


def test_neighbours_letter_is_a_support_letter():
    assert _best(NEIGHBOUR) == "unterstuetzerschreiben"


def test_the_applicants_own_request_stays_an_application():
    own = (
        "Akua Osei, Am Anger 7, 33602 Bielefeld\n\n"
        "Härtefallkommission NRW\n– Geschäftsstelle –\n\n"
        "Bielefeld, 3. Mai 2025\n"
        "Betreff: Antrag nach § 23a AufenthG\n"
        "Sehr geehrte Damen und Herren,\n"
        "hiermit beantrage ich, dass die Härtefallkommission sich mit meinem Fall befasst. Ich lebe seit "
        "2016 in Bielefeld, meine Kinder gehen hier zur Schule. Bitte geben Sie uns eine Chance zu bleiben.\n"
        "Mit freundlichen Grüßen\n\nAkua Osei\n"
    )
    assert _best(own) == "antrag"


def test_an_employers_subject_line_is_no_neighbours_letter():
    employer = (
        "Betreff: unsere Mitarbeiterin Frau Akua Osei\n\nFrau Osei arbeitet seit 2019 bei uns als Köchin.\n"
    )
    labels = {shown for _, shown in RuleScorer().score(employer).evidence.get("unterstuetzerschreiben", [])}
    assert "Betreff: meine Nachbarn" not in labels
    neighbours = employer.replace("unsere Mitarbeiterin", "unsere Nachbarin")
    labels = {shown for _, shown in RuleScorer().score(neighbours).evidence.get("unterstuetzerschreiben", [])}
    assert "Betreff: meine Nachbarn" in labels


# --- a release in other words
RELEASE = (
    "Praxis für Neurologie Dr. med. Weber\n"
    "Einverständnis: Auskunft an die Härtefallkommission\n\n"
    "Ich, Samir Haddad, geb. 04.04.1988, erlaube Dr. med. Petra Weber, der Härtefallkommission "
    "Nordrhein-Westfalen und ihrer Geschäftsstelle Auskunft über Erkrankung, Therapie und Aussichten zu "
    "geben und Kopien der Befunde zu senden.\n\nEssen, den 2. Juni 2025\n\nSamir Haddad\n"
)


def test_permission_to_inform_the_commission_is_a_release():
    assert _best(RELEASE) == "schweigepflichtsentbindung"


def test_a_doctors_report_on_the_illness_stays_a_report():
    report = (
        "Praxis für Neurologie Dr. med. Weber\nÄrztliche Bescheinigung\n\n"
        "Herr Samir Haddad, geb. 04.04.1988, ist seit 2021 in meiner Behandlung. Diagnose: Epilepsie "
        "(ICD-10 G40.2). Die Therapie mit Levetiracetam muss fortgesetzt werden; ein Abbruch gefährdet ihn.\n\n"
        "Essen, den 2. Juni 2025\n\nDr. med. Petra Weber\nFachärztin für Neurologie\n"
    )
    assert _best(report) == "aerztliches_gutachten"


# --- an interim reference
REFERENCE = (
    "Pflegedienst Lindenhof gGmbH\nZwischenzeugnis\n\n"
    "Herr Yaw Mensah, geboren am 02.03.1990, arbeitet seit 2018 bei uns, zurzeit als Pflegehelfer.\n"
    "Er erledigt seine Aufgaben zuverlässig und stets zu unserer vollen Zufriedenheit. Im Team ist er sehr "
    "geschätzt.\nDas Zeugnis wird auf seinen Wunsch für eine Behörde ausgestellt.\n"
    "Dortmund, 3. März 2025\n\nGeschäftsführung\n"
)


def test_interim_reference_is_a_proof_of_work():
    assert _best(REFERENCE) == "arbeitsnachweis"


# --- a volunteer's confirmation
VOLUNTEER = (
    "Nachbarschaftshaus Nord – Freiwilligenkoordination\n3. Mai 2024\n\nBestätigung\n\n"
    "Gern bestätigen wir, dass Frau Amina Yusuf sich zuverlässig und mit großer Freundlichkeit in unsere "
    "Arbeit einbringt. Ohne Menschen wie sie wäre unser Angebot nicht möglich.\n\nJens Krämer\n"
)


def test_volunteer_confirmation_in_other_words():
    assert _top(VOLUNTEER) == "ehrenamt"


def test_voluntary_departure_is_no_volunteering():
    scores = (
        RuleScorer()
        .score(
            "Stadt Hagen – Ausländerbehörde\n\nSie werden aufgefordert, das Bundesgebiet zu verlassen. Über die "
            "Förderung der freiwilligen Ausreise berät Sie die Rückkehrberatung.\n"
        )
        .scores
    )
    assert scores["ehrenamt"] <= 0


# --- a BAMF Tenor in other words
HEAD = (
    "Bundesamt für Migration und Flüchtlinge\nDienstsitz Unna\n\nGeschäftszeichen 1234567-423\n"
    "Entscheidung über Ihren Asylantrag\n\n"
)


def test_tenor_in_other_words_decides():
    for tenor in (
        "1.\nFlüchtlingsschutz wird nicht gewährt.\n\n2.\nEine Anerkennung als Asylberechtigte/r erfolgt nicht.",
        "1. Der Asylantrag ist unzulässig und wird abgelehnt.\n\n"
        "2. Die Voraussetzungen eines Abschiebungsverbots (§ 60 Abs. 5, Abs. 7 S. 1 AufenthG) sind nicht gegeben.",
    ):
        assert "bamf_bescheid" in RuleScorer().score(HEAD + tenor).decided, tenor


def test_application_telling_of_the_refusal_decides_nothing():
    letter = (
        "An die Härtefallkommission\n\nSehr geehrte Damen und Herren,\nhiermit beantrage ich die Befassung der "
        "Kommission. Mein Asylantrag wurde vom Bundesamt für Migration und Flüchtlinge abgelehnt; "
        "Flüchtlingsschutz wurde mir nicht gewährt.\n\nMit freundlichen Grüßen\n"
    )
    assert RuleScorer().score(letter).decided == ()


# --- the last page of a BAMF decision, photographed alone (session 14)
def test_a_decisions_last_page_alone_is_the_decision():
    last = (
        "einzureichen; Tatsachen und Beweismittel zu ihrer Begründung sind binnen eines Monats nach "
        "Zustellung anzugeben.\nDortmund, 03.04.2023 - Im Auftrag: Kessler\n\n6123457 - 475 | Seite 3 von 3"
    )
    assert _best(last) == "bamf_bescheid"
    # its reasoning with the law's name as OCR reads it ("AsyIG", "AsyiG")
    scores = RuleScorer().score("Die Abschiebungsandrohung stützt sich auf §§ 34 AsyIG, 59 AufenthG.").scores
    assert scores["bamf_bescheid"] >= 2


def test_an_application_quoting_the_decisions_number_stays_an_application():
    letter = (
        "An die Härtefallkommission\n\nSehr geehrte Damen und Herren,\nhiermit beantrage ich die Befassung der "
        "Kommission. Mein Asylantrag (Az. 6123457-475) wurde abgelehnt.\n\nBegründung\nIch lebe seit acht "
        "Jahren in Hagen und arbeite als Lagerhelfer.\n\nMit freundlichen Grüßen\n"
    )
    assert _best(letter) == "antrag"


# --- the commission by its short name and its office's address (session 14)
TO_THE_OFFICE = (
    "Ardit Gashi\nUnterkunft Parkweg 3\n41236 Mönchengladbach\n\nHFK NRW - Geschäftsstelle\nVölklinger Straße 4\n"
    "D-40219 Düsseldorf\n\n12.10.25\n\nFamilie Gashi - Härtefall, wir bitten um Ihre Beratung\n\n"
    "Sehr geehrte Kommissionsmitglieder,\nmit diesem Brief schildere ich unsere Lage. Im Jahr 2021 erging gegen "
    "mich ein Strafbefehl des Amtsgerichts Mönchengladbach über 30 Tagessätze wegen Diebstahls (§ 242 StGB). "
    "Die Geldstrafe habe ich in Raten bezahlt. Die Ausländerbehörde erteilt uns seit Jahren nur eine Duldung.\n\n"
    "Mit freundlichen Grüßen\nArdit Gashi\n"
)


def test_a_letter_to_the_hfk_office_telling_a_strafbefehl_is_the_application():
    assert _best(TO_THE_OFFICE) == "antrag"


def test_the_strafbefehl_itself_and_a_cover_letter_to_the_office_stay_what_they_are():
    order = (
        "Amtsgericht Mönchengladbach\nStrafbefehl\n\nIn der Strafsache gegen Ardit Gashi wird gegen Sie eine "
        "Geldstrafe von 30 Tagessätzen zu je 15 Euro festgesetzt (§ 242 StGB).\n"
    )
    assert _best(order) == "strafrecht"
    cover = (
        "Caritas Mönchengladbach\nBahnhofstraße 2\n41236 Mönchengladbach\n\nHFK NRW - Geschäftsstelle\n"
        "Völklinger Straße 4\n40219 Düsseldorf\n\nSehr geehrte Damen und Herren,\nanbei übersenden wir die "
        "Schulbescheinigung von Ardit Gashi zu dem bereits gestellten Antrag.\n\nMit freundlichen Grüßen\n"
    )
    assert _best(cover) != "antrag"


def test_requests_in_other_words_to_the_commission():
    head = "Härtefallkommission - Düsseldorf\nVölklinger Straße 4\n40219 Düsseldorf\n\n"
    lawyer = (
        head
        + "Familie Kaya braucht Ihre Hilfe\nSehr geehrte Damen und Herren,\nfür meine Mandantin trage ich Ihnen "
        "heute den Fall Kaya vor. Die Ausländerbehörde erteilt nur eine Duldung nach § 60a AufenthG; das "
        "Ausländeramt hat die Verlängerung abgelehnt.\n\nMit freundlichen Grüßen\n"
    )
    assert _best(lawyer) == "antrag"
    english = (
        "Office of the Härtefallkommission NRW\nD-40219 Düsseldorf\n\nHARDSHIP PETITION (§ 23a AUFENTHG)\n"
        "Dear Madam or Sir,\nPlease regard the people in this table as a hardship case. The Ausländerbehörde "
        "only grants us a Duldung.\n\nYours faithfully\n"
    )
    assert _best(english) == "antrag"
    # "hier: Antrag auf Befassung" asks the commission, it is no request to another body
    befassung = (
        head
        + "Betreff: Familie Kaya - Eingabe nach § 23a AufenthG\nhier: Antrag auf Befassung; unser Zeichen 12/25\n"
        "Sehr geehrte Damen und Herren,\nwir bitten darum, den Fall zu beraten. Familie Kaya engagiert sich "
        "ehrenamtlich in der Kirchengemeinde.\n\nMit freundlichen Grüßen\n"
    )
    assert _best(befassung) == "antrag"


def test_hfks_own_case_reference_is_no_addressee():
    # a later paper quoting the case's reference "HFK-2025-0001" is not a letter to the commission
    note = "Aktenzeichen HFK-2025-0001\nAnlage 3\nSiehe beiliegendes Schreiben.\nDortmund, 01.03.2025\nUnterschrift"
    assert _best(note) != "antrag"


def test_a_registration_office_confirmation_is_an_other_paper() -> None:
    """A "Meldebestätigung (§ 18 Abs. 1 BMG)" is the registration certificate under another name
    (session 22, seen in blind8: with no rule evidence, a case without a clear application had taken
    it for one). The rules now name it; the pipeline's class is the guard."""
    page = (
        "Meldebehörde Bochum\nMeldebestätigung (§ 18 Abs. 1 BMG)\n\n"
        "Unter der Anschrift Ringstraße 12, 44787 Bochum sind folgende Personen mit alleiniger\n"
        "Wohnung gemeldet:\n\nName Vorname Geburtsdatum\nKaya Emre 03.04.1991\n\n"
        "Bochum, 02.02.25 - automatisch gedruckt, gültig ohne Unterschrift.\n"
    )
    assert _top(page) == "sonstiges"
    assert _best(page) == "sonstiges"
