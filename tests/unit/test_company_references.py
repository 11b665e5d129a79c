"""A company noun that stands for the body named before: in an office's phrase the parser hangs
the holder's name on ("The spokesman of the company, Ann Lee, said"), and as a possessive after a
person's sentence that named the body as its object ("Hume criticised the Reserve Bank. The
bank's governor, Bullock, said")."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

_POS = {"DT": "DET", "NN": "NOUN", "JJ": "ADJ", "JJS": "ADJ", "NNP": "PROPN", "VBD": "VERB", "NNS": "NOUN",
        ".": "PUNCT", ",": "PUNCT",
        "IN": "ADP", "POS": "PART", "RB": "ADV", "VBN": "VERB"}


def _doc(rows: list[tuple[str, int, str, str, str]]):
    words, heads, deps, tags, ents = zip(*rows)
    return make_doc(list(words), list(heads), list(deps), tags=list(tags), pos=[_POS[t] for t in tags],
                    ents=list(ents))


def _spokesman(noun: str):
    """"The oil company Acme said prices rose . The spokesman of the {noun} , Ann Lee , said so .",
    the name hung on the body's noun, as the parser does."""
    return _doc([("The", 2, "det", "DT", "O"), ("oil", 2, "compound", "NN", "O"), ("company", 4, "nsubj", "NN", "O"),
                 ("Acme", 2, "appos", "NNP", "B-ORG"), ("said", 4, "ROOT", "VBD", "O"),
                 ("prices", 6, "nsubj", "NNS", "O"), ("rose", 4, "ccomp", "VBD", "O"), (".", 4, "punct", ".", "O"),
                 ("The", 9, "det", "DT", "O"), ("spokesman", 17, "nsubj", "NN", "O"), ("of", 9, "prep", "IN", "O"),
                 ("the", 12, "det", "DT", "O"), (noun, 10, "pobj", "NN", "O"), (",", 12, "punct", ",", "O"),
                 ("Ann", 15, "compound", "NNP", "B-PERSON"), ("Lee", 12, "appos", "NNP", "I-PERSON"),
                 (",", 9, "punct", ",", "O"), ("said", 17, "ROOT", "VBD", "O"), ("so", 17, "advmod", "RB", "O"),
                 (".", 17, "punct", ".", "O")])


def test_an_office_of_the_company_the_parser_hangs_the_name_on_is_held_at_the_body_named_before():
    assert ("Ann Lee", "spokesman of", "Acme", "appos+antecedent") in relations_of(_spokesman("company"))


def test_an_office_of_a_noun_no_name_was_called_by_is_held_nowhere():
    assert not any(r[1] == "spokesman of" for r in relations_of(_spokesman("field")))  # no "field" before


def _governor(subject: str, subject_ent: str):
    """"{subject} criticised the Reserve Bank . The bank 's governor , Bullock , said so ."."""
    return _doc([(subject, 1, "nsubj", "NNP", subject_ent), ("criticised", 1, "ROOT", "VBD", "O"),
                 ("the", 4, "det", "DT", "O"), ("Reserve", 4, "compound", "NNP", "B-ORG"),
                 ("Bank", 1, "dobj", "NNP", "I-ORG"), (".", 1, "punct", ".", "O"), ("The", 7, "det", "DT", "O"),
                 ("bank", 9, "poss", "NN", "O"), ("'s", 7, "case", "POS", "O"), ("governor", 13, "nsubj", "NN", "O"),
                 (",", 9, "punct", ",", "O"), ("Bullock", 9, "appos", "NNP", "B-PERSON"), (",", 9, "punct", ",", "O"),
                 ("said", 13, "ROOT", "VBD", "O"), ("so", 13, "advmod", "RB", "O"), (".", 13, "punct", ".", "O")])


def test_the_bank_after_a_person_s_sentence_is_the_body_that_sentence_named():
    got = relations_of(_governor("Hume", "B-PERSON"))
    assert ("Bullock", "governor of", "Reserve Bank", "possessive+antecedent+description") in got


def test_the_bank_after_another_body_s_sentence_is_that_subject_s_or_none():
    """A body as the previous subject keeps the trade noun's reading (that subject, never a name
    beside it): the Reserve Bank is not the bank here."""
    got = relations_of(_governor("Qantas", "B-ORG"))
    assert not any(r[2] == "Reserve Bank" and r[1] == "governor of" for r in got)


def test_a_name_the_parser_hangs_on_the_company_of_an_office_is_no_company_name():
    """kg.kind_nouns.after_body_noun: "the company, Ann Lee" makes Ann Lee the company's name,
    unless the company is what an office is of ("The spokesman of the company, Ann Lee")."""
    from spacy.tokens import Span

    from kg.kind_nouns import after_body_noun

    doc = _spokesman("company")
    name = Span(doc, 14, 16, label="PERSON")
    assert not after_body_noun(name, doc[13])
    doc = _doc([("He", 1, "nsubj", "NNP", "O"), ("joined", 1, "ROOT", "VBD", "O"), ("the", 3, "det", "DT", "O"),
                ("company", 1, "dobj", "NN", "O"), (",", 3, "punct", ",", "O"), ("Ann", 6, "compound", "NNP", "B-ORG"),
                ("Lee", 3, "appos", "NNP", "I-ORG"), (".", 1, "punct", ".", "O")])
    assert after_body_noun(Span(doc, 5, 7, label="ORG"), doc[4])  # "joined the company, Ann Lee": its name


def test_a_people_of_two_words_on_a_company_noun_names_one_people():
    """kg.relations.company_references.peoples_company: "The South Korean company" ("South" hangs on
    "Korean", which alone names no one country) is a company of South Korea's."""
    from kg.relations.company_references import peoples_company

    doc = _doc([("The", 3, "det", "DT", "O"), ("South", 2, "amod", "NNP", "B-NORP"),
                ("Korean", 3, "amod", "NNP", "I-NORP"),
                ("company", 4, "nsubj", "NN", "O"), ("grew", 4, "ROOT", "VBD", "O"), (".", 4, "punct", ".", "O")])
    assert peoples_company(doc[3]) == frozenset({"KR"})


def _group(words: list[tuple[str, str, str]]):
    """"The {words} group grew ." with each word a modifier of "group"."""
    n = len(words)
    rows = [("The", n + 1, "det", "DT", "O")] + [(w, n + 1, dep, tag, "O") for w, dep, tag in words]
    return _doc(rows + [("group", n + 2, "nsubj", "NN", "O"), ("grew", n + 2, "ROOT", "VBD", "O"),
                        (".", n + 2, "punct", ".", "O")])


def test_a_company_noun_with_descriptive_words_stands_for_the_company_before():
    """kg.relations.company_references.described_company: "the paramilitary group", "the mining group",
    "the Munich group" refer back; "the new group", "the largest group" and "a group" do not."""
    from kg.relations.company_references import described_company

    assert described_company(_group([("paramilitary", "amod", "JJ")])[2])
    assert described_company(_group([("mining", "compound", "NN")])[2])
    assert not described_company(_group([("new", "amod", "JJ")])[2])
    assert not described_company(_group([("largest", "amod", "JJS")])[2])
    assert not described_company(_group([])[1])  # "the group": definite_org's
    munich = _doc([("The", 2, "det", "DT", "O"), ("Munich", 2, "compound", "NNP", "B-GPE"),
                   ("group", 3, "nsubj", "NN", "O"), ("grew", 3, "ROOT", "VBD", "O"), (".", 3, "punct", ".", "O")])
    assert described_company(munich[2])  # where it is based, as a second mention writes it
    assert not described_company(_group([("Munich", "compound", "NNP")])[2])  # a capitalised word that names no place
    doc = make_doc("A militant group grew .".split(), [2, 2, 3, 3, 3], ["det", "amod", "nsubj", "ROOT", "punct"],
                   pos=["DET", "ADJ", "NOUN", "VERB", "PUNCT"], tags=["DT", "JJ", "NN", "VBD", "."])
    assert not described_company(doc[2])


def _office_of(office: str, field: str):
    """"The {office} of {field} , Andrew Mackenzie , said so ." (the holder set off after the office)."""
    return _doc([("The", 1, "det", "DT", "O"), (office, 8, "nsubj", "NN", "O"), ("of", 1, "prep", "IN", "O"),
                 (field, 2, "pobj", "NNP", "B-ORG"), (",", 1, "punct", ",", "O"),
                 ("Andrew", 6, "compound", "NNP", "B-PERSON"), ("Mackenzie", 1, "appos", "NNP", "I-PERSON"),
                 (",", 1, "punct", ",", "O"), ("said", 8, "ROOT", "VBD", "O"),
                 ("so", 8, "advmod", "RB", "O"), (".", 8, "punct", ".", "O")])


def test_an_office_only_a_body_has_is_of_a_body_whatever_its_word():
    """kg.office_holders.office_field: "the Minister of Finance, X" names a field, no body; "the
    chairman of Shell, X" and "the boss of Ford, X" name the company (kg.lexicon.words.BODY_ONLY_OFFICES),
    though "Shell" and "Ford" are everyday words."""
    from kg.office_holders import office_field

    assert office_field(_office_of("minister", "Finance"), 3, 4)
    assert not office_field(_office_of("chairman", "Shell"), 3, 4)
    assert not office_field(_office_of("boss", "Ford"), 3, 4)


def test_a_field_set_off_before_its_holder_is_one_by_its_words():
    """The same office, set off before its holder by a comma, is of a field when the words are a
    portfolio's or a department's (``FIELD_WORDS``: "the head of Research, X") and of a body
    otherwise ("the director of Apple, X"), whatever the holder's first name."""
    from kg.office_holders import office_field

    assert office_field(_office_of("head", "Research"), 3, 4)
    assert not office_field(_office_of("director", "Apple"), 3, 4)


def _back_word(word: str):
    """"Acme sold Lund . The <word> company bought Kemp ." with <word> a participle, as the tagger
    reads "mentioned" and "said" there."""
    return _doc([("Acme", 1, "nsubj", "NNP", "B-ORG"), ("sold", 1, "ROOT", "VBD", "O"), ("Lund", 1, "dobj", "NNP", "B-ORG"),
                 (".", 1, "punct", ".", "O"), ("The", 6, "det", "DT", "O"), (word, 6, "amod", "VBN", "O"),
                 ("company", 7, "nsubj", "NN", "O"), ("bought", 7, "ROOT", "VBD", "O"),
                 ("Kemp", 7, "dobj", "NNP", "B-ORG"), (".", 7, "punct", ".", "O")])


def test_the_mentioned_company_is_the_company_named_before():
    """Translated news: "the mentioned company", "the said company" point back as "the company" does."""
    for word in ("mentioned", "said"):
        assert ("Acme", "bought", "Kemp", "svo+antecedent") in relations_of(_back_word(word))
    assert not any(t == "Kemp" for _, _, t, _ in relations_of(_back_word("rival")))  # "the rival company": another


def _seat(place_ent: str = "B-GPE", noun: str = "group", subject_ent: str = "B-ORG"):
    """"Henkel raised its forecast . The Düsseldorf <noun> said so ." """
    return _doc([("Henkel", 1, "nsubj", "NNP", subject_ent), ("raised", 1, "ROOT", "VBD", "O"),
                 ("its", 3, "poss", "DT", "O"), ("forecast", 1, "dobj", "NN", "O"), (".", 1, "punct", ".", "O"),
                 ("The", 7, "det", "DT", "O"), ("Düsseldorf", 7, "compound", "NNP", place_ent),
                 ("group" if noun == "group" else noun, 8, "nsubj", "NN", "O"), ("said", 8, "ROOT", "VBD", "O"),
                 ("so", 8, "advmod", "RB", "O"), (".", 8, "punct", ".", "O")])


def test_the_place_in_front_of_a_company_noun_that_refers_back_is_the_companys_seat():
    """``seat_reference`` (``kg.relations.seat_references``): "The Düsseldorf group" after Henkel."""
    assert ("Henkel", "based in", "Düsseldorf", "seat_reference+antecedent") in relations_of(_seat())
    assert not any(r[3].startswith("seat_reference") for r in relations_of(_seat(place_ent="O")))  # no place
    assert not any(r[3].startswith("seat_reference") for r in relations_of(_seat(subject_ent="B-PERSON")))  # no company
