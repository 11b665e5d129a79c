"""Hand-built parses for a product's model name: a name with a model's number before a made
thing's noun is a product (``kg.product_models.model_product``), the counted noun stands for the
model (``named_nouns.named_kind``), and the body the document names alone that opens the model's
name makes it (``kg.relations.models.model_maker``)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of
from spacy.tokens import Span

from kg.product_models import model_product


def _ordered(model: str = "737", model_ent: str = "I-PRODUCT", noun: str = "jets"):
    """"Boeing said Ryanair ordered 150 Boeing {model} {noun} ." """
    words = ["Boeing", "said", "Ryanair", "ordered", "150", "Boeing", model, noun, "."]
    heads = [1, 1, 3, 1, 7, 7, 7, 3, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "nummod", "compound", "compound", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "VERB", "NUM", "PROPN", "PROPN", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", "VBD", "CD", "NNP", "NNP", "NNS", "."]
    ents = ["B-ORG", "O", "B-ORG", "O", "O", "B-PRODUCT", model_ent, "O", "O"]
    lemmas = ["boeing", "say", "ryanair", "order", "150", "boeing", model.lower(), noun, "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_name_with_a_models_number_before_a_made_things_noun_is_a_product():
    doc = _ordered()
    assert model_product(Span(doc, 5, 7), "ORG")
    assert not model_product(Span(doc, 5, 7), "WORK_OF_ART")  # a work's title keeps its type


def test_a_year_is_no_models_number_and_a_common_noun_no_made_thing():
    assert not model_product(Span(_ordered("2030"), 5, 7), "ORG")  # "Boeing 2030 jets": a year
    assert not model_product(Span(_ordered(noun="shares"), 5, 7), "ORG")  # "Boeing 737 shares"


def test_the_counted_noun_is_the_model_and_the_body_named_alone_makes_it():
    got = relations_of(_ordered())
    assert ("Ryanair", "ordered", "Boeing 737", "svo") in got
    assert ("Boeing", "maker of", "Boeing 737", "model_maker") in got


def test_a_model_name_with_no_number_has_no_maker():
    doc = _ordered("Dreamliner")
    assert not any(r[3] == "model_maker" for r in relations_of(doc))
