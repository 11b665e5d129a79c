"""kg.merge_org.legal_name: a company's registered name and its brand in one document; a
qualifier without a legal form, a brand that opens two bodies' names, or one a town of the document
bears, stays apart."""

from __future__ import annotations

from kg.model import Mention
from kg.resolve import resolve


def m(text: str, type_: str = "ORG", start: int = 0) -> Mention:
    return Mention(doc="d", start=start, end=start + len(text), text=text, type=type_, sent_start=start,
                   sent_end=start + 99)


def groups(*mentions: Mention) -> list[set[str]]:
    return [g for g in ({x.text for x in e.mentions} for e in resolve(list(mentions))) if len(g) > 1]


def reasons(*mentions: Mention) -> dict[str, str]:
    return {k: v for e in resolve(list(mentions)) for k, v in e.reasons.items()}


def test_the_brand_after_the_registered_name():
    """"Prime Minister Kishida Fumio met ... the President of Toyota Motor Corporation Sato Koji"
    under the headline "Prime Minister Kishida meets with President of Toyota"."""
    ms = (m("Toyota"), m("Toyota Motor Corporation", start=100))
    assert groups(*ms) == [{"Toyota", "Toyota Motor Corporation"}]
    assert reasons(*ms)["Toyota"] == "legal_name"
    assert groups(m("Apple Computer, Inc."), m("Apple", start=100)) == [{"Apple Computer, Inc.", "Apple"}]


def test_a_qualifier_without_a_legal_form_names_another_body():
    for long_ in ("Samsung Electronics", "Sony Interactive Entertainment Inc.", "US Airways Express"):
        short = " ".join(long_.split()[:-1]) if long_.startswith("US") else long_.split()[0]
        assert groups(m(long_), m(short, start=100)) == [], long_


def test_a_brand_that_opens_two_bodies_names_stays_apart():
    ms = (m("Toyota Motor Corporation"), m("Toyota Tsusho Corporation", start=50), m("Toyota", start=100))
    assert groups(*ms) == []
    assert groups(m("Samsung Electronics Co."), m("Samsung Group", start=50), m("Samsung", start=100)) \
        == [{"Samsung Group", "Samsung"}]  # "designator": the group is Samsung; Samsung Electronics stays


def test_a_unit_named_by_the_full_name_and_more_leaves_the_brand_to_the_parent():
    """"Lyndhurst Mining Corp ... the group's South African unit, Lyndhurst Mining Africa ...
    Lyndhurst chief executive Graham Pettigrew": the unit is named after its parent, and the brand
    is the parent's."""
    ms = (m("Lyndhurst Mining Corp"), m("Lyndhurst Mining Africa", start=50), m("Lyndhurst", start=100))
    assert groups(*ms) == [{"Lyndhurst Mining Corp", "Lyndhurst"}]
    assert reasons(*ms)["Lyndhurst"] == "legal_name"


def test_the_two_words_before_a_second_line_of_business():
    """"Shihlin Electric and Engineering Corporation is a company based in Taipei ... Shihlin
    Electric was founded in 1955." The name before "and" is the brand; one word of it is not
    ("Johnson" of "Johnson and Johnson Inc." may be a person), nor a name without a legal form."""
    ms = (m("Shihlin Electric and Engineering Corporation"), m("Shihlin Electric", start=100))
    assert groups(*ms) == [{"Shihlin Electric and Engineering Corporation", "Shihlin Electric"}]
    assert reasons(*ms)["Shihlin Electric"] == "legal_name"
    assert groups(m("Johnson and Johnson Inc."), m("Johnson", start=100)) == []
    assert groups(m("Tata Iron and Steel"), m("Tata Iron", start=100)) == []
    assert groups(m("Shihlin Electric and Engineering Corporation"), m("Shihlin Electric Vietnam Co.", start=50),
                  m("Shihlin Electric", start=100)) == []


def test_a_foreign_legal_form_and_a_brand_ner_read_as_a_person():
    """"Norwegian oil and gas producer Halvorsen Energy ASA reported ... Halvorsen, which is 67
    percent owned by the Norwegian state": a Nordic legal form is a registered name's, and the
    one-word brand NER typed PERSON is the company, unless a person of the story bears it."""
    ms = (m("Halvorsen Energy ASA"), m("Halvorsen Energy", start=50), m("Halvorsen", "PERSON", start=100))
    assert groups(*ms) == [{"Halvorsen Energy ASA", "Halvorsen Energy", "Halvorsen"}]
    assert groups(m("Volvo Cars AB"), m("Volvo Cars", start=50)) == [{"Volvo Cars AB", "Volvo Cars"}]
    ms = (m("Halvorsen Energy ASA"), m("Kari Halvorsen", "PERSON", start=50), m("Halvorsen", "PERSON", start=100))
    assert not any("Halvorsen Energy ASA" in g and "Halvorsen" in g for g in groups(*ms))



def test_a_company_named_after_a_town_the_document_names_leaves_the_town_alone():
    """"Vapi Remedies Ltd, a contract manufacturer named after the industrial town of Vapi ...
    inspectors would visit the Vapi plant": the town (GPE) is named, so a bare "Vapi" is no brand."""
    ms = (m("Vapi Remedies Ltd"), m("Vapi", "GPE", start=60), m("Vapi", "FAC", start=150))
    assert not any("Vapi Remedies Ltd" in g and "Vapi" in g for g in groups(*ms))
    assert groups(m("Vapi Remedies Ltd"), m("Vapi", start=150)) == [{"Vapi Remedies Ltd", "Vapi"}]


def test_a_line_of_business_before_the_legal_form_leaves_the_brand():
    """"Bastos Capital Participações S.A. has agreed to buy ... Bastos Capital said": the last word
    before the legal form only names the line of business (``BUSINESS_ENDS``)."""
    ms = (m("Bastos Capital Participações S.A."), m("Bastos Capital", start=100))
    assert groups(*ms) == [{"Bastos Capital Participações S.A.", "Bastos Capital"}]
    assert reasons(*ms)["Bastos Capital"] == "legal_name"
    # a qualifier that names a line of business but no legal form: another body, as before
    assert groups(m("Bastos Capital Participações"), m("Bastos Capital", start=100)) == []


def test_a_legal_form_on_both_sides_and_a_romance_company_word_leave_the_name():
    """"PT Nusantara Air Tbk" ... "Nusantara Air"; "Compañía Minera Pacífico S.A." ... "Minera
    Pacífico" (``designator``: a form before the name and one after)."""
    assert groups(m("PT Nusantara Air Tbk"), m("Nusantara Air", start=100)) == [{"PT Nusantara Air Tbk", "Nusantara Air"}]
    assert groups(m("Compañía Minera Pacífico S.A."), m("Minera Pacífico", start=100)) \
        == [{"Compañía Minera Pacífico S.A.", "Minera Pacífico"}]
    # a known place is never a company's short name
    assert groups(m("PT Jakarta Air Tbk"), m("Jakarta", "GPE", start=100)) == []


def test_a_club_without_its_fc_is_the_club_and_a_body():
    """"Estrela Atlântica FC will retain a stake ... Estrela Atlântica sacked coach ..." (NER: PERSON):
    the club, an organisation, though "Atlântica" joined it as a surname."""
    ents = resolve([m("Estrela Atlântica FC"), m("Estrela Atlântica", "PERSON", start=100),
                    m("Estrela Atlântica", "PERSON", start=200), m("Atlântica", "PERSON", start=300)])
    club = next(e for e in ents if any(x.text == "Estrela Atlântica FC" for x in e.mentions))
    assert {x.text for x in club.mentions} >= {"Estrela Atlântica FC", "Estrela Atlântica"}
    assert club.type == "ORG"


def test_a_two_word_brand_beside_its_registered_name_and_a_sister_company():
    """"Hoshida Electric Industries Co. … its subsidiary Hoshida Cable Systems Inc. … Hoshida
    Electric posted a loss": the brand's two words open only the parent's name ("Industries", a
    line of business, then the legal form)."""
    ms = (m("Hoshida Electric Industries Co."), m("Hoshida Cable Systems Inc.", start=50),
          m("Hoshida Electric", start=100))
    assert groups(*ms) == [{"Hoshida Electric Industries Co.", "Hoshida Electric"}]
    assert reasons(*ms)["Hoshida Electric"] == "legal_name"


def test_a_two_word_brand_that_opens_two_bodies_names_stays_apart():
    ms = (m("Hoshida Electric Industries Co."), m("Hoshida Electric Cable Inc.", start=50),
          m("Hoshida Electric", start=100))
    assert groups(*ms) == []
