"""``kg.document_phrases``: a party's preposition after a document's fixed name ("a memorandum of
understanding with Gazprom") is the document's, on hand-built parses, with parses it leaves."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations

from kg.parse_repairs import repair_parse


def _memorandum(noun: str, complement: str):
    """"Rosneft signed a <noun> of <complement> with Gazprom ." as the parser reads it: "with" on the
    complement."""
    words = ["Rosneft", "signed", "a", noun, "of", complement, "with", "Gazprom", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 4, 5, 6, 1],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "DT", "NN", "IN", "NN", "IN", "NNP", "."],
                    ents=["B-ORG", "O", "O", "O", "O", "O", "O", "B-ORG", "O"],
                    lemmas=["rosneft", "sign", "a", noun, "of", complement, "with", "gazprom", "."])


def test_a_party_after_a_documents_fixed_name_is_the_documents():
    doc = _memorandum("memorandum", "understanding")
    assert repair_parse(doc) == [6]
    assert ("Rosneft", "signed memorandum with", "Gazprom", "object_prep") in relations(doc)


def test_a_with_after_any_other_of_phrase_stays():
    # "a report of talks with Gazprom": the talks were with Gazprom
    doc = _memorandum("report", "talks")
    assert repair_parse(doc) == [] and doc[6].head.text == "talks"
