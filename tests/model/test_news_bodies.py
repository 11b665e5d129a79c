"""With the real model, news sentences written for these tests about the bodies a story names: an
exchange named by a name before it is that name ("the Nasdaq exchange in New York"); a fine's
"on" after its amount is the fine's; "the commission" after its initials or a subject of another
kind is still the commission; "the carmaker" is the electric vehicle maker; "its subsidiary" is no
penalty's; "the bank" after a person's sentence is the one bank it named; an infinitive after
"letters of intent" is the signers'; a passive's agent after a place is the participle's, and
so is a role after the agent; a
surname NER typed a place that owns a party is no place the party lies in."""

from __future__ import annotations


def edges(extract, text):
    return set(extract(text)[1])


def test_a_name_before_exchange_is_the_exchange_and_where_it_is(extract):
    assert ("Nasdaq", "located in", "New York") in edges(extract, "Grab listed its shares on the Nasdaq exchange in New York.")


def test_the_on_after_a_fines_amount_belongs_to_the_fine(extract):
    assert ("European Commission", "imposed fine on", "Google") in edges(
        extract, "The European Commission imposed a fine of 2.4 billion euros on Google for abusing its dominance.")


def test_the_commission_after_its_initials_or_another_kind_of_body(extract):
    assert ("Electoral Commission of Zambia", "based in", "Lusaka") in edges(
        extract, "The Electoral Commission of Zambia (ECZ) announced the results on Monday. The ECZ published the "
                 "figures. The commission is based in Lusaka.")
    assert ("Federal Trade Commission", "based in", "Washington") in edges(
        extract, "The Federal Trade Commission sued Amazon in June. The National Retail Federation criticised the "
                 "suit. The commission is based in Washington.")


def test_the_carmaker_is_the_vehicle_maker_named_before(extract):
    assert ("Nio", "based in", "Shanghai") in edges(
        extract, "Chinese electric vehicle maker Nio opened an office in Oslo. Its founder William Li said sales "
                 "would grow. The carmaker, based in Shanghai, plans to sell cars in Germany.")


def test_a_penalty_owns_no_subsidiary(extract):
    assert ("mBank", "subsidiary of", "Commerzbank") in edges(
        extract, "Commerzbank is a large lender. The penalty relates to transactions at its subsidiary mBank, "
                 "the regulator said.")


def test_the_bank_after_a_persons_sentence_is_the_one_bank_it_named(extract):
    assert ("European Central Bank", "fined", "Santander Bank") in edges(
        extract, "Ana Botin, the chair of Santander Bank, spoke to investors in May. The bank was later fined by "
                 "the European Central Bank.")


def test_the_bank_after_a_sentence_that_named_two_banks_is_neither(extract):
    assert not any(r == "fined" for _, r, _ in edges(
        extract, "Ana Botin, the chair of Santander Bank, met the head of Deutsche Bank in May. The bank was later "
                 "fined by the European Central Bank."))


def test_letters_of_intent_commit_their_signers(extract):
    got = edges(extract, "Hyundai Motor and Kia signed letters of intent to supply batteries to Tesla.")
    assert {("Hyundai Motor", "supply batteries to", "Tesla"), ("Kia", "supply batteries to", "Tesla")} <= got


def test_an_agent_after_a_place_is_the_participles(extract):
    assert ("Donald Trump", "announced", "Artemis") in edges(
        extract, "Artemis is a lunar program of NASA, announced in 2017 at the White House by U.S. President "
                 "Donald Trump.")


def test_a_surname_that_owns_a_party_is_no_place(extract):
    result, _ = extract("Raila Odinga spoke in Kisumu on Monday. Odinga's Orange Democratic Movement won the seat.")
    assert [m.type for m in result.mentions if m.text == "Odinga"] == ["PERSON"]  # NER: GPE


def test_a_role_after_a_passives_agent_is_the_agents(extract):
    assert ("John Ternus", "ceo of", "Apple") in edges(extract, "Tim Cook will be replaced by John Ternus as CEO of Apple.")
