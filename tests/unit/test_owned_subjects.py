"""The ``owned_subject`` rule on hand-built parses: a name's own unnamed thing as the subject of an
active verb ("Qasemi's feature won the Golden Lion"), and parses on which it must stay silent (a
person noun, a pronoun's possessive, a passive, an object that is no name)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _won(owner: str, noun: str, obj_ent: str = "B-WORK_OF_ART", passive: bool = False) -> list[tuple]:
    """``<owner> 's <noun> won Lion .`` (or ``<owner> 's <noun> was won Lion .`` as a passive's
    shape); ``owner`` "his" is a pronoun."""
    pron = owner.islower()
    words = [owner] + ([] if pron else ["'s"]) + [noun] + (["was"] if passive else []) + ["won", "Lion", "."]
    n = len(words)
    s = 1 if pron else 2  # the noun
    v = n - 3
    heads = [s] + ([] if pron else [0]) + [v] + ([v] if passive else []) + [v, v, v]
    deps = ["poss"] + ([] if pron else ["case"]) + ["nsubjpass" if passive else "nsubj"] + (
        ["auxpass"] if passive else []) + ["ROOT", "dobj", "punct"]
    pos = ["PRON" if pron else "PROPN"] + ([] if pron else ["PART"]) + ["NOUN"] + (["AUX"] if passive else []) + [
        "VERB", "PROPN", "PUNCT"]
    tags = ["PRP$" if pron else "NNP"] + ([] if pron else ["POS"]) + ["NN"] + (["VBD"] if passive else []) + [
        "VBN" if passive else "VBD", "NNP", "."]
    ents = ["O" if pron else "B-PERSON"] + ([] if pron else ["O"]) + ["O"] + (["O"] if passive else []) + [
        "O", obj_ent, "O"]
    lemmas = [w.lower() for w in words]
    lemmas[v] = "win"
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return [r for r in relations_of(doc) if r[3] == "owned_subject"]


def test_a_names_own_thing_did_it_for_the_name():
    assert _won("Qasemi", "feature") == [("Qasemi", "feature won", "Lion", "owned_subject")]


def test_a_person_noun_is_someone_of_their_own():
    assert _won("Qasemi", "lawyer") == []
    assert _won("Qasemi", "wife") == []


def test_no_pronoun_passive_or_unnamed_object():
    assert _won("his", "feature") == []
    assert _won("Qasemi", "feature", passive=True) == []
    assert _won("Qasemi", "feature", obj_ent="O") == []
