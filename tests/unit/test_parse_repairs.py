"""kg.parse_repairs on hand-built parses: a displaced object hung on a place (or on "in his place")
as an apposition goes back to its verb, a person hung on an office's complement goes to the office, a name run on
after a noun for a person (or a quoted title after a noun for works) becomes its apposition; a
singular apposition after a list goes to its last member, a list run on after a relative clause
to the name the clause ends on, a known place after a place to that place; appositions set off by
a comma, after a common noun, or naming no person stay where they are."""

from __future__ import annotations

from hand_docs import make_doc

from kg.parse_repairs import repair_parse


def _received(first_after_place: str, comma: bool = False, place_pos: str = "PROPN"):
    """"Putin received in the Kremlin [,] the president of Turkey Erdogan ." as the parser reads it:
    the object an apposition of "Kremlin"."""
    words = ["Putin", "received", "in", "the", "Kremlin"] + ([","] if comma else []) \
        + [first_after_place, "president", "of", "Turkey", "Erdogan", "."]
    k = 5 + comma  # first word after the place
    heads = [1, 1, 1, 4, 2] + ([4] if comma else []) + [k + 1, 4, k + 1, k + 2, k + 2, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj"] + (["punct"] if comma else []) \
        + ["det", "appos", "prep", "pobj", "appos", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", place_pos] + (["PUNCT"] if comma else []) \
        + ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", "B-ORG"] + (["O"] if comma else []) \
        + ["O", "O", "O", "B-GPE", "B-PERSON", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents), k + 1


def test_an_object_written_after_the_place_goes_back_to_its_verb():
    doc, office = _received("the")
    assert repair_parse(doc) == [office]
    assert (doc[office].head.text, doc[office].dep_) == ("received", "dobj")


def test_a_real_apposition_or_no_second_article_stays():
    for doc, office in (_received("the", comma=True),  # "in the Kremlin, the president …": set off
                        _received("our"),  # no article of its own
                        _received("the", place_pos="NOUN")):  # "the film The Princess …": a noun names a title
        assert repair_parse(doc) == []
        assert doc[office].dep_ == "appos"


def _in_his_place(noun: str, poss: str = "his"):
    """"Zelensky appointed in <poss> <noun> Oleksandr Syrskyi ." as the parser reads it: the name an
    apposition of the noun (NER's ORG on the name)."""
    words = ["Zelensky", "appointed", "in", poss, noun, "Oleksandr", "Syrskyi", "."]
    deps = ["nsubj", "ROOT", "prep", "det" if poss == "the" else "poss", "pobj", "compound", "appos", "punct"]
    return make_doc(words, [1, 1, 1, 4, 2, 6, 4, 1], deps,
                    pos=["PROPN", "VERB", "ADP", "DET" if poss == "the" else "PRON", "NOUN", "PROPN", "PROPN", "PUNCT"],
                    ents=["B-PERSON", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"])


def test_a_name_after_in_his_place_is_the_verbs_object():
    for noun in ("place", "stead"):
        doc = _in_his_place(noun)
        assert repair_parse(doc) == [6]
        assert (doc[6].head.text, doc[6].dep_) == ("appointed", "dobj")
    # "in his office Oleksandr Syrskyi", "in the place Syrskyi": no one's place taken
    for doc in (_in_his_place("office"), _in_his_place("place", poss="the")):
        assert repair_parse(doc) == [] and doc[6].dep_ == "appos", doc.text


def _bracketed(acronym: str, under_acronym: bool = False):
    """"X received the Director General of the Atomic Energy Agency ( <acronym> ) Rafael Grossi ." as
    the parser reads it: the acronym an apposition of the office, beside the holder's name (or,
    ``under_acronym``, the agency's name hung on the acronym)."""
    words = ["X", "received", "the", "Director", "General", "of", "the", "Atomic", "Energy", "Agency", "(", acronym,
             ")", "Rafael", "Grossi", "."]
    heads = [1, 1, 4, 4, 1, 4, 9, 9, 9, 11 if under_acronym else 5, 11, 4, 11, 14, 4, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "det", "compound", "compound",
            "appos" if under_acronym else "pobj", "punct", "appos", "punct", "compound", "appos", "punct"]
    pos = ["PROPN", "VERB", "DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN",
           "PUNCT", "PROPN", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "B-PERSON",
            "I-PERSON", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_bracketed_acronym_goes_to_the_name_it_spells():
    doc = _bracketed("AEA")
    assert repair_parse(doc) == [11]
    assert (doc[11].head.text, doc[11].dep_) == ("Agency", "appos")
    for doc in (_bracketed("UN"), _bracketed("AEA", under_acronym=True)):  # spells nothing; would close a cycle
        assert repair_parse(doc) == [] and doc[11].head.text == "General"


def test_an_object_written_after_the_places_own_place_goes_back_to_its_verb():
    # "Putin received at the Palace in Moscow the president of Turkey Erdogan ." as the parser
    # reads it: the object an apposition of "Palace", after the palace's own "in" phrase
    words = ["Putin", "received", "at", "the", "Palace", "in", "Moscow", "the", "president", "of", "Turkey",
             "Erdogan", "."]
    heads = [1, 1, 1, 4, 2, 4, 5, 8, 4, 8, 9, 8, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "det", "appos", "prep", "pobj", "appos", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "PROPN", "ADP", "PROPN", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", "B-FAC", "O", "B-GPE", "O", "O", "O", "B-GPE", "B-PERSON", "O"]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents)
    assert repair_parse(doc) == [8]
    assert (doc[8].head.text, doc[8].dep_) == ("received", "dobj")


def _set_off_after_place(words: list[str], office_pos: str = "NOUN", name_ents: tuple[str, str] = ("B-PERSON", "I-PERSON")):
    """"the <office> to <place> , <A> <B> , <verb>" as the parser reads it: <B> an apposition of the place."""
    heads = [1, 8, 1, 2, 3, 6, 3, 8, 8]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT"]
    pos = ["DET", office_pos, "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    ents = ["O", "O", "O", "B-GPE", "O", *name_ents, "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_person_after_an_offices_place_is_the_office_holder():
    # "the envoy to Afghanistan , Ahmed Fawzi , says": Fawzi hung on Afghanistan
    doc = _set_off_after_place(["the", "envoy", "to", "Afghanistan", ",", "Ahmed", "Fawzi", ",", "says"])
    assert repair_parse(doc) == [6]
    assert doc[6].head.text == "envoy"
    # a place after a place is a chain, no holder: "the road to Kandahar , Afghanistan"
    doc = _set_off_after_place(["the", "road", "to", "Kandahar", ",", "Upper", "Afghanistan", ",", "runs"],
                               name_ents=("B-GPE", "I-GPE"))
    assert repair_parse(doc) == []


def test_a_person_run_on_after_an_offices_place_is_the_office_holder():
    # "the ambassador to Indonesia Marc Gerritsen was": no comma, Gerritsen hung on Indonesia
    words = ["the", "ambassador", "to", "Indonesia", "Marc", "Gerritsen", "was"]
    heads = [1, 6, 1, 2, 5, 3, 6]
    deps = ["det", "nsubj", "prep", "pobj", "compound", "appos", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "AUX"]
    doc = make_doc(words, heads, deps, pos=pos, ents=["O", "O", "O", "B-GPE", "B-PERSON", "I-PERSON", "O"])
    assert repair_parse(doc) == [5]
    assert doc[5].head.text == "ambassador"


def test_a_country_run_into_the_holders_name_goes_back_to_the_preposition():
    # "the ambassador in Russia Tanju Bilgic was": Russia a compound of Bilgic, Bilgic the object of "in"
    words = ["the", "ambassador", "in", "Russia", "Tanju", "Bilgic", "was"]
    heads = [1, 6, 1, 5, 5, 2, 6]
    deps = ["det", "nsubj", "prep", "compound", "compound", "pobj", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "AUX"]
    doc = make_doc(words, heads, deps, pos=pos, ents=["O", "O", "O", "B-GPE", "O", "O", "O"])
    assert repair_parse(doc) == [3, 5]
    assert (doc[3].head.text, doc[3].dep_) == ("in", "pobj")
    assert (doc[5].head.text, doc[5].dep_) == ("ambassador", "appos")
    # no office before the preposition: "a concert in Russia Tanju Bilgic attended" stays
    words[1] = "concert"
    doc = make_doc(words, heads, deps, pos=pos, ents=["O", "O", "O", "B-GPE", "O", "O", "O"])
    assert repair_parse(doc) == []


def test_an_offices_preposition_hung_on_the_verb_goes_back_to_the_office():
    # "Ruto thanked the Ambassador to Kenya Guo Haiyan": "to" on the verb whose object the office is
    words = ["Ruto", "thanked", "the", "Ambassador", "to", "Kenya", "Guo", "Haiyan", "."]
    heads = [1, 1, 3, 1, 1, 7, 7, 4, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "compound", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", "O", "B-GPE", "B-PERSON", "I-PERSON", "O"]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents)
    assert repair_parse(doc) == [5, 7]
    assert (doc[4].head.text, doc[5].head.text, doc[7].head.text, doc[7].dep_) == ("Ambassador", "to", "Ambassador", "appos")
    # not an object that holds no office: "sent the team to Kenya Guo Haiyan" stays
    words[3] = "team"
    doc = make_doc(words, heads, deps, pos=["PROPN", "VERB", "DET", "NOUN", *pos[4:]], ents=ents)
    assert repair_parse(doc) == []


def test_a_capitalised_office_takes_its_holder_back_from_the_place():
    # "The Ambassador of China to Kazakhstan , Zhang Xiao , attended": the title a proper noun
    doc = _set_off_after_place(["The", "Ambassador", "to", "Kazakhstan", ",", "Zhang", "Xiao", ",", "attended"],
                               office_pos="PROPN")
    assert repair_parse(doc) == [6]
    assert doc[6].head.text == "Ambassador"


def test_a_country_ner_ran_into_the_holders_name_goes_back_to_the_preposition():
    # "Ambassador to Kazakhstan Zhang Xiao attended": NER reads "Kazakhstan Zhang Xiao" as one person
    words = ["Ambassador", "to", "Kazakhstan", "Zhang", "Xiao", "attended"]
    heads = [5, 0, 4, 4, 1, 5]
    deps = ["nsubj", "prep", "compound", "compound", "pobj", "ROOT"]
    pos = ["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"]
    doc = make_doc(words, heads, deps, pos=pos, ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert repair_parse(doc) == [2, 4]
    assert (doc[2].head.text, doc[2].dep_) == ("to", "pobj")
    assert (doc[4].head.text, doc[4].dep_) == ("Ambassador", "appos")
    # a name whose first word is no country stays: "Ambassador to Kazakh Zhang Xiao"
    words[2] = "Kazakh"
    doc = make_doc(words, heads, deps, pos=pos, ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert repair_parse(doc) == []


def test_a_dateline_read_as_a_second_subject_is_no_subject():
    # "KYIV , 3 June - Smith arrived": the parser gives "arrived" two subjects
    words = ["KYIV", ",", "3", "June", "-", "Smith", "arrived"]
    heads = [6, 0, 3, 6, 6, 6, 6]
    deps = ["nsubj", "punct", "nummod", "npadvmod", "punct", "nsubj", "ROOT"]
    pos = ["PROPN", "PUNCT", "NUM", "PROPN", "PUNCT", "PROPN", "VERB"]
    doc = make_doc(words, heads, deps, pos=pos, ents=["B-GPE", "O", "B-DATE", "I-DATE", "O", "B-PERSON", "O"])
    assert repair_parse(doc) == [0]
    assert doc[0].dep_ == "npadvmod" and doc[5].dep_ == "nsubj"
    # two subjects with no dash between them are left to the relation rules
    words[4] = "and"
    doc = make_doc(words, heads, deps, pos=pos, ents=["B-GPE", "O", "B-DATE", "I-DATE", "O", "B-PERSON", "O"])
    assert repair_parse(doc) == []


def test_a_dateline_read_as_the_subject_gives_it_to_its_apposition_after_the_dash():
    # "ASTANA ( Kazinform ) - the minister Bektenov held talks": the parser makes the dateline the
    # subject and the minister its apposition
    words = ["ASTANA", "(", "Kazinform", ")", "-", "the", "minister", "Bektenov", "held", "talks"]
    heads = [8, 2, 0, 2, 0, 6, 0, 6, 8, 8]
    deps = ["nsubj", "punct", "appos", "punct", "punct", "det", "appos", "appos", "ROOT", "dobj"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "DET", "NOUN", "PROPN", "VERB", "NOUN"]
    ents = ["B-GPE", "O", "B-ORG", "O", "O", "O", "O", "B-PERSON", "O", "O"]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents)
    assert repair_parse(doc) == [0, 6]
    assert doc[0].dep_ == "npadvmod" and (doc[6].dep_, doc[6].head.text) == ("nsubj", "held")
    words[4] = ","  # no dash: an apposition of the place's, left as it is
    doc = make_doc(words, heads, deps, pos=pos, ents=ents)
    assert repair_parse(doc) == [] and doc[0].dep_ == "nsubj"


def _son_of(noun: str, comma: bool = False):
    """"He was the son of the <noun> [,] Henry Whitcombe ." as the parser may read it: the name an
    apposition of "son"."""
    words = ["He", "was", "the", "son", "of", "the", noun] + ([","] if comma else []) + ["Henry", "Whitcombe", "."]
    k = 7 + comma
    heads = [1, 1, 3, 1, 3, 6, 4] + ([3] if comma else []) + [k + 1, 3, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "det", "pobj"] + (["punct"] if comma else []) \
        + ["compound", "appos", "punct"]
    pos = ["PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN"] + (["PUNCT"] if comma else []) \
        + ["PROPN", "PROPN", "PUNCT"]
    ents = ["O"] * 7 + (["O"] if comma else []) + ["B-PERSON", "I-PERSON", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents, tags=["PRP", "VBD", "DT", "NN", "IN", "DT", "NN"]
                    + ([","] if comma else []) + ["NNP", "NNP", "."]), k + 1


def test_a_name_hung_on_the_noun_before_the_persons_noun_goes_to_that_noun():
    doc, name = _son_of("architect")
    assert repair_parse(doc) == [name] and doc[name].head.text == "architect"
    for doc, name in (_son_of("architect", comma=True), _son_of("house")):  # set off; no person's noun
        assert repair_parse(doc) == [] and doc[name].head.text == "son"


def _talks_with(noun: str, comma: bool = False, tag: str = "NN"):
    """"Lavrov held talks with his <noun> [,] Hakan Fidan ." as the parser may read it: the name a
    second object of "held"."""
    words = ["Lavrov", "held", "talks", "with", "his", noun] + ([","] if comma else []) + ["Hakan", "Fidan", "."]
    k = 6 + comma  # "Hakan"
    heads = [1, 1, 1, 2, 5, 3] + ([1] if comma else []) + [k + 1, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "poss", "pobj"] + (["punct"] if comma else []) + ["compound", "dobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PRON", "NOUN"] + (["PUNCT"] if comma else []) + ["PROPN", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "NNS", "IN", "PRP$", tag] + ([","] if comma else []) + ["NNP", "NNP", "."]
    ents = ["B-PERSON", "O", "O", "O", "O", "O"] + (["O"] if comma else []) + ["B-PERSON", "I-PERSON", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents), k + 1


def test_a_name_run_on_after_a_noun_for_a_person_is_its_apposition():
    doc, name = _talks_with("counterpart")
    assert repair_parse(doc) == [name]
    assert (doc[name].head.text, doc[name].dep_) == ("counterpart", "appos")


def test_a_name_after_a_comma_a_plural_or_a_noun_for_no_person_stays():
    for doc, name in (_talks_with("counterpart", comma=True), _talks_with("counterparts", tag="NNS"),
                      _talks_with("plan")):
        assert repair_parse(doc) == []
        assert (doc[name].head.text, doc[name].dep_) == ("held", "dobj")


def _visiting(aux: bool = False):
    """"Xi met with visiting Chinh in Beijing ." as the parser reads it: Chinh the object of
    "visiting", the place hung on "visiting"; with ``aux``: "Xi was visiting Chinh in Beijing ."."""
    if aux:
        words = ["Xi", "was", "visiting", "Chinh", "in", "Beijing", "."]
        heads, deps = [2, 2, 2, 2, 2, 4, 2], ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct"]
        pos = ["PROPN", "AUX", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]
        tags = ["NNP", "VBD", "VBG", "NNP", "IN", "NNP", "."]
        ents = ["B-PERSON", "O", "O", "B-PERSON", "O", "B-GPE", "O"]
        return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents), 3
    words = ["Xi", "met", "with", "visiting", "Chinh", "in", "Beijing", "."]
    heads, deps = [1, 1, 1, 2, 3, 3, 5, 1], ["nsubj", "ROOT", "prep", "pcomp", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "VBG", "NNP", "IN", "NNP", "."]
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON", "O", "B-GPE", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents), 4


def test_visiting_before_a_visitors_name_is_an_adjective():
    doc, name = _visiting()
    repair_parse(doc)
    assert (doc[name].head.text, doc[name].dep_) == ("with", "pobj")
    assert (doc[3].head.text, doc[3].dep_) == ("Chinh", "amod")
    assert doc[5].head.text == "met"  # "in Beijing" is where they met


def test_visiting_with_its_own_auxiliary_stays_a_verb():
    doc, name = _visiting(aux=True)
    repair_parse(doc)
    assert (doc[name].head.text, doc[name].dep_) == ("visiting", "dobj")


def _visit(noun: str, tag: str):
    """"He visited Shanghai and Hefei , [noun] of Anhui ." as the parser reads it: the apposition
    hung on the first conjunct."""
    words = ["He", "visited", "Shanghai", "and", "Hefei", ",", noun, "of", "Anhui", "."]
    heads = [1, 1, 1, 2, 2, 2, 2, 6, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "punct", "appos", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["PRP", "VBD", "NNP", "CC", "NNP", ",", tag, "IN", "NNP", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags)


def test_a_singular_apposition_after_a_list_describes_its_last_member():
    doc = _visit("capital", "NN")
    assert repair_parse(doc) == [6]
    assert doc[6].head.text == "Hefei"


def test_a_plural_apposition_after_a_list_keeps_its_head():
    doc = _visit("cities", "NNS")  # "Shanghai and Hefei, cities of Anhui": both
    assert repair_parse(doc) == []
    assert doc[6].head.text == "Shanghai"


def _between(second: str, second_pos: str):
    """"a deal between Aramco and the Chinese [second] Sinopec ." as the parser reads it: Sinopec
    an apposition of Aramco, ``second`` Aramco's conjunct."""
    words = ["a", "deal", "between", "Aramco", "and", "the", "Chinese", second, "Sinopec", "."]
    heads = [1, 1, 1, 2, 3, 7, 7, 3, 3, 1]
    deps = ["det", "ROOT", "prep", "pobj", "cc", "det", "amod", "conj", "appos", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "CCONJ", "DET", "ADJ", second_pos, "PROPN", "PUNCT"]
    tags = ["DT", "NN", "IN", "NNP", "CC", "DT", "JJ", "NN" if second_pos == "NOUN" else "NNP", "NNP", "."]
    ents = ["O", "O", "O", "B-ORG", "O", "O", "B-NORP", "O", "B-ORG", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_name_right_after_a_conjunct_common_noun_names_that_noun():
    doc = _between("company", "NOUN")
    assert repair_parse(doc) == [8]
    assert (doc[8].head.text, doc[8].dep_) == ("company", "appos")


def test_a_name_after_a_conjunct_name_keeps_its_head():
    doc = _between("Petroleum", "PROPN")  # "… and the Chinese Petroleum Sinopec": no class noun
    assert repair_parse(doc) == []
    assert doc[8].head.text == "Aramco"


def _president_and(second: str):
    """"The President and the Prime [second] Giorgia Meloni spoke ." as the parser reads it:
    Meloni an apposition of the President, ``second`` (a proper noun) the President's conjunct."""
    words = ["The", "President", "and", "the", "Prime", second, "Giorgia", "Meloni", "spoke", "."]
    heads = [1, 8, 1, 5, 5, 1, 7, 1, 8, 8]
    deps = ["det", "nsubj", "cc", "det", "compound", "conj", "compound", "appos", "ROOT", "punct"]
    pos = ["DET", "PROPN", "CCONJ", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    tags = ["DT", "NNP", "CC", "DT", "NNP", "NNP", "NNP", "NNP", "VBD", "."]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_name_right_after_a_conjunct_office_is_that_offices_holder():
    doc = _president_and("Minister")
    assert repair_parse(doc) == [7]
    assert doc[7].head.text == "Minister"


def test_a_name_right_after_a_conjunct_name_of_no_office_keeps_its_head():
    doc = _president_and("Festival")
    assert repair_parse(doc) == []
    assert doc[7].head.text == "President"


def test_a_name_after_a_relative_clause_ending_on_a_name_continues_that_names_list():
    # "the telescope , which is operated by NASA , ESA and CSA ." as the parser reads it: ESA an
    # apposition of the telescope, CSA its conjunct
    words = ["the", "telescope", ",", "which", "is", "operated", "by", "NASA", ",", "ESA", "and", "CSA", "."]
    heads = [1, 1, 1, 5, 5, 1, 5, 6, 1, 1, 9, 9, 1]
    deps = ["det", "ROOT", "punct", "nsubjpass", "auxpass", "relcl", "agent", "pobj", "punct", "appos", "cc",
            "conj", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    ents = ["O", "O", "O", "O", "O", "O", "O", "B-ORG", "O", "B-ORG", "O", "B-ORG", "O"]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents)
    assert repair_parse(doc) == [9]
    assert (doc[9].head.text, doc[9].dep_) == ("NASA", "conj") and doc[11].head.text == "ESA"


def _signed(verb_tag: str = "VBP", include_on_signed: bool = False, subj_tag: str = "NNS"):
    """"Artists signed to Ferrowheel include Dust Parade ." as the parser reads it: "signed" a
    clause of "include" with the artists its subject, or (``include_on_signed``) "signed" the root
    and "include" its adverbial clause."""
    words = ["Artists", "signed", "to", "Ferrowheel", "include", "Dust", "Parade", "."]
    if include_on_signed:
        heads, deps = [1, 1, 1, 2, 1, 6, 4, 1], ["nsubj", "ROOT", "prep", "pobj", "advcl", "compound", "dobj", "punct"]
    else:
        heads, deps = [1, 4, 1, 2, 4, 6, 4, 4], ["nsubj", "ccomp", "prep", "pobj", "ROOT", "compound", "dobj", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    tags = [subj_tag, "VBD", "IN", "NNP", verb_tag, "NNP", "NNP", "."]
    ents = ["O", "O", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_past_form_after_a_plural_subject_before_its_verb_is_the_subjects_participle():
    for doc in (_signed(), _signed(include_on_signed=True)):
        assert sorted(repair_parse(doc)) == [0, 1, 4]
        assert (doc[1].head.text, doc[1].dep_, doc[1].tag_) == ("Artists", "acl", "VBN")
        assert (doc[0].head.text, doc[0].dep_) == ("include", "nsubj")
        assert doc[4].head.i == 4 and doc[7].head.text == "include" and doc[6].head.text == "include"


def test_a_past_tense_clause_with_a_verb_of_the_past_or_a_singular_subject_stays():
    # "Prices rose in March, figures showed": the later verb is no present; "Trade rose …": no plural
    for doc in (_signed(verb_tag="VBD"), _signed(subj_tag="NN"), _signed(verb_tag="VBD", include_on_signed=True)):
        assert repair_parse(doc) == []
        assert doc[1].dep_ in ("ccomp", "ROOT")


def _club_in(country: str, ent: str):
    # "a club based in Suva , Fiji ." as the parser reads it: the country an apposition of the club
    words = ["a", "club", "based", "in", "Suva", ",", country, "."]
    return make_doc(words, [1, 1, 1, 2, 3, 1, 1, 1], ["det", "ROOT", "acl", "prep", "pobj", "punct", "appos", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
                    ents=["O", "O", "O", "O", "B-GPE", "O", ent, "O"])


def test_a_known_place_after_a_place_is_where_that_place_is():
    doc = _club_in("Fiji", "B-GPE")
    assert repair_parse(doc) == [6]
    assert doc[6].head.text == "Suva"


def test_a_name_ner_typed_a_place_that_the_gazetteer_does_not_know_keeps_its_head():
    doc = _club_in("Vakacegu", "B-GPE")  # a person NER typed GPE ("the founder of X, Maharaja Ranjit Singh")
    assert repair_parse(doc) == []
    assert doc[6].head.text == "club"


def _governor(second_ent: str = "B-FAC", listed: bool = False):
    """"The governor of the Bank , Olayemi Cardoso , spoke ." as the parser reads it: the name a
    second object of "of" (NER: FAC); ``listed`` adds "and Nigeria" to the name, a list."""
    words = ["The", "governor", "of", "the", "Bank", ",", "Olayemi", "Cardoso"] \
        + (["and", "Nigeria"] if listed else []) + [",", "spoke", "."]
    v = 11 if listed else 9
    heads = [1, v, 1, 4, 2, 4, 7, 2] + ([7, 7] if listed else []) + [v, v, v]
    deps = ["det", "nsubj", "prep", "det", "pobj", "punct", "compound", "pobj"] \
        + (["cc", "conj"] if listed else []) + ["punct", "ROOT", "punct"]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "PROPN", "PROPN"] \
        + (["CCONJ", "PROPN"] if listed else []) + ["PUNCT", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "O", second_ent, "I" + second_ent[1:]] \
        + (["O", "B-GPE"] if listed else []) + ["O", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_name_read_as_the_office_prepositions_second_object_is_the_holder():
    doc = _governor()
    repair_parse(doc)
    assert (doc[7].head.text, doc[7].dep_) == ("governor", "appos")


def test_a_place_or_a_list_after_the_office_prepositions_object_stays():
    doc = _governor(second_ent="B-GPE")
    repair_parse(doc)
    assert (doc[7].head.text, doc[7].dep_) == ("of", "pobj")
    doc = _governor(listed=True)
    repair_parse(doc)
    assert (doc[7].head.text, doc[7].dep_) == ("of", "pobj")


def test_a_displaced_title_with_a_compound_role_and_its_holder_go_to_the_verb():
    """"Erdogan received in Ankara the Secretary General of NATO , Mark Rutte .": the object's
    head word is no role ("General"), its compound is; the name after the comma is the object's."""
    words = ["Erdogan", "received", "in", "Ankara", "the", "Secretary", "General", "of", "NATO", ",", "Mark",
             "Rutte", "."]
    doc = make_doc(words, [1, 1, 1, 2, 6, 6, 3, 6, 7, 8, 11, 3, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "det", "compound", "appos", "prep", "pobj", "punct", "compound",
                    "appos", "punct"],
                   pos=["PROPN", "VERB", "ADP", "PROPN", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN",
                        "PROPN", "PUNCT"],
                   ents=["B-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O"])
    repair_parse(doc)
    assert (doc[6].head.text, doc[6].dep_) == ("received", "dobj")
    assert (doc[11].head.text, doc[11].dep_) == ("General", "appos")


def _minister_of(field_det: bool = False, place_ent: str = "B-GPE", place: str = "Peru"):
    """"The Minister of [the] Foreign Affairs of Peru , Ana Ruiz , spoke .": the parser hangs "of Peru"
    on the field."""
    words = ["The", "Minister", "of", *(["the"] if field_det else []), "Foreign", "Affairs", "of", place, ",", "Ana",
             "Ruiz", ",", "spoke", "."]
    d = int(field_det)
    a = 4 + d  # "Affairs"
    heads = [1, 11 + d, 1, *([a] if field_det else []), a, 2, a, a + 1, 1, a + 5, 1, 11 + d, 11 + d, 11 + d]
    deps = ["det", "nsubj", "prep", *(["det"] if field_det else []), "compound", "pobj", "prep", "pobj", "punct",
            "compound", "appos", "punct", "ROOT", "punct"]
    pos = ["DET", "PROPN", "ADP", *(["DET"] if field_det else []), "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN",
           "PROPN", "PUNCT", "VERB", "PUNCT"]
    ents = ["O", "O", "O", *(["O"] if field_det else []), "O", "O", "O", place_ent, "O", "B-PERSON", "I-PERSON", "O",
            "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents), a + 1


def test_the_place_of_an_office_the_parser_hung_on_its_field_goes_to_the_office():
    for doc, of in (_minister_of(), _minister_of(place_ent="O")):  # a country NER left untagged too
        repair_parse(doc)
        assert doc[of].head.text == "Minister"


def test_a_field_with_an_article_or_an_of_naming_no_place_keeps_its_of():
    for doc, of in (_minister_of(field_det=True), _minister_of(place_ent="O", place="Cinema")):
        repair_parse(doc)
        assert doc[of].head.text == "Affairs"


def _company_of(noun: str):
    """"The [noun] of Mexico , Pemex , reported ." as the parser reads it: Pemex Mexico's apposition."""
    words = ["The", noun, "of", "Mexico", ",", "Pemex", ",", "reported", "."]
    doc = make_doc(words, [1, 7, 1, 2, 3, 3, 1, 7, 7],
                   ["det", "nsubj", "prep", "pobj", "punct", "appos", "punct", "ROOT", "punct"],
                   pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"],
                   tags=["DT", "NN", "IN", "NNP", ",", "NNP", ",", "VBD", "."],
                   ents=["O", "O", "O", "B-GPE", "O", "B-ORG", "O", "O", "O"])
    return doc


def test_a_name_set_off_after_a_company_nouns_of_place_is_the_company():
    doc = _company_of("company")
    assert repair_parse(doc) == [5]
    assert (doc[5].head.text, doc[5].dep_) == ("company", "appos")


def test_a_name_set_off_after_another_nouns_of_place_keeps_its_head():
    doc = _company_of("capital")  # "the capital of Mexico, Pemex": no company noun (nor "the largest city")
    assert repair_parse(doc) == []
    assert doc[5].head.text == "Mexico"


def _received_npadvmod(det: str):
    """"Salman received in Riyadh [det] president Ahmed Sharaa ." as the parser reads it: the object
    an adverbial noun phrase of "received"."""
    words = ["Salman", "received", "in", "Riyadh", det, "president", "Ahmed", "Sharaa", "."]
    return make_doc(words, [1, 1, 1, 2, 5, 1, 7, 5, 1],
                    ["nsubj", "ROOT", "prep", "pobj", "det", "npadvmod", "compound", "appos", "punct"],
                    pos=["PROPN", "VERB", "ADP", "PROPN", "DET", "NOUN", "PROPN", "PROPN", "PUNCT"],
                    ents=["B-PERSON", "O", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O"])


def test_an_object_after_the_place_read_as_an_adverbial_goes_back_to_its_verb():
    doc = _received_npadvmod("the")
    assert 5 in repair_parse(doc)
    assert (doc[5].head.text, doc[5].dep_) == ("received", "dobj")


def test_an_adverbial_with_no_article_of_its_own_stays():
    doc = _received_npadvmod("last")  # "received in Riyadh last president …": no second noun phrase opens
    assert 5 not in repair_parse(doc)
    assert doc[5].dep_ == "npadvmod"


def _by_firms(noun: str, tag: str):
    """"designed by the Danish [noun] COWI and Ramboll ." as the parser reads it: COWI a second
    object of "by"."""
    words = ["designed", "by", "the", "Danish", noun, "COWI", "and", "Ramboll", "."]
    return make_doc(words, [0, 0, 4, 4, 1, 1, 5, 5, 0],
                    ["ROOT", "agent", "det", "amod", "pobj", "pobj", "cc", "conj", "punct"],
                    pos=["VERB", "ADP", "DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                    tags=["VBN", "IN", "DT", "JJ", tag, "NNP", "CC", "NNP", "."],
                    ents=["O", "O", "O", "B-NORP", "O", "B-ORG", "O", "B-ORG", "O"])


def test_a_body_made_a_prepositions_second_object_after_its_company_noun_is_the_nouns():
    doc = _by_firms("firms", "NNS")
    assert repair_parse(doc) == [5]
    assert (doc[5].head.text, doc[5].dep_) == ("firms", "appos")


def test_a_second_object_after_a_noun_of_no_company_keeps_its_parse():
    doc = _by_firms("engineers", "NNS")  # "by the Danish engineers COWI and …": no company noun
    assert repair_parse(doc) == []
    assert doc[5].dep_ == "pobj"


def _received_at_palace_in(verb_pos: str = "VERB"):
    """"Sisi received at the palace in Cairo the Emir of Qatar Hamad .": the object an apposition of
    "Cairo", whose preposition hangs on "palace", whose own hangs on the verb."""
    words = ["Sisi", "received", "at", "the", "palace", "in", "Cairo", "the", "Emir", "of", "Qatar", "Hamad", "."]
    doc = make_doc(words, [1, 1, 1, 4, 2, 4, 5, 8, 6, 8, 9, 8, 1],
                   ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "det", "appos", "prep", "pobj", "appos",
                    "punct"],
                   pos=["PROPN", verb_pos, "ADP", "DET", "NOUN", "ADP", "PROPN", "DET", "PROPN", "ADP", "PROPN",
                        "PROPN", "PUNCT"],
                   ents=["B-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "B-PERSON", "O"])
    return doc


def test_an_object_after_a_chain_of_places_goes_back_to_the_verb_the_chain_hangs_on():
    doc = _received_at_palace_in()
    assert repair_parse(doc) == [8]
    assert (doc[8].head.text, doc[8].dep_) == ("received", "dobj")
    doc = _received_at_palace_in(verb_pos="NOUN")  # the chain hangs on no verb: nothing moves
    assert repair_parse(doc) == []
    assert (doc[8].head.text, doc[8].dep_) == ("Cairo", "appos")


def _also_based(name_dep: str = "pobj", lemma: str = "base"):
    """"Siemens worked with Fraunhofer , also based in Munich ." as the parser reads it: "based" an
    adverbial clause of "worked" (with ``name_dep`` "nsubj", "Fraunhofer , also based …, worked")."""
    words = ["Siemens", "worked", "with", "Fraunhofer", ",", "also", "based", "in", "Munich", "."]
    heads = [1, 1, 1, 2, 1, 6, 1, 6, 7, 1]
    deps = ["nsubj", "ROOT", "prep", name_dep, "punct", "advmod", "advcl", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "ADV", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "NNP", ",", "RB", "VBN", "IN", "NNP", "."]
    ents = ["B-ORG", "O", "O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O"]
    lemmas = ["siemens", "work", "with", "fraunhofer", ",", "also", lemma, "in", "munich", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_seats_participle_set_off_after_a_name_is_the_names():
    """kg.prep_repairs.seat_participles_after_names: "worked with Fraunhofer, also based in Munich"."""
    doc = _also_based()
    assert 6 in repair_parse(doc)
    assert (doc[6].head.text, doc[6].dep_) == ("Fraunhofer", "acl")
    for doc in (_also_based(lemma="pleased"), _also_based(name_dep="nsubj")):  # no seat; the name the subject
        repair_parse(doc)
        assert (doc[6].head.text, doc[6].dep_) == ("worked", "advcl")


def _holding(name_ent: str = "B-ORG", word: str = "holding"):
    """"Petrov worked at the energy holding DTEK ." as the parser reads it: "holding" a gerund on
    "energy", the name its object."""
    words = ["Petrov", "worked", "at", "the", "energy", word, "DTEK", "."]
    return make_doc(words, [1, 1, 1, 4, 2, 4, 5, 1], ["nsubj", "ROOT", "prep", "det", "pobj", "acl", "dobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "IN", "DT", "NN", "VBG", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", "O", "O", name_ent, "O"],
                    lemmas=["petrov", "work", "at", "the", "energy", "hold", "dtek", "."])


def test_a_holding_before_a_companys_name_is_the_phrases_noun():
    """kg.holding_nouns.holdings_as_nouns: "the energy holding DTEK" is DTEK, "at" which Petrov worked."""
    doc = _holding()
    assert set(repair_parse(doc)) >= {4, 5, 6}
    assert [(t.text, t.dep_, t.head.text) for t in doc[3:7]] == [
        ("the", "det", "holding"), ("energy", "compound", "holding"), ("holding", "pobj", "at"), ("DTEK", "appos", "holding")]
    for doc in (_holding(word="selling"), _holding(name_ent="B-PERSON")):  # another gerund; a person held
        repair_parse(doc)
        assert doc[5].dep_ == "acl"
