"""A people's noun that stands for the person a story is about: "Carlos Alcaraz won … The
Spaniard, who is coached by Juan Carlos Ferrero, claimed his third title", "The Serb will play in
Paris". News writes a player, a minister or a chief executive so once the name is given, as it
writes "the 21-year-old" or "the artist"; NER reads the word as a people (NORP), which would stand
as a node "Spaniard" and take the person's edges.

``people_epithet`` says when a token is such a noun: a singular noun for one person of a people
(``PEOPLE_NOUNS``: "Spaniard", "Serb", "Frenchman"; not a people's adjective, which also names
things: "The Australian" is a newspaper, "The Catholic" a paper, "The Torrejonian" an age) with
"the" and nothing else before it, the subject of a sentence that is not the text's first.
``kg.entities`` then takes no mention from it, and the pronoun heuristic
(``kg.relations.pronoun_kinds.epithet_noun``) reads it as the person named just before."""

from __future__ import annotations

from spacy.tokens import Token

from kg.doc_arrays import sentence_of

#: Nouns for one person of a people, which are no adjective and name nothing else.
PEOPLE_NOUNS = frozenset("""spaniard frenchman frenchwoman dutchman dutchwoman englishman englishwoman irishman
    irishwoman scotsman scotswoman welshman welshwoman briton brit dane swede pole finn turk scot serb croat
    icelander""".split())


def people_epithet(tok: Token) -> bool:
    """``tok`` is "The Spaniard" of "The Spaniard, who …, claimed" (module docstring)."""
    if tok.tag_ != "NNP" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in PEOPLE_NOUNS:
        return False
    lefts = [c for c in tok.children if c.i < tok.i]
    return len(lefts) == 1 and lefts[0].dep_ == "det" and lefts[0].lower_ == "the" and lefts[0].i == tok.i - 1 \
        and sentence_of(tok).start > 0
