"""Hand-built parses of a role held where a relative clause on a body says ("He left Acme Corp ,
where Ann Lee was director ."): the clause's person holds the role at the body (``where_role``);
not a role with a body of its own ("director of the club"), nor a clause on a place."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _director(head_ent: str = "ORG", own_body: bool = False):
    """"He left Acme Corp , where Ann Lee was director [of the club] ." as the parser reads it."""
    words = ["He", "left", "Acme", "Corp", ",", "where", "Ann", "Lee", "was", "director",
             *(["of", "the", "club"] if own_body else []), "."]
    heads = [1, 1, 3, 1, 3, 8, 7, 8, 3, 8, *([9, 12, 10] if own_body else []), 1]
    deps = ["nsubj", "ROOT", "compound", "dobj", "punct", "advmod", "compound", "nsubj", "relcl", "attr",
            *(["prep", "det", "pobj"] if own_body else []), "punct"]
    pos = ["PRON", "VERB", "PROPN", "PROPN", "PUNCT", "SCONJ", "PROPN", "PROPN", "AUX", "NOUN",
           *(["ADP", "DET", "NOUN"] if own_body else []), "PUNCT"]
    tags = ["PRP", "VBD", "NNP", "NNP", ",", "WRB", "NNP", "NNP", "VBD", "NN", *(["IN", "DT", "NN"] if own_body else []),
            "."]
    ents = ["O", "O", f"B-{head_ent}", f"I-{head_ent}", "O", "O", "B-PERSON", "I-PERSON", "O", "O",
            *(["O", "O", "O"] if own_body else []), "O"]
    lemmas = ["he", "leave", "acme", "corp", ",", "where", "ann", "lee", "be", "director",
              *(["of", "the", "club"] if own_body else []), "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def _where_roles(doc) -> list[tuple[str, str, str]]:
    return [(h, r, t) for h, r, t, rule in relations_of(doc) if rule.startswith("where_role")]


def test_a_role_in_a_where_clause_on_a_body_is_held_at_the_body():
    assert _where_roles(_director()) == [("Ann Lee", "director of", "Acme Corp")]


def test_a_role_with_a_body_of_its_own_is_not_the_where_clauses():
    assert _where_roles(_director(own_body=True)) == []


def test_a_where_clause_on_a_place_holds_no_role():
    assert _where_roles(_director(head_ent="GPE")) == []
