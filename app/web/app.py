"""The Flask application of `hfk serve`: login, triage, case view, corrections, uploads, statistics."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from datetime import date
from functools import wraps
from pathlib import Path

from flask import (
    Flask,
    Response,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)

from hfk.checklist.labels import DOCUMENT_LABELS, REPRESENTATIVE_KINDS, document_label, german_date
from hfk.checklist.letter import write_letter
from hfk.checklist.model import LetterOptions
from hfk.checklist.report import PERSON_FIELDS, render_report_html
from hfk.classify.model import DOCUMENT_TYPES
from hfk.ingest.scratch import private_tempdir
from hfk.intake import Original, ingest_options, submit
from hfk.settings import Settings
from hfk.store import (
    USER_ROLES,
    Store,
    StoreError,
    case_corrections,
    case_files,
    case_overview,
    case_summary,
    correction_add,
    correction_undo,
    quarantined_submissions,
    user_by_id,
    user_list,
    user_set_active,
)
from hfk.web import views
from hfk.web.auth import (
    AccountError,
    LoginLimits,
    change_password,
    check_login,
    create_user,
    csrf_ok,
    login_failed,
    login_succeeded,
    login_wait,
    new_csrf_token,
    reset_password,
    secret_key,
)
from hfk.web.charts import bar_chart, column_chart
from hfk.web.pages import THUMB_WIDTH, VIEW_WIDTH, NoPreview, PageRenderer
from hfk.web.recheck import needs_recheck, recheck_case

log = logging.getLogger(__name__)

# Reachable without a session: the login form and the stylesheet it needs.
PUBLIC_ENDPOINTS = frozenset({"login", "static"})
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; "
    "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)
MAX_UPLOAD_BYTES = 200 * 1024 * 1024
PERSON_LABELS = {
    "name": "Name",
    "vorname": "Vorname",
    "geburtsdatum": "Geburtsdatum",
    "geburtsort": "Geburtsort",
    "staatsangehoerigkeit": "Staatsangehörigkeit",
    "adresse": "Anschrift",
}


def create_app(
    store: Store, settings: Settings, *, secure_cookies: bool = False, key: bytes | None = None
) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=key or secret_key(store.dir),
        SESSION_COOKIE_NAME="hfk_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure_cookies,
        PERMANENT_SESSION_LIFETIME=8 * 3600,
        MAX_CONTENT_LENGTH=MAX_UPLOAD_BYTES,
    )
    app.jinja_env.autoescape = True  # every template, whatever its extension
    app.jinja_env.filters["german_date"] = german_date
    app.jinja_env.filters["german_date_time"] = views.german_time
    app.jinja_env.globals.update(
        document_label=document_label,
        SOURCES=views.SOURCES,
        TRIAGE_STATUSES=views.TRIAGE_STATUSES,
    )
    renderer = PageRenderer(store, ingest_options(store, settings))
    limits = LoginLimits.from_settings(settings.web)

    # -- session, CSRF, headers ----------------------------------------------------------------

    @app.before_request
    def _authenticate():
        g.user = None
        user_id = session.get("user_id")
        if user_id is not None:
            user = user_by_id(store, user_id)
            # A deactivated account or a changed/reset password ends the sessions made before.
            if user and user["active"] and session.get("sv", 0) == user["session_version"]:
                g.user = user
            else:
                session.clear()
        if g.user is None and request.endpoint not in PUBLIC_ENDPOINTS:
            if request.method == "GET" and request.endpoint is not None:
                return redirect(url_for("login", next=request.full_path))
            abort(401)
        if request.endpoint == "static":
            return None
        if "csrf" not in session:
            session["csrf"] = new_csrf_token()
        if request.method == "POST" and not csrf_ok(session.get("csrf"), request.form.get("csrf_token")):
            abort(400, "Das Formular ist abgelaufen (CSRF-Prüfung). Bitte die Seite neu laden.")
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        if request.endpoint != "static":
            # Pages carry health and residence data: no copies in shared caches or the browser's.
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.context_processor
    def _context():
        return {"user": g.get("user"), "csrf_token": session.get("csrf", "")}

    def admin_required(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if g.user is None or g.user["role"] != "admin":
                abort(403)
            return view(*args, **kwargs)

        return wrapper

    def load_case(case_id: int) -> tuple[dict, dict]:
        row = case_summary(store, case_id)
        if row is None:
            abort(404)
        report = row["report"]
        if needs_recheck(store, case_id, report):
            report = recheck_case(store, settings, case_id, actor=g.user["name"])
        return row, report

    def audit_access(case_id: int, action: str) -> None:
        """Who looked at or took away which case (Art. 9 data): ids only, never names or text."""
        with store.transaction() as conn:
            store.audit(conn, g.user["name"], action, case_id=case_id)

    # -- login ---------------------------------------------------------------------------------

    @app.route("/anmelden", methods=["GET", "POST"])
    def login():
        error = ""
        if request.method == "POST":
            name = request.form.get("name", "")
            address = request.remote_addr or ""
            wait = login_wait(store, limits, name, address)
            if wait:
                # Refused without checking the password: guessing gains nothing while locked.
                with store.transaction() as conn:
                    store.audit(conn, "-", "login_throttled", obj=f"address={address}")
                minutes = max(1, -(-wait // 60))
                error = (
                    "Zu viele fehlgeschlagene Anmeldeversuche. Die Anmeldung ist für "
                    f"{minutes} Minute{'n' if minutes != 1 else ''} gesperrt; bitte danach erneut versuchen. "
                    "Wer das Passwort vergessen hat, wendet sich an die Administration."
                )
                return render_template("login.html", error=error), 429
            user = check_login(store, name, request.form.get("password", ""))
            if user:
                login_succeeded(store, name)
                session.clear()  # a fresh session: no fixation across the login
                session["user_id"] = user["id"]
                session["sv"] = user["session_version"]
                session["csrf"] = new_csrf_token()
                session.permanent = True
                with store.transaction() as conn:
                    store.audit(conn, user["name"], "login", obj=f"user={user['id']}")
                target = request.args.get("next", "")
                # Only a local path: never redirect to another site after the login.
                if not target.startswith("/") or target.startswith("//"):
                    target = url_for("triage")
                return redirect(target)
            login_failed(store, limits, name, address)
            error = "Benutzername oder Passwort falsch."
        return render_template("login.html", error=error)

    @app.post("/abmelden")
    def logout():
        session.clear()
        return redirect(url_for("login"))

    # -- triage --------------------------------------------------------------------------------

    @app.get("/")
    def triage():
        status = request.args.get("status", "")
        source = request.args.get("quelle", "")
        query = request.args.get("q", "")
        rows = views.triage_rows(case_overview(store), status=status, source=source, query=query)
        return render_template(
            "triage.html",
            rows=rows,
            status=status,
            source=source,
            query=query,
            quarantined=quarantined_submissions(store)[:20],
        )

    # -- case view -----------------------------------------------------------------------------

    @app.get("/fall/<int:case_id>")
    def case(case_id: int):
        row, report = load_case(case_id)
        audit_access(case_id, "case_viewed")
        model = views.case_view(store, case_id, report)
        documents = model["documents"]
        for doc, following in zip(documents, [*documents[1:], None], strict=True):
            doc["merge_next"] = bool(following) and not merge_problem(doc, following)
        rep = report.get("representative")
        return render_template(
            "case.html",
            case=row,
            r=report,
            documents=documents,
            checklist=model["checklist"],
            files=model["files"],
            corrections=views.correction_rows(case_corrections(store, case_id, include_undone=True)),
            status=views.triage_status(report),
            rep_kind=REPRESENTATIVE_KINDS.get(rep["kind"], rep["kind"]) if rep else "",
            person_fields=PERSON_FIELDS,
            person_labels=PERSON_LABELS,
            doc_types=[(t, DOCUMENT_LABELS.get(t, t)) for t in DOCUMENT_TYPES],
            thumb_width=THUMB_WIDTH,
        )

    @app.post("/fall/<int:case_id>/dokument/<int:index>/typ")
    def correct_type(case_id: int, index: int):
        report, doc, _back = document_for_form(case_id, index)
        new_type = form_type("type")
        if doc["type"] != new_type:
            model = views.case_view(store, case_id, report)
            file_id = model["documents"][index]["file_id"]
            sha = next((f["sha256"] for f in model["files"] if f["id"] == file_id), "")
            correction_add(
                store,
                case_id,
                g.user["name"],
                "doc_type",
                file_sha256=sha,
                file_name=doc["file"],
                pages=list(doc["pages"]),
                old_type=doc["type"],
                new_type=new_type,
            )
            recheck_case(store, settings, case_id, actor=g.user["name"])
            flash(f"Dokumenttyp geändert: {document_label(doc['type'])} → {document_label(new_type)}.")
        return redirect(url_for("case", case_id=case_id) + f"#dok-{index}")

    @app.post("/fall/<int:case_id>/checkliste/<item_id>")
    def satisfy_item(case_id: int, item_id: str):
        _row, report = load_case(case_id)
        comment = request.form.get("comment", "").strip()
        if item_id not in {c["id"] for c in report["checklist"]}:
            abort(404)
        if not comment:
            flash("Bitte einen Kommentar angeben, warum der Punkt erfüllt ist.")
            return redirect(url_for("case", case_id=case_id) + f"#pkt-{item_id}")
        correction_add(store, case_id, g.user["name"], "checklist", item_id=item_id, comment=comment[:2000])
        recheck_case(store, settings, case_id, actor=g.user["name"])
        flash("Checklistenpunkt von Hand als erfüllt markiert.")
        return redirect(url_for("case", case_id=case_id) + f"#pkt-{item_id}")

    @app.post("/fall/<int:case_id>/neu-pruefen")
    def recheck(case_id: int):
        load_case(case_id)
        recheck_case(store, settings, case_id, actor=g.user["name"])
        flash("Fall neu geprüft.")
        return redirect(url_for("case", case_id=case_id))

    def same_file(a: dict, b: dict) -> bool:
        return (a.get("sha256") or a["file"]) == (b.get("sha256") or b["file"]) and a["file"] == b["file"]

    def merge_problem(first: dict, second: dict | None) -> str:
        return views.merge_error(first, second, second is not None and same_file(first, second))

    def document_for_form(case_id: int, index: int) -> tuple[dict, dict, str]:
        """The report, the document the form was about and the anchor to return to; aborts with a
        German message when the form no longer matches the case (someone changed it meanwhile)."""
        _row, report = load_case(case_id)
        if not 0 <= index < len(report["documents"]):
            abort(404, "Dieses Dokument gibt es im Fall nicht (mehr).")
        doc = report["documents"][index]
        shown = request.form.get("pages", "")
        if shown and shown != ",".join(str(p) for p in doc["pages"]):
            abort(
                409,
                "Der Fall wurde inzwischen geändert (die Dokumente sind neu eingeteilt). "
                "Bitte den Fall neu laden und die Korrektur noch einmal vornehmen.",
            )
        return report, doc, url_for("case", case_id=case_id) + f"#dok-{index}"

    def document_sha(case_id: int, report: dict, index: int) -> str:
        doc = report["documents"][index]
        if doc.get("sha256"):
            return doc["sha256"]
        model = views.case_view(store, case_id, report)
        file_id = model["documents"][index]["file_id"]
        return next((f["sha256"] for f in model["files"] if f["id"] == file_id), "")

    def form_type(field: str) -> str:
        value = request.form.get(field, "")
        if value not in DOCUMENT_TYPES:
            abort(400, "Unbekannter Dokumenttyp.")
        return value

    @app.post("/fall/<int:case_id>/dokument/<int:index>/teilen")
    def split_document(case_id: int, index: int):
        report, doc, back = document_for_form(case_id, index)
        first_type, second_type = form_type("type_first"), form_type("type_second")
        pages = list(doc["pages"])
        raw = request.form.get("at", "")
        problem = views.split_error(pages, raw)
        if problem:
            flash(problem, "error")
            return redirect(back)
        at = int(raw.strip())
        parts = [
            {"pages": [p for p in pages if p < at], "type": first_type},
            {"pages": [p for p in pages if p >= at], "type": second_type},
        ]
        correction_add(
            store,
            case_id,
            g.user["name"],
            "split",
            file_sha256=document_sha(case_id, report, index),
            file_name=doc["file"],
            pages=pages,
            old_type=doc["type"],
            parts=parts,
        )
        recheck_case(store, settings, case_id, actor=g.user["name"])
        flash(
            f"Dokument geteilt: S. {views.page_span(parts[0]['pages'])} {document_label(first_type)}, "
            f"S. {views.page_span(parts[1]['pages'])} {document_label(second_type)}."
        )
        return redirect(back)

    @app.post("/fall/<int:case_id>/dokument/<int:index>/zusammenfuehren")
    def merge_documents(case_id: int, index: int):
        report, doc, back = document_for_form(case_id, index)
        documents = report["documents"]
        following = documents[index + 1] if index + 1 < len(documents) else None
        new_type = form_type("type")
        problem = merge_problem(doc, following)
        if problem:
            flash(problem, "error")
            return redirect(back)
        pages = [*doc["pages"], *following["pages"]]
        correction_add(
            store,
            case_id,
            g.user["name"],
            "merge",
            file_sha256=document_sha(case_id, report, index),
            file_name=doc["file"],
            pages=pages,
            old_type=f"{doc['type']}+{following['type']}",
            parts=[{"pages": pages, "type": new_type}],
        )
        recheck_case(store, settings, case_id, actor=g.user["name"])
        flash(f"Dokumente zusammengeführt: S. {views.page_span(pages)} {document_label(new_type)}.")
        return redirect(back)

    @app.post("/fall/<int:case_id>/korrektur/<int:correction_id>/rueckgaengig")
    def undo_correction(case_id: int, correction_id: int):
        load_case(case_id)
        undone = correction_undo(store, case_id, correction_id, g.user["name"])
        if undone is None:
            flash("Diese Korrektur gibt es nicht oder sie wurde schon rückgängig gemacht.", "error")
        else:
            recheck_case(store, settings, case_id, actor=g.user["name"])
            flash("Korrektur rückgängig gemacht; der Fall wurde neu geprüft.")
        return redirect(url_for("case", case_id=case_id) + "#korrekturen")

    # -- outputs -------------------------------------------------------------------------------

    @app.get("/fall/<int:case_id>/report.json")
    def report_json(case_id: int):
        row, report = load_case(case_id)
        audit_access(case_id, "report_downloaded")
        body = json.dumps(report, ensure_ascii=False, indent=2)
        return _download(body.encode(), f"{row['reference']}-report.json", "application/json")

    @app.get("/fall/<int:case_id>/report.html")
    def report_html(case_id: int):
        row, report = load_case(case_id)
        audit_access(case_id, "report_downloaded")
        return _download(render_report_html(report).encode(), f"{row['reference']}-report.html", "text/html")

    @app.get("/fall/<int:case_id>/eingangsbestaetigung.docx")
    def letter(case_id: int):
        row, report = load_case(case_id)
        with private_tempdir("hfk-letter-") as work:
            path = Path(work) / "brief.docx"
            write_letter(report, path, LetterOptions(**settings.letter))
            data = path.read_bytes()
        audit_access(case_id, "letter_downloaded")
        return _download(
            data,
            f"{row['reference']}-eingangsbestaetigung.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )

    def _download(data: bytes, name: str, mime: str) -> Response:
        return send_file(io.BytesIO(data), mimetype=mime, as_attachment=True, download_name=name)

    # -- pages of the originals (by file id only) ----------------------------------------------

    def case_file(case_id: int, file_id: int) -> dict:
        row = next((f for f in case_files(store, case_id) if f["id"] == file_id), None)
        if row is None:
            abort(404)  # not a file of this case
        return row

    @app.get("/fall/<int:case_id>/datei/<int:file_id>/seite/<int:page>.png")
    def page_image(case_id: int, file_id: int, page: int):
        file_row = case_file(case_id, file_id)
        width = THUMB_WIDTH if request.args.get("groesse") == "klein" else VIEW_WIDTH
        try:
            data = renderer.png(file_row, page, width)
        except NoPreview as exc:
            abort(404, str(exc))
        response = send_file(io.BytesIO(data), mimetype="image/png")
        return response

    @app.get("/fall/<int:case_id>/datei/<int:file_id>/seite/<int:page>")
    def page_view(case_id: int, file_id: int, page: int):
        row = case_summary(store, case_id)
        if row is None:
            abort(404)
        file_row = case_file(case_id, file_id)
        count = views.page_count(row["report"], file_row)
        if page < 1 or (count and page > count):
            abort(404, f"Die Datei hat {count or 'keine'} Seite(n); Seite {page} gibt es nicht.")
        return render_template("page.html", case=row, file=file_row, page=page, count=count)

    # -- manual upload of a postal submission --------------------------------------------------

    @app.route("/posteingang", methods=["GET", "POST"])
    def upload():
        if request.method == "GET":
            return render_template("upload.html", today=date.today().isoformat())
        uploads = [f for f in request.files.getlist("files") if f and f.filename]
        if not uploads:
            flash("Bitte mindestens eine Datei auswählen.")
            return redirect(url_for("upload"))
        try:
            received = date.fromisoformat(request.form.get("received") or date.today().isoformat())
        except ValueError:
            flash("Das Eingangsdatum muss im Format JJJJ-MM-TT sein.")
            return redirect(url_for("upload"))
        if len(uploads) == 1:
            name, data = uploads[0].filename, uploads[0].read()
        else:
            # Several scans of one letter are one submission: kept together as one original so
            # that re-evaluating the case later reads all of them again.
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                used: set[str] = set()
                for number, upload_file in enumerate(uploads, start=1):
                    member = Path(upload_file.filename.replace("\\", "/")).name or f"datei-{number}"
                    if member in used:
                        member = f"{number}-{member}"
                    used.add(member)
                    archive.writestr(member, upload_file.read())
            name, data = f"posteingang-{received.isoformat()}.zip", buffer.getvalue()
        sha = store.put_original(data)
        result = submit(
            store,
            settings,
            [Original(name, sha)],
            source="post",
            source_ref=f"web:{g.user['id']}",
            actor=g.user["name"],
            received=received,
        )
        if result.outcome == "quarantine":
            flash(f"Die Einsendung konnte nicht gelesen werden und liegt in der Quarantäne: {result.reason}")
            return redirect(url_for("triage"))
        flash(
            f"Eingang gespeichert: {'neuer Fall' if result.new_case else 'zugeordnet zu'} "
            f"{result.case_reference}."
        )
        return redirect(url_for("case", case_id=result.case_id))

    # -- statistics ----------------------------------------------------------------------------

    @app.get("/statistik")
    def stats():
        data = views.statistics(case_overview(store))
        return render_template(
            "stats.html",
            s=data,
            chart_years=column_chart(data["per_year"], "Anträge je Jahr", height=200),
            chart_months=column_chart(data["per_month"], "Anträge je Monat", width=900),
            chart_nat=bar_chart(data["nationalities"], "Häufigste Staatsangehörigkeiten"),
            chart_missing=bar_chart(data["missing"], "Am häufigsten fehlende Unterlagen"),
        )

    # -- admin ---------------------------------------------------------------------------------

    @app.route("/benutzer", methods=["GET", "POST"])
    @admin_required
    def users():
        if request.method == "POST":
            try:
                create_user(
                    store,
                    request.form.get("name", ""),
                    request.form.get("password", ""),
                    request.form.get("role", "caseworker"),
                    actor=g.user["name"],
                )
                flash("Benutzer angelegt.")
            except (AccountError, StoreError) as exc:
                flash(str(exc))
            return redirect(url_for("users"))
        return render_template("users.html", users=user_list(store), roles=USER_ROLES)

    def account_or_404(user_id: int) -> dict:
        account = user_by_id(store, user_id)
        if account is None:
            abort(404, "Dieses Konto gibt es nicht.")
        return account

    @app.post("/benutzer/<int:user_id>/aktiv")
    @admin_required
    def user_active(user_id: int):
        account = account_or_404(user_id)
        active = request.form.get("active") == "1"
        if not active and account["id"] == g.user["id"]:
            flash("Das eigene Konto kann nicht deaktiviert werden (sonst sperrt man sich aus).", "error")
        elif user_set_active(store, user_id, active, g.user["name"]):
            flash(f"Konto {account['name']} {'wieder aktiviert' if active else 'deaktiviert'}.")
        return redirect(url_for("users"))

    @app.post("/benutzer/<int:user_id>/passwort")
    @admin_required
    def user_password(user_id: int):
        account = account_or_404(user_id)
        try:
            version = reset_password(store, user_id, request.form.get("password", ""), g.user["name"])
        except AccountError as exc:
            flash(str(exc), "error")
            return redirect(url_for("users"))
        if account["id"] == g.user["id"]:
            session["sv"] = version  # the admin's own session stays valid
        flash(f"Passwort von {account['name']} neu gesetzt; bestehende Sitzungen des Kontos sind beendet.")
        return redirect(url_for("users"))

    @app.route("/konto", methods=["GET", "POST"])
    def account():
        if request.method == "POST":
            new = request.form.get("new_password", "")
            try:
                if new != request.form.get("new_password2", ""):
                    raise AccountError("Die beiden neuen Passwörter stimmen nicht überein.")
                version = change_password(
                    store, g.user["id"], request.form.get("old_password", ""), new, g.user["name"]
                )
            except AccountError as exc:
                flash(str(exc), "error")
                return redirect(url_for("account"))
            session["sv"] = version  # this session stays; the account's other sessions end
            flash("Passwort geändert. Andere Sitzungen dieses Kontos sind beendet.")
            return redirect(url_for("account"))
        return render_template("account.html")

    @app.get("/protokoll")
    @admin_required
    def audit_log():
        return render_template("audit.html", entries=list(reversed(store.audit_log()))[:500])

    @app.errorhandler(400)
    @app.errorhandler(401)
    @app.errorhandler(403)
    @app.errorhandler(404)
    @app.errorhandler(409)
    @app.errorhandler(413)
    def _error(exc):
        messages = {
            400: "Ungültige Anfrage.",
            401: "Bitte zuerst anmelden.",
            403: "Dafür fehlt Ihnen die Berechtigung (nur Administration).",
            404: "Nicht gefunden.",
            409: "Der Fall hat sich inzwischen geändert.",
            413: "Die Datei ist zu groß (höchstens 200 MB).",
        }
        detail = exc.description if exc.code in (400, 404, 409) and exc.description else ""
        if detail.startswith(("The ", "Bad ", "Not ")):
            detail = ""  # werkzeug's English defaults
        return render_template(
            "error.html", code=exc.code, message=messages.get(exc.code, ""), detail=detail
        ), exc.code

    return app
