"""Hand-built parses of a role written after the last word of a body's name ("Rovers chairman
Gareth Lowe" after "Northbridge Rovers"): the role is that body's when one body of the story
ends on the word, and nobody's when two do or the word names no body."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _club(first: list[str], word: str = "Rovers", word_pos: str = "PROPN", word_dep: str = "compound",
          lead: bool = False):
    """"<A B> [and <C D>] won . [Then] <word> chairman Gareth Lowe spoke ." with each of ``first``
    a body's two-word name NER found, ``word`` untyped before the role."""
    (a, b), rest = first[0].split(), [n.split() for n in first[1:]]
    words, heads, deps = [a, b], [1, 0], ["compound", "nsubj"]
    for c, d in rest:  # "and C D": D the first name's conjunct
        n = len(words)
        words += ["and", c, d]
        heads += [1, n + 2, 1]
        deps += ["cc", "compound", "conj"]
    verb = len(words)
    heads[1] = verb
    words += ["won", ".", word, "chairman", "Gareth", "Lowe", "spoke", "."]
    s = verb + 2
    heads += [verb, verb, s + 1, s + 3, s + 3, s + 4, s + 4, s + 4]
    deps += ["ROOT", "punct", word_dep, "compound", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN" if w[:1].isupper() else "CCONJ" for w in words[:verb]] + [
        "VERB", "PUNCT", word_pos, "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["B-ORG", "I-ORG"] + ["O", "B-ORG", "I-ORG"] * len(rest) + ["O"] * 4 + ["B-PERSON", "I-PERSON", "O", "O"]
    if lead:  # "Then" opens the second sentence, on its verb
        words.insert(s, "Then"), pos.insert(s, "ADV"), deps.insert(s, "advmod"), ents.insert(s, "O")
        heads = [h + 1 if h >= s else h for h in heads]
        heads.insert(s, s + 5)
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def _titles(doc):
    return {(h, r, t, rule) for h, r, t, rule in relations_of(doc) if rule.startswith("title")}


def test_a_roles_word_that_ends_one_bodys_name_names_that_body():
    assert ("Gareth Lowe", "chairman of", "Northbridge Rovers", "title+short_name") in _titles(_club(["Northbridge Rovers"]))


def test_a_capitalised_adjective_that_ends_one_bodys_name_names_it_too():
    doc = _club(["Wexley Athletic"], word="Athletic", word_pos="ADJ", word_dep="amod", lead=True)
    assert ("Gareth Lowe", "chairman of", "Wexley Athletic", "title+short_name") in _titles(doc)
    doc = _club(["Wexley Athletic"], word="athletic", word_pos="ADJ", word_dep="amod", lead=True)  # lower case
    assert not any(r[3] == "title+short_name" for r in _titles(doc))


def test_a_word_two_bodies_end_on_or_none_does_names_no_body():
    assert not any(t.endswith("United") for _, _, t, _ in _titles(_club(["Leeds United", "Dunmore United"],
                                                                          word="United")))
    assert not any(r[3] == "title+short_name" for r in _titles(_club(["Northbridge Rovers"], word="Town")))
