"""Hand-built parses for ``appos@of_entity`` on a name the parser coordinated after a comma
(``the President of Poland, Lech Walesa, …``), and the lists on which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc



def _president(tail: list[str]) -> Doc:
    """``Walesa met the President of Poland , Lech Walesa <tail>`` parsed with Lech Walesa as a
    conjunct of Poland."""
    words = ["Kohl", "met", "the", "President", "of", "Poland", ",", "Lech", "Walesa", *tail, "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 8, 5]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "compound", "conj"]
    ents = ["B-PERSON", "O", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON"]
    pos = ["PROPN", "VERB", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN"]
    if tail:  # ", and Jaruzelski": a list after all
        heads += [5, 5, 5]
        deps += ["punct", "cc", "conj"]
        ents += ["O", "O", "B-PERSON"]
        pos += ["PUNCT", "CCONJ", "PROPN"]
    return make_doc(words, [*heads, 1], [*deps, "punct"], pos=[*pos, "PUNCT"], ents=[*ents, "O"])


def test_a_comma_conjunct_after_a_role_of_a_place_holds_the_role():
    assert ("Lech Walesa", "president of", "Poland", "appos") in relations(_president([]))


def test_no_role_for_a_member_of_a_list():
    found = relations(_president([",", "and", "Jaruzelski"]))
    assert [r for r in found if r[1] == "president of"] == []


def _maker(noun: str) -> Doc:
    """``He saw the Yimou <noun> Home .``, the name before the noun tagged an adjective."""
    words = ["He", "saw", "the", "Yimou", noun, "Home", "."]
    return make_doc(words, [1, 1, 4, 4, 1, 4, 1], ["nsubj", "ROOT", "det", "amod", "dobj", "appos", "punct"],
                    pos=["PRON", "VERB", "DET", "PROPN", "NOUN", "PROPN", "PUNCT"],
                    ents=["O", "O", "O", "B-PERSON", "O", "B-WORK_OF_ART", "O"])


def test_a_person_in_front_of_a_work_noun_made_the_work():
    assert ("Home", "film by", "Yimou", "org_modifier") in relations(_maker("film"))


def test_a_person_in_front_of_another_noun_made_nothing():
    assert [r for r in relations(_maker("theme")) if r[3] == "org_modifier"] == []


def _graduate(second: str) -> Doc:
    """``Smith is a graduate of Yale and <second> Oxford .``, the second preposition a
    conjunct of the first."""
    words = ["Smith", "is", "a", "graduate", "of", "Yale", "and", second, "Oxford", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 4, 4, 4, 7, 1],
                    ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "cc", "conj", "pobj", "punct"],
                    pos=["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "PUNCT"],
                    ents=["B-PERSON", "O", "O", "O", "O", "B-ORG", "O", "O", "B-ORG", "O"],
                    lemmas=["smith", "be", "a", "graduate", "of", "yale", "and", second, "oxford", "."])


def test_a_copulas_role_reads_a_coordinated_preposition():
    found = relations(_graduate("of"))
    assert ("Smith", "graduate of", "Oxford", "copula") in found
    assert ("Smith", "graduate of", "Yale", "copula") in found


def test_a_coordinated_preposition_of_another_kind_is_not_the_roles():
    # "a graduate of Yale and near Oxford": the role reads "of" only
    assert ("Smith", "graduate of", "Oxford", "copula") not in relations(_graduate("near"))


def _bracketed(org: list[str]) -> Doc:
    """``The mayor is Janne Johnsen ( <org> ) .``"""
    words = ["The", "mayor", "is", "Janne", "Johnsen", "(", *org, ")", "."]
    n = len(org)
    heads = [1, 2, 2, 4, 2, 4, *([5 + n] * (n - 1)), 4, 4, 2]
    deps = ["det", "nsubj", "ROOT", "compound", "attr", "punct", *(["compound"] * (n - 1)), "appos", "punct", "punct"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", *(["I-ORG"] * (n - 1)), "O", "O"]
    return make_doc(words, heads, deps, ents=ents)


def test_a_party_in_brackets_after_a_person():
    assert ("Janne Johnsen", "member of", "Conservative Party", "party") in relations(_bracketed(["Conservative", "Party"]))


def test_another_organisation_in_brackets_says_nothing():
    # "Janne Johnsen (Statoil)": an employer, a former post, a constituency — not read
    assert [r for r in relations(_bracketed(["Statoil"])) if r[3] == "party"] == []


def _sons(mark: str) -> Doc:
    """``They had three sons <mark> Paul , Nick and John .``, the list hung on the verb (as
    the model hangs a list after a colon)."""
    words = ["They", "had", "three", "sons", mark, "Paul", ",", "Nick", "and", "John", "."]
    return make_doc(words, [1, 1, 3, 1, 1, 1, 5, 5, 7, 7, 1],
                    ["nsubj", "ROOT", "nummod", "dobj", "punct", "appos", "punct", "conj", "cc", "conj", "punct"],
                    pos=["PRON", "VERB", "NUM", "NOUN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                    ents=["O", "O", "B-CARDINAL", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O"],
                    lemmas=["they", "have", "three", "son", mark, "paul", ",", "nick", "and", "john", "."])


def test_a_kin_list_after_a_colon_are_siblings():
    found = [r for r in relations(_sons(":")) if r[3] == "siblings"]
    assert found == [("Paul", "sibling of", "Nick", "siblings"), ("Paul", "sibling of", "John", "siblings"),
                     ("Nick", "sibling of", "John", "siblings")]


def test_no_kin_list_after_a_semicolon():
    assert [r for r in relations(_sons(";")) if r[3] == "siblings"] == []
