"""Hand-built parses for the infinitive after a verb of ordering whose addressee a "to" names
(``kg.relations.arguments._to_controller``): translated news writes "ordered to the minister X to
travel to Y" ("ordenó a la ministra X viajar a Y"); the addressee travels, not the one who orders."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _ordered(verb: str = "ordered", lemma: str = "order"):
    """"Ramos <verb> to Silva to travel to Lima ." with the first "to" on the verb, as parsed."""
    words = ["Ramos", verb, "to", "Silva", "to", "travel", "to", "Lima", "."]
    return make_doc(words, [1, 1, 1, 2, 5, 1, 5, 6, 1],
                    ["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "IN", "NNP", "TO", "VB", "IN", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "B-GPE", "O"],
                    lemmas=["ramos", lemma, "to", "silva", "to", "travel", "to", "lima", "."])


def test_the_addressee_of_an_order_named_by_to_does_what_is_ordered():
    found = relations_of(_ordered())
    assert ("Silva", "travel to", "Lima", "prep") in found
    assert not any(h == "Ramos" and t == "Lima" for h, _, t, _ in found), found


def test_a_verb_of_no_ordering_keeps_its_subject_as_the_doer():
    found = relations_of(_ordered("wrote", "write"))  # "Ramos wrote to Silva to travel to Lima": Ramos travels
    assert ("Ramos", "travel to", "Lima", "prep") in found
