"""The evaluation's arithmetic: it must punish what is wrong, not only reward what is right."""

from hfk.evaluate import EvalResults, Tally, _score_case, macro_f1


def test_macro_f1_perfect_and_wrong():
    assert macro_f1([("a", "a"), ("b", "b")]) == 1.0
    assert macro_f1([("a", "b"), ("b", "a")]) == 0.0
    assert 0 < macro_f1([("a", "a"), ("a", "b"), ("b", "b")]) < 1


def _truth():
    return {
        "received": "2025-03-14",
        "files": [{"file": "scan.pdf", "pages": 3}],
        "documents": [
            {
                "file": "scan.pdf",
                "pages": [1],
                "type": "vollmacht",
                "date": "2025-01-02",
                "rendering": "scan",
            },
            {
                "file": "scan.pdf",
                "pages": [2, 3],
                "type": "bamf_bescheid",
                "date": "2019-05-06",
                "rendering": "scan",
            },
        ],
        "persons": [
            {
                "name": "Musterfrau",
                "vorname": "Erika",
                "geburtsdatum": "1990-01-01",
                "geburtsort": "Aleppo",
                "staatsangehoerigkeit": "syrisch",
                "adresse": "Weg 1, 44135 Dortmund",
            }
        ],
        "checklist": {"vollmacht": "ok", "bamf_bescheid": "ok"},
        "hints": ["aufenthaltsgestattung"],
        "complete": True,
        "errors": [],
    }


def test_a_perfect_report_scores_one():
    truth = _truth()
    report = {
        "documents": [dict(d) for d in truth["documents"]],
        "checklist": [{"id": k, "status": v} for k, v in truth["checklist"].items()],
        "hints": [{"id": "aufenthaltsgestattung"}],
        "persons": truth["persons"],
        "complete": True,
        "errors": [],
    }
    tally = Tally()
    _score_case(truth, report, tally)
    figures = EvalResults(tally).figures()
    assert figures["page_accuracy"] == 1.0
    assert figures["document_accuracy"] == 1.0
    assert figures["bundle_segmentation_exact"] == 1.0
    assert figures["checklist_accuracy"] == 1.0
    assert figures["hint_precision"] == 1.0 and figures["hint_recall"] == 1.0
    assert figures["date_accuracy"]["bamf_bescheid"] == 1.0
    assert figures["person_field_accuracy"] == 1.0


def test_a_wrong_report_is_punished():
    truth = _truth()
    report = {
        "documents": [
            {"file": "scan.pdf", "pages": [1, 2, 3], "type": "bamf_bescheid", "date": "2025-01-02"}
        ],
        "checklist": [{"id": "vollmacht", "status": "missing"}, {"id": "bamf_bescheid", "status": "ok"}],
        "hints": [{"id": "rueckfuehrungstermin"}],
        "persons": [
            {
                "name": "Musterfrau",
                "vorname": "Erika",
                "geburtsdatum": "",
                "geburtsort": "Aleppo",
                "staatsangehoerigkeit": "syrisch",
                "adresse": "Weg 1, 44135 Dortmund",
            }
        ],
        "complete": False,
        "errors": [],
    }
    tally = Tally()
    _score_case(truth, report, tally)
    figures = EvalResults(tally).figures()
    assert abs(figures["page_accuracy"] - 2 / 3) < 1e-9
    assert figures["document_accuracy"] == 0.0
    assert figures["bundle_segmentation_exact"] == 0.0
    assert figures["checklist_per_id"]["vollmacht"] == 0.0
    assert figures["complete_accuracy"] == 0.0
    assert figures["hint_precision"] == 0.0 and figures["hint_recall"] == 0.0
    assert figures["date_accuracy"]["bamf_bescheid"] == 0.0
    assert abs(figures["person_field_accuracy"] - 5 / 6) < 1e-9
    assert "SUMMARY" in EvalResults(tally).render().splitlines()[-1]


def test_persons_sharing_a_name_are_matched_by_their_other_fields():
    truth = _truth()
    parent = dict(truth["persons"][0])
    child = dict(parent, geburtsdatum="2015-06-01", geburtsort="Köln")
    truth["persons"] = [parent, child]
    report = {
        "documents": [],
        "checklist": [],
        "hints": [],
        "persons": [child, parent],
        "complete": False,
        "errors": [],
    }
    tally = Tally()
    _score_case(truth, report, tally)
    figures = EvalResults(tally).figures()
    assert figures["persons_found"] == 1.0 and figures["person_field_accuracy"] == 1.0


def test_namesakes_are_matched_by_birth_date_before_the_other_fields():
    # A father and two sons of one name (blind20): the report has the father and the younger son right,
    # the younger son with the father's birth place. Matched by the other fields first, the father would take
    # the son's record and the son none: two persons wrong where one is missing.
    truth = _truth()
    father = dict(truth["persons"][0], geburtsdatum="1998-07-17", geburtsort="Mitrovica")
    older = dict(father, geburtsdatum="2020-10-14", geburtsort="Prishtina")
    younger = dict(father, geburtsdatum="2021-11-22", geburtsort="Peja")
    truth["persons"] = [older, father, younger]
    report = {
        "documents": [],
        "checklist": [],
        "hints": [],
        "persons": [dict(father), dict(younger, geburtsort="Mitrovica")],
        "complete": False,
        "errors": [],
    }
    tally = Tally()
    _score_case(truth, report, tally)
    figures = EvalResults(tally).figures()
    assert abs(figures["persons_right"] - 2 / 3) < 1e-9
    assert figures["persons_extra"] == 0


def test_person_breakdown_by_role_rendering_and_miss_kind():
    truth = _truth()
    truth["documents"].append({"file": "antrag.pdf", "pages": [1], "type": "antrag", "rendering": "fax"})
    applicant = dict(truth["persons"][0])
    spouse = dict(applicant, vorname="Hasan", geburtsdatum="1988-03-04")
    child = dict(applicant, vorname="Lina", geburtsdatum="2015-06-01")
    other_child = dict(applicant, vorname="Omar", geburtsdatum="2017-02-03")
    truth["persons"] = [applicant, spouse, child, other_child]
    report = {
        "documents": [{"file": "antrag.pdf", "pages": [1], "type": "antrag"}],
        "checklist": [],
        "hints": [],
        "persons": [
            applicant,
            dict(spouse, geburtsdatum=""),  # found, birth date missing
            dict(child, vorname="Lena"),  # first name wrong
            dict(applicant, vorname="Fremd", geburtsdatum="2000-01-01"),  # nobody: an extra person
        ],
        "complete": False,
        "errors": [],
    }
    tally = Tally()
    _score_case(truth, report, tally)
    figures = EvalResults(tally).figures()
    assert figures["persons_found"] == 0.5
    assert figures["persons_right"] == 0.25
    breakdown = figures["persons_breakdown"]
    assert breakdown["Rolle antragsteller"] == {"persons": 1, "found": 1.0, "right": 1.0}
    assert breakdown["Rolle partner"] == {"persons": 1, "found": 1.0, "right": 0.0}
    assert breakdown["Rolle kind"] == {"persons": 2, "found": 0.0, "right": 0.0}
    assert breakdown["Darstellung fax"]["persons"] == 4
    assert figures["person_misses"] == {
        "partner: Geburtsdatum fehlt": 1,
        "kind: Vorname falsch": 1,
        "kind: nicht gefunden (Familienname anderer Person)": 1,
    }
    assert figures["person_field_errors"] == {"geburtsdatum (leer)": 1}
    assert figures["persons_extra"] == 2
    text = EvalResults(tally).render()
    assert "Rolle kind" in text and "kind: Vorname falsch: 1" in text
    # aggregate counts only: no name of a person appears in the output
    assert "Musterfrau" not in text and "Lina" not in text


def test_review_flags_are_scored_against_wrong_documents():
    truth = _truth()
    report = {
        "documents": [
            # right and sure; wrong type but flagged; wrong type, sure: a silent error
            {
                "file": "scan.pdf",
                "pages": [1],
                "type": "vollmacht",
                "confidence": 0.95,
                "needs_review": False,
            },
            {"file": "scan.pdf", "pages": [2], "type": "sonstiges", "confidence": 0.45, "needs_review": True},
            {"file": "scan.pdf", "pages": [3], "type": "antrag", "confidence": 0.75, "needs_review": False},
        ],
        "checklist": [],
        "hints": [],
        "persons": [],
        "complete": True,
        "errors": [],
    }
    tally = Tally()
    _score_case(truth, report, tally)
    review = EvalResults(tally).figures()["review"]
    assert (review["documents"], review["flagged"], review["flagged_wrong"], review["wrong"]) == (3, 1, 1, 2)
    assert review["wrong_flagged"] == 0.5
    sweep = {row["threshold"]: row for row in review["thresholds"]}
    assert (sweep[0.6]["flagged"], sweep[0.6]["wrong_caught"], sweep[0.6]["wrong_silent"]) == (1, 1, 1)
    assert (sweep[0.8]["flagged"], sweep[0.8]["wrong_caught"], sweep[0.8]["wrong_silent"]) == (2, 2, 0)
    assert "Prüfung empfohlen: 1 von 3" in EvalResults(tally).render()
