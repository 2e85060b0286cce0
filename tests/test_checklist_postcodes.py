"""Every row of DOMAIN.md's NRW postcode table, including its exceptions."""

from __future__ import annotations

import pytest

from hfk.classify.postcodes import is_nrw_postcode


@pytest.mark.parametrize("area", ["32", "33", "40", "41", "42", "44", "45", "46", "47", "50", "52", "58"])
def test_whole_nrw_areas(area):
    assert is_nrw_postcode(f"{area}000")
    assert is_nrw_postcode(f"{area}123")
    assert is_nrw_postcode(f"{area}999")


@pytest.mark.parametrize("plz", ["48455", "48465", "48480", "48488", "48499", "48522", "48527", "48531"])
def test_area_48_lower_saxony_exceptions(plz):
    assert not is_nrw_postcode(plz)


@pytest.mark.parametrize("plz", ["48143", "48521", "48532", "48456", "48500", "48712"])
def test_area_48_otherwise_nrw(plz):
    assert is_nrw_postcode(plz)


@pytest.mark.parametrize(
    "plz",
    [
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
    ],
)
def test_area_49_nrw_exceptions(plz):
    assert is_nrw_postcode(plz)


@pytest.mark.parametrize("plz", ["49074", "49076", "49478", "49524", "49550", "49999"])
def test_area_49_otherwise_lower_saxony(plz):
    assert not is_nrw_postcode(plz)


def test_area_51():
    assert is_nrw_postcode("51105")
    assert is_nrw_postcode("51597")
    assert is_nrw_postcode("51599")
    assert not is_nrw_postcode("51598")


@pytest.mark.parametrize("plz", ["53000", "53111", "53229", "53340", "53721", "53879", "53999"])
def test_area_53_nrw_prefixes(plz):
    assert is_nrw_postcode(plz)


@pytest.mark.parametrize("plz", ["53400", "53474", "53501", "53579", "53619", "53600", "53699"])
def test_area_53_rhineland_palatinate(plz):
    assert not is_nrw_postcode(plz)


def test_area_53_prefix_536_split():
    assert is_nrw_postcode("53604")
    assert is_nrw_postcode("53639")
    assert not is_nrw_postcode("53619")


@pytest.mark.parametrize("plz", ["57072", "57178", "57223", "57368", "57489"])
def test_area_57_nrw(plz):
    assert is_nrw_postcode(plz)


@pytest.mark.parametrize("plz", ["57518", "57627", "57500", "57699"])
def test_area_57_rhineland_palatinate(plz):
    assert not is_nrw_postcode(plz)


def test_area_59_including_shared_59969():
    assert is_nrw_postcode("59065")
    assert is_nrw_postcode("59969")


@pytest.mark.parametrize("plz", ["34414", "34431", "34434", "34439"])
def test_area_34_nrw_exceptions(plz):
    assert is_nrw_postcode(plz)


@pytest.mark.parametrize("plz", ["34117", "34413", "34432", "34440"])
def test_area_34_otherwise_hesse(plz):
    assert not is_nrw_postcode(plz)


@pytest.mark.parametrize("plz", ["37671", "37688", "37696", "37669"])
def test_area_37_nrw_exceptions(plz):
    assert is_nrw_postcode(plz)


@pytest.mark.parametrize("plz", ["37073", "37670", "37697", "37689"])
def test_area_37_otherwise_outside(plz):
    assert not is_nrw_postcode(plz)


@pytest.mark.parametrize("plz", ["10115", "20095", "01067", "80331", "60311", "30159", "55116", "99084"])
def test_anything_else_outside(plz):
    assert not is_nrw_postcode(plz)


@pytest.mark.parametrize("bad", ["4021", "402199", "40a19", "", "D-40219"])
def test_invalid_postcode_raises_with_german_message(bad):
    with pytest.raises(ValueError, match="fünfstellige"):
        is_nrw_postcode(bad)
