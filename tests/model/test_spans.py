"""Where a name starts and ends (kg.spans): each rule on a hand-built Doc, then on real sentences
with the real model, including sentences that must yield nothing."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.components import _one_sentence_a_line
from kg.joined_names import one_name
from kg.spans import (
    capitalised_edges, close_brackets, name_chain, people_in_name, sentence_parts, title_case_sentence,
    without_opener, without_title,
)

VOCAB = spacy.blank("en").vocab
#: A small English lexicon for the hand-built cases (the real one is the model's WordNet index).
LEXICON = frozenset("board party week city battle gangs series disc ray park recreation metropolitan".split())


def make(words, heads=None, deps=None, pos=None, tags=None, ents=None, sent_starts=None) -> Doc:
    """A Doc by hand: ``heads`` are absolute token indices (a token heading itself is a root)."""
    n = len(words)
    return Doc(VOCAB, words=words, heads=heads or list(range(n)), deps=deps or ["dep"] * n,
               pos=pos or ["PROPN"] * n, tags=tags or ["NNP"] * n, ents=ents, sent_starts=sent_starts)


def text(span: Span | None) -> str | None:
    return None if span is None else span.text


# --- limits ------------------------------------------------------------------------------------

def test_a_span_is_cut_at_a_sentence_start():
    doc = Doc(VOCAB, words=["World", "War", "I.", "\n", "Angell", "left"],
              spaces=[True, True, False, False, True, False], sent_starts=[1, -1, -1, -1, 1, -1])
    assert [p.text for p in sentence_parts(doc[0:5])] == ["World War I.", "Angell"]
    assert [p.text for p in sentence_parts(doc[0:3])] == ["World War I."]


@pytest.mark.parametrize("words, expected", [
    (["Legs", "(", "1975"], "Legs"),                           # an opened bracket never closed
    (["Lexington", "(", "CV-2", ")"], "Lexington ( CV-2 )"),   # balanced: stays
    (["1975", ")", "Legs"], "Legs"),                           # a closing bracket without its opening
    (["(", "AACSB"], None),
])
def test_a_span_never_cuts_through_a_bracket(words, expected):
    doc = make(words)
    assert text(close_brackets(doc[:])) == expected


def test_a_name_written_in_case_starts_and_ends_with_a_capital():
    doc = make(["board", "of", "Naftogaz"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
               pos=["NOUN", "ADP", "PROPN"], tags=["NN", "IN", "NNP"])
    assert text(capitalised_edges(doc[:], LEXICON)) == "Naftogaz"


def test_a_lower_case_english_word_cuts_a_name_and_the_head_side_stays():
    doc = make(["Portuguese", "party", "PSD"], heads=[1, 2, 2], deps=["amod", "compound", "ROOT"],
               pos=["ADJ", "NOUN", "PROPN"], tags=["JJ", "NN", "NNP"])
    assert text(capitalised_edges(doc[:], LEXICON)) == "PSD"
    foreign = make(["Koita", "ti", "Ekanes"], heads=[0, 0, 0])  # "ti" is no English word: one name
    assert text(capitalised_edges(foreign[:], LEXICON)) == "Koita ti Ekanes"


@pytest.mark.parametrize("words, label, expected", [
    (["Colonel", "Picot"], "PERSON", "Picot"),
    (["Bishop", "of", "Pittsburgh"], "GPE", "Pittsburgh"),
    (["Saint", "Lucia"], "PERSON", "Saint Lucia"),   # a title that is part of the name
    (["Sheikh", "Hasina"], "PERSON", "Sheikh Hasina"),
    (["Colonel", "Blimp"], "ORG", "Colonel Blimp"),  # only a person's name loses a rank without "of"
    (["Field", "Marshal", "Alan", "Brooke"], "", "Alan Brooke"),  # a run NER left unlabelled
    (["General", "Motors"], "", "General Motors"),    # ... keeps its first word if no name follows
])
def test_ranks_and_offices_are_no_part_of_a_name(words, label, expected):
    doc = make(words)
    assert without_title(Span(doc, 0, len(doc), label=label), LEXICON | {"motors"}).text == expected


# --- growing a name ----------------------------------------------------------------------------

def _gangs() -> Doc:
    # "his Gangs of Wasseypur series was made", parsed as the model does
    words = ["his", "Gangs", "of", "Wasseypur", "series", "was", "made"]
    heads = [4, 4, 1, 4, 6, 6, 6]
    deps = ["poss", "compound", "prep", "compound", "nsubjpass", "auxpass", "ROOT"]
    pos = ["PRON", "PROPN", "ADP", "PROPN", "NOUN", "AUX", "VERB"]
    tags = ["PRP$", "NNPS", "IN", "NNP", "NN", "VBD", "VBN"]
    return make(words, heads, deps, pos, tags)


def test_of_joins_a_capitalised_common_noun_to_its_complement():
    doc = _gangs()
    assert name_chain(doc[3:4], LEXICON).text == "Gangs of Wasseypur"  # from the right part
    assert name_chain(doc[1:2], LEXICON).text == "Gangs of Wasseypur"  # from the left part


def test_of_does_not_join_a_name_ner_closed_before_it():
    # "Kotayk Province of Armenia": NER read "Kotayk Province" as a whole name
    words = ["the", "Kotayk", "Province", "of", "Armenia"]
    doc = make(words, heads=[2, 2, 2, 2, 3], deps=["det", "compound", "ROOT", "prep", "pobj"],
               pos=["DET", "PROPN", "PROPN", "ADP", "PROPN"], tags=["DT", "NNP", "NNP", "IN", "NNP"],
               ents=["O", "B-GPE", "I-GPE", "O", "B-GPE"])
    lexicon = LEXICON | {"province"}
    assert name_chain(Span(doc, 1, 3, label="GPE"), lexicon).text == "Kotayk Province"
    assert name_chain(Span(doc, 4, 5, label="GPE"), lexicon).text == "Armenia"


def test_of_a_country_after_a_named_division_is_where_it_lies_not_its_name():
    # "the Moravian Region of the Czech Republic" / "the Region of Murcia"
    words = ["the", "Moravian", "Region", "of", "the", "Czech", "Republic"]
    doc = make(words, heads=[2, 2, 2, 2, 6, 6, 3], deps=["det", "compound", "ROOT", "prep", "det", "compound", "pobj"],
               pos=["DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN"],
               tags=["DT", "NNP", "NNP", "IN", "DT", "NNP", "NNP"], ents=["O", "O", "O", "O", "B-GPE", "I-GPE", "I-GPE"])
    lexicon = LEXICON | {"region", "moravian"}
    assert name_chain(doc[1:3], lexicon).text == "Moravian Region"                   # from the left part
    assert name_chain(Span(doc, 5, 7, label="GPE"), lexicon).text == "Czech Republic"  # from the right part
    words = ["the", "Region", "of", "Murcia"]
    doc = make(words, heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
               pos=["DET", "PROPN", "ADP", "PROPN"], tags=["DT", "NNP", "IN", "NNP"], ents=["O", "O", "O", "B-GPE"])
    assert name_chain(Span(doc, 3, 4, label="GPE"), lexicon).text == "Region of Murcia"


def test_a_sentence_opener_that_is_no_noun_is_no_part_of_the_name_after_it():
    lexicon = LEXICON | {"along", "most", "new", "northern", "avenue"}
    doc = make(["Along", "Western", "Avenue", "are", "malls"], pos=["ADP", "PROPN", "PROPN", "AUX", "NOUN"],
               tags=["IN", "NNP", "NNP", "VBP", "NNS"], sent_starts=[1, 0, 0, 0, 0])
    assert without_opener(doc[0:3], lexicon).text == "Western Avenue"
    doc = make(["Most", "Native", "Americans", "left"], pos=["ADJ", "PROPN", "PROPN", "VERB"],
               tags=["JJS", "NNP", "NNPS", "VBD"], sent_starts=[1, 0, 0, 0])
    assert without_opener(doc[0:3], lexicon).text == "Native Americans"
    # names that start with an adjective or a proper noun stay; so does a word mid-sentence
    doc = make(["Northern", "Ireland", "voted"], pos=["ADJ", "PROPN", "VERB"], tags=["JJ", "NNP", "VBD"],
               sent_starts=[1, 0, 0])
    assert without_opener(doc[0:2], lexicon).text == "Northern Ireland"
    doc = make(["He", "lives", "Along", "Western", "Avenue"], heads=[1, 1, 1, 4, 2],
               deps=["nsubj", "ROOT", "prep", "compound", "pobj"], pos=["PRON", "VERB", "ADP", "PROPN", "PROPN"],
               tags=["PRP", "VBZ", "IN", "NNP", "NNP"])
    assert without_opener(doc[2:5], lexicon).text == "Along Western Avenue"


def _people_before(words, heads, deps, ents):
    n = len(words)
    return make(words, heads, deps, pos=["PROPN"] * n, ents=ents)


def test_a_peoples_adjective_that_modifies_a_name_is_its_first_word():
    doc = _people_before(["the", "Norwegian", "Premier", "League"], [3, 3, 3, 3], ["det", "amod", "compound", "ROOT"],
                         ["O", "B-NORP", "O", "O"])
    assert people_in_name(doc[1:2], doc[2:4])
    doc = _people_before(["Moravian", "-", "Silesian", "Region"], [3, 3, 3, 3], ["amod", "punct", "compound", "ROOT"],
                         ["B-NORP", "O", "O", "O"])
    assert people_in_name(doc[0:1], doc[2:4])


def test_a_peoples_adjective_apart_from_the_name_stays_apart():
    # "Norwegian , Labour Party": a comma between; "Norwegian politician Labour": the adjective modifies
    # another word
    doc = _people_before(["Norwegian", ",", "Labour", "Party"], [0, 0, 3, 0], ["ROOT", "punct", "compound", "appos"],
                         ["B-NORP", "O", "O", "O"])
    assert not people_in_name(doc[0:1], doc[2:4])
    doc = _people_before(["Norwegian", "politician", "Labour"], [1, 1, 1], ["amod", "ROOT", "appos"],
                         ["B-NORP", "O", "O"])
    assert not people_in_name(doc[0:1], doc[2:3])


def test_an_office_never_starts_an_of_name():
    words = ["the", "Minister", "of", "Fisheries"]
    doc = make(words, heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
               pos=["DET", "PROPN", "ADP", "PROPN"], tags=["DT", "NNP", "IN", "NNP"])
    assert name_chain(doc[3:4], LEXICON | {"minister"}).text == "Fisheries"


def test_hyphenated_name_words_and_particles_join():
    blu = make(["on", "Blu", "-", "ray", "Disc", "today"], heads=[0, 4, 3, 4, 0, 0],
               deps=["ROOT", "compound", "punct", "compound", "pobj", "npadvmod"],
               pos=["ADP", "PROPN", "PUNCT", "NOUN", "PROPN", "NOUN"], tags=["IN", "NNP", "HYPH", "NN", "NNP", "NN"])
    assert name_chain(blu[4:5], LEXICON).text == "Blu - ray Disc"
    sogn = make(["in", "Sogn", "og", "Fjordane"], heads=[0, 3, 3, 0], deps=["ROOT", "compound", "cc", "pobj"])
    assert name_chain(sogn[3:4], LEXICON).text == "Sogn og Fjordane"


def test_two_names_joined_by_a_participle_hyphen_stay_two():
    doc = make(["a", "Houston", "-", "based", "LNG", "firm"], heads=[5, 3, 3, 5, 5, 5],
               deps=["det", "npadvmod", "punct", "amod", "compound", "ROOT"],
               pos=["DET", "PROPN", "PUNCT", "VERB", "PROPN", "NOUN"], tags=["DT", "NNP", "HYPH", "VBN", "NNP", "NN"])
    assert name_chain(doc[4:5], LEXICON).text == "LNG"


def test_a_compound_grows_but_not_over_an_office_nor_another_name():
    words = ["U.S.", "President", "Barack", "Obama", "spoke"]
    doc = make(words, heads=[3, 3, 3, 4, 4], deps=["compound", "compound", "compound", "nsubj", "ROOT"],
               ents=["B-GPE", "O", "B-PERSON", "I-PERSON", "O"])
    assert name_chain(Span(doc, 0, 1, label="GPE"), LEXICON).text == "U.S."
    assert name_chain(Span(doc, 2, 4, label="PERSON"), LEXICON).text == "Barack Obama"
    dam = make(["The", "O'Shaughnessy", "Dam", "is", "old"], heads=[2, 2, 3, 3, 3],
               deps=["det", "compound", "nsubj", "ROOT", "acomp"])
    assert name_chain(dam[2:3], LEXICON).text == "O'Shaughnessy Dam"


def test_the_year_of_a_recurring_event_is_part_of_its_name():
    """"the 2010 Winter Olympics", "the 2016–17 Ranji Trophy" (the year hangs elsewhere, but "the"
    is before it); not a year before any other name ("In 2010 Google ..."), nor before an event's
    name written in lower case."""
    olympics = make(["at", "the", "2010", "Winter", "Olympics"], heads=[0, 4, 4, 4, 0],
                    deps=["ROOT", "det", "nummod", "compound", "pobj"], pos=["ADP", "DET", "NUM", "PROPN", "PROPN"])
    assert name_chain(Span(olympics, 3, 5, label="EVENT"), LEXICON).text == "2010 Winter Olympics"
    trophy = make(["in", "the", "2016–17", "Ranji", "Trophy"], heads=[0, 2, 0, 4, 2],
                  deps=["ROOT", "det", "pobj", "compound", "appos"], pos=["ADP", "DET", "NUM", "PROPN", "PROPN"])
    assert name_chain(Span(trophy, 3, 5, label="PERSON"), LEXICON).text == "2016–17 Ranji Trophy"
    google = make(["In", "2010", "Google", "bought"], heads=[3, 0, 3, 3], deps=["prep", "pobj", "nsubj", "ROOT"],
                  pos=["ADP", "NUM", "PROPN", "VERB"])
    assert name_chain(Span(google, 2, 3, label="ORG"), LEXICON).text == "Google"
    lower = make(["the", "2010", "Bush", "election"], heads=[3, 3, 3, 3], deps=["det", "nummod", "compound", "ROOT"],
                 pos=["DET", "NUM", "PROPN", "NOUN"])
    assert name_chain(Span(lower, 2, 3, label="PERSON"), LEXICON).text == "Bush"


def test_a_first_name_ner_left_out_at_a_sentence_start_joins_the_person():
    """"Anatoly Borisovich Chubais (born ...": NER starts the person at "Borisovich"; a proper noun
    of no English tied to the name joins it at a sentence start too. An English word does not
    ("Party Chairman ..." is no name word), nor a word of another NER name."""
    doc = make(["Anatoly", "Borisovich", "Chubais", "is", "here"], heads=[2, 2, 3, 3, 3],
               deps=["compound", "compound", "nsubj", "ROOT", "advmod"], sent_starts=[1, 0, 0, 0, 0])
    assert name_chain(Span(doc, 1, 3, label="PERSON"), LEXICON).text == "Anatoly Borisovich Chubais"
    english = make(["Party", "Borisovich", "Chubais", "is", "here"], heads=[2, 2, 3, 3, 3],
                   deps=["compound", "compound", "nsubj", "ROOT", "advmod"], sent_starts=[1, 0, 0, 0, 0])
    assert name_chain(Span(english, 1, 3, label="PERSON"), LEXICON).text == "Borisovich Chubais"
    other = make(["Moscow", "Anatoly", "Chubais", "is", "here"], heads=[2, 2, 3, 3, 3],
                 deps=["compound", "compound", "nsubj", "ROOT", "advmod"], sent_starts=[1, 0, 0, 0, 0],
                 ents=["B-GPE", "B-PERSON", "I-PERSON", "O", "O"])
    assert name_chain(Span(other, 1, 3, label="PERSON"), LEXICON).text == "Anatoly Chubais"


def test_a_word_truecasing_capitalised_does_not_grow_a_name():
    doc = make(["Some", "US", "Media", "quoted"], heads=[2, 2, 3, 3], deps=["det", "compound", "nsubj", "ROOT"])
    lexicon = LEXICON | {"media", "quoted"}  # English words (else they read as a foreign name's)
    assert name_chain(doc[1:2], lexicon).text == "US Media"
    assert name_chain(doc[1:2], lexicon, frozenset({doc[2].idx})).text == "US"


def test_nothing_grows_in_a_sentence_written_in_title_case():
    words = ["Trump", "Signs", "Order", "Banning", "Chinese", "Apps", "Today"]
    doc = make(words, heads=[2, 2, 2, 2, 5, 3, 2], deps=["compound"] * 2 + ["ROOT"] + ["compound"] * 4)
    assert title_case_sentence(doc[0:1])
    assert name_chain(doc[0:1], LEXICON).text == "Trump"


def _title_case_by_tokens(doc: Doc, i: int) -> bool:
    """``title_case_sentence``'s definition read from a Token per word (what it answers from the arrays)."""
    words = [t for t in doc[i].sent if t.is_alpha and len(t) >= 4 and not t.is_sent_start]
    return len(words) >= 4 and sum(t.text[:1].isupper() or any(c.isupper() for c in t.text) for t in words) * 10 >= len(words) * 9


@pytest.mark.parametrize("words, sent_starts, expected", [
    # the first sentence in case, the second a headline: each sentence answers for itself
    (["He", "said", "that", "today", ".", "Trump", "Signs", "Order", "Banning", "Apps"],
     [True] + [False] * 4 + [True] + [False] * 4, [False, True]),
    # the sentence's first word does not count, nor words under four letters, numbers, marks
    (["Today", "Trump", "Signs", "New", "Order", "2020", "Banning", "Chinese", "Apps", "-", "all"],
     [True] + [False] * 10, [True]),
    # nine in ten capitalised is still Title Case; eight in ten is not
    (["Of", "Aaaa", "Bbbb", "Cccc", "Dddd", "Eeee", "Ffff", "Gggg", "Hhhh", "Iiii", "jjjj"],
     [True] + [False] * 10, [True]),
    (["Of", "Aaaa", "Bbbb", "Cccc", "Dddd", "Eeee", "Ffff", "Gggg", "Hhhh", "iiii", "jjjj"],
     [True] + [False] * 10, [False]),
])
def test_title_case_is_read_per_sentence_from_the_words_of_four_letters(words, sent_starts, expected):
    doc = Doc(VOCAB, words=words, sent_starts=sent_starts)  # no parse: the sentences are as given
    firsts = [i for i, start in enumerate(sent_starts) if start]
    assert [title_case_sentence(doc[i:i + 1]) for i in firsts] == expected
    assert [_title_case_by_tokens(doc, i) for i in firsts] == expected


def test_coordination_the_parse_reads_as_one_name_is_not_split():
    words = ["the", "Minneapolis", "Park", "and", "Recreation", "Board"]
    doc = make(words, heads=[5, 2, 5, 2, 2, 5], deps=["det", "compound", "nmod", "cc", "conj", "ROOT"])
    assert one_name(doc[1:3], doc[4:6])
    two = make(["Facebook", "and", "Tencent", "compete"], heads=[3, 0, 0, 3], deps=["nsubj", "cc", "conj", "ROOT"])
    assert not one_name(two[0:1], two[2:3])
    inc = make(["Piedmont", "Airlines", ",", "Inc."], heads=[1, 1, 1, 1], deps=["compound", "ROOT", "punct", "conj"])
    assert one_name(inc[0:2], inc[3:4])


def test_common_words_coordinated_after_a_name_share_it():
    lexicon = LEXICON | {"university", "hospital", "state", "department", "defense", "wells", "bank", "america"}
    # "Johns Hopkins University and Hospital": the parse coordinates the heads, the words say one body
    doc = make(["Johns", "Hopkins", "University", "and", "Hospital"], heads=[2, 2, 2, 2, 2],
               deps=["compound", "compound", "ROOT", "cc", "conj"])
    assert one_name(doc[0:3], doc[4:5], lexicon)
    assert not one_name(doc[0:3], doc[4:5])  # without the lexicon (a comma list) the parse decides
    # the same head twice, or a word of no English, makes two names
    two = make(["State", "Department", "and", "Defense", "Department"], heads=[1, 1, 1, 4, 1],
               deps=["compound", "ROOT", "cc", "compound", "conj"])
    assert not one_name(two[0:2], two[3:5], lexicon)
    fargo = make(["Bank", "of", "America", "and", "Wells", "Fargo"], heads=[0, 0, 1, 0, 5, 0],
                 deps=["ROOT", "prep", "pobj", "cc", "compound", "conj"])
    assert not one_name(fargo[0:3], fargo[4:6], lexicon)


# --- sentences at line breaks ------------------------------------------------------------------

def test_one_sentence_a_line_is_told_from_hard_wrapped_news():
    assert _one_sentence_a_line("He fought in World War I.\nAngell was born in Oslo.\nHis family lives in Bergen\n"
                                "He left in 1920.")
    assert not _one_sentence_a_line("The minister said on Monday that the\ncompany would be sold to a buyer\n"
                                    "in Europe before the end of the year.")


def test_a_line_that_ends_a_sentence_ends_it(nlp):
    doc = nlp("He fought in World War I.\nAngell was born in Oslo.\nHer family lives in South Africa\nIn 2008 she won.")
    assert [s.text.strip() for s in doc.sents] == [
        "He fought in World War I.", "Angell was born in Oslo.", "Her family lives in South Africa", "In 2008 she won."]


def test_a_hard_wrapped_sentence_stays_one(nlp):
    doc = nlp("The minister said on Monday that the company would be\nsold to a buyer in Europe before the end of\n"
              "the year, and that talks had begun.")
    assert len(list(doc.sents)) == 1


# --- real sentences through the extractor -------------------------------------------------------

def names(extract, text):
    result, _ = extract(text)
    return [m.text for m in result.mentions]


def test_a_name_is_not_cut_at_a_line_break(extract):
    found = names(extract, "He fought in World War I.\nAngell was born at Luster in Sogn og Fjordane.\n"
                           "He grew up in Bergen, Norway.")
    assert "World War I." in found and not any("\n" in n for n in found)
    assert "Sogn og Fjordane" in found


@pytest.mark.parametrize("sentence, whole, pieces", [
    ("Director Anurag Kashyap said this movie was the inspiration for his Gangs of Wasseypur series.",
     "Gangs of Wasseypur", {"Gangs", "Wasseypur"}),
    ("The O'Shaughnessy Dam is located on the Scioto River near Dublin, Ohio.", "O'Shaughnessy Dam", {"Dam"}),
    ("The film was released on DVD / Blu-ray Disc in 2010.", "Blu-ray Disc", {"Blu", "Disc"}),
    ("It was the Battle of Samugarh that decided the war.", "Battle of Samugarh", {"Samugarh", "Battle"}),
    # a little word hyphened between two capitals: one place's name
    ("Huang met President Donald Trump at Mar-a-Lago last month.", "Mar-a-Lago", {"Mar", "Lago"}),
])
def test_fragments_of_title_case_names_become_the_whole_name(extract, sentence, whole, pieces):
    found = names(extract, sentence)
    assert whole in found
    assert not pieces & set(found)


def test_an_unknown_word_coordinated_with_a_noun_after_a_is_no_name(extract):
    found = names(extract, "Mola is a town and comune of the Metropolitan City of Bari, in the region of Apulia.")
    assert "Apulia" in found and not {"Comune", "comune"} & set(found)


@pytest.mark.parametrize("sentence, whole, pieces", [
    ("Fyllingen played in the Norwegian Premier League in 1990.", "Norwegian Premier League", {"Premier League"}),
    ("The Philippine Senate met in Manila.", "Philippine Senate", {"Senate"}),
    ("Bohumín is a town in the Moravian-Silesian Region of the Czech Republic.", "Moravian-Silesian Region",
     {"Moravian", "Silesian Region", "Moravian-Silesian Region of the Czech Republic"}),
])
def test_a_peoples_adjective_that_starts_a_name_is_part_of_it(extract, sentence, whole, pieces):
    found = names(extract, sentence)
    assert whole in found and not pieces & set(found)


@pytest.mark.parametrize("sentence, kept", [
    ("He is a Norwegian politician for the Labour Party.", {"Norwegian", "Labour Party"}),
    ("The American actor Samuel Smith was born in Ohio.", {"American", "Samuel Smith"}),
])
def test_a_peoples_adjective_before_a_person_or_a_common_noun_stays_its_own(extract, sentence, kept):
    assert kept <= set(names(extract, sentence))


def test_a_bracket_ends_a_name(extract):
    found = names(extract, "In 1998 he published Legs (1975) and other stories.")
    assert not any("(" in n for n in found)


@pytest.mark.parametrize("sentence", [
    "He served as Prime Minister and later as Deputy Assistant Secretary.",
    "He is currently a Colonel and was once a Lieutenant.",
    "It is the capital of the province and the seat of the district.",
    "Seven of them came back.",
])
def test_sentences_without_names_yield_nothing(extract, sentence):
    assert names(extract, sentence) == []


def test_a_back_reference_to_a_longer_name_is_no_node_of_its_own(extract):
    """"The Party" after "The Labour Party" is that party referred back to: kept as a mention of
    origin ``back`` that resolution joins to it (``refers_back``), never a node of its own."""
    from kg.resolve import resolve

    result, _ = extract("The Labour Party won the election in 1997. The Party said it would govern alone.")
    assert {m.text: m.origin for m in result.mentions if m.text == "Party"} == {"Party": "back"}
    (labour,) = [e for e in resolve(result.mentions) if any(m.text == "Party" for m in e.mentions)]
    assert labour.label == "Labour Party" and labour.reasons["Party"] == "refers_back"
    # two names it heads, or written before the only one: dropped, as before
    for text in ("The Labour Party and the Green Party met. The Party said it would govern alone.",
                 "The Party said it would govern alone. The Labour Party won the election in 1997."):
        assert "Party" not in names(extract, text), text
    # a number in the longer name: another congress may be meant
    assert "Congress" not in names(extract, "The bill passed the 107th Congress in 2002. The Congress adjourned.")


def test_short_forms_of_people_and_places_stay(extract):
    found = names(extract, "George Washington crossed the river. Washington was cold, and the Potomac froze.")
    assert "George Washington" in found and "Washington" in found


def test_lower_case_names_in_machine_translated_text_are_still_found(extract):
    found = {n.lower() for n in names(extract, "huawei and zte were fined by the regulator. tencent said the ban "
                                               "hurt wechat users, and huawei denied it.")}
    assert {"huawei", "zte", "tencent"} <= found


def test_a_word_only_truecasing_capitalised_counts_as_lower_case_beside_written_capitals():
    doc = make(["the", "English", "Church", "was", "built"], heads=[2, 2, 4, 4, 4],
               deps=["det", "amod", "nsubjpass", "auxpass", "ROOT"], pos=["DET", "ADJ", "PROPN", "AUX", "VERB"],
               tags=["DT", "JJ", "NNP", "VBD", "VBN"])
    lexicon = LEXICON | {"church", "english"}
    assert text(capitalised_edges(doc[1:3], lexicon)) == "English Church"
    assert text(capitalised_edges(doc[1:3], lexicon, frozenset({doc[2].idx}))) == "English"
    both = make(["Ant", "Financial"], heads=[1, 1], deps=["compound", "ROOT"])  # all recased: a name kept
    assert text(capitalised_edges(both[:], lexicon | {"ant", "financial"}, frozenset({0, 4}))) == "Ant Financial"


@pytest.mark.parametrize("words, expected", [
    (["Environmentalist", "Ma", "Jun"], "Ma Jun"),
    (["Irishman", "Tadhg", "Kennelly"], "Tadhg Kennelly"),
    (["Edward", "Colver"], "Edward Colver"),   # a first name with an English-looking ending stays
    (["Salman", "Rushdie"], "Salman Rushdie"),
])
def test_a_word_describing_a_person_is_no_part_of_their_name(words, expected):
    from kg.lexicon.english import english_lexicon

    doc = make(["said"] + words, heads=[0] * (len(words) + 1))
    assert without_title(Span(doc, 1, len(doc), label="PERSON"), english_lexicon()).text == expected


@pytest.mark.parametrize("text, name", [
    ("Environmentalist Ma Jun founded the institute in 2006.", "Ma Jun"),
    ("Irishman Tadhg Kennelly played for the Sydney Swans.", "Tadhg Kennelly"),
])
def test_a_word_describing_a_person_at_a_sentence_start_is_no_part_of_their_name(extract, text, name):
    result, _ = extract(text)
    found = {m.text for m in result.mentions}
    assert name in found and not any(t.endswith(" " + name) for t in found), found


def test_a_capitalised_article_mid_sentence_starts_a_title(extract):
    result, _ = extract("It is reviewed in A Thousand Plateaus, a book by Deleuze. A man came.")
    found = {m.text for m in result.mentions}
    assert "A Thousand Plateaus" in found and not any(t.startswith("A man") for t in found)


def test_a_particle_starts_a_name():
    doc = make(["bin", "Laden", "fled"], heads=[1, 2, 2], deps=["compound", "nsubj", "ROOT"])
    assert text(capitalised_edges(doc[0:2], LEXICON)) == "bin Laden"


def test_a_place_grows_only_by_common_words():
    words = ["envoy", "Afghanistan", "Lakhdar", "Brahimi", "said"]
    doc = make(words, heads=[3, 3, 3, 4, 4], deps=["compound", "compound", "compound", "nsubj", "ROOT"],
               ents=["O", "B-GPE", "O", "O", "O"])
    assert name_chain(Span(doc, 1, 2, label="GPE"), LEXICON).text == "Afghanistan"
    tokyo = make(["the", "Tokyo", "Imperial", "Palace"], heads=[3, 3, 3, 3],
                 deps=["det", "compound", "compound", "ROOT"], ents=["O", "B-GPE", "O", "O"])
    assert name_chain(Span(tokyo, 1, 2, label="GPE"), LEXICON | {"imperial", "palace"}).text == "Tokyo Imperial Palace"


@pytest.mark.parametrize("sentence, junk", [
    ("Earlier Monday, Shadow Treasurer Simon Crean said the budget was wrong.", {"Earlier Monday", "Shadow Treasurer"}),
    ('He answered "No" to every question.', {"No"}),
    ("Bombing and other effects of the war damaged the rice fields near Hanoi.", {"Bombing"}),
    ("Commissioned officers are not supposed to use the NAAFI clubs.", {"Commissioned"}),
])
def test_days_titles_before_names_and_lone_stop_words_are_no_names(extract, sentence, junk):
    assert not junk & set(names(extract, sentence))


def test_a_peoples_adjective_opening_a_sentence_stays_a_name(extract):
    """The English-word filter above must not drop a demonym the tagger reads as an adjective."""
    assert "Israeli" in names(extract, "Israeli troops have withdrawn from two Palestinian towns.")


def test_quoted_titles_lose_trailing_punctuation_and_keep_their_article(extract):
    found = names(extract, 'He sang "My Sweet Lord," and later "This Little Girl of Mine" on tour.')
    assert "My Sweet Lord" in found and "This Little Girl of Mine" in found


@pytest.mark.parametrize("sentence, whole, piece", [
    ("He met the supreme leader of North Korea, Kim Jong-un, in Singapore.", "Kim Jong-un", "Kim Jong"),
    ("The post is held by General Prayut Chan-o-cha, who was appointed in 2014.", "Prayut Chan-o-cha",
     "Prayut Chan-o"),
])
def test_a_lower_case_syllable_after_a_hyphen_ends_a_persons_name(extract, sentence, whole, piece):
    found = names(extract, sentence)
    assert whole in found and piece not in found


@pytest.mark.parametrize("sentence, kept, word", [
    ("Congress repealed the Obama-era rules on power plants.", "Obama", "era"),
    ("The Smith-led team won the match against Leeds.", "Smith", "led"),
])
def test_an_english_word_after_a_hyphen_stays_out_of_a_persons_name(extract, sentence, kept, word):
    found = names(extract, sentence)
    assert not any(word in n for n in found)


@pytest.mark.parametrize("sentence, whole, pieces", [
    # one capital letter or "Saint" a hyphen joins before a name is its first part
    ("A group of reporters landed on Omaha Beach on D-Day with the American forces.", "D-Day", {"Day"}),
    ("He served on the town council for Saint-Polycarpe and also served as mayor.", "Saint-Polycarpe",
     {"Polycarpe"}),
    # a lower-case word a hyphen joins after a name ends it when it modifies nothing after it
    ("The elves of Tolkien's fictional universe of Middle-earth live in the forest.", "Middle-earth", {"Middle"}),
    ("The palace was in the old capital of Heian - kyō after the move.", "Heian - kyō", {"Heian"}),
])
def test_a_word_a_hyphen_joins_to_a_name_is_part_of_it(extract, sentence, whole, pieces):
    found = names(extract, sentence)
    assert whole in found and not pieces & set(found), found


@pytest.mark.parametrize("sentence, kept, dropped", [
    # a hyphenated word that modifies the noun after it, or a participle, describes; two names stay two
    ("It is one of the most successful Spanish-language albums released in the USA.", "Spanish",
     "Spanish-language"),
    ("The company is a Houston-based maker of drills.", "Houston", "Houston-based"),
    ("He was a well-known Anglo-Irish landowner in County Cork.", "County Cork", "Anglo-Irish"),
])
def test_a_hyphenated_describing_word_stays_out_of_the_name(extract, sentence, kept, dropped):
    found = names(extract, sentence)
    assert kept in found and dropped not in found, found
