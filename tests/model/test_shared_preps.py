""""was born and raised in Hohhot", "was written and directed by X": a bare verb joined by
``and`` to the verb right after it shares that verb's place/time prepositions and its ``by``
agent (kg.relations.tokens ``shared_preps``). Real sentences through the real model, and
coordinations where the preposition belongs to the second verb only."""

from __future__ import annotations

import pytest


def edges(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text) for t in result.triples}


@pytest.mark.parametrize("text, edge", [
    ("Han Hong was born and raised in Hohhot.", ("Han Hong", "born in", "Hohhot")),
    ("Mary Jones lives and works in Berlin.", ("Mary Jones", "live in", "Berlin")),
    ("The episode Pilot was written and directed by John Smith.", ("John Smith", "written", "Pilot")),
])
def test_a_bare_verb_shares_the_next_verbs_preposition(extract, text, edge):
    assert edge in edges(extract, text)


@pytest.mark.parametrize("text, relation", [
    ("Tom Smith was arrested and sent to Germany.", "arrested to"),        # "to" is the second verb's
    ("Tom Smith was arrested in Paris and sent to Germany.", "arrested to"),  # the first has its own
    ("Tom Smith left and Anna Berg stayed in Paris.", "left in"),          # the second has its own subject
])
def test_no_shared_preposition(extract, text, relation):
    assert all(r != relation for _, r, _ in edges(extract, text))


@pytest.mark.parametrize("text, edge", [
    ("Fyllingen played in the First Division from 1994 to 1996 and in the Second Division from 1997 till 2009.",
     ("Fyllingen", "played in", "Second Division")),
    ("Endara lost to Martín Torrijos and to Ricardo Martinelli.", ("Endara", "lost to", "Ricardo Martinelli")),
])
def test_a_preposition_coordinated_with_the_verbs_is_the_verbs(extract, text, edge):
    assert edge in edges(extract, text)


def test_no_preposition_inside_a_title(extract):
    text = 'The tracks " The Final Cut " and " With or Without You " were written by the members of the band.'
    assert all(r != "written without" for _, r, _ in edges(extract, text))
