"""The ``reciprocal`` rule on hand-built parses: two coordinated subjects of a verb that says the
pair did it to each other ("married", "met", "signed an agreement"), and parses on which it must
stay silent (a verb each subject does alone, an object that is a name, a "with" phrase)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.relations.reciprocal import RECIPROCAL_NOUNS, RECIPROCAL_VERBS, is_reciprocal


def _pair(verb: str, lemma: str, rest: list[str] | None = None) -> list[tuple[str, str, str, str]]:
    """``Anna Berg and Carl Holm <verb> [rest] .`` with "Carl Holm" a conjunct of "Berg"; ``rest``
    is a determiner and a direct object (two words) or a preposition and a name (two words)."""
    words = ["Anna", "Berg", "and", "Carl", "Holm", verb, *(rest or []), "."]
    heads, deps = [1, 5, 1, 4, 1, 5], ["compound", "nsubj", "cc", "compound", "conj", "ROOT"]
    pos, tags = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"], ["NNP", "NNP", "CC", "NNP", "NNP", "VBD"]
    ents, lemmas = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"], ["anna", "berg", "and", "carl", "holm", lemma]
    if rest and rest[0] in ("an", "a", "the"):  # det + dobj
        heads += [7, 5]; deps += ["det", "dobj"]; pos += ["DET", "NOUN"]; tags += ["DT", "NN"]
        ents += ["O", "O"]; lemmas += [rest[0], rest[1]]
    elif rest:  # prep + named pobj
        heads += [5, 6]; deps += ["prep", "pobj"]; pos += ["ADP", "PROPN"]; tags += ["IN", "NNP"]
        ents += ["O", "B-GPE"]; lemmas += [rest[0], rest[1].lower()]
    heads.append(5); deps.append("punct"); pos.append("PUNCT"); tags.append("."); ents.append("O"); lemmas.append(".")
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return [r for r in relations_of(doc) if r[3] == "reciprocal"]


def test_a_couple_that_married_married_each_other():
    assert _pair("married", "marry") == [("Anna Berg", "married", "Carl Holm", "reciprocal")]


def test_an_intransitive_form_keeps_its_preposition():
    assert _pair("merged", "merge") == [("Anna Berg", "merged with", "Carl Holm", "reciprocal")]


def test_a_reciprocal_object_makes_any_verb_the_pairs():
    assert _pair("signed", "sign", ["an", "agreement"]) == [
        ("Anna Berg", "signed agreement with", "Carl Holm", "reciprocal")]


def test_a_place_after_the_verb_is_no_other_party():
    assert _pair("met", "meet", ["in", "Oslo"]) == [("Anna Berg", "met", "Carl Holm", "reciprocal")]


def test_a_verb_each_subject_does_alone_joins_nobody():
    assert _pair("won", "win", ["a", "medal"]) == []


def test_a_with_phrase_names_the_other_party():
    assert _pair("met", "meet", ["with", "Putin"]) == []


def test_a_transitive_reciprocal_verb_with_an_object_of_its_own_joins_nobody():
    assert _pair("met", "meet", ["the", "press"]) == []


def test_the_tables_hold_lower_case_lemmas():
    assert all(v == v.lower() for v in RECIPROCAL_VERBS) and all(n == n.lower() for n in RECIPROCAL_NOUNS)
    assert set(RECIPROCAL_VERBS.values()) <= {"", "with"}
    assert not is_reciprocal(make_doc(["Berg", "won", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                                      lemmas=["berg", "win", "."])[1])


def _agreed(control: str, lemma: str) -> list[tuple[str, str, str, str]]:
    """``Anna Berg and Carl Holm <control> to merge .``: the pair the subject of "agreed" (or of
    "asked", which takes an object), "merge" its infinitive."""
    words = ["Anna", "Berg", "and", "Carl", "Holm", control, "to", "merge", "."]
    heads, deps = [1, 5, 1, 4, 1, 5, 7, 5, 5], ["compound", "nsubj", "cc", "compound", "conj", "ROOT", "aux",
                                                 "xcomp", "punct"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PART", "VERB", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    lemmas = ["anna", "berg", "and", "carl", "holm", lemma, "to", "merge", "."]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=lemmas)
    return [r for r in relations_of(doc) if r[3] == "reciprocal"]


def test_the_subject_of_the_verb_an_infinitive_completes_is_its_pair():
    assert _agreed("agreed", "agree") == [("Anna Berg", "merge with", "Carl Holm", "reciprocal")]


def test_a_relationship_the_pair_announced_is_theirs():
    assert _pair("announced", "announce", ["the", "separation"]) == [
        ("Anna Berg", "announced separation with", "Carl Holm", "reciprocal")]


def _described(second: bool) -> list[tuple[str, str, str, str]]:
    """``the singer Anna Berg and the actor Carl Holm divorced .`` as the parser hangs it: the
    second class noun a conjunct of the first one's name (``second``), or ``the singer Anna Berg
    divorced .``, one party alone."""
    words = ["the", "singer", "Anna", "Berg"]
    heads, deps = [1, 7, 3, 1], ["det", "nsubj", "compound", "appos"]
    pos, ents = ["DET", "NOUN", "PROPN", "PROPN"], ["O", "O", "B-PERSON", "I-PERSON"]
    if second:
        words += ["and", "the", "actor", "Carl", "Holm"]
        heads += [3, 6, 3, 8, 6]; deps += ["cc", "det", "conj", "compound", "appos"]
        pos += ["CCONJ", "DET", "NOUN", "PROPN", "PROPN"]; ents += ["O", "O", "O", "B-PERSON", "I-PERSON"]
    verb = len(words)
    heads = [verb if h == 7 else h for h in heads]
    words += ["divorced", "."]; heads += [verb, verb]; deps += ["ROOT", "punct"]; pos += ["VERB", "PUNCT"]
    ents += ["O", "O"]
    lemmas = [w.lower() for w in words[:-2]] + ["divorce", "."]
    tags = [{"DET": "DT", "NOUN": "NN", "PROPN": "NNP", "CCONJ": "CC", "VERB": "VBD", "PUNCT": "."}[p] for p in pos]
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return [r for r in relations_of(doc) if r[3] == "reciprocal"]


def test_a_second_party_hung_on_the_first_ones_name_is_a_party():
    assert _described(True) == [("Anna Berg", "divorced", "Carl Holm", "reciprocal")]
    assert _described(False) == []


def test_any_object_of_an_exchange_is_the_pairs():
    assert _pair("exchanged", "exchange", ["the", "views"]) == [
        ("Anna Berg", "exchanged views with", "Carl Holm", "reciprocal")]
    assert _pair("expressed", "express", ["the", "views"]) == []


def test_a_verb_done_together_joins_the_pair_whatever_its_object():
    # "Anna Berg and Carl Holm developed Oslo together ."
    words = ["Anna", "Berg", "and", "Carl", "Holm", "developed", "Oslo", "together", "."]
    heads = [1, 5, 1, 4, 1, 5, 5, 5, 5]
    deps = ["compound", "nsubj", "cc", "compound", "conj", "ROOT", "dobj", "advmod", "punct"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PROPN", "ADV", "PUNCT"]
    tags = ["NNP", "NNP", "CC", "NNP", "NNP", "VBD", "NNP", "RB", "."]
    ents = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "B-GPE", "O", "O"]
    lemmas = ["anna", "berg", "and", "carl", "holm", "develop", "oslo", "together", "."]
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    assert [r for r in relations_of(doc) if r[3] == "reciprocal"] == [
        ("Anna Berg", "developed together with", "Carl Holm", "reciprocal")]
    lemmas[7] = words[7] = "quickly"
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    assert [r for r in relations_of(doc) if r[3] == "reciprocal"] == []


def _joint(adjective: str) -> list[tuple[str, str, str, str]]:
    """``Anna Berg and Carl Holm expanded the {adjective} operation .``"""
    words = ["Anna", "Berg", "and", "Carl", "Holm", "expanded", "the", adjective, "operation", "."]
    heads = [1, 5, 1, 4, 1, 5, 8, 8, 5, 5]
    deps = ["compound", "nsubj", "cc", "compound", "conj", "ROOT", "det", "amod", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"]
    tags = ["NNP", "NNP", "CC", "NNP", "NNP", "VBD", "DT", "JJ", "NN", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"]
    lemmas = ["anna", "berg", "and", "carl", "holm", "expand", "the", adjective, "operation", "."]
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return [r for r in relations_of(doc) if r[3] == "reciprocal"]


def test_a_joint_object_is_the_pairs():
    assert _joint("joint") == [("Anna Berg", "expanded operation with", "Carl Holm", "reciprocal")]


def test_an_object_of_no_joint_word_joins_nobody():
    assert _joint("new") == []


def _pact(noun: str, verb: str = "signed", prep: str = "between"):
    """``The <noun> was <verb> <prep> Acme and Zenit .`` (a passive; "Zenit" a conjunct of "Acme")."""
    words = ["The", noun, "was", verb, prep, "Acme", "and", "Zenit", "."]
    return make_doc(words, [1, 3, 3, 3, 3, 4, 5, 5, 3],
                    ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj", "punct"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "VBN", "IN", "NNP", "CC", "NNP", "."],
                    ents=["O", "O", "O", "O", "O", "B-ORG", "O", "B-ORG", "O"],
                    lemmas=["the", noun, "be", "sign" if verb == "signed" else verb, prep, "acme", "and", "zenit", "."])


def test_a_pact_made_between_two_parties_joins_them():
    """"The agreement was signed between A and B": the "between" names the pact's parties."""
    assert [r for r in relations_of(_pact("agreement")) if r[3] == "reciprocal"] == [
        ("Acme", "signed agreement with", "Zenit", "reciprocal")]
    assert is_reciprocal(_pact("agreement")[3])
    assert not [r for r in relations_of(_pact("match", "played")) if r[3] == "reciprocal"]  # no pact
    assert not [r for r in relations_of(_pact("agreement", prep="by")) if r[3] == "reciprocal"]
