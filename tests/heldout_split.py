"""Checks shared by the tests of the held-out splits (`holdout`, `blind`, `blind2`, `blind3`, `blind4`,
`blind5`, `blind6`, `blind7`, `blind8`, `blind9`, `blind10`, `blind11`, `blind12`, `blind13`, `blind14`, `blind15`,
`blind16`, `blind17`, `blind18`, `blind19`, `blind20`, `blind21`, `blind22`):
their templates are new and cover every class, their cases use only their own templates, and their
applications write every person the truth records."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from hfk.corpus import generate as G
from hfk.corpus import render as R
from hfk.corpus.scenario import DocPlan
from hfk.corpus.templates import TEMPLATES
from hfk.corpus.text_antrag import fmt

MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_EN = "January February March April May June July August September October November December".split()


# classes with at least three templates per held-out split (the others have two)
THREE = {
    "bamf_bescheid",
    "aerztliches_gutachten",
    "vollmacht",
    "schweigepflichtsentbindung",
    "datenschutzeinwilligung",
}


def split_names(split: str) -> set[str]:
    return {t[0] for tpls in TEMPLATES.values() for t in tpls if t[1] == split}


def check_templates_new_and_complete(split: str, earlier: tuple[str, ...]) -> None:
    """No template name of `split` is used by an earlier split; every class has its own templates
    (three for THREE, two otherwise), four German and two English applications, and a hearing
    invitation beside another `sonstiges` template."""
    own_all = split_names(split)
    others = set().union(*(split_names(s) for s in earlier))
    assert own_all and not own_all & others
    for cls, tpls in TEMPLATES.items():
        own = [t[0] for t in tpls if t[1] == split]
        assert len(own) >= (3 if cls in THREE else 2), cls
    antrag = [t[0] for t in TEMPLATES["antrag"] if t[1] == split]
    assert len([n for n in antrag if "_en_" not in n]) >= 4
    assert len([n for n in antrag if "_en_" in n]) >= 2
    sonst = [t[0] for t in TEMPLATES["sonstiges"] if t[1] == split]
    assert any("anhoerung" in n for n in sonst) and any("anhoerung" not in n for n in sonst)


def check_split_in_generator_and_cli(split: str, out: Path) -> None:
    """The generator knows the split (and names it when refusing an unknown one); the CLI offers it."""
    assert split in G.SPLITS
    try:
        G.generate(out, seed=0, cases=1, split="blind23")
    except ValueError as e:
        assert split in str(e)
    else:
        raise AssertionError("an unknown split was accepted")
    cli = subprocess.run(
        [sys.executable, "-m", "hfk.cli", "corpus", "generate", "--help"], capture_output=True, text=True
    )
    assert split in cli.stdout, cli.stdout + cli.stderr


def birth_forms(d) -> set[str]:
    """The ways a template of any split may write a birth date."""
    return {
        fmt(d),
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
        f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
    }


def generated_templates(out: Path, split: str, seed: int, cases: int) -> set[str]:
    """Generate `cases` cases of `split`; assert each document used a template of that split.
    Returns the template names used."""
    G.generate(out, seed=seed, cases=cases, split=split)
    own = split_names(split)
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*/truth.json"))]
    assert len(truths) == cases
    used = set()
    for t in truths:
        assert t["split"] == split and t["case_id"].startswith(f"{split}-")
        for d in t["documents"]:
            used.add(d["template"])
            # the mail body that only carries the attachments is named after the split, not a template
            assert d["template"] in own or d["template"] == f"sonstiges_mail_cover_{split}", d["template"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["split"] == split and summary["cases"] == cases
    return used


def antrag_cases(split: str, language: str, n: int) -> list:
    found, seed = [], 0
    while len(found) < n:
        c = G.make_case(random.Random(f"{split}-persons:{seed}"), f"{split[0]}-{seed}", split, 0)
        seed += 1
        if c.language == language:
            found.append(c)
    return found


def check_antrag_names_every_person(split: str, language: str, authority: bool) -> None:
    """Every application template of the split writes each person's name and birth date (and an
    omitted birth date nowhere), the address and, if `authority`, the Ausländerbehörde."""
    tids = [t for t in TEMPLATES["antrag"] if t[1] == split and ("_en_" in t[0]) == (language == "en")]
    assert tids
    cases = antrag_cases(split, language, 12 if language == "de" else 6)
    # make sure the check also meets an omitted birth date and a family
    assert any(len(c.persons) > 1 for c in cases)
    cases[0].omitted = {len(cases[0].persons) - 1: "geburtsdatum"}
    for c in cases:
        for tid, _, fn in tids:
            text = R.spec_text(fn(c, DocPlan("antrag", c.received), random.Random(tid + c.case_id)))
            for i, p in enumerate(c.persons):
                assert p.name.casefold() in text.casefold() and p.vorname in text, (tid, p.full)
                written = any(f in text for f in birth_forms(p.geburtsdatum))
                # an omitted birth date is nowhere in the letter (not in the story either)
                assert written != (c.omitted.get(i) == "geburtsdatum"), (tid, p.full, c.omitted)
            assert c.adresse in text, tid
            if authority:
                assert c.abh in text, tid


def check_bamf_decision_pages(split: str) -> None:
    """Every BAMF decision template of the split writes the Gesch.-Z. on its first page and
    "Seite x von y" on every page, over at least three pages."""
    c = next(c for c in antrag_cases(split, "de", 30) if c.asylum)
    for tid in [t[0] for t in TEMPLATES["bamf_bescheid"] if t[1] == split]:
        d = DocPlan("bamf_bescheid", c.bamf_date, template=tid, extra={"bamf_reasons": 5})
        pages = G.render_pages(c, d, random.Random(tid))
        assert len(pages) >= 3, tid
        texts = [" ".join(i.text for i in page if i.kind == "text") for page in pages]
        assert c.bamf_gz in texts[0], tid
        for n, text in enumerate(texts, 1):
            assert f"Seite {n} von {len(pages)}" in text, (tid, n)


def antrag_text(c, tid: str) -> str:
    """The plain text of application template `tid` rendered for case `c`."""
    fn = next(t[2] for t in TEMPLATES["antrag"] if t[0] == tid)
    return R.spec_text(fn(c, DocPlan("antrag", c.received), random.Random(tid + c.case_id)))


def check_antrag_names_every_person_flat(split: str, language: str, abh_alt=None) -> None:
    """Like check_antrag_names_every_person, but the address may be spread over lines and the
    Ausländerbehörde may be written in other words (`abh_alt(abh)`)."""
    tids = [t[0] for t in TEMPLATES["antrag"] if t[1] == split and ("_en_" in t[0]) == (language == "en")]
    assert tids
    cases = antrag_cases(split, language, 12 if language == "de" else 6)
    assert any(len(c.persons) > 1 for c in cases)
    cases[0].omitted = {len(cases[0].persons) - 1: "geburtsdatum"}
    for c in cases:
        for tid in tids:
            text = antrag_text(c, tid)
            for i, p in enumerate(c.persons):
                assert p.name.casefold() in text.casefold() and p.vorname in text, (tid, p.full)
                written = any(f in text for f in birth_forms(p.geburtsdatum))
                assert written != (c.omitted.get(i) == "geburtsdatum"), (tid, p.full, c.omitted)
            flat = " ".join(text.split())
            assert c.street in flat and f"{c.plz} {c.city}" in flat, tid
            if language == "de":
                assert c.abh in text or (abh_alt is not None and abh_alt(c.abh) in text), tid


def check_antrag_writes_birth_place_nationality_and_representative(split: str) -> None:
    """The other person fields are written unless the case omits them; a representative's name and
    address stand in the letter (the truth records them; a letterhead may be in capitals)."""
    cases = antrag_cases(split, "de", 16)
    if not any(c.omitted for c in cases):
        # the split's first 16 German cases may draw no omission (blind16's do not): make one, so the check meets it
        cases[0].omitted = {len(cases[0].persons) - 1: "geburtsort"}
    assert any(c.rep is not None for c in cases) and any(c.omitted for c in cases)
    for c in cases:
        for tid in [t[0] for t in TEMPLATES["antrag"] if t[1] == split and "_en_" not in t[0]]:
            text = antrag_text(c, tid)
            for i, p in enumerate(c.persons):
                if c.omitted.get(i) != "geburtsort":
                    assert p.geburtsort in text, (tid, p.full)
                if c.omitted.get(i) != "staatsangehoerigkeit":
                    assert p.staat in text, (tid, p.full)
            if c.rep is not None:
                name = c.rep.org if c.rep.kind != "privat" else c.rep.person
                assert name.casefold() in text.casefold() and c.rep.street in text and c.rep.city in text, tid


ALL_TOPICS = {"lebensgeschichte", "aufenthaltssituation", "familie", "integration", "humanitaere_gruende"}


def check_antrag_states_triggers(
    split: str, *, all_topics: bool = True, gestattung: bool = True, also_absent: tuple[str, ...] = ()
) -> None:
    """Hints and checklist triggers the truth expects are written in every application, and only then.
    `all_topics`: tell every Begründung topic (else the case's own); `gestattung`: also check a
    stated Aufenthaltsgestattung; `also_absent`: more words that must be missing once no trigger is set."""
    c = next(c for c in antrag_cases(split, "de", 20) if c.rep is None or "Asyl" not in c.rep.org)
    c.asylum, c.asylum_applied, c.bamf_date, c.bamf_gz = True, c.entry, c.entry, "7654321-475"
    c.rueckfuehrung, c.ausbildung, c.s58a, c.einreiseverbot = c.received, True, True, True
    if all_topics:
        c.topics = set(ALL_TOPICS)
    tids = [t[0] for t in TEMPLATES["antrag"] if t[1] == split]
    german = [tid for tid in tids if "_en_" not in tid]
    for tid in tids:
        c.language = "en" if "_en_" in tid else "de"
        text = antrag_text(c, tid)
        assert "7654321-475" in text and "§ 58a" in text and "§ 60c" in text and "§ 11" in text, tid
    c.language = "de"
    c.court, c.court_pending, c.court_name, c.court_az = (
        True,
        True,
        "Verwaltungsgericht Minden",
        "3 K 123/24.A",
    )
    c.criminal, c.offence, c.criminal_date = True, ("Diebstahls", "10 Tagessätzen"), c.received
    c.illness, c.ill_person, c.diagnosis = (
        True,
        0,
        ("F43.1 G", "Posttraumatische Belastungsstörung", "schwer"),
    )
    stated = ("3 K 123/24.A", "Strafbefehl", "Belastungsstörung")
    if gestattung:
        c.gestattung = True
        stated += ("Aufenthaltsgestattung",)
    for tid in german:
        text = antrag_text(c, tid)
        for word in stated:
            assert word in text, (tid, word)
    c.asylum, c.rueckfuehrung, c.ausbildung, c.s58a, c.einreiseverbot = False, None, False, False, False
    c.court, c.criminal, c.illness, c.gestattung = False, False, False, False
    for tid in german:
        text = antrag_text(c, tid)
        for word in (
            "Asyl",
            "§ 58a",
            "§ 60c",
            "§ 11",
            "Strafbefehl",
            "Verwaltungsgericht",
            "Gestattung",
            *also_absent,
        ):
            assert word not in text, (tid, word)


def check_antrag_leaves_out_dropped_topics(split: str) -> None:
    """A topic the case drops is not told (the truth then expects an incomplete Begründung)."""
    c = next(c for c in antrag_cases(split, "de", 20) if len(c.persons) > 1 and not c.ausbildung)
    c.einreiseverbot = False
    c.topics = set(ALL_TOPICS)
    german = [t[0] for t in TEMPLATES["antrag"] if t[1] == split and "_en_" not in t[0]]
    for tid in german:
        assert c.club in antrag_text(c, tid), tid
    c.topics.discard("integration")
    for tid in german:
        assert c.club not in antrag_text(c, tid), tid


def check_english_antrag_writes_english_nationality(split: str) -> None:
    """The truth records the English nationality for an English application."""
    for c in antrag_cases(split, "en", 6):
        for tid in [t[0] for t in TEMPLATES["antrag"] if t[1] == split and "_en_" in t[0]]:
            text = antrag_text(c, tid)
            if not any(v == "staatsangehoerigkeit" for v in c.omitted.values()):
                assert c.natinfo["en"] in text, tid
