"""A relative who writes for the family is its representative (session 13): "Ich schreibe Ihnen als Bruder
von ...", "Er hat mich bevollmächtigt, ... zu beantragen" (also as OCR reads it, "bevolimächtigt").
The applicant who writes for herself and her children is none."""

from hfk.classify.fields import representative

HEAD = "Härtefallkommission NRW\nVölklinger Str. 4\n40219 Düsseldorf\n\nSehr geehrte Damen und Herren,\n\n"
TAIL = "\n\nMit freundlichen Grüßen\n\nVardan Petrosyan\n"


def test_brother_who_writes_for_the_family():
    text = (
        HEAD + "ich schreibe Ihnen als Bruder von Aram Petrosyan. Die Familie lebt seit 2018 in Essen." + TAIL
    )
    rep = representative(text)
    assert rep is not None and rep.kind == "privat" and rep.name == "Vardan Petrosyan"


def test_authorised_by_the_applicant_also_as_ocr_reads_it():
    for word in ("bevollmächtigt", "bevolimächtigt"):
        text = (
            HEAD
            + f"Mein Cousin hat mich {word}, für die Familie die Befassung der Kommission zu beantragen."
            + TAIL
        )
        rep = representative(text)
        assert rep is not None and rep.kind == "privat", word


def test_applicant_writing_for_her_own_family_has_no_representative():
    text = (
        HEAD
        + "ich bin die Mutter von zwei Kindern und beantrage für uns die Befassung der Kommission."
        + TAIL
    )
    assert representative(text) is None
