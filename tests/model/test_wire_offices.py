"""With the real model, translated wire sentences written for these tests: the holder of an
office whose body's name NER's person grew into ("the former president of the Catalan Generalitat
Artur Mas"); "its director general X" after a reporting verb set after its clause (the clause's
subject's office); "born" on a body's noun gives the body no birthplace; "part of an alliance
with X" makes X no whole; "the company" set off after its holder's role is the body before; and
"Toyota" after "Toyota Motor" is the same company."""

from __future__ import annotations

from conftest import labelled_graph as graph


def test_a_holder_s_name_grown_into_the_body_s_name_is_split_again(extract):
    result, triples = extract("The court acquitted the former president of the Catalan Generalitat Artur Mas of all "
                              "charges.")
    assert ("Artur Mas", "former president of", "Catalan Generalitat") in triples
    assert {m.text: m.type for m in result.mentions}["Artur Mas"] == "PERSON"


def test_its_office_after_an_inverted_reporting_verb_is_the_clause_subject_s(extract):
    """``kg.relations.pronouns``: "announced" has its speaker after it, and "its" is the body of
    the clause before; ``kg.relations.body_parts.BODY_OFFICE_PAIRS``: no event has a director
    general, so the noun between is no rival."""
    _, triples = extract("The World Meteorological Organization declared the end of the drought alert, announced its "
                         "secretary general Celeste Saulo in Geneva.")
    assert any(h == "Celeste Saulo" and r.startswith("secretary") and t == "World Meteorological Organization"
               for h, r, t in triples), triples


def test_born_on_a_body_s_noun_gives_the_body_no_birthplace(extract):
    _, triples = extract("Hyundai Motor said on Monday that profits rose. The board named Jose Munoz, the current chief "
                         "operating officer of the company, born in Spain, as chief executive.")
    assert not any(h == "Hyundai Motor" and t == "Spain" for h, _, t in triples), triples


def test_a_partner_named_after_the_whole_is_no_whole(extract):
    _, triples = extract("Renault, which has its headquarters in Boulogne-Billancourt, is part of an alliance with "
                         "the Japanese Mitsubishi since 2016.")
    assert not any(r == "part of" for _, r, _ in triples), triples


def test_the_company_after_a_holder_s_role_is_the_body_named_before(extract):
    _, triples = extract("Nissan Motor announced changes. Ivan Espinosa, the chief executive of the company, will "
                         "lead it.")
    assert ("Ivan Espinosa", "chief executive of", "Nissan Motor") in triples


def test_the_group_after_a_holder_s_role_is_the_story_s_body_not_the_last_named(extract):
    _, triples = extract("The Japanese company Sony reported higher profits on Tuesday. Its rival Panasonic will "
                         "publish its results on Friday. The chairman of the group, Kenichiro Yoshida, praised the result.")
    assert ("Kenichiro Yoshida", "chairman of", "Sony") in triples
    assert not any(h == "Kenichiro Yoshida" and t == "Panasonic" for h, _, t in triples), triples


def test_a_carmaker_s_name_without_motor_is_the_same_company(extractor):
    types, edges = graph(extractor, "Toyota Motor reported record sales on Tuesday. Toyota also said it would build "
                                    "a battery plant in Kentucky.")
    assert "Toyota Motor" in types and "Toyota" not in types, types


def test_its_on_a_word_in_front_of_a_name_is_someone_named_before(extract):
    """``Antecedents.possessed``: "rival" hangs on the name, so "Its" is not the name's own."""
    _, triples = extract("The German company Siemens reported a record profit. Its rival ABB Group, which supplies "
                         "turbines to the Swiss Alpiq, will publish its results on Thursday.")
    assert ("ABB Group", "rival of", "Siemens") in triples, triples


def test_a_phrase_set_off_after_a_company_noun_keeps_it_a_reference_back(extract):
    """``kg.relations.company_references.described_company``: "…, to the south of Taipei," adds to
    "the chip giant", which still stands for the company named before."""
    _, triples = extract("The Taiwanese company TSMC reported a record profit. The chip giant, based in Hsinchu, to "
                         "the south of Taipei, supplies Apple.")
    assert ("TSMC", "based in", "Hsinchu") in triples, triples
