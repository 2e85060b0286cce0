"""Topics of the Begründung in layouts found on blind12 after its blind runs (session 15): a heading of all
the reasons ("B. Darlegung der Härtegründe", "Die Härtegründe im Einzelnen:") with the topics' headings
under it ("I. Herkunft und Flucht", "(a) Vorgeschichte"); "Aufenthaltsrechtlicher Werdegang" is the
residence status, not the life story; the signature below the closing names no topic; a legend of
relation codes tells no family ties; an English letter's "my childhood", "reached Germany" and "my aunt"."""

from hfk.classify.fields import begruendung_topics

ALL = {"lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"}

OUTLINE = (
    "Sehr geehrte Kommissionsmitglieder,\nwir reichen die nachfolgende Härtefalleingabe ein.\n\n"
    "B. Darlegung der Härtegründe\n"
    "I. Herkunft und Flucht\n"
    "Frau Rahimi stammt aus Afghanistan. Die Einreise nach Deutschland erfolgte am 02.08.2015, gemeinsam mit "
    "den übrigen Familienangehörigen.\n"
    "II. Aufenthaltsrechtlicher Werdegang\n"
    "Den Asylantrag lehnte das Bundesamt am 3.3.2016 ab. Seither erhält sie nur Duldungen nach § 60a AufenthG.\n"
    "III. Angehörige hier und im Herkunftsland\n"
    "Frau Rahimi ist mit Omid Rahimi verheiratet, beide wohnen zusammen. Im Herkunftsland lebt niemand mehr.\n"
    "IV. Eingliederung in die hiesigen Lebensverhältnisse\n"
    "Frau Rahimi hat den Integrationskurs abgeschlossen und arbeitet seit 2019 als Köchin.\n"
    "V. Warum eine Ausreise unzumutbar wäre\n"
    "Eine Rückkehr wäre unzumutbar, weil die Behandlung ihrer Depression dort nicht möglich ist.\n\n"
    "Freundliche Grüße\n\nAnna Berg (für Ökumenisches Netzwerk Asyl Essen)\n"
)


def test_topic_headings_under_a_heading_of_all_reasons():
    assert set(begruendung_topics(OUTLINE)) == ALL


def test_lettered_headings_under_one_of_all_reasons_and_a_signature_below_the_closing():
    text = (
        "Sehr geehrte Damen und Herren,\nwir bitten um Befassung.\n\nDie Härtegründe im Einzelnen:\n"
        "(a) Vorgeschichte\nHerr Suleiman stammt aus Syrien und reiste am 4.9.2015 in das Bundesgebiet ein.\n"
        "(b) Familie\nEr lebt mit seiner Ehefrau und zwei Kindern in Bonn.\n"
        "(c) Integration\nEr arbeitet seit 2018 als Fahrer und spricht gut Deutsch.\n"
        "(d) Unzumutbarkeit\nEine Rückkehr nach Syrien wäre wegen des Krieges unzumutbar.\n"
        "Er hat nur eine Duldung nach § 60a AufenthG, der Asylantrag wurde abgelehnt.\n\n"
        "Mit freundlichem Gruß\n\nMichael Wagner (für Ökumenisches Netzwerk Asyl Essen)\n"
    )
    assert set(begruendung_topics(text)) == ALL


def test_a_legend_of_relation_codes_tells_no_family_ties():
    text = (
        "Guten Tag,\nwir reichen die Härtefalleingabe ein.\n\nPersonenübersicht\n"
        "Stellung: AS = antragstellende Person, EG = Ehegatte/Ehegattin, K = Kind\n\n"
        "Herr Lomidze stammt aus Georgien und reiste 2019 mit einem Visum ein. Seither ist er ausreisepflichtig "
        "und erhält Duldungen nach § 60a AufenthG.\n"
    )
    assert "familie" not in begruendung_topics(text)


def test_an_english_letters_childhood_arrival_and_aunt():
    text = (
        "Dear Sir or Madam at the Commission office,\n\nthis letter is my application.\n\n"
        "1. My childhood was spent in Syria, where I finished ten years of school and then worked on building "
        "sites. I reached Germany on October 27, 2014.\n\n"
        "2. In Syria there is no close relative of mine any more; my aunt lives in Germany.\n"
    )
    topics = begruendung_topics(text)
    assert {"lebensgeschichte", "familie"} <= set(topics)
