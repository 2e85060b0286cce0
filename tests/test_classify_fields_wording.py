"""Begründung sections and checklist triggers on wording the templates never used (session 4)."""

from __future__ import annotations

import datetime

from hfk.checklist.rules import evaluate
from hfk.classify.case import collect_facts, text_facts
from hfk.classify.fields import (
    authority,
    begruendung_topics,
    find_triggers,
    reasoning_sections,
    representative,
)
from hfk.classify.model import Document

HEAD = "Sehr geehrte Damen und Herren,\n\n"


def _kinds(text: str) -> set[str]:
    return {kind for kind, _ in find_triggers(text)}


# ---------------------------------------------------------------- structure of the reasoning


LAWYER_BRIEF = (
    HEAD + "namens unseres Mandanten führen wir zur Begründung aus:\n\n"
    "1. Zur Person\n\nUnser Mandant kam 1994 in Prizren zur Welt und besuchte dort die Grundschule.\n\n"
    "2. Aufenthaltsrechtliche Lage\n\nDer Asylantrag wurde abgelehnt; seit 2018 erhält er Duldungen.\n\n"
    "3. Bindungen\n\n{familie}\n\n"
    "4. Verwurzelung\n\nSeit 2019 ist er als Lagerist fest angestellt und hat das Zertifikat Deutsch B1.\n\n"
    "5. Rückkehr unzumutbar\n\nMüsste er ausreisen, würde sein Sohn vom Vater getrennt.\n\n"
    "Mit freundlichen Grüßen\nRechtsanwältin Weber"
)


def test_headings_in_other_words_open_sections_of_their_topic() -> None:
    text = LAWYER_BRIEF.format(familie="In Wuppertal leben seine Partnerin und der gemeinsame Sohn.")
    topics = {s.topic for s in reasoning_sections(text)}
    assert {
        "lebensgeschichte",
        "aufenthaltssituation",
        "familie",
        "integration",
        "humanitaere_gruende",
    } <= topics
    assert set(begruendung_topics(text)) == {
        "lebensgeschichte",
        "aufenthaltssituation",
        "familie",
        "integration",
        "humanitaere_gruende",
    }


def test_a_heading_kept_above_nothing_does_not_borrow_its_topic_from_other_sections() -> None:
    # "Sohn", "Vater" stand in the Rückkehr section; with an empty "Bindungen" section they do not
    # stand in for the family ties
    empty = begruendung_topics(LAWYER_BRIEF.format(familie=""))
    assert "familie" not in empty and len(empty) == 4
    pointer = begruendung_topics(LAWYER_BRIEF.format(familie="Hierzu verweisen wir auf die Anlagen."))
    assert "familie" not in pointer
    # without the heading structure the same words count again (no section claims them)
    flat = HEAD + "Müsste er ausreisen, würde sein Sohn vom Vater getrennt."
    assert "familie" in begruendung_topics(flat)


def test_inline_label_heading_and_bare_claims() -> None:
    text = HEAD + "Integration: Herr Rahimi ist integriert.\nFamilie: Er lebt mit seiner Verlobten zusammen."
    found = begruendung_topics(text)
    assert "integration" not in found  # a claim in four words is no account
    assert "familie" in found and "Verlobten" in found["familie"]
    assert "integration" not in begruendung_topics(HEAD + "Auf die Integration wird gesondert eingegangen.")


def test_family_is_not_read_from_whose_illness_it_is() -> None:
    text = HEAD + "Der Sohn Amir leidet an Epilepsie und ist in fachärztlicher Behandlung."
    assert "familie" not in begruendung_topics(text)
    assert "familie" in begruendung_topics(HEAD + "Der Sohn Amir lebt mit der Mutter in Bonn.")


# Written after a first round of tuning and measured before the second (13 of 25 were found then).
PARAPHRASES = {
    "lebensgeschichte": [
        "Als Jugendlicher musste er im Steinbruch seines Onkels arbeiten.",
        "Im Alter von zwölf Jahren verlor sie beide Eltern im Krieg.",
        "Die Einreise nach Deutschland erfolgte im Oktober 2015.",
        "Herr Osmani verbrachte seine Kindheit in einem Dorf bei Peja.",
    ],
    "aufenthaltssituation": [
        "Zurzeit verfügt er nur über eine Bescheinigung über die Aussetzung der Abschiebung.",
        "Der Schutzantrag blieb ohne Erfolg.",
    ],
    "familie": ["Herr Osmani ist Vater von drei Kindern.", "Ihre beiden Söhne wohnen mit ihr zusammen."],
    "integration": [
        "Er verdient als Koch genug, um die Familie zu ernähren.",
        "Mit seinem Einkommen kommt er ohne Hilfe vom Amt aus.",
        "Die Kinder sind in der Schule sehr beliebt.",
    ],
    "humanitaere_gruende": [
        "Eine Abschiebung würde die Kinder aus ihrem gewohnten Umfeld reißen.",
        "Die medizinische Versorgung, die sie braucht, gibt es in Guinea nicht.",
        "Sie fürchtet, in Afghanistan zwangsverheiratet zu werden.",
        "Wenn wir zurück müssen, haben wir nichts.",
    ],
}


def test_topics_in_plain_words() -> None:
    for topic, sentences in PARAPHRASES.items():
        for sentence in sentences:
            assert topic in begruendung_topics(HEAD + sentence), (topic, sentence)
    for pointer in ("Zur Familie", "Integration: siehe oben.", "Der Lebenslauf ist beigefügt."):
        assert begruendung_topics(HEAD + pointer) == {}, pointer


# ---------------------------------------------------------------- illness


def test_illness_in_other_words_and_not_of_the_applicants() -> None:
    for sentence in (
        "Sie hatte im letzten Jahr einen Herzinfarkt und ist seitdem in kardiologischer Behandlung.",
        "Unsere Klientin ist wegen einer Angststörung in psychotherapeutischer Behandlung.",
        "Er ist HIV-positiv und auf eine dauerhafte Therapie angewiesen.",
        "I suffer from autism and need treatment by a doctor.",
    ):
        assert "illness" in _kinds(sentence), sentence
    for sentence in (
        "Der Arbeitgeber bescheinigt, dass er in drei Jahren nur zwei Tage krank gemeldet war.",
        "Die Großmutter im Herkunftsland ist schwer krank, niemand kümmert sich um sie.",
        "Er arbeitet in einer Werkstatt für Menschen mit Behinderung.",
        "Gesundheitliche Einschränkungen bestehen nicht.",
    ):
        assert "illness" not in _kinds(sentence), sentence


# ---------------------------------------------------------------- who writes


def _letter(head: str, body: str, signature: str) -> str:
    return (
        f"{head}\n\nAn die Härtefallkommission\nVölklinger Straße 4\n40219 Düsseldorf\n\n"
        f"{HEAD}{body}\n\nMit freundlichen Grüßen\n\n{signature}"
    )


def test_representative_from_letterhead_signature_and_wording() -> None:
    church = _letter(
        "Katholische Kirchengemeinde St. Marien\nKirchplatz 2\n48143 Münster",
        "als Gemeinde begleiten wir Familie Ahmadi seit 2017 und stellen für sie diesen Antrag.",
        "Pfarrer Michael Kuhn",
    )
    friend = _letter(
        "Peter Schulte\nAmselweg 9\n33602 Bielefeld",
        "als Freund von Herrn Tesfay schreibe ich in seinem Namen.",
        "Peter Schulte",
    )
    attorney = _letter(
        "Dr. Klaus Berger\nHauptstr. 5\n52062 Aachen",
        "als Verfahrensbevollmächtigte von Herrn Bah stelle ich den folgenden Antrag.",
        "Dr. Klaus Berger",
    )
    for text in (church, friend, attorney):
        assert representative(text) is not None, text[:40]
    assert representative(church).kind == "beratungsstelle"


def test_applicant_mentioning_a_lawyer_in_passing_writes_for_himself() -> None:
    for body in (
        "ich beantrage für mich die Befassung. Meine frühere Rechtsanwältin hat die Klage 2019 verloren.",
        "ich bitte Sie um Hilfe. Ich kann mir keinen Rechtsanwalt leisten, deshalb schreibe ich selbst.",
        "ich stelle den Antrag selbst. Im Asylverfahren wurde ich von Rechtsanwalt Dr. Behrens vertreten.",
    ):
        text = _letter("Bashir Noori\nGartenstr. 4\n41061 Mönchengladbach", body, "Bashir Noori")
        assert representative(text) is None, body


# ---------------------------------------------------------------- court, authority, running asylum procedure


def test_court_named_by_its_short_name_or_a_remedy() -> None:
    assert "court" in _kinds("Mit Beschluss vom 04.05.2022 lehnte das VG Köln den Antrag ab.")
    assert "court" in _kinds("Gegen die Ordnungsverfügung ist ein Verfahren beim VG Minden anhängig.")
    assert "court" in _kinds("Er hat Rechtsmittel eingelegt; eine Entscheidung steht aus.")
    assert "court" not in _kinds("Er hat keine Klage erhoben, weil er keinen Anwalt hatte.")
    assert "court" in _kinds("Das Verfahren 7 K 1234/23.A ist noch nicht entschieden.")


def test_a_reference_number_alone_is_no_court_procedure() -> None:
    # "Az." heads the references of authorities, law firms and doctors alike
    assert "court" not in _kinds("Unser Az.: 45/25 – bitte bei Antwort angeben.")
    assert "court" not in _kinds(
        "Ausländerbehörde der Stadt Bochum, Az. 32.1-4711, Duldung verlängert bis 30.06.2025."
    )


def test_authority_in_a_form_field_and_a_two_word_kreis() -> None:
    kassel = authority("Ausländerbehörde: Kassel")
    assert kassel is not None and kassel.outside_nrw is True
    maerkisch = authority("Ausländeramt Märkischer Kreis")
    assert maerkisch is not None and maerkisch.outside_nrw is False
    assert authority("Ausländerbehörde: Aktenzeichen 123") is None


def test_running_asylum_procedure_in_other_words() -> None:
    for sentence in (
        "Ihr Asylantrag ist beim BAMF noch anhängig.",
        "Eine Entscheidung des Bundesamtes über den Asylantrag steht noch aus.",
        "Sein Asylantrag vom März 2024 ist bislang unbeschieden.",
        "Sie hat einen Folgeantrag gestellt, über den noch nicht entschieden wurde.",
        "Er wartet seit zwei Jahren auf die Entscheidung über seinen Asylantrag.",
    ):
        assert "aufenthaltsgestattung" in _kinds(sentence), sentence
    for sentence in (
        "Das Asylverfahren ist seit 2019 rechtskräftig abgeschlossen.",
        "Die Aufenthaltsgestattung ist mit der Ablehnung erloschen.",
        "Der Asylantrag wurde 2018 abgelehnt; seitdem ist er geduldet.",
    ):
        assert "aufenthaltsgestattung" not in _kinds(sentence), sentence


# ---------------------------------------------------------------- through the checklist


def _antrag(text: str) -> Document:
    return Document(
        file="antrag.pdf",
        pages=[1],
        type="antrag",
        confidence=0.9,
        text_source="text",
        evidence=[],
        **text_facts([text]),
    )


def test_checklist_status_follows_sections_and_sender() -> None:
    received = datetime.date(2025, 3, 14)
    own = _letter(
        "Bashir Noori\nGartenstr. 4\n41061 Mönchengladbach",
        "ich beantrage die Befassung für mich selbst.\n\n"
        "Meine Geschichte\n\nIch kam 1994 in Prizren zur Welt und besuchte dort die Grundschule.\n\n"
        "Mein Aufenthalt\n\nMein Asylantrag wurde abgelehnt. Meine frühere Rechtsanwältin hat die Klage verloren.\n\n"
        "Meine Familie\n\n"
        "Meine Arbeit\n\nSeit 2019 arbeite ich als Lagerist und habe das Zertifikat Deutsch B1.\n\n"
        "Warum ich nicht zurück kann\n\nMüsste ich ausreisen, würde mein Sohn vom Vater getrennt.",
        "Bashir Noori",
    )
    findings = evaluate(collect_facts([_antrag(own)]), received)
    status = {item.id: item.status for item in findings.checklist}
    assert status["begruendung"] == "incomplete"
    begruendung = next(item for item in findings.checklist if item.id == "begruendung")
    assert "familiäre Bindungen" in begruendung.detail
    assert status["vollmacht"] == "not_required"
    assert status["gerichtsentscheidung"] == "optional_missing"  # "die Klage verloren"


def test_a_form_answers_topics_by_its_labels() -> None:
    form = (
        HEAD + "Einreise: 12.05.2015\nAufenthaltsstatus: Duldung seit 2018\n"
        "Familie in Deutschland: Bruder Ali in Köln\nArbeit: Koch bei Firma Yilmaz seit 2019\n"
        "Gründe gegen eine Rückkehr: keine Wohnung und keine Familie mehr im Irak\n"
    )
    assert len(begruendung_topics(form)) == 5
    unanswered = begruendung_topics(form.replace("Bruder Ali in Köln", "siehe Anlage"))
    assert "familie" not in unanswered and len(unanswered) == 4
    # the labels of the list of persons are no reasoning
    persons = HEAD + "Name: Karimi\nGeburtsort: Kabul\nStaatsangehörigkeit: afghanisch\n"
    assert begruendung_topics(persons) == {}


def test_list_of_persons_does_not_swallow_the_first_sentence_below_it() -> None:
    text = (
        HEAD + "1. Jafari, Maryam, geb. am 08.10.1993, in Teheran, Staatsangehörigkeit: iranisch\n"
        "wohnhaft: Bergstraße 13, 57072 Siegen\n"
        "Frau Jafari wurde in Theeran (Iran) geboren, wo sie die Schule besuchte.\n"
    )
    assert "geboren" in begruendung_topics(text)["lebensgeschichte"]


def test_authority_by_short_form_table_cell_and_the_place_that_tolerates() -> None:
    for text, outside in (
        ("Ausländerbehörde | Kassel", True),
        ("zuständige ABH: Stadt Kassel", True),
        ("Stadtverwaltung Erfurt, Ausländerbehörde", True),
        ("Freie Hansestadt Bremen – Migrationsamt", True),
        ("Er wird von der Stadt Kassel geduldet.", True),
        ("Ausländerbehörde Region Hannover", True),
        ("Die ABH Bochum hat die Duldung verlängert.", False),
        ("Zuständig ist der Hochsauerlandkreis.", False),
    ):
        found = authority(text)
        assert found is not None and found.outside_nrw is outside, (text, found)


def test_a_sentence_under_its_heading_counts_in_words_no_list_knows() -> None:
    text = (
        HEAD + "Bindungen\n\nHerr Demir hat hier niemanden, der ihm in dieser Lage beistehen könnte.\n\n"
        "Angaben zur Person\n\nName: Demir\n"
    )
    assert "familie" in begruendung_topics(text)
    # a heading above another topic's text still does not count
    other = HEAD + "Bindungen\n\nEr ist mit einem Visum zum Zweck der Beschäftigung eingereist.\n"
    assert "familie" not in begruendung_topics(other)


def test_removal_date_named_first_and_training_duldung_named_last() -> None:
    for sentence in (
        "Am 12.07.2025 soll er abgeschoben werden.",
        "Ihm wurde mitgeteilt, dass er am 12.07.2025 abgeschoben wird.",
        "Für den 15.07.2025 ist ein Sammelcharter nach Belgrad gebucht.",
        "Der Abschiebeflug nach Tiflis geht am 03.08.2025.",
    ):
        assert "rueckfuehrungstermin" in _kinds(sentence), sentence
    for sentence in (
        "Am 12.03.2019 wurde er nach Albanien abgeschoben.",
        "Die Abschiebung wird am 12.07.2025 angedroht.",
    ):
        assert "rueckfuehrungstermin" not in _kinds(sentence), sentence
    training = "Für die Dauer der Ausbildung zum Pflegefachmann kann ihm eine Duldung erteilt werden."
    assert "ausbildungs_beschaeftigungsduldung" in _kinds(training)


def test_topics_in_other_words_session_9() -> None:
    """A hand-written battery of 29 Begründung sentences (four were missed before session 9)."""
    cases = {
        "Sollte die Familie ausreisen müssen, stünde sie in Pristina vor dem Nichts.": "humanitaere_gruende",
        "My children have never seen Nigeria and do not speak the language.": "humanitaere_gruende",
        "I have been working as a cleaner since 2018 and pay my taxes.": "integration",
        "I left Nigeria in 2013 after my shop was burnt down.": "lebensgeschichte",
    }
    for sentence, topic in cases.items():
        assert topic in begruendung_topics("Begründung\n\n" + sentence + "\n"), sentence
    # a polite English phrase with "would be" asks nothing about a return
    assert "humanitaere_gruende" not in begruendung_topics(
        "Begründung\n\nWe would be very grateful for your support and thank you for your time.\n"
    )
