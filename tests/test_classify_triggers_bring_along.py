"""A paper the reader is asked to bring along is no fact of the case (session 13): an invitation to the
BAMF hearing lists "Ihre Aufenthaltsgestattung" among the things to bring, also in a list whose items
stand on lines of their own. A Gestattung the applicant holds still counts, also as a list item under
another lead line."""

from hfk.classify.fields import find_triggers

GESTATTUNG = "aufenthaltsgestattung"


def kinds(text: str) -> set[str]:
    return {kind for kind, _ in find_triggers(text, {GESTATTUNG})}


def test_paper_to_bring_in_a_list_below_its_lead_line():
    text = (
        "Sehr geehrte Frau Rahimi, für Ihr Asylverfahren ist eine persönliche Anhörung vorgesehen.\n\n"
        "Bringen Sie bitte mit:\n"
        "– Ihren Reisepass, soweit vorhanden,\n"
        "– diese Einladung und Ihre Aufenthaltsgestattung,\n"
        "– Unterlagen, die Ihre Angaben belegen.\n"
    )
    assert kinds(text) == set()


def test_paper_to_bring_in_one_sentence():
    assert kinds("Bitte bringen Sie zum Termin mit: Ihre Aufenthaltsgestattung und den Pass.") == set()
    assert kinds("Please bring: your Aufenthaltsgestattung and this letter.") == set()


def test_a_gestattung_held_still_counts():
    assert kinds("Er besitzt eine Aufenthaltsgestattung. Bitte bringen Sie mit: den Pass.") == {GESTATTUNG}
    assert kinds("Zum aufenthaltsrechtlichen Status:\n- Aufenthaltsgestattung bis 03/2027\n") == {GESTATTUNG}


def test_papers_to_bring_under_a_lead_line_with_a_verb():
    """blind13: "Zum Termin mitzubringen sind:" (the colon two words after the cue)."""
    text = (
        "zu Ihrem Asylantrag werden Sie am 01.09.2014 persönlich angehört.\n\n"
        "Zum Termin mitzubringen sind:\n"
        "– diese Einladung, dazu Ihre Aufenthaltsgestattung oder den Ankunftsnachweis\n"
        "– alle Dokumente und Beweismittel, die Ihr Vorbringen stützen\n"
    )
    assert kinds(text) == set()
