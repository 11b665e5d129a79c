"""Relations stated inside noun phrases, round 9, with the real model: a work's maker after the
participle of making it, and a people's adjective stacked on another one; each with sentences
that must not yield the edge."""

from __future__ import annotations


def named(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text, t.negated)
            for t in result.triples}


def test_a_work_recorded_by_its_maker(extract):
    found = named(extract, "Blank Page is a song recorded by American singer Christina Aguilera.")
    assert ("Blank Page", "recorded by", "Christina Aguilera", False) in found


def test_a_concept_created_by_a_person(extract):
    found = named(extract, "Schizoanalysis is a concept created by philosopher Gilles Deleuze.")
    assert ("Schizoanalysis", "created by", "Gilles Deleuze", False) in found


def test_a_maker_participle_on_a_noun_no_name_is_described_by_says_nothing(extract):
    # the song is what she heard, not what Aguilera is: no participle edge from Aguilera
    found = named(extract, "Christina Aguilera heard a song recorded by Ray Charles.")
    assert not any(r == "recorded by" for _, r, _, _ in found)


def test_stacked_peoples_adjectives_each_give_a_nationality(extract):
    found = named(extract, "Kurt Tucholsky was a German-Jewish journalist, satirist, and writer.")
    assert ("Kurt Tucholsky", "nationality", "German", False) in found
    assert ("Kurt Tucholsky", "nationality", "Jewish", False) in found


def test_a_stacked_adjective_on_another_noun_gives_no_nationality(extract):
    # the journalist met a German-Jewish writer: neither adjective describes him
    found = named(extract, "Kurt Tucholsky met a German-Jewish writer in Paris.")
    assert not any(r == "nationality" for _, r, _, _ in found)

