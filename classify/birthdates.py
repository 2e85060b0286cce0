"""Which dates of an application are someone's birth date: a small learned model, a check on the person rules.

The person rules (persons.py) read the layouts they know. A layout they do not know is read wrong or
not at all, and nothing says so. This model looks only at each date and the words around it (the
words before and after, the line's first word, the line above) and says whether it is a birth
date. On the applications of ten samples of templates it never saw, session 10's model found 1,441
of 1,593 birth dates and read 47 other dates as births (see the README). A birth date it finds that
no extracted person carries most likely means the rules missed a person: the application is marked
for review instead of being wrong silently.

The same model also says of each word whether it is a family name, a first name or neither (it was
trained on all three; session 11 keeps that side too). For a birth date no extracted person carries,
the words it reads as the two names make a person that case.py adds, with a note: on the date's own
line first (before the date, else after it), else in the lines above. A person the rules read already
(same names) is never added a second time.

Since session 12 it learns beside the `train` split's applications from 600 synthetic person records
(hfk.corpus.records): persons written in many conventions, amid dates that are no one's birth. On the
seen held-out samples persons right went blind8 0.792 -> 0.838, blind7 0.899 -> 0.916, and the
applications marked without a person error blind8 13 -> 9, blind7 19 -> 18; test s0 and val unchanged
(see the README).

Since session 24 a word OCR read one letter off a person's name ("Krasnigi", "DEMIROVIC") is learnt as
that name, not as a common word, and a table with a column per person is read column by column
(`_column_names`). A model trained without blind19 to blind21, read on them: names right 312 -> 353 of
446 (341 with the column reading alone), and 25 more read right but for a lost accent ("Demirovic").

The weights are an averaged perceptron over plain string features, trained on the `train` split and
the synthetic records only by scripts/train_birthdates.py, which rebuilds classify/data/birthdates.json
exactly.
The file holds feature weights and a list of common words (no names: words of any person's name
in the training truth are left out of it), never text of an application.
"""

from __future__ import annotations

import bisect
import json
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from hfk.classify.dates import DATE_RE, parse_match, repair_ocr_digits
from hfk.classify.normalize import clean, fold_word

MODEL_FILE = Path(__file__).with_name("data") / "birthdates.json"

# Lower case with umlauts as one letter each, so DATE_RE's folded month names match and every
# position stays the position in the original text (fold_word turns "ae" into "a" and would not).
_LOWER = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s", "Ä": "a", "Ö": "o", "Ü": "u"})
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d+|\S")
_WINDOW = (-3, -2, -1, 1, 2, 3)  # neighbours by position
_BAG = (8, 6)  # common words this far before / after


@dataclass
class Token:
    text: str
    line: int
    iso: str | None = None  # a date: its ISO form


@lru_cache(maxsize=32)
def date_spans(text: str) -> tuple[str, tuple[tuple[int, int, str | None], ...]]:
    """The text as the model reads it (cleaned, OCR's letters in digits repaired) and (start, end, ISO
    date or None) of every date in it, in order. Cached: the readers of persons.py ask for the same
    application's dates once per person."""
    text = repair_ocr_digits(clean(text))
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): keep positions
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    spans = tuple((m.start(), m.end(), parse_match(m)) for m in DATE_RE.finditer(low.translate(_LOWER)))
    # a date a line break cuts in two ("he was born on 20\nDecember 2020") stands on one line
    for start, end, _ in spans:
        if "\n" in text[start:end]:
            text = text[:start] + text[start:end].replace("\n", " ") + text[end:]
    return text, spans


def tokens(text: str) -> list[Token]:
    """Words, numbers and signs of a text; each date (any format DATE_RE reads) is one token."""
    text, dates = date_spans(text)
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    out: list[Token] = []
    pos = 0
    for start, end, iso in [*dates, (len(text), len(text), None)]:
        for m in _TOKEN.finditer(text, pos, start):
            out.append(Token(m.group(0), bisect.bisect_right(line_starts, m.start()) - 1))
        if iso:
            out.append(Token(text[start:end], bisect.bisect_right(line_starts, start) - 1, iso))
        pos = max(pos, end)
    return out


def _shape(word: str) -> str:
    s = re.sub(r"[^\W\d_]", lambda m: "X" if m.group(0).isupper() else "x", word)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(x{3,}|X{3,}|d{3,})", lambda m: m.group(0)[:3], s)


def _ident(token: Token, vocab: frozenset[str]) -> str:
    """A common word as itself; a name, number or rare word only by its shape (no name is learnt)."""
    if token.iso:
        return "<DATE>"
    word = fold_word(token.text)
    return word if word in vocab else f"<{_shape(token.text)}>"


def features(toks: list[Token], i: int, vocab: frozenset[str]) -> list[str]:
    """What the model sees of the token at position i (a date, or in training also a word)."""
    t = toks[i]
    n = len(toks)
    f = ["bias", "id=" + _ident(t, vocab), "shape=" + ("DATE" if t.iso else _shape(t.text))]
    if t.iso:
        year = int(t.iso[:4])
        f.append(f"decade={max(year // 10 * 10, 1930)}")
    else:
        word = fold_word(t.text)
        f += [f"suffix3={word[-3:]}", f"suffix2={word[-2:]}", f"length={min(len(t.text), 12)}"]
        f.append("capital" if t.text[:1].isupper() else "small")
    first = i
    while first > 0 and toks[first - 1].line == t.line:
        first -= 1
    f.append(f"column={min(i - first, 6)}")
    f.append("line_end" if i + 1 >= n or toks[i + 1].line != t.line else "line_goes_on")
    for d in _WINDOW:
        j = i + d
        if 0 <= j < n:
            f.append(f"w{d}{'s' if toks[j].line == t.line else 'o'}={_ident(toks[j], vocab)}")
            if abs(d) == 1:
                f.append(f"shape{d}=" + ("DATE" if toks[j].iso else _shape(toks[j].text)))
        else:
            f.append(f"w{d}=<NONE>")
    for j in range(max(0, i - _BAG[0]), min(n, i + _BAG[1])):
        ident = _ident(toks[j], vocab)
        if j != i and not ident.startswith("<"):
            f.append(("before=" if j < i else "after=") + ident)
    f.append("line_start=" + _ident(toks[first], vocab))
    if first > 0:
        above = first - 1
        while above > 0 and toks[above - 1].line == toks[first - 1].line:
            above -= 1
        f.append("above_start=" + _ident(toks[above], vocab))
    if any(toks[j].iso for j in range(first, min(n, i + 12)) if toks[j].line == t.line and j != i):
        f.append("line_has_other_date")
    return f


@dataclass
class Model:
    vocab: frozenset[str]
    weights: dict[str, float]  # > 0 leans to "birth date"
    names: dict[str, float] = field(default_factory=dict)  # a word: family name minus other word
    first_names: dict[str, float] = field(default_factory=dict)  # a word: first name minus other word

    def is_birth(self, toks: list[Token], i: int) -> bool:
        return sum(self.weights.get(x, 0.0) for x in features(toks, i, self.vocab)) > 0

    def word_label(self, toks: list[Token], i: int) -> str:
        """ "NAME", "VORNAME" or "O" for a word (the argmax of the three, "O" on a tie)."""
        feats = features(toks, i, self.vocab)
        name = sum(self.names.get(x, 0.0) for x in feats)
        first = sum(self.first_names.get(x, 0.0) for x in feats)
        if max(name, first) <= 0:
            return "O"
        return "NAME" if name >= first else "VORNAME"

    def persons(self, text: str, dates: Iterable[str]) -> list[tuple[str, str, str]]:
        """(family name, first name, ISO birth date) for each of `dates` the model reads as a birth date
        in the text: the nearest words it reads as a family name and as a first name before the date,
        back to the birth date before it (else after it on its line). Left out: a person without both
        names, one whose two names are the same word, a "birth" within a year of the text's latest date
        (the date of a letter quoted in its head)."""
        wanted = set(dates)
        toks = tokens(text)
        births = [i for i, t in enumerate(toks) if t.iso and self.is_birth(toks, i)]
        if not wanted or not births:
            return []
        latest = max(t.iso for t in toks if t.iso)
        recent = f"{int(latest[:4]) - 1}{latest[4:]}"
        labels: dict[int, str] = {}

        def label(j: int) -> str:
            if j not in labels:
                labels[j] = "O" if toks[j].iso else self.word_label(toks, j)
            return labels[j]

        out: list[tuple[str, str, str]] = []
        for k, i in enumerate(births):
            iso = toks[i].iso or ""
            if iso not in wanted or iso >= recent or any(p[2] == iso for p in out):
                continue
            start = max(births[k - 1] + 1 if k else 0, i - _RECORD_TOKENS)
            before = range(start, i)
            after = []
            for j in range(i + 1, min(len(toks), i + 15)):
                if toks[j].line != toks[i].line or toks[j].iso:
                    break  # the record ends with its line or at the next date
                after.append(j)
            # the date's own line first: before the date ("Karimi, Ahmad, geb. ..."), else after it
            # ("12.03.1985  Karimi, Ahmad"); else the lines above (a labelled block)
            line = [j for j in before if toks[j].line == toks[i].line]
            name = first = []
            for span in (line, after, before):
                name = _nearest([j for j in span if label(j) == "NAME"])
                first = _nearest([j for j in span if label(j) == "VORNAME"])
                if name and first:
                    break
            if not name or not first:
                name = name or [j for j in after if label(j) == "NAME"][:2]
                first = first or [j for j in after if label(j) == "VORNAME"][:2]
            column = _column_names(toks, i, births, label)
            if column:
                name, first = column
            family = " ".join(toks[j].text for j in name)
            given = " ".join(toks[j].text for j in first)
            if family and given and fold_word(family) != fold_word(given):
                out.append((family, given, iso))
        return out

    def birth_dates(self, text: str) -> list[str]:
        toks = tokens(text)
        found: list[str] = []
        for i, t in enumerate(toks):
            if t.iso and t.iso not in found and self.is_birth(toks, i):
                found.append(t.iso)
        return found

    def to_json(self) -> str:
        return json.dumps(
            {
                "about": "hfk birth-date model: averaged perceptron, built by scripts/train_birthdates.py",
                "vocab": sorted(self.vocab),
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if round(v, 4)},
                "names": {k: round(v, 4) for k, v in sorted(self.names.items()) if round(v, 4)},
                "first_names": {k: round(v, 4) for k, v in sorted(self.first_names.items()) if round(v, 4)},
            },
            ensure_ascii=False,
            indent=0,
        )


_RECORD_TOKENS = 40  # a person's record: the words this far before the birth date


def _nearest(indices: list[int]) -> list[int]:
    """The last run of positions with gaps of at most one word ("Karimi , Ahmad Reza")."""
    if not indices:
        return []
    run = [indices[-1]]
    for j in reversed(indices[:-1]):
        if run[0] - j > 2:
            break
        run.insert(0, j)
    return run


def _column_names(
    toks: list[Token], i: int, births: list[int], label: Callable[[int], str]
) -> tuple[list[int], list[int]] | None:
    """A table with a column per person ("Familienname  A  A  A" / "Vorname  B  C  D" / "Geburtsdatum  d1
    d2 d3"): the date at i is the k-th of m birth dates on a line that names no one. The k-th of the
    words read as first names on the nearest line above with m of them; the family name likewise, or the
    family's one name where a line gives it over every column or once (the most frequent word of the
    line, half of its words at least, also where OCR split one of them: "KHALAF KHA LAF KHALAF")."""
    row = [j for j in births if toks[j].line == toks[i].line]
    if len(row) < 2:
        return None
    k = row.index(i)
    here = [j for j in range(i - 1, -1, -1) if toks[j].line == toks[i].line]
    if any(label(j) != "O" for j in here):
        return None
    lines: dict[int, dict[str, list[int]]] = {}
    j = (here[-1] if here else i) - 1
    while j >= 0 and toks[i].line - toks[j].line <= 8 and not (toks[j].iso and j in births):
        tag = label(j)
        if tag != "O":
            lines.setdefault(toks[j].line, {}).setdefault(tag, []).insert(0, j)
        j -= 1
    picked: dict[str, list[int]] = {}
    for tag in ("NAME", "VORNAME"):
        for line in sorted(lines, reverse=True):
            found = lines[line].get(tag, [])
            words = [fold_word(toks[x].text) for x in found]
            top = max(words, key=words.count) if words else ""  # (the first of a tie: deterministic)
            if tag == "NAME" and words and 2 * words.count(top) >= len(words) and len(set(words)) < len(row):
                picked[tag] = [found[words.index(top)]]  # the family's one name, over every column or once
            elif len(found) == len(row):
                picked[tag] = [found[k]]
            elif len(found) < len(row):
                continue
            break
    if len(picked) < 2:
        return None
    return picked["NAME"], picked["VORNAME"]


def _allowed(token: Token) -> tuple[str, ...]:
    return ("O", "BDATE") if token.iso else ("O", "NAME", "VORNAME")


def gold(toks: list[Token], births: set[str], names: set[str], first_names: set[str]) -> list[str]:
    """Training labels: the persons' birth dates, and the words of their names and first names."""
    out = []
    for t in toks:
        word = fold_word(t.text)
        if t.iso:
            out.append("BDATE" if t.iso in births else "O")
        elif t.text[:1].isupper() and (word in names or _misread(word, names)):
            out.append("NAME")
        elif t.text[:1].isupper() and (word in first_names or _misread(word, first_names)):
            out.append("VORNAME")
        else:
            out.append("O")
    return out


def _misread(word: str, names: set[str]) -> bool:
    """A word of five letters or more one letter off one of the names: OCR's reading of it ("Krasnigi" for
    Krasniqi), labelled as the name it is, not as another word."""
    return len(word) >= 5 and any(
        len(n) == len(word) and sum(a != b for a, b in zip(n, word, strict=True)) == 1 for n in names
    )


def train(
    examples: Iterable[tuple[str, dict]], vocab: frozenset[str], epochs: int = 6, seed: int = 0
) -> Model:
    """An averaged perceptron over every token of (application text, its truth persons); deterministic.

    The words of names are learnt beside the dates (measured: a model of the dates alone gave 88
    false birth dates on ten samples of unseen templates where this one gave under ten). Only the
    dates' side is kept: birth date minus other date, per feature."""
    items = []
    for text, persons in examples:
        toks = tokens(text)
        births = {p["geburtsdatum"] for p in persons if p.get("geburtsdatum")}
        names = {fold_word(w) for p in persons for w in p["name"].split()}
        first_names = {fold_word(w) for p in persons for w in p["vorname"].split()}
        labels = gold(toks, births, names, first_names)
        items += [(features(toks, i, vocab), _allowed(t), labels[i]) for i, t in enumerate(toks)]
    rng = random.Random(seed)
    weights: dict[tuple[str, str], float] = {}
    totals: dict[tuple[str, str], float] = {}
    stamps: dict[tuple[str, str], int] = {}
    step = 0

    def bump(key: tuple[str, str], delta: float) -> None:
        totals[key] = totals.get(key, 0.0) + (step - stamps.get(key, 0)) * weights.get(key, 0.0)
        stamps[key] = step
        weights[key] = weights.get(key, 0.0) + delta

    for _ in range(epochs):
        rng.shuffle(items)
        for feats, allowed, label in items:
            step += 1
            scores = {c: sum(weights.get((x, c), 0.0) for x in feats) for c in allowed}
            guess = max(allowed, key=lambda c: (scores[c], c == "O"))
            if guess != label:
                for x in feats:
                    bump((x, label), 1.0)
                    bump((x, guess), -1.0)
    averaged = {
        k: (totals.get(k, 0.0) + (step - stamps.get(k, 0)) * w) / max(step, 1) for k, w in weights.items()
    }
    # Dates are "BDATE" or "O", words "NAME", "VORNAME" or "O": each side is kept as differences to "O",
    # which the argmax needs and nothing else. A feature's "O" weight counts for dates and words alike
    # (the model was trained so), so it is subtracted on both sides.
    sides: dict[str, dict[str, float]] = {"BDATE": {}, "NAME": {}, "VORNAME": {}}
    for (x, c), w in averaged.items():
        for side, diff in sides.items():
            if c in (side, "O"):
                diff[x] = diff.get(x, 0.0) + (w if c == side else -w)

    def kept(diff: dict[str, float]) -> dict[str, float]:
        return {x: w for x, w in diff.items() if abs(w) > 1e-9}

    return Model(vocab, kept(sides["BDATE"]), kept(sides["NAME"]), kept(sides["VORNAME"]))


def vocabulary(texts: list[str], names: set[str], min_texts: int = 3) -> frozenset[str]:
    """Folded words in at least `min_texts` texts and in no person's name."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in {fold_word(t.text) for t in tokens(text) if not t.iso}:
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, c in counts.items() if c >= min_texts and w not in names)


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model in classify/data, or None if it is missing (the check is then skipped)."""
    try:
        raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Model(
        frozenset(raw["vocab"]),
        {k: float(v) for k, v in raw["weights"].items()},
        {k: float(v) for k, v in raw.get("names", {}).items()},
        {k: float(v) for k, v in raw.get("first_names", {}).items()},
    )


def learned_birth_dates(text: str) -> list[str]:
    """ISO dates the shipped model reads as someone's birth date, in text order."""
    model = shipped_model()
    return model.birth_dates(text) if model else []


def learned_persons(text: str, dates: Iterable[str]) -> list[tuple[str, str, str]]:
    """(family name, first name, ISO birth date) the shipped model reads for these birth dates."""
    model = shipped_model()
    return model.persons(text, dates) if model else []


def common_word(word: str) -> bool:
    """Whether the shipped model knows a word as a common one: a word of three or more training
    applications that is no word of any trained person's name ("Jahrgang", "Ehepartner", a town often
    named). Such a word in a name says the name was read from the wrong place."""
    model = shipped_model()
    if not model:
        return False
    folded = fold_word(word.strip(".,;:()«»"))
    # a long word OCR or a column cut short ("Staatsangehörigk") is the common word it begins
    return folded in model.vocab or (len(folded) >= 8 and any(v.startswith(folded) for v in model.vocab))


def names_unlikely(name: str, first: str) -> bool:
    """A family and first name that cannot be a person's as read: no first name, a common word in them, or
    a word that ends a sentence ("Schiras.")."""
    words = f"{name} {first}".split()
    return not first.strip() or not name.strip() or any(w.endswith(".") or common_word(w) for w in words)


def names_likely(name: str, first: str) -> bool:
    """A family and first name as a person's record gives them: both there, three words at most each, no
    word twice (the model reads a family's repeated family name as one name: "OWUSU OWUSU OWUSU"), none
    of them a common word."""
    words = [fold_word(w) for w in f"{name} {first}".split()]
    return (
        bool(name.strip() and first.strip())
        and len(name.split()) <= 3
        and len(first.split()) <= 3
        and len(set(words)) == len(words)
        and not names_unlikely(name, first)
    )
