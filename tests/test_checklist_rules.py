"""The checklist rules and hints of checklist/rules.toml, evaluated on hand-built case facts."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from hfk.checklist.model import CHECKLIST_IDS, HINT_IDS
from hfk.checklist.rules import DEFAULT_RULES, RulesError, evaluate, load_rules, page_ranges, subtract_months
from hfk.classify.model import BEGRUENDUNG_TOPICS, CaseFacts, Document, Person, Representative, Trigger

RECEIVED = datetime.date(2025, 3, 14)


def doc(doc_type: str, file: str = "scan.pdf", pages=(1,), date: str | None = None, **kw) -> Document:
    return Document(
        file=file,
        pages=list(pages),
        type=doc_type,
        confidence=kw.pop("confidence", 0.9),
        date=date,
        text_source=kw.pop("text_source", "text"),
        evidence=[],
        **kw,
    )


def adult(**kw) -> Person:
    values = dict(
        name="Beispiel",
        vorname="Amira",
        geburtsdatum="1985-06-01",
        geburtsort="Damaskus",
        staatsangehoerigkeit="syrisch",
        adresse="Musterweg 1, 44135 Dortmund",
    )
    values.update(kw)
    return Person(**values)


def all_topics() -> dict[str, str]:
    return {t: f"Beleg für {t}." for t in BEGRUENDUNG_TOPICS}


def complete_case(**kw) -> CaseFacts:
    docs = kw.pop(
        "documents",
        [
            doc("antrag", "antrag.pdf", (1, 2, 3), "2025-03-01"),
            doc("datenschutzeinwilligung", "formulare.pdf", (1,)),
            doc("lebenslauf", "formulare.pdf", (2,)),
        ],
    )
    values = dict(persons=[adult()], begruendung_topics=all_topics(), application_language="de")
    values.update(kw)
    return CaseFacts(documents=docs, **values)


def status(findings, item_id: str) -> str:
    return item(findings, item_id).status


def item(findings, item_id: str):
    return next(i for i in findings.checklist if i.id == item_id)


def hint_ids(findings) -> list[str]:
    return [h.id for h in findings.hints]


# ---------------------------------------------------------------- structure


def test_every_checklist_id_in_order_with_label_and_detail():
    findings = evaluate(CaseFacts(documents=[]), RECEIVED)
    assert [i.id for i in findings.checklist] == list(CHECKLIST_IDS)
    assert all(i.label and i.detail for i in findings.checklist)
    assert findings.received == "2025-03-14"


def test_complete_minimal_case():
    findings = evaluate(complete_case(), RECEIVED)
    assert findings.complete, [(i.id, i.status) for i in findings.checklist]
    assert status(findings, "antrag") == "ok"
    assert item(findings, "antrag").documents == [0]
    assert "Dokument 1 (antrag.pdf, Seiten 1–3)" in item(findings, "antrag").detail
    for optional in (
        "sprachnachweis",
        "arbeitsnachweis",
        "ehrenamt",
        "unterstuetzerschreiben",
        "auslaenderbehoerde",
    ):
        assert status(findings, optional) == "optional_missing"
    for conditional in (
        "bamf_bescheid",
        "gerichtsentscheidung",
        "vollmacht",
        "aerztliches_gutachten",
        "schweigepflichtsentbindung",
        "schulnachweis",
        "strafrecht",
    ):
        assert status(findings, conditional) == "not_required"
    assert findings.hints == []


def test_empty_case_blocks_on_required_items():
    findings = evaluate(CaseFacts(documents=[]), RECEIVED)
    assert not findings.complete
    assert status(findings, "antrag") == "missing"
    assert status(findings, "personalien") == "missing"
    assert status(findings, "begruendung") == "incomplete"
    assert status(findings, "datenschutzeinwilligung") == "missing"
    assert status(findings, "lebenslauf") == "missing"
    assert item(findings, "lebenslauf").reason  # the letter has something to ask for


@pytest.mark.parametrize(
    "doc_type",
    ["sprachnachweis", "arbeitsnachweis", "ehrenamt", "unterstuetzerschreiben", "auslaenderbehoerde"],
)
def test_optional_items_ok_when_present(doc_type):
    case = complete_case()
    case.documents.append(doc(doc_type, "anlage.pdf", (1, 2)))
    findings = evaluate(case, RECEIVED)
    assert status(findings, doc_type) == "ok"
    assert item(findings, doc_type).documents == [3]
    assert "Dokument 4 (anlage.pdf, Seiten 1–2)" in item(findings, doc_type).detail


def test_needs_review_document_counts_but_is_flagged():
    case = complete_case()
    case.documents[2].needs_review = True
    findings = evaluate(case, RECEIVED)
    assert status(findings, "lebenslauf") == "ok"
    assert "(Prüfung empfohlen)" in item(findings, "lebenslauf").detail


# ---------------------------------------------------------------- personalien, begruendung


def test_personalien_incomplete_names_person_and_fields():
    case = complete_case(
        persons=[adult(), adult(vorname="Samir", geburtsort="", adresse=""), Person(vorname="")]
    )
    findings = evaluate(case, RECEIVED)
    it = item(findings, "personalien")
    assert it.status == "incomplete"
    assert "Samir Beispiel: Geburtsort, Adresse" in it.detail
    assert "Person 3: Name, Vorname, Geburtsdatum" in it.detail
    assert "Amira" not in it.detail.split("es fehlen")[1]


def test_personalien_missing_without_persons():
    findings = evaluate(complete_case(persons=[]), RECEIVED)
    assert status(findings, "personalien") == "missing"


def test_begruendung_incomplete_lists_missing_topics_in_german():
    topics = all_topics()
    del topics["integration"]
    del topics["familie"]
    findings = evaluate(complete_case(begruendung_topics=topics), RECEIVED)
    it = item(findings, "begruendung")
    assert it.status == "incomplete"
    assert "Integrationsleistungen" in it.detail
    assert "familiäre Bindungen" in it.detail
    assert "Lebensgeschichte" not in it.detail.split("Dargelegt:")[0]


# ---------------------------------------------------------------- BAMF


def test_bamf_not_required_without_asylum():
    assert status(evaluate(complete_case(), RECEIVED), "bamf_bescheid") == "not_required"


def test_bamf_missing_when_asylum_mentioned_with_trigger_sentence():
    case = complete_case(triggers=[Trigger("asylum", "Mein Asylantrag wurde 2019 abgelehnt.", 0, 2)])
    it = item(evaluate(case, RECEIVED), "bamf_bescheid")
    assert it.status == "missing"
    assert 'Seite 2 (antrag.pdf): "Mein Asylantrag wurde 2019 abgelehnt."' in it.detail


def test_bamf_page_gap_over_two_documents():
    case = complete_case(triggers=[Trigger("asylum", "Asylverfahren", 0, 1)])
    case.documents.append(doc("bamf_bescheid", "scan.pdf", (4, 5), page_numbering=[(1, 5), (2, 5)]))
    case.documents.append(doc("bamf_bescheid", "fax.tif", (1, 2), page_numbering=[(4, 5), (5, 5)]))
    findings = evaluate(case, RECEIVED)
    it = item(findings, "bamf_bescheid")
    assert it.status == "incomplete"
    assert "Seite 3 von 5 fehlt" in it.detail
    assert it.documents == [3, 4]
    assert not findings.complete


def test_bamf_several_pages_missing_plural():
    case = complete_case()
    case.documents.append(doc("bamf_bescheid", page_numbering=[(1, 6), (2, 6), (6, 6)]))
    it = item(evaluate(case, RECEIVED), "bamf_bescheid")
    assert it.status == "incomplete"
    assert "Seiten 3–5 von 6 fehlen" in it.detail


def test_bamf_complete_numbering_ok_and_evaluated_without_trigger():
    case = complete_case()
    case.documents.append(doc("bamf_bescheid", pages=(1, 2, 3), page_numbering=[(1, 3), (2, 3), (3, 3)]))
    it = item(evaluate(case, RECEIVED), "bamf_bescheid")
    assert it.status == "ok"
    assert "3 von 3" in it.detail


def test_bamf_tenor_without_reasons_is_incomplete():
    tenor = (
        "BESCHEID\n1. Die Flüchtlingseigenschaft wird nicht zuerkannt.\n"
        "2. Der Antrag auf Asylanerkennung wird als offensichtlich unbegründet abgelehnt.\n"
        "4. Abschiebungsverbote nach § 60 Absatz 5 und 7 Satz 1 des Aufenthaltsgesetzes liegen nicht vor."
    )
    case = complete_case()
    case.documents.append(doc("bamf_bescheid", text=tenor))
    assert status(evaluate(case, RECEIVED), "bamf_bescheid") == "incomplete"
    # Same Tenor followed by its reasons: complete.
    case.documents[-1].text = tenor + "\n\nBegründung:\nDer Antragsteller reiste eigenen Angaben zufolge ..."
    assert status(evaluate(case, RECEIVED), "bamf_bescheid") == "ok"


def test_bamf_without_text_or_numbering_stays_ok():
    case = complete_case()
    case.documents.append(doc("bamf_bescheid"))
    assert status(evaluate(case, RECEIVED), "bamf_bescheid") == "ok"


# ---------------------------------------------------------------- court, representation, criminal


def test_court_decision():
    base = complete_case()
    assert status(evaluate(base, RECEIVED), "gerichtsentscheidung") == "not_required"
    triggered = complete_case(
        triggers=[Trigger("court", "Die Klage vor dem VG Köln wurde abgewiesen.", 0, 3)]
    )
    it = item(evaluate(triggered, RECEIVED), "gerichtsentscheidung")
    assert it.status == "optional_missing"
    assert "VG Köln" in it.detail
    assert evaluate(triggered, RECEIVED).complete  # never blocking
    triggered.documents.append(doc("gerichtsentscheidung", "urteil.pdf", (1, 2, 3, 4)))
    assert status(evaluate(triggered, RECEIVED), "gerichtsentscheidung") == "ok"


def test_representative_requires_vollmacht():
    rep = Representative(name="Kanzlei Recht & Ordnung", kind="anwalt", adresse="Allee 5, 40210 Düsseldorf")
    case = complete_case(representative=rep)
    it = item(evaluate(case, RECEIVED), "vollmacht")
    assert it.status == "missing"
    assert "Kanzlei Recht & Ordnung" in it.detail
    case.documents.append(doc("vollmacht", "vollmacht.pdf"))
    it = item(evaluate(case, RECEIVED), "vollmacht")
    assert it.status == "ok"
    assert it.documents == [3]


def test_representation_trigger_requires_vollmacht():
    case = complete_case(
        triggers=[Trigger("representation", "Im Namen meiner Mandantin beantrage ich ...", 0, 1)]
    )
    it = item(evaluate(case, RECEIVED), "vollmacht")
    assert it.status == "missing"
    assert "Im Namen meiner Mandantin" in it.detail


def test_no_representation_vollmacht_not_required():
    assert status(evaluate(complete_case(), RECEIVED), "vollmacht") == "not_required"


def test_criminal_matters():
    case = complete_case(triggers=[Trigger("criminal", "Gegen ihn erging ein Strafbefehl.", 0, 2)])
    assert status(evaluate(case, RECEIVED), "strafrecht") == "missing"
    case.documents.append(doc("strafrecht"))
    assert status(evaluate(case, RECEIVED), "strafrecht") == "ok"


# ---------------------------------------------------------------- illness and the 3-month rule

ILLNESS = Trigger("illness", "Frau Beispiel leidet an einer posttraumatischen Belastungsstörung.", 0, 2)


def illness_case(*report_dates: str | None, received=RECEIVED, notes=()) -> CaseFacts:
    case = complete_case(triggers=[ILLNESS])
    for d in report_dates:
        case.documents.append(doc("aerztliches_gutachten", "attest.pdf", (1, 2), d, notes=list(notes)))
    case.documents.append(doc("schweigepflichtsentbindung", "formular.pdf"))
    return case


def test_no_illness_not_required():
    findings = evaluate(complete_case(), RECEIVED)
    assert status(findings, "aerztliches_gutachten") == "not_required"
    assert status(findings, "schweigepflichtsentbindung") == "not_required"
    assert "Erkrankung" in item(findings, "aerztliches_gutachten").detail


def test_illness_without_report_missing_with_sentence():
    case = complete_case(triggers=[ILLNESS])
    findings = evaluate(case, RECEIVED)
    it = item(findings, "aerztliches_gutachten")
    assert it.status == "missing"
    assert (
        'Seite 2 (antrag.pdf): "Frau Beispiel leidet an einer posttraumatischen Belastungsstörung."'
        in it.detail
    )
    assert status(findings, "schweigepflichtsentbindung") == "missing"


@pytest.mark.parametrize(
    ("received", "report_date", "expected"),
    [
        (datetime.date(2025, 3, 14), "2024-12-14", "ok"),
        (datetime.date(2025, 3, 14), "2024-12-13", "outdated"),
        (datetime.date(2025, 3, 14), "2025-03-14", "ok"),
        (datetime.date(2025, 5, 31), "2025-02-28", "ok"),
        (datetime.date(2025, 5, 31), "2025-02-27", "outdated"),
        (datetime.date(2024, 5, 31), "2024-02-29", "ok"),
        (datetime.date(2024, 5, 31), "2024-02-28", "outdated"),
        (datetime.date(2025, 1, 15), "2024-10-15", "ok"),
        (datetime.date(2025, 1, 15), "2024-10-14", "outdated"),
    ],
)
def test_three_month_boundary(received, report_date, expected):
    findings = evaluate(illness_case(report_date), received)
    assert status(findings, "aerztliches_gutachten") == expected


def test_outdated_detail_and_reason():
    findings = evaluate(illness_case("2024-10-02"), RECEIVED)
    it = item(findings, "aerztliches_gutachten")
    assert it.status == "outdated"
    assert "vom 02.10.2024, Eingang 14.03.2025: älter als drei Monate" in it.detail
    assert "02.10.2024" in it.reason
    assert not findings.complete


def test_newest_report_counts():
    assert (
        status(evaluate(illness_case("2024-01-01", "2025-02-01"), RECEIVED), "aerztliches_gutachten") == "ok"
    )


def test_medical_report_alone_requires_release_from_confidentiality():
    case = complete_case()
    case.documents.append(doc("aerztliches_gutachten", "attest.pdf", (1,), "2025-03-01"))
    findings = evaluate(case, RECEIVED)
    assert status(findings, "aerztliches_gutachten") == "ok"
    it = item(findings, "schweigepflichtsentbindung")
    assert it.status == "missing"
    assert "Dokument 4 (attest.pdf, Seite 1) liegt vor" in it.detail


def test_received_as_datetime_is_accepted():
    findings = evaluate(illness_case("2024-12-14"), datetime.datetime(2025, 3, 14, 23, 59))
    assert findings.received == "2025-03-14"
    assert status(findings, "aerztliches_gutachten") == "ok"


def test_undated_report_ok_but_flagged():
    it = item(evaluate(illness_case(None), RECEIVED), "aerztliches_gutachten")
    assert it.status == "ok"
    assert "Ausstellungsdatum nicht erkannt" in it.detail


def test_report_notes_in_detail_status_unaffected():
    it = item(
        evaluate(illness_case("2025-03-01", notes=["Schweregrad nicht erkennbar"]), RECEIVED),
        "aerztliches_gutachten",
    )
    assert it.status == "ok"
    assert "Schweregrad nicht erkennbar" in it.detail


def test_subtract_months_clamps_month_end():
    assert subtract_months(datetime.date(2025, 5, 31), 3) == datetime.date(2025, 2, 28)
    assert subtract_months(datetime.date(2024, 5, 31), 3) == datetime.date(2024, 2, 29)
    assert subtract_months(datetime.date(2025, 1, 31), 2) == datetime.date(2024, 11, 30)
    assert subtract_months(datetime.date(2025, 3, 14), 3) == datetime.date(2024, 12, 14)


# ---------------------------------------------------------------- children


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        ("2022-03-14", "missing"),  # 3rd birthday on the date of receipt
        ("2022-03-15", "not_required"),  # turns 3 the day after
        ("2007-03-15", "missing"),  # 17, turns 18 the day after
        ("2007-03-14", "not_required"),  # 18th birthday on the date of receipt
        ("2015-07-01", "missing"),
        ("", "not_required"),
        ("unbekannt", "not_required"),
    ],
)
def test_child_age_boundaries(birth, expected):
    case = complete_case(persons=[adult(), adult(vorname="Lina", geburtsdatum=birth)])
    findings = evaluate(case, RECEIVED)
    assert status(findings, "schulnachweis") == expected


def test_child_detail_and_school_certificate_ok():
    case = complete_case(persons=[adult(), adult(vorname="Lina", geburtsdatum="2015-07-01")])
    it = item(evaluate(case, RECEIVED), "schulnachweis")
    assert "Lina Beispiel (geb. 01.07.2015) ist am Eingangstag 9 Jahre alt" in it.detail
    case.documents.append(doc("schulnachweis", "zeugnis.pdf"))
    assert status(evaluate(case, RECEIVED), "schulnachweis") == "ok"


# ---------------------------------------------------------------- hints


def test_trigger_hints_carry_prefix_and_sentence():
    kinds = [
        "aufenthaltsgestattung",
        "abh_ausserhalb_nrw",
        "abschiebungsanordnung_58a",
        "rueckfuehrungstermin",
        "einreiseverbot",
        "ausbildungs_beschaeftigungsduldung",
    ]
    triggers = [Trigger(k, f"Satz zu {k}.", 0, 4) for k in kinds]
    findings = evaluate(complete_case(triggers=triggers), RECEIVED)
    assert hint_ids(findings) == kinds
    for h in findings.hints:
        assert h.detail.startswith("Hinweis zur Prüfung durch die Geschäftsstelle / Kommission:")
        assert f'Seite 4 (antrag.pdf): "Satz zu {h.id}."' in h.detail
    assert findings.complete  # hints never decide


@pytest.mark.parametrize(
    ("address", "hint"),
    [
        ("Musterweg 1, 44135 Dortmund", False),
        ("Hauptstraße 3, 10115 Berlin", True),
        ("Hauptstraße 3\n53619 Rheinbreitbach", True),
        ("Am Markt 2, 53604 Bad Honnef", False),
        ("Kerkstraat 5, Enschede, Niederlande", True),
        ("Rue de la Gare 1, 4700 Eupen, Belgien", True),
        ("Teststraße 12", False),
        ("Hauptstraße 3, Kassel", True),
        ("Hauptstraße 3\nKassel", True),
        ("Niederlande-Allee 3, 40210 Düsseldorf", False),
        ("12 Rue de Rivoli, 75001 Paris, Frankreich", True),
        ("Street 81, 10000 Kabul (Afghanistan)", True),
    ],
)
def test_wohnsitz_hint(address, hint):
    case = complete_case(persons=[adult(adresse=address)])
    assert ("wohnsitz_ausserhalb_nrw" in hint_ids(evaluate(case, RECEIVED))) is hint


def test_wohnsitz_hint_from_applicant_address():
    case = complete_case(applicant_address="Lindenallee 7, 49074 Osnabrück")
    findings = evaluate(case, RECEIVED)
    detail = next(h.detail for h in findings.hints if h.id == "wohnsitz_ausserhalb_nrw")
    assert "49074" in detail


@pytest.mark.parametrize(
    ("address", "authority", "in_nrw", "hint"),
    [
        # no authority named: the one of the residence, when it is in Germany outside NRW
        ("Ringstraße 5, 34117 Kassel", "", None, True),
        ("Musterweg 1, 44135 Dortmund", "", None, False),
        # abroad: says nothing about which Ausländerbehörde is responsible
        ("Rruga Dardania 4, 10000 Prishtina, Kosovo", "", None, False),
        ("Street 81, 10000 Kabul (Afghanistan)", "", None, False),  # five digits, yet not German
        ("Street 81, 10000 Kabul", "", None, False),  # a place the lists do not know: maybe abroad
        # named and placed: the classifier's trigger decides, the residence does not
        ("Ringstraße 5, 34117 Kassel", "Stadt Dortmund", True, False),
        # named but its Land unknown: the residence decides
        ("Ringstraße 5, 34117 Kassel", "Ausländerbehörde Niederstadt", None, True),
    ],
)
def test_abh_hint_from_residence(address, authority, in_nrw, hint):
    case = complete_case(
        applicant_address=address, auslaenderbehoerde=authority, auslaenderbehoerde_in_nrw=in_nrw
    )
    findings = evaluate(case, RECEIVED)
    assert ("abh_ausserhalb_nrw" in hint_ids(findings)) is hint
    if hint:
        detail = next(h.detail for h in findings.hints if h.id == "abh_ausserhalb_nrw")
        assert "34117" in detail and "gewöhnlichen Aufenthaltsort" in detail
        assert ("wird nicht genannt" in detail) is (not authority)
        assert (authority in detail) if authority else True


def test_abh_hint_named_outside_keeps_its_evidence():
    trigger = Trigger("abh_ausserhalb_nrw", "zuständige Ausländerbehörde: Stadt Kassel", 0, 1)
    case = complete_case(
        applicant_address="Ringstraße 5, 34117 Kassel",
        auslaenderbehoerde="Stadt Kassel",
        auslaenderbehoerde_in_nrw=False,
        triggers=[trigger],
    )
    detail = next(h.detail for h in evaluate(case, RECEIVED).hints if h.id == "abh_ausserhalb_nrw")
    assert "Stadt Kassel" in detail and "gewöhnlichen Aufenthaltsort" not in detail


def test_language_hint():
    assert "antrag_nicht_deutsch" not in hint_ids(
        evaluate(complete_case(application_language=None), RECEIVED)
    )
    findings = evaluate(complete_case(application_language="en"), RECEIVED)
    detail = next(h.detail for h in findings.hints if h.id == "antrag_nicht_deutsch")
    assert "Englisch" in detail


def test_attachment_not_pdf_hint_lists_files():
    case = complete_case()
    case.documents += [
        doc("sonstiges", "<body>", from_mail=True, mime="text/plain"),
        doc("arbeitsnachweis", "lohn.pdf", from_mail=True, mime="application/pdf"),
        doc("aerztliches_gutachten", "foto.jpg", from_mail=True, mime="image/jpeg"),
        doc(
            "lebenslauf",
            "cv.docx",
            from_mail=True,
            mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        doc("sprachnachweis", "scan.png", from_mail=False, mime="image/png"),
    ]
    detail = next(h.detail for h in evaluate(case, RECEIVED).hints if h.id == "anlage_nicht_pdf")
    assert "foto.jpg" in detail and "cv.docx" in detail
    assert "lohn.pdf" not in detail and "<body>" not in detail and "scan.png" not in detail


def test_hint_ids_are_known():
    triggers = [Trigger("einreiseverbot", "x", 0, 1)]
    assert set(hint_ids(evaluate(complete_case(triggers=triggers), RECEIVED))) <= set(HINT_IDS)


# ---------------------------------------------------------------- the rules file


def test_bundled_rules_cover_everything():
    rules = load_rules()
    assert set(rules.items) == set(CHECKLIST_IDS)
    assert {h.id for h in rules.hints} == set(HINT_IDS)
    assert rules.items["aerztliches_gutachten"].max_age_months == 3


def test_office_can_change_rules(tmp_path: Path):
    text = DEFAULT_RULES.read_text(encoding="utf-8")
    # The office decides a CV is only recommended: it no longer blocks.
    changed = text.replace(
        'id = "lebenslauf"\nlabel = "Tabellarischer Lebenslauf"\nsource = "Seed 000, 003"\nkind = "required"',
        'id = "lebenslauf"\nlabel = "Tabellarischer Lebenslauf"\nsource = "Seed 000, 003"\nkind = "optional"',
    )
    assert changed != text
    path = tmp_path / "regeln.toml"
    path.write_text(changed, encoding="utf-8")
    case = complete_case(documents=[doc("antrag", "antrag.pdf"), doc("datenschutzeinwilligung")])
    assert status(evaluate(case, RECEIVED), "lebenslauf") == "missing"
    assert status(evaluate(case, RECEIVED, str(path)), "lebenslauf") == "optional_missing"


def test_bad_rules_file_explains_itself(tmp_path: Path):
    path = tmp_path / "regeln.toml"
    path.write_text('[[item]]\nid = "antrag"\nkind = "pflicht"\n', encoding="utf-8")
    with pytest.raises(RulesError, match="unbekannte Art"):
        evaluate(complete_case(), RECEIVED, str(path))
    with pytest.raises(RulesError, match="nicht gefunden"):
        evaluate(complete_case(), RECEIVED, str(tmp_path / "fehlt.toml"))


def test_page_ranges():
    assert page_ranges([2, 3, 4, 5]) == "Seiten 2–5"
    assert page_ranges([1]) == "Seite 1"
    assert page_ranges([1, 3, 4]) == "Seiten 1, 3–4"
