"""A place right after a named site: the parse repair (``kg.site_places``) and the site's
``located_in`` through a facility noun (``kg.relations.place_sites.site_place``), on hand-built
parses, with parses on which they must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc

from kg.parse_repairs import repair_parse


def _operator(name: str, name_ent: str, noun: str = "mine") -> Doc:
    """"CMOC , operator of the <name> <noun> in Lualaba , said ." as the parser reads it: "in" hung
    on "operator"; ``name`` "" for an unnamed site."""
    named = [name] if name else []
    words = ["CMOC", ",", "operator", "of", "the", *named, noun, "in", "Lualaba", ",", "said", "."]
    k = len(named)
    site = 5 + k
    heads = [10 + k, 0, 0, 2, site, *([site] if k else []), 3, 2, 6 + k, 0, 10 + k, 10 + k]
    deps = ["nsubj", "punct", "appos", "prep", "det", *(["compound"] if k else []), "pobj", "prep", "pobj", "punct",
            "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "NOUN", "ADP", "DET", *(["PROPN"] if k else []), "NOUN", "ADP", "PROPN", "PUNCT",
           "VERB", "PUNCT"]
    ents = ["B-ORG", "O", "O", "O", "O", *([f"B-{name_ent}"] if k else []), "O", "O", "B-GPE", "O", "O", "O"]
    tags = {"NOUN": "NN", "PROPN": "NNP", "VERB": "VBD", "DET": "DT", "ADP": "IN", "PUNCT": "."}
    return make_doc(words, heads, deps, pos=pos, tags=[tags[p] for p in pos], ents=ents,
                    lemmas=["say" if w == "said" else w.lower() for w in words])


def test_a_place_after_a_named_site_is_where_the_site_is():
    doc = _operator("Tenke", "FAC")
    assert repair_parse(doc) == [7]
    assert doc[7].head.text == "mine"
    found = relations(doc)  # the pipeline repairs the parse before the rules read it
    assert ("Tenke", "located in", "Lualaba", "located_in") in found
    assert not any(h == "CMOC" and t == "Lualaba" for h, _, t, _ in found)


def test_a_place_after_an_unnamed_site_or_no_site_keeps_its_parse():
    for doc in (_operator("", "FAC"), _operator("Tenke", "FAC", "office")):
        assert repair_parse(doc) == []


def _field(noun: str) -> Doc:
    """"Eni drilled the Zohr <noun> in Egypt ." with "in" on the site's noun."""
    words = ["Eni", "drilled", "the", "Zohr", noun, "in", "Egypt", "."]
    return make_doc(words, [1, 1, 4, 4, 1, 4, 5, 1], ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "DT", "NNP", "NN", "IN", "NNP", "."],
                    ents=["B-ORG", "O", "O", "B-LOC", "O", "O", "B-GPE", "O"],
                    lemmas=["eni", "drill", "the", "zohr", noun, "in", "egypt", "."])


def test_a_place_named_before_a_facility_noun_lies_where_its_in_says():
    assert ("Zohr", "located in", "Egypt", "located_in") in relations(_field("field"))
    assert not any(h == "Zohr" and t == "Egypt" for h, _, t, _ in relations(_field("licence")))


def _born(between: tuple[str, ...] = (",",), article: bool = True) -> Doc:
    """"Lipsky was born in the Bronx <between> United States ." as the parser reads it: "States"
    the preposition's object, "Bronx" its modifier (``between`` the commas and places between)."""
    words = ["Lipsky", "was", "born", "in", *(["the"] if article else []), "Bronx", *between, "United", "States", "."]
    k = 4 + article  # Bronx
    last = len(words) - 2
    heads = [2, 2, 2, 2, *([last] if article else []), last]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", *(["det"] if article else []), "nmod"]
    ents = ["B-PERSON", "O", "O", "O", *(["O"] if article else []), "B-GPE"]
    pos = ["PROPN", "AUX", "VERB", "ADP", *(["DET"] if article else []), "PROPN"]
    for w in between:
        place = w[0].isupper()
        heads.append(k)
        deps.append("conj" if place else "punct" if w == "," else "prep")
        ents.append("B-GPE" if place else "O")
        pos.append("PROPN" if place else "PUNCT" if w == "," else "ADP")
    heads += [last, 3, 2]
    deps += ["compound", "pobj", "punct"]
    ents += ["B-GPE", "I-GPE", "O"]
    pos += ["PROPN", "PROPN", "PUNCT"]
    tags = {"PROPN": "NNP", "AUX": "VBD", "VERB": "VBN", "ADP": "IN", "DET": "DT", "PUNCT": "."}
    return make_doc(words, heads, deps, pos=pos, tags=[tags[p] for p in pos], ents=ents,
                    lemmas=["be" if w == "was" else "bear" if w == "born" else w.lower() for w in words])


def test_a_comma_chain_of_places_after_an_article_gives_each_place():
    doc = _born((",", "Ohio", ","))
    repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.text, doc[10].dep_, doc[10].head.text) == ("pobj", "in", "conj", "Ohio")
    found = {(h, r, t) for h, r, t, _ in relations(doc)}
    assert {("Lipsky", "born in", place) for place in ("Bronx", "Ohio", "United States")} <= found


def test_a_place_run_into_another_with_no_comma_or_a_word_between_keeps_its_parse():
    for between in ((), (",", "near", ",")):  # "the Bronx United States"; a word that names no place
        doc = _born(between)
        repair_parse(doc)
        assert doc[5].dep_ == "nmod" and doc[len(doc) - 2].dep_ == "pobj", between
