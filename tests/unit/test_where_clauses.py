"""``…, where X <verb> …`` (``kg.relations.where_clauses``) on hand-built parses: the clause's
subject did the verb in the place the clause hangs on; not a place the clause names itself, and
no "where" on a name that is no place."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _where(place_type: str = "GPE", own_prep: bool = False, obj: str = "office",
           in_word: tuple[str, str, str, str] = ("Nice", "PROPN", "NNP", "B-GPE")) -> set[tuple[str, str, str, str]]:
    """``Ian moved to Lyon , where Acme has its <obj> [in Nice] .`` (``in_word``: what "in" takes)."""
    words = ["Ian", "moved", "to", "Lyon", ",", "where", "Acme", "has", "its", obj]
    heads = [1, 1, 1, 2, 3, 7, 7, 3, 9, 7]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "advmod", "nsubj", "relcl", "poss", "dobj"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "ADV", "PROPN", "VERB", "PRON", "NOUN"]
    tags = ["NNP", "VBD", "IN", "NNP", ",", "WRB", "NNP", "VBZ", "PRP$", "NN"]
    ents = ["B-PERSON", "O", "O", f"B-{place_type}", "O", "O", "B-ORG", "O", "O", "O"]
    lemmas = ["ian", "move", "to", "lyon", ",", "where", "acme", "have", "its", obj]
    if own_prep:
        words += ["in", in_word[0]]
        heads += [7, 10]
        deps += ["prep", "pobj"]
        pos += ["ADP", in_word[1]]
        tags += ["IN", in_word[2]]
        ents += ["O", in_word[3]]
        lemmas += ["in", in_word[0].lower()]
    words, heads, deps, pos, tags, ents, lemmas = (x + [y] for x, y in zip(
        (words, heads, deps, pos, tags, ents, lemmas), (".", 1, "punct", "PUNCT", ".", "O", ".")))
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return set(relations_of(doc))


def test_a_where_clause_on_a_place_happens_there():
    assert ("Acme", "have office in", "Lyon", "where_place") in _where(), _where()


def test_a_where_clause_with_its_own_place_adds_nothing():
    assert not any(r[3] == "where_place" for r in _where(own_prep=True)), _where(own_prep=True)


def test_an_in_that_takes_an_adverb_names_no_other_place():
    """"where Acme has its office in overseas" (translated news): the adverb names no place."""
    found = _where(own_prep=True, in_word=("overseas", "ADV", "RB", "O"))
    assert ("Acme", "have office in", "Lyon", "where_place") in found, found


def test_a_name_that_is_no_place_is_no_where():
    assert not any(r[3] == "where_place" for r in _where("ORG")), _where("ORG")


def test_a_deed_that_is_no_being_there_and_has_no_site_says_nothing():
    # "where Acme has its law": the rule reads being somewhere or a site, not any deed (``BEING_VERBS``)
    assert not any(r[3] == "where_place" for r in _where(obj="law")), _where(obj="law")
