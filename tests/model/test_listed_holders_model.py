"""Offices written for a list of people, with the real model (sentences written for these
tests): a plural office before the names, a plural office's "of" company before them, a later
member's own office at the company written for the first; and what stays unsaid (a second name
after a singular office, an occupation, a small business NER read as a person's name)."""

from __future__ import annotations


def found(extract, text):
    result, triples = extract(text)
    return {m.text: m.type for m in result.mentions}, set(triples)


def test_a_plural_office_before_a_list_of_names_holds_for_each(extract):
    _, triples = found(extract, "Orchard Robotics founders Mei Lin and Tomas Berg announced the funding round on "
                                "Tuesday.")
    assert {("Mei Lin", "founder of", "Orchard Robotics"), ("Tomas Berg", "founder of", "Orchard Robotics")} \
        <= triples, triples


def test_a_list_after_a_plural_offices_company_is_the_offices(extract):
    _, triples = found(extract, "The owners of Fenwick Brewing, Sam Roy and Leah Roy, sold the business last year.")
    assert {("Sam Roy", "owners of", "Fenwick Brewing"), ("Leah Roy", "owners of", "Fenwick Brewing")} <= triples, \
        triples


def test_a_later_members_own_office_is_held_at_the_first_members_company(extract):
    _, triples = found(extract, "Harbourline's chief executive Claire Dunn and chief financial officer Raj Patel will "
                                "leave in June.")
    assert {("Claire Dunn", "chief executive of", "Harbourline"),
            ("Raj Patel", "chief financial officer of", "Harbourline")} <= triples, triples


def test_a_name_after_a_singular_office_or_an_occupation_holds_nothing_at_the_company(extract):
    _, triples = found(extract, "Corvel's chief executive, Dana Whitt, and Marco Ruiz met in Lisbon.")
    assert ("Dana Whitt", "chief executive of", "Corvel") in triples, triples
    assert not any(h == "Marco Ruiz" and t == "Corvel" for h, _, t in triples), triples
    _, triples = found(extract, "Vantor chief executive Dana Whitt and actor Marco Ruiz met in Lisbon.")
    assert not any(h == "Marco Ruiz" and t == "Vantor" for h, _, t in triples), triples


def test_a_small_business_named_for_its_trade_is_a_company(extract):
    names, _ = found(extract, "Hollins Bakery has opened a second shop in Dover.")
    assert names.get("Hollins Bakery") == "ORG", names


def test_a_co_founder_cut_by_the_tokenizer_is_the_companys(extract):
    names, triples = found(extract, "Brindle co-founder Omar Haddad will stay on after the takeover.")
    assert names.get("Brindle") == "ORG", names
    assert ("Omar Haddad", "co-founder of", "Brindle") in triples, triples


def test_a_list_set_off_after_plural_co_founders_holds_the_office_for_each(extract):
    _, triples = found(extract, "Brindle's co-founders, chief executive Omar Haddad and chief technology officer "
                                "Lena Fisher, will stay on after the takeover.")
    assert {("Omar Haddad", "co-founders of", "Brindle"), ("Lena Fisher", "co-founders of", "Brindle")} <= triples, \
        triples
