"""With the real model, sentences written for these tests: a company no dictionary knows that opens
its sentence as the subject is a name though the tagger reads a common noun ("Tatneft signed"),
the party after "a memorandum of understanding" is the memorandum's, a middle word of a person's
name alone is that person ("Lula"), and a body's initials the tagger read as a pronoun ("WHO")
are its name."""

from __future__ import annotations


def test_a_company_opening_its_sentence_that_the_tagger_read_as_a_noun_is_a_name(extract):
    result, got = extract("Tatneft signed a supply deal with Socar.")
    assert "Tatneft" in {m.text for m in result.mentions}
    assert any(h == "Tatneft" and t == "Socar" for h, _, t in got)


def test_the_party_after_a_memorandum_of_understanding_is_the_memorandums(extract):
    _, got = extract("Uzbekneftegaz signed a memorandum of understanding with Lukoil in Tashkent.")
    assert ("Uzbekneftegaz", "signed memorandum with", "Lukoil") in got
    _, got = extract("Officials presented a report of talks with Lukoil.")
    assert not any(t == "Lukoil" and r.startswith("presented report") for _, r, t in got)


def test_a_middle_word_of_a_persons_name_alone_is_that_person(extract):
    """"Lula" of "Luiz Inacio Lula da Silva" (NER's votes for the lone word said a place)."""
    result, got = extract("Luiz Inacio Lula da Silva won the election in 2022. Lula defeated Jair Bolsonaro.")
    assert ("Lula", "PERSON") in {(m.text, m.type) for m in result.mentions}
    assert ("Lula", "defeated", "Jair Bolsonaro") in got


def test_a_bodys_initials_the_tagger_read_as_a_pronoun_are_its_name(extract):
    result, got = extract("The World Health Organization warned of a cholera outbreak in Sudan. WHO spokesman "
                          "Christian Lindmeier said cases were rising.")
    assert "WHO" in {m.text for m in result.mentions}
    assert ("Christian Lindmeier", "spokesman of", "WHO") in got
    assert not any(r.startswith("who ") for _, r, _ in got)  # the pronoun's word is no part of the office
