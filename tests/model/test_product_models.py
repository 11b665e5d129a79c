"""With the real model, sentences written for these tests: a maker's model name before a made
thing's noun is a product, whatever NER typed it ("150 Boeing 737 MAX jets", "the Galaxy S24
phone"); the noun stands for the model ("ordered 150 … jets": ordered the model); a body the
story names alone makes the model its name opens with; the maker alone before the noun ("150
Boeing planes") stays the company."""

from __future__ import annotations


def _types(result) -> dict[str, str]:
    return {m.text: m.type for m in result.mentions}


def test_a_model_name_before_jets_is_a_product_ordered_and_made_by_its_maker(extract):
    result, triples = extract("Boeing said Ryanair ordered 150 Boeing 737 MAX jets.")
    assert _types(result)["Boeing 737 MAX"] == "PRODUCT"
    assert {("Ryanair", "ordered", "Boeing 737 MAX"), ("Boeing", "maker of", "Boeing 737 MAX")} <= set(triples)


def test_a_model_operated_is_the_models(extract):
    _, triples = extract("Kenya Airways operates Boeing 787 planes, Boeing said.")
    assert {("Kenya Airways", "operate", "Boeing 787"), ("Boeing", "maker of", "Boeing 787")} <= set(triples)


def test_a_phone_model_is_a_product_with_no_maker_in_its_name(extract):
    result, triples = extract("Samsung unveiled the Galaxy S24 phone in San Jose.")
    assert _types(result)["Galaxy S24"] == "PRODUCT"
    assert ("Samsung", "unveiled", "Galaxy S24") in triples
    assert not any(r == "maker of" for _, r, _ in triples)


def test_the_maker_alone_before_the_noun_stays_the_company(extract):
    result, _ = extract("Ryanair ordered 150 Boeing planes.")
    assert _types(result)["Boeing"] == "ORG"
