"""News sentences that name a body through who speaks for it, on hand-built parses: the speaker's
office after the clause it reports (``kg.relations.tokens.reporting_possessive``), a company noun
in what an office-holder said (``Arguments._speakers_body``), a facility called by its name's last
word (``description_nouns``), and a gerund after an aspect verb (``started selling``), with parses
of the same shape that must give nothing."""

from __future__ import annotations

import pytest
from hand_docs import make_doc, mentions_of, relations_of

from kg.relations import extract_relations


def test_the_speakers_body_is_the_reported_clauses_subject_when_the_parse_inverts_them():
    # "said" hung on "ordered" (a ccomp of the clause it reports); Bolt, the nearest name, is no owner
    words = ["Acme", "ordered", "jets", "from", "Bolt", ",", "the", "airline", "'s", "chairman", "Ian", "Gray",
             "said", "."]
    heads = [1, 1, 1, 1, 3, 4, 7, 9, 7, 11, 11, 12, 1, 12]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "det", "poss", "case", "compound", "compound",
            "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PART", "NOUN", "PROPN", "PROPN",
           "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "NNS", "IN", "NNP", ",", "DT", "NN", "POS", "NN", "NNP", "NNP", "VBD", "."]
    ents = ["B-ORG", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    lemmas = ["acme", "order", "jet", "from", "bolt", ",", "the", "airline", "'s", "chairman", "ian", "gray",
              "say", "."]
    found = {r[:3] for r in relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))}
    assert ("Ian Gray", "chairman of", "Acme") in found, found
    assert ("Ian Gray", "chairman of", "Bolt") not in found, found


def _office_said(noun: str) -> set[tuple[str, str, str]]:
    """``The <noun> of Acme , Ian Gray , said that the company will sell gas to Chile .``"""
    words = ["The", noun, "of", "Acme", ",", "Ian", "Gray", ",", "said", "that", "the", "company", "will", "sell",
             "gas", "to", "Chile", "."]
    heads = [1, 8, 1, 2, 3, 6, 1, 1, 8, 13, 11, 13, 13, 8, 13, 13, 15, 8]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "mark", "det", "nsubj",
            "aux", "ccomp", "dobj", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "AUX",
           "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["DT", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "IN", "DT", "NN", "MD", "VB", "NN", "IN", "NNP",
            "."]
    ents = ["O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O",
            "B-GPE", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[8] = "say"
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return {r[:3] for r in relations_of(doc)}


def test_the_company_an_office_holder_speaks_of_is_the_body_of_his_office():
    assert ("Acme", "sell gas to", "Chile") in _office_said("president")


def test_a_speaker_who_holds_no_office_there_speaks_for_no_body():
    # "A customer of Acme, Ian Gray, said that the company …": some other company
    assert not any(t == "Chile" for _, _, t in _office_said("customer"))


def _refinery(last: str) -> set[tuple[str, str, str, str]]:
    """``Acme <last> opened . The <last lower-cased> is located in Lekki .``"""
    noun = last.lower()
    words = ["Acme", last, "opened", ".", "The", noun, "is", "located", "in", "Lekki", "."]
    heads = [1, 2, 2, 2, 5, 7, 7, 7, 7, 8, 7]
    deps = ["compound", "nsubj", "ROOT", "punct", "det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", ".", "DT", "NN", "VBZ", "VBN", "IN", "NNP", "."]
    ents = ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]
    lemmas = ["acme", noun, "open", ".", "the", noun, "be", "locate", "in", "lekki", "."]
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return set(relations_of(doc))


def test_a_facility_is_called_by_its_names_last_word():
    found = _refinery("Refinery")
    assert any(h == "Acme Refinery" and t == "Lekki" for h, _, t, _ in found), found


def test_a_last_word_that_is_no_kind_of_thing_calls_nothing():
    assert not any(t == "Lekki" for _, _, t, _ in _refinery("Holdings")), _refinery("Holdings")


def _gerund(verb: str, lemma: str) -> list:
    """``Acme <verb> selling gas in Lagos .`` (the gerund an xcomp of the aspect verb)."""
    words = ["Acme", verb, "selling", "gas", "in", "Lagos", "."]
    heads = [1, 1, 1, 2, 2, 4, 1]
    deps = ["nsubj", "ROOT", "xcomp", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "VBG", "NN", "IN", "NNP", "."]
    ents = ["B-ORG", "O", "O", "O", "O", "B-GPE", "O"]
    lemmas = ["acme", lemma, "sell", "gas", "in", "lagos", "."]
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    ms = mentions_of(doc)
    return [(ms[t.head].text, t.relation, ms[t.tail].text, t.negated) for t, _ in extract_relations(doc, ms)]


def test_a_gerund_after_an_aspect_verb_is_the_subjects_act():
    assert ("Acme", "sell gas in", "Lagos", False) in _gerund("started", "start")


@pytest.mark.parametrize(("verb", "lemma"), [("stopped", "stop"), ("avoided", "avoid")])
def test_a_gerund_given_up_or_avoided_is_denied(verb, lemma):
    assert ("Acme", "sell gas in", "Lagos", True) in _gerund(verb, lemma)


def test_a_participle_hung_on_another_verb_is_no_act_of_its_subject():
    # "a movement that … includes pioneering directors such as X": "includes" takes no gerund
    assert not [r for r in _gerund("included", "include") if r[0] == "Acme"]


def _signed(pronoun: str, signer: str = "ORG") -> set[tuple[str, str, str, str]]:
    """``Ian Gray scored twice . Acme signed <pronoun> .``, NER typing Acme ``signer``."""
    words = ["Ian", "Gray", "scored", "twice", ".", "Acme", "signed", pronoun, "."]
    heads = [1, 2, 2, 2, 2, 6, 6, 6, 6]
    deps = ["compound", "nsubj", "ROOT", "advmod", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "ADV", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", "RB", ".", "NNP", "VBD", "PRP", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", f"B-{signer}", "O", "O", "O"]
    lemmas = ["ian", "gray", "score", "twice", ".", "acme", "sign", pronoun, "."]
    return set(relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)))


@pytest.mark.parametrize("signer", ["ORG", "PERSON"])
def test_a_persons_object_pronoun_is_the_person_named_before(signer):
    # not the verb's own subject, even one NER typed PERSON ("Galatasaray signed him": "himself" would be)
    assert any(r[:3] == ("Acme", "signed", "Ian Gray") for r in _signed("him", signer)), _signed("him", signer)


def test_it_as_an_object_stands_for_no_one():
    assert not any(r[0] == "Acme" for r in _signed("it")), _signed("it")


def test_a_capitalised_portfolio_passes_the_office_on_to_its_country():
    # "The Minister of Foreign Affairs of Japan, Ian Gray, said ." (translated news)
    words = ["The", "Minister", "of", "Foreign", "Affairs", "of", "Japan", ",", "Ian", "Gray", ",", "said", "."]
    heads = [1, 11, 1, 4, 2, 4, 5, 1, 9, 1, 1, 11, 11]
    deps = ["det", "nsubj", "prep", "compound", "pobj", "prep", "pobj", "punct", "compound", "appos", "punct",
            "ROOT", "punct"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB",
           "PUNCT"]
    tags = ["DT", "NNP", "IN", "NNP", "NNPS", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "."]
    ents = ["O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[11] = "say"
    found = {r[:3] for r in relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))}
    assert ("Ian Gray", "minister of", "Japan") in found, found


def _chief(verb: str, lemma: str) -> set[tuple[str, str, str]]:
    """``Acme <verb> cuts . The chief executive Ian Gray said .``"""
    words = ["Acme", verb, "cuts", ".", "The", "chief", "executive", "Ian", "Gray", "said", "."]
    heads = [1, 1, 1, 1, 6, 6, 9, 8, 6, 9, 9]
    deps = ["nsubj", "ROOT", "dobj", "punct", "det", "amod", "nsubj", "compound", "appos", "ROOT", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "NNS", ".", "DT", "JJ", "NN", "NNP", "NNP", "VBD", "."]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    lemmas = ["acme", lemma, "cut", ".", "the", "chief", "executive", "ian", "gray", "say", "."]
    return {r[:3] for r in relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))}


def test_the_chief_executive_set_off_by_name_speaks_for_the_body_that_spoke_before():
    assert ("Ian Gray", "chief executive of", "Acme") in _chief("announced", "announce")


def _chief_on_name(opening: str = "Chief") -> set[tuple[str, str, str]]:
    """``Acme announced cuts . {opening} executive Ian Gray said .`` with the opening word hung on
    the name, as the parser hangs "Chief" (not on "executive")."""
    words = ["Acme", "announced", "cuts", ".", opening, "executive", "Ian", "Gray", "said", "."]
    heads = [1, 1, 1, 1, 7, 7, 7, 8, 8, 8]
    deps = ["nsubj", "ROOT", "dobj", "punct", "amod", "compound", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "NNS", ".", "JJ", "NN", "NNP", "NNP", "VBD", "."]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    lemmas = ["acme", "announce", "cut", ".", opening.lower(), "executive", "ian", "gray", "say", "."]
    return {r[:3] for r in relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))}


def test_chief_hung_on_the_name_still_opens_the_role():
    assert any(h == "Ian Gray" and t == "Acme" for h, _, t in _chief_on_name())


def test_another_word_before_the_role_is_no_opening():
    assert not any(t == "Acme" for _, _, t in _chief_on_name("Former"))  # "Former executive X": no longer its


def test_the_chief_executive_is_no_one_s_after_a_body_that_did_not_speak():
    # "The ASX had sent Kalgarra a query. The chairman X said": not the ASX's (kg.relations.role_bodies.previous_body)
    assert not any(t == "Acme" for _, _, t in _chief("made", "make"))


def _taken(age: bool) -> set[tuple[str, str, str]]:
    """``Police arrested Ian Gray . The 45 - year - old | The lawyer was taken to Nice .``"""
    first = ["Police", "arrested", "Ian", "Gray", "."]
    subj = ["The", "45", "-", "year", "-", "old"] if age else ["The", "lawyer"]
    words = first + subj + ["was", "taken", "to", "Nice", "."]
    s = len(first)
    head = s + len(subj) - 1  # "old" / "lawyer"
    verb = head + 2
    heads = [1, 1, 3, 1, 1] + ([head, s + 3, s + 3, head, head, verb] if age else [head, verb]) \
        + [verb, verb, verb, verb + 1, verb]
    deps = ["nsubj", "ROOT", "compound", "dobj", "punct"] \
        + (["det", "nummod", "punct", "npadvmod", "punct", "nsubjpass"] if age else ["det", "nsubjpass"]) \
        + ["auxpass", "ROOT", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"] \
        + (["DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ"] if age else ["DET", "NOUN"]) \
        + ["AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNS", "VBD", "NNP", "NNP", "."] + (["DT", "CD", "HYPH", "NN", "HYPH", "JJ"] if age else ["DT", "NN"]) \
        + ["VBD", "VBN", "IN", "NNP", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O"] + ["O"] * len(subj) + ["O", "O", "O", "B-GPE", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[verb - 1], lemmas[verb] = "arrest", "be", "take"
    return {r[:3] for r in relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))}


def test_an_age_alone_is_the_one_person_named_in_the_sentence_before():
    assert ("Ian Gray", "taken to", "Nice") in _taken(age=True), _taken(age=True)


def test_a_counterpart_is_no_second_reference_to_the_person_arrested():
    # "Police arrested X. The lawyer was …": X's lawyer, someone else
    assert not any(h == "Ian Gray" and t == "Nice" for h, _, t in _taken(age=False)), _taken(age=False)


def test_its_after_a_named_subject_is_not_a_prepositions_object():
    # "Microsoft agreed to pay … to the FTC to settle accusations that its Xbox unit collected …"
    words = ["Acme", "paid", "cash", "to", "Bolt", "because", "its", "Zeta", "unit", "failed", "."]
    heads = [1, 1, 1, 1, 3, 9, 8, 8, 9, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "mark", "poss", "compound", "nsubj", "advcl", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "SCONJ", "PRON", "PROPN", "NOUN", "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "NN", "IN", "NNP", "IN", "PRP$", "NNP", "NN", "VBD", "."]
    ents = ["B-ORG", "O", "O", "O", "B-ORG", "O", "O", "B-ORG", "O", "O", "O"]
    lemmas = ["acme", "pay", "cash", "to", "bolt", "because", "its", "zeta", "unit", "fail", "."]
    found = {r[:3] for r in relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))}
    assert ("Zeta", "unit of", "Acme") in found, found
    assert ("Zeta", "unit of", "Bolt") not in found, found


def _renamed(own_name: bool) -> set[tuple[str, str, str]]:
    """``Tom Gray sang . Members included Ian Gray , his uncle [Sam Gray] .``: the apposition
    renames Ian Gray, or names the next of a list."""
    words = ["Tom", "Gray", "sang", ".", "Members", "included", "Ian", "Gray", ",", "his", "uncle"] \
        + (["Sam", "Gray"] if own_name else []) + ["."]
    heads = [1, 2, 2, 2, 5, 5, 7, 5, 7, 10, 7] + ([12, 10] if own_name else []) + [5]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "compound", "dobj", "punct", "poss", "appos"] \
        + (["compound", "appos"] if own_name else []) + ["punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "NOUN"] \
        + (["PROPN", "PROPN"] if own_name else []) + ["PUNCT"]
    tags = ["NNP", "NNP", "VBD", ".", "NNS", "VBD", "NNP", "NNP", ",", "PRP$", "NN"] \
        + (["NNP", "NNP"] if own_name else []) + ["."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"] \
        + (["B-PERSON", "I-PERSON"] if own_name else []) + ["O"]
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[5] = "sing", "include"
    return {r[:3] for r in relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))}


def test_a_possessive_in_the_apposition_that_renames_a_name_is_someone_elses():
    # "operated by Samarco, its joint venture with BHP", "under the guidance of X, his uncle"
    assert ("Ian Gray", "uncle of", "Tom Gray") in _renamed(own_name=False), _renamed(own_name=False)


def test_an_apposition_with_a_name_of_its_own_is_the_next_of_a_list():
    # "singer Tom Hale, his brother Sam Hale": Tom's brother, the name before
    assert ("Sam Gray", "uncle of", "Ian Gray") in _renamed(own_name=True), _renamed(own_name=True)


def test_its_in_the_clause_of_the_object_just_named_is_that_objects():
    # "OJK stated [it] has received the report from Nusantara Air and from its parent, PT Kencana
    # Investama Tbk": the name of the preposition coordinated with its own, though a named subject comes before
    words = ["Acme", "said", "it", "received", "cash", "from", "Bolt", "and", "from", "its", "parent", ",", "Zeta",
             "."]
    heads = [1, 1, 3, 1, 3, 3, 5, 5, 5, 10, 8, 10, 10, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "prep", "pobj", "cc", "conj", "poss", "pobj", "punct", "appos",
            "punct"]
    pos = ["PROPN", "VERB", "PRON", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "ADP", "PRON", "NOUN", "PUNCT", "PROPN",
           "PUNCT"]
    tags = ["NNP", "VBD", "PRP", "VBD", "NN", "IN", "NNP", "CC", "IN", "PRP$", "NN", ",", "NNP", "."]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "B-ORG", "O"]
    lemmas = ["acme", "say", "it", "receive", "cash", "from", "bolt", "and", "from", "its", "parent", ",", "zeta", "."]
    found = {r[:3] for r in relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))}
    assert ("Zeta", "parent of", "Bolt") in found, found
    assert ("Zeta", "parent of", "Acme") not in found, found
