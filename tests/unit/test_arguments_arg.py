"""``Arguments.arg`` is read once a word; each caller gets a copy it may change."""

from __future__ import annotations

from hand_docs import make_doc, mentions_of

from kg.relations.arguments import Arguments


def _sued():
    # "Google and Apple sued Epic ." : a coordinated subject, a named object
    doc = make_doc(["Google", "and", "Apple", "sued", "Epic", "."], [3, 0, 0, 3, 3, 3],
                   ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"],
                   pos=["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                   ents=["B-ORG", "O", "B-ORG", "O", "B-ORG", "O"])
    return doc, Arguments(doc, mentions_of(doc))


def test_a_changed_reading_does_not_change_the_next_one():
    doc, args = _sued()
    first = args.arg(doc[0])
    assert first.mentions == [0, 1]  # the conjunct distributed
    first.mentions = [m for m in first.mentions if m != 1]  # what verb_preps does to its targets
    first.add(args.arg(doc[4]))
    assert args.arg(doc[0]).mentions == [0, 1]
    assert args.clause_subjects(doc[3])[0].mentions == [0, 1]


def test_a_word_that_names_nothing_stays_empty():
    doc, args = _sued()
    assert not args.arg(doc[3]) and not args.arg(doc[3], pronouns=False)
    assert args.arg(doc[4], pronouns=False).mentions == [2]


def test_a_second_role_and_name_the_parser_hangs_on_the_first_name_is_an_argument_too():
    # "founded by the lawyer Ann Lee and the unionist Bo Shi .": the second role noun is a
    # conjunct of the first name, its name an apposition of that role
    words = ["founded", "by", "the", "lawyer", "Ann", "Lee", "and", "the", "unionist", "Bo", "Shi", "."]
    doc = make_doc(words, [0, 0, 3, 1, 5, 3, 5, 8, 5, 10, 8, 0],
                   ["ROOT", "agent", "det", "pobj", "compound", "appos", "cc", "det", "conj", "compound", "appos", "punct"],
                   pos=["VERB", "ADP", "DET", "NOUN", "PROPN", "PROPN", "CCONJ", "DET", "NOUN", "PROPN", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    args = Arguments(doc, mentions_of(doc))
    assert args.arg(doc[3]).mentions == [0, 1]


def test_a_mention_whose_every_word_an_earlier_one_holds_is_no_argument():
    # "Labor MP Kim Beazley criticised the plan .": a body's name propagated onto "MP", which a
    # person's post-nominals already hold; the rules look mentions up through their own words
    from kg.model import Mention
    from kg.relations import extract_relations

    words = ["Labor", "MP", "Kim", "Beazley", "criticised", "the", "plan", "."]
    doc = make_doc(words, [1, 3, 3, 4, 4, 6, 4, 4],
                   ["compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                   pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    end = len(doc.text)
    mentions = [Mention("t", 0, 8, "Labor MP", "PERSON", 0, end), Mention("t", 6, 8, "MP", "ORG", 0, end),
                Mention("t", 9, 20, "Kim Beazley", "PERSON", 0, end)]
    args = Arguments(doc, mentions)
    assert sorted(args.roots) == [0, 2]
    assert [mi for mi, _ in args.roots_in(doc[:])] == [0, 2]
    extract_relations(doc, mentions)  # raised KeyError on the held mention before (a document lost)
