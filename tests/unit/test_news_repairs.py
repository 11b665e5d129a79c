"""Hand-built parses for this round's news rules: a preposition hung on the amount after a noun's
"of" goes to the noun (``kg.prep_repairs.preps_after_amounts``), a "by" with a person hung on a
place goes to the participle as its agent (``agents_after_places``), an "as" role hung on the
agent's name goes to the verb (``roles_after_agents``), a second subject after an
active verb is its object (``kg.subject_repairs.objects_read_as_subjects``), a name NER typed both a
body and a people is a body (``kg.doc_types.bodies_not_peoples``), an infinitive after "letters of
intent" is the signer's (``kg.relations.controlled.commitment_verb``), and a thing owns no
subsidiary (``kg.relations.body_parts.may_own_body_part``)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.doc_types import bodies_not_peoples
from kg.model import Mention
from kg.prep_repairs import agents_after_places, preps_after_amounts, roles_after_agents
from kg.relations.body_parts import may_own_body_part
from kg.relations.controlled import commitment_verb
from kg.subject_repairs import objects_read_as_subjects


def _fine(amount_tag: str = "NNS", prep: str = "on"):
    """"Finma imposed a fine of 12 million francs {prep} UBS ." as the parser reads it: the
    preposition hung on "francs"."""
    words = ["Finma", "imposed", "a", "fine", "of", "12", "million", "francs", prep, "UBS", "."]
    heads = [1, 1, 3, 1, 3, 6, 7, 4, 7, 8, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "nummod", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "NUM", "NUM", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "CD", "CD", amount_tag, "IN", "NNP", "."]
    ents = ["B-ORG", "O", "O", "O", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O", "B-ORG", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_preposition_after_an_amount_goes_to_the_noun_the_amount_measures():
    doc = _fine()
    assert preps_after_amounts(doc) == [8]
    assert doc[8].head.text == "fine"
    assert ("Finma", "imposed fine on", "UBS", "object_prep") in relations_of(doc)


def test_of_after_an_amount_stays_the_amounts():
    doc = _fine(prep="of")
    assert preps_after_amounts(doc) == []
    assert doc[8].head.text == "francs"


def _announced(agent_ent: str = "B-PERSON"):
    """"Artemis was announced at the White House by Trump ." with "by Trump" hung on "House"."""
    words = ["Artemis", "was", "announced", "at", "the", "White", "House", "by", "Trump", "."]
    heads = [2, 2, 2, 2, 6, 6, 3, 6, 7, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "det", "compound", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "VBN", "IN", "DT", "NNP", "NNP", "IN", "NNP", "."]
    ents = ["B-ORG", "O", "O", "O", "B-FAC", "I-FAC", "I-FAC", "O", agent_ent, "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_by_with_a_person_after_a_place_is_the_participles_agent():
    doc = _announced()
    assert agents_after_places(doc) == [7]
    assert (doc[7].head.text, doc[7].dep_) == ("announced", "agent")
    assert ("Trump", "announced", "Artemis", "passive") in relations_of(doc)


def test_a_by_with_no_person_stays_on_the_place():
    doc = _announced(agent_ent="B-GPE")  # "at the White House by the Potomac": where it is
    assert agents_after_places(doc) == []


def _replaces(verb_tag: str = "VBZ", lemma: str = "replace"):
    """"Ethekon , a lawyer , replaces Chebukati ." with Chebukati a second subject of the verb."""
    words = ["Ethekon", ",", "a", "lawyer", ",", "replaces", "Chebukati", "."]
    heads = [5, 0, 3, 0, 0, 5, 5, 5]
    deps = ["nsubj", "punct", "det", "appos", "punct", "ROOT", "nsubj", "punct"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    tags = ["NNP", ",", "DT", "NN", ",", verb_tag, "NNP", "."]
    lemmas = ["ethekon", ",", "a", "lawyer", ",", lemma, "chebukati", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas,
                    ents=["B-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "O"])


def test_a_second_subject_after_an_active_verb_is_its_object():
    doc = _replaces()
    assert objects_read_as_subjects(doc) == [6]
    assert doc[6].dep_ == "dobj"
    assert ("Ethekon", "replace", "Chebukati", "svo") in relations_of(doc)


def test_a_speaker_after_a_reporting_verb_stays_a_subject():
    doc = _replaces(verb_tag="VBD", lemma="say")
    assert objects_read_as_subjects(doc) == []


def _mention(text: str, kind: str, start: int) -> Mention:
    return Mention("t", start, start + len(text), text, kind, 0, 200)


def test_a_name_ner_typed_a_body_and_a_people_is_a_body():
    got = bodies_not_peoples([_mention("BaFin", "ORG", 0), _mention("BaFin", "NORP", 50), _mention("German", "NORP", 80)])
    assert [m.type for m in got] == ["ORG", "ORG", "NORP"]


def test_a_peoples_word_ner_also_typed_a_body_stays_a_people():
    got = bodies_not_peoples([_mention("Kazakh", "ORG", 0), _mention("Kazakh", "NORP", 50)])
    assert [m.type for m in got] == ["ORG", "NORP"]


def _letters(noun: str = "intent"):
    """"Kia signed letters of {noun} to supply batteries ." as the parser reads it."""
    words = ["Kia", "signed", "letters", "of", noun, "to", "supply", "batteries", "."]
    heads = [1, 1, 1, 2, 3, 6, 4, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "aux", "acl", "dobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NOUN", "PART", "VERB", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "NNS", "IN", "NN", "TO", "VB", "NNS", "."]
    lemmas = ["kia", "sign", "letter", "of", noun, "to", "supply", "battery", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas)


def test_an_infinitive_after_letters_of_intent_is_the_signers():
    doc = _letters()
    verb = commitment_verb(doc[6])
    assert verb is not None and verb.i == 1


def test_an_infinitive_after_letters_of_another_noun_is_no_commitment():
    assert commitment_verb(_letters("support")[6]) is None  # "letters of support to …": others act


def test_only_a_bodys_noun_owns_a_subsidiary():
    doc = make_doc(["The", "penalty", "and", "the", "lender", "and", "the", "commission"], [1, 1, 1, 4, 1, 1, 7, 4],
                   ["det", "ROOT", "cc", "det", "conj", "cc", "det", "conj"],
                   pos=["DET", "NOUN", "CCONJ", "DET", "NOUN", "CCONJ", "DET", "NOUN"],
                   tags=["DT", "NN", "CC", "DT", "NN", "CC", "DT", "NN"])
    assert [may_own_body_part(doc[i]) for i in (1, 4, 7)] == [False, True, True]


def _replaced_by(role: str = "CEO"):
    """"Cook was replaced by Ternus as {role} of Apple ." with "as" hung on Ternus."""
    words = ["Cook", "was", "replaced", "by", "Ternus", "as", role, "of", "Apple", "."]
    heads = [2, 2, 2, 2, 3, 4, 5, 6, 7, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "prep", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "VBN", "IN", "NNP", "IN", "NN", "IN", "NNP", "."]
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O", "B-ORG", "O"]
    lemmas = ["cook", "be", "replace", "by", "ternus", "as", role.lower(), "of", "apple", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_role_hung_on_the_agents_name_goes_to_the_passive_verb():
    doc = _replaced_by()
    assert roles_after_agents(doc) == [5]
    assert doc[5].head.text == "replaced"
    assert ("Ternus", "ceo of", "Apple", "as_role") in relations_of(doc)


def test_an_as_with_no_role_stays_on_the_name():
    assert roles_after_agents(_replaced_by("guest")) == []  # "by Ternus as guest of Apple"
