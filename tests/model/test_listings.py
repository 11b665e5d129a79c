"""``owned_list`` when the listing verb's subject names no owner (``kg.relations.listings``): a
bare member noun in an article on a body belongs to the body; a participle on the subject says
what each name listed is; each member of a list of described names is listed. Sentences that
must give nothing: no body to belong to, a noun that names no members, the first sentence."""

from __future__ import annotations

import pytest


def _has(triples, head, relation, tail):
    return (head, relation, tail) in triples


@pytest.mark.parametrize("text, listed, relation, owner", [
    ("Harlow College is a sixth-form college in Essex. Notable alumni include the novelist Graham Otterby "
     "and the astronaut Lucille Parant.", ["Graham Otterby", "Lucille Parant"], "notable alumnus of", "Harlow College"),
    ("Deportivo Sur is an Argentine football club based in Neuquén. It was founded in 1931. Former players include "
     "the striker Hernán Tabarez.", ["Hernán Tabarez"], "former player of", "Deportivo Sur"),
    ("The Association of Welsh Painters was established in Cardiff in 1951. Members included Ceri Morgan and "
     "Alun Pryce.", ["Ceri Morgan", "Alun Pryce"], "member of", "Association of Welsh Painters"),
])
def test_a_bare_member_noun_belongs_to_the_body_the_article_is_on(extract, text, listed, relation, owner):
    result, triples = extract(text)
    for name in listed:
        assert _has(triples, name, relation, owner), triples
    assert any(t.rule == "owned_list+antecedent" for t in result.triples)


@pytest.mark.parametrize("text", [
    "Notable alumni include the novelist Graham Otterby and the astronaut Lucille Parant.",  # no body before
    "Jane Hale is an American singer from Ohio. Notable alumni include Graham Otterby.",  # the article is on a person
    "Harlow College is a college in Essex. Notable people include the novelist Graham Otterby.",  # no members
    "Harlow College is a college in Essex. The alumni include the novelist Graham Otterby.",  # an article: whose?
])
def test_an_unsaid_owner_needs_a_body_and_a_member_noun(extract, text):
    _, triples = extract(text)
    assert not any(h == "Graham Otterby" for h, _, _ in triples), triples


def test_a_participle_on_the_subject_says_what_each_name_listed_is(extract):
    _, triples = extract("Ferrowheel Records is an American record label. Artists signed to Ferrowheel include "
                         "the Rattlesnake Choir, Juniper Vance and Dust Parade.")
    for name in ("Rattlesnake Choir", "Juniper Vance", "Dust Parade"):
        assert _has(triples, name, "signed to", "Ferrowheel"), triples
    _, triples = extract("Grendel is a software firm in Oslo. Companies acquired by Grendel include Hollow Systems "
                         "and Brightline Inc.")
    assert _has(triples, "Grendel", "acquired", "Hollow Systems") and _has(triples, "Grendel", "acquired", "Brightline Inc."), triples


@pytest.mark.parametrize("text", [
    "Notable alumni include the writer Gamaliel Churata Vargas, the economist Rosa Condori and the politician Eduardo Pari.",
    "Notable alumni include the writer Gamaliel Churata Vargas and the economist Rosa Condori.",
])
def test_each_described_member_of_a_list_is_listed(extract, text):
    """"the writer A, the economist B and the politician C": the parser hangs each name on its noun
    and each noun on the name before it; every name is an alumnus."""
    _, triples = extract("The Universidad Autónoma del Altiplano is a public university in Puno. " + text)
    for name in ("Gamaliel Churata Vargas", "Rosa Condori", *(["Eduardo Pari"] if "Pari" in text else [])):
        assert _has(triples, name, "notable alumnus of", "Universidad Autónoma del Altiplano"), (name, triples)
