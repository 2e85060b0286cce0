"""Papers of daily life and evidence of integration in wordings no template has: the class they are.

Written as validation texts before the cues were extended (session 3); the BAMF decision's words
"Bescheid" and "Rechtsbehelfsbelehrung" also open other authorities' decisions, which must not count
as the asylum decision the checklist asks for.
"""

from __future__ import annotations

import pytest

from hfk.classify.nlp import default_scorer
from hfk.classify.pages import RuleScorer

CASES = {
    "jobcenter decision is no BAMF decision": (
        "Jobcenter Dortmund\nBescheid über die Bewilligung von Leistungen zur Sicherung des Lebensunterhalts\n"
        "Sehr geehrter Herr Haddad,\nfür Sie und die mit Ihnen in einer Bedarfsgemeinschaft lebenden Personen "
        "werden für die Zeit vom 01.06.2025 bis 31.05.2026 Leistungen bewilligt.\n"
        "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.",
        "sonstiges",
    ),
    "school attendance certificate": (
        "Städtische Gemeinschaftsgrundschule Am Westpark\nSchulbesuchsbescheinigung\n"
        "Hiermit wird bescheinigt, dass die Schülerin Leyla Haddad, geb. 14.09.2014, seit dem 01.08.2021 "
        "unsere Schule besucht. Die Bescheinigung wird zur Vorlage bei der Ausländerbehörde ausgestellt.\n"
        "Dortmund, 12.05.2025\nSchulleitung",
        "schulnachweis",
    ),
    "employer's certificate": (
        "Arbeitgeberbescheinigung\nHiermit bestätigen wir, dass Herr Karim Haddad seit dem 01.03.2023 in "
        "unserem Betrieb als Lagerhelfer in Vollzeit unbefristet beschäftigt ist. Das Arbeitsverhältnis ist "
        "ungekündigt.\nLogistik West GmbH, Personalabteilung\nDortmund, 05.05.2025",
        "arbeitsnachweis",
    ),
    "health insurer's membership is no voluntary work": (
        "AOK NordWest – Die Gesundheitskasse\nMitgliedsbescheinigung\nHiermit bestätigen wir, dass Herr "
        "Karim Haddad seit dem 01.03.2023 bei uns als Pflichtmitglied versichert ist. Familienversichert "
        "sind: Amira Haddad, Leyla Haddad.",
        "sonstiges",
    ),
    "company health insurer's certificate is no voluntary work (blind13)": (
        "BKK Niederrhein-Berg Mitgliederservice\nTel. 0203 / 76 514-48\n46325 Borken\n\n07.09.2024\n\n"
        "Mitgliedsbescheinigung\n\nFrau Hawa Diallo, geboren am 29.05.1969, ist bei uns pflichtversichert; Beginn der\n"
        "Mitgliedschaft: 15.03.2023. Versichertennummer: D893618279.\n\nFamilienversicherte Angehörige sind nicht "
        "gemeldet.\n\nMaschinell gefertigt - gültig auch ohne Unterschrift.",
        "sonstiges",
    ),
    "BAMF invitation that asks for medical certificates is no medical report (blind13, faxed)": (
        "10.10.2024 14:28 FAX +49 462 441319 Shirin Hassan S. 4/4\n\nBUNDESAMT FÜR MIGRATION UND FLÜCHTLINGE\n\nAußenstelle Düsseldorf - Erkrather Straße 345-349 - 40231 "
        "Düsseldorf\n\nFrau Shirin Hassan\nLindenweg 76\n33602 Bielefeld\n\nGesch.-2.: 3730181-438 + 21.04.2019\n\n"
        "Einladung zur persönlichen Anhörung\n\nSehr geehrte Frau Hassan, zu Ihrem Asylantrag werden Sie am "
        "06.05.2019 um 8:30 Uhr\npersönlich angehört, Bitte erscheinen Sie pünktlich in der oben genannten "
        "Außenstelle.\n\nZum Termin mitzubringen sind:\n- diese Einladung, dazu Ihre Aufenthaltsgestattung oder "
        "den Ankunftsnachweis\n- alle Dokumente und Beweismittel, die Ihr Vorbringen stützen\n- ärztliche "
        "Bescheinigungen, falls gesundheitliche Gründe vorgetragen werden\n",
        "sonstiges",
    ),
    "translated extract of a birth register (blind14)": (
        "Übersetzung (beglaubigt) – Ausgangssprache: Französisch\nGeburtsregisterauszug (Übersetzung)\n"
        "(ausgestellt am 15.01.2020)\n1. Name des Kindes Siranush Petrosyan\n2. Geschlecht weiblich\n"
        "3. Tag und Ort der Geburt 03.02.2019, Douala\n4. Name der Mutter Anahit Petrosyan",
        "identitaetsnachweis",
    ),
    "CV whose title runs into the name (blind14, Word file)": (
        "LebenslaufOsagie Igbinedion\n[ Passfoto ]\nPersönliche Daten\nGeburtstag: 10. September 1988 · "
        "Geburtsort: Enugu · Nationalität: nigerianisch\nFamilienstand: verheiratet; Kinder: 1\n"
        "2019 – 2020 Integrationskurs\nseit 2021 ehrenamtlich bei der Tafel Essen e. V.",
        "lebenslauf",
    ),
    "faxed CV whose capital L OCR read as 'l.' (blind14; a guard: this short page was a CV before too)": (
        "16.06.2025 14:21 FAX +49 987 446319 Caritasverband Wuppertal S. 3/6\nl.ebenslauf [ Passfoto ]\n"
        "Zahra Sultani\nPersönliche Daten\nGeburtstag: 10. Juni 1982 : Geburtsort: Kabul\n"
        "2001 – 2012 Schule in Kabul\n2016 Einreise nach Deutschland\nseit 2019 Helferin in der Küche",
        "lebenslauf",
    ),
    "neighbour who writes 'X und ich sind Nachbarn' (blind14)": (
        "Monika Krämer\nAm Markt 32, Leverkusen\nLeverkusen, 17. Mai 2025\nSehr verehrte Kommission,\n"
        "seit gut 10 Jahren sind Haidar Khalaf und ich Nachbarn im selben\nTreppenhaus. Am Anfang haben wir "
        "uns mit Händen und Füßen verständigt, heute trinken wir sonntags Tee zusammen. Herr Khalaf hilft "
        "allen im Haus.\nMit freundlichen Grüßen\nMonika Krämer",
        "unterstuetzerschreiben",
    ),
    "volunteer fire brigade": (
        "Freiwillige Feuerwehr der Stadt Hamm – Löschzug Mitte\nBescheinigung\nHiermit bestätigen wir, "
        "dass Herr Karim Haddad seit dem 01.06.2021 aktives Mitglied unserer Einsatzabteilung ist.\n"
        "Hamm, den 11.04.2025",
        "ehrenamt",
    ),
    "teacher's letter of support speaks of school": (
        "Stellungnahme der Klassenlehrerin\nSehr geehrte Damen und Herren,\nich unterrichte Leyla seit drei "
        "Jahren als Klassenlehrerin in der Klasse 4b unserer Grundschule. Leyla ist eine fleißige Schülerin, "
        "ihre Leistungen in Deutsch haben sich stark verbessert. Eine Abschiebung würde sie mitten aus dem "
        "Schuljahr und aus ihrer Klassengemeinschaft reißen.\nMit freundlichen Grüßen\nPetra Sommer, Lehrerin",
        "unterstuetzerschreiben",
    ),
    "neighbour speaks up for the family": (
        "Sehr geehrte Mitglieder der Härtefallkommission,\nals Nachbarin der Familie Haddad seit sieben Jahren "
        "möchte ich mich mit Nachdruck für den Verbleib der Familie in Deutschland aussprechen. Die Familie "
        "ist ein fester Teil unserer Hausgemeinschaft.\nMit freundlichen Grüßen\nIngrid Becker",
        "unterstuetzerschreiben",
    ),
    "life story in prose": (
        "Mein Lebensweg\nIch heiße Karim Haddad und bin 1988 in Aleppo geboren. Dort bin ich zur Schule "
        "gegangen und habe danach bei meinem Vater als Schreiner gearbeitet. 2015 musste ich fliehen und "
        "kam im September 2015 nach Deutschland. Hier habe ich Deutsch gelernt.",
        "lebenslauf",
    ),
    # blind14's shapes, written anew after its blind runs (session 17); the text model took blind14's own
    # pages for applications. The course, landlord and account confirmations written here pass on the code
    # before those cues too (guards); the day care report and the teacher's statement fail on it.
    "integration course confirmation, faxed (umlaut lost)": (
        "03.02.2025 10:12 FAX +49 211 5550101 Diakonie Moers S. 2/5\n\n"
        "Volkshochschule Niederrhein-West\nvom BAMF zugelassener Kursträger\n\n"
        "Teilnahmebestatigung Integrationskurs\nHerr Bilal Osman (geb. 02.02.1990) | hat an folgendem Kurs teilgenommen:\n\n"
        "Sprachkurs 600 Unterrichtseinheiten\nOrientierungskurs 100 Unterrichtseinheiten\n\n"
        "Regelmäßige Teilnahme: 91 %\n\nMoers, 14.01.2025\n\nKursleitung",
        "sprachnachweis",
    ),
    "landlord's confirmation for the registration office": (
        "Wohnungsgeberbestätigung\n(nach § 19 BMG)\n\nWohnungsgeber/in\nHelga Brandt, Ulmenweg 3, 47051 Duisburg\n\n"
        "Anschrift der Wohnung\nUlmenweg 3, 47051 Duisburg\n\nEinzugsdatum\n01.04.2024\n\n"
        "Einziehende Personen\nBilal Osman\n\nDuisburg, 02.04.2024\nHelga Brandt",
        "sonstiges",
    ),
    "savings bank's account confirmation": (
        "Sparkasse Am Niederrhein\nHerrn Bilal Osman, Ulmenweg 3, 47051 Duisburg\n\nKontobestätigung\n\n"
        "Wir bestätigen Ihnen gern, dass Herr Bilal Osman seit März 2019 bei uns ein Girokonto führt. "
        "Das Konto wird auf Guthabenbasis geführt.\n\nDuisburg, 11.12.2024\nIhre Sparkasse",
        "sonstiges",
    ),
    "day care centre's short report on a child": (
        "Familienzentrum Sonnenblume Krefeld\n\nBericht zur Entwicklung\nKind: Amal Osman, * 9.9.2021\n\n"
        "Amal kommt gern in die Gruppe, hat Freundschaften geschlossen und spricht zunehmend Deutsch. "
        "Die Eingewöhnung verlief ohne Schwierigkeiten.\n\nKrefeld, 20.11.2024\nGruppenleitung",
        "schulnachweis",
    ),
    "a teacher's statement in favour of a pupil's father": (
        "Städtisches Abendgymnasium Hamm\nKlassenlehrer\n\nDatum: 12.02.2025\n"
        "Stellungnahme zugunsten von Bilal Osman\n\n"
        "Ich lernte Herrn Osman vor sechs Jahren kennen und erlebe ihn seither als geduldigen, "
        "verlässlichen Menschen, der anderen hilft.\n\nIch unterstütze sein Anliegen, hier bleiben zu dürfen, "
        "ausdrücklich.\n\nThomas Kühn, Klassenlehrer",
        "unterstuetzerschreiben",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_everyday_papers_get_their_class(name: str) -> None:
    text, expected = CASES[name]
    assert default_scorer().score(text).best == expected, name


def test_a_real_bamf_decision_keeps_its_class_beside_those_cues() -> None:
    text = (
        "Bundesamt für Migration und Flüchtlinge\nGesch.-Z.: 8724003-261\nBESCHEID\n"
        "In dem Asylverfahren des Herrn Karim Haddad, geb. 03.04.1988, ergeht folgende Entscheidung:\n"
        "1. Die Flüchtlingseigenschaft wird nicht zuerkannt.\n2. Der Antrag auf Asylanerkennung wird abgelehnt.\n"
        "Rechtsbehelfsbelehrung"
    )
    assert RuleScorer().score(text).best == "bamf_bescheid"
    assert default_scorer().score(text).best == "bamf_bescheid"


def test_a_relatives_letter_in_vollmacht_with_another_salutation_is_the_application() -> None:
    """ "in Vollmacht" in the head made the page a form (a Vollmacht) and held the application; a salutation
    "Verehrte Mitglieder der Härtefallkommission" is letter form as "Sehr geehrte" is."""
    text = (
        "Bilal Osman\nUlmenweg 3\n47051 Duisburg\n\nAn die Geschäftsstelle der\nHärtefallkommission NRW\n\n"
        "Duisburg, den 3. Februar 2025\nUnser Anliegen: Befassung durch die Härtefallkommission\n"
        "Verehrte Mitglieder der Härtefallkommission,\n\nich bin die Schwester von Bilal Osman und schreibe in seinem "
        "Auftrag und in\nVollmacht. Der Antrag betrifft:\n\nAntragsteller: Bilal Osman (* 2. Februar 1990 in Khartum; "
        "StA sudanesisch)\n\nHerr Osman lebt seit 2016 in Deutschland und arbeitet als Lagerhelfer. Er ist zur "
        "Ausreise verpflichtet; die Abschiebung ist nach § 60a AufenthG ausgesetzt.\n\n"
        "Herr Osman verbrachte seine Kindheit in Khartum. Nach acht Schuljahren half er in der Werkstatt eines "
        "Onkels, weil die Familie auf jeden Lohn angewiesen war. Im Herbst 2016 kam er über das Mittelmeer nach "
        "Deutschland; sein Asylantrag wurde 2018 abgelehnt.\n\n"
        "Er spricht inzwischen gut Deutsch (Stufe B1), zahlt seine Miete selbst und hilft jeden Samstag bei der "
        "Tafel in Duisburg-Hochfeld. Seine Kolleginnen und Kollegen schätzen ihn sehr.\n\n"
        "Im Sudan hat er niemanden mehr. Eine Rückkehr in den Sudan hieße, ohne Wohnung, ohne Arbeit und ohne "
        "Menschen, die helfen, ganz von vorn zu beginnen, in einem Land im Krieg.\n\n"
        "In Deutschland leben seine Schwester und deren drei Kinder, mit denen er eng verbunden ist; er holt die "
        "Kinder jeden Tag von der Schule ab, seit ihr Vater verstorben ist. Die Familie wäre ohne ihn in einer "
        "schweren Lage.\n\n"
        "Sein Arbeitgeber hat schriftlich zugesagt, ihn unbefristet weiter zu beschäftigen, sobald die "
        "Ausländerbehörde es erlaubt; der Vertrag liegt bereit.\n\n"
        "Für Rückfragen bin ich unter der oben genannten Anschrift erreichbar.\n\nHochachtungsvoll\nAmira Osman"
    )
    assert default_scorer().score(text).best == "antrag"
