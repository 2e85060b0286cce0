"""Every status of every checklist path carries its evidence; the rules file steers the outcome."""

from __future__ import annotations

import datetime
import re
import tomllib
from pathlib import Path

import pytest

from hfk.checklist.model import CHECKLIST_IDS, HINT_IDS
from hfk.checklist.rules import DEFAULT_RULES, evaluate, load_rules
from hfk.classify.model import BEGRUENDUNG_TOPICS, CaseFacts, Document, Person, Representative, Trigger

RECEIVED = datetime.date(2025, 3, 14)
DOMAIN = Path("/work/shared/DOMAIN.md")


def doc(doc_type: str, file: str = "scan.pdf", pages=(1,), date: str | None = None, **kw) -> Document:
    return Document(file, list(pages), doc_type, 0.9, date, "text", [], **kw)


def case(documents=None, persons=None, triggers=None, **kw) -> CaseFacts:
    if documents is None:
        documents = [
            doc("antrag", "antrag.pdf", (1, 2, 3), "2025-03-01"),
            doc("datenschutzeinwilligung", "formulare.pdf", (1,)),
            doc("lebenslauf", "formulare.pdf", (2,)),
        ]
    adult = Person("Beispiel", "Amira", "1985-06-01", "Damaskus", "syrisch", "Musterweg 1, 44135 Dortmund")
    return CaseFacts(
        documents=documents,
        persons=[adult] if persons is None else persons,
        triggers=triggers or [],
        begruendung_topics=kw.pop("topics", {t: f"Beleg für {t}." for t in BEGRUENDUNG_TOPICS}),
        application_language="de",
        **kw,
    )


def item(facts: CaseFacts, item_id: str, rules: str | None = None):
    return next(i for i in evaluate(facts, RECEIVED, rules).checklist if i.id == item_id)


# ---------------------------------------------------------------- one test per status path


def test_required_missing_names_the_rule_source():
    it = item(case(documents=[doc("antrag", "antrag.pdf")]), "lebenslauf")
    assert it.status == "missing"
    assert it.detail == (
        "Nicht gefunden: kein Dokument der Art „Lebenslauf“ erkannt. Immer erforderlich (Seed 000, 003)."
    )
    assert it.reason == "tabellarischer Lebenslauf von Geburt an"


def test_required_ok_names_document_file_and_pages():
    it = item(case(), "lebenslauf")
    assert it.status == "ok"
    assert it.detail.startswith("Vorhanden: Dokument 3 (formulare.pdf, Seite 2).")
    assert it.documents == [2]


def test_conditional_missing_quotes_the_triggering_sentence():
    facts = case(triggers=[Trigger("criminal", "Gegen ihn erging 2021 ein Strafbefehl.", 0, 3)])
    it = item(facts, "strafrecht")
    assert it.status == "missing"
    assert 'Erforderlich, weil: Seite 3 (antrag.pdf): "Gegen ihn erging 2021 ein Strafbefehl."' in it.detail


def test_conditional_ok_shows_document_and_trigger():
    facts = case(triggers=[Trigger("criminal", "Gegen ihn erging 2021 ein Strafbefehl.", 0, 3)])
    facts.documents.append(doc("strafrecht", "strafbefehl.pdf", (1, 2)))
    it = item(facts, "strafrecht")
    assert it.status == "ok"
    assert "Vorhanden: Dokument 4 (strafbefehl.pdf, Seiten 1–2)." in it.detail
    assert "Erforderlich, weil: Seite 3 (antrag.pdf)" in it.detail


def test_not_required_says_which_cause_was_looked_for():
    it = item(case(), "aerztliches_gutachten")
    assert it.status == "not_required"
    assert it.detail == "Nicht erforderlich: kein Anlass erkannt (Erkrankung)."


def test_not_required_but_present_lists_the_document():
    facts = case()
    facts.documents.append(doc("schulnachweis", "zeugnis.pdf"))
    it = item(facts, "schulnachweis")
    assert it.status == "not_required"
    assert "Kind oder Jugendliche(r) im Alter von 3 bis 17 Jahren" in it.detail
    assert "Vorhanden sind dennoch: Dokument 4 (zeugnis.pdf, Seite 1)." in it.detail


def test_outdated_report_states_both_dates_as_in_the_issue():
    facts = case(triggers=[Trigger("illness", "Sie leidet an einer Depression.", 0, 2)])
    facts.documents.append(doc("aerztliches_gutachten", "attest.pdf", date="2024-10-02"))
    it = item(facts, "aerztliches_gutachten")
    assert it.status == "outdated"
    assert (
        "Attest vom 02.10.2024, Eingang 14.03.2025: älter als drei Monate (Stichtag 14.12.2024)." in it.detail
    )
    assert 'Erforderlich, weil: Seite 2 (antrag.pdf): "Sie leidet an einer Depression."' in it.detail
    assert "02.10.2024" in it.reason and "älter als drei Monate" in it.reason


def test_current_report_ok_says_why():
    facts = case(triggers=[Trigger("illness", "Sie leidet an einer Depression.", 0, 2)])
    facts.documents.append(doc("aerztliches_gutachten", "attest.pdf", date="2025-02-20"))
    it = item(facts, "aerztliches_gutachten")
    assert it.status == "ok"
    assert "Attest vom 20.02.2025, Eingang 14.03.2025: nicht älter als drei Monate." in it.detail


def test_report_dated_after_receipt_is_flagged():
    facts = case(triggers=[Trigger("illness", "Sie leidet an einer Depression.", 0, 2)])
    facts.documents.append(doc("aerztliches_gutachten", "attest.pdf", date="2025-04-01"))
    it = item(facts, "aerztliches_gutachten")
    assert it.status == "ok"
    assert "liegt nach dem Eingang – bitte Datum prüfen" in it.detail


def test_undated_report_ok_but_asks_to_check():
    facts = case(triggers=[Trigger("illness", "Sie leidet an einer Depression.", 0, 2)])
    facts.documents.append(doc("aerztliches_gutachten", "attest.pdf"))
    it = item(facts, "aerztliches_gutachten")
    assert it.status == "ok"
    assert "Ausstellungsdatum nicht erkannt (Dokument 4)" in it.detail


@pytest.mark.parametrize(
    "numbering, status, evidence",
    [
        ([(1, 3), (3, 3)], "incomplete", "Unvollständig: Seite 2 von 3 fehlt."),
        ([(1, 3), (2, 3), (3, 3)], "ok", "Seitenzählung vollständig (3 von 3)."),
        ([], "ok", "Keine Seitenzählung erkannt; Vollständigkeit bitte bei Bedarf prüfen."),
    ],
)
def test_bamf_paths_carry_evidence(numbering, status, evidence):
    facts = case(triggers=[Trigger("asylum", "Mein Asylantrag wurde abgelehnt.", 0, 2)])
    facts.documents.append(doc("bamf_bescheid", "bescheid.pdf", (1, 2), page_numbering=numbering))
    it = item(facts, "bamf_bescheid")
    assert it.status == status
    assert "Vorhanden: Dokument 4 (bescheid.pdf, Seiten 1–2)." in it.detail
    assert evidence in it.detail
    assert 'Seite 2 (antrag.pdf): "Mein Asylantrag wurde abgelehnt."' in it.detail


def test_optional_missing_is_recommended_not_blocking():
    it = item(case(), "sprachnachweis")
    assert it.status == "optional_missing"
    assert "Sofern vorhanden empfohlen, nicht blockierend." in it.detail
    assert it.reason == ""


def test_recommended_court_decision_is_not_called_required():
    facts = case(triggers=[Trigger("court", "Die Klage wies das Verwaltungsgericht ab.", 0, 4)])
    it = item(facts, "gerichtsentscheidung")
    assert it.status == "optional_missing"
    assert 'Empfohlen, weil: Seite 4 (antrag.pdf): "Die Klage wies das Verwaltungsgericht ab."' in it.detail
    assert "Erforderlich" not in it.detail


def test_representation_and_children_evidence():
    facts = case(
        persons=[
            Person("Beispiel", "Amira", "1985-06-01", "Damaskus", "syrisch", "Musterweg 1, 44135 Dortmund"),
            Person("Beispiel", "Lina", "2016-02-01", "Bochum", "syrisch", "Musterweg 1, 44135 Dortmund"),
        ],
        representative=Representative("Beratungsstelle Beispiel", "beratungsstelle", "", "in Vertretung für"),
    )
    vollmacht = item(facts, "vollmacht")
    assert vollmacht.status == "missing"
    assert 'Vertretung erkannt: Beratungsstelle Beispiel ("in Vertretung für")' in vollmacht.detail
    school = item(facts, "schulnachweis")
    assert school.status == "missing"
    assert "Lina Beispiel (geb. 01.02.2016) ist am Eingangstag 9 Jahre alt" in school.detail


def test_personalien_and_begruendung_paths():
    facts = case(persons=[])
    assert item(facts, "personalien").detail.startswith("Keine Personen mit Personalien im Antrag gefunden.")
    facts = case(topics={"lebensgeschichte": "Wir kamen 2015 nach Deutschland."})
    it = item(facts, "begruendung")
    assert it.status == "incomplete"
    assert "Nicht erkennbar dargelegt: aktuelle Lebenssituation" in it.detail
    assert 'Dargelegt: Lebensgeschichte und Einreisedatum: "Wir kamen 2015 nach Deutschland."' in it.detail
    assert "Quelle: Dokument 1 (antrag.pdf, Seiten 1–3)." in it.detail


def test_every_status_of_a_mixed_case_has_evidence():
    """Whatever the status, the detail says why, and every referenced document is named in it."""
    facts = case(
        triggers=[
            Trigger("illness", "Sie leidet an einer Depression.", 0, 2),
            Trigger("asylum", "Mein Asylantrag wurde abgelehnt.", 0, 2),
            Trigger("court", "Das Verwaltungsgericht wies die Klage ab.", 0, 3),
        ],
        representative=Representative("Kanzlei Beispiel", "anwalt", "Allee 5, 40210 Düsseldorf"),
    )
    facts.documents += [
        doc("aerztliches_gutachten", "attest.pdf", date="2024-01-01"),
        doc("bamf_bescheid", "bescheid.pdf", (1,), page_numbering=[(1, 2)]),
        doc("sprachnachweis", "telc.pdf"),
    ]
    findings = evaluate(facts, RECEIVED)
    statuses = {i.status for i in findings.checklist}
    assert statuses >= {"ok", "missing", "outdated", "incomplete", "not_required", "optional_missing"}
    for it in findings.checklist:
        assert len(it.detail) > 25, it.id
        for index in it.documents:
            assert f"Dokument {index + 1}" in it.detail, it.id
        if it.status in ("missing", "outdated", "incomplete"):
            assert it.reason, it.id  # what the letter asks for
        if it.status == "ok":
            assert "Vorhanden" in it.detail or "Alle" in it.detail, it.id


# ---------------------------------------------------------------- the rules file


def test_every_domain_id_and_hint_is_in_the_rules_with_a_seed_source():
    rules = load_rules()
    domain = DOMAIN.read_text(encoding="utf-8") if DOMAIN.exists() else ""
    for item_id in CHECKLIST_IDS:
        rule = rules.items[item_id]
        assert rule.label and rule.request, item_id
        assert re.search(r"Seed 00\d", rule.source), f"{item_id}: Quelle ohne Seed: {rule.source!r}"
        if domain:
            assert f"`{item_id}`" in domain, item_id
    for hint in rules.hints:
        assert hint.text and hint.label, hint.id
        assert re.search(r"Seed 00\d|HFKVO", hint.source), f"{hint.id}: Quelle fehlt"
    assert [h.id for h in rules.hints] == list(HINT_IDS)
    if domain:
        for hint_id in HINT_IDS:
            assert f"`{hint_id}`" in domain, hint_id


def _write_rules(tmp_path: Path, old: str, new: str) -> str:
    text = DEFAULT_RULES.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "regeln.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    tomllib.loads(path.read_text(encoding="utf-8"))  # still valid TOML
    return str(path)


def test_office_changes_the_age_limit_of_medical_reports(tmp_path: Path):
    facts = case(triggers=[Trigger("illness", "Sie leidet an einer Depression.", 0, 2)])
    facts.documents.append(doc("aerztliches_gutachten", "attest.pdf", date="2024-10-02"))
    assert item(facts, "aerztliches_gutachten").status == "outdated"
    rules = _write_rules(tmp_path, "max_age_months = 3", "max_age_months = 6")
    it = item(facts, "aerztliches_gutachten", rules)
    assert it.status == "ok"
    assert "nicht älter als sechs Monate" in it.detail


def test_office_changes_the_children_age_range(tmp_path: Path):
    teen = Person("Beispiel", "Omar", "2008-01-10", "Aleppo", "syrisch", "Musterweg 1, 44135 Dortmund")
    facts = case(persons=[teen])
    assert item(facts, "schulnachweis").status == "missing"  # 17 on the date of receipt
    rules = _write_rules(tmp_path, "child_age_max = 17", "child_age_max = 15")
    assert item(facts, "schulnachweis", rules).status == "not_required"


def test_office_makes_a_court_decision_blocking(tmp_path: Path):
    facts = case(triggers=[Trigger("court", "Das Verwaltungsgericht wies die Klage ab.", 0, 3)])
    assert item(facts, "gerichtsentscheidung").status == "optional_missing"
    rules = _write_rules(
        tmp_path,
        'id = "gerichtsentscheidung"\nlabel = "Gerichtsentscheidungen"\nsource = "Seed 000, 003 (ggf. gerichtliche Entscheidungen)"\nkind = "required_if_any"',
        'id = "gerichtsentscheidung"\nlabel = "Gerichtsentscheidungen"\nsource = "Seed 000, 003 (ggf. gerichtliche Entscheidungen)"\nkind = "required_if"',
    )
    changed = evaluate(facts, RECEIVED, rules)
    court = next(i for i in changed.checklist if i.id == "gerichtsentscheidung")
    assert court.status == "missing" and "Erforderlich, weil" in court.detail
    assert changed.complete is False


def test_office_changes_a_hint_text(tmp_path: Path):
    facts = case(triggers=[Trigger("rueckfuehrungstermin", "Abschiebung am 02.04.2025.", 0, 5)])
    rules = _write_rules(
        tmp_path,
        'text = "Ein bereits feststehender Termin',
        'text = "EILT: Ein bereits feststehender Termin',
    )
    hint = next(h for h in evaluate(facts, RECEIVED, rules).hints if h.id == "rueckfuehrungstermin")
    assert hint.text.startswith("EILT:") and hint.label == "Rückführungstermin steht fest"
    assert 'Seite 5 (antrag.pdf): "Abschiebung am 02.04.2025."' in hint.detail
