"""Whether a German postcode or place lies in North Rhine-Westphalia (DOMAIN.md table, places.toml).

Used by classify (is the Ausländerbehörde of a letter in NRW?) and by the checklist's hints
(does the applicant live in NRW?), so both decide by the same tables.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from hfk.classify.normalize import fold_word

DATA = Path(__file__).with_name("data")

# Two-digit areas that lie wholly in NRW.
_NRW_AREAS = frozenset({"32", "33", "40", "41", "42", "44", "45", "46", "47", "50", "52", "58", "59"})

# Area 48 is NRW except these Lower Saxony codes (48522–48531 is a range).
_NOT_NRW_48 = frozenset({"48455", "48465", "48480", "48488", "48499"})
_NOT_NRW_48_RANGE = (48522, 48531)

# Area 49 is Lower Saxony except these NRW codes (the last three are large-customer codes).
_NRW_49 = frozenset(
    {
        "49477",
        "49479",
        "49492",
        "49497",
        "49504",
        "49509",
        "49525",
        "49536",
        "49545",
        "49549",
        "49475",
        "49523",
        "49541",
    }
)

# Area 51 is NRW except Rhineland-Palatinate's 51598.
_NOT_NRW_51 = frozenset({"51598"})

# Area 53 by three-digit prefix; 536 is split by code.
_NRW_53_PREFIXES = frozenset({"530", "531", "532", "533", "537", "538", "539"})
_NRW_536 = frozenset({"53604", "53639"})

# Area 57: 570–574 NRW, 575 and 576 Rhineland-Palatinate, nothing else assigned.
_NRW_57_PREFIXES = frozenset({"570", "571", "572", "573", "574"})

# Areas 34 and 37 are outside NRW except a handful of codes.
_NRW_34 = frozenset({"34414", "34431", "34434", "34439"})
_NRW_37 = frozenset({"37669", "37671", "37688", "37696"})

_PLZ = re.compile(r"^\d{5}$")


def is_nrw_postcode(plz: str) -> bool:
    """True when the five-digit postcode plz belongs to NRW by the table of DOMAIN.md.

    Postcode areas do not follow state borders exactly, so this is a plausibility check that
    only ever raises a hint, never a decision.
    """
    plz = plz.strip()
    if not _PLZ.match(plz):
        raise ValueError(f"'{plz}' ist keine fünfstellige deutsche Postleitzahl.")
    area, prefix3 = plz[:2], plz[:3]
    if area in _NRW_AREAS:
        return True
    if area == "48":
        return plz not in _NOT_NRW_48 and not (_NOT_NRW_48_RANGE[0] <= int(plz) <= _NOT_NRW_48_RANGE[1])
    if area == "49":
        return plz in _NRW_49
    if area == "51":
        return plz not in _NOT_NRW_51
    if area == "53":
        if prefix3 == "536":
            return plz in _NRW_536
        return prefix3 in _NRW_53_PREFIXES
    if area == "57":
        return prefix3 in _NRW_57_PREFIXES
    if area == "34":
        return plz in _NRW_34
    if area == "37":
        return plz in _NRW_37
    return False


@lru_cache(maxsize=1)
def _place_lists() -> dict[str, list[str]]:
    """The lists of places.toml, read once."""
    with (DATA / "places.toml").open("rb") as fh:
        return {key: value for key, value in tomllib.load(fh).items() if isinstance(value, list)}


@lru_cache(maxsize=1)
def places() -> dict[str, set[str]]:
    data = _place_lists()
    nrw = set()
    for key in ("nrw_kreisfreie_staedte", "nrw_kreise", "nrw_other_towns"):
        nrw |= {fold_word(p) for p in data[key]}
    outside = {fold_word(p) for p in data["outside"] + data.get("outside_more", [])}
    return {"nrw": nrw, "outside": outside - nrw}


def place_outside_nrw(place: str) -> bool | None:
    """True for a place the lists know outside NRW, False inside, None when unknown."""
    key = fold_word(" ".join(place.split()))
    known = places()
    if key in known["nrw"]:
        return False
    if key in known["outside"]:
        return True
    return None


@lru_cache(maxsize=1)
def _place_spellings() -> dict[str, str]:
    """Every place the lists name, folded -> as written."""
    return {fold_word(p): p for value in _place_lists().values() for p in value}


def respell_place(city: str) -> str:
    """The listed spelling of a place OCR misread by one letter ("Krefeid" -> "Krefeld", "Düsseidorf"), where
    exactly one listed place is that near; the name as it is otherwise (also every place the lists lack)."""
    key = fold_word(city)
    spellings = _place_spellings()
    if len(key) < 5 or key in spellings:
        return city
    near = [
        name
        for folded, name in spellings.items()
        if len(folded) == len(key) and sum(a != b for a, b in zip(folded, key, strict=True)) == 1
    ]
    return near[0] if len(near) == 1 else city
