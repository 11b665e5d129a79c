"""Hand-built parses for this round's description mechanisms: a lead sentence's subject across
its parenthesis (``Arguments.lead_subject``), ``the U.S. state of Michigan`` in a place chain, and
the places of an entity of a nationality lying in its country (``contained_in@nationality``);
each with a parse on which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc



def _halin(open_: str, close: str) -> Doc:
    """``Halin ( 1934 , Uerdingen ) was a German theorist .``, parsed the way the model does: the
    birthplace inside the brackets is the copula's subject, the name an npadvmod."""
    words = ["Halin", open_, "1934", ",", "Uerdingen", close, "was", "a", "German", "theorist", "."]
    return make_doc(words, [6, 0, 0, 2, 6, 4, 6, 9, 9, 6, 6],
                    ["npadvmod", "punct", "appos", "punct", "nsubj", "punct", "ROOT", "det", "amod", "attr", "punct"],
                    pos=["PROPN", "PUNCT", "NUM", "PUNCT", "PROPN", "PUNCT", "AUX", "DET", "ADJ", "NOUN", "PUNCT"],
                    tags=["NNP", "-LRB-", "CD", ",", "NNP", "-RRB-", "VBD", "DT", "JJ", "NN", "."],
                    ents=["B-PERSON", "O", "B-DATE", "O", "B-GPE", "O", "O", "O", "B-NORP", "O", "O"],
                    lemmas=["halin", open_, "1934", ",", "uerdingen", close, "be", "a", "german", "theorist", "."])


def test_lead_subject_across_the_parenthesis():
    assert [r for r in relations(_halin("(", ")")) if r[3] == "nationality"] == [
        ("Halin", "nationality", "German", "nationality")]  # not Uerdingen's (a life date: born in)


def test_no_lead_subject_without_a_parenthesis():
    # "Halin , 1934 , Uerdingen ; was …": no bracket after the name, the parser's subject stands
    assert relations(_halin(",", ";")) == [("Uerdingen", "country", "German", "nationality")]


def _lake(noun: str) -> Doc:
    """``It lies in Gogebic County in the U.S. <noun> of Michigan .``"""
    words = ["It", "lies", "in", "Gogebic", "County", "in", "the", "U.S.", noun, "of", "Michigan", "."]
    return make_doc(words, [1, 1, 1, 4, 2, 1, 8, 8, 5, 8, 9, 1],
                    ["nsubj", "ROOT", "prep", "compound", "pobj", "prep", "det", "compound", "pobj", "prep",
                     "pobj", "punct"],
                    pos=["PRON", "VERB", "ADP", "PROPN", "PROPN", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN",
                         "PUNCT"],
                    tags=["PRP", "VBZ", "IN", "NNP", "NNP", "IN", "DT", "NNP", "NN", "IN", "NNP", "."],
                    ents=["O", "O", "O", "B-GPE", "I-GPE", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"])


def test_place_chain_through_the_state_of():
    chain = [r for r in relations(_lake("state")) if r[3] == "place_chain"]
    assert chain == [("Gogebic County", "located in", "Michigan", "place_chain")]


def test_place_chain_stops_at_a_country_before_another_noun():
    # "the U.S. team of Michigan": no administrative noun, the chain ends at the U.S.
    chain = [r for r in relations(_lake("team")) if r[3] == "place_chain"]
    assert chain == [("Gogebic County", "located in", "U.S.", "place_chain")]


def _resort(first: str, kind: str, noun: str, prep: str) -> Doc:
    """``<first> is a German <noun> <prep> Rostock .``"""
    words = [first, "is", "a", "German", noun, prep, "Rostock", "."]
    return make_doc(words, [1, 1, 4, 4, 1, 4, 5, 1],
                    ["nsubj", "ROOT", "det", "amod", "attr", "prep", "pobj", "punct"],
                    pos=["PROPN", "AUX", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBZ", "DT", "JJ", "NN", "IN", "NNP", "."],
                    ents=[f"B-{kind}", "O", "O", "B-NORP", "O", "O", "B-GPE", "O"],
                    lemmas=[first.lower(), "be", "a", "german", noun, prep, "rostock", "."])


def test_a_places_place_lies_in_its_nationality():
    found = relations(_resort("Boltenhagen", "GPE", "resort", "in"))
    assert ("Rostock", "country", "German", "contained_in") in found


def test_an_organisations_home_lies_in_its_nationality():
    found = relations(_resort("Siemens", "ORG", "company", "from"))
    assert ("Rostock", "country", "German", "contained_in") in found


def test_a_persons_home_says_nothing_of_the_country():
    # "Jane is a German singer from Rostock": people move; Rostock's country is not stated
    found = relations(_resort("Jane", "PERSON", "singer", "from"))
    assert ("Jane", "nationality", "German", "nationality_person") in found
    assert [r for r in found if r[3] == "contained_in"] == []


def _opener(comma: str) -> Doc:
    """``A native of Syracuse <comma> Wallace attended Yale .`` as the model parses it."""
    words = ["A", "native", "of", "Syracuse", comma, "Wallace", "attended", "Yale", "."]
    return make_doc(words, [1, 6, 1, 2, 6, 6, 6, 6, 6],
                    ["det", "advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"],
                    tags=["DT", "NN", "IN", "NNP", ",", "NNP", "VBD", "NNP", "."],
                    ents=["O", "O", "O", "B-GPE", "O", "B-PERSON", "O", "B-ORG", "O"])


def test_an_opening_noun_phrase_describes_the_subject():
    assert ("Wallace", "native of", "Syracuse", "class_noun") in relations(_opener(","))


def test_no_opening_description_without_the_comma():
    assert [r for r in relations(_opener(";")) if r[3] == "class_noun"] == []


def _in(kind_head: str, kind_tail: str) -> Doc:
    """``They praised Circular Quay in Sydney .`` with the types NER gave the two names."""
    words = ["They", "praised", "Circular", "Quay", "in", "Sydney", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "punct"],
                    pos=["PRON", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
                    tags=["PRP", "VBD", "NNP", "NNP", "IN", "NNP", "."],
                    ents=["O", "O", f"B-{kind_head}", f"I-{kind_head}", "O", f"B-{kind_tail}", "O"])


def test_a_name_ner_called_a_work_is_located_in_a_place():
    assert ("Circular Quay", "located in", "Sydney", "located_in") in relations(_in("WORK_OF_ART", "GPE"))


def test_a_person_in_a_work_appears_in_it():
    assert ("Circular Quay", "appears in", "Sydney", "appears_in") in relations(_in("PERSON", "WORK_OF_ART"))


def test_a_person_in_a_place_is_not_located_there():
    # "Smith in London said …": news datelines and asides, not a statement
    assert [r for r in relations(_in("PERSON", "GPE")) if r[3] in ("located_in", "appears_in")] == []


def _in_the(article: str) -> Doc:
    """``They met Xi in {article} Great Hall .`` with the hall a FAC."""
    words = ["They", "met", "Xi", "in", article, "Great", "Hall", "."]
    return make_doc(words, [1, 1, 1, 2, 6, 6, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
                    pos=["PRON", "VERB", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
                    tags=["PRP", "VBD", "NNP", "IN", "DT", "NNP", "NNP", "."],
                    ents=["O", "O", "B-PERSON", "O", "B-FAC" if article == "The" else "O", "I-FAC" if article == "The"
                          else "B-FAC", "I-FAC", "O"])


def test_a_person_in_a_hall_after_lower_case_the_appears_in_nothing():
    assert [r for r in relations(_in_the("the")) if r[3] == "appears_in"] == []


def test_a_person_in_a_title_with_its_own_the_appears_in_it():
    assert ("Xi", "appears in", "The Great Hall", "appears_in") in relations(_in_the("The"))


def _child_of(names: list[str]) -> Doc:
    """``He was the son of A and B [or C] .`` with one-token names."""
    words = ["He", "was", "the", "son", "of", names[0], "and", names[1]]
    heads, deps = [1, 1, 3, 1, 3, 4, 5, 5], ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "cc", "conj"]
    if len(names) > 2:
        words += ["or", names[2]]
        heads += [7, 7]
        deps += ["cc", "conj"]
    words.append(".")
    heads.append(1)
    deps.append("punct")
    pos = ["PRON", "AUX", "DET", "NOUN", "ADP"] + ["PROPN" if w in names else "CCONJ" for w in words[5:-1]] + ["PUNCT"]
    ents = ["B-PERSON" if w in names else "O" for w in words]
    return make_doc(words, heads, deps, pos=pos, ents=ents,
                    lemmas=["he", "be", "the", "son", "of", *[w.lower() for w in words[5:]]])


def test_the_two_parents_of_a_child_had_it_together():
    assert ("Raf", "had a child with", "Elena", "co_parents") in relations(_child_of(["Raf", "Elena"]))


def test_no_couple_among_three_parents():
    assert [r for r in relations(_child_of(["Aphrodite", "Zeus", "Hermes"])) if r[3] == "co_parents"] == []


def _released(date_: bool) -> Doc:
    """``Thirteens is an album , released on May [2008] by Verve .`` with ``by`` hung on the date
    (as the model does) or on a plain noun."""
    words = ["Thirteens", "is", "an", "album", ",", "released", "on", "May" if date_ else "tape", "by", "Verve", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 3, 5, 6, 7, 8, 1],
                    ["nsubj", "ROOT", "det", "attr", "punct", "acl", "prep", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "AUX", "DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN" if date_ else "NOUN", "ADP",
                         "PROPN", "PUNCT"],
                    tags=["NNP", "VBZ", "DT", "NN", ",", "VBN", "IN", "NNP" if date_ else "NN", "IN", "NNP", "."],
                    ents=["B-WORK_OF_ART", "O", "O", "O", "O", "O", "O", "B-DATE" if date_ else "O", "O", "B-ORG", "O"],
                    lemmas=["thirteens", "be", "an", "album", ",", "release", "on", "may", "by", "verve", "."])


def test_a_participles_by_hung_on_a_date_is_the_participles():
    assert ("Thirteens", "released by", "Verve", "class_noun") in relations(_released(True))


def test_a_by_on_a_plain_noun_stays_the_nouns():
    # "released on tape by Verve": "by Verve" may be the tape's; nothing is read through a non-date
    assert [r for r in relations(_released(False)) if r[1] == "released by"] == []


def test_a_noun_shares_the_preposition_of_the_later_noun_of_its_phrase(extract):
    """``the capital and largest city of Mongolia``: the capital is of Mongolia too."""
    _, triples = extract("Ulaanbaatar is the capital and largest city of Mongolia.")
    assert ("Ulaanbaatar", "capital of", "Mongolia") in triples


def test_a_noun_with_its_own_article_is_a_phrase_of_its_own(extract):
    """``a singer and a member of the Labour Party``: she is no singer of the party."""
    _, triples = extract("Jane Smith is a singer and a member of the Labour Party.")
    assert ("Jane Smith", "member of", "Labour Party") in triples
    assert [t for t in triples if t[1].startswith("singer")] == []


def test_a_place_noun_set_off_after_a_place_describes_that_place(extract):
    """``The Louvre in Paris, capital of France``: the parser hangs ``capital`` on the Louvre; the
    capital is Paris, the name right before the comma, and the museum is no capital."""
    _, triples = extract("The Louvre in Paris, capital of France, is large.")
    assert ("Paris", "capital of", "France") in triples
    assert [t for t in triples if t[0] == "Louvre" and t[1] == "capital of"] == []


def test_a_noun_no_place_is_stays_with_the_parsers_head(extract):
    """``the Louvre in Paris, a museum of the French state``: a museum is no place, Paris no museum."""
    _, triples = extract("The Louvre in Paris, a museum of the French state, is large.")
    assert [t for t in triples if t[0] == "Paris" and t[1].startswith("museum")] == []


def _listed_company(own_people: bool) -> Doc:
    """``the Kazakh company Acme and the [Italian] Brill signed .`` as the parser hangs it: the
    names the noun's apposition and its conjunct, the second with or without its own people's
    adjective."""
    words = ["the", "Kazakh", "company", "Acme", "and", "the"] + (["Italian"] if own_people else []) + ["Brill", "signed", "."]
    b = len(words) - 3  # Brill
    heads = [2, 2, b + 1, 2, 3, b] + ([b] if own_people else []) + [3, b + 1, b + 1]
    deps = ["det", "compound", "nsubj", "appos", "cc", "det"] + (["compound"] if own_people else []) + [
        "conj", "ROOT", "punct"]
    pos = ["DET", "PROPN", "NOUN", "PROPN", "CCONJ", "DET"] + (["PROPN"] if own_people else []) + [
        "PROPN", "VERB", "PUNCT"]
    ents = ["O", "B-NORP", "O", "B-ORG", "O", "O"] + (["B-NORP"] if own_people else []) + ["B-ORG", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_listed_name_with_its_own_people_is_not_the_list_heads():
    assert ("Brill", "nationality", "Italian", "nationality") in relations(_listed_company(True))
    assert not [r for r in relations(_listed_company(True)) if r[0] == "Brill" and r[2] == "Kazakh"]
    assert ("Brill", "nationality", "Kazakh", "nationality") in relations(_listed_company(False))
