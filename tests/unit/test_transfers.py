"""The ``transfer_from`` and ``transfer_to`` rows (``kg.relations.transfers``) on hand-built parses:
what a verb of taking over takes "from" a name was that name's, what a verb of handing over gives
"to" a name is that name's now, and parses on which they must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _signed(verb: str = "signed", lemma: str = "sign", source: str = "Leverkusen", source_ent: str = "B-ORG",
            on_object: bool = False) -> Doc:
    """"Liverpool <verb> Frimpong from <source> ." with "from" on the verb (or on the object)."""
    words = ["Liverpool", verb, "Frimpong", "from", source, "."]
    return make_doc(words, [1, 1, 1, 2 if on_object else 1, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN" if source_ent != "B-DATE" else "NUM", "PUNCT"],
                    tags=["NNP", "VBD", "NNP", "IN", "NNP" if source_ent != "B-DATE" else "CD", "."],
                    ents=["B-ORG", "O", "B-PERSON", "O", source_ent, "O"],
                    lemmas=["liverpool", lemma, "frimpong", "from", source.lower(), "."])


def test_what_a_verb_of_taking_over_takes_from_a_name_was_that_names():
    assert ("Frimpong", "signed from", "Leverkusen", "transfer_from") in relations(_signed())
    assert ("Frimpong", "hired from", "Leverkusen", "transfer_from") in relations(
        _signed("hired", "hire", on_object=True))  # "hired Ana Ruiz from Google": "from" on the object


def test_no_transfer_from_a_date_or_with_another_verb():
    assert not any(r[3] == "transfer_from" for r in relations(_signed(source="2010", source_ent="B-DATE")))
    assert not any(r[3] == "transfer_from" for r in relations(_signed("praised", "praise")))


def _sold(verb: str = "sold", lemma: str = "sell", to_ent: str = "B-ORG") -> Doc:
    """"Kunlun <verb> Grindr to Vicente ." """
    return make_doc(["Kunlun", verb, "Grindr", "to", "Vicente", "."], [1, 1, 1, 1, 3, 1],
                    ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"], tags=["NNP", "VBD", "NNP", "IN", "NNP", "."],
                    ents=["B-ORG", "O", "B-ORG", "O", to_ent, "O"], lemmas=["kunlun", lemma, "grindr", "to", "vicente", "."])


def test_what_a_verb_of_handing_over_gives_to_a_name_is_that_names():
    assert ("Grindr", "sold to", "Vicente", "transfer_to") in relations(_sold())
    assert not any(r[3] == "transfer_to" for r in relations(_sold("showed", "show")))
    assert not any(r[3] == "transfer_to" for r in relations(_sold(to_ent="B-DATE")))


def _sold_by(agent: bool = True) -> Doc:
    """"Grindr was sold [by Kunlun] to Vicente ." """
    words = ["Grindr", "was", "sold"] + (["by", "Kunlun"] if agent else []) + ["to", "Vicente", "."]
    n = 2 if agent else 0
    heads = [2, 2, 2] + ([2, 3] if agent else []) + [2, 3 + n, 2]
    deps = ["nsubjpass", "auxpass", "ROOT"] + (["agent", "pobj"] if agent else []) + ["prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB"] + (["ADP", "PROPN"] if agent else []) + ["ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "VBN"] + (["IN", "NNP"] if agent else []) + ["IN", "NNP", "."]
    ents = ["B-ORG", "O", "O"] + (["O", "B-ORG"] if agent else []) + ["O", "B-ORG", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[1:3] = ["be", "sell"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_passive_with_its_giver_named_hands_its_subject_over():
    """"by" names the giver, whom ``prep`` gives the "to" edge; the subject goes "to" the name too.
    Without a giver ``prep`` itself gives the subject the edge, and this row adds nothing."""
    assert ("Grindr", "sold to", "Vicente", "transfer_to") in relations(_sold_by())
    assert not any(r[3] == "transfer_to" for r in relations(_sold_by(agent=False)))
    assert ("Grindr", "sold to", "Vicente", "prep") in relations(_sold_by(agent=False))


def _transfer_of(noun: str = "transfer", source_ent: str = "B-ORG") -> Doc:
    """"Porto completed the <noun> of Mendes from Benfica ." with "from" on the noun."""
    words = ["Porto", "completed", "the", noun, "of", "Mendes", "from", "Benfica", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 4, 3, 6, 1],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "IN", "NNP", "."],
                    ents=["B-ORG", "O", "O", "O", "O", "B-PERSON", "O", source_ent, "O"],
                    lemmas=["porto", "complete", "the", noun, "of", "mendes", "from", "benfica", "."])


def test_what_a_noun_of_taking_over_takes_from_a_name_was_that_names():
    """``nominal`` (``kg.relations.nouns``, confidence ``nominal@from``): "the transfer of Mendes from Benfica"."""
    assert ("Mendes", "transfer from", "Benfica", "nominal") in relations(_transfer_of())
    assert ("Mendes", "signing from", "Benfica", "nominal") in relations(_transfer_of("signing"))
    assert not any(r[1] == "departure from" for r in relations(_transfer_of("departure")))  # no noun of taking over
    assert not any(r[0] == "Mendes" for r in relations(_transfer_of(source_ent="B-DATE")))
