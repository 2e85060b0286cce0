"""`hfk eval`: run the real pipeline on generated cases and compare with their truth.json."""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hfk.pipeline import process
from hfk.settings import Settings

PERSON_FIELDS = ("name", "vorname", "geburtsdatum", "geburtsort", "staatsangehoerigkeit", "adresse")
DATED_TYPES = ("aerztliches_gutachten", "bamf_bescheid")


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-averaged F1 over every class that occurs in truth or prediction."""
    classes = {t for t, _ in pairs} | {p for _, p in pairs}
    if not classes:
        return 0.0
    scores = []
    for c in classes:
        tp = sum(1 for t, p in pairs if t == c and p == c)
        fp = sum(1 for t, p in pairs if t != c and p == c)
        fn = sum(1 for t, p in pairs if t == c and p != c)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def _norm(text: str) -> str:
    return " ".join((text or "").casefold().replace("ß", "ss").replace(",", " ").split())


def _ratio(hit: int, total: int) -> float | None:
    return hit / total if total else None


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


@dataclass
class Tally:
    """Counts gathered over all cases; turned into figures by EvalResults."""

    page_pairs: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    docs_total: int = 0
    docs_exact: int = 0
    bundles_total: int = 0
    bundles_exact: int = 0
    checklist: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    checklist_confusions: Counter = field(default_factory=Counter)
    complete: list[bool] = field(default_factory=list)
    hints_tp: int = 0
    hints_fp: int = 0
    hints_fn: int = 0
    hint_misses: Counter = field(default_factory=Counter)
    dates: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    person_fields_total: int = 0
    person_fields_right: int = 0
    persons_total: int = 0
    persons_found: int = 0
    # Breakdown of the persons target (found by name + first name AND birth date right), per
    # role, per rendering of the application they come from, per language; plus why a miss missed.
    persons_by: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    person_misses: Counter = field(default_factory=Counter)
    person_field_errors: Counter = field(default_factory=Counter)
    persons_extra: int = 0
    # Cases with a truth person not read right, and whether the application was marked for review
    # (the learned birth-date check, classify/birthdates.py, is meant to catch those silently wrong).
    persons_wrong_cases: int = 0
    persons_wrong_flagged: int = 0
    persons_right_flagged: int = 0
    # (confidence, flagged for review, wrong) per predicted document: wrong = its file, pages and
    # type are not exactly a document of the truth. Measures whether the review flag catches the
    # errors, and what another threshold would catch.
    review_docs: list[tuple[float, bool, bool]] = field(default_factory=list)
    errors_expected: int = 0
    errors_reported: int = 0
    seconds: float = 0.0
    pages: int = 0
    cases: int = 0
    failed_cases: list[str] = field(default_factory=list)


@dataclass
class EvalResults:
    tally: Tally

    def figures(self) -> dict:
        t = self.tally
        all_pairs = [pair for pairs in t.page_pairs.values() for pair in pairs]
        per_rendering = {
            r: {
                "pages": len(pairs),
                "page_accuracy": _ratio(sum(1 for a, b in pairs if a == b), len(pairs)),
                "macro_f1": macro_f1(pairs),
            }
            for r, pairs in sorted(t.page_pairs.items())
        }
        confusions = Counter((a, b) for a, b in all_pairs if a != b).most_common(8)
        checklist = {k: _ratio(sum(v), len(v)) for k, v in sorted(t.checklist.items())}
        all_checks = [ok for v in t.checklist.values() for ok in v]
        return {
            "cases": t.cases,
            "pages": t.pages,
            "failed_cases": t.failed_cases,
            "page_accuracy": _ratio(sum(1 for a, b in all_pairs if a == b), len(all_pairs)),
            "page_macro_f1": macro_f1(all_pairs),
            "per_rendering": per_rendering,
            "confusions": [{"truth": a, "predicted": b, "pages": n} for (a, b), n in confusions],
            "document_accuracy": _ratio(t.docs_exact, t.docs_total),
            "bundle_segmentation_exact": _ratio(t.bundles_exact, t.bundles_total),
            "bundles": t.bundles_total,
            "checklist_accuracy": _ratio(sum(all_checks), len(all_checks)),
            "checklist_per_id": checklist,
            "checklist_confusions": [
                {"id": i, "truth": a, "predicted": b, "cases": n}
                for (i, a, b), n in t.checklist_confusions.most_common(10)
            ],
            "complete_accuracy": _ratio(sum(t.complete), len(t.complete)),
            "hint_precision": _ratio(t.hints_tp, t.hints_tp + t.hints_fp),
            "hint_recall": _ratio(t.hints_tp, t.hints_tp + t.hints_fn),
            "hint_errors": dict(t.hint_misses.most_common()),
            "date_accuracy": {k: _ratio(sum(v), len(v)) for k, v in sorted(t.dates.items())},
            "person_field_accuracy": _ratio(t.person_fields_right, t.person_fields_total),
            "persons_found": _ratio(t.persons_found, t.persons_total),
            "persons_right": _ratio(t.persons_by["alle"]["right"], t.persons_total),
            "persons_breakdown": {
                group: {
                    "persons": c["total"],
                    "found": _ratio(c["found"], c["total"]),
                    "right": _ratio(c["right"], c["total"]),
                }
                for group, c in sorted(t.persons_by.items())
            },
            "person_misses": dict(t.person_misses.most_common()),
            "person_field_errors": dict(t.person_field_errors.most_common()),
            "persons_extra": t.persons_extra,
            "persons_review": {
                "cases_wrong": t.persons_wrong_cases,
                "wrong_flagged": t.persons_wrong_flagged,
                "right_flagged": t.persons_right_flagged,
            },
            "review": _review_figures(t.review_docs),
            "errors_reported": _ratio(t.errors_reported, t.errors_expected),
            "seconds_per_page": (t.seconds / t.pages) if t.pages else None,
        }

    def render(self) -> str:
        f = self.figures()
        lines = [f"Fälle: {f['cases']}, Seiten: {f['pages']}"]
        if f["failed_cases"]:
            lines.append(f"Abgebrochene Fälle: {', '.join(f['failed_cases'])}")
        lines.append("")
        lines.append(f"{'Darstellung':<12} {'Seiten':>6} {'Genauigk.':>9} {'Makro-F1':>9}")
        for r, v in f["per_rendering"].items():
            lines.append(f"{r:<12} {v['pages']:>6} {_fmt(v['page_accuracy']):>9} {_fmt(v['macro_f1']):>9}")
        lines.append(
            f"{'alle':<12} {f['pages']:>6} {_fmt(f['page_accuracy']):>9} {_fmt(f['page_macro_f1']):>9}"
        )
        if f["confusions"]:
            lines.append("Häufigste Verwechslungen (Wahrheit -> Vorhersage: Seiten):")
            lines += [f"  {c['truth']} -> {c['predicted']}: {c['pages']}" for c in f["confusions"]]
        lines.append("")
        lines.append(f"Dokumente exakt (Datei, Seiten, Art): {_fmt(f['document_accuracy'])}")
        lines.append(f"Bündel exakt getrennt ({f['bundles']}):        {_fmt(f['bundle_segmentation_exact'])}")
        lines.append("")
        lines.append("Checkliste je Punkt (Anteil richtiger Status):")
        for k, v in f["checklist_per_id"].items():
            lines.append(f"  {k:<28} {_fmt(v)}")
        if f["checklist_confusions"]:
            lines.append("Häufigste Statusfehler (Punkt: Wahrheit -> Vorhersage):")
            lines += [
                f"  {c['id']}: {c['truth']} -> {c['predicted']}: {c['cases']}"
                for c in f["checklist_confusions"]
            ]
        lines.append(f"'complete' richtig: {_fmt(f['complete_accuracy'])}")
        lines.append(f"Hinweise Präzision {_fmt(f['hint_precision'])}, Trefferquote {_fmt(f['hint_recall'])}")
        for k, v in f["date_accuracy"].items():
            lines.append(f"Ausstellungsdatum {k:<22} {_fmt(v)}")
        lines.append(
            f"Personen gefunden {_fmt(f['persons_found'])}, Felder richtig {_fmt(f['person_field_accuracy'])}"
        )
        if f["persons_breakdown"]:
            lines.append(
                f"Personen richtig (Name, Vorname, Geburtsdatum): {_fmt(f['persons_right'])}; "
                f"zusätzlich gemeldete Personen: {f['persons_extra']}"
            )
            lines.append(f"  {'Gruppe':<22} {'Pers.':>5} {'gefunden':>8} {'richtig':>8}")
            for group, v in f["persons_breakdown"].items():
                lines.append(f"  {group:<22} {v['persons']:>5} {_fmt(v['found']):>8} {_fmt(v['right']):>8}")
        if f["person_misses"]:
            lines.append("Personenfehler (Art: Personen):")
            lines += [f"  {k}: {n}" for k, n in f["person_misses"].items()]
        if f["person_field_errors"]:
            lines.append("Falsche Felder gefundener Personen (Feld: Personen):")
            lines += [f"  {k}: {n}" for k, n in f["person_field_errors"].items()]
        pr = f["persons_review"]
        lines.append(
            f"Anträge mit Personenfehler: {pr['cases_wrong']}, davon zur Prüfung markiert {pr['wrong_flagged']}; "
            f"markiert ohne Personenfehler: {pr['right_flagged']}"
        )
        rv = f["review"]
        if rv["documents"]:
            lines.append(
                f"Prüfung empfohlen: {rv['flagged']} von {rv['documents']} Dokumenten, davon falsch "
                f"{rv['flagged_wrong']}; falsche Dokumente {rv['wrong']}, davon markiert {_fmt(rv['wrong_flagged'])}"
            )
            lines.append(
                f"  {'Schwelle':<10} {'markiert':>8} {'falsch erkannt':>15} {'unbemerkt falsch':>17}"
            )
            for row in rv["thresholds"]:
                lines.append(
                    f"  {row['threshold']:<10.2f} {row['flagged']:>8} {row['wrong_caught']:>15} {row['wrong_silent']:>17}"
                )
        lines.append(f"Nicht lesbare Dateien gemeldet: {_fmt(f['errors_reported'])}")
        sp = f["seconds_per_page"]
        lines.append("")
        lines.append(
            "SUMMARY "
            f"cases={f['cases']} pages={f['pages']} page_acc={_fmt(f['page_accuracy']).strip()} "
            f"page_macro_f1={_fmt(f['page_macro_f1']).strip()} doc_acc={_fmt(f['document_accuracy']).strip()} "
            f"bundle_seg={_fmt(f['bundle_segmentation_exact']).strip()} "
            f"checklist_acc={_fmt(f['checklist_accuracy']).strip()} complete_acc={_fmt(f['complete_accuracy']).strip()} "
            f"hint_p={_fmt(f['hint_precision']).strip()} hint_r={_fmt(f['hint_recall']).strip()} "
            f"person_fields={_fmt(f['person_field_accuracy']).strip()} "
            f"s_per_page={'-' if sp is None else f'{sp:.2f}'}"
        )
        return "\n".join(lines)


REVIEW_SWEEP = (0.5, 0.6, 0.7, 0.8, 0.9)


def _review_figures(docs: list[tuple[float, bool, bool]]) -> dict:
    wrong = [d for d in docs if d[2]]
    return {
        "documents": len(docs),
        "flagged": sum(1 for d in docs if d[1]),
        "flagged_wrong": sum(1 for d in docs if d[1] and d[2]),
        "wrong": len(wrong),
        "wrong_flagged": _ratio(sum(1 for d in wrong if d[1]), len(wrong)),
        "thresholds": [
            {
                "threshold": t,
                "flagged": sum(1 for d in docs if d[0] < t),
                "wrong_caught": sum(1 for d in wrong if d[0] < t),
                "wrong_silent": sum(1 for d in wrong if d[0] >= t),
            }
            for t in REVIEW_SWEEP
        ],
    }


def _page_types(documents: list[dict]) -> dict[tuple[str, int], str]:
    return {(d["file"], p): d["type"] for d in documents for p in d["pages"]}


def _score_case(truth: dict, report: dict, tally: Tally) -> None:
    predicted_pages = _page_types(report["documents"])
    for doc in truth["documents"]:
        for p in doc["pages"]:
            tally.page_pairs[doc.get("rendering", "?")].append(
                (doc["type"], predicted_pages.get((doc["file"], p), "(keine)"))
            )

    predicted_docs = {(d["file"], tuple(d["pages"]), d["type"]) for d in report["documents"]}
    for doc in truth["documents"]:
        tally.docs_total += 1
        tally.docs_exact += (doc["file"], tuple(doc["pages"]), doc["type"]) in predicted_docs
    truth_docs = {(d["file"], tuple(d["pages"]), d["type"]) for d in truth["documents"]}
    for d in report["documents"]:
        wrong = (d["file"], tuple(d["pages"]), d["type"]) not in truth_docs
        tally.review_docs.append((float(d.get("confidence", 0.0)), bool(d.get("needs_review")), wrong))

    by_file_truth: dict[str, list[tuple[int, ...]]] = defaultdict(list)
    by_file_pred: dict[str, list[tuple[int, ...]]] = defaultdict(list)
    for doc in truth["documents"]:
        by_file_truth[doc["file"]].append(tuple(doc["pages"]))
    for doc in report["documents"]:
        by_file_pred[doc["file"]].append(tuple(doc["pages"]))
    for name, ranges in by_file_truth.items():
        if len(ranges) > 1:
            tally.bundles_total += 1
            tally.bundles_exact += sorted(ranges) == sorted(by_file_pred.get(name, []))

    predicted_status = {item["id"]: item["status"] for item in report["checklist"]}
    for item_id, status in truth["checklist"].items():
        got = predicted_status.get(item_id, "(fehlt)")
        tally.checklist[item_id].append(got == status)
        if got != status:
            tally.checklist_confusions[(item_id, status, got)] += 1
    tally.complete.append(bool(report["complete"]) == bool(truth["complete"]))

    truth_hints = set(truth.get("hints", []))
    predicted_hints = {h["id"] for h in report["hints"]}
    tally.hints_tp += len(truth_hints & predicted_hints)
    tally.hints_fp += len(predicted_hints - truth_hints)
    tally.hints_fn += len(truth_hints - predicted_hints)
    for h in predicted_hints - truth_hints:
        tally.hint_misses[f"{h} (falsch gemeldet)"] += 1
    for h in truth_hints - predicted_hints:
        tally.hint_misses[f"{h} (übersehen)"] += 1

    for doc in truth["documents"]:
        if doc["type"] not in DATED_TYPES:
            continue
        candidates = [
            d
            for d in report["documents"]
            if d["file"] == doc["file"] and d["type"] == doc["type"] and set(d["pages"]) & set(doc["pages"])
        ]
        tally.dates[doc["type"]].append(any(d.get("date") == doc.get("date") for d in candidates))

    _score_persons(truth, report, tally)

    reported_errors = {e["file"] for e in report.get("errors", [])}
    for name in truth.get("errors", []):
        tally.errors_expected += 1
        tally.errors_reported += name in reported_errors


def _person_role(index: int, person: dict, persons: list[dict]) -> str:
    """The generator lists the applicant first; others are told apart by the age gap to the applicant."""
    if index == 0:
        return "antragsteller"
    try:
        gap = abs(date.fromisoformat(person["geburtsdatum"]) - date.fromisoformat(persons[0]["geburtsdatum"]))
    except (KeyError, ValueError):
        return "weitere"
    return "kind" if gap.days >= 15 * 365 else "partner"


def _miss_kind(person: dict, match: dict | None, predicted: list[dict]) -> str | None:
    """Why a truth person does not count as right (None: name, first name and birth date right)."""
    born = _norm(person.get("geburtsdatum", ""))
    if match is not None:
        got = _norm(match.get("geburtsdatum", ""))
        if got == born:
            return None
        return "Geburtsdatum fehlt" if not got else "Geburtsdatum falsch"
    same = {
        k: [p for p in predicted if _norm(p.get(k, "")) == _norm(person.get(k, ""))]
        for k in ("name", "vorname", "geburtsdatum")
    }
    if any(p in same["geburtsdatum"] for p in same["name"]):
        return "Vorname falsch"
    if any(p in same["geburtsdatum"] for p in same["vorname"]):
        return "Name falsch"
    if same["geburtsdatum"]:
        return "Name und Vorname falsch"
    if same["name"]:
        return "nicht gefunden (Familienname anderer Person)"
    return "nicht gefunden"


def _match_persons(persons: list[dict], predicted: list[dict]) -> list[dict | None]:
    """The predicted person matched to each truth person: one with the same name and first name. Truth
    persons whose birth date a namesake carries are matched first, so that a parent and a child of one
    name (or two children) are not matched crosswise; among candidates the one that agrees on most
    fields wins."""
    unused = list(predicted)
    matches: list[dict | None] = [None] * len(persons)

    def same_names(p: dict, person: dict) -> bool:
        return _norm(p.get("name", "")) == _norm(person["name"]) and _norm(p.get("vorname", "")) == _norm(
            person["vorname"]
        )

    def agreeing(p: dict, person: dict) -> int:
        return sum(_norm(p.get(k, "")) == _norm(person.get(k, "")) for k in PERSON_FIELDS)

    for same_date in (True, False):
        for index, person in enumerate(persons):
            if matches[index] is not None:
                continue
            candidates = [
                p
                for p in unused
                if same_names(p, person)
                and (
                    not same_date or _norm(p.get("geburtsdatum", "")) == _norm(person.get("geburtsdatum", ""))
                )
            ]
            match = max(candidates, key=lambda p, person=person: agreeing(p, person), default=None)
            if match is not None:
                unused.remove(match)
                matches[index] = match
    return matches


def _score_persons(truth: dict, report: dict, tally: Tally) -> None:
    predicted = list(report.get("persons", []))
    persons = truth.get("persons", [])
    matches = _match_persons(persons, predicted)
    renderings = [d.get("rendering", "?") for d in truth["documents"] if d["type"] == "antrag"]
    rendering = renderings[0] if renderings else "(kein Antrag)"
    antrag_pages = {(d["file"], p) for d in truth["documents"] if d["type"] == "antrag" for p in d["pages"]}
    antrag_seen = any(
        (d["file"], p) in antrag_pages
        for d in report["documents"]
        if d["type"] == "antrag"
        for p in d["pages"]
    )
    language = truth.get("scenario", {}).get("language", "?")
    case_right: list[bool] = []
    for index, person in enumerate(persons):
        role = _person_role(index, person, persons)
        tally.persons_total += 1
        match = matches[index]
        tally.persons_found += match is not None
        for key in PERSON_FIELDS:
            tally.person_fields_total += 1
            if match is not None and _norm(match.get(key, "")) == _norm(person.get(key, "")):
                tally.person_fields_right += 1
        if match is not None:
            for key in PERSON_FIELDS:
                if _norm(match.get(key, "")) != _norm(person.get(key, "")):
                    tally.person_field_errors[key if match.get(key) else f"{key} (leer)"] += 1
        kind = _miss_kind(person, match, predicted)
        if kind and not antrag_seen:
            kind += " (Antrag nicht erkannt)"
        if kind:
            tally.person_misses[f"{role}: {kind}"] += 1
        case_right.append(kind is None)
        for group in ("alle", f"Rolle {role}", f"Darstellung {rendering}", f"Sprache {language}"):
            counts = tally.persons_by[group]
            counts["total"] += 1
            counts["found"] += match is not None
            counts["right"] += kind is None
    tally.persons_extra += len(predicted) - sum(m is not None for m in matches)
    flagged = any(d["type"] == "antrag" and d.get("needs_review") for d in report["documents"])
    wrong = any(not c for c in case_right)
    tally.persons_wrong_cases += wrong
    tally.persons_wrong_flagged += wrong and flagged
    tally.persons_right_flagged += flagged and not wrong


def case_dirs(root: Path) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/truth.json"))


def evaluate_cases(
    root: Path,
    settings: Settings,
    json_path: Path | None = None,
    limit: int = 0,
    progress: Callable[[str], None] | None = None,
) -> EvalResults:
    cases = case_dirs(root)
    if limit:
        cases = cases[:limit]
    if not cases:
        raise SystemExit(f"Keine Testfälle (*/truth.json) in {root} gefunden.")
    tally = Tally()
    for n, case in enumerate(cases, 1):
        truth = json.loads((case / "truth.json").read_text(encoding="utf-8"))
        inputs = sorted((case / "input").iterdir())
        started = time.perf_counter()
        try:
            report = process(
                inputs, case / "eval-output", settings, received=date.fromisoformat(truth["received"])
            ).report
        except Exception as exc:  # a crash is a finding of the evaluation: scored as nothing found
            tally.failed_cases.append(f"{case.name} ({type(exc).__name__})")
            report = {
                "documents": [],
                "checklist": [],
                "hints": [],
                "persons": [],
                "errors": [],
                "complete": None,
            }
        tally.seconds += time.perf_counter() - started
        tally.pages += sum(f["pages"] for f in truth["files"])
        tally.cases += 1
        _score_case(truth, report, tally)
        if progress:
            progress(f"[{n}/{len(cases)}] {case.name}: {len(report['documents'])} Dokumente")
    results = EvalResults(tally)
    if json_path:
        json_path.write_text(json.dumps(results.figures(), ensure_ascii=False, indent=2), encoding="utf-8")
    return results
