"""Web UI corrections of page ranges (split, merge), undo, and what they do to report, letter and training data."""

from __future__ import annotations

import io
import json
import re

import docx
import pytest

from hfk.intake import refresh_case
from hfk.settings import load_settings
from hfk.store import Store, case_corrections, training_corrections
from hfk.web.app import create_app
from hfk.web.auth import create_user
from hfk.web.demo import populate
from hfk.web.views import merge_error, split_error

PASSWORD = "richtig-langes-passwort"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    root = tmp_path_factory.mktemp("web-corr")
    settings = load_settings(None)
    settings.store["dir"] = str(root / "store")
    store = Store(root / "store")
    made = populate(store, settings)
    create_user(store, "sachb", PASSWORD, "caseworker")
    app = create_app(store, settings, key=b"test-key-corrections-0123456789")
    app.testing = True
    yield {"store": store, "settings": settings, "app": app, "made": made}
    store.close()


def _token(client, url: str = "/") -> str:
    page = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


@pytest.fixture()
def client(env):
    client = env["app"].test_client()
    token = _token(client, "/anmelden")
    client.post("/anmelden", data={"name": "sachb", "password": PASSWORD, "csrf_token": token})
    return client


def _docs(report: dict) -> list[tuple[str, list[int]]]:
    return [(d["type"], d["pages"]) for d in report["documents"] if d["file"] == "antrag-haidari.pdf"]


def _status(report: dict, item: str) -> str:
    return next(c["status"] for c in report["checklist"] if c["id"] == item)


def _flashes(page: str) -> list[str]:
    return re.findall(r'<p class="flash[^"]*"[^>]*>([^<]*)</p>', page)


def test_split_errors_are_german_and_exact():
    assert "nur einer Seite" in split_error([3], "3")
    assert "Seite 2 bis 6" in split_error([1, 2, 3, 4, 5, 6], "")
    assert "keine Seitenzahl" in split_error([1, 2, 3], "zwei")
    assert "erste Teil wäre leer" in split_error([1, 2, 3], "1")
    assert "gehört nicht zu diesem Dokument (Seiten 1–3)" in split_error([1, 2, 3], "9")
    assert split_error([1, 2, 3], " 3 ") == ""
    a = {"file": "a.pdf", "pages": [1, 2]}
    assert "kein weiteres" in merge_error(a, None, False)
    assert "verschiedene Dateien" in merge_error(a, {"file": "b.pdf", "pages": [1]}, False)
    assert "schließen nicht aneinander an" in merge_error(a, {"file": "a.pdf", "pages": [4]}, True)
    assert merge_error(a, {"file": "a.pdf", "pages": [3, 4]}, True) == ""


def test_split_merge_undo_re_evaluate_the_checklist(env, client):
    store, settings = env["store"], env["settings"]
    case_id = env["made"]["bundle"].case_id
    url = f"/fall/{case_id}"
    before = store.report(case_id)
    index = next(i for i, d in enumerate(before["documents"]) if d["file"] == "antrag-haidari.pdf")
    assert _docs(before) == [("antrag", [1, 2])]  # the classifier reads the bundle as one Antrag
    assert _status(before, "vollmacht") == "missing"
    token = _token(client, url)

    # Invalid ranges: a clear German message, nothing stored.
    for at, expected in [
        ("3", "gehört nicht zu diesem Dokument"),
        ("1", "erste Teil wäre leer"),
        ("x", "keine Seitenzahl"),
    ]:
        response = client.post(
            f"{url}/dokument/{index}/teilen",
            data={
                "csrf_token": token,
                "at": at,
                "type_first": "antrag",
                "type_second": "vollmacht",
                "pages": "1,2",
            },
            follow_redirects=True,
        )
        assert any(expected in f for f in _flashes(response.get_data(as_text=True))), at
    assert case_corrections(store, case_id) == []
    bad_type = client.post(
        f"{url}/dokument/{index}/teilen",
        data={"csrf_token": token, "at": "2", "type_first": "antrag", "type_second": "quittung"},
    )
    assert bad_type.status_code == 400
    stale = client.post(
        f"{url}/dokument/{index}/teilen",
        data={
            "csrf_token": token,
            "at": "2",
            "type_first": "antrag",
            "type_second": "vollmacht",
            "pages": "1,2,3",
        },
    )
    assert stale.status_code == 409 and "inzwischen geändert" in stale.get_data(as_text=True)

    # Split before page 2: Antrag p. 1 + Vollmacht p. 2; the Vollmacht item turns from missing to ok.
    response = client.post(
        f"{url}/dokument/{index}/teilen",
        data={
            "csrf_token": token,
            "at": "2",
            "type_first": "antrag",
            "type_second": "vollmacht",
            "pages": "1,2",
        },
        follow_redirects=True,
    )
    page = response.get_data(as_text=True)
    assert "Dokument geteilt: S. 1 Antragsschrift, S. 2 Vollmacht." in _flashes(page)
    after = store.report(case_id)
    assert _docs(after) == [("antrag", [1]), ("vollmacht", [2])]
    assert _status(after, "vollmacht") == "ok"
    assert after["persons"][0]["name"] == "Haidari"  # facts re-collected from the corrected documents
    vollmacht = next(d for d in after["documents"] if d["type"] == "vollmacht")
    assert vollmacht["date"] == "2025-03-01" and vollmacht["confidence"] == 1.0
    assert vollmacht["evidence"][0].startswith("Seiten von Hand getrennt (sachb")
    assert "antrag-haidari.pdf S. 1–2 geteilt in S. 1 Antragsschrift und S. 2 Vollmacht" in page
    audit = [e for e in store.audit_log(case_id) if e["action"] == "correction_split"]
    assert audit and "parts=1:antrag,2:vollmacht" in audit[-1]["object"]
    assert "Haidari" not in repr(store.audit_log(case_id))

    # report.json and the letter follow the correction.
    data = json.loads(client.get(f"{url}/report.json").data)
    assert _docs(data) == [("antrag", [1]), ("vollmacht", [2])] and _status(data, "vollmacht") == "ok"
    letter = docx.Document(io.BytesIO(client.get(f"{url}/eingangsbestaetigung.docx").data))
    letter_text = "\n".join(p.text for p in letter.paragraphs) + "\n".join(
        c.text for t in letter.tables for r in t.rows for c in r.cells
    )
    missing_lines = [line for line in letter_text.splitlines() if "Vollmacht" in line]
    assert not any("fehlt" in line.lower() for line in missing_lines)

    # Training data: one label per page, each part starting a document.
    row = training_corrections(store)[-1]
    assert row["kind"] == "split" and row["old_type"] == "antrag" and len(row["file_sha256"]) == 64
    assert row["labels"] == [
        {"page": 1, "type": "antrag", "starts_document": True},
        {"page": 2, "type": "vollmacht", "starts_document": True},
    ]

    # A Nachreichung (or any re-evaluation by the intake) keeps the split.
    refresh_case(store, settings, case_id, actor="test")
    assert _docs(store.report(case_id)) == [("antrag", [1]), ("vollmacht", [2])]

    # Merge them back into one Antrag: the Vollmacht is missing again.
    page = client.get(url).get_data(as_text=True)
    assert f"{url}/dokument/{index}/zusammenfuehren" in page
    assert f"{url}/dokument/{index + 1}/zusammenfuehren" not in page  # the last one of the file
    response = client.post(
        f"{url}/dokument/{index}/zusammenfuehren",
        data={"csrf_token": token, "type": "antrag", "pages": "1"},
        follow_redirects=True,
    )
    assert "Dokumente zusammengeführt: S. 1–2 Antragsschrift." in _flashes(response.get_data(as_text=True))
    merged = store.report(case_id)
    assert _docs(merged) == [("antrag", [1, 2])] and _status(merged, "vollmacht") == "missing"
    row = training_corrections(store)[-1]
    assert row["kind"] == "merge" and row["labels"][1] == {
        "page": 2,
        "type": "antrag",
        "starts_document": False,
    }

    # Undo the merge: the split holds again; the undone merge is listed, struck, and no training data.
    merge_id = case_corrections(store, case_id)[-1]["id"]
    response = client.post(
        f"{url}/korrektur/{merge_id}/rueckgaengig", data={"csrf_token": token}, follow_redirects=True
    )
    page = response.get_data(as_text=True)
    assert "Korrektur rückgängig gemacht" in page and "rückgängig gemacht von sachb" in page
    undone = store.report(case_id)
    assert _docs(undone) == [("antrag", [1]), ("vollmacht", [2])] and _status(undone, "vollmacht") == "ok"
    assert [r["kind"] for r in training_corrections(store) if r["file_sha256"] == row["file_sha256"]] == [
        "split"
    ]
    assert ("sachb", "correction_undone") in [(e["actor"], e["action"]) for e in store.audit_log(case_id)]
    again = client.post(
        f"{url}/korrektur/{merge_id}/rueckgaengig", data={"csrf_token": token}, follow_redirects=True
    )
    assert any("schon rückgängig" in f for f in _flashes(again.get_data(as_text=True)))
    # A correction id of another case is not undone through this case.
    other = env["made"]["main"].case_id
    client.post(
        f"/fall/{other}/korrektur/{case_corrections(store, case_id)[0]['id']}/rueckgaengig",
        data={"csrf_token": token},
    )
    assert len(case_corrections(store, case_id)) == 1


def test_merge_refuses_documents_of_different_files(env, client):
    store = env["store"]
    case_id = env["made"]["main"].case_id
    report = store.report(case_id)
    assert len({d["file"] for d in report["documents"]}) >= 2
    index = next(
        i
        for i in range(len(report["documents"]) - 1)
        if report["documents"][i]["file"] != report["documents"][i + 1]["file"]
    )
    token = _token(client, f"/fall/{case_id}")
    response = client.post(
        f"/fall/{case_id}/dokument/{index}/zusammenfuehren",
        data={"csrf_token": token, "type": "antrag"},
        follow_redirects=True,
    )
    assert any("verschiedene Dateien" in f for f in _flashes(response.get_data(as_text=True)))
    assert not [c for c in case_corrections(store, case_id) if c["kind"] == "merge"]
    single = next(i for i, d in enumerate(report["documents"]) if len(d["pages"]) == 1)
    response = client.post(
        f"/fall/{case_id}/dokument/{single}/teilen",
        data={"csrf_token": token, "at": "2", "type_first": "antrag", "type_second": "vollmacht"},
        follow_redirects=True,
    )
    assert any("nur einer Seite" in f for f in _flashes(response.get_data(as_text=True)))


def test_undo_of_a_type_correction(env, client):
    store = env["store"]
    case_id = env["made"]["second"].case_id
    report = store.report(case_id)
    index = next(i for i, d in enumerate(report["documents"]) if d["type"] == "lebenslauf")
    token = _token(client, f"/fall/{case_id}")
    client.post(f"/fall/{case_id}/dokument/{index}/typ", data={"csrf_token": token, "type": "ehrenamt"})
    assert store.report(case_id)["documents"][index]["type"] == "ehrenamt"
    correction = case_corrections(store, case_id)[-1]
    page = client.get(f"/fall/{case_id}").get_data(as_text=True)
    assert f"korrektur/{correction['id']}/rueckgaengig" in page and "Typ Lebenslauf → " in page
    client.post(f"/fall/{case_id}/korrektur/{correction['id']}/rueckgaengig", data={"csrf_token": token})
    assert store.report(case_id)["documents"][index]["type"] == "lebenslauf"
    assert case_corrections(store, case_id) == []
    assert len(case_corrections(store, case_id, include_undone=True)) == 1


def test_page_viewer_stops_at_the_last_page(env, client):
    store = env["store"]
    made = env["made"]["second"]
    case_id = made.case_id
    file_id = store.submission_files(made.submission_id)[0]["id"]
    first = client.get(f"/fall/{case_id}/datei/{file_id}/seite/1").get_data(as_text=True)
    assert f'/datei/{file_id}/seite/2"' in first and "Seite 1 von 2" in first
    last = client.get(f"/fall/{case_id}/datei/{file_id}/seite/2").get_data(as_text=True)
    assert f'/datei/{file_id}/seite/3"' not in last and f'/datei/{file_id}/seite/1"' in last
    beyond = client.get(f"/fall/{case_id}/datei/{file_id}/seite/3")
    assert beyond.status_code == 404 and "Seite 3 gibt es nicht" in beyond.get_data(as_text=True)
    assert client.get(f"/fall/{case_id}/datei/{file_id}/seite/0").status_code == 404


def test_new_forms_need_the_csrf_token(env, client):
    case_id = env["made"]["bundle"].case_id
    for url, data in [
        (
            f"/fall/{case_id}/dokument/0/teilen",
            {"at": "2", "type_first": "antrag", "type_second": "vollmacht"},
        ),
        (f"/fall/{case_id}/dokument/0/zusammenfuehren", {"type": "antrag"}),
        (f"/fall/{case_id}/korrektur/1/rueckgaengig", {}),
        ("/konto", {"old_password": PASSWORD, "new_password": "x" * 12, "new_password2": "x" * 12}),
        ("/benutzer/1/aktiv", {"active": "0"}),
        ("/benutzer/1/passwort", {"password": "x" * 12}),
    ]:
        assert client.post(url, data=data).status_code == 400, url
        assert client.post(url, data={**data, "csrf_token": "falsch"}).status_code == 400, url
    assert client.get("/").status_code == 200
