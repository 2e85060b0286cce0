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


def test_relatives_work_and_the_family_on_the_journey_are_no_integration_and_no_ties():
    text = (
        "Sehr geehrte Damen und Herren,\nwir bitten um Befassung.\n\n"
        "Zur Person: Frau Lomidze kommt aus Rustawi in Georgien. In Deutschland kam sie am 02.12.2016 an, über "
        "Izmir und die Ägäis, begleitet von den Angehörigen.\n"
        "Zu den Bindungen: Zwei Cousins arbeiten in Deutschland; an fast jedem Wochenende sieht man sich.\n"
    )
    topics = begruendung_topics(text)
    assert "integration" not in topics
    assert "Cousins" in topics["familie"]  # the ties are the cousins, not the company on the journey


def test_life_story_in_other_words_and_a_paragraph_break_ends_a_sentence():
    told = (
        "Sehr geehrte Damen und Herren,\n\nIch komme aus Albanien. Am 24.12.2018 bin ich über Belarus und Polen "
        "hierhergekommen.\n"
    )
    assert "lebensgeschichte" in begruendung_topics(told)
    # a persons table without a full stop runs into the life story below it; the blank line ends it
    table = (
        "Sehr geehrte Damen und Herren,\nwir bitten um Befassung.\n\n"
        "FAMILIENNAME / Vorname / geb. / Geburtsort / StA\n(1) MENSAH / Kwame / 1.10.1981 / Takoradi / ghanaisch\n\n"
        "Vorgeschichte; Die Kindheit habe ich in Takoradi verbracht, Nach\nDeutschland kam ich am 25.4.2013, "
        "gemeinsam mit meiner Familie.\n"
    )
    assert "lebensgeschichte" in begruendung_topics(table)


def test_work_before_the_flight_and_a_page_footer_under_a_heading():
    text = (
        "Sehr geehrte Damen und Herren,\nwir bitten um Befassung.\n\n"
        "1. Herkunft\nFrau Rahimi stammt aus Afghanistan. Die Schule verließ sie früh, um Geld für die Familie "
        "zu verdienen.\n\n"
        "3. Lage im Fall einer Rückkehr\n\n- 1/2 -\n\n27.10.2025 14:14 FAX +49 987 446319 Caritasverband S. 2/8\n\n"
        "Sie hat in Afghanistan keine Wohnung, keine Arbeit und niemanden, der ihr hilft; ihr Leben findet seit "
        "Jahren hier statt.\n\nMit freundlichen Grüßen\n"
    )
    topics = begruendung_topics(text)
    assert "integration" not in topics
    assert topics["humanitaere_gruende"].startswith("Sie hat in Afghanistan keine Wohnung")
