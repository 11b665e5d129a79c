"""Numbers that belong to a name (kg.spans): a model number ("Boeing 747"), an edition's year or
ordinal ("Eurovision Song Contest 2009", "23rd Cannes Film Festival"), a regnal number
("Leopold I"), and "of the Year" ending an award; abbreviations of common nouns that are no names (kg.junk: "CD", "PhD").
Real sentences with the real model, including ones that must keep the number out."""

from __future__ import annotations

import pytest
from conftest import mention_texts


@pytest.mark.parametrize("text, name", [
    ("She represented Portugal in the Eurovision Song Contest 2009 in Moscow.", "Eurovision Song Contest 2009"),
    ("The film premiered at the 23rd Cannes Film Festival in May.", "23rd Cannes Film Festival"),
    # the last of a list of editions, where NER stops at the year
    ("Alonso was part of the squads that won UEFA Euro 2008, the 2010 FIFA World Cup and UEFA Euro 2012.",
     "UEFA Euro 2012"),
    ("Within a week England, the Dutch Republic, and Leopold I, had signed the treaty.", "Leopold I"),
    # the parser starts a sentence at "I" here; kg_paragraph_boundaries keeps it inside (kg.components)
    ("His daughter married Felix Reginald Dias Bandaranaike I, who became a Judge of the Supreme Court.",
     "Felix Reginald Dias Bandaranaike I"),
    ('The custom of " pardoning " the turkey started with Bush I in 1989.', "Bush I"),  # the quotation is closed
    ("The airport can accommodate Boeing 747 aircraft.", "Boeing 747"),
    ("In 2016, she was named FIH Player of the Year.", "FIH Player of the Year"),   # kg.spans: of the period
    # an ordinal numbering a body or unit (kg.name_numbers.ordinal_start)
    ("Armstrong was elected as a Republican to the Forty-first Congress.", "Forty-first Congress"),
    ("He served in the 24th Infantry Division in Korea.", "24th Infantry Division"),
    # a number run into a word in lower case ends a team's name (kg.name_numbers.numeral_word)
    ("McNamara was selected by the Philadelphia 76ers in the first round.", "Philadelphia 76ers"),
    ("He later played for the San Francisco 49ers in the NFL.", "San Francisco 49ers"),
])
def test_a_number_that_is_part_of_a_name_stays_in_it(extract, text, name):
    found = mention_texts(extract, text)
    assert name in found, found


@pytest.mark.parametrize("text, kept, out", [
    ("In 2010 Google bought the company.", "Google", "2010 Google"),
    ("Uppsala 1762 was the year he left.", None, "Uppsala 1762"),
    ('"Smith I am not," he said to Jones.', None, "Smith I"),
    ('She wrote " Smith I trust " in her diary in 1990.', None, "Smith I"),  # inside a quotation
    ("Netflix released the best film of the year in December.", "Netflix", "film of the year"),
    # an ordinal that numbers nothing of the name, or in lower-case words: no part of it
    ("He finished 5th in Paris and London.", "Paris", "5th in Paris"),
    ("He finished 5th, Paris and London were next.", "London", "5th, Paris"),
    ("It was the first Norwegian Army unit to land.", "Norwegian Army", "first Norwegian Army"),
    # a place's ordinal numbers an event named after it
    ("Assa Abloy has taken line honours in the 57th Sydney to Hobart.", "Sydney", "57th Sydney"),
    # a prize stays the prize, whichever time it is given
    ("Annan shares this year's 100th Nobel Peace Prize with the United Nations.", "Nobel Peace Prize",
     "100th Nobel Peace Prize"),
    # a decade or a measure run into its number is no word of the name before it
    ("He drove through Sydney 60mph faster than anyone.", "Sydney", "Sydney 60mph"),
    ("Fashion in Paris 1990s was different.", "Paris", "Paris 1990s"),
])
def test_a_number_that_is_no_part_of_a_name_stays_out(extract, text, kept, out):
    found = mention_texts(extract, text)
    assert out not in found, found
    if kept:
        assert kept in found, found


@pytest.mark.parametrize("text, junk", [
    ("Sony released the single on CD and LP in 1981.", {"CD", "LP"}),
    ("He received a Ph.D. from Harvard University in 1990.", {"Ph.D."}),
    ("The dynasty ruled from 320 to 185 BCE in South Asia.", {"BCE"}),
    ("WUIS (91.9 FM) is the public radio station of Springfield.", {"FM"}),
    # a memorandum of understanding: every story's own document, no name linking them
    ("The MoU was signed by Erick Thohir and Minister Ken Saito in Tokyo.", {"MoU"}),
    # a storm's rating (NER: NORP), which had given the cyclone a "country"
    ("Cyclone Mako, a Category 4 storm, made landfall near Port Vila.", {"Category 4"}),
])
def test_abbreviations_of_common_nouns_are_no_names(extract, text, junk):
    found = mention_texts(extract, text)
    assert not found & junk, found
    assert found, "the sentence's real name is still found"


def test_ordinal_start_on_hand_built_docs():
    import spacy
    from spacy.tokens import Doc

    from kg.name_numbers import ordinal_start
    vocab = spacy.blank("en").vocab
    # "the Forty - first Congress": "first" hangs on "Congress"
    doc = Doc(vocab, words=["the", "Forty", "-", "first", "Congress"], heads=[4, 3, 3, 4, 4],
              deps=["det", "npadvmod", "punct", "amod", "ROOT"])
    assert ordinal_start(doc, 4, 5) == 1
    # lower-case tens: no name's ordinal; an ordinal hanging elsewhere: none
    doc = Doc(vocab, words=["the", "forty", "-", "first", "Congress"], heads=[4, 3, 3, 4, 4],
              deps=["det", "npadvmod", "punct", "amod", "ROOT"])
    assert ordinal_start(doc, 4, 5) is None
    doc = Doc(vocab, words=["finished", "5th", "Paris"], heads=[0, 0, 0], deps=["ROOT", "advmod", "npadvmod"])
    assert ordinal_start(doc, 2, 3) is None


@pytest.mark.parametrize("text, expected", [
    ("76ers", True), ("49ers", True), ("1990s", False), ("20th", False), ("10am", False), ("60mph", False),
    ("5km", False), ("3million", False), ("1999", False), ("Sixers", False),
])
def test_numeral_word(nlp, text, expected):
    from kg.name_numbers import numeral_word

    assert numeral_word(nlp.make_doc(text)[0]) is expected
